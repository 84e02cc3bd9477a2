// Small hand-written WordprocessingML writer for the "modern Word template" designs of the designer batch:
// runs, paragraphs, tables with shaded/bordered cells, DrawingML shapes (anchored behind text, or inline) that can
// hold a text box, numbering, styles, a footer part, and the zip package (fflate, already in node_modules).
import { zipSync, strToU8 } from 'fflate';

export const xesc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14 wp14"';

// ---- runs: o = {b, i, sz (pt), color, font, caps, spacing (twips), u}
function rPr(o = {}) {
  let x = '';
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
// Text may hold \t (tab) and \n (line break).
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${xesc(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}

// ---- paragraphs: o = {style, align, before, after, line (240 = single), tabs [[pos, align]], ind {left, hanging, right},
//      shd, border {side: [sz, color, space]}, numId, keepNext, mark (run props of the paragraph mark)}
export function p(content = [], o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.numId) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.border) x += `<w:pBdr>${['top', 'left', 'bottom', 'right'].filter((s) => o.border[s]).map((s) => `<w:${s} w:val="single" w:sz="${o.border[s][0]}" w:space="${o.border[s][2] ?? 4}" w:color="${o.border[s][1]}"/>`).join('')}</w:pBdr>`;
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, al]) => `<w:tab w:val="${al}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.mark) x += rPr(o.mark);
  return `<w:p>${x ? `<w:pPr>${x}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

// ---- tables: rows [[cell]], cell = {content: [paragraph xml], shd, span, vAlign, borders {side: [sz, color]}, mar {top,left,bottom,right}}
// o = {widths [twips], indent, cellMar {left, right}, rowHeights [twips | null], cantSplit}
export function tbl(rows, o) {
  const W = o.widths, total = W.reduce((a, b) => a + b, 0);
  const nil = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.indent != null ? `<w:tblInd w:w="${o.indent}" w:type="dxa"/>` : ''}<w:tblBorders>${nil}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="${o.cellMar?.left ?? 108}" w:type="dxa"/><w:right w:w="${o.cellMar?.right ?? 108}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  x += `<w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  rows.forEach((row, ri) => {
    const h = o.rowHeights?.[ri];
    const trPr = (o.cantSplit ? '<w:cantSplit/>' : '') + (h ? `<w:trHeight w:val="${h}" w:hRule="atLeast"/>` : '');
    x += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1, w = W.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let pr = `<w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}`;
      if (c.borders) pr += `<w:tcBorders>${['top', 'left', 'bottom', 'right'].filter((s) => c.borders[s]).map((s) => `<w:${s} w:val="single" w:sz="${c.borders[s][0]}" w:space="0" w:color="${c.borders[s][1]}"/>`).join('')}</w:tcBorders>`;
      if (c.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.mar) pr += `<w:tcMar>${Object.entries(c.mar).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>`;
      if (c.vAlign) pr += `<w:vAlign w:val="${c.vAlign}"/>`;
      const content = c.content?.length ? [].concat(c.content).join('') : '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>';
      x += `<w:tc><w:tcPr>${pr}</w:tcPr>${content}</w:tc>`;
    }
    x += '</w:tr>';
  });
  return x + '</w:tbl>';
}

// ---- DrawingML shapes (as Word 2010+ writes them). EMU: 1 cm = 360000.
let shapeId = 100;
const spPr = (cx, cy, geom, fill, line) => `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="${geom}"><a:avLst/></a:prstGeom>` +
  `${fill ? `<a:solidFill><a:srgbClr val="${fill}"/></a:solidFill>` : '<a:noFill/>'}${line ? `<a:ln w="${line[0]}"><a:solidFill><a:srgbClr val="${line[1]}"/></a:solidFill></a:ln>` : '<a:ln><a:noFill/></a:ln>'}</wps:spPr>`;
const body = (text, ins, anchor) => (text ? `<wps:txbx><w:txbxContent>${[].concat(text).join('')}</w:txbxContent></wps:txbx>` : '') +
  `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="${ins[0]}" tIns="${ins[1]}" rIns="${ins[2]}" bIns="${ins[3]}" anchor="${anchor}" anchorCtr="0"><a:noAutofit/></wps:bodyPr>`;

