// Layout and emission. A design lays the page out into a list of positioned items (text runs, rectangles, rules,
// dots, link rectangles) on a Canvas; `emit` then writes them into content streams in the order and with the text
// operators the design asks for. Layout (where things are on the page) and text layer (how and in which order they
// are drawn) are therefore independent, which is what this batch is about.

// ------------------------------------------------------------------ dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const hasMonth = (iso) => !!iso && iso.length >= 7;
export function fmt(iso, style = 'MMM YYYY') {
  const y = iso.slice(0, 4);
  if (!hasMonth(iso) || style === 'YYYY') return y;
  const m = Number(iso.slice(5, 7));
  switch (style) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${String(m).padStart(2, '0')}/${y}`;
    case 'MM.YYYY': return `${String(m).padStart(2, '0')}.${y}`;
    case 'MMM. YYYY': return `${MON[m - 1]}. ${y}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}
export function range(start, end, { style = 'MMM YYYY', sep = ' – ', present = 'Present' } = {}) {
  if (start === end) return fmt(start, style);
  return `${fmt(start, style)}${sep}${end ? fmt(end, style) : present}`;
}
export const kd = (iso, style = 'MMM YYYY') => (!iso ? 'present' : (style === 'YYYY' || !hasMonth(iso)) ? iso.slice(0, 4) : iso.slice(0, 7));

// ------------------------------------------------------------------ answer key
export class Key {
  constructor() { this.basics = { profiles: [] }; this.work = []; this.education = []; this.skills = []; this.sections = []; this.projects = []; this.otherSections = []; this.layout = { columns: 1, notes: '' }; }
  set(f, v) { if (v) this.basics[f] = v; return v; }
  work1(w, o = {}) {
    const e = { name: w.company, position: w.position };
    if (o.location !== false) e.location = w.location;
    e.startDate = kd(w.start, o.style); e.endDate = kd(w.end, o.style);
    if (w.bullets.length) e.highlights = [...w.bullets];
    this.work.push(e);
  }
  edu(ed, o = {}) {
    const e = { institution: ed.institution, studyType: ed.studyType, area: ed.area };
    if (o.dates !== 'end') e.startDate = kd(ed.start, o.style);
    e.endDate = kd(ed.end, o.style);
    if (ed.score && o.score !== false) e.score = ed.score;
    this.education.push(e);
  }
  other(heading, items) { this.otherSections.push({ heading, items: [...items] }); }
  toJSON() {
    const o = { basics: { ...this.basics } };
    if (!o.basics.profiles.length) delete o.basics.profiles;
    for (const k of ['work', 'education', 'skills', 'projects', 'sections', 'otherSections']) if (this[k].length) o[k] = this[k];
    o.layout = this.layout;
    return o;
  }
}

// ------------------------------------------------------------------ canvas
export class Canvas {
  constructor(W = 595.28, H = 841.89) { this.W = W; this.H = H; this.items = []; this.pages = 1; this.seq = 0; }
  text(page, x, y, str, font, size, o = {}) {
    const it = { kind: 'text', page, x, y, str, font, size, color: o.color || [0, 0, 0], tag: o.tag || 'body', tc: o.tc || 0, justify: o.justify || null, rot: o.rot || 0, mode: o.mode || null, seq: this.seq++ };
    this.items.push(it); this.pages = Math.max(this.pages, page + 1); return it;
  }
  rect(page, x, y, w, h, color, tag = 'bg') { this.items.push({ kind: 'rect', page, x, y, w, h, color, tag, seq: this.seq++ }); }
  rule(page, x1, y, x2, lw = 0.6, color = [0, 0, 0]) { this.items.push({ kind: 'rule', page, x1, y, x2, lw, color, tag: 'shape', seq: this.seq++ }); }
  dot(page, cx, cy, r, color = [0, 0, 0]) { this.items.push({ kind: 'dot', page, cx, cy, r, color, tag: 'shape', seq: this.seq++ }); }
  link(page, x, y, w, h, uri) { this.items.push({ kind: 'link', page, x, y, w, h, uri, seq: this.seq++ }); }
}

export function wrap(str, font, size, width, tc = 0) {
  const words = str.split(' '); const lines = []; let cur = '';
  for (const w of words) {
    const t = cur ? `${cur} ${w}` : w;
    if (cur && font.width(t, size, tc) > width) { lines.push(cur); cur = w; } else cur = t;
  }
  if (cur) lines.push(cur);
  return lines;
}

