// Tables with a row of column labels ("Qualification | Institute | Board / University | Year | Score", common on
// Indian and South Asian resumes; "Company | Designation | Duration"): each later row is one entry, its cells read
// by the column they sit under. PDF rows are placed by the x position of their runs; Word tables by cell.
import type { Line } from '../types.js';
import { isLocation } from './contact.js';

export type Column = 'degree' | 'area' | 'school' | 'board' | 'org' | 'title' | 'dates' | 'from' | 'to' | 'score' | 'location' | 'other';

const LABELS: [Column, RegExp][] = [
  ['board', /\bboard\b/i],
  ['degree', /^(?:qualifications?|degree|course|programme|program|exam(?:ination)?|standard|class|level|education)\b/i],
  ['area', /^(?:specialization|specialisation|stream|branch|major|discipline|subjects?|field of study)\b/i],
  ['school', /^(?:institute|institution|college|school|university|name of (?:the )?(?:institute|institution|college|school))\b/i],
  ['org', /^(?:company|organi[sz]ation|employer|firm|client)\b/i],
  ['title', /^(?:designation|role|position|job title|title)\b/i],
  ['from', /^from\b/i],
  ['to', /^(?:to|till|until)\b/i],
  ['dates', /^(?:year(?: of passing)?|passing year|dates?|period|duration|tenure|graduation)\b/i],
  ['score', /^(?:score|percentage|cgpa|gpa|grade|marks|result|%|division|aggregate)\b/i],
  ['location', /^(?:location|city|place)\b/i],
];

export const columnOf = (label: string): Column | undefined => LABELS.find(([, re]) => re.test(label.trim()))?.[0];

/** A row: its cells by column; `block`, the paragraphs of a cell that holds a whole entry ("Employer, position and main duties"). */
export interface TableRow { cells: Partial<Record<Column, string>>; line: Line; block?: Line[] }

/** A column's kind, and for a label naming two ("Position and employer") the kind of its cell's second line. */
interface Col { kind: Column; x: number; mid: number; second?: Column }

interface Cell { text: string; x: number; width: number }

/** Cells of a line with their x positions: its runs (PDF), or its text as one cell. */
function runsOf(l: Line): Cell[] {
  return l.runs.filter((r) => r.text.trim()).map((r) => ({ text: r.text.trim(), x: r.x ?? 0, width: r.width ?? r.text.length * (r.fontSize ?? l.fontSize ?? 10) * 0.5 }));
}

/**
 * Reads a labelled table at the start of `lines` (its label row within the first two lines). Returns the rows
 * and how many lines the table took, or undefined when the lines do not start with such a table.
 */
