// DOCX designs: dots (skills table with ●●●○○), docxhdr (contact links in the header part), cols (newspaper columns).
// They only lay out the plan's strings (lib.mjs plan()).
import { Part, p, r, tbl, field, columnBreak, numbering, styles, sectPr, pack } from './ooxml.mjs';

const boldIn = (s, i, o = {}) => {
  const t = s.items[i];
  const b = s.bold?.[i];
  if (!b || !t.includes(b)) return [r(t, o)];
  const k = t.indexOf(b);
  return [r(t.slice(0, k), o), r(b, { ...o, b: true }), r(t.slice(k + b.length), o)].filter((x) => !x.includes('<w:t xml:space="preserve"></w:t>'));
};

// ------------------------------------------------------------------ dots
function dots(m) {
  const doc = new Part();
  const ACC = '1F4E79';
  const W = 12240 - 2 * 1000;
  const out = [];
  out.push(p(r(m.name, { b: true, sz: 24, color: ACC }), { align: 'center' }));
  if (m.label) out.push(p(r(m.label, { sz: 12, color: '404040' }), { align: 'center', after: 40 }));
  const cs = [];
  m.contacts.forEach((c, i) => {
    if (i) cs.push(r('  |  ', { color: '808080' }));
    cs.push(c.href && c.kind !== 'phone' && c.kind !== 'email' ? doc.link(c.href, c.text) : r(c.text));
  });
  out.push(p(cs, { align: 'center', after: 120 }));
  const head = (h) => p(r(h), { style: 'Heading1' });
  for (const s of m.sections) {
    out.push(head(s.heading));
    if (s.type === 'summary') out.push(p(r(s.text), { after: 60, align: 'both' }));
    else if (s.type === 'skills') {
      const rows = [];
      const cell = (it) => (it ? [{ content: [p(r(it.name), { before: 20, after: 20 })] }, { content: [p(r('●'.repeat(it.lvl) + '○'.repeat(5 - it.lvl), { color: ACC, sz: 10 }), { before: 20, after: 20 })] }] : [{}, {}]);
      for (const g of s.groups) {
        rows.push([{ span: 4, shd: 'DEEAF6', content: [p(r(g.label, { b: true, sz: 10, color: ACC }), { before: 20, after: 20 })] }]);
        for (let i = 0; i < g.items.length; i += 2) rows.push([...cell(g.items[i]), ...cell(g.items[i + 1])]);
      }
      out.push(tbl(rows, { widths: [2900, 2220, 2900, 2220], borders: { insideH: [2, 'D9D9D9'], bottom: [2, 'D9D9D9'] } }));
    } else if (s.type === 'work') {
      for (const e of s.entries) {
        out.push(p([r(e.title, { b: true }), r(`\t${e.dates}`, { color: '404040' })], { tabs: [[W, 'right']], before: 100, keepNext: true }));
        out.push(p(r(`${e.org}${e.loc ? `, ${e.loc}` : ''}`, { i: true, color: ACC }), { keepNext: true, after: 20 }));
        for (const b of e.bullets) out.push(p(r(b), { numId: 1 }));
      }
    } else if (s.type === 'projects') {
      for (const pr of s.entries) {
        out.push(p([r(pr.name, { b: true }), r(' — '), doc.link(pr.href, pr.url)], { before: 80, keepNext: true }));
        out.push(p(r(pr.desc)));
        out.push(p([r('Tech: ', { i: true, color: '595959' }), r(pr.stack.join(', '), { i: true, color: '595959' })]));
      }
    } else if (s.type === 'education') {
      for (const e of s.entries) {
        out.push(p([r(`${e.degree} in ${e.area}`, { b: true }), r(`\t${e.dates}`, { color: '404040' })], { tabs: [[W, 'right']], before: 80, keepNext: true }));
        out.push(p(r(`${e.inst}${e.loc ? `, ${e.loc}` : ''}`, { i: true, color: ACC })));
        for (const x of [e.score, e.thesis, e.advisor]) if (x) out.push(p(r(x, { sz: 10 })));
      }
    } else if (s.type === 'list' && s.id === 'langs') {
      out.push(p(r(s.items.join('; '))));
    } else if (s.type === 'list') {
      s.items.forEach((_, i) => out.push(p(boldIn(s, i), { numId: 1 })));
    }
  }
  return pack({
    doc, body: out.join(''), title: `${m.name} Resume`, author: m.name,
    sect: sectPr({ page: 'letter', margins: { top: 900, bottom: 900, left: 1000, right: 1000 } }),
    styles: styles({ font: 'Calibri', size: 10.5, heading: { rpr: { b: true, smallCaps: true, sz: 13, color: ACC, spacing: 10 }, ppr: `<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="${ACC}"/></w:pBdr><w:spacing w:before="200" w:after="80"/>` } }),
    numbering: numbering([{ text: '▪', color: ACC, left: 340, hanging: 220 }]),
  });
}

