// Imitates Enhancv: capitals name, coloured title, a contact row of icon-font glyphs, then two columns: the main
// column (Summary, Experience on a vertical timeline with dots, Education) and a right column (Key Achievements
// with icons, Skills as underlined tags, Find Me Online with network labels and URLs, Languages with level dots,
// Certification, Passions). Each role prints position, company (accent), then a meta line with a calendar
// glyph + "01/2022 - Present" and a pin glyph + location.
import { esc, range, fullName, Key, page, fa, FA_CSS } from '../lib.mjs';

const CSS = `
@page { size: Letter; margin: 11mm 12mm; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: Lato, sans-serif; font-size: 9.3pt; line-height: 1.38; color: #1c1c1c; }
h1 { font-size: 24pt; text-transform: uppercase; margin: 0; letter-spacing: 0.5px; }
.t { color: #008cff; font-size: 11.5pt; font-weight: 700; margin: 1px 0 5px; }
.contact { display: flex; flex-wrap: wrap; gap: 2px 14px; font-size: 8.8pt; color: #444; }
.contact .fa, .meta .fa { color: #008cff; }
.cols { display: grid; grid-template-columns: 1.65fr 1fr; gap: 22px; margin-top: 12px; }
h2 { text-transform: uppercase; font-size: 12pt; border-bottom: 3px solid #1c1c1c; margin: 10px 0 7px; padding-bottom: 1px; break-after: avoid; }
.cols > div > h2:first-child { margin-top: 0; }
.tl { position: relative; padding-left: 16px; margin-left: 4px; border-left: 1.5px solid #c9d6e3; }
.job { position: relative; margin-bottom: 10px; break-inside: avoid; }
.job::before { content: ''; position: absolute; left: -21px; top: 4px; width: 8px; height: 8px; border-radius: 50%; background: #008cff; border: 1px solid #fff; }
.job .p { font-size: 11pt; }
.job .c { color: #008cff; font-weight: 700; }
.meta { font-size: 8.5pt; color: #555; display: flex; gap: 14px; }
ul { margin: 3px 0 0; padding-left: 14px; }
li { margin: 1px 0; }
.ach { display: grid; grid-template-columns: 20px 1fr; gap: 2px 6px; margin-bottom: 7px; }
.ach .fa { color: #008cff; font-size: 12pt; }
.ach b { display: block; }
.tags { display: flex; flex-wrap: wrap; gap: 6px 10px; }
.tags span { border-bottom: 1px solid #9aa7b4; padding: 0 2px 1px; }
.online { margin-bottom: 6px; }
.online b { display: block; }
.lang { display: flex; justify-content: space-between; align-items: center; margin-bottom: 4px; }
.lang small { color: #666; display: block; font-size: 8.4pt; }
.dots { display: flex; gap: 3px; }
.dots i { width: 9px; height: 9px; border-radius: 50%; background: #dbe3ea; }
.dots i.on { background: #008cff; }
`;

const ICONS = ['trophy', 'star', 'bolt', 'rocket', 'diamond'];
const NET = { linkedin: ['LinkedIn', 'linkedin', (h) => `linkedin.com/in/${h}`], github: ['GitHub', 'github', (h) => `github.com/${h}`] };

