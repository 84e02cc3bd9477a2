// Text repairs shared by the layout of every input kind.
import type { Line, Repair } from '../types.js';
import { cleanChars, noFixes } from '../ingest/docx/normalize.js';

/** Spacing accents → the combining marks they stand for. */
const MARKS: Record<string, string> = {
  '\u00B4': '\u0301', '\u0060': '\u0300', '\u02C6': '\u0302', '^': '\u0302', '\u02DC': '\u0303', '\u00A8': '\u0308', '\u02C7': '\u030C',
  '\u02D8': '\u0306', '\u02DA': '\u030A', '\u02DD': '\u030B', '\u02D9': '\u0307', '\u00AF': '\u0304', '\u00B8': '\u0327',
};
const ACCENT_FIRST = /([\u00B4\u0060\u02C6^\u02DC\u00A8\u02C7\u02D8\u02DA\u02DD\u02D9\u00AF])(\p{L})/gu;
const CEDILLA_AFTER = /(\p{L})\u00B8/gu;

/**
 * An accent TeX set as a glyph of its own over the letter (fonts without accented letters: OT1), which the text
 * layer gives as two characters, "Montr´eal", "Franc¸ois": one letter, "Montréal", "François". Only where the
 * two make one precomposed letter, so "x^2" stays; an acute or grave only on a vowel, so "it´s" stays.
 */
function composeAccents(s: string): { text: string; count: number } {
  if (!/[\u00B4\u0060\u02C6^\u02DC\u00A8\u02C7\u02D8\u02DA\u02DD\u02D9\u00AF\u00B8]/u.test(s)) return { text: s, count: 0 };
  let count = 0;
  const compose = (all: string, letter: string, accent: string): string => {
    const one = (letter + MARKS[accent]!).normalize('NFC');
    if ([...one].length !== 1) return all;
    count++;
    return one;
  };
  // (´ and ` stand for apostrophes too, "it´s", "Master´s": only on a vowel are they accents)
  const text = s.replace(ACCENT_FIRST, (all, accent: string, letter: string) => ((accent === '\u00B4' || accent === '\u0060') && !/[aeiouy]/i.test(letter) ? all : compose(all, letter, accent))).replace(CEDILLA_AFTER, (all, letter: string) => compose(all, letter, '\u00B8'));
  return { text, count };
}

/**
 * Ligatures → letters, soft hyphens and private-use glyphs dropped, odd spaces → space, accents set apart put back
 * on their letters; with repair records.
 */
export function normaliseText(s: string): { text: string; repairs: Omit<Repair, 'page'>[] } {
  const fixes = noFixes();
  const accents = composeAccents(cleanChars(s, fixes));
  const text = accents.text;
  const repairs: Omit<Repair, 'page'>[] = [];
  if (accents.count) repairs.push({ kind: 'accent', before: s, after: text, count: accents.count });
  if (fixes.ligatures) repairs.push({ kind: 'ligature', before: s, after: text, count: fixes.ligatures });
  if (fixes.privateUse) repairs.push({ kind: 'private-use-glyph', before: s, after: text, count: fixes.privateUse });
  if (fixes.softHyphens) repairs.push({ kind: 'soft-hyphen', before: s, after: text, count: fixes.softHyphens });
  return { text, repairs };
}

const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '⁃', '∙', '·', '-', '–', '*', '◆', '◇', '♦', '\uf0b7', '\uf0a7', '\uf0d8', '\uf076', '\uf0fc', '\uf0a8',
  // Arrows, guillemets and stars that templates use as bullets.
  '▸', '→', '➔', '➜', '➙', '⇨', '⇒', '›', '»', '❖', '✦', '✧', '★', '☆', '◉', '⦿', '⬤', '❯',
  '▷', '▹', '▻', '◾', '◽', '◼', '◻', '⬥', '⬦', '☐', '☑', '➝', '➡', '⟶', '⯈', '⮞', '✱', '✶', '❍', '❑', '❒']);

/** The same glyphs, as a character class for a bullet typed at the start of a line. */
export const BULLET_PREFIX = new RegExp(`^\\s*([${[...BULLETS].join('').replace(/[-\\\]^]/g, '\\$&')}])\\s+(?=\\S)`, 'u');

export const isBulletGlyph = (t: string): boolean => BULLETS.has(t);

export const isIconFont = (name: string): boolean =>
  /fontawesome|font-awesome|materialicons|material-icons|academicons|fontello|icomoon|ionicons|wingdings|webdings|dingbats|simple-icons|tabler|bootstrap-icons|nerd ?font/i.test(name);

/**
 * "S U M M A R Y" → "SUMMARY"; "S U M M A RY" (a kerned pair) too. A run of three or more one- or two-letter
 * tokens, mostly single letters, becomes a word. Words in letter-spaced text are separated by two or more spaces.
 */
