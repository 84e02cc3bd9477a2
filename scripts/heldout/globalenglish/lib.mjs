// Shared pieces of the globalenglish batch: the answer-key recorder (a design records every field at the moment it
// prints it), date printing, a compact hand-written WordprocessingML (DOCX) writer, a Flat-ODT (FODT) wrapper, and the
// converters (LibreOffice, Chromium, pdflatex), always sequential, `timeout 120`, private profiles.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { zipSync, strToU8 } from 'fflate';

export const TMP = '/tmp/globalenglish-gen';
const LO_PROFILE = 'file:///tmp/lo-globalenglish';
const CHR_PROFILE = '/tmp/chr-globalenglish';

// ------------------------------------------------------------------------------------------------ answer key
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
    this.printed = []; // printed date strings, re-checked against the text layer
  }
  basic(field, value) { this.k.basics[field] = value; return value; }
  profile(text) { (this.k.basics.profiles ??= []).push(text); return text; }
  section(heading) { this.k.sections.push(heading); return heading; }
  skill(s) { this.k.skills.push(s); return s; }
  work(o) {
    const w = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) w[k] = v;
    w.highlights = [];
    this.k.work.push(w);
    return w;
  }
  hl(w, s) { w.highlights.push(s); return s; }
  edu(o) {
    const e = {};
    for (const [k, v] of Object.entries(o)) if (v !== undefined && v !== null) e[k] = v;
    this.k.education.push(e);
    return e;
  }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading, items }); return items; }
  date(s) { if (!this.printed.includes(s)) this.printed.push(s); return s; }
  json() {
    const k = structuredClone(this.k);
    for (const w of k.work) if (!w.highlights.length) delete w.highlights;
    return k;
  }
}

// ------------------------------------------------------------------------------------------------------ dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONDOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export function fmtDate(d, fmt) {
  const [y, m] = d.split('-');
  const i = Number(m) - 1;
  switch (fmt) {
    case 'Month YYYY': return `${MONTH[i]} ${y}`;
    case 'Mon. YYYY': return `${MONDOT[i]} ${y}`;
    case 'Mon YYYY': return `${MON[i]} ${y}`;
    case 'MON YYYY': return `${MON[i].toUpperCase()} ${y}`;
    case 'YYYY/MM': return `${y}/${m}`;
    case 'MM/YYYY': return `${m}/${y}`;
    case 'YYYY': return y;
    default: throw new Error(`date format ${fmt}`);
  }
}
const keyDate = (d, fmt) => (d === 'present' ? 'present' : fmt === 'YYYY' ? d.slice(0, 4) : d.slice(0, 7));
// style {fmt, sep, present}; item {start, end, season}. Returns {text, startDate, endDate}; printed tokens recorded.
export function range(K, item, style) {
  if (item.season) {
    const t = K.date(`${item.season} ${item.start.slice(0, 4)}`);
    return { text: t, startDate: item.start.slice(0, 4), endDate: item.start.slice(0, 4) };
  }
  const s = K.date(fmtDate(item.start, style.fmt));
  const e = K.date(item.end === 'present' ? style.present : fmtDate(item.end, style.fmt));
  return { text: `${s}${style.sep}${e}`, startDate: keyDate(item.start, style.fmt), endDate: keyDate(item.end, style.fmt) };
}

// ------------------------------------------------------------------------------------------------------- HTML
export const h = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// LaTeX escaping for the few specials that occur in the personas.
export const tx = (s) => String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}')
  .replace(/\^/g, '\\textasciicircum{}').replace(/"([^"]*)"/g, '``$1\'\'').replace(/–/g, '--');

