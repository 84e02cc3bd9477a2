// The designs. Each one = a layout config for render.mjs + a text-layer recipe for lib.mjs emit(), or (pdfkit) its own
// builder. `build(P, outFile)` writes the PDF and returns { key, notes }.
import { PdfDoc } from './pdf.mjs';
import { layout } from './render.mjs';
import { emit } from './lib.mjs';
import { buildPdfkit } from './pdfkit-design.mjs';

const fam = (doc, kind, reg, bold, ital) => ({ reg: doc.font(kind, reg), bold: doc.font(kind, bold), ital: doc.font(kind, ital) });
const FAM = {
  gothic: ['URWGothic-Book', 'URWGothic-Demi', 'URWGothic-BookOblique'],
  palatino: ['P052-Roman', 'P052-Bold', 'P052-Italic'],
  sans: ['NimbusSans-Regular', 'NimbusSans-Bold', 'NimbusSans-Italic'],
  century: ['C059-Roman', 'C059-Bold', 'C059-Italic'],
  times: ['NimbusRoman-Regular', 'NimbusRoman-Bold', 'NimbusRoman-Italic'],
  bookman: ['URWBookman-Light', 'URWBookman-Demi', 'URWBookman-LightItalic'],
  helvetica: ['Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'],
};

const TAG_RANK = (ranks) => (texts) => [...texts].sort((a, b) => (ranks.indexOf(a.tag) - ranks.indexOf(b.tag)) || (a.seq - b.seq));

function make(P, out, { fontKind = 't1', family, cfg, emitOpts, creator }) {
  const doc = new PdfDoc({ title: `${P.first} ${P.last} – Resume`, author: `${P.first} ${P.last}`, creator, producer: 'PassTheBot held-out producers batch (hand-written content streams)' });
  const fonts = fam(doc, fontKind, ...FAM[family]);
  const r = layout(P, { ...cfg, fonts });
  const eo = typeof emitOpts === 'function' ? emitOpts(r) : emitOpts;
  emit(doc, r.cv, eo);
  doc.save(out);
  return r;
}

