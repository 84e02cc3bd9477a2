// A JSON Resume file: validated, kept as structured data, and also rendered to plain lines so that "what an
// ATS reads" has text to show.
import type { z } from 'zod';
import { ResumeError } from '../errors.js';
import type { Document, Line, Run } from '../types.js';
import { CELL_SEPARATOR } from './docx/normalize.js';
import { jsonResumeSchema, JSON_RESUME_SECTIONS, type JsonResumeInput } from './json-resume-schema.js';

const invalid = (what: string, detail?: string) =>
  new ResumeError('INVALID_JSON_RESUME', `This JSON file is not a valid JSON Resume: ${what}. Fix it, or export it again from your JSON Resume tool.`, detail);

/** "work[0].startDate" from ["work", 0, "startDate"]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${String(p)}` : String(p);
  return s || 'the top level';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

const EXPECTED: Record<string, string> = { string: 'text', array: 'a list', object: 'an object', number: 'a number', boolean: 'true or false' };

function sentence(issue: z.core.$ZodIssue, root: unknown): string {
  const where = formatPath(issue.path);
  if (issue.code === 'invalid_type') {
    return `${where} should be ${EXPECTED[issue.expected] ?? issue.expected} but is ${describe(valueAt(root, issue.path))}`;
  }
  return `${where} ${issue.message}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2020-02" → "Feb 2020", "2020" → "2020". */
export function formatDate(date: string | null | undefined): string | undefined {
  if (!date) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  return month ? `${month} ${m[1]}` : m[1];
}

/** "Feb 2020 – Present" when there is a start and no end (JSON Resume's convention for a current role). */
function dateRange(start?: string | null, end?: string | null): string | undefined {
  const s = formatDate(start);
  const e = formatDate(end);
  if (s && e) return s === e ? s : `${s} – ${e}`;
  if (s) return `${s} – Present`;
  return e;
}

const join = (parts: (string | null | undefined)[], sep: string) => parts.filter((p): p is string => !!p && p.trim() !== '').join(sep);

class Lines {
  readonly lines: Line[] = [];

  add(text: string | null | undefined, opts: { heading?: number; bold?: boolean; italic?: boolean; bullet?: boolean; link?: string; right?: string; block?: boolean } = {}): void {
    let left = (text ?? '').replace(/\s+/g, ' ').trim();
    let right = opts.right?.replace(/\s+/g, ' ').trim();
    if (!left) [left, right] = [right ?? '', undefined];
    if (!left) return;
    const run: Run = { text: left };
    if (opts.bold) run.bold = true;
    if (opts.italic) run.italic = true;
    if (opts.link) run.link = opts.link;
    const runs: Run[] = [run];
    const index = this.lines.length;
    const line: Line = { text: left, runs, page: 1, index, region: 'body' };
    if (right) {
      runs.push({ text: right });
      line.text = `${left}${CELL_SEPARATOR}${right}`;
      line.cells = [left, right];
    }
    const letters = (s: string) => s.replace(/\s/g, '').length;
    line.bold = opts.bold ? Math.round((letters(left) / letters(line.text)) * 100) / 100 : 0;
    line.italic = opts.italic ? 1 : 0;
    if (opts.heading) line.heading = opts.heading;
    if (opts.bullet) {
      line.bullet = '•';
      line.listLevel = 0;
    }
    line.blockStart = opts.block ?? !opts.bullet;
    line.gapBefore = opts.heading ? 12 : opts.block ? 6 : 0;
    this.lines.push(line);
  }

  section(title: string, present: boolean): boolean {
    if (present) this.add(title, { heading: 2, bold: true });
    return present;
  }

  bullets(items: (string | null | undefined)[] | null | undefined): void {
    for (const item of items ?? []) this.add(item, { bullet: true });
  }
}

const nonEmpty = <T>(a: T[] | null | undefined): a is T[] => Array.isArray(a) && a.length > 0;

