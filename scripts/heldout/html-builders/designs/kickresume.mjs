// Imitates Kickresume: the main column on the left and a dark sidebar on the RIGHT (square photo placeholder,
// contact with icon-font glyphs, skills rated with filled/empty circle glyphs, languages, hobbies). The name
// pairs a light first name with a bold surname. Roles sit in a two-column row: dates in a narrow gutter
// ("since 08/2022", "01/2021 – 07/2022"), then position, "Company, City" in italics and bullets.
import { esc, range, fullName, Key, page, fa, FA_CSS, FA, photo, ul } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 0; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: Cabin, 'Open Sans', sans-serif; font-size: 9.2pt; line-height: 1.4; color: #2e3440; }
.band { position: fixed; right: 0; top: 0; bottom: 0; width: 66mm; z-index: -1; background: #2e3440; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.wrap { display: grid; grid-template-columns: 1fr 66mm; }
.main { padding: 13mm 9mm 10mm 13mm; }
.side { padding: 13mm 8mm 10mm 9mm; color: #eceff4; }
h1 { font-size: 25pt; font-weight: 300; margin: 0; line-height: 1.1; }
h1 b { font-weight: 700; }
.t { font-size: 11pt; color: #5e81ac; margin: 2px 0 10px; letter-spacing: 0.5px; }
h2 { font-size: 10.5pt; letter-spacing: 1.5px; color: #5e81ac; margin: 14px 0 6px; break-after: avoid; }
.side h2 { color: #88c0d0; }
.row { display: grid; grid-template-columns: 24mm 1fr; gap: 8px; margin-bottom: 9px; break-inside: avoid; }
.row .w { font-size: 8.5pt; color: #6b7587; padding-top: 1px; }
.row b { font-size: 10pt; }
.row i { display: block; color: #4c566a; }
ul { margin: 2px 0 0; padding-left: 13px; }
li { margin: 1px 0; }
p { margin: 0 0 3px; }
.side p { display: flex; gap: 6px; }
.side .fa { color: #88c0d0; flex: none; }
.sk { display: flex; justify-content: space-between; margin-bottom: 2px; }
.sk .r { font-family: FontAwesome; font-size: 7pt; letter-spacing: 1px; color: #88c0d0; white-space: nowrap; }
.photo { margin-bottom: 8px; }
`;

export default {
  id: 'kickresume',
  imitates: 'Kickresume, a template with a dark right-hand sidebar',
  stresses: 'a sidebar on the RIGHT printed after the main column, a name set in two weights, "since 08/2022" for a current role, a date gutter before each role, "Company, City" in italics, skill ratings drawn with Font Awesome circle glyphs (a run of private-use characters after each skill), contact lines with icon glyphs',
  render(P) {
    const k = new Key();
    k.layout.columns = 2;
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', since: 'since' });
    const M = [];
    M.push(`<h1>${esc(P.first)} <b>${esc(P.last)}</b></h1><div class="t">${esc(P.label)}</div>`);
    const H = (s) => `<h2>${esc(s)}</h2>` + (k.section(s), '');
    M.push(H('PROFILE'), `<p>${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    M.push(H('WORK EXPERIENCE'));
    for (const w of P.work) {
      M.push(`<div class="row"><div class="w">${dr(w.start, w.end)}</div><div><b>${esc(w.position)}</b><i>${esc(w.company)}, ${esc(w.location.split(',')[0])}</i>${ul(w.bullets)}</div></div>`);
      k.addWork(w, { style, location: w.location.split(',')[0] });
    }
    M.push(H('EDUCATION'));
    for (const e of P.education) {
      M.push(`<div class="row"><div class="w">${dr(e.start, e.end)}</div><div><b>${esc(e.studyType)} – ${esc(e.area)}</b><i>${esc(e.institution)}, ${esc(e.location)}</i>${e.thesis ? `<p>Thesis: ${esc(e.thesis)}</p>` : ''}${e.score ? `<p>${esc(e.score)}</p>` : ''}</div></div>`);
      k.addEdu(e, { style, score: true, location: true });
    }
    if (P.publications) {
      M.push(H('PUBLICATIONS'), ...P.publications.map((p) => `<p>${esc(p)}</p>`));
      k.other('PUBLICATIONS', [...P.publications]);
    }
    if (P.certs.length) {
      M.push(H('CERTIFICATES'), ...P.certs.map((c) => `<div class="row"><div class="w">${c.year}</div><div><b>${esc(c.name)}</b><i>${esc(c.issuer)}</i></div></div>`));
      k.other('CERTIFICATES', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    }
    if (P.awards.length) {
      M.push(H('AWARDS'), ...P.awards.map((a) => `<div class="row"><div class="w">${a.year}</div><div><b>${esc(a.title)}</b><i>${esc(a.by)}</i></div></div>`));
      k.other('AWARDS', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year })));
    }
    const S = [photo(130, '4px', '#4c566a')];
    S.push(H('CONTACT'));
    k.set('email', P.email); k.set('phone', P.phone); k.set('location', `${P.city}, ${P.country}`); k.set('url', P.web);
    S.push(`<p>${fa('envelope')}<span>${esc(P.email)}</span></p><p>${fa('phone')}<span>${esc(P.phone)}</span></p><p>${fa('pin')}<span>${esc(P.city)}, ${esc(P.country)}</span></p><p>${fa('globe')}<span>${esc(P.web)}</span></p><p>${fa('linkedin')}<span>${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</span></p>`);
    S.push(H('SKILLS'));
    for (const g of P.skillGroups) for (const s of g.items.slice(0, 4)) {
      S.push(`<div class="sk"><span>${esc(s)}</span><span class="r">${FA.circle.repeat(g.level)}${FA.circleO.repeat(5 - g.level)}</span></div>`);
      k.skill(s);
    }
    S.push(H('LANGUAGES'), ...P.languages.map((l) => `<p>${esc(l.name)} — ${esc(l.level)}</p>`));
    k.other('LANGUAGES', P.languages.map((l) => `${l.name} — ${l.level}`));
    S.push(H('HOBBIES'), ...P.interests.map((s) => `<p>${esc(s)}</p>`));
    k.other('HOBBIES', [...P.interests]);
    k.layout.notes = 'Kickresume look: main column on the left (PROFILE, WORK EXPERIENCE, EDUCATION, PUBLICATIONS, CERTIFICATES, AWARDS), dark sidebar on the right (CONTACT, SKILLS, LANGUAGES, HOBBIES) printed after it; sections list the left column first. "since MM/YYYY" = present. Skill ratings are runs of Font Awesome circle glyphs (U+F111/U+F10C) after each skill; at most four skills per group are shown.';
    return { html: page({ title: `${name} – Kickresume`, css: CSS, body: `<div class="band"></div><div class="wrap"><main class="main">${M.join('\n')}</main><aside class="side">${S.join('\n')}</aside></div>` }), key: k };
  },
};
