// Hand-written OOXML designs for the "sidebars and columns" batch: a 2-column layout table with a shaded sidebar
// cell, a floating (anchored, wrap-square) text-box sidebar, and a Word 2-column section (w:cols) for the body.
// Runs, paragraphs, tables, numbering and styles come from ../word-templates/ooxml.mjs; the package writer here
// adds custom section properties (several sections, w:cols) that the older helper does not offer.
import { zipSync, strToU8 } from 'fflate';
import { r, p, tbl, numberingXml, stylesXml, esc as xesc } from '../word-templates/ooxml.mjs';
import { range, newKey, fullName } from './common.mjs';

const NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" mc:Ignorable="w14 wp14"';

// Section properties. o: {cols: n, sep, space, type: 'continuous' | 'nextPage', margins: {top,bottom,left,right}}
export function sectPr(o = {}) {
  const m = { top: 850, bottom: 850, left: 964, right: 964, ...(o.margins ?? {}) };
  return `<w:sectPr>${o.type ? `<w:type w:val="${o.type}"/>` : ''}<w:pgSz w:w="11906" w:h="16838"/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `<w:cols w:num="${o.cols ?? 1}" w:space="${o.space ?? 567}"${o.sep ? ' w:sep="1"' : ''}/><w:docGrid w:linePitch="360"/></w:sectPr>`;
}

export function pack({ body, finalSect, styles, numbering, title, author }) {
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xesc(title)}</dc:title><dc:creator>${xesc(author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-06-12T08:30:00Z</dcterms:created></cp:coreProperties>`,
    'docProps/app.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}${finalSect}</w:body></w:document>`,
    'word/styles.xml': styles,
    'word/settings.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`,
    'word/numbering.xml': numbering,
  };
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}

