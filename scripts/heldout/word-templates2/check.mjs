#!/usr/bin/env node
// Checks every case of the second Word batch against its rendering.
//
//   node scripts/heldout/word-templates2/check.mjs OUT_DIR [case-substring] [--write]
//
// For a PDF case the text is `pdftotext` of resume.pdf. For a DOCX case it is LibreOffice's plain-text export
// (`soffice --convert-to txt`) plus `pdftotext` of LibreOffice's PDF rendering (the text export leaves out
// headers, footers and text boxes). Every key string (names, titles, employers, bullets, skills, headings,
// other sections, projects, printed date strings from SOURCE.md) must be found, modulo Unicode NFKC, case,
// dashes, quotes and whitespace. Every "not printed" string listed in SOURCE.md (deleted revisions, hidden text,
// comments, field instructions) must be absent from the PDF rendering. --write records the result in SOURCE.md.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { soffice } from './lo.mjs';

const args = process.argv.slice(2);
const write = args.includes('--write');
const [out, only] = args.filter((a) => a !== '--write');
if (!out) { console.error('usage: check.mjs OUT_DIR [case-substring] [--write]'); process.exit(2); }

export const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/\u00ad/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();

function keyStrings(key) {
  const s = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'location', 'url', 'summary']) if (b[k]) s.push(['basics.' + k, b[k]]);
  for (const p of b.profiles ?? []) s.push(['basics.profiles', p]);
  key.work.forEach((w, i) => {
    for (const k of ['name', 'position', 'location']) if (w[k]) s.push([`work[${i}].${k}`, w[k]]);
    for (const h of w.highlights ?? []) s.push([`work[${i}].highlights`, h]);
  });
  key.education.forEach((e, i) => { for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) s.push([`education[${i}].${k}`, e[k]]); });
  for (const k of key.skills) s.push(['skills', k]);
  for (const h of key.sections) s.push(['sections', h]);
  for (const o of key.otherSections ?? []) { s.push(['otherSections.heading', o.heading]); for (const it of o.items) for (const v of typeof it === 'string' ? [it] : Object.values(it)) s.push([`otherSections[${o.heading}]`, v]); }
  for (const p of key.projects ?? []) { s.push(['projects.name', p.name]); if (p.description) s.push(['projects.description', p.description]); for (const k of p.keywords ?? []) s.push(['projects.keywords', k]); }
  return s;
}
const jsonBlock = (md, title) => {
  const i = md.indexOf(title);
  if (i < 0) return [];
  const m = md.slice(i).match(/```json\n([\s\S]*?)\n```/);
  return m ? JSON.parse(m[1]) : [];
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'word2-check-'));
let bad = 0, total = 0, strings = 0;
for (const id of fs.readdirSync(out).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(out, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  total++;
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const md = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const isPdf = fs.existsSync(path.join(dir, 'resume.pdf'));
  let pdf, txt = '';
  if (isPdf) pdf = path.join(dir, 'resume.pdf');
  else {
    const src = path.join(tmp, `${id}.docx`);
    fs.copyFileSync(path.join(dir, 'resume.docx'), src);
    const t = soffice(src, 'txt:Text (encoded):UTF8', tmp);
    txt = t ? fs.readFileSync(t, 'utf8') : '';
    pdf = soffice(src, 'pdf', tmp);
    if (!t || !pdf) { console.log(`${id}: LibreOffice could not convert the DOCX (${!t ? 'txt' : 'pdf'})`); bad++; continue; }
  }
  const pages = Number((execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/) ?? [])[1]);
  const pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  const texts = [['pdftotext', norm(pdfText)], ...(txt ? [['LibreOffice txt', norm(txt)]] : [])];
  const notes = new Set();
  const dehyph = (x) => x.replace(/- /g, '').replace(/-/g, '');
  const find = (s) => {
    const n = norm(s);
    for (const [name, t] of texts) {
      if (t.includes(n)) { if (name !== 'pdftotext') notes.add(`${JSON.stringify(s)} found only in LibreOffice's txt export, not in the pdftotext text of its PDF rendering`); return name; }
      if (dehyph(t).includes(dehyph(n))) { notes.add(`${JSON.stringify(s)} found only ignoring hyphens / line-end hyphenation (${name})`); return name; }
    }
    return null;
  };
  const misses = [];
  const via = {};
  const all = [...keyStrings(key), ...jsonBlock(md, '**Printed date strings').map((d) => ['date', d])];
  for (const [field, s] of all) {
    strings++;
    const w = find(s);
    if (!w) misses.push(`${field}: ${JSON.stringify(s)}`);
    else via[w] = (via[w] ?? 0) + 1;
  }
  // Text present only in the txt export (not in the PDF) is noted: e.g. caps shown by w:caps come out lower case in txt, fine.
  const present = [];
  const keyText = norm(JSON.stringify({ ...key, layout: undefined }));
  for (const s of jsonBlock(md, '**Not printed')) {
    const n = norm(s);
    if (keyText.includes(n)) present.push(`expected.json: ${JSON.stringify(s)}`);
    if (texts[0][1].includes(n)) present.push(`pdf: ${JSON.stringify(s)}`);
    if (txt && texts[1][1].includes(n)) notes.add(`not-printed text ${JSON.stringify(s)} appears in LibreOffice's txt export`);
  }
  const pua = [...new Set(pdfText.match(/[\uE000-\uF8FF]/g) ?? [])].map((ch) => 'U+' + ch.codePointAt(0).toString(16).toUpperCase());
  const ok = !misses.length && !present.length;
  if (!ok) bad++;
  const line = `${id.padEnd(32)} ${isPdf ? 'pdf ' : 'docx'} ${pages}p ${String(all.length).padStart(3)} strings  ${ok ? 'ok' : 'PROBLEMS'}` +
    (misses.length ? `\n    missing: ${misses.join('\n    missing: ')}` : '') + (present.length ? `\n    visible but should not be: ${present.join(', ')}` : '') +
    (notes.size ? `\n    note: ${[...notes].join('\n    note: ')}` : '') + (pua.length ? `\n    private-use glyphs in pdftotext: ${pua.join(' ')}` : '');
  console.log(line);
  if (write) {
    const rec = `**Text check (check.mjs).** ${pages} page(s) in LibreOffice. ${all.length} key strings: ${misses.length ? `missing ${misses.join('; ')}` : `all found`} in ${isPdf ? 'the pdftotext text' : 'LibreOffice\'s txt export or the pdftotext text of its PDF rendering'}; ` +
      `not-printed strings ${present.length ? 'VISIBLE: ' + present.join('; ') : 'absent from the rendering'}.` + (notes.size ? ` Notes: ${[...notes].join('; ')}.` : '') + (pua.length ? ` The text layer holds private-use glyphs (${pua.join(', ')}) from Symbol/Wingdings characters.` : '');
    const cleaned = md.replace(/\n\*\*Text check \(check\.mjs\)\.\*\*[^\n]*\n/, '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), cleaned.replace('\nLicence:', `\n${rec}\n\nLicence:`));
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${total} cases, ${strings} key strings checked; ${bad ? `${bad} case(s) with problems` : 'all cases ok'}`);
process.exitCode = bad ? 1 : 0;
