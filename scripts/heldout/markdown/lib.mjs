// Shared helpers of the "markdown" batch: printed date formats and the answer key. A design prints every field
// through these helpers and records the printed string in the Key at the same moment, so key and page cannot drift.
import { txt } from './md.mjs';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// Date styles: 'Mon YYYY', 'Month YYYY', 'MM/YYYY', 'YYYY-MM', 'YYYY/MM', 'YYYY'.
export function fmt(iso, style) {
  const y = iso.slice(0, 4);
  if (style === 'YYYY' || iso.length < 7) return y;
  const m = Number(iso.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'Mon YYYY': return `${MON[m - 1]} ${y}`;
    case 'Month YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    case 'YYYY/MM': return `${y}/${mm}`;
    default: throw new Error(`date style ${style}`);
  }
}

// d: {style, sep, present}; item: {start, end, season}. Returns [printed text, key dates].
export function dates(item, d) {
  if (item.season && d.season !== false) {
    const y = item.start.slice(0, 4);
    return [`${item.season} ${y}`, { startDate: y, endDate: y }];
  }
  const key = (iso) => (!iso ? 'present' : d.style === 'YYYY' || iso.length < 7 ? iso.slice(0, 4) : iso.slice(0, 7));
  const text = `${fmt(item.start, d.style)}${d.sep ?? ' – '}${item.end ? fmt(item.end, d.style) : (d.present ?? 'Present')}`;
  return [text, { startDate: key(item.start), endDate: key(item.end) }];
}

export class Key {
  constructor(columns = 1) {
    this.basics = {}; this.profiles = []; this.work = []; this.education = []; this.skills = []; this.sections = [];
    this.projects = []; this.other = []; this.layout = { columns, notes: '' };
  }
  // every recorder returns what it was given, so a design writes `${k.b('email', p.email)}` into its source
  b(field, md) { this.basics[field] = txt(md).replace(/\s*\n\s*/g, ' '); return md; }
  profile(md) { this.profiles.push(txt(md)); return md; }
  section(md) { this.sections.push(txt(md)); return md; }
  skill(md) { const v = txt(md); if (!this.skills.some((s) => s.toLowerCase() === v.toLowerCase())) this.skills.push(v); return md; }
  skillList(list) { list.forEach((s) => this.skill(s)); return list; }
  // e: {name, position, location, dates: key dates, highlights: [md]}
  job(e) {
    const o = { name: txt(e.name), position: txt(e.position) };
    if (e.location) o.location = txt(e.location);
    Object.assign(o, e.dates ?? {});
    if (e.highlights?.length) o.highlights = e.highlights.map(txt);
    this.work.push(o);
    return o;
  }
  edu(e) {
    const o = { institution: txt(e.institution) };
    for (const f of ['studyType', 'area', 'score', 'location']) if (e[f]) o[f] = txt(e[f]);
    Object.assign(o, e.dates ?? {});
    this.education.push(o);
    return o;
  }
  project(e) {
    const o = { name: txt(e.name) };
    if (e.description) o.description = txt(e.description);
    if (e.keywords?.length) o.keywords = e.keywords.map(txt);
    if (e.url) o.url = txt(e.url);
    if (e.highlights?.length) o.highlights = e.highlights.map(txt);
    this.projects.push(o);
    return o;
  }
  otherSection(heading, items) { this.other.push({ heading: txt(heading), items: items.map(txt) }); }
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

// Word-wrap plain text to `width` columns; the first line gets `first`, the rest `rest` as prefix.
export function wrap(text, width, first = '', rest = first) {
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = first;
  let fresh = true;
  for (const w of words) {
    if (!fresh && cur.length + 1 + w.length > width) { lines.push(cur); cur = rest + w; fresh = false; continue; }
    cur += (fresh ? '' : ' ') + w;
    fresh = false;
  }
  lines.push(cur);
  return lines;
}
