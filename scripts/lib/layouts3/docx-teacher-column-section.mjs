// 10. A Word CV from a UK secondary teacher: the name in Word's Title style, Heading 1 sections, roles as a
// bold title with the dates (full month names) on a right tab and the school in italics below, "–" bullets
// from numbering.xml, school placements that are not jobs, then a continuous section break into a TWO-COLUMN
// section (Skills in the left column, a column break, Interests in the right) and back to one column for
// References: a borderless two-cell table naming two referees with their own e-mails and phones. Cardiff.
import { numberingXml, packDocx, para, sectPr, table } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Rhiannon Price-Davies',
    label: 'Secondary Mathematics Teacher (QTS)',
    email: 'rhiannon.pricedavies@example.org',
    phone: '07700 900318',
    location: 'Cardiff CF14',
    summary:
      'Enthusiastic and reflective mathematics teacher with six years’ experience across Key Stages 3 to 5, including A level Further Mathematics. I plan lessons that build fluency and confidence, use assessment data to close gaps, and lead the department’s numeracy intervention.',
  },
  work: [
    {
      position: 'Teacher of Mathematics and Second in Department',
      name: 'Llanishen Fach Community School',
      location: 'Cardiff',
      startDate: '2021-09',
      highlights: [
        'Teach Years 7–13 including two A level groups; 2023 A level results 38% A*–A',
        'Lead the Year 8 numeracy intervention programme (60 pupils), raising average reading-age-equivalent numeracy scores by 14 months',
        'Mentor two early career teachers and one PGCE student each year',
      ],
    },
    {
      position: 'Teacher of Mathematics',
      name: 'Heathfield Vale Academy',
      location: 'Bristol',
      startDate: '2018-09',
      endDate: '2021-08',
      highlights: ['Completed NQT induction; taught GCSE Foundation and Higher across five classes', 'Ran the after-school STEM club and the UKMT Junior Challenge entries'],
    },
  ],
  education: [
    { institution: 'Cardiff Metropolitan University', studyType: 'PGCE', area: 'Secondary Mathematics', startDate: '2017', endDate: '2018', _line: 'PGCE Secondary Mathematics with QTS' },
    { institution: 'Swansea University', studyType: 'BSc (Hons)', area: 'Mathematics', startDate: '2014', endDate: '2017', _line: 'BSc (Hons) Mathematics, 2:1' },
  ],
  skills: ['Differentiation and adaptive teaching', 'Assessment for learning', 'Behaviour management', 'Google Classroom', 'Sparx Maths', 'GeoGebra', 'SIMS', 'Welsh (conversational)'],
  sections: ['Personal Statement', 'Teaching Experience', 'Education & Qualifications', 'School Placements', 'Skills', 'Interests & Extra-Curricular', 'References'],
  otherSections: [
    { heading: 'Education & Qualifications', items: ['Registered with the Education Workforce Council (EWC); Enhanced DBS on the Update Service'] },
    { heading: 'School Placements', items: ['Placement B: Ysgol Glan Taf Example School, Cardiff — Spring and Summer terms 2018', 'Placement A: Penarth Example High School, Penarth — Autumn term 2017'] },
    { heading: 'Interests & Extra-Curricular', items: ['Duke of Edinburgh’s Award expedition supervisor', 'Choir member, Cardiff Community Choir', 'Open-water swimming'] },
    {
      heading: 'References',
      items: [
        { name: 'Mr Gareth Lloyd', title: 'Headteacher, Llanishen Fach Community School', email: 'g.lloyd@example.org', phone: '029 2018 0147' },
        { name: 'Dr Sarah Okafor', title: 'Head of Mathematics, Heathfield Vale Academy', email: 's.okafor@example.org', phone: '0117 496 0722' },
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, A4, Calibri 11. Name in the Title style, the label in a coloured paragraph, then the contact line "Town Postcode | mobile | e-mail". Section headings are Heading 1 paragraphs (outline level 0). Roles: a bold title with the dates on a right tab ("September 2021 – present": current, no endDate; "September 2018 – August 2021"), then the school and city in italics; bullets are "–" (en dash) from numbering.xml. Education "Degree – University (2017 – 2018)" paragraphs and a registration line. School Placements are teacher-training placements (not jobs) with term dates. After a continuous section break the document switches to a TWO-COLUMN section: Skills (bullets) in the left column, a column break, then Interests & Extra-Curricular in the right column; a second continuous section break returns to one column for References, a borderless 2-cell table holding two referees (name, title, their e-mail and phone: not the candidate’s).',
  },
};

const TEAL = '1F6F78';

export function render(r) {
  const b = r.basics;
  const H = (t) => para([t], { style: 'Heading1' });
  const out = [
    para([b.name], { style: 'Title' }),
    para([{ text: b.label, color: TEAL, size: 13 }], { after: 2 }),
    para([`${b.location}  |  ${b.phone}  |  ${b.email}`], { after: 6 }),
    H('Personal Statement'),
    para([b.summary]),
    H('Teaching Experience'),
  ];
  const long = (iso) => (iso ? `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'present');
  for (const w of r.work) {
    out.push(para([{ text: w.position, bold: true }, `\t${long(w.startDate)} – ${long(w.endDate)}`], { tabs: [['right', 9026]], after: 0, keepNext: true }));
    out.push(para([{ text: `${w.name}, ${w.location}`, italic: true }], { after: 2, keepNext: true }));
    for (const h of w.highlights) out.push(para([h], { numId: 5, after: 0 }));
    out.push(para([], { after: 0 }));
  }
  out.push(H('Education & Qualifications'));
  for (const e of r.education) out.push(para([{ text: e._line, bold: true }, ` – ${e.institution} (${e.startDate} – ${e.endDate})`], { after: 2 }));
  out.push(para([r.otherSections[0].items[0]]));
  out.push(H('School Placements'));
  for (const t of r.otherSections[1].items) out.push(para([t], { numId: 5, after: 0 }));
  // End of the one-column section (continuous start); the next section has two columns.
  out.push(para([], { sectPr: sectPr({ a4: true, continuous: true }) }));
  out.push(H('Skills'));
  for (const s of r.skills) out.push(para([s], { numId: 5, after: 0 }));
  out.push(para([{ raw: '<w:r><w:br w:type="column"/></w:r>' }], { after: 0 }));
  out.push(H('Interests & Extra-Curricular'));
  for (const t of r.otherSections[2].items) out.push(para([t], { numId: 5, after: 0 }));
  out.push(para([], { sectPr: sectPr({ a4: true, continuous: true, cols: 2, colSpace: 567 }) }));
  out.push(H('References'));
  const ref = (o) => [para([{ text: o.name, bold: true }], { after: 0 }), para([o.title], { after: 0 }), para([o.email], { after: 0 }), para([o.phone], { after: 0 })].join('');
  out.push(table([4513, 4513], [r.otherSections[3].items.map(ref)]));
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ a4: true, continuous: true }),
    numbering: numberingXml([{ id: 5, char: '–', font: null, left: 360, hanging: 360 }]),
    title: 'CV',
    creator: 'Rhiannon Price-Davies',
  });
}
