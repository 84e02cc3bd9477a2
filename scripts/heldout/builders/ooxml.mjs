// A small hand-written WordprocessingML writer for the DOCX designs of the builders batch: runs (with run shading
// and w:sym symbol characters), paragraphs, fixed-layout tables, hyperlinks, inline pictures, header parts,
// numbering, styles and the zip package (fflate from the project's node_modules).
import { zipSync, strToU8 } from 'fflate';

export const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

// ---- runs. o = {b, i, u, caps, sz (pt), color, font, shd (fill hex), spacing (twips), style}
function rPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}" w:eastAsia="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
// Text run; "\t" becomes a tab, "\n" a line break.
export function R(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${xe(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
// A symbol character from a symbol font (Word's Insert > Symbol), e.g. Wingdings F02A = envelope.
export const SYM = (font, hex, o = {}) => `<w:r>${rPr(o)}<w:sym w:font="${font}" w:char="${hex}"/></w:r>`;
export const hyper = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;

// ---- paragraphs. o = {style, align, before, after, line, tabs [[pos, 'right'|'left']], ind {left, hanging, right},
//      border {top|bottom|left|right: [sz eighths, color, space]}, shd, numId, keepNext, keepLines, mark}
export function P(content = [], o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.numId) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.border) x += `<w:pBdr>${['top', 'left', 'bottom', 'right'].filter((s) => o.border[s]).map((s) => `<w:${s} w:val="single" w:sz="${o.border[s][0]}" w:space="${o.border[s][2] ?? 1}" w:color="${o.border[s][1]}"/>`).join('')}</w:pBdr>`;
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

// ---- tables. rows: [[cell]]; cell = {content: [xml], shd, span, vAlign, borders {side: [sz, color]}, mar {top,left,bottom,right}}
// o = {widths [twips], cellMar {left,right,top,bottom}, rowHeights, cantSplit, borders (table borders xml)}
export function T(rows, o) {
  const W = o.widths, total = W.reduce((a, b) => a + b, 0);
  const nil = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  const m = o.cellMar ?? {};
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${o.borders ?? nil}</w:tblBorders><w:tblLayout w:type="fixed"/>`
    + `<w:tblCellMar><w:top w:w="${m.top ?? 0}" w:type="dxa"/><w:left w:w="${m.left ?? 108}" w:type="dxa"/><w:bottom w:w="${m.bottom ?? 0}" w:type="dxa"/><w:right w:w="${m.right ?? 108}" w:type="dxa"/></w:tblCellMar>`
    + '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
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
  return `${x}</w:tbl>`;
}

// ---- inline picture (EMU sizes)
export function IMG(rid, cx, cy, id, name = 'Photo placeholder') {
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="${xe(name)}" descr="${xe(name)}"/>`
    + '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
    + `<pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="${xe(name)}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`
    + `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}

// ---- page geometry (twips)
export const PAGE = { Letter: { w: 12240, h: 15840 }, A4: { w: 11906, h: 16838 } };

// ---- styles: o = {font, size (pt), color, heading: {size, color, b, caps, border}} -> styles.xml
export function stylesXml(o) {
  const h = o.heading;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}" w:eastAsia="${o.font}"/><w:sz w:val="${o.size * 2}"/><w:szCs w:val="${o.size * 2}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="${o.color}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/>${h.border ? `<w:pBdr><w:bottom w:val="single" w:sz="${h.border[0]}" w:space="1" w:color="${h.border[1]}"/></w:pBdr>` : ''}<w:outlineLvl w:val="0"/></w:pPr><w:rPr>${h.b ? '<w:b/><w:bCs/>' : ''}${h.caps ? '<w:caps/>' : ''}<w:color w:val="${h.color}"/><w:sz w:val="${h.size * 2}"/><w:szCs w:val="${h.size * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="${o.link ?? '1F4E79'}"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>`;
}

// ---- numbering: lists = [{glyph, font, color, left, hanging}] -> numIds 1..n
export function numberingXml(lists) {
  const abs = lists.map((l, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${xe(l.glyph)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${l.left ?? 360}" w:hanging="${l.hanging ?? 240}"/></w:pPr><w:rPr>${l.font ? `<w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/>` : ''}${l.color ? `<w:color w:val="${l.color}"/>` : ''}</w:rPr></w:lvl></w:abstractNum>`).join('');
  const nums = lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>${abs}${nums}</w:numbering>`;
}

// ---- package. o = {body, sect {paper, margins {top,right,bottom,left,header}, titlePg}, styles, numbering,
//      headers: [{type: 'first'|'default', xml (inner paragraphs), rels: [{id, type, target, external}]}],
//      rels: [{id, type ('hyperlink'|'image'), target}], media: {name: Buffer}, title, author}
const REL = {
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
};
const relsXml = (rels) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map((x) => `<Relationship Id="${x.id}" Type="${REL[x.type] ?? x.type}" Target="${xe(x.target)}"${x.type === 'hyperlink' ? ' TargetMode="External"' : ''}/>`).join('')}</Relationships>`;

export function docxPackage(o) {
  const pg = PAGE[o.sect.paper], m = o.sect.margins;
  const headers = o.headers ?? [];
  const docRels = [
    { id: 'rIdStyles', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', target: 'styles.xml' },
    { id: 'rIdSettings', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings', target: 'settings.xml' },
    ...(o.numbering ? [{ id: 'rIdNumbering', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering', target: 'numbering.xml' }] : []),
    ...headers.map((h, i) => ({ id: `rIdHdr${i + 1}`, type: 'header', target: `header${i + 1}.xml` })),
    ...(o.rels ?? []),
  ];
  const hdrRefs = headers.map((h, i) => `<w:headerReference w:type="${h.type}" r:id="rIdHdr${i + 1}"/>`).join('');
  const sect = `<w:sectPr>${hdrRefs}<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header ?? 360}" w:footer="360" w:gutter="0"/>${o.sect.titlePg ? '<w:titlePg/>' : ''}</w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${o.body}${sect}</w:body></w:document>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>${o.numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : ''}${headers.map((h, i) => `<Override PartName="/word/header${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`).join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': relsXml([
      { id: 'rId1', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', target: 'word/document.xml' },
      { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
      { id: 'rId3', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', target: 'docProps/app.xml' },
    ]),
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(o.title)}</dc:title><dc:creator>${xe(o.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T09:00:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xe(o.application ?? 'Microsoft Office Word')}</Application></Properties>`,
    'word/document.xml': document,
    'word/styles.xml': o.styles,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/_rels/document.xml.rels': relsXml(docRels),
  };
  if (o.numbering) files['word/numbering.xml'] = o.numbering;
  headers.forEach((h, i) => {
    files[`word/header${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W_NS}>${h.xml}</w:hdr>`;
    if (h.rels?.length) files[`word/_rels/header${i + 1}.xml.rels`] = relsXml(h.rels);
  });
  for (const [name, buf] of Object.entries(o.media ?? {})) files[`word/media/${name}`] = new Uint8Array(buf);
  const enc = {};
  for (const [k, v] of Object.entries(files)) enc[k] = typeof v === 'string' ? strToU8(v) : v;
  return Buffer.from(zipSync(enc, { level: 6, mtime: new Date('2025-06-02T09:00:00Z') }));
}
