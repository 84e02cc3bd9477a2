// 8. A Kickresume-style builder export: a full-width dark header band with the name, the label and two rows
// of contact items in white, each after an icon glyph; one column below with accent capital headings over a
// short thick bar; each role as the bold title with "Mar 2020 - Present" right-aligned in the accent colour,
// then "Company | City" in grey; "•" bullets; skills as a two-column grid of "✓" items; languages on one
// line with " · " separators. A food and beverage manager in Lisbon.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, ICON, SHORT, itemsOf, textWidth } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Tiago Marques',
    label: 'Food & Beverage Manager',
    email: 'tiago.marques@example.pt',
    phone: '+351 912 555 034',
    location: 'Lisbon, Portugal',
    profiles: ['linkedin.com/in/tiagomarques-fb'],
    summary:
      'Hospitality manager with eleven years in hotel restaurants, bars and banqueting in Lisbon and London. I run profitable outlets, build teams that stay, and keep guests coming back.',
  },
  work: [
    {
      position: 'Food & Beverage Manager',
      name: 'Hotel Miradouro Lisboa',
      location: 'Lisbon',
      startDate: '2020-03',
      highlights: [
        'Run three outlets (all-day restaurant, rooftop bar, 300-seat banqueting) with 52 staff and €6.8M annual revenue',
        'Raised food-cost margin by 4 points through menu engineering and supplier renegotiation',
        'Reopened the rooftop bar after 2021 with a new concept; TripAdvisor rating from 4.1 to 4.7',
      ],
    },
    {
      position: 'Assistant Restaurant Manager',
      name: 'The Kingsway Hotel',
      location: 'London',
      startDate: '2016-05',
      endDate: '2020-02',
      highlights: [
        'Managed daily service for a 140-cover brasserie, including rotas, cash-up and guest complaints',
        'Trained 25 new starters a year on service standards and allergen procedures',
      ],
    },
    {
      position: 'Head Waiter',
      name: 'Taberna do Rio',
      location: 'Porto',
      startDate: '2013-04',
      endDate: '2016-04',
      highlights: ['Led a team of 8 waiters and ran the wine list with the sommelier'],
    },
  ],
  education: [
    { institution: 'Escola Superior de Hotelaria e Turismo do Estoril', studyType: 'BA', area: 'Hotel Management', startDate: '2009-09', endDate: '2013-06' },
  ],
  skills: ['P&L management', 'Menu engineering', 'Banqueting & events', 'Staff scheduling', 'Opera PMS', 'Micros POS', 'HACCP', 'Guest recovery'],
  sections: ['Profile', 'Work Experience', 'Education', 'Skills', 'Certificates', 'Languages'],
  otherSections: [
    { heading: 'Certificates', items: ['WSET Level 3 Award in Wines (2019)', 'HACCP Level 3 Supervisor (2022)'] },
    { heading: 'Languages', items: ['Portuguese (native)', 'English (C2)', 'Spanish (B2)', 'French (B1)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Helvetica, in the look of a Kickresume template. A dark green full-width band (0–140 pt) holds the name (26 pt, white), the label (light green) and two rows of contact items in white, each preceded by a Font Awesome private-use glyph (e-mail U+F0E0, phone U+F095, pin U+F3C5, LinkedIn U+F08C). One column below. Headings: accent capitals with a short 3 pt bar under them (40 pt wide). Roles: the bold title at the left and "Mar 2020 - Present" right-aligned in the accent colour on the same line (current: no endDate), then "Company | City" in grey, then "•" bullets. Education in the same shape ("BA in Hotel Management"). Skills: a two-column grid of items each after a "✓" (U+2713). Certificates: plain lines. Languages: one line "Portuguese (native) · English (C2) · Spanish (B2) · French (B1)".',
  },
};

const GREEN = [0.11, 0.3, 0.26];
const LIGHT = [0.55, 0.82, 0.7];
const D = (iso) => (iso ? `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Tiago Marques', creator: 'Kickresume', producer: 'Chromium', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.rect(0, 0, 595.28, 140, { fill: GREEN });
  p.text(45, 34, b.name, { font: 'Helvetica-Bold', size: 26, color: 1 });
  p.text(45, 66, b.label, { size: 13, color: LIGHT });
  const items = [[ICON.envelope, b.email], [ICON.phone, b.phone], [ICON.pin, b.location], [ICON.linkedin, b.profiles[0]]];
  items.forEach(([icon, t], i) => {
    const x = 45 + (i % 2) * 230, y = 94 + Math.floor(i / 2) * 17;
    p.text(x, y, icon, { size: 9, color: LIGHT });
    p.text(x + 16, y, t, { size: 9.5, color: 1 });
  });
  const c = new Cursor({ page: p, left: 45, right: 550, y: 160, style: { size: 9.5, color: 0.15, lead: 12.8 } });
  const heading = (t) => {
    c.space(8).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 12, color: GREEN, charSpacing: 0.8, lead: 16 });
    p.rect(c.left, c.y - 1, 40, 3, { fill: GREEN });
    c.space(8);
  };
  heading('Profile');
  c.wrap(b.summary);
  heading('Work Experience');
  const entry = (title, from, to, sub) => {
    c.row([{ text: title, font: 'Helvetica-Bold', size: 11 }], `${D(from)} - ${D(to)}`, { lead: 14 }, { color: GREEN, font: 'Helvetica-Bold', size: 9.5 });
    c.text(sub, { color: 0.45, lead: 13.5 });
  };
  for (const w of r.work) {
    entry(w.position, w.startDate, w.endDate, `${w.name} | ${w.location}`);
    for (const h of w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 2, textIndent: 12 });
    c.space(7);
  }
  heading('Education');
  for (const e of r.education) entry(`${e.studyType} in ${e.area}`, e.startDate, e.endDate, e.institution);
  heading('Skills');
  const y0 = c.y;
  r.skills.forEach((s, i) => {
    const x = c.left + (i % 2) * 250, y = y0 + Math.floor(i / 2) * 14;
    p.text(x, y, '\u2713', { size: 9.5, color: GREEN });
    p.text(x + 14, y, s, { size: 9.5, color: 0.15 });
  });
  c.y = y0 + Math.ceil(r.skills.length / 2) * 14;
  heading('Certificates');
  for (const t of itemsOf(r, 'Certificates')) c.text(t);
  heading('Languages');
  c.text(itemsOf(r, 'Languages').join('  ·  '));
  if (textWidth(b.profiles[0], 'Helvetica', 9.5) > 200) throw new Error('contact too wide');
  return doc.toBytes();
}
