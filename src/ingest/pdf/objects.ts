// The objects of a PDF file, found by scanning its bytes rather than through its cross-reference table, the way
// a repair tool reads them: every "N G obj" (the last definition of a number wins, as in an incremental update),
// each stream's data ending at its "endstream", and the objects packed in object streams. Used to rewrite a
// damaged file (repair.ts) and to read what pdf.js's API does not pass on (actual-text.ts). Browser-safe.

import { Inflate, unzlibSync } from 'fflate';

export interface Obj {
  num: number;
  gen: number;
  /** The object's text (the dictionary for a stream), latin1. */
  body: string;
  /** Stream data, latin1; undefined for other objects. */
  data?: string;
}

/** Refuse to inflate more than this in total (a Flate bomb stays pdf.js's problem, under the worker's limits). */
export const MAX_INFLATED = 48 * 1024 * 1024;

const OBJ = /(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj\b/g;
export const REF = (key: string): RegExp => new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`);
export const TYPE = (t: string): RegExp => new RegExp(`/Type\\s*/${t}(?![A-Za-z0-9])`);

export function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** The file as latin1 text from its "%PDF-" on (anything a mailer or a tool put before it dropped). */
export function fileText(bytes: Uint8Array): string {
  const s = latin1(bytes);
  const header = s.indexOf('%PDF-');
  return header > 0 ? s.slice(header) : s;
}

export function toBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

export const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** End (exclusive) of the dictionary starting at `at` ("<<"), or -1. Skips strings and nested dictionaries. */
export function dictEnd(s: string, at: number, limit: number): number {
  let depth = 0;
  for (let i = at; i < limit; i++) {
    const c = s[i];
    if (c === '(') {
      let nest = 1;
      for (i++; i < limit && nest > 0; i++) {
        const d = s[i];
        if (d === '\\') i++;
        else if (d === '(') nest++;
        else if (d === ')') nest--;
      }
      i--;
    } else if (c === '%') {
      while (i < limit && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '<' && s[i + 1] === '<') {
      depth++;
      i++;
    } else if (c === '>' && s[i + 1] === '>') {
      depth--;
      i++;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Every object in the file, in file order (later definitions of a number replace earlier ones in the map). */
export function scanObjects(s: string): { objects: Map<number, Obj>; order: number[] } {
  const objects = new Map<number, Obj>();
  const order: number[] = [];
  const next = new RegExp(OBJ.source, 'g');
  OBJ.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OBJ.exec(s))) {
    // A token boundary before the object number.
    if (m.index > 0 && !isSpace(s[m.index - 1]) && s[m.index - 1] !== '>' && s[m.index - 1] !== ']' && s[m.index - 1] !== ')') continue;
    const num = Number(m[1]);
    const gen = Number(m[2]);
    const start = m.index + m[0].length;
    next.lastIndex = start;
    const nm = next.exec(s);
    let limit = nm ? nm.index : s.length;
    let i = start;
    while (i < limit && isSpace(s[i])) i++;
    let obj: Obj | undefined;
    if (s.startsWith('<<', i)) {
      const end = dictEnd(s, i, limit);
      if (end > 0) {
        let j = end;
        while (j < limit && isSpace(s[j])) j++;
        if (s.startsWith('stream', j)) {
          let d = j + 6;
          if (s[d] === '\r' && s[d + 1] === '\n') d += 2;
          else if (s[d] === '\n' || s[d] === '\r') d++;
          // The data ends at endstream; the next "obj" pattern may lie inside binary data, so look past it.
          let e = s.indexOf('endstream', d);
          const nextEndobj = s.indexOf('endobj', d);
          if (e < 0 || (nextEndobj >= 0 && nextEndobj < e && !/^\s*endobj/.test(s.slice(e + 9, e + 30)))) {
            // No endstream (or it belongs to a later object): the data runs to this object's endobj.
            const eo = s.lastIndexOf('endobj', limit);
            e = eo > d ? eo : limit;
          }
          let data = s.slice(d, e);
          if (data.endsWith('\r\n')) data = data.slice(0, -2);
          else if (data.endsWith('\n') || data.endsWith('\r')) data = data.slice(0, -1);
          obj = { num, gen, body: s.slice(i, end), data };
          next.lastIndex = e;
          const after = next.exec(s);
          limit = after ? after.index : s.length;
          OBJ.lastIndex = Math.max(e, start);
        } else {
          obj = { num, gen, body: s.slice(i, end) };
        }
      }
    }
    if (!obj) {
      const eo = s.indexOf('endobj', start);
      const end = eo >= 0 && eo < limit ? eo : limit;
      const body = s.slice(start, end).trim();
      if (body) obj = { num, gen, body };
    }
    if (obj && obj.body.trim()) {
      if (!objects.has(num)) order.push(num);
      objects.set(num, obj);
    }
  }
  return { objects, order };
}

export const FLATE_ONLY = /\/Filter\s*(?:\/FlateDecode|\/Fl|\[\s*(?:\/FlateDecode|\/Fl)\s*\])(?![A-Za-z])/;

/** Inflates zlib data as far as it is sound; undefined when nothing came out. */
export function inflatePartly(data: Uint8Array, budget: number): Uint8Array | undefined {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let body = data;
  // A zlib header (CMF/FLG) when it checks out, else raw deflate.
  if (data.length > 2 && (data[0]! & 0x0f) === 8 && ((data[0]! << 8) | data[1]!) % 31 === 0) body = data.subarray(2);
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total <= budget) chunks.push(chunk);
  });
  try {
    for (let i = 0; i < body.length && total <= budget; i += 512) inflater.push(body.subarray(i, i + 512), false);
  } catch {
    // damaged from here on: keep what came out before
  }
  if (total === 0) return undefined;
  const out = new Uint8Array(Math.min(total, budget));
  let at = 0;
  for (const c of chunks) {
    const n = Math.min(c.length, out.length - at);
    out.set(c.subarray(0, n), at);
    at += n;
  }
  return out;
}

/** Objects of the object streams in the file (when their data inflates), unless defined at top level. */
export function unpackObjectStreams(objects: Map<number, Obj>, order: number[]): void {
  for (const num of [...order]) {
    const o = objects.get(num);
    if (!o || o.data === undefined || !TYPE('ObjStm').test(o.body)) continue;
    let text: string;
    try {
      text = FLATE_ONLY.test(o.body) ? latin1(unzlibSync(toBytes(o.data))) : /\/Filter/.test(o.body) ? '' : o.data;
    } catch {
      const partial = inflatePartly(toBytes(o.data), MAX_INFLATED);
      text = partial ? latin1(partial) : '';
    }
    const first = Number(/\/First\s+(\d+)/.exec(o.body)?.[1] ?? NaN);
    if (!text || !Number.isInteger(first)) continue;
    const head = text.slice(0, first).trim().split(/\s+/).map(Number);
    for (let k = 0; k + 1 < head.length; k += 2) {
      const n = head[k]!;
      const off = first + head[k + 1]!;
      const end = k + 3 < head.length ? first + head[k + 3]! : text.length;
      if (!Number.isInteger(n) || objects.has(n) || !(off >= first && end >= off)) continue;
      const body = text.slice(off, end).trim();
      if (!body) continue;
      objects.set(n, { num: n, gen: 0, body });
      order.push(n);
    }
    objects.delete(num);
  }
}

export const refOf = (body: string, key: string): number | undefined => {
  const m = REF(key).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** The last trailer dictionary (or xref-stream dictionary) in the file that names a /Root, if any. */
export function lastTrailer(s: string, objects: Map<number, Obj>): string {
  let found = '';
  for (const m of s.matchAll(/trailer\s*<</g)) {
    const end = dictEnd(s, m.index + m[0].length - 2, Math.min(s.length, m.index + 65536));
    if (end > 0) found = s.slice(m.index + m[0].length - 2, end);
  }
  if (!found) for (const o of objects.values()) if (TYPE('XRef').test(o.body)) found = o.body;
  return found;
}