// ------------------------------------------------------------------ docxhdr
function docxhdr(m) {
  const doc = new Part();
  const hdr = new Part();
  const ftr = new Part();
  const W = 11906 - 2 * 1080;
  const ACC = '7A3E00';
  const hc = m.contacts;
  const byKind = (kinds) => hc.filter((c) => kinds.includes(c.kind));
  const inline = (list, part) => {
    const xs = [];
    list.forEach((c, i) => {
      if (i) xs.push(r('  ·  ', { color: '999999', sz: 9 }));
      xs.push(c.href && c.kind !== 'phone' && c.kind !== 'email' && c.kind !== 'location' ? part.link(c.href, c.text, { sz: 9 }) : r(c.text, { sz: 9 }));
    });
    return xs;
  };
  const header = [
    p([r(m.name, { b: true, sz: 18, color: ACC, font: 'Calibri' }), r('\t'), ...inline(byKind(['email', 'phone']), hdr)], { tabs: [[W, 'right']] }),
    p([r(m.label ?? '', { i: true, sz: 10.5, color: '404040' }), r('\t'), ...inline(byKind(['location', 'site']), hdr)], { tabs: [[W, 'right']] }),
    p(inline(byKind(['github', 'kaggle', 'linkedin', 'scholar']), hdr), { align: 'right', border: { bottom: [6, ACC, 4] }, after: 0 }),
  ].join('');
  const footer = p([r('Page ', { sz: 8.5, color: '808080' }), field('PAGE', '1', { sz: 8.5, color: '808080' }), r(' of ', { sz: 8.5, color: '808080' }), field('NUMPAGES', '2', { sz: 8.5, color: '808080' })], { align: 'center' });
  const out = [];
  for (const s of m.sections) {
    out.push(p(r(s.heading), { style: 'Heading1' }));
    if (s.type === 'summary') out.push(p(r(s.text), { align: 'both' }));
    else if (s.type === 'work') {
      for (const e of s.entries) {
        out.push(p([r(e.org, { b: true }), r(e.loc ? ` | ${e.loc}` : '', { color: '595959' }), r(`\t${e.dates}`, { b: true, color: ACC })], { tabs: [[W, 'right']], before: 110, keepNext: true }));
        out.push(p(r(e.title, { i: true }), { keepNext: true, after: 30 }));
        for (const b of e.bullets) out.push(p(r(b), { numId: 1 }));
      }
    } else if (s.type === 'education') {
      for (const e of s.entries) {
        out.push(p([r(e.inst, { b: true }), r(e.loc ? ` | ${e.loc}` : '', { color: '595959' }), r(`\t${e.dates}`, { b: true, color: ACC })], { tabs: [[W, 'right']], before: 100, keepNext: true }));
        out.push(p(r(`${e.degree}, ${e.area}`, { i: true })));
        for (const x of [e.thesis, e.advisor, e.score]) if (x) out.push(p(r(x, { sz: 9.5, color: '404040' })));
      }
    } else if (s.type === 'projects') {
      for (const pr of s.entries) {
        out.push(p([r(pr.name, { b: true }), r('  '), doc.link(pr.href, pr.url, { sz: 9.5 })], { before: 80, keepNext: true }));
        out.push(p([r(`${pr.desc}. `), r(`Stack: ${pr.stack.join(', ')}`, { color: '595959' })]));
      }
    } else if (s.type === 'skills') {
      for (const g of s.groups) out.push(p([r(g.label, { b: true }), r(' — '), r(g.items.map((it) => it.name).join(', '))], { after: 40 }));
    } else if (s.type === 'list' && s.id === 'langs') {
      out.push(p(r(s.items.join('   ·   '))));
    } else if (s.type === 'list') {
      s.items.forEach((_, i) => out.push(p(boldIn(s, i), { numId: s.numbered ? 2 : 1, after: s.numbered ? 40 : 0 })));
    }
  }
  return pack({
    doc, body: out.join(''), title: `${m.name} – CV`, author: m.name,
    header: { part: hdr, body: header }, footer: { part: ftr, body: footer },
    sect: sectPr({ page: 'a4', header: true, footer: true, margins: { top: 1750, bottom: 1000, left: 1080, right: 1080, header: 500, footer: 450 } }),
    styles: styles({ font: 'Cambria', size: 10.5, lang: 'en-GB', link: '1F4E79', heading: { rpr: { b: true, sz: 12.5, color: ACC, font: 'Calibri', caps: true }, ppr: '<w:spacing w:before="240" w:after="60"/>' } }),
    numbering: numbering([{ text: '•', left: 360, hanging: 240 }, { decimal: true, text: '%1.', left: 400, hanging: 400 }]),
  });
}

