// Loads one of the bundles `npm run build` makes (scripts/build-bundles.mjs): dist/bundle/cli.js (the CLI and
// everything it imports but pdf.js) and dist/bundle/pdf-worker.js (the PDF worker). Each is one classic script,
// `(function (exports, require, module, __filename, __dirname, importModule) { ... })`, compiled with `vm.Script` and the V8
// code cache beside it (<name>.cache, made at build time after reading sample resumes), so that V8 neither
// resolves and reads some 60 ES modules nor parses and compiles them: the functions a parse needs come back as
// bytecode (Node 20 has no code cache for ES modules).
//
// A cache fits only the V8 version and flags that made it: V8 checks that and refuses one that does not fit
// (`cachedDataRejected`); the script then compiles from source as usual. Without the bundle, bin.ts imports
// the compiled modules (dist/cli/cli.js).
import type fs from 'node:fs';
import type nodeModule from 'node:module';
import type path from 'node:path';
import type vm from 'node:vm';

/** `used`: compiled from the code cache; `rejected`: V8 refused it (other V8 version or flags); `none`: no cache. */
export type BundleCache = 'used' | 'rejected' | 'none';

export interface LoadedBundle {
  /** What the bundle exported (its entry module's exports). */
  exports: Record<string, unknown>;
  cache: BundleCache;
  /** The compiled script (for `createCachedData()` at build time). */
  script: vm.Script;
}

export interface BundleDeps {
  fs: Pick<typeof fs, 'openSync' | 'fstatSync' | 'readSync' | 'closeSync'>;
  vm: Pick<typeof vm, 'Script'>;
  module: Pick<typeof nodeModule, 'createRequire'>;
  path: Pick<typeof path, 'dirname'>;
  /**
   * `import()` for the bundle: the few modules it may import itself are outside it (pdf.js's ES modules when
   * dist/pdfjs/ is missing). (A vm.Script's own `import()` needs an experimental Node option, and fails when the
   * script comes from a code cache.)
   */
  importModule: (specifier: string) => Promise<unknown>;
}

/**
 * Compiles and runs the bundle `file` (a `.js` path) with `<file minus .js>.cache` when `useCache` and the file
 * exists. Undefined when the bundle is absent. Throws what the bundle throws.
 *
 * Self-contained (it uses only its parameters): the PDF worker gets it as source text (workerLoaderCode()).
 */
export function loadClassicBundle(deps: BundleDeps, file: string, useCache: boolean): LoadedBundle | undefined {
  // The script and then its cache are read into one buffer (V8 has copied the source into a string, and reads
  // the cache only while compiling): a fresh buffer for each costs a page fault per 4 KB of it, which on a
  // small VM is as much as the read itself.
  let scratch = Buffer.allocUnsafe(0);
  const read = (path: string): Buffer => {
    const fd = deps.fs.openSync(path, 'r');
    try {
      const size = deps.fs.fstatSync(fd).size;
      if (scratch.length < size) scratch = Buffer.allocUnsafe(size);
      let n = 0;
      for (let got = -1; n < size && got !== 0; n += got) got = deps.fs.readSync(fd, scratch, n, size - n, n);
      return scratch.subarray(0, n);
    } finally {
      deps.fs.closeSync(fd);
    }
  };
  let source: string;
  try {
    // The build writes ASCII only: latin1 is exact and much faster to decode than UTF-8.
    source = read(file).toString('latin1');
  } catch {
    return undefined;
  }
  let cachedData: Buffer | undefined;
  if (useCache) {
    try {
      cachedData = read(file.replace(/\.js$/, '.cache'));
    } catch {
      cachedData = undefined;
    }
  }
  const script = new deps.vm.Script(source, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const cache: BundleCache = !cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  type Wrapper = (exports: object, require: NodeJS.Require, module: object, filename: string, dirname: string, importModule: BundleDeps['importModule']) => void;
  const wrapper = script.runInThisContext() as Wrapper;
  const mod = { exports: {} as Record<string, unknown> };
  wrapper.call(mod.exports, mod.exports, deps.module.createRequire(file), mod, file, deps.path.dirname(file), deps.importModule);
  return { exports: mod.exports, cache, script };
}

/** What the worker loader gets as `workerData`. */
export interface WorkerBundleData {
  file: string;
  useCache: boolean;
  /** Write one line on standard error saying whether the code cache was used. */
  trace: boolean;
  /**
   * V8 flags to set once the bundle and pdf.js are compiled (the code caches checked: a cache is refused by a
   * V8 whose flags differ from those it was made with). They apply to the whole process from then on. See bin.ts.
   */
  v8Flags?: string;
}

/** Source for `new Worker(code, { eval: true, workerData })` that runs the worker bundle (see WorkerBundleData). */
export function workerLoaderCode(): string {
  return `const d = require('node:worker_threads').workerData;
const fs = require('node:fs');
const module = require('node:module');
// (a bare specifier resolves from the bundle's folder, as it would from a module there)
const importModule = (s) => import(require('node:url').pathToFileURL(module.createRequire(d.file).resolve(s)).href);
const b = (${loadClassicBundle.toString()})({ fs, vm: require('node:vm'), module, path: require('node:path'), importModule }, d.file, d.useCache);
if (!b) throw new Error('The PDF worker bundle is missing: ' + d.file);
if (d.trace) fs.writeSync(2, 'passthebot: pdf worker from bundle, code cache ' + b.cache + '\\n');
// (the bundle's first statements compiled pdf.js's scripts from their caches: loadPdfjs() reaches them synchronously)
if (d.v8Flags) require('node:v8').setFlagsFromString(d.v8Flags);
`;
}
