// The Node PDF extractor: pdf.js runs in a worker_threads Worker so that a hostile file (a Flate bomb, a
// pathological content stream) can be stopped. One worker is started on first use and reused; it is
// unref()'d while idle so a CLI can exit without calling close().
//
//   deadline  → terminate() the worker, reject with TIMEOUT, start a fresh worker on the next request
//   dies      → (out of memory, or any exit) reject with TOO_LARGE, start a fresh worker next time
//   too big   → rejected before any work (TOO_LARGE), empty → EMPTY

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ResumeError, tooLarge } from '../errors.js';
import type { PdfExtraction, PdfExtractor } from '../ingest/types.js';
import type { Limits } from '../types.js';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdf-worker.js';

export type NodePdfExtractor = PdfExtractor & {
  /** Stops the worker. Requests still waiting are rejected; a later call starts a new worker. */
  close(): Promise<void>;
};

export interface NodePdfExtractorOptions {
  /** The compiled worker script. Default: `./pdf-worker.js` next to this module (see `workerUrl()`). */
  workerUrl?: URL;
  /** Young-generation cap of the worker heap, MB (default 64). The old generation is capped by `limits.maxMemoryMb`. */
  youngGenerationMb?: number;
}

interface Job {
  bytes: Uint8Array;
  limits: Limits;
  resolve: (r: PdfExtraction) => void;
  reject: (e: unknown) => void;
}

interface Running {
  id: number;
  job: Job;
  /** The worker the job was sent to: only its death fails this job. */
  host?: Host;
  timer?: ReturnType<typeof setTimeout>;
}

interface Host {
  worker: Worker;
  memoryMb: number;
  ready: boolean;
  /** Settles when the worker has imported pdf.js (or failed to). */
  readyPromise: Promise<void>;
}

/** Start-up (thread + pdf.js import) normally takes well under a second; this only guards against a hang. */
const STARTUP_LIMIT_MS = 30_000;

const memorySentence = (mb: number): string =>
  `Reading this PDF needed more memory than the ${mb} MB limit, so it was stopped. The file may be damaged or hold very large images: export it again from your editor.`;

