// Design "gdocs": a student's own one-pager typed in Google Docs and downloaded as .docx. Google's export style:
// Title/Heading 1 paragraph styles overridden by direct run formatting on every run (rFonts, sz, color, w:rtl 0),
// line spacing 1.15, "●"/"○" list glyphs in Arial with w:u none, w:hyperlink runs coloured 1155cc, right tab stop
// at the text edge for dates, empty paragraphs between sections, 0.5 in margins.
import { esc, p, pack, numbering, sectPr, LETTER, link } from './docx.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

// Google-style run: explicit font, size, colour and w:rtl on every run.
function gr(text, o = {}) {
  const f = o.font ?? 'Lato';
  let rp = `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
  if (o.b) rp += '<w:b w:val="1"/>';
  if (o.i) rp += '<w:i w:val="1"/>';
  rp += `<w:color w:val="${o.color ?? '000000'}"/><w:sz w:val="${Math.round((o.sz ?? 10.5) * 2)}"/><w:szCs w:val="${Math.round((o.sz ?? 10.5) * 2)}"/>`;
  rp += o.u ? '<w:u w:val="single"/>' : '';
  rp += '<w:rtl w:val="0"/>';
  let inner = '';
  for (const part of String(text).split(/(\t)/)) inner += part === '\t' ? '<w:tab/>' : part ? `<w:t xml:space="preserve">${esc(part)}</w:t>` : '';
  return `<w:r><w:rPr>${rp}</w:rPr>${inner}</w:r>`;
}

export const gdocs = {
  engine: 'docx',
  what: 'Google Docs one-pager downloaded as .docx: Title-style name in Lato, optional label line, one contact line joined by " | " (profile links either printed as URLs or as the hyperlinked words "LinkedIn"/"GitHub"/"Portfolio"), coloured Heading 1 section titles, one-line entries "**Title**, Company — City<right tab>Jun – Aug 2024" (year printed once when both months share it), "●" bullets (Arial glyph, hand-set indents), education "**School** — Degree<tab>dates" with a GPA line, projects "**Name** | stack<tab>dates", bold-label skill rows, awards as bullets, empty paragraphs between sections',
  build(P, o = {}) {
    const D = { style: 'mon', sep: ' – ', present: 'Present', shareYear: true };
    const H = (t) => (o.caps ? t.toUpperCase() : t);
    const contacts = [{ type: 'location', text: P.city }, { type: 'phone', text: P.phone }, { type: 'email', text: P.email }];
    if (o.words) {
      contacts.push({ type: 'linkedin', text: 'LinkedIn', href: `https://www.${P.linkedin}`, word: true }, { type: 'github', text: 'GitHub', href: `https://${P.github}`, word: true });
      if (o.web) contacts.push({ type: 'url', text: 'Portfolio', href: `https://${P.web}`, word: true });
    } else {
      contacts.push({ type: 'linkedin', text: P.linkedin, href: `https://www.${P.linkedin}` }, { type: 'github', text: P.github, href: `https://${P.github}` });
    }
    const sec = {
      summary: { type: 'summary', heading: H('Summary'), text: P.summary },
      education: {
        type: 'education', heading: H('Education'),
        items: P.education.map((ed) => {
          const sc = scoreLine(ed);
          return {
            school: ed.school, deg: degree(ed, 'short', { minor: false }), date: eduRange(ed, { mode: 'range', style: 'mon', sep: ' – ' }),
            score: sc, lines: [[sc?.text, ...(ed.honors ?? []).slice(0, 1)].filter(Boolean).join(' · ')].filter(Boolean),
          };
        }),
      },
      experience: { type: 'work', heading: H(o.expHeading ?? 'Experience'), items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching'], D) },
      other: { type: 'work', heading: H(o.otherHeading ?? 'Other Experience'), items: workItems(P, o.otherKinds ?? ['campus', 'other'], D) },
      projects: { type: 'projects', heading: H('Projects'), items: projectItems(P, D) },
      skills: { type: 'skills', heading: H('Skills'), rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) },
      awards: { type: 'list', heading: H('Honors & Awards'), items: [...P.awards] },
    };
    const main = (o.order ?? ['education', 'experience', 'projects', 'skills', 'awards']).map((k) => sec[k]).filter((s) => s.type !== 'work' || s.items.length);
    return { header: { name: P.name, label: o.label ? P.label : undefined, contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const page = { ...LETTER, top: 720, bottom: 720, left: 720, right: 720 };
    const tw = page.w - page.left - page.right;
    const acc = o.accent ?? '1C4587';
    const tab = [[tw, 'right']];
    const xs = [];
    const links = [];
    const sp = (o2 = {}) => ({ line: 264, before: 0, after: 0, ...o2 });
    const empty = () => xs.push(p(gr('', { sz: 6 }), sp()));
    xs.push(p(gr(plan.header.name, { sz: 24, b: true }), { style: 'Title', ...sp({ after: 40 }) }));
    if (plan.header.label) xs.push(p(gr(plan.header.label, { sz: 12, color: '666666' }), { style: 'Subtitle', ...sp({ after: 40 }) }));
    const cs = plan.header.contacts.map((c) => {
      if (!c.href) return gr(c.text, { sz: 10 });
      const id = `rId${20 + links.length}`;
      links.push({ id, url: c.href });
      return link(id, gr(c.text, { sz: 10, color: '1155CC', u: true }));
    });
    xs.push(p(cs.join(gr(' | ', { sz: 10 })), sp({ after: 60 })));
    const bullet = (t) => xs.push(p(gr(t), { numId: 1, ...sp(), ind: { left: 360, hanging: 270 } }));
    for (const s of plan.main) {
      empty();
      xs.push(p(gr(s.heading, { sz: 12, b: true, color: acc }), { style: 'Heading1', keepNext: true, ...sp({ after: 40 }), bottom: { sz: 8, space: 1, color: acc } }));
      if (s.type === 'summary') xs.push(p(gr(s.text), sp()));
      if (s.type === 'education') {
        for (const e of s.items) {
          xs.push(p(gr(e.school, { b: true }) + gr(` — ${e.deg.text}\t${e.date.text}`), { tabs: tab, keepNext: true, ...sp({ before: 60 }) }));
          for (const l of e.lines) xs.push(p(gr(l, { i: true }), sp()));
        }
      } else if (s.type === 'work') {
        for (const w of s.items) {
          xs.push(p(gr(w.title, { b: true }) + gr(`, ${w.org} — ${w.loc}\t`) + gr(w.date.text, { color: '434343' }), { tabs: tab, keepNext: true, ...sp({ before: 60 }) }));
          for (const b of w.bullets) bullet(b);
        }
      } else if (s.type === 'projects') {
        for (const pr of s.items) {
          xs.push(p(gr(pr.name, { b: true }) + gr(` | ${pr.stack.join(', ')}\t`, { i: true }) + gr(pr.date.text, { color: '434343' }), { tabs: tab, keepNext: true, ...sp({ before: 60 }) }));
          for (const b of pr.bullets) bullet(b);
        }
      } else if (s.type === 'skills') {
        for (const row of s.rows) xs.push(p(gr(`${row.label}: `, { b: true }) + gr(row.items.join(', ')), sp()));
      } else if (s.type === 'list') {
        for (const it of s.items) bullet(it);
      }
    }
    const styleXml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault>' +
      '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="120" w:before="400" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="60" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="52"/><w:szCs w:val="52"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/><w:spacing w:after="320" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>' +
      '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
      '</w:styles>';
    const numXml = numbering([{ glyph: '●', font: 'Arial', glyph2: '○', font2: 'Arial', left: 360, hanging: 270, noU: true }]);
    return pack({
      body: xs.join(''), sect: sectPr(page), styles: styleXml, numbering: numXml, links,
      fonts: ['Lato', 'Arial'], title: `${plan.header.name} - Resume`, author: '', app: '',
    });
  },
};
