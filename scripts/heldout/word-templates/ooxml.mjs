// Minimal hand-written WordprocessingML (OOXML) helpers for the held-out Word-template batch.
// Everything is emitted as strings; docx() zips the parts with fflate.
import { zipSync, strToU8 } from 'fflate';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = [
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'mc:Ignorable="w14 wp14"',
].join(' ');

// ---- runs -------------------------------------------------------------------------------------
// o: {b, i, u, sz (points), color, caps, smallCaps, font, sym, spacing (twips), rStyle, highlight}
export function rPr(o = {}) {
  let x = '';
  if (o.rStyle) x += `<w:rStyle w:val="${o.rStyle}"/>`;
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:eastAsia="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.smallCaps) x += '<w:smallCaps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.highlight) x += `<w:highlight w:val="${o.highlight}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

// Text may contain \t (tab) and \n (line break).
export function r(text, o = {}) {
  const parts = String(text).split(/(\t|\n)/);
  let inner = '';
  for (const part of parts) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
export const tab = (o = {}) => `<w:r>${rPr(o)}<w:tab/></w:r>`;
export const pageBreak = () => '<w:r><w:br w:type="page"/></w:r>';

// Field such as PAGE / NUMPAGES, the way Word writes it (complex field).
export function field(instr, shown, o = {}) {
  return `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
    `<w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;
}

export function hyperlink(rid, runs) {
  return `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;
}

// ---- paragraphs -------------------------------------------------------------------------------
// o: {style, align, before, after, line, tabs:[[pos, 'right'|'left'|'center', leader?]], bottomBorder:{sz,color,space},
//     topBorder, numId, ilvl, ind:{left,hanging,firstLine,right}, keepNext, shd, pageBreakBefore, rpr (paragraph mark props)}
export function pPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (o.numId != null) x += `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.bottomBorder || o.topBorder) {
    x += '<w:pBdr>';
    if (o.topBorder) x += `<w:top w:val="single" w:sz="${o.topBorder.sz ?? 6}" w:space="${o.topBorder.space ?? 1}" w:color="${o.topBorder.color ?? 'auto'}"/>`;
    if (o.bottomBorder) x += `<w:bottom w:val="single" w:sz="${o.bottomBorder.sz ?? 6}" w:space="${o.bottomBorder.space ?? 1}" w:color="${o.bottomBorder.color ?? 'auto'}"/>`;
    x += '</w:pBdr>';
  }
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.contextualSpacing) x += '<w:contextualSpacing/>';
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.rpr) x += rPr(o.rpr);
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}
export function p(content = [], o = {}) {
  return `<w:p>${pPr(o)}${[].concat(content).join('')}</w:p>`;
}

