// Twelve Word / Google Docs style resume designs. Each template takes a persona and returns the DOCX parts
// plus the answer key, built from the same data as it is printed (so the key holds only what is on the page).
import { r, p, tbl, textBox, hyperlink, field, numberingXml, stylesXml, pageBreak } from './ooxml.mjs';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASON = ['Winter', 'Winter', 'Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Fall', 'Fall', 'Fall', 'Winter'];

export function fmtDate(d, style) {
  const [y, m] = d.split('-');
  const i = +m - 1;
  switch (style) {
    case 'mon': return `${MON[i]} ${y}`;
    case 'mon.': return i === 4 ? `May ${y}` : `${MON[i]}. ${y}`;
    case 'month': return `${MONTH[i]} ${y}`;
    case 'MONTH': return `${MONTH[i].toUpperCase()} ${y}`;
    case 'mm/yyyy': return `${m}/${y}`;
    case 'mm.yyyy': return `${m}.${y}`;
    case 'yyyy': return y;
    case 'season': return `${SEASON[i]} ${y}`;
    default: throw new Error(style);
  }
}
const keyDate = (d, style) => (['yyyy', 'season'].includes(style) ? d.slice(0, 4) : d);

// Per-case context: collects the key and the printed strings to check against the rendered text.
function ctx(P) {
  const key = { basics: {}, work: [], education: [], skills: [], sections: [] };
  const printed = [];   // date strings etc. that must be in the text
  const links = [];     // {id, url}
  return {
    P, key, printed, links,
    H(text) { key.sections.push(text); return text; },
    range(start, end, { style = 'mon', sep = ' – ', present = 'Present' } = {}) {
      const s = fmtDate(start, style), e = end ? fmtDate(end, style) : present;
      printed.push(s, e);
      return `${s}${sep}${e}`;
    },
    work(w, { style = 'mon', location = true, highlights = true } = {}) {
      const k = { name: w.company, position: w.position };
      if (location) k.location = w.location;
      k.startDate = keyDate(w.start, style);
      k.endDate = w.end ? keyDate(w.end, style) : 'present';
      if (highlights && w.bullets.length) k.highlights = [...w.bullets];
      key.work.push(k);
    },
    edu(e, { style = 'mon', start = true, location = false, score = false } = {}) {
      const k = { institution: e.institution, studyType: e.studyType, area: e.area };
      if (location) k.location = e.location;
      if (start) k.startDate = keyDate(e.start, style);
      k.endDate = keyDate(e.end, style);
      if (score && e.score) k.score = e.score;
      key.education.push(k);
    },
    skills(list) { key.skills.push(...list); },
    other(heading, items) { (key.otherSections ??= []).push({ heading, items }); },
    link(url) { const id = `rIdLink${links.length + 1}`; links.push({ id, url }); return id; },
  };
}
const flatSkills = (P) => P.skills.flatMap(([, k]) => k);
const US = (P) => /, [A-Z]{2}$/.test(P.location);
const LETTER = { w: 12240, h: 15840 };
const A4 = { w: 11906, h: 16838 };
const langLine = (P, fmt = (l, v) => `${l} (${v})`) => P.languages.map(([l, v]) => fmt(l, v));
const certLine = (c) => `${c.name}, ${c.issuer} (${c.year})`;
const degree = (e, sep = ' in ') => `${e.studyType}${sep}${e.area}`;

// Symbol-font bullet as Word writes it (private-use code point U+F0B7 in the Symbol font).
const SYMBOL_BULLET = { text: '\uF0B7', font: 'Symbol' };