export function readLabelledTable(lines: Line[]): { rows: TableRow[]; used: number } | undefined {
  const at = lines.slice(0, 2).findIndex(isLabelRow);
  if (at < 0) return undefined;
  const head = lines[at]!;
  if (head.table) return readWordTable(lines, at);
  if (!head.box) return undefined;
  const cols: Col[] = runsOf(head).map((r) => {
    const kind = columnOf(r.text) ?? 'other';
    const second = kind === 'title' && /\b(?:and|&|\/)\s*(?:employer|company|organi[sz]ation)\b/i.test(r.text) ? 'org' : undefined;
    return second ? { kind, x: r.x, mid: r.x + r.width / 2, second } : { kind, x: r.x, mid: r.x + r.width / 2 };
  });
  // A cell starts where its label starts (left-aligned), or is centred under it.
  const colAt = (c: Cell): Col | undefined => {
    if (c.x < cols[0]!.x - 8) return undefined;
    const left = cols.find((col) => Math.abs(col.x - c.x) <= 4);
    if (left) return left;
    const mid = c.x + c.width / 2;
    return cols.reduce((a, b) => (Math.abs(b.mid - mid) < Math.abs(a.mid - mid) ? b : a));
  };
  /**
   * Whether a run goes on under the next column ("Key contributions at Zentrix Labs:" below the table): past the
   * next label's start when the run starts where its label does, past the next label's middle when centred.
   */
  const runsOn = (r: Cell, col: Col): boolean => {
    const next = cols[cols.indexOf(col) + 1];
    return !!next && r.x + r.width > (r.x <= col.x + 4 ? next.x + 2 : next.mid);
  };
  let used = at + 1;
  // Labels wrapped onto a second line ("Year of" / "Passing"): bold like them, no figures, close below.
  while (used < lines.length) {
    const l = lines[used]!;
    const runs = runsOf(l);
    if (!l.box || l.page !== head.page || (head.bold ?? 0) < 0.6 || (l.bold ?? 0) < 0.6 || /\d/.test(l.text) || (l.gapBefore ?? 99) >= (l.fontSize ?? 10) || !runs.length || runs.some((r) => !colAt(r))) break;
    used++;
  }
  const rows: TableRow[] = [];
  /** Cells of a line printed above its row's first cell (the top of a cell centred on a taller row). */
  let pending: Cell[] = [];
  let pendingLines = 0;
  let prev = lines[used - 1]!;
  for (let i = used; i < lines.length; i++) {
    const l = lines[i]!;
    // (a table may run on at the top of the next page)
    const samePlace = l.page === prev.page ? l.column === prev.column : l.page === prev.page + 1;
    if (!l.box || !samePlace || l.bullet) break;
    const runs = runsOf(l);
    if (!runs.length || runs.some((r) => !colAt(r) || runsOn(r, colAt(r)!))) break;
    prev = l;
    used++;
    // A line without a first cell continues the row above ("Deccan Institute of Engineering," / "Pune"), or
    // begins the row below when it stands closer to that row's line ("Sri Ramakrishna Matriculation" / "HSC …"
    // / "Higher Secondary School": a two-line cell centred on its row).
    if (colAt(runs[0]!) !== cols[0]) {
      const next = lines[i + 1];
      const nextRuns = next?.box && next.page === l.page ? runsOf(next) : [];
      const gap = l.page === lines[i - 1]?.page ? (l.gapBefore ?? 0) : Infinity;
      if (nextRuns.length && colAt(nextRuns[0]!) === cols[0] && (next!.gapBefore ?? 0) < gap) {
        pending.push(...runs);
        pendingLines++;
        continue;
      }
      const last = rows[rows.length - 1];
      if (last && gap < (l.fontSize ?? 10)) {
        // ("Senior Embedded Software Engineer" / "Isarwerk Antriebstechnik GmbH" under "Position and employer")
        const second = runs.length === 1 ? colAt(runs[0]!)?.second : undefined;
        if (second && !last.cells[second]) last.cells[second] = runs[0]!.text;
        else addCells(last, runs, colAt);
        continue;
      }
    }
    const row: TableRow = { cells: {}, line: l };
    addCells(row, [...pending, ...runs], colAt);
    pending = [];
    pendingLines = 0;
    rows.push(row);
  }
  used -= pendingLines;
  return rows.length ? { rows, used } : undefined;
}

function addCells(row: TableRow, runs: Cell[], colAt: (c: Cell) => Col | undefined): void {
  for (const r of runs) {
    const k = colAt(r)!.kind;
    row.cells[k] = row.cells[k] ? `${row.cells[k]} ${r.text}`.replace(/,\s+,/g, ',') : r.text;
  }
}

function readWordTable(lines: Line[], at: number): { rows: TableRow[]; used: number } | undefined {
  const head = lines[at]!;
  const id = head.table!.table, headRow = head.table!.row;
  const kinds = new Map<number, Column>();
  let block: number | undefined;
  let used = at;
  for (const l of lines.slice(at)) {
    if (l.table?.table !== id || l.table.row !== headRow) break;
    kinds.set(l.table.cell, columnOf(l.text) ?? 'other');
    // (a column naming the employer with the job and its duties holds each entry whole: the NHS application form's
    // "Employer, position and main duties")
    if (/\bemployer\b/i.test(l.text) && /\b(?:position|title|role|duties|responsibilities)\b/i.test(l.text)) block = l.table.cell;
    used++;
  }
  if ([...kinds.values()].filter((k) => k !== 'other').length < 3) return undefined;
  const rows: TableRow[] = [];
  for (const l of lines.slice(used)) {
    if (l.table?.table !== id) break;
    let row = rows[rows.length - 1];
    if (!row || row.line.table!.row !== l.table.row) { row = { cells: {}, line: l }; rows.push(row); }
    const k = kinds.get(l.table.cell) ?? 'other';
    if (l.table.cell === block) { (row.block ??= []).push(l); used++; continue; }
    // ("School and Location": the school, then its town in a paragraph of its own)
    if ((k === 'school' || k === 'org') && row.cells[k] && !row.cells.location && isLocation(l.text.trim())) row.cells.location = l.text.trim();
    else row.cells[k] = row.cells[k] ? `${row.cells[k]} ${l.text}` : l.text;
    used++;
  }
  return rows.length ? { rows, used } : undefined;
}

