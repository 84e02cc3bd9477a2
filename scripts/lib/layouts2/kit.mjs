// Shared pieces of the second held-out batch (scripts/make-layouts2.mjs): date printing, the answer key, a
// text cursor over pdf-writer pages and raw WordprocessingML helpers. A copy, not an import, of the first
// batch's helpers (scripts/lib/layouts/), so edits there cannot change these files' bytes.
//
// Every case is one resume as data (JSON Resume field names, ISO dates) plus a renderer that lays it out.
// The answer key (expected.json) is read off the same data. Keys starting with "_" are render hints (the
// printed date text, the printed degree line, ...) and never reach the key.
import { textWidth, wrapText } from '../pdf-writer.mjs';
import { escapeXml } from '../docx-writer.mjs';
import { SHORT, LONG } from '../layouts/common.mjs';

export { textWidth, wrapText };

// The month names and the answer key are the first batch's (scripts/lib/layouts/common.mjs).
export { SHORT, LONG };
export { expectedOf } from '../layouts/common.mjs';

/**
 * One ISO date ("2019-01", "2019", or undefined for the current end) in a style:
 * short "Jan 2019", long "January 2019", dot "2019.01", apos "Jan’19" (Word's typographic apostrophe), year "2019".
 */
export function printDate(iso, style = 'short', present = 'Present') {
  if (!iso) return present;
  const [y, m] = iso.split('-');
  if (!m || style === 'year') return y;
  const i = Number(m) - 1;
  if (style === 'long') return `${LONG[i]} ${y}`;
  if (style === 'dot') return `${y}.${m}`;
  if (style === 'apos') return `${SHORT[i]}’${y.slice(2)}`;
  return `${SHORT[i]} ${y}`;
}

/** A printed range: an explicit _dates text wins, else start – end in a style. */
export function printRange(e, { style = 'short', sep = ' – ', present = 'Present' } = {}) {
  if (e._dates) return e._dates;
  if (!e.startDate) return printDate(e.endDate, style, present);
  return `${printDate(e.startDate, style, present)}${sep}${printDate(e.endDate, style, present)}`;
}


/** A deterministic 8-bit grey "photo": a soft head-and-shoulders silhouette on a light ground. */
export function photo(cols = 48, rows = 60) {
  const pixels = new Uint8Array(cols * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const hx = (x - cols / 2) / (cols * 0.22), hy = (y - rows * 0.38) / (rows * 0.2);
      const sx = (x - cols / 2) / (cols * 0.48), sy = (y - rows * 1.05) / (rows * 0.42);
      const inside = hx * hx + hy * hy < 1 || sx * sx + sy * sy < 1;
      pixels[y * cols + x] = inside ? 70 + ((x * 7 + y * 3) % 20) : 215 - Math.round((y / rows) * 30);
    }
  }
  return { cols, rows, pixels };
}

// ---------------------------------------------------------------------------------------------------------
// PDF: a cursor running down a column (after scripts/lib/layouts/pdf-kit.mjs).

// The text cursor is the one in the third batch's kit (a superset: it also draws a bold lead before a bullet).
export { Cursor } from '../layouts3/kit.mjs';

// ---------------------------------------------------------------------------------------------------------
// DOCX: raw WordprocessingML for what docx-writer's block specs cannot say.

