// Imitates Reactive Resume (open-source builder), "Azurill"-like look: centred header with a round photo
// placeholder, contact row and profile row with icon-font glyphs, then two columns: a narrow left column
// (Skills with level dots, Languages, Certifications, Awards, Interests) and a wide main column (Summary,
// Experience, Education, Projects, Publications). Items print the company first with the date on the right,
// then the position with the location on the right. Dates are free text ("Aug 2022 – Now").
import { esc, fmt, fullName, Key, page, fa, FA_CSS, photo, ul } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 14mm 14mm 14mm 14mm; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: Lato, 'Open Sans', sans-serif; font-size: 9.6pt; line-height: 1.38; color: #1f2328; }
header { display: flex; flex-direction: column; align-items: center; text-align: center; gap: 4px; margin-bottom: 14px; }
header h1 { font-size: 21pt; margin: 6px 0 0; font-weight: 700; }
header .headline { font-size: 10.5pt; color: #444; }
.row { display: flex; flex-wrap: wrap; justify-content: center; gap: 4px 14px; font-size: 9pt; }
.row .fa { color: #b45309; }
.cols { display: grid; grid-template-columns: 1fr 2.1fr; gap: 18px; }
h2 { font-size: 10.5pt; font-weight: 700; color: #b45309; border-bottom: 1px solid #b45309; margin: 12px 0 6px; padding-bottom: 2px; break-after: avoid; }
.side h2:first-child, .main h2:first-child { margin-top: 0; }
.item { margin-bottom: 9px; break-inside: avoid; }
.line { display: flex; justify-content: space-between; gap: 8px; }
.line b { font-weight: 700; }
.line .r { text-align: right; white-space: nowrap; }
.muted { color: #555; }
ul { margin: 3px 0 0; padding-left: 15px; }
li { margin: 1px 0; }
.level { display: flex; gap: 3px; margin: 2px 0; }
.level i { width: 9px; height: 9px; border-radius: 50%; border: 1px solid #b45309; }
.level i.on { background: #b45309; }
.side .item { margin-bottom: 7px; }
`;

export default {
  id: 'reactive',
  imitates: 'Reactive Resume (rxresu.me), "Azurill"-like template',
  stresses: 'photo placeholder above a centred name, contact and profile rows of icon-font glyphs (private-use code points in the text layer) with bare usernames, a narrow left column printed before the main column, company-before-position items with dates and locations right-aligned on the same lines, skill groups with dot ratings and comma-joined keywords, "Now" for a current role',
  render(P) {
    const k = new Key();
    k.layout.columns = 2;
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    k.set('location', `${P.city}, ${P.country}`);
    k.set('phone', P.phone); k.set('email', P.email); k.set('url', P.web);
    const head = [
      photo(84),
      `<h1>${esc(name)}</h1>`,
      `<div class="headline">${esc(P.label)}</div>`,
      `<div class="row"><span>${fa('pin')}${esc(P.city)}, ${esc(P.country)}</span><span>${fa('phone')}${esc(P.phone)}</span><span>${fa('envelope')}${esc(P.email)}</span><span>${fa('link')}${esc(P.web)}</span></div>`,
      `<div class="row"><span>${fa('github')}${esc(k.profile(P.github))}</span><span>${fa('linkedin')}${esc(k.profile(P.linkedin))}</span></div>`,
    ];
    const side = [];
    side.push(`<h2>${k.section('Skills')}</h2>`);
    for (const g of P.skillGroups) {
      side.push(`<div class="item"><b>${esc(g.group)}</b><div class="level">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= g.level ? 'on' : ''}"></i>`).join('')}</div><div class="muted">${esc(g.items.join(', '))}</div></div>`);
      k.skill(...g.items);
    }
    side.push(`<h2>${k.section('Languages')}</h2>`);
    for (const l of P.languages) side.push(`<div class="item"><b>${esc(l.name)}</b><div class="muted">${esc(l.level)}</div></div>`);
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    if (P.certs.length) {
      side.push(`<h2>${k.section('Certifications')}</h2>`);
      for (const c of P.certs) side.push(`<div class="item"><b>${esc(c.name)}</b><div class="muted">${esc(c.issuer)} · ${c.year}</div></div>`);
      k.other('Certifications', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    if (P.awards.length) {
      side.push(`<h2>${k.section('Awards')}</h2>`);
      for (const a of P.awards) side.push(`<div class="item"><b>${esc(a.title)}</b><div class="muted">${esc(a.by)} · ${a.year}</div></div>`);
      k.other('Awards', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year })));
    }
    side.push(`<h2>${k.section('Interests')}</h2><div class="item">${esc(P.interests.join(', '))}</div>`);
    k.other('Interests', [...P.interests]);

    const style = 'MMM YYYY';
    const dr = (s, e) => `${fmt(s, style)} – ${e ? fmt(e, style) : 'Now'}`;
    const main = [];
    main.push(`<h2>${k.section('Summary')}</h2><p style="margin:0">${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    main.push(`<h2>${k.section('Experience')}</h2>`);
    for (const w of P.work) {
      main.push(`<div class="item"><div class="line"><b>${esc(w.company)}</b><span class="r">${dr(w.start, w.end)}</span></div><div class="line"><span>${esc(w.position)}</span><span class="r muted">${esc(w.location)}</span></div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    main.push(`<h2>${k.section('Education')}</h2>`);
    for (const e of P.education) {
      main.push(`<div class="item"><div class="line"><b>${esc(e.institution)}</b><span class="r">${dr(e.start, e.end)}</span></div><div class="line"><span>${esc(e.area)}</span><span class="r muted">${esc(e.studyType)}</span></div>${e.score ? `<div class="muted">${esc(e.score)}</div>` : ''}</div>`);
      k.addEdu(e, { style, score: true });
    }
    if (P.projects.length) {
      main.push(`<h2>${k.section('Projects')}</h2>`);
      for (const p of P.projects) {
        main.push(`<div class="item"><b>${esc(p.name)}</b><div>${esc(p.description)}</div><div class="muted">${esc(p.keywords.join(', '))}</div></div>`);
        k.addProject(p, { keywords: true });
      }
    }
    if (P.publications) {
      main.push(`<h2>${k.section('Publications')}</h2>`, ...P.publications.map((p) => `<div class="item">${esc(p)}</div>`));
      k.other('Publications', [...P.publications]);
    }
    k.layout.notes = 'Reactive Resume look: header (photo placeholder, name, headline, icon contact row, icon profile row with usernames), then a left column (Skills, Languages, Certifications, Awards, Interests) and a main column (Summary, Experience, Education, Projects, Publications); sections list the left column first. Icons are Font Awesome 4 glyphs (private-use code points). "Now" = present.';
    const html = page({ title: `${name} - Resume`, css: CSS, body: `<header>${head.join('\n')}</header>\n<div class="cols"><aside class="side">${side.join('\n')}</aside><main class="main">${main.join('\n')}</main></div>` });
    return { html, key: k };
  },
};
