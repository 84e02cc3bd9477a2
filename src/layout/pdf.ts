// PDF layout: raw positioned items → lines in reading order (columns, header/footer bands, bullets, repairs).
// Pure: no I/O. Coordinates are points from the top-left of the page.
import type { Box, Document, Line, RawPage, Repair, Run, TextItem } from '../types.js';
import type { PdfExtraction } from '../ingest/types.js';
import { normaliseText, isBulletGlyph, isIconFont, joinLetterSpaced, dehyphenate, BULLET_PREFIX } from './text.js';
import { IRREGULAR_PAST, PRESENT_ACTION } from '../data/vocab.js';
import { iconMeaning } from '../data/icon-glyphs.js';
import { median } from '../core/median.js';
import { SECTION_ALIASES } from '../data/section-aliases.js';

interface Seg {
  items: TextItem[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  base: number;
  size: number;
}

interface Row {
  segs: Seg[];
  base: number;
}

/**
 * Where an item sits, to compare rows by: its baseline plus a typical descent (to keep the scale of y + height),
 * or y + height where the baseline is not known. Fonts' descents differ, so y + height alone misorders rows.
 */
const baseOf = (it: TextItem): number => (it.base !== undefined ? it.base + 0.2 * it.fontSize : it.y + it.height);

/** Groups a page's items into rows (same baseline) and, within a row, segments split at wide gaps. */
function buildRows(items: TextItem[]): Row[] {
  const sorted = items
    .filter((it) => it.text.length > 0 && !it.hidden)
    .map((it) => ({ it, base: baseOf(it) }))
    .sort((a, b) => a.base - b.base || a.it.x - b.it.x);
  const groups: { base: number; size: number; top: number; items: TextItem[] }[] = [];
  for (const { it, base } of sorted) {
    const g = groups[groups.length - 1];
    // Same row: baselines close for the larger size, and the item's top in the upper part of the row's tallest
    // item (a small line printed just under a large name is a line of its own).
    if (g && Math.abs(base - g.base) <= 0.4 * Math.max(g.size, it.fontSize) && it.y < g.top + 0.6 * (g.base - g.top)) {
      g.items.push(it);
      if (it.text.trim() && it.fontSize > g.size) { g.size = it.fontSize; g.top = it.y; }
    } else {
      groups.push({ base, size: it.fontSize, top: it.y, items: [it] });
    }
  }
  return groups.map((g) => {
    const xs = g.items.sort((a, b) => a.x - b.x);
    const segs: Seg[] = [];
    let cur: TextItem[] = [];
    let lastEnd = -Infinity;
    const flush = () => {
      const solid = cur.filter((i) => i.text.trim());
      if (solid.length) {
        segs.push({
          items: solid,
          x0: Math.min(...solid.map((i) => i.x)),
          x1: Math.max(...solid.map((i) => i.x + i.width)),
          top: Math.min(...solid.map((i) => i.y)),
          bottom: Math.max(...solid.map((i) => i.y + i.height)),
          // Its own baseline: a row may hold items of another column whose baselines differ a little.
          base: median(solid.map(baseOf)),
          size: median(solid.map((i) => i.fontSize)),
        });
      }
      cur = [];
    };
    for (const it of xs) {
      if (!it.text.trim()) continue; // spaces only matter as gaps
      const gap = it.x - lastEnd;
      if (cur.length && gap > Math.max(1.2 * it.fontSize, 8)) flush();
      cur.push(it);
      lastEnd = Math.max(lastEnd, it.x + it.width);
    }
    flush();
    return { segs, base: g.base };
  }).filter((r) => r.segs.length > 0);
}

interface Zone {
  kind: 'full' | 'columns';
  rows: Row[];
  split?: number;
}

/**
 * Finds a vertical gutter that separates two independent columns over a run of rows. A gutter only counts when
 * the left side has text rows of its own (not just dates or labels aligned with rows on the right).
 */
function findColumns(rows: Row[], width: number, carried?: number): { split: number; from: number; to: number } | null {
  const starts = new Map<number, number>();
  for (const r of rows) for (const s of r.segs) {
    const k = Math.round(s.x0 / 3) * 3;
    if (k > width * 0.15 && k < width * 0.75) starts.set(k, (starts.get(k) ?? 0) + 1);
  }
  let best: { split: number; from: number; to: number; score: number } | null = null;
  // Rows found to be a table of labelled rows: no column split runs through them, at any x.
  const tables: [number, number][] = [];
  // (a little left of the starts: a large first letter, "Graham" at 34 pt, begins a point or two early)
  const splits = [...starts].filter(([, n]) => n >= 4).map(([x]) => x - 4);
  if (carried !== undefined) splits.push(carried);
  for (const split of splits) {
    // Longest run of consecutive rows with no segment crossing the split.
    let from = 0;
    for (let i = 0; i <= rows.length; i++) {
      const crosses = i < rows.length && rows[i]!.segs.some((s) => s.x0 < split - 1 && s.x1 > split + 1);
      if (!crosses) continue;
      consider(from, i, split);
      from = i + 1;
    }
    consider(from, rows.length, split);
  }
  function consider(from: number, end: number, split: number) {
    // A heading left of the split that closes the run, right over a row across the page, heads that row's
    // section: "Education" under two newspaper columns, over "Bachelor of Science, Computer Science — …".
    let to = end;
    const next = rows[to];
    if (next && to - 1 > from) {
      const last = rows[to - 1]!;
      const size = Math.max(...last.segs.map((s) => s.size));
      if (last.segs.length === 1 && last.segs[0]!.x1 <= split + 1 && segText(last.segs[0]!).trim().split(/\s+/).length <= 4 && next.base - last.base <= 3 * size) to--;
    }
    if (to - from < 6) return;
    let leftOnly = 0, rightOnly = 0, both = 0, leftChars = 0, rightChars = 0;
    for (let i = from; i < to; i++) {
      const r = rows[i]!;
      const l = r.segs.filter((s) => s.x1 <= split + 1);
      const rt = r.segs.filter((s) => s.x0 >= split - 1);
      if (l.length && rt.length) both++;
      else if (l.length) leftOnly++;
      else if (rt.length) rightOnly++;
      leftChars += l.reduce((a, s) => a + segText(s).length, 0);
      rightChars += rt.reduce((a, s) => a + segText(s).length, 0);
    }
    // Independent columns: each side has rows the other side does not share, and real text on both sides.
    // (a sparse gutter of a few section names holds little text: "Profile", "Skills", "Experience")
    // (rows shared by both sides are the mark of one table, unless each side has section headings of its own: a
    // sidebar set on the main column's baselines, "Contact    Profile", "Skills    Bancoluz Pagamentos …")
    // (counted only when the shared rows would rule the columns out: most candidate splits never need it)
    const ownHeadings = () => headingsOn(rows.slice(from, to), split, 'left') >= 2 && headingsOn(rows.slice(from, to), split, 'right') >= 1;
    // (the split of the page before, where its sidebar runs on at the top of this page: the sidebar's last lines
    // may all share baselines with the main column's)
    const goesOn = carried !== undefined && Math.abs(split - carried) <= 3 && leftChars >= 20 && rightOnly >= 3;
    if (rightChars < 80 || ((leftOnly < 3 || rightOnly < 3) && !ownHeadings() && !goesOn)) return;
    if (leftChars < 80 && !sparseGutter(rows.slice(from, to), split)) return;
    if (!goesOn && (isLabelGutter(rows.slice(from, to), split) || isDateGutter(rows.slice(from, to), split, width))) return;
    // (a gutter of dates, durations and the section headings beside a column with (almost) no headings of its own, most of its
    // lines on the baseline of a line at the right: a job portal's export, "2021/09 - Now" / "3 years 5 months")
    // (not a gutter of headings alone, each beside its section's first line: the JSON Resume theme "paper")
    if (!goesOn && both >= 3 * leftOnly && both >= 4 && headingsOn(rows.slice(from, to), split, 'right') <= 1 && headingsOn(rows.slice(from, to), split, 'left') >= 3
      && labelsBeside(rows.slice(from, to), split) >= 2 * headingsOn(rows.slice(from, to), split, 'left')) return;
    if (!goesOn && labelsRows(rows.slice(from, to), split)) { tables.push([from, to]); return; }
    if (isCardGrid(rows.slice(from, to), split)) return;
    if (both > (leftOnly + rightOnly) * 1.5 && !ownHeadings() && !goesOn) return;
    const score = leftChars + rightChars;
    if (!best || score > best.score) best = { split, from, to, score };
  }
  if (best && tables.some(([f, t]) => (best as { from: number }).from < t && (best as { to: number }).to > f)) return null;
  return best ? { split: (best as { split: number }).split, from: (best as { from: number }).from, to: (best as { to: number }).to } : null;
}

/**
 * A left column of short labels each on the baseline of a line on the right ("Feb 2021 – Present" beside
 * "Assistant Manager – Accounts", "Lahore" beside the employer, "ERP" beside its skills), with the section headings
 * on the left and none on the right: the labels of a table's rows (a date gutter with places, a German tabular CV),
 * to be read row by row, not a column of its own.
 */
function labelsRows(rows: Row[], split: number): boolean {
  // (a sub-label ending in a colon, "Key Achievements:", is no section heading)
  const rightHeadings = rows.flatMap((r) => r.segs.filter((s) => s.x0 >= split - 1)).filter((s) => !/:\s*$/.test(segText(s)) && isHeadingSeg(s));
  if (rightHeadings.length) return false;
  let labels = 0, beside = 0;
  // (headings beside text on their rows head a gutter of section names, the JSON Resume theme "paper": columns; one
  // may be a row's label, "Languages    German (native), English (C1)")
  if (rows.filter((r) => r.segs.some((s) => s.x1 <= split + 1 && isHeadingSeg(s)) && r.segs.some((s) => s.x0 >= split - 1)).length >= 2) return false;
  for (const r of rows) {
    const left = r.segs.filter((s) => s.x1 <= split + 1 && !isHeadingSeg(s));
    if (!left.length) continue;
    if (left.some((s) => segText(s).trim().split(/\s+/).length > 5)) return false;
    labels += left.length;
    if (r.segs.some((s) => s.x0 >= split - 1)) beside += left.length;
  }
  return labels >= 4 && beside >= 0.75 * labels;
}

/** A segment that is a known section heading ("Skills", "Experience:"). */
const isHeadingSeg = (s: Seg): boolean => SECTION_ALIASES.has(segText(s).trim().toLowerCase().replace(/[:\s]+$/, ''));

/** How many rows have a label left of the split that is no section heading, and text right of it. */
const labelsBeside = (rows: Row[], split: number): number =>
  rows.filter((r) => r.segs.some((s) => s.x1 <= split + 1 && !isHeadingSeg(s)) && r.segs.some((s) => s.x0 >= split - 1)).length;

/**
 * How many segments on one side of the split are known section headings ("Skills", "Experience"), each alone on its
 * side of its row (a row's label, "Industry    FMCG", is none).
 */
function headingsOn(rows: Row[], split: number, side: 'left' | 'right'): number {
  let n = 0;
  for (const r of rows) {
    const segs = r.segs.filter((s) => (side === 'left' ? s.x1 <= split + 1 : s.x0 >= split - 1));
    if (segs.length === 1 && isHeadingSeg(segs[0]!)) n++;
  }
  return n;
}

/**
 * A left column of short labels set flush right against the gutter (Europass: "WORK EXPERIENCE",
 * "09/2021 – present") labels the rows beside it; it is not a column to read on its own.
 */
function isLabelGutter(rows: Row[], split: number): boolean {
  const all = rows.flatMap((r) => r.segs.filter((s) => s.x1 <= split + 1));
  // (headings set larger, "Employment" over the labels, head the rows across the page: the labels are the rest)
  const body = median(all.map((s) => s.size));
  const left = all.filter((s) => s.size <= body + 0.5);
  if (left.length < 4 || left.length < 0.7 * all.length) return false;
  const edge = Math.max(...left.map((s) => s.x1));
  const flush = left.filter((s) => edge - s.x1 <= 3).length;
  // (Europass labels run to six words: "Name and address of employer", "Name and type of organisation")
  const short = left.filter((s) => segText(s).trim().split(/\s+/).length <= 6).length;
  const ragged = left.filter((s) => Math.abs(s.x0 - left[0]!.x0) > 3).length;
  return flush >= 0.8 * left.length && short >= 0.9 * left.length && ragged >= 0.5 * left.length;
}

/**
 * Cards side by side at an even pitch ("Infrastructure as code | Containers | Observability | Scripting", each over
 * its level and keywords): rows of three or more cells, one left of the split, whose starts are evenly spaced. A
 * grid is read row by row (and its cards by the skills parser), not as two columns.
 */
function isCardGrid(rows: Row[], split: number): boolean {
  let grid = 0;
  for (const r of rows) {
    if (r.segs.length < 3 || !r.segs.some((s) => s.x1 <= split + 1) || r.segs.filter((s) => s.x0 >= split - 1).length < 2) continue;
    const xs = r.segs.map((s) => s.x0);
    const steps = xs.slice(1).map((x, i) => x - xs[i]!);
    const step = steps[0]!;
    if (step > 20 && steps.every((d) => Math.abs(d - step) <= 0.06 * step || Math.abs(d - 2 * step) <= 0.06 * step)) grid++;
  }
  return grid >= 2;
}

const GUTTER_DATE = /\b(?:19|20)\d\d\b/;

/**
 * A narrow left column of a few short lines far apart (section names, dates), beside a main column that runs on:
 * labels of the main column's blocks, not a column to read on its own (the JSON Resume theme "paper").
 */
function sparseGutter(rows: Row[], split: number): boolean {
  const left = rows.filter((r) => r.segs.some((s) => s.x1 <= split + 1));
  const right = rows.filter((r) => r.segs.some((s) => s.x0 >= split - 1));
  const leftSegs = left.flatMap((r) => r.segs.filter((s) => s.x1 <= split + 1));
  // (a range wrapped over two rows, "JAN 2022 –" / "NOW", counts once)
  const labelSize = median(leftSegs.map((s) => s.size));
  const gutterText = (r: Row) => r.segs.filter((s) => s.x1 <= split + 1).map(segText).join(' ').trim();
  const labels = left.filter((r, i) => i === 0 || r.base - left[i - 1]!.base > 1.5 * labelSize || !wrapsRange(gutterText(left[i - 1]!), gutterText(r)));
  if (labels.length < 3 || labels.length > 0.65 * right.length) return false;
  if (leftSegs.some((s) => joinLetterSpaced(segText(s).trim()).split(/\s+/).length > 5 && segText(s).trim().length > 40)) return false;
  // (one label to a row: a row of several tags, "Go  Java  Kotlin  SQL", is a sidebar's content)
  if (left.filter((r) => r.segs.filter((s) => s.x1 <= split + 1).length > 1).length > 0.1 * left.length) return false;
  const gaps = labels.slice(1).map((r, i) => r.base - labels[i]!.base).sort((a, b) => a - b);
  const size = labelSize;
  // (within the main column's height: a first heading may stand above it, a last one with nothing beside it below)
  const above = left.filter((r) => r.base < right[0]!.base - 3 * size).length;
  const below = left.filter((r) => r.base > right[right.length - 1]!.base + 3 * size).length;
  return gaps[gaps.length >> 1]! > 2.5 * size && above <= 1 && below <= 1;
}

/**
 * The rows of a zone with a sparse gutter, in reading order: the main column's rows grouped into blocks (split
 * where the line pitch widens), each block after the gutter lines whose middle lies within it (or nearest it).
 */
function gutterBlocks(rows: Row[], split: number): Seg[][][] {
  const right = rows.map((r) => ({ r, segs: r.segs.filter((s) => s.x0 >= split - 1) })).filter((x) => x.segs.length);
  const left: { r: Row; segs: Seg[] }[] = [];
  for (const x of rows.map((r) => ({ r, segs: r.segs.filter((s) => s.x1 <= split + 1) })).filter((x) => x.segs.length)) {
    // A range wrapped in the gutter, "JAN 2022 –" over "NOW", is one label (a Word table's cells are aligned at
    // the top, so the label's row need not be the baseline of the line beside it).
    const prev = left[left.length - 1];
    const a = prev?.segs.length === 1 ? prev.segs[0]! : undefined, b = x.segs.length === 1 ? x.segs[0]! : undefined;
    if (prev && a && b && Math.abs(a.x0 - b.x0) <= 2 && x.r.base - prev.r.base <= 1.6 * a.size && wrapsRange(segText(a), segText(b))) {
      const rest = b.items.map((it, k) => (k === 0 ? { ...it, text: ` ${it.text.trimStart()}` } : it));
      prev.segs = [{ ...a, items: [...a.items, ...rest], x1: Math.max(a.x1, b.x1), bottom: b.bottom }];
      continue;
    }
    left.push(x);
  }
  // (a label whose top is level with a line's top starts a block there: a Word table row, "JUN 2019 –" beside
  // "Data Analyst | Eko Telecom", is an entry of its own however close the lines above it are)
  // (a label sharing a line's row starts a block only when the block above began at a label too, a label to each
  // row: "Languages  C++, C" over "Compilers  LLVM, MLIR"; "paper" sets one date on a block's second line)
  const labelTops = left.filter((x) => !x.r.segs.some((s) => s.x0 >= split - 1)).map((x) => ({ top: Math.min(...x.segs.map((s) => s.top)), size: Math.max(...x.segs.map((s) => s.size)) }));
  const pitches = right.slice(1).map((x, i) => x.r.base - right[i]!.r.base).filter((p) => p > 0).sort((a, b) => a - b);
  const usual = pitches[Math.floor(pitches.length / 4)] ?? 12;
  const blocks: { top: number; bottom: number; rows: Seg[][]; labels: Seg[][]; labelled: boolean }[] = [];
  // (a label on the row of a line of the main column is read with that line: "May 2023 – Present    Staff Engineer")
  const beside = new Set(left.filter((x) => right.some((y) => y.r === x.r)).map((x) => x.r));
  const placed = new Set<Row>();
  const sizeOf = (segs: Seg[]) => Math.max(...segs.map((s) => s.size));
  for (const [i, x] of right.entries()) {
    const top = Math.min(...x.segs.map((s) => s.top)), bottom = Math.max(...x.segs.map((s) => s.bottom));
    const last = blocks[blocks.length - 1];
    // (a line in a larger or smaller type, a heading, is a block of its own)
    const sameSize = i > 0 && Math.abs(sizeOf(x.segs) - sizeOf(right[i - 1]!.segs)) <= 0.2 * sizeOf(x.segs);
    // (a heading beside the line, set larger or in capitals, is no label of that row)
    const level = labelTops.some((t) => Math.abs(t.top - top) <= 0.3 * t.size && t.size <= sizeOf(x.segs) + 0.5);
    const label = beside.has(x.r) ? left.find((l) => l.r === x.r)!.segs : undefined;
    const labelText = label ? label.map(segText).join(' ') : '';
    const rowLabel = !!label && sizeOf(label) <= sizeOf(x.segs) + 0.5 && !(labelText === labelText.toUpperCase() && !/\d/.test(labelText));
    if (last && i > 0 && sameSize && !level && !(rowLabel && last.labelled) && x.r.base - right[i - 1]!.r.base <= 1.6 * usual) { last.rows.push(x.segs); last.bottom = bottom; }
    else {
      // (only on the first row of its block: a date set a row lower, "paper", labels the block from above)
      const segs = beside.has(x.r) ? [...left.find((l) => l.r === x.r)!.segs, ...x.segs] : x.segs;
      if (segs !== x.segs) placed.add(x.r);
      blocks.push({ top, bottom, rows: [segs], labels: [], labelled: rowLabel || level });
    }
  }
  for (const x of left) {
    if (placed.has(x.r)) continue;
    const mid = (Math.min(...x.segs.map((s) => s.top)) + Math.max(...x.segs.map((s) => s.bottom))) / 2;
    // (within a block, or else the block below it: a heading sits above what it heads; below them all, last)
    const within = blocks.find((b) => mid >= b.top && mid <= b.bottom) ?? blocks.find((b) => b.top > mid);
    if (within) within.labels.push(x.segs);
    else blocks.push({ top: mid, bottom: mid, rows: [], labels: [x.segs], labelled: false });
  }
  return blocks.map((b) => [...b.labels, ...b.rows]);
}

/**
 * A narrow left column of dates and short labels, each printed on the row of the entry it labels (moderncv, a
 * German Lebenslauf: "10/2016 – 03/2021" beside "Design Engineer", "CAD" beside "CATIA V5, Siemens NX"). It is
 * read with its rows, not as a column of its own. A sidebar differs: its lines run on by themselves, most of them
 * on rows the main column does not share or in the middle of the main column's paragraphs.
 */
function isDateGutter(rows: Row[], split: number, width: number): boolean {
  if (split > width * 0.34) return false;
  const leftRows = rows.filter((r) => r.segs.some((s) => s.x1 <= split + 1));
  const left = leftRows.flatMap((r) => r.segs.filter((s) => s.x1 <= split + 1));
  if (left.length < 4 || Math.max(...left.map((s) => s.x1)) - Math.min(...left.map((s) => s.x0)) > width * 0.24) return false;
  const words = (s: Seg) => segText(s).trim().split(/\s+/).length;
  if (left.some((s) => words(s) > 5)) return false;
  const dated = left.filter((s) => GUTTER_DATE.test(segText(s))).length;
  if (dated < 3 || dated < 0.3 * left.length) return false;
  // Labels sit on the row of a line of the right column; headings (the larger or bolder lines) stand alone.
  const sizes = left.map((s) => s.size).sort((a, b) => a - b);
  const body = sizes[sizes.length >> 1]!;
  // (in one size and weight, as a plain-text resume prints, the headings are known by their words, and the rules drawn
  // under them with characters, "==========", and the last line of a paragraph above, "and runbooks.", label nothing)
  const plain = left.every((s) => Math.abs(s.size - body) <= 0.5 && s.items.every((i) => !i.bold));
  const labels = leftRows.filter((r) => r.segs.some((s) => s.x1 <= split + 1 && s.size <= body + 0.5 && !(plain && (isHeadingSeg(s) || /^([=_~*#-])\1{2,}$|[.!?]$/.test(segText(s).trim())))));
  const beside = labels.filter((r) => r.segs.some((s) => s.x0 >= split - 1)).length;
  const rightRows = rows.filter((r) => r.segs.some((s) => s.x0 >= split - 1)).length;
  return beside >= 0.75 * labels.length && rightRows >= 1.5 * labels.length;
}

function zonesOf(rows: Row[], width: number, carried?: number): Zone[] {
  const c = findColumns(rows, width, carried);
  if (!c) return rows.length ? [{ kind: 'full', rows }] : [];
  const out: Zone[] = [];
  out.push(...zonesOf(rows.slice(0, c.from), width));
  out.push({ kind: 'columns', rows: rows.slice(c.from, c.to), split: c.split });
  out.push(...zonesOf(rows.slice(c.to), width));
  return out;
}

function segText(s: Seg): string {
  return itemsText(s.items);
}

/** Joins items into text, inserting a space where the gap between items is wider than a thin space. */
function itemsText(items: TextItem[]): string {
  let out = '';
  let end = -Infinity;
  let prev = '';
  // (the narrowest gap yet between pieces of letter-spaced text: the gap between its letters)
  let letterGap: number | undefined;
  for (const it of items) {
    const gap = it.x - end;
    const pieces = !!out && SPACED_TAIL.test(out.trimEnd()) && SPACED_HEAD.test(it.text.trim());
    // (two letter-spaced words drawn apart, "M A R K E T I N G" and "T E C H N O L O G I S T": two spaces, the
    // word break joinLetterSpaced keeps; also when a word is drawn in pieces, "C A", "N", "A D I A", "N" | "E X P",
    // where a word break is a gap wider than the gaps between its letters)
    if (out && !/^\s/.test(it.text)) {
      const wide = gap > 0.15 * it.fontSize;
      const apart = (wide && LETTER_SPACED.test(prev.trim()) && LETTER_SPACED.test(it.text.trim()))
        || (pieces && (letterGap === undefined ? gap > 0.3 * it.fontSize : gap > letterGap + 0.2 * it.fontSize));
      if (!/\s$/.test(out)) { if (wide || apart) out += apart ? '  ' : ' '; }
      else if (apart && !/\s\s$/.test(out)) out += ' ';
    }
    if (pieces) letterGap = Math.min(letterGap ?? Infinity, gap);
    out += it.text;
    end = it.x + it.width;
    prev = it.text;
  }
  return out;
}

/** An item of letter-spaced text: three or more letters (or kerned pairs, or a hyphen) with a space between each. */
const LETTER_SPACED = /^(?:[\p{L}&-]{1,2} ){2,}[\p{L}&-]{1,2}$/u;
/** Text that ends in letter-spaced letters ("… C A N A D I A N"), and an item that starts with a lone letter ("E", "X P"). */
const SPACED_TAIL = /(?:^|\s)(?:\p{L}{1,2} ){2,}\p{L}$/u;
const SPACED_HEAD = /^\p{L}(?: \p{L}{1,2})*$/u;

const runsOf = (items: TextItem[], icons: Map<TextItem, string>): Run[] =>
  items.map((i) => {
    const r: Run = { text: i.text, fontSize: i.fontSize, x: i.x, width: i.width };
    const icon = icons.get(i);
    if (icon) r.icon = icon;
    if (i.bold) r.bold = true;
    if (i.italic) r.italic = true;
    if (i.fontName) r.fontName = i.fontName;
    if (i.link) r.link = i.link;
    return r;
  });

interface PageLine extends Omit<Line, 'index'> {
  base: number;
}

function makeLine(segs: Seg[], page: number, column: number | undefined, repairs: Repair[]): PageLine | null {
  let items = segs.flatMap((s) => s.items);
  // Icon fonts (Font Awesome and friends) print pictures, not words: drop them, but keep bullets.
  const kept: TextItem[] = [];
  // (what a dropped icon stood for goes to the item after it: "[GitHub logo] dwokafor")
  const icons = new Map<TextItem, string>();
  let icon: string | undefined;
  let bullet: string | undefined;
  for (const [k, it] of items.entries()) {
    const t = it.text.trim();
    if (k === 0 && isBulletGlyph(t)) { bullet = t; continue; }
    const iconFont = !!it.fontName && isIconFont(it.fontName);
    if (iconFont || /^[\uE000-\uF8FF]+$/u.test(t)) {
      repairs.push({ kind: 'private-use-glyph', page, before: it.text, after: '' });
      icon = iconMeaning(t, iconFont);
      continue;
    }
    if (icon && t) { icons.set(it, icon); icon = undefined; }
    kept.push(it);
  }
  items = kept;
  if (!items.length) return null;
  const cells = segs.length > 1 ? segs.map((s) => s.items.filter((i) => items.includes(i))).filter((a) => a.length).map(itemsText) : undefined;
  let text = cells ? cells.join('  ') : itemsText(items);
  const norm = normaliseText(text);
  if (norm.repairs.length) for (const r of norm.repairs) repairs.push({ ...r, page });
  text = norm.text;
  const spaced = joinLetterSpaced(text);
  if (spaced !== text) { repairs.push({ kind: 'letter-spacing', page, before: text, after: spaced }); text = spaced; }
  if (!bullet) {
    const m = BULLET_PREFIX.exec(text);
    if (m) { bullet = m[1]; text = text.slice(m[0].length); }
  }
  if (bullet && /[\uE000-\uF8FF]/u.test(bullet)) repairs.push({ kind: 'bullet-glyph', page, before: bullet, after: '•' });
  text = text.replace(/\s+/g, ' ').trim();
  // A rule drawn with characters ("=======" under a heading of a plain-text resume) carries no text.
  if (/^([=_~*#-])\1{2,}$/.test(text)) return null;
  if (!text) return null;
  const cellTexts = cells?.map((c) => joinLetterSpaced(normaliseText(c).text).replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (cellTexts && bullet && cellTexts[0]?.startsWith(bullet)) cellTexts[0] = cellTexts[0].slice(bullet.length).trim();
  const chars = items.reduce((a, i) => a + i.text.length, 0) || 1;
  const box: Box = [
    Math.min(...items.map((i) => i.x)),
    Math.min(...items.map((i) => i.y)),
    Math.max(...items.map((i) => i.x + i.width)),
    Math.max(...items.map((i) => i.y + i.height)),
  ];
  const sizes = new Map<number, number>();
  for (const i of items) sizes.set(Math.round(i.fontSize * 10) / 10, (sizes.get(Math.round(i.fontSize * 10) / 10) ?? 0) + i.text.length);
  const fontSize = [...sizes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const line: PageLine = {
    text,
    runs: runsOf(items, icons),
    page,
    region: 'body',
    box,
    fontSize,
    bold: items.reduce((a, i) => a + (i.bold ? i.text.length : 0), 0) / chars,
    italic: items.reduce((a, i) => a + (i.italic ? i.text.length : 0), 0) / chars,
    base: segs[0]!.base,
  };
  if (column !== undefined) line.column = column;
  if (bullet) line.bullet = bullet;
  if (cellTexts && cellTexts.length > 1) line.cells = cellTexts;
  return line;
}

/**
 * Headings set in a left margin, a word's space from the text they head ("Experience  Granite Peak Capital",
 * "Skills  Finance: …"), sit in one segment with it. Where most lines start at one left edge and a row starts
 * further left with a short label or a date that ends just before that edge, the label is a segment of its own,
 * so that the margin is read as a gutter of labels or dates (isLabelGutter, isDateGutter) and the label as a heading.
 */
/** The left edge most lines of the document start at (pages of one template share it), if it is clear. */
function commonLeftEdge(pages: Row[][]): number | undefined {
  const starts = new Map<number, number>();
  let total = 0;
  for (const rows of pages) for (const r of rows) { const k = Math.round(r.segs[0]!.x0); starts.set(k, (starts.get(k) ?? 0) + 1); total++; }
  let edge = -1, most = 0;
  for (const [x, n] of starts) if (n > most) { edge = x; most = n; }
  return most < 5 || most < 0.25 * total ? undefined : edge;
}

function splitMarginLabels(rows: Row[], edge: number | undefined): void {
  if (edge === undefined) return;
  for (const r of rows) {
    const seg = r.segs[0]!;
    if (seg.x0 >= edge - 5) continue;
    const k = seg.items.findIndex((it, i) => i > 0 && Math.abs(it.x - edge) <= 1.5 && it.text.trim());
    if (k <= 0) continue;
    const left = seg.items.slice(0, k).filter((it) => it.text.trim());
    const end = Math.max(...left.map((it) => it.x + it.width));
    const label = itemsText(left).trim();
    // (a label, or dates: "Feb 2023 –" over "Present", as moderncv sets a range too wide for its gutter)
    const dated = GUTTER_DATE.test(label) && label.split(/\s+/).length <= 4;
    if (!left.length || edge - end < 0.25 * seg.size || (!dated && (label.split(/\s+/).length > 3 || /\d/.test(label)))) continue;
    const right = seg.items.slice(k);
    const part = (items: TextItem[]): Seg => {
      const solid = items.filter((i) => i.text.trim());
      return { ...seg, items: solid, x0: Math.min(...solid.map((i) => i.x)), x1: Math.max(...solid.map((i) => i.x + i.width)) };
    };
    r.segs.splice(0, 1, part(left), part(right));
  }
  // A range that wrapped in the gutter, "Feb 2023 –" over "Present", "Sep 2022–Jan" over "2024", "Feb" over
  // "2024–present": the rest joins its start's row.
  for (let i = 0; i + 1 < rows.length; i++) {
    const [a, b] = [rows[i]!, rows[i + 1]!];
    const start = a.segs[0]!, end = b.segs[0]!;
    if (a.segs.length < 2 || start.x1 > edge || end.x1 > edge - 2 || (b.segs.length < 2 && b.segs[0]!.x1 > edge)) continue;
    const first = itemsText(start.items).trim(), rest = itemsText(end.items).trim();
    const open = (/[–—-]$/.test(first) && GUTTER_DATE.test(first)) || (/(?:^|[–—-]\s*)\p{L}{3,9}\.?$/u.test(first) && (GUTTER_DATE.test(first) || MONTH_WORD.test(first)));
    if (!open || !(GUTTER_END.test(rest) || GUTTER_REST.test(rest))) continue;
    // (a space between the two parts: their items overlap in x, so none would be read between them)
    const restItems = end.items.map((it, k) => (k === 0 ? { ...it, text: ` ${it.text.trimStart()}` } : it));
    a.segs[0] = { ...start, items: [...start.items, ...restItems], x1: Math.max(start.x1, end.x1) };
    b.segs.shift();
    if (!b.segs.length) { rows.splice(i + 1, 1); }
  }
}

/** "JAN 2022 –" over "NOW": the start of a range and, on the next row, its end. */
const wrapsRange = (first: string, next: string): boolean =>
  /[–—-]$/.test(first.trim()) && GUTTER_DATE.test(first) && (GUTTER_END.test(next.trim()) || GUTTER_REST.test(next.trim()));

/** A month's name alone ("Feb", "Sept."), as a range wrapped in a narrow gutter starts. */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;
/** The rest of a range wrapped in a gutter after its first month: "2024–present", "2019 – Mar 2021". */
const GUTTER_REST = /^(?:19|20)\d\d\s*[–—-]\s*(?:(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d\d|present|current|now|today|ongoing)$/iu;

/** The end of a range printed on a row of its own: a month and year, a year, or "Present". */
const GUTTER_END = /^(?:(?:\p{L}{3,9}\.?\s+)?(?:19|20)\d\d|\d{1,2}[/.](?:19|20)\d\d|present|current|now|today|ongoing|heute|aujourd'hui|actualidad)$/iu;

function pageLines(page: RawPage, rows: Row[], edge: number | undefined, repairs: Repair[], carried?: number): { lines: PageLine[]; columns: number; split?: number } {
  splitMarginLabels(rows, edge);
  const zones = zonesOf(rows, page.width, carried);
  let split: number | undefined;
  const lines: PageLine[] = [];
  let columns = 1;
  for (const z of zones) {
    if (z.kind === 'full') {
      for (const r of z.rows) {
        const l = makeLine(r.segs, page.number, undefined, repairs);
        if (l) lines.push(l);
      }
    } else if (sparseGutter(z.rows, z.split!)) {
      // Headings and dates in a left gutter, each set beside (or centred on) the block it labels: read with it.
      for (const block of gutterBlocks(z.rows, z.split!)) {
        for (const segs of block) {
          const l = makeLine(segs, page.number, undefined, repairs);
          if (l) lines.push(l);
        }
      }
    } else {
      columns = 2;
      split ??= z.split;
      repairs.push({ kind: 'column-order', page: page.number, note: `two columns split at x=${Math.round(z.split!)}` });
      for (const side of [0, 1]) {
        for (const r of z.rows) {
          const segs = r.segs.filter((s) => (side === 0 ? s.x1 <= z.split! + 1 : s.x0 >= z.split! - 1));
          if (!segs.length) continue;
          // Inside a column, split further if the column itself holds two columns (rare): keep it simple.
          const l = makeLine(segs, page.number, side, repairs);
          if (l) lines.push(l);
        }
      }
    }
  }
  // Vertical gaps and block starts, per column: a block starts where the baseline pitch is wider than the
  // column's usual line pitch, at a bullet, or where the left edge jumps.
  const byCol = new Map<number, PageLine[]>();
  for (const l of lines) { const k = l.column ?? -1; const list = byCol.get(k); if (list) list.push(l); else byCol.set(k, [l]); }
  for (const col of byCol.values()) {
    // The usual pitch for each font size: the tightest pitch between two lines of that size (wrapped lines).
    const bySize = new Map<number, number[]>();
    for (let i = 1; i < col.length; i++) {
      const p = col[i]!.base - col[i - 1]!.base, size = col[i]!.fontSize ?? 10;
      if (p > 0.9 * size && p < 2.2 * size && Math.abs((col[i - 1]!.fontSize ?? 10) - size) < 0.5) {
        const k = Math.round(size);
        const list = bySize.get(k);
        if (list) list.push(p / size); else bySize.set(k, [p / size]);
      }
    }
    const usualFor = (size: number): number => {
      const ps = (bySize.get(Math.round(size)) ?? []).sort((a, b) => a - b);
      return ps.length >= 3 ? ps[0]! : 1.25;
    };
    // The right edge text wraps at: rows with cells (right-aligned dates) may reach further, so leave them out.
    // (at least as far as a line that plainly wrapped, its next line going on in lower case: when most items
    // are short, the 90th percentile falls short of the edge)
    const rights = col.filter((l) => !l.cells && l.box).map((l) => l.box![2]).sort((a, b) => a - b);
    const wrapped = col.filter((l, i) => l.box && !l.cells && col[i + 1]?.box && /^\p{Ll}[\p{Ll}'’-]*(?:[\s,.;:]|$)/u.test(col[i + 1]!.text) && !/@|\/\//.test(col[i + 1]!.text) && !col[i + 1]!.bullet
      && Math.abs(col[i + 1]!.box![0] - l.box[0]) < 2 && col[i + 1]!.base - l.base < 1.6 * (l.fontSize ?? 10)).map((l) => l.box![2]).sort((a, b) => a - b);
    // (their lower median: one line set past the margin, LaTeX's overfull box, says nothing of the others)
    const wrapEdge = wrapped.length ? wrapped[Math.floor((wrapped.length - 1) / 2)]! : 0;
    const right = rights.length ? Math.max(rights[Math.floor(rights.length * 0.9)]!, wrapEdge) : Infinity;
    col.forEach((l, i) => {
      const prev = col[i - 1];
      if (!prev?.box || !l.box) { l.blockStart = true; return; }
      const size = l.fontSize ?? 10;
      l.gapBefore = Math.round((l.box[1] - prev.box[3]) * 10) / 10;
      const pitch = l.base - prev.base;
      // When this line's first word would have fitted at the end of the previous line, the previous line did
      // not wrap here: this line starts something new.
      const firstWord = l.text.split(' ')[0] ?? '';
      const wordWidth = ((l.box[2] - l.box[0]) * (firstWord.length + 1)) / Math.max(1, l.text.length);
      // A line ending in a hyphen (printed or soft) was broken inside a word, however short it is.
      const hyphenated = /\p{L}-$/u.test(prev.text.trimEnd()) || /\u00AD\s*$/.test(prev.runs[prev.runs.length - 1]?.text ?? '');
      const fitted = !prev.cells && !hyphenated && prev.box[2] + wordWidth < right - 1.0 * size;
      l.blockStart = pitch > usualFor(size) * size * 1.15 + 0.5 || pitch < 0 || !!l.bullet || Math.abs(l.box[0] - prev.box[0]) > 2 * size || fitted
        || opensItem(prev.text, l.text, !!prev.bullet);
    });
  }
  markIndentedItems(lines);
  return split === undefined ? { lines, columns } : { lines, columns, split };
}

/**
 * A line that opens with a capitalised past-tense verb ("Wrote SQL models …"), or a present-tense one, after a line that ended without
 * punctuation and not mid-phrase starts a new item (bullets drawn without a glyph): wrapped lines do not begin so.
 */
function opensItem(prev: string, text: string, prevHasGlyph: boolean): boolean {
  // After a full stop it may be the next sentence of the same item, unless that item too opened with such a verb
  // ("Developed 14 REST APIs … JPA." / "Implemented Kafka consumers …": one duty a line, the glyphs not in the
  // text); after a dangling word it is a wrap.
  // (not after an item with a glyph: its next sentence may start a line, "• Migrated … 300+ pods." / "Managed all …")
  // (there, duties written as gerunds or nouns count too: "Supervising accounts payable …." / "Preparation of monthly
  // management accounts …")
  if (/\.$/.test(prev.trim())) return !prevHasGlyph && opensDuty(prev) && opensDuty(text);
  // (or a present-tense one before a lower-case word, a current role's duty: "Lead mathematics across the school")
  if (!opensWithVerb(text)) return false;
  return !/[.!?,;:(&/–—-]$|\b(and|or|of|the|a|an|to|for|with|in|on|by|at|from|into|as|via|our|their|its|is|was|were|are)$/i.test(prev.trim());
}

/** A line that opens like a duty: with such a verb, a gerund ("Coordinating with …") or an action noun ("Filing of …"). */
const opensDuty = (text: string): boolean => opensWithVerb(text) || /^\p{Lu}\p{Ll}{3,}ing\s+\p{Ll}/u.test(text) || /^\p{Lu}\p{Ll}+(?:tion|ment|ance|ence|ing|al|sis)\s+of\s/u.test(text);

/** A line that opens with a capitalised past-tense verb, or a present-tense one before a lower-case word. */
function opensWithVerb(text: string): boolean {
  const first = /^[\p{Lu}][\p{Ll}]+/u.exec(text)?.[0];
  return !!first && (IRREGULAR_PAST.has(first) || (first.length >= 6 && /[^e]ed$/.test(first)) || (PRESENT_ACTION.has(first) && /^\S+\s+\p{Ll}/u.test(text)));
}

/** Words of two or more letters in a line, month names and "present" aside ("01/09/2020 - PRESENT": none). */
const wordsBeyondDates = (t: string): number =>
  t.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|\b(?:present|current|now|today|date)\b/gi, ' ').match(/\p{L}{2,}/gu)?.length ?? 0;

/** How many of the lines that `keep` accepts start at each left edge (x rounded to the point). */
function edgeCounts(lines: PageLine[], keep: (l: PageLine) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const l of lines) if (keep(l)) out.set(Math.round(l.box![0]), (out.get(Math.round(l.box![0])) ?? 0) + 1);
  return out;
}

/**
 * Lines that start a block indented a little from their column's left margin, with no glyph, are list items
 * (themes that draw bullets with CSS or not at all). They get a list level but no bullet glyph.
 */
function markIndentedItems(lines: PageLine[]): void {
  const byCol = new Map<number, PageLine[]>();
  for (const l of lines) {
    if (!l.box || l.region !== 'body') continue;
    const k = l.column ?? -1, list = byCol.get(k);
    if (list) list.push(l); else byCol.set(k, [l]);
  }
  for (const col of byCol.values()) {
    const counts = edgeCounts(col, () => true);
    // (the commonest edge, or a little left of it the edge that two plain lines share when no bold line, no
    // employer, starts at the commonest: in a narrow column of wrapped items, "Lead the 6-person mobile guild …" /
    // "wallet, used by …", most lines start at the items' indent)
    const plainAt = edgeCounts(col, (l) => (l.bold ?? 0) < 0.5 && !l.bullet);
    const common = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    const em = median(col.map((l) => l.fontSize ?? 10));
    // (the nearest such edge: beside a gutter of dates, "Sep 2021 —" / "Present", further edges sit left of it)
    const nearPlain = Math.min(...[...plainAt.entries()].filter(([x, n]) => n >= 2 && x >= common - 1.5 * em).map(([x]) => x));
    const itemsOnly = !col.some((l) => Math.round(l.box![0]) === common && (l.bold ?? 0) >= 0.5);
    // (or, when the items outnumber everything else on the page, the edge further left where two bold lines start,
    // job titles on lines of their own in body type, not headings: a page holding a long list of skills, one per
    // line, under "QA Engineer" entries at x=50)
    const boldAt = edgeCounts(col, (l) => (l.bold ?? 0) >= 0.5 && !l.bullet && !l.cells && (l.fontSize ?? 10) <= 1.1 * em);
    const boldEdge = Math.min(...[...boldAt.entries()].filter(([x, n]) => n >= 2 && x < common).map(([x]) => x));
    const margin = nearPlain < common && itemsOnly ? nearPlain
      : itemsOnly && Number.isFinite(boldEdge) && common - boldEdge <= 4 * em ? boldEdge : common;
    // Indents count from the nearest left edge that several lines share: beside a gutter of section names, the
    // entries start at their own edge ("Kirana Cart, …" at x=162 over items at x=177, the names at x=81).
    const edges = [...counts.entries()].filter(([, n]) => n >= 2).map(([x]) => x).sort((a, b) => a - b);
    // A line set straight under a row that ends in dates ("Auto Trader UK, Manchester, UK    2022–now"), at its
    // left edge, goes on with that entry's header ("Lead Cloud Security Engineer"): it is no item.
    const datedRow = (l: PageLine): boolean => !!l.cells && /\b(?:19|20)\d\d\b/.test(l.cells[l.cells.length - 1]!) && l.cells[l.cells.length - 1]!.length <= 30;
    const underDatedRow = (l: PageLine, prev: PageLine | undefined): boolean => !!prev?.box && prev.page === l.page && datedRow(prev)
      && Math.abs(prev.box[0] - l.box![0]) <= 1.5 && (l.gapBefore ?? Infinity) < 1.5 * (l.fontSize ?? 10);
    let prevItem = false;
    let prevLine: PageLine | undefined;
    for (const l of col) {
      const size = l.fontSize ?? 10;
      const x = l.box![0];
      const nearest = edges.filter((e) => e <= x - 0.6 * size).pop();
      const base = nearest !== undefined && x - margin > 4 * size ? nearest : margin;
      const indent = x - base;
      const under = underDatedRow(l, prevLine);
      prevLine = l;
      if (l.bullet) { prevItem = true; continue; }
      if (indent >= 0.6 * size && indent <= 4 * size && !l.cells && (l.bold ?? 0) < 0.5 && /^[\p{Lu}\p{N}]/u.test(l.text) && !under
        && (l.blockStart || !prevItem) && l.text.split(/\s+/).length >= 3 && wordsBeyondDates(l.text) >= 2) {
        l.listLevel = 0;
        prevItem = true;
      } else if (l.blockStart) prevItem = false;
    }
  }
}

/**
 * A band line's key for finding it on other pages: its digits stand for any number ("Page 2 of 3", "Ana Ruiz –
 * CV 2"), unless it has hardly any letters: "2013-08-01 - 2015-06-30" ending one page is not "2016-02-01 -
 * 2020-08-31" ending the next (page numbers alone are recognised by PAGE_NUMBER).
 */
const stripDigits = (s: string) => (/(?:\p{L}.*){3}/u.test(s) || PAGE_NUMBER.test(s.replace(/\d+/g, '#').trim()) ? s.replace(/\d+/g, '#').toLowerCase() : s.toLowerCase());
const PAGE_NUMBER = /^(page\s*)?#(\s*(of|\/)\s*#)?$/i;

/**
 * The top and bottom bands of a page, where running headers and footers sit: the outer 12% and 14% (LaTeX sets
 * its footers up to ~88% of the page: europecv's "Page 1 - Curriculum vitæ of …"). A line there is a header or
 * footer only when it repeats on other pages (page numbers aside, which must sit in the outer 10%).
 */
const inBand = (box: Box, height: number): boolean => box[1] < height * 0.12 || box[3] > height * 0.86;

/** Marks lines repeated in the top or bottom band of several pages, and page numbers, as header/footer. */
function markBands(pages: { page: RawPage; lines: PageLine[] }[], repairs: Repair[]): void {
  // (counted per band: a school's name ending page 1 and heading page 2 is no running header)
  const bandKey = (top: boolean, l: PageLine) => `${top ? 't' : 'b'}|${stripDigits(l.text)}`;
  const counts = new Map<string, number>();
  for (const { page, lines } of pages) {
    const seen = new Set<string>();
    for (const l of lines) {
      if (!l.box || !inBand(l.box, page.height)) continue;
      const k = bandKey(l.box[1] < page.height * 0.5, l);
      if (!seen.has(k)) { seen.add(k); counts.set(k, (counts.get(k) ?? 0) + 1); }
    }
  }
  for (const { page, lines } of pages) {
    for (const l of lines) {
      if (!l.box || !inBand(l.box, page.height)) continue;
      const top = l.box[1] < page.height * 0.5;
      const k = stripDigits(l.text);
      const repeated = pages.length > 1 && (counts.get(bandKey(top, l)) ?? 0) >= Math.min(2, pages.length);
      // (or a name beside the page number, "Ingrid Solheim    Page 2 of 2", printed from page 2 on only)
      // (or after a dash, "Cordelia Vanterpool — Page 2")
      const numbered = PAGE_NUMBER.test(k.trim()) || (!!l.cells && l.cells.some((c) => /^page\s*#/i.test(stripDigits(c).trim()) && PAGE_NUMBER.test(stripDigits(c).trim())))
        || /^\S.{1,60}?\s[—–|·-]\s*page\s*#(?:\s*(?:of|\/)\s*#)?$/i.test(k.trim());
      if (repeated || (numbered && (l.box[1] < page.height * 0.1 || l.box[3] > page.height * 0.9))) {
        l.region = top ? 'header' : 'footer';
        repairs.push({ kind: 'header-footer', page: page.number, before: l.text, note: l.region });
      }
    }
  }
}

/** Lays out an extracted PDF: reading order, regions, bullets, hyphenation and text repairs. */
export function layoutPdf(ex: PdfExtraction, bytes: number): Document {
  const repairs: Repair[] = [];
  const rows = ex.pages.map((page) => buildRows(page.items));
  const edge = commonLeftEdge(rows);
  // (each page knows the column split of the page before it: a sidebar may run on over the page break)
  const pages: ({ page: RawPage } & ReturnType<typeof pageLines>)[] = [];
  ex.pages.forEach((page, i) => pages.push({ page, ...pageLines(page, rows[i]!, edge, repairs, pages[i - 1]?.split) }));
  markBands(pages, repairs);
  const lines: Line[] = [];
  const seenBands = new Set<string>();
  for (const { lines: pl } of pages) {
    for (const l of pl) {
      if (l.region !== 'body') {
        // A header or footer repeated on every page is read once.
        const k = stripDigits(l.text);
        if (seenBands.has(k) || PAGE_NUMBER.test(k.trim())) continue;
        seenBands.add(k);
      }
      const { base: _base, ...rest } = l;
      lines.push({ ...rest, index: lines.length });
    }
  }
  dehyphenate(lines, repairs);
  for (const p of ex.pages) {
    const g = p.glyphs;
    if (!g) continue;
    if (g.ligatures) repairs.push({ kind: 'ligature', page: p.number, count: g.ligatures, note: 'ligature glyphs in the text layer' });
    if (g.softHyphens) repairs.push({ kind: 'soft-hyphen', page: p.number, count: g.softHyphens, note: 'soft hyphens in the text layer' });
  }
  const glyphs = ex.pages.reduce(
    (a, p) => ({ ligatures: a.ligatures + (p.glyphs?.ligatures ?? 0), privateUse: a.privateUse + (p.glyphs?.privateUse ?? 0), softHyphens: a.softHyphens + (p.glyphs?.softHyphens ?? 0) }),
    { ligatures: 0, privateUse: 0, softHyphens: 0 },
  );
  const doc: Document = {
    kind: 'pdf',
    pages: pages.map(({ page, columns }) => ({
      number: page.number, width: page.width, height: page.height, columns, images: page.images, ...(page.unreadable ? { unreadable: page.unreadable } : {}),
    })),
    lines,
    repairs,
    meta: { bytes, glyphs },
  };
  if (ex.meta.title) doc.meta.title = ex.meta.title;
  if (ex.meta.producer) doc.meta.producer = ex.meta.producer;
  if (ex.meta.creator) doc.meta.creator = ex.meta.creator;
  return doc;
}
