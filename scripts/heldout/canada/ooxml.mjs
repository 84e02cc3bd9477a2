// Hand-written WordprocessingML for the canada batch: runs, paragraphs, tables, hyperlinks, bullet numbering,
// PAGE / NUMPAGES fields, headers / footers and a floating DrawingML text box; zipped with fflate.
import { zipSync, strToU8 } from 'fflate';
import { xmlEsc as x } from './lib.mjs';

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// run properties: {b, i, u, sz (pt), color, font, caps, spacing (twips), style}
export function rpr(o = {}) {
  let s = '';
  if (o.style) s += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) s += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) s += '<w:b/><w:bCs/>';
  if (o.i) s += '<w:i/><w:iCs/>';
  if (o.caps) s += '<w:caps/>';
  if (o.color) s += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) s += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) s += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) s += '<w:u w:val="single"/>';
  return s ? `<w:rPr>${s}</w:rPr>` : '';
}
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${x(part)}</w:t>`;
  }
  return `<w:r>${rpr(o)}${inner}</w:r>`;
}
export const link = (rid, text, o = {}) => `<w:hyperlink r:id="${rid}" w:history="1">${r(text, { ...o, style: 'Hyperlink' })}</w:hyperlink>`;
export function field(instr, shown, o = {}) {
  const p = rpr(o);
  return `<w:r>${p}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${p}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r>${p}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${p}<w:fldChar w:fldCharType="end"/></w:r>`;
}

// paragraph: {style, align, before, after, line, tabs:[[pos, 'right'|'left', leader]], num:[numId, lvl],
// ind:{left, hanging, firstLine}, keepNext, bottom:{sz,color,space}, top, shd}
export function p(content, o = {}) {
  let s = '';
  if (o.style) s += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) s += '<w:keepNext/>';
  if (o.num) s += `<w:numPr><w:ilvl w:val="${o.num[1] ?? 0}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`;
  if (o.top || o.bottom) {
    s += '<w:pBdr>';
    for (const side of ['top', 'bottom']) if (o[side]) s += `<w:${side} w:val="${o[side].val ?? 'single'}" w:sz="${o[side].sz ?? 6}" w:space="${o[side].space ?? 1}" w:color="${o[side].color ?? 'auto'}"/>`;
    s += '</w:pBdr>';
  }
  if (o.shd) s += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) s += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) s += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) s += `<w:ind${Object.entries(o.ind).map(([kk, v]) => ` w:${kk}="${v}"`).join('')}/>`;
  if (o.align) s += `<w:jc w:val="${o.align}"/>`;
  return `<w:p>${s ? `<w:pPr>${s}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

// rows: [[{content, span, shd, vAlign}]]; o: {widths, borders: 'none'|'all'|'h', color, bsz, padH, padV}
export function tbl(rows, o) {
  const total = o.widths.reduce((a, c) => a + c, 0);
  const on = (s) => `<w:${s} w:val="single" w:sz="${o.bsz ?? 4}" w:space="0" w:color="${o.color ?? '999999'}"/>`;
  const off = (s) => `<w:${s} w:val="nil"/>`;
  const borders = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => (o.borders === 'all' || (o.borders === 'h' && ['top', 'bottom', 'insideH'].includes(s)) ? on(s) : off(s))).join('');
  let s = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${o.padV ?? 30}" w:type="dxa"/><w:left w:w="${o.padH ?? 100}" w:type="dxa"/><w:bottom w:w="${o.padV ?? 30}" w:type="dxa"/><w:right w:w="${o.padH ?? 100}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
  s += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    s += `<w:tr>${o.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, v) => a + v, 0);
      col += span;
      s += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}${c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : ''}</w:tcPr>${[].concat(c.content).join('') || '<w:p/>'}</w:tc>`;
    }
    s += '</w:tr>';
  }
  return s + '</w:tbl>';
}

// A floating text box (DrawingML wps shape) anchored in the paragraph that holds this run.
// o: {id, w, h (inches), x (offset from the margin, inches), y (offset from the paragraph, inches), fill, line}
export function textBox(paras, o) {
  const E = (inch) => Math.round(inch * 914400);
  return `<w:r><w:drawing><wp:anchor distT="45720" distB="45720" distL="137160" distR="45720" simplePos="0" relativeHeight="${251659264 + o.id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>${E(o.x)}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>${E(o.y ?? 0)}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${E(o.w)}" cy="${E(o.h)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="${o.id}" name="Text Box ${o.id}"/><wp:cNvGraphicFramePr/>` +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>' +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${E(o.w)}" cy="${E(o.h)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${o.fill ?? 'F2F5F8'}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${o.line ?? '8899AA'}"/></a:solidFill></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${paras.join('')}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="64008" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
}

