// Shared helpers of the "builders" batch: escaping, printed date formats, the answer-key recorder, Chromium and
// LibreOffice runners, and a tiny PNG writer (the grey photo-placeholder circle used by the DOCX designs).
//
// Single source of truth: a design never writes the key by hand. Every printed field goes through the recorder
// (`r.b('email', P.email)`, `j.f('position', w.position)`, `j.dates(w, style)`, `r.sec('Skills', 'side')`, ...),
// which stores the value in the key and returns the same string for the page.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

export const esc = (s) => String(s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ------------------------------------------------------------------------------------------------ dates
const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// Printed form of an ISO date in a style; a style without a month prints the year only.
export function fmt(iso, style) {
  const y = iso.slice(0, 4);
  if (style === 'YYYY' || iso.length < 7) return y;
  const m = Number(iso.slice(5, 7));
  const mm = String(m).padStart(2, '0');
  switch (style) {
    case 'MMM YYYY': return `${MON[m - 1]} ${y}`;
    case 'MMMM YYYY': return `${MONTH[m - 1]} ${y}`;
    case 'MMM. YYYY': return `${MON_DOT[m - 1]} ${y}`;
    case 'MM/YYYY': return `${mm}/${y}`;
    case 'YYYY-MM': return `${y}-${mm}`;
    default: throw new Error(`unknown date style ${style}`);
  }
}
// Key form of a printed ISO date: the month only when the style prints it.
export const keyDate = (iso, style) => (style === 'YYYY' || iso.length < 7 ? iso.slice(0, 4) : iso.slice(0, 7));

// ------------------------------------------------------------------------------------------------ key recorder
const BASICS = ['name', 'label', 'email', 'phone', 'url', 'location', 'profiles', 'summary'];
const WORK = ['name', 'position', 'location', 'startDate', 'endDate', 'highlights'];
const EDU = ['institution', 'studyType', 'area', 'location', 'startDate', 'endDate', 'score'];
// Copy of o with the known fields first, in a fixed order (JSON readability only).
function order_(o, fields) {
  const out = {};
  for (const f of fields) if (o[f] !== undefined) out[f] = o[f];
  for (const [k, v] of Object.entries(o)) if (!(k in out)) out[k] = v;
  return out;
}
class Entry {
  constructor(obj) { this.o = obj; }
  f(field, v) { this.o[field] = v; return v; }
  hl(v) { (this.o.highlights ??= []).push(v); return v; }
  // Prints a range and records start/end. o: { style, sep, present }. A `when` season prints as is (start = end = its year).
  dates(item, { style = 'MMM YYYY', sep = ' – ', present = 'Present' } = {}) {
    if (item.when) {
      const y = item.when.match(/\d{4}/)[0];
      this.o.startDate = y; this.o.endDate = y;
      return item.when;
    }
    this.o.startDate = keyDate(item.start, style);
    this.o.endDate = item.end ? keyDate(item.end, style) : 'present';
    return `${fmt(item.start, style)}${sep}${item.end ? fmt(item.end, style) : present}`;
  }
  // Only the end (graduation) date is printed.
  end(item, style = 'YYYY') { this.o.endDate = keyDate(item.end, style); return fmt(item.end, style); }
}

export class Rec {
  constructor() {
    this.basics = {};
    this.work = []; this.education = []; this.skills = []; this.projects = []; this.others = [];
    this.secs = [];
    this.layout = { columns: 1, notes: '' };
  }
  b(field, v) { this.basics[field] = v; return v; }
  profile(v) { (this.basics.profiles ??= []).push(v); return v; }
  // A printed heading; col names the region it sits in. key() orders the regions.
  sec(h, col = 'main') { this.secs.push({ h, col }); return h; }
  skill(v) { this.skills.push(v); return v; }
  job() { const o = {}; this.work.push(o); return new Entry(o); }
  edu() { const o = {}; this.education.push(o); return new Entry(o); }
  project() { const o = {}; this.projects.push(o); return new Entry(o); }
  // An "other" section (languages, strengths, achievements, interests, certificates, my time); returns an adder.
  other(heading) {
    const o = { heading, items: [] };
    this.others.push(o);
    return (item) => { o.items.push(item); return item; };
  }
  key(order, notes, columns = 1) {
    const sections = [];
    for (const col of order) for (const s of this.secs) if (s.col === col) sections.push(s.h);
    const unknown = this.secs.filter((s) => !order.includes(s.col));
    if (unknown.length) throw new Error(`sections in unordered regions: ${unknown.map((s) => s.col).join(',')}`);
    const k = { basics: order_(this.basics, BASICS), work: this.work.map((o) => order_(o, WORK)), education: this.education.map((o) => order_(o, EDU)), skills: this.skills, sections };
    if (this.projects.length) k.projects = this.projects;
    if (this.others.length) k.otherSections = this.others.filter((o) => o.items.length);
    k.layout = { columns, notes };
    return k;
  }
}

// ------------------------------------------------------------------------------------------------ renderers
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 });
export const CHROME_PROFILE = '/tmp/chr-builders';
export const LO_PROFILE = 'file:///tmp/lo-builders';

export function chromiumPdf(htmlFile, pdfFile) {
  fs.rmSync(pdfFile, { force: true });
  run('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
    `--user-data-dir=${CHROME_PROFILE}`, '--no-first-run', '--disable-extensions', '--allow-file-access-from-files',
    `--print-to-pdf=${pdfFile}`, pathToFileURL(htmlFile).href]);
  if (!fs.existsSync(pdfFile)) throw new Error(`chromium wrote no PDF for ${htmlFile}`);
}

// LibreOffice renders a DOCX to PDF (used by check.mjs and to count pages). Returns the PDF path.
export function sofficePdf(docxFile, outDir) {
  fs.mkdirSync(outDir, { recursive: true });
  run('timeout', ['120', 'soffice', `-env:UserInstallation=${LO_PROFILE}`, '--headless', '--norestore',
    '--convert-to', 'pdf', '--outdir', outDir, docxFile]);
  const pdf = path.join(outDir, path.basename(docxFile).replace(/\.docx$/, '.pdf'));
  if (!fs.existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${docxFile}`);
  return pdf;
}

export function pdfPages(pdf) {
  const info = run('pdfinfo', [pdf]).toString();
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export const versions = () => ({
  chromium: run('chromium', ['--version']).toString().trim(),
  soffice: run('soffice', ['--version']).toString().trim().split('\n')[0],
});

// ------------------------------------------------------------------------------------------------ PNG
const CRC = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; }
  return t;
})();
function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
// A size×size RGBA PNG: a grey disc (photo placeholder) with a lighter head-and-shoulders silhouette, transparent corners.
export function circlePng(size = 240, grey = [200, 204, 210]) {
  const rows = [];
  const c = size / 2, R = size / 2 - 1;
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - c, y + 0.5 - c);
      const a = Math.max(0, Math.min(1, R - d + 0.5));
      const head = Math.hypot(x - c, y - c * 0.8) < size * 0.17;
      const body = Math.hypot((x - c) / 1.35, y - size * 0.98) < size * 0.33;
      const col = head || body ? [236, 238, 241] : grey;
      row.set([...col, Math.round(a * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}
