import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { buildDocx, buildManyEntriesDocx, buildZipBomb, crc32, deflateRepeat, writeZip } from '../../../scripts/lib/docx-writer.mjs';
import { DEFAULT_LIMITS, ResumeError } from '../../errors.js';
import { readDocx } from './index.js';
import { inflateEntry, listZipEntries, MAX_PART_BYTES } from './zip.js';
import { errorOf } from '../../../test/helpers.js';

/** The byte count in an error's detail: how far inflation went before it was stopped. */
const inflatedBytes = (e: ResumeError) => Number(/(\d+) bytes/.exec(e.detail ?? '')?.[1]);

describe('zip guards', () => {
  it('lists entries from the central directory, case-insensitively', () => {
    const entries = listZipEntries(zipSync({ 'Word/Document.xml': strToU8('<x/>'), 'a.txt': strToU8('hi') }));
    expect([...entries.keys()]).toEqual(['word/document.xml', 'a.txt']);
    expect(entries.get('word/document.xml')).toMatchObject({ name: 'Word/Document.xml', size: 4 });
  });

  it('inflates stored and deflated entries, counting the budget', () => {
    const text = strToU8('hello '.repeat(1000));
    const zip = zipSync({ 'stored.txt': [text, { level: 0 }], 'deflated.txt': [text, { level: 9 }] });
    const entries = listZipEntries(zip);
    const budget = { used: 0, limit: 1_000_000 };
    expect(inflateEntry(zip, entries.get('stored.txt')!, budget)).toEqual(text);
    expect(inflateEntry(zip, entries.get('deflated.txt')!, budget)).toEqual(text);
    expect(budget.used).toBe(2 * text.length);
  });

  it('rejects a zip bomb with honest sizes from its headers, before inflating', () => {
    const bomb = buildZipBomb({ honest: true });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const err = errorOf(() => readDocx(bomb, DEFAULT_LIMITS));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/decompress/);
    expect(inflatedBytes(err)).toBe(200 * 1024 * 1024); // the declared size, from the central directory
  });

  it('rejects a zip bomb with lying sizes while inflating, long before the whole bomb', () => {
    const bomb = buildZipBomb({ honest: false });
    const entry = listZipEntries(bomb).get('word/document.xml')!;
    expect(entry.size).toBe(9000);
    const err = errorOf(() => readDocx(bomb, DEFAULT_LIMITS));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/zip bomb/);
    expect(inflatedBytes(err)).toBeLessThan(8 * 1024 * 1024);
  });

  it('catches a small entry that lies about its size (the one-shot inflate path)', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const data = deflateRepeat(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>`, 'a', 2_500_000, '</w:t></w:r></w:p></w:body></w:document>');
    expect(data.length).toBeLessThan(16 * 1024);
    const zip = writeZip([{ name: 'word/document.xml', data, method: 8, crc: 0, size: 100 }]);
    const err = errorOf(() => readDocx(zip, DEFAULT_LIMITS));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/far more than its zip headers declare/);
  });

  it('stops at the per-part cap when a part is big but honest about it', () => {
    const bomb = buildZipBomb({ honest: false, bytes: 40 * 1024 * 1024 });
    // Make the lie small enough that only the per-part cap can catch it: patch the declared sizes to 15.9 MB.
    const patched = bomb.slice();
    const dv = new DataView(patched.buffer);
    const entry = listZipEntries(patched).get('word/document.xml')!;
    dv.setUint32(entry.localOffset + 22, MAX_PART_BYTES - 100_000, true);
    const eocd = patched.length - 22;
    let at = dv.getUint32(eocd + 16, true);
    while (dv.getUint32(at, true) === 0x02014b50) {
      if (dv.getUint32(at + 42, true) === entry.localOffset) dv.setUint32(at + 24, MAX_PART_BYTES - 100_000, true);
      at += 46 + dv.getUint16(at + 28, true) + dv.getUint16(at + 30, true) + dv.getUint16(at + 32, true);
    }
    const err = errorOf(() => readDocx(patched, DEFAULT_LIMITS));
    expect(err.code).toBe('TOO_LARGE');
    expect(inflatedBytes(err)).toBeGreaterThan(MAX_PART_BYTES);
    expect(inflatedBytes(err)).toBeLessThan(MAX_PART_BYTES + 4 * 1024 * 1024);
  });

  it('caps the total across parts at limits.maxUnzippedBytes', () => {
    const big = strToU8(`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${'a'.repeat(300_000)}</w:t></w:r></w:p></w:body></w:document>`);
    const err = errorOf(() => readDocx(buildDocx({ parts: { 'word/document.xml': big } }), { ...DEFAULT_LIMITS, maxUnzippedBytes: 200_000 }));
    expect(err.code).toBe('TOO_LARGE');
  });

  it('rejects more than 2,000 entries', () => {
    const err = errorOf(() => readDocx(buildManyEntriesDocx(3000), DEFAULT_LIMITS));
    expect(err.code).toBe('TOO_LARGE');
    expect(err.message).toMatch(/2,000/);
  });

  it('rejects truncated zips and non-zips as CORRUPT', () => {
    const docx = buildDocx({ body: ['Hello'] });
    for (const cut of [docx.subarray(0, docx.length - 30), docx.subarray(0, docx.length / 2), docx.subarray(0, 40)]) {
      expect(errorOf(() => readDocx(cut, DEFAULT_LIMITS)).code).toBe('CORRUPT');
    }
    const junk = new Uint8Array(500).fill(7);
    junk.set([0x50, 0x4b, 0x03, 0x04]);
    expect(errorOf(() => readDocx(junk, DEFAULT_LIMITS)).code).toBe('CORRUPT');
    expect(errorOf(() => readDocx(strToU8('just text'), DEFAULT_LIMITS)).code).toBe('CORRUPT');
  });

  it('rejects a deflate stream that is cut short, and a size that does not match', () => {
    const raw = strToU8('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>');
    const data = deflateSync(raw);
    const cut = writeZip([{ name: 'word/document.xml', data: data.subarray(0, 10), method: 8, crc: crc32(raw), size: raw.length }]);
    expect(errorOf(() => readDocx(cut, DEFAULT_LIMITS)).code).toBe('CORRUPT');
    const wrongSize = writeZip([{ name: 'word/document.xml', data, method: 8, crc: crc32(raw), size: raw.length + 5 }]);
    expect(errorOf(() => readDocx(wrongSize, DEFAULT_LIMITS)).code).toBe('CORRUPT');
    const ok = writeZip([{ name: 'word/document.xml', data, method: 8, crc: crc32(raw), size: raw.length }]);
    expect(readDocx(ok, DEFAULT_LIMITS).lines).toEqual([]);
  });

  it('reports an encrypted zip entry as ENCRYPTED', () => {
    const raw = strToU8('<x/>');
    const zip = writeZip([{ name: 'word/document.xml', data: raw, method: 0, crc: crc32(raw), size: raw.length }]);
    const dv = new DataView(zip.buffer);
    const cd = dv.getUint32(zip.length - 22 + 16, true);
    dv.setUint16(cd + 8, 1, true); // general purpose flag bit 0: encrypted
    expect(errorOf(() => readDocx(zip, DEFAULT_LIMITS)).code).toBe('ENCRYPTED');
  });
});
