// Broken and odd PDFs (the kinds a PDF library's bug corpus holds) parse, or give the right error code: a few
// representative cases of scripts/make-broken-pdfs.mjs (the whole corpus runs in `npm run bench:broken`).
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases } from '../scripts/make-broken-pdfs.mjs';
import { close, isResumeError, parse } from '../src/index.js';

afterAll(() => close());

const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9@]/g, '');

/** Parses and returns 'parsed' (checking the probe text) or the error code. */
async function outcome(bytes: Uint8Array, probe?: string): Promise<string> {
  try {
    const out = await parse(bytes);
    if (probe) expect(squash(out.text)).toContain(squash(probe));
    return 'parsed';
  } catch (e) {
    if (isResumeError(e)) return e.code;
    throw e;
  }
}

const NAMES = [
  'trailer-missing-two-column', // no trailer: a catalog found by scanning
  'truncated-75-hazards', // cut short: no xref, no trailer
  'xref-missing-photo-right-sidebar',
  'endstream-missing-gdocs-title-first', // the stream runs to endobj
  'page-count-zero-single-column', // the page tree says /Count 0
  'page-count-lies-huge-sample-resume', // /Count 100000: not TOO_MANY_PAGES
  'catalog-missing-company-first',
  'flate-truncated-right-sidebar-gutter-dates', // what inflates before the damage
  'hand-ocr-invisible-over-image', // a scan's invisible OCR layer is its text
  'hand-form-fields-only', // text only in filled-in form fields
  'encrypted-aes128-empty-password',
  'encrypted-rc4-xref-missing', // rebuilt, still decrypts
  'encrypted-aes256-user-password',
  'hand-image-only',
  'hand-many-tiny-pages',
  'not-pdf-png',
  'header-then-garbage',
];

describe('broken PDFs', () => {
  const cases = new Map(brokenCases({ only: new Set(NAMES) }).map((c) => [c.name, c]));

  it('makes every case asked for', () => {
    expect([...cases.keys()].sort()).toEqual([...NAMES].sort());
  });

  for (const name of NAMES) {
    it(name, async () => {
      const c = cases.get(name)!;
      const got = await outcome(c.bytes, c.probe);
      expect(c.accept).toContain(got);
      if (c.readable) expect(got).toBe('parsed');
    });
  }
});
