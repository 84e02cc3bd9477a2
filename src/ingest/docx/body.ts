// Walks WordprocessingML (a body, a header or a footer) and produces lines in reading order: one per
// paragraph, split at line breaks, with tabs turned into cells, lists into markers, tables and text boxes
// tagged with where they come from. Lines are drafts until the reader commits them and numbers them.
import type { GlyphCounts, Line, Region, Repair, Run } from '../../types.js';
import { ListCounter, type Numbering } from './numbering.js';
import { CELL_SEPARATOR, cleanChars, collapse, isPrivateUse, noFixes } from './normalize.js';
import { relIs, REL, type Rel } from './package.js';
import { readParaProps, readRunProps, resolveParagraph, resolveRun, type ResolvedParagraph, type RunProps, type Styles } from './styles.js';
import { child, textOf, type XmlElement, type XmlNode } from './xml.js';

/** A line before it has its index; its repairs get the index when the line is committed. */
export interface Draft extends Omit<Line, 'index'> {
  pending: Omit<Repair, 'line'>[];
}

export interface Context {
  region: Region;
  rels: Map<string, Rel>;
  table?: { table: number; row: number; cell: number };
}

type Piece =
  | { t: 'text'; text: string; props: RunProps; link?: string }
  | { t: 'tab' }
  | { t: 'break'; page: boolean }
  | { t: 'sym'; char: string };

interface InlineState {
  pieces: Piece[];
  textboxes: XmlElement[];
  hidden: string;
  link?: string;
  base: RunProps;
}

interface Field {
  inCode: boolean;
  instr: string;
  link?: string;
}

/** Typed bullets at the start of a paragraph ("• Led …", "- Built …"). */
const TYPED_BULLET = /^([•·▪▫◦‣⁃●○■□➢➤►▶✓✔❖◆◇∙▸→➔➜➙⇒›»✦★❯\-–—*])(?:\s+|$)/;

const inMargin = (region: Region) => region === 'header' || region === 'footer';
/** Regions a nested container cannot override: text in a header stays header text even inside a table. */
const sticky = (outer: Region, inner: Region): Region => (inMargin(outer) ? outer : inner);

/** Wrappers whose content reads as if the wrapper were not there. */
const TRANSPARENT = new Set(['w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:dir', 'w:bdo', 'w:sdtContent', 'mc:Choice']);
/** Content that is not on the page: deleted tracked changes and the Fallback copy of AlternateContent. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'mc:Fallback', 'w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:tblGrid', 'w:trPr', 'w:tcPr', 'w:sdtPr', 'w:sdtEndPr']);

function hyperlinkFromInstr(instr: string): string | undefined {
  const m = /^\s*HYPERLINK\b(.*)$/is.exec(instr);
  if (!m || /\\l\b/.test(m[1]!)) return undefined;
  const q = /"([^"]+)"/.exec(m[1]!) ?? /(\S+)/.exec(m[1]!);
  return q?.[1];
}

/** The alternative of an mc:AlternateContent to read: the first Choice, or the Fallback when there is none. */
function alternative(el: XmlElement): XmlElement | undefined {
  return child(el, 'mc:Choice') ?? child(el, 'mc:Fallback');
}

const sameStyle = (a: RunProps, b: RunProps, la?: string, lb?: string) =>
  !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.size === b.size && a.font === b.font && la === lb;

export class BodyReader {
  readonly drafts: Draft[] = [];
  /** Repairs that belong to no line (e.g. a paragraph that is entirely hidden). */
  readonly looseRepairs: Repair[] = [];
  /** Images per page number. */
  readonly images = new Map<number, number>();
  /** Characters repaired across the document (ligatures, private-use glyphs, soft hyphens), before normalisation. */
  readonly glyphs: GlyphCounts = { ligatures: 0, privateUse: 0, softHyphens: 0 };
  page = 1;
  private tables = 0;
  private fields: Field[] = [];
  private pendingGap = 0;
  private bodyStarted = false;
  private readonly lists: ListCounter;

  constructor(private readonly styles: Styles, numbering: () => Numbering) {
    this.lists = new ListCounter(numbering, styles);
  }

