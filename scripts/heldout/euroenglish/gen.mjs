#!/usr/bin/env node
// Builds the euroenglish held-out batch: English CVs of continental-European candidates in eight hand-made designs.
//   node scripts/heldout/euroenglish/gen.mjs /work/heldout/euroenglish [id-substring]
// Each case folder gets resume.pdf or resume.docx, expected.json (recorded while printing) and SOURCE.md.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { Key, photoPng, chromePdf, sofficePdf, latexPdf, tmpDir } from './lib.mjs';
import { europass, twoCol, timeline } from './html.mjs';
import { gutter, banner } from './tex.mjs';
import { grid, classic, sidebar } from './word.mjs';

const HEADS = {
  twoCol: [
    { contact: 'Contact', personal: 'Personal Data', skills: 'Skills', lang: 'Languages', soft: 'Soft Skills', hobbies: 'Hobbies', profile: 'Profile', work: 'Professional Experience', edu: 'Education', certs: 'Certifications' },
    { contact: 'Get in touch', personal: 'Personal Details', skills: 'Tech Stack', lang: 'Languages', soft: 'Strengths', hobbies: 'Interests', profile: 'About Me', work: 'Work Experience', edu: 'Education & Training', certs: 'Certificates' },
    { contact: 'Contact', personal: 'Personal Information', skills: 'IT Skills', lang: 'Language Skills', soft: 'Soft Skills', hobbies: 'Hobbies & Interests', profile: 'Summary', work: 'Career', edu: 'Academic Background', certs: 'Certifications' },
  ],
  timeline: [
    { profile: 'Profile', work: 'Professional Experience', edu: 'Education', skills: 'Skills & Languages', it: 'IT skills', hobbies: 'Hobbies' },
    { profile: 'Personal Profile', work: 'Work History', edu: 'Education and Qualifications', skills: 'Qualifications', it: 'IT skills', hobbies: 'Interests' },
    { profile: 'Short Profile', work: 'Experience', edu: 'Studies', skills: 'Skills', it: 'Technical skills', hobbies: 'Leisure Activities' },
  ],
  gutter: [
    { personal: 'Personal Data', work: 'Work Experience', edu: 'Education', skills: 'Computer Skills', lang: 'Languages', certs: 'Certificates', hobbies: 'Interests' },
    { personal: 'Personal Information', work: 'Professional Experience', edu: 'Academic Education', skills: 'IT Skills', lang: 'Language Skills', certs: 'Certifications', hobbies: 'Hobbies' },
    { personal: 'Personal Details', work: 'Employment History', edu: 'Education', skills: 'Technical Skills', lang: 'Languages', certs: 'Further Training', hobbies: 'Extracurricular Interests' },
  ],
  banner: [
    { profile: 'PROFILE', work: 'EXPERIENCE', edu: 'EDUCATION', skills: 'SKILLS', lang: 'LANGUAGES', certs: 'CERTIFICATIONS', hobbies: 'HOBBIES' },
    { profile: 'About', work: 'Professional Experience', edu: 'Education', skills: 'IT & Soft Skills', lang: 'Languages', certs: 'Certificates', hobbies: 'Outside Work' },
    { profile: 'Summary', work: 'Work Experience', edu: 'Education', skills: 'Competences', lang: 'Language Skills', certs: 'Courses & Certificates', hobbies: 'Hobbies' },
  ],
  grid: [
    { personal: 'Personal Data', work: 'Professional Experience', edu: 'Education', skills: 'Skills' },
    { personal: 'PERSONAL DETAILS', work: 'WORK EXPERIENCE', edu: 'EDUCATION AND TRAINING', skills: 'KNOWLEDGE AND SKILLS' },
  ],
  classic: [
    { personal: 'Personal Data', profile: 'Profile', work: 'Professional Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications', hobbies: 'Hobbies' },
    { personal: 'Personal details', profile: 'Summary', work: 'Work Experience', edu: 'Education', skills: 'Skills & Competences', certs: 'Training & Certificates', hobbies: 'Interests' },
  ],
  sidebar: [
    { contact: 'Contact', personal: 'Personal Details', lang: 'Languages', skills: 'IT Skills', soft: 'Soft Skills', hobbies: 'Hobbies', profile: 'Profile', work: 'Work Experience', edu: 'Education', certs: 'Certificates' },
    { contact: 'Contact', personal: 'Personal Data', lang: 'Language Skills', skills: 'Technical Skills', soft: 'Strengths', hobbies: 'Interests', profile: 'Career Summary', work: 'Professional Experience', edu: 'Academic Background', certs: 'Certifications' },
  ],
};

