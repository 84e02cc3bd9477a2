// The built CLI (dist/cli/bin.js) runs from dist/bundle/ with its code caches, falls back cleanly when V8
// rejects a cache or the bundle is absent, and prints what the compiled modules print. Needs `npm run build`
// (skipped without dist/bundle/). Each case runs a copy of dist/ under node_modules/.cache, so that
// node_modules (pdfjs-dist) still resolves and the real dist/ is left alone.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = join(ROOT, 'dist');
const built = existsSync(join(DIST, 'bundle', 'cli.cache')) && existsSync(join(DIST, 'bundle', 'pdf-worker.cache'));
const work = join(ROOT, 'node_modules', '.cache', `passthebot-cli-bundle-${process.pid}`);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PDF = join(ROOT, 'examples', 'sample-resume.pdf');
const DOCX = join(ROOT, 'test', 'fixtures', 'docx', 'sample.docx');

/** A copy of dist/ (changed by `edit`), with a package.json marking it as ES modules, as the real one. */
function copyDist(name: string, edit: (dist: string) => void = () => undefined): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  cpSync(DIST, join(dir, 'dist'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
  edit(join(dir, 'dist'));
  return join(dir, 'dist');
}

function run(dist: string, args: string[]) {
  const r = spawnSync(process.execPath, [join(dist, 'cli', 'bin.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '', PASSTHEBOT_TRACE_LOAD: '1' },
  });
  const trace = r.stderr.split('\n').filter((l) => l.startsWith('passthebot: '));
  const stderr = r.stderr.split('\n').filter((l) => l && !l.startsWith('passthebot: ')).join('\n');
  return { status: r.status, stdout: r.stdout, stderr, trace };
}

describe.skipIf(!built)('the built CLI', () => {
  it('uses both bundles and their code caches', () => {
    const r = run(DIST, ['parse', PDF, '--format', 'json']);
    expect(r.status).toBe(0);
    // (one line per thread, in either order)
    expect([...r.trace].sort()).toEqual(['passthebot: cli from bundle, code cache used', 'passthebot: pdf worker from bundle, code cache used']);
  }, 60_000);

  it('ends quietly when the reader of its output has gone', () => {
    // (`true` exits at once: by the time the JSON is written, the pipe has no reader)
    const r = spawnSync('bash', ['-c', '"$0" "$1" parse "$2" --format json | true; echo "${PIPESTATUS[0]}"', process.execPath, join(DIST, 'cli', 'bin.js'), PDF], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  }, 60_000);

  it('prints what the compiled modules print, for every PDF, DOCX and text fixture, and the same errors', () => {
    const modules = copyDist('modules', (d) => rmSync(join(d, 'bundle'), { recursive: true }));
    const files = [PDF, DOCX];
    for (const [sub, ext] of [['pdf', '.pdf'], ['text', '.txt']] as const) {
      const dir = join(ROOT, 'test', 'fixtures', sub);
      files.push(...readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => join(dir, f)));
    }
    for (const file of files) {
      for (const format of ['json', 'text']) {
        const a = run(DIST, ['parse', file, '--format', format]);
        const b = run(modules, ['parse', file, '--format', format]);
        expect(b.trace).toEqual(['passthebot: cli from modules (no bundle)']);
        expect({ file, status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ file, status: b.status, stdout: b.stdout, stderr: b.stderr });
      }
    }
    // Errors: one line, and the exit codes (3 for a file it cannot read, 2 for usage).
    const bad = join(work, 'bad.pdf');
    writeFileSync(bad, '%PDF-1.7\nnothing else\n');
    for (const args of [['parse', bad], ['parse', join(work, 'absent.pdf')], ['parse', PDF, '--format', 'xml'], ['nonsense']]) {
      const a = run(DIST, args);
      const b = run(modules, args);
      expect({ args, status: a.status, stdout: a.stdout, stderr: a.stderr }).toEqual({ args, status: b.status, stdout: b.stdout, stderr: b.stderr });
    }
    expect(run(DIST, ['parse', bad]).status).toBe(3);
    expect(run(DIST, ['parse', bad]).stderr).toMatch(/^error\[[A-Z_]+\]: [^\n]+$/);
    expect(run(DIST, ['parse', PDF, '--format', 'xml']).status).toBe(2);
  }, 300_000);

  it('compiles from source when V8 rejects a cache, with the same output', () => {
    // A cache made for another script: V8's checks (source hash, checksum) refuse it, as they refuse one made
    // by another V8 version or with other flags.
    const dist = copyDist('rejected', (d) => {
      cpSync(join(d, 'bundle', 'pdf-worker.cache'), join(d, 'bundle', 'cli.cache'));
      cpSync(join(DIST, 'pdfjs', 'pdf.cache'), join(d, 'bundle', 'pdf-worker.cache'));
    });
    const a = run(dist, ['parse', PDF, '--format', 'json']);
    expect(a.trace).toContain('passthebot: cli from bundle, code cache rejected');
    expect(a.trace).toContain('passthebot: pdf worker from bundle, code cache rejected');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(run(DIST, ['parse', PDF, '--format', 'json']).stdout);
  }, 60_000);

  it('runs the bundles without caches, and the compiled worker without the worker bundle', () => {
    const noCache = copyDist('no-cache', (d) => {
      rmSync(join(d, 'bundle', 'cli.cache'));
      rmSync(join(d, 'bundle', 'pdf-worker.cache'));
    });
    const expected = run(DIST, ['parse', PDF, '--format', 'json']).stdout;
    const a = run(noCache, ['parse', PDF, '--format', 'json']);
    expect(a.trace).toContain('passthebot: cli from bundle, code cache none');
    expect(a.trace).toContain('passthebot: pdf worker from bundle, code cache none');
    expect(a.stdout).toBe(expected);
    const noWorker = copyDist('no-worker-bundle', (d) => rmSync(join(d, 'bundle', 'pdf-worker.js')));
    const b = run(noWorker, ['parse', PDF, '--format', 'json']);
    expect(b.trace).toEqual(['passthebot: cli from bundle, code cache used']);
    expect(b.status).toBe(0);
    expect(b.stdout).toBe(expected);
  }, 60_000);
});
