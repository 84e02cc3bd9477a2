// Entries of a dated section (work, education, projects, volunteer): header lines, then bullets or prose.
import type { Line } from '../types.js';
import { BULLET_PREFIX, isBulletGlyph } from '../layout/text.js';
import { findDateRange, isDateOnly, isDuration, isPresentWord, withoutDurations, type DateRange } from './dates.js';
import { isLocation, isStreetLine } from './contact.js';
import { isCityName, isRegionName } from './places.js';
import { DEGREES, ORG_WORDS, SCHOOL_WORDS, TITLE_WORDS, US_STATES } from '../data/vocab.js';

export interface RawEntry {
  header: Line[];
  bullets: { text: string; line: Line }[];
  prose: Line[];
}

/** A list item: a bullet glyph, or a line indented under its entry (bullets drawn by CSS or a theme). */
export const isItem = (l: Line): boolean => !!l.bullet || (l.listLevel !== undefined && !isDateOnly(l.text));

const isBulletGlyphText = (t: string) => isBulletGlyph(t.trim());

/** Where a bulleted line's text starts: after the glyph, also when the glyph is in the text's own run ("• Lead …"). */
const bulletTextX = (l: Line): number => {
  const r = l.runs.find((x) => x.text.trim() && x.x !== undefined);
  if (!r) return l.box?.[0] ?? 0;
  const glyph = BULLET_PREFIX.exec(r.text);
  return glyph && r.width ? r.x! + (r.width * glyph[0].length) / r.text.length : r.x!;
};

/** True when `l` continues the previous bullet or paragraph line `prev` (a wrapped line). */
function continues(prev: Line, l: Line, anchor: Line): boolean {
  if (isItem(l) || l.cells) return false;
  // DOCX/text: one paragraph per line, but for a line break typed inside one ("… that answers" / "3,200 requests …")
  if (!prev.box || !l.box) return !prev.box && !l.box && l.blockStart === false && l.index === prev.index + 1 && (l.bold ?? 0) < 0.5;
  if (l.page !== prev.page || l.column !== prev.column) return false;
  // ("• Lead two platform teams owning CI/CD," / "the service mesh and the developer portal": a line break typed
  // inside an item, its next paragraph going on in lower case at the item's edge)
  if (anchor.bullet && anchor.box && /^\p{Ll}/u.test(l.text.trim()) && !/[.!?]$/.test(prev.text.trim()) && (l.bold ?? 0) < 0.5
    && (l.gapBefore ?? 0) <= 0.8 * (l.fontSize ?? 10) && l.box[0] >= anchor.box[0] - 2 && l.box[0] <= bulletTextX(anchor) + 30) return true;
  if (l.blockStart && Math.abs(l.box[0] - prev.box[0]) < 2) return false;
  if ((l.gapBefore ?? 0) > 1.2 * (l.fontSize ?? 10)) return false;
  if (Math.abs((l.fontSize ?? 0) - (anchor.fontSize ?? 0)) > 0.6) return false;
  // (a bold line after a plain item heads the next entry, unless it goes on mid-sentence, "… 1.4 million operations" /
  // "per second." with a bold phrase)
  const midSentence = l.blockStart === false && /^[\p{Ll}\d]/u.test(l.text.trim()) && !/[.!?:;]$/.test(prev.text.trim());
  if ((l.bold ?? 0) >= 0.5 && (anchor.bold ?? 0) < 0.3 && !midSentence) return false;
  const x = l.box[0];
  // (a new block that starts left of the item's glyph is the next header: "BLUE MAGPIE GAMES | …" at x=225
  // after "• Mentor …" at x=228)
  if (l.blockStart && anchor.bullet && x < anchor.box![0] - 1) return false;
  // (a paragraph set with a first-line indent goes on at the margin, left of its first line)
  if (l.blockStart === false && !anchor.bullet && x < anchor.box![0] && anchor.box![0] - x <= 3 * (l.fontSize ?? 10) && (l.bold ?? 0) < 0.5) return true;
  const textX = anchor.bullet ? bulletTextX(anchor) : anchor.box![0];
  // (a wrapped line may start under the glyph as well as under the text: LinkedIn's export; and a line that goes
  // on in lower case, "bookings by 34%", carries on a sentence even where a list's marker hangs outside it)
  if (/^[\p{Ll}\d%(]/u.test(l.text.trim()) && x >= anchor.box![0] - 20 && x <= textX + 30 && (l.bold ?? 0) < 0.5) return true;
  return x >= Math.min(textX, anchor.box![0]) - 3 && x <= textX + 30;
}

/** A line of running prose, not a header: long or ending like a sentence, not bold, not a "Name · description" row. */
const isSentence = (l: Line): boolean => {
  const s = withoutDurations(l.text).trim(), words = s.split(/\s+/).length;
  if ((l.bold ?? 0) > 0.5 || (l.heading ?? 0) > 0 || /\s[·|•]\s/.test(s)) return false;
  // (short fields in cells of their own: "2 ans 7 mois    Northern Lights Commerce    Montréal, QC")
  if (l.cells && l.cells.length >= 2 && l.cells.every((c) => c.split(/\s+/).length <= 5)) return false;
  // "Bac professionnel Cuisine — Lycée hôtelier des Alpes, Annecy": fields set apart by a dash, not a sentence.
  if (/\s[—–]\s/.test(s) && !/[.!]$/.test(s) && findDegree(s)) return false;
  // Names and places are in title case ("Aceros del Norte, San Nicolás de los Garza, N.L."); prose is not.
  const ws = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(de|del|la|las|los|le|di|da|do|dos|das|van|von|der|of|and|the|for|at|in|&)$/i.test(w));
  if (ws.length && ws.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * ws.length) return false;
  return words >= 9 || (/[.!]$/.test(s) && !/\b(?:\p{Lu}\.)+$|\b(?:inc|ltd|co|corp)\.$/iu.test(s) && words >= 6);
};


/**
 * A bullet or wrapped line that carries its entry's dates in a right-hand cell ("Built …    June 2023 – present",
 * "uptime    2 years 10 months"): the text without those cells, and the cells taken off.
 */
function sideCells(l: Line): { line: Line; side: string[] } {
  if (!l.cells || l.cells.length < 2) return { line: l, side: [] };
  const cells = [...l.cells];
  const side: string[] = [];
  while (cells.length > 1 && (isDateOnly(cells[cells.length - 1]!) || isDuration(cells[cells.length - 1]!))) side.unshift(cells.pop()!);
  if (!side.length) return { line: l, side };
  return { line: { ...l, text: cells.join('  '), cells: cells.length > 1 ? cells : undefined }, side };
}

// (and in Portuguese, Spanish, French and German: "Principais atividades:", "Responsabilidades:", "Missions :", "Aufgaben:")
const SUB_LABEL = /^(?:roles?\s*(?:&|and)\s*|key\s+|main\s+|selected\s+|relevant\s+|principais\s+|principales\s+|principaux\s+|principales\s+|wichtigste\s+)?(?:job profile|job description|key result areas|kras?|duties|responsibilities|accomplishments|achievements|engagements|projects|clients|highlights|tasks|courses|(?:relevant\s+)?coursework|atividades|atribui[çc][õo]es|responsabilidades|realiza[çc][õo]es|conquistas|funciones|logros|tareas|actividades|missions|r[ée]alisations|responsabilit[ée]s|activit[ée]s|aufgaben|t[äa]tigkeiten|erfolge|verantwortlichkeiten)(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:related\s+)?(?:duties|responsibilities|accomplishments|achievements|skills|licensures|licenses|certifications))*\s*:?$/i;
/**
 * A line of a role's hours, grade and pay ("36 hrs/week · Nurse II, Step 4 · $92,714 per year", "GS-2210-12"), or a
 * service member's unit, rank and specialty ("… 82nd Airborne Division — Captain (O-3) — MOS 90A").
 */
const PAY_LINE = /\b\d{1,2}\s*(?:hrs?|hours)\s*(?:\/|per\s+)\s*(?:wk|week)\b|\$[\d,.]+\s*(?:\/|per\s+)(?:year|yr|annum|hour|hr)\b|\bGS-\d{4}-\d{1,2}\b|\bMOS\s+\d{2}[A-Z]\b|\((?:O|E|W)-(?:\d{1,2}\)|\s*$)/i;
const DETAIL_ROW = /^(?:c?gpa|grade|credits(?: earned)?|honou?rs|relevant coursework|coursework|thesis|dissertation|duties|responsibilities|salary|hours per week|series|pay plan|supervisors?|advis[eo]rs?|co-advis[eo]rs?|committee|reason for leaving|okay to contact|engaged (?:via|through)|placed (?:by|via|through)|(?:recruitment )?agency|contract type|engagement type|employment type|(?:day )?rate|ir35(?: status)?)\b[^:]{0,20}:\s*\S/i;

/** The label rows of a project under a role ("Project: …", "Client: …", "Environment: …", "Team Size: 6"). */
const PROJECT_ROW = /^(?:project(?: title| name)?|client|environment|team size|technologies(?: used)?|tech stack|tools used)\s*:\s*\S/i;

const EUROPASS_LABEL = /^(business or sector|main activities and responsibilities|occupation or position held|name and address of employer|principal subjects|level in national or international classification|name and type of organisation)\b/i;

/**
 * A line whose dates make it a header: any date, unless it is a lone year inside a sentence ("Led the visit in
 * 2022 with no matters to address.").
 */
function datedHeader(text: string): boolean {
  const d = findDateRange(text);
  if (!d) return false;
  const before = text.slice(0, d.span[0]).trim().split(/\s+/).filter(Boolean).length;
  return !(d.start === d.end && before >= 3 && /[.!]$/.test(text.trim()) && text.slice(d.span[1]).trim().split(/\s+/).length >= 2);
}

/**
 * Items of an outline that head entries: an item followed by plain lines, one of them dates, and then by items
 * one level deeper ("• Norrsken AB" / "2020-09-01 - present" / "Senior Firmware Engineer" / "  - Led …").
 */
