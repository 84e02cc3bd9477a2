// Lines as the parser reads them, from lines as printed: dot leaders taken out, a bullet printed beside a margin's
// date set apart, and sections printed side by side ("SKILLS    CERTIFICATIONS") read one after the other. Each
// returns new line objects and leaves the document's own lines as they are.
import type { Line } from '../types.js';
import { findDateRange, isDateOnly, isPresentWord } from './dates.js';
import { aliasOf } from './sections.js';

/** Dot leaders ("Senior Firmware Engineer, Medtronic ........ 03/2021 – today"): a gap between two cells. */
const LEADER = /\s*(?:(?:\.\s?){4,}|…{2,}|(?:·\s?){4,}|_{4,})\s*/;
const LEADERS = new RegExp(LEADER.source, 'g');

/** The line with its dot leaders taken out, the text on either side as cells; the line itself when it has none. */
export function withoutLeaders(l: Line): Line {
  if (!LEADER.test(l.text)) return l;
  const cells = (l.cells ?? [l.text]).flatMap((c) => c.split(LEADERS)).map((c) => c.trim()).filter(Boolean);
  const runs = l.runs.map((r) => ({ ...r, text: r.text.replace(LEADERS, ' ').trim() })).filter((r) => r.text);
  const out: Line = { ...l, text: cells.join('  '), runs };
  if (cells.length > 1) out.cells = cells;
  else delete out.cells;
  return out;
}

const BULLET_CELL = /^[•▪◦‣●■►▸]\s*/;

/**
 * A row whose later cell starts with a bullet ("Present    • Own the BLE telemetry stack …": the end of a date range
 * in a margin, on the baseline of a role's first duty) as two lines: the cells before it, and the bullet.
 */
export function atBullet(l: Line, prev?: Line): Line[] {
  const k = l.cells ? l.cells.findIndex((c, i) => i > 0 && BULLET_CELL.test(c)) : -1;
  if (k < 0) return [l];
  const before = l.cells!.slice(0, k), after = l.cells!.slice(k);
  // (only the end of a range left open on the line above: "EXPERIENCE    ■ Senior Firmware Engineer" is a heading
  // beside an entry's marked first line, "2019    • Korea Game Awards" a dated item)
  const opened = !!prev && /[–—-]\s*$/.test(prev.text) && !!findDateRange(prev.text);
  if (!opened || (!isDateOnly(before.join(' ')) && !isPresentWord(before.join(' ')))) return [l];
  after[0] = after[0]!.replace(BULLET_CELL, '');
  const r = l.runs.findIndex((run) => BULLET_CELL.test(run.text.trim()));
  const a: Line = { ...l, text: before.join('  '), runs: r > 0 ? l.runs.slice(0, r) : l.runs };
  const b: Line = { ...l, text: after.join('  '), runs: r > 0 ? l.runs.slice(r).map((run, i) => (i ? run : { ...run, text: run.text.trim().replace(BULLET_CELL, '') })).filter((run) => run.text.trim()) : [], bullet: '•', blockStart: true };
  if (before.length > 1) a.cells = before; else delete a.cells;
  if (after.length > 1) b.cells = after; else delete b.cells;
  const x = r > 0 ? l.runs[r]!.x : undefined;
  if (l.box && x !== undefined) { a.box = [l.box[0], l.box[1], x, l.box[3]]; b.box = [x, l.box[1], l.box[2], l.box[3]]; }
  return [a, b];
}

/** Where each cell of a row starts on the page: the x of the run that begins it (undefined when a cell has none). */
function cellStarts(l: Line): number[] | undefined {
  if (!l.cells) return undefined;
  const xs: number[] = [];
  let r = 0;
  for (const c of l.cells) {
    const first = c.trim().split(/\s+/)[0]!;
    while (r < l.runs.length) {
      const t = l.runs[r]!.text.trim();
      if (t && (c.trim().startsWith(t.split(/\s+/)[0]!) || t.startsWith(first))) break;
      r++;
    }
    const x = l.runs[r]?.x;
    if (x === undefined) return undefined;
    xs.push(x);
    r++;
  }
  return xs;
}

/** The part of a line that stands in column `k` of a block whose columns start at `xs`. */
function columnPart(m: Line, xs: number[], k: number): Line | undefined {
  const colOf = (x: number): number => {
    let c = 0;
    for (let i = 0; i < xs.length; i++) if (x >= xs[i]! - 6) c = i;
    return c;
  };
  const starts = cellStarts(m);
  const cells = starts ? m.cells!.filter((_, i) => colOf(starts[i]!) === k) : colOf(m.box![0]) === k ? [m.text] : [];
  if (!cells.length) return undefined;
  const runs = m.runs.filter((r) => r.x === undefined || colOf(r.x) === k);
  const right = xs[k + 1] !== undefined ? xs[k + 1]! - 6 : m.box![2];
  const out: Line = { ...m, text: cells.join('  '), runs, box: [Math.max(m.box![0], xs[k]! - 6), m.box![1], Math.min(m.box![2], right), m.box![3]] };
  if (cells.length > 1) out.cells = cells;
  else delete out.cells;
  return out;
}

/**
 * Sections printed side by side under one row of headings ("SKILLS    CERTIFICATIONS", each heading over its
 * own column, at the foot of a one-column page), read one after the other, as a reader does: each heading, then
 * the lines under it. The block ends at the next heading across the page, at a line that starts left of it, or
 * at the end of the page. PDF lines only (a Word table's cells are lines of their own already).
 */
export function unzipSideBySide(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const named = !!l.box && !!l.cells && l.cells.length >= 2 && l.cells.length <= 3 && l.cells.every((c) => { const k = aliasOf(c); return !!k && k !== 'other'; });
    const xs = named ? cellStarts(l) : undefined;
    if (!xs) { out.push(l); continue; }
    const cols: Line[][] = xs.map(() => []);
    let j = i + 1;
    for (; j < lines.length; j++) {
      const m = lines[j]!;
      if (m.page !== l.page || !m.box || m.box[0] < xs[0]! - 6 || aliasOf(m.text)) break;
      xs.forEach((_, k) => {
        const part = columnPart(m, xs, k);
        if (part) cols[k]!.push(part);
      });
    }
    if (cols.filter((c) => c.length).length < 2) { out.push(l); continue; }
    xs.forEach((_, k) => {
      out.push(columnPart(l, xs, k)!, ...cols[k]!);
    });
    i = j - 1;
  }
  return out;
}

/**
 * A label and its value set apart by a tab, the colon starting the value ("Organisation    : Lankatech Solutions
 * (Pvt) Ltd", tab-aligned colons in Word): one field, "Organisation: Lankatech Solutions (Pvt) Ltd".
 */
export function joinColonCells(l: Line): Line {
  if (!l.cells || l.cells.length !== 2 || !/^:\s*\S/.test(l.cells[1]!) || l.cells[0]!.trim().split(/\s+/).length > 4) return l;
  const out: Line = { ...l, text: `${l.cells[0]!.trim()}: ${l.cells[1]!.replace(/^:\s*/, '')}` };
  delete out.cells;
  return out;
}
