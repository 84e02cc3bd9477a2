#!/usr/bin/env node
// Held-out batch: two-column and sidebar resumes made the way non-LaTeX tools make them (HTML/CSS builders printed
// by Chromium, Word documents), with exact answer keys.
//
//   node scripts/heldout/sidebars/gen.mjs OUT_DIR [case-substring]
//
// For every case a design (designs.mjs for HTML, docx.mjs for hand-written OOXML) prints one persona
// (personas.mjs) and builds the key from the same data. HTML → PDF with headless Chromium; DOCX written directly;
// "-pdf" DOCX cases are the DOCX printed to PDF by LibreOffice. Writes OUT_DIR/<case>/{resume.pdf | resume.docx,
// expected.json, SOURCE.md} and checks the key against the text layer (check.mjs). Renders run one at a time.
// Intermediate files (HTML, check PDFs) go to $SB_BUILD (default /tmp/sidebars-build).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { personas, PERSONA_DESC } from './personas.mjs';
import { DESIGNS } from './designs.mjs';
import { DOCX_DESIGNS } from './docx.mjs';
import { checkCase, docxToPdf, LO_PROFILE } from './check.mjs';

const out = process.argv[2];
const only = process.argv[3];
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
const build = process.env.SB_BUILD || '/tmp/sidebars-build';

// [case id, design, persona, format ('pdf' = Chromium, 'docx', 'docx-pdf' = DOCX printed by LibreOffice), options]
export const CASES = [
  ['sidebar-left-band-all-oskar', 'sidebarLeft', 'oskar', 'pdf', { band: 'all', sidebarPage2: true }],
  ['sidebar-left-band-all-chinedu', 'sidebarLeft', 'chinedu', 'pdf', { band: 'all' }],
  ['sidebar-left-band-first-oskar', 'sidebarLeft', 'oskar', 'pdf', { band: 'first' }],
  ['right-sidebar-nefeli', 'rightSidebar', 'nefeli', 'pdf'],
  ['right-sidebar-chinedu', 'rightSidebar', 'chinedu', 'pdf'],
  ['newspaper-oskar', 'newspaper', 'oskar', 'pdf'],
  ['newspaper-thiago', 'newspaper', 'thiago', 'pdf'],
  ['band-mixed-nefeli', 'bandMixed', 'nefeli', 'pdf'],
  ['band-mixed-khoa', 'bandMixed', 'khoa', 'pdf'],
  ['three-col-thiago', 'threeCol', 'thiago', 'pdf'],
  ['three-col-chinedu', 'threeCol', 'chinedu', 'pdf'],
  ['gutter-left-khoa', 'gutter', 'khoa', 'pdf', { side: 'left' }],
  ['gutter-right-nefeli', 'gutter', 'nefeli', 'pdf', { side: 'right' }],
  ['baseline-thiago', 'baseline', 'thiago', 'pdf'],
  ['baseline-oskar', 'baseline', 'oskar', 'pdf'],
  ['timeline-chinedu', 'timeline', 'chinedu', 'pdf'],
  ['timeline-khoa', 'timeline', 'khoa', 'pdf'],
  ['source-order-thiago', 'sourceOrder', 'thiago', 'pdf'],
  ['source-order-nefeli', 'sourceOrder', 'nefeli', 'pdf'],
  ['docx-table-oskar', 'docxTable', 'oskar', 'docx'],
  ['docx-table-khoa', 'docxTable', 'khoa', 'docx'],
  ['docx-table-khoa-pdf', 'docxTable', 'khoa', 'docx-pdf'],
  ['docx-textbox-chinedu', 'docxTextbox', 'chinedu', 'docx'],
  ['docx-textbox-nefeli', 'docxTextbox', 'nefeli', 'docx'],
  ['docx-textbox-chinedu-pdf', 'docxTextbox', 'chinedu', 'docx-pdf'],
  ['docx-columns-thiago', 'docxColumns', 'thiago', 'docx'],
  ['docx-columns-khoa', 'docxColumns', 'khoa', 'docx', { columnBreak: true }],
  ['docx-columns-thiago-pdf', 'docxColumns', 'thiago', 'docx-pdf'],
];

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
const chromeVersion = run('chromium', ['--version']).toString().trim();
const sofficeVersion = run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--version']).toString().trim();

