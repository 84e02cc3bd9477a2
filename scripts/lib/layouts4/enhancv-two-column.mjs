// 4. An Enhancv-style builder export in two columns without a coloured sidebar: a full-width header (capital
// name, accent label, one wrapping row of contact items each after an icon glyph); the left column holds
// Experience and Education, the right one Summary, Key Achievements (icon + bold title + line), Skills as
// underlined tags and Languages with a dot rating. Each role: the title, the company in the accent colour,
// a line with a calendar icon and "Jun 2021 - Present" and a pin icon and the city, an italic one-line
// description of the company, then "•" bullets. A senior product designer in Barcelona.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, ICON, SHORT, dots, itemsOf, tags, textWidth } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Lucía Ferrer Vidal',
    label: 'Senior Product Designer | Design Systems & Mobile',
    email: 'lucia.ferrer@example.com',
    phone: '+34 655 555 017',
    location: 'Barcelona, Spain',
    url: 'luciaferrer.example.com',
    profiles: ['linkedin.com/in/luciaferrervidal'],
    summary:
      'Product designer with eight years in travel and marketplace apps. I turn research into simple flows, build design systems that engineers like using, and measure whether the change worked.',
  },
  work: [
    {
      position: 'Senior Product Designer',
      name: 'Trotamundo Travel',
      location: 'Barcelona, Spain',
      startDate: '2021-06',
      summary: 'Travel-booking app with 3M monthly users in Southern Europe',
      highlights: [
        'Lead designer for search and checkout; the redesigned checkout raised mobile conversion by 12%',
        'Built the Figma design system (240 components) and its React token pipeline with two engineers',
        'Run monthly usability sessions and share findings with 60 people across product and support',
      ],
    },
    {
      position: 'Product Designer',
      name: 'Mercadillo',
      location: 'Valencia, Spain',
      startDate: '2018-02',
      endDate: '2021-05',
      summary: 'Second-hand marketplace start-up, seed to Series B',
      highlights: [
        'Designed the seller onboarding and listing flows, cutting time-to-first-listing from 9 to 3 minutes',
        'Introduced accessibility reviews; the app reached WCAG 2.1 AA in 2020',
      ],
    },
    {
      position: 'UI Designer',
      name: 'Estudio Nube',
      location: 'Valencia, Spain',
      startDate: '2016-03',
      endDate: '2018-01',
      summary: 'Digital agency for retail and hospitality brands',
      highlights: ['Designed responsive websites and e-commerce themes for 20+ clients'],
    },
  ],
  education: [
    { institution: 'Universitat Politècnica de València', studyType: 'Bachelor’s Degree', area: 'Industrial Design Engineering', startDate: '2011-09', endDate: '2015-06' },
  ],
  skills: ['Figma', 'Design systems', 'Prototyping', 'User research', 'Usability testing', 'Accessibility (WCAG)', 'Interaction design', 'HTML & CSS', 'Maze', 'Workshop facilitation'],
  sections: ['Experience', 'Education', 'Summary', 'Key Achievements', 'Skills', 'Languages'],
  otherSections: [
    {
      heading: 'Key Achievements',
      items: [
        'Checkout redesign — +12% mobile conversion in the first quarter after launch',
        'Design system adoption — used by all 9 product squads within a year',
      ],
    },
    { heading: 'Languages', items: ['Spanish — Native', 'Catalan — Native', 'English — Proficient', 'Italian — Intermediate'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, A4, 1 page, Helvetica, in the look of an Enhancv template. Full-width header: the name in capitals (the key writes it as set in the data, case-insensitive), the label in teal, then one row of contact items, each preceded by a Font Awesome private-use glyph (phone U+F095, e-mail U+F0E0, globe U+F0AC, LinkedIn U+F08C, pin U+F3C5), wrapping to a second row. Two columns below with no background: left x 36–365 (Experience, Education), right x 390–560 (Summary, Key Achievements, Skills, Languages). Section headings: bold capitals with a 2 pt rule under them. Role: title (bold, 11 pt), company (teal, bold), then a grey line with a calendar glyph U+F073 and "Jun 2021 - Present" (current: no endDate) and a pin glyph with the city, then an italic grey one-line company description (work[].summary), then "•" bullets. Key Achievements: a star glyph U+F005, a bold title, then a line of text (the key joins them with " — "). Skills: tags with a thin underline, no box. Languages: the language, the level in grey after it, and five squares drawn as rectangles. The key lists the left column first.',
  },
};

const TEAL = [0.0, 0.52, 0.55];
const D = (iso) => (iso ? `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Lucía Ferrer Vidal - Resume', creator: 'Enhancv', producer: 'Skia/PDF m118', compress: true });
  const p = doc.page();
  const b = r.basics;
  const h = new Cursor({ page: p, left: 36, right: 560, y: 36, style: { size: 9.5, color: 0.15, lead: 12.5 } });
  h.text(b.name.toUpperCase(), { font: 'Helvetica-Bold', size: 24, lead: 29, color: 0.1 });
  h.text(b.label, { size: 12, color: TEAL, lead: 18 });
  // Contact row: icon + text items, wrapping.
  const items = [[ICON.phone, b.phone], [ICON.envelope, b.email], [ICON.globe, b.url], [ICON.linkedin, b.profiles[0]], [ICON.pin, b.location]];
  let x = h.left;
  for (const [icon, t] of items) {
    const w = 14 + textWidth(t, 'Helvetica', 9) + 14;
    if (x + w > h.right) { x = h.left; h.space(14); }
    p.text(x, h.y, icon, { size: 8.5, color: TEAL });
    p.text(x + 14, h.y, t, { size: 9, color: 0.25 });
    x += w;
  }
  h.space(24);
  const top = h.y;
  const heading = (cur, t) => {
    cur.space(6).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 12.5, color: 0.1, lead: 15 });
    cur.rule({ dy: -1, width: 2, color: 0.1 }).space(6);
  };
  const L = new Cursor({ page: p, left: 36, right: 365, y: top, style: { size: 9.3, color: 0.15, lead: 12.2 } });
  heading(L, 'Experience');
  for (const w of r.work) {
    L.text(w.position, { font: 'Helvetica-Bold', size: 11, lead: 14 });
    L.text(w.name, { font: 'Helvetica-Bold', size: 10, color: TEAL, lead: 13.5 });
    p.text(L.left, L.y, ICON.calendar, { size: 8, color: 0.45 });
    const end = p.text(L.left + 12, L.y, `${D(w.startDate)} - ${D(w.endDate)}`, { size: 8.5, color: 0.45 }).right;
    p.text(end + 16, L.y, ICON.pin, { size: 8, color: 0.45 });
    p.text(end + 28, L.y, w.location, { size: 8.5, color: 0.45 });
    L.space(12.5);
    L.wrap(w.summary, { font: 'Helvetica-Oblique', size: 8.8, color: 0.4, lead: 12.5 });
    for (const hl of w.highlights) L.bullet(hl, { glyph: '•', glyphIndent: 2, textIndent: 11 });
    L.space(7);
  }
  heading(L, 'Education');
  for (const e of r.education) {
    L.text(`${e.studyType} in ${e.area}`, { font: 'Helvetica-Bold', size: 11, lead: 14 });
    L.text(e.institution, { font: 'Helvetica-Bold', size: 10, color: TEAL, lead: 13.5 });
    p.text(L.left, L.y, ICON.calendar, { size: 8, color: 0.45 });
    p.text(L.left + 12, L.y, `${D(e.startDate)} - ${D(e.endDate)}`, { size: 8.5, color: 0.45 });
  }
  const R = new Cursor({ page: p, left: 390, right: 560, y: top, style: { size: 9.3, color: 0.15, lead: 12.2 } });
  heading(R, 'Summary');
  R.wrap(b.summary);
  heading(R, 'Key Achievements');
  for (const t of itemsOf(r, 'Key Achievements')) {
    const [title, text] = t.split(' — ');
    p.text(R.left, R.y, ICON.star, { size: 9, color: TEAL });
    R.left += 14;
    R.text(title, { font: 'Helvetica-Bold', size: 9.5 });
    R.wrap(text, { size: 8.8, color: 0.3 });
    R.left -= 14;
    R.space(5);
  }
  heading(R, 'Skills');
  R.y = tags(p, R.left, R.right, R.y, r.skills, { size: 9, padX: 2, padY: 2, gap: 9, rowGap: 7, underline: 0.6, color: 0.15 }) + 6;
  heading(R, 'Languages');
  for (const t of itemsOf(r, 'Languages')) {
    const [lang, level] = t.split(' — ');
    p.runs(R.left, R.y, [{ text: lang, font: 'Helvetica-Bold' }, { text: `  ${level}`, color: 0.45 }], { size: 9 });
    dots(p, R.right - 38, R.y + 2, { Native: 5, Proficient: 4, Intermediate: 3 }[level], 5, { size: 5.5, gap: 2.5, on: TEAL, off: 0.85 });
    R.space(15);
  }
  return doc.toBytes();
}
