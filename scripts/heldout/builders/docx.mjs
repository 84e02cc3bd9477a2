// Three DOCX designs of the kind resume builders offer as "Download Word": written by hand as OOXML (no template
// copied). Each takes a persona and returns { docx (Buffer), key }; every printed field is recorded by Rec when printed.
import { Rec, circlePng } from './lib.mjs';
import { R, SYM, P, T, IMG, hyper, PAGE, stylesXml, numberingXml, docxPackage } from './ooxml.mjs';
import { skillItems } from './personas.mjs';

const NA = new Set(['USA', 'Canada']);
const place = (P_) => (NA.has(P_.country) ? P_.city : `${P_.city}, ${P_.country}`);

// Hyperlink relationships collected while printing.
class Links {
  constructor() { this.rels = []; }
  add(url) { const id = `rIdL${this.rels.length + 1}`; this.rels.push({ id, type: 'hyperlink', target: url }); return id; }
}

// ================================================================================================ 7. teal (DOCX)
// Teal-like "ATS-friendly" Word export: one column, centred name/title/contact line with " | " separators and
// hyperlinked URLs, Heading 1 section titles with a bottom rule, "Position<TAB>Month YYYY – Present" with a right
// tab stop, "Company | City" line, real Word bullet lists, skills as "Group: a, b, c" paragraphs.
export function teal(Pe) {
  const r = new Rec(), L = new Links();
  const pg = PAGE[Pe.paper], M = 864, TW = pg.w - 2 * M;
  const ACC = '0F766E';
  const b = [];
  const sep = R('  |  ', { color: '9CA3AF' });
  b.push(P(R(r.b('name', Pe.name), { b: true, sz: 22, color: '111827' }), { align: 'center' }));
  b.push(P(R(r.b('label', Pe.label), { sz: 11.5, color: ACC }), { align: 'center', after: 60 }));
  const contact = [R(r.b('location', place(Pe))), R(r.b('phone', Pe.phone)), R(r.b('email', Pe.email)),
    hyper(L.add(`https://${Pe.linkedin}`), R(r.profile(Pe.linkedin), { style: 'Hyperlink' }))];
  if (Pe.github) contact.push(hyper(L.add(`https://${Pe.github}`), R(r.profile(Pe.github), { style: 'Hyperlink' })));
  else if (Pe.website) contact.push(hyper(L.add(`https://${Pe.website}`), R(r.b('url', Pe.website), { style: 'Hyperlink' })));
  b.push(P(contact.flatMap((c, i) => (i ? [sep, c] : [c])), { align: 'center', after: 80, mark: { sz: 9.5 } }));
  const H = (t) => P(R(r.sec(t)), { style: 'Heading1' });
  b.push(H('SUMMARY'));
  b.push(P(R(r.b('summary', Pe.summary)), { after: 40 }));
  b.push(H('WORK EXPERIENCE'));
  for (const w of Pe.work) {
    const j = r.job();
    b.push(P([R(j.f('position', w.position), { b: true, sz: 10.5 }), R('\t'), R(j.dates(w, { style: 'MMMM YYYY' }), { color: '4B5563' })], { tabs: [[TW, 'right']], before: 120, keepNext: true }));
    b.push(P(R(`${j.f('name', w.company)} | ${j.f('location', w.location)}`, { i: true, color: '374151' }), { after: 40, keepNext: !!w.bullets.length }));
    for (const x of w.bullets) b.push(P(R(j.hl(x)), { numId: 1, style: 'ListParagraph', ind: { left: 360, hanging: 240 } }));
  }
  b.push(H('EDUCATION'));
  for (const ed of Pe.education) {
    const j = r.edu();
    b.push(P([R(`${j.f('studyType', ed.studyType)} in ${j.f('area', ed.area)}`, { b: true }), R('\t'), R(j.dates(ed, { style: 'MMMM YYYY' }), { color: '4B5563' })], { tabs: [[TW, 'right']], before: 80, keepNext: true }));
    b.push(P(R(`${j.f('institution', ed.institution)} | ${j.f('location', ed.location)}`, { i: true, color: '374151' })));
    if (ed.score) b.push(P(R(/\d/.test(ed.score) ? `GPA: ${j.f('score', ed.score)}` : `Honors: ${j.f('score', ed.score)}`)));
  }
  b.push(H('SKILLS'));
  for (const g of Pe.skillGroups) b.push(P([R(`${g.label}: `, { b: true }), R(g.items.map(([n]) => r.skill(n)).join(', '))], { after: 20 }));
  {
    const h = 'CERTIFICATIONS'; b.push(H(h)); const c = r.other(h);
    for (const x of Pe.certifications) { c({ name: x.name, issuer: x.issuer, date: x.date }); b.push(P(R(`${x.name} — ${x.issuer} (${x.date})`), { numId: 1, style: 'ListParagraph', ind: { left: 360, hanging: 240 } })); }
  }
  {
    const h = 'LANGUAGES'; b.push(H(h)); const l = r.other(h);
    b.push(P(R(Pe.languages.map(([a, f]) => { l({ language: a, fluency: f }); return `${a} (${f})`; }).join(', '))));
  }
  const docx = docxPackage({
    body: b.join(''), sect: { paper: Pe.paper, margins: { top: 792, bottom: 792, left: M, right: M } },
    styles: stylesXml({ font: 'Calibri', size: 10.5, color: '1F2937', link: ACC, heading: { size: 11.5, color: ACC, b: true, border: [8, ACC] } }),
    numbering: numberingXml([{ glyph: '•', font: 'Symbol', color: '374151' }]),
    rels: L.rels, title: `${Pe.name} Resume`, author: Pe.name,
  });
  const notes = 'Teal-like ATS Word export (hand-written OOXML): single column, Calibri; centred name, title and contact line "City | phone | e-mail | LinkedIn URL | GitHub URL or website" (URLs are w:hyperlink runs); Heading 1 section titles typed in capitals with a bottom border; "Position<TAB>Month YYYY – Present" with a right tab stop; italic "Company | City" line; Word bullet list (numbering.xml, Symbol •); skills as "Group: a, b, c" paragraphs; certifications as bullets. Sections in printed order.';
  return { docx, key: r.key(['main'], notes, 1) };
}