function outlineHeaders(lines: Line[]): Set<number> {
  // (an item over plain lines with dates; it heads an entry when the next item is deeper, another such item, or none)
  const nextItem = new Map<number, number>();
  for (const [i, l] of lines.entries()) {
    if (l.listLevel === undefined || !isItem(l)) continue;
    let j = i + 1, dated = false;
    for (; j < lines.length && !isItem(lines[j]!); j++) if (isDateOnly(lines[j]!.text)) dated = true;
    if (dated && j > i + 1) nextItem.set(i, j);
  }
  // (every item at that level must be such: the last duty of a plain list, before the next entry's header, is not)
  const heads = new Set<number>();
  const allAt = (level: number) => lines.every((l, i) => l.listLevel !== level || !isItem(l) || nextItem.has(i));
  for (const [i, j] of nextItem) {
    const next = lines[j];
    if (!allAt(lines[i]!.listLevel!)) continue;
    if (!next || (next.listLevel ?? -1) > lines[i]!.listLevel! || (next.listLevel === lines[i]!.listLevel && nextItem.has(j))) heads.add(i);
  }
  return heads;
}

/**
 * True when `l` is a plain line that fills its column and `next`, in its style right under it, is the rest of it,
 * ending in dates: one header wrapped ("Women on Boards: Succeeding as a Corporate Director, Harvard" / "Business School Executive
 * Education, 2023"). `rights` are the section's column edges (columnRights).
 */
function wrapsInto(l: Line, next: Line | undefined, rights: ReadonlyMap<string, number>): boolean {
  if (!next || l.cells || next.cells || isItem(l) || isItem(next) || !l.box || !next.box || next.blockStart !== false || next.page !== l.page) return false;
  if (/[.;:!?,]$/.test(l.text.trim()) || findDateRange(l.text) || !sameStyle(l, next) || Math.abs(next.box[0] - l.box[0]) > 2) return false;
  if ((next.gapBefore ?? 0) > 0.8 * (next.fontSize ?? 10) || isLocation(next.text.trim()) || isDateOnly(next.text)) return false;
  // (only a line of fields that ends in its dates: stacked fields in a narrow column fill it too, "Computer Systems
  // and Networks" / "Chalmers University of")
  if (!endsInDates(`${l.text.trim()} ${next.text.trim()}`)) return false;
  const right = rights.get(`${l.page}:${l.column}`) ?? 0;
  return l.box[2] >= right - 2.5 * (l.fontSize ?? 10) && l.box[2] - l.box[0] >= 0.6 * (right - l.box[0]);
}

/** The right edge of each page's column ("page:column") over a section's lines that are no rows of cells. */
function columnRights(lines: readonly Line[]): Map<string, number> {
  const rights = new Map<string, number>();
  for (const m of lines) {
    if (!m.box || m.cells) continue;
    const key = `${m.page}:${m.column}`;
    rights.set(key, Math.max(rights.get(key) ?? 0, m.box[2]));
  }
  return rights;
}

/** Text that ends in its dates, set off by a comma, a bracket, a dash or a bar: "…, Harvard Business School, 2023". */
function endsInDates(text: string): boolean {
  const t = text.trim();
  const d = findDateRange(t);
  return !!d && /[\s)\].]*$/.test(t.slice(d.span[1])) && t.slice(d.span[1]).trim().length <= 2 && /[,(|–—-]\s*$/.test(t.slice(0, d.span[0]));
}

/** The agency that placed a contractor, "via Hays", "contract via Harvey Nash", and the same in brackets. */
const VIA = '(?:contract(?:ed)?\\s+|placed\\s+|engaged\\s+)?(?:via|through)\\s+';
const AGENCY = new RegExp(`^${VIA}\\p{Lu}`, 'u');
const AGENCY_IN_BRACKETS = new RegExp(`\\s*\\(${VIA}[^()]+\\)`, 'gi');

/** The label a row opens with, lower-cased ("client" for "Client: Barclays"), or ''. */
const rowLabel = (t: string): string => /^([^:]{2,30}):/.exec(t.trim())?.[1]!.toLowerCase() ?? '';

/** A plain sentence (four words or more, a period, lower-case words) over a line with a range of dates. */
function introNote(l: Line, next: Line | undefined): boolean {
  const t = l.text.trim();
  if (!next || isItem(l) || l.cells || !/[.!]$/.test(t) || /\b(?:inc|ltd|llc|co|corp|plc|s\.a|b\.v)\.$/i.test(t) || t.split(/\s+/).length < 4) return false;
  if (!/\s\p{Ll}{2,}\b/u.test(t) || (findDateRange(t) && !/\bsince\s+(?:\p{L}+\s+)?(?:19|20)\d{2}\b/iu.test(t))) return false;
  const d = findDateRange(next.text);
  return !!d && (d.current || (!!d.end && d.end !== d.start) || (!!d.start && !!d.end));
}

