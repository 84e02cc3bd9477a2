// Design "wordside": a two-column student resume made in Word (hand-written OOXML). Two variants:
//  - table:   one borderless 2-cell table; the shaded LEFT cell holds the name, label and the sidebar sections,
//             the right cell the main sections;
//  - textbox: a full-height shaded DrawingML text box anchored at the left page edge holds the sidebar; the body
//             (name, label, main sections) flows in a page with a wide left margin.
// Sidebar: Contact, Skills, Coursework, Honors, Languages; main: Education, Experience, Projects, Leadership.
import { r, p, pack, styles, numbering, sectPr, LETTER, A4, tbl, textBox } from './docx.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

export const wordside = {
  engine: 'docx',
  columns: 2,
  what: 'Word two-column student resume (hand-written OOXML): the sidebar is either the shaded LEFT cell of a borderless one-row table (name and label at its top) or a full-height shaded DrawingML text box anchored at the left page edge (name in the body); sidebar "CONTACT" lines without labels, "SKILLS" with bold group names over comma lists, "RELEVANT COURSEWORK", "HONORS & AWARDS", "LANGUAGES"; main column headings typed in capitals, letter-spaced with a bottom border; entries as bold title, "Company | City" line and an italic date line ("Jun 2024 – Aug 2024", "Summer 2024"); Wingdings square bullets; education with "Expected May 2026" and a GPA line. Reading order of the key: sidebar first, then main column',
  build(P, o = {}) {
    const D = { style: 'mon', sep: ' – ', present: 'Present', seasons: !!o.seasons };
    const side = [
      { type: 'contact', heading: 'CONTACT', items: [{ type: 'phone', text: P.phone }, { type: 'email', text: P.email }, { type: 'location', text: P.city }, { type: 'linkedin', text: P.linkedin }, { type: 'github', text: P.github }] },
      { type: 'skills', heading: 'SKILLS', rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) },
    ];
    const ed0 = P.education.find((e) => e.courses);
    if (ed0) side.push({ type: 'list', heading: 'RELEVANT COURSEWORK', items: [...ed0.courses] });
    side.push({ type: 'list', heading: 'HONORS & AWARDS', items: [...P.awards] });
    side.push({ type: 'list', heading: 'LANGUAGES', items: [...P.spoken] });
    const main = [];
    if (o.summary) main.push({ type: 'summary', heading: 'PROFILE', text: P.summary });
    main.push({
      type: 'education', heading: 'EDUCATION',
      items: P.education.map((ed) => {
        const sc = scoreLine(ed);
        return { school: ed.school, loc: ed.city, deg: degree(ed, 'short'), date: eduRange(ed, { mode: 'expected', style: 'mon' }), score: sc, lines: sc ? [sc.text] : [] };
      }),
    });
    main.push({ type: 'work', heading: 'EXPERIENCE', items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching', 'campus'], D) });
    main.push({ type: 'projects', heading: 'PROJECTS', items: projectItems(P, D, { dates: false }) });
    const lead = workItems(P, ['leadership'], D);
    if (lead.length) main.push({ type: 'work', heading: 'LEADERSHIP', items: lead });
    return { header: { name: P.name, label: P.label, contacts: [] }, side, main };
  },
  render(plan, o = {}) {
    const box = o.variant === 'textbox';
    const acc = o.accent ?? '1F4E79';
    const sideFill = o.sideFill ?? (box ? '17324D' : 'DCE6F0');
    const sideText = box ? 'FFFFFF' : '1A1A1A';
    const font = o.font ?? 'Calibri';
    // sidebar paragraphs
    const S = [];
    const sh = (t) => S.push(p(r(t, { b: true, sz: 10.5, spacing: 30, color: box ? 'FFFFFF' : acc }), { before: 200, after: 60, bottom: { sz: 6, space: 1, color: box ? 'FFFFFF' : acc } }));
    if (!box) {
      S.push(p(r(plan.header.name, { b: true, sz: 22, color: acc }), { after: 40, line: 228 }));
      S.push(p(r(plan.header.label, { sz: 11, color: '404040' }), { after: 120 }));
    }
    for (const s of plan.side) {
      sh(s.heading);
      if (s.type === 'contact') for (const c of s.items) S.push(p(r(c.text, { sz: 9.5, color: sideText }), { after: 30 }));
      else if (s.type === 'skills') for (const row of s.rows) { S.push(p(r(row.label, { b: true, sz: 9.5, color: sideText }), { after: 0 })); S.push(p(r(row.items.join(', '), { sz: 9.5, color: sideText }), { after: 60 })); }
      else if (s.type === 'list') for (const it of s.items) S.push(p(r(it, { sz: 9.5, color: sideText }), { after: 40 }));
    }
    // main paragraphs
    const M = [];
    if (box) {
      M.push(p(r(plan.header.name, { b: true, sz: 26, color: acc }), { after: 0 }));
      M.push(p(r(plan.header.label, { sz: 12, color: '595959' }), { after: 80 }));
    }
    const mh = (t) => M.push(p(r(t, { b: true, sz: 11.5, spacing: 40, color: acc }), { before: M.length > 2 ? 180 : 40, after: 60, keepNext: true, bottom: { sz: 8, space: 1, color: acc } }));
    const bullets = (bs) => { for (const b of bs) M.push(p(r(b, { sz: 10 }), { numId: 1, after: 20 })); };
    for (const s of plan.main) {
      mh(s.heading);
      if (s.type === 'summary') M.push(p(r(s.text, { sz: 10 }), { after: 40 }));
      else if (s.type === 'education') {
        for (const e of s.items) {
          M.push(p(r(e.school, { b: true, sz: 10.5 }), { keepNext: true, before: 60 }));
          M.push(p(r(`${e.deg.text} | ${e.loc}`, { sz: 10 }), { keepNext: true }));
          M.push(p(r(e.date.text, { i: true, sz: 9.5, color: '595959' }), { keepNext: !!e.lines.length }));
          for (const l of e.lines) M.push(p(r(l, { sz: 10 }), {}));
        }
      } else if (s.type === 'work') {
        for (const w of s.items) {
          M.push(p(r(w.title, { b: true, sz: 10.5 }), { keepNext: true, before: 80 }));
          M.push(p(r(`${w.org} | ${w.loc}`, { sz: 10 }), { keepNext: true }));
          M.push(p(r(w.date.text, { i: true, sz: 9.5, color: '595959' }), { keepNext: true, after: 20 }));
          bullets(w.bullets);
        }
      } else if (s.type === 'projects') {
        for (const pr of s.items) {
          M.push(p(r(pr.name, { b: true, sz: 10.5 }) + r(` (${pr.stack.join(', ')})`, { i: true, sz: 9.5 }), { keepNext: true, before: 80 }));
          bullets(pr.bullets);
        }
      }
    }
    let page, body;
    if (box) {
      page = { ...A4, top: 680, bottom: 680, left: 4100, right: 760 };
      const emu = (tw) => Math.round(tw * 635);
      const anchor = textBox({ x: 0, y: 0, cx: emu(3700), cy: emu(A4.h), fill: sideFill, paragraphs: S, id: 1, inset: emu(300) });
      body = p(anchor + r(plan.header.name, { b: true, sz: 26, color: acc }), { after: 0 }) + M.slice(1).join('');
    } else {
      page = { ...LETTER, top: 576, bottom: 576, left: 576, right: 576 };
      const tw = page.w - page.left - page.right;
      body = tbl([[{ content: S.join(''), shade: sideFill, mar: { left: 200, right: 200, top: 200 } }, { content: M.join(''), mar: { left: 300, right: 100, top: 120 } }]], { widths: [3500, tw - 3500], borders: false, layoutFixed: true }) + p('', { after: 0 });
    }
    const numXml = numbering([{ glyph: '\uF0A7', font: 'Wingdings', left: 300, hanging: 220, color: acc }]);
    return pack({
      body, sect: sectPr(page), styles: styles({ font, size: 10 }), numbering: numXml,
      fonts: [font, 'Wingdings'], title: 'Resume', author: plan.header.name, app: 'Microsoft Office Word', appVersion: '16.0000',
    });
  },
};
