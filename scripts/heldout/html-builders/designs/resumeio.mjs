// Imitates Resume.io / Zety templates: a dark LEFT sidebar band on every page (Details with the address over two
// lines, Links printed only as the words "LinkedIn" / "GitHub" with the URLs as hyperlink targets, Skills and
// Languages with level bars and no level words), the name and title at the top of the main column, and
// Profile / Employment History / Education / Courses. A role prints "Position, Company, City" on one bold line
// with the dates on a small grey line under it ("Mar 2021 — Present").
import { esc, range, fullName, Key, page, ul } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 12mm 14mm 12mm 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'PT Sans', 'Open Sans', sans-serif; font-size: 9.6pt; line-height: 1.42; color: #1e2532; }
.band { position: fixed; left: 0; top: -12mm; bottom: -12mm; width: 64mm; background: #0d3b66; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.side { position: absolute; left: 0; top: 0; width: 64mm; padding: 4mm 8mm 0 10mm; color: #fff; font-size: 9pt; }
.side h3 { font-size: 10.5pt; margin: 14px 0 5px; }
.side p { margin: 0 0 3px; }
.side a { color: #fff; text-decoration: underline; }
.side .lab { color: #b9c8d8; font-size: 8pt; margin-top: 6px; }
.bar { height: 3px; background: #3f6791; margin: 2px 0 7px; }
.bar i { display: block; height: 3px; background: #fff; }
.main { margin-left: 74mm; }
h1 { font-size: 22pt; margin: 0; line-height: 1.1; }
.jt { font-size: 10pt; text-transform: uppercase; letter-spacing: 1px; color: #5a6576; margin: 3px 0 10px; }
h2 { font-size: 13pt; margin: 14px 0 6px; break-after: avoid; }
.e { margin-bottom: 10px; break-inside: avoid; }
.e b { font-size: 10.3pt; }
.d { color: #8a94a3; font-size: 8.5pt; margin: 1px 0 3px; }
ul { margin: 2px 0 0; padding-left: 15px; }
li { margin: 1px 0; }
p { margin: 0; }
`;

export default {
  id: 'resumeio',
  imitates: 'Resume.io / Zety, sidebar template ("Details", level bars, "Employment History")',
  stresses: 'a dark sidebar printed before the main column, address split over two lines, profile links printed only as the words "LinkedIn"/"GitHub" (URLs are hyperlink targets), level bars with no text, "Position, Company, City" joined by commas on one line, dates on a small grey line below, em-dash ranges',
  render(P) {
    const k = new Key();
    k.layout.columns = 2;
    const name = k.set('name', fullName(P));
    k.set('label', P.label.toUpperCase());
    k.set('phone', P.phone); k.set('email', P.email);
    const side = [];
    side.push(`<h3>${k.section('Details')}</h3><p>${esc(P.city)}</p><p>${esc(P.country)}</p><p>${esc(P.phone)}</p><p>${esc(P.email)}</p>`);
    k.set('location', `${P.city} ${P.country}`);
    side.push(`<h3>${k.section('Links')}</h3><p><a href="https://www.linkedin.com/in/${P.linkedin}">LinkedIn</a></p><p><a href="https://github.com/${P.github}">GitHub</a></p><p><a href="https://${P.web}">Portfolio</a></p>`);
    side.push(`<h3>${k.section('Skills')}</h3>`);
    const skills = P.skillGroups.flatMap((g) => g.items.map((s) => [s, g.level])).slice(0, 9);
    for (const [s, lv] of skills) side.push(`<p>${esc(s)}</p><div class="bar"><i style="width:${lv * 20}%"></i></div>`);
    k.skill(...skills.map(([s]) => s));
    side.push(`<h3>${k.section('Languages')}</h3>`);
    for (const l of P.languages) side.push(`<p>${esc(l.name)}</p><div class="bar"><i style="width:${l.dots * 20}%"></i></div>`);
    k.other('Languages', P.languages.map((l) => l.name));
    if (P.interests.length) { side.push(`<h3>${k.section('Hobbies')}</h3><p>${esc(P.interests.join(', '))}</p>`); k.other('Hobbies', [...P.interests]); }

    const main = [];
    main.push(`<h1>${esc(name)}</h1><div class="jt">${esc(P.label)}</div>`);
    main.push(`<h2>${k.section('Profile')}</h2><p>${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' — ', present: 'Present' });
    main.push(`<h2>${k.section('Employment History')}</h2>`);
    for (const w of P.work) {
      const city = w.location.split(',')[0];
      main.push(`<div class="e"><b>${esc(w.position)}, ${esc(w.company)}, ${esc(city)}</b><div class="d">${dr(w.start, w.end)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: city });
    }
    main.push(`<h2>${k.section('Education')}</h2>`);
    for (const e of P.education) {
      main.push(`<div class="e"><b>${esc(e.studyType)}, ${esc(e.institution)}, ${esc(e.location)}</b><div class="d">${dr(e.start, e.end)}</div><p>${esc(e.area)}${e.score ? `. Final grade ${esc(e.score)}` : ''}</p></div>`);
      k.addEdu(e, { style, score: true, location: true });
    }
    if (P.certs.length) {
      main.push(`<h2>${k.section('Courses')}</h2>`);
      for (const c of P.certs) main.push(`<div class="e"><b>${esc(c.name)}, ${esc(c.issuer)}</b><div class="d">${c.year}</div></div>`);
      k.other('Courses', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    if (P.projects.length) {
      main.push(`<h2>${k.section('Projects')}</h2>`);
      for (const p of P.projects) { main.push(`<div class="e"><b>${esc(p.name)}</b><p>${esc(p.description)}</p></div>`); k.addProject(p); }
    }
    if (P.awards.length) {
      main.push(`<h2>${k.section('Awards')}</h2>`);
      for (const a of P.awards) main.push(`<div class="e"><b>${esc(a.title)}, ${esc(a.by)}</b><div class="d">${a.year}</div><p>${esc(a.description)}</p></div>`);
      k.other('Awards', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year, summary: a.description })));
    }
    k.layout.notes = 'Resume.io look: dark left sidebar (Details, Links, Skills, Languages, Hobbies) listed first, then the main column (Profile, Employment History, Education, Courses, Projects, Awards). basics.location is the address printed on two lines (city, then country). Profile links are printed only as the words "LinkedIn", "GitHub", "Portfolio" (hyperlink targets linkedin.com/in/..., github.com/..., the web site), so no profile or url is in the key. Skill and language levels are bars without text. A role line is "Position, Company, City"; the title line is capitals by CSS.';
    return { html: page({ title: `${name} - Resume`, css: CSS, body: `<div class="band"></div>\n<aside class="side">${side.join('\n')}</aside>\n<main class="main">${main.join('\n')}</main>` }), key: k };
  },
};
