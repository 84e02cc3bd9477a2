// Types for pdf-writer.mjs (used by the TypeScript tests). Coordinates: points, origin at the top-left.

export type FontName =
  | 'Helvetica' | 'Helvetica-Bold' | 'Helvetica-Oblique' | 'Helvetica-BoldOblique'
  | 'Times-Roman' | 'Times-Bold' | 'Times-Italic' | 'Times-BoldItalic'
  | 'Courier' | 'Courier-Bold' | 'Courier-Oblique' | 'Courier-BoldOblique';

export const FONTS: FontName[];

/** Gray level 0..1 or [r, g, b] in 0..1. */
export type Color = number | [number, number, number];

export interface TextOptions {
  font?: FontName;
  /** Points; default 11. */
  size?: number;
  color?: Color;
  /** Tc: points added after every glyph. */
  charSpacing?: number;
  /** Tw: points added after every space. */
  wordSpacing?: number;
  /** Tz: horizontal scaling in percent. */
  hScale?: number;
  /** Tr: 0 fill, 3 invisible. */
  renderMode?: number;
  /** Where x is: the left edge (default), the right edge or the centre. */
  align?: 'left' | 'right' | 'center';
  /** One text matrix per character. */
  perChar?: boolean;
  /** 'gap': spaces as TJ offsets, no space glyphs (as TeX writes). */
  spaces?: 'glyph' | 'gap';
  /** Adds a link annotation over the text. */
  link?: string;
  /** Take y as the baseline instead of the top of the em box. */
  baseline?: boolean;
  /** What the glyphs read as, written around them as a /Span with an /ActualText. */
  actualText?: string;
}

export interface DrawnText {
  x: number;
  y: number;
  str: string;
  font: FontName;
  size: number;
  hidden: boolean;
}

export interface GrayImage {
  cols: number;
  rows: number;
  /** 8-bit grey, row by row. */
  pixels: Uint8Array;
}

export class PdfPage {
  readonly width: number;
  readonly height: number;
  readonly drawn: DrawnText[];
  readonly links: { box: [number, number, number, number]; url: string }[];
  /** Draws text with the top of its em box at y (baseline at y + size). */
  text(x: number, y: number, str: string, opts?: TextOptions): { x: number; y: number; width: number; right: number };
  /** Runs of different styles one after the other; returns the end x. */
  runs(x: number, y: number, runs: string | (string | (TextOptions & { text: string }))[], common?: TextOptions): number;
  rect(x: number, y: number, w: number, h: number, opts?: { fill?: Color; stroke?: Color; lineWidth?: number }): this;
  line(x1: number, y1: number, x2: number, y2: number, opts?: { width?: number; color?: Color }): this;
  /** A DeviceGray image with its top-left corner at (x, y), scaled to w × h; default an 8 × 8 grey texture. */
  image(x: number, y: number, w: number, h: number, image?: GrayImage): this;
  /** A /Link annotation with a /URI action over [x0, y0, x1, y1]. */
  link(box: [number, number, number, number], url: string): this;
  /** Raw content-stream operators, in PDF coordinates. */
  raw(ops: string): this;
}

export interface PdfDocOptions {
  /** Points; default 612 × 792 (US Letter). */
  width?: number;
  height?: number;
  title?: string;
  author?: string;
  subject?: string;
  keywords?: string;
  creator?: string;
  /** Default "passthebot fixtures". */
  producer?: string;
  /** FlateDecode the page contents (fflate). */
  compress?: boolean;
  /** Standard security handler, RC4: 128-bit V2/R3 (default) or 40-bit V1/R2. */
  encrypt?: { userPassword?: string; ownerPassword?: string; bits?: 40 | 128; permissions?: number };
}

export class PdfDoc {
  constructor(opts?: PdfDocOptions);
  readonly pages: PdfPage[];
  page(size?: { width?: number; height?: number }): PdfPage;
  toBytes(): Uint8Array;
}

/** Advance width of str in points, as a PDF viewer computes it from the font's widths. */
export function textWidth(str: string, font?: FontName, size?: number, spacing?: { charSpacing?: number; wordSpacing?: number }): number;
/** Breaks str at spaces into lines no wider than maxWidth. */
export function wrapText(str: string, font: FontName, size: number, maxWidth: number, firstWidth?: number): string[];
export function rc4(key: Uint8Array, data: Uint8Array): Uint8Array;
