// 6. A compact résumé where each role is one line "Company | Title | 2019.03 – 2021.03" (numeric year.month
// dates, "present" in lower case), headings with a square marker and a rule running from the heading to the
// margin, "-" hyphen bullets typed by hand. A financial analyst in Seoul.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, printRange, textWidth } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Ji-woo Park',
    label: 'Equity Research Analyst',
    email: 'jiwoo.park@example.kr',
    phone: '+82 10-5555-0134',
    location: 'Seoul, South Korea',
    summary:
      'Equity research analyst covering Korean semiconductors and display makers. I build three-statement and DCF models, write initiation reports in Korean and English, and present to institutional clients in Seoul, Hong Kong and Singapore.',
  },
  work: [
    {
      name: 'Hanbit Securities Co., Ltd.',
      position: 'Senior Analyst, Equity Research',
      startDate: '2021-04',
      highlights: [
        'Cover eight listed semiconductor and display companies with a combined market value of ₩610 trillion',
        'Published 40+ company and sector reports, including two initiations ranked in the firm’s top ten by readership',
        'Rebuilt the team’s earnings model template in Excel and Python, cutting quarterly update time by half',
      ],
    },
    {
      name: 'Hanbit Securities Co., Ltd.',
      position: 'Research Associate',
      startDate: '2019-03',
      endDate: '2021-03',
      highlights: [
        'Maintained financial models and comparable-company tables for the technology team',
        'Prepared client presentation decks and translated reports into English',
      ],
    },
    {
      name: 'Daehan Asset Management',
      position: 'Investment Analyst Intern',
      startDate: '2018-07',
      endDate: '2018-12',
      highlights: ['Screened KOSDAQ small caps and wrote one-page investment memos for the portfolio managers'],
    },
  ],
  education: [
    { institution: 'Yonsei University', studyType: 'B.A.', area: 'Economics', startDate: '2012-03', endDate: '2018-02', score: '3.87/4.3', _degree: 'B.A. in Economics (GPA 3.87/4.3)' },
  ],
  skills: ['DCF valuation', 'Financial modelling', 'Excel/VBA', 'Bloomberg', 'FactSet', 'Python (pandas)', 'SQL'],
  sections: ['Profile', 'Work Experience', 'Education', 'Certifications', 'Skills', 'Languages'],
  otherSections: [
    { heading: 'Certifications', items: ['CFA Level II Candidate (passed, 2023)', 'Financial Risk Manager (FRM), GARP, 2022', 'Certified Investment Manager, Korea Financial Investment Association, 2019'] },
    { heading: 'Languages', items: ['Korean (native)', 'English (TOEIC 965, OPIc AL)', 'Japanese (JLPT N2)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, Helvetica. Name (22 pt) and label on one line with the label after a vertical bar; contact line "City, Country | phone | e-mail" below. Headings: a small filled square, the heading in bold Title Case, then a thin rule from the end of the heading to the right margin. Each role is a single line "Company | Title | YYYY.MM – YYYY.MM" (company bold, the rest regular; current role "– present", no endDate); the same company appears on two roles. "-" (hyphen) bullets. Education on one line "University | Degree (GPA) | 2012.03 – 2018.02". Skills joined by ", "; certifications and languages in otherSections. No work locations printed.',
  },
};

const NAVY = [0.1, 0.16, 0.35];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Resume_JiwooPark', creator: 'Hancom Office Hanword 2020', producer: 'Hancom PDF 1.3.0.542', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 52, R = 543;
  const nameEnd = p.text(L, 44, b.name, { font: 'Helvetica-Bold', size: 22, color: NAVY }).right;
  p.text(nameEnd + 10, 51, `|   ${b.label}`, { size: 12, color: 0.35 });
  p.text(L, 76, `${b.location}  |  ${b.phone}  |  ${b.email}`, { size: 9.5, color: 0.25 });
  const c = new Cursor({ page: p, left: L, right: R, y: 100, style: { size: 9.8, color: 0.1, lead: 13 } });
  const heading = (t) => {
    c.space(9);
    p.rect(L, c.y + 3, 6, 6, { fill: NAVY });
    const w = textWidth(t, 'Helvetica-Bold', 12);
    p.text(L + 12, c.y, t, { font: 'Helvetica-Bold', size: 12, color: NAVY });
    p.line(L + 12 + w + 8, c.y + 7, R, c.y + 7, { width: 0.6, color: 0.6 });
    c.space(19);
  };
  heading('Profile');
  c.wrap(b.summary);
  heading('Work Experience');
  for (const w of r.work) {
    c.runs([{ text: w.name, font: 'Helvetica-Bold' }, `  |  ${w.position}  |  ${printRange(w, { style: 'dot', present: 'present' })}`], { size: 10.3, lead: 14 });
    for (const h of w.highlights) c.bullet(h, { glyph: '-', glyphIndent: 6, textIndent: 16 });
    c.space(6);
  }
  heading('Education');
  for (const e of r.education) c.runs([{ text: e.institution, font: 'Helvetica-Bold' }, `  |  ${e._degree}  |  ${printRange(e, { style: 'dot' })}`], { size: 10.3 });
  heading('Certifications');
  for (const t of r.otherSections[0].items) c.bullet(t, { glyph: '-', glyphIndent: 6, textIndent: 16 });
  heading('Skills');
  c.wrap(r.skills.join(', '));
  heading('Languages');
  c.text(r.otherSections[1].items.join(',  '));
  return doc.toBytes();
}
