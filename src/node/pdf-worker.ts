// Body of the worker_threads Worker that runs pdf.js (started by src/node/pdf-extractor.ts).
// It imports pdf.js once, then serves one request at a time until it is terminated. The parent owns the
// deadline and the memory cap: a hostile file costs this thread, never the process.

import { parentPort, type MessagePort } from 'node:worker_threads';
import { extractPdf, toResumeError } from '../ingest/pdf/extract.js';
import type { PdfExtraction } from '../ingest/types.js';
import type { ErrorCode, Limits } from '../types.js';
import { loadPdfjs, pdfjsCMapUrl } from './pdf-inline.js';

/** Parent → worker. `bytes` is transferred (the parent sends a copy). */
export interface PdfWorkerRequest {
  id: number;
  bytes: Uint8Array;
  limits: Limits;
}

/** Worker → parent. */
export type PdfWorkerMessage =
  | { type: 'ready'; importMs: number }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; ok: true; result: PdfExtraction }
  | { type: 'result'; id: number; ok: false; error: { code: ErrorCode; message: string; detail?: string } };

if (!parentPort) throw new Error('pdf-worker.js runs only inside a worker_threads Worker.');
const port: MessagePort = parentPort;

// pdf.js starts some promises it never awaits (e.g. image decoding for a document already destroyed); one
// of them rejecting must not take the worker down with an unrelated request.
process.on('unhandledRejection', () => undefined);

// pdf.js inflates each Flate stream first through the web DecompressionStream when the global exists, and
// through its own synchronous decoder otherwise (also its fallback when the stream API fails). Both give the
// same bytes (checked on every test and eval PDF); the stream API first loads Node's web-streams and zlib
// stream modules, and for the small streams of a resume it costs more than it saves: hiding it in this
// thread cuts ~15 ms of CPU from a cold first document and ~6% from warm extraction (25 eval PDFs).
delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;

// (Date.now rather than performance.now: in a worker thread the `performance` global is loaded on first use,
// nine internal modules of perf_hooks that nothing else here needs.)
const started = Date.now();
const ready = loadPdfjs();
ready.then(
  () => port.postMessage({ type: 'ready', importMs: Date.now() - started } satisfies PdfWorkerMessage),
  (e: unknown) => port.postMessage({ type: 'fatal', message: e instanceof Error ? e.message : String(e) } satisfies PdfWorkerMessage),
);

port.on('message', (req: PdfWorkerRequest) => {
  void handle(req);
});

async function handle(req: PdfWorkerRequest): Promise<void> {
  let reply: PdfWorkerMessage;
  try {
    const pdfjs = await ready;
    const result = await extractPdf(pdfjs, req.bytes, req.limits, { cMapUrl: pdfjsCMapUrl() });
    reply = { type: 'result', id: req.id, ok: true, result };
  } catch (e) {
    const err = toResumeError(e);
    reply = { type: 'result', id: req.id, ok: false, error: { code: err.code, message: err.message, ...(err.detail !== undefined ? { detail: err.detail } : {}) } };
  }
  port.postMessage(reply);
}
