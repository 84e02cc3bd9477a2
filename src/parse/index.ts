// Parse: the document model (lines in reading order) → JSON Resume v1 plus sections, provenance and confidence.
import type { Document, Line } from '../types.js';
import type { SectionKind } from '../data/section-aliases.js';
import { aliasOf, findHeadings, headingKey, type Heading } from './sections.js';
import { splitEntries, headerFields, joinWrapped, findDegree, degreeLine, isFieldOfStudy, type RawEntry } from './entries.js';
import { roleSentences } from './role-sentences.js';
import { federalRoles } from './federal-roles.js';
import { projectBlocks } from './project-blocks.js';
import { formQualifications, formRoles, isFormRowLabel, joinFormCells, readFormEntries } from './form-rows.js';
import { historyStays, readHistory, readLabelledTable, type TableRow } from './tables.js';
import { EMAIL_RE, contactParts, findEmail, findLinks, findPhones, isLocation, isStreetLine, postalAddress, profileFromUrl, type Profile } from './contact.js';
import { findDateRange, isSignOff, type DateRange } from './dates.js';
import { atBullet, joinColonCells, unzipSideBySide, withoutLeaders } from './line-fixes.js';
import { isCityName } from './places.js';
import { isSkillLevel, parseSkills, skillItems } from './skills.js';
import { ORG_WORDS, SCHOOL_WORDS, TITLE_WORDS } from '../data/vocab.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JsonResume = Record<string, any>;

export interface Provenance { page: number; line: number; box?: [number, number, number, number] }

export interface ParseResult {
  resume: JsonResume;
  sections: { kind: SectionKind; heading: string; page: number; line: number }[];
  /** Where each field was read: JSON path ("work.0.position") → page and line. */
  provenance: Record<string, Provenance>;
  /** 0..1: how sure the parser is that it read the resume right. */
  confidence: number;
  /** The plain text an ATS reads, in reading order. */
  text: string;
}

/** The number in the document of a line the parser joined from two (a Word form's label and value cells). */
const sourceIndex = new WeakMap<Line, number>();
const prov = (l: Line): Provenance => {
  const line = sourceIndex.get(l) ?? l.index;
  return l.box ? { page: l.page, line, box: l.box } : { page: l.page, line };
};

/** Post-nominal letters after a name ("Maria L. Santos, BSN, RN", "Jane Doe, PhD"). */
// (hyphenated too: "NE-BC")
const CREDENTIALS = /(?:,\s*(?:[A-Z][A-Za-z]{0,5}\.?(?:-[A-Z]{1,4})?){1,3}(?:\s*\([^)]*\))?)+$/;
const withoutCredentials = (s: string): string => {
  const m = CREDENTIALS.exec(s.trim());
  // (or dotted capitals: "Henrik Castellanos, P.E.")
  return m && /[A-Z]{2}|Ph\.?D|M\.?D|[A-Z]\.[A-Z]\./.test(m[0]) ? s.trim().slice(0, m.index).trim() : s.trim();
};

/**
 * A monogram printed beside or over the name ("IC" for Ifeoma Chukwuemeka, a designed resume's badge): its letters
 * are the initials of the name's first and last words (or of its first words).
 */
const MONOGRAM = /^\p{Lu}{2,3}$/u;
const isMonogramOf = (m: string, name: string): boolean => {
  const w = name.trim().split(/\s+/).map((x) => x[0]!.toUpperCase());
  const t = m.trim();
  return MONOGRAM.test(t) && w.length >= 2 && (t === w.slice(0, t.length).join('') || t === `${w[0]}${w[w.length - 1]}`);
};

