// The `passthebot` command as a function: bin.ts (the executable) runs it, from the bundle the build makes
// (dist/bundle/cli.js, with a V8 code cache; see scripts/build-bundles.mjs) or from the compiled modules.
// A run reads one file, so start-up is most of its time. When the input is a PDF file, the PDF worker (a thread
// that loads pdf.js: the largest single cost) is started first, before the rest of the code is even loaded
// (everything else is imported dynamically for that reason); both then proceed in parallel, and while the
// worker reads the document the main thread warms up layout and parse (see warm-up.ts). The worker is stopped
// as soon as the document is read.
import { readFile } from 'node:fs/promises';
import { DEFAULT_LIMITS } from '../errors.js';
import type { PdfExtractor } from '../ingest/types.js';
import { createNodePdfExtractor, type NodePdfExtractorOptions } from '../node/pdf-extractor.js';
import { hasPdfHeader, namesPdfFile } from './pdf-guess.js';

export interface CliOptions {
  /** How to start the PDF worker (default: the compiled worker script beside pdf-extractor). */
  pdf?: NodePdfExtractorOptions;
  /** Output (default: process.stdout, process.stderr). */
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/** Runs the command on `argv` (without node and script) and resolves to the exit code; never exits. */
export async function runCli(argv: string[], options: CliOptions = {}): Promise<number> {
  const pdf = createNodePdfExtractor(options.pdf);
  // The CLI never changes the memory cap, so the worker started here is the one parse() uses.
  if (namesPdfFile(argv)) void pdf.warm(DEFAULT_LIMITS);

  const [{ main }, { parse }, { renderText }, { warmUp }] = await Promise.all([
    import('./main.js'),
    import('../core/parse.js'),
    import('./text-report.js'),
    import('./warm-up.js'),
  ]);

  /**
   * The CLI reads one file: once pdf.js is done with it, the worker is stopped at once. Tearing down its heap
   * takes tens of milliseconds (unmapping memory), which then overlaps layout, parse and output here instead of
   * delaying the exit (the process waits for its threads).
   */
  const readOnce: PdfExtractor = (bytes, limits) => pdf(bytes, limits).finally(() => void pdf.close());

  const write = (stream: NodeJS.WriteStream) => (s: string) => { stream.write(s); };
  const code = await main(argv, {
    stdout: options.stdout ?? write(process.stdout),
    stderr: options.stderr ?? write(process.stderr),
    readFile: async (p) => new Uint8Array(await readFile(p)),
    readStdin,
    parse: (bytes, opts) => {
      let settled = false;
      const out = parse(bytes, { pdf: readOnce, ...opts }).finally(() => { settled = true; });
      // By the next turn the document is with the worker (it is sent without waiting for pdf.js to load), so
      // the warm-up runs while the worker imports pdf.js and reads the document; none if it is already done
      // (an error before extraction, say).
      if (hasPdfHeader(bytes)) setImmediate(() => void (settled || warmUp(parse, renderText)));
      return out;
    },
  });
  await pdf.close();
  return code;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}

/** runCli, then exit with its code once standard output and error are written. */
export async function runCliAndExit(argv: string[], options: CliOptions = {}): Promise<never> {
  // A reader that has gone (`passthebot parse cv.pdf | head -1`, or a reader that failed): nothing more can be
  // shown, so the run ends quietly, as other command-line tools do, instead of with Node's stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(0);
      throw e;
    });
  }
  const code = await runCli(argv, options);
  // Exit as soon as the output is out, rather than letting Node wind down on its own (which waits for the
  // event loop to empty and then frees the heap, ~20-40 ms measured on the example, none of it useful to a
  // one-shot run). Standard output and error are synchronous for files, pipes and terminals on Linux, but
  // not everywhere (pipes on Windows, say): the empty writes' callbacks run once everything before them is
  // written, so nothing is cut short.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    try {
      stream.write('', () => resolve());
    } catch {
      resolve();
    }
  });
}
