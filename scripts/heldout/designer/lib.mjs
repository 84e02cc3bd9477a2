// Shared helpers for the "designer" batch: escaping, printed date formats, the answer-key builder and inline SVG
// icons. A design prints a persona through these helpers and records each printed field in its Key at the moment
// it prints it, so key and page come from the same strings.

export const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const hasMonth = (iso) => !!iso && iso.length >= 7;
const YEAR_ONLY = new Set(['YYYY']);

// One printed date. Styles: 'MMM YYYY', 'Mon. YYYY' (AP style), 'MMMM YYYY', 'MM/YYYY', 'MM.YYYY', 'YYYY'.
export function fmt(iso, style) {
  const y = iso.slice(0, 4);
  if (!hasMonth(iso) || YEAR_ONLY.has(style)) return y;
  const m = Number(iso.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON_DOT[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}

// A printed range; o: {style, sep, present}. A role with `season` prints "Summer 2011" when o.season is set.
export function range(item, o) {
  if (o.season && item.season) return `${item.season} ${item.start.slice(0, 4)}`;
  return `${fmt(item.start, o.style)}${o.sep ?? ' – '}${item.end ? fmt(item.end, o.style) : (o.present ?? 'Present')}`;
}

// The key's dates for what range() printed.
export function keyDates(item, o) {
  if (o.season && item.season) return { startDate: item.start.slice(0, 4), endDate: item.start.slice(0, 4) };
  const kd = (iso) => (!iso ? 'present' : (YEAR_ONLY.has(o.style) || !hasMonth(iso)) ? iso.slice(0, 4) : iso.slice(0, 7));
  return { startDate: kd(item.start), endDate: kd(item.end) };
}

// ---------------------------------------------------------------- answer key
export class Key {
  constructor(columns = 1) {
    this.basics = {};
    this.profiles = [];
    this.work = []; this.education = []; this.skills = []; this.sections = []; this.projects = []; this.other = [];
    this.layout = { columns, notes: '' };
  }
  // basics field: records and returns the printed value
  b(field, value) { this.basics[field] = value; return value; }
  profile(v) { this.profiles.push(v); return v; }
  section(h) { this.sections.push(h); return h; }
  // a skill printed twice (e.g. in Skills and again as a Strength) is keyed once
  skill(v) { if (!this.skills.some((x) => x.toLowerCase() === v.toLowerCase())) this.skills.push(v); return v; }
  // w: persona role; o: {dates (the range options printed), location (printed string or false), bullets, position, name}
  job(w, o) {
    const e = { name: o.name ?? w.company, position: o.position ?? w.position };
    if (o.location) e.location = o.location;
    if (o.dates) Object.assign(e, keyDates(w, o.dates));
    const hl = o.bullets ?? w.bullets;
    if (hl.length) e.highlights = [...hl];
    this.work.push(e);
    return e;
  }
  // ed: persona education; o: {dates (range options) | endOnly (range options), studyType, area, location, score}
  edu(ed, o) {
    const e = { institution: o.institution ?? ed.institution };
    if (o.studyType) e.studyType = o.studyType;
    if (o.area) e.area = o.area;
    if (o.location) e.location = o.location;
    if (o.dates) Object.assign(e, keyDates(ed, o.dates));
    if (o.endOnly) e.endDate = keyDates(ed, o.endOnly).endDate;
    if (o.score) e.score = o.score;
    this.education.push(e);
    return e;
  }
  project(p, o = {}) {
    const e = { name: p.name };
    if (o.description !== false) e.description = p.description;
    if (o.keywords) e.keywords = [...p.keywords];
    this.projects.push(e);
    return e;
  }
  otherSection(heading, items) { this.other.push({ heading, items }); }
  toJSON() {
    const basics = { ...this.basics };
    if (this.profiles.length) basics.profiles = [...this.profiles];
    const o = { basics, work: this.work, education: this.education, skills: this.skills, sections: this.sections };
    if (this.projects.length) o.projects = this.projects;
    if (this.other.length) o.otherSections = this.other;
    o.layout = this.layout;
    return o;
  }
}

// ---------------------------------------------------------------- icons
// Stroke icons drawn for this batch on a 24x24 grid. No <text> inside: icons add nothing to the text layer.
const ICON = {
  mail: '<rect x="3" y="5.5" width="18" height="13" rx="1.5"/><path d="M3.5 6.5l8.5 6.5 8.5-6.5"/>',
  phone: '<path d="M6.5 3.5h3l1.5 4.5-2 1.2a10.5 10.5 0 0 0 5.8 5.8l1.2-2 4.5 1.5v3a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.5 5.7a2 2 0 0 1 2-2.2z"/>',
  pin: '<path d="M12 21.5s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z"/><circle cx="12" cy="10.5" r="2.3"/>',
  globe: '<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.6 2.4 2.6 14.6 0 17M12 3.5c-2.6 2.4-2.6 14.6 0 17"/>',
  link: '<path d="M9.5 14.5l5-5M8 11l-2 2a3.5 3.5 0 0 0 5 5l2-2M16 13l2-2a3.5 3.5 0 0 0-5-5l-2 2"/>',
  code: '<path d="M8.5 7.5L4 12l4.5 4.5M15.5 7.5L20 12l-4.5 4.5M13.5 5l-3 14"/>',
  inbox: '<rect x="3.5" y="3.5" width="17" height="17" rx="2.5"/><path d="M8 10.5v6M8 7.6v.1M11.5 16.5v-6M11.5 13a2.5 2.5 0 0 1 5 0v3.5"/>',
  calendar: '<rect x="3.5" y="5" width="17" height="15.5" rx="1.5"/><path d="M3.5 9.5h17M8 3v4M16 3v4"/>',
  briefcase: '<rect x="3" y="7" width="18" height="13" rx="1.5"/><path d="M9 7V5.2A1.2 1.2 0 0 1 10.2 4h3.6A1.2 1.2 0 0 1 15 5.2V7M3 12.5h18"/>',
  cap: '<path d="M2.5 9.5L12 5l9.5 4.5L12 14z"/><path d="M6.5 11.5v4c3 2.2 8 2.2 11 0v-4M21.5 9.5v5"/>',
  star: '<path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z"/>',
  trophy: '<path d="M8 20.5h8M12 16.5v4M7 4h10v5.5a5 5 0 0 1-10 0zM7 6H4.2a3 3 0 0 0 3 4.2M17 6h2.8a3 3 0 0 1-3 4.2"/>',
  user: '<circle cx="12" cy="8.5" r="4"/><path d="M4.5 20.5a7.5 7.5 0 0 1 15 0"/>',
  bulb: '<path d="M9 17.5h6M10 20.5h4M12 3.5a5.5 5.5 0 0 0-3.3 9.9c.8.6 1.3 1.5 1.3 2.5v.1h4v-.1c0-1 .5-1.9 1.3-2.5A5.5 5.5 0 0 0 12 3.5z"/>',
  chat: '<path d="M4 5.5h16v10H10l-4.5 3.5v-3.5H4z"/><path d="M8 9.5h8M8 12.5h5"/>',
  heart: '<path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.4 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z"/>',
  tools: '<path d="M14.5 6.5a4 4 0 0 0 5 5l-8.8 8.8a2.1 2.1 0 0 1-3-3L16.5 8.5"/><path d="M4 4l5 5"/>',
  bolt: '<path d="M13 3L5 13.5h6L10 21l8-10.5h-6z"/>',
  flag: '<path d="M5 21V4M5 4.5h12l-2.5 4 2.5 4H5"/>',
  award: '<circle cx="12" cy="9" r="5.5"/><path d="M8.5 13.5L7 21l5-2.5 5 2.5-1.5-7.5"/>',
  target: '<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="5"/><circle cx="12" cy="12" r="1.5"/>',
  rocket: '<path d="M12 15l-3-3c1-4.5 4-8.5 10-9 -.5 6-4.5 9-9 10z"/><path d="M9 12l-4 .5 2.5-3.5H11M12 15l-.5 4 3.5-2.5V13M6 18c-1 1-1.5 2.5-1.5 2.5S6 20 7 19"/>',
  folder: '<path d="M3.5 6.5a1 1 0 0 1 1-1h5l2 2.5h8a1 1 0 0 1 1 1v9.5a1 1 0 0 1-1 1h-15a1 1 0 0 1-1-1z"/>',
};
export const icon = (name, size = 12, color = 'currentColor', width = 2) =>
  `<svg class="ic" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${ICON[name]}</svg>`;

// Five level dots (CSS circles, no text).
export const dots = (n, on, off, size = 8, gap = 3) =>
  `<span class="dots" style="display:inline-flex;gap:${gap}px">${[1, 2, 3, 4, 5].map((i) => `<i style="display:inline-block;width:${size}px;height:${size}px;border-radius:50%;background:${i <= n ? on : off}"></i>`).join('')}</span>`;

// A horizontal skill bar (no text).
export const bar = (pct, on, off, h = 5, radius = 3) =>
  `<span class="bar" style="display:block;height:${h}px;border-radius:${radius}px;background:${off}"><span style="display:block;height:${h}px;width:${pct}%;border-radius:${radius}px;background:${on}"></span></span>`;

// A donut chart drawn in SVG (no text); the design prints the number itself in HTML if it wants it.
export function donut(pct, size, on, off, stroke = 6) {
  const r = (size - stroke) / 2, c = 2 * Math.PI * r;
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true"><circle cx="${size / 2}" cy="${size / 2}" r="${r}" fill="none" stroke="${off}" stroke-width="${stroke}"/>` +
    `<circle cx="${size / 2}" cy="${size / 2}" r="${r}" fill="none" stroke="${on}" stroke-width="${stroke}" stroke-linecap="round" stroke-dasharray="${(c * pct / 100).toFixed(2)} ${c.toFixed(2)}" transform="rotate(-90 ${size / 2} ${size / 2})"/></svg>`;
}

export const page = ({ lang = 'en', title, css, body }) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
@page { size: A4; margin: 0; }
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
ul { margin: 0; padding: 0; }
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
