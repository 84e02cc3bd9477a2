// A small DOCX builder for tests and fixtures: plain ESM JavaScript, runs under plain `node` and Vitest.
// It writes just enough WordprocessingML for Word and LibreOffice to open the file and for our reader to be
// tested on every structure it handles: headings, lists, tables (nested, with lists in cells), text boxes
// (DrawingML in mc:AlternateContent with a VML fallback), hyperlinks, tabs, hidden runs, headers, footers,
// section breaks and raw XML for hostile cases. It also builds zip bombs in memory, cheaply.
//
// Blocks (body, header, footer, cell and text-box content):
//   "text"                                  a paragraph; "\t" becomes <w:tab/>, "\n" becomes <w:br/>
//   { p: Inline[] | string, style?, list?: 'bullet'|'number', level?, numId?, align?, spacingBefore? (pt),
//     pageBreakBefore?, pPr? (raw XML) }
//   { table: Cell[][] }                     a Cell is a string or a Block[] (may hold lists or tables)
//   { textbox: Block[], mode?: 'alternate'|'vml'|'drawing' }   a paragraph anchoring a text box
//   { sectionBreak: true }                  ends a section (each section gets its own header/footer parts)
//   { raw: '<w:p>…</w:p>' }                 injected as is
// Inlines: "text" | { text, bold?, italic?, size? (pt), font?, hidden?, style? (rStyle) }
//   | { link: url, text | runs } | { sym: 'F0B7', font? } | { image: true } | { raw: '<w:r>…</w:r>' }
import { deflateSync, strToU8, zipSync } from 'fflate';

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
};
const NS_ATTRS = `${Object.entries(NS).map(([p, u]) => `xmlns:${p}="${u}"`).join(' ')} mc:Ignorable="w14"`;
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A 1×1 transparent PNG, for picture counting. */
const PIXEL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

export const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const DEFAULT_STYLES = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="160" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:basedOn w:val="DefaultParagraphFont"/><w:qFormat/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`;

function bulletLevel(ilvl) {
  // Word's own bullets: Symbol U+F0B7 at even levels, "o" in Courier New at odd ones.
  const [text, font] = ilvl % 2 === 0 ? ['\uF0B7', 'Symbol'] : ['o', 'Courier New'];
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr></w:lvl>`;
}

function numberLevel(ilvl) {
  const [fmt, text] = [['decimal', '%1.'], ['lowerLetter', '%2)'], ['lowerRoman', '%3.']][ilvl % 3];
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (ilvl + 1)}" w:hanging="360"/></w:pPr></w:lvl>`;
}

const levels = (make) => Array.from({ length: 9 }, (_, i) => make(i)).join('');

