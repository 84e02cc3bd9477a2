#!/usr/bin/env node
// Generates the `executives` held-out batch: 28 synthetic executive resumes (19 PDF, 9 DOCX) with answer keys.
//   node scripts/heldout/executives/gen.mjs /work/heldout/executives [case-substring]
// Renders one case at a time (Chromium, LibreOffice and pdfLaTeX each with timeout 120 and private profiles).
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { BATCH, chromiumPdf, makePlan, pageCount, pdflatex, sofficePdf, writeJson } from './lib.mjs';
import { htmlBoardbio, htmlSmallcaps, htmlTimeline } from './designs-html.mjs';
import { docxHeader, docxNavy } from './docx.mjs';
import { fodtShaded, texExec } from './designs-other.mjs';

const [outRoot = `/work/heldout/${BATCH}`, only] = process.argv.slice(2);

const DESIGNS = {
  'docx-navy': {
    kind: 'docx', render: docxNavy, columns: 1,
    base: { dateStyle: 'mon', sep: ' – ', present: 'Present', profiles: 'bare',
      order: ['summary', 'competencies', 'highlights', 'experience', 'earlier', 'education', 'execEd', 'board', 'affiliations'] },
    notes: 'Hand-written OOXML (Calibri, US Letter). Navy banner = a one-cell table shaded 1F3864 holding the white name, the label in caps and a " | " contact line with hyperlinked e-mail/LinkedIn. Section headings in caps with a navy bottom border. Competencies in a borderless two-column table of bulleted cells (column-major). Employer row "Name<TAB>City", italic employer description, then each title with its own right-tabbed dates "Mar 2020 – Present" (several titles under one employer). Earlier roles on one line with year ranges. Header "Name<TAB>Page N" from page 2 (w:titlePg).',
  },
  'html-smallcaps': {
    kind: 'html', render: htmlSmallcaps, columns: 1,
    base: { dateStyle: 'month', sep: ' – ', present: 'Present', profiles: 'https',
      order: ['summary', 'highlights', 'competencies', 'experience', 'earlier', 'education', 'board', 'speaking', 'affiliations'] },
    notes: 'Chromium HTML (EB Garamond, US Letter). Centred small-caps name, italic label, contact line with ◆ separators and a full https:// LinkedIn URL. Section headings in small caps (font-variant) followed by a rule. Achievements before the experience; competencies as a 3-column grid with ▪ markers. Employer line bold with the city right-aligned, italic description, then italic titles with right-aligned old-style-figure dates in full month names ("March 2020 – Present"); – bullets. Executive education listed inside Education. Page header "Name — Page N" from page 2 (@page margin box).',
  },
  'lo-shaded': {
    kind: 'fodt', render: fodtShaded, columns: 1,
    base: { dateStyle: 'mmyyyy', sep: ' - ', present: 'Current', profiles: 'bare',
      order: ['summary', 'competencies', 'highlights', 'experience', 'earlier', 'education', 'execEd', 'board', 'affiliations'] },
    notes: 'Flat ODT written by hand, converted to PDF by LibreOffice (Carlito body, Cabin headings, A4). Headings uppercased by fo:text-transform; "Career Highlights" is a shaded one-cell table with a coloured left border and ✓ list bullets; competencies in a borderless 3-column table with ▪ prefixes; employer and title rows with right tab stops; dates "03/2020 - Current"; ► list bullets; institution | degree rows. Running header "Name — Page N" from page 2 (first page uses another master page).',
  },
  'tex-exec': {
    kind: 'tex', render: texExec, columns: 1,
    base: { dateStyle: 'year', sep: ' – ', present: 'Present', profiles: 'bare',
      order: ['summary', 'competencies', 'highlights', 'experience', 'earlier', 'education', 'execEd', 'board', 'speaking'] },
    notes: 'pdfLaTeX (TeX Gyre Pagella, A4). Name and label left, contact block right-aligned in a minipage (reading order interleaves). Coloured headings over a rule; competencies in a 3-column tabularx with bullets; ▶ achievements; employer bold with city flush right, italic description, coloured bold titles with YEAR-ONLY ranges "2020 – Present"; fancyhdr header "Name … Page N of M" from page 2; hyphenation off.',
  },
  'docx-header': {
    kind: 'docx', render: docxHeader, columns: 1,
    base: { dateStyle: 'mon', sep: ' to ', present: 'Present', profiles: 'https', promoted: true,
      order: ['summary', 'highlights', 'competencies', 'experience', 'earlier', 'education', 'execEd', 'board', 'speaking', 'affiliations'] },
    notes: 'Hand-written OOXML (Cambria, A4). The name (small caps), label and contact line live ONLY in the page header part (word/header-default.xml), repeated on every page with "Page N". Body headings are Heading 1 paragraphs in small caps. Numbered "1." achievements; competencies as 3 tab-separated columns per line; employer "Name, City" then italic description; later titles at one employer print "Promoted to <Title>" (key position = the title) with "Mar 2020 to Present" right-tabbed; Wingdings § square bullets.',
  },
  'html-timeline': {
    kind: 'html', render: htmlTimeline, columns: 1,
    base: { dateStyle: 'mon', sep: ' – ', present: 'Present', yearSep: ' – ', profiles: 'bare',
      order: ['summary', 'competencies', 'highlights', 'experience', 'earlier', 'education', 'board', 'affiliations', 'speaking'] },
    notes: 'Chromium HTML (Lato, A4). Full-bleed coloured header band with name, spaced uppercase label and an icon contact row (inline SVG icons, bare linkedin.com handle). Competencies as outlined tags; ✔ achievements. Experience is a LEFT TIMELINE: a narrow left column with the employer year span ("2016 – Present") and city, a vertical line with dots, then the employer, italic description and nested roles each with its own "Mar 2020 – Present" line under the title. Executive education inside Education. Page header "Name" / "Page N of M" from page 2.',
  },
  'html-boardbio': {
    kind: 'html', render: htmlBoardbio, columns: 2,
    base: { dateStyle: 'year', sep: '–', yearSep: '–', present: 'present', profiles: 'none', boardBio: true, noScore: true,
      order: ['summary', 'experience', 'highlights', 'education', 'board', 'competencies', 'affiliations'], left: ['experience', 'highlights', 'education'] },
    notes: 'Chromium HTML (Linux Libertine/Biolinum, US Letter), ONE page board biography. Name and uppercase label left, contact block right with the hyperlinked WORD "LinkedIn" (no handle printed, so no profiles). Full-width prose biography, then two columns: left "career" list of title (bold) / employer (italic) / years right ("2020–present", no bullets, no descriptions, no cities) then selected achievements and education; right column with board roles, expertise as a · separated run, affiliations.',
  },
};

