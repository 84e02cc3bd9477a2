// HTML renderer for Chromium (--print-to-pdf) and, with D.lo, plain HTML that LibreOffice imports into DOCX.
// Chromium cases use CSS @page margin boxes for a running header "Name … Page N of M" on pages 2+.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const hr = (rs) => rs.map((r) => {
  let t = esc(r.text);
  if (r.i) t = `<i>${t}</i>`;
  if (r.b) t = `<b>${t}</b>`;
  return t;
}).join('');

export function toHtml(plan, D) {
  const C = D.html;
  const lo = !!D.lo;
  const out = [];
  const gutter = D.entry === 'gutter';
  let head = [];
  const ul = (items, nested = false) => `<ul${nested ? ' class="sub"' : ''}>${items.map((it) => `<li>${hr(it.runs ?? it)}${it.sub?.length ? ul(it.sub.map((s) => ({ runs: s })), true) : ''}</li>`).join('')}</ul>`;
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'name': head.push(`<h1>${esc(b.text)}</h1>`); break;
      case 'label': head.push(`<div class="label">${esc(b.text)}</div>`); break;
      case 'contact': head.push(`<div class="contact">${b.parts.map(esc).join(esc(b.sep))}</div>`); out.push(`<header>${head.join('')}</header>`); break;
      case 'h': out.push(`<h2>${esc(b.text)}</h2>`); break;
      case 'p': out.push(`<p>${hr(b.runs)}</p>`); break;
      case 'row':
        out.push(lo
          ? `<table class="row ${b.kind}" width="100%" cellpadding="0" cellspacing="0"><tr><td align="left">${hr(b.left)}</td><td align="right">${hr(b.right)}</td></tr></table>`
          : `<div class="row ${b.kind}"><span class="l">${hr(b.left)}</span><span class="r">${hr(b.right)}</span></div>`);
        break;
      case 'gutter':
        out.push(lo
          ? `<table class="gut" width="100%" cellpadding="0" cellspacing="0"><tr><td width="20%" valign="top">${esc(b.date)}</td><td valign="top">${hr(b.runs)}</td></tr></table>`
          : `<div class="gut"><span class="d">${esc(b.date)}</span><span class="t">${hr(b.runs)}</span></div>`);
        break;
      case 'ul': out.push(ul(b.items)); break;
      case 'ol': out.push(`<ol>${b.items.map((it) => `<li>${hr(it)}</li>`).join('')}</ol>`); break;
      case 'lines': out.push(`<div class="lines">${b.items.map((it) => `<p class="line">${hr(it)}</p>`).join('')}</div>`); break;
      case 'grid': {
        if (lo) {
          const rows = [];
          for (let i = 0; i < b.items.length; i += b.cols) rows.push(b.items.slice(i, i + b.cols));
          out.push(`<table class="grid" width="100%">${rows.map((r) => `<tr>${r.map((x) => `<td>• ${esc(x)}</td>`).join('')}</tr>`).join('')}</table>`);
        } else out.push(`<div class="grid" style="grid-template-columns:repeat(${b.cols},1fr)">${b.items.map((x) => `<div>${esc(x)}</div>`).join('')}</div>`);
        break;
      }
      case 'kv': out.push(b.rows.map(([l, v]) => `<p class="kv"><b>${esc(l)}:</b> ${esc(v)}</p>`).join('')); break;
      default: throw new Error(b.t);
    }
  }
  const name = plan.key.basics.name;
  const page = lo ? '' : `@page { size: ${C.paper ?? 'A4'}; margin: ${C.margin ?? '18mm 17mm 18mm 17mm'};
  @top-left { content: "${name}"; font: ${C.runFont ?? '8.5pt sans-serif'}; color: #555; }
  @top-right { content: "Page " counter(page) " of " counter(pages); font: ${C.runFont ?? '8.5pt sans-serif'}; color: #555; }
  ${C.footer ? `@bottom-center { content: "${C.footer}"; font: ${C.runFont ?? '8pt sans-serif'}; color: #777; }` : ''} }
@page :first { @top-left { content: none; } @top-right { content: none; } }`;
  const css = lo ? (C.loCss ?? '') : `${page}
body { margin: 0; font-family: ${C.font}; font-size: ${C.size ?? '10pt'}; line-height: ${C.lh ?? 1.32}; color: #1a1a1a; }
h1 { margin: 0; font-size: 24pt; } .label { font-size: 12.5pt; margin-top: 2pt; } .contact { font-size: 9pt; margin: 4pt 0 6pt; }
.row { display: flex; justify-content: space-between; gap: 12pt; } .row.employer { margin-top: 6pt; break-after: avoid; } .row.sub { break-after: avoid; }
ul { margin: 2pt 0 3pt; padding-left: ${gutter ? '1.65in' : '15pt'}; } ul.sub { padding-left: 15pt; list-style-type: circle; } li { margin: 1pt 0; }
.gut { display: grid; grid-template-columns: 1.5in 1fr; margin-top: 5pt; break-after: avoid; } .gut .d { white-space: nowrap; font-size: 9pt; color: #444; padding-top: 1pt; }
.grid { display: grid; gap: 2pt 10pt; } .grid div::before { content: "▪ "; color: ${C.accent ?? '#333'}; }
p { margin: 2pt 0; } .line { margin: 1pt 0; } .kv { margin: 1pt 0; } ol { margin: 2pt 0; padding-left: 22pt; } ol li { margin: 2pt 0; }
${C.css ?? ''}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(name)} – Résumé</title><style>${css}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
}
