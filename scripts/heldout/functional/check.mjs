#!/usr/bin/env node
// Verifies every key string of each case against the text layer: pdftotext (default, -raw, -layout) of resume.pdf,
// or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time). Comparison is
// NFKC-, case-, dash-, quote- and whitespace-insensitive, with line-end hyphens joined and tab-leader dots removed.
// Also checks date formats (YYYY, YYYY-MM, present), start ≤ end, that each key date's year is printed, that
// one-line roles have no highlights key, and that section headings are unique.
//   node scripts/heldout/functional/check.mjs /work/heldout/functional [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\.{3,}/g, ' ').replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
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
    tmp = fs.mkdtempSync('/tmp/functional-chk-');
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-functional', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported below */ }
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
      if (o[k] == null) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      if (o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
    if (o.startDate === 'present') errs.push(`${f} startDate present`);
  };
  const workish = (w, f) => {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`${f}.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push([`${f}.highlights`, h]);
    if (w.highlights && !w.highlights.length) errs.push(`${f} empty highlights array`);
    dates(w, `${f}[${w.name}]`);
  };
  for (const w of key.work ?? []) {
    if (!w.name || !w.position || !w.startDate) errs.push(`work item incomplete: ${JSON.stringify(w).slice(0, 80)}`);
    workish(w, 'work');
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  if (new Set((key.sections ?? []).map(squash)).size !== (key.sections ?? []).length) errs.push('duplicate section heading');
  for (const p of key.projects ?? []) {
    for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
    for (const kw of p.keywords ?? []) strings.push(['projects.keywords', kw]);
    for (const h of p.highlights ?? []) strings.push(['projects.highlights', h]);
    dates(p, `projects[${p.name}]`);
  }
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    if (!(key.sections ?? []).includes(o.heading)) errs.push(`otherSections heading not in sections: ${o.heading}`);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else if (it.group) { strings.push(['otherSections.group', it.group]); for (const x of it.items) strings.push(['otherSections.group.item', x]); }
      else if (it.title) { for (const k of ['title', 'issuer']) if (it[k]) strings.push([`otherSections.${k}`, it[k]]); if (it.date) strings.push(['otherSections.date', it.date]); }
      else workish(it, 'otherSections.work');
    }
  }
  // key strings that are section headings must be real headings, and the work/skills/sections blocks must exist
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${errs.length ? `, ${errs.length} errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
