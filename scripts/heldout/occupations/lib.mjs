// Block model + two renderers (hand-written OOXML for DOCX, HTML for Chromium PDF) for the occupations batch.
// Reuses the OOXML helpers of ../word-templates and ../word-templates2 and the Key/date helpers of ../conventions.
import { r, p, tbl, field, esc } from '../word-templates/ooxml.mjs';
import { pack, sectPr, part } from '../word-templates2/ooxml2.mjs';
export { Key, fmt, keyDate } from '../conventions/lib.mjs';

// run: {text, b, i, u, sz, color, font}; text may hold \t (one right tab) and \n
// para: {t:'p', runs, align, tab (right tab position, twips), border (hex colour), shd, before, after, bullet, ind, keepNext}
export const R = (text, o = {}) => ({ text: String(text), ...o });
export const P = (runs, o = {}) => ({ t: 'p', runs: [].concat(runs).filter((x) => x != null && x !== '').map((x) => (typeof x === 'string' ? R(x) : x)), ...o });
// cell: {blocks, shd, pad:{left,right,top,bottom} twips}
export const TBL = (rows, widths, o = {}) => ({ t: 'tbl', rows, widths, ...o });
export const C = (blocks, o = {}) => ({ blocks: [].concat(blocks), ...o });

export const PAPER = {
  letter: { w: 12240, h: 15840 },
  a4: { w: 11906, h: 16838 },
};

// ---------------------------------------------------------------- DOCX
const NUMBERING = part('numbering',
  `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uF0B7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u25AA"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl></w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>');

const runsXml = (runs) => runs.map((x) => (x.field ? field(x.field, x.text, x) : r(x.text, x))).join('');
function paraXml(b) {
  return p(runsXml(b.runs), {
    align: b.align, tabs: b.tab ? [[b.tab, 'right']] : undefined,
    bottomBorder: b.border ? { sz: b.borderSz ?? 8, space: 1, color: b.border === true ? 'auto' : b.border } : undefined,
    topBorder: b.borderTop ? { sz: 8, space: 1, color: b.borderTop === true ? 'auto' : b.borderTop } : undefined,
    shd: b.shd, before: b.before, after: b.after, ind: b.bullet ? { left: b.ind ?? 360, hanging: 360 } : (b.ind ? { left: b.ind } : undefined),
    numId: b.bullet ? (b.bullet === 'square' ? 2 : 1) : undefined, keepNext: b.keepNext, contextualSpacing: !!b.bullet,
  });
}
function blocksXml(blocks) {
  return blocks.map((b) => (b.t === 'tbl'
    ? tbl(b.rows.map((row) => row.map((c) => ({
      content: c.blocks.length ? c.blocks.map(paraXml) : ['<w:p/>'], shd: c.shd, span: c.span,
      margins: c.pad ? { top: c.pad.top ?? 0, left: c.pad.left ?? 0, bottom: c.pad.bottom ?? 0, right: c.pad.right ?? 0 } : undefined,
    }))), { widths: b.widths, borders: false, cellLeft: b.cellLeft ?? 0, cellRight: b.cellRight ?? 108 }) + (b.after === false ? '' : '<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="120" w:lineRule="auto"/></w:pPr></w:p>')
    : paraXml(b))).join('');
}
// doc: {blocks, font, size, paper, margin:{top,right,bottom,left}, footer (blocks), lang}
export function toDocx(doc, meta) {
  const body = blocksXml(doc.blocks);
  const footers = [], frefs = [];
  if (doc.footer) { footers.push({ id: 'rId22', file: 'footer1.xml', xml: blocksXml(doc.footer) }); frefs.push(['default', 'rId22']); }
  const sz = Math.round(doc.size * 2);
  const styles = part('styles',
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${doc.font}" w:eastAsia="${doc.font}" w:hAnsi="${doc.font}" w:cs="${doc.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${doc.lang ?? 'en-US'}"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${doc.after ?? 40}" w:line="${doc.line ?? 252}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>`);
  const pg = { ...PAPER[doc.paper], ...doc.margin, header: 500, footer: 500 };
  return pack({
    body, styles, numbering: NUMBERING, headers: [], footers, fonts: [doc.font, 'Symbol', 'Arial'],
    sect: sectPr({ page: pg, footers: frefs }), title: meta.title, author: meta.author, app: meta.app, template: meta.template,
  });
}

