// Shared pieces for the eastasia batch: the answer-key recorder (a design records each field at the moment it
// prints it), name and date formatting, a small hand-written OOXML (WordprocessingML) writer with inline PNG
// pictures, a dependency-free PNG painter for the placeholder ID photo, and the converters (headless Chromium,
// LibreOffice, pdflatex), always sequential, `timeout 120`, private profiles /tmp/chr-eastasia and /tmp/lo-eastasia.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { zipSync, strToU8 } from 'fflate';

// ------------------------------------------------------------------------------------------------ key
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
    this.printed = [];
  }
  basic(field, v) { this.k.basics[field] = v; return v; }
  profile(text) { (this.k.basics.profiles ??= []).push(text); return text; }
  section(hd) { this.k.sections.push(hd); return hd; }
  skill(s) { this.k.skills.push(s); return s; }
  skills(list) { for (const s of list) this.skill(s); return list; }
  work(o) { const w = clean(o); w.highlights = []; this.k.work.push(w); return w; }
  hl(w, s) { w.highlights.push(s); return s; }
  edu(o) { const e = clean(o); this.k.education.push(e); return e; }
  lang(language, fluency) { (this.k.languages ??= []).push(clean({ language, fluency })); return language; }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading, items }); return items; }
  project(o) { (this.k.projects ??= []).push(clean(o)); return o; }
  date(s) { if (!this.printed.includes(s)) this.printed.push(s); return s; }
  json() {
    const k = structuredClone(this.k);
    for (const w of k.work) if (!w.highlights.length) delete w.highlights;
    if (!k.basics.profiles?.length) delete k.basics.profiles;
    return k;
  }
}
function clean(o) { const r = {}; for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null && v !== '') r[k] = v; return r; }

// ---------------------------------------------------------------------------------------------- names
// Printed name line. The key's basics.name is always the whole printed name line (English name included).
export function nameOf(P, style) {
  const F = P.family.toUpperCase();
  const en = P.english;
  switch (style) {
    case 'FAMILY Given (English)': return en ? `${F} ${P.given} (${en})` : `${F} ${P.given}`;
    case 'English FAMILY Given': return en ? `${en} ${F} ${P.given}` : `${F} ${P.given}`;
    case 'FAMILY Given, English': return en ? `${F} ${P.given}, ${en}` : `${F} ${P.given}`;
    case 'English Family': return en ? `${en} ${P.family}` : `${P.given} ${P.family}`;
    case 'Family Given': return `${P.family} ${P.given}`;
    case 'Given FAMILY': return `${P.given} ${F}`;
    case 'FAMILY Given': return `${F} ${P.given}`;
    case 'English Family Given': return en ? `${en} ${P.family} ${P.given}` : `${P.family} ${P.given}`;
    case 'Given Family': return `${P.given} ${P.family}`;
    case 'English Given Family': return en ? `${en} ${P.given} ${P.family}` : `${P.given} ${P.family}`;
    default: throw new Error('name style ' + style);
  }
}

// ---------------------------------------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function fmtDate(d, fmt) {
  const [y, m] = d.split('-');
  const mi = Number(m) - 1;
  switch (fmt) {
    case 'Mon YYYY': return `${MON[mi]} ${y}`;
    case 'Mon. YYYY': return mi === 4 ? `May ${y}` : `${MON[mi]}. ${y}`;
    case 'Month YYYY': return `${MONTH[mi]} ${y}`;
    case 'YYYY.MM': return `${y}.${m}`;
    case 'YYYY/MM': return `${y}/${m}`;
    case 'MM/YYYY': return `${m}/${y}`;
    case 'YYYY': return y;
    default: throw new Error('date format ' + fmt);
  }
}
const keyDate = (d, fmt) => (d === 'present' ? 'present' : fmt === 'YYYY' ? d.slice(0, 4) : d.slice(0, 7));
// style: {fmt, sep, present, season}; returns {text, startDate, endDate, s, e}
export function range(K, start, end, style) {
  if (style.season && end !== 'present' && start.slice(0, 4) === end.slice(0, 4) && +start.slice(5, 7) >= 5 && +end.slice(5, 7) <= 9) {
    const t = `${style.season} ${start.slice(0, 4)}`;
    K.date(t);
    return { text: t, startDate: start.slice(0, 4), endDate: start.slice(0, 4) };
  }
  const s = fmtDate(start, style.fmt);
  const e = end === 'present' ? style.present : fmtDate(end, style.fmt);
  K.date(s); K.date(e);
  return { text: `${s}${style.sep}${e}`, s, e, startDate: keyDate(start, style.fmt), endDate: keyDate(end, style.fmt) };
}
// Whole months between two ISO months, printed by job-portal exports ("2 years 3 months").
export function duration(start, end, now = '2025-01') {
  const e = end === 'present' ? now : end;
  const n = (+e.slice(0, 4) - +start.slice(0, 4)) * 12 + (+e.slice(5, 7) - +start.slice(5, 7)) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

// --------------------------------------------------------------------------------------------- escape
export const h = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const tex = (s) => String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}')
  .replace(/\^/g, '\\textasciicircum{}').replace(/–/g, '--');

