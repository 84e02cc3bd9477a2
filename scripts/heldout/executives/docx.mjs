// Hand-written WordprocessingML for the two DOCX designs (docx-navy, docx-header), zipped with fflate.
import { strToU8, zipSync } from 'fflate';
import { escXml as x } from './lib.mjs';

// ---------------------------------------------------------------- tiny OOXML writer
function rPr(o = {}) {
  const a = [];
  if (o.font) a.push(`<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:cs="${o.font}"/>`);
  if (o.b) a.push('<w:b/>');
  if (o.i) a.push('<w:i/>');
  if (o.caps) a.push('<w:caps/>');
  if (o.smallCaps) a.push('<w:smallCaps/>');
  if (o.color) a.push(`<w:color w:val="${o.color}"/>`);
  if (o.spacing) a.push(`<w:spacing w:val="${o.spacing}"/>`);
  if (o.sz) a.push(`<w:sz w:val="${o.sz * 2}"/><w:szCs w:val="${o.sz * 2}"/>`);
  if (o.u) a.push('<w:u w:val="single"/>');
  return a.length ? `<w:rPr>${a.join('')}</w:rPr>` : '';
}
export function r(text, o = {}) {
  const parts = String(text).split('\t').map((t) => (t ? `<w:t xml:space="preserve">${x(t)}</w:t>` : ''));
  return `<w:r>${rPr(o)}${parts.join('<w:tab/>')}</w:r>`;
}
export const link = (rid, text, o = {}) => `<w:hyperlink r:id="${rid}">${r(text, o)}</w:hyperlink>`;
export const pageField = (o = {}) => `<w:r>${rPr(o)}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rPr(o)}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rPr(o)}<w:t>2</w:t></w:r><w:r>${rPr(o)}<w:fldChar w:fldCharType="end"/></w:r>`;

export function p(runs, o = {}) {
  const a = [];
  if (o.style) a.push(`<w:pStyle w:val="${o.style}"/>`);
  if (o.keepNext) a.push('<w:keepNext/>');
  if (o.num) a.push(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${o.num}"/></w:numPr>`);
  if (o.border) a.push(`<w:pBdr><w:bottom w:val="single" w:sz="${o.border.sz ?? 8}" w:space="1" w:color="${o.border.color}"/></w:pBdr>`);
  if (o.shade) a.push(`<w:shd w:val="clear" w:color="auto" w:fill="${o.shade}"/>`);
  if (o.tabs) a.push(`<w:tabs>${o.tabs.map((t) => `<w:tab w:val="${t.val}" w:pos="${t.pos}"/>`).join('')}</w:tabs>`);
  a.push(`<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}"${o.line ? ` w:line="${o.line}" w:lineRule="auto"` : ''}/>`);
  if (o.ind) a.push(`<w:ind w:left="${o.ind}"/>`);
  if (o.align) a.push(`<w:jc w:val="${o.align}"/>`);
  return `<w:p><w:pPr>${a.join('')}</w:pPr>${Array.isArray(runs) ? runs.join('') : runs}</w:p>`;
}

export function table(rows, widths, o = {}) {
  const tw = widths.reduce((s, w) => s + w, 0);
  const none = '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/>';
  const head = `<w:tblPr><w:tblW w:w="${tw}" w:type="dxa"/><w:tblLayout w:type="fixed"/><w:tblBorders>${none}</w:tblBorders><w:tblCellMar><w:top w:w="${o.padV ?? 0}" w:type="dxa"/><w:left w:w="${o.padH ?? 80}" w:type="dxa"/><w:bottom w:w="${o.padV ?? 0}" w:type="dxa"/><w:right w:w="${o.padH ?? 80}" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  const body = rows.map((cells) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${cells.map((c, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/>${o.fill ? `<w:shd w:val="clear" w:color="auto" w:fill="${o.fill}"/>` : ''}</w:tcPr>${c || p('')}</w:tc>`).join('')}</w:tr>`).join('');
  return `<w:tbl>${head}${body}</w:tbl>`;
}

const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function stylesXml(font, size) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:cs="${font}" w:eastAsia="${font}"/><w:sz w:val="${size * 2}"/><w:szCs w:val="${size * 2}"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="${(size + 2) * 2}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
</w:styles>`;
}

