#!/usr/bin/env node
// Builds the "typesetters" held-out batch: resumes whose PDFs (and DOCX files) come from typesetting tools and
// office suites -- groff (gropdf, grops + Ghostscript), LibreOffice Writer (flat ODT -> PDF / DOCX) and
// XeLaTeX / LuaLaTeX with hand-written classes.
//   node scripts/heldout/typesetters/gen.mjs /work/heldout/typesetters [case-substring]
// Tools run one at a time under `timeout 120`; LibreOffice uses the private profile /tmp/lo-typesetters.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { Key, run, soffice, pdfPages } from './lib.mjs';
import { msTbl, momPad, troffPlain, msPsGs } from './groff.mjs';
import { loFrameSidebar, loHeaderColumns, loTableGrid } from './fodt.mjs';
import { xeSwissGrid, luaMarginDates } from './tex.mjs';

// design id -> [function, { persona: 'pdf' | 'docx' }]
const PLAN = [
  ['ms-tbl', msTbl, { tobiah: 'pdf', priyanka: 'pdf', declan: 'pdf' }],
  ['mom-pad', momPad, { soren: 'pdf', marisol: 'pdf', nkechi: 'pdf' }],
  ['troff-plain', troffPlain, { tobiah: 'pdf', marisol: 'pdf', nkechi: 'pdf' }],
  ['ms-ps-gs', msPsGs, { priyanka: 'pdf', declan: 'pdf' }],
  ['lo-frame-sidebar', loFrameSidebar, { declan: 'pdf', nkechi: 'docx', soren: 'docx', priyanka: 'docx' }],
  ['lo-header-columns', loHeaderColumns, { tobiah: 'pdf', soren: 'docx', marisol: 'docx', declan: 'docx' }],
  ['lo-table-grid', loTableGrid, { marisol: 'pdf', tobiah: 'docx', priyanka: 'docx', nkechi: 'docx' }],
  ['xe-swiss-grid', xeSwissGrid, { soren: 'pdf', nkechi: 'pdf' }],
  ['lua-margin-dates', luaMarginDates, { priyanka: 'pdf', marisol: 'pdf', tobiah: 'pdf' }],
];

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: gen.mjs <out-dir> [case-substring]'); process.exit(2); }
fs.mkdirSync(root, { recursive: true });
const tmpRoot = fs.mkdtempSync('/tmp/typesetters-gen-');
let n = 0, bad = 0;
for (const [design, fn, who] of PLAN) {
  for (const [pid, fmt] of Object.entries(who)) {
    const id = `${design}-${pid}${fmt === 'docx' ? '-docx' : ''}`;
    if (only && !id.includes(only)) continue;
    const P = PERSONAS[pid];
    const K = new Key();
    const d = fn(P, K, fmt);
    const tmp = path.join(tmpRoot, id);
    fs.mkdirSync(tmp, { recursive: true });
    const out = path.join(root, id);
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    let file = null;
    try {
      file = render(d, tmp, fmt);
    } catch (e) {
      console.log(`${id}: render failed: ${String(e.stderr ?? e.message).slice(0, 600)}`);
    }
    if (!file) { bad++; continue; }
    const target = path.join(out, `resume.${fmt}`);
    fs.copyFileSync(file, target);
    let pages = '';
    if (fmt === 'pdf') pages = pdfPages(target);
    else {
      const pdf = soffice(target, 'pdf', tmp);
      pages = pdf ? pdfPages(pdf) : '?';
    }
    K.layout = { columns: d.columns ?? 1, notes: d.notes };
    fs.writeFileSync(path.join(out, 'expected.json'), JSON.stringify(K.toJSON(), null, 1) + '\n');
    fs.writeFileSync(path.join(out, 'SOURCE.md'), sourceMd(id, design, P, d, fmt, pages));
    console.log(`${id}: ${fmt}, ${pages} page(s)`);
    n++;
  }
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`${n} cases written to ${root}${bad ? `, ${bad} failed` : ''}`);
process.exit(bad ? 1 : 0);

function render(d, tmp, fmt) {
  if (d.pipeline) { // groff: stdin -> stdout, chained
    fs.writeFileSync(path.join(tmp, `resume.${d.ext}`), d.source);
    let buf = Buffer.from(d.source);
    for (const [cmd, args] of d.pipeline) buf = run(cmd, args, { cwd: tmp, input: buf });
    const pdf = path.join(tmp, 'resume.pdf');
    fs.writeFileSync(pdf, buf);
    return pdf;
  }
  if (d.fodt) {
    const src = path.join(tmp, 'resume.fodt');
    fs.writeFileSync(src, d.fodt);
    return soffice(src, fmt === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export', tmp);
  }
  if (d.tex) {
    for (const [name, text] of Object.entries(d.files)) fs.writeFileSync(path.join(tmp, name), text);
    fs.writeFileSync(path.join(tmp, 'resume.tex'), d.tex);
    for (let i = 0; i < 2; i++) run(d.texEngine, ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tmp });
    return path.join(tmp, 'resume.pdf');
  }
  throw new Error('unknown design kind');
}

function sourceMd(id, design, P, d, fmt, pages) {
  const file = fmt === 'pdf' ? `\`resume.pdf\` (${pages} page${pages === 1 ? '' : 's'})` : `\`resume.docx\` (${pages} page${pages === 1 ? '' : 's'} when LibreOffice renders it)`;
  const producer = fmt === 'docx' ? `${d.engine}, saved as DOCX by LibreOffice Writer 7.4 (\`--convert-to docx:"MS Word 2007 XML"\`)` : d.engine;
  return `# ${id}\n\n${file}: a synthetic resume made by \`scripts/heldout/typesetters/gen.mjs\` (design \`${design}\`, ${d.description}). ` +
    `Producer: ${producer}. Persona: ${P.name}, ${P.label.toLowerCase()} in ${P.location} (invented; contact details at example.com/example.org and fictional phone ranges; ` +
    `employer names are invented or used only as employer names). The answer key \`expected.json\` is recorded by the generator at the moment each string is printed, ` +
    `and was checked against the text layer by \`check.mjs\`. Layout: ${d.notes} Licence: MIT, synthetic data made for this project's held-out evaluation; never used for tuning.\n`;
}
