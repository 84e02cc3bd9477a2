#!/usr/bin/env node
// Key-vs-text checker: every string in expected.json (names, titles, employers, locations, bullets, skills,
// headings, projects, other sections, and the years of every date) must appear in the document's text layer.
//   node check.mjs OUT_DIR [case-substring]
// PDF: pdftotext (default, -layout, -raw, from poppler-utils). DOCX: `soffice --cat` (LibreOffice's plain text).
// Comparison: NFKC, case-insensitive, soft hyphens dropped, dashes and quotes unified, whitespace collapsed.
// A string found only once all whitespace is removed (a URL broken at the column edge, letter-spaced
// headings) counts as found "with help" and is listed, so SOURCE.md can say so.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const norm = (s) => String(s).normalize('NFKC').replace(/\u00ad/g, '').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');

export function keyStrings(key) {
  const out = [];
  const add = (kind, v) => { if (v != null && v !== '' && v !== 'present') out.push([kind, String(v)]); };
  const b = key.basics || {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const p of b.profiles || []) add('basics.profiles', p);
  for (const w of key.work || []) {
    for (const f of ['name', 'position', 'location']) add(`work.${f}`, w[f]);
    for (const h of w.highlights || []) add('work.highlights', h);
    for (const f of ['startDate', 'endDate']) if (w[f] && w[f] !== 'present') add(`work.${f}(year)`, w[f].slice(0, 4));
  }
  for (const e of key.education || []) {
    for (const f of ['institution', 'studyType', 'area', 'score', 'location']) add(`education.${f}`, e[f]);
    for (const f of ['startDate', 'endDate']) if (e[f] && e[f] !== 'present') add(`education.${f}(year)`, e[f].slice(0, 4));
  }
  for (const s of key.skills || []) add('skills', s);
  for (const s of key.sections || []) add('sections', s);
  for (const p of key.projects || []) {
    for (const f of ['name', 'description', 'url']) add(`projects.${f}`, p[f]);
    for (const kw of p.keywords || []) add('projects.keywords', kw);
  }
  for (const o of key.otherSections || []) {
    add('otherSections.heading', o.heading);
    for (const it of o.items || []) {
      if (typeof it === 'string') add('otherSections.items', it);
      else for (const v of Object.values(it)) add('otherSections.items', v);
    }
  }
  return out;
}

export function documentTexts(file) {
  if (file.endsWith('.pdf')) {
    return [[], ['-layout'], ['-raw']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 }).toString());
  }
  return [execFileSync('timeout', ['120', 'soffice', '--headless', '--norestore', '--cat', file], { maxBuffer: 1 << 26 }).toString()];
}

export function checkCase(dir) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const doc = ['resume.pdf', 'resume.docx'].map((f) => path.join(dir, f)).find((f) => fs.existsSync(f));
  const texts = documentTexts(doc);
  const flat = texts.map(norm), tight = texts.map(squash);
  const res = { total: 0, found: 0, helped: [], missing: [] };
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
    const r = checkCase(dir);
    T += r.total; F += r.found;
    if (r.missing.length) bad++;
    console.log(`${r.missing.length ? 'MISS' : 'ok  '} ${id}: ${r.found}/${r.total}${r.helped.length ? ` (${r.helped.length} only without whitespace)` : ''}`);
    for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
    for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
  }
  console.log(`${F}/${T} key strings found; ${bad} case(s) with misses`);
  process.exit(bad ? 1 : 0);
}
