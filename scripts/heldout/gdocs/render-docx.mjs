// Blocks → DOCX written the way Google Docs' "Download → Microsoft Word (.docx)" writes it:
// - all-zero rsid attributes on paragraphs and runs; <w:r w:rtl="0">-free runs but <w:rtl w:val="0"/> in every rPr;
// - direct formatting on EVERY run (rFonts ascii/cs/eastAsia/hAnsi, b/i, color, sz/szCs) even where a style says the same;
// - paragraphs carry pStyle only for Title / Subtitle / Heading1-3 (Google's ids), everything else is "Normal" with
//   w:spacing, w:ind, w:jc and w:keepNext w:val="0" written out; headings get "_heading=h.xxxx" bookmarks;
// - bullets: one abstractNum per list, nine levels ●, ○, ■, ●, ○, ■ …, ind left 720·(n+1) hanging 360;
// - layout tables: tblStyle "Table1", widths written with a ".0" decimal ("10080.0") as Google does, borders
//   w:val="nil", tcMar per cell, tblLook 0600;
// - hyperlinks as <w:hyperlink r:id> to External targets; empty spacer paragraphs; sectPr with pgSz/pgMar/pgNumType;
// - package: no docProps at all (Google's export has none), a theme part, fontTable listing the Google fonts.
import { zipSync, strToU8 } from 'fflate';
import { runStyle, paraStyle } from './lib.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14 wp14"';
const RSID_P = 'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000"';
const RSID_R = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"';
const tw = (pt) => Math.round(pt * 20);

