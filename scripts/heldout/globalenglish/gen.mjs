#!/usr/bin/env node
// Generates the globalenglish held-out batch: 28 synthetic English-language CVs from Africa, the Middle East / Gulf and
// Latin America, each with an exact answer key recorded while printing.
//   node scripts/heldout/globalenglish/gen.mjs /work/heldout/globalenglish [id-substring]
import fs from 'node:fs';
import path from 'node:path';
import { TMP, docx, soffice, chromium, pdflatex } from './lib.mjs';
import { PERSONAS } from './personas.mjs';
import { photoTable, shadedSidebar, gulfSummary } from './designs-docx.mjs';
import { iconModern, timeline } from './designs-html.mjs';
import { tabLeaders, latexCV } from './designs-print.mjs';

export const DESIGNS = {
  photoTable: { fn: photoTable, engine: 'docx', columns: 1, desc: 'Word (Calibri/Cambria): underlined "CURRICULUM VITAE" title (not a section); name, address, home town, "Phone:" (two numbers), "E-mail:" and a hyperlinked LinkedIn URL in a borderless table beside a grey bordered passport-photograph placeholder cell; grey shaded CAPS headings with a rule; personal information as a 3-column borderless "Label | : | value" table; key skills as ✓ bullets in two table columns; experience as bold "Employer, City" + "Position:" + "Period: March 2018 to Date" lines with underlined "Duties and Responsibilities:" / "Achievements:" sub-labels and • bullets; NYSC as a work item or its own section; bordered Institution | Qualification Obtained | Year table; certifications; languages and hobbies as comma lines; referees side by side in a borderless 2-column table.' },
  shadedSidebar: { fn: shadedSidebar, engine: 'docx', columns: 2, desc: 'Word two-column layout built from one table (MULTI_COLUMN): a dark full-width name band (name + label in white), a light-shaded LEFT column (CONTACT with ☎ ✉ ⌂ glyphs and LinkedIn / GitHub URLs, PERSONAL DETAILS "Label: value" lines, KEY SKILLS grouped under italic group names with ▪ bullets, LANGUAGES "English – Fluent", HOBBIES) and the main column (PROFILE, WORK EXPERIENCE with bold position and right-tab italic dates inside the cell, "Employer | City, Country" line, bold italic sub-labels, • and ✓ bullets, EDUCATION "Degree in Area" + dates + institution + score line, CERTIFICATIONS, REFEREES with "Mobile:"). Sections are listed left column first.' },
  gulfSummary: { fn: gulfSummary, engine: 'docx', columns: 1, desc: 'Gulf-style Word CV (Arial): centred name and label, "Mobile: … | Home Country: … | Email: …" line, "Current Location:" line; white-on-maroon heading bars; a bordered "Career Summary" table (Period | Employer | Position | Country) that repeats the jobs with a different date style; a shaded, outlined "Current Employer" box with tab-aligned Employer / Designation / Since rows; detailed experience "Position / Employer – City, Country / Period: …" with underlined sub-labels and ➢ bullets; education "Degree Area (dates)" + institution + "Grade:"; licences with ✓; computer skills as "Group: a, b" bullets; personal details as a 4-column bordered label/value table (Visa Status, Driving License); languages table; references.' },
  iconModern: { fn: iconModern, engine: 'html', columns: 1, desc: 'Chromium modern template (Noto Sans): big name, coloured label, contact row with inline SVG icons (phone, envelope, pin, LinkedIn, code); headings with a round SVG icon badge and a trailing hairline; key skills as rounded tags; experience rows "Position · Employer, City" with right-aligned dates, small coloured sub-labels, ★ markers for achievements; education rows with dates right and "Institution — City · score"; personal details as a 3-column grid of small grey labels over bold values; languages with ●●●○○ dots; hobbies joined by "•"; referees as two bordered cards.' },
  timeline: { fn: timeline, engine: 'html', columns: 1, desc: 'Chromium timeline CV (Liberation Sans): coloured header band with an initials avatar, name, label and a "•"-separated contact line starting "Tel."; underlined coloured headings; experience and education as a vertical timeline (date pill in a left gutter, rail with dots, content right) with bold sub-labels and ▪ markers; skills as "Group:" rows in a 2-column grid; personal information in two columns; an "Additional Information" block with "Languages: English (fluent), …" and "Hobbies: …" rows; referees in two columns.' },
  tabLeaders: { fn: tabLeaders, engine: 'fodt', columns: 1, desc: 'LibreOffice Writer document (hand-written Flat ODT, Liberation Serif) printed to PDF: letter-spaced underlined "CURRICULUM VITAE" title, centred name / address / "Tel: … / … • E-mail: …" block; bold coloured headings over a rule; personal data and skills as "Label ........ : value" rows (left tab with dot leader); experience rows "Position, Employer, City ........ dates" (right tab with dot leader), italic underlined sub-labels and dash lists; education rows with leaders and a score line; NYSC as a work item or section; numbered referees with line breaks.' },
  latexCV: { fn: latexCV, engine: 'latex', columns: 1, desc: 'pdflatex (Helvetica): name and label top-left, a right-aligned contact block with Font Awesome icons (private-use glyphs in the text layer) and hyperlinked LinkedIn / GitHub; headings in grey full-width boxes; experience "Position \\hfill dates" + italic "Employer, City" with bold run-in sub-labels and ► triangle bullets; education as a tabular with dates in a left gutter; skills as a bold-label tabular; personal details as a 4-column tabular; languages joined by bullets; referees side by side in two minipages.' },
};

