// Shared helpers for the regional batch: answer-key builder, a small block model (paragraphs with runs, tabs,
// borders, shading, lists; bordered or borderless tables; a photo placeholder box) and two renderers: OOXML
// (DOCX written by hand with ../word-templates/ooxml.mjs + ../word-templates2/ooxml2.mjs) and HTML (Chromium PDF).
import { r, p, tbl, esc } from '../word-templates/ooxml.mjs';
import { pack, sectPr, part } from '../word-templates2/ooxml2.mjs';

// ---------------------------------------------------------------- answer key
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
export class Key {
  constructor() { this.k = { basics: {}, work: [], education: [], skills: [], sections: [] }; this.printed = []; }
  basics(f, v) { this.k.basics[f] = v; }
  profile(v) { (this.k.basics.profiles ??= []).push(v); }
  section(h) { this.k.sections.push(h); return h; }
  // d: key date ('2019-03' | '2019' | 'present'); shown: the printed string (recorded for the checker)
  date(shown) { if (shown) this.printed.push(shown); return shown; }
  work(w) { this.k.work.push(w); return w; }
  edu(e) { this.k.education.push(e); return e; }
  skills(list) { for (const s of list) if (!this.k.skills.includes(s)) this.k.skills.push(s); }
  other(heading, items) { (this.k.otherSections ??= []).push({ heading, items }); }
  project(pr) { (this.k.projects ??= []).push(pr); }
}
export const isDate = (d) => DATE.test(d);

// ---------------------------------------------------------------- block model
// run: {text, b, i, u, sz, color, font}; text may hold \t and \n
// para: {t:'p', runs, align, tabs:[[twips,'left'|'right']], border, shade, before, after, ind:{left,hanging}, list, keepNext}
export const R = (text, o = {}) => ({ text: String(text), ...o });
export const P = (runs, o = {}) => ({ t: 'p', runs: [].concat(runs).map((x) => (typeof x === 'string' ? R(x) : x)), ...o });
// rows: [[cell]]; cell: array of paras | {blocks, shd, span, vAlign}; o: {widths (twips), borders, cellLeft}
export const TBL = (rows, o) => ({ t: 'tbl', rows, ...o });
export const BREAK = { t: 'break' };
const cellOf = (c) => (Array.isArray(c) ? { blocks: c } : c.t === 'p' ? { blocks: [c] } : c);