/** One run: { text, bold, italic, size (pt), color, caps, smallCaps, font, pageBreakBefore (rendered) }; "\t" = tab. */
export function run(r) {
  const o = typeof r === 'string' ? { text: r } : r;
  let rPr = '';
  if (o.font) rPr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.bold) rPr += '<w:b/><w:bCs/>';
  if (o.italic) rPr += '<w:i/><w:iCs/>';
  if (o.caps) rPr += '<w:caps/>';
  if (o.smallCaps) rPr += '<w:smallCaps/>';
  if (o.color) rPr += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) rPr += `<w:spacing w:val="${Math.round(o.spacing * 20)}"/>`;
  if (o.size) rPr += `<w:sz w:val="${Math.round(o.size * 2)}"/><w:szCs w:val="${Math.round(o.size * 2)}"/>`;
  const lrpb = o.renderedBreak ? '<w:lastRenderedPageBreak/>' : '';
  const body = String(o.text ?? '').split('\t').map((s) => (s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : '')).join('<w:tab/>');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${lrpb}${body}</w:r>`;
}

/**
 * One paragraph: runs (strings, run specs or { raw }), style, numId (list), tabs [[kind, pos]], align,
 * after/before (pt), border ('bottom' | 'top'), ind (twips left), shade (fill), keepNext.
 */
export function para(runs, o = {}) {
  let pPr = '';
  if (o.style) pPr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pPr += '<w:keepNext/>';
  if (o.numId) pPr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.border) pPr += `<w:pBdr><w:${o.border} w:val="single" w:sz="${o.borderSize ?? 6}" w:space="1" w:color="${o.borderColor ?? '404040'}"/></w:pBdr>`;
  if (o.shade) pPr += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`;
  if (o.tabs) pPr += `<w:tabs>${o.tabs.map(([k, pos]) => `<w:tab w:val="${k}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.after !== undefined || o.before !== undefined) pPr += `<w:spacing${o.before !== undefined ? ` w:before="${Math.round(o.before * 20)}"` : ''}${o.after !== undefined ? ` w:after="${Math.round(o.after * 20)}"` : ''}/>`;
  if (o.ind !== undefined) pPr += `<w:ind w:left="${o.ind}"${o.hanging ? ` w:hanging="${o.hanging}"` : ''}/>`;
  if (o.align) pPr += `<w:jc w:val="${o.align}"/>`;
  const rs = (Array.isArray(runs) ? runs : [runs]).map((x) => (x && x.raw !== undefined ? x.raw : run(x))).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rs}</w:p>`;
}

/** A layout table: rows of cell XML, widths in twips, optional shading per column, borders or none. */
export function table(widths, rows, { shade = [], borders = false, margin = 108, insideH = false } = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  const side = (s) => {
    const on = borders || (insideH && s === 'insideH');
    return `<w:${s} w:val="${on ? 'single' : 'nil'}"${on ? ' w:sz="4" w:space="0" w:color="A6A6A6"' : ''}/>`;
  };
  const bdr = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(side).join('');
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const trs = rows.map((cells) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.map((xml, i) => {
    const shd = shade[i] ? `<w:shd w:val="clear" w:color="auto" w:fill="${shade[i]}"/>` : '';
    return `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${shd}</w:tcPr>${xml || '<w:p/>'}</w:tc>`;
  }).join('')}</w:tr>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${bdr}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="${margin}" w:type="dxa"/><w:right w:w="${margin}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${trs}</w:tbl>`;
}

/**
 * A whole word/numbering.xml (abstractNums before nums, as the schema wants). Each list is
 * { id, char, font } for a bullet (Word's own: Wingdings F0D8 ➢, Wingdings F0A7 ▪, Symbol F0B7 •,
 * Wingdings F0FC ✓) or { id, decimal: '%1.' } for a numbered list. Pass it as parts['word/numbering.xml'].
 */
export function numberingXml(lists) {
  const abs = lists.map(({ id, char, font, decimal, left = 720, hanging = 360 }) => {
    const fmt = decimal ? `<w:numFmt w:val="decimal"/><w:lvlText w:val="${decimal}"/>` : `<w:numFmt w:val="bullet"/><w:lvlText w:val="${char}"/>`;
    const rPr = decimal ? '' : `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>`;
    return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>${fmt}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>${rPr}</w:lvl></w:abstractNum>`;
  }).join('');
  const nums = lists.map(({ id }) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abs}${nums}</w:numbering>`;
}

/** A PAGE field as Word writes it in a header, with its cached result. */
export const pageField = (cached) => ({
  raw: `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${cached}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`,
});
