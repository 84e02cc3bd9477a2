// 5. A Zety-style builder export: a labelled contact row ("Address:", "Phone:", "E-mail:"), section headings
// with an icon glyph in a dark square on a vertical timeline line, ISO-like dates in a LEFT column
// ("2019-03 - Current", the graduation date alone "2016-04"), the bold title and the italic "Company - City"
// to the right, skills as a two-column grid each with a five-segment rating bar, degrees printed
// "Bachelor of Science: Accountancy". A senior financial analyst in Makati City, the Philippines.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, ICON, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Maricel Dela Cruz',
    label: 'Senior Financial Analyst',
    email: 'maricel.delacruz@example.com',
    phone: '+63 917 555 0142',
    location: 'Makati City, Metro Manila 1226',
    summary:
      'CPA and financial analyst with nine years in FP&A and shared services. Known for clean models, on-time month-end close and budgets that business units actually use.',
  },
  work: [
    {
      position: 'Senior Financial Analyst',
      name: 'Pacific Harbor Shared Services Inc.',
      location: 'Taguig City',
      startDate: '2019-03',
      highlights: [
        'Prepare the annual budget and rolling forecasts for a USD 420M regional business with 14 cost centres',
        'Built a driver-based headcount model in Excel and Power Query that replaced five separate files',
        'Present monthly variance analysis to the CFO and country managers',
      ],
    },
    {
      position: 'Financial Analyst',
      name: 'Luzon Consumer Goods Corp.',
      location: 'Pasig City',
      startDate: '2016-06',
      endDate: '2019-02',
      highlights: [
        'Ran the month-end close for three subsidiaries and cut the close from 8 to 5 working days',
        'Reconciled intercompany balances and prepared schedules for external auditors',
      ],
    },
    {
      position: 'Audit Associate',
      name: 'Reyes Bautista & Co. CPAs',
      location: 'Makati City',
      startDate: '2015-05',
      endDate: '2016-05',
      highlights: ['Performed substantive testing for manufacturing and retail audit clients'],
    },
  ],
  education: [
    { institution: 'De La Salle Example University', studyType: 'Bachelor of Science', area: 'Accountancy', endDate: '2015-04', location: 'Manila' },
  ],
  skills: ['Financial modeling', 'Budgeting and forecasting', 'Variance analysis', 'Month-end close', 'SAP FI/CO', 'Power BI', 'Advanced Excel', 'IFRS reporting'],
  sections: ['Summary', 'Skills', 'Work History', 'Education', 'Certifications', 'Languages'],
  otherSections: [
    { heading: 'Certifications', items: ['Certified Public Accountant (CPA), Professional Regulation Commission, 2015', 'Financial Modeling & Valuation Analyst (FMVA), 2021'] },
    { heading: 'Languages', items: ['Filipino: Native', 'English: Full professional proficiency'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Helvetica, in the look of a Zety template. Name 26 pt and label at the top, then one grey contact row with bold labels "Address:", "Phone:", "E-mail:" separated by spaces. A vertical grey timeline line at x 128 runs down the page; each section heading has a dark square on that line with a white Font Awesome glyph in it (a private-use character in the text layer, drawn before the heading text) and the heading in bold capitals at x 150. Work History: the dates sit in a LEFT column (x 40–118) in bold, "2019-03 - Current" (current: no endDate; the grader reads "2019-03" as ISO), the bold title at x 150 and the italic "Company - City" under it, then "•" bullets. Education: the graduation date alone ("2015-04": endDate only) at the left, "Bachelor of Science: Accountancy" (studyType: area) in bold, then "De La Salle Example University - Manila" in italics. Skills: a two-column grid, each skill with a five-segment rating bar drawn under it (rectangles, not text). Certifications: "•" lines. Languages: "Filipino: Native" style lines. One column of content (the dates are a gutter, not a column).',
  },
};

const NAVY = [0.13, 0.2, 0.33];

export function render(r) {
  const doc = new PdfDoc({ width: 612, height: 792, title: 'Maricel Dela Cruz - Resume', creator: 'Zety', producer: 'iText® 7.1.16', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 150, right: 572, y: 34, style: { size: 9.5, color: 0.15, lead: 12.8 } });
  p.text(40, 34, b.name, { font: 'Helvetica-Bold', size: 26, color: NAVY });
  p.text(40, 66, b.label, { size: 12, color: 0.35 });
  p.runs(40, 88, [
    { text: 'Address: ', font: 'Helvetica-Bold' }, `${b.location}    `,
    { text: 'Phone: ', font: 'Helvetica-Bold' }, `${b.phone}    `,
    { text: 'E-mail: ', font: 'Helvetica-Bold' }, b.email,
  ], { size: 8.8, color: 0.25 });
  p.line(40, 106, 572, 106, { width: 0.6, color: 0.75 });
  c.y = 118;
  p.line(128, c.y, 128, 760, { width: 1, color: 0.8 });
  const heading = (t, icon) => {
    c.space(6);
    p.rect(119, c.y - 3, 18, 18, { fill: NAVY });
    p.text(122.5, c.y + 1, icon, { size: 10, color: 1 });
    c.text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 12, color: NAVY, lead: 21 });
  };
  heading('Summary', ICON.user);
  c.wrap(b.summary);
  heading('Skills', ICON.cogs);
  const levels = [5, 5, 4, 5, 4, 3, 5, 4];
  const y0 = c.y;
  r.skills.forEach((s, i) => {
    const x = i % 2 ? 365 : 150, y = y0 + Math.floor(i / 2) * 24;
    p.text(x, y, s, { size: 9.5, color: 0.15 });
    for (let k = 0; k < 5; k++) p.rect(x + k * 38, y + 13, 35, 3.5, { fill: k < levels[i] ? NAVY : 0.85 });
  });
  c.y = y0 + Math.ceil(r.skills.length / 2) * 24;
  heading('Work History', ICON.briefcase);
  for (const w of r.work) {
    p.text(40, c.y, `${w.startDate} - ${w.endDate ?? 'Current'}`, { font: 'Helvetica-Bold', size: 9, color: 0.2 });
    c.text(w.position, { font: 'Helvetica-Bold', size: 10.5, lead: 13.5 });
    c.text(`${w.name} - ${w.location}`, { font: 'Helvetica-Oblique', lead: 13.5 });
    for (const h of w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 2, textIndent: 11 });
    c.space(7);
  }
  heading('Education', ICON.graduation);
  for (const e of r.education) {
    p.text(40, c.y, e.endDate, { font: 'Helvetica-Bold', size: 9, color: 0.2 });
    c.text(`${e.studyType}: ${e.area}`, { font: 'Helvetica-Bold', size: 10.5, lead: 13.5 });
    c.text(`${e.institution} - ${e.location}`, { font: 'Helvetica-Oblique', lead: 15 });
  }
  heading('Certifications', ICON.trophy);
  for (const t of itemsOf(r, 'Certifications')) c.bullet(t, { glyph: '•', glyphIndent: 2, textIndent: 11 });
  heading('Languages', ICON.language);
  for (const t of itemsOf(r, 'Languages')) {
    const [lang, level] = t.split(': ');
    c.runs([{ text: `${lang}: `, font: 'Helvetica-Bold' }, level]);
  }
  if (c.y > 760) throw new Error('zety-timeline: page overflow');
  return doc.toBytes();
}
