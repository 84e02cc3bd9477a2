// pdf.js from classic scripts with a V8 code cache (the built package only).
//
// `npm run build` (scripts/build-pdfjs.mjs) writes dist/pdfjs/: pdf.js's two minified builds turned into
// classic scripts (scripts/lib/pdfjs-classic.mjs: the same code, as one function expression returning the
// module's exports) and, for each, the code cache V8 made after reading sample resumes with it. Node 20 can
// cache the compiled code of a `vm.Script`, not of an ES module, hence the copies.
//
// With the cache, V8 skips parsing and compiling: the functions pdf.js ran on the samples come back as
// bytecode. Measured in a worker thread (Node 20, 2-core machine, the 2-page example): loading both builds
// ~145 ms as ES modules → ~70 ms; the first document ~100 ms → ~80 ms.
//
// A cache is only valid for the V8 version and flags that made it; V8 checks that (and the source length)
// and rejects a cache that does not fit (`cachedDataRejected`): the script is then compiled from source as
// usual, a little faster than the ES module import. Without dist/pdfjs/ (sources run by Vitest) the caller
// imports the ES modules.

import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { MessagePort, receiveMessageOnPort, workerData } from 'node:worker_threads';

/** The two builds: the worker half (`WorkerMessageHandler`) and the API (`getDocument`, ...). */
export type PdfjsScriptName = 'pdf.worker' | 'pdf';

/** Where the build puts the scripts: dist/pdfjs/, beside dist/node/. */
export const PDFJS_SCRIPTS_DIR = new URL('../pdfjs/', import.meta.url);

export interface PdfjsScript {
  name: PdfjsScriptName;
  /** The module's exports. */
  exports: Record<string, unknown>;
  /** The compiled script (for `createCachedData()`). */
  script: vm.Script;
  /** `used`: compiled from the code cache; `rejected`: V8 refused it (other V8 version or flags); `none`: no cache file. */
  cache: 'used' | 'rejected' | 'none';
}

export interface RunOptions {
  /** Read `<name>.cache` if present (default true). */
  useCache?: boolean;
}

/**
 * Compiles and runs `<dir>/<name>.js` (with `<dir>/<name>.cache` when present), passing `moduleUrl` as the
 * module's `import.meta.url`. Returns undefined when the script is absent. Throws what the script throws.
 */
export function runPdfjsScript(dir: URL, name: PdfjsScriptName, moduleUrl: string, options: RunOptions = {}): PdfjsScript | undefined {
  const file = new URL(`${name}.js`, dir);
  const path = fileURLToPath(file);
  let source: string;
  try {
    // The build writes ASCII only: latin1 is exact, and ~8x faster to decode than UTF-8 (~2 ms vs ~17 ms for
    // the 1.3 MB worker build).
    source = (sentFile(path) ?? readScratch(path)).toString('latin1');
  } catch {
    return undefined;
  }
  const cacheFile = fileURLToPath(new URL(`${name}.cache`, dir));
  let cachedData: Buffer | undefined;
  if (options.useCache !== false && (sent?.files[basename(cacheFile)] || existsSync(cacheFile))) {
    try {
      cachedData = sentFile(cacheFile) ?? readScratch(cacheFile);
    } catch {
      cachedData = undefined;
    }
  }
  const script = new vm.Script(source, {
    filename: path,
    ...(cachedData ? { cachedData } : {}),
    // pdf.js imports a module itself in two places we do not reach (its worker when `pdfjsWorker` is not set, a
    // JPEG 2000 fallback decoder when a wasm URL is configured); as in the ES module, through the usual loader.
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const cache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // (V8 has read the cache: the scratch buffer is free again)
  const factory = script.runInThisContext() as (importMetaUrl: string) => Record<string, unknown>;
  return { name, exports: factory(moduleUrl), script, cache };
}

/**
 * One buffer for every file read here (each script, then its cache; V8 copies the source into a string and
 * reads a cache only while compiling). A fresh buffer per file costs a page fault per 4 KB the first time it
 * is written, which in a fresh worker thread on a small VM takes about as long as the read itself (~4 ms for
 * the 1.5 MB worker-build cache); this way the ~4 MB read touch ~1.5 MB of new memory. Valid until the next call.
 */
let scratch = Buffer.allocUnsafe(0);

/** Lets the buffer go (once the scripts are loaded: a thread loads pdf.js once). */
export function releaseScriptBuffer(): void {
  scratch = Buffer.allocUnsafe(0);
}

function readScratch(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
    let n = 0;
    for (let got = -1; n < size && got !== 0; n += got) got = readSync(fd, scratch, n, size - n, n);
    return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** The files runPdfjsScript reads from its folder. */
export const PDFJS_FILES = ['pdf.worker.js', 'pdf.worker.cache', 'pdf.js', 'pdf.cache'] as const;

/** What sendPdfjsFiles() posts: the folder, and each file's bytes by name. */
interface SentFiles {
  dir: string;
  files: Record<string, ArrayBuffer>;
}

/**
 * For a worker about to load pdf.js (the CLI's, see src/cli/bin.ts): reads the files of dist/pdfjs/ (`dir`)
 * in this thread and posts them, transferred, on `port`, whose other end the worker has as
 * `workerData.pdfjsFiles`. The worker takes them instead of reading the files (when they have come by then), so
 * that the read (~4 MB: a page fault per 4 KB of fresh buffer, ~10 ms in a fresh worker on a small VM) is
 * done by a thread that is otherwise waiting for the worker. Files it cannot read are left out.
 */
export function sendPdfjsFiles(port: MessagePort, dir: string): void {
  const message: SentFiles = { dir, files: {} };
  const transfer: ArrayBuffer[] = [];
  for (const name of PDFJS_FILES) {
    try {
      const bytes = readFileSync(join(dir, name));
      // (a file this large has a buffer of its own; anything else is copied into one)
      const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : Buffer.from(bytes);
      message.files[name] = own.buffer as ArrayBuffer;
      transfer.push(own.buffer as ArrayBuffer);
    } catch {
      // (the worker reads it, or finds it missing, itself)
    }
  }
  port.postMessage(message, transfer);
}

/** The files sent to this thread (undefined: none, or not yet), taken from the port on first use. */
let sent: SentFiles | undefined;
let sentTaken = false;

function sentFile(path: string): Buffer | undefined {
  if (!sentTaken) {
    sentTaken = true;
    const port = (workerData as { pdfjsFiles?: unknown } | null | undefined)?.pdfjsFiles;
    if (port instanceof MessagePort) {
      sent = receiveMessageOnPort(port)?.message as SentFiles | undefined;
      port.close();
    }
  }
  if (!sent || dirname(path) !== sent.dir) return undefined;
  const bytes = sent.files[basename(path)];
  if (!bytes) return undefined;
  delete sent.files[basename(path)];
  return Buffer.from(bytes);
}
