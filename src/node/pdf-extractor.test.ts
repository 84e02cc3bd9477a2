import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zlibSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, ResumeError } from '../errors.js';
import { createNodePdfExtractor } from './pdf-extractor.js';
import { extractPdfInline } from './pdf-inline.js';

const FIXTURES = 'test/fixtures/pdf';
const JAKES = '/work/shared/eval/parse/latex-jakes/resume.pdf';

/** A real PDF for the happy path: the repository's fixture, else the shared one. */
const samplePath = [`${FIXTURES}/single-column.pdf`, JAKES].find((f) => existsSync(f));
const twoPagePath = [`${FIXTURES}/header-footer.pdf`, '/work/shared/eval/parse/jsonresume-sample-stackoverflow/resume.pdf'].find((f) => existsSync(f));
const read = (f: string) => new Uint8Array(readFileSync(f));

async function rejection(p: Promise<unknown>): Promise<ResumeError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ResumeError);
    return e as ResumeError;
  }
  throw new Error('expected a rejection');
}

/** A small file whose one page holds `n` text operators (a Flate stream): pdf.js needs seconds for 300k. */
function slowPdf(n: number): Uint8Array {
  const enc = new TextEncoder();
  const stream = zlibSync(enc.encode('BT /F1 9 Tf 72 700 Td (x) Tj ET\n'.repeat(n)), { level: 6 });
  const parts: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (b: string | Uint8Array) => {
    const bytes = typeof b === 'string' ? enc.encode(b) : b;
    parts.push(bytes);
    length += bytes.length;
  };
  push('%PDF-1.7\n');
  const obj = (body: string, data?: Uint8Array) => {
    offsets.push(length);
    push(`${offsets.length} 0 obj\n${body}\n`);
    if (data) {
      push('stream\n');
      push(data);
      push('\nendstream\n');
    }
    push('endobj\n');
  };
  obj('<< /Type /Catalog /Pages 2 0 R >>');
  obj('<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  obj('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>');
  obj(`<< /Length ${stream.length} /Filter /FlateDecode >>`, stream);
  obj('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const xref = length;
  push(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const extractor = createNodePdfExtractor();
afterAll(() => extractor.close());

describe.skipIf(!samplePath)('createNodePdfExtractor (worker)', () => {
  const sample = () => read(samplePath as string);

  it('gives the same extraction as the in-thread extractor', async () => {
    const [viaWorker, inline] = await Promise.all([extractor(sample(), DEFAULT_LIMITS), extractPdfInline(sample(), DEFAULT_LIMITS)]);
    expect(viaWorker.pages[0]?.items.length).toBeGreaterThan(10);
    expect(viaWorker).toEqual(inline);
  });

  it('handles requests one after another on the same worker, and concurrent calls queue', async () => {
    const results = await Promise.all([1, 2, 3].map(() => extractor(sample(), DEFAULT_LIMITS)));
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
  });

  it('keeps the caller’s bytes intact', async () => {
    const bytes = sample();
    const before = bytes.slice();
    await extractor(bytes, DEFAULT_LIMITS);
    expect(bytes).toEqual(before);
  });

  it('deadline: TIMEOUT, then a fresh worker serves the next request', async () => {
    const err = await rejection(extractor(sample(), { ...DEFAULT_LIMITS, timeoutMs: 1 }));
    expect(err.code).toBe('TIMEOUT');
    const ok = await extractor(sample(), DEFAULT_LIMITS);
    expect(ok.pages.length).toBeGreaterThan(0);
  });

  it('a document that keeps pdf.js busy is stopped at the deadline; the next request works', async () => {
    const err = await rejection(extractor(slowPdf(300_000), { ...DEFAULT_LIMITS, timeoutMs: 250 }));
    expect(err.code).toBe('TIMEOUT');
    expect((await extractor(sample(), DEFAULT_LIMITS)).pages.length).toBeGreaterThan(0);
  });

  it('the in-thread extractor also stops a busy document at its deadline (pdf.js yields between time slots)', async () => {
    const err = await rejection(extractPdfInline(slowPdf(300_000), { ...DEFAULT_LIMITS, timeoutMs: 250 }));
    expect(err.code).toBe('TIMEOUT');
  });

  it.skipIf(!twoPagePath)('page limit: TOO_MANY_PAGES through the worker', async () => {
    const err = await rejection(extractor(read(twoPagePath as string), { ...DEFAULT_LIMITS, maxPages: 1 }));
    expect(err.code).toBe('TOO_MANY_PAGES');
    expect(err.message).toMatch(/\d+ pages, over the limit of 1/);
  });

  it('size limit: TOO_LARGE before any work; empty: EMPTY', async () => {
    expect((await rejection(extractor(sample(), { ...DEFAULT_LIMITS, maxBytes: 1000 }))).code).toBe('TOO_LARGE');
    expect((await rejection(extractor(new Uint8Array(0), DEFAULT_LIMITS))).code).toBe('EMPTY');
  });

  it('damaged files: CORRUPT, with the message and detail carried across the thread', async () => {
    const bytes = sample();
    // Cut before any page content: nothing to rebuild the file from.
    const truncated = bytes.slice(0, 200);
    const err = await rejection(extractor(truncated, DEFAULT_LIMITS));
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toMatch(/damaged/);
    expect(err.detail).toBeTruthy();

    const junk = new Uint8Array(2048).fill(0x41);
    junk.set(new TextEncoder().encode('%PDF-1.4\n'));
    expect((await rejection(extractor(junk, DEFAULT_LIMITS))).code).toBe('CORRUPT');
  });

  it.skipIf(!existsSync(`${FIXTURES}/encrypted.pdf`))('encrypted.pdf → ENCRYPTED', async () => {
    expect((await rejection(extractor(read(`${FIXTURES}/encrypted.pdf`), DEFAULT_LIMITS))).code).toBe('ENCRYPTED');
  });

  it.skipIf(!existsSync(`${FIXTURES}/image-only.pdf`))('image-only.pdf → NO_TEXT', async () => {
    expect((await rejection(extractor(read(`${FIXTURES}/image-only.pdf`), DEFAULT_LIMITS))).code).toBe('NO_TEXT');
  });

  it('a different memory cap starts a worker with that cap', async () => {
    const ok = await extractor(sample(), { ...DEFAULT_LIMITS, maxMemoryMb: 256 });
    expect(ok.pages.length).toBeGreaterThan(0);
  });
});

describe('createNodePdfExtractor with stand-in workers: dying, warm()', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ptb-pdf-worker-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // Stand-in workers speaking the same protocol, so that dying is deterministic.
  const script = (name: string, onMessage: string): URL => {
    const file = join(dir, name);
    writeFileSync(
      file,
      `import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ type: 'ready', importMs: 0 });\nparentPort.on('message', (req) => { ${onMessage} });\n`,
    );
    return pathToFileURL(file);
  };
  const pdf = new TextEncoder().encode('%PDF-1.4\n% not really\n');

  it('exit during a request → TOO_LARGE (memory), and the next request gets a new worker', async () => {
    const exiting = createNodePdfExtractor({ workerUrl: script('exit.mjs', 'process.exit(3);') });
    try {
      for (let i = 0; i < 2; i++) {
        const err = await rejection(exiting(pdf, DEFAULT_LIMITS));
        expect(err.code).toBe('TOO_LARGE');
        expect(err.message).toMatch(/memory/);
      }
    } finally {
      await exiting.close();
    }
  });

  it('out of memory → TOO_LARGE', async () => {
    const hungry = createNodePdfExtractor({
      workerUrl: script('oom.mjs', 'const keep = []; for (;;) keep.push(new Array(1e5).fill({ a: 1 }));'),
    });
    try {
      const err = await rejection(hungry(pdf, { ...DEFAULT_LIMITS, maxMemoryMb: 32, timeoutMs: 60_000 }));
      expect(err.code).toBe('TOO_LARGE');
      expect(err.detail).toMatch(/ERR_WORKER_OUT_OF_MEMORY|exited/);
    } finally {
      await hungry.close();
    }
  });

  it('an uncaught error in the worker → TOO_LARGE, never a crash or a pending promise', async () => {
    const throwing = createNodePdfExtractor({ workerUrl: script('throw.mjs', 'setTimeout(() => { throw new Error("boom"); });') });
    try {
      expect((await rejection(throwing(pdf, DEFAULT_LIMITS))).code).toBe('TOO_LARGE');
    } finally {
      await throwing.close();
    }
  });

  it('a worker that never answers → TIMEOUT', async () => {
    const silent = createNodePdfExtractor({ workerUrl: script('silent.mjs', '/* never replies */') });
    try {
      expect((await rejection(silent(pdf, { ...DEFAULT_LIMITS, timeoutMs: 50 }))).code).toBe('TIMEOUT');
    } finally {
      await silent.close();
    }
  });

  it('close() rejects queued and running requests', async () => {
    const silent = createNodePdfExtractor({ workerUrl: script('silent2.mjs', '/* never replies */') });
    const a = rejection(silent(pdf, DEFAULT_LIMITS));
    const b = rejection(silent(pdf, DEFAULT_LIMITS));
    await new Promise((r) => setTimeout(r, 20));
    await silent.close();
    expect((await a).code).toBe('TIMEOUT');
    expect((await b).code).toBe('TIMEOUT');
  });

  /** A stand-in that answers every request with its thread id (in meta.title), so tests can tell workers apart. */
  const echo = (name: string): URL => {
    const file = join(dir, name);
    writeFileSync(
      file,
      `import { parentPort, threadId } from 'node:worker_threads';\nparentPort.postMessage({ type: 'ready', importMs: 0 });\n` +
        `parentPort.on('message', (req) => parentPort.postMessage({ type: 'result', id: req.id, ok: true, result: { pages: [], meta: { pageCount: 0, title: String(threadId) } } }));\n`,
    );
    return pathToFileURL(file);
  };

  it('warm() starts the worker before the first request, which then uses it', async () => {
    const warmed = createNodePdfExtractor({ workerUrl: echo('echo1.mjs') });
    try {
      await warmed.warm(DEFAULT_LIMITS);
      await warmed.warm(DEFAULT_LIMITS); // a worker for this cap exists: nothing new
      const [a, b] = await Promise.all([warmed(pdf, DEFAULT_LIMITS), warmed(pdf, DEFAULT_LIMITS)]);
      expect(a.meta.title).toBeTruthy();
      expect(b.meta.title).toBe(a.meta.title);
      // A request sent while warm() is still starting the worker waits for that same worker.
      await warmed.close();
      const starting = warmed.warm(DEFAULT_LIMITS);
      const c = await warmed(pdf, DEFAULT_LIMITS);
      await starting;
      expect(c.meta.title).not.toBe(a.meta.title);
      expect((await warmed(pdf, DEFAULT_LIMITS)).meta.title).toBe(c.meta.title);
    } finally {
      await warmed.close();
    }
  });

  it('close() while warm() is starting the worker leaves nothing behind; the next request starts a worker', async () => {
    const warmed = createNodePdfExtractor({ workerUrl: echo('echo2.mjs') });
    try {
      const starting = warmed.warm(DEFAULT_LIMITS);
      await warmed.close();
      await starting;
      expect((await warmed(pdf, DEFAULT_LIMITS)).meta.pageCount).toBe(0);
    } finally {
      await warmed.close();
    }
  });

  it('warm() never rejects: a worker that cannot start is reported to the first request', async () => {
    const missing = createNodePdfExtractor({ workerUrl: pathToFileURL(join(dir, 'also-missing.mjs')) });
    try {
      await expect(missing.warm(DEFAULT_LIMITS)).resolves.toBeUndefined();
      await expect(missing(pdf, DEFAULT_LIMITS)).rejects.toThrow(/PDF worker/);
    } finally {
      await missing.close();
    }
  });

  it('a worker script that cannot start rejects with an Error (not a document error)', async () => {
    const missing = createNodePdfExtractor({ workerUrl: pathToFileURL(join(dir, 'does-not-exist.mjs')) });
    try {
      await expect(missing(pdf, DEFAULT_LIMITS)).rejects.toThrow(/PDF worker/);
    } finally {
      await missing.close();
    }
  });
});
