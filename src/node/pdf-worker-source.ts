// Runs the PDF worker from TypeScript sources (Vitest, or any TS-aware runner), where no compiled worker script
// sits next to pdf-extractor: a Worker cannot run TypeScript on Node 20. Kept apart from pdf-extractor.ts so
// that a normal start (dist/) does not load node:crypto and the rest for it.
//
// The worker's own import graph (pdf-worker.ts and the modules it imports relatively) is transpiled with
// `typescript` (a devDependency, present whenever sources are run) into
// node_modules/.cache/passthebot-pdf-worker/<hash>/, keyed by the sources' hash, and the worker starts from
// there. Under node_modules the bare import of pdfjs-dist resolves as usual; a package.json there marks the
// files as ES modules.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The URL of the transpiled worker script (built once per process and per version of the sources). */
export function transpiledWorker(): Promise<URL> {
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