  /** Reads a whole part (w:body, w:hdr or w:ftr). */
  readPart(root: XmlElement, ctx: Context): void {
    this.fields = [];
    this.pendingGap = 0;
    this.blocks(root, ctx);
  }

  private blocks(container: XmlElement, ctx: Context): void {
    for (const el of container.children) {
      if (typeof el === 'string') continue;
      if (el.name === 'w:p') this.paragraph(el, ctx);
      else if (el.name === 'w:tbl') this.table(el, ctx);
      else if (el.name === 'mc:AlternateContent') {
        const alt = alternative(el);
        if (alt) this.blocks(alt, ctx);
      } else if (el.name === 'w:sdt') {
        const content = child(el, 'w:sdtContent');
        if (content) this.blocks(content, ctx);
      } else if (TRANSPARENT.has(el.name)) this.blocks(el, ctx);
    }
  }

  private table(tbl: XmlElement, ctx: Context): void {
    const table = this.tables++;
    const region = sticky(ctx.region, 'table');
    let row = 0;
    for (const tr of this.collect(tbl, 'w:tr')) {
      let cell = 0;
      for (const tc of this.collect(tr, 'w:tc')) {
        this.blocks(tc, { ...ctx, region, table: { table, row, cell } });
        cell++;
      }
      row++;
    }
  }

