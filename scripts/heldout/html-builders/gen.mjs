#!/usr/bin/env node
// Held-out batch: resumes in the look of online resume builders and common HTML export paths.
//
//   node scripts/heldout/html-builders/gen.mjs OUT_DIR [case-substring]
//
// For every case: the design module (designs/<design>.mjs) prints one persona (personas.mjs) as HTML and builds the
// answer key from the same data; Chromium prints the HTML to PDF ("-docx" cases: LibreOffice Writer converts the
// same HTML to DOCX); the key is checked against the text layer (check.mjs). Writes
// OUT_DIR/<case>/{resume.pdf | resume.docx, expected.json, SOURCE.md}. Renders run one at a time.
// Set-up (README.md): apt-get install chromium libreoffice-writer poppler-utils fonts-font-awesome
// fonts-league-spartan fonts-jetbrains-mono. The HTML is kept in $HB_BUILD (default /tmp/hb-build), never in OUT_DIR.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { personas, PERSONA_DESC } from './personas.mjs';
import { checkCase } from './check.mjs';

const out = process.argv[2];
const only = process.argv[3];
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
const build = process.env.HB_BUILD || '/tmp/hb-build';

// [case id, design, persona, format, render options]
export const CASES = [
  ['linkedin-maarten', 'linkedin', 'maarten', 'pdf', { bullet: '•' }],
  ['linkedin-lucia', 'linkedin', 'lucia', 'pdf', { bullet: '-' }],
  ['reactive-kavya', 'reactive', 'kavya', 'pdf'],
  ['reactive-baris', 'reactive', 'baris', 'pdf'],
  ['flowcv-jarrah', 'flowcv', 'jarrah', 'pdf'],
  ['flowcv-tessa', 'flowcv', 'tessa', 'pdf'],
  ['flowcv-jarrah-docx', 'flowcv', 'jarrah', 'docx'],
  ['novoresume-lucia', 'novoresume', 'lucia', 'pdf'],
  ['novoresume-kavya', 'novoresume', 'kavya', 'pdf'],
  ['canva-tessa', 'canva', 'tessa', 'pdf'],
  ['canva-jarrah', 'canva', 'jarrah', 'pdf'],
  ['enhancv-maarten', 'enhancv', 'maarten', 'pdf'],
  ['enhancv-baris', 'enhancv', 'baris', 'pdf'],
  ['resumeio-lucia', 'resumeio', 'lucia', 'pdf'],
  ['resumeio-jarrah', 'resumeio', 'jarrah', 'pdf'],
  ['resumeio-lucia-docx', 'resumeio', 'lucia', 'docx'],
  ['indeed-tessa', 'indeed', 'tessa', 'pdf'],
  ['indeed-baris', 'indeed', 'baris', 'pdf'],
  ['indeed-tessa-docx', 'indeed', 'tessa', 'docx'],
  ['kickresume-kavya', 'kickresume', 'kavya', 'pdf'],
  ['kickresume-maarten', 'kickresume', 'maarten', 'pdf'],
  ['europass-lucia', 'europass', 'lucia', 'pdf'],
  ['europass-baris', 'europass', 'baris', 'pdf'],
  ['europass-baris-docx', 'europass', 'baris', 'docx'],
  ['markdown-maarten', 'markdown', 'maarten', 'pdf'],
  ['markdown-tessa', 'markdown', 'tessa', 'pdf'],
  ['markdown-maarten-docx', 'markdown', 'maarten', 'docx'],
  ['portfolio-kavya', 'portfolio', 'kavya', 'pdf'],
  ['portfolio-jarrah', 'portfolio', 'jarrah', 'pdf'],
  ['portfolio-kavya-docx', 'portfolio', 'kavya', 'docx'],
];

