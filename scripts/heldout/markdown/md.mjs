// A small Markdown converter written for the "markdown" held-out batch (no pandoc on the machine).
// parse(md) -> block AST; toHtml(ast) -> HTML; plain(inlines) -> the text a reader sees (used for the answer key).
// Supported: ATX and setext headings, paragraphs (soft breaks, hard breaks with two trailing spaces or "\"),
// bullet lists with -, * and +, ordered lists, nested lists by indentation, block quotes, fenced code, pipe tables
// with alignment, horizontal rules, raw HTML blocks/tags (HTML target only), and the inlines **bold**, __bold__,
// *italic*, _italic_, `code`, [text](url), <url>, <e-mail>, bare https:// URLs, backslash escapes.
// The OOXML writer for the same AST lives in docx.mjs.

// ---------------------------------------------------------------- inlines
const ESCAPABLE = /[\\`*_{}[\]()#+\-.!|<>~]/;
const AUTOLINK = /^<((?:https?:\/\/|mailto:)[^>\s]+|[^@>\s]+@[^>\s]+\.[a-z]{2,})>/i;
const BARE_URL = /^https?:\/\/[^\s<]*[^\s<.,;:!?)*_]/;
const HTML_TAG = /^<\/?[a-z][a-z0-9-]*(?:\s+[a-z-]+(?:="[^"]*")?)*\s*\/?>/i;

export function inline(src) {
  const out = [];
  let buf = '';
  const flush = () => { if (buf) { out.push({ t: 'text', v: buf }); buf = ''; } };
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    const rest = src.slice(i);
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1])) { buf += src[i + 1]; i += 2; continue; }
    if (c === '\n') { flush(); out.push({ t: 'br' }); i++; continue; }
    if (c === '`') {
      const run = /^`+/.exec(rest)[0];
      const end = src.indexOf(run, i + run.length);
      if (end > 0) { flush(); out.push({ t: 'code', v: src.slice(i + run.length, end).trim() }); i = end + run.length; continue; }
    }
    if ((c === '*' || c === '_') && src[i + 1] === c) {
      const end = src.indexOf(c + c, i + 2);
      if (end > i + 2) { flush(); out.push({ t: 'b', c: inline(src.slice(i + 2, end)) }); i = end + 2; continue; }
    }
    if (c === '*' || (c === '_' && !/[A-Za-z0-9]/.test(src[i - 1] ?? ''))) {
      let end = i + 1;
      for (; end < src.length; end++) {
        if (src[end] === '\\') { end++; continue; }
        if (src[end] === c && src[end + 1] !== c && src[end - 1] !== ' ' && (c === '*' || !/[A-Za-z0-9]/.test(src[end + 1] ?? ''))) break;
        if (src[end] === c && src[end + 1] === c) end++;
      }
      if (end < src.length && end > i + 1 && src[i + 1] !== ' ') { flush(); out.push({ t: 'i', c: inline(src.slice(i + 1, end)) }); i = end + 1; continue; }
    }
    if (c === '[') {
      const m = /^\[((?:[^\]\\]|\\.)*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/.exec(rest);
      if (m) { flush(); out.push({ t: 'a', href: m[2], c: inline(m[1]) }); i += m[0].length; continue; }
    }
    if (c === '<') {
      const m = AUTOLINK.exec(rest);
      if (m) {
        flush();
        const v = m[1].replace(/^mailto:/i, '');
        out.push({ t: 'a', href: /^(https?|mailto):/i.test(m[1]) ? m[1] : `mailto:${m[1]}`, c: [{ t: 'text', v }] });
        i += m[0].length; continue;
      }
      const h = HTML_TAG.exec(rest);
      if (h) { flush(); out.push({ t: 'html', v: h[0] }); i += h[0].length; continue; }
    }
    if (c === 'h' && !/[A-Za-z0-9]/.test(src[i - 1] ?? '')) {
      const m = BARE_URL.exec(rest);
      if (m) { flush(); out.push({ t: 'a', href: m[0], c: [{ t: 'text', v: m[0] }] }); i += m[0].length; continue; }
    }
    buf += c; i++;
  }
  flush();
  return out;
}

// The text a reader sees for some inlines (hard breaks become "\n").
export const plain = (nodes) => nodes.map((n) => (n.t === 'text' || n.t === 'code' ? n.v : n.t === 'br' ? '\n' : n.t === 'html' ? '' : plain(n.c))).join('');
// The printed text of a Markdown inline fragment.
export const txt = (md) => plain(inline(md));

// ---------------------------------------------------------------- blocks
const LI = /^( *)([-*+]|\d{1,3}[.)])[ \t]+(.*)$/;
const HR = /^ {0,3}([-*_])(?: *\1){2,} *$/;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(```+|~~~+)\s*([\w-]*)\s*$/;
const TABLE_SEP = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const HTML_BLOCK = /^ {0,3}<\/?(div|p|table|section|header|footer|aside|span|img|br|hr|center|h[1-6])\b/i;
const indentOf = (l) => /^ */.exec(l)[0].length;

