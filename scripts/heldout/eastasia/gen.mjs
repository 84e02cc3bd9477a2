#!/usr/bin/env node
// Generates the "eastasia" held-out batch: 28 synthetic English-language resumes from Singapore, Malaysia, Hong Kong,
// mainland China, Taiwan, Japan and Korea (18 PDF, 10 DOCX), each with an answer key (expected.json) and SOURCE.md.
//   node scripts/heldout/eastasia/gen.mjs /work/heldout/eastasia [id-substring]
// Never reads or runs the parser.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { docx, soffice, chromePdf, latexPdf } from './lib.mjs';
import { jobPortal, tintedSidebar } from './designs-html.mjs';
import { photoParticulars, tabCV, careerTable, gaishikei } from './designs-docx.mjs';
import { compactTex } from './designs-tex.mjs';

export const DESIGNS = {
  jobPortal: { fn: jobPortal, engine: 'html', cols: 1, desc: 'Job-portal profile export (JobStreet-like), HTML printed by Chromium: blue banner strip ("Candidate Profile" / "Last updated"), name with a headline, a Label | value facts table (Mobile, Email, Address, LinkedIn, Nationality, Date of Birth, Gender); Experience rows with the date range and a computed duration ("2 years 10 months") in a LEFT gutter, title, "Company | City", a small Industry / Position Level table and typed "•" description lines; Education with only the graduation year or month on the left and "Degree in Area | Country", "Grade:" and "Honours:" lines; Skills as a Skill | Proficiency table; Languages as Language | Spoken | Written; Additional Info bullets (salary, notice, preferred location).' },
  tintedSidebar: { fn: tintedSidebar, engine: 'html', cols: 2, desc: 'Two-column HTML (Chromium) with a LEFT tinted sidebar repeated full height: round placeholder ID photo, Contact with ✆ ✉ ⌂ glyphs and "in" / "⌥" / "Bē" profile markers, Skills as white tags, Languages with ●○ dot ratings and a fluency line, Certifications; main column: large name, coloured label, profile paragraph, experience ("Title" left and accent dates right on one flex row, italic "Company · City", bullets), education ("B.Eng. (Hons) Computer Engineering" + dates, institution, score), extra-curricular activities. Sections are keyed sidebar first (DOM order).' },
  photoParticulars: { fn: photoParticulars, engine: 'docx', cols: 1, desc: 'Word CV (Calibri): header as a borderless 2-cell table, name / label / "Mobile:", "Email:", "Address:", "LinkedIn:" tab-aligned lines left and an embedded PNG ID photo right; navy CAPS headings over a rule; PERSONAL PARTICULARS as a 4-column bordered table with shaded labels (Nationality, NRIC / IC / HKID withheld, Date of Birth, Expected Salary, Notice Period); career objective; "Company, City" bold with right-tab dates and the position in italics below, • bullets; education as a bordered Period | Institution | Qualification | Result table with a navy header row; "Label:<tab>list" skills and Languages rows with a hanging indent; extra-curricular bullets; "Referees available upon request."' },
  tabCV: { fn: tabCV, engine: 'docx', cols: 1, desc: 'Classic serif CV (Times New Roman) exported by LibreOffice: centred letter-spaced name, one centred contact line with a separator and a hyperlinked printed profile URL, small-caps headings over a grey hairline; entries "Position<TAB>dates" (right tab) with italic "Company, City" below, or company-first ("Company<TAB>City" then italic "Position<TAB>dates"); en-dash bullets; education "Institution<TAB>dates" + italic "B.Eng. (Hons) in Area, honours — score"; skills, Languages and Certifications as "Label<TAB>list" rows with a hanging indent; Personal Particulars as "Label<TAB>: value" rows; References line.' },
  compactTex: { fn: compactTex, engine: 'tex', cols: 1, desc: 'Compact one-page LaTeX (pdflatex, Helvetica clone via helvet, coloured titlesec headings with a rule): name + coloured label left, a right-aligned FontAwesome icon contact stack (private-use glyphs; email / profile links hyperlinked); one-line entries "Company --- Title … City | dates" (company bold, title italic, city and dates pushed right with \\hfill); ▹ bullets; education "Institution … dates" then "Degree in Area · score"; skills, Languages and Certifications as a 2-column tabularx; activities bullets.' },
  careerTable: { fn: careerTable, engine: 'docx', cols: 1, desc: 'Korean / Taiwanese / mainland form-style Word résumé (Malgun Gothic, substituted by LibreOffice): spaced "R E S U M E" title (not a section); personal table with the ID photo in a vertically merged first column and Name / Date of Birth / Mobile / E-mail / Address / Portfolio or LinkedIn / Nationality pairs; bordered EDUCATION (Period | School | Major | Degree | GPA) and CAREER (Period | Company | Department | Position) tables with "YYYY.MM ~ YYYY.MM" style periods; CAREER DETAILS repeats "Company — Position" with bullets (the highlights of the table rows); certificates and languages in one 3-column table; "Label: list" skills; a long SELF-INTRODUCTION / AUTOBIOGRAPHY / SELF-EVALUATION with bracketed sub-headings; certification sentence, date and "Applicant: name (signature)".' },
  gaishikei: { fn: gaishikei, engine: 'docx', cols: 1, desc: 'Japanese foreign-firm (gaishikei) English CV in Word (Arial): centred name, one "City | phone | e-mail | LinkedIn" line (e-mail and LinkedIn hyperlinked), SUMMARY, PROFESSIONAL EXPERIENCE newest-first with the COMPANY in capitals and its city on a right tab, an italic one-line company descriptor, then one or more roles at that company (bold-italic "Title<TAB>dates"; promotions grouped under one company header, each role its own work item with the printed capitalised company name), ▪ bullets; EDUCATION "University<TAB>dates" + degree; SKILLS & QUALIFICATIONS as ➢ bullets with bold labels (Languages, Certifications, skill groups).' },
};

