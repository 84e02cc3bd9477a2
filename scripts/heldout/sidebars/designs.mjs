// HTML/CSS designs for the "sidebars and columns" batch, written from scratch. Each design prints one persona and
// records every printed field in the answer key at the same time (see common.mjs / ../html-builders/lib.mjs Key).
// `sections` are recorded in human reading order: regions top to bottom; inside a side-by-side region the LEFT
// column's headings before the RIGHT column's (whole region, across pages), whatever the HTML source order is.
import { esc, range, fa, FA_CSS, svg, page, ul, photo, newKey, fullName, locStr, dots, bar, PRINT } from './common.mjs';

const UP = (s) => s.toUpperCase();
const skillsOf = (P) => P.skillGroups.flatMap((g) => g.items);

// ---------------------------------------------------------------- A. left sidebar with background band
const sidebarLeft = {
  imitates: 'a Zety / Resume Genius style template with a coloured LEFT sidebar (30% of the width) holding contact, skills, languages and education, and the main column with profile and experience',
  stresses: 'a shaded left sidebar read before the main column; Font Awesome private-use glyphs before every heading and contact item; skill bars (graphics only); the band either repeats on page 2 with more sidebar content there (band "all") or exists only on page 1 while the main column keeps its right-hand position on page 2 (band "first")',
  render(P, o = {}) {
    const band = o.band ?? 'all';
    const k = newKey(P, 2);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Present' });
    const H = (icon, t) => (k.section(t), `<h2>${fa(icon)} ${esc(t)}</h2>`);
    const S = [];
    S.push(H('user', 'Contact'));
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    S.push(`<p>${fa('envelope')}<span>${esc(P.email)}</span></p>`, `<p>${fa('phone')}<span>${esc(P.phone)}</span></p>`,
      `<p>${fa('pin')}<span>${locStr(k, P)}</span></p>`, `<p>${fa('globe')}<span>${esc(P.web)}</span></p>`,
      `<p>${fa('linkedin')}<span>${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</span></p>`,
      `<p>${fa('github')}<span>${esc(k.profile(`github.com/${P.github}`))}</span></p>`);
    S.push(H('code', 'Skills'));
    for (const g of P.skillGroups) for (const s of g.items) { S.push(`<div class="sk">${esc(s)}${bar(g.level, 5, '#8fd3c7', '#3b5566')}</div>`); k.skill(s); }
    S.push(H('language', 'Languages'));
    S.push(...P.languages.map((l) => `<p class="lg"><b>${esc(l.name)}</b><br><small>${esc(l.level)}</small></p>`));
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    const edu = [H('cap', 'Education')];
    for (const e of P.education) {
      edu.push(`<div class="ed"><b>${esc(e.studyType)}</b><br>${esc(e.area)}<br><span class="in">${esc(e.institution)}</span><br><small>${range(e.start, e.end, { style: 'YYYY', sep: ' – ' })}</small>${e.score ? `<br><small>${esc(e.score)}</small>` : ''}</div>`);
      k.addEdu(e, { style: 'YYYY', score: true });
    }
    S.push(...edu);
    const p2 = [];
    if (band === 'all' && o.sidebarPage2) {
      p2.push(H('certificate', 'Certifications'), ...P.certs.map((c) => `<p class="lg"><b>${esc(c.name)}</b><br><small>${esc(c.issuer)}, ${c.year}</small></p>`));
      k.other('Certifications', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
      p2.push(H('heart', 'Interests'), ...P.interests.map((s) => `<p>${esc(s)}</p>`));
      k.other('Interests', [...P.interests]);
    }
    const M = [`<h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div>`];
    M.push(H('user', 'Profile'), `<p>${esc(k.set('summary', P.summary))}</p>`);
    M.push(H('briefcase', 'Experience'));
    for (const w of P.work) {
      M.push(`<div class="job"><div class="jh"><b>${esc(w.position)}</b><span class="d">${dr(w.start, w.end)}</span></div><div class="co">${esc(w.company)} · ${esc(w.location)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    const bandCss = band === 'all'
      ? `.band { position: fixed; left: 0; top: 0; bottom: 0; width: 30%; background: #21384a; z-index: -1; ${PRINT} }`
      : `.band { position: absolute; left: 0; top: 0; height: 285mm; width: 30%; background: #21384a; z-index: -1; ${PRINT} }`;
    const css = `
@page { size: A4; margin: 12mm 0 12mm 0; }
@page :first { margin-top: 0; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: Lato, 'Open Sans', sans-serif; font-size: ${band === 'all' ? '9.6pt' : '10.4pt'}; line-height: ${band === 'all' ? 1.42 : 1.55}; color: #263238; }
.side { font-size: 9.4pt; line-height: 1.4; }
${bandCss}
.wrap { display: grid; grid-template-columns: 30% 70%; }
.side { padding: 14mm 6mm 8mm 8mm; color: #e9f1f5; }
.main { padding: 14mm 11mm 8mm 9mm; }
h1 { font-size: 24pt; margin: 0; line-height: 1.1; color: #21384a; }
.lab { font-size: 12pt; color: #2a9d8f; margin: 3px 0 6px; }
h2 { font-size: 11.5pt; margin: 14px 0 6px; color: #21384a; border-bottom: 1.5px solid #2a9d8f; padding-bottom: 2px; break-after: avoid; }
.side h2 { color: #fff; border-color: #8fd3c7; }
.side h2:first-child { margin-top: 0; }
h2 .fa { color: #2a9d8f; } .side h2 .fa { color: #8fd3c7; }
.side p { margin: 0 0 4px; display: flex; gap: 5px; word-break: break-all; }
.side p.lg { display: block; word-break: normal; }
.side .fa { color: #8fd3c7; flex: none; }
.sk { font-size: 9pt; }
.ed { margin-bottom: 7px; } .ed .in { color: #b9d3de; }
.p2 { break-before: page; padding-top: 4mm; }
.job { margin-bottom: ${band === 'all' ? 9 : 13}px; }
.jh { display: flex; justify-content: space-between; gap: 8px; }
.jh b { font-size: 10.5pt; }
.d { color: #607d8b; white-space: nowrap; font-size: 9pt; }
.co { color: #2a9d8f; font-weight: 600; }
ul { margin: 3px 0 0; padding-left: 14px; } li { margin: 1px 0; }
p { margin: 0 0 4px; }`;
    k.layout.notes = `Left sidebar (30%, dark band) with Contact, Skills (bars), Languages, Education${p2.length ? ', and on page 2 (forced break inside the sidebar) Certifications and Interests' : ''}; main column with name, Profile, Experience. Band ${band === 'all' ? 'repeats on every page (position: fixed)' : 'is drawn on page 1 only; on page 2 the main column stays in its right-hand position beside an empty white area'}. sections: left column first (all of it), then the main column. Every heading and contact item starts with a Font Awesome 4 glyph (private-use code point) that is not in the key.`;
    const side = `<aside class="side">${S.join('\n')}${p2.length ? `<div class="p2">${p2.join('\n')}</div>` : ''}</aside>`;
    return { key: k, html: page({ title: `${fullName(P)} – Resume`, css, body: `<div class="band"></div><div class="wrap">${side}<main class="main">${M.join('\n')}</main></div>` }) };
  },
};

// ---------------------------------------------------------------- B. right sidebar, pills, SVG icons
const rightSidebar = {
  imitates: 'an Enhancv / Novorésumé "double column" template: full-width header, main column on the LEFT, a light RIGHT sidebar with skill pills, certifications, awards and languages',
  stresses: 'a RIGHT sidebar read after the main column; headings of the same size and style in both columns (CSS upper-case); inline-SVG icons in the contact row (no text in the PDF); skills as pills in a flex-wrap row; "MM/YYYY – Present" dates with a pin icon before locations',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Present' });
    const H = (t) => (k.section(UP(t)), `<h2>${esc(t)}</h2>`);
    k.set('email', P.email); k.set('phone', P.phone);
    const head = `<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div><div class="ct">` +
      `<span>${svg('envelope')}${esc(P.email)}</span><span>${svg('phone')}${esc(P.phone)}</span><span>${svg('pin')}${locStr(k, P)}</span>` +
      `<span>${svg('linkedin')}${esc(k.profile(P.linkedin))}</span><span>${svg('github')}${esc(k.profile(P.github))}</span></div></header>`;
    const M = [H('Summary'), `<p>${esc(k.set('summary', P.summary))}</p>`, H('Experience')];
    for (const w of P.work) {
      M.push(`<div class="job"><b class="pos">${esc(w.position)}</b><div class="co">${esc(w.company)}</div><div class="meta">${svg('calendar', 9)} ${dr(w.start, w.end)}<span class="sp"></span>${svg('pin', 9)} ${esc(w.location)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    M.push(H('Education'));
    for (const e of P.education) {
      M.push(`<div class="job"><b class="pos">${esc(e.studyType)} in ${esc(e.area)}</b><div class="co">${esc(e.institution)}</div><div class="meta">${svg('calendar', 9)} ${range(e.start, e.end, { style, sep: ' – ' })}${e.score ? `<span class="sp"></span>${esc(e.score)}` : ''}</div></div>`);
      k.addEdu(e, { style, score: true });
    }
    const S = [H('Skills'), `<div class="pills">${skillsOf(P).map((s) => `<span>${esc(s)}</span>`).join('')}</div>`];
    k.skill(...skillsOf(P));
    S.push(H('Certifications'), ...P.certs.map((c) => `<div class="it"><b>${esc(c.name)}</b><div>${esc(c.issuer)} · ${c.year}</div></div>`));
    k.other('CERTIFICATIONS', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    S.push(H('Awards'), ...P.awards.map((a) => `<div class="it">${svg('trophy', 10)} <b>${esc(a.title)}</b><div>${esc(a.by)} · ${a.year}</div></div>`));
    k.other('AWARDS', P.awards.map((a) => ({ title: a.title, awarder: a.by, date: a.year })));
    S.push(H('Languages'), ...P.languages.map((l) => `<div class="lg"><span>${esc(l.name)}</span><span class="lv">${esc(l.level)}</span></div>`));
    k.other('LANGUAGES', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    const css = `
@page { size: A4; margin: 11mm 0 11mm 0; }
@page :first { margin-top: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Open Sans', sans-serif; font-size: 9pt; line-height: 1.42; color: #222; }
header { padding: 12mm 12mm 5mm; }
h1 { font-family: Roboto, sans-serif; font-size: 25pt; margin: 0; font-weight: 700; letter-spacing: -0.3px; }
.lab { color: #0b7a75; font-size: 12pt; font-weight: 600; margin: 1px 0 6px; }
.ct { display: flex; flex-wrap: wrap; gap: 4px 14px; color: #444; font-size: 8.6pt; }
.ct span { display: inline-flex; align-items: center; gap: 4px; }
.ic { color: #0b7a75; flex: none; vertical-align: -1px; }
.wrap { display: grid; grid-template-columns: 1fr 63mm; gap: 8mm; padding: 0 12mm 0 12mm; }
aside { background: #eef5f4; padding: 4mm 5mm; border-radius: 4px; align-self: start; ${PRINT} }
h2 { font-family: Roboto, sans-serif; font-size: 11pt; text-transform: uppercase; letter-spacing: 0.6px; margin: 10px 0 6px; border-bottom: 2px solid #222; padding-bottom: 1px; break-after: avoid; }
main h2:first-child, aside h2:first-child { margin-top: 0; }
.job { margin-bottom: 8px; break-inside: avoid; }
.pos { font-size: 10.2pt; } .co { color: #0b7a75; font-weight: 600; }
.meta { color: #666; font-size: 8.4pt; display: flex; align-items: center; gap: 3px; } .sp { width: 10px; }
ul { margin: 3px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }
.pills { display: flex; flex-wrap: wrap; gap: 4px; }
.pills span { border: 1px solid #0b7a75; color: #0b7a75; background: #fff; border-radius: 10px; padding: 1px 7px; font-size: 8.4pt; ${PRINT} }
.it { margin-bottom: 5px; } .it div { color: #555; font-size: 8.4pt; }
.lg { display: flex; justify-content: space-between; } .lv { color: #666; }`;
    k.layout.notes = 'Full-width header (name, title, contact row with inline-SVG icons that add no text; LinkedIn and GitHub printed as bare handles). Below, main column LEFT (SUMMARY, EXPERIENCE, EDUCATION) and a shaded sidebar RIGHT (SKILLS pills, CERTIFICATIONS, AWARDS, LANGUAGES); headings are upper-cased by CSS and have the same size in both columns. sections: left (main) column first, then the right sidebar.';
    return { key: k, html: page({ title: `${fullName(P)} – CV`, css, body: `${head}<div class="wrap"><main>${M.join('\n')}</main><aside>${S.join('\n')}</aside></div>` }) };
  },
};

// ---------------------------------------------------------------- C. newspaper (column-count: 2)
const newspaper = {
  imitates: 'a compact "newspaper" template (builders\' compact themes, Markdown/HTML themes) where the experience list flows through two CSS columns (column-count: 2)',
  stresses: 'experience entries flowing down column 1 and continuing at the top of column 2 (and, for long resumes, on the next page), entries allowed to break between columns, a column rule; full-width header, summary, education and skills around the flowed region; "March 2021 – Present" dates',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MMMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Present' });
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const B = [`<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div><div class="ct">${esc(P.email)} | ${esc(P.phone)} | ${locStr(k, P)} | ${esc(P.web)} | ${esc(k.profile(`github.com/${P.github}`))}</div></header>`];
    B.push(H('Summary'), `<p>${esc(k.set('summary', P.summary))}</p>`);
    B.push(H('Professional Experience'), '<div class="cols">');
    for (const w of P.work) {
      B.push(`<div class="job"><b>${esc(w.position)}</b><div>${esc(w.company)}, ${esc(w.location)}</div><div class="d">${dr(w.start, w.end)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    B.push('</div>', H('Education'));
    for (const e of P.education) {
      B.push(`<p><b>${esc(e.studyType)}, ${esc(e.area)}</b> — ${esc(e.institution)}, ${range(e.start, e.end, { style: 'YYYY', sep: '–' })}${e.score ? ` (${esc(e.score)})` : ''}</p>`);
      k.addEdu(e, { style: 'YYYY', score: true });
    }
    B.push(H('Skills'), `<p>${skillsOf(P).map(esc).join(', ')}</p>`);
    k.skill(...skillsOf(P));
    B.push(H('Languages'), `<p>${P.languages.map((l) => `${esc(l.name)} (${esc(l.level)})`).join(', ')}</p>`);
    k.other('Languages', P.languages.map((l) => `${l.name} (${l.level})`));
    const css = `
@page { size: Letter; margin: 13mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'PT Sans', 'Noto Sans', sans-serif; font-size: 9.6pt; line-height: 1.38; color: #1d1d1d; }
header { text-align: center; border-bottom: 3px double #444; padding-bottom: 6px; }
h1 { font-family: 'Roboto Slab', serif; font-size: 23pt; margin: 0; }
.lab { font-size: 11pt; color: #8a3b12; }
.ct { font-size: 8.8pt; color: #444; margin-top: 2px; }
h2 { font-family: 'Roboto Slab', serif; font-size: 11.5pt; color: #8a3b12; margin: 10px 0 5px; border-bottom: 1px solid #bbb; break-after: avoid; }
.cols { column-count: 2; column-gap: 9mm; column-rule: 1px solid #ccc; }
.job { margin-bottom: 8px; }
.job b { font-size: 10.3pt; } .d { color: #666; font-style: italic; }
ul { margin: 2px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }`;
    k.layout.notes = 'Full-width header, Summary, then the Professional Experience entries flow through two CSS columns (column-count: 2, column rule); reading order goes down column 1, then column 2 (then the next page); an entry may be split between the columns. Education, Skills and Languages are full width below. sections in reading order (only one heading sits above the columns).';
    return { key: k, html: page({ title: `${fullName(P)} – Resume`, css, body: B.join('\n') }) };
  },
};

// ---------------------------------------------------------------- D. header band, two columns, full-width projects
const bandMixed = {
  imitates: 'a Canva / Kickresume-style "modern" template: a coloured header band across the page, two columns beneath it, and a full-width Projects section below both columns',
  stresses: 'mixed column regions on one page: a full-width band (name, title, 3x2 contact grid with Font Awesome glyphs), then a 62/38 two-column region (experience | skill pills, education, languages), then a full-width section whose two project cards sit side by side; "MM/YYYY - Present" dates',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MM/YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' - ', present: 'Present' });
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const head = `<header><div><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div></div><div class="cg">` +
      `<span>${fa('envelope')}${esc(P.email)}</span><span>${fa('phone')}${esc(P.phone)}</span><span>${fa('pin')}${locStr(k, P)}</span>` +
      `<span>${fa('globe')}${esc(P.web)}</span><span>${fa('linkedin')}${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</span><span>${fa('github')}${esc(k.profile(`github.com/${P.github}`))}</span></div></header>`;
    const L = [H('Work Experience')];
    for (const w of P.work) {
      L.push(`<div class="job"><div class="jh"><b>${esc(w.position)}</b><span>${dr(w.start, w.end)}</span></div><div class="co">${esc(w.company)} | ${esc(w.location)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    const R = [H('Skills'), `<div class="pills">${skillsOf(P).map((s) => `<span>${esc(s)}</span>`).join('')}</div>`];
    k.skill(...skillsOf(P));
    R.push(H('Education'));
    for (const e of P.education) {
      R.push(`<div class="ed"><b>${esc(e.studyType)}</b><div>${esc(e.area)}</div><div class="co">${esc(e.institution)}</div><div class="g">${range(e.start, e.end, { style, sep: ' - ' })}</div>${e.score ? `<div class="g">${esc(e.score)}</div>` : ''}</div>`);
      k.addEdu(e, { style, score: true });
    }
    R.push(H('Languages'), ...P.languages.map((l) => `<div class="lg">${esc(l.name)} <span class="g">· ${esc(l.level)}</span></div>`));
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    const F = [H('Projects'), '<div class="pj">'];
    for (const p of P.projects.slice(0, 2)) {
      F.push(`<div class="card"><b>${esc(p.name)}</b><p>${esc(p.description)}</p><div class="tags">${p.keywords.map((t) => `<span>${esc(t)}</span>`).join('')}</div></div>`);
      k.addProject(p, { keywords: true });
    }
    F.push('</div>');
    const css = `
@page { size: A4; margin: 10mm 0 10mm 0; }
@page :first { margin-top: 0; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: Inter, 'Open Sans', sans-serif; font-size: 8.8pt; line-height: 1.42; color: #1f2430; }
header { background: #3d2c8d; color: #fff; padding: 11mm 12mm 8mm; display: grid; grid-template-columns: 1fr 1.25fr; gap: 8mm; align-items: center; ${PRINT} }
h1 { font-size: 24pt; margin: 0; line-height: 1.05; }
.lab { color: #c9bff7; font-size: 11pt; margin-top: 3px; }
.cg { display: grid; grid-template-columns: 1fr 1fr; gap: 3px 10px; font-size: 8.3pt; }
.cg span { display: flex; gap: 4px; word-break: break-all; } .cg .fa { color: #c9bff7; flex: none; }
.cols { display: grid; grid-template-columns: 62% 1fr; gap: 8mm; padding: 6mm 12mm 0; }
.full { padding: 2mm 12mm 0; }
h2 { font-size: 11pt; color: #3d2c8d; margin: 0 0 6px; padding-bottom: 2px; border-bottom: 2px solid #e0dbfa; break-after: avoid; }
.r h2 { margin-top: 10px; } .r h2:first-child { margin-top: 0; }
.job { margin-bottom: 9px; }
.jh { display: flex; justify-content: space-between; gap: 6px; } .jh b { font-size: 10pt; } .jh span { color: #6b6f80; white-space: nowrap; }
.co { color: #3d2c8d; font-weight: 600; }
.g { color: #6b6f80; } .ed { margin-bottom: 7px; }
ul { margin: 3px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 2px 0 4px; }
.pills, .tags { display: flex; flex-wrap: wrap; gap: 4px; }
.pills span, .tags span { background: #e0dbfa; color: #3d2c8d; border-radius: 3px; padding: 1px 6px; font-size: 8.2pt; ${PRINT} }
.full h2 { margin-top: 6px; }
.pj { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.card { border: 1px solid #e0dbfa; border-radius: 5px; padding: 3mm 4mm; break-inside: avoid; }`;
    k.layout.notes = 'Three regions: a full-width coloured header band (name, title, 3x2 contact grid with Font Awesome glyphs); a two-column region with Work Experience LEFT (62%) and Skills (pills), Education, Languages RIGHT; a full-width Projects section below both columns with two cards side by side (left card first). sections: region by region, left column before right column.';
    return { key: k, html: page({ title: `${fullName(P)} – Resume`, css, body: `${head}<div class="cols"><div class="l">${L.join('\n')}</div><div class="r">${R.join('\n')}</div></div><div class="full">${F.join('\n')}</div>` }) };
  },
};

// ---------------------------------------------------------------- E. three-column skills band and contact footer
const threeCol = {
  imitates: 'a single-column "modern minimal" template with a three-column skills band under the summary and a three-column contact footer at the end (contact details printed last)',
  stresses: 'a row of three skill columns, each with a group label and one keyword per line (the lines of three columns sit side by side); the contact details only at the END in a three-column footer with small printed labels; experience single column with right-aligned "Mar 2021 — Present" dates',
  render(P) {
    const k = newKey(P, 1);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' — ', present: 'Present' });
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    const B = [`<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div></header>`];
    B.push(H('About'), `<p>${esc(k.set('summary', P.summary))}</p>`);
    B.push(H('Skills'), `<div class="three">${P.skillGroups.map((g) => `<div><div class="gl">${esc(g.group)}</div>${g.items.map((s) => `<div>${esc(s)}</div>`).join('')}</div>`).join('')}</div>`);
    k.skill(...skillsOf(P));
    B.push(H('Experience'));
    for (const w of P.work) {
      B.push(`<div class="job"><div class="jh"><span><b>${esc(w.position)}</b>, ${esc(w.company)}</span><span class="d">${dr(w.start, w.end)}</span></div><div class="loc">${esc(w.location)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    B.push(H('Education'));
    for (const e of P.education) {
      B.push(`<div class="job"><div class="jh"><span><b>${esc(e.studyType)}, ${esc(e.area)}</b></span><span class="d">${dr(e.start, e.end)}</span></div><div class="loc">${esc(e.institution)}${e.score ? ` · ${esc(e.score)}` : ''}</div></div>`);
      k.addEdu(e, { style, score: true });
    }
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    B.push(`<footer>${H('Contact')}<div class="three">` +
      `<div><div class="gl">Email</div><div>${esc(P.email)}</div><div class="gl">Phone</div><div>${esc(P.phone)}</div></div>` +
      `<div><div class="gl">Location</div><div>${locStr(k, P)}</div><div class="gl">Website</div><div>${esc(P.web)}</div></div>` +
      `<div><div class="gl">LinkedIn</div><div>${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</div><div class="gl">GitHub</div><div>${esc(k.profile(`github.com/${P.github}`))}</div></div></div></footer>`);
    const css = `
@page { size: A4; margin: 14mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Cabin, 'Open Sans', sans-serif; font-size: 9.4pt; line-height: 1.42; color: #202124; }
h1 { font-size: 27pt; margin: 0; font-weight: 700; letter-spacing: -0.5px; }
.lab { font-size: 12pt; color: #c0392b; margin-bottom: 4px; }
h2 { font-size: 10.5pt; letter-spacing: 1px; color: #c0392b; margin: 12px 0 5px; break-after: avoid; }
.three { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4px 10mm; }
.gl { font-weight: 700; font-size: 8.4pt; color: #5f6368; margin-top: 3px; }
.job { margin-bottom: 8px; }
.jh { display: flex; justify-content: space-between; gap: 8px; } .d { color: #5f6368; white-space: nowrap; }
.loc { color: #5f6368; font-size: 8.8pt; }
footer { margin-top: 14px; border-top: 2px solid #c0392b; padding-top: 2px; break-inside: avoid; }
ul { margin: 3px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }`;
    k.layout.notes = 'Single column except two three-column bands: Skills (group label in grey, then one keyword per line; group labels are not skills) and the Contact footer at the very end (small labels Email/Phone/Location/Website/LinkedIn/GitHub, each above its value). The contact details appear only in that footer. sections top to bottom.';
    return { key: k, html: page({ title: `${fullName(P)} – Resume`, css, body: B.join('\n') }) };
  },
};

// ---------------------------------------------------------------- F. date gutter (left or right)
const gutter = {
  imitates: 'a clean single-column template with a narrow date gutter beside every entry (FlowCV / "Standard Resume" style), gutter on the left or on the right',
  stresses: 'dates and locations in their own narrow column, LEFT of the entries (start and end stacked on two lines: "03/2021 –" / "present") or RIGHT of them behind a thin vertical rule; skill group labels in the gutter with the keywords in the main column; languages as gutter label + level',
  render(P, o = {}) {
    const side = o.side ?? 'left';
    const k = newKey(P, 1);
    const style = side === 'left' ? 'MM/YYYY' : 'MMM YYYY';
    const present = side === 'left' ? 'present' : 'Present';
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    const row = (g, m) => side === 'left' ? `<div class="row"><div class="g">${g}</div><div class="m">${m}</div></div>` : `<div class="row"><div class="m">${m}</div><div class="g">${g}</div></div>`;
    const dates = (s, e) => side === 'left'
      ? `${range(s, e, { style, present, sep: ' –<br>' })}`
      : range(s, e, { style, present, sep: ' – ' });
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const B = [`<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div><div class="ct">${locStr(k, P)} · ${esc(P.email)} · ${esc(P.phone)} · ${esc(P.web)} · ${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</div></header>`];
    B.push(H('Profile'), `<p>${esc(k.set('summary', P.summary))}</p>`);
    B.push(H('Employment'));
    for (const w of P.work) {
      B.push(row(`${dates(w.start, w.end)}<div class="lc">${esc(w.location)}</div>`, `<b>${esc(w.position)}</b><div class="co">${esc(w.company)}</div>${ul(w.bullets)}`));
      k.addWork(w, { style, location: true });
    }
    B.push(H('Education'));
    for (const e of P.education) {
      B.push(row(`${dates(e.start, e.end)}`, `<b>${esc(e.studyType)} in ${esc(e.area)}</b><div class="co">${esc(e.institution)}</div>${e.score ? `<div>${esc(e.score)}</div>` : ''}`));
      k.addEdu(e, { style, score: true });
    }
    B.push(H('Skills'));
    for (const g of P.skillGroups) { B.push(row(`<span class="gl">${esc(g.group)}</span>`, g.items.map(esc).join(' · '))); k.skill(...g.items); }
    B.push(H('Languages'));
    for (const l of P.languages) B.push(row(`<span class="gl">${esc(l.name)}</span>`, esc(l.level)));
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    const css = side === 'left' ? `
.row { display: grid; grid-template-columns: 27mm 1fr; gap: 5mm; margin-bottom: 7px; }
.g { color: #6c757d; font-size: 8.6pt; text-align: right; }` : `
.row { display: grid; grid-template-columns: 1fr 33mm; gap: 0; margin-bottom: 7px; }
.m { padding-right: 4mm; }
.g { color: #6c757d; font-size: 8.6pt; border-left: 1.5px solid #c8d1da; padding-left: 3mm; }`;
    k.layout.notes = `Single text column with a narrow ${side} gutter (dates, locations, skill-group and language labels); ${side === 'left' ? 'start and end dates are stacked on two lines ("MM/YYYY –" then "MM/YYYY" or "present")' : 'the gutter sits behind a thin vertical rule on the right, with "Mon YYYY – Present" on the first line and the location below'}. A date gutter is not an independent column (MULTI_COLUMN absent). Skill group labels are not skills. sections top to bottom.`;
    return { key: k, html: page({ title: `${fullName(P)} – Résumé`, css: `
@page { size: A4; margin: 13mm 15mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans', sans-serif; font-size: 9.5pt; line-height: 1.4; color: #212529; }
h1 { font-size: 22pt; margin: 0; font-weight: 600; } .lab { font-size: 11pt; color: #1c6ea4; }
.ct { font-size: 8.6pt; color: #495057; margin: 3px 0 2px; }
h2 { font-size: 11pt; color: #1c6ea4; margin: 11px 0 5px; border-bottom: 1px solid #dee2e6; break-after: avoid; }
.co { color: #495057; font-style: italic; } .lc { margin-top: 2px; } .gl { font-weight: 600; color: #495057; }
ul { margin: 2px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }
.row { break-inside: avoid; }
${css}`, body: B.join('\n') }) };
  },
};

// ---------------------------------------------------------------- G. baseline-aligned sidebar
const baseline = {
  imitates: 'a minimalist two-column template with an unshaded narrow LEFT sidebar whose lines sit on the same baseline grid as the main column (Resume.io / Novorésumé "minimal" look)',
  stresses: 'every sidebar line shares its baseline with a main-column line (same font size, fixed 14pt line grid, headings of the same size in both columns starting at the same height), so line-by-line extraction glues short sidebar words ("Kotlin", "Fluent") onto long main-column bullets',
  render(P) {
    const k = newKey(P, 2);
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Present' });
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const S = [H('Contact'), `<div class="ct"><div>${esc(P.email)}</div><div>${esc(P.phone)}</div><div>${locStr(k, P)}</div><div>${esc(P.web)}</div><div>${esc(k.profile(`github.com/${P.github}`))}</div></div>`];
    S.push(H('Skills'), ...skillsOf(P).map((s) => `<div>${esc(s)}</div>`));
    k.skill(...skillsOf(P));
    S.push(H('Languages'), ...P.languages.map((l) => `<div>${esc(l.name)}</div><div class="g">${esc(l.level)}</div>`));
    k.other('Languages', P.languages.map((l) => ({ language: l.name, fluency: l.level })));
    const M = [H('Profile'), `<p>${esc(k.set('summary', P.summary))}</p>`, H('Experience')];
    for (const w of P.work) {
      M.push(`<div class="job"><div><b>${esc(w.position)}</b></div><div class="g">${esc(w.company)}, ${esc(w.location)} · ${dr(w.start, w.end)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    M.push(H('Education'));
    for (const e of P.education) {
      M.push(`<div class="job"><div><b>${esc(e.studyType)}, ${esc(e.area)}</b></div><div class="g">${esc(e.institution)} · ${dr(e.start, e.end)}${e.score ? ` · ${esc(e.score)}` : ''}</div></div>`);
      k.addEdu(e, { style, score: true });
    }
    const css = `
@page { size: A4; margin: 14mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Carlito, Calibri, 'Open Sans', sans-serif; font-size: 10pt; line-height: 14pt; color: #222; }
header { height: 42pt; }
h1 { font-size: 22pt; line-height: 28pt; margin: 0; font-weight: 700; } .lab { line-height: 14pt; color: #7a4f9e; }
.wrap { display: grid; grid-template-columns: 46mm 1fr; gap: 6mm; margin-top: 14pt; }
h2 { font-size: 10pt; line-height: 14pt; margin: 14pt 0 0; text-transform: none; letter-spacing: 1px; color: #7a4f9e; font-weight: 700; }
.side h2:first-child, .main h2:first-child { margin-top: 0; }
.g { color: #666; } .side div { white-space: nowrap; } .side .ct div { font-size: 9pt; }
.job { margin-bottom: 0; } p { margin: 0; }
ul { margin: 0; padding-left: 12pt; } li { margin: 0; }`;
    k.layout.notes = 'Name and title on top, then two columns on one 14pt baseline grid: a narrow unshaded LEFT sidebar (Contact, Skills one per line, Languages with the level on the next line) and the main column (Profile, Experience, Education). Headings have the same size and colour in both columns and the first ones start on the same line. sections: left column first, then the main column.';
    return { key: k, html: page({ title: `${fullName(P)}`, css, body: `<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div></header><div class="wrap"><div class="side">${S.join('\n')}</div><div class="main">${M.join('\n')}</div></div>` }) };
  },
};

// ---------------------------------------------------------------- H. timeline
const timeline = {
  imitates: 'an Enhancv / Kickresume "timeline" template: a vertical line with dots, dates to the left of the line, entries to the right; skills and languages rated with dots',
  stresses: 'dates left of a drawn vertical line (start over end, right-aligned) and the entry text right of it; CSS-drawn dots (no text); skills as a two-column grid of name + dot rating; languages as names with dots only; Font Awesome glyphs in the contact line',
  render(P) {
    const k = newKey(P, 1);
    const style = 'MMM YYYY';
    const H = (t) => (k.section(t), `<h2>${esc(t)}</h2>`);
    k.set('email', P.email); k.set('phone', P.phone);
    const B = [`<header><h1>${esc(fullName(P))}</h1><div class="lab">${esc(P.label)}</div><div class="ct"><span>${fa('envelope')}${esc(P.email)}</span><span>${fa('phone')}${esc(P.phone)}</span><span>${fa('pin')}${locStr(k, P)}</span><span>${fa('linkedin')}${esc(k.profile(P.linkedin))}</span><span>${fa('github')}${esc(k.profile(P.github))}</span></div></header>`];
    B.push(H('Summary'), `<p>${esc(k.set('summary', P.summary))}</p>`);
    const tl = (start, end, body) => `<div class="tl"><div class="td">${range(start, end, { style, sep: ' –<br>', present: 'Present' })}</div><div class="tm"><i></i></div><div class="tb">${body}</div></div>`;
    B.push(H('Experience'), '<div class="line">');
    for (const w of P.work) {
      B.push(tl(w.start, w.end, `<b>${esc(w.position)}</b><div class="co">${esc(w.company)} <span class="g">— ${esc(w.location)}</span></div>${ul(w.bullets)}`));
      k.addWork(w, { style, location: true });
    }
    B.push('</div>', H('Education'), '<div class="line">');
    for (const e of P.education) {
      B.push(tl(e.start, e.end, `<b>${esc(e.studyType)}, ${esc(e.area)}</b><div class="co">${esc(e.institution)}</div>${e.score ? `<div class="g">${esc(e.score)}</div>` : ''}`));
      k.addEdu(e, { style, score: true });
    }
    B.push('</div>', H('Skills'), `<div class="sg">${P.skillGroups.flatMap((g) => g.items.map((s) => `<div class="sr"><span>${esc(s)}</span>${dots(g.level, 5, '#d35400', '#f2d7c4')}</div>`)).join('')}</div>`);
    k.skill(...skillsOf(P));
    B.push(H('Languages'), `<div class="sg">${P.languages.map((l) => `<div class="sr"><span>${esc(l.name)}</span>${dots(l.dots, 5, '#d35400', '#f2d7c4')}</div>`).join('')}</div>`);
    k.other('Languages', P.languages.map((l) => l.name));
    B.push(H('Certifications'), ...P.certs.map((c) => `<p><b>${esc(c.name)}</b> · ${esc(c.issuer)} · ${c.year}</p>`));
    k.other('Certifications', P.certs.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })));
    const css = `
@page { size: A4; margin: 12mm 14mm; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Clear Sans', Lato, sans-serif; font-size: 9.3pt; line-height: 1.4; color: #2d2d2d; }
h1 { font-size: 24pt; margin: 0; } .lab { color: #d35400; font-size: 11.5pt; }
.ct { display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 8.6pt; margin-top: 4px; } .ct .fa { color: #d35400; }
h2 { font-size: 11pt; margin: 11px 0 5px; color: #d35400; letter-spacing: 0.5px; break-after: avoid; }
.tl { display: grid; grid-template-columns: 22mm 14px 1fr; gap: 0 8px; break-inside: avoid; }
.td { text-align: right; color: #777; font-size: 8.5pt; padding-top: 1px; }
.tm { position: relative; border-left: 2px solid #f2d7c4; margin-left: 6px; }
.tm i { position: absolute; left: -6px; top: 3px; width: 10px; height: 10px; border-radius: 50%; background: #d35400; ${PRINT} }
.tb { padding-bottom: 8px; } .tb b { font-size: 10pt; }
.co { color: #444; font-weight: 600; } .g { color: #777; font-weight: normal; }
.sg { display: grid; grid-template-columns: 1fr 1fr; gap: 2px 12mm; }
.sr { display: flex; justify-content: space-between; align-items: center; }
ul { margin: 2px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }`;
    k.layout.notes = 'Timeline: Experience and Education entries sit in a grid of date cell (start "Mon YYYY –" over end, right-aligned) | vertical line with a dot | entry text. Skills and Languages are two-column grids of a name and a 5-dot rating drawn in CSS (no text; languages have no printed level). Contact line with Font Awesome glyphs; LinkedIn and GitHub printed as bare handles. sections top to bottom.';
    return { key: k, html: page({ title: `${fullName(P)} – Resume`, css, body: B.join('\n') }) };
  },
};

// ---------------------------------------------------------------- I. source order differs from visual order
const sourceOrder = {
  imitates: 'a Canva-like designer template exported to PDF where the main column comes FIRST in the source but is placed on the RIGHT by CSS grid areas, with the sidebar (photo, contact, skills, education, languages) visually on the left',
  stresses: 'source/paint order (main column, then sidebar) differs from the visual order (sidebar left, main right), so the text layer lists the main column first; photo placeholder; skill bars; Font Awesome glyphs before contact lines; name in the right column',
  render(P) {
    const k = newKey(P, 2);
    k.set('name', UP(fullName(P)));
    const style = 'MMM YYYY';
    const dr = (s, e) => range(s, e, { style, sep: ' – ', present: 'Now' });
    const sec = [];
    const H = (t) => (sec.push(t), `<h2>${esc(t)}</h2>`);
    // Sidebar (visually LEFT) is built first so that its headings come first in the key.
    k.set('email', P.email); k.set('phone', P.phone); k.set('url', P.web);
    const S = [photo(112, '50%', '#d8cbb8'), H('Contact'), `<p>${fa('phone')}<span>${esc(P.phone)}</span></p><p>${fa('envelope')}<span>${esc(P.email)}</span></p><p>${fa('pin')}<span>${locStr(k, P)}</span></p><p>${fa('globe')}<span>${esc(P.web)}</span></p><p>${fa('linkedin')}<span>${esc(k.profile(`linkedin.com/in/${P.linkedin}`))}</span></p>`];
    S.push(H('Skills'));
    for (const g of P.skillGroups) for (const s of g.items.slice(0, 3)) { S.push(`<div class="sk">${esc(s)}${bar(g.level, 5, '#7b5e3b', '#e9dfd2')}</div>`); k.skill(s); }
    S.push(H('Education'));
    for (const e of P.education) {
      S.push(`<div class="ed"><b>${esc(e.studyType)}</b><div>${esc(e.area)}</div><div>${esc(e.institution)}</div><div class="g">${range(e.start, e.end, { style: 'YYYY', sep: ' – ' })}</div></div>`);
      k.addEdu(e, { style: 'YYYY' });
    }
    S.push(H('Languages'), ...P.languages.map((l) => `<p class="lg">${esc(l.name)} – ${esc(l.level)}</p>`));
    k.other('Languages', P.languages.map((l) => `${l.name} – ${l.level}`));
    const M = [`<h1>${esc(P.first)}<br>${esc(P.last)}</h1><div class="lab">${esc(P.label)}</div>`, H('Profile'), `<p>${esc(k.set('summary', P.summary))}</p>`, H('Work Experience')];
    for (const w of P.work) {
      M.push(`<div class="job"><div class="d">${dr(w.start, w.end)}</div><b>${esc(w.position)}</b><div class="co">${esc(w.company)}, ${esc(w.location)}</div>${ul(w.bullets.slice(0, 3))}</div>`);
      k.addWork(w, { style, location: true, bullets: w.bullets.slice(0, 3) });
    }
    for (const s of sec) k.section(s);
    const css = `
@page { size: A4; margin: 0; }
${FA_CSS}
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Open Sans', sans-serif; font-size: 8.8pt; line-height: 1.4; color: #2b2b2b; }
.wrap { display: grid; grid-template-columns: 68mm 1fr; grid-template-areas: "side main"; min-height: 297mm; }
main { grid-area: main; padding: 14mm 12mm 10mm 10mm; }
aside { grid-area: side; background: #f4eee6; padding: 12mm 7mm 10mm 9mm; ${PRINT} }
.photo { margin: 0 auto 10px; }
h1 { font-family: 'League Spartan', sans-serif; font-size: 28pt; line-height: 1.0; margin: 0; text-transform: uppercase; letter-spacing: 1px; color: #3b2f25; }
.lab { font-size: 11pt; color: #7b5e3b; margin: 5px 0 4px; }
h2 { font-size: 11pt; color: #3b2f25; margin: 12px 0 6px; border-bottom: 1px solid #7b5e3b; padding-bottom: 2px; }
aside p { margin: 0 0 4px; display: flex; gap: 5px; word-break: break-all; } aside p.lg { display: block; } aside .fa { color: #7b5e3b; flex: none; }
.ed { margin-bottom: 6px; } .g { color: #777; }
.job { margin-bottom: 9px; } .job b { font-size: 10pt; } .d { color: #7b5e3b; font-size: 8.3pt; font-weight: 600; } .co { font-style: italic; color: #555; }
ul { margin: 3px 0 0; padding-left: 14px; } li { margin: 1px 0; } p { margin: 0 0 4px; }`;
    k.layout.notes = 'One page. The HTML has <main> (name in capitals over two lines, title, Profile, Work Experience) BEFORE <aside> (photo, Contact, Skills with bars, Education, Languages); CSS grid areas put the aside on the LEFT and main on the RIGHT, and Chromium paints/extracts in source order, so the text layer starts with the main column. sections: visual order, left sidebar first, then the main column. Name printed upper-case by CSS (text-transform), so the key has it in capitals. At most three skills per group and three bullets per role are shown. "Now" = present.';
    return { key: k, html: page({ title: `${fullName(P)}`, css, body: `<div class="wrap"><main>${M.join('\n')}</main><aside>${S.join('\n')}</aside></div>` }) };
  },
};

export const DESIGNS = { sidebarLeft, rightSidebar, newspaper, bandMixed, threeCol, gutter, baseline, timeline, sourceOrder };
