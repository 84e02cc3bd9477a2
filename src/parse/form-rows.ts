// Entries printed as a form: each field on its own row, a label on the left and the value on the right. This is
// the Europass CV of 2004–2012 (still the form many EU employers and the europecv / europasscv LaTeX classes
// print): "Dates | September 2019 – present", "Occupation or position held | Senior Structural Engineer",
// "Main activities and responsibilities | – Lead …", "Name and address of employer | Arcadia S.A., Madrid, Spain".
// Labels may wrap over two or three lines ("Main activities and" / "responsibilities"), and so may values.
import { columnOf } from './tables.js';
import type { Line } from '../types.js';
import { FORM_ROW_LABELS, type FormField } from '../data/section-aliases.js';
import { findDegree, joinWrapped } from './entries.js';
import { isLocation, isStreetLine } from './contact.js';
import { findDateRange } from './dates.js';

export interface FormRow {
  field: FormField;
  /** The value's lines, one string each; a bullet glyph starts a new item (`bullet`). */
  values: { text: string; bullet: boolean }[];
  line: Line;
}

/** One entry: its rows by field (a field printed twice in a row continues the first). */
export type FormEntry = Partial<Record<FormField, FormRow>> & { line: Line };

const labelKey = (s: string): string => s.toLowerCase().replace(/\s*\/\s*/g, ' / ').replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
const LABELS = new Map<string, FormField>(FORM_ROW_LABELS.map(([label, field]) => [labelKey(label), field]));
const isPrefix = (s: string): boolean => [...LABELS.keys()].some((k) => k.startsWith(s + ' '));

/** A known form label ("Dates", "Occupation or position held"). */
export const isFormRowLabel = (s: string): boolean => LABELS.has(labelKey(s));

/**
 * A Word table used as a form, a label's cell beside its value's (the old Europass template: "Dates | April 2021
 * to date"): the label and the first paragraph of its value become one line of two cells, as a PDF prints the
 * row; the value's further paragraphs follow as they are. `isLabel` says which cells are labels. Lines are
 * numbered again; `origin` holds each one's number in the document.
 */
export function joinFormCells(lines: Line[], isLabel: (s: string) => boolean): { lines: Line[]; origin: number[] } {
  const out: Line[] = [];
  const origin: number[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!, v = lines[i + 1];
    const t = l.table;
    // (the row's first cell with text: a photo may fill the cell before it)
    const prevLine = lines[i - 1];
    const rowStart = !!t && !(prevLine?.table && prevLine.table.table === t.table && prevLine.table.row === t.row);
    // (a table's header row, every cell a column's label, "Dates | Degree / Diploma | Institution", pairs nothing)
    const row = t && rowStart ? lines.filter((m) => m.table?.table === t.table && m.table.row === t.row) : [];
    const headerRow = row.length >= 3 && row.every((m) => !m.cells && m.text.trim().split(/\s+/).length <= 4 && !!columnOf(m.text));
    const isLabelCell = !!t && (t.cell % 2 === 0 || rowStart) && !l.cells && !headerRow && l.text.trim().split(/\s+/).length <= 10 && isLabel(l.text.trim());
    // (two pairs to a row: "Employer | Clackmore County … | Dates Employed | 03/2019 – Current"; the second pair's
    // label is one when the first one's is, "Job Title | … | Hours per Week | 40")
    const last = out[out.length - 1];
    const secondPair = !!t && t.cell >= 2 && !l.cells && !!last?.cells && last.table?.table === t.table && last.table.row === t.row && last.table.cell === t.cell - 1;
    // (a later pair only after a first one: "Company | Designation | Location | Duration" is a table's header row)
    if ((rowStart ? isLabelCell : secondPair) && v?.table && v.table.table === t!.table && v.table.row === t!.row && v.table.cell === t!.cell + 1 && !v.cells) {
      const label = l.text.trim(), value = v.text.trim();
      out.push({ ...v, text: `${label}  ${value}`, cells: [label, value], runs: [...l.runs, ...v.runs] });
      origin.push(v.index);
      i++;
      changed = true;
      continue;
    }
    out.push(l);
    origin.push(l.index);
    // A label over its value in one cell that spans the row ("Duties and Responsibilities:" and its paragraphs):
    // the paragraphs after it are its value, as if in the next cell.
    if (isLabelCell) {
      while (lines[i + 1]?.table && lines[i + 1]!.table!.table === t!.table && lines[i + 1]!.table!.row === t!.row && lines[i + 1]!.table!.cell === t!.cell) {
        const m = lines[++i]!;
        out.push({ ...m, table: { ...m.table!, cell: t!.cell + 1 } });
        origin.push(m.index);
        changed = true;
      }
    }
  }
  return changed ? { lines: out.map((l, index) => ({ ...l, index })), origin } : { lines, origin };
}

