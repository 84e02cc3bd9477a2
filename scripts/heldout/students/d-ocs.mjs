// Design "ocs": the Harvard/MIT career-office Word template, written as DOCX by hand. Education first; bold school
// with the city on a right tab; italic degree with the (expected) graduation date on the right tab; GPA/honours and
// "Relevant Coursework:" lines; "Experience" and "Leadership & Activities" entries as "Organisation<tab>City" over
// "Title<tab>Month Year – Month Year"; Word Symbol bullets; "Skills & Interests" with Technical:/Language:/Interests:.
import { r, p, pack, styles, numbering, sectPr, LETTER } from './docx.mjs';
import { eduRange, degree, scoreLine, workItems } from './plan.mjs';

export const ocs = {
  engine: 'docx',
  what: 'Harvard/MIT career-office Word template (hand-written OOXML): centred bold name, one centred contact line joined by " • "; centred bold headings over a thin rule; Education first with bold school + right-tab city, italic degree + right-tab "Expected May 2026", a GPA/honours line and a "Relevant Coursework:" line; Experience and "Leadership & Activities" as bold organisation + right city over italic title + right dates ("June 2024 – August 2024", or "Summer 2024" where the student wrote the season); Symbol bullets; "Skills & Interests" with bold "Technical:", "Language:", "Interests:" labels',
  build(P, o = {}) {
    const D = { style: 'full', sep: ' – ', present: 'Present', seasons: !!o.seasons };
    const H = (t) => (o.caps ? t.toUpperCase() : t);
    const contacts = [];
    contacts.push({ type: 'location', text: o.addr === false ? P.city : `${P.address}, ${P.cityZip}` });
    contacts.push({ type: 'email', text: P.email }, { type: 'phone', text: P.phone });
    if (o.linkedin) contacts.push({ type: 'linkedin', text: P.linkedin });
    const edu = P.education.map((ed) => {
      const sc = scoreLine(ed, { label: ed.gpaLabel ?? 'Cumulative GPA' });
      const first = [sc?.text, ...(ed.honors ?? [])].filter(Boolean).join('; ');
      return {
        school: ed.school, loc: ed.city, deg: degree(ed, 'long'), date: eduRange(ed, { mode: 'expected', style: 'full' }),
        score: sc, lines: first ? [first] : [], courses: ed.courses ?? null,
        courseLine: ed.courses ? `Relevant Coursework: ${ed.courses.join(', ')}` : null,
      };
    });
    const tech = Object.values(P.skills).flat();
    const main = [
      { type: 'education', heading: H('Education'), items: edu },
      { type: 'work', heading: H('Experience'), items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching', 'campus'], D) },
      { type: 'work', heading: H('Leadership & Activities'), items: workItems(P, ['leadership'], D) },
      {
        type: 'skills', heading: H('Skills & Interests'),
        rows: [
          { label: 'Technical', items: tech },
          { label: 'Language', items: [...P.spoken], other: true },
          { label: 'Interests', items: [...P.interests], other: true },
        ],
      },
    ].filter((s) => s.type !== 'work' || s.items.length);
    return { header: { name: P.name, contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const page = { ...LETTER, top: 1008, bottom: 1008, left: 1080, right: 1080 };
    const tw = page.w - page.left - page.right;
    const font = o.font ?? 'Times New Roman';
    const tab = [[tw, 'right']];
    const xs = [];
    xs.push(p(r(plan.header.name, { b: true, sz: 16 }), { align: 'center', after: 20 }));
    xs.push(p(r(plan.header.contacts.map((c) => c.text).join(' • '), { sz: 10 }), { align: 'center', after: 120 }));
    const heading = (t) => xs.push(p(r(t, { b: true, sz: 11.5 }), { align: 'center', before: 200, after: 80, keepNext: true, bottom: { sz: 6, space: 1, color: '000000' } }));
    for (const s of plan.main) {
      heading(s.heading);
      if (s.type === 'education') {
        s.items.forEach((e, i) => {
          xs.push(p(r(e.school, { b: true }) + r('\t') + r(e.loc), { tabs: tab, keepNext: true, before: i ? 120 : 0 }));
          xs.push(p(r(e.deg.text, { i: true }) + r('\t') + r(e.date.text), { tabs: tab, keepNext: true }));
          for (const l of e.lines) xs.push(p(r(l), {}));
          if (e.courseLine) xs.push(p(r('Relevant Coursework: ', { i: true }) + r(e.courseLine.slice('Relevant Coursework: '.length)), {}));
        });
      } else if (s.type === 'work') {
        s.items.forEach((w, i) => {
          xs.push(p(r(w.org, { b: true }) + r('\t') + r(w.loc), { tabs: tab, keepNext: true, before: i ? 120 : 0 }));
          xs.push(p(r(w.title, { i: true }) + r('\t') + r(w.date.text), { tabs: tab, keepNext: true }));
          for (const b of w.bullets) xs.push(p(r(b), { numId: 1, ind: { left: 360, hanging: 270 } }));
        });
      } else if (s.type === 'skills') {
        for (const row of s.rows) xs.push(p(r(`${row.label}: `, { b: true }) + r(row.items.join(', ')), { ind: { left: 0 }, after: 20 }));
      }
    }
    const numXml = numbering([{ glyph: '\uF0B7', font: 'Symbol', left: 360, hanging: 270 }]);
    return pack({
      body: xs.join(''), sect: sectPr(page), styles: styles({ font, size: o.size ?? 11 }), numbering: numXml,
      fonts: [font, 'Symbol'], title: `${plan.header.name} Resume`, author: plan.header.name, app: 'Microsoft Office Word', appVersion: '16.0000',
    });
  },
};
