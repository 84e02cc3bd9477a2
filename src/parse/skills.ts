// Skills: "Label: a, b, c" rows, bare keyword lists, and grids of cards (a bold group name over its keywords,
// several cards side by side), read card by card rather than row by row.
import type { Line, Run } from '../types.js';
import { isBulletGlyph } from '../layout/text.js';
import { withoutDurations } from './dates.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type SkillGroup = Record<string, any>;

/** Proficiency labels printed beside skill groups are not skills. */
const LEVELS = 'beginner|novice|intermediate|advanced|expert|proficient|familiar|master|basic|working knowledge';
const SKILL_LEVEL = new RegExp(`^(?:${LEVELS})$`, 'i');
export const isSkillLevel = (s: string): boolean => SKILL_LEVEL.test(s.trim());

/** "Languages — Expert": a group name with its level (not "Excel (advanced)", a skill with its level). */
/** A level in brackets after a skill: "(expert)", "(advanced)", "(90%)". */
const LEVEL_AFTER = new RegExp(`\\s*\\((?:${LEVELS}|\\d{1,3}\\s*%)\\)$`, 'i');
const NAME_LEVEL = new RegExp(`^(.{2,40}?)\\s+(?:[—–-]|:)?\\s*(${LEVELS})$`, 'i');

/**
 * Keywords printed as tags: one text run each, set apart by gaps wider than a word space ("Go  Java  Kotlin",
 * JSON Resume themes). Undefined when the line is not such a row.
 */
function tagsOf(l: Line): string[] | undefined {
  const runs = l.runs.filter((r) => r.text.trim());
  if (runs.length < 2 || runs.some((r) => r.x === undefined || r.width === undefined) || /[,;•|·]/.test(l.text)) return undefined;
  return tagsOfRuns(runs, l.fontSize);
}

/** Monospaced font families, by name. */
const MONOSPACED = /mono|courier|cousine|consola|menlo|monaco|inconsolata|code/i;

/** Runs (with positions) split into tags at gaps wider than a word space; undefined unless 2+ short tags. */
function tagsOfRuns(runs: Run[], fontSize: number | undefined): string[] | undefined {
  const tags: string[] = [runs[0]!.text.trim()];
  // (wider than a space of the font: in a monospaced one, "Burp Suite" in Cousine, a space is as wide as a letter)
  const mono = runs.every((r) => MONOSPACED.test(r.fontName ?? ''));
  const charWidth = runs.reduce((w, r) => w + r.width!, 0) / Math.max(1, runs.reduce((n, r) => n + r.text.length, 0));
  for (let i = 1; i < runs.length; i++) {
    const gap = runs[i]!.x! - (runs[i - 1]!.x! + runs[i - 1]!.width!);
    const size = runs[i]!.fontSize ?? fontSize ?? 10;
    if (gap >= (mono ? 1.5 * charWidth : 0.4 * size)) tags.push(runs[i]!.text.trim());
    else tags[tags.length - 1] += (gap > 0.1 * size ? ' ' : '') + runs[i]!.text.trim();
  }
  // (a grid of ticked items: the ticks are not tags, alone or before a tag, "▪ AWS")
  const words = tags.filter((t) => !isBulletGlyph(t)).map(withoutGlyph);
  return words.length >= 2 && words.every((t) => t.split(/\s+/).length <= 4) ? words : undefined;
}

/** An item without the bullet glyph printed before it ("✓ Menu engineering", "▪ AWS"). */
const withoutGlyph = (t: string): string => t.replace(/^(\S)\s+/, (m, g: string) => (isBulletGlyph(g) ? '' : m));

/** A labelled row, "Frameworks: React, …". */
const LABELLED = /^[^:,]{2,40}:\s/;

