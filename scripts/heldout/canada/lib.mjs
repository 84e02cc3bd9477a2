// Shared helpers for the canada batch: date and co-op term formatting (printed text + key value from one call),
// the answer-key builder, escaping, and the renderers' command lines (Chromium, LibreOffice, pdflatex / xelatex),
// always sequential, under `timeout 120`, with private profiles.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// Canadian Press style abbreviations
export const MON_CA = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
export const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');

// d: 'YYYY-MM' | 'YYYY' | 'present'. The key keeps a month only when the style prints one.
export function fmtDate(d, style = 'MMM YYYY', present = 'Present') {
  if (d === 'present') return { text: present, key: 'present' };
  const [y, m] = d.split('-');
  if (!m || style === 'YYYY') return { text: y, key: y };
  const i = Number(m) - 1;
  const text = {
    'MMM YYYY': `${MON[i]} ${y}`,
    'MMM. YYYY': `${MON_CA[i]} ${y}`,
    'MMMM YYYY': `${MONTH[i]} ${y}`,
    'MM/YYYY': `${m}/${y}`,
    'YYYY-MM': `${y}-${m}`,
  }[style];
  if (!text) throw new Error(`unknown date style ${style}`);
  return { text, key: `${y}-${m}` };
}

// o: {style, present, sep}
export function fmtRange(start, end, o = {}) {
  const b = fmtDate(end, o.style, o.present);
  if (!start) return { text: b.text, startDate: undefined, endDate: b.key };
  const a = fmtDate(start, o.style, o.present);
  if (a.text === b.text) return { text: a.text, startDate: a.key, endDate: b.key };
  return { text: `${a.text}${o.sep ?? ' – '}${b.text}`, startDate: a.key, endDate: b.key };
}

const TERM_START = { Winter: 1, Spring: 5, Summer: 5, Fall: 9 };
// term: [season, year, months, startMonth?]; mode: season | season-len | season-dot | months | numeric
export function fmtTerm(term, mode, o = {}) {
  const [season, y, months, first] = term;
  const m0 = first ?? TERM_START[season];
  const m1 = m0 + months - 1;
  const sep = o.sep ?? ' – ';
  switch (mode) {
    case 'season': return { text: `${season} ${y}`, startDate: String(y), endDate: String(y) };
    case 'season-len': return { text: `${season} ${y} (${months} months)`, startDate: String(y), endDate: String(y) };
    case 'season-dot': return { text: `${season} ${y} · ${months} months`, startDate: String(y), endDate: String(y) };
    case 'months': return { text: `${MON[m0 - 1]}${sep}${MON[m1 - 1]} ${y}`, startDate: `${y}-${pad(m0)}`, endDate: `${y}-${pad(m1)}` };
    case 'numeric': return { text: `${pad(m0)}/${y}${sep}${pad(m1)}/${y}`, startDate: `${y}-${pad(m0)}`, endDate: `${y}-${pad(m1)}` };
    default: throw new Error(`unknown term mode ${mode}`);
  }
}

export const jobDates = (j, o) => (j.term ? fmtTerm(j.term, o.term ?? 'season', o) : fmtRange(j.start, j.end, o));

