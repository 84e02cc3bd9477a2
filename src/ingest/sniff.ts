// What kind of file this is, from its bytes alone (never its name, which users and browsers get wrong).
import { ResumeError } from '../errors.js';
import type { InputKind } from '../types.js';
import { isOle, oleError } from './docx/ole.js';
import { describeNonDocxZip } from './docx/package.js';
import { listZipEntries, looksLikeZip } from './docx/zip.js';

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => Array.from(s, (c) => c.charCodeAt(0));

function indexOfAscii(bytes: Uint8Array, s: string, limit: number): number {
  const sig = ascii(s);
  const end = Math.min(bytes.length, limit) - sig.length;
  for (let i = 0; i <= end; i++) if (bytes[i] === sig[0] && startsWith(bytes, sig, i)) return i;
  return -1;
}

const IMAGE_TAIL = 'An ATS cannot read text in an image: upload the DOCX, or a PDF exported from your editor (not a scan or a photo).';

/** The image format, if the bytes are an image. */
function imageKind(b: Uint8Array): string | undefined {
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'PNG';
  if (startsWith(b, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a'))) return 'GIF';
  if (startsWith(b, [0x49, 0x49, 0x2a, 0x00]) || startsWith(b, [0x4d, 0x4d, 0x00, 0x2a])) return 'TIFF';
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8)) return 'WebP';
  if (startsWith(b, ascii('ftyp'), 4)) {
    const brand = String.fromCharCode(...b.subarray(8, 12));
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return 'HEIC';
    if (/^avi[fs]$/.test(brand)) return 'AVIF';
  }
  // BMP: "BM", then the file size, then four zero bytes (reserved), so plain text starting "BM" is not taken.
  if (startsWith(b, ascii('BM')) && b.length > 14 && startsWith(b, [0, 0, 0, 0], 6)) return 'BMP';
  return undefined;
}

/**
 * Decodes text input: UTF-16 (LE or BE) when it starts with a byte-order mark, otherwise strict UTF-8 with a
 * UTF-8 BOM removed. Throws UNSUPPORTED_TYPE when the bytes are not text.
 */
export function decodeText(bytes: Uint8Array): string {
  let encoding = 'utf-8';
  if (startsWith(bytes, [0xff, 0xfe])) encoding = 'utf-16le';
  else if (startsWith(bytes, [0xfe, 0xff])) encoding = 'utf-16be';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw notText('it is not valid UTF-8 text');
  }
}

function notText(detail: string): ResumeError {
  return new ResumeError('UNSUPPORTED_TYPE', 'This file is not a PDF, DOCX, plain-text, Markdown or JSON Resume file, so it cannot be read. Save your resume as PDF or DOCX and upload that.', detail);
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return, and DEL.
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F]/g;

/** Recognises the input from its content. Throws ResumeError EMPTY, UNSUPPORTED_TYPE, ENCRYPTED or CORRUPT. */
export function sniff(bytes: Uint8Array): InputKind {
  if (bytes.length === 0) throw new ResumeError('EMPTY');
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';

  if (looksLikeZip(bytes)) {
    const entries = listZipEntries(bytes);
    // (the main part may have another name, found through the package relationships: "word/document2.xml";
    // entry names are lower-cased)
    if (entries.has('word/document.xml') || (entries.has('[content_types].xml') && [...entries.keys()].some((n) => /^word\/[^/]+\.xml$/.test(n) && !/^word\/(?:styles|settings|fonttable|websettings|numbering|footnotes|endnotes|comments|theme\d*)\.xml$/.test(n)))) return 'docx';
    throw new ResumeError('UNSUPPORTED_TYPE', describeNonDocxZip(Array.from(entries.values(), (e) => e.name)));
  }
  if (isOle(bytes)) throw oleError(bytes);
  if (indexOfAscii(bytes, '{\\rtf', 8) === 0) {
    throw new ResumeError('UNSUPPORTED_TYPE', 'This is an RTF file, which many ATS cannot read. Open it in Word or LibreOffice, save it as DOCX or PDF, and upload that.');
  }
  const image = imageKind(bytes);
  if (image) throw new ResumeError('UNSUPPORTED_TYPE', `This is an image (${image}), not a document. ${IMAGE_TAIL}`);

  const text = decodeText(bytes);
  if (text.includes('\u0000')) throw notText('it contains NUL bytes (binary data)');
  const trimmed = text.trim();
  if (trimmed === '') throw new ResumeError('EMPTY', 'This file contains only blank space.');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 2 && controls > text.length / 100) throw notText(`${controls} control characters`);

  if (trimmed.startsWith('{') && trimmed.endsWith('}')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      throw new ResumeError(
        'INVALID_JSON_RESUME',
        `This file looks like JSON but is not valid JSON (${(e as Error).message}). Fix it, or export your JSON Resume again.`,
      );
    }
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return 'json';
  }
  return 'text';
}
