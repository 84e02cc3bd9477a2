// Design "bootcamp": the hybrid resume career changers are taught to write (Chromium): summary, a technical-skills
// grid, projects, "Technical Experience", education with the bootcamp certificate, and the earlier non-tech jobs
// under "Other Experience" at the end. Numeric dates "06/2024 – 08/2024", "Current".
import { esc, href, page, PRINT } from './html.mjs';
import { eduRange, degree, workItems, projectItems, scoreLine } from './plan.mjs';

export const bootcamp = {
  engine: 'chromium',
  what: 'Chromium-printed hybrid "career changer" resume as taught by coding bootcamps: Roboto Slab name and label, one contact line joined by " • " with printed URLs; "Summary" paragraph; "Technical Skills" as a three-column grid with a small group title over each list (one skill per line); projects with "Name | github.com/…" and a "Tech:" line under it, right-aligned numeric dates ("04/2024 – 06/2024"); "Technical Experience" rows "Title | Company | City" with right-aligned "08/2024 – Current"; education rows "Degree — School, City" with the year (or "Expected 2026") on the right; "Other Experience" (earlier non-tech or campus jobs) at the end with one bullet each; "–" bullets',
  build(P, o = {}) {
    const D = { style: 'num', sep: ' – ', present: 'Current' };
    const contacts = [
      { type: 'location', text: P.city }, { type: 'phone', text: P.phone }, { type: 'email', text: P.email },
      { type: 'linkedin', text: P.linkedin }, { type: 'github', text: P.github },
    ];
    const techKinds = o.techKinds ?? ['job', 'intern', 'teaching', 'research'];
    const main = [
      { type: 'summary', heading: 'Summary', text: o.summary ?? P.summary },
      { type: 'skills', heading: 'Technical Skills', rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) },
      { type: 'projects', heading: o.projHeading ?? 'Projects', items: projectItems(P, D) },
      { type: 'work', heading: o.techHeading ?? 'Technical Experience', items: workItems(P, techKinds, D) },
      {
        type: 'education', heading: 'Education',
        items: P.education.map((ed) => {
          const sc = scoreLine(ed);
          return { school: ed.school, loc: ed.city, deg: degree(ed, 'short'), date: eduRange(ed, { mode: 'expected', style: 'year' }), score: sc, lines: sc ? [sc.text] : [] };
        }),
      },
      { type: 'work', heading: 'Other Experience', items: workItems(P, o.otherKinds ?? ['other', 'campus', 'leadership'], D).map((w) => ({ ...w, bullets: w.bullets.slice(0, 1) })) },
    ].filter((s) => s.type !== 'work' || s.items.length);
    return { header: { name: P.name, label: o.label ?? P.label, contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const acc = o.accent ?? '#7c2d12';
    const b = [];
    b.push(`<header><h1>${esc(plan.header.name)}</h1><div class="label">${esc(plan.header.label)}</div><div class="contact">${plan.header.contacts.map((c) => (c.type === 'location' || c.type === 'phone' ? esc(c.text) : `<a href="${esc(href(c))}">${esc(c.text)}</a>`)).join(' <span class="dot">•</span> ')}</div></header>`);
    const ul = (bs) => (bs.length ? `<ul>${bs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '');
    for (const s of plan.main) {
      b.push(`<section><h2>${esc(s.heading)}</h2>`);
      if (s.type === 'summary') b.push(`<p class="sum">${esc(s.text)}</p>`);
      else if (s.type === 'skills') b.push(`<div class="grid">${s.rows.map((r) => `<div><h3>${esc(r.label)}</h3>${r.items.map((i) => `<div>${esc(i)}</div>`).join('')}</div>`).join('')}</div>`);
      else if (s.type === 'projects') {
        for (const p of s.items) b.push(`<div class="row"><div><b>${esc(p.name)}</b> | <a href="https://${esc(p.link)}">${esc(p.link)}</a></div><div class="date">${esc(p.date.text)}</div></div><div class="tech"><i>Tech:</i> ${esc(p.stack.join(', '))}</div>${ul(p.bullets)}`);
      } else if (s.type === 'work') {
        for (const w of s.items) b.push(`<div class="row"><div><b>${esc(w.title)}</b> | ${esc(w.org)} | ${esc(w.loc)}</div><div class="date">${esc(w.date.text)}</div></div>${ul(w.bullets)}`);
      } else if (s.type === 'education') {
        for (const e of s.items) b.push(`<div class="row"><div><b>${esc(e.deg.text)}</b> — ${esc(e.school)}, ${esc(e.loc)}</div><div class="date">${esc(e.date.text)}</div></div>${e.lines.map((l) => `<div class="tech">${esc(l)}</div>`).join('')}`);
      }
      b.push('</section>');
    }
    const css = `
@page { size: ${o.paper ?? 'Letter'}; margin: 0.55in 0.6in; }
body { margin: 0; font-family: Roboto, 'Open Sans', sans-serif; font-size: 9.6pt; line-height: 1.35; color: #222; }
a { color: inherit; text-decoration: none; }
header { text-align: center; margin-bottom: 6px; }
h1 { font-family: 'Roboto Slab', serif; font-size: 22pt; margin: 0; color: ${acc}; font-weight: 700; }
.label { font-size: 11pt; color: #444; margin: 1px 0 3px; }
.contact { font-size: 8.9pt; }
.dot { color: ${acc}; }
h2 { font-family: 'Roboto Slab', serif; font-size: 11pt; color: ${acc}; border-bottom: 1px solid #c9b8ad; margin: 9px 0 3px; padding-bottom: 1px; font-weight: 700; }
h3 { font-size: 9pt; margin: 0 0 1px; color: #555; font-weight: 700; }
.sum { margin: 2px 0; text-align: justify; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 0 18px; }
.row { display: flex; justify-content: space-between; gap: 10px; margin-top: 4px; }
.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
.tech { font-size: 9pt; color: #444; }
ul { margin: 1px 0 0; padding-left: 16px; list-style: none; }
li { position: relative; }
li::before { content: "–"; position: absolute; left: -12px; }
section { ${PRINT} }
`;
    return page(css, b.join('\n'));
  },
};
