// Designs 1 and 12: Microsoft Office resume-template style (content controls, layout tables, theme fonts).
import { r, p, tbl, numberingXml } from '../word-templates/ooxml.mjs';
import { sdt, sectPr, themeXml } from './ooxml2.mjs';
import { ctx, flatSkills, degree, styleSheet, A4 } from './common.mjs';

const CREATOR = '/ns1:coreProperties[1]/ns0:creator[1]';

// Styles as Office templates write them: theme fonts, Heading 1 → Heading 2 → Heading 3 basedOn chain,
// each with a linked character style; List Bullet carries its numbering in the style (no numPr in paragraphs).
function officeStyles(accent, { h1Caps = true, titleSz = 30 } = {}) {
  // (No keepNext / keepLines in the heading styles: inside a one-row layout table LibreOffice then refuses to split the row.)
  return styleSheet({
    fontTheme: 'minorHAnsi', size: 10.5, after: 80, line: 259,
    defs: [
      { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', link: 'TitleChar', ui: 1, pPr: '<w:spacing w:after="0" w:line="216" w:lineRule="auto"/><w:contextualSpacing/>', rPr: `<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:color w:val="${accent}"/><w:kern w:val="28"/><w:sz w:val="${titleSz * 2}"/><w:szCs w:val="${titleSz * 2}"/>` },
      { type: 'character', id: 'TitleChar', name: 'Title Char', basedOn: 'DefaultParagraphFont', link: 'Title', ui: 1, qFormat: false, rPr: `<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/><w:color w:val="${accent}"/><w:kern w:val="28"/><w:sz w:val="${titleSz * 2}"/>` },
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', link: 'SubtitleChar', ui: 2, pPr: '<w:spacing w:after="200"/>', rPr: '<w:color w:val="595959"/><w:sz w:val="28"/>' },
      { type: 'character', id: 'SubtitleChar', name: 'Subtitle Char', basedOn: 'DefaultParagraphFont', link: 'Subtitle', ui: 2, qFormat: false, rPr: '<w:color w:val="595959"/><w:sz w:val="28"/>' },
      { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', link: 'Heading1Char', ui: 9, pPr: '<w:spacing w:before="320" w:after="120"/><w:outlineLvl w:val="0"/>', rPr: `<w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:b/>${h1Caps ? '<w:caps/>' : ''}<w:color w:val="${accent}"/><w:spacing w:val="10"/><w:sz w:val="26"/>` },
      { type: 'character', id: 'Heading1Char', name: 'Heading 1 Char', basedOn: 'DefaultParagraphFont', link: 'Heading1', ui: 9, qFormat: false, rPr: `<w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:b/>${h1Caps ? '<w:caps/>' : ''}<w:color w:val="${accent}"/><w:sz w:val="26"/>` },
      { id: 'Heading2', name: 'heading 2', basedOn: 'Heading1', next: 'Normal', link: 'Heading2Char', ui: 9, pPr: '<w:spacing w:before="200" w:after="0"/><w:outlineLvl w:val="1"/>', rPr: '<w:caps w:val="0"/><w:color w:val="262626"/><w:spacing w:val="0"/><w:sz w:val="23"/>' },
      { type: 'character', id: 'Heading2Char', name: 'Heading 2 Char', basedOn: 'DefaultParagraphFont', link: 'Heading2', ui: 9, qFormat: false, rPr: '<w:b/><w:color w:val="262626"/><w:sz w:val="23"/>' },
      { id: 'Heading3', name: 'heading 3', basedOn: 'Heading2', next: 'Normal', link: 'Heading3Char', ui: 9, pPr: '<w:spacing w:before="0" w:after="60"/><w:outlineLvl w:val="2"/>', rPr: '<w:b w:val="0"/><w:i/><w:color w:val="595959"/><w:sz w:val="20"/>' },
      { type: 'character', id: 'Heading3Char', name: 'Heading 3 Char', basedOn: 'DefaultParagraphFont', link: 'Heading3', ui: 9, qFormat: false, rPr: '<w:i/><w:color w:val="595959"/><w:sz w:val="20"/>' },
      { type: 'character', id: 'Emphasis', name: 'Emphasis', basedOn: 'DefaultParagraphFont', ui: 20, rPr: `<w:b w:val="0"/><w:i w:val="0"/><w:color w:val="${accent}"/>` },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', ui: 10, pPr: '<w:numPr><w:numId w:val="1"/></w:numPr><w:spacing w:after="40"/><w:ind w:left="288" w:hanging="288"/>' },
      { id: 'ContactInfo', name: 'Contact Info', basedOn: 'Normal', custom: true, ui: 3, pPr: '<w:spacing w:after="0"/>', rPr: '<w:color w:val="595959"/><w:sz w:val="19"/>' },
      { type: 'table', id: 'LayoutTable', name: 'Layout table', basedOn: 'TableNormal', custom: true, ui: 99, qFormat: false, tblPr: '<w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr>' },
    ],
  });
}
const bulletNumbering = (accent) => numberingXml([{ levels: [{ text: '•', font: 'Calibri', left: 288, hanging: 288, color: accent }] }]);

// Placeholder-style heading: a content control that still shows its template text (w:showingPlcHdr) — Word prints it.
const plcHeading = (c, text, style = 'Heading1', caps = true) => sdt(p(r(c.H(text, { caps }), { rStyle: `${style}Char` }), { style }), { alias: text + ':', showingPlcHdr: true, hidden: true });

// Cell-level content control (w:sdt wrapping a w:tc).
function sdtCellify(tableXml, cellIndex, alias) {
  let n = -1;
  return tableXml.replace(/<w:tc>.*?<\/w:tc>/gs, (m) => (++n === cellIndex ? sdt(m, { alias, placeholder: false }) : m));
}

// ================================================================================================
// 1. officeSdt: an Office "Modern" resume template, filled in. Name bound to docProps creator, content controls
//    (block, run and cell level) everywhere, contact row as a 4-cell table, body as a 2-column layout table
//    with a nested table for languages, theme fonts, Heading1/2/3 basedOn chain with linked char styles.
export function officeSdt(P) {
  const c = ctx(P);
  const accent = '1F6F8B';
  const page = { ...A4, top: 864, bottom: 864, left: 936, right: 936 };
  const W = page.w - page.left - page.right;
  const b = [];
  // Header: a one-cell layout table holding name, title and (nested) the 2 x 2 contact table.
  const head = [];
  head.push(p(sdt(r(P.name), { alias: 'Your Name', bind: CREATOR, text: true, hidden: true }), { style: 'Title' }));
  head.push(p(sdt(r(P.label), { alias: 'Profession or Industry', text: true }), { style: 'Subtitle' }));
  const profile = P.website ?? `linkedin.com/in/${P.linkedin}`;
  const contacts = [P.location, P.phone, P.email, profile];
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location });
  if (P.website) c.key.basics.url = P.website; else c.key.basics.profiles = [profile];
  const cw = Math.floor((W - 216) / 2);
  const cell = (t, i) => ({ content: [i === 1 ? p(sdt(r(t), { alias: 'Telephone', text: true }), { style: 'ContactInfo' }) : sdt(p(r(t), { style: 'ContactInfo' }), { alias: ['Address', '', 'Email', 'Website'][i] })] });
  // 2 x 2 contact grid: address | e-mail / telephone | website
  let contactTbl = tbl([[cell(contacts[0], 0), cell(contacts[2], 2)], [cell(contacts[1], 1), cell(contacts[3], 3)]], { widths: [cw, W - 216 - cw], style: 'LayoutTable', cellLeft: 0 });
  contactTbl = sdtCellify(contactTbl, 3, 'LinkedIn Profile or Website');
  head.push(contactTbl, p([], { after: 0 }));
  b.push(tbl([[{ content: head }]], { widths: [W], style: 'LayoutTable' }));
  b.push(p([], { after: 120, bottomBorder: { sz: 12, color: accent, space: 1 } }));

  // Left column: skills, education, languages (nested table), certifications.
  const L = [];
  L.push(plcHeading(c, 'Skills'));
  for (const k of flatSkills(P)) L.push(p(r(k), { style: 'ListBullet' }));
  c.skills(flatSkills(P));
  L.push(plcHeading(c, 'Education'));
  for (const e of P.education) {
    L.push(sdt([
      p(r(degree(e, ', ')), { style: 'Heading2' }),
      p(r(e.institution), { after: 0 }),
      p(r(c.range(e.start, e.end, { style: 'yyyy', sep: ' – ' }), { rStyle: 'Heading3Char' }), { style: 'Heading3' }),
      ...(e.score ? [p(r(e.score, { i: true }))] : []),
    ], { alias: 'Education', docPartList: 'Education' }));
    c.edu(e, { style: 'yyyy', score: true });
  }
  if (P.languages.length) {
    L.push(plcHeading(c, 'Languages'));
    L.push(tbl(P.languages.map(([l, v]) => [{ content: [p(r(l, { b: true }), { after: 20 })] }, { content: [p(r(v, { color: '595959' }), { after: 20 })] }]), { widths: [1300, 1500], style: 'LayoutTable', cellLeft: 0 }));
    L.push(p([], { after: 0 }));
    c.other('LANGUAGES', P.languages.map(([l]) => l)); // the level sits in a separate nested-table cell
  }
  if (P.certs.length) {
    L.push(plcHeading(c, 'Certifications'));
    for (const x of P.certs) L.push(p([r(x.name), r(`\n${x.issuer}, ${x.year}`, { color: '595959', sz: 9 })], { after: 100 }));
    c.other('CERTIFICATIONS', P.certs.map((x) => ({ title: x.name, issuer: x.issuer, date: x.year })));
  }
  // Right column: summary, experience, projects / speaking.
  const R = [];
  R.push(plcHeading(c, 'Summary'));
  R.push(sdt(p(r(P.summary)), { alias: 'Summary' }));
  c.key.basics.summary = P.summary;
  R.push(plcHeading(c, 'Experience'));
  for (const w of P.work) {
    R.push(sdt([
      p([sdt(r(w.position), { alias: 'Job Title', text: true }), r(', '), sdt(r(w.company, { rStyle: 'Emphasis' }), { alias: 'Company', text: true })], { style: 'Heading2' }),
      p(r(`${c.range(w.start, w.end, { style: 'mon' })}  ·  ${w.location}`), { style: 'Heading3' }),
      ...w.bullets.map((x) => p(r(x), { style: 'ListBullet' })),
    ], { alias: 'Experience', docPartList: 'Experience' }));
    c.work(w, { style: 'mon' });
  }
  if (P.projects.length) {
    R.push(plcHeading(c, 'Projects'));
    for (const pr of P.projects) {
      R.push(p([r(pr.name, { b: true }), r(` – ${pr.description}`), r(pr.keywords ? ` (${pr.keywords.join(', ')})` : '')]));
      c.project(pr);
    }
  }
  if (P.talks?.length) {
    R.push(plcHeading(c, 'Speaking'));
    for (const t of P.talks) R.push(p(r(t), { style: 'ListBullet' }));
    c.other('SPEAKING', P.talks);
  }
  const lw = 3100;
  b.push(tbl([[{ content: L, margins: { right: 360 } }, { content: R, margins: { left: 360 } }]], { widths: [lw, W - lw], style: 'LayoutTable' }));
  b.push(p());
  c.key.sections = [...c.key.sections.filter((s) => ['SKILLS', 'EDUCATION', 'LANGUAGES', 'CERTIFICATIONS'].includes(s)), ...c.key.sections.filter((s) => !['SKILLS', 'EDUCATION', 'LANGUAGES', 'CERTIFICATIONS'].includes(s))];
  c.key.layout = { columns: 2, notes: 'Office resume template: name (content control bound to docProps/core.xml dc:creator) and title, contact details as a 2x2 table (one cell wrapped in a cell-level content control), all inside a one-cell header table (so the contact table is nested); then a 2-column layout table: left SKILLS / EDUCATION / LANGUAGES (nested table) / CERTIFICATIONS, right SUMMARY / EXPERIENCE / PROJECTS or SPEAKING. Section headings are content controls still showing their placeholder text (w:showingPlcHdr), displayed in capitals by the Heading 1 style (w:caps; the XML text is mixed case). Sections listed left column first.' };
  return {
    c, description: 'Microsoft Office "Modern" resume template look: content controls at block, run and cell level (alias/tag/placeholder docPart, w15:appearance hidden, dataBinding of the name to dc:creator, docPartList galleries around each job), headings that are placeholder controls (showingPlcHdr), theme fonts only (asciiTheme majorHAnsi/minorHAnsi resolved through theme1.xml), Heading 1 → Heading 2 → Heading 3 basedOn chain with linked "… Char" styles, List Bullet numbering defined in the style, borderless layout tables with a nested table.',
    pkg: { body: b.join(''), sect: sectPr({ page }), styles: officeStyles(accent), numbering: bulletNumbering(accent), theme: themeXml('Georgia', 'Calibri'), fonts: ['Calibri', 'Georgia'], template: 'TM16392716' },
  };
}

