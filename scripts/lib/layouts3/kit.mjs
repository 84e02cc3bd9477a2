// Shared pieces of the third held-out batch (scripts/make-layouts3.mjs): the answer key, a text cursor over
// pdf-writer pages, PDF table drawing, raw WordprocessingML helpers and a small DOCX packer that lets a case
// write its own section properties (column sections, first-page headers). The layouts2 and layouts4 kits import
// pieces of it; test/fixtures.test.ts regenerates every batch and compares the bytes, so an edit here that would
// change a frozen batch fails there.
//
// Every case is one resume as data (JSON Resume field names, ISO dates) plus a renderer that lays it out.
// The answer key (expected.json) is read off the same data. Keys starting with "_" are render hints (the
// printed date text, the printed degree line, ...) and never reach the key.
import { strToU8, zipSync } from 'fflate';
import { textWidth, wrapText } from '../pdf-writer.mjs';
import { escapeXml } from '../docx-writer.mjs';

export { textWidth, wrapText, escapeXml };

// The month names and the answer key are the first batch's (scripts/lib/layouts/common.mjs).
export { SHORT, LONG, expectedOf } from '../layouts/common.mjs';


/** The otherSections entry with this heading (its items). */
export function itemsOf(r, heading) {
  const s = r.otherSections.find((o) => o.heading === heading);
  if (!s) throw new Error(`no otherSections entry "${heading}"`);
  return s.items;
}

/** A deterministic 8-bit grey "photo": a head-and-shoulders silhouette on a light ground. */
export function photo(cols = 40, rows = 50) {
  const pixels = new Uint8Array(cols * rows);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < cols; x++) {
      const hx = (x - cols / 2) / (cols * 0.21), hy = (y - rows * 0.37) / (rows * 0.19);
      const sx = (x - cols / 2) / (cols * 0.5), sy = (y - rows * 1.04) / (rows * 0.4);
      const inside = hx * hx + hy * hy < 1 || sx * sx + sy * sy < 1;
      pixels[y * cols + x] = inside ? 85 + ((x * 5 + y * 11) % 17) : 228 - Math.round((x / cols) * 25);
    }
  }
  return { cols, rows, pixels };
}

// ---------------------------------------------------------------------------------------------------------
// PDF: a cursor running down a column.

export class Cursor {
  /**
   * @param {object} o page, left, right, y; bottom and newPage() for flowing onto the next page; style defaults
   */
  constructor({ page, left, right, y, bottom = Infinity, newPage, style = {} }) {
    Object.assign(this, { page, left, right, y, bottom, newPage, style });
  }

  get width() {
    return this.right - this.left;
  }

  need(h) {
    if (this.y + h > this.bottom && this.newPage) {
      const next = this.newPage();
      this.page = next.page;
      this.y = next.y;
    }
  }

  space(h) {
    this.y += h;
    return this;
  }

  opts(o) {
    const s = { font: 'Helvetica', size: 10, ...this.style, ...o };
    return { ...s, lead: o.lead ?? this.style.lead ?? s.size * 1.3 };
  }

  text(str, o = {}) {
    const { lead, indent = 0, align = 'left', ...t } = this.opts(o);
    this.need(lead);
    const x = align === 'right' ? this.right : align === 'center' ? (this.left + indent + this.right) / 2 : this.left + indent;
    this.page.text(x, this.y, str, { ...t, align });
    this.y += lead;
    return this;
  }

  runs(runs, o = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    this.need(lead);
    this.page.runs(this.left + indent, this.y, runs, t);
    this.y += lead;
    return this;
  }

  /** Left runs and a right-aligned text on one line. */
  row(leftRuns, rightText, o = {}, rightOpts = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    this.need(lead);
    this.page.runs(this.left + indent, this.y, typeof leftRuns === 'string' ? [leftRuns] : leftRuns, t);
    if (rightText) this.page.text(this.right, this.y, rightText, { ...t, ...rightOpts, align: 'right' });
    this.y += lead;
    return this;
  }

  wrap(str, o = {}) {
    const { lead, indent = 0, ...t } = this.opts(o);
    for (const line of wrapText(str, t.font, t.size, this.width - indent)) {
      this.need(lead);
      this.page.text(this.left + indent, this.y, line, t);
      this.y += lead;
    }
    return this;
  }

