// A small PDF 1.7 writer for the project's own test fixtures. Plain ESM, no dependencies beyond node:crypto
// (MD5) and fflate (only used with `compress: true`).
//
// What it can draw:
// - text in the standard 14 fonts with WinAnsiEncoding and the fonts' real /Widths, so text extractors compute
//   the same item widths and positions as `textWidth()` here;
// - characters outside WinAnsi (ligatures U+FB01/FB02, private-use icon glyphs, soft hyphens U+00AD, ...)
//   through a variant of the same font with a /Differences encoding and a /ToUnicode CMap, so they extract as
//   those code points;
// - letter spacing (Tc), word spacing, per-character placement, invisible (Tr 3) and coloured text, spaces
//   written as TJ gaps instead of space glyphs (as TeX does);
// - rectangles and lines, a DeviceGray image XObject, link annotations;
// - the Standard security handler (RC4, 40-bit V1/R2 or 128-bit V2/R3) with a user password.
//
// Coordinates in the API have their origin at the TOP-LEFT of the page, y growing downwards, in points.
// For text, y is the top of the em box: the baseline sits at y + size. A pdf.js text item drawn with
// p.text(x, y, s, { size }) has transform[4] = x and transform[5] = pageHeight - y - size.
//
//   const doc = new PdfDoc({ width: 612, height: 792, title: 'Resume' });
//   const p = doc.page();
//   p.text(72, 72, 'Jane Doe', { font: 'Helvetica-Bold', size: 20 });
//   p.text(540, 100, 'Mar 2021 – Present', { align: 'right' });
//   p.link([72, 96, 200, 108], 'https://www.linkedin.com/in/jane-doe');
//   const bytes = doc.toBytes();
//
// Output is deterministic: the same calls give the same bytes (no dates; the file ID is a hash of the content).
import { createHash } from 'node:crypto';
import { zlibSync } from 'fflate';

/** Names of the fonts this writer knows, as written in /BaseFont. */
export const FONTS = [
  'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique', 'Helvetica-BoldOblique',
  'Times-Roman', 'Times-Bold', 'Times-Italic', 'Times-BoldItalic',
  'Courier', 'Courier-Bold', 'Courier-Oblique', 'Courier-BoldOblique',
];

// Advance widths (1/1000 em) of WinAnsiEncoding codes 32..255, from Adobe's AFM metrics of the base-14 fonts.
// The unused codes 127, 129, 141, 143, 144 and 157 carry the bullet's width. Oblique Helvetica has the
// same widths as upright Helvetica; the Courier family is 600 throughout.
const WIDTHS = {
  'Helvetica': [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 350,
    556, 350, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
  ],
  'Helvetica-Bold': [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 350,
    556, 350, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 350, 611, 350,
    350, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 350, 500, 667,
    278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
    400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
    556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
    611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
  ],
  'Times-Roman': [
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
    921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
    556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
    333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
    500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541, 350,
    500, 350, 333, 500, 444, 1000, 500, 500, 333, 1000, 556, 333, 889, 350, 611, 350,
    350, 333, 333, 444, 444, 350, 500, 1000, 333, 980, 389, 333, 722, 350, 444, 722,
    250, 333, 500, 500, 500, 500, 200, 500, 333, 760, 276, 500, 564, 333, 760, 333,
    400, 564, 300, 300, 333, 500, 453, 250, 333, 300, 310, 500, 750, 750, 750, 444,
    722, 722, 722, 722, 722, 722, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 722, 722, 722, 722, 722, 722, 564, 722, 722, 722, 722, 722, 722, 556, 500,
    444, 444, 444, 444, 444, 444, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 564, 500, 500, 500, 500, 500, 500, 500, 500,
  ],
  'Times-Bold': [
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778,
    611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500,
    333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
    556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520, 350,
    500, 350, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 1000, 350, 667, 350,
    350, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 350, 444, 722,
    250, 333, 500, 500, 500, 500, 220, 500, 333, 747, 300, 500, 570, 333, 747, 333,
    400, 570, 300, 300, 333, 556, 540, 250, 333, 300, 330, 500, 750, 750, 750, 500,
    722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 389, 389, 389, 389,
    722, 722, 778, 778, 778, 778, 778, 570, 778, 722, 722, 722, 722, 722, 611, 556,
    500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 500, 556, 500,
  ],
  'Times-Italic': [
    250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500,
    920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722,
    611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500,
    333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500,
    500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541, 350,
    500, 350, 333, 500, 556, 889, 500, 500, 333, 1000, 500, 333, 944, 350, 556, 350,
    350, 333, 333, 556, 556, 350, 500, 889, 333, 980, 389, 333, 667, 350, 389, 556,
    250, 389, 500, 500, 500, 500, 275, 500, 333, 760, 276, 500, 675, 333, 760, 333,
    400, 675, 300, 300, 333, 500, 523, 250, 333, 300, 310, 500, 750, 750, 750, 500,
    611, 611, 611, 611, 611, 611, 889, 667, 611, 611, 611, 611, 333, 333, 333, 333,
    722, 667, 722, 722, 722, 722, 722, 675, 722, 722, 722, 722, 722, 556, 611, 500,
    500, 500, 500, 500, 500, 500, 667, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 500, 500, 500, 500, 500, 500, 675, 500, 500, 500, 500, 500, 444, 500, 444,
  ],
  'Times-BoldItalic': [
    250, 389, 555, 500, 500, 833, 778, 278, 333, 333, 500, 570, 250, 333, 250, 278,
    500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500,
    832, 667, 667, 667, 722, 667, 667, 722, 778, 389, 500, 667, 611, 889, 722, 722,
    611, 722, 667, 556, 611, 722, 667, 889, 667, 611, 611, 333, 278, 333, 570, 500,
    333, 500, 500, 444, 500, 444, 333, 500, 556, 278, 278, 500, 278, 778, 556, 500,
    500, 500, 389, 389, 278, 556, 444, 667, 500, 444, 389, 348, 220, 348, 570, 350,
    500, 350, 333, 500, 500, 1000, 500, 500, 333, 1000, 556, 333, 944, 350, 611, 350,
    350, 333, 333, 500, 500, 350, 500, 1000, 333, 1000, 389, 333, 722, 350, 389, 611,
    250, 389, 500, 500, 500, 500, 220, 500, 333, 747, 266, 500, 606, 333, 747, 333,
    400, 570, 300, 300, 333, 576, 500, 250, 333, 300, 300, 500, 750, 750, 750, 500,
    667, 667, 667, 667, 667, 667, 944, 667, 667, 667, 667, 667, 389, 389, 389, 389,
    722, 722, 722, 722, 722, 722, 722, 570, 722, 722, 722, 722, 722, 611, 611, 500,
    500, 500, 500, 500, 500, 500, 722, 444, 444, 444, 444, 444, 278, 278, 278, 278,
    500, 556, 500, 500, 500, 500, 500, 570, 500, 556, 556, 556, 556, 444, 500, 444,
  ],
};

