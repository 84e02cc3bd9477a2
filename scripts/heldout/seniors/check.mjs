#!/usr/bin/env node
// Verifies every answer-key string of the `seniors` batch against the PDF text layer.
//   node scripts/heldout/seniors/check.mjs /work/heldout/seniors [case-substring]
// Text layers: pdftotext default, -raw and -layout of resume.pdf, or of LibreOffice's PDF rendering of resume.docx
// (private profile, timeout 120, one at a time). Comparison: NFKC, lower case, dashes/quotes unified, private-use
// glyphs and all whitespace removed, line-break hyphens joined. Also: date formats (YYYY, YYYY-MM, present),
// start ≤ end, the year of every date printed, no empty strings, no duplicate section headings.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const TMP = '/tmp/seniors-check';

function textLayers(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    const docx = path.join(dir, 'resume.docx');
    const out = path.join(TMP, path.basename(dir));
    fs.rmSync(out, { recursive: true, force: true });
    fs.mkdirSync(out, { recursive: true });
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-seniors', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported by the caller */ }
    pdf = path.join(out, 'resume.pdf');
    if (!fs.existsSync(pdf)) return null;
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  return raw.flatMap((t) => [t, t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(norm);
}

let bad = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const texts = textLayers(dir);
  if (!texts) { console.log(`${id}: could not render`); bad++; continue; }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const strings = [], errs = [], years = [];
  const add = (f, v) => {
    if (typeof v !== 'string' || !v.trim()) errs.push(`${f} empty or not a string`);
    else strings.push([f, v]);
  };
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (k in b) add(`basics.${k}`, b[k]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      if (!(k in o)) continue;
      if (!DATE.test(o[k])) { errs.push(`${f}.${k} bad format ${o[k]}`); continue; }
      if (o[k] !== 'present') years.push([`${f}.${k}(year)`, o[k].slice(0, 4)]);
    }
    const m = Math.min(o.startDate?.length ?? 0, o.endDate?.length ?? 0);
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate.slice(0, m) > o.endDate.slice(0, m)) errs.push(`${f}: start ${o.startDate} > end ${o.endDate}`);
    if (o.startDate === 'present') errs.push(`${f}: start is present`);
  };
  for (const [i, w] of (key.work ?? []).entries()) {
    for (const k of ['name', 'position', 'description', 'location', 'summary']) if (k in w) add(`work[${i}].${k}`, w[k]);
    for (const h of w.highlights ?? []) add(`work[${i}].highlights`, h);
    dates(w, `work[${i}]`);
  }
  for (const [i, e] of (key.education ?? []).entries()) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (k in e) add(`education[${i}].${k}`, e[k]);
    dates(e, `education[${i}]`);
  }
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  if (new Set(key.sections).size !== key.sections.length) errs.push('duplicate section heading');
  for (const p of key.projects ?? []) for (const k of ['name', 'description', 'url']) if (k in p) add(`projects.${k}`, p[k]);
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    if (!key.sections.includes(o.heading)) errs.push(`otherSections heading "${o.heading}" not in sections`);
    for (const it of o.items ?? []) add('otherSections.item', it);
  }
  const miss = strings.filter(([, s]) => !texts.some((t) => t.includes(norm(s))));
  // A year counts as printed in full, or as a two-digit end year after a dash ("2014–16").
  for (const y of years) if (!texts.some((t) => t.includes(y[1]) || t.includes(`-${y[1].slice(2)}`))) miss.push(y);
  total += strings.length + years.length;
  console.log(`${id}: ${strings.length + years.length - miss.length}/${strings.length + years.length}${errs.length ? `, ${errs.length} errors` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ERROR ${e}`); bad++; }
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
