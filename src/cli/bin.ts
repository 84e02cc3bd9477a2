#!/usr/bin/env node
// The `passthebot` executable. A run reads one file, so start-up is most of its time. When the input is a PDF
// file, the PDF worker (a thread that imports pdf.js: the largest single cost) is started first, before the
// rest of the code is even loaded (everything else is imported dynamically for that reason); both then
// proceed in parallel, and while the worker reads the document the main thread warms up layout and parse
// (see warm-up.ts). The worker is stopped as soon as the document is read.
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { DEFAULT_LIMITS } from '../errors.js';
import type { PdfExtractor } from '../ingest/types.js';
import { createNodePdfExtractor } from '../node/pdf-extractor.js';

const PDF_MAGIC = '%PDF-';
/** How far into the bytes the sniffer looks for the PDF header. */
const PDF_MAGIC_WITHIN = 1024;

const argv = process.argv.slice(2);
const pdf = createNodePdfExtractor();
// The CLI never changes the memory cap, so the worker started here is the one parse() uses.
if (namesPdfFile(argv)) void pdf.warm(DEFAULT_LIMITS);

const [{ main }, { parse }, { renderText }, { warmUp }, { readFile }] = await Promise.all([
  import('./main.js'),
  import('../core/parse.js'),
  import('./text-report.js'),
  import('./warm-up.js'),
  import('node:fs/promises'),
]);

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The CLI reads one file: once pdf.js is done with it, the worker is stopped at once. Tearing down its heap
 * takes tens of milliseconds (unmapping memory), which then overlaps layout, parse and output here instead of
 * delaying the exit (the process waits for its threads).
 */
const readOnce: PdfExtractor = (bytes, limits) => pdf(bytes, limits).finally(() => void pdf.close());

const write = (stream: NodeJS.WriteStream) => (s: string) => { stream.write(s); };
const code = await main(argv, {
  stdout: write(process.stdout),
  stderr: write(process.stderr),
  readFile: async (p) => new Uint8Array(await readFile(p)),
  readStdin,
  parse: (bytes, options) => {
    let settled = false;
    const out = parse(bytes, { pdf: readOnce, ...options }).finally(() => { settled = true; });
    // By the next turn the document is with the worker (it is sent without waiting for pdf.js to load), so
    // the warm-up runs while the worker imports pdf.js and reads the document; none if it is already done
    // (an error before extraction, say).
    if (hasPdfHeader(bytes)) setImmediate(() => void (settled || warmUp(parse, renderText)));
    return out;
  },
});
await pdf.close();
// Exit as soon as the output is out, rather than letting Node wind down on its own (which waits for the
// event loop to empty and then frees the heap, ~20-40 ms measured on the example, none of it useful to a
// one-shot run). Standard output and error are synchronous for files, pipes and terminals on Linux, but
// not everywhere (pipes on Windows, say): the empty writes' callbacks run once everything before them is
// written, so nothing is cut short.
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write('', () => resolve());
    } catch {
      resolve();
    }
  });
}

/**
 * Whether this run will probably read a PDF: the `parse` command with an argument naming a file whose first
 * KB holds "%PDF-" (what the sniffer looks for). A wrong guess costs a worker started for nothing, or later.
 * Standard input is not guessed at (text is the common case there): its worker starts once it is read.
 */
function namesPdfFile(args: string[]): boolean {
  return args[0] === 'parse' && args.slice(1).some((a) => !a.startsWith('-') && fileHasPdfHeader(a));
}

function hasPdfHeader(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_MAGIC_WITHIN)).includes(PDF_MAGIC);
}

function fileHasPdfHeader(path: string): boolean {
  let fd: number | undefined;
  try {
    // Regular files only: reading from a pipe (`parse <(cat resume.pdf)`) would take bytes from the real read.
    if (!statSync(path).isFile()) return false;
    fd = openSync(path, 'r');
    const head = Buffer.alloc(PDF_MAGIC_WITHIN);
    return hasPdfHeader(head.subarray(0, readSync(fd, head, 0, head.length, 0)));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
