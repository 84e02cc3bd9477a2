// Imitates LinkedIn's "Save to PDF" profile export: a grey left sidebar (Contact, Top Skills, Languages,
// Certifications, Honors-Awards) repeated as a band on every page, a main column with name, headline, location,
// Summary, Experience (consecutive positions at one company nested under the company with a total duration),
// durations in brackets, Education with "(2013 - 2015)", and a "Page 1 of 3" footer from an @page margin box.
import { esc, fmt, duration, fullName, Key, page } from '../lib.mjs';

const CSS = `
@page { size: Letter; margin: 0.55in 0.5in 0.7in 0;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arimo, Arial, sans-serif; color: #9a9a9a; padding-right: 0.1in; } }
* { box-sizing: border-box; }
html, body { margin: 0; font-family: Arimo, 'Liberation Sans', Arial, sans-serif; color: #181818; }
.band { position: fixed; left: 0; top: -0.55in; bottom: -0.7in; width: 2.35in; background: #ececec; z-index: -1; }
.side { position: absolute; left: 0; top: 0; width: 2.35in; padding: 0.05in 0.22in 0 0.42in; font-size: 10pt; color: #333; }
.side h3 { font-size: 13pt; font-weight: normal; color: #000; margin: 18px 0 6px; }
.side h3:first-child { margin-top: 0; }
.side p { margin: 0 0 5px; line-height: 1.35; overflow-wrap: anywhere; }
.main { margin-left: 2.75in; margin-right: 0.35in; }
h1 { font-size: 26pt; font-weight: normal; margin: 0 0 6px; }
.headline { font-size: 12pt; margin: 0 0 4px; }
.where { font-size: 10.5pt; color: #b0b0b0; margin: 0 0 4px; }
h2 { font-size: 15.5pt; font-weight: normal; margin: 26px 0 10px; }
.summary { font-size: 10.5pt; line-height: 1.45; color: #333; }
.co { font-size: 12pt; margin: 18px 0 2px; break-after: avoid; }
.total { font-size: 10.5pt; color: #9a9a9a; margin: 0 0 8px; }
.pos { font-size: 11pt; margin: 8px 0 2px; break-after: avoid; }
.dates, .loc { font-size: 10.5pt; color: #9a9a9a; margin: 0 0 2px; }
.desc { font-size: 10.5pt; color: #333; line-height: 1.4; margin: 6px 0 0; }
.desc p { margin: 0 0 2px; }
.edu .school { font-size: 12pt; margin: 14px 0 2px; }
.edu .deg { font-size: 10.5pt; color: #333; margin: 0; }
`;

export default {
  id: 'linkedin',
  imitates: 'LinkedIn "Save to PDF" profile export',
  stresses: 'grey sidebar printed first (Contact, Top Skills, Languages, Certifications), "(LinkedIn)"/"(Mobile)" suffixes, long URL wrapping in a narrow column, positions nested under one company with a total duration, "(3 years 4 months)" durations, typed "•"/"-" bullets in free-text descriptions, "Page N of M" footers',
  render(P, { bullet = '•' } = {}) {
    const k = new Key();
    k.layout.columns = 2;
    const name = k.set('name', fullName(P));
    const headline = k.set('label', P.headline);
    const where = k.set('location', `${P.city}, ${P.regionLong ?? P.region}, ${P.country}`);
    k.set('email', P.email); k.set('phone', P.phone);
    const li = k.profile(`www.linkedin.com/in/${P.linkedin}`);
    k.set('url', P.web);

    const side = [];
    side.push(`<h3>${k.section('Contact')}</h3>`);
    side.push(`<p>${esc(P.email)}</p>`, `<p>${esc(P.phone)} (Mobile)</p>`, `<p>${esc(li)} (LinkedIn)</p>`, `<p>${esc(P.web)} (Personal)</p>`);
    side.push(`<h3>${k.section('Top Skills')}</h3>`, ...P.topSkills.map((s) => `<p>${esc(s)}</p>`));
    k.skill(...P.topSkills);
    if (P.languages.length) {
      side.push(`<h3>${k.section('Languages')}</h3>`, ...P.languages.map((l) => `<p>${esc(l.name)} (${esc(l.linkedin ?? l.level)})</p>`));
      k.other('Languages', P.languages.map((l) => `${l.name} (${l.linkedin ?? l.level})`));
    }
    if (P.certs.length) {
      side.push(`<h3>${k.section('Certifications')}</h3>`, ...P.certs.map((c) => `<p>${esc(c.name)}</p>`));
      k.other('Certifications', P.certs.map((c) => c.name));
    }
    if (P.awards.length) {
      side.push(`<h3>${k.section('Honors-Awards')}</h3>`, ...P.awards.map((a) => `<p>${esc(a.title)}</p>`));
      k.other('Honors-Awards', P.awards.map((a) => a.title));
    }

    const main = [];
    main.push(`<h1>${esc(name)}</h1>`, `<p class="headline">${esc(headline)}</p>`, `<p class="where">${esc(where)}</p>`);
    main.push(`<h2>${k.section('Summary')}</h2>`, `<p class="summary">${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    main.push(`<h2>${k.section('Experience')}</h2>`);
    // group consecutive positions at one company
    const groups = [];
    for (const w of P.work) {
      const g = groups[groups.length - 1];
      if (g && g[0].company === w.company) g.push(w); else groups.push([w]);
    }
    const style = 'MMMM YYYY';
    const dateLine = (w) => `${fmt(w.start, style)} - ${w.end ? fmt(w.end, style) : 'Present'} (${duration(w.start, w.end)})`;
    const linkedinLoc = (w) => w.location.replace(/, (VIC|PA)$/, (m, r) => `, ${r === 'VIC' ? 'Victoria' : 'Pennsylvania'}, ${P.country}`);
    for (const g of groups) {
      main.push(`<p class="co">${esc(g[0].company)}</p>`);
      if (g.length > 1) {
        const first = g[g.length - 1].start, last = g[0].end;
        main.push(`<p class="total">${duration(first, last)}</p>`);
      }
      for (const w of g) {
        main.push(`<p class="pos">${esc(w.position)}</p>`, `<p class="dates">${dateLine(w)}</p>`, `<p class="loc">${esc(linkedinLoc(w))}</p>`);
        if (w.bullets.length) main.push(`<div class="desc">${w.bullets.map((b) => `<p>${bullet} ${esc(b)}</p>`).join('')}</div>`);
        k.addWork(w, { style, location: linkedinLoc(w) });
      }
    }
    main.push(`<h2>${k.section('Education')}</h2>`, '<div class="edu">');
    for (const e of P.education) {
      main.push(`<p class="school">${esc(e.institution)}</p>`, `<p class="deg">${esc(e.studyType)}, ${esc(e.area)} · (${fmt(e.start, 'YYYY')} - ${fmt(e.end, 'YYYY')})</p>`);
      k.addEdu(e, { style: 'YYYY' });
    }
    main.push('</div>');
    k.layout.notes = 'LinkedIn PDF export look: left sidebar (Contact, Top Skills, Languages, Certifications, Honors-Awards) listed first in sections; main column Summary, Experience, Education. Skills are the "Top Skills". Positions at one company are printed under one company line with a total duration; each is its own work entry. Footer "Page N of M" from an @page margin box.';
    const html = page({ title: `${name} | LinkedIn`, css: CSS, body: `<div class="band"></div>\n<aside class="side">${side.join('\n')}</aside>\n<main class="main">${main.join('\n')}</main>` });
    return { html, key: k };
  },
};
