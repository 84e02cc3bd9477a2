#!/usr/bin/env node
// Verifies every key string of each case against the page's text layer: pdftotext (default, -raw, -layout) of
// resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time).
// Comparison ignores Unicode compatibility forms (NFKC), case, dash and quote variants, bullets/private-use glyphs and
// whitespace; a line-end hyphen is joined. Also checks date formats (YYYY, YYYY-MM, present), start ≤ end, that the
// year of every date is printed, and that every work item has a name, position and dates.
//   node scripts/heldout/students/check.mjs /work/heldout/students [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
let bad = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'students-chk-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-students', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* reported below */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) { console.log(`${id}: could not render DOCX`); bad++; continue; }
  }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const strings = [];
  const errs = [];
  const b = key.basics ?? {};
  if (!b.name) errs.push('no basics.name');
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (!o[k]) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      if (o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
    if (o.startDate === 'present') errs.push(`${f} startDate present`);
  };
  for (const w of key.work ?? []) {
    if (!w.name || !w.position || !w.startDate || !w.endDate) errs.push(`work item incomplete: ${JSON.stringify(w).slice(0, 80)}`);
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    for (const c of e.courses ?? []) strings.push(['education.courses', c]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) {
    strings.push(['projects.name', p.name]);
    for (const h of p.highlights ?? []) strings.push(['projects.highlights', h]);
    dates(p, `projects[${p.name}]`);
  }
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) strings.push(['otherSections.item', it]);
  }
  if (new Set(key.sections).size !== key.sections.length) errs.push('duplicate section heading');
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${errs.length ? `, ${errs.length} key errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
