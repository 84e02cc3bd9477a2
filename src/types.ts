// The contract between the pipeline stages: ingest → layout → parse (→ rules → score → report).
// Pure types only; nothing here imports a runtime module.

/** Kinds of input we recognise from the bytes themselves (never from the file name). */
export type InputKind = 'pdf' | 'docx' | 'text' | 'json';

/** A box in page coordinates: [x0, y0, x1, y1], points, origin at the top-left of the page. */
export type Box = [number, number, number, number];

/**
 * One positioned piece of text as the extractor sees it (PDF: one pdf.js text item; DOCX: one run).
 * Coordinates are in points from the top-left corner of the page; y is the top of the glyph box.
 */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
  /** The baseline's y, where known (PDF): fonts' descents differ, so y + height is no baseline to compare rows by. */
  base?: number;
  /** Real font name where known, e.g. "LiberationSans-Bold" (subset prefix removed). */
  fontName?: string;
  bold?: boolean;
  italic?: boolean;
  /** Target of a link annotation or hyperlink covering this item. */
  link?: string;
  /** True when the text is drawn invisibly (render mode 3) or in white on white. */
  hidden?: boolean;
}

/** A page as extracted, before layout: its size and its items in content-stream order. */
export interface RawPage {
  number: number; // 1-based
  width: number;
  height: number;
  items: TextItem[];
  /** Link annotations on the page, with their rectangles (top-left origin). */
  links: { box: Box; url: string }[];
  /** Number of images painted on the page (used to tell a scan from a text page). */
  images: number;
  /** Counts of text-layer hazards read from the glyphs themselves, before any normalisation. */
  glyphs?: GlyphCounts;
  /** Why the page could not be fully read (pdf.js's error), when it could not: the rest of the file still is. */
  unreadable?: string;
}

export interface GlyphCounts {
  ligatures: number; // U+FB00–FB06
  privateUse: number; // U+E000–F8FF
  softHyphens: number; // U+00AD
}

/** Where a line sits on the page, as a parser would classify it. */
export type Region = 'body' | 'header' | 'footer' | 'textbox' | 'table';

/** A styled run inside a line. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  link?: string;
  /** What an icon glyph printed just before this run stands for ("LinkedIn", "email": src/data/icon-glyphs.ts). */
  icon?: string;
  /** Horizontal position (PDF only). */
  x?: number;
  width?: number;
}

/** One line of text in reading order: the unit the parser works on. */
export interface Line {
  /** Normalised text of the line (repairs applied, bullet glyph removed). */
  text: string;
  runs: Run[];
  page: number; // 1-based
  /** Index of the line in the whole document, in reading order (0-based). */
  index: number;
  region: Region;
  /** Bounding box on the page (PDF only). */
  box?: Box;
  /** Column the line belongs to on its page, 0 = leftmost (PDF only; undefined on one-column pages). */
  column?: number;
  /** Dominant font size in points. */
  fontSize?: number;
  /** Share of the line's characters that are bold / italic (0..1). */
  bold?: number;
  italic?: number;
  /** The bullet glyph or list marker that started this line, if any ("•", "-", "1."). */
  bullet?: string;
  /** List nesting level for DOCX lists and indented PDF bullets. */
  listLevel?: number;
  /** Heading level from a DOCX paragraph style (1 = Heading 1 / Title). */
  heading?: number;
  /** Name of the DOCX paragraph style, if any. */
  style?: string;
  /** Table position for lines read from a table cell. */
  table?: { table: number; row: number; cell: number };
  align?: 'left' | 'center' | 'right' | 'justify';
  /** Vertical gap to the previous line of the same column, in points (PDF) or paragraph spacing (DOCX). */
  gapBefore?: number;
  /** True when this line starts a new block (paragraph) rather than continuing the previous one. */
  blockStart?: boolean;
  /** Parts of the line separated by wide gaps or tabs ("Engineer", "2020 – 2023"): the cells of a row. */
  cells?: string[];
}

/** A change made to the text so that it reads as a person reads it. The next stage turns these into hazards. */
export interface Repair {
  kind:
    | 'ligature'
    /** An accent printed as a glyph of its own beside its letter ("Montr´eal"). */
    | 'accent'
    | 'private-use-glyph'
    | 'soft-hyphen'
    | 'hyphenation'
    | 'letter-spacing'
    | 'small-caps'
    | 'column-order'
    | 'header-footer'
    | 'bullet-glyph'
    | 'hidden-text'
    | 'text-box'
    | 'table'
    | 'whitespace';
  page: number;
  /** Line index (in Document.lines) where the repair applies, when it applies to one line. */
  line?: number;
  before?: string;
  after?: string;
  /** How many occurrences this record stands for. */
  count?: number;
  note?: string;
}

/** The document model after layout: what every later stage reads. */
export interface Document {
  kind: InputKind;
  /** `unreadable`: why the page could not be read (its text is missing; the other pages were read). */
  pages: { number: number; width?: number; height?: number; columns: number; images: number; unreadable?: string }[];
  /** All lines in reading order. */
  lines: Line[];
  repairs: Repair[];
  /** Structured input already in JSON Resume form (JSON input only). */
  jsonResume?: Record<string, unknown>;
  /** Facts about the file itself. */
  meta: { bytes: number; title?: string; producer?: string; creator?: string; glyphs?: GlyphCounts };
}

/** Limits for untrusted input. All are configurable. */
export interface Limits {
  maxBytes: number;
  maxPages: number;
  timeoutMs: number;
  /** Cap on the JS heap used for PDF extraction (MB). */
  maxMemoryMb: number;
  /** Cap on the total decompressed size of a DOCX (bytes). */
  maxUnzippedBytes: number;
}

/** Stable error codes for unreadable input. Each maps to exit status 3 in the CLI. */
export type ErrorCode =
  | 'UNSUPPORTED_TYPE'
  | 'CORRUPT'
  | 'ENCRYPTED'
  | 'NO_TEXT'
  | 'TOO_LARGE'
  | 'TOO_MANY_PAGES'
  | 'TIMEOUT'
  | 'EMPTY'
  | 'INVALID_JSON_RESUME';
