// Four hand-written OOXML designs (DOCX written directly, zipped with fflate).
//   plain:    US Letter, Arial; centred name/contact line; typed CAPS headings with a bottom rule; TYPED bullets
//             ("•<tab>" / "o<tab>" with hanging indents, no Word numbering); "Company, City" + "Title<tab>dates"
//   labelcol: two-cell layout table: one row per section, the heading in a narrow right-aligned left cell, content in
//             the right cell; en-dash numbering bullets; one entry per title (company repeated on promotions)
//   styles:   Word built-in styles (Title, Subtitle, Heading 1-3, List Paragraph, Hyperlink) and numbering lists
//             (Symbol bullets, "1." achievements, "[1]" publications); LinkedIn/GitHub as hyperlinked WORDS;
//             promotions on one Heading 3 line "Senior → Manager<tab>dates"
//   shaded:   (delivered as PDF printed by LibreOffice) 2-cell header table (name | right-aligned contact lines),
//             dark shaded heading bars with white spaced capitals, skills as a column table, footer
//             "Name — Page N of M" with PAGE/NUMPAGES fields
import { r, p, hyperlink, tbl, field, sectPr, A4, LETTER, stylesXml, numberingXml, pack } from './ooxml.mjs';

const SYMBOL_BULLET = '\uF0B7';

function plain(pl, _D) {
  const page = { ...LETTER, top: 1000, bottom: 1000, left: 1080, right: 1080 };
  const tw = page.w - page.left - page.right;
  const xs = [];
  const links = [];
  const link = (c, o) => {
    if (!c.href || c.kind === 'phone') return r(c.text, o);
    const id = `rId${20 + links.length}`;
    links.push([id, c.href]);
    return hyperlink(id, r(c.text, { ...o, color: '1155CC', u: true }));
  };
  const bullet = (t, lvl = 0) => p(r(lvl ? 'o\t' : '•\t') + r(t), { ind: { left: 360 * (lvl + 1), hanging: 360 }, tabs: [[360 * (lvl + 1), 'left']], after: 20 });
  xs.push(p(r(pl.name, { b: true, sz: 18 }), { align: 'center' }));
  xs.push(p(r(pl.label, { sz: 11 }), { align: 'center', after: 40 }));
  xs.push(p(pl.contacts.map((c) => link(c, { sz: 9 })).join(r(' | ', { sz: 9 })), { align: 'center', after: 60 }));
  for (const s of pl.sections) {
    if (s.heading) xs.push(p(r(s.heading, { b: true, sz: 11 }), { before: 200, after: 80, keepNext: true, borders: { bottom: { sz: 8, color: '000000', space: 1 } } }));
    switch (s.id) {
      case 'summary': xs.push(p(r(s.text), { after: 40 })); break;
      case 'experience':
        for (const e of s.entries) {
          if (e.type === 'gap') {
            xs.push(p(r(e.title, { b: true }) + r(`\t${e.dates}`), { tabs: [[tw, 'right']], before: 140, keepNext: true }));
            xs.push(p(r(e.text, { i: true }), { after: 40 }));
            continue;
          }
          xs.push(p(r(e.name, { b: true }) + r(`, ${e.location}`), { before: 140, keepNext: true }));
          if (e.desc) xs.push(p(r(e.desc, { i: true, sz: 9.5 }), { keepNext: true }));
          for (const ro of e.roles) {
            xs.push(p(r(ro.title, { i: true }) + r(`\t${ro.dates}`), { tabs: [[tw, 'right']], before: 40, keepNext: true }));
            for (const b of ro.bullets) { xs.push(bullet(b.text)); for (const sub of b.sub) xs.push(bullet(sub, 1)); }
          }
        }
        break;
      case 'earlier': for (const e of s.items) xs.push(p(r(`${e.title}, ${e.company}, ${e.dates}`), { after: 20 })); break;
      case 'skills': for (const g of s.groups) xs.push(p(r(`${g.label}: `, { b: true }) + r(g.items.join(', ')), { after: 20 })); break;
      case 'education':
        for (const e of s.items) {
          xs.push(p(r(e.institution, { b: true }) + r(`\t${e.dates}`), { tabs: [[tw, 'right']], keepNext: true }));
          xs.push(p(r(e.degree + (e.score ? `, ${e.score}` : '')), { after: 60 }));
        }
        break;
      case 'projects': for (const pr of s.items) xs.push(bullet(`${pr.name}: ${pr.description}`)); break;
      case 'pubs': s.items.forEach((t, i) => xs.push(p(r(`[${i + 1}]\t`) + r(t), { ind: { left: 420, hanging: 420 }, tabs: [[420, 'left']], after: 20 }))); break;
      case 'languages': xs.push(p(r(s.items.join(', ')))); break;
      default: for (const t of s.items) xs.push(bullet(t));
    }
  }
  const styles = stylesXml({ font: 'Arial', sz: 10, line: 245 }, '');
  return pack({ body: xs.join(''), sect: sectPr(page), styles, links, title: `${pl.name} Resume`, author: pl.name });
}

