// PDF → raw positioned items, with pdf.js. Browser-safe: the caller passes an already imported pdf.js
// module (legacy build in Node, modern build in a browser), so nothing here touches Node.
//
// Per page this costs one getTextContent, one getOperatorList and one getAnnotations, all started at once;
// the operator list gives the real font names (bold / italic), the glyph-level hazards that text content
// normalises away, the image count, what is drawn invisibly, and the printed soft hyphens text content drops.

import type * as Pdfjs from 'pdfjs-dist';
import { isResumeError, ResumeError, tooLarge } from '../../errors.js';
import type { Box, Limits, RawPage, TextItem } from '../../types.js';
import type { PdfExtraction } from '../types.js';
import { applyActualText, markedContent, needsActualText, pageContent, readObjects, type PdfObjects } from './actual-text.js';
import type { Repaired } from './repair.js';
import { isIconFont } from '../../layout/text.js';
import { fontStyleOf, type FontStyle, type PdfjsFontLike } from './fonts.js';
import { hasUnmappedGlyphs, HyphenFlag, hyphensOfItems, Ink, inkOfItems, isLetterSpaced, letterSpacedTexts, matchItems, matchKey, opCodes, scanOperators, strIndexOfKeyOffset, type OpCodes } from './operators.js';

/** The parts of a pdf.js module we use (the legacy and modern builds both fit). */
export type PdfjsModule = Pick<typeof Pdfjs, 'getDocument' | 'OPS' | 'AnnotationMode'>;

export interface ExtractOptions {
  /** Folder (Node: path with a trailing slash) or URL of pdf.js's packed CMaps, for CJK fonts without embedded CMaps. */
  cMapUrl?: string;
  /** Aborting rejects with TIMEOUT and destroys the document (best effort: a synchronous decode is not interrupted). */
  signal?: AbortSignal;
}

type PDFDocumentProxy = Pdfjs.PDFDocumentProxy;
type DocumentParams = Extract<Parameters<PdfjsModule['getDocument']>[0], { data?: unknown }>;
type PDFPageProxy = Pdfjs.PDFPageProxy;

/** Shape of a text-content entry we read (marked-content entries have no `str`). */
interface ContentItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
  dir?: string;
  /** Marked-content entries: their type and tag. */
  type?: string;
  tag?: string | null;
}

interface ContentStyle {
  ascent?: number;
  descent?: number;
  vertical?: boolean;
}

const opCodeCache = new WeakMap<object, OpCodes>();

function codesFor(pdfjs: PdfjsModule): OpCodes {
  let codes = opCodeCache.get(pdfjs.OPS);
  if (!codes) {
    codes = opCodes(pdfjs.OPS as unknown as Record<string, number>);
    opCodeCache.set(pdfjs.OPS, codes);
  }
  return codes;
}

const round2 = (v: number): number => Math.round(v * 100) / 100;
const NOT_BLANK = /\S/;
/** Letters set apart by single spaces ("C A", "A D I A"): letter-spaced text as pdf.js gives it. */
const SPACED_LETTERS = /(?:^|\s)\p{L} \p{L}(?:\s|$)/u;
const SAFE_URL = /^(?:https?:|mailto:|tel:|ftp:)/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reads a PDF with pdf.js. Rejects with a ResumeError: EMPTY, TOO_LARGE, CORRUPT, ENCRYPTED, TOO_MANY_PAGES,
 * NO_TEXT, or TIMEOUT when `options.signal` aborts.
 */
