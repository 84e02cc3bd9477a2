#!/usr/bin/env node
// Verifies every answer-key string of the "exports" batch against the text layer: pdftotext (default, -raw,
// -layout) of resume.pdf, or of a LibreOffice PDF rendering of resume.docx (private profile, timeout 120, one at a
// time). Comparison after NFKC, lower-casing, unified dashes/quotes, private-use glyphs dropped and all whitespace
// removed; line-break hyphens are tried both kept and joined. Also: dates must be YYYY, YYYY-MM or "present",
// start ≤ end, the year of every date must be printed, and no key string may be empty.
//   node scripts/heldout/exports/check.mjs /work/heldout/exports [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

export function textLayers(dir) {
  let pdf = path.join(dir, 'resume.pdf');
  let tmp = null;
  if (!fs.existsSync(pdf)) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'exports-chk-'));
    try {
      execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-exports', '--headless', '--norestore',
        '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
    } catch { /* a missing PDF is reported by the caller */ }
    pdf = path.join(tmp, 'resume.pdf');
    if (!fs.existsSync(pdf)) return null;
  }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  return raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u00ad]\n\s*/g, '')]).map(norm);
}

function keyStrings(key) {
  const out = [];
  const add = (f, v) => out.push([f, v]);
  const b = key.basics ?? {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (f in b) add(`basics.${f}`, b[f]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  for (const w of key.work ?? []) {
    for (const f of ['name', 'position', 'location', 'summary']) if (f in w) add(`work.${f}`, w[f]);
    for (const h of w.highlights ?? []) add('work.highlights', h);
  }
  for (const e of key.education ?? []) for (const f of ['institution', 'studyType', 'area', 'score']) if (f in e) add(`education.${f}`, e[f]);
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  for (const p of key.projects ?? []) for (const f of ['name', 'description']) if (f in p) add(`projects.${f}`, p[f]);
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items) {
      if (typeof it === 'string') add('otherSections.item', it);
      else for (const v of Object.values(it)) add('otherSections.item', v);
    }
  }
  return out;
}

function dateErrors(key) {
  const errs = [];
  const years = [];
  const one = (o, where) => {
    for (const f of ['startDate', 'endDate']) {
      if (!(f in o)) continue;
      if (!DATE.test(o[f])) errs.push(`${where}.${f} bad format "${o[f]}"`);
      else if (o[f] !== 'present') years.push([where, o[f].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate) errs.push(`${where} start ${o.startDate} > end ${o.endDate}`);
    if (o.startDate === 'present') errs.push(`${where} startDate is "present"`);
  };
  (key.work ?? []).forEach((w, i) => one(w, `work[${i}]`));
  (key.education ?? []).forEach((e, i) => one(e, `education[${i}]`));
  (key.projects ?? []).forEach((p, i) => one(p, `projects[${i}]`));
  return { errs, years };
}

export function checkCase(dir) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const texts = textLayers(dir);
  if (!texts) return { total: 0, problems: ['could not render the DOCX'] };
  const problems = [];
  const strings = keyStrings(key);
  for (const [f, v] of strings) {
    if (typeof v !== 'string' || !v.trim()) { problems.push(`${f} empty or not a string: ${JSON.stringify(v)}`); continue; }
    if (!texts.some((t) => t.includes(norm(v)))) problems.push(`MISSING ${f}: ${v}`);
  }
  const { errs, years } = dateErrors(key);
  problems.push(...errs);
  for (const [where, y] of years) if (!texts.some((t) => t.includes(y))) problems.push(`${where}: year ${y} not printed`);
  if (!key.basics?.name) problems.push('no basics.name');
  return { total: strings.length + years.length, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [root, only] = process.argv.slice(2);
  if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
  let bad = 0, total = 0, cases = 0;
  for (const id of fs.readdirSync(root).sort()) {
    if (only && !id.includes(only)) continue;
    const dir = path.join(root, id);
    if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
    const r = checkCase(dir);
    cases++;
    total += r.total;
    bad += r.problems.length;
    console.log(`${id}: ${r.total - r.problems.length}/${r.total}`);
    for (const p of r.problems) console.log(`   ${p}`);
  }
  console.log(`${cases} cases, ${total} checks, ${bad} problems`);
  process.exit(bad ? 1 : 0);
}