/** Widths of glyphs outside WinAnsi that the variant fonts draw: fi, fl, minus. */
const EXTRA_WIDTHS = {
  'Helvetica': { fi: 500, fl: 500, minus: 584 },
  'Helvetica-Bold': { fi: 611, fl: 611, minus: 584 },
  'Times-Roman': { fi: 556, fl: 556, minus: 564 },
  'Times-Bold': { fi: 556, fl: 556, minus: 570 },
  'Times-Italic': { fi: 500, fl: 500, minus: 675 },
  'Times-BoldItalic': { fi: 556, fl: 556, minus: 606 },
};

/** Font descriptor facts: flags, bounding box, italic angle, ascent, descent, cap height, stem. */
const DESCRIPTORS = {
  'Helvetica': [32, [-166, -225, 1000, 931], 0, 718, -207, 718, 88],
  'Helvetica-Bold': [32, [-170, -228, 1003, 962], 0, 718, -207, 718, 140],
  'Helvetica-Oblique': [96, [-170, -225, 1116, 931], -12, 718, -207, 718, 88],
  'Helvetica-BoldOblique': [96, [-174, -228, 1114, 962], -12, 718, -207, 718, 140],
  'Times-Roman': [34, [-168, -218, 1000, 898], 0, 683, -217, 662, 84],
  'Times-Bold': [34, [-168, -218, 1000, 935], 0, 683, -217, 676, 139],
  'Times-Italic': [98, [-169, -217, 1010, 883], -15.5, 683, -217, 653, 76],
  'Times-BoldItalic': [98, [-200, -218, 996, 921], -15, 683, -217, 669, 121],
  'Courier': [33, [-23, -250, 715, 805], 0, 629, -157, 562, 51],
  'Courier-Bold': [33, [-113, -250, 749, 801], 0, 629, -157, 562, 106],
  'Courier-Oblique': [97, [-27, -250, 849, 805], -12, 629, -157, 562, 51],
  'Courier-BoldOblique': [97, [-57, -250, 869, 801], -12, 629, -157, 562, 106],
};

/** The metrics family of a font: which WIDTHS row it uses. */
function metricsOf(font) {
  if (!FONTS.includes(font)) throw new Error(`pdf-writer: unknown font ${font} (use one of ${FONTS.join(', ')})`);
  if (font.startsWith('Courier')) return 'Courier';
  if (font === 'Helvetica-Oblique') return 'Helvetica';
  if (font === 'Helvetica-BoldOblique') return 'Helvetica-Bold';
  return font;
}

// WinAnsiEncoding (Windows-1252 as PDF defines it). Codes 32..126 and 160..255 are their own code points.
const WIN_ANSI_HIGH = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d,
  0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014,
  0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};
