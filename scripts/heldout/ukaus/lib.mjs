// Shared helpers for the ukaus batch: answer-key recorder, date formatting, a small hand-written OOXML (DOCX)
// writer, and sequential LibreOffice / Chromium / pdflatex calls (timeout 120, private profiles).
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { zipSync, strToU8 } from 'fflate';

// ---------------------------------------------------------------- answer key
// Every printed field goes through one of these methods, which return the printed string, so page and key
// come from the same call.
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [], otherSections: [] };
    this.dates = [];
  }
  b(field, v) { this.k.basics[field] = v; return v; }
  prof(v) { (this.k.basics.profiles ??= []).push(v); return v; }
  sec(h) { this.k.sections.push(h); return h; }
  skill(s) { this.k.skills.push(s); return s; }
  work(o) { const w = clean(o); this.k.work.push(w); return w; }
  edu(o) { const e = clean(o); this.k.education.push(e); return e; }
  other(heading, items) { this.k.otherSections.push({ heading, items }); return items; }
  date(s) { if (s && !this.dates.includes(s)) this.dates.push(s); return s; }
  json(notes) {
    const k = { ...this.k };
    if (!k.otherSections.length) delete k.otherSections;
    if (!k.skills.length) delete k.skills;
    return { ...k, layout: { columns: 1, notes } };
  }
}
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)));

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// style: 'Mon' (Sep 2019), 'Sept' (UK: Sept 2019, other months 3 letters), 'Month' (September 2019), 'MM/YYYY', 'YYYY'
export function fmtDate(d, style) {
  const [y, m] = d.split('-');
  if (style === 'YYYY' || !m) return { text: y, key: y };
  const i = Number(m) - 1;
  const text = style === 'Mon' ? `${MON[i]} ${y}` : style === 'Sept' ? `${i === 8 ? 'Sept' : MON[i]} ${y}` : style === 'Month' ? `${MONTH[i]} ${y}` : `${m}/${y}`;
  return { text, key: `${y}-${m}` };
}
// A printed range: {text, start, end, parts:[startText, endText]}; records the printed date strings in the key.
export function range(K, s, e, style, o = {}) {
  const sep = o.sep ?? ' – ';
  const now = o.now ?? 'Present';
  const a = fmtDate(s, style);
  const b = e ? fmtDate(e, style) : { text: now, key: 'present' };
  K.date(a.text); K.date(b.text);
  return { text: `${a.text}${sep}${b.text}`, start: a.key, end: b.key, parts: [a.text, b.text] };
}
export function single(K, d, style) { const a = fmtDate(d, style); K.date(a.text); return a; }
// Seek-like duration to a fixed "today" (June 2025).
export function duration(s, e) {
  const [ys, ms] = s.split('-').map(Number);
  const [ye, me] = (e ?? '2025-06').split('-').map(Number);
  const n = (ye - ys) * 12 + (me - ms) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mth${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

export const flatSkills = (p) => p.keySkills ?? p.skillGroups.flatMap(([, xs]) => xs);
export const escHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escXml = escHtml;
export function refItems(refs, fields) {
  return refs.map((r) => Object.fromEntries(fields.map((f) => [f, r[f]])));
}

// ---------------------------------------------------------------- OOXML writer
export const W = {
  // run: text with options {b, i, u, sz (pt), color, font, caps, smallCaps, tab (leading tab), br (break before)}
  r(text, o = {}) {
    let pr = '';
    if (o.font) pr += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
    if (o.b) pr += '<w:b/><w:bCs/>';
    if (o.i) pr += '<w:i/><w:iCs/>';
    if (o.caps) pr += '<w:caps/>';
    if (o.smallCaps) pr += '<w:smallCaps/>';
    if (o.color) pr += `<w:color w:val="${o.color}"/>`;
    if (o.sz) pr += `<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>`;
    if (o.u) pr += '<w:u w:val="single"/>';
    if (o.style) pr += `<w:rStyle w:val="${o.style}"/>`;
    const pre = (o.br ? '<w:br/>' : '') + (o.tab ? '<w:tab/>' : '');
    return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${pre}${text === '' ? '' : `<w:t xml:space="preserve">${escXml(text)}</w:t>`}</w:r>`;
  },
  tab() { return '<w:r><w:tab/></w:r>'; },
  link(rid, text, o = {}) { return `<w:hyperlink r:id="${rid}">${W.r(text, { color: '0563C1', u: true, ...o })}</w:hyperlink>`; },
  // paragraph: runs (string of run xml or plain text), options {style, align, before, after, line, tabs:[[pos,'right'|'left']],
  //   ind:{left, hanging, firstLine}, num: numId, keepNext, border: 'bottom'|'top', shade, pageBreakBefore}
  p(runs, o = {}) {
    if (!runs.startsWith('<w:')) runs = W.r(runs, o.run ?? {});
    let pr = '';
    if (o.style) pr += `<w:pStyle w:val="${o.style}"/>`;
    if (o.keepNext) pr += '<w:keepNext/>';
    if (o.pageBreakBefore) pr += '<w:pageBreakBefore/>';
    if (o.num) pr += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.num}"/></w:numPr>`;
    if (o.border) pr += `<w:pBdr><w:${o.border} w:val="single" w:sz="${o.borderSz ?? 8}" w:space="1" w:color="${o.borderColor ?? '000000'}"/></w:pBdr>`;
    if (o.shade) pr += `<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`;
    if (o.tabs) pr += `<w:tabs>${o.tabs.map(([pos, al]) => `<w:tab w:val="${al}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
    if (o.before !== undefined || o.after !== undefined || o.line) pr += `<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}"${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`;
    if (o.ind) pr += `<w:ind w:left="${o.ind.left ?? 0}"${o.ind.hanging ? ` w:hanging="${o.ind.hanging}"` : ''}${o.ind.firstLine ? ` w:firstLine="${o.ind.firstLine}"` : ''}/>`;
    if (o.align) pr += `<w:jc w:val="${o.align}"/>`;
    return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${runs}</w:p>`;
  },
  // table: rows = [[cell, ...], ...], cell = xml string of paragraphs or {xml, shade, span}; o: {widths (twips), borders: 'none'|'all'|'inside', borderColor, cellMar}
  table(rows, o = {}) {
    const widths = o.widths;
    const bc = o.borderColor ?? '999999';
    const b = (v) => `<w:top w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/><w:left w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/><w:bottom w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/><w:right w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/><w:insideH w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/><w:insideV w:val="${v}" w:sz="4" w:space="0" w:color="${bc}"/>`;
    const borders = o.borders === 'all' ? b('single') : o.borders === 'rows'
      ? `<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="${bc}"/><w:right w:val="nil"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="${bc}"/><w:insideV w:val="nil"/>`
      : b('nil');
    const mar = o.cellMar ?? 80;
    let x = `<w:tbl><w:tblPr><w:tblW w:w="${widths.reduce((a, c) => a + c, 0)}" w:type="dxa"/><w:tblBorders>${borders}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="${mar}" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="${mar}" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar><w:tblLook w:val="04A0"/></w:tblPr>`;
    x += `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
    for (const row of rows) {
      x += '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
      let col = 0;
      for (const c of row) {
        const cell = typeof c === 'string' ? { xml: c } : c;
        const span = cell.span ?? 1;
        const w = widths.slice(col, col + span).reduce((a, v) => a + v, 0);
        col += span;
        x += `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}${cell.shade ? `<w:shd w:val="clear" w:color="auto" w:fill="${cell.shade}"/>` : ''}</w:tcPr>${cell.xml || W.p('')}</w:tc>`;
      }
      x += '</w:tr>';
    }
    return x + '</w:tbl>';
  },
};

const NSW = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
// bullets: [[numId, char, font]] ; styles extra xml; o: {font, sz, body, links:[{id,url}], margins, headerXml, title}
export function docx(o) {
  const font = o.font ?? 'Calibri';
  const sz = (o.sz ?? 11) * 2;
  const bullets = o.bullets ?? [[1, '•', null]];
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NSW}>` +
    bullets.map(([, ch, f], i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="hybridMultilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${ch === 'decimal' ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${ch === 'decimal' ? '%1.' : ch}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${o.bulletIndent ?? 360}" w:hanging="${o.bulletHang ?? 284}"/></w:pPr>${f ? `<w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}" w:hint="default"/></w:rPr>` : ''}</w:lvl></w:abstractNum>`).join('') +
    bullets.map(([id], i) => `<w:num w:numId="${id}"><w:abstractNumId w:val="${i}"/></w:num>`).join('') + '</w:numbering>';
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NSW}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="${o.after ?? 60}" w:line="${o.line ?? 252}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>' +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    (o.styles ?? '') + '</w:styles>';
  const m = { top: 1000, bottom: 1000, left: 1080, right: 1080, ...(o.margins ?? {}) };
  const hdr = o.headerXml ? '<w:headerReference w:type="default" r:id="rIdH1"/>' : '';
  const sect = `<w:sectPr>${hdr}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="500" w:footer="500" w:gutter="0"/><w:cols w:space="720"/></w:sectPr>`;
  const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
  const files = {
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
      (o.headerXml ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '') +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escXml(o.title ?? 'CV')}</dc:title><dc:creator>${escXml(o.author ?? '')}</dc:creator></cp:coreProperties>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="${REL}settings" Target="settings.xml"/>` +
      (o.headerXml ? `<Relationship Id="rIdH1" Type="${REL}header" Target="header1.xml"/>` : '') +
      (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${escXml(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>',
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NSW}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/styles.xml': styles,
    'word/numbering.xml': numbering,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NSW}><w:body>${o.body}${sect}</w:body></w:document>`,
  };
  if (o.headerXml) files['word/header1.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NSW}>${o.headerXml}</w:hdr>`;
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = strToU8(v);
  return zipSync(u8, { level: 6 });
}

// ---------------------------------------------------------------- external tools (sequential)
export function soffice(src, outdir) {
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.pdf'));
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-ukaus', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outdir, src], { stdio: 'ignore' });
  } catch { /* missing output reported by caller */ }
  return fs.existsSync(out) ? out : null;
}
export function chromePdf(htmlFile, pdf) {
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--user-data-dir=/tmp/chr-ukaus', `--print-to-pdf=${pdf}`, 'file://' + htmlFile], { stdio: 'ignore' });
  } catch { /* missing output reported by caller */ }
  return fs.existsSync(pdf) ? pdf : null;
}
export function pdflatex(texFile) {
  const dir = path.dirname(texFile);
  try {
    execFileSync('timeout', ['120', 'pdflatex', '-interaction=nonstopmode', '-halt-on-error', '-output-directory', dir, texFile], { stdio: 'ignore', cwd: dir });
  } catch { /* missing output reported by caller */ }
  const pdf = texFile.replace(/\.tex$/, '.pdf');
  return fs.existsSync(pdf) ? pdf : null;
}
