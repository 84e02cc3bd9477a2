// Text repairs shared by the layout of every input kind.
import type { Line, Repair } from '../types.js';
import { cleanChars, noFixes } from '../ingest/docx/normalize.js';

/** Ligatures → letters, soft hyphens and private-use glyphs dropped, odd spaces → space; with repair records. */
export function normaliseText(s: string): { text: string; repairs: Omit<Repair, 'page'>[] } {
  const fixes = noFixes();
  const text = cleanChars(s, fixes);
  const repairs: Omit<Repair, 'page'>[] = [];
  if (fixes.ligatures) repairs.push({ kind: 'ligature', before: s, after: text, count: fixes.ligatures });
  if (fixes.privateUse) repairs.push({ kind: 'private-use-glyph', before: s, after: text, count: fixes.privateUse });
  if (fixes.softHyphens) repairs.push({ kind: 'soft-hyphen', before: s, after: text, count: fixes.softHyphens });
  return { text, repairs };
}

const BULLETS = new Set(['•', '◦', '▪', '▫', '‣', '●', '○', '■', '□', '►', '▶', '➢', '➤', '✓', '✔', '⁃', '∙', '·', '-', '–', '*', '◆', '◇', '♦', '\uf0b7', '\uf0a7', '\uf0d8', '\uf076', '\uf0fc', '\uf0a8',
  // Arrows, guillemets and stars that templates use as bullets.
  '▸', '→', '➔', '➜', '➙', '⇨', '⇒', '›', '»', '❖', '✦', '✧', '★', '☆', '◉', '⦿', '⬤', '❯']);

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
  const word = (toks: string[]) => toks.every((t) => /^\p{L}{1,2}$/u.test(t)) && toks.length >= 3 && toks.filter((t) => t.length === 1).length >= toks.length * 0.6;
  // Beside a letter-spaced word, a short one is letter-spaced too: "A B O U T   M E".
  const short = (toks: string[]) => toks.length >= 2 && toks.every((t) => /^\p{L}$/u.test(t));
  const spaced = parts.some(word);
  return parts.map((toks) => (word(toks) || (spaced && short(toks)) ? toks.join('') : toks.join(' '))).join(' ');
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