// The answer key. Every method returns the text to print, so a design prints exactly what it records.
export class Key {
  constructor() {
    this.k = { basics: {}, work: [], education: [], skills: [], sections: [] };
  }
  basic(field, v) { this.k.basics[field] = v; return v; }
  profile(v) { (this.k.basics.profiles ??= []).push(v); return v; }
  section(h) { this.k.sections.push(h); return h; }
  skill(s) { this.k.skills.push(s); return s; }
  skills(list) { for (const s of list) this.k.skills.push(s); return list; }
  other(heading, items) {
    const o = (this.k.otherSections ??= []);
    let sec = o.find((x) => x.heading === heading);
    if (!sec) { sec = { heading, items: [] }; o.push(sec); }
    sec.items.push(...items);
    return items;
  }
  // job → printable {position, name, location, dates, highlights}; o: {style, present, sep, term, noLocation,
  // max, other: heading (volunteer roles go to otherSections as work-shaped items)}
  job(j, o = {}) {
    const d = jobDates(j, o);
    const highlights = j.highlights.slice(0, o.max ?? 99);
    const entry = { name: j.name, position: j.position };
    if (!o.noLocation && j.location) entry.location = j.location;
    if (d.startDate) entry.startDate = d.startDate;
    if (d.endDate) entry.endDate = d.endDate;
    if (!o.noHighlights) entry.highlights = highlights;
    if (o.other) this.other(o.other, [entry]); else this.k.work.push(entry);
    return { position: j.position, name: j.name, location: o.noLocation ? null : j.location, dates: d.text, highlights: o.noHighlights ? [] : highlights };
  }
  // education → printable parts; o: {style, present, sep, endOnly, noDates, noLocation, noScore, noArea}
  edu(e, o = {}) {
    const entry = { institution: e.institution, studyType: e.studyType };
    if (e.area && !o.noArea) entry.area = e.area;
    let dates = null;
    if (!o.noDates && e.end) {
      const r = fmtRange(o.endOnly ? null : e.start, e.end, o);
      dates = r.text;
      if (r.startDate) entry.startDate = r.startDate;
      entry.endDate = r.endDate;
    }
    if (e.score && !o.noScore) entry.score = e.score;
    if (e.location && !o.noLocation) entry.location = e.location;
    this.k.education.push(entry);
    return { ...e, area: o.noArea ? null : e.area, dates, location: o.noLocation ? null : e.location, score: o.noScore ? null : e.score };
  }
  // project → printable; o: {style, noDates, noKeywords, max}
  project(p, o = {}) {
    const entry = { name: p.name };
    let dates = null;
    if (!o.noDates && p.end) {
      const r = fmtRange(p.start, p.end, o);
      dates = r.text;
      entry.startDate = r.startDate;
      entry.endDate = r.endDate;
    }
    if (!o.noKeywords) entry.keywords = p.keywords;
    entry.highlights = p.highlights.slice(0, o.max ?? 99);
    (this.k.projects ??= []).push(entry);
    return { ...p, dates, highlights: entry.highlights, keywords: o.noKeywords ? [] : p.keywords };
  }
  layout(columns, notes) { this.k.layout = { columns, notes }; }
  json() {
    const k = structuredClone(this.k);
    if (!k.work.length) delete k.work;
    if (!k.education.length) delete k.education;
    return k;
  }
}

export const xmlEsc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const htmlEsc = xmlEsc;
export function texEsc(s) {
  return String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

// ---- renderers (sequential, timeout 120, private profiles) ----
export const LO_PROFILE = 'file:///tmp/lo-canada';
export const CHR_PROFILE = '/tmp/chr-canada';
const run = (cmd, args, cwd) => execFileSync('timeout', ['120', cmd, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

export function chromiumPdf(htmlFile, pdfFile) {
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${CHR_PROFILE}`, '--no-pdf-header-footer',
    '--virtual-time-budget=3000', `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
}
export function sofficePdf(src, outdir) {
  try {
    run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', outdir, src]);
  } catch { /* the caller checks for the output file */ }
  const out = path.join(outdir, `${path.basename(src).replace(/\.[^.]+$/, '')}.pdf`);
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${src}`);
  return out;
}
export function latexPdf(engine, texFile) {
  const dir = path.dirname(texFile);
  for (let i = 0; i < 2; i++) {
    try { run(engine, ['-interaction=nonstopmode', '-halt-on-error', path.basename(texFile)], dir); } catch (e) {
      throw new Error(`${engine} failed on ${texFile}: ${String(e.stdout ?? '').slice(-1500)}`);
    }
  }
  return texFile.replace(/\.tex$/, '.pdf');
}
export function pdfPages(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
