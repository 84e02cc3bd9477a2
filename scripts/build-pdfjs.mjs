#!/usr/bin/env node
// Part of `npm run build` (after tsc): writes dist/pdfjs/, pdf.js's two minified builds as classic scripts
// plus a V8 code cache for each, which the PDF worker loads instead of importing the ES modules (see
// src/node/pdfjs-scripts.ts; ~145 ms → ~70 ms for the load in the CLI's worker thread).
//
//   1. pdf.min.mjs / pdf.worker.min.mjs → dist/pdfjs/pdf.js / pdf.worker.js (scripts/lib/pdfjs-classic.mjs);
//   2. a fresh `node` (no flags, no NODE_OPTIONS: a code cache is only accepted by the same V8 with the same
//      flags) loads them through dist/node/pdf-inline.js as the worker does, reads the training PDFs below so
//      that the functions pdf.js needs for a resume are compiled too, and writes pdf.js.cache files;
//   3. another fresh `node` loads them again and checks that V8 takes the caches.
//
// The cache only speeds things up: a Node with another V8 rejects it and compiles from source.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { toClassicScript } from './lib/pdfjs-classic.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'pdfjs');
const builds = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'legacy', 'build');

/** Documents read while the cache is made: the bundled example, then the test fixtures (when present). */
function trainingPdfs() {
  const files = [join(root, 'examples', 'sample-resume.pdf')];
  const fixtures = join(root, 'test', 'fixtures', 'pdf');
  if (existsSync(fixtures)) files.push(...readdirSync(fixtures).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(fixtures, f)));
  return files.filter((f) => existsSync(f));
}

const step = process.argv[2];
if (step === '--train') {
  // (in the fresh process) Read the documents, then save what V8 compiled.
  const inline = await import(pathToFileURL(join(root, 'dist', 'node', 'pdf-inline.js')).href);
  const { extractPdf } = await import(pathToFileURL(join(root, 'dist', 'ingest', 'pdf', 'extract.js')).href);
  const { DEFAULT_LIMITS } = await import(pathToFileURL(join(root, 'dist', 'errors.js')).href);
  // As in the worker (src/node/pdf-worker.ts).
  delete globalThis.DecompressionStream;
  const pdfjs = await inline.loadPdfjs();
  const load = inline.pdfjsLoad;
  if (load?.from !== 'none') throw new Error(`expected pdf.js from dist/pdfjs without a cache, got ${load?.from}`);
  for (const file of trainingPdfs()) {
    try {
      await extractPdf(pdfjs, new Uint8Array(readFileSync(file)), DEFAULT_LIMITS, { cMapUrl: inline.pdfjsCMapUrl() });
    } catch {
      // (some fixtures are broken on purpose)
    }
  }
  for (const s of load.scripts) writeFileSync(join(out, `${s.name}.cache`), s.script.createCachedData());
} else if (step === '--check') {
  const mod = await import(pathToFileURL(join(root, 'dist', 'node', 'pdf-inline.js')).href);
  await mod.loadPdfjs();
  console.log(mod.pdfjsLoad?.from);
} else {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [module, script] of [['pdf.worker.min.mjs', 'pdf.worker.js'], ['pdf.min.mjs', 'pdf.js']]) {
    writeFileSync(join(out, script), toClassicScript(readFileSync(join(builds, module), 'utf8'), module));
  }
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const node = (arg) => execFileSync(process.execPath, [fileURLToPath(import.meta.url), arg], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  node('--train');
  const check = node('--check');
  if (check !== 'used') throw new Error(`V8 did not take the pdf.js code cache it just made (${check})`);
  console.log(`dist/pdfjs: pdf.js as classic scripts with a code cache (${trainingPdfs().length} training PDFs)`);
}
