#!/usr/bin/env node
// Checks every key string of each case against the text layer: pdftotext (default, -raw, -layout) of resume.pdf,
// or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time). Comparison is
// NFKC, case-, dash-, quote- and whitespace-insensitive, with line-break hyphens joined (a match that only works
// after dropping every hyphen is reported as a note). Also checks date formats (YYYY, YYYY-MM, present), start ≤ end,
// and that the year of every key date is printed.
//   node scripts/heldout/longcv/check.mjs /work/heldout/longcv [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
let bad = 0, total = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'longcv-chk-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-longcv', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* reported below */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) { console.log(`${id}: could not render DOCX`); bad++; continue; }
  }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const loose = texts.map((t) => t.replace(/-/g, ''));
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const foundLoose = (s) => loose.some((t) => t.includes(squash(s).replace(/-/g, '')));
  const strings = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const errs = [];
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (!o[k]) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      if (o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate.slice(0, 7) > o.endDate.slice(0, 7)) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) strings.push(['otherSections.item', it]);
  }
  const miss = [], notes = [];
  for (const [f, s] of strings) {
    if (found(s)) continue;
    if (foundLoose(s)) notes.push([f, s]); else miss.push([f, s]);
  }
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${notes.length ? ` (${notes.length} only without hyphens)` : ''}${errs.length ? `, ${errs.length} date errors` : ''}`);
  for (const [f, s] of notes) console.log(`   note ${f}: ${s.slice(0, 100)}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
