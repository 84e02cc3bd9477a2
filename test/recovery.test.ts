// Real-world PDFs are often damaged in one place only: a broken page costs that page, not the whole resume.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, close } from '../src/index.js';

const fixture = readFileSync(join(import.meta.dirname, 'fixtures', 'pdf', 'header-footer.pdf'));
/** The fixture with its page tree pointing page 2 at an object that does not exist (same length, so the xref holds). */
const withBrokenPage = (from: string, to: string): Uint8Array => {
  const text = Buffer.from(fixture).toString('latin1');
  expect(text).toContain(from);
  return new Uint8Array(Buffer.from(text.replace(from, to), 'latin1'));
};

afterAll(() => close());

describe('a PDF with a broken page', () => {
  it('reads the pages it can and says which page it could not read', async () => {
    const out = await parse(withBrokenPage('/Kids [3 0 R 6 0 R]', '/Kids [3 0 R 9 9 R]'));
    expect(out.resume.basics.name).toBe('Owen Castellanos');
    expect(out.pages[0]!.unreadable).toBeUndefined();
    expect(out.pages[1]!.unreadable).toBeTruthy();
  });
});
