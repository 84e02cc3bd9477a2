// Shared helpers for the "selfmade" held-out batch: date formats, the answer-key recorder, hand-written
// WordprocessingML (OOXML) pieces and the DOCX package, and an HTML page shell for the Chromium designs.
// Written for this batch (not imported from the other batches). MIT, synthetic.
import { zipSync, strToU8 } from 'fflate';

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONUK = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

// One date → { text, key } at the granularity the style prints. d: 'YYYY-MM' | 'YYYY' | 'present'.
// Styles: Mon "Jan 2019", Mon. "Jan. 2019", Month "January 2019", UK "Sept 2019", MM/YYYY "01/2019",
// M/YYYY "1/2019", YYYY "2019". present: the word printed for a current role.
export function fmtDate(d, style, present = 'Present') {
  if (d === 'present') return { text: present, key: 'present' };
  const y = d.slice(0, 4);
  if (d.length < 7 || style === 'YYYY') return { text: y, key: y };
  const i = Number(d.slice(5, 7)) - 1;
  const mm = d.slice(5, 7);
  const text = {
    Mon: `${MON[i]} ${y}`, 'Mon.': `${MONDOT[i]} ${y}`, Month: `${MONTH[i]} ${y}`, UK: `${MONUK[i]} ${y}`,
    'MM/YYYY': `${mm}/${y}`, 'M/YYYY': `${i + 1}/${y}`,
  }[style];
  if (!text) throw new Error(`unknown date style ${style}`);
  return { text, key: d.slice(0, 7) };
}

// ---------------------------------------------------------------- answer key
// Every printer calls these at the moment it prints, and uses the returned text, so the key holds exactly
// what reaches the page.
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
    this.dates = []; // printed date strings, for SOURCE.md and the checker
  }
  basic(field, value) { this.k.basics[field] = value; return value; }
  profile(v) { (this.k.basics.profiles ??= []).push(v); return v; }
  // A printed heading; the key drops a trailing colon and keeps the printed case.
  heading(printed) { this.k.sections.push(printed.replace(/\s*:\s*$/, '').trim()); return printed; }
  work() { const w = {}; this.k.work.push(w); return w; }
  edu() { const e = {}; this.k.education.push(e); return e; }
  skill(s) { this.k.skills.push(s); return s; }
  skills(list) { for (const s of list) this.skill(s); return list; }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading: heading.replace(/\s*:\s*$/, '').trim(), items: [...items] }); return items; }
  project() { const p = {}; (this.k.projects ??= []).push(p); return p; }
  // Sets o[field] = value and returns value.
  set(o, field, value) { o[field] = value; return value; }
  // Prints the range of role/school r = {start, end, season} on o; s = {fmt, sep, present, endFmt}.
  range(o, r, s) {
    if (!r.start) return this.grad(o, r.end, s.endFmt ?? s.fmt);
    if (r.season) {
      const y = r.start.slice(0, 4);
      o.startDate = y; o.endDate = y;
      const t = `${r.season} ${y}`;
      this.dates.push(t);
      return t;
    }
    const a = fmtDate(r.start, s.fmt, s.present);
    const b = fmtDate(r.end, s.endFmt ?? s.fmt, s.present);
    o.startDate = a.key; o.endDate = b.key;
    if (r.start === r.end || a.text === b.text) { delete o.startDate; this.dates.push(b.text); return b.text; }
    this.dates.push(a.text, b.text);
    return `${a.text}${s.sep ?? ' – '}${b.text}`;
  }
  // A single printed date that is the end (graduation) date.
  grad(o, d, style) {
    const x = fmtDate(d, style);
    o.endDate = x.key;
    this.dates.push(x.text);
    return x.text;
  }
  done(layout) { if (layout) this.k.layout = layout; if (!this.k.skills.length) delete this.k.skills; if (!this.k.education.length) delete this.k.education; return this.k; }
}

// Turns a role's bullet list into the one paragraph a person writes when they use no bullets.
export const prose = (bullets) => bullets.map((b) => b.replace(/[.;]\s*$/, '')).join('. ') + '.';

