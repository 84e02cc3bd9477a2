// Three hand-written DOCX designs (and the DOCX used by the LibreOffice-PDF design), written from scratch:
//   func:   Word functional template: centred name, " | " contact line, capitals headings with a bottom border,
//           skill-group sub-headings in bold italic with "•" numbering bullets, one-line roles
//           "Position, Company, City<right tab>dates", separate Career Break section, combined Education & Training
//   table:  functional with the work history as a 4-column table (header row Dates/Position/Employer/Location),
//           shaded Heading 1 sections, coloured bold sub-headings, skills as a 3-column keyword table
//   header: name + contact lines live in the Word page HEADER part (repeated on every page); body uses real
//           Heading 1 / Heading 2 styles (skill groups as Heading 2), title-first roles with bullets for recent roles
import { p, r, hl, tbl, pack, styles, numbering, sect, LETTER, A4 } from './ooxml.mjs';

function linker(prefix = 'rIdL') {
  const links = [];
  const link = (href, runs) => { const id = `${prefix}${links.length + 1}`; links.push([id, href]); return hl(id, runs); };
  return { links, link };
}
const contactRuns = (pl, link, sep, o = {}) => pl.contacts.map((c) => (c.href && c.kind !== 'phone' ? link(c.href, r(c.text, { ...o, style: 'Hyperlink' })) : r(c.text, o))).join(r(sep, o));

// ---------------------------------------------------------------- func
function func(pl, D) {
  const A = D.accent ?? '1F3864';
  const W = 12240 - 2 * 1080;
  const { links, link } = linker();
  const B = [];
  B.push(p(r(pl.name, { b: true, sz: 22, color: A }), { align: 'center' }));
  if (pl.label) B.push(p(r(pl.label, { sz: 12, color: '595959' }), { align: 'center', after: 40 }));
  B.push(p(contactRuns(pl, link, '  |  ', { sz: 9.5 }), { align: 'center', after: 60 }));
  const H = (t) => B.push(p(r(t.toUpperCase(), { b: true, sz: 11.5, color: A, spacing: 20 }), { before: 220, after: 80, bottom: { sz: 8, color: A }, keepNext: true }));
  const bullet = (t) => B.push(p(r(t), { num: [1], after: 20 }));
  const tabLine = (left, right, o = {}) => B.push(p([...left, r(`\t${right}`, o)], { tabs: [[W, 'right']], after: 30 }));
  for (const s of pl.sections) {
    H(s.heading);
    if (s.kind === 'summary') B.push(p(r(s.text), { after: 40, align: 'both' }));
    else if (s.kind === 'quals') s.items.forEach(bullet);
    else if (s.kind === 'groups') for (const g of s.groups) { B.push(p(r(g.title, { b: true, i: true }), { before: 80, after: 20, keepNext: true })); g.bullets.forEach(bullet); }
    else if (s.kind === 'skills') for (const row of s.rows) B.push(p([r(`${row.label}: `, { b: true }), r(row.items.join(', '))], { after: 30 }));
    else if (s.kind === 'work') {
      s.roles.forEach((x) => {
        tabLine([r(x.position, { b: true }), r(`, ${x.name}${x.location ? `, ${x.location}` : ''}`)], x.dates);
        x.highlights.forEach(bullet);
      });
    } else if (s.kind === 'break') tabLine([r(s.text, { i: true })], s.dates);
    else if (s.kind === 'volunteer') for (const v of s.items) { tabLine([r(v.position, { b: true }), r(`, ${v.name}`)], v.dates); v.highlights.forEach(bullet); }
    else if (s.kind === 'projects') for (const x of s.items) { tabLine([r(x.name, { b: true }), r(` (${x.stack.join(', ')})`, { i: true })], x.dates ?? ''); x.highlights.forEach(bullet); }
    else if (s.kind === 'education') {
      for (const e of s.items) tabLine([r(e.degree, { b: true }), r(`, ${e.institution}${e.location ? `, ${e.location}` : ''}${e.score ? ` (GPA ${e.score})` : ''}`)], e.dates);
      for (const c of s.certs) tabLine([r(c.name, { b: true }), r(`, ${c.issuer}`)], c.year);
    } else if (s.kind === 'certs') s.items.forEach((c) => bullet(c.line));
  }
  return pack({ body: B.join(''), sect: sect(LETTER, [900, 1080, 900, 1080]), styles: styles(D.font ?? 'Calibri', 10.5), numbering: numbering([['•', 'Arial', 360, 220]]), links, title: `${pl.name} Resume`, author: pl.name });
}