/** Code point -> WinAnsi code. */
const TO_WIN_ANSI = new Map();
/** WinAnsi code -> code point (only defined codes). */
const FROM_WIN_ANSI = new Map();
for (let c = 32; c < 256; c++) {
  const u = c < 127 || c >= 160 ? c : WIN_ANSI_HIGH[c];
  if (u === undefined) continue;
  TO_WIN_ANSI.set(u, c);
  FROM_WIN_ANSI.set(c, u);
}
// A text extractor reads WinAnsi 0xAD through its glyph name "hyphen" as U+002D, so a soft hyphen goes through
// the variant font, whose ToUnicode says U+00AD.
TO_WIN_ANSI.delete(0xad);

/** Codes a variant font can give to characters outside WinAnsi: control codes and WinAnsi's unused codes. */
const FREE_CODES = [...Array.from({ length: 31 }, (_, i) => i + 1), 0x7f, 0x81, 0x8d, 0x8f, 0x90, 0x9d];

/** Glyph name and width of a character outside WinAnsi, drawn by the variant of `font`. */
function specialGlyph(cp, font) {
  const m = metricsOf(font);
  const w = (code) => charWidth(code, m);
  const extra = EXTRA_WIDTHS[m] ?? { fi: 600, fl: 600, minus: 600 };
  switch (cp) {
    case 0xfb00: return { glyph: 'ff', width: 2 * w(0x66) };
    case 0xfb01: return { glyph: 'fi', width: extra.fi };
    case 0xfb02: return { glyph: 'fl', width: extra.fl };
    case 0xfb03: return { glyph: 'ffi', width: w(0x66) + extra.fi };
    case 0xfb04: return { glyph: 'ffl', width: w(0x66) + extra.fl };
    case 0x2212: return { glyph: 'minus', width: extra.minus };
    case 0xf0b7: return { glyph: 'bullet', width: w(0x95) }; // Word's Symbol-font bullet
    case 0xf0a7: return { glyph: 'section', width: w(0xa7) }; // Word's Wingdings square bullet, shown as §
    default: {
      // Supplementary Private Use Area-B: a glyph with a name no text extractor knows and no ToUnicode entry (as a
      // font subset's ligature glyph is): it extracts as nothing unless an ActualText says what it reads.
      if (cp >= 0x100000) return { glyph: `lig${cp.toString(16)}x`, width: 1000 };
      const hex = cp.toString(16).toUpperCase().padStart(4, '0');
      const glyph = cp > 0xffff ? `u${hex}` : `uni${hex}`;
      // Icon fonts draw square glyphs; other characters get an average width.
      const privateUse = (cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000;
      return { glyph, width: m === 'Courier' ? 600 : privateUse ? 1000 : 556 };
    }
  }
}

function charWidth(code, metrics) {
  if (metrics === 'Courier') return 600;
  return WIDTHS[metrics][code - 32] ?? 0;
}

/** Width of one code point in 1/1000 em. */
function glyphWidth(cp, font) {
  const code = TO_WIN_ANSI.get(cp);
  if (cp === 0xad) return charWidth(0x2d, metricsOf(font));
  if (code !== undefined) return charWidth(code, metricsOf(font));
  return specialGlyph(cp, font).width;
}

/**
 * Width of `str` set in `font` at `size` points, as a PDF viewer advances it: glyph widths, plus
 * `charSpacing` after every character and `wordSpacing` after every space (when given).
 */
export function textWidth(str, font = 'Helvetica', size = 11, { charSpacing = 0, wordSpacing = 0 } = {}) {
  let units = 0;
  let n = 0;
  let spaces = 0;
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    units += glyphWidth(cp, font);
    n++;
    if (cp === 0x20) spaces++;
  }
  return (units / 1000) * size + n * charSpacing + spaces * wordSpacing;
}

/**
 * Breaks `str` into lines no wider than `maxWidth` at spaces (a word longer than the line stays whole).
 * `firstWidth` may give a different width for the first line.
 */
export function wrapText(str, font, size, maxWidth, firstWidth = maxWidth) {
  const words = str.split(/ +/).filter(Boolean);
  const lines = [];
  let cur = '';
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    const limit = lines.length === 0 ? firstWidth : maxWidth;
    if (cur && textWidth(next, font, size) > limit) {
      lines.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) lines.push(cur);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------
// PDF objects

class Name {
  constructor(name) { this.name = name; }
}
class Ref {
  constructor(num) { this.num = num; }
}
/** A string object; `bytes` is a Uint8Array. */
class Str {
  constructor(bytes) { this.bytes = bytes; }
}
class Stream {
  constructor(dict, data) { this.dict = dict; this.data = data; }
}
const N = (name) => new Name(name);
const R = (num) => new Ref(num);

const latin1 = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const utf8 = (s) => new TextEncoder().encode(s);

/** A text string: plain bytes when ASCII, otherwise UTF-16BE with a byte-order mark. */
function textString(s) {
  if (/^[\x20-\x7e]*$/.test(s)) return new Str(latin1(s));
  const out = [0xfe, 0xff];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(u >> 8, u & 0xff);
  }
  return new Str(Uint8Array.from(out));
}

