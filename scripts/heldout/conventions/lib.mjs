// Shared helpers for the conventions batch: date formats, the answer-key builder, a tiny block model
// (paragraphs with runs, tabs, borders, lists; borderless tables) and two renderers: OOXML (DOCX, written by hand
// with ../word-templates/ooxml.mjs + ../word-templates2/ooxml2.mjs) and HTML (printed to PDF by Chromium).
import { r, p, tbl, field, esc } from '../word-templates/ooxml.mjs';
import { pack, sectPr, part } from '../word-templates2/ooxml2.mjs';

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const hasMonth = (d) => d.length >= 7;

// Styles: mon "Mar 2019", month "March 2019", mm/yyyy "03/2019", yyyy-mm "2019-03", monq "Mar. '19", sept "Sept 2018", yyyy "2019"
export function fmt(d, style) {
  const y = d.slice(0, 4);
  if (!hasMonth(d) || style === 'yyyy') return y;
  const i = +d.slice(5, 7) - 1;
  const mm = d.slice(5, 7);
  switch (style) {
    case 'mon': return `${MON[i]} ${y}`;
    case 'month': return `${MONTH[i]} ${y}`;
    case 'mm/yyyy': return `${mm}/${y}`;
    case 'yyyy-mm': return `${y}-${mm}`;
    case 'monq': return `${i === 4 ? 'May' : MON[i] + '.'} '${y.slice(2)}`;
    case 'sept': return `${i === 8 ? 'Sept' : MON[i]} ${y}`;
    default: throw new Error('date style ' + style);
  }
}
export const keyDate = (d, style) => (!hasMonth(d) || style === 'yyyy' ? d.slice(0, 4) : d.slice(0, 7));

// ---------------------------------------------------------------- answer key
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
    this.printed = []; // printed date strings (checked against the text)
  }
  basics(f, v) { this.k.basics[f] = v; }
  profile(v) { (this.k.basics.profiles ??= []).push(v); }
  section(h) { this.k.sections.push(h); }
  // Returns the printed range and records the key dates on obj.
  range(obj, start, end, { style = 'mon', sep = ' – ', present = 'Present', since = null, season = null } = {}) {
    if (season) {
      const s = `${season} ${start.slice(0, 4)}`;
      obj.startDate = start.slice(0, 4); obj.endDate = end.slice(0, 4); this.printed.push(s); return s;
    }
    obj.startDate = keyDate(start, style);
    obj.endDate = end ? keyDate(end, style) : 'present';
    if (!end && since) { const s = `${since} ${fmt(start, style)}`; this.printed.push(s); return s; }
    const a = fmt(start, style), b = end ? fmt(end, style) : present;
    this.printed.push(a, b);
    return `${a}${sep}${b}`;
  }
  // Printed range that is not a key field (overall range of a grouped employer).
  plainRange(start, end, o = {}) { return this.range({}, start, end, o); }
  work(w) { this.k.work.push(w); return w; }
  edu(e) { this.k.education.push(e); return e; }
  skills(list) { this.k.skills.push(...list); }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading, items }); }
  project(pr) { (this.k.projects ??= []).push(pr); }
}

// ---------------------------------------------------------------- block model
// run: {text, b, i, u, sz, color, font, caps, field}; text may hold \t and \n
// para: {t:'p', runs, align, tabs:[[twips,'right'|'left']], border, before, after, ind:{left,hanging}, list, keepNext, mono}
export const R = (text, o = {}) => ({ text: String(text), ...o });
export const P = (runs, o = {}) => ({ t: 'p', runs: [].concat(runs).map((x) => (typeof x === 'string' ? R(x) : x)), ...o });
export const TBL = (rows, widths) => ({ t: 'tbl', rows, widths });

// Approximate advance widths (em) for a proportional sans font; used to push dates right with spaces.
function emWidth(s) {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w += 0.278;
    else if (/[A-Z]/.test(ch)) w += 0.66;
    else if (/[a-z]/.test(ch)) w += /[ijlft]/.test(ch) ? 0.26 : /[mw]/.test(ch) ? 0.8 : 0.52;
    else if (/[0-9]/.test(ch)) w += 0.556;
    else w += 0.35;
  }
  return w;
}
// Pads left + spaces + right to roughly fill widthPt at sizePt (bold widens the text ~7%). Mono: exact columns.
export function spaced(left, right, { widthPt, sizePt, bold = false, mono = false, cols = 78 } = {}) {
  if (mono) return left + ' '.repeat(Math.max(2, cols - left.length - right.length)) + right;
  const k = bold ? 1.07 : 1;
  const free = widthPt - 18 - (emWidth(left) + emWidth(right)) * sizePt * k;
  const n = Math.max(3, Math.floor(free / (0.278 * sizePt)));
  return left + ' '.repeat(n) + right;
}