// ================================================================================================
// 1. Classic single column: centred name, " | " contact line, ALL-CAPS headings with a bottom border,
//    company left + location right, italic title left + dates right on a right tab stop.
export function classic(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1080;
  const numbering = numberingXml([{ levels: [{ ...SYMBOL_BULLET, left: 360, hanging: 360 }] }]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 11.5 }), { bottomBorder: { sz: 8, space: 1 }, before: 220, after: 100, keepNext: true });
  const right = { tabs: [[W, 'right']] };
  const b = [];
  b.push(p(r(P.name, { b: true, sz: 22 }), { align: 'center' }));
  b.push(p(r(P.label, { sz: 12 }), { align: 'center', after: 40 }));
  b.push(p(r(`${P.location} | ${P.phone} | ${P.email} | linkedin.com/in/${P.linkedin}`, { sz: 10 }), { align: 'center', after: 60 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`] });
  b.push(H('PROFESSIONAL SUMMARY'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('PROFESSIONAL EXPERIENCE'));
  for (const w of P.work) {
    b.push(p([r(w.company, { b: true }), r('\t' + w.location)], { ...right, before: 120, keepNext: true }));
    b.push(p([r(w.position, { i: true }), r('\t' + c.range(w.start, w.end))], { ...right, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, style: 'ListParagraph', ind: { left: 360, hanging: 360 }, after: 40 }));
    c.work(w);
  }
  b.push(H('TECHNICAL SKILLS'));
  for (const [g, k] of P.skills) b.push(p([r(`${g}: `, { b: true }), r(k.join(', '))], { after: 20 }));
  c.skills(flatSkills(P));
  b.push(H('EDUCATION'));
  for (const e of P.education) {
    b.push(p([r(e.institution, { b: true }), r('\t' + e.location)], { ...right, keepNext: true }));
    b.push(p([r(degree(e), { i: true }), r('\t' + c.range(e.start, e.end))], right));
    if (e.score) b.push(p(r(e.score)));
    c.edu(e, { location: true, score: true });
  }
  b.push(H('CERTIFICATIONS'));
  for (const x of P.certs) b.push(p(r(certLine(x)), { numId: 1, style: 'ListParagraph', ind: { left: 360, hanging: 360 } }));
  c.other('CERTIFICATIONS', P.certs.map(certLine));
  b.push(H('AWARDS'));
  for (const x of P.awards) b.push(p(r(x), { numId: 1, style: 'ListParagraph', ind: { left: 360, hanging: 360 } }));
  c.other('AWARDS', P.awards);
  b.push(H('LANGUAGES'));
  b.push(p(r(langLine(P).join(', '))));
  c.other('LANGUAGES', langLine(P));
  const footer = p([r(`${P.name} – Page `, { sz: 8, color: '808080' }), field('PAGE', '1', { sz: 8, color: '808080' }), r(' of ', { sz: 8, color: '808080' }), field('NUMPAGES', '2', { sz: 8, color: '808080' })], { align: 'right' });
  c.key.layout = { columns: 1, notes: 'Classic single column; company + location and title + dates on right-aligned tab stops; footer "Name – Page N of M" on every page.' };
  return { c, page, body: b.join(''), numbering, footer, styles: stylesXml({ font: 'Calibri', size: 11.5, line: 264 }), fonts: ['Calibri', 'Symbol'],
    description: 'Classic single column (Word "Simple/Classic" look): centred name and title, one contact line with " | " separators, ALL-CAPS section headings with a bottom paragraph border, company left and location right on a right-aligned tab stop, italic job title left and dates right, Symbol-font bullets (U+F0B7) from numbering.xml, "Page N of M" footer with PAGE/NUMPAGES fields.' };
}

// ================================================================================================
// 2. Two columns from one borderless table: shaded left sidebar (contact, skills, languages, education),
//    right column (profile, experience, certifications).
export function sidebarTable(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const margin = 900;
  const W = page.w - 2 * margin;
  const widths = [3700, W - 3700];
  const accent = '2E5C8A';
  const numbering = numberingXml([{ levels: [{ text: '•', font: 'Cambria', left: 284, hanging: 284, color: accent }] }]);
  const LH = (t) => p(r(c.H(t), { b: true, sz: 10.5, color: accent, spacing: 20 }), { before: 240, after: 80, keepNext: true });
  const RH = (t) => p(r(c.H(t), { b: true, sz: 12, color: accent, spacing: 20 }), { before: 200, after: 80, keepNext: true, bottomBorder: { sz: 4, color: accent } });
  const top = [
    p(r(P.name, { sz: 26, color: '1F1F1F' }), { after: 0 }),
    p(r(P.label, { sz: 13, color: accent }), { after: 200 }),
  ];
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`, `github.com/${P.github}`] });
  const L = [];
  L.push(LH('CONTACT'));
  for (const t of [P.phone, P.email, P.location, `linkedin.com/in/${P.linkedin}`, `github.com/${P.github}`]) L.push(p(r(t, { sz: 9 }), { after: 40 }));
  L.push(LH('SKILLS'));
  for (const k of flatSkills(P)) L.push(p(r(k, { sz: 9.5 }), { after: 30 }));
  c.skills(flatSkills(P));
  L.push(LH('LANGUAGES'));
  for (const [l, v] of P.languages) L.push(p([r(l, { sz: 9.5, b: true }), r(` – ${v}`, { sz: 9.5 })], { after: 30 }));
  c.other('LANGUAGES', P.languages.map(([l, v]) => `${l} – ${v}`));
  L.push(LH('EDUCATION'));
  for (const e of P.education) {
    L.push(p(r(degree(e), { sz: 9.5, b: true }), { after: 0 }));
    L.push(p(r(e.institution, { sz: 9.5 }), { after: 0 }));
    L.push(p(r(c.range(e.start, e.end, { style: 'yyyy' }), { sz: 9.5, color: '666666' }), { after: 120 }));
    c.edu(e, { style: 'yyyy' });
  }
  const R = [];
  R.push(RH('PROFILE'));
  R.push(p(r(P.summary), { after: 60 }));
  c.key.basics.summary = P.summary;
  R.push(RH('EXPERIENCE'));
  for (const w of P.work) {
    R.push(p(r(w.position, { b: true, sz: 11 }), { before: 140, keepNext: true }));
    R.push(p(r(`${w.company} | ${w.location}`), { keepNext: true }));
    R.push(p(r(c.range(w.start, w.end, { style: 'mm/yyyy' }), { sz: 9.5, color: '666666' }), { after: 60, keepNext: true }));
    for (const x of w.bullets) R.push(p(r(x), { numId: 1, ind: { left: 284, hanging: 284 }, after: 30 }));
    c.work(w, { style: 'mm/yyyy' });
  }
  R.push(RH('CERTIFICATIONS'));
  for (const x of P.certs) R.push(p(r(`${x.name} – ${x.issuer}, ${x.year}`), { after: 40 }));
  c.other('CERTIFICATIONS', P.certs.map((x) => `${x.name} – ${x.issuer}, ${x.year}`));
  const body = top.join('') + tbl([[{ content: L, shd: 'EAF0F6', margins: { left: 160, right: 160 } }, { content: R, margins: { left: 300, right: 100 } }]], { widths }) + p();
  c.key.layout = { columns: 2, notes: 'One borderless 1x2 table: shaded left sidebar (CONTACT, SKILLS, LANGUAGES, EDUCATION) and right column (PROFILE, EXPERIENCE, CERTIFICATIONS); sections listed left column first. Name and title above the table.' };
  return { c, page: { ...page, left: margin, right: margin, top: 900, bottom: 900 }, body, numbering, styles: stylesXml({ font: 'Cambria', size: 10 }), fonts: ['Cambria'],
    description: 'Two-column resume built from a single borderless table row (the usual Word "sidebar" template): left cell shaded, holding contact details, one-skill-per-line list, languages and education (year-only dates); right cell with profile, experience (title / "Company | City" / MM/YYYY dates) and certifications.' };
}

