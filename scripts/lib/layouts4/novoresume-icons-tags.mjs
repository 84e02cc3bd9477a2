// 3. A Novoresume-style builder export: the name, the label in the accent colour and the summary at the top
// left; the contact details stacked at the top right, right-aligned, each followed by a Font Awesome icon (a
// private-use glyph in the text layer); capital headings with a full-width rule; each role as the title in
// bold, the company in the accent colour, then "03/2020 - Present" in italics at the left and the city at
// the right, an italic "Achievements/Tasks" label and "•" bullets; skills and interests as grey tags;
// languages in a three-column grid with the level in italics below. A data scientist in Nairobi.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, ICON, itemsOf, tags, textWidth } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Amani Otieno',
    label: 'Data Scientist',
    email: 'amani.otieno@example.com',
    phone: '+254 712 555 093',
    location: 'Nairobi, Kenya',
    profiles: ['linkedin.com/in/amani-otieno', 'github.com/amaniotieno'],
    summary:
      'Data scientist with six years of experience in mobile money and agri-lending. I build credit and churn models that reach production, and I explain them to the people who use them.',
  },
  work: [
    {
      position: 'Senior Data Scientist',
      name: 'Savanna Mobile Money Ltd',
      location: 'Nairobi, Kenya',
      startDate: '2020-03',
      highlights: [
        'Built a gradient-boosted credit-scoring model for 1.2M micro-loan applicants, lowering 90-day defaults by 18%',
        'Deployed models as FastAPI services with MLflow tracking and weekly drift reports',
        'Mentor four junior analysts and run the fortnightly data science reading group',
      ],
    },
    {
      position: 'Data Analyst',
      name: 'Shamba Credit Cooperative',
      location: 'Kisumu, Kenya',
      startDate: '2017-08',
      endDate: '2020-02',
      highlights: [
        'Automated the monthly loan-portfolio report in Python and SQL, saving 30 staff hours a month',
        'Analysed rainfall and yield data to set seasonal repayment schedules for 8,000 farmers',
      ],
    },
  ],
  education: [
    { institution: 'University of Nairobi', studyType: 'MSc', area: 'Data Science', startDate: '2018-09', endDate: '2020-07', location: 'Nairobi, Kenya' },
    { institution: 'Maseno University', studyType: 'BSc', area: 'Applied Statistics', startDate: '2013-09', endDate: '2017-06', location: 'Maseno, Kenya' },
  ],
  skills: ['Python', 'SQL', 'scikit-learn', 'XGBoost', 'MLflow', 'FastAPI', 'Airflow', 'Tableau', 'A/B testing', 'Credit risk modelling'],
  sections: ['Work Experience', 'Education', 'Skills', 'Certificates', 'Languages', 'Interests'],
  otherSections: [
    { heading: 'Certificates', items: ['AWS Certified Machine Learning – Specialty (2022)', 'Google Data Analytics Professional Certificate (2019)'] },
    { heading: 'Languages', items: ['English — Full Professional Proficiency', 'Swahili — Native or Bilingual Proficiency', 'Luo — Native or Bilingual Proficiency'] },
    { heading: 'Interests', items: ['Long-distance running', 'Chess', 'Open data for agriculture'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Helvetica, in the look of a Novoresume template. Header: name (24 pt bold), the label in a blue accent, the summary paragraph under it (x 40–360); at the top right the contact details stacked and right-aligned at x 555, each followed by a Font Awesome icon drawn as a private-use glyph (U+F0E0 e-mail, U+F095 phone, U+F3C5 location, U+F08C LinkedIn, U+F09B GitHub). Section headings in bold blue capitals with a full-width rule under them. Roles: title in bold, the company in blue, then a line with "03/2020 - Present" (current: no endDate) in italics at the left and the city in italics at the right, an italic grey "Achievements/Tasks" label (not a bullet), then "•" bullets. Education in the same shape with "MSc in Data Science". Skills and Interests are grey filled tags flowing left to right. Certificates are plain lines. Languages: a three-column grid, the language in bold and its level in italics under it (the key joins them with " — ").',
  },
};

const ACCENT = [0.1, 0.37, 0.64];
const D = (iso) => (iso ? `${iso.slice(5)}/${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Amani Otieno Resume', creator: 'Novoresume', producer: 'wkhtmltopdf 0.12.6', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 40, right: 360, y: 38, style: { size: 9.5, color: 0.15, lead: 12.5 } });
  c.text(b.name, { font: 'Helvetica-Bold', size: 24, lead: 29 });
  c.text(b.label, { size: 13, color: ACCENT, lead: 18 });
  c.wrap(b.summary, { size: 9, lead: 11.5 });
  const contact = [[b.email, ICON.envelope], [b.phone, ICON.phone], [b.location, ICON.pin], [b.profiles[0], ICON.linkedin], [b.profiles[1], ICON.github]];
  contact.forEach(([t, icon], i) => {
    const y = 42 + i * 15;
    p.text(555, y, icon, { size: 9, color: ACCENT, align: 'right' });
    p.text(541, y, t, { size: 9, align: 'right' });
  });
  c.y = Math.max(c.y, 42 + contact.length * 15) + 4;
  c.left = 40;
  c.right = 555;
  const heading = (t) => {
    c.space(8).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 12, color: ACCENT, lead: 15 });
    c.rule({ dy: -1, width: 1, color: ACCENT }).space(5);
  };
  const entry = (title, org, from, to, where) => {
    c.text(title, { font: 'Helvetica-Bold', size: 11, lead: 14 });
    c.text(org, { font: 'Helvetica-Bold', size: 10, color: ACCENT, lead: 13 });
    c.row([{ text: `${D(from)} - ${D(to)}`, font: 'Helvetica-Oblique', color: 0.4 }], where, { size: 8.5 }, { font: 'Helvetica-Oblique', color: 0.4 });
  };
  heading('Work Experience');
  for (const w of r.work) {
    entry(w.position, w.name, w.startDate, w.endDate, w.location);
    c.text('Achievements/Tasks', { font: 'Helvetica-Oblique', size: 8.5, color: 0.45, lead: 12 });
    for (const h of w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 2, textIndent: 11 });
    c.space(6);
  }
  heading('Education');
  for (const e of r.education) {
    entry(`${e.studyType} in ${e.area}`, e.institution, e.startDate, e.endDate, e.location);
    c.space(5);
  }
  heading('Skills');
  c.y = tags(p, c.left, c.right, c.y, r.skills, { fill: 0.88, size: 9, color: 0.15 }) + 4;
  heading('Certificates');
  for (const t of itemsOf(r, 'Certificates')) c.text(t);
  heading('Languages');
  const y0 = c.y;
  itemsOf(r, 'Languages').forEach((t, i) => {
    const [lang, level] = t.split(' — ');
    const x = c.left + i * 172;
    p.text(x, y0, lang, { font: 'Helvetica-Bold', size: 9.5 });
    p.text(x, y0 + 12.5, level, { font: 'Helvetica-Oblique', size: 8.5, color: 0.4 });
  });
  c.y = y0 + 30;
  heading('Interests');
  tags(p, c.left, c.right, c.y, itemsOf(r, 'Interests'), { fill: 0.88, size: 9, color: 0.15 });
  if (textWidth(b.email, 'Helvetica', 9) > 170) throw new Error('contact too wide');
  return doc.toBytes();
}
