// 7. A Google Docs "Serif"-template résumé exported to PDF: the name at the top left, the contact details
// stacked at the top right, then a wide left column (Experience, Education) and a narrow right one (Skills,
// Awards, Languages). Entries are "Company, Location — Job Title" on one line (bold company, italic title),
// the dates below in small grey capitals ("AUGUST 2019 - PRESENT"), and the duties as plain lines without
// any bullet glyph. A curriculum coordinator at an international school in Dubai.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, LONG, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Nadia Haddad',
    label: 'Curriculum Coordinator & Primary Educator',
    email: 'nadia.haddad@example.com',
    phone: '+971 50 555 0187',
    location: 'Al Barsha, Dubai, UAE',
  },
  work: [
    {
      name: 'Palm Crescent International School',
      location: 'Dubai',
      position: 'Primary Curriculum Coordinator',
      startDate: '2019-08',
      highlights: [
        'Coordinate the IB Primary Years Programme for 38 teachers and 620 students in Grades 1–5.',
        'Led the school’s PYP re-authorisation visit in 2022 with no matters to address.',
        'Introduced termly data meetings that raised reading benchmarks by 11 percentage points.',
      ],
    },
    {
      name: 'Palm Crescent International School',
      location: 'Dubai',
      position: 'Grade 3 Homeroom Teacher',
      startDate: '2016-08',
      endDate: '2019-06',
      highlights: ['Taught literacy, numeracy and units of inquiry to classes of 24 students.', 'Coached new teachers on inquiry-based planning and assessment.'],
    },
    {
      name: 'Cedar Hills School',
      location: 'Beirut',
      position: 'Elementary Teacher',
      startDate: '2012-09',
      endDate: '2016-06',
      highlights: ['Taught English and science in Grades 2 and 4 in a bilingual French–English school.'],
    },
  ],
  education: [
    { institution: 'University of Bath', location: 'Bath, UK (distance learning)', studyType: 'MA', area: 'Education', startDate: '2017-09', endDate: '2020-06' },
    { institution: 'Lebanese American Example University', location: 'Beirut', studyType: 'BA', area: 'Elementary Education', startDate: '2008-09', endDate: '2012-06' },
  ],
  skills: ['IB PYP curriculum design', 'Assessment and moderation', 'Teacher coaching', 'Differentiated instruction', 'Google Workspace for Education', 'Seesaw', 'ManageBac'],
  sections: ['Experience', 'Education', 'Skills', 'Awards', 'Languages'],
  otherSections: [
    { heading: 'Awards', items: ['Teacher of the Year 2018 — Palm Crescent International School', 'IB Workshop Leader (PYP), since 2021'] },
    { heading: 'Languages', items: ['Arabic', 'English', 'French'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, US Letter, 1 page, in the look of the Google Docs "Serif" template (Times for the name and headings, Helvetica for text). Name 26 pt bold at the top left with the label under it in grey; the contact details stacked on three lines at the top right (location, phone, e-mail). Then two columns: left x 50–385 (Experience, Education), right x 415–565 (Skills, Awards, Languages). Headings in accent-coloured bold capitals. Entries: one line "Company, Location — Job Title" with the company and location in bold and the title in italics after an em dash; the dates below in grey capitals ("AUGUST 2019 - PRESENT": current, no endDate); then the duties as plain lines, each a separate paragraph with a small gap and no bullet glyph (the highlights). Palm Crescent appears twice, once per role. Education in the same shape: "University of Bath, Bath, UK (distance learning) — MA in Education". Skills: one per line. Awards: the award in bold, wrapped, and for the first one the school on a second regular line (the key joins the two lines with " — "). Languages: one comma list "Arabic, English, French". The key lists the left column first.',
  },
};

const PURPLE = [0.4, 0.2, 0.55];
const D = (iso) => (iso ? `${LONG[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}`.toUpperCase() : 'PRESENT');

export function render(r) {
  const doc = new PdfDoc({ width: 612, height: 792, title: 'Nadia Haddad - Resume', creator: 'Google Docs Renderer', producer: 'Skia/PDF m122 Google Docs Renderer', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.text(50, 50, b.name, { font: 'Times-Bold', size: 26, color: 0.1 });
  p.text(50, 82, b.label, { size: 10.5, color: 0.4 });
  [b.location, b.phone, b.email].forEach((t, i) => p.text(565, 52 + i * 13, t, { size: 9.5, color: 0.3, align: 'right' }));
  const head = (cur, t) => cur.space(12).text(t.toUpperCase(), { font: 'Times-Bold', size: 11.5, color: PURPLE, charSpacing: 0.6, lead: 18 });
  const L = new Cursor({ page: p, left: 50, right: 385, y: 108, style: { size: 9.5, color: 0.2, lead: 12.5 } });
  const entry = (org, where, title, from, to, lines = []) => {
    L.runs([{ text: `${org}, ${where}`, font: 'Helvetica-Bold', color: 0.1 }, ' — ', { text: title, font: 'Helvetica-Oblique' }], { lead: 14 });
    L.text(`${D(from)} - ${D(to)}`, { size: 8, color: 0.5, charSpacing: 0.3, lead: 14 });
    for (const t of lines) L.wrap(t).space(3);
    L.space(8);
  };
  head(L, 'Experience');
  for (const w of r.work) entry(w.name, w.location, w.position, w.startDate, w.endDate, w.highlights);
  head(L, 'Education');
  for (const e of r.education) entry(e.institution, e.location, `${e.studyType} in ${e.area}`, e.startDate, e.endDate);
  const R = new Cursor({ page: p, left: 415, right: 565, y: 108, style: { size: 9.5, color: 0.2, lead: 13 } });
  head(R, 'Skills');
  for (const s of r.skills) R.wrap(s).space(2);
  head(R, 'Awards');
  for (const t of itemsOf(r, 'Awards')) {
    const [a, rest] = t.split(' — ');
    R.wrap(a, { font: 'Helvetica-Bold' });
    if (rest) R.wrap(rest);
    R.space(5);
  }
  head(R, 'Languages');
  R.wrap(itemsOf(r, 'Languages').join(', '));
  return doc.toBytes();
}
