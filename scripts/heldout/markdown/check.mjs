#!/usr/bin/env node
// Checker of the "markdown" batch: every string of each expected.json must occur in the text layer of the case
// (pdftotext default, -raw and -layout of resume.pdf, or of LibreOffice's PDF rendering of resume.docx; private
// profile /tmp/lo-markdown, timeout 120, one conversion at a time). Text is compared after NFKC, lower-casing,
// unifying dashes and quotes and removing all whitespace. Dates must be YYYY, YYYY-MM or "present", start <= end,
// and the year of each date must be printed. Also: no "#", "**" or "`" Markdown syntax left in key strings, and
// every case has SOURCE.md and exactly one resume file.
//   node scripts/heldout/markdown/check.mjs /work/heldout/markdown [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs <cases-dir> [case-substring]'); process.exit(2); }
const RENDER = '/tmp/markdown-chk';
fs.mkdirSync(RENDER, { recursive: true });

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u00b4`]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\u00ad/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function pdfOf(dir, id) {
  const pdf = path.join(dir, 'resume.pdf');
  if (fs.existsSync(pdf)) return pdf;
  const out = path.join(RENDER, id);
  fs.mkdirSync(out, { recursive: true });
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-markdown', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
  } catch { /* a missing PDF is reported by the caller */ }
  const r = path.join(out, 'resume.pdf');
  return fs.existsSync(r) ? r : null;
}

// [field, string] pairs of a key
function strings(key) {
  const s = [];
  const b = key.basics ?? {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[f]) s.push([`basics.${f}`, b[f]]);
  for (const p of b.profiles ?? []) s.push(['basics.profiles', p]);
  for (const w of key.work ?? []) {
    for (const f of ['name', 'position', 'location']) if (w[f]) s.push([`work.${f}`, w[f]]);
    for (const h of w.highlights ?? []) s.push(['work.highlights', h]);
  }
  for (const e of key.education ?? []) for (const f of ['institution', 'studyType', 'area', 'score', 'location']) if (e[f]) s.push([`education.${f}`, e[f]]);
  for (const x of key.skills ?? []) s.push(['skills', x]);
  for (const x of key.sections ?? []) s.push(['sections', x]);
  for (const p of key.projects ?? []) {
    for (const f of ['name', 'description', 'url']) if (p[f]) s.push([`projects.${f}`, p[f]]);
    for (const kw of p.keywords ?? []) s.push(['projects.keywords', kw]);
    for (const h of p.highlights ?? []) s.push(['projects.highlights', h]);
  }
  for (const o of key.otherSections ?? []) {
    s.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) s.push(['otherSections.items', typeof it === 'string' ? it : JSON.stringify(it)]);
  }
  return s;
}

let problems = 0, total = 0, cases = 0, pdfs = 0, docxs = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.statSync(dir).isDirectory()) continue;
  const errs = [];
  const files = ['resume.pdf', 'resume.docx'].filter((f) => fs.existsSync(path.join(dir, f)));
  if (files.length !== 1) errs.push(`expected exactly one resume file, found ${files.length}`);
  if (!fs.existsSync(path.join(dir, 'SOURCE.md'))) errs.push('SOURCE.md missing');
  if (files[0] === 'resume.pdf') pdfs++; else docxs++;
  cases++;
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const pdf = pdfOf(dir, id);
  if (!pdf) { console.log(`${id}: could not render`); problems++; continue; }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
  const layers = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  const texts = layers.flatMap((t) => [norm(t), norm(t.replace(/-\n\s*/g, '-')), norm(t.replace(/(\w)-\n\s*(\w)/g, '$1$2'))]);
  const pairs = strings(key);
  const miss = pairs.filter(([, v]) => !texts.some((t) => t.includes(norm(v))));
  for (const [f, v] of pairs) if (/(^#+\s)|\*\*|`|\]\(/.test(v)) errs.push(`${f} keeps Markdown syntax: ${v}`);
  const dated = [...(key.work ?? []).map((w) => [`work[${w.name}]`, w]), ...(key.education ?? []).map((e) => [`education[${e.institution}]`, e])];
  for (const [f, o] of dated) {
    for (const d of ['startDate', 'endDate']) {
      if (o[d] == null) continue;
      if (!DATE.test(o[d])) errs.push(`${f}.${d} bad format "${o[d]}"`);
      else if (o[d] !== 'present' && !texts.some((t) => t.includes(o[d].slice(0, 4)))) errs.push(`${f}.${d} year not printed`);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f} start ${o.startDate} > end ${o.endDate}`);
    if (o.startDate === 'present') errs.push(`${f} starts "present"`);
  }
  if (!key.basics?.name) errs.push('basics.name missing');
  if (!(key.sections ?? []).length) errs.push('no sections');
  if (pages < 1 || pages > 2) errs.push(`${pages} pages (want 1-2)`);
  total += pairs.length;
  console.log(`${id}: ${pairs.length - miss.length}/${pairs.length} strings, ${pages} page(s)${errs.length ? `, ${errs.length} other problem(s)` : ''}`);
  for (const [f, v] of miss) console.log(`   MISSING ${f}: ${v}`);
  for (const e of errs) console.log(`   ${e}`);
  problems += miss.length + errs.length;
}
console.log(`${cases} cases (${pdfs} PDF, ${docxs} DOCX), ${total} key strings checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
