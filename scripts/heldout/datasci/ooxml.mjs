// Minimal hand-written WordprocessingML for the datasci DOCX designs: runs, paragraphs, hyperlinks (per-part
// relationships), tables, fields, header/footer parts, numbering, styles and the zip package (fflate from node_modules).
import { zipSync, strToU8 } from 'fflate';

export const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// run options: {b, i, sz (pt), color, font, caps, smallCaps, spacing (twips), u}
export function rPr(o = {}) {
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

// text may contain \t (tab) and \n (line break)
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${xe(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}

export const columnBreak = () => '<w:r><w:br w:type="column"/></w:r>';

export function field(instr, shown, o = {}) {
  return `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
    `<w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;
}

// paragraph options: {style, align, before, after, line, tabs [[pos, align]], ind {left, hanging, firstLine, right},
//  border {bottom: [sz, color, space]}, shd, numId, keepNext, sect (sectPr xml ending a section)}
export function p(content = [], o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.numId) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.border) x += `<w:pBdr>${Object.entries(o.border).map(([side, [sz, color, space]]) => `<w:${side} w:val="single" w:sz="${sz}" w:space="${space ?? 1}" w:color="${color}"/>`).join('')}</w:pBdr>`;
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, al]) => `<w:tab w:val="${al}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.sect) x += o.sect;
  return `<w:p>${x ? `<w:pPr>${x}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

// A part (document, header, footer) collects its own hyperlink relationships.
export class Part {
  constructor() { this.links = []; }
  link(href, text, o = {}) {
    const id = `rIdL${this.links.length + 1}`;
    this.links.push([id, href]);
    return `<w:hyperlink r:id="${id}" w:history="1">${r(text, { style: 'Hyperlink', ...o })}</w:hyperlink>`;
  }
  rels(extra = '') {
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${extra}` +
      this.links.map(([id, href]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xe(href)}" TargetMode="External"/>`).join('') + '</Relationships>';
  }
}

// rows: [[cell]]; cell = {content: [p xml], span, shd, vAlign}; o = {widths [twips], borders: 'none' | {insideH: [sz, color], ...}}
export function tbl(rows, o) {
  const W = o.widths;
  const total = W.reduce((a, b) => a + b, 0);
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const bd = sides.map((s) => (o.borders?.[s] ? `<w:${s} w:val="single" w:sz="${o.borders[s][0]}" w:space="0" w:color="${o.borders[s][1]}"/>` : `<w:${s} w:val="nil"/>`)).join('');
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${bd}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${o.mar ?? 80}" w:type="dxa"/><w:right w:w="${o.mar ?? 80}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>`;
  x += `<w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = W.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let pr = `<w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}`;
      if (c.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.vAlign) pr += `<w:vAlign w:val="${c.vAlign}"/>`;
      x += `<w:tc><w:tcPr>${pr}</w:tcPr>${c.content?.length ? [].concat(c.content).join('') : p([], { after: 0 })}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// bullets: [{text, font, color, left, hanging}] or {decimal: true, text: '%1.'}; numId = index + 1
export function numbering(defs) {
  let abs = '';
  let nums = '';
  defs.forEach((d, i) => {
    const rp = `${d.font ? `<w:rFonts w:ascii="${d.font}" w:hAnsi="${d.font}" w:hint="default"/>` : ''}${d.color ? `<w:color w:val="${d.color}"/>` : ''}`;
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${d.decimal ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${xe(d.text)}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${d.left ?? 360}" w:hanging="${d.hanging ?? 240}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl></w:abstractNum>`;
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

// o = {font, size, color, heading: {rpr, ppr}, link: color}
export function styles(o) {
  const sz = Math.round(o.size * 2);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${o.lang ?? 'en-US'}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="250" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${o.color ? `<w:rPr><w:color w:val="${o.color}"/></w:rPr>` : ''}</w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/>${o.heading.ppr ?? ''}<w:outlineLvl w:val="0"/></w:pPr>${rPr(o.heading.rpr)}</w:style>` +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="${o.link ?? '0563C1'}"/><w:u w:val="single"/></w:rPr></w:style>` +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
}

const letter = { w: 12240, h: 15840 };
const a4 = { w: 11906, h: 16838 };

// section properties. o = {page: 'a4' | 'letter', margins {top,right,bottom,left}, header, footer (bool), cols (xml), type ('continuous')}
export function sectPr(o) {
  const pg = o.page === 'letter' ? letter : a4;
  const m = { top: 720, right: 720, bottom: 720, left: 720, header: 400, footer: 400, ...(o.margins ?? {}) };
  return `<w:sectPr>${o.header ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : ''}${o.footer ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}${o.type ? `<w:type w:val="${o.type}"/>` : ''}` +
    `<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${m.header}" w:footer="${m.footer}" w:gutter="0"/>${o.cols ?? '<w:cols w:space="708"/>'}<w:docGrid w:linePitch="360"/></w:sectPr>`;
}

// o = {doc: Part, body, sect (final sectPr), styles, numbering, header: {part, body}, footer: {part, body}, title, author}
export function pack(o) {
  const ct = [
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>',
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
  ];
  let docRels = '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
    '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>';
  const files = {};
  for (const kind of ['header', 'footer']) {
    if (!o[kind]) continue;
    const tag = kind === 'header' ? 'hdr' : 'ftr';
    files[`word/${kind}1.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${NS}>${o[kind].body}</w:${tag}>`;
    files[`word/_rels/${kind}1.xml.rels`] = o[kind].part.rels();
    ct.push(`<Override PartName="/word/${kind}1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`);
    docRels += `<Relationship Id="rId${kind === 'header' ? 'Header1' : 'Footer1'}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}" Target="${kind}1.xml"/>`;
  }
  Object.assign(files, {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${ct.join('')}</Types>`,
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(o.title)}</dc:title><dc:creator>${xe(o.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-02T08:30:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application></Properties>',
    'word/_rels/document.xml.rels': o.doc.rels(docRels),
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${o.sect}</w:body></w:document>`,
    'word/styles.xml': o.styles,
    'word/numbering.xml': o.numbering,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
  });
  const enc = {};
  for (const [k, v] of Object.entries(files)) enc[k] = strToU8(v);
  return Buffer.from(zipSync(enc, { level: 6, mtime: new Date('2025-06-02T08:30:00Z') }));
}