export async function extractPdf(pdfjs: PdfjsModule, bytes: Uint8Array, limits: Limits, options: ExtractOptions = {}): Promise<PdfExtraction> {
  if (bytes.byteLength === 0) throw new ResumeError('EMPTY');
  if (bytes.byteLength > limits.maxBytes) throw tooLarge(bytes.byteLength, limits.maxBytes);
  const { signal } = options;
  if (signal?.aborted) throw new ResumeError('TIMEOUT');

  let result: PdfExtraction | undefined;
  let failure: ResumeError | undefined;
  try {
    result = await extractOnce(pdfjs, bytes, limits, options);
    if (!result.pages.some((p) => p.unreadable)) return result;
  } catch (e) {
    failure = toResumeError(e);
    // A damaged file (or a page tree whose /Count lies) may read once rewritten; a password, a deadline or a
    // file with no text will not.
    if (failure.code !== 'CORRUPT' && failure.code !== 'TOO_MANY_PAGES') throw failure;
  }
  if (signal?.aborted) throw new ResumeError('TIMEOUT');

  // Once more, from the file rewritten as a repair tool would (see repair.ts).
  let repaired: Repaired | undefined;
  try {
    repaired = (await import('./repair.js')).repairPdf(bytes);
  } catch {
    repaired = undefined;
  }
  if (!repaired || (failure?.code === 'TOO_MANY_PAGES' && repaired.pages > limits.maxPages)) {
    if (result) return result;
    throw failure as ResumeError;
  }
  try {
    const again = await extractOnce(pdfjs, repaired.bytes, limits, options);
    return result && !better(again, result) ? result : again;
  } catch (e) {
    if (result) return result;
    const second = toResumeError(e);
    // The rewritten file may say more than "damaged" (no text, a password); a second CORRUPT says no more.
    throw second.code === 'CORRUPT' || second.code === 'TOO_MANY_PAGES' ? (failure as ResumeError) : second;
  }
}

/**
 * Whether extraction `a` (of the rewritten file) read more of the document than `b` (of the file as it is): more
 * text. On a tie the file as it is wins: it keeps its page numbers, and says which pages it could not read.
 */
function better(a: PdfExtraction, b: PdfExtraction): boolean {
  const chars = (x: PdfExtraction): number => x.pages.reduce((n, p) => n + p.items.reduce((m, it) => m + (it.hidden ? 0 : it.text.length), 0), 0);
  return chars(a) > chars(b);
}

async function extractOnce(pdfjs: PdfjsModule, bytes: Uint8Array, limits: Limits, options: ExtractOptions): Promise<PdfExtraction> {
  const { signal } = options;
  const params: DocumentParams = {
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy.
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    useSystemFonts: false,
    stopAtErrors: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    fontExtraProperties: false,
  };
  if (options.cMapUrl) {
    params.cMapUrl = options.cMapUrl;
    params.cMapPacked = true;
  }
  const task = pdfjs.getDocument(params);

  let onAbort: (() => void) | undefined;
  const aborted = signal
    ? new Promise<never>((_, reject) => {
        onAbort = () => {
          reject(new ResumeError('TIMEOUT'));
          void task.destroy().catch(() => undefined);
        };
        signal.addEventListener('abort', onAbort, { once: true });
      })
    : undefined;
  // Whichever loses the race must not become an unhandled rejection.
  aborted?.catch(() => undefined);

  try {
    const work = read(pdfjs, task, limits, bytes);
    work.catch(() => undefined);
    return await (aborted ? Promise.race([work, aborted]) : work);
  } catch (e) {
    throw toResumeError(e);
  } finally {
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    await task.destroy().catch(() => undefined);
  }
}

