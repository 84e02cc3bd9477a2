#!/usr/bin/env node
// Verifies every answer-key string of each "typesetters" case against the text layer: pdftotext (default, -raw,
// -layout) of resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at
// a time). Comparison ignores Unicode compatibility forms (NFKC: ligatures), case, dash and quote variants and all
// whitespace; line-break hyphens are also tried joined. Also checks date formats (YYYY, YYYY-MM, present),
// start <= end, that each key date's year (and month name or number, where the key has a month) is printed, and
// that every case has the required files.
//   node scripts/heldout/typesetters/check.mjs /work/heldout/typesetters [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs <batch-dir> [case-substring]'); process.exit(2); }
const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u2043\ufe63\uff0d]/g, '-').replace(/[\u2018\u2019\u201a\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"')
  .replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const MON = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
let bad = 0, total = 0, cases = 0;
const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'typesetters-chk-'));
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.statSync(dir).isDirectory()) continue;
  cases++;
  const errs = [];
  for (const f of ['expected.json', 'SOURCE.md']) if (!fs.existsSync(path.join(dir, f))) errs.push(`missing ${f}`);
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    const docx = path.join(dir, 'resume.docx');
    if (!fs.existsSync(docx)) { console.log(`${id}: no resume.pdf or resume.docx`); bad++; continue; }
    const tmp = path.join(tmpRoot, id);
    fs.mkdirSync(tmp);
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-typesetters', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, docx], { stdio: 'ignore' });
    } catch { /* reported below */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) { console.log(`${id}: LibreOffice could not render the DOCX`); bad++; continue; }
  }
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u2010\u00ad]\n\s*/g, '')]).map(norm);
  const found = (s) => texts.some((t) => t.includes(norm(s)));
  const strings = [];
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
        const t = texts[0];
        if (!(t.includes(MON[m - 1]) || t.includes(`${String(m).padStart(2, '0')}/${v.slice(0, 4)}`) || t.includes(`${String(m).padStart(2, '0')}.${v.slice(0, 4)}`))) errs.push(`${f}.${k}: month of ${v} not printed`);
      }
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
  };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, `work[${w.name}]`);
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) strings.push(['otherSections.item', it]);
  }
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${errs.length ? `, ${errs.length} other problems` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
}
fs.rmSync(tmpRoot, { recursive: true, force: true });
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
