// Three HTML/CSS designs printed to PDF by headless Chromium. Written from scratch for this batch.
//   rightbar: main column + RIGHT sidebar (contact with SVG icons, skill tags, education, certifications, languages)
//   cards:    dark header band with icon contact grid, highlight cards, timeline employer blocks with date pills,
//             earlier roles as a 3-column table, "Label: list" skill rows, page counter in the footer margin box
//   ats:      US Letter, centred caps name, " | " contact line with full URLs, ruled caps headings, years only
//             ("2014–16", "2019–present"), promotions on one line ("Senior → Staff"), en-dash bullets
import { esc } from './plan.mjs';

const svg = (body) => `<svg class="ic" viewBox="0 0 24 24" width="10" height="10" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
const ICONS = {
  email: svg('<rect x="3" y="5" width="18" height="14" rx="2"/><polyline points="3 7 12 13 21 7"/>'),
  phone: svg('<rect x="7" y="2" width="10" height="20" rx="2"/><line x1="11" y1="18" x2="13" y2="18"/>'),
  location: svg('<path d="M12 22s7-7.5 7-13a7 7 0 0 0-14 0c0 5.5 7 13 7 13z"/><circle cx="12" cy="9" r="2.5"/>'),
  url: svg('<circle cx="12" cy="12" r="9"/><ellipse cx="12" cy="12" rx="4" ry="9"/><line x1="3" y1="12" x2="21" y2="12"/>'),
  GitHub: svg('<polyline points="8 6 2 12 8 18"/><polyline points="16 6 22 12 16 18"/>'),
  LinkedIn: svg('<rect x="3" y="3" width="18" height="18" rx="3"/><line x1="8" y1="11" x2="8" y2="17"/><circle cx="8" cy="7.5" r="0.6"/><path d="M12 17v-6m0 2.5a2.5 2.5 0 0 1 5 0V17"/>'),
};
const icon = (c) => ICONS[c.kind === 'profile' ? c.net : c.kind] ?? '';
const link = (c, inner) => (c.href ? `<a href="${esc(c.href)}">${inner}</a>` : inner);
const ul = (bullets, cls = 'b') => `<ul class="${cls}">${bullets.map((b) => `<li>${esc(b.text)}${b.sub.length ? `<ul class="sub">${b.sub.map((s) => `<li>${esc(s)}</li>`).join('')}</ul>` : ''}</li>`).join('')}</ul>`;
const doc = (title, css, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>\n`;