export function joinLetterSpaced(s: string): string {
  if (!/(?:^|\s)\p{L}{1,2}(?:\s\p{L}{1,2}){2,}(?:\s|$)/u.test(s)) return s;
  const parts = s.split(/\s{2,}/).map((part) => part.trim().split(' '));
  // (a kerned group of three, "E D U CAT I O N", "AWA R D S", once in a word)
  // (and a hyphen inside one: "F R O N T - E N D")
  const word = (toks: string[]) => toks.every((t) => /^(?:\p{L}{1,3}|-)$/u.test(t)) && toks.length >= 3 && /^\p{L}/u.test(toks[0]!) && /\p{L}$/u.test(toks[toks.length - 1]!) && toks.filter((t) => t.length === 1).length >= toks.length * 0.6
    && toks.filter((t) => t.length === 3).length <= 1;
  // Beside a letter-spaced word, a short one is letter-spaced too: "A B O U T   M E".
  const short = (toks: string[]) => toks.length >= 2 && toks.every((t) => /^\p{L}$/u.test(t));
  // ("S k i l l s & T o o l s", the word gaps as narrow as the letters': words on either side of a "&" or "/")
  const joined = (toks: string[]): string | undefined => {
    const groups: string[][] = [[]];
    const seps: string[] = [];
    for (const t of toks) {
      if (/^[&/+]$/.test(t)) { seps.push(t); groups.push([]); } else groups[groups.length - 1]!.push(t);
    }
    if (!seps.length || !groups.every(word)) return undefined;
    return groups.map((g, i) => (i ? ` ${seps[i - 1]} ` : '') + g.join('')).join('');
  };
  // ("P E R S O N A L DATA": a kerned word after the spaced one, its letters closed up by kerning, "DATA")
  const tailed = (toks: string[]): string | undefined => {
    const tail = toks[toks.length - 1]!;
    return toks.length >= 5 && /^\p{Lu}{4,}$/u.test(tail) && word(toks.slice(0, -1)) ? `${toks.slice(0, -1).join('')} ${tail}` : undefined;
  };
  const spaced = parts.some((toks) => word(toks) || joined(toks) !== undefined || tailed(toks) !== undefined);
  return parts.map((toks) => joined(toks) ?? tailed(toks) ?? (word(toks) || (spaced && short(toks)) ? toks.join('') : toks.join(' '))).join(' ');
}

const COMPOUND_PREFIX = /^(self|cross|multi|non|co|high|low|well|long|short|real|end|full|open|front|back|data|cloud|event|user|team|test|time|cost|mission|fault|large|small|semi|sub|pre|post|re|anti|inter|intra|de|e|on|off|in|out|over|under|top|third|first|second|one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/** True when the line's last run ends with a soft hyphen (U+00AD): normaliseText took it out of the line's text. */
function endsWithSoftHyphen(line: Line): boolean {
  for (let r = line.runs.length - 1; r >= 0; r--) {
    const t = line.runs[r]!.text.trimEnd();
    if (t) return t.endsWith('\u00AD');
  }
  return false;
}

/**
 * Joins words broken across lines with a hyphen ("distrib-" / "uted" → "distributed"). The second line's
 * first word moves up, so each line stays a whole sentence fragment. Compounds ("self-" / "hosted") keep the hyphen.
 * A soft hyphen (U+00AD, still in the line's last run) marks a hyphenation point: "obser\u00AD" / "vability" →
 * "observability", always without a hyphen and whatever the case of the second part.
 */
export function dehyphenate(lines: Line[], repairs: Repair[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!, b = lines[i + 1]!;
    if (a.page !== b.page && a.column !== undefined) continue;
    if (a.column !== b.column || b.bullet || a.region !== b.region) continue;
    const soft = /\p{L}$/u.test(a.text) && endsWithSoftHyphen(a);
    const m = soft ? null : /(\p{L}+)-$/u.exec(a.text);
    if (!soft && !m) continue;
    const n = (soft ? /^(\p{L}[\p{L}’']*)([,.;:)]*)(\s|$)/u : /^(\p{Ll}[\p{L}’']*)([,.;:)]*)(\s|$)/u).exec(b.text);
    if (!n) continue;
    const word = n[1]! + n[2]!;
    const joined = soft ? a.text + word : a.text.slice(0, -1) + (COMPOUND_PREFIX.test(m![1]!) ? '-' : '') + word;
    const repair: Repair = { kind: 'hyphenation', page: a.page, line: a.index, before: `${a.text}${soft ? '\u00AD' : ''} / ${b.text}`, after: joined };
    if (soft) repair.note = 'soft hyphen';
    repairs.push(repair);
    a.text = joined;
    b.text = b.text.slice(n[0].length).trim();
    if (!b.text) {
      lines.splice(i + 1, 1);
      for (let k = i + 1; k < lines.length; k++) lines[k]!.index = k;
    }
  }
}