// Paragraph lines -> inline source: trailing two spaces or "\" = hard break, else a soft break (space).
function joinLines(lines) {
  return lines.map((l, k) => {
    const last = k === lines.length - 1;
    if (!last && /( {2,}|\\)$/.test(l)) return l.replace(/( {2,}|\\)$/, '').trim() + '\n';
    return l.trim() + (last ? '' : ' ');
  }).join('');
}

const startsBlock = (l) => ATX.test(l) || HR.test(l) || LI.test(l) || /^ {0,3}>/.test(l) || FENCE.test(l) || HTML_BLOCK.test(l);

function splitRow(line) {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === '|') { cur += '\\|'; i++; continue; }
    if (s[i] === '|') { cells.push(cur.trim()); cur = ''; continue; }
    cur += s[i];
  }
  cells.push(cur.trim());
  return cells;
}

function parseList(lines, i) {
  const m0 = LI.exec(lines[i]);
  const base = m0[1].length;
  const ordered = /\d/.test(m0[2]);
  const list = { type: 'list', ordered, start: ordered ? parseInt(m0[2], 10) : 1, marker: m0[2], items: [] };
  while (i < lines.length) {
    const m = LI.exec(lines[i]);
    if (!m || m[1].length !== base || /\d/.test(m[2]) !== ordered) break;
    const text = [m[3]];
    const child = [];
    i++;
    while (i < lines.length) {
      const L = lines[i];
      if (!L.trim()) {
        let j = i;
        while (j < lines.length && !lines[j].trim()) j++;
        if (j < lines.length && indentOf(lines[j]) > base && child.length) { child.push(''); i = j; continue; }
        break;
      }
      const ind = indentOf(L);
      if (ind <= base) {
        if (LI.test(L) || startsBlock(L) || child.length) break;
        text.push(L); i++; continue; // lazy continuation
      }
      if (child.length || LI.test(L)) { child.push(L); i++; continue; }
      text.push(L); i++;
    }
    const item = { inl: inline(joinLines(text)), children: [] };
    if (child.length) {
      const min = Math.min(...child.filter((l) => l.trim()).map(indentOf));
      item.children = blocks(child.map((l) => l.slice(min)));
    }
    list.items.push(item);
    let j = i;
    while (j < lines.length && !lines[j].trim()) j++;
    const n = j < lines.length ? LI.exec(lines[j]) : null;
    if (n && n[1].length === base && /\d/.test(n[2]) === ordered) { if (j > i) list.loose = true; i = j; } else break;
  }
  return [list, i];
}