// Anchored text box (DrawingML shape only, as Word 2010+ writes the Choice branch), positioned on the page.
// o: {x, y, cx, cy (EMU), fill, wrap: 'left'|'right'|'bothSides'}
let shapeId = 10;
export function floatingBox(paragraphs, o) {
  const id = shapeId++;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="180000" distR="0" simplePos="0" relativeHeight="251660288" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>${o.x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${o.y}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${o.cx}" cy="${o.cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="${o.wrap ?? 'left'}"/><wp:docPr id="${id}" name="Sidebar ${id}"/><wp:cNvGraphicFramePr/>` +
    `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>` +
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${o.cx}" cy="${o.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="${o.fill}"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>` +
    `<wps:txbx><w:txbxContent>${paragraphs.join('')}</w:txbxContent></wps:txbx>` +
    `<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="252000" tIns="540000" rIns="216000" bIns="180000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>` +
    `</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>`;
}

const BULLETS = numberingXml([{ levels: [{ text: '•', left: 284, hanging: 227 }] }]);
const bullets = (items, o = {}) => items.map((b) => p(r(b, o.run), { numId: 1, after: 20, ...(o.p ?? {}) }));

// ------------------------------------------------------------------------------------------------
const docxTable = {
  imitates: 'a Word "two-column" resume template laid out with a borderless table: a shaded sidebar cell on the LEFT and the main cell on the right, under a full-width name row',
  stresses: 'a 2-column layout table (one tall row that continues on page 2 for long resumes) whose left cell is shaded (w:shd) and holds contact, skills, languages and education; the main cell has the profile and experience with right-aligned tab-stop dates; headings are real Heading 1/2 paragraphs inside cells',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Present' });
    const sec = [];
    const H = (t) => (sec.push(t), p(r(t), { style: 'Heading1' }));
    const small = { sz: 9, color: '44546A' };
    // left (sidebar) cell
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const loc = k.set('location', `${P.city}, ${P.country === 'USA' ? P.region : P.country}`);
    const L = [H('Contact'), p(r(P.email, small)), p(r(P.phone, small)), p(r(loc, small)), p(r(P.web, small)), p(r(k.profile(`linkedin.com/in/${P.linkedin}`), small), { after: 60 })];
    L.push(H('Skills'));
    for (const g of P.skillGroups) { L.push(p(r(g.group, { b: true, sz: 9 }), { before: 60 }), ...g.items.map((s) => p(r(s, small)))); k.skill(...g.items); }
    L.push(H('Languages'), ...P.languages.map((l) => p([r(`${l.name}: `, { b: true, sz: 9 }), r(l.level, small)])));
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    L.push(H('Education'));
    for (const e of P.education) {
      L.push(p(r(`${e.studyType}, ${e.area}`, { b: true, sz: 9 }), { before: 60 }), p(r(e.institution, small)), p(r(range(e.start, e.end, { style: 'YYYY', sep: ' – ' }), small)));
      if (e.score) L.push(p(r(e.score, small)));
      k.addEdu(e, { style: 'YYYY', score: true });
    }
    // main cell
    const M = [H('Profile'), p(r(k.set('summary', P.summary)), { after: 60 }), H('Experience')];
    for (const w of P.work) {
      M.push(p([r(w.position, { b: true, sz: 11 }), r('\t'), r(dr(w.start, w.end), { sz: 9, color: '595959' })], { tabs: [[6900, 'right']], before: 120, keepNext: true }));
      M.push(p(r(`${w.company} | ${w.location}`, { i: true, color: '2E74B5' }), { after: 40, keepNext: w.bullets.length > 0 }));
      M.push(...bullets(w.bullets));
      k.addWork(w, { style, location: true });
    }
    for (const s of sec) k.section(s); // left cell's headings were pushed first
    const nameRow = [{ span: 2, content: [p(r(fullName(P), { sz: 26, b: true, color: '1F3864' })), p(r(P.label, { sz: 13, color: '2E74B5' }), { after: 120 })], margins: { bottom: 120 } }];
    const body = tbl([nameRow, [{ content: L, shd: 'DEEAF6', margins: { top: 160, left: 200, right: 200, bottom: 160 } }, { content: M, margins: { top: 160, left: 280, right: 120 } }]], { widths: [2900, 7078] });
    const styles = stylesXml({ font: 'Calibri', size: 10, after: 0, headings: { h1: { b: true, sz: 12, color: '1F3864', before: 200, after: 80, bottomBorder: { sz: 6, color: '2E74B5', space: 1 } } } });
    k.layout.notes = 'Word layout table (no borders): a full-width first row with the name and title, then one row with a shaded LEFT cell (Contact, Skills with group labels, Languages, Education) and the main cell (Profile, Experience with the dates right-aligned by a tab stop); the row runs onto page 2 for a long resume. Skill group labels are not skills. sections: left cell first, then the main cell.';
    return { key: k, docx: pack({ body: body + p(''), finalSect: sectPr({ margins: { left: 720, right: 720, top: 720, bottom: 720 } }), styles, numbering: BULLETS, title: `${fullName(P)} Resume`, author: fullName(P) }) };
  },
};

// ------------------------------------------------------------------------------------------------
const docxTextbox = {
  imitates: 'a Word template whose sidebar is a floating, shaded text box anchored to the RIGHT edge of page 1, with the body text wrapping around it on the left',
  stresses: 'a DrawingML text box (wps:txbx) anchored to the page with square wrapping: the sidebar text is stored in the first body paragraph (before the name) but is printed on the right; the body wraps to its left on page 1 and runs full width on page 2; capitalised headings via w:caps',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'present' });
    const HM = (t) => (k.section(t.toUpperCase()), p(r(t), { style: 'Heading1' }));
    const side = [];
    const HS = (t) => (side.push(t.toUpperCase()), p(r(t, { caps: true, b: true, sz: 11, color: 'FFFFFF', spacing: 20 }), { before: 200, after: 80 }));
    const wt = { color: 'FFFFFF', sz: 9 };
    // sidebar (text box)
    k.set('email', P.email); k.set('phone', P.phone);
    const loc = k.set('location', `${P.city}, ${P.country === 'USA' ? P.region : P.country}`);
    const S = [HS('Contact'), p(r(P.email, wt)), p(r(P.phone, wt)), p(r(loc, wt)), p(r(k.profile(`linkedin.com/in/${P.linkedin}`), wt)), p(r(k.profile(`github.com/${P.github}`), wt))];
    S.push(HS('Skills'), ...P.skillGroups.flatMap((g) => g.items).map((s) => p(r(s, wt), { after: 20 })));
    k.skill(...P.skillGroups.flatMap((g) => g.items));
    S.push(HS('Certifications'), ...P.certs.map((c) => p([r(c.name, { ...wt, b: true }), r(`\n${c.issuer}, ${c.year}`, wt)], { after: 60 })));
    S.push(HS('Languages'), ...P.languages.map((l) => p(r(`${l.name} (${l.level})`, wt))));
    const box = floatingBox(S, { x: 5112000, y: 0, cx: 2448000, cy: 10692000, fill: '34495E' });
    // main
    const M = [p([box, r(fullName(P), { sz: 24, b: true, color: '34495E' })]), p(r(P.label, { sz: 12, color: 'C0392B' }), { after: 120 })];
    M.push(HM('Summary'), p(r(k.set('summary', P.summary))));
    M.push(HM('Experience'));
    for (const w of P.work) {
      M.push(p(r(w.position, { b: true, sz: 10.5 }), { before: 120, keepNext: true }));
      M.push(p([r(w.company, { b: true, color: 'C0392B' }), r(`, ${w.location}  |  ${dr(w.start, w.end)}`, { color: '595959' })], { after: 40, keepNext: w.bullets.length > 0 }));
      M.push(...bullets(w.bullets));
      k.addWork(w, { style, location: true });
    }
    M.push(HM('Education'));
    for (const e of P.education) {
      M.push(p(r(`${e.studyType} – ${e.area}`, { b: true }), { before: 80 }), p(r(`${e.institution}  |  ${range(e.start, e.end, { style, sep: ' – ' })}${e.score ? `  |  ${e.score}` : ''}`, { color: '595959' })));
      k.addEdu(e, { style, score: true });
    }
    for (const s of side) k.section(s); // right-hand sidebar after the main column
    k.other('CERTIFICATIONS', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    k.other('LANGUAGES', P.languages.map((l) => `${l.name} (${l.level})`));
    const styles = stylesXml({ font: 'Calibri', size: 10, after: 0, headings: { h1: { b: true, caps: true, sz: 12, color: '34495E', spacing: 20, before: 220, after: 80, bottomBorder: { sz: 8, color: 'C0392B', space: 1 } } } });
    k.layout.notes = 'The sidebar is a shaded DrawingML text box anchored to the right edge of page 1 (full page height, wrapSquare wrapText="left"); its anchor run is in the first paragraph, so in document order the sidebar (CONTACT, SKILLS, CERTIFICATIONS, LANGUAGES) comes BEFORE the name. Visually the main column is on the left. Headings are typed in mixed case and shown in capitals by w:caps (key in capitals). sections: main (left) column first, then the text-box sidebar. No VML fallback is written.';
    return { key: k, docx: pack({ body: M.join(''), finalSect: sectPr({ margins: { left: 850, right: 850, top: 850, bottom: 850 } }), styles, numbering: BULLETS, title: `${fullName(P)} CV`, author: fullName(P) }) };
  },
};

