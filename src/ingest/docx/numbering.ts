// numbering.xml: list definitions. Turns (numId, ilvl) into the marker a reader sees: "•" for every bullet
// format (Word stores Symbol/Wingdings private-use glyphs there), "1." / "a)" / "iv." for ordered lists,
// with counters kept per list as the document is read.
import { child, children, type XmlElement } from './xml.js';
import type { Styles } from './styles.js';

export interface ListLevel {
  format: string;
  text: string;
  start: number;
}

interface AbstractNum {
  levels: Map<number, ListLevel>;
  styleLink?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, Partial<ListLevel>>;
}

export interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

function readLevel(lvl: XmlElement): ListLevel {
  const start = Number.parseInt(child(lvl, 'w:start')?.attrs['w:val'] ?? '1', 10);
  return {
    format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
    text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
    start: Number.isFinite(start) ? start : 1,
  };
}

export function parseNumbering(root: XmlElement | undefined): Numbering {
  const numbering: Numbering = { abstracts: new Map(), nums: new Map() };
  if (!root) return numbering;
  for (const a of children(root, 'w:abstractNum')) {
    const levels = new Map<number, ListLevel>();
    for (const lvl of children(a, 'w:lvl')) levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), readLevel(lvl));
    const abs: AbstractNum = { levels };
    const link = child(a, 'w:numStyleLink')?.attrs['w:val'];
    if (link) abs.styleLink = link;
    numbering.abstracts.set(a.attrs['w:abstractNumId'] ?? '', abs);
  }
  for (const n of children(root, 'w:num')) {
    const overrides = new Map<number, Partial<ListLevel>>();
    for (const o of children(n, 'w:lvlOverride')) {
      const ilvl = Number(o.attrs['w:ilvl'] ?? 0);
      const lvl = child(o, 'w:lvl');
      const over: Partial<ListLevel> = lvl ? readLevel(lvl) : {};
      const start = child(o, 'w:startOverride')?.attrs['w:val'];
      if (start !== undefined && Number.isFinite(Number(start))) over.start = Number(start);
      overrides.set(ilvl, over);
    }
    numbering.nums.set(n.attrs['w:numId'] ?? '', { abstractId: child(n, 'w:abstractNumId')?.attrs['w:val'] ?? '', overrides });
  }
  return numbering;
}

/** The definition of one list level, following a numStyleLink through the styles once. */
export function listLevel(numbering: Numbering, styles: Styles, numId: string, ilvl: number): ListLevel | undefined {
  const num = numbering.nums.get(numId);
  if (!num) return undefined;
  let abs = numbering.abstracts.get(num.abstractId);
  if (abs?.styleLink && abs.levels.size === 0) {
    const linkedNum = styles.byId.get(abs.styleLink)?.pPr.numId;
    const linked = linkedNum ? numbering.nums.get(linkedNum) : undefined;
    abs = linked ? numbering.abstracts.get(linked.abstractId) : undefined;
  }
  const base = abs?.levels.get(ilvl);
  const over = num.overrides.get(ilvl);
  if (!base && !over?.format) return undefined;
  return { format: 'decimal', text: '', start: 1, ...base, ...over };
}

function roman(n: number): string {
  const table: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let s = '';
  for (const [v, r] of table) {
    while (n >= v) {
      s += r;
      n -= v;
    }
  }
  return s;
}

function letters(n: number): string {
  // Word repeats the letter past z: 27 → "aa".
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatCounter(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter': return letters(n);
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerRoman': return roman(n);
    case 'upperRoman': return roman(n).toUpperCase();
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}

/** Counts list items as paragraphs are read and produces their markers. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private parsed?: Numbering;
  /** `load` runs on the first list paragraph only: many resumes have no lists, and numbering.xml can be large. */
  constructor(private readonly load: () => Numbering, private readonly styles: Styles) {}

  private get numbering(): Numbering {
    return (this.parsed ??= this.load());
  }

  /** The marker for the next item of list numId at level ilvl; undefined when the level shows none. */
  next(numId: string, ilvl: number): string | undefined {
    const level = listLevel(this.numbering, this.styles, numId, ilvl);
    if (!level || level.format === 'none') return undefined;
    if (level.format === 'bullet') return '•';
    let counts = this.counters.get(numId);
    if (!counts) this.counters.set(numId, (counts = []));
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    counts.length = ilvl + 1; // deeper levels restart
    const marker = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const lv = k === ilvl ? level : listLevel(this.numbering, this.styles, numId, k);
      const n = counts[k] ?? lv?.start ?? 1;
      return formatCounter(n, lv?.format ?? 'decimal');
    });
    return marker.trim() || undefined;
  }
}