  /**
   * A bullet: the glyph at glyphIndent, the text wrapped with a hanging indent at textIndent. `lead` (a bold
   * prefix in another font) is drawn before the text on the first line, and the text wraps around it.
   */
  bullet(str, o = {}) {
    const { glyph = '•', glyphIndent = 0, textIndent = 12, glyphOpts = {}, after = 0, boldLead, boldFont = 'Helvetica-Bold', ...rest } = o;
    const { lead, ...t } = this.opts(rest);
    delete t.indent;
    const leadW = boldLead ? textWidth(`${boldLead} `, boldFont, t.size) : 0;
    const avail = this.width - textIndent;
    wrapText(str, t.font, t.size, avail, avail - leadW).forEach((line, i) => {
      this.need(lead);
      const gs = glyphOpts.size ?? t.size;
      if (i === 0 && glyph) this.page.text(this.left + glyphIndent, this.y + (t.size - gs) * 0.7, glyph, { ...t, ...glyphOpts });
      if (i === 0 && boldLead) this.page.text(this.left + textIndent, this.y, `${boldLead} `, { ...t, font: boldFont });
      this.page.text(this.left + textIndent + (i === 0 ? leadW : 0), this.y, line, t);
      this.y += lead;
    });
    this.y += after;
    return this;
  }

  rule({ dy = 0, width = 0.6, color = 0.5, left = this.left, right = this.right } = {}) {
    this.page.line(left, this.y + dy, right, this.y + dy, { width, color });
    return this;
  }
}

/**
 * A ruled PDF table at (x, y): columns of the given widths, rows of cells (strings, or { text, font, align }),
 * each cell wrapped in its column. Returns the y under the table. Options: size, font, lead, pad, line
 * (rule colour), header (first row bold and shaded), fill (header fill), grid (draw cell borders).
 */
export function pdfTable(page, x, y, widths, rows, o = {}) {
  const { size = 9.5, font = 'Helvetica', bold = 'Helvetica-Bold', lead = size * 1.3, pad = 4, line = 0.55, header = false, fill = 0.9, grid = true, color = 0 } = o;
  const total = widths.reduce((a, b) => a + b, 0);
  let cy = y;
  const tops = [];
  rows.forEach((row, ri) => {
    const cells = row.map((c, i) => {
      const cell = typeof c === 'string' ? { text: c } : c;
      const f = cell.font ?? (header && ri === 0 ? bold : font);
      return { ...cell, f, lines: cell.text ? wrapText(cell.text, f, size, widths[i] - 2 * pad) : [] };
    });
    const h = Math.max(1, ...cells.map((c) => c.lines.length)) * lead + 2 * pad - (lead - size * 1.15);
    if (header && ri === 0) page.rect(x, cy, total, h, { fill });
    tops.push(cy);
    let cx = x;
    cells.forEach((c, i) => {
      c.lines.forEach((ln, k) => {
        const tx = c.align === 'right' ? cx + widths[i] - pad : c.align === 'center' ? cx + widths[i] / 2 : cx + pad;
        page.text(tx, cy + pad + k * lead, ln, { font: c.f, size, align: c.align ?? 'left', color: c.color ?? color });
      });
      cx += widths[i];
    });
    cy += h;
  });
  tops.push(cy);
  if (grid) {
    for (const t of tops) page.line(x, t, x + total, t, { width: 0.5, color: line });
    let cx = x;
    for (const w of [0, ...widths]) {
      cx += w;
      page.line(cx, y, cx, cy, { width: 0.5, color: line });
    }
  }
  return cy;
}

// ---------------------------------------------------------------------------------------------------------
// DOCX: raw WordprocessingML.

