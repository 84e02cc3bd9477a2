// One pass over a page's pdf.js operator list: glyph-level hazards (ligatures, private-use glyphs,
// soft hyphens, which getTextContent normalises away or drops), images, and the state needed to tell
// which text is drawn invisibly (render mode 3/7, fully transparent, or white on a white page).
// Browser-safe: no Node built-ins.

import type { Box, GlyphCounts } from '../../types.js';

/** The operator codes we read, taken from the pdf.js module actually loaded (never hard-coded). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  setGState: number;
  setTextRenderingMode: number;
  setFillRGBColor: number;
  setStrokeRGBColor: number;
  setFillTransparent: number;
  setStrokeTransparent: number;
  setFillColorN: number;
  setStrokeColorN: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
  constructPath: number;
  shadingFill: number;
  /** Operators that draw text from a glyph array (their last argument). */
  text: ReadonlySet<number>;
  setFont: number;
  /** Operators that paint an image. */
  images: ReadonlySet<number>;
  /** Path-painting operators that fill (as the first argument of constructPath). */
  fills: ReadonlySet<number>;
}

const NO_OP = -1;

/** Builds the table from `pdfjs.OPS`; unknown names map to -1 so a pdf.js upgrade degrades instead of failing. */
export function opCodes(OPS: Record<string, number>): OpCodes {
  const op = (name: string): number => (typeof OPS[name] === 'number' ? (OPS[name] as number) : NO_OP);
  const set = (...names: string[]): ReadonlySet<number> => new Set(names.map(op).filter((n) => n !== NO_OP));
  return {
    save: op('save'),
    setFont: op('setFont'),
    restore: op('restore'),
    transform: op('transform'),
    setGState: op('setGState'),
    setTextRenderingMode: op('setTextRenderingMode'),
    setFillRGBColor: op('setFillRGBColor'),
    setStrokeRGBColor: op('setStrokeRGBColor'),
    setFillTransparent: op('setFillTransparent'),
    setStrokeTransparent: op('setStrokeTransparent'),
    setFillColorN: op('setFillColorN'),
    setStrokeColorN: op('setStrokeColorN'),
    paintFormXObjectBegin: op('paintFormXObjectBegin'),
    paintFormXObjectEnd: op('paintFormXObjectEnd'),
    constructPath: op('constructPath'),
    shadingFill: op('shadingFill'),
    text: set('showText', 'showSpacedText', 'nextLineShowText', 'nextLineSetSpacingShowText'),
    images: set(
      'paintImageXObject',
      'paintInlineImageXObject',
      'paintImageMaskXObject',
      'paintJpegXObject',
      'paintImageXObjectRepeat',
      'paintImageMaskXObjectRepeat',
      'paintImageMaskXObjectGroup',
      'paintInlineImageXObjectGroup',
    ),
    fills: set('fill', 'eoFill', 'fillStroke', 'eoFillStroke', 'closeFillStroke', 'closeEOFillStroke'),
  };
}

/** How a text-drawing operator shows its glyphs. */
export const Ink = {
  Visible: 0,
  /** Render mode 3 or 7, or alpha 0: nothing is painted. */
  Invisible: 1,
  /** Painted in white (or near-white): invisible unless something darker lies behind it. */
  White: 2,
} as const;

export interface PageScan {
  glyphs: GlyphCounts;
  images: number;
  /**
   * Present only when the page draws some text invisibly or in white: the page's shown text in operator
   * order, normalised for matching (see `matchKey`), with the ink of each character.
   */
  ink?: { text: string; kinds: Uint8Array };
  /** Present only when the page prints soft-hyphen glyphs (see `OpHyphens`). */
  hyphens?: OpHyphens;
  /** Boxes (top-left page coordinates) painted with a non-white fill or an image: a white glyph over one is visible. */
  backgrounds: Box[];
}

/** pdf.js glyph objects in a showText argument (numbers in the same array are spacing adjustments). */
interface GlyphLike {
  unicode?: unknown;
  /** Advance in glyph space (thousandths of an em). */
  width?: unknown;
}

