// The Node PDF extractor: pdf.js runs in a worker_threads Worker so that a hostile file (a Flate bomb, a
// pathological content stream) can be stopped. One worker is started on first use and reused; it is
// unref()'d while idle so a CLI can exit without calling close().
//
//   deadline  → terminate() the worker, reject with TIMEOUT, start a fresh worker on the next request
//   dies      → (out of memory, or any exit) reject with TOO_LARGE, start a fresh worker next time
//   too big   → rejected before any work (TOO_LARGE), empty → EMPTY

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DEFAULT_LIMITS, ResumeError, tooLarge } from '../errors.js';
import type { PdfExtraction, PdfExtractor } from '../ingest/types.js';
import type { Limits } from '../types.js';
import type { PdfWorkerMessage, PdfWorkerRequest } from './pdf-worker.js';

export type NodePdfExtractor = PdfExtractor & {
  /**
   * Starts the worker (a thread plus the pdf.js import: most of the cost of a first document) now, so that it
   * overlaps whatever the caller does next (a CLI loading the rest of its code and reading its file). Does
   * nothing when a worker for this memory cap exists or is starting, or a request is in hand. The promise
   * settles (never rejects) once the worker is ready or has failed to start; a start-up failure is reported
   * to the first request, which starts a worker again.
   */
  warm(limits?: Pick<Limits, 'maxMemoryMb'>): Promise<void>;
  /** Stops the worker. Requests still waiting are rejected; a later call starts a new worker. */
  close(): Promise<void>;
};

export interface NodePdfExtractorOptions {
  /** The compiled worker script. Default: `./pdf-worker.js` next to this module (see `workerUrl()`). */
  workerUrl?: URL;
  /**
   * Instead of a script file, code for `new Worker(code, { eval: true, workerData })` (the CLI's loader for the
   * bundled worker, see src/cli/classic-bundle.ts).
   */
  workerEval?: { code: string; workerData?: unknown };
  /**
   * A worker its caller already started from the same script (`workerEval` or `workerUrl`) with `resourceLimits`
   * { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: youngGenerationMb }: the first start for that
   * memory cap takes it instead of starting another (the CLI starts it before loading the rest of its code).
   * Hand it over in the turn it was created: its messages are listened to from then on.
   */
  prestarted?: { worker: Worker; memoryMb: number };
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
  /** A worker being started by warm(), not yet in `host`. */
  let warming: Promise<Host | undefined> | undefined;
  /** Bumped by close(), so a worker that warm() was still starting is dropped. */
  let epoch = 0;

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

  let prestarted = options.prestarted;

  const newWorker = async (memoryMb: number): Promise<Worker> => {
    if (prestarted?.memoryMb === memoryMb) {
      const { worker } = prestarted;
      prestarted = undefined;
      return worker;
    }
    const source = options.workerEval ?? options.workerUrl ?? (await workerUrl());
    // Measured (25 resumes, Node 20): with the old generation capped at 512 MB, V8 keeps a smaller heap and runs
    // ~5x more mark-compacts than uncapped (or capped at >= 2048 MB), about +25% time per document. A 64 MB young
    // generation wins back part of it. The cap is what makes a hostile file killable, so it stays as configured.
    const resourceLimits = { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: options.youngGenerationMb ?? 64 };
    return source instanceof URL
      ? new Worker(source, { resourceLimits })
      : new Worker(source.code, { eval: true, workerData: source.workerData, resourceLimits });
  };

  const startHost = async (memoryMb: number): Promise<Host> => {
    const worker = await newWorker(memoryMb);
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

  const warm = (limits: Pick<Limits, 'maxMemoryMb'> = DEFAULT_LIMITS): Promise<void> => {
    const settled = (h: Host | undefined): Promise<void> => (h ? h.readyPromise.catch(() => undefined) : Promise.resolve());
    if (warming) return warming.then(settled);
    if (host?.memoryMb === limits.maxMemoryMb) return settled(host);
    if (running || queue.length > 0) return Promise.resolve(); // the request in hand starts a worker
    const at = epoch;
    const p: Promise<Host | undefined> = startHost(limits.maxMemoryMb).then(
      (h) => {
        if (warming === p) warming = undefined;
        if (at !== epoch) {
          // close() ran meanwhile
          dropHost(h);
          return undefined;
        }
        if (host) dropHost(host);
        host = h;
        return h;
      },
      () => {
        if (warming === p) warming = undefined; // the first request starts a worker again and reports the error
        return undefined;
      },
    );
    warming = p;
    return p.then(settled);
  };

  const run = async (r: Running): Promise<void> => {
    const { job } = r;
    if (warming) await warming;
    if (running !== r) return; // closed meanwhile
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
    // Send at once, even to a worker still importing pdf.js (it answers once ready), so that no round trip
    // through this thread separates start-up from the document. Send a copy: its buffer is transferred to the
    // worker, and the caller keeps its bytes.
    const copy = job.bytes.slice();
    const req: PdfWorkerRequest = { id: r.id, bytes: copy, limits: { ...job.limits } };
    h.worker.postMessage(req, [copy.buffer]);
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
      if (running !== r) return; // closed (or, in theory, answered) meanwhile
    }
    // The deadline covers the document, not the one-off start-up (thread + pdf.js import): it starts when the
    // worker is ready.
    const sentTo = h;
    r.timer = setTimeout(() => {
      dropHost(sentTo);
      finish(r, { ok: false, error: new ResumeError('TIMEOUT', undefined, `deadline of ${job.limits.timeoutMs} ms`) });
    }, job.limits.timeoutMs);
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
    epoch++;
    warming = undefined;
    const h = host;
    host = undefined;
    if (running) finish(running, { ok: false, error: stopped });
    if (h) {
      h.worker.removeAllListeners('message');
      await h.worker.terminate().catch(() => undefined);
    }
  };

  return Object.assign(extract, { warm, close });
}

/**
 * Where the worker script is.
 *
 * - Built package (dist/): `./pdf-worker.js` next to this module.
 * - Sources run by Vitest (or any TS-aware runner): this module is `pdf-extractor.ts`, and a Worker cannot run
 *   TypeScript on Node 20. Falling back to dist/ would test whatever was built last, so instead the worker's
 *   own import graph (pdf-worker.ts and the modules it imports relatively) is transpiled with `typescript`
 *   (a devDependency, present whenever sources are run) into node_modules/.cache/passthebot-pdf-worker/<hash>/,
 *   keyed by the sources' hash, and the worker starts from there (see pdf-worker-source.ts, loaded only then).
 */
export async function workerUrl(): Promise<URL> {
  const sibling = new URL('./pdf-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(sibling))) return sibling;
  if (import.meta.url.endsWith('.ts')) return (await import('./pdf-worker-source.js')).transpiledWorker();
  throw new Error(`The PDF worker script is missing: ${fileURLToPath(sibling)}. Run "npm run build".`);
}
