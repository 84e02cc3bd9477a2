import { strToU8, zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { applyActualText, decodeTextString, markedContent, needsActualText, pageContent, readObjects, type ContentEntry } from './actual-text.js';

const latin1 = (b: Uint8Array): string => String.fromCharCode(...b);

describe('markedContent', () => {
  it('lists BMC and BDC sequences in order, with the ActualText of inline property lists', () => {
    const content = [
      '/Artifact BMC q 0 0 10 10 re f Q EMC',
      '/P <</MCID 0>> BDC BT /F1 11 Tf 72 700 Td (Grew ) Tj',
      // a literal with an escaped parenthesis and an octal escape, and a hex UTF-16 string with its BOM
      '/Span <</ActualText (Q\\(u\\051)>> BDC <01> Tj EMC',
      '/Span<</ActualText<FEFF0066 0074>>>BDC (\\002) Tj EMC',
      'ET EMC /OC /oc1 BDC BT (x) Tj ET EMC',
    ].join('\n');
    expect(markedContent(content)).toEqual([{ tag: 'Artifact' }, { tag: 'P' }, { tag: 'Span', actualText: 'Q(u)' }, { tag: 'Span', actualText: 'ft' }, { tag: 'OC' }]);
  });

  it('does not read operators inside strings, comments or inline image data', () => {
    const content = [
      'BT (/Span BDC) Tj ET % /X BMC in a comment',
      'BI /W 4 /H 1 /BPC 8 /CS /G ID \x00/Q BMC\xff EI',
      '/Span <</ActualText (fi)>> BDC EMC',
    ].join('\n');
    expect(markedContent(content)).toEqual([{ tag: 'Span', actualText: 'fi' }]);
  });
});

describe('decodeTextString', () => {
  it('reads UTF-16BE and UTF-8 with their byte-order marks, and PDFDocEncoding otherwise', () => {
    expect(decodeTextString('\xFE\xFF\x00Q\x00u')).toBe('Qu');
    expect(decodeTextString('\xEF\xBB\xBF\xC3\xA9t\xC3\xA9')).toBe('été');
    // 0x84 is an em dash and 0x93 the fi ligature in PDFDocEncoding, not Latin-1's control characters
    expect(decodeTextString('a\x84b \x93')).toBe('a\u2014b \uFB01');
    expect(decodeTextString('caf\xE9')).toBe('café');
  });
});

const run = (str: string, x: number, width: number): ContentEntry => ({ str, width, transform: [11, 0, 0, 11, x, 700] });
const begin = (tag: string): ContentEntry => ({ type: 'beginMarkedContentProps', tag });
const end: ContentEntry = { type: 'endMarkedContent' };

describe('needsActualText', () => {
  it('is true for a glyph run pdf.js gave no text (or a raw code) inside marked content', () => {
    expect(needsActualText([run('Grew ', 72, 26), begin('Span'), run('', 100, 11), end])).toBe(true);
    expect(needsActualText([begin('Span'), run('\u0001', 100, 11), end])).toBe(true);
  });

  it('is false for text that reads, and for empty runs outside marked content', () => {
    expect(needsActualText([begin('P'), run('Chief Revenue O', 72, 80), begin('Span'), run('ffi', 152, 10), end, run('cer', 162, 15), end])).toBe(false);
    expect(needsActualText([run('', 100, 11)])).toBe(false);
    // (an icon font's glyph: the layout reads it)
    const icon = { ...run('\uF0E0', 100, 9), fontName: 'g_d0_f5' };
    expect(needsActualText([begin('Span'), icon, end], (f) => f === 'g_d0_f5')).toBe(false);
    expect(needsActualText([begin('Span'), { ...icon, fontName: 'g_d0_f7' }, end], (f) => f === 'g_d0_f5')).toBe(true);
  });
});

describe('applyActualText', () => {
  it('gives the glyph run its ActualText, spanning to the end of the last run of the sequence', () => {
    const entries = [begin('P'), run('Grew', 72, 26), begin('Span'), run(' ', 98, 2), run('', 100, 11), run('', 111, 5), end, run('illstream', 116, 45), end];
    const out = applyActualText(entries, [{ tag: 'P' }, { tag: 'Span', actualText: 'Qu' }]);
    expect(out.map((e) => e.str ?? '|')).toEqual(['|', 'Grew', '|', ' ', 'Qu', '', '|', 'illstream', '|']);
    expect(out[4]?.width).toBe(16);
    // the input is not changed
    expect(entries[4]?.str).toBe('');
  });

  it('leaves text that already reads as its ActualText (ligature characters included)', () => {
    const entries = [begin('Span'), run('\uFB03', 152, 10), end];
    expect(applyActualText(entries, [{ tag: 'Span', actualText: 'ffi' }])).toBe(entries);
  });

  it('lets an outer ActualText stand for the sequences nested in it', () => {
    const entries = [begin('Span'), run('x', 72, 5), begin('Span'), run('', 77, 5), end, end];
    const out = applyActualText(entries, [{ tag: 'Span', actualText: 'xft' }, { tag: 'Span', actualText: 'ft' }]);
    expect(out.map((e) => e.str ?? '|')).toEqual(['|', 'xft', '|', '', '|', '|']);
  });

  it('leaves the page alone when its sequences do not match pdf.js’s tag for tag (a form XObject, say)', () => {
    const entries = [begin('Span'), run('', 100, 11), end, begin('Span'), run('', 120, 11), end];
    expect(applyActualText(entries, [{ tag: 'Span', actualText: 'Qu' }])).toBe(entries);
    expect(applyActualText(entries, [{ tag: 'Span', actualText: 'Qu' }, { tag: 'P', actualText: 'ft' }])).toBe(entries);
  });
});

/** A small PDF (as latin1 text) from object bodies; `streams` maps an object number to its stream data. */
function pdf(objects: Record<number, string>, streams: Record<number, Uint8Array> = {}, trailer = '<< /Root 1 0 R >>'): Uint8Array {
  let s = '%PDF-1.7\n';
  for (const [n, body] of Object.entries(objects)) {
    const data = streams[Number(n)];
    s += data ? `${n} 0 obj\n${body}\nstream\n${latin1(data)}\nendstream\nendobj\n` : `${n} 0 obj\n${body}\nendobj\n`;
  }
  s += `trailer\n${trailer}\n%%EOF\n`;
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

describe('readObjects and pageContent', () => {
  const first = strToU8('/Span <</ActualText (Qu)>> BDC');
  const second = zlibSync(strToU8('(\\001) Tj EMC'));
  const page = '<< /Type /Page /Contents [4 0 R 5 0 R] >>';

  it('joins a page’s content streams, inflating Flate ones', () => {
    const file = readObjects(pdf({ 1: '<< /Type /Catalog >>', 3: page, 4: `<< /Length ${first.length} >>`, 5: `<< /Length ${second.length} /Filter /FlateDecode >>` }, { 4: first, 5: second }));
    expect(file).toBeDefined();
    const content = pageContent(file!, 3);
    expect(content).toBe('/Span <</ActualText (Qu)>> BDC\n(\\001) Tj EMC');
    expect(markedContent(content!)).toEqual([{ tag: 'Span', actualText: 'Qu' }]);
  });

  it('reads a page object packed in an object stream, and an indirect array of contents', () => {
    const pageDict = '<< /Type /Page /Contents 6 0 R >> ';
    const head = `3 0 6 ${pageDict.length} `;
    const packed = strToU8(`${head}${pageDict}[4 0 R]`);
    const file = readObjects(pdf({ 1: '<< /Type /Catalog >>', 2: `<< /Type /ObjStm /N 2 /First ${head.length} /Length ${packed.length} >>`, 4: `<< /Length ${first.length} >>` }, { 2: packed, 4: first }));
    expect(pageContent(file!, 3)).toBe('/Span <</ActualText (Qu)>> BDC');
  });

  it('gives up on other filters, a missing object and an encrypted file', () => {
    const file = readObjects(pdf({ 1: '<< /Type /Catalog >>', 3: '<< /Type /Page /Contents 4 0 R >>', 4: '<< /Length 3 /Filter /DCTDecode >>' }, { 4: strToU8('abc') }));
    expect(pageContent(file!, 3)).toBeUndefined();
    expect(pageContent(file!, 9)).toBeUndefined();
    expect(readObjects(pdf({ 1: '<< /Type /Catalog >>', 3: page }, {}, '<< /Root 1 0 R /Encrypt 7 0 R >>'))).toBeUndefined();
  });
});
