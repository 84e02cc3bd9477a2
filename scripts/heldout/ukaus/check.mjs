#!/usr/bin/env node
// Checker for the ukaus batch: every key string (basics, work, education, skills, sections, projects, otherSections
// including the string values of structured items) and every printed date string listed in SOURCE.md must occur in
// the text layer: pdftotext default / -raw / -layout of resume.pdf, or of LibreOffice's PDF rendering of resume.docx
// (private profile, timeout 120, sequential). Comparison ignores NFKC differences, case, dash and quote styles and
// whitespace; a line-break hyphen is joined. Also checks date formats (YYYY, YYYY-MM, present), start <= end, that the
// year of each key date is printed, and the page count (1-2 pages).
//   node scripts/heldout/ukaus/check.mjs /work/heldout/ukaus [id-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs DIR [id-substring]'); process.exit(2); }
const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const tmp = '/tmp/ukaus-check';
fs.mkdirSync(tmp, { recursive: true });

let problems = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    const src = path.join(tmp, `${id}.docx`);
    fs.copyFileSync(path.join(dir, 'resume.docx'), src);
    pdf = path.join(tmp, `${id}.pdf`);
    if (fs.existsSync(pdf)) fs.rmSync(pdf);
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-ukaus', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, src], { stdio: 'ignore' });
    } catch { /* reported below */ }
    if (!fs.existsSync(pdf)) { console.log(`${id}: DOCX could not be rendered`); problems++; continue; }
  }
  const errs = [];
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  if (!(pages >= 1 && pages <= 2)) errs.push(`page count ${pages}`);
  const texts = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }))
    .flatMap((t) => [t, t.replace(/[-\u00ad]\n\s*/g, '')]).map(norm);
  const has = (s) => texts.some((t) => t.includes(norm(s)));
  const leak = /<\/?[a-z]+:[a-z]|&(amp|lt|gt|quot);|\\(textbf|item|section|href|hfill)|\$\^/.exec(texts[0]);
  if (leak) errs.push(`markup leaked into the text layer: ${leak[0]}`);
  let key;
  try { key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')); } catch (e) { console.log(`${id}: bad JSON ${e.message}`); problems++; continue; }
  const strings = [];
  const add = (f, v) => { if (typeof v === 'string' && v) strings.push([f, v]); };
  const b = key.basics ?? {};
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${k}`, b[k]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (o[k] === undefined) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format ${o[k]}`);
      else if (o[k] !== 'present') add(`${f}.${k}(year)`, o[k].slice(0, 4));
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f} start > end`);
    if (o.startDate === 'present') errs.push(`${f} starts "present"`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location', 'summary']) add(`work.${k}`, w[k]);
    for (const x of w.highlights ?? []) add('work.highlights', x);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score']) add(`education.${k}`, e[k]);
    for (const x of e.highlights ?? []) add('education.highlights', x);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  for (const p of key.projects ?? []) for (const k of ['name', 'description']) add(`projects.${k}`, p[k]);
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    if (!(key.sections ?? []).includes(o.heading)) errs.push(`otherSections heading "${o.heading}" not in sections`);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') add('otherSections.item', it);
      else for (const [k, v] of Object.entries(it)) add(`otherSections.item.${k}`, v);
    }
  }
  const src = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const m = /```json\n(.*)\n```/.exec(src);
  if (!m) errs.push('SOURCE.md has no printed-date list');
  else for (const d of JSON.parse(m[1])) add('printed date', d);
  for (const k of ['name', 'email']) if (!b[k]) errs.push(`basics.${k} missing`);
  if (!(key.work ?? []).length) errs.push('no work entries');
  const miss = strings.filter(([, s]) => !has(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length} strings, ${pages} page(s)${errs.length ? `, ${errs.length} errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s.slice(0, 120)}`); problems++; }
  for (const e of errs) { console.log(`   ${e}`); problems++; }
}
console.log(`${cases} cases, ${total} strings checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
