// Tables with a row of column labels ("Qualification | Institute | Board / University | Year | Score", common on
// Indian and South Asian resumes; "Company | Designation | Duration"): each later row is one entry, its cells read
// by the column they sit under. PDF rows are placed by the x position of their runs; Word tables by cell.
import type { Line } from '../types.js';

export type Column = 'degree' | 'school' | 'board' | 'org' | 'title' | 'dates' | 'from' | 'to' | 'score' | 'location' | 'other';

const LABELS: [Column, RegExp][] = [
  ['board', /\bboard\b/i],
  ['degree', /^(?:qualifications?|degree|course|programme|program|exam(?:ination)?|standard|class|level|education)\b/i],
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

export interface TableRow { cells: Partial<Record<Column, string>>; line: Line }

interface Col { kind: Column; x: number }

/** Cells of a line with their x positions: its runs (PDF), or its text as one cell. */
function runsOf(l: Line): { text: string; x: number }[] {
  return l.runs.filter((r) => r.text.trim()).map((r) => ({ text: r.text.trim(), x: r.x ?? 0 }));
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
  const cols: Col[] = runsOf(head).map((r) => ({ kind: columnOf(r.text) ?? 'other', x: r.x }));
  const colAt = (x: number) => {
    let c: Col | undefined;
    for (const col of cols) if (col.x <= x + 4) c = col;
    return c;
  };
  const rows: TableRow[] = [];
  let used = at + 1;
  for (const l of lines.slice(at + 1)) {
    if (!l.box || l.page !== head.page || l.column !== head.column || l.bullet) break;
    const runs = runsOf(l);
    // Every run must sit under a column; a row that starts to the right of the first column continues the row
    // above ("Deccan Institute of Engineering," / "Pune").
    if (!runs.length || runs.some((r) => !colAt(r.x))) break;
    const continues = rows.length > 0 && runs[0]!.x > cols[0]!.x + 4 && (l.gapBefore ?? 0) < (l.fontSize ?? 10);
    const row: TableRow = continues ? rows[rows.length - 1]! : { cells: {}, line: l };
    for (const r of runs) {
      const k = colAt(r.x)!.kind;
      row.cells[k] = row.cells[k] ? `${row.cells[k]} ${r.text}`.replace(/,\s+,/g, ',') : r.text;
    }
    if (!continues) rows.push(row);
    used++;
  }
  return rows.length ? { rows, used } : undefined;
}

function readWordTable(lines: Line[], at: number): { rows: TableRow[]; used: number } | undefined {
  const head = lines[at]!;
  const id = head.table!.table, headRow = head.table!.row;
  const kinds = new Map<number, Column>();
  let used = at;
  for (const l of lines.slice(at)) {
    if (l.table?.table !== id || l.table.row !== headRow) break;
    kinds.set(l.table.cell, columnOf(l.text) ?? 'other');
    used++;
  }
  if ([...kinds.values()].filter((k) => k !== 'other').length < 3) return undefined;
  const rows: TableRow[] = [];
  for (const l of lines.slice(used)) {
    if (l.table?.table !== id) break;
    let row = rows[rows.length - 1];
    if (!row || row.line.table!.row !== l.table.row) { row = { cells: {}, line: l }; rows.push(row); }
    const k = kinds.get(l.table.cell) ?? 'other';
    row.cells[k] = row.cells[k] ? `${row.cells[k]} ${l.text}` : l.text;
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
