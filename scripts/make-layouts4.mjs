#!/usr/bin/env node
// Writes the fourth held-out batch of layout fixtures: small synthetic resumes in the looks most job seekers
// send (a LinkedIn "Save to PDF" export, an Overleaf template, Novoresume, Enhancv, Zety and Kickresume
// builder exports, Google Docs and Word templates, a Word file with its contact block in a header text box, a
// two-page resume with a running header) in layouts and conventions that ../shared/eval/parse and
// test/fixtures/layouts, layouts2 and layouts3 do not have, each with an answer key in the format of
// ../shared/eval/parse/*/expected.json.
//
//   node scripts/make-layouts4.mjs              # writes test/fixtures/layouts4/<case>/resume.{pdf,docx} + expected.json
//   node scripts/make-layouts4.mjs --out DIR    # writes the same tree under DIR
//   node ../shared/eval/score-parse.mjs --cases test/fixtures/layouts4 --cmd 'node dist/cli/bin.js parse {file} --format json'
//
// Deterministic: no dates, no randomness; the DOCX zip time stamp is fixed and the time zone pinned to UTC.
// Every person, employer, e-mail address and phone number is invented.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectedOf } from './lib/layouts4/kit.mjs';
import * as linkedin from './lib/layouts4/linkedin-export.mjs';
import * as overleaf from './lib/layouts4/overleaf-centered-rules.mjs';
import * as novo from './lib/layouts4/novoresume-icons-tags.mjs';
import * as enhancv from './lib/layouts4/enhancv-two-column.mjs';
import * as zety from './lib/layouts4/zety-timeline.mjs';
import * as physio from './lib/layouts4/docx-header-textbox-physio.mjs';
import * as serif from './lib/layouts4/gdocs-serif-two-column.mjs';
import * as kick from './lib/layouts4/kickresume-header-band.mjs';
import * as retail from './lib/layouts4/docx-retail-tab-grid.mjs';
import * as running from './lib/layouts4/two-page-running-header.mjs';
import * as sidebar from './lib/layouts4/left-sidebar-skill-bars.mjs';
import * as gutter from './lib/layouts4/docx-tab-date-gutter.mjs';

// zip entries carry a DOS time in local time.
process.env.TZ = 'UTC';

const CASES = [
  ['01-linkedin-export-two-page', 'pdf', linkedin],
  ['02-overleaf-centered-rule-headings', 'pdf', overleaf],
  ['03-novoresume-icons-right-contact', 'pdf', novo],
  ['04-enhancv-two-column-company-blurb', 'pdf', enhancv],
  ['05-zety-timeline-left-dates', 'pdf', zety],
  ['06-docx-contact-textbox-in-header', 'docx', physio],
  ['07-gdocs-serif-company-dash-title', 'pdf', serif],
  ['08-kickresume-header-band-checks', 'pdf', kick],
  ['09-docx-smallcaps-tab-skill-grid', 'docx', retail],
  ['10-two-page-running-header', 'pdf', running],
  ['11-left-sidebar-skill-bars', 'pdf', sidebar],
  ['12-docx-tab-date-gutter', 'docx', gutter],
];

const MAX_BYTES = 40 * 1024;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : join(ROOT, 'test/fixtures/layouts4');
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
