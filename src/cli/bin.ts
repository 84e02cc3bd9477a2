#!/usr/bin/env node
// The `passthebot` executable: a loader. It runs the CLI (cli.ts) from the bundle the build makes, with its V8
// code cache (dist/bundle/, see classic-bundle.ts), and the PDF worker from its own bundle likewise; without
// the bundle, from the compiled modules. When the input is a PDF file, the worker (the longest part of the run:
// a thread, then pdf.js, then the document) is started first, before the CLI bundle is even read; the CLI
// takes it over. Only Node built-ins and three small modules are imported here.
//
// PASSTHEBOT_TRACE_LOAD=1 writes a line per thread on standard error saying how it was loaded (tests, build).
import fs from 'node:fs';
import nodeModule from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS } from '../errors.js';
import type { NodePdfExtractorOptions } from '../node/pdf-extractor.js';
import { loadClassicBundle, workerLoaderCode, type WorkerBundleData } from './classic-bundle.js';
import type * as Cli from './cli.js';
import { namesPdfFile } from './pdf-guess.js';

/** The PDF worker's young generation, MB (the extractor's default too). */
const YOUNG_GENERATION_MB = 64;

const argv = process.argv.slice(2);
const trace = process.env.PASSTHEBOT_TRACE_LOAD === '1';
const bundleDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'bundle');
const cliFile = path.join(bundleDir, 'cli.js');
const workerFile = path.join(bundleDir, 'pdf-worker.js');

if (fs.existsSync(cliFile)) {
  const pdf: NodePdfExtractorOptions = { youngGenerationMb: YOUNG_GENERATION_MB };
  if (fs.existsSync(workerFile)) {
    const workerData: WorkerBundleData = { file: workerFile, useCache: true, trace };
    pdf.workerEval = { code: workerLoaderCode(), workerData };
    // The CLI never changes the memory cap, so this is the worker parse() uses.
    if (namesPdfFile(argv)) {
      const memoryMb = DEFAULT_LIMITS.maxMemoryMb;
      const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB };
      pdf.prestarted = { worker: new Worker(pdf.workerEval.code, { eval: true, workerData, resourceLimits }), memoryMb };
    }
  }
  const importModule = (specifier: string): Promise<unknown> => import(specifier);
  const cli = loadClassicBundle({ fs, vm, module: nodeModule, path, importModule }, cliFile, true);
  if (!cli) throw new Error(`${cliFile} could not be read.`);
  if (trace) fs.writeSync(2, `passthebot: cli from bundle, code cache ${cli.cache}\n`);
  await (cli.exports as typeof Cli).runCliAndExit(argv, { pdf });
} else {
  if (trace) fs.writeSync(2, 'passthebot: cli from modules (no bundle)\n');
  await (await import('./cli.js')).runCliAndExit(argv);
}