// A column of text flowing down a page, breaking onto the next page.
export class Flow {
  constructor(cv, { x, w, top, bottom, page = 0, topNext = null, onNewPage = null }) {
    Object.assign(this, { cv, x, w, top, bottom, page, topNext: topNext ?? top, onNewPage });
    this.y = top;
  }
  need(h) {
    if (this.y + h > this.bottom) { this.page++; this.y = this.topNext; this.onNewPage?.(this.page); this.cv.pages = Math.max(this.cv.pages, this.page + 1); }
  }
  gap(h) { this.y += h; }
  // one line; align left|right|center; returns the item
  line(str, font, size, o = {}) {
    const lead = o.lead ?? size * 1.3;
    this.need(lead);
    this.y += lead;
    const w = font.width(str, size, o.tc || 0);
    const x = o.align === 'right' ? this.x + this.w - w : o.align === 'center' ? this.x + (this.w - w) / 2 : this.x + (o.dx || 0);
    return this.cv.text(this.page, x, this.y - (o.sink || 0), str, font, size, o);
  }
  // left and right text on one visual row (right may sit ±jitter pt off the left baseline)
  row(left, right, o = {}) {
    const lead = o.lead ?? Math.max(left[2], right?.[2] || 0) * 1.3;
    this.need(lead); this.y += lead;
    const a = this.cv.text(this.page, this.x + (o.dx || 0), this.y, left[0], left[1], left[2], { ...o, ...(left[3] || {}) });
    if (right) {
      const w = right[1].width(right[0], right[2], right[3]?.tc || 0);
      this.cv.text(this.page, this.x + this.w - w, this.y + (o.jitter || 0), right[0], right[1], right[2], { ...o, ...(right[3] || {}), tag: right[3]?.tag || o.rtag || 'date' });
    }
    return a;
  }
  para(str, font, size, o = {}) {
    const indent = o.indent || 0; const lead = o.lead ?? size * 1.35;
    const lines = wrap(str, font, size, this.w - indent - (o.dx || 0));
    lines.forEach((ln, i) => {
      this.need(lead); this.y += lead;
      const x = this.x + (o.dx || 0) + indent;
      if (i === 0 && o.bullet) {
        const bx = this.x + (o.dx || 0) + indent * 0.35;
        if (o.bullet === 'dot') this.cv.dot(this.page, bx + 1.2, this.y - size * 0.3, o.dotR || size * 0.16, o.bulletColor || o.color || [0, 0, 0]);
        else this.cv.text(this.page, bx, this.y, o.bullet, font, size, { color: o.bulletColor || o.color, tag: o.tag || 'body', mode: o.mode });
      }
      const justify = o.justify && i < lines.length - 1 ? this.w - indent - (o.dx || 0) : null;
      this.cv.text(this.page, x, this.y, ln, font, size, { ...o, justify });
    });
  }
}

// ------------------------------------------------------------------ emission
const f2 = (v) => Number(v.toFixed(2)).toString();
const rgb = (c) => `${c.map((v) => f2(v)).join(' ')} rg`;

