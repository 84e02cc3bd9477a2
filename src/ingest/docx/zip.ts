// A guarded ZIP reader for DOCX packages. It reads the central directory itself, then inflates only the
// parts asked for, counting the bytes that actually come out of the inflater (never trusting the sizes the
// headers declare) and stopping as soon as a cap is passed. Browser-safe: no Node built-ins.
import { Inflate, inflateSync } from 'fflate';
import { ResumeError } from '../../errors.js';

export interface ZipEntry {
  /** Name as stored, with a leading "/" removed and "\" turned into "/". */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Uncompressed size as declared by the central directory (may be a lie). */
  size: number;
  localOffset: number;
}

/** No real DOCX holds anywhere near this many parts (Word writes 10–40). */
export const MAX_ENTRIES = 2000;
/** Largest single part we inflate. A resume's document.xml is well under 1 MB. */
export const MAX_PART_BYTES = 16 * 1024 * 1024;
/** How far a part may inflate past the size its headers declare before we call the headers a lie. */
const OVERRUN_SLACK = 1024 * 1024;
/** Compressed bytes fed to the inflater at a time: bounds what one push can produce (deflate's ratio is at most ~1032:1). */
const INFLATE_CHUNK = 16384;

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

const corrupt = (detail: string) =>
  new ResumeError('CORRUPT', 'This DOCX file is damaged (its zip structure is broken or cut short) and cannot be read. Save or export it again from your editor.', detail);

const mb = (n: number) => (n / 1024 / 1024).toFixed(0);

/** Raised for a zip bomb: a small file that expands to an absurd size. */
export function unzippedTooLarge(what: string, bytes: number, limit: number): ResumeError {
  return new ResumeError(
    'TOO_LARGE',
    `This DOCX ${what} more than ${mb(limit)} MB when decompressed (a real resume is well under 1 MB), so it was not read. It may be a zip bomb; export the resume again from your editor.`,
    `${bytes} bytes against a cap of ${limit}`,
  );
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  const n = dv.getBigUint64(at, true);
  if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw corrupt('zip64 field out of range');
  return Number(n);
}

const nameDecoder = new TextDecoder('utf-8');

function findEndRecord(dv: DataView): number {
  const len = dv.byteLength;
  const stop = Math.max(0, len - 22 - 0xffff);
  for (let at = len - 22; at >= stop; at--) {
    if (dv.getUint32(at, true) !== SIG_EOCD) continue;
    // A comment may contain the signature by accident: accept the record only if its comment length fits.
    if (at + 22 + dv.getUint16(at + 20, true) <= len) return at;
  }
  return -1;
}

/** True when the bytes start like a zip (local file header, or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/**
 * Lists the entries of a zip from its central directory, keyed by lower-cased name (OPC part names are
 * case-insensitive). Throws CORRUPT for a truncated or non-zip input and TOO_LARGE past MAX_ENTRIES.
 */
export function listZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const dv = view(bytes);
  const eocd = bytes.length >= 22 ? findEndRecord(dv) : -1;
  if (eocd < 0) throw corrupt('no end-of-central-directory record');
  let count = dv.getUint16(eocd + 10, true);
  let cdSize = dv.getUint32(eocd + 12, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || dv.getUint32(loc, true) !== SIG_ZIP64_LOCATOR) throw corrupt('zip64 locator missing');
    const rec = u64(dv, loc + 8);
    if (rec + 56 > bytes.length || dv.getUint32(rec, true) !== SIG_ZIP64_EOCD) throw corrupt('zip64 record missing');
    count = u64(dv, rec + 32);
    cdSize = u64(dv, rec + 40);
    cdOffset = u64(dv, rec + 48);
  }
  if (count > MAX_ENTRIES) throw tooManyEntries(count);
  if (cdOffset + cdSize > bytes.length) throw corrupt('central directory beyond end of file');

  const entries = new Map<string, ZipEntry>();
  let at = cdOffset;
  let seen = 0;
  const end = cdOffset + cdSize;
  while (at + 46 <= end && dv.getUint32(at, true) === SIG_CENTRAL) {
    if (++seen > MAX_ENTRIES) throw tooManyEntries(seen);
    const nameLen = dv.getUint16(at + 28, true);
    const extraLen = dv.getUint16(at + 30, true);
    const commentLen = dv.getUint16(at + 32, true);
    if (at + 46 + nameLen + extraLen + commentLen > end) throw corrupt('central directory entry cut short');
    const entry: ZipEntry = {
      name: nameDecoder.decode(bytes.subarray(at + 46, at + 46 + nameLen)).replace(/\\/g, '/').replace(/^\/+/, ''),
      flags: dv.getUint16(at + 8, true),
      method: dv.getUint16(at + 10, true),
      compressedSize: dv.getUint32(at + 20, true),
      size: dv.getUint32(at + 24, true),
      localOffset: dv.getUint32(at + 42, true),
    };
    readZip64Extra(dv, at + 46 + nameLen, extraLen, entry);
    const key = entry.name.toLowerCase();
    if (!entries.has(key)) entries.set(key, entry);
    at += 46 + nameLen + extraLen + commentLen;
  }
  if (seen !== count) throw corrupt(`central directory lists ${seen} entries, end record says ${count}`);
  return entries;
}