/** A row of three or more column labels, most of them known ("Qualification  Institute  Year  Score"). */
function isLabelRow(l: Line): boolean {
  const cells = l.table ? undefined : runsOf(l).map((r) => r.text);
  if (cells) return cells.length >= 3 && cells.filter((c) => columnOf(c)).length >= Math.max(3, cells.length - 1) && cells.every((c) => c.split(/\s+/).length <= 4);
  return !!columnOf(l.text) && l.text.split(/\s+/).length <= 4;
}

/** One row of a dated history ("2019 | 4 | Joined Hoshizora Systems Co., Ltd. — Software Engineer"). */
export interface HistoryEvent { date: string; text: string; line: Line }

/**
 * A history table as on a Japanese rirekisho or a Korean resume: rows of year, month and an event, with wrapped
 * event text on the lines that follow. Returns the events, or undefined when most lines are not such rows.
 */
export function readHistory(lines: Line[]): HistoryEvent[] | undefined {
  const events: HistoryEvent[] = [];
  let rows = 0;
  for (const l of lines) {
    const c = l.cells;
    if (c && c.length >= 3 && /^(?:19|20)\d\d$/.test(c[0]!.trim()) && /^(?:0?[1-9]|1[0-2])$/.test(c[1]!.trim())) {
      events.push({ date: `${c[0]!.trim()}-${c[1]!.trim().padStart(2, '0')}`, text: c.slice(2).join(' ').trim(), line: l });
      rows++;
      continue;
    }
    const last = events[events.length - 1];
    if (last && !c && l.box && last.line.box && l.box[0] > last.line.box[0] + 20) last.text = `${last.text} ${l.text.trim()}`;
  }
  return rows >= 2 && rows >= lines.filter((l) => l.cells).length * 0.8 ? events : undefined;
}

const START = /^(?:joined|entered|enrolled (?:at|in)|admitted to|started at)\s+/i;
const END = /^(?:resigned from|left|graduated from|completed|retired from|withdrew from|finished)\s+/i;
/** The name an event is about: up to a dash, a comma or a bracket ("Hoshizora Systems Co., Ltd. — Engineer"). */
const subject = (s: string): string => s.replace(/\s+[—–-]\s+.*$/, '').replace(/\s*\(.*$/, '').replace(/,\s+(?!Ltd|Inc|LLC|Co\b)[^,]*$/, '').trim();

export interface HistoryStay { name: string; start?: string; end?: string; detail?: string; note?: string; line: Line }

/**
 * Pairs "Joined X" / "Entered X" with "Resigned from X" / "Graduated from X (Degree)": one stay per place, with
 * what follows its name on the first row (a job title) and what the last row adds in brackets (a degree).
 */
export function historyStays(events: HistoryEvent[]): HistoryStay[] {
  const out: HistoryStay[] = [];
  for (const e of events) {
    const s = START.exec(e.text), f = END.exec(e.text);
    if (s) {
      const rest = e.text.slice(s[0].length);
      const stay: HistoryStay = { name: subject(rest), start: e.date, line: e.line };
      const detail = /\s[—–-]\s+(.+)$/.exec(rest)?.[1];
      if (detail) stay.detail = detail.trim();
      out.push(stay);
    } else if (f) {
      const rest = e.text.slice(f[0].length);
      const name = subject(rest);
      const open = [...out].reverse().find((x) => !x.end && (x.name.startsWith(name) || name.startsWith(x.name)));
      const stay = open ?? out[out.push({ name, line: e.line }) - 1]!;
      stay.end = e.date;
      const note = /\(([^)]+)\)\s*$/.exec(rest)?.[1];
      if (note) stay.note = note;
    }
  }
  return out;
}
