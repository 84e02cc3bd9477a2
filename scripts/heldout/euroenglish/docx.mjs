// Minimal hand-written WordprocessingML: runs, paragraphs (tabs, borders, shading, numbering), tables, external
// hyperlinks, an inline PNG picture, header/footer, packed with fflate.
import { zipSync, strToU8 } from 'fflate';
import { photoPng } from './lib.mjs';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';

// run: o = {b, i, color, sz (pt), font, caps, spacing}
export function run(text, o = {}) {
  let pr = '';
  if (o.font) pr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) pr += '<w:b/><w:bCs/>';
  if (o.i) pr += '<w:i/><w:iCs/>';
  if (o.caps) pr += '<w:caps/>';
  if (o.color) pr += `<w:color w:val="${o.color}"/>`;
  if (o.spacing) pr += `<w:spacing w:val="${o.spacing}"/>`;
  if (o.sz) pr += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  if (o.u) pr += '<w:u w:val="single"/>';
  const parts = String(text).split(/(\t|\n)/).filter((x) => x !== '').map((x) => (x === '\t' ? '<w:tab/>' : x === '\n' ? '<w:br/>' : `<w:t xml:space="preserve">${esc(x)}</w:t>`));
  return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${parts.join('')}</w:r>`;
}
const NUM = { bullet: 1, square: 2, dash: 3, arrow: 4 };
// para: content = xml string or array of xml; o = {align, tabs:[[twips, 'left'|'right']], bottom:{color, sz}, top, shd, before, after, line, ind:{left, hanging, right}, num, keepNext}
export function para(content, o = {}) {
  let pr = '';
  if (o.style) pr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pr += '<w:keepNext/>';
  if (o.num) pr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${NUM[o.num]}"/></w:numPr>`;
  if (o.bottom || o.top) {
    pr += '<w:pBdr>';
    if (o.top) pr += `<w:top w:val="single" w:sz="${o.top.sz ?? 6}" w:space="1" w:color="${o.top.color ?? '000000'}"/>`;
    if (o.bottom) pr += `<w:bottom w:val="single" w:sz="${o.bottom.sz ?? 6}" w:space="1" w:color="${o.bottom.color ?? '000000'}"/>`;
    pr += '</w:pBdr>';
  }
  if (o.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shd}"/>`;
  if (o.tabs) pr += `<w:tabs>${o.tabs.map(([pos, al]) => `<w:tab w:val="${al}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before !== undefined || o.after !== undefined || o.line) pr += `<w:spacing${o.before !== undefined ? ` w:before="${o.before}"` : ''}${o.after !== undefined ? ` w:after="${o.after}"` : ''}${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
  const ind = o.num ? { left: 360, hanging: 230, ...(o.ind ?? {}) } : o.ind;
  if (ind) pr += `<w:ind${ind.left !== undefined ? ` w:left="${ind.left}"` : ''}${ind.right !== undefined ? ` w:right="${ind.right}"` : ''}${ind.hanging ? ` w:hanging="${ind.hanging}"` : ''}/>`;
  if (o.num) pr += '<w:contextualSpacing/>';
  if (o.align) pr += `<w:jc w:val="${o.align}"/>`;
  return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${[].concat(content).join('')}</w:p>`;
}
const bd = (v, sz = 4, color = 'auto') => ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="${v}" w:sz="${sz}" w:space="0" w:color="${color}"/>`).join('');
// table: rows = [[cell]], cell = {xml (paragraphs), span, shd, vAlign, borders (xml of w:tcBorders children), w}
// o = {widths, borders: false | {sz, color} | 'h' (horizontal rules only), cellMar: {left, right, top, bottom}}
export function table(rows, o) {
  const total = o.widths.reduce((a, b) => a + b, 0);
  let borders = bd('nil');
  if (o.borders === 'h') borders = `<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="${o.color ?? 'BFBFBF'}"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${o.color ?? 'BFBFBF'}"/><w:insideV w:val="nil"/>`;
  else if (o.borders) borders = bd('single', o.borders.sz ?? 4, o.borders.color ?? '808080');
  const m = { left: 85, right: 85, top: 0, bottom: 0, ...(o.cellMar ?? {}) };
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>${borders}</w:tblBorders>` +
    `<w:tblCellMar><w:top w:w="${m.top}" w:type="dxa"/><w:left w:w="${m.left}" w:type="dxa"/><w:bottom w:w="${m.bottom}" w:type="dxa"/><w:right w:w="${m.right}" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="0000"/></w:tblPr>` +
    `<w:tblGrid>${o.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  for (const row of rows) {
    x += `<w:tr>${o.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : ''}`;
    let col = 0;
    for (const c of row) {
      const span = c.span ?? 1;
      const w = o.widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let pr = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) pr += `<w:gridSpan w:val="${span}"/>`;
      if (c.borders) pr += `<w:tcBorders>${c.borders}</w:tcBorders>`;
      if (c.shd) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${c.shd}"/>`;
      if (c.mar) pr += `<w:tcMar>${Object.entries(c.mar).map(([k, v]) => `<w:${k} w:w="${v}" w:type="dxa"/>`).join('')}</w:tcMar>`;
      if (c.vAlign) pr += `<w:vAlign w:val="${c.vAlign}"/>`;
      const inner = c.xml && c.xml.length ? [].concat(c.xml).join('') : '<w:p/>';
      x += `<w:tc><w:tcPr>${pr}</w:tcPr>${inner}${inner.endsWith('</w:tbl>') ? '<w:p/>' : ''}</w:tc>`;
    }
    x += '</w:tr>';
  }
  return x + '</w:tbl>';
}