export function createNodePdfExtractor(options: NodePdfExtractorOptions = {}): NodePdfExtractor {
  const queue: Job[] = [];
  let host: Host | undefined;
  let running: Running | undefined;
  let seq = 0;

  const dropHost = (h: Host): void => {
    if (host === h) host = undefined;
    h.worker.removeAllListeners('message');
    void h.worker.terminate().catch(() => undefined);
  };

  /** Settles the running job (once) and starts the next one. */
  const finish = (r: Running, outcome: { ok: true; value: PdfExtraction } | { ok: false; error: unknown }): void => {
    if (running !== r) return;
    running = undefined;
    if (r.timer) clearTimeout(r.timer);
    r.host?.worker.unref();
    if (outcome.ok) r.job.resolve(outcome.value);
    else r.job.reject(outcome.error);
    pump();
  };

  const startHost = async (memoryMb: number): Promise<Host> => {
    const url = options.workerUrl ?? (await workerUrl());
    // Measured (25 resumes, Node 20): with the old generation capped at 512 MB, V8 keeps a smaller heap and runs
    // ~5x more mark-compacts than uncapped (or capped at >= 2048 MB), about +25% time per document. A 64 MB young
    // generation wins back part of it. The cap is what makes a hostile file killable, so it stays as configured.
    const worker = new Worker(url, {
      resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: options.youngGenerationMb ?? 64 },
    });
    worker.unref();
    let markReady!: () => void;
    let failStart!: (e: Error) => void;
    const h: Host = {
      worker,
      memoryMb,
      ready: false,
      readyPromise: new Promise<void>((resolve, reject) => {
        markReady = resolve;
        failStart = reject;
      }),
    };
    h.readyPromise.catch(() => undefined);
    worker.on('message', (msg: PdfWorkerMessage) => {
      if (msg.type === 'ready') {
        h.ready = true;
        markReady();
      } else if (msg.type === 'fatal') {
        failStart(new Error(`The PDF worker could not load pdf.js: ${msg.message}`));
        dropHost(h);
      } else if (msg.type === 'result' && running && running.host === h && running.id === msg.id) {
        if (msg.ok) finish(running, { ok: true, value: msg.result });
        else finish(running, { ok: false, error: new ResumeError(msg.error.code, msg.error.message, msg.error.detail) });
      }
    });
    const died = (why: string): void => {
      if (host === h) host = undefined;
      if (!h.ready) {
        // Not a property of the document: the job waiting for start-up gets this error (see run()).
        failStart(new Error(`The PDF worker stopped while starting: ${why}`));
        return;
      }
      if (running && running.host === h) finish(running, { ok: false, error: new ResumeError('TOO_LARGE', memorySentence(h.memoryMb), why) });
    };
    worker.on('error', (e: Error & { code?: string }) => died(e.code ? `${e.code}: ${e.message}` : e.message));
    worker.on('exit', (code) => died(`worker exited with code ${code}`));
    return h;
  };

  const run = async (r: Running): Promise<void> => {
    const { job } = r;
    let h = host;
    if (h && h.memoryMb !== job.limits.maxMemoryMb) {
      dropHost(h);
      h = undefined;
    }
    if (!h) {
      h = await startHost(job.limits.maxMemoryMb);
      if (running !== r) {
        // closed while the worker was being created
        dropHost(h);
        return;
      }
      host = h;
    }
    r.host = h;
    h.worker.ref();
    if (!h.ready) {
      let guard: ReturnType<typeof setTimeout> | undefined;
      try {
        await Promise.race([
          h.readyPromise,
          new Promise<never>((_, reject) => {
            guard = setTimeout(() => reject(new Error(`The PDF worker did not start within ${STARTUP_LIMIT_MS} ms.`)), STARTUP_LIMIT_MS);
          }),
        ]);
      } catch (e) {
        dropHost(h);
        finish(r, { ok: false, error: e });
        return;
      } finally {
        clearTimeout(guard);
      }
      if (running !== r) return; // closed meanwhile
    }
    // The deadline covers the document, not the one-off start-up (thread + pdf.js import).
    const sentTo = h;
    r.timer = setTimeout(() => {
      dropHost(sentTo);
      finish(r, { ok: false, error: new ResumeError('TIMEOUT', undefined, `deadline of ${job.limits.timeoutMs} ms`) });
    }, job.limits.timeoutMs);
    // Send a copy: its buffer is transferred to the worker, and the caller keeps its bytes.
    const copy = job.bytes.slice();
    const req: PdfWorkerRequest = { id: r.id, bytes: copy, limits: { ...job.limits } };
    h.worker.postMessage(req, [copy.buffer]);
  };

  function pump(): void {
    if (running) return;
    const job = queue.shift();
    if (!job) return;
    const r: Running = { id: ++seq, job };
    running = r;
    run(r).catch((e: unknown) => finish(r, { ok: false, error: e }));
  }

  const extract = (bytes: Uint8Array, limits: Limits): Promise<PdfExtraction> => {
    if (bytes.byteLength === 0) return Promise.reject(new ResumeError('EMPTY'));
    if (bytes.byteLength > limits.maxBytes) return Promise.reject(tooLarge(bytes.byteLength, limits.maxBytes));
    return new Promise<PdfExtraction>((resolve, reject) => {
      queue.push({ bytes, limits, resolve, reject });
      pump();
    });
  };

  const close = async (): Promise<void> => {
    const stopped = new ResumeError('TIMEOUT', 'Reading was stopped before it finished because the PDF reader was closed.');
    for (const job of queue.splice(0)) job.reject(stopped);
    const h = host;
    host = undefined;
    if (running) finish(running, { ok: false, error: stopped });
    if (h) {
      h.worker.removeAllListeners('message');
      await h.worker.terminate().catch(() => undefined);
    }
  };

  return Object.assign(extract, { close });
}

