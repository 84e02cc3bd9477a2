// Shared helpers for the "freelance" held-out batch: printed date formats, the answer-key recorder, HTML escaping,
// stroke icons for the HTML designs, and the external renderers (Chromium, LibreOffice, pdfLaTeX), each run under
// `timeout 120` with a private profile, one at a time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BATCH = 'freelance';
export const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MON_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// One printed date from ISO 'YYYY-MM'. Styles: 'MMM YYYY', 'MMMM YYYY', 'Mon. YYYY' (AP), 'MM/YYYY', 'MM.YYYY',
// 'YYYY-MM', 'YYYY'.
export function fmt(iso, style) {
  const y = iso.slice(0, 4);
  if (style === 'YYYY' || iso.length < 7) return y;
  const m = Number(iso.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'Mon. YYYY': return `${MON_AP[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'MM.YYYY': return `${mm}.${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}

// A printed range. o = {style, sep (default ' – '), present (default 'Present'), season (print "Summer 2019" for an
// item with a season)}. When start and end print identically (year-only style, same year) one value is printed.
export function range(item, o) {
  if (o.season !== false && item.season) return `${item.season} ${item.start.slice(0, 4)}`;
  if (o.style === 'compact') {
    // "May – Dec 2024" within one year, else "Sep 2023 – Mar 2024"
    const sep = o.sep ?? ' – ';
    if (!item.end) return `${fmt(item.start, 'MMM YYYY')}${sep}${o.present ?? 'Present'}`;
    if (item.start.slice(0, 4) === item.end.slice(0, 4)) return `${fmt(item.start, 'MMM YYYY').slice(0, 3)}${sep}${fmt(item.end, 'MMM YYYY')}`;
    return `${fmt(item.start, 'MMM YYYY')}${sep}${fmt(item.end, 'MMM YYYY')}`;
  }
  const a = fmt(item.start, o.style);
  const b = item.end ? fmt(item.end, o.style) : (o.present ?? 'Present');
  return a === b ? a : `${a}${o.sep ?? ' – '}${b}`;
}

// The key's dates for what range() printed with the same options.
export function keyDates(item, o) {
  if (o.season !== false && item.season) return { startDate: item.start.slice(0, 4), endDate: item.start.slice(0, 4) };
  const kd = (iso) => (!iso ? 'present' : o.style === 'YYYY' ? iso.slice(0, 4) : iso.slice(0, 7));
  return { startDate: kd(item.start), endDate: kd(item.end) };
}

// Length of an engagement in months ("7 months", "1 yr 2 mos" …), counted inclusively; null when ongoing.
export function duration(item, short = false) {
  if (!item.end) return null;
  const n = (Number(item.end.slice(0, 4)) - Number(item.start.slice(0, 4))) * 12 + Number(item.end.slice(5, 7)) - Number(item.start.slice(5, 7)) + 1;
  const y = Math.floor(n / 12), m = n % 12;
  if (short) return [y ? `${y} yr${y > 1 ? 's' : ''}` : '', m ? `${m} mo${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
}

// ---------------------------------------------------------------- answer key
// Designs call these at the moment they print a value, so key and page come from the same string.
export class Key {
  constructor() {
    this.basics = {}; this.profiles = [];
    this.work = []; this.education = []; this.skills = []; this.sections = []; this.projects = []; this.others = [];
    this.layout = { columns: 1, notes: '' };
  }
  b(field, value) { this.basics[field] = value; return value; }
  profile(v) { this.profiles.push(v); return v; }
  section(h) { this.sections.push(h); return h; }
  skill(v) { if (!this.skills.some((x) => x.toLowerCase() === v.toLowerCase())) this.skills.push(v); return v; }
  // e: engagement or permanent role; o = {name (printed employer/client), position, location, dates (range options),
  // bullets (printed highlights; default e.bullets), summary}
  job(e, o) {
    const w = { name: o.name, position: o.position };
    if (o.location) w.location = o.location;
    if (o.dates) Object.assign(w, keyDates(e, o.dates));
    if (o.summary) w.summary = o.summary;
    const hl = o.bullets ?? e.bullets ?? [];
    if (hl.length) w.highlights = [...hl];
    this.work.push(w);
    return w;
  }
  // o = {institution, studyType, area, location, score, dates (range options) | endOnly (range options)}
  edu(ed, o) {
    const e = { institution: o.institution ?? ed.institution };
    for (const f of ['studyType', 'area', 'location', 'score']) if (o[f]) e[f] = o[f];
    if (o.dates) Object.assign(e, keyDates(ed, o.dates));
    if (o.endOnly) e.endDate = keyDates(ed, o.endOnly).endDate;
    this.education.push(e);
    return e;
  }
  project(p, o = {}) {
    const e = { name: p.name };
    if (o.description !== false) e.description = p.description;
    this.projects.push(e);
    return e;
  }
  other(heading, items) { this.others.push({ heading, items }); }
  toJSON() {
    const basics = { ...this.basics };
    if (this.profiles.length) basics.profiles = [...this.profiles];
    const o = { basics, work: this.work, education: this.education, skills: this.skills, sections: this.sections };
    if (this.projects.length) o.projects = this.projects;
    if (this.others.length) o.otherSections = this.others;
    o.layout = this.layout;
    return o;
  }
}
// ---------------------------------------------------------------- icons (24x24 stroke paths, no text)
const ICON = {
  mail: '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 6.5l8.5 6.2 8.5-6.2"/>',
  phone: '<path d="M7 3.5h2.8l1.4 4.2-1.9 1.3a10 10 0 0 0 5.7 5.7l1.3-1.9 4.2 1.4v2.8a2 2 0 0 1-2.2 2A16 16 0 0 1 5 5.7a2 2 0 0 1 2-2.2z"/>',
  pin: '<path d="M12 21s-6.5-6-6.5-11.2a6.5 6.5 0 0 1 13 0C18.5 15 12 21 12 21z"/><circle cx="12" cy="9.8" r="2.2"/>',
  globe: '<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.8 2.6 2.8 14.4 0 17M12 3.5c-2.8 2.6-2.8 14.4 0 17"/>',
  link: '<path d="M10 14l4-4M8.5 11.5l-2 2a3.3 3.3 0 0 0 4.7 4.7l2-2M15.5 12.5l2-2a3.3 3.3 0 0 0-4.7-4.7l-2 2"/>',
  linkedin: '<rect x="3.5" y="3.5" width="17" height="17" rx="3"/><path d="M8 10.5v6M8 7.6v.1M11.5 16.5v-6M11.5 13a2.5 2.5 0 0 1 5 0v3.5"/>',
  code: '<path d="M8.5 7.5L4 12l4.5 4.5M15.5 7.5L20 12l-4.5 4.5"/>',
  user: '<circle cx="12" cy="8.5" r="4"/><path d="M4.5 20.5a7.5 7.5 0 0 1 15 0"/>',
  calendar: '<rect x="3.5" y="5" width="17" height="15.5" rx="1.5"/><path d="M3.5 9.5h17M8 3v4M16 3v4"/>',
  grid: '<rect x="4" y="4" width="7" height="7" rx="1"/><rect x="13" y="4" width="7" height="7" rx="1"/><rect x="4" y="13" width="7" height="7" rx="1"/><rect x="13" y="13" width="7" height="7" rx="1"/>',
  pen: '<path d="M4 20l1.2-4.2L15.5 5.5a2.1 2.1 0 0 1 3 3L8.2 18.8z"/><path d="M13.5 7.5l3 3"/>',
};
export function icon(name, size = 11, color = 'currentColor') {
  return `<svg class="ic" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="${color}" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">${ICON[name]}</svg>`;
}

// ---------------------------------------------------------------- renderers
const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...o });

export function chromePdf(htmlFile, pdfFile) {
  run('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=/tmp/chr-${BATCH}`, '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
  return pdfFile;
}

// LibreOffice conversion; returns the output path. infilter e.g. 'Text (encoded):UTF8,LF,Liberation Mono,en-GB,,'.
export function soffice(src, filter, outdir, infilter) {
  const args = [`-env:UserInstallation=file:///tmp/lo-${BATCH}`, '--headless', '--norestore'];
  if (infilter) args.push(`--infilter=${infilter}`);
  try { run('soffice', [...args, '--convert-to', filter, '--outdir', outdir, src]); } catch { /* checked below */ }
  const out = path.join(outdir, `${path.basename(src).replace(/\.[^.]+$/, '')}.${filter.split(':')[0]}`);
  if (!fs.existsSync(out)) throw new Error(`soffice produced nothing for ${src}`);
  return out;
}

export function pdflatex(texFile) {
  const dir = path.dirname(texFile);
  for (let i = 0; i < 2; i++) {
    run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', path.basename(texFile)], { cwd: dir, env: { ...process.env, SOURCE_DATE_EPOCH: '1740000000', FORCE_SOURCE_DATE: '1' } });
  }
  return texFile.replace(/\.tex$/, '.pdf');
}

export const pageCount = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
export const toolVersion = (cmd, args) => { try { return run(cmd, args).toString().split('\n')[0].trim(); } catch { return cmd; } };
