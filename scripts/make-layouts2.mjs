#!/usr/bin/env node
// Writes the second held-out batch of layout fixtures: twelve small synthetic resumes in layouts and
// conventions that neither ../shared/eval/parse nor test/fixtures/layouts has (functional and hybrid resumes,
// an academic CV, a three-column header, Indian, Korean, Brazilian, French, South African, Irish, US and
// Canadian conventions, DOCX table templates, contact only in the page header, a two-page DOCX, ...), each
// with an answer key in the format of ../shared/eval/parse/*/expected.json.
//
//   node scripts/make-layouts2.mjs              # writes test/fixtures/layouts2/<case>/resume.{pdf,docx} + expected.json
//   node scripts/make-layouts2.mjs --out DIR    # writes the same tree under DIR
//   node ../shared/eval/score-parse.mjs --cases test/fixtures/layouts2 --cmd 'node dist/cli/bin.js parse {file} --format json'
//
// Deterministic: no dates, no randomness; the DOCX zip time stamp is fixed and the time zone pinned to UTC.
// Every person, employer, e-mail address and phone number is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf } from './lib/layouts2/kit.mjs';
import * as functional from './lib/layouts2/functional-warehouse.mjs';
import * as hybrid from './lib/layouts2/hybrid-key-achievements.mjs';
import * as academic from './lib/layouts2/academic-cv.mjs';
import * as threeColumn from './lib/layouts2/three-column-header.mjs';
import * as india from './lib/layouts2/india-software-developer.mjs';
import * as korea from './lib/layouts2/korea-pipe-roles.mjs';
import * as brazil from './lib/layouts2/docx-brazil-photo.mjs';
import * as france from './lib/layouts2/france-photo-right-sidebar.mjs';
import * as tableSections from './lib/layouts2/docx-table-sections.mjs';
import * as headerContact from './lib/layouts2/docx-header-contact.mjs';
import * as twoPageHr from './lib/layouts2/docx-two-page-hr.mjs';
import * as trades from './lib/layouts2/trades-two-column-tickets.mjs';

// zip entries carry a DOS time in local time.
process.env.TZ = 'UTC';

const CASES = [
  ['01-functional-skills-first', 'pdf', functional],
  ['02-hybrid-key-achievements', 'pdf', hybrid],
  ['03-academic-cv-two-page', 'pdf', academic],
  ['04-three-column-header', 'pdf', threeColumn],
  ['05-india-labelled-details', 'pdf', india],
  ['06-one-line-pipe-roles', 'pdf', korea],
  ['07-docx-photo-header-table', 'docx', brazil],
  ['08-photo-right-sidebar', 'pdf', france],
  ['09-docx-table-every-section', 'docx', tableSections],
  ['10-docx-contact-in-page-header', 'docx', headerContact],
  ['11-docx-two-page-running-header', 'docx', twoPageHr],
  ['12-trades-two-column-tickets', 'pdf', trades],
];

const MAX_BYTES = 40 * 1024;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(ROOT, 'test/fixtures/layouts2');
const quiet = args.includes('--quiet');

for (const [id, ext, mod] of CASES) {
  const bytes = mod.render(mod.resume);
  if (bytes.length > MAX_BYTES) throw new Error(`${id}: ${bytes.length} bytes, over the ${MAX_BYTES}-byte budget`);
  const dir = join(outDir, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `resume.${ext}`), bytes);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expectedOf(mod.resume), null, 2)}\n`);
  if (!quiet) console.log(`${id.padEnd(34)} resume.${ext.padEnd(4)} ${String(bytes.length).padStart(6)} bytes`);
}
