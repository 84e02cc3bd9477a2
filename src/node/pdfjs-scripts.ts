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

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

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
    source = readFileSync(path, 'latin1');
  } catch {
    return undefined;
  }
  const cacheFile = fileURLToPath(new URL(`${name}.cache`, dir));
  let cachedData: Buffer | undefined;
  if (options.useCache !== false && existsSync(cacheFile)) {
    try {
      cachedData = readFileSync(cacheFile);
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
  const factory = script.runInThisContext() as (importMetaUrl: string) => Record<string, unknown>;
  return { name, exports: factory(moduleUrl), script, cache };
}
