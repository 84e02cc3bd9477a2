// Shared pieces of the datasci batch: date formatting, the plan (every printed string of one case, built once from
// persona + design options) and the answer key derived from that same plan, plus the external renderers.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const BATCH = 'datasci';
const LO_PROFILE = `file:///tmp/lo-${BATCH}`;
const CHR_PROFILE = `/tmp/chr-${BATCH}`;

// ---------------------------------------------------------------- dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_AP = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function fmt(ym, style) {
  const [y, m] = ym.split('-');
  const mi = Number(m) - 1;
  switch (style) {
    case 'mon': return `${MON[mi]} ${y}`;
    case 'month': return `${MONTH[mi]} ${y}`;
    case 'ap': return `${MON_AP[mi]} ${y}`;
    case 'mm/yyyy': return `${m}/${y}`;
    case 'iso': return `${y}-${m}`;
    case 'year': return y;
    default: throw new Error(`date style ${style}`);
  }
}

// o = {style, sep, present, season (print "Summer 2021" for seasonal roles), gradOnly (print only the end)}
// returns {text, startDate?, endDate?}: the printed text and the key dates at the printed granularity.
export function range(start, end, o, season) {
  const month = o.style !== 'year';
  const k = (d) => (d === 'present' ? 'present' : month ? d : d.slice(0, 4));
  if (o.gradOnly) return { text: end === 'present' ? o.present : fmt(end, o.style), endDate: k(end) };
  if (season && o.season !== false && start.slice(0, 4) === end.slice(0, 4)) {
    return { text: `${season} ${start.slice(0, 4)}`, startDate: start.slice(0, 4), endDate: end.slice(0, 4) };
  }
  const s = fmt(start, o.style);
  const e = end === 'present' ? o.present : fmt(end, o.style);
  if (s === e) return { text: s, startDate: k(start), endDate: k(end) };
  return { text: `${s}${o.sep}${e}`, startDate: k(start), endDate: k(end) };
}

// ---------------------------------------------------------------- plan
// D (design options):
//  contacts: [[kind, form]] in print order; kinds email phone location site linkedin github kaggle scholar tableau;
//    forms: 'plain' | 'handle' (linkedin.com/in/x) | 'https' (https://www.…) | 'user' (bare user name) | 'word' (hyperlinked word)
//  label, summary ('heading' | 'bare' | false), headings {...}, order [...] (reading order), side [...] (sidebar sections)
//  split (false | 'auto'): separate Research / Industry experience sections
//  dates {style, sep, present, season}, eduDates, projDates (or null), degree ('short' | 'long'),
//  maxBullets, maxRoles, projStack (print stack), projUrl, certForm ('name' | 'full' | 'issuer'), langForm
const WORDS = { linkedin: 'LinkedIn', github: 'GitHub', kaggle: 'Kaggle', scholar: 'Google Scholar', tableau: 'Tableau Public', site: 'Portfolio' };

function contact(P, kind, form) {
  const v = P[kind];
  if (!v) return null;
  const c = { kind };
  if (kind === 'email') return { ...c, text: v, href: `mailto:${v}`, keyAs: 'email' };
  if (kind === 'phone') return { ...c, text: v, href: `tel:${v.replace(/[^+\d]/g, '')}`, keyAs: 'phone' };
  if (kind === 'location') return { ...c, text: v, keyAs: 'location' };
  const href = `https://${kind === 'linkedin' ? 'www.' : ''}${v}`;
  if (form === 'word') return { ...c, text: WORDS[kind], href, keyAs: null };
  const keyAs = kind === 'site' ? 'url' : ['linkedin', 'github', 'kaggle'].includes(kind) ? 'profile' : null;
  if (form === 'https') return { ...c, text: href, href, keyAs };
  if (form === 'user') return { ...c, text: v.split('/').pop(), href, keyAs };
  return { ...c, text: v, href, keyAs };
}

const pubText = (p) => {
  const a = p.authors.length === 1 ? p.authors[0] : `${p.authors.slice(0, -1).join(', ')} and ${p.authors.at(-1)}`;
  return `${a} (${p.year}). ${p.title} ${p.venue}`;
};

