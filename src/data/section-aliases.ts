// Section-heading aliases: printed heading (lower case, without punctuation) → section kind.
// Source: PassTheBot's own list, written from the headings used by common resume templates (Jake's resume,
// Awesome-CV, Deedy, AltaCV, RenderCV themes, JSON Resume themes) and from the ATS research in
// ../shared/docs/ats-and-competitors.md §5 ("unclear sections"). MIT, like the project.
export type SectionKind =
  | 'summary' | 'work' | 'education' | 'skills' | 'projects' | 'certificates' | 'awards' | 'publications'
  | 'languages' | 'volunteer' | 'interests' | 'references' | 'contact' | 'coursework' | 'links' | 'headline' | 'other';

const LIST: [SectionKind, string[]][] = [
  ['summary', ['candidate summary', "biography", "executive bio", "professional biography", "executive profile", "leadership profile", "executive overview", "executive summary of qualifications", 'whoami', 'summary', 'professional summary', 'personal summary', 'profile', 'professional profile', 'about', 'about me', 'objective', 'career objective', 'career summary', 'overview', 'executive summary', 'introduction', 'personal statement', 'highlights', 'career highlights', 'impact', 'selected impact', 'key impact', 'key results', 'summary of qualifications', 'qualifications summary', 'objective statement', 'career profile', 'personal profile', 'professional overview', 'bio', 'profile summary', 'short profile', 'brief profile', 'summary statement', 'professional objective', 'about myself', 'who i am', 'profil', 'kurzprofil', 'perfil']],
  ['work', ['projects & clients', 'projects and clients', 'clients & projects', 'clients and projects', 'contracts', 'contract roles', 'contract history', 'contract engagements', 'contract experience', 'contract work', 'contracting history', 'permanent roles', 'permanent employment', 'interim assignments', 'interim roles', 'interim engagements', 'career before interim', 'before interim', 'engagements', 'client engagements', 'clients & engagements', 'clients and engagements', 'freelance work', 'freelance history', 'freelance projects', 'co-op experience', 'co-op work terms', 'work terms', 'canadian experience', 'canadian work experience', 'international experience', 'international work experience', 'overseas experience', 'industry', 'in-house', 'academic research', 'industry roles', "executive career", "career", "professional career", "leadership career", "executive experience", "leadership experience", "where i've worked", 'where i have worked', "places i've worked", 'experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'relevant experience', 'industry experience', 'experiences', 'professional background', 'work', 'career', 'research experience', 'research', 'teaching experience', 'internships', 'internship', 'internship details', 'industrial training', 'internship experience', 'before that', 'previously', 'prior experience', 'earlier roles', 'technical experience', 'engineering experience', 'software engineering experience', 'leadership experience', 'positions', 'professional history', 'related experience', 'other experience', 'selected experience', 'professional experiences', 'work experiences', 'career experience', 'experience summary', 'employment experience', 'job history', 'military experience', 'military service', 'clinical experience', 'consulting experience', 'relevant work experience', 'relevant professional experience', 'freelance experience', 'work and experience', 'professional employment', 'additional experience', 'previous experience', 'berufserfahrung', 'expérience professionnelle', 'expériences professionnelles', 'experiencia profesional', 'experiencia laboral', 'academic appointments', 'appointments', 'academic positions', 'professional appointments', 'employment and appointments', 'positions held', 'work record', 'employment record']],
  ['education', ['education', 'academic background', 'academics', 'education and training', 'educational background', 'academic history', 'qualifications', 'education & training', 'academic qualifications', 'academic details', 'academic profile', 'academic record', 'academic credentials', 'educational details', 'education details', 'educational profile', 'scholastic record', 'degrees', 'education & certifications', 'education and certifications', 'education & certification', 'academic experience', 'academic training', 'education history', 'schooling', 'ausbildung', 'bildungsweg', 'formation', 'educación', 'formación', 'institutions attended', 'institutions attended with dates', 'educational institutions attended', 'schools attended', 'schools attended with dates']],
  ['skills', ['cat tools', 'translation tools', 'computing', 'computational skills', 'computing skills', 'toolbox', 'my toolbox', 'stack', 'my stack', 'things i use', 'tools i use', 'what i use', 'tools of the trade', 'skills', 'technical skills', 'core skills', 'key skills', 'core competencies', 'competencies', 'technologies', 'tech stack', 'technical proficiencies', 'skills & expertise', 'skills and expertise', 'expertise', 'areas of expertise', 'tools', 'tools & technologies', 'programming languages', 'technical expertise', 'skill set', 'skillset', 'strengths', 'skills & tools', 'skills and tools', 'technical summary', 'software skills', 'it skills', 'technical skills & tools', 'skills summary', 'summary of skills', 'professional skills', 'hard skills', 'soft skills', 'key competencies', 'core qualifications', 'capabilities', 'skills & interests', 'skills and interests', 'skills, activities & interests', 'skills & activities', 'languages & tools', 'languages and tools', 'technical competencies', 'computer skills', 'relevant skills', 'skills & abilities', 'skills and abilities', 'personal skills', 'personal skills and competences', 'personal skills and competencies', 'technical skills and competences', 'programming', 'programming skills', 'kenntnisse', 'fähigkeiten', 'compétences', 'habilidades']],
  ['projects', ['case studies', 'selected case studies', 'apps', 'side-projects', 'things i built', "things i've built", 'things i have built', 'projects', 'personal projects', 'selected projects', 'side projects', 'academic projects', 'key projects', 'open source', 'open source projects', 'open-source projects', 'project experience', 'notable projects']],
  ['certificates', ['certifications', 'certificates', 'licenses', 'licenses & certifications', 'licenses and certifications', 'certifications & licenses', 'credentials', 'professional certifications', 'certification', 'certifications and training', 'certifications & training', 'courses & certifications', 'courses and certifications', 'training & certifications', 'training and certifications', 'licenses & certificates', 'licences', 'licences & certifications', 'zertifikate', 'certificats', 'qualifications obtained', 'qualifications obtained with dates', 'academic qualifications obtained', 'educational qualifications obtained']],
  ['awards', ["key accomplishments", "selected accomplishments", "career accomplishments", "notable accomplishments", "major accomplishments", "selected achievements", "key achievements", "notable achievements", "signature achievements", "major achievements", 'awards', 'honors', 'honors & awards', 'honors and awards', 'awards & honors', 'awards and honors', 'achievements', 'accomplishments', 'selected honors', 'awards & achievements', 'recognition', 'scholarships', 'most proud of', 'key achievements', 'honors & activities', 'awards & recognition', 'awards and recognition', 'honours', 'honours & awards', 'honours and awards', 'distinctions']],
  ['publications', ['publications', 'selected publications', 'papers', 'patents', 'talks', 'invited talks', 'presentations', 'presentation', 'writing', 'conference talks', 'speaking', 'publications & presentations', 'publications and presentations', 'research & publications', 'research and publications', 'conference presentations']],
  ['languages', ['languages', 'spoken languages', 'language skills', 'language', 'language proficiency', 'sprachen', 'langues', 'idiomas']],
  ['volunteer', ['volunteer', 'volunteering', 'volunteer experience', 'volunteer work', 'community', 'community involvement', 'extracurricular activities', 'extracurricular activity', 'extracurriculars', 'activities', 'leadership', 'leadership & activities', 'leadership and activities', 'service', 'program committees', 'volunteering & leadership', 'leadership & volunteering', 'volunteer & leadership', 'community service', 'volunteer activities', 'leadership experience & activities', 'campus involvement', 'affiliations', 'professional affiliations', 'memberships', 'professional memberships', 'associations']],
  ['interests', ['interests', 'hobbies', 'hobbies & interests', 'personal interests', 'hobbies and interests', 'interests & hobbies', 'interests and hobbies', 'hobbies and activities', 'outside interests', 'hobbies & activities', 'interessen', "centres d'intérêt"]],
  ['references', ['references', 'referees']],
  ['contact', ['contact', 'personal data', 'personal particulars', 'bio data', 'biodata', 'bio-data', 'contact information', 'contact info', 'personal information', 'personal info', 'personal details', 'details', 'contact details', 'contact me', 'get in touch', 'kontakt']],
  ['coursework', ['coursework', 'relevant coursework', 'courses', 'selected coursework', 'training', 'job related training', 'job-related training', 'professional development', 'continuing education', 'relevant courses']],
  ['headline', ['job applied for', 'position applied for', 'desired position', 'target position', 'target role', 'desired role', 'position sought']],
  ['links', ['links', 'profiles', 'online profiles', 'social', 'find me online']],
  // (the USAJOBS resume builder's own labels, and the catch-all sections of many templates)
  ['other', ['selected clients', 'key clients', 'availability', "board service", "board & advisory roles", "board and advisory roles", "board memberships", "board roles", "advisory roles", "board of directors", 'additional information', 'additional info', 'other information', 'availability', 'desired locations', 'miscellaneous']],
];

/**
 * Words that give away the kind of a heading that is not in the list above ("Research Software" → skills,
 * "Tickets & Certifications" → certificates). A heading whose words point at two kinds ("Key Skills &
 * Achievements") gets none.
 */
export const SECTION_KEYWORDS: [SectionKind, RegExp][] = [
  ['work', /\b(experiences?|employment|internships?|industrial (?:training|exposure)|apprenticeships?|work placements?|appointments?|work history|career history|positions? held|(?:research|industry|academic|professional|previous|current|postdoctoral) positions?|(?:part-time|campus|student|summer|other) jobs|earl(?:y|ier) career|earlier (?:positions|roles)|previous (?:positions|roles)|prior (?:positions|roles)|berufserfahrung|exp[ée]riences? professionnelles?|experiencia|experi[êe]ncia)\b/i],
  ['education', /\b(education|educational|academic (?:qualifications?|background|history|record|training)|degrees?|schooling|studies|formation|ausbildung|forma[çc][ãa]o|formaci[óo]n)\b/i],
  ['skills', /\b(skills?|competenc(?:e|es|ies)|technolog(?:y|ies)|tools|systems|software|proficienc(?:y|ies)|strengths|expertise|tech stack|kenntnisse|comp[ée]tences|habilidades|conhecimentos|compet[êe]ncias|conocimientos|competencias|competenze)\b/i],
  ['certificates', /\b(certifications?|certificates?|licen[cs]es?|tickets|accreditations?)\b/i],
  ['awards', /\b(awards?|honou?rs?|prizes?|achievements?|grants?|scholarships?|distinctions?)\b/i],
  ['publications', /\b(publications?|papers|talks|presentations|patents)\b/i],
  ['languages', /\b(languages?)\b/i],
  ['volunteer', /\b(volunteer(?:ing)?|community|memberships?|affiliations?)\b/i],
  ['interests', /\b(interests|hobbies)\b/i],
  ['references', /\b(references|referees)\b/i],
  ['projects', /\b(projects?)\b/i],
];

/** The one kind a heading's words point at, if exactly one. */
export function kindByKeywords(heading: string): SectionKind | undefined {
  const kinds = new Set(SECTION_KEYWORDS.filter(([, re]) => re.test(heading)).map(([k]) => k));
  // "Programming Languages", "Languages & Tools": skills that name languages.
  if (kinds.has('skills') && kinds.has('languages')) kinds.delete('languages');
  return kinds.size === 1 ? [...kinds][0] : undefined;
}

/**
 * The headings of German, French, Spanish, Portuguese and Italian resumes (the few that the English list above
 * already holds apart). Source: PassTheBot's own list, written from those languages' usual CV headings. MIT.
 */
const OTHER_LANGUAGES: [SectionKind, string[]][] = [
  ['summary', ['über mich', 'zusammenfassung', 'à propos', 'à propos de moi', 'sobre mí', 'acerca de mí', 'perfil profesional', 'resumen', 'resumen profesional', 'sobre mim', 'resumo', 'resumo profissional', 'profilo', 'chi sono']],
  ['work', ['beruflicher werdegang', 'werdegang', 'berufliche erfahrung', 'berufspraxis', 'praxiserfahrung', 'expérience', 'expériences', 'parcours professionnel', 'experiencia', 'experiencias', 'trayectoria profesional', 'experiência', 'experiência profissional', 'experiências profissionais', 'esperienza', 'esperienze', 'esperienza professionale', 'esperienze lavorative', 'esperienza lavorativa']],
  ['education', ['studium', 'schulbildung', 'akademischer werdegang', 'bildung', 'formations', 'parcours académique', 'études', 'formación académica', 'estudios', 'educação', 'formação', 'formação acadêmica', 'formação académica', 'istruzione', 'formazione', 'istruzione e formazione']],
  ['skills', ['fachkenntnisse', 'it-kenntnisse', 'edv-kenntnisse', 'kompetenzen', 'fähigkeiten und kenntnisse', 'kenntnisse und fähigkeiten', 'compétences techniques', 'savoir-faire', 'competencias', 'conocimientos', 'conocimientos técnicos', 'aptitudes', 'habilidades técnicas', 'competências', 'conhecimentos', 'competenze', 'competenze tecniche']],
  ['projects', ['projekte', 'projets', 'proyectos', 'projetos', 'progetti']],
  ['certificates', ['zertifizierungen', 'certificaciones', 'certificações', 'certificazioni']],
  ['awards', ['auszeichnungen', 'prix', 'premios', 'reconocimientos', 'prêmios', 'premi']],
  ['publications', ['veröffentlichungen', 'publikationen', 'vorträge', 'publicaciones', 'publicações', 'pubblicazioni']],
  ['languages', ['sprachkenntnisse', 'lenguas', 'línguas', 'lingue', 'conoscenze linguistiche']],
  ['volunteer', ['ehrenamt', 'ehrenamtliches engagement', 'bénévolat', 'voluntariado', 'volontariato']],
  ['interests', ['hobbys', 'freizeit', 'loisirs', "centres d'intérêts", 'intereses', 'aficiones', 'interesses', 'hobbies e interessi', 'interessi']],
  ['references', ['referenzen', 'références', 'referencias', 'referências', 'referenze']],
  ['contact', ['persönliche daten', 'persönliche angaben', 'kontaktdaten', 'coordonnées', 'informations personnelles', 'contacto', 'datos personales', 'datos de contacto', 'contato', 'dados pessoais', 'contatti', 'dati personali']],
  ['coursework', ['weiterbildung', 'weiterbildungen', 'fortbildungen', 'cursos', 'cursos y certificaciones', 'corsi']],
];

export const SECTION_ALIASES: ReadonlyMap<string, SectionKind> = new Map([...LIST, ...OTHER_LANGUAGES].flatMap(([k, names]) => names.map((n) => [n, k] as const)));

/** A field of an entry printed as a form row (see src/parse/form-rows.ts). */
export type FormField = 'dates' | 'title' | 'duties' | 'org' | 'place' | 'sector' | 'degree' | 'subjects' | 'school' | 'level';

/**
 * Row labels of entries printed as forms, as the Europass CV (2004–2012) names them in English, with the variants
 * its LaTeX classes (europecv, europasscv) and Word templates print. Source: PassTheBot's own list, written from
 * the Europass CV instructions (European Union, Cedefop) and the two classes' documentation, and the field names of
 * US public-sector job application forms. MIT, like the project.
 */
export const FORM_ROW_LABELS: [string, FormField][] = [
  ['Dates', 'dates'],
  ['Date', 'dates'],
  ['Period', 'dates'],
  ['From - To', 'dates'],
  ['Occupation or position held', 'title'],
  ['Position held', 'title'],
  ['Occupation', 'title'],
  ['Main activities and responsibilities', 'duties'],
  ['Main activities', 'duties'],
  ['Responsibilities', 'duties'],
  ['Name and address of employer', 'org'],
  ['Name and address of the employer', 'org'],
  ['Employer', 'org'],
  ['Type of business or sector', 'sector'],
  ['Title of qualification awarded', 'degree'],
  ['Qualification awarded', 'degree'],
  ['Principal subjects / occupational skills covered', 'subjects'],
  ['Name and type of organisation providing education and training', 'school'],
  ['Name and type of organization providing education and training', 'school'],
  ['Level in national or international classification', 'level'],
  // Job application forms (state and local government, and résumés written after them): one bordered table per
  // job, its labels and values side by side, two pairs to a row.
  ['Dates Employed', 'dates'],
  ['Dates of Employment', 'dates'],
  ['Employment Dates', 'dates'],
  ['Job Title', 'title'],
  ['Position Title', 'title'],
  ['Employer Name', 'org'],
  ['Employer Address', 'place'],
  ['Address', 'place'],
  ['Duties and Responsibilities', 'duties'],
  ['Duties', 'duties'],
];
