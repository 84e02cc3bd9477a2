// 4. A designer's résumé whose header is split into three columns (name and label left, contact centre,
// links right, each stacked on three lines); roles print LinkedIn-style "Sep 2020 – Present · 4 yrs 5 mos"
// under the title; "→" bullets; labelled skill lines. A senior UX designer in Amsterdam.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, printRange } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Femke de Vries',
    label: 'Senior UX Designer',
    email: 'femke@example.nl',
    phone: '+31 6 1234 5678',
    location: 'Amsterdam, Netherlands',
    url: 'femkedevries.example.com',
    profiles: ['linkedin.com/in/femkedevries', 'dribbble.com/femkedv'],
    summary:
      'Product designer who turns messy service journeys into calm, accessible interfaces. Eight years in fintech and mobility; I run research myself, prototype in code when it helps, and care about design systems that teams actually adopt.',
  },
  work: [
    {
      position: 'Senior UX Designer',
      name: 'Tulpbank',
      location: 'Amsterdam',
      startDate: '2020-09',
      _dur: '4 yrs 5 mos',
      highlights: [
        'Lead designer for the mobile onboarding flow used by 1.3M customers; completion rose from 61% to 78%',
        'Built and maintain the Lantern design system (120 components) with two front-end engineers',
        'Run fortnightly usability sessions and publish findings to a shared research library',
      ],
    },
    {
      position: 'UX Designer',
      name: 'Rijwiel Mobility',
      location: 'Utrecht',
      startDate: '2018-01',
      endDate: '2020-08',
      _dur: '2 yrs 8 mos',
      highlights: [
        'Designed the bike-sharing app’s trip and payment screens for iOS and Android',
        'Introduced journey mapping workshops with operations and customer support',
      ],
    },
    {
      position: 'Junior Interaction Designer',
      name: 'Studio Grachtenwerk',
      location: 'Amsterdam',
      startDate: '2016-09',
      endDate: '2017-12',
      _dur: '1 yr 4 mos',
      highlights: ['Produced wireframes and prototypes for museum and cultural-sector websites'],
    },
  ],
  education: [
    { institution: 'Delft University of Technology', studyType: 'MSc', area: 'Design for Interaction', startDate: '2014', endDate: '2016' },
    { institution: 'Hanze University of Applied Sciences', studyType: 'BA', area: 'Communication and Multimedia Design', startDate: '2010', endDate: '2014' },
  ],
  skills: ['Figma', 'FigJam', 'Maze', 'Framer', 'HTML/CSS', 'Usability testing', 'Journey mapping', 'Design systems', 'Accessibility (WCAG 2.2)'],
  sections: ['About', 'Experience', 'Education', 'Skills', 'Languages'],
  otherSections: [{ heading: 'Languages', items: ['Dutch — native', 'English — fluent (C2)', 'German — good (B1)'] }],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, Helvetica. Header in three columns at x = 48, 250 and 420, three lines each: left name (22 pt) / label; centre phone / e-mail / city; right portfolio site / LinkedIn / Dribbble (printed without https://). A dark rule under the header. Title-case headings in a coloured sans, no rules. Role: bold title, then "Company · City" in grey, then "Mon YYYY – Present · 4 yrs 5 mos" (LinkedIn-style duration after a middle dot) in grey; "→" (U+2192) bullets. Education "Degree Field" bold, school, "2014 – 2016". Skills as two labelled lines, "Tools:" and "Methods:" (the labels are not skills). Languages with em dashes.',
  },
};

const ACCENT = [0.55, 0.2, 0.45];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Femke de Vries – CV', creator: 'Figma', producer: 'Figma', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.text(48, 40, b.name, { font: 'Helvetica-Bold', size: 22, color: 0.1 });
  p.text(48, 68, b.label, { size: 11, color: ACCENT });
  [b.phone, b.email, b.location].forEach((t, i) => p.text(250, 42 + i * 13, t, { size: 9, color: 0.25 }));
  [b.url, ...b.profiles].forEach((t, i) => p.text(420, 42 + i * 13, t, { size: 9, color: 0.25, link: `https://${t}` }));
  p.line(48, 92, 547, 92, { width: 1.5, color: 0.15 });
  const c = new Cursor({ page: p, left: 48, right: 547, y: 104, style: { size: 9.8, color: 0.12, lead: 13 } });
  const heading = (t) => c.space(8).text(t, { font: 'Helvetica-Bold', size: 13, color: ACCENT, lead: 18 });
  heading('About');
  c.wrap(b.summary);
  heading('Experience');
  for (const w of r.work) {
    c.text(w.position, { font: 'Helvetica-Bold', size: 10.8, lead: 13.5 });
    c.text(`${w.name}  ·  ${w.location}`, { color: 0.35, lead: 12.5 });
    c.text(`${printRange(w)}  ·  ${w._dur}`, { size: 9, color: 0.45, lead: 14 });
    for (const h of w.highlights) c.bullet(h, { glyph: '\u2192', glyphIndent: 2, textIndent: 16 });
    c.space(7);
  }
  heading('Education');
  for (const e of r.education) {
    c.text(`${e.studyType} ${e.area}`, { font: 'Helvetica-Bold', lead: 12.5 });
    c.row(e.institution, `${e.startDate} – ${e.endDate}`, { lead: 16 }, { color: 0.45 });
  }
  heading('Skills');
  c.runs([{ text: 'Tools: ', font: 'Helvetica-Bold' }, r.skills.slice(0, 5).join(', ')], { lead: 14 });
  c.runs([{ text: 'Methods: ', font: 'Helvetica-Bold' }, r.skills.slice(5).join(', ')], { lead: 14 });
  heading('Languages');
  c.text(r.otherSections[0].items.join('   ·   '));
  return doc.toBytes();
}
