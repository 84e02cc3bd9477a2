// Section-heading aliases: printed heading (lower case, without punctuation) → section kind.
// Source: PassTheBot's own list, written from the headings used by common resume templates (Jake's resume,
// Awesome-CV, Deedy, AltaCV, RenderCV themes, JSON Resume themes) and from the ATS research in
// ../shared/docs/ats-and-competitors.md §5 ("unclear sections"). MIT, like the project.
export type SectionKind =
  | 'summary' | 'work' | 'education' | 'skills' | 'projects' | 'certificates' | 'awards' | 'publications'
  | 'languages' | 'volunteer' | 'interests' | 'references' | 'contact' | 'coursework' | 'links' | 'other';

const LIST: [SectionKind, string[]][] = [
  ['summary', ['summary', 'professional summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'career summary', 'overview', 'executive summary', 'introduction', 'personal statement', 'highlights', 'summary of qualifications', 'qualifications summary']],
  ['work', ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'relevant experience', 'industry experience', 'experiences', 'professional background', 'work', 'career', 'research experience', 'research', 'teaching experience', 'internships', 'internship experience', 'technical experience', 'engineering experience', 'software engineering experience', 'leadership experience', 'positions', 'professional history', 'related experience', 'other experience', 'selected experience']],
  ['education', ['education', 'academic background', 'academics', 'education and training', 'educational background', 'academic history', 'qualifications', 'education & training', 'academic qualifications', 'degrees']],
  ['skills', ['skills', 'technical skills', 'core skills', 'key skills', 'core competencies', 'competencies', 'technologies', 'tech stack', 'technical proficiencies', 'skills & expertise', 'skills and expertise', 'expertise', 'areas of expertise', 'tools', 'tools & technologies', 'programming languages', 'technical expertise', 'skill set', 'skillset', 'strengths', 'skills & tools', 'skills and tools', 'technical summary', 'software skills', 'it skills']],
  ['projects', ['projects', 'personal projects', 'selected projects', 'side projects', 'academic projects', 'key projects', 'open source', 'open source projects', 'open-source projects', 'project experience', 'notable projects']],
  ['certificates', ['certifications', 'certificates', 'licenses', 'licenses & certifications', 'licenses and certifications', 'certifications & licenses', 'credentials', 'professional certifications', 'certification']],
  ['awards', ['awards', 'honors', 'honors & awards', 'honors and awards', 'awards & honors', 'awards and honors', 'achievements', 'accomplishments', 'selected honors', 'awards & achievements', 'recognition', 'scholarships', 'most proud of', 'key achievements']],
  ['publications', ['publications', 'selected publications', 'papers', 'patents', 'talks', 'invited talks', 'presentations', 'presentation', 'writing', 'conference talks', 'speaking']],
  ['languages', ['languages', 'spoken languages', 'language skills']],
  ['volunteer', ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community', 'community involvement', 'extracurricular activities', 'extracurricular activity', 'extracurriculars', 'activities', 'leadership', 'leadership & activities', 'leadership and activities', 'service', 'program committees']],
  ['interests', ['interests', 'hobbies', 'hobbies & interests', 'personal interests', 'hobbies and interests']],
  ['references', ['references', 'referees']],
  ['contact', ['contact', 'contact information', 'contact info', 'personal information', 'personal details', 'details']],
  ['coursework', ['coursework', 'relevant coursework', 'courses', 'selected coursework', 'training']],
  ['links', ['links', 'profiles', 'online profiles', 'social', 'find me online']],
];

export const SECTION_ALIASES: ReadonlyMap<string, SectionKind> = new Map(LIST.flatMap(([k, names]) => names.map((n) => [n, k] as const)));
