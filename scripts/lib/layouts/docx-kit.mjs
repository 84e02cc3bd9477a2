// Raw WordprocessingML for what docx-writer's block specs cannot say: layout tables with chosen column widths,
// cell shading and no borders, runs with colour or capitals. Used through docx-writer's { raw } blocks.
import { escapeXml } from '../docx-writer.mjs';

/** One run: { text, bold, italic, size (pt), color ('RRGGBB'), caps, font }; "\t" becomes a tab. */
export function run(r) {
  const o = typeof r === 'string' ? { text: r } : r;
  let rPr = '';
  if (o.font) rPr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}"/>`;
  if (o.bold) rPr += '<w:b/><w:bCs/>';
  if (o.italic) rPr += '<w:i/><w:iCs/>';
  if (o.caps) rPr += '<w:caps/>';
  if (o.color) rPr += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) rPr += `<w:spacing w:val="${Math.round(o.spacing * 20)}"/>`;
  if (o.size) rPr += `<w:sz w:val="${Math.round(o.size * 2)}"/><w:szCs w:val="${Math.round(o.size * 2)}"/>`;
  const body = String(o.text ?? '').split('\t').map((s) => (s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : '')).join('<w:tab/>');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${body}</w:r>`;
}

/**
 * One paragraph: runs (strings or run specs), style, bullet (numbering numId 1 of docx-writer), align,
 * rightTab (twips), after/before (pt), border ('bottom'), pPr (raw).
 */
export function para(runs, o = {}) {
  let pPr = '';
  if (o.style) pPr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.bullet) pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>`;
  if (o.border === 'bottom') pPr += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="1F3864"/></w:pBdr>';
  if (o.rightTab) pPr += `<w:tabs><w:tab w:val="right" w:pos="${o.rightTab}"/></w:tabs>`;
  if (o.after !== undefined || o.before !== undefined) pPr += `<w:spacing${o.before !== undefined ? ` w:before="${Math.round(o.before * 20)}"` : ''}${o.after !== undefined ? ` w:after="${Math.round(o.after * 20)}"` : ''}/>`;
  if (o.bullet) pPr += '<w:ind w:left="360" w:hanging="216"/>';
  if (o.align) pPr += `<w:jc w:val="${o.align}"/>`;
  if (o.pPr) pPr += o.pPr;
  const rs = (Array.isArray(runs) ? runs : [runs]).map(run).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rs}</w:p>`;
}

/**
 * A borderless layout table: one row per entry of `rows`, each an array of cell XML (paragraphs);
 * `widths` in twips; `shade` an array of fill colours per column (or undefined).
 */
export function layoutTable(widths, rows, { shade = [], borders = false, margin = 115 } = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  const border = borders ? 'single' : 'nil';
  const bdr = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="${border}"${borders ? ' w:sz="4" w:space="0" w:color="BFBFBF"' : ''}/>`).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const trs = rows.map((cells) => `<w:tr>${cells.map((xml, i) => {
    const shd = shade[i] ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade[i]}"/>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shd}</w:tcPr>${xml || '<w:p/>'}</w:tc>`;
  }).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${bdr}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl>`;
}
