#!/usr/bin/env node
// Checks every case of the occupations batch against its rendering (adapted from ../conventions/check.mjs).
//
//   node scripts/heldout/occupations/check.mjs OUT_DIR [case-substring] [--keep DIR]
//
// Text: `pdftotext` of resume.pdf, or of LibreOffice's PDF rendering of resume.docx (headers/footers included).
// Every key string (basics, employers, positions, locations, bullets, summaries, institutions, degrees, scores,
// skills, headings, otherSections, projects) and every printed date string listed in SOURCE.md must be found,
// modulo Unicode NFKC, case, dashes, quotes and whitespace. expected.json must parse, and every date must be
// YYYY, YYYY-MM or "present", with startDate <= endDate. --keep DIR keeps the rendered PDFs and texts.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { soffice } from './lo.mjs';

const args = process.argv.slice(2);
const ki = args.indexOf('--keep');
const keep = ki >= 0 ? args.splice(ki, 2)[1] : null;
const [out, only] = args;
if (!out) { console.error('usage: check.mjs OUT_DIR [case-substring] [--keep DIR]'); process.exit(2); }

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/\u00ad/g, '').replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc\u2032]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, ' ').trim();

function keyStrings(key) {
  const s = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'location', 'url', 'summary']) if (b[k]) s.push(['basics.' + k, b[k]]);
  for (const p of b.profiles ?? []) s.push(['basics.profiles', p]);
  key.work.forEach((w, i) => {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) s.push([`work[${i}].${k}`, w[k]]);
    for (const h of w.highlights ?? []) s.push([`work[${i}].highlights`, h]);
  });
  key.education.forEach((e, i) => { for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) s.push([`education[${i}].${k}`, e[k]]); });
  for (const k of key.skills) s.push(['skills', k]);
  for (const h of key.sections) s.push(['sections', h]);
  for (const o of key.otherSections ?? []) { s.push(['otherSections.heading', o.heading]); for (const it of o.items) { if (typeof it === 'string') s.push([`otherSections[${o.heading}]`, it]); else { s.push([`otherSections[${o.heading}].group`, it.group]); for (const x of it.items) s.push([`otherSections[${o.heading}][${it.group}]`, x]); } } }
  for (const p of key.projects ?? []) { s.push(['projects.name', p.name]); if (p.description) s.push(['projects.description', p.description]); for (const k of p.keywords ?? []) s.push(['projects.keywords', k]); }
  return s;
}
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
function dateProblems(key) {
  const pr = [];
  const chk = (where, o) => {
    for (const f of ['startDate', 'endDate']) if (o[f] != null && !DATE.test(o[f])) pr.push(`${where}.${f} = ${JSON.stringify(o[f])}`);
    if (o.startDate && o.endDate && o.endDate !== 'present' && o.startDate.slice(0, o.endDate.length) > o.endDate) pr.push(`${where}: start ${o.startDate} after end ${o.endDate}`);
  };
  key.work.forEach((w, i) => { chk(`work[${i}]`, w); if (!w.startDate) pr.push(`work[${i}] has no startDate`); });
  key.education.forEach((e, i) => chk(`education[${i}]`, e));
  (key.projects ?? []).forEach((p, i) => chk(`projects[${i}]`, p));
  return pr;
}

const tmp = keep ?? fs.mkdtempSync(path.join(os.tmpdir(), 'occ-check-'));
fs.mkdirSync(tmp, { recursive: true });
let bad = 0, total = 0, strings = 0;
for (const id of fs.readdirSync(out).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(out, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  total++;
  let key;
  try { key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')); } catch (e) { console.log(`${id}: expected.json does not parse: ${e.message}`); bad++; continue; }
  const md = fs.readFileSync(path.join(dir, 'SOURCE.md'), 'utf8');
  const isPdf = fs.existsSync(path.join(dir, 'resume.pdf'));
  let pdf;
  if (isPdf) pdf = path.join(dir, 'resume.pdf');
  else {
    const src = path.join(tmp, `${id}.docx`);
    fs.copyFileSync(path.join(dir, 'resume.docx'), src);
    pdf = soffice(src, 'pdf', tmp);
    if (!pdf) { console.log(`${id}: LibreOffice could not convert the DOCX`); bad++; continue; }
  }
  const pages = Number((execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/) ?? [])[1]);
  const raw = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  if (keep) fs.writeFileSync(path.join(tmp, `${id}.txt`), raw);
  const text = norm(raw);
  const m = md.match(/\*\*Printed date strings[\s\S]*?```json\n([\s\S]*?)\n```/);
  const all = [...keyStrings(key), ...(m ? JSON.parse(m[1]) : []).map((d) => ['date', d])];
  // pdftotext drops a hyphen that ends a line ("on-⏎premises" → "onpremises"): accept such matches, with a note.
  const dehyph = (x) => x.replace(/-/g, '');
  const notes = all.filter(([, s]) => !text.includes(norm(s)) && dehyph(text).includes(dehyph(norm(s)))).map(([f, s]) => `${f}: ${JSON.stringify(s)} found only ignoring hyphens (line-end hyphen dropped by pdftotext)`);
  const misses = all.filter(([, s]) => !text.includes(norm(s)) && !dehyph(text).includes(dehyph(norm(s)))).map(([f, s]) => `${f}: ${JSON.stringify(s)}`);
  const dp = dateProblems(key);
  strings += all.length;
  const ok = !misses.length && !dp.length;
  if (!ok) bad++;
  console.log(`${id.padEnd(30)} ${isPdf ? 'pdf ' : 'docx'} ${pages}p ${String(all.length).padStart(3)} strings  ${ok ? 'ok' : 'PROBLEMS'}` +
    misses.map((x) => `\n    missing: ${x}`).join('') + notes.map((x) => `\n    note: ${x}`).join('') + dp.map((x) => `\n    date: ${x}`).join(''));
}
if (!keep) fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${total} cases, ${strings} key strings checked; ${bad ? `${bad} case(s) with problems` : 'all cases ok'}`);
process.exitCode = bad ? 1 : 0;
