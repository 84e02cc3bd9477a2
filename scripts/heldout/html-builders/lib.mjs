// Shared helpers for the HTML resume-builder designs: escaping, date formats, answer-key builders, icons.
// A design prints the persona with these helpers and records every printed field in a Key at the same time,
// so the key is built from exactly the data that reaches the page.

export const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const yearOf = (iso) => iso.slice(0, 4);
export const hasMonth = (iso) => !!iso && iso.length >= 7;

// Format an ISO 'YYYY-MM' / 'YYYY' date. Year-only dates print as the year whatever the style.
export function fmt(iso, style = 'MMM YYYY') {
  const y = iso.slice(0, 4);
  if (!hasMonth(iso) || style === 'YYYY') return y;
  const m = Number(iso.slice(5, 7));
  switch (style) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${String(m).padStart(2, '0')}/${y}`;
    case 'MM.YYYY': return `${String(m).padStart(2, '0')}.${y}`;
    case 'YYYY-MM': return `${y}-${String(m).padStart(2, '0')}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}

// A printed date range. opts: style, sep, present (word for a current role), since (prefix word: "Since 2022").
export function range(start, end, { style = 'MMM YYYY', sep = ' – ', present = 'Present', since = null } = {}) {
  if (!end && since) return `${since} ${fmt(start, style)}`;
  return `${fmt(start, style)}${sep}${end ? fmt(end, style) : present}`;
}

// The key's date for a printed ISO date (month only if printed).
export const kd = (iso, style = 'MMM YYYY') => (!iso ? 'present' : (style === 'YYYY' || !hasMonth(iso)) ? yearOf(iso) : iso.slice(0, 7));

// LinkedIn-style duration, counted inclusively in months, as LinkedIn does ("3 years 4 months", "1 year", "4 months").
export const EXPORT_DATE = '2025-07'; // the "today" of every Present duration in this batch
export function duration(start, end) {
  const e = end || EXPORT_DATE;
  let months;
  if (!hasMonth(start) || !hasMonth(e)) months = (Number(yearOf(e)) - Number(yearOf(start))) * 12;
  else months = (Number(e.slice(0, 4)) * 12 + Number(e.slice(5, 7))) - (Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7))) + 1;
  const y = Math.floor(months / 12), m = months % 12;
  const parts = [];
  if (y) parts.push(`${y} year${y > 1 ? 's' : ''}`);
  if (m) parts.push(`${m} month${m > 1 ? 's' : ''}`);
  return parts.join(' ') || 'less than a month';
}

export const fullName = (P) => `${P.first} ${P.last}`;
export const allSkills = (P) => P.skillGroups.flatMap((g) => g.items);
export const loc = (P, withCountry = true) => withCountry ? `${P.city}, ${P.country}` : P.city;

// ---------------------------------------------------------------- answer key
export class Key {
  constructor() {
    this.basics = { profiles: [] };
    this.work = []; this.education = []; this.skills = []; this.sections = []; this.projects = []; this.otherSections = [];
    this.layout = { columns: 1, notes: '' };
  }
  set(field, value) { if (value != null && value !== '') this.basics[field] = value; return value; }
  profile(s) { this.basics.profiles.push(s); return s; }
  section(h) { this.sections.push(h); return h; }
  skill(...s) { this.skills.push(...s); return s; }
  // w: persona role; o: { style (date style printed), location (bool), bullets (array printed), position, name }
  addWork(w, o = {}) {
    const e = { name: o.name ?? w.company, position: o.position ?? w.position };
    if (o.location) e.location = typeof o.location === 'string' ? o.location : w.location;
    if (o.dates !== false) { e.startDate = kd(w.start, o.style); e.endDate = kd(w.end, o.style); }
    const hl = o.bullets ?? w.bullets;
    if (hl.length) e.highlights = [...hl];
    this.work.push(e);
    return e;
  }
  // ed: persona education; o: { style, dates: 'both' | 'end' | 'none', score (bool), location, studyType, area, institution }
  addEdu(ed, o = {}) {
    const e = { institution: o.institution ?? ed.institution };
    if (o.studyType !== false) e.studyType = o.studyType ?? ed.studyType;
    if (o.area !== false) e.area = o.area ?? ed.area;
    if (o.location) e.location = typeof o.location === 'string' ? o.location : ed.location;
    const dates = o.dates ?? 'both';
    if (dates === 'both') { e.startDate = kd(ed.start, o.style); e.endDate = kd(ed.end, o.style); }
    if (dates === 'end') e.endDate = kd(ed.end, o.style);
    if (o.score && ed.score) e.score = ed.score;
    this.education.push(e);
    return e;
  }
  addProject(p, o = {}) {
    const e = { name: p.name };
    if (o.description !== false) e.description = p.description;
    if (o.keywords && p.keywords) e.keywords = [...p.keywords];
    if (o.url && p.url) e.url = p.url;
    this.projects.push(e);
    return e;
  }
  other(heading, items) { this.otherSections.push({ heading, items }); }
  toJSON() {
    const b = { ...this.basics };
    if (!b.profiles.length) delete b.profiles;
    const o = { basics: b, work: this.work, education: this.education, skills: this.skills, sections: this.sections };
    if (this.projects.length) o.projects = this.projects;
    if (this.otherSections.length) o.otherSections = this.otherSections;
    o.layout = this.layout;
    return o;
  }
}

