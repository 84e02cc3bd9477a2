#!/usr/bin/env node
// Generator of the "markdown" held-out batch: resumes written by developers as Markdown, plain text, Org-mode or
// AsciiDoc and turned into PDF / DOCX with developer tools. The Markdown goes through this batch's own converter
// (md.mjs -> HTML printed by Chromium, docx.mjs -> DOCX). Every case folder gets resume.pdf or resume.docx,
// expected.json (recorded while printing), SOURCE.md and the source file (resume.md / resume.txt / resume.org /
// resume.adoc is NOT copied into the case: the case holds only what a parser would receive).
//   node scripts/heldout/markdown/gen.mjs /work/heldout/markdown [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PERSONAS } from './personas.mjs';
import { Key } from './lib.mjs';
import { parse, toHtml } from './md.mjs';
import { DocxWriter, stylesXml, numberingXml, pack } from './docx.mjs';
import { readme, serif, pipes, pandoc, matrix, dark } from './designs-md.mjs';
import { plaintext, plaintextHtml, org, asciidoc } from './designs-other.mjs';
import { page, GITHUB, SERIF, VSCODE, TABLES, DARK, ASCIIDOC } from './themes.mjs';
import { CASES, NOTES } from './cases.mjs';

const [outRoot, only] = process.argv.slice(2);
if (!outRoot) { console.error('usage: gen.mjs <out-dir> [case-substring]'); process.exit(2); }
const TMP = '/tmp/markdown-gen';
fs.mkdirSync(TMP, { recursive: true });

function chromePdf(html, file) {
  const src = path.join(TMP, `${path.basename(path.dirname(file))}.html`);
  fs.writeFileSync(src, html);
  if (fs.existsSync(file)) fs.rmSync(file);
  execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-markdown',
    '--no-first-run', '--disable-extensions', `--print-to-pdf=${file}`, pathToFileURL(src).href], { stdio: 'ignore' });
  if (!fs.existsSync(file)) throw new Error(`Chromium wrote no PDF: ${file}`);
}

// ---------------------------------------------------------------- DOCX themes
const PANDOC_THEME = {
  body: { font: 'Cambria', sz: 11 }, head: { font: 'Calibri' }, code: 'Consolas', link: '4F81BD',
  title: { sz: 18, color: '345A8A', b: true, center: true, before: 0 },
  h: [[14, '4F81BD', true, false, 360, 0], [12, '4F81BD', true, false, 200, 0], [11, '4F81BD', true, false, 200, 0], [11, '4F81BD', false, true, 200, 0]],
};
const WORD_THEME = {
  body: { font: 'Calibri', sz: 11 }, head: { font: 'Calibri Light' }, code: 'Consolas', after: 100,
  title: { sz: 26, color: '000000' },
  h: [[18, '2F5496', false, false, 0, 80], [14, '2F5496', false, false, 240, 80, [6, '2F5496']], [12, '1F3763', true, false, 160, 40], [11, '1F3763', true, false, 120, 20]],
};
const ORG_THEME = {
  body: { font: 'Liberation Serif', sz: 11.5 }, head: { font: 'Liberation Sans' }, code: 'Liberation Mono', link: '000080',
  title: { sz: 20, b: true, center: true, before: 0, font: 'Liberation Sans' },
  h: [[14, '000000', true, false, 280, 100], [12, '000000', true, false, 200, 60]],
  extra: [
    '<w:style w:type="paragraph" w:styleId="TextBody"><w:name w:val="Text Body"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="100"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="OrgDescTerm"><w:name w:val="OrgDescriptionTerm"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:after="0"/></w:pPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="OrgDescBody"><w:name w:val="OrgDescriptionBody"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="80"/><w:ind w:left="567"/></w:pPr></w:style>',
  ],
};
// Org headings numbered by an outline list (1, 1.1)
const ORG_OUTLINE = '<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>' +
  '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/><w:suff w:val="space"/><w:lvlText w:val="%1"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>' +
  '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:suff w:val="space"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl></w:abstractNum>';

function mdDocx(md, flavour, c, p) {
  const w = new DocxWriter(flavour, { titleFromH1: flavour === 'pandoc', tableWidth: 9026, colWidths: c.colWidths });
  w.write(parse(md));
  const theme = flavour === 'pandoc' ? PANDOC_THEME : WORD_THEME;
  let body = w.body.join('');
  if (flavour === 'word') body = body.replace('<w:pStyle w:val="Heading1"/>', '<w:pStyle w:val="Title"/>');
  return pack({
    body, links: w.links, styles: stylesXml(flavour, theme),
    numbering: numberingXml(flavour === 'pandoc' ? [['•', null], ['–', null], ['◦', null]] : [['·', 'Symbol'], ['o', 'Courier New']]),
    margins: c.margins, page: c.page === 'letter' ? 'Letter' : 'A4', title: p.name, author: p.name,
    app: flavour === 'pandoc' ? 'pandoc' : c.app,
  });
}

