// Icon-font glyphs that stand for a contact field: private-use code point → what the picture means.
// Source: the code points of Font Awesome Free 4.7, 5 and 6 (fontawesome.com/icons; the icons are CC BY 4.0, the
// code points are facts about the font, listed here by hand). Themes print an icon and then a bare handle
// ("[LinkedIn logo] dana-whitfield-okafor"); the icon is the only sign of the network. MIT, like the project.

/** A network name (as in a JSON Resume profile), or the kind of contact field the icon marks. */
export type IconMeaning = string;

const ICONS: [IconMeaning, number[]][] = [
  ['GitHub', [0xf09b, 0xf092, 0xf113]],
  ['LinkedIn', [0xf0e1, 0xf08c]],
  ['Twitter', [0xf099, 0xf081, 0xe61b, 0xe61a]],
  ['GitLab', [0xf296, 0xe5ae]],
  ['Stack Overflow', [0xf16c]],
  ['Medium', [0xf23a, 0xf3c7]],
  ['Dribbble', [0xf17d, 0xf397]],
  ['Behance', [0xf1b4, 0xf1b5]],
  ['Facebook', [0xf09a, 0xf082, 0xf39e]],
  ['Instagram', [0xf16d]],
  ['YouTube', [0xf167, 0xf16a]],
  ['Kaggle', [0xf5fa]],
  ['ORCID', [0xf8d2]],
  ['Mastodon', [0xf4f6]],
  ['Bitbucket', [0xf171]],
  ['CodePen', [0xf1cb]],
  ['DEV', [0xf6cc]],
  ['Reddit', [0xf1a1]],
  ['Telegram', [0xf2c6, 0xf3fe]],
  ['Skype', [0xf17e]],
  ['Discord', [0xf392]],
  ['Google Scholar', [0xe63b]],
  ['ResearchGate', [0xf4f8]],
  ['Hacker News', [0xf1d4]],
  ['Keybase', [0xf4f5]],
  ['npm', [0xf3d4]],
  // Contact fields, not networks: an e-mail, a phone, a place, a web page.
  ['email', [0xf0e0, 0xf003, 0xf2b6, 0xf199, 0xf1fa]],
  ['phone', [0xf095, 0xf098, 0xf10b, 0xf3cd, 0xf879, 0xf3ce]],
  ['location', [0xf041, 0xf3c5, 0xf276, 0xf015, 0xf124]],
  ['website', [0xf0ac, 0xf0c1, 0xf57d, 0xf57e]],
];

const BY_CODE = new Map<number, IconMeaning>(ICONS.flatMap(([m, codes]) => codes.map((c) => [c, m] as [number, IconMeaning])));

/** Contact-field kinds in the table that are not networks. */
export const FIELD_ICONS = new Set(['email', 'phone', 'location', 'website']);

/** The networks the table knows, by their display names ("GitHub", "Stack Overflow"). */
export const ICON_NETWORKS: readonly string[] = ICONS.map(([m]) => m).filter((m) => !FIELD_ICONS.has(m));

/**
 * What an icon glyph stands for, if the table knows it. `iconFont` says the glyph is set in an icon font; without
 * it only code points above U+F0FF count, because Symbol and Wingdings put their own glyphs at U+F020–U+F0FF.
 */
export function iconMeaning(text: string, iconFont: boolean): IconMeaning | undefined {
  const t = text.trim();
  if ([...t].length !== 1) return undefined;
  const code = t.codePointAt(0)!;
  if (!iconFont && code < 0xf100) return undefined;
  return BY_CODE.get(code);
}
