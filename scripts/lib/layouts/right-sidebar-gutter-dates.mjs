// 3. A right-sidebar résumé: the main area on the left has a narrow date gutter ("2019 – 2021" at the left,
// the role to its right); a light grey sidebar on the right holds contact, skills, languages and
// certifications. A mechanical design engineer in Monterrey, Mexico.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Mateo Álvarez Ruiz',
    label: 'Mechanical Design Engineer',
    email: 'mateo.alvarez@example.com',
    phone: '+52 81 5555 0134',
    location: 'Monterrey, N.L., Mexico',
    profiles: ['linkedin.com/in/mateo-alvarez-ruiz'],
    summary:
      'Mechanical engineer with nine years designing heat exchangers and HVAC components for industrial customers. I take parts from concept and simulation to validated production drawings, and I work closely with suppliers and the shop floor.',
  },
  work: [
    {
      name: 'Valdez Thermal Systems',
      position: 'Senior Mechanical Design Engineer',
      location: 'Monterrey, N.L.',
      startDate: '2021',
      highlights: [
        'Lead the design of brazed plate heat exchangers for data-center cooling, 14 new models released',
        'Cut prototype iterations from four to two by introducing CFD screening in ANSYS Fluent',
        'Own GD&T and tolerance stack-ups for a 40-part product family',
      ],
    },
    {
      name: 'Grupo Industrial Cumbres',
      position: 'Mechanical Design Engineer',
      location: 'Apodaca, N.L.',
      startDate: '2017',
      endDate: '2021',
      highlights: [
        'Designed sheet-metal housings and brackets for rooftop HVAC units in SolidWorks',
        'Ran design FMEAs with quality and manufacturing, closing 120 action items',
        'Saved $310K a year by redesigning a fan shroud for a single-stamping process',
      ],
    },
    {
      name: 'Aceros del Norte',
      position: 'Manufacturing Engineer',
      location: 'San Nicolás de los Garza, N.L.',
      startDate: '2015',
      endDate: '2017',
      highlights: [
        'Supported two welding cells, writing work instructions and fixture drawings',
        'Reduced scrap on the tube-bending line by 22% with a poka-yoke fixture',
      ],
    },
  ],
  education: [
    { institution: 'Universidad Autónoma de Nuevo León', studyType: 'B.Eng.', area: 'Mechanical Engineering', startDate: '2010', endDate: '2015' },
  ],
  skills: ['SolidWorks', 'AutoCAD', 'ANSYS Mechanical', 'ANSYS Fluent', 'GD&T', 'FMEA', 'Lean Manufacturing', 'Sheet Metal Design'],
  sections: ['PROFILE', 'EXPERIENCE', 'EDUCATION', 'CONTACT', 'SKILLS', 'LANGUAGES', 'CERTIFICATIONS'],
  otherSections: [
    { heading: 'LANGUAGES', items: ['Spanish — native', 'English — C1'] },
    { heading: 'CERTIFICATIONS', items: ['Certified SolidWorks Professional (CSWP), 2019', 'Lean Six Sigma Green Belt, 2018'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, US Letter, 1 page. Main area x 40–386 with a date gutter: year ranges ("2021 – Present", "2017 – 2021") printed at x = 40 on the role title line, the role (bold title, italic "Company, City", "–" bullets) from x = 118. Right sidebar x 404–612 filled light grey, with CONTACT, SKILLS (one per line), LANGUAGES and CERTIFICATIONS. Name 24 pt at the top of the main area, label below. Main-area headings come first in the key (left column first). Year-only dates.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'CV Mateo Álvarez', creator: 'Adobe InDesign 18.0 (Windows)', compress: true });
  const p = doc.page();
  const b = r.basics;
  const NAVY = [0.13, 0.2, 0.33];
  p.rect(404, 0, 208, 792, { fill: [0.93, 0.94, 0.96] });

  const m = new Cursor({ page: p, left: 40, right: 386, y: 44, style: { size: 9.5, color: 0.15, lead: 13 } });
  m.text(b.name, { font: 'Helvetica-Bold', size: 24, color: NAVY, lead: 30 });
  m.text(b.label, { size: 12, color: 0.4, lead: 22 });
  const heading = (t) => {
    m.space(10).text(t, { font: 'Helvetica-Bold', size: 11, charSpacing: 1, color: NAVY, lead: 13 });
    m.rule({ dy: 2, color: NAVY, width: 0.8 }).space(9);
  };
  heading('PROFILE');
  m.wrap(b.summary);
  // Entries: the date in the gutter, the body in a narrower cursor from x = 118.
  const GUTTER = 118;
  const entry = (dates, title, sub, bullets) => {
    const body = new Cursor({ page: p, left: GUTTER, right: 386, y: m.y, style: m.style });
    p.text(40, body.y + 1, dates, { font: 'Helvetica', size: 8.5, color: 0.45 });
    body.text(title, { font: 'Helvetica-Bold', size: 10.5, lead: 14 });
    body.text(sub, { font: 'Helvetica-Oblique', size: 9.5, color: 0.35, lead: 14 });
    for (const h of bullets) body.bullet(h, { glyph: '–', textIndent: 9 });
    m.y = body.y + 10;
  };
  heading('EXPERIENCE');
  for (const w of r.work) entry(printRange(w), w.position, `${w.name}, ${w.location}`, w.highlights);
  heading('EDUCATION');
  for (const e of r.education) entry(printRange(e), `${e.studyType} ${e.area}`, e.institution, []);

  const s = new Cursor({ page: p, left: 424, right: 592, y: 48, style: { size: 9.5, color: 0.15, lead: 14 } });
  const sideHeading = (t) => {
    s.text(t, { font: 'Helvetica-Bold', size: 11, charSpacing: 1, color: NAVY, lead: 13 });
    s.rule({ dy: 2, color: NAVY, width: 0.8 }).space(9);
  };
  sideHeading('CONTACT');
  for (const line of [b.phone, b.email, b.location, b.profiles[0]]) s.text(line);
  s.space(18);
  sideHeading('SKILLS');
  for (const k of r.skills) s.text(k);
  for (const o of r.otherSections) {
    s.space(18);
    sideHeading(o.heading);
    for (const i of o.items) s.wrap(i);
  }
  return doc.toBytes();
}
