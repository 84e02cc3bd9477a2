// Rewrites a damaged PDF into one pdf.js can open, the way `qpdf` or a viewer's "repair" does: for files pdf.js
// refuses (no usable trailer or root, a page tree that lies, streams without endstream, truncated or corrupt
// Flate data), not for healthy ones. Browser-safe: bytes in, bytes out.
//
// What it does:
// - drops anything before "%PDF-";
// - finds every "N G obj" in the file (the last definition of a number wins, as in an incremental update),
//   each stream's data ending at its "endstream" (or at its "endobj", or the next object, when that is missing),
//   and unpacks object streams it can inflate;
// - gives every stream its real /Length; inflates, as far as it goes, Flate data that does not inflate whole
//   (a truncated or damaged stream keeps the text before the damage) and stores it uncompressed;
// - picks the document catalog (the trailer's /Root if it is a catalog, else the last catalog in the file, else a
//   new one), and gives it a flat page tree of the pages its tree really reaches (cycles and missing kids
//   skipped), or of every page object in the file when the tree reaches none;
// - writes the objects out again with a fresh xref table and trailer (keeping /Encrypt and /ID, so an encrypted
//   file still decrypts; its streams are then left as they are).

import { Inflate, unzlibSync } from 'fflate';

export interface Repaired {
  bytes: Uint8Array;
  /** Pages in the rewritten page tree. */
  pages: number;
}

interface Obj {
  num: number;
  gen: number;
  /** The object's text (the dictionary for a stream), latin1. */
  body: string;
  /** Stream data, latin1; undefined for other objects. */
  data?: string;
}

/** Refuse to inflate more than this in total (a Flate bomb stays pdf.js's problem, under the worker's limits). */
const MAX_INFLATED = 48 * 1024 * 1024;
const MAX_FLATE_IN = 4 * 1024 * 1024;

const OBJ = /(\d{1,10})[ \t\r\n\f\0]+(\d{1,5})[ \t\r\n\f\0]+obj\b/g;
const REF = (key: string): RegExp => new RegExp(`/${key}\\s+(\\d+)\\s+(\\d+)\\s+R`);
const TYPE = (t: string): RegExp => new RegExp(`/Type\\s*/${t}(?![A-Za-z0-9])`);

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

function toBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\f' || c === '\0';

