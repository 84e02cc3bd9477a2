// pdf.js in the current thread: the loader shared by the worker (src/node/pdf-worker.ts) and an in-thread
// extractor for environments without worker_threads and for benchmarks. The in-thread extractor cannot kill
// a hostile file (a Flate bomb decompresses synchronously): prefer createNodePdfExtractor() for untrusted input.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { extractPdf, type PdfjsModule } from '../ingest/pdf/extract.js';
import type { PdfExtractor } from '../ingest/types.js';
import type { Limits } from '../types.js';
import { ResumeError } from '../errors.js';
import { PDFJS_SCRIPTS_DIR, releaseScriptBuffer, runPdfjsScript, type PdfjsScript } from './pdfjs-scripts.js';

type PdfjsLegacy = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfjsLegacy> | undefined;

/**
 * pdf.js's legacy build, imported once per thread (memoised).
 *
 * On import, pdf.js's Node polyfill calls `require("@napi-rs/canvas")` unconditionally (to polyfill DOMMatrix,
 * ImageData and Path2D for rendering). We never render, and that native module costs start-up time and RSS
 * (it opens every system font). Defining DOMMatrix first is not enough on its own, because the require comes
 * before the check; so while pdf.js is imported, `process.getBuiltinModule('module').createRequire` hands pdf.js
 * an empty object for "@napi-rs/canvas", and small stubs stand in for the three classes. Everything else pdf.js
 * requires is untouched, and the hook is removed as soon as the import settles.
 *
 * The worker half of pdf.js is imported up front too: pdf.js then uses it directly (`globalThis.pdfjsWorker`)
 * instead of importing it lazily during the first document.
 *
 * Start-up is most of a one-shot CLI run, so two more things keep the import cheap (measured as thread CPU time
 * of the import, Node 20, 2-core machine: ~240 ms before, ~145 ms after):
 * - the minified builds (`pdf.min.mjs`, `pdf.worker.min.mjs`, shipped in the same package from the same
 *   sources): about half the bytes to read, decode and pre-parse (~-55 ms);
 * - both builds start with a polyfill `if (typeof Response.prototype.bytes !== "function") ...`. In Node the
 *   global `Response` is a lazy getter that loads the whole fetch implementation (undici) on first access,
 *   which PDF text extraction never uses (~-50 ms). While pdf.js is imported in a worker thread, `Response`
 *   is a stand-in whose prototype has `bytes`, so the polyfill does nothing (as it does with Node's own
 *   Response, which has `bytes`); the original global is put back as soon as the import settles.
 *
 * In the built package both builds come from classic scripts with a V8 code cache instead (dist/pdfjs/, see
 * pdfjs-scripts.ts): in a worker thread ~145 ms → ~70 ms for the load, and the first document ~20% faster.
 */
