import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { buildDocx, buildEncryptedDocxStub } from '../../../scripts/lib/docx-writer.mjs';
import { sampleResumeDocx } from '../../../scripts/lib/docx-samples.mjs';
import { DEFAULT_LIMITS, ResumeError } from '../../errors.js';
import type { Document, Line } from '../../types.js';
import { readDocx } from './index.js';
import { errorOf } from '../../../test/helpers.js';

const read = (spec: Parameters<typeof buildDocx>[0]): Document => readDocx(buildDocx(spec), DEFAULT_LIMITS);
const texts = (doc: Document) => doc.lines.map((l) => l.text);
const byText = (doc: Document, text: string): Line => {
  const line = doc.lines.find((l) => l.text === text);
  if (!line) throw new Error(`no line "${text}" in ${JSON.stringify(texts(doc))}`);
  return line;
};

describe('readDocx: paragraphs and styles', () => {
  it('reads headings from the style chain (Title, Heading 1/2, basedOn, outline level)', () => {
    const doc = read({
      styles:
        '<w:style w:type="paragraph" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Heading2"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="Outlined"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>',
      body: [
        { p: 'Jane Doe', style: 'Title' },
        { p: 'Experience', style: 'Heading1' },
        { p: 'Projects', style: 'Heading2' },
        { p: 'Awards', style: 'SectionTitle' },
        { p: 'Deep', style: 'Outlined' },
        'Plain text',
      ],
    });
    expect(doc.kind).toBe('docx');
    expect(doc.lines.map((l) => [l.text, l.heading, l.style])).toEqual([
      ['Jane Doe', 1, 'Title'],
      ['Experience', 1, 'heading 1'],
      ['Projects', 2, 'heading 2'],
      ['Awards', 2, 'Section Title'],
      ['Deep', 3, 'Outlined'],
      ['Plain text', undefined, 'Normal'],
    ]);
    expect(doc.lines.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(doc.lines.every((l) => l.page === 1 && l.region === 'body' && l.blockStart)).toBe(true);
  });

  it('resolves run properties: docDefaults, style, character style, direct formatting', () => {
    const doc = read({
      body: [
        { p: 'Experience', style: 'Heading1' },
        { p: [{ text: 'Big', size: 14 }, ' normal ', { text: 'strong', style: 'Strong' }, { text: ' it', italic: true }] },
        { p: [{ text: 'Not bold', bold: false }], style: 'Heading1' },
      ],
    });
    const heading = byText(doc, 'Experience');
    expect(heading.runs[0]).toMatchObject({ text: 'Experience', bold: true, fontSize: 16 });
    expect(heading.bold).toBe(1);
    expect(heading.fontSize).toBe(16);
    const mixed = byText(doc, 'Big normal strong it');
    expect(mixed.runs.map((r) => [r.text, !!r.bold, !!r.italic, r.fontSize])).toEqual([
      ['Big', false, false, 14],
      [' normal ', false, false, 11],
      ['strong', true, false, 11],
      [' it', false, true, 11],
    ]);
    expect(mixed.fontSize).toBe(11);
    expect(mixed.bold).toBeCloseTo(6 / 17, 2);
    expect(byText(doc, 'Not bold').bold).toBe(0);
  });

  it('reads spacing before (points), alignment and page size', () => {
    const doc = read({ body: [{ p: 'Centered', align: 'center', spacingBefore: 18 }, { p: 'Justified', align: 'both' }, { p: 'Heading', style: 'Heading1' }] });
    expect(byText(doc, 'Centered')).toMatchObject({ align: 'center', gapBefore: 18 });
    expect(byText(doc, 'Justified').align).toBe('justify');
    expect(byText(doc, 'Heading').gapBefore).toBe(12);
    expect(doc.pages).toEqual([{ number: 1, columns: 1, images: 0, width: 612, height: 792 }]);
  });

  it('splits tab-separated parts into cells and line breaks into lines', () => {
    const doc = read({ body: [{ p: [{ text: 'Senior Engineer\tMar 2021 – Present', bold: true }] }, '\tRight only', 'Line one\nLine two'] });
    const row = byText(doc, 'Senior Engineer  Mar 2021 – Present');
    expect(row.cells).toEqual(['Senior Engineer', 'Mar 2021 – Present']);
    expect(row.bold).toBe(1);
    expect(byText(doc, 'Right only').cells).toBeUndefined();
    expect(byText(doc, 'Line one').blockStart).toBe(true);
    expect(byText(doc, 'Line two')).toMatchObject({ blockStart: false, gapBefore: 0 });
  });

  it('sets words apart by three spaces or more as a tab does (chips spaced out by hand), not by one or two', () => {
    const doc = read({ body: ['Employee relations   Performance management    Workday', 'One sentence.  Another one.'] });
    expect(byText(doc, 'Employee relations  Performance management  Workday').cells).toEqual(['Employee relations', 'Performance management', 'Workday']);
    expect(byText(doc, 'One sentence. Another one.').cells).toBeUndefined();
  });

  it('skips empty paragraphs but carries their space into the next gap', () => {
    const doc = read({ body: ['First', '', '', 'Second'] });
    expect(texts(doc)).toEqual(['First', 'Second']);
    expect(byText(doc, 'Second').gapBefore).toBeGreaterThan(byText(doc, 'First').gapBefore!);
  });

  it('counts explicit page breaks as pages', () => {
    const doc = read({ body: ['Page one\fPage two', { p: 'Page three', pageBreakBefore: true }] });
    expect(doc.lines.map((l) => [l.text, l.page])).toEqual([
      ['Page one', 1],
      ['Page two', 2],
      ['Page three', 3],
    ]);
    expect(doc.pages.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('does not count a page break before the first body paragraph, even after a header', () => {
    const doc = read({ header: ['Header'], body: [{ p: 'First', pageBreakBefore: true }, { table: [['Cell\fNext page']] }] });
    expect(doc.lines.map((l) => [l.text, l.page])).toEqual([
      ['Header', 1],
      ['First', 1],
      ['Cell', 1],
      ['Next page', 2],
    ]);
  });

  it('resolves namespaces by URI, not by the prefix a producer chose', () => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const custom = `<ns0:document xmlns:ns0="${W}"><ns0:body><ns0:p><ns0:pPr><ns0:pStyle ns0:val="Heading1"/></ns0:pPr><ns0:r><ns0:t>Renamed prefix</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>`;
    const doc = read({ parts: { 'word/document.xml': custom } });
    expect(doc.lines.map((l) => [l.text, l.heading])).toEqual([['Renamed prefix', 1]]);
    const wrong = `<w:document xmlns:w="urn:not-word"><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`;
    expect(() => read({ parts: { 'word/document.xml': wrong } })).toThrow(ResumeError);
  });

  it('reads title, creator and producer from docProps', () => {
    const doc = read({ body: ['x'], title: 'My Resume', creator: 'Jane Doe' });
    expect(doc.meta).toMatchObject({ title: 'My Resume', creator: 'Jane Doe', producer: 'passthebot docx-writer' });
    expect(doc.meta.bytes).toBeGreaterThan(1000);
  });

  it('reports multi-column sections and counts pictures', () => {
    const doc = read({ columns: 2, body: [{ p: [{ image: true }, 'Caption'] }], header: [{ p: [{ image: true }] }] });
    expect(doc.pages[0]).toMatchObject({ columns: 2, images: 2 });
  });
});

describe('readDocx: lists', () => {
  it('turns bullet formats into "•" and ordered formats into their numbers, with levels', () => {
    const doc = read({
      body: [
        { p: 'First bullet', list: 'bullet' },
        { p: 'Nested bullet', list: 'bullet', level: 1 },
        { p: 'Step one', list: 'number' },
        { p: 'Sub step', list: 'number', level: 1 },
        { p: 'Sub step two', list: 'number', level: 1 },
        { p: 'Step two', list: 'number' },
        { p: 'Sub again', list: 'number', level: 1 },
      ],
    });
    expect(doc.lines.map((l) => [l.text, l.bullet, l.listLevel])).toEqual([
      ['First bullet', '•', 0],
      ['Nested bullet', '•', 1],
      ['Step one', '1.', 0],
      ['Sub step', 'a)', 1],
      ['Sub step two', 'b)', 1],
      ['Step two', '2.', 0],
      ['Sub again', 'a)', 1],
    ]);
  });

  it('takes list membership from a paragraph style and honours startOverride', () => {
    const doc = read({
      styles: '<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>',
      numbering: '<w:num w:numId="7"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>',
      body: [{ p: 'Styled bullet', style: 'ListBullet' }, { p: 'Fourth', numId: 7 }],
    });
    expect(byText(doc, 'Styled bullet')).toMatchObject({ bullet: '•', listLevel: 0 });
    expect(byText(doc, 'Fourth').bullet).toBe('4.');
  });

  it('turns a typed bullet or a Wingdings symbol into the bullet, recording the private-use glyph', () => {
    const doc = read({ body: ['• Typed bullet', '- Dash bullet', { p: [{ sym: 'F0A7' }, '\tSymbol bullet'] }] });
    expect(byText(doc, 'Typed bullet').bullet).toBe('•');
    expect(byText(doc, 'Dash bullet').bullet).toBe('-');
    const sym = byText(doc, 'Symbol bullet');
    expect(sym.bullet).toBe('•');
    expect(doc.repairs).toContainEqual(expect.objectContaining({ kind: 'private-use-glyph', line: sym.index, count: 1 }));
  });

  it('keeps the number of a heading numbered by its style (LibreOffice outline numbering) as part of the heading', () => {
    const doc = read({
      styles: '<w:style w:type="paragraph" w:styleId="NumHeading"><w:name w:val="Num Heading"/><w:basedOn w:val="Heading1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr></w:style>',
      numbering: '<w:abstractNum w:abstractNumId="9"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="9"/></w:num>',
      body: [{ p: 'Profile', style: 'NumHeading' }, 'Firmware engineer.', { p: 'Professional Experience', style: 'NumHeading' }],
    });
    expect(byText(doc, 'I. Profile')).toMatchObject({ heading: 1 });
    expect(byText(doc, 'II. Professional Experience').bullet).toBeUndefined();
  });

  it('reads a letter o and a tab at the start of a paragraph as a typed second-level bullet', () => {
    const doc = read({ body: ['o\tBuild times fell from 14 minutes to 3.', 'o\tbrother of the author', 'Go\tRust'] });
    expect(byText(doc, 'Build times fell from 14 minutes to 3.').bullet).toBe('◦');
    expect(doc.lines.find((l) => l.text.includes('brother'))!.bullet).toBeUndefined();
  });
});

describe('readDocx: tables, text boxes, headers and footers', () => {
  it('reads tables cell by cell, with lists in cells and nested tables', () => {
    const doc = read({
      body: [
        'Before',
        {
          table: [
            ['Languages', [{ p: 'Go', list: 'bullet' }, { p: 'Rust', list: 'bullet' }]],
            ['Nested', [{ table: [['Inner A', 'Inner B']] }]],
          ],
        },
        'After',
      ],
    });
    expect(texts(doc)).toEqual(['Before', 'Languages', 'Go', 'Rust', 'Nested', 'Inner A', 'Inner B', 'After']);
    expect(byText(doc, 'Languages')).toMatchObject({ region: 'table', table: { table: 0, row: 0, cell: 0 } });
    expect(byText(doc, 'Rust')).toMatchObject({ region: 'table', bullet: '•', table: { table: 0, row: 0, cell: 1 } });
    expect(byText(doc, 'Inner B')).toMatchObject({ region: 'table', table: { table: 1, row: 0, cell: 1 } });
    expect(byText(doc, 'After').region).toBe('body');
    const tableRepairs = doc.repairs.filter((r) => r.kind === 'table');
    expect(tableRepairs.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(tableRepairs.every((r) => r.page === 1)).toBe(true);
  });

  it('reads a text box once: the AlternateContent Choice, not the VML Fallback', () => {
    const doc = read({ body: ['Anchor paragraph', { textbox: ['linkedin.com/in/jane', 'Second line'] }, 'After'] });
    expect(texts(doc)).toEqual(['Anchor paragraph', 'linkedin.com/in/jane', 'Second line', 'After']);
    expect(byText(doc, 'linkedin.com/in/jane').region).toBe('textbox');
    expect(doc.repairs.filter((r) => r.kind === 'text-box').map((r) => r.line)).toEqual([1, 2]);
  });

  it('reads VML-only and DrawingML-only text boxes where they are anchored', () => {
    const doc = read({ body: [{ p: ['Anchor ', { textbox: ['In VML'], mode: 'vml' }] }, { textbox: ['In DrawingML'], mode: 'drawing' }, 'End'] });
    expect(texts(doc)).toEqual(['Anchor', 'In VML', 'In DrawingML', 'End']);
    expect(doc.lines.filter((l) => l.region === 'textbox').map((l) => l.text)).toEqual(['In VML', 'In DrawingML']);
  });

  it('puts header lines first and footer lines last, each header once', () => {
    const doc = read({
      header: ['Jane Doe · jane@example.com'],
      footer: ['Page footer'],
      body: ['Body one', { sectionBreak: true }, 'Body two'],
    });
    expect(texts(doc)).toEqual(['Jane Doe · jane@example.com', 'Body one', 'Body two', 'Page footer']);
    expect(doc.lines.map((l) => l.region)).toEqual(['header', 'body', 'body', 'footer']);
    expect(doc.repairs.filter((r) => r.kind === 'header-footer')).toEqual([
      expect.objectContaining({ page: 1, line: 0 }),
      expect.objectContaining({ page: 1, line: 3 }),
    ]);
  });

  it('reads the first-page header when the section has a different first page', () => {
    const doc = read({ firstHeader: ['First page contact'], header: ['Running header'], body: ['Body'] });
    expect(texts(doc)).toEqual(['First page contact', 'Running header', 'Body']);
  });

  it('keeps header text in the header region even inside a header table', () => {
    const doc = read({ header: [{ table: [['Jane Doe', 'jane@example.com']] }], body: ['Body'] });
    expect(doc.lines.slice(0, 2).map((l) => [l.text, l.region, l.table?.cell])).toEqual([
      ['Jane Doe', 'header', 0],
      ['jane@example.com', 'header', 1],
    ]);
  });
});

describe('readDocx: links, fields and hidden content', () => {
  it('resolves hyperlinks through the part relationships (body and header)', () => {
    const doc = read({
      header: [{ p: [{ link: 'mailto:jane@example.com', text: 'jane@example.com' }] }],
      body: [{ p: ['GitHub: ', { link: 'https://github.com/jane', text: 'github.com/jane' }] }],
    });
    expect(byText(doc, 'jane@example.com').runs[0]!.link).toBe('mailto:jane@example.com');
    const gh = byText(doc, 'GitHub: github.com/jane');
    expect(gh.runs.map((r) => [r.text, r.link])).toEqual([
      ['GitHub: ', undefined],
      ['github.com/jane', 'https://github.com/jane'],
    ]);
  });

  it('keeps field results, drops field codes, and reads HYPERLINK fields as links', () => {
    const field = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const doc = read({
      body: [
        { raw: `<w:p><w:r><w:t xml:space="preserve">Site: </w:t></w:r>${field(' HYPERLINK "https://jane.dev" ', 'jane.dev')}</w:p>` },
        { raw: `<w:p><w:r><w:t xml:space="preserve">Updated </w:t></w:r>${field(' DATE \\@ "MMMM yyyy" ', 'May 2024')}</w:p>` },
        { raw: '<w:p><w:fldSimple w:instr=" HYPERLINK &quot;https://x.dev&quot; "><w:r><w:t>x.dev</w:t></w:r></w:fldSimple></w:p>' },
      ],
    });
    expect(texts(doc)).toEqual(['Site: jane.dev', 'Updated May 2024', 'x.dev']);
    expect(byText(doc, 'Site: jane.dev').runs[1]).toMatchObject({ text: 'jane.dev', link: 'https://jane.dev' });
    expect(byText(doc, 'x.dev').runs[0]!.link).toBe('https://x.dev');
  });

  it('skips deleted tracked changes and keeps insertions', () => {
    const doc = read({
      body: [{ raw: '<w:p><w:r><w:t xml:space="preserve">Led </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>three</w:delText></w:r></w:del><w:ins w:id="2" w:author="A"><w:r><w:t>five</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> teams</w:t></w:r></w:p>' }],
    });
    expect(texts(doc)).toEqual(['Led five teams']);
  });

  it('reads content controls (w:sdt) at block and run level', () => {
    const doc = read({
      body: [
        { raw: '<w:sdt><w:sdtPr><w:alias w:val="Name"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>Jane Doe</w:t></w:r></w:p></w:sdtContent></w:sdt>' },
        { raw: '<w:p><w:r><w:t xml:space="preserve">Phone: </w:t></w:r><w:sdt><w:sdtContent><w:r><w:t>555-0100</w:t></w:r></w:sdtContent></w:sdt></w:p>' },
      ],
    });
    expect(texts(doc)).toEqual(['Jane Doe', 'Phone: 555-0100']);
  });

  it('skips hidden runs and records them', () => {
    const doc = read({ body: [{ p: ['Python developer', { text: ' kubernetes terraform aws', hidden: true }] }, { p: [{ text: 'All hidden', hidden: true }] }] });
    expect(texts(doc)).toEqual(['Python developer']);
    const hidden = doc.repairs.filter((r) => r.kind === 'hidden-text');
    expect(hidden).toEqual([
      expect.objectContaining({ page: 1, line: 0, before: 'kubernetes terraform aws' }),
      expect.objectContaining({ page: 1, before: 'All hidden' }),
    ]);
    expect(hidden[1]!.line).toBeUndefined();
  });

  it('normalises ligatures, soft hyphens, non-breaking and repeated spaces, with repairs', () => {
    const doc = read({ body: ['Veri\uFB01ed e\uFB03cient work\u00ADflows', 'Jane\u00A0Doe  here'] });
    expect(texts(doc)).toEqual(['Verified efficient workflows', 'Jane Doe here']);
    expect(doc.repairs).toContainEqual(expect.objectContaining({ kind: 'ligature', page: 1, line: 0, count: 2, after: 'Verified efficient workflows' }));
    expect(doc.repairs).toContainEqual(expect.objectContaining({ kind: 'soft-hyphen', page: 1, line: 0, count: 1 }));
    expect(byText(doc, 'Verified efficient workflows').runs[0]!.text).toBe('Verified efficient workflows');
    expect(doc.meta.glyphs).toEqual({ ligatures: 2, privateUse: 0, softHyphens: 1 });
  });
});

describe('readDocx: hostile and unreadable packages', () => {
  it('rejects a DOCTYPE (entity expansion) as CORRUPT without expanding it', () => {
    const lol = '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    const err = errorOf(() => read({ prolog: lol, body: [{ raw: '<w:p><w:r><w:t>&lol3;</w:t></w:r></w:p>' }] }));
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toMatch(/DOCTYPE/);
  });

  it('rejects a DOCTYPE in styles.xml too', () => {
    const err = errorOf(() => read({ stylesXml: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>', body: ['x'] }));
    expect(err.code).toBe('CORRUPT');
  });

  it('rejects absurdly deep nesting as CORRUPT instead of overflowing the stack', () => {
    const deep = '<w:sdt><w:sdtContent>'.repeat(5000) + '<w:p/>' + '</w:sdtContent></w:sdt>'.repeat(5000);
    const err = errorOf(() => read({ body: [{ raw: deep }] }));
    expect(err.code).toBe('CORRUPT');
    expect(err.message).toMatch(/nested/);
  });

  it('rejects malformed XML as CORRUPT', () => {
    const err = errorOf(() => read({ body: [{ raw: '<w:p><w:r><w:t>unclosed</w:r></w:p>' }] }));
    expect(err.code).toBe('CORRUPT');
  });

  it('refuses a zip that is not a DOCX, naming what it is', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    const err = errorOf(() => readDocx(xlsx, DEFAULT_LIMITS));
    expect(err.code).toBe('UNSUPPORTED_TYPE');
    expect(err.message).toMatch(/Excel/);
  });

  it('reports a password-protected DOCX (OLE EncryptedPackage) as ENCRYPTED', () => {
    const err = errorOf(() => readDocx(buildEncryptedDocxStub(), DEFAULT_LIMITS));
    expect(err.code).toBe('ENCRYPTED');
    expect(err.message).toMatch(/password/);
  });

  it('refuses files over the byte limit before unzipping', () => {
    const err = errorOf(() => readDocx(buildDocx({ body: ['x'] }), { ...DEFAULT_LIMITS, maxBytes: 100 }));
    expect(err.code).toBe('TOO_LARGE');
  });
});

describe('sampleResumeDocx', () => {
  it('reads as a senior engineer resume with contacts in the header', () => {
    const doc = readDocx(sampleResumeDocx(), DEFAULT_LIMITS);
    expect(doc.lines[0]).toMatchObject({ text: 'Maya Okafor', region: 'header' });
    expect(doc.lines[1]!.runs.some((r) => r.link === 'mailto:maya.okafor@example.com')).toBe(true);
    expect(doc.lines.filter((l) => l.heading === 1 && l.region === 'body').map((l) => l.text)).toEqual(['Senior Software Engineer', 'Experience', 'Education', 'Skills']);
    expect(byText(doc, 'Senior Software Engineer  Mar 2021 – Present').cells).toEqual(['Senior Software Engineer', 'Mar 2021 – Present']);
    expect(byText(doc, 'LinkedIn: linkedin.com/in/maya-okafor').region).toBe('textbox');
    expect(doc.lines.filter((l) => l.text.includes('linkedin'))).toHaveLength(1);
    expect(byText(doc, 'Kubernetes')).toMatchObject({ region: 'table', bullet: '•' });
    expect(doc.lines.filter((l) => l.bullet && l.region === 'body')).toHaveLength(6);
    expect(doc.lines[doc.lines.length - 1]!.region).toBe('footer');
    const texts = doc.lines.map((l) => l.text);
    expect(new Set(texts).size).toBe(texts.length);
  });
});
