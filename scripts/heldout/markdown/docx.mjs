// WordprocessingML for the "markdown" batch: the Markdown AST of md.mjs written as a Markdown-to-Word converter
// would write it, in two dialects, plus the package (fflate zip).
//   flavour 'pandoc': pandoc's reference.docx conventions: Title, Heading1-3, FirstParagraph / BodyText, "Compact"
//     list paragraphs with numPr on every item, VerbatimChar code runs, Hyperlink runs, a "Table" style.
//   flavour 'word': a Word-style converter: Heading1-3, Normal paragraphs, the built-in "List Bullet" / "List Bullet 2"
//     paragraph styles whose numbering lives in the STYLE (no numPr on the paragraph), "Table Grid" tables.
// The org-mode design builds its own paragraphs with the exported helpers (run, para, table).
import { zipSync, strToU8 } from 'fflate';

export const xesc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

// ---------------------------------------------------------------- primitives
// o: {b, i, style (character style id), color, sz (pt), font}
export function run(text, o = {}) {
  let pr = '';
  if (o.style) pr += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) pr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) pr += '<w:b/><w:bCs/>';
  if (o.i) pr += '<w:i/><w:iCs/>';
  if (o.color) pr += `<w:color w:val="${o.color}"/>`;
  if (o.sz) pr += `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>`;
  const parts = String(text).split(/(\n|\t)/).map((s) => (s === '\n' ? '<w:br/>' : s === '\t' ? '<w:tab/>' : s ? `<w:t xml:space="preserve">${xesc(s)}</w:t>` : '')).join('');
  return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${parts}</w:r>`;
}
// o: {style, numId, ilvl, align, ind {left, hanging}, before, after, keepNext, tabs [[pos, align]]}
export function para(content, o = {}) {
  let pr = '';
  if (o.style) pr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pr += '<w:keepNext/>';
  if (o.numId) pr += `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.tabs) pr += `<w:tabs>${o.tabs.map(([pos, al]) => `<w:tab w:val="${al}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null) pr += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}/>`;
  if (o.ind) pr += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) pr += `<w:jc w:val="${o.align}"/>`;
  return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}
