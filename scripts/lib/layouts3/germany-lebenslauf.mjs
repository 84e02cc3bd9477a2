// 1. A German Lebenslauf written in English: a "Curriculum Vitae" title, the name only inside a labelled
// "Personal Details" block (Name / Address / Phone / E-mail / Date of birth / Nationality), a framed photo at
// the top right, tabular entries with the dates in a left column ("since 04/2021", "10/2016 – 03/2021"), skills
// as labelled rows, and a place-and-date line with a signature at the foot. A mechanical engineer in Munich.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf, photo } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Lukas Brandt',
    email: 'lukas.brandt@example.de',
    phone: '+49 151 5555 0123',
    location: 'Leopoldstraße 5, 80802 Munich',
  },
  work: [
    {
      position: 'Development Engineer, Chassis Systems',
      name: 'Isarwerk Fahrzeugtechnik GmbH',
      location: 'Munich',
      startDate: '2021-04',
      _dates: 'since 04/2021',
      highlights: [
        'Responsible for the design of rear-axle carriers for two electric vehicle platforms from concept to SOP',
        'Reduced component weight by 11 % through topology optimisation and a switch to cast aluminium',
        'Coordinate four suppliers and the test department for durability and crash validation',
      ],
    },
    {
      position: 'Design Engineer',
      name: 'Donau Antriebstechnik AG',
      location: 'Ingolstadt',
      startDate: '2016-10',
      endDate: '2021-03',
      _dates: '10/2016 – 03/2021',
      highlights: [
        'Designed gearbox housings and brackets in CATIA V5 including drawings according to DIN/ISO',
        'Carried out FEM analyses with ANSYS and prepared design reviews for the customer',
      ],
    },
    {
      position: 'Working Student, Test Bench Automation',
      name: 'Lechfeld Prüftechnik GmbH',
      location: 'Augsburg',
      startDate: '2014-03',
      endDate: '2016-08',
      _dates: '03/2014 – 08/2016',
      highlights: ['Programmed test sequences in LabVIEW for endurance runs of electric motors (16 h/week)'],
    },
  ],
  education: [
    { institution: 'Technical University of Munich', studyType: 'Dipl.-Ing.', area: 'Mechanical Engineering', startDate: '2010-10', endDate: '2016-09', _dates: '10/2010 – 09/2016', _degree: 'Dipl.-Ing. Mechanical Engineering (grade: 1.7)', _note: 'Diploma thesis: Lightweight design of a subframe made of fibre-reinforced plastic' },
    { institution: 'Maximilian-Gymnasium Augsburg', studyType: 'Abitur', startDate: '2001-09', endDate: '2010-06', _dates: '09/2001 – 06/2010', _degree: 'Abitur (grade: 2.1)' },
  ],
  skills: ['CATIA V5', 'Siemens NX', 'ANSYS Mechanical', 'MATLAB/Simulink', 'LabVIEW', 'SAP PLM', 'GD&T', 'DFMEA'],
  sections: ['Personal Details', 'Professional Experience', 'Education', 'Skills', 'Languages', 'Interests'],
  otherSections: [
    { heading: 'Personal Details', items: [{ label: 'Date of birth', value: '12.05.1991 in Augsburg' }, { label: 'Nationality', value: 'German' }, { label: 'Marital status', value: 'married' }] },
    { heading: 'Languages', items: [{ language: 'German', fluency: 'native speaker' }, { language: 'English', fluency: 'fluent (C1)' }, { language: 'French', fluency: 'basic knowledge (B1)' }] },
    { heading: 'Interests', items: ['Mountaineering, road cycling, restoring old motorcycles'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Helvetica (a Word Lebenslauf in English). Title "Curriculum Vitae" (20 pt) at the top left; a framed greyscale photo at the top right. The name appears ONLY as the value of a "Name" row in the Personal Details block, whose labels (Name, Address, Phone, E-mail, Date of birth, Nationality, Marital status) sit in a left column at x = 56 and values at x = 180; the address spans two lines ("Leopoldstraße 5" / "80802 Munich"; the key joins them). Headings in bold dark blue with a rule under them. Every entry is a row: the dates in the left column ("since 04/2021": current, no endDate; "10/2016 – 03/2021"), and at x = 180 the bold position, then "Company, City" on the next line, then "–" bullets. Education rows hold a "Diploma thesis:" line. Skills are labelled rows (CAD / Simulation / Tools / Methods; the labels are not skills). At the foot "Munich, 14.03.2024" and an italic signature name: neither is a date range or a role. No label (job title) printed.',
  },
};

const BLUE = [0.12, 0.23, 0.42];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Lebenslauf Lukas Brandt', creator: 'Microsoft® Word für Microsoft 365', producer: 'Microsoft® Word für Microsoft 365', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 56, V = 180, R = 539;
  p.text(L, 50, 'Curriculum Vitae', { font: 'Helvetica-Bold', size: 20, color: BLUE });
  p.rect(444, 44, 95, 120, { stroke: 0.6, lineWidth: 0.8 });
  p.image(446.5, 46.5, 90, 115, photo());
  const c = new Cursor({ page: p, left: V, right: R, y: 92, style: { size: 9.5, color: 0.1, lead: 12.2 } });
  const heading = (t) => {
    c.space(6);
    p.text(L, c.y, t, { font: 'Helvetica-Bold', size: 11.5, color: BLUE });
    c.space(14);
    c.rule({ dy: 0, left: L, right: R, color: BLUE, width: 0.7 }).space(6);
  };
  const label = (t, o = {}) => p.text(L, c.y, t, { size: 9.5, color: 0.3, ...o });
  heading('Personal Details');
  const personal = itemsOf(r, 'Personal Details').map((o) => [o.label, o.value]);
  const rows = [['Name', b.name], ['Address', 'Leopoldstraße 5\n80802 Munich'], ['Phone', b.phone], ['E-mail', b.email], ...personal];
  for (const [k, v] of rows) {
    label(k);
    for (const line of v.split('\n')) c.text(line, k === 'Name' ? { font: 'Helvetica-Bold' } : {});
  }
  c.y = Math.max(c.y, 170);
  heading('Professional Experience');
  for (const w of r.work) {
    label(w._dates);
    c.text(w.position, { font: 'Helvetica-Bold' });
    c.text(`${w.name}, ${w.location}`);
    for (const h of w.highlights) c.bullet(h, { glyph: '–', textIndent: 11 });
    c.space(4);
  }
  heading('Education');
  for (const e of r.education) {
    label(e._dates);
    c.text(e._degree, { font: 'Helvetica-Bold' });
    c.text(e.institution);
    if (e._note) c.wrap(e._note, { font: 'Helvetica-Oblique', color: 0.3 });
    c.space(5);
  }
  heading('Skills');
  const groups = [['CAD', 'CATIA V5, Siemens NX'], ['Simulation', 'ANSYS Mechanical, MATLAB/Simulink'], ['Tools', 'LabVIEW, SAP PLM'], ['Methods', 'GD&T, DFMEA']];
  for (const [k, v] of groups) {
    label(k);
    c.text(v);
  }
  heading('Languages');
  for (const { language, fluency } of itemsOf(r, 'Languages')) {
    label(language);
    c.text(fluency);
  }
  heading('Interests');
  c.text(itemsOf(r, 'Interests')[0]);
  c.space(22);
  p.text(L, c.y, 'Munich, 14.03.2024', { size: 9.5 });
  p.text(V + 60, c.y - 6, 'Lukas Brandt', { font: 'Times-Italic', size: 16, color: [0.1, 0.1, 0.45] });
  p.line(V + 50, c.y + 12, V + 200, c.y + 12, { width: 0.4, color: 0.5 });
  return doc.toBytes();
}
