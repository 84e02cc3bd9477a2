// A small WordprocessingML (DOCX) writer for the freelance batch, written for it: runs, paragraphs with tab stops,
// borders, shading and list numbering, tables with per-cell borders and shading, external hyperlinks, paragraph
// styles (Title, Heading 1/2), header and footer parts, and the OPC package zipped with fflate (repo dependency).
import { zipSync, strToU8 } from 'fflate';

export const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

// run properties: {font, b, i, u, caps, smallCaps, color, sz (pt), spacing (twips), highlight}
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

// A run; "\t" becomes a tab, "\n" a line break.
export function run(text, o = {}) {
  const parts = String(text).split(/(\t|\n)/).map((t) => (t === '\t' ? '<w:tab/>' : t === '\n' ? '<w:br/>' : t ? `<w:t xml:space="preserve">${xml(t)}</w:t>` : ''));
  return `<w:r>${rpr(o)}${parts.join('')}</w:r>`;
}

// paragraph properties: {style, num (numId), lvl, keepNext, keepLines, before, after, line, align, ind {left, right,
// hanging, firstLine}, tabs [[pos, 'left'|'right'|'center', leader]], border {top|bottom|left|right: [sz, color, space]},
// shd (fill), mark (run props of the mark)}
export function para(content = [], o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.keepLines) x += '<w:keepLines/>';
  if (o.num) x += `<w:numPr><w:ilvl w:val="${o.lvl ?? 0}"/><w:numId w:val="${o.num}"/></w:numPr>`;
  if (o.border) {
    x += `<w:pBdr>${['top', 'left', 'bottom', 'right'].filter((s) => o.border[s]).map((s) => {
      const [sz, color, space] = o.border[s];
      return `<w:${s} w:val="single" w:sz="${sz}" w:space="${space ?? 1}" w:color="${color}"/>`;
    }).join('')}</w:pBdr>`;
  }
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, al, leader]) => `<w:tab w:val="${al}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.mark) x += rpr(o.mark);
  return `<w:p>${x ? `<w:pPr>${x}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

const SIDES = ['top', 'left', 'bottom', 'right'];
const bdr = (b) => (b ? `<w:tcBorders>${Object.entries(b).map(([s, [sz, color]]) => `<w:${s} w:val="${sz ? 'single' : 'nil'}"${sz ? ` w:sz="${sz}" w:space="0" w:color="${color}"` : ''}/>`).join('')}</w:tcBorders>` : '');

// rows: [[cell]], cell = {paras [xml] | text, shd, span, vAlign, borders {side: [sz, color]}, mar {top,left,bottom,right}}
// o = {widths [twips], grid ([sz, color] for all borders, else none), header (first row repeats), cellMar {l, r, t, b},
//      cantSplit, indent}
export function table(rows, o) {
  const W = o.widths, total = W.reduce((a, b) => a + b, 0);
  const tb = o.grid
    ? [...SIDES, 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="${o.grid[0]}" w:space="0" w:color="${o.grid[1]}"/>`).join('')
    : [...SIDES, 'insideH', 'insideV'].map((s) => `<w:${s} w:val="nil"/>`).join('');
  const m = { l: 100, r: 100, t: 0, b: 0, ...(o.cellMar ?? {}) };
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.indent != null ? `<w:tblInd w:w="${o.indent}" w:type="dxa"/>` : ''}<w:tblBorders>${tb}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:top w:w="${m.t}" w:type="dxa"/><w:left w:w="${m.l}" w:type="dxa"/><w:bottom w:w="${m.b}" w:type="dxa"/><w:right w:w="${m.r}" w:type="dxa"/></w:tblCellMar>` +
    '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>';
  x += `<w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  rows.forEach((row, ri) => {
    const trPr = `${o.cantSplit ? '<w:cantSplit/>' : ''}${o.header && ri === 0 ? '<w:tblHeader/>' : ''}`;
    x += `<w:tr>${trPr ? `<w:trPr>${trPr}</w:trPr>` : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = W.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let pr = `<w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${bdr(c.borders)}`;
      if (c.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.mar) pr += `<w:tcMar>${Object.entries(c.mar).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>`;
      if (c.vAlign) pr += `<w:vAlign w:val="${c.vAlign}"/>`;
      const body = c.paras?.length ? c.paras.join('') : para(c.text != null ? run(c.text, c.run) : [], { after: 0 });
      x += `<w:tc><w:tcPr>${pr}</w:tcPr>${body}</w:tc>`;
    }
    x += '</w:tr>';
  });
  return `${x}</w:tbl>`;
}

// The document package. o = {font, size (pt), color, lang, page ('A4' | 'Letter'), margins {top,right,bottom,left}
// (twips), lineSpacing (240 = single), after (default space after, twips), title, author, application}
export class Docx {
  constructor(o) {
    this.o = { lang: 'en-GB', page: 'A4', lineSpacing: 252, after: 0, application: 'Microsoft Office Word', ...o };
    this.rels = [];
    this.lists = [];
    this.styleDefs = [];
    this.headerXml = null;
    this.footerXml = null;
  }
  // An external hyperlink around one run of text.
  link(text, url, o = {}) {
    const id = `rIdL${this.rels.length + 1}`;
    this.rels.push(`<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xml(url)}" TargetMode="External"/>`);
    return `<w:hyperlink r:id="${id}" w:history="1">${run(text, { style: 'Hyperlink', ...o })}</w:hyperlink>`;
  }
  // A bullet list definition; returns its numId. b = {glyph, font, color, sz, left, hanging}
  bullet(b) {
    this.lists.push(b);
    return this.lists.length;
  }
  // A paragraph style. s = {id, name, basedOn, run (rpr opts), para (pPr xml), outline}
  style(s) { this.styleDefs.push(s); }
  header(paras) { this.headerXml = [].concat(paras).join(''); }
  footer(paras) { this.footerXml = [].concat(paras).join(''); }

  numberingXml() {
    const abs = this.lists.map((b, i) => `<w:abstractNum w:abstractNumId="${i}"><w:nsid w:val="${(0x1a2b3c00 + i * 7919).toString(16).toUpperCase()}"/><w:multiLevelType w:val="hybridMultilevel"/>` +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${xml(b.glyph)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${b.left ?? 360}" w:hanging="${b.hanging ?? 240}"/></w:pPr>` +
      `<w:rPr>${b.font ? `<w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/>` : ''}${b.color ? `<w:color w:val="${b.color}"/>` : ''}${b.sz ? `<w:sz w:val="${b.sz * 2}"/>` : ''}</w:rPr></w:lvl></w:abstractNum>`).join('');
    const nums = this.lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>${abs}${nums}</w:numbering>`;
  }

  stylesXml() {
    const o = this.o, sz = Math.round(o.size * 2);
    const custom = this.styleDefs.map((s) => `<w:style w:type="paragraph" w:styleId="${s.id}"><w:name w:val="${s.name}"/><w:basedOn w:val="${s.basedOn ?? 'Normal'}"/><w:next w:val="Normal"/><w:qFormat/>` +
      `<w:pPr>${s.para ?? ''}${s.outline != null ? `<w:outlineLvl w:val="${s.outline}"/>` : ''}</w:pPr>${rpr(s.run)}</w:style>`).join('');
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>` +
      `<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${o.lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${o.after}" w:line="${o.lineSpacing}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>${o.color ? `<w:rPr><w:color w:val="${o.color}"/></w:rPr>` : ''}</w:style>` +
      '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
      '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
      `${custom}</w:styles>`;
  }

  build(body) {
    const o = this.o;
    const m = { top: 1000, right: 1000, bottom: 1000, left: 1000, ...(o.margins ?? {}) };
    const [pw, ph] = o.page === 'Letter' ? [12240, 15840] : [11906, 16838];
    const hf = `${this.headerXml ? '<w:headerReference w:type="default" r:id="rIdHeader1"/>' : ''}${this.footerXml ? '<w:footerReference w:type="default" r:id="rIdFooter1"/>' : ''}`;
    const sect = `<w:sectPr>${hf}<w:pgSz w:w="${pw}" w:h="${ph}"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="400" w:footer="400" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
    const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body}${sect}</w:body></w:document>`;
    const part = (tag, inner) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${W_NS}>${inner}</w:${tag}>`;
    const ov = (p, t) => `<Override PartName="${p}" ContentType="application/vnd.openxmlformats-officedocument.${t}"/>`;
    const rel = (id, t, target) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${target}"/>`;
    const files = {
      '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        ov('/word/document.xml', 'wordprocessingml.document.main+xml') + ov('/word/styles.xml', 'wordprocessingml.styles+xml') + ov('/word/settings.xml', 'wordprocessingml.settings+xml') +
        ov('/word/numbering.xml', 'wordprocessingml.numbering+xml') + (this.headerXml ? ov('/word/header1.xml', 'wordprocessingml.header+xml') : '') + (this.footerXml ? ov('/word/footer1.xml', 'wordprocessingml.footer+xml') : '') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' + ov('/docProps/app.xml', 'extended-properties+xml') + '</Types>',
      '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        rel('rId1', 'officeDocument', 'word/document.xml') + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' + rel('rId3', 'extended-properties', 'docProps/app.xml') + '</Relationships>',
      'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xml(o.title ?? '')}</dc:title><dc:creator>${xml(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-10T08:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-02-11T17:05:00Z</dcterms:modified></cp:coreProperties>`,
      'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>${xml(o.application)}</Application></Properties>`,
      'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        rel('rIdStyles', 'styles', 'styles.xml') + rel('rIdSettings', 'settings', 'settings.xml') + rel('rIdNumbering', 'numbering', 'numbering.xml') +
        (this.headerXml ? rel('rIdHeader1', 'header', 'header1.xml') : '') + (this.footerXml ? rel('rIdFooter1', 'footer', 'footer1.xml') : '') + this.rels.join('') + '</Relationships>',
      'word/document.xml': doc,
      'word/styles.xml': this.stylesXml(),
      'word/numbering.xml': this.numberingXml(),
      'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    };
    if (this.headerXml) files['word/header1.xml'] = part('hdr', this.headerXml);
    if (this.footerXml) files['word/footer1.xml'] = part('ftr', this.footerXml);
    return zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6, mtime: new Date('2025-02-11T17:05:00Z') });
  }
}
