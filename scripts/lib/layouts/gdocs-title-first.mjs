// 4. A Google Docs résumé exported to PDF: large name, one contact line "City, Country | email | phone |
// linkedin.com/in/x", capital section headings with a rule under them, title-first entries
// "Senior Accountant, Company" with the dates on the same line at the right, "●" bullets (Google Docs'
// default glyph). A chartered accountant in Manchester, UK.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Olivia Pennington',
    email: 'olivia.pennington@example.com',
    phone: '+44 7700 900123',
    location: 'Manchester, United Kingdom',
    profiles: ['linkedin.com/in/oliviapennington'],
    summary:
      'ACCA-qualified accountant with nine years in audit and industry. I run month-end close for a multi-entity group, prepare statutory accounts under FRS 102 and IFRS, and like replacing manual spreadsheets with reliable, documented processes.',
  },
  work: [
    {
      name: 'Harrow & Finch LLP',
      position: 'Senior Accountant',
      startDate: '2020-03',
      highlights: [
        'Own month-end close for five UK entities, shortening the close from eight to four working days',
        'Prepare statutory accounts under FRS 102 and liaise with external auditors',
        'Automated intercompany reconciliations in Excel Power Query, saving 30 hours a month',
        'Supervise two assistant accountants and review their VAT returns',
      ],
    },
    {
      name: 'Pemberton Foods Ltd',
      position: 'Management Accountant',
      startDate: '2017-09',
      endDate: '2020-02',
      highlights: [
        'Produced monthly management packs and variance analysis for a £60M food manufacturer',
        'Built the first rolling 18-month cash-flow forecast used by the board',
        'Led the stock-count and standard-costing review across two factories',
      ],
    },
    {
      name: 'Calder & Moss Chartered Accountants',
      position: 'Audit Trainee',
      startDate: '2015-09',
      endDate: '2017-08',
      highlights: [
        'Audited owner-managed businesses and charities with turnover up to £25M',
        'Drafted financial statements and corporation tax computations',
      ],
    },
  ],
  education: [
    { institution: 'University of Leeds', studyType: 'BSc', area: 'Accounting and Finance', startDate: '2012', endDate: '2015' },
  ],
  skills: ['Xero', 'Sage 50', 'Excel (Power Query)', 'Power BI', 'IFRS', 'FRS 102', 'VAT returns', 'Month-end close'],
  sections: ['PROFILE', 'EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'SKILLS'],
  otherSections: [
    { heading: 'CERTIFICATIONS', items: ['ACCA — Association of Chartered Certified Accountants (Member since 2019)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'Google Docs PDF export look, A4, 1 page, Helvetica. Name 26 pt, one contact line separated by " | ". Section headings in capitals with a full-width rule under them. Title-first entries: bold title, ", Company" in regular weight, dates right-aligned on the same line; no location. "●" bullets (U+25CF, outside WinAnsi). Skills as two labelled lines ("Software: …", "Technical: …"); the labels are not skills.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Olivia Pennington - CV', producer: 'Skia/PDF m126 Google Docs Renderer', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 56, right: 539, y: 50, style: { size: 10, color: 0, lead: 14 } });
  c.text(b.name, { font: 'Helvetica', size: 26, lead: 34 });
  c.text([b.location, b.email, b.phone, b.profiles[0]].join(' | '), { size: 9, color: 0.25, lead: 18 });
  const heading = (t) => {
    c.space(10).text(t, { font: 'Helvetica-Bold', size: 11, charSpacing: 0.5, lead: 13 });
    c.rule({ dy: 2, color: 0, width: 0.75 }).space(8);
  };
  heading('PROFILE');
  c.wrap(b.summary);
  heading('EXPERIENCE');
  for (const w of r.work) {
    c.row([{ text: w.position, font: 'Helvetica-Bold' }, `, ${w.name}`], printRange(w), { lead: 15 }, { color: 0.3 });
    for (const h of w.highlights) c.bullet(h, { glyph: '\u25CF', glyphIndent: 8, textIndent: 22, glyphOpts: { size: 6 } });
    c.space(8);
  }
  heading('EDUCATION');
  for (const e of r.education) c.row([{ text: `${e.studyType} ${e.area}`, font: 'Helvetica-Bold' }, `, ${e.institution}`], printRange(e), { lead: 15 }, { color: 0.3 });
  heading('CERTIFICATIONS');
  for (const i of r.otherSections[0].items) c.text(i);
  heading('SKILLS');
  c.runs([{ text: 'Software: ', font: 'Helvetica-Bold' }, r.skills.slice(0, 4).join(', ')]);
  c.runs([{ text: 'Technical: ', font: 'Helvetica-Bold' }, r.skills.slice(4).join(', ')]);
  return doc.toBytes();
}