async function read(pdfjs: PdfjsModule, task: Pdfjs.PDFDocumentLoadingTask, limits: Limits, bytes: Uint8Array): Promise<PdfExtraction> {
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    throw toResumeError(e);
  }
  const pageCount = doc.numPages;
  if (!(pageCount > 0)) throw new ResumeError('CORRUPT', undefined, 'the page tree holds no page');
  if (pageCount > limits.maxPages) {
    throw new ResumeError(
      'TOO_MANY_PAGES',
      `This document has ${pageCount} pages, over the limit of ${limits.maxPages}. A resume is usually one or two pages: send the resume on its own, without cover letters or attachments.`,
    );
  }
  const ctx: DocContext = { bytes, ops: codesFor(pdfjs), annotationMode: pdfjs.AnnotationMode.DISABLE, fonts: new Map() };
  const pageJobs: Promise<PageRead>[] = [];
  // One broken page (a bad font, a corrupt content stream) costs that page, not the whole resume.
  for (let n = 1; n <= pageCount; n++) pageJobs.push(readPage(doc, n, ctx).catch((e: unknown) => readPageTextOnly(doc, n, ctx, e)));
  const [results, meta] = await Promise.all([Promise.all(pageJobs), readMeta(doc)]);
  const pages = results.map((r) => r.page);
  const hyphens = results.flatMap((r) => r.hyphens);
  if (hyphens.length > 0) restoreHyphens(hyphens, results.some((r) => r.hardHyphens));

  let items = 0;
  let images = 0;
  for (const p of pages) {
    items += p.items.length;
    images += p.images;
  }
  const unreadable = pages.filter((p) => p.unreadable);
  if (items === 0 && unreadable.length === pages.length) throw new ResumeError('CORRUPT', undefined, unreadable[0]?.unreadable);
  if (items === 0) {
    throw images > 0
      ? new ResumeError('NO_TEXT')
      : new ResumeError(
          'NO_TEXT',
          'This PDF has no readable text: its pages are empty, or the letters are drawn as shapes, so an ATS reads nothing. Export it from your editor as a text PDF or DOCX.',
        );
  }
  return { pages, meta: { pageCount, ...meta } };
}

interface DocContext {
  /** The file as given (not the copy pdf.js took), for what pdf.js does not pass on. */
  bytes: Uint8Array;
  /** Its objects, read on first need (null: unreadable this way). */
  objects?: PdfObjects | null;
  ops: OpCodes;
  annotationMode: number;
  /** Loaded-font id ("g_d0_f3") → style; ids are per document. */
  fonts: Map<string, FontStyle>;
}

const UNKNOWN_FONT: FontStyle = { bold: false, italic: false };

function fontOf(ctx: DocContext, page: PDFPageProxy, id: string | undefined): FontStyle {
  if (!id) return UNKNOWN_FONT;
  const known = ctx.fonts.get(id);
  if (known) return known;
  try {
    // The operator list has resolved every font it uses; `has` guards fonts that failed to load.
    if (page.commonObjs.has(id)) {
      const style = fontStyleOf(page.commonObjs.get(id) as PdfjsFontLike);
      ctx.fonts.set(id, style);
      return style;
    }
  } catch {
    // an unresolved or broken font: no name, no style
  }
  return UNKNOWN_FONT;
}

/** A soft-hyphen glyph the page prints but text content dropped, placed in an item's text. */
export interface DroppedHyphen {
  item: TextItem;
  /** Index in item.text where the glyph stood. */
  index: number;
  /** True when only whitespace follows it in the item. */
  end: boolean;
  /** A space came just before it in its text operator. */
  spaceBefore: boolean;
}

interface PageRead {
  page: RawPage;
  hyphens: DroppedHyphen[];
  /** The page prints a soft-hyphen glyph in the middle of a line: its fonts map printed hyphens to U+00AD. */
  hardHyphens: boolean;
}

/**
 * The fallback for a page pdf.js could not fully read: its text items alone (no operator list, so no hidden-text
 * or hyphen checks), or, when even that fails, an empty page marked unreadable.
 */
