import { describe, expect, it } from 'vitest';
import { HyphenFlag, hyphensOfItems, inkOfItems, isLetterSpaced, letterSpacedTexts, matchItems, matchKey, opCodes, scanOperators, strIndexOfKeyOffset, type OpHyphens } from './operators.js';

// A made-up operator table: the codes only have to be distinct.
const OPS = { showText: 1, showSpacedText: 2, setTextRenderingMode: 3, save: 4, restore: 5, setGState: 6 };
const ops = opCodes(OPS);
const VIEW = [1, 0, 0, -1, 0, 792];
const PAGE: [number, number, number, number] = [0, 0, 612, 792];

/** A showText glyph array: "\u00AD" is a hyphen-wide soft hyphen; numbers are TJ adjustments. */
const glyphs = (...parts: (string | number)[]): unknown[] =>
  parts.flatMap((p): unknown[] => (typeof p === 'number' ? [p] : [...p].map((c) => ({ unicode: c, width: c === ' ' ? 250 : 500 }))));

function scan(...list: [number, unknown[]][]) {
  return scanOperators(
    list.map(([fn]) => fn),
    list.map(([, args]) => args),
    ops,
    VIEW,
    PAGE,
  );
}
const show = (...parts: (string | number)[]): [number, unknown[]] => [OPS.showText, [glyphs(...parts)]];

describe('scanOperators: printed soft hyphens', () => {
  it('records none (and no text pass) on a page without soft hyphens', () => {
    const s = scan(show('Improved observability'));
    expect(s.glyphs.softHyphens).toBe(0);
    expect(s.hyphens).toBeUndefined();
    expect(s.ink).toBeUndefined();
  });

  it('places a line-end soft hyphen after its key offset, not mid-line', () => {
    const s = scan(show('Improved obser\u00AD'), show('vability'));
    expect(s.glyphs.softHyphens).toBe(1);
    expect(s.hyphens).toEqual({ text: 'Improvedobservability', at: [13], flags: [0] });
  });

  it('flags a soft hyphen followed by more glyphs in the same operator as mid-line', () => {
    const s = scan(show('high\u00ADimpact work'));
    expect(s.hyphens?.at).toEqual([4]);
    expect(s.hyphens?.flags).toEqual([HyphenFlag.MidLine]);
  });

  it('flags a space glyph or a word-sized TJ gap before it', () => {
    expect(scan(show('2023 \u00AD 2024')).hyphens?.flags).toEqual([HyphenFlag.MidLine | HyphenFlag.SpaceBefore]);
    expect(scan([OPS.showSpacedText, [glyphs('2023', -300, '\u00AD', -300, '2024')]]).hyphens?.flags).toEqual([HyphenFlag.MidLine | HyphenFlag.SpaceBefore]);
    // Kerning is not a space.
    expect(scan([OPS.showSpacedText, [glyphs('high', -20, '\u00AD', 'impact')]]).hyphens?.flags).toEqual([HyphenFlag.MidLine]);
    // Only whitespace after it: still the end of the line.
    expect(scan(show('2022 \u00AD ')).hyphens?.flags).toEqual([HyphenFlag.SpaceBefore]);
  });

  it('ignores soft hyphens drawn with no advance or invisibly', () => {
    const zeroWidth = [{ unicode: 'a' }, { unicode: '\u00AD', width: 0 }, { unicode: 'b' }];
    const s = scan([OPS.showText, [zeroWidth]]);
    expect(s.glyphs.softHyphens).toBe(1);
    expect(s.hyphens).toBeUndefined();
    const hidden = scan([OPS.setTextRenderingMode, [3]], show('obser\u00AD'), [OPS.setTextRenderingMode, [0]], show('vability'));
    expect(hidden.hyphens).toBeUndefined();
    expect(hidden.ink?.text).toBe('observability');
  });

  it('shares one operator text with the hidden-text pass', () => {
    const s = scan(show('Visible obser\u00AD'), [OPS.setTextRenderingMode, [3]], show('hidden'));
    expect(s.ink?.text).toBe('Visibleobserhidden');
    expect(s.hyphens?.text).toBe(s.ink?.text);
    expect(s.hyphens?.at).toEqual([12]);
  });
});

