import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { toClassicScript } from '../../scripts/lib/pdfjs-classic.mjs';
import { runPdfjsScript } from './pdfjs-scripts.js';

const dirs: string[] = [];
const tempDir = (): URL => {
  const d = mkdtempSync(join(tmpdir(), 'pdfjs-scripts-'));
  dirs.push(d);
  return pathToFileURL(`${d}/`);
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('toClassicScript', () => {
  const run = (module: string, url = 'file:///x/m.mjs'): Record<string, unknown> => {
    const script = toClassicScript(module, 'm.mjs');
    expect(script).toMatch(/^[\x00-\x7f]*$/);
    return (vm.runInThisContext(script) as (u: string) => Record<string, unknown>)(url);
  };

  it('returns the exports, passes import.meta.url, and escapes non-ASCII only inside literals', () => {
    const m = run('const a = "é–ﬅ😀", b = /[ſ]+/u, c = `x ${a} ©`; function f() { return import.meta.url; } export { a, b as re, c, f };');
    expect(m.a).toBe('é–ﬅ😀');
    expect((m.re as RegExp).test('ſſ')).toBe(true);
    expect(m.c).toBe('x é–ﬅ😀 ©');
    expect((m.f as () => string)()).toBe('file:///x/m.mjs');
  });

  it('is strict mode code, as a module is', () => {
    expect(() => run('const f = () => { undeclared = 1; }; f(); export { f };')).toThrow(ReferenceError);
  });

  it('refuses what it cannot turn into the same script', () => {
    expect(() => toClassicScript('const a = 1;', 'm')).toThrow(/no export/);
    expect(() => toClassicScript('import x from "y"; export { x };', 'm')).toThrow(/unexpected/);
    expect(() => toClassicScript('export const a = 1;', 'm')).toThrow(/exported declaration/);
    expect(() => toClassicScript('const a = await 1; export { a };', 'm')).toThrow(/top-level await/);
    expect(() => toClassicScript('const é = 1; export { é };', 'm')).toThrow(/outside a literal/);
    expect(() => toClassicScript('const a = String.raw`é`; export { a };', 'm')).toThrow(/outside a literal/);
    expect(() => toClassicScript('const a = "\\é"; export { a };', 'm')).toThrow(/escaped/);
    expect(() => toClassicScript('const a = import.meta; export { a };', 'm')).toThrow(/import\.meta/);
  });

  it('makes the Brotli decoder on its first call, not when the script runs', () => {
    const decoder = 'let D = (() => { globalThis.made = (globalThis.made ?? 0) + 1; const e = "Brotli error code: "; return (x) => x + 1; })();';
    const script = toClassicScript(`${decoder} function f(x) { return D(x) + D(x); } export { f };`, 'm.mjs');
    expect(script).toContain('let D = (...__pdfjsBrotliArgs)=>(D=(() => {');
    const g = globalThis as { made?: number };
    delete g.made;
    const m = (vm.runInThisContext(script) as (u: string) => { f: (x: number) => number })('file:///x/m.mjs');
    expect(g.made).toBeUndefined();
    expect(m.f(1)).toBe(4);
    expect(g.made).toBe(1);
    delete g.made;
    // Anything but that shape, or a use other than a call, is refused rather than changed.
    expect(() => toClassicScript(`${decoder} const g = D; export { g };`, 'm')).toThrow(/other than by a call/);
    expect(() => toClassicScript('const D = (() => { const e = "Brotli error code: "; return (x) => x; })(); export { D };', 'm')).toThrow(/not made as expected/);
    expect(() => toClassicScript('let D = ((n) => { const e = "Brotli error code: "; return (x) => x; })(1); export { D };', 'm')).toThrow(/not made as expected/);
  });
});

describe('runPdfjsScript', () => {
  // A distinct source per test: V8 keeps compiled scripts per isolate, which would hide the code cache.
  const source = (tag: string) => toClassicScript(`const tag = ${JSON.stringify(tag)}; function f(n) { return n * 2; } export { tag, f };`, 'm.mjs');

  it('is undefined when the script is absent', () => {
    expect(runPdfjsScript(tempDir(), 'pdf', 'file:///x')).toBeUndefined();
  });

  it('compiles from source without a cache', () => {
    const dir = tempDir();
    writeFileSync(new URL('pdf.js', dir), source(`none-${Math.random()}`));
    const run = runPdfjsScript(dir, 'pdf', 'file:///x');
    expect(run?.cache).toBe('none');
    expect((run?.exports.f as (n: number) => number)(2)).toBe(4);
  });

  it('uses a code cache made by another isolate with the same V8 and flags', async () => {
    const dir = tempDir();
    const src = source(`used-${Math.random()}`);
    writeFileSync(new URL('pdf.js', dir), src);
    // Made in a worker thread (its own isolate): this thread has never compiled the source, so that V8's
    // per-isolate cache of compiled scripts cannot stand in for the code cache.
    const worker = new Worker(
      `const vm = require('node:vm'); const { parentPort, workerData } = require('node:worker_threads');
       const s = new vm.Script(workerData, { filename: 'pdf.js' }); s.runInThisContext()('file:///x').f(1);
       parentPort.postMessage(s.createCachedData());`,
      { eval: true, workerData: src },
    );
    const [data] = (await once(worker, 'message')) as [Uint8Array];
    await worker.terminate();
    writeFileSync(new URL('pdf.cache', dir), data);
    const run = runPdfjsScript(dir, 'pdf', 'file:///x');
    expect(run?.cache).toBe('used');
    expect((run?.exports.f as (n: number) => number)(5)).toBe(10);
  });

  it('runs from source when V8 rejects the cache (made for other code, as one from another V8 would be)', () => {
    const dir = tempDir();
    writeFileSync(new URL('pdf.js', dir), source(`rejected-${Math.random()}`));
    writeFileSync(new URL('pdf.cache', dir), new vm.Script('"some other script"').createCachedData());
    const run = runPdfjsScript(dir, 'pdf', 'file:///x');
    expect(run?.cache).toBe('rejected');
    expect((run?.exports.f as (n: number) => number)(3)).toBe(6);
  });
});