function rPr(s) {
  const f = s.font;
  let x = `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  x += s.b ? '<w:b w:val="1"/>' : '';
  x += s.i ? '<w:i w:val="1"/>' : '';
  if (s.caps) x += '<w:caps w:val="1"/>';
  if (s.smallCaps) x += '<w:smallCaps w:val="1"/>';
  x += `<w:color w:val="${s.color ?? '000000'}"/>`;
  if (s.letter) x += `<w:spacing w:val="${tw(s.letter)}"/>`;
  x += `<w:sz w:val="${Math.round(s.size * 2)}"/><w:szCs w:val="${Math.round(s.size * 2)}"/>`;
  if (s.u) x += '<w:u w:val="single"/>';
  x += '<w:rtl w:val="0"/>';
  return `<w:rPr>${x}</w:rPr>`;
}

// Google's 6-character heading ids look like "h.gjdgxs", "h.30j0zll", "h.1fob9te".
const HIDS = ['gjdgxs', '30j0zll', '1fob9te', '3znysh7', '2et92p0', 'tyjcwt', '3dy6vkm', '1t3h5sf', '4d34og8', '2s8eyo1', '17dp8vu', '3rdcrjn', '26in1rg', 'lnxbz9', '35nkun2', '1ksv4uv'];

export function renderDocx(D, { title }) {
  const links = [];
  let bm = 0, numCount = 0;
  const abstracts = [];
  const textWidth = tw((D.page.w - D.page.left - D.page.right) * 72);

  const run = (pRole, r) => {
    const s = runStyle(D, pRole, r.role);
    const parts = String(r.text).split('\t');
    const t = parts.map((x, i) => (i ? '<w:tab/>' : '') + (x ? `<w:t xml:space="preserve">${esc(x)}</w:t>` : '')).join('');
    const xml = `<w:r ${RSID_R}>${rPr(s)}${t}</w:r>`;
    if (!r.href) return xml;
    const id = `rId${100 + links.length}`;
    links.push({ id, url: r.href });
    return `<w:hyperlink r:id="${id}">${xml}</w:hyperlink>`;
  };
  const pPr = (role, o = {}) => {
    const ps = paraStyle(D, role);
    let x = '';
    if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
    x += `<w:keepNext w:val="${o.keepNext ? 1 : 0}"/><w:keepLines w:val="0"/>`;
    if (o.numId) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.numId}"/></w:numPr>`;
    const border = o.border ?? ps.border;
    if (border) x += `<w:pBdr><w:bottom w:color="${border.color}" w:space="${border.space ?? 2}" w:sz="${Math.round(border.size * 8)}" w:val="single"/></w:pBdr>`;
    if (o.tabs) x += `<w:tabs>${o.tabs.map((p) => `<w:tab w:val="right" w:pos="${p}"/>`).join('')}</w:tabs>`;
    x += `<w:spacing w:before="${tw(ps.before ?? 0)}" w:after="${tw(ps.after ?? 0)}" w:line="${Math.round((ps.line ?? 1.15) * 240)}" w:lineRule="auto"/>`;
    x += o.numId ? '<w:ind w:left="720" w:hanging="360"/>' : `<w:ind w:left="${o.indLeft ?? 0}" w:right="${o.indRight ?? 0}" w:firstLine="0"/>`;
    x += `<w:jc w:val="${ps.align === 'right' ? 'right' : 'left'}"/>`;
    x += `<w:rPr>${rPr(runStyle(D, role)).slice(7, -8)}</w:rPr>`;
    return `<w:pPr>${x}</w:pPr>`;
  };
  const newList = (role) => {
    const s = runStyle(D, role);
    const bulletColor = D.styles.bullet?.color ?? s.color ?? '000000';
    const glyphs = ['●', '○', '■'];
    let lv = '';
    for (let i = 0; i < 9; i++) {
      lv += `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${glyphs[i % 3]}"/><w:lvlJc w:val="left"/>` +
        `<w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="${s.font}" w:cs="${s.font}" w:eastAsia="${s.font}" w:hAnsi="${s.font}"/><w:color w:val="${bulletColor}"/><w:u w:val="none"/></w:rPr></w:lvl>`;
    }
    abstracts.push(`<w:abstractNum w:abstractNumId="${abstracts.length}"><w:nsid w:val="${(0x1a2b3c00 + abstracts.length * 977).toString(16).toUpperCase()}"/><w:multiLevelType w:val="hybridMultilevel"/>${lv}</w:abstractNum>`);
    return ++numCount;
  };

  const block = (b, width) => {
    if (b.t === 'sp') return `<w:p ${RSID_P}>${pPr('body')}</w:p>`;
    if (b.t === 'rule') {
      const indRight = b.width ? Math.round(width * (1 - b.width)) : 0;
      return `<w:p ${RSID_P}>${pPr('body', { border: { color: b.color, size: b.size, space: 0 }, indRight })
        .replace(/<w:spacing [^>]*\/>/, '<w:spacing w:before="0" w:after="120" w:line="120" w:lineRule="auto"/>')}</w:p>`;
    }
    if (b.t === 'p') {
      let x = `<w:p ${RSID_P}>${pPr(b.role, { style: b.style, keepNext: /Heading/.test(b.style ?? ''), tabs: b.right ? [width] : null })}`;
      if (/Heading|Title/.test(b.style ?? '')) {
        const name = `_heading=h.${HIDS[bm % HIDS.length]}${bm >= HIDS.length ? bm : ''}`;
        x += `<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="${name}" w:id="${bm}"/><w:bookmarkEnd w:id="${bm}"/>`;
        bm++;
      }
      x += b.runs.map((r) => run(b.role, r)).join('');
      if (b.right) x += `<w:r ${RSID_R}>${rPr(runStyle(D, b.role))}<w:tab/></w:r>` + b.right.map((r) => run(b.role, r)).join('');
      return x + '</w:p>';
    }
    if (b.t === 'ul') {
      const numId = newList(b.role);
      return b.items.map((it) => `<w:p ${RSID_P}>${pPr(b.role, { numId })}${it.map((r) => run(b.role, r)).join('')}</w:p>`).join('');
    }
    if (b.t === 'table') {
      const ws = b.widths.map((f) => Math.round(f * width));
      ws[ws.length - 1] = width - ws.slice(0, -1).reduce((a, c) => a + c, 0);
      const nil = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:color="000000" w:space="0" w:sz="0" w:val="nil"/>`).join('');
      let x = `<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="${width}.0" w:type="dxa"/><w:jc w:val="left"/><w:tblInd w:w="-115.0" w:type="dxa"/>` +
        `<w:tblBorders>${nil}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblLook w:val="0600"/></w:tblPr>` +
        `<w:tblGrid>${ws.map((w) => `<w:gridCol w:w="${w}.0"/>`).join('')}</w:tblGrid><w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>`;
      b.cells.forEach((cell, i) => {
        const right = b.vline && i === 0 ? '<w:tcBorders><w:right w:color="D9D9D9" w:space="0" w:sz="6" w:val="single"/></w:tcBorders>' : '';
        const padL = i === 0 ? 115 : 200, padR = 115;
        x += `<w:tc><w:tcPr><w:tcW w:w="${ws[i]}.0" w:type="dxa"/>${right}<w:shd w:fill="auto" w:val="clear"/>` +
          `<w:tcMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="${padL}.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="${padR}.0" w:type="dxa"/></w:tcMar><w:vAlign w:val="top"/></w:tcPr>` +
          (cell.map((cb) => block(cb, ws[i] - padL - padR)).join('') || `<w:p ${RSID_P}/>`) + '</w:tc>';
      });
      return x + '</w:tr></w:tbl>';
    }
    throw new Error(b.t);
  };

  let body = D.blocks.map((b) => block(b, textWidth)).join('');
  // Google ends a document whose last block is a table with an empty paragraph (and often adds one anyway).
  body += `<w:p ${RSID_P}>${pPr('body')}</w:p>`;
  const P = D.page;
  const sect = `<w:sectPr><w:pgSz w:h="${tw(P.h * 72)}" w:w="${tw(P.w * 72)}" w:orient="portrait"/><w:pgMar w:bottom="${tw(P.bottom * 72)}" w:top="${tw(P.top * 72)}" w:left="${tw(P.left * 72)}" w:right="${tw(P.right * 72)}" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${sect}</w:body></w:document>`;

  const fonts = [...new Set(['Arial', ...Object.values(D.styles).map((s) => s.font).filter(Boolean)])];
  const bodyS = runStyle(D, 'body');
  const st = (id, name, pp, rp, extra = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>${extra}<w:pPr>${pp}</w:pPr><w:rPr>${rp}</w:rPr></w:style>`;
  const kk = '<w:keepNext w:val="1"/><w:keepLines w:val="1"/>';
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style>` +
    st('Heading1', 'heading 1', `${kk}<w:spacing w:after="120" w:before="400" w:lineRule="auto"/>`, '<w:sz w:val="40"/><w:szCs w:val="40"/>') +
    st('Heading2', 'heading 2', `${kk}<w:spacing w:after="120" w:before="360" w:lineRule="auto"/>`, '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>') +
    st('Heading3', 'heading 3', `${kk}<w:spacing w:after="80" w:before="320" w:lineRule="auto"/>`, '<w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>') +
    st('Heading4', 'heading 4', `${kk}<w:spacing w:after="80" w:before="280" w:lineRule="auto"/>`, '<w:color w:val="666666"/><w:sz w:val="24"/><w:szCs w:val="24"/>') +
    st('Heading5', 'heading 5', `${kk}<w:spacing w:after="80" w:before="240" w:lineRule="auto"/>`, '<w:color w:val="666666"/>') +
    st('Heading6', 'heading 6', `${kk}<w:spacing w:after="80" w:before="240" w:lineRule="auto"/>`, '<w:i w:val="1"/><w:color w:val="666666"/>') +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    st('Title', 'Title', `${kk}<w:spacing w:after="60" w:lineRule="auto"/>`, '<w:sz w:val="52"/><w:szCs w:val="52"/>') +
    st('Subtitle', 'Subtitle', `${kk}<w:spacing w:after="320" w:lineRule="auto"/>`, '<w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>') +
    `<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/><w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    '</w:styles>';
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abstracts.join('')}${abstracts.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i}"/></w:num>`).join('')}</w:numbering>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="14" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>`;
  const fontTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${NS}>${fonts.map((f) => `<w:font w:name="${f}"/>`).join('')}</w:fonts>`;
  const theme = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="1F497D"/></a:dk2><a:lt2><a:srgbClr val="EEECE1"/></a:lt2><a:accent1><a:srgbClr val="4F81BD"/></a:accent1><a:accent2><a:srgbClr val="C0504D"/></a:accent2><a:accent3><a:srgbClr val="9BBB59"/></a:accent3><a:accent4><a:srgbClr val="8064A2"/></a:accent4><a:accent5><a:srgbClr val="4BACC6"/></a:accent5><a:accent6><a:srgbClr val="F79646"/></a:accent6><a:hlink><a:srgbClr val="0000FF"/></a:hlink><a:folHlink><a:srgbClr val="800080"/></a:folHlink></a:clrScheme><a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme><a:fmtScheme name="Office"><a:fillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:fillStyleLst><a:lnStyleLst><a:ln w="9525"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="25400"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln><a:ln w="38100"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln></a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme" Target="theme/theme1.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
    `<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
    `<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
    `<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
    links.map((l) => `<Relationship Id="${l.id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') +
    '</Relationships>';
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>` +
    `<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/></Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
  const files = {
    'word/theme/theme1.xml': theme, 'word/settings.xml': settings, 'word/fontTable.xml': fontTable, 'word/numbering.xml': numbering,
    'word/styles.xml': styles, 'word/document.xml': document, 'word/_rels/document.xml.rels': rels,
    '_rels/.rels': rootRels, '[Content_Types].xml': ct,
  };
  const u8 = {};
  const mtime = new Date('2025-03-14T10:00:00Z');
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6, mtime }];
  void title; void bodyS;
  return zipSync(u8);
}