export function loadPdfjs(): Promise<PdfjsLegacy> {
  loading ??= importPdfjs(PDFJS_SCRIPTS_DIR);
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * What loadPdfjs() does, without memoising, taking the classic scripts from `scriptsDir` (the ES modules
 * when it holds none). For tests; a thread should load pdf.js once.
 */
export async function importPdfjs(scriptsDir: URL): Promise<PdfjsLegacy> {
  const g = globalThis as Record<string, unknown>;
  // Minimal stand-ins: text extraction never calls them; only rendering would.
  g.DOMMatrix ??= class DOMMatrix {};
  g.Path2D ??= class Path2D {};
  g.ImageData ??= class ImageData {};

  const proc = process as unknown as { getBuiltinModule?: (id: string) => unknown };
  const original = proc.getBuiltinModule;
  if (typeof original === 'function') {
    proc.getBuiltinModule = function (this: unknown, id: string): unknown {
      const mod = original.call(process, id);
      if (id !== 'module' && id !== 'node:module') return mod;
      const m = mod as typeof import('node:module');
      return {
        ...m,
        createRequire(from: string | URL) {
          const req = m.createRequire(from);
          const guarded = (spec: string): unknown => (spec === '@napi-rs/canvas' ? {} : req(spec));
          return Object.assign(guarded, req);
        },
      };
    };
  }
  // Only in a worker thread, where nothing else runs during the import: in the main thread, the caller's own
  // code could meet the stand-in (the import spans several turns of the event loop).
  const response = isMainThread ? undefined : Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (response?.configurable) {
    Object.defineProperty(globalThis, 'Response', {
      configurable: true,
      writable: true,
      value: class Response {
        bytes(): Promise<Uint8Array> {
          return Promise.reject(new Error('Response is not available while pdf.js is imported.'));
        }
      },
    });
  }
  try {
    const classic = runClassic(scriptsDir);
    if (classic) return classic;
    // (The minified builds ship no type declarations: non-literal specifiers keep tsc from asking for them;
    // the types are those of pdf.mjs, built from the same sources.)
    const apiBuild: string = 'pdfjs-dist/legacy/build/pdf.min.mjs';
    const workerBuild: string = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
    const [pdfjs, worker] = await Promise.all([import(apiBuild) as Promise<PdfjsLegacy>, import(workerBuild) as Promise<unknown>]);
    g.pdfjsWorker ??= worker;
    pdfjsLoad = { from: 'esm', scripts: [] };
    return pdfjs;
  } finally {
    if (typeof original === 'function') proc.getBuiltinModule = original;
    if (response?.configurable) Object.defineProperty(globalThis, 'Response', response);
  }
}

/**
 * How pdf.js was loaded in this thread: `esm` (the ES modules), or from dist/pdfjs/ with the code cache
 * `used` (by both scripts), `rejected` (by either) or `none` (no cache file for either); `scripts` are those compiled (for the build's cache maker).
 */
export let pdfjsLoad: { from: 'esm' | PdfjsScript['cache']; scripts: PdfjsScript[] } | undefined;

/** The same two builds from the classic scripts and code cache in dist/pdfjs/ (see pdfjs-scripts.ts), if built. */
function runClassic(dir: URL): PdfjsLegacy | undefined {
  const pkg = pdfjsPackageDir();
  if (!pkg) return undefined;
  const moduleUrl = (file: string): string => pathToFileURL(join(pkg, 'legacy', 'build', file)).href;
  let worker: PdfjsScript | undefined;
  let api: PdfjsScript | undefined;
  try {
    worker = runPdfjsScript(dir, 'pdf.worker', moduleUrl('pdf.worker.min.mjs'));
    if (!worker) return undefined;
    (globalThis as Record<string, unknown>).pdfjsWorker ??= worker.exports;
    api = runPdfjsScript(dir, 'pdf', moduleUrl('pdf.min.mjs'));
  } finally {
    releaseScriptBuffer();
  }
  if (!api) throw new Error(`${fileURLToPath(dir)} holds pdf.worker.js but not pdf.js: run "npm run build" again.`);
  const scripts = [worker, api];
  const from = scripts.some((x) => x.cache === 'rejected') ? 'rejected' : scripts.some((x) => x.cache === 'none') ? 'none' : 'used';
  pdfjsLoad = { from, scripts };
  return api.exports as unknown as PdfjsLegacy;
}

let packageDir: string | undefined | null = null;

/** The installed pdfjs-dist package folder. */
function pdfjsPackageDir(): string | undefined {
  if (packageDir === null) {
    try {
      // (createRequire rather than import.meta.resolve: the latter is missing under some test runners.)
      packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    } catch {
      packageDir = undefined;
    }
  }
  return packageDir;
}

/** Path (with a trailing slash) of pdf.js's packed CMaps, which some CJK fonts need. */
export function pdfjsCMapUrl(): string | undefined {
  const pkg = pdfjsPackageDir();
  return pkg === undefined ? undefined : join(pkg, 'cmaps') + '/';
}

/**
 * Extracts in the calling thread. The deadline is best effort here (the document is destroyed at the
 * deadline, but synchronous work already under way runs to its end).
 */
export const extractPdfInline: PdfExtractor = async (bytes: Uint8Array, limits: Limits) => {
  const pdfjs: PdfjsModule = await loadPdfjs();
  const ac = new AbortController();
  const started = performance.now();
  const timer = setTimeout(() => ac.abort(), limits.timeoutMs);
  try {
    const out = await extractPdf(pdfjs, bytes, limits, { signal: ac.signal, cMapUrl: pdfjsCMapUrl() });
    // pdf.js can work through the deadline in one long synchronous stretch and finish before the timer gets its
    // turn: a result that comes after the deadline is refused all the same, so the outcome does not depend on
    // which of the two the event loop ran first.
    if (performance.now() - started > limits.timeoutMs) throw new ResumeError('TIMEOUT');
    return out;
  } catch (e) {
    if (ac.signal.aborted) throw new ResumeError('TIMEOUT');
    throw e;
  } finally {
    clearTimeout(timer);
  }
};
