#!/usr/bin/env node
// Parse speed: ingest + layout + parse per document, against bare pdf.js extraction of the same information
// (text items with positions plus the font lookup through the operator list), and the whole CLI process.
// Reads ../shared/eval/parse; prints a message and exits 0 when it is absent. Run after `npm run build`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cases = join(root, '..', 'shared', 'eval', 'parse');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };

if (!existsSync(cases)) {
  console.log(`bench: ${cases} is absent, so there is nothing to measure (it exists in CI beside the clone).`);
  process.exit(0);
}
const { parse, close } = await import(join(root, 'dist', 'index.js'));
const { loadPdfjs } = await import(join(root, 'dist', 'node', 'pdf-inline.js'));
const pdfjs = await loadPdfjs();

async function bare(bytes) {
  const doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0, useSystemFonts: false }).promise;
  let items = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] === pdfjs.OPS.setFont) { const id = ops.argsArray[i][0]; if (page.commonObjs.has(id)) page.commonObjs.get(id); }
    }
    const tc = await page.getTextContent();
    items += tc.items.length;
    await page.getAnnotations();
  }
  await doc.destroy();
  return items;
}

const docs = readdirSync(cases, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort().map((id) => {
  const f = readdirSync(join(cases, id)).find((x) => /^resume\.(pdf|docx)$/.test(x));
  return f ? { id, kind: f.endsWith('.pdf') ? 'pdf' : 'docx', bytes: new Uint8Array(readFileSync(join(cases, id, f))) } : null;
}).filter(Boolean);

// Warm up both paths (worker start, pdf.js import, JIT).
for (const d of docs.slice(0, 3)) { await parse(d.bytes); if (d.kind === 'pdf') await bare(d.bytes); }

const ours = new Map(), floor = new Map();
for (let r = 0; r < ROUNDS; r++) {
  for (const d of docs) {
    let t = performance.now();
    await parse(d.bytes);
    (ours.get(d.id) ?? ours.set(d.id, []).get(d.id)).push(performance.now() - t);
    if (d.kind !== 'pdf') continue;
    t = performance.now();
    await bare(d.bytes);
    (floor.get(d.id) ?? floor.set(d.id, []).get(d.id)).push(performance.now() - t);
  }
}
await close();
const pdfIds = docs.filter((d) => d.kind === 'pdf').map((d) => d.id);
const oursPdf = median(pdfIds.map((id) => median(ours.get(id))));
const floorPdf = median(pdfIds.map((id) => median(floor.get(id))));
const docxIds = docs.filter((d) => d.kind === 'docx').map((d) => d.id);
const oursDocx = docxIds.length ? median(docxIds.map((id) => median(ours.get(id)))) : NaN;

// Whole process: the CLI on the bundled 2-page example, median of 11 runs after 2 warm-ups (the fastest run
// too: on a shared machine it is the better estimate of an idle one), in this process's environment.
const bin = join(root, 'dist', 'cli', 'bin.js');
const sample = join(root, 'examples', 'sample-resume.pdf');
const timeRuns = (args, env = process.env) => {
  const runs = [];
  for (let i = 0; i < 13; i++) {
    const t = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (i >= 2) runs.push(performance.now() - t);
  }
  return runs;
};
const wall = timeRuns([bin, 'parse', sample, '--format', 'json']);
// For scale: a Node process that does nothing, on the same machine (the part of the figure above that no code
// of ours can remove).
const idle = timeRuns(['-e', '']);
// NODE_EXTRA_CA_CERTS (set on some machines for a proxy's certificates) makes Node read and parse that file
// before any JavaScript runs, whatever the program: the same two figures without it show what it costs here.
const noCa = { ...process.env };
delete noCa.NODE_EXTRA_CA_CERTS;
const withoutCa = process.env.NODE_EXTRA_CA_CERTS ? { wall: timeRuns([bin, 'parse', sample, '--format', 'json'], noCa), idle: timeRuns(['-e', ''], noCa) } : undefined;

console.log(`documents: ${pdfIds.length} PDF, ${docxIds.length} DOCX; ${ROUNDS} rounds each`);
console.log(`ingest+parse median ms/doc (PDF):       ${oursPdf.toFixed(1)}`);
console.log(`bare pdf.js extraction median ms/doc:   ${floorPdf.toFixed(1)}`);
console.log(`ratio (target <= 1.25):                 ${(oursPdf / floorPdf).toFixed(2)}`);
console.log(`ingest+parse median ms/doc (DOCX):      ${oursDocx.toFixed(1)}`);
console.log(`whole process, 2-page PDF, median s:    ${(median(wall) / 1000).toFixed(3)} (target <= 0.3; fastest ${(Math.min(...wall) / 1000).toFixed(3)})`);
console.log(`bare Node start (node -e ''), median s: ${(median(idle) / 1000).toFixed(3)} (for scale: no code of ours runs)`);
if (withoutCa) {
  const s = (runs) => (median(runs) / 1000).toFixed(3);
  console.log(`  this environment sets NODE_EXTRA_CA_CERTS; without it: whole process ${s(withoutCa.wall)} s, bare Node ${s(withoutCa.idle)} s`);
}