const S = (fmt, sep, present, extra = {}) => ({ fmt, sep, present, ...extra });
const HP = { summary: 'About Me', work: 'Experience', edu: 'Education', skills: 'Skills', lang: 'Languages', add: 'Additional Info' };
const HS = { contact: 'Contact', skills: 'Skills', lang: 'Languages', certs: 'Certifications', summary: 'Profile', work: 'Work Experience', edu: 'Education', extra: 'Extra-Curricular Activities' };
const HPP = { particulars: 'Personal Particulars', objective: 'Career Objective', work: 'Work Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications', extra: 'Extra-Curricular Activities', ref: 'Referees' };
const HT = { objective: 'Career Objective', work: 'Professional Experience', edu: 'Education', skills: 'Skills', particulars: 'Personal Particulars', ref: 'References' };
const HX = { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills', extra: 'Activities' };
const HK = { edu: 'EDUCATION', career: 'CAREER', details: 'CAREER DETAILS', certs: 'CERTIFICATES & LANGUAGES', skills: 'SKILLS', intro: 'SELF-INTRODUCTION' };
const HG = { summary: 'Summary', work: 'Professional Experience', edu: 'Education', skills: 'Skills & Qualifications' };

// [id, design, persona, output 'pdf'|'docx', options]
export const CASES = [
  ['jobportal-kelvin', 'jobPortal', 'kelvin', 'pdf', { name: 'English FAMILY Given', dates: S('Mon YYYY', ' - ', 'Present'), h: HP, summary: true, profiles: true }],
  ['jobportal-michelle', 'jobPortal', 'michelle', 'pdf', { name: 'FAMILY Given (English)', dates: S('Mon YYYY', ' – ', 'Present'), eduMonth: true, summary: true, h: { summary: 'Career Summary', work: 'Work Experience', edu: 'Education', skills: 'Skills', lang: 'Languages', add: 'Additional Information' } }],
  ['jobportal-natalie', 'jobPortal', 'natalie', 'pdf', { name: 'FAMILY Given, English', dates: S('MM/YYYY', ' - ', 'Current'), profiles: true, h: { work: 'Work Experience', edu: 'Qualifications', skills: 'Skills', lang: 'Language Proficiency', add: 'Other Information' } }],
  ['jobportal-howard', 'jobPortal', 'howard', 'pdf', { name: 'English Family', dates: S('YYYY/MM', ' - ', 'Now'), summary: true, h: { summary: 'Profile Summary', work: 'Experience', edu: 'Education', skills: 'Skills', lang: 'Languages', add: 'Job Preferences' } }],

  ['photo-particulars-kelvin', 'photoParticulars', 'kelvin', 'docx', { name: 'FAMILY Given (English)', dates: S('Mon YYYY', ' – ', 'Present', { season: 'Summer' }), eduDates: S('YYYY', ' – ', 'Present'), certs: true, h: HPP }],
  ['photo-particulars-michelle', 'photoParticulars', 'michelle', 'docx', { name: 'FAMILY Given (English)', upper: true, dates: S('Month YYYY', ' - ', 'Present'), eduDates: S('YYYY', ' - ', 'Present'), certs: true, h: { ...HPP, particulars: 'PERSONAL DETAILS', objective: 'OBJECTIVE', work: 'EMPLOYMENT HISTORY', edu: 'EDUCATION BACKGROUND', certs: 'PROFESSIONAL QUALIFICATIONS', ref: 'REFERENCES' } }],
  ['photo-particulars-natalie', 'photoParticulars', 'natalie', 'docx', { name: 'English FAMILY Given', dates: S('MM/YYYY', ' – ', 'Present'), eduDates: S('MM/YYYY', ' – ', 'Present'), certs: false, h: { ...HPP, objective: 'Profile', work: 'Career History', edu: 'Academic Qualifications' } }],
  ['photo-particulars-evan', 'photoParticulars', 'evan', 'docx', { name: 'FAMILY Given (English)', dates: S('YYYY.MM', ' – ', 'Present'), eduDates: S('YYYY.MM', ' – ', 'Present'), certs: true, h: { ...HPP, particulars: 'Personal Information', objective: 'Job Objective', edu: 'Education Background', certs: 'Certificates', extra: 'Campus Activities' } }],

  ['sidebar-natalie', 'tintedSidebar', 'natalie', 'pdf', { name: 'English Family', dates: S('Mon YYYY', ' – ', 'Present'), eduDates: S('YYYY', ' – ', 'Present'), h: HS, tint: '#f6e7ea', accent: '#9b2743' }],
  ['sidebar-evan', 'tintedSidebar', 'evan', 'pdf', { name: 'FAMILY Given (English)', dates: S('YYYY.MM', ' - ', 'Now'), h: { ...HS, summary: 'Personal Summary', work: 'Internship & Work Experience' }, tint: '#e6eef8', accent: '#1d4f91' }],
  ['sidebar-haeun', 'tintedSidebar', 'haeun', 'pdf', { name: 'Given FAMILY', dates: S('YYYY.MM', ' ~ ', 'Present'), handles: true, h: { ...HS, summary: 'About', work: 'Career', extra: 'Exhibitions' }, tint: '#efeaf7', accent: '#5b3f99' }],
  ['sidebar-ren', 'tintedSidebar', 'ren', 'pdf', { name: 'Given FAMILY', dates: S('YYYY/MM', ' – ', 'Present'), h: { ...HS, contact: 'Contact Details', work: 'Professional Experience', extra: 'Activities' } }],
  ['sidebar-michelle', 'tintedSidebar', 'michelle', 'pdf', { name: 'English Family', dates: S('Mon YYYY', ' - ', 'Present'), eduDates: S('YYYY', ' - ', 'Present'), h: { ...HS, contact: 'Get in Touch', skills: 'Core Skills', summary: 'Career Objective' }, tint: '#f3efe4', accent: '#7a5b12' }],

  ['tabcv-kelvin', 'tabCV', 'kelvin', 'pdf', { name: 'FAMILY Given (English)', dates: S('MM/YYYY', ' – ', 'Current'), fullAddress: true, h: HT }],
  ['tabcv-michelle', 'tabCV', 'michelle', 'docx', { name: 'FAMILY Given (English)', dates: S('Mon YYYY', ' – ', 'Present'), eduDates: S('YYYY', ' – ', 'Present'), companyFirst: true, sep: ' • ', h: { ...HT, objective: 'Profile', work: 'Working Experience', edu: 'Academic Qualifications', skills: 'Skills & Competencies', ref: 'Referees' } }],
  ['tabcv-evan', 'tabCV', 'evan', 'pdf', { name: 'English FAMILY Given', dates: S('YYYY.MM', ' – ', 'Present'), companyFirst: true, h: { ...HT, objective: 'Objective', work: 'Work Experience', particulars: 'Personal Information' } }],
  ['tabcv-howard', 'tabCV', 'howard', 'pdf', { name: 'FAMILY Given (English)', dates: S('Mon. YYYY', ' – ', 'Present'), sep: ' · ', h: { ...HT, objective: 'Summary', edu: 'Education', skills: 'Technical Skills', particulars: 'Personal Data' } }],

  ['compact-tex-kelvin', 'compactTex', 'kelvin', 'pdf', { name: 'English Family Given', dates: S('Mon YYYY', ' – ', 'Present', { season: 'Summer' }), eduDates: S('YYYY', ' – ', 'Present'), h: HX, color: '0B5394' }],
  ['compact-tex-evan', 'compactTex', 'evan', 'pdf', { name: 'FAMILY Given (English)', dates: S('YYYY.MM', ' – ', 'Present'), h: { ...HX, summary: 'Profile', work: 'Work Experience', extra: 'Awards' } }],
  ['compact-tex-howard', 'compactTex', 'howard', 'pdf', { name: 'English Given Family', dates: S('MM/YYYY', ' - ', 'Present'), h: { ...HX, work: 'Professional Experience', skills: 'Technical Skills', extra: 'Honors & Activities' }, color: '2E7D32' }],
  ['compact-tex-ren', 'compactTex', 'ren', 'pdf', { name: 'Given Family', dates: S('Mon YYYY', ' – ', 'Present'), h: { ...HX, summary: 'Professional Summary', extra: 'Community' }, color: '333333' }],

  ['career-table-haeun', 'careerTable', 'haeun', 'docx', { name: 'Family Given', dates: S('YYYY.MM', ' ~ ', 'Present'), signDate: '2025. 01. 14.', h: HK }],
  ['career-table-howard', 'careerTable', 'howard', 'docx', { name: 'FAMILY Given (English)', dates: S('YYYY/MM', ' ~ ', 'Present'), signDate: '2025/01/14', h: { ...HK, career: 'WORK EXPERIENCE', details: 'JOB DESCRIPTION', certs: 'CERTIFICATIONS & LANGUAGE', intro: 'AUTOBIOGRAPHY' } }],
  ['career-table-evan', 'careerTable', 'evan', 'pdf', { name: 'Family Given', dates: S('YYYY.MM', ' - ', 'Present'), signDate: '2025.01.14', h: { ...HK, edu: 'EDUCATION BACKGROUND', career: 'WORK EXPERIENCE', details: 'PROJECT & WORK DETAILS', certs: 'CERTIFICATES', skills: 'PROFESSIONAL SKILLS', intro: 'SELF-EVALUATION' } }],

  ['gaishikei-ren', 'gaishikei', 'ren', 'docx', { name: 'Given FAMILY', dates: S('Mon YYYY', ' – ', 'Present'), h: HG }],
  ['gaishikei-ren-pdf', 'gaishikei', 'ren', 'pdf', { name: 'FAMILY Given', label: true, dates: S('Month YYYY', ' – ', 'Present'), h: { ...HG, summary: 'Profile', work: 'Work History' } }],
  ['gaishikei-haeun', 'gaishikei', 'haeun', 'docx', { name: 'Given FAMILY', dates: S('Mon. YYYY', ' – ', 'Present'), h: { ...HG, summary: 'Professional Summary', work: 'Experience' } }],
  ['gaishikei-michelle', 'gaishikei', 'michelle', 'docx', { name: 'English FAMILY Given', label: true, dates: S('MM/YYYY', ' - ', 'Present'), h: { ...HG, skills: 'Qualifications & Skills' } }],
];

const WHO = {
  kelvin: 'KOH Wei Ming (Kelvin), backend software engineer (6 years: Grab, Ninja Van), Singapore; NUS B.Eng. (Hons) Second Class Upper, Ngee Ann Polytechnic diploma; HDB block address',
  michelle: 'CHEAH Pei Shan (Michelle), ACCA senior accountant (audit at EY, group reporting), Kuala Lumpur, Malaysia; University of Malaya B.Acc. (Hons) First Class, CGPA 3.78/4.00',
  natalie: 'CHEUNG Hoi Yan, Natalie, marketing manager (FMCG / retail CRM), Hong Kong; PolyU BBA (Hons), CUHK professional diploma; "HK$48,000 x 13" salary line',
  evan: 'ZHOU Yiran (Evan), data analyst (e-commerce, consumer credit risk), Shanghai; Fudan M.Sc., ECNU B.Sc.; CET-6 / IELTS, hukou line, self-evaluation',
  howard: 'LAI Chih-Hao (Howard), hardware engineer (high-speed PCB, SI), Hsinchu, Taiwan; NTHU M.S., NCKU B.S.; military service completed, TOEIC 880, autobiography',
  ren: 'Ren TAKAHASHI, senior product manager (Mercari, Rakuten), Tokyo; Keio University B.Econ.; TOEIC 920, CSPO; promotion inside one company',
  haeun: 'Yoon Ha-eun, senior UX designer (Kakao Bank, NAVER / LINE), Seoul; Hongik University BFA; JLPT N2, OPIc IH, self-introduction',
};

function main() {
  const [out, only] = process.argv.slice(2);
  if (!out) { console.error('usage: gen.mjs OUTDIR [id-substring]'); process.exit(2); }
  const tmp = '/tmp/eastasia-gen';
  fs.mkdirSync(tmp, { recursive: true });
  for (const [id, design, pid, kind, opts] of CASES) {
    if (only && !id.includes(only)) continue;
    const D = DESIGNS[design];
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const res = D.fn(PERSONAS[pid], opts);
    let file, engine;
    if (D.engine === 'docx') {
      const bytes = docx(res.doc);
      if (kind === 'pdf') {
        const src = path.join(tmp, `${id}.docx`);
        fs.writeFileSync(src, bytes);
        const made = soffice(src, tmp);
        if (!made) throw new Error(`${id}: LibreOffice conversion failed`);
        fs.copyFileSync(made, path.join(dir, 'resume.pdf'));
        file = 'resume.pdf'; engine = 'hand-written OOXML (DOCX) exported to PDF by LibreOffice (soffice --convert-to pdf)';
      } else {
        fs.writeFileSync(path.join(dir, 'resume.docx'), bytes);
        file = 'resume.docx'; engine = 'hand-written OOXML (DOCX) packed with fflate';
      }
    } else if (D.engine === 'html') {
      const html = path.join(tmp, `${id}.html`);
      fs.writeFileSync(html, res.html);
      if (!chromePdf(html, path.join(dir, 'resume.pdf'))) throw new Error(`${id}: Chromium print failed`);
      file = 'resume.pdf'; engine = 'HTML printed to PDF by headless Chromium';
    } else {
      const src = path.join(tmp, `${id}.tex`);
      fs.writeFileSync(src, res.tex);
      const made = latexPdf(src);
      if (!made) throw new Error(`${id}: pdflatex failed (see ${src.replace(/\.tex$/, '.log')})`);
      fs.copyFileSync(made, path.join(dir, 'resume.pdf'));
      file = 'resume.pdf'; engine = 'LaTeX compiled by pdflatex';
    }
    const key = res.K.json();
    key.layout = { columns: D.cols, notes: D.desc };
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic held-out case generated by \`scripts/heldout/eastasia/gen.mjs\` (design \`${design}\`, persona \`${pid}\` in \`personas.mjs\`); document \`${file}\`, ${engine}. **Design.** ${D.desc} **Persona.** ${WHO[pid]}. Invented person: every name, e-mail (example.com / example.org), handle, phone number and address is made up; well-known companies and universities appear only as names. **Key.** Written by the design code at the moment each field is printed (one source of truth), limited to what the page shows. \`basics.name\` is always the whole printed name line, here "${key.basics.name}" (name style \`${opts.name}\`): family name in capitals and the English name in brackets or after a comma are kept when the line prints them. Spoken languages go to \`languages[]\`, not \`skills\`; certificates, particulars, activities, referees and self-introduction paragraphs go to \`otherSections\`. Date style: \`${JSON.stringify(opts.dates)}\`. Licence: synthetic, MIT. Never used for tuning or tests.

**Printed date strings (checked by check.mjs):** \`${JSON.stringify(res.K.printed)}\`
`);
    console.log(`${id}: ${file}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
