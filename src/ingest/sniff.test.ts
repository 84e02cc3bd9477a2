import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { ingest } from '../core/parse.js';
import { buildDocx, buildEncryptedDocxStub } from '../../scripts/lib/docx-writer.mjs';
import { decodeText, sniff } from './sniff.js';
import { errorOf } from '../../test/helpers.js';

const bytes = (...parts: (number[] | string)[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === 'string' ? Array.from(strToU8(p)) : p));
  return Uint8Array.from(out);
};
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
};

describe('sniff', () => {
  it('recognises a PDF by %PDF- within the first 1024 bytes', () => {
    expect(sniff(strToU8('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(sniff(bytes(new Array(600).fill(0x20), '%PDF-1.4'))).toBe('pdf');
  });

  it('recognises a DOCX from the zip content, whatever the file was called', () => {
    expect(sniff(buildDocx({ body: ['Hello'] }))).toBe('docx');
  });

  it('recognises a DOCX whose main part has another name, and reads it through the package relationships', async () => {
    const files = unzipSync(buildDocx({ body: ['Paweł Jędrzejczak'] }));
    const renamed: Record<string, Uint8Array> = {};
    for (const [name, data] of Object.entries(files)) {
      const text = strFromU8(data).replaceAll('word/document.xml', 'word/document2.xml').replaceAll('Target="document.xml"', 'Target="document2.xml"');
      const to = name === 'word/document.xml' ? 'word/document2.xml' : name === 'word/_rels/document.xml.rels' ? 'word/_rels/document2.xml.rels' : name;
      renamed[to] = /\.(xml|rels)$/.test(name) ? strToU8(text) : data;
    }
    const bytes = zipSync(renamed);
    expect(sniff(bytes)).toBe('docx');
    expect((await ingest(bytes, {})).lines.map((l) => l.text)).toContain('Paweł Jędrzejczak');
  });

  it('refuses other zips, naming what they are', () => {
    const cases: [Record<string, Uint8Array>, RegExp][] = [
      [{ 'xl/workbook.xml': strToU8('<x/>') }, /Excel/],
      [{ 'ppt/presentation.xml': strToU8('<x/>') }, /PowerPoint/],
      [{ mimetype: strToU8('application/vnd.oasis.opendocument.text'), 'content.xml': strToU8('<x/>') }, /OpenDocument/],
      [{ 'notes.txt': strToU8('hello') }, /ZIP archive/],
    ];
    for (const [files, message] of cases) {
      const err = errorOf(() => sniff(zipSync(files)));
      expect(err.code).toBe('UNSUPPORTED_TYPE');
      expect(err.message).toMatch(message);
    }
  });

  it('reports a truncated zip as CORRUPT', () => {
    const docx = buildDocx({ body: ['Hello'] });
    expect(errorOf(() => sniff(docx.subarray(0, 200))).code).toBe('CORRUPT');
  });

  it('refuses old Word .doc files with advice to save as DOCX or PDF', () => {
    const doc = new Uint8Array(1024);
    doc.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    Array.from('WordDocument').forEach((c, i) => (doc[600 + i * 2] = c.charCodeAt(0)));
    const err = errorOf(() => sniff(doc));
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toMatch(/\.doc/);
    expect(err.message).toMatch(/DOCX or PDF/);
  });

  it('reports a password-protected DOCX as ENCRYPTED', () => {
    expect(errorOf(() => sniff(buildEncryptedDocxStub())).code).toBe('ENCRYPTED');
  });

  it('refuses RTF', () => {
    const err = errorOf(() => sniff(strToU8('{\\rtf1\\ansi Jane Doe}')));
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toMatch(/RTF/);
  });

  it('refuses images, saying an ATS cannot read text in an image', () => {
    const images: [Uint8Array, string][] = [
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR'), 'PNG'],
      [bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'), 'JPEG'],
      [bytes('GIF89a', [1, 0, 1, 0]), 'GIF'],
      [bytes([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]), 'TIFF'],
      [bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'), 'HEIC'],
      [bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '), 'WebP'],
    ];
    for (const [data, kind] of images) {
      const err = errorOf(() => sniff(data));
      expect(err.code).toBe('UNSUPPORTED_TYPE');
      expect(err.message).toContain(kind);
      expect(err.message).toMatch(/ATS cannot read text in an image/);
    }
  });

  it('recognises a JSON object as json, and other JSON or text as text', () => {
    expect(sniff(strToU8('  {"basics": {"name": "Jane"}}\n'))).toBe('json');
    expect(sniff(strToU8('["not", "an", "object"]'))).toBe('text');
    expect(sniff(strToU8('# Jane Doe\n\n- Built things\n'))).toBe('text');
    expect(sniff(strToU8('Jane Doe\nSoftware Engineer — Zürich\n'))).toBe('text');
  });

  it('reports broken JSON as an invalid JSON Resume instead of reading it as text', () => {
    const err = errorOf(() => sniff(strToU8('{"basics": {"name": "Jane",}}')));
    expect(err.code).toBe('INVALID_JSON_RESUME');
  });

  it('reads text behind a UTF-8 or UTF-16 byte-order mark', () => {
    expect(sniff(bytes([0xef, 0xbb, 0xbf], 'Jane Doe'))).toBe('text');
    expect(sniff(utf16le('Jane Doe\nEngineer'))).toBe('text');
    expect(sniff(utf16le('{"basics":{}}'))).toBe('json');
    expect(decodeText(utf16le('Zoë'))).toBe('Zoë');
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Jane'))).toBe('Jane');
  });

  it('says EMPTY for no bytes or only blank space', () => {
    expect(errorOf(() => sniff(new Uint8Array(0))).code).toBe('EMPTY');
    expect(errorOf(() => sniff(strToU8('  \n\t\r\n '))).code).toBe('EMPTY');
  });

  it('refuses binary data: invalid UTF-8, NUL bytes, control characters', () => {
    expect(errorOf(() => sniff(bytes([0xc3, 0x28, 0xa0, 0xa1], 'abc'))).code).toBe('UNSUPPORTED_TYPE');
    expect(errorOf(() => sniff(bytes('abc', [0], 'def'))).code).toBe('UNSUPPORTED_TYPE');
    expect(errorOf(() => sniff(bytes([0x1f, 0x8b, 8, 0], 'xyz'))).code).toBe('UNSUPPORTED_TYPE'); // gzip
    expect(errorOf(() => sniff(bytes('ab', [1, 2, 3, 4, 5, 6], 'cd'))).code).toBe('UNSUPPORTED_TYPE');
  });

  it('does not take text starting with "BM" for a bitmap', () => {
    expect(sniff(strToU8('BMW Group — Senior Engineer 2019–2024'))).toBe('text');
  });
});