const emu = (o) => ({ ...o, ...Object.fromEntries(['x', 'y', 'cx', 'cy'].filter((f) => o[f] != null).map((f) => [f, Math.round(o[f])])), ins: o.ins?.map(Math.round) });

// Anchored shape. o = {x, y (EMU from the page corner), cx, cy, geom ('rect', 'ellipse', 'roundRect'), fill, line [w, color],
// behind (true = behind text), wrap ('none' | 'square' | 'topBottom'), text [paragraphs], ins [l,t,r,b], anchor ('t'|'ctr'), z}
export function anchored(o) {
  o = emu(o);
  const id = shapeId++;
  const wrap = o.wrap === 'square' ? '<wp:wrapSquare wrapText="bothSides"/>' : o.wrap === 'topBottom' ? '<wp:wrapTopAndBottom/>' : '<wp:wrapNone/>';
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="${o.z ?? 251650000 + id}" behindDoc="${o.behind ? 1 : 0}" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>${o.x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${o.y}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${o.cx}" cy="${o.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>${wrap}<wp:docPr id="${id}" name="${o.text ? 'Text Box' : 'Shape'} ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>${o.text ? '<wps:cNvSpPr txBox="1"/>' : '<wps:cNvSpPr/>'}` +
    spPr(o.cx, o.cy, o.geom ?? 'rect', o.fill, o.line) + body(o.text, o.ins ?? [91440, 45720, 91440, 45720], o.anchor ?? 't') +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>`;
}

// Inline shape (sits in the line like a character). o = {cx, cy, geom, fill, text, ins, anchor}
export function inline(o) {
  o = emu(o);
  const id = shapeId++;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${o.cx}" cy="${o.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>` +
    `<wp:docPr id="${id}" name="Text Box ${id}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>` +
    spPr(o.cx, o.cy, o.geom ?? 'roundRect', o.fill, o.line) + body(o.text, o.ins ?? [108000, 0, 108000, 0], o.anchor ?? 'ctr') +
    `</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice></mc:AlternateContent></w:r>`;
}

// ---- numbering: bullets [{text, font, color}] -> numId = index + 1
export function numbering(bullets) {
  let abs = '', nums = '';
  bullets.forEach((b, i) => {
    const rp = `${b.font ? `<w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/>` : ''}${b.color ? `<w:color w:val="${b.color}"/>` : ''}`;
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${xesc(b.text)}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${b.left ?? 284}" w:hanging="${b.hanging ?? 227}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl></w:abstractNum>`;
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

// ---- styles: o = {font, size (pt), color, headings: {Heading1: {rpr: run opts, ppr: paragraph xml}}}
export function styles(o) {
  const sz = Math.round(o.size * 2);
  const hs = Object.entries(o.headings ?? {}).map(([id, h], i) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="heading ${i + 1}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/>${h.ppr ?? ''}<w:outlineLvl w:val="${i}"/></w:pPr>${rPr(h.rpr)}</w:style>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${o.color ? `<w:rPr><w:color w:val="${o.color}"/></w:rPr>` : ''}</w:style>${hs}` +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style></w:styles>';
}

// ---- package. o = {body, margins {top, right, bottom, left}, styles, numbering, footer (paragraph xml), title, author}
export function pack(o) {
  const m = { top: 720, right: 720, bottom: 720, left: 720, ...(o.margins ?? {}) };
  const sect = `<w:sectPr>${o.footer ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}<w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="340" w:footer="340" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  const ct = '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>';
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>${o.footer ? ct : ''}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xesc(o.title)}</dc:title><dc:creator>${xesc(o.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-05-20T09:15:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application></Properties>',
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${o.footer ? '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' : ''}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`,
    'word/styles.xml': o.styles,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/numbering.xml': o.numbering,
  };
  if (o.footer) files['word/footer1.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}>${o.footer}</w:ftr>`;
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6, mtime: new Date('2025-05-20T09:15:00Z') }];
  return zipSync(u8);
}