/**
 * The soft-hyphen (U+00AD) glyphs a page prints, which getTextContent drops (it skips every \p{Cf} character):
 * a hyphen printed at a line break, or, in some fonts' ToUnicode maps, every printed hyphen.
 */
export interface OpHyphens {
  /** The page's shown text in operator order, normalised for matching (`matchKey`), as in `PageScan.ink`. */
  text: string;
  /** Ascending offsets in `text`: each hyphen was printed after the offset-th character. */
  at: number[];
  /** Per hyphen, `HyphenFlag` bits. */
  flags: number[];
}

export const HyphenFlag = {
  /** More printed characters follow it in the same text operator, so on the same line: a hard hyphen. */
  MidLine: 1,
  /** A space glyph or a word-sized gap comes just before it in its operator ("2023 - 2024"). */
  SpaceBefore: 2,
} as const;

/** A TJ adjustment at or below this (thousandths of an em, negative moves right) reads as a space. */
const GAP_AS_SPACE = -150;

type Matrix = [number, number, number, number, number, number];

// Graphics state slots, kept in flat number arrays so save/restore does not allocate objects.
const S_MODE = 6;
const S_FILL = 7; // 0 dark/unknown, 1 white
const S_STROKE = 8;
const S_FILL_A0 = 9; // 1 when the fill alpha is 0
const S_STROKE_A0 = 10;
const STATE_SIZE = 11;

/** True for "#rrggbb" colours whose three channels are all ≥ 0xF5. */
function isWhiteHex(hex: unknown): boolean {
  if (typeof hex !== 'string' || hex.length !== 7) return false;
  if (hex === '#ffffff') return true;
  for (let i = 1; i < 7; i += 2) {
    const v = parseInt(hex.slice(i, i + 2), 16);
    if (!(v >= 0xf5)) return false;
  }
  return true;
}

/**
 * Characters compared when matching operator text to text-content items: whitespace and soft hyphens
 * removed, non-ASCII put through NFKC (pdf.js spells ligatures out in text content; NFKC does the same to the
 * operator side, and applying it to both sides keeps them comparable).
 */
export function matchKey(s: string): string {
  let out = s.replace(/[\s\u00ad]+/g, '');
  if (/[^\x00-\x7f]/.test(out)) out = out.normalize('NFKC').replace(/[\s\u00ad]+/g, '');
  return out;
}

function glyphText(glyphs: readonly unknown[]): string {
  let s = '';
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as GlyphLike | number | null;
    if (g !== null && typeof g === 'object' && typeof g.unicode === 'string') s += g.unicode;
  }
  return s;
}

/**
 * Walks the operator list once. `view` is the viewport transform (user space → top-left page space), used
 * only to place background boxes.
 */
/**
 * True when the page draws a glyph pdf.js may have no text for: one it mapped to a private-use code point of its own
 * (which its text content then drops; icon fonts' glyphs are private-use too), an empty string with an advance, or
 * the raw character code (a control character). Such a glyph may say what it reads only in an /ActualText (see
 * actual-text.ts). Glyphs of the fonts `iconFont` names (by pdf.js's loaded-font id) are pictures: skipped.
 */
export function hasUnmappedGlyphs(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, iconFont: (fontId: string) => boolean = () => false): boolean {
  let icons = false;
  for (let i = 0; i < fnArray.length; i++) {
    if (fnArray[i] === ops.setFont) {
      const id = (argsArray[i] as unknown[] | null)?.[0];
      icons = typeof id === 'string' && iconFont(id);
      continue;
    }
    if (!ops.text.has(fnArray[i] as number) || icons) continue;
    const args = argsArray[i] as unknown[] | null;
    const glyphs = args && (args[args.length - 1] as unknown);
    if (!Array.isArray(glyphs)) continue;
    for (const glyph of glyphs as (GlyphLike | number | null)[]) {
      if (glyph === null || typeof glyph !== 'object' || typeof glyph.unicode !== 'string') continue;
      const u = glyph.unicode;
      if (u === '' ? typeof glyph.width === 'number' && glyph.width > 0 : /^[\u0000-\u0008\u000E-\u001F\uE000-\uF8FF]$/.test(u)) return true;
    }
  }
  return false;
}