/** Splits a skills line into items, keeping parentheses whole. */
export function skillItems(s: string): string[] {
  const out: string[] = [];
  let depth = 0, cur = '';
  // " / " with spaces separates items ("Conduit bending / Motor controls"); "CI/CD" and "HTML/CSS" stay whole.
  // (Only in a list that has no other separator: in "Kaizen • Lean / Six Sigma • 5S" the slash is part of an item.)
  if (!/[,;•|·]/.test(s)) s = s.replace(/\s+\/\s+/g, ' | ');
  for (const ch of s) {
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[,;•|·]/.test(ch)) { out.push(cur); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur);
  // (a grid of ticked items keeps the tick of its second column: "✓ Menu engineering")
  // (a length of use after an item, "Kubernetes (7 years)", is not part of its name)
  // (a skill is a name of one to a few words: seven words or more are a sentence)
  return out.map((x) => withoutDurations(withoutGlyph(x.trim()).replace(/\.$/, '')).trim().replace(/^and\s+/i, ''))
    .filter((x) => x && x.length <= 60 && x.split(/\s+/).length <= 6 && /[\p{L}\p{N}]/u.test(x) && !SKILL_LEVEL.test(x));
}

/** One cell of a printed row: its text, where it starts, whether it is set in bold, and its tags if it is a row of them. */
interface Cell { text: string; x: number; bold: boolean; tags?: string[] }

/** Cells of a PDF line, from its runs: a gap wider than about one em separates two cells. */
function cellsOf(l: Line): Cell[] | undefined {
  const runs = l.runs.filter((r) => r.text.trim() && r.x !== undefined);
  if (!runs.length || runs.length !== l.runs.filter((r) => r.text.trim()).length) return undefined;
  const out: { runs: Run[]; end: number }[] = [];
  for (const r of runs) {
    const last = out[out.length - 1];
    const size = r.fontSize ?? l.fontSize ?? 10;
    if (last && r.x! - last.end <= Math.max(size, 6)) { last.runs.push(r); last.end = r.x! + (r.width ?? 0); continue; }
    out.push({ runs: [r], end: r.x! + (r.width ?? 0) });
  }
  return out.map((c) => {
    const text = c.runs.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim();
    const cell: Cell = { text, x: c.runs[0]!.x!, bold: c.runs.every((r) => r.bold) };
    // ("Go  Node.js  PostgreSQL": a card's keywords set as tags, a gap wider than a space between them)
    const tags = c.runs.length >= 2 && c.runs.every((r) => r.width !== undefined) && !/[,;•|·]/.test(text) ? tagsOfRuns(c.runs, l.fontSize) : undefined;
    if (tags) cell.tags = tags;
    return cell;
  });
}

interface Card { x: number; name: string[]; items: string[] }

/**
 * Reads a grid of skill cards: a row of bold names ("Programming    Web Development") starts a band of cards at
 * those x positions; every later cell belongs to the card it sits under. A bold cell before a card's first
 * keyword continues its name (a name wrapped onto two lines). Returns undefined when the lines are not such a grid.
 */
