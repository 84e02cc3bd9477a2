// Chromium HTML designs: html-smallcaps (serif, small-caps headings, right-aligned dates), html-timeline (left
// timeline of employers with nested roles) and html-boardbio (one-page board biography). Each lays out a plan from
// lib.mjs and prints nothing that is not in the plan (apart from page-header/footer text and decoration).
import { escXml as e } from './lib.mjs';

const head = (title, css) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title><style>${css}</style></head><body>`;

function contactHtml(c) {
  return c.href ? `<a href="${e(c.href)}">${e(c.text)}</a>` : e(c.text);
}

// ---------------------------------------------------------------- html-smallcaps
export function htmlSmallcaps(plan) {
  const { p, H, opts } = plan;
  const css = `
@page { size: Letter; margin: 0.7in 0.75in 0.7in 0.75in;
  @top-right { content: "${p.name} \\2014  Page " counter(page); font: italic 9pt 'EB Garamond'; color: #555; } }
@page :first { margin-top: 0.55in; @top-right { content: none; } }
body { font-family: 'EB Garamond', serif; font-size: 11.2pt; line-height: 1.28; color: #1d1d1d; margin: 0; }
a { color: inherit; text-decoration: none; }
.cred { font-size: 0.55em; letter-spacing: 0.02em; }
.name { text-align: center; font-size: 27pt; font-variant: small-caps; letter-spacing: 0.06em; margin: 0; font-weight: 500; }
.label { text-align: center; font-style: italic; font-size: 13pt; margin: 2px 0 4px; color: #6b1d1d; }
.contact { text-align: center; font-size: 10.5pt; }
.contact span + span::before { content: "  \\25C6  "; color: #6b1d1d; font-size: 7pt; vertical-align: 1px; white-space: pre; }
h2 { font-variant: small-caps; font-weight: 600; font-size: 14pt; letter-spacing: 0.08em; margin: 14px 0 6px; color: #6b1d1d;
  display: flex; align-items: center; gap: 10px; break-after: avoid; }
h2::after { content: ""; flex: 1; border-bottom: 0.6pt solid #6b1d1d; }
.summary { text-align: justify; margin: 0; }
.grid { display: grid; grid-template-columns: repeat(3, 1fr); column-gap: 14px; row-gap: 2px; margin: 0; padding: 0; list-style: none; }
.grid li::before { content: "\\25AA  "; color: #6b1d1d; }
ul.b { margin: 2px 0 0 0; padding-left: 18px; }
ul.b li { margin: 1px 0; }
ul.b li::marker { content: "\\2013  "; }
.emp { margin-top: 9px; break-inside: avoid-page; }
.row { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
.ename { font-weight: 700; font-size: 12pt; }
.desc { font-style: italic; color: #444; margin-top: -1px; }
.role { margin-top: 5px; }
.rtitle { font-weight: 600; font-style: italic; }
.dates { white-space: nowrap; font-variant-numeric: oldstyle-nums; }
.list { margin: 0; padding-left: 0; list-style: none; }
.list li { margin: 2px 0; }
`;
  const out = [head(p.name, css)];
  out.push(`<h1 class="name">${e(p.name)}${p.credentials ? `<span class="cred">, ${e(p.credentials)}</span>` : ''}</h1><div class="label">${e(p.label)}</div>`);
  out.push(`<div class="contact">${plan.contacts.map((c) => `<span>${contactHtml(c)}</span>`).join('')}</div>`);
  for (const k of opts.order) {
    out.push(`<h2>${e(H[k])}</h2>`);
    if (k === 'summary') out.push(`<p class="summary">${e(p.summary)}</p>`);
    else if (k === 'competencies') out.push(`<ul class="grid">${p.competencies.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    else if (k === 'highlights') out.push(`<ul class="b">${p.highlights.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    else if (k === 'experience') {
      for (const emp of plan.employers) {
        out.push(`<div class="emp"><div class="row"><span class="ename">${e(emp.name)}</span><span>${e(emp.location)}</span></div>`);
        out.push(`<div class="desc">${e(emp.desc)}</div></div>`);
        for (const r of emp.roles) {
          out.push(`<div class="role"><div class="row"><span class="rtitle">${e(r.title)}</span><span class="dates">${e(r.dates)}</span></div>`);
          out.push(`<ul class="b">${r.bullets.map((s) => `<li>${e(s)}</li>`).join('')}</ul></div>`);
        }
      }
    } else if (k === 'earlier') {
      out.push(`<ul class="list">${plan.earlier.map((r) => `<li class="row"><span><i>${e(r.title)}</i>, ${e(r.name)}</span><span class="dates">${e(r.dates)}</span></li>`).join('')}</ul>`);
    } else if (k === 'education') {
      out.push(`<ul class="list">${plan.education.map((x) => `<li class="row"><span><b>${e(x.studyType)}, ${e(x.area)}</b> \u2014 ${e(x.institution)}${x.score ? `, <i>${e(x.score)}</i>` : ''}</span><span class="dates">${e(x.year)}</span></li>`).join('')}</ul>`);
      if (!opts.order.includes('execEd')) out.push(`<ul class="list">${plan.execEd.map((x) => `<li class="row"><span>${e(x.program)} \u2014 ${e(x.institution)}</span><span class="dates">${e(x.yearText)}</span></li>`).join('')}</ul>`);
    } else if (k === 'execEd') {
      out.push(`<ul class="list">${plan.execEd.map((x) => `<li class="row"><span><b>${e(x.institution)}</b>: ${e(x.program)}</span><span class="dates">${e(x.yearText)}</span></li>`).join('')}</ul>`);
    } else {
      out.push(`<ul class="list">${p[k].map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}

// ---------------------------------------------------------------- html-timeline
const ICON = {
  phone: '<path d="M3 1h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L11 8.5l4 1.5v3a2 2 0 0 1-2 2A13 13 0 0 1 1 3a2 2 0 0 1 2-2z"/>',
  email: '<path d="M1 3h14v10H1z M1 3l7 6 7-6" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  location: '<path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  linkedin: '<path d="M1 1h14v14H1z M4 6v6 M4 4v0.5 M7 12V6 M7 8.5a2.5 2.5 0 0 1 5 0V12" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  github: '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M6 14v-3h4v3"/>',
};
const icon = (k) => `<svg class="ic" viewBox="0 0 16 16" width="10" height="10" fill="currentColor">${ICON[k] ?? ''}</svg>`;

export function htmlTimeline(plan) {
  const { p, H, opts } = plan;
  const accent = opts.accent ?? '#0f5c63';
  const css = `
@page { size: A4; margin: 16mm 15mm 15mm 15mm;
  @top-left { content: "${p.name}"; font: 600 8pt Lato; color: ${accent}; }
  @top-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Lato; color: #777; } }
@page :first { margin-top: 0; @top-left { content: none; } @top-right { content: none; } }
body { font-family: Lato, sans-serif; font-size: 9.6pt; line-height: 1.38; color: #222; margin: 0; }
a { color: inherit; text-decoration: none; }
.band { background: ${accent}; color: #fff; margin: 0 -15mm; padding: 13mm 15mm 8mm; }
.cred { font-size: 0.5em; font-weight: 400; }
.name { font-size: 25pt; font-weight: 900; margin: 0; letter-spacing: 0.01em; }
.label { font-size: 12pt; font-weight: 300; margin: 1px 0 8px; text-transform: uppercase; letter-spacing: 0.12em; }
.contact { display: flex; flex-wrap: wrap; gap: 4px 18px; font-size: 9pt; }
.ic { vertical-align: -1px; margin-right: 5px; }
h2 { font-size: 10.5pt; text-transform: uppercase; letter-spacing: 0.14em; color: ${accent}; margin: 14px 0 6px; font-weight: 900; break-after: avoid; }
.summary { margin: 0; }
.tags { display: flex; flex-wrap: wrap; gap: 5px; }
.tags span { border: 1px solid ${accent}; color: ${accent}; border-radius: 10px; padding: 1px 9px; font-size: 8.8pt; }
.hl { margin: 0; padding: 0; list-style: none; }
.hl li { padding-left: 16px; position: relative; margin: 2px 0; }
.hl li::before { content: "\\2714"; position: absolute; left: 0; color: ${accent}; }
.tl { position: relative; }
.emp { display: grid; grid-template-columns: 30mm 1fr; column-gap: 9mm; position: relative; padding-bottom: 8px; }
.emp::before { content: ""; position: absolute; left: calc(30mm + 4.5mm); top: 4px; bottom: -4px; border-left: 1.5px solid #c9d9da; }
.emp::after { content: ""; position: absolute; left: calc(30mm + 4.5mm - 4px); top: 4px; width: 7px; height: 7px; border-radius: 50%; background: ${accent}; }
.side { text-align: right; font-size: 8.6pt; color: #555; }
.span { font-weight: 700; color: ${accent}; font-size: 9.4pt; }
.ename { font-weight: 900; font-size: 11pt; }
.desc { font-style: italic; color: #555; }
.role { margin: 5px 0 0 0; padding-left: 9px; border-left: 2px solid #e3ecec; break-inside: avoid; }
.rt { font-weight: 700; }
.rd { color: #777; font-size: 8.6pt; }
ul.b { margin: 1px 0 0; padding-left: 13px; }
ul.b li::marker { content: "\\2022  "; color: ${accent}; }
.two { display: grid; grid-template-columns: 1fr 1fr; column-gap: 10mm; }
.list { margin: 0; padding: 0; list-style: none; }
.list li { margin: 2px 0; }
`;
  const out = [head(p.name, css)];
  out.push(`<div class="band"><h1 class="name">${e(p.name)}${p.credentials ? `<span class="cred">, ${e(p.credentials)}</span>` : ''}</h1><div class="label">${e(p.label)}</div>`);
  out.push(`<div class="contact">${plan.contacts.map((c) => `<span>${icon(c.kind)}${contactHtml(c)}</span>`).join('')}</div></div>`);
  for (const k of opts.order) {
    out.push(`<h2>${e(H[k])}</h2>`);
    if (k === 'summary') out.push(`<p class="summary">${e(p.summary)}</p>`);
    else if (k === 'competencies') out.push(`<div class="tags">${p.competencies.map((s) => `<span>${e(s)}</span>`).join('')}</div>`);
    else if (k === 'highlights') out.push(`<ul class="hl">${p.highlights.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    else if (k === 'experience') {
      out.push('<div class="tl">');
      for (const emp of plan.employers) {
        out.push(`<div class="emp"><div class="side"><div class="span">${e(emp.span)}</div><div>${e(emp.location)}</div></div><div>`);
        out.push(`<div class="ename">${e(emp.name)}</div><div class="desc">${e(emp.desc)}</div>`);
        for (const r of emp.roles) {
          out.push(`<div class="role"><div class="rt">${e(r.title)}</div><div class="rd">${e(r.dates)}</div>`);
          out.push(`<ul class="b">${r.bullets.map((s) => `<li>${e(s)}</li>`).join('')}</ul></div>`);
        }
        out.push('</div></div>');
      }
      out.push('</div>');
    } else if (k === 'earlier') {
      out.push(`<ul class="list">${plan.earlier.map((r) => `<li><b>${e(r.name)}</b> \u00b7 ${e(r.title)} \u00b7 ${e(r.dates)}</li>`).join('')}</ul>`);
    } else if (k === 'education') {
      out.push(`<ul class="list">${plan.education.map((x) => `<li><b>${e(x.studyType)} in ${e(x.area)}</b>, ${e(x.institution)}, ${e(x.year)}${x.score ? ` (${e(x.score)})` : ''}</li>`).join('')}`);
      out.push(`${plan.execEd.map((x) => `<li><b>${e(x.program)}</b>, ${e(x.institution)}, ${e(x.yearText)}</li>`).join('')}</ul>`);
    } else {
      out.push(`<ul class="list">${p[k].map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}

// ---------------------------------------------------------------- html-boardbio (one page)
export function htmlBoardbio(plan) {
  const { p, H, opts } = plan;
  const accent = opts.accent ?? '#5a4a1e';
  const css = `
@page { size: Letter; margin: 0.6in 0.65in; }
body { font-family: 'Linux Libertine O', 'Libertinus Serif', serif; font-size: 11pt; line-height: 1.36; color: #222; margin: 0; }
a { color: ${accent}; text-decoration: underline; }
.top { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid ${accent}; padding-bottom: 8px; }
.cred { font-size: 0.5em; }
.name { font-size: 26pt; margin: 0; font-weight: 400; letter-spacing: 0.02em; }
.label { font-size: 12pt; color: ${accent}; font-family: 'Linux Biolinum O', sans-serif; text-transform: uppercase; letter-spacing: 0.1em; }
.contact { text-align: right; font-family: 'Linux Biolinum O', sans-serif; font-size: 9.4pt; line-height: 1.45; }
h2 { font-family: 'Linux Biolinum O', sans-serif; font-size: 10pt; text-transform: uppercase; letter-spacing: 0.16em; color: ${accent}; margin: 14px 0 5px; font-weight: 700; }
.bio { text-align: justify; margin: 0; font-size: 11pt; }
.cols { display: grid; grid-template-columns: 1.55fr 1fr; column-gap: 0.35in; }
.side { border-left: 1px solid #d8d0bc; padding-left: 0.25in; }
.job { display: grid; grid-template-columns: 1fr auto; margin: 3px 0; }
.job .t { font-weight: 700; }
.job .c { grid-column: 1; font-style: italic; }
.job .y { grid-row: 1; grid-column: 2; font-family: 'Linux Biolinum O', sans-serif; font-size: 9.4pt; color: #555; }
.list { margin: 0; padding: 0; list-style: none; }
.list li { margin: 3px 0; }
.chips li { display: inline; }
.chips li + li::before { content: " \\00b7 "; color: ${accent}; }
`;
  const out = [head(p.name, css)];
  out.push(`<div class="top"><div><h1 class="name">${e(p.name)}${p.credentials ? `<span class="cred">, ${e(p.credentials)}</span>` : ''}</h1><div class="label">${e(p.label)}</div></div>`);
  out.push(`<div class="contact">${plan.contacts.map((c) => `<div>${contactHtml(c)}</div>`).join('')}</div></div>`);
  const block = (k) => {
    const o = [`<h2>${e(H[k])}</h2>`];
    if (k === 'summary') o.push(`<p class="bio">${e(p.summary)}</p>`);
    else if (k === 'experience') {
      for (const emp of plan.employers) for (const r of emp.roles) o.push(`<div class="job"><span class="t">${e(r.title)}</span><span class="y">${e(r.dates)}</span><span class="c">${e(emp.name)}</span></div>`);
      for (const r of plan.earlier) o.push(`<div class="job"><span class="t">${e(r.title)}</span><span class="y">${e(r.dates)}</span><span class="c">${e(r.name)}</span></div>`);
    } else if (k === 'education') {
      o.push(`<ul class="list">${plan.education.map((x) => `<li>${e(x.studyType)}, ${e(x.area)}, <i>${e(x.institution)}</i>, ${e(x.year)}</li>`).join('')}`);
      o.push(`${plan.execEd.map((x) => `<li>${e(x.program)}, <i>${e(x.institution)}</i>, ${e(x.yearText)}</li>`).join('')}</ul>`);
    } else if (k === 'competencies') o.push(`<ul class="list chips">${p.competencies.map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    else o.push(`<ul class="list">${p[k].map((s) => `<li>${e(s)}</li>`).join('')}</ul>`);
    return o.join('');
  };
  const [first, ...rest] = opts.order; // summary full width, then left column kinds, then right column kinds
  out.push(block(first));
  const left = rest.filter((k) => opts.left.includes(k));
  const right = rest.filter((k) => !opts.left.includes(k));
  out.push(`<div class="cols"><div>${left.map(block).join('')}</div><div class="side">${right.map(block).join('')}</div></div>`);
  out.push('</body></html>');
  return out.join('\n');
}