// Rough advance width (in em) of a string in a proportional font; used for typed-space / repeated-tab alignment.
export function emWidth(s, { bold = false, serif = false } = {}) {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w += 0.25;
    else if (/[MW]/.test(ch)) w += 0.9;
    else if (/[A-Z]/.test(ch)) w += serif ? 0.68 : 0.67;
    else if (/[mw]/.test(ch)) w += 0.8;
    else if (/[ijlft.,'|:;!]/.test(ch)) w += 0.28;
    else if (/[a-z]/.test(ch)) w += serif ? 0.48 : 0.53;
    else if (/[0-9]/.test(ch)) w += 0.556;
    else w += 0.45;
  }
  return w * (bold ? 1.07 : 1);
}

// ---------------------------------------------------------------- OOXML
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" ' +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" ' +
  'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'mc:Ignorable="w14 w15"';

// Run properties. o: {font, b, i, u, caps, sz (pt), color, spacing (twips), rStyle}
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

// A run; text may hold \t (tab) and \n (manual line break, Shift+Enter).
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
  }
  return `<w:r${o.rsid ? ` w:rsidR="${o.rsid}"` : ''}>${rPr(o)}${inner}</w:r>`;
}

// The same text split into several runs with different revision ids, as Word leaves it after edits
// (a word can be cut in the middle). Deterministic: cut points come from the text itself.
const RSIDS = ['00A31F0C', '004B7D22', '00E6190A', '007C2E5B'];
export function rs(text, o = {}) {
  const s = String(text);
  if (s.length < 12 || /[\t\n]/.test(s)) return r(s, o);
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  const a = 3 + (h % Math.max(1, Math.floor(s.length / 2) - 3));
  const b = Math.min(s.length, a + 2 + ((h >>> 5) % Math.max(1, s.length - a - 3)));
  return [s.slice(0, a), s.slice(a, b), s.slice(b)].filter(Boolean).map((t, i) => r(t, { ...o, rsid: RSIDS[(h + i) % 4] })).join('');
}

// A symbol inserted with Insert → Symbol (w:sym, a private-use code in a symbol font).
export const sym = (font, hex, o = {}) => `<w:r>${rPr(o)}<w:sym w:font="${font}" w:char="${hex}"/></w:r>`;
export const fld = (instr, shown, o = {}) => `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
  `<w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;
export const link = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;

// Paragraph. o: {style, align, before, after, line, tabs:[[pos,'right'|'left'|'center']], bottom:{sz,color,space}, top,
//   shd, numId, ilvl, ind:{left,hanging,firstLine}, keepNext, pageBreakBefore, rsid}
export function p(content = [], o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (o.numId != null) x += `<w:numPr><w:ilvl w:val="${o.ilvl ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.bottom || o.top) {
    const b = (side, v) => `<w:${side} w:val="${v.val ?? 'single'}" w:sz="${v.sz ?? 6}" w:space="${v.space ?? 1}" w:color="${v.color ?? 'auto'}"/>`;
    x += `<w:pBdr>${o.top ? b('top', o.top) : ''}${o.bottom ? b('bottom', o.bottom) : ''}</w:pBdr>`;
  }
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val]) => `<w:tab w:val="${val}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null || o.line != null) {
    x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}${o.line != null ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  }
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.contextual) x += '<w:contextualSpacing/>';
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  if (o.mark) x += rPr(o.mark);
  return `<w:p${o.rsid ? ` w:rsidR="${o.rsid}" w:rsidRDefault="${o.rsid}"` : ''}>${x ? `<w:pPr>${x}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}

// Borderless (or bordered) table. rows: [[{content, align, vAlign, span, shd}]], o: {widths, borders}
export function tbl(rows, o) {
  const widths = o.widths;
  const total = widths.reduce((a, b) => a + b, 0);
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const borders = sides.map((s) => (o.borders ? `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>` : `<w:${s} w:val="nil"/>`)).join('');
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.indent != null ? `<w:tblInd w:w="${o.indent}" w:type="dxa"/>` : ''}` +
    `<w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>`;
  x += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += '<w:tr>';
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let tcPr = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) tcPr += `<w:gridSpan w:val="${span}"/>`;
      if (c.shd) tcPr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.vAlign) tcPr += `<w:vAlign w:val="${c.vAlign}"/>`;
      const content = [].concat(c.content ?? []).join('') || '<w:p/>';
      x += `<w:tc><w:tcPr>${tcPr}</w:tcPr>${content}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// numbering.xml. defs: [{ text, font, left, hanging, sz }] (one level each) → numId = index + 1.
