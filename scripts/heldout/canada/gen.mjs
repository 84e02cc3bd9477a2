#!/usr/bin/env node
// Generates the canada held-out batch: node scripts/heldout/canada/gen.mjs /work/heldout/canada [case-substring]
// One folder per case with resume.pdf or resume.docx, expected.json and SOURCE.md. Renderers run one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { Key, chromiumPdf, sofficePdf, latexPdf, pdfPages } from './lib.mjs';
import { waterloo, cegep } from './designs-tex.mjs';
import { accent, timeline } from './designs-html.mjs';
import { newcomer, gccv, hdrftr } from './designs-docx.mjs';
import { redseal } from './designs-lo.mjs';

const DESIGNS = { waterloo, cegep, accent, timeline, newcomer, gccv, hdrftr, redseal };
const ENGINE = {
  waterloo: 'LaTeX (pdflatex)', cegep: 'XeLaTeX', accent: 'HTML/CSS printed by headless Chromium', timeline: 'HTML/CSS printed by headless Chromium',
  newcomer: 'hand-written OOXML (DOCX)', gccv: 'hand-written OOXML (DOCX)', hdrftr: 'hand-written OOXML (DOCX)', redseal: 'flat ODT exported to PDF by LibreOffice Writer',
};

// pdf: true on a DOCX design = the DOCX converted to PDF by LibreOffice (the case ships resume.pdf only)
export const CASES = [
  { id: 'waterloo-rowan', design: 'waterloo', persona: 'rowan', opts: { volunteer: false } },
  { id: 'waterloo-maude', design: 'waterloo', persona: 'maude', opts: { max: 2, quals: 3 } },
  { id: 'waterloo-olivier', design: 'waterloo', persona: 'olivier' },
  { id: 'accent-maude', design: 'accent', persona: 'maude' },
  { id: 'accent-olivier', design: 'accent', persona: 'olivier', opts: { color: '#8a2d3b' } },
  { id: 'accent-rowan', design: 'accent', persona: 'rowan', opts: { color: '#2f5d50' } },
  { id: 'gccv-rowan', design: 'gccv', persona: 'rowan' },
  { id: 'gccv-maude', design: 'gccv', persona: 'maude' },
  { id: 'gccv-temitope-pdf', design: 'gccv', persona: 'temitope', pdf: true },
  { id: 'timeline-rowan', design: 'timeline', persona: 'rowan' },
  { id: 'timeline-maude', design: 'timeline', persona: 'maude', opts: { color: '#5b3f8c' } },
  { id: 'timeline-nikhil', design: 'timeline', persona: 'nikhil', opts: { color: '#b4540a' } },
  { id: 'timeline-temitope', design: 'timeline', persona: 'temitope', opts: { color: '#0f6a4a' } },
  { id: 'hdrftr-rowan', design: 'hdrftr', persona: 'rowan' },
  { id: 'hdrftr-maude', design: 'hdrftr', persona: 'maude', opts: { color: '6B2E5F' } },
  { id: 'hdrftr-nikhil', design: 'hdrftr', persona: 'nikhil', opts: { color: '1D5C8C' } },
  { id: 'hdrftr-brody', design: 'hdrftr', persona: 'brody', opts: { color: '8C3B1D' } },
  { id: 'newcomer-nikhil', design: 'newcomer', persona: 'nikhil' },
  { id: 'newcomer-nikhil-pdf', design: 'newcomer', persona: 'nikhil', pdf: true, opts: { style: 'MM/YYYY', present: 'Current' } },
  { id: 'newcomer-temitope', design: 'newcomer', persona: 'temitope' },
  { id: 'newcomer-temitope-pdf', design: 'newcomer', persona: 'temitope', pdf: true, opts: { style: 'MMMM YYYY' } },
  { id: 'newcomer-brody', design: 'newcomer', persona: 'brody' },
  { id: 'redseal-brody', design: 'redseal', persona: 'brody', opts: { references: false } },
  { id: 'redseal-olivier', design: 'redseal', persona: 'olivier' },
  { id: 'redseal-temitope', design: 'redseal', persona: 'temitope' },
  { id: 'cegep-olivier', design: 'cegep', persona: 'olivier' },
  { id: 'cegep-brody', design: 'cegep', persona: 'brody', opts: { accent: '9A3412' } },
];

function build(c, outRoot) {
  const P = PERSONAS[c.persona];
  const k = new Key();
  const r = DESIGNS[c.design](P, k, c.opts ?? {});
  const dir = path.join(outRoot, c.id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(`/tmp/canada-${c.id}-`);
  let file;
  if (r.kind === 'tex') {
    const tex = path.join(tmp, 'resume.tex');
    fs.writeFileSync(tex, r.data);
    fs.copyFileSync(latexPdf(r.engine, tex), (file = path.join(dir, 'resume.pdf')));
  } else if (r.kind === 'html') {
    const html = path.join(tmp, 'resume.html');
    fs.writeFileSync(html, r.data);
    chromiumPdf(html, (file = path.join(dir, 'resume.pdf')));
  } else if (r.kind === 'fodt') {
    const src = path.join(tmp, 'resume.fodt');
    fs.writeFileSync(src, r.data);
    fs.copyFileSync(sofficePdf(src, tmp), (file = path.join(dir, 'resume.pdf')));
  } else if (r.kind === 'docx') {
    if (c.pdf) {
      const src = path.join(tmp, 'resume.docx');
      fs.writeFileSync(src, r.data);
      fs.copyFileSync(sofficePdf(src, tmp), (file = path.join(dir, 'resume.pdf')));
    } else fs.writeFileSync((file = path.join(dir, 'resume.docx')), r.data);
  }
  let pages = null;
  if (file.endsWith('.pdf')) pages = pdfPages(file);
  else {
    const pdf = sofficePdf(file, tmp);
    pages = pdfPages(pdf);
  }
  const key = k.json();
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
  const engine = c.pdf ? `${ENGINE[c.design]}, converted to PDF by LibreOffice Writer` : ENGINE[c.design];
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${c.id}\n\nSynthetic resume generated by \`scripts/heldout/canada/gen.mjs\` (design \`${c.design}\`, persona \`${c.persona}\`${c.opts ? `, options ${JSON.stringify(c.opts)}` : ''}): ${engine}; ${pages} page(s) as rendered here. Design: ${key.layout.notes} Persona: ${P.name} ("${P.label}", ${P.location}), an invented person: name, e-mail (example domains), phone (fictional 555-01xx range), handles and most employers are made up; real universities, colleges and a few well-known companies appear only as names. The answer key \`expected.json\` is recorded by the same code that prints the page (only printed fields; dates at the printed granularity: a co-op term printed as a season, e.g. "Winter 2025", keys the year only, while "Jan – Apr 2023" keys months; volunteer roles are work-shaped items under \`otherSections\`; Summary of Qualifications bullets, certifications, languages and awards are \`otherSections\` items; status lines such as work permit, PR or clearance are printed but not keyed). Licence: MIT, synthetic.\n`);
  fs.rmSync(tmp, { recursive: true, force: true });
  return pages;
}

const [outRoot = '/work/heldout/canada', only] = process.argv.slice(2);
fs.mkdirSync(outRoot, { recursive: true });
let n = 0;
for (const c of CASES) {
  if (only && !c.id.includes(only)) continue;
  const pages = build(c, outRoot);
  console.log(`${c.id}: ${pages} page(s)`);
  n++;
}
console.log(`${n} cases written to ${outRoot}`);
