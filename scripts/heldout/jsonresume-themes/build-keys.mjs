#!/usr/bin/env node
// Writes the answer keys (expected.json) for the held-out JSON Resume batch that render.mjs made, and checks
// every value of every key against the text the rendered document really carries.
//
//   node scripts/heldout/jsonresume-themes/build-keys.mjs [--batch 2|3] OUT_DIR
//
// A key is the persona's JSON restricted to what the theme prints, in the format of ../shared/eval/parse/*/expected.json:
// basics{name,label,email,phone,url,profiles[],location}, work[]{name,position,location,startDate,endDate,highlights[]},
// education[]{institution,studyType,area,startDate,endDate,score}, skills[] (keywords), sections[] (printed headings
// in reading order; two-column pages list the left column first), layout{columns,notes}. What each theme prints was
// read off the rendered pages (see THEMES below); the check then looks every value up in the text layer
// (pdftotext -raw and -layout for PDF, the paragraphs and text boxes of word/document.xml for DOCX) and every
// date in the theme's printed format. Dates: YYYY-MM, or YYYY where only the year is printed; "Present" ("Now", "Aujourd'hui") -> "present".
// A year-only source date (batch 3's security-jp: "2013") that a theme prints as "Jan 2013" is keyed "2013-01", as printed (yearOnly: 'Jan').
// basics.location is the printed words with a comma between the printed parts (city, region, country code).
// A theme that prints no skill keywords has skills []; a theme that prints no bullets has highlights [] (the role is still keyed).
// Exit status 1 when any value is not found.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { batchArgs, loadBatch } from './batch.mjs';

const { batch, args } = batchArgs(process.argv.slice(2));
const outDir = args[0] && path.resolve(args[0]);
if (!outDir) {
  console.error('usage: build-keys.mjs [--batch 2|3] OUT_DIR');
  process.exit(2);
}
const { CASES, caseId, personasDir } = await loadBatch(batch);

