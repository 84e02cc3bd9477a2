#!/usr/bin/env node
// Verifies every key string of each case against the text layer: pdftotext (default, -raw, -layout) of resume.pdf,
// or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time). Strings are compared
// after NFKC, lower-casing, dash/quote folding (Lato's U+2219 read as the middle dot) and removal of all whitespace; line-break hyphens are also tried joined.
// Also checks the date format (YYYY, YYYY-MM, present), start ≤ end, that each key date's year (and month, printed as
// a name or a number) occurs, and that every case folder has resume.*, expected.json and SOURCE.md.
//   node scripts/heldout/academic/check.mjs /work/heldout/academic [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [root = '/work/heldout/academic', only] = process.argv.slice(2);
const fold = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\u2219/g, '\u00b7').replace(/[\ue000-\uf8ff]/g, '');
const squash = (s) => fold(s).replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

let problems = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.statSync(dir).isDirectory()) continue;
  cases++;
  const missingFiles = ['expected.json', 'SOURCE.md'].filter((f) => !fs.existsSync(path.join(dir, f)));
  const hasPdf = fs.existsSync(path.join(dir, 'resume.pdf')), hasDocx = fs.existsSync(path.join(dir, 'resume.docx'));
  if (missingFiles.length || hasPdf === hasDocx) { console.log(`${id}: bad folder (${missingFiles.join(', ')} pdf=${hasPdf} docx=${hasDocx})`); problems++; continue; }
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (hasDocx) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'academic-chk-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-academic', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* reported below when the PDF is missing */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) { console.log(`${id}: LibreOffice could not render the DOCX`); problems++; fs.rmSync(tmp, { recursive: true, force: true }); continue; }
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t, t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const strings = [];
  const errs = [];
  const b = key.basics ?? {};
  if (!b.name) errs.push('basics.name missing');
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dates = (o, f) => {
    for (const k of ['startDate', 'endDate']) {
      const v = o[k];
      if (!v) continue;
      if (!DATE.test(v)) { errs.push(`${f}.${k} bad format ${v}`); continue; }
      if (v === 'present') continue;
      strings.push([`${f}.${k}(year)`, v.slice(0, 4)]);
      if (v.length === 7) {
        const m = Number(v.slice(5));
        const t = fold(raw.join('\n'));
        const yr = v.slice(0, 4);
        const ok = new RegExp(`(${MONTHS[m - 1]}[a-z]*\\.?\\s*(-\\s*[a-z]+\\.?\\s*)?${yr}|${String(m).padStart(2, '0')}[/.]${yr}|${MONTHS[m - 1]}[a-z]*\\s*-)`).test(t);
        if (!ok) errs.push(`${f}.${k} month ${v} not printed`);
      }
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, `work[${w.position} @ ${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) strings.push(['otherSections.item', it]);
  }
  // sections must appear in the printed order
  let pos = -1;
  const flat = texts[0];
  for (const s of key.sections ?? []) {
    const i = flat.indexOf(squash(s), pos + 1);
    if (i < 0) continue;
    if (i < pos) errs.push(`section out of order: ${s}`);
    pos = i;
  }
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length} strings${errs.length ? `, ${errs.length} other problems` : ''}`);
  for (const [f, s] of miss) console.log(`   MISSING ${f}: ${s}`);
  for (const e of errs) console.log(`   ${e}`);
  problems += miss.length + errs.length;
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`${cases} cases, ${total} strings checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