  /** Children with this name, looking through content controls and other transparent wrappers. */
  private collect(el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      else if (c.name === 'w:sdt') {
        const content = child(c, 'w:sdtContent');
        if (content) this.collect(content, name, out);
      } else if (TRANSPARENT.has(c.name)) this.collect(c, name, out);
    }
    return out;
  }

  private paragraph(p: XmlElement, ctx: Context): void {
    const para = resolveParagraph(this.styles, readParaProps(child(p, 'w:pPr')));
    // Page breaks count in the body only (headers and footers repeat on every page).
    const countsPages = !inMargin(ctx.region);
    if (para.pageBreakBefore && countsPages && this.bodyStarted) this.page++;
    const st: InlineState = { pieces: [], textboxes: [], hidden: '', base: para.runBase };
    this.inline(p.children, st, ctx);

    const marker = para.numId !== undefined ? this.lists.next(para.numId, para.ilvl) : undefined;
    const first = this.drafts.length;
    const groups: { pieces: Piece[]; page: number }[] = [{ pieces: [], page: this.page }];
    for (const piece of st.pieces) {
      if (piece.t !== 'break') {
        groups[groups.length - 1]!.pieces.push(piece);
        continue;
      }
      if (piece.page && countsPages) this.page++;
      groups.push({ pieces: [], page: this.page });
    }
    for (const g of groups) {
      const isFirst = this.drafts.length === first;
      const draft = this.makeLine(g.pieces, para, ctx, g.page, isFirst ? marker : undefined);
      if (!draft) continue;
      if (isFirst) {
        draft.blockStart = true;
        draft.gapBefore = para.before + this.pendingGap;
      } else {
        draft.blockStart = false;
        draft.gapBefore = 0;
      }
      this.drafts.push(draft);
      if (countsPages) this.bodyStarted = true;
    }
    if (this.drafts.length === first) this.pendingGap += para.before + (para.runBase.size ?? 12);
    else this.pendingGap = 0;

    const hidden = collapse(st.hidden);
    if (hidden) {
      const repair: Omit<Repair, 'line'> = {
        kind: 'hidden-text',
        page: this.page,
        before: hidden.length > 200 ? `${hidden.slice(0, 199)}…` : hidden,
        after: '',
        note: 'Hidden text (Word "hidden" font setting): not printed, but some ATS still read it.',
      };
      const host = this.drafts[first];
      if (host) host.pending.push(repair);
      else this.looseRepairs.push({ ...repair });
    }

    const region = sticky(ctx.region, 'textbox');
    for (const box of st.textboxes) this.blocks(box, { region, rels: ctx.rels });
  }

  private inline(nodes: XmlNode[], st: InlineState, ctx: Context): void {
    for (const el of nodes) {
      if (typeof el === 'string' || SKIPPED.has(el.name)) continue;
      switch (el.name) {
        case 'w:r':
          this.run(el, st);
          break;
        case 'w:hyperlink': {
          const rel = ctx.rels.get(el.attrs['r:id'] ?? '');
          this.withLink(st, rel && (rel.external || relIs(rel, REL.hyperlink)) ? rel.target : undefined, () => this.inline(el.children, st, ctx));
          break;
        }
        case 'w:fldSimple':
          this.withLink(st, hyperlinkFromInstr(el.attrs['w:instr'] ?? ''), () => this.inline(el.children, st, ctx));
          break;
        case 'mc:AlternateContent': {
          const alt = alternative(el);
          if (alt) this.inline(alt.children, st, ctx);
          break;
        }
        case 'w:sdt': {
          const content = child(el, 'w:sdtContent');
          if (content) this.inline(content.children, st, ctx);
          break;
        }
        default:
          this.inline(el.children, st, ctx);
      }
    }
  }

  private withLink(st: InlineState, link: string | undefined, body: () => void): void {
    const prev = st.link;
    if (link) st.link = link;
    body();
    st.link = prev;
  }

  private get inFieldCode(): boolean {
    return this.fields.some((f) => f.inCode);
  }

  private run(r: XmlElement, st: InlineState): void {
    const rPr = child(r, 'w:rPr');
    const props = resolveRun(this.styles, st.base, child(rPr, 'w:rStyle')?.attrs['w:val'], readRunProps(rPr));
    for (const el of r.children) {
      if (typeof el === 'string') continue;
      if (el.name === 'w:fldChar') {
        this.fieldChar(el.attrs['w:fldCharType']);
        continue;
      }
      if (el.name === 'w:instrText') {
        const top = this.fields[this.fields.length - 1];
        if (top?.inCode) top.instr += textOf(el);
        continue;
      }
      if (el.name === 'w:drawing' || el.name === 'w:pict' || el.name === 'w:object' || el.name === 'mc:AlternateContent') {
        this.objects(el, st);
        continue;
      }
      if (this.inFieldCode) continue;
      const piece = this.piece(el);
      if (!piece) continue;
      if (props.hidden) {
        if (piece.t === 'text') st.hidden += piece.text;
        else if (piece.t !== 'sym') st.hidden += ' ';
        continue;
      }
      if (piece.t === 'text') {
        const link = st.link ?? this.fieldLink();
        st.pieces.push(link ? { ...piece, props, link } : { ...piece, props });
      } else st.pieces.push(piece);
    }
  }

  private piece(el: XmlElement): Piece | { t: 'text'; text: string } | undefined {
    switch (el.name) {
      case 'w:t':
        return { t: 'text', text: textOf(el) };
      case 'w:tab':
      case 'w:ptab':
        return { t: 'tab' };
      case 'w:br':
        return { t: 'break', page: el.attrs['w:type'] === 'page' };
      case 'w:cr':
        return { t: 'break', page: false };
      case 'w:noBreakHyphen':
        return { t: 'text', text: '-' };
      case 'w:softHyphen':
        return { t: 'text', text: '\u00AD' };
      case 'w:sym': {
        const code = Number.parseInt(el.attrs['w:char'] ?? '', 16);
        return Number.isFinite(code) && code > 0 ? { t: 'sym', char: String.fromCharCode(code) } : undefined;
      }
      default:
        return undefined;
    }
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') this.fields.push({ inCode: true, instr: '' });
    else if (type === 'separate') {
      const top = this.fields[this.fields.length - 1];
      if (top) {
        top.inCode = false;
        const link = hyperlinkFromInstr(top.instr);
        if (link) top.link = link;
      }
    } else if (type === 'end') this.fields.pop();
  }

  private fieldLink(): string | undefined {
    for (let i = this.fields.length - 1; i >= 0; i--) if (this.fields[i]!.link) return this.fields[i]!.link;
    return undefined;
  }

  /** Drawings and VML: count pictures and collect text boxes (the Choice of AlternateContent, never the Fallback). */
  private objects(el: XmlElement, st: InlineState): void {
    if (el.name === 'mc:AlternateContent') {
      const alt = alternative(el);
      if (alt) this.objects(alt, st);
      return;
    }
    for (const c of el.children) {
      if (typeof c === 'string' || c.name === 'mc:Fallback') continue;
      if (c.name === 'w:txbxContent') st.textboxes.push(c);
      else {
        if (c.name === 'a:blip' || c.name === 'v:imagedata') this.images.set(this.page, (this.images.get(this.page) ?? 0) + 1);
        this.objects(c, st);
      }
    }
  }

  private makeLine(pieces: Piece[], para: ResolvedParagraph, ctx: Context, page: number, marker: string | undefined): Draft | undefined {
    const fixes = noFixes();
    const pending: Omit<Repair, 'line'>[] = [];
    let bullet = marker;
    // Cells: the parts between tabs, each a list of styled runs.
    const cells: Run[][] = [[]];
    let raw = '';
    let symbols = 0;
    let symbolBefore = '';
    // Three spaces or more between words set them apart as a tab does ("Employee relations   Performance
    // management": chips, or columns spaced out by hand).
    const spread: Piece[] = [];
    for (const piece of pieces) {
      if (piece.t !== 'text' || !/\s{3}/.test(piece.text)) { spread.push(piece); continue; }
      piece.text.split(/\s{3,}/).forEach((bit, k) => {
        if (k > 0) spread.push({ t: 'tab' });
        if (bit) spread.push({ ...piece, text: bit });
      });
    }
    for (const piece of spread) {
      if (piece.t === 'tab') {
        cells.push([]);
        raw += ' ';
        continue;
      }
      if (piece.t === 'break') continue;
      if (piece.t === 'sym') {
        // A Symbol/Wingdings character. At the very start of the paragraph it is a hand-made bullet.
        const atStart = cells.length === 1 && cells[0]!.every((r) => r.text.trim() === '');
        const privateUse = isPrivateUse(piece.char.charCodeAt(0));
        if (privateUse) {
          symbols++;
          symbolBefore += piece.char;
        }
        if (atStart && !bullet) bullet = '•';
        else if (!privateUse && piece.char.charCodeAt(0) >= 0x20) cells[cells.length - 1]!.push({ text: piece.char });
        continue;
      }
      raw += piece.text;
      let text = cleanChars(piece.text, fixes).replace(/\s+/g, ' ');
      if (!text) continue;
      const cell = cells[cells.length - 1]!;
      const last = cell[cell.length - 1];
      const style = { bold: piece.props.bold, italic: piece.props.italic, size: piece.props.size, font: piece.props.font };
      if (last && sameStyle(runProps(last), style, last.link, piece.link)) {
        text = last.text.endsWith(' ') && text.startsWith(' ') ? text.slice(1) : text;
        last.text += text;
      } else cell.push(makeRun(text, piece.props, piece.link));
    }

    const parts: { text: string; runs: Run[] }[] = [];
    for (const runs of cells) {
      const trimmed = trimRuns(runs);
      const text = collapse(trimmed.map((r) => r.text).join(''));
      if (text) parts.push({ text, runs: trimmed });
    }
    if (parts.length === 0) return undefined;

    // A typed bullet ("• ", "- ") at the start of a paragraph that is not a Word list.
    const typed = bullet ? null : TYPED_BULLET.exec(parts[0]!.text);
    if (typed) {
      const head = parts[0]!;
      if (head.text !== typed[1]) {
        head.text = head.text.slice(typed[0].length);
        head.runs = trimRuns(dropLeading(head.runs, typed[0].length));
        bullet = typed[1];
      } else if (parts.length > 1) {
        // The glyph alone in the first cell: "•<tab>Led the team".
        parts.shift();
        bullet = typed[1];
      }
    } else if (!bullet && parts.length > 1 && parts[0]!.text === 'o' && /^\p{Lu}/u.test(parts[1]!.text)) {
      // Word's second-level bullet typed by hand, a letter o and a tab: "o<tab>Build times fell from 14 minutes to 3."
      parts.shift();
      bullet = '◦';
    }

    const text = parts.map((p) => p.text).join(CELL_SEPARATOR);
    const runs = parts.flatMap((p) => p.runs);
    const draft: Draft = { text, runs, page, region: ctx.region, pending };
    if (parts.length > 1) draft.cells = parts.map((p) => p.text);
    if (ctx.table) draft.table = ctx.table;
    Object.assign(draft, lineStyle(runs));
    if (para.heading !== undefined && marker && bullet === marker && marker !== '•') {
      // A heading numbered by its style (outline numbering: "I. Profile", "2.1 Projects"): the number is part of the
      // heading as printed, not a list item's marker.
      draft.text = `${marker} ${text}`;
      if (draft.cells) draft.cells[0] = `${marker} ${draft.cells[0]}`;
    } else {
      if (bullet) draft.bullet = bullet;
      if (para.numId !== undefined) draft.listLevel = para.ilvl;
    }
    if (para.heading !== undefined) draft.heading = para.heading;
    if (para.styleName) draft.style = para.styleName;
    if (para.align) draft.align = para.align;

    this.glyphs.ligatures += fixes.ligatures;
    this.glyphs.softHyphens += fixes.softHyphens;
    this.glyphs.privateUse += fixes.privateUse + symbols;
    const before = collapse(raw);
    if (fixes.ligatures) pending.push({ kind: 'ligature', page, before, after: text, count: fixes.ligatures });
    if (fixes.softHyphens) pending.push({ kind: 'soft-hyphen', page, before, after: text, count: fixes.softHyphens });
    if (fixes.privateUse || symbols) {
      pending.push({
        kind: 'private-use-glyph',
        page,
        before: symbolBefore + before,
        after: text,
        count: fixes.privateUse + symbols,
        note: 'Icon-font or Symbol/Wingdings characters: an ATS reads them as unknown characters or nothing.',
      });
    }
    return draft;
  }
}