/**
 * Where the worker script is.
 *
 * - Built package (dist/): `./pdf-worker.js` next to this module.
 * - Sources run by Vitest (or any TS-aware runner): this module is `pdf-extractor.ts`, and a Worker cannot run
 *   TypeScript on Node 20. Falling back to dist/ would test whatever was built last, so instead the worker's
 *   own import graph (pdf-worker.ts and the modules it imports relatively) is transpiled with `typescript`
 *   (a devDependency, present whenever sources are run) into node_modules/.cache/passthebot-pdf-worker/<hash>/,
 *   keyed by the sources' hash, and the worker starts from there. Under node_modules the bare import of
 *   pdfjs-dist resolves as usual; a package.json there marks the files as ES modules.
 */
export async function workerUrl(): Promise<URL> {
  const sibling = new URL('./pdf-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  if (import.meta.url.endsWith('.ts')) return transpiledWorker();
  throw new Error(`The PDF worker script is missing: ${fileURLToPath(sibling)}. Run "npm run build".`);
}

let transpiling: Promise<URL> | undefined;

/** Removes builds of older sources (left alone for an hour, in case another test process still runs one). */
function pruneCache(cacheRoot: string, keep: string): void {
  try {
    const cutoff = Date.now() - 3_600_000;
    for (const name of readdirSync(cacheRoot)) {
      if (name === keep) continue;
      const dir = join(cacheRoot, name);
      if (statSync(dir).mtimeMs < cutoff) rmSync(dir, { recursive: true, force: true });
    }
  } catch {
    // best effort
  }
}

function transpiledWorker(): Promise<URL> {
  transpiling ??= (async () => {
    const ts = (await import('typescript')).default;
    const srcRoot = fileURLToPath(new URL('../', import.meta.url));
    const pkgRoot = dirname(srcRoot.replace(/[\\/]$/, ''));
    // Collect the worker's relative import graph.
    const files = new Map<string, string>();
    const pending = [join(srcRoot, 'node', 'pdf-worker.ts')];
    const specifiers = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;
    while (pending.length > 0) {
      const file = pending.pop() as string;
      if (files.has(file)) continue;
      const source = readFileSync(file, 'utf8');
      files.set(file, source);
      for (const m of source.matchAll(specifiers)) {
        const target = join(dirname(file), (m[1] as string).replace(/\.js$/, '.ts'));
        if (existsSync(target)) pending.push(target);
      }
    }
    const hash = createHash('sha256');
    for (const [file, source] of [...files].sort((a, b) => (a[0] < b[0] ? -1 : 1))) hash.update(file).update('\0').update(source).update('\0');
    const key = hash.digest('hex').slice(0, 16);
    const cacheRoot = join(pkgRoot, 'node_modules', '.cache', 'passthebot-pdf-worker');
    const outDir = join(cacheRoot, key);
    const entry = join(outDir, 'node', 'pdf-worker.js');
    if (!existsSync(entry)) {
      const tmp = join(cacheRoot, `${key}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
      for (const [file, source] of files) {
        const out = ts.transpileModule(source, {
          fileName: file,
          compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, sourceMap: false },
        }).outputText;
        const dest = join(tmp, relative(srcRoot, file).replace(/\.ts$/, '.js'));
        mkdirSync(dirname(dest), { recursive: true });
        writeFileSync(dest, out);
      }
      writeFileSync(join(tmp, 'package.json'), '{ "type": "module", "private": true }\n');
      try {
        renameSync(tmp, outDir);
      } catch {
        // Another process finished the same build first: keep theirs.
        rmSync(tmp, { recursive: true, force: true });
      }
      pruneCache(cacheRoot, key);
    }
    return pathToFileURL(entry);
  })();
  transpiling.catch(() => {
    transpiling = undefined;
  });
  return transpiling;
}
