// Design defaults (engine, date style, ladder style, headings, section order) and the 27 cases (design × persona,
// with per-case overrides of headings, dates and accent colours).
import { HTML } from './html.mjs';
import { TEX } from './tex.mjs';
import { DOCX } from './docx.mjs';

const TITLE_HEADINGS = {
  summary: 'Summary', achievements: 'Selected Achievements', experience: 'Experience', earlier: 'Earlier Experience',
  education: 'Education', skills: 'Skills', certs: 'Certifications', projects: 'Open Source', talks: 'Talks',
  patents: 'Patents', pubs: 'Publications', languages: 'Languages',
};
const caps = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v && v.toUpperCase()]));

export const DESIGNS = {
  'html-rightbar': {
    engine: 'chromium', render: HTML.rightbar, columns: 2,
    dates: { style: 'mon', sep: ' – ', present: 'Present' }, ladder: 'lines', profiles: 'url', eduDates: 'range',
    degree: (e) => `${e.studyType}, ${e.area}`, projectUrls: true,
    headings: { ...TITLE_HEADINGS, summary: 'Profile' },
    order: ['summary', 'achievements', 'experience', 'earlier', 'projects', 'patents', 'pubs', 'talks'],
    side: ['skills', 'education', 'certs', 'languages'],
    notes: 'Chromium (Open Sans), A4. Full-width header (name, label, accent rule), then a main column with a RIGHT sidebar (grey box, 60 mm): the sidebar holds the contact list with inline SVG icons (no text), skills as bordered tags under group labels, education, certifications and languages; it ends on page 1 while the main column runs on to page 2. The text layer gives the main column first, then the sidebar. Employer header "Company … City" with an italic company description below, promotions as separately dated titles under one employer, ▸ bullets and – sub-bullets (CSS list-style strings), "Feb 2016 – Mar 2019" dates. Sections: main column first, then sidebar.',
  },
  'html-cards': {
    engine: 'chromium', render: HTML.cards,
    dates: { style: 'mm/yyyy', sep: ' - ', present: 'Current' }, ladder: 'lines', profiles: 'handle', eduDates: 'end',
    degree: (e) => `${e.studyType} in ${e.area}`, projectUrls: true,
    headings: { ...TITLE_HEADINGS, summary: null, achievements: 'Highlights' },
    order: ['summary', 'achievements', 'experience', 'earlier', 'skills', 'projects', 'education', 'certs', 'pubs', 'talks', 'patents', 'languages'],
    notes: 'Chromium (Inter), A4. Dark header band: name and label left, 2×3 contact grid right with SVG icons and bare handles for GitHub/LinkedIn. Summary paragraph without a heading. Achievements as three side-by-side cards. Headings followed by a drawn rule. Employer blocks with a left timeline border: "Company · City", italic description, then each title with its dates in a rounded pill ("02/2016 - 03/2019", "Current"); promotions are separate titles under one employer. Earlier roles as a 3-column table (title | company | dates). Skills as "Label:" + comma list in a 2-column grid. Open source as two cards side by side. Page counter "1 / 2" in the bottom-right margin box (not a field).',
  },
  'html-ats': {
    engine: 'chromium', render: HTML.ats, caps: { name: true },
    dates: { style: 'yy', sep: '–', present: 'present' }, ladder: 'arrow', arrow: ' → ', profiles: 'https', eduDates: 'range', eduLocation: true,
    degree: (e) => `${e.studyType} ${e.area}`, projectUrls: true,
    headings: caps(TITLE_HEADINGS),
    order: ['summary', 'achievements', 'experience', 'earlier', 'education', 'skills', 'certs', 'projects', 'pubs', 'patents', 'talks', 'languages'],
    notes: 'Chromium (PT Serif), US Letter, single column, plain ATS style. Centred name typed in capitals with letter-spacing, italic label, contact line joined by " | " with full https:// profile URLs. Headings typed in capitals over a black rule. Employer row "Company — italic description … City", then the title row with dates on the right. YEARS ONLY: "2014–16", "2019–present". A promotion is ONE line "Senior Software Engineer → Staff Software Engineer" with one date range (key: one work item whose position is the whole printed line, highlights of both titles in print order). En-dash bullets, middle-dot sub-bullets. Earlier roles as "Title, Company (2008–10)".',
  },
  'tex-boxed': {
    engine: 'tex', tex: TEX.boxed,
    dates: { style: 'mon', sep: ' – ', present: 'present' }, ladder: 'lines', profiles: 'url', eduDates: 'range', showUrl: true,
    degree: (e) => `${e.studyType} in ${e.area}`, projectUrls: true,
    headings: { ...TITLE_HEADINGS, skills: 'Technical Skills' },
    order: ['summary', 'achievements', 'skills', 'experience', 'earlier', 'education', 'certs', 'projects', 'pubs', 'patents', 'talks', 'languages'],
    notes: 'pdfLaTeX, Source Sans Pro, A4, hand-written layout. Name and label in a left minipage, contact column right-aligned in a right minipage with fontawesome5 icons AFTER each item; the icons extract as stray characters ("#", "+", "ï", "§", U+0083) glued to the end of the contact lines, and pdftotext puts the contact column before the name. Section headings in full-width grey boxes. Skills before experience as a two-column table (bold category | comma list). Employer line "Company … City", italic company description, then dated titles in accent colour (promotions under one employer), ▶ bullets with – sub-bullets. Earlier roles "Title, Company … 2008 – 2010". Education "Institution … dates" / "Degree in Area — score". Publications numbered [1]. Footer "Name | Page N of M" on every page.',
  },
  'tex-serif': {
    engine: 'tex', tex: TEX.serif,
    dates: { style: 'month', sep: ' – ', present: 'Present' }, ladder: 'repeat', profiles: 'url', eduDates: 'range',
    degree: (e) => `${e.studyType}, ${e.area}`, projectUrls: true,
    headings: { ...TITLE_HEADINGS },
    order: ['summary', 'achievements', 'experience', 'earlier', 'education', 'skills', 'projects', 'talks', 'pubs', 'patents', 'certs', 'languages'],
    notes: 'XeLaTeX, PT Serif body and PT Sans headings, A4, justified with hyphenation. Centred header with the contact items joined by " · ". Sans headings followed by a thin rule on the same line. Title-first entries: bold title … full-month dates ("February 2016 – March 2019"), then "Company, City — italic description"; a promotion repeats the company under each title (one entry per title). • bullets and ∘ (math circle) sub-bullets. Earlier roles "Company — Title (2008 – 2010)". Skills in a two-column multicols block (group label over a comma list), so columns can interleave in extraction.',
  },
  'docx-plain': {
    engine: 'docx', docx: DOCX.plain,
    dates: { style: 'mon', sep: ' - ', present: 'Present' }, ladder: 'lines', profiles: 'url', eduDates: 'end', showUrl: true,
    degree: (e) => `${e.studyType}, ${e.area}`,
    headings: caps({ ...TITLE_HEADINGS, summary: 'Professional Summary', skills: 'Core Skills' }),
    order: ['summary', 'skills', 'achievements', 'experience', 'earlier', 'education', 'certs', 'projects', 'pubs', 'talks', 'patents', 'languages'],
    notes: 'Hand-written OOXML, US Letter, Arial 10, one column, no styles beyond Normal. Centred bold name, label and a " | " contact line (hyperlinked e-mail and URLs). Headings typed in capitals with a paragraph bottom border. Skills first as "Label: a, b" rows. TYPED bullets: "•" + tab with a hanging indent, "o" + tab for sub-bullets (no Word numbering). Employer paragraph "Company, City" (bold company), italic description, then "Title<TAB>Jan 2020 - Present" with a right tab stop; promotions as separately dated titles under one employer. Earlier roles "Title, Company, 2008 - 2010". Education shows the graduation year only. Publications typed "[1]".',
  },
  'docx-labelcol': {
    engine: 'docx', docx: DOCX.labelcol,
    dates: { style: 'month', sep: ' – ', present: 'Present' }, ladder: 'repeat', profiles: 'handle', eduDates: 'range',
    degree: (e) => `${e.area} (${e.studyType})`,
    headings: { ...TITLE_HEADINGS, summary: 'Profile', achievements: 'Highlights', experience: 'Experience' },
    order: ['summary', 'achievements', 'experience', 'earlier', 'skills', 'education', 'certs', 'projects', 'talks', 'pubs', 'patents', 'languages'],
    notes: 'Hand-written OOXML, A4, Calibri 10.5. Name, label and a " • " contact line with "LinkedIn: handle" / "GitHub: handle". Then a two-cell LAYOUT TABLE: one row per section, the heading right-aligned in a narrow left cell (2050 twips), content in the right cell, a light rule above each row; the Experience row spans pages. One entry per title: a promotion repeats the company ("Company<TAB>City", bold accent title<TAB>dates). En-dash numbering bullets (Word numbering) with middle-dot sub-bullets. Skills "Label — a, b". Degrees printed "Computer Science (MSc)". Earlier roles "Title — Company<TAB>2008 – 2010".',
  },
  'docx-styles': {
    engine: 'docx', docx: DOCX.styles,
    dates: { style: 'mm/yyyy', sep: ' – ', present: 'present' }, ladder: 'arrow', arrow: ' → ', profiles: 'word', eduDates: 'range',
    degree: (e) => `${e.studyType} in ${e.area}`,
    headings: { ...TITLE_HEADINGS, achievements: 'Achievements' },
    order: ['summary', 'achievements', 'experience', 'earlier', 'education', 'skills', 'certs', 'projects', 'talks', 'pubs', 'patents', 'languages'],
    notes: 'Hand-written OOXML using Word built-in styles: Title (name), Subtitle (label), Heading 1 (sections, bottom border), Heading 2 (employer + " | City", institutions), Heading 3 (title<TAB>dates), List Paragraph with numbering: Symbol U+F0B7 bullets and Courier "o" sub-bullets, "1." numbered achievements, "[1]" publications. Contact line: hyperlinked e-mail, phone, location and the WORDS "LinkedIn" and "GitHub" hyperlinked (no handle or URL printed, so no profiles in the key). A promotion is ONE Heading 3 line "Senior … → Staff …<TAB>dates" (key: one work item, position = printed line). Dates "03/2019 – present"; a quarter prints "Q3 2017".',
  },
  'docx-shaded-pdf': {
    engine: 'docx-pdf', docx: DOCX.shaded,
    dates: { style: 'mon', sep: ' – ', present: 'Now' }, ladder: 'lines', profiles: 'url', eduDates: 'range', showUrl: true,
    degree: (e) => `${e.studyType}, ${e.area}`, projectUrls: true,
    headings: caps({ ...TITLE_HEADINGS, summary: 'Profile', achievements: 'Key Achievements' }),
    order: ['summary', 'achievements', 'experience', 'earlier', 'skills', 'education', 'certs', 'projects', 'pubs', 'talks', 'patents', 'languages'],
    notes: 'Hand-written OOXML (Lato) converted to PDF by LibreOffice (soffice --convert-to pdf); only the PDF is delivered. Header is a borderless 2-cell table: name and label left, contact lines right-aligned (one per line). Headings typed in capitals, white on dark paragraph shading with letter-spacing. Employer "Company  |  City", italic description, accent title<TAB>dates ("Mar 2019 – Now"); promotions as separately dated titles under one employer. Word numbering bullets • and – . Skills as a one-row table, one column per group (label over one keyword per line). Earlier roles "Company | Title<TAB>2008 – 2010". Footer "Name — Page N of M" (fields).',
  },
};

