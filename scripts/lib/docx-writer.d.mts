// Types for docx-writer.mjs (used by the TypeScript tests).

export interface RunSpec {
  text?: string;
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  font?: string;
  hidden?: boolean;
  /** Character style id (rStyle). */
  style?: string;
  /** A w:sym character code in hex, e.g. "F0B7". */
  sym?: string;
}

export type InlineSpec =
  | string
  | RunSpec
  | { link: string; text?: string; runs?: (string | RunSpec)[] }
  | { image: true }
  | { textbox: BlockSpec[]; mode?: 'alternate' | 'vml' | 'drawing' }
  | { raw: string };

export interface ParagraphSpec {
  p: string | InlineSpec[];
  style?: string;
  list?: 'bullet' | 'number';
  level?: number;
  numId?: number;
  align?: 'left' | 'center' | 'right' | 'both';
  /** Points. */
  spacingBefore?: number;
  pageBreakBefore?: boolean;
  /** Raw XML appended inside w:pPr. */
  pPr?: string;
}

export type CellSpec = string | BlockSpec[];

export type BlockSpec =
  | string
  | ParagraphSpec
  | { table: CellSpec[][] }
  | { textbox: BlockSpec[]; mode?: 'alternate' | 'vml' | 'drawing' }
  | { sectionBreak: true }
  | { raw: string };

export interface DocxSpec {
  body?: BlockSpec[];
  /** Alias of body. */
  paragraphs?: BlockSpec[];
  header?: BlockSpec[];
  firstHeader?: BlockSpec[];
  footer?: BlockSpec[];
  /** Extra w:style XML appended to the default styles. */
  styles?: string;
  /** A whole styles.xml replacing the default one. */
  stylesXml?: string;
  /** Extra numbering XML appended to the default lists (numId 1 bullets, 2 numbers); false: no numbering part. */
  numbering?: string | false;
  /** Inserted between the XML declaration and <w:document>, e.g. a DOCTYPE. */
  prolog?: string;
  /** Extra or replacement parts. */
  parts?: Record<string, string | Uint8Array>;
  title?: string;
  creator?: string;
  columns?: number;
}

export function buildDocx(spec?: DocxSpec): Uint8Array;
export function escapeXml(s: string): string;
export function crc32(data: Uint8Array): number;
export function writeZip(entries: { name: string; data: Uint8Array; method: number; crc: number; size: number }[]): Uint8Array;
export function deflateRepeat(prefix: string, fill: string, count: number, suffix: string): Uint8Array;
export function buildZipBomb(options?: { honest?: boolean; bytes?: number }): Uint8Array;
export function buildManyEntriesDocx(count?: number): Uint8Array;
export function buildEncryptedDocxStub(): Uint8Array;