// ---- tables -----------------------------------------------------------------------------------
// rows: [[cell, ...], ...]; cell: {content: xml (paragraphs), shd, vAlign, span, margins:{left,right,top,bottom}}
// o: {widths: [twips], borders: false|true|'insideH', style, indent, jc}
export function tbl(rows, o = {}) {
  const widths = o.widths;
  const total = widths.reduce((a, b) => a + b, 0);
  const none = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  const single = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`).join('');
  let x = `<w:tbl><w:tblPr>${o.style ? `<w:tblStyle w:val="${o.style}"/>` : ''}<w:tblW w:w="${total}" w:type="dxa"/>`;
  if (o.jc) x += `<w:jc w:val="${o.jc}"/>`;
  if (o.indent != null) x += `<w:tblInd w:w="${o.indent}" w:type="dxa"/>`;
  x += `<w:tblBorders>${o.borders ? single : none}</w:tblBorders><w:tblLayout w:type="fixed"/>`;
  x += `<w:tblCellMar><w:left w:w="${o.cellLeft ?? 108}" w:type="dxa"/><w:right w:w="${o.cellRight ?? 108}" w:type="dxa"/></w:tblCellMar>`;
  x += `<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  x += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += `<w:tr>${o.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    let col = 0;
    for (const cell of row) {
      const span = cell.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let tcPr = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      if (cell.shd) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${cell.shd}"/>`;
      if (cell.margins) tcPr += `<w:tcMar>${Object.entries(cell.margins).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>`;
      if (cell.vAlign) tcPr += `<w:vAlign w:val="${cell.vAlign}"/>`;
      const content = cell.content && cell.content.length ? [].concat(cell.content).join('') : '<w:p/>';
      x += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// ---- text box (DrawingML shape with a VML fallback, the way Word 2010+ saves it) -----------------
let shapeId = 1;
export function textBox(paragraphs, o = {}) {
  const id = shapeId++;
  const cx = o.cx ?? 5486400, cy = o.cy ?? 731520; // EMU
  const x = o.x ?? 0, y = o.y ?? 0;
  const body = [].concat(paragraphs).join('');
  const fill = o.fill ? `<a:solidFill><a:srgbClr val="${o.fill}"/></a:solidFill>` : '<a:noFill/>';
  const choice = `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${x}</wp:posOffset></wp:positionH>` +
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="${cx}" cy="${cy}"/>` +
    `<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}<a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${body}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
  const wpt = (emu) => (emu / 12700).toFixed(1) + 'pt';
  const fallback = `<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `<v:shape id="Text Box ${id}" o:spid="_x0000_s10${id}" type="#_x0000_t202" style="position:absolute;margin-left:${wpt(x)};margin-top:${wpt(y)};width:${wpt(cx)};height:${wpt(cy)};z-index:251659264;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" ${o.fill ? `fillcolor="#${o.fill}"` : 'filled="f"'} stroked="f">` +
    `<v:textbox><w:txbxContent>${body}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`;
}

// ---- numbering --------------------------------------------------------------------------------
// defs: [{ levels: [{text, font, fmt ('bullet'|'decimal'), left, hanging, color}] }] → numId = index + 1
export function numberingXml(defs) {
  let abs = '', nums = '';
  defs.forEach((d, i) => {
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>`;
    d.levels.forEach((l, k) => {
      const rp = (l.font ? `<w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/>` : '') + (l.color ? `<w:color w:val="${l.color}"/>` : '') + (l.sz ? `<w:sz w:val="${l.sz * 2}"/>` : '');
      abs += `<w:lvl w:ilvl="${k}"><w:start w:val="1"/><w:numFmt w:val="${l.fmt ?? 'bullet'}"/><w:lvlText w:val="${esc(l.text)}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="${l.left ?? 360 * (k + 1)}" w:hanging="${l.hanging ?? 360}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl>`;
    });
    abs += '</w:abstractNum>';
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

// ---- styles -----------------------------------------------------------------------------------
// o: {font, size (pt), after (twips), line, extra: xml of more <w:style> elements, headings: {h1: rPr opts + pPr opts, h2, title, subtitle}}
export function stylesXml(o = {}) {
  const font = o.font ?? 'Calibri';
  const sz = Math.round((o.size ?? 11) * 2);
  const heading = (id, name, h, lvl) => h ? `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `${pPr({ keepNext: true, before: h.before ?? 240, after: h.after ?? 60, bottomBorder: h.bottomBorder, align: h.align }).replace('</w:pPr>', lvl != null ? `<w:outlineLvl w:val="${lvl}"/></w:pPr>` : '</w:pPr>')}${rPr(h)}</w:style>` : '';
  const hs = o.headings ?? {};
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${o.lang ?? 'en-US'}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${o.after ?? 0}" w:line="${o.line ?? 240}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>` +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="${o.linkColor ?? '0563C1'}"/><w:u w:val="single"/></w:rPr></w:style>` +
    heading('Heading1', 'heading 1', hs.h1, 0) + heading('Heading2', 'heading 2', hs.h2, 1) + heading('Heading3', 'heading 3', hs.h3, 2) +
    heading('Title', 'Title', hs.title) + heading('Subtitle', 'Subtitle', hs.subtitle) +
    (o.extra ?? '') + '</w:styles>';
}

// ---- package ----------------------------------------------------------------------------------
// o: {body, styles, numbering, header, footer, links: [{id, url}], page: {w,h,top,bottom,left,right,header,footer}, title, author}
export function docx(o) {
  const page = { w: 11906, h: 16838, top: 1080, bottom: 1080, left: 1080, right: 1080, header: 567, footer: 567, ...(o.page ?? {}) };
  const rels = [
    ['rIdStyles', 'styles', 'styles.xml'],
    ['rIdSettings', 'settings', 'settings.xml'],
    ['rIdFontTable', 'fontTable', 'fontTable.xml'],
  ];
  if (o.numbering) rels.push(['rIdNumbering', 'numbering', 'numbering.xml']);
  if (o.header) rels.push(['rIdHeader1', 'header', 'header1.xml']);
  if (o.footer) rels.push(['rIdFooter1', 'footer', 'footer1.xml']);
  const relXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${target}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') +
    '</Relationships>';
  const sect = `<w:sectPr>${o.header ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : ''}${o.footer ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}` +
    `<w:pgSz w:w="${page.w}" w:h="${page.h}"/><w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header}" w:footer="${page.footer}" w:gutter="0"/>` +
    `<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`;
  const part = (tag, inner) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${NS}>${inner}</w:${tag}>`;
  const settings = part('settings', `<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`);
  const fonts = part('fonts', (o.fonts ?? ['Calibri']).map((f) => `<w:font w:name="${f}"/>`).join(''));
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
    `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
    `<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
    `<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
    (o.numbering ? `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` : '') +
    (o.header ? `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>` : '') +
    (o.footer ? `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` : '') +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(o.title ?? '')}</dc:title><dc:creator>${esc(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-05-02T09:00:00Z</dcterms:created></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${esc(o.app ?? 'Microsoft Office Word')}</Application></Properties>`;
  const files = {
    '[Content_Types].xml': ct,
    '_rels/.rels': rootRels,
    'docProps/core.xml': core,
    'docProps/app.xml': app,
    'word/document.xml': document,
    'word/_rels/document.xml.rels': relXml,
    'word/styles.xml': o.styles ?? stylesXml(),
    'word/settings.xml': settings,
    'word/fontTable.xml': fonts,
  };
  if (o.numbering) files['word/numbering.xml'] = o.numbering;
  if (o.header) files['word/header1.xml'] = part('hdr', o.header);
  if (o.footer) files['word/footer1.xml'] = part('ftr', o.footer);
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}
