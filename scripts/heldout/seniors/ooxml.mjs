// Small hand-written WordprocessingML toolkit for this batch: runs, paragraphs, hyperlinks, tables, fields and a
// package writer (zipped with fflate from the project's node_modules). No Word or LibreOffice is used to write DOCX.
import { zipSync, strToU8 } from 'fflate';

export const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function rPr(o = {}) {
  let x = '';
  if (o.rStyle) x += `<w:rStyle w:val="${o.rStyle}"/>`;
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

// A run; "\t" becomes <w:tab/>, "\n" becomes <w:br/>.
export function r(text, o = {}) {
  const parts = String(text).split(/(\t|\n)/).filter((s) => s !== '');
  const inner = parts.map((s) => (s === '\t' ? '<w:tab/>' : s === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${xe(s)}</w:t>`)).join('');
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}

const border = (side, b) => `<w:${side} w:val="${b.val ?? 'single'}" w:sz="${b.sz ?? 4}" w:space="${b.space ?? 1}" w:color="${b.color ?? 'auto'}"/>`;

export function pPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.numId != null) x += `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.borders) x += `<w:pBdr>${['top', 'left', 'bottom', 'right'].filter((s) => o.borders[s]).map((s) => border(s, o.borders[s])).join('')}</w:pBdr>`;
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${o.ind.left != null ? ` w:left="${o.ind.left}"` : ''}${o.ind.right != null ? ` w:right="${o.ind.right}"` : ''}${o.ind.hanging != null ? ` w:hanging="${o.ind.hanging}"` : ''}${o.ind.firstLine != null ? ` w:firstLine="${o.ind.firstLine}"` : ''}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.rpr) x += `<w:rPr>${o.rpr}</w:rPr>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}

export const p = (content, o = {}) => `<w:p>${pPr(o)}${content}</w:p>`;
export const hyperlink = (rid, content) => `<w:hyperlink r:id="${rid}" w:history="1">${content}</w:hyperlink>`;

// Complex field (PAGE, NUMPAGES) with a cached result.
export const field = (instr, cached, o = {}) => `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${r(cached, o)}<w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;

// rows: [{ cells: [{ xml, shd, vAlign, borders, span }], cantSplit }]; o: { widths, borders: false | {top,...,insideH}, cellMar: {left,right,top,bottom}, layoutFixed }
export function tbl(rows, o = {}) {
  const total = o.widths.reduce((a, b) => a + b, 0);
  let pr = `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>`;
  if (o.borders === false || o.borders == null) pr += '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('') + '</w:tblBorders>';
  else pr += `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => (o.borders[s] ? border(s, { ...o.borders[s], space: 0 }) : `<w:${s} w:val="nil"/>`)).join('')}</w:tblBorders>`;
  if (o.layoutFixed) pr += '<w:tblLayout w:type="fixed"/>';
  const m = o.cellMar ?? { left: 0, right: 0 };
  pr += `<w:tblCellMar>${['top', 'left', 'bottom', 'right'].filter((s) => m[s] != null).map((s) => `<w:${s} w:w="${m[s]}" w:type="dxa"/>`).join('')}</w:tblCellMar>`;
  pr += '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>';
  const grid = `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const trs = rows.map((row) => {
    let col = 0;
    const tcs = row.cells.map((c) => {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let tcPr = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      if (c.borders) tcPr += `<w:tcBorders>${Object.entries(c.borders).map(([s, b]) => border(s, { ...b, space: 0 })).join('')}</w:tcBorders>`;
      if (c.shd) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.mar) tcPr += `<w:tcMar>${Object.entries(c.mar).map(([s, v]) => `<w:${s} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>`;
      if (c.vAlign) tcPr += `<w:vAlign w:val="${c.vAlign}"/>`;
      return `<w:tc><w:tcPr>${tcPr}</w:tcPr>${c.xml || '<w:p/>'}</w:tc>`;
    }).join('');
    return `<w:tr>${row.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}${tcs}</w:tr>`;
  }).join('');
  return `<w:tbl>${pr}${grid}${trs}</w:tbl>`;
}