export const DESIGNS = {
  europass: { fn: europass, engine: 'html', columns: 1, notes: 'Europass-2013-like CV printed by Chromium: "europass" wordmark and "Curriculum Vitae"; a 5.6 cm right-aligned label column (blue upper-case section labels, dates, "Mother tongue(s)" etc.) beside the content; photo under PERSONAL INFORMATION; address / phone / e-mail rows with ⌂ ✆ ✉ symbols and "LinkedIn linkedin.com/..." rows; "Date of birth … | Nationality …" line; JOB APPLIED FOR; entries "Position – Internship (6 months)" / "Employer, City (Country)" / square bullets; degrees with an "EQF level 7" tag, "Thesis:" and "Grade:" lines; CEFR self-assessment grid (Listening / Reading / Spoken interaction / Spoken production / Writing) with the levels legend; Communication skills, Digital skills ("Group: a, b"), Driving licence; ADDITIONAL INFORMATION (Certifications, Hobbies).' },
  twoCol: { fn: twoCol, engine: 'html', columns: 2, notes: 'Modern two-column CV printed by Chromium (Lato): a full-height coloured sidebar (left, or right when stated) with a round photo, Contact with ✉ ☎ ⌂ symbols and text badges ("in") before the profile URLs, the postal address on three lines, Personal data as small-caps labels over values, skills as outlined tags, languages with a CEFR word and a level bar, soft skills, hobbies joined by " · "; main column with a large light name, upper-case label, justified profile, entries "Position" + right-aligned dates, "Company | City" and bullets; degrees with a quoted thesis title and "Grade:" line. Sections: sidebar first, then the main column.' },
  timeline: { fn: timeline, engine: 'html', columns: 1, notes: 'Single-column CV printed by Chromium (DejaVu Sans) with a vertical timeline: header with name, label, "street, postcode city | phone | e-mail" and a profiles line, a "Label: value · Label: value" personal-details line, and a rectangular photo at the right; small-caps headings with a left accent bar; each entry a 3.3 cm gutter with the dates and the city (italic, grey) on the left, a dot on a vertical line, then position, company (· Internship (6 months)) and "– " bullets; skills as a borderless table ("IT skills" with underlined group names, "Soft skills", "Languages" as "German – native, English – C1", "Certificates"); hobbies; place/date sign-off with a signature line and the name.' },
  gutter: { fn: gutter, engine: 'pdflatex', columns: 1, notes: 'Hand-made pdfLaTeX CV in the spirit of moderncv "classic" (no moderncv class): Latin Modern Sans; first name in colour and surname in black at 30 pt, italic grey label; right-aligned address block with marvosym phone/letter symbols (odd glyphs in the text layer) and bold network names before the profile URLs; a framed photo; each section title preceded by a coloured bar in the 20% left gutter; every row is a gutter cell (dates, or labels such as "Date of birth", "Programming", "English") beside a content cell; entries "**Position**, *Company*, City" with the internship length flush right, bullets; degrees "Degree in Area, Institution, City, Grade: x" with the thesis below; languages one row each; sign-off "City, date" with a signature rule and the name.' },
  banner: { fn: banner, engine: 'xelatex', columns: 1, notes: 'Hand-made XeLaTeX CV (Lato, fontawesome5): a full-width coloured TikZ band on page 1 holding the name, label, an icon contact line (Font Awesome envelope / phone / map marker, private-use glyphs) and an icon profile line, with an optional photo on the right; a "Personal data: Label: value · …" line under the band; headings bold in colour over a short thick rule; entries "**Company** | City" with right-aligned dates, italic position with "(Internship (6 months))", caret bullets (Font Awesome); education "**Institution** | City  dates" / "Degree · Grade: x" / "Thesis: …"; skills as a label | list table including "Soft skills"; languages on one line "German (native) · English (C1)".' },
  grid: { fn: grid, engine: 'docx', columns: 1, notes: 'Word CV (Arial 9.5) built from tables: a header table with name, label, "Address: / Phone: / E-mail: / LinkedIn:" rows (hyperlinked) and the photo as an inline picture at the right; then one grey-ruled table per section whose first row is a merged coloured title cell (the section heading in white); experience columns Period | Place | "Position and employer" (a shaded column-header row), position in bold with " – Internship (6 months)", employer in colour and "–" list bullets; education rows with thesis and "Grade:"; personal data and skills as label | value rows (groups, Soft skills, Languages "German – native, …", Certificates, Hobbies); "City, date" sign-off, a signature rule and the name.' },
  classic: { fn: classic, engine: 'docx', columns: 1, notes: 'Word CV without tables (Cambria 10.5): centred coloured name, italic label, a centred "street, postcode city | phone | e-mail" line and a profile line (hyperlinked URLs), then a centred "Personal Data: Date of birth: … | Nationality: …" line; headings typed in mixed case but shown in capitals by the w:caps run property, with a coloured bottom border; entries "**Position** (Internship (6 months))" + right-tab dates, then "*Company, City*" and ▪ list bullets; degrees with "Thesis:" and "Grade:" lines; Skills as a bold "IT skills:" line followed by indented "*Group:* a, b" lines, "Soft skills:" and "Languages:" lines; sign-off "City, date" above a signature rule; footer "Name – Curriculum Vitae".' },
  sidebar: { fn: sidebar, engine: 'docx', columns: 2, notes: 'Word CV laid out as one two-cell table (Carlito 10): a shaded left cell with the photo (inline picture), Contact lines with ✉ ✆ ⌂ symbols and network name over each hyperlinked URL, personal data as grey label over value, languages "Language<tab>level", skill groups joined by " • ", soft skills as Symbol bullets and hobbies; the right cell holds the name, label, Profile, then entries as a grey "dates  |  city" line, bold position (· Internship (6 months)), company in colour and bullets; degrees with Thesis / Grade lines. Sections: left cell first, then the right cell.' },
};

