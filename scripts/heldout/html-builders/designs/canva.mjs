// Imitates a Canva resume template exported to PDF: a fixed one-page design with a big display-font name
// (League Spartan), a letter-spaced title, decorative circles, a coloured LEFT sidebar (contact, skills,
// education, languages) and a main column, every block absolutely positioned. The main column comes FIRST in
// the HTML (as layers often do in design tools) although it sits on the right; a rotated "RÉSUMÉ" label runs
// up the sidebar edge. Year-only dates: "2019 — 2023", "Since 2024". Limited room: at most two bullets per role.
import { esc, fmt, Key, page, svg } from '../lib.mjs';

const THEMES = {
  tessa: { side: '#f6dccb', accent: '#c2553a', dot: '#efb79c' },
  jarrah: { side: '#d3e6df', accent: '#2f6f5e', dot: '#a9cfc2' },
};

const css = (t) => `
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; width: 210mm; height: 297mm; overflow: hidden; }
body { position: relative; font-family: 'Open Sans', sans-serif; font-size: 8.9pt; line-height: 1.36; color: #2b2b2b; }
.shape { position: absolute; border-radius: 50%; background: ${t.dot}; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.side { position: absolute; left: 0; top: 0; bottom: 0; width: 72mm; background: ${t.side}; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.sidetext { position: absolute; left: 11mm; top: 78mm; width: 53mm; }
.rot { position: absolute; left: 59mm; top: 40mm; transform: rotate(-90deg); transform-origin: left top; font-family: 'League Spartan'; font-size: 9pt; letter-spacing: 0.5em; color: ${t.accent}; }
.name { position: absolute; left: 80mm; top: 16mm; width: 120mm; font-family: 'League Spartan'; font-weight: 800; font-size: 40pt; line-height: 0.95; text-transform: uppercase; color: #1e1e1e; }
.title { position: absolute; left: 80mm; top: 55mm; width: 120mm; font-size: 9.5pt; letter-spacing: 0.32em; text-transform: uppercase; color: ${t.accent}; }
.main { position: absolute; left: 80mm; top: 70mm; width: 119mm; }
h2 { font-family: 'League Spartan'; font-weight: 700; font-size: 12pt; letter-spacing: 0.28em; text-transform: uppercase; margin: 0 0 5px; color: ${t.accent}; }
.sidetext h2 { color: #1e1e1e; }
section { margin-bottom: 12px; }
.job { margin-bottom: 8px; }
.job b { font-size: 9.8pt; }
.job .m { color: #6a6a6a; font-size: 8.5pt; }
ul { margin: 2px 0 0; padding-left: 13px; }
li { margin: 1px 0; }
.sidetext p { margin: 0 0 3px; display: flex; gap: 6px; align-items: center; }
.sidetext .ic { flex: none; color: ${t.accent}; }
.sidetext ul { list-style: none; padding: 0; }
.sidetext li::before { content: ''; display: inline-block; width: 5px; height: 5px; border-radius: 50%; background: ${t.accent}; margin: 0 6px 1px 0; }
.ed { margin-bottom: 6px; }
`;