async function readPageTextOnly(doc: PDFDocumentProxy, number: number, ctx: DocContext, first: unknown): Promise<PageRead> {
  const reason = toResumeError(first).detail ?? 'unreadable page';
  try {
    const page = await doc.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const viewport = page.getViewport({ scale: 1 });
    const { items } = buildItems(ctx, page, content.items as ContentItem[], content.styles as Record<string, ContentStyle | undefined>, viewport.transform);
    return { page: { number, width: viewport.width, height: viewport.height, items, links: [], images: 0, unreadable: reason }, hyphens: [], hardHyphens: false };
  } catch (e) {
    return { page: { number, width: 612, height: 792, items: [], links: [], images: 0, unreadable: `${reason}; ${toResumeError(e).detail ?? ''}` }, hyphens: [], hardHyphens: false };
  }
}

/** `src` with the page's ActualText applied (applyActualText), or `src` when the page's content cannot be read. */
function withActualText(ctx: DocContext, page: PDFPageProxy, src: readonly ContentItem[]): readonly ContentItem[] {
  const ref = page.ref;
  if (!ref) return src;
  if (ctx.objects === undefined) {
    try {
      ctx.objects = readObjects(ctx.bytes) ?? null;
    } catch {
      ctx.objects = null;
    }
  }
  if (!ctx.objects) return src;
  const content = pageContent(ctx.objects, ref.num);
  return content === undefined ? src : applyActualText(src, markedContent(content));
}