// id, design, persona, output ('pdf' | 'docx' | 'docx-pdf'), options
export const CASES = [
  ['europass-florian', 'europass', 'florian', 'pdf', { dates: 'slash' }],
  ['gutter-florian', 'gutter', 'florian', 'pdf', { dates: 'since', heads: 0 }],
  ['grid-florian', 'grid', 'florian', 'docx', { dates: 'dot', heads: 0 }],
  ['grid-florian-pdf', 'grid', 'florian', 'docx-pdf', { dates: 'dotsince', heads: 1, accent: '44546A' }],
  ['twocol-margaux', 'twoCol', 'margaux', 'pdf', { dates: 'abbr', heads: 0, accent: '#6b3e5c' }],
  ['banner-margaux', 'banner', 'margaux', 'pdf', { dates: 'short', heads: 0, photo: false, accent: '5B2A86' }],
  ['classic-margaux', 'classic', 'margaux', 'docx', { dates: 'long', heads: 0, summary: true }],
  ['grid-margaux', 'grid', 'margaux', 'docx', { dates: 'slash', heads: 1, accent: '7A3B2E' }],
  ['twocol-sanne', 'twoCol', 'sanne', 'pdf', { dates: 'year', heads: 1, side: 'right', accent: '#24506b' }],
  ['timeline-sanne', 'timeline', 'sanne', 'pdf', { dates: 'abbr', heads: 0, accent: '#1d6a5a' }],
  ['sidebar-sanne', 'sidebar', 'sanne', 'docx', { dates: 'since', heads: 0 }],
  ['banner-sanne', 'banner', 'sanne', 'pdf', { dates: 'slash', heads: 1, photo: true, accent: 'C0392B' }],
  ['gutter-przemek', 'gutter', 'przemek', 'pdf', { dates: 'year', heads: 1, accent: 'B03A2E' }],
  ['classic-przemek', 'classic', 'przemek', 'docx', { dates: 'abbr', heads: 1, summary: true }],
  ['classic-przemek-pdf', 'classic', 'przemek', 'docx-pdf', { dates: 'dot', heads: 0, summary: false, font: 'Liberation Serif', accent: '1F3864' }],
  ['timeline-przemek', 'timeline', 'przemek', 'pdf', { dates: 'since', heads: 1 }],
  ['europass-chiara', 'europass', 'chiara', 'pdf', { dates: 'dot', jobHead: 'POSITION' }],
  ['sidebar-chiara', 'sidebar', 'chiara', 'docx', { dates: 'abbr', heads: 1, accent: '0B6E4F' }],
  ['sidebar-chiara-pdf', 'sidebar', 'chiara', 'docx-pdf', { dates: 'yearsp', heads: 0, accent: '0B6E4F' }],
  ['gutter-chiara', 'gutter', 'chiara', 'pdf', { dates: 'slash', heads: 2, accent: '2E7D32' }],
  ['banner-tereza', 'banner', 'tereza', 'pdf', { dates: 'since', heads: 2, photo: true }],
  ['grid-tereza', 'grid', 'tereza', 'docx', { dates: 'long', heads: 0, accent: '2F4F4F' }],
  ['twocol-tereza', 'twoCol', 'tereza', 'pdf', { dates: 'dotsince', heads: 2, accent: '#33415c' }],
  ['timeline-tereza', 'timeline', 'tereza', 'pdf', { dates: 'dot', heads: 2, accent: '#5a3d8a' }],
  ['classic-mireia', 'classic', 'mireia', 'docx', { dates: 'slash', heads: 0, summary: true, accent: 'A23B3B' }],
  ['europass-mireia', 'europass', 'mireia', 'pdf', { dates: 'abbr', jobHead: 'PREFERRED JOB' }],
  ['twocol-mireia', 'twoCol', 'mireia', 'pdf', { dates: 'short', heads: 0, accent: '#8c2f39' }],
  ['sidebar-mireia', 'sidebar', 'mireia', 'docx', { dates: 'dot', heads: 1, accent: '7A1F3D' }],
];