const looksLikeName = (s: string): boolean => {
  // (with an English name after it: "KOH Wei Ming (Kelvin)", "CHEUNG Hoi Yan, Natalie")
  const t = withoutCredentials(s).replace(/\s*\(\p{Lu}\p{Ll}+\)$|,\s*\p{Lu}\p{Ll}+$/u, '');
  if (!t || t.length > 50 || /[@\d|/:]|https?|www\./i.test(t)) return false;
  if (MONOGRAM.test(t)) return false; // initials alone ("AK"), a monogram
  if (/^(curriculum vitae|resume|résumé|cv|lebenslauf)$/i.test(t)) return false; // a document title
  if (/\p{L}{3,}\.$/u.test(t)) return false; // the end of a sentence ("… and Singapore.")
  const w = t.split(/\s+/);
  return w.length >= 1 && w.length <= 5 && w.every((x) => /^[\p{Lu}][\p{L}.'’-]*$/u.test(x) || /^(de|da|van|von|der|del|la|le|bin|al)$/i.test(x));
};

interface Section { heading?: Heading; lines: Line[] }

/** What follows a heading printed in a left gutter ("Work    Staff Engineer"), as a line of its own. */
function restOf(l: Line, rest: string): Line {
  const cells = l.cells!.slice(1);
  // Drop the heading's own runs: those before the first run that starts the rest.
  const start = l.runs.findIndex((r) => r.text.trim() && cells[0]!.startsWith(r.text.trim().slice(0, 12)));
  const runs = start > 0 ? l.runs.slice(start) : l.runs;
  const x = runs[0]?.x;
  const box: Line['box'] = l.box && x !== undefined && start > 0 ? [x, l.box[1], l.box[2], l.box[3]] : l.box;
  // Its size and weight are those of its own runs, not the heading's.
  const chars = runs.reduce((n, r) => n + r.text.length, 0) || 1;
  const bold = runs.reduce((n, r) => n + (r.bold ? r.text.length : 0), 0) / chars;
  const italic = runs.reduce((n, r) => n + (r.italic ? r.text.length : 0), 0) / chars;
  const fontSize = runs.find((r) => r.text.trim())?.fontSize ?? l.fontSize;
  const out: Line = { ...l, text: rest, runs, bold, italic, cells: cells.length > 1 ? cells : undefined };
  if (box) out.box = box;
  if (fontSize !== undefined) out.fontSize = fontSize;
  return out;
}

/** The column of page `page` with the most lines of the body, when the page has columns. */
function mainColumn(lines: Line[], page: number): number | undefined {
  const n = new Map<number, number>();
  for (const l of lines) if (l.page === page && l.column !== undefined && l.region === 'body') n.set(l.column, (n.get(l.column) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function splitSections(lines: Line[], headings: Heading[]): { top: Line[]; sections: Section[] } {
  const byLine = new Map(headings.map((h) => [h.line, h]));
  const top: Line[] = [];
  const sections: Section[] = [];
  let cur: Section | undefined;
  // Lines printed above the first heading, with no heading above them in their own column (a contact row that
  // a two-column layout split in half), belong to the top block.
  const first = headings[0] ? lines[headings[0].line] : undefined;
  const headedColumns = new Set<number | undefined>();
  // The section each column of the page ended in: a page that starts without a heading in a column continues it
  // (a left column that runs onto the next page after the right column was read).
  const lastIn = new Map<number | undefined, Section>();
  let page = lines[0]?.page;
  let pageHeaded = new Set<number | undefined>();
  // Per page: the columns it has, and the one that holds most of its text.
  const columnsOf = new Map<number, Set<number>>();
  for (const l of lines) if (l.column !== undefined) (columnsOf.get(l.page) ?? columnsOf.set(l.page, new Set()).get(l.page)!).add(l.column);
  const mainOf = new Map<number, number | undefined>();
  const mainIn = (p: number) => (mainOf.has(p) ? mainOf.get(p) : mainOf.set(p, mainColumn(lines, p)).get(p));
  for (const [i, l] of lines.entries()) {
    if (byLine.get(i - 1)?.wrapped) continue;
    if (l.page !== page) { page = l.page; pageHeaded = new Set(); }
    const h = byLine.get(i);
    if (h) { headedColumns.add(l.column); pageHeaded.add(l.column); }
    // (on a one-column page after a two-column one, the column that held most of the text goes on)
    const col = l.column ?? (pageHeaded.size === 0 ? mainIn(l.page - 1) : undefined);
    if (!h && cur && l.region === 'body' && col !== undefined && !pageHeaded.has(l.column) && lastIn.has(col) && lastIn.get(col) !== cur
      && [...(columnsOf.get(l.page - 1) ?? [])].some((c) => c !== col)) {
      lastIn.get(col)!.lines.push(l);
      continue;
    }
    if (cur && l.column !== undefined && l.region === 'body') lastIn.set(l.column, cur);
    if (!h && cur && first?.box && l.box && l.page === first.page && l.box[3] <= first.box[1] && !headedColumns.has(l.column)) {
      top.push(l);
      continue;
    }
    if (h) {
      cur = { heading: h, lines: [] };
      sections.push(cur);
      // (a heading that ends its column's page: the next page goes on in its section, "Education" / page 2)
      if (l.column !== undefined && l.region === 'body') lastIn.set(l.column, cur);
      if (h.rest) cur.lines.push(restOf(l, h.rest));
      continue;
    }
    if (l.region === 'header' || l.region === 'footer' || !cur) top.push(l);
    else if (byLine.get(i - 1)?.wrappedCell && l.cells) cur.lines.push(restOf(l, l.cells.slice(1).join('  ')));
    else cur.lines.push(l);
  }
  return { top, sections };
}

function entryHighlights(e: RawEntry): string[] {
  return e.bullets.map((b) => b.text.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

// (items drawn without glyphs, each a paragraph of its own: a sentence, or a duty of up to about two lines)
const lineItems = (e: RawEntry): boolean =>
  !e.bullets.length && e.prose.length >= 2 && e.prose.every((p) => /[.;!]$/.test(p.text.trim()) || (p.text.split(/\s+/).length <= 30 && !/:$/.test(p.text.trim())));

/** An entry's paragraphs that read as duties: whole sentences of eight words or more, no "Label:" rows. */
const dutyParagraphs = (e: RawEntry): Line[] => e.prose.filter((p) => /[.!]$/.test(p.text.trim()) && p.text.split(/\s+/).length >= 8 && !/^[^:]{2,40}:/.test(p.text));

function proseOf(e: RawEntry): string | undefined {
  if (!e.prose.length) return undefined;
  return e.prose.map((p) => p.text).reduce((a, b) => joinWrapped(a, b));
}

function isoOrUndefined(s?: string) { return s && /^\d{4}(-\d{2})?$/.test(s) ? s : undefined; }

/** Puts a range's dates on an entry: its start, and its end unless the range runs on. */
function setRange(item: JsonResume, d: DateRange | undefined): void {
  if (isoOrUndefined(d?.start)) item.startDate = d!.start;
  if (isoOrUndefined(d?.end) && !d?.current) item.endDate = d!.end;
}

function workEntries(sec: Section, kind: 'work' | 'volunteer', provenance: Record<string, Provenance>, base: number): JsonResume[] {
  const out: JsonResume[] = [];
  let lastOrg: string | undefined, lastLocation: string | undefined;
  let lines = sec.lines;
  // Roles printed as a form, a labelled row per field (Europass).
  const form = readFormEntries(lines);
  if (form) {
    for (const { item, line } of formRoles(form, kind)) {
      provenance[`${kind}.${base + out.length}`] = prov(line);
      out.push(item);
    }
    if (out.length) return out;
  }
  // A table of roles with a row of column labels ("Company | Designation | Duration").
  const table = readLabelledTable(lines);
  if (table && table.rows.some((r) => r.cells.org || r.cells.title || r.block)) {
    for (const { cells: c, line, block } of table.rows) {
      const item: JsonResume = {};
      // (a cell holding the entry whole: its title, employer and place, then its duties)
      const e = block ? splitEntries(block)[0] : undefined;
      const f = e?.header.length ? headerFields(e.header, 'work') : undefined;
      const org = c.org ?? f?.org, title = c.title ?? f?.title, place = c.location ?? f?.location;
      if (org) item[kind === 'work' ? 'name' : 'organization'] = org;
      if (title) item.position = title;
      if (place) item.location = place;
      const d = rowDates(c);
      if (d && isoOrUndefined(d.start)) item.startDate = d.start;
      if (d && isoOrUndefined(d.end) && !d.current && d.end !== d.start) item.endDate = d.end;
      const duties = e ? entryHighlights(e) : [];
      if (duties.length) item.highlights = duties;
      if (!item.position && !item.name && !item.organization) continue;
      provenance[`${kind}.${base + out.length}`] = prov(line);
      out.push(item);
    }
    lines = lines.slice(table.used);
    // "Key contributions at Zentrix Labs:" and bullets under the table: the duties of its last role (bullets with
    // no header of their own join the role before them, below).
    if (out.length && lines.length > 1 && !lines[0]!.bullet && /:\s*$/.test(lines[0]!.text) && lines[0]!.text.split(/\s+/).length <= 12
      && (!!lines[1]!.bullet || (lines[1]!.box?.[0] ?? 0) > (lines[0]!.box?.[0] ?? Infinity) + 10)) lines = lines.slice(1);
  }
  // A history table of dated events (a rirekisho): "Joined X — Title" … "Resigned from X".
  const history = readHistory(lines);
  if (history) {
    for (const stay of historyStays(history)) {
      const item: JsonResume = { [kind === 'work' ? 'name' : 'organization']: stay.name };
      if (stay.detail) item.position = stay.detail.split(/,\s+/)[0];
      if (stay.start) item.startDate = stay.start;
      if (stay.end) item.endDate = stay.end;
      provenance[`${kind}.${base + out.length}`] = prov(stay.line);
      out.push(item);
    }
    return out;
  }
  // Roles written as sentences ("Working as Software Engineer in Trivexa … from Jun 2022 to Till Date."), or as the
  // USAJOBS resume builder prints them (employer, address, dates, pay rows, title, duties).
  const read = roleSentences(lines) ?? federalRoles(lines);
  if (read) {
    for (const r of read) {
      const item: JsonResume = {};
      if (r.org) item[kind === 'work' ? 'name' : 'organization'] = r.org;
      if (r.title) item.position = r.title;
      if (r.location) item.location = r.location;
      setRange(item, r.dates);
      if ('items' in r && r.items.length) item.highlights = r.items;
      provenance[`${kind}.${base + out.length}`] = prov(r.line);
      out.push(item);
    }
    return out;
  }
  const entries = splitEntries(lines);
  // Duties printed one per line with no bullet glyph ("Led the visit in 2022." / "Introduced …") are highlights;
  // once a section prints them so, a role with a single such line has one highlight too.
  const proseItems = entries.some(lineItems);
  const paragraphDuties = entries.some((e) => e.bullets.length && dutyParagraphs(e).length >= 2);
  for (let e of entries) {
    if (!e.header.length) {
      // Bullets before any header belong to the previous entry.
      const prev = out[out.length - 1];
      if (prev) prev.highlights = [...(prev.highlights ?? []), ...entryHighlights(e)];
      continue;
    }
    const f = headerFields(e.header, 'work');
    const item: JsonResume = {};
    const org = f.org ?? (f.title ? lastOrg : undefined);
    if (org) item[kind === 'work' ? 'name' : 'organization'] = org;
    if (f.title) item.position = f.title;
    // A role under an employer printed once takes the employer's place too.
    const location = f.location ?? (!f.org && org ? lastLocation : undefined);
    if (location) item.location = location;
    setRange(item, f.dates);
    if (lineItems(e) || (proseItems && !e.bullets.length && e.prose.length && e.prose.every((p) => /[.;!]$/.test(p.text.trim())))) {
      e = { ...e, bullets: e.prose.map((p) => ({ text: p.text, line: p })), prose: [] };
    }
    // Duties written as paragraphs over the items (a federal resume: "Provide direct care …." / "Serve as charge
    // nurse …." / "● Led the unit …"): two or more sentences, each a paragraph, are duties too; one is a summary.
    // (once a role of the section prints them so, one such paragraph is a duty too)
    const duties = dutyParagraphs(e);
    if (e.bullets.length && duties.length >= (paragraphDuties ? 1 : 2)) {
      e = { ...e, bullets: [...duties.map((p) => ({ text: p.text, line: p })), ...e.bullets].sort((a, b) => a.line.index - b.line.index), prose: e.prose.filter((p) => !duties.includes(p)) };
    }
    const summary = proseOf(e);
    if (summary) item.summary = summary;
    const hl = entryHighlights(e);
    if (hl.length) item.highlights = hl;
    if (!item.position && !item.name && !item.organization && !item.startDate) {
      const prev = out[out.length - 1];
      if (prev && hl.length) prev.highlights = [...(prev.highlights ?? []), ...hl];
      continue;
    }
    if (f.org) { lastOrg = f.org; lastLocation = f.location; }
    provenance[`${kind}.${base + out.length}`] = prov(e.header[0]!);
    out.push(item);
  }
  // "Auberge du Lac, Talloires" among roles printed "Employer, Town": a last part we do not know as a place is
  // a town all the same when the section's other roles are printed that way.
  const placed = out.filter((w) => w.location).length;
  if (placed >= 2) {
    for (const w of out) {
      const m = !w.location && typeof w.name === 'string' ? /^(.+?),\s+(\p{Lu}[\p{Ll}'’-]+(?:[ -]\p{Lu}[\p{Ll}'’-]+)?)$/u.exec(w.name) : null;
      if (m && !ORG_WORDS.test(m[2]!) && !TITLE_WORDS.test(m[2]!)) { w.name = m[1]; w.location = m[2]; }
    }
  }
  return out;
}

/** The dates of a table row: its date column, or its "From" and "To" columns. */
function rowDates(c: TableRow['cells']) {
  return findDateRange(c.dates ?? [c.from, c.to].filter(Boolean).join(' – '));
}

function educationEntries(sec: Section, provenance: Record<string, Provenance>): JsonResume[] {
  const out: JsonResume[] = [];
  let lines = sec.lines;
  // Qualifications printed as a form (Europass).
  const form = readFormEntries(lines);
  if (form) {
    for (const { item, line } of formQualifications(form)) {
      provenance[`education.${out.length}`] = prov(line);
      out.push(item);
    }
    if (out.length) return out;
  }
  // A table of qualifications with a row of column labels.
  const table = readLabelledTable(lines);
  if (table && table.rows.some((r) => r.cells.degree || r.cells.school)) {
    for (const { cells: c, line } of table.rows) {
      const item: JsonResume = {};
      const school = c.school ?? c.board;
      if (school) item.institution = school.replace(/[,\s]+$/, '');
      // ("HEC Montréal, Montréal (QC)": the school, then its town and region; not "University of California, San Diego")
      const town = item.institution && !c.location ? /^(.+?),\s+([^,]+(?:,\s*[^,]+)?)$/.exec(item.institution as string) : null;
      if (town && /[,(]/.test(town[2]!) && isLocation(town[2]!) && !isLocation(town[1]!)) {
        item.institution = town[1]!;
        item.location = town[2]!;
      }
      const degree = c.degree ? findDegree(c.degree) ?? { studyType: c.degree } : undefined;
      if (degree?.studyType) item.studyType = degree.studyType;
      if (degree?.area) item.area = degree.area;
      else if (c.area && !/^[–—-]$/.test(c.area.trim())) item.area = c.area;
      const d = rowDates(c);
      if (d && d.start !== d.end && isoOrUndefined(d.start)) item.startDate = d.start;
      if (d && isoOrUndefined(d.end) && !d.current) item.endDate = d.end;
      if (c.score) item.score = c.score;
      if (c.location) item.location = c.location;
      if (!item.institution && !item.studyType) continue;
      provenance[`education.${out.length}`] = prov(line);
      out.push(item);
    }
    lines = lines.slice(table.used);
  }
  // A table of subjects and grades ("Leaving Certificate subject | Level | Grade") breaks a school result down: it
  // names no school of its own.
  const first = lines[0]?.table;
  if (first && lines.some((l) => l.table?.table === first.table && l.table.row === first.row && /\bsubjects?\b/i.test(l.text))) {
    lines = lines.filter((l) => l.table?.table !== first.table);
  }
  const history = readHistory(lines);
  if (history) {
    for (const stay of historyStays(history)) {
      // ("Waseda University, School of …": the university, not its faculty)
      const first = stay.name.split(/,\s+/)[0]!;
      const item: JsonResume = { institution: SCHOOL_WORDS.test(first) ? first : stay.name };
      const degree = stay.note ? findDegree(stay.note) : undefined;
      if (degree?.studyType) item.studyType = degree.studyType;
      // The field: the department named when the student entered ("…, Department of Computer Science").
      const field = /\bDepartment of ([^,]+)$/.exec(history.find((h) => h.line === stay.line)?.text ?? '')?.[1] ?? degree?.area;
      if (field) item.area = field.trim();
      if (stay.start) item.startDate = stay.start;
      if (stay.end) item.endDate = stay.end;
      provenance[`education.${out.length}`] = prov(stay.line);
      out.push(item);
    }
    return out;
  }
  // Qualifications printed as a list, one a line ("• M.Sc. (Structural Engineering), Pulchowk Campus, Tribhuvan
  // University, 2015–2017, 80.6%"): each item is a school's header of its own.
  const entries = splitEntries(lines).flatMap((e): RawEntry[] => (e.header.length || !e.bullets.length || !e.bullets.every((b) => findDegree(b.text) || SCHOOL_WORDS.test(b.text))
    ? [e]
    : e.bullets.map((b) => ({ header: [{ ...b.line, text: b.text, bullet: undefined, listLevel: undefined }], bullets: [], prose: [] }))));
  for (const e of entries) {
    if (!e.header.length) continue;
    const f = headerFields(e.header, 'education');
    const item: JsonResume = {};
    // ("University of Manchester (First-Class Honours)": the class of the degree is its grade, not the school's name)
    const honours = f.org ? /^(.+?)\s*\(([^()]*\b(?:honou?rs|distinction|merit|cum laude|first[- ]class|upper second|lower second|2:1|2:2|summa|magna)\b[^()]*)\)$/i.exec(f.org) : null;
    if (honours && !f.score) { f.org = honours[1]; f.score = honours[2]; }
    if (f.org) item.institution = f.org;
    if (f.degree?.studyType) item.studyType = f.degree.studyType;
    if (f.degree?.area) item.area = f.degree.area;
    if (f.location) item.location = f.location;
    if (f.dates) {
      const single = f.dates.start === f.dates.end;
      if (!single && isoOrUndefined(f.dates.start)) item.startDate = f.dates.start;
      if (isoOrUndefined(f.dates.end) && !f.dates.current) item.endDate = f.dates.end;
    }
    if (f.score) item.score = f.score;
    const courses = [...entryHighlights(e), ...e.prose.map((p) => p.text)];
    // The degree on the first line under the school, set as an indented line.
    const below = !item.studyType && courses.length ? degreeLine(courses[0]!) : undefined;
    if (below?.studyType) {
      item.studyType = below.studyType;
      // (the field printed apart in the header: "Computer Science" over "Bachelor of Engineering")
      const field = below.area ?? f.extra.find(isFieldOfStudy);
      if (field) item.area = field;
      courses.shift();
    }
    if (courses.length) item.courses = courses;
    if (!item.institution && !item.studyType) continue;
    provenance[`education.${out.length}`] = prov(e.header[0]!);
    out.push(item);
  }
  return out;
}

function projectEntries(sec: Section, work: JsonResume[]): JsonResume[] {
  const out: JsonResume[] = [];
  const blocks = projectBlocks(sec.lines);
  if (blocks) {
    for (const b of blocks) {
      const item: JsonResume = { name: b.name };
      if (b.keywords.length) item.keywords = b.keywords;
      if (b.role) item.roles = [b.role];
      if (b.client) item.entity = b.client;
      out.push(item);
      // A project done at an employer named above is part of that role: its description and duties move to the
      // role's highlights (once: the rules judge each duty where it stands).
      const at = b.company ? work.find((w) => typeof w.name === 'string' && sameOrg(w.name, b.company!)) : undefined;
      if (at) at.highlights = [...((at.highlights as string[] | undefined) ?? []), ...[b.description, ...b.highlights].filter((x): x is string => !!x)];
      else {
        if (b.description) item.description = b.description;
        if (b.highlights.length) item.highlights = b.highlights;
      }
    }
    return out;
  }
  for (const e of splitEntries(sec.lines)) {
    if (!e.header.length) continue;
    const f = headerFields(e.header, 'project');
    if (!f.title) continue;
    const item: JsonResume = { name: f.title };
    if (f.extra.length) {
      const kws = f.extra.flatMap((x) => x.split(/\s*,\s*/)).filter((x) => x.length < 40);
      if (kws.length > 1) item.keywords = kws;
      else item.description = f.extra.join(' ');
    }
    setRange(item, f.dates);
    const d = proseOf(e);
    if (d) item.description = d;
    const hl = entryHighlights(e);
    if (hl.length) item.highlights = hl;
    out.push(item);
  }
  return out;
}

/** Two names of one employer, however its legal form is written ("Trivexa Consulting Services Pvt. Ltd."). */
function sameOrg(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/\b(?:pvt|private|ltd|limited|inc|llc|gmbh|s\.?a|co)\b\.?/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) !== '' && key(a) === key(b);
}

/** Items of a simple list section: one per bullet or paragraph. */
function listItems(sec: Section): string[] {
  const out: string[] = [];
  for (const e of splitEntries(sec.lines)) {
    for (const h of e.header) out.push(h.cells ? h.cells.join(' ') : h.text);
    for (const p of e.prose) out.push(p.text);
    for (const b of e.bullets) out.push(b.text);
  }
  return out;
}

/**
 * An e-mail address or web address broken at the edge of a narrow column, with no hyphen ("lucia.ferrandez@example.c"
 * / "om", "luciaferrandez.example.co" / "m (Personal)", as LinkedIn's export prints them): the line that goes on
 * is joined to it without a space.
 */
const WHOLE_TLD = /\.(?:com|org|net|edu|gov|io|dev|app|ai|me|info|biz|tech|eu|uk|de|fr|es|it|nl|pl|br|in|jp|kr|cn|ru|au|ca|ch|se|no|fi|dk|be|at|pt|mx|ar|tr|eg|za|ng|ke|sg|id|vn|ph|nz|ie|il|us)$/i;

function joinBrokenAddresses(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    const tail = prev?.text.trim().split(/\s+/).pop() ?? '';
    const head = /^[a-z0-9][\w.\-/]*/.exec(l.text.trim())?.[0];
    // (what goes on is a piece, not an address of its own: "om", "m (Personal)", not "github.com/lfbrandao")
    // (or an e-mail address whose domain was cut before its dot: "bartosz.sobczak@exampl" / "e.com")
    const cutMail = !!prev && !!head && /@[\w-]+$/.test(tail) && EMAIL_RE.test(`${tail}${head}`) && WHOLE_TLD.test(head);
    if (prev && head && (!/[.@]/.test(head) || cutMail) && !l.cells && !prev.cells && l.blockStart === false && l.page === prev.page && l.column === prev.column
      && /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]*)*|(?:https?:\/\/|www\.)\S+|[\w-]+(?:\.[\w-]+)+(?:\/\S*)?)$/.test(tail) && !/[.,;:)]$/.test(tail)
      // (an address, not a word with a dot in it: "Node.js" / "and Python")
      && (/@|^https?:|^www\.|\//.test(tail) || (tail.match(/\./g)?.length ?? 0) >= 2)
      // (and one cut short: a domain that does not end in a whole top-level domain, or a path that goes on in lower
      // case; "tomas.ibarra@example.com" over a handle, or a URL over an ORCID iD, is whole)
      && (/\//.test(tail) ? /^[a-z]/.test(head) : !WHOLE_TLD.test(tail))) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trimEnd()}${l.text.trim()}`, runs: [...prev.runs, ...l.runs] };
      continue;
    }
    out.push(l);
  }
  return out;
}

/** Reads contact details from lines (header block, contact section, or anywhere as a fallback). */
function readContact(input: Line[], basics: JsonResume, provenance: Record<string, Provenance>): void {
  const profiles: Profile[] = basics.profiles ?? [];
  const lines = joinBrokenAddresses(input);
  for (const [i, l] of lines.entries()) {
    // A form row "Address    Leopoldstraße 5" whose value wraps onto the next line ("80802 Munich").
    if (!basics.location && l.cells && ADDRESS_LABEL.test(l.cells[0]!)) {
      const next = lines[i + 1];
      const value = [...l.cells.slice(1), ...(next && !next.cells && next.page === l.page && next.box && l.box && next.box[0] > l.box[0] + 20 ? [next.text] : [])].join(', ');
      // (a labelled address is one even when its form is unknown: "155-0031 Tokyo, Setagaya-ku, Kitazawa 3-5-12")
      const place = postalAddress(value) ?? (isLocation(value) ? locationObject(value) : value.trim() ? { address: value.trim() } : undefined);
      if (place) { basics.location = place; provenance['basics.location'] = prov(l); }
    }
    // A postal address over two or three lines ("4120 Example Avenue" / "Houston, TX 77004").
    if (!basics.location && !l.cells && /^\d+[A-Za-z]?\s+\p{L}|\p{L}\s+\d{1,5}[a-z]?$/u.test(l.text.trim()) && !findPhones(l.text).length && !findEmail(l.text) && !findDateRange(l.text)) {
      for (const n of [2, 3]) {
        const group = lines.slice(i, i + n);
        if (group.length < n || group.some((g) => g.cells || g.page !== l.page || findEmail(g.text) || findPhones(g.text).length || findLinks(g).length)) break;
        const address = postalAddress(group.map((g) => g.text.trim()).join(', '));
        if (address) { basics.location = address; provenance['basics.location'] = prov(l); break; }
      }
    }
    if (!basics.email) {
      const e = findEmail(l.text);
      if (e) { basics.email = e; provenance['basics.email'] = prov(l); }
    }
    if (!basics.phone) {
      const p = findPhones(l.text.replace(EMAIL_RE, ' '))[0];
      if (p && !findDateRange(p)) { basics.phone = p; provenance['basics.phone'] = prov(l); }
    }
    // A profile address broken at a hyphen or slash at the end of the line ("www.linkedin.com/in/aoife-" /
    // "brennan-pm (LinkedIn)"), as LinkedIn's own PDF export prints it.
    const next = lines[i + 1];
    const tail = /(?:https?:\/\/|www\.|\.com\/)\S*[-/_]$/.test(l.text.trim()) && next && next.page === l.page ? /^[\w.-]+(?:\/[\w.-]+)*/.exec(next.text.trim())?.[0] : undefined;
    for (const link of findLinks(tail ? { ...l, text: l.text.trim() + tail } : l)) {
      if (link.network) {
        const username = link.printed.replace(/^@/, '');
        if (!profiles.some((x) => x.network === link.network && x.username.toLowerCase() === username.toLowerCase())) profiles.push({ network: link.network, username });
        continue;
      }
      const p = profileFromUrl(link.url, undefined);
      if (p.network === 'Website' && !basics.url) { basics.url = p.url; provenance['basics.url'] = prov(l); continue; }
      if (profiles.some((x) => x.url?.toLowerCase() === p.url?.toLowerCase())) continue;
      if (p.network === 'Website' && basics.url) { profiles.push(p); continue; }
      profiles.push(p);
    }
    // (not the name's own line: "Henrik Castellanos, P.E." is no "Town, ST")
    if (!basics.location && !(typeof basics.name === 'string' && !l.cells && withoutCredentials(l.text) === basics.name)) {
      // Take out what is not a place (e-mail, phones, links), then look at the parts that remain.
      // (cells apart: a row of the page header holds several fields; a form label "Address :" goes)
      let rest = (l.cells ? l.cells.join(' | ') : l.text).replace(/^\s*(?:address|location|city|residence|based in|current location)\s*:\s*/i, '').replace(EMAIL_RE, ' | ')
        // ("Address: Makati City 1226 Phone: +63 … E-mail: …": the labels between the fields go too)
        .replace(/(?:^|\s)(?:(?:home |postal )?address|home|location|city|residence|phone(?: number)?|mobile|tel|telephone|e-?mail(?: address)?|linkedin|github|website|web|portfolio)\s*:/gi, ' | ');
      for (const p of findPhones(rest)) rest = rest.replace(p, ' | ');
      for (const k of findLinks(l)) rest = rest.replace(k.printed, ' | ');
      const parts = contactParts(rest);
      const tail = /([\p{Lu}][\p{L}.'’ -]{1,30},\s*[A-Z]{2})\s*$/u.exec(rest)?.[1];
      // A whole postal address whose parts are set apart by dashes ("Rua Augusta, 1500 – Consolação, São Paulo – SP").
      const wholeAddress = /\s[–—]\s/.test(rest) ? postalAddress(rest.replace(/\s+[–—]\s+/g, ', ').replace(/^[\s|,]+|[\s|,]+$/g, '')) : undefined;
      if (wholeAddress) { basics.location = wholeAddress; provenance['basics.location'] = prov(l); continue; }
      const place = parts.find((p) => isLocation(p)) ?? (tail && isLocation(tail) ? tail : undefined);
      if (place) { basics.location = locationObject(place.replace(/^[|·•,\s]+|[|·•,\s]+$/g, '')); provenance['basics.location'] = prov(l); continue; }
      const address = parts.map(postalAddress).find(Boolean);
      if (address) { basics.location = address; provenance['basics.location'] = prov(l); }
    }
  }
  if (profiles.length) basics.profiles = profiles;
}

/** "Leeds West Yorkshire GB": a town, a region and a country code printed with no commas (JSON Resume themes). */
function bareLocation(lines: Line[], basics: JsonResume, provenance: Record<string, Provenance>): void {
  if (!basics.location) {
    for (const l of lines) {
      const m = /^([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?)\s+((?:[\p{Lu}][\p{L}'’.-]*\s){0,3})([A-Z]{2})$/u.exec(l.text.trim());
      if (!m || l.cells) continue;
      const [, town, region, code] = m as unknown as [string, string, string, string];
      const city = isCityName(town) ? town : isCityName(town.split(' ')[0]!) ? town.split(' ')[0]! : undefined;
      if (!city) continue;
      const rest = `${town.slice(city.length)} ${region}`.trim();
      basics.location = { city, ...(rest ? { region: rest } : {}), countryCode: code };
      provenance['basics.location'] = prov(l);
      break;
    }
  }
}

/** A form label before the name: "Name: …" in the text, or "Name" as the first cell of a row. */
const NAME_LABEL = /^(?:full\s+)?name\s*:\s*/i;
// (Europass forms: "Name / Surname", "First name(s) / Surname(s)", "Surname(s) / First name(s)")
const NAME_LABEL_ALONE = /^(?:(?:full|first|given)\s+)?name(?:\(s\))?(?:\s*(?:\/|and)\s*(?:surname|last name|family name)(?:\(s\))?)?\s*:?$|^surname(?:\(s\))?\s*\/\s*first name(?:\(s\))?\s*:?$/i;
const nameLabelCell = (l: Line): boolean => !!l.cells && NAME_LABEL_ALONE.test(l.cells[0]!.trim());
/** The Europass form's rows of skills ("Computer skills and competences | AWS, Terraform, …", "Mother tongue(s) | English"). */
const SKILL_ROW_LABEL = /^(?:mother tongue\(s\)|other language\(s\)|(?:social|organi[sz]ational|technical|computer|artistic|other|job-related|communication|digital|personal) skills(?: and competences)?|driving licen[cs]e\(s\))$/i;
/** A form row naming the job sought ("Desired employment / Occupational field    Structural Engineer"). */
const SOUGHT_LABEL = /^(?:desired employment(?:\s*\/\s*occupational field)?|occupational field|job applied for|position applied for|desired position|target position|position sought)\s*:?$/i;

/** Labels of a personal-details form ("Address", "Date of birth"): not a headline. */
/** Personal particulars printed as a line under the name ("Brasileiro, casado, 32 anos"): no headline. */
const PARTICULARS = /\b(?:married|single|casad[oa]|solteir[oa]|solter[oa]|verheiratet|ledig|mari[ée]e?|célibataire|\d{1,2}\s*(?:years old|anos|años|ans|jahre))\b/i;
const FORM_LABEL = /^(?:address|home address|phone|mobile|tel(?:ephone)?|e-?mail|date of birth|birth ?date|place of birth|nationality|citizenship|marital status|gender|sex|website|linkedin|github|residence|location|visa|driving licen[cs]e)\b\s*:?/i;

const CERT_WORDS = /\b(certifi(?:ed|cate|cation)|licen[cs]e|first aid(?:er)?|cpr|belt|course|training|award|safety|accredit(?:ed|ation)|ticket|registration)\b/i;

const ADDRESS_LABEL = /^(?:address(?:\(es\))?|home|home address|postal address|residence|location|city|anschrift|adresse|dirección|endereço)\s*:?$/i;

function locationObject(s: string): JsonResume {
  const parts = s.split(/\s*,\s*/);
  const loc: JsonResume = { city: parts[0] };
  if (parts.length >= 2) loc.region = parts.slice(1).join(', ');
  return loc;
}

/** Parses the document into JSON Resume. */
/** A line of contact details and nothing else: an e-mail, a phone number, a web address or a town. */
function contactOnly(l: Line): boolean {
  const t = l.text.trim();
  if (findEmail(t) || findPhones(t).length) return t.split(/\s+/).length <= 8;
  if (findLinks(l).length) return !/\s/.test(t.replace(/^(?:linkedin|github|web|website|portfolio)\s*:\s*/i, ''));
  return isLocation(t) && t.split(/\s+/).length <= 4;
}

export function parseDocument(doc: Document): ParseResult {
  // (a Word table used as a form: each label's cell and its value's, one row, as a PDF prints them)
  const formed = joinFormCells(doc.lines, (t) => isFormRowLabel(t) || NAME_LABEL_ALONE.test(t) || SOUGHT_LABEL.test(t) || ADDRESS_LABEL.test(t) || FORM_LABEL.test(t) || SKILL_ROW_LABEL.test(t));
  if (formed.lines !== doc.lines) formed.lines.forEach((l, i) => sourceIndex.set(l, formed.origin[i]!));
  let lines = formed.lines.map((l) => {
    const m = joinColonCells(withoutLeaders(l));
    if (m !== l) sourceIndex.set(m, sourceIndex.get(l) ?? l.index);
    return m;
  });
  // (lines are numbered by their place: when one becomes two, or they change places, all are numbered again)
  const split = unzipSideBySide(lines.flatMap((l, i) => atBullet(l, lines[i - 1])));
  if (split.length !== lines.length || split.some((l, i) => l !== lines[i])) {
    lines = split.map((l, i) => {
      const m = { ...l, index: i };
      sourceIndex.set(m, sourceIndex.get(l) ?? l.index);
      return m;
    });
  }
  let headings = findHeadings(lines);
  // A name printed in the headings' style (a plain-text resume in capitals), above every known heading, is the
  // name, not a heading.
  const firstKnown = headings.find((h) => h.kind !== 'other')?.line ?? Infinity;
  const nameHeading = headings.find((h) => h.kind === 'other' && h.line < firstKnown && lines[h.line]!.page === lines[0]?.page
    && looksLikeName(h.heading) && !TITLE_WORDS.test(h.heading) && !isLocation(h.heading));
  if (nameHeading) headings = headings.filter((h) => h !== nameHeading);
  // Likewise a headline in that style just under the name ("JONAS ALBRECHT" / "SENIOR BACKEND ENGINEER").
  headings = headings.filter((h) => !(h.kind === 'other' && h.line < firstKnown && h.line <= 2 && lines[h.line]!.page === lines[0]?.page && TITLE_WORDS.test(h.heading)));
  const { top, sections } = splitSections(lines, headings);
  // Contact details printed at the foot of the page, far below the last section (moderncv's casual and classic
  // styles): they are the top block's, not the section's.
  for (const sec of sections) {
    const at = sec.lines.findIndex((l, i) => i > 0 && (l.gapBefore ?? 0) > 4 * (l.fontSize ?? 10) && l.page === sec.lines[i - 1]!.page
      && sec.lines.slice(i).filter((m) => m.page === l.page).some((m) => findEmail(m.text) || findPhones(m.text).length));
    if (at < 0) continue;
    const foot = sec.lines.filter((m, i) => i >= at && m.page === sec.lines[at]!.page);
    if (foot.length > 4) continue;
    top.push(...foot);
    sec.lines = sec.lines.filter((m) => !foot.includes(m));
  }
  // Contact details at the head of a sidebar read after the main column, before the sidebar's first heading: they
  // are the top block's too, not the last main section's.
  for (const sec of sections) {
    const at = sec.lines.findIndex((l, i) => i > 0 && l.column !== undefined && l.column !== sec.lines[i - 1]!.column && contactOnly(l));
    if (at < 0) continue;
    let end = at;
    while (end < sec.lines.length && sec.lines[end]!.column === sec.lines[at]!.column && contactOnly(sec.lines[end]!)) end++;
    top.push(...sec.lines.splice(at, end - at));
  }
  const provenance: Record<string, Provenance> = {};
  const basics: JsonResume = {};
  const resume: JsonResume = { basics };

  // Name: the largest text on the first page that reads as a name (it may sit in a side column).
  // (also the first part of "Ji-woo Park | Equity Research Analyst")
  // (and of "Priya Raghunathan, Frontend & Mobile Developer")
  const namePart = (l: Line) => {
    if (l.cells) return null;
    const comma = /^([^,]+?),\s+(.+)$/.exec(l.text);
    if (comma && looksLikeName(comma[1]!) && TITLE_WORDS.test(comma[2]!) && !isLocation(l.text)) return comma;
    return /^(.+?)\s+[|·•–—]\s+(.+)$/.exec(l.text);
  };
  // (a labelled name may be printed surname first: "Ortega Lozano, Javier")
  const nameText = (l: Line) => (nameLabelCell(l) ? (l.cells![1] && looksLikeName(l.cells![1].replace(/^([^,]+),\s*([^,]+)$/, '$2 $1')) ? l.cells![1].trim() : undefined)
    : NAME_LABEL.test(l.text) ? (looksLikeName(l.text.replace(NAME_LABEL, '')) ? l.text.replace(NAME_LABEL, '').trim() : undefined)
    : l.cells && l.cells[1] && isMonogramOf(l.cells[0]!, l.cells[1]) && looksLikeName(l.cells[1]) ? withoutCredentials(l.cells[1])
    : l.cells && looksLikeName(l.cells[0]!) ? withoutCredentials(l.cells[0]!) : looksLikeName(l.text) ? withoutCredentials(l.text)
    : namePart(l) && looksLikeName(namePart(l)![1]!) ? namePart(l)![1]!.trim() : undefined);
  const nameSize = (l: Line) => (l.cells ? l.runs[0]?.fontSize ?? l.fontSize ?? 0 : l.fontSize ?? 0);
  const headingLines = new Set(headings.map((h) => h.line));
  const firstPage = lines.filter((l, i) => l.page === lines[0]?.page && !headingLines.has(i) && !l.bullet && l.region !== 'footer').slice(0, 60);
  // (a row of cells is judged by its name cell: "Noa Ben-Ami    Haifa, Israel" is no place)
  // (dotted post-nominals are no state: "Henrik Castellanos, P.E." is no place)
  const named = firstPage.filter((l) => nameText(l) && (l.cells ? !isLocation(nameText(l)!) && !FORM_LABEL.test(l.cells[0]!)
    : !isLocation(/,\s*(?:[A-Z]\.){2,}/.test(l.text) ? withoutCredentials(l.text) : l.text)));
  // A headline in big type ("Site Reliability Engineer") is not a name when a name-like line exists.
  const candidates = named.some((l) => !TITLE_WORDS.test(nameText(l)!)) ? named.filter((l) => !TITLE_WORDS.test(nameText(l)!)) : named;
  // A form row "Name    TANAKA Haruto" says which line holds the name, whatever its size.
  const labelledName = named.find((l) => nameLabelCell(l) || NAME_LABEL.test(l.text));
  const nameLine = labelledName ?? [...candidates].sort((a, b) => nameSize(b) - nameSize(a) || (a.heading ?? 9) - (b.heading ?? 9) || a.index - b.index)[0];
  const used = new Set<Line>();
  if (nameLine) {
    basics.name = nameText(nameLine)!;
    provenance['basics.name'] = prov(nameLine);
    used.add(nameLine);
    // A name in large type wrapped onto more lines ("Graham THIBODEAU-" / "NAKAMURA", "Dana" / "Whitfield-" / "Okafor").
    // (also beside contact details printed at the right in small type, which are passed over, even when the first
    // line shares its row with them, "Ifeoma    ifeoma@…": the name's run is then its first cell)
    let last = nameLine;
    const size = nameSize(nameLine);
    const nameX = nameLine.box?.[0];
    const firstCell = !nameLine.cells || nameText(nameLine) === nameLine.cells[0]!.trim();
    for (let k = 1, found = 0; k <= 4 && found < 2; k++) {
      const rest = lines[nameLine.index + k];
      if (rest && nameX !== undefined && rest.box && Math.abs(rest.box[0] - nameX) > 20 && (rest.fontSize ?? 0) < 0.6 * size) continue;
      found++;
      if (!rest || !firstCell || rest.cells || rest.page !== nameLine.page || rest.column !== nameLine.column || headingLines.has(rest.index)
        || Math.abs((rest.fontSize ?? 0) - size) > 0.3 || size < 14 || rest.text.split(/\s+/).length > 3) break;
      const joined = /-$/.test(basics.name) ? basics.name + rest.text.trim() : `${basics.name} ${rest.text.trim()}`;
      if (!looksLikeName(joined) || TITLE_WORDS.test(rest.text)) break;
      basics.name = joined;
      used.add(rest);
      last = rest;
    }
    // Label: printed beside the name ("Danielle Whitaker    Registered Nurse, BSN"), or the next short line that
    // is not contact information.
    const beside = nameLine.cells && nameText(nameLine) === nameLine.cells[0]!.trim() ? nameLine.cells.slice(1).join(' ')
      : namePart(nameLine) && nameText(nameLine) === namePart(nameLine)![1]!.trim() ? namePart(nameLine)![2]! : '';
    // (past contact lines set at the right beside the name's row: "github.com/hosterhaus")
    const next = lines.slice(last.index + 1, last.index + 4).find((l) => !contactOnly(l) || l.cells);
    if (beside && TITLE_WORDS.test(beside) && !findEmail(beside) && !findPhones(beside).length) {
      basics.label = beside;
      provenance['basics.label'] = prov(nameLine);
    } else if (next?.cells && TITLE_WORDS.test(next.cells[0]!) && !/@|\d{3}|https?:|www\.|\.(?:com|org|net|io)\b/i.test(next.cells[0]!) && next.cells[0]!.split(/\s+/).length <= 10
      && !isLocation(next.cells[0]!) && !headingLines.has(next.index) && next.cells.slice(1).some((c) => findEmail(c) || findPhones(c).length || /\.(?:com|org|net|io|dev)\b|\//i.test(c))) {
      // ("Ph.D. Candidate in Machine Learning    osterhaus.example.org    linkedin.com/in/…": the headline beside links)
      basics.label = next.cells[0]!.trim();
      provenance['basics.label'] = prov(next);
    } else if (next && next.text.trim() === basics.name) {
      // (the name printed again under itself, an AsciiDoc title over its author line)
      used.add(next);
    } else if (next && !headingLines.has(next.index) && !next.bullet && !FORM_LABEL.test(next.cells?.[0] ?? next.text) && !findEmail(next.text) && !findPhones(next.text).length && !findLinks(next).length && !isLocation(next.text) && !postalAddress(next.text)
      && !PARTICULARS.test(next.text) && !(isStreetLine(next.text) && !TITLE_WORDS.test(next.text))
      && next.text.length <= 80 && !findDateRange(next.text) && next.text.split(/\s+/).length <= 10 && !/[.!]$/.test(next.text)) {
      // (past a monogram printed at the left of the headline's row: "AK    MARKETING TECHNOLOGIST")
      const cell = next.cells && next.cells[1] && isMonogramOf(next.cells[0]!, basics.name) ? next.cells[1] : next.cells?.[0];
      basics.label = (cell ?? next.text).replace(/\s{2,}/g, ' ');
      provenance['basics.label'] = prov(next);
      // ("iOS Developer — Melbourne, VIC", "Senior Backend Engineer · 📍 Chicago, IL": the headline, then where the
      // person lives, read with the contact details)
      const parts = contactParts(basics.label);
      const place = parts.findIndex((p, k) => k > 0 && isLocation(p));
      if (place > 0 && !next.cells) basics.label = basics.label.slice(0, basics.label.indexOf(parts[place]!)).replace(/[\s|·•–—-]+$/u, '').replace(/[\s|·•–—-]*[\u2190-\u21ff\u2300-\u23ff\u2600-\u27bf\u{1f300}-\u{1faff}]\ufe0f?$/u, '').trim();
      else used.add(next);
      // A headline wrapped onto a second line of the same size.
      const more = lines[next.index + 1];
      if (more && !more.blockStart && more.fontSize === next.fontSize && !more.cells && !headingLines.has(more.index) && /,$/.test(next.text)) {
        basics.label = `${basics.label} ${more.text}`;
        used.add(more);
      }
    }
    // Else the job sought, when a form row names it.
    const sought = !basics.label ? lines.find((l) => l.page === nameLine.page && l.cells && l.cells.length >= 2 && SOUGHT_LABEL.test(l.cells[0]!.trim())) : undefined;
    if (sought) { basics.label = sought.cells!.slice(1).join(' ').trim(); provenance['basics.label'] = prov(sought); }
    // Else a job title among the contact rows above the first heading ("Marketing Manager    Richmond, VIC 3121").
    if (!basics.label) {
      for (const l of top) {
        if (l === nameLine || l.page !== nameLine.page || l.region === 'footer') continue;
        const part = (l.cells ?? contactParts(l.text)).map((c) => c.trim()).find((c) => TITLE_WORDS.test(c) && c.split(/\s+/).length <= 8 && !/\d|@|https?:|www\.|\.(?:com|org|net|io)\b/i.test(c)
          && !isLocation(c) && !/[.!]$/.test(c) && /^[\p{Lu}]/u.test(c));
        if (part) { basics.label = part; provenance['basics.label'] = prov(l); break; }
      }
    }
  }
  // A name printed inside a section's reading order (a sidebar read after the main column): the lines under it in
  // its column, up to the next heading, are its contact block, not the section's.
  if (nameLine && !top.includes(nameLine)) {
    const block: Line[] = [];
    for (let i = nameLine.index + 1; i < lines.length && i <= nameLine.index + 14; i++) {
      const l = lines[i]!;
      if (headingLines.has(i) || l.page !== nameLine.page || l.column !== nameLine.column) break;
      if (!used.has(l)) block.push(l);
    }
    if (block.some((l) => findEmail(l.text) || findPhones(l.text).length || findLinks(l).length)) {
      for (const l of block) used.add(l);
      readContact(block, basics, provenance);
    }
  }
  // (and the place and day the CV is signed, among its last lines: "Stockholm, 20 January 2025")
  for (const s of sections) s.lines = s.lines.filter((l) => !used.has(l) && !(l.index >= lines.length - 3 && isSignOff(l.text)));
  readContact(top, basics, provenance);
  const contactSecs = sections.filter((s) => s.heading && ['contact', 'links'].includes(s.heading.kind));
  for (const s of contactSecs) readContact(s.lines, basics, provenance);
  if (!basics.email || !basics.phone) readContact(lines.filter((l) => findEmail(l.text) || findPhones(l.text).length), basics, provenance);
  // (near the e-mail or the phone number, wherever they are)
  const near = lines.filter((l, i) => lines.slice(Math.max(0, i - 3), i + 4).some((m) => findEmail(m.text) || findPhones(m.text).length));
  bareLocation(near, basics, provenance);
  // A place printed just under the name and headline, in a column that comes after a sidebar (LinkedIn's export).
  if (!basics.location && nameLine) {
    const near = lines.filter((l) => l.page === nameLine.page && l.column === nameLine.column && l.index > nameLine.index && l.index <= nameLine.index + 3);
    const place = near.find((l) => !l.cells && isLocation(l.text));
    if (place) { basics.location = locationObject(place.text.trim()); provenance['basics.location'] = prov(place); }
  }

  // A summary paragraph before the first heading (after the contact lines).
  const summaryTop = top.filter((l) => l.region === 'body' && !used.has(l) && l.text.split(/\s+/).length >= 8 && !findEmail(l.text));
  const work: JsonResume[] = [], volunteer: JsonResume[] = [], education: JsonResume[] = [], skills: JsonResume[] = [], projects: JsonResume[] = [];
  const awards: JsonResume[] = [], certificates: JsonResume[] = [], publications: JsonResume[] = [], languages: JsonResume[] = [], interests: JsonResume[] = [], references: JsonResume[] = [];
  let summary = summaryTop.map((l) => l.text).join(' ');
  // With no education section, "Training" or "Qualifications" holds the schooling (trades, apprenticeships).
  const schooling = !sections.some((s) => s.heading?.kind === 'education')
    ? sections.find((s) => s.heading?.kind === 'coursework' && /^(training|qualifications|education and training|training and qualifications)$/i.test(headingKey(s.heading.heading)))
    : undefined;
  for (const s of sections) {
    let kind = s === schooling ? 'education' : s.heading?.kind ?? 'other';
    // A skill group printed as a section of its own, its level first ("Data" / "Advanced" / "PostgreSQL  Kafka"):
    // skills, named by the heading.
    if ((kind === 'other' || kind === 'languages') && s.heading && s.lines.length >= 2 && isSkillLevel(s.lines[0]!.text)) {
      const keywords = parseSkills(s.lines.slice(1)).flatMap((g) => g.keywords as string[]);
      if (keywords.length) { skills.push({ name: s.heading.heading, keywords }); continue; }
      kind = 'other';
    }
    // "Qualifications" holding "IT skills    Languages: Java, …" rows and no school or degree: skills.
    if (kind === 'education' && s.heading && !/educat|academ|school|stud/i.test(s.heading.heading) && isSkillRows(s.lines)) kind = 'skills';
    switch (kind) {
      case 'headline': if (!basics.label && s.lines[0]) { basics.label = s.lines[0].text.replace(/\s{2,}/g, ' ').trim(); provenance['basics.label'] = prov(s.lines[0]); } break;
      case 'summary': summary = [summary, s.lines.map((l) => l.text).reduce((a, b) => (a ? joinWrapped(a, b) : b), '')].filter(Boolean).join(' '); break;
      case 'work': work.push(...workEntries(s, 'work', provenance, work.length)); break;
      case 'volunteer': volunteer.push(...workEntries(s, 'volunteer', provenance, volunteer.length)); break;
      case 'education': education.push(...educationEntries(s, provenance)); break;
      case 'skills': skills.push(...parseSkills(s.lines)); break;
      case 'projects': projects.push(...projectEntries(s, work)); break;
      case 'awards': for (const t of listItems(s)) awards.push(withDate({ title: t }, t)); break;
      case 'certificates': for (const t of listItems(s)) certificates.push(withDate({ name: t }, t)); break;
      case 'publications': for (const t of listItems(s)) publications.push({ name: t }); break;
      case 'languages': for (const t of listItems(s)) for (const x of t.split(/\s*[,;•|·]\s*/)) if (x) languages.push(languageOf(x)); break;
      case 'interests': for (const t of listItems(s)) for (const x of t.split(/\s*[,;•|·]\s*/)) if (x) interests.push({ name: x }); break;
      case 'references': for (const t of listItems(s)) references.push({ reference: t }); break;
      default: {
        // "Additional information": rows such as "Skills: …", "Languages: …" are small sections of their own.
        for (const group of labelledRows(s.lines)) {
          const kind = aliasOf(group.label);
          if (kind === 'skills') skills.push(...parseSkills(group.lines));
          else if (kind === 'languages' || kind === 'interests') {
            for (const x of skillItems(group.text)) {
              if (kind === 'languages') languages.push(languageOf(x));
              else interests.push({ name: x });
            }
          }
        }
        break;
      }
    }
  }
  // A certificate listed under education ("Mental Health First Aider (2022)", "Lean Six Sigma Green Belt, 2022"): no
  // degree and no school, but a certificate's words.
  for (let i = education.length - 1; i >= 0; i--) {
    const e = education[i]!;
    if (e.studyType || !e.institution || SCHOOL_WORDS.test(e.institution) || !CERT_WORDS.test(e.institution)) continue;
    certificates.push(e.endDate ? { name: e.institution, date: e.endDate } : { name: e.institution });
    education.splice(i, 1);
  }
  // Schools listed apart from the qualifications ("Institutions attended" / "Qualifications obtained", common on
  // West African CVs): a school without a degree takes the degree obtained in the year it ends.
  for (const e of education) {
    if (e.studyType || !e.endDate) continue;
    const i = certificates.findIndex((c) => c.date?.slice(0, 4) === String(e.endDate).slice(0, 4) && findDegree(c.name));
    if (i < 0) continue;
    const d = findDegree(certificates[i]!.name)!;
    if (d.studyType) e.studyType = d.studyType.replace(/\s*\([^)]*\)$/, '');
    if (d.area) e.area = d.area;
    certificates.splice(i, 1);
  }
  if (summary) basics.summary = summary;
  const add = (k: string, v: JsonResume[]) => { if (v.length) resume[k] = v; };
  add('work', work); add('volunteer', volunteer); add('education', education); add('skills', skills); add('projects', projects);
  add('awards', awards); add('certificates', certificates); add('publications', publications); add('languages', languages);
  add('interests', interests); add('references', references);

  const sectionList = sections.filter((s) => s.heading).map((s) => ({
    kind: s.heading!.kind, heading: s.heading!.heading, page: lines[s.heading!.line]!.page, line: s.heading!.line,
  }));
  let confidence = 0;
  if (basics.name) confidence += 0.2;
  if (basics.email || basics.phone) confidence += 0.2;
  if (sectionList.length >= 2) confidence += 0.2;
  if (work.length) confidence += 0.2 * (work.filter((w) => w.position && (w.name || w.startDate)).length / work.length);
  if (education.length || skills.length) confidence += 0.2;
  const text = lines.map((l) => (l.bullet ? `• ${l.text}` : l.listLevel !== undefined ? `  ${l.text}` : l.cells ? l.cells.join('    ') : l.text)).join('\n');
  return { resume, sections: sectionList, provenance, confidence: Math.round(confidence * 100) / 100, text };
}

/** Rows "Label: text" (with the lines that wrap from them) whose label is a section name. */
function labelledRows(lines: Line[]): { label: string; text: string; lines: Line[] }[] {
  const out: { label: string; text: string; lines: Line[] }[] = [];
  let open: (typeof out)[number] | undefined;
  for (const l of lines) {
    const m = /^([^:,]{2,30}):\s*(\S.*)$/.exec(l.text);
    if (m && aliasOf(m[1]!)) { open = { label: m[1]!, text: m[2]!, lines: [l] }; out.push(open); continue; }
    if (open && !m && !l.bullet && l.blockStart === false) { open.text = `${open.text} ${l.text}`; open.lines.push(l); continue; }
    open = undefined; // a row of another kind ends the open one
  }
  return out;
}

function withDate(o: JsonResume, t: string): JsonResume {
  const d = findDateRange(t);
  if (d?.end && /^\d{4}(-\d{2})?$/.test(d.end)) o.date = d.end;
  return o;
}

function languageOf(s: string): JsonResume {
  const m = /^(.+?)\s*[(:–-]\s*([^)]+)\)?$/.exec(s);
  return m ? { language: m[1]!.trim(), fluency: m[2]!.trim() } : { language: s.trim() };
}

/** Rows labelled as skills ("IT skills", "Technical skills: …"), with no school or degree among the lines. */
function isSkillRows(lines: Line[]): boolean {
  const label = (l: Line) => l.cells?.[0] ?? /^([^:,]{2,40}):/.exec(l.text)?.[1] ?? '';
  return lines.some((l) => /\bskills?\b/i.test(label(l))) && !lines.some((l) => SCHOOL_WORDS.test(l.text) || findDegree(l.text));
}