// Inserts a manual line break near the middle of a long sentence (a bullet continuing on a Shift+Enter line).
export function midBreak(s, min = 70) {
  if (s.length < min) return s;
  const mid = Math.floor(s.length / 2);
  let i = s.indexOf(' ', mid);
  if (i < 0) return s;
  return s.slice(0, i) + '\n' + s.slice(i + 1);
}

// ---------------------------------------------------------------- DOCX renderer
const NUMBERING = (decimalLists) => {
  const lvl = (fmtv, text, font, left = 720, hanging = 360) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmtv}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>` +
    (font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : '') + '</w:lvl>';
  const abs = [
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${lvl('bullet', '\uF0B7', 'Symbol')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${lvl('decimal', '%1.', null)}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>${lvl('bullet', '\uF0A7', 'Wingdings')}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="hybridMultilevel"/>${lvl('bullet', 'o', 'Courier New')}</w:abstractNum>`,
  ].join('');
  let nums = '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="3"/></w:num>';
  for (let k = 0; k < decimalLists; k++) nums += `<w:num w:numId="${10 + k}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  return part('numbering', abs + nums);
};

function runsXml(runs) {
  return runs.map((x) => (x.field ? field(x.field, x.text, x) : r(x.text, x))).join('');
}
function paraXml(b, ctx) {
  let numId;
  if (b.list === 'bullet') numId = 1;
  else if (b.list === 'wing') numId = 2;
  else if (b.list === 'o') numId = 3;
  else if (b.list === 'decimal') numId = 10 + b.listNo;
  if (b.list === 'decimal') ctx.maxList = Math.max(ctx.maxList, b.listNo + 1);
  return p(runsXml(b.runs), {
    align: b.align, tabs: b.tabs, bottomBorder: b.border ? { sz: 8, space: 1 } : undefined, before: b.before, after: b.after,
    ind: b.ind, numId, keepNext: b.keepNext, contextualSpacing: !!b.list,
  });
}
function blocksXml(blocks, ctx) {
  return blocks.map((b) => (b.t === 'tbl'
    ? tbl(b.rows.map((row) => row.map((cell) => ({ content: [].concat(cell).map((pp) => paraXml(pp, ctx)) }))), { widths: b.widths, borders: false, cellLeft: 0 })
    : paraXml(b, ctx))).join('');
}

// doc: {blocks, font, size, page:{w,h,...}, headerFirst, headerDefault, footer (blocks), styles extra}
export function toDocx(doc, meta) {
  const ctx = { maxList: 0 };
  const body = blocksXml(doc.blocks, ctx);
  const headers = [], footers = [], hrefs = [], frefs = [];
  if (doc.headerFirst) { headers.push({ id: 'rId20', file: 'header1.xml', xml: blocksXml(doc.headerFirst, ctx) }); hrefs.push(['first', 'rId20']); }
  if (doc.headerDefault) { headers.push({ id: 'rId21', file: 'header2.xml', xml: blocksXml(doc.headerDefault, ctx) }); hrefs.push(['default', 'rId21']); }
  if (doc.footer) { footers.push({ id: 'rId22', file: 'footer1.xml', xml: blocksXml(doc.footer, ctx) }); frefs.push(['default', 'rId22']); if (doc.headerFirst) { footers.push({ id: 'rId23', file: 'footer2.xml', xml: blocksXml(doc.footer, ctx) }); frefs.push(['first', 'rId23']); } }
  const sz = Math.round((doc.size ?? 11) * 2);
  const styles = part('styles',
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${doc.font}" w:eastAsia="${doc.font}" w:hAnsi="${doc.font}" w:cs="${doc.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${doc.lang ?? 'en-US'}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${doc.after ?? 40}" w:line="${doc.line ?? 252}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>`);
  const numbering = NUMBERING(ctx.maxList);
  return pack({
    body, styles, numbering, headers, footers, fonts: [doc.font, 'Symbol', 'Wingdings', 'Courier New'],
    sect: sectPr({ page: doc.page, headers: hrefs, footers: frefs, titlePg: !!doc.headerFirst }),
    title: meta.title, author: meta.author, app: meta.app, template: meta.template,
  });
}

