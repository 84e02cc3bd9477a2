// 10. Date ranges written the many ways people write them: "Jan. 2020 – Current", "2018 - now",
// "May 2017 to June 2019", a single year "2016", "Sept. 2013 – Apr. 2015". One column; the dates sit on their
// own italic line under "Title | Company | City". A hotel front-office manager in Chicago.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Giulia Romano',
    label: 'Front Office Manager',
    email: 'giulia.romano@example.com',
    phone: '773-555-0154',
    location: 'Chicago, IL',
    summary:
      'Hospitality manager with ten years at the front desk of full-service and boutique hotels. I run calm, well-staffed front offices, recover unhappy guests quickly and teach the next generation of hotel staff.',
  },
  work: [
    {
      name: 'Hotel Belvedere',
      location: 'Chicago, IL',
      position: 'Front Office Manager',
      startDate: '2020-01',
      _dates: 'Jan. 2020 – Current',
      highlights: [
        'Manage a 24-person front office for a 410-room hotel with 82% average occupancy',
        'Raised guest satisfaction scores for check-in from 4.1 to 4.6 out of 5 in two years',
        'Rebuilt the shift schedule in the workforce tool, cutting overtime by 25%',
      ],
    },
    {
      name: 'Lakeview Culinary & Hospitality Institute',
      location: 'Chicago, IL',
      position: 'Adjunct Instructor, Front Office Operations',
      startDate: '2018',
      _dates: '2018 - now',
      highlights: ['Teach an evening course on reservations, revenue basics and guest recovery to 25 students a term'],
    },
    {
      name: 'The Marlowe Hotel',
      location: 'Milwaukee, WI',
      position: 'Guest Services Supervisor',
      startDate: '2017-05',
      endDate: '2019-06',
      _dates: 'May 2017 to June 2019',
      highlights: [
        'Supervised eight guest services agents and the night audit team',
        'Led the switch to Opera Cloud PMS, training 30 staff in two weeks',
      ],
    },
    {
      name: 'Harborview Inn',
      location: 'Milwaukee, WI',
      position: 'Guest Services Agent',
      startDate: '2016',
      endDate: '2016',
      _dates: '2016',
      highlights: ['Handled check-in, check-out and reservations for a 120-room inn'],
    },
    {
      name: 'Caffè Aurora',
      location: 'Milwaukee, WI',
      position: 'Shift Lead',
      startDate: '2013-09',
      endDate: '2015-04',
      _dates: 'Sept. 2013 – Apr. 2015',
      highlights: ['Opened the café five mornings a week and trained new baristas'],
    },
  ],
  education: [
    { institution: 'Milwaukee Area Technical College', studyType: 'A.A.S.', area: 'Hospitality Management', startDate: '2013', endDate: '2015', _dates: '2013 – 2015' },
  ],
  skills: ['Opera Cloud PMS', 'Revenue management', 'Staff scheduling', 'Guest recovery', 'Night audit', 'Team training'],
  sections: ['Summary', 'Experience', 'Education', 'Skills', 'Languages'],
  otherSections: [{ heading: 'Languages', items: ['English (fluent)', 'Italian (native)', 'Spanish (conversational)'] }],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Helvetica. Roles: bold "Title | Company | City, ST", then the dates alone on an italic grey line, then "•" bullets. Date forms: "Jan. 2020 – Current" (current: no endDate), "2018 - now" (hyphen-minus, current), "May 2017 to June 2019", "2016" (single year: start = end), "Sept. 2013 – Apr. 2015". Skills on one line separated by commas; Languages on one line separated by " / ".',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Giulia Romano', creator: 'Pages', producer: 'macOS Version 14.4 (Build 23E214) Quartz PDFContext', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 60, right: 552, y: 48, style: { size: 10, color: 0.1, lead: 13.5 } });
  c.text(b.name, { font: 'Helvetica-Bold', size: 24, lead: 30 });
  c.text(b.label, { size: 12, color: [0.55, 0.15, 0.2], lead: 17 });
  c.text(`${b.phone}   ${b.email}   ${b.location}`, { size: 9.5, color: 0.35, lead: 16 });
  const heading = (t) => {
    c.space(10).text(t, { font: 'Helvetica-Bold', size: 12.5, color: [0.55, 0.15, 0.2], lead: 18 });
  };
  heading('Summary');
  c.wrap(b.summary);
  heading('Experience');
  for (const w of r.work) {
    c.runs([{ text: w.position, font: 'Helvetica-Bold' }, ` | ${w.name} | ${w.location}`], { lead: 13 });
    c.text(w._dates, { font: 'Helvetica-Oblique', size: 9, color: 0.45, lead: 13 });
    for (const h of w.highlights) c.bullet(h, { glyphIndent: 4, textIndent: 16 });
    c.space(7);
  }
  heading('Education');
  for (const e of r.education) {
    c.runs([{ text: `${e.studyType} ${e.area}`, font: 'Helvetica-Bold' }, ` | ${e.institution}`], { lead: 13 });
    c.text(e._dates, { font: 'Helvetica-Oblique', size: 9, color: 0.45 });
  }
  heading('Skills');
  c.wrap(r.skills.join(', '));
  heading('Languages');
  c.wrap(r.otherSections[0].items.join(' / '));
  return doc.toBytes();
}
