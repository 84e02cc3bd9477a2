#!/usr/bin/env node
// Checks every key string of each eastasia case against the text layer: pdftotext (default, -raw, -layout) of
// resume.pdf, or of LibreOffice's PDF export of resume.docx (private profile /tmp/lo-eastasia, timeout 120, one at a
// time). Comparison is NFKC, case-, dash-, quote- and whitespace-insensitive, with private-use icon glyphs dropped.
// Also checks date formats (YYYY, YYYY-MM, present), start <= end, that every work item has a startDate, that the
// year of every key date and every printed date string listed in SOURCE.md occur, and reports the page count.
//   node scripts/heldout/eastasia/check.mjs /work/heldout/eastasia [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASEDIR [id-substring]'); process.exit(2); }
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const TMP = '/tmp/eastasia-chk';
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
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-eastasia', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', TMP, src], { stdio: 'ignore' });
  } catch { /* reported below as a missing rendering */ }
  return fs.existsSync(out) ? out : null;
}

for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const pdf = pdfOf(dir, id);
  if (!pdf) { console.log(`${id}: could not render`); bad++; continue; }
  const pages = /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1];
  const texts = [[], ['-raw'], ['-layout']].map((a) => squash(execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' })));
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const strings = [];
  const errs = [];
  const b = key.basics;
  if (!b.name) errs.push('no basics.name');
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
    for (const k of ['name', 'position', 'location']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const hl of w.highlights ?? []) strings.push(['work.highlights', hl]);
    if (!w.startDate) errs.push(`work[${w.name}] has no startDate`);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const l of key.languages ?? []) { strings.push(['languages.language', l.language]); if (l.fluency) strings.push(['languages.fluency', l.fluency]); }
  for (const o of key.otherSections ?? []) {
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else { strings.push(['otherSections.label', it.label]); strings.push(['otherSections.value', it.value]); }
    }
  }
  const src = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const m = /\*\*Printed date strings \(checked by check\.mjs\):\*\* `(.*)`/.exec(src);
  if (!m) errs.push('SOURCE.md lists no printed date strings');
  for (const d of m ? JSON.parse(m[1]) : []) strings.push(['printed date', d]);
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length} strings, ${pages} page(s)${errs.length ? `, ${errs.length} key errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
