// 2. A hybrid résumé with a numbered "Key Achievements" section before the career history; each role is the
// COMPANY in bold capitals with its location at the right, then the italic title with full month names and
// "to date" at the right; "–" dash bullets; "Referees available on request". A marketing manager in Melbourne.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, printRange } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Siobhan Keller',
    label: 'Marketing Manager',
    email: 'siobhan.keller@example.com.au',
    phone: '0491 570 156',
    location: 'Richmond, VIC 3121',
    profiles: ['linkedin.com/in/siobhankeller'],
    summary:
      'Marketing manager with eleven years across FMCG and financial services in Australia and New Zealand. I lead integrated campaigns from insight to in-market, manage agency rosters and budgets above $3M, and build small teams that are comfortable with data.',
  },
  work: [
    {
      name: 'HARBOURSIDE MUTUAL',
      location: 'Melbourne, VIC',
      position: 'Marketing Manager – Retail Banking',
      startDate: '2020-03',
      _dates: 'March 2020 – to date',
      highlights: [
        'Lead a team of five and a $3.4M annual budget across brand, digital and member acquisition',
        'Relaunched the home-loan proposition, lifting approved applications by 27% in twelve months',
        'Moved 60% of media spend to channels with measurable return, reported monthly to the executive',
      ],
    },
    {
      name: 'GOLDEN WATTLE FOODS',
      location: 'Sydney, NSW',
      position: 'Senior Brand Manager',
      startDate: '2016-11',
      endDate: '2020-02',
      highlights: [
        'Managed the snacks portfolio of 14 products worth $62M in annual retail sales',
        'Launched two line extensions into Woolworths and Coles within one planning cycle',
        'Briefed and managed creative, media and shopper agencies',
      ],
    },
    {
      name: 'KIWI COAST BEVERAGES',
      location: 'Auckland, New Zealand',
      position: 'Assistant Brand Manager',
      startDate: '2013-07',
      endDate: '2016-10',
      highlights: [
        'Ran the annual summer promotion, growing category share from 18.2% to 21.5%',
        'Built the first brand-health tracker with the insights team',
      ],
    },
  ],
  education: [
    { institution: 'Monash University', studyType: 'Master of Marketing', startDate: '2014', endDate: '2016', _degree: 'Master of Marketing' },
    { institution: 'University of Otago', studyType: 'Bachelor of Commerce', area: 'Marketing Management', startDate: '2009', endDate: '2012', _degree: 'Bachelor of Commerce (Marketing Management)' },
  ],
  skills: ['Integrated campaigns', 'Brand strategy', 'Agency management', 'Budget management', 'Google Analytics 4', 'Salesforce Marketing Cloud', 'Customer research'],
  sections: ['CAREER SUMMARY', 'KEY ACHIEVEMENTS', 'CAREER HISTORY', 'EDUCATION', 'SKILLS', 'REFEREES'],
  otherSections: [
    {
      heading: 'KEY ACHIEVEMENTS',
      items: [
        'Grew home-loan applications by 27% through a relaunched proposition and new broker campaign',
        'Delivered a national snacks launch worth $9M in first-year retail sales',
        'Won a 2019 Effie (Bronze) for the “Share the Summer” campaign',
        'Reduced cost per acquisition by 34% by rebuilding the paid search account',
      ],
    },
    { heading: 'REFEREES', items: ['Available on request'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, Helvetica. Name at the left (26 pt) with the label below; phone, e-mail and LinkedIn stacked right-aligned at the top right, the suburb line under them. Headings are blue capitals with a short thick rule to their left. KEY ACHIEVEMENTS is a numbered list "1." to "4." (otherSections). CAREER HISTORY: "COMPANY" bold capitals with "City, STATE" right-aligned, then the italic title with the dates right-aligned: full month names and "to date" for the current role (no endDate). "–" (en dash) bullets. Education: "Degree, University" with "2014 – 2016". Skills joined with " | ". REFEREES: one line. Australian fictional mobile (ACMA range).',
  },
};

const BLUE = [0.05, 0.3, 0.5];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Siobhan Keller – Resume', author: 'Siobhan Keller', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 50, R = 545;
  p.text(L, 40, b.name, { font: 'Helvetica-Bold', size: 26, color: BLUE });
  p.text(L, 72, b.label, { size: 13, color: 0.3 });
  [b.phone, b.email, b.profiles[0], b.location].forEach((t, i) => p.text(R, 40 + i * 13, t, { size: 9.5, color: 0.2, align: 'right' }));
  const c = new Cursor({ page: p, left: L, right: R, y: 100, style: { size: 9.8, color: 0.1, lead: 12.8 } });
  const heading = (t) => {
    c.space(9);
    p.rect(L, c.y + 3, 16, 3.5, { fill: BLUE });
    c.text(t, { font: 'Helvetica-Bold', size: 11.5, color: BLUE, indent: 22, lead: 17 });
  };
  heading('CAREER SUMMARY');
  c.wrap(b.summary);
  heading('KEY ACHIEVEMENTS');
  r.otherSections[0].items.forEach((t, i) => c.bullet(t, { glyph: `${i + 1}.`, glyphIndent: 4, textIndent: 20 }));
  heading('CAREER HISTORY');
  for (const w of r.work) {
    c.row([{ text: w.name, font: 'Helvetica-Bold' }], w.location, { size: 10.5, lead: 13.5 }, { font: 'Helvetica', size: 9.5, color: 0.35 });
    c.row([{ text: w.position, font: 'Helvetica-Oblique' }], printRange(w, { style: 'long' }), { lead: 14 }, { font: 'Helvetica-Oblique', color: 0.35 });
    for (const h of w.highlights) c.bullet(h, { glyph: '–', glyphIndent: 6, textIndent: 18 });
    c.space(6);
  }
  heading('EDUCATION');
  for (const e of r.education) c.row([{ text: e._degree, font: 'Helvetica-Bold' }, `, ${e.institution}`], `${e.startDate} – ${e.endDate}`, { lead: 14 }, { color: 0.35 });
  heading('SKILLS');
  c.wrap(r.skills.join('  |  '));
  heading('REFEREES');
  c.text(r.otherSections[1].items[0]);
  return doc.toBytes();
}
