// Imitates a developer-portfolio web page printed from the browser with its own print stylesheet: the site
// navigation is hidden in print, @page margins carry a footer with the site URL and "page / pages", section
// headings are numbered ("01. About") in a monospace font, roles are cards with year-only dates ("2022 — now")
// and "Position @ Company", projects are a two-column card grid with tech tags, skills a tag cloud, and the
// contact block comes LAST.
import { esc, fmt, fullName, Key, page } from '../lib.mjs';

const css = (P) => `
@page { size: A4; margin: 16mm 15mm 18mm;
  @bottom-left { content: "${P.web}/cv"; font: 8pt 'JetBrains Mono', monospace; color: #64748b; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8pt 'JetBrains Mono', monospace; color: #64748b; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: Inter, sans-serif; font-size: 9.6pt; line-height: 1.5; color: #0f172a; }
nav { display: flex; gap: 18px; padding: 10px 0; font-family: 'JetBrains Mono', monospace; }
@media print { nav, .noprint { display: none; } }
.hero h1 { font-size: 26pt; margin: 0; letter-spacing: -0.5px; }
.hero .role { font-family: 'JetBrains Mono', monospace; color: #0d9488; font-size: 11pt; margin: 2px 0 6px; }
.hero .tag { color: #475569; max-width: 150mm; margin: 0; }
h2 { font-family: 'JetBrains Mono', monospace; font-size: 12.5pt; margin: 18px 0 8px; color: #0f172a; break-after: avoid; }
h2 .n { color: #0d9488; }
.card { border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 12px; margin-bottom: 8px; break-inside: avoid; }
.card .top { display: flex; justify-content: space-between; gap: 10px; }
.card .yr { font-family: 'JetBrains Mono', monospace; font-size: 8.6pt; color: #64748b; white-space: nowrap; }
.card .at { color: #0d9488; }
.card .pl { color: #64748b; font-size: 8.8pt; }
ul { margin: 4px 0 0; padding-left: 15px; }
li { margin: 1px 0; }
.grid { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.grid .card { margin: 0; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 5px; }
.tags span { font-family: 'JetBrains Mono', monospace; font-size: 7.8pt; background: #f0fdfa; color: #0f766e; border-radius: 4px; padding: 1px 6px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.contact p { margin: 0 0 2px; font-family: 'JetBrains Mono', monospace; font-size: 9pt; }
.contact b { display: inline-block; width: 22mm; color: #64748b; font-weight: 400; }
p { margin: 0; }
`;

export default {
  id: 'portfolio',
  imitates: 'a developer-portfolio web site printed through its own print stylesheet',
  stresses: 'numbered monospace headings ("02. Experience"), "Position @ Company" on one line, year-only dates with "now", card layouts, a two-column project grid with tech tags, a tag-cloud skills block without groups, contact details at the END under labels, @page footers with the site URL and "1 / 2", navigation that exists in the HTML but is hidden in print',
  render(P) {
    const k = new Key();
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    let n = 0;
    const H = (s) => { n++; const num = String(n).padStart(2, '0') + '.'; k.section(`${num} ${s}`); return `<h2><span class="n">${num}</span> ${esc(s)}</h2>`; };
    const b = [];
    b.push(`<nav class="noprint"><a>about</a><a>experience</a><a>projects</a><a>contact</a><a>dark mode</a></nav>`);
    b.push(`<header class="hero"><h1>${esc(name)}</h1><div class="role">${esc(P.label)} · ${esc(P.city)}, ${esc(P.country)}</div><p class="tag">${esc(P.summary)}</p></header>`);
    k.set('location', `${P.city}, ${P.country}`); k.set('summary', P.summary);
    const style = 'YYYY';
    const dr = (s, e) => `${fmt(s, style)} — ${e ? fmt(e, style) : 'now'}`;
    b.push(H('Experience'));
    for (const w of P.work) {
      b.push(`<div class="card"><div class="top"><div><b>${esc(w.position)}</b> <span class="at">@ ${esc(w.company)}</span></div><span class="yr">${dr(w.start, w.end)}</span></div><div class="pl">${esc(w.location)}</div>${w.bullets.length ? `<ul>${w.bullets.slice(0, 3).map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</div>`);
      k.addWork(w, { style, location: true, bullets: w.bullets.slice(0, 3) });
    }
    b.push(H('Projects'), '<div class="grid">');
    for (const p of P.projects.length > 1 ? P.projects : [...P.projects]) {
      b.push(`<div class="card"><b>${esc(p.name)}</b><p>${esc(p.description)}</p><div class="tags">${p.keywords.map((x) => `<span>${esc(x)}</span>`).join('')}</div></div>`);
      k.addProject(p, { keywords: true });
    }
    b.push('</div>');
    if (P.publications) {
      b.push(H('Publications'), `<ul>${P.publications.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
      k.other(`${String(n).padStart(2, '0')}. Publications`, [...P.publications]);
    }
    if (P.awards.length) {
      b.push(H('Awards'), `<ul>${P.awards.map((a) => `<li><b>${esc(a.title)}</b>, ${esc(a.by)} (${a.year})</li>`).join('')}</ul>`);
      k.other(`${String(n).padStart(2, '0')}. Awards`, P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year })));
    }
    const skills = P.skillGroups.flatMap((g) => g.items);
    b.push(H('Skills'), `<div class="tags">${skills.map((s) => `<span>${esc(s)}</span>`).join('')}</div>`);
    k.skill(...skills);
    b.push(H('Education'));
    for (const e of P.education) {
      b.push(`<div class="card"><div class="top"><div><b>${esc(e.studyType)}, ${esc(e.area)}</b> <span class="at">@ ${esc(e.institution)}</span></div><span class="yr">${dr(e.start, e.end)}</span></div>${e.thesis ? `<div class="pl">Thesis: ${esc(e.thesis)}</div>` : ''}${e.score ? `<div class="pl">${esc(e.score)}</div>` : ''}</div>`);
      k.addEdu(e, { style, score: true });
    }
    b.push(H('Contact'), '<div class="contact">');
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const gh = k.profile(`github.com/${P.github}`), li = k.profile(`linkedin.com/in/${P.linkedin}`);
    b.push(`<p><b>email</b>${esc(P.email)}</p><p><b>phone</b>${esc(P.phone)}</p><p><b>web</b>${esc(P.web)}</p><p><b>github</b>${esc(gh)}</p><p><b>linkedin</b>${esc(li)}</p></div>`);
    k.layout.notes = 'Developer portfolio printed with a print stylesheet: headings are numbered ("01. Experience") and the key keeps the numbers as printed; role line "Position @ Company"; year-only dates, "now" = present; at most three bullets per role on the cards. Contact block at the end with labels. @page footer: site URL and "page / pages". The HTML navigation is hidden in print (in the DOCX conversion it may appear).';
    return { html: page({ title: `${name} — ${P.web}`, css: css(P), body: b.join('\n') }), key: k };
  },
};
