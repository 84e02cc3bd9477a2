#!/usr/bin/env node
// Generates the `functional` held-out batch: functional and hybrid resumes of career changers, bootcamp graduates and
// people returning to work, with exact answer keys.
//   node scripts/heldout/functional/gen.mjs /work/heldout/functional [case-substring]
// One case at a time: Chromium --print-to-pdf, pdflatex (two passes), hand-written DOCX, LibreOffice (.fodt → PDF,
// and DOCX → PDF only for the page count). Every external run is wrapped in `timeout 120` with private profiles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERSONAS } from './personas.mjs';
import { CASES, DESIGNS } from './designs.mjs';
import { plan } from './plan.mjs';

const [out, only] = process.argv.slice(2);
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
const BUILD = '/tmp/functional-build';
fs.mkdirSync(BUILD, { recursive: true });
const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...o });
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
const LO = ['-env:UserInstallation=file:///tmp/lo-functional', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir'];

function soffice(file, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  const pdf = path.join(outDir, path.basename(file).replace(/\.\w+$/, '.pdf'));
  fs.rmSync(pdf, { force: true });
  run('soffice', [...LO, outDir, file]);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file}`);
  return pdf;
}
const version = (cmd, args) => { try { return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0].trim(); } catch { return cmd; } };
const V = { chromium: version('chromium', ['--version']), soffice: version('soffice', ['--version']), pdflatex: version('pdflatex', ['--version']) };

let n = 0;
for (const c of CASES) {
  if (only && !c.id.includes(only)) continue;
  const P = PERSONAS[c.persona];
  const design = DESIGNS[c.design];
  const pl = plan(P, c.D);
  const dir = path.join(out, c.id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pdfOut = path.join(dir, 'resume.pdf');
  let how, pdfForPages = pdfOut;
  if (design.engine === 'chromium') {
    const html = path.join(dir, 'source.html');
    fs.writeFileSync(html, design.render(pl, c.D));
    run('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-functional',
      '--no-first-run', '--disable-extensions', `--print-to-pdf=${pdfOut}`, pathToFileURL(html).href]);
    how = `own HTML/CSS (\`html.mjs\`, design \`${c.design}\`, kept as source.html) printed to PDF by headless Chromium (${V.chromium})`;
  } else if (design.engine === 'tex') {
    const tdir = path.join(BUILD, c.id);
    fs.rmSync(tdir, { recursive: true, force: true });
    fs.mkdirSync(tdir, { recursive: true });
    const src = design.render(pl, c.D);
    fs.writeFileSync(path.join(tdir, 'resume.tex'), src);
    fs.writeFileSync(path.join(dir, 'source.tex'), src);
    for (let i = 0; i < 2; i++) {
      try { run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tdir }); } catch (e) {
        console.error(String(e.stdout).slice(-3000));
        throw new Error(`pdflatex failed for ${c.id}`);
      }
    }
    fs.copyFileSync(path.join(tdir, 'resume.pdf'), pdfOut);
    how = `hand-written LaTeX (\`tex.mjs\`, kept as source.tex) compiled twice with pdflatex (${V.pdflatex})`;
  } else if (design.engine === 'lo') {
    const src = path.join(BUILD, `${c.id}.fodt`);
    fs.writeFileSync(src, design.render(pl, c.D));
    fs.copyFileSync(src, path.join(dir, 'source.fodt'));
    fs.copyFileSync(soffice(src, path.join(BUILD, `${c.id}-lo`)), pdfOut);
    how = `a hand-written flat OpenDocument text (\`fodt.mjs\`, kept as source.fodt) exported to PDF by LibreOffice Writer (${V.soffice})`;
  } else if (design.engine === 'docx') {
    const docx = path.join(dir, 'resume.docx');
    fs.writeFileSync(docx, design.render(pl, c.D));
    pdfForPages = soffice(docx, path.join(BUILD, `${c.id}-lo`));
    how = `hand-written WordprocessingML (\`docx.mjs\` + \`ooxml.mjs\`, design \`${c.design}\`) zipped with fflate; no word processor wrote it (LibreOffice ${V.soffice} only rendered it for the page count and the text check)`;
  } else throw new Error(design.engine);
  const np = pages(pdfForPages);
  const extra = [];
  if (pl.sections.some((s) => s.kind === 'work' && s.brk)) extra.push(`The "${P.brk.title}" line printed inside the work section (${P.brk.start.slice(0, 4)}–${P.brk.end.slice(0, 4)}) is not employment and is not a work[] item.`);
  if (c.D.profiles === 'word') extra.push('LinkedIn/GitHub are printed only as hyperlinked words, so basics.profiles is absent.');
  if (c.D.certsIn === 'education') extra.push('Certificates printed inside the education section are education[] items (institution = issuer, area = certificate name, endDate = year).');
  pl.key.layout.notes = `${design.notes} ${extra.join(' ')} ${np} page(s).`.replace(/\s+/g, ' ');
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(pl.key, null, 1) + '\n');
  const file = design.engine === 'docx' ? 'resume.docx' : 'resume.pdf';
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${c.id}\n\n`
    + `Synthetic resume (MIT licence) of an invented person, ${P.name} (${P.label}, ${P.location}), generated by \`scripts/heldout/functional/gen.mjs\` for the \`functional\` held-out batch (functional and hybrid resumes of career changers, bootcamp graduates and returners): `
    + `\`${file}\` is ${how}; ${np} page(s). Design \`${c.design}\`, written from scratch for this batch: ${design.notes} `
    + 'The persona (`personas.mjs`) is invented: e-mail at example.com/example.org, phone in the fictional 555-01xx range, made-up handles and projects; well-known companies appear only as employer names. '
    + '`expected.json` is built by `plan.mjs` from the same strings the renderer prints: work[] holds only employment entries (one-line roles without highlights), grouped skill-section bullets are `otherSections` `{group, items}` and neither work highlights nor skills, skills[] come only from printed skill lists, dates are at the printed granularity; every string was checked against the text layer by `check.mjs`.\n');
  console.log(`${c.id}: ${file}, ${np} page(s)`);
  n++;
}
console.log(`${n} case(s) written to ${out}`);
