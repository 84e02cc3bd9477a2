#!/usr/bin/env node
// Writes the "selfmade" held-out batch: resumes formatted by hand in Word / Google Docs without a template.
//   node scripts/heldout/selfmade/gen.mjs /work/heldout/selfmade [case-id-substring]
// Each case: OUT/<id>/{resume.docx | resume.pdf, expected.json, SOURCE.md}. DOCX cases are the hand-written OOXML;
// "-pdf" cases of Word designs are the same DOCX converted by LibreOffice (private profile, timeout 120, one at a
// time); Google-Docs-like cases are HTML printed by headless Chromium (private profile, timeout 120).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERSONAS } from './personas.mjs';
import { DOCX_DESIGNS } from './designs-docx.mjs';
import { HTML_DESIGNS } from './designs-html.mjs';
import { docx } from './lib.mjs';

// [design, persona, format]; format: 'docx' | 'pdf' (Word designs: LibreOffice export; HTML designs: Chromium)
export const CASES = [
  ['tabbedOut', 'rn', 'docx'], ['tabbedOut', 'rm', 'pdf'], ['tabbedOut', 'tch', 'pdf'], ['tabbedOut', 'wh', 'docx'],
  ['ruleCaps', 'sw', 'pdf'], ['ruleCaps', 'rn', 'pdf'], ['ruleCaps', 'acct', 'docx'], ['ruleCaps', 'jr', 'docx'],
  ['underscores', 'sw', 'docx'], ['underscores', 'acct', 'pdf'], ['underscores', 'tch', 'docx'], ['underscores', 'wh', 'docx'],
  ['twoPager', 'sw', 'docx'], ['twoPager', 'rn', 'pdf'], ['twoPager', 'tch', 'docx'],
  ['tableRows', 'rn', 'docx'], ['tableRows', 'rm', 'docx'], ['tableRows', 'wh', 'pdf'], ['tableRows', 'jr', 'pdf'],
  ['plainParas', 'rm', 'pdf'], ['plainParas', 'acct', 'docx'], ['plainParas', 'wh', 'docx'], ['plainParas', 'jr', 'docx'],
  ['gdocPlain', 'tch', 'pdf'], ['gdocPlain', 'jr', 'pdf'], ['gdocPlain', 'rm', 'pdf'],
  ['gdocTable', 'sw', 'pdf'], ['gdocTable', 'acct', 'pdf'],
];

const kebab = (s) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
export const caseId = ([design, pid, format]) => `${kebab(design)}-${pid}${format === 'pdf' && DOCX_DESIGNS[design] ? '-pdf' : ''}`;

const LO_PROFILE = 'file:///tmp/lo-selfmade';
const CHROME_PROFILE = '/tmp/chr-selfmade';

function soffice(src, outdir) {
  execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, src], { stdio: 'ignore' });
  const pdf = path.join(outdir, path.basename(src).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${src}`);
  return pdf;
}

function chromium(htmlFile, pdf) {
  execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${CHROME_PROFILE}`,
    `--print-to-pdf=${pdf}`, pathToFileURL(htmlFile).href], { stdio: 'ignore' });
  if (!fs.existsSync(pdf)) throw new Error(`Chromium did not print ${htmlFile}`);
}

const pages = (pdf) => {
  try { return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]); } catch { return NaN; }
};

function main() {
  const [out, only] = process.argv.slice(2);
  if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  const build = '/tmp/selfmade-build';
  fs.mkdirSync(build, { recursive: true });
  fs.mkdirSync(out, { recursive: true });
  let lo = 'LibreOffice', chrome = 'Chromium';
  try { lo = execFileSync('timeout', ['60', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--version'], { encoding: 'utf8' }).trim().split(' ').slice(0, 2).join(' '); } catch { /* keep the generic name */ }
  try { chrome = execFileSync('chromium', ['--version'], { encoding: 'utf8' }).trim(); } catch { /* keep the generic name */ }
  for (const spec of CASES) {
    const id = caseId(spec);
    if (only && !id.includes(only)) continue;
    const [design, pid, format] = spec;
    const P = PERSONAS[pid];
    const D = (DOCX_DESIGNS[design] ?? HTML_DESIGNS[design])(P);
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let how, file;
    if (D.kind === 'docx') {
      const bytes = docx({ ...D, title: 'Resume', author: P.name });
      if (format === 'docx') {
        file = path.join(dir, 'resume.docx');
        fs.writeFileSync(file, bytes);
        how = `hand-written WordprocessingML (document, styles, numbering, footer, settings, font table, docProps) zipped with fflate; opened in ${lo} during generation to confirm it renders`;
        const tmp = fs.mkdtempSync(path.join(build, `${id}-`));
        const pdf = soffice(file, tmp);
        console.log(`${id}: docx (${pages(pdf)} page(s) in LibreOffice)`);
        fs.rmSync(tmp, { recursive: true, force: true });
      } else {
        const tmp = fs.mkdtempSync(path.join(build, `${id}-`));
        const src = path.join(tmp, 'resume.docx');
        fs.writeFileSync(src, bytes);
        file = path.join(dir, 'resume.pdf');
        fs.copyFileSync(soffice(src, tmp), file);
        fs.rmSync(tmp, { recursive: true, force: true });
        how = `the same hand-written DOCX converted to PDF by ${lo} (\`soffice --headless --convert-to pdf\`, as "Save as PDF" would); fonts missing on the machine are substituted by LibreOffice`;
        console.log(`${id}: pdf (${pages(file)} page(s))`);
      }
    } else {
      const html = path.join(build, `${id}.html`);
      fs.writeFileSync(html, D.html);
      file = path.join(dir, 'resume.pdf');
      chromium(html, file);
      how = `HTML printed to PDF by ${chrome} (\`--headless=new --print-to-pdf --no-pdf-header-footer\`, Skia like Google Docs' own PDF export)`;
      console.log(`${id}: pdf (${pages(file)} page(s))`);
    }
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(D.key, null, 2) + '\n');
    const src = `# ${id}\n\nSynthetic resume for the PassTheBot held-out evaluation (batch \`selfmade\`: resumes people format by hand in Word or Google Docs without a template), MIT licence; the person, e-mail, phone, handles and most employers are invented (universities and a few well-known retailers are real names used only as names). ` +
      `Generated by \`node scripts/heldout/selfmade/gen.mjs OUT_DIR ${id}\` from design \`${design}\` and persona \`${pid}\` (${P.name}, ${P.who}); produced as ${how}. ` +
      `Design: ${D.description} The answer key \`expected.json\` was recorded by the same code that printed each field (JSON Resume names, dates at the printed granularity, headings as printed without a trailing colon, extra sections in \`otherSections\`), and every key string was checked against the pdftotext text layer by \`scripts/heldout/selfmade/check.mjs\`.\n\n` +
      `Printed dates: ${D.dates.map((d) => `"${d}"`).join(', ')}.\n`;
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), src);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) main();