function readCards(lines: Line[]): SkillGroup[] | undefined {
  const rows = lines.map(cellsOf);
  if (rows.some((r) => !r)) return undefined;
  // (names in plain type count when a row of levels sits under them: "Offensive security  Cloud security" over
  // "Advanced  Advanced")
  const isLevelRow = (r: Cell[] | undefined) => !!r && r.length >= 2 && r.every((c) => isSkillLevel(c.text));
  const named = new Set(rows.map((r, i) => (r && r.length >= 2 && !r.some((c) => c.text.includes(':')) && isLevelRow(rows[i + 1]) ? r : undefined)).filter(Boolean));
  const isNameRow = (r: Cell[]) => r.length > 0 && (named.has(r) || r.every((c) => c.bold && !c.text.includes(':')));
  // (a grid needs plain keywords under a row of names: a row of bold tags under one group name, "Programming" /
  // "Master" / "C  C++  Rust", is that group's keywords)
  const overKeywords = (i: number): boolean => {
    const names = rows[i]!;
    for (let j = i + 1; j < rows.length; j++) {
      const r = rows[j]!;
      if (isLevelRow(r)) continue;
      // (a keyword starts at its name's x, or a little to its right inside a pill)
      const under = r.filter((c) => names.some((n) => c.x >= n.x - 4 && c.x <= n.x + 30));
      if (!under.length) return false;
      if (under.some((c) => !c.bold)) return true;
    }
    return false;
  };
  if (!rows.some((r, i) => r!.length >= 2 && isNameRow(r!) && (named.has(r!) || overKeywords(i)))) return undefined;
  if (!rows.some((r) => r!.some((c) => !c.bold))) return undefined;
  const groups: SkillGroup[] = [];
  let band: Card[] = [];
  const flush = () => {
    for (const c of band) {
      const name = c.name.join(' ');
      if (c.items.length) groups.push(name ? { name, keywords: c.items } : { keywords: c.items });
      else if (name) groups.push({ name });
    }
    band = [];
  };
  for (const row of rows as Cell[][]) {
    if (isLevelRow(row)) continue;
    // A new band: a row of names, none of which continues a name still waiting for its keywords.
    if (isNameRow(row) && !(band.length && row.every((c) => cardAt(band, c.x)?.items.length === 0))) {
      flush();
      band = row.map((c) => ({ x: c.x, name: [c.text], items: [] }));
      continue;
    }
    for (const c of row) {
      let card = cardAt(band, c.x);
      if (!card) { card = { x: c.x, name: [], items: [] }; band.push(card); band.sort((a, b) => a.x - b.x); }
      if (c.bold && !card.items.length) card.name.push(c.text);
      else card.items.push(...(c.tags ?? skillItems(c.text)));
    }
  }
  flush();
  return groups;
}

/**
 * Reads a nested list of skills, group names at the margin and their keywords indented under them ("Frontend" /
 * "  JavaScript" / "  React" / "Backend" / "  Node.js"), its glyphs drawn or not. Undefined when the lines are not
 * such an outline.
 */
function readOutline(lines: Line[]): SkillGroup[] | undefined {
  if (lines.length < 4 || lines.some((l) => !l.box || l.cells)) return undefined;
  const left = Math.min(...lines.map((l) => l.box![0]));
  const isName = (l: Line) => l.box![0] <= left + 2;
  const groups: SkillGroup[] = [];
  for (const l of lines) {
    if (isName(l)) {
      if (l.text.split(/\s+/).length > 4 || /[,;·|]/.test(l.text)) return undefined;
      groups.push({ name: l.text.trim(), keywords: [] });
    } else if (l.box![0] > left + 6 && groups.length) groups[groups.length - 1]!.keywords.push(...skillItems(l.text));
    else return undefined;
  }
  return groups.length >= 2 && groups.every((g) => g.keywords.length) ? groups : undefined;
}

/** The card whose column holds x: the rightmost card starting at or before it. */
function cardAt(band: Card[], x: number): Card | undefined {
  let found: Card | undefined;
  for (const c of band) if (c.x <= x + 4) found = c;
  return found;
}

/**
 * A comma list that wrapped onto the next line ("…, Subcontract" / "negotiation, OSHA compliance") is one line:
 * the PDF line that continues a block (not a block start, no bullet, same size) is joined to the one above.
 */