// ---------------------------------------------------------------- HTML (Chromium)
function runsHtml(runs) {
  return runs.map((x) => {
    const st = [];
    if (x.b) st.push('font-weight:bold'); if (x.i) st.push('font-style:italic'); if (x.u) st.push('text-decoration:underline');
    if (x.sz) st.push(`font-size:${x.sz}pt`); if (x.color) st.push(`color:#${x.color}`); if (x.font) st.push(`font-family:'${x.font}'`);
    if (x.spacing) st.push(`letter-spacing:${x.spacing / 20}pt`);
    const t = esc(x.field ? x.text : x.text).replace(/\n/g, '<br>');
    return st.length ? `<span style="${st.join(';')}">${t}</span>` : t;
  }).join('');
}
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
function paraHtml(b) {
  const st = [];
  if (b.align) st.push(`text-align:${b.align === 'both' ? 'justify' : b.align}`);
  st.push(`margin:${(b.before ?? 0) / 20}pt 0 ${(b.after ?? 2) / 20}pt 0`);
  if (b.border) st.push(`border-bottom:${(b.borderSz ?? 8) / 8}pt solid #${b.border === true ? '333' : b.border};padding-bottom:1.5pt`);
  if (b.borderTop) st.push(`border-top:1pt solid #${b.borderTop === true ? '333' : b.borderTop};padding-top:1.5pt`);
  if (b.shd) st.push(`background:#${b.shd};padding:3pt 4pt`);
  if (b.keepNext) st.push('break-after:avoid');
  if (b.ind && !b.bullet) st.push(`margin-left:${b.ind / 20}pt`);
  const tab = b.tab ? splitTab(b.runs) : null;
  if (tab) return `<div style="${st.join(';')};display:flex;justify-content:space-between;gap:8pt"><span>${runsHtml(tab[0])}</span><span style="text-align:right;white-space:nowrap">${runsHtml(tab[1])}</span></div>`;
  if (b.bullet) return `<div style="${st.join(';')};display:list-item;list-style-type:${b.bullet === 'square' ? 'square' : 'disc'};margin-left:${(b.ind ?? 360) / 20}pt">${runsHtml(b.runs)}</div>`;
  return `<div style="${st.join(';')}">${runsHtml(b.runs) || '&nbsp;'}</div>`;
}
function blocksHtml(blocks) {
  return blocks.map((b) => {
    if (b.t !== 'tbl') return paraHtml(b);
    const tot = b.widths.reduce((x, y) => x + y, 0);
    return `<table style="border-collapse:collapse;width:100%;table-layout:fixed;margin-bottom:${b.after === false ? 0 : 3}pt"><colgroup>${b.widths.map((w) => `<col style="width:${(100 * w / tot).toFixed(2)}%">`).join('')}</colgroup>` +
      b.rows.map((row) => `<tr>${row.map((c) => `<td${c.span ? ` colspan="${c.span}"` : ''} style="vertical-align:top;padding:${(c.pad?.top ?? 0) / 20}pt ${(c.pad?.right ?? 108) / 20}pt ${(c.pad?.bottom ?? 0) / 20}pt ${(c.pad?.left ?? 0) / 20}pt${c.shd ? `;background:#${c.shd}` : ''}">${blocksHtml(c.blocks)}</td>`).join('')}</tr>`).join('') + '</table>';
  }).join('\n');
}
export function toHtml(doc) {
  const m = doc.margin;
  return `<!doctype html><html lang="${(doc.lang ?? 'en-US').slice(0, 2)}"><head><meta charset="utf-8"><title>${esc(doc.title ?? '')}</title><style>
@page { size: ${doc.paper === 'a4' ? 'A4' : 'letter'}; margin: ${m.top / 20}pt ${m.right / 20}pt ${m.bottom / 20}pt ${m.left / 20}pt; }
body { font-family: '${doc.htmlFont ?? doc.font}'; font-size: ${doc.size}pt; line-height: ${doc.lineHeight ?? 1.28}; margin: 0; color: #1a1a1a;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
tr { break-inside: auto; }
</style></head><body>\n${blocksHtml(doc.blocks)}\n</body></html>`;
}
