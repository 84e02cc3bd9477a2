// Shared pieces: answer-key builder (every printed field is recorded at the moment it is printed), date formats,
// a small hand-written OOXML (WordprocessingML) writer, and the LibreOffice / Chromium calls (sequential,
// `timeout 120`, private profiles /tmp/lo-southasia and /tmp/chr-southasia).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { zipSync, strToU8 } from 'fflate';

// ---------------------------------------------------------------------------------------------- key
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
    this.printedDates = [];
  }
  basic(field, v) { this.k.basics[field] = v; return v; }
  profile(text) { (this.k.basics.profiles ??= []).push(text); return text; }
  section(h) { this.k.sections.push(h); return h; }
  skill(s) { this.k.skills.push(s); return s; }
  // o: {name, position, location, startDate, endDate}; returns the item; push highlights with hl()
  work(o) { const w = {}; for (const [k, v] of Object.entries(o)) if (v !== undefined) w[k] = v; w.highlights = []; this.k.work.push(w); return w; }
  hl(w, s) { w.highlights.push(s); return s; }
  edu(o) { const e = {}; for (const [k, v] of Object.entries(o)) if (v !== undefined) e[k] = v; this.k.education.push(e); return e; }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading, items }); return items; }
  project(o) { (this.k.projects ??= []).push(o); return o; }
  date(s) { if (!this.printedDates.includes(s)) this.printedDates.push(s); return s; }
  json() {
    const k = structuredClone(this.k);
    for (const w of k.work) if (!w.highlights.length) delete w.highlights;
    if (!k.basics.profiles?.length) delete k.basics.profiles;
    return k;
  }
}

// -------------------------------------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function fmtDate(d, fmt) {
  const [y, m, dd] = d.split('-');
  const mi = Number(m) - 1;
  switch (fmt) {
    case 'Mon YYYY': return `${MON[mi]} ${y}`;
    case 'Mon, YYYY': return `${MON[mi]}, ${y}`;
    case 'Mon-YYYY': return `${MON[mi]}-${y}`;
    case 'Month YYYY': return `${MONTH[mi]} ${y}`;
    case "Mon'YY": return `${MON[mi]}'${y.slice(2)}`;
    case "Month'YY": return `${MONTH[mi]}'${y.slice(2)}`;
    case 'MM/YYYY': return `${m}/${y}`;
    case 'DD-MM-YYYY': return `${dd}-${m}-${y}`;
    case 'DD/MM/YYYY': return `${dd}/${m}/${y}`;
    case 'YYYY': return y;
    default: throw new Error('date format ' + fmt);
  }
}
const keyDate = (d, fmt) => (d === 'present' ? 'present' : fmt === 'YYYY' ? d.slice(0, 4) : d.slice(0, 7));
// style: {fmt, sep, present, since}; returns {text, startDate, endDate}; printed tokens are recorded in K.
export function range(K, start, end, style) {
  if (style.season) { // "Summer 2024": one printed year, start = end
    const y = start.slice(0, 4);
    K.date(`${style.season} ${y}`);
    return { text: `${style.season} ${y}`, startDate: y, endDate: y };
  }
  const s = fmtDate(start, style.fmt);
  if (end === 'present' && style.since) {
    K.date(s);
    return { text: `${style.since} ${s}`, startDate: keyDate(start, style.fmt), endDate: 'present' };
  }
  const e = end === 'present' ? style.present : fmtDate(end, style.fmt);
  K.date(s); K.date(e);
  return { text: `${s}${style.sep ?? ' – '}${e}`, startDate: keyDate(start, style.fmt), endDate: keyDate(end, style.fmt) };
}

// ------------------------------------------------------------------------------------------- OOXML
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export function rPr(o = {}) {
  let x = '';
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.caps) x += '<w:caps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) x += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) x += `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`;
  if (o.u) x += `<w:u w:val="${o.u === true ? 'single' : o.u}"/>`;
  if (o.shd) x += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.style) x = `<w:rStyle w:val="${o.style}"/>` + x;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
// Run; '\t' in text becomes a tab, '\n' a line break.
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
const bdr = (side, b) => `<w:${side} w:val="${b.val ?? 'single'}" w:sz="${b.sz ?? 6}" w:space="${b.space ?? 1}" w:color="${b.color ?? '000000'}"/>`;
// o: {jc, tabs:[[pos, 'left'|'right'|'center', leader]], shd, bottom:{sz,color}, top, box:{...}, before, after, line,
//     ind:{left, hanging, firstLine, right}, num:[numId, ilvl], keepNext}
export function p(runs, o = {}) {
  let pp = '';
  if (o.style) pp += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pp += '<w:keepNext/>';
  if (o.num) pp += `<w:numPr><w:ilvl w:val="${o.num[1] ?? 0}"/><w:numId w:val="${o.num[0]}"/></w:numPr>`;
  const b = o.box ? ['top', 'left', 'bottom', 'right'].map((s) => bdr(s, o.box)).join('') : (o.top ? bdr('top', o.top) : '') + (o.bottom ? bdr('bottom', o.bottom) : '');
  if (b) pp += `<w:pBdr>${b}</w:pBdr>`;
  if (o.shd) pp += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) pp += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  pp += `<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 60}"${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) pp += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.jc) pp += `<w:jc w:val="${o.jc}"/>`;
  return `<w:p><w:pPr>${pp}</w:pPr>${[].concat(runs).join('')}</w:p>`;
}
export const link = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;
// cell: {w (twips), c (paragraph xml or array), shd, span, vAlign, borders (override xml)}
// o: {widths, borders: 'all'|'none'|'h'|'outer', color, sz, jc, indent}
export function table(rows, o = {}) {
  const color = o.color ?? '000000', sz = o.sz ?? 4;
  const line = (s) => `<w:${s} w:val="single" w:sz="${sz}" w:space="0" w:color="${color}"/>`;
  const none = (s) => `<w:${s} w:val="nil"/>`;
  const mode = o.borders ?? 'all';
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const on = { all: sides, none: [], h: ['top', 'bottom', 'insideH'], outer: ['top', 'left', 'bottom', 'right'] }[mode];
  const total = o.widths.reduce((a, b) => a + b, 0);
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/>${o.jc ? `<w:jc w:val="${o.jc}"/>` : ''}${o.indent ? `<w:tblInd w:w="${o.indent}" w:type="dxa"/>` : ''}<w:tblBorders>${sides.map((s) => (on.includes(s) ? line(s) : none(s))).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${o.padL ?? 90}" w:type="dxa"/><w:right w:w="${o.padR ?? 90}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
  x += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += `<w:tr>${o.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const content = [].concat(c.c).join('') || p('');
      x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.borders ? `<w:tcBorders>${c.borders}</w:tcBorders>` : ''}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}${c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : ''}</w:tcPr>${content}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// Bullet definitions, numId = index + 1.