/** numId 1 = bullets, numId 2 = decimal / letter / roman numbering. */
const DEFAULT_NUMBERING = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${levels(bulletLevel)}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${levels(numberLevel)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;

/** Relationship and id bookkeeping for one part (document, header or footer). */
class Part {
  constructor() {
    this.rels = [];
  }
  rel(type, target, external = false) {
    const id = `rId${this.rels.length + 1}`;
    this.rels.push(`<Relationship Id="${id}" Type="${REL_BASE}/${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`);
    return id;
  }
  relsXml() {
    return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.rels.join('')}</Relationships>`;
  }
}

class Writer {
  /** @param {() => string} sectPr writes the w:sectPr that ends the current section */
  constructor(sectPr) {
    this.sectPr = sectPr;
    this.media = [];
    this.shapeId = 0;
  }

  blocks(blocks, part) {
    return (blocks ?? []).map((b) => this.block(b, part)).join('');
  }

  block(b, part) {
    if (typeof b === 'string') return this.paragraph({ p: b }, part);
    if (b.raw !== undefined) return b.raw;
    if (b.table) return this.table(b.table, part);
    if (b.textbox) return `<w:p>${this.textbox(b, part)}</w:p>`;
    if (b.sectionBreak) return `<w:p><w:pPr>${this.sectPr()}</w:pPr></w:p>`;
    return this.paragraph(b, part);
  }

  paragraph(b, part) {
    let pPr = '';
    if (b.style) pPr += `<w:pStyle w:val="${b.style}"/>`;
    if (b.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
    if (b.list || b.numId) pPr += `<w:numPr><w:ilvl w:val="${b.level ?? 0}"/><w:numId w:val="${b.numId ?? (b.list === 'number' ? 2 : 1)}"/></w:numPr>`;
    if (b.spacingBefore !== undefined) pPr += `<w:spacing w:before="${Math.round(b.spacingBefore * 20)}"/>`;
    if (b.align) pPr += `<w:jc w:val="${b.align}"/>`;
    if (b.pPr) pPr += b.pPr;
    const inlines = typeof b.p === 'string' ? [b.p] : (b.p ?? []);
    return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${inlines.map((i) => this.inline(i, part)).join('')}</w:p>`;
  }

  inline(i, part) {
    if (typeof i === 'string') return this.run({ text: i });
    if (i.raw !== undefined) return i.raw;
    if (i.link !== undefined) {
      const id = part.rel('hyperlink', i.link, true);
      const runs = i.runs ?? [{ text: i.text ?? i.link }];
      return `<w:hyperlink r:id="${id}" w:history="1">${runs.map((r) => this.run({ style: 'Hyperlink', ...(typeof r === 'string' ? { text: r } : r) })).join('')}</w:hyperlink>`;
    }
    if (i.image) return `<w:r>${this.image(part)}</w:r>`;
    if (i.textbox) return this.textbox(i, part);
    return this.run(i);
  }

  run(r) {
    let rPr = '';
    if (r.style) rPr += `<w:rStyle w:val="${r.style}"/>`;
    if (r.font) rPr += `<w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}"/>`;
    if (r.bold) rPr += '<w:b/><w:bCs/>';
    if (r.bold === false) rPr += '<w:b w:val="0"/>';
    if (r.italic) rPr += '<w:i/><w:iCs/>';
    if (r.hidden) rPr += '<w:vanish/>';
    if (r.size) rPr += `<w:sz w:val="${Math.round(r.size * 2)}"/><w:szCs w:val="${Math.round(r.size * 2)}"/>`;
    const open = `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}`;
    if (r.sym) return `${open}<w:sym w:font="${r.font ?? 'Wingdings'}" w:char="${r.sym}"/></w:r>`;
    // "\t" → <w:tab/>, "\n" → <w:br/>, "\f" → a page break.
    const body = String(r.text ?? '')
      .split(/(\t|\n|\f)/)
      .map((s) => (s === '\t' ? '<w:tab/>' : s === '\n' ? '<w:br/>' : s === '\f' ? '<w:br w:type="page"/>' : s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : ''))
      .join('');
    return `${open}${body}</w:r>`;
  }

  table(rows, part) {
    const cols = Math.max(...rows.map((r) => r.length));
    const width = Math.floor(9360 / cols);
    const grid = `<w:tblGrid>${`<w:gridCol w:w="${width}"/>`.repeat(cols)}</w:tblGrid>`;
    const trs = rows
      .map((row) => `<w:tr>${row.map((cell) => {
        const content = typeof cell === 'string' ? this.paragraph({ p: cell }, part) : this.blocks(cell, part);
        // A cell must end with a paragraph.
        const safe = content.endsWith('</w:p>') ? content : `${content}<w:p/>`;
        return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${safe}</w:tc>`;
      }).join('')}</w:tr>`)
      .join('');
    return `<w:tbl><w:tblPr><w:tblStyle w:val="TableNormal"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr>${grid}${trs}</w:tbl>`;
  }

  /** A run holding a text box: DrawingML in AlternateContent with a VML fallback (what Word writes), or one of the two alone. */
  textbox(b, part) {
    const id = ++this.shapeId;
    const content = `<w:txbxContent>${this.blocks(b.textbox, part) || '<w:p/>'}</w:txbxContent>`;
    const drawing = `<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3657600</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2286000" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
    const vml = `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="TextBox${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" style="position:absolute;margin-left:4in;margin-top:0;width:180pt;height:72pt;z-index:${id}" filled="f" stroked="f"><v:textbox>${content}</v:textbox><w10:wrap type="square"/></v:shape></w:pict>`;
    const mode = b.mode ?? 'alternate';
    if (mode === 'vml') return `<w:r>${vml}</w:r>`;
    if (mode === 'drawing') return `<w:r>${drawing}</w:r>`;
    return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
  }

  image(part) {
    const n = this.media.length + 1;
    this.media.push(`media/image${n}.png`);
    const id = part.rel('image', `media/image${n}.png`);
    const shape = ++this.shapeId;
    return `<w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="914400" cy="914400"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:docPr id="${shape}" name="Picture ${shape}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${shape}" name="image${n}.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${id}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="914400" cy="914400"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>`;
  }
}

/**
 * Builds a DOCX in memory.
 * @param {object} spec
 * @param {Array} [spec.body] blocks of the document body (alias: spec.paragraphs)
 * @param {Array} [spec.header] default header blocks; [spec.firstHeader] a first-page header (sets titlePg)
 * @param {Array} [spec.footer] default footer blocks
 * @param {string} [spec.styles] extra <w:style> XML appended to the default styles ('' keeps defaults only)
 * @param {string} [spec.stylesXml] a whole styles.xml replacing the default one
 * @param {string|false} [spec.numbering] extra numbering XML appended (false: no numbering part)
 * @param {string} [spec.prolog] text inserted between the XML declaration and <w:document> (e.g. a DOCTYPE)
 * @param {object} [spec.parts] extra or replacement parts: { 'word/foo.xml': string | Uint8Array }
 * @param {string} [spec.title] @param {string} [spec.creator] docProps/core.xml
 * @param {number} [spec.columns] number of text columns in the section
 * @returns {Uint8Array}
 */