// rows: [[cell paragraphs xml]]; o: {style, widths [twips], header (first row is a header row)}
export function table(rows, o) {
  const W = o.widths;
  let x = `<w:tbl><w:tblPr><w:tblStyle w:val="${o.style}"/><w:tblW w:w="${W.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblLook w:val="${o.header ? '0020' : '0000'}" w:firstRow="${o.header ? 1 : 0}" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>`;
  x += `<w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  rows.forEach((r, ri) => {
    x += `<w:tr>${ri === 0 && o.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}`;
    r.forEach((c, ci) => { x += `<w:tc><w:tcPr><w:tcW w:w="${W[ci]}" w:type="dxa"/></w:tcPr>${[].concat(c).join('') || '<w:p/>'}</w:tc>`; });
    x += '</w:tr>';
  });
  return x + '</w:tbl>';
}

// ---------------------------------------------------------------- Markdown AST -> body
export class DocxWriter {
  // flavour: 'pandoc' | 'word'; o: {titleFromH1 (pandoc: first H1 -> Title), tableWidth (twips)}
  constructor(flavour, o = {}) {
    this.flavour = flavour; this.o = o; this.links = []; this.body = []; this.titleDone = false; this.afterHeading = false;
  }
  rel(href) {
    const id = `rIdL${this.links.length + 1}`;
    this.links.push({ id, href });
    return id;
  }
  inl(nodes, base = {}) {
    return nodes.map((n) => {
      switch (n.t) {
        case 'text': return run(n.v, base);
        case 'br': return run('\n', base);
        case 'code': return run(n.v, { ...base, style: this.flavour === 'pandoc' ? 'VerbatimChar' : 'InlineCode' });
        case 'b': return this.inl(n.c, { ...base, b: true });
        case 'i': return this.inl(n.c, { ...base, i: true });
        case 'a': return `<w:hyperlink r:id="${this.rel(n.href)}" w:history="1">${this.inl(n.c, { ...base, style: 'Hyperlink' })}</w:hyperlink>`;
        case 'html': return '';
        default: throw new Error(`inline ${n.t}`);
      }
    }).join('');
  }
  bodyStyle() {
    if (this.flavour !== 'pandoc') return null;
    const s = this.afterHeading ? 'FirstParagraph' : 'BodyText';
    this.afterHeading = false;
    return s;
  }
  list(b, level) {
    for (const it of b.items) {
      const content = this.inl(it.inl);
      if (this.flavour === 'pandoc') this.body.push(para(content, { style: 'Compact', numId: b.ordered ? 2 : 1, ilvl: level }));
      else this.body.push(para(content, { style: b.ordered ? 'ListNumber' : level ? 'ListBullet2' : 'ListBullet' }));
      for (const c of it.children) {
        if (c.type === 'list') this.list(c, level + 1);
        else this.block(c);
      }
    }
    this.afterHeading = false;
  }
  block(b) {
    switch (b.type) {
      case 'h': {
        let style = `Heading${Math.min(b.level, 4)}`;
        if (b.level === 1 && this.o.titleFromH1 && !this.titleDone) { style = 'Title'; this.titleDone = true; } else if (this.o.titleFromH1) style = `Heading${Math.min(b.level - 1, 4) || 1}`;
        this.body.push(para(this.inl(b.inl), { style }));
        this.afterHeading = true;
        break;
      }
      case 'p': this.body.push(para(this.inl(b.inl), { style: this.bodyStyle() })); break;
      case 'hr': this.body.push(para('', { style: 'HorizontalRule' })); this.afterHeading = true; break;
      case 'quote': for (const c of b.blocks) if (c.type === 'p') this.body.push(para(this.inl(c.inl), { style: this.flavour === 'pandoc' ? 'BlockText' : 'Quote' })); break;
      case 'code': this.body.push(para(run(b.text, { style: 'VerbatimChar' }), { style: 'SourceCode' })); break;
      case 'list': this.list(b, 0); break;
      case 'html': break;
      case 'table': {
        const total = this.o.tableWidth ?? 9360;
        const n = b.head.length;
        const widths = this.o.colWidths?.(n) ?? Array.from({ length: n }, () => Math.floor(total / n));
        const cell = (c, k, head) => para(this.inl(c, head && this.flavour === 'word' ? { b: true } : {}), { style: this.flavour === 'pandoc' ? 'Compact' : 'TableText', align: b.align[k] === 'right' ? 'right' : b.align[k] === 'center' ? 'center' : null });
        const rows = [b.head.map((c, k) => cell(c, k, true)), ...b.rows.map((r) => r.map((c, k) => cell(c, k, false)))];
        this.body.push(table(rows, { style: this.flavour === 'pandoc' ? 'Table' : 'TableGrid', widths, header: true }));
        this.afterHeading = true;
        break;
      }
      default: throw new Error(`block ${b.type}`);
    }
  }
  write(ast) { for (const b of ast) this.block(b); return this; }
}

// ---------------------------------------------------------------- styles and numbering
const rpr = (o) => `<w:rPr>${o.font ? `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:eastAsia="${o.font}" w:cs="${o.font}"/>` : ''}${o.b ? '<w:b/><w:bCs/>' : ''}${o.i ? '<w:i/><w:iCs/>' : ''}${o.color ? `<w:color w:val="${o.color}"/>` : ''}${o.sz ? `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>` : ''}${o.u ? '<w:u w:val="single"/>' : ''}</w:rPr>`;
const pstyle = (id, name, o = {}) => `<w:style w:type="paragraph"${id === 'Normal' ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${name}"/>${o.basedOn ? `<w:basedOn w:val="${o.basedOn}"/>` : ''}${o.next ? `<w:next w:val="${o.next}"/>` : ''}<w:qFormat/><w:pPr>${o.ppr ?? ''}</w:pPr>${rpr(o)}</w:style>`;
const cstyle = (id, name, o) => `<w:style w:type="character" w:styleId="${id}"><w:name w:val="${name}"/>${rpr(o)}</w:style>`;
const heading = (n, o) => pstyle(`Heading${n}`, `heading ${n}`, { basedOn: 'Normal', next: o.next ?? 'Normal', ...o, ppr: `<w:keepNext/><w:keepLines/>${o.ppr ?? ''}<w:outlineLvl w:val="${n - 1}"/>` });

// t: theme {body: {font, sz, color}, head: {font, color}, h: [[sz, color, b, i]...] for H1..H4, title: {sz, color, font}, code font}
export function stylesXml(flavour, t) {
  const s = [];
  s.push(pstyle('Normal', 'Normal', { ...t.body, ppr: flavour === 'pandoc' ? '<w:spacing w:before="0" w:after="0"/>' : `<w:spacing w:after="${t.after ?? 120}" w:line="264" w:lineRule="auto"/>` }));
  t.h.forEach(([sz, color, b, i, before, after, border], k) => s.push(heading(k + 1, {
    font: t.head.font, sz, color, b, i,
    ppr: `<w:spacing w:before="${before}" w:after="${after}"/>${border ? `<w:pBdr><w:bottom w:val="single" w:sz="${border[0]}" w:space="1" w:color="${border[1]}"/></w:pBdr>` : ''}`,
  })));
  s.push(pstyle('Title', 'Title', { basedOn: 'Normal', next: flavour === 'pandoc' ? 'BodyText' : 'Normal', font: t.title.font ?? t.head.font, sz: t.title.sz, color: t.title.color, b: t.title.b, ppr: `<w:keepNext/><w:spacing w:before="${t.title.before ?? 480}" w:after="240"/>${t.title.center ? '<w:jc w:val="center"/>' : ''}` }));
  if (flavour === 'pandoc') {
    s.push(pstyle('BodyText', 'Body Text', { basedOn: 'Normal', ppr: '<w:spacing w:before="180" w:after="180"/>' }));
    s.push(pstyle('FirstParagraph', 'First Paragraph', { basedOn: 'BodyText', next: 'BodyText' }));
    s.push(pstyle('Compact', 'Compact', { basedOn: 'BodyText', ppr: '<w:spacing w:before="36" w:after="36"/>' }));
    s.push(pstyle('BlockText', 'Block Text', { basedOn: 'BodyText', next: 'BodyText', i: true, ppr: '<w:spacing w:before="100" w:after="100"/><w:ind w:left="480" w:right="480"/>' }));
    s.push(pstyle('HorizontalRule', 'Horizontal Rule', { basedOn: 'Normal', ppr: '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A0A0A0"/></w:pBdr><w:spacing w:before="120" w:after="120"/>' }));
    s.push(cstyle('VerbatimChar', 'Verbatim Char', { font: t.code, sz: t.body.sz - 1 }));
  } else {
    s.push(pstyle('ListBullet', 'List Bullet', { basedOn: 'Normal', ppr: '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="360" w:hanging="360"/><w:contextualSpacing/>' }));
    s.push(pstyle('ListBullet2', 'List Bullet 2', { basedOn: 'Normal', ppr: '<w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="720" w:hanging="360"/><w:contextualSpacing/>' }));
    s.push(pstyle('ListNumber', 'List Number', { basedOn: 'Normal', ppr: '<w:numPr><w:numId w:val="2"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="360" w:hanging="360"/>' }));
    s.push(pstyle('TableText', 'Table Text', { basedOn: 'Normal', sz: t.body.sz - 1, ppr: '<w:spacing w:before="20" w:after="20"/>' }));
    s.push(pstyle('Quote', 'Quote', { basedOn: 'Normal', i: true, color: '404040', ppr: '<w:ind w:left="864" w:right="864"/>' }));
    s.push(pstyle('HorizontalRule', 'Horizontal Rule', { basedOn: 'Normal', ppr: '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="auto"/></w:pBdr>' }));
    s.push(cstyle('InlineCode', 'Inline Code', { font: t.code, sz: t.body.sz - 1, color: 'C7254E' }));
  }
  for (const x of t.extra ?? []) s.push(x);
  s.push(cstyle('Hyperlink', 'Hyperlink', { color: t.link ?? '0563C1', u: true }));
  const tbl = flavour === 'pandoc'
    ? '<w:style w:type="table" w:styleId="Table"><w:name w:val="Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="8" w:space="0" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tcBorders></w:tcPr></w:tblStylePr></w:style>'
    : '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault>${rpr({ font: t.body.font, sz: t.body.sz })}</w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>` +
    `${s.join('')}<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>${tbl}</w:styles>`;
}

// levels: [[lvlText, font]] per level for the bullet list (numId 1); numId 2 is decimal "%1."; extra: more abstractNums
export function numberingXml(bullets, extra = '') {
  const lvl = (k, fmt, text, font) => `<w:lvl w:ilvl="${k}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${xesc(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${480 + 360 * k}" w:hanging="360"/></w:pPr>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : ''}</w:lvl>`;
  const bl = bullets.map(([t, f], k) => lvl(k, 'bullet', t, f)).join('');
  const dec = [0, 1, 2].map((k) => lvl(k, 'decimal', `%${k + 1}.`)).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${bl}</w:abstractNum><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>${dec}</w:abstractNum>${extra}` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>${extra ? '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>' : ''}</w:numbering>`;
}

// o: {body (xml), styles, numbering, links [{id, href}], margins twips, page ('A4' | 'Letter'), title, author, app}
export function pack(o) {
  const m = { top: 1440, right: 1440, bottom: 1440, left: 1440, ...(o.margins ?? {}) };
  const pg = o.page === 'Letter' ? '<w:pgSz w:w="12240" w:h="15840"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const sect = `<w:sectPr>${pg}<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>`;
  const links = (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${xesc(l.href)}" TargetMode="External"/>`).join('');
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xesc(o.title ?? '')}</dc:title><dc:creator>${xesc(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-05-20T09:15:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xesc(o.app ?? 'pandoc')}</Application></Properties>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>${links}</Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`,
    'word/styles.xml': o.styles,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/numbering.xml': o.numbering,
  };
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6, mtime: new Date('2025-05-20T09:15:00Z') }];
  return zipSync(u8);
}
