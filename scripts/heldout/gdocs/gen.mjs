#!/usr/bin/env node
// Held-out batch: resumes made from Google Docs' built-in resume template looks, as Google exports them.
//
//   node scripts/heldout/gdocs/gen.mjs OUT_DIR [case-substring]
//
// For every case a design (designs.mjs) prints a persona (personas.mjs) as blocks and builds the answer key from
// the same data. "-pdf" cases: the blocks become Google-export-like HTML (render-html.mjs) that Chromium prints to
// PDF; "-docx" cases: the blocks become Google-style OOXML (render-docx.mjs). Then check.mjs verifies the key
// against the rendered text (DOCX via a LibreOffice PDF made only for checking). Writes
// OUT_DIR/<case>/{resume.pdf | resume.docx, expected.json, SOURCE.md}. Intermediate files go to $GD_BUILD
// (default /tmp/gdocs-build). Renders run one at a time.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { personas, PERSONA_DESC } from './personas.mjs';
import { DESIGNS } from './designs.mjs';
import { renderHtml } from './render-html.mjs';
import { renderDocx } from './render-docx.mjs';
import { checkCase, checkReport } from './check.mjs';

// [design, persona, format, options]; spacers: an empty paragraph before every section heading, as people
// leave them in Google templates.
export const CASES = [
  ['serif', 'dana', 'pdf', { spacers: true }],
  ['serif', 'hector', 'pdf', {}],
  ['serif', 'dana', 'docx', { spacers: true }],
  ['serif', 'njeri', 'docx', {}],
  ['swiss', 'njeri', 'pdf', {}],
  ['swiss', 'julia', 'pdf', { spacers: true }],
  ['swiss', 'njeri', 'docx', {}],
  ['swiss', 'jericho', 'docx', { spacers: true }],
  ['spearmint', 'jericho', 'pdf', {}],
  ['spearmint', 'hector', 'pdf', { spacers: true }],
  ['spearmint', 'jericho', 'docx', {}],
  ['spearmint', 'julia', 'docx', { spacers: true }],
  ['coral', 'julia', 'pdf', {}],
  ['coral', 'dana', 'pdf', { spacers: true }],
  ['coral', 'julia', 'docx', {}],
  ['coral', 'hector', 'docx', { spacers: true }],
  ['modernWriter', 'hector', 'pdf', {}],
  ['modernWriter', 'jericho', 'pdf', {}],
  ['modernWriter', 'hector', 'docx', {}],
  ['modernWriter', 'dana', 'docx', { spacers: true }],
  ['twoCol', 'njeri', 'pdf', {}],
  ['twoCol', 'jericho', 'pdf', {}],
  ['twoCol', 'njeri', 'docx', {}],
  ['twoCol', 'julia', 'docx', {}],
];
const SLUG = { serif: 'serif', swiss: 'swiss', spearmint: 'spearmint', coral: 'coral', modernWriter: 'modern-writer', twoCol: 'two-column' };
export const caseId = ([d, p, f]) => `gdocs-${SLUG[d]}-${p}-${f}`;

const TEMPLATE_NOTE = {
  serif: 'Google Docs resume template "Serif"',
  swiss: 'Google Docs resume template "Swiss"',
  spearmint: 'Google Docs resume template "Spearmint"',
  coral: 'Google Docs resume template "Coral"',
  modernWriter: 'Google Docs resume template "Modern Writer"',
  twoCol: 'a common Google Docs two-column layout made with a borderless table',
};

function addSpacers(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.t === 'table') { out.push({ ...b, cells: b.cells.map(addSpacers) }); continue; }
    if (b.t === 'p' && b.role === 'h' && out.length) out.push({ t: 'sp' });
    out.push(b);
  }
  return out;
}

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });

