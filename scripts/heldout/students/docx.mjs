// Minimal hand-written WordprocessingML for the students batch: runs, paragraphs, hyperlinks, tables, a floating
// text box, numbering and the package (zipped with fflate from the project's node_modules).
import { zipSync, strToU8 } from 'fflate';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// o: {b, i, u, sz (pt), color, font, caps, smallCaps, spacing (twips), style (char style id), noProof}
export function rPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.smallCaps) x += '<w:smallCaps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  if (o.noU) x += '<w:u w:val="none"/>';
  if (o.shade) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
// A run; '\t' becomes <w:tab/>, '\n' a <w:br/>.
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
export const link = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${runs}</w:hyperlink>`;

const border = (side, b) => `<w:${side} w:val="${b.val ?? 'single'}" w:sz="${b.sz ?? 6}" w:space="${b.space ?? 1}" w:color="${b.color ?? 'auto'}"/>`;
// o: {style, align, tabs: [[pos, 'right'|'left'|'center', leader?]], ind: {left, right, hanging, firstLine}, before, after,
//     line, numId, ilvl, bottom: border, top: border, keepNext, keepLines, shade, contextual}
export function pPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.numId != null) x += `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.bottom || o.top) x += `<w:pBdr>${o.top ? border('top', o.top) : ''}${o.bottom ? border('bottom', o.bottom) : ''}</w:pBdr>`;
  if (o.shade) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.contextual) x += '<w:contextualSpacing/>';
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.rpr) x += rPr(o.rpr);
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}
export const p = (runs, o = {}) => `<w:p>${pPr(o)}${[].concat(runs).join('')}</w:p>`;