function num(n) {
  if (!Number.isFinite(n)) throw new Error(`pdf-writer: not a number: ${n}`);
  if (Number.isInteger(n)) return String(n);
  let s = n.toFixed(3).replace(/0+$/, '').replace(/\.$/, '');
  if (s === '-0') s = '0';
  return s;
}

const hex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

/** A literal string for a content stream or an unencrypted object: ASCII, with ( ) \ and other bytes escaped. */
function literal(bytes) {
  let s = '(';
  for (const b of bytes) {
    if (b === 0x28 || b === 0x29 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
    else if (b < 0x20 || b > 0x7e) s += `\\${b.toString(8).padStart(3, '0')}`;
    else s += String.fromCharCode(b);
  }
  return `${s})`;
}

/** Serialises a value; strings are encrypted with `crypt` when given. */
function serialize(v, crypt) {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return num(v);
  if (v instanceof Name) return `/${v.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (v instanceof Ref) return `${v.num} 0 R`;
  if (v instanceof Str) return crypt ? `<${hex(crypt(v.bytes))}>` : literal(v.bytes);
  if (Array.isArray(v)) return `[${v.map((x) => serialize(x, crypt)).join(' ')}]`;
  if (typeof v === 'object') {
    const parts = Object.entries(v)
      .filter(([, x]) => x !== undefined)
      .map(([k, x]) => `/${k} ${serialize(x, crypt)}`);
    return `<<${parts.join(' ')}>>`;
  }
  throw new Error(`pdf-writer: cannot serialise ${typeof v}`);
}

function concat(chunks) {
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Encryption: the Standard security handler (ISO 32000-1, 7.6.3), RC4.

/** RC4 of `data` under `key`. */
export function rc4(key, data) {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = new Uint8Array(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

const md5 = (...parts) => new Uint8Array(createHash('md5').update(concat(parts)).digest());

const PASSWORD_PAD = Uint8Array.from([
  0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
  0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
]);

function padPassword(pw) {
  const b = latin1(pw).subarray(0, 32);
  return concat([b, PASSWORD_PAD.subarray(0, 32 - b.length)]);
}

/** Encryption dictionary values and the file key for a user/owner password pair (R2: 40-bit, R3: 128-bit). */
function standardSecurity({ userPassword = '', ownerPassword, bits = 128, permissions = -4 }, fileId) {
  const r3 = bits > 40;
  const n = r3 ? 16 : 5;
  const user = padPassword(userPassword);
  // Algorithm 3: the O entry.
  let ownerKey = md5(padPassword(ownerPassword || userPassword));
  if (r3) for (let i = 0; i < 50; i++) ownerKey = md5(ownerKey.subarray(0, n));
  ownerKey = ownerKey.subarray(0, n);
  let O = rc4(ownerKey, user);
  if (r3) for (let i = 1; i <= 19; i++) O = rc4(ownerKey.map((b) => b ^ i), O);
  // Algorithm 2: the file key.
  const p = new Uint8Array(4);
  new DataView(p.buffer).setInt32(0, permissions, true);
  let key = md5(user, O, p, fileId);
  if (r3) for (let i = 0; i < 50; i++) key = md5(key.subarray(0, n));
  key = key.subarray(0, n);
  // Algorithms 4 and 5: the U entry.
  let U;
  if (r3) {
    U = rc4(key, md5(PASSWORD_PAD, fileId));
    for (let i = 1; i <= 19; i++) U = rc4(key.map((b) => b ^ i), U);
    U = concat([U, PASSWORD_PAD.subarray(0, 16)]);
  } else U = rc4(key, PASSWORD_PAD);
  const dict = {
    Filter: N('Standard'),
    V: r3 ? 2 : 1,
    R: r3 ? 3 : 2,
    Length: r3 ? 128 : 40,
    O: new Str(O),
    U: new Str(U),
    P: permissions,
  };
  // Algorithm 1: the key of one object.
  const objectCrypt = (objNum) => {
    const k = md5(key, Uint8Array.of(objNum & 0xff, (objNum >> 8) & 0xff, (objNum >> 16) & 0xff, 0, 0));
    const objKey = k.subarray(0, Math.min(n + 5, 16));
    return (bytes) => rc4(objKey, bytes);
  };
  return { dict, objectCrypt };
}

// ---------------------------------------------------------------------------------------------------------
// Pages

function colorOp(c, stroke = false) {
  if (c === undefined || c === null) c = 0;
  if (typeof c === 'number') return `${num(c)} ${stroke ? 'G' : 'g'}`;
  if (c.length === 1) return `${num(c[0])} ${stroke ? 'G' : 'g'}`;
  return `${c.map(num).join(' ')} ${stroke ? 'RG' : 'rg'}`;
}

/** One page. Create with doc.page(). */
export class PdfPage {
  constructor(doc, width, height) {
    this.doc = doc;
    this.width = width;
    this.height = height;
    this.ops = [];
    this.fonts = new Set(); // resource keys used
    this.images = [];
    this.links = [];
    /** Every text drawn, for callers that need to know what is on the page: { x, y, str, font, size, hidden }. */
    this.drawn = [];
    this.state = { font: '', size: 0, tc: 0, tw: 0, tr: 0, tz: 100, fill: '0 g' };
  }

  /** Baseline y in PDF space for a text whose em box top is at `y` (top-left space). */
  baseline(y, size) {
    return this.height - y - size;
  }

  setState(fontKey, size, { charSpacing = 0, wordSpacing = 0, renderMode = 0, hScale = 100, color = 0 }) {
    const st = this.state;
    const out = [];
    const fill = colorOp(color);
    if (fill !== st.fill) out.push(fill);
    if (fontKey !== st.font || size !== st.size) out.push(`/${fontKey} ${num(size)} Tf`);
    if (charSpacing !== st.tc) out.push(`${num(charSpacing)} Tc`);
    if (wordSpacing !== st.tw) out.push(`${num(wordSpacing)} Tw`);
    if (renderMode !== st.tr) out.push(`${renderMode} Tr`);
    if (hScale !== st.tz) out.push(`${num(hScale)} Tz`);
    Object.assign(st, { font: fontKey, size, tc: charSpacing, tw: wordSpacing, tr: renderMode, tz: hScale, fill });
    this.fonts.add(fontKey);
    return out;
  }

  /**
   * Draws `str` with the top of its em box at (x, y). Options:
   * - font (default Helvetica), size (11), color (gray 0..1 or [r, g, b]; default black);
   * - charSpacing (Tc, points after every glyph), wordSpacing (Tw), hScale (Tz, percent);
   * - renderMode: 0 fill, 3 invisible (still extracted), ...;
   * - align: 'left' (x is the left edge), 'right' (x is the right edge) or 'center';
   * - perChar: true places every character with its own text matrix (charSpacing becomes the gap);
   * - spaces: 'gap' writes spaces as TJ offsets instead of space glyphs (as TeX does);
   * - link: a URL; adds a link annotation over the text;
   * - baseline: true takes y as the baseline instead of the top of the em box (to line up mixed sizes);
   * - actualText: what the glyphs read as, written around them as `/Span <</ActualText …>> BDC … EMC` (code
   *   points from U+100000 draw glyphs that extract as nothing without it).
   * Returns { x, y, width, right }: where the text was drawn and its advance width.
   */
  text(x, y, str, opts = {}) {
    const { font = 'Helvetica', size = 11, charSpacing = 0, align = 'left', perChar = false, spaces = 'glyph', link } = opts;
    if (opts.baseline) y -= size;
    const hScale = opts.hScale ?? 100;
    let width = textWidth(str, font, size, { charSpacing, wordSpacing: opts.wordSpacing ?? 0 }) * (hScale / 100);
    // The visible extent ends before the last character's spacing.
    const visible = width - (str.length > 0 ? charSpacing * (hScale / 100) : 0);
    if (align === 'right') x -= visible;
    else if (align === 'center') x -= visible / 2;
    const { key, codes } = this.doc.encode(str, font);
    const ops = ['BT', ...this.setState(key, size, { ...opts, charSpacing, hScale, wordSpacing: opts.wordSpacing ?? 0 })];
    // (as Chromium writes a ligature: the glyphs in a marked-content span that says what they read)
    if (opts.actualText !== undefined) ops.push(`/Span <</ActualText ${serialize(textString(opts.actualText))}>> BDC`);
    const by = this.baseline(y, size);
    const chars = Array.from(str);
    if (perChar) {
      let cx = x;
      chars.forEach((ch, i) => {
        ops.push(`1 0 0 1 ${num(cx)} ${num(by)} Tm`, `${literal(Uint8Array.of(codes[i]))} Tj`);
        cx += (glyphWidth(ch.codePointAt(0), font) / 1000) * size * (hScale / 100) + charSpacing * (hScale / 100);
      });
    } else if (spaces === 'gap') {
      // [(Senior) -278 (Engineer)] TJ: no space glyph, the gap alone separates the words.
      const parts = [];
      let run = [];
      chars.forEach((ch, i) => {
        if (ch === ' ') {
          if (run.length) parts.push(literal(Uint8Array.from(run)));
          parts.push(num(-glyphWidth(0x20, font)));
          run = [];
        } else run.push(codes[i]);
      });
      if (run.length) parts.push(literal(Uint8Array.from(run)));
      ops.push(`1 0 0 1 ${num(x)} ${num(by)} Tm`, `[${parts.join(' ')}] TJ`);
      // Tc is not applied to a gap, so a letter-spaced string with gaps is narrower by one Tc per space.
      width -= chars.filter((c) => c === ' ').length * charSpacing * (hScale / 100);
    } else {
      ops.push(`1 0 0 1 ${num(x)} ${num(by)} Tm`, `${literal(Uint8Array.from(codes))} Tj`);
    }
    if (opts.actualText !== undefined) ops.push('EMC');
    ops.push('ET');
    this.ops.push(ops.join('\n'));
    const white = Array.isArray(opts.color) ? opts.color.every((c) => c >= 0.99) : opts.color >= 0.99;
    this.drawn.push({ x, y, str, font, size, hidden: (opts.renderMode ?? 0) === 3 || white });
    if (link) this.link([x, y, x + visible, y + size * 1.2], link);
    return { x, y, width, right: x + visible };
  }

  /** Draws runs of different styles one after the other on one line, from x. Returns the end x. */
  runs(x, y, runs, common = {}) {
    let cx = x;
    for (const r of typeof runs === 'string' ? [runs] : runs) {
      const run = typeof r === 'string' ? { text: r } : r;
      const { text, ...opts } = run;
      cx += this.text(cx, y, text, { ...common, ...opts, align: 'left' }).width;
    }
    return cx;
  }

  /** A rectangle with its top-left corner at (x, y). Options: fill, stroke (colours), lineWidth. */
  rect(x, y, w, h, { fill, stroke, lineWidth = 1 } = {}) {
    const ops = ['q'];
    if (fill !== undefined) ops.push(colorOp(fill));
    if (stroke !== undefined) ops.push(colorOp(stroke, true), `${num(lineWidth)} w`);
    ops.push(`${num(x)} ${num(this.height - y - h)} ${num(w)} ${num(h)} re`);
    ops.push(fill !== undefined && stroke !== undefined ? 'B' : fill !== undefined ? 'f' : 'S', 'Q');
    this.ops.push(ops.join('\n'));
    return this;
  }

  /** A straight line. Options: width (default 0.5), color. */
  line(x1, y1, x2, y2, { width = 0.5, color = 0 } = {}) {
    this.ops.push(['q', colorOp(color, true), `${num(width)} w`, `${num(x1)} ${num(this.height - y1)} m`, `${num(x2)} ${num(this.height - y2)} l`, 'S', 'Q'].join('\n'));
    return this;
  }

  /**
   * Paints a DeviceGray image with its top-left corner at (x, y), scaled to w × h points. `image` is
   * { cols, rows, pixels } (8-bit grey, row by row); the default is an 8 × 8 grey texture.
   */
  image(x, y, w, h, image) {
    const img = image ?? defaultImage();
    if (img.pixels.length !== img.cols * img.rows) throw new Error('pdf-writer: image pixels do not match cols × rows');
    const key = `Im${this.doc.images.length + 1}`;
    this.doc.images.push(img);
    this.images.push({ key, index: this.doc.images.length - 1 });
    this.ops.push(['q', `${num(w)} 0 0 ${num(h)} ${num(x)} ${num(this.height - y - h)} cm`, `/${key} Do`, 'Q'].join('\n'));
    return this;
  }

  /** A link annotation over `box` ([x0, y0, x1, y1], top-left origin) opening `url`. */
  link(box, url) {
    this.links.push({ box, url });
    return this;
  }

  /** Appends raw content-stream operators (PDF coordinates). */
  raw(ops) {
    this.ops.push(ops);
    return this;
  }
}

function defaultImage() {
  const pixels = new Uint8Array(64);
  for (let r = 0; r < 8; r++) for (let c = 0; c < 8; c++) pixels[r * 8 + c] = 160 + ((r * 7 + c * 13) % 5) * 16;
  return { cols: 8, rows: 8, pixels };
}

// ---------------------------------------------------------------------------------------------------------
// The document

export class PdfDoc {
  /**
   * Options: width, height (points, default US Letter), title, author, subject, keywords, creator,
   * producer (default "passthebot fixtures"), compress (FlateDecode the page contents; needs fflate),
   * encrypt: { userPassword, ownerPassword, bits: 128 | 40 }.
   */
  constructor(opts = {}) {
    this.opts = opts;
    this.width = opts.width ?? 612;
    this.height = opts.height ?? 792;
    this.pages = [];
    this.images = [];
    /** Characters outside WinAnsi in use, in order of first use: code point -> code in the variant fonts. */
    this.specials = new Map();
  }

  /** Adds a page (default size: the document's) and returns it. */
  page({ width = this.width, height = this.height } = {}) {
    const p = new PdfPage(this, width, height);
    this.pages.push(p);
    return p;
  }

  /**
   * Encodes `str` for `font`: WinAnsi bytes with the plain font when every character is in WinAnsi, else
   * the font's variant, where the other characters get codes of their own.
   */
  encode(str, font) {
    metricsOf(font);
    const cps = Array.from(str, (c) => c.codePointAt(0));
    if (cps.every((cp) => TO_WIN_ANSI.has(cp))) return { key: fontKey(font, false), codes: cps.map((cp) => TO_WIN_ANSI.get(cp)) };
    const codes = cps.map((cp) => {
      if (cp === 0xad) return 0xad;
      const c = TO_WIN_ANSI.get(cp);
      if (c !== undefined) return c;
      if (!this.specials.has(cp)) {
        if (this.specials.size >= FREE_CODES.length) throw new Error('pdf-writer: too many characters outside WinAnsi');
        this.specials.set(cp, FREE_CODES[this.specials.size]);
      }
      return this.specials.get(cp);
    });
    return { key: fontKey(font, true), codes };
  }

  /** The finished file. */
  toBytes() {
    const { opts } = this;
    // Object numbers: catalog, pages, then every page with its contents and annotations, fonts, images, info.
    let next = 1;
    const catalogNum = next++;
    const pagesNum = next++;
    const usedFonts = [...new Set(this.pages.flatMap((p) => [...p.fonts]))].sort();
    const pageNums = this.pages.map((p) => ({ page: next++, contents: next++, annots: p.links.map(() => next++) }));
    const fontNums = new Map();
    const descriptorNums = new Map();
    for (const key of usedFonts) {
      const { font, variant } = parseFontKey(key);
      fontNums.set(key, { font: next++, toUnicode: variant ? next++ : 0 });
      if (!descriptorNums.has(font)) descriptorNums.set(font, next++);
    }
    const imageNums = this.images.map(() => next++);
    const infoNum = next++;
    const encryptNum = opts.encrypt ? next++ : 0;

    const objects = new Map(); // num -> value (plain value or Stream)
    objects.set(catalogNum, { Type: N('Catalog'), Pages: R(pagesNum) });
    objects.set(pagesNum, { Type: N('Pages'), Kids: pageNums.map((n) => R(n.page)), Count: this.pages.length });
    this.pages.forEach((p, i) => {
      const nums = pageNums[i];
      const fonts = {};
      for (const key of [...p.fonts].sort()) fonts[key] = R(fontNums.get(key).font);
      const resources = { Font: p.fonts.size ? fonts : undefined };
      if (p.images.length) {
        resources.XObject = {};
        for (const im of p.images) resources.XObject[im.key] = R(imageNums[im.index]);
      }
      resources.ProcSet = [N('PDF'), N('Text'), ...(p.images.length ? [N('ImageB')] : [])];
      objects.set(nums.page, {
        Type: N('Page'),
        Parent: R(pagesNum),
        MediaBox: [0, 0, p.width, p.height],
        Resources: resources,
        Contents: R(nums.contents),
        Annots: nums.annots.length ? nums.annots.map(R) : undefined,
      });
      let data = latin1(p.ops.join('\n') + '\n');
      const dict = {};
      if (opts.compress) {
        data = zlibSync(data, { level: 9 });
        dict.Filter = N('FlateDecode');
      }
      objects.set(nums.contents, new Stream(dict, data));
      p.links.forEach((l, j) => {
        const [x0, y0, x1, y1] = l.box;
        objects.set(nums.annots[j], {
          Type: N('Annot'),
          Subtype: N('Link'),
          Rect: [x0, p.height - y1, x1, p.height - y0].map((v) => Math.round(v * 100) / 100),
          Border: [0, 0, 0],
          A: { Type: N('Action'), S: N('URI'), URI: new Str(latin1(l.url)) },
        });
      });
    });
    for (const key of usedFonts) {
      const { font, variant } = parseFontKey(key);
      const m = metricsOf(font);
      const nums = fontNums.get(key);
      const first = variant ? 1 : 32;
      const widths = [];
      for (let c = first; c < 256; c++) widths.push(c >= 32 ? charWidth(c, m) : 0);
      const dict = { Type: N('Font'), Subtype: N('Type1'), BaseFont: N(font) };
      if (variant) {
        const differences = [];
        for (const [cp, code] of [...this.specials].sort((a, b) => a[1] - b[1])) {
          const g = specialGlyph(cp, font);
          differences.push(code, N(g.glyph));
          widths[code - first] = g.width;
        }
        widths[0xad - first] = charWidth(0x2d, m);
        dict.Encoding = { Type: N('Encoding'), BaseEncoding: N('WinAnsiEncoding'), Differences: differences };
      } else dict.Encoding = N('WinAnsiEncoding');
      Object.assign(dict, { FirstChar: first, LastChar: 255, Widths: widths, FontDescriptor: R(descriptorNums.get(font)) });
      if (variant) {
        dict.ToUnicode = R(nums.toUnicode);
        objects.set(nums.toUnicode, new Stream({}, latin1(toUnicodeCMap(this.specials))));
      }
      objects.set(nums.font, dict);
    }
    for (const [font, n] of descriptorNums) {
      const [flags, bbox, italicAngle, ascent, descent, capHeight, stemV] = DESCRIPTORS[font];
      objects.set(n, {
        Type: N('FontDescriptor'), FontName: N(font), Flags: flags, FontBBox: bbox, ItalicAngle: italicAngle,
        Ascent: ascent, Descent: descent, CapHeight: capHeight, StemV: stemV,
      });
    }
    this.images.forEach((img, i) => {
      objects.set(imageNums[i], new Stream({
        Type: N('XObject'), Subtype: N('Image'), Width: img.cols, Height: img.rows, ColorSpace: N('DeviceGray'), BitsPerComponent: 8,
      }, img.pixels));
    });
    const info = { Title: opts.title, Author: opts.author, Subject: opts.subject, Keywords: opts.keywords, Creator: opts.creator, Producer: opts.producer ?? 'passthebot fixtures' };
    for (const k of Object.keys(info)) info[k] = info[k] === undefined ? undefined : textString(info[k]);
    objects.set(infoNum, info);

    // A file ID that depends only on the content, so the output is reproducible.
    const idSource = [JSON.stringify(opts, (k, v) => (k === 'encrypt' ? undefined : v)), ...this.pages.map((p) => p.ops.join('\n') + JSON.stringify(p.links))];
    const fileId = md5(utf8(idSource.join('\u0000')));
    let security = null;
    if (opts.encrypt) {
      security = standardSecurity(opts.encrypt, fileId);
      objects.set(encryptNum, security.dict);
    }

    const chunks = [latin1('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')];
    let offset = chunks[0].length;
    const offsets = [];
    for (let n = 1; n < next; n++) {
      const v = objects.get(n);
      const crypt = security && n !== encryptNum ? security.objectCrypt(n) : null;
      let bytes;
      if (v instanceof Stream) {
        const data = crypt ? crypt(v.data) : v.data;
        bytes = concat([latin1(`${n} 0 obj\n${serialize({ ...v.dict, Length: data.length }, crypt)}\nstream\n`), data, latin1('\nendstream\nendobj\n')]);
      } else bytes = latin1(`${n} 0 obj\n${serialize(v, crypt)}\nendobj\n`);
      offsets[n] = offset;
      chunks.push(bytes);
      offset += bytes.length;
    }
    const xrefAt = offset;
    let xref = `xref\n0 ${next}\n0000000000 65535 f \n`;
    for (let n = 1; n < next; n++) xref += `${String(offsets[n]).padStart(10, '0')} 00000 n \n`;
    const id = new Str(fileId);
    const trailer = { Size: next, Root: R(catalogNum), Info: R(infoNum), Encrypt: security ? R(encryptNum) : undefined, ID: [id, id] };
    xref += `trailer\n${serialize(trailer, null)}\nstartxref\n${xrefAt}\n%%EOF\n`;
    chunks.push(latin1(xref));
    return concat(chunks);
  }
}

// Resource keys: F<n> for a plain font, FU<n> for its variant with the extra characters.
function fontKey(font, variant) {
  return `${variant ? 'FU' : 'F'}${FONTS.indexOf(font) + 1}`;
}
function parseFontKey(key) {
  const m = /^(FU|F)(\d+)$/.exec(key);
  return { font: FONTS[Number(m[2]) - 1], variant: m[1] === 'FU' };
}

/** A ToUnicode CMap for the variant fonts: WinAnsi, 0xAD as a soft hyphen, and the extra characters. */
function toUnicodeCMap(specials) {
  const utf16 = (cp) => hex(Array.from(String.fromCodePoint(cp)).flatMap((c) => {
    const out = [];
    for (let i = 0; i < c.length; i++) out.push(c.charCodeAt(i) >> 8, c.charCodeAt(i) & 0xff);
    return out;
  }));
  const code = (c) => c.toString(16).toUpperCase().padStart(2, '0');
  const chars = [];
  for (const [c, u] of [...FROM_WIN_ANSI].filter(([c]) => c >= 0x80 && c < 0xa0)) chars.push([c, u]);
  chars.push([0xad, 0xad]);
  for (const [cp, c] of specials) if (cp < 0x100000) chars.push([c, cp]);
  chars.sort((a, b) => a[0] - b[0]);
  const lines = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<00> <FF>',
    'endcodespacerange',
  ];
  for (let i = 0; i < chars.length; i += 100) {
    const block = chars.slice(i, i + 100);
    lines.push(`${block.length} beginbfchar`, ...block.map(([c, u]) => `<${code(c)}> <${utf16(u)}>`), 'endbfchar');
  }
  lines.push('3 beginbfrange', '<20> <7E> <0020>', '<A0> <AC> <00A0>', '<AE> <FF> <00AE>', 'endbfrange');
  lines.push('endcmap', 'CMapName currentdict /CMap defineresource pop', 'end', 'end');
  return lines.join('\n') + '\n';
}
