#!/usr/bin/env node
// Renders the held-out JSON Resume batch: real npm themes, invented personas, real renderers.
//
//   node scripts/heldout/jsonresume-themes/render.mjs [--batch 2|3] THEMES_DIR OUT_DIR
//
// Batch 1 (default): cases.mjs and personas/. Batch 2: cases2.mjs and personas2/ (other themes, other personas;
// its set-up commands, and the stylesheets, fonts and icons it points at local copies, are in cases2.mjs).
// Batch 3: cases3.mjs and personas3/ (the same again; a case may set legacy: false to render the v1 JSON as it is,
// and note: '...' to add a line to its SOURCE.md).
//
// Set-up (outside the project; nothing here is a dependency of passthebot):
//   apt-get update && apt-get install -y chromium libreoffice-writer poppler-utils
//   mkdir -p /tmp/themes && cd /tmp/themes && npm init -y
//   npm install jsonresume-theme-macchiato jsonresume-theme-spartacus jsonresume-theme-kendall \
//     jsonresume-theme-paper jsonresume-theme-onepage jsonresume-theme-class jsonresume-theme-short \
//     jsonresume-theme-straightforward jsonresume-theme-eloquent
//   npm install bootstrap@3.3.7 font-awesome@4.7.0 @fortawesome/fontawesome-free@5.14.0
//
// For each case in cases.mjs: theme.render(persona) -> HTML. The personas are JSON Resume v1; since several of
// these themes were written for the pre-v1 schema, the pre-v1 names are added beside the v1 ones before
// rendering (work[].company = name, work[].website = url, basics.website = url, education[].gpa = score), as
// people using those themes do; stylesheet links to the Bootstrap / Font Awesome
// CDNs are pointed at the same versions installed from npm (this machine has no network, and the icons and
// grid are part of what the theme prints); web fonts from Google Fonts cannot be had and fall back to the
// system fonts. The HTML is printed to PDF by headless Chromium (no header/footer, all other hosts
// unresolvable), and for cases marked docx the same HTML is converted by LibreOffice Writer
// (soffice --headless --convert-to docx:"MS Word 2007 XML").
// Writes OUT_DIR/<theme>-<persona>/resume.pdf, OUT_DIR/<theme>-<persona>-docx/resume.docx, SOURCE.md in each,
// and the intermediate HTML and extracted text under OUT_DIR/_work/ (used by build-keys.mjs to check the keys).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { batchArgs, loadBatch } from './batch.mjs';

const { batch, args } = batchArgs(process.argv.slice(2));
const [themesDir, outDir] = args.map((p) => p && path.resolve(p));
if (!themesDir || !outDir) {
  console.error('usage: render.mjs [--batch 2|3] THEMES_DIR OUT_DIR');
  process.exit(2);
}
const { CASES, caseId, personasDir, ASSETS, ASSETS_NOTE } = await loadBatch(batch);
const assetsNote = ASSETS_NOTE
  ?? 'Bootstrap / Font Awesome stylesheet links were pointed at the same versions installed from npm; Google web fonts were unavailable (system fallback fonts).';
const here = path.dirname(fileURLToPath(import.meta.url));
const work = path.join(outDir, '_work');
fs.mkdirSync(work, { recursive: true });

const nm = (p) => 'file://' + path.join(themesDir, 'node_modules', p);
const CDN = [
  [/(?:https?:)?\/\/maxcdn\.bootstrapcdn\.com\/bootstrap\/3\.3\.\d\/css\/bootstrap\.min\.css/g, nm('bootstrap/dist/css/bootstrap.min.css')],
  [/(?:https?:)?\/\/maxcdn\.bootstrapcdn\.com\/font-awesome\/4\.\d\.\d\/css\/font-awesome\.min\.css/g, nm('font-awesome/css/font-awesome.min.css')],
  [/(?:https?:)?\/\/cdnjs\.cloudflare\.com\/ajax\/libs\/font-awesome\/5\.\d+\.\d\/css\/all\.min\.css/g, nm('@fortawesome/fontawesome-free/css/all.min.css')],
  ...(ASSETS?.(nm) ?? []), // the batch's own (batches 2 and 3: cases2.mjs, cases3.mjs)
];

// Pre-v1 aliases, so that themes written for the old schema print the employer, web site and grade.
function withLegacyAliases(resume) {
  const r = structuredClone(resume);
  if (r.basics?.url && !r.basics.website) r.basics.website = r.basics.url;
  for (const w of r.work ?? []) {
    if (w.name && !w.company) w.company = w.name;
    if (w.url && !w.website) w.website = w.url;
  }
  for (const e of r.education ?? []) if (e.score && !e.gpa) e.gpa = e.score;
  return r;
}