export function scanOperators(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, view: readonly number[], pageBox: Box): PageScan {
  let ligatures = 0;
  let privateUse = 0;
  let softHyphens = 0;
  let images = 0;
  const backgrounds: Box[] = [];

  // Current state: ctm (6), render mode, fill white, stroke white, fill alpha 0, stroke alpha 0.
  const st = [1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0];
  const stack: number[] = [];
  let anyHidden = false;
  // Text operators in order, with their ink, recorded so the hidden-text pass can run after the walk.
  const textOps: number[] = [];
  const textInk: number[] = [];

  const n = fnArray.length;
  for (let i = 0; i < n; i++) {
    const fn = fnArray[i] as number;
    if (ops.text.has(fn)) {
      const args = argsArray[i] as unknown[] | null;
      const glyphs = args && (args[args.length - 1] as unknown);
      if (!Array.isArray(glyphs)) continue;
      for (let g = 0; g < glyphs.length; g++) {
        const glyph = glyphs[g] as GlyphLike | number | null;
        if (glyph === null || typeof glyph !== 'object') continue;
        const u = glyph.unicode;
        if (typeof u !== 'string') continue;
        for (let k = 0; k < u.length; k++) {
          const c = u.charCodeAt(k);
          if (c < 0xad) continue;
          if (c === 0xad) softHyphens++;
          else if (c >= 0xfb00 && c <= 0xfb06) ligatures++;
          else if (c >= 0xe000 && c <= 0xf8ff) privateUse++;
        }
      }
      const mode = st[S_MODE] as number;
      const paintsFill = mode === 0 || mode === 2 || mode === 4 || mode === 6;
      const paintsStroke = mode === 1 || mode === 2 || mode === 5 || mode === 6;
      let ink: number = Ink.Visible;
      if (mode === 3 || mode === 7) ink = Ink.Invisible;
      else if ((!paintsFill || st[S_FILL_A0] === 1) && (!paintsStroke || st[S_STROKE_A0] === 1)) ink = Ink.Invisible;
      else if ((!paintsFill || st[S_FILL] === 1) && (!paintsStroke || st[S_STROKE] === 1)) ink = Ink.White;
      if (ink !== Ink.Visible) anyHidden = true;
      textOps.push(i);
      textInk.push(ink);
    } else if (fn === ops.save || fn === ops.paintFormXObjectBegin) {
      for (let k = 0; k < STATE_SIZE; k++) stack.push(st[k] as number);
      if (fn === ops.paintFormXObjectBegin) {
        const m = (argsArray[i] as unknown[] | null)?.[0] as ArrayLike<number> | null | undefined;
        if (m && m.length === 6) concat(st, m);
      }
    } else if (fn === ops.restore || fn === ops.paintFormXObjectEnd) {
      if (stack.length >= STATE_SIZE) {
        for (let k = STATE_SIZE - 1; k >= 0; k--) st[k] = stack.pop() as number;
      }
    } else if (fn === ops.transform) {
      const m = argsArray[i] as ArrayLike<number> | null;
      if (m && m.length === 6) concat(st, m);
    } else if (fn === ops.setTextRenderingMode) {
      const m = (argsArray[i] as unknown[] | null)?.[0];
      if (typeof m === 'number') st[S_MODE] = m;
    } else if (fn === ops.setFillRGBColor) {
      st[S_FILL] = isWhiteHex((argsArray[i] as unknown[] | null)?.[0]) ? 1 : 0;
    } else if (fn === ops.setStrokeRGBColor) {
      st[S_STROKE] = isWhiteHex((argsArray[i] as unknown[] | null)?.[0]) ? 1 : 0;
    } else if (fn === ops.setFillTransparent || fn === ops.setFillColorN) {
      st[S_FILL] = 0;
    } else if (fn === ops.setStrokeTransparent || fn === ops.setStrokeColorN) {
      st[S_STROKE] = 0;
    } else if (fn === ops.setGState) {
      const entries = (argsArray[i] as unknown[] | null)?.[0];
      if (Array.isArray(entries)) {
        for (const e of entries) {
          if (!Array.isArray(e)) continue;
          if (e[0] === 'ca' && typeof e[1] === 'number') st[S_FILL_A0] = e[1] <= 0 ? 1 : 0;
          else if (e[0] === 'CA' && typeof e[1] === 'number') st[S_STROKE_A0] = e[1] <= 0 ? 1 : 0;
        }
      }
    } else if (fn === ops.constructPath) {
      // [paintOp, pathData, minMax]: minMax is the path's box in the current user space.
      const args = argsArray[i] as unknown[] | null;
      if (args && ops.fills.has(args[0] as number) && st[S_FILL] === 0 && st[S_FILL_A0] === 0) {
        const mm = args[2] as ArrayLike<number> | null | undefined;
        if (mm && mm.length >= 4 && (mm[0] as number) <= (mm[2] as number)) {
          backgrounds.push(boxOf(st, view, mm[0] as number, mm[1] as number, mm[2] as number, mm[3] as number));
        }
      }
    } else if (ops.images.has(fn)) {
      images++;
      // An image fills the unit square of its ctm.
      backgrounds.push(boxOf(st, view, 0, 0, 1, 1));
    } else if (fn === ops.shadingFill) {
      // Paints the whole clip region, which we do not track: assume the page.
      backgrounds.push([pageBox[0], pageBox[1], pageBox[2], pageBox[3]]);
    }
  }

  const scan: PageScan = { glyphs: { ligatures, privateUse, softHyphens }, images, backgrounds };
  if (anyHidden || softHyphens > 0) {
    // Second look at the text operators only, and only on pages that hide something or print soft hyphens.
    let text = '';
    const runs: number[] = [];
    const at: number[] = [];
    const flags: number[] = [];
    for (let t = 0; t < textOps.length; t++) {
      const args = argsArray[textOps[t] as number] as unknown[];
      const glyphs = args[args.length - 1] as unknown[];
      const ink = textInk[t] as number;
      const start = text.length;
      if (softHyphens > 0 && ink !== Ink.Invisible) {
        const first = at.length;
        text = keyWithHyphens(glyphs, text, at, flags);
        for (let h = first; h < at.length; h++) if ((at[h] as number) < text.length) flags[h] = (flags[h] as number) | HyphenFlag.MidLine;
      } else {
        text += matchKey(glyphText(glyphs));
      }
      runs.push(text.length - start, ink);
    }
    if (anyHidden) {
      const kinds = new Uint8Array(text.length);
      let p = 0;
      for (let r = 0; r < runs.length; r += 2) {
        const len = runs[r] as number;
        kinds.fill(runs[r + 1] as number, p, p + len);
        p += len;
      }
      scan.ink = { text, kinds };
    }
    if (at.length > 0) scan.hyphens = { text, at, flags };
  }
  return scan;
}