// ------------------------------------------------------------------------------------------------ PNG
// Flat placeholder "ID photo": pale background, head and shoulders silhouette. Returns PNG bytes.
export function photoPng(w = 120, hgt = 150, bg = [226, 232, 240], fg = [140, 152, 170]) {
  const raw = Buffer.alloc((w * 3 + 1) * hgt);
  for (let y = 0; y < hgt; y++) {
    raw[y * (w * 3 + 1)] = 0;
    for (let x = 0; x < w; x++) {
      const head = (x - w / 2) ** 2 + (y - hgt * 0.38) ** 2 < (w * 0.2) ** 2;
      const body = y > hgt * 0.66 && (x - w / 2) ** 2 / (w * 0.42) ** 2 + (y - hgt) ** 2 / (hgt * 0.32) ** 2 < 1;
      const c = head || body ? fg : bg;
      const o = y * (w * 3 + 1) + 1 + x * 3;
      raw[o] = c[0]; raw[o + 1] = c[1]; raw[o + 2] = c[2];
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(hgt, 4); ihdr[8] = 8; ihdr[9] = 2; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------------------------------------- OOXML
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
  if (o.sz) x += `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`;
  if (o.u) x += '<w:u w:val="single"/>';
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
// Run: '\t' becomes a tab, '\n' a line break.
export function r(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(\t|\n)/)) {
    if (part === '\t') inner += '<w:tab/>';
    else if (part === '\n') inner += '<w:br/>';
    else if (part) inner += `<w:t xml:space="preserve">${h(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
const border = (side, b) => `<w:${side} w:val="${b.val ?? 'single'}" w:sz="${b.sz ?? 6}" w:space="${b.space ?? 1}" w:color="${b.color ?? '000000'}"/>`;
// o: {jc, tabs:[[pos,'left'|'right'|'center',leader]], shd, top, bottom, before, after, line, ind, num:numId, keepNext}
export function p(runs, o = {}) {
  let pp = '';
  if (o.keepNext) pp += '<w:keepNext/>';
  if (o.num) pp += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.num}"/></w:numPr>`;
  const b = (o.top ? border('top', o.top) : '') + (o.bottom ? border('bottom', o.bottom) : '');
  if (b) pp += `<w:pBdr>${b}</w:pBdr>`;
  if (o.shd) pp += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) pp += `<w:tabs>${o.tabs.map(([pos, val, leader]) => `<w:tab w:val="${val}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  pp += `<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 40}"${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) pp += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.jc) pp += `<w:jc w:val="${o.jc}"/>`;
  return `<w:p><w:pPr>${pp}</w:pPr>${[].concat(runs).join('')}</w:p>`;
}
export const link = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;
// Inline picture (EMU sizes); rid must be 'rIdImg'.
export function picture(cx, cy) {
  return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="Photo"/><wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="photo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
}
// rows: [[cell]]; cell: {c: xml|[xml], w?, span, vmerge:'restart'|'continue', shd, vAlign}
// o: {widths, borders: 'all'|'none'|'h'|'outer', color, sz, padL, padR}
export function table(rows, o) {
  const color = o.color ?? '000000', sz = o.sz ?? 4;
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const on = { all: sides, none: [], h: ['top', 'bottom', 'insideH'], outer: ['top', 'left', 'bottom', 'right'] }[o.borders ?? 'all'];
  const total = o.widths.reduce((a, b) => a + b, 0);
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${sides.map((s) => (on.includes(s) ? `<w:${s} w:val="single" w:sz="${sz}" w:space="0" w:color="${color}"/>` : `<w:${s} w:val="nil"/>`)).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${o.padT ?? 20}" w:type="dxa"/><w:left w:w="${o.padL ?? 90}" w:type="dxa"/><w:bottom w:w="${o.padT ?? 20}" w:type="dxa"/><w:right w:w="${o.padR ?? 90}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
  x += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const content = [].concat(c.c ?? []).join('') || p('');
      x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${c.vmerge ? `<w:vMerge${c.vmerge === 'restart' ? ' w:val="restart"' : ''}/>` : ''}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}${c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : ''}</w:tcPr>${content}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

// Bullet lists, numId = index + 1.
export const BULLETS = [
  { font: 'Symbol', char: '\uF0B7' }, // 1 •
  { font: 'Wingdings', char: '\uF0A7' }, // 2 ▪
  { font: 'Arial', char: '–' }, // 3 –
  { font: 'Wingdings', char: '\uF0D8' }, // 4 ➢
  { font: 'Arial', char: '·' }, // 5 ·
];
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
// o: {body, font, sz, margins, links:[{id,url}], photo: Buffer, title, author, lang, bulletLeft}
export function docx(o) {
  const m = { top: 900, right: 1000, bottom: 900, left: 1000, ...(o.margins ?? {}) };
  const files = {};
  files['word/styles.xml'] = `${HEAD}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}" w:eastAsia="${o.font}"/><w:sz w:val="${o.sz ?? 21}"/><w:szCs w:val="${o.sz ?? 21}"/><w:lang w:val="${o.lang ?? 'en-SG'}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="250" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1F4E9A"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
  files['word/settings.xml'] = `${HEAD}<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const left = o.bulletLeft ?? 360;
  files['word/numbering.xml'] = `${HEAD}<w:numbering ${NS}>` + BULLETS.map((b, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${h(b.char)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="260"/></w:pPr><w:rPr><w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>`).join('') +
    BULLETS.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('') + '</w:numbering>';
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml'], ['rId3', 'numbering', 'numbering.xml']];
  if (o.photo) { files['word/media/photo.png'] = o.photo; rels.push(['rIdImg', 'image', 'media/photo.png']); }
  const sect = `<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="400" w:footer="400" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>`;
  files['word/document.xml'] = `${HEAD}<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`;
  files['word/_rels/document.xml.rels'] = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, t, f]) => `<Relationship Id="${id}" Type="${REL}${t}" Target="${f}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${h(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>';
  const parts = [['/word/document.xml', 'wordprocessingml.document.main'], ['/word/styles.xml', 'wordprocessingml.styles'], ['/word/settings.xml', 'wordprocessingml.settings'], ['/word/numbering.xml', 'wordprocessingml.numbering'], ['/docProps/app.xml', 'extended-properties']];
  files['[Content_Types].xml'] = `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>` +
    parts.map(([pn, t]) => `<Override PartName="${pn}" ContentType="application/vnd.openxmlformats-officedocument.${t}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
  files['_rels/.rels'] = `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/></Relationships>`;
  files['docProps/core.xml'] = `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${h(o.title ?? 'Resume')}</dc:title><dc:creator>${h(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-01-14T02:30:00Z</dcterms:created></cp:coreProperties>`;
  files['docProps/app.xml'] = `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Application>Microsoft Office Word</Application></Properties>`;
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [typeof v === 'string' ? strToU8(v) : new Uint8Array(v), { level: 6 }];
  return zipSync(u8);
}

// ------------------------------------------------------------------------------------------ converters
export function soffice(src, outdir) {
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.pdf'));
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-eastasia', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, src], { stdio: 'ignore' });
  } catch { /* reported by the missing file */ }
  return fs.existsSync(out) ? out : null;
}
export function chromePdf(htmlFile, pdf) {
  if (fs.existsSync(pdf)) fs.rmSync(pdf);
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-eastasia', `--print-to-pdf=${pdf}`, 'file://' + htmlFile], { stdio: 'ignore' });
  } catch { /* checked by caller */ }
  return fs.existsSync(pdf) ? pdf : null;
}
export function latexPdf(texFile) {
  const dir = path.dirname(texFile);
  const out = texFile.replace(/\.tex$/, '.pdf');
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'pdflatex', '-interaction=nonstopmode', '-halt-on-error', '-output-directory', dir, texFile], { stdio: 'ignore', cwd: dir });
  } catch { /* checked by caller */ }
  return fs.existsSync(out) ? out : null;
}