// ================================================================================================
// 3. Contact details in the page header part; name and title in a floating text box (wps + VML fallback).
export function headerTextbox(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const accent = '1F4E79';
  const numbering = numberingXml([{ levels: [{ text: '–', font: 'Calibri', left: 340, hanging: 340 }] }]);
  const extra = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionHeading"><w:name w:val="Section Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="280" w:after="100"/></w:pPr><w:rPr><w:b/><w:color w:val="${accent}"/><w:sz w:val="26"/></w:rPr></w:style>`;
  const H = (t) => p(r(c.H(t)), { style: 'SectionHeading' });
  const header = p([r(`${P.email}  ·  ${P.phone}  ·  ${P.location}  ·  github.com/${P.github}`, { sz: 9, color: '595959' })], { align: 'right', bottomBorder: { sz: 4, color: 'A6A6A6', space: 4 } });
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  const b = [];
  b.push(p(textBox([
    p(r(P.name, { sz: 28, b: true, color: accent })),
    p(r(P.label, { sz: 13, color: '404040' })),
  ], { cx: 5943600, cy: 822960 })));
  b.push(H('Profile'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Professional Experience'));
  for (const w of P.work) {
    b.push(p([r(w.position, { b: true }), r(` — ${w.company}`)], { before: 140, keepNext: true }));
    b.push(p(r(`${c.range(w.start, w.end, { style: 'mm/yyyy', present: 'present' })} | ${w.location}`, { sz: 9.5, color: '7F7F7F' }), { after: 40, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: 340, hanging: 340 } }));
    c.work(w, { style: 'mm/yyyy' });
  }
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(p([r(`${g}: `, { b: true }), r(k.join(', '))], { after: 20 }));
  c.skills(flatSkills(P));
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(degree(e, ', '), { b: true }), r(` — ${e.institution}`)], { keepNext: true }));
    b.push(p(r(c.range(e.start, e.end, { style: 'mm/yyyy' }), { sz: 9.5, color: '7F7F7F' }), { after: 80 }));
    c.edu(e, { style: 'mm/yyyy' });
  }
  b.push(H('Languages'));
  b.push(p(r(langLine(P).join('  ·  '))));
  c.other('Languages', langLine(P));
  b.push(H('Certifications'));
  for (const x of P.certs) b.push(p(r(certLine(x))));
  c.other('Certifications', P.certs.map(certLine));
  c.key.layout = { columns: 1, notes: 'E-mail, phone, location and GitHub are in the page HEADER part (repeated on every page of the PDF); name and title are in a floating text box (wps:txbx with a VML v:textbox fallback holding the same paragraphs).' };
  return { c, page: { ...page, top: 1300, header: 500 }, body: b.join(''), header, numbering, styles: stylesXml({ font: 'Calibri', size: 11.5, line: 276, after: 40, extra }), fonts: ['Calibri'],
    description: 'Contact line in the page header part (header1.xml), name and title in an anchored DrawingML text box (mc:AlternateContent: wps:wsp/wps:txbx, VML fallback with the same text), custom paragraph style "Section Heading", en-dash bullets from numbering.xml, MM/YYYY dates with lower-case "present".' };
}

// ================================================================================================
// 4. Word built-in Title / Subtitle / Heading 1 / Heading 2 styles; dates on their own line in italics.
export function builtinHeadings(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const blue = '2F5496';
  const numbering = numberingXml([{ levels: [{ ...SYMBOL_BULLET, left: 720, hanging: 360 }] }]);
  const styles = stylesXml({ font: 'Calibri', size: 11, after: 80, line: 259, headings: {
    title: { sz: 26, color: '262626', font: 'Calibri Light', after: 0 },
    subtitle: { sz: 13, color: '5A5A5A', after: 120 },
    h1: { sz: 14, color: blue, font: 'Calibri Light', before: 240, after: 60 },
    h2: { sz: 12, b: true, color: '262626', before: 160, after: 0 },
  } });
  const b = [];
  b.push(p(r(P.name), { style: 'Title' }));
  b.push(p(r(P.label), { style: 'Subtitle' }));
  b.push(p(r(`${P.location} • ${P.phone} • ${P.email} • linkedin.com/in/${P.linkedin}`)));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`] });
  b.push(p(r(c.H('Summary')), { style: 'Heading1' }));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(p(r(c.H('Work History')), { style: 'Heading1' }));
  for (const w of P.work) {
    b.push(p(r(w.position), { style: 'Heading2' }));
    b.push(p(r(`${w.company} — ${w.location}`), { after: 0, keepNext: true }));
    b.push(p(r(c.range(w.start, w.end, { style: 'month' }), { i: true, color: '595959' }), { after: 60, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { style: 'ListParagraph', numId: 1, after: 0 }));
    c.work(w, { style: 'month' });
  }
  b.push(p(r(c.H('Skills')), { style: 'Heading1' }));
  b.push(p(r(flatSkills(P).join(' · '))));
  c.skills(flatSkills(P));
  b.push(p(r(c.H('Education')), { style: 'Heading1' }));
  for (const e of P.education) {
    b.push(p(r(degree(e)), { style: 'Heading2' }));
    b.push(p(r(`${e.institution} — ${e.location}`), { after: 0 }));
    const d = fmtDate(e.end, 'season'); c.printed.push(d);
    b.push(p(r(d, { i: true, color: '595959' })));
    c.edu(e, { style: 'season', start: false, location: true });
  }
  b.push(p(r(c.H('Certifications')), { style: 'Heading1' }));
  for (const x of P.certs) b.push(p(r(`${x.name} — ${x.issuer}, ${x.year}`), { after: 0 }));
  c.other('Certifications', P.certs.map((x) => `${x.name} — ${x.issuer}, ${x.year}`));
  c.key.layout = { columns: 1, notes: 'Headings use the built-in Heading 1 style (outline level 0), job titles and degrees Heading 2; name in Title, label in Subtitle. Dates on their own italic line; education shows only a season + year of graduation (endDate only).' };
  return { c, page, body: b.join(''), numbering, styles, fonts: ['Calibri', 'Calibri Light', 'Symbol'],
    description: 'Word built-in styles: Title (name), Subtitle (label), Heading 1 (section titles), Heading 2 (job titles and degrees); "Company — City" line, then the dates alone on an italic line with full month names ("June 2021 – Present"); skills as one " · " separated line; graduation printed as a season ("Spring 2018").' };
}