function joinWrappedLists(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && prev.box && l.box && l.blockStart === false && !l.bullet && !l.cells && !prev.cells && prev.page === l.page
      && Math.abs((prev.fontSize ?? 0) - (l.fontSize ?? 0)) < 0.5 && /[,;·]\s*\S|\s\/\s/.test(prev.text) && !/[,;:·/]$/.test(prev.text.trim()) && !/^[^:,]{2,40}:/.test(l.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${l.text}`, runs: [...prev.runs, ...l.runs] };
      continue;
    }
    // A row label wrapped in its gutter ("ML    JAX, PyTorch" / "frameworks"): the label's second word.
    if (prev?.cells && prev.cells.length >= 2 && prev.box && l.box && !l.cells && !l.bullet && prev.page === l.page && l.box[0] < prev.box[0] + 60
      && (l.gapBefore ?? Infinity) < (l.fontSize ?? 10) && /^\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?$/u.test(l.text.trim())) {
      const valueX = prev.runs.find((r) => r.text.trim() && prev.cells![1]!.startsWith(r.text.trim().slice(0, 6)))?.x;
      if (valueX !== undefined && l.box[2] < valueX) {
        const cells = [`${prev.cells[0]} ${l.text.trim()}`, ...prev.cells.slice(1)];
        out[out.length - 1] = { ...prev, cells };
        continue;
      }
    }
    // A labelled row whose list wrapped under its value ("BIM & CAD    Revit, Tekla Structures, AutoCAD Civil" / "3D").
    if (prev?.cells?.length === 2 && prev.box && l.box && !l.cells && !l.bullet && prev.page === l.page && l.box[0] > prev.box[0] + 20
      && (l.gapBefore ?? Infinity) < (l.fontSize ?? 10) && prev.cells[1]!.includes(',') && !/[,;:·]$/.test(prev.text.trim())
      // (not the next labelled row of the value column: "IT skills    Languages: TypeScript, …" / "Frameworks: React, …")
      && !LABELLED.test(l.text.trim())) {
      const cells = [prev.cells[0]!, `${prev.cells[1]} ${l.text.trim()}`];
      out[out.length - 1] = { ...prev, text: `${prev.text} ${l.text}`, runs: [...prev.runs, ...l.runs], cells };
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * The Europass language grid ("Self-assessment | Understanding | Speaking | Writing", "European level (*)",
 * "Listening | Reading | Spoken interaction …", a row of levels per language, then "(*) Common European
 * Framework of Reference (CEF) level"): it rates languages, so none of it is a skill.
 */
function withoutLanguageGrid(lines: Line[]): Line[] {
  const start = lines.findIndex((l) => /^self-assessment\b/i.test(l.cells?.[0] ?? l.text.trim()));
  if (start < 0) return lines;
  let end = lines.findIndex((l, i) => i > start && /common european framework|\(cef\)/i.test(l.text));
  if (end < 0) return lines;
  if (/common european framework/i.test(lines[end]!.text) && /^\(cef\)/i.test(lines[end + 1]?.text.trim() ?? '')) end++;
  return [...lines.slice(0, start), ...lines.slice(end + 1)];
}

/** Parses the lines of a skills section into JSON Resume skill groups. */
export function parseSkills(input: Line[]): SkillGroup[] {
  // A functional resume's skills section ("Transferable Skills": "Data Analysis    ▷ Analyzed 18 months of …"):
  // accomplishments under skill names, written as sentences, not a list of skills.
  // (a sentence: eight words or more, not a labelled list, its comma-separated parts longer than skill names)
  const isSentence = (t: string) => {
    const parts = t.split(/\s*[,;]\s*/);
    return !LABELLED.test(t) && t.split(/\s+/).length >= 8 && parts.reduce((n, p) => n + p.split(/\s+/).length, 0) / parts.length > 3;
  };
  const sentences = input.filter((l) => (!!l.bullet || isBulletGlyph([...(l.cells?.[1] ?? '')][0] ?? '')) && isSentence(l.cells?.slice(1).join(' ') ?? l.text));
  if (sentences.length >= 3 && sentences.length * 3 >= input.length) return [];
  const lines = joinWrappedLists(withoutLanguageGrid(input));
  const cards = readCards(lines) ?? readOutline(lines);
  if (cards) return cards;
  const groups: SkillGroup[] = [];
  let pendingLabel: string | undefined;
  let open: SkillGroup | undefined;
  // A line wholly in bold over plainer lines names the group below it (a one-column card list).
  const plainExists = lines.some((l) => (l.bold ?? 0) < 0.5);
  const isItemLine = (l: Line) => !!l.bullet || l.listLevel !== undefined;
  // A row that is not skills ("Certificates    Oracle Certified …: …"), with the lines of its value column under it.
  let skipping = false;
  for (const [at, l] of lines.entries()) {
    if (l.cells && l.cells.length >= 2) skipping = NOT_SKILLS.test(l.cells[0]!) || OTHER_ROW.test(l.cells[0]!.trim());
    if (skipping) continue;
    const parts = l.cells && l.cells.length > 1 ? l.cells : [l.text];
    const full = parts.join(', ');
    // "Advanced: Java, SQL; Intermediate: Python, React": several labelled groups on one line.
    const chunks = full.split(/\s*[;|]\s*(?=[^:,;|]{2,30}:\s)/);
    if (chunks.length > 1 && chunks.every((c) => /^[^:,]{2,40}:\s*\S/.test(c))) {
      for (const c of chunks) {
        const [, name, rest] = /^([^:,]{2,40}):\s*(.*)$/.exec(c)!;
        const items = skillItems(rest!);
        if (items.length) groups.push({ name: name!.trim(), keywords: items });
      }
      pendingLabel = undefined;
      open = undefined;
      continue;
    }
    // "Languages    C++    C    Rust": a label cell in bold, then one keyword per cell.
    const solidRuns = l.runs.filter((r) => r.text.trim());
    if (l.cells && l.cells.length >= 3 && solidRuns[0]?.bold && solidRuns.slice(1).every((r) => !r.bold) && l.cells[0] === solidRuns[0].text.trim() && l.cells[0].split(/\s+/).length <= 4) {
      groups.push({ name: l.cells[0].replace(/:$/, ''), keywords: l.cells.slice(1).flatMap(skillItems) });
      pendingLabel = undefined;
      open = undefined;
      continue;
    }
    // ("IT skills    Languages: TypeScript, …": the value cell is itself a labelled row, the first of a column of
    // them beside the outer label)
    const pair = l.cells && l.cells.length === 2 && !l.cells[0]!.includes(',') && l.cells[1]!.includes(',') ? l.cells : undefined;
    const m = /^([^:,]{2,40}):\s*(.*)$/.exec(pair ? (LABELLED.test(pair[1]!) ? pair[1]! : `${pair[0]}: ${pair[1]}`) : full);
    if (m) {
      const items = skillItems(m[2]!);
      const g = { name: m[1]!.trim(), keywords: items };
      if (items.length) groups.push(g);
      else pendingLabel = m[1]!.trim();
      // (a list ending in a comma goes on on the next line: "Infrastructure: Kafka, …, Azure," / "Terraform")
      open = items.length && /,$/.test(l.text.trim()) ? g : undefined;
      continue;
    }
    // A table of skills and their levels ("Skill | Proficiency", "Consolidation | Advanced", "Power BI | Advanced"):
    // each row a skill, the header row none.
    if (parts.length === 2 && /^(?:skills?|name|technology|tools?)$/i.test(parts[0]!.trim()) && /^(?:proficiency|level|expertise|experience|years)$/i.test(parts[1]!.trim())) continue;
    const levelRow = (o: Line | undefined) => !!o?.cells && o.cells.length === 2 && isSkillLevel(o.cells[1]!);
    if (levelRow(l) && (levelRow(lines[at - 1]) || levelRow(lines[at + 1]))) {
      const item = l.cells![0]!.trim();
      if (open && !open.name) open.keywords.push(item);
      else { open = { keywords: [item] }; groups.push(open); }
      pendingLabel = undefined;
      continue;
    }
    // "Languages — Expert" over its keywords: the group's name; a level on its own line says nothing more.
    const named = NAME_LEVEL.exec(parts.length === 2 && isSkillLevel(parts[1]!) ? `${parts[0]} — ${parts[1]}` : l.text.trim());
    if (named && !/,/.test(named[1]!)) { pendingLabel = named[1]!.trim(); open = undefined; continue; }
    if (isSkillLevel(full)) continue;
    // (a Word heading names a group only over lines of a lower level: LibreOffice may make every line a heading)
    const headingLabel = (l.heading ?? 0) > 0 && lines.some((m) => !m.heading || m.heading > l.heading!);
    if (plainExists && ((l.bold ?? 0) >= 0.99 || headingLabel) && !isItemLine(l) && !l.cells && !/[,;·|]/.test(l.text) && l.text.split(/\s+/).length <= 5) {
      pendingLabel = pendingLabel ? `${pendingLabel} ${l.text.trim()}` : l.text.trim();
      open = undefined;
      continue;
    }
    // "DevOps AWS, Docker, …": a bold label run before plain keywords, with no colon or wide gap between.
    const solid = l.runs.filter((r) => r.text.trim());
    const lead = solid.findIndex((r) => !r.bold);
    if (!l.cells && lead > 0 && solid.slice(lead).every((r) => !r.bold)) {
      const name = solid.slice(0, lead).map((r) => r.text.trim()).join(' ');
      const items = skillItems(solid.slice(lead).map((r) => r.text).join(' '));
      if (name.split(/\s+/).length <= 4 && items.length) { groups.push({ name, keywords: items }); pendingLabel = undefined; open = undefined; continue; }
    }
    const items = tagsOf(l) ?? skillItems(full);
    if (pendingLabel) { open = { name: pendingLabel, keywords: items }; groups.push(open); pendingLabel = undefined; continue; }
    // Lines under a bold group name, or a plain list, keep adding to the same group.
    if (open && items.length) { open.keywords.push(...items); continue; }
    if (items.length) { open = { keywords: items }; groups.push(open); }
  }
  // Europass rows "Mother tongue(s)", "Other language(s)", "Driving licence" sit under skills but are not skills.
  // Rows of a combined "Skills & Interests" section that are not skills: spoken languages with their levels
  // ("Language: English (native), Mandarin (native)"), certificates, interests.
  // (a skill's level in brackets is not part of its name: "SQL (expert)", "Python (90%)")
  return groups.filter((g) => !NOT_SKILLS.test(g.name ?? '') && !OTHER_ROW.test(g.name ?? '') && !spokenLanguages(g))
    .map((g) => {
      const keywords = (g.keywords as unknown[] | undefined)?.map((k) => (typeof k === 'string' ? k.replace(LEVEL_AFTER, '') : k));
      return g.name ? { ...g, keywords } : { keywords };
    });
}

const OTHER_ROW = /^(?:certifications?|certificates?|interests?|hobbies|activities|awards?|honou?rs)$/i;
const SPOKEN_LEVEL = /\b(?:native|mother tongue|fluent|fluency|bilingual|conversational|proficient|professional working|working proficiency|elementary|basic|intermediate|advanced|beginner|[ABC][12])\b/i;
const SPOKEN_ONLY = /\b(?:native|mother tongue|fluent|bilingual|conversational|working proficiency|[ABC][12])\b/i;
/** A "Languages" row whose items carry speaking levels: spoken languages, not programming ones. */
function spokenLanguages(g: SkillGroup): boolean {
  const items = (g.keywords ?? []) as string[];
  // (one level that only a spoken language has, at least: "Java (advanced), Python (intermediate)" are skills)
  return /^(?:spoken )?languages?$/i.test(g.name ?? '') && items.length > 0 && items.filter((k) => SPOKEN_LEVEL.test(k)).length >= 0.5 * items.length
    && items.some((k) => SPOKEN_ONLY.test(k));
}

const NOT_SKILLS = /\b(mother tongue|other language|driving licen[cs]e|driver'?s licen[cs]e)/i;