async function readPage(doc: PDFDocumentProxy, number: number, ctx: DocContext): Promise<PageRead> {
  const page = await doc.getPage(number);
  const [opList, content, annotations] = await Promise.all([
    page.getOperatorList({ annotationMode: ctx.annotationMode }),
    page.getTextContent({ includeMarkedContent: false, disableNormalization: false }),
    page.getAnnotations({ intent: 'display' }).catch(() => [] as unknown[]),
  ]);
  let src = content.items as ContentItem[];
  let styles = content.styles as Record<string, ContentStyle | undefined>;
  // Glyphs that stand for letters only in the page's /ActualText (see actual-text.ts) get those letters; `src`
  // keeps pdf.js's text, which is what the operator list's glyphs match. (The text content with its marked content,
  // which costs more, only for a page with a glyph run pdf.js gave no text.)
  let shown: readonly ContentItem[] = src;
  const iconFont = (id: string): boolean => isIconFont(fontOf(ctx, page, id).name ?? '');
  if (hasUnmappedGlyphs(opList.fnArray, opList.argsArray, ctx.ops, iconFont)) {
    const marked = await page.getTextContent({ includeMarkedContent: true, disableNormalization: false });
    if (needsActualText(marked.items as ContentItem[], iconFont)) {
      src = marked.items as ContentItem[];
      styles = marked.styles as Record<string, ContentStyle | undefined>;
      shown = withActualText(ctx, page, src);
    }
  }

  let viewport = page.getViewport({ scale: 1 });
  let built = buildItems(ctx, page, shown, styles, viewport.transform);
  if (built.sidewaysChars > built.keptChars) {
    // Most of the text runs sideways: the page is turned by /Rotate (a page rotated in a viewer), or its text is
    // drawn turned (a landscape export). Read it in the frame where it stands upright, as an ATS's text
    // extractor does, rather than lose it.
    for (const rotation of [0, 90, 180, 270]) {
      if (rotation === viewport.rotation % 360) continue;
      const turned = page.getViewport({ scale: 1, rotation });
      const again = buildItems(ctx, page, shown, styles, turned.transform);
      if (again.keptChars > built.keptChars) {
        viewport = turned;
        built = again;
      }
    }
  }
  const V = viewport.transform;
  const width = viewport.width;
  const height = viewport.height;
  const { items, srcIndex } = built;

  const scan = scanOperators(opList.fnArray, opList.argsArray, ctx.ops, V, [0, 0, width, height]);
  // Letter-spaced text ("P R I Y A R A M A N") gets its real word gaps back from the glyphs ("PRIYA RAMAN").
  if (items.some((it) => isLetterSpaced(it.text))) {
    const printed = letterSpacedTexts(opList.fnArray, opList.argsArray, ctx.ops, items.map((it) => it.text));
    for (const it of items) {
      const p = printed.get(it.text);
      if (p) it.text = p.split(' ').map((w) => w.split('').join(' ')).join('   ');
    }
  }
  const links = readLinks(annotations, V);

  for (const item of items) {
    // Text entirely outside the page is not seen by a person but is read by an ATS.
    if (item.x >= width || item.x + item.width <= 0 || item.y >= height || item.y + item.height <= 0) item.hidden = true;
    if (links.length > 0) {
      const cx = item.x + item.width / 2;
      const cy = item.y + item.height / 2;
      for (const l of links) {
        if (cx >= l.box[0] && cx <= l.box[2] && cy >= l.box[1] && cy <= l.box[3]) {
          item.link = l.url;
          break;
        }
      }
    }
  }

  const hyphens: DroppedHyphen[] = [];
  let hardHyphens = false;
  const opText = scan.ink?.text ?? scan.hyphens?.text;
  if (opText !== undefined) {
    const keys = new Array<string>(src.length);
    for (let i = 0; i < src.length; i++) {
      const s = (src[i] as ContentItem).str;
      keys[i] = s ? matchKey(s) : '';
    }
    const starts = matchItems(keys, opText);
    if (scan.ink) {
      const inks = inkOfItems(keys, scan.ink, starts);
      // A scanned page with its OCR layer: an image, and text that is all drawn invisibly over it. That text is
      // the page's text layer, and what an ATS reads.
      const ocrLayer = scan.images > 0 && items.length > 0 && items.every((_, k) => inks[srcIndex[k] as number] === Ink.Invisible);
      for (let k = 0; k < items.length; k++) {
        const kind = inks[srcIndex[k] as number];
        if (kind === Ink.Visible || (ocrLayer && kind === Ink.Invisible)) continue;
        const item = items[k] as TextItem;
        if (kind === Ink.Invisible || !onBackground(item, scan.backgrounds)) item.hidden = true;
      }
    }
    if (scan.hyphens) {
      hardHyphens = scan.hyphens.flags.some((f) => (f & HyphenFlag.MidLine) !== 0);
      const lost = hyphensOfItems(keys, scan.hyphens, starts);
      if (lost.length > 0) {
        const built = new Map<number, TextItem>();
        for (let k = 0; k < items.length; k++) built.set(srcIndex[k] as number, items[k] as TextItem);
        for (const h of lost) {
          const item = built.get(h.item);
          if (!item) continue;
          const index = strIndexOfKeyOffset(item.text, h.offset);
          if (index < 0) continue;
          const end = h.offset === (keys[h.item] as string).length;
          if (!end) hardHyphens = true;
          hyphens.push({ item, index, end, spaceBefore: (h.flags & HyphenFlag.SpaceBefore) !== 0 });
        }
      }
    }
  }

  // A page whose only text is in form fields or annotations (a filled-in form, a flattened-looking template):
  // their values are text a reader gets.
  if (items.every((it) => it.hidden)) items.push(...annotationItems(annotations, V));

  const raw: RawPage = { number, width: round2(width), height: round2(height), items, links, images: scan.images, glyphs: scan.glyphs };
  page.cleanup();
  return { page: raw, hyphens, hardHyphens };
}

/**
 * Puts back the soft-hyphen glyphs text content dropped. One inside a line is a printed hard hyphen ("high-impact",
 * "2023 - 2024"): "-". One at the end of an item ends a line: "\u00AD" (the layout joins the word without a hyphen)
 * when the document prints U+00AD only at line ends, where it means hyphenation; "-" when it also prints U+00AD
 * inside lines (its fonts map every hyphen to U+00AD), so the layout tells a compound from a split word.
 * One after a space is a dash: " -". `hyphens` are those of `readPage`, in any order.
 */
