// A small hand-written PDF writer: the content streams are composed here operator by operator, so each design
// decides exactly how its text layer is built (one object per word, one Tm per glyph, TJ kerning instead of spaces,
// Tc letter spacing, rotated matrices, drawing order...). No PDF library is involved in these files.
// Fonts: the standard 14 fonts (not embedded, /WinAnsiEncoding, widths from pdfkit's AFM copies) and URW base35
// Type 1 fonts (embedded as real subsets, /FontFile with Length1/2/3, NO /ToUnicode: text is only extractable
// through the glyph names of the /Encoding, either /WinAnsiEncoding or a /Differences array with arbitrary codes).
import fs from 'node:fs';
import zlib from 'node:zlib';

const STD_AFM_DIR = '/tmp/producers-deps/node_modules/pdfkit/js/data';
const URW_DIR = '/usr/share/fonts/type1/urw-base35';

// ------------------------------------------------------------------ glyph names
const ASCII_NAMES = ('space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma '
  + 'hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater question at '
  + 'A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum underscore grave '
  + 'a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde').split(' ');
const LATIN1_NAMES = ('space exclamdown cent sterling currency yen brokenbar section dieresis copyright ordfeminine guillemotleft '
  + 'logicalnot hyphen registered macron degree plusminus twosuperior threesuperior acute mu paragraph periodcentered cedilla '
  + 'onesuperior ordmasculine guillemotright onequarter onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde '
  + 'Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve '
  + 'Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave '
  + 'aacute acircumflex atilde adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex '
  + 'idieresis eth ntilde ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute '
  + 'thorn ydieresis').split(' ');
const SPECIAL = { // unicode -> [WinAnsi code, glyph name]
  0x20ac: [0x80, 'Euro'], 0x201a: [0x82, 'quotesinglbase'], 0x2026: [0x85, 'ellipsis'], 0x2018: [0x91, 'quoteleft'],
  0x2019: [0x92, 'quoteright'], 0x201c: [0x93, 'quotedblleft'], 0x201d: [0x94, 'quotedblright'], 0x2022: [0x95, 'bullet'],
  0x2013: [0x96, 'endash'], 0x2014: [0x97, 'emdash'], 0x2122: [0x99, 'trademark'], 0x0160: [0x8a, 'Scaron'],
  0x0161: [0x9a, 'scaron'], 0x017d: [0x8e, 'Zcaron'], 0x017e: [0x9e, 'zcaron'], 0x0152: [0x8c, 'OE'], 0x0153: [0x9c, 'oe'],
};
export function glyphOf(ch) { // -> { code (WinAnsi), name }
  const u = ch.codePointAt(0);
  if (u >= 0x20 && u <= 0x7e) return { code: u, name: ASCII_NAMES[u - 0x20] };
  if (u >= 0xa0 && u <= 0xff) return { code: u, name: LATIN1_NAMES[u - 0xa0] };
  if (SPECIAL[u]) return { code: SPECIAL[u][0], name: SPECIAL[u][1] };
  throw new Error(`character U+${u.toString(16)} (${ch}) is not in WinAnsi`);
}

function parseAfm(file) {
  const txt = fs.readFileSync(file, 'latin1');
  const widths = {}; const m = {};
  for (const line of txt.split(/\r?\n/)) {
    const c = line.match(/^C (-?\d+) ; WX (\d+) ; N (\S+)/);
    if (c) { widths[c[3]] = Number(c[2]); continue; }
    const kv = line.match(/^(FontName|FontBBox|ItalicAngle|Ascender|Descender|CapHeight|XHeight|StdVW|IsFixedPitch)\s+(.*)$/);
    if (kv) m[kv[1]] = kv[2].trim();
  }
  return { widths, meta: m };
}