// ---------------------------------------------------------------- rightbar
function rightbar(pl, D) {
  const A = D.accent ?? '#1f5f8b';
  const main = [], side = [];
  side.push(`<div class="contact">${pl.contacts.map((c) => `<div class="ci">${icon(c)}<span>${link(c, esc(c.text))}</span></div>`).join('')}</div>`);
  const put = (s, html) => (s.place === 'side' ? side : main).push(`<section class="s-${s.id}">${s.heading ? `<h2>${esc(s.heading)}</h2>` : ''}${html}</section>`);
  for (const s of pl.sections) {
    switch (s.id) {
      case 'summary': put(s, `<p class="summary">${esc(s.text)}</p>`); break;
      case 'achievements': put(s, `<ul class="ach">${s.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`); break;
      case 'experience': put(s, s.entries.map((e) => (e.type === 'gap'
        ? `<div class="emp gap"><div class="role"><span class="t">${esc(e.title)}</span><span class="d">${esc(e.dates)}</span></div><p class="gaptext">${esc(e.text)}</p></div>`
        : `<div class="emp"><div class="emp-h"><span class="co">${esc(e.name)}</span><span class="loc">${esc(e.location)}</span></div>${e.desc ? `<div class="desc">${esc(e.desc)}</div>` : ''}${e.roles.map((r) => `<div class="role"><span class="t">${esc(r.title)}</span><span class="d">${esc(r.dates)}</span></div>${ul(r.bullets)}`).join('')}</div>`)).join('')); break;
      case 'earlier': put(s, s.items.map((e) => `<div class="er"><span><b>${esc(e.title)}</b>, ${esc(e.company)}</span><span class="d">${esc(e.dates)}</span></div>`).join('')); break;
      case 'skills': put(s, s.groups.map((g) => `<div class="sg"><div class="sgl">${esc(g.label)}</div><div class="tags">${g.items.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</div></div>`).join('')); break;
      case 'education': put(s, s.items.map((e) => `<div class="edu"><div class="inst">${esc(e.institution)}</div><div>${esc(e.degree)}</div>${e.score ? `<div class="score">${esc(e.score)}</div>` : ''}<div class="d">${esc(e.dates)}</div></div>`).join('')); break;
      case 'projects': put(s, s.items.map((p) => `<p class="proj"><b>${esc(p.name)}</b> — ${esc(p.description)}${p.url ? ` <span class="url">${esc(p.url)}</span>` : ''}</p>`).join('')); break;
      case 'languages': case 'certs': put(s, `<ul class="plain">${s.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`); break;
      default: put(s, `<ul class="dot">${s.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`);
    }
  }
  const css = `@page { size: A4; margin: 13mm 13mm 14mm 14mm; }
body { margin: 0; font-family: 'Open Sans', sans-serif; font-size: 9.2pt; line-height: 1.38; color: #222; }
a { color: inherit; text-decoration: none; }
header { margin-bottom: 5mm; border-bottom: 3px solid ${A}; padding-bottom: 3mm; }
h1 { font-size: 25pt; margin: 0; font-weight: 700; color: #14212e; letter-spacing: -0.3pt; }
.label { font-size: 12pt; color: ${A}; font-weight: 600; }
.cols { display: grid; grid-template-columns: 1fr 66mm; gap: 6mm; align-items: start; }
aside { background: #eef2f6; padding: 4mm 3.5mm 5mm; border-radius: 2mm; font-size: 8.6pt; }
h2 { font-size: 10.5pt; text-transform: none; color: ${A}; margin: 9pt 0 4pt; padding-bottom: 1.5pt; border-bottom: 1px solid #c9d3dd; letter-spacing: 0.3pt; break-after: avoid; }
main > section:first-child h2 { margin-top: 0; }
aside h2 { font-size: 9.6pt; margin-top: 10pt; }
.contact { font-size: 7.9pt; } .ci { display: flex; gap: 4pt; align-items: center; margin: 2.5pt 0; white-space: nowrap; } .ic { flex: none; color: ${A}; }
.summary { margin: 0; }
ul { margin: 2pt 0 4pt; padding-left: 13pt; } li { margin: 1pt 0; }
ul.b { list-style-type: '▸  '; } ul.sub { list-style-type: '–  '; margin: 1pt 0; } ul.ach { list-style-type: '◆  '; padding-left: 14pt; }
ul.ach li::marker { color: ${A}; } ul.b > li::marker { color: ${A}; }
ul.plain { list-style: none; padding-left: 0; } ul.plain li { margin: 2pt 0; } ul.dot { list-style-type: disc; }
.emp { margin: 6pt 0 2pt; } .emp-h { display: flex; justify-content: space-between; align-items: baseline; break-after: avoid; }
.co { font-size: 11pt; font-weight: 700; color: #14212e; } .loc { color: #666; font-size: 8.6pt; }
.desc { font-style: italic; color: #555; font-size: 8.6pt; break-after: avoid; }
.role { display: flex; justify-content: space-between; align-items: baseline; margin-top: 3pt; break-after: avoid; }
.role .t { font-weight: 600; } .d { color: #555; font-size: 8.6pt; white-space: nowrap; }
.gaptext { margin: 1pt 0 0; font-style: italic; color: #444; }
.er { display: flex; justify-content: space-between; margin: 1.5pt 0; }
.sg { margin: 3pt 0 6pt; } .sgl { font-weight: 700; font-size: 8.4pt; color: #333; margin-bottom: 2pt; }
.tag { display: inline-block; border: 1px solid #9fb3c6; border-radius: 8pt; padding: 0 5pt; margin: 0 1pt 2.5pt 0; background: #fff; font-size: 8pt; }
.edu { margin: 3pt 0 6pt; } .inst { font-weight: 700; } .score { font-style: italic; }
.proj { margin: 2pt 0; } .url { color: ${A}; }
section { break-inside: auto; }`;
  return doc(`${pl.name} – CV`, css, `<header><h1>${esc(pl.name)}</h1><div class="label">${esc(pl.label)}</div></header><div class="cols"><main>${main.join('')}</main><aside>${side.join('')}</aside></div>`);
}