export function restoreHyphens(hyphens: readonly DroppedHyphen[], hardHyphens: boolean): void {
  const byItem = new Map<TextItem, DroppedHyphen[]>();
  for (const h of hyphens) {
    const list = byItem.get(h.item);
    if (list) list.push(h);
    else byItem.set(h.item, [h]);
  }
  // Right to left within an item, so earlier indices stay valid.
  for (const list of byItem.values()) list.sort((a, b) => b.index - a.index);
  for (const h of [...byItem.values()].flat()) {
    const s = h.item.text;
    let at = h.index;
    let mark: string;
    if (h.spaceBefore) {
      // A hyphen after a space is a dash ("2023 - 2024", "2022 -"), never a word break. Text content keeps one
      // space for the gap around it: the hyphen goes after that space.
      const spaced = /\s/.test(s.charAt(at));
      while (at < s.length && /\s/.test(s.charAt(at))) at++;
      mark = spaced ? (h.end ? '-' : '- ') : h.end ? ' -' : '-';
    } else mark = h.end && !hardHyphens ? '\u00AD' : '-';
    h.item.text = s.slice(0, at) + mark + s.slice(at);
  }
}

interface BuiltItems {
  items: TextItem[];
  /** Index in the text content of each kept item (to match hidden text). */
  srcIndex: number[];
  keptChars: number;
  /** Characters skipped because they are rotated or vertical in this frame. */
  sidewaysChars: number;
}

/** Text-content items → TextItems in the frame of the viewport transform V. */
function buildItems(ctx: DocContext, page: PDFPageProxy, src: readonly ContentItem[], styles: Record<string, ContentStyle | undefined>, V: readonly number[]): BuiltItems {
  const items: TextItem[] = [];
  const srcIndex: number[] = [];
  let keptChars = 0;
  let sidewaysChars = 0;
  const v0 = V[0] as number, v1 = V[1] as number, v2 = V[2] as number, v3 = V[3] as number, v4 = V[4] as number, v5 = V[5] as number;
  const scaleX = Math.hypot(v0, v1);
  // (the baseline of the last letter-spaced piece seen)
  let spacedBase: number | undefined;
  for (let i = 0; i < src.length; i++) {
    const it = src[i] as ContentItem;
    const str = it.str;
    if (str && !NOT_BLANK.test(str)) {
      // A space pdf.js put between two pieces of letter-spaced text drawn in turns of two fonts ("P R O", " ", "F I",
      // " ", "L"): it ends the piece before it, on its baseline. (Not between pieces with no such spaces of their own,
      // "L", " ", "A", "N…": there pdf.js may take a tight tracking for a space.)
      const prev = items[items.length - 1];
      const t = it.transform;
      const next = (src[i + 1] as ContentItem | undefined)?.str ?? '';
      // (once such a piece is seen on a baseline, the lone letters after it on that baseline are pieces too)
      if (prev && t && t.length === 6 && !/\s$/.test(prev.text) && srcIndex[srcIndex.length - 1] === i - 1 && prev.base !== undefined
        && Math.abs(v1 * (t[4] as number) + v3 * (t[5] as number) + v5 - prev.base) < 0.5) {
        if (SPACED_LETTERS.test(prev.text) || SPACED_LETTERS.test(next)) spacedBase = prev.base;
        if (spacedBase === prev.base && /^\p{L}{1,2}(?: \p{L}{1,2})*$/u.test(prev.text) && /^\p{L}{1,2}(?: \p{L}{1,2})*$/u.test(next)) prev.text += ' ';
      }
      continue;
    }
    if (!str) continue;
    const t = it.transform;
    if (!t || t.length !== 6) continue;
    const t0 = t[0] as number, t1 = t[1] as number, t2 = t[2] as number, t3 = t[3] as number, t4 = t[4] as number, t5 = t[5] as number;
    // Text space → top-left page space (honours /Rotate and a MediaBox that does not start at 0,0).
    const a = v0 * t0 + v2 * t1;
    const b = v1 * t0 + v3 * t1;
    const c = v0 * t2 + v2 * t3;
    const d = v1 * t2 + v3 * t3;
    const style = it.fontName ? styles[it.fontName] : undefined;
    // Only upright, left-to-right items: rotated and vertical text cannot join horizontal lines.
    if (!(a > 0 && d < 0) || Math.abs(b) > 0.02 * a || Math.abs(c) > -0.02 * d || it.dir === 'ttb' || style?.vertical) {
      sidewaysChars += str.length;
      continue;
    }
    const fontSize = Math.hypot(c, d);
    if (!(fontSize > 0) || !Number.isFinite(fontSize)) continue;
    let ascent = style?.ascent;
    let descent = style?.descent;
    if (typeof ascent !== 'number' || !(ascent > 0 && ascent < 1.5)) ascent = 0.8;
    if (typeof descent !== 'number' || !(descent <= 0 && descent > -1)) descent = -0.2;
    const baseline = v1 * t4 + v3 * t5 + v5;
    const x = v0 * t4 + v2 * t5 + v4;
    const w = typeof it.width === 'number' && it.width > 0 ? it.width * scaleX : 0;
    const font = fontOf(ctx, page, it.fontName);
    items.push({
      text: str,
      x: round2(x),
      y: round2(baseline - ascent * fontSize),
      width: round2(w),
      height: round2((ascent - descent) * fontSize),
      fontSize: round2(fontSize),
      base: round2(baseline),
      fontName: font.name,
      bold: font.bold,
      italic: font.italic,
    });
    srcIndex.push(i);
    keptChars += str.length;
  }
  return { items, srcIndex, keptChars, sidewaysChars };
}