const HEAD = {
  a: { summary: 'Executive Summary', competencies: 'Core Competencies', highlights: 'Career Highlights', experience: 'Professional Experience', earlier: 'Earlier Career', board: 'Board & Advisory Roles', affiliations: 'Professional Affiliations' },
  b: { summary: 'Executive Profile', competencies: 'Areas of Expertise', highlights: 'Selected Achievements', experience: 'Executive Experience', earlier: 'Prior Experience', board: 'Board Service', affiliations: 'Memberships & Credentials' },
  c: { summary: 'Leadership Profile', competencies: 'Core Competencies', highlights: 'Key Accomplishments', experience: 'Leadership Experience', earlier: 'Additional Experience', education: 'Education & Credentials', board: 'Board & Advisory Roles', speaking: 'Speaking Engagements', affiliations: 'Professional Affiliations' },
  d: { summary: 'Summary', competencies: 'Areas of Expertise', highlights: 'Career Highlights', experience: 'Career History', earlier: 'Earlier Roles', education: 'Education', execEd: 'Executive Education', board: 'Boards & Advisory', speaking: 'Speaking & Media', affiliations: 'Affiliations' },
  e: { summary: 'Profile', competencies: 'Expertise', highlights: 'Selected Achievements', experience: 'Experience', earlier: 'Earlier Career', education: 'Education', board: 'Board & Advisory Roles', speaking: 'Speaking', affiliations: 'Professional Memberships' },
  bio1: { summary: 'Biography', highlights: 'Selected Achievements', experience: 'Executive Career', education: 'Education', board: 'Current Board Roles', competencies: 'Board-Relevant Expertise', affiliations: 'Affiliations' },
  bio2: { summary: 'Profile', highlights: 'Career Highlights', experience: 'Career', education: 'Education', board: 'Board Service', competencies: 'Expertise', affiliations: 'Professional Affiliations' },
};

// [design, persona, heading set, extra options]
const CASES = [
  ['docx-navy', 'cordelia', 'a', {}],
  ['docx-navy', 'anders', 'b', { accent: '17375E' }],
  ['docx-navy', 'thandiwe', 'c', { accent: '203864' }],
  ['docx-navy', 'esperanza', 'd', { accent: '1F3864' }],
  ['docx-navy', 'augustin', 'e', { accent: '0B2A4A' }],
  ['html-smallcaps', 'cordelia', 'b', {}],
  ['html-smallcaps', 'thandiwe', 'a', {}],
  ['html-smallcaps', 'lucian', 'c', { profiles: 'bare' }],
  ['html-smallcaps', 'augustin', 'd', {}],
  ['lo-shaded', 'cordelia', 'c', { accent: '#2f4858' }],
  ['lo-shaded', 'thandiwe', 'd', { accent: '#1b5e5a' }],
  ['lo-shaded', 'esperanza', 'a', { accent: '#5b2c6f' }],
  ['lo-shaded', 'augustin', 'b', { accent: '#34495e' }],
  ['tex-exec', 'anders', 'a', { accent: '#1f4e79' }],
  ['tex-exec', 'lucian', 'b', { accent: '#7a2e2e' }],
  ['tex-exec', 'esperanza', 'e', { accent: '#6b3fa0' }],
  ['tex-exec', 'augustin', 'c', { accent: '#2e5e3e' }],
  ['docx-header', 'cordelia', 'd', {}],
  ['docx-header', 'anders', 'c', { accent: '1F4E79' }],
  ['docx-header', 'lucian', 'a', { accent: '7B2C2C' }],
  ['docx-header', 'augustin', 'b', { accent: '385723' }],
  ['html-timeline', 'anders', 'd', { accent: '#124e66' }],
  ['html-timeline', 'thandiwe', 'e', { accent: '#0f5c63' }],
  ['html-timeline', 'lucian', 'b', { accent: '#243b55' }],
  ['html-timeline', 'esperanza', 'c', { accent: '#6d2e5b' }],
  ['html-boardbio', 'cordelia', 'bio1', {}],
  ['html-boardbio', 'thandiwe', 'bio2', { accent: '#1e4d5c' }],
  ['html-boardbio', 'esperanza', 'bio1', { accent: '#5a2a4a' }],
];

