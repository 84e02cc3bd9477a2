// The two Chromium (HTML → PDF) designs of the freelance batch. Each takes (persona, key, options), records every
// printed field in the key as it prints it, and returns the HTML.
import { esc, icon, range, duration } from './lib.mjs';

const clientOf = (e) => e.client ?? e.agency;

// =====================================================================================================
// B. html-gutter: client names as bold left headers, dates / duration / place in a right gutter. PT Serif name,
// PT Sans body, an availability box top right, icon contact row with bare handles, letter-spaced uppercase headings
// (CSS text-transform) over a hairline, › bullets from CSS ::before, skills as outlined pills per group.
const GUTTER = {
  rory: { dates: 'MMM YYYY', present: 'Present', accent: '#7a4f12', page: 'A4', handles: true },
  gerrit: { dates: 'MM/YYYY', present: 'present', accent: '#1d4f7a', page: 'A4', handles: false },
  anjali: { dates: 'MMM YYYY', present: 'Current', accent: '#7a1d3c', page: 'Letter', handles: true },
  solveig: { dates: 'MMMM YYYY', present: 'ongoing', accent: '#2f6b3a', page: 'A4', handles: false },
};
export function htmlGutter(p, k, opt = {}) {
  const c = { ...GUTTER[p.id], ...opt };
  const H = (t) => `<h2>${esc(k.section(t.toUpperCase()))}</h2>`;
  const dd = { style: c.dates, present: c.present };
  const contact = [
    [icon('mail', 10), `<a href="mailto:${esc(p.email)}">${esc(k.b('email', p.email))}</a>`],
    [icon('phone', 10), esc(k.b('phone', p.phone))],
    [icon('pin', 10), esc(k.b('location', p.location))],
  ];
  if (p.url) contact.push([icon('globe', 10), `<a href="https://${esc(p.url)}">${esc(k.b('url', p.url))}</a>`]);
  for (const n of Object.keys(p.links)) {
    const shown = c.handles ? p.handles[n] : p.links[n];
    contact.push([icon(n === 'linkedin' ? 'linkedin' : n === 'github' ? 'code' : 'link', 10), `<a href="https://${esc(p.links[n])}">${esc(k.profile(shown))}</a>`]);
  }
  const commercial = [p.availability, p.rate, p.ir35, p.workAuth].filter(Boolean);

  const row = (main, gut) => `<div class="row"><div class="main">${main}</div><div class="gut">${gut}</div></div>`;
  const bullets = (bs) => (bs.length ? `<ul>${bs.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '');

  let body = '';
  body += H(p.hd.summary);
  body += `<p class="summary">${esc(k.b('summary', p.summary))}</p>`;
  body += H(p.hd.contracts);
  for (const e of p.engagements) {
    const name = clientOf(e);
    const head = `<div class="client">${esc(name)}${e.client ? '' : ` <span class="muted">— ${esc(e.note)}</span>`}</div>`;
    const tag = [e.type, e.agency && e.client ? `via ${e.agency}` : ''].filter(Boolean).join(' · ');
    const role = `<div class="role">${esc(e.role)} <span class="tag">${esc(tag)}</span></div>`;
    const dur = duration(e);
    const gut = `<div class="d">${esc(range(e, dd))}</div>${dur && !e.season ? `<div class="dur">${esc(dur)}</div>` : ''}<div class="loc">${esc(e.location)}${e.mode && e.location !== 'Remote' ? ` · ${esc(e.mode)}` : ''}</div>`;
    body += row(head + role + bullets(e.bullets), gut);
    k.job(e, { name, position: e.role, location: e.location, dates: dd });
  }
  body += H(p.hd.permanent);
  for (const w of p.permanent) {
    body += row(`<div class="client">${esc(w.company)}</div><div class="role">${esc(w.position)}</div>${bullets(w.bullets)}`, `<div class="d">${esc(range(w, dd))}</div><div class="loc">${esc(w.location)}</div>`);
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  body += H('Education');
  for (const ed of p.education) {
    const o = { style: 'YYYY' };
    body += row(`<div class="client">${esc(ed.institution)}</div><div class="role">${esc(ed.studyType)}, ${esc(ed.area)}${ed.score ? ` <span class="tag">${esc(ed.score)}</span>` : ''}</div>`, `<div class="d">${esc(range(ed, o))}</div>`);
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  body += H(p.kind === 'translator' ? 'Tools & Specialisms' : 'Toolbox');
  body += p.skills.map((g) => `<div class="sk"><span class="skl">${esc(g.group)}</span>${g.items.map((s) => `<span class="pill">${esc(k.skill(s))}</span>`).join('')}</div>`).join('');
  if (p.certifications.length) {
    const t = p.kind === 'translator' ? 'Memberships' : 'Certifications';
    body += H(t);
    const items = p.certifications.map((x) => `${x.name} · ${x.year}`);
    body += `<ul class="plain">${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
    k.other(t.toUpperCase(), items);
  }
  if (p.languages.length) {
    body += H('Languages');
    const items = p.languages.map((l) => `${l.language} (${l.level})`);
    body += `<p>${items.map(esc).join(' &nbsp;/&nbsp; ')}</p>`;
    k.other('LANGUAGES', items);
  }

  const css = `
@page { size: ${c.page}; margin: 15mm 15mm 14mm 17mm; }
* { box-sizing: border-box; }
body { margin: 0; font: 9.5pt/1.42 'PT Sans', sans-serif; color: #222; -webkit-print-color-adjust: exact; }
a { color: inherit; text-decoration: none; }
header { display: flex; justify-content: space-between; align-items: flex-start; gap: 8mm; }
h1 { font: 700 25pt/1.05 'PT Serif', serif; margin: 0; letter-spacing: -0.3px; }
.label { font: italic 12pt 'PT Serif', serif; color: ${c.accent}; margin-top: 3px; }
.contact { display: flex; flex-wrap: wrap; gap: 3px 13px; margin-top: 7px; font-size: 8.8pt; }
.contact span { white-space: nowrap; }
.ic { vertical-align: -1px; margin-right: 3px; color: ${c.accent}; }
.avail { border: 0.8pt solid ${c.accent}; border-radius: 3px; padding: 5px 8px; font-size: 8.3pt; width: 50mm; color: #333; }
.avail div + div { margin-top: 2px; }
h2 { break-after: avoid; font: 700 8.4pt 'PT Sans', sans-serif; letter-spacing: 0.16em; color: ${c.accent}; border-bottom: 0.5pt solid #bbb; padding-bottom: 2px; margin: 13px 0 6px; }
.row { display: grid; grid-template-columns: 1fr 45mm; column-gap: 6mm; margin-bottom: 7px; break-inside: avoid; }
.client { font-weight: 700; font-size: 10.6pt; }
.role { font-size: 9.4pt; color: #333; }
.tag { font-size: 8.2pt; color: #777; margin-left: 4px; }
.muted { font-weight: 400; color: #777; font-size: 8.8pt; }
.gut { text-align: right; font-size: 8.5pt; color: #555; padding-top: 2px; }
.gut .d { font-weight: 700; color: #333; white-space: nowrap; }
ul { list-style: none; margin: 3px 0 0; padding-left: 12px; }
li { margin: 1px 0; }
li::before { content: '›'; display: inline-block; width: 10px; margin-left: -11px; color: ${c.accent}; font-weight: 700; }
ul.plain { padding-left: 12px; }
.summary { margin: 0; text-align: justify; }
p { margin: 0; }
.sk { margin: 0 0 4px; }
.skl { display: inline-block; width: 30mm; font-weight: 700; font-size: 8.6pt; color: #444; }
.pill { display: inline-block; border: 0.6pt solid #aaa; border-radius: 8px; padding: 0 6px; margin: 0 4px 3px 0; font-size: 8.4pt; }
`;
  k.layout.notes = `HTML printed by Chromium (PT Serif / PT Sans, ${c.page}). Header: name, italic label, an icon contact row (SVG icons, no text) with ${c.handles ? 'bare handles for the profiles' : 'printed profile URLs'}, and a bordered availability box at the top right (availability, rate, IR35 / work authorisation; not keyed). Headings are typed in mixed case and shown in capitals by CSS text-transform (the key records the capitals). Every entry is a two-column row: the client / employer as a bold header on the left with the role and a grey "Type · via Agency" tag below and › bullets (CSS ::before), and a RIGHT GUTTER with the date range, the computed length ("7 months", "1 year 2 months") and "City · mode". The gutter only holds dates and places, so it is not a second text column. Skills as outlined pills after a group label.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.name)} – CV</title><style>${css}</style></head><body>
<header><div><h1>${esc(k.b('name', p.name))}</h1><div class="label">${esc(k.b('label', p.label))}</div>
<div class="contact">${contact.map(([i, t]) => `<span>${i}${t}</span>`).join('')}</div></div>
<div class="avail">${commercial.map((x) => `<div>${esc(x)}</div>`).join('')}</div></header>
${body}
</body></html>`;
}

// =====================================================================================================
// F. html-portfolio: portfolio-style two-column page. Dark left sidebar (drawn by the body background on every page)
// with an abstract mark, Contact, Online (printed URLs), a Tools list with 5-dot levels, Strengths / Services, and
// Languages; main column with a big name, About, "Selected Clients" as a letter-spaced name grid (not employers),
// "Projects & Clients" cards with a type pill and compact dates ("May – Dec 2024"), optional Case Studies, earlier
// employment and education.
const PORTFOLIO = {
  leonor: { accent: '#e4572e', font: "'League Spartan', 'Inter', sans-serif", toolsHd: 'Tools', restHd: 'Strengths', present: 'now' },
  solveig: { accent: '#3aa17e', font: "'Inter', sans-serif", toolsHd: 'CAT Tools', restHd: 'Services & Fields', present: 'ongoing' },
  tendai: { accent: '#4f7cff', font: "'Inter', sans-serif", toolsHd: 'Stack', restHd: 'Also', present: 'Present' },
};
const LEVEL = [5, 5, 4, 4, 3, 4, 3, 5, 4];
export function htmlPortfolio(p, k, opt = {}) {
  const c = { ...PORTFOLIO[p.id], ...opt };
  k.layout.columns = 2;
  const SH = (t) => `<h3>${esc(k.section(t.toUpperCase()))}</h3>`;
  const MH = (t) => `<h2>${esc(k.section(t))}</h2>`;
  // sidebar (left column) — printed and keyed first
  let side = '<svg class="mark" width="54" height="54" viewBox="0 0 54 54" aria-hidden="true"><circle cx="20" cy="27" r="17" fill="' + c.accent + '"/><circle cx="34" cy="27" r="17" fill="none" stroke="#fff" stroke-width="2"/></svg>';
  side += SH('Contact');
  side += `<div class="ci">${icon('mail', 10, c.accent)}<span>${esc(k.b('email', p.email))}</span></div>`;
  side += `<div class="ci">${icon('phone', 10, c.accent)}<span>${esc(k.b('phone', p.phone))}</span></div>`;
  side += `<div class="ci">${icon('pin', 10, c.accent)}<span>${esc(k.b('location', p.location))}</span></div>`;
  if (p.url) side += `<div class="ci">${icon('globe', 10, c.accent)}<a href="https://${esc(p.url)}">${esc(k.b('url', p.url))}</a></div>`;
  side += SH('Online');
  for (const n of Object.keys(p.links)) side += `<div class="ci">${icon('link', 10, c.accent)}<a href="https://${esc(p.links[n])}">${esc(k.profile(p.links[n]))}</a></div>`;
  const [tools, ...rest] = p.skills;
  side += SH(c.toolsHd);
  side += tools.items.map((s, i) => `<div class="tool"><span>${esc(k.skill(s))}</span><span class="dots">${[1, 2, 3, 4, 5].map((j) => `<i class="${j <= LEVEL[i % LEVEL.length] ? 'on' : ''}"></i>`).join('')}</span></div>`).join('');
  side += SH(c.restHd);
  side += rest.map((g) => `<div class="grp">${esc(g.group)}</div><div class="tags">${g.items.map((s) => esc(k.skill(s))).join('<br>')}</div>`).join('');
  if (p.languages.length) {
    side += SH('Languages');
    const items = p.languages.map((l) => `${l.language} — ${l.level}`);
    side += items.map((x) => `<div class="lang">${esc(x)}</div>`).join('');
    k.other('LANGUAGES', items);
  }

  // main column
  let main = `<h1>${esc(k.b('name', p.name))}</h1><div class="label">${esc(k.b('label', p.label))}</div>`;
  main += `<div class="avail">${esc(p.availability)} · ${esc(p.rate)}</div>`;
  main += MH(p.hd.summary);
  main += `<p class="about">${esc(k.b('summary', p.summary))}</p>`;
  main += MH('Selected Clients');
  main += `<div class="clients">${p.clients.map((x) => `<span>${esc(x.toUpperCase())}</span>`).join('')}</div>`;
  k.other('Selected Clients', p.clients.map((x) => x.toUpperCase()));
  main += MH('Projects & Clients');
  const dd = { style: 'compact', present: c.present };
  for (const e of p.engagements) {
    const name = clientOf(e);
    const via = e.agency && e.client ? ` · via ${esc(e.agency)}` : '';
    main += `<div class="card"><div class="top"><span class="pill">${esc(e.type.toUpperCase())}</span><span class="when">${esc(range(e, dd))}</span></div>`;
    main += `<div class="cl">${esc(name)}${e.client ? '' : ` <span class="note">(${esc(e.note)})</span>`}</div><div class="ro">${esc(e.role)}${via}</div>`;
    main += `<ul>${e.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
    k.job(e, { name, position: e.role, dates: dd });
  }
  if (p.projects?.length) {
    main += MH('Case Studies');
    main += `<div class="cases">${p.projects.map((pr) => `<div class="case"><b>${esc(pr.name)}</b><span>${esc(pr.description)}</span></div>`).join('')}</div>`;
    for (const pr of p.projects) k.project(pr);
  }
  main += MH(p.kind === 'designer' ? 'Before Going Freelance' : p.hd.permanent);
  for (const w of p.permanent) {
    main += `<div class="card flat"><div class="top"><span class="when">${esc(range(w, dd))}</span></div><div class="cl">${esc(w.company)}</div><div class="ro">${esc(w.position)}, ${esc(w.location)}</div>`;
    main += `<ul>${w.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  main += MH('Education');
  for (const ed of p.education) {
    const o = { style: 'YYYY' };
    main += `<div class="edu"><span class="when">${esc(range(ed, o))}</span><div><b>${esc(ed.studyType)} · ${esc(ed.area)}</b><br>${esc(ed.institution)}${ed.score ? `, ${esc(ed.score)}` : ''}</div></div>`;
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  if (p.certifications.length) {
    main += MH(p.kind === 'translator' ? 'Memberships' : 'Certifications');
    const items = p.certifications.map((x) => `${x.name} (${x.year})`);
    main += `<ul class="certs">${items.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`;
    k.other(p.kind === 'translator' ? 'Memberships' : 'Certifications', items);
  }

  const css = `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { font: 9.2pt/1.45 ${c.font}; color: #23262b; -webkit-print-color-adjust: exact; print-color-adjust: exact;
  background: linear-gradient(to right, #1f2329 0, #1f2329 66mm, #fff 66mm); }
a { color: inherit; text-decoration: none; }
.wrap { display: grid; grid-template-columns: 66mm 1fr; }
aside { color: #e9ebef; padding: 14mm 5mm 12mm 8mm; font-size: 8.6pt; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
main { padding: 13mm 13mm 12mm 10mm; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.mark { display: block; margin-bottom: 8px; }
h3 { font: 700 7.8pt ${c.font}; letter-spacing: 0.2em; color: ${c.accent}; margin: 15px 0 6px; }
.ci { display: flex; gap: 5px; align-items: center; margin: 3px 0; font-size: 7.9pt; overflow-wrap: anywhere; }
.tool { display: flex; justify-content: space-between; margin: 2px 0; }
.dots i { display: inline-block; width: 5px; height: 5px; border-radius: 50%; background: #4a505a; margin-left: 2px; }
.dots i.on { background: ${c.accent}; }
.grp { font-weight: 700; color: #fff; margin-top: 6px; }
.tags { color: #c9ccd3; }
.lang { margin: 2px 0; }
h1 { font: 700 30pt/1 ${c.font}; margin: 0; letter-spacing: -0.5px; }
.label { font-size: 12pt; color: ${c.accent}; margin-top: 4px; font-weight: 600; }
.avail { margin-top: 6px; font-size: 8.4pt; color: #666; }
h2 { font: 700 11.5pt ${c.font}; margin: 15px 0 6px; break-after: avoid; padding-left: 8px; border-left: 3px solid ${c.accent}; }
.about { margin: 0; }
.clients { display: grid; grid-template-columns: repeat(4, 1fr); gap: 5px; }
.clients span { border: 0.6pt solid #d5d8de; border-radius: 3px; text-align: center; padding: 5px 2px; font-size: 7.4pt; letter-spacing: 0.1em; font-weight: 700; color: #555; }
.card { margin: 0 0 8px; break-inside: avoid; }
.top { display: flex; gap: 8px; align-items: center; }
.pill { background: ${c.accent}; color: #fff; font-size: 6.8pt; font-weight: 700; letter-spacing: 0.1em; border-radius: 8px; padding: 0 6px; }
.when { font-size: 8.2pt; color: #777; }
.cl { font-weight: 700; font-size: 10.8pt; margin-top: 1px; }
.note { font-weight: 400; font-size: 8.4pt; color: #777; }
.ro { color: #444; }
ul { margin: 2px 0 0; padding-left: 14px; }
li { margin: 1px 0; }
li::marker { color: ${c.accent}; }
.cases { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; break-inside: avoid; }
.case { border-top: 2px solid ${c.accent}; padding-top: 3px; font-size: 8.4pt; }
.case b { display: block; font-size: 9.4pt; }
.edu { display: grid; grid-template-columns: 24mm 1fr; margin-bottom: 5px; }
`;
  k.layout.notes = `Portfolio-style HTML printed by Chromium (A4, ${c.font.split(',')[0].replace(/'/g, '')}). Two independent columns: a dark LEFT sidebar (66 mm, painted by the body background on every page) holding an abstract SVG mark, CONTACT (icons), ONLINE (printed profile URLs), ${c.toolsHd.toUpperCase()} with 5-dot level bars (dots are not text), ${c.restHd.toUpperCase()} as grouped lists and LANGUAGES; the MAIN column with the name, label, an availability/rate line (not keyed), About, "Selected Clients" as a 4-column grid of letter-spaced capitals (not work entries; otherSections), "Projects & Clients" cards with a coloured type pill (FREELANCE / CONTRACT …) and compact dates ("May – Dec 2024", "Sep 2023 – Mar 2024"), then earlier employment and education. Sidebar headings are CSS-free capitals typed in the source. sections: left column (sidebar) first, then the main column.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(p.name)} — Portfolio CV</title><style>${css}</style></head><body><div class="wrap"><aside>${side}</aside><main>${main}</main></div></body></html>`;
}
