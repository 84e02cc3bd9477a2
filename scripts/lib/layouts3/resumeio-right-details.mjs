// 9. A resume-builder (resume.io "Stockholm"-style) PDF: main column at the left with entries written
// "Title at Company, City" in bold and the dates below in small grey capitals with an em dash
// ("JAN 2021 — PRESENT"); a narrow right column with Details (a Dutch street address over three lines), a
// Links list printing only the word "LinkedIn" (the URL is in the link annotation), and Skills and Languages
// each drawn with a level bar. An internship section, and a course with dates. A logistics coordinator in
// Rotterdam.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Noor Vermeulen',
    label: 'Logistics Coordinator',
    email: 'noor.vermeulen@example.nl',
    phone: '+31 6 5555 0178',
    location: 'Westblaak 120, 3012 KM Rotterdam, Netherlands',
    summary:
      'Logistics coordinator with six years in sea-freight forwarding and warehouse operations at the port of Rotterdam. I keep containers moving between carriers, customs and customers, and I like fixing processes with data.',
  },
  work: [
    {
      position: 'Logistics Coordinator',
      name: 'Maasvlakte Forwarding B.V.',
      location: 'Rotterdam',
      startDate: '2021-01',
      highlights: [
        'Coordinate 250+ import and export containers a month for 40 shippers with carriers, terminals and customs brokers',
        'Built a Power BI dashboard for demurrage and detention costs, cutting them by €180,000 in 2023',
        'Onboarded three new customers in the automotive and fresh-produce sectors',
      ],
    },
    {
      position: 'Warehouse Planner',
      name: 'Delta Distributie Centrum',
      location: 'Barendrecht',
      startDate: '2017-08',
      endDate: '2020-12',
      highlights: ['Planned inbound and outbound docks for a 45,000 m² warehouse using SAP EWM', 'Trained 12 new planners and wrote the shift hand-over procedure'],
    },
    {
      position: 'Operations Intern',
      name: 'Scheldt Shipping Agency',
      location: 'Antwerp',
      startDate: '2016-02',
      endDate: '2016-07',
      highlights: ['Prepared vessel call files and checked bills of lading for the Asia–Europe service'],
    },
  ],
  education: [
    { institution: 'Rotterdam University of Applied Sciences', studyType: 'Bachelor', area: 'Logistics Management', startDate: '2013-09', endDate: '2017-06', location: 'Rotterdam' },
  ],
  skills: ['SAP EWM', 'Power BI', 'Customs documentation', 'Incoterms 2020', 'Advanced Excel', 'Carrier negotiation'],
  sections: ['Profile', 'Employment History', 'Internships', 'Education', 'Courses', 'Details', 'Links', 'Skills', 'Languages'],
  otherSections: [
    { heading: 'Courses', items: [{ title: 'Lean Six Sigma Yellow Belt, Port Academy Rotterdam', startDate: '2022-03', endDate: '2022-04' }] },
    { heading: 'Links', items: ['LinkedIn'] },
    { heading: 'Languages', items: ['Dutch', 'English', 'German'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, A4, 1 page, Helvetica (resume.io "Stockholm"-like). Main column x 50–370: name (24 pt) and label at the top, then Profile, Employment History, Internships, Education and Courses. Each entry: bold "Title at Company, City" (or "Degree, School, City" for education), then the dates in small grey capitals with an em dash ("JAN 2021 — PRESENT": current, no endDate), then "•" bullets. The internship is a job (work). Right column x 400–545: Details (street, "3012 KM Rotterdam", "Netherlands", phone, e-mail on separate lines; the key joins the address lines), Links (the word "LinkedIn" only, with a link annotation to a URL that is not printed: no profile in the key), Skills (one per line, each with a grey level bar drawn under it; the bars are drawings, not text), Languages (Dutch, English, German with bars). The key lists the main column first, then the right column.',
  },
};

const ACCENT = [0.15, 0.35, 0.75];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Noor Vermeulen Resume', creator: 'Resume builder', producer: 'PDFium', compress: true });
  const p = doc.page();
  const b = r.basics;
  const m = new Cursor({ page: p, left: 50, right: 370, y: 48, style: { size: 9.5, color: 0.15, lead: 12.8 } });
  m.text(b.name, { font: 'Helvetica-Bold', size: 24, color: 0.08, lead: 29 });
  m.text(b.label.toUpperCase(), { size: 9.5, charSpacing: 1.2, color: 0.4, lead: 20 });
  const heading = (cur, t, size = 12.5) => cur.space(10).text(t, { font: 'Helvetica-Bold', size, color: 0.08, lead: size + 7 });
  const D = (iso) => (iso ? `${['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'][Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'PRESENT');
  const entry = (title, from, to, bullets = []) => {
    m.wrap(title, { font: 'Helvetica-Bold', size: 10.3, color: 0.08, lead: 13 });
    m.text(`${D(from)} — ${D(to)}`, { size: 7.8, color: 0.5, charSpacing: 0.6, lead: 13 });
    for (const h of bullets) m.bullet(h, { glyph: '•', glyphIndent: 2, textIndent: 12 });
    m.space(7);
  };
  heading(m, 'Profile');
  m.wrap(b.summary);
  heading(m, 'Employment History');
  for (const w of r.work.slice(0, 2)) entry(`${w.position} at ${w.name}, ${w.location}`, w.startDate, w.endDate, w.highlights);
  heading(m, 'Internships');
  for (const w of r.work.slice(2)) entry(`${w.position} at ${w.name}, ${w.location}`, w.startDate, w.endDate, w.highlights);
  heading(m, 'Education');
  for (const e of r.education) entry(`${e.studyType} ${e.area}, ${e.institution}, ${e.location}`, e.startDate, e.endDate);
  heading(m, 'Courses');
  for (const o of itemsOf(r, 'Courses')) entry(o.title, o.startDate, o.endDate);

  const s = new Cursor({ page: p, left: 400, right: 545, y: 56, style: { size: 9, color: 0.15, lead: 12.5 } });
  heading(s, 'Details', 11);
  for (const t of ['Westblaak 120', '3012 KM Rotterdam', 'Netherlands']) s.text(t);
  s.space(4).text(b.phone);
  s.text(b.email, { color: ACCENT });
  heading(s, 'Links', 11);
  s.text('LinkedIn', { color: ACCENT, link: 'https://www.linkedin.com/in/noor-vermeulen-example' });
  const bars = (items, levels) => items.forEach((t, i) => {
    s.text(t, { lead: 11 });
    p.rect(400, s.y, 145, 3, { fill: 0.88 });
    p.rect(400, s.y, 145 * levels[i], 3, { fill: ACCENT });
    s.space(10);
  });
  heading(s, 'Skills', 11);
  bars(r.skills, [1, 0.8, 0.8, 0.8, 1, 0.6]);
  heading(s, 'Languages', 11);
  bars(itemsOf(r, 'Languages'), [1, 0.8, 0.6]);
  return doc.toBytes();
}