/** Splits a section's lines into entries. */
export function splitEntries(lines: Line[]): RawEntry[] {
  const entries: RawEntry[] = [];
  let cur: RawEntry | undefined;
  let lastText: { line: Line; anchor: Line; target: { text: string }; floated?: boolean } | undefined;
  // The entry's sub-label ("Highlights", "Courses") and where the lines under it start: items of the entry.
  let underLabel: Line | undefined;
  const outlineHeads = outlineHeaders(lines);
  const rights = columnRights(lines);
  for (const [at, raw] of lines.entries()) {
    let l = raw;
    // A note before the first entry, "Through Quennell Software Ltd since 2020.", over a dated header: no entry.
    if (!cur && introNote(raw, lines[at + 1])) continue;
    // (a Word paragraph has no box: any plain paragraph goes on under the label)
    // (a duty may name years, "Windows Server 2016/2019": a dated line heads the next entry unless it is a sentence)
    if (underLabel && cur && !l.cells && !isItem(l) && (!findDateRange(l.text) || (isSentence(l) && !datedHeader(l.text))) && l.page === underLabel.page
      && (l.box && underLabel.box ? l.box[0] >= underLabel.box[0] - 2 : !l.box && !underLabel.box) && (l.bold ?? 0) < 0.5
      // (in the header's style only a list can be under the label: "Hydraulic Engineering, Transportation Engineering, …")
      && (!(cur.header[0] && sameStyle(cur.header[0], l)) || (l.text.split(',').length >= 3 && !SCHOOL_WORDS.test(l.text) && !findDegree(l.text) && !ORG_WORDS.test(l.text)))) {
      if (lastText && continues(lastText.line, l, lastText.anchor)) { lastText.target.text = joinWrapped(lastText.target.text, l.text); lastText.line = l; continue; }
      const b = { text: l.text, line: l };
      cur.bullets.push(b);
      lastText = { line: l, anchor: l, target: b };
      continue;
    }
    underLabel = undefined;
    // (or "■ Senior Firmware Engineer    2022-04 – Present" over items set deeper: a role under its employer)
    const next = lines[at + 1];
    const deeperNext = !!next && isItem(next) && !!next.box && !!raw.box && next.box[0] > raw.box[0] + 4 && next.page === raw.page;
    const roleItem = isItem(raw) && !!raw.cells && isDateOnly(raw.cells[raw.cells.length - 1]!) && deeperNext;
    // Dates beside a bullet belong to the entry's header (when it has none yet); durations are dropped.
    if (cur && raw.cells && (isItem(raw) || lastText) && !roleItem) {
      const { line, side } = sideCells(raw);
      if (side.length && (isItem(raw) || (lastText && continues(lastText.line, line, lastText.anchor)))) {
        l = line;
        const range = side.find((c) => isDateOnly(c));
        if (range && !cur.header.some((h) => findDateRange(h.text))) cur.header.push({ ...raw, text: range, cells: undefined, bullet: undefined, listLevel: undefined });
      }
    }
    // (the rest of a floated item wraps where the float ends: any plain line that carries on a sentence)
    const floatGoesOn = !!lastText?.floated && !isItem(l) && !l.cells && (l.bold ?? 0) < 0.5 && !findDateRange(l.text) && !/[.!?]$/.test(lastText.target.text.trim())
      && (/^[\p{Ll}\d£$€]/u.test(l.text.trim()) || l.page === lastText.line.page);
    if (lastText && (floatGoesOn || continues(lastText.line, l, lastText.anchor))) {
      lastText.target.text = joinWrapped(lastText.target.text, l.text);
      lastText.line = l;
      continue;
    }
    // "Financial Controller    2020-11-01 - Present    Lead a finance team of seven covering": the first item of
    // the entry floated up beside its dates (the JSON Resume theme "class"). The header ends at the dates.
    const dateCell = l.cells ? l.cells.findIndex((c) => isDateOnly(c)) : -1;
    const floated = dateCell >= 1 && l.cells!.length === dateCell + 2 && l.cells![dateCell + 1]!.split(/\s+/).length >= 5 && !isItem(l);
    if (floated) {
      const text = l.cells![dateCell + 1]!;
      const run = l.runs.find((r) => r.x !== undefined && r.text.trim() && text.startsWith(r.text.trim().slice(0, 8)));
      const head: Line = { ...l, cells: l.cells!.slice(0, dateCell + 1), text: l.cells!.slice(0, dateCell + 1).join('  ') };
      if (!cur || cur.bullets.length || cur.prose.length) { cur = { header: [], bullets: [], prose: [] }; entries.push(cur); }
      cur.header.push(head);
      const b = { text, line: l };
      cur.bullets.push(b);
      const anchor: Line = { ...l, cells: undefined, bullet: undefined, box: l.box && run?.x !== undefined ? [run.x, l.box[1], l.box[2], l.box[3]] : l.box };
      lastText = { line: anchor, anchor, target: b, floated: true };
      continue;
    }
    // A bulleted row with a bold name and a right-aligned cell ("• Google    Mountain View, CA") heads an entry.
    // (or a bold list item, only dates or a short title, before any plain item of a header: an HTML page's whole
    // entry converted to one list, "• April 2021 - Present" / "• Senior Security Engineer" / "• Built …")
    const headerItem = isItem(l) && !l.cells && (l.bold ?? 0) >= 0.9 && !!cur && cur.header.length > 0 && !cur.bullets.length && !cur.prose.length
      && (isDateOnly(l.text) || (l.text.trim().split(/\s+/).length <= 6 && TITLE_WORDS.test(l.text)) || (l.text.trim().split(/\s+/).length <= 10 && !!findDegree(l.text)))
      // (or a place indented under the header with no glyph, read as an item by its indent alone)
      || (isItem(l) && !l.bullet && !l.cells && !!cur && cur.header.length > 0 && !cur.bullets.length && !cur.prose.length && isLocation(l.text));
    // (or an outline: "• Norrsken AB" over plain lines with its dates and title, then its duties as items one
    // level deeper — an HTML page converted to DOCX, where each entry became an item of a nested list)
    const outlineHead = isItem(l) && !l.cells && l.listLevel !== undefined && outlineHeads.has(at);
    // (or an item that is only dates, "• 2015 2017" over the school and degree: the list of an HTML page's entries)
    const bulletedHeader = headerItem || outlineHead || (isItem(l) && isDateOnly(l.text)) || (isItem(l) && !!l.cells && (!!l.runs.find((r) => r.text.trim() && !isBulletGlyphText(r.text))?.bold || roleItem));
    // ("Duties and Responsibilities:" indented under the header like the items: a sub-label, below)
    const labelItem = !!cur && !l.bullet && /:\s*$/.test(l.text) && SUB_LABEL.test(l.text.trim());
    if (isItem(l) && !bulletedHeader && !labelItem) {
      if (!cur) { cur = { header: [], bullets: [], prose: [] }; entries.push(cur); }
      const b = { text: l.text, line: l };
      cur.bullets.push(b);
      lastText = { line: l, anchor: l, target: b };
      continue;
    }
    // Field labels of the Europass form ("Business or sector  Transport and logistics") are details of the entry.
    if (cur && EUROPASS_LABEL.test(l.text)) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = { line: l, anchor: l, target: p };
      continue;
    }
    // An employer, a line describing it, then the role with its dates: the role completes the employer's header.
    if (cur && cur.header.length && !cur.bullets.length && cur.prose.length && !cur.header.some((h) => findDateRange(h.text) || TITLE_WORDS.test(h.text))
      && TITLE_WORDS.test(l.text) && findDateRange(l.text) && !isSentence(l)) {
      cur.header.push(l);
      lastText = undefined;
      continue;
    }
    // A sub-label inside an entry ("Duties, Accomplishments and Related Skills", "Selected engagements:") heads
    // no entry; detail rows ("GPA: 3.8", "Credits Earned: 36", "Duties: Prepared …") belong to the entry above.
    // (its lines are items unless items with glyphs follow: then the first lines are a paragraph)
    if (cur && SUB_LABEL.test(l.text.trim())) {
      lastText = undefined;
      const after = lines.slice(at + 1, at + 12);
      const end = after.findIndex((m) => !!findDateRange(m.text) || SUB_LABEL.test(m.text.trim()));
      underLabel = after.slice(0, end < 0 ? undefined : end).some(isItem) ? undefined : l;
      continue;
    }
    // ("Project: Claims Processing Modernization | Client: Northbridge Mutual", "Role: Java Developer | Environment: …"
    // under a role whose header is whole: a project of that role, in an IT-services resume, not a new entry)
    // (and the rest of such a row wrapped onto the next line: "Mar 2022 | Team Size: 6")
    const projectRow = !!cur && (PROJECT_ROW.test(l.text.trim()) || ((/^role\s*:/i.test(l.text.trim()) || /\|\s*(?:team size|client|role|environment|duration)\s*:/i.test(l.text))
      && cur.prose.some((p) => PROJECT_ROW.test(p.text.trim()))));
    // (not a row with the label the entry's header opened with: "Client: Barclays" … "Client: HMRC" is the next entry)
    const sameLabel = !!cur?.header[0] && rowLabel(l.text) !== '' && rowLabel(cur.header[0].text) === rowLabel(l.text);
    if (cur && projectRow && !sameLabel && cur.header.some((h) => TITLE_WORDS.test(h.text)) && cur.header.some((h) => findDateRange(h.text))) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = undefined;
      continue;
    }
    // "Major: Transportation Planning" under the GPA and credits of a degree printed without its field (USAJOBS).
    if (cur && MAJOR.test(l.text.trim()) && cur.header.some((h) => findDegree(h.text) && !findDegree(h.text)!.area) && !cur.header.some((h) => MAJOR.test(h.text.trim()))) {
      cur.header.push(l);
      lastText = undefined;
      continue;
    }
    if (cur && (DETAIL_ROW.test(l.text.trim()) || PAY_LINE.test(l.text))) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = { line: l, anchor: l, target: p };
      continue;
    }
    // (a line that fills the column is judged with the rest of it on the next line: one that then ends in dates,
    // "…, Harvard" / "Business School Executive Education, 2023", is a header, not a sentence)
    const whole = wrapsInto(l, lines[at + 1], rights) ? `${l.text.trim()} ${lines[at + 1]!.text.trim()}` : l.text;
    const datedWhole = whole !== l.text && endsInDates(whole);
    const hasBody = cur && (cur.bullets.length > 0 || cur.prose.length > 0);
    // (a year in a note on the employer, "acquired by Salesforce in 2019", dates no role)
    const headerHasDate = cur?.header.some((h) => findDateRange(h.text) && !noteYear(h.text));
    if (cur && cur.header.length && !hasBody && isSentence(l) && !datedHeader(l.text) && !datedWhole) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = { line: l, anchor: l, target: p };
      continue;
    }
    if (cur && hasBody && isSentence(l) && !datedHeader(l.text) && !datedWhole && cur.bullets.length === 0) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = { line: l, anchor: l, target: p };
      continue;
    }
    // A header line that ends in a comma goes on in the next line ("…, Carmel Voice Ltd., Haifa," / "Israel.").
    // (or its text cell does, before the dates: "Firmware Engineer, Hanbit Mobility Co., Ltd., Daejeon,    2019.01 –
    // 2022.03" / "South Korea.")
    const lastHead = cur && !hasBody ? cur.header[cur.header.length - 1] : undefined;
    const textCell = lastHead?.cells ? lastHead.cells.length - 1 - [...lastHead.cells].reverse().findIndex((c) => !isDateOnly(c)) : -1;
    const open = lastHead ? (lastHead.cells ? lastHead.cells[textCell] ?? '' : lastHead.text).trim() : '';
    // (a text cell broken mid-name beside its dates goes on in a line that ends the header: "…, Suwon, South" / "Korea.")
    // (or one that stops at a word that cannot end a name: "…, KTH Royal Institute of" / "Technology")
    const brokenCell = !!lastHead?.cells && textCell >= 0 && textCell < lastHead.cells.length - 1 && !/[.;:!?]$/.test(open)
      && (/^\p{Lu}[\p{L}'’ -]*\.$/u.test(l.text.trim()) || (/\s(?:of|and|&|for|the|de|du|der|für)$/i.test(open) && /^\p{Lu}/u.test(l.text.trim())))
      && l.text.trim().split(/\s+/).length <= 3;
    // (or a date range broken after its dash or the month of its end: "… September 2017 – August" / "2018.")
    const brokenRange = /[–—-]\s*(?:\p{Lu}\p{Ll}{2,8}\.?)?$/u.test(open) && !!findDateRange(open) && /^(?:19|20)\d{2}\.?$/.test(l.text.trim());
    // (or it filled its column and this line goes on with it)
    const wrapped = !!lastHead && lines[at - 1] === lastHead && wrapsInto(lastHead, l, rights);
    if (cur && lastHead && (/,$/.test(open) || brokenCell || brokenRange || wrapped) && !l.cells && !isItem(l)
      && l.text.trim().split(/\s+/).length <= 6 && (!findDateRange(l.text) || brokenRange || wrapped) && l.page === lastHead.page) {
      const joined: Line = { ...lastHead, text: `${lastHead.text.trim()} ${l.text.trim()}`, runs: [...lastHead.runs, ...l.runs] };
      if (lastHead.cells) joined.cells = lastHead.cells.map((c, k) => (k === textCell ? `${c.trim()} ${l.text.trim()}` : c));
      cur.header[cur.header.length - 1] = joined;
      continue;
    }
    const first = cur?.header[0];
    // A line that supplies what the header still lacks (a degree, a job title) completes it rather than starting anew.
    // (or a labelled field the header has not had yet, "Designation: Sales Officer", "Duration: July 2016 – February 2020")
    const field = fieldKind(l.text);
    const labelled = !!field && field !== 'org' && !!cur && !cur.bullets.length && cur.header.every((h) => fieldKind(h.text) !== field);
    const completes = !!cur && (labelled || MAJOR.test(l.text.trim()) || (!!findDegree(l.text) && !cur.header.some((h) => findDegree(h.text)))
      || (TITLE_WORDS.test(l.text) && !cur.header.some((h) => TITLE_WORDS.test(h.text)) && !(findDegree(l.text) && cur.header.some((h) => findDegree(h.text)))) || endsRange(cur.header, l)
      || (SCHOOL_WORDS.test(l.text) && !cur.header.some((h) => SCHOOL_WORDS.test(h.text)) && cur.header.some((h) => findDegree(h.text))));
    // A school's header that names the degree, the school and the dates is whole: a plain line after it that names
    // none of them ("Distributed Systems  Database Internals") is a detail of it, not the next school.
    // (a degree printed without its field may have it on the next line: "Master of Science" / "Computer Science")
    if (cur && !completes && !hasBody && cur.header.some((h) => findDegree(h.text)?.area) && cur.header.some((h) => SCHOOL_WORDS.test(h.text)) && headerHasDate
      && !findDegree(whole) && !SCHOOL_WORDS.test(whole) && !findDateRange(whole) && !l.cells && !cur.header.some((h) => sameStyle(h, l))) {
      const p = { ...l };
      cur.prose.push(p);
      lastText = { line: l, anchor: l, target: p };
      continue;
    }
    // (a dated first line, "Senior Engineering Manager    January 2023 – Present", is not repeated by an undated one
    // in its style, "Pinecrest Health Systems    Raleigh, NC": that is the rest of the header)
    const repeatsHeader = !!first && sameStyle(first, l) && (headerHasDate || cur!.header.length >= 2) && !completes
      && !(cur!.header.length === 1 && findDateRange(first.text) && !findDateRange(l.text) && (!!l.cells || (!!first.cells && l.text.trim().split(/\s+/).length <= 8)));
    // A Word table with one entry per row: a new row starts a new entry.
    const lastOfCur = cur ? [...cur.header, ...cur.prose].sort((a, b) => b.index - a.index)[0] : undefined;
    // (not a row that goes on with a header that has no dates yet, or that has them and this row none: "Coromandel
    // Staffing Services Pvt. Ltd. | 06-05-2024 to 05-07-2024" over "HR Intern – Talent Acquisition | Chennai")
    const newRow = !!l.table && !!lastOfCur?.table && lastOfCur.table.table === l.table.table && lastOfCur.table.row !== l.table.row
      && (hasBody || !headerHasDate || !!findDateRange(l.text));
    // A second degree, with its own school or dates, is a second school ("PGCE … (2017 – 2018)" / "BSc … (2014 – 2017)").
    const anotherDegree = !!cur && cur.header.length > 0 && !!findDegree(l.text) && cur.header.some((h) => findDegree(h.text))
      && (!!findDateRange(l.text) || SCHOOL_WORDS.test(l.text)) && !MAJOR.test(l.text.trim());
    // (a role on one line, "Student Assistant, Hogeschool Rotterdam (2013 – 2015)", after another: the next role)
    const nextRole = !!headerHasDate && cur!.header.length === 1 && !hasBody && TITLE_WORDS.test(first!.text) && TITLE_WORDS.test(l.text)
      && !!findDateRange(l.text) && !isDateOnly(l.text) && /,/.test(first!.text) && /,/.test(l.text);
    if (!cur || (hasBody && !(labelled && !cur.bullets.length)) || repeatsHeader || newRow || anotherDegree || nextRole || (headerHasDate && datedWhole) || (outlineHead && cur.header.length > 0) || (headerHasDate && findDateRange(l.text) && !isDateOnly(l.text) && cur.header.length >= 2 && !endsRange(cur.header, l))) {
      cur = { header: [], bullets: [], prose: [] };
      entries.push(cur);
    }
    cur.header.push(l);
    lastText = undefined;
  }
  return entries;
}

