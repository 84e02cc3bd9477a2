// Shared pieces of the fourth held-out batch (scripts/make-layouts4.mjs): the answer key, a text cursor over
// pdf-writer pages, PDF table drawing, icon glyphs and tag boxes, raw WordprocessingML helpers (with a floating
// text box) and a small DOCX packer that lets a case write its own section properties. The pieces it shares
// with the third batch's kit (scripts/lib/layouts3/kit.mjs) are imported from there; a test regenerates both
// batches and compares them byte for byte, so an edit there cannot change these files unnoticed.
//
// Every case is one resume as data (JSON Resume field names, ISO dates) plus a renderer that lays it out.
// The answer key (expected.json) is read off the same data. Keys starting with "_" are render hints (the
// printed date text, the printed degree line, ...) and never reach the key.
import { strToU8, zipSync } from 'fflate';
import { textWidth, wrapText } from '../pdf-writer.mjs';
import { escapeXml } from '../docx-writer.mjs';
import { run, para, table, numberingXml } from '../layouts3/kit.mjs';

export { textWidth, wrapText, escapeXml };

// The answer key, the PDF text cursor and the PDF table are the third batch's, unchanged.
export { SHORT, LONG, expectedOf, itemsOf, photo, Cursor, pdfTable } from '../layouts3/kit.mjs';

/**
 * Font Awesome code points (private use area), as icon fonts put them in a PDF's text layer.
 */
export const ICON = {
  envelope: '\uf0e0',
  phone: '\uf095',
  mobile: '\uf3cd',
  pin: '\uf3c5',
  linkedin: '\uf08c',
  github: '\uf09b',
  globe: '\uf0ac',
  calendar: '\uf073',
  briefcase: '\uf0b1',
  graduation: '\uf19d',
  user: '\uf007',
  star: '\uf005',
  language: '\uf1ab',
  cogs: '\uf085',
  heart: '\uf004',
  trophy: '\uf091',
};

/**
 * Skills as tags: each label in a box (filled or outlined), flowing left to right and wrapping inside
 * [left, right]. Returns the y under the last row.
 */
export function tags(page, left, right, y, labels, o = {}) {
  const { size = 9, font = 'Helvetica', padX = 5, padY = 3, gap = 5, rowGap = 5, fill, stroke, color = 0, underline } = o;
  let x = left, cy = y;
  const h = size + 2 * padY;
  for (const label of labels) {
    const w = textWidth(label, font, size) + 2 * padX;
    if (x + w > right && x > left) { x = left; cy += h + rowGap; }
    if (fill !== undefined || stroke !== undefined) page.rect(x, cy, w, h, { fill, stroke, lineWidth: 0.6 });
    if (underline !== undefined) page.line(x, cy + h, x + w, cy + h, { width: 0.8, color: underline });
    page.text(x + padX, cy + padY, label, { font, size, color });
    x += w + gap;
  }
  return cy + h;
}

/** n filled and (max - n) empty squares or dots drawn as rectangles (no text), from (x, y). */
export function dots(page, x, y, n, max = 5, { size = 5, gap = 3, on = 0.2, off = 0.85 } = {}) {
  for (let i = 0; i < max; i++) page.rect(x + i * (size + gap), y, size, size, { fill: i < n ? on : off });
}

// ---------------------------------------------------------------------------------------------------------
// DOCX: raw WordprocessingML.

// Runs, paragraphs, tables and numbering are the third batch's, unchanged.
export { run, para, table, numberingXml };

const NS = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  wps: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  mc: 'http://schemas.openxmlformats.org/markup-compatibility/2006',
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  w10: 'urn:schemas-microsoft-com:office:word',
  w14: 'http://schemas.microsoft.com/office/word/2010/wordml',
};

/**
 * A run holding a floating text box, as Word saves it: DrawingML (wps) in mc:AlternateContent with a VML
 * fallback. `paras` is the XML of the paragraphs inside. Position and size in points, relative to the page
 * margin; `id` must be unique in the document.
 */
