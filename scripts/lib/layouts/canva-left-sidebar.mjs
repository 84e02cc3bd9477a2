// 2. A Canva-style résumé: a dark coloured sidebar on the left (30 % of the page) with a photo, contact,
// skills, languages and education in white text; the main column holds the name, summary and experience.
// Letter-spaced capital headings. An account manager in Toronto.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'PRIYA RAMAN',
    label: 'ACCOUNT MANAGER',
    email: 'priya.raman@example.com',
    phone: '+1 416 555 0198',
    location: 'Toronto, ON, Canada',
    profiles: ['linkedin.com/in/priyaraman'],
    summary:
      'Client-focused account manager with eight years in B2B sales of office technology and managed print services. I grow existing accounts through quarterly business reviews, clear forecasting and fast issue resolution, and I enjoy coaching new sales hires.',
  },
  work: [
    {
      name: 'Northbridge Office Solutions',
      position: 'Senior Account Manager',
      location: 'Toronto, ON',
      startDate: '2020-03',
      highlights: [
        'Manage a $4.2M portfolio of 60 mid-market accounts with 96% annual renewal rate',
        'Grew upsell revenue by 31% in 2023 through quarterly business reviews and usage audits',
        'Coach three junior account managers on discovery calls and pipeline hygiene',
      ],
    },
    {
      name: 'Lakeshore Business Systems',
      position: 'Account Manager',
      location: 'Mississauga, ON',
      startDate: '2017-06',
      endDate: '2020-02',
      highlights: [
        'Closed 140% of annual quota in 2018 and 2019 selling managed print contracts',
        'Rebuilt the onboarding checklist, cutting time-to-first-invoice from 45 to 21 days',
      ],
    },
    {
      name: 'Maple Leaf Telecom',
      position: 'Inside Sales Representative',
      location: 'Toronto, ON',
      startDate: '2016-05',
      endDate: '2017-05',
      highlights: [
        'Made 70+ outbound calls a day to small-business prospects for phone and internet bundles',
        'Ranked first of 18 representatives for new contracts in Q1 2017',
      ],
    },
  ],
  education: [
    { institution: 'Toronto Metropolitan University', studyType: 'BACHELOR OF COMMERCE', area: 'MARKETING', startDate: '2012', endDate: '2016' },
  ],
  skills: ['Account Management', 'Salesforce CRM', 'Contract Negotiation', 'Pipeline Forecasting', 'HubSpot', 'Client Onboarding'],
  sections: ['CONTACT', 'SKILLS', 'LANGUAGES', 'EDUCATION', 'PROFILE', 'WORK EXPERIENCE'],
  otherSections: [{ heading: 'LANGUAGES', items: ['English (Fluent)', 'Tamil (Native)', 'French (Intermediate)'] }],
  layout: {
    columns: 2,
    notes:
      'Canva-style PDF, US Letter, 1 page. Left sidebar 184 pt wide (30 %), filled dark teal, white text: a photo placeholder, CONTACT (phone, e-mail, location, LinkedIn), SKILLS (one per line), LANGUAGES, EDUCATION (degree + area on one line, school, years). Main column from x = 214: name 28 pt letter-spaced capitals, label letter-spaced, PROFILE paragraph, WORK EXPERIENCE with bold title, then "Company | City" with the dates right-aligned on that line, "•" bullets. Headings are capitals with 2 pt letter spacing. Sidebar headings come first in the key (left column first).',
  },
};

const TEAL = [0.11, 0.3, 0.33];
const WHITE = [1, 1, 1];

export function render(r) {
  const doc = new PdfDoc({ title: 'Priya Raman - Resume', creator: 'Canva', producer: 'Canva', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.rect(0, 0, 184, 792, { fill: TEAL });
  p.image(52, 36, 80, 80);

  // Sidebar.
  const s = new Cursor({ page: p, left: 24, right: 164, y: 140, style: { size: 9.5, color: WHITE, lead: 13.5 } });
  const sideHeading = (t) => {
    s.space(12).text(t, { font: 'Helvetica-Bold', size: 11, charSpacing: 2, lead: 15 });
    s.rule({ dy: 1, color: WHITE, width: 0.5 }).space(7);
  };
  sideHeading('CONTACT');
  for (const line of [b.phone, b.email, b.location, b.profiles[0]]) s.text(line, { lead: 15 });
  sideHeading('SKILLS');
  for (const k of r.skills) s.text(k, { lead: 15 });
  sideHeading('LANGUAGES');
  for (const k of r.otherSections[0].items) s.text(k, { lead: 15 });
  sideHeading('EDUCATION');
  const e = r.education[0];
  s.wrap(`${e.studyType}, ${e.area}`, { font: 'Helvetica-Bold', size: 9 });
  s.text(e.institution, { size: 9 });
  s.text(`${e.startDate} - ${e.endDate}`, { size: 9 });

  // Main column.
  const m = new Cursor({ page: p, left: 214, right: 576, y: 40, style: { size: 10, color: 0.2, lead: 13.5 } });
  m.text(b.name, { font: 'Helvetica-Bold', size: 28, charSpacing: 3, color: TEAL, lead: 36 });
  m.text(b.label, { size: 12, charSpacing: 4, color: 0.35, lead: 26 });
  const heading = (t) => {
    m.space(10).text(t, { font: 'Helvetica-Bold', size: 12, charSpacing: 2, color: TEAL, lead: 14 });
    m.rule({ dy: 2, color: TEAL, width: 1.2, right: 250 }).space(8);
  };
  heading('PROFILE');
  m.wrap(b.summary);
  heading('WORK EXPERIENCE');
  for (const w of r.work) {
    m.text(w.position, { font: 'Helvetica-Bold', size: 11, color: 0.1, lead: 14 });
    m.row(`${w.name} | ${w.location}`, printRange(w, { sep: ' - ' }), { font: 'Helvetica-Oblique', size: 9.5, color: 0.4, lead: 15 });
    for (const h of w.highlights) m.bullet(h, { textIndent: 10 });
    m.space(9);
  }
  return doc.toBytes();
}