export function buildDocx(spec = {}) {
  const writer = new Writer(() => sectPr());
  const files = {};
  const overrides = [];
  const doc = new Part();
  let sections = 0;

  // Each section gets its own copies of the header/footer parts (as Word does when sections are unlinked).
  const sectPr = () => {
    const n = ++sections;
    let refs = '';
    const add = (kind, type, blocks) => {
      if (!blocks) return;
      const name = `${kind}${n}${type === 'first' ? 'f' : ''}.xml`;
      const part = new Part();
      const root = kind === 'header' ? 'w:hdr' : 'w:ftr';
      const style = kind === 'header' ? 'Header' : 'Footer';
      const xml = writer.blocks(blocks.map((b) => (typeof b === 'string' ? { p: b, style } : b)), part);
      files[`word/${name}`] = `${DECL}<${root} ${NS_ATTRS}>${xml || '<w:p/>'}</${root}>`;
      if (part.rels.length) files[`word/_rels/${name}.rels`] = part.relsXml();
      overrides.push([`/word/${name}`, `application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml`]);
      refs += `<w:${kind}Reference w:type="${type}" r:id="${doc.rel(kind, name)}"/>`;
    };
    add('header', 'default', spec.header);
    add('header', 'first', spec.firstHeader);
    add('footer', 'default', spec.footer);
    const cols = spec.columns && spec.columns > 1 ? `<w:cols w:num="${spec.columns}" w:space="720"/>` : '<w:cols w:space="720"/>';
    return `<w:sectPr>${refs}<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>${cols}${spec.firstHeader ? '<w:titlePg/>' : ''}</w:sectPr>`;
  };

  doc.rel('styles', 'styles.xml');
  if (spec.numbering !== false) doc.rel('numbering', 'numbering.xml');
  const body = writer.blocks(spec.body ?? spec.paragraphs ?? [], doc);
  const lastSect = sectPr();
  files['word/document.xml'] = `${DECL}${spec.prolog ?? ''}<w:document ${NS_ATTRS}><w:body>${body}${lastSect}</w:body></w:document>`;
  files['word/styles.xml'] = spec.stylesXml ?? `${DECL}<w:styles xmlns:w="${NS.w}">${DEFAULT_STYLES}${spec.styles ?? ''}</w:styles>`;
  if (spec.numbering !== false) {
    files['word/numbering.xml'] = `${DECL}<w:numbering xmlns:w="${NS.w}">${DEFAULT_NUMBERING}${typeof spec.numbering === 'string' ? spec.numbering : ''}</w:numbering>`;
    overrides.push(['/word/numbering.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml']);
  }
  for (const m of writer.media) files[`word/${m}`] = PIXEL_PNG;
  files['word/_rels/document.xml.rels'] = doc.relsXml();
  files['docProps/core.xml'] = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${escapeXml(spec.title ?? '')}</dc:title><dc:creator>${escapeXml(spec.creator ?? '')}</dc:creator></cp:coreProperties>`;
  files['docProps/app.xml'] = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>passthebot docx-writer</Application></Properties>`;
  files['_rels/.rels'] = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL_BASE}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files['[Content_Types].xml'] = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  Object.assign(files, spec.parts ?? {});

  const zipped = {};
  // [Content_Types].xml first, as Office writes it.
  for (const name of ['[Content_Types].xml', ...Object.keys(files).filter((n) => n !== '[Content_Types].xml')]) {
    const data = files[name];
    zipped[name] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipSync(zipped, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}

// ---------------------------------------------------------------------------------------------------------
// Zip bombs and other hostile packages.

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data) {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** Writes a zip by hand from already-compressed entries: { name, data, method, crc, size }. */
export function writeZip(entries) {
  const enc = new TextEncoder();
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(8, e.method, true);
    lv.setUint32(14, e.crc, true);
    lv.setUint32(18, e.data.length, true);
    lv.setUint32(22, e.size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(10, e.method, true);
    cv.setUint32(16, e.crc, true);
    cv.setUint32(20, e.data.length, true);
    cv.setUint32(24, e.size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local, e.data);
    centrals.push(central);
    offset += local.length + e.data.length;
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + cdSize + 22);
  let p = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, p);
    p += part.length;
  }
  return out;
}