// ---- date formats as the themes print them (used to build the key's granularity and to check it) ----
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MOIS = ['Janv.', 'Févr.', 'Mars', 'Avr.', 'Mai', 'Juin', 'Juil.', 'Août', 'Sept.', 'Oct.', 'Nov.', 'Déc.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const parts = (d) => { const [y, m, day] = d.split('-'); return { y, m: Number(m), day }; };
const FMT = {
  'MM/YYYY': (d) => { const { y, m } = parts(d); return `${String(m).padStart(2, '0')}/${y}`; },
  'Mon YYYY': (d) => { const { y, m } = parts(d); return `${MON[m - 1]} ${y}`; },
  'Month YYYY': (d) => { const { y, m } = parts(d); return `${MONTH[m - 1]} ${y}`; },
  ISO: (d) => d,
  YYYY: (d) => parts(d).y,
  // batch 2
  'DD/MM/YYYY': (d) => { const { y, m, day } = parts(d); return `${day}/${String(m).padStart(2, '0')}/${y}`; },
  'YYYY-Mon': (d) => { const { y, m } = parts(d); return `${y}-${MON[m - 1]}`; },
  'Mon, YYYY': (d) => { const { y, m } = parts(d); return `${MON[m - 1]}, ${y}`; },
  // batch 3
  'Month, YYYY': (d) => { const { y, m } = parts(d); return `${MONTH[m - 1]}, ${y}`; },
  'Mon YYYY fr': (d) => { const { y, m } = parts(d); return `${MOIS[m - 1]} ${y}`; }, // moment's 'fr' locale, capitalised
};
const ym = (d) => d.slice(0, 7);
// A year-only source date ("2013") as the theme's date code reads it: 1 January (yearOnly: 'Jan'), or left as it is.
const asPrinted = (t, d) => (d.length === 4 && t.yearOnly === 'Jan' ? `${d}-01-01` : d);

// ---- what each theme prints (read off the rendered pages; the check below confirms each value) ----
const cityRegionCc = (l) => [l.city, l.region, l.countryCode].filter(Boolean).join(', ');
const noProto = (u) => u.replace(/^https?:\/\//, '').replace(/^www\./, '');
const has = (r, k) => Array.isArray(r[k]) && r[k].length > 0;
const countryName = (cc) => new Intl.DisplayNames(['en'], { type: 'region' }).of(cc);
const cityRegionCountry = (l) => [l.city, l.region, countryName(l.countryCode)].join(', ');

const THEMES = {
  macchiato: {
    columns: 2,
    notes: 'Left sidebar (About: location, e-mail, phone, web site, profile usernames with Font Awesome icons; then one heading per skill group, '
      + 'printed exactly like the section titles, with the level and keywords; Languages; Interests) and a main column (Summary, Experience, '
      + 'projects, Education). Employer then position; dates MM/YYYY right-aligned; no work location. sections: left column, then right.',
    basics: { label: true, url: 'noProto', profiles: 'username', location: cityRegionCc },
    work: { location: false, date: 'MM/YYYY' },
    edu: { degree: true, score: true, date: 'MM/YYYY' },
    sections: (r) => ['About', ...r.skills.map((s) => s.name), ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : []),
      'Summary', 'Experience', ...(has(r, 'projects') ? ['Open Source Projects'] : []), 'Education'],
  },
  spartacus: {
    columns: 2,
    notes: 'Left column CONTACT (location, e-mail, "GitHub: user" lines, phone), TECHNICAL SKILLS (group, level, keywords), EDUCATION ("Degree in Area at School"), '
      + 'AWARDS; right column SUMMARY, EMPLOYMENT ("Employer Position" on one line, dates "Mon YYYY - Present" below). Work summary is a paragraph, not a bullet. '
      + 'Headings upper-case by CSS. Projects, certificates and languages are not printed. In the DOCX the two columns are text boxes (each also stored as a VML fallback).',
    basics: { label: true, url: false, profiles: 'username', location: cityRegionCc },
    work: { location: false, date: 'Mon YYYY' },
    edu: { degree: true, score: true, date: 'Mon YYYY' },
    sections: (r, docx) => caseAs(docx, ['CONTACT', 'TECHNICAL SKILLS', 'EDUCATION', ...(has(r, 'awards') ? ['AWARDS'] : []), 'SUMMARY', 'EMPLOYMENT']),
  },
  kendall: {
    columns: 2,
    notes: 'Bootstrap grid: wide left column (ABOUT, WORK EXPERIENCE, PROJECTS) and a right column (CONTACT with Font Awesome icons and profile usernames, '
      + 'EDUCATION with years only, SKILLS, PUBLICATIONS, INTERESTS). Name and label upper-case by CSS. Each role: employer + location, dates "Month YYYY – Present", '
      + 'position, a "Highlights" sub-label, bullets. Languages and certificates are not printed. sections: page by page, left column before right.',
    upperName: true,
    basics: { label: true, url: 'full', profiles: 'username', location: cityRegionCc },
    work: { location: true, date: 'Month YYYY' },
    edu: { degree: true, score: true, date: 'YYYY' },
    // Page by page: when the left column runs onto page 2 (backend-de), PROJECTS comes after the right column of page 1.
    sections: (r, docx, persona) => {
      const left = ['ABOUT', 'WORK EXPERIENCE'];
      const right = ['CONTACT', 'EDUCATION', 'SKILLS', ...(has(r, 'publications') ? ['PUBLICATIONS'] : []), ...(has(r, 'interests') ? ['INTERESTS'] : [])];
      const projects = has(r, 'projects') ? ['PROJECTS'] : [];
      return caseAs(docx, persona === 'backend-de' && !docx ? [...left, ...right, ...projects] : [...left, ...projects, ...right]);
    },
  },
  paper: {
    columns: 1,
    notes: 'Section names in small caps in a left gutter (text layer splits them: "W ork E xperience"), content on the right; role dates printed in full ISO '
      + '("2023-02-01 to Present") in the gutter under the heading; "Position at Employer". Location prints only the region (no city without a postal code); '
      + 'no summary text, no profiles on the PDF (the DOCX shows a "Profiles" list of network names only). "Personal" is the interests heading (empty body when an interest has no keywords).',
    basics: { label: true, url: false, profiles: false, location: (l) => l.region },
    work: { location: false, date: 'ISO' },
    edu: { degree: true, score: true, date: 'ISO' },
    sections: (r, docx) => ['Contact', 'Location', 'Professional Skills Summary', 'Work Experience', 'Education', ...(has(r, 'languages') ? ['Languages'] : []),
      ...(has(r, 'awards') ? ['Awards'] : []), ...(docx ? ['Profiles'] : []), ...(has(r, 'interests') ? ['Personal'] : [])],
  },
  onepage: {
    columns: 1,
    notes: 'Header "Name, Label", then "e-mail | phone | location" and full profile URLs. Section names in a left gutter (upper-case in the HTML). '
      + '"Employer, Position" with ISO dates right-aligned; the theme turns the role summary into the first bullet (kept as a highlight). Projects and certificates are not printed.',
    basics: { label: true, url: false, profiles: 'url', location: cityRegionCc },
    work: { location: false, date: 'ISO', summaryAsBullet: true },
    edu: { degree: true, score: true, date: 'ISO' },
    sections: (r) => ['SUMMARY', 'EXPERIENCE', ...(has(r, 'publications') ? ['PUBLICATIONS'] : []), 'EDUCATION', 'SKILLS', ...(has(r, 'languages') ? ['LANGUAGES'] : [])],
  },
  class: {
    columns: 1,
    notes: 'Coloured header band; Contact table (Website, Email, Phone); About with profile usernames. Each role: employer, then "Position  ISO dates  web site"; '
      + 'a float bug puts the first bullet beside the dates. Education prints only school, dates and courses (no degree). No location. Skills float to the right of Education.',
    basics: { label: true, url: 'full', profiles: 'username', location: false },
    work: { location: false, date: 'ISO' },
    edu: { degree: false, score: false, date: 'ISO' },
    sections: (r) => ['Contact', 'About', 'Work', 'Education', 'Skills', ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])],
  },
  short: {
    columns: 1,
    notes: 'No label, no location. Summary without a heading, "Network  username" profile line, SKILLS table (group, keywords). Employer, then "Position  Mon YYYY - Present". '
      + 'Projects and certificates are not printed.',
    basics: { label: false, url: 'full', profiles: 'username', location: false },
    work: { location: false, date: 'Mon YYYY' },
    edu: { degree: true, score: true, date: 'Mon YYYY' },
    sections: (r) => ['SKILLS', 'EXPERIENCE', 'EDUCATION', ...(has(r, 'languages') ? ['LANGUAGES'] : []), ...(has(r, 'interests') ? ['INTERESTS'] : [])],
  },
  straightforward: {
    columns: 1,
    notes: 'Centred header "City, Region · e-mail · phone" (the phone hyphen is U+2011) and "site · github.com/user · ..." links; no label. Summary without a heading. '
      + 'Position with "Mon YYYY — Present" right-aligned, then "Employer, Location" in italics. Certificates and languages are not printed.',
    basics: { label: false, url: 'full', profiles: 'noProto', location: (l) => [l.city, l.region].join(', ') },
    work: { location: true, date: 'Mon YYYY' },
    edu: { degree: true, score: true, date: 'Mon YYYY' },
    sections: (r) => ['Experience', ...(has(r, 'projects') ? ['Projects'] : []), 'Education', ...(has(r, 'awards') ? ['Awards'] : []),
      ...(has(r, 'publications') ? ['Publications'] : []), 'Skills and Tech'],
  },
  eloquent: {
    columns: 1,
    notes: 'SVG icons before phone, location, e-mail, site; "Network (full URL)" profile lines. Headings upper-case with icons. "Position, Employer (site)"; '
      + 'dates "Month YYYY — Present" followed by a duration computed on the day of rendering ("5 years"); education prints years only, "Area, Degree" '
      + 'then "School, GPA: x". Bullets are printed as "-". Projects and certificates are not printed.',
    basics: { label: true, url: 'noProto', profiles: 'url', location: cityRegionCc },
    work: { location: false, date: 'Month YYYY' },
    edu: { degree: true, score: true, date: 'YYYY' },
    sections: (r) => ['ABOUT', 'EXPERIENCE', 'EDUCATION', 'SKILLS', ...(has(r, 'interests') ? ['INTERESTS'] : []), ...(has(r, 'languages') ? ['LANGUAGES'] : []),
      ...(has(r, 'publications') ? ['PUBLICATIONS'] : [])],
  },
  // ---- batch 2 (cases2.mjs) ----
  autumn: {
    columns: 2,
    notes: 'Page 1: name and label at the left; at the right, lines with Font Awesome icons: "City, Region, Country name", e-mail, web site without protocol, '
      + 'profile network names only (links); the summary without a heading; in print the rest of page 1 stays empty. From page 2: a left sidebar (Skills: '
      + 'group names over keyword tags; Languages; Interests) and a main column (Work: employer, position, "Mon YYYY - Present" right-aligned; Education: '
      + 'school, "Degree in Area", dates; Awards). No work location, no grade; projects and certificates are not printed. DOCX: one column in the HTML '
      + 'order (Work, Education, Awards, Skills, Languages, Interests); the screen-reader labels the PDF hides ("Location:", "E-mail:") become small text '
      + 'boxes anchored after the values (each stored twice, DrawingML and VML).',
    docxColumns: 1,
    basics: { label: true, url: 'noProto', profiles: false, location: cityRegionCountry },
    work: { location: false, date: 'Mon YYYY' },
    edu: { degree: true, score: false, date: 'Mon YYYY' },
    sections: (r, docx) => {
      const side = ['Skills', ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])];
      const main = ['Work', 'Education', ...(has(r, 'awards') ? ['Awards'] : [])];
      return docx ? [...main, ...side] : [side, main];
    },
  },
  cora: {
    columns: 1,
    notes: 'Centred header: name, label, icon lines ("City, Region, CC", e-mail, phone, full web site URL) and profile usernames with icons. Headings '
      + 'upper-case in the HTML, with icons. "Position, Employer", dates year first ("2023-Jan - Present"), the role summary as a paragraph, a "HIGHLIGHTS" '
      + 'sub-label (not a section) before the bullets. Education: "Degree, Area - School", dates, "GPA: x". The print stylesheet hides LANGUAGES and '
      + 'INTERESTS (the DOCX shows them, with "Fluency:" lines); certificates and projects are not printed. pdftotext runs "QA" into the next word ("QAAutomation Engineer").',
    basics: { label: true, url: 'full', profiles: 'username', location: cityRegionCc },
    work: { location: false, date: 'YYYY-Mon' },
    edu: { degree: true, score: true, date: 'YYYY-Mon' },
    sections: (r, docx) => ['ABOUT', 'WORK EXPERIENCE', 'SKILLS', 'EDUCATION', ...(has(r, 'publications') ? ['PUBLICATIONS'] : []),
      ...(docx && has(r, 'languages') ? ['LANGUAGES'] : []), ...(docx && has(r, 'interests') ? ['INTERESTS'] : [])],
  },
  'mocha-responsive': {
    columns: 2,
    notes: 'Left sidebar under dark heading bars: About (location "City Region" without a comma, e-mail, phone, profile usernames, with icons), one bar per '
      + 'skill group (printed exactly like the section titles) with the level and keywords, Languages (fluency in brackets); main column Summary, '
      + 'Experience (employer with "DD/MM/YYYY - Present" on one line, position below, bullets), Education (school, dates, "Degree - Area", "GPA x"), '
      + 'Awards. In the PDF everything is upper-case by CSS; the DOCX keeps the HTML case and is one column (the sidebar\'s paragraphs, then the main '
      + 'column\'s). Projects are not printed (no persona here has a web site or interests). '
      + 'pdftotext -raw gives the language fluencies before "About" and the employer/date lines apart from their positions.',
    upperName: true,
    docxColumns: 1,
    basics: { label: true, url: false, profiles: 'username', location: (l) => [l.city, l.region].join(', ') },
    work: { location: false, date: 'DD/MM/YYYY' },
    edu: { degree: true, score: true, date: 'DD/MM/YYYY' },
    sections: (r, docx) => {
      const side = ['About', ...r.skills.map((s) => s.name), ...(has(r, 'languages') ? ['Languages'] : [])];
      const main = ['Summary', 'Experience', 'Education', ...(has(r, 'awards') ? ['Awards'] : [])];
      return [side, main].map((g) => (docx ? g : g.map((h) => h.toUpperCase())));
    },
  },
  orbit: {
    columns: 2,
    notes: 'Main column at the left: PERSONAL SUMMARY; WORK EXPERIENCE ("Position  YYYY - Present", then "Employer, Location"; no bullets); PUBLICATIONS; '
      + 'SKILLS & PROFICIENCY (group names over level bars, no keywords). Coloured sidebar at the right: name, label, e-mail, phone, web site and profile URLs '
      + 'without protocol, EDUCATION ("Degree in Area", school, years), LANGUAGES, INTERESTS. Headings upper-case by CSS (title case in the DOCX). No address, '
      + 'no grade; certificates are not printed. pdftotext -raw gives the employer lines and the sidebar before the main headings; sections lists the main '
      + 'column first. DOCX: the sidebar is a text box anchored in the first heading\'s paragraph, stored twice (DrawingML and its VML fallback).',
    basics: { label: true, url: 'noProto', profiles: 'noProto', location: false },
    work: { location: true, date: 'YYYY', highlights: false },
    edu: { degree: true, score: false, date: 'YYYY' },
    skills: false,
    sections: (r, docx) => [
      ['PERSONAL SUMMARY', 'WORK EXPERIENCE', ...(has(r, 'publications') ? ['PUBLICATIONS'] : []), 'SKILLS & PROFICIENCY'],
      ['EDUCATION', ...(has(r, 'languages') ? ['LANGUAGES'] : []), ...(has(r, 'interests') ? ['INTERESTS'] : [])],
    ].map((g) => caseAs(docx, g)),
  },
  flat: {
    columns: 1,
    notes: 'Name, label; Contact (Email, Phone, Website labels), About, Profiles (network label, "username (full URL)"), Work, Education, Awards, Skills (group '
      + 'names over one keyword a line), Languages, Interests. Each role: employer with ISO dates right-aligned ("2022-04-01 —": nothing after the dash for '
      + 'a current role), position, the role summary as a paragraph, a "Highlights" sub-label (not a section), bullets. Education: school with ISO dates, '
      + 'area, degree; no grade. The URLs in brackets come from Bootstrap\'s print styles (PDF only; the DOCX shows the usernames alone). No location; '
      + 'projects and certificates are not printed.',
    basics: { label: true, url: 'full', profiles: 'username', location: false },
    work: { location: false, date: 'ISO', present: '' },
    edu: { degree: true, score: false, date: 'ISO' },
    sections: (r) => ['Contact', 'About', 'Profiles', 'Work', 'Education', ...(has(r, 'awards') ? ['Awards'] : []), 'Skills',
      ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])],
  },
  compact: {
    columns: 1,
    notes: 'Name and label at the left; e-mail, phone and profile usernames (icons) at the right. Section names in a left gutter. Skills as "Group: kw, kw" '
      + 'lines. Employer, position in italics, "Mon YYYY - Present" right-aligned, bullets with icons. Education prints only the end date and "Degree in '
      + 'Area". No location, web site or grade; languages, projects, awards and publications are not printed.',
    basics: { label: true, url: false, profiles: 'username', location: false },
    work: { location: false, date: 'Mon YYYY' },
    edu: { degree: true, score: false, date: 'Mon YYYY', start: false },
    sections: () => ['Profile', 'Skills', 'Experience', 'Education'],
  },
  elegant: {
    columns: 1,
    notes: 'Header card: Gravatar picture (a grey silhouette here), name, label, then icon cells: "City, Region, CC", phone, e-mail, full web site URL, and '
      + 'the languages ("Spanish, English"); profiles are icon links with no text. A "BACKGROUND" card title over the sections (upper-case by CSS, with '
      + 'icons). "Position, Employer"; dates "Mon, YYYY - Present", past roles followed by a computed duration ("3 years 3 months"); the role summary as a '
      + 'paragraph. Education: "Area, Degree, School", dates, the grade on its own line. pdftotext -raw gives the positions after the bullets.',
    basics: { label: true, url: 'full', profiles: false, location: cityRegionCc },
    work: { location: false, date: 'Mon, YYYY' },
    edu: { degree: true, score: true, date: 'Mon, YYYY' },
    sections: (r) => ['BACKGROUND', 'ABOUT', 'WORK EXPERIENCE', 'SKILLS', 'EDUCATION', ...(has(r, 'certificates') ? ['CERTIFICATES'] : []),
      ...(has(r, 'interests') ? ['INTERESTS'] : [])],
  },
  relaxed: {
    columns: 1,
    notes: 'Name, label; Personal Info (summary, then icon lines: web site without protocol, e-mail, phone, "City, Region, Country name"; profile usernames '
      + 'with brand logos beside them). Each role: position with "Month YYYY – Present" right-aligned, employer with the work location right-aligned, '
      + 'bullets. Education: area, school, degree, "Grade: x", dates. Then Projects, Publications, Skills (group over keyword tags), Languages, Interests, '
      + 'Awards. Certificates are not printed. pdftotext -raw gives the first page\'s dates and locations before the name.',
    basics: { label: true, url: 'noProto', profiles: 'username', location: cityRegionCountry },
    work: { location: true, date: 'Month YYYY' },
    edu: { degree: true, score: true, date: 'Month YYYY' },
    sections: (r) => ['Personal Info', 'Work Experience', 'Education', ...(has(r, 'projects') ? ['Projects'] : []),
      ...(has(r, 'publications') ? ['Publications'] : []), 'Skills', ...(has(r, 'languages') ? ['Languages'] : []),
      ...(has(r, 'interests') ? ['Interests'] : []), ...(has(r, 'awards') ? ['Awards'] : [])],
  },
  minyma: {
    columns: 1,
    notes: 'Centred header: an empty picture frame, name, "City, CC" with a pin icon, label in light grey; then e-mail, full web site URL, phone and '
      + 'profiles as "network/username". Summary; Skills (group, level, keyword pills); Work (ISO dates "2022-04-01 - present" above the employer, then '
      + 'the position, "- " bullets); Education (ISO dates, school, "Degree in Area"; no grade); Projects, Languages, Interests, Awards, Certificates; '
      + 'a "CV Made with JSON Resume" footer. pdftotext -raw drops the spaces of the bold name ("XimenaIbáñezCárdenas"; -layout keeps them).',
    basics: { label: true, url: 'full', profiles: 'username', location: (l) => [l.city, l.countryCode].join(', ') },
    work: { location: false, date: 'ISO' },
    edu: { degree: true, score: false, date: 'ISO' },
    sections: (r) => ['Summary', 'Skills', 'Work', 'Education', ...(has(r, 'projects') ? ['Projects'] : []), ...(has(r, 'languages') ? ['Languages'] : []),
      ...(has(r, 'interests') ? ['Interests'] : []), ...(has(r, 'awards') ? ['Awards'] : []), ...(has(r, 'certificates') ? ['Certificates'] : [])],
  },
  // ---- batch 3 (cases3.mjs) ----
  lucide: {
    columns: 2,
    notes: 'A French theme (headings and dates in French, from moment\'s "fr" locale). Coloured left sidebar: COMPETENCES (group, level, keyword tags), '
      + 'an empty SOFT SKILLS heading, Certifications (date, name, issuer), LANGUES ("English : Native speaker"), INTERETS. Main column: name with the last '
      + 'word upper-cased ("Graham THIBODEAU-NAKAMURA"), "City, (CC)", phone, e-mail, full web site URL, profile usernames (icons), label, summary; '
      + 'EXPERIENCES PROFESSIONNELLES: dates "Mars 2022 - Aujourd\'hui" ("Aujourd\'hui" = present; abbreviations "Janv.", "Févr.", "Sept.", "Déc.") with a '
      + 'computed duration ("4 ans 9 mois") at the left, position, employer and work location; a role summary as a paragraph; FORMATION ("Degree en Area", '
      + 'school). No grade. sections: sidebar first, then the main column. DOCX: one column, the sidebar\'s paragraphs first.',
    docxColumns: 1,
    name: (n) => n.replace(/(\S+)$/, (w) => w.toUpperCase()),
    basics: { label: true, url: 'full', profiles: 'username', location: (l) => [l.city, l.countryCode].join(', ') },
    work: { location: true, date: 'Mon YYYY fr', present: "Aujourd'hui" },
    edu: { degree: true, score: false, date: 'Mon YYYY fr' },
    sections: (r) => [
      ['COMPETENCES', 'SOFT SKILLS', ...(has(r, 'certificates') ? ['Certifications'] : []), 'LANGUES', ...(has(r, 'interests') ? ['INTERETS'] : [])],
      ['EXPERIENCES PROFESSIONNELLES', 'FORMATION'],
    ],
  },
  direct: {
    columns: 2,
    notes: 'Black header band: name and label upper-case by CSS, full web site URL, "e-mail — phone"; no location, no profiles. Summary without a heading. '
      + 'Left column SKILLS (group, level, "kw, kw"), LANGUAGES, INTERESTS; right column WORK EXPERIENCE ("Position at Employer Location" on one line, '
      + 'dates right-aligned "APR 2021 - NOW" for a current role, "OCT 2017 — MAR 2021" with an em dash otherwise), EDUCATION (school, area, degree), '
      + 'VOLUNTEER, AWARDS (ISO date). Year-only dates are printed as January ("JAN 2013 — JAN 2017") and keyed so. Projects and certificates are not '
      + 'printed. sections: left column, then right. DOCX: one column in the same order, HTML case ("Sep 2021 - Now").',
    docxColumns: 1,
    upperName: true,
    yearOnly: 'Jan',
    basics: { label: true, url: 'full', profiles: false, location: false },
    work: { location: true, date: 'Mon YYYY', present: 'Now' },
    edu: { degree: true, score: false, date: 'Mon YYYY' },
    sections: (r, docx) => [
      ['SKILLS', ...(has(r, 'languages') ? ['LANGUAGES'] : []), ...(has(r, 'interests') ? ['INTERESTS'] : [])],
      ['WORK EXPERIENCE', 'EDUCATION', ...(has(r, 'volunteer') ? ['VOLUNTEER'] : []), ...(has(r, 'awards') ? ['AWARDS'] : [])],
    ].map((g) => caseAs(docx, g)),
  },
  'macchiato-ibic': {
    columns: 2,
    notes: 'A macchiato fork, rendered from the v1 JSON as it is (with the pre-v1 alias it prints the employer twice). Left sidebar: About (location '
      + '"City Region CC" without commas, e-mail broken inside the word by the narrow column, phone, profile usernames, with icons), one heading per skill '
      + 'group (level, keyword tags), Languages ("English (Native speaker)"), Interests; main column: name and label across the top, Summary, Experience '
      + '(employer with "MM/YYYY - Present" right-aligned in italics, position, bullets, a role summary as a paragraph), Education (school, dates, '
      + '"Degree in Area"). No work location; certificates are not printed. When the sidebar is too long for page 1 (devops-za), Chromium moves all of '
      + 'it to page 2 and page 1 holds the main column alone; sections then list page 1 before page 2, otherwise the sidebar first.',
    basics: { label: true, url: 'noProto', profiles: 'username', location: cityRegionCc },
    work: { location: false, date: 'MM/YYYY' },
    edu: { degree: true, score: false, date: 'MM/YYYY' },
    sections: (r, docx, persona) => {
      const side = ['About', ...r.skills.map((s) => s.name), ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])];
      const main = ['Summary', 'Experience', 'Education'];
      return persona === 'devops-za' ? [main, side] : [side, main];
    },
  },
  projects: {
    columns: 1,
    notes: 'Grey header box: name, label, summary, then icon lines "City, Country name", e-mail, phone, web site without protocol, "username (Network)". '
      + 'Section names in a left gutter (Work, Volunteer, Projects, Awards, Skills, Education, Languages, Interests). Each role: employer, position, '
      + '"Mon YYYY – Present", work location, bullets. Education: school, area, dates, degree; no grade. Skills, languages and interests in two columns '
      + 'inside the right-hand area (not page columns).',
    basics: { label: true, url: 'noProto', profiles: 'username', location: (l) => [l.city, countryName(l.countryCode)].join(', ') },
    work: { location: true, date: 'Mon YYYY' },
    edu: { degree: true, score: false, date: 'Mon YYYY' },
    sections: (r) => ['Work', ...(has(r, 'volunteer') ? ['Volunteer'] : []), ...(has(r, 'projects') ? ['Projects'] : []), ...(has(r, 'awards') ? ['Awards'] : []),
      'Skills', 'Education', ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])],
  },
  'simple-red': {
    columns: 1,
    notes: 'Red name, label, summary in italics. Section names in a left gutter: Education FIRST (school, "Month YYYY - Month YYYY" right-aligned, '
      + '"Area / Degree"), Work (employer with dates right-aligned, position in italics, a "Responsibilities:" sub-label (not a section) before the '
      + 'bullets), Skills (group, level, keyword tags), Languages, Interests (names only). Contact details in a footer at the end: "City, Region", '
      + 'e-mail, phone, web site without protocol. No work location. Year-only dates are printed as January ("January 2013") and keyed so. '
      + 'The print stylesheet hides the Profiles section; the DOCX shows it ("Profiles", network names, usernames). Certificates are not printed.',
    yearOnly: 'Jan',
    basics: { label: true, url: 'noProto', profiles: false, docxProfiles: 'username', location: (l) => [l.city, l.region].join(', ') },
    work: { location: false, date: 'Month YYYY' },
    edu: { degree: true, score: true, date: 'Month YYYY' },
    sections: (r, docx) => ['Education', 'Work', 'Skills', ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : []),
      ...(docx ? ['Profiles'] : [])],
  },
  ace: {
    columns: 1,
    notes: 'Name and label only: the contact bar (e-mail, phone, location, web site, profile icons) is Bootstrap "hidden-print", so the PDF has no '
      + 'contact details at all. SUMMARY, EXPERIENCE ("Employer Month, YYYY - Present" on one line with a computed duration "4 years, 4 months", '
      + 'position below, bullets, a role summary as a paragraph), SKILLS (group over keywords), EDUCATION ("Area Degree" with dates, school below), '
      + 'AWARDS ("Awarded on: November 1, 2022"), VOLUNTEER WORK, INTERESTS. Languages, projects and certificates are not printed.',
    basics: { contact: false, label: true, url: false, profiles: false, location: false },
    work: { location: false, date: 'Month, YYYY' },
    edu: { degree: true, score: false, date: 'Month, YYYY' },
    sections: (r) => ['SUMMARY', 'EXPERIENCE', 'SKILLS', 'EDUCATION', ...(has(r, 'awards') ? ['AWARDS'] : []), ...(has(r, 'volunteer') ? ['VOLUNTEER WORK'] : []),
      ...(has(r, 'interests') ? ['INTERESTS'] : [])],
  },
  'tachyons-clean': {
    columns: 1,
    notes: 'Centred name, label upper-case by CSS (HTML case in the DOCX); e-mail, phone and full web site URL at the left, profiles "network / username" '
      + '(network lower-case by CSS) at the right; summary without a heading. Skills in up to four columns (group, level in capitals, "- keyword" lines), '
      + 'Languages in columns, then Experience (employer, position, ISO dates "2022-01-01 → Present", "- " bullets, a role summary as a paragraph), '
      + 'Education (school, area, degree, ISO dates; year-only dates printed as they are, "2011 → 2013"), Interests. No location; certificates are not '
      + 'printed. DOCX: one column; the keyword lists become bullets.',
    upperLabel: true,
    basics: { label: true, url: 'full', profiles: 'username', location: false },
    work: { location: false, date: 'ISO' },
    edu: { degree: true, score: false, date: 'ISO' },
    sections: (r) => ['Skills', ...(has(r, 'languages') ? ['Languages'] : []), 'Experience', 'Education', ...(has(r, 'interests') ? ['Interests'] : [])],
  },
  mantra: {
    columns: 1,
    notes: 'Monospace body. Name, label, a grey box with labelled cells "Website", "Email", "Phone", "Location" ("City, Region, CC"); summary; a '
      + '"Profiles" sub-heading with network names over usernames. Experience: employer, "Month YYYY - Present", position, bullets; Skills in columns '
      + '(group, level, keywords); Education: years only, school, area, degree, "GPA: x"; Languages; Interests. No work location; certificates are not '
      + 'printed. Year-only work dates are printed as January ("January 2013 - January 2017") and keyed so. DOCX: the date line and the position of '
      + 'each role become list items before the bullets.',
    yearOnly: 'Jan',
    basics: { label: true, url: 'full', profiles: 'username', location: cityRegionCc },
    work: { location: false, date: 'Month YYYY' },
    edu: { degree: true, score: true, date: 'YYYY' },
    sections: (r) => ['Profiles', 'Experience', 'Skills', 'Education', ...(has(r, 'languages') ? ['Languages'] : []), ...(has(r, 'interests') ? ['Interests'] : [])],
  },
  slick: {
    columns: 1,
    notes: 'Bootswatch Lumen. Name, label upper-case by CSS; icon lines: web site and e-mail each followed by its link in brackets ("(mailto:...)") from '
      + 'Bootstrap\'s print styles, phone; profiles are brand icons (GitHub, LinkedIn, Twitter) followed by the full URL in brackets, so the printed text is '
      + 'the URL. Summary without a heading. Headings with icons: WORK EXPERIENCE (employer, position, ISO dates "2022-01-01 - Present", bullets, a role '
      + 'summary as a paragraph), VOLUNTEER, EDUCATION (school, area, degree, ISO dates), AWARDS, SKILLS (group, level, keywords in columns), LANGUAGES, '
      + 'INTERESTS. No location; projects and certificates are not printed.',
    upperLabel: true,
    basics: { label: true, url: 'full', profiles: 'url', location: false },
    work: { location: false, date: 'ISO' },
    edu: { degree: true, score: false, date: 'ISO' },
    sections: (r) => ['WORK EXPERIENCE', ...(has(r, 'volunteer') ? ['VOLUNTEER'] : []), 'EDUCATION', ...(has(r, 'awards') ? ['AWARDS'] : []), 'SKILLS',
      ...(has(r, 'languages') ? ['LANGUAGES'] : []), ...(has(r, 'interests') ? ['INTERESTS'] : [])],
  },
};