export function plan(pid, P, D) {
  const H = D.headings;
  const m = { pid, design: D.id, name: P.name, contacts: [], sections: [] };
  if (D.label) m.label = P.label;
  for (const [kind, form] of D.contacts) {
    const c = contact(P, kind, form);
    if (c) m.contacts.push(c);
  }
  if (D.summary) m.summary = P.summary;
  const side = new Set(D.side ?? []);
  const add = (s) => m.sections.push({ ...s, col: side.has(s.id) ? 'side' : 'main' });
  const workEntry = (w) => {
    const r = range(w.start, w.end, D.dates, w.season);
    return { org: w.org, title: w.title, loc: D.workLoc === false ? null : w.loc, dates: r.text, startDate: r.startDate, endDate: r.endDate, bullets: w.bullets.slice(0, D.maxBullets ?? 9), tags: w.tags, kind: w.kind };
  };
  const work = P.work.slice(0, D.maxRoles ?? 9);
  const certLine = (c) => (D.certForm === 'full' ? `${c.name} — ${c.issuer}, ${c.year}` : D.certForm === 'issuer' ? `${c.name} (${c.issuer})` : c.name);
  const langLine = ([l, lv]) => (D.langForm === 'dash' ? `${l} — ${lv}` : D.langForm === 'colon' ? `${l}: ${lv}` : `${l} (${lv})`);
  for (const id of D.order) {
    if (id === 'contact') add({ id, type: 'contact', heading: H.contact });
    else if (id === 'summary' && D.summary === 'heading') add({ id, type: 'summary', heading: H.summary, text: P.summary });
    else if (id === 'work') {
      const hasResearch = work.some((w) => w.kind === 'research');
      if (D.split && hasResearch) {
        for (const kind of D.splitOrder ?? ['industry', 'research']) {
          add({ id: `work-${kind}`, type: 'work', heading: H[kind], entries: work.filter((w) => w.kind === kind).map(workEntry) });
        }
      } else add({ id, type: 'work', heading: H.work, entries: work.map(workEntry) });
    } else if (id === 'education') {
      add({
        id, type: 'education', heading: H.education, entries: P.education.map((e) => {
          const r = range(e.start, e.end, D.eduDates);
          const degree = D.degree === 'long' ? e.long : e.short;
          return {
            inst: e.inst, degree, area: e.area, loc: e.loc, dates: r.text, startDate: r.startDate, endDate: r.endDate,
            score: e.score ? (e.scoreLabel ? `${e.scoreLabel}: ${e.score}` : e.score) : null, scoreKey: e.score ?? null,
            thesis: e.thesis && D.thesis !== false ? `Thesis: ${e.thesis}` : null,
            advisor: e.advisor && D.thesis !== false ? `${e.advisorLabel ?? 'Advisor'}: ${e.advisor}` : null,
          };
        }),
      });
    } else if (id === 'projects' && P.projects) {
      add({
        id, type: 'projects', heading: H.projects, entries: P.projects.slice(0, D.maxProjects ?? 9).map((p) => {
          const r = D.projDates ? range(p.start, p.end, D.projDates) : {};
          return { name: p.name, url: D.projUrl === false ? null : D.projUrl === 'https' ? `https://${p.url}` : p.url, href: `https://${p.url}`, stack: D.projStack === false ? null : p.stack, desc: p.desc, dates: r.text ?? null, startDate: r.startDate, endDate: r.endDate };
        }),
      });
    } else if (id === 'skills') {
      add({ id, type: 'skills', heading: H.skills, groups: P.skills.map((g) => ({ label: g.label, items: g.items.map(([name, lvl, pct]) => ({ name, lvl, pct })) })) });
    } else if (id === 'certs' && P.certs) add({ id, type: 'list', heading: H.certs, items: P.certs.map(certLine), raw: P.certs });
    else if (id === 'pubs' && P.pubs) add({ id, type: 'list', heading: H.pubs, items: P.pubs.map(pubText), bold: P.pubs.map((p) => p.authors.find((a) => a.startsWith(P.name.split(' ').pop()))), numbered: true });
    else if (id === 'talks' && P.talks) add({ id, type: 'list', heading: H.talks, items: P.talks });
    else if (id === 'awards' && P.awards) add({ id, type: 'list', heading: H.awards, items: P.awards });
    else if (id === 'langs' && P.langs) add({ id, type: 'list', heading: H.langs, items: P.langs.map(langLine) });
    else if (id === 'courses' && P.courses) add({ id, type: 'list', heading: H.courses, items: P.courses });
    else if (id === 'kaggle' && P.comps) add({ id, type: 'list', heading: H.kaggle, items: [P.kaggleLine, ...P.comps] });
  }
  return m;
}

