// Character-level clean-up shared by the DOCX and plain-text readers: what a person reads, with counts of
// what was changed so that the hazard stage can warn about it.

/** Separator between the cells of a tabbed line in Line.text ("Senior Engineer  2021 – Present"). */
export const CELL_SEPARATOR = '  ';

export interface CharFixes {
  ligatures: number;
  softHyphens: number;
  privateUse: number;
}

export const noFixes = (): CharFixes => ({ ligatures: 0, softHyphens: 0, privateUse: 0 });

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff', '\uFB01': 'fi', '\uFB02': 'fl', '\uFB03': 'ffi', '\uFB04': 'ffl', '\uFB05': 'st', '\uFB06': 'st',
};

// Ligatures, soft hyphen, the Unicode hyphens (U+2010, U+2011: a keyword search for "in-house" misses "in‐house"), private use area, odd spaces, zero-width characters and C0/C1 controls except tab/newline.
const SPECIAL = /[\uFB00-\uFB06\u00AD\u2010\u2011\uE000-\uF8FF\u00A0\u2000-\u200A\u202F\u205F\u3000\u200B-\u200D\u2060\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

const HAS_SPECIAL = new RegExp(SPECIAL.source);

/** Replaces ligatures by letters and Unicode hyphens by "-", drops soft hyphens, private-use glyphs and invisible characters, and turns odd spaces into spaces. */
export function cleanChars(s: string, fixes: CharFixes): string {
  if (!HAS_SPECIAL.test(s)) return s;
  return s.replace(SPECIAL, (c) => {
    const lig = LIGATURES[c];
    if (lig) {
      fixes.ligatures++;
      return lig;
    }
    if (c === '\u00AD') {
      fixes.softHyphens++;
      return '';
    }
    if (c === '\u2010' || c === '\u2011') return '-';
    const code = c.charCodeAt(0);
    if (code >= 0xe000 && code <= 0xf8ff) {
      fixes.privateUse++;
      return '';
    }
    if (c === '\u00A0' || (code >= 0x2000 && code <= 0x200a) || c === '\u202F' || c === '\u205F' || c === '\u3000') return ' ';
    return '';
  });
}

/** Collapses runs of whitespace to one space and trims. */
export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** True for a private-use code point (icon fonts, Symbol/Wingdings bullets). */
export const isPrivateUse = (code: number): boolean => code >= 0xe000 && code <= 0xf8ff;