export class Docx {
  constructor(o) { this.o = { font: 'Calibri', size: 11, margins: [1000, 1000, 1000, 1000], ...o }; this.rels = []; this.hasImage = false; }
  link(text, url, ro = {}) {
    const id = `rIdL${this.rels.length + 1}`;
    this.rels.push([id, url]);
    return `<w:hyperlink r:id="${id}" w:history="1">${run(text, { color: '0563C1', u: true, ...ro })}</w:hyperlink>`;
  }
  // inline picture, size in cm
  photo(wcm, hcm) {
    this.hasImage = true;
    const cx = Math.round(wcm * 360000), cy = Math.round(hcm * 360000);
    return `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="1" name="Photo"/>` +
      '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="photo.png"/><pic:cNvPicPr/></pic:nvPicPr>' +
      `<pic:blipFill><a:blip r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`;
  }
  // body: xml string; footer: xml (paragraphs) or null
  pack(body, footer) {
    const o = this.o, sz = Math.round(o.size * 2);
    const [top, right, bottom, left] = o.margins;
    const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>` +
      [['\uF0B7', 'Symbol'], ['▪', 'Arial'], ['–', null], ['►', 'Arial']].map(([t, f], i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${t}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="230"/></w:pPr>${f ? `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:hint="default"/>${i === 3 ? '<w:sz w:val="14"/>' : ''}</w:rPr>` : ''}</w:lvl></w:abstractNum>`).join('') +
      [1, 2, 3, 4].map((n) => `<w:num w:numId="${n}"><w:abstractNumId w:val="${n - 1}"/></w:num>`).join('') + '</w:numbering>';
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${o.font}" w:eastAsia="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
      `<w:pPrDefault><w:pPr><w:spacing w:after="${o.after ?? 40}" w:line="${o.line ?? 250}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
      '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:semiHidden/></w:style>' +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
    const foot = footer ? `<w:footerReference w:type="default" r:id="rIdF"/>` : '';
    const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr>${foot}<w:pgSz w:w="11906" w:h="16838"/>` +
      `<w:pgMar w:top="${top}" w:right="${right}" w:bottom="${bottom}" w:left="${left}" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="720"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>`;
    const rel = (id, type, target, ext) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${esc(target)}"${ext ? ' TargetMode="External"' : ''}/>`;
    const docRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rel('rIdS', 'styles', 'styles.xml') + rel('rIdN', 'numbering', 'numbering.xml') + rel('rIdSet', 'settings', 'settings.xml') +
      (this.hasImage ? rel('rIdImg', 'image', 'media/photo.png') : '') + (footer ? rel('rIdF', 'footer', 'footer1.xml') : '') +
      this.rels.map(([id, url]) => rel(id, 'hyperlink', url, true)).join('') + '</Relationships>';
    const ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
      '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      (footer ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';
    const files = {
      '[Content_Types].xml': strToU8(ct),
      '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
      'docProps/core.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>CV ${esc(o.title ?? '')}</dc:title><dc:creator>${esc(o.title ?? '')}</dc:creator></cp:coreProperties>`),
      'word/document.xml': strToU8(doc),
      'word/_rels/document.xml.rels': strToU8(docRels),
      'word/styles.xml': strToU8(styles),
      'word/numbering.xml': strToU8(numbering),
      'word/settings.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings ${W}><w:defaultTabStop w:val="709"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`),
    };
    if (this.hasImage) files['word/media/photo.png'] = new Uint8Array(photoPng());
    if (footer) files['word/footer1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}>${footer}</w:ftr>`);
    return Buffer.from(zipSync(files));
  }
}
