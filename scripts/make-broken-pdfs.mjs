#!/usr/bin/env node
// A stand-in for a PDF library's bug corpus: ~130 broken or odd PDFs, made from the project's own fixture PDFs
// (damaged in the ways real files are damaged) and from small hand-written PDFs (structures our writer never
// makes: object and xref streams, Type3 and CID fonts, AES encryption, form fields, OCR layers, ...).
//
//   node scripts/make-broken-pdfs.mjs [--out DIR]   # writes DIR/<name>.pdf and DIR/manifest.json (default: a temp dir)
//
// Deterministic: the same repository gives the same bytes (a fixed-seed PRNG, no dates). The corpus is generated,
// never committed. Each case is labelled:
//   readable  the text is recoverable in principle (a reader that tries hard gets it): it should parse;
//   accept    the outcomes that are acceptable ('parsed' or error codes);
//   probe     (optional) a string the parsed text must contain (compared without spaces and case).
//
// Used by bench/broken-pdfs.mjs (`npm run bench:broken`) and test/broken-pdfs.test.ts.
import { createCipheriv, createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzlibSync, zlibSync } from 'fflate';
import { PdfDoc } from './lib/pdf-writer.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------------------
// Bytes

/** Bytes ↔ latin1 strings: every byte is one char, so binary streams survive string surgery. */
const S = (bytes) => Buffer.from(bytes).toString('latin1');
const B = (str) => new Uint8Array(Buffer.from(str, 'latin1'));

/** xorshift32 with a fixed seed. */
export function prng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}

/** FNV-1a hash of a string (a seed per case). */
function fnv1a(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function garbage(rand, n, printable = false) {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(printable ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 256));
  return s;
}

// ---------------------------------------------------------------------------------------------------------
// A PDF as a list of objects (bodies as latin1 strings), and its assembly into a file

/** Splits a PDF made by our writer into its objects and trailer. */
export function split(bytes) {
  const s = S(bytes);
  const objects = new Map();
  const re = /(\d+) 0 obj\n/g;
  let m;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('\nendobj\n', start);
    if (end < 0) break;
    objects.set(Number(m[1]), s.slice(start, end));
    re.lastIndex = end;
  }
  const t = /trailer\n(<<[\s\S]*?>>)\nstartxref/.exec(s);
  const trailer = t ? t[1] : '<</Root 1 0 R>>';
  return { objects, trailer };
}

/** A stream object body with the right /Length. `dict` is the inside of the dictionary. */
export const stream = (dict, data) => `<<${dict ? `${dict} ` : ''}/Length ${data.length}>>\nstream\n${data}\nendstream`;

/** The data of a stream body. */
const streamData = (body) => {
  const at = body.indexOf('stream\n') + 7;
  return body.slice(at, body.lastIndexOf('\nendstream'));
};
const streamDict = (body) => body.slice(0, body.indexOf('\nstream\n'));

/** The (decoded) data of a stream body. */
function decoded(body) {
  const data = streamData(body);
  if (!/\/FlateDecode/.test(streamDict(body))) return data;
  try {
    return S(unzlibSync(B(data)));
  } catch {
    return '';
  }
}

/**
 * Writes objects ([num, body] pairs, in file order; a number may repeat, the xref then points to the last) into
 * a file with a classic xref table, an xref stream ('stream') or none ('none'); `objstm` packs the non-stream
 * objects other than the encryption dictionary into one object stream (needs xref 'stream'). `firstWins`: the
 * xref points at the first definition of a number instead.
 */
export function assemble(list, { trailer = '<</Root 1 0 R>>', xref = 'table', objstm = false, header = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', compressXref = true, firstWins = false } = {}) {
  let out = header;
  const offsets = new Map();
  const inStm = new Map();
  let items = list;
  let size = Math.max(0, ...list.map(([n]) => n)) + 1;
  if (objstm) {
    const packed = list.filter(([, body]) => !/\nstream\n/.test(body) && !/^<<[^]*\/Filter \/Standard/.test(body));
    const stmNum = size++;
    let head = '';
    let bodies = '';
    packed.forEach(([n, body], i) => {
      head += `${n} ${bodies.length} `;
      bodies += `${body}\n`;
      inStm.set(n, [stmNum, i]);
    });
    const data = S(zlibSync(B(head + bodies)));
    items = [...list.filter((o) => !packed.includes(o)), [stmNum, stream(`/Type /ObjStm /N ${packed.length} /First ${head.length} /Filter /FlateDecode`, data)]];
  }
  for (const [n, body] of items) {
    if (!firstWins || !offsets.has(n)) offsets.set(n, out.length);
    out += `${n} 0 obj\n${body}\nendobj\n`;
  }
  const trailerInside = trailer.replace(/^<<|>>$/g, '').replace(/\/Size \d+ ?/, '');
  if (xref === 'none') return B(out + `trailer\n<<${trailerInside}>>\n%%EOF\n`);
  if (xref === 'table') {
    const at = out.length;
    let x = `xref\n0 ${size}\n0000000000 65535 f \n`;
    for (let n = 1; n < size; n++) x += offsets.has(n) ? `${String(offsets.get(n)).padStart(10, '0')} 00000 n \n` : '0000000000 65535 f \n';
    return B(`${out}${x}trailer\n<</Size ${size} ${trailerInside}>>\nstartxref\n${at}\n%%EOF\n`);
  }
  const xrefNum = size++;
  const at = out.length;
  offsets.set(xrefNum, at);
  let rows = '';
  for (let n = 0; n < size; n++) {
    const row = [0, 0, 0, 0, 0, 0, 0];
    if (offsets.has(n)) {
      const o = offsets.get(n);
      row.splice(0, 7, 1, (o >>> 24) & 255, (o >>> 16) & 255, (o >>> 8) & 255, o & 255, 0, 0);
    } else if (inStm.has(n)) {
      const [s, i] = inStm.get(n);
      row.splice(0, 7, 2, (s >>> 24) & 255, (s >>> 16) & 255, (s >>> 8) & 255, s & 255, (i >> 8) & 255, i & 255);
    } else if (n === 0) row[5] = row[6] = 255;
    rows += String.fromCharCode(...row);
  }
  const data = compressXref ? S(zlibSync(B(rows))) : rows;
  const dict = `/Type /XRef /Size ${size} /W [1 4 2] ${trailerInside}${compressXref ? ' /Filter /FlateDecode' : ''}`;
  out += `${xrefNum} 0 obj\n${stream(dict, data)}\nendobj\n`;
  return B(`${out}startxref\n${at}\n%%EOF\n`);
}

/** Re-assembles a split source after `edit(objects)` changed it (a correct xref: only the edit is damage). */
function rebuild(src, edit, opts = {}) {
  const objects = new Map(src.objects);
  edit?.(objects);
  return assemble([...objects], { trailer: src.trailer, ...opts });
}

// ---------------------------------------------------------------------------------------------------------
// Hand-written documents

const RESUME = [
  ['F2', 20, 'Jordan Example'],
  ['F1', 10, 'jordan.example@example.com | 555-0100 | Springfield, IL'],
  ['F2', 13, 'Experience'],
  ['F2', 11, 'Senior Software Engineer, Acme Corporation'],
  ['F1', 10, 'Jan 2019 - Present'],
  ['F1', 10, '- Led a team of five engineers building the billing platform'],
  ['F1', 10, '- Cut invoice processing time by 40 percent'],
  ['F2', 11, 'Software Engineer, Globex'],
  ['F1', 10, 'Jun 2015 - Dec 2018'],
  ['F2', 13, 'Education'],
  ['F1', 10, 'BSc Computer Science, State University, 2015'],
  ['F2', 13, 'Skills'],
  ['F1', 10, 'TypeScript, Go, PostgreSQL, Kubernetes'],
];
export const HAND_PROBE = 'Jordan Example';

const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);

/** Content-stream text of the hand-written resume; `show(str)` makes the operator that shows one line. */
function resumeOps({ x = 72, top = 740, show = (s) => `(${esc(s)}) Tj`, font = (f) => f, lines = RESUME, prefix = '', suffix = '' } = {}) {
  let y = top;
  let out = prefix;
  for (const [f, size, str] of lines) {
    out += `BT /${font(f)} ${size} Tf 1 0 0 1 ${x} ${y} Tm ${show(str)} ET\n`;
    y -= size * 1.6;
  }
  return out + suffix;
}

const HELVETICA = '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>';
const HELVETICA_BOLD = '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding>>';

/**
 * A one-or-more-page resume as objects: 1 catalog, 2 pages, 3.. pages and contents, fonts 20/21.
 * `page(n)` may add entries to the page dictionary; `content(n)` replaces page n's content.
 */
