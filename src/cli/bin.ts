#!/usr/bin/env node
// The `passthebot` executable: a loader. It runs the CLI (cli.ts) from the bundle the build makes, with its V8
// code cache (dist/bundle/, see classic-bundle.ts), and the PDF worker from its own bundle likewise; without
// the bundle, from the compiled modules. When the input is a PDF file, the worker (the longest part of the run:
// a thread, then pdf.js, then the document) is started first, before the CLI bundle is even read; the CLI
// takes it over; pdf.js's files are read here meanwhile and handed to it (sendPdfjsFiles in pdfjs-scripts.ts).
// Only Node built-ins and four small modules are imported here.
//
// The build (scripts/build-bundles.mjs) turns this file and its imports into one CommonJS script,
// dist/cli/bin.js (dist/cli/ is marked CommonJS; the compiled CLI modules beside it become .mjs): Node starts a
// CommonJS entry ~15 ms sooner than an ES module one (no ES module loader to set up, no imports to resolve),
// and the worker starts that much sooner. No top-level await, so that the same source runs either way.
//
// PASSTHEBOT_TRACE_LOAD=1 writes a line per thread on standard error saying how it was loaded (tests, build).
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { MessageChannel, Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../errors.js';
import type { NodePdfExtractorOptions } from '../node/pdf-extractor.js';
import { sendPdfjsFiles } from '../node/pdfjs-scripts.js';
import { loadClassicBundle, workerLoaderCode, type WorkerBundleData } from './classic-bundle.js';
import type * as Cli from './cli.js';
import { namesPdfFile } from './pdf-guess.js';

/**
 * The PDF worker's young generation, MB. The CLI reads one document, so its worker is short-lived: every page
 * of heap it touches is a fresh page (a page fault each, ~5-12 µs on a small VM) that it will never reuse, and
 * a larger young generation touches more of them (it grows its semi-spaces instead of collecting in place).
 * Measured on the 2-page example (2-core VM, A/B interleaved): 64 MB → 2 MB cuts the worker's page faults
 * during extraction from ~2000 to ~1000 and the whole run by ~40 ms; the largest eval PDF is no slower. (The
 * library's default stays 64 MB: a long-lived worker reading many documents wins from the larger one.)
 */
const YOUNG_GENERATION_MB = 2;

/**
 * V8 flags for the rest of a PDF run, set by the prestarted worker as soon as it has compiled its code from the
 * code caches (a cache is only taken by a V8 with the flags it was made with, and all of them are read by
 * then). A 4x interrupt budget makes V8 wait for 4x as much bytecode to run in a function before it optimises
 * it with TurboFan. A one-document run is too short for most of those compilations (each one some ms of a
 * background thread) to pay back, and on a 2-core machine they take CPU from the worker and the main thread,
 * and the process cannot exit before the worker's pending ones finish; a long document still gets its hot
 * loops optimised. Measured on the 2-page example (2-core VM, A/B interleaved): ~-35 ms for the whole run.
 */
const V8_FLAGS_AFTER_LOAD = '--interrupt-budget=270336';

const argv = process.argv.slice(2);
const trace = process.env.PASSTHEBOT_TRACE_LOAD === '1';
const bundleDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bundle');
const cliFile = path.join(bundleDir, 'cli.js');
const workerFile = path.join(bundleDir, 'pdf-worker.js');

/** The compiled CLI modules (the fallback without the bundle): `./cli.js`, renamed `./cli.mjs` by the build. */
const importCliModules = (): Promise<typeof Cli> => import('./cli.js');

function run(): Promise<never> {
  if (!fs.existsSync(cliFile)) {
    if (trace) fs.writeSync(2, 'passthebot: cli from modules (no bundle)\n');
    return importCliModules().then((m) => m.runCliAndExit(argv));
  }
  const pdf: NodePdfExtractorOptions = { youngGenerationMb: YOUNG_GENERATION_MB };
  if (fs.existsSync(workerFile)) {
    const workerData: WorkerBundleData = { file: workerFile, useCache: true, trace };
    pdf.workerEval = { code: workerLoaderCode(), workerData };
    // The CLI never changes the memory cap, so this is the worker parse() uses.
    if (namesPdfFile(argv)) {
      const memoryMb = DEFAULT_LIMITS.maxMemoryMb;
      const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
      // pdf.js's files are read here while the worker starts, and handed over (see sendPdfjsFiles).
      const files = new MessageChannel();
      const first: WorkerBundleData & { pdfjsFiles: unknown } = { ...workerData, v8Flags: V8_FLAGS_AFTER_LOAD, pdfjsFiles: files.port2 };
      const worker = new Worker(pdf.workerEval.code, { eval: true, workerData: first, transferList: [files.port2], resourceLimits });
      pdf.prestarted = { worker, memoryMb };
      sendPdfjsFiles(files.port1, path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'pdfjs'));
    }
  }
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  const cli = loadClassicBundle({ fs, vm, module: nodeModule, path, importModule }, cliFile, true);
  if (!cli) throw new Error(`${cliFile} could not be read.`);
  if (trace) fs.writeSync(2, `passthebot: cli from bundle, code cache ${cli.cache}\n`);
  return (cli.exports as typeof Cli).runCliAndExit(argv, { pdf });
}

// (as an unhandled rejection, an error ends the process with status 1 and the stack on standard error)
void run();
