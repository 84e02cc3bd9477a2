// The /ActualText of a page's marked content, which pdf.js's API does not pass on. Browser-safe.
//
// A PDF may say what a run of glyphs reads as: `/Span <</ActualText (Qu)>> BDC … EMC`. Chromium (Skia) writes one
// around every ligature or other glyph that stands for several letters ("Qu", "ft", "ffi"), and when the font's
// ToUnicode map has no entry for that glyph, the span's ActualText is the only place its letters are written:
// pdf.js's text content then gives the glyph as an empty string ("Quillstream Software" reads "illstream So
// ware"). Text extractors that ATSs use (poppler's pdftotext, PDFBox) read the ActualText instead.
//
// pdf.js keeps the marked-content sequences in its text content (`includeMarkedContent`) but drops their
// property dictionaries. So this module reads the page's content streams itself (objects.ts finds the objects),
// lists the marked-content sequences they open in order, each with its tag and ActualText, and
// `applyActualText` matches that list one to one with pdf.js's, when the two agree on every tag, and puts the
// ActualText in place of the glyphs' text where the two differ.

import { unzlibSync } from 'fflate';
import { dictEnd, fileText, FLATE_ONLY, latin1, lastTrailer, REF, scanObjects, toBytes, unpackObjectStreams, type Obj } from './objects.js';

/** A marked-content sequence a content stream opens (BMC or BDC). */
export interface MarkedContent {
  tag: string;
  actualText?: string;
}

/** The objects of a file, read once per document and only when a page needs them. */
export interface PdfObjects {
  objects: Map<number, Obj>;
}

/** Refuse to inflate more than this for one page's content. */
const MAX_CONTENT = 16 * 1024 * 1024;

/** The file's objects; undefined when the file is encrypted (its strings are then unreadable here) or holds none. */
export function readObjects(bytes: Uint8Array): PdfObjects | undefined {
  const s = fileText(bytes);
  const { objects, order } = scanObjects(s);
  if (objects.size === 0) return undefined;
  if (REF('Encrypt').test(lastTrailer(s, objects))) return undefined;
  unpackObjectStreams(objects, order);
  return { objects };
}

/** The content of page object `pageNum` (its content streams joined), or undefined when it cannot be read. */
export function pageContent(file: PdfObjects, pageNum: number): string | undefined {
  const page = file.objects.get(pageNum);
  if (!page || page.data !== undefined) return undefined;
  const m = /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/.exec(page.body);
  if (!m) return undefined;
  let list = m[1] as string;
  if (!list.startsWith('[')) {
    // One stream, or an indirect array of them.
    const target = file.objects.get(Number(/^\d+/.exec(list)?.[0]));
    if (target && target.data === undefined && target.body.startsWith('[')) list = target.body;
  }
  const parts: string[] = [];
  let total = 0;
  for (const ref of list.matchAll(/(\d+)\s+\d+\s+R/g)) {
    const o = file.objects.get(Number(ref[1]));
    if (!o || o.data === undefined) return undefined;
    let data = o.data;
    if (/\/Filter/.test(o.body)) {
      if (!FLATE_ONLY.test(o.body) || /\/DecodeParms|\/DP\b/.test(o.body)) return undefined;
      try {
        data = latin1(unzlibSync(toBytes(o.data)));
      } catch {
        return undefined;
      }
    }
    total += data.length;
    if (total > MAX_CONTENT) return undefined;
    parts.push(data);
  }
  return parts.length > 0 ? parts.join('\n') : undefined;
}

const WHITE = /[\0\t\n\f\r ]/;
const DELIM = /[\0\t\n\f\r ()<>[\]{}/%]/;

/** PDFDocEncoding's characters 0x80-0xA0 where they differ from Latin-1 (PDF 32000-1, annex D.2). */
const PDF_DOC_HIGH = '\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203A\u2212\u2030\u201E\u201C\u201D\u2018\u2019\u201A\u2122\uFB01\uFB02\u0141\u0152\u0160\u0178\u017D\u0131\u0142\u0153\u0161\u017E\uFFFD\u20AC';

/** A PDF text string's bytes (latin1) → text: UTF-16BE with a BOM, UTF-8 with a BOM, else PDFDocEncoding. */
export function decodeTextString(bytes: string): string {
  if (bytes.startsWith('\xFE\xFF')) {
    let out = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) out += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
    return out;
  }
  if (bytes.startsWith('\xEF\xBB\xBF')) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(toBytes(bytes.slice(3)));
    } catch {
      return '';
    }
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i);
    out += c >= 0x80 && c <= 0xa0 ? (PDF_DOC_HIGH[c - 0x80] as string) : bytes[i];
  }
  return out;
}

