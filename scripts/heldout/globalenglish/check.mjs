#!/usr/bin/env node
// Verifies every case of the globalenglish batch against its own text layer (never runs the parser):
// - every key string (basics, profiles, work, highlights, education, skills, sections, otherSections items and
//   {label, value} parts) must occur in pdftotext output (default, -raw or -layout) of resume.pdf, or of the
//   LibreOffice rendering of resume.docx; comparison is NFKC, case-, dash-, quote- and whitespace-insensitive, and
//   private-use icon glyphs are dropped;
// - every printed date string listed in SOURCE.md must occur too;
// - dates are YYYY / YYYY-MM / present, start <= end, the year of each key date is printed, each work item has a start;
// - headings are unique, and the document has 1-2 pages.
//   node scripts/heldout/globalenglish/check.mjs /work/heldout/globalenglish [id-substring]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [id-substring]'); process.exit(2); }
const TMPDIR = '/tmp/globalenglish-chk';
const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\u00ad/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function renderDocx(file) {
  fs.rmSync(TMPDIR, { recursive: true, force: true });
  fs.mkdirSync(TMPDIR, { recursive: true });
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-globalenglish', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', TMPDIR, file], { stdio: 'ignore' });
  } catch { /* the missing PDF is reported below */ }
  const pdf = path.join(TMPDIR, 'resume.pdf');
  return fs.existsSync(pdf) ? pdf : null;
}

let problems = 0, checked = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const errs = [];
  const pdf = fs.existsSync(path.join(dir, 'resume.pdf')) ? path.join(dir, 'resume.pdf') : renderDocx(path.join(dir, 'resume.docx'));
  if (!pdf) { console.log(`${id}: cannot render`); problems++; continue; }
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  if (!(pages >= 1 && pages <= 2)) errs.push(`page count ${pages}`);
  const texts = [[], ['-raw'], ['-layout']].map((a) => norm(execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' })));
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const want = [];
  const add = (f, v) => { if (v !== undefined && v !== null && v !== '') want.push([f, String(v)]); };
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${k}`, key.basics[k]);
  for (const p of key.basics.profiles ?? []) add('basics.profiles', p);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (o[k] === undefined) continue;
      if (!DATE.test(o[k])) errs.push(`${f}.${k} bad format "${o[k]}"`);
      else if (o[k] !== 'present') add(`${f}.${k} year`, o[k].slice(0, 4));
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f}: start ${o.startDate} > end ${o.endDate}`);
  };
  for (const w of key.work) {
    for (const k of ['name', 'position', 'location']) add(`work.${k}`, w[k]);
    for (const hl of w.highlights ?? []) add('work.highlight', hl);
    if (!w.startDate) errs.push(`work ${w.name}: no startDate`);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education) {
    for (const k of ['institution', 'studyType', 'area', 'score']) add(`education.${k}`, e[k]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills) add('skills', s);
  for (const s of key.sections) add('sections', s);
  if (new Set(key.sections.map(norm)).size !== key.sections.length) errs.push('duplicate section headings');
  for (const o of key.otherSections ?? []) {
    if (!key.sections.includes(o.heading)) errs.push(`otherSections heading "${o.heading}" not in sections`);
    for (const it of o.items) {
      if (typeof it === 'string') add('otherSections.item', it);
      else { add('otherSections.label', it.label); add('otherSections.value', it.value); }
    }
  }
  const src = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const m = /```json\n([\s\S]*?)\n```/.exec(src);
  for (const d of m ? JSON.parse(m[1]) : []) add('printed date', d);
  if (!m) errs.push('SOURCE.md has no printed date list');
  for (const [f, v] of want) if (!texts.some((t) => t.includes(norm(v)))) errs.push(`MISSING ${f}: ${v}`);
  checked += want.length;
  problems += errs.length;
  console.log(`${id}: ${want.length - errs.filter((e) => e.startsWith('MISSING')).length}/${want.length} strings, ${pages} page(s)${errs.length ? `, ${errs.length} problem(s)` : ''}`);
  for (const e of errs) console.log(`   ${e}`);
}
fs.rmSync(TMPDIR, { recursive: true, force: true });
console.log(`${cases} cases, ${checked} strings checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
