#!/usr/bin/env node
// Generates the federal / public-sector held-out batch:
//   node scripts/heldout/federal/gen.mjs OUT_DIR [case-substring]
// Each case: OUT_DIR/<case>/resume.pdf|resume.docx, expected.json, SOURCE.md (+ source.html / source.tex / source.fodt).
// Renders one case after another: Chromium (private profile), LibreOffice (private profile), pdflatex twice; every
// external tool runs under `timeout 120`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { PERSONAS } from './personas.mjs';
import { keyer } from './lib.mjs';
import { docxFedBold, docxStateTables, docxMilTransition } from './d-docx.mjs';
import { htmlUsajobs, htmlMilTwoCol, htmlLocalModern } from './d-html.mjs';
import { loWriterTimes, texFederal } from './d-other.mjs';

export const DESIGNS = {
  'docx-fed-bold': { fn: docxFedBold, what: 'a federal resume typed in a Word template with bold labels' },
  'html-usajobs': { fn: htmlUsajobs, what: 'the PDF export of a USAJOBS resume-builder resume' },
  'lo-writer-times': { fn: loWriterTimes, what: 'a plain Times federal resume typed in LibreOffice Writer' },
  'html-mil-twocol': { fn: htmlMilTwoCol, what: 'a two-column military-to-civilian transition resume' },
  'docx-state-tables': { fn: docxStateTables, what: 'a state/local-government application resume laid out in Word tables' },
  'tex-federal': { fn: texFederal, what: 'a LaTeX federal resume' },
  'docx-mil-transition': { fn: docxMilTransition, what: 'a military-to-civilian Word resume with a header table and competency grid' },
  'html-local-modern': { fn: htmlLocalModern, what: 'a modern one-column local-government resume with icons and skill tags' },
};
export const CASES = [
  ['docx-fed-bold', 'moultrie'], ['docx-fed-bold', 'renfroe'], ['docx-fed-bold', 'breckenridge'], ['docx-fed-bold', 'abernethy'],
  ['html-usajobs', 'moultrie'], ['html-usajobs', 'haverford'], ['html-usajobs', 'breckenridge'], ['html-usajobs', 'castellanos'],
  ['lo-writer-times', 'moultrie'], ['lo-writer-times', 'breckenridge'], ['lo-writer-times', 'castellanos'],
  ['html-mil-twocol', 'haverford'], ['html-mil-twocol', 'renfroe'], ['html-mil-twocol', 'abernethy'],
  ['docx-state-tables', 'castellanos'], ['docx-state-tables', 'abernethy'], ['docx-state-tables', 'moultrie'],
  ['tex-federal', 'moultrie'], ['tex-federal', 'haverford'], ['tex-federal', 'breckenridge'],
  ['docx-mil-transition', 'haverford'], ['docx-mil-transition', 'renfroe'],
  ['html-local-modern', 'haverford'], ['html-local-modern', 'renfroe'], ['html-local-modern', 'castellanos'], ['html-local-modern', 'abernethy'],
];

const LO = 'file:///tmp/lo-federal';
const CHR = '/tmp/chr-federal';
const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...o });
const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
function soffice(src, to, outdir) {
  try { run('soffice', [`-env:UserInstallation=${LO}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outdir, src]); } catch { /* the caller checks for the output file */ }
}

function main() {
  const [outRoot, only] = process.argv.slice(2);
  if (!outRoot) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  fs.mkdirSync(outRoot, { recursive: true });
  let fail = 0;
  for (const [design, pid] of CASES) {
    const id = `${design}-${pid}`;
    if (only && !id.includes(only)) continue;
    const P = PERSONAS[pid];
    const K = keyer();
    const res = DESIGNS[design].fn(P, K);
    const dir = path.join(outRoot, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'federal-'));
    let doc, produced, np = 0;
    try {
      if (res.kind === 'docx') {
        fs.writeFileSync(path.join(dir, 'resume.docx'), res.data);
        doc = 'resume.docx'; produced = 'WordprocessingML written by hand (ooxml.mjs) and zipped with fflate';
        soffice(path.join(dir, doc), 'pdf', tmp);
        if (fs.existsSync(path.join(tmp, 'resume.pdf'))) np = pages(path.join(tmp, 'resume.pdf'));
      } else if (res.kind === 'html') {
        const f = path.join(tmp, 'resume.html');
        fs.writeFileSync(f, res.data);
        run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${CHR}`, '--no-pdf-header-footer', `--print-to-pdf=${path.join(dir, 'resume.pdf')}`, `file://${f}`]);
        fs.writeFileSync(path.join(dir, 'source.html'), res.data);
        doc = 'resume.pdf'; produced = 'HTML/CSS printed by headless Chromium (--print-to-pdf, --no-pdf-header-footer; CSS @page rules)';
      } else if (res.kind === 'fodt') {
        const f = path.join(tmp, 'resume.fodt');
        fs.writeFileSync(f, res.data);
        soffice(f, 'pdf:writer_pdf_Export', tmp);
        fs.copyFileSync(path.join(tmp, 'resume.pdf'), path.join(dir, 'resume.pdf'));
        fs.writeFileSync(path.join(dir, 'source.fodt'), res.data);
        doc = 'resume.pdf'; produced = 'flat ODT (.fodt) converted to PDF by LibreOffice Writer (writer_pdf_Export)';
      } else if (res.kind === 'tex') {
        fs.writeFileSync(path.join(tmp, 'resume.tex'), res.data);
        for (let i = 0; i < 2; i++) run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: tmp, env: { ...process.env, SOURCE_DATE_EPOCH: '1748854800', FORCE_SOURCE_DATE: '1' } });
        fs.copyFileSync(path.join(tmp, 'resume.pdf'), path.join(dir, 'resume.pdf'));
        fs.writeFileSync(path.join(dir, 'source.tex'), res.data);
        doc = 'resume.pdf'; produced = 'pdfLaTeX (TeX Live), two passes';
      }
      if (doc === 'resume.pdf') np = pages(path.join(dir, doc));
    } catch (err) {
      console.log(`FAIL ${id}: ${String(err.stderr ?? err.message).slice(0, 400)}`);
      const log = path.join(tmp, 'resume.log');
      if (fs.existsSync(log)) console.log(fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n'));
      fail++;
      continue;
    }
    const key = K.done({ columns: res.columns ?? 1, text: res.notes });
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

Synthetic resume (MIT licence) of an invented person, ${P.name} (${P.label}), laid out as ${DESIGNS[design].what} (design \`${design}\`). Generated by \`scripts/heldout/federal/gen.mjs\` → ${produced}; ${np} page(s)${doc.endsWith('.docx') ? ' as rendered by LibreOffice' : ''}. Not a real person: e-mail at example.com/example.org, phone in the fictional 555-01xx range, supervisors, counties, cities and private firms invented; U.S. agencies, military services and universities are real names used only as employers and schools. The key (\`expected.json\`) is recorded from the same strings the generator prints, so key and page cannot drift; conventions are in \`scripts/heldout/federal/README.md\` (hours/grade/salary/supervisor lines, eligibility blocks, unit/MOS lines and references are not fields; each duty paragraph and accomplishment bullet is one highlight). Layout: ${res.notes}
`);
    console.log(`ok   ${id} (${doc}, ${np} pp)`);
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  process.exit(fail ? 1 : 0);
}

main();