// ================================================================================================ 8. kick (DOCX)
// Kickresume-like Word download: a borderless layout table; row 1 a shaded full-width name band; row 2 the main
// cell (LEFT, ~65%) and a tinted sidebar cell (RIGHT) with a round photo placeholder picture, contact lines with
// Wingdings symbol characters (w:sym), skills with "●●●●○" ratings after a right tab, languages, certificates.
export function kick(Pe) {
  const r = new Rec(), L = new Links();
  const pg = PAGE[Pe.paper], M = 620, TW = pg.w - 2 * M;
  const W1 = Math.round(TW * 0.64), W2 = TW - W1;
  const ACC = '1E3A5F', ACC2 = 'E07A5F', SIDE = 'EEF1F5';
  // Band
  const band = [
    P(R(r.b('name', Pe.name), { b: true, sz: 25, color: 'FFFFFF' }), { before: 200 }),
    P(R(r.b('label', Pe.label), { sz: 12, color: 'F2CC8F', spacing: 10 }), { after: 200 }),
  ];
  // Main cell
  const m = [];
  const H = (t, col) => P([R('■ ', { color: ACC2, sz: 10 }), R(r.sec(t, col), { b: true, sz: 11.5, color: ACC, spacing: 16 })], { before: 220, after: 80, keepNext: true, border: { bottom: [6, 'D5DCE4', 2] } });
  m.push(H('PROFILE', 'main'));
  m.push(P(R(r.b('summary', Pe.summary)), { after: 40 }));
  m.push(H('WORK EXPERIENCE', 'main'));
  for (const w of Pe.work) {
    const j = r.job();
    m.push(P(R(j.dates(w, { style: 'MM/YYYY', sep: ' - ', present: 'Current' }), { sz: 8.5, color: '6B7280' }), { before: 140, keepNext: true }));
    m.push(P(R(j.f('position', w.position), { b: true, sz: 11 }), { keepNext: true }));
    m.push(P(R(`${j.f('name', w.company)} | ${j.f('location', w.location)}`, { color: ACC2, b: true, sz: 9.5 }), { after: 40, keepNext: !!w.bullets.length }));
    for (const x of w.bullets) m.push(P(R(j.hl(x)), { numId: 1, ind: { left: 300, hanging: 200 } }));
  }
  m.push(H('EDUCATION', 'main'));
  for (const ed of Pe.education) {
    const j = r.edu();
    m.push(P(R(j.dates(ed, { style: 'MM/YYYY', sep: ' - ' }), { sz: 8.5, color: '6B7280' }), { before: 120, keepNext: true }));
    m.push(P(R(`${j.f('studyType', ed.studyType)}, ${j.f('area', ed.area)}`, { b: true, sz: 10.5 }), { keepNext: true }));
    m.push(P(R(`${j.f('institution', ed.institution)} | ${j.f('location', ed.location)}`, { color: ACC2, b: true, sz: 9.5 })));
    if (ed.score) m.push(P(R(`Final grade: ${j.f('score', ed.score)}`, { sz: 9 })));
  }
  // Sidebar cell
  const s = [];
  s.push(P(IMG('rIdPhoto', 1188720, 1188720, 1), { align: 'center', before: 200, after: 120 }));
  const SH = (t) => P(R(r.sec(t, 'side'), { b: true, sz: 11, color: ACC, spacing: 16 }), { before: 200, after: 60, keepNext: true, border: { bottom: [6, ACC2, 2] } });
  s.push(SH('CONTACT'));
  const line = (icon, runs) => P([icon, R('  '), ...[].concat(runs)], { after: 50, mark: { sz: 9 } });
  s.push(line(SYM('Wingdings', 'F02A', { color: ACC2, sz: 10 }), R(r.b('email', Pe.email), { sz: 9 })));
  s.push(line(SYM('Wingdings', 'F028', { color: ACC2, sz: 10 }), R(r.b('phone', Pe.phone), { sz: 9 })));
  s.push(line(R('⌂', { color: ACC2, sz: 10 }), R(r.b('location', place(Pe)), { sz: 9 })));
  s.push(line(SYM('Wingdings', 'F03A', { color: ACC2, sz: 10 }), hyper(L.add(`https://${Pe.linkedin}`), R(r.profile(Pe.linkedin), { sz: 9, color: ACC }))));
  s.push(SH('SKILLS'));
  const SW = W2 - 400 - 40;
  for (const [n, lv] of skillItems(Pe)) {
    s.push(P([R(r.skill(n), { sz: 9 }), R('\t'), R('●'.repeat(lv), { color: ACC2, sz: 8 }), R('○'.repeat(5 - lv), { color: '9CA3AF', sz: 8 })], { tabs: [[SW, 'right']], after: 30 }));
  }
  {
    const h = 'LANGUAGES'; s.push(SH(h)); const l = r.other(h);
    for (const [a, f] of Pe.languages) { l({ language: a, fluency: f }); s.push(P([R(a, { b: true, sz: 9 }), R(` — ${f}`, { sz: 9, color: '4B5563' })], { after: 30 })); }
  }
  {
    const h = 'CERTIFICATES'; s.push(SH(h)); const c = r.other(h);
    for (const x of Pe.certifications) { c({ name: x.name, issuer: x.issuer, date: x.date }); s.push(P(R(x.name, { b: true, sz: 9 }), { keepNext: true })); s.push(P(R(`${x.issuer}, ${x.date}`, { sz: 8.5, color: '4B5563' }), { after: 60 })); }
  }
  {
    const h = 'HOBBIES'; s.push(SH(h)); const hb = r.other(h);
    s.push(P(R(Pe.interests.map((i) => hb(i)).join(', '), { sz: 9 }), { after: 120 }));
  }
  const table = T([
    [{ span: 2, shd: ACC, content: band, mar: { left: 360, right: 360 } }],
    [{ content: m, mar: { left: 240, right: 300 } }, { content: s, shd: SIDE, mar: { left: 200, right: 200 } }],
  ], { widths: [W1, W2] });
  const docx = docxPackage({
    body: table + P(R(''), { after: 0 }), sect: { paper: Pe.paper, margins: { top: 560, bottom: 560, left: M, right: M } },
    styles: stylesXml({ font: 'Carlito', size: 9.5, color: '1F2937', heading: { size: 12, color: ACC, b: true } }),
    numbering: numberingXml([{ glyph: '▪', font: 'Arial', color: ACC2, left: 300, hanging: 200 }]),
    rels: [...L.rels, { id: 'rIdPhoto', type: 'image', target: 'media/photo.png' }], media: { 'photo.png': circlePng(240) },
    title: `${Pe.name} - CV`, author: Pe.name, application: 'Kickresume-like export (synthetic)',
  });
  const notes = 'Kickresume-like Word download (hand-written OOXML, Carlito): one borderless table; row 1 a full-width navy band with the name (white) and title; row 2 = main cell LEFT (headings "■ PROFILE/WORK EXPERIENCE/EDUCATION" with a bottom rule; each role: grey "MM/YYYY - Current" line ABOVE the bold title, then an accent "Company | City" line, "▪" Word bullets) and a tinted sidebar cell RIGHT (round grey photo placeholder PNG, CONTACT lines whose icons are Wingdings w:sym characters (envelope F02A, phone F028, computer F03A) or "⌂", SKILLS as name<TAB>●●●○○ with a right tab, LANGUAGES "Name — Level", CERTIFICATES, HOBBIES). Sections: main cell first, then sidebar (the band above holds the name).';
  return { docx, key: r.key(['main', 'side'], notes, 2) };
}