function handDoc({ pages = 1, pageExtra = () => '', content = () => resumeOps(), fonts = { F1: HELVETICA, F2: HELVETICA_BOLD }, extra = [], catalogExtra = '', mediaBox = '[0 0 612 792]', resources = null, compress = false } = {}) {
  const list = [[1, `<</Type /Catalog /Pages 2 0 R${catalogExtra}>>`]];
  const kids = [];
  const fontNums = Object.keys(fonts).map((k, i) => [k, 20 + i]);
  const fontDict = `<<${fontNums.map(([k, n]) => `/${k} ${n} 0 R`).join(' ')}>>`;
  const pageObjs = [];
  for (let i = 0; i < pages; i++) {
    const pn = 3 + 2 * i + (i >= 7 ? 30 : 0);
    kids.push(`${pn} 0 R`);
    const c = content(i + 1);
    const data = compress ? S(zlibSync(B(c))) : c;
    pageObjs.push([pn, `<</Type /Page /Parent 2 0 R /MediaBox ${mediaBox} /Resources ${resources ?? `<</Font ${fontDict}>>`} /Contents ${pn + 1} 0 R${pageExtra(i + 1)}>>`]);
    pageObjs.push([pn + 1, stream(compress ? '/Filter /FlateDecode' : '', data)]);
  }
  list.push([2, `<</Type /Pages /Kids [${kids.join(' ')}] /Count ${pages}>>`], ...pageObjs);
  for (const [k, n] of fontNums) list.push([n, fonts[k]]);
  list.push(...extra);
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Encryption (AES-128 V4/R4 and AES-256 V5/R6, empty or real user password)

const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts.map((p) => Buffer.from(p)))).digest();
const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padPw = (pw) => Buffer.concat([Buffer.from(pw, 'latin1').subarray(0, 32), PAD]).subarray(0, 32);