// ------------------------------------------------------------------------------------------------------ OOXML
const x = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// run: text with '\t' (tab) and '\n' (line break); o {b, i, u, caps, color, sz, font, spacing}
export function run(text, o = {}) {
  let pr = '';
  if (o.font) pr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) pr += '<w:b/>';
  if (o.i) pr += '<w:i/>';
  if (o.caps) pr += '<w:caps/>';
  if (o.color) pr += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) pr += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) pr += `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`;
  if (o.u) pr += '<w:u w:val="single"/>';
  if (o.link) pr = '<w:rStyle w:val="Hyperlink"/>' + pr;
  const inner = String(text).split(/(\t|\n)/).map((part) => (part === '\t' ? '<w:tab/>' : part === '\n' ? '<w:br/>' : part ? `<w:t xml:space="preserve">${x(part)}</w:t>` : '')).join('');
  return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${inner}</w:r>`;
}
const border = (side, b) => `<w:${side} w:val="${b.val ?? 'single'}" w:sz="${b.sz ?? 6}" w:space="${b.space ?? 2}" w:color="${b.color ?? '000000'}"/>`;
// para: o {jc, before, after, line, ind:{left,hanging,firstLine}, tabs:[[pos,type,leader]], bullet:numId, shd,
//          bottom:{...}, top:{...}, box:{...}, keepNext}
export function para(runs, o = {}) {
  let pr = '';
  if (o.keepNext) pr += '<w:keepNext/>';
  if (o.bullet) pr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.bullet}"/></w:numPr>`;
  const b = o.box ? ['top', 'left', 'bottom', 'right'].map((s) => border(s, o.box)).join('') : (o.top ? border('top', o.top) : '') + (o.bottom ? border('bottom', o.bottom) : '');
  if (b) pr += `<w:pBdr>${b}</w:pBdr>`;
  if (o.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) pr += `<w:tabs>${o.tabs.map(([pos, t, leader]) => `<w:tab w:val="${t}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  pr += `<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 40}"${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  if (o.ind) pr += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.jc) pr += `<w:jc w:val="${o.jc}"/>`;
  return `<w:p><w:pPr>${pr}</w:pPr>${[].concat(runs).join('')}</w:p>`;
}
export const hyperlink = (rid, runs) => `<w:hyperlink r:id="${rid}" w:history="1">${[].concat(runs).join('')}</w:hyperlink>`;
// table: rows = [[cell]], cell {c: xml|[xml], span, shd, vAlign, w}; o {widths, borders:'all'|'none'|'outer'|'h', color, sz, rowHeight:{rowIndex: twips}}
export function table(rows, o) {
  const sides = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];
  const on = { all: sides, none: [], outer: sides.slice(0, 4), h: ['top', 'bottom', 'insideH'] }[o.borders ?? 'all'];
  const total = o.widths.reduce((a, b) => a + b, 0);
  let t = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${sides.map((s) => (on.includes(s) ? `<w:${s} w:val="single" w:sz="${o.sz ?? 4}" w:space="0" w:color="${o.color ?? '000000'}"/>` : `<w:${s} w:val="nil"/>`)).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${o.padT ?? 0}" w:type="dxa"/><w:left w:w="${o.pad ?? 100}" w:type="dxa"/><w:bottom w:w="${o.padT ?? 0}" w:type="dxa"/><w:right w:w="${o.pad ?? 100}" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  t += `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  rows.forEach((row, ri) => {
    const hgt = o.rowHeight?.[ri];
    t += `<w:tr>${hgt ? `<w:trPr><w:trHeight w:val="${hgt}" w:hRule="atLeast"/></w:trPr>` : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const cb = c.box ? `<w:tcBorders>${['top', 'left', 'bottom', 'right'].map((s) => `<w:${s} w:val="single" w:sz="8" w:space="0" w:color="${c.box}"/>`).join('')}</w:tcBorders>` : '';
      t += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${cb}${c.shd ? `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>` : ''}${c.vAlign ? `<w:vAlign w:val="${c.vAlign}"/>` : ''}</w:tcPr>${[].concat(c.c).join('') || para('')}</w:tc>`;
    }
    t += '</w:tr>';
  });
  return `${t}</w:tbl>`;
}
// Bullet lists: numId = index + 1.
export const BULLETS = [
  { font: 'Symbol', char: '\uF0B7' }, // 1 •
  { font: 'Wingdings', char: '\uF0A7' }, // 2 ▪
  { font: 'Wingdings', char: '\uF0D8' }, // 3 ➢
  { font: 'Wingdings', char: '\uF0FC' }, // 4 ✓
  { font: 'Arial', char: '–' }, // 5 –
  { font: 'Arial', char: '►' }, // 6 ►
];
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
// o {body, font, sz, margins, links:[{id,url}], title, author, bulletIndent, lang}
export function docx(o) {
  const m = { top: 900, right: 900, bottom: 900, left: 900, ...(o.margins ?? {}) };
  const ind = o.bulletIndent ?? 360;
  const numbering = BULLETS.map((b, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${x(b.char)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${ind}" w:hanging="${Math.min(ind, 300)}"/></w:pPr><w:rPr><w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>`).join('') +
    BULLETS.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('');
  const files = {
    '[Content_Types].xml': `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      ['document.main:document', 'styles:styles', 'settings:settings', 'numbering:numbering'].map((s) => { const [t, f] = s.split(':'); return `<Override PartName="/word/${f}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`; }).join('') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    '_rels/.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/core.xml': `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${x(o.title ?? 'CV')}</dc:title><dc:creator>${x(o.author ?? '')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-11T08:30:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`,
    'word/_rels/document.xml.rels': `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}settings" Target="settings.xml"/><Relationship Id="rId3" Type="${REL}numbering" Target="numbering.xml"/>` +
      (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${x(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>',
    'word/styles.xml': `${HEAD}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}" w:eastAsia="${o.font}"/><w:sz w:val="${o.sz ?? 21}"/><w:szCs w:val="${o.sz ?? 21}"/><w:lang w:val="${o.lang ?? 'en-GB'}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="250" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
      '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>',
    'word/settings.xml': `${HEAD}<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/numbering.xml': `${HEAD}<w:numbering ${NS}>${numbering}</w:numbering>`,
    'word/document.xml': `${HEAD}<w:document ${NS}><w:body>${o.body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="450" w:footer="450" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  };
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}

// ------------------------------------------------------------------------------------------------- converters
export function soffice(src) {
  const out = path.join(path.dirname(src), path.basename(src).replace(/\.[^.]+$/, '.pdf'));
  fs.rmSync(out, { force: true });
  try {
    execFileSync('timeout', ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', path.dirname(src), src], { stdio: 'ignore' });
  } catch { /* a missing output is reported by the caller */ }
  return fs.existsSync(out) ? out : null;
}
export function chromium(htmlFile, pdf) {
  fs.rmSync(pdf, { force: true });
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${CHR_PROFILE}`, `--print-to-pdf=${pdf}`, `file://${htmlFile}`], { stdio: 'ignore' });
  } catch { /* a missing output is reported by the caller */ }
  return fs.existsSync(pdf) ? pdf : null;
}
export function pdflatex(texFile) {
  const dir = path.dirname(texFile);
  const pdf = texFile.replace(/\.tex$/, '.pdf');
  fs.rmSync(pdf, { force: true });
  for (let i = 0; i < 2; i++) {
    try {
      execFileSync('timeout', ['120', 'pdflatex', '-interaction=nonstopmode', '-halt-on-error', `-output-directory=${dir}`, texFile], { stdio: 'ignore', cwd: dir });
    } catch { /* a missing output is reported by the caller */ }
  }
  return fs.existsSync(pdf) ? pdf : null;
}
