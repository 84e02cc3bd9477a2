// 8. A UK sales CV with a dark full-width header band (name, label and contact in white), a KEY
// ACCOMPLISHMENTS table of numbers (Year | Employer | Target | Achieved | % | Ranking) whose cells repeat the
// employers' names, and quarter dates in the career history ("Q3 2020 – present", "Q1 2017 – Q2 2020").
// Title and company on one line joined by " – ", the city at the right. A medical-devices sales manager in
// Manchester.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf, pdfTable } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Sophie Carrington',
    label: 'Regional Sales Manager – Medical Devices',
    email: 'sophie.carrington@example.co.uk',
    phone: '07700 900462',
    location: 'Stockport, Greater Manchester',
    profiles: ['linkedin.com/in/sophiecarrington-example'],
    summary:
      'Target-driven sales manager with ten years selling surgical and wound-care products into NHS trusts and private hospitals across the North West and Yorkshire. Consistent over-achiever who builds long-term relationships with theatre managers and procurement teams.',
  },
  work: [
    {
      position: 'Regional Sales Manager',
      name: 'Pennine Medical Supplies Ltd',
      location: 'Manchester',
      startDate: '2020',
      _dates: 'Q3 2020 – present',
      highlights: [
        'Manage a team of 6 account managers covering 31 NHS trusts with a £14m annual target',
        'Won a 4-year £5.2m framework agreement for negative-pressure wound therapy with a regional purchasing hub',
        'Introduced MEDDIC qualification and weekly pipeline reviews; forecast accuracy improved from 68% to 91%',
      ],
    },
    {
      position: 'Senior Territory Manager',
      name: 'Calder Surgical UK',
      location: 'Leeds',
      startDate: '2017',
      endDate: '2020',
      _dates: 'Q1 2017 – Q2 2020',
      highlights: ['Grew territory revenue from £1.9m to £3.0m in three years', 'Launched a new laparoscopic stapler range into 9 hospitals within six months'],
    },
    {
      position: 'Territory Sales Representative',
      name: 'Calder Surgical UK',
      location: 'Sheffield',
      startDate: '2014',
      endDate: '2016',
      _dates: '2014 – Q4 2016',
      highlights: ['Opened 22 new accounts in South Yorkshire; Rookie of the Year 2015'],
    },
  ],
  education: [
    { institution: 'Manchester Metropolitan University', studyType: 'BA (Hons)', area: 'Business Management', startDate: '2010', endDate: '2013' },
  ],
  skills: ['Salesforce', 'MEDDIC', 'SPIN Selling', 'Key account management', 'NHS procurement frameworks', 'Tender writing', 'Pipeline forecasting'],
  sections: ['PROFILE', 'KEY ACCOMPLISHMENTS', 'CAREER HISTORY', 'EDUCATION', 'SKILLS', 'ADDITIONAL'],
  otherSections: [
    {
      heading: 'KEY ACCOMPLISHMENTS',
      items: [
        { year: '2023', employer: 'Pennine Medical', target: '£14.0m', achieved: '£16.2m', percent: '116%', ranking: '1st of 5 regions' },
        { year: '2022', employer: 'Pennine Medical', target: '£12.5m', achieved: '£13.4m', percent: '107%', ranking: '2nd of 5 regions' },
        { year: '2019', employer: 'Calder Surgical', target: '£2.7m', achieved: '£3.0m', percent: '111%', ranking: '1st of 18 reps' },
        { year: '2018', employer: 'Calder Surgical', target: '£2.3m', achieved: '£2.6m', percent: '113%', ranking: '3rd of 18 reps' },
      ],
    },
    { heading: 'ADDITIONAL', items: ['President’s Club 2019 and 2023', 'Full UK driving licence', 'Interests: fell running, volunteering with Stockport Food Bank'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Helvetica. A dark teal band across the top (0–112 pt) with the name (26 pt), the label and one contact line "Town, County | mobile | e-mail | LinkedIn" in white; a UK mobile in the Ofcom drama range. Headings teal bold capitals with a short thick rule before them. KEY ACCOMPLISHMENTS is a ruled 6-column table with a shaded header row (Year | Employer | Target | Achieved | % of target | Ranking) of numbers; its cells repeat short employer names and years but are not roles. CAREER HISTORY: "Title – Company" (title bold) with the city right-aligned, then the dates in grey on the next line as quarters ("Q3 2020 – present": current, no endDate; "Q1 2017 – Q2 2020"; "2014 – Q4 2016"): the key keeps year precision. "–" bullets. Two roles at Calder Surgical UK in different cities. Education "BA (Hons) Business Management – University" with "2010 – 2013" at the right. Skills one " · " line; ADDITIONAL lines (award, driving licence, interests) in otherSections.',
  },
};

const TEAL = [0.05, 0.3, 0.33];
const WHITE = [1, 1, 1];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Sophie Carrington CV', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', compress: true });
  const p = doc.page();
  const b = r.basics;
  p.rect(0, 0, 595.28, 112, { fill: TEAL });
  p.text(48, 30, b.name, { font: 'Helvetica-Bold', size: 26, color: WHITE });
  p.text(48, 62, b.label, { size: 12.5, color: WHITE });
  p.text(48, 84, `${b.location}  |  ${b.phone}  |  ${b.email}  |  ${b.profiles[0]}`, { size: 9.3, color: WHITE });
  const c = new Cursor({ page: p, left: 48, right: 547, y: 126, style: { size: 9.6, color: 0.12, lead: 12.6 } });
  const heading = (t) => {
    c.space(8);
    p.rect(48, c.y + 3, 14, 3, { fill: TEAL });
    c.text(t, { font: 'Helvetica-Bold', size: 11, color: TEAL, indent: 20, lead: 17 });
  };
  heading('PROFILE');
  c.wrap(b.summary);
  heading('KEY ACCOMPLISHMENTS');
  const rows = itemsOf(r, 'KEY ACCOMPLISHMENTS').map((o) => [o.year, o.employer, { text: o.target, align: 'right' }, { text: o.achieved, align: 'right' }, { text: o.percent, align: 'right' }, o.ranking]);
  c.y = pdfTable(p, 48, c.y, [44, 110, 66, 72, 80, 127], [['Year', 'Employer', { text: 'Target', align: 'right' }, { text: 'Achieved', align: 'right' }, { text: '% of target', align: 'right' }, 'Ranking'], ...rows], { size: 9.2, header: true, fill: [0.86, 0.92, 0.92], pad: 4 }) + 4;
  heading('CAREER HISTORY');
  for (const w of r.work) {
    c.row([{ text: w.position, font: 'Helvetica-Bold' }, ` – ${w.name}`], w.location, { size: 10.2 });
    c.text(w._dates, { color: 0.45, size: 9.2, lead: 13 });
    for (const h of w.highlights) c.bullet(h, { glyph: '–', glyphIndent: 4, textIndent: 14 });
    c.space(6);
  }
  heading('EDUCATION');
  for (const e of r.education) c.row([{ text: `${e.studyType} ${e.area}`, font: 'Helvetica-Bold' }, ` – ${e.institution}`], `${e.startDate} – ${e.endDate}`);
  heading('SKILLS');
  c.wrap(r.skills.join('  ·  '));
  heading('ADDITIONAL');
  for (const t of itemsOf(r, 'ADDITIONAL')) c.bullet(t, { glyph: '–', glyphIndent: 4, textIndent: 14 });
  return doc.toBytes();
}