function numberingXml(bullets) {
  // bullets: [{ id, text, font, decimal }]
  const abs = bullets.map((b, i) => `<w:abstractNum w:abstractNumId="${i}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${b.decimal ? 'decimal' : 'bullet'}"/><w:lvlText w:val="${b.decimal ? '%1.' : b.text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${b.ind ?? 360}" w:hanging="${b.hang ?? 270}"/></w:pPr>${b.font ? `<w:rPr><w:rFonts w:ascii="${b.font}" w:hAnsi="${b.font}" w:hint="default"/>${b.color ? `<w:color w:val="${b.color}"/>` : ''}</w:rPr>` : ''}</w:lvl></w:abstractNum>`).join('');
  const nums = bullets.map((b, i) => `<w:num w:numId="${b.id}"><w:abstractNumId w:val="${i}"/></w:num>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>${abs}${nums}</w:numbering>`;
}

// parts: { body, headers: {first?, default}, links: [{rid, url}], page: {w,h,margins}, font, size, bullets }
export function buildDocx(o) {
  const rels = [
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    '<Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>',
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>',
  ];
  const files = {};
  const over = [];
  let hdrRefs = '';
  for (const [kind, content] of Object.entries(o.headers ?? {})) {
    const name = `header-${kind}.xml`;
    files[`word/${name}`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${content}</w:hdr>`;
    rels.push(`<Relationship Id="rIdH${kind}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="${name}"/>`);
    over.push(`<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`);
    hdrRefs += `<w:headerReference w:type="${kind}" r:id="rIdH${kind}"/>`;
  }
  for (const l of o.links ?? []) rels.push(`<Relationship Id="${l.rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${x(l.url)}" TargetMode="External"/>`);
  const pg = o.page;
  const sect = `<w:sectPr>${hdrRefs}<w:pgSz w:w="${pg.w}" w:h="${pg.h}"/><w:pgMar w:top="${pg.top}" w:right="${pg.side}" w:bottom="${pg.bottom}" w:left="${pg.side}" w:header="${pg.header ?? 500}" w:footer="500" w:gutter="0"/>${o.headers?.first ? '<w:titlePg/>' : ''}</w:sectPr>`;
  files['word/document.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${o.body}${sect}</w:body></w:document>`;
  files['word/styles.xml'] = stylesXml(o.font, o.size);
  files['word/numbering.xml'] = numberingXml(o.bullets);
  files['word/settings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  files['word/_rels/document.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  files['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';
  files['docProps/core.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${x(o.title)}</dc:title><dc:creator>${x(o.title)}</dc:creator></cp:coreProperties>`;
  files['[Content_Types].xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${over.join('')}</Types>`;
  const z = {};
  for (const [k, v] of Object.entries(files)) z[k] = strToU8(v);
  return zipSync(z, { level: 6 });
}

const LETTER = { w: 12240, h: 15840, top: 1000, bottom: 1000, side: 1080, header: 500 };
const A4 = { w: 11906, h: 16838, top: 1900, bottom: 1100, side: 1134, header: 560 };

function linkRegistry() {
  const links = [];
  return { links, add(url) { const rid = `rIdL${links.length + 1}`; links.push({ rid, url }); return rid; } };
}

// ---------------------------------------------------------------- docx-navy
export function docxNavy(plan) {
  const { p: P, H, opts } = plan;
  const NAVY = opts.accent ?? '1F3864';
  const L = linkRegistry();
  const textW = LETTER.w - 2 * LETTER.side;
  const right = [{ val: 'right', pos: textW }];
  const b = [];
  // banner: one shaded cell
  const contactRuns = [];
  plan.contacts.forEach((c, i) => {
    if (i) contactRuns.push(r('   |   ', { color: '8EA9DB', sz: 10 }));
    contactRuns.push(c.href && c.kind !== 'phone' ? link(L.add(c.href), c.text, { color: 'FFFFFF', sz: 10 }) : r(c.text, { color: 'FFFFFF', sz: 10 }));
  });
  const banner = [
    p([r(P.name, { b: true, color: 'FFFFFF', sz: 26, spacing: 10 }), P.credentials ? r(`, ${P.credentials}`, { color: 'FFFFFF', sz: 14 }) : ''], { align: 'center', before: 200 }),
    p(r(P.label, { color: 'D9E2F3', sz: 13, caps: true, spacing: 30 }), { align: 'center', before: 40, after: 80 }),
    p(contactRuns, { align: 'center', after: 200 }),
  ].join('');
  b.push(table([[banner]], [textW], { fill: NAVY, padH: 120 }));
  const h1 = (t) => p(r(t, { b: true, caps: true, color: NAVY, sz: 12, spacing: 20 }), { before: 240, after: 100, keepNext: true, border: { color: NAVY, sz: 12 } });
  for (const k of opts.order) {
    b.push(h1(H[k]));
    if (k === 'summary') b.push(p(r(P.summary), { align: 'both', line: 264 }));
    else if (k === 'competencies') {
      const half = Math.ceil(P.competencies.length / 2);
      const cols = [P.competencies.slice(0, half), P.competencies.slice(half)];
      const rows = [];
      for (let i = 0; i < half; i++) rows.push(cols.map((c) => (c[i] ? p(r(c[i]), { num: 2, after: 40 }) : '')));
      b.push(table(rows, [textW / 2, textW / 2]));
    } else if (k === 'highlights') for (const s of P.highlights) b.push(p(r(s), { num: 1, after: 60 }));
    else if (k === 'experience') {
      for (const emp of plan.employers) {
        b.push(p([r(emp.name, { b: true, sz: 12, color: NAVY }), r(`\t${emp.location}`, { color: '404040' })], { tabs: right, before: 200, keepNext: true }));
        b.push(p(r(emp.desc, { i: true, color: '595959' }), { after: 60, keepNext: true }));
        for (const ro of emp.roles) {
          b.push(p([r(ro.title, { b: true }), r(`\t${ro.dates}`, { b: true })], { tabs: right, before: 80, after: 40, keepNext: true }));
          for (const s of ro.bullets) b.push(p(r(s), { num: 1, after: 30 }));
        }
      }
    } else if (k === 'earlier') {
      for (const ro of plan.earlier) b.push(p([r(ro.title, { b: true }), r(`, ${ro.name}`), r(`\t${ro.dates}`)], { tabs: right, after: 30 }));
    } else if (k === 'education') {
      for (const ed of plan.education) {
        b.push(p([r(`${ed.studyType}, ${ed.area}`, { b: true }), r(`\t${ed.year}`)], { tabs: right, before: 60 }));
        b.push(p([r(ed.institution, { i: true }), ed.score ? r(` \u2013 ${ed.score}`) : ''], {}));
      }
    } else if (k === 'execEd') {
      for (const ed of plan.execEd) b.push(p([r(ed.institution, { b: true }), r(` \u2013 ${ed.program}`), r(`\t${ed.yearText}`)], { tabs: right, after: 30 }));
    } else for (const s of P[k]) b.push(p(r(s), { num: 2, after: 30 }));
  }
  const hdr = p([r(P.name, { b: true, color: NAVY, sz: 9 }), r('\tPage ', { sz: 9, color: '595959' }), pageField({ sz: 9, color: '595959' })], { tabs: right, border: { color: NAVY, sz: 4 } });
  return buildDocx({
    title: P.name, body: b.join(''), headers: { first: p(''), default: hdr }, links: L.links, page: LETTER, font: 'Calibri', size: 10.5,
    bullets: [{ id: 1, text: '\u25aa', font: 'Arial', color: NAVY }, { id: 2, text: '\u2022', font: 'Arial', color: NAVY }],
  });
}

// ---------------------------------------------------------------- docx-header (name + contact in the header part)
export function docxHeader(plan) {
  const { p: P, H, opts } = plan;
  const ACC = opts.accent ?? '2E5E4E';
  const L = linkRegistry();
  const textW = A4.w - 2 * A4.side;
  const right = [{ val: 'right', pos: textW }];
  const contactRuns = [];
  plan.contacts.forEach((c, i) => {
    if (i) contactRuns.push(r('  \u2022  ', { color: ACC, sz: 9 }));
    contactRuns.push(c.href && c.kind !== 'phone' ? link(L.add(c.href), c.text, { sz: 9, color: '333333' }) : r(c.text, { sz: 9, color: '333333' }));
  });
  const hdr = [
    p([r(P.name, { b: true, sz: 18, color: ACC, smallCaps: true }), P.credentials ? r(`, ${P.credentials}`, { sz: 10, color: ACC }) : '', r('\tPage ', { sz: 8, color: '7F7F7F' }), pageField({ sz: 8, color: '7F7F7F' })], { tabs: right }),
    p(r(P.label, { i: true, sz: 11, color: '404040' }), { after: 20 }),
    p(contactRuns, { border: { color: ACC, sz: 6 }, after: 0 }),
  ].join('');
  const b = [];
  const h1 = (t) => p(r(t, { b: true, smallCaps: true, color: ACC, sz: 13 }), { style: 'Heading1', before: 220, after: 80 });
  const col3 = [{ val: 'left', pos: Math.round(textW / 3) }, { val: 'left', pos: Math.round((2 * textW) / 3) }];
  for (const k of opts.order) {
    b.push(h1(H[k]));
    if (k === 'summary') b.push(p(r(P.summary), { align: 'both' }));
    else if (k === 'competencies') {
      for (let i = 0; i < P.competencies.length; i += 3) b.push(p(r(P.competencies.slice(i, i + 3).join('\t')), { tabs: col3, after: 40 }));
    } else if (k === 'highlights') for (const s of P.highlights) b.push(p(r(s), { num: 3, after: 50 }));
    else if (k === 'experience') {
      for (const emp of plan.employers) {
        b.push(p([r(emp.name, { b: true, sz: 11.5 }), r(`, ${emp.location}`)], { before: 180, keepNext: true }));
        b.push(p(r(emp.desc, { i: true, color: '595959' }), { after: 40, keepNext: true }));
        for (const ro of emp.roles) {
          const t = ro.promoted ? [r('Promoted to ', { i: true }), r(ro.title, { b: true, i: true })] : [r(ro.title, { b: true, i: true })];
          b.push(p([...t, r(`\t${ro.dates}`, { color: '404040' })], { tabs: right, before: 60, after: 20, keepNext: true }));
          for (const s of ro.bullets) b.push(p(r(s), { num: 1, after: 20 }));
        }
      }
    } else if (k === 'earlier') {
      for (const ro of plan.earlier) b.push(p([r(ro.name, { b: true }), r(` \u2014 ${ro.title}`), r(`\t${ro.dates}`)], { tabs: right, after: 20 }));
    } else if (k === 'education') {
      for (const ed of plan.education) b.push(p([r(ed.institution, { b: true }), r(`\t${ed.year}`)], { tabs: right, before: 40 }), p([r(`${ed.studyType}, ${ed.area}`, { i: true }), ed.score ? r(`, ${ed.score}`) : ''], {}));
    } else if (k === 'execEd') {
      for (const ed of plan.execEd) b.push(p([r(ed.institution, { b: true }), r(`\t${ed.yearText}`)], { tabs: right, before: 40 }), p(r(ed.program, { i: true }), {}));
    } else for (const s of P[k]) b.push(p(r(s), { num: 1, after: 20 }));
  }
  return buildDocx({
    title: P.name, body: b.join(''), headers: { default: hdr }, links: L.links, page: A4, font: 'Cambria', size: 10.5,
    bullets: [{ id: 1, text: '\uf0a7', font: 'Wingdings' }, { id: 3, decimal: true }],
  });
}
