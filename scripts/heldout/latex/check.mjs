#!/usr/bin/env node
// Checks every text string of each answer key against the PDF's text layer (pdftotext: default, -raw and
// -layout). Prints the strings that are not found (whitespace-insensitive). Dates are not checked here.
//   node scripts/heldout/latex/check.mjs /work/heldout/latex   (any batch: /work/heldout/latex2 too)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = process.argv[2];
const squash = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212\u00ad]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\s+/g, '');
let bad = 0;
for (const id of fs.readdirSync(root).sort()) {
  const pdf = path.join(root, id, 'resume.pdf');
  if (!fs.existsSync(pdf)) continue;
  const key = JSON.parse(fs.readFileSync(path.join(root, id, 'expected.json'), 'utf8'));
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  // Also with line-break hyphenation joined, and with commas dropped (lines of an address block).
  const texts = raw.flatMap((t) => [t, t.replace(/[-\u00ad]\n\s*/g, '')]).map(squash);
  const found = (s) => texts.some((t) => t.includes(squash(s)) || t.replace(/,/g, '').includes(squash(s).replace(/,/g, '')));
  const strings = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k]) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  for (const w of key.work ?? []) {
    for (const k of ['name', 'position', 'location']) if (w[k]) strings.push([`work.${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push(['work.highlights', h]);
  }
  for (const e of key.education ?? []) for (const k of ['institution', 'studyType', 'area', 'score', 'location']) if (e[k]) strings.push([`education.${k}`, e[k]]);
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
  const miss = strings.filter(([, s]) => !found(s));
  console.log(`${id}: ${strings.length - miss.length}/${strings.length}`);
  for (const [f, s] of miss) { console.log(`   missing ${f}: ${s}`); bad++; }
}
process.exit(bad ? 1 : 0);