/** One run: { text, bold, italic, size (pt), color, caps, smallCaps, font, spacing, underline }; "\t" = tab, "\n" = break. */
export function run(r) {
  const o = typeof r === 'string' ? { text: r } : r;
  let rPr = '';
  if (o.style) rPr += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) rPr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.bold) rPr += '<w:b/><w:bCs/>';
  if (o.italic) rPr += '<w:i/><w:iCs/>';
  if (o.caps) rPr += '<w:caps/>';
  if (o.smallCaps) rPr += '<w:smallCaps/>';
  if (o.color) rPr += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) rPr += `<w:spacing w:val="${Math.round(o.spacing * 20)}"/>`;
  if (o.size) rPr += `<w:sz w:val="${Math.round(o.size * 2)}"/><w:szCs w:val="${Math.round(o.size * 2)}"/>`;
  if (o.underline) rPr += '<w:u w:val="single"/>';
  const body = String(o.text ?? '')
    .split(/(\t|\n)/)
    .map((s) => (s === '\t' ? '<w:tab/>' : s === '\n' ? '<w:br/>' : s ? `<w:t xml:space="preserve">${escapeXml(s)}</w:t>` : ''))
    .join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${body}</w:r>`;
}

/**
 * One paragraph: runs (strings, run specs or { raw }), style, numId (list), tabs [[kind, pos, leader?]], align,
 * after/before (pt), border ('bottom' | 'top'), ind (twips left), hanging, shade (fill), keepNext, sectPr (raw).
 */
export function para(runs, o = {}) {
  let pPr = '';
  if (o.style) pPr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pPr += '<w:keepNext/>';
  if (o.numId) pPr += `<w:numPr><w:ilvl w:val="${o.level ?? 0}"/><w:numId w:val="${o.numId}"/></w:numPr>`;
  if (o.border) pPr += `<w:pBdr><w:${o.border} w:val="single" w:sz="${o.borderSize ?? 6}" w:space="1" w:color="${o.borderColor ?? '404040'}"/></w:pBdr>`;
  if (o.shade) pPr += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`;
  if (o.tabs) pPr += `<w:tabs>${o.tabs.map(([k, pos, leader]) => `<w:tab w:val="${k}"${leader ? ` w:leader="${leader}"` : ''} w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.after !== undefined || o.before !== undefined) pPr += `<w:spacing${o.before !== undefined ? ` w:before="${Math.round(o.before * 20)}"` : ''}${o.after !== undefined ? ` w:after="${Math.round(o.after * 20)}"` : ''}/>`;
  if (o.ind !== undefined) pPr += `<w:ind w:left="${o.ind}"${o.hanging ? ` w:hanging="${o.hanging}"` : ''}/>`;
  if (o.align) pPr += `<w:jc w:val="${o.align}"/>`;
  if (o.sectPr) pPr += o.sectPr;
  const rs = (Array.isArray(runs) ? runs : [runs]).map((x) => (x && x.raw !== undefined ? x.raw : run(x))).join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${rs}</w:p>`;
}

/**
 * A table: rows of cell XML, widths in twips. Options: shade (fill per column), borders (all single),
 * insideH (horizontal rules only), margin (cell side margin), span (per row: [[col, n]] gridSpan).
 */
export function table(widths, rows, { shade = [], borders = false, margin = 108, insideH = false, color = 'A6A6A6' } = {}) {
  const total = widths.reduce((a, b) => a + b, 0);
  const side = (s) => {
    const on = borders || (insideH && s === 'insideH');
    return `<w:${s} w:val="${on ? 'single' : 'nil'}"${on ? ` w:sz="4" w:space="0" w:color="${color}"` : ''}/>`;
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
 * A whole word/numbering.xml. Each list is { id, char, font } for a bullet (Symbol F0B7 •, Wingdings F0A7 ▪,
 * Wingdings F0D8 ➢, or a plain character such as "–" with font null) or { id, decimal: '%1.' } for numbers.
 */
export function numberingXml(lists) {
  const abs = lists.map(({ id, char, font, decimal, left = 720, hanging = 360 }) => {
    const fmt = decimal ? `<w:numFmt w:val="decimal"/><w:lvlText w:val="${decimal}"/>` : `<w:numFmt w:val="bullet"/><w:lvlText w:val="${char}"/>`;
    const rPr = decimal || !font ? '' : `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>`;
    return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/>${fmt}<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>${rPr}</w:lvl></w:abstractNum>`;
  }).join('');
  const nums = lists.map(({ id }) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${id}"/></w:num>`).join('');
  return `${DECL}<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abs}${nums}</w:numbering>`;
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/**
 * Section properties: page size (A4 or Letter), margins (twips), columns, a continuous start, header and
 * footer references ({ default: rId, first: rId }), titlePg.
 */
export function sectPr({ a4 = false, margins = [1440, 1440, 1440, 1440], cols = 1, colSpace = 720, continuous = false, headers = {}, footers = {} } = {}) {
  const [top, right, bottom, left] = margins;
  const refs = Object.entries(headers).map(([t, id]) => `<w:headerReference w:type="${t}" r:id="${id}"/>`).join('')
    + Object.entries(footers).map(([t, id]) => `<w:footerReference w:type="${t}" r:id="${id}"/>`).join('');
  const size = a4 ? '<w:pgSz w:w="11906" w:h="16838"/>' : '<w:pgSz w:w="12240" w:h="15840"/>';
  return `<w:sectPr>${refs}${continuous ? '<w:type w:val="continuous"/>' : ''}${size}<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="567" w:footer="567" w:gutter="0"/><w:cols w:num="${cols}" w:space="${colSpace}"/>${headers.first ? '<w:titlePg/>' : ''}</w:sectPr>`;
}

/**
 * Packs a DOCX from a body XML string. The caller writes every sectPr itself (the last one as `finalSectPr`).
 * headers/footers: { rId: xml of the paragraphs }; the ids must be rId10 and up (rId1–3 are styles,
 * numbering and settings). styles: extra <w:style> XML. numbering: a whole numbering.xml. Fixed zip time.
 */
export function packDocx({ body, finalSectPr, styles = '', numbering, headers = {}, footers = {}, title = '', creator = '', font = 'Calibri', size = 11, app = 'Microsoft Office Word' }) {
  const rels = [
    `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`,
    `<Relationship Id="rId3" Type="${REL}/settings" Target="settings.xml"/>`,
  ];
  const overrides = [
    ['/word/document.xml', `${CT}.document.main+xml`],
    ['/word/styles.xml', `${CT}.styles+xml`],
    ['/word/settings.xml', `${CT}.settings+xml`],
  ];
  const files = {};
  if (numbering) {
    rels.push(`<Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/>`);
    overrides.push(['/word/numbering.xml', `${CT}.numbering+xml`]);
    files['word/numbering.xml'] = numbering;
  }
  const ns = `xmlns:w="${W_NS}" xmlns:r="${R_NS}"`;
  for (const [kind, map, root] of [['header', headers, 'w:hdr'], ['footer', footers, 'w:ftr']]) {
    for (const [id, xml] of Object.entries(map)) {
      const name = `${kind}${id.slice(3)}.xml`;
      files[`word/${name}`] = `${DECL}<${root} ${ns}>${xml}</${root}>`;
      rels.push(`<Relationship Id="${id}" Type="${REL}/${kind}" Target="${name}"/>`);
      overrides.push([`/word/${name}`, `${CT}.${kind}+xml`]);
    }
  }
  const half = Math.round(size * 2);
  files['word/styles.xml'] = `${DECL}<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>`
    + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120" w:after="40"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>'
    + '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
    + '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>'
    + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
    + '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    + `${styles}</w:styles>`;
  files['word/settings.xml'] = `${DECL}<w:settings xmlns:w="${W_NS}"><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  files['word/document.xml'] = `${DECL}<w:document ${ns}><w:body>${body}${finalSectPr}</w:body></w:document>`;
  files['word/_rels/document.xml.rels'] = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  files['docProps/core.xml'] = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator></cp:coreProperties>`;
  files['docProps/app.xml'] = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${escapeXml(app)}</Application></Properties>`;
  files['_rels/.rels'] = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const types = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([p, t]) => `<Override PartName="${p}" ContentType="${t}"/>`).join('')}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const zipped = { '[Content_Types].xml': strToU8(types) };
  for (const name of Object.keys(files).sort()) zipped[name] = strToU8(files[name]);
  return zipSync(zipped, { level: 6, mtime: new Date('2024-01-01T00:00:00Z') });
}