function printPdf(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('timeout', ['180', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    '--user-data-dir=/tmp/chr-sidebars', '--no-first-run', '--disable-extensions', '--allow-file-access-from-files',
    `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).toString())[1]);

fs.mkdirSync(build, { recursive: true });
let total = 0, found = 0;
const failed = [], missed = [];
for (const [id, dname, pid, format, opts = {}] of CASES) {
  if (only && !id.includes(only)) continue;
  const P = personas[pid];
  const isHtml = format === 'pdf';
  const design = isHtml ? DESIGNS[dname] : DOCX_DESIGNS[dname];
  const caseBuild = path.join(build, id);
  fs.rmSync(caseBuild, { recursive: true, force: true });
  fs.mkdirSync(caseBuild, { recursive: true });
  const dir = path.join(out, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let doc, pageNote, checkPdf, how;
  let res;
  try {
    res = design.render(P, opts);
    if (isHtml) {
      const htmlFile = path.join(caseBuild, 'resume.html');
      fs.writeFileSync(htmlFile, res.html);
      doc = path.join(dir, 'resume.pdf');
      printPdf(htmlFile, doc);
      checkPdf = doc;
      pageNote = `${pages(doc)} page(s)`;
      how = `HTML/CSS written by \`designs.mjs\` (design \`${dname}\`${Object.keys(opts).length ? `, options ${JSON.stringify(opts)}` : ''}), printed to PDF by headless Chromium (${chromeVersion}; --print-to-pdf --no-pdf-header-footer).`;
    } else {
      const docxFile = path.join(format === 'docx' ? dir : caseBuild, 'resume.docx');
      fs.writeFileSync(docxFile, res.docx);
      const pdf = docxToPdf(docxFile, path.join(caseBuild, 'lo'));
      if (format === 'docx-pdf') {
        doc = path.join(dir, 'resume.pdf');
        fs.copyFileSync(pdf, doc);
        checkPdf = doc;
        pageNote = `${pages(doc)} page(s)`;
        how = `WordprocessingML written directly by \`docx.mjs\` (design \`${dname}\`, the same DOCX as case \`${id.replace(/-pdf$/, '')}\`), printed to PDF by LibreOffice (${sofficeVersion}; soffice --headless --convert-to pdf).`;
      } else {
        doc = docxFile;
        checkPdf = pdf;
        pageNote = `${pages(pdf)} page(s) when LibreOffice prints it`;
        how = `WordprocessingML written directly by \`docx.mjs\` (design \`${dname}\`), zipped with fflate; no Word or LibreOffice round trip. For the text check it was printed to PDF by LibreOffice (${sofficeVersion}).`;
      }
    }
  } catch (e) {
    failed.push(id); console.error(`FAIL ${id}: ${e.stack}`); continue;
  }
  const key = res.key;
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key.toJSON(), null, 1) + '\n');
  const r = checkCase(dir, { pdfFor: checkPdf });
  total += r.total; found += r.found;
  if (r.missing.length || r.dates.length) missed.push(id);
  const src = [
    `# ${id}`, '',
    `Held-out case generated by \`scripts/heldout/sidebars/gen.mjs\` (design \`${dname}\`, persona \`${pid}\` in \`personas.mjs\`).`,
    `Document: \`${path.basename(doc)}\`, ${pageNote}. ${how}`, '',
    `**Imitates.** ${design.imitates}. Own markup written from scratch for this batch; no builder or template code or assets were copied.`, '',
    `**What it stresses.** ${design.stresses}.`, '',
    `**Persona.** ${PERSONA_DESC[pid]}. Invented: every name, employer, e-mail (example.com), handle and phone number is made up; universities are used only as names.`, '',
    `**Key.** Built from the same persona data as the document and limited to what is printed (conventions of \`shared/eval/parse/CASES.md\`): dates at the printed granularity, \`present\` for a current role, skills are the printed keywords without group labels or levels, spoken languages, certifications, awards and interests in \`otherSections\`, \`basics.summary\` is the printed profile paragraph. \`sections\` are the printed headings in reading order: region by region from the top; inside a side-by-side region the LEFT column before the RIGHT column (whole region, even across pages), whatever the source order. ${key.layout.notes}`, '',
    `**Text check** (\`check.mjs\`). ${r.found}/${r.total} key strings (incl. the year of every date) found in the pdftotext text (default, -layout, -raw)${format === 'docx' ? ' of the LibreOffice rendering' : ''}.` +
      (r.helped.length ? ` Found only with all whitespace removed: ${r.helped.map(([, s]) => `"${s}"`).join(', ')}.` : '') +
      (r.missing.length ? ` NOT found: ${r.missing.map(([k, s]) => `${k} "${s}"`).join(', ')}.` : '') +
      (r.dates.length ? ` Invalid dates: ${r.dates.join(', ')}.` : ' All dates are YYYY, YYYY-MM or present.'), '',
    'Synthetic, invented persona. Licence: MIT (generated for this project; no third-party content). Never used for tuning or tests.', '',
  ];
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), src.join('\n'));
  console.log(`${r.missing.length || r.dates.length ? 'MISS' : 'ok  '} ${id} (${pageNote}): ${r.found}/${r.total}${r.helped.length ? `, ${r.helped.length} only without whitespace` : ''}`);
  for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
  for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
}
console.log(`${found}/${total} key strings found${missed.length ? `; with misses: ${missed.join(', ')}` : ''}${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`);
process.exit(failed.length || missed.length ? 1 : 0);