const DATE_DESC = { slash: '"10/2019 – today"', since: '"since 03/2021" for open ranges, "03/2018 – 02/2021" otherwise', dot: '"01.2015 - 12.2018", "… - present"',
  dotsince: '"Since 03.2021" / "01.2015 – 12.2018"', abbr: '"Sept. 2016 – Aug. 2019", "… – Present"', long: '"October 2019 – present"', short: '"Oct 2019 – now"',
  year: 'years only, "2017–2019", "2021–today"', yearsp: 'years only, "2017 - 2019", "2021 - ongoing"' };

function main() {
  const [root, only] = process.argv.slice(2);
  if (!root) { console.error('usage: gen.mjs OUTDIR [id-substring]'); process.exit(2); }
  const png = photoPng();
  let n = 0;
  for (const [id, dname, pid, out, opts] of CASES) {
    if (only && !id.includes(only)) continue;
    const D = DESIGNS[dname], p = PERSONAS[pid];
    const o = { ...opts, heads: HEADS[dname]?.[opts.heads ?? 0] };
    const k = new Key();
    const dir = path.join(root, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let doc;
    if (D.engine === 'html') {
      if (!chromePdf(D.fn(p, k, o, png), path.join(dir, 'resume.pdf'))) throw new Error(`chromium failed: ${id}`);
      doc = 'resume.pdf, HTML printed by headless Chromium';
    } else if (D.engine === 'pdflatex' || D.engine === 'xelatex') {
      fs.copyFileSync(latexPdf(D.fn(p, k, o), D.engine, id), path.join(dir, 'resume.pdf'));
      doc = `resume.pdf, compiled with ${D.engine === 'xelatex' ? 'XeLaTeX' : 'pdfLaTeX'}`;
    } else if (out === 'docx') {
      fs.writeFileSync(path.join(dir, 'resume.docx'), D.fn(p, k, o));
      doc = 'resume.docx, OOXML written by hand';
    } else {
      const tmp = path.join(tmpDir(), `${id}.docx`);
      fs.writeFileSync(tmp, D.fn(p, k, o));
      const pdf = sofficePdf(tmp, tmpDir());
      if (!pdf) throw new Error(`soffice failed: ${id}`);
      fs.renameSync(pdf, path.join(dir, 'resume.pdf'));
      doc = 'resume.pdf, OOXML written by hand and converted to PDF by LibreOffice';
    }
    const notes = `${D.notes} Dates: ${DATE_DESC[opts.dates]}.${opts.side === 'right' ? ' Sidebar on the RIGHT: the main column is the left one, so its sections are listed first, then the sidebar sections.' : ''}`;
    const key = k.json({ columns: D.columns, notes });
    if (opts.side === 'right') key.sections = reorderRight(key.sections, o.heads);
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}\n\nSynthetic held-out case generated by \`scripts/heldout/euroenglish/gen.mjs\` (design \`${dname}\`, persona \`${pid}\` in \`personas.mjs\`, options ${JSON.stringify(opts)}); document: ${doc}. ` +
      `It imitates an English CV written by a continental-European candidate: ${D.notes} Dates printed as ${DATE_DESC[opts.dates]}. ` +
      `Persona: ${p.name}, ${p.label}, ${p.city} (${p.country}); invented person (e-mail at example.com/example.org, made-up phone, address and handles); companies and universities appear only as names. ` +
      'The answer key was recorded by the generator at the moment each field was printed (only printed fields; dates at the printed granularity, "today" / "present" / "now" / "ongoing" / "since X" → present; skills as flat keywords without group labels, soft skills included; languages, personal data, certificates and hobbies in otherSections; photo, thesis lines, EQF tags, signature and place/date lines are not fields). ' +
      'Licence: synthetic, MIT. Never used for tuning or tests.\n');
    n++;
    console.log(`${id}: ok`);
  }
  console.log(`${n} cases written to ${root}`);
}

// twoCol with the sidebar on the right: the main column is the left one, so its sections come first
function reorderRight(sections, H) {
  const sideKeys = ['contact', 'personal', 'skills', 'lang', 'soft', 'hobbies'].map((x) => H[x]);
  return [...sections.filter((s) => !sideKeys.includes(s)), ...sections.filter((s) => sideKeys.includes(s))];
}

main();
