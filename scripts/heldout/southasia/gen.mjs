#!/usr/bin/env node
// Generates the "southasia" held-out batch: 28 synthetic South Asian resumes (14 DOCX, 14 PDF) with answer keys.
//   node scripts/heldout/southasia/gen.mjs /work/heldout/southasia [id-substring]
// DOCX designs are hand-written OOXML; their "-pdf" cases are the DOCX converted by LibreOffice; HTML designs are
// printed by Chromium. Never reads or runs the parser.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { docx, soffice, chromePdf } from './lib.mjs';
import { shadedTabs, cambriaUnderline, snapshotGrid, boxedArial } from './designs-docx.mjs';
import { naukriProfile, sidebarBuilder, topBandTimeline, classicCV } from './designs-html.mjs';

export const DESIGNS = {
  shadedTabs: { fn: shadedTabs, engine: 'docx', desc: 'Word (Times New Roman): name and label only in the page HEADER part; address / "Mobile … <tab> E-mail …" lines; grey-shaded CAPS headings between rules; Career Objective paragraph, Profile Summary with Wingdings arrow bullets; "Company, City" + right-tab dates, "Designation:" line, underlined "Roles & Responsibilities:" / "Key Achievements:" sub-labels (Symbol / Wingdings check bullets); IT "Project Details" as tab-aligned "Label : value" rows; "Label<tab>: values" skill rows; 5-column bordered education table (Qualification | Board / University | Institute | Year of Passing | Percentage / CGPA); personal details with tab-aligned colons; Declaration, Place / Date, name in brackets on a right tab.' },
  cambriaUnderline: { fn: cambriaUnderline, engine: 'docx', desc: 'Word (Cambria): centred name, full postal address with PIN / postcode, "Mobile: … | E-mail: … | LinkedIn" where LinkedIn / GitHub are only hyperlinked words (not keyed); underlined Title Case headings printed with a trailing colon; skills as a bordered shaded 2-column table; "Title | Company | City" then italic "Duration: …"; Roles & Responsibilities / Key Achievements (❖ / ✓ bullets); IT projects as bordered 2-column tables (Project Title, Client, Role, Duration, Team Size, Technologies, Description) followed by Responsibilities bullets; education as bulleted lines "B.E. (Civil Engineering), Institute, University, 2012, 76.2%"; Languages Known Read / Write / Speak table; Personal Profile with tab-colon-tab rows; Declaration.' },
  snapshotGrid: { fn: snapshotGrid, engine: 'docx', desc: 'Word (Calibri): header as a borderless 2-column table (name + label left, phone / e-mail / address right-aligned); thick rule; white-on-navy shaded headings; "Career Snapshot" 4-column table (experience, current designation, employer, location); Core Competencies as a 3-column keyword grid with ▪; each employer a bordered table (shaded company | dates row, designation | location row, a spanning cell with Roles & Responsibilities and Key Achievements bullets); education table Degree | Specialisation | College / University | Year | Marks; personal details as a 4-column table; declaration with a borderless signature table.' },
  boxedArial: { fn: boxedArial, engine: 'docx', desc: 'Word (Arial 10): centred underlined "RESUME" title (not a section); name / address / Mob / E-mail beside an "Affix Photo" box (2-cell table); thin-thick rule; CAPS headings in a bordered shaded box; numbered employers "1. Company, City" with tab-aligned "Designation : …" / "Duration : …" rows, "Job Profile:" and "Achievements:" bullets; projects as "Project: …" + tab-aligned Client / Role / Duration / Team Size / Environment / Description rows; "Label : values" skills; education table Examination | Institute | Board / University | Passing Year | Marks / Grade; personal information rows; declaration with the name in capitals.' },
  naukriProfile: { fn: naukriProfile, engine: 'html', desc: 'Chromium: job-portal profile export (light grey page, rounded white cards); initials avatar, "Title at Company" headline, a facts row with ⌂ ◷ ☎ ✉ glyphs (city, total experience, phone, e-mail); sentence-case card headings ("Profile summary", "Key skills", "Employment", …); key skills as pills; employment "Title / Company / Full-time · Jun 2019 to Present · City" with typed "•" lines and an inline "Key Achievements:" line; education blocks "Degree, Area / Institute / 2013 · Full Time · score"; personal details in a 3-column grid; Languages table with ✓ marks.' },
  sidebarBuilder: { fn: sidebarBuilder, engine: 'html', desc: 'Chromium resume builder with a LEFT dark sidebar (MULTI_COLUMN): initials badge, CONTACT (☎ ✉ ⌂ glyphs, profile URL), SKILLS grouped under small labels with level bars, LANGUAGES, PERSONAL INFO "Label: value", HOBBIES; main column: name, label, CAREER OBJECTIVE, WORK EXPERIENCE (bold title with right-floated italic dates, "Company | City", Roles & Responsibilities / Key Achievements sub-headings, ➤ bullets), EDUCATION ("Degree in Area" + dates, "Institute, University", "Result: …"), CERTIFICATIONS, DECLARATION. Sections are listed left column first.' },
  topBandTimeline: { fn: topBandTimeline, engine: 'html', desc: 'Chromium (serif): full-width maroon header band with name, label and a "•"-separated contact row with ☎ ✉ ⌂ glyphs; headings with a left accent bar; experience as a timeline (dates and city in a narrow left gutter, dot and rule, title / italic company / "Responsibilities:" / "Key Achievements:" bullets on the right); skills as "Label : values" rows with colons aligned in a CSS grid; bordered education table Qualification | Institution | Board / University | Year | Result; 2-column personal details; declaration with date / place and the name in brackets.' },
  classicCV: { fn: classicCV, engine: 'html', desc: 'Chromium (Times-like serif): underlined "CURRICULUM VITAE" title (not a section); name, Email, Mobile and profile lines left, "Address for Communication:" block right; grey bordered heading bars; ACADEMIC PROFILE table first (Course | Institution | Board / University | Year | Aggregate); experience as "Organisation / Designation / Duration" colon rows, underlined Roles & Responsibilities / Key Achievements, ➢ bullets; IT projects as a one-line "Project: … | Client: … | Duration: … | Team Size: …" header, Technologies line, description and bullets; skills as "Label: values" bullets; strengths; personal profile colon table; declaration with Place / Date and a signature block.' },
};

