// Hand-written WordprocessingML for the two Word designs, zipped with fflate (the project's existing dependency).
//   docx-times : Times New Roman academic CV, right tab stops, hanging-indent author-year references.
//   docx-header: name only in the first-page header part (w:titlePg), "Name — Curriculum Vitae<tab>Page N of M" on
//                later pages, Heading 1 styles, en-dash and "[n]" Word list numbering, label/list skills table.
import { zipSync, strToU8 } from 'fflate';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function rPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:rStyle w:val="${o.style}"/>`;
  if (o.font) x += `<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`;
  if (o.b) x += '<w:b/><w:bCs/>';
  if (o.i) x += '<w:i/><w:iCs/>';
  if (o.sc) x += '<w:smallCaps/>';
  if (o.color) x += `<w:color w:val="${o.color}"/>`;
  if (o.sz) x += `<w:sz w:val="${Math.round(o.sz * 2)}"/><w:szCs w:val="${Math.round(o.sz * 2)}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}
const r = (text, o = {}) => `<w:r>${rPr(o)}${String(text).split(/(\t)/).map((t) => (t === '\t' ? '<w:tab/>' : t ? `<w:t xml:space="preserve">${esc(t)}</w:t>` : '')).join('')}</w:r>`;
function pPr(o = {}) {
  let x = '';
  if (o.style) x += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) x += '<w:keepNext/>';
  if (o.num) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.num}"/></w:numPr>`;
  if (o.border) x += `<w:pBdr><w:bottom w:val="single" w:sz="${o.border.sz ?? 6}" w:space="1" w:color="${o.border.color ?? 'auto'}"/></w:pBdr>`;
  if (o.tabs) x += `<w:tabs>${o.tabs.map(([pos, val]) => `<w:tab w:val="${val}" w:pos="${pos}"/>`).join('')}</w:tabs>`;
  if (o.before != null || o.after != null) x += `<w:spacing${o.before != null ? ` w:before="${o.before}"` : ''}${o.after != null ? ` w:after="${o.after}"` : ''}/>`;
  if (o.ind) x += `<w:ind${Object.entries(o.ind).map(([k, v]) => ` w:${k}="${v}"`).join('')}/>`;
  if (o.align) x += `<w:jc w:val="${o.align}"/>`;
  return x ? `<w:pPr>${x}</w:pPr>` : '';
}
const p = (content, o = {}) => `<w:p>${pPr(o)}${content}</w:p>`;
const field = (instr, shown, o) => `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r>${r(shown, o)}<w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;

const CFG = {
  'docx-times': { font: 'Times New Roman', size: 11, page: { w: 12240, h: 15840, m: 1440 }, accent: '000000' },
  'docx-header': { font: 'Calibri', head: 'Cambria', size: 10.5, page: { w: 11906, h: 16838, m: 1134 }, accent: '1F4E79' },
};

export function toDocx(plan, id) {
  const C = CFG[id];
  const tw = C.page.w - 2 * C.page.m;
  const links = [];
  const link = (href, inner) => { const rid = `rIdL${links.length + 1}`; links.push({ rid, href }); return `<w:hyperlink r:id="${rid}" w:history="1">${inner}</w:hyperlink>`; };
  const runs = (rs, o = {}) => rs.map((x) => (x.href ? link(x.href, r(x.text, { ...o, b: x.b, i: x.i, style: 'Hyperlink' })) : r(x.text, { ...o, b: x.b, i: x.i }))).join('');
  const body = [];
  let firstHeader = '';
  const T = id === 'docx-times';
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'header': {
        const item = (it, sz) => `${it.pre ? r(it.pre, { sz }) : ''}${it.href && (T || it.text === 'Google Scholar' || !it.text.includes('@')) ? link(it.href, r(it.text, { sz, style: 'Hyperlink' })) : r(it.text, { sz })}`;
        if (T) {
          body.push(p(r(b.name, { b: true, sz: 16 }), { align: 'center', after: 60 }));
          if (b.label) body.push(p(r(b.label, { i: true }), { align: 'center', after: 40 }));
          for (const l of b.lines) body.push(p(l.map((it) => item(it, 10.5)).join(r('  |  ', { sz: 10.5 })), { align: 'center', after: 0 }));
          body.push(p('', { after: 60 }));
        } else {
          firstHeader = p(r(b.name, { b: true, sz: 22, color: C.accent, font: C.head }), { after: 0 }) + (b.label ? p(r(b.label, { sz: 12, color: '595959', font: C.head }), { after: 60, border: { sz: 8, color: C.accent } }) : '');
          for (const l of b.lines) body.push(p(l.map((it) => item(it, 9.5)).join(r('  ·  ', { sz: 9.5, color: C.accent })), { after: 20 }));
        }
        break;
      }
      case 'h':
        body.push(T ? p(r(b.text, { b: true, sc: true, sz: 12 }), { keepNext: true, before: 220, after: 80, border: { sz: 6 } }) : p(r(b.text), { style: 'Heading1' }));
        break;
      case 'sub': body.push(p(r(b.text, { i: true }), { keepNext: true, before: 80, after: 40 })); break;
      case 'p': body.push(p(runs(b.runs), { after: 80, align: 'both' })); break;
      case 'entry': {
        b.rows.forEach((row, i) => {
          const sub = row.k === 'sub';
          const o = T ? {} : (sub ? { color: '595959', sz: 9.5 } : {});
          body.push(p(runs(row.l, o) + (row.r ? r('\t') + r(row.r, o) : ''), { tabs: [[tw, 'right']], keepNext: true, before: i === 0 ? 120 : 0, after: 0 }));
        });
        for (const n of b.notes) body.push(p(runs(n, { sz: T ? 10.5 : 9.5 }), { ind: { left: T ? 360 : 0 }, after: 0, keepNext: b.bullets.length > 0 }));
        for (const x of b.bullets) body.push(p(runs(x), { num: 1, after: 0 }));
        break;
      }
      case 'pubs':
        for (const it of b.items) body.push(b.numbered ? p(runs(it.runs), { num: 2, after: 60 }) : p(runs(it.runs), { ind: { left: 720, hanging: 720 }, after: 80 }));
        break;
      case 'lines':
        for (const x of b.items) body.push(b.bullet ? p(runs(x.l), { num: 1, after: 0 }) : p(runs(x.l) + (x.r ? r('\t') + r(x.r) : ''), { tabs: [[tw, 'right']], after: 40 }));
        break;
      case 'skills':
        if (b.mode === 'table') {
          const w1 = 2000, w2 = tw - w1;
          const cell = (w, c) => `<w:tc><w:tcPr><w:tcW w:w="${w}" w:type="dxa"/></w:tcPr>${c}</w:tc>`;
          body.push(`<w:tbl><w:tblPr><w:tblW w:w="${tw}" w:type="dxa"/><w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="D9D9D9"/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid><w:gridCol w:w="${w1}"/><w:gridCol w:w="${w2}"/></w:tblGrid>` +
            b.rows.map((row) => `<w:tr>${cell(w1, p(r(row.label, { b: true, color: C.accent }), { after: 0 }))}${cell(w2, p(r(row.items.join(', ')), { after: 0 }))}</w:tr>`).join('') + '</w:tbl>');
          body.push(p('', { after: 0 }));
        } else {
          for (const row of b.rows) body.push(p(r(`${row.label}: `, { b: true }) + r(row.items.join(', ')), { after: 20 }));
        }
        break;
      default: throw new Error(b.t);
    }
  }
  const name = plan.key.basics.name;
  const sz2 = Math.round(C.size * 2);
  const headStyle = T ? '' : `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="${C.accent}"/></w:pBdr><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="${C.head}" w:hAnsi="${C.head}"/><w:b/><w:color w:val="${C.accent}"/><w:sz w:val="26"/></w:rPr></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${C.font}" w:eastAsia="${C.font}" w:hAnsi="${C.font}" w:cs="${C.font}"/><w:sz w:val="${sz2}"/><w:szCs w:val="${sz2}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>' +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="right" w:pos="${tw}"/></w:tabs></w:pPr></w:style>` +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>' +
    `<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="${T ? '000000' : '0563C1'}"/>${T ? '' : '<w:u w:val="single"/>'}</w:rPr></w:style>` +
    headStyle + '</w:styles>';
  const lvl = (fmt, text, font, left, hanging) => `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="${hanging}"/></w:pPr>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : ''}</w:lvl>`;
  const bullet = T ? lvl('bullet', '\uF0B7', 'Symbol', 720, 360) : lvl('bullet', '–', null, 360, 280);
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${bullet}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${lvl('decimal', '[%1]', null, 520, 520)}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>';
  const hdrRun = { sz: 8.5, color: '7F7F7F' };
  const parts = [];
  let sectRefs = '';
  if (!T) {
    parts.push(['header1.xml', 'header', `<w:hdr ${NS}>${firstHeader}</w:hdr>`]);
    parts.push(['header2.xml', 'header', `<w:hdr ${NS}>${p(r(`${name} — Curriculum Vitae`, hdrRun) + r('\tPage ', hdrRun) + field('PAGE', '2', hdrRun) + r(' of ', hdrRun) + field('NUMPAGES', '2', hdrRun), { style: 'Header', border: { sz: 4, color: 'BFBFBF' } })}</w:hdr>`]);
    sectRefs = '<w:headerReference w:type="first" r:id="rIdH1"/><w:headerReference w:type="default" r:id="rIdH2"/>';
  } else {
    parts.push(['footer1.xml', 'footer', `<w:ftr ${NS}>${p(r(`${name}, curriculum vitae, page `, hdrRun) + field('PAGE', '1', hdrRun), { align: 'center' })}</w:ftr>`]);
    sectRefs = '<w:footerReference w:type="default" r:id="rIdF1"/>';
  }
  const hm = T ? 720 : 567;
  const sect = `<w:sectPr>${sectRefs}<w:pgSz w:w="${C.page.w}" w:h="${C.page.h}"/><w:pgMar w:top="${C.page.m}" w:right="${C.page.m}" w:bottom="${C.page.m}" w:left="${C.page.m}" w:header="${hm}" w:footer="${hm}" w:gutter="0"/>${T ? '' : '<w:titlePg/>'}</w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body.join('')}${sect}</w:body></w:document>`;
  const relId = { 'header1.xml': 'rIdH1', 'header2.xml': 'rIdH2', 'footer1.xml': 'rIdF1' };
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>' +
    '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>' +
    parts.map(([f, t]) => `<Relationship Id="${relId[f]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}" Target="${f}"/>`).join('') +
    links.map((l) => `<Relationship Id="${l.rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${esc(l.href)}" TargetMode="External"/>`).join('') + '</Relationships>';
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    parts.map(([f, t]) => `<Override PartName="/word/${f}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${t}+xml"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  const rootRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(`CV ${name}`)}</dc:title><dc:creator>${esc(name)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-02-03T10:00:00Z</dcterms:created></cp:coreProperties>`;
  const app = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>';
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const files = {
    '[Content_Types].xml': ct, '_rels/.rels': rootRels, 'docProps/core.xml': core, 'docProps/app.xml': app,
    'word/document.xml': document, 'word/_rels/document.xml.rels': rels, 'word/styles.xml': styles, 'word/numbering.xml': numbering, 'word/settings.xml': settings,
  };
  for (const [f, , xml] of parts) files[`word/${f}`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`;
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])), { level: 6, mtime: new Date('2025-02-03T10:00:00Z') }));
}