/** A range printed open at its end, its end to come on the next row: "09/2019 –". */
const openEnded = (d: DateRange): boolean => d.current && /[–—-]\s*$/.test(d.text);

/** `l` starts with a lone later date, ending the lone date the header starts with ("2011  School" / "2013  …"). */
function endsRange(header: Line[], l: Line): boolean {
  const first = (x: Line) => x.cells?.[0] ?? x.text;
  const had = header.map((h) => findDateRange(first(h))).find(Boolean);
  const d = isDateOnly(first(l)) ? findDateRange(first(l)) : undefined;
  // (or the start of a range wrapped in its cell, "09/2019 –" over "03/2022")
  const open = !!had && openEnded(had);
  return !!had && !!d && (had.start === had.end || open) && (!had.current || open) && !!had.start && !!d.start && d.start === d.end && d.start > had.start && header.length <= 2;
}

/** Two lines printed alike (size, weight, slant, indent): the first lines of two entries. */
function sameStyle(a: Line, b: Line): boolean {
  if ((a.heading ?? 0) !== (b.heading ?? 0)) return false;
  // The first run carries the style of a row ("Kasa    Seoul, S.Korea": a bold name, then an italic place).
  const ra = a.runs.find((r) => r.text.trim()), rb = b.runs.find((r) => r.text.trim());
  // (Word paragraphs too: "Degree – School (dates)" with only the degree in bold.)
  if (((a.cells && b.cells) || (!a.box && !b.box)) && ra && rb) {
    if (!!ra.bold !== !!rb.bold || !!ra.italic !== !!rb.italic || Math.abs((ra.fontSize ?? 0) - (rb.fontSize ?? 0)) > 0.3) return false;
  } else if (Math.abs((a.fontSize ?? 0) - (b.fontSize ?? 0)) > 0.3) return false;
  else if (((a.bold ?? 0) > 0.5) !== ((b.bold ?? 0) > 0.5) || ((a.italic ?? 0) > 0.5) !== ((b.italic ?? 0) > 0.5)) return false;
  // (a line that opens in bold is not printed like one that opens plain: "Restaurant Manager, 07/2023 to Current",
  // its title in bold, over "Thalassa Dining – Adelaide, SA")
  else if (ra && rb && !!ra.bold !== !!rb.bold) return false;
  if (a.box && b.box && Math.abs(a.box[0] - b.box[0]) > 3) return false;
  if (!a.box && !a.bold && !a.heading) return false; // plain DOCX/text paragraphs carry no style to compare
  return true;
}