export default {
  id: 'enhancv',
  imitates: 'Enhancv, two-column template with a timeline',
  stresses: 'timeline dots and line beside the roles, calendar and pin icon glyphs (private-use code points) in the date/location line, a "Find me online" section with network names above URLs, achievements with icons in the side column, skill tags, level dots, capitals by CSS, company repeated for each promotion',
  render(P) {
    const k = new Key();
    k.layout.columns = 2;
    const name = fullName(P);
    k.set('name', name.toUpperCase());
    k.set('label', P.label);
    k.set('phone', P.phone); k.set('email', P.email);
    const where = k.set('location', `${P.city}, ${P.country}`);
    const H = (s) => `<h2>${esc(s)}</h2>` + (k.section(s.toUpperCase()), '');
    const head = `<h1>${esc(name)}</h1><div class="t">${esc(P.label)}</div><div class="contact"><span>${fa('phone')}${esc(P.phone)}</span><span>${fa('envelope')}${esc(P.email)}</span><span>${fa('link')}${esc(P.web)}</span><span>${fa('pin')}${esc(where)}</span></div>`;
    k.set('url', P.web);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' - ', present: 'Present' });
    const L = [], R = [];
    L.push(H('Summary'), `<div>${esc(P.summary)}</div>`);
    k.set('summary', P.summary);
    L.push(H('Experience'), '<div class="tl">');
    for (const w of P.work) {
      L.push(`<div class="job"><div class="p">${esc(w.position)}</div><div class="c">${esc(w.company)}</div><div class="meta"><span>${fa('calendar')}${dr(w.start, w.end)}</span><span>${fa('pin')}${esc(w.location)}</span></div>${w.bullets.length ? `<ul>${w.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : ''}</div>`);
      k.addWork(w, { style, location: true });
    }
    L.push('</div>', H('Education'), '<div class="tl">');
    for (const e of P.education) {
      L.push(`<div class="job"><div class="p">${esc(e.studyType)} in ${esc(e.area)}</div><div class="c">${esc(e.institution)}</div><div class="meta"><span>${fa('calendar')}${dr(e.start, e.end)}</span><span>${fa('pin')}${esc(e.location)}</span>${e.score ? `<span>${esc(e.score)}</span>` : ''}</div></div>`);
      k.addEdu(e, { style, score: true, location: true });
    }
    L.push('</div>');
    // right column
    const ach = [...P.awards.map((a) => ({ title: a.title, text: `${a.description} (${a.year})` }))];
    // Enhancv users add headline wins here: the first bullet of the current role, re-worded as a title + text
    const cur = P.work[0];
    ach.unshift({ title: cur.position === P.work[1]?.position ? 'Key result' : `Impact at ${cur.company.replace(/ (B\.V\.|A\.Ş\.)$/, '')}`, text: cur.bullets[2] ?? cur.bullets[0] });
    R.push(H('Key Achievements'), ...ach.map((a, i) => `<div class="ach">${fa(ICONS[i % ICONS.length])}<div><b>${esc(a.title)}</b>${esc(a.text)}</div></div>`));
    k.other('KEY ACHIEVEMENTS', ach.map((a) => ({ title: a.title, summary: a.text })));
    const skills = P.skillGroups.flatMap((g) => g.items);
    R.push(H('Skills'), `<div class="tags">${skills.map((s) => `<span>${esc(s)}</span>`).join('')}</div>`);
    k.skill(...skills);
    R.push(H('Find Me Online'));
    for (const [net, [label, icon, url]] of Object.entries(NET)) {
      R.push(`<div class="online">${fa(icon)}<b style="display:inline">${label}</b><br>${esc(k.profile(url(P[net])))}</div>`);
    }
    R.push(H('Languages'), ...P.languages.map((l) => `<div class="lang"><div><b>${esc(l.name)}</b><small>${esc(l.level)}</small></div><span class="dots">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= l.dots ? 'on' : ''}"></i>`).join('')}</span></div>`));
    k.other('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    if (P.certs.length) {
      R.push(H('Certification'), ...P.certs.map((c) => `<div class="online"><b>${esc(c.name)}</b>${esc(c.issuer)}</div>`));
      k.other('CERTIFICATION', P.certs.map((c) => ({ title: c.name, issuer: c.issuer })));
    }
    R.push(H('Passions'), ...P.interests.map((s) => `<div class="online">${fa('heart')}${esc(s)}</div>`));
    k.other('PASSIONS', [...P.interests]);
    k.layout.notes = 'Enhancv look: main column (SUMMARY, EXPERIENCE, EDUCATION on a timeline) and right column (KEY ACHIEVEMENTS, SKILLS, FIND ME ONLINE, LANGUAGES, CERTIFICATION, PASSIONS); sections list the main column first. Headings and name are capitals by CSS. Icons are Font Awesome 4 glyphs (private-use code points) before dates, locations, achievements and profiles. Profiles are the printed URLs under the network names.';
    return { html: page({ title: `${name} Resume`, css: CSS, body: `${head}\n<div class="cols"><div>${L.join('\n')}</div><div>${R.join('\n')}</div></div>` }), key: k };
  },
};