/** End (exclusive) of the dictionary starting at `at` ("<<"), or -1. Skips strings and nested dictionaries. */
function dictEnd(s: string, at: number, limit: number): number {
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
function scan(s: string): { objects: Map<number, Obj>; order: number[] } {
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

const FLATE_ONLY = /\/Filter\s*(?:\/FlateDecode|\/Fl|\[\s*(?:\/FlateDecode|\/Fl)\s*\])(?![A-Za-z])/;

/** Inflates zlib data as far as it is sound; undefined when nothing came out. */
function inflatePartly(data: Uint8Array, budget: number): Uint8Array | undefined {
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
function unpackObjectStreams(objects: Map<number, Obj>, order: number[]): void {
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

const refOf = (body: string, key: string): number | undefined => {
  const m = REF(key).exec(body);
  return m ? Number(m[1]) : undefined;
};

/** The pages a page tree reaches from `root`, in order (cycles and missing kids skipped). */
function reachablePages(objects: Map<number, Obj>, root: number): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  const walk = (n: number, depth: number): void => {
    if (seen.has(n) || depth > 64 || out.length > 100_000) return;
    seen.add(n);
    const o = objects.get(n);
    if (!o || o.data !== undefined) return;
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(o.body);
    if (TYPE('Page').test(o.body) || (!kids && /\/Contents|\/MediaBox|\/Resources/.test(o.body))) {
      out.push(n);
      return;
    }
    if (!kids) return;
    for (const k of kids[1]!.matchAll(/(\d+)\s+\d+\s+R/g)) walk(Number(k[1]), depth + 1);
  };
  walk(root, 0);
  return out;
}

/** The last trailer dictionary (or xref-stream dictionary) in the file that names a /Root, if any. */
function lastTrailer(s: string, objects: Map<number, Obj>): string {
  let found = '';
  for (const m of s.matchAll(/trailer\s*<</g)) {
    const end = dictEnd(s, m.index + m[0].length - 2, Math.min(s.length, m.index + 65536));
    if (end > 0) found = s.slice(m.index + m[0].length - 2, end);
  }
  if (!found) for (const o of objects.values()) if (TYPE('XRef').test(o.body)) found = o.body;
  return found;
}

/**
 * Returns the rewritten file, or undefined when there is nothing to rewrite it from (no objects, or no page
 * anywhere).
 */
export function repairPdf(input: Uint8Array): Repaired | undefined {
  let s = latin1(input);
  const header = s.indexOf('%PDF-');
  if (header > 0) s = s.slice(header);
  const { objects, order } = scan(s);
  if (objects.size === 0) return undefined;

  const trailer = lastTrailer(s, objects);
  const encrypt = REF('Encrypt').exec(trailer);
  const id = /\/ID\s*\[[^\]]*\]/.exec(trailer)?.[0];
  if (!encrypt) unpackObjectStreams(objects, order);
  for (const [n, o] of objects) if (TYPE('XRef').test(o.body) || (o.data !== undefined && TYPE('ObjStm').test(o.body))) objects.delete(n);

  // Flate data that does not inflate whole: keep what inflates, uncompressed. (Not in an encrypted file, whose
  // streams are encrypted before they are compressed.)
  let budget = MAX_INFLATED;
  if (!encrypt) {
    for (const o of objects.values()) {
      if (o.data === undefined || !FLATE_ONLY.test(o.body) || /\/DecodeParms|\/DP\b|\/Subtype\s*\/Image|\/Length[123]\b/.test(o.body)) continue;
      if (o.data.length > MAX_FLATE_IN || budget <= 0) continue;
      const raw = toBytes(o.data);
      try {
        unzlibSync(raw);
        continue;
      } catch {
        // damaged: inflate what can be
      }
      const partial = inflatePartly(raw, budget);
      if (!partial) continue;
      budget -= partial.length;
      o.data = latin1(partial);
      o.body = o.body.replace(/\/Filter\s*(?:\[[^\]]*\]|\/[A-Za-z]+)/, '');
    }
  }

  // The catalog, and a page tree that tells the truth.
  const isCatalog = (n: number | undefined): boolean => n !== undefined && !!objects.get(n) && TYPE('Catalog').test(objects.get(n)!.body);
  let root = refOf(trailer, 'Root');
  if (!isCatalog(root)) root = [...objects.values()].filter((o) => o.data === undefined && TYPE('Catalog').test(o.body)).pop()?.num;
  let next = Math.max(...objects.keys()) + 1;
  const newObjects: Obj[] = [];
  let rootPages = root !== undefined ? refOf(objects.get(root)!.body, 'Pages') : undefined;
  let pages = rootPages !== undefined ? reachablePages(objects, rootPages) : [];
  if (pages.length === 0) {
    // A tree that reaches no page: every page object in the file, in file order.
    pages = order.filter((n) => {
      const o = objects.get(n);
      return !!o && o.data === undefined && TYPE('Page').test(o.body);
    });
    if (pages.length === 0) {
      // Or a tree node without a parent.
      const top = [...objects.values()].find((o) => o.data === undefined && TYPE('Pages').test(o.body) && refOf(o.body, 'Parent') === undefined);
      if (top) pages = reachablePages(objects, top.num);
    }
  }
  if (pages.length === 0) return undefined;
  const treeCount = rootPages !== undefined ? Number(/\/Count\s+(\d+)/.exec(objects.get(rootPages)?.body ?? '')?.[1]) : NaN;
  const treeKids = rootPages !== undefined ? /\/Kids\s*\[([^\]]*)\]/.exec(objects.get(rootPages)?.body ?? '')?.[1] : undefined;
  const flat = treeKids !== undefined && treeKids.replace(/(\d+)\s+\d+\s+R/g, '$1').trim().split(/\s+/).map(Number).join(' ') === pages.join(' ');
  if (!(flat && treeCount === pages.length)) {
    // A new root node listing the pages directly (their /Parent still leads to what they inherit).
    rootPages = next++;
    newObjects.push({ num: rootPages, gen: 0, body: `<</Type /Pages /Kids [${pages.map((n) => `${n} ${objects.get(n)!.gen} R`).join(' ')}] /Count ${pages.length}>>` });
  }
  if (root === undefined) {
    root = next++;
    newObjects.push({ num: root, gen: 0, body: `<</Type /Catalog /Pages ${rootPages} 0 R>>` });
  } else {
    const cat = objects.get(root)!;
    const pagesRef = `/Pages ${rootPages} ${objects.get(rootPages!)?.gen ?? 0} R`;
    cat.body = REF('Pages').test(cat.body) ? cat.body.replace(REF('Pages'), pagesRef) : cat.body.replace(/^<</, `<<${pagesRef} `);
  }
  for (const o of newObjects) objects.set(o.num, o);

  // Write it out.
  const parts: string[] = ['%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'];
  let offset = parts[0]!.length;
  const offsets = new Map<number, number>();
  for (const o of [...objects.values()].sort((a, b) => a.num - b.num)) {
    let text: string;
    if (o.data !== undefined) {
      const dict = o.body.replace(/\/Length\s+(?:\d+\s+\d+\s+R|[-+]?[\d.]+)/, '').replace(/^<<\s*/, `<</Length ${o.data.length} `);
      text = `${o.num} ${o.gen} obj\n${dict}\nstream\n${o.data}\nendstream\nendobj\n`;
    } else text = `${o.num} ${o.gen} obj\n${o.body}\nendobj\n`;
    offsets.set(o.num, offset);
    parts.push(text);
    offset += text.length;
  }
  const size = Math.max(...objects.keys()) + 1;
  let xref = `xref\n0 ${size}\n`;
  for (let n = 0; n < size; n++) {
    const at = offsets.get(n);
    xref += at === undefined ? `0000000000 ${n === 0 ? '65535' : '00000'} f\r\n` : `${String(at).padStart(10, '0')} ${String(objects.get(n)!.gen).padStart(5, '0')} n\r\n`;
  }
  const info = refOf(trailer, 'Info');
  const extra = [
    info !== undefined && objects.has(info) ? ` /Info ${info} ${objects.get(info)!.gen} R` : '',
    encrypt ? ` /Encrypt ${encrypt[1]} ${encrypt[2]} R` : '',
    id ? ` ${id}` : '',
  ].join('');
  parts.push(`${xref}trailer\n<</Size ${size} /Root ${root} ${objects.get(root)!.gen} R${extra}>>\nstartxref\n${offset}\n%%EOF\n`);
  return { bytes: toBytes(parts.join('')), pages: pages.length };
}