function rc4(key, data) {
  const s = new Uint8Array(256).map((_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

function aesCbc(key, iv, data, padding = true) {
  const c = createCipheriv(key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc', key, iv);
  c.setAutoPadding(padding);
  return Buffer.concat([c.update(data), c.final()]);
}

/** ISO 32000-2 algorithm 2.B (the R6 password hash). */
function hash2B(pw, salt, udata) {
  let k = createHash('sha256').update(Buffer.concat([pw, salt, udata])).digest();
  for (let i = 0; ; i++) {
    const k1 = Buffer.concat(Array(64).fill(Buffer.concat([pw, k, udata])));
    const e = aesCbc(k.subarray(0, 16), k.subarray(16, 32), k1, false);
    let sum = 0;
    for (let j = 0; j < 16; j++) sum += e[j];
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]).update(e).digest();
    if (i >= 63 && e[e.length - 1] <= i + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

/**
 * Encrypts every stream of a hand-written document (they hold no strings outside streams) with AES.
 * Returns the object list plus the encryption dictionary, and the trailer.
 */
function encryptAes(list, { bits, userPassword = '', ownerPassword = 'owner-secret' }) {
  const id = md5(Buffer.from(`broken-corpus-${bits}-${userPassword}`));
  const P = -1028;
  const p4 = Buffer.alloc(4);
  p4.writeInt32LE(P);
  let dict;
  let keyOf;
  const ivOf = (n) => md5(Buffer.from(`iv${n}`)).subarray(0, 16);
  if (bits === 128) {
    let ok = md5(padPw(ownerPassword || userPassword));
    for (let i = 0; i < 50; i++) ok = md5(ok);
    ok = ok.subarray(0, 16);
    let O = rc4(ok, padPw(userPassword));
    for (let i = 1; i <= 19; i++) O = rc4(ok.map((b) => b ^ i), O);
    let key = md5(padPw(userPassword), O, p4, id);
    for (let i = 0; i < 50; i++) key = md5(key.subarray(0, 16));
    key = key.subarray(0, 16);
    let U = rc4(key, md5(PAD, id));
    for (let i = 1; i <= 19; i++) U = rc4(key.map((b) => b ^ i), U);
    U = Buffer.concat([U, Buffer.alloc(16)]);
    dict = `<</Filter /Standard /V 4 /R 4 /Length 128 /CF <</StdCF <</CFM /AESV2 /AuthEvent /DocOpen /Length 16>>>> /StmF /StdCF /StrF /StdCF /O <${O.toString('hex')}> /U <${U.toString('hex')}> /P ${P}>>`;
    keyOf = (n) => md5(key, Buffer.from([n & 255, (n >> 8) & 255, (n >> 16) & 255, 0, 0]), Buffer.from('sAlT')).subarray(0, 16);
  } else {
    const fileKey = createHash('sha256').update('broken-corpus-file-key').digest();
    const pw = Buffer.from(userPassword, 'utf8');
    const opw = Buffer.from(ownerPassword, 'utf8');
    const uvs = Buffer.from('uvsalt01');
    const uks = Buffer.from('uksalt01');
    const U = Buffer.concat([hash2B(pw, uvs, Buffer.alloc(0)), uvs, uks]);
    const UE = aesCbc(hash2B(pw, uks, Buffer.alloc(0)), Buffer.alloc(16), fileKey, false);
    const ovs = Buffer.from('ovsalt01');
    const oks = Buffer.from('oksalt01');
    const O = Buffer.concat([hash2B(opw, ovs, U), ovs, oks]);
    const OE = aesCbc(hash2B(opw, oks, U), Buffer.alloc(16), fileKey, false);
    const perms = Buffer.concat([p4, Buffer.from([255, 255, 255, 255]), Buffer.from('Tadb'), Buffer.from('0000')]);
    const c = createCipheriv('aes-256-ecb', fileKey, null);
    c.setAutoPadding(false);
    const Perms = Buffer.concat([c.update(perms), c.final()]);
    dict = `<</Filter /Standard /V 5 /R 6 /Length 256 /CF <</StdCF <</CFM /AESV3 /AuthEvent /DocOpen /Length 32>>>> /StmF /StdCF /StrF /StdCF /O <${O.toString('hex')}> /U <${U.toString('hex')}> /OE <${OE.toString('hex')}> /UE <${UE.toString('hex')}> /Perms <${Perms.toString('hex')}> /P ${P}>>`;
    keyOf = () => fileKey;
  }
  const out = list.map(([n, body]) => {
    if (!/\nstream\n/.test(body)) return [n, body];
    const iv = ivOf(n);
    const data = Buffer.concat([iv, aesCbc(keyOf(n), iv, Buffer.from(streamData(body), 'latin1'))]);
    const inside = streamDict(body).replace(/^<<|>>$/g, '').replace(/\/Length \d+/, '').trim();
    return [n, stream(inside, S(data))];
  });
  const encNum = 99;
  out.push([encNum, dict]);
  const hexId = id.toString('hex');
  return { list: out, trailer: `<</Root 1 0 R /Encrypt ${encNum} 0 R /ID [<${hexId}> <${hexId}>]>>` };
}

// ---------------------------------------------------------------------------------------------------------
// Sources: the project's own fixture PDFs

function fixtureSources() {
  const paths = [];
  const pdfDir = join(ROOT, 'test', 'fixtures', 'pdf');
  for (const f of ['single-column', 'two-column', 'header-footer', 'multi-role', 'company-first', 'dates-gutter', 'hazards']) paths.push(join(pdfDir, `${f}.pdf`));
  for (const d of ['layouts', 'layouts2']) {
    const dir = join(ROOT, 'test', 'fixtures', d);
    if (!existsSync(dir)) continue;
    for (const c of readdirSync(dir).sort()) if (existsSync(join(dir, c, 'resume.pdf'))) paths.push(join(dir, c, 'resume.pdf'));
  }
  paths.push(join(ROOT, 'examples', 'sample-resume.pdf'));
  return paths.filter((p) => existsSync(p)).map((p) => {
    const bytes = new Uint8Array(readFileSync(p));
    const src = split(bytes);
    const name = p.includes('layouts') ? p.split('/').slice(-2, -1)[0].replace(/^\d+-/, '') : p.split('/').pop().replace(/\.pdf$/, '');
    return { name, bytes, src, probe: probeOf(src), pages: pageCount(src), compressed: /FlateDecode/.test(S(bytes)) };
  });
}

function pageCount(src) {
  return Number(/\/Count (\d+)/.exec(src.objects.get(2) ?? '')?.[1] ?? 1);
}

/** The longest of the first strings shown on page 1 that reads as words: what the parse must contain. */
function probeOf(src) {
  const page = src.objects.get(3) ?? '';
  const cnum = Number(/\/Contents (\d+) 0 R/.exec(page)?.[1] ?? 4);
  const ops = decoded(src.objects.get(cnum) ?? '');
  const strs = [];
  const re = /\(((?:\\.|[^\\)])*)\)\s*Tj/g;
  let m;
  while ((m = re.exec(ops)) && strs.length < 12) {
    const s = m[1].replace(/\\([0-7]{1,3}|.)/g, (_, e) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : e));
    if (/^[A-Za-z][A-Za-z .,'&-]{5,}$/.test(s)) strs.push(s);
  }
  return strs.sort((a, b) => b.length - a.length)[0];
}

// ---------------------------------------------------------------------------------------------------------
// Damage on whole files (latin1 strings)

const xrefAt = (s) => s.lastIndexOf('\nxref\n') + 1;

function mapXref(s, f) {
  const at = xrefAt(s);
  const end = s.indexOf('trailer', at);
  const entries = s.slice(at, end).replace(/^(\d{10}) (\d{5}) n /gm, (_, off, gen) => `${String(f(Number(off))).padStart(10, '0').slice(-10)} ${gen} n `);
  return s.slice(0, at) + entries + s.slice(end);
}

/** Swaps the xref offsets of objects a and b. */
function swapXref(s, a, b) {
  const at = xrefAt(s);
  const lines = s.slice(at).split('\n');
  const ia = a + 2;
  const ib = b + 2;
  [lines[ia], lines[ib]] = [lines[ib], lines[ia]];
  return s.slice(0, at) + lines.join('\n');
}

function setStartxref(s, v) {
  return s.replace(/startxref\n\d+\n(%%EOF\n?)$/, v === null ? '$1' : `startxref\n${v}\n$1`);
}

/** Appends an incremental update that replaces object `num` with `body`; `bad` damages it. */
function incremental(s, num, body, bad = {}) {
  const prev = Number(/startxref\n(\d+)/.exec(s.slice(s.lastIndexOf('startxref')))?.[1] ?? 0);
  const size = Number(/\/Size (\d+)/.exec(s.slice(s.lastIndexOf('trailer')))?.[1] ?? num + 1);
  const root = /\/Root \d+ 0 R/.exec(s.slice(s.lastIndexOf('trailer')))?.[0] ?? '/Root 1 0 R';
  let out = s;
  const objAt = out.length;
  out += `${num} 0 obj\n${body}\nendobj\n`;
  const at = out.length;
  const off = bad.offset === undefined ? objAt : bad.offset;
  if (bad.garbageXref) out += 'xref\n0 1\nthis is not an xref section at all\n';
  else out += `xref\n0 1\n0000000000 65535 f \n${num} 1\n${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<</Size ${Math.max(size, num + 1)} ${bad.root ?? root} /Prev ${bad.prev ?? prev}>>\nstartxref\n${bad.startxref ?? at}\n%%EOF\n`;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The corpus

/**
 * Every case: { name, bytes, readable, accept, probe?, note }. `only` (a set of names) makes just those.
 */
export function brokenCases({ only } = {}) {
  const cases = [];
  const want = (name) => !only || only.has(name);
  const add = (name, make, { readable, accept, probe, note }) => {
    if (!want(name)) return;
    // Each case has its own seed, so its bytes do not depend on which other cases are made.
    rand = prng(fnv1a(name));
    const bytes = make();
    cases.push({ name, bytes: bytes instanceof Uint8Array ? bytes : B(bytes), readable, accept: accept ?? (readable ? ['parsed'] : ['CORRUPT', 'NO_TEXT']), ...(probe ? { probe } : {}), note });
  };
  let rand = prng(20240607);
  const sources = fixtureSources();
  const plain = sources.filter((x) => !x.compressed);
  const packed = sources.filter((x) => x.compressed);
  const multi = sources.filter((x) => x.pages > 1);
  let turn = 0;
  /** Sources in turn, so each kind of damage meets different files. */
  const pick = (list, n) => Array.from({ length: n }, () => list[turn++ % list.length]);
  const R = { readable: true };

  // Truncation: what survives depends on where the cut falls; page 1's content is readable when it was written out.
  for (const frac of [0.25, 0.5, 0.75, 0.95]) {
    for (const src of pick(sources, 3)) {
      const s = S(src.bytes);
      const cut = Math.floor(s.length * frac);
      const cnum = Number(/\/Contents (\d+) 0 R/.exec(src.src.objects.get(3) ?? '')?.[1] ?? 4);
      const contentEnd = s.indexOf('endstream', s.indexOf(`\n${cnum} 0 obj\n`));
      const readable = cut > contentEnd && contentEnd > 0;
      // Cut inside page 1's content, a part of its text may still be read.
      add(`truncated-${Math.round(frac * 100)}-${src.name}`, () => s.slice(0, cut), { readable, accept: readable ? ['parsed'] : ['parsed', 'CORRUPT', 'NO_TEXT'], probe: readable ? src.probe : undefined, note: `cut at ${frac * 100}%` });
    }
  }
  for (const src of pick(sources, 3)) {
    const s = S(src.bytes);
    add(`truncated-before-eof-${src.name}`, () => s.slice(0, s.lastIndexOf('%%EOF')), { ...R, probe: src.probe, note: 'cut just before %%EOF' });
  }
  for (const src of pick(sources, 1)) {
    const s = S(src.bytes);
    add(`truncated-in-xref-${src.name}`, () => s.slice(0, xrefAt(s) + 60), { ...R, probe: src.probe, note: 'cut inside the xref table' });
  }

  // The cross-reference table, startxref and the trailer.
  for (const src of pick(sources, 2)) add(`xref-offsets-shifted-${src.name}`, () => mapXref(S(src.bytes), (o) => o + 7), { ...R, probe: src.probe, note: 'every xref offset 7 bytes off' });
  for (const src of pick(sources, 1)) add(`xref-offsets-zero-${src.name}`, () => mapXref(S(src.bytes), () => 0), { ...R, probe: src.probe, note: 'every xref offset 0' });
  for (const src of pick(sources, 2)) add(`xref-swapped-${src.name}`, () => swapXref(S(src.bytes), 3, 4), { ...R, probe: src.probe, note: 'xref entries of the page and its content swapped' });
  for (const src of pick(sources, 1)) add(`xref-swapped-catalog-${src.name}`, () => swapXref(S(src.bytes), 1, 2), { ...R, probe: src.probe, note: 'xref: the catalog points at the page tree and back' });
  for (const src of pick(sources, 1)) {
    add(`xref-missing-${src.name}`, () => {
      const s = S(src.bytes);
      return s.slice(0, xrefAt(s)) + s.slice(s.indexOf('trailer', xrefAt(s)));
    }, { ...R, probe: src.probe, note: 'no xref table' });
  }
  for (const src of pick(sources, 1)) add(`startxref-wrong-${src.name}`, () => setStartxref(S(src.bytes), Math.floor(src.bytes.length / 2)), { ...R, probe: src.probe, note: 'startxref points into the middle' });
  for (const src of pick(sources, 1)) add(`startxref-beyond-eof-${src.name}`, () => setStartxref(S(src.bytes), 99999999), { ...R, probe: src.probe, note: 'startxref past the end' });
  for (const src of pick(sources, 1)) add(`startxref-missing-${src.name}`, () => setStartxref(S(src.bytes), null), { ...R, probe: src.probe, note: 'no startxref' });
  for (const src of pick(sources, 1)) add(`trailer-missing-${src.name}`, () => S(src.bytes).replace(/trailer\n<<[\s\S]*?>>\n/, ''), { ...R, probe: src.probe, note: 'no trailer' });
  for (const src of pick(sources, 1)) add(`trailer-root-wrong-${src.name}`, () => S(src.bytes).replace(/\/Root 1 0 R/, '/Root 2 0 R'), { ...R, probe: src.probe, note: 'trailer /Root points at the page tree' });
  for (const src of pick(sources, 1)) add(`trailer-root-missing-obj-${src.name}`, () => S(src.bytes).replace(/\/Root 1 0 R/, '/Root 77 0 R'), { ...R, probe: src.probe, note: 'trailer /Root points at nothing' });

  // Streams: /Length, endstream, endobj.
  const contentNum = (src) => Number(/\/Contents (\d+) 0 R/.exec(src.src.objects.get(3) ?? '')?.[1] ?? 4);
  const editContent = (src, f) => rebuild(src.src, (o) => o.set(contentNum(src), f(o.get(contentNum(src)))));
  for (const src of pick(sources, 2)) add(`length-short-${src.name}`, () => editContent(src, (b) => b.replace(/\/Length (\d+)/, (_, n) => `/Length ${Math.floor(n / 2)}`)), { ...R, probe: src.probe, note: '/Length half the stream' });
  for (const src of pick(sources, 2)) add(`length-long-${src.name}`, () => editContent(src, (b) => b.replace(/\/Length (\d+)/, (_, n) => `/Length ${Number(n) + 500}`)), { ...R, probe: src.probe, note: '/Length 500 bytes too long' });
  for (const src of pick(sources, 1)) add(`length-indirect-missing-${src.name}`, () => editContent(src, (b) => b.replace(/\/Length (\d+)/, '/Length 97 0 R')), { ...R, probe: src.probe, note: '/Length refers to a missing object' });
  for (const src of pick(sources, 1)) add(`length-negative-${src.name}`, () => editContent(src, (b) => b.replace(/\/Length (\d+)/, '/Length -1')), { ...R, probe: src.probe, note: '/Length -1' });
  for (const src of pick(sources, 1)) add(`endstream-missing-${src.name}`, () => editContent(src, (b) => b.replace(/\nendstream$/, '\n')), { ...R, probe: src.probe, note: 'no endstream' });
  for (const src of pick(sources, 1)) {
    add(`endobj-missing-${src.name}`, () => {
      const s = S(rebuild(src.src));
      return s.replace(/(\n3 0 obj\n[^\n]*\n)endobj\n/, '$1');
    }, { ...R, probe: src.probe, note: 'the page object has no endobj' });
  }
  for (const src of pick(plain, 1)) add(`stream-keyword-cr-${src.name}`, () => S(rebuild(src.src)).replace('>>\nstream\n', '>>\nstream\r'), { ...R, probe: src.probe, note: 'stream keyword followed by CR only' });

  // Bytes around the file.
  for (const src of pick(sources, 1)) add(`garbage-before-header-${src.name}`, () => garbage(rand, 300) + S(src.bytes), { ...R, probe: src.probe, note: '300 binary bytes before %PDF-' });
  for (const src of pick(sources, 1)) add(`http-headers-before-header-${src.name}`, () => `HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\nContent-Length: ${src.bytes.length}\r\n\r\n${S(src.bytes)}`, { ...R, probe: src.probe, note: 'a saved HTTP response' });
  for (const src of pick(sources, 1)) add(`garbage-before-header-2k-${src.name}`, () => garbage(rand, 2000) + S(src.bytes), { readable: false, accept: ['parsed', 'UNSUPPORTED_TYPE'], note: '2000 bytes before %PDF-: beyond the 1 KB viewers accept' });
  for (const src of pick(sources, 1)) add(`garbage-after-eof-${src.name}`, () => S(src.bytes) + garbage(rand, 4000), { ...R, probe: src.probe, note: '4000 binary bytes after %%EOF' });
  for (const src of pick(sources, 1)) add(`nul-padding-${src.name}`, () => S(src.bytes) + '\0'.repeat(8192), { ...R, probe: src.probe, note: 'NUL padding after %%EOF' });
  for (const src of pick(sources, 1)) add(`header-version-odd-${src.name}`, () => S(src.bytes).replace('%PDF-1.7', '%PDF-9.9'), { ...R, probe: src.probe, note: '%PDF-9.9' });
  for (const src of pick(plain, 1)) add(`crlf-converted-${src.name}`, () => S(src.bytes).replace(/\n/g, '\r\n'), { ...R, probe: src.probe, note: 'LF → CRLF (FTP ASCII mode)' });
  for (const src of pick(packed, 1)) add(`crlf-converted-flate-${src.name}`, () => S(src.bytes).replace(/\n/g, '\r\n'), { readable: false, accept: ['parsed', 'CORRUPT', 'NO_TEXT'], note: 'LF → CRLF with Flate streams: the deflate data is damaged' });
  for (const src of pick(plain, 1)) add(`utf8-reencoded-${src.name}`, () => B(Buffer.from(S(src.bytes), 'utf8').toString('latin1')), { ...R, probe: src.probe, note: 'latin1 bytes re-encoded as UTF-8' });

  // Incremental updates.
  for (const src of pick(sources, 1)) {
    const s = S(src.bytes);
    add(`incremental-bad-offset-${src.name}`, () => incremental(s, 1, '<</Type /Catalog /Pages 2 0 R /Lang (en)>>', { offset: 5 }), { ...R, probe: src.probe, note: 'an update whose xref offset is wrong' });
  }
  for (const src of pick(sources, 1)) add(`incremental-bad-prev-${src.name}`, () => incremental(S(src.bytes), 1, '<</Type /Catalog /Pages 2 0 R>>', { prev: 12 }), { ...R, probe: src.probe, note: 'an update whose /Prev is wrong' });
  for (const src of pick(sources, 1)) add(`incremental-garbage-xref-${src.name}`, () => incremental(S(src.bytes), 1, '<</Type /Catalog /Pages 2 0 R>>', { garbageXref: true }), { ...R, probe: src.probe, note: 'an update whose xref is garbage' });
  for (const src of pick(sources, 1)) add(`incremental-bad-root-${src.name}`, () => incremental(S(src.bytes), 1, '<</Type /Catalog /Pages 2 0 R>>', { root: '/Root 88 0 R' }), { ...R, probe: src.probe, note: 'an update whose /Root is missing' });
  for (const src of pick(sources, 1)) add(`incremental-prev-loop-${src.name}`, () => {
    const s = S(src.bytes);
    const at = s.length + `1 0 obj\n<</Type /Catalog /Pages 2 0 R>>\nendobj\n`.length;
    return incremental(s, 1, '<</Type /Catalog /Pages 2 0 R>>', { prev: at });
  }, { ...R, probe: src.probe, note: 'an update whose /Prev points to itself' });
  for (const src of pick(sources, 1)) add(`incremental-ok-${src.name}`, () => incremental(S(src.bytes), 1, '<</Type /Catalog /Pages 2 0 R /Lang (en-US)>>'), { ...R, probe: src.probe, note: 'a valid incremental update' });

  // Object streams and xref streams.
  for (const src of pick(sources, 1)) add(`xref-stream-${src.name}`, () => rebuild(src.src, null, { xref: 'stream' }), { ...R, probe: src.probe, note: 'xref stream' });
  for (const src of pick(sources, 1)) add(`object-stream-${src.name}`, () => rebuild(src.src, null, { xref: 'stream', objstm: true }), { ...R, probe: src.probe, note: 'object stream + xref stream' });
  for (const src of pick(sources, 1)) add(`xref-stream-corrupt-${src.name}`, () => {
    const s = S(rebuild(src.src, null, { xref: 'stream' }));
    const at = s.lastIndexOf('stream\n') + 7;
    return s.slice(0, at) + garbage(rand, 12) + s.slice(at + 12);
  }, { ...R, probe: src.probe, note: 'xref stream with corrupt deflate data' });
  for (const src of pick(sources, 1)) add(`object-stream-corrupt-${src.name}`, () => {
    const s = S(rebuild(src.src, null, { xref: 'stream', objstm: true }));
    const at = s.indexOf('/Type /ObjStm');
    const d = s.indexOf('stream\n', at) + 7;
    return s.slice(0, d + 4) + garbage(rand, 30) + s.slice(d + 34);
  }, { readable: false, accept: ['parsed', 'CORRUPT', 'NO_TEXT'], note: 'object stream holding the page tree with corrupt deflate data' });
  for (const src of pick(sources, 1)) add(`xref-stream-bad-w-${src.name}`, () => S(rebuild(src.src, null, { xref: 'stream', compressXref: false })).replace('/W [1 4 2]', '/W [1 2 2]'), { ...R, probe: src.probe, note: 'xref stream with a wrong /W' });

  // Flate.
  const editData = (src, n, f) => rebuild(src.src, (o) => {
    const body = o.get(n);
    o.set(n, stream(streamDict(body).replace(/^<<|>>$/g, '').replace(/\/Length \d+ ?/, '').trim(), f(streamData(body))));
  });
  for (const src of pick(packed, 2)) add(`flate-corrupt-tail-${src.name}`, () => editData(src, contentNum(src), (d) => d.slice(0, Math.floor(d.length * 0.7)) + garbage(rand, 40) + d.slice(Math.floor(d.length * 0.7) + 40)), { ...R, probe: src.probe, note: 'deflate data corrupt at 70%' });
  for (const src of pick(packed, 2)) add(`flate-truncated-${src.name}`, () => editData(src, contentNum(src), (d) => d.slice(0, Math.floor(d.length * 0.6))), { ...R, probe: src.probe, note: 'deflate data cut at 60%' });
  for (const src of pick(packed, 1)) add(`flate-garbage-${src.name}`, () => editData(src, contentNum(src), (d) => garbage(rand, d.length)), { readable: src.pages > 1, accept: src.pages > 1 ? ['parsed'] : ['CORRUPT', 'NO_TEXT'], note: 'page 1 content is not deflate data at all' });
  for (const src of pick(plain, 1)) add(`flate-claimed-not-compressed-${src.name}`, () => editContent(src, (b) => b.replace('<<', '<</Filter /FlateDecode ')), { readable: false, accept: ['parsed', 'CORRUPT', 'NO_TEXT'], note: 'says FlateDecode, is plain text' });
  for (const src of pick(multi, 1)) add(`unknown-filter-page1-${src.name}`, () => editContent(src, (b) => b.replace('<<', '<</Filter /NoSuchDecode ')), { ...R, note: 'page 1 content has an unknown filter; page 2 is fine' });

  // Fonts.
  for (const src of pick(sources, 1)) add(`font-resources-missing-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace(/\/Font <<[^<>]*>> ?/, ''))), { ...R, probe: src.probe, note: 'page 1 has no /Font resources' });
  for (const src of pick(sources, 1)) add(`font-objects-missing-${src.name}`, () => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/\/Type \/Font\b/.test(b)) o.delete(n);
  }), { ...R, probe: src.probe, note: 'every font object missing' });
  for (const src of pick(sources, 1)) add(`font-descriptor-missing-${src.name}`, () => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/\/Type \/FontDescriptor/.test(b)) o.delete(n);
  }), { ...R, probe: src.probe, note: 'font descriptors missing' });
  for (const src of pick(sources, 1)) add(`font-widths-broken-${src.name}`, () => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/\/Type \/Font\b/.test(b)) o.set(n, b.replace(/\/FirstChar \d+/, '/FirstChar 99999').replace(/\/Widths \[[^\]]*\]/, '/Widths [1 2 /x (y)]'));
  }), { ...R, probe: src.probe, note: 'nonsense /FirstChar and /Widths' });
  const withToUnicode = sources.filter((x) => [...x.src.objects.values()].some((b) => /\/ToUnicode/.test(b)));
  for (const src of pick(withToUnicode, 1)) add(`tounicode-garbage-${src.name}`, () => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/begincmap/.test(b)) o.set(n, stream('', 'garbage <00> <FF> beginbfrange <00> <zz> [ endbfchar <'));
  }), { ...R, probe: src.probe, note: 'ToUnicode CMap is garbage' });
  for (const src of pick(withToUnicode, 1)) add(`tounicode-missing-obj-${src.name}`, () => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/begincmap/.test(b)) o.delete(n);
  }), { ...R, probe: src.probe, note: 'ToUnicode refers to a missing object' });
  add('hand-tounicode-wrong', () => assemble(handDoc({
    fonts: {
      F1: '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding /ToUnicode 30 0 R>>',
      F2: '<</Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding /ToUnicode 30 0 R>>',
    },
    extra: [[30, stream('', '/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <00> <FF> <0000> endbfrange endcmap end end')]],
  })), { readable: false, accept: ['parsed', 'NO_TEXT', 'CORRUPT'], note: 'ToUnicode maps every code to U+0000..: the text layer says nothing true' });
  // Type3 font: glyphs drawn as paths, named in /Differences, so the text is in the names.
  {
    const names = [];
    for (let c = 32; c < 127; c++) names.push(c === 32 ? 'space' : /[A-Za-z]/.test(String.fromCharCode(c)) ? String.fromCharCode(c) : /[0-9]/.test(String.fromCharCode(c)) ? ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'][c - 48] : { 44: 'comma', 45: 'hyphen', 46: 'period', 64: 'at', 124: 'bar' }[c] ?? 'space');
    const procs = [...new Set(names)].map((nm) => `/${nm} 40 0 R`).join(' ');
    const t3 = `<</Type /Font /Subtype /Type3 /FontBBox [0 0 750 750] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs <<${procs}>> /Encoding <</Type /Encoding /Differences [32 ${names.map((n) => `/${n}`).join(' ')}]>> /FirstChar 32 /LastChar 126 /Widths [${names.map(() => 600).join(' ')}] /Resources <<>>>>`;
    add('hand-type3-font', () => assemble(handDoc({ fonts: { F1: t3, F2: t3 }, extra: [[40, stream('', '600 0 0 0 500 700 d1 0 0 500 700 re f')]] })), { ...R, probe: HAND_PROBE, note: 'Type3 font with glyph names' });
    add('hand-type3-no-encoding', () => assemble(handDoc({ fonts: { F1: t3.replace(/\/Encoding <<.*?\]>>/, ''), F2: t3.replace(/\/Encoding <<.*?\]>>/, '') }, extra: [[40, stream('', '600 0 0 0 500 700 d1 0 0 500 700 re f')]] })), { readable: false, accept: ['parsed', 'NO_TEXT', 'CORRUPT'], note: 'Type3 font without an encoding: codes only' });
  }
  // CID fonts (Identity-H, two-byte codes), with and without ToUnicode.
  {
    const hex4 = (s) => `<${Array.from(s, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('')}> Tj`;
    const cid = (tu) => `<</Type /Font /Subtype /Type0 /BaseFont /ArialMT /Encoding /Identity-H /DescendantFonts [<</Type /Font /Subtype /CIDFontType2 /BaseFont /ArialMT /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /DW 600 /FontDescriptor <</Type /FontDescriptor /FontName /ArialMT /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80>>>>]${tu ? ' /ToUnicode 30 0 R' : ''}>>`;
    const cmap = stream('', '/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfrange <0020> <007E> <0020> endbfrange endcmap CMapName currentdict /CMap defineresource pop end end');
    add('hand-cid-identity-tounicode', () => assemble(handDoc({ fonts: { F1: cid(true), F2: cid(true) }, content: () => resumeOps({ show: hex4 }), extra: [[30, cmap]] })), { ...R, probe: HAND_PROBE, note: 'Type0 Identity-H with ToUnicode, no embedded font' });
    add('hand-cid-identity-no-tounicode', () => assemble(handDoc({ fonts: { F1: cid(false), F2: cid(false) }, content: () => resumeOps({ show: (s) => hex4(Array.from(s, (c) => String.fromCharCode(c.charCodeAt(0) - 29)).join('')) }) })), { readable: false, accept: ['parsed', 'NO_TEXT', 'CORRUPT'], note: 'Type0 Identity-H, glyph ids only, no ToUnicode: no text in principle' });
  }
  add('hand-font-is-not-a-font', () => assemble(handDoc({ fonts: { F1: '42', F2: '<</Type /XObject>>' } })), { ...R, probe: HAND_PROBE, note: 'font resources that are a number and a non-font dictionary' });
  add('hand-truetype-bad-fontfile', () => assemble(handDoc({
    fonts: {
      F1: '<</Type /Font /Subtype /TrueType /BaseFont /Arial /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 126 /FontDescriptor 31 0 R>>',
      F2: '<</Type /Font /Subtype /TrueType /BaseFont /Arial,Bold /Encoding /WinAnsiEncoding /FontDescriptor 31 0 R>>',
    },
    extra: [[31, '<</Type /FontDescriptor /FontName /Arial /Flags 32 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 32 0 R>>'], [32, stream('/Length1 5000', `\0\x01\0\0${garbage(rand, 400)}`)]],
  })), { ...R, probe: HAND_PROBE, note: 'TrueType font whose embedded font file is garbage' });

  // Page trees.
  for (const src of pick(sources, 1)) add(`page-tree-cycle-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/\/Kids \[([^\]]*)\] \/Count (\d+)/, (_, k, c) => `/Kids [${k} 2 0 R] /Count ${Number(c) + 1}`))), { ...R, probe: src.probe, note: 'the page tree lists itself as a kid' });
  add('hand-page-tree-deep-cycle', () => assemble([...handDoc(), [2, '<</Type /Pages /Kids [3 0 R 50 0 R] /Count 3>>'], [50, '<</Type /Pages /Parent 2 0 R /Kids [51 0 R] /Count 2>>'], [51, '<</Type /Pages /Parent 50 0 R /Kids [50 0 R] /Count 2>>']]), { ...R, probe: HAND_PROBE, note: 'two intermediate nodes that list each other' });
  for (const src of pick(multi, 1)) add(`page-missing-kid-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/\/Kids \[(\d+) 0 R ([^\]]*)\]/, '/Kids [$1 0 R 98 0 R $2]').replace(/\/Count (\d+)/, (_, c) => `/Count ${Number(c) + 1}`))), { ...R, probe: src.probe, note: 'a kid that does not exist' });
  for (const src of pick(sources, 1)) add(`page-only-kid-missing-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/\/Kids \[[^\]]*\]/, '/Kids [98 0 R]').replace(/\/Count \d+/, '/Count 1'))), { ...R, probe: src.probe, note: 'the only kid does not exist (the page objects are still in the file, orphaned)' });
  for (const src of pick(sources, 1)) add(`page-count-lies-huge-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/\/Count \d+/, '/Count 100000'))), { ...R, probe: src.probe, note: '/Count 100000 for a short document' });
  for (const src of pick(sources, 1)) add(`page-count-zero-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/\/Count \d+/, '/Count 0'))), { ...R, probe: src.probe, note: '/Count 0' });
  for (const src of pick(sources, 1)) add(`page-count-missing-${src.name}`, () => rebuild(src.src, (o) => o.set(2, o.get(2).replace(/ ?\/Count \d+/, ''))), { ...R, probe: src.probe, note: 'no /Count' });
  for (const src of pick(sources, 1)) add(`page-type-missing-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace('/Type /Page ', ''))), { ...R, probe: src.probe, note: 'the page has no /Type' });
  for (const src of pick(sources, 1)) add(`catalog-pages-missing-${src.name}`, () => rebuild(src.src, (o) => o.set(1, '<</Type /Catalog>>')), { ...R, probe: src.probe, note: 'the catalog has no /Pages' });
  for (const src of pick(sources, 1)) add(`catalog-missing-${src.name}`, () => rebuild(src.src, (o) => o.delete(1)), { ...R, probe: src.probe, note: 'no catalog object' });
  add('hand-deep-page-tree', () => {
    const list = handDoc();
    const depth = 400;
    list.splice(1, 1, [2, '<</Type /Pages /Kids [200 0 R] /Count 1>>']);
    for (let i = 0; i < depth; i++) list.push([200 + i, `<</Type /Pages /Parent ${i ? 199 + i : 2} 0 R /Kids [${i === depth - 1 ? 3 : 201 + i} 0 R] /Count 1>>`]);
    return assemble(list);
  }, { ...R, probe: HAND_PROBE, note: 'page tree 400 levels deep' });

  // Contents.
  for (const src of pick(multi, 1)) add(`page-no-contents-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace(/ ?\/Contents \d+ 0 R/, ''))), { ...R, note: 'page 1 has no /Contents; page 2 is fine' });
  for (const src of pick(sources, 1)) add(`single-page-no-contents-${src.name}`, () => rebuild(src.src, (o) => {
    o.set(2, o.get(2).replace(/\/Kids \[(\d+) 0 R[^\]]*\]/, '/Kids [$1 0 R]').replace(/\/Count \d+/, '/Count 1'));
    o.set(3, o.get(3).replace(/ ?\/Contents \d+ 0 R/, ''));
  }), { readable: false, accept: ['NO_TEXT'], note: 'one page, no /Contents' });
  for (const src of pick(sources, 1)) add(`contents-array-missing-element-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace(/\/Contents (\d+) 0 R/, '/Contents [96 0 R $1 0 R 95 0 R]'))), { ...R, probe: src.probe, note: '/Contents array with missing elements' });
  for (const src of pick(sources, 1)) add(`contents-not-a-stream-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace(/\/Contents (\d+) 0 R/, '/Contents 1 0 R'))), { readable: src.pages > 1, accept: src.pages > 1 ? ['parsed'] : ['NO_TEXT', 'CORRUPT'], note: '/Contents points at the catalog' });
  add('hand-contents-split-mid-token', () => {
    const ops = resumeOps();
    const cut = ops.indexOf('Tj', 200) + 1;
    const list = handDoc();
    list[3] = [4, stream('', ops.slice(0, cut))];
    list.push([5, stream('', ops.slice(cut))]);
    list[2] = [3, list[2][1].replace('/Contents 4 0 R', '/Contents [4 0 R 5 0 R]')];
    return assemble(list);
  }, { ...R, probe: HAND_PROBE, note: 'content split across two streams in the middle of an operator' });
  for (const src of pick(sources, 1)) {
    add(`duplicate-object-stale-${src.name}`, () => {
      const list = [...src.src.objects, [3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>>']];
      return assemble(list, { trailer: src.src.trailer, firstWins: true });
    }, { ...R, probe: src.probe, note: 'page object defined twice: the xref points at the real copy, an empty one follows' });
  }
  for (const src of pick(sources, 1)) {
    add(`duplicate-object-${src.name}`, () => {
      const list = [...src.src.objects];
      const i = list.findIndex(([n]) => n === 3);
      list.splice(i + 1, 0, [3, '<</Type /Page /Parent 2 0 R /MediaBox [0 0 10 10]>>']);
      return assemble(list, { trailer: src.src.trailer });
    }, { readable: false, accept: ['parsed', 'NO_TEXT'], note: 'page object defined twice; the xref points at the empty copy (the file says the page is empty)' });
  }
  add('hand-content-garbage-operators', () => assemble(handDoc({ content: () => `q q q BT /F9 12 Tf ET Q\n1 0 0 1 nan inf cm Q Q Q Q\n/Foo /Bar baz 1 2 3 4 5 6 7 8 9 qux ] } >> <<>>\n${resumeOps()}ET ET BT BT (unterminated` })), { ...R, probe: HAND_PROBE, note: 'unbalanced q/Q, unknown operators, bad numbers, unterminated string' });
  add('hand-content-huge-numbers', () => assemble(handDoc({ content: () => `1e308 0 0 1e308 0 0 cm 0 0 1e-308 1e-308 0 0 cm\nQ\n${resumeOps().replace('BT /F2 20 Tf', 'BT 99999999999999999999 Tz 1e400 TL /F2 20 Tf')}` })), { readable: false, accept: ['parsed', 'NO_TEXT', 'CORRUPT'], note: 'a CTM of 1e308 then 1e-308 (degenerate), huge operands' });
  add('hand-form-xobject-recursion', () => assemble(handDoc({
    resources: '<</Font <</F1 20 0 R /F2 21 0 R>> /XObject <</X1 30 0 R>>>>',
    content: () => `${resumeOps()}/X1 Do\n`,
    extra: [[30, stream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources <</XObject <</X1 30 0 R>>>>', '/X1 Do')]],
  })), { ...R, probe: HAND_PROBE, note: 'a form XObject that draws itself' });
  add('hand-text-in-form-xobject', () => assemble(handDoc({
    resources: '<</XObject <</X1 30 0 R>>>>',
    content: () => 'q 1 0 0 1 0 0 cm /X1 Do Q\n',
    extra: [[30, stream('/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources <</Font <</F1 20 0 R /F2 21 0 R>>>>', resumeOps())]],
  })), { ...R, probe: HAND_PROBE, note: 'all text inside a form XObject' });

  // Page geometry.
  const mb = (src, box) => rebuild(src.src, (o) => {
    for (const [n, b] of [...o]) if (/\/Type \/Page\b/.test(b)) o.set(n, b.replace(/\/MediaBox \[[^\]]*\]/, box));
  });
  for (const src of pick(sources, 1)) add(`mediabox-huge-${src.name}`, () => mb(src, '/MediaBox [0 0 14400 14400]'), { ...R, probe: src.probe, note: '200-inch pages' });
  for (const src of pick(sources, 1)) add(`mediabox-enormous-${src.name}`, () => mb(src, '/MediaBox [0 0 1e9 1e9]'), { ...R, probe: src.probe, note: 'MediaBox 1e9' });
  for (const src of pick(sources, 1)) add(`mediabox-zero-${src.name}`, () => mb(src, '/MediaBox [0 0 0 0]'), { ...R, probe: src.probe, note: 'MediaBox [0 0 0 0]' });
  for (const src of pick(sources, 1)) add(`mediabox-inverted-${src.name}`, () => mb(src, '/MediaBox [612 792 0 0]'), { ...R, probe: src.probe, note: 'MediaBox corners swapped' });
  for (const src of pick(sources, 1)) add(`mediabox-missing-${src.name}`, () => mb(src, ''), { ...R, probe: src.probe, note: 'no MediaBox' });
  for (const src of pick(sources, 1)) add(`mediabox-garbage-${src.name}`, () => mb(src, '/MediaBox [0 0 (a) /b]'), { ...R, probe: src.probe, note: 'MediaBox of a string and a name' });
  for (const src of pick(sources, 1)) add(`cropbox-offpage-${src.name}`, () => rebuild(src.src, (o) => o.set(3, o.get(3).replace('/MediaBox', '/CropBox [5000 5000 5100 5100] /MediaBox'))), { ...R, probe: src.probe, note: 'CropBox outside the MediaBox' });
  for (const rot of [90, 180, 270, 45, -90]) {
    for (const src of pick(sources, 1)) add(`rotate-${rot}-${src.name}`, () => rebuild(src.src, (o) => {
      for (const [n, b] of [...o]) if (/\/Type \/Page\b/.test(b)) o.set(n, b.replace('/MediaBox', `/Rotate ${rot} /MediaBox`));
    }), { ...R, probe: src.probe, note: `/Rotate ${rot}` });
  }
  add('hand-text-drawn-rotated', () => assemble(handDoc({ mediaBox: '[0 0 792 612]', content: () => `q 0 1 -1 0 792 0 cm\n${resumeOps({ top: 560 })}Q\n` })), { ...R, probe: HAND_PROBE, note: 'landscape page whose text is drawn turned 90°' });

  // Invisible text, images, OCR.
  const IMG = (w, h) => stream(`/Type /XObject /Subtype /Image /Width ${w} /Height ${h} /ColorSpace /DeviceGray /BitsPerComponent 8`, garbage(prng(w * h), w * h));
  add('hand-ocr-invisible-over-image', () => assemble(handDoc({
    resources: '<</Font <</F1 20 0 R /F2 21 0 R>> /XObject <</Im1 30 0 R>>>>',
    content: () => `q 612 0 0 792 0 0 cm /Im1 Do Q\n${resumeOps({ prefix: '', show: (s) => `3 Tr (${esc(s)}) Tj` })}`,
    extra: [[30, IMG(64, 64)]],
  })), { ...R, probe: HAND_PROBE, note: 'scanned page with an invisible (Tr 3) OCR text layer' });
  add('hand-ocr-invisible-over-image-flate', () => assemble(handDoc({
    compress: true,
    resources: '<</Font <</F1 20 0 R /F2 21 0 R>> /XObject <</Im1 30 0 R>>>>',
    content: () => `q 612 0 0 792 0 0 cm /Im1 Do Q\nBT 3 Tr ET\n${resumeOps({ show: (s) => `7 Tr (${esc(s)}) Tj` })}`,
    extra: [[30, IMG(32, 32)]],
  })), { ...R, probe: HAND_PROBE, note: 'OCR layer drawn with Tr 7 (clip, invisible) over an image' });
  add('hand-image-only', () => assemble(handDoc({ resources: '<</XObject <</Im1 30 0 R>>>>', content: () => 'q 612 0 0 792 0 0 cm /Im1 Do Q\n', extra: [[30, IMG(48, 48)]] })), { readable: false, accept: ['NO_TEXT'], note: 'a scan without a text layer' });
  add('hand-image-broken', () => assemble(handDoc({ resources: '<</Font <</F1 20 0 R /F2 21 0 R>> /XObject <</Im1 30 0 R>>>>', content: () => `q 612 0 0 792 0 0 cm /Im1 Do Q\n${resumeOps()}`, extra: [[30, stream('/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode', garbage(rand, 200))]] })), { ...R, probe: HAND_PROBE, note: 'a broken 100000×100000 JPEG behind the text' });
  add('hand-white-text-only', () => assemble(handDoc({ content: () => resumeOps({ show: (s) => `1 g (${esc(s)}) Tj` }) })), { readable: false, accept: ['parsed', 'NO_TEXT'], note: 'all text white on white' });

  // Annotations and forms.
  const widget = (n, y, name, value) => [n, `<</Type /Annot /Subtype /Widget /FT /Tx /T (${name}) /V (${esc(value)}) /Rect [72 ${y} 540 ${y + 18}] /F 4 /P 3 0 R /DA (/Helv 11 Tf 0 g) /AP <</N ${n + 100} 0 R>>>>`];
  const widgetAp = (n, value) => [n + 100, stream('/Type /XObject /Subtype /Form /BBox [0 0 468 18] /Resources <</Font <</Helv 20 0 R>>>>', `/Tx BMC BT /Helv 11 Tf 2 5 Td (${esc(value)}) Tj ET EMC`)];
  {
    const fields = RESUME.map(([, , str], i) => [60 + i, 740 - i * 24, `field${i}`, str]);
    const list = handDoc({ content: () => '', pageExtra: () => ` /Annots [${fields.map(([n]) => `${n} 0 R`).join(' ')}]`, catalogExtra: ` /AcroForm <</Fields [${fields.map(([n]) => `${n} 0 R`).join(' ')}] /DA (/Helv 0 Tf 0 g) /DR <</Font <</Helv 20 0 R>>>>>>` });
    for (const [n, y, name, v] of fields) list.push(widget(n, y, name, v), widgetAp(n, v));
    add('hand-form-fields-only', () => assemble(list), { ...R, probe: HAND_PROBE, note: 'all text in filled form fields (widget appearance streams); the page content is empty' });
    const noAp = list.filter(([n]) => n < 160).map(([n, b]) => [n, b.replace(/ \/AP <<[^>]*>>/, '')]);
    add('hand-form-fields-no-appearance', () => assemble(noAp), { ...R, probe: HAND_PROBE, note: 'form fields with values but no appearance streams' });
    const xfa = stream('', '<?xml version="1.0"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template><subform name="form1"><field name="n"><value><text>Jordan Example</text></value></field></subform></template></xdp:xdp>');
    add('hand-xfa-with-acroform', () => assemble([...list.map(([n, b]) => [n, n === 1 ? b.replace('/DA (/Helv', '/XFA 90 0 R /DA (/Helv') : b]), [90, xfa]]), { ...R, probe: HAND_PROBE, note: 'XFA form with an AcroForm fallback' });
    add('hand-xfa-only', () => assemble(handDoc({ catalogExtra: ' /AcroForm <</Fields [] /XFA 90 0 R>> /NeedsRendering true', content: () => 'BT /F1 12 Tf 72 700 Td (Please wait...) Tj ET BT /F1 10 Tf 72 680 Td (If this message is not eventually replaced by the proper contents of the document, your PDF viewer may not be able to display this type of document.) Tj ET', extra: [[90, xfa]] })), { readable: false, accept: ['parsed', 'NO_TEXT'], note: 'dynamic XFA: the page holds only the "Please wait" text' });
  }
  add('hand-freetext-annotation-only', () => assemble(handDoc({ content: () => '', pageExtra: () => ' /Annots [60 0 R]', extra: [[60, `<</Type /Annot /Subtype /FreeText /Rect [72 600 540 760] /Contents (${RESUME.map(([, , s]) => s).join('\\n')}) /DA (/Helv 11 Tf 0 g) /AP <</N 61 0 R>>>>`], [61, stream('/Type /XObject /Subtype /Form /BBox [0 0 468 160] /Resources <</Font <</F1 20 0 R /F2 21 0 R>>>>', resumeOps({ x: 2, top: 150 }))]] })), { ...R, probe: HAND_PROBE, note: 'text only in a FreeText annotation' });
  add('hand-link-annotations-broken', () => assemble(handDoc({ pageExtra: () => ' /Annots [60 0 R 61 0 R 62 0 R 99 0 R]', extra: [[60, '<</Type /Annot /Subtype /Link /Rect [1 2] /A <</S /URI /URI (javascript:alert)>>>>'], [61, '<</Type /Annot /Subtype /Link /A 61 0 R>>'], [62, '(not an annotation)']] })), { ...R, probe: HAND_PROBE, note: 'broken and hostile link annotations' });

  // Not PDFs at all, and empty ones.
  add('not-pdf-zip', () => B('PK\x03\x04\x14\0\0\0\0\0' + garbage(rand, 200) + 'PK\x05\x06' + '\0'.repeat(18)), { readable: false, accept: ['UNSUPPORTED_TYPE', 'CORRUPT'], note: 'a ZIP under a .pdf name' });
  add('not-pdf-png', () => B('\x89PNG\r\n\x1a\n' + garbage(rand, 300)), { readable: false, accept: ['UNSUPPORTED_TYPE'], note: 'a PNG under a .pdf name' });
  add('not-pdf-jpeg', () => B('\xff\xd8\xff\xe0\0\x10JFIF\0' + garbage(rand, 300)), { readable: false, accept: ['UNSUPPORTED_TYPE'], note: 'a JPEG under a .pdf name' });
  add('not-pdf-html', () => '<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL was not found on this server.</p></body></html>\n', { readable: false, accept: ['parsed', 'UNSUPPORTED_TYPE'], note: 'an HTML error page saved as .pdf (it is text, so it may parse as text)' });
  add('not-pdf-binary', () => garbage(rand, 5000), { readable: false, accept: ['UNSUPPORTED_TYPE'], note: 'random bytes' });
  add('empty', () => '', { readable: false, accept: ['EMPTY'], note: 'zero bytes' });
  add('whitespace-only', () => '\n\n   \r\n', { readable: false, accept: ['EMPTY'], note: 'blank space' });
  add('header-only', () => '%PDF-1.4\n', { readable: false, accept: ['CORRUPT'], note: 'just a header' });
  add('header-and-eof', () => '%PDF-1.4\n%%EOF\n', { readable: false, accept: ['CORRUPT'], note: 'a header and %%EOF' });
  add('header-then-garbage', () => `%PDF-1.5\n${garbage(rand, 3000)}`, { readable: false, accept: ['CORRUPT'], note: 'a header and binary garbage' });
  add('header-missing', () => S(assemble(handDoc(), { header: '' })), { readable: false, accept: ['parsed', 'UNSUPPORTED_TYPE'], note: 'no %PDF- header at all (viewers differ)' });

  // Encryption.
  {
    const doc = (encrypt) => {
      const d = new PdfDoc({ title: 'Encrypted resume', encrypt });
      const p = d.page();
      let y = 60;
      for (const [f, size, str] of RESUME) {
        p.text(72, y, str, { font: f === 'F2' ? 'Helvetica-Bold' : 'Helvetica', size });
        y += size * 1.6;
      }
      return d.toBytes();
    };
    add('encrypted-rc4-40-empty-password', () => doc({ userPassword: '', ownerPassword: 'owner', bits: 40 }), { ...R, probe: HAND_PROBE, note: 'RC4 40-bit, empty user password' });
    add('encrypted-rc4-128-empty-password', () => doc({ userPassword: '', ownerPassword: 'owner', bits: 128 }), { ...R, probe: HAND_PROBE, note: 'RC4 128-bit, empty user password' });
    add('encrypted-rc4-128-user-password', () => doc({ userPassword: 'secret', bits: 128 }), { readable: false, accept: ['ENCRYPTED'], note: 'RC4 128-bit with a user password' });
    add('encrypted-aes128-empty-password', () => {
      const e = encryptAes(handDoc(), { bits: 128 });
      return assemble(e.list, { trailer: e.trailer });
    }, { ...R, probe: HAND_PROBE, note: 'AES-128 (V4/R4), empty user password' });
    add('encrypted-aes256-empty-password', () => {
      const e = encryptAes(handDoc(), { bits: 256 });
      return assemble(e.list, { trailer: e.trailer });
    }, { ...R, probe: HAND_PROBE, note: 'AES-256 (V5/R6), empty user password' });
    add('encrypted-aes256-empty-password-objstm', () => {
      const e = encryptAes(handDoc(), { bits: 256 });
      return assemble(e.list, { trailer: e.trailer, xref: 'stream' });
    }, { ...R, probe: HAND_PROBE, note: 'AES-256, empty user password, xref stream' });
    add('encrypted-aes128-user-password', () => {
      const e = encryptAes(handDoc(), { bits: 128, userPassword: 'hunter2' });
      return assemble(e.list, { trailer: e.trailer });
    }, { readable: false, accept: ['ENCRYPTED'], note: 'AES-128 with a user password' });
    add('encrypted-aes256-user-password', () => {
      const e = encryptAes(handDoc(), { bits: 256, userPassword: 'hunter2' });
      return assemble(e.list, { trailer: e.trailer });
    }, { readable: false, accept: ['ENCRYPTED'], note: 'AES-256 with a user password' });
    add('encrypted-unknown-handler', () => {
      const e = encryptAes(handDoc(), { bits: 128 });
      return assemble(e.list.map(([n, b]) => [n, n === 99 ? b.replace('/Standard', '/FOPN_foweb') : b]), { trailer: e.trailer });
    }, { readable: false, accept: ['ENCRYPTED', 'CORRUPT'], note: 'a proprietary security handler' });
    add('encrypted-dict-missing', () => {
      const e = encryptAes(handDoc(), { bits: 128 });
      return assemble(e.list.filter(([n]) => n !== 99), { trailer: e.trailer });
    }, { readable: false, accept: ['ENCRYPTED', 'CORRUPT', 'NO_TEXT'], note: 'the trailer names an /Encrypt object that is missing (the streams are encrypted)' });
    add('encrypted-rc4-xref-missing', () => {
      const s = S(doc({ userPassword: '', bits: 128 }));
      return s.slice(0, xrefAt(s)) + s.slice(s.indexOf('trailer', xrefAt(s)));
    }, { ...R, probe: HAND_PROBE, note: 'RC4, empty password, no xref table (a rebuilt file must keep /Encrypt and /ID)' });
  }

  // Size and depth.
  add('hand-deeply-nested-arrays', () => assemble(handDoc({ pageExtra: () => ` /Nested ${'['.repeat(20000)}${']'.repeat(20000)}` })), { ...R, probe: HAND_PROBE, note: 'arrays nested 20000 deep in the page dictionary' });
  add('hand-deeply-nested-dicts', () => assemble(handDoc({ catalogExtra: ` /Deep ${'<</A '.repeat(5000)}1${'>>'.repeat(5000)}` })), { ...R, probe: HAND_PROBE, note: 'dictionaries nested 5000 deep in the catalog' });
  add('hand-deeply-nested-q', () => assemble(handDoc({ content: () => `${'q '.repeat(1500)}\n${resumeOps()}${'Q '.repeat(1500)}` })), { ...R, probe: HAND_PROBE, note: '1500 nested q' });
  add('hand-deeply-nested-q-30000', () => assemble(handDoc({ content: () => `${'q '.repeat(30000)}\n${resumeOps()}${'Q '.repeat(30000)}` })), { ...R, accept: ['parsed', 'TIMEOUT'], probe: HAND_PROBE, note: '30000 nested q: pdf.js text extraction is quadratic in the nesting depth' });
  add('hand-many-tiny-pages', () => {
    const n = 5000;
    const kids = [];
    const list = [[1, '<</Type /Catalog /Pages 2 0 R>>']];
    for (let i = 0; i < n; i++) {
      kids.push(`${10 + i} 0 R`);
      list.push([10 + i, `<</Type /Page /Parent 2 0 R /MediaBox [0 0 3 3] /Contents 5 0 R /Resources <</Font <</F1 20 0 R>>>>>>`]);
    }
    list.push([2, `<</Type /Pages /Kids [${kids.join(' ')}] /Count ${n}>>`], [5, stream('', 'BT /F1 1 Tf 0 1 Td (x) Tj ET')], [20, HELVETICA]);
    return assemble(list);
  }, { readable: false, accept: ['TOO_MANY_PAGES'], note: '5000 tiny pages: over the page limit, refused by policy' });
  add('hand-20-tiny-pages', () => assemble(handDoc({ pages: 20, mediaBox: '[0 0 200 60]', content: (n) => `BT /F1 8 Tf 4 40 Td (${n === 1 ? 'Jordan Example' : `Page ${n} notes: TypeScript and Go`}) Tj ET` })), { ...R, probe: HAND_PROBE, note: '20 small pages (the limit)' });
  add('hand-many-text-items', () => assemble(handDoc({ content: () => resumeOps() + Array.from({ length: 20000 }, (_, i) => `BT /F1 1 Tf ${(i % 600) + 1} ${(i % 700) + 1} Td (.) Tj ET`).join('\n') })), { ...R, probe: HAND_PROBE, note: '20000 one-character text objects' });
  add('hand-flate-bomb-content', () => assemble(handDoc({ content: () => resumeOps() + ' '.repeat(30_000_000), compress: true })), { readable: false, accept: ['parsed', 'TIMEOUT', 'TOO_LARGE'], note: '30 MB of spaces in a 30 KB Flate stream' });
  add('hand-long-string', () => assemble(handDoc({ content: () => `${resumeOps()}BT /F1 1 Tf 10 10 Td (${'A'.repeat(1_000_000)}) Tj ET` })), { ...R, probe: HAND_PROBE, note: 'a one-million-character string' });
  add('hand-compressed-multi-page', () => assemble(handDoc({ pages: 3, compress: true })), { ...R, probe: HAND_PROBE, note: 'a healthy control: three Flate pages' });

  return cases;
}

/** Writes the corpus into `dir` (created) with manifest.json; returns the manifest. */
export function writeCorpus(dir) {
  mkdirSync(dir, { recursive: true });
  const manifest = [];
  for (const c of brokenCases()) {
    const file = `${c.name}.pdf`;
    writeFileSync(join(dir, file), c.bytes);
    const { bytes: _bytes, ...label } = c;
    manifest.push({ file, ...label });
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--out');
  const dir = i > 0 ? resolve(process.argv[i + 1]) : mkdtempSync(join(tmpdir(), 'broken-pdfs-'));
  const manifest = writeCorpus(dir);
  console.log(`${manifest.length} files (${manifest.filter((m) => m.readable).length} with a readable text layer) in ${dir}`);
}