// [design, persona, overrides]
export const CASES = [
  ['html-rightbar', 'henrik', {}],
  ['html-rightbar', 'adaeze', { accent: '#7a3e9d', headings: { summary: 'About', achievements: 'Highlights', experience: 'Work Experience', earlier: 'Early Career' } }],
  ['html-rightbar', 'meilin', { accent: '#0e7c66', showUrl: true, headings: { achievements: 'Key Results', experience: 'Professional Experience', projects: 'Open-Source Projects', pubs: 'Selected Publications' } }],
  ['html-cards', 'joaquin', { headings: { skills: 'Technical Skills' } }],
  ['html-cards', 'gideon', { accent: '#4a2a6e', accent2: '#ece6f4', headings: { achievements: 'Selected Achievements', experience: 'Career History', earlier: 'Earlier Career', pubs: 'Writing', talks: 'Speaking' } }],
  ['html-cards', 'ilse', { accent: '#8a2f1d', accent2: '#f7e6e1', headings: { achievements: 'Impact', earlier: 'Before That', talks: 'Talks & Community' } }],
  ['html-ats', 'adaeze', { headings: { achievements: 'KEY ACHIEVEMENTS', experience: 'PROFESSIONAL EXPERIENCE' } }],
  ['html-ats', 'joaquin', { headings: { summary: 'PROFILE', experience: 'EXPERIENCE', earlier: 'PRIOR EXPERIENCE', skills: 'TECHNICAL SKILLS', talks: 'CONFERENCE TALKS' } }],
  ['html-ats', 'gideon', { headings: { achievements: 'HIGHLIGHTS', experience: 'EMPLOYMENT HISTORY', earlier: 'EARLIER ROLES' } }],
  ['tex-boxed', 'henrik', { headings: { summary: 'Profile' } }],
  ['tex-boxed', 'meilin', { accent: '8C2D19', dates: { style: 'mon', sep: ' – ', present: 'Present' }, headings: { achievements: 'Highlights', skills: 'Skills' } }],
  ['tex-boxed', 'gideon', { accent: '2D4A1E', headings: { summary: 'About Me', achievements: 'Key Achievements', earlier: 'Earlier Career', certs: 'Certification', pubs: 'Writing' } }],
  ['tex-serif', 'ilse', { headings: { summary: null, achievements: 'Highlights' } }],
  ['tex-serif', 'joaquin', { accent: '7A1F3D', dates: { style: 'month', sep: ' to ', present: 'Present' }, headings: { experience: 'Professional Experience', earlier: 'Earlier Roles', skills: 'Technical Skills' } }],
  ['tex-serif', 'adaeze', { accent: '1F3F7A', headings: { summary: 'Profile', achievements: 'Leadership Highlights', skills: 'Skills & Tools' } }],
  ['docx-plain', 'gideon', {}],
  ['docx-plain', 'adaeze', { headings: { achievements: 'KEY ACCOMPLISHMENTS' } }],
  ['docx-plain', 'ilse', { dates: { style: 'mm/yyyy', sep: ' - ', present: 'Current' }, headings: { experience: 'WORK EXPERIENCE', talks: 'SPEAKING' } }],
  ['docx-labelcol', 'joaquin', { accent: '7B3F00' }],
  ['docx-labelcol', 'meilin', { accent: '1E5B4F', headings: { achievements: 'Key Results' } }],
  ['docx-labelcol', 'henrik', { dates: { style: 'year', sep: ' – ', present: 'present' }, headings: { summary: 'About', earlier: 'Earlier Roles' } }],
  ['docx-styles', 'ilse', {}],
  ['docx-styles', 'gideon', { dates: { style: 'mon', sep: '–', present: 'Present' }, headings: { summary: 'Profile', experience: 'Career History', pubs: 'Writing' } }],
  ['docx-styles', 'adaeze', { headings: { achievements: 'Highlights', experience: 'Work History' } }],
  ['docx-shaded-pdf', 'henrik', {}],
  ['docx-shaded-pdf', 'ilse', { accent: '3D2C5C', headings: { achievements: 'HIGHLIGHTS' } }],
  ['docx-shaded-pdf', 'meilin', { accent: '114B5F', headings: { experience: 'PROFESSIONAL EXPERIENCE', projects: 'OPEN-SOURCE WORK' } }],
].map(([design, persona, o]) => {
  const base = DESIGNS[design];
  const D = { ...base, ...o, headings: { ...base.headings, ...(o.headings ?? {}) } };
  return { id: `${design}-${persona}`, design, persona, D };
});