// LibreOffice keeps the HTML's own capitalisation (CSS text-transform is not applied), so DOCX headings are in title case.
function caseAs(docx, headings) {
  return docx ? headings.map((h) => h.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\bAnd\b/g, 'and')) : headings;
}

function buildKey(theme, r, docx, persona) {
  const t = THEMES[theme];
  const b = r.basics;
  const upper = t.upperName && !docx;
  const basics = { name: upper ? b.name.toUpperCase() : t.name ? t.name(b.name) : b.name };
  if (t.basics.label && b.label) basics.label = upper || (t.upperLabel && !docx) ? b.label.toUpperCase() : b.label;
  if (b.email && t.basics.contact !== false) basics.email = b.email;
  if (b.phone && t.basics.contact !== false) basics.phone = b.phone;
  if (t.basics.url && b.url) basics.url = t.basics.url === 'noProto' ? noProto(b.url) : b.url;
  const profiles = (docx && t.basics.docxProfiles) || t.basics.profiles;
  if (profiles && b.profiles?.length) {
    basics.profiles = b.profiles.map((p) => (profiles === 'username' ? p.username : profiles === 'noProto' ? noProto(p.url) : p.url));
  }
  if (t.basics.location && b.location) basics.location = t.basics.location(b.location);

  const work = r.work.map((w) => {
    const o = { name: w.name, position: w.position };
    if (t.work.location && w.location) o.location = w.location;
    o.startDate = t.work.date === 'YYYY' ? w.startDate.slice(0, 4) : ym(asPrinted(t, w.startDate));
    o.endDate = w.endDate ? (t.work.date === 'YYYY' ? w.endDate.slice(0, 4) : ym(asPrinted(t, w.endDate))) : 'present';
    o.highlights = t.work.highlights === false ? [] : [...(t.work.summaryAsBullet && w.summary ? [w.summary] : []), ...(w.highlights ?? [])];
    return o;
  });

  const education = r.education.map((e) => {
    const o = { institution: e.institution };
    if (t.edu.degree) {
      if (e.studyType) o.studyType = e.studyType;
      if (e.area) o.area = e.area;
    }
    const g = (d) => (t.edu.date === 'YYYY' ? d.slice(0, 4) : ym(asPrinted(t, d)));
    if (e.startDate && t.edu.start !== false) o.startDate = g(e.startDate);
    if (e.endDate) o.endDate = g(e.endDate);
    if (t.edu.score && e.score) o.score = e.score;
    return o;
  });

  const skills = t.skills === false ? [] : r.skills.flatMap((s) => s.keywords ?? []);
  // A theme may give its headings as groups (columns), each in reading order; the key lists them group after group.
  const groups = t.sections(r, docx, persona);
  const sections = groups.flat();
  const key = { basics, work, education, skills, sections, layout: { columns: (docx && t.docxColumns) || t.columns, notes: t.notes } };
  Object.defineProperty(key, 'sectionGroups', { value: Array.isArray(groups[0]) ? groups : [groups] }); // for the check, not written
  return key;
}