// ---------------------------------------------------------------- table
function table(pl, D) {
  const A = D.accent ?? '385723';
  const W = 11906 - 2 * 1000;
  const { links, link } = linker();
  const B = [];
  const extra = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="E2EFD9"/><w:spacing w:before="240" w:after="100"/><w:ind w:left="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="${A}"/><w:sz w:val="24"/></w:rPr></w:style>`;
  B.push(p(r(pl.name, { sz: 24, color: A }), { after: 0 }));
  if (pl.label) B.push(p(r(pl.label, { sz: 12, i: true }), { after: 60 }));
  B.push(p(contactRuns(pl, link, '   ·   ', { sz: 9.5 }), { after: 80, bottom: { sz: 6, color: A, space: 4 } }));
  const H = (t) => B.push(p(r(t), { style: 'Heading1' }));
  const bullet = (t) => B.push(p(r(t), { num: [1], after: 20 }));
  const cell = (t, o = {}) => ({ xml: p(r(t, o), { after: 0 }), shd: o.shd });
  for (const s of pl.sections) {
    H(s.heading);
    if (s.kind === 'summary') B.push(p(r(s.text), { after: 40 }));
    else if (s.kind === 'quals') s.items.forEach(bullet);
    else if (s.kind === 'groups') for (const g of s.groups) { B.push(p(r(g.title, { b: true, color: A }), { before: 80, after: 10, keepNext: true })); g.bullets.forEach(bullet); }
    else if (s.kind === 'skills') {
      const all = s.rows.flatMap((x) => x.items);
      const rows = [];
      for (let i = 0; i < all.length; i += 3) rows.push([0, 1, 2].map((j) => (all[i + j] ? { xml: p([r('▪ ', { color: A }), r(all[i + j])], { after: 0 }) } : { xml: '<w:p/>' })));
      B.push(tbl(rows, { widths: [W / 3, W / 3, W / 3].map(Math.floor), grid: null }));
    } else if (s.kind === 'work') {
      const rows = [['Dates', 'Position', 'Employer', 'Location'].map((t) => cell(t, { b: true, sz: 9.5, shd: 'F2F2F2' }))];
      for (const x of s.roles) rows.push([cell(x.dates, { sz: 9.5 }), cell(x.position, { b: true, sz: 9.5 }), cell(x.name, { sz: 9.5 }), cell(x.location ?? '', { sz: 9.5 })]);
      B.push(tbl(rows, { widths: [1900, 2900, 2900, W - 7700], grid: 'BFBFBF', noVertical: true, padV: 40 }));
    } else if (s.kind === 'break') B.push(p([r(`${s.dates}: `, { b: true }), r(s.text)], { after: 40 }));
    else if (s.kind === 'volunteer') for (const v of s.items) { B.push(p([r(v.position, { b: true }), r(`, ${v.name} (${v.dates})`)], { after: 10 })); v.highlights.forEach(bullet); }
    else if (s.kind === 'projects') for (const x of s.items) { B.push(p([r(x.name, { b: true }), r(` — ${x.stack.join(', ')}${x.dates ? ` (${x.dates})` : ''}`)], { after: 10 })); x.highlights.forEach(bullet); }
    else if (s.kind === 'education') {
      for (const e of s.items) B.push(p([r(e.institution, { b: true }), r(`${e.location ? `, ${e.location}` : ''} — ${e.degree}, ${e.dates}${e.score ? `; GPA ${e.score}` : ''}`)], { after: 30 }));
      for (const c of s.certs) B.push(p([r(c.name, { b: true }), r(` — ${c.issuer}, ${c.year}`)], { after: 30 }));
    } else if (s.kind === 'certs') s.items.forEach((c) => bullet(c.line));
  }
  return pack({ body: B.join(''), sect: sect(A4, [1000, 1000, 1000, 1000]), styles: styles(D.font ?? 'Cambria', 10.5, extra), numbering: numbering([['–', 'Arial', 340, 220]]), links, title: 'Resume', author: pl.name });
}

