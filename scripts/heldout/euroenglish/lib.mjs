// Answer-key builder, date formats, a grey photo PNG, escaping helpers and the external tool calls
// (Chromium, LibreOffice, XeLaTeX/pdfLaTeX; sequential, `timeout 120`, private profiles).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';

// ---------------------------------------------------------------- key: every printed field is recorded here
export class Key {
  constructor() { this.k = { basics: {}, work: [], education: [], skills: [], sections: [] }; this.dates = []; }
  b(f, v) { this.k.basics[f] = v; return v; }
  profile(v) { (this.k.basics.profiles ??= []).push(v); return v; }
  sec(h) { this.k.sections.push(h); return h; }
  work(o) { const w = { ...o }; this.k.work.push(w); return w; }
  edu(o) { const e = { ...o }; this.k.education.push(e); return e; }
  hl(item, text) { (item.highlights ??= []).push(text); return text; }
  skill(s) { if (!this.k.skills.includes(s)) this.k.skills.push(s); return s; }
  skills(list) { return list.map((s) => this.skill(s)); }
  other(heading) { const o = { heading, items: [] }; (this.k.otherSections ??= []).push(o); return o; }
  item(o, it) { o.items.push(it); return it; }
  // sets item.startDate / endDate at the printed granularity and returns the printed range
  range(item, start, end, style) {
    const f = fmtRange(start, end, style);
    if (f.start) item.startDate = f.start;
    if (f.end) item.endDate = f.end;
    this.dates.push(...f.printed);
    return f.text;
  }
  json(layout) { return { ...this.k, layout }; }
}

// ---------------------------------------------------------------- dates
const LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// style: month printer, separator, word for an open end, 'since' form for open ranges, year-only flag
export const STYLES = {
  slash: { m: (y, mo) => `${mo}/${y}`, sep: ' – ', present: 'today' },
  since: { m: (y, mo) => `${mo}/${y}`, sep: ' – ', since: 'since ' },
  dot: { m: (y, mo) => `${mo}.${y}`, sep: ' - ', present: 'present' },
  dotsince: { m: (y, mo) => `${mo}.${y}`, sep: ' – ', since: 'Since ' },
  abbr: { m: (y, mo) => `${ABBR[mo - 1]} ${y}`, sep: ' – ', present: 'Present' },
  long: { m: (y, mo) => `${LONG[mo - 1]} ${y}`, sep: ' – ', present: 'present' },
  short: { m: (y, mo) => `${SHORT[mo - 1]} ${y}`, sep: ' – ', present: 'now' },
  year: { year: true, sep: '–', present: 'today' },
  yearsp: { year: true, sep: ' - ', present: 'ongoing' },
};
function one(d, st) {
  if (d === 'present') return { text: st.present, key: 'present' };
  const [y, mo] = d.split('-');
  if (st.year || !mo) return { text: y, key: y, printed: y };
  const t = st.m(y, mo);
  return { text: t, key: `${y}-${mo}`, printed: t };
}
export function fmtRange(start, end, style) {
  const st = STYLES[style];
  if (!st) throw new Error(`unknown date style ${style}`);
  const a = one(start, st);
  if (end === 'present' && st.since) return { text: st.since + a.text, start: a.key, end: 'present', printed: [a.printed] };
  const b = one(end, st);
  if (a.text === b.text) return { text: a.text, start: a.key, end: b.key, printed: [a.printed] };
  return { text: a.text + st.sep + b.text, start: a.key, end: b.key, printed: [a.printed, b.printed].filter(Boolean) };
}

// ---------------------------------------------------------------- grey photo placeholder (PNG written by hand)
const CRC = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
// grey rectangle with a lighter head-and-shoulders silhouette, w x h pixels, RGB
export function photoPng(w = 120, h = 150) {
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3);
    for (let x = 0; x < w; x++) {
      const head = (x - w / 2) ** 2 + (y - h * 0.38) ** 2 < (w * 0.2) ** 2;
      const body = y > h * 0.62 && ((x - w / 2) ** 2) / (w * 0.42) ** 2 + ((y - h) ** 2) / (h * 0.36) ** 2 < 1;
      const v = head || body ? 0xd8 : 0xa8;
      row[1 + x * 3] = v; row[2 + x * 3] = v; row[3 + x * 3] = v;
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

// ---------------------------------------------------------------- escaping
export const escHtml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const escTex = (s) => String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');

// ---------------------------------------------------------------- tools
const TMP = '/tmp/euroenglish-work';
export const tmpDir = () => { fs.mkdirSync(TMP, { recursive: true }); return TMP; };
export function chromePdf(html, pdf) {
  const src = path.join(tmpDir(), path.basename(pdf, '.pdf') + '.html');
  fs.writeFileSync(src, html);
  if (fs.existsSync(pdf)) fs.rmSync(pdf);
  try {
    execFileSync('timeout', ['120', 'chromium', '--headless=new', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
      '--user-data-dir=/tmp/chr-euroenglish', `--print-to-pdf=${pdf}`, 'file://' + src], { stdio: 'ignore' });
  } catch { /* checked by the caller */ }
  return fs.existsSync(pdf);
}
export function sofficePdf(docx, outdir) {
  const out = path.join(outdir, path.basename(docx).replace(/\.docx$/, '.pdf'));
  if (fs.existsSync(out)) fs.rmSync(out);
  try {
    execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-euroenglish', '--headless', '--norestore',
      '--convert-to', 'pdf', '--outdir', outdir, docx], { stdio: 'ignore' });
  } catch { /* checked by the caller */ }
  return fs.existsSync(out) ? out : null;
}
export function latexPdf(tex, engine, name) {
  const dir = path.join(tmpDir(), name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'resume.tex'), tex);
  fs.writeFileSync(path.join(dir, 'photo.png'), photoPng());
  for (let i = 0; i < 2; i++) {
    try {
      execFileSync('timeout', ['120', engine, '-interaction=nonstopmode', '-halt-on-error', 'resume.tex'], { cwd: dir, stdio: 'ignore' });
    } catch {
      throw new Error(`${engine} failed for ${name}: see ${dir}/resume.log`);
    }
  }
  return path.join(dir, 'resume.pdf');
}
