// Imitates FlowCV: a clean single column, name and title on top, a contact row of small inline-SVG icons with
// printed URLs, section headings over a thin rule, and entries laid out as a grid: dates and city in a narrow
// LEFT column ("02/2022 – present"), position, then the employer (accent colour) and bullets on the right.
import { esc, range, fullName, Key, page, svg, ul } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 15mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Open Sans', sans-serif; font-size: 9.5pt; line-height: 1.42; color: #262b33; }
h1 { font-size: 23pt; margin: 0; font-weight: 700; letter-spacing: -0.3px; }
.title { font-size: 12pt; color: #2a6f97; margin: 2px 0 8px; }
.contact { display: flex; flex-wrap: wrap; gap: 3px 16px; font-size: 9pt; margin-bottom: 6px; }
.contact span { display: inline-flex; align-items: center; gap: 5px; }
.ic { color: #2a6f97; }
h2 { font-size: 11.5pt; font-weight: 700; margin: 14px 0 7px; padding-bottom: 3px; border-bottom: 1px solid #9fb3c8; break-after: avoid; }
.entry { display: grid; grid-template-columns: 30mm 1fr; gap: 12px; margin-bottom: 9px; break-inside: avoid; }
.when { font-size: 8.8pt; color: #4b5563; }
.what b { font-size: 10pt; }
.org { color: #2a6f97; display: inline-flex; align-items: center; gap: 4px; }
ul { margin: 3px 0 0; padding-left: 14px; }
li { margin: 1px 0; }
.grid3 { display: grid; grid-template-columns: repeat(3, 1fr); gap: 6px 16px; }
.grid3 b { display: block; }
p { margin: 0; }
`;

export default {
  id: 'flowcv',
  imitates: 'FlowCV online builder, single-column template with dates on the left',
  stresses: 'a left date/city gutter that the text layer reads before the position, "present" in lower case, employer on its own line under the title, SVG icons that leave no text, printed URLs in the contact row, skills in a 3-column grid with bold group labels',
  render(P) {
    const k = new Key();
    k.layout.columns = 1;
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    k.set('email', P.email); k.set('phone', P.phone);
    const where = k.set('location', `${P.city}, ${P.country}`);
    const li = k.profile(`linkedin.com/in/${P.linkedin}`), gh = k.profile(`github.com/${P.github}`);
    k.set('url', P.web);
    const b = [];
    b.push(`<h1>${esc(name)}</h1><div class="title">${esc(P.label)}</div>`);
    b.push(`<div class="contact"><span>${svg('envelope')}${esc(P.email)}</span><span>${svg('phone')}${esc(P.phone)}</span><span>${svg('pin')}${esc(where)}</span><span>${svg('linkedin')}${esc(li)}</span><span>${svg('github')}${esc(gh)}</span><span>${svg('globe')}${esc(P.web)}</span></div>`);
    b.push(`<h2>${k.section('Profile')}</h2><p>${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'present' });
    b.push(`<h2>${k.section('Professional Experience')}</h2>`);
    for (const w of P.work) {
      b.push(`<div class="entry"><div class="when">${dr(w.start, w.end)}<br>${esc(w.location)}</div><div class="what"><b>${esc(w.position)}</b><br><span class="org">${esc(w.company)}</span>${ul(w.bullets)}</div></div>`);
      k.addWork(w, { style, location: true });
    }
    b.push(`<h2>${k.section('Education')}</h2>`);
    for (const e of P.education) {
      b.push(`<div class="entry"><div class="when">${dr(e.start, e.end)}<br>${esc(e.location)}</div><div class="what"><b>${esc(e.studyType)}, ${esc(e.area)}</b><br><span class="org">${esc(e.institution)}</span>${e.score ? `<p>${esc(e.score)}</p>` : ''}</div></div>`);
      k.addEdu(e, { style, score: true, location: true });
    }
    if (P.projects.length) {
      b.push(`<h2>${k.section('Projects')}</h2>`);
      for (const p of P.projects) {
        b.push(`<div class="entry"><div class="when">${p.url ? `${svg('link')} ${esc(p.url)}` : ''}</div><div class="what"><b>${esc(p.name)}</b><p>${esc(p.description)}</p></div></div>`);
        k.addProject(p, { url: true });
      }
    }
    b.push(`<h2>${k.section('Skills')}</h2><div class="grid3">${P.skillGroups.map((g) => `<div><b>${esc(g.group)}</b>${esc(g.items.join(', '))}</div>`).join('')}</div>`);
    for (const g of P.skillGroups) k.skill(...g.items);
    if (P.awards.length) {
      b.push(`<h2>${k.section('Awards')}</h2>`);
      for (const a of P.awards) b.push(`<div class="entry"><div class="when">${a.year}</div><div class="what"><b>${esc(a.title)}</b>, ${esc(a.by)}<p>${esc(a.description)}</p></div></div>`);
      k.other('Awards', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year, summary: a.description })));
    }
    if (P.certs.length) {
      b.push(`<h2>${k.section('Certificates')}</h2>`);
      for (const c of P.certs) b.push(`<div class="entry"><div class="when">${c.year}</div><div class="what"><b>${esc(c.name)}</b><br>${esc(c.issuer)}</div></div>`);
      k.other('Certificates', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    b.push(`<h2>${k.section('Languages')}</h2><div class="grid3">${P.languages.map((l) => `<div><b>${esc(l.name)}</b>${esc(l.level)}</div>`).join('')}</div>`);
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    k.layout.notes = 'FlowCV look: one column; every entry has a left gutter with dates ("MM/YYYY – present") and city, then position, employer and bullets. Icons are inline SVG (no text). Skills grid: bold group label above comma-joined keywords (labels not in skills).';
    return { html: page({ title: `${name} CV`, css: CSS, body: b.join('\n') }), key: k };
  },
};
