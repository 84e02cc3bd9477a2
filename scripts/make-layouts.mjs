#!/usr/bin/env node
// Writes the held-out layout fixtures: thirteen small synthetic resumes in layouts common in real job seekers'
// files but absent from ../shared/eval/parse (Word header bands, Canva sidebars, gutter dates, Google Docs,
// DOCX layout tables and text boxes, Europass, student resumes, ...), each with an answer key in the format
// of ../shared/eval/parse/*/expected.json.
//
//   node scripts/make-layouts.mjs              # writes test/fixtures/layouts/<case>/resume.{pdf,docx} + expected.json
//   node scripts/make-layouts.mjs --out DIR    # writes the same tree under DIR
//   node ../shared/eval/score-parse.mjs --cases test/fixtures/layouts --cmd 'node dist/cli/bin.js parse {file} --format json'
//
// Deterministic: no dates, no randomness; the DOCX zip time stamp is fixed and the time zone pinned to UTC.
// Every person, company, e-mail address (example.com/.net/.edu) and phone number is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf } from './lib/layouts/common.mjs';
import * as wordHeaderBand from './lib/layouts/word-header-band.mjs';
import * as canvaLeftSidebar from './lib/layouts/canva-left-sidebar.mjs';
import * as rightSidebarGutter from './lib/layouts/right-sidebar-gutter-dates.mjs';
import * as gdocsTitleFirst from './lib/layouts/gdocs-title-first.mjs';
import * as docxLayoutTable from './lib/layouts/docx-layout-table.mjs';
import * as docxTextboxHeader from './lib/layouts/docx-textbox-header.mjs';
import * as europass from './lib/layouts/europass-labels.mjs';
import * as student from './lib/layouts/student-education-first.mjs';
import * as multiRole from './lib/layouts/docx-multi-role-employer.mjs';
import * as mixedDates from './lib/layouts/mixed-date-formats.mjs';
import * as twoPage from './lib/layouts/two-page-footer.mjs';
import * as skillsGrid from './lib/layouts/skills-grid-certs.mjs';

// zip entries carry a DOS time in local time.
process.env.TZ = 'UTC';

/** [folder, file type, the résumé as data, the renderer]. */
const CASES = [
  ['01-word-header-band', 'pdf', wordHeaderBand],
  ['02-canva-left-sidebar', 'pdf', canvaLeftSidebar],
  ['03-right-sidebar-gutter-dates', 'pdf', rightSidebarGutter],
  ['04-gdocs-title-first', 'pdf', gdocsTitleFirst],
  ['05-docx-layout-table', 'docx', docxLayoutTable],
  ['06-docx-textbox-header', 'docx', docxTextboxHeader],
  ['07-europass-labels', 'pdf', europass],
  ['08-student-education-first', 'pdf', student],
  ['09-docx-multi-role-employer', 'docx', multiRole],
  ['10-mixed-date-formats', 'pdf', mixedDates],
  ['11-two-page-footer', 'pdf', twoPage],
  ['12-skills-grid-certs', 'pdf', skillsGrid],
  ['13-docx-skills-grid-certs', 'docx', { resume: skillsGrid.resume, render: skillsGrid.renderDocx }],
].map(([id, ext, mod]) => [id, ext, mod.resume, mod.render]);

const MAX_BYTES = 40 * 1024;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(ROOT, 'test/fixtures/layouts');
const quiet = args.includes('--quiet');

for (const [id, ext, resume, render] of CASES) {
  const bytes = render(resume);
  if (bytes.length > MAX_BYTES) throw new Error(`${id}: ${bytes.length} bytes, over the ${MAX_BYTES}-byte budget`);
  const dir = join(outDir, id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `resume.${ext}`), bytes);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expectedOf(resume), null, 2)}\n`);
  if (!quiet) console.log(`${id.padEnd(32)} resume.${ext.padEnd(4)} ${String(bytes.length).padStart(6)} bytes`);
}