function isSpaceGlyph(u: string): boolean {
  if (u.length !== 1) return false;
  const c = u.charCodeAt(0);
  return c === 0x20 || c === 0xa0 || c === 0x09 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * Appends the key of one operator's glyphs to `text`, recording each printed (non-zero width) soft hyphen's
 * offset in `at` and whether a space precedes it in `flags`. Returns the longer text.
 */
function keyWithHyphens(glyphs: readonly unknown[], text: string, at: number[], flags: number[]): string {
  let seg = '';
  let spaced = false;
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as GlyphLike | number | null;
    if (typeof g === 'number') {
      if (g <= GAP_AS_SPACE) spaced = true;
      continue;
    }
    if (g === null || typeof g !== 'object' || typeof g.unicode !== 'string') continue;
    const u = g.unicode;
    if (u === '\u00ad') {
      if (typeof g.width === 'number' && !(g.width > 0)) continue; // drawn with no advance: not printed
      text += matchKey(seg);
      seg = '';
      at.push(text.length);
      flags.push(spaced ? HyphenFlag.SpaceBefore : 0);
      spaced = false;
      continue;
    }
    seg += u;
    spaced = isSpaceGlyph(u);
  }
  return text + matchKey(seg);
}

/** st[0..5] = st[0..5] × m (pdf.js / canvas order: m applies to points first). */
function concat(st: number[], m: ArrayLike<number>): void {
  const [a, b, c, d, e, f] = st as unknown as Matrix;
  const m0 = m[0] as number, m1 = m[1] as number, m2 = m[2] as number, m3 = m[3] as number, m4 = m[4] as number, m5 = m[5] as number;
  st[0] = a * m0 + c * m1;
  st[1] = b * m0 + d * m1;
  st[2] = a * m2 + c * m3;
  st[3] = b * m2 + d * m3;
  st[4] = a * m4 + c * m5 + e;
  st[5] = b * m4 + d * m5 + f;
}

