#!/usr/bin/env node
// Generates the `seniors` held-out batch: 27 synthetic resumes of experienced software engineers with exact keys.
//   node scripts/heldout/seniors/gen.mjs /work/heldout/seniors [case-substring]
// Renders one case at a time: Chromium --print-to-pdf, pdflatex/xelatex (two passes), hand-written DOCX, and
// LibreOffice (private profile) for the DOCX → PDF design and for page counts of DOCX cases. Every run is wrapped in
// `timeout 120`. Build files go to $SENIORS_BUILD (default /tmp/seniors-build).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERSONAS } from './personas.mjs';
import { CASES } from './designs.mjs';
import { plan } from './plan.mjs';

const [out, only] = process.argv.slice(2);
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
const BUILD = process.env.SENIORS_BUILD || '/tmp/seniors-build';
fs.mkdirSync(BUILD, { recursive: true });
const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...o });
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

function chromium(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-seniors',
    '--no-first-run', '--disable-extensions', `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

function soffice(docxFile, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, path.basename(docxFile).replace(/\.docx$/, '.pdf'));
  fs.rmSync(pdf, { force: true });
  run('soffice', ['-env:UserInstallation=file:///tmp/lo-seniors', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, docxFile]);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docxFile}`);
  return pdf;
}

const version = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim(); } catch { return cmd; } };
const V = {
  chromium: version('chromium', ['--version']),
  soffice: version('soffice', ['--version']),
  pdflatex: version('pdflatex', ['--version']),
  xelatex: version('xelatex', ['--version']),
};

let n = 0;
for (const c of CASES) {
  if (only && !c.id.includes(only)) continue;
  const P = PERSONAS[c.persona];
  const D = c.D;
  const pl = plan(P, D);
  const dir = path.join(out, c.id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let how, pdfForPages;
  if (D.engine === 'chromium') {
    const htmlFile = path.join(BUILD, `${c.id}.html`);
    fs.writeFileSync(htmlFile, D.render(pl, D));
    pdfForPages = path.join(dir, 'resume.pdf');
    chromium(htmlFile, pdfForPages);
    how = `own HTML/CSS (\`html.mjs\`, design \`${c.design}\`) printed to PDF by headless Chromium (${V.chromium}, --print-to-pdf --no-pdf-header-footer)`;
  } else if (D.engine === 'tex') {
    const tdir = path.join(BUILD, c.id);
    fs.rmSync(tdir, { recursive: true, force: true });
    fs.mkdirSync(tdir, { recursive: true });
    fs.writeFileSync(path.join(tdir, 'resume.tex'), D.tex.render(pl, D));
    for (let i = 0; i < 2; i++) {
      try { run(D.tex.engine, ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tdir }); } catch (e) {
        console.error(String(e.stdout).slice(-3000));
        throw new Error(`${D.tex.engine} failed for ${c.id}`);
      }
    }
    pdfForPages = path.join(dir, 'resume.pdf');
    fs.copyFileSync(path.join(tdir, 'resume.pdf'), pdfForPages);
    how = `hand-written LaTeX (\`tex.mjs\`, design \`${c.design}\`) compiled twice with ${D.tex.engine} (${D.tex.engine === 'pdflatex' ? V.pdflatex : V.xelatex})`;
  } else if (D.engine === 'docx') {
    const docx = path.join(dir, 'resume.docx');
    fs.writeFileSync(docx, D.docx(pl, D));
    pdfForPages = soffice(docx, path.join(BUILD, `${c.id}-lo`));
    how = `hand-written WordprocessingML (\`docx.mjs\`, design \`${c.design}\`, helpers in \`ooxml.mjs\`) zipped with fflate; no word processor wrote it (LibreOffice ${V.soffice} only renders it for the page count and the text check)`;
  } else if (D.engine === 'docx-pdf') {
    const docx = path.join(BUILD, `${c.id}.docx`);
    fs.writeFileSync(docx, D.docx(pl, D));
    const pdf = soffice(docx, path.join(BUILD, `${c.id}-lo`));
    pdfForPages = path.join(dir, 'resume.pdf');
    fs.copyFileSync(pdf, pdfForPages);
    how = `hand-written WordprocessingML (\`docx.mjs\`, design \`${c.design}\`) converted to PDF by LibreOffice (${V.soffice}, soffice --headless --convert-to pdf); only the PDF is delivered`;
  } else throw new Error(D.engine);
  const np = pages(pdfForPages);
  pl.key.layout.notes = `${D.notes} ${np} page(s).`;
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(pl.key, null, 1) + '\n');
  const file = fs.existsSync(path.join(dir, 'resume.docx')) ? 'resume.docx' : 'resume.pdf';
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${c.id}\n\n`
    + `Synthetic resume (MIT licence) of an invented person, ${P.name} (${P.label}, ${P.location}), generated by \`scripts/heldout/seniors/gen.mjs\` for the \`seniors\` held-out batch: `
    + `\`${file}\` is ${how}; ${np} page(s). The design \`${c.design}\` is written from scratch for this batch: ${D.notes} `
    + `The persona (\`personas.mjs\`) is invented: e-mail at example.com/example.org, phone in a fictional range, made-up handles, products, patents and papers; well-known companies appear only as employer names. `
    + `\`expected.json\` is built by \`plan.mjs\` from the same strings the renderer prints (dates at the printed granularity; promotions, career breaks, one-line earlier roles, company descriptions, achievements, certifications, talks, patents and publications encoded as described in \`scripts/heldout/seniors/README.md\`) and every string was checked against the text layer by \`check.mjs\`.\n`);
  console.log(`${c.id}: ${file}, ${np} page(s)`);
  n++;
}
console.log(`${n} case(s) written to ${out}`);
