// 1. A functional (skills-based) résumé: skill groups with "▪" bullets come first, then a bare employment list
// of "Title, Company, Town (2016–2019)" lines with no bullets; UK phone and postcode. Times, A4, centred
// header. A warehouse supervisor in the West Midlands.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Gareth Pryce',
    label: 'Warehouse Supervisor',
    email: 'gareth.pryce@example.co.uk',
    phone: '07700 900417',
    location: 'Solihull, West Midlands B91 3QT',
    summary:
      'Warehouse supervisor with fourteen years in third-party logistics and retail distribution, from picker to shift lead. I run safe, accurate night shifts of up to 45 colleagues and I am at my best turning around under-performing teams.',
  },
  work: [
    { position: 'Warehouse Supervisor', name: 'Arden Logistics Ltd', location: 'Birmingham', startDate: '2019', _dates: '2019–present' },
    { position: 'Shift Team Leader', name: 'Castlegate Distribution', location: 'Coventry', startDate: '2016', endDate: '2019', _dates: '2016–2019' },
    { position: 'Stock Controller', name: 'Castlegate Distribution', location: 'Coventry', startDate: '2013', endDate: '2016', _dates: '2013–2016' },
    { position: 'Warehouse Operative', name: 'Brindley Home Stores', location: 'Redditch', startDate: '2010', endDate: '2013', _dates: '2010–2013' },
  ],
  education: [
    { institution: 'Solihull College', studyType: 'NVQ Level 3 Diploma', area: 'Warehousing and Storage', endDate: '2017', _degree: 'NVQ Level 3 Diploma in Warehousing and Storage' },
    { institution: 'Elmdon Heath Academy', studyType: 'GCSEs', endDate: '2009', _degree: 'GCSEs (8), including English and Maths' },
  ],
  skills: ['SAP EWM', 'Manhattan WMS', 'Microsoft Excel', 'Power BI', 'RF scanners'],
  sections: ['PROFILE', 'KEY SKILLS & ACHIEVEMENTS', 'EMPLOYMENT HISTORY', 'EDUCATION & TRAINING', 'SYSTEMS'],
  otherSections: [
    {
      heading: 'KEY SKILLS & ACHIEVEMENTS',
      items: [
        {
          group: 'Inventory Control',
          items: [
            'Raised stock accuracy from 97.1% to 99.6% by introducing daily cycle counts by aisle',
            'Cut write-offs for damaged stock by £84,000 a year with a returns triage bench',
          ],
        },
        {
          group: 'Team Leadership',
          items: [
            'Lead a night shift of 45 pickers, loaders and drivers across two buildings',
            'Reduced agency staff turnover from 60% to 22% with a buddy scheme and fair rota',
            'Coached four operatives into team leader roles',
          ],
        },
        {
          group: 'Health & Safety',
          items: [
            'Achieved 730 days without a RIDDOR-reportable accident on site',
            'Wrote the pedestrian and forklift segregation plan adopted at three depots',
          ],
        },
      ],
    },
    { heading: 'EDUCATION & TRAINING', items: ['IOSH Managing Safely (2018)', 'Counterbalance and Reach Truck Licence, RTITB (2011)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'Functional CV, PDF, A4, Times. Centred name and label; centred contact line "Town, County Postcode · phone · e-mail" with a UK mobile in the Ofcom drama range. KEY SKILLS & ACHIEVEMENTS holds three bold skill groups with "▪" (U+25AA) bullets: these bullets belong to no role (otherSections, not work highlights). EMPLOYMENT HISTORY is a plain list "Title, Company, Town (2016–2019)" with year ranges in parentheses, "present" in lower case, and no bullets. EDUCATION & TRAINING mixes qualifications (education) and tickets (otherSections). SYSTEMS is one " · " line (skills). Small-caps-style capital headings with a thin rule under each.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Gareth Pryce CV', author: 'Gareth Pryce', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 62, right: 533, y: 50, style: { font: 'Times-Roman', size: 11, color: 0.05, lead: 14 } });
  c.text(b.name, { font: 'Times-Bold', size: 22, align: 'center', lead: 26 });
  c.text(b.label, { font: 'Times-Italic', size: 12.5, align: 'center', lead: 17 });
  c.text(`${b.location}  ·  ${b.phone}  ·  ${b.email}`, { size: 10.5, align: 'center', lead: 14 });
  const heading = (t) => {
    c.space(10).text(t, { font: 'Times-Bold', size: 12, charSpacing: 0.6, lead: 13 });
    c.rule({ dy: 1.5, width: 0.5, color: 0.3 }).space(6);
  };
  heading('PROFILE');
  c.wrap(b.summary);
  heading('KEY SKILLS & ACHIEVEMENTS');
  for (const g of r.otherSections[0].items) {
    c.text(g.group, { font: 'Times-Bold', lead: 14 });
    for (const h of g.items) c.bullet(h, { glyph: '\u25AA', glyphIndent: 10, textIndent: 24 });
    c.space(4);
  }
  heading('EMPLOYMENT HISTORY');
  for (const w of r.work) c.runs([{ text: w.position, font: 'Times-Bold' }, `, ${w.name}, ${w.location} (${w._dates})`], { lead: 16 });
  heading('EDUCATION & TRAINING');
  for (const e of r.education) c.text(`${e._degree} — ${e.institution} (${e.endDate})`, { lead: 15 });
  for (const i of r.otherSections[1].items) c.text(i, { lead: 15 });
  heading('SYSTEMS');
  c.wrap(r.skills.join('  ·  '));
  return doc.toBytes();
}