// ---------------------------------------------------------------- DOCX
// lists: 'bullet' (Symbol U+F0B7), 'square' (Wingdings U+F0A7), 'arrow' (Wingdings U+F0D8), 'dash' (–), 'check' (Wingdings U+F0FC)
const LISTS = { bullet: ['\uF0B7', 'Symbol'], square: ['\uF0A7', 'Wingdings'], arrow: ['\uF0D8', 'Wingdings'], dash: ['–', null], check: ['\uF0FC', 'Wingdings'] };
const LIST_IDS = Object.fromEntries(Object.keys(LISTS).map((k, i) => [k, i + 1]));
function numbering() {
  let abs = '', nums = '';
  Object.values(LISTS).forEach(([text, font], i) => {
    abs += `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${esc(text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>` +
      (font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : '') + '</w:lvl></w:abstractNum>';
    nums += `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`;
  });
  return part('numbering', abs + nums);
}
const runsXml = (runs) => runs.map((x) => r(x.text, x)).join('');
function paraXml(b) {
  if (b.t === 'break') return '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  return p(runsXml(b.runs), {
    align: b.align, tabs: b.tabs, bottomBorder: b.border ? { sz: b.border === true ? 8 : b.border, space: 1, color: b.borderColor } : undefined,
    shd: b.shade, before: b.before, after: b.after, ind: b.list ? (b.ind ?? { left: 720, hanging: 360 }) : b.ind,
    numId: b.list ? LIST_IDS[b.list] : undefined, keepNext: b.keepNext, contextualSpacing: !!b.list,
  });
}
function blocksXml(blocks) {
  return blocks.map((b) => {
    if (b.t !== 'tbl') return paraXml(b);
    const rows = b.rows.map((row) => row.map((c0) => {
      const c = cellOf(c0);
      const last = c.blocks.at(-1);
      return { content: [blocksXml(c.blocks) + (last && last.t === 'tbl' ? '<w:p/>' : '')], shd: c.shd, span: c.span, vAlign: c.vAlign, margins: c.margins };
    }));
    // Word requires a paragraph after a table that ends a cell; harmless at body level
    return tbl(rows, { widths: b.widths, borders: !!b.borders, cellLeft: b.cellLeft ?? (b.borders ? 108 : 0), jc: b.jc });
  }).join('');
}
// doc: {blocks, font, size, page:{w,h,top,bottom,left,right}, header (blocks), footer (blocks), lang}
export function toDocx(doc, meta = {}) {
  const body = blocksXml(doc.blocks) + '<w:p/>';
  const headers = [], footers = [], hrefs = [], frefs = [];
  if (doc.header) { headers.push({ id: 'rId20', file: 'header1.xml', xml: blocksXml(doc.header) }); hrefs.push(['default', 'rId20']); }
  if (doc.footer) { footers.push({ id: 'rId22', file: 'footer1.xml', xml: blocksXml(doc.footer) }); frefs.push(['default', 'rId22']); }
  const sz = Math.round((doc.size ?? 11) * 2);
  const styles = part('styles',
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${doc.font}" w:eastAsia="${doc.font}" w:hAnsi="${doc.font}" w:cs="${doc.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${doc.lang ?? 'en-US'}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${doc.after ?? 40}" w:line="${doc.line ?? 252}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>`);
  return pack({
    body, styles, numbering: numbering(), headers, footers, fonts: [doc.font, 'Symbol', 'Wingdings'],
    sect: sectPr({ page: doc.page, headers: hrefs, footers: frefs }),
    title: meta.title, author: meta.author, app: meta.app,
  });
}

// ---------------------------------------------------------------- HTML (Chromium)
const BUL = { bullet: 'disc', square: 'square', arrow: '"➢  "', dash: '"–  "', check: '"✓  "' };
function runsHtml(runs) {
  return runs.map((x) => {
    const st = [];
    if (x.b) st.push('font-weight:bold'); if (x.i) st.push('font-style:italic'); if (x.u) st.push('text-decoration:underline');
    if (x.sz) st.push(`font-size:${x.sz}pt`); if (x.color) st.push(`color:#${x.color}`); if (x.font) st.push(`font-family:'${x.font}'`);
    const t = esc(x.text).replace(/\n/g, '<br>');
    return st.length ? `<span style="${st.join(';')}">${t}</span>` : t;
  }).join('');
}
// splits runs at tabs into segments
function segments(runs) {
  const segs = [[]];
  for (const x of runs) {
    const parts = x.text.split('\t');
    parts.forEach((t, i) => { if (i > 0) segs.push([]); if (t) segs[segs.length - 1].push({ ...x, text: t }); });
  }
  return segs;
}
function paraHtml(b) {
  if (b.t === 'break') return '<div style="break-after:page"></div>';
  const st = [];
  if (b.align) st.push(`text-align:${b.align === 'both' ? 'justify' : b.align}`);
  st.push(`margin:${(b.before ?? 0) / 20}pt 0 ${(b.after ?? 2) / 20}pt 0`);
  if (b.border) st.push(`border-bottom:${b.border === true ? 1 : Math.max(1, b.border / 8)}px solid #${b.borderColor ?? '444'};padding-bottom:1pt`);
  if (b.shade) st.push(`background:#${b.shade};padding:1pt 3pt`);
  if (b.keepNext) st.push('break-after:avoid');
  const segs = segments(b.runs);
  if (segs.length > 1 && b.tabs) {
    const base = (b.ind?.left ?? 0) - (b.ind?.hanging ?? 0);
    if (base) st.push(`padding-left:${base / 20}pt`);
    if (b.tabs[b.tabs.length - 1][1] === 'right' && b.tabs.length === 1) return `<div style="${st.join(';')};display:flex;justify-content:space-between;gap:8pt"><span>${runsHtml(segs[0])}</span><span style="text-align:right;white-space:nowrap">${runsHtml(segs[1])}</span></div>`;
    let prev = base, html = '';
    segs.forEach((s, i) => {
      const tab = b.tabs[i];
      if (tab && tab[1] === 'left') { html += `<span style="flex:0 0 ${(tab[0] - prev) / 20}pt">${runsHtml(s)}</span>`; prev = tab[0]; }
      else html += `<span style="flex:1">${runsHtml(s)}</span>`;
    });
    return `<div style="${st.join(';')};display:flex">${html}</div>`;
  }
  const text = runsHtml(b.runs.map((x) => ({ ...x, text: x.text.replace(/\t/g, '  ') })));
  if (b.ind && !b.list) st.push(`padding-left:${b.ind.left / 20}pt`, `text-indent:${-(b.ind.hanging ?? 0) / 20}pt`);
  if (b.list) {
    const lt = BUL[b.list];
    return `<ul style="margin:0;padding-left:${(b.ind?.left ?? 540) / 20}pt;list-style-type:${lt}"><li style="${st.join(';')}">${text}</li></ul>`;
  }
  return `<div style="${st.join(';')}">${text || '&nbsp;'}</div>`;
}
function blocksHtml(blocks) {
  return blocks.map((b) => {
    if (b.t !== 'tbl') return paraHtml(b);
    const total = b.widths.reduce((a, c) => a + c, 0);
    const bd = b.borders ? 'border:0.75pt solid #000;' : '';
    const rows = b.rows.map((row) => `<tr>${row.map((c0) => {
      const c = cellOf(c0);
      return `<td${c.span ? ` colspan="${c.span}"` : ''} style="vertical-align:${c.vAlign === 'center' ? 'middle' : 'top'};${bd}padding:${b.borders ? '2pt 4pt' : `0 6pt 0 ${(b.cellLeft ?? 0) / 20}pt`};${c.shd ? `background:#${c.shd};` : ''}${c.style ?? ''}">${blocksHtml(c.blocks)}</td>`;
    }).join('')}</tr>`).join('');
    const cols = b.widths.map((w) => `<col style="width:${(100 * w / total).toFixed(2)}%">`).join('');
    return `<table style="border-collapse:collapse;width:${Math.min(100, b.pct ?? 100)}%;table-layout:fixed;margin:2pt 0">${cols}${rows}</table>`;
  }).join('\n');
}
export function toHtml(doc) {
  const pg = doc.page;
  return `<!doctype html><html lang="${(doc.lang ?? 'en').slice(0, 2)}"><head><meta charset="utf-8"><title>${esc(doc.title ?? '')}</title><style>
@page { size: ${pg.w / 1440}in ${pg.h / 1440}in; margin: ${pg.top / 1440}in ${pg.right / 1440}in ${pg.bottom / 1440}in ${pg.left / 1440}in; }
body { font-family: '${doc.font}'; font-size: ${doc.size}pt; line-height: ${doc.lineHeight ?? 1.25}; margin: 0; color: #111; }
li { margin: 0 }
${doc.css ?? ''}
</style></head><body>\n${blocksHtml(doc.blocks)}\n</body></html>`;
}
