#!/usr/bin/env node
// Generates the academic held-out batch: node scripts/heldout/academic/gen.mjs OUT_DIR [case-substring]
// Each case: OUT_DIR/<case>/resume.pdf|resume.docx, expected.json, SOURCE.md (+ source.tex / source.html / source.fodt).
// Renders one after another (pdflatex/xelatex twice, chromium --print-to-pdf, LibreOffice with a private profile),
// every external tool under `timeout 120`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PERSONAS } from './personas.mjs';
import { DESIGNS, CASES } from './designs.mjs';
import { buildPlan } from './plan.mjs';

const [outRoot, only] = process.argv.slice(2);
if (!outRoot) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
fs.mkdirSync(outRoot, { recursive: true });
const LO_PROFILE = 'file:///tmp/lo-academic';
const CHROME_PROFILE = '/tmp/chr-academic';

const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...o });
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
function lo(src, filter, outdir) {
  try { run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, src]); } catch { /* the caller checks the output file */ }
}

let fail = 0;
for (const [design, pid, output] of CASES) {
  const id = `${design}-${pid}`;
  if (only && !id.includes(only)) continue;
  const P = PERSONAS[pid];
  const D = DESIGNS[design];
  const plan = buildPlan(P, D);
  const dir = path.join(outRoot, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'academic-'));
  let doc, produced;
  try {
    if (D.engine === 'pdflatex' || D.engine === 'xelatex') {
      const { toTex } = await import('./tex.mjs');
      const tex = toTex(plan, design);
      fs.writeFileSync(path.join(tmp, 'resume.tex'), tex);
      for (let i = 0; i < 2; i++) run(D.engine, ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tmp, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', FORCE_SOURCE_DATE: '1' } });
      fs.copyFileSync(path.join(tmp, 'resume.pdf'), path.join(dir, 'resume.pdf'));
      fs.writeFileSync(path.join(dir, 'source.tex'), tex);
      doc = 'resume.pdf'; produced = `${D.engine} (TeX Live 2022), two passes; the .tex is written by the generator (no external class)`;
    } else if (D.engine === 'chromium') {
      const { toHtml } = await import('./html.mjs');
      const html = toHtml(plan, design);
      const f = path.join(tmp, 'resume.html');
      fs.writeFileSync(f, html);
      run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${CHROME_PROFILE}`, '--no-pdf-header-footer', `--print-to-pdf=${path.join(dir, 'resume.pdf')}`, `file://${f}`]);
      fs.writeFileSync(path.join(dir, 'source.html'), html);
      doc = 'resume.pdf'; produced = 'Chromium headless --print-to-pdf (--no-pdf-header-footer)';
    } else if (D.engine === 'fodt') {
      const { toFodt } = await import('./fodt.mjs');
      const fodt = toFodt(plan, design);
      const f = path.join(tmp, 'resume.fodt');
      fs.writeFileSync(f, fodt);
      if (output === 'docx') {
        lo(f, 'docx:MS Word 2007 XML', tmp);
        fs.copyFileSync(path.join(tmp, 'resume.docx'), path.join(dir, 'resume.docx'));
        doc = 'resume.docx'; produced = 'flat ODT written by the generator, converted by LibreOffice 7.4 (--convert-to "docx:MS Word 2007 XML")';
      } else {
        lo(f, 'pdf:writer_pdf_Export', tmp);
        fs.copyFileSync(path.join(tmp, 'resume.pdf'), path.join(dir, 'resume.pdf'));
        doc = 'resume.pdf'; produced = 'flat ODT written by the generator, exported to PDF by LibreOffice 7.4 (writer_pdf_Export)';
      }
      fs.writeFileSync(path.join(dir, 'source.fodt'), fodt);
    } else if (D.engine === 'docx') {
      const { toDocx } = await import('./docx.mjs');
      fs.writeFileSync(path.join(dir, 'resume.docx'), toDocx(plan, design));
      doc = 'resume.docx'; produced = 'WordprocessingML written by hand (docx.mjs) and zipped with fflate';
    }
  } catch (e) {
    console.log(`FAIL ${id}: ${String(e.stderr ?? e.message).slice(0, 600)}`);
    const log = path.join(tmp, 'resume.log');
    if (fs.existsSync(log)) console.log(fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n'));
    fs.rmSync(tmp, { recursive: true, force: true });
    fail++; continue;
  }
  let np = 0;
  if (doc.endsWith('.pdf')) np = pages(path.join(dir, doc));
  else {
    const t2 = fs.mkdtempSync(path.join(os.tmpdir(), 'academic-pg-'));
    lo(path.join(dir, doc), 'pdf', t2);
    if (fs.existsSync(path.join(t2, 'resume.pdf'))) np = pages(path.join(t2, 'resume.pdf'));
    fs.rmSync(t2, { recursive: true, force: true });
  }
  const key = { ...plan.key, layout: { columns: 1, notes: D.what } };
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic academic CV of an invented persona (${P.name}, ${P.label}, ${P.location}); MIT licence. Not a real person:
e-mail at example.com/example.org, phone in a fictional range, ORCID iD in the unissued 0000-0000 block, co-authors and
advisors invented; universities and well-known companies appear only as institution/employer names. Produced by
\`scripts/heldout/academic/gen.mjs\` (design \`${design}\`): ${D.what}. Output: ${doc}, ${produced}; ${np} page(s)${doc.endsWith('.docx') ? ' when rendered by LibreOffice' : ''}.
The key is built from the same strings that are printed (plan.mjs): ${key.work.length} work entries (appointments and industry roles), ${key.education.length} degrees,
sections ${key.sections.join(' · ')}. Publications, talks, teaching, grants/awards, service and patents are \`otherSections\` (items = printed
lines without list labels); thesis titles and advisors are printed but not keyed; a hyperlinked word such as "Google Scholar" is not a profile.
`);
  console.log(`ok   ${id} (${doc}, ${np} pp)`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(fail ? 1 : 0);