/** True when the item's centre lies on something painted darker than white (so white text shows). */
function onBackground(item: TextItem, boxes: readonly Box[]): boolean {
  const cx = item.x + item.width / 2;
  const cy = item.y + item.height / 2;
  for (const b of boxes) if (cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3]) return true;
  return false;
}

interface AnnotationLike {
  subtype?: unknown;
  url?: unknown;
  unsafeUrl?: unknown;
  rect?: unknown;
}

function readLinks(annotations: readonly unknown[], V: readonly number[]): RawPage['links'] {
  const links: RawPage['links'] = [];
  for (const raw of annotations) {
    const a = raw as AnnotationLike | null;
    if (!a || a.subtype !== 'Link') continue;
    let url: string | undefined;
    if (typeof a.url === 'string' && a.url) url = a.url;
    else if (typeof a.unsafeUrl === 'string' && a.unsafeUrl) {
      // pdf.js leaves `url` empty for relative or unusual targets; keep web/mail/phone targets and bare
      // "www.example.com" forms, never javascript:, data: or file: targets.
      const u = a.unsafeUrl.trim();
      if (SAFE_URL.test(u) || (!HAS_SCHEME.test(u) && u.length > 0)) url = u;
    }
    if (!url) continue;
    const r = a.rect as ArrayLike<number> | undefined;
    if (!r || r.length !== 4) continue;
    const x0 = r[0] as number, y0 = r[1] as number, x1 = r[2] as number, y1 = r[3] as number;
    const ax = (V[0] as number) * x0 + (V[2] as number) * y0 + (V[4] as number);
    const ay = (V[1] as number) * x0 + (V[3] as number) * y0 + (V[5] as number);
    const bx = (V[0] as number) * x1 + (V[2] as number) * y1 + (V[4] as number);
    const by = (V[1] as number) * x1 + (V[3] as number) * y1 + (V[5] as number);
    links.push({ box: [round2(Math.min(ax, bx)), round2(Math.min(ay, by)), round2(Math.max(ax, bx)), round2(Math.max(ay, by))], url });
  }
  return links;
}

interface TextAnnotationLike {
  subtype?: unknown;
  fieldType?: unknown;
  fieldValue?: unknown;
  textContent?: unknown;
  rect?: unknown;
  hidden?: unknown;
}

