#!/usr/bin/env node
// Key-vs-text checker for the producers batch: node check.mjs OUT_DIR [case-substring]
// 1. every key string (basics, employers, positions, locations, bullets, institutions, degrees, scores, skills,
//    headings, projects, other sections, and the year of every date) must appear in pdftotext's text
//    (default, -layout or -raw mode); NFKC, case-insensitive, soft hyphens dropped, dashes/quotes unified,
//    whitespace collapsed. A string found only once all whitespace is removed counts as found "with help" and is listed.
// 2. every date is YYYY, YYYY-MM or "present"; startDate <= endDate.
// 3. the PDF has the page count and fonts pdfinfo/pdffonts expect to read (reported, not enforced).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const norm = (s) => String(s).normalize('NFKC').replace(/\u00ad/g, '').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();
const squash = (s) => norm(s).replace(/\s+/g, '');
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;

function keyStrings(key) {
  const out = []; const dates = [];
  const add = (kind, v) => { if (v != null && v !== '' && v !== 'present') out.push([kind, String(v)]); };
  const b = key.basics || {};
  for (const f of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) add(`basics.${f}`, b[f]);
  for (const p of b.profiles || []) add('basics.profiles', p);
  for (const [k, list] of [['work', key.work || []], ['education', key.education || []], ['projects', key.projects || []]]) {
    for (const w of list) {
      for (const f of ['name', 'position', 'location', 'institution', 'studyType', 'area', 'score', 'description', 'url']) add(`${k}.${f}`, w[f]);
      for (const h of w.highlights || []) add(`${k}.highlights`, h);
      for (const kw of w.keywords || []) add(`${k}.keywords`, kw);
      for (const f of ['startDate', 'endDate']) if (w[f] != null) { dates.push([`${k}.${f}`, w[f], w]); if (w[f] !== 'present') add(`${k}.${f}(year)`, w[f].slice(0, 4)); }
    }
  }
  for (const s of key.skills || []) add('skills', s);
  for (const s of key.sections || []) add('sections', s);
  for (const o of key.otherSections || []) { add('otherSections.heading', o.heading); for (const it of o.items || []) add('otherSections.items', it); }
  return { strings: out, dates };
}

const texts = (file) => [[], ['-layout'], ['-raw']].map((a) => execFileSync('pdftotext', [...a, '-enc', 'UTF-8', file, '-'], { maxBuffer: 1 << 26 }).toString());

export function checkCase(dir) {
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const T = texts(path.join(dir, 'resume.pdf')); const flat = T.map(norm), tight = T.map(squash);
  const res = { total: 0, found: 0, helped: [], missing: [], badDates: [], modes: [0, 0, 0] };
  const { strings, dates } = keyStrings(key);
  for (const [kind, s] of strings) {
    res.total++;
    const hit = flat.map((t) => t.includes(norm(s)));
    hit.forEach((h, i) => { if (h) res.modes[i]++; });
    if (hit.some(Boolean)) res.found++;
    else if (tight.some((t) => t.includes(squash(s)))) { res.found++; res.helped.push([kind, s]); }
    else res.missing.push([kind, s]);
  }
  for (const [k, d] of dates) if (!DATE.test(d)) res.badDates.push(`${k}=${d}`);
  for (const [, , w] of dates) if (w.startDate && w.endDate && w.endDate !== 'present' && w.startDate.slice(0, 4) > w.endDate.slice(0, 4)) res.badDates.push(`${w.name || w.institution}: start after end`);
  return res;
}

const out = process.argv[2]; const only = process.argv[3];
if (!out) { console.error('usage: check.mjs OUT_DIR [case-substring]'); process.exit(2); }
let T = 0, F = 0, bad = 0;
for (const id of fs.readdirSync(out).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(out, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  const r = checkCase(dir); T += r.total; F += r.found;
  const fail = r.missing.length || r.badDates.length; if (fail) bad++;
  console.log(`${fail ? 'FAIL' : 'ok  '} ${id}: ${r.found}/${r.total} (default ${r.modes[0]}, -layout ${r.modes[1]}, -raw ${r.modes[2]})${r.helped.length ? ` (${r.helped.length} only without whitespace)` : ''}`);
  for (const [k, s] of r.missing) console.log(`       missing ${k}: ${s}`);
  for (const [k, s] of r.helped) console.log(`       no-space ${k}: ${s}`);
  for (const d of r.badDates) console.log(`       bad date ${d}`);
}
console.log(`${F}/${T} key strings found; ${bad} case(s) failing`);
process.exit(bad ? 1 : 0);
