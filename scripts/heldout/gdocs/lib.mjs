// Shared pieces: date formats, the answer-key context, and the small block model that both renderers read.
//
// A design turns a persona into a list of blocks and records every printed field in the key at the same time.
// Blocks:
//   {t:'p', role, runs:[run], right?:[run] (text after a right-aligned tab), style?:'Title'|'Subtitle'|'Heading1'|'Heading2'}
//   {t:'ul', role, items:[[run]]}                       bulleted list ("●", hanging indent)
//   {t:'table', widths:[fraction], cells:[[block]]}     one-row layout table with invisible borders
//   {t:'rule', color, size (pt), width? (fraction)}     a coloured bar (empty paragraph with a bottom border)
//   {t:'sp'}                                            an empty spacer paragraph
// run: {text, role?, href?}. Roles are looked up in design.styles: {font, size, color, b, i, caps, smallCaps,
//   before, after, line, align, letter (pt letter spacing), indent (pt)}; a run's role is merged over its paragraph's.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function fmt(iso, style) {
  if (iso.length === 4 || style === 'YYYY') return iso.slice(0, 4);
  const y = iso.slice(0, 4), m = +iso.slice(5, 7) - 1;
  switch (style) {
    case 'MONTH': return `${MONTH[m].toUpperCase()} ${y}`;
    case 'Month': return `${MONTH[m]} ${y}`;
    case 'Mon': return `${MON[m]} ${y}`;
    case 'MON': return `${MON[m].toUpperCase()} ${y}`;
    case 'MM/YYYY': return `${String(m + 1).padStart(2, '0')}/${y}`;
    default: throw new Error(style);
  }
}
export const kd = (iso, style) => (!iso ? 'present' : iso.length === 4 || style === 'YYYY' ? iso.slice(0, 4) : iso.slice(0, 7));
export const range = (s, e, { style = 'Mon', sep = ' – ', present = 'Present' } = {}) => `${fmt(s, style)}${sep}${e ? fmt(e, style) : present}`;

export function ctx(P) {
  const key = { basics: {}, work: [], education: [], skills: [], sections: [] };
  return {
    P, key,
    H(text) { key.sections.push(text); return text; },
    basics(o) { Object.assign(key.basics, o); },
    work(w, { style, location = true, highlights = true, name, position } = {}) {
      const k = { name: name ?? w.company, position: position ?? w.position };
      if (location && w.location) k.location = w.location;
      k.startDate = kd(w.start, style);
      k.endDate = kd(w.end, style);
      if (highlights && w.bullets.length) k.highlights = [...w.bullets];
      key.work.push(k);
    },
    edu(e, { style, location = false, score = false, start = true, studyType } = {}) {
      const k = { institution: e.institution, studyType: studyType ?? e.studyType, area: e.area };
      if (location) k.location = e.location;
      if (start) k.startDate = kd(e.start, style);
      k.endDate = kd(e.end, style);
      if (score && e.score) k.score = e.score;
      key.education.push(k);
    },
    skills(list) { key.skills.push(...list); },
    project(pr, { url = true } = {}) { (key.projects ??= []).push({ name: pr.name, description: pr.description, ...(url && pr.url ? { url: pr.url } : {}) }); },
    other(heading, items) { (key.otherSections ??= []).push({ heading, items }); },
  };
}

export const allSkills = (P) => P.skills.flatMap(([, k]) => k);
export const R = (text, role, href) => ({ text, ...(role ? { role } : {}), ...(href ? { href } : {}) });
export const para = (role, runs, o = {}) => ({ t: 'p', role, runs: [].concat(runs).map((x) => (typeof x === 'string' ? R(x) : x)), ...o });
export const list = (role, items) => ({ t: 'ul', role, items: items.map((it) => [].concat(it).map((x) => (typeof x === 'string' ? R(x) : x))) });

// Resolve a run's formatting: paragraph role, then run role.
export function runStyle(design, pRole, rRole) {
  const base = design.styles.body ?? {};
  const p = design.styles[pRole] ?? {};
  const r = rRole ? design.styles[rRole] ?? {} : {};
  const pick = ({ font, size, color, b, i, caps, smallCaps, letter, u }) => ({ font, size, color, b, i, caps, smallCaps, letter, u });
  const out = { ...pick(base) };
  for (const src of [pick(p), pick(r)]) for (const [k, v] of Object.entries(src)) if (v !== undefined) out[k] = v;
  return out;
}
export function paraStyle(design, pRole) {
  const base = design.styles.body ?? {};
  const p = design.styles[pRole] ?? {};
  const pick = ({ before, after, line, align, indent, border, topBorder }) => ({ before, after, line, align, indent, border, topBorder });
  const out = { ...pick(base), border: undefined, topBorder: undefined };
  for (const [k, v] of Object.entries(pick(p))) if (v !== undefined) out[k] = v;
  return out;
}