const S = (fmt, sep, present, extra = {}) => ({ fmt, sep, present, ...extra });
const HD = (objective, summary, skills, work, edu, certs, personal, more = {}) => ({ objective, summary, skills, work, edu, certs, personal, ...more });

// [id, design, persona, pdf?, options]
export const CASES = [
  ['shaded-tabs-aniruddha', 'shadedTabs', 'aniruddha', false, { dates: S('Mon YYYY', ' – ', 'Till Date'), profiles: true, h: HD('CAREER OBJECTIVE', 'PROFILE SUMMARY', 'TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATIONAL QUALIFICATION', 'CERTIFICATIONS', 'PERSONAL DETAILS') }],
  ['snapshot-grid-aniruddha', 'snapshotGrid', 'aniruddha', false, { dates: S('DD-MM-YYYY', ' to ', 'Till Date'), snapshot: true, profiles: true, h: HD(null, 'Profile Summary', 'Core Competencies', 'Work Experience', 'Academic Credentials', 'Certifications', 'Personal Details', { snapshot: 'Career Snapshot' }) }],
  ['snapshot-grid-aniruddha-pdf', 'snapshotGrid', 'aniruddha', true, { dates: S("Month'YY", ' - ', 'Present'), snapshot: true, h: HD(null, 'Professional Summary', 'Key Skills', 'Professional Experience', 'Education', 'Trainings & Certifications', 'Personal Information', { snapshot: 'Experience Snapshot' }) }],
  ['naukri-profile-aniruddha-pdf', 'naukriProfile', 'aniruddha', true, { dates: S('Mon YYYY', ' to ', 'Present') }],

  ['cambria-underline-zeeshan', 'cambriaUnderline', 'zeeshan', false, { dates: S('Month YYYY', ' – ', 'Present', { since: 'Since' }), totalExp: true, eduStart: false, h: HD('Career Objective', 'Professional Summary', 'Technical Skills', 'Professional Experience', 'Education', 'Certifications', 'Personal Profile') }],
  ['boxed-arial-zeeshan', 'boxedArial', 'zeeshan', false, { dates: S('Mon, YYYY', ' – ', 'To Date'), profiles: true, h: HD('OBJECTIVE', 'EXPERIENCE SUMMARY', 'KEY SKILLS', 'WORK EXPERIENCE', 'ACADEMIC CREDENTIALS', 'PROFESSIONAL TRAININGS', 'PERSONAL INFORMATION') }],
  ['shaded-tabs-zeeshan-pdf', 'shadedTabs', 'zeeshan', true, { dates: S('MM/YYYY', ' - ', 'Current'), profiles: false, h: HD('OBJECTIVE', 'PROFESSIONAL SUMMARY', 'SKILLS & COMPETENCIES', 'WORK EXPERIENCE', 'ACADEMIC QUALIFICATION', 'PROFESSIONAL CERTIFICATIONS', 'PERSONAL INFORMATION') }],
  ['top-band-zeeshan-pdf', 'topBandTimeline', 'zeeshan', true, { dates: S('Mon YYYY', ' – ', 'Present'), signDate: '20/01/2025', h: HD('PROFILE', 'KEY HIGHLIGHTS', 'SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL DETAILS') }],

  ['shaded-tabs-nafisa', 'shadedTabs', 'nafisa', false, { dates: S('Month YYYY', ' – ', 'Present'), profiles: true, h: HD('CAREER OBJECTIVE', 'CAREER SUMMARY', 'TECHNICAL SKILLS', 'EMPLOYMENT HISTORY', 'ACADEMIC QUALIFICATION', 'TRAINING & CERTIFICATION', 'PERSONAL DETAILS') }],
  ['snapshot-grid-nafisa', 'snapshotGrid', 'nafisa', false, { dates: S('DD/MM/YYYY', ' to ', 'Continuing'), snapshot: true, profiles: true, h: HD(null, 'Summary of Qualifications', 'Key Skills', 'Experience', 'Education', 'Certifications', 'Personal Details', { snapshot: 'Professional Snapshot' }) }],
  ['cambria-underline-nafisa-pdf', 'cambriaUnderline', 'nafisa', true, { dates: S("Mon'YY", ' – ', 'Till Date'), totalExp: true, eduStart: true, h: HD('Career Objective', 'Summary', 'Skills', 'Work Experience', 'Education', 'Trainings & Certifications', 'Personal Information') }],
  ['sidebar-builder-nafisa-pdf', 'sidebarBuilder', 'nafisa', true, { dates: S("Month'YY", ' - ', 'Present') }],

  ['cambria-underline-kavindu', 'cambriaUnderline', 'kavindu', false, { dates: S('Mon YYYY', ' – ', 'Present'), totalExp: false, eduStart: true, h: HD('Objective', 'Profile Summary', 'Technical Skills', 'Work Experience', 'Educational Qualifications', 'Certifications', 'Personal Details') }],
  ['shaded-tabs-kavindu', 'shadedTabs', 'kavindu', false, { dates: S('MM/YYYY', ' – ', 'Till Date'), profiles: false, skillsFirst: true, compact: true, h: HD('OBJECTIVE', 'PROFILE', 'TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PERSONAL INFORMATION') }],
  ['boxed-arial-kavindu-pdf', 'boxedArial', 'kavindu', true, { dates: S('Month YYYY', ' to ', 'Date'), profiles: true, h: HD('OBJECTIVE', 'SUMMARY', 'TECHNICAL SKILLS', 'PROFESSIONAL EXPERIENCE', 'EDUCATIONAL QUALIFICATIONS', 'CERTIFICATIONS', 'PERSONAL DATA') }],
  ['classic-cv-kavindu-pdf', 'classicCV', 'kavindu', true, { dates: S('Mon YYYY', ' - ', 'Present'), h: HD('CAREER OBJECTIVE', null, 'TECHNICAL SKILLS', 'WORK EXPERIENCE', 'ACADEMIC PROFILE', 'CERTIFICATIONS', 'PERSONAL PROFILE') }],

  ['boxed-arial-bishnu', 'boxedArial', 'bishnu', false, { dates: S('Mon-YYYY', ' to ', 'Till Date'), profiles: false, h: HD('CAREER OBJECTIVE', 'PROFILE', 'TECHNICAL SKILLS', 'EMPLOYMENT RECORD', 'EDUCATION', 'TRAININGS & REGISTRATION', 'PERSONAL DETAILS') }],
  ['cambria-underline-bishnu', 'cambriaUnderline', 'bishnu', false, { dates: S('YYYY', '-', 'Present'), totalExp: true, eduStart: true, h: HD('Objective', 'Professional Summary', 'Software Skills', 'Professional Experience', 'Academic Qualifications', 'Trainings / Registration', 'Personal Details') }],
  ['snapshot-grid-bishnu-pdf', 'snapshotGrid', 'bishnu', true, { dates: S('Month YYYY', ' – ', 'Present', { since: 'Since' }), snapshot: true, profiles: true, h: HD(null, 'Professional Summary', 'Areas of Expertise', 'Employment Details', 'Education', 'Trainings', 'Personal Details', { snapshot: 'Career Snapshot' }) }],
  ['sidebar-builder-bishnu-pdf', 'sidebarBuilder', 'bishnu', true, { dates: S("Mon'YY", ' – ', 'Till Now') }],

  ['shaded-tabs-ishita', 'shadedTabs', 'ishita', false, { dates: S('Month YYYY', ' – ', 'Present'), profiles: true, h: HD('CAREER OBJECTIVE', 'PROFILE SUMMARY', 'SKILLS', 'INTERNSHIP EXPERIENCE', 'EDUCATIONAL QUALIFICATION', 'CERTIFICATIONS', 'PERSONAL DETAILS', { projects: 'ACADEMIC PROJECTS' }) }],
  ['snapshot-grid-ishita', 'snapshotGrid', 'ishita', false, { dates: S('DD-MM-YYYY', ' to ', 'Present'), snapshot: false, profiles: true, h: HD(null, 'Profile Summary', 'Skill Set', 'Internship', 'Academic Details', 'Certifications', 'Personal Details', { projects: 'Academic Projects' }) }],
  ['shaded-tabs-ishita-pdf', 'shadedTabs', 'ishita', true, { dates: S('Mon YYYY', ' - ', 'Present'), profiles: false, skillsFirst: true, h: HD('OBJECTIVE', 'SUMMARY', 'KEY SKILLS', 'INTERNSHIP', 'ACADEMIC QUALIFICATIONS', 'CERTIFICATIONS', 'PERSONAL PROFILE', { projects: 'PROJECTS' }) }],
  ['classic-cv-ishita-pdf', 'classicCV', 'ishita', true, { dates: S('Mon YYYY', ' - ', 'Present', { season: 'Summer' }), h: HD('OBJECTIVE', null, 'SKILLS', 'SUMMER INTERNSHIP', 'ACADEMIC PROFILE', 'CERTIFICATIONS', 'PERSONAL PROFILE', { projects: 'ACADEMIC PROJECTS' }) }],

  ['cambria-underline-rajdeep', 'cambriaUnderline', 'rajdeep', false, { dates: S("Mon'YY", ' – ', 'Till Date'), totalExp: true, eduStart: false, h: HD('Career Objective', 'Profile Summary', 'Core Skills', 'Career History', 'Education', 'Certification', 'Personal Details') }],
  ['boxed-arial-rajdeep', 'boxedArial', 'rajdeep', false, { dates: S('Month YYYY', ' – ', 'Present', { since: 'Since' }), profiles: true, h: HD('OBJECTIVE', 'CAREER SUMMARY', 'CORE COMPETENCIES', 'WORK EXPERIENCE', 'EDUCATIONAL QUALIFICATIONS', 'CERTIFICATION', 'PERSONAL DETAILS') }],
  ['naukri-profile-rajdeep-pdf', 'naukriProfile', 'rajdeep', true, { dates: S('Mon YYYY', ' to ', 'Present') }],
  ['top-band-rajdeep-pdf', 'topBandTimeline', 'rajdeep', true, { dates: S('MM/YYYY', ' – ', 'Present'), signDate: '03/02/2025', h: HD('CAREER OBJECTIVE', 'CAREER HIGHLIGHTS', 'KEY SKILLS', 'WORK HISTORY', 'ACADEMICS', 'CERTIFICATION', 'PERSONAL DOSSIER') }],
];

