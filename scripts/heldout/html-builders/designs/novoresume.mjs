// Imitates Novoresume: a coloured header band with name, title and summary, a contact strip with icons under it,
// then two columns: the main column (Work Experience with an italic "Achievements/Tasks" label before the
// bullets, Education, Publications) and a right column (Skills as rounded pills, Languages with dots and a
// level word, Certificates, Projects, Interests as pills). Headings in capitals (CSS text-transform).
import { esc, range, fullName, Key, page, svg, ul } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 0 0 12mm 0; }
@page :first { margin-top: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Roboto, 'Open Sans', sans-serif; font-size: 9.4pt; line-height: 1.38; color: #202a36; }
.band { background: #17416b; color: #fff; padding: 13mm 14mm 7mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.band h1 { margin: 0; font-size: 25pt; font-weight: 700; }
.band .t { font-size: 12pt; color: #bcd6f0; margin: 2px 0 6px; }
.band p { margin: 0; font-size: 9.4pt; color: #e8eef5; }
.strip { display: grid; grid-template-columns: repeat(3, auto); justify-content: space-between; gap: 3px 10px; background: #0e2c4a; color: #fff; padding: 5px 14mm; font-size: 8.8pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.strip span { display: inline-flex; align-items: center; gap: 5px; }
.cols { display: grid; grid-template-columns: 1.7fr 1fr; gap: 9mm; padding: 6mm 14mm 0; }
h2 { text-transform: uppercase; font-size: 11.5pt; color: #17416b; margin: 10px 0 6px; border-bottom: 2px solid #17416b; padding-bottom: 1px; break-after: avoid; }
.cols > div > h2:first-child { margin-top: 0; }
.job { margin-bottom: 9px; break-inside: avoid; }
.job .p { font-size: 11pt; font-weight: 700; }
.job .c { font-size: 10pt; }
.meta { display: flex; justify-content: space-between; font-style: italic; color: #3a6f9f; font-size: 8.8pt; }
.lab { font-style: italic; color: #6b7a8a; font-size: 8.6pt; margin-top: 2px; }
ul { margin: 1px 0 0; padding-left: 14px; }
li { margin: 1px 0; }
.pills { display: flex; flex-wrap: wrap; gap: 5px; }
.pill { background: #e3ebf3; border-radius: 11px; padding: 2px 9px; font-size: 8.8pt; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.lang { display: flex; justify-content: space-between; align-items: center; }
.dots { display: flex; gap: 3px; }
.dots i { width: 8px; height: 8px; border-radius: 50%; background: #c9d5e1; }
.dots i.on { background: #17416b; }
.lv { font-style: italic; color: #6b7a8a; font-size: 8.6pt; margin-bottom: 4px; }
.sm { margin-bottom: 6px; }
.sm b { display: block; }
`;

export default {
  id: 'novoresume',
  imitates: 'Novoresume, a two-column template with a coloured header band',
  stresses: 'summary inside the header band with no heading, a contact strip of SVG icons, capitals from CSS text-transform, an "Achievements/Tasks" label line before every list of bullets, dates and location on one italic line, skills as rounded pills in a right column, dot-rated languages',
  render(P) {
    const k = new Key();
    k.layout.columns = 2;
    const name = k.set('name', fullName(P));
    k.set('label', P.label); k.set('summary', P.summary);
    k.set('email', P.email); k.set('phone', P.phone);
    const where = k.set('location', `${P.city}, ${P.country}`);
    const li = k.profile(`linkedin.com/in/${P.linkedin}`), gh = k.profile(`github.com/${P.github}`);
    k.set('url', P.web);
    const H = (s) => `<h2>${esc(s)}</h2>` + (k.section(s.toUpperCase()), '');
    const top = `<div class="band"><h1>${esc(name)}</h1><div class="t">${esc(P.label)}</div><p>${esc(P.summary)}</p></div>
<div class="strip"><span>${svg('envelope')}${esc(P.email)}</span><span>${svg('phone')}${esc(P.phone)}</span><span>${svg('pin')}${esc(where)}</span><span>${svg('globe')}${esc(P.web)}</span><span>${svg('linkedin')}${esc(li)}</span><span>${svg('github')}${esc(gh)}</span></div>`;
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' - ', present: 'Present' });
    const L = [], R = [];
    L.push(H('Work Experience'));
    for (const w of P.work) {
      L.push(`<div class="job"><div class="p">${esc(w.position)}</div><div class="c">${esc(w.company)}</div><div class="meta"><span>${dr(w.start, w.end)}</span><span>${esc(w.location)}</span></div>${w.bullets.length ? `<div class="lab">Achievements/Tasks</div>${ul(w.bullets)}` : ''}</div>`);
      k.addWork(w, { style, location: true });
    }
    L.push(H('Education'));
    for (const e of P.education) {
      L.push(`<div class="job"><div class="p">${esc(e.studyType)}, ${esc(e.area)}</div><div class="c">${esc(e.institution)}</div><div class="meta"><span>${dr(e.start, e.end)}</span><span>${esc(e.location)}</span></div>${e.score ? `<div class="lab">Final grade: ${esc(e.score)}</div>` : ''}${e.thesis ? `<div class="lab">Thesis: ${esc(e.thesis)}</div>` : ''}</div>`);
      k.addEdu(e, { style, score: true, location: true });
    }
    if (P.publications) {
      L.push(H('Publications'), ...P.publications.map((p) => `<div class="sm">${esc(p)}</div>`));
      k.other('PUBLICATIONS', [...P.publications]);
    }
    R.push(H('Skills'), `<div class="pills">${P.skillGroups.flatMap((g) => g.items).map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div>`);
    for (const g of P.skillGroups) k.skill(...g.items);
    R.push(H('Languages'));
    for (const l of P.languages) R.push(`<div class="lang"><b>${esc(l.name)}</b><span class="dots">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= l.dots ? 'on' : ''}"></i>`).join('')}</span></div><div class="lv">${esc(l.level)}</div>`);
    k.other('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    if (P.certs.length) {
      R.push(H('Certificates'), ...P.certs.map((c) => `<div class="sm"><b>${esc(c.name)}</b>${esc(c.issuer)} (${c.year})</div>`));
      k.other('CERTIFICATES', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    if (P.awards.length) {
      R.push(H('Honour Awards'), ...P.awards.map((a) => `<div class="sm"><b>${esc(a.title)} (${a.year})</b>${esc(a.description)}</div>`));
      k.other('HONOUR AWARDS', P.awards.map((a) => ({ title: a.title, date: a.year, summary: a.description })));
    }
    if (P.projects.length) {
      R.push(H('Personal Projects'), ...P.projects.map((p) => `<div class="sm"><b>${esc(p.name)}</b>${esc(p.description)}</div>`));
      for (const p of P.projects) k.addProject(p);
    }
    R.push(H('Interests'), `<div class="pills">${P.interests.map((s) => `<span class="pill">${esc(s)}</span>`).join('')}</div>`);
    k.other('INTERESTS', [...P.interests]);
    k.layout.notes = 'Novoresume look: header band (name, title, summary without heading), contact strip, then main column (WORK EXPERIENCE, EDUCATION, PUBLICATIONS) and right column (SKILLS pills, LANGUAGES, CERTIFICATES, HONOUR AWARDS, PERSONAL PROJECTS, INTERESTS); sections list the main column first. Headings are capitals by CSS text-transform. The italic "Achievements/Tasks" line is a label, not a highlight.';
    return { html: page({ title: `${name} - Resume`, css: CSS, body: `${top}\n<div class="cols"><div>${L.join('\n')}</div><div>${R.join('\n')}</div></div>` }), key: k };
  },
};