/**
 * Where the values start: the x of the first value after a known label, on most such rows (-Infinity for a
 * Word form, whose rows are cells, not positions).
 */
function valueColumn(lines: Line[]): number | undefined {
  if (lines.filter((l) => !l.box && l.table && l.cells && l.cells.length >= 2 && isFormRowLabel(l.cells[0]!)).length >= 2) return -Infinity;
  const xs: number[] = [];
  for (const l of lines) {
    if (!l.cells || l.cells.length < 2 || !isFormRowLabel(l.cells[0]!)) continue;
    const first = l.cells[1]!.trim().slice(0, 6);
    const run = l.runs.find((r) => r.x !== undefined && r.text.trim() && first.startsWith(r.text.trim().slice(0, 6)));
    if (run?.x !== undefined) xs.push(run.x);
  }
  if (xs.length < 2) return undefined;
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

/** A line's label part (left of the value column) and its value part. */
function split(l: Line, at: number): { label: string; value: string } {
  if (l.box && l.box[0] >= at - 2) return { label: '', value: l.text.trim() };
  if (l.cells && l.cells.length >= 2) return { label: l.cells[0]!.trim(), value: l.cells.slice(1).join(' ').trim() };
  // (a Word form: a further paragraph of a value's cell)
  if (!l.box && l.table && l.table.cell > 0) return { label: '', value: l.text.trim() };
  return { label: l.text.trim(), value: '' };
}

/**
 * The form entries of a section, or undefined when it is not printed as a form (fewer than three rows with a
 * known label). Rows with labels we do not know are skipped with their values.
 */
export function readFormEntries(lines: Line[]): FormEntry[] | undefined {
  const at = valueColumn(lines);
  if (at === undefined) return undefined;
  const rows: (FormRow | { field?: undefined; label: string; values: FormRow['values']; line: Line })[] = [];
  let known = 0;
  let pending: { label: string; row: (typeof rows)[number] } | undefined;
  for (const l of lines) {
    const { label, value } = split(l, at);
    // (each paragraph of a Word form's value is an item: a paragraph does not wrap onto another)
    const push = (row: (typeof rows)[number]) => {
      if (value) row.values.push({ text: value, bullet: (!!l.bullet || (!l.box && !!l.table)) && !label });
    };
    if (label) {
      // The rest of a wrapped label ("Main activities and" / "responsibilities").
      const joined = pending ? labelKey(`${pending.label} ${label}`) : '';
      if (pending && (LABELS.has(joined) || isPrefix(joined))) {
        pending.label = joined;
        const field = LABELS.get(joined);
        const row = pending.row;
        if (field && !row.field) {
          const known_: FormRow = { field, values: row.values, line: row.line };
          rows[rows.indexOf(row)] = known_;
          pending.row = known_;
          known++;
        }
        push(pending.row);
        continue;
      }
      const key = labelKey(label);
      const field = LABELS.get(key);
      const row = field ? { field, values: [], line: l } : { label: key, values: [], line: l };
      if (field) known++;
      rows.push(row);
      pending = { label: key, row };
      push(row);
      continue;
    }
    const row = rows[rows.length - 1];
    if (row) push(row);
  }
  if (known < 3) return undefined;

  const entries: FormEntry[] = [];
  let cur: FormEntry | undefined;
  for (const r of rows) {
    if (!r.field) continue;
    // An entry starts with its dates, or when a field comes back, or with a new table (a Word table per job).
    // (not at dates printed after the employer: "Employer | …" then "Dates Employed | …")
    const newTable = !!cur?.line.table && !!r.line.table && r.line.table.table !== cur.line.table.table;
    if (!cur || (r.field === 'dates' && (cur.dates || cur.duties)) || cur[r.field] || newTable) {
      cur = { line: r.line };
      entries.push(cur);
    }
    cur[r.field] = r as FormRow;
  }
  return entries;
}

/** The value of a row as one string (wrapped lines joined). */
export const rowText = (r: FormRow | undefined): string =>
  r ? r.values.map((v) => v.text).reduce((a, b) => joinWrapped(a, b), '').trim() : '';

/** The items of a row: one per bullet, wrapped lines joined; a row with no bullets is one item. */
export function rowItems(r: FormRow | undefined): string[] {
  if (!r) return [];
  const items: string[] = [];
  for (const v of r.values) {
    // (a label inside the value, "Key Accomplishments:", over the items after it)
    if (/^[^:]{2,40}:$/.test(v.text.trim())) { items.push(''); continue; }
    if (v.bullet || !items.length || !items[items.length - 1]) items.push(v.text);
    else items[items.length - 1] = joinWrapped(items[items.length - 1]!, v.text);
  }
  return items.map((s) => s.trim()).filter(Boolean);
}

/** "Arcadia Infraestructuras S.A., Madrid, Spain" → the organisation and the place after it, when there is one. */
export function orgAndPlace(s: string): { org: string; place?: string } {
  const parts = s.replace(/[,\s]+$/, '').split(/\s*,\s+/);
  for (let i = 1; i < parts.length; i++) {
    const place = parts.slice(i).join(', ');
    if (isLocation(place)) return { org: parts.slice(0, i).join(', '), place };
  }
  // (or its postal address: "Harewood Digital Ltd, 3 Wellington Place, Leeds LS1 4AP (United Kingdom)", "Aire
  // Valley Housing Association, Hall Ings, Bradford BD1 5SH (United Kingdom)": a street and number, or a postcode)
  for (let i = 1; i < parts.length; i++) {
    const place = parts.slice(i).join(', ');
    if (isStreetLine(parts[i]!) || /^\d{1,5}[a-z]?\s+\p{Lu}/u.test(parts[i]!) || POSTCODE.test(place)) return { org: parts.slice(0, i).join(', '), place };
  }
  return { org: parts.join(', ') };
}

/** A UK postcode, or a postal code of four to six digits before a town ("Leeds LS1 4AP", "75008 Paris"). */
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b\d{4,6}\s+\p{Lu}\p{Ll}/u;

type Item = Record<string, unknown>;

function datesOf(e: FormEntry, item: Item, single: boolean): void {
  const d = findDateRange(rowText(e.dates));
  if (!d) return;
  const iso = (s?: string) => (s && /^\d{4}(-\d{2})?$/.test(s) ? s : undefined);
  if (iso(d.start) && !(single && d.start === d.end)) item.startDate = d.start;
  if (iso(d.end) && !d.current) item.endDate = d.end;
}

/** The roles of a section printed as a form. */
export function formRoles(entries: FormEntry[], kind: 'work' | 'volunteer'): { item: Item; line: Line }[] {
  const out: { item: Item; line: Line }[] = [];
  for (const e of entries) {
    const item: Item = {};
    const { org, place } = orgAndPlace(rowText(e.org));
    if (org) item[kind === 'work' ? 'name' : 'organization'] = org;
    const title = rowText(e.title);
    if (title) item.position = title;
    const address = rowText(e.place);
    if (place ?? address) item.location = place ?? address;
    datesOf(e, item, false);
    const duties = rowItems(e.duties);
    if (duties.length) item.highlights = duties;
    if (org || title) out.push({ item, line: e.line });
  }
  return out;
}

/** The qualifications of a section printed as a form. */
export function formQualifications(entries: FormEntry[]): { item: Item; line: Line }[] {
  const out: { item: Item; line: Line }[] = [];
  for (const e of entries) {
    const item: Item = {};
    const { org, place } = orgAndPlace(rowText(e.school));
    if (org) item.institution = org;
    const title = rowText(e.degree);
    const degree = title ? findDegree(title) : undefined;
    if (degree?.studyType) {
      item.studyType = degree.studyType;
      // ("Máster en Ingeniería de Caminos, Canales y Puertos": the whole rest names the field)
      const at = title.indexOf(degree.studyType);
      const rest = at >= 0 ? title.slice(at + degree.studyType.length).replace(/^\s*(?:in|of|en|em|in der|de|di|in the)\s+/i, '').trim() : '';
      let area = at === 0 && rest ? rest : degree.area;
      // ("Computing, Upper Second-Class Honours (2:1)": the class of the degree after the field is its grade)
      const grade = area ? /^(.+?),\s*((?:first|upper|lower|second|third)[\w\s-]*(?:class|honours)[^,]*|(?:with )?(?:distinction|merit|(?:summa |magna )?cum laude)[^,]*)$/i.exec(area) : null;
      if (grade) { area = grade[1]!; item.score = grade[2]!.trim(); }
      if (area) item.area = area;
    } else if (title) item.studyType = title;
    if (place) item.location = place;
    datesOf(e, item, true);
    const subjects = rowItems(e.subjects);
    if (subjects.length) item.courses = subjects;
    if (org || title) out.push({ item, line: e.line });
  }
  return out;
}