export function joinWrapped(a: string, b: string): string {
  if (/\p{L}-$/u.test(a) && /^\p{Ll}/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

const STRONG_ORG = /\b(inc|llc|ltd|limited|corp|corporation|gmbh|plc|university|college|institute|labs?|laboratory|group)\b/i;

export interface HeaderFields {
  title?: string;
  org?: string;
  location?: string;
  dates?: DateRange;
  degree?: { studyType?: string; area?: string };
  score?: string;
  extra: string[];
}


const lastWord = (s: string): string => s.trim().split(/\s+/).pop() ?? '';

/** A piece of a header: `loc` when it was read as a place; `group` ties pieces split at a comma. */
interface Frag { text: string; bold: boolean; italic: boolean; order: number; loc?: boolean; group?: number; dash?: number; label?: 'title' | 'org'; note?: boolean; line?: Line; dated?: boolean }

/**
 * What an employer is, printed beside or under its name ("Indeed — Job search platform, 11,000 employees",
 * "Series B fintech, 200 people"): not a name, a title or a place.
 */
const COMPANY_NOTE = /\b(?:\d[\d,.]*\s*k?\+?\s*(?:employees|people|staff|engineers|members|customers|users|stores|locations|countries)|series\s+[a-f]|seed[- ]stage|start-?up|scale-?up|fintech|insurtech|healthtech|edtech|saas|b2b|b2c|non-?profit|publicly traded|public company|nasdaq|nyse|acquired by|(?:job|search|payments?|e-?commerce|data|cloud|trading|developer|streaming|marketing|hiring) platform|marketplace)\b/i;
/** A year inside a note on the employer ("Analytics software, acquired by Salesforce in 2019"), not a role's dates. */
const noteYear = (s: string): boolean => {
  if (!isCompanyNote(s)) return false;
  const d = findDateRange(s);
  return !!d && d.start === d.end && !isDateOnly(s);
};
/** Time away from work printed as an entry of its own. */
const CAREER_BREAK = /^(?:career (?:break|gap|pause)|sabbatical|parental leave|maternity leave|paternity leave|family leave|caregiving|gap year|travel(?:ling)?|personal leave)$/i;
/** How a role was held, printed alone on a line of the header ("Freelance", "Contract", "Part-time"). */
// (with its length: "Internship (6 months)", "Contract, 12 months")
const ENGAGEMENT = /^\(?(?:(?:freelance|contract|contractor|self-employed|part[- ]time|full[- ]time|temporary|seasonal|fixed[- ]term|permanent)(?:\s*[(,]?\s*\d{1,2}\s*(?:months?|weeks?|years?)\)?)?|(?:internship|placement)\s*[(,]?\s*\d{1,2}\s*(?:months?|weeks?)\)?)\)?$/i;
/** A note that names no employer even printed alone ("Series B fintech, 200 people"). */
const STRONG_NOTE = /\b(?:\d[\d,.]*\s*k?\+?\s*(?:employees|people|staff|engineers)|series\s+[a-f]|acquired by)\b/i;
// (a name in capitals is a name, "Fynbos Fintech": a note reads as a phrase, "Job search platform")
const isCompanyNote = (s: string): boolean => COMPANY_NOTE.test(s) && !TITLE_WORDS.test(s) && (STRONG_NOTE.test(s) || /(?:^|\s)\p{Ll}{3,}/u.test(s));

/** Form labels before a header field ("Designation: Senior Software Engineer", "Company: Acme"). */
// (and their Portuguese, Spanish, French and German names: "Empresa:", "Cargo:", "Poste :", "Zeitraum:")
const TITLE_LABELS = 'designation|role|position|job title|title|post|cargo|puesto|fun[çc][ãa]o|poste|fonction|rolle|stelle';
const PLACE_LABELS = 'location|place|local|localiza[çc][ãa]o|ubicaci[óo]n|lieu|ort|standort';
const DATE_LABELS = 'period|duration|dates|tenure|per[íi]odo|p[ée]riode|dur[ée]e|zeitraum|dauer';
const FIELD_LABEL = new RegExp(`^\\s*(${TITLE_LABELS}|${PLACE_LABELS}|${DATE_LABELS}|employer|company|organi[sz]ation|client|empresa|empregador|entreprise|soci[ée]t[ée]|employeur|firma|unternehmen|arbeitgeber)\\s*:\\s*`, 'i');
const TITLE_LABEL = new RegExp(`^(?:${TITLE_LABELS})$`, 'i'), PLACE_LABEL = new RegExp(`^(?:${PLACE_LABELS})$`, 'i'), DATE_LABEL = new RegExp(`^(?:${DATE_LABELS})$`, 'i');
const labelKind = (l: string): Frag['label'] | 'loc' | 'dates' =>
  TITLE_LABEL.test(l) ? 'title' : PLACE_LABEL.test(l) ? 'loc' : DATE_LABEL.test(l) ? 'dates' : 'org';
/** The field a labelled line gives ("Designation: Sales Officer" → title); undefined for a line without a label. */
const fieldKind = (text: string): ReturnType<typeof labelKind> | undefined => {
  const m = FIELD_LABEL.exec(text.trim());
  return m ? labelKind(m[1]!) : undefined;
};

/** Header lines broken inside a name ("… Rotterdam University of" / "Applied Sciences, Rotterdam") joined back. */
function joinBrokenNames(header: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of header) {
    const prev = out[out.length - 1];
    // ("North Carolina State" / "University": a narrow column wrapped the school's name before its last word)
    const lastWord = prev && !l.blockStart && /^(?:University|College|Institute|Polytechnic|Academy|School)$/.test(l.text.trim())
      && !SCHOOL_WORDS.test(prev.text) && !/\d/.test(prev.text) && !findDegree(prev.text);
    // (or a long header line wrapped as a paragraph, the rest in the same type: "Master of Science in Engineering in
    // Computer Science, Politechnika" / "Wrocławska, Wrocław")
    const wrapped = !!prev && l.blockStart === false && prev.text.trim().length >= 40 && !/[.;:]$/.test(prev.text.trim())
      && (prev.bold ?? 0) >= 0.5 === (l.bold ?? 0) >= 0.5 && Math.abs((prev.fontSize ?? 0) - (l.fontSize ?? 0)) < 0.3;
    if (prev && !prev.cells && !l.cells && (lastWord || wrapped || /\b(?:of|and|for|the|in|de|der|des|du|für|&)$/i.test(prev.text.trim())) && /^\p{Lu}/u.test(l.text.trim()) && !isDateOnly(l.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text.trim()} ${l.text.trim()}`, runs: [...prev.runs, ...l.runs] };
      continue;
    }
    out.push(l);
  }
  return out;
}

function fragments(input: Line[]): { frags: Frag[]; dates?: DateRange } {
  const header = joinBrokenNames(input);
  const frags: Frag[] = [];
  let dates: DateRange | undefined;
  let datesLine: Line | undefined;
  let datesCell = '';
  let order = 0;
  for (const l of header) {
    const cells = l.cells ?? runCells(l) ?? [l.text];
    for (let cell of cells) {
      const d = noteYear(cell) ? undefined : findDateRange(cell);
      if (d && (d.start || d.end)) {
        // An employer's whole span, then a role with its own dates: the role's dates are the entry's.
        if (!dates || (TITLE_WORDS.test(l.text) && !TITLE_WORDS.test(datesLine?.text ?? ''))) { dates = d; datesLine = l; datesCell = cell; }
        // "2011" over "2013", each at the start of a row in a date column: one range (or "09/2019 –" over "03/2022",
        // a range wrapped in its cell).
        else if (l !== datesLine && dates.start && ((dates.start === dates.end && !dates.current) || openEnded(dates))
          && d.start && d.start === d.end && d.start > dates.start && cell === cells[0] && isDateOnly(cell)) {
          // ("Sep 2012 – Dec" over "2017": the month waits for its year)
          const whole = findDateRange(`${datesCell} ${cell}`);
          const end = whole && whole.start === dates.start && whole.end?.startsWith(d.start) ? whole.end : d.end ?? d.start;
          dates = { ...dates, end, current: false };
        }
        // Dates in brackets ("Birmingham (2019–present)", "[ 01/2022 – CURRENT ] İstanbul") take their brackets with them.
        // (a note in brackets after the dates, "2010–2013 (acquired by Oracle)", is about the employer, not the title)
        let before = cell.slice(0, d.span[0]), after = cell.slice(d.span[1]).replace(/^\s*\((?!\s*(?:19|20)\d\d)[^()]*\)/, ' ');
        if (/[([]\s*$/.test(before) && /^\s*[)\]]/.test(after)) { before = before.replace(/\s*[([]\s*$/, ''); after = after.replace(/^\s*[)\]]/, ''); }
        cell = withoutDurations(before + ' | ' + after.replace(/^\s*(?:and|&|,)\s*(?:19|20)\d\d\b/, ''));
      }
      const bold = (l.bold ?? 0) > 0.5 || (l.heading ?? 0) > 0, italic = (l.italic ?? 0) > 0.5;
      // ("Indeed — Job search platform, 11,000 employees": the name, then what the employer is)
      const noted = /^(.*?\S)\s+[—–·|-]\s+(.+)$/.exec(cell);
      if (noted && isCompanyNote(noted[2]!) && !isCompanyNote(noted[1]!)) {
        frags.push({ text: noted[2]!.trim(), bold, italic, order: order++, note: true });
        cell = noted[1]!;
      } else if (!noted && isCompanyNote(cell) && (italic || STRONG_NOTE.test(cell)) && !STRONG_ORG.test(cell) && !isLocation(cell)) {
        frags.push({ text: cell.trim(), bold, italic, order: order++, note: true });
        continue;
      }
      // ("Barclays (via Hays)": the agency that placed a contractor is not part of the client's name)
      cell = cell.replace(AGENCY_IN_BRACKETS, '');
      // A location stays whole ("San Francisco, CA"); other text splits at separators.
      // ("Field(s) of study: Computer Engineering" stays whole too: the label says what the rest is)
      // ("Empresa: Pagafácil S.A. (São Paulo – SP)": a place in brackets after a name, its parts set apart by a dash)
      const bracketed = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(cell);
      const placed = bracketed && !isLocation(cell) && isLocation(bracketed[2]!.replace(/\s+[–—-]\s+/g, ', ')) ? bracketed : null;
      if (placed) cell = placed[1]!;
      const parts: Piece[] = isLocation(cell) ? [{ text: cell, loc: true }] : MAJOR.test(cell.trim()) ? [{ text: cell.trim() }] : splitKeepingLocations(cell);
      if (placed) parts.push({ text: placed[2]!.trim(), loc: true });
      for (const p of parts) {
        // (a web address in brackets after a name, "Zahlwerk GmbH (https://zahlwerk.example.com)", is not part of it)
        let t = p.text.replace(/\s*\((?:https?:\/\/|www\.)[^)\s]*\)/gi, '').replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/g, '').trim();
        // (nor is a length of service printed beside the dates: "April 2022 — Present    5 years")
        if (isDuration(t)) continue;
        // (nor the number of a numbered list of employers: "2. Suryoday Appliances Pvt. Ltd.")
        t = t.replace(/^\d{1,2}[.)]\s+(?=\p{Lu})/u, '');
        // (nor the agency that placed a contractor, "via Hays", nor the kind of engagement after a title, "Senior
        // Kotlin Developer Contract")
        if (AGENCY.test(t)) continue;
        t = t.replace(/(?<=\p{L}{3,})\s+(?:contract|freelance|temporary|fixed[- ]term|part[- ]time|full[- ]time)$/iu, '');
        const label = FIELD_LABEL.exec(t) ?? FIELD_LABEL.exec(`${t}:`);
        if (label) t = t.slice(Math.min(label[0].length, t.length)).trim();
        // (a mark printed alone, "80.6%", is kept: the grade of a school)
        if (!t || (!/\p{L}/u.test(t) && !/^\d{1,3}(?:\.\d{1,2})?\s*%$/.test(t))) continue;
        const f: Frag = { text: t, bold: boldOf(l, t) ?? bold, italic, order: order++, line: l };
        if (label) {
          const k = labelKind(label[1]!);
          if (k === 'loc') f.loc = true;
          else if (k !== 'dates') f.label = k;
        }
        if (p.loc) f.loc = true;
        if (p.group) f.group = p.group;
        if (p.dash) f.dash = p.dash;
        frags.push(f);
      }
    }
  }
  // (a university and its faculty, printed in runs of their own: "University of Denver" / ", Daniels College of Business,")
  for (let i = 0; i + 1 < frags.length; i++) {
    const a = frags[i]!, b = frags[i + 1]!;
    if (a.line && a.line === b.line && !a.loc && !b.loc && !a.note && !b.note && isFacultyOf(a.text, b.text)) {
      a.text = `${a.text}, ${b.text}`;
      frags.splice(i + 1, 1);
    }
  }
  for (const f of frags) if (f.line === datesLine) f.dated = true;
  return dates ? { frags, dates } : { frags };
}

/** "Web Developer Atelier Croix-Rousse" → ["Web Developer", "Atelier Croix-Rousse"]; undefined when it does not read so. */
function titleThenName(text: string): [string, string] | undefined {
  const words = text.trim().split(/\s+/);
  let end = -1;
  for (let i = 0; i < words.length; i++) if (TITLE_WORDS.test(words[i]!.replace(/[(),]/g, ''))) end = i;
  // (a grade after the title stays with it: "Engineer II", "Developer (co-op)")
  while (end >= 0 && end + 1 < words.length && /^(?:[IVX]{1,4}|\d|\(.*\)|[123]\)?)$/.test(words[end + 1]!)) end++;
  const rest = words.slice(end + 1);
  if (end < 0 || !rest.length || rest.length > 5 || !rest.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:de|du|des|la|le|of|and|&|für|y|e)$/.test(w))) return undefined;
  if (!/^[\p{Lu}]/u.test(rest[0]!) || isLocation(rest.join(' '))) return undefined;
  return [words.slice(0, end + 1).join(' '), rest.join(' ')];
}

/**
 * "Kirana Cart Senior Mobile Engineer" with no separator, but in two runs of a Word paragraph (an HTML page's
 * employer and position spans, converted): the runs are the fields when one holds a job title and the other not.
 */
function runCells(l: Line): string[] | undefined {
  const runs = l.runs.filter((r) => r.text.trim());
  // (a PDF's runs split anywhere a font changes: there the two must differ in weight, "SENIOR SRE" in bold, then
  // "ANADOLU KARGO" in plain)
  if (runs.length !== 2 || (l.box && !!runs[0]!.bold === !!runs[1]!.bold)) return undefined;
  const [a, b] = runs.map((r) => r.text.trim()) as [string, string];
  // ("Frontend Developer Soierie Numérique" in bold, then "Lyon, France")
  if (isLocation(b) && !isLocation(a) && !/[,|·•–—@]/.test(a) && !findDateRange(l.text)) return [a, b];
  if (/[,|·•–—@]|\s-\s|\bat\b/.test(l.text) || /:$/.test(a)) return undefined;
  return TITLE_WORDS.test(a) !== TITLE_WORDS.test(b) && !findDateRange(l.text) ? [a, b] : undefined;
}

function boldOf(l: Line, t: string): boolean | undefined {
  const r = l.runs.find((x) => x.text.trim() && t.startsWith(x.text.trim().slice(0, Math.min(6, x.text.trim().length))));
  return r ? !!r.bold : undefined;
}

interface Piece { text: string; loc?: boolean; group?: number; dash?: number }

let groupIds = 0;

function splitKeepingLocations(cell: string): Piece[] {
  const out: Piece[] = [];
  // Parts set apart by a dash share a dash id ("Marketing Manager – Retail Banking" may be one title).
  const tokens = cell.split(/(\s+[|·•◦⋄∙]\s+|\s*\|\s*|\s{2,}|\s+[–—]\s+|\s+-{1,3}\s+)/);
  // ("…, São Paulo – SP", "Hybrid – Leeds": a state's two letters after a dash stay with their city, a place with
  // the way the role was worked)
  for (let k = 2; k < tokens.length; k += 2) {
    const two = (/^[A-Z]{2}$/.test(tokens[k]!.trim()) || /^(?:remote|hybrid|on-?site)$/i.test(tokens[k - 2]!.trim())) && /[–—-]/.test(tokens[k - 1]!);
    if (two && isLocation(`${tokens[k - 2]!.split(/,\s*/).pop()}${tokens[k - 1]}${tokens[k]}`)) {
      tokens.splice(k - 2, 3, `${tokens[k - 2]}${tokens[k - 1]}${tokens[k]}`);
      k -= 2;
    }
  }
  let dash = ++groupIds;
  for (let k = 0; k < tokens.length; k += 2) {
    const part = tokens[k]!;
    if (k > 0 && !/^\s+(?:[–—]|-{1,3})\s+$/.test(tokens[k - 1]!)) dash = ++groupIds;
    const before = out.length;
    splitPart(part, out);
    for (const p of out.slice(before)) p.dash = dash;
  }
  return out;
}

/** One part of a header cell: a place, "Title at Company", or "Title, Company, City" and the like. */
function splitPart(part: string, out: Piece[]): void {
  if (isLocation(part)) { out.push({ text: part, loc: true }); return; }
  // "Old Dominion University Norfolk, VA United States": a place printed after a school's name, no comma between.
  const placed = /^(.*?\b(?:University|College|Institute|School|Academy|Polytechnic)\b(?:\s+of(?:\s+\p{Lu}[\p{L}-]*)+)?)\s+(\p{Lu}[^,]*,\s*[A-Z]{2})(?:\s+(?:United States|USA|US))?$/u.exec(part);
  if (placed && isLocation(placed[2]!)) { out.push({ text: placed[1]! }, { text: placed[2]!, loc: true }); return; }
  const at = /^(.+?)\s+(?:at|@)\s+(.+)$/.exec(part);
  if (at && TITLE_WORDS.test(at[1]!)) { out.push({ text: at[1]! }, ...splitKeepingLocations(at[2]!)); return; }
  // "Position, Company, City, ST": peel a trailing location off, then split "Position, Company".
  // ("Hanbit Mobility Co., Ltd.", "Acme, Inc.": a legal suffix after a comma stays with its name)
  const bits = part.split(/\s*,\s+/).reduce<string[]>((out, b) => {
    if (out.length && /^(?:inc|ltd|llc|llp|plc|gmbh|ag|co|corp|s\.?a|s\.?l|b\.?v|pty\.? ltd|pvt\.? ltd)\.?$/i.test(b)) out[out.length - 1] += `, ${b}`;
    else out.push(b);
    return out;
  }, []);
  let loc: string | undefined;
  for (const k of [2, 1]) {
    if (bits.length > k && isLocation(bits.slice(-k).join(', '))) { loc = bits.splice(-k).join(', '); break; }
  }
  // "200 Third Street, Parkersburg, WV 26101": a street address is a place, its street included.
  if (loc && bits.length === 1 && isStreetLine(bits[0]!)) { out.push({ text: `${bits[0]}, ${loc}`, loc: true }); return; }
  // "University of California, San Diego": a school named after a state, then one of its campuses, is one name.
  // (so is a university and its faculty: "Cairo University, Faculty of Engineering", "University of Denver, Daniels
  // College of Business", "Stanford University, Graduate School of Business")
  for (let i = 0; i + 1 < bits.length; i++) {
    if (isStateSchool(bits[i]!) && !bits[i + 1]!.includes(',') && isLocation(bits[i + 1]!)) bits.splice(i, 2, `${bits[i]}, ${bits[i + 1]}`);
    else if (isFacultyOf(bits[i]!, bits[i + 1]!)) bits.splice(i, 2, `${bits[i]}, ${bits[i + 1]}`);
  }
  if (loc && !loc.includes(',') && bits.length && isStateSchool(bits[bits.length - 1]!)) { bits[bits.length - 1] += `, ${loc}`; loc = undefined; }
  // "Technician, Harbourview Medical Centre, Auckland": title, employer, then a place we do not know.
  if (!loc && bits.length === 3 && TITLE_WORDS.test(bits[0]!) && !TITLE_WORDS.test(bits[1]!) && ORG_WORDS.test(bits[1]!)
    && /^[\p{Lu}][\p{L}.'’ -]*$/u.test(bits[2]!) && bits[2]!.split(/\s+/).length <= 3 && !ORG_WORDS.test(bits[2]!)) {
    loc = bits.pop();
  }
  const group = ++groupIds;
  // "B.Sc., Computer Science, McGill University": a degree, its field and a school, each a piece.
  const schooling = bits.length >= 3 && bits.some((b) => SCHOOL_WORDS.test(b)) && bits.some((b) => isDegreeName(b) && !SCHOOL_WORDS.test(b));
  if (schooling) {
    // (a place inside the list keeps its parts: "…, Montréal, QC, GPA: 3.72/4.00")
    for (let i = 0; i < bits.length; i++) {
      const two = i + 1 < bits.length ? `${bits[i]}, ${bits[i + 1]}` : '';
      if (two && !SCHOOL_WORDS.test(bits[i]!) && isLocation(two)) { out.push({ text: two, loc: true }); i++; }
      else out.push({ text: bits[i]!, group });
    }
  // (or a school and what was done there, "Women on Boards: …, Harvard Business School Executive Education"; not a
  // school and its unit, "University of Michigan, EECS Department", nor a degree named for a school and its field,
  // "Ontario College Graduate Certificate, Cloud Architecture and Administration")
  } else if (bits.length === 2 && (loc || TITLE_WORDS.test(bits[0]!) !== TITLE_WORDS.test(bits[1]!)
    || (SCHOOL_WORDS.test(bits[0]!) !== SCHOOL_WORDS.test(bits[1]!) && !bits.some((b) => findDegree(b) || /\b(?:department|dept|faculty|division|lab|laboratory|cent(?:er|re)|unit|program(?:me)?)\b/i.test(b))))) out.push(...bits.map((text) => ({ text, group })));
  // "Clinical Nurse Manager I, Emergency Department, Corrib Bay University Hospital": a title that holds a comma,
  // then the employer, named as one ("Hospital", "Inc.").
  // ("Graduate Teaching Assistant, CS 6200, Georgia Institute of Technology, College of Computing": the employer
  // starts at the first part that names a school or a firm as such, and may hold a comma itself)
  else if (bits.length >= 3 && TITLE_WORDS.test(bits[0]!) && (STRONG_ORG.test(bits[bits.length - 1]!) || ORG_WORDS.test(bits[bits.length - 1]!)) && !TITLE_WORDS.test(bits[bits.length - 1]!)) {
    const named = bits.findIndex((b, i) => i >= 1 && (STRONG_ORG.test(b) || SCHOOL_WORDS.test(b)) && !TITLE_WORDS.test(b));
    const at = named >= 1 && named < bits.length - 1 ? named : bits.length - 1;
    out.push({ text: bits.slice(0, at).join(', '), group }, { text: bits.slice(at).join(', '), group });
  }
  else out.push({ text: bits.join(', ') });
  if (loc) out.push({ text: loc, loc: true });
}

/** A faculty of a university: "Faculty of Engineering", "School of Computing". */
const FACULTY = /^(?:faculty|school|college|department)\s+of\s+\p{Lu}/iu;
/** One named or qualified: "Daniels College of Business", "Graduate School of Business", "Rotman School of Management". */
const NAMED_FACULTY = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Faculty|School|College)\s+of\s+\p{Lu}[\p{L}'’.&\s-]*,?$/u;

/** `faculty` is a faculty of the school `school` (see FACULTY and NAMED_FACULTY; a named one of a university only). */
function isFacultyOf(school: string, faculty: string): boolean {
  return SCHOOL_WORDS.test(school) && !findDegree(school) && (FACULTY.test(faculty) || (/\buniversit/i.test(school) && NAMED_FACULTY.test(faculty)));
}

/** "University of California", "State University of New York", "Texas A&M University": a system with campuses. */

function isStateSchool(s: string): boolean {
  const m = /^(?:the\s+)?(?:(?:state\s+)?university\s+of\s+(.+)|(.+?)\s+(?:state\s+)?university(?:\s+system)?)$/i.exec(s.trim());
  const region = m?.[1] ?? m?.[2];
  return !!region && isRegionName(region);
}

/**
 * All degree names in one pattern, longest first, so that the leftmost degree in the text wins and, at one
 * place, the longest name ("MBBS (Bachelor of Medicine…)" is an MBBS). Short all-capital acronyms ("MA", "BE",
 * "B.E.", "CAP") are matched only in capitals, so "to be" and "cap table" are not degrees.
 */
const degreeRe = (names: string[], flags: string) => new RegExp(`(?:^|[\\s(,;/])(${names
  .sort((a, b) => b.length - a.length)
  .map((d) => d.replace(/[+()?*]/g, '\\$&').replace(/[.’'-]/g, (c) => (c === '.' ? '\\.?' : c === '-' ? '[- ]?' : "[’']")))
  .join('|')})(?=$|[\\s,;:)/])`, flags);
const isAcronym = (d: string) => /^[A-Z]{2,5}$/.test(d.replace(/\./g, ''));
const DEGREE_CI = degreeRe(DEGREES.filter((d) => !isAcronym(d)), 'i');
const DEGREE_CS = degreeRe(DEGREES.filter(isAcronym), '');
const isDegreeName = (s: string) => DEGREE_CI.test(s) || DEGREE_CS.test(s);

/** The leftmost degree name in `s` (the longer one when two start at the same place). */
function degreeMatch(s: string): { start: number; end: number; name: string } | undefined {
  let best: { start: number; end: number; name: string } | undefined;
  for (const re of [DEGREE_CI, DEGREE_CS]) {
    const m = re.exec(s);
    if (!m) continue;
    const end = m.index + m[0].length, start = end - m[1]!.length;
    // ("Adelphi, MD", "Starkville, MS 39759": a state after its town, not a degree)
    if (US_STATES.has(m[1]!) && /\p{Lu}[\p{L}.'’-]+,\s*$/u.test(s.slice(0, start)) && /^\s*(?:\d{5}(?:-\d{4})?)?\s*(?:$|[,|·•)]|\s{2,}|\s+(?:USA?|United States)\b)/.test(s.slice(end))) continue;
    if (!best || start < best.start || (start === best.start && end > best.end)) best = { start, end, name: m[1]! };
  }
  return best;
}

/**
 * The degree of a line that names one from its first word on ("Master of Science in Embedded Systems", "B.Sc.
 * Computer Science, First Class"): a degree set under the school, as a line of the entry's body. Undefined for a
 * line that only mentions one ("Thesis supervised by a Master of Science student") or runs long.
 */
export function degreeLine(s: string): { studyType?: string; area?: string } | undefined {
  const t = s.trim();
  if (t.split(/\s+/).length > 14 || degreeMatch(t)?.start !== 0) return undefined;
  return findDegree(t);
}

/** Words that qualify a diploma or certificate printed before it ("NVQ Level 3 Diploma", "Higher National Diploma"). */
const QUALIFIER = /^(?:NVQ|SVQ|BTEC|QCF|RQF|IB|Higher|National|Post-?graduate|Graduate|Undergraduate|Advanced|Professional|Technical|Foundation|Extended|Level|\d{1,2})$/i;
const MAJOR = /^(?:major|field(?:\(s\)|s)? of study|concentration|speciali[sz]ation|specialty)\s*:?\s+(.+)$/i;
const GENERIC_DEGREE = /^(?:diploma|certificate|degree|course|apprenticeship)$/i;
/** A level printed after a qualification: "HSC (Class XII)", "SSC (Std. X)", "BA (Hons)". */
const LEVEL_NOTE = /^\(\s*(?:(?:class|grade|year|standard|std\.?|level)\s+[\dIVXL]+|hons?\.?|honou?rs)\s*\)/i;

export function findDegree(s: string): { studyType?: string; area?: string } | undefined {
  const m = degreeMatch(s);
  if (!m) return undefined;
  {
    let { start, end } = m;
    // "NVQ Level 3 Diploma": the qualifiers before a generic word belong to the degree's name.
    if (GENERIC_DEGREE.test(m.name)) {
      const left = /((?:\S+\s+){1,4})$/.exec(s.slice(0, start))?.[1]?.trim().split(/\s+/) ?? [];
      let k = left.length;
      while (k > 0 && QUALIFIER.test(left[k - 1]!)) k--;
      // "Electrician Apprenticeship": the trade named before it.
      if (k === left.length && /^apprenticeship$/i.test(m.name) && k > 0 && /^[\p{Lu}][\p{Ll}]+$/u.test(left[k - 1]!) && !SCHOOL_WORDS.test(left[k - 1]!)) k--;
      if (k < left.length) start = s.lastIndexOf(left.slice(k).join(' '), start);
    }
    // "NVQ Level 3 Diploma", "BTEC National Extended Diploma": an awarding scheme, then the level and the award.
    if (/^(?:NVQ|SVQ|BTEC)$/.test(m.name)) {
      const award = /^(?:\s+(?:Level|\d{1,2}|National|Higher|Advanced|Extended|Subsidiary))*\s+(?:Diploma|Certificate|Award)\b/.exec(s.slice(end));
      if (award) end += award[0].length;
    }
    // "Certificate IV in Work Health and Safety", "NCEA Level 3": the level belongs to the qualification's name.
    if (/^(?:certificate|diploma|ncea)$/i.test(m.name)) {
      const level = /^\s+(?:[Ll]evel\s+)?(?:[IVX]{1,4}|\d)\b/.exec(s.slice(end));
      if (level && (/^ncea$/i.test(m.name) ? /level/i.test(level[0]) : /^\s+[IVX]/.test(level[0]))) end += level[0].length;
    }
    // "Master of Marketing": a degree of a named field, when the list has no longer name for it.
    // ("Graduate Diploma of Education (Secondary)": so is an Australian diploma)
    if (/^(?:master|bachelor|doctor|associate)$/i.test(m.name) || (/^(?:(?:graduate|advanced|postgraduate)\s+)?diploma$/i.test(s.slice(start, end).trim()) && /^\s+of\s/.test(s.slice(end)))) {
      const of = /^\s+of\s+((?:[\p{Lu}][\p{L}’'-]*)(?:\s+(?:and|&|[\p{Lu}][\p{L}’'-]*))*)/u.exec(s.slice(end));
      if (of) end += of[0].length;
    }
    const note = LEVEL_NOTE.exec(s.slice(end).trimStart());
    if (note) end = s.indexOf(note[0], end) + note[0].length;
    // "Engineer (BSc) in Computer Science": a degree named in its country's word, the usual name in brackets after it.
    const named = s[start - 1] === '(' && s[end] === ')' ? /(\p{Lu}[\p{L}.'’-]*)\s*\($/u.exec(s.slice(0, start)) : null;
    if (named) { start = named.index; end += 1; }
    // "Master's degree (Ing.) in Information Technology Security": the degree's local name or level in brackets,
    // then its field.
    // (and its acronym: "Kenya Certificate of Secondary Education (KCSE)", "Master of Business Administration (MBA)")
    // (or "Bachelor of Science (B.Sc.), Computer Science": an abbreviation in brackets names the same degree)
    const abbreviation = /^\s*\(([^()]{2,10})\)/.exec(s.slice(end));
    const local = /^\s*\([^()]{1,24}\)(?=\s+(?:in|of)\s+\p{Lu})|^\s*\(\p{Lu}[\p{Lu}.]{1,7}\)/u.exec(s.slice(end)) ?? (abbreviation && isDegreeName(abbreviation[1]!) ? abbreviation : null);
    if (local) end += local[0].length;
    const studyType = s.slice(start, end).trim();
    // (or "em", "en", "in", "de", "im": "MBA em Arquitetura de Soluções", "Máster en Ingeniería", "M.Sc. im Fach …")
    let after = s.slice(end).replace(/^\s*(?:degree\s+)?(?:(?:in|of|em|en|de|im)\b|,|:|-|–|—)\s*/i, '');
    // "Bachelor of Commerce (Marketing Management)": the field in brackets; "MBBS (Bachelor of Medicine, …)" spells
    // the degree out instead.
    const paren = /^\(([^)]+)\)/.exec(after.trim());
    if (paren) after = isDegreeName(paren[1]!) ? '' : /\p{L}/u.test(paren[1]!) ? paren[1]! : after.trim().slice(paren[0].length);
    after = after.replace(/[,;—–|].*$/, '').replace(/\s+-\s.*$/, '').trim();
    // ("Master’s Degree 06/2017": the date it was awarded is no field)
    const dated = findDateRange(after);
    if (dated && dated.span[1] >= after.length - 1) after = after.slice(0, dated.span[0]).replace(/[\s(]+$/, '').trim();
    const before = s.slice(0, start).replace(/[,\s]+$/, '').trim();
    const area = after || (before && !SCHOOL_WORDS.test(before) && !/[—–|]/.test(before) ? before : '');
    return area ? { studyType, area: area.replace(/\s*\(.*?\)\s*$/, '') } : { studyType };
  }
}

/**
 * One fragment naming both the school and the degree ("Princeton University, PhD in Computer Science",
 * "Ph.D. Computer Science at University of Texas at Austin") becomes two.
 */
function schoolAndDegree(f: Frag): Frag[] {
  const at = /^(.+?)\s+at\s+(.+)$/.exec(f.text);
  if (at && findDegree(at[1]!) && SCHOOL_WORDS.test(at[2]!) && !SCHOOL_WORDS.test(at[1]!)) return [{ ...f, text: at[1]! }, { ...f, text: at[2]! }];
  // "B.S. Orta Doğu Teknik Üniversitesi": a degree, then straight away the school.
  const d = findDegree(f.text);
  if (d?.studyType && d.area && SCHOOL_WORDS.test(d.area) && !SCHOOL_WORDS.test(d.studyType) && f.text.trim().startsWith(d.studyType) && f.text.trim().endsWith(d.area)
    && !/^(?:in|of)\b/i.test(f.text.trim().slice(d.studyType.length).trim())) {
    return [{ ...f, text: d.studyType }, { ...f, text: d.area }];
  }
  const parts = f.text.split(/\s*,\s+/);
  // "Fine and Applied Arts, Bachelor of Arts, University of Nigeria, Nsukka": the field, the degree, then the
  // school (with what follows it, a place we do not know as one being part of its name).
  if (parts.length >= 3) {
    const di = parts.findIndex((p) => degreeLine(p) && !SCHOOL_WORDS.test(p));
    const si = parts.findIndex((p, i) => i > di && SCHOOL_WORDS.test(p) && !findDegree(p));
    if (di >= 0 && si > di) {
      const after = parts.slice(si + 1);
      const place = after.length && isLocation(after.join(', ')) ? after.join(', ') : undefined;
      const school = place ? parts[si]! : parts.slice(si).join(', ');
      return [...parts.slice(0, si), school, ...(place ? [place] : [])].map((text) => ({ ...f, text }));
    }
  }
  if (parts.length === 2) {
    const [a, b] = parts as [string, string];
    if (SCHOOL_WORDS.test(a) && findDegree(b) && !SCHOOL_WORDS.test(b)) return [{ ...f, text: a }, { ...f, text: b }];
    if (SCHOOL_WORDS.test(b) && findDegree(a) && !SCHOOL_WORDS.test(a)) return [{ ...f, text: a }, { ...f, text: b }];
  }
  return [f];
}

/** A fragment that can name a field of study by itself ("Computer Science", "Fine and Applied Arts"). */
export const isFieldOfStudy = (t: string): boolean => /^[\p{Lu}][\p{L}&,' -]*$/u.test(t) && t.split(/\s+/).length <= 6 && !SCHOOL_WORDS.test(t);

/** Reads the fields of an entry header. `kind` says what the organisation is (employer or school). */
export function headerFields(header: Line[], kind: 'work' | 'education' | 'project'): HeaderFields {
  const { frags, dates } = fragments(header);
  const out: HeaderFields = { extra: [] };
  if (dates) out.dates = dates;
  const rest: Frag[] = [];
  for (const f of kind === 'education' ? frags.flatMap(schoolAndDegree) : frags) {
    if (f.note && kind === 'work') { out.extra.push(f.text); continue; }
    // ("Sep 2021 —" over "Present" in a narrow gutter: the end of the range, not a field)
    if (dates && !dates.end && isPresentWord(f.text)) continue;
    // (without the full stop that ends the header: "Haifa, Israel.")
    if (!out.location && (f.loc || isLocation(f.text))) { out.location = f.text.replace(/(\p{L}{3,})\.$/u, '$1'); continue; }
    // ("80.6%", "7.8 CGPA", "First Division": a mark printed as a field of its own)
    if (kind === 'education' && !out.score && /^(?:\d{1,3}(?:\.\d{1,2})?\s*%|\d{1,2}(?:\.\d{1,2})?\s*c?gpa|(?:first|second|third) (?:division|class)(?: with distinction)?)$/i.test(f.text.trim())) { out.score = f.text.trim(); continue; }
    const gpa = /[;,(]?\s*\b(?:c?gpa|grade|score)\s*:?\s*([\d.]+\s*(?:\/\s*[\d.]+)?)(?:\s*\([^)]*\))?\)?/i.exec(f.text);
    if (gpa && kind === 'education') {
      out.score = gpa[1]!.trim();
      // "Master of Science in Computer Science; GPA: 4.00": the degree before the grade still counts.
      const left = (f.text.slice(0, gpa.index) + f.text.slice(gpa.index + gpa[0].length)).replace(/[\s;,]+$/, '').trim();
      if (left) rest.push({ ...f, text: left });
      continue;
    }
    rest.push(f);
  }
  if (kind === 'education') {
    // "Major: Public Administration": the field of study.
    const majorAt = rest.findIndex((f) => MAJOR.test(f.text));
    const major = majorAt >= 0 ? MAJOR.exec(rest.splice(majorAt, 1)[0]!.text)![1]!.trim() : undefined;
    for (const f of rest) {
      const d = findDegree(f.text);
      if (!out.degree && d && !SCHOOL_WORDS.test(f.text.replace(/\b(of|in)\b.*$/i, ''))) { out.degree = d; continue; }
      if (!out.org && SCHOOL_WORDS.test(f.text)) { out.org = f.text; continue; }
      out.extra.push(f.text);
    }
    // The school is a name: a fragment without digits ("NAIT" rather than "Periods 1–4") when there is one.
    if (!out.org && out.extra.length) {
      const i = Math.max(0, out.extra.findIndex((t) => !/\d/.test(t)));
      out.org = out.extra.splice(i, 1)[0];
    }
    // "Princeton University, Computer Science" beside a bare "PhD": the school, then the field of study.
    const comma = out.org ? /^(.+?),\s+(.+)$/.exec(out.org) : null;
    if (comma && SCHOOL_WORDS.test(comma[1]!) && !SCHOOL_WORDS.test(comma[2]!) && !isLocation(comma[2]!) && out.degree && !out.degree.area) {
      out.org = comma[1]!;
      out.degree = { ...out.degree, area: comma[2]! };
    }
    if (!out.degree) {
      const withDegree = out.extra.findIndex((t) => findDegree(t));
      if (withDegree >= 0) out.degree = findDegree(out.extra.splice(withDegree, 1)[0]!)!;
      else if (out.org) {
        const d = findDegree(out.org);
        if (d) { out.degree = d; out.org = out.extra.shift() ?? out.org; }
      }
    }
    if (major && out.degree && !out.degree.area) out.degree = { ...out.degree, area: major };
    else if (major && !out.degree) out.degree = { area: major };
    // A bare degree ("BS") with the field printed apart from it ("Boğaziçi University, Computer Engineering").
    if (out.degree && !out.degree.area) {
      const i = out.extra.findIndex(isFieldOfStudy);
      if (i >= 0) out.degree = { ...out.degree, area: out.extra.splice(i, 1)[0]! };
    }
    return out;
  }
  if (kind === 'project') {
    if (rest[0]) out.title = rest[0].text;
    out.extra = rest.slice(1).map((f) => f.text);
    return out;
  }
  // Work: the title has title words; the organisation has organisation words or is what remains.
  // (a grade before another word names no job by itself: "Maple Grove Senior Living" is an employer, an "Audit
  // Senior" a job)
  // ("Freelance" alone says how the role was held, not what it was: "Freelance, Remote — Web Developer", where it
  // stands in the employer's place)
  const titleScore = (f: Frag) => (f.label ? (f.label === 'title' ? 10 : -10) : 0) + (TITLE_WORDS.test(f.text.replace(/\b(?:senior|junior|sr|jr)\b\.?(?=\s+\p{L})/giu, '')) ? 2 : 0)
    - (ORG_WORDS.test(f.text) ? 1 : 0) + (f.italic ? 0.2 : 0) - (ENGAGEMENT.test(f.text.trim()) ? 3 : 0)
    // (of two job titles, the one printed beside the dates: "Independent consultant" over "Machine Learning Consultant    Jun 2019 – Jun 2020")
    + (f.dated && TITLE_WORDS.test(f.text) ? 0.3 : 0);
  // (titles joined by arrows, a promotion printed on one line, may run longer: "Senior SRE → Staff SRE → Principal SRE")
  const cand = rest.filter((f) => f.text.split(/\s+/).length <= 10 || (/→/.test(f.text) && f.text.split(/\s*→\s*/).every((t) => t.split(/\s+/).length <= 6 && TITLE_WORDS.test(t))));
  const title = [...cand].sort((a, b) => titleScore(b) - titleScore(a) || a.order - b.order)[0];
  if (title && (titleScore(title) > 0 || cand.length >= 2)) out.title = title.text;
  let orgs = cand.filter((f) => f !== title);
  // "Registered Nurse, Cardiac Step-Down Unit" over an employer printed apart: the comma was part of the title.
  const tail = title?.group ? orgs.find((f) => f.group === title.group && f.order === title.order + 1) : undefined;
  if (title && tail && orgs.some((f) => f.group !== title.group)) {
    out.title = `${title.text}, ${tail.text}`;
    orgs = orgs.filter((f) => f !== tail);
  }
  // "Marketing Manager – Retail Banking" under an employer printed above it (or over one named as such, "Scioto
  // Valley Medical Center"): the dash was part of the title.
  // (not how the role was held: "Senior Kotlin Developer - Contract")
  const dashTail = title?.dash ? orgs.find((f) => f.dash === title.dash && f.order === title.order + 1 && !f.loc && !TITLE_WORDS.test(f.text) && !STRONG_ORG.test(f.text) && !ENGAGEMENT.test(f.text.trim())) : undefined;
  // (or over an employer named after it: "Staff Nurse – Intensive Care Unit, Al Noor Specialty Hospital, Dubai")
  if (title && dashTail && orgs.some((f) => (f.dash !== title.dash && !f.loc && (f.order < title.order || ORG_WORDS.test(f.text)))
    || (f !== dashTail && f.order > dashTail.order && !f.loc && ORG_WORDS.test(lastWord(f.text)) && !ORG_WORDS.test(lastWord(dashTail.text))))) {
    out.title = `${out.title ?? title.text} – ${dashTail.text}`;
    orgs = orgs.filter((f) => f !== dashTail);
  }
  // "Confluent · Data streaming platform": the name comes first and a description follows; only a legal or
  // institutional suffix ("Inc.", "University") outweighs that order.
  // (how the role was held is no employer when one is printed too: "Intern – Internship (6 months)" / "Infineon AG")
  // ("Freelance" alone may be all the employer there is: only a note with a length gives way)
  // (nor when another employer is printed: "FREELANCE    May – Dec 2024" / "Farfetch")
  // (a name, in capitals: "Independent analytics consulting" describes the work)
  const nameLike = (g: Frag): boolean => g.text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && !/^(?:of|and|the|for|de|&)$/i.test(w)).every((w) => /^\p{Lu}/u.test(w));
  const named = orgs.filter((f) => !(ENGAGEMENT.test(f.text.trim()) && (/\d/.test(f.text) || orgs.some((g) => g !== f && !g.loc && !g.note && !ENGAGEMENT.test(g.text.trim()) && nameLike(g)))));
  const pool = named.length ? named : orgs;
  const org = pool.find((f) => f.label === 'org') ?? pool.find((f) => STRONG_ORG.test(f.text)) ?? pool[0];
  if (org) out.org = org.text;
  // "Savanna Pay, Nairobi — Android Lead", "Intern at Kopi Cart, Singapore": with no employer found, a "place"
  // whose first part is no known town is an employer and its town.
  const pair = !org && out.title && out.location ? /^([^,]+),\s+(.+)$/.exec(out.location) : null;
  if (pair && !isCityName(pair[1]!) && isLocation(pair[2]!)) { out.org = pair[1]!; out.location = pair[2]!; }
  // "Frontend Developer Soierie Numérique": a title and an employer run together in one piece of text (an HTML
  // page's two spans, converted): the employer is the capitalised words after the title's last title word.
  if (!out.org && out.title) {
    const split = titleThenName(out.title);
    if (split) { out.title = split[0]; out.org = split[1]; }
  }
  if (!out.title && !org && title) out.org = title.text;
  // ("Career break    2016–17": time away from work is what the entry was, with no employer)
  if (!out.title && out.org && CAREER_BREAK.test(out.org.trim())) { out.title = out.org; delete out.org; }
  out.extra = [...out.extra, ...orgs.filter((f) => f !== org).map((f) => f.text)];
  return out;
}
