#!/usr/bin/env node
// Writes the third held-out batch of layout fixtures: small synthetic resumes in layouts and conventions that
// neither ../shared/eval/parse nor test/fixtures/layouts nor test/fixtures/layouts2 has (a German Lebenslauf, a
// US federal resume, a Japanese rirekisho in English, a Chinese data scientist's Word CV with a skills table,
// a consultant's selected engagements, a Google Docs template nurse, a military transition resume, a sales
// KPI table, a resume.io-style sidebar, a Word teacher CV with a two-column section, a plain-text resume, a
// Nigerian CV with a personal-data table, a co-op student with boxed headings), each with an answer key in
// the format of ../shared/eval/parse/*/expected.json.
//
//   node scripts/make-layouts3.mjs              # writes test/fixtures/layouts3/<case>/resume.{pdf,docx} + expected.json
//   node scripts/make-layouts3.mjs --out DIR    # writes the same tree under DIR
//   node ../shared/eval/score-parse.mjs --cases test/fixtures/layouts3 --cmd 'node dist/cli/bin.js parse {file} --format json'
//
// Deterministic: no dates, no randomness; the DOCX zip time stamp is fixed and the time zone pinned to UTC.
// Every person, employer, e-mail address and phone number is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf } from './lib/layouts3/kit.mjs';
import * as germany from './lib/layouts3/germany-lebenslauf.mjs';
import * as federal from './lib/layouts3/us-federal.mjs';
import * as rirekisho from './lib/layouts3/japan-rirekisho.mjs';
import * as china from './lib/layouts3/docx-china-data-scientist.mjs';
import * as consultant from './lib/layouts3/consultant-engagements.mjs';
import * as nurse from './lib/layouts3/gdocs-coral-nurse.mjs';
import * as military from './lib/layouts3/military-transition.mjs';
import * as sales from './lib/layouts3/sales-kpi-table.mjs';
import * as resumeio from './lib/layouts3/resumeio-right-details.mjs';
import * as teacher from './lib/layouts3/docx-teacher-column-section.mjs';
import * as plain from './lib/layouts3/plain-text-courier.mjs';
import * as nigeria from './lib/layouts3/docx-nigeria-personal-data.mjs';
import * as coop from './lib/layouts3/coop-student-boxed-headings.mjs';

// zip entries carry a DOS time in local time.
process.env.TZ = 'UTC';

const CASES = [
  ['01-germany-lebenslauf-photo', 'pdf', germany],
  ['02-us-federal-two-page', 'pdf', federal],
  ['03-japan-rirekisho-english', 'pdf', rirekisho],
  ['04-docx-china-skills-table', 'docx', china],
  ['05-consultant-selected-engagements', 'pdf', consultant],
  ['06-gdocs-coral-nurse-rotations', 'pdf', nurse],
  ['07-military-transition', 'pdf', military],
  ['08-sales-kpi-table-quarters', 'pdf', sales],
  ['09-builder-title-at-company', 'pdf', resumeio],
  ['10-docx-teacher-column-section', 'docx', teacher],
  ['11-plain-text-courier', 'pdf', plain],
  ['12-docx-nigeria-personal-data', 'docx', nigeria],
  ['13-coop-student-boxed-headings', 'pdf', coop],
];

const MAX_BYTES = 40 * 1024;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(ROOT, 'test/fixtures/layouts3');
const quiet = args.includes('--quiet');

for (const [id, ext, mod] of CASES) {
  const bytes = mod.render(mod.resume);
  if (bytes.length > MAX_BYTES) throw new Error(`${id}: ${bytes.length} bytes, over the ${MAX_BYTES}-byte budget`);
  const dir = join(outDir, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `resume.${ext}`), bytes);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expectedOf(mod.resume), null, 2)}\n`);
  if (!quiet) console.log(`${id.padEnd(38)} resume.${ext.padEnd(4)} ${String(bytes.length).padStart(6)} bytes`);
}