/** Renders the resume as the lines a plain single-column document would have. */
function render(r: JsonResumeInput): Line[] {
  const out = new Lines();
  const b = r.basics;
  if (b) {
    out.add(b.name, { heading: 1, bold: true, block: true });
    out.add(b.label);
    if (b.email) out.add(b.email, { link: `mailto:${b.email}` });
    out.add(b.phone);
    if (b.url) out.add(b.url, { link: b.url });
    const loc = b.location;
    if (loc) out.add(join([loc.address, loc.city, loc.region, loc.postalCode, loc.countryCode], ', '));
    for (const p of b.profiles ?? []) {
      const shown = p.url || p.username;
      if (shown) out.add(p.network ? `${p.network}: ${shown}` : shown, p.url ? { link: p.url } : {});
    }
    if (b.summary) out.add(b.summary, { block: true });
  }
  if (out.section('Experience', nonEmpty(r.work))) {
    for (const w of r.work!) {
      out.add(w.position || w.name, { bold: true, right: dateRange(w.startDate, w.endDate), block: true });
      out.add(join([w.position ? w.name : undefined, w.location], ', '), w.url ? { link: w.url } : {});
      out.add(w.description, { italic: true });
      out.add(w.summary);
      out.bullets(w.highlights);
    }
  }
  if (out.section('Volunteering', nonEmpty(r.volunteer))) {
    for (const v of r.volunteer!) {
      out.add(v.position || v.organization, { bold: true, right: dateRange(v.startDate, v.endDate), block: true });
      if (v.position) out.add(v.organization, v.url ? { link: v.url } : {});
      out.add(v.summary);
      out.bullets(v.highlights);
    }
  }
  if (out.section('Education', nonEmpty(r.education))) {
    for (const e of r.education!) {
      const degree = join([e.studyType, e.area], ' in ');
      out.add(degree || e.institution, { bold: true, right: dateRange(e.startDate, e.endDate), block: true });
      if (degree) out.add(e.institution, e.url ? { link: e.url } : {});
      if (e.score) out.add(`Score: ${e.score}`);
      out.bullets(e.courses);
    }
  }
  if (out.section('Skills', nonEmpty(r.skills))) {
    for (const s of r.skills!) {
      const name = join([s.name, s.level ? `(${s.level})` : undefined], ' ');
      const keywords = join(s.keywords ?? [], ', ');
      out.add(name && keywords ? `${name}: ${keywords}` : name || keywords);
    }
  }
  if (out.section('Projects', nonEmpty(r.projects))) {
    for (const p of r.projects!) {
      out.add(p.name, { bold: true, right: dateRange(p.startDate, p.endDate), block: true, ...(p.url ? { link: p.url } : {}) });
      out.add(join([join(p.roles ?? [], ', '), p.entity], ', '), { italic: true });
      out.add(p.description);
      out.bullets(p.highlights);
      if (nonEmpty(p.keywords)) out.add(join(p.keywords, ', '));
    }
  }
  if (out.section('Awards', nonEmpty(r.awards))) {
    for (const a of r.awards!) {
      out.add(a.title, { bold: true, right: formatDate(a.date), block: true });
      out.add(a.awarder);
      out.add(a.summary);
    }
  }
  if (out.section('Certificates', nonEmpty(r.certificates))) {
    for (const c of r.certificates!) {
      out.add(c.name, { bold: true, right: formatDate(c.date), block: true, ...(c.url ? { link: c.url } : {}) });
      out.add(c.issuer);
    }
  }
  if (out.section('Publications', nonEmpty(r.publications))) {
    for (const p of r.publications!) {
      out.add(p.name, { bold: true, right: formatDate(p.releaseDate), block: true, ...(p.url ? { link: p.url } : {}) });
      out.add(p.publisher);
      out.add(p.summary);
    }
  }
  if (out.section('Languages', nonEmpty(r.languages))) {
    for (const l of r.languages!) out.add(join([l.language, l.fluency ? `(${l.fluency})` : undefined], ' '));
  }
  if (out.section('Interests', nonEmpty(r.interests))) {
    for (const i of r.interests!) {
      const keywords = join(i.keywords ?? [], ', ');
      out.add(i.name && keywords ? `${i.name}: ${keywords}` : i.name || keywords);
    }
  }
  if (out.section('References', nonEmpty(r.references))) {
    for (const ref of r.references!) {
      out.add(ref.reference, { block: true });
      if (ref.name) out.add(`— ${ref.name}`, { italic: true });
    }
  }
  return out.lines;
}

/** Validates a parsed JSON value as a JSON Resume and renders it. `bytes` is the size of the original file. */
export function readJsonResume(value: unknown, bytes: number): Document {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalid(`its top level is ${describe(value)}, not an object`);
  if (!JSON_RESUME_SECTIONS.some((k) => k in value)) {
    throw invalid(`it has none of the JSON Resume sections (${JSON_RESUME_SECTIONS.slice(0, 4).join(', ')}, …)`);
  }
  const result = jsonResumeSchema.safeParse(value);
  if (!result.success) {
    const issues = result.error.issues;
    throw invalid(sentence(issues[0]!, value), issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; '));
  }
  const lines = render(result.data);
  return {
    kind: 'json',
    pages: [{ number: 1, columns: 1, images: 0 }],
    lines,
    repairs: [],
    jsonResume: result.data as Record<string, unknown>,
    meta: { bytes },
  };
}