// ---------------------------------------------------------------- key (built only from the plan)
export function keyOf(m) {
  const basics = { name: m.name };
  if (m.label) basics.label = m.label;
  const profiles = [];
  for (const c of m.contacts) {
    if (c.keyAs === 'profile') profiles.push(c.text);
    else if (c.keyAs) basics[c.keyAs] = c.text;
  }
  if (profiles.length) basics.profiles = profiles;
  if (m.summary) basics.summary = m.summary;
  const key = { basics, work: [], education: [], skills: [], sections: [] };
  const dates = (o, e) => {
    if (e.startDate) o.startDate = e.startDate;
    if (e.endDate) o.endDate = e.endDate;
    return o;
  };
  const other = [];
  for (const s of m.sections) {
    if (s.heading) key.sections.push(s.heading);
    if (s.type === 'work') {
      for (const e of s.entries) key.work.push(dates({ name: e.org, position: e.title, ...(e.loc ? { location: e.loc } : {}) }, e));
      s.entries.forEach((e, i) => { key.work[key.work.length - s.entries.length + i].highlights = e.bullets; });
    } else if (s.type === 'education') {
      for (const e of s.entries) {
        const o = { institution: e.inst, studyType: e.degree, area: e.area };
        dates(o, e);
        if (e.scoreKey) o.score = e.scoreKey;
        key.education.push(o);
      }
    } else if (s.type === 'projects') {
      key.projects = s.entries.map((p) => {
        const o = { name: p.name };
        if (p.desc) o.description = p.desc;
        if (p.url) o.url = p.url;
        if (p.stack) o.keywords = p.stack;
        return dates(o, p);
      });
    } else if (s.type === 'skills') {
      for (const g of s.groups) for (const it of g.items) key.skills.push(it.name);
    } else if (s.type === 'list') other.push({ heading: s.heading, items: s.items });
  }
  if (other.length) key.otherSections = other;
  return key;
}

// ---------------------------------------------------------------- renderers (one at a time, timeout 120, private profiles)
const run = (cmd, args, o = {}) => execFileSync('timeout', ['120', cmd, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...o });

export function chromiumPdf(htmlFile, pdfFile) {
  run('chromium', ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${CHR_PROFILE}`, `--print-to-pdf=${pdfFile}`, `file://${htmlFile}`]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

export function sofficeConvert(src, filter, outDir) {
  try {
    run('soffice', [`-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, src]);
  } catch { /* the caller checks that the output exists */ }
  const out = path.join(outDir, path.basename(src).replace(/\.[^.]+$/, '') + '.' + filter.split(':')[0]);
  if (!fs.existsSync(out)) throw new Error(`soffice wrote no ${filter} for ${src}`);
  return out;
}

export function latexPdf(engine, texFile) {
  const cwd = path.dirname(texFile);
  for (let i = 0; i < 2; i++) {
    try {
      run(engine, ['-interaction=nonstopmode', '-halt-on-error', path.basename(texFile)], { cwd, env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600', FORCE_SOURCE_DATE: '1' } });
    } catch (e) {
      const log = texFile.replace(/\.tex$/, '.log');
      throw new Error(`${engine} failed: ${fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join(' | ') : e.message}`);
    }
  }
  return texFile.replace(/\.tex$/, '.pdf');
}

export const pageCount = (pdf) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
