#!/usr/bin/env node
// Checks every text string of each answer key against the PDF's text layer (pdftotext: default, -raw and
// -layout), case- and whitespace-insensitively, after joining line-break hyphens (ASCII "-", U+2010, U+2011 and U+00AD)
// and NFKC (so ligature glyphs count as their letters); private-use icon glyphs are ignored. Also checks that the year of every key date and the
// text of string items in otherSections are printed. Prints what is not found; exit 1 if anything is missing.
//   node scripts/heldout/latex3/check.mjs /work/heldout/latex3 [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/[\ue000-\uf8ff]/g, '').replace(/\s+/g, '');
let bad = 0;
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const pdf = path.join(root, id, 'resume.pdf');
  if (!fs.existsSync(pdf)) continue;
  const key = JSON.parse(fs.readFileSync(path.join(root, id, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  const texts = raw.flatMap((t) => [t.replace(/\u00ad/g, '-'), t.replace(/[-\u2010\u2011\u00ad]\n\s*/g, '')]).map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)) || t.replace(/,/g, '').includes(squash(s).replace(/,/g, '')));
  const strings = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dates = (o, f) => { for (const k of ['startDate', 'endDate']) if (o[k] && o[k] !== 'present') strings.push([`${f}.${k}(year)`, o[k].slice(0, 4)]); };
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location', 'summary']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
    dates(w, 'work');
  }
  for (const e of key.education ?? []) {
    for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
    dates(e, 'education');
  }
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) {
    for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
    for (const kw of p.keywords ?? []) strings.push(['projects.keywords', kw]);
  }
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const it of o.items ?? []) {
      if (typeof it === 'string') strings.push(['otherSections.item', it]);
      else for (const k of ['title', 'event', 'date']) if (it[k]) strings.push([`otherSections.${k}`, it[k]]);
    }
  }
  const miss = strings.filter(([, s]) => !found(s));
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}`);
  for (const [f, s] of miss) { console.log(`   missing ${f}: ${s}`); bad++; }
}
process.exit(bad ? 1 : 0);