/**
 * Text items for the text of form fields and annotations: the lines of their appearance (pdf.js's
 * `textContent`), or a text field's value, set inside their rectangle from the top.
 */
export function annotationItems(annotations: readonly unknown[], V: readonly number[]): TextItem[] {
  const out: TextItem[] = [];
  for (const raw of annotations) {
    const a = raw as TextAnnotationLike | null;
    if (!a || a.hidden === true) continue;
    let lines: string[] | undefined;
    if (Array.isArray(a.textContent) && a.textContent.some((l) => typeof l === 'string' && NOT_BLANK.test(l))) lines = a.textContent.filter((l): l is string => typeof l === 'string');
    else if (a.subtype === 'Widget' && a.fieldType === 'Tx' && typeof a.fieldValue === 'string' && NOT_BLANK.test(a.fieldValue)) lines = a.fieldValue.split(/\r\n?|\n/);
    const r = a.rect as ArrayLike<number> | undefined;
    if (!lines || !r || r.length !== 4) continue;
    const x0 = r[0] as number, y0 = r[1] as number, x1 = r[2] as number, y1 = r[3] as number;
    const ax = (V[0] as number) * x0 + (V[2] as number) * y0 + (V[4] as number);
    const ay = (V[1] as number) * x0 + (V[3] as number) * y0 + (V[5] as number);
    const bx = (V[0] as number) * x1 + (V[2] as number) * y1 + (V[4] as number);
    const by = (V[1] as number) * x1 + (V[3] as number) * y1 + (V[5] as number);
    const left = Math.min(ax, bx);
    const top = Math.min(ay, by);
    const boxHeight = Math.abs(by - ay);
    if (![left, top, boxHeight].every(Number.isFinite)) continue;
    const fontSize = Math.min(12, Math.max(6, (boxHeight / Math.max(1, lines.length)) * 0.7));
    lines.forEach((line, i) => {
      const text = line.trim();
      if (!text) return;
      out.push({
        text,
        x: round2(left + 2),
        y: round2(top + 2 + i * fontSize * 1.25),
        width: round2(text.length * fontSize * 0.5),
        height: round2(fontSize),
        fontSize: round2(fontSize),
        bold: false,
        italic: false,
      });
    });
  }
  return out;
}

async function readMeta(doc: PDFDocumentProxy): Promise<{ title?: string; producer?: string; creator?: string }> {
  const out: { title?: string; producer?: string; creator?: string } = {};
  try {
    const { info } = await doc.getMetadata();
    const dict = (info ?? {}) as Record<string, unknown>;
    const pick = (key: string): string | undefined => {
      const v = dict[key];
      return typeof v === 'string' && v.trim() ? v.trim() : undefined;
    };
    const title = pick('Title');
    const producer = pick('Producer');
    const creator = pick('Creator');
    if (title) out.title = title;
    if (producer) out.producer = producer;
    if (creator) out.creator = creator;
  } catch {
    // metadata is optional
  }
  return out;
}

/** Maps anything pdf.js throws to a ResumeError; pdf.js's own message goes only into `detail`. */
export function toResumeError(e: unknown): ResumeError {
  if (isResumeError(e)) return e as ResumeError;
  const name = typeof (e as { name?: unknown })?.name === 'string' ? (e as { name: string }).name : '';
  const message = typeof (e as { message?: unknown })?.message === 'string' ? (e as { message: string }).message : String(e);
  const detail = name ? `${name}: ${message}` : message;
  if (name === 'PasswordException') return new ResumeError('ENCRYPTED', undefined, detail);
  // InvalidPDFException, MissingPDFException, UnexpectedResponseException, ResponseException, FormatError,
  // UnknownErrorException, a RangeError from a deeply nested file, ...: the file cannot be read.
  return new ResumeError('CORRUPT', undefined, detail);
}
