// Shared helpers for the executives batch: date formatting, the plan (every printed string + the key built from the
// same strings), escaping, and the renderers' runners (Chromium, LibreOffice, pdfLaTeX), one at a time with timeout 120.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BATCH = 'executives';
export const LO_PROFILE = `file:///tmp/lo-${BATCH}`;
export const CHR_PROFILE = `/tmp/chr-${BATCH}`;

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// style: mon "Jan 2020" | month "January 2020" | mmyyyy "01/2020" | year "2020"
export function fmtDate(dt, style, present) {
  if (!dt) return present;
  if (style === 'mon') return `${MON[dt.m - 1]} ${dt.y}`;
  if (style === 'month') return `${MONTH[dt.m - 1]} ${dt.y}`;
  if (style === 'mmyyyy') return `${String(dt.m).padStart(2, '0')}/${dt.y}`;
  return String(dt.y);
}
export function keyDate(dt, style) {
  if (!dt) return 'present';
  return style === 'year' ? String(dt.y) : `${dt.y}-${String(dt.m).padStart(2, '0')}`;
}

export const escXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escTex = (s) => String(s)
  .replace(/\\/g, '\\textbackslash{}')
  .replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}')
  .replace(/\^/g, '\\textasciicircum{}')
  .replace(/“/g, '``').replace(/”/g, "''")
  .replace(/–/g, '--').replace(/—/g, '---');

const DEFAULT_HEADINGS = {
  summary: 'Executive Summary', competencies: 'Core Competencies', highlights: 'Career Highlights',
  experience: 'Professional Experience', earlier: 'Earlier Career', education: 'Education',
  execEd: 'Executive Education', board: 'Board & Advisory Roles', affiliations: 'Professional Affiliations',
  speaking: 'Speaking',
};

/**
 * Build the plan: every string the page prints, plus the key made from the same strings.
 * opts: dateStyle, present, sep, headings{}, order[] (section kinds), profiles ('bare'|'https'|'none'),
 * execEdSeparate (bool; else exec ed is listed inside the education section), promoted (bool: later roles print
 * "Promoted to <title>"), boardBio (work = role list only, no bullets).
 */
export function makePlan(p, opts) {
  const style = opts.dateStyle;
  const present = opts.present ?? 'Present';
  const sep = opts.sep ?? ' – ';
  const H = { ...DEFAULT_HEADINGS, ...(opts.headings ?? {}) };
  const range = (a, b) => `${fmtDate(a, style, present)}${sep}${fmtDate(b, style, present)}`;
  const yrSep = opts.yearSep ?? sep;

  const contacts = [
    { kind: 'phone', text: p.phone, href: `tel:${p.phone.replace(/[^+\d]/g, '')}` },
    { kind: 'email', text: p.email, href: `mailto:${p.email}` },
    { kind: 'location', text: p.location },
  ];
  const profiles = [];
  const prof = opts.profiles ?? 'bare';
  for (const k of ['linkedin', 'github']) {
    if (!p[k]) continue;
    const text = prof === 'https' ? `https://www.${p[k]}` : p[k];
    if (prof === 'none') {
      contacts.push({ kind: k, text: k === 'linkedin' ? 'LinkedIn' : 'GitHub', href: `https://www.${p[k]}`, wordOnly: true });
    } else {
      contacts.push({ kind: k, text, href: `https://www.${p[k]}` });
      profiles.push(text);
    }
  }

  const employers = p.employers.map((e) => ({
    name: e.name, desc: e.desc, location: e.location,
    span: `${e.roles.at(-1).start.y}${yrSep}${e.roles[0].end ? e.roles[0].end.y : present}`,
    roles: e.roles.map((r, i) => ({
      title: r.title,
      promoted: Boolean(opts.promoted && i < e.roles.length - 1),
      dates: range(r.start, r.end), start: r.start, end: r.end,
      bullets: opts.boardBio ? [] : r.bullets,
    })),
  }));
  const earlier = p.earlier.map((r) => ({ ...r, dates: `${r.start}${yrSep}${r.end}` }));
  const education = p.education.map((e) => ({ ...e, year: String(e.end) }));
  const execEd = p.execEd.map((e) => ({ ...e, yearText: String(e.year) }));

  const heads = {};
  for (const k of opts.order) heads[k] = H[k];

  // ---- key ----
  const key = { basics: { name: p.name, label: p.label, email: p.email, phone: p.phone, location: p.location } };
  if (profiles.length) key.basics.profiles = profiles;
  if (opts.order.includes('summary') || opts.summaryNoHeading) key.basics.summary = p.summary;
  key.work = [];
  for (const e of employers) {
    for (const r of e.roles) {
      const w = { name: e.name };
      if (!opts.boardBio && !opts.noDesc) w.description = e.desc;
      w.position = r.title;
      if (!opts.boardBio) w.location = e.location;
      w.startDate = keyDate(r.start, style);
      w.endDate = keyDate(r.end, style);
      if (r.bullets.length) w.highlights = [...r.bullets];
      key.work.push(w);
    }
  }
  for (const r of earlier) key.work.push({ name: r.name, position: r.title, startDate: String(r.start), endDate: String(r.end) });
  key.education = education.map((e) => {
    const o = { institution: e.institution, studyType: e.studyType, area: e.area, endDate: String(e.end) };
    if (e.score && !opts.noScore) o.score = e.score;
    return o;
  });
  for (const x of execEd) key.education.push({ institution: x.institution, area: x.program, endDate: String(x.year) });
  key.skills = [...p.competencies];
  key.sections = opts.order.map((k) => H[k]);
  const other = [];
  const addOther = (k, items) => { if (opts.order.includes(k)) other.push({ heading: H[k], items: [...items] }); };
  addOther('highlights', p.highlights);
  addOther('board', p.board);
  addOther('affiliations', p.affiliations);
  addOther('speaking', p.speaking);
  if (other.length) key.otherSections = other;

  return { p, opts, H: heads, contacts, employers, earlier, education, execEd, key, range };
}

export function run(cmd, args, opts = {}) {
  return execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26, ...opts });
}

export function chromiumPdf(htmlFile, pdfFile) {
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${CHR_PROFILE}`, '--no-pdf-header-footer',
    `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
}

export function sofficePdf(srcFile, outDir) {
  run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, srcFile]);
  return path.join(outDir, `${path.basename(srcFile).replace(/\.[^.]+$/, '')}.pdf`);
}

export function pdflatex(texFile) {
  const dir = path.dirname(texFile);
  for (let i = 0; i < 2; i++) run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', '-output-directory', dir, texFile], { cwd: dir });
  return texFile.replace(/\.tex$/, '.pdf');
}

export function pageCount(pdf) {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)[1]);
}

export function writeJson(file, obj) { fs.writeFileSync(file, `${JSON.stringify(obj, null, 1)}\n`); }