// ---------------------------------------------------------------- header
function header(pl, D) {
  const A = D.accent ?? '7030A0';
  const W = 12240 - 2 * 1150;
  const { links, link } = linker();
  const hdr = linker('rIdX');
  const extra = `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="260" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:b/><w:color w:val="${A}"/><w:sz w:val="28"/></w:rPr></w:style>`
    + `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="100" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:i/><w:color w:val="404040"/><w:sz w:val="22"/></w:rPr></w:style>`
    + '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/><w:tab w:val="right" w:pos="9360"/></w:tabs></w:pPr></w:style>';
  const half = Math.ceil(pl.contacts.length / 2);
  const hx = [
    p([r(pl.name, { b: true, sz: 20, color: A }), ...(pl.label ? [r(`\t${pl.label}`, { sz: 11, color: '595959' })] : [])], { style: 'Header', tabs: [[W, 'right']] }),
    p(contactRuns({ contacts: pl.contacts.slice(0, half) }, hdr.link, ' • ', { sz: 9 }), { style: 'Header' }),
    p(contactRuns({ contacts: pl.contacts.slice(half) }, hdr.link, ' • ', { sz: 9 }), { style: 'Header', bottom: { sz: 12, color: A, space: 4 } }),
  ].join('');
  const B = [];
  const bullet = (t) => B.push(p(r(t), { num: [1], after: 20, style: 'ListParagraph' }));
  for (const s of pl.sections) {
    B.push(p(r(s.heading), { style: 'Heading1' }));
    if (s.kind === 'summary') B.push(p(r(s.text), { after: 40 }));
    else if (s.kind === 'quals') s.items.forEach(bullet);
    else if (s.kind === 'groups') for (const g of s.groups) { B.push(p(r(g.title), { style: 'Heading2' })); g.bullets.forEach(bullet); }
    else if (s.kind === 'skills') for (const row of s.rows) B.push(p([r(`${row.label}: `, { b: true }), r(row.items.join(', '))], { after: 30 }));
    else if (s.kind === 'work') {
      for (const x of s.roles) {
        B.push(p([r(x.position, { b: true }), r(`\t${x.dates}`)], { tabs: [[W, 'right']], before: 80, keepNext: true }));
        B.push(p(r(`${x.name}${x.location ? `, ${x.location}` : ''}`, { i: true }), { after: 20 }));
        x.highlights.forEach(bullet);
      }
    } else if (s.kind === 'break') B.push(p([r(s.text), r(`\t${s.dates}`)], { tabs: [[W, 'right']], after: 40 }));
    else if (s.kind === 'volunteer') for (const v of s.items) { B.push(p([r(v.position, { b: true }), r(`, ${v.name}\t${v.dates}`)], { tabs: [[W, 'right']], before: 60 })); v.highlights.forEach(bullet); }
    else if (s.kind === 'projects') {
      for (const x of s.items) {
        B.push(p([r(x.name, { b: true }), r(` | ${x.stack.join(', ')}`, { i: true }), ...(x.dates ? [r(`\t${x.dates}`)] : [])], { tabs: [[W, 'right']], before: 80, keepNext: true }));
        if (x.repo) B.push(p(link(`https://${x.repo}`, r(x.repo, { style: 'Hyperlink', sz: 9.5 })), { after: 10 }));
        x.highlights.forEach(bullet);
      }
    } else if (s.kind === 'education') {
      for (const e of s.items) B.push(p([r(e.degree, { b: true }), r(`\t${e.dates}`), r(`\n`), r(`${e.institution}${e.location ? `, ${e.location}` : ''}${e.score ? ` — GPA: ${e.score}` : ''}`, { i: true })].join('').replace('<w:t xml:space="preserve">\n</w:t>', '<w:br/>'), { tabs: [[W, 'right']], before: 60 }));
      for (const c of s.certs) B.push(p([r(c.name, { b: true }), r(`, ${c.issuer}\t${c.year}`)], { tabs: [[W, 'right']], before: 40 }));
    } else if (s.kind === 'certs') s.items.forEach((c) => bullet(c.line));
  }
  return pack({ body: B.join(''), sect: sect(LETTER, [1900, 1150, 1000, 1150, 500], 'rIdH1'), styles: styles(D.font ?? 'Calibri', 10.5, extra), numbering: numbering([['◦', 'Arial', 360, 240]]), links, header: hx, headerLinks: hdr.links, title: `${pl.name} - Resume`, author: pl.name });
}

export const DOCX = { func, table, header };