/** A literal string "(…)" starting at `at`: its bytes and the index after it. */
function literalString(s: string, at: number): [string, number] {
  let out = '';
  let depth = 1;
  let i = at + 1;
  while (i < s.length) {
    const c = s[i] as string;
    if (c === '\\') {
      const d = s[i + 1];
      i += 2;
      if (d === undefined) break;
      const esc = 'nrtbf'.indexOf(d);
      if (esc >= 0) out += '\n\r\t\b\f'[esc];
      else if (d >= '0' && d <= '7') {
        let oct = d;
        while (oct.length < 3 && (s[i] as string) >= '0' && (s[i] as string) <= '7') oct += s[i++];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
      } else if (d === '\r') {
        if (s[i] === '\n') i++;
      } else if (d !== '\n') out += d;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [out, i + 1];
    out += c;
    i++;
  }
  return [out, i];
}

/** A hex string "<…>" starting at `at`: its bytes and the index after it. */
function hexString(s: string, at: number): [string, number] {
  const end = s.indexOf('>', at);
  const stop = end < 0 ? s.length : end;
  const hex = s.slice(at + 1, stop).replace(/[^0-9A-Fa-f]/g, '');
  let out = '';
  for (let i = 0; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2).padEnd(2, '0'), 16));
  return [out, stop + 1];
}

/** The ActualText entry of an inline property dictionary's text, if any. */
function actualTextOf(dict: string): string | undefined {
  const k = dict.indexOf('/ActualText');
  if (k < 0) return undefined;
  let i = k + 11;
  while (i < dict.length && WHITE.test(dict[i] as string)) i++;
  if (dict[i] === '(') return decodeTextString(literalString(dict, i)[0]);
  if (dict[i] === '<' && dict[i + 1] !== '<') return decodeTextString(hexString(dict, i)[0]);
  return undefined;
}

/**
 * The marked-content sequences a page's content opens (BMC and BDC), in order. Form XObjects are not entered
 * (pdf.js's list then has more entries, and `applyActualText` leaves the page alone).
 */
export function markedContent(content: string): MarkedContent[] {
  const out: MarkedContent[] = [];
  const s = content;
  // The last two operands seen: a BDC takes a tag name and a property list (a dictionary or a resource name).
  let name: string | undefined;
  let dict: string | undefined;
  let i = 0;
  while (i < s.length) {
    const c = s[i] as string;
    if (WHITE.test(c)) {
      i++;
    } else if (c === '%') {
      while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    } else if (c === '(') {
      i = literalString(s, i)[1];
      name = dict = undefined;
    } else if (c === '<' && s[i + 1] === '<') {
      const end = dictEnd(s, i, s.length);
      if (end < 0) break;
      dict = s.slice(i, end);
      i = end;
    } else if (c === '<') {
      i = hexString(s, i)[1];
      name = dict = undefined;
    } else if (c === '/') {
      let j = i + 1;
      while (j < s.length && !DELIM.test(s[j] as string)) j++;
      // (a name after the tag is a property-list resource)
      if (name === undefined || dict !== undefined) {
        name = s.slice(i + 1, j);
        dict = undefined;
      } else dict = '';
      i = j;
    } else if (c === '[' || c === ']' || c === '{' || c === '}' || c === '>' || c === ')') {
      i++;
    } else {
      let j = i + 1;
      while (j < s.length && !DELIM.test(s[j] as string)) j++;
      const word = s.slice(i, j);
      i = j;
      if (word === 'BMC' && name !== undefined) out.push({ tag: name });
      else if (word === 'BDC' && name !== undefined) {
        const actualText = dict ? actualTextOf(dict) : undefined;
        out.push(actualText !== undefined ? { tag: name, actualText } : { tag: name });
      } else if (word === 'ID') {
        // Inline image data: binary up to "EI" between white-space.
        let e = i + 1;
        for (;;) {
          e = s.indexOf('EI', e);
          if (e < 0 || (WHITE.test(s[e - 1] as string) && (e + 2 >= s.length || WHITE.test(s[e + 2] as string)))) break;
          e += 2;
        }
        i = e < 0 ? s.length : e + 2;
      }
      if (!/^[-+.\d]/.test(word)) name = dict = undefined;
    }
  }
  return out;
}

/** The parts of a pdf.js text-content entry used here. */
export interface ContentEntry {
  str?: string;
  fontName?: string;
  width?: number;
  transform?: number[];
  type?: string;
  tag?: string | null;
}