const S = (fmt, sep, present) => ({ fmt, sep, present });
const Y = (sep = ' – ') => ({ fmt: 'YYYY', sep, present: 'Present' });
const END = { endOnly: true };
// headings helper: objective, skills, work, edu, certs, personal, languages, hobbies, referees (+ extras)
const HD = (objective, skills, work, edu, certs, personal, languages, hobbies, referees, more = {}) => ({ objective, skills, work, edu, certs, personal, languages, hobbies, referees, ...more });
const DR = ['Duties and Responsibilities:', 'Achievements:'];

// [id, design, persona, output ('docx' | 'pdf'), options]
export const CASES = [
  ['photo-table-ikechukwu', 'photoTable', 'ikechukwu', 'docx', { dates: S('Month YYYY', ' to ', 'Date'), edu: Y(), sub: DR, nysc: 'section', photoText: 'PASSPORT\nPHOTOGRAPH', h: HD('CAREER OBJECTIVE', 'KEY SKILLS', 'WORK EXPERIENCE', 'EDUCATIONAL QUALIFICATIONS', 'PROFESSIONAL CERTIFICATIONS & MEMBERSHIPS', 'PERSONAL DATA', 'LANGUAGES', 'HOBBIES', 'REFEREES', { nysc: 'NATIONAL YOUTH SERVICE (NYSC)' }) }],
  ['gulf-summary-ikechukwu', 'gulfSummary', 'ikechukwu', 'docx', { dates: S('Mon. YYYY', ' – ', 'Till Date'), tableDates: S('YYYY/MM', ' – ', 'To Date'), edu: Y(), sub: ['Key Responsibilities:', 'Key Achievements:'], nysc: 'work', country: 'Nigeria', h: HD('PROFESSIONAL SUMMARY', 'TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'LICENSES & CERTIFICATIONS', 'PERSONAL DETAILS', 'LANGUAGES', 'HOBBIES', 'REFERENCES', { summary: 'CAREER SUMMARY', current: 'CURRENT EMPLOYER' }) }],
  ['tab-leaders-ikechukwu-pdf', 'tabLeaders', 'ikechukwu', 'pdf', { dates: S('YYYY/MM', ' – ', 'till date'), edu: S('YYYY/MM', ' – ', 'Date'), sub: DR, nysc: 'work', scoreLabel: 'Class of Degree: ', h: HD('CAREER OBJECTIVE', 'SKILLS PROFILE', 'EMPLOYMENT HISTORY', 'ACADEMIC QUALIFICATIONS', 'PROFESSIONAL CERTIFICATIONS', 'PERSONAL INFORMATION', 'LANGUAGES SPOKEN', 'HOBBIES AND INTERESTS', 'REFEREES') }],
  ['latex-ikechukwu-pdf', 'latexCV', 'ikechukwu', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: DR, nysc: 'section', scoreLabel: 'Class of Degree: ', h: HD('Career Objective', 'Core Competencies', 'Work Experience', 'Education', 'Certifications & Memberships', 'Personal Details', 'Languages', 'Hobbies', 'Referees', { nysc: 'NYSC' }) }],

  ['shaded-sidebar-dennis', 'shadedSidebar', 'dennis', 'docx', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Responsibilities:', 'Achievements:'], scoreLabel: 'Classification: ', h: HD('PROFILE', 'KEY SKILLS', 'WORK EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL DETAILS', 'LANGUAGES', 'HOBBIES', 'REFEREES', { contact: 'CONTACT' }) }],
  ['icon-modern-dennis-pdf', 'iconModern', 'dennis', 'pdf', { dates: S('MM/YYYY', ' - ', 'Current'), edu: S('MM/YYYY', ' - ', 'Current'), sub: ['Responsibilities', 'Achievements'], h: HD('Career Objective', 'Key Skills', 'Work Experience', 'Education', 'Certifications', 'Personal Information', 'Languages', 'Hobbies & Interests', 'Referees') }],
  ['latex-dennis-pdf', 'latexCV', 'dennis', 'pdf', { dates: S('Mon. YYYY', ' – ', 'Till Date'), edu: Y(), sub: ['Duties:', 'Achievements:'], scoreLabel: '', accent: '1B5E20', h: HD('Career Objective', 'Technical Skills', 'Employment History', 'Academic Qualifications', 'Certifications', 'Personal Details', 'Languages', 'Interests', 'Referees') }],
  ['photo-table-dennis-pdf', 'photoTable', 'dennis', 'pdf', { dates: S('Month YYYY', ' – ', 'to date'), edu: Y(), sub: DR, github: true, photoText: 'PHOTO', font: 'Cambria', personalFirst: true, h: HD('CAREER OBJECTIVE', 'SKILLS', 'WORK EXPERIENCE', 'EDUCATION BACKGROUND', 'CERTIFICATIONS', 'PERSONAL DETAILS', 'LANGUAGES', 'HOBBIES', 'REFEREES') }],

  ['photo-table-nokuthula', 'photoTable', 'nokuthula', 'docx', { dates: S('Month YYYY', ' to ', 'Date'), edu: END, sub: ['Duties and Responsibilities:', 'Key Achievements:'], photoText: 'PHOTO', font: 'Cambria', personalFirst: true, h: HD('CAREER OBJECTIVE', 'KEY SKILLS', 'WORK EXPERIENCE', 'QUALIFICATIONS', 'PROFESSIONAL REGISTRATION', 'PERSONAL DETAILS', 'LANGUAGES', 'HOBBIES', 'REFERENCES') }],
  ['shaded-sidebar-nokuthula-pdf', 'shadedSidebar', 'nokuthula', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Key Responsibilities:', 'Achievements:'], scoreLabel: 'Result: ', accent: '385723', side: 'E2EFDA', h: HD('PROFILE', 'COMPETENCIES', 'CAREER HISTORY', 'EDUCATION', 'PROFESSIONAL MEMBERSHIP', 'PERSONAL INFORMATION', 'LANGUAGES', 'INTERESTS', 'REFERENCES', { contact: 'CONTACT DETAILS' }) }],
  ['tab-leaders-nokuthula-pdf', 'tabLeaders', 'nokuthula', 'pdf', { dates: S('MM/YYYY', ' - ', 'Current'), edu: Y(' - '), sub: ['Duties:', 'Achievements:'], scoreLabel: 'Result: ', color: '#385723', h: HD('CAREER OBJECTIVE', 'SKILLS', 'EMPLOYMENT HISTORY', 'QUALIFICATIONS', 'PROFESSIONAL REGISTRATION', 'PERSONAL PARTICULARS', 'LANGUAGES', 'INTERESTS', 'REFERENCES') }],
  ['icon-modern-nokuthula-pdf', 'iconModern', 'nokuthula', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Key Responsibilities', 'Key Achievements'], accent: '#6b21a8', h: HD('Profile', 'Core Skills', 'Professional Experience', 'Qualifications', 'Professional Registration', 'Personal Details', 'Languages', 'Interests', 'References') }],

  ['gulf-summary-jhoanna', 'gulfSummary', 'jhoanna', 'docx', { dates: S('Month YYYY', ' to ', 'Date'), tableDates: S('MM/YYYY', ' – ', 'Present'), edu: Y(), sub: DR, refsOnRequest: true, accent: '1F4E79', h: HD('CAREER OBJECTIVE', 'CLINICAL SKILLS', 'WORK EXPERIENCE', 'EDUCATIONAL ATTAINMENT', 'LICENSES & CERTIFICATIONS', 'PERSONAL INFORMATION', 'LANGUAGES', 'HOBBIES', 'REFERENCES', { summary: 'CAREER SUMMARY', current: 'CURRENT EMPLOYER' }) }],
  ['shaded-sidebar-jhoanna', 'shadedSidebar', 'jhoanna', 'docx', { dates: S('Mon. YYYY', ' – ', 'Present'), edu: Y(), sub: ['Duties and Responsibilities:', 'Accomplishments:'], eduJoin: ' ', scoreLabel: '', accent: '00707A', side: 'E3F1F2', h: HD('CAREER OBJECTIVE', 'SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'LICENSES & TRAININGS', 'PERSONAL DATA', 'LANGUAGES', 'HOBBIES', 'CHARACTER REFERENCES', { contact: 'CONTACT' }) }],
  ['timeline-jhoanna-pdf', 'timeline', 'jhoanna', 'pdf', { dates: S('YYYY/MM', ' – ', 'to date'), edu: Y(), sub: DR, scoreLabel: '', accent: '#1d5c96', h: HD('Career Objective', 'Skills', 'Work Experience', 'Education', 'Licenses & Certifications', 'Personal Information', null, null, 'Character References', { additional: 'Additional Information' }) }],
  ['tab-leaders-jhoanna-pdf', 'tabLeaders', 'jhoanna', 'pdf', { dates: S('Mon. YYYY', ' – ', 'Present'), edu: Y(), sub: DR, scoreLabel: '', font: 'Liberation Sans', size: 10, color: '#00707a', h: HD('OBJECTIVE', 'SKILLS', 'WORK EXPERIENCE', 'EDUCATION', 'LICENSES AND CERTIFICATIONS', 'PERSONAL INFORMATION', 'LANGUAGES', 'HOBBIES', 'CHARACTER REFERENCES') }],

  ['gulf-summary-mahmoud', 'gulfSummary', 'mahmoud', 'docx', { dates: S('Month YYYY', ' to ', 'Date'), tableDates: S('YYYY', ' – ', 'Present'), edu: Y(), sub: ['Duties and Responsibilities:', 'Achievements:'], accent: '3B3B3B', h: HD('CAREER OBJECTIVE', 'SOFTWARE SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'PROFESSIONAL MEMBERSHIPS & CERTIFICATIONS', 'PERSONAL DATA', 'LANGUAGES', 'HOBBIES', 'REFERENCES', { summary: 'CAREER SUMMARY', current: 'CURRENT EMPLOYER' }) }],
  ['photo-table-mahmoud-pdf', 'photoTable', 'mahmoud', 'pdf', { dates: S('Mon. YYYY', ' – ', 'Till Date'), edu: S('Mon YYYY', ' – ', 'Present'), sub: ['Duties & Responsibilities:', 'Achievements:'], photoText: 'PHOTO', personalFirst: true, h: HD('OBJECTIVE', 'TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE', 'ACADEMIC QUALIFICATION', 'MEMBERSHIPS & CERTIFICATES', 'PERSONAL INFORMATION', 'LANGUAGES', 'HOBBIES', 'REFERENCES') }],
  ['latex-mahmoud-pdf', 'latexCV', 'mahmoud', 'pdf', { dates: S('YYYY/MM', ' – ', 'Present'), edu: END, sub: ['Responsibilities:', 'Achievements:'], scoreLabel: 'Grade: ', accent: '7A1F1F', h: HD('Career Objective', 'Computer Skills', 'Professional Experience', 'Education', 'Professional Memberships', 'Personal Data', 'Languages', 'Hobbies', 'References') }],
  ['timeline-mahmoud-pdf', 'timeline', 'mahmoud', 'pdf', { dates: S('MON YYYY', ' – ', 'PRESENT'), edu: Y(), sub: DR, scoreLabel: 'Grade: ', accent: '#4a5d23', h: HD('Objective', 'Technical Skills', 'Experience', 'Education', 'Memberships & Certifications', 'Personal Data', null, null, 'References', { additional: 'Other Information' }) }],

  ['shaded-sidebar-camila', 'shadedSidebar', 'camila', 'docx', { dates: S('MM/YYYY', ' – ', 'Present'), edu: S('MM/YYYY', ' – ', 'Present'), sub: ['Responsibilities:', 'Key Results:'], eduJoin: ' in ', scoreLabel: 'GPA: ', accent: '7030A0', side: 'EFE6F7', h: HD('SUMMARY', 'SKILLS', 'EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL INFO', 'LANGUAGES', 'INTERESTS', 'REFERENCES', { contact: 'CONTACT' }) }],
  ['icon-modern-camila-pdf', 'iconModern', 'camila', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Responsibilities', 'Key Results'], accent: '#b4235a', h: HD('Summary', 'Skills', 'Experience', 'Education', 'Certifications', 'Personal Information', 'Languages', 'Interests', 'References') }],
  ['latex-camila-pdf', 'latexCV', 'camila', 'pdf', { dates: S('Month YYYY', ' – ', 'Present'), edu: Y(), sub: ['Responsibilities:', 'Key Results:'], scoreLabel: '', accent: '5B2C83', h: HD('Professional Summary', 'Technical Skills', 'Professional Experience', 'Education', 'Certifications', 'Personal Information', 'Languages', 'Interests', 'References') }],
  ['timeline-camila-pdf', 'timeline', 'camila', 'pdf', { dates: S('MM/YYYY', ' - ', 'Current'), edu: Y(), sub: ['Responsibilities:', 'Key Results:'], scoreLabel: '', accent: '#0b6e4f', h: HD('Profile', 'Skills', 'Professional Experience', 'Education', 'Certifications', 'Personal Information', null, null, 'References', { additional: 'Additional Information' }) }],

  ['photo-table-jose', 'photoTable', 'jose', 'docx', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Responsibilities:', 'Achievements:'], photoText: 'FOTO / PHOTO', h: HD('PROFESSIONAL OBJECTIVE', 'SKILLS', 'WORK EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL INFORMATION', 'LANGUAGES', 'HOBBIES', 'REFERENCES') }],
  ['shaded-sidebar-jose-pdf', 'shadedSidebar', 'jose', 'pdf', { dates: S('Month YYYY', ' – ', 'Present'), edu: Y(), sub: ['Duties:', 'Achievements:'], eduJoin: ' in ', scoreLabel: '', accent: 'C55A11', side: 'FBE5D6', h: HD('PROFILE', 'SKILLS', 'WORK EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL INFORMATION', 'LANGUAGES', 'HOBBIES', 'REFERENCES', { contact: 'CONTACT' }) }],
  ['icon-modern-jose-pdf', 'iconModern', 'jose', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: S('Mon YYYY', ' – ', 'Present'), sub: ['Responsibilities', 'Achievements'], accent: '#1e40af', h: HD('Professional Objective', 'Skills', 'Work Experience', 'Education', 'Certifications', 'Personal Information', 'Languages', 'Hobbies', 'References') }],
  ['timeline-jose-pdf', 'timeline', 'jose', 'pdf', { dates: S('Mon YYYY', ' – ', 'Present'), edu: Y(), sub: ['Duties and Responsibilities:', 'Achievements:'], scoreLabel: '', accent: '#9a3412', h: HD('Objective', 'Skills', 'Work Experience', 'Education', 'Certifications', 'Personal Information', null, null, 'References', { additional: 'Additional Information' }) }],
];

const WHO = {
  ikechukwu: 'Ikechukwu Obiora Anyanwu, senior production / petroleum engineer (10+ years, swamp oil fields), Port Harcourt, Nigeria; WASSCE, B.Eng. (Hons) Second Class Upper, M.Sc., NYSC',
  dennis: 'Dennis Kiprotich Langat, software developer (5 years, fintech / mobile money), Nairobi, Kenya; KCSE, BSc. Computer Science (JKUAT), a "Summer 2018" internship',
  nokuthula: 'Nokuthula Precious Khumalo, Chartered Accountant CA(SA) (SAICA articles at a Big Four firm, then group reporting), Johannesburg, South Africa; Matric (National Senior Certificate), BCom, CTA',
  jhoanna: 'Jhoanna Macaraeg Pangilinan, Filipino ICU staff nurse working in Dubai (DHA licence, 9+ years), UAE and Philippine phone numbers, visa status and UAE driving licence',
  mahmoud: 'Mahmoud Abdelrahman El-Sayed, Egyptian civil / structural engineer working in Riyadh, Saudi Arabia (12 years), B.Sc. Cairo University "Very Good with Honours", military status, Iqama',
  camila: 'Camila Ribeiro Cavalcanti, Brazilian data scientist (6 years, fintech / banking), São Paulo, Brazil; accented names (São Paulo, Itaú, Fundação Getúlio Vargas)',
  jose: 'José Alejandro Ramírez Villaseñor, Mexican supply-chain analyst (demand planning, nearshoring logistics), Monterrey, Mexico; accented names, a "Summer 2017" internship',
};

function build(id, design) {
  const dir = path.join(TMP, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const D = DESIGNS[design];
  return { dir, D };
}

function main() {
  const [outRoot, only] = process.argv.slice(2);
  if (!outRoot) { console.error('usage: gen.mjs OUTDIR [id-substring]'); process.exit(2); }
  fs.mkdirSync(TMP, { recursive: true });
  for (const [id, design, pid, output, opts] of CASES) {
    if (only && !id.includes(only)) continue;
    const { dir, D } = build(id, design);
    const res = D.fn(PERSONAS[pid], opts);
    const out = path.join(outRoot, id);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    let file, engine, made = null;
    if (D.engine === 'docx') {
      const bytes = docx(res.doc);
      if (output === 'docx') {
        fs.writeFileSync(path.join(out, 'resume.docx'), bytes);
        file = 'resume.docx'; engine = 'hand-written OOXML (WordprocessingML), zipped with fflate';
      } else {
        fs.writeFileSync(path.join(dir, 'cv.docx'), bytes);
        made = soffice(path.join(dir, 'cv.docx'));
        engine = 'hand-written OOXML (DOCX) converted to PDF by LibreOffice Writer (`soffice --headless --convert-to pdf`)';
      }
    } else if (D.engine === 'html') {
      fs.writeFileSync(path.join(dir, 'cv.html'), res.html);
      made = chromium(path.join(dir, 'cv.html'), path.join(dir, 'cv.pdf'));
      engine = 'HTML/CSS printed to PDF by headless Chromium';
    } else if (D.engine === 'fodt') {
      fs.writeFileSync(path.join(dir, 'cv.fodt'), res.fodt);
      made = soffice(path.join(dir, 'cv.fodt'));
      engine = 'hand-written Flat ODT (LibreOffice Writer XML) printed to PDF by LibreOffice (`soffice --headless --convert-to pdf`)';
    } else {
      fs.writeFileSync(path.join(dir, 'cv.tex'), res.tex);
      made = pdflatex(path.join(dir, 'cv.tex'));
      engine = 'LaTeX compiled with pdflatex (TeX Live)';
    }
    if (!file) {
      if (!made) throw new Error(`${id}: conversion failed (see ${dir})`);
      fs.copyFileSync(made, path.join(out, 'resume.pdf'));
      file = 'resume.pdf';
    }
    const key = res.K.json();
    key.layout = { columns: D.columns, notes: D.desc };
    fs.writeFileSync(path.join(out, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(out, 'SOURCE.md'), `# ${id}

Synthetic held-out case made by \`scripts/heldout/globalenglish/gen.mjs\` (design \`${design}\`, persona \`${pid}\` in \`personas.mjs\`). Document \`${file}\`: ${engine}. **Design.** ${D.desc} **Persona.** ${WHO[pid]}. Invented person: names, employers marked as invented, e-mails (example.com / example.org), handles, ID and phone numbers and referees are made up; universities, schools, exam boards and well-known companies appear only as names. **Key.** Recorded by the design code at the moment each field is printed (one source of truth), limited to what the page shows; conventions in \`scripts/heldout/globalenglish/README.md\` (duties and achievement bullets are the job's highlights, sub-label lines are not; referees, languages, hobbies, certifications, NYSC-as-section and personal details are \`otherSections\`, never work). Date style: \`${JSON.stringify(opts.dates)}\`, education \`${JSON.stringify(opts.edu)}\`. Licence: synthetic, MIT. Never used for tuning or tests.

**Printed date strings (checked by check.mjs):**

\`\`\`json
${JSON.stringify(res.K.printed)}
\`\`\`
`);
    console.log(`${id}: ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