function textOps(it, H, mode) {
  const { font: F, size: s } = it; const y = H - it.y; const o = [];
  const head = `/${F.res} ${f2(s)} Tf ${rgb(it.color)}${it.tc ? ` ${f2(it.tc)} Tc` : ''}`;
  const tail = it.tc ? '0 Tc ' : '';
  const m = it.mode || mode;
  if (it.rot) { // rotated 90 degrees counter-clockwise: reads bottom to top
    o.push(`BT ${head} 0 1 -1 0 ${f2(it.x)} ${f2(y)} Tm ${F.enc(it.str)} Tj ${tail}ET`);
    return o;
  }
  if (m === 'line') {
    if (it.justify && it.str.includes(' ')) { // justified with Tw (classic): spaces kept
      const n = it.str.split(' ').length - 1; const tw = (it.justify - F.width(it.str, s, it.tc)) / n;
      o.push(`BT ${head} ${f2(tw)} Tw 1 0 0 1 ${f2(it.x)} ${f2(y)} Tm ${F.enc(it.str)} Tj 0 Tw ${tail}ET`);
    } else o.push(`BT ${head} 1 0 0 1 ${f2(it.x)} ${f2(y)} Tm ${F.enc(it.str)} Tj ${tail}ET`);
  } else if (m === 'words') { // one text object per word, absolute position, no space characters
    let x = it.x; const sp = F.width(' ', s, it.tc);
    const words = it.str.split(' ');
    const extra = it.justify && words.length > 1 ? (it.justify - F.width(it.str, s, it.tc)) / (words.length - 1) : 0;
    for (const w of words) {
      if (w) o.push(`BT ${head} 1 0 0 1 ${f2(x)} ${f2(y)} Tm ${F.enc(w)} Tj ${tail}ET`);
      x += F.width(w, s, it.tc) + sp + extra;
    }
  } else if (m === 'glyphs') { // one Tm + Tj per glyph, spaces not drawn
    let x = it.x; let body = '';
    const words = it.str.split(' ');
    const extra = it.justify && words.length > 1 ? (it.justify - F.width(it.str, s, it.tc)) / (words.length - 1) : 0;
    for (const ch of it.str) {
      if (ch === ' ') { x += F.width(' ', s, it.tc) + extra; continue; }
      body += `1 0 0 1 ${f2(x)} ${f2(y)} Tm ${F.hex(ch)} Tj\n`;
      x += F.width(ch, s, it.tc);
    }
    o.push(`BT ${head}\n${body}${tail}ET`);
  } else if (m === 'tj') { // one TJ per line, word gaps as kerning numbers, no space characters
    const words = it.str.split(' ');
    const nat = F.width(it.str, s, it.tc);
    const gap = F.width(' ', s, it.tc) + (it.justify && words.length > 1 ? (it.justify - nat) / (words.length - 1) : 0);
    const units = -Math.round(gap * 1000 / s);
    const arr = words.map((w) => F.enc(w)).join(` ${units} `);
    o.push(`BT ${head} 1 0 0 1 ${f2(it.x)} ${f2(y)} Tm [${arr}] TJ ${tail}ET`);
  } else throw new Error(`mode ${m}`);
  return o;
}

// opts: mode (default text operator style), order(textItemsOfPage, pageIndex) -> ordered list
export function emit(doc, cv, { mode = 'line', order = null } = {}) {
  const H = cv.H;
  for (let p = 0; p < cv.pages; p++) {
    const pg = doc.page();
    const its = cv.items.filter((i) => i.page === p);
    for (const r of its.filter((i) => i.kind === 'rect')) pg.ops.push(`${rgb(r.color)} ${f2(r.x)} ${f2(H - r.y - r.h)} ${f2(r.w)} ${f2(r.h)} re f`);
    for (const r of its.filter((i) => i.kind === 'rule')) pg.ops.push(`${r.color.map(f2).join(' ')} RG ${f2(r.lw)} w ${f2(r.x1)} ${f2(H - r.y)} m ${f2(r.x2)} ${f2(H - r.y)} l S`);
    for (const d of its.filter((i) => i.kind === 'dot')) { // circle from four Bezier arcs
      const k = 0.5523 * d.r, cx = d.cx, cy = H - d.cy, r = d.r;
      pg.ops.push(`${rgb(d.color)} ${f2(cx + r)} ${f2(cy)} m ${f2(cx + r)} ${f2(cy + k)} ${f2(cx + k)} ${f2(cy + r)} ${f2(cx)} ${f2(cy + r)} c ${f2(cx - k)} ${f2(cy + r)} ${f2(cx - r)} ${f2(cy + k)} ${f2(cx - r)} ${f2(cy)} c ${f2(cx - r)} ${f2(cy - k)} ${f2(cx - k)} ${f2(cy - r)} ${f2(cx)} ${f2(cy - r)} c ${f2(cx + k)} ${f2(cy - r)} ${f2(cx + r)} ${f2(cy - k)} ${f2(cx + r)} ${f2(cy)} c f`);
    }
    let texts = its.filter((i) => i.kind === 'text');
    if (order) texts = order(texts, p);
    for (const t of texts) pg.ops.push(...textOps(t, H, mode));
    for (const l of its.filter((i) => i.kind === 'link')) pg.annots.push({ rect: [l.x, H - l.y - l.h, l.x + l.w, H - l.y], uri: l.uri });
  }
}
