import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../errors.js';
import { extractPdfInline, loadPdfjs, pdfjsCMapUrl } from './pdf-inline.js';

describe('loadPdfjs', () => {
  it('imports pdf.js once, without loading the native canvas module', async () => {
    const getBuiltinModule = (process as unknown as { getBuiltinModule?: unknown }).getBuiltinModule;
    const [a, b] = await Promise.all([loadPdfjs(), loadPdfjs()]);
    expect(a).toBe(b);
    expect(typeof a.getDocument).toBe('function');
    // The hook used during the import is gone again.
    expect((process as unknown as { getBuiltinModule?: unknown }).getBuiltinModule).toBe(getBuiltinModule);
    // pdf.js loads @napi-rs/canvas through require(); nothing under it may be in the CommonJS cache.
    const cache = createRequire(import.meta.url).cache;
    expect(Object.keys(cache).filter((k) => k.includes('@napi-rs'))).toEqual([]);
    expect(typeof (globalThis as { DOMMatrix?: unknown }).DOMMatrix).toBe('function');
    // The worker half is imported up front, so pdf.js does not import it during the first document.
    expect((globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler).toBeTruthy();
  });

  it('knows where the packed CMaps are', () => {
    const dir = pdfjsCMapUrl();
    expect(dir).toMatch(/cmaps\/$/);
    expect(existsSync(`${dir}UniJIS-UCS2-H.bcmap`)).toBe(true);
  });
});

describe('extractPdfInline', () => {
  const file = 'test/fixtures/pdf/single-column.pdf';

  it.skipIf(!existsSync(file))('extracts in the calling thread', async () => {
    const { pages } = await extractPdfInline(new Uint8Array(readFileSync(file)), DEFAULT_LIMITS);
    expect(pages[0]?.items.length).toBeGreaterThan(10);
  });
});