// ================================================================================================
// 5. "Title, Company — City" in a table cell with the dates in a second, right-aligned cell.
export function titleDatesCells(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1000;
  const widths = [W - 2400, 2400];
  const numbering = numberingXml([{ levels: [{ text: '–', font: 'Arial', left: 340, hanging: 227 }] }]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 11, color: '7B2C2C' }), { before: 240, after: 80, keepNext: true, topBorder: { sz: 12, color: '7B2C2C', space: 4 } });
  const entry = (left, dates) => tbl([[{ content: p(r(left, { b: true }), { keepNext: true }), margins: { left: 0 } }, { content: p(r(dates, { color: '444444' }), { align: 'right', keepNext: true }), margins: { right: 0 } }]], { widths, cantSplit: true });
  const b = [];
  b.push(p(r(P.name, { b: true, sz: 20 })));
  b.push(p(r(P.label, { sz: 12, color: '7B2C2C' }), { after: 60 }));
  b.push(p(r(`${P.location} · ${P.phone} · ${P.email}`, { sz: 9 })));
  b.push(p(r(`github.com/${P.github} · linkedin.com/in/${P.linkedin}`, { sz: 9 }), { after: 80 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`, `linkedin.com/in/${P.linkedin}`] });
  b.push(H('Profile'));
  b.push(p(r(P.summary), { align: 'both' }));
  c.key.basics.summary = P.summary;
  b.push(H('Employment'));
  for (const w of P.work) {
    b.push(entry(`${w.position}, ${w.company} — ${w.location}`, c.range(w.start, w.end, { style: 'mon.' })));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: 340, hanging: 227 } }));
    b.push(p('', { after: 0, rpr: { sz: 5 } }));
    c.work(w, { style: 'mon.' });
  }
  b.push(H('Technical Skills'));
  for (const [g, k] of P.skills) b.push(p([r(`${g} — `, { b: true }), r(k.join(', '))]));
  c.skills(flatSkills(P));
  b.push(H('Education & Training'));
  for (const e of P.education) {
    b.push(entry(`${degree(e, ' ')}, ${e.institution} — ${e.location}`, c.range(e.start, e.end, { style: 'yyyy' })));
    c.edu(e, { style: 'yyyy', location: true });
  }
  b.push(H('Certifications'));
  for (const x of P.certs) b.push(entry(`${x.name} (${x.issuer})`, x.year));
  c.other('Certifications', P.certs.map((x) => ({ title: x.name, issuer: x.issuer, date: x.year })));
  c.printed.push(...P.certs.map((x) => `${x.name} (${x.issuer})`));
  b.push(H('Languages'));
  b.push(p(r(langLine(P).join(' · '))));
  c.other('Languages', langLine(P));
  c.key.layout = { columns: 1, notes: 'Each role header is a borderless 1x2 table: "Position, Company — City" in the left cell, dates right-aligned in the right cell. Headings have a top border.' };
  return { c, page: { ...page, left: 1000, right: 1000 }, body: b.join(''), numbering, styles: stylesXml({ font: 'Arial', size: 10 }), fonts: ['Arial'],
    description: 'Role headers as borderless two-cell tables: "Position, Company — City" bold in the left cell, "Feb. 2021 – Present" right-aligned in the right cell (abbreviated months with a dot, "May" without); en-dash bullets; headings with a top rule; education and certifications use the same table rows with year-only dates.' };
}

// ================================================================================================
// 6. Lists via numbering.xml with different bullet glyphs per section (Symbol \uF0B7, Wingdings §, Ø, ü, "o", "–").
export function bulletGlyphs(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1000;
  const numbering = numberingXml([
    { levels: [{ ...SYMBOL_BULLET, left: 360, hanging: 360 }, { text: 'o', font: 'Courier New', left: 1080, hanging: 360 }] }, // 1 experience
    { levels: [{ text: '\u00D8', font: 'Wingdings', left: 360, hanging: 360 }, { text: 'o', font: 'Courier New', left: 900, hanging: 360 }] }, // 2 projects: Ø arrow, o
    { levels: [{ text: '\u00A7', font: 'Wingdings', left: 360, hanging: 360 }] }, // 3 skills: § square
    { levels: [{ text: '–', font: 'Calibri', left: 360, hanging: 360 }] }, // 4 activities
    { levels: [{ text: '\u00FC', font: 'Wingdings', left: 360, hanging: 360 }] }, // 5 awards: ü check mark
  ]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 11 }), { shd: 'D9D9D9', before: 200, after: 80, keepNext: true });
  const right = { tabs: [[W, 'right']] };
  const b = [];
  b.push(p(r(P.name.toUpperCase(), { b: true, sz: 20, spacing: 40 }), { align: 'center' }));
  b.push(p(r(`${P.phone} | ${P.email} | github.com/${P.github} | ${P.location}`, { sz: 9.5 }), { align: 'center', after: 120 }));
  Object.assign(c.key.basics, { name: P.name.toUpperCase(), email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  b.push(H('EDUCATION'));
  for (const e of P.education) {
    b.push(p([r(e.institution, { b: true }), r('\t' + c.range(e.start, e.end))], { ...right, keepNext: true }));
    b.push(p(r(degree(e) + (e.score ? `, ${e.score}` : ''), { i: true }), { after: 60 }));
    c.edu(e, { score: !!e.score });
  }
  b.push(H('INTERNSHIP EXPERIENCE'));
  for (const w of P.work) {
    b.push(p([r(w.company, { b: true }), r(`, ${w.location}`), r('\t' + c.range(w.start, w.end))], { ...right, before: 80, keepNext: true }));
    b.push(p(r(w.position, { i: true }), { keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ilvl: 0 }));
    c.work(w);
  }
  if (P.projects) {
    b.push(H('PROJECTS'));
    c.key.projects = [];
    for (const pr of P.projects) {
      b.push(p([r(pr.name, { b: true }), r(` (${pr.tech})`)], { numId: 2, ilvl: 0, keepNext: true }));
      for (const x of pr.bullets) b.push(p(r(x), { numId: 2, ilvl: 1 }));
      c.key.projects.push({ name: pr.name, keywords: pr.tech.split(', '), highlights: pr.bullets });
    }
  }
  b.push(H('TECHNICAL SKILLS'));
  for (const [g, k] of P.skills) b.push(p([r(`${g}: `, { b: true }), r(k.join(', '))], { numId: 3 }));
  c.skills(flatSkills(P));
  if (P.activities) {
    b.push(H('CO-CURRICULAR ACTIVITIES'));
    for (const x of P.activities) b.push(p(r(x), { numId: 4 }));
    c.other('CO-CURRICULAR ACTIVITIES', P.activities);
  }
  b.push(H('AWARDS'));
  for (const x of P.awards) b.push(p(r(x), { numId: 5 }));
  c.other('AWARDS', P.awards);
  c.key.layout = { columns: 1, notes: 'Name printed in capitals. Bullet glyphs differ per section: Symbol U+F0B7 (experience), Wingdings U+00D8 arrow with Courier "o" sub-bullets (projects; nested bullets flattened into projects[].highlights), Wingdings U+00A7 square (skills), en dash (activities), Wingdings U+00FC check mark (awards). Headings are grey-shaded paragraphs.' };
  return { c, page: { ...page, left: 1000, right: 1000 }, body: b.join(''), numbering, styles: stylesXml({ font: 'Calibri', size: 10.5 }), fonts: ['Calibri', 'Symbol', 'Wingdings', 'Courier New'],
    description: 'New-graduate layout with education first and bullet glyphs from numbering.xml that differ per list: Symbol U+F0B7, Wingdings "Ø" (arrow) with Courier New "o" second-level bullets, Wingdings "§" (square) for labelled skill lines, "–" and Wingdings "ü" (check mark). Headings are grey-shaded paragraph bands; company + location left, dates on a right tab.' };
}

// ================================================================================================
// 7. Skills as a 3-column table of keywords under "Core Skills".
export function skillsGrid(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1080;
  const accent = '385623';
  const numbering = numberingXml([{ levels: [{ text: '\u25AA', font: 'Arial', left: 284, hanging: 284, color: accent }] }]);
  const H = (t) => p(r(c.H(t), { b: true, smallCaps: false, sz: 12, color: accent }), { bottomBorder: { sz: 12, color: accent, space: 1 }, before: 240, after: 100, keepNext: true });
  const right = { tabs: [[W, 'right']] };
  const b = [];
  b.push(p(r(P.name, { sz: 24, b: true })));
  b.push(p(r(`${P.label} | ${P.location} | ${P.phone} | ${P.email}`, { sz: 10, color: '404040' }), { after: 60 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location });
  b.push(H('PROFESSIONAL SUMMARY'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('CORE SKILLS'));
  const kws = flatSkills(P);
  const rows = [];
  const per = Math.ceil(kws.length / 3);
  for (let i = 0; i < per; i++) rows.push([0, 1, 2].map((col) => { const k = kws[col * per + i]; return { content: k ? p(r(k), { numId: 1, ind: { left: 284, hanging: 284 } }) : p() }; }));
  b.push(tbl(rows, { widths: [Math.floor(W / 3), Math.floor(W / 3), W - 2 * Math.floor(W / 3)] }));
  c.skills(kws);
  b.push(H('PROFESSIONAL EXPERIENCE'));
  for (const w of P.work) {
    b.push(p([r(w.position, { b: true }), r(` | ${w.company}`), r('\t' + c.range(w.start, w.end, { style: 'mm/yyyy', sep: ' - ' }))], { ...right, before: 120, keepNext: true }));
    b.push(p(r(w.location, { i: true, color: '595959' }), { keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: 284, hanging: 284 } }));
    c.work(w, { style: 'mm/yyyy' });
  }
  b.push(H('EDUCATION'));
  for (const e of P.education) {
    b.push(p([r(degree(e, ', '), { b: true }), r(` | ${e.institution}`), r('\t' + c.range(e.start, e.end, { style: 'mm/yyyy', sep: ' - ' }))], right));
    c.edu(e, { style: 'mm/yyyy' });
  }
  b.push(H('CERTIFICATIONS'));
  for (const x of P.certs) b.push(p([r(x.name, { b: true }), r(`, ${x.issuer}`), r('\t' + x.year)], right));
  c.other('CERTIFICATIONS', P.certs.map((x) => ({ title: x.name, issuer: x.issuer, date: x.year })));
  c.printed.push(...P.certs.map((x) => x.name));
  c.key.layout = { columns: 1, notes: 'Core skills are a borderless 3-column table of keywords (filled column by column) with ▪ bullets; "Position | Company" left, MM/YYYY dates on a right tab; label printed at the start of the contact line.' };
  return { c, page, body: b.join(''), numbering, styles: stylesXml({ font: 'Cambria', size: 10.5 }), fonts: ['Cambria', 'Arial'],
    description: '"Core Skills" as a borderless 3-column table of single keywords (▪ bullets from numbering.xml, filled column-major so reading row by row mixes groups); "Position | Company" with MM/YYYY - MM/YYYY dates on a right tab and the city on the next line in italics; title printed inside the contact line ("Data Analyst | Columbus, OH | ...").' };
}

// ================================================================================================
// 8. Google Docs export: no named styles (everything is direct formatting), spacing via empty paragraphs,
//    headings are just bigger bold runs, runs split mid-word, "●"/"○" bullets.
export function googleDocs(P) {
  const c = ctx(P);
  const page = LETTER;
  const font = 'Arial';
  const numbering = numberingXml([{ levels: [{ text: '●', left: 720, hanging: 360 }, { text: '○', left: 1440, hanging: 360 }] }]);
  // Google Docs often splits a run in the middle of a word (spell-check / revision boundaries).
  const g = (text, o = {}) => {
    const t = String(text);
    const o2 = { font, color: '000000', sz: 11, ...o };
    if (t.length > 14) { const k = Math.floor(t.length / 2) + 1; return r(t.slice(0, k), o2) + r(t.slice(k), o2); }
    return r(t, o2);
  };
  const gp = (content, o = {}) => p(content, { before: 0, after: 0, line: 276, ...o });
  const empty = () => gp(g(''));
  const H = (t) => empty() + gp(g(c.H(t), { b: true, sz: 14 }));
  const b = [];
  b.push(gp(g(P.name, { b: true, sz: 20 })));
  b.push(gp(g(P.label, { sz: 12, color: '666666' })));
  b.push(gp(g(`${P.email} | ${P.phone} | ${P.location}`)));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location });
  b.push(H('Summary'));
  b.push(gp(g(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Work Experience'));
  for (const w of P.work) {
    b.push(empty());
    b.push(gp([g(w.company, { b: true }), g(`, ${w.location} — `), g(w.position, { i: true })]));
    b.push(gp(g(c.range(w.start, w.end, { style: 'MONTH', sep: ' - ', present: 'PRESENT' }), { sz: 9, color: '666666' })));
    for (const x of w.bullets) b.push(gp(g(x), { numId: 1, ind: { left: 720, hanging: 360 } }));
    c.work(w, { style: 'month' });
  }
  b.push(H('Skills'));
  for (const [gname, k] of P.skills) b.push(gp([g(`${gname}: `, { b: true }), g(k.join(', '))], { numId: 1, ind: { left: 720, hanging: 360 } }));
  c.skills(flatSkills(P));
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(empty());
    b.push(gp([g(e.institution, { b: true }), g(`, ${e.location} — `), g(degree(e), { i: true })]));
    b.push(gp(g(c.range(e.start, e.end, { style: 'MONTH', sep: ' - ' }), { sz: 9, color: '666666' })));
    c.edu(e, { style: 'month', location: true });
  }
  b.push(H('Awards'));
  for (const x of P.awards) b.push(gp(g(x), { numId: 1, ind: { left: 720, hanging: 360 } }));
  c.other('Awards', P.awards);
  b.push(H('Languages'));
  b.push(gp(g(langLine(P).join(', '))));
  c.other('Languages', langLine(P));
  // Google Docs exports: docDefaults only, a bare Normal style, explicit fonts and sizes on every run.
  const styles = stylesXml({ font, size: 11, line: 276 });
  c.key.layout = { columns: 1, notes: 'Google Docs export style: only Normal style, all formatting direct; headings are 14pt bold runs preceded by an empty paragraph; long runs split mid-word; dates in capitals with full month names ("FEBRUARY 2021 - PRESENT"); "Company, City — Position" header line.' };
  return { c, page: { ...page, top: 1440, bottom: 1440, left: 1440, right: 1440 }, body: b.join(''), numbering, styles, fonts: [font], app: 'Google Docs',
    description: 'Mimics a Google Docs "Download as .docx": no named styles besides Normal, every run carries explicit font/size/colour, section headings are just larger bold runs, vertical spacing via empty paragraphs, text runs split in the middle of words, "●"/"○" bullets, 1-inch margins on US Letter, "Company, City — Position" line then dates in capitals.' };
}

// ================================================================================================
// 9. "Modern" template: one table, a coloured left band with the section title in the left cell of each row.
export function modernBand(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const margin = 720;
  const W = page.w - 2 * margin;
  const widths = [2300, W - 2300];
  const band = '1F3A4D';
  const numbering = numberingXml([{ levels: [{ text: '\u25AA', font: 'Arial', left: 284, hanging: 284, color: band }] }]);
  const right = { tabs: [[widths[1] - 300, 'right']] };
  const row = (title, content) => [{ content: p(r(c.H(title.toUpperCase()) && title, { b: true, caps: true, color: 'FFFFFF', sz: 10.5, spacing: 30 }), { before: 120 }), shd: band, margins: { left: 200, right: 120 } },
    { content, margins: { left: 300, right: 200, bottom: 160 } }];
  const rows = [];
  rows.push([{ content: p(), shd: band }, { content: [
    p(r(P.name, { sz: 26, b: true, color: band }), { before: 120 }),
    p(r(P.label, { sz: 13, color: '4F81BD' }), { after: 80 }),
    p(r(`${P.location}  |  ${P.phone}  |  ${P.email}  |  linkedin.com/in/${P.linkedin}`, { sz: 9 }), { after: 120 }),
  ], margins: { left: 300, right: 200 } }]);
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`] });
  rows.push(row('Profile', p(r(P.summary), { before: 120 })));
  c.key.basics.summary = P.summary;
  const ex = [];
  for (const w of P.work) {
    ex.push(p([r(w.position, { b: true }), r('\t' + c.range(w.start, w.end, { style: 'mm.yyyy', present: 'today' }), { color: '595959' })], { ...right, before: 120, keepNext: true }));
    ex.push(p(r(`${w.company}, ${w.location}`, { i: true }), { keepNext: true, after: 40 }));
    for (const x of w.bullets) ex.push(p(r(x), { numId: 1, ind: { left: 284, hanging: 284 } }));
    c.work(w, { style: 'mm.yyyy' });
  }
  rows.push(row('Experience', ex));
  rows.push(row('Skills', P.skills.map(([g, k]) => p([r(`${g}: `, { b: true }), r(k.join(', '))], { before: 60 }))));
  c.skills(flatSkills(P));
  rows.push(row('Education', P.education.flatMap((e) => {
    c.edu(e, { style: 'mm.yyyy', location: true });
    return [p([r(degree(e), { b: true }), r('\t' + c.range(e.start, e.end, { style: 'mm.yyyy' }), { color: '595959' })], { ...right, before: 120 }), p(r(`${e.institution}, ${e.location}`, { i: true }))];
  })));
  rows.push(row('Languages', p(r(langLine(P).join(' | ')), { before: 120 })));
  c.other('LANGUAGES', langLine(P));
  rows.push(row('Certifications', P.certs.map((x, i) => p(r(certLine(x)), { before: i ? 0 : 120 }))));
  c.other('CERTIFICATIONS', P.certs.map(certLine));
  const body = tbl(rows, { widths, cellLeft: 0, cellRight: 0 }) + p();
  c.key.layout = { columns: 1, notes: 'One table; every section is a row whose dark left cell holds the section title (white, w:caps, so the XML says "Experience" but the page shows "EXPERIENCE") and whose right cell holds the content. The band is a label gutter, not an independent column. Dates "03.2021 – today".' };
  return { c, page: { ...page, left: margin, right: margin, top: 720, bottom: 720 }, body, numbering, styles: stylesXml({ font: 'Calibri', size: 11, line: 264 }), fonts: ['Calibri', 'Arial'],
    description: '"Modern" template: a single table whose left cells form a dark coloured band running down the page; each section is one row with its title (white, caps formatting on mixed-case text) in the left cell and the content in the right cell; German-style MM.YYYY dates ending in "today".' };
}

