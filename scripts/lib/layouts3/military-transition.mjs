// 7. A military-to-civilian transition resume: a target title and a clearance line under the name, core
// competencies in " | " rows, MILITARY EXPERIENCE with ranks translated in parentheses in capitals
// ("FIRST SERGEANT (OPERATIONS MANAGER)"), upper-case month dates ("JUN 2021 – PRESENT"), units and posts as
// "U.S. Army, Unit — Post, ST", one collateral-duty entry with no dates, an overseas post, and "▸" bullets.
// Education mixed with military schools. A logistics NCO leaving the Army in Texas.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Kendrick O. Mensah',
    label: 'Logistics & Operations Manager',
    email: 'kendrick.mensah@example.com',
    phone: '(254) 555-0193',
    location: 'Killeen, TX 76542',
    profiles: ['linkedin.com/in/kendrick-mensah-example'],
    summary:
      'Senior Army noncommissioned officer with 12 years leading transportation and supply operations for units of up to 140 people. Accountable for $38M of equipment with zero losses. Lean Six Sigma Green Belt; active Secret clearance; available October 2024.',
  },
  work: [
    {
      position: 'FIRST SERGEANT (OPERATIONS MANAGER)',
      name: 'U.S. Army, 417th Transportation Company',
      location: 'Fort Cavazos, TX',
      startDate: '2021-06',
      highlights: [
        'Direct daily operations, training and welfare of a 140-person transportation company with 96 heavy vehicles',
        'Cut vehicle deadline rate from 18% to 6% in 10 months by reorganising maintenance scheduling',
        'Planned and led the rail and sea deployment of 210 vehicles and containers to Europe with no damage claims',
      ],
    },
    {
      position: 'PLATOON SERGEANT (LOGISTICS SUPERVISOR)',
      name: 'U.S. Army, 2nd Support Company',
      location: 'Joint Base Lewis-McChord, WA',
      startDate: '2017-03',
      endDate: '2021-05',
      highlights: [
        'Supervised 4 squad leaders and 38 drivers and mechanics running 1.2 million accident-free miles',
        'Managed a $4.5M parts and fuel budget in GCSS-Army with 100% inventory accuracy at annual inspection',
      ],
    },
    {
      position: 'UNIT MOVEMENT OFFICER (COLLATERAL DUTY)',
      name: 'U.S. Army, 2nd Support Company',
      location: 'Joint Base Lewis-McChord, WA',
      highlights: ['Certified hazardous-materials shipper; prepared load plans and movement documents for 3 deployments'],
    },
    {
      position: 'SQUAD LEADER (TRANSPORTATION TEAM LEAD)',
      name: 'U.S. Army, 11th Transportation Company',
      location: 'Camp Humphreys, Republic of Korea',
      startDate: '2012-01',
      endDate: '2017-02',
      highlights: ['Led a 9-person convoy team moving ammunition and supplies across the Korean peninsula'],
    },
  ],
  education: [
    { institution: 'Park University', studyType: 'Bachelor of Science', area: 'Logistics Management', endDate: '2022' },
    { institution: 'Central Texas College', studyType: 'Associate of Applied Science', area: 'Business Management', endDate: '2016' },
  ],
  skills: ['Fleet management', 'Supply chain operations', 'Team leadership', 'Budget management', 'HAZMAT shipping', 'Lean Six Sigma', 'Risk management', 'GCSS-Army (SAP)', 'Microsoft Excel'],
  sections: ['PROFESSIONAL SUMMARY', 'CORE COMPETENCIES', 'MILITARY EXPERIENCE', 'EDUCATION & TRAINING', 'AWARDS'],
  otherSections: [
    { heading: 'EDUCATION & TRAINING', items: ['Senior Leader Course, U.S. Army NCO Leadership Center of Excellence, 2019', 'Lean Six Sigma Green Belt, 2022', 'DOT/IATA Hazardous Materials Certification, 2018'] },
    { heading: 'AWARDS', items: ['Meritorious Service Medal · Army Commendation Medal (3) · Army Achievement Medal (4)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Helvetica. Name (22 pt bold capitals-and-lowercase) centred, then the target title, then "Transitioning U.S. Army Senior NCO | Active Secret Clearance | Available October 2024" (not a role; the date is not a role date), then the contact line "City, ST ZIP | phone | e-mail | LinkedIn". Headings: navy bold capitals on a light grey band. CORE COMPETENCIES: three rows of three terms separated by " | " (skills). MILITARY EXPERIENCE: each role is a bold capitals line "RANK (CIVILIAN TITLE)" with upper-case month dates at the right ("JUN 2021 – PRESENT": current, no endDate), then "U.S. Army, Unit — Post, ST" in italics (employer = service and unit, location = post), then "▸" (U+25B8) bullets. The UNIT MOVEMENT OFFICER collateral-duty entry has no dates at all. EDUCATION & TRAINING lists two degrees ("Degree, Field — School, Year": endDate only) then three military schools / certifications (otherSections). AWARDS is one " · " line.',
  },
};

const NAVY = [0.09, 0.16, 0.32];

export function render(r) {
  const doc = new PdfDoc({ title: 'Mensah_Resume', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 50, right: 562, y: 36, style: { size: 9.8, color: 0.1, lead: 12.6 } });
  c.text(b.name, { font: 'Helvetica-Bold', size: 22, align: 'center', color: NAVY, lead: 27 });
  c.text(b.label, { font: 'Helvetica-Bold', size: 12, align: 'center', lead: 15 });
  c.text('Transitioning U.S. Army Senior NCO  |  Active Secret Clearance  |  Available October 2024', { size: 9.5, align: 'center', color: 0.3, lead: 13 });
  c.text(`${b.location}  |  ${b.phone}  |  ${b.email}  |  ${b.profiles[0]}`, { size: 9.5, align: 'center', lead: 14 });
  const heading = (t) => {
    c.space(6);
    p.rect(50, c.y - 2, 512, 15, { fill: 0.9 });
    c.text(t, { font: 'Helvetica-Bold', size: 10.5, color: NAVY, indent: 4, lead: 18 });
  };
  heading('PROFESSIONAL SUMMARY');
  c.wrap(b.summary);
  heading('CORE COMPETENCIES');
  for (let i = 0; i < r.skills.length; i += 3) c.text(r.skills.slice(i, i + 3).join('   |   '), { align: 'center' });
  heading('MILITARY EXPERIENCE');
  const up = (iso) => (iso ? `${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'PRESENT');
  for (const w of r.work) {
    c.row([{ text: w.position, font: 'Helvetica-Bold' }], w.startDate ? `${up(w.startDate)} – ${up(w.endDate)}` : '', { size: 10 }, { font: 'Helvetica-Bold' });
    c.text(`${w.name} — ${w.location}`, { font: 'Helvetica-Oblique', color: 0.3 });
    for (const h of w.highlights) c.bullet(h, { glyph: '▸', glyphIndent: 8, textIndent: 20 });
    c.space(5);
  }
  heading('EDUCATION & TRAINING');
  for (const e of r.education) c.runs([{ text: `${e.studyType}, ${e.area}`, font: 'Helvetica-Bold' }, ` — ${e.institution}, ${e.endDate}`]);
  for (const t of itemsOf(r, 'EDUCATION & TRAINING')) c.text(t);
  heading('AWARDS');
  c.text(itemsOf(r, 'AWARDS')[0]);
  return doc.toBytes();
}
