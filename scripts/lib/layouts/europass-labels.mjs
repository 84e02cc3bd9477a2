// 7. A European CV in the Europass style: a left column of right-aligned labels (section names, dates,
// "Mother tongue(s)") and the content in a right column; dates "03/2018 – 06/2021"; address, phone and
// e-mail as label-less rows; personal details (date of birth) that must not be read as a job date.
// A supply-chain coordinator in Berlin.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Katharina Vogel',
    label: 'Supply Chain Coordinator',
    email: 'katharina.vogel@example.com',
    phone: '+49 30 1234567',
    location: 'Musterstraße 5, 10115 Berlin, Germany',
    profiles: ['linkedin.com/in/katharina-vogel'],
  },
  work: [
    {
      name: 'Nordhafen Logistik GmbH',
      location: 'Berlin, Germany',
      position: 'Supply Chain Coordinator',
      startDate: '2021-09',
      _sector: 'Transport and logistics',
      highlights: [
        'Coordinate inbound container flows for 12 retail customers, about 3,000 TEU per year',
        'Maintain carrier master data and freight rates in SAP S/4HANA',
        'Introduced a weekly KPI report in Power BI that cut demurrage costs by 18%',
      ],
    },
    {
      name: 'Spreewald Frischdienst AG',
      location: 'Lübbenau, Germany',
      position: 'Logistics Planner',
      startDate: '2018-03',
      endDate: '2021-06',
      _sector: 'Food wholesale',
      highlights: [
        'Planned daily refrigerated tours for 45 trucks serving 600 stores in Brandenburg and Berlin',
        'Negotiated annual contracts with four subcontracted hauliers',
      ],
    },
    {
      name: 'Havelland Spedition GmbH',
      location: 'Potsdam, Germany',
      position: 'Freight Forwarding Clerk',
      startDate: '2014-10',
      endDate: '2018-02',
      _sector: 'Road freight forwarding',
      highlights: [
        'Booked part and full loads to Poland and the Czech Republic, 25 shipments a day',
        'Prepared customs and transit documents (T1, CMR)',
      ],
    },
  ],
  education: [
    {
      institution: 'Hochschule für Wirtschaft und Recht Berlin',
      location: 'Berlin, Germany',
      studyType: 'Bachelor of Arts',
      area: 'Business Administration',
      _degree: 'Bachelor of Arts in Business Administration',
      startDate: '2011-10',
      endDate: '2014-09',
      _focus: 'Major subjects: logistics, procurement, operations research',
    },
    {
      institution: 'Lessing-Gymnasium',
      location: 'Berlin, Germany',
      studyType: 'Abitur',
      _degree: 'Abitur (general university entrance qualification)',
      startDate: '2003-08',
      endDate: '2011-06',
    },
  ],
  skills: ['SAP S/4HANA', 'Microsoft Excel', 'Power BI', 'Transporeon', 'SQL'],
  sections: ['PERSONAL INFORMATION', 'JOB APPLIED FOR', 'WORK EXPERIENCE', 'EDUCATION AND TRAINING', 'PERSONAL SKILLS'],
  otherSections: [
    { heading: 'PERSONAL INFORMATION', items: ['Date of birth 14/02/1990', 'Nationality German'] },
    { heading: 'PERSONAL SKILLS', items: [{ label: 'Mother tongue(s)', value: 'German' }, { label: 'Other language(s)', value: 'English (C1), Polish (B1)' }, { label: 'Driving licence', value: 'B' }] },
  ],
  layout: {
    columns: 2,
    notes:
      'Europass-style PDF (the 2013 template look), A4, 1 page. Left column (x 40–180) holds right-aligned grey labels: capital section names ("PERSONAL INFORMATION", "WORK EXPERIENCE", ...), the date range of each entry ("09/2021 – present", "03/2018 – 06/2021") and sub-labels ("Mother tongue(s)", "Digital skills"). Right column from x = 196: the name, address/phone/e-mail/LinkedIn rows, then for each job a bold position, "Employer, City, Country", "▪" bullets (U+25AA) and a "Business or sector …" line. A thin vertical rule at x = 188. "Date of birth 14/02/1990 | Nationality German" is personal data, not a date range. The JOB APPLIED FOR value is the label. Current role has no endDate in the key.',
  },
};

const BLUE = [0.06, 0.27, 0.52];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Europass Curriculum Vitae', creator: 'Writer', producer: 'LibreOffice 7.6', compress: true });
  const p = doc.page();
  const b = r.basics;
  const LX = 180; // right edge of the label column
  const c = new Cursor({ page: p, left: 196, right: 555, y: 50, style: { size: 9.5, color: 0.15, lead: 13 } });
  const label = (t, o = {}) => p.text(LX, c.y + (o.dy ?? 0), t, { size: o.size ?? 8.5, color: o.color ?? 0.4, font: o.font ?? 'Helvetica', align: 'right' });
  const section = (t) => {
    c.space(12);
    label(t, { size: 9, color: BLUE, font: 'Helvetica-Bold', dy: 1 });
    p.line(196, c.y + 6, 555, c.y + 6, { width: 0.5, color: BLUE });
    c.space(16);
  };

  p.text(LX, 24, 'Curriculum Vitae', { size: 13, color: BLUE, align: 'right' });
  section('PERSONAL INFORMATION');
  c.text(b.name, { size: 16, color: BLUE, lead: 22 });
  c.text(b.location);
  c.text(b.phone);
  c.text(b.email, { color: BLUE });
  c.text(b.profiles[0], { color: BLUE });
  c.space(3).text('Date of birth 14/02/1990 | Nationality German', { size: 8.5, color: 0.35 });
  c.space(14);
  label('JOB APPLIED FOR', { size: 9, color: BLUE, font: 'Helvetica-Bold', dy: 1 });
  c.text(b.label, { size: 11, font: 'Helvetica-Bold', color: BLUE, lead: 14 });

  section('WORK EXPERIENCE');
  for (const w of r.work) {
    label(printRange(w, { style: 'num', present: 'present' }), { size: 9, color: BLUE, dy: 1 });
    c.text(w.position, { font: 'Helvetica-Bold', size: 10.5, color: BLUE, lead: 14 });
    c.text(`${w.name}, ${w.location}`);
    for (const h of w.highlights) c.bullet(h, { glyph: '\u25AA', textIndent: 10 });
    c.runs([{ text: 'Business or sector ', color: BLUE, size: 8.5 }, w._sector], { lead: 20 });
  }
  section('EDUCATION AND TRAINING');
  for (const e of r.education) {
    label(printRange(e, { style: 'num' }), { size: 9, color: BLUE, dy: 1 });
    c.text(e._degree, { font: 'Helvetica-Bold', size: 10.5, color: BLUE, lead: 14 });
    c.text(`${e.institution}, ${e.location}`);
    if (e._focus) c.text(e._focus);
    c.space(7);
  }
  section('PERSONAL SKILLS');
  const sub = (t, value) => {
    label(t, { dy: 1 });
    c.wrap(value, { lead: 16 });
  };
  const [mother, other, driving] = r.otherSections[1].items;
  sub(mother.label, mother.value);
  sub(other.label, other.value);
  sub('Digital skills', r.skills.join(', '));
  sub(driving.label, driving.value);
  p.line(188, 70, 188, c.y, { width: 0.5, color: 0.75 });
  return doc.toBytes();
}
