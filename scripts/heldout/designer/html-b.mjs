// HTML designs, part B: Visme infographic cards, FlowCV single column with heading bars, Adobe Express two pages.
import { esc, range, Key, icon, bar, donut, page } from './lib.mjs';
import { fullName, initials } from './personas.mjs';

const up = (s) => s.toUpperCase();
const locOf = (P) => `${P.city}, ${P.country}`;

// ------------------------------------------------------------------------------------------------ visme-cards
export const vismeCards = {
  imitates: 'a Visme infographic resume: round photo placeholder, first and last name in two weights on two lines, a row of big-number statistics, experience as shadowed cards, and a right column of percentage donut charts',
  stresses: 'name split over two lines in two font weights; letter-spaced title; a contact column with icons in filled circles; a stats strip ("7+ years in UX engineering") between the profile and the body; each role as a card with the position and a date pill on one row ("March 2019 – Present", full month names) and "Company · City" under it; a right column of donut charts whose percentage ("95%") is printed as text before the skill name; the remaining skills as a comma list under "Toolbox"; languages with percentage bars and a level word; achievements with icons',
  render(P, o = {}) {
    const k = new Key(2);
    const A = o.accent ?? '#6a3fb5', A2 = o.accent2 ?? '#ff8a5b';
    const D = { style: 'MMMM YYYY', sep: ' – ', present: 'Present' };
    k.b('name', fullName(P));
    k.b('label', up(P.label));
    const contacts = [['mail', k.b('email', P.email)], ['phone', k.b('phone', P.phone)], ['pin', k.b('location', locOf(P))], ['inbox', k.profile(`linkedin.com/in/${P.linkedin}`)]];
    if (P.web) contacts.push(['globe', k.b('url', P.web)]);
    const H = (t, cls = '') => `<h2 class="${cls}">${esc(k.section(t))}</h2>`;
    const [n1, n2] = P.familyFirst ? [P.last, P.first] : [P.first, P.last];
    let top = `<header><div class="ph"></div><div class="nm"><div class="n1">${esc(n1)}</div><div class="n2">${esc(n2)}</div><div class="ti">${esc(P.label)}</div></div>` +
      `<div class="ct">${contacts.map(([ic, t]) => `<div><i>${icon(ic, 10, '#fff', 2.4)}</i><span>${esc(t)}</span></div>`).join('')}</div></header>`;
    top += `<section class="prof">${H('Profile')}<p>${esc(k.b('summary', P.summary))}</p></section>`;
    top += `<div class="stats">${P.stats.map(([n, t]) => `<div><b>${esc(n)}</b><span>${esc(t)}</span></div>`).join('')}</div>`;
    let main = H('Experience');
    for (const w of P.work.slice(0, o.maxRoles ?? 9)) {
      const bullets = w.bullets.slice(0, o.maxBullets ?? 9);
      k.job(w, { dates: D, location: w.location, bullets });
      main += `<div class="card"><div class="r1"><span class="pos">${esc(w.position)}</span><span class="pill">${esc(range(w, D))}</span></div>` +
        `<div class="co">${esc(w.company)} · ${esc(w.location)}</div><ul>${bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
    }
    main += H('Education');
    for (const e of P.education) {
      k.edu(e, { dates: D, studyType: e.studyLong, area: e.area, score: e.score });
      main += `<div class="card"><div class="r1"><span class="pos">${esc(e.studyLong)} · ${esc(e.area)}</span><span class="pill">${esc(range(e, D))}</span></div>` +
        `<div class="co">${esc(e.institution)}</div>${e.score ? `<div class="sc">${esc(e.score)}</div>` : ''}</div>`;
    }
    const all = P.skillGroups.flatMap((g) => g.items);
    const ranked = [...all].sort((a, b) => b.level - a.level);
    const top6 = ranked.slice(0, 6), rest = all.filter((s) => !top6.includes(s));
    let side = H('Skills') + '<div class="donuts">';
    for (const s of top6) side += `<div class="dn"><div class="dw">${donut(s.level, 58, A, '#e6def5', 7)}<b>${s.level}%</b></div><span>${esc(k.skill(s.name))}</span></div>`;
    side += '</div>';
    if (rest.length) side += H('Toolbox', 'sm') + `<p class="tb">${rest.map((s) => esc(k.skill(s.name))).join(', ')}</p>`;
    side += H('Languages');
    const pct = { 5: 100, 4: 80, 3: 60, 2: 40, 1: 20 };
    side += P.languages.map((l) => `<div class="lg"><div><b>${esc(l.name)}</b><span>${esc(l.level)}</span></div>${bar(pct[l.dots], A2, '#f3e3dc', 6)}</div>`).join('');
    k.otherSection('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    side += H('Achievements');
    side += P.achievements.map((a, i) => `<div class="ach"><i>${icon(['award', 'rocket', 'star'][i % 3], 14, '#fff', 2)}</i><div><b>${esc(a.title)}</b><p>${esc(a.text)}</p></div></div>`).join('');
    k.otherSection('Achievements', P.achievements.map((a) => ({ title: a.title, summary: a.text })));
    side += H('Interests') + `<p class="tb">${P.interests.map(esc).join(' • ')}</p>`;
    k.otherSection('Interests', [...P.interests]);
    const css = `
body { font-family: Cabin, sans-serif; color: #2d2a35; font-size: 9pt; background: #faf8fd; }
.page { width: 210mm; min-height: 297mm; padding: 10mm 11mm 8mm; background: #faf8fd; }
header { display: grid; grid-template-columns: 32mm 1fr 68mm; gap: 6mm; align-items: center; }
.ph { width: 32mm; height: 32mm; border-radius: 50%; background: ${A}; box-shadow: 0 0 0 4px #fff, 0 0 0 6px ${A2}; }
.n1 { font-size: 25pt; font-weight: 400; color: ${A}; line-height: 1.05; }
.n2 { font-size: 25pt; font-weight: 700; color: #2d2a35; line-height: 1.05; }
.ti { margin-top: 6px; letter-spacing: 3.5px; font-size: 9.5pt; color: ${A2}; font-weight: 600; text-transform: uppercase; }
.ct div { display: flex; align-items: center; gap: 7px; margin: 3px 0; font-size: 8.4pt; }
.ct i { flex: none; width: 18px; height: 18px; border-radius: 50%; background: ${A}; display: inline-flex; align-items: center; justify-content: center; }
h2 { font-size: 12pt; color: ${A}; margin: 10px 0 6px; display: flex; align-items: center; gap: 8px; }
h2::after { content: ''; flex: 1; height: 2px; background: linear-gradient(90deg, ${A2}, transparent); }
h2.sm { font-size: 10.5pt; }
.prof p { margin: 0; line-height: 1.45; }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: 5mm; margin: 9px 0 2px; }
.stats div { background: ${A}; color: #fff; border-radius: 8px; padding: 6px 10px; display: flex; align-items: center; gap: 9px; }
.stats b { font-size: 18pt; color: #ffd8c7; } .stats span { font-size: 8.4pt; line-height: 1.2; }
.cols { display: grid; grid-template-columns: 1fr 60mm; gap: 7mm; }
.card { background: #fff; border-radius: 7px; border-left: 4px solid ${A}; box-shadow: 0 1px 4px rgba(60,30,110,.15); padding: 6px 9px 7px; margin-bottom: 7px; }
.r1 { display: flex; justify-content: space-between; align-items: baseline; gap: 6px; }
.pos { font-weight: 700; font-size: 10pt; }
.pill { flex: none; font-size: 7.6pt; background: #efe8fb; color: ${A}; border-radius: 9px; padding: 1px 7px; }
.co { color: ${A2}; font-weight: 600; font-size: 8.8pt; margin: 1px 0 2px; } .sc { font-size: 8.4pt; color: #666; }
.card ul { padding-left: 14px; line-height: 1.36; }
.donuts { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 6px 4px; text-align: center; }
.dn span { display: block; font-size: 8pt; line-height: 1.15; margin-top: 2px; }
.dw { position: relative; width: 58px; height: 58px; margin: 0 auto; } .dw b { position: absolute; inset: 0; display: flex; align-items: center; justify-content: center; font-size: 9pt; color: ${A}; }
.tb { margin: 0; line-height: 1.45; }
.lg { margin-bottom: 6px; } .lg div { display: flex; justify-content: space-between; margin-bottom: 2px; } .lg span { color: #777; font-size: 8.2pt; }
.ach { display: flex; gap: 8px; margin-bottom: 6px; } .ach i { flex: none; width: 22px; height: 22px; border-radius: 6px; background: ${A2}; display: inline-flex; align-items: center; justify-content: center; }
.ach p { margin: 1px 0 0; color: #666; font-size: 8.4pt; line-height: 1.3; }
`;
    const body = `<div class="page">${top}<div class="cols"><div>${main}</div><div>${side}</div></div></div>`;
    k.layout.notes = 'Visme-style infographic: header with a round photo placeholder, the name on two lines in two weights (' + (P.familyFirst ? 'family name first, as printed' : 'first name light, last name bold') + '), a letter-spaced title in capitals and a contact column with icons in filled circles. Profile paragraph, then a strip of three statistic boxes (big number + caption; not keyed), then two columns: Experience and Education as cards (position and a date pill on one row, "Company · City" below; degrees as "Degree · Area") and a right column with six donut charts (the percentage is printed as text in the middle of each donut, BEFORE the skill name), "Toolbox" (the other skills, comma list), Languages (level word + bar), Achievements and Interests. Sections list the left column first.';
    return { html: page({ title: `${fullName(P)} — Resume`, css, body }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ flowcv-bars
export const flowcvBars = {
  imitates: 'a FlowCV one-column resume with a monogram badge, a contact grid with icons, and section headings printed in white on full-width coloured bars',
  stresses: 'a monogram (initials) badge before the name; title in spaced capitals; contact grid of three columns with SVG icons; headings as white capitals on full-width bars; role rows with the position left and a grey date pill right ("Mar 2019 – now"), company italic with the location right-aligned on the next row; "▸" bullets drawn by CSS; skills as "Group: a, b, c" rows; languages on one line separated by " · "; certifications and volunteering as one-line entries; a "References available upon request" closing line',
  render(P, o = {}) {
    const k = new Key(1);
    const A = o.accent ?? '#c2410c';
    const D = { style: 'MMM YYYY', sep: ' – ', present: 'now' };
    k.b('name', fullName(P)); k.b('label', up(P.label));
    const contacts = [['mail', k.b('email', P.email)], ['phone', k.b('phone', P.phone)], ['pin', k.b('location', locOf(P))], ['inbox', k.profile(`linkedin.com/in/${P.linkedin}`)]];
    if (P.github) contacts.push(['code', k.profile(`github.com/${P.github}`)]);
    if (P.web) contacts.push(['globe', k.b('url', P.web)]);
    const H = (t) => `<h2>${esc(k.section(up(t)))}</h2>`;
    let b = H(o.summaryHeading ?? 'Profile') + `<p class="sum">${esc(k.b('summary', P.summary))}</p>`;
    b += H('Professional Experience');
    for (const w of P.work) {
      k.job(w, { dates: D, location: w.location });
      b += `<div class="e"><div class="r"><span class="pos">${esc(w.position)}</span><span class="dp">${esc(range(w, D))}</span></div>` +
        `<div class="r s"><span class="co">${esc(w.company)}</span><span class="lo">${esc(w.location)}</span></div>` +
        `<ul>${w.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul></div>`;
    }
    b += H('Education');
    for (const e of P.education) {
      k.edu(e, { dates: D, studyType: e.studyType, area: e.area, location: e.location, score: e.score });
      b += `<div class="e"><div class="r"><span class="pos">${esc(e.studyType)}, ${esc(e.area)}</span><span class="dp">${esc(range(e, D))}</span></div>` +
        `<div class="r s"><span class="co">${esc(e.institution)}</span><span class="lo">${esc(e.location)}</span></div>${e.score ? `<div class="sc">${esc(e.score)}</div>` : ''}</div>`;
    }
    b += H('Skills') + P.skillGroups.map((g) => `<div class="sg"><b>${esc(g.group)}:</b> ${g.items.map((s) => esc(k.skill(s.name))).join(', ')}</div>`).join('');
    b += H('Languages') + `<p class="ln">${P.languages.map((l) => `<b>${esc(l.name)}</b> — ${esc(l.level)}`).join(' · ')}</p>`;
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    b += H('Certifications') + P.certs.map((c) => `<div class="one"><b>${esc(c.name)}</b> — ${esc(c.issuer)}, ${esc(c.year)}</div>`).join('');
    k.otherSection('CERTIFICATIONS', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    if (P.volunteer) {
      b += H('Volunteering') + P.volunteer.map((v) => `<div class="one"><b>${esc(v.role)}</b>, ${esc(v.org)} <span class="dp">${esc(range(v, D))}</span></div>`).join('');
      k.otherSection('VOLUNTEERING', P.volunteer.map((v) => ({ position: v.role, organization: v.org, startDate: v.start, endDate: v.end ? v.end : 'present' })));
    }
    const css = `
body { font-family: 'PT Sans', sans-serif; color: #26262b; font-size: 9.8pt; }
.page { width: 210mm; padding: 11mm 14mm 9mm; }
header { display: flex; gap: 6mm; align-items: center; }
.mono { flex: none; width: 20mm; height: 20mm; border-radius: 6px; background: ${A}; color: #fff; font-size: 20pt; font-weight: 700; display: flex; align-items: center; justify-content: center; letter-spacing: 1px; }
h1 { margin: 0; font-size: 24pt; line-height: 1.05; }
.ti { letter-spacing: 3px; color: ${A}; font-size: 10pt; margin-top: 3px; text-transform: uppercase; }
.ct { display: grid; grid-template-columns: repeat(3, auto); justify-content: space-between; gap: 4px 10px; margin: 6mm 0 2mm; font-size: 8.8pt; }
.ct span { display: inline-flex; align-items: center; gap: 5px; white-space: nowrap; }
h2 { background: ${A}; color: #fff; font-size: 10pt; letter-spacing: 2px; padding: 3px 8px; margin: 11px 0 6px; font-weight: 700; text-transform: uppercase; }
.sum { margin: 0; line-height: 1.45; }
.e { margin-bottom: 7px; }
.r { display: flex; justify-content: space-between; align-items: baseline; }
.pos { font-weight: 700; font-size: 10.5pt; }
.dp { background: #eeeeee; border-radius: 3px; padding: 0 6px; font-size: 8.6pt; color: #444; white-space: nowrap; }
.s .co { font-style: italic; color: ${A}; } .s .lo { font-size: 8.8pt; color: #666; } .sc { color: #555; font-size: 9pt; }
.e ul { list-style: none; margin-top: 2px; line-height: 1.38; }
.e li { position: relative; padding-left: 13px; } .e li::before { content: '▸'; position: absolute; left: 1px; color: ${A}; }
.sg { margin-bottom: 3px; } .ln { margin: 0; } .one { margin-bottom: 3px; }
footer { margin-top: 12px; text-align: center; color: #777; font-style: italic; font-size: 8.8pt; border-top: 1px solid #ddd; padding-top: 5px; }
`;
    const body = `<div class="page"><header><div class="mono">${esc(initials(P))}</div><div><h1>${esc(fullName(P))}</h1><div class="ti">${esc(P.label)}</div></div></header>
<div class="ct">${contacts.map(([ic, t]) => `<span>${icon(ic, 12, A)}${esc(t)}</span>`).join('')}</div>
${b}<footer>References available upon request</footer></div>`;
    k.layout.notes = 'FlowCV-style single column: a square monogram badge with the initials printed before the name, a letter-spaced title in capitals, a three-column contact grid with SVG icons. Headings in white capitals on full-width coloured bars (CSS text-transform; letter-spaced). Entries: position left and a date pill right ("Mar 2019 – now"), then the company (italic) left and the location right; "▸" bullets from CSS ::before (present in the text layer). Skills as "Group: a, b, c" rows (group labels are not skills). Languages on one line. Closing line "References available upon request" (not keyed).';
    return { html: page({ title: `${fullName(P)} – Resume`, css, body }), key: k };
  },
};

// ------------------------------------------------------------------------------------------------ express-2page
export const express2page = {
  imitates: 'an Adobe Express two-page resume: fixed A4 pages, each with a coloured left sidebar band, a huge display name, and an experience timeline with the dates in a left column next to a vertical line with dots',
  stresses: 'two designed pages, each with its own sidebar (page 1: photo circle, contact with icons, skill bars under group labels; page 2: languages, strengths, certifications, interests) so reading order is sidebar 1, main 1, sidebar 2, main 2; a timeline whose dates sit in a narrow column LEFT of the line and wrap onto two lines ("Sep 2019 —" / "Present"); a summer internship printed as "Summer 2011"; the experience section continues on page 2 without repeating its heading; a small running name and "Page 2 / 2" on page 2; projects, volunteering and a "References" section that says "Available upon request"',
  render(P, o = {}) {
    const k = new Key(2);
    const A = o.accent ?? '#14532d', A2 = o.accent2 ?? '#bbf7d0';
    const D = { style: 'MMM YYYY', sep: ' — ', present: 'Present', season: true };
    const DE = { style: 'YYYY', sep: ' — ', present: 'Present' };
    const split = o.split ?? 3;
    k.b('name', fullName(P)); k.b('label', up(P.label));
    const SH = (t) => `<h3>${esc(k.section(up(t)))}</h3>`;
    const MH = (ic, t) => `<h2>${icon(ic, 16, A, 2)}<span>${esc(k.section(t))}</span></h2>`;
    const tlItem = (date, head, sub, bullets = []) => `<div class="ti"><div class="td">${date}</div><div class="tc"><div class="tp">${head}</div>${sub ? `<div class="ts">${sub}</div>` : ''}${bullets.length ? `<ul>${bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</div></div>`;
    const dateHtml = (it, opt) => esc(range(it, opt)).replace(/ — /, ' —<br>');
    // page 1
    let s1 = '<div class="ph"></div>' + SH('Contact');
    const contacts = [['phone', k.b('phone', P.phone)], ['mail', k.b('email', P.email)], ['pin', k.b('location', `${P.city}${P.region ? `, ${P.region}` : ''}, ${P.country}`)], ['inbox', k.profile(`linkedin.com/in/${P.linkedin}`)]];
    if (P.github) contacts.push(['code', k.profile(`github.com/${P.github}`)]);
    if (P.web) contacts.push(['globe', k.b('url', P.web)]);
    s1 += contacts.map(([ic, t]) => `<div class="c">${icon(ic, 12, A2)}<span>${esc(t)}</span></div>`).join('');
    s1 += SH('Skills');
    for (const g of P.skillGroups) {
      s1 += `<div class="sg">${esc(g.group)}</div>`;
      for (const s of g.items.slice(0, o.skillsPerGroup ?? 5)) s1 += `<div class="sk"><span>${esc(k.skill(s.name))}</span>${bar(s.level, A2, 'rgba(255,255,255,.25)', 4, 2)}</div>`;
    }
    let m1 = `<div class="name">${esc(P.first)}<br><b>${esc(P.last)}</b></div><div class="title">${esc(P.label)}</div>`;
    m1 += MH('user', 'Profile') + `<p class="sum">${esc(k.b('summary', P.summary))}</p>`;
    m1 += MH('briefcase', 'Experience') + '<div class="tl">';
    const roleHtml = (w) => {
      k.job(w, { dates: D, location: w.location });
      return tlItem(dateHtml(w, D), esc(w.position), `${esc(w.company)}, ${esc(w.location)}`, w.bullets);
    };
    m1 += P.work.slice(0, split).map(roleHtml).join('') + '</div>';
    // page 2
    let s2 = SH('Languages') + P.languages.map((l) => `<div class="lg"><b>${esc(l.name)}</b><span>${esc(l.level)}</span></div>`).join('');
    k.otherSection('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    s2 += SH('Strengths') + `<ul class="st">${P.strengths.map((t) => `<li>${esc(k.skill(t))}</li>`).join('')}</ul>`;
    s2 += SH('Certifications') + P.certs.map((c) => `<div class="ce"><b>${esc(c.name)}</b><span>${esc(c.issuer)} · ${esc(c.year)}</span></div>`).join('');
    k.otherSection('CERTIFICATIONS', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    s2 += SH('Interests') + `<ul class="st">${P.interests.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
    k.otherSection('INTERESTS', [...P.interests]);
    let m2 = `<div class="run">${esc(fullName(P))} · ${esc(P.label)}</div>`;
    if (P.work.length > split) m2 += '<div class="tl">' + P.work.slice(split).map(roleHtml).join('') + '</div>';
    m2 += MH('cap', 'Education') + '<div class="tl">';
    for (const e of P.education) {
      k.edu(e, { dates: DE, studyType: e.studyLong, area: e.area, location: e.location, score: e.score });
      m2 += tlItem(dateHtml(e, DE), `${esc(e.studyLong)} — ${esc(e.area)}`, `${esc(e.institution)}, ${esc(e.location)}${e.score ? ` · ${esc(e.score)}` : ''}`);
    }
    m2 += '</div>';
    if (P.projects) {
      m2 += MH('folder', 'Projects') + P.projects.map((p) => {
        k.project(p, { keywords: true });
        return `<div class="pj"><b>${esc(p.name)}</b> <span class="kw">${p.keywords.map(esc).join(' · ')}</span><p>${esc(p.description)}</p></div>`;
      }).join('');
    }
    if (P.volunteer) {
      const VD = { style: 'YYYY', sep: ' — ', present: 'Present' };
      m2 += MH('heart', 'Volunteering') + '<div class="tl">' + P.volunteer.map((v) => tlItem(dateHtml(v, VD), esc(v.role), esc(v.org))).join('') + '</div>';
      k.otherSection('Volunteering', P.volunteer.map((v) => ({ position: v.role, organization: v.org, startDate: v.start, endDate: v.end ?? 'present' })));
    }
    m2 += MH('chat', 'References') + '<p class="sum">Available upon request</p>';
    k.otherSection('References', ['Available upon request']);
    const css = `
body { font-family: 'Clear Sans', sans-serif; color: #1f2a24; font-size: 9.7pt; }
.pg { width: 210mm; height: 297mm; display: grid; grid-template-columns: 64mm 1fr; page-break-after: always; overflow: hidden; position: relative; }
.pg:last-child { page-break-after: auto; }
.sb { background: ${A}; color: #f0fdf4; padding: 12mm 7mm 10mm 9mm; }
.mn { padding: 12mm 12mm 10mm 9mm; }
.ph { width: 36mm; height: 36mm; border-radius: 50%; background: ${A2}; border: 4px solid rgba(255,255,255,.6); margin: 0 auto 7mm; }
h3 { font-size: 10.5pt; letter-spacing: 2px; border-bottom: 1px solid rgba(255,255,255,.4); padding-bottom: 3px; margin: 12px 0 7px; text-transform: uppercase; }
.c { display: flex; gap: 7px; align-items: center; margin-bottom: 5px; font-size: 7.9pt; overflow-wrap: anywhere; } .c svg { flex: none; }
.sg { font-size: 8pt; text-transform: uppercase; letter-spacing: 1px; color: ${A2}; margin: 8px 0 4px; }
.sk { margin-bottom: 5px; font-size: 8.8pt; } .sk span { display: block; margin-bottom: 2px; }
.lg { margin-bottom: 6px; } .lg span { display: block; color: ${A2}; font-size: 8.4pt; }
.st { padding-left: 14px; line-height: 1.5; } .ce { margin-bottom: 6px; } .ce span { display: block; font-size: 8.2pt; color: ${A2}; }
.name { font-family: 'League Spartan'; font-size: 34pt; line-height: .95; color: ${A}; font-weight: 300; } .name b { font-weight: 700; }
.title { letter-spacing: 5px; font-size: 10.5pt; margin: 8px 0 6mm; color: #4b5a52; text-transform: uppercase; }
h2 { display: flex; align-items: center; gap: 8px; font-family: 'League Spartan'; font-size: 14pt; color: ${A}; margin: 12px 0 7px; font-weight: 600; }
.sum { margin: 0; line-height: 1.5; }
.tl { position: relative; }
.ti { display: grid; grid-template-columns: 23mm 1fr; margin-bottom: 8px; }
.td { font-size: 8.2pt; color: #4b5a52; text-align: right; padding-right: 6mm; line-height: 1.3; padding-top: 1px; position: relative; }
.td::after { content: ''; position: absolute; right: -5px; top: 3px; width: 8px; height: 8px; border-radius: 50%; background: ${A}; }
.tc { border-left: 2px solid #cfe3d6; padding-left: 5mm; margin-left: -1px; }
.tp { font-weight: 700; font-size: 10.4pt; } .ts { color: ${A}; font-style: italic; margin-bottom: 2px; }
.tc ul { padding-left: 13px; line-height: 1.4; }
.pj { margin-bottom: 7px; } .pj p { margin: 2px 0 0; } .kw { color: #4b5a52; font-size: 8.4pt; }
.run { font-size: 8.4pt; color: #4b5a52; text-align: right; letter-spacing: 1px; margin-bottom: 5mm; border-bottom: 1px solid #cfe3d6; padding-bottom: 3px; }
.pno { position: absolute; bottom: 6mm; right: 12mm; font-size: 8pt; color: #4b5a52; }
`;
    const body = `<div class="pg"><aside class="sb">${s1}</aside><main class="mn">${m1}</main><div class="pno">Page 1 / 2</div></div>
<div class="pg"><aside class="sb">${s2}</aside><main class="mn">${m2}</main><div class="pno">Page 2 / 2</div></div>`;
    k.layout.notes = `Adobe Express-style fixed two-page design, each page with a coloured LEFT sidebar band. Reading order page by page: sidebar 1 (photo circle, CONTACT, SKILLS as bars under group labels), main 1 (name on two lines in two weights, letter-spaced title, Profile, Experience), sidebar 2 (LANGUAGES, STRENGTHS — stored as skills — CERTIFICATIONS, INTERESTS), main 2 (a running line "${fullName(P)} · ${P.label}", the rest of Experience with no repeated heading, Education, ${P.projects ? 'Projects, ' : ''}${P.volunteer ? 'Volunteering, ' : ''}References "Available upon request"). Timeline dates sit in a narrow column left of the line and wrap after the dash; education years only; ${P.work.some((w) => w.season) ? 'the internship is printed as "Summer 2011" (key: 2011–2011); ' : ''}"Page 1 / 2" and "Page 2 / 2" at the bottom right. Sidebar headings are capitals by CSS, main headings are not.`;
    return { html: page({ title: `${fullName(P)} – Resume`, css, body }), key: k };
  },
};