export const DESIGNS = [
  {
    id: 'canva-words', personas: ['kwabena', 'mathilde'],
    imitates: 'a Canva / Figma design export: tinted left sidebar, display sans, letter-spaced capital headings, year-only dates',
    stresses: 'every word is its own BT…ET text object at an absolute Tm position; the text layer contains no space characters at all (word gaps are only geometry); embedded Type 1 subsets without /ToUnicode (WinAnsi glyph names)',
    build: (P, out) => make(P, out, {
      family: 'gothic', creator: 'design-tool style export (words as objects)',
      cfg: { cols: 2, sidebar: 'left', sideW: 178, sideBg: [0.93, 0.9, 0.85], sideColor: [0.15, 0.15, 0.15], headerIn: 'main', headCase: 'upper', headTc: 1.6,
        dateStyle: 'YYYY', present: 'Now', sizes: { name: 26 }, accent: [0.55, 0.3, 0.2], sideBullets: false,
        side: ['contact', 'skills', 'langs'], main: ['summary', 'work', 'edu', ...(P.projects ? ['projects'] : [])],
        titles: { summary: 'About Me', work: 'Work Experience' } },
      emitOpts: { mode: 'words' },
    }),
  },
  {
    id: 'indesign-glyphs', personas: ['orla', 'anneliese'],
    imitates: 'an InDesign / Illustrator export: Palatino-like serif, ruled capital headings, full month names',
    stresses: 'every glyph is placed by its own Tm and Tj (hex string, one byte); spaces are never drawn; Type 1 subsets without /ToUnicode',
    build: (P, out) => make(P, out, {
      family: 'palatino', creator: 'DTP-style export (one Tm per glyph)',
      cfg: { cols: 1, headCase: 'upper', headTc: 0.8, headRule: true, headerRule: true, entry: 'row', dateStyle: 'MMMM YYYY', accent: [0.12, 0.2, 0.35],
        main: ['summary', 'work', 'edu', 'skills', 'certs'], titles: { summary: 'Summary', work: 'Professional Experience' }, sizes: { body: 8.9 } },
      emitOpts: { mode: 'glyphs' },
    }),
  },
  {
    id: 'headings-first', personas: ['rafael', 'orla'],
    imitates: 'a resume-builder back end that paints by layer: a date gutter on the left, entries on the right',
    stresses: 'text drawn out of reading order: first all section headings, then name/label/contacts, then every date of the gutter, then titles, then the bullets; pdftotext -raw shows the drawing order, the default mode must rebuild the page',
    build: (P, out) => make(P, out, {
      family: 'sans', creator: 'layered builder (headings, dates, body)',
      cfg: { cols: 1, entry: 'gutter', gutter: 96, dateStyle: 'MM/YYYY', present: 'now', headCase: 'as', headRule: true, accent: [0.05, 0.35, 0.45],
        main: ['summary', 'work', 'edu', 'skills', ...(P.projects ? ['projects'] : []), 'langs'], titles: { summary: 'Summary', work: 'Work History' } },
      emitOpts: { mode: 'line', order: TAG_RANK(['heading', 'name', 'label', 'contact', 'date', 'title', 'body']) },
    }),
  },
  {
    id: 'draw-order', personas: ['anneliese', 'kwabena'],
    imitates: 'a two-column builder template whose PDF engine paints columns and lines in its own order',
    stresses: 'Anneliese: the RIGHT sidebar is drawn before the left main column; Kwabena: every page is painted bottom-to-top (last line first) with the sidebar on the left',
    build: (P, out) => {
      const right = P.id === 'anneliese';
      return make(P, out, {
        family: 'sans', creator: right ? 'builder engine (right column first)' : 'builder engine (bottom-to-top)',
        cfg: { cols: 2, sidebar: right ? 'right' : 'left', sideW: 170, sideBg: [0.94, 0.95, 0.97], sideColor: [0.1, 0.1, 0.1], headerIn: right ? 'main' : 'side', headCase: 'upper', headTc: 0.5,
          entry: 'nested', accent: [0.2, 0.3, 0.55], dateStyle: 'MMM YYYY', present: 'Present', nameSplit: !right, sideBullets: true, sizes: { name: right ? 24 : 19 },
          side: ['contact', 'skills', 'edu', 'langs'], main: ['summary', 'work', ...(P.projects ? ['projects'] : []), 'certs'] },
        emitOpts: (r) => ({ mode: 'line', order: right
          ? (t) => [...t].sort((a, b) => ((b.x >= r.geom.sideX) - (a.x >= r.geom.sideX)) || (a.seq - b.seq))
          : (t) => [...t].sort((a, b) => (b.y - a.y) || (b.x - a.x)) }),
      });
    },
  },
  {
    id: 'justified-tj', personas: ['mathilde', 'orla'],
    imitates: 'a typeset, fully justified resume from a print-oriented builder: Century Schoolbook, letter-spaced headings',
    stresses: 'each line is one TJ array whose word gaps are kerning numbers (e.g. -650), no space characters; justified lines get larger gaps; headings letter-spaced with Tc',
    build: (P, out) => make(P, out, {
      family: 'century', creator: 'typesetting back end (TJ word gaps)',
      cfg: { cols: 1, justify: true, headCase: 'upper', headTc: 2.4, headRule: false, entry: 'stack', center: true, dateStyle: 'MMM YYYY', present: 'Present', accent: [0.3, 0.1, 0.1], nameTc: 1,
        main: ['summary', 'work', 'edu', 'skills', 'langs'], titles: { summary: 'Profile', work: 'Experience' }, sizes: { body: 8.8, name: 22 } },
      emitOpts: { mode: 'tj' },
    }),
  },
  {
    id: 'dark-sidebar-vertical', personas: ['rafael', 'anneliese'],
    imitates: 'a modern template with a dark navy sidebar and the name set vertically along it',
    stresses: 'white text on a filled dark rectangle (sidebar holds contacts, skills, education, languages); the only occurrence of the name is rotated 90° in a rotated Tm next to normal text; typed bullets',
    build: (P, out) => make(P, out, {
      family: 'sans', creator: 'template engine (rotated name, dark sidebar)',
      cfg: { cols: 2, sidebar: 'left', sideW: 175, sideBg: [0.12, 0.16, 0.24], sideColor: [1, 1, 1], vname: true, headCase: 'upper', headTc: 0.8, entry: 'row', accent: [0.12, 0.16, 0.24],
        dateStyle: 'MM/YYYY', present: 'Current', sideBullets: false, headerIn: 'main', sizes: { label: 15 },
        side: ['contact', 'skills', 'edu', 'langs'], main: ['summary', 'work', ...(P.projects ? ['projects'] : []), 'certs'], titles: { summary: 'Profile', work: 'Experience' } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'type1-nounicode', personas: ['kwabena', 'rafael'],
    imitates: 'an older desktop-publishing PDF: Times-like serif Type 1 subsets with a custom encoding',
    stresses: 'embedded Type 1 subsets with NO /ToUnicode and an /Encoding /Differences array that assigns codes 33, 34, 35… in first-use order (code 33 is not "!"): text is only recoverable through the glyph names',
    build: (P, out) => make(P, out, {
      fontKind: 't1custom', family: 'times', creator: 'DTP export (Type 1, custom encoding)',
      cfg: { cols: 1, entry: 'row', headCase: 'as', headRule: true, dateStyle: 'MMM. YYYY', present: 'present', accent: [0, 0, 0], center: true, contactSep: '  •  ',
        main: ['summary', 'work', ...(P.projects ? ['projects'] : []), 'edu', 'skills', 'certs'], titles: { summary: 'Summary', work: 'Employment' }, sizes: { body: 9.6, small: 9 } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'helvetica-winansi', personas: ['orla', 'mathilde'],
    imitates: 'a plain PDF from a server-side resume generator using the base-14 Helvetica (not embedded)',
    stresses: 'standard 14 Helvetica with /WinAnsiEncoding: "–" (0x96), "’" (0x92) and "•" (0x95) typed bullets are single bytes; justified bullets with Tw word spacing; rules drawn as paths',
    build: (P, out) => make(P, out, {
      fontKind: 'std', family: 'helvetica', creator: 'server-side generator (base-14 fonts)',
      cfg: { cols: 1, entry: 'row', headCase: 'upper', headRule: true, headerRule: false, justify: true, dateStyle: 'MMM YYYY', present: 'Present', accent: [0.1, 0.1, 0.1],
        main: ['summary', 'work', 'edu', 'skills', 'langs', 'certs'], titles: { summary: 'Profile', work: 'Experience' } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'vector-bullets-links', personas: ['anneliese', 'mathilde'],
    imitates: 'a Resume.io/Zety-style builder download: centred header, link words instead of URLs, drawn bullets',
    stresses: 'bullets are small filled circles (Bezier paths), not characters; section rules are paths; the contact line prints "LinkedIn", "GitHub", "Portfolio" as words with /Link /URI annotations whose URLs are not printed',
    build: (P, out) => make(P, out, {
      family: 'sans', creator: 'builder download (vector bullets, link words)',
      cfg: { cols: 1, entry: 'row', center: true, linksAsWords: true, bullet: 'dot', headCase: 'upper', headRule: true, dateStyle: 'MM/YYYY', present: 'Present', accent: [0.05, 0.45, 0.4],
        contactSep: '   ·   ', main: ['summary', 'work', 'edu', 'skills', 'langs'], titles: { summary: 'Professional Summary', work: 'Employment History' } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'multipage-header', personas: ['orla', 'rafael'],
    imitates: 'a two-page resume from a report-style generator with running header and page footer',
    stresses: 'content flows over 2 pages; pages 2+ repeat "Name  ·  Label" as a running header over a rule, every page has a footer "Page N of M"; sections continue on page 2 after the break',
    build: (P, out) => make(P, out, {
      family: 'bookman', creator: 'report generator (running header/footer)',
      cfg: { cols: 1, entry: 'row', headCase: 'as', headRule: true, dateStyle: 'MMM YYYY', present: 'Present', accent: [0.2, 0.2, 0.2], multipage: { footer: 'Page {p} of {n}' },
        headGap: P.id === 'rafael' ? 24 : 16, sizes: { body: P.id === 'rafael' ? 12.4 : 11.2, small: 9.8, head: 13.5, name: 26 }, margins: { t: 64, b: 84 },
        main: ['summary', 'work', ...(P.projects ? ['projects'] : []), 'edu', 'skills', 'langs', 'certs'], titles: { summary: 'Professional Profile', work: 'Career History' } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'baseline-jitter', personas: ['mathilde', 'anneliese'],
    imitates: 'a web-to-PDF builder that positions each box separately: title left and date right as separate objects',
    stresses: 'rows are split into separate text objects whose baselines differ by ±0.5 pt (title vs date, company vs location, degree vs years), so a same-line test with an exact baseline fails',
    build: (P, out) => make(P, out, {
      family: 'sans', creator: 'box-positioning builder (±0.5 pt baselines)',
      cfg: { cols: 1, entry: P.id === 'anneliese' ? 'nested' : 'row', jitter: 0.5, headCase: 'as', headRule: false, dateStyle: 'MMM YYYY', present: 'Present', accent: [0.5, 0.1, 0.3],
        main: ['summary', 'work', 'edu', 'skills', 'certs'], titles: { summary: 'About', work: 'Experience' } },
      emitOpts: { mode: 'line' },
    }),
  },
  {
    id: 'pdfkit-builder', personas: ['rafael', 'kwabena'],
    imitates: 'a Node resume-builder back end that renders with PDFKit (Lato TrueType, two-column body)',
    stresses: 'PDFKit text layer: TrueType subsets as CIDFontType2/Identity-H with ToUnicode, kerned TJ arrays, each wrapped line a separate text object; right column of dates and a skills column; vector circle bullets; link annotations over printed handles; 1–2 pages (Kwabena 2, Rafael 1) with a "Name — Page N of M" footer',
    build: (P, out) => buildPdfkit(P, out),
  },
];