// ---------------------------------------------------------------- main
const DESIGNS = { readme, serif, pipes, pandoc, matrix, dark };
let n = 0;
for (const c of CASES) {
  if (only && !c.id.includes(only)) continue;
  const p = PERSONAS[c.persona];
  const k = new Key(1);
  const dir = path.join(outRoot, c.id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  let file;
  let how;
  const size = c.page === 'letter' ? 'letter' : 'A4';
  if (DESIGNS[c.design]) {
    const md = DESIGNS[c.design](p, k, c.o);
    fs.writeFileSync(path.join(TMP, `${c.id}.md`), md);
    if (c.format === 'docx') {
      const flavour = c.design === 'pandoc' ? 'pandoc' : 'word';
      file = path.join(dir, 'resume.docx');
      fs.writeFileSync(file, mdDocx(md, flavour, c, p));
      how = flavour === 'pandoc'
        ? 'resume.md converted by the batch\'s own Markdown-to-OOXML writer in pandoc\'s reference.docx dialect (Title, Heading1-3, FirstParagraph/BodyText, Compact list paragraphs with numbering, Table style, Hyperlink runs)'
        : `resume.md converted by the batch's own Markdown-to-OOXML writer in a Word-converter dialect (Title, Heading1-3, List Bullet style with numbering inside the style, Table Grid tables; app "${c.app}")`;
    } else {
      const html = toHtml(parse(md), { ids: true });
      let doc;
      if (c.design === 'readme') doc = page({ title: 'README.md', css: GITHUB, size, margin: '14mm 15mm', body: `<article class="markdown-body">\n${html}\n</article>` });
      if (c.design === 'serif') doc = page({ title: 'resume', css: SERIF, size, margin: '15mm 19mm', body: html });
      if (c.design === 'pipes') doc = page({ title: 'resume.md', css: VSCODE, size, margin: '12mm 16mm 15mm', body: `<div style="display:flex;justify-content:space-between;font-size:7.5pt;color:#666;margin-bottom:8mm"><span>resume.md</span><span>${c.o.stamp}</span></div>\n${html}` });
      if (c.design === 'matrix') doc = page({ title: 'resume', css: TABLES, size, margin: '14mm 15mm', body: html });
      if (c.design === 'dark') doc = page({ title: 'resume.md', css: DARK, size, margin: '0', body: `<div class="sheet">\n${html}\n</div>` });
      file = path.join(dir, 'resume.pdf');
      chromePdf(doc, file);
      how = `resume.md converted to HTML by the batch's own Markdown converter (md.mjs) with the \`${c.design}\` stylesheet (themes.mjs), printed to PDF by headless Chromium`;
    }
  } else if (c.design === 'plaintext') {
    const text = plaintext(p, k, c.o);
    fs.writeFileSync(path.join(TMP, `${c.id}.txt`), text);
    file = path.join(dir, 'resume.pdf');
    chromePdf(plaintextHtml(text, { page: size, header: c.o.header, file: 'resume.txt', font: c.o.font }), file);
    how = `resume.txt (ASCII, ${c.o.width ?? 78} columns) laid out in pages of 56 lines${c.o.header ? ` with a ${c.o.header}-style page header` : ''} and printed to PDF by headless Chromium`;
  } else if (c.design === 'org') {
    const r = org(p, k, c.o);
    fs.writeFileSync(path.join(TMP, `${c.id}.org`), r.org);
    file = path.join(dir, 'resume.docx');
    fs.writeFileSync(file, pack({
      body: r.body, links: r.links, styles: stylesXml('word', ORG_THEME), numbering: numberingXml([['•', null], ['–', null]], ORG_OUTLINE),
      margins: { top: 1134, bottom: 1134, left: 1247, right: 1247 }, page: 'A4', title: p.name, author: p.name, app: 'LibreOffice/7.4 (Org-mode ox-odt export, saved as .docx)',
    }));
    how = 'an Org-mode file exported the way ox-odt + LibreOffice produce it (centred Title, e-mail line, description lists, outline-numbered Heading 1/2), written as OOXML by docx.mjs';
  } else if (c.design === 'asciidoc') {
    const html = asciidoc(p, k, c.o);
    file = path.join(dir, 'resume.pdf');
    chromePdf(page({ title: p.name, css: ASCIIDOC, size, margin: '14mm 17mm', body: html }), file);
    how = 'an AsciiDoc resume rendered as Asciidoctor 2 HTML (same element structure, default-stylesheet look: Open Sans headings in #ba3925, Noto Serif body, horizontal labelled list for skills, "Last updated" footer) printed to PDF by headless Chromium';
  } else throw new Error(`design ${c.design}`);
  k.layout.notes = NOTES[c.design] + (c.note ? ` ${c.note}` : '');
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(k.toJSON(), null, 2) + '\n');
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${c.id}\n\nGenerated by \`scripts/heldout/markdown/gen.mjs\` (design \`${c.design}\`, persona \`${c.persona}\`): ${how}. ` +
    `Persona ${p.name} (${p.label}) is invented; employers that are real companies are used only as employer names; e-mails use example.com/example.org and phones fictional ranges. ` +
    `The answer key is recorded by the design code at the moment each field is printed. Synthetic material, MIT licence.\n`);
  console.log(`${c.id}: ${path.basename(file)}`);
  n++;
}
console.log(`${n} cases written to ${outRoot}`);