const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...opts });
const chromeVersion = run('chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
const sofficeVersion = run('soffice', ['--version']).toString().trim();
const profile = path.join(build, '.chromium-profile');

function printPdf(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('timeout', ['180', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    `--user-data-dir=${profile}`, '--no-first-run', '--disable-extensions', '--allow-file-access-from-files',
    `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

function toDocx(htmlFile, docxFile) {
  const tmp = fs.mkdtempSync(path.join(build, 'soffice-'));
  run('timeout', ['180', 'soffice', '--headless', '--norestore', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, htmlFile]);
  const made = path.join(tmp, path.basename(htmlFile).replace(/\.html$/, '.docx'));
  if (!fs.existsSync(made)) throw new Error(`soffice wrote no DOCX for ${htmlFile}`);
  fs.copyFileSync(made, docxFile);
  fs.rmSync(tmp, { recursive: true, force: true });
}

const pages = (pdf) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).toString())[1]);

fs.mkdirSync(build, { recursive: true });
let total = 0, found = 0, failed = [];
for (const [id, dname, pid, format, opts = {}] of CASES) {
  if (only && !id.includes(only)) continue;
  const design = (await import(`./designs/${dname}.mjs`)).default;
  const P = personas[pid];
  const { html, key, notes = [] } = design.render(P, { ...opts, format });
  const caseBuild = path.join(build, id);
  fs.mkdirSync(caseBuild, { recursive: true });
  const htmlFile = path.join(caseBuild, 'resume.html');
  fs.writeFileSync(htmlFile, html);
  const dir = path.join(out, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let doc, pageNote;
  try {
    if (format === 'pdf') {
      doc = path.join(dir, 'resume.pdf');
      printPdf(htmlFile, doc);
      pageNote = `${pages(doc)} page(s)`;
    } else {
      doc = path.join(dir, 'resume.docx');
      toDocx(htmlFile, doc);
      const probe = path.join(caseBuild, 'docx-probe');
      fs.mkdirSync(probe, { recursive: true });
      run('timeout', ['180', 'soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', probe, doc]);
      pageNote = `${pages(path.join(probe, 'resume.pdf'))} page(s) when LibreOffice prints the DOCX`;
    }
  } catch (e) {
    failed.push(id); console.error(`FAIL ${id}: ${e.message}`); continue;
  }
  if (format === 'docx') {
    key.layout.columns = 1;
    key.layout.notes += ' DOCX: LibreOffice imports the HTML as a linear document (columns become successive blocks in HTML order; @page footers, CSS-drawn shapes, bars and dots are lost; text-transform capitals may be kept as a character attribute).';
  }
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key.toJSON(), null, 1) + '\n');
  const r = checkCase(dir);
  total += r.total; found += r.found;
  const how = format === 'pdf'
    ? `HTML written by \`designs/${dname}.mjs\`, printed to PDF by headless Chromium (${chromeVersion}; --print-to-pdf --no-pdf-header-footer).`
    : `HTML written by \`designs/${dname}.mjs\`, converted to DOCX by LibreOffice Writer (${sofficeVersion}; soffice --headless --convert-to docx:"MS Word 2007 XML"), the way people turn a web resume into a Word file. Layout CSS (flex, grid, positioning, @page margin boxes) does not survive the import, so the DOCX is a linearised version of the web page.`;
  const src = [
    `# ${id}`, '',
    `Held-out case generated by \`scripts/heldout/html-builders/gen.mjs\` (design \`${dname}\`, persona \`${pid}\` in \`personas.mjs\`).`,
    `Document: \`${path.basename(doc)}\`, ${pageNote}. ${how}`, '',
    `**Imitates.** ${design.imitates}. Own HTML/CSS written from scratch for this batch; no builder code or assets were copied.`, '',
    `**What it stresses.** ${design.stresses}.`, '',
    `**Persona.** ${PERSONA_DESC[pid]}. Invented: every name, employer, e-mail (example.com), handle and phone number is made up; universities are used only as names.`, '',
    `**Key.** Built from the same persona data as the page and limited to what is printed (conventions of \`shared/eval/parse/CASES.md\`): dates at the printed granularity, \`present\` for a current role, skills are the printed keywords without group labels or levels, \`sections\` are the headings in reading order (left/first column first), spoken languages, certifications, awards and publications in \`otherSections\`. ${key.layout.notes}`,
    ...notes.map((n) => (n.startsWith("```") ? n : `- ${n}`)), '',
    `**Text check** (\`check.mjs\`). ${r.found}/${r.total} key strings (incl. the year of every date) found in the ${format === 'pdf' ? 'pdftotext (default, -layout, -raw)' : 'LibreOffice plain-text (soffice --cat)'} text.` +
      (r.helped.length ? ` Found only with all whitespace removed (broken across lines or letter-spaced in the text layer): ${r.helped.map(([, s]) => `"${s}"`).join(', ')}.` : '') +
      (r.missing.length ? ` NOT found: ${r.missing.map(([k, s]) => `${k} "${s}"`).join(', ')}.` : ''), '',
    'Licence: generated for this project; no third-party content. Never used for tuning or tests.', '',
  ];
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), src.join('\n'));
  console.log(`${r.missing.length ? 'MISS' : 'ok  '} ${id} (${pageNote}): ${r.found}/${r.total}${r.helped.length ? `, ${r.helped.length} only without whitespace` : ''}`);
  for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
  for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
}
console.log(`${found}/${total} key strings found${failed.length ? `; FAILED: ${failed.join(', ')}` : ''}`);