// ------------------------------------------------------------------------------------------------
const docxColumns = {
  imitates: 'a Word resume whose body is a two-column section (Layout > Columns > Two, with a line between) under a one-column heading section',
  stresses: 'w:cols num="2" with w:sep for the whole body after a continuous section break: text flows down column 1, then column 2 (then page 2), so entries and even a role\'s bullets can continue in the other column; no table and no text box, just section columns',
  render(P, o = {}) {
    const k = newKey(P, 2);
    const dr = (s, e) => range(s, e, { style: 'YYYY', sep: '–', present: 'present' });
    const H = (t) => (k.section(t), p(r(t), { style: 'Heading1' }));
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const loc = k.set('location', `${P.city}, ${P.country === 'USA' ? P.region : P.country}`);
    const head = [p(r(fullName(P), { sz: 22, b: true }), { align: 'center' }), p(r(P.label, { sz: 12, color: '7F6000' }), { align: 'center' }),
      p(r(`${loc} • ${P.email} • ${P.phone} • ${P.web}`, { sz: 9 }), { align: 'center', after: 120, bottomBorder: { sz: 12, color: '7F6000', space: 4 } })];
    head.push(H('Summary'), p(r(k.set('summary', P.summary)), { after: 60, align: 'both' }));
    head.push(`<w:p><w:pPr><w:spacing w:after="0"/>${sectPr({ margins: { left: 907, right: 907, top: 794, bottom: 794 } })}</w:pPr></w:p>`);
    const B = [H('Experience')];
    for (const w of P.work) {
      B.push(p(r(w.position, { b: true }), { before: 100, keepNext: true }), p(r(`${w.company}, ${w.location}`, { i: true }), { keepNext: true }), p(r(dr(w.start, w.end), { sz: 9, color: '7F7F7F' }), { after: 30, keepNext: w.bullets.length > 0 }));
      B.push(...bullets(w.bullets, { p: { align: 'left' } }));
      k.addWork(w, { style: 'YYYY', location: true });
    }
    if (o.columnBreak) B.push(p('<w:r><w:br w:type="column"/></w:r>')); // typed column break (Layout > Breaks > Column)
    B.push(H('Education'));
    for (const e of P.education) {
      B.push(p(r(e.institution, { b: true }), { before: 80 }), p(r(`${e.studyType}, ${e.area}`)), p(r(`${dr(e.start, e.end)}${e.score ? ` · ${e.score}` : ''}`, { sz: 9, color: '7F7F7F' })));
      k.addEdu(e, { style: 'YYYY', score: true });
    }
    B.push(H('Skills'), ...P.skillGroups.map((g) => p([r(`${g.group}: `, { b: true }), r(g.items.join(', '))], { after: 40 })));
    k.skill(...P.skillGroups.flatMap((g) => g.items));
    B.push(H('Languages'), p(r(P.languages.map((l) => `${l.name} (${l.level})`).join(', '))));
    k.other('Languages', P.languages.map((l) => `${l.name} (${l.level})`));
    B.push(H('Awards'), ...P.awards.map((a) => p(r(`${a.title}, ${a.year}`))));
    k.other('Awards', P.awards.map((a) => ({ title: a.title, date: a.year })));
    const styles = stylesXml({ font: 'Cambria', size: 10, after: 0, headings: { h1: { b: true, sz: 12, color: '7F6000', before: 160, after: 60, font: 'Calibri' } } });
    k.layout.notes = `Two sections: a one-column heading section (name, title, contact line, Summary) ended by a continuous section break, then the rest in a Word 2-column section (w:cols num="2" w:sep="1"), flowing down the left column and on into the right one. Year-only dates ("${dr(P.work[0].start, P.work[0].end)}"). Skill group labels ("Group:") are not skills. sections in flow order (column 1, then column 2).${o.columnBreak ? ' A typed column break (w:br type="column") before Education starts the right column.' : ' Columns are balanced by Word/LibreOffice (the section ends with a continuous break), so a role can continue in the right column.'}`;
    // The 2-column section ends with a paragraph-level sectPr followed by an empty continuous one-column section,
    // the way Word saves "Columns: Two" applied to a selection, so both Word and LibreOffice balance the columns.
    const M = { left: 907, right: 907, top: 794, bottom: 794 };
    B.push(`<w:p><w:pPr>${sectPr({ type: 'continuous', cols: 2, sep: true, space: 510, margins: M })}</w:pPr></w:p>`);
    return { key: k, docx: pack({ body: head.join('') + B.join('') + p(''), finalSect: sectPr({ type: 'continuous', margins: M }), styles, numbering: BULLETS, title: `${fullName(P)}`, author: fullName(P) }) };
  },
};

export const DOCX_DESIGNS = { docxTable, docxTextbox, docxColumns };