// Table. rows: [[{content (xml), shade, vAlign, span}]], o: {widths: [twips], borders: bool, cellMar: {left,right,top,bottom}, layoutFixed}
export function tbl(rows, o = {}) {
  const total = o.widths.reduce((a, b) => a + b, 0);
  const b = o.borders ? 'single' : 'nil';
  const mar = o.cellMar ?? { left: 108, right: 108 };
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.ind != null ? `<w:tblInd w:w="${o.ind}" w:type="dxa"/>` : ''}` +
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="${b}" w:sz="4" w:space="0" w:color="auto"/>`).join('')}</w:tblBorders>` +
    `${o.layoutFixed ? '<w:tblLayout w:type="fixed"/>' : ''}<w:tblCellMar>${Object.entries(mar).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tblCellMar><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>`;
  x += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += `<w:tr>${o.rowHeight ? `<w:trPr><w:trHeight w:val="${o.rowHeight}"/></w:trPr>` : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, v) => a + v, 0);
      col += span;
      x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}` +
        `${c.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shade}"/>` : ''}${c.mar ? `<w:tcMar>${Object.entries(c.mar).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>` : ''}` +
        `${c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : ''}</w:tcPr>${c.content || '<w:p/>'}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// A floating shaded text box (DrawingML wps shape, anchored to the page, behind nothing, square wrap), placed in a run.
// o: {x, y, cx, cy (EMU, relative to the page), fill, paragraphs: [xml], id, inset (EMU)}
export function textBox(o) {
  const inset = o.inset ?? 91440;
  return `<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>${o.x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${o.y}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${o.cx}" cy="${o.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="right"/><wp:docPr id="${o.id ?? 1}" name="Text Box ${o.id ?? 1}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">` +
    `<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${o.cx}" cy="${o.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="${o.fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${o.paragraphs.join('')}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>` +
    `</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}

// One bullet list definition per entry of `lists`: {glyph, font, left, hanging, color, sz}. numId = index + 1.
export function numbering(lists) {
  let x = '';
  lists.forEach((l, i) => {
    x += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>`;
    for (let lv = 0; lv < 3; lv++) {
      const g = lv === 0 ? l.glyph : lv === 1 ? (l.glyph2 ?? 'o') : '\u25AA';
      const f = lv === 0 ? l.font : lv === 1 ? (l.font2 ?? 'Courier New') : l.font;
      x += `<w:lvl w:ilvl="${lv}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${esc(g)}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="${(l.left ?? 360) + lv * 360}" w:hanging="${l.hanging ?? 360}"/></w:pPr>` +
        `<w:rPr>${f ? `<w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:cs="${f}" w:hint="default"/>` : ''}${l.color ? `<w:color w:val="${l.color}"/>` : ''}${l.sz ? `<w:sz w:val="${l.sz * 2}"/>` : ''}${l.noU ? '<w:u w:val="none"/>' : ''}</w:rPr></w:lvl>`;
    }
    x += '</w:abstractNum>';
  });
  lists.forEach((_, i) => { x += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`; });
  return x;
}

const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ' +
  'mc:Ignorable="w14 wp14"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

// Section properties: page {w, h, top, right, bottom, left, header, footer} in twips.
export function sectPr(page, { footerId } = {}) {
  return `<w:sectPr>${footerId ? `<w:footerReference w:type="default" r:id="${footerId}"/>` : ''}<w:pgSz w:w="${page.w}" w:h="${page.h}"/>` +
    `<w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header ?? 432}" w:footer="${page.footer ?? 432}" w:gutter="0"/>` +
    '<w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>';
}
export const LETTER = { w: 12240, h: 15840 };
export const A4 = { w: 11906, h: 16838 };

// Styles part. o: {font, size (pt), lang, after (twips), line, extra (xml of more styles)}
export function styles(o) {
  const sz = Math.round(o.size * 2);
  return `${XML}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>` +
    `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${o.lang ?? 'en-US'}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${o.after ?? 0}" w:line="${o.line ?? 240}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    `${o.extra ?? ''}</w:styles>`;
}

// Package. o: {body, sect, styles, numbering (inner xml), links: [{id, url}], footer (paragraph xml), fonts, title, author, app, appVersion, company}
export function pack(o) {
  const files = {};
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml'], ['rId3', 'fontTable', 'fontTable.xml'], ['rId4', 'webSettings', 'webSettings.xml']];
  const over = [['/word/document.xml', 'document.main'], ['/word/styles.xml', 'styles'], ['/word/settings.xml', 'settings'], ['/word/fontTable.xml', 'fontTable'], ['/word/webSettings.xml', 'webSettings']];
  files['word/styles.xml'] = o.styles;
  files['word/settings.xml'] = `${XML}<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  files['word/fontTable.xml'] = `${XML}<w:fonts ${NS}>${(o.fonts ?? []).map((f) => `<w:font w:name="${esc(f)}"/>`).join('')}</w:fonts>`;
  files['word/webSettings.xml'] = `${XML}<w:webSettings ${NS}><w:optimizeForBrowser/></w:webSettings>`;
  if (o.numbering) {
    files['word/numbering.xml'] = `${XML}<w:numbering ${NS}>${o.numbering}</w:numbering>`;
    rels.push(['rId5', 'numbering', 'numbering.xml']); over.push(['/word/numbering.xml', 'numbering']);
  }
  if (o.footer) {
    files['word/footer1.xml'] = `${XML}<w:ftr ${NS}>${o.footer}</w:ftr>`;
    rels.push(['rId6', 'footer', 'footer1.xml']); over.push(['/word/footer1.xml', 'footer']);
  }
  files['word/_rels/document.xml.rels'] = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, t, f]) => `<Relationship Id="${id}" Type="${REL}${t}" Target="${f}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>';
  files['word/document.xml'] = `${XML}<w:document ${NS}><w:body>${o.body}${o.sect}</w:body></w:document>`;
  files['[Content_Types].xml'] = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    over.map(([pn, t]) => `<Override PartName="${pn}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  files['_rels/.rels'] = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/></Relationships>`;
  files['docProps/core.xml'] = `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(o.title ?? '')}</dc:title><dc:creator>${esc(o.author ?? '')}</dc:creator><cp:lastModifiedBy>${esc(o.author ?? '')}</cp:lastModifiedBy><cp:revision>7</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2024-10-02T18:04:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-10-06T21:40:00Z</dcterms:modified></cp:coreProperties>`;
  files['docProps/app.xml'] = `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>${esc(o.template ?? 'Normal.dotm')}</Template><Application>${esc(o.app ?? 'Microsoft Office Word')}</Application>${o.appVersion ? `<AppVersion>${o.appVersion}</AppVersion>` : ''}</Properties>`;
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}
