// Six HTML/CSS designs in the look of online resume builders, written from scratch for this batch (no vendor code,
// template or asset). Each design takes a persona and returns { html, key }; every printed field is recorded in the
// key by the Rec recorder at the moment it is printed.
import { esc as e, Rec } from './lib.mjs';
import { icon, GLYPH as G } from './icons.mjs';
import { skillItems } from './personas.mjs';

const NA = new Set(['USA', 'Canada']);
// Printed home location: "Boston, MA" in North America, "London, United Kingdom" elsewhere.
const place = (P) => (NA.has(P.country) ? P.city : `${P.city}, ${P.country}`);
// Label printed before a score: numeric grades get e.g. "GPA: ", honours such as "cum laude" print alone.
const scoreLabel = (s, numeric) => (/\d/.test(s) ? numeric : '');

const BASE = `*{box-sizing:border-box;margin:0;padding:0}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
a{color:inherit;text-decoration:none}
ul{list-style:none}
.ic{width:1em;height:1em;vertical-align:-0.15em;display:inline-block;flex:none}
.photo{border-radius:50%;background:#c9ced6 radial-gradient(circle at 50% 38%,#e9ecef 0 19%,transparent 20%);position:relative;overflow:hidden}
.photo::after{content:"";position:absolute;left:18%;right:18%;bottom:-22%;height:48%;border-radius:50%;background:#e9ecef}
.entry,.keep{break-inside:avoid}`;

const doc = (P, title, css, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title>
<style>@page{size:${P.paper};margin:0}
${BASE}
${css}</style></head><body>${body}</body></html>`;

const bullets = (j, list, cls = '') => (list.length ? `<ul class="${cls}">${list.map((b) => `<li>${e(j.hl(b))}</li>`).join('')}</ul>` : '');

// ================================================================================================ 1. pikachu
// Reactive-Resume-"Pikachu"-like: photo + skills/languages/certificates/interests in a plain LEFT column; the
// name, title and icon contact row sit in a rounded coloured box at the top of the RIGHT (main) column.
export function pikachu(P) {
  const r = new Rec();
  const contact = [
    `<li>${G.mail} ${e(r.b('email', P.email))}</li>`,
    `<li>${G.phone} ${e(r.b('phone', P.phone))}</li>`,
    `<li>${G.home} ${e(r.b('location', place(P)))}</li>`,
    `<li>${icon('linkedin')} <a href="https://${P.linkedin}">${e(r.profile(P.linkedinHandle))}</a></li>`,
  ];
  if (P.githubHandle) contact.push(`<li>${icon('github')} <a href="https://${P.github}">${e(r.profile(P.githubHandle))}</a></li>`);
  const header = `<header class="hero"><h1>${e(r.b('name', P.name))}</h1><div class="label">${e(r.b('label', P.label))}</div><ul class="contact">${contact.join('')}</ul></header>`;

  const main = [];
  main.push(`<section><h2>${e(r.sec('Summary'))}</h2><p>${e(r.b('summary', P.summary))}</p></section>`);
  main.push(`<section><h2>${e(r.sec('Experience'))}</h2>${P.work.map((w) => {
    const j = r.job();
    return `<div class="entry"><div class="row"><b>${e(j.f('name', w.company))}</b><span class="date">${e(j.dates(w, { style: 'MMM YYYY' }))}</span></div>
<div class="row sub"><span>${e(j.f('position', w.position))}</span><span class="loc">${e(j.f('location', w.location))}</span></div>${bullets(j, w.bullets)}</div>`;
  }).join('')}</section>`);
  main.push(`<section><h2>${e(r.sec('Education'))}</h2>${P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><div class="row"><b>${e(j.f('institution', ed.institution))}</b><span class="date">${e(j.dates(ed, { style: 'MMM YYYY' }))}</span></div>
<div class="row sub"><span>${e(j.f('studyType', ed.studyType))} in ${e(j.f('area', ed.area))}</span><span class="loc">${e(j.f('location', ed.location))}</span></div>${ed.score ? `<div class="score">${scoreLabel(ed.score, 'GPA: ')}${e(j.f('score', ed.score))}</div>` : ''}</div>`;
  }).join('')}</section>`);
  if (P.projects) {
    main.push(`<section><h2>${e(r.sec('Projects'))}</h2>${P.projects.map((p) => {
      const j = r.project();
      return `<div class="entry"><b>${e(j.f('name', p.name))}</b><p>${e(j.f('description', p.description))}</p></div>`;
    }).join('')}</section>`);
  }

  const side = [];
  side.push(`<section><h3>${e(r.sec('Skills', 'side'))}</h3>${skillItems(P).map(([n, lv]) => `<div class="sk"><div>${e(r.skill(n))}</div><div class="bar"><i style="width:${lv * 20}%"></i></div></div>`).join('')}</section>`);
  const langH = r.sec('Languages', 'side'), lang = r.other(langH);
  side.push(`<section><h3>${e(langH)}</h3>${P.languages.map(([l, f]) => { lang({ language: l, fluency: f }); return `<div class="lang"><b>${e(l)}</b><span>${e(f)}</span></div>`; }).join('')}</section>`);
  const certH = r.sec('Certifications', 'side'), cert = r.other(certH);
  side.push(`<section><h3>${e(certH)}</h3>${P.certifications.map((c) => { cert({ name: c.name, issuer: c.issuer, date: c.date }); return `<div class="cert"><b>${e(c.name)}</b><div>${e(c.issuer)} · ${e(c.date)}</div></div>`; }).join('')}</section>`);
  const intH = r.sec('Interests', 'side'), int = r.other(intH);
  side.push(`<section><h3>${e(intH)}</h3><div class="chips">${P.interests.map((i) => `<span>${e(int(i))}</span>`).join('')}</div></section>`);

  const css = `body{font:9.6pt/1.42 Inter,'DejaVu Sans',sans-serif;color:#1f2933}
.page{display:grid;grid-template-columns:31% 1fr;gap:0 24px;padding:0 34px}
@page{margin:30px 0}
aside .photo{width:118px;height:118px;margin:0 auto 16px}
h3{font-size:10.5pt;font-weight:700;color:#0f766e;border-bottom:1.5px solid #0f766e;padding-bottom:2px;margin:14px 0 7px}
.sk{margin-bottom:6px;font-size:9pt}.bar{height:5px;background:#d8e6e4;border-radius:3px;margin-top:2px}.bar i{display:block;height:100%;background:#0f766e;border-radius:3px}
.lang{display:flex;justify-content:space-between;font-size:9pt;margin-bottom:3px}.lang span{color:#52606d}
.cert{font-size:8.8pt;margin-bottom:6px}.cert div{color:#52606d}
.chips span{display:inline-block;border:1px solid #0f766e;color:#0f766e;border-radius:10px;padding:1px 8px;margin:0 4px 5px 0;font-size:8.5pt}
.hero{background:#0f766e;color:#fff;border-radius:10px;padding:18px 20px 14px}
.hero h1{font-size:24pt;line-height:1.1;font-weight:800;letter-spacing:-.01em}.hero .label{font-size:11.5pt;opacity:.92;margin:3px 0 9px}
.contact{display:flex;flex-wrap:wrap;gap:3px 16px;font-size:8.8pt;border-top:1px solid rgba(255,255,255,.35);padding-top:8px}
.contact .ic{margin-right:2px}.hero .ic [fill="#fff"]{fill:#0f766e}
h2{font-size:12pt;font-weight:700;color:#0f766e;border-bottom:1.5px solid #0f766e;padding-bottom:2px;margin:15px 0 7px}
.entry{margin-bottom:9px}.row{display:flex;justify-content:space-between;gap:12px}
.date{color:#0f766e;font-weight:600;white-space:nowrap;font-size:9pt}.sub{font-style:italic}.loc{color:#52606d;font-size:9pt;white-space:nowrap}
.entry ul{list-style:disc;padding-left:16px;margin-top:3px}.entry li{margin-bottom:1px}.score{font-size:9pt;color:#52606d}`;
  const html = doc(P, `${P.name} - Resume`, css, `<div class="page"><aside><div class="photo"></div>${side.join('')}</aside><main>${header}${main.join('')}</main></div>`);
  const notes = 'Reactive-Resume-Pikachu-like two columns: a plain LEFT column (grey photo-placeholder circle, Skills as name + level bar, Languages, Certifications, Interests as chips) and the RIGHT main column, which starts with a rounded teal box holding the name, title and a contact row (Unicode ✉ ☎ ⌂ glyphs, inline-SVG LinkedIn/GitHub logos before bare handles). Experience: company + right-aligned date, then italic position + location. Sections in reading order: the right column first because it holds the name, then the left column. The HTML puts the left column first, so the text layer usually starts with the sidebar.';
  return { html, key: r.key(['main', 'side'], notes, 2) };
}