// ================================================================================================
// 12. officeRepeating: Office "Chronological" template: header table (name left, contact right), one 2-column
//     table per section whose rows are repeating-section content controls (row-level w:sdt inside w:tbl),
//     date cells with a line break ("FEB 2021 –" / "NOW").
export function officeRepeating(P) {
  const c = ctx(P);
  const accent = '7A3E48';
  const page = { ...A4, top: 720, bottom: 720, left: 1008, right: 1008 };
  const W = page.w - page.left - page.right;
  const b = [];
  const contacts = [P.email, P.phone, P.location, `github.com/${P.github}`];
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  b.push(tbl([[
    { content: [p(sdt(r(P.name), { alias: 'Your Name', bind: CREATOR, text: true }), { style: 'Title' }), p(sdt(r(P.label), { alias: 'Title', text: true }), { style: 'Subtitle' })], vAlign: 'bottom' },
    { content: contacts.map((t, i) => p(sdt(r(t), { alias: ['Email', 'Telephone', 'Address', 'GitHub'][i], text: true }), { style: 'ContactInfo', align: 'right' })), vAlign: 'bottom' },
  ]], { widths: [W - 3300, 3300], style: 'LayoutTable' }));
  b.push(p([], { after: 160, bottomBorder: { sz: 18, color: accent, space: 4 } }));
  b.push(plcHeading(c, 'Profile', 'Heading1', false));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  const dw = 1900;
  const section = (rows) => {
    const t = tbl(rows, { widths: [dw, W - dw], style: 'LayoutTable', cantSplit: true });
    // Wrap each row in a repeating-section item and all rows in a repeating section (Word 2013+ writes this).
    const rowsXml = [...t.matchAll(/<w:tr>.*?<\/w:tr>/gs)].map((m) => sdt(m[0], { repeatingItem: true, placeholder: false }));
    const head = t.slice(0, t.indexOf('<w:tr>'));
    return head + sdt(rowsXml, { alias: 'Section', repeating: true }) + '</w:tbl>';
  };
  b.push(plcHeading(c, 'Experience', 'Heading1', false));
  const dateCell = (s) => ({ content: [p(r(s, { sz: 9, b: true, color: accent }), { before: 200 })] });
  b.push(section(P.work.map((w) => {
    const range = c.range(w.start, w.end, { style: 'MON', sep: ' –\n', present: 'NOW', season: w.season });
    c.work(w, { style: 'MON' });
    return [dateCell(range), { content: [
      p([r(w.position, { b: true }), r(' | '), r(w.company)], { style: 'Heading2' }),
      p(r(w.location, { i: true, color: '595959' }), { after: 40 }),
      ...w.bullets.map((x) => p(r(x), { style: 'ListBullet' })),
    ] }];
  })));
  b.push(plcHeading(c, 'Education', 'Heading1', false));
  b.push(section(P.education.map((e) => {
    const range = c.range(e.start, e.end, { style: 'MON', sep: ' –\n' });
    c.edu(e, { style: 'MON', score: true });
    return [dateCell(range), { content: [p([r(degree(e), { b: true }), r(' | '), r(e.institution)], { style: 'Heading2' }), ...(e.score ? [p(r(e.score, { i: true }))] : [p([], { after: 0 })])] }];
  })));
  b.push(plcHeading(c, 'Skills', 'Heading1', false));
  b.push(tbl(P.skills.map(([g, k]) => [{ content: [p(r(g, { b: true, sz: 9.5, color: accent }), { after: 40 })] }, { content: [p(r(k.join(' · ')), { after: 40 })] }]), { widths: [dw, W - dw], style: 'LayoutTable' }));
  c.skills(flatSkills(P));
  if (P.certs.length) {
    b.push(plcHeading(c, 'Certifications', 'Heading1', false));
    for (const x of P.certs) b.push(p(r(`${x.name} (${x.issuer}, ${x.year})`), { style: 'ListBullet' }));
    c.other('Certifications', P.certs.map((x) => `${x.name} (${x.issuer}, ${x.year})`));
  }
  if (P.languages.length) {
    b.push(plcHeading(c, 'Languages', 'Heading1', false));
    const s = P.languages.map(([l, v]) => `${l} – ${v}`);
    b.push(p(r(s.join('   |   '))));
    c.other('Languages', s);
  }
  c.key.layout = { columns: 1, notes: 'Office "Chronological" template: header table (name + title left, contact lines right-aligned), then per section a 2-column table (dates left, "Position | Company" right) whose rows are repeating-section content controls; date ranges in upper case split over two lines ("FEB 2021 –" / "NOW"). Headings are placeholder content controls (showingPlcHdr).' };
  return {
    c, description: 'Microsoft Office "Chronological" template look: header as a 2-cell table, one 2-column table per section with each row wrapped in a w15:repeatingSectionItem content control inside a w15:repeatingSection (row-level w:sdt inside w:tbl), date cells "FEB 2021 –<br/>NOW", headings as placeholder content controls, theme fonts, Heading1→2→3 basedOn chain, List Bullet numbering in the style.',
    pkg: { body: b.join(''), sect: sectPr({ page }), styles: officeStyles(accent, { h1Caps: false, titleSz: 24 }), numbering: bulletNumbering(accent), theme: themeXml('Cambria', 'Calibri'), fonts: ['Calibri', 'Cambria'], template: 'TM16402488' },
  };
}
