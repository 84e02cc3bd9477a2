#!/usr/bin/env node
// Verifies every key string of each case against the document's text layer:
//   node scripts/heldout/federal/check.mjs /work/heldout/federal [case-substring]
// Text layer = pdftotext (default, -raw, -layout) of resume.pdf, or of LibreOffice's PDF rendering of resume.docx
// (private profile /tmp/lo-federal, timeout 120, one at a time). Strings are compared after NFKC, lower-casing,
// unifying dashes and quotes and removing all whitespace; a line-break hyphen may be joined. Also checks date
// formats (YYYY, YYYY-MM, present), start ≤ end, that each key date's year is printed, and that the key has the
// required parts (name, work with position/name/dates, sections).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc`´]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function textLayers(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'federal-chk-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-federal', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* missing output is reported by the caller */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) return null;
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  // as extracted, and with line-break hyphens joined
  return raw.flatMap((t) => [t, t.replace(/([a-z])[-\u00ad]\n\s*([a-z])/g, '$1$2')]).map(norm);
}

function strings(key) {
  const out = [];
  const add = (f, v) => { if (v != null && v !== '') out.push([f, v]); };
  const b = key.basics ?? {};
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${k}`, b[k]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  for (const [i, w] of (key.work ?? []).entries()) {
    for (const k of ['name', 'position', 'location']) add(`work[${i}].${k}`, w[k]);
    for (const h of w.highlights ?? []) add(`work[${i}].highlights`, h);
  }
  for (const [i, e] of (key.education ?? []).entries()) {
    for (const k of ['institution', 'studyType', 'area', 'score']) add(`education[${i}].${k}`, e[k]);
    for (const c of e.courses ?? []) add(`education[${i}].courses`, c);
  }
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items ?? []) add('otherSections.item', it);
  }
  return out;
}

function dateErrors(key, texts, out) {
  const check = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (o[k] == null) continue;
      if (!DATE.test(o[k])) out.push(`${f}.${k} bad format ${o[k]}`);
      else if (o[k] !== 'present' && !texts.some((t) => t.includes(o[k].slice(0, 4)))) out.push(`${f}.${k} year ${o[k]} not printed`);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) out.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
  };
  (key.work ?? []).forEach((w, i) => {
    check(w, `work[${i}]`);
    if (!w.name || !w.position || !w.startDate) out.push(`work[${i}] lacks name/position/startDate`);
  });
  (key.education ?? []).forEach((e, i) => check(e, `education[${i}]`));
}

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
let problems = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const texts = textLayers(dir);
  if (!texts) { console.log(`${id}: could not render`); problems++; continue; }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const errs = [];
  const junk = /<\/?w:|<\/?(div|span|text):?|&amp;|&lt;|\\(textbf|item|par)|undefined|\[object/;
  if (texts.some((t) => junk.test(t))) errs.push(`markup or undefined leaked into the text layer: ${junk.exec(texts.find((t) => junk.test(t)))[0]}`);
  if (!key.basics?.name) errs.push('no basics.name');
  if (!key.sections?.length) errs.push('no sections');
  dateErrors(key, texts, errs);
  const ss = strings(key);
  const miss = ss.filter(([, s]) => !texts.some((t) => t.includes(norm(s))));
  total += ss.length;
  console.log(`${id}: ${ss.length - miss.length}/${ss.length} strings${errs.length ? `, ${errs.length} other problems` : ''}`);
  for (const [f, s] of miss) console.log(`   MISSING ${f}: ${String(s).slice(0, 120)}`);
  for (const e of errs) console.log(`   ${e}`);
  problems += miss.length + errs.length;
}
console.log(`${cases} cases, ${total} strings checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
