// 11. A two-column résumé with a light LEFT sidebar (a square photo, Contact with icon glyphs, Skills as
// labelled level bars, Tools as a two-column grid, Languages with the level after a dash) and a main column
// holding the name, Profile, Experience and Education. Roles: the bold title, then "Company · City" in the
// accent colour with "03/2020 – now" right-aligned on the same line; "▸" bullets. A digital marketing
// manager in Stockholm.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, ICON, itemsOf, photo } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Elin Lindqvist',
    label: 'Digital Marketing Manager',
    email: 'elin.lindqvist@example.se',
    phone: '+46 70 555 12 84',
    location: 'Stockholm, Sweden',
    url: 'elinlindqvist.example.se',
    summary:
      'Performance and lifecycle marketer with ten years in e-commerce and subscription brands. I plan budgets around customer lifetime value, test everything, and write copy people want to open.',
  },
  work: [
    {
      position: 'Digital Marketing Manager',
      name: 'Nordhem Interiors',
      location: 'Stockholm',
      startDate: '2020-03',
      highlights: [
        'Own a SEK 40M paid media budget across Google, Meta and TikTok for Sweden, Norway and Finland',
        'Grew online revenue by 58% in three years while lowering blended acquisition cost by 22%',
        'Built the CRM programme in Klaviyo: 14 automated flows now bring 31% of e-mail revenue',
      ],
    },
    {
      position: 'Performance Marketing Specialist',
      name: 'Kaffeklubben AB',
      location: 'Gothenburg',
      startDate: '2017-01',
      endDate: '2020-02',
      highlights: [
        'Ran paid search and social for a coffee subscription start-up from 2,000 to 45,000 subscribers',
        'Set up server-side tracking and a weekly marketing-mix report in Looker Studio',
      ],
    },
    {
      position: 'Marketing Coordinator',
      name: 'Skärgård Outdoor',
      location: 'Gothenburg',
      startDate: '2014-08',
      endDate: '2016-12',
      highlights: ['Coordinated seasonal campaigns, product launches and the newsletter for 120,000 members'],
    },
  ],
  education: [
    { institution: 'Stockholm School of Economics', studyType: 'MSc', area: 'Business & Management', startDate: '2012-09', endDate: '2014-06' },
    { institution: 'University of Gothenburg', studyType: 'BSc', area: 'Media and Communication', startDate: '2009-09', endDate: '2012-06' },
  ],
  skills: ['Paid social', 'Paid search', 'CRM & lifecycle', 'Conversion optimisation', 'Copywriting', 'Google Ads', 'Meta Ads', 'Klaviyo', 'GA4', 'Looker Studio', 'Shopify'],
  sections: ['Contact', 'Skills', 'Tools', 'Languages', 'Profile', 'Experience', 'Education'],
  otherSections: [
    { heading: 'Languages', items: ['Swedish – native', 'English – fluent', 'German – conversational'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, A4, 1 page, Helvetica. A light blue-grey LEFT sidebar (x 0–185) with a square greyscale photo, then Contact (each line after a Font Awesome private-use glyph: phone U+F095, e-mail U+F0E0, pin U+F3C5, globe U+F0AC), Skills (five labels, each with a level bar drawn under it: rectangles, not text), Tools (a two-column grid of six short names) and Languages ("Swedish – native"). The key\'s skills are the Skills labels followed by the Tools. Main column x 210–560: name 26 pt and label in the accent colour, then Profile, Experience and Education with headings in bold accent capitals and a thin rule. Roles: bold title, then "Company · City" in the accent colour with the dates right-aligned on the same line ("03/2020 – now": current, no endDate; "01/2017 – 02/2020"), then "▸" (U+25B8) bullets. Education: "MSc, Business & Management" bold, then the school with "09/2012 – 06/2014" at the right. The key lists the sidebar first.',
  },
};

const ACCENT = [0.16, 0.36, 0.56];
const D = (iso) => (iso ? `${iso.slice(5)}/${iso.slice(0, 4)}` : 'now');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Elin Lindqvist CV', creator: 'Canva', producer: 'Canva', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.rect(0, 0, 185, 841.89, { fill: [0.9, 0.93, 0.96] });
  p.image(42, 36, 100, 100, photo(40, 40));
  const s = new Cursor({ page: p, left: 24, right: 168, y: 156, style: { size: 9, color: 0.15, lead: 13 } });
  const sideHead = (t) => {
    s.space(10).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 10.5, color: ACCENT, charSpacing: 1, lead: 15 });
    s.rule({ dy: -2, width: 0.6, color: ACCENT }).space(4);
  };
  sideHead('Contact');
  for (const [icon, t] of [[ICON.phone, b.phone], [ICON.envelope, b.email], [ICON.pin, b.location], [ICON.globe, b.url]]) {
    p.text(s.left, s.y, icon, { size: 8.5, color: ACCENT });
    s.text(t, { indent: 15, size: 8.6, lead: 15 });
  }
  sideHead('Skills');
  const levels = [0.9, 0.85, 0.95, 0.75, 0.8];
  r.skills.slice(0, 5).forEach((t, i) => {
    s.text(t, { lead: 11 });
    p.rect(s.left, s.y, 144, 3.5, { fill: 1 });
    p.rect(s.left, s.y, 144 * levels[i], 3.5, { fill: ACCENT });
    s.space(9);
  });
  sideHead('Tools');
  const tools = r.skills.slice(5);
  const y0 = s.y;
  tools.forEach((t, i) => p.text(s.left + (i % 2) * 74, y0 + Math.floor(i / 2) * 13, t, { size: 9, color: 0.15 }));
  s.y = y0 + Math.ceil(tools.length / 2) * 13;
  sideHead('Languages');
  for (const t of itemsOf(r, 'Languages')) s.text(t);

  const m = new Cursor({ page: p, left: 210, right: 560, y: 40, style: { size: 9.5, color: 0.15, lead: 12.8 } });
  m.text(b.name, { font: 'Helvetica-Bold', size: 26, color: 0.1, lead: 31 });
  m.text(b.label, { size: 13, color: ACCENT, lead: 22 });
  const head = (t) => {
    m.space(8).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 11.5, color: ACCENT, charSpacing: 1, lead: 15 });
    m.rule({ dy: -2, width: 0.6, color: ACCENT }).space(5);
  };
  head('Profile');
  m.wrap(b.summary);
  head('Experience');
  for (const w of r.work) {
    m.text(w.position, { font: 'Helvetica-Bold', size: 10.5, lead: 13.5 });
    m.row([{ text: `${w.name} · ${w.location}`, color: ACCENT }], `${D(w.startDate)} – ${D(w.endDate)}`, { lead: 14 }, { color: 0.4, size: 9 });
    for (const h of w.highlights) m.bullet(h, { glyph: '\u25b8', glyphIndent: 1, textIndent: 12, glyphOpts: { color: ACCENT } });
    m.space(7);
  }
  head('Education');
  for (const e of r.education) {
    m.text(`${e.studyType}, ${e.area}`, { font: 'Helvetica-Bold', lead: 13 });
    m.row([e.institution], `${D(e.startDate)} – ${D(e.endDate)}`, { lead: 17 }, { color: 0.4, size: 9 });
  }
  return doc.toBytes();
}