// ================================================================================================ 9. novo (DOCX)
// Novoresume-like Word file: name, title, photo and contact live in the FIRST-PAGE HEADER part (header1.xml, titlePg);
// pages 2+ get a small running header. Body: summary paragraph without a heading, "■"-marked capital headings,
// experience and education as two-column tables (date/location cell LEFT, a timeline cell with a left border and
// "●" before each title RIGHT), skills as shaded "chips" (run shading), an Achievements box (one shaded cell),
// languages in a three-column table.
export function novo(Pe) {
  const r = new Rec(), L = new Links();
  const pg = PAGE[Pe.paper], M = 780, TW = pg.w - 2 * M;
  const ACC = '2B6CB0', SOFT = 'E3EEF9';
  // First-page header: photo | name + title | contact lines
  const HL = [];
  const hlink = (url) => { const id = `rIdH${HL.length + 1}`; HL.push({ id, type: 'hyperlink', target: url }); return id; };
  const cw = [1500, Math.round((TW - 1500) * 0.5)]; cw.push(TW - cw[0] - cw[1]);
  const contactLine = (glyph, runs) => P([R(glyph, { color: ACC }), R('  '), ...[].concat(runs)], { align: 'right', after: 20, mark: { sz: 9 } });
  const contact = [
    contactLine('✉', R(r.b('email', Pe.email), { sz: 9 })),
    contactLine('☎', R(r.b('phone', Pe.phone), { sz: 9 })),
    contactLine('⌂', R(r.b('location', place(Pe)), { sz: 9 })),
    P([R(' in ', { b: true, sz: 8, color: 'FFFFFF', shd: ACC }), R('  '), hyper(hlink(`https://${Pe.linkedin}`), R(r.profile(Pe.linkedin), { sz: 9 }))], { align: 'right', after: 20 }),
  ];
  if (Pe.website) contact.push(contactLine('⚑', hyper(hlink(`https://${Pe.website}`), R(r.b('url', Pe.website), { sz: 9 }))));
  const firstHeader = T([[
    { content: [P(IMG('rIdHPhoto', 822960, 822960, 10))], vAlign: 'center' },
    { content: [P(R(r.b('name', Pe.name), { b: true, sz: 21, color: ACC })), P(R(r.b('label', Pe.label), { sz: 11.5, color: '4A5568' }), { before: 40 })], vAlign: 'center' },
    { content: contact, vAlign: 'center' },
  ]], { widths: cw }) + P(R(''), { border: { bottom: [12, ACC, 4] }, after: 0 });
  const runningHeader = P([R(Pe.name, { b: true, color: ACC, sz: 9 }), R(`  ·  ${Pe.label}`, { sz: 9, color: '718096' })], { align: 'right', border: { bottom: [4, 'CBD5E0', 4] } });

  const b = [];
  b.push(P(R(r.b('summary', Pe.summary), { i: true, color: '2D3748' }), { before: 60, after: 60 }));
  const H = (t) => P([R('■ ', { color: ACC, sz: 9 }), R(r.sec(t), { b: true, sz: 11.5, color: ACC, spacing: 10 })], { before: 200, after: 80, keepNext: true, border: { bottom: [6, ACC, 2] } });
  const DW = 2300;
  const timelineRow = (left, right) => [
    { content: left, mar: { top: 60, bottom: 60 } },
    { content: right, borders: { left: [12, ACC] }, mar: { left: 220, top: 60, bottom: 60 } },
  ];
  b.push(H('WORK EXPERIENCE'));
  b.push(T(Pe.work.map((w) => {
    const j = r.job();
    const left = [P(R(j.dates(w, { style: 'MMM. YYYY', present: 'Ongoing' }), { b: true, sz: 9, color: '2D3748' })), P(R(j.f('location', w.location), { i: true, sz: 8.5, color: '718096' }))];
    const right = [P([R('● ', { color: ACC, sz: 9 }), R(j.f('position', w.position), { b: true, sz: 10.5 })], { ind: { left: 0 } }),
      P(R(j.f('name', w.company), { color: ACC, b: true }), { after: 40 }),
      ...w.bullets.map((x) => P(R(j.hl(x)), { numId: 1, ind: { left: 280, hanging: 200 } }))];
    return timelineRow(left, right);
  }), { widths: [DW, TW - DW] }));
  b.push(H('EDUCATION'));
  b.push(T(Pe.education.map((ed) => {
    const j = r.edu();
    const left = [P(R(j.dates(ed, { style: 'MMM. YYYY' }), { b: true, sz: 9, color: '2D3748' })), P(R(j.f('location', ed.location), { i: true, sz: 8.5, color: '718096' }))];
    const right = [P([R('● ', { color: ACC, sz: 9 }), R(j.f('studyType', ed.studyType), { b: true, sz: 10.5 }), R(', ', { b: true, sz: 10.5 }), R(j.f('area', ed.area), { b: true, sz: 10.5 })]),
      P(R(j.f('institution', ed.institution), { color: ACC, b: true })),
      ...(ed.score ? [P(R(`Honours: ${j.f('score', ed.score)}`, { sz: 9 }))] : [])];
    return timelineRow(left, right);
  }), { widths: [DW, TW - DW] }));
  b.push(H('SKILLS'));
  const chips = [];
  skillItems(Pe).forEach(([n], i) => { if (i) chips.push(R('   ')); chips.push(R(` ${r.skill(n)} `, { shd: SOFT, color: '1A365D', sz: 9.5 })); });
  b.push(P(chips, { line: 360 }));
  {
    const h = 'ACHIEVEMENTS'; b.push(H(h)); const a = r.other(h);
    b.push(T([[{ shd: 'F7FAFC', borders: { left: [24, ACC] }, mar: { left: 200, top: 80, bottom: 80 }, content: Pe.achievements.map(([t, d]) => { a({ title: t, summary: d }); return P([R('★ ', { color: ACC }), R(t, { b: true }), R(` — ${d}`)], { after: 40 }); }) }]], { widths: [TW], cantSplit: true }));
  }
  {
    const h = 'CERTIFICATES'; b.push(H(h)); const c = r.other(h);
    for (const x of Pe.certifications) { c({ name: x.name, issuer: x.issuer, date: x.date }); b.push(P([R(x.name, { b: true }), R(` (${x.date})`), R(`, ${x.issuer}`, { i: true, color: '4A5568' })], { after: 30 })); }
  }
  {
    const h = 'LANGUAGES'; b.push(H(h)); const l = r.other(h);
    const cols = Pe.languages.length;
    const w = Math.floor(TW / cols);
    b.push(T([Pe.languages.map(([a, f]) => { l({ language: a, fluency: f }); return { content: [P(R(a, { b: true }), { keepNext: true }), P(R(f, { i: true, color: '718096', sz: 9 }))] }; })], { widths: Array(cols).fill(w), cantSplit: true }));
  }
  {
    const h = 'INTERESTS'; b.push(H(h)); const it = r.other(h);
    b.push(P(Pe.interests.flatMap((x, i) => [...(i ? [R('   ')] : []), R(` ${it(x)} `, { shd: SOFT, color: '1A365D', sz: 9.5 })]), { line: 360 }));
  }
  const docx = docxPackage({
    body: b.join(''), sect: { paper: Pe.paper, margins: { top: 1000, bottom: 720, left: M, right: M, header: 400 }, titlePg: true },
    headers: [
      { type: 'first', xml: firstHeader, rels: [...HL, { id: 'rIdHPhoto', type: 'image', target: 'media/photo.png' }] },
      { type: 'default', xml: runningHeader },
    ],
    styles: stylesXml({ font: 'Liberation Sans', size: 9.5, color: '1A202C', link: ACC, heading: { size: 12, color: ACC, b: true } }),
    numbering: numberingXml([{ glyph: '–', color: ACC, left: 280, hanging: 200 }]),
    rels: L.rels, media: { 'photo.png': circlePng(240, [190, 198, 208]) },
    title: `${Pe.name} Resume`, author: Pe.name, application: 'Novoresume-like export (synthetic)',
  });
  const notes = 'Novoresume-like Word file (hand-written OOXML): the name, title, round photo placeholder and contact lines (✉ ☎ ⌂ glyphs, a white-on-blue " in " run before the LinkedIn URL, ⚑ before a website) are in the FIRST-PAGE HEADER part (word/header1.xml, w:titlePg), not in document.xml; pages 2+ carry a running header "Name · Title". Body: italic summary with no heading; "■"-marked capital headings with a rule; WORK EXPERIENCE and EDUCATION as two-column tables (LEFT cell: bold "Mon. YYYY – Ongoing" + italic location; RIGHT cell with a thick left border as timeline rule, "●" before the title, company in accent, "–" Word bullets); SKILLS and INTERESTS as shaded chips (run shading, separated by spaces); ACHIEVEMENTS in a shaded box (not work highlights); CERTIFICATES; LANGUAGES in a three-column table. Sections in printed order.';
  return { docx, key: r.key(['main'], notes, 1) };
}

export const DOCX_DESIGNS = { teal, kick, novo };
