#!/usr/bin/env node
// Generates the "builders" held-out batch: resumes in the look of online resume builders (six Chromium HTML→PDF
// designs, three hand-written DOCX designs), each with its answer key and SOURCE.md.
//   node scripts/heldout/builders/gen.mjs /work/heldout/builders [case-substring]
// Work files (HTML, LibreOffice renders of the DOCX) go to $BUILDERS_TMP (default /tmp/builders-build).
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { HTML_DESIGNS } from './html.mjs';
import { DOCX_DESIGNS } from './docx.mjs';
import { chromiumPdf, sofficePdf, pdfPages, versions } from './lib.mjs';

const [out, only] = process.argv.slice(2);
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
const tmp = process.env.BUILDERS_TMP ?? '/tmp/builders-build';
fs.mkdirSync(out, { recursive: true });
fs.mkdirSync(tmp, { recursive: true });

// [design, persona]; case id = <design>-<persona>
export const CASES = [
  ['pikachu', 'chidera'], ['pikachu', 'ottilie'], ['pikachu', 'graciela'],
  ['flowcv', 'ishaan'], ['flowcv', 'tomasz'], ['flowcv', 'leif'],
  ['enhancv', 'ottilie'], ['enhancv', 'ishaan'], ['enhancv', 'leif'],
  ['zety', 'chidera'], ['zety', 'tomasz'], ['zety', 'graciela'],
  ['resumeio', 'ottilie'], ['resumeio', 'leif'], ['resumeio', 'chidera'],
  ['canva', 'ishaan'], ['canva', 'graciela'], ['canva', 'tomasz'],
  ['teal', 'chidera'], ['teal', 'leif'], ['teal', 'graciela'],
  ['kick', 'ottilie'], ['kick', 'tomasz'], ['kick', 'ishaan'],
  ['novo', 'leif'], ['novo', 'graciela'], ['novo', 'chidera'],
];

const LOOK = {
  pikachu: 'Reactive Resume "Pikachu"-like two-column page',
  flowcv: 'FlowCV-like one-column page',
  enhancv: 'Enhancv-like double-column page',
  zety: 'Zety-like banner page with left-gutter section titles',
  resumeio: 'Resume.io-like page with a right sidebar and a timeline',
  canva: 'Canva-style one-pager',
  teal: 'Teal-like ATS Word export',
  kick: 'Kickresume-like Word download with a right sidebar table',
  novo: 'Novoresume-like Word file with the contact block in the page header',
};
const ORDER = {
  pikachu: 'right (main) column first, because it holds the name box, then the left column',
  enhancv: 'left column first, then right column (both below the full-width header)',
  resumeio: 'main (left) column first, because it holds the name, then the right sidebar',
  canva: 'left panel first, then right column (both below the full-width header that holds the name)',
  kick: 'main (left) cell first, then the right sidebar cell (the name band spans both)',
};

const ver = versions();
let n = 0;
const summary = [];
for (const [design, pid] of CASES) {
  const id = `${design}-${pid}`;
  if (only && !id.includes(only)) continue;
  const P = PERSONAS[pid];
  const dir = path.join(out, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let key, engine, pages;
  if (HTML_DESIGNS[design]) {
    const { html, key: k } = HTML_DESIGNS[design](P);
    key = k;
    const htmlFile = path.join(tmp, `${id}.html`);
    fs.writeFileSync(htmlFile, html);
    chromiumPdf(htmlFile, path.join(dir, 'resume.pdf'));
    pages = pdfPages(path.join(dir, 'resume.pdf'));
    engine = `HTML/CSS written by \`html.mjs\` (design \`${design}\`), printed to PDF by headless Chromium (${ver.chromium}, --print-to-pdf --no-pdf-header-footer)`;
  } else {
    const { docx, key: k } = DOCX_DESIGNS[design](P);
    key = k;
    fs.writeFileSync(path.join(dir, 'resume.docx'), docx);
    const pdf = sofficePdf(path.join(dir, 'resume.docx'), path.join(tmp, id));
    pages = pdfPages(pdf);
    engine = `WordprocessingML written by hand in \`docx.mjs\` (design \`${design}\`, package by \`ooxml.mjs\` with fflate); page count measured with ${ver.soffice}`;
  }
  if (pages < 1 || pages > 2 || (design === 'canva' && pages !== 1)) throw new Error(`${id}: ${pages} pages`);
  key.layout.notes += ` ${pages} page${pages > 1 ? 's' : ''}.`;
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(key, null, 2)}\n`);
  const order = ORDER[design] ?? 'printed order (single flow)';
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}\n\n`
    + `Synthetic resume of an invented person (${P.name}, ${P.label}, ${P.city}) in the look of a ${LOOK[design]}, re-created from scratch `
    + `(no builder code, template or asset copied). Generator: \`scripts/heldout/builders/gen.mjs\` in the PassTheBot repo. ${engine}. `
    + `${pages} page${pages > 1 ? 's' : ''}. E-mail at example.com/example.org, phone in a fictional range; employers are invented or real companies used only as employer names. `
    + `The answer key \`expected.json\` is recorded by the generator at the moment each field is printed (one source of truth), and checked against the text layer by \`check.mjs\`. `
    + `\`sections\` are in reading order: ${order}. Design notes: ${key.layout.notes} `
    + 'Licence: MIT (synthetic data, written for this project). Held-out: never committed, never used for tuning or tests.\n');
  summary.push(`${id}: ${pages}p, ${key.work.length} roles, ${key.skills.length} skills, ${key.sections.length} sections`);
  n++;
}
console.log(summary.join('\n'));
console.log(`${n} cases written to ${out}`);
