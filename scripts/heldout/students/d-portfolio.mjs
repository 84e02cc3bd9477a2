// Design "portfolio": a developer's HTML "portfolio" resume printed from Chromium, projects first. Header with name,
// label and an icon contact column; PROJECTS lead with "Name | stack | github.com/…" rows and right-aligned dates;
// experience as "Title @ Company · City"; education with "Graduating May 2026"; skills as pill tags.
import { esc, icon, ICON_OF, href, page, PRINT } from './html.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

export const portfolio = {
  engine: 'chromium',
  what: 'Chromium-printed HTML "portfolio" resume, projects first: name + label on the left and an icon contact column on the right (SVG icons, printed handles); letter-spaced upper-case section titles typed in capitals; PROJECTS rows "Name | stack | github.com/user/repo" (stack in JetBrains Mono) with the dates right-aligned and "▹" bullets from CSS ::before; EXPERIENCE rows "Title @ Company · City" with right-aligned "Jun 2024 – Aug 2024"; EDUCATION "School — Degree" with "Graduating May 2026"/"Graduated …" on the right and a "GPA …" line; SKILLS as pill-shaped tags without group labels; ACHIEVEMENTS list; optional one-line "EARLIER EXPERIENCE" roles without bullets',
  build(P, o = {}) {
    const D = { style: 'mon', sep: ' – ', present: 'Present' };
    const contacts = [
      { type: 'email', text: P.email }, { type: 'phone', text: P.phone }, { type: 'location', text: P.city },
      { type: 'github', text: P.github }, { type: 'linkedin', text: P.linkedin },
    ];
    if (o.web) contacts.push({ type: 'url', text: P.web });
    const main = [
      { type: 'projects', heading: 'PROJECTS', items: projectItems(P, D) },
      { type: 'work', heading: 'EXPERIENCE', items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching'], D) },
    ];
    if (o.earlier) main.push({ type: 'work', heading: o.earlier, oneLine: true, items: workItems(P, ['other', 'campus'], D).map((w) => ({ ...w, bullets: [] })) });
    main.push({
      type: 'education', heading: 'EDUCATION',
      items: P.education.map((ed) => {
        const sc = scoreLine(ed);
        return { school: ed.school, deg: degree(ed, 'short'), date: eduRange(ed, { mode: 'grad', style: 'mon' }), score: sc, lines: [[sc?.text, ...(ed.honors ?? []).slice(0, 1)].filter(Boolean).join(' · ')].filter(Boolean) };
      }),
    });
    main.push({ type: 'skills', heading: 'SKILLS', rows: [{ label: '', items: Object.values(P.skills).flat() }] });
    main.push({ type: 'list', heading: 'ACHIEVEMENTS', items: [...P.awards] });
    return { header: { name: P.name, label: o.label ?? P.label, contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const acc = o.accent ?? '#0f766e';
    const b = [];
    b.push(`<header><div class="who"><h1>${esc(plan.header.name)}</h1><div class="label">${esc(plan.header.label)}</div></div><ul class="contact">${plan.header.contacts.map((c) => `<li>${icon(ICON_OF[c.type])}<a href="${esc(href(c))}">${esc(c.text)}</a></li>`).join('')}</ul></header>`);
    const ul = (bs) => (bs.length ? `<ul class="b">${bs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '');
    for (const s of plan.main) {
      b.push(`<section><h2>${esc(s.heading)}</h2>`);
      if (s.type === 'projects') {
        for (const p of s.items) b.push(`<div class="row"><div><b>${esc(p.name)}</b> <span class="bar">|</span> <span class="mono">${esc(p.stack.join(' · '))}</span> <span class="bar">|</span> <a class="mono" href="https://${esc(p.link)}">${esc(p.link)}</a></div><div class="date">${esc(p.date.text)}</div></div>${ul(p.bullets)}`);
      } else if (s.type === 'work' && s.oneLine) {
        for (const w of s.items) b.push(`<div class="row one"><div><b>${esc(w.title)}</b> @ ${esc(w.org)} <span class="muted">· ${esc(w.loc)}</span></div><div class="date">${esc(w.date.text)}</div></div>`);
      } else if (s.type === 'work') {
        for (const w of s.items) b.push(`<div class="row"><div><b>${esc(w.title)}</b> @ ${esc(w.org)} <span class="muted">· ${esc(w.loc)}</span></div><div class="date">${esc(w.date.text)}</div></div>${ul(w.bullets)}`);
      } else if (s.type === 'education') {
        for (const e of s.items) b.push(`<div class="row"><div><b>${esc(e.school)}</b> — ${esc(e.deg.text)}</div><div class="date">${esc(e.date.text)}</div></div>${e.lines.map((l) => `<div class="muted small">${esc(l)}</div>`).join('')}`);
      } else if (s.type === 'skills') {
        b.push(`<div class="tags">${s.rows[0].items.map((t) => `<span class="tag">${esc(t)}</span>`).join('')}</div>`);
      } else if (s.type === 'list') {
        b.push(ul(s.items));
      }
      b.push('</section>');
    }
    const css = `
@page { size: ${o.paper ?? 'Letter'}; margin: 0.5in 0.55in; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Inter, 'Open Sans', sans-serif; font-size: 9.4pt; line-height: 1.38; color: #1f2933; }
a { color: inherit; text-decoration: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid ${acc}; padding-bottom: 8px; margin-bottom: 4px; }
h1 { font-size: 24pt; margin: 0; letter-spacing: -0.5px; line-height: 1.1; }
.label { color: ${acc}; font-weight: 600; font-size: 11pt; margin-top: 3px; }
.contact { list-style: none; margin: 0; padding: 0; font-size: 8.6pt; text-align: left; }
.contact li { display: flex; align-items: center; gap: 6px; line-height: 1.45; }
.ic { color: ${acc}; flex: none; }
h2 { font-size: 9.5pt; letter-spacing: 2.5px; color: ${acc}; margin: 10px 0 4px; font-weight: 700; }
.row { display: flex; justify-content: space-between; gap: 12px; margin-top: 5px; }
.row.one { margin-top: 2px; }
.date { white-space: nowrap; color: #52606d; font-size: 8.8pt; }
.mono { font-family: 'JetBrains Mono', monospace; font-size: 8pt; color: #334e68; }
.bar { color: #9aa5b1; }
.muted { color: #52606d; }
.small { font-size: 8.8pt; }
ul.b { list-style: none; margin: 2px 0 0; padding-left: 14px; }
ul.b li { position: relative; margin: 1px 0; }
ul.b li::before { content: "▹"; position: absolute; left: -13px; color: ${acc}; }
.tags { display: flex; flex-wrap: wrap; gap: 4px 5px; }
.tag { border: 1px solid ${acc}; color: #102a43; background: #f0fdfa; border-radius: 10px; padding: 0 8px; font-size: 8.4pt; ${PRINT} }
`;
    return page(css, b.join('\n'));
  },
};
