// Minimal hand-written WordprocessingML for the federal batch (runs, paragraphs, tables, hyperlinks, numbering,
// header/footer with PAGE fields) zipped with fflate from the project's node_modules.
import { zipSync, strToU8 } from 'fflate';
import { xml } from './lib.mjs';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// o: {b, i, u, sz (pt), color, font, caps, smallCaps, style}
export function rpr(o = {}) {
  let x = '';
  if (o.style) x += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.smallCaps) x += '<w:smallCaps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${xml(part)}</w:t>`;
  }
  return `<w:r>${rpr(o)}${inner}</w:r>`;
}
export const b = (t, o = {}) => r(t, { ...o, b: true });
export const link = (rid, text, o = {}) => `<w:hyperlink r:id="${rid}" w:history="1">${r(text, { ...o, style: 'Hyperlink' })}</w:hyperlink>`;
export function field(instr, shown, o = {}) {
  const rp = rpr(o);
  return `<w:r>${rp}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rp}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r>${rp}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${rp}<w:fldChar w:fldCharType="end"/></w:r>`;
}

// o: {style, align, before, after, line, tabs:[[pos,'right'|'left'|'center', leader]], num:[numId, ilvl], ind:{left,hanging,firstLine},
//     keepNext, keepLines, top/bottom border {sz,color,space}, shd}
export function p(content, o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.num) x += `<w:numPr><w:ilvl w:val="${o.num[1] ?? 0}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`;
  if (o.top || o.bottom) {
    x += '<w:pBdr>';
    for (const side of ['top', 'bottom']) if (o[side]) x += `<w:${side} w:val="single" w:sz="${o[side].sz ?? 6}" w:space="${o[side].space ?? 1}" w:color="${o[side].color ?? 'auto'}"/>`;
    x += '</w:pBdr>';
  }
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  return `<w:p>${x ? `<w:pPr>${x}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

// rows: [[{content, span, shd, w}]]; o: {widths, borders: 'none'|'all'|'outer', color, cellMar}
export function tbl(rows, o) {
  const total = o.widths.reduce((a, c) => a + c, 0);
  const line = (s) => `<w:${s} w:val="single" w:sz="${o.bsz ?? 4}" w:space="0" w:color="${o.color ?? '808080'}"/>`;
  const nil = (s) => `<w:${s} w:val="nil"/>`;
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const borders = sides.map((s) => (o.borders === 'all' || (o.borders === 'outer' && !s.startsWith('inside')) || (o.borders === 'h' && !['left', 'right', 'insideV'].includes(s)) ? line(s) : nil(s))).join('');
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${o.padV ?? 30}" w:type="dxa"/><w:left w:w="${o.padH ?? 100}" w:type="dxa"/><w:bottom w:w="${o.padV ?? 30}" w:type="dxa"/><w:right w:w="${o.padH ?? 100}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
  x += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += `<w:tr>${o.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, v) => a + v, 0);
      col += span;
      x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}</w:tcPr>${[].concat(c.content).join('') || '<w:p/>'}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// levels: [{text, font, left, hanging, color, fmt}] per list → numId = index + 1
function numbering(lists) {
  let abs = '', nums = '';
  lists.forEach((levels, i) => {
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>`;
    levels.forEach((l, k) => {
      const rp = (l.font ? `<w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/>` : '') + (l.color ? `<w:color w:val="${l.color}"/>` : '');
      abs += `<w:lvl w:ilvl="${k}"><w:start w:val="1"/><w:numFmt w:val="${l.fmt ?? 'bullet'}"/><w:lvlText w:val="${xml(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${l.left ?? 360}" w:hanging="${l.hanging ?? 360}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl>`;
    });
    abs += '</w:abstractNum>';
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W}>${abs}${nums}</w:numbering>`;
}

function styles(o) {
  const font = o.font, sz = Math.round(o.size * 2);
  const hs = (o.headings ?? []).map(([id, name, run, para]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/>${para ?? ''}<w:outlineLvl w:val="${id.endsWith('2') ? 1 : 0}"/></w:pPr>${rpr(run)}</w:style>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${o.after ?? 0}" w:line="${o.line ?? 240}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="${o.linkColor ?? '0563C1'}"/><w:u w:val="single"/></w:rPr></w:style>` +
    hs + '</w:styles>';
}

// d: {body, font, size, headings, lists, links:[[rid,url]], header (xml), footer (xml), firstHeader (xml: titlePg), page:{w,h,margin}, title, author}
export function docx(d) {
  const page = d.page ?? { w: 12240, h: 15840, margin: 1080 };
  const rels = [
    ['rId1', 'styles', 'styles.xml'], ['rId2', 'numbering', 'numbering.xml'], ['rId3', 'settings', 'settings.xml'], ['rId4', 'fontTable', 'fontTable.xml'],
  ];
  const files = {};
  const hdrRefs = [];
  const part = (kind, file, body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind} ${W}>${body}</w:${kind}>`;
  if (d.header) { rels.push(['rId10', 'header', 'header1.xml']); files['word/header1.xml'] = part('hdr', 'header1.xml', d.header); hdrRefs.push('<w:headerReference w:type="default" r:id="rId10"/>'); }
  if (d.firstHeader != null) { rels.push(['rId11', 'header', 'header2.xml']); files['word/header2.xml'] = part('hdr', 'header2.xml', d.firstHeader || '<w:p/>'); hdrRefs.push('<w:headerReference w:type="first" r:id="rId11"/>'); }
  if (d.footer) { rels.push(['rId12', 'footer', 'footer1.xml']); files['word/footer1.xml'] = part('ftr', 'footer1.xml', d.footer); hdrRefs.push('<w:footerReference w:type="default" r:id="rId12"/>'); if (d.firstHeader != null) hdrRefs.push('<w:footerReference w:type="first" r:id="rId12"/>'); }
  const sect = `<w:sectPr>${hdrRefs.join('')}<w:pgSz w:w="${page.w}" w:h="${page.h}"/><w:pgMar w:top="${page.top ?? page.margin}" w:right="${page.margin}" w:bottom="${page.margin}" w:left="${page.margin}" w:header="${page.header ?? 540}" w:footer="${page.footer ?? 540}" w:gutter="0"/>${d.firstHeader != null ? '<w:titlePg/>' : ''}</w:sectPr>`;
  const relXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, t, f]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${f}"/>`).join('')}${(d.links ?? []).map(([id, url]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xml(url)}" TargetMode="External"/>`).join('')}</Relationships>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
    Object.keys(files).map((f) => `<Override PartName="/${f}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${f.includes('header') ? 'header' : 'footer'}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const fonts = [...new Set([d.font, 'Symbol', 'Courier New', ...(d.fonts ?? [])])];
  Object.assign(files, {
    '[Content_Types].xml': ct,
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    'word/_rels/document.xml.rels': relXml,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${d.body.join('')}${sect}</w:body></w:document>`,
    'word/styles.xml': styles(d),
    'word/numbering.xml': numbering(d.lists ?? [[{ text: '\uF0B7', font: 'Symbol' }]]),
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/fontTable.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${W}>${fonts.map((f) => `<w:font w:name="${f}"/>`).join('')}</w:fonts>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(d.title)}</dc:title><dc:creator>${xml(d.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T09:00:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>',
  });
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = strToU8(v);
  return Buffer.from(zipSync(u8, { level: 6, mtime: new Date('2025-06-02T09:00:00Z') }));
}