fs.mkdirSync(outRoot, { recursive: true });
const tmpRoot = fs.mkdtempSync(`/tmp/${BATCH}-gen-`);
let n = 0;
for (const [design, pid, hs, extra] of CASES) {
  const id = `${design}-${pid}`;
  if (only && !id.includes(only)) continue;
  const D = DESIGNS[design];
  const persona = PERSONAS[pid];
  const opts = { ...D.base, ...extra, headings: HEAD[hs] };
  // drop headings the persona has nothing for (e.g. no speaking entries)
  opts.order = opts.order.filter((k) => !['board', 'speaking', 'affiliations'].includes(k) || persona[k]?.length);
  const plan = makePlan(persona, opts);
  const dir = path.join(outRoot, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(tmpRoot, id);
  fs.mkdirSync(tmp, { recursive: true });
  let file, pdfForCount, produced;
  if (D.kind === 'html') {
    const html = path.join(tmp, 'resume.html');
    fs.writeFileSync(html, D.render(plan));
    file = path.join(dir, 'resume.pdf');
    chromiumPdf(html, file);
    pdfForCount = file;
    produced = 'Chromium headless --print-to-pdf (--no-pdf-header-footer) from a hand-written HTML page';
  } else if (D.kind === 'tex') {
    const tex = path.join(tmp, 'resume.tex');
    fs.writeFileSync(tex, D.render(plan));
    const pdf = pdflatex(tex);
    file = path.join(dir, 'resume.pdf');
    fs.copyFileSync(pdf, file);
    pdfForCount = file;
    produced = 'pdfLaTeX (run twice for LastPage) from a hand-written .tex file';
  } else if (D.kind === 'fodt') {
    const fodt = path.join(tmp, 'resume.fodt');
    fs.writeFileSync(fodt, D.render(plan));
    file = path.join(dir, 'resume.pdf');
    fs.copyFileSync(sofficePdf(fodt, tmp), file);
    pdfForCount = file;
    produced = 'LibreOffice (soffice --convert-to pdf) from a hand-written flat ODT (.fodt) document';
  } else {
    file = path.join(dir, 'resume.docx');
    fs.writeFileSync(file, D.render(plan));
    pdfForCount = sofficePdf(file, tmp);
    produced = 'hand-written WordprocessingML zipped with fflate (no word processor wrote it; LibreOffice only renders it for the page count and the text check)';
  }
  const pages = pageCount(pdfForCount);
  const key = { ...plan.key, layout: { columns: D.columns, notes: `${D.notes} ${pages} page(s).` } };
  writeJson(path.join(dir, 'expected.json'), key);
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic resume (MIT licence) of an invented executive, ${persona.name} (${persona.label}, ${persona.location}), generated by \`scripts/heldout/${BATCH}/gen.mjs\` for the \`${BATCH}\` held-out batch: \`${path.basename(file)}\` was produced by ${produced}; ${pages} page(s). Design \`${design}\`, written from scratch for this batch: ${D.notes} The persona (\`personas.mjs\`) is invented: e-mail at example.com/example.org, phone in a fictional range, made-up handles, board seats and figures; well-known companies and universities appear only as employer and school names. \`expected.json\` is built by \`lib.mjs\` (makePlan) from the same strings the renderer prints: each title is its own \`work\` item (several items with the same employer name), the italic employer line is \`work[].description\` (not a highlight), achievements printed before the experience are an \`otherSections\` entry (not work highlights), executive-education programmes are \`education\` items with the programme as \`area\`, and \`skills\` are the printed competency keywords. Every key string was checked against the text layer by \`check.mjs\`.
`);
  console.log(`${id}: ${path.basename(file)}, ${pages} page(s)`);
  n++;
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`${n} cases written to ${outRoot}`);