// ------------------------------------------------------------------ Type 1 subsetting (eexec)
function eexecDecrypt(buf, r0) {
  let r = r0; const out = Buffer.alloc(buf.length);
  for (let i = 0; i < buf.length; i++) { const c = buf[i]; out[i] = c ^ (r >> 8); r = ((c + r) * 52845 + 22719) & 0xffff; }
  return out;
}
function eexecEncrypt(buf, r0) {
  let r = r0; const out = Buffer.alloc(buf.length);
  for (let i = 0; i < buf.length; i++) { const c = buf[i] ^ (r >> 8); out[i] = c; r = ((c + r) * 52845 + 22719) & 0xffff; }
  return out;
}
const ACCENTS = 'acute grave circumflex dieresis tilde ring cedilla caron ogonek breve dotaccent hungarumlaut macron dotlessi'.split(' ');
function subsetType1(file, used) {
  const raw = fs.readFileSync(file);
  const mark = raw.indexOf('currentfile eexec');
  let p = mark + 'currentfile eexec'.length; while (raw[p] === 0x0d || raw[p] === 0x0a) p++;
  const clear = raw.subarray(0, p);
  // trailer = 512 zeros (with line breaks) + cleartomark; find the run of '0' characters near the end
  let z = raw.lastIndexOf('cleartomark');
  let t = z; while (t > p && (raw[t - 1] === 0x30 || raw[t - 1] === 0x0a || raw[t - 1] === 0x0d)) t--;
  const enc = raw.subarray(p, t); const trailer = raw.subarray(t);
  const dec = eexecDecrypt(enc, 55665);
  const s = dec.toString('latin1');
  const cs = s.indexOf('/CharStrings');
  const begin = s.indexOf('begin', cs) + 5;
  const keep = new Set(['.notdef', ...used]);
  if ([...used].some((n) => !/^[A-Za-z]$/.test(n) && n.length > 2 && /^[A-Za-z](acute|grave|circumflex|dieresis|tilde|ring|cedilla|caron|slash)$/.test(n))) {
    for (const c of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ') keep.add(c);
    for (const a of ACCENTS) keep.add(a);
  }
  let i = begin; let out = s.slice(0, begin); let n = 0;
  const re = /\s*\/(\S+)\s+(\d+)\s+(\S+)\s/y;
  for (;;) {
    re.lastIndex = i; const m = re.exec(s);
    if (!m) break;
    const len = Number(m[2]); const dataStart = re.lastIndex; const dataEnd = dataStart + len;
    const nd = /\s*(\S+)/y; nd.lastIndex = dataEnd; nd.exec(s);
    const end = nd.lastIndex;
    if (keep.has(m[1])) { out += s.slice(i, end); n++; }
    i = end;
  }
  out += s.slice(i);
  out = out.replace(/\/CharStrings\s+\d+/, `/CharStrings ${n}`);
  const encOut = eexecEncrypt(Buffer.from(out, 'latin1'), 55665);
  return { clear, enc: encOut, trailer };
}

// ------------------------------------------------------------------ fonts
let tagSeed = 0;
function subsetTag(name) { // deterministic six capitals, like a design tool's subset prefix
  let h = 2166136261 ^ (tagSeed++); for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  let t = ''; for (let i = 0; i < 6; i++) { t += String.fromCharCode(65 + ((h >>> 0) % 26)); h = Math.imul(h, 31) + 7; }
  return t;
}

export class Font {
  // kind 'std' (standard 14, WinAnsi), 't1' (embedded URW Type 1 subset, WinAnsi), 't1custom' (subset, /Differences with arbitrary codes)
  constructor(kind, base) {
    this.kind = kind; this.base = base;
    const afm = kind === 'std' ? `${STD_AFM_DIR}/${base}.afm` : `${URW_DIR}/${base}.afm`;
    const { widths, meta } = parseAfm(afm);
    this.w = widths; this.meta = meta; this.used = new Map(); // code -> name
    this.custom = new Map(); this.nextCode = 33; // name -> code for t1custom
  }
  glyph(ch) {
    const g = glyphOf(ch);
    if (this.kind === 't1custom') {
      if (g.name === 'space') return { code: 32, name: 'space' };
      if (!this.custom.has(g.name)) { let c = this.nextCode++; if (c === 127) c = this.nextCode++; this.custom.set(g.name, c); }
      return { code: this.custom.get(g.name), name: g.name };
    }
    return g;
  }
  charWidth(ch) { const g = glyphOf(ch); const w = this.w[g.name]; if (w == null) throw new Error(`${this.base} has no ${g.name}`); return w; }
  width(str, size, tc = 0) { let w = 0; for (const ch of str) w += this.charWidth(ch); return w * size / 1000 + tc * [...str].length; }
  // PDF string literal for str in this font's encoding; records used glyphs
  enc(str) {
    let o = '(';
    for (const ch of str) {
      const g = this.glyph(ch); this.used.set(g.code, g.name);
      const c = g.code;
      if (c === 0x28 || c === 0x29 || c === 0x5c) o += '\\' + String.fromCharCode(c);
      else if (c < 32 || c > 126) o += '\\' + c.toString(8).padStart(3, '0');
      else o += String.fromCharCode(c);
    }
    return o + ')';
  }
  hex(ch) { const g = this.glyph(ch); this.used.set(g.code, g.name); return '<' + g.code.toString(16).padStart(2, '0') + '>'; }
}

// ------------------------------------------------------------------ document
export class PdfDoc {
  constructor({ width = 595.28, height = 841.89, title = '', author = '', creator = '', producer = '' } = {}) {
    this.W = width; this.H = height; this.pages = []; this.fonts = []; this.info = { title, author, creator, producer };
  }
  font(kind, base) { const f = new Font(kind, base); f.res = `F${this.fonts.length + 1}`; this.fonts.push(f); return f; }
  page() { const p = { ops: [], annots: [] }; this.pages.push(p); return p; }
  save(file) {
    const objs = []; // index+1 = object number
    const add = (body) => { objs.push(body); return objs.length; };
    const reserve = () => { objs.push(null); return objs.length; };
    const stream = (dict, data, compress = true) => {
      const buf = Buffer.isBuffer(data) ? data : Buffer.from(data, 'latin1');
      const b = compress ? zlib.deflateSync(buf) : buf;
      return { dict: `${dict}${compress ? ' /Filter /FlateDecode' : ''} /Length ${b.length}`, data: b };
    };
    const catalog = reserve(); const pagesObj = reserve();
    const fontRefs = {};
    for (const f of this.fonts) {
      if (!f.used.size) continue;
      if (f.kind === 'std') { fontRefs[f.res] = add(`<< /Type /Font /Subtype /Type1 /BaseFont /${f.base} /Encoding /WinAnsiEncoding >>`); continue; }
      const names = new Set(f.used.values());
      const sub = subsetType1(`${URW_DIR}/${f.base}.t1`, names);
      const data = Buffer.concat([sub.clear, sub.enc, sub.trailer]);
      const ff = add(stream(`<< /Length1 ${sub.clear.length} /Length2 ${sub.enc.length} /Length3 ${sub.trailer.length}`, data));
      if (ff) objs[ff - 1].dict += ' >>';
      const fname = `${subsetTag(f.base)}+${f.base}`;
      const m = f.meta; const italic = Number(m.ItalicAngle || 0);
      const charset = [...names].sort().map((n) => `/${n}`).join('');
      const fd = add(`<< /Type /FontDescriptor /FontName /${fname} /Flags ${32 + (italic ? 64 : 0)} /FontBBox [${m.FontBBox}] /ItalicAngle ${italic} /Ascent ${m.Ascender} /Descent ${m.Descender} /CapHeight ${m.CapHeight || 700} /XHeight ${m.XHeight || 500} /StemV ${m.StdVW || 80} /CharSet (${charset}) /FontFile ${ff} 0 R >>`);
      const codes = [...f.used.keys()]; const fc = Math.min(...codes), lc = Math.max(...codes);
      const widths = []; for (let c = fc; c <= lc; c++) widths.push(f.used.has(c) ? f.w[f.used.get(c)] : 0);
      let encoding = '/WinAnsiEncoding';
      if (f.kind === 't1custom') {
        const diffs = [...f.used.entries()].sort((a, b) => a[0] - b[0]).map(([c, n]) => `${c} /${n}`).join(' ');
        encoding = `<< /Type /Encoding /Differences [${diffs}] >>`;
      }
      fontRefs[f.res] = add(`<< /Type /Font /Subtype /Type1 /BaseFont /${fname} /FirstChar ${fc} /LastChar ${lc} /Widths [${widths.join(' ')}] /Encoding ${encoding} /FontDescriptor ${fd} 0 R >>`);
    }
    const fontDict = Object.entries(fontRefs).map(([k, v]) => `/${k} ${v} 0 R`).join(' ');
    const gs = add('<< /Type /ExtGState /CA 1 /ca 1 >>');
    const kids = [];
    for (const p of this.pages) {
      const content = add(stream('<<', p.ops.join('\n') + '\n')); objs[content - 1].dict += ' >>';
      const annots = p.annots.map((a) => add(`<< /Type /Annot /Subtype /Link /Rect [${a.rect.map((v) => v.toFixed(2)).join(' ')}] /Border [0 0 0] /A << /Type /Action /S /URI /URI (${a.uri}) >> >>`));
      const pg = add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${this.W} ${this.H}] /Resources << /Font << ${fontDict} >> /ExtGState << /G0 ${gs} 0 R >> /ProcSet [/PDF /Text] >> /Contents ${content} 0 R${annots.length ? ` /Annots [${annots.map((a) => `${a} 0 R`).join(' ')}]` : ''} >>`);
      kids.push(pg);
    }
    objs[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
    objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
    const lit = (s) => '(' + String(s).replace(/[\\()]/g, (c) => '\\' + c).replace(/[^\x20-\x7e]/g, '?') + ')';
    const info = add(`<< /Title ${lit(this.info.title)} /Author ${lit(this.info.author)} /Creator ${lit(this.info.creator)} /Producer ${lit(this.info.producer)} /CreationDate (D:20250701120000Z) >>`);
    // serialise
    const chunks = [Buffer.from('%PDF-1.6\n%\xe2\xe3\xcf\xd3\n', 'latin1')]; let pos = chunks[0].length; const xref = [];
    objs.forEach((o, i) => {
      xref.push(pos);
      let b;
      if (typeof o === 'string') b = Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1');
      else b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n${o.dict}\nstream\n`, 'latin1'), o.data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
      chunks.push(b); pos += b.length;
    });
    let x = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
    for (const off of xref) x += `${String(off).padStart(10, '0')} 00000 n \n`;
    x += `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R /Info ${info} 0 R >>\nstartxref\n${pos}\n%%EOF\n`;
    chunks.push(Buffer.from(x, 'latin1'));
    fs.writeFileSync(file, Buffer.concat(chunks));
  }
}