function tooManyEntries(n: number): ResumeError {
  return new ResumeError(
    'TOO_LARGE',
    `This DOCX holds more than ${MAX_ENTRIES.toLocaleString('en-US')} internal files, far more than any real document, so it was not read. Export the resume again from your editor.`,
    `${n} zip entries`,
  );
}

/** Fills in sizes and offsets stored in the zip64 extra field (only those whose 32-bit field is saturated). */
function readZip64Extra(dv: DataView, start: number, len: number, entry: ZipEntry): void {
  if (entry.size !== 0xffffffff && entry.compressedSize !== 0xffffffff && entry.localOffset !== 0xffffffff) return;
  for (let at = start; at + 4 <= start + len; ) {
    const id = dv.getUint16(at, true);
    const size = dv.getUint16(at + 2, true);
    if (id === 0x0001) {
      let p = at + 4;
      const take = () => {
        if (p + 8 > at + 4 + size) throw corrupt('zip64 extra field too short');
        const v = u64(dv, p);
        p += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localOffset === 0xffffffff) entry.localOffset = take();
      return;
    }
    at += 4 + size;
  }
  throw corrupt('zip64 sizes missing');
}

/** Running total of inflated bytes across the parts of one package. */
export interface InflateBudget {
  used: number;
  limit: number;
}

/** The compressed bytes of an entry, located through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const dv = view(bytes);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || dv.getUint32(at, true) !== SIG_LOCAL) throw corrupt(`local header of ${entry.name} missing`);
  const start = at + 30 + dv.getUint16(at + 26, true) + dv.getUint16(at + 28, true);
  const stop = start + entry.compressedSize;
  if (stop > bytes.length) throw corrupt(`${entry.name} cut short`);
  return bytes.subarray(start, stop);
}

/**
 * Inflates one entry. The declared size is checked first (an honest bomb fails at once); then the actual
 * output is counted while streaming, so a header that lies about the size fails once the real output passes
 * the per-part cap or the package budget, without ever holding much more than the cap in memory.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 1) throw new ResumeError('ENCRYPTED', 'This Word document is password-protected. Save a copy without a password and try again.');
  const partCap = Math.min(MAX_PART_BYTES, budget.limit);
  if (entry.size > partCap) throw unzippedTooLarge('declares a part of', entry.size, partCap);
  if (budget.used + entry.size > budget.limit) throw unzippedTooLarge('declares', budget.used + entry.size, budget.limit);
  const data = entryData(bytes, entry);

  if (entry.method === 0) {
    budget.used += data.length;
    if (data.length > partCap) throw unzippedTooLarge('holds a part of', data.length, partCap);
    if (budget.used > budget.limit) throw unzippedTooLarge('expands to', budget.used, budget.limit);
    return data.slice();
  }
  if (entry.method !== 8) throw corrupt(`${entry.name} uses compression method ${entry.method}`);

  // Fast path for a small entry (nearly every part of a resume): inflate in one call into a buffer one byte
  // larger than the declared size. fflate does not grow a buffer it is given, so memory stays at the declared
  // size and work at ~1032× the small input; a full buffer means the header lied, and the guarded streaming
  // path below measures by how much.
  if (data.length <= INFLATE_CHUNK) {
    let out: Uint8Array | undefined;
    try {
      out = inflateSync(data, { out: new Uint8Array(entry.size + 1) });
    } catch {
      // A damaged stream: let the streaming path report it.
    }
    if (out && out.length === entry.size) {
      budget.used += out.length;
      return out;
    }
  }

  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    budget.used += chunk.length;
    if (total > partCap) throw unzippedTooLarge('has a part that expands to', total, partCap);
    if (total > entry.size + OVERRUN_SLACK) {
      throw new ResumeError(
        'TOO_LARGE',
        'This DOCX has a part that decompresses to far more than its zip headers declare, the mark of a zip bomb, so it was not read. Export the resume again from your editor.',
        `${entry.name}: over ${total} bytes, declared ${entry.size}`,
      );
    }
    if (budget.used > budget.limit) throw unzippedTooLarge('expands to', budget.used, budget.limit);
    if (chunk.length) chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let at = 0; at < data.length && !done; at += INFLATE_CHUNK) {
      const end = Math.min(at + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (!done) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ResumeError) throw e;
    throw corrupt(`${entry.name}: ${(e as Error).message}`);
  }
  if (total !== entry.size) throw corrupt(`${entry.name} inflates to ${total} bytes, header says ${entry.size}`);
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