export default {
  id: 'canva',
  imitates: 'a Canva resume template (fixed one-page design) exported to PDF',
  stresses: 'absolutely positioned blocks whose HTML order (main column first) differs from the visual order (left sidebar first), a huge display-font name broken over two lines in capitals, letter-spaced title and headings (the text layer may split them into letters), a rotated decorative "RÉSUMÉ" label, year-only dates with "—" and "Since 2024", education and contact in the sidebar',
  render(P) {
    const t = THEMES[P.id];
    const k = new Key();
    k.layout.columns = 2;
    const upName = `${P.first} ${P.last}`.toUpperCase();
    k.set('name', upName);
    k.set('label', P.label.toUpperCase());
    k.set('phone', P.phone); k.set('email', P.email); k.set('url', P.web);
    const where = k.set('location', `${P.city}, ${P.region}`);
    const gh = k.profile(`github.com/${P.github}`);
    const style = 'YYYY';
    const dr = (s, e) => e ? `${fmt(s, style)} — ${fmt(e, style)}` : `Since ${fmt(s, style)}`;
    // sidebar (left) - keys for its sections first (reading order: left column first)
    const side = [];
    side.push(`<section><h2>${k.section('CONTACT')}</h2><p>${svg('phone')}${esc(P.phone)}</p><p>${svg('envelope')}${esc(P.email)}</p><p>${svg('globe')}${esc(P.web)}</p><p>${svg('github')}${esc(gh)}</p><p>${svg('pin')}${esc(where)}</p></section>`);
    const skills = P.skillGroups.flatMap((g) => g.items).slice(0, 10);
    side.push(`<section><h2>${k.section('SKILLS')}</h2><ul>${skills.map((s) => `<li>${esc(s)}</li>`).join('')}</ul></section>`);
    k.skill(...skills);
    side.push(`<section><h2>${k.section('EDUCATION')}</h2>${P.education.map((e) => `<div class="ed"><b>${esc(e.studyType)}</b><br>${esc(e.area)}<br>${esc(e.institution)}<br>${dr(e.start, e.end)}</div>`).join('')}</section>`);
    for (const e of P.education) k.addEdu(e, { style });
    side.push(`<section><h2>${k.section('LANGUAGES')}</h2>${P.languages.map((l) => `<p>${esc(l.name)} – ${esc(l.level)}</p>`).join('')}</section>`);
    k.other('LANGUAGES', P.languages.map((l) => `${l.name} – ${l.level}`));
    // main (right)
    const main = [];
    main.push(`<section><h2>${k.section('PROFILE')}</h2><div>${esc(P.summary)}</div></section>`);
    k.set('summary', P.summary);
    main.push(`<section><h2>${k.section('EXPERIENCE')}</h2>`);
    for (const w of P.work) {
      const bl = w.bullets.slice(0, 2);
      main.push(`<div class="job"><b>${esc(w.position)}</b><div class="m">${esc(w.company)} | ${dr(w.start, w.end)}</div>${bl.length ? `<ul>${bl.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</div>`);
      k.addWork(w, { style, bullets: bl });
    }
    main.push('</section>');
    if (P.projects.length) {
      main.push(`<section><h2>${k.section('PROJECTS')}</h2>${P.projects.slice(0, 2).map((p) => `<div class="job"><b>${esc(p.name)}</b> – ${esc(p.description)}</div>`).join('')}</section>`);
      for (const p of P.projects.slice(0, 2)) k.addProject(p);
    }
    if (P.awards.length) {
      main.push(`<section><h2>${k.section('AWARDS')}</h2>${P.awards.map((a) => `<div class="job"><b>${esc(a.title)}</b> – ${esc(a.by)}, ${a.year}</div>`).join('')}</section>`);
      k.other('AWARDS', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year })));
    }
    // sections in reading order: sidebar first, then main - already in that order in k.sections
    k.layout.notes = 'Canva look: one fixed A4 page, absolutely positioned blocks. The main column (PROFILE, EXPERIENCE, PROJECTS/AWARDS) comes first in the HTML and the text layer, but sits to the right of the sidebar (CONTACT, SKILLS, EDUCATION, LANGUAGES); sections list the sidebar first. Name and title are capitals (CSS text-transform); headings and title are letter-spaced. The rotated "RÉSUMÉ" label is decoration. At most two bullets per role are printed.';
    const body = `
<div class="side"></div>
<div class="shape" style="left:-18mm;top:-20mm;width:62mm;height:62mm"></div>
<div class="shape" style="left:182mm;top:262mm;width:50mm;height:50mm"></div>
<div class="shape" style="left:50mm;top:268mm;width:14mm;height:14mm"></div>
<div class="name">${esc(P.first)}<br>${esc(P.last)}</div>
<div class="title">${esc(P.label)}</div>
<div class="main">${main.join('\n')}</div>
<div class="rot">RÉSUMÉ</div>
<div class="sidetext">${side.join('\n')}</div>`;
    return { html: page({ title: `${P.first} ${P.last} Resume`, css: css(t), body }), key: k };
  },
};
