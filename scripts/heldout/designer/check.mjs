#!/usr/bin/env node
// Key-vs-text-layer checker for the "designer" batch.
//   node scripts/heldout/designer/check.mjs /work/heldout/designer [case-substring]
// Every string of expected.json (basics, profiles, employers, positions, locations, bullets, institutions, degrees,
// scores, skills, headings, projects, other-section items, and the year of every date) must occur in the text
// layer: pdftotext (default, -raw, -layout) of resume.pdf, or of LibreOffice's PDF rendering of resume.docx
// (private profile /tmp/lo-designer, timeout 120, one at a time). Comparison: NFKC, case, dashes, quotes and
// whitespace normalised, soft hyphens dropped. A string found only after removing ALL whitespace (letter-spaced
// capitals, a URL broken at a column edge) counts as found and is listed as "no-space". Dates must be YYYY,
// YYYY-MM or present, with start <= end.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const norm = (s) => String(s).normalize('NFKC').replace(/\u00ad/g, '').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function keyStrings(key) {
  const out = [];
  const add = (kind, v) => { if (v != null && v !== '') out.push([kind, String(v)]); };
  const b = key.basics ?? {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const p of b.profiles ?? []) add('basics.profiles', p);
  for (const w of key.work ?? []) {
    for (const f of ['name', 'position', 'location']) add(`work.${f}`, w[f]);
    for (const h of w.highlights ?? []) add('work.highlights', h);
  }
  for (const e of key.education ?? []) for (const f of ['institution', 'studyType', 'area', 'score', 'location']) add(`education.${f}`, e[f]);
  for (const s of key.skills ?? []) add('skills', s);
  for (const s of key.sections ?? []) add('sections', s);
  for (const p of key.projects ?? []) {
    for (const f of ['name', 'description']) add(`projects.${f}`, p[f]);
    for (const kw of p.keywords ?? []) add('projects.keywords', kw);
  }
  for (const o of key.otherSections ?? []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') add('otherSections.item', it);
      else for (const [f, v] of Object.entries(it)) if (f !== 'startDate' && f !== 'endDate') add('otherSections.item', v);
    }
  }
  return out;
}

function dateErrors(key) {
  const errs = [], years = [];
  const one = (o, what) => {
    for (const f of ['startDate', 'endDate']) {
      if (o[f] == null) continue;
      if (!DATE.test(o[f])) errs.push(`${what}.${f} bad format "${o[f]}"`);
      else if (o[f] !== 'present') years.push([`${what}.${f}(year)`, o[f].slice(0, 4)]);
    }
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate > o.endDate.slice(0, o.startDate.length)) errs.push(`${what} start > end`);
  };
  for (const w of key.work ?? []) one(w, `work[${w.name}]`);
  for (const e of key.education ?? []) one(e, `education[${e.institution}]`);
  for (const o of key.otherSections ?? []) for (const it of o.items ?? []) if (typeof it === 'object') one(it, `otherSections[${o.heading}]`);
  return { errs, years };
}

// PDF to read: the case's resume.pdf, or LibreOffice's rendering of resume.docx into a temp dir.
export function pdfOf(dir) {
  const pdf = path.join(dir, 'resume.pdf');
  if (fs.existsSync(pdf)) return { pdf, cleanup: () => {} };
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'designer-chk-'));
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-designer', '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', tmp, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
  } catch { /* a missing PDF is reported by the caller */ }
  return { pdf: path.join(tmp, 'resume.pdf'), cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}

export function checkCase(dir) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const { pdf, cleanup } = pdfOf(dir);
  const res = { total: 0, found: 0, helped: [], missing: [], errs: [], pages: 0 };
  if (!fs.existsSync(pdf)) { res.errs.push('could not render the document'); cleanup(); return res; }
  res.pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf]).toString())[1]);
  const texts = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 26 }).toString());
  cleanup();
  const flat = texts.map(norm), tight = texts.map(squash);
  const { errs, years } = dateErrors(key);
  res.errs.push(...errs);
  for (const [kind, s] of [...keyStrings(key), ...years]) {
    res.total++;
    if (flat.some((t) => t.includes(norm(s)))) res.found++;
    else if (tight.some((t) => t.includes(squash(s)))) { res.found++; res.helped.push([kind, s]); }
    else res.missing.push([kind, s]);
  }
  return res;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [root, only] = process.argv.slice(2);
  if (!root) { console.error('usage: check.mjs OUT_DIR [case-substring]'); process.exit(2); }
  let T = 0, F = 0, bad = 0;
  for (const id of fs.readdirSync(root).sort()) {
    if (only && !id.includes(only)) continue;
    const dir = path.join(root, id);
    if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
    const r = checkCase(dir);
    T += r.total; F += r.found;
    const ok = !r.missing.length && !r.errs.length;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${id}: ${r.found}/${r.total}, ${r.pages} page(s)${r.helped.length ? `, ${r.helped.length} only without whitespace` : ''}`);
    for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
    for (const e of r.errs) console.log(`       ${e}`);
    for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
  }
  console.log(`${F}/${T} key strings found; ${bad} case(s) failing`);
  process.exit(bad ? 1 : 0);
}
