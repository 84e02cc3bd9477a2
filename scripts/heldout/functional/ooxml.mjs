// Small hand-written WordprocessingML toolkit for the functional batch (zipped with fflate from the project's
// node_modules). No word processor writes these files.
import { zipSync, strToU8 } from 'fflate';

export const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// run properties: { b, i, caps, color, sz (pt), font, u, spacing }
export function rp(o = {}) {
  let x = '';
  if (o.style) x += `<w:rStyle w:val="${o.style}"/>`;
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
// A run; "\t" → <w:tab/>.
export const r = (text, o = {}) => `<w:r>${rp(o)}${String(text).split(/(\t)/).filter(Boolean).map((t) => (t === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${xe(t)}</w:t>`)).join('')}</w:r>`;
export const hl = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${runs}</w:hyperlink>`;

// paragraph properties: { style, align, before, after, line, tabs: [[pos, kind, leader]], ind: {left, hanging, ...},
//   num: [numId, ilvl], bottom: {sz, color, space}, keepNext, shd }
export function pp(o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.num) x += `<w:numPr><w:ilvl w:val="${o.num[1] ?? 0}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`;
  if (o.bottom) x += `<w:pBdr><w:bottom w:val="single" w:sz="${o.bottom.sz ?? 6}" w:space="${o.bottom.space ?? 1}" w:color="${o.bottom.color ?? 'auto'}"/></w:pBdr>`;
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, kind, leader]) => `<w:tab w:val="${kind}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}
export const p = (runs, o = {}) => `<w:p>${pp(o)}${[].concat(runs).join('')}</w:p>`;

// table: rows = [[{ xml, shd, span }]]; o = { widths, grid: color|null, header: bool }
export function tbl(rows, o) {
  const total = o.widths.reduce((s, w) => s + w, 0);
  const b = (side) => (o.grid ? `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="${o.grid}"/>` : `<w:${side} w:val="nil"/>`);
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => (o.noVertical && /left|right|insideV/.test(s) ? `<w:${s} w:val="nil"/>` : b(s))).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${o.padV ?? 30}" w:type="dxa"/><w:left w:w="${o.padH ?? 80}" w:type="dxa"/><w:bottom w:w="${o.padV ?? 30}" w:type="dxa"/><w:right w:w="${o.padH ?? 80}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  x += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    let col = 0;
    x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((s, v) => s + v, 0);
      col += span;
      x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}</w:tcPr>${c.xml || '<w:p/>'}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return `${x}</w:tbl>`;
}

export const LETTER = { w: 12240, h: 15840 };
export const A4 = { w: 11906, h: 16838 };
export const sect = (pg, m, headerRid) => `<w:sectPr>${headerRid ? `<w:headerReference w:type="default" r:id="${headerRid}"/>` : ''}<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/><w:pgMar w:top="${m[0]}" w:right="${m[1]}" w:bottom="${m[2]}" w:left="${m[3]}" w:header="${m[4] ?? 500}" w:footer="500" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>`;

// styles: font, size (pt), extra style xml
export const styles = (font, sz, extra = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${sz * 2}"/><w:szCs w:val="${sz * 2}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
  + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
  + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
  + `${extra}</w:styles>`;

// numbering: one abstract per bullet definition [glyph, font, left, hanging]
export const numbering = (defs) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>`
  + defs.map(([glyph, font, left, hanging], i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${xe(glyph)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : ''}</w:lvl></w:abstractNum>`).join('')
  + defs.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('') + '</w:numbering>';

// pkg: { body, sect, styles, numbering, links: [[rid, url]], header: xml|null, title, author }
export function pack(pkg) {
  const ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'];
  const rels = [`<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`, `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>`, `<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>`];
  const files = {};
  if (pkg.header) {
    ct.push('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>');
    rels.push(`<Relationship Id="rIdH1" Type="${REL}/header" Target="header1.xml"/>`);
    files['word/header1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${pkg.header}</w:hdr>`);
    if (pkg.headerLinks?.length) files['word/_rels/header1.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${pkg.headerLinks.map(([id, u]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${xe(u)}" TargetMode="External"/>`).join('')}</Relationships>`);
  }
  for (const [id, u] of pkg.links ?? []) rels.push(`<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${xe(u)}" TargetMode="External"/>`);
  ct.push('</Types>');
  files['[Content_Types].xml'] = strToU8(ct.join(''));
  files['_rels/.rels'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${pkg.body}${pkg.sect}</w:body></w:document>`);
  files['word/styles.xml'] = strToU8(pkg.styles);
  files['word/numbering.xml'] = strToU8(pkg.numbering);
  files['word/settings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`);
  const when = '2025-02-03T18:12:00Z';
  files['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(pkg.title)}</dc:title><dc:creator>${xe(pkg.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`);
  files['docProps/app.xml'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>');
  return zipSync(files, { level: 6, mtime: new Date(when) });
}
