#!/usr/bin/env node
// Held-out batch "designer": graphically designed resumes (Canva, Enhancv, Novoresume, Visme, FlowCV, Adobe Express
// looks printed by Chromium, plus "modern Word template" DOCX files written by hand).
//
//   node scripts/heldout/designer/gen.mjs OUT_DIR [case-substring]
//
// For each case the design prints one persona and fills the answer key from the same strings; HTML is printed to
// PDF by headless Chromium (private profile /tmp/chr-designer, timeout 120), DOCX is zipped directly. Every case is
// then checked against its text layer (check.mjs; DOCX through a LibreOffice rendering). Writes
// OUT_DIR/<case>/{resume.pdf | resume.docx, expected.json, SOURCE.md}. HTML goes to $DESIGNER_BUILD (default
// /tmp/designer-build), never to OUT_DIR. Renders run one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { personas, PERSONA_DESC } from './personas.mjs';
import { canvaBand, enhancvAccent, novoGutter } from './html-a.mjs';
import { vismeCards, flowcvBars, express2page } from './html-b.mjs';
import { wordBand, wordShapes, wordTimeline } from './docx.mjs';
import { checkCase } from './check.mjs';

const DESIGNS = {
  'canva-band': canvaBand, 'enhancv-accent': enhancvAccent, 'novo-gutter': novoGutter,
  'visme-cards': vismeCards, 'flowcv-bars': flowcvBars, 'express-2page': express2page,
  'word-band': wordBand, 'word-shapes': wordShapes, 'word-timeline': wordTimeline,
};

// [design, persona, options, expected pages]
export const CASES = [
  ['canva-band', 'ifeoma', {}, 1],
  ['canva-band', 'aoife', { accent: '#3d2c5c', accent2: '#f2b5a7', aboutHeading: 'Profile', workHeading: 'Experience' }, 1],
  ['canva-band', 'ngoc', { accent: '#7a3b12', accent2: '#f6c453', skillsPerGroup: 3 }, 1],
  ['enhancv-accent', 'sunniva', {}, 1],
  ['enhancv-accent', 'mateus', { accent: '#2f5bd3', projects: true, linkWords: true }, 1],
  ['enhancv-accent', 'etienne', { accent: '#b4235a', projects: true }, 1],
  ['novo-gutter', 'ngoc', {}, 1],
  ['novo-gutter', 'ifeoma', { accent: '#0e7c66', profileHeading: 'Summary' }, 1],
  ['novo-gutter', 'sunniva', { accent: '#8a2d8f' }, 1],
  ['visme-cards', 'aoife', {}, 1],
  ['visme-cards', 'mateus', { accent: '#0f6e8c', accent2: '#f59e0b' }, 1],
  ['visme-cards', 'ngoc', { accent: '#b83280', accent2: '#3b82f6' }, 1],
  ['flowcv-bars', 'etienne', { accent: '#1e3a8a' }, 1],
  ['flowcv-bars', 'sunniva', {}, 1],
  ['flowcv-bars', 'ifeoma', { accent: '#047857', summaryHeading: 'About Me' }, 1],
  ['express-2page', 'etienne', { split: 4 }, 2],
  ['express-2page', 'sunniva', { accent: '#1e3a5f', accent2: '#fde68a', split: 4 }, 2],
  ['express-2page', 'aoife', { accent: '#7c2d12', accent2: '#fed7aa', split: 3 }, 2],
  ['word-band', 'mateus', {}, 1],
  ['word-band', 'ngoc', { accent: '4A2545', accent2: 'F3C6E8' }, 1],
  ['word-band', 'etienne', { accent: '263238', accent2: 'FFCC80' }, 1],
  ['word-shapes', 'ifeoma', { accent: '0F4C5C', accent2: 'FFD6A5', aboutHeading: 'Profile' }, 1],
  ['word-shapes', 'aoife', {}, 1],
  ['word-shapes', 'sunniva', { accent: '2E3A87', accent2: 'D6DBFF' }, 1],
  ['word-timeline', 'ngoc', {}, 1],
  ['word-timeline', 'etienne', { accent: '8B3A1A', summaryHeading: 'Summary', workHeading: 'Experience' }, 2],
  ['word-timeline', 'mateus', { accent: '1D4E89' }, 2],
].map(([design, persona, opts, pages]) => ({ id: `${design}-${persona}`, design, persona, opts, pages }));

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });

function printPdf(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    '--user-data-dir=/tmp/chr-designer', '--no-first-run', '--disable-extensions', `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

async function main() {
  const [out, only] = process.argv.slice(2);
  if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  const build = process.env.DESIGNER_BUILD || '/tmp/designer-build';
  fs.mkdirSync(build, { recursive: true });
  const chrome = run('chromium', ['--version']).toString().trim();
  let bad = 0, total = 0, found = 0;
  for (const c of CASES) {
    if (only && !c.id.includes(only)) continue;
    const design = DESIGNS[c.design];
    const res = design.render(personas[c.persona], c.opts);
    const dir = path.join(out, c.id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let how;
    if (res.html) {
      const htmlFile = path.join(build, `${c.id}.html`);
      fs.writeFileSync(htmlFile, res.html);
      printPdf(htmlFile, path.join(dir, 'resume.pdf'));
      how = `Own HTML/CSS (design \`${c.design}\` in \`${design === canvaBand || design === enhancvAccent || design === novoGutter ? 'html-a.mjs' : 'html-b.mjs'}\`), printed to PDF by headless Chromium (${chrome}, --print-to-pdf --no-pdf-header-footer).`;
    } else {
      fs.writeFileSync(path.join(dir, 'resume.docx'), res.docx);
      how = `Hand-written WordprocessingML (design \`${c.design}\` in \`docx.mjs\`, helpers in \`ooxml.mjs\`), zipped with fflate; no Word or LibreOffice involved in writing it. Page count and text check use LibreOffice's PDF rendering.`;
    }
    const key = res.key.toJSON();
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    const r = checkCase(dir);
    total += r.total; found += r.found;
    const problems = [...r.missing.map(([k, s]) => `missing ${k}: ${s}`), ...r.errs];
    if (r.pages !== c.pages) problems.push(`expected ${c.pages} page(s), got ${r.pages}`);
    if (problems.length) bad++;
    const src = [
      `# ${c.id}`, '',
      `Synthetic held-out case generated by \`scripts/heldout/designer/gen.mjs\` for the "designer" batch. ${how} ` +
        `**Design:** ${design.imitates}; it stresses ${design.stresses}. **Persona:** ${PERSONA_DESC[c.persona]}; invented person, employers, e-mail (example.com/.org), handles and phone number, universities and certificates used only as names. ` +
        `**Key:** built from the same strings as the page, only printed fields; ${key.layout.notes} ` +
        `${r.pages} page(s). Text check: ${r.found}/${r.total} key strings found in pdftotext (default, -raw, -layout)` +
        `${r.helped.length ? `; found only with whitespace removed (letter-spaced or broken across lines): ${r.helped.map(([, s]) => `"${s}"`).join(', ')}` : ''}. ` +
        'Licence: MIT, synthetic content made for this project; never used for tuning or tests.', '',
    ];
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), src.join('\n'));
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${c.id} (${r.pages} p): ${r.found}/${r.total}${r.helped.length ? `, ${r.helped.length} no-space` : ''}`);
    for (const pr of problems) console.log(`       ${pr}`);
  }
  console.log(`${found}/${total} key strings found; ${bad} case(s) with problems`);
  process.exit(bad ? 1 : 0);
}

await main();