// ================================================================================================
// 10. Dates first: "Jan 2019 – Present<tab>Title at Company, City" with a hanging indent.
export function datesFirst(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const col = 2300;
  const numbering = numberingXml([{ levels: [{ text: '•', font: 'Calibri', left: col + 300, hanging: 300 }] }]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 13, color: '8B4513' }), { before: 260, after: 100, keepNext: true });
  const hang = { tabs: [[col, 'left']], ind: { left: col, hanging: col } };
  const b = [];
  b.push(p(r(P.name, { sz: 22, b: true })));
  b.push(p(r(P.label, { sz: 12, i: true })));
  b.push(p(r(`${P.location} • ${P.phone} • ${P.email} • github.com/${P.github}`, { sz: 9.5 }), { after: 120, bottomBorder: { sz: 6, color: '8B4513', space: 6 } }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  const eduFirst = !!P.projects; // new graduates put education first
  const edu = () => {
    b.push(H('Education'));
    for (const e of P.education) {
      b.push(p([r(c.range(e.start, e.end, { style: 'yyyy' })), r('\t'), r(degree(e), { b: true }), r(`, ${e.institution}`)], { ...hang, after: 60 }));
      c.edu(e, { style: 'yyyy' });
    }
  };
  if (eduFirst) edu();
  b.push(H('Experience'));
  for (const w of P.work) {
    b.push(p([r(c.range(w.start, w.end)), r('\t'), r(w.position, { b: true }), r(` at ${w.company}, ${w.location}`)], { ...hang, before: 100, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: col + 300, hanging: 300 } }));
    c.work(w);
  }
  if (P.projects) {
    b.push(H('Projects'));
    c.key.projects = [];
    for (const pr of P.projects) {
      b.push(p([r(pr.name, { b: true }), r('\t' + pr.tech)], { ...hang, before: 60 }));
      for (const x of pr.bullets) b.push(p(r(x), { numId: 1, ind: { left: col + 300, hanging: 300 } }));
      c.key.projects.push({ name: pr.name, keywords: pr.tech.split(', '), highlights: pr.bullets });
    }
  }
  if (!eduFirst) edu();
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(p([r(g), r('\t'), r(k.join(', '))], { ...hang, after: 40 }));
  c.skills(flatSkills(P));
  if (P.activities) {
    b.push(H('Activities & Leadership'));
    for (const x of P.activities) b.push(p(r(x), { numId: 1, ind: { left: col + 300, hanging: 300 } }));
    c.other('Activities & Leadership', P.activities);
  } else {
    b.push(H('Awards'));
    for (const x of P.awards) b.push(p(r(x), { numId: 1, ind: { left: col + 300, hanging: 300 } }));
    c.other('Awards', P.awards);
  }
  b.push(H('Languages'));
  b.push(p(r(langLine(P).join(', '))));
  c.other('Languages', langLine(P));
  c.key.layout = { columns: 1, notes: 'Dates first: each entry is one paragraph with a hanging indent, "Mon YYYY – Mon YYYY<tab>Position at Company, City"; skill group names sit in the date column (category labels, not skills); education dates year-only.' };
  return { c, page, body: b.join(''), numbering, styles: stylesXml({ font: 'Calibri', size: 10.5 }), fonts: ['Calibri'],
    description: 'Dates-first layout: every entry is a hanging-indent paragraph "May 2023 – Aug 2023<tab>**Position** at Company, City", bullets indented under the text column; skill group labels in the date column; education with year-only ranges; headings are coloured bold text without rules.' };
}