// ---------------------------------------------------------------- cards
function cards(pl, D) {
  const A = D.accent ?? '#0b3954', A2 = D.accent2 ?? '#e3eef4';
  const body = [];
  const contact = `<div class="cgrid">${pl.contacts.map((c) => `<div class="ci">${icon(c)}<span>${link(c, esc(c.text))}</span></div>`).join('')}</div>`;
  body.push(`<header><div class="who"><h1>${esc(pl.name)}</h1><div class="label">${esc(pl.label)}</div></div>${contact}</header>`);
  for (const s of pl.sections) {
    const h = s.heading ? `<h2><span>${esc(s.heading)}</span></h2>` : '';
    let html;
    switch (s.id) {
      case 'summary': html = `<p class="summary">${esc(s.text)}</p>`; break;
      case 'achievements': html = `<div class="cards">${s.items.map((t) => `<div class="card">${esc(t)}</div>`).join('')}</div>`; break;
      case 'experience': html = s.entries.map((e) => (e.type === 'gap'
        ? `<div class="emp"><div class="role"><span class="t">${esc(e.title)}</span><span class="pill">${esc(e.dates)}</span></div><p class="gaptext">${esc(e.text)}</p></div>`
        : `<div class="emp"><div class="co">${esc(e.name)} <span class="loc">· ${esc(e.location)}</span></div>${e.desc ? `<div class="desc">${esc(e.desc)}</div>` : ''}${e.roles.map((r) => `<div class="role"><span class="t">${esc(r.title)}</span><span class="pill">${esc(r.dates)}</span></div>${ul(r.bullets)}`).join('')}</div>`)).join(''); break;
      case 'earlier': html = `<table class="earlier">${s.items.map((e) => `<tr><td class="t">${esc(e.title)}</td><td>${esc(e.company)}</td><td class="dd">${esc(e.dates)}</td></tr>`).join('')}</table>`; break;
      case 'skills': html = `<div class="skills">${s.groups.map((g) => `<div class="sl">${esc(g.label)}:</div><div>${esc(g.items.join(', '))}</div>`).join('')}</div>`; break;
      case 'education': html = s.items.map((e) => `<div class="role edu"><span><b>${esc(e.institution)}</b> — ${esc(e.degree)}${e.score ? `, <i>${esc(e.score)}</i>` : ''}</span><span class="pill">${esc(e.dates)}</span></div>`).join(''); break;
      case 'projects': html = `<div class="pgrid">${s.items.map((p) => `<div class="pcard"><div class="pn">${esc(p.name)}</div><div>${esc(p.description)}</div>${p.url ? `<div class="url">${esc(p.url)}</div>` : ''}</div>`).join('')}</div>`; break;
      case 'pubs': html = `<ol class="pubs">${s.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ol>`; break;
      case 'languages': html = `<p class="langs">${s.items.map(esc).join(' &nbsp;·&nbsp; ')}</p>`; break;
      default: html = `<ul class="plain">${s.items.map((t) => `<li>${esc(t)}</li>`).join('')}</ul>`;
    }
    body.push(`<section class="s-${s.id}">${h}${html}</section>`);
  }
  const css = `@page { size: A4; margin: 12mm 14mm 15mm; @bottom-right { content: counter(page) " / " counter(pages); font: 7.5pt Inter, sans-serif; color: #888; } }
body { margin: 0; font-family: Inter, sans-serif; font-size: 9pt; line-height: 1.4; color: #1f2933; }
a { color: inherit; text-decoration: none; }
header { display: grid; grid-template-columns: 1fr auto; gap: 6mm; align-items: center; background: ${A}; color: #fff; padding: 6mm 7mm; border-radius: 3mm; }
h1 { margin: 0; font-size: 24pt; font-weight: 800; letter-spacing: -0.5pt; } .label { font-size: 11pt; opacity: 0.9; margin-top: 2pt; }
.cgrid { display: grid; grid-template-columns: auto auto; gap: 3pt 10pt; font-size: 8pt; } .ci { display: flex; gap: 4pt; align-items: center; white-space: nowrap; } .ic { flex: none; }
.summary { margin: 5mm 0 1mm; font-size: 9.4pt; }
h2 { font-size: 11pt; font-weight: 700; color: ${A}; margin: 11pt 0 5pt; display: flex; align-items: center; gap: 8pt; break-after: avoid; }
h2::after { content: ""; flex: 1; height: 1.5px; background: ${A2}; }
.cards { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8pt; } .card { background: ${A2}; border-top: 3px solid ${A}; padding: 6pt 7pt; font-size: 8.6pt; border-radius: 0 0 2mm 2mm; }
.emp { border-left: 2px solid ${A2}; padding-left: 9pt; margin: 7pt 0 3pt; }
.co { font-size: 11.5pt; font-weight: 700; break-after: avoid; } .loc { font-weight: 400; color: #66788a; font-size: 9pt; }
.desc { font-style: italic; color: #52606d; break-after: avoid; }
.role { display: flex; justify-content: space-between; align-items: center; margin-top: 4pt; break-after: avoid; } .role .t { font-weight: 600; }
.pill { background: ${A2}; color: ${A}; border-radius: 8pt; padding: 0.5pt 7pt; font-size: 8pt; white-space: nowrap; font-weight: 600; }
ul { margin: 2pt 0 3pt; padding-left: 13pt; } li { margin: 1pt 0; } ul.sub { list-style-type: '–  '; } ul.plain { padding-left: 13pt; }
.gaptext { margin: 2pt 0; font-style: italic; }
table.earlier { border-collapse: collapse; width: 100%; } .earlier td { padding: 1.5pt 6pt 1.5pt 0; border-bottom: 1px solid #edf0f3; } .earlier td.t { font-weight: 600; width: 42%; } .earlier td.dd { text-align: right; white-space: nowrap; color: #52606d; }
.skills { display: grid; grid-template-columns: 40mm 1fr; gap: 2pt 8pt; } .sl { font-weight: 700; }
.edu { margin: 3pt 0; }
.pgrid { display: grid; grid-template-columns: 1fr 1fr; gap: 8pt; } .pcard { border: 1px solid ${A2}; border-radius: 2mm; padding: 5pt 7pt; } .pn { font-weight: 700; font-family: 'JetBrains Mono', monospace; font-size: 8.6pt; } .url { color: ${A}; font-size: 8pt; }
ol.pubs { padding-left: 16pt; margin: 2pt 0; } .langs { margin: 2pt 0; }`;
  return doc(`${pl.name} | Resume`, css, body.join('\n'));
}

