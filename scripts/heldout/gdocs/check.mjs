#!/usr/bin/env node
// Key-vs-text checker for the Google Docs batch.
//   node scripts/heldout/gdocs/check.mjs OUT_DIR [case-substring] [--write]
// Every string in expected.json (basics, employers, positions, locations, bullets, institutions, degrees, scores,
// skills, headings, projects, other sections) must occur in the rendered text, and every date must be
// 'YYYY-MM' | 'YYYY' | 'present' with its year printed. PDF: pdftotext (default, -layout, -raw). DOCX: converted to
// PDF by LibreOffice (private profile, timeout 120, into $GD_BUILD/check) and read the same way — the DOCX itself is
// never changed. Comparison: NFKC, case-insensitive, soft hyphens dropped, dashes/quotes unified, whitespace
// collapsed; a string found only with all whitespace removed is reported as "no-space".
// --write appends the result to each case's SOURCE.md ("## Automatic check" section, replaced on re-run).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const norm = (s) => String(s).normalize('NFKC').replace(/\u00ad/g, '').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

export function keyStrings(key) {
  const out = [], dates = [];
  const add = (kind, v) => { if (v != null && v !== '') out.push([kind, String(v)]); };
  const date = (kind, v) => { if (v != null) { dates.push([kind, v]); if (v !== 'present') out.push([`${kind}(year)`, String(v).slice(0, 4)]); } };
  const b = key.basics || {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const p of b.profiles || []) add('basics.profiles', p);
  for (const w of key.work || []) {
    for (const f of ['name', 'position', 'location']) add(`work.${f}`, w[f]);
    for (const h of w.highlights || []) add('work.highlights', h);
    date('work.startDate', w.startDate); date('work.endDate', w.endDate);
  }
  for (const e of key.education || []) {
    for (const f of ['institution', 'studyType', 'area', 'score', 'location']) add(`education.${f}`, e[f]);
    date('education.startDate', e.startDate); date('education.endDate', e.endDate);
  }
  for (const s of key.skills || []) add('skills', s);
  for (const s of key.sections || []) add('sections', s);
  for (const p of key.projects || []) for (const f of ['name', 'description', 'url']) add(`projects.${f}`, p[f]);
  for (const o of key.otherSections || []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items || []) add('otherSections.items', it);
  }
  return { strings: out, dates };
}

const build = process.env.GD_BUILD || '/tmp/gdocs-build';
export function docxToPdf(docx, tag) {
  const dir = path.join(build, 'check', tag);
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'resume.pdf');
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs > fs.statSync(docx).mtimeMs) return out;
  fs.rmSync(out, { force: true });
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-gdocs', '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
  } catch { /* reported below */ }
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${docx}`);
  return out;
}

export function documentTexts(file, tag) {
  const pdf = file.endsWith('.pdf') ? file : docxToPdf(file, tag);
  return [[], ['-layout'], ['-raw']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', pdf, '-'], { maxBuffer: 1 << 26 }).toString());
}

export function checkCase(dir) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const doc = ['resume.pdf', 'resume.docx'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  const texts = documentTexts(doc, path.basename(dir));
  const flat = texts.map(norm), tight = texts.map(squash);
  const res = { total: 0, found: 0, helped: [], missing: [], badDates: [], via: doc.endsWith('.pdf') ? 'pdftotext' : 'LibreOffice PDF + pdftotext' };
  const { strings, dates } = keyStrings(key);
  for (const [kind, s] of strings) {
    res.total++;
    if (flat.some((t) => t.includes(norm(s)))) res.found++;
    else if (tight.some((t) => t.includes(squash(s)))) { res.found++; res.helped.push([kind, s]); }
    else res.missing.push([kind, s]);
  }
  for (const [kind, d] of dates) if (!DATE.test(d)) res.badDates.push([kind, d]);
  return res;
}

export function checkReport(r) {
  return `${r.found}/${r.total} key strings found in the text (${r.via}); ${r.missing.length} missing; ${r.badDates.length} malformed dates` +
    (r.helped.length ? `; found only without whitespace: ${r.helped.map(([k, s]) => `${k} "${s}"`).join(', ')}` : '') +
    (r.missing.length ? `; MISSING: ${r.missing.map(([k, s]) => `${k} "${s}"`).join(', ')}` : '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const [out, only] = args.filter((a) => a !== '--write');
  if (!out) { console.error('usage: check.mjs OUT_DIR [case-substring] [--write]'); process.exit(2); }
  let T = 0, F = 0, bad = 0;
  for (const id of fs.readdirSync(out).sort()) {
    if (only && !id.includes(only)) continue;
    const dir = path.join(out, id);
    if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
    const r = checkCase(dir);
    T += r.total; F += r.found;
    const fail = r.missing.length || r.badDates.length;
    if (fail) bad++;
    console.log(`${fail ? 'MISS' : 'ok  '} ${id}: ${r.found}/${r.total}${r.helped.length ? ` (${r.helped.length} only without whitespace)` : ''}`);
    for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
    for (const [k, s] of r.badDates) console.log(`       bad date ${k}: ${s}`);
    for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
    if (write) {
      const f = path.join(dir, 'SOURCE.md');
      const src = fs.readFileSync(f, 'utf8').replace(/\n## Automatic check\n[\s\S]*$/, '\n');
      fs.writeFileSync(f, `${src.trimEnd()}\n\n## Automatic check\n${checkReport(r)}.\n`);
    }
  }
  console.log(`${F}/${T} key strings found; ${bad} case(s) with misses or bad dates`);
  process.exit(bad ? 1 : 0);
}
