#!/usr/bin/env node
// Checks every key string of each datasci case against the text layer: pdftotext (default, -raw, -layout) of
// resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time).
// Comparison folds NFKC, case, dashes, quotes and whitespace, drops private-use icon glyphs and joins line-break
// hyphens. Also checks date formats (YYYY, YYYY-MM, present), start <= end, that the year of every key date is printed,
// and that the section headings occur in key order in the default text layer.
//   node scripts/heldout/datasci/check.mjs /work/heldout/datasci [case-substring] [--keep DIR]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const args = process.argv.slice(2);
const ki = args.indexOf('--keep');
const keep = ki >= 0 ? args.splice(ki, 2)[1] : null;
const [root, only] = args;
if (!root) {
  console.error('usage: check.mjs CASES_DIR [case-substring] [--keep DIR]');
  process.exit(2);
}
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u201b]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

let bad = 0;
let total = 0;
let cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  let pdf = path.join(dir, 'resume.pdf');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'datasci-chk-'));
  if (!fs.existsSync(pdf)) {
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-datasci', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* reported below */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) {
      console.log(`${id}: could not render DOCX`);
      bad++;
      continue;
    }
    if (keep) {
      fs.mkdirSync(keep, { recursive: true });
      fs.copyFileSync(pdf, path.join(keep, `${id}.pdf`));
    }
  }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const strings = [];
  const errs = [];
  const b = key.basics;
  if (!b?.name) errs.push('basics.name missing');
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const pr of b.profiles ?? []) strings.push(['basics.profiles', pr]);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (!o[k]) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      if (o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
    if (o.startDate === 'present') errs.push(`${f} startDate is present`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const pr of key.projects ?? []) {
    for (const k of ['name', 'description', 'url']) if (pr[k]) strings.push([`projects.${k}`, pr[k]]);
    for (const kw of pr.keywords ?? []) strings.push(['projects.keywords', kw]);
    dates(pr, `projects[${pr.name}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) strings.push(['otherSections.item', it]);
  }
  // months: a key month must be printed in some form next to its year (checked loosely: the year is printed)
  const miss = strings.filter(([, s]) => !found(s));
  // section order in the default text layer (first occurrence after the previous heading)
  const flat = texts[0];
  let pos = 0;
  const order = [];
  for (const h of key.sections ?? []) {
    const i = flat.indexOf(squash(h), pos);
    if (i < 0) order.push(h); else pos = i + 1;
  }
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${errs.length ? `, ${errs.length} key errors` : ''}${order.length ? `, section order differs at ${order.join(', ')}` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
  if ((key.layout?.columns ?? 1) === 1) bad += order.length;
  else if (order.length) console.log('   (two-column layout: the text layer interleaves the columns, order not counted)');
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