function main() {
  const out = process.argv[2];
  const only = process.argv[3];
  if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  const build = process.env.GD_BUILD || '/tmp/gdocs-build';
  fs.mkdirSync(build, { recursive: true });
  let chromeVersion = '', loVersion = '';
  try { chromeVersion = run('chromium', ['--version']).toString().trim(); } catch { /* reported per case */ }
  try { loVersion = run('timeout', ['60', 'soffice', '-env:UserInstallation=file:///tmp/lo-gdocs', '--version']).toString().trim(); } catch { /* */ }
  let bad = 0;
  for (const spec of CASES) {
    const id = caseId(spec);
    if (only && !id.includes(only)) continue;
    const [design, pid, format, opts] = spec;
    const P = personas[pid];
    const D = DESIGNS[design](P);
    if (opts.spacers) D.blocks = addSpacers(D.blocks);
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const title = `${P.name} - Resume`;
    let how;
    if (format === 'pdf') {
      const html = path.join(build, `${id}.html`);
      fs.writeFileSync(html, renderHtml(D, { title }));
      const pdf = path.join(dir, 'resume.pdf');
      run('timeout', ['180', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
        '--user-data-dir=/tmp/chr-gdocs', `--print-to-pdf=${pdf}`, pathToFileURL(html).href]);
      if (!fs.existsSync(pdf)) throw new Error(`no PDF for ${id}`);
      how = `Written as HTML shaped like Google Docs' own export (generated class names c0, c1…; every paragraph a <p> of <span> runs; lists as <ul class="lst-kix_…"> with the "●" marker drawn by CSS ::before and a hanging indent; layout tables with 0pt borders${opts.spacers ? '; empty spacer paragraphs before headings' : ''}) by \`scripts/heldout/gdocs/render-html.mjs\`, then printed with ${chromeVersion || 'Chromium'} (\`--headless=new --print-to-pdf --no-pdf-header-footer\`; Skia, like Google's PDF export). Google font names are kept first in each font stack; faces not installed fall back (Playfair Display → Linux Libertine Display O, Merriweather → PT Serif, Raleway → Lato, Source Code Pro → JetBrains Mono).`;
    } else {
      fs.writeFileSync(path.join(dir, 'resume.docx'), renderDocx(D, { title }));
      how = `Written directly as OOXML in the way Google Docs' "Download → Microsoft Word (.docx)" writes it, by \`scripts/heldout/gdocs/render-docx.mjs\`: direct formatting (rFonts/b/i/color/sz/rtl) on every run, Google style ids Title/Subtitle/Heading1-3 plus "_heading=h.…" bookmarks, all-zero rsids, "Normal" paragraphs with explicit w:spacing/w:ind/w:jc/keepNext=0, one 9-level ●/○/■ abstractNum per list, borderless layout tables (tblStyle Table1, widths written as "10080.0", tcMar per cell), w:hyperlink r:id → External targets, ${opts.spacers ? 'empty spacer paragraphs before headings, ' : ''}a trailing empty paragraph, sectPr with pgSz/pgMar/pgNumType, a theme part and no docProps. Fonts are named as in Google (not embedded). For checking only, the DOCX was converted to PDF with ${loVersion || 'LibreOffice'} (private profile, font substitution applies).`;
    }
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(D.c.key, null, 2) + '\n');
    const src = `# ${id}

Synthetic resume, invented persona, MIT licence (written for the PassTheBot held-out evaluation; no real person,
employer, e-mail, phone or handle; universities are real institutions used only as names).

- **Imitates:** the look of ${TEMPLATE_NOTE[design]} as exported by Google Docs (${format === 'pdf' ? '"Download → PDF document"' : '"Download → Microsoft Word (.docx)"'}). Written from scratch; no Google template, font or asset was copied.
- **Design:** ${D.description}
- **Persona:** \`${pid}\` — ${PERSONA_DESC[pid]}
- **How produced:** ${how}
- **Generator:** \`node scripts/heldout/gdocs/gen.mjs OUT_DIR ${id}\`

## Answer key
\`expected.json\` follows \`shared/eval/parse/CASES.md\`: only printed fields; dates \`YYYY-MM\` / \`YYYY\` / \`present\`
at the printed granularity; \`basics.location\` and \`basics.profiles\` are the printed text; skills are the printed
keywords without group labels; sections in reading order (left cell first for two-column tables); awards,
certifications and languages in \`otherSections\` with items as printed. Capitals are typed in the text (Google Docs has no
caps or small-caps formatting), so the key has them exactly as printed.
Layout: ${D.c.key.layout.notes}
`;
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), src);
    const r = checkCase(dir);
    fs.appendFileSync(path.join(dir, 'SOURCE.md'), `\n## Automatic check\n${checkReport(r)}.\n`);
    const fail = r.missing.length || r.badDates.length;
    if (fail) bad++;
    console.log(`${fail ? 'MISS' : 'ok  '} ${id}: ${r.found}/${r.total}`);
    for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
    for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
  }
  process.exit(bad ? 1 : 0);
}

main();
