#!/usr/bin/env node
// Generates the long-CV held-out batch: node scripts/heldout/longcv/gen.mjs OUT_DIR [case-substring]
// Each case: OUT_DIR/<case>/resume.pdf|resume.docx, expected.json, SOURCE.md (+ source.tex / source.html).
// Renders one after another (pdflatex/xelatex twice, chromium --print-to-pdf, LibreOffice with a private profile).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PERSONAS } from './personas.mjs';
import { DESIGNS, CASES } from './designs.mjs';
import { buildPlan } from './plan.mjs';
import { toTex } from './tex.mjs';
import { toHtml } from './html.mjs';
import { toDocx } from './docx.mjs';

const [outRoot, only] = process.argv.slice(2);
if (!outRoot) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
fs.mkdirSync(outRoot, { recursive: true });
const LO_PROFILE = 'file:///tmp/lo-longcv';
const CHROME_PROFILE = '/tmp/chr-longcv';
const PAPER = { kenneth: { tex: 'letterpaper', html: 'Letter', docxLetter: true } };

const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
const run = (cmd, args, o = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000, ...o });
function lo(src, filter, outdir, infilter) {
  const args = ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore'];
  if (infilter) args.push(`--infilter=${infilter}`);
  args.push('--convert-to', filter, '--outdir', outdir, src);
  try { run('timeout', args); } catch { /* checked by caller */ }
}

let fail = 0;
for (const [design, pid] of CASES) {
  const id = `${design}-${pid}`;
  if (only && !id.includes(only)) continue;
  const P = PERSONAS[pid];
  const D0 = DESIGNS[design];
  const paper = PAPER[pid];
  const D = { ...D0, tex: D0.tex && { ...D0.tex, paper: paper?.tex ?? 'a4paper' }, html: D0.html && { ...D0.html, paper: D0.html.paper ?? paper?.html ?? 'A4' }, docx: D0.docx && { ...D0.docx, letter: !!paper?.docxLetter } };
  const plan = buildPlan(P, D);
  const dir = path.join(outRoot, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'longcv-'));
  let doc, produced;
  try {
    if (D.engine === 'pdflatex' || D.engine === 'xelatex') {
      const tex = toTex(plan, D);
      fs.writeFileSync(path.join(tmp, 'resume.tex'), tex);
      for (let i = 0; i < 2; i++) run(D.engine, ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tmp, env: { ...process.env, SOURCE_DATE_EPOCH: '1764547200', FORCE_SOURCE_DATE: '1' } });
      fs.copyFileSync(path.join(tmp, 'resume.pdf'), path.join(dir, 'resume.pdf'));
      fs.writeFileSync(path.join(dir, 'source.tex'), tex);
      doc = 'resume.pdf'; produced = `${D.engine} (TeX Live 2022), two passes`;
    } else if (D.engine === 'chromium') {
      const html = toHtml(plan, D);
      const f = path.join(tmp, 'resume.html');
      fs.writeFileSync(f, html);
      run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${CHROME_PROFILE}`, '--no-pdf-header-footer', `--print-to-pdf=${path.join(dir, 'resume.pdf')}`, `file://${f}`]);
      fs.writeFileSync(path.join(dir, 'source.html'), html);
      doc = 'resume.pdf'; produced = 'Chromium headless --print-to-pdf (--no-pdf-header-footer), CSS @page margin boxes';
    } else if (D.engine === 'docx') {
      fs.writeFileSync(path.join(dir, 'resume.docx'), toDocx(plan, D));
      doc = 'resume.docx'; produced = 'OOXML written by hand (../word-templates/ooxml.mjs, ../word-templates2/ooxml2.mjs), zipped with fflate';
    } else if (D.engine === 'lo-docx') {
      const html = toHtml(plan, D);
      const f = path.join(tmp, 'resume.html');
      fs.writeFileSync(f, html);
      lo(f, 'docx:MS Word 2007 XML', tmp, 'HTML (StarWriter)');
      fs.copyFileSync(path.join(tmp, 'resume.docx'), path.join(dir, 'resume.docx'));
      fs.writeFileSync(path.join(dir, 'source.html'), html);
      doc = 'resume.docx'; produced = 'HTML converted to DOCX by LibreOffice 7.4 (--infilter="HTML (StarWriter)" --convert-to "docx:MS Word 2007 XML")';
    }
  } catch (e) {
    console.log(`FAIL ${id}: ${String(e.stderr ?? e.message).slice(0, 400)}`);
    const log = path.join(tmp, 'resume.log');
    if (fs.existsSync(log)) console.log(fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n'));
    fail++; continue;
  }
  // page count (DOCX: through a LibreOffice PDF rendering)
  let np = 0;
  if (doc.endsWith('.pdf')) np = pages(path.join(dir, doc));
  else { lo(path.join(dir, doc), 'pdf', tmp); if (fs.existsSync(path.join(tmp, 'resume.pdf'))) np = pages(path.join(tmp, 'resume.pdf')); }
  const key = { ...plan.key, layout: { columns: 1, notes: D.what } };
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
  const nWork = key.work.length;
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic resume of an invented persona (${P.name}, ${P.label}, ${P.location}); MIT licence. Not a real person;
e-mail at example.com, phone in a fictional range, employers and products made up (universities are real names).

- Imitates: a hand-made long senior CV, design \`${design}\`: ${D.what}.
- Produced by: \`scripts/heldout/longcv/gen.mjs\` → ${produced}. ${np} page(s)${doc.endsWith('.docx') ? ' when rendered by LibreOffice' : ''}.
- Content: ${nWork} work entries (${P.employers.reduce((a, e) => a + e.roles.length, 0)} dated roles under ${P.employers.length} employers, ${P.earlier?.length ?? 0} one-line earlier roles), ${key.education.length} degrees, sections: ${key.sections.join(' · ')}.
- Key conventions: see scripts/heldout/longcv/README.md. Promotions = one work item per title, employer repeated; one-line earlier roles are work items without highlights; sub-bullets follow their parent bullet in \`highlights\`; **bold** phrases are plain text in the key; "(acquired by …)" after a date is not part of any field; running headers ("Name … Page N of M") and footers are not fields; Leadership Highlights, publications, patents, talks, board roles, service and languages are \`otherSections\`; open-source entries are \`projects\`; core competencies and technical skills are \`skills\`.
`);
  console.log(`ok   ${id} (${doc}, ${np} pp)`);
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(fail ? 1 : 0);