export function numbering(defs) {
  let abs = '', nums = '';
  defs.forEach((d, i) => {
    const rp = `${d.font ? `<w:rFonts w:ascii="${d.font}" w:hAnsi="${d.font}" w:hint="default"/>` : ''}${d.sz ? `<w:sz w:val="${d.sz * 2}"/>` : ''}`;
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:nsid w:val="${(0x1A2B3C00 + i).toString(16).toUpperCase()}"/><w:multiLevelType w:val="hybridMultilevel"/>` +
      `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${esc(d.text)}"/><w:lvlJc w:val="left"/>` +
      `<w:pPr><w:ind w:left="${d.left ?? 720}" w:hanging="${d.hanging ?? 360}"/></w:pPr>${rp ? `<w:rPr>${rp}</w:rPr>` : ''}</w:lvl></w:abstractNum>`;
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

// styles.xml with a Normal style in the given font/size; extra: more <w:style> elements.
export function styles({ font = 'Calibri', size = 11, after = 0, line = 240, lang = 'en-US', extra = '' } = {}) {
  const sz = Math.round(size * 2);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${after}" w:line="${line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>' +
    extra + '</w:styles>';
}

export const LETTER = { w: 12240, h: 15840 };
export const A4 = { w: 11906, h: 16838 };

// The .docx package. o: {body, styles, numbering, footer, links:[{id,url}], page:{w,h}, margins:{top,right,bottom,left}, title, author, fonts}
export function docx(o) {
  const pg = o.page ?? LETTER;
  const m = { top: 1440, right: 1440, bottom: 1440, left: 1440, ...(o.margins ?? {}) };
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml'], ['rId3', 'fontTable', 'fontTable.xml'], ['rId4', 'webSettings', 'webSettings.xml']];
  if (o.numbering) rels.push(['rId5', 'numbering', 'numbering.xml']);
  if (o.footer) rels.push(['rId6', 'footer', 'footer1.xml']);
  const part = (tag, inner) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${NS}>${inner}</w:${tag}>`;
  const relXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${target}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') +
    '</Relationships>';
  const sect = `<w:sectPr w:rsidR="00A31F0C">${o.footer ? '<w:footerReference w:type="default" r:id="rId6"/>' : ''}<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="720" w:footer="720" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      '<Override PartName="/word/webSettings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml"/>' +
      '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
      (o.numbering ? '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' : '') +
      (o.footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'docProps/core.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${esc(o.title ?? '')}</dc:title><dc:creator>${esc(o.author ?? '')}</dc:creator><cp:lastModifiedBy>${esc(o.author ?? '')}</cp:lastModifiedBy><cp:revision>${o.revision ?? 14}</cp:revision>` +
      '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-04T18:21:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-03-10T21:07:00Z</dcterms:modified></cp:coreProperties>',
    'docProps/app.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      '<Template>Normal.dotm</Template><TotalTime>212</TotalTime><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`,
    'word/_rels/document.xml.rels': relXml,
    'word/styles.xml': o.styles ?? styles(),
    'word/settings.xml': part('settings', '<w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>' +
      '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
      '<w:rsids><w:rsidRoot w:val="00A31F0C"/><w:rsid w:val="004B7D22"/><w:rsid w:val="007C2E5B"/><w:rsid w:val="00A31F0C"/><w:rsid w:val="00E6190A"/></w:rsids>'),
    'word/webSettings.xml': part('webSettings', '<w:optimizeForBrowser/><w:allowPNG/>'),
    'word/fontTable.xml': part('fonts', (o.fonts ?? ['Calibri']).map((f) => `<w:font w:name="${esc(f)}"/>`).join('')),
  };
  if (o.numbering) files['word/numbering.xml'] = o.numbering;
  if (o.footer) files['word/footer1.xml'] = part('ftr', o.footer);
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8, { mtime: new Date('2024-03-10T21:07:00Z') });
}

// ---------------------------------------------------------------- HTML
export const h = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function page({ title, css, body, size = 'letter' }) {
  return `<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>${h(title)}</title><style>\n@page { size: ${size}; }\n` +
    `html, body { margin: 0; padding: 0; }\n${css}\n</style></head><body>${body}</body></html>\n`;
}