function numbering(lists) {
  let abs = '', nums = '';
  lists.forEach((l, i) => {
    const rp = (l.font ? `<w:rFonts w:ascii="${l.font}" w:hAnsi="${l.font}" w:hint="default"/>` : '') + (l.color ? `<w:color w:val="${l.color}"/>` : '');
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${x(l.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${l.left ?? 360}" w:hanging="${l.hanging ?? 270}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl></w:abstractNum>`;
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

function styles(d) {
  const sz = Math.round(d.size * 2);
  const heads = (d.headings ?? []).map(([id, name, run, para]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/>${para ?? ''}<w:outlineLvl w:val="0"/></w:pPr>${rpr(run)}</w:style>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${d.font}" w:eastAsia="${d.font}" w:hAnsi="${d.font}" w:cs="${d.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-CA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${d.after ?? 0}" w:line="${d.line ?? 240}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="${d.linkColor ?? '0563C1'}"/>${d.linkUnderline === false ? '' : '<w:u w:val="single"/>'}</w:rPr></w:style>` +
    heads + '</w:styles>';
}

// d: {body[], font, size, headings, lists, links:[[rid,url]], header, footer, page:{w,h,margin,top,bottom,header,footer}, title, author}
export function docx(d) {
  const pg = d.page ?? {};
  const W = pg.w ?? 12240, H = pg.h ?? 15840, M = pg.margin ?? 1080;
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'numbering', 'numbering.xml'], ['rId3', 'settings', 'settings.xml'], ['rId4', 'fontTable', 'fontTable.xml']];
  const files = {};
  const refs = [];
  const part = (kind, body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${kind} ${NS}>${body}</w:${kind}>`;
  if (d.header) { rels.push(['rId10', 'header', 'header1.xml']); files['word/header1.xml'] = part('hdr', d.header); refs.push('<w:headerReference w:type="default" r:id="rId10"/>'); }
  if (d.footer) { rels.push(['rId11', 'footer', 'footer1.xml']); files['word/footer1.xml'] = part('ftr', d.footer); refs.push('<w:footerReference w:type="default" r:id="rId11"/>'); }
  const sect = `<w:sectPr>${refs.join('')}<w:pgSz w:w="${W}" w:h="${H}"/><w:pgMar w:top="${pg.top ?? M}" w:right="${M}" w:bottom="${pg.bottom ?? M}" w:left="${M}" w:header="${pg.header ?? 500}" w:footer="${pg.footer ?? 500}" w:gutter="0"/></w:sectPr>`;
  const relXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.map(([id, t, f]) => `<Relationship Id="${id}" Type="${REL}/${t}" Target="${f}"/>`).join('')}${(d.links ?? []).map(([id, url]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${x(url)}" TargetMode="External"/>`).join('')}</Relationships>`;
  const hfRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${(d.links ?? []).map(([id, url]) => `<Relationship Id="${id}" Type="${REL}/hyperlink" Target="${x(url)}" TargetMode="External"/>`).join('')}</Relationships>`;
  if (d.header) files['word/_rels/header1.xml.rels'] = hfRels;
  const ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
    (d.header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '') +
    (d.footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const fonts = [...new Set([d.font, 'Symbol', 'Wingdings', ...(d.fonts ?? [])])];
  Object.assign(files, {
    '[Content_Types].xml': ct,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'word/_rels/document.xml.rels': relXml,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${d.body.join('')}${sect}</w:body></w:document>`,
    'word/styles.xml': styles(d),
    'word/numbering.xml': numbering(d.lists ?? [{ text: '\uF0B7', font: 'Symbol' }]),
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/fontTable.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${NS}>${fonts.map((f) => `<w:font w:name="${f}"/>`).join('')}</w:fonts>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(d.title)}</dc:title><dc:creator>${x(d.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-10T14:00:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>',
  });
  const u8 = {};
  for (const [kk, v] of Object.entries(files)) u8[kk] = strToU8(v);
  return Buffer.from(zipSync(u8, { level: 6, mtime: new Date('2025-03-10T14:00:00Z') }));
}