/** LSB-first bit writer for hand-made deflate streams. */
class BitWriter {
  constructor(capacity) {
    this.buf = new Uint8Array(capacity);
    this.pos = 0;
    this.acc = 0;
    this.n = 0;
  }
  bits(value, count) {
    this.acc |= value << this.n;
    this.n += count;
    while (this.n >= 8) {
      this.buf[this.pos++] = this.acc & 0xff;
      this.acc >>>= 8;
      this.n -= 8;
    }
  }
  /** Huffman codes go out most significant bit first. */
  code(code, len) {
    let rev = 0;
    for (let i = 0; i < len; i++) rev |= ((code >> i) & 1) << (len - 1 - i);
    this.bits(rev, len);
  }
  finish() {
    if (this.n > 0) this.buf[this.pos++] = this.acc & 0xff;
    return this.buf.subarray(0, this.pos);
  }
}

/** A fixed-Huffman literal (ASCII only: 0–143 have 8-bit codes 0x30 + byte). */
const literal = (w, byte) => w.code(0x30 + byte, 8);

/**
 * One deflate block that expands to `prefix`, then `fill` repeated `count` times, then `suffix`. The repeat is
 * written as matches of length 258 at distance 1 (13 bits each in the fixed Huffman code), so 200 MB of
 * output costs about 1.3 MB of stream and a few milliseconds to build — no need to run a compressor over
 * 200 MB, and no naive concatenation of separately deflated blocks (which is not a valid stream).
 */
export function deflateRepeat(prefix, fill, count, suffix) {
  const enc = new TextEncoder();
  const head = enc.encode(prefix + fill);
  const tail = enc.encode(suffix);
  let rest = count - 1;
  const matches = Math.floor(rest / 258);
  const w = new BitWriter(Math.ceil(((head.length + tail.length + 300) * 9 + matches * 13) / 8) + 16);
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE = 01, fixed Huffman
  for (const b of head) literal(w, b);
  const length258 = 0b10100011; // symbol 285 (code 11000101), bit-reversed for the LSB-first writer
  for (let i = 0; i < matches; i++) {
    w.bits(length258, 8); // length 258
    w.bits(0, 5); // distance symbol 0 = distance 1
  }
  rest -= matches * 258;
  for (let i = 0; i < rest; i++) literal(w, head[head.length - 1]);
  for (const b of tail) literal(w, b);
  w.code(0, 7); // end of block (symbol 256)
  return w.finish();
}

function smallParts() {
  const ct = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
  const rels = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_BASE}/officeDocument" Target="word/document.xml"/></Relationships>`;
  return [
    ['[Content_Types].xml', ct],
    ['_rels/.rels', rels],
  ].map(([name, text]) => {
    const raw = strToU8(text);
    return { name, data: deflateSync(raw), method: 8, crc: crc32(raw), size: raw.length };
  });
}

/**
 * A DOCX whose word/document.xml inflates to `bytes` (default 200 MB): one paragraph holding a huge run of
 * "a". The zip itself is about 1.3 MB. honest: the headers declare the real size; otherwise they claim
 * 9,000 bytes in both the local and the central header. The CRC of the bomb entry is not computed (0): a
 * reader must refuse the file long before it could check it.
 */
export function buildZipBomb({ honest = true, bytes = 200 * 1024 * 1024 } = {}) {
  const prefix = `${DECL}<w:document xmlns:w="${NS.w}"><w:body><w:p><w:r><w:t>`;
  const suffix = '</w:t></w:r></w:p></w:body></w:document>';
  const count = bytes - prefix.length - suffix.length;
  const data = deflateRepeat(prefix, 'a', count, suffix);
  const size = honest ? bytes : 9000;
  return writeZip([...smallParts(), { name: 'word/document.xml', data, method: 8, crc: 0, size }]);
}

/** A valid small DOCX plus `count` extra tiny entries (for the entry-count cap). */
export function buildManyEntriesDocx(count = 3000) {
  const base = [...smallParts()];
  const docText = `${DECL}<w:document xmlns:w="${NS.w}"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>`;
  const raw = strToU8(docText);
  base.push({ name: 'word/document.xml', data: raw, method: 0, crc: crc32(raw), size: raw.length });
  const empty = new Uint8Array(0);
  for (let i = 0; i < count; i++) base.push({ name: `word/media/junk${i}.bin`, data: empty, method: 0, crc: 0, size: 0 });
  return writeZip(base);
}

/**
 * A stand-in for a password-protected DOCX: an OLE compound file header and a directory naming the
 * "EncryptionInfo" and "EncryptedPackage" streams (names in UTF-16LE, as OLE stores them). Not a complete
 * OLE file; enough for content sniffing.
 */
export function buildEncryptedDocxStub() {
  const out = new Uint8Array(2048);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  let at = 1024;
  for (const name of ['Root Entry', 'EncryptionInfo', 'EncryptedPackage']) {
    for (let i = 0; i < name.length; i++) out[at + i * 2] = name.charCodeAt(i);
    at += 128;
  }
  return out;
}
