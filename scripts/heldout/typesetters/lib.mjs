// Shared helpers for the "typesetters" batch: the answer-key recorder, date formatting (printed text and key date
// come from one call, so page and key cannot drift), escaping for troff / XML / TeX, and sequential tool runners
// (every external tool under `timeout 120`, LibreOffice with a private profile).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// ---------------------------------------------------------------- answer key
// A design calls these while it emits text: whatever is recorded is exactly what it printed.
export class Key {
  constructor() {
    this.basics = {};
    this.work = [];
    this.education = [];
    this.projects = [];
    this.skills = [];
    this.sections = [];
    this.otherSections = [];
  }
  sec(heading) { this.sections.push(heading); return heading; }
  set(field, value) { this.basics[field] = value; return value; }
  profile(text) { (this.basics.profiles ??= []).push(text); return text; }
  job(o) { const w = clean({ ...o, highlights: [] }); this.work.push(w); return w; }
  edu(o) { const e = clean(o); this.education.push(e); return e; }
  project(o) { const p = clean(o); this.projects.push(p); return p; }
  skill(s) { this.skills.push(s); return s; }
  other(heading, items) { this.otherSections.push({ heading, items: [...items] }); }
  toJSON() {
    const out = { basics: this.basics, work: this.work, education: this.education };
    if (this.projects.length) out.projects = this.projects;
    out.skills = this.skills;
    out.sections = this.sections;
    if (this.otherSections.length) out.otherSections = this.otherSections;
    if (this.layout) out.layout = this.layout;
    return out;
  }
}
const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''));

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n) => String(n).padStart(2, '0');
// style: 'mon' (Mar 2021), 'month' (March 2021), 'mm/yyyy', 'mm.yyyy', 'yyyy'.
export function fmtDate(d, style) {
  const iso = `${d.y}-${pad(d.m)}`;
  switch (style) {
    case 'mon': return { text: `${MON[d.m - 1]} ${d.y}`, iso };
    case 'month': return { text: `${MONTH[d.m - 1]} ${d.y}`, iso };
    case 'mm/yyyy': return { text: `${pad(d.m)}/${d.y}`, iso };
    case 'mm.yyyy': return { text: `${pad(d.m)}.${d.y}`, iso };
    case 'yyyy': return { text: String(d.y), iso: String(d.y) };
    default: throw new Error(`date style ${style}`);
  }
}
// A printed range and its key dates. o: {style, sep, present, since (print "since 08.2021" for a current entry),
// seasons (print `season` when the entry has one),
// collapse (print "2016" once when start and end years match and the style is year-only)}.
export function range(entry, o) {
  if (o.seasons && entry.season) {
    const y = String(entry.end?.y ?? entry.start.y);
    return { text: entry.season, startDate: String(entry.start.y), endDate: y };
  }
  const s = fmtDate(entry.start, o.style);
  if (!entry.end && o.since) return { text: `${o.since} ${s.text}`, startDate: s.iso, endDate: 'present', startText: s.text, endText: '' };
  if (!entry.end) return { text: `${s.text}${o.sep}${o.present}`, startDate: s.iso, endDate: 'present', startText: s.text, endText: o.present };
  const e = fmtDate(entry.end, o.style);
  if (o.collapse && s.text === e.text) return { text: s.text, startDate: s.iso, endDate: e.iso, startText: s.text, endText: '' };
  return { text: `${s.text}${o.sep}${e.text}`, startDate: s.iso, endDate: e.iso, startText: s.text, endText: e.text };
}
// Degree text as printed and its key parts.
export function degree(ed, joiner = ' in ') {
  if (ed.degreeOnly) return { text: ed.degree, studyType: ed.degree, area: ed.area };
  return { text: `${ed.degree}${joiner}${ed.area}`, studyType: ed.degree, area: ed.area };
}

// ---------------------------------------------------------------- escaping
export const xml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// troff: backslash, and a leading control character; text goes through preconv (-k) so UTF-8 is fine.
export const tr = (s) => String(s).replace(/\\/g, '\\e').replace(/^([.'])/, '\\&$1');
// troff text used inside a macro argument in double quotes: no raw double quotes.
export const tra = (s) => tr(s).replace(/"/g, '\\(dq');
export const tex = (s) => String(s)
  .replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

// ---------------------------------------------------------------- tools
export function run(cmd, args, o = {}) {
  return execFileSync('timeout', ['120', cmd, ...args], { cwd: o.cwd, input: o.input, maxBuffer: 64 << 20, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...(o.env ?? {}) } });
}
export const LO_PROFILE = 'file:///tmp/lo-typesetters';
// Converts `src` with LibreOffice (`filter`: 'pdf', 'docx:MS Word 2007 XML', ...) into outdir; returns the path or null.
export function soffice(src, filter, outdir) {
  const ext = filter.split(':')[0];
  const out = path.join(outdir, path.basename(src).replace(/\.[^.]+$/, '.' + ext));
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outdir, src]);
  } catch { /* reported by the missing file */ }
  return fs.existsSync(out) ? out : null;
}
export function pdfPages(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}
