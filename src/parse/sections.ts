// Section headings: known aliases first, then lines printed in the same style as those headings.
import type { Line } from '../types.js';
import { SECTION_ALIASES, kindByKeywords, type SectionKind } from '../data/section-aliases.js';
import { findDateRange, isDateOnly } from './dates.js';
import { isSkillLevel } from './skills.js';
import { median } from '../core/median.js';
import { ORG_WORDS, SCHOOL_WORDS, TITLE_WORDS } from '../data/vocab.js';

export interface Heading {
  line: number; // index into the lines array
  kind: SectionKind;
  heading: string;
  /** Text after the heading on the same line (a heading in a left gutter: "Work  Staff Engineer"). */
  rest?: string;
  /** The heading wraps onto the next line too ("Personal skills and" / "competences"). */
  wrapped?: boolean;
  /** The heading, in a left gutter, wraps into the next line's first cell ("PROFESSIONAL" / "EXPERIENCE"). */
  wrappedCell?: boolean;
}

export const headingKey = (s: string): string =>
  withoutNumber(s.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').replace(/^[\s#*\-–—:|•]+|[\s:|•.]+$/g, '').trim());

/** A heading without its number ("II. Professional Experience", "2. Work History", "IV) Skills"). */
export const withoutNumber = (s: string): string => s.replace(/^(?:[ivx]{1,4}|[IVX]{1,4}|\d{1,2}|[a-hA-H])[.)]\s+(?=\p{L})/u, '');

const SQUEEZED = new Map([...SECTION_ALIASES].map(([k, v]) => [k.replace(/[^a-z]/g, ''), v] as const));
const SQUEEZED_NAME = new Map([...SECTION_ALIASES.keys()].map((k) => [k.replace(/[^a-z]/g, ''), k] as const));

/**
 * A letter-spaced heading that lost its word gaps ("WORKEXPERIENCE") printed as its alias spaces it
 * ("WORK EXPERIENCE"), keeping the printed letters and case.
 */
export function respaced(s: string): string {
  const t = s.trim().replace(/\s+/g, ' ');
  // (or letter-spaced with its word gaps lost, "CO-O P E X P E R I E N C E")
  const spacedOut = t.includes(' ') && isSpacedOut(t);
  if (!/^\p{L}+$/u.test(t) && !(spacedOut && /^[A-Za-z&/ -]+$/.test(t))) return t;
  const letters = t.replace(/[^A-Za-z\p{L}]/gu, '');
  const alias = SQUEEZED_NAME.get(letters.toLowerCase().replace(/[^a-z]/g, ''));
  if (!alias || (!alias.includes(' ') && !spacedOut)) return t;
  let out = '', i = 0;
  for (const ch of alias) {
    if (/[a-z]/.test(ch)) { if (i < letters.length) out += letters[i++]; } else out += ch;
  }
  return out + letters.slice(i);
}

/** Text spaced out letter by letter: most of its space-separated tokens are one or two letters long. */
const isSpacedOut = (t: string): boolean => {
  const toks = t.trim().split(/\s+/);
  return toks.length >= 4 && toks.filter((k) => k.replace(/[^\p{L}]/gu, '').length <= 2).length >= 0.7 * toks.length;
};

const oneAlias = (s: string): SectionKind | undefined =>
  SECTION_ALIASES.get(headingKey(s)) ?? SECTION_ALIASES.get(headingKey(s).replace(/&/g, 'and')) ?? (headingKey(s).length >= 4 ? SQUEEZED.get(headingKey(s).replace(/[^a-z]/g, '')) : undefined);

/** A heading in two languages: "Expérience · Experience", "Formation / Education", "Compétences | Skills". */
const BILINGUAL = /\s+[·|/•–—]\s+/;

/**
 * The section kind of a printed heading; letter-spaced headings that lost their word gaps ("WORKEXPERIENCE") too,
 * and a heading printed in two languages when the halves we know agree ("Expérience · Experience").
 */
