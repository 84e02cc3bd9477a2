#!/usr/bin/env node
// Checks every key string of each case against the text layer: pdftotext (default, -raw, -layout) of resume.pdf, or
// of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time). Comparison is NFKC,
// case-, dash-, quote- and whitespace-insensitive; private-use bullet glyphs are dropped. Also checks date formats
// (YYYY, YYYY-MM, present), start <= end, that every work item has a startDate, that the year of every key date and
// every printed date string listed in SOURCE.md occur in the text.
//   node scripts/heldout/southasia/check.mjs /work/heldout/southasia [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASEDIR [id-substring]'); process.exit(2); }
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const TMP = '/tmp/southasia-chk';
let bad = 0, total = 0, cases = 0;

function pdfOf(dir, id) {
  const pdf = path.join(dir, 'resume.pdf');
  if (fs.existsSync(pdf)) return pdf;
  fs.mkdirSync(TMP, { recursive: true });
  const src = path.join(TMP, `${id}.docx`);
  fs.copyFileSync(path.join(dir, 'resume.docx'), src);
  const out = path.join(TMP, `${id}.pdf`);
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-southasia', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', TMP, src], { stdio: 'ignore' });
  } catch { /* reported below */ }
  return fs.existsSync(out) ? out : null;
}

for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const pdf = pdfOf(dir, id);
  if (!pdf) { console.log(`${id}: could not render`); bad++; continue; }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
  const texts = raw.map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const strings = [];
  const errs = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (!o[k]) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      if (o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const x of w.highlights ?? []) strings.push(['work.highlights', x]);
    if (!w.startDate) errs.push(`work[${w.name}] has no startDate`);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) {
    for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
    for (const kw of p.keywords ?? []) strings.push(['projects.keywords', kw]);
  }
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else { strings.push(['otherSections.label', it.label]); strings.push(['otherSections.value', it.value]); }
    }
  }
  const src = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const m = /Printed date strings[^`]*```json\n([\s\S]*?)\n```/.exec(src);
  if (!m) errs.push('SOURCE.md lists no printed date strings');
  else for (const d of JSON.parse(m[1])) strings.push(['printedDate', d]);
  const secs = key.sections ?? [];
  if (new Set(secs).size !== secs.length) errs.push('duplicate section heading');
  const printed = m ? JSON.parse(m[1]) : [];
  // a 2-digit-year format ("July'18") prints the year only as 'YY: accept the year through a printed date string
  const yearOk = (f, s) => /\(year\)$/.test(f) && printed.some((d) => d.includes(s) || d.endsWith(`'${s.slice(2)}`));
  const miss = strings.filter(([f, s]) => !found(s) && !yearOk(f, s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}, ${pages} page(s)${errs.length ? `, ${errs.length} errors` : ''}`);
  if (pages > 2) errs.push(`${pages} pages (want 1-2)`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