// ---------------------------------------------------------------- HTML renderer (Chromium)
function runsHtml(runs) {
  return runs.map((x) => {
    const st = [];
    if (x.b) st.push('font-weight:bold'); if (x.i) st.push('font-style:italic'); if (x.u) st.push('text-decoration:underline');
    if (x.sz) st.push(`font-size:${x.sz}pt`); if (x.color) st.push(`color:#${x.color}`); if (x.font) st.push(`font-family:'${x.font}'`);
    const t = esc(x.text).replace(/\n/g, '<br>');
    return st.length ? `<span style="${st.join(';')}">${t}</span>` : `<span>${t}</span>`;
  }).join('');
}
// Splits runs at the first tab into [before, after] run lists.
function splitTab(runs) {
  const a = [], b = [];
  let hit = false;
  for (const x of runs) {
    if (hit) { b.push(x); continue; }
    const i = x.text.indexOf('\t');
    if (i < 0) { a.push(x); continue; }
    hit = true;
    if (i > 0) a.push({ ...x, text: x.text.slice(0, i) });
    if (i < x.text.length - 1) b.push({ ...x, text: x.text.slice(i + 1) });
  }
  return hit ? [a, b] : null;
}
function paraHtml(b, _tw) {
  const st = [];
  if (b.align) st.push(`text-align:${b.align === 'both' ? 'justify' : b.align}`);
  st.push(`margin:${(b.before ?? 0) / 20}pt 0 ${(b.after ?? 2) / 20}pt 0`);
  if (b.border) st.push('border-bottom:1px solid #444;padding-bottom:1pt');
  if (b.ind) st.push(`padding-left:${((b.ind.left ?? 0) - (b.ind.hanging ?? 0)) / 20}pt`);
  if (b.mono) st.push('white-space:pre-wrap');
  if (b.keepNext) st.push('break-after:avoid');
  const tab = b.tabs ? splitTab(b.runs) : null;
  if (tab && b.tabs[0][1] === 'right') return `<div class="row" style="${st.join(';')};display:flex;justify-content:space-between"><span>${runsHtml(tab[0])}</span><span>${runsHtml(tab[1])}</span></div>`;
  if (tab) return `<div style="${st.join(';')};display:flex"><span style="flex:0 0 ${b.tabs[0][0] / 20 - ((b.ind?.left ?? 0) - (b.ind?.hanging ?? 0)) / 20}pt">${runsHtml(tab[0])}</span><span>${runsHtml(tab[1])}</span></div>`;
  if (b.list) return `<div style="${st.join(';')};display:list-item;list-style-type:disc;margin-left:${(b.ind?.left ?? 540) / 20}pt">${runsHtml(b.runs)}</div>`;
  return `<div style="${st.join(';')}">${runsHtml(b.runs)}</div>`;
}
export function toHtml(doc) {
  const tw = (doc.page.w - doc.page.left - doc.page.right);
  const body = doc.blocks.map((b) => (b.t === 'tbl'
    ? `<table style="border-collapse:collapse;width:100%">${b.rows.map((row) => `<tr>${row.map((c) => `<td style="vertical-align:top;padding:0 4pt 0 0">${[].concat(c).map((x) => paraHtml(x, tw)).join('')}</td>`).join('')}</tr>`).join('')}</table>`
    : paraHtml(b, tw))).join('\n');
  const pg = doc.page;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(doc.title ?? '')}</title><style>
@page { size: ${pg.w / 1440}in ${pg.h / 1440}in; margin: ${pg.top / 1440}in ${pg.right / 1440}in ${pg.bottom / 1440}in ${pg.left / 1440}in; }
body { font-family: '${doc.font}'; font-size: ${doc.size}pt; line-height: ${doc.lineHeight ?? 1.25}; margin: 0; color: #111; }
</style></head><body>\n${body}\n</body></html>`;
}
