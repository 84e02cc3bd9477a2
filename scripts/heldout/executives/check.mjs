#!/usr/bin/env node
// Verifies each executives case: every string of expected.json must occur in the text layer (pdftotext default,
// -raw and -layout of resume.pdf, or of LibreOffice's PDF rendering of resume.docx), compared after NFKC, lower
// case, dash/quote folding, dropping private-use glyphs and all whitespace (line-break hyphens also tried joined).
// Dates must be YYYY / YYYY-MM / present with start <= end, and each key year must be printed.
//   node scripts/heldout/executives/check.mjs /work/heldout/executives [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root = '/work/heldout/executives', only] = process.argv.slice(2);
const fold = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-')
  .replace(/[\u2018\u2019\u02bc]/g, "'")
  .replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '')
  .replace(/\s+/g, '');
const DATE_RE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function textLayers(pdf) {
  const outs = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  return outs.flatMap((t) => [t, t.replace(/[-\u00ad]\n\s*/g, '')]).map(fold);
}

function collect(key) {
  const s = [];
  const b = key.basics ?? {};
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) s.push([`basics.${k}`, b[k]]);
  for (const x of b.profiles ?? []) s.push(['basics.profiles', x]);
  for (const w of key.work ?? []) {
    for (const k of ['name', 'description', 'position', 'location', 'summary']) if (w[k]) s.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) s.push(['work.highlight', h]);
  }
  for (const ed of key.education ?? []) for (const k of ['institution', 'studyType', 'area', 'score']) if (ed[k]) s.push([`education.${k}`, ed[k]]);
  for (const x of key.skills ?? []) s.push(['skills', x]);
  for (const x of key.sections ?? []) s.push(['sections', x]);
  for (const o of key.otherSections ?? []) {
    s.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) s.push(['otherSections.item', it]);
  }
  return s;
}

function dateErrors(key, texts) {
  const errs = [];
  const items = [...(key.work ?? []).map((w) => [`work[${w.name} / ${w.position}]`, w]), ...(key.education ?? []).map((e) => [`education[${e.institution}]`, e])];
  for (const [label, o] of items) {
    for (const k of ['startDate', 'endDate']) {
      const v = o[k];
      if (v === undefined) continue;
      if (!DATE_RE.test(v)) errs.push(`${label}.${k} bad format "${v}"`);
      else if (v !== 'present' && !texts.some((t) => t.includes(v.slice(0, 4)))) errs.push(`${label}.${k} year ${v.slice(0, 4)} not printed`);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${label} start ${o.startDate} > end ${o.endDate}`);
    if (o.startDate === 'present') errs.push(`${label} starts at present`);
  }
  return errs;
}

let problems = 0, strings = 0, cases = 0;
const tmpRoot = fs.mkdtempSync('/tmp/executives-chk-');
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  const keyFile = path.join(dir, 'expected.json');
  if (!fs.existsSync(keyFile)) continue;
  cases++;
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    const out = path.join(tmpRoot, id);
    fs.mkdirSync(out);
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-executives', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported just below */ }
    pdf = path.join(out, 'resume.pdf');
    if (!fs.existsSync(pdf)) { console.log(`${id}: DOCX could not be rendered`); problems++; continue; }
  }
  const key = JSON.parse(fs.readFileSync(keyFile, 'utf8'));
  const texts = textLayers(pdf);
  const list = collect(key);
  const missing = list.filter(([, v]) => !texts.some((t) => t.includes(fold(v))));
  const errs = dateErrors(key, texts);
  strings += list.length;
  problems += missing.length + errs.length;
  console.log(`${id}: ${list.length - missing.length}/${list.length} strings${errs.length ? `, ${errs.length} date errors` : ''}`);
  for (const [f, v] of missing) console.log(`   MISSING ${f}: ${v}`);
  for (const e of errs) console.log(`   DATE ${e}`);
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`${cases} cases, ${strings} strings checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
