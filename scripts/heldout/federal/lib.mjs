// Shared helpers for the federal held-out batch: the answer-key recorder (every printed key string passes
// through it, so page and key come from the same value), date formatting and escaping.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');

// d = [year, month]; style: 'mm/yyyy' | 'mon' | 'month' | 'yyyy' | 'mm/dd/yyyy'(prints 01 as day)
export function fmtDate(d, style) {
  const [y, m] = d;
  switch (style) {
    case 'mm/yyyy': return `${pad(m)}/${y}`;
    case 'mon': return `${MON[m - 1]} ${y}`;
    case 'month': return `${MONTH[m - 1]} ${y}`;
    case 'yyyy': return String(y);
    default: throw new Error(style);
  }
}
export const isoDate = (d, style) => (style === 'yyyy' ? String(d[0]) : `${d[0]}-${pad(d[1])}`);

// Date range; o = { style, sep, present }. Returns { text, startDate, endDate }.
export function range(start, end, o) {
  const a = fmtDate(start, o.style);
  const b = end ? fmtDate(end, o.style) : o.present;
  return { text: `${a}${o.sep}${b}`, startDate: isoDate(start, o.style), endDate: end ? isoDate(end, o.style) : 'present' };
}

export const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const tex = (s) => String(s)
  .replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}')
  .replace(/’/g, "'").replace(/–/g, '--').replace(/—/g, '---');

// The printed name: basics.name plus post-nominals (", P.E."), which are not part of the key.
export const nameText = (K, P) => K.set('name', P.name) + (P.post ?? '');

// The answer-key recorder. Every method returns the string it records, so a design prints exactly what it keys.
export function keyer() {
  const key = { basics: {}, work: [], education: [], skills: [], sections: [] };
  const other = [];
  let cur = null;
  const K = {
    key,
    set(field, v) { key.basics[field] = v; return v; },
    profile(v) { (key.basics.profiles ??= []).push(v); return v; },
    sec(h) { key.sections.push(h); return h; },
    skill(s) { key.skills.push(s); return s; },
    // work entry: K.job() opens one; K.w(field, v) sets a field; K.wr(range) sets dates; K.hl(text) adds a highlight
    job() { cur = {}; key.work.push(cur); return K; },
    w(field, v) { cur[field] = v; return v; },
    wr(r) { cur.startDate = r.startDate; cur.endDate = r.endDate; return r.text; },
    hl(t) { (cur.highlights ??= []).push(t); return t; },
    course(c) { (cur.courses ??= []).push(c); return c; },
    edu() { cur = {}; key.education.push(cur); return K; },
    // education dates: a graduation date only gives endDate
    grad(d, style) { cur.endDate = isoDate(d, style); return fmtDate(d, style); },
    other(heading) { const o = { heading, items: [] }; other.push(o); return { item: (t) => { o.items.push(t); return t; } }; },
    done(notes) {
      const out = { ...key };
      if (!out.skills.length) delete out.skills;
      if (other.length) out.otherSections = other;
      out.layout = { columns: notes.columns ?? 1, notes: notes.text };
      return out;
    },
  };
  return K;
}
