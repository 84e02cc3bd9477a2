// Blocks → HTML in the shape of Google Docs' own HTML/PDF export: every paragraph is a <p class="cN"> holding
// <span class="cM"> runs, classes are generated per distinct style, lists are <ul class="lst-kix_…"> whose "●"
// marker is CSS ::before content with a hanging indent, layout tables have 0pt borders, spacer paragraphs are
// empty <p>s. Chromium prints it to PDF (Google's PDF export is also drawn by Skia).
import { runStyle, paraStyle } from './lib.mjs';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Google font names → the installed face Chromium should use (fallback chain keeps the Google name first).
const FALLBACK = {
  'Playfair Display': '"Playfair Display","Linux Libertine Display O","PT Serif",serif',
  Merriweather: 'Merriweather,"PT Serif",serif',
  'Open Sans': '"Open Sans",sans-serif',
  Raleway: 'Raleway,"Lato",sans-serif',
  Lato: 'Lato,sans-serif',
  'Source Code Pro': '"Source Code Pro","JetBrains Mono","PT Mono",monospace',
  Roboto: 'Roboto,sans-serif',
  Arial: 'Arial,"Liberation Sans",Arimo,sans-serif',
};

export function renderHtml(D, { title }) {
  const classes = new Map();
  const cls = (css) => { if (!classes.has(css)) classes.set(css, `c${classes.size}`); return classes.get(css); };
  const runCss = (s) => [
    `font-family:${FALLBACK[s.font] ?? s.font}`, `font-size:${s.size}pt`, `color:#${(s.color ?? '000000').toLowerCase()}`,
    `font-weight:${s.b ? 700 : 400}`, `font-style:${s.i ? 'italic' : 'normal'}`, `text-decoration:${s.u ? 'underline' : 'none'}`,
    s.caps ? 'text-transform:uppercase' : '', s.smallCaps ? 'font-variant:small-caps' : '', s.letter ? `letter-spacing:${s.letter}pt` : '',
    'vertical-align:baseline',
  ].filter(Boolean).join(';');
  const paraCss = (ps, extra = '') => [
    `padding-top:${ps.before ?? 0}pt`, `padding-bottom:${ps.after ?? 0}pt`, `line-height:${ps.line ?? 1.15}`, 'orphans:2', 'widows:2',
    `text-align:${ps.align ?? 'left'}`, ps.border ? `border-bottom-style:solid;border-bottom-width:${ps.border.size}pt;border-bottom-color:#${ps.border.color};padding-bottom:${(ps.after ?? 0) + 2}pt;margin-bottom:4pt` : '',
    extra,
  ].filter(Boolean).join(';');
  const runs = (pRole, rs) => rs.map((r) => {
    const s = runStyle(D, pRole, r.role);
    if (r.href) s.u = s.u ?? false;
    const span = `<span class="${cls(runCss(s))}">${esc(r.text)}</span>`;
    return r.href ? `<span class="${cls(runCss(s))}"><a class="${cls(`color:inherit;text-decoration:${s.u ? 'underline' : 'none'}`)}" href="${esc(r.href)}">${esc(r.text)}</a></span>` : span;
  }).join('');
  let listNo = 0;
  const block = (b) => {
    if (b.t === 'sp') return `<p class="${cls(paraCss({ line: 1.15 }) + ';height:11pt')}"><span class="${cls(runCss(runStyle(D, 'body')))}"></span></p>`;
    if (b.t === 'rule') {
      const w = b.width ? `margin-right:${Math.round((1 - b.width) * 100)}%` : '';
      return `<p class="${cls(`padding-top:0pt;padding-bottom:0pt;line-height:1;border-bottom-style:solid;border-bottom-width:${b.size}pt;border-bottom-color:#${b.color};margin:0 0 6pt 0;height:0;${w}`)}"><span></span></p>`;
    }
    if (b.t === 'p') {
      const ps = paraStyle(D, b.role);
      const right = b.right ? `<span class="${cls('float:right')}">${runs(b.role, b.right)}</span>` : '';
      const tag = b.style === 'Title' ? 'p' : b.style === 'Heading1' ? 'h1' : b.style === 'Heading2' ? 'h2' : b.style === 'Heading3' ? 'h3' : 'p';
      return `<${tag} class="${cls(paraCss(ps, 'margin:0'))}">${runs(b.role, b.runs)}${right}</${tag}>`;
    }
    if (b.t === 'ul') {
      const id = `lst-kix_${(0x5b3a1c + listNo * 7919).toString(36)}-0`;
      listNo++;
      const ps = paraStyle(D, b.role);
      const rs = runStyle(D, b.role);
      const li = cls(paraCss({ ...ps, before: 0, after: 1 }, 'margin-left:36pt;padding-left:0pt'));
      return `<ul class="${cls('padding:0;margin:0')} ${id} start">` + b.items.map((it) =>
        `<li class="${li} li-bullet-0" data-marker="${id}"><span class="${cls(runCss(rs))}"></span>${runs(b.role, it)}</li>`).join('') + '</ul>';
    }
    if (b.t === 'table') {
      const tw = D.page.w - D.page.left - D.page.right;
      const tds = b.cells.map((cell, i) => {
        const border = b.vline && i === 0 ? `border-right:0.75pt solid #d9d9d9` : 'border:0pt solid #000000';
        return `<td class="${cls(`width:${(b.widths[i] * tw).toFixed(2)}in;vertical-align:top;padding:5pt 7pt 5pt ${i === 0 ? 0 : 10}pt;${border}`)}" colspan="1" rowspan="1">${cell.map(block).join('')}</td>`;
      });
      return `<table class="${cls('border-spacing:0;border-collapse:collapse;margin-right:auto')}"><tr class="${cls('height:0pt')}">${tds.join('')}</tr></table>`;
    }
    throw new Error(b.t);
  };
  const body = D.blocks.map(block).join('\n');
  const bulletColor = D.styles.bullet?.color ?? D.styles.body.color;
  const css = [
    `@page{size:${D.page.w}in ${D.page.h}in;margin:${D.page.top}in ${D.page.right}in ${D.page.bottom}in ${D.page.left}in}`,
    'body{margin:0;padding:0;background:#fff}',
    'ul{list-style-type:none}',
    'li{position:relative}',
    `li.li-bullet-0:before{content:"\\0025cf   ";margin-left:-18pt;white-space:nowrap;display:inline-block;min-width:18pt;color:#${bulletColor}}`,
    'a{color:inherit}',
    'h1,h2,h3{font-size:inherit;font-weight:inherit;margin:0}',
    'table td p{margin:0}', 'table,tr,td{break-inside:auto}',
    'p,h1,h2,h3,li{break-inside:avoid-page}',
    ...[...classes.entries()].map(([css, c]) => `.${c}{${css}}`),
  ].join('\n');
  return `<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>${esc(title)}</title><style type="text/css">${css}</style></head><body class="doc-content">\n${body}\n</body></html>\n`;
}