// ---------------------------------------------------------------- icons
// Font Awesome 4 (Debian fonts-font-awesome, family "FontAwesome"): private-use code points land in the text layer,
// as they do in builders that use an icon font.
export const FA = {
  envelope: '\uf0e0', phone: '\uf095', mobile: '\uf10b', pin: '\uf041', globe: '\uf0ac', github: '\uf09b', linkedin: '\uf0e1',
  calendar: '\uf073', trophy: '\uf091', star: '\uf005', link: '\uf0c1', briefcase: '\uf0b1', cap: '\uf19d', code: '\uf121',
  certificate: '\uf0a3', language: '\uf1ab', user: '\uf007', heart: '\uf004', bulb: '\uf0eb', rocket: '\uf135', bolt: '\uf0e7',
  diamond: '\uf219', flag: '\uf024', book: '\uf02d', circle: '\uf111', circleO: '\uf10c', mic: '\uf130',
};
export const fa = (name, cls = 'fa') => `<span class="${cls}" aria-hidden="true">${FA[name]}</span>`;
export const FA_CSS = `.fa{font-family:FontAwesome;font-style:normal;font-weight:normal;display:inline-block;width:1.25em;text-align:center}`;

// Inline SVG icons (drawn here, no text in the PDF), 24x24 viewBox, stroke icons.
const SVG_PATHS = {
  envelope: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3 7l9 6 9-6"/>',
  phone: '<path d="M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2"/>',
  pin: '<path d="M12 21s-7-6.2-7-11a7 7 0 0 1 14 0c0 4.8-7 11-7 11z"/><circle cx="12" cy="10" r="2.5"/>',
  globe: '<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3a14 14 0 0 1 0 18M12 3a14 14 0 0 0 0 18"/>',
  link: '<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>',
  github: '<path d="M9 19c-4 1.5-4-2-6-2.5M15 21v-3.5c0-1 .1-1.4-.5-2 2.8-.3 5.5-1.4 5.5-6a4.6 4.6 0 0 0-1.3-3.2 4.2 4.2 0 0 0-.1-3.2s-1.1-.3-3.5 1.3a12 12 0 0 0-6.2 0C6.5 2.8 5.4 3.1 5.4 3.1a4.2 4.2 0 0 0-.1 3.2A4.6 4.6 0 0 0 4 9.5c0 4.6 2.7 5.7 5.5 6-.6.6-.6 1.2-.5 2V21"/>',
  linkedin: '<rect x="3" y="3" width="18" height="18" rx="2"/><path d="M8 10v7M8 7v.01M12 17v-4a2 2 0 0 1 4 0v4M12 10v7"/>',
  calendar: '<rect x="3" y="5" width="18" height="16" rx="2"/><path d="M3 10h18M8 3v4M16 3v4"/>',
  user: '<circle cx="12" cy="8" r="4"/><path d="M4 21a8 8 0 0 1 16 0"/>',
  star: '<path d="M12 3l2.8 5.7 6.2.9-4.5 4.4 1 6.2L12 17.3 6.5 20.2l1-6.2L3 9.6l6.2-.9z"/>',
  trophy: '<path d="M8 21h8M12 17v4M7 4h10v5a5 5 0 0 1-10 0zM7 6H4a3 3 0 0 0 3 4M17 6h3a3 3 0 0 1-3 4"/>',
  bolt: '<path d="M13 2L4 14h7l-1 8 9-12h-7z"/>',
  briefcase: '<rect x="3" y="7" width="18" height="13" rx="2"/><path d="M9 7V5a2 2 0 0 1 2-2h2a2 2 0 0 1 2 2v2"/>',
};
export const svg = (name, size = 11, color = 'currentColor') =>
  `<svg class="ic" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${SVG_PATHS[name]}</svg>`;

// A photo placeholder (grey silhouette), as the builders show when no photo was uploaded.
export const photo = (size, radius = '50%', bg = '#d7dbe0') =>
  `<div class="photo" style="width:${size}px;height:${size}px;border-radius:${radius};background:${bg};overflow:hidden;flex:none"><svg width="${size}" height="${size}" viewBox="0 0 100 100" aria-hidden="true"><circle cx="50" cy="38" r="18" fill="#f4f5f7"/><path d="M14 100a36 34 0 0 1 72 0z" fill="#f4f5f7"/></svg></div>`;

export const page = ({ lang = 'en', title, css, body }) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;

export const ul = (items, cls = '') => items.length ? `<ul${cls ? ` class="${cls}"` : ''}>${items.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>` : '';
