// Design "sidebar": a two-column student resume printed from Chromium: a coloured LEFT sidebar (contact with labels,
// skills by group, relevant coursework, awards, languages) and the main column (name, label, profile, education,
// experience, projects, leadership). The key lists the sidebar headings first (left column before right column).
import { esc, href, page, PRINT } from './html.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

export const sidebar = {
  engine: 'chromium',
  columns: 2,
  what: 'Chromium-printed two-column student resume: a coloured LEFT sidebar (about 31% wide, full page height) with an optional initials monogram, "Contact" (small upper-case labels over the values: Phone, Email, Location, LinkedIn, GitHub), "Skills" grouped under bold group names (comma lists, or one skill per line), "Relevant Coursework", "Awards" and "Languages"; main column with the name, label, a "Profile" paragraph, "Education" ("Expected May 2026" or a range), "Experience" rows "**Title** … Jun – Aug 2024" (year printed once) over "Company, City", "Projects" "**Name** — stack … dates", and "Leadership"/"Other Experience"; sidebar headings letter-spaced (typed in capitals in some cases). Reading order of the key: sidebar first, then main column',
  build(P, o = {}) {
    const D = { style: o.dateStyle ?? 'mon', sep: ' – ', present: o.present ?? 'Present', shareYear: true, seasons: !!o.seasons };
    const H = (t) => (o.sideCaps ? t.toUpperCase() : t);
    const contactItems = [
      { label: 'Phone', type: 'phone', text: P.phone }, { label: 'Email', type: 'email', text: P.email },
      { label: 'Location', type: 'location', text: P.city }, { label: 'LinkedIn', type: 'linkedin', text: P.linkedin },
      { label: 'GitHub', type: 'github', text: P.github },
    ];
    if (o.web) contactItems.push({ label: 'Website', type: 'url', text: P.web });
    const ed0 = P.education.find((e) => e.courses);
    const side = [
      { type: 'contact', heading: H('Contact'), items: contactItems },
      { type: 'skills', heading: H('Skills'), rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) },
      ed0 && { type: 'list', heading: H('Relevant Coursework'), items: [...ed0.courses] },
      { type: 'list', heading: H('Awards'), items: [...P.awards] },
      { type: 'list', heading: H('Languages'), items: [...P.spoken] },
    ].filter(Boolean);
    const main = [
      { type: 'summary', heading: 'Profile', text: P.summary },
      {
        type: 'education', heading: 'Education',
        items: P.education.map((ed) => {
          const sc = scoreLine(ed, { label: ed.gpaLabel ?? 'GPA' });
          return { school: ed.school, loc: ed.city, deg: degree(ed, 'long'), date: eduRange(ed, { mode: o.eduMode ?? 'expected', style: 'mon', sep: ' – ' }), score: sc, lines: sc ? [sc.text] : [] };
        }),
      },
      { type: 'work', heading: 'Experience', items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching', 'campus'], D) },
      { type: 'projects', heading: 'Projects', items: projectItems(P, D) },
      { type: 'work', heading: o.leadHeading ?? 'Leadership', items: workItems(P, o.leadKinds ?? ['leadership'], D) },
    ].filter((s) => s.type !== 'work' || s.items.length);
    const initials = P.name.split(' ').map((w) => w[0]).join('');
    return { header: { name: P.name, label: P.label, contacts: [] }, side, main, initials: o.monogram ? initials : null };
  },
  render(plan, o = {}) {
    const acc = o.accent ?? '#1d3b53';
    const S = [];
    if (plan.initials) S.push(`<div class="mono">${esc(plan.initials)}</div>`);
    for (const s of plan.side) {
      S.push(`<h2>${esc(s.heading)}</h2>`);
      if (s.type === 'contact') S.push(s.items.map((c) => `<div class="ci"><div class="cl">${esc(c.label)}</div>${c.type === 'location' || c.type === 'phone' ? esc(c.text) : `<a href="${esc(href(c))}">${esc(c.text)}</a>`}</div>`).join(''));
      else if (s.type === 'skills') S.push(s.rows.map((r) => `<div class="sg"><b>${esc(r.label)}</b>${o.skillLines ? r.items.map((i) => `<div>${esc(i)}</div>`).join('') : esc(r.items.join(', '))}</div>`).join(''));
      else if (s.type === 'list') S.push(`<ul>${s.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`);
    }
    const M = [`<h1>${esc(plan.header.name)}</h1><div class="label">${esc(plan.header.label)}</div>`];
    const ul = (bs) => (bs.length ? `<ul class="b">${bs.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : '');
    for (const s of plan.main) {
      M.push(`<h3>${esc(s.heading)}</h3>`);
      if (s.type === 'summary') M.push(`<p>${esc(s.text)}</p>`);
      else if (s.type === 'education') {
        for (const e of s.items) M.push(`<div class="row"><b>${esc(e.school)}</b><span class="d">${esc(e.date.text)}</span></div><div class="sub">${esc(e.deg.text)}, ${esc(e.loc)}</div>${e.lines.map((l) => `<div class="sub">${esc(l)}</div>`).join('')}`);
      } else if (s.type === 'work') {
        for (const w of s.items) M.push(`<div class="row"><b>${esc(w.title)}</b><span class="d">${esc(w.date.text)}</span></div><div class="sub">${esc(w.org)}, ${esc(w.loc)}</div>${ul(w.bullets)}`);
      } else if (s.type === 'projects') {
        for (const p of s.items) M.push(`<div class="row"><span><b>${esc(p.name)}</b> — <i>${esc(p.stack.join(', '))}</i></span><span class="d">${esc(p.date.text)}</span></div>${ul(p.bullets)}`);
      }
    }
    const css = `
@page { size: ${o.paper ?? 'A4'}; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: ${o.font ?? "'Open Sans'"}, sans-serif; font-size: ${o.size ?? '8.9pt'}; line-height: 1.38; color: #263238; }
a { color: inherit; text-decoration: none; }
.band { position: fixed; left: 0; top: 0; bottom: 0; width: 31%; background: ${acc}; ${PRINT} }
.wrap { display: grid; grid-template-columns: 31% 69%; position: relative; }
aside { color: #eef3f7; padding: 14mm 6mm 10mm 8mm; }
main { padding: 12mm 10mm 10mm 8mm; }
.mono { width: 20mm; height: 20mm; border-radius: 50%; border: 2px solid #eef3f7; display: flex; align-items: center; justify-content: center; font-size: 18pt; font-weight: 700; margin: 0 auto 6mm; letter-spacing: 1px; }
aside h2 { font-size: 9.5pt; letter-spacing: 1.6px; margin: 12px 0 5px; border-bottom: 1px solid rgba(255,255,255,.45); padding-bottom: 2px; }
aside h2:first-of-type { margin-top: 0; }
.ci { margin-bottom: 5px; word-break: break-all; }
.cl { font-size: 7pt; letter-spacing: 1px; text-transform: uppercase; opacity: .75; }
.sg { margin-bottom: 5px; }
.sg b { display: block; font-size: 8.6pt; color: #fff; }
aside ul { margin: 0; padding-left: 12px; }
aside li { margin-bottom: 2px; }
h1 { font-size: 25pt; margin: 0; color: ${acc}; line-height: 1.05; }
.label { font-size: 11pt; color: #546e7a; margin: 3px 0 4px; }
h3 { font-size: 11pt; color: ${acc}; margin: 11px 0 3px; border-bottom: 2px solid ${acc}; padding-bottom: 1px; }
main p { margin: 0; }
.row { display: flex; justify-content: space-between; gap: 8px; margin-top: 5px; }
.d { white-space: nowrap; color: #607d8b; font-size: 8.5pt; }
.sub { color: #455a64; font-style: italic; }
ul.b { margin: 1px 0 0; padding-left: 14px; }
`;
    return page(css, `<div class="band"></div><div class="wrap"><aside>${S.join('')}</aside><main>${M.join('')}</main></div>`);
  },
};
