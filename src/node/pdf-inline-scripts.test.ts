// pdf.js loaded from the classic scripts the build makes (scripts/build-pdfjs.mjs) reads a PDF exactly as the
// ES modules do. (Its own file: each loads pdf.js into this thread's globals.)
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { toClassicScript } from '../../scripts/lib/pdfjs-classic.mjs';
import { DEFAULT_LIMITS } from '../errors.js';
import { extractPdf } from '../ingest/pdf/extract.js';
import { importPdfjs, pdfjsCMapUrl, pdfjsLoad } from './pdf-inline.js';

const dir = mkdtempSync(join(tmpdir(), 'pdfjs-classic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('reads a PDF from the classic scripts as from the ES modules', async () => {
  const builds = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'legacy', 'build');
  for (const [module, script] of [['pdf.worker.min.mjs', 'pdf.worker.js'], ['pdf.min.mjs', 'pdf.js']] as const) {
    writeFileSync(join(dir, script), toClassicScript(readFileSync(join(builds, module), 'utf8'), module));
  }
  const bytes = new Uint8Array(readFileSync('test/fixtures/pdf/header-footer.pdf'));
  const g = globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } };

  const esm = await importPdfjs(pathToFileURL(join(dir, 'absent/')));
  expect(pdfjsLoad?.from).toBe('esm');
  const expected = await extractPdf(esm, bytes, DEFAULT_LIMITS, { cMapUrl: pdfjsCMapUrl() });

  delete g.pdfjsWorker;
  const classic = await importPdfjs(pathToFileURL(`${dir}/`));
  expect(pdfjsLoad?.from).toBe('none');
  // (the worker build sets it itself, as the ES module does)
  expect((globalThis as typeof g).pdfjsWorker?.WorkerMessageHandler).toBe(pdfjsLoad?.scripts[0]?.exports.WorkerMessageHandler);
  expect(await extractPdf(classic, bytes, DEFAULT_LIMITS, { cMapUrl: pdfjsCMapUrl() })).toEqual(expected);
}, 60_000);