function labelcol(pl, D) {
  const page = { ...A4, top: 900, bottom: 900, left: 900, right: 900 };
  const tw = page.w - page.left - page.right;
  const LW = 2050, RW = tw - LW, PAD = 260, inner = RW - PAD;
  const A = D.accent ?? '2E4A62';
  const xs = [];
  xs.push(p(r(pl.name, { sz: 26, color: A }), { after: 0 }));
  xs.push(p(r(pl.label, { sz: 12, color: '595959' }), { after: 60 }));
  xs.push(p(pl.contacts.map((c) => r(c.kind === 'profile' ? `${c.net}: ${c.text}` : c.text, { sz: 9 })).join(r('  •  ', { sz: 9, color: A })), { after: 200 }));
  const li = (t, lvl = 0) => p(r(t), { numId: 1, ilvl: lvl, after: 20 });
  const rows = [];
  for (const s of pl.sections) {
    const c = [];
    switch (s.id) {
      case 'summary': c.push(p(r(s.text), { after: 0 })); break;
      case 'experience':
        s.entries.forEach((e, i) => {
          const before = i ? 160 : 0;
          if (e.type === 'gap') {
            c.push(p(r(e.title, { b: true, sz: 11 }) + r(`\t${e.dates}`, { color: '595959' }), { tabs: [[inner, 'right']], before, keepNext: true }));
            c.push(p(r(e.text, { i: true })));
            return;
          }
          c.push(p(r(e.name, { b: true, sz: 11 }) + r(`\t${e.location}`, { color: '595959' }), { tabs: [[inner, 'right']], before, keepNext: true }));
          if (e.desc) c.push(p(r(e.desc, { i: true, color: '595959' }), { keepNext: true }));
          for (const ro of e.roles) {
            c.push(p(r(ro.title, { b: true, color: A }) + r(`\t${ro.dates}`), { tabs: [[inner, 'right']], keepNext: true, after: 40 }));
            for (const b of ro.bullets) { c.push(li(b.text)); for (const sub of b.sub) c.push(li(sub, 1)); }
          }
        });
        break;
      case 'earlier': for (const e of s.items) c.push(p(r(`${e.title} — ${e.company}`) + r(`\t${e.dates}`, { color: '595959' }), { tabs: [[inner, 'right']], after: 20 })); break;
      case 'skills': for (const g of s.groups) c.push(p(r(g.label, { b: true }) + r(` — ${g.items.join(', ')}`), { after: 30 })); break;
      case 'education':
        s.items.forEach((e, i) => {
          c.push(p(r(e.institution, { b: true }) + r(`\t${e.dates}`, { color: '595959' }), { tabs: [[inner, 'right']], before: i ? 100 : 0, keepNext: true }));
          c.push(p(r(e.degree) + (e.score ? r(`, ${e.score}`, { i: true }) : '')));
        });
        break;
      case 'projects': for (const pr of s.items) c.push(p(r(pr.name, { b: true }) + r(` — ${pr.description}`), { after: 30 })); break;
      case 'pubs': for (const t of s.items) c.push(p(r(t), { numId: 2, after: 30 })); break;
      case 'languages': c.push(p(r(s.items.join('  ·  ')))); break;
      default: for (const t of s.items) c.push(li(t));
    }
    const top = { top: { sz: 4, color: 'BFBFBF' } };
    rows.push({
      cells: [
        { xml: p(r(s.heading ?? '', { b: true, color: A, sz: 10.5 }), { align: 'right' }), mar: { top: 100, bottom: 140, right: PAD }, borders: top },
        { xml: c.join(''), mar: { top: 100, bottom: 140, left: PAD }, borders: top },
      ],
    });
  }
  xs.push(tbl(rows, { widths: [LW, RW], borders: false, layoutFixed: true }));
  xs.push(p(''));
  const styles = stylesXml({ font: 'Calibri', sz: 10.5, line: 250, lang: 'en-GB' }, '');
  const numbering = numberingXml([
    [[0, 'bullet', '–', { left: 300, hanging: 240, color: A }], [1, 'bullet', '·', { left: 600, hanging: 240 }]],
    [[0, 'decimal', '%1.', { left: 360, hanging: 300 }]],
  ]);
  return pack({ body: xs.join(''), sect: sectPr(page), styles, numbering, title: `CV ${pl.name}`, author: pl.name });
}