function blocks(lines) {
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const L = lines[i];
    if (!L.trim()) { i++; continue; }
    let m;
    if ((m = ATX.exec(L))) { out.push({ type: 'h', level: m[1].length, inl: inline(m[2]) }); i++; continue; }
    if (HR.test(L)) { out.push({ type: 'hr' }); i++; continue; }
    if ((m = FENCE.exec(L))) {
      const body = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(m[1])) body.push(lines[i++]);
      i++;
      out.push({ type: 'code', lang: m[2], text: body.join('\n') });
      continue;
    }
    if (/^ {0,3}>/.test(L)) {
      const inner = [];
      while (i < lines.length && lines[i].trim() && (/^ {0,3}>/.test(lines[i]) || !startsBlock(lines[i]))) inner.push(lines[i++].replace(/^ {0,3}> ?/, ''));
      out.push({ type: 'quote', blocks: blocks(inner) });
      continue;
    }
    if (HTML_BLOCK.test(L)) {
      const raw = [];
      while (i < lines.length && lines[i].trim()) raw.push(lines[i++]);
      out.push({ type: 'html', v: raw.join('\n') });
      continue;
    }
    if (LI.test(L)) { const [list, next] = parseList(lines, i); out.push(list); i = next; continue; }
    if (L.includes('|') && i + 1 < lines.length && TABLE_SEP.test(lines[i + 1])) {
      const head = splitRow(L).map(inline);
      const align = splitRow(lines[i + 1]).map((c) => (c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : null));
      i += 2;
      const rows = [];
      while (i < lines.length && lines[i].trim() && lines[i].includes('|')) rows.push(splitRow(lines[i++]).map(inline));
      out.push({ type: 'table', head, align, rows });
      continue;
    }
    const para = [];
    let setext = 0;
    while (i < lines.length && lines[i].trim()) {
      if (para.length && /^ {0,3}=+\s*$/.test(lines[i])) { setext = 1; i++; break; }
      if (para.length && /^ {0,3}-+\s*$/.test(lines[i])) { setext = 2; i++; break; }
      if (para.length && startsBlock(lines[i])) break;
      para.push(lines[i]); i++;
    }
    if (setext) out.push({ type: 'h', level: setext, inl: inline(joinLines(para)) });
    else out.push({ type: 'p', inl: inline(joinLines(para)) });
  }
  return out;
}

export const parse = (md) => blocks(md.replace(/\r/g, '').replace(/\t/g, '    ').split('\n'));

// ---------------------------------------------------------------- HTML
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const slug = (s) => s.toLowerCase().replace(/[^\w\- ]/g, '').trim().replace(/ /g, '-');

export function htmlInline(nodes) {
  return nodes.map((n) => {
    switch (n.t) {
      case 'text': return esc(n.v);
      case 'code': return `<code>${esc(n.v)}</code>`;
      case 'br': return '<br>\n';
      case 'b': return `<strong>${htmlInline(n.c)}</strong>`;
      case 'i': return `<em>${htmlInline(n.c)}</em>`;
      case 'a': return `<a href="${esc(n.href)}">${htmlInline(n.c)}</a>`;
      case 'html': return n.v;
      default: throw new Error(`inline ${n.t}`);
    }
  }).join('');
}

export function toHtml(ast, o = {}) {
  const tight = (list) => !list.loose;
  const list = (b) => {
    const tag = b.ordered ? 'ol' : 'ul';
    const items = b.items.map((it) => {
      const head = tight(b) ? htmlInline(it.inl) : `<p>${htmlInline(it.inl)}</p>`;
      return `<li>${head}${it.children.length ? '\n' + toHtml(it.children, o) : ''}</li>`;
    }).join('\n');
    return `<${tag}${b.ordered && b.start !== 1 ? ` start="${b.start}"` : ''}>\n${items}\n</${tag}>`;
  };
  return ast.map((b) => {
    switch (b.type) {
      case 'h': {
        const t = plain(b.inl);
        return `<h${b.level}${o.ids ? ` id="${slug(t)}"` : ''}>${o.anchors && b.level > 1 ? '<a class="anchor" aria-hidden="true"></a>' : ''}${htmlInline(b.inl)}</h${b.level}>`;
      }
      case 'p': return `<p>${htmlInline(b.inl)}</p>`;
      case 'hr': return '<hr>';
      case 'code': return `<pre><code${b.lang ? ` class="language-${b.lang}"` : ''}>${esc(b.text)}</code></pre>`;
      case 'quote': return `<blockquote>\n${toHtml(b.blocks, o)}\n</blockquote>`;
      case 'html': return b.v;
      case 'list': return list(b);
      case 'table': {
        const al = (k) => (b.align[k] ? ` style="text-align:${b.align[k]}"` : '');
        const head = `<thead>\n<tr>${b.head.map((c, k) => `<th${al(k)}>${htmlInline(c)}</th>`).join('')}</tr>\n</thead>`;
        const body = b.rows.map((r) => `<tr>${r.map((c, k) => `<td${al(k)}>${htmlInline(c)}</td>`).join('')}</tr>`).join('\n');
        return `<table>\n${head}\n<tbody>\n${body}\n</tbody>\n</table>`;
      }
      default: throw new Error(`block ${b.type}`);
    }
  }).join('\n');
}
