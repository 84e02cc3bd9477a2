// Shared helpers for the "exports" batch: escaping, date texts that record their key value at the same time,
// export-style durations, the answer-key builder, and the two renderers (Chromium for HTML → PDF, LibreOffice for
// DOCX → PDF), each with a private profile, a 120 s timeout and one process at a time.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync, strToU8 } from 'fflate';

// The "export date" used for "Present" durations and "last updated" lines.
export const NOW = '2025-05';

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ym = (s) => s.split('-').map(Number);

// Printed text of one date in a style; `end` picks the last day of the month for day-precision styles.
export function dateText(d, style, end = false) {
  const [y, m] = ym(d);
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'MMMM YYYY': return `${MONTHS[m - 1]} ${y}`;
    case 'MMM YYYY': return `${MONTHS[m - 1].slice(0, 3)} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'DD/MM/YYYY': {
      const last = m === 2 && y % 4 === 0 ? 29 : LAST_DAY[m - 1];
      return `${String(end ? last : 1).padStart(2, '0')}/${mm}/${y}`;
    }
    case 'YYYY': return String(y);
    default: throw new Error(`unknown date style ${style}`);
  }
}
// Key value of a printed date at the printed granularity.
export const dateIso = (d, style) => (style === 'YYYY' ? d.slice(0, 4) : d.slice(0, 7));

// Prints "start SEP end" (end null → the present word) and stores startDate/endDate on the key object.
export function range(obj, start, end, { style, sep = ' - ', present = 'Present', endStyle } = {}) {
  obj.startDate = dateIso(start, style);
  obj.endDate = end ? dateIso(end, endStyle ?? style) : 'present';
  return `${dateText(start, style)}${sep}${end ? dateText(end, endStyle ?? style, true) : present}`;
}
// A single printed date (graduation) → endDate only.
export function onlyEnd(obj, d, style) {
  obj.endDate = dateIso(d, style);
  return dateText(d, style, true);
}

// Inclusive month count, as LinkedIn and job boards compute tenures.
export function months(start, end) {
  const [sy, sm] = ym(start);
  const [ey, em] = ym(end ?? NOW);
  return (ey - sy) * 12 + (em - sm) + 1;
}
export function tenure(n, kind = 'linkedin') {
  const y = Math.floor(n / 12), m = n % 12;
  const words = kind === 'linkedin' ? [['year', 'years'], ['month', 'months']] : [['yr', 'yrs'], ['mo', 'mos']];
  const parts = [];
  if (y) parts.push(`${y} ${y === 1 ? words[0][0] : words[0][1]}`);
  if (m) parts.push(`${m} ${m === 1 ? words[1][0] : words[1][1]}`);
  return parts.join(' ') || `1 ${words[1][0]}`;
}

// The answer key. Every setter returns the value so a design prints exactly what it records.
export class Key {
  constructor() {
    this.basics = {};
    this.work = [];
    this.education = [];
    this.projects = [];
    this.skills = [];
    this.sections = [];
    this.otherSections = [];
    this.layout = { columns: 1, notes: '' };
  }
  b(field, v) { this.basics[field] = v; return v; }
  profile(v) { (this.basics.profiles ??= []).push(v); return v; }
  sec(h) { this.sections.push(h); return h; }
  skill(s) { this.skills.push(s); return s; }
  job() { const w = {}; this.work.push(w); return w; }
  edu() { const e = {}; this.education.push(e); return e; }
  // Returns an adder for the items of an "other" section (certifications, languages, awards...).
  other(heading) {
    const o = { heading, items: [] };
    this.otherSections.push(o);
    return (item) => { o.items.push(item); return item; };
  }
  toJSON() {
    const out = { basics: this.basics };
    for (const k of ['work', 'education', 'projects', 'skills', 'sections', 'otherSections']) if (this[k].length) out[k] = this[k];
    out.layout = this.layout;
    return out;
  }
}
// Set a field on a key object and return the value (for inline use in templates).
export const put = (obj, field, v) => { obj[field] = v; return v; };
export const push = (obj, field, v) => { (obj[field] ??= []).push(v); return v; };

const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });

export function printPdf(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    '--user-data-dir=/tmp/chr-exports', '--no-first-run', '--disable-extensions', '--allow-file-access-from-files',
    `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

// DOCX → PDF with LibreOffice Writer (private profile). `tagged` asks for a tagged PDF, as Word's "Save as PDF" writes.
export function docxToPdf(docxFile, outDir, { tagged = false } = {}) {
  fs.mkdirSync(outDir, { recursive: true });
  const filter = tagged ? 'pdf:writer_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"},"ExportBookmarks":{"type":"boolean","value":"true"}}' : 'pdf';
  run('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-exports', '--headless', '--norestore',
    '--convert-to', filter, '--outdir', outDir, docxFile]);
  const made = path.join(outDir, path.basename(docxFile).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(made)) throw new Error(`soffice wrote no PDF for ${docxFile}`);
  return made;
}

export function pageCount(pdf) {
  return Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]).toString())[1]);
}

export function zip(files) {
  const entries = {};
  for (const [name, text] of Object.entries(files)) entries[name] = [strToU8(text), { mtime: new Date('2025-05-14T09:41:00Z') }];
  return zipSync(entries, { level: 6 });
}