const SQUEEZE = /\s+/g;
const same = (a: string, b: string): boolean => a.normalize('NFKC').replace(SQUEEZE, '') === b.normalize('NFKC').replace(SQUEEZE, '');
const isBegin = (e: ContentEntry): boolean => e.type === 'beginMarkedContent' || e.type === 'beginMarkedContentProps';
/**
 * Text pdf.js gives a glyph it cannot map: none (an empty string with a width), the raw character code (a control
 * character), a private-use code point of its own, or U+FFFD. (An icon font's private-use glyphs are pictures the
 * layout reads: the caller says which fonts are icon fonts.)
 */
const UNMAPPED = /[\u0000-\u0008\u000E-\u001F\uE000-\uF8FF\uFFFD]/;

/**
 * True when a text content (with marked content) has a glyph run inside marked content that pdf.js gave no
 * text for: the case in which the page's ActualText is worth reading.
 */
export function needsActualText(entries: readonly ContentEntry[], iconFont: (fontName: string) => boolean = () => false): boolean {
  let depth = 0;
  for (const e of entries) {
    if (isBegin(e)) depth++;
    else if (e.type === 'endMarkedContent') depth = Math.max(0, depth - 1);
    else if (depth > 0 && e.str !== undefined && ((e.str === '' && (e.width ?? 0) > 0) || (UNMAPPED.test(e.str) && !(e.fontName && iconFont(e.fontName))))) return true;
  }
  return false;
}

/**
 * Text-content entries with the ActualText of `marked` (this page's sequences, from `markedContent`) in place of
 * the text of the glyphs it covers, where that text differs; `entries` itself when the two lists of sequences do
 * not match tag for tag, or nothing changes. Within a sequence the first glyph run takes the whole ActualText and
 * reaches to the end of the last one; the others become empty. An ActualText covers the sequences nested in it.
 */
export function applyActualText<T extends ContentEntry>(entries: readonly T[], marked: readonly MarkedContent[]): readonly T[] {
  const begins = entries.filter(isBegin);
  if (begins.length !== marked.length || !marked.some((m) => m.actualText !== undefined)) return entries;
  for (let k = 0; k < begins.length; k++) if ((begins[k] as T).tag !== (marked[k] as MarkedContent).tag) return entries;

  const out = entries.slice();
  let changed = false;
  // Open sequences: the index in `marked`, and the glyph runs met inside the innermost one with ActualText.
  const open: { text?: string; runs: number[] }[] = [];
  let next = 0;
  const close = (seq: { text?: string; runs: number[] }): void => {
    if (seq.text === undefined || seq.runs.length === 0) return;
    const printed = seq.runs.map((k) => (out[k] as T).str).join('');
    if (same(printed, seq.text)) return;
    const first = seq.runs[0] as number;
    const last = seq.runs[seq.runs.length - 1] as number;
    const a = out[first] as T;
    const b = out[last] as T;
    let width = a.width;
    const ta = a.transform;
    const tb = b.transform;
    if (last !== first && ta && tb && ta.length === 6 && tb.length === 6 && Math.abs((ta[5] as number) - (tb[5] as number)) < 0.5 && typeof b.width === 'number') {
      width = Math.max(a.width ?? 0, (tb[4] as number) + b.width - (ta[4] as number));
    }
    out[first] = { ...a, str: seq.text.trim(), width };
    for (const k of seq.runs.slice(1)) out[k] = { ...(out[k] as T), str: '' };
    changed = true;
  };
  for (let k = 0; k < out.length; k++) {
    const e = out[k] as T;
    if (isBegin(e)) {
      const m = marked[next++] as MarkedContent;
      open.push(m.actualText !== undefined ? { text: m.actualText, runs: [] } : { runs: [] });
    } else if (e.type === 'endMarkedContent') {
      const seq = open.pop();
      if (seq) close(seq);
    } else if (e.str !== undefined) {
      // The outermost open sequence with an ActualText takes the run: its text stands for all it encloses
      // (pdf.js's own spaces between runs stay).
      for (let d = 0; d < open.length; d++) {
        const seq = open[d] as { text?: string; runs: number[] };
        if (seq.text === undefined) continue;
        if (e.str.trim() !== '' || (e.str === '' && (e.width ?? 0) > 0)) seq.runs.push(k);
        break;
      }
    }
  }
  while (open.length > 0) close(open.pop() as { text?: string; runs: number[] });
  return changed ? out : entries;
}