function runProps(r: Run): RunProps {
  return { bold: r.bold, italic: r.italic, size: r.fontSize, font: r.fontName };
}

function makeRun(text: string, props: RunProps, link: string | undefined): Run {
  const run: Run = { text };
  if (props.bold) run.bold = true;
  if (props.italic) run.italic = true;
  if (props.size !== undefined) run.fontSize = props.size;
  if (props.font) run.fontName = props.font;
  if (link) run.link = link;
  return run;
}

/** Copies of the runs with leading and trailing blanks removed and empty runs dropped. */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((r) => ({ ...r }));
  while (out.length && !(out[0]!.text = out[0]!.text.trimStart())) out.shift();
  while (out.length && !(out[out.length - 1]!.text = out[out.length - 1]!.text.trimEnd())) out.pop();
  return out;
}

/** Removes the first n characters from a list of runs. */
function dropLeading(runs: Run[], n: number): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (n >= r.text.length) {
      n -= r.text.length;
      continue;
    }
    out.push(n > 0 ? { ...r, text: r.text.slice(n) } : r);
    n = 0;
  }
  return out;
}

/** Dominant font size and bold/italic shares, counted over visible characters. */
function lineStyle(runs: Run[]): Pick<Line, 'fontSize' | 'bold' | 'italic'> {
  let total = 0;
  let bold = 0;
  let italic = 0;
  const sizes = new Map<number, number>();
  for (const r of runs) {
    const n = r.text.replace(/\s/g, '').length;
    total += n;
    if (r.bold) bold += n;
    if (r.italic) italic += n;
    if (r.fontSize !== undefined) sizes.set(r.fontSize, (sizes.get(r.fontSize) ?? 0) + n);
  }
  const out: Pick<Line, 'fontSize' | 'bold' | 'italic'> = {};
  let best = -1;
  for (const [size, n] of sizes) {
    if (n > best) {
      best = n;
      out.fontSize = size;
    }
  }
  if (total > 0) {
    out.bold = Math.round((bold / total) * 100) / 100;
    out.italic = Math.round((italic / total) * 100) / 100;
  }
  return out;
}