/** Box of a user-space rectangle under the ctm in st, then the viewport transform. */
function boxOf(st: readonly number[], view: readonly number[], x0: number, y0: number, x1: number, y1: number): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  const a = st[0] as number, b = st[1] as number, c = st[2] as number, d = st[3] as number, e = st[4] as number, f = st[5] as number;
  const va = view[0] as number, vb = view[1] as number, vc = view[2] as number, vd = view[3] as number, ve = view[4] as number, vf = view[5] as number;
  for (let k = 0; k < 4; k++) {
    const px = k & 1 ? x1 : x0;
    const py = k & 2 ? y1 : y0;
    const ux = a * px + c * py + e;
    const uy = b * px + d * py + f;
    const x = va * ux + vc * uy + ve;
    const y = vb * ux + vd * uy + vf;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/**
 * Finds each text-content item in the operator text, in order: the offset in `text` where its key starts, or
 * -1 when it cannot be found. `itemKeys[i]` is `matchKey(items[i].str)`; empty keys are not matched.
 */
export function matchItems(itemKeys: readonly string[], text: string): Int32Array {
  const out = new Int32Array(itemKeys.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < itemKeys.length; i++) {
    const key = itemKeys[i] as string;
    if (!key) continue;
    let at = -1;
    if (text.startsWith(key, cursor)) at = cursor;
    else {
      // Resynchronise a little way ahead (pdf.js may drop or reorder a few glyphs, e.g. right-to-left runs).
      const found = text.indexOf(key, cursor);
      if (found >= 0 && found - cursor <= Math.max(64, 4 * key.length)) at = found;
    }
    if (at < 0) continue;
    out[i] = at;
    cursor = at + key.length;
  }
  return out;
}

/**
 * The ink of each text-content item (Ink.Visible when an item cannot be matched: hiding is never guessed).
 * `starts` is `matchItems(itemKeys, ink.text)`.
 */
export function inkOfItems(itemKeys: readonly string[], ink: { text: string; kinds: Uint8Array }, starts = matchItems(itemKeys, ink.text)): Uint8Array {
  const out = new Uint8Array(itemKeys.length);
  const { kinds } = ink;
  for (let i = 0; i < itemKeys.length; i++) {
    const at = starts[i] as number;
    if (at < 0) continue;
    const len = (itemKeys[i] as string).length;
    let invisible = 0;
    let white = 0;
    for (let k = at; k < at + len; k++) {
      const v = kinds[k];
      if (v === Ink.Invisible) invisible++;
      else if (v === Ink.White) white++;
    }
    // The majority of the item's characters decide.
    if (invisible * 2 > len) out[i] = Ink.Invisible;
    else if ((invisible + white) * 2 > len) out[i] = Ink.White;
  }
  return out;
}

/** A printed soft hyphen that text content dropped, placed in an item. */
export interface LostHyphen {
  /** Index of the text-content item. */
  item: number;
  /** Offset in the item's key after which the hyphen stood (the key's length: at the item's end). */
  offset: number;
  /** `HyphenFlag` bits. */
  flags: number;
}

/**
 * Places each printed soft hyphen in the item it belongs to: inside an item, or at its end (a hyphen between
 * two items goes to the end of the first, as the hyphen follows the text it breaks). Hyphens in operator text
 * no item was matched to are dropped. `starts` is `matchItems(itemKeys, hyphens.text)`.
 */
export function hyphensOfItems(itemKeys: readonly string[], hyphens: OpHyphens, starts = matchItems(itemKeys, hyphens.text)): LostHyphen[] {
  const out: LostHyphen[] = [];
  const { at, flags } = hyphens;
  let h = 0;
  let prev = -1; // last matched item
  let prevEnd = -1;
  for (let i = 0; i < itemKeys.length && h < at.length; i++) {
    const start = starts[i] as number;
    if (start < 0) continue;
    const end = start + (itemKeys[i] as string).length;
    // Hyphens up to this item's start: at the end of the previous item, or lost in unmatched text.
    for (; h < at.length && (at[h] as number) <= start; h++) {
      if (at[h] === prevEnd) out.push({ item: prev, offset: prevEnd - (starts[prev] as number), flags: flags[h] as number });
    }
    for (; h < at.length && (at[h] as number) <= end; h++) out.push({ item: i, offset: (at[h] as number) - start, flags: flags[h] as number });
    prev = i;
    prevEnd = end;
  }
  for (; h < at.length; h++) {
    if (at[h] === prevEnd) out.push({ item: prev, offset: prevEnd - (starts[prev] as number), flags: flags[h] as number });
  }
  return out;
}

/**
 * Index in `str` just after the `offset`-th key character (`matchKey` drops whitespace and soft hyphens and
 * applies NFKC to non-ASCII), or -1 when no character boundary falls there.
 */
export function strIndexOfKeyOffset(str: string, offset: number): number {
  if (offset === 0) return 0;
  let k = 0;
  for (let i = 0; i < str.length; ) {
    const cp = str.codePointAt(i) as number;
    const n = cp > 0xffff ? 2 : 1;
    if (cp < 0x80) {
      if (!(cp === 0x20 || (cp >= 0x09 && cp <= 0x0d))) k++;
    } else k = matchKey(str.slice(0, i + n)).length; // NFKC may join a character with the one before
    i += n;
    if (k === offset) return i;
    if (k > offset) return -1;
  }
  return -1;
}

/** "P R I Y A R A M A N": one character, then a space, throughout (pdf.js spaces letter-spaced text so). */
export const isLetterSpaced = (s: string): boolean => {
  const t = s.trim();
  if (/^\S(?: \S){3,}$/.test(t)) return true;
  // ("J OAQ U Í N I B A R RO L A": kerning closed some of the gaps pdf.js reads as spaces)
  const tokens = t.split(' ');
  return tokens.length >= 5 && tokens.every((w) => w.length > 0 && w.length <= 3) && tokens.filter((w) => w.length === 1).length >= tokens.length * 0.6;
};

/**
 * The printed text of letter-spaced items, with their real word gaps. pdf.js puts one space after every
 * letter of text set with wide character spacing (Tc), so "PRIYA RAMAN" comes out as "P R I Y A R A M A N"
 * and the word gap is lost; the show-text glyphs still hold the real space. Returns, for each item text that
 * is letter-spaced, the glyph text whose letters are the same (by letters without spaces).
 */
export function letterSpacedTexts(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes, itemTexts: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  const spaced = itemTexts.filter(isLetterSpaced);
  if (!spaced.length) return out;
  // All the page's printed glyphs in drawing order; an item may span several show-text operators.
  let page = '';
  for (let i = 0; i < fnArray.length; i++) {
    if (!ops.text.has(fnArray[i] as number)) continue;
    const args = argsArray[i] as unknown[] | null;
    const glyphs = args && (args[args.length - 1] as unknown);
    if (Array.isArray(glyphs)) page += glyphText(glyphs);
  }
  let from = 0;
  for (const t of spaced) {
    const letters = [...t.replace(/\s+/g, '')];
    const re = new RegExp(letters.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');
    re.lastIndex = from;
    const m = re.exec(page) ?? ((re.lastIndex = 0), re.exec(page));
    if (!m) continue;
    from = m.index + m[0].length;
    const printed = m[0].replace(/\s+/g, ' ').trim();
    // Glyphs that are themselves letter-spaced ("S K I L L S" typed with spaces) tell nothing new.
    if (printed.includes(' ') && printed.split(' ').some((w) => [...w].length > 1)) out.set(t, printed);
  }
  return out;
}