const WHO = {
  aniruddha: 'Aniruddha Shrikant Deshpande, senior mechanical design engineer (9+ years, automotive), Pune, India',
  zeeshan: 'Zeeshan Haider Bhatti, ACCA affiliate, Assistant Manager – Accounts (6 years), Lahore, Pakistan',
  nafisa: 'Nafisa Tabassum Mahmud, data analyst (3.5 years, telecom / mobile financial services), Dhaka, Bangladesh',
  kavindu: 'Kavindu Sachintha Ranasinghe, senior software engineer (6 years, IT services with client projects), Colombo, Sri Lanka',
  bishnu: 'Bishnu Prasad Ghimire, structural / civil engineer (11 years, buildings, bridges, hydropower), Kathmandu, Nepal',
  ishita: 'Ishita Ramakrishnan, MBA (HR) fresher with one internship and academic projects, Chennai, India',
  rajdeep: 'Rajdeep Sengupta, area sales manager (12 years, FMCG / consumer durables), Kolkata, India',
};

function main() {
  const [out, only] = process.argv.slice(2);
  if (!out) { console.error('usage: gen.mjs OUTDIR [id-substring]'); process.exit(2); }
  const tmp = '/tmp/southasia-gen';
  fs.mkdirSync(tmp, { recursive: true });
  for (const [id, design, pid, pdf, opts] of CASES) {
    if (only && !id.includes(only)) continue;
    const D = DESIGNS[design];
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const res = D.fn(PERSONAS[pid], opts);
    let file, engine;
    if (D.engine === 'docx') {
      const bytes = docx(res.doc);
      if (pdf) {
        const src = path.join(tmp, `${id}.docx`);
        fs.writeFileSync(src, bytes);
        const made = soffice(src, tmp);
        if (!made) throw new Error(`${id}: LibreOffice conversion failed`);
        fs.copyFileSync(made, path.join(dir, 'resume.pdf'));
        file = 'resume.pdf'; engine = 'hand-written OOXML (DOCX) converted to PDF by LibreOffice (soffice --convert-to pdf)';
      } else {
        fs.writeFileSync(path.join(dir, 'resume.docx'), bytes);
        file = 'resume.docx'; engine = 'hand-written OOXML (DOCX), packed with fflate';
      }
    } else {
      const html = path.join(tmp, `${id}.html`);
      fs.writeFileSync(html, res.html);
      if (!chromePdf(html, path.join(dir, 'resume.pdf'))) throw new Error(`${id}: Chromium print failed`);
      file = 'resume.pdf'; engine = 'HTML printed to PDF by headless Chromium';
    }
    const key = res.K.json();
    key.layout = { columns: design === 'sidebarBuilder' ? 2 : 1, notes: D.desc };
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic held-out case generated by \`scripts/heldout/southasia/gen.mjs\` (design \`${design}\`, persona \`${pid}\` in \`personas.mjs\`). Document: \`${file}\`, ${engine}. **Design.** ${D.desc} **Persona.** ${WHO[pid]}; invented person: every name, employer, client, e-mail (example.com / example.org), handle, ID number and phone number is made up, universities, boards and schools are real institutions used only as names. **Key.** Written by the design code at the moment each field is printed (one source of truth), limited to what the page shows; conventions in \`scripts/heldout/southasia/README.md\` (employer = work item, "Roles & Responsibilities" / "Key Achievements" / project description and responsibility bullets = its highlights in print order; summary bullets, certifications, languages, declaration in \`otherSections\`; personal details as {label, value}; hyperlinked words "LinkedIn" / "GitHub" not keyed). Date style of this case: \`${JSON.stringify(opts.dates)}\`. Licence: synthetic, MIT. Never used for tuning or tests.

**Printed date strings (checked by check.mjs):**

\`\`\`json
${JSON.stringify(res.K.printedDates)}
\`\`\`
`);
    console.log(`${id}: ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
