#!/usr/bin/env node
// Checks every key string of each euroenglish case against the text layer: pdftotext (default, -raw, -layout) of
// resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time).
// Comparison is NFKC-, case-, dash-, quote- and whitespace-insensitive, with line-break hyphens joined; Lato's
// middle dot, which the text layer gives as U+2219, counts as U+00B7.
// Also checks date formats (YYYY, YYYY-MM, present), start <= end, that every work item has a startDate and that
// the year of every key date is printed.
//   node scripts/heldout/euroenglish/check.mjs /work/heldout/euroenglish [id-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASEDIR [id-substring]'); process.exit(2); }
const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"')
  .replace(/\u2219/g, '\u00b7').replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const TMP = '/tmp/euroenglish-check';

function textOf(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    fs.mkdirSync(TMP, { recursive: true });
    const out = path.join(TMP, 'resume.pdf');
    fs.rmSync(out, { force: true });
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-euroenglish', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', TMP, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* reported below as a missing rendering */ }
    if (!fs.existsSync(out)) return null;
    pdf = out;
  }
  const pages = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)?.[1];
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  return { pages, texts: raw.flatMap((t) => [t, t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(norm) };
}

let bad = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const got = textOf(dir);
  if (!got) { console.log(`${id}: could not render`); bad++; continue; }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const strings = [], errs = [];
  const b = key.basics;
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[f]) strings.push([`basics.${f}`, b[f]]);
  for (const pr of b.profiles ?? []) strings.push(['basics.profiles', pr]);
  const dates = (o, f) => {
    for (const d of ['startDate', 'endDate']) {
      if (!o[d]) continue;
      if (!DATE.test(o[d])) errs.push(`${f}.${d} bad format ${o[d]}`);
      if (o[d] !== 'present') strings.push([`${f}.${d}(year)`, o[d].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${f}: start ${o.startDate} > end ${o.endDate}`);
  };
  for (const w of key.work ?? []) {
    for (const f of ['name', 'position', 'location']) if (w[f]) strings.push([`work.${f}`, w[f]]);
    for (const x of w.highlights ?? []) strings.push(['work.highlights', x]);
    if (!w.startDate) errs.push(`work[${w.name}] has no startDate`);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const f of ['institution', 'studyType', 'area', 'score', 'location']) if (e[f]) strings.push([`education.${f}`, e[f]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else for (const [f, v] of Object.entries(it)) strings.push([`otherSections.item.${f}`, v]);
    }
  }
  const miss = strings.filter(([, s]) => !got.texts.some((t) => t.includes(norm(s))));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length} strings, ${got.pages} page(s)${errs.length ? `, ${errs.length} key errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