// ================================================================================================
// 11. Hyperlinks: w:hyperlink with r:id to external URLs, showing the words "LinkedIn" / "GitHub"; mailto link on the e-mail.
export function hyperlinks(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1080;
  const accent = '0B5394';
  const numbering = numberingXml([{ levels: [{ text: '\u25E6', font: 'Calibri', left: 360, hanging: 360 }] }]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 12, color: accent }), { before: 220, after: 80, keepNext: true, bottomBorder: { sz: 4, color: 'BFBFBF' } });
  const right = { tabs: [[W, 'right']] };
  const L = (url, text) => hyperlink(c.link(url), r(text, { rStyle: 'Hyperlink' }));
  const b = [];
  b.push(p(r(P.name, { sz: 24, b: true, color: accent })));
  b.push(p(r(P.label, { sz: 12 }), { after: 40 }));
  const li = `https://www.linkedin.com/in/${P.linkedin}/`, gh = `https://github.com/${P.github}`;
  b.push(p([r(`${P.location} | `), L(`mailto:${P.email}`, P.email), r(` | ${P.phone} | `), L(li, 'LinkedIn'), r(' | '), L(gh, 'GitHub')], { after: 80 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`, `github.com/${P.github}`] });
  c.printed.push('LinkedIn', 'GitHub');
  b.push(H('Summary'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Work History'));
  for (const w of P.work) {
    b.push(p([r(w.company, { b: true }), r(`, ${w.location}`), r('\t' + c.range(w.start, w.end, { style: 'yyyy', present: 'Current' }))], { ...right, before: 120, keepNext: true }));
    b.push(p(r(w.position, { i: true }), { keepNext: true }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1 }));
    c.work(w, { style: 'yyyy' });
  }
  b.push(H('Skills'));
  b.push(p(r(flatSkills(P).join(' · '))));
  c.skills(flatSkills(P));
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(e.institution, { b: true }), r('\t' + c.range(e.start, e.end, { style: 'yyyy' }))], right));
    b.push(p(r(degree(e), { i: true }), { after: 60 }));
    c.edu(e, { style: 'yyyy' });
  }
  b.push(H('Certifications'));
  for (const x of P.certs) b.push(p(r(certLine(x)), { numId: 1 }));
  c.other('Certifications', P.certs.map(certLine));
  b.push(H('Awards'));
  for (const x of P.awards) b.push(p(r(x), { numId: 1 }));
  c.other('Awards', P.awards);
  c.key.layout = { columns: 1, notes: `Profiles are NOT printed as URLs: the page shows the words "LinkedIn" and "GitHub" as hyperlinks (w:hyperlink r:id → external targets ${li} and ${gh}); the key lists the link targets. The e-mail is a mailto: hyperlink. Dates year-only, current role "Current".` };
  return { c, page, body: b.join(''), numbering, styles: stylesXml({ font: 'Calibri', size: 10.5, linkColor: accent }), fonts: ['Calibri'],
    description: 'Contact line with real w:hyperlink elements (r:id → external relationships): the e-mail as a mailto: link, and the words "LinkedIn" and "GitHub" linking to profile URLs that are not printed. Year-only dates ("2020 – Current"), "Work History" heading, "◦" bullets, skills as one " · " line.' };
}

// ================================================================================================
// 12. Functional / hybrid resume: Core Competencies bullet grid, Selected Achievements, then a short chronology.
export function functional(P) {
  const c = ctx(P);
  const page = US(P) ? LETTER : A4;
  const W = page.w - 2 * 1080;
  const accent = '5B2C6F';
  const numbering = numberingXml([
    { levels: [{ text: '\u00FC', font: 'Wingdings', left: 300, hanging: 300, color: accent }] },
    { levels: [{ ...SYMBOL_BULLET, left: 360, hanging: 360 }] },
  ]);
  const H = (t) => p(r(c.H(t), { b: true, sz: 12, color: accent, caps: false }), { align: 'center', before: 240, after: 120, keepNext: true, topBorder: { sz: 4, color: accent, space: 4 }, bottomBorder: { sz: 4, color: accent, space: 4 } });
  const right = { tabs: [[W, 'right']] };
  const b = [];
  b.push(p(r(P.name, { sz: 24, b: true }), { align: 'center' }));
  b.push(p(r(P.label, { sz: 12, color: accent }), { align: 'center' }));
  b.push(p(r(`${P.email} · ${P.phone} · ${P.location} · github.com/${P.github}`, { sz: 9.5 }), { align: 'center', after: 60 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  b.push(H('PROFILE'));
  b.push(p(r(P.summary), { align: 'both' }));
  c.key.basics.summary = P.summary;
  b.push(H('CORE COMPETENCIES'));
  const comp = P.competencies;
  const rows = [];
  for (let i = 0; i < comp.length; i += 3) rows.push([0, 1, 2].map((k) => ({ content: comp[i + k] ? p(r(comp[i + k]), { numId: 1 }) : p() })));
  b.push(tbl(rows, { widths: [Math.floor(W / 3), Math.floor(W / 3), W - 2 * Math.floor(W / 3)] }));
  c.skills(comp);
  b.push(H('TECHNICAL SKILLS'));
  b.push(p(r(flatSkills(P).join(' • ')), { align: 'center' }));
  c.skills(flatSkills(P));
  b.push(H('SELECTED ACHIEVEMENTS'));
  for (const x of P.achievements) b.push(p(r(x), { numId: 2 }));
  c.other('SELECTED ACHIEVEMENTS', P.achievements);
  b.push(H('EMPLOYMENT HISTORY'));
  for (const w of P.work) {
    b.push(p([r(w.position, { b: true }), r(`, ${w.company}, ${w.location}`), r('\t' + c.range(w.start, w.end, { style: 'yyyy', sep: ' – ', present: 'Current' }))], { ...right, after: 60 }));
    c.work(w, { style: 'yyyy', highlights: false });
  }
  b.push(p(pageBreak()));
  b.push(H('EDUCATION & TRAINING'));
  for (const e of P.education) {
    c.printed.push(e.end.slice(0, 4));
    b.push(p([r(degree(e), { b: true }), r(` — ${e.institution}`), r('\t' + e.end.slice(0, 4))], { ...right, after: 60 }));
    c.edu(e, { style: 'yyyy', start: false });
  }
  b.push(H('CERTIFICATIONS'));
  for (const x of P.certs) b.push(p(r(certLine(x)), { numId: 2 }));
  c.other('CERTIFICATIONS', P.certs.map(certLine));
  b.push(H('LANGUAGES'));
  b.push(p(r(langLine(P).join(' · ')), { align: 'center' }));
  c.other('LANGUAGES', langLine(P));
  c.key.layout = { columns: 1, notes: 'Functional/hybrid resume: Core Competencies grid (borderless 3-column table, Wingdings check-mark bullets) counted as skills together with the Technical Skills line; Selected Achievements before a one-line-per-role Employment History without bullets; explicit page break before Education & Training (page 2).' };
  return { c, page, body: b.join(''), numbering, styles: stylesXml({ font: 'Calibri', size: 10.5 }), fonts: ['Calibri', 'Wingdings', 'Symbol'],
    description: 'Functional/hybrid resume for a career changer: centred headings between two rules, a "Core Competencies" 3-column bullet grid (borderless table, Wingdings check marks), a centred " • " technical-skills line, "Selected Achievements" bullets, then a compact "Employment History" (one line per role, year-only dates, "Current"), a manual page break and page-2 education, certifications and languages.' };
}

export const templates = { classic, sidebarTable, headerTextbox, builtinHeadings, titleDatesCells, bulletGlyphs, skillsGrid, googleDocs, modernBand, datesFirst, hyperlinks, functional };
