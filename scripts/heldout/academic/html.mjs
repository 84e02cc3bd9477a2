// HTML renderer for the one-page research-engineer resume (Chromium --print-to-pdf, Inter, US Letter).
// Contact icons are inline SVG paths, so they add nothing to the text layer; bullets come from CSS ::before.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hr = (rs) => rs.map((r) => {
  let t = esc(r.text);
  if (r.i) t = `<i>${t}</i>`;
  if (r.b) t = `<b>${t}</b>`;
  return t;
}).join('');

const ICON = {
  mail: '<path d="M2 4h20v16H2z M2 4l10 8 10-8" fill="none" stroke="currentColor" stroke-width="2"/>',
  phone: '<path d="M6 2h5l2 5-3 2a12 12 0 0 0 5 5l2-3 5 2v5a2 2 0 0 1-2 2A19 19 0 0 1 4 4a2 2 0 0 1 2-2z" fill="currentColor"/>',
  pin: '<path d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z" fill="currentColor"/>',
  web: '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18" fill="none" stroke="currentColor" stroke-width="1.6"/>',
  github: '<path d="M12 2a10 10 0 0 0-3 19.5c.5 0 .7-.2.7-.5v-2c-2.8.6-3.4-1.2-3.4-1.2-.5-1.2-1.1-1.5-1.1-1.5-.9-.6.1-.6.1-.6 1 .1 1.5 1 1.5 1 .9 1.5 2.4 1.1 3 .8.1-.6.3-1.1.6-1.3-2.2-.3-4.6-1.1-4.6-5 0-1.1.4-2 1-2.7-.1-.3-.4-1.3.1-2.7 0 0 .8-.3 2.8 1a9.6 9.6 0 0 1 5 0c2-1.3 2.8-1 2.8-1 .5 1.4.2 2.4.1 2.7.6.7 1 1.6 1 2.7 0 3.9-2.4 4.7-4.6 5 .4.3.7.9.7 1.8v2.7c0 .3.2.6.7.5A10 10 0 0 0 12 2z" fill="currentColor"/>',
  linkedin: '<rect x="2" y="2" width="20" height="20" rx="3" fill="currentColor"/><path d="M6 10h3v8H6zM7.5 5.5a1.7 1.7 0 1 1 0 3.4 1.7 1.7 0 0 1 0-3.4zM11 10h3v1.2c.5-.8 1.5-1.4 2.8-1.4 2.4 0 3.2 1.5 3.2 4V18h-3v-3.6c0-1-.2-2-1.4-2s-1.6.9-1.6 2V18h-3z" fill="#fff"/>',
  scholar: '<path d="M12 3 1 10l11 7 11-7zM6 13v4c2 2 10 2 12 0v-4l-6 4z" fill="currentColor"/>',
  orcid: '<circle cx="12" cy="12" r="10" fill="currentColor"/><path d="M8 9v8M8 6.5v.5M11 8h3a4.5 4.5 0 0 1 0 9h-3z" stroke="#fff" stroke-width="1.8" fill="none"/>',
};
const icon = (k) => `<svg class="ic" viewBox="0 0 24 24" aria-hidden="true">${ICON[k] ?? ''}</svg>`;

const CSS = `@page { size: Letter; margin: 0.45in 0.55in 0.45in 0.55in; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Inter, sans-serif; font-size: 8.9pt; line-height: 1.3; color: #1f2933; }
header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2px solid #1d4e89; padding-bottom: 6pt; }
h1 { margin: 0; font-size: 24pt; font-weight: 700; letter-spacing: -0.01em; color: #102a43; }
.title { font-size: 11.5pt; color: #1d4e89; margin-top: 2pt; font-weight: 500; }
.contact { text-align: right; font-size: 8.4pt; line-height: 1.45; }
.contact a { color: inherit; text-decoration: none; }
.ic { width: 8.5pt; height: 8.5pt; vertical-align: -1pt; margin-right: 3pt; color: #1d4e89; }
h2 { font-size: 9.5pt; text-transform: uppercase; letter-spacing: 0.09em; color: #1d4e89; margin: 9pt 0 3pt; padding-bottom: 1.5pt; border-bottom: 0.6pt solid #bcccdc; }
p { margin: 0 0 2pt; }
.entry { margin: 0 0 4.5pt; break-inside: avoid; }
.row { display: flex; justify-content: space-between; gap: 10pt; }
.row .r { white-space: nowrap; color: #486581; font-size: 8.4pt; }
.row.sub .l { color: #52606d; }
.note { color: #52606d; font-size: 8.4pt; }
ul { list-style: none; margin: 1.5pt 0 0; padding: 0 0 0 11pt; }
li { margin: 0.8pt 0; position: relative; }
li::before { content: "▸"; position: absolute; left: -10pt; color: #1d4e89; }
.pub { padding-left: 12pt; text-indent: -12pt; margin: 0 0 2.5pt; }
.line { display: flex; justify-content: space-between; margin: 0 0 1.5pt; }
.skrow { margin: 0 0 3pt; } .skrow .lab { font-weight: 600; margin-right: 4pt; }
.chip { display: inline-block; border: 0.7pt solid #9fb3c8; border-radius: 7pt; padding: 0 5pt; margin: 0 2pt 2pt 0; font-size: 8.3pt; background: #f0f4f8; }
`;

export function toHtml(plan) {
  const out = [];
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'header':
        out.push(`<header><div><h1>${esc(b.name)}</h1>${b.label ? `<div class="title">${esc(b.label)}</div>` : ''}</div><div class="contact">${b.lines.map((l) => `<div>${l.map((it) => `${icon(it.icon)}${it.pre ? esc(it.pre) : ''}${it.href ? `<a href="${esc(it.href)}">${esc(it.text)}</a>` : esc(it.text)}`).join(' &nbsp; ')}</div>`).join('')}</div></header>`);
        break;
      case 'h': out.push(`<h2>${esc(b.text)}</h2>`); break;
      case 'sub': out.push(`<div class="note"><i>${esc(b.text)}</i></div>`); break;
      case 'p': out.push(`<p>${hr(b.runs)}</p>`); break;
      case 'entry':
        out.push(`<div class="entry">${b.rows.map((r) => `<div class="row ${r.k}"><span class="l">${hr(r.l)}</span>${r.r ? `<span class="r">${esc(r.r)}</span>` : ''}</div>`).join('')}` +
          `${b.notes.map((n) => `<div class="note">${hr(n)}</div>`).join('')}${b.bullets.length ? `<ul>${b.bullets.map((x) => `<li>${hr(x)}</li>`).join('')}</ul>` : ''}</div>`);
        break;
      case 'pubs': out.push(b.items.map((it) => `<p class="pub">${it.label ? `${esc(it.label)} ` : ''}${hr(it.runs)}</p>`).join('')); break;
      case 'lines': out.push(b.items.map((x) => `<div class="line"><span>${hr(x.l)}</span>${x.r ? `<span>${esc(x.r)}</span>` : ''}</div>`).join('')); break;
      case 'skills':
        out.push(b.rows.map((r) => `<div class="skrow"><span class="lab">${esc(r.label)}</span>${r.items.map((x) => `<span class="chip">${esc(x)}</span>`).join(' ')}</div>`).join(''));
        break;
      default: throw new Error(b.t);
    }
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(plan.key.basics.name)} – Resume</title><style>${CSS}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
}