const themePkg = (theme) => JSON.parse(fs.readFileSync(path.join(themesDir, 'node_modules', `jsonresume-theme-${theme}`, 'package.json'), 'utf8'));
const themeVersion = (theme) => themePkg(theme).version;
const themeLicence = (theme) => { const l = themePkg(theme).license; return typeof l === 'string' ? l : l?.type ?? 'not stated in package.json'; };
const LEGACY_NOTE = 'The pre-v1 field names (work[].company, website, gpa) were added beside the v1 ones, since the theme reads them.';
const V1_NOTE = 'The v1 JSON was rendered as it is (no pre-v1 aliases: this theme prints work[].name and work[].company both when both are present).';
const run = (cmd, args, opts = {}) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, ...opts });

const chromiumVersion = run('chromium', ['--version']).toString().trim();
const sofficeVersion = run('soffice', ['--version']).toString().trim();

for (const c of CASES) {
  const id = caseId(c);
  const resume = JSON.parse(fs.readFileSync(path.join(personasDir, `${c.persona}.json`), 'utf8'));
  // In a child process (render-one.mjs): a theme may change shared modules' global state (lucide sets moment's locale).
  let html = execFileSync(process.execPath, [path.join(here, 'render-one.mjs'), themesDir, c.theme], {
    input: JSON.stringify(c.legacy === false ? resume : withLegacyAliases(resume)), maxBuffer: 64 << 20, timeout: 120_000,
  }).toString();
  for (const [re, local] of CDN) html = html.replace(re, local);
  const htmlFile = path.join(work, `${id}.html`);
  fs.writeFileSync(htmlFile, html);
  const version = themeVersion(c.theme);

  const pdfDir = path.join(outDir, id);
  fs.mkdirSync(pdfDir, { recursive: true });
  const pdf = path.join(pdfDir, 'resume.pdf');
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    '--host-resolver-rules=MAP * ~NOTFOUND', '--allow-file-access-from-files', `--print-to-pdf=${pdf}`, 'file://' + htmlFile]);
  run('pdftotext', ['-layout', pdf, path.join(work, `${id}.layout.txt`)]);
  run('pdftotext', ['-raw', pdf, path.join(work, `${id}.raw.txt`)]);
  fs.writeFileSync(path.join(pdfDir, 'SOURCE.md'), [
    `Source: invented persona \`${c.persona}.json\` (scripts/heldout/jsonresume-themes/${path.basename(personasDir)} in the PassTheBot repo; all names, employers, e-mails and phone numbers are made up),`,
    `rendered with the npm theme jsonresume-theme-${c.theme}@${version} (theme.render(resume) -> HTML) and printed to PDF by headless Chromium (${chromiumVersion}).`,
    `Theme licence (package.json): ${themeLicence(c.theme)}.`,
    c.legacy === false ? V1_NOTE : LEGACY_NOTE,
    assetsNote,
    ...(c.note ? [`Notes: ${c.note}`] : []),
    'Answer key: the source JSON, restricted to the fields that the rendered text shows (built by build-keys.mjs, every value checked against pdftotext -raw/-layout output);',
    'what the theme prints and hides is in expected.json layout.notes.',
    '',
  ].join('\n'));
  console.log(`${id}: pdf`);

  if (c.docx) {
    const docxDir = path.join(outDir, `${id}-docx`);
    fs.mkdirSync(docxDir, { recursive: true });
    const tmp = fs.mkdtempSync(path.join(work, 'soffice-'));
    try {
      run('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', tmp, htmlFile], { timeout: 90_000 });
    } catch (e) {
      console.error(`${id}-docx: LibreOffice failed (${e.code ?? e.status}); case skipped`);
      fs.rmSync(docxDir, { recursive: true, force: true });
      continue;
    }
    fs.renameSync(path.join(tmp, `${id}.docx`), path.join(docxDir, 'resume.docx'));
    fs.rmSync(tmp, { recursive: true, force: true });
    const txt = run('soffice', ['--headless', '--cat', path.join(docxDir, 'resume.docx')]).toString();
    fs.writeFileSync(path.join(work, `${id}-docx.txt`), txt);
    fs.writeFileSync(path.join(docxDir, 'SOURCE.md'), [
      `Source: invented persona \`${c.persona}.json\` (scripts/heldout/jsonresume-themes/${path.basename(personasDir)} in the PassTheBot repo; all names, employers, e-mails and phone numbers are made up),`,
      `rendered with the npm theme jsonresume-theme-${c.theme}@${version} to HTML and converted to DOCX by LibreOffice Writer (${sofficeVersion}; soffice --headless --convert-to docx:"MS Word 2007 XML").`,
      `Theme licence (package.json): ${themeLicence(c.theme)}.`,
      c.legacy === false ? V1_NOTE : LEGACY_NOTE,
      ...(c.docxNote ?? c.note ? [`Notes: ${c.docxNote ?? c.note}`] : []),
      'Answer key: the source JSON, restricted to the fields that the document text shows (built by build-keys.mjs, every value checked against the',
      'paragraphs and text boxes of word/document.xml); what the theme prints and hides is in expected.json layout.notes.',
      '',
    ].join('\n'));
    console.log(`${id}-docx: docx`);
  }
}
