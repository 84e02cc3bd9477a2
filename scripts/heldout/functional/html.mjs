// Three HTML/CSS designs printed to PDF by headless Chromium, written from scratch for this batch.
//   gdocs:  Google-Docs-like export (Arimo 11pt, Title/Heading styles, "●" glyph bullets, bold sub-headings,
//           "Position, Company — City" with a right-floated date, one "Career Break" line inside the history)
//   soq:    hybrid: centred letter-spaced name, "|" contact line, "Summary of Qualifications" bullets, a keyword
//           grid of competencies, title-first roles "Position | Company, City" with bullets for recent roles only
//   twocol: two columns: shaded LEFT skills column (SVG-icon contacts, tag groups, education, certificates) and a main
//           column (name, profile, grouped accomplishments, one-line employment rows, volunteer work)

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const doc = (title, css, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${css}</style></head><body>${body}</body></html>\n`;
const a = (c, inner) => (c.href ? `<a href="${esc(c.href)}">${inner}</a>` : inner);
const li = (items) => items.map((t) => `<li>${esc(t)}</li>`).join('');

// ---------------------------------------------------------------- gdocs
function gdocs(pl, D) {
  const A = D.accent ?? '#2a6f73';
  const out = [];
  out.push(`<p class="title">${esc(pl.name)}</p>`);
  if (pl.label) out.push(`<p class="subtitle">${esc(pl.label)}</p>`);
  out.push(`<p class="contact">${pl.contacts.map((c) => a(c, esc(c.text))).join('<span class="sep"> • </span>')}</p>`);
  for (const s of pl.sections) {
    out.push(`<h2>${esc(s.heading)}</h2>`);
    if (s.kind === 'summary') out.push(`<p>${esc(s.text)}</p>`);
    else if (s.kind === 'quals') out.push(`<ul>${li(s.items)}</ul>`);
    else if (s.kind === 'groups') for (const g of s.groups) out.push(`<h3>${esc(g.title)}</h3><ul>${li(g.bullets)}</ul>`);
    else if (s.kind === 'skills') out.push(s.rows.map((r) => `<p class="row"><b>${esc(r.label)}:</b> ${esc(r.items.join(', '))}</p>`).join(''));
    else if (s.kind === 'work') {
      s.roles.forEach((r, i) => {
        if (s.brk && s.brk.before === i) out.push(`<p class="entry"><span class="d">${esc(s.brk.dates)}</span><b>${esc(s.brk.title)}</b> — ${esc(s.brk.text)}</p>`);
        out.push(`<p class="entry"><span class="d">${esc(r.dates)}</span><b>${esc(r.position)}</b>, ${esc(r.name)}${r.location ? ` — ${esc(r.location)}` : ''}</p>`);
        if (r.highlights.length) out.push(`<ul>${li(r.highlights)}</ul>`);
      });
    } else if (s.kind === 'projects') {
      for (const p of s.items) {
        out.push(`<p class="entry">${p.dates ? `<span class="d">${esc(p.dates)}</span>` : ''}<b>${esc(p.name)}</b> | <i>${esc(p.stack.join(', '))}</i>${p.repo ? ` | <a href="https://${esc(p.repo)}">${esc(p.repo)}</a>` : ''}</p><ul>${li(p.highlights)}</ul>`);
      }
    } else if (s.kind === 'volunteer') {
      for (const v of s.items) out.push(`<p class="entry"><span class="d">${esc(v.dates)}</span><b>${esc(v.position)}</b>, ${esc(v.name)}</p><ul>${li(v.highlights)}</ul>`);
    } else if (s.kind === 'break') out.push(`<p class="entry"><span class="d">${esc(s.dates)}</span>${esc(s.text)}</p>`);
    else if (s.kind === 'education') {
      for (const e of s.items) out.push(`<p class="entry"><span class="d">${esc(e.dates)}</span><b>${esc(e.institution)}</b>${e.location ? `, ${esc(e.location)}` : ''} — ${esc(e.degree)}${e.score ? `, GPA ${esc(e.score)}` : ''}</p>`);
      if (s.certs.length) out.push(`<ul>${s.certs.map((c) => `<li>${esc(c.name)}, ${esc(c.issuer)}, ${esc(c.year)}</li>`).join('')}</ul>`);
    } else if (s.kind === 'certs') out.push(`<ul>${li(s.items.map((c) => c.line))}</ul>`);
  }
  const css = `@page { size: Letter; margin: 0.6in 0.75in; }
body { margin: 0; font-family: Arimo, Arial, sans-serif; font-size: 10.5pt; line-height: 1.22; color: #000; }
a { color: #1155cc; text-decoration: underline; }
p { margin: 0 0 3pt; }
.title { font-size: 24pt; margin: 0; }
.subtitle { font-size: 13pt; color: #666; margin: 0 0 4pt; }
.contact { font-size: 9.5pt; margin-bottom: 6pt; } .sep { color: #999; }
h2 { font-size: 13pt; font-weight: 400; color: ${A}; margin: 12pt 0 4pt; break-after: avoid; }
h3 { font-size: 11pt; font-weight: 700; margin: 6pt 0 2pt; break-after: avoid; }
ul { margin: 0 0 4pt; padding-left: 26pt; list-style-type: '●  '; } li { margin: 0 0 1.5pt; padding-left: 2pt; } li::marker { font-size: 8pt; }
.entry { margin-top: 5pt; } .d { float: right; margin-left: 12pt; }
.row { margin: 0 0 2pt; }`;
  return doc(pl.name, css, out.join('\n'));
}

// ---------------------------------------------------------------- soq (hybrid)
function soq(pl, D) {
  const A = D.accent ?? '#6b2d3c';
  const out = [];
  out.push(`<header><h1>${esc(pl.name)}</h1>${pl.label ? `<div class="label">${esc(pl.label)}</div>` : ''}<div class="contact">${pl.contacts.map((c) => a(c, esc(c.text))).join('  |  ')}</div></header>`);
  for (const s of pl.sections) {
    const body = [];
    if (s.kind === 'summary') body.push(`<p>${esc(s.text)}</p>`);
    else if (s.kind === 'quals') body.push(`<ul class="q">${li(s.items)}</ul>`);
    else if (s.kind === 'groups') for (const g of s.groups) body.push(`<div class="grp"><span class="gt">${esc(g.title)}</span><ul>${li(g.bullets)}</ul></div>`);
    else if (s.kind === 'skills') body.push(`<div class="grid">${s.rows.flatMap((r) => r.items).map((t) => `<span>${esc(t)}</span>`).join('')}</div>`);
    else if (s.kind === 'work') {
      s.roles.forEach((r, i) => {
        if (s.brk && s.brk.before === i) body.push(`<div class="role"><div class="rh"><span><b>${esc(s.brk.title)}</b></span><span>${esc(s.brk.dates)}</span></div><p class="note">${esc(s.brk.text)}</p></div>`);
        body.push(`<div class="role${r.highlights.length ? '' : ' one'}"><div class="rh"><span><b>${esc(r.position)}</b> | ${esc(r.name)}${r.location ? `, ${esc(r.location)}` : ''}</span><span>${esc(r.dates)}</span></div>${r.highlights.length ? `<ul>${li(r.highlights)}</ul>` : ''}</div>`);
      });
    } else if (s.kind === 'projects') {
      for (const p of s.items) body.push(`<div class="role"><div class="rh"><span><b>${esc(p.name)}</b> — ${esc(p.stack.join(' · '))}</span><span>${esc(p.dates ?? '')}</span></div>${p.repo ? `<div class="repo">${esc(p.repo)}</div>` : ''}<ul>${li(p.highlights)}</ul></div>`);
    } else if (s.kind === 'volunteer') {
      for (const v of s.items) body.push(`<div class="role"><div class="rh"><span><b>${esc(v.position)}</b> | ${esc(v.name)}</span><span>${esc(v.dates)}</span></div><ul>${li(v.highlights)}</ul></div>`);
    } else if (s.kind === 'break') body.push(`<div class="role"><div class="rh"><span>${esc(s.text)}</span><span>${esc(s.dates)}</span></div></div>`);
    else if (s.kind === 'education') {
      for (const e of s.items) body.push(`<div class="role one"><div class="rh"><span><b>${esc(e.degree)}</b>, ${esc(e.institution)}${e.location ? `, ${esc(e.location)}` : ''}${e.score ? ` (GPA: ${esc(e.score)})` : ''}</span><span>${esc(e.dates)}</span></div></div>`);
      for (const c of s.certs) body.push(`<div class="role one"><div class="rh"><span><b>${esc(c.name)}</b>, ${esc(c.issuer)}</span><span>${esc(c.year)}</span></div></div>`);
    } else if (s.kind === 'certs') body.push(`<ul class="c">${li(s.items.map((c) => c.line))}</ul>`);
    out.push(`<section><h2>${esc(s.heading)}</h2>${body.join('')}</section>`);
  }
  const css = `@page { size: Letter; margin: 0.55in 0.7in; }
body { margin: 0; font-family: 'PT Serif', serif; font-size: 10pt; line-height: 1.3; color: #1d1d1d; }
a { color: inherit; text-decoration: none; }
header { text-align: center; margin-bottom: 8pt; }
h1 { font-size: 20pt; margin: 0; letter-spacing: 3pt; font-weight: 700; text-transform: uppercase; color: ${A}; }
.label { font-size: 11pt; font-style: italic; margin: 2pt 0; }
.contact { font-size: 9pt; white-space: pre; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.2pt; color: ${A}; border-bottom: 1.2pt solid ${A}; margin: 11pt 0 5pt; padding-bottom: 1pt; break-after: avoid; }
p { margin: 0 0 3pt; }
ul { margin: 1pt 0 3pt; padding-left: 16pt; list-style-type: '■  '; } li::marker { color: ${A}; font-size: 7pt; } li { margin: 0 0 1.5pt; }
ul.q { columns: 1; }
.grp { margin: 0 0 3pt; } .gt { font-weight: 700; font-style: italic; display: block; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); gap: 2pt 12pt; } .grid span::before { content: '✓ '; color: ${A}; }
.role { margin: 0 0 5pt; } .role.one { margin-bottom: 2pt; }
.rh { display: flex; justify-content: space-between; gap: 10pt; } .rh span:last-child { white-space: nowrap; }
.note, .repo { margin: 0; font-style: italic; font-size: 9.2pt; }`;
  return doc(pl.name, css, out.join('\n'));
}

// ---------------------------------------------------------------- twocol
const svg = (body) => `<svg class="ic" viewBox="0 0 24 24" width="11" height="11" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
const ICONS = {
  email: svg('<rect x="3" y="5" width="18" height="14" rx="2"/><polyline points="3 7 12 13 21 7"/>'),
  phone: svg('<path d="M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z"/>'),
  location: svg('<path d="M12 22s7-7.5 7-13a7 7 0 0 0-14 0c0 5.5 7 13 7 13z"/><circle cx="12" cy="9" r="2.5"/>'),
  portfolio: svg('<circle cx="12" cy="12" r="9"/><ellipse cx="12" cy="12" rx="4" ry="9"/><line x1="3" y1="12" x2="21" y2="12"/>'),
  github: svg('<polyline points="8 6 2 12 8 18"/><polyline points="16 6 22 12 16 18"/>'),
  linkedin: svg('<rect x="3" y="3" width="18" height="18" rx="3"/><line x1="8" y1="11" x2="8" y2="17"/><path d="M12 17v-6m0 2.5a2.5 2.5 0 0 1 5 0V17"/>'),
};
export const SIDE = ['skills', 'education', 'certs'];
function twocol(pl, D) {
  const A = D.accent ?? '#3b5b92';
  const side = [], main = [];
  side.push(`<div class="contact">${pl.contacts.map((c) => `<div class="ci">${ICONS[c.kind] ?? ''}<span>${a(c, esc(c.text))}</span></div>`).join('')}</div>`);
  for (const s of pl.sections) {
    const body = [];
    if (s.kind === 'summary') body.push(`<p>${esc(s.text)}</p>`);
    else if (s.kind === 'quals') body.push(`<ul>${li(s.items)}</ul>`);
    else if (s.kind === 'groups') for (const g of s.groups) body.push(`<h3>${esc(g.title)}</h3><ul>${li(g.bullets)}</ul>`);
    else if (s.kind === 'skills') body.push(s.rows.map((r) => `<div class="sl">${esc(r.label)}</div><div class="tags">${r.items.map((t) => `<span>${esc(t)}</span>`).join(' ')}</div>`).join(''));
    else if (s.kind === 'work') {
      s.roles.forEach((r, i) => {
        if (s.brk && s.brk.before === i) body.push(`<div class="row"><span><b>${esc(s.brk.title)}</b> · ${esc(s.brk.text)}</span><span class="d">${esc(s.brk.dates)}</span></div>`);
        body.push(`<div class="row"><span><b>${esc(r.position)}</b> · ${esc(r.name)}${r.location ? ` · ${esc(r.location)}` : ''}</span><span class="d">${esc(r.dates)}</span></div>${r.highlights.length ? `<ul>${li(r.highlights)}</ul>` : ''}`);
      });
    } else if (s.kind === 'projects') {
      for (const p of s.items) body.push(`<div class="row"><span><b>${esc(p.name)}</b> · <i>${esc(p.stack.join(', '))}</i></span><span class="d">${esc(p.dates ?? '')}</span></div>${p.repo ? `<div class="repo">${esc(p.repo)}</div>` : ''}<ul>${li(p.highlights)}</ul>`);
    } else if (s.kind === 'volunteer') {
      for (const v of s.items) body.push(`<div class="row"><span><b>${esc(v.position)}</b> · ${esc(v.name)}</span><span class="d">${esc(v.dates)}</span></div><ul>${li(v.highlights)}</ul>`);
    } else if (s.kind === 'break') body.push(`<div class="row"><span>${esc(s.text)}</span><span class="d">${esc(s.dates)}</span></div>`);
    else if (s.kind === 'education') {
      for (const e of s.items) body.push(`<div class="edu"><b>${esc(e.degree)}</b><div>${esc(e.institution)}</div><div class="d">${esc(e.dates)}${e.location ? ` · ${esc(e.location)}` : ''}</div>${e.score ? `<div>GPA ${esc(e.score)}</div>` : ''}</div>`);
      for (const c of s.certs) body.push(`<div class="edu"><b>${esc(c.name)}</b><div>${esc(c.issuer)} · ${esc(c.year)}</div></div>`);
    } else if (s.kind === 'certs') body.push(s.items.map((c) => `<div class="edu"><b>${esc(c.name)}</b><div>${esc(c.issuer)}, ${esc(c.year)}</div></div>`).join(''));
    (SIDE.includes(s.kind) ? side : main).push(`<section><h2>${esc(s.heading)}</h2>${body.join('')}</section>`);
  }
  const css = `@page { size: A4; margin: 0; }
body { margin: 0; font-family: Lato, sans-serif; font-size: 9.4pt; line-height: 1.35; color: #222; }
a { color: inherit; text-decoration: none; }
.page { display: grid; grid-template-columns: 64mm 1fr; min-height: 297mm; }
aside { background: #eef1f6; padding: 14mm 6mm 10mm 9mm; font-size: 8.8pt; }
main { padding: 12mm 12mm 10mm 8mm; }
h1 { font-size: 24pt; margin: 0; color: ${A}; font-weight: 900; } .label { font-size: 12pt; letter-spacing: 1pt; text-transform: uppercase; color: #555; margin-bottom: 6pt; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 1.5pt; color: ${A}; margin: 12pt 0 5pt; break-after: avoid; }
aside h2 { border-bottom: 1px solid ${A}; padding-bottom: 2pt; }
h3 { font-size: 9.6pt; margin: 6pt 0 1pt; color: #333; break-after: avoid; }
p { margin: 0 0 3pt; }
ul { margin: 1pt 0 4pt; padding-left: 13pt; list-style-type: '–  '; } li { margin: 0 0 1.5pt; }
.ci { display: flex; gap: 5pt; align-items: center; margin: 3pt 0; word-break: break-all; } .ic { flex: none; color: ${A}; }
.sl { font-weight: 700; margin: 5pt 0 2pt; } .tags span { display: inline-block; border: 0.8pt solid #b8c2d6; border-radius: 8pt; padding: 0 5pt; margin: 0 1pt 3pt 0; background: #fff; }
.edu { margin: 0 0 6pt; } .d { color: #666; white-space: nowrap; }
.row { display: flex; justify-content: space-between; gap: 8pt; margin: 3pt 0 1pt; }
.repo { font-size: 8.6pt; color: #555; }`;
  const body = `<div class="page"><aside>${side.join('')}</aside><main><h1>${esc(pl.name)}</h1>${pl.label ? `<div class="label">${esc(pl.label)}</div>` : ''}${main.join('')}</main></div>`;
  return doc(pl.name, css, body);
}

export const HTML = { gdocs, soq, twocol };