// ================================================================================================ 2. flowcv
// FlowCV-like one column: name and title left with a round photo placeholder on the right, icon contact row
// (inline SVG, no text), section titles in full-width tinted bars, "Position, Company" with "MM/YYYY – present".
export function flowcv(P) {
  const r = new Rec();
  const items = [
    [icon('mail'), e(r.b('email', P.email))],
    [icon('phone'), e(r.b('phone', P.phone))],
    [icon('pin'), e(r.b('location', place(P)))],
    [icon('linkedin'), `<a href="https://${P.linkedin}">${e(r.profile(P.linkedin))}</a>`],
  ];
  if (P.website) items.push([icon('globe'), `<a href="https://${P.website}">${e(r.b('url', P.website))}</a>`]);
  const head = `<header><div><h1>${e(r.b('name', P.name))}</h1><div class="label">${e(r.b('label', P.label))}</div>
<div class="contact">${items.map(([i, t]) => `<span>${i}${t}</span>`).join('')}</div></div><div class="photo"></div></header>`;
  const S = [];
  S.push(`<section><h2>${e(r.sec('Profile'))}</h2><p>${e(r.b('summary', P.summary))}</p></section>`);
  S.push(`<section><h2>${e(r.sec('Professional Experience'))}</h2>${P.work.map((w) => {
    const j = r.job();
    return `<div class="entry"><div class="row"><div><b>${e(j.f('position', w.position))}</b>, <span class="co">${e(j.f('name', w.company))}</span></div><div class="date">${e(j.dates(w, { style: 'MM/YYYY', present: 'present' }))}</div></div>
<div class="loc">${e(j.f('location', w.location))}</div>${bullets(j, w.bullets, 'dash')}</div>`;
  }).join('')}</section>`);
  S.push(`<section><h2>${e(r.sec('Education'))}</h2>${P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><div class="row"><div><b>${e(j.f('studyType', ed.studyType))}, ${e(j.f('area', ed.area))}</b>, <span class="co">${e(j.f('institution', ed.institution))}</span></div><div class="date">${e(j.dates(ed, { style: 'MM/YYYY' }))}</div></div>
<div class="loc">${e(j.f('location', ed.location))}${ed.score ? ` · Grade: ${e(j.f('score', ed.score))}` : ''}</div></div>`;
  }).join('')}</section>`);
  S.push(`<section><h2>${e(r.sec('Skills'))}</h2><div class="skills">${P.skillGroups.map((g) => `<div><b>${e(g.label)}:</b> ${g.items.map(([n]) => e(r.skill(n))).join(', ')}</div>`).join('')}</div></section>`);
  const cH = r.sec('Certificates'), cert = r.other(cH);
  S.push(`<section><h2>${e(cH)}</h2>${P.certifications.map((c) => { cert({ name: c.name, issuer: c.issuer, date: c.date }); return `<div class="row cert"><div><b>${e(c.name)}</b> — ${e(c.issuer)}</div><div class="date">${e(c.date)}</div></div>`; }).join('')}</section>`);
  const lH = r.sec('Languages'), lang = r.other(lH);
  S.push(`<section class="keep"><h2>${e(lH)}</h2><div class="inline">${P.languages.map(([l, f]) => { lang({ language: l, fluency: f }); return `<span><b>${e(l)}</b> (${e(f)})</span>`; }).join('<i>·</i>')}</div></section>`);
  const iH = r.sec('Interests'), int = r.other(iH);
  S.push(`<section class="keep"><h2>${e(iH)}</h2><div class="inline">${P.interests.map((i) => `<span>${e(int(i))}</span>`).join('<i>·</i>')}</div></section>`);

  const css = `body{font:10.2pt/1.48 Lato,'DejaVu Sans',sans-serif;color:#222}
@page{margin:34px 44px}
header{display:flex;justify-content:space-between;align-items:center;gap:20px;margin-bottom:6px}
h1{font-size:25pt;font-weight:900;color:#1d3557;line-height:1.1}.label{font-size:12pt;color:#457b9d;margin:2px 0 8px}
header .photo{width:96px;height:96px}
.contact{display:flex;flex-wrap:wrap;gap:3px 14px;font-size:9pt;color:#333}.contact .ic{color:#457b9d;margin-right:4px}
h2{background:#e6eef5;color:#1d3557;font-size:11pt;font-weight:700;padding:3px 8px;margin:13px 0 6px;border-radius:3px}
.entry{margin:0 8px 8px}.row{display:flex;justify-content:space-between;gap:12px}.co{color:#457b9d;font-weight:700}
.date{white-space:nowrap;color:#555}.loc{font-style:italic;color:#666;font-size:9pt}
ul.dash li{position:relative;padding-left:13px}ul.dash li::before{content:"–";position:absolute;left:2px;color:#457b9d}
section>p,.skills,.inline,.cert{margin:0 8px}.skills div{margin-bottom:2px}.inline i{margin:0 8px;color:#999;font-style:normal}.cert{margin-bottom:3px}`;
  const html = doc(P, `${P.name} CV`, css, `${head}${S.join('')}`);
  const notes = 'FlowCV-like single column: name/title left, round grey photo placeholder right; contact row with inline-SVG icons only (no text glyphs), LinkedIn printed as a URL; headings in full-width tinted bars; "Position, Company" on one line with a right-aligned "MM/YYYY – present" date, italic location below; "–" bullets drawn by CSS ::before; skills as "Group: a, b, c" rows; languages and interests inline with "·" separators. Sections in printed order.';
  return { html, key: r.key(['main'], notes, 1) };
}

// ================================================================================================ 3. enhancv
// Enhancv-like "double column": header band with name, accent title, glyph contact row and photo circle; LEFT
// column Experience/Education, RIGHT column Summary, Key Achievements, Strengths, Skills (underlined tags),
// Languages (dots), "My Time" (donut chart + legend) and Interests.
const DONUT_COLOURS = ['#7c3aed', '#a78bfa', '#c4b5fd', '#ddd6fe'];
function donut(parts) {
  let off = 0;
  const C = 2 * Math.PI * 15.915;
  const segs = parts.map(([, pct], i) => {
    const len = (pct / 100) * C;
    const s = `<circle cx="21" cy="21" r="15.915" fill="none" stroke="${DONUT_COLOURS[i % 4]}" stroke-width="7" stroke-dasharray="${len.toFixed(2)} ${(C - len).toFixed(2)}" stroke-dashoffset="${(-off + C / 4).toFixed(2)}"/>`;
    off += len;
    return s;
  });
  return `<svg class="donut" viewBox="0 0 42 42">${segs.join('')}</svg>`;
}
export function enhancv(P) {
  const r = new Rec();
  const contact = [
    `<span>${G.phone} ${e(r.b('phone', P.phone))}</span>`,
    `<span>${G.mail} ${e(r.b('email', P.email))}</span>`,
    `<span>${icon('link')} <a href="https://${P.linkedin}">${e(r.profile(P.linkedin))}</a></span>`,
    `<span>${G.pin} ${e(r.b('location', place(P)))}</span>`,
  ];
  const head = `<header><div><h1>${e(r.b('name', P.name))}</h1><div class="label">${e(r.b('label', P.label))}</div><div class="contact">${contact.join('')}</div></div><div class="photo"></div></header>`;
  const L = [], R = [];
  L.push(`<section><h2>${e(r.sec('EXPERIENCE', 'left'))}</h2>${P.work.map((w) => {
    const j = r.job();
    return `<div class="entry"><div class="pos">${e(j.f('position', w.position))}</div><div class="co">${e(j.f('name', w.company))}</div>
<div class="meta"><span>${icon('calendar')} ${e(j.dates(w, { style: 'MM/YYYY', sep: ' - ' }))}</span><span>${icon('pin')} ${e(j.f('location', w.location))}</span></div>${bullets(j, w.bullets)}</div>`;
  }).join('')}</section>`);
  L.push(`<section><h2>${e(r.sec('EDUCATION', 'left'))}</h2>${P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><div class="pos">${e(j.f('studyType', ed.studyType))} in ${e(j.f('area', ed.area))}</div><div class="co">${e(j.f('institution', ed.institution))}</div>
<div class="meta"><span>${icon('calendar')} ${e(j.dates(ed, { style: 'MM/YYYY', sep: ' - ' }))}</span><span>${icon('pin')} ${e(j.f('location', ed.location))}</span>${ed.score ? `<span>${scoreLabel(ed.score, 'GPA ')}${e(j.f('score', ed.score))}</span>` : ''}</div></div>`;
  }).join('')}</section>`);
  R.push(`<section><h2>${e(r.sec('SUMMARY', 'right'))}</h2><p>${e(r.b('summary', P.summary))}</p></section>`);
  const aH = r.sec('KEY ACHIEVEMENTS', 'right'), ach = r.other(aH);
  R.push(`<section><h2>${e(aH)}</h2>${P.achievements.map(([t, d]) => { ach({ title: t, summary: d }); return `<div class="box">${icon('star', 'ic big')}<div><b>${e(t)}</b><p>${e(d)}</p></div></div>`; }).join('')}</section>`);
  const sH = r.sec('STRENGTHS', 'right'), str = r.other(sH);
  R.push(`<section><h2>${e(sH)}</h2>${P.strengths.map(([t, d]) => { str({ title: t, summary: d }); return `<div class="box">${icon('bolt', 'ic big')}<div><b>${e(t)}</b><p>${e(d)}</p></div></div>`; }).join('')}</section>`);
  R.push(`<section><h2>${e(r.sec('SKILLS', 'right'))}</h2><div class="tags">${skillItems(P).map(([n]) => `<span>${e(r.skill(n))}</span>`).join('')}</div></section>`);
  const lH = r.sec('LANGUAGES', 'right'), lang = r.other(lH);
  const dots = (n) => `<span class="dots">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= n ? 'on' : ''}"></i>`).join('')}</span>`;
  const LV = { Native: 5, Fluent: 5, Good: 4, Conversational: 3, Intermediate: 3, Elementary: 2, Basic: 2 };
  R.push(`<section class="keep"><h2>${e(lH)}</h2>${P.languages.map(([l, f]) => { lang({ language: l, fluency: f }); return `<div class="lang"><div><b>${e(l)}</b><small>${e(f)}</small></div>${dots(LV[f] ?? 3)}</div>`; }).join('')}</section>`);
  const tH = r.sec('MY TIME', 'right'), time = r.other(tH);
  R.push(`<section class="keep"><h2>${e(tH)}</h2><div class="time">${donut(P.myTime)}<ul>${P.myTime.map(([t], i) => `<li><i style="background:${DONUT_COLOURS[i % 4]}"></i>${e(time(t))}</li>`).join('')}</ul></div></section>`);
  const iH = r.sec('INTERESTS', 'left'), int = r.other(iH);
  L.push(`<section class="keep"><h2>${e(iH)}</h2>${P.interests.map((i) => `<div class="int">${icon('heart')} ${e(int(i))}</div>`).join('')}</section>`);

  const css = `body{font:9.2pt/1.4 Cabin,'DejaVu Sans',sans-serif;color:#2b2b2b}
@page{margin:30px 36px}
header{display:flex;justify-content:space-between;align-items:flex-start;gap:18px;padding-bottom:10px}
h1{font-size:25pt;font-weight:700;line-height:1.05;color:#111}.label{color:#7c3aed;font-size:12pt;font-weight:600;margin:3px 0 7px}
.contact{display:flex;flex-wrap:wrap;gap:2px 14px;font-size:8.8pt;color:#444}.contact .ic{color:#7c3aed}
header .photo{width:92px;height:92px;flex:none}
.cols{display:grid;grid-template-columns:60% 1fr;gap:0 26px}
h2{font-size:11.5pt;font-weight:700;letter-spacing:.02em;border-bottom:2.5px solid #111;padding-bottom:1px;margin:12px 0 7px}
.entry{margin-bottom:10px;padding-bottom:8px;border-bottom:1px dashed #d4d4d8}.entry:last-child{border-bottom:0}
.pos{font-size:11pt;font-weight:600}.co{color:#7c3aed;font-weight:700}
.meta{display:flex;gap:14px;color:#666;font-size:8.6pt;margin:1px 0 3px}.meta .ic{color:#888}
.entry ul li{position:relative;padding-left:11px;margin-bottom:1px}.entry ul li::before{content:"•";position:absolute;left:0;color:#7c3aed}
.box{display:flex;gap:8px;margin-bottom:7px}.ic.big{width:16px;height:16px;color:#7c3aed;margin-top:2px}.box p{color:#555;font-size:8.7pt}
.tags span{display:inline-block;border-bottom:1.5px solid #a1a1aa;padding:0 2px 1px;margin:0 9px 6px 0;font-weight:600;font-size:9pt}
.lang{display:flex;justify-content:space-between;align-items:center;margin-bottom:4px}.lang small{display:block;color:#777;font-size:8.2pt}
.dots i{display:inline-block;width:8px;height:8px;border-radius:50%;background:#e4e4e7;margin-left:3px}.dots i.on{background:#7c3aed}
.time{display:flex;gap:12px;align-items:center}.donut{width:84px;height:84px;flex:none}.time li{font-size:8.6pt;margin-bottom:3px}.time li i{display:inline-block;width:8px;height:8px;margin-right:5px;border-radius:2px}
.int{margin-bottom:3px}.int .ic{color:#7c3aed;width:.85em}`;
  const html = doc(P, `${P.name} | Resume`, css, `${head}<div class="cols"><div>${L.join('')}</div><div>${R.join('')}</div></div>`);
  const notes = 'Enhancv-like double column under a full-width header (name, violet title, contact row with Unicode ☎ ✉ ⚲ glyphs and an SVG link icon, photo-placeholder circle right). LEFT 60%: EXPERIENCE (title, company in accent, meta row with SVG calendar/pin icons and "MM/YYYY - Present", dashed separators) and EDUCATION. RIGHT 40%: SUMMARY, KEY ACHIEVEMENTS and STRENGTHS boxes (icon + title + line; not work highlights), SKILLS as underlined tags, LANGUAGES with level word + 5 dots, MY TIME donut chart (SVG, no text) with a text legend, INTERESTS. Sections: left column first, then right column (both under the header). Headings typed in capitals.';
  return { html, key: r.key(['left', 'right'], notes, 2) };
}

// ================================================================================================ 4. zety
// Zety-like: dark full-width banner with photo circle, name and title; a pipe-separated glyph contact strip; then
// one column of rows whose section titles sit in a LEFT gutter; skills with 5 rating squares; "YYYY-MM - Current".
export function zety(P) {
  const r = new Rec();
  const strip = [
    `${G.home} ${e(r.b('location', place(P)))}`,
    `${G.phone} ${e(r.b('phone', P.phone))}`,
    `${G.mail} ${e(r.b('email', P.email))}`,
    `<a href="https://${P.linkedin}">${e(r.profile(P.linkedin))}</a>`,
  ];
  if (P.github) strip.push(`<a href="https://${P.github}">${e(r.profile(P.github))}</a>`);
  const head = `<header class="banner"><div class="photo"></div><div><h1>${e(r.b('name', P.name))}</h1><div class="label">${e(r.b('label', P.label))}</div></div></header>
<div class="strip">${strip.join('<b>|</b>')}</div>`;
  const row = (h, body, cls = '') => `<section class="srow ${cls}"><h2>${e(r.sec(h))}</h2><div class="body">${body()}</div></section>`;
  const S = [];
  S.push(row('SUMMARY', () => `<p>${e(r.b('summary', P.summary))}</p>`));
  S.push(row('SKILLS', () => `<div class="skgrid">${skillItems(P).map(([n, lv]) => `<div class="sk"><span>${e(r.skill(n))}</span><span class="sq">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= lv ? 'on' : ''}"></i>`).join('')}</span></div>`).join('')}</div>`));
  S.push(row('EXPERIENCE', () => P.work.map((w) => {
    const j = r.job();
    return `<div class="entry"><div class="pos">${e(j.f('position', w.position))}</div><div class="co">${e(j.f('name', w.company))} | ${e(j.f('location', w.location))}</div>
<div class="date">${e(j.dates(w, { style: 'YYYY-MM', sep: ' - ', present: 'Current' }))}</div>${bullets(j, w.bullets, 'sq')}</div>`;
  }).join('')));
  S.push(row('EDUCATION', () => P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><div class="pos">${e(j.f('studyType', ed.studyType))}: ${e(j.f('area', ed.area))}</div><div class="co">${e(j.f('institution', ed.institution))} | ${e(j.f('location', ed.location))}</div>
<div class="date">${e(j.end(ed, 'YYYY-MM'))}</div>${ed.score ? `<div>Honors: ${e(j.f('score', ed.score))}</div>` : ''}</div>`;
  }).join('')));
  if (P.projects) {
    S.push(row('PROJECTS', () => P.projects.map((p) => {
      const j = r.project();
      return `<div class="entry"><b>${e(j.f('name', p.name))}</b> — ${e(j.f('description', p.description))}</div>`;
    }).join(''), 'keep'));
  }
  {
    const h = 'CERTIFICATIONS';
    S.push(row(h, () => { const cert = r.other(h); return P.certifications.map((c) => { cert({ name: c.name, issuer: c.issuer, date: c.date }); return `<div class="cert"><b>${e(c.name)}</b>, ${e(c.issuer)} - ${e(c.date)}</div>`; }).join(''); }, 'keep'));
  }
  {
    const h = 'LANGUAGES';
    const W = { Native: 100, Fluent: 90, Good: 70, Conversational: 55, Intermediate: 55, Elementary: 30, Basic: 30 };
    S.push(row(h, () => { const lang = r.other(h); return `<div class="langs">${P.languages.map(([l, f]) => { lang({ language: l, fluency: f }); return `<div><div class="lrow"><b>${e(l)}:</b> <span>${e(f)}</span></div><div class="lbar"><i style="width:${W[f] ?? 50}%"></i></div></div>`; }).join('')}</div>`; }, 'keep'));
  }
  const css = `body{font:9.6pt/1.42 Roboto,'DejaVu Sans',sans-serif;color:#263238}
@page{margin:28px 0}
@page:first{margin-top:0}
.banner{background:#263f5a;color:#fff;display:flex;align-items:center;gap:22px;padding:24px 44px}
.banner .photo{width:84px;height:84px;border:3px solid #fff;flex:none}
h1{font-size:26pt;font-weight:700;letter-spacing:.01em;line-height:1.05}.label{font-size:12pt;color:#b9d3ee;margin-top:4px}
.strip{background:#eef3f8;padding:7px 44px;font-size:9pt;display:flex;flex-wrap:wrap;gap:2px 8px}.strip b{color:#9fb3c8;font-weight:400}
.srow{display:grid;grid-template-columns:126px 1fr;gap:0 18px;padding:0 44px;margin-top:14px}
.srow h2{font-size:10pt;font-weight:700;color:#263f5a;letter-spacing:.06em;border-top:3px solid #263f5a;padding-top:4px;align-self:start}
.skgrid{display:grid;grid-template-columns:1fr 1fr;gap:3px 28px}.sk{display:flex;justify-content:space-between;align-items:center}
.sq i{display:inline-block;width:9px;height:9px;border:1px solid #263f5a;margin-left:2px}.sq i.on{background:#263f5a}
.entry{margin-bottom:10px}.pos{font-weight:700;font-size:10.5pt}.co{color:#35608a}.date{color:#78909c;font-style:italic;font-size:9pt;margin-bottom:2px}
ul.sq li{position:relative;padding-left:12px}ul.sq li::before{content:"▪";position:absolute;left:0;color:#263f5a}
.langs{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4px 20px}.lbar{height:4px;background:#dde5ec;margin-top:2px}.lbar i{display:block;height:100%;background:#263f5a}
.cert{margin-bottom:2px}`;
  const html = doc(P, `${P.name}`, css, `${head}${S.join('')}`);
  const notes = 'Zety-like: dark full-width banner (photo circle, name, title), then a light strip with "⌂ city | ☎ phone | ✉ e-mail | linkedin.com/in/… (| github.com/…)" separated by pipes; one column of rows with the capitalised section title in a LEFT gutter beside the content (title and first line share a baseline). Skills in a two-column grid with 5 rating squares (no text level). Experience: title, "Company | City" line, italic "YYYY-MM - Current" line, "▪" bullets. Education: "Degree: Field", "School | City", graduation "YYYY-MM" only (key: endDate only). Languages with level word and bar. Sections in printed order.';
  return { html, key: r.key(['main'], notes, 1) };
}

// ================================================================================================ 5. resumeio
// Resume.io-like with a RIGHT sidebar (tinted, repeated on every page by a fixed background): name/title at the
// top of the main column, "Position at Company, City" entries on a dotted timeline, "Mon YYYY — Present" lines;
// sidebar with photo, Details, Links printed only as words, Skills/Languages with bars, Hobbies.
export function resumeio(P) {
  const r = new Rec();
  const M = [], S = [];
  M.push(`<div class="name"><h1>${e(r.b('name', P.name))}</h1><div class="label">${e(r.b('label', P.label))}</div></div>`);
  M.push(`<section><h2>${icon('user')}${e(r.sec('Profile'))}</h2><p>${e(r.b('summary', P.summary))}</p></section>`);
  M.push(`<section><h2>${icon('briefcase')}${e(r.sec('Employment History'))}</h2><div class="tl">${P.work.map((w) => {
    const j = r.job();
    return `<div class="entry"><h3>${e(j.f('position', w.position))} at ${e(j.f('name', w.company))}, ${e(j.f('location', w.location))}</h3><div class="date">${e(j.dates(w, { style: 'MMM YYYY', sep: ' — ' }))}</div>${bullets(j, w.bullets)}</div>`;
  }).join('')}</div></section>`);
  M.push(`<section><h2>${icon('cap')}${e(r.sec('Education'))}</h2><div class="tl">${P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><h3>${e(j.f('studyType', ed.studyType))} in ${e(j.f('area', ed.area))}, ${e(j.f('institution', ed.institution))}, ${e(j.f('location', ed.location))}</h3><div class="date">${e(j.dates(ed, { style: 'MMM YYYY', sep: ' — ' }))}</div>${ed.score ? `<p>GPA ${e(j.f('score', ed.score))}</p>` : ''}</div>`;
  }).join('')}</div></section>`);
  {
    const h = r.sec('Courses'), c = r.other(h);
    M.push(`<section class="keep"><h2>${icon('book')}${e(h)}</h2><div class="tl">${P.certifications.map((x) => { c({ name: x.name, issuer: x.issuer, date: x.date }); return `<div class="entry"><h3>${e(x.name)}, ${e(x.issuer)}</h3><div class="date">${e(x.date)}</div></div>`; }).join('')}</div></section>`);
  }
  S.push('<div class="photo"></div>');
  S.push(`<section><h4>${e(r.sec('Details', 'side'))}</h4><p>${e(r.b('location', `${P.city}, ${P.country}`))}</p><p>${e(r.b('phone', P.phone))}</p><p class="mail">${e(r.b('email', P.email))}</p></section>`);
  const links = [['LinkedIn', P.linkedin], ['GitHub', P.github], ['Portfolio', P.website]].filter(([, u]) => u);
  S.push(`<section><h4>${e(r.sec('Links', 'side'))}</h4>${links.map(([w, u]) => `<p><a class="u" href="https://${u}">${e(w)}</a></p>`).join('')}</section>`);
  S.push(`<section><h4>${e(r.sec('Skills', 'side'))}</h4>${skillItems(P).map(([n, lv]) => `<div class="sk">${e(r.skill(n))}<div class="bar"><i style="width:${lv * 20}%"></i></div></div>`).join('')}</section>`);
  {
    const h = r.sec('Languages', 'side'), lang = r.other(h);
    const W = { Native: 100, Fluent: 85, Good: 70, Conversational: 55, Intermediate: 55, Elementary: 30, Basic: 30 };
    S.push(`<section class="keep"><h4>${e(h)}</h4>${P.languages.map(([l, f]) => { lang({ language: l }); return `<div class="sk">${e(l)}<div class="bar"><i style="width:${W[f] ?? 50}%"></i></div></div>`; }).join('')}</section>`);
  }
  {
    const h = r.sec('Hobbies', 'side'), hob = r.other(h);
    S.push(`<section class="keep"><h4>${e(h)}</h4><p>${P.interests.map((i) => e(hob(i))).join(', ')}</p></section>`);
  }
  const css = `body{font:9.8pt/1.45 'PT Sans','DejaVu Sans',sans-serif;color:#2d2a26}
@page{margin:0}
.sidebg{position:fixed;top:0;bottom:0;right:0;width:33%;background:#f3ede4}
.page{display:grid;grid-template-columns:1fr 33%;position:relative;padding:40px 0 30px}
main{padding:0 30px 0 44px}aside{padding:0 30px 0 26px}
h1{font-family:'PT Serif',serif;font-size:27pt;line-height:1.05;font-weight:700}.label{font-size:10pt;letter-spacing:.08em;color:#8a6d3b;margin:4px 0 6px;text-transform:none}
h2{font-family:'PT Serif',serif;font-size:13pt;margin:16px 0 7px;display:flex;align-items:center;gap:8px}h2 .ic{width:15px;height:15px;color:#8a6d3b}
.tl{border-left:1.5px solid #d8c9b2;margin-left:7px;padding-left:15px}
.entry{position:relative;margin-bottom:10px}.entry::before{content:"";position:absolute;left:-20.5px;top:4px;width:9px;height:9px;border-radius:50%;background:#8a6d3b;border:2px solid #fff}
h3{font-size:10.3pt;font-weight:700}.date{font-size:8.4pt;color:#8b8378;letter-spacing:.04em;margin:1px 0 3px}
.entry ul{list-style:disc;padding-left:15px}
aside .photo{width:110px;height:110px;margin:2px 0 8px}
h4{font-family:'PT Serif',serif;font-size:11.5pt;margin:14px 0 5px}aside p{margin-bottom:2px;font-size:9pt}.mail{word-break:break-all}
a.u{text-decoration:underline;color:#2d2a26}
.sk{font-size:9pt;margin-bottom:5px}.bar{height:3px;background:#e0d6c6;margin-top:2px}.bar i{display:block;height:100%;background:#8a6d3b}`;
  const html = doc(P, `${P.name} - Resume`, css, `<div class="sidebg"></div><div class="page"><main>${M.join('')}</main><aside>${S.join('')}</aside></div>`);
  const notes = 'Resume.io-like: main column LEFT (serif name and title at its top, Profile, Employment History and Education on a timeline: vertical rule with a dot per entry, "Position at Company, City" headings, small grey "Mon YYYY — Present" lines, Courses), tinted RIGHT sidebar painted on every page by a fixed background (photo circle, Details: location/phone/e-mail without labels, Links printed only as the words LinkedIn/GitHub/Portfolio with hyperlinks to the profile URLs, so the key has no profiles/url, Skills and Languages as bars without level words, Hobbies). Sections: main column first (it holds the name), then sidebar.';
  return { html, key: r.key(['main', 'side'], notes, 2) };
}

// ================================================================================================ 6. canva
// Canva-style one-pager: big photo circle and a stacked two-weight name in the header, a pastel LEFT panel
// (Contact with round icon badges, Skills, Languages, Interests) and the RIGHT column with About Me, Work
// Experience (year-only dates in pills, "Company | City") and Education. Kept to one page: the three latest roles,
// at most three bullets each.
export function canva(P) {
  const r = new Rec();
  const head = `<header><div class="photo"></div><div><h1><span class="f">${e(P.first)}</span> <span class="l">${e(P.last)}</span></h1><div class="label">${e(r.b('label', P.label))}</div></div></header>`;
  r.b('name', P.name);
  const badge = (n) => `<span class="badge">${icon(n)}</span>`;
  const L = [], R = [];
  const links = [[badge('phone'), e(r.b('phone', P.phone))], [badge('mail'), e(r.b('email', P.email))], [badge('pin'), e(r.b('location', place(P)))], [badge('linkedin'), `<a href="https://${P.linkedin}">${e(r.profile(P.linkedin))}</a>`]];
  L.push(`<section><h2>${e(r.sec('CONTACT', 'left'))}</h2>${links.map(([b, t]) => `<div class="ct">${b}<span>${t}</span></div>`).join('')}</section>`);
  L.push(`<section><h2>${e(r.sec('SKILLS', 'left'))}</h2><ul class="tri">${skillItems(P).slice(0, 12).map(([n]) => `<li>${e(r.skill(n))}</li>`).join('')}</ul></section>`);
  {
    const h = r.sec('LANGUAGES', 'left'), lang = r.other(h);
    L.push(`<section><h2>${e(h)}</h2>${P.languages.map(([l, f]) => { lang({ language: l, fluency: f }); return `<div>${e(l)} — <i>${e(f)}</i></div>`; }).join('')}</section>`);
  }
  {
    const h = r.sec('INTERESTS', 'left'), int = r.other(h);
    L.push(`<section><h2>${e(h)}</h2><ul class="tri">${P.interests.map((i) => `<li>${e(int(i))}</li>`).join('')}</ul></section>`);
  }
  R.push(`<section><h2>${e(r.sec('ABOUT ME', 'right'))}</h2><p>${e(r.b('summary', P.summary))}</p></section>`);
  R.push(`<section><h2>${e(r.sec('WORK EXPERIENCE', 'right'))}</h2>${P.work.slice(0, 3).map((w) => {
    const j = r.job();
    return `<div class="entry"><div class="pill">${e(j.dates(w, { style: 'YYYY', present: 'Now' }))}</div><div class="pos">${e(j.f('position', w.position))}</div><div class="co">${e(j.f('name', w.company))} | ${e(j.f('location', w.location))}</div>${bullets(j, w.bullets.slice(0, 3))}</div>`;
  }).join('')}</section>`);
  R.push(`<section><h2>${e(r.sec('EDUCATION', 'right'))}</h2>${P.education.map((ed) => {
    const j = r.edu();
    return `<div class="entry"><div class="pill">${e(j.dates(ed, { style: 'YYYY' }))}</div><div class="pos">${e(j.f('studyType', ed.studyType))} – ${e(j.f('area', ed.area))}</div><div class="co">${e(j.f('institution', ed.institution))}</div></div>`;
  }).join('')}</section>`);
  const css = `body{font:9.7pt/1.5 'Open Sans','DejaVu Sans',sans-serif;color:#3b3b3b}
@page{margin:0}
.sheet{padding:34px 38px 0}
header{display:flex;align-items:center;gap:30px;padding-bottom:18px;border-bottom:1.5px solid #c98f7a;margin-bottom:18px}
header .photo{width:128px;height:128px;box-shadow:0 0 0 6px #f4e3dc;flex:none}
h1{font-family:'League Spartan','DejaVu Sans',sans-serif;font-size:36pt;line-height:.98;color:#3b3b3b}h1 span{display:block}h1 .f{font-weight:300}h1 .l{font-weight:700;color:#b0715c}
.label{margin-top:8px;letter-spacing:.22em;font-size:10pt;color:#6b6b6b}
.cols{display:grid;grid-template-columns:35% 1fr;gap:0 26px}
.left{background:#f8ece7;border-radius:14px;padding:6px 16px 14px}
h2{font-family:'League Spartan','DejaVu Sans',sans-serif;font-size:12.5pt;letter-spacing:.14em;color:#b0715c;margin:12px 0 7px}
.ct{display:flex;align-items:center;gap:8px;margin-bottom:6px;font-size:8.5pt;word-break:break-all}.badge{width:22px;height:22px;border-radius:50%;background:#b0715c;color:#fff;display:flex;align-items:center;justify-content:center;flex:none}.badge .ic{width:12px;height:12px}
ul.tri li{position:relative;padding-left:13px;margin-bottom:2px}ul.tri li::before{content:"▸";position:absolute;left:0;color:#b0715c}
.entry{margin-bottom:12px}.pill{display:inline-block;background:#b0715c;color:#fff;border-radius:9px;padding:0 9px;font-size:8.2pt;font-weight:600}
.pos{font-weight:700;font-size:10.4pt;margin-top:2px}.co{color:#8a5a49;font-style:italic}
.entry ul{list-style:disc;padding-left:15px;margin-top:2px}`;
  const html = doc(P, `${P.name} Resume`, css, `<div class="sheet">${head}<div class="cols"><div class="left">${L.join('')}</div><div class="right">${R.join('')}</div></div></div>`);
  const notes = 'Canva-style one-pager: photo-placeholder circle with a pastel ring, first name (light) and last name (bold, accent) on two lines in League Spartan, letter-spaced title; pastel rounded LEFT panel (CONTACT with SVG icons in round badges, SKILLS and INTERESTS with "▸" markers, LANGUAGES "Name — Level") and RIGHT column (ABOUT ME, WORK EXPERIENCE with year-only date pills "2022 – Now", "Company | City", EDUCATION "Degree – Field" with year pills). Only the three latest roles and at most three bullets per role are printed (the key has only those). Sections: left panel first, then right column (both under the full-width header).';
  return { html, key: r.key(['left', 'right'], notes, 2) };
}

export const HTML_DESIGNS = { pikachu, flowcv, enhancv, zety, resumeio, canva };
