#!/usr/bin/env node
// Robustness on broken and odd PDFs (a stand-in for a PDF library's bug corpus): generates the corpus of
// scripts/make-broken-pdfs.mjs into a temp dir, runs the CLI on every file as a user would
// (`node dist/cli/bin.js parse FILE --format json`, killed after 10 s), and reports what happened.
//
//   npm run bench:broken [-- --keep] [-- --only NAME,NAME] [-- --json FILE] [-- --jobs N] [-- --bin OTHER/dist/cli/bin.js]
//
// Outcomes: parsed (exit 0, JSON on stdout, nothing on stderr) | an error code (exit 3, stderr exactly one
// `error[CODE]: ...` line with a known code) | crash (anything else: a stack trace, a pdf.js or Node warning on
// stderr, another exit code, an unknown code) | hang (killed at 10 s). Run after `npm run build`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from '../scripts/make-broken-pdfs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.argv.includes('--bin') ? process.argv[process.argv.indexOf('--bin') + 1] : join(root, 'dist', 'cli', 'bin.js');
const KILL_MS = 10_000;
const DEADLINE_MS = 5_000;
const CODES = new Set(['CORRUPT', 'ENCRYPTED', 'NO_TEXT', 'TOO_LARGE', 'TOO_MANY_PAGES', 'TIMEOUT', 'EMPTY', 'UNSUPPORTED_TYPE']);

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const keep = process.argv.includes('--keep');
const only = arg('--only')?.split(',');
const jobs = Number(arg('--jobs') ?? Math.max(1, Math.min(4, cpus().length)));

const dir = mkdtempSync(join(tmpdir(), 'broken-pdfs-'));
let manifest = writeCorpus(dir);
if (only) manifest = manifest.filter((m) => only.some((o) => m.file.includes(o)));

const squash = (s) => s.toLowerCase().replace(/[^a-z0-9@]/g, '');

function run(file) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [bin, 'parse', join(dir, file), '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, KILL_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, killed, stdout, stderr, ms: performance.now() - started });
    });
  });
}

function classify(m, r) {
  if (r.killed) return { outcome: 'hang', why: `killed after ${KILL_MS} ms` };
  if (r.code === 0) {
    if (r.stderr !== '') return { outcome: 'crash', why: `exit 0 with stderr: ${r.stderr.split('\n')[0]}` };
    let out;
    try {
      out = JSON.parse(r.stdout);
    } catch {
      return { outcome: 'crash', why: 'exit 0 without JSON on stdout' };
    }
    const probeMissing = m.probe && !squash(out.text ?? '').includes(squash(m.probe));
    return { outcome: 'parsed', probeMissing, chars: (out.text ?? '').length };
  }
  const line = /^error\[([A-Z_]+)\]: [^\n]*\n$/.exec(r.stderr);
  if (r.code === 3 && line && CODES.has(line[1])) return { outcome: line[1] };
  const first = r.stderr.split('\n').find((l) => l.trim()) ?? '';
  return { outcome: 'crash', why: `exit ${r.code ?? r.signal}${r.stderr.includes('\n    at ') ? ' (stack trace)' : ''}: ${first.slice(0, 160)}` };
}

const results = [];
let next = 0;
async function worker() {
  while (next < manifest.length) {
    const m = manifest[next++];
    const r = await run(m.file);
    results.push({ ...m, ...classify(m, r), ms: Math.round(r.ms) });
  }
}
const t0 = performance.now();
await Promise.all(Array.from({ length: jobs }, worker));
results.sort((a, b) => a.file.localeCompare(b.file));

const counts = {};
for (const r of results) counts[r.outcome] = (counts[r.outcome] ?? 0) + 1;
const readable = results.filter((r) => r.readable);
const readableParsed = readable.filter((r) => r.outcome === 'parsed');
const failures = results.filter((r) => r.outcome === 'crash' || r.outcome === 'hang' || !r.accept.includes(r.outcome) || r.probeMissing);

console.log(`broken-pdfs: ${results.length} files (${readable.length} with a readable text layer), ${jobs} at a time, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log('\noutcomes:');
for (const k of ['parsed', ...CODES, 'crash', 'hang']) if (counts[k]) console.log(`  ${k.padEnd(16)} ${counts[k]}`);
const share = readable.length ? readableParsed.length / readable.length : 1;
console.log(`\nparsed among readable: ${readableParsed.length}/${readable.length} = ${(share * 100).toFixed(1)}% (target >= 80%)`);
const probed = readableParsed.filter((r) => r.probe);
console.log(`  of those with a probe string, text found: ${probed.filter((r) => !r.probeMissing).length}/${probed.length}`);
console.log(`\nslowest (whole process; the deadline is ${DEADLINE_MS} ms of reading):`);
for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${String(r.ms).padStart(6)} ms  ${r.outcome.padEnd(14)} ${r.file}`);
console.log(`\nfailures (${failures.length}):`);
for (const r of failures) {
  const why = r.why ?? (r.probeMissing ? `parsed, but "${r.probe}" is not in the text` : `got ${r.outcome}, acceptable: ${r.accept.join('/')}`);
  console.log(`  ${r.file.padEnd(58)} ${r.readable ? 'readable' : '        '}  ${why}`);
}
const json = arg('--json');
if (json) writeFileSync(json, JSON.stringify(results, null, 2) + '\n');
if (keep) console.log(`\ncorpus kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
process.exitCode = failures.some((r) => r.outcome === 'crash' || r.outcome === 'hang') || share < 0.8 ? 1 : 0;