function styles(pl, _D) {
  const page = { ...A4, top: 1134, bottom: 1134, left: 1134, right: 1134 };
  const tw = page.w - page.left - page.right;
  const xs = [], links = [];
  const hl = (text, href) => { const id = `rId${20 + links.length}`; links.push([id, href]); return hyperlink(id, r(text, { rStyle: 'Hyperlink' })); };
  xs.push(p(r(pl.name), { style: 'Title' }));
  xs.push(p(r(pl.label), { style: 'Subtitle' }));
  xs.push(p(pl.contacts.map((c) => (c.href && c.kind !== 'phone' ? hl(c.text, c.href) : r(c.text))).join(r('  |  ')), { after: 120 }));
  const li = (t, lvl = 0, numId = 1) => p(r(t), { style: 'ListParagraph', numId, ilvl: lvl });
  for (const s of pl.sections) {
    if (s.heading) xs.push(p(r(s.heading), { style: 'Heading1' }));
    switch (s.id) {
      case 'summary': xs.push(p(r(s.text), { after: 60 })); break;
      case 'achievements': for (const t of s.items) xs.push(li(t, 0, 2)); break;
      case 'experience':
        for (const e of s.entries) {
          if (e.type === 'gap') {
            xs.push(p(r(e.title) + r(`\t${e.dates}`), { style: 'Heading3', tabs: [[tw, 'right']] }));
            xs.push(p(r(e.text, { i: true })));
            continue;
          }
          xs.push(p(r(e.name) + r(`  |  ${e.location}`, { b: false, color: '595959' }), { style: 'Heading2' }));
          if (e.desc) xs.push(p(r(e.desc, { i: true, color: '595959' }), { keepNext: true }));
          for (const ro of e.roles) {
            xs.push(p(r(ro.title) + r(`\t${ro.dates}`), { style: 'Heading3', tabs: [[tw, 'right']] }));
            for (const b of ro.bullets) { xs.push(li(b.text)); for (const sub of b.sub) xs.push(li(sub, 1)); }
          }
        }
        break;
      case 'earlier': for (const e of s.items) xs.push(p(r(`${e.title}, ${e.company} (${e.dates})`), { after: 30 })); break;
      case 'skills': for (const g of s.groups) xs.push(p(r(`${g.label}: `, { b: true }) + r(g.items.join(', ')), { style: 'ListParagraph', numId: 1, ilvl: 0 })); break;
      case 'education':
        for (const e of s.items) {
          xs.push(p(r(e.institution), { style: 'Heading2' }));
          xs.push(p(r(e.degree + (e.score ? `, ${e.score}` : '')) + r(`\t${e.dates}`), { tabs: [[tw, 'right']], after: 40 }));
        }
        break;
      case 'projects': for (const pr of s.items) xs.push(p(r(`${pr.name}: `, { b: true }) + r(pr.description), { style: 'ListParagraph', numId: 1, ilvl: 0 })); break;
      case 'pubs': for (const t of s.items) xs.push(li(t, 0, 3)); break;
      case 'languages': xs.push(p(r(s.items.join(' · ')))); break;
      default: for (const t of s.items) xs.push(li(t));
    }
  }
  const st = [
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:cs="Calibri Light"/><w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:color w:val="5A5A5A"/><w:spacing w:val="15"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="2F5496"/></w:pBdr><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light" w:cs="Calibri Light"/><w:color w:val="2F5496"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="60" w:after="20"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:i/><w:iCs/><w:color w:val="404040"/></w:rPr></w:style>',
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="20"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>',
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>',
  ].join('');
  const styles = stylesXml({ font: 'Calibri', sz: 10.5, line: 259, after: 40 }, st);
  const numbering = numberingXml([
    [[0, 'bullet', SYMBOL_BULLET, { font: 'Symbol', left: 360, hanging: 360 }], [1, 'bullet', 'o', { font: 'Courier New', left: 720, hanging: 360 }]],
    [[0, 'decimal', '%1.', { left: 360, hanging: 360 }]],
    [[0, 'decimal', '[%1]', { left: 460, hanging: 460 }]],
  ]);
  return pack({ body: xs.join(''), sect: sectPr(page), styles, numbering, links, title: 'Resume', author: pl.name });
}