export function textboxRun(paras, { id = 1, x = 0, y = 0, w = 200, h = 80, fill } = {}) {
  const emu = (pt) => Math.round(pt * 12700);
  const content = `<w:txbxContent>${paras}</w:txbxContent>`;
  const fillXml = fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '<a:noFill/>';
  const drawing = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${emu(x)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="margin"><wp:posOffset>${emu(y)}</wp:posOffset></wp:positionV><wp:extent cx="${emu(w)}" cy="${emu(h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(w)}" cy="${emu(h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fillXml}<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const vml = `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="TextBox${id}" o:spid="_x0000_s${1025 + id}" type="#_x0000_t202" style="position:absolute;margin-left:${x}pt;margin-top:${y}pt;width:${w}pt;height:${h}pt;z-index:${id};mso-position-horizontal-relative:margin;mso-position-vertical-relative:margin" ${fill ? `fillcolor="#${fill}"` : 'filled="f"'} stroked="f"><v:textbox>${content}</v:textbox></v:shape></w:pict>`;
  return { raw: `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>` };
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = NS.w;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * Section properties: page size (A4 or Letter), margins (twips), columns, a continuous start, header and
 * footer references ({ default: rId, first: rId }), titlePg.
 */
export function sectPr({ a4 = false, margins = [1440, 1440, 1440, 1440], cols = 1, colSpace = 720, continuous = false, headers = {}, footers = {} } = {}) {
  const [top, right, bottom, left] = margins;
  const refs = Object.entries(headers).map(([t, id]) => `<w:headerReference w:type="${t}" r:id="${id}"/>`).join('')
    + Object.entries(footers).map(([t, id]) => `<w:footerReference w:type="${t}" r:id="${id}"/>`).join('');
  const size = a4 ? '<w:pgSz w:w="11906" w:h="16838"/>' : '<w:pgSz w:w="12240" w:h="15840"/>';
  return `<w:sectPr>${refs}${continuous ? '<w:type w:val="continuous"/>' : ''}${size}<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:num="${cols}" w:space="${colSpace}"/>${headers.first ? '<w:titlePg/>' : ''}</w:sectPr>`;
}

const DEFAULT_STYLES = [
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>',
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>',
  '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>',
  '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>',
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
];

/**
 * Packs a DOCX from a body XML string. The caller writes every sectPr itself (the last one as `finalSectPr`).
 * headers/footers: { rId: xml of the paragraphs }; the ids must be rId10 and up (rId1–3 are styles,
 * numbering and settings). styles: extra <w:style> XML; omitStyles: ids of default styles to leave out (to redefine them). numbering: a whole numbering.xml. Fixed zip time.
 */
export function packDocx({ body, finalSectPr, styles = '', numbering, headers = {}, footers = {}, title = '', creator = '', font = 'Calibri', size = 11, app = 'Microsoft Office Word', omitStyles = [] }) {
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId3" Type="${REL}/settings" Target="settings.xml"/>`,
  ];
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
  ];
  const files = {};
  if (numbering) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`);
    overrides.push(['/word/numbering.xml', `${CT}.numbering+xml`]);
    files['word/numbering.xml'] = numbering;
  }
  const ns = `${Object.entries(NS).map(([k, u]) => `xmlns:${k}="${u}"`).join(' ')} mc:Ignorable="w14"`;
  for (const [kind, map, root] of [['header', headers, 'w:hdr'], ['footer', footers, 'w:ftr']]) {
    for (const [id, xml] of Object.entries(map)) {
      const name = `${kind}${id.slice(3)}.xml`;
      files[`word/${name}`] = `${DECL}<${root} ${ns}>${xml}</${root}>`;
      rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${name}"/>`);
      overrides.push([`/word/${name}`, `${CT}.${kind}+xml`]);
    }
  }
  const half = Math.round(size * 2);
  files['word/styles.xml'] = `${DECL}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
    + DEFAULT_STYLES.filter((x) => !omitStyles.some((id) => x.includes(`w:styleId="${id}"`))).join('')
    + `${styles}</w:styles>`;
  files['word/settings.xml'] = `${DECL}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  files['word/document.xml'] = `${DECL}<w:document ${ns}><w:body>${body}${finalSectPr}</w:body></w:document>`;
  files['word/_rels/document.xml.rels'] = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  files['docProps/core.xml'] = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator></cp:coreProperties>`;
  files['docProps/app.xml'] = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(app)}</Application></Properties>`;
  files['_rels/.rels'] = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const zipped = { '[Content_Types].xml': strToU8(types) };
  for (const name of Object.keys(files).sort()) zipped[name] = strToU8(files[name]);
  return zipSync(zipped, { level: 6, mtime: new Date('2024-06-01T00:00:00Z') });
}
