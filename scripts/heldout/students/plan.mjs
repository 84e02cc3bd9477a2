// Turns a persona and a design configuration into a "plan": the exact strings a design prints, grouped into
// sections. The answer key is derived from the same plan (keyOf), so the page and the key cannot drift: the
// renderers (docx.mjs, tex.mjs, html.mjs) only lay the plan out, and check.mjs verifies every key string on the page.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Oct.', 'Nov.', 'Dec.'];
const pad = (m) => String(m).padStart(2, '0');

// Month name alone (for "Jun – Aug 2024").
function monthOnly(d, style) {
  if (style === 'full') return FULL[d.m - 1];
  if (style === 'monDot') return DOT[d.m - 1];
  return MON[d.m - 1];
}
export function fmtDate(d, style) {
  switch (style) {
    case 'full': return `${FULL[d.m - 1]} ${d.y}`;
    case 'mon': return `${MON[d.m - 1]} ${d.y}`;
    case 'monDot': return `${DOT[d.m - 1]} ${d.y}`;
    case 'num': return `${pad(d.m)}/${d.y}`;
    case 'year': return String(d.y);
    default: throw new Error(`date style ${style}`);
  }
}
const keyDate = (d, style) => (style === 'year' ? String(d.y) : `${d.y}-${pad(d.m)}`);

// A dated range as printed + its key values. D: {style, sep, present, shareYear, seasons}
export function range(s, e, D, season) {
  const sep = D.sep ?? ' – ';
  if (season && D.seasons && e !== 'present' && s.y === e.y) return { text: `${season} ${s.y}`, start: String(s.y), end: String(s.y) };
  if (e === 'present') return { text: `${fmtDate(s, D.style)}${sep}${D.present ?? 'Present'}`, start: keyDate(s, D.style), end: 'present' };
  const same = D.style === 'year' ? s.y === e.y : s.y === e.y && s.m === e.m;
  if (same) return { text: fmtDate(s, D.style), start: keyDate(s, D.style), end: keyDate(e, D.style) };
  if (D.shareYear && s.y === e.y && D.style !== 'num' && D.style !== 'year') {
    return { text: `${monthOnly(s, D.style)}${sep}${fmtDate(e, D.style)}`, start: keyDate(s, D.style), end: keyDate(e, D.style) };
  }
  return { text: `${fmtDate(s, D.style)}${sep}${fmtDate(e, D.style)}`, start: keyDate(s, D.style), end: keyDate(e, D.style) };
}

// Education dates. E: {mode, style, sep}. Modes: expected ("Expected May 2026" | "May 2025"), range, rangeExp
// ("Aug 2022 – May 2026 (expected)"), grad ("Graduating May 2026" | "Graduated June 2025"), end (just the end date).
export function eduRange(ed, E) {
  const style = E.style ?? 'mon';
  const end = fmtDate(ed.end, style);
  switch (E.mode) {
    case 'expected': return { text: ed.expected ? `Expected ${end}` : end, end: keyDate(ed.end, style) };
    case 'grad': return { text: ed.expected ? `Graduating ${end}` : `Graduated ${end}`, end: keyDate(ed.end, style) };
    case 'end': return { text: end, end: keyDate(ed.end, style) };
    case 'range': case 'rangeExp': {
      const r = range(ed.start, ed.end, { style, sep: E.sep, shareYear: false });
      return { ...r, text: r.text + (E.mode === 'rangeExp' && ed.expected ? (E.expSuffix ?? ' (expected)') : '') };
    }
    default: throw new Error(`edu mode ${E.mode}`);
  }
}

// Degree line as printed + studyType/area as they appear in it.
export function degree(ed, form = 'long', { minor = true } = {}) {
  if (ed.certLine) return { text: ed.certLine, studyType: ed.long, area: ed.area };
  if (ed.long === 'A-Levels') return { text: `A-Levels: ${ed.area}`, studyType: 'A-Levels', area: ed.area };
  const st = form === 'short' ? ed.short : ed.long;
  let text = form === 'shortComma' ? `${ed.short}, ${ed.area}` : form === 'shortSpace' ? `${ed.short} ${ed.area}` : `${st} in ${ed.area}`;
  if (form === 'shortComma' || form === 'shortSpace') return { text: text + (ed.minor && minor ? `; Minor in ${ed.minor}` : ''), studyType: ed.short, area: ed.area };
  if (ed.minor && minor) text += `, Minor in ${ed.minor}`;
  return { text, studyType: st, area: ed.area };
}