export const aliasOf = (s: string): SectionKind | undefined => {
  const kind = oneAlias(s);
  if (kind || !BILINGUAL.test(s)) return kind;
  const halves = s.split(BILINGUAL);
  if (halves.length !== 2 || halves.some((h) => !/^\p{L}[\p{L}'’ &-]*$/u.test(h.trim()) || h.trim().split(/\s+/).length > 3)) return undefined;
  const kinds = halves.map(oneAlias).filter((k): k is SectionKind => !!k);
  return kinds.length > 0 && kinds.every((k) => k === kinds[0]) ? kinds[0] : undefined;
};

const words = (s: string) => s.trim().split(/\s+/).length;
/** A line that is only a range of dates ("09/2017 - 10/2020", "2021 – Present"), not one date. */
const isRange = (s: string): boolean => {
  const d = isDateOnly(s) ? findDateRange(s) : undefined;
  return !!d && (d.current || (!!d.end && d.end !== d.start));
};
const isCaps = (s: string) => /\p{L}/u.test(s) && s === s.toUpperCase();

function signature(l: Line): string {
  if (l.heading) return `h${l.heading}`;
  const font = l.runs.find((r) => r.text.trim())?.fontName ?? '';
  return `${Math.round((l.fontSize ?? 0) * 2) / 2}|${(l.bold ?? 0) > 0.5 ? 'b' : ''}|${isCaps(l.text) ? 'C' : ''}|${font.replace(/^[A-Z]{6}\+/, '')}`;
}

/** How many cells of line i's Word table row hold the lines next to it (0 outside a table). */
function rowCells(lines: Line[], i: number): number {
  const t = lines[i]!.table;
  if (!t) return 0;
  const cells = new Set<number>();
  for (let k = Math.max(0, i - 4); k <= Math.min(lines.length - 1, i + 4); k++) {
    const o = lines[k]!.table;
    if (o && o.table === t.table && o.row === t.row) cells.add(o.cell);
  }
  return cells.size;
}

/** Finds the section headings of a document, in reading order. */
export function findHeadings(lines: Line[]): Heading[] {
  const found = new Map<number, Heading>();
  const sigCount = new Map<string, number>();
  for (const l of lines) sigCount.set(signature(l), (sigCount.get(signature(l)) ?? 0) + 1);
  // (a heading may carry a glyph of its own, "■ WORK EXPERIENCE": a bold known heading, in capitals or larger than
  // the body, not a list item)
  const bodySize = median(lines.map((l) => l.fontSize ?? 0).filter((v) => v > 0));
  const marked = (l: Line): boolean => !!aliasOf(l.text) && (l.bold ?? 0) >= 0.5 && !l.cells && (isCaps(l.text) || (l.fontSize ?? 0) >= bodySize + 1.5);
  for (const [i, l] of lines.entries()) {
    if ((l.bullet && !marked(l)) || l.region === 'header' || l.region === 'footer' || found.get(i - 1)?.wrapped || found.get(i - 1)?.wrappedCell) continue;
    // A known heading wrapped over two lines printed alike ("Personal skills and" / "competences").
    const next = lines[i + 1];
    if (next && !l.cells && !next.cells && !next.bullet && next.page === l.page && next.column === l.column && /(?:[&/,]|\b(?:and|of|or))$/i.test(l.text.trim())
      && signature(next) === signature(l) && (next.gapBefore ?? Infinity) < (next.fontSize ?? 10) && words(`${l.text} ${next.text}`) <= 6) {
      const text = `${l.text.trim()} ${next.text.trim()}`;
      const kind = aliasOf(text);
      if (kind) { found.set(i, { line: i, kind, heading: respaced(text.replace(/[:\s]+$/, '')), wrapped: true }); continue; }
    }
    const whole = aliasOf(l.text);
    // "Operations &" / "Leadership": the second line of a wrapped name is not a heading.
    // (or of a form label wrapped beside its value: "providing education and | lencia, Spain" / "training")
    const prev = lines[i - 1];
    const wraps = !!prev && prev.page === l.page && [prev.text, prev.cells?.[0] ?? ''].some((t) => /(?:[&,/+]|\b(?:and|of|or|for))$/i.test(t.trim()));
    // "Tools | AutoCAD, …": the label cell of a table row, with its value in the next cell, names a row, not a section.
    // (A heading in the left cell of a Word layout table, beside the entries, is still a heading.)
    const rowLabel = !!l.table && (whole === 'skills' || whole === 'languages' || whole === 'interests')
      && [lines[i - 1], lines[i + 1]].some((o) => o?.table && o.table.table === l.table!.table && o.table.row === l.table!.row && o.table.cell !== l.table!.cell && /,/.test(o.text));
    // ("experience." ending a wrapped paragraph is prose, not a heading)
    // (nor "clients" in lower case under an item or a long line that does not end a sentence: the rest of it)
    const prose = /^\p{Ll}.*\.$/u.test(l.text.trim()) || (!!l.box && l.blockStart === false && /^\p{Ll}/u.test(l.text.trim()))
      || (/^\p{Ll}/u.test(l.text.trim()) && !!prev && prev.page === l.page && (!!prev.bullet || words(prev.text) >= 8) && !/[.:;!?]$/.test(prev.text.trim())
        // (set as the item is, right under it: a heading in lower case stands apart, "experience" in spaced small capitals)
        && (l.bold ?? 0) < 0.5 && Math.abs((l.fontSize ?? 0) - (prev.fontSize ?? 0)) <= 0.3 && (l.gapBefore ?? 0) <= 0.8 * (l.fontSize ?? 10));
    // (a cell of a table's header row of three or more columns: "Understanding | Speaking | Writing")
    const columnHead = !!l.table && rowCells(lines, i) >= 3;
    if (whole && (words(l.text) <= 6 || isSpacedOut(l.text)) && !wraps && !rowLabel && !prose && !columnHead) { found.set(i, { line: i, kind: whole, heading: respaced(l.text.replace(/[:\s]+$/, '')) }); continue; }
    const first = l.cells?.[0];
    const k = first ? aliasOf(first) : undefined;
    // "PROFESSIONAL    Hanbit Mobility …" over "EXPERIENCE    ■ Senior Firmware Engineer …": a gutter heading in two rows.
    const below = lines[i + 1]?.cells?.[0];
    if (first && !k && below && lines[i + 1]!.page === l.page && isCaps(first) && isCaps(below) && !found.get(i - 1)?.wrappedCell) {
      const kind = aliasOf(`${first} ${below}`);
      if (kind) { found.set(i, { line: i, kind, heading: `${first} ${below}`, rest: l.cells!.slice(1).join('  '), wrappedCell: true }); continue; }
    }
    const firstRun = l.runs.find((r) => r.text.trim());
    const restRuns = l.runs.filter((r) => r !== firstRun && r.text.trim());
    // (or hangs in the left margin: the text after it starts where the next lines start, "Experience  Granite Peak…")
    const nextX = lines[i + 1]?.page === l.page ? lines[i + 1]?.box?.[0] : undefined;
    const hangs = !!firstRun && firstRun.x !== undefined && restRuns[0]?.x !== undefined && nextX !== undefined
      && Math.abs(restRuns[0].x - nextX) <= 3 && firstRun.x < nextX - 20
      // (styled as a heading: a row label of a skills list set in a gutter, "Tools  Slurm, Docker", is plain)
      && (!!firstRun.bold || isCaps(first ?? '') || (firstRun.fontSize ?? 0) > (restRuns[0].fontSize ?? 0) + 0.5);
    const standsOut = !!firstRun && (restRuns.every((r) => (r.fontSize ?? 0) < (firstRun.fontSize ?? 0) - 0.5) || (!!firstRun.bold && restRuns.every((r) => !r.bold))
      || (isCaps(first ?? '') && !isCaps(l.cells!.slice(1).join(' '))) || hangs);
    // ("Languages    Expert": a skill group and its level, not a section)
    const level = isSkillLevel(l.cells?.slice(1).join(' ') ?? '');
    // ("Languages    Java, SQL" between "Frameworks    Spring Boot" and "Web Technologies    HTML5": a row of a
    // labelled list, one of several set alike, names a group of skills, not a section)
    const listRow = (o: Line | undefined) => !!o?.cells && o.cells.length >= 2 && o.page === l.page && !!o.box && !!l.box
      && Math.abs(o.box[0] - l.box[0]) <= 2 && !aliasOf(o.cells[0]!) && Math.abs((o.fontSize ?? 0) - (l.fontSize ?? 0)) <= 0.5;
    // (nor the second pair of a Word form's row, "Marital Status | Single | Languages | English, Tamil, Hindi")
    const laterPair = !!l.table && l.table.cell >= 3;
    if (first && k && words(first) <= 4 && standsOut && !level && !laterPair && !(listRow(lines[i - 1]) || listRow(lines[i + 1]))) {
      found.set(i, { line: i, kind: k, heading: first.replace(/[:\s]+$/, ''), rest: l.cells!.slice(1).join('  ') });
    }
  }
  // Headings in a left gutter are printed alike: one whose size differs from most of them is a bold item of
  // the body that happens to be a section word ("Languages" naming a group of skills).
  const gutter = [...found.values()].filter((h) => h.rest !== undefined);
  const gutterSize = (h: Heading) => Math.round((lines[h.line]!.runs.find((r) => r.text.trim())?.fontSize ?? 0) * 2) / 2;
  if (gutter.length >= 3) {
    const counts = new Map<number, number>();
    for (const h of gutter) counts.set(gutterSize(h), (counts.get(gutterSize(h)) ?? 0) + 1);
    const top = Math.max(...counts.values());
    for (const h of gutter) if ((counts.get(gutterSize(h)) ?? 0) < top && (counts.get(gutterSize(h)) ?? 0) === 1) found.delete(h.line);
  }
  // A heading word printed more than once in a style other than the headings' ("Highlights" under every role,
  // "Courses" under a school) labels parts of entries: neither it nor anything else in its style is a section.
  // (lines ruled out here stay out when the headings' style is learned below)
  const dropped = new Set<number>();
  const seen = new Map<string, Heading[]>();
  for (const h of found.values()) {
    const k = headingKey(h.heading);
    seen.set(k, [...(seen.get(k) ?? []), h]);
  }
  // (the headings' style: the most common among the headings printed once)
  const sigCounts = new Map<string, number>();
  for (const hs of seen.values()) if (hs.length === 1 && !hs[0]!.rest) sigCounts.set(signature(lines[hs[0]!.line]!), (sigCounts.get(signature(lines[hs[0]!.line]!)) ?? 0) + 1);
  const mainSig = [...sigCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const hs of seen.values()) {
    const sig = signature(lines[hs[0]!.line]!);
    // (a word printed as a heading three times or more labels entry parts whatever its style: "HIGHLIGHTS")
    if (hs.length < 2 || hs.some((h) => h.rest || signature(lines[h.line]!) !== sig) || (sig === mainSig && hs.length < 3)) continue;
    if (sig === mainSig) { for (const h of hs) { found.delete(h.line); dropped.add(h.line); } continue; }
    for (const h of [...found.values()]) if (!h.rest && signature(lines[h.line]!) === sig) { found.delete(h.line); dropped.add(h.line); }
  }
  // A section word in small body type, well below the headings' size ("Courses" under a school) is not a heading.
  // (bold too, when three headings or more show the style: "Research" naming a group of skills under 18 pt headings)
  if (mainSig) {
    const mainSize = lines[[...found.values()].find((h) => signature(lines[h.line]!) === mainSig)!.line]!.fontSize ?? 0;
    const learned = (sigCounts.get(mainSig) ?? 0) >= 3;
    // (unless it stands out in a column of its own: a sidebar's headings, 12 pt over 9 pt text, beside 17 pt ones)
    const columnSize = (l: Line): number => {
      const sizes = lines.filter((m) => m.page === l.page && m.column === l.column && m.column !== undefined).map((m) => m.fontSize ?? 0).sort((a, b) => a - b);
      return sizes.length >= 5 ? sizes[sizes.length >> 1]! : Infinity;
    };
    for (const h of [...found.values()]) {
      const l = lines[h.line]!;
      if (!h.rest && (l.fontSize ?? 0) < 0.75 * mainSize && ((l.bold ?? 0) < 0.5 || learned) && !isCaps(l.text) && !((l.fontSize ?? 0) >= 1.25 * columnSize(l))) found.delete(h.line);
      // (nor is the label of a row in body type, "Languages    C++    C    Rust", under three headings or more set
      // apart on their own lines: that names a group of skills)
      const label = l.runs.find((r) => r.text.trim());
      if (h.rest && learned && (label?.fontSize ?? l.fontSize ?? 0) < 0.75 * mainSize && !isCaps(h.heading)) found.delete(h.line);
    }
  }
  // A smaller heading word straight under a heading names a group inside that section ("SKILLS" / "Programming").
  for (const h of [...found.values()]) {
    const above = found.get(h.line - 1), l = lines[h.line]!, a = lines[h.line - 1];
    if (above && !above.rest && !h.rest && a && a.page === l.page && a.column === l.column && (l.fontSize ?? 0) < (a.fontSize ?? 0) - 0.5) { found.delete(h.line); dropped.add(h.line); }
  }
  // A labelled row of a list under a skills heading names a group of it ("Technical Skills" / "Languages    SQL,
  // Python, R" / "Tools    Tableau, Power BI"), as long as no heading of its own stands between.
  let under: Heading | undefined;
  for (const h of [...found.values()].sort((a, b) => a.line - b.line)) {
    if (!h.rest) { under = h; continue; }
    if (under?.kind === 'skills' && ['skills', 'languages', 'other'].includes(h.kind) && /,/.test(h.rest) && lines[h.line]!.page === lines[under.line]!.page) found.delete(h.line);
  }
  // Learn the heading style from the alias headings, then accept other standalone lines printed in that style.
  const sigs = new Map<string, number>();
  for (const h of found.values()) if (!h.rest) sigs.set(signature(lines[h.line]!), (sigs.get(signature(lines[h.line]!)) ?? 0) + 1);
  for (const [sig, n] of sigs) {
    const total = sigCount.get(sig) ?? 0;
    if (n < 2) continue;
    // The style must be distinctive; where it is not (bold body type, the job titles bold too), a line in it still
    // heads a section when its words name one, it names no job, firm or school, and it stands as far from the line
    // above as the headings do ("Experience Highlights" among bold "Senior Data Engineer at Kestrel …").
    const sample = lines[[...found.values()].find((h) => signature(lines[h.line]!) === sig)!.line]!;
    // (the headings stand apart, a wide gap above each: a line in their style set as close as body lines, a job
    // title under "Experience", is no heading)
    const gaps = [...found.values()].filter((h) => !h.rest && signature(lines[h.line]!) === sig).map((h) => lines[h.line]!.gapBefore).filter((g): g is number => g !== undefined);
    const apart = gaps.length >= 2 && median(gaps) > (sample.fontSize ?? 10) ? median(gaps) : undefined;
    // (lines in the style that stand apart as the headings do, short and alone, count as headings in waiting:
    // "EXECUTIVE PROFILE", "BOARD SERVICE" beside "EDUCATION" and "AREAS OF EXPERTISE")
    const waiting = apart === undefined ? 0 : lines.filter((l, i) => !found.has(i) && signature(l) === sig && !l.cells && !l.bullet && words(l.text) <= 5 && !/\d|@/.test(l.text)
      && isCaps(l.text) && l.gapBefore !== undefined && l.gapBefore >= 0.8 * apart).length;
    const distinctive = total - waiting <= n * 2.5;
    for (const [i, l] of lines.entries()) {
      if (found.has(i) || dropped.has(i) || l.bullet || l.cells || l.region !== sample.region && l.region !== 'body') continue;
      if (signature(l) !== sig || words(l.text) > 6 || /\d{4}|@/.test(l.text)) continue;
      // (a cell of a Word table's header row of three columns or more, "Understanding | Speaking | Writing", is no
      // heading; nor is the label of a row whose value is a table of its own, "French | B1 B1 A2")
      if (l.table && rowCells(lines, i) >= 3) continue;
      if (l.table && lines[i + 1]?.table && lines[i + 1]!.table!.table !== l.table.table) continue;
      if (apart !== undefined && l.gapBefore !== undefined && l.gapBefore < 0.4 * apart) continue;
      if (!distinctive && !(kindByKeywords(l.text) && !TITLE_WORDS.test(l.text) && !ORG_WORDS.test(l.text) && !SCHOOL_WORDS.test(l.text) && words(l.text) <= 4 && gaps.length >= 2
        && l.gapBefore !== undefined && l.gapBefore >= 0.8 * median(gaps))) continue;
      // (an employer or school over its dates heads an entry: "Hartley & Moss LLP" / "09/2017 - 10/2020")
      if (!kindByKeywords(l.text) && [lines[i + 1], lines[i + 2]].some((n) => n && n.page === l.page && (n.cells ?? [n.text]).some(isRange))) continue;
      found.set(i, { line: i, kind: kindByKeywords(l.text) ?? 'other', heading: respaced(l.text.replace(/[:\s]+$/, '')) });
    }
  }
  // "Key Achievements:" a few lines under "Roles & Responsibilities:" (or "Duties and Responsibilities:") and its items labels the second list of a role,
  // not a section.
  for (const h of [...found.values()]) {
    const l = lines[h.line]!;
    if (!/:\s*$/.test(l.text) || h.kind !== 'awards') continue;
    const before = lines.slice(Math.max(0, h.line - 12), h.line);
    if (before.some((m, k) => /^(?:(?:roles?|key|duties)\s*(?:&|and)\s*)?(?:(?:key|main|major)\s+)?(?:responsibilities|duties)(?:\s*(?:,|and|&)\s*(?:accomplishments|achievements|related skills|responsibilities))*\s*:\s*$/i.test(m.text.trim()) && !found.has(h.line - before.length + k))
      // (with items or duties written as sentences between them)
      && before.some((m) => m.bullet || m.listLevel !== undefined || (/[.!]$/.test(m.text.trim()) && m.text.split(/\s+/).length >= 8))) found.delete(h.line);
  }
  // Where the headings are numbered ("1. Summary", "II. Professional Experience"), a line in their style without a
  // number names a group inside a section ("Languages" over a list of skills), not a section.
  const numbered = [...found.values()].filter((h) => isNumbered(lines[h.line]!.text));
  if (numbered.length >= 3 && numbered.length >= 0.6 * found.size) {
    for (const h of [...found.values()]) if (!isNumbered(lines[h.line]!.text)) found.delete(h.line);
  }
  // A heading word set in the style of the group labels around it, under a heading in another style ("Languages"
  // among "Machine learning", "Data" and "MLOps" under "Skills") names a group, not a section.
  const sorted = [...found.values()].sort((a, b) => a.line - b.line);
  sorted.forEach((h, k) => {
    const prev = sorted[k - 1], next = sorted[k + 1];
    // (only under skills, where groups are named by such words: "Tools", "Languages")
    if (!prev || h.rest !== undefined || prev.kind !== 'skills' || !['skills', 'languages', 'other'].includes(h.kind)) return;
    const sig = signature(lines[h.line]!);
    if (sig === signature(lines[prev.line]!) || lines[h.line]!.heading) return;
    const alike = lines.slice(prev.line + 1, next?.line ?? lines.length).filter((l, i) => prev.line + 1 + i !== h.line && !l.cells && !l.bullet
      && signature(l) === sig && words(l.text) <= 4 && l.page === lines[h.line]!.page).length;
    if (alike >= 2) found.delete(h.line);
  });
  // The heading's name: without Markdown's "##" and without outline numbers ("1. Summary", "2.1 Work", "IV. Skills"),
  // which are list numbers; a number set as design ("01. Experience") stays.
  for (const h of found.values()) h.heading = h.heading.replace(/^#{1,6}\s+/, '').replace(/^(?:[1-9]\d?(?:\.\d{1,2})*\.?|[IVX]{1,4}\.|[A-H]\.)\s+(?=\p{L})/u, '');
  return [...found.values()].sort((a, b) => a.line - b.line);
}

const isNumbered = (s: string): boolean => withoutNumber(s.trim()) !== s.trim();
