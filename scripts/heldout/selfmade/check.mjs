#!/usr/bin/env node
// Checks the "selfmade" answer keys against the text layer, never against the parser.
//   node scripts/heldout/selfmade/check.mjs /work/heldout/selfmade [case-substring]
// For each case: pdftotext (default, -raw, -layout) of resume.pdf, or of LibreOffice's PDF rendering of resume.docx
// (private profile, timeout 120, one conversion at a time). Every key string must occur in one of the texts after
// normalising NFKC, case, dashes, quotes, private-use glyphs and whitespace (a line-break hyphen may be joined).
// Also: dates are YYYY / YYYY-MM / present, start ≤ end, the year of every key date is printed, and every printed
// date string listed in SOURCE.md ("Printed dates: …") is on the page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-')
  .replace(/[\u2018\u2019\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '')
  .replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function pdfFor(dir, tmpRoot) {
  const pdf = path.join(dir, 'resume.pdf');
  if (fs.existsSync(pdf)) return pdf;
  const out = fs.mkdtempSync(path.join(tmpRoot, 'chk-'));
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-selfmade', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
  } catch { /* reported by the caller when no PDF appears */ }
  const made = path.join(out, 'resume.pdf');
  return fs.existsSync(made) ? made : null;
}

function collect(key) {
  const s = [];
  const add = (field, v) => { if (v != null && v !== '') s.push([field, String(v)]); };
  const b = key.basics ?? {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const pr of b.profiles ?? []) add('basics.profiles', pr);
  for (const w of key.work ?? []) {
    for (const f of ['name', 'position', 'location', 'summary']) add(`work.${f}`, w[f]);
    for (const hl of w.highlights ?? []) add('work.highlights', hl);
  }
  for (const e of key.education ?? []) for (const f of ['institution', 'studyType', 'area', 'score']) add(`education.${f}`, e[f]);
  for (const sk of key.skills ?? []) add('skills', sk);
  for (const h of key.sections ?? []) add('sections', h);
  for (const pr of key.projects ?? []) {
    for (const f of ['name', 'description']) add(`projects.${f}`, pr[f]);
    for (const kw of pr.keywords ?? []) add('projects.keywords', kw);
  }
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items ?? []) add('otherSections.item', it);
  }
  return s;
}

function dateErrors(key) {
  const errs = [], years = [];
  const check = (o, label) => {
    for (const f of ['startDate', 'endDate']) {
      if (o[f] == null) continue;
      if (!DATE.test(o[f])) errs.push(`${label}.${f} bad format "${o[f]}"`);
      else if (o[f] !== 'present') years.push([`${label}.${f}`, o[f].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${label} start ${o.startDate} > end ${o.endDate}`);
    if (o.startDate === 'present') errs.push(`${label} starts "present"`);
  };
  (key.work ?? []).forEach((w, i) => check(w, `work[${i}]`));
  (key.education ?? []).forEach((e, i) => check(e, `education[${i}]`));
  return { errs, years };
}

const tmpRoot = fs.mkdtempSync('/tmp/selfmade-check-');
let problems = 0, strings = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  const dir = path.join(root, id);
  if (only && !id.includes(only)) continue;
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const pdf = pdfFor(dir, tmpRoot);
  if (!pdf) { console.log(`${id}: could not render`); problems++; continue; }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t, t.replace(/[-\u00ad]\n\s*/g, '')]).map(norm);
  const has = (v) => texts.some((t) => t.includes(norm(v)));
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const list = collect(key);
  const { errs, years } = dateErrors(key);
  const printed = (/^Printed dates: (.*)\.$/m.exec(fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8'))?.[1] ?? '')
    .split(/", "/).map((x) => x.replace(/^"|"$/g, '')).filter(Boolean);
  const miss = list.filter(([, v]) => !has(v));
  const missYears = years.filter(([, y]) => !has(y));
  const missPrinted = printed.filter((d) => !has(d));
  for (const must of ['name', 'email', 'phone']) if (!key.basics?.[must]) errs.push(`basics.${must} missing`);
  if (!(key.sections ?? []).length) errs.push('no sections');
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  const n = list.length + years.length + printed.length;
  strings += n;
  const bad = miss.length + missYears.length + missPrinted.length + errs.length;
  problems += bad;
  console.log(`${id}: ${n - miss.length - missYears.length - missPrinted.length}/${n} found, ${pages} page(s)${errs.length ? `, ${errs.length} key errors` : ''}`);
  for (const [f, v] of miss) console.log(`   MISSING ${f}: ${v}`);
  for (const [f, y] of missYears) console.log(`   MISSING year of ${f}: ${y}`);
  for (const d of missPrinted) console.log(`   MISSING printed date: ${d}`);
  for (const e of errs) console.log(`   ${e}`);
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`${cases} cases, ${strings} strings and dates checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