export const BULLETS = [
  { font: 'Symbol', char: '\uF0B7' }, // 1 • (Word default)
  { font: 'Wingdings', char: '\uF0D8' }, // 2 ➢
  { font: 'Wingdings', char: '\uF0A7' }, // 3 ▪
  { font: 'Wingdings', char: '\uF0FC' }, // 4 ✓
  { font: 'Calibri', char: '–' }, // 5 en dash
  { font: 'Courier New', char: 'o' }, // 6 o
  { font: 'Wingdings', char: '\uF076' }, // 7 ❖
];
function numberingXml(indent = 360) {
  let abs = '', nums = '';
  BULLETS.forEach((b, i) => {
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/>` +
      [0, 1].map((l) => `<w:lvl w:ilvl="${l}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${esc(b.char)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${indent * (l + 1)}" w:hanging="${indent > 300 ? 360 : 260}"/></w:pPr><w:rPr><w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/></w:rPr></w:lvl>`).join('') +
      '</w:abstractNum>';
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return abs + nums;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
// o: {body, font, sz (half-points), margins {top,right,bottom,left}, header (paragraph xml), links: [{id,url}], title, author}
export function docx(o) {
  const m = { top: 1000, right: 1000, bottom: 1000, left: 1000, ...(o.margins ?? {}) };
  const styles = `${xmlHead}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}" w:eastAsia="${o.font}"/><w:sz w:val="${o.sz ?? 22}"/><w:szCs w:val="${o.sz ?? 22}"/><w:lang w:val="en-IN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
  const files = {};
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml'], ['rId3', 'numbering', 'numbering.xml'], ['rId4', 'fontTable', 'fontTable.xml']];
  files['word/styles.xml'] = styles;
  files['word/settings.xml'] = `${xmlHead}<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  files['word/numbering.xml'] = `${xmlHead}<w:numbering ${NS}>${numberingXml(o.bulletIndent)}</w:numbering>`;
  files['word/fontTable.xml'] = `${xmlHead}<w:fonts ${NS}>${[o.font, 'Symbol', 'Wingdings', 'Courier New'].map((f) => `<w:font w:name="${f}"/>`).join('')}</w:fonts>`;
  let hdrRef = '';
  const overrides = [['/word/document.xml', 'document.main'], ['/word/styles.xml', 'styles'], ['/word/settings.xml', 'settings'], ['/word/numbering.xml', 'numbering'], ['/word/fontTable.xml', 'fontTable']];
  if (o.header) {
    files['word/header1.xml'] = `${xmlHead}<w:hdr ${NS}>${o.header}</w:hdr>`;
    rels.push(['rId5', 'header', 'header1.xml']);
    overrides.push(['/word/header1.xml', 'header']);
    hdrRef = '<w:headerReference w:type="default" r:id="rId5"/>';
  }
  const sect = `<w:sectPr>${hdrRef}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  files['word/document.xml'] = `${xmlHead}<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`;
  files['word/_rels/document.xml.rels'] = `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, t, f]) => `<Relationship Id="${id}" Type="${REL}${t}" Target="${f}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>';
  files['[Content_Types].xml'] = `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([pn, t]) => `<Override PartName="${pn}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  files['_rels/.rels'] = `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files['docProps/core.xml'] = `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(o.title ?? 'Resume')}</dc:title><dc:creator>${esc(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-20T09:15:00Z</dcterms:created></cp:coreProperties>`;
  files['docProps/app.xml'] = `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application></Properties>`;
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}

// ------------------------------------------------------------------------------------ converters
export function soffice(src, outdir) {
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.pdf'));
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-southasia', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, src], { stdio: 'ignore' });
  } catch { /* reported by the missing file */ }
  return fs.existsSync(out) ? out : null;
}
export function chromePdf(htmlFile, pdf) {
  if (fs.existsSync(pdf)) fs.rmSync(pdf);
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-southasia', `--print-to-pdf=${pdf}`, 'file://' + htmlFile], { stdio: 'ignore' });
  } catch { /* checked by caller */ }
  return fs.existsSync(pdf) ? pdf : null;
}
export const h = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