// ---- the check: every value is in the document's text ----
const squash = (s) => String(s).normalize('NFKC').toLowerCase().replace(/[\u00ad]/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '');

function docText(id, docx) {
  const work = path.join(outDir, '_work');
  if (!docx) {
    const raw = fs.readFileSync(path.join(work, `${id}.raw.txt`), 'utf8');
    return { primary: raw, all: raw + '\n' + fs.readFileSync(path.join(work, `${id}.layout.txt`), 'utf8') };
  }
  const xml = execFileSync('unzip', ['-p', path.join(outDir, `${id}-docx`, 'resume.docx'), 'word/document.xml'], { maxBuffer: 64 << 20 }).toString();
  const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  const text = (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => unesc((p.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, '')).join(''))).join('\n');
  return { primary: text, all: text };
}

function check(theme, r, key, { primary, all }) {
  const hay = squash(all);
  const miss = [];
  const look = (what, v) => { if (!hay.includes(squash(v))) miss.push(`${what}: ${JSON.stringify(v)}`); };
  const t = THEMES[theme];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url']) if (b[k]) look(`basics.${k}`, b[k]);
  for (const p of b.profiles ?? []) look('basics.profiles', p);
  if (b.location) for (const part of b.location.split(', ')) look('basics.location', part);
  key.work.forEach((w, i) => {
    const src = r.work[i];
    for (const k of ['name', 'position', 'location']) if (w[k]) look(`work[${i}].${k}`, w[k]);
    look(`work[${i}].startDate`, FMT[t.work.date](asPrinted(t, src.startDate)));
    if (src.endDate) look(`work[${i}].endDate`, FMT[t.work.date](asPrinted(t, src.endDate)));
    else if (t.work.present === '') look(`work[${i}].endDate (open range)`, `${FMT[t.work.date](src.startDate)} —`);
    else look(`work[${i}].endDate`, t.work.present ?? 'Present');
    for (const h of w.highlights) look(`work[${i}].highlight`, h);
  });
  key.education.forEach((e, i) => {
    const src = r.education[i];
    for (const k of ['institution', 'studyType', 'area', 'score']) if (e[k]) look(`education[${i}].${k}`, e[k]);
    if (e.startDate) look(`education[${i}].startDate`, FMT[t.edu.date](asPrinted(t, src.startDate)));
    if (e.endDate) look(`education[${i}].endDate`, FMT[t.edu.date](asPrinted(t, src.endDate)));
  });
  for (const s of key.skills) look('skills', s);
  for (const h of key.sections) look('sections', h);
  // Sections must appear in the stated order in pdftotext -raw (PDF) or the document's paragraphs (DOCX); where a theme gives
  // its headings as columns, the order is checked column by column.
  const ordered = squash(primary);
  for (const group of key.sectionGroups) {
    let at = 0;
    for (const h of group) {
      const j = ordered.indexOf(squash(h), at);
      if (j < 0) { miss.push(`sections order: ${JSON.stringify(h)} not after the previous heading`); break; }
      at = j + 1;
    }
  }
  return miss;
}

let bad = 0;
for (const c of CASES) {
  const r = JSON.parse(fs.readFileSync(path.join(personasDir, `${c.persona}.json`), 'utf8'));
  for (const docx of c.docx ? [false, true] : [false]) {
    const id = caseId(c) + (docx ? '-docx' : '');
    const dir = path.join(outDir, id);
    if (!fs.existsSync(dir)) { console.log(`${id}: not rendered, skipped`); continue; }
    const key = buildKey(c.theme, r, docx, c.persona);
    const miss = check(c.theme, r, key, docText(caseId(c), docx));
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    console.log(`${id}: ${miss.length ? `${miss.length} NOT FOUND` : 'all values found'}`);
    for (const m of miss) console.log(`   ✗ ${m}`);
    bad += miss.length;
  }
}
process.exit(bad ? 1 : 0);