// Printed score line and the score value.
export function scoreLine(ed, { colon = true, label } = {}) {
  if (!ed.gpa) return null;
  const l = label ?? ed.gpaLabel ?? 'GPA';
  return { text: `${l}${colon ? ':' : ''} ${ed.gpa}`, score: ed.gpa };
}

// ---------------------------------------------------------------- plan
// A plan: { header: {name, label?, contacts: [{type, text, href, word?}], location?}, summary?, summaryHeading?,
//   side: [section], main: [section] }.
// Sections: {type: 'education'|'work'|'projects'|'skills'|'list'|'summary'|'contact', heading, ...}.
// work items: {org, title, loc, date:{text,start,end}, bullets}; edu items: {school, loc, deg:{text,studyType,area},
// date, score: {text, score} | null, lines: [string], courses: [string] | null}; projects: {name, stack, link, date,
// bullets}; skills: {rows: [{label, items}]} (items are skill keywords); list: {items: [string], other: true} and
// contact: {items: [{label, text, type}]}.

export function workItems(P, kinds, D) {
  return P.work.filter((w) => kinds.includes(w.kind)).map((w) => ({
    org: w.org, title: w.title, loc: w.city, kind: w.kind,
    date: range(w.start, w.end, D, w.season), bullets: [...w.bullets],
  }));
}
export function projectItems(P, D, { dates = true } = {}) {
  return P.projects.map((p) => ({
    name: p.name, stack: [...p.stack], link: p.link,
    date: dates ? range(p.start, p.end, D) : null, bullets: [...p.bullets],
  }));
}

// Derive the answer key from a plan.
export function keyOf(plan, layout) {
  const basics = { name: plan.header.name };
  if (plan.header.label) basics.label = plan.header.label;
  const profiles = [];
  const all = [...plan.side, ...plan.main];
  const contacts = [...plan.header.contacts, ...all.filter((s) => s.type === 'contact').flatMap((s) => s.items)];
  for (const c of contacts) {
    if (c.word) continue; // a hyperlinked word ("LinkedIn") prints no handle or URL
    if (c.type === 'email') basics.email = c.text;
    else if (c.type === 'phone') basics.phone = c.text;
    else if (c.type === 'location') basics.location = c.text;
    else if (c.type === 'url') basics.url = c.text;
    else if (c.type === 'linkedin' || c.type === 'github') profiles.push(c.text);
  }
  if (profiles.length) basics.profiles = profiles;
  const sum = all.find((s) => s.type === 'summary');
  if (sum) basics.summary = sum.text;
  const key = { basics, work: [], education: [], skills: [], sections: [] };
  const projects = [], other = [];
  for (const s of all) {
    if (s.heading) key.sections.push(s.heading);
    if (s.type === 'work') {
      for (const w of s.items) {
        const o = { name: w.org, position: w.title };
        if (w.loc && w.locPrinted !== false) o.location = w.loc;
        o.startDate = w.date.start; o.endDate = w.date.end;
        o.highlights = [...w.bullets];
        key.work.push(o);
      }
    } else if (s.type === 'education') {
      for (const e of s.items) {
        const o = { institution: e.school, studyType: e.deg.studyType, area: e.deg.area };
        if (e.date.start) o.startDate = e.date.start;
        if (e.date.end) o.endDate = e.date.end;
        if (e.score) o.score = e.score.score;
        if (e.loc && e.locPrinted !== false) o.location = e.loc;
        if (e.courses?.length) o.courses = [...e.courses];
        key.education.push(o);
      }
    } else if (s.type === 'projects') {
      for (const p of s.items) {
        const o = { name: p.name };
        if (p.date) { o.startDate = p.date.start; o.endDate = p.date.end; }
        o.highlights = [...p.bullets];
        projects.push(o);
      }
    } else if (s.type === 'skills') {
      for (const r of s.rows) {
        if (r.other) other.push({ heading: s.heading, group: r.label, items: [...r.items] });
        else key.skills.push(...r.items);
      }
    } else if (s.type === 'list') {
      other.push({ heading: s.heading, items: [...s.items] });
    }
  }
  if (projects.length) key.projects = projects;
  if (other.length) key.otherSections = other;
  key.layout = layout;
  return key;
}