describe('matchItems', () => {
  it('finds items in order, skips empty keys, resynchronises a little ahead and gives up further', () => {
    const text = 'abcdefghij' + 'x'.repeat(100) + 'far';
    expect(Array.from(matchItems(['abc', '', 'def', 'hij', 'far'], text))).toEqual([0, -1, 3, 7, -1]);
  });
  it('keeps inkOfItems working from precomputed starts', () => {
    const keys = ['ab', 'cd'];
    const ink = { text: 'abcd', kinds: Uint8Array.from([0, 0, 1, 1]) };
    expect(Array.from(inkOfItems(keys, ink, matchItems(keys, ink.text)))).toEqual([0, 1]);
  });
});

describe('hyphensOfItems', () => {
  const hy = (text: string, at: number[], flags = at.map(() => 0)): OpHyphens => ({ text, at, flags });

  it('puts a hyphen inside an item, or at its end', () => {
    const keys = ['Improvedobser', 'vability'].map(matchKey);
    expect(hyphensOfItems(keys, hy('Improvedobservability', [13]))).toEqual([{ item: 0, offset: 13, flags: 0 }]);
    expect(hyphensOfItems(['highimpactwork'], hy('highimpactwork', [4], [HyphenFlag.MidLine]))).toEqual([{ item: 0, offset: 4, flags: HyphenFlag.MidLine }]);
  });

  it('gives a hyphen between two items to the first, across blank and unmatched items', () => {
    const keys = ['obser', '', 'zzz', 'vability'];
    expect(hyphensOfItems(keys, hy('observability', [5]))).toEqual([{ item: 0, offset: 5, flags: 0 }]);
  });

  it('keeps several hyphens of one item in order', () => {
    expect(hyphensOfItems(['multiaccountandmultiVPC'], hy('multiaccountandmultiVPC', [5, 20]))).toEqual([
      { item: 0, offset: 5, flags: 0 },
      { item: 0, offset: 20, flags: 0 },
    ]);
  });

  it('drops a hyphen in text no item matched, and one after the last item', () => {
    // "lost" was not found as an item: its hyphen has nowhere to go.
    expect(hyphensOfItems(['abc', 'def'], hy('abclost' + 'def', [5]))).toEqual([]);
    expect(hyphensOfItems(['abc'], hy('abcdef', [5]))).toEqual([]);
    // At the end of the last matched item it is kept.
    expect(hyphensOfItems(['abc', 'nomatch'], hy('abcdef', [3]))).toEqual([{ item: 0, offset: 3, flags: 0 }]);
  });

  it('returns nothing when no item matches', () => {
    expect(hyphensOfItems(['xyz'], hy('observability', [5]))).toEqual([]);
  });
});

describe('strIndexOfKeyOffset', () => {
  it('counts non-space characters', () => {
    expect(strIndexOfKeyOffset('Improved obser', 13)).toBe(14);
    expect(strIndexOfKeyOffset('Sep. 2023 Mar. 2024', 8)).toBe(9);
    expect(strIndexOfKeyOffset('  high impact', 4)).toBe(6);
    expect(strIndexOfKeyOffset('abc', 0)).toBe(0);
  });
  it('follows NFKC for non-ASCII characters', () => {
    expect(strIndexOfKeyOffset('café\u00A0bar', 4)).toBe(4);
    expect(strIndexOfKeyOffset('e\uFB01x', 3)).toBe(2); // the ligature counts as "fi"
  });
  it('returns -1 past the end or inside a character that normalises to several', () => {
    expect(strIndexOfKeyOffset('abc', 4)).toBe(-1);
    expect(strIndexOfKeyOffset('e\uFB01x', 2)).toBe(-1);
  });
});

describe('letterSpacedTexts: word gaps of letter-spaced text from the glyphs', () => {
  it('knows text pdf.js spaced letter by letter, also where kerning closed some gaps ("J OAQ U Í N")', () => {
    expect(isLetterSpaced('P R I Y A R A M A N')).toBe(true);
    expect(isLetterSpaced('J OAQ U Í N I B A R RO L A')).toBe(true);
    expect(isLetterSpaced('Go, C, R and SQL')).toBe(false);
    expect(isLetterSpaced('AWS GCP K8S')).toBe(false);
  });
  it('takes the printed words back from the show-text glyphs', () => {
    const list: [number, unknown[]][] = [show('Summary'), show('JOAQUÍN IBARROLA')];
    const got = letterSpacedTexts(list.map(([fn]) => fn), list.map(([, a]) => a), ops, ['J OAQ U Í N I B A R RO L A', 'Summary']);
    expect([...got]).toEqual([['J OAQ U Í N I B A R RO L A', 'JOAQUÍN IBARROLA']]);
  });
});