// ------------------------------------------------------------------ cols
const LEVEL = ['', 'basic', 'basic', 'intermediate', 'advanced', 'expert'];

function cols(m) {
  const doc = new Part();
  const ACC = '00695C';
  const out = [];
  out.push(p(r(m.name, { b: true, sz: 24, color: ACC, font: 'Arial' })));
  if (m.label) out.push(p(r(m.label, { caps: true, spacing: 30, sz: 10.5, color: '404040' }), { after: 60 }));
  const cs = [];
  m.contacts.forEach((c, i) => {
    if (i) cs.push(r('  •  ', { color: ACC }));
    cs.push(c.href && c.kind !== 'phone' && c.kind !== 'email' && c.kind !== 'location' ? doc.link(c.href, c.text) : r(c.text));
  });
  // the last paragraph of section 1 carries its sectPr (one column); section 2 starts continuous with two columns
  out.push(p(cs, { border: { bottom: [12, ACC, 6] }, after: 160, sect: sectPr({ page: 'a4', margins: { top: 800, bottom: 800, left: 900, right: 900 } }) }));
  const head = (h) => p(r(h), { style: 'Heading1' });
  const side = m.sections.filter((s) => s.col === 'side');
  const main = m.sections.filter((s) => s.col === 'main');
  const SZ = 8.5;
  for (const s of side) {
    out.push(head(s.heading));
    if (s.type === 'skills') {
      for (const g of s.groups) {
        out.push(p(r(g.label, { b: true, sz: SZ, color: ACC }), { before: 60 }));
        for (const it of g.items) out.push(p(r(`${it.name} (${LEVEL[it.lvl]})`, { sz: SZ })));
      }
    } else if (s.type === 'education') {
      for (const e of s.entries) {
        out.push(p(r(`${e.degree}, ${e.area}`, { b: true, sz: SZ }), { before: 60 }));
        out.push(p(r(e.inst, { sz: SZ })));
        out.push(p(r(e.score ? `${e.dates} · ${e.score}` : e.dates, { sz: SZ, color: '666666' })));
      }
    } else if (s.type === 'list') {
      for (const t of s.items) out.push(p(r(t, { sz: SZ }), { after: 50 }));
    }
  }
  out.push(p(columnBreak()));
  const W = 6306;
  for (const s of main) {
    out.push(head(s.heading));
    if (s.type === 'summary') out.push(p(r(s.text, { sz: 9.5 })));
    else if (s.type === 'work') {
      for (const e of s.entries) {
        out.push(p([r(e.title, { b: true, sz: 10 }), r(`\t${e.dates}`, { sz: 8.5, color: '666666' })], { tabs: [[W, 'right']], before: 90, keepNext: true }));
        out.push(p(r(`${e.org}${e.loc ? ` · ${e.loc}` : ''}`, { color: ACC, sz: 9.5 }), { keepNext: true, after: 20 }));
        for (const b of e.bullets) out.push(p(r(b, { sz: 9 }), { numId: 1 }));
      }
    } else if (s.type === 'projects') {
      for (const pr of s.entries) {
        out.push(p([r(pr.name, { b: true, sz: 9.5 }), r(' — ', { sz: 9.5 }), doc.link(pr.href, pr.url, { sz: 9 })], { before: 60, keepNext: true }));
        out.push(p([r(pr.desc, { sz: 9 }), r(` (${pr.stack.join(' · ')})`, { sz: 9, color: '666666' })]));
      }
    } else if (s.type === 'list') {
      s.items.forEach((_, i) => out.push(p(boldIn(s, i, { sz: 9 }), { numId: s.numbered ? 2 : 1, after: 30 })));
    }
  }
  return pack({
    doc, body: out.join(''), title: `${m.name} Resume`, author: m.name,
    sect: sectPr({ page: 'a4', type: 'continuous', margins: { top: 800, bottom: 800, left: 900, right: 900 }, cols: '<w:cols w:num="2" w:space="500" w:equalWidth="0"><w:col w:w="3300" w:space="500"/><w:col w:w="6306"/></w:cols>' }),
    styles: styles({ font: 'Arial', size: 9.5, link: ACC, heading: { rpr: { b: true, caps: true, sz: 10, color: ACC, spacing: 20 }, ppr: `<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="B2DFDB"/></w:pBdr><w:spacing w:before="180" w:after="60"/>` } }),
    numbering: numbering([{ text: '›', color: ACC, left: 260, hanging: 180 }, { decimal: true, text: '%1.', left: 300, hanging: 300 }]),
  });
}

export const DOCX = { dots, docxhdr, cols };
