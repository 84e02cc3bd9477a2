#!/usr/bin/env node
// Key checker for the "sidebars and columns" batch.
//   node scripts/heldout/sidebars/check.mjs OUT_DIR [case-substring]
// For every case: expected.json must parse, dates must be 'YYYY', 'YYYY-MM' or 'present', and every key string
// (basics, employers, positions, locations, bullets, institutions, degrees, scores, skills, headings, projects,
// other sections, the year of every date) must occur in the pdftotext text (default, -layout and -raw modes).
// DOCX cases are converted to PDF by LibreOffice (private profile, timeout 120, one at a time) only for the check.
// Comparison: NFKC, case-insensitive, soft hyphens dropped, dashes/quotes unified, whitespace collapsed; a string
// found only with all whitespace removed is reported as "no-space" (still counted as found).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { keyStrings } from '../html-builders/check.mjs';

const norm = (s) => String(s).normalize('NFKC').replace(/\u00ad/g, '').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
export const LO_PROFILE = 'file:///tmp/lo-sidebars';

export function docxToPdf(docx, outdir) {
  fs.mkdirSync(outdir, { recursive: true });
  execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, docx], { stdio: ['ignore', 'pipe', 'pipe'] });
  const pdf = path.join(outdir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${docx}`);
  return pdf;
}

export function pdfTexts(pdf) {
  return [[], ['-layout'], ['-raw']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 26 }).toString());
}

export function dateErrors(key) {
  const bad = [];
  for (const [list, name] of [[key.work, 'work'], [key.education, 'education'], [key.projects, 'projects']]) {
    for (const e of list || []) for (const f of ['startDate', 'endDate']) if (e[f] != null && !DATE.test(e[f])) bad.push(`${name}.${f}=${e[f]}`);
  }
  return bad;
}

export function checkCase(dir, { pdfFor } = {}) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  let pdf = path.join(dir, 'resume.pdf');
  if (!fs.existsSync(pdf)) {
    const docx = path.join(dir, 'resume.docx');
    pdf = pdfFor ?? docxToPdf(docx, path.join('/tmp/sidebars-check', path.basename(dir)));
  }
  const texts = pdfTexts(pdf);
  const flat = texts.map(norm), tight = texts.map(squash);
  const res = { total: 0, found: 0, helped: [], missing: [], dates: dateErrors(key) };
  for (const [kind, s] of keyStrings(key)) {
    res.total++;
    if (flat.some((t) => t.includes(norm(s)))) res.found++;
    else if (tight.some((t) => t.includes(squash(s)))) { res.found++; res.helped.push([kind, s]); }
    else res.missing.push([kind, s]);
  }
  return res;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  const only = process.argv[3];
  if (!out) { console.error('usage: check.mjs OUT_DIR [case-substring]'); process.exit(2); }
  let T = 0, F = 0, bad = 0;
  for (const id of fs.readdirSync(out).sort()) {
    if (only && !id.includes(only)) continue;
    const dir = path.join(out, id);
    if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
    let r;
    try { r = checkCase(dir); } catch (e) { console.log(`FAIL ${id}: ${e.message}`); bad++; continue; }
    T += r.total; F += r.found;
    const ok = !r.missing.length && !r.dates.length;
    if (!ok) bad++;
    console.log(`${ok ? 'ok  ' : 'MISS'} ${id}: ${r.found}/${r.total}${r.helped.length ? ` (${r.helped.length} only without whitespace)` : ''}${r.dates.length ? ` BAD DATES ${r.dates.join(', ')}` : ''}`);
    for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
    for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
  }
  console.log(`${F}/${T} key strings found; ${bad} case(s) with problems`);
  process.exit(bad ? 1 : 0);
}
