// HTML designs, part A: Canva header band, Enhancv two-column, Novoresume date gutter.
// Each design: { imitates, stresses, render(P, opts) -> { html, key } }. The key is filled while printing.
import { esc, range, Key, icon, dots, bar, page } from './lib.mjs';
import { fullName, initials } from './personas.mjs';

const up = (s) => s.toUpperCase();
const locOf = (P) => `${P.city}, ${P.country}`;

// ------------------------------------------------------------------------------------------------ canva-band
export const canvaBand = {
  imitates: 'a Canva "modern professional" resume: a coloured header band across the page holding a monogram circle, the name in capitals, the job title in spaced capitals and a white contact row with icons; below it a timeline main column and a tinted right sidebar',
  stresses: 'monogram initials printed before the name; letter-spaced title; contact items each after an inline-SVG icon, in white on colour, on one row; section headings after an icon in a coloured circle; work and education as a timeline (vertical line, dots) with year-only dates in small pills ABOVE the position ("2021 — Present", em dash); right sidebar after the main column with skill bars (names only), language dots, strengths tags and achievements with trophy icons; a "References available upon request" footer',
  render(P, o = {}) {
    const k = new Key(2);
    const A = o.accent ?? '#1d4e5c', A2 = o.accent2 ?? '#e8b04b';
    const D = { style: 'YYYY', sep: ' — ', present: 'Present' };
    k.b('name', up(fullName(P)));
    k.b('label', up(P.label));
    const contacts = [
      ['phone', k.b('phone', P.phone)],
      ['mail', k.b('email', P.email)],
      ['pin', k.b('location', locOf(P))],
      ['inbox', k.profile(`linkedin.com/in/${P.linkedin}`)],
    ];
    if (P.web) contacts.push(['globe', k.b('url', P.web)]);
    const H = (ic, t) => `<h2><span class="hic">${icon(ic, 13, '#fff', 2.2)}</span>${esc(k.section(up(t)))}</h2>`;
    // main column
    let main = H('user', o.aboutHeading ?? 'About Me') + `<p class="about">${esc(k.b('summary', P.summary))}</p>`;
    main += H('briefcase', o.workHeading ?? 'Work Experience') + '<div class="tl">';
    for (const w of P.work.slice(0, o.maxRoles ?? 9)) {
      const bullets = w.bullets.slice(0, o.maxBullets ?? 9);
      main += `<div class="it"><span class="pill">${esc(range(w, D))}</span><div class="pos">${esc(w.position)}</div>` +
        `<div class="org">${esc(w.company)} <span class="sep">|</span> ${esc(w.location)}</div>` +
        `<ul>${bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
      k.job(w, { dates: D, location: w.location, bullets });
    }
    main += '</div>' + H('cap', 'Education') + '<div class="tl">';
    for (const e of P.education) {
      main += `<div class="it"><span class="pill">${esc(range(e, D))}</span><div class="pos">${esc(e.studyLong)} in ${esc(e.area)}</div>` +
        `<div class="org">${esc(e.institution)}</div>${e.score ? `<div class="score">${esc(e.score)}</div>` : ''}</div>`;
      k.edu(e, { dates: D, studyType: e.studyLong, area: e.area, score: e.score });
    }
    main += '</div>';
    // sidebar
    let side = H('tools', 'Skills');
    for (const g of P.skillGroups) {
      for (const s of g.items.slice(0, o.skillsPerGroup ?? 4)) side += `<div class="sk"><span>${esc(k.skill(s.name))}</span>${bar(s.level, A, '#d5dde0', 5)}</div>`;
    }
    side += H('chat', 'Languages');
    side += P.languages.map((l) => `<div class="lang"><span>${esc(l.name)}</span>${dots(l.dots, A2, '#d5dde0', 8, 3)}</div>`).join('');
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name })));
    side += H('bolt', 'Strengths') + `<div class="tags">${P.strengths.map((t) => `<span>${esc(k.skill(t))}</span>`).join('')}</div>`;
    side += H('trophy', 'Achievements');
    side += P.achievements.map((a) => `<div class="ach">${icon('trophy', 14, A2, 2)}<div><b>${esc(a.title)}</b><br>${esc(a.text)}</div></div>`).join('');
    k.otherSection('ACHIEVEMENTS', P.achievements.map((a) => ({ title: a.title, summary: a.text })));
    const css = `
body { font-family: Lato, sans-serif; color: #2b3338; font-size: 9.6pt; }
.page { width: 210mm; min-height: 297mm; display: flex; flex-direction: column; }
header { background: ${A}; color: #fff; padding: 11mm 12mm 8mm; display: flex; gap: 9mm; align-items: center; }
.mono { flex: none; width: 31mm; height: 31mm; border-radius: 50%; background: ${A2}; border: 3px solid #fff; display: flex; align-items: center; justify-content: center; font-family: 'League Spartan'; font-weight: 700; font-size: 30pt; color: ${A}; }
h1 { text-transform: uppercase; font-family: 'League Spartan'; font-weight: 700; font-size: 30pt; line-height: 1; margin: 0; }
.title { text-transform: uppercase; letter-spacing: 4.5px; font-size: 11pt; margin: 6px 0 12px; color: ${A2}; }
.contact { display: flex; flex-wrap: wrap; gap: 5px 16px; font-size: 8.6pt; }
.contact span { display: inline-flex; align-items: center; gap: 5px; }
.cols { flex: 1; display: grid; grid-template-columns: 1fr 64mm; }
main { padding: 7mm 8mm 6mm 12mm; }
aside { background: #eef2f3; padding: 7mm 9mm 6mm 8mm; }
h2 { text-transform: uppercase; display: flex; align-items: center; gap: 8px; font-family: 'League Spartan'; font-size: 12.5pt; letter-spacing: 1px; color: ${A}; margin: 12px 0 7px; }
h2:first-child { margin-top: 0; }
.hic { width: 22px; height: 22px; border-radius: 50%; background: ${A}; display: inline-flex; align-items: center; justify-content: center; }
.about { margin: 0; line-height: 1.45; text-align: justify; }
.tl { border-left: 2px solid #c9d5d8; margin-left: 10px; padding-left: 16px; }
.it { position: relative; margin-bottom: 9px; }
.it::before { content: ''; position: absolute; left: -22px; top: 3px; width: 10px; height: 10px; border-radius: 50%; background: #fff; border: 2px solid ${A}; }
.pill { display: inline-block; background: ${A}; color: #fff; font-size: 7.6pt; border-radius: 9px; padding: 1px 8px; }
.pos { font-weight: 700; font-size: 10.6pt; margin-top: 3px; }
.org { color: ${A}; font-style: italic; }
.sep { color: #9aa; }
.score { font-size: 8.6pt; color: #555; }
.it ul { margin: 3px 0 0 14px; line-height: 1.38; }
.it li { margin-bottom: 1px; }
.sk { margin-bottom: 6px; } .sk span:first-child { display: block; margin-bottom: 2px; font-size: 9pt; }
.lang { display: flex; justify-content: space-between; align-items: center; margin-bottom: 5px; }
.tags { display: flex; flex-wrap: wrap; gap: 5px; } .tags span { background: #fff; border: 1px solid ${A}; color: ${A}; border-radius: 10px; padding: 2px 8px; font-size: 8.4pt; }
.ach { display: flex; gap: 7px; margin-bottom: 7px; font-size: 8.8pt; line-height: 1.3; } .ach svg { flex: none; margin-top: 1px; }
footer { text-align: center; font-style: italic; font-size: 8.4pt; color: #fff; background: ${A}; padding: 5px; }
`;
    const body = `<div class="page">
<header><div class="mono">${esc(initials(P))}</div><div><h1>${esc(fullName(P))}</h1><div class="title">${esc(P.label)}</div>
<div class="contact">${contacts.map(([ic, t]) => `<span>${icon(ic, 12, '#fff')}${esc(t)}</span>`).join('')}</div></div></header>
<div class="cols"><main>${main}</main><aside>${side}</aside></div>
<footer>References available upon request</footer>
</div>`;
    k.layout.notes = 'Canva-style page: full-width coloured header band (monogram circle with the initials, name in capitals by CSS, title in letter-spaced capitals, contact row in white, each item after an SVG icon). Then a main column (ABOUT ME, WORK EXPERIENCE and EDUCATION as a timeline with year-only date pills above each position; "Company | City, Country" in italics) and a tinted right sidebar (SKILLS as bars without numbers, LANGUAGES as five dots without a printed level, STRENGTHS as tags — stored as skills — and ACHIEVEMENTS with trophy icons). Sections list the main column first. Footer band "References available upon request" (no heading, not keyed).';
    return { html: page({ title: `${fullName(P)} – Resume`, css, body }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ enhancv-accent
export const enhancvAccent = {
  imitates: 'an Enhancv "double column" resume: name and accent-coloured title at top left with a round photo placeholder at top right, Unicode-symbol contact line, a wide main column of experience entries and a narrower right column opening with the summary',
  stresses: 'contact items after Unicode symbols that land in the text layer (☎ ✉ ⌂ ➚); each role as a large position title, the company in accent colour on the next line, then a meta line with a calendar icon + "01/2020 - Present" and a pin icon + location; dashed dividers; the SUMMARY sits at the top of the RIGHT column, so it is read after the whole main column; key achievements with icons, skills as underlined tags, strengths with icons, languages with a printed level and dots, certifications',
  render(P, o = {}) {
    const k = new Key(2);
    const A = o.accent ?? '#0b7a75';
    const D = { style: 'MM/YYYY', sep: ' - ', present: 'Present' };
    k.b('name', up(fullName(P)));
    k.b('label', P.label);
    // contact items: [symbol, printed text, link target]; with o.linkWords the profiles print only as hyperlinked words
    const contacts = [['☎', k.b('phone', P.phone)], ['✉', k.b('email', P.email), `mailto:${P.email}`]];
    if (o.linkWords) {
      contacts.push(['➚', 'LinkedIn', `https://www.linkedin.com/in/${P.linkedin}`]);
      if (P.github) contacts.push(['➚', 'GitHub', `https://github.com/${P.github}`]);
    } else {
      contacts.push(['➚', k.profile(`linkedin.com/in/${P.linkedin}`), `https://www.linkedin.com/in/${P.linkedin}`]);
      if (P.github) contacts.push(['➚', k.profile(`github.com/${P.github}`), `https://github.com/${P.github}`]);
    }
    contacts.push(['⌂', k.b('location', locOf(P))]);
    const H = (t) => `<h2>${esc(k.section(up(t)))}</h2>`;
    const meta = (dates, place) => `<div class="meta"><span>${icon('calendar', 11, '#777')}${esc(dates)}</span>${place ? `<span>${icon('pin', 11, '#777')}${esc(place)}</span>` : ''}</div>`;
    let main = H('Experience');
    main += P.work.map((w) => {
      k.job(w, { dates: D, location: w.location });
      return `<div class="entry"><div class="pos">${esc(w.position)}</div><div class="co">${esc(w.company)}</div>${meta(range(w, D), w.location)}` +
        `<ul>${w.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`;
    }).join('');
    main += H('Education');
    main += P.education.map((e) => {
      k.edu(e, { dates: D, studyType: e.studyType, area: e.area, location: e.location });
      return `<div class="entry"><div class="pos">${esc(e.studyType)} ${esc(e.area)}</div><div class="co">${esc(e.institution)}</div>${meta(range(e, D), e.location)}</div>`;
    }).join('');
    if (o.projects && P.projects) {
      main += H('Projects');
      main += P.projects.map((p) => {
        k.project(p);
        return `<div class="entry"><div class="pos sm">${esc(p.name)}</div><p>${esc(p.description)}</p></div>`;
      }).join('');
    }
    let side = H('Summary') + `<p>${esc(k.b('summary', P.summary))}</p>`;
    const achIcons = ['star', 'bolt', 'trophy'];
    side += H('Key Achievements') + P.achievements.map((a, i) => `<div class="ach"><span class="ai">${icon(achIcons[i % 3], 15, A)}</span><div><b>${esc(a.title)}</b><p>${esc(a.text)}</p></div></div>`).join('');
    k.otherSection('KEY ACHIEVEMENTS', P.achievements.map((a) => ({ title: a.title, summary: a.text })));
    side += H('Skills') + `<div class="tags">${P.skillGroups.flatMap((g) => g.items).map((s) => `<span>${esc(k.skill(s.name))}</span>`).join('')}</div>`;
    side += H('Strengths') + P.strengths.map((t) => `<div class="str">${icon('bulb', 14, A)}<span>${esc(k.skill(t))}</span></div>`).join('');
    side += H('Languages') + P.languages.map((l) => `<div class="lang"><div><b>${esc(l.name)}</b><span>${esc(l.level)}</span></div>${dots(l.dots, A, '#d9d9d9', 9, 4)}</div>`).join('');
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    side += H('Certification') + P.certs.map((c) => `<div class="cert"><b>${esc(c.name)}</b><span>${esc(c.issuer)}</span></div>`).join('');
    k.otherSection('CERTIFICATION', P.certs.map((c) => ({ title: c.name, issuer: c.issuer })));
    const css = `
body { font-family: Inter, sans-serif; color: #222; font-size: 9pt; }
.page { width: 210mm; padding: 11mm 11mm 8mm; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 0; margin-bottom: 6mm; }
h1 { font-size: 25pt; font-weight: 700; margin: 0; letter-spacing: .5px; text-transform: uppercase; }
.title { color: ${A}; font-size: 12.5pt; font-weight: 600; margin: 3px 0 7px; }
.contact { display: flex; flex-wrap: wrap; gap: 3px 14px; font-size: 8.6pt; color: #333; }
.contact b { color: ${A}; font-weight: 400; margin-right: 4px; } .contact a { color: inherit; text-decoration: none; }
.photo { flex: none; width: 27mm; height: 27mm; border-radius: 50%; background: linear-gradient(135deg, ${A}, #7fc8c3); }
.cols { display: grid; grid-template-columns: 1fr 66mm; gap: 9mm; }
h2 { font-size: 11.5pt; font-weight: 700; letter-spacing: .3px; border-bottom: 2.5px solid #222; padding-bottom: 2px; margin: 0 0 7px; text-transform: uppercase; }
section, .col > h2 ~ h2 { margin-top: 13px; }
.col h2:not(:first-child) { margin-top: 14px; }
.entry { padding: 0 0 7px; margin-bottom: 7px; border-bottom: 1px dashed #bbb; }
.entry:last-of-type { border-bottom: 0; }
.pos { font-size: 12pt; font-weight: 600; } .pos.sm { font-size: 10pt; }
.co { color: ${A}; font-weight: 600; font-size: 10pt; margin: 1px 0 2px; }
.meta { display: flex; gap: 14px; color: #666; font-size: 8.3pt; margin-bottom: 3px; }
.meta span { display: inline-flex; align-items: center; gap: 4px; }
.entry ul { padding-left: 15px; line-height: 1.4; } .entry p { margin: 2px 0 0; line-height: 1.4; }
.col p { margin: 0; line-height: 1.45; }
.ach { display: flex; gap: 8px; margin-bottom: 7px; } .ach .ai { flex: none; margin-top: 1px; } .ach p { color: #555; }
.tags { display: flex; flex-wrap: wrap; gap: 4px 12px; } .tags span { border-bottom: 1.5px solid #bbb; padding: 1px 0 2px; font-weight: 500; }
.str { display: flex; gap: 7px; align-items: center; margin-bottom: 5px; font-weight: 500; }
.lang { display: flex; justify-content: space-between; align-items: center; margin-bottom: 6px; }
.lang div span { display: block; color: #666; font-size: 8.2pt; }
.cert { margin-bottom: 6px; } .cert span { display: block; color: ${A}; font-size: 8.4pt; }
`;
    const body = `<div class="page">
<header><div><h1>${esc(fullName(P))}</h1><div class="title">${esc(P.label)}</div>
<div class="contact">${contacts.map(([g, t, href]) => `<span><b>${g}</b>${href ? `<a href="${esc(href)}">${esc(t)}</a>` : esc(t)}</span>`).join('')}</div></div><div class="photo"></div></header>
<div class="cols"><div class="col">${main}</div><div class="col">${side}</div></div>
</div>`;
    k.layout.notes = 'Enhancv-style two columns: the main column (EXPERIENCE, EDUCATION' + (o.projects && P.projects ? ', PROJECTS' : '') + ') comes first in reading order, then the right column (SUMMARY, KEY ACHIEVEMENTS, SKILLS, STRENGTHS, LANGUAGES, CERTIFICATION). Name and headings in capitals by CSS. ' + (o.linkWords ? 'LinkedIn and GitHub are printed only as the hyperlinked words "LinkedIn" and "GitHub" (targets https://www.linkedin.com/in/…, https://github.com/…), so the key has no profiles. ' : 'Profiles are printed as URLs without scheme and hyperlinked. ') + 'Contact symbols are real Unicode characters (☎ U+260E, ✉ U+2709, ➚ U+279A, ⌂ U+2302) in the text layer; the calendar and pin icons before dates/locations are inline SVG (no text). Degree printed as "<studyType> <area>" on one line (no "in"). Strengths (with bulb icons) are stored as skills. A round gradient photo placeholder sits at the top right.';
    return { html: page({ title: `${fullName(P)} – Resume`, css, body }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ novo-gutter
export const novoGutter = {
  imitates: 'a Novoresume "modern" one-column resume: section headings in rounded coloured pills with an icon, a left one-third gutter holding dates and locations, skills with five-dot ratings in a grid, languages with proficiency phrases',
  stresses: 'contact block as a two-column icon grid at the top right, beside the name; headings inside coloured pills with an icon circle; every entry split into a LEFT gutter ("Jan 2020 – Current" and the location under it) and the content on the right, so the text layer gives the dates before the position; "–" dash bullets drawn by CSS ::before; a three-column skills grid with five CSS dots after each name; languages as name + proficiency phrase; interests as tags',
  render(P, o = {}) {
    const k = new Key(1);
    const A = o.accent ?? '#3550a0';
    const D = { style: 'MMM YYYY', sep: ' – ', present: 'Current' };
    k.b('name', fullName(P)); k.b('label', P.label);
    const contacts = [['mail', k.b('email', P.email)], ['phone', k.b('phone', P.phone)], ['pin', k.b('location', locOf(P))], ['inbox', k.profile(`linkedin.com/in/${P.linkedin}`)]];
    if (P.github) contacts.push(['code', k.profile(`github.com/${P.github}`)]);
    else if (P.web) contacts.push(['globe', k.b('url', P.web)]);
    const H = (ic, t) => `<div class="hrow"><h2><span class="hic">${icon(ic, 12, A, 2.3)}</span>${esc(k.section(up(t)))}</h2><i></i></div>`;
    const entry = (left, sub, right) => `<div class="e"><div class="g"><div class="d">${esc(left)}</div>${sub ? `<div class="l">${esc(sub)}</div>` : ''}</div><div class="c">${right}</div></div>`;
    let b = H('user', o.profileHeading ?? 'Profile') + `<p class="sum">${esc(k.b('summary', P.summary))}</p>`;
    b += H('briefcase', 'Work Experience');
    for (const w of P.work) {
      k.job(w, { dates: D, location: w.location });
      b += entry(range(w, D), w.location, `<div class="pos">${esc(w.position)}</div><div class="co">${esc(w.company)}</div><ul>${w.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>`);
    }
    b += H('cap', 'Education');
    for (const e of P.education) {
      k.edu(e, { dates: D, location: e.location, studyType: e.studyLong, area: e.area, score: e.score });
      b += entry(range(e, D), e.location, `<div class="pos">${esc(e.studyLong)}, ${esc(e.area)}</div><div class="co">${esc(e.institution)}</div>${e.score ? `<div class="sc">${esc(e.score)}</div>` : ''}`);
    }
    b += H('tools', 'Skills') + '<div class="grid">';
    for (const s of P.skillGroups.flatMap((g) => g.items)) b += `<div class="skr"><span>${esc(k.skill(s.name))}</span>${dots(Math.max(1, Math.round(s.level / 20)), A, '#d6dcef', 7, 3)}</div>`;
    b += '</div>';
    b += '<div class="two"><div>' + H('chat', 'Languages') + P.languages.map((l) => `<div class="lg"><b>${esc(l.name)}</b><span>${esc(l.level)}</span></div>`).join('');
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    b += '</div><div>' + H('heart', 'Interests') + `<div class="tags">${P.interests.map((t) => `<span>${esc(t)}</span>`).join('')}</div></div></div>`;
    k.otherSection('INTERESTS', [...P.interests]);
    const css = `
body { font-family: 'Open Sans', sans-serif; color: #2a2f3a; font-size: 9.3pt; }
.page { width: 210mm; padding: 10mm 12mm 8mm; }
header { display: grid; grid-template-columns: 1fr auto; gap: 8mm; align-items: center; border-bottom: 3px solid ${A}; padding-bottom: 5mm; margin-bottom: 4mm; }
h1 { margin: 0; font-size: 24pt; color: ${A}; font-weight: 700; line-height: 1.1; }
.title { font-size: 11.5pt; color: #555; margin-top: 3px; }
.contact { display: grid; grid-template-columns: auto auto; gap: 5px 12px; font-size: 8.1pt; white-space: nowrap; }
.contact span { display: flex; align-items: center; gap: 6px; }
.contact i { flex: none; width: 18px; height: 18px; border-radius: 4px; background: ${A}; display: inline-flex; align-items: center; justify-content: center; }
.hrow { display: flex; align-items: center; gap: 8px; margin: 10px 0 6px; } .hrow i { flex: 1; height: 1.5px; background: #c9d0e6; }
h2 { display: inline-flex; align-items: center; gap: 7px; margin: 0; background: ${A}; color: #fff; font-size: 9.6pt; letter-spacing: .6px; border-radius: 14px; padding: 3px 13px 3px 4px; text-transform: uppercase; }
.hic { width: 19px; height: 19px; border-radius: 50%; background: #fff; display: inline-flex; align-items: center; justify-content: center; }
.sum { margin: 0; line-height: 1.45; }
.e { display: grid; grid-template-columns: 33% 1fr; gap: 4mm; margin-bottom: 7px; }
.g .d { font-weight: 600; color: ${A}; } .g .l { font-style: italic; color: #666; font-size: 8.3pt; }
.pos { font-weight: 700; font-size: 10pt; } .co { color: ${A}; font-weight: 600; } .sc { color: #555; }
.c ul { list-style: none; margin-top: 2px; line-height: 1.38; }
.c li { padding-left: 12px; position: relative; } .c li::before { content: '–'; position: absolute; left: 0; color: ${A}; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 5px 9mm; }
.skr { display: flex; justify-content: space-between; align-items: center; }
.two { display: grid; grid-template-columns: 1fr 1fr; gap: 9mm; }
.lg { display: flex; justify-content: space-between; margin-bottom: 3px; } .lg span { color: #666; font-style: italic; }
.tags { display: flex; flex-wrap: wrap; gap: 5px; } .tags span { border: 1px solid ${A}; border-radius: 4px; padding: 1px 7px; }
`;
    const body = `<div class="page">
<header><div><h1>${esc(fullName(P))}</h1><div class="title">${esc(P.label)}</div></div>
<div class="contact">${contacts.map(([ic, t]) => `<span><i>${icon(ic, 11, '#fff')}</i>${esc(t)}</span>`).join('')}</div></header>
${b}
</div>`;
    k.layout.notes = 'Novoresume-style single column: name and title at left with a two-column contact grid (SVG icons in coloured squares) at right. Headings are white capitals inside rounded pills with an icon circle, followed by a rule. Entries put the dates ("Jan 2020 – Current") and the location, italic, in a left gutter of one third of the width; position, company (accent) and "–" bullets on the right. Skills: three-column grid, each name followed by five CSS dots (no text). Languages and Interests sit side by side at the bottom (two short blocks, reading order Languages then Interests). The gutter holds only dates/locations, so the page counts as one column.';
    return { html: page({ title: `${fullName(P)} – CV`, css, body }), key: k };
  },
};