// Section properties. page: { w, h, top, bottom, left, right, header, footer }
export function sectPr(page, o = {}) {
  let x = '<w:sectPr>';
  for (const [t, id] of o.headers ?? []) x += `<w:headerReference w:type="${t}" r:id="${id}"/>`;
  for (const [t, id] of o.footers ?? []) x += `<w:footerReference w:type="${t}" r:id="${id}"/>`;
  x += `<w:pgSz w:w="${page.w}" w:h="${page.h}"/><w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header ?? 567}" w:footer="${page.footer ?? 567}" w:gutter="0"/><w:cols w:space="720"/>`;
  if (o.titlePg) x += '<w:titlePg/>';
  return `${x}<w:docGrid w:linePitch="360"/></w:sectPr>`;
}
export const A4 = { w: 11906, h: 16838 };
export const LETTER = { w: 12240, h: 15840 };

export const stylesXml = (defaults, styles) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${defaults.font}" w:eastAsia="${defaults.font}" w:hAnsi="${defaults.font}" w:cs="${defaults.font}"/><w:sz w:val="${defaults.sz * 2}"/><w:szCs w:val="${defaults.sz * 2}"/><w:lang w:val="${defaults.lang ?? 'en-US'}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${defaults.after ?? 0}" w:line="${defaults.line ?? 252}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
  + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
  + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
  + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
  + '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
  + `${styles}</w:styles>`;

// level: [ilvl, fmt, text, { font, left, hanging, color }]
export const numberingXml = (abstracts) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>`
  + abstracts.map((levels, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.map(([il, fmt, text, o = {}]) => `<w:lvl w:ilvl="${il}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${xe(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${o.left ?? 360 * (il + 1)}" w:hanging="${o.hanging ?? 270}"/></w:pPr>${o.font || o.color ? `<w:rPr>${o.font ? `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:hint="default"/>` : ''}${o.color ? `<w:color w:val="${o.color}"/>` : ''}</w:rPr>` : ''}</w:lvl>`).join('')}</w:abstractNum>`).join('')
  + abstracts.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('')
  + '</w:numbering>';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
// pkg: { body, sect, styles, numbering?, links: [[rid, url]], headers: [{id, file, xml}], footers: [...], title, author, app }
export function pack(pkg) {
  const files = {};
  const ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'];
  const rels = [`<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`, `<Relationship Id="rId2" Type="${REL}/settings" Target="settings.xml"/>`];
  if (pkg.numbering) {
    ct.push('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>');
    rels.push(`<Relationship Id="rId3" Type="${REL}/numbering" Target="numbering.xml"/>`);
    files['word/numbering.xml'] = strToU8(pkg.numbering);
  }
  for (const [kind, list] of [['header', pkg.headers ?? []], ['footer', pkg.footers ?? []]]) {
    for (const h of list) {
      ct.push(`<Override PartName="/word/${h.file}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`);
      rels.push(`<Relationship Id="${h.id}" Type="${REL}/${kind}" Target="${h.file}"/>`);
      files[`word/${h.file}`] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind === 'header' ? 'hdr' : 'ftr'} ${W_NS}>${h.xml}</w:${kind === 'header' ? 'hdr' : 'ftr'}>`);
    }
  }
  for (const [rid, url] of pkg.links ?? []) rels.push(`<Relationship Id="${rid}" Type="${REL}/hyperlink" Target="${xe(url)}" TargetMode="External"/>`);
  ct.push('</Types>');
  files['[Content_Types].xml'] = strToU8(ct.join(''));
  files['_rels/.rels'] = strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  files['word/_rels/document.xml.rels'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`);
  files['word/document.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${pkg.body}${pkg.sect}</w:body></w:document>`);
  files['word/styles.xml'] = strToU8(pkg.styles);
  files['word/settings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`);
  const now = '2025-01-14T09:30:00Z';
  files['docProps/core.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(pkg.title)}</dc:title><dc:creator>${xe(pkg.author)}</dc:creator><cp:lastModifiedBy>${xe(pkg.author)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`);
  files['docProps/app.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xe(pkg.app ?? 'Microsoft Office Word')}</Application><DocSecurity>0</DocSecurity></Properties>`);
  return zipSync(files, { level: 6, mtime: new Date('2025-01-14T09:30:00Z') });
}
