// 2. A US federal resume as the USAJOBS resume builder prints it, two pages: a centred header with the street
// address, citizenship, veterans' preference and clearance; each job a stack of labelled lines (agency, city,
// "MM/YYYY - Present", salary, hours per week, series/pay plan/grade, a supervisor with his own phone and
// "May contact: Yes"), then "Duties, Accomplishments and Related Skills:" with a duties paragraph and bullets.
// Education blocks carry credits and GPA. A contract specialist near Norfolk, Virginia.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Terrence J. Holloway',
    email: 't.holloway@example.com',
    phone: '(757) 555-0164',
    location: '2210 Example Lane, Chesapeake, VA 23320',
  },
  work: [
    {
      position: 'Contract Specialist',
      name: 'National Inland Waterways Administration',
      location: 'Norfolk, VA US',
      startDate: '2021-08',
      _dates: '08/2021 - Present',
      _facts: ['Salary: $98,496 USD Per Year', 'Hours per week: 40', 'Series: 1102   Pay Plan: GS   Grade: 12', 'Supervisor: Ms. Angela Ruiz (757-555-0119)   Okay to contact this Supervisor: Yes'],
      summary:
        'Serve as a warranted contracting officer (unlimited simplified acquisition, $5 million contracts) for dredging, lock maintenance and marine construction requirements. Plan and run acquisitions from market research through award and close-out under FAR Parts 13, 15 and 36.',
      highlights: [
        'Awarded 64 contract actions worth $41.7 million in FY2023 with no sustained protests',
        'Negotiated a $12.3 million lock gate repair contract 8 % below the independent government estimate',
        'Trained six GS-7/9 contract specialists on PIEE, SAM.gov and the agency contract-writing system',
      ],
    },
    {
      position: 'Contract Specialist',
      name: 'Regional Facilities Service Center',
      location: 'Hampton, VA US',
      startDate: '2017-03',
      endDate: '2021-08',
      _dates: '03/2017 - 08/2021',
      _facts: ['Salary: $74,950 USD Per Year', 'Hours per week: 40', 'Series: 1102   Pay Plan: GS   Grade: 9/11', 'Supervisor: Mr. Paul Whitcomb (757-555-0172)   Okay to contact this Supervisor: Yes'],
      summary:
        'Administered service and supply contracts for 14 federal buildings, including janitorial, grounds, HVAC maintenance and security guard services.',
      highlights: [
        'Managed a portfolio of 38 active contracts valued at $22 million',
        'Led the first multiple-award IDIQ for facilities maintenance in the region, cutting lead time from 90 to 30 days',
      ],
    },
    {
      position: 'Procurement Analyst',
      name: 'Calloway Defense Logistics LLC',
      location: 'Virginia Beach, VA US',
      startDate: '2013-06',
      endDate: '2017-02',
      _dates: '06/2013 - 02/2017',
      _facts: ['Salary: $52,000 USD Per Year', 'Hours per week: 45'],
      summary: 'Prepared proposals and pricing for Navy ship-repair subcontracts and maintained the company’s purchasing system.',
      highlights: ['Built cost volumes for 20+ proposals; win rate of 45 % on competitive bids', 'Prepared the purchasing system for a successful CPSR review'],
    },
  ],
  education: [
    { institution: 'Old Dominion University', studyType: 'Master’s Degree', area: 'Public Administration', endDate: '2016-05', _place: 'Norfolk, VA United States', _extra: ['GPA: 3.8 of a maximum 4.0', 'Credits Earned: 36 Semester hours'] },
    { institution: 'Christopher Newport University', studyType: 'Bachelor’s Degree', area: 'Business Administration', endDate: '2013-05', _place: 'Newport News, VA United States', _extra: ['GPA: 3.4 of a maximum 4.0', 'Credits Earned: 120 Semester hours'] },
  ],
  sections: ['Work Experience', 'Education', 'Job Related Training', 'Certifications', 'Awards'],
  otherSections: [
    { heading: 'Job Related Training', items: ['CON 1000 Fundamentals of Contracting, Defense Acquisition University, 2017', 'CON 2000 Intermediate Contracting, Defense Acquisition University, 2019', 'Cost and Price Analysis (40 hours), 2020'] },
    { heading: 'Certifications', items: ['Federal Acquisition Certification in Contracting (FAC-C) Professional, 2022', 'Contracting Officer Warrant, $5,000,000, issued 01/2022'] },
    { heading: 'Awards', items: ['Special Act Award, 2023', 'Time-Off Award (16 hours), 2020'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 2 pages, Times (USAJOBS resume builder look). Centred name (16 pt bold), the street address line, "Mobile: phone" and "Email:" lines, then "Citizenship: U.S. Citizen", "Veterans’ Preference: None", "Security Clearance: Secret (active)", "Highest Grade: GS-1102-12 (08/2021 - Present)" (not a role). Headings in bold capitals-and-lowercase with a rule. Each job: bold position, the agency, "City, ST US", "MM/YYYY - Present" (current, no endDate), then labelled facts (salary, hours per week, series/pay plan/grade, supervisor with HIS phone number, not the candidate’s), then "Duties, Accomplishments and Related Skills:" followed by a prose duties paragraph (work[].summary, not graded) and "•" bullets (highlights). The second role ends in the month the first starts. Education blocks: institution and city on one line, then "Master’s Degree 05/2016" (graduation only: endDate), "Major: …", GPA and credits lines. Footer "Page n of 2" centred on both pages. No skills section.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Resume', creator: 'USAJOBS', producer: 'iText 7', compress: true });
  const L = 60, R = 552;
  const pages = [];
  const newPage = () => {
    const p = doc.page();
    pages.push(p);
    return { page: p, y: 56 };
  };
  const first = newPage();
  const p = first.page;
  const b = r.basics;
  const c = new Cursor({ page: p, left: L, right: R, y: 50, bottom: 730, newPage, style: { font: 'Times-Roman', size: 10.5, lead: 13.2 } });
  c.text(b.name, { font: 'Times-Bold', size: 16, align: 'center', lead: 20 });
  c.text(b.location, { align: 'center' });
  c.text(`Mobile: ${b.phone}`, { align: 'center' });
  c.text(`Email: ${b.email}`, { align: 'center', lead: 18 });
  for (const t of ['Citizenship: U.S. Citizen', 'Veterans’ Preference: None', 'Security Clearance: Secret (active)', 'Highest Grade: GS-1102-12 (08/2021 - Present)']) c.text(t);
  const heading = (t) => {
    c.need(40);
    c.space(9).text(t, { font: 'Times-Bold', size: 13, lead: 15 });
    c.rule({ dy: 0, width: 0.8, color: 0 }).space(6);
  };
  heading('Work Experience');
  for (const w of r.work) {
    c.need(80);
    c.text(w.position, { font: 'Times-Bold', size: 11.5, lead: 14 });
    c.text(w.name);
    c.text(w.location);
    c.text(w._dates);
    for (const f of w._facts) c.text(f);
    c.space(3).text('Duties, Accomplishments and Related Skills:', { font: 'Times-Bold' });
    c.wrap(w.summary);
    c.space(2);
    for (const h of w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 10, textIndent: 22 });
    c.space(10);
  }
  heading('Education');
  for (const e of r.education) {
    c.need(70);
    c.row([{ text: e.institution, font: 'Times-Bold' }, `   ${e._place}`], null);
    c.text(`${e.studyType}   ${e.endDate.slice(5)}/${e.endDate.slice(0, 4)}`);
    c.text(`Major: ${e.area}`);
    for (const t of e._extra) c.text(t);
    c.space(7);
  }
  for (const h of ['Job Related Training', 'Certifications', 'Awards']) {
    heading(h);
    for (const t of itemsOf(r, h)) c.text(t);
  }
  pages.forEach((pg, i) => pg.text(306, 752, `Page ${i + 1} of ${pages.length}`, { font: 'Times-Roman', size: 9, align: 'center', color: 0.3 }));
  return doc.toBytes();
}