function shaded(pl, D) {
  const page = { ...A4, top: 850, bottom: 1000, left: 950, right: 950, footer: 450 };
  const tw = page.w - page.left - page.right;
  const A = D.accent ?? '2F3E46', G = '546E7A';
  const xs = [];
  const left = p(r(pl.name, { b: true, sz: 26, color: A })) + p(r(pl.label, { sz: 12, color: G }));
  const right = pl.contacts.map((c) => p(r(c.text, { sz: 9 }), { align: 'right' })).join('');
  xs.push(tbl([{ cells: [{ xml: left, vAlign: 'center' }, { xml: right, vAlign: 'center' }] }], { widths: [6200, tw - 6200], borders: false }));
  const li = (t, lvl = 0) => p(r(t), { numId: 1, ilvl: lvl, after: 20 });
  for (const s of pl.sections) {
    if (s.heading) xs.push(p(r(s.heading, { b: true, color: 'FFFFFF', sz: 10.5, spacing: 30 }), { shd: A, before: 220, after: 100, keepNext: true, ind: { left: 60 } }));
    switch (s.id) {
      case 'summary': xs.push(p(r(s.text), { after: 40, align: 'both' })); break;
      case 'achievements': for (const t of s.items) xs.push(li(t)); break;
      case 'experience':
        for (const e of s.entries) {
          if (e.type === 'gap') {
            xs.push(p(r(e.title, { b: true, sz: 11 }) + r(`\t${e.dates}`, { color: G }), { tabs: [[tw, 'right']], before: 140, keepNext: true }));
            xs.push(p(r(e.text, { i: true })));
            continue;
          }
          xs.push(p(r(e.name, { b: true, sz: 11 }) + r(`  |  ${e.location}`, { color: G }), { before: 140, keepNext: true }));
          if (e.desc) xs.push(p(r(e.desc, { i: true, color: G, sz: 9.5 }), { keepNext: true }));
          for (const ro of e.roles) {
            xs.push(p(r(ro.title, { b: true, color: A }) + r(`\t${ro.dates}`, { color: G }), { tabs: [[tw, 'right']], before: 60, after: 20, keepNext: true }));
            for (const b of ro.bullets) { xs.push(li(b.text)); for (const sub of b.sub) xs.push(li(sub, 1)); }
          }
        }
        break;
      case 'earlier': for (const e of s.items) xs.push(p(r(`${e.company} | ${e.title}`) + r(`\t${e.dates}`, { color: G }), { tabs: [[tw, 'right']], after: 20 })); break;
      case 'skills': {
        const n = s.groups.length, w = Math.floor(tw / n);
        const cells = s.groups.map((g) => ({ xml: p(r(g.label, { b: true, color: A }), { after: 40 }) + g.items.map((t) => p(r(t), { after: 0 })).join(''), borders: { top: { sz: 12, color: A } }, mar: { top: 60, right: 120 } }));
        xs.push(tbl([{ cells }], { widths: Array(n).fill(w), borders: false }));
        break;
      }
      case 'education':
        for (const e of s.items) {
          xs.push(p(r(e.institution, { b: true }) + r(`\t${e.dates}`, { color: G }), { tabs: [[tw, 'right']], keepNext: true, before: 60 }));
          xs.push(p(r(e.degree) + (e.score ? r(` (${e.score})`) : '')));
        }
        break;
      case 'projects': for (const pr of s.items) xs.push(p(r(pr.name, { b: true }) + r(`: ${pr.description}`) + (pr.url ? r(` ${pr.url}`, { color: G }) : ''), { after: 40 })); break;
      case 'pubs': for (const t of s.items) xs.push(p(r(t), { numId: 2, after: 30 })); break;
      case 'languages': xs.push(p(r(s.items.join('   ·   ')))); break;
      default: for (const t of s.items) xs.push(li(t));
    }
  }
  const ftr = p(r(`${pl.name} — Page `, { sz: 8, color: G }) + field('PAGE', '1', { sz: 8, color: G }) + r(' of ', { sz: 8, color: G }) + field('NUMPAGES', '2', { sz: 8, color: G }), { align: 'center' });
  const styles = stylesXml({ font: 'Lato', sz: 9.5, line: 250, lang: 'en-GB' }, '');
  const numbering = numberingXml([
    [[0, 'bullet', '•', { left: 300, hanging: 220, color: A }], [1, 'bullet', '–', { left: 620, hanging: 220 }]],
    [[0, 'decimal', '%1.', { left: 360, hanging: 300 }]],
  ]);
  return pack({ body: xs.join(''), sect: sectPr(page, { footers: [['default', 'rId30']] }), styles, numbering, footers: [{ id: 'rId30', file: 'footer1.xml', xml: ftr }], title: `${pl.name} CV`, author: pl.name });
}

export const DOCX = { plain, labelcol, styles, shaded };
