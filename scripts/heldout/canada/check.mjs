#!/usr/bin/env node
// Checks every string of each answer key against the text layer of the case: pdftotext (default, -raw, -layout) of
// resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private profile, timeout 120, one at a time).
// Comparison ignores Unicode compatibility forms (NFKC), case, dash and quote variants and all whitespace; words
// split by a line-break hyphen are joined. Also checks date formats (YYYY, YYYY-MM, present), start ≤ end, that the
// year of every key date is printed, and that a printed month exists for every YYYY-MM date.
//   node scripts/heldout/canada/check.mjs /work/heldout/canada [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { LO_PROFILE } from './lib.mjs';

const [root = '/work/heldout/canada', only] = process.argv.slice(2);
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function textLayer(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync('/tmp/canada-chk-');
    try {
      execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported by the caller */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) return null;
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  return raw;
}

let bad = 0, total = 0, cases = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const raw = textLayer(dir);
  if (!raw) { console.log(`${id}: could not render DOCX`); bad++; continue; }
  const texts = raw.flatMap((t) => [t, t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const plain = squash(raw.join('\n'));
  const found = (s) => texts.some((t) => t.includes(squash(s)));
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const strings = [];
  const errs = [];
  const b = key.basics ?? {};
  if (!b.name) errs.push('basics.name missing');
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[f]) strings.push([`basics.${f}`, b[f]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dates = (o, f) => {
    for (const d of ['startDate', 'endDate']) {
      if (o[d] == null) continue;
      if (!DATE.test(o[d])) { errs.push(`${f}.${d} bad format "${o[d]}"`); continue; }
      if (o[d] === 'present') continue;
      strings.push([`${f}.${d}(year)`, o[d].slice(0, 4)]);
      if (o[d].length === 7) {
        const m = Number(o[d].slice(5)) - 1;
        const printed = plain.includes(MONTHS[m]) || plain.includes(`${o[d].slice(5)}/${o[d].slice(0, 4)}`) || plain.includes(o[d]);
        if (!printed) errs.push(`${f}.${d} month ${o[d]} not printed in any form`);
      }
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate !== 'present' && o.startDate.slice(0, 7) > o.endDate.slice(0, 7)) errs.push(`${f} start > end (${o.startDate} > ${o.endDate})`);
    if (o.startDate === 'present') errs.push(`${f} startDate is present`);
  };
  const workLike = (w, f) => {
    for (const x of ['name', 'position', 'location', 'summary']) if (w[x]) strings.push([`${f}.${x}`, w[x]]);
    for (const h of w.highlights ?? []) strings.push([`${f}.highlights`, h]);
    dates(w, `${f}[${w.name}]`);
  };
  for (const w of key.work ?? []) workLike(w, 'work');
  for (const e of key.education ?? []) {
    for (const x of ['institution', 'studyType', 'area', 'score', 'location']) if (e[x]) strings.push([`education.${x}`, e[x]]);
    dates(e, `education[${e.institution}]`);
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) {
    strings.push(['projects.name', p.name]);
    for (const kw of p.keywords ?? []) strings.push(['projects.keywords', kw]);
    for (const h of p.highlights ?? []) strings.push(['projects.highlights', h]);
    dates(p, `projects[${p.name}]`);
  }
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    if (!key.sections.includes(o.heading) && !/^Spoken languages$/.test(o.heading)) errs.push(`otherSections heading "${o.heading}" is not in sections`);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else workLike(it, `otherSections[${o.heading}]`);
    }
  }
  if (new Set(key.sections).size !== key.sections.length) errs.push('duplicate section headings');
  const miss = strings.filter(([, s]) => !found(s));
  total += strings.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}${errs.length ? `, ${errs.length} other problems` : ''}`);
  for (const [f, s] of miss) { console.log(`   MISSING ${f}: ${s}`); bad++; }
  for (const e of errs) { console.log(`   ${e}`); bad++; }
}
console.log(`${cases} cases, ${total} strings checked, ${bad} problems`);
process.exit(bad ? 1 : 0);
