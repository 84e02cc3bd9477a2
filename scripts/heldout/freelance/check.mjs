#!/usr/bin/env node
// Verifies every answer-key string of the freelance batch against the document's text layer:
//   node scripts/heldout/freelance/check.mjs /work/heldout/freelance [case-substring]
// The text layer is pdftotext (default, -raw and -layout) of resume.pdf, or of LibreOffice's PDF rendering of
// resume.docx (private profile /tmp/lo-freelance, timeout 120, one file at a time). Strings are compared after
// NFKC, lower-casing, unifying dashes and quotes, and removing all whitespace (line breaks inside wrapped bullets
// and table cells do not matter); a line-break hyphen is also tried joined. Dates must be YYYY, YYYY-MM or
// "present", start ≤ end, and the year of every key date must be printed. Exit code 1 on any problem.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-')
  .replace(/[\u2018\u2019\u201a\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '')
  .replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function textLayers(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'freelance-check-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-freelance', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported by the caller */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) return null;
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  return raw.flatMap((t) => [t, t.replace(/[-\u00ad]\n\s*/g, '')]).map(norm);
}

// Every string the key claims is printed, with the field it came from.
function keyStrings(key, errs) {
  const out = [];
  const add = (f, v) => { if (v != null && v !== '') out.push([f, String(v)]); };
  const b = key.basics ?? {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  const dates = (o, where) => {
    for (const f of ['startDate', 'endDate']) {
      if (o[f] == null) continue;
      if (!DATE.test(o[f])) errs.push(`${where}.${f}: bad date format "${o[f]}"`);
      else if (o[f] !== 'present') add(`${where}.${f} (year)`, o[f].slice(0, 4));
    }
    if (o.startDate && o.endDate) {
      if (o.startDate === 'present') errs.push(`${where}: startDate is "present"`);
      else if (o.endDate !== 'present' && o.startDate.slice(0, 7) > o.endDate.slice(0, 7)) errs.push(`${where}: start ${o.startDate} after end ${o.endDate}`);
    }
  };
  (key.work ?? []).forEach((w, i) => {
    if (!w.name || !w.position) errs.push(`work[${i}] lacks name or position`);
    for (const f of ['name', 'position', 'location', 'summary']) add(`work[${i}].${f}`, w[f]);
    for (const h of w.highlights ?? []) add(`work[${i}].highlights`, h);
    dates(w, `work[${i}] ${w.name}`);
  });
  (key.education ?? []).forEach((e, i) => {
    for (const f of ['institution', 'studyType', 'area', 'score', 'location']) add(`education[${i}].${f}`, e[f]);
    dates(e, `education[${i}] ${e.institution}`);
  });
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  for (const p of key.projects ?? []) { add('projects.name', p.name); add('projects.description', p.description); }
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items ?? []) add('otherSections.item', typeof it === 'string' ? it : JSON.stringify(it));
  }
  return out;
}

let problems = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  const kf = path.join(dir, 'expected.json');
  if (!fs.existsSync(kf)) continue;
  cases++;
  const texts = textLayers(dir);
  if (!texts) { console.log(`${id}: could not render the DOCX`); problems++; continue; }
  const key = JSON.parse(fs.readFileSync(kf, 'utf8'));
  const errs = [];
  const strings = keyStrings(key, errs);
  if (!fs.existsSync(path.join(dir, 'SOURCE.md'))) errs.push('SOURCE.md missing');
  const missing = strings.filter(([, s]) => !texts.some((t) => t.includes(norm(s))));
  total += strings.length;
  console.log(`${id}: ${strings.length - missing.length}/${strings.length} strings found${errs.length ? `, ${errs.length} other problems` : ''}`);
  for (const [f, s] of missing) console.log(`   MISSING ${f}: ${s.slice(0, 120)}`);
  for (const e of errs) console.log(`   ${e}`);
  problems += missing.length + errs.length;
}
console.log(`${cases} cases, ${total} key strings checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