// ---------------------------------------------------------------- ats (Letter)
function ats(pl) {
  const body = [];
  body.push(`<header><h1>${esc(pl.name)}</h1><div class="label">${esc(pl.label)}</div><div class="contact">${pl.contacts.map((c) => link(c, esc(c.text))).join(' &nbsp;|&nbsp; ')}</div></header>`);
  for (const s of pl.sections) {
    const h = s.heading ? `<h2>${esc(s.heading)}</h2>` : '';
    let html;
    switch (s.id) {
      case 'summary': html = `<p>${esc(s.text)}</p>`; break;
      case 'achievements': html = ul(s.items.map((t) => ({ text: t, sub: [] }))); break;
      case 'experience': html = s.entries.map((e) => (e.type === 'gap'
        ? `<div class="row top"><span><b>${esc(e.title)}</b></span><span>${esc(e.dates)}</span></div><p class="gap">${esc(e.text)}</p>`
        : e.roles.map((r, i) => `${i === 0 ? `<div class="row top"><span><b>${esc(e.name)}</b>${e.desc ? ` — <i class="desc">${esc(e.desc)}</i>` : ''}</span><span>${esc(e.location)}</span></div>` : ''}<div class="row"><span class="pos">${esc(r.title)}</span><span>${esc(r.dates)}</span></div>${ul(r.bullets)}`).join(''))).join(''); break;
      case 'earlier': html = s.items.map((e) => `<p class="line">${esc(e.title)}, ${esc(e.company)} (${esc(e.dates)})</p>`).join(''); break;
      case 'skills': html = s.groups.map((g) => `<p class="line"><b>${esc(g.label)}:</b> ${esc(g.items.join(', '))}</p>`).join(''); break;
      case 'education': html = s.items.map((e) => `<div class="row"><span><b>${esc(e.institution)}</b>${e.location ? `, ${esc(e.location)}` : ''} — ${esc(e.degree)}${e.score ? `, ${esc(e.score)}` : ''}</span><span>${esc(e.dates)}</span></div>`).join(''); break;
      case 'projects': html = s.items.map((p) => `<p class="line"><b>${esc(p.name)}:</b> ${esc(p.description)}${p.url ? ` ${esc(p.url)}` : ''}</p>`).join(''); break;
      case 'languages': html = `<p class="line">${s.items.map(esc).join(', ')}</p>`; break;
      default: html = s.items.map((t) => `<p class="line">${esc(t)}</p>`).join('');
    }
    body.push(`<section>${h}${html}</section>`);
  }
  const css = `@page { size: Letter; margin: 0.55in 0.6in; }
body { margin: 0; font-family: 'PT Serif', serif; font-size: 10pt; line-height: 1.3; color: #000; }
a { color: inherit; text-decoration: none; }
header { text-align: center; margin-bottom: 6pt; } h1 { font-size: 19pt; letter-spacing: 2pt; margin: 0; font-weight: 700; }
.label { font-size: 11pt; font-style: italic; margin: 1pt 0 3pt; } .contact { font-size: 9pt; }
h2 { font-size: 10.5pt; letter-spacing: 1pt; margin: 9pt 0 3pt; border-bottom: 1px solid #000; padding-bottom: 1pt; break-after: avoid; }
p { margin: 2pt 0; } .line { margin: 1.5pt 0; }
.row { display: flex; justify-content: space-between; gap: 10pt; break-after: avoid; } .row.top { margin-top: 5pt; } .row span:last-child { white-space: nowrap; }
.pos { font-style: italic; } .desc { font-weight: 400; color: #333; } .gap { font-style: italic; margin: 1pt 0 3pt; }
ul { margin: 1pt 0 2pt; padding-left: 16pt; list-style-type: '–  '; } ul.sub { list-style-type: '·  '; } li { margin: 0.5pt 0; }`;
  return doc(`${pl.name} Resume`, css, body.join('\n'));
}

export const HTML = { rightbar, cards, ats };
