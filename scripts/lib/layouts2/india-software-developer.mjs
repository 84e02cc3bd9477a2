// 5. An Indian software developer's résumé: labelled contact lines ("Mobile:", "Email:"), a bulleted summary,
// skills by level ("Advanced: X, Y; Intermediate: Z"), "Designation:" lines, "Jul 2021 – Till Date" and
// "Jun'19 – Jun'21" dates, an academic-qualifications grid table with Class XII and X, personal details
// and a declaration. A senior software engineer in Pune.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, printRange, wrapText } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Rohan Deshpande',
    email: 'rohan.deshpande@example.in',
    phone: '+91 98450 55512',
    location: 'Pune, Maharashtra',
    profiles: ['linkedin.com/in/rohan-deshpande', 'github.com/rohand-dev'],
  },
  work: [
    {
      name: 'Sahyadri Fintech Solutions Pvt. Ltd.',
      location: 'Pune',
      position: 'Senior Software Engineer',
      startDate: '2021-07',
      _dates: 'Jul 2021 – Till Date',
      highlights: [
        'Design and build Spring Boot microservices for a UPI payments switch handling 2 million transactions a day',
        'Reduced settlement batch time from 95 to 20 minutes by moving reconciliation to Kafka streams',
        'Mentor four associate engineers and review pull requests for the payments team',
      ],
    },
    {
      name: 'Konkan Infotech Services Ltd.',
      location: 'Mumbai',
      position: 'Software Engineer',
      startDate: '2019-06',
      endDate: '2021-06',
      highlights: [
        'Developed REST APIs in Java 8 and Spring MVC for an insurance policy administration system',
        'Wrote JUnit and Mockito tests, raising coverage of the claims module from 35% to 80%',
        'Supported UAT and production releases for a client in the UK',
      ],
    },
    {
      name: 'Konkan Infotech Services Ltd.',
      location: 'Mumbai',
      position: 'Trainee Engineer',
      startDate: '2019-01',
      endDate: '2019-05',
      highlights: ['Completed a 20-week Java full-stack training programme and a capstone project'],
    },
  ],
  education: [
    { institution: 'Deccan Institute of Engineering, Pune', studyType: 'B.E.', area: 'Computer Engineering', endDate: '2018', score: '8.42 CGPA', _board: 'Savitribai Phule Pune University', _degree: 'B.E. (Computer Engineering)' },
    { institution: 'Shivaji Nagar Junior College, Pune', studyType: 'HSC (Class XII)', endDate: '2014', score: '88.6%', _board: 'Maharashtra State Board' },
    { institution: 'St. Anne’s High School, Pune', studyType: 'SSC (Class X)', endDate: '2012', score: '92.4%', _board: 'Maharashtra State Board' },
  ],
  skills: ['Java', 'Spring Boot', 'SQL', 'Kafka', 'Python', 'React', 'Docker', 'Jenkins', 'Kubernetes', 'AWS'],
  sections: ['PROFESSIONAL SUMMARY', 'TECHNICAL SKILLS', 'WORK EXPERIENCE', 'ACADEMIC QUALIFICATIONS', 'CERTIFICATIONS', 'PERSONAL DETAILS', 'DECLARATION'],
  otherSections: [
    {
      heading: 'PROFESSIONAL SUMMARY',
      items: [
        '6+ years of experience in Java back-end development for banking and insurance clients',
        'Hands-on with Spring Boot microservices, Kafka, PostgreSQL and Docker on AWS',
        'Strong in code reviews, unit testing and production support in Agile (Scrum) teams',
      ],
    },
    { heading: 'CERTIFICATIONS', items: ['Oracle Certified Professional: Java SE 11 Developer (2020)', 'AWS Certified Developer – Associate (2022)'] },
    {
      heading: 'PERSONAL DETAILS',
      items: ['Date of Birth: 14 August 1996', 'Languages Known: English, Hindi, Marathi', 'Nationality: Indian', 'Address: Flat 302, Sai Residency, Baner, Pune – 411045'],
    },
    { heading: 'DECLARATION', items: ['I hereby declare that the information furnished above is true to the best of my knowledge and belief.'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, Times (Word export look). Name at the left (bold 20 pt) with "Pune, Maharashtra" under it; at the right four labelled lines "Mobile: …", "Email: …", "LinkedIn: …", "GitHub: …". Capital headings on a light grey band. PROFESSIONAL SUMMARY is three "•" bullets (otherSections, not work). TECHNICAL SKILLS is one line "Advanced: …; Intermediate: …; Familiar: …" (the level words are not skills). Roles: bold "Company, City" with the dates right-aligned ("Jul 2021 – Till Date": current, no endDate; "Jun’19 – Jun’21"; "Jan’19 – May’19" with U+2019), then "Designation: Title", then Word’s Wingdings arrow bullets, extracted as the private-use U+F0D8. ACADEMIC QUALIFICATIONS is a ruled grid (Qualification | Institute | Board / University | Year | Score) with B.E., HSC and SSC rows; only the passing year is printed (endDate). Personal details as "Label: value" lines (a date of birth, an address). Declaration paragraph, then "Place: Pune" and "(Rohan Deshpande)" at the right.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Rohan_Deshpande_Resume', author: 'Rohan', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 46, R = 549;
  p.text(L, 36, b.name, { font: 'Times-Bold', size: 20 });
  p.text(L, 62, b.location, { font: 'Times-Roman', size: 10.5 });
  const contact = [['Mobile: ', b.phone], ['Email: ', b.email], ['LinkedIn: ', b.profiles[0]], ['GitHub: ', b.profiles[1]]];
  contact.forEach(([k, v], i) => {
    const y = 36 + i * 12.5;
    const vx = p.text(R, y, v, { font: 'Times-Roman', size: 10, align: 'right' }).x;
    p.text(vx, y, k, { font: 'Times-Bold', size: 10, align: 'right' });
  });
  p.line(L, 90, R, 90, { width: 1.2, color: 0 });
  const c = new Cursor({ page: p, left: L, right: R, y: 98, style: { font: 'Times-Roman', size: 10.5, color: 0, lead: 12.8 } });
  const heading = (t) => {
    c.space(6);
    p.rect(L, c.y - 2, R - L, 15, { fill: 0.86 });
    c.text(t, { font: 'Times-Bold', size: 11, indent: 4, lead: 18 });
  };
  const other = Object.fromEntries(r.otherSections.map((s) => [s.heading, s.items]));
  heading('PROFESSIONAL SUMMARY');
  for (const t of other['PROFESSIONAL SUMMARY']) c.bullet(t, { glyphIndent: 8, textIndent: 20 });
  heading('TECHNICAL SKILLS');
  const s = r.skills;
  c.runs([{ text: 'Advanced: ', font: 'Times-Bold' }, `${s.slice(0, 4).join(', ')}; `, { text: 'Intermediate: ', font: 'Times-Bold' }, `${s.slice(4, 8).join(', ')}; `, { text: 'Familiar: ', font: 'Times-Bold' }, s.slice(8).join(', ')], { indent: 4 });
  heading('WORK EXPERIENCE');
  for (const w of r.work) {
    const dates = w._dates ?? printRange(w, { style: 'apos' });
    c.row([{ text: `${w.name}, ${w.location}`, font: 'Times-Bold' }], dates, { lead: 13.5 }, { font: 'Times-Bold' });
    c.runs([{ text: 'Designation: ', font: 'Times-Italic' }, w.position], { lead: 13.5 });
    for (const h of w.highlights) c.bullet(h, { glyph: '\uF0D8', glyphIndent: 8, textIndent: 22 });
    c.space(5);
  }
  heading('ACADEMIC QUALIFICATIONS');
  const cols = [L, L + 128, L + 288, L + 412, L + 452, R];
  const head = ['Qualification', 'Institute', 'Board / University', 'Year', 'Score'];
  const rows = r.education.map((e) => [e._degree ?? e.studyType, e.institution, e._board, e.endDate, e.score]);
  const top = c.y;
  const rowH = 27;
  [head, ...rows].forEach((cells, ri) => {
    const y = top + ri * rowH;
    cells.forEach((t, ci) => {
      const lines = wrapText(t, ri ? 'Times-Roman' : 'Times-Bold', 10, cols[ci + 1] - cols[ci] - 8);
      lines.forEach((ln, li) => p.text(cols[ci] + 4, y + 3 + li * 11.5, ln, { font: ri ? 'Times-Roman' : 'Times-Bold', size: 10 }));
    });
  });
  const bottom = top + (rows.length + 1) * rowH;
  for (let i = 0; i <= rows.length + 1; i++) p.line(L, top - 1 + i * rowH, R, top - 1 + i * rowH, { width: 0.5 });
  for (const x of cols) p.line(x, top - 1, x, bottom - 1, { width: 0.5 });
  c.y = bottom + 2;
  heading('CERTIFICATIONS');
  for (const t of other.CERTIFICATIONS) c.bullet(t, { glyphIndent: 8, textIndent: 20 });
  heading('PERSONAL DETAILS');
  for (const t of other['PERSONAL DETAILS']) {
    const [k, v] = t.split(': ');
    p.text(L + 4, c.y, k, { font: 'Times-Bold', size: 10.5 });
    p.text(L + 120, c.y, `:  ${v}`, { font: 'Times-Roman', size: 10.5 });
    c.space(13.5);
  }
  heading('DECLARATION');
  c.wrap(other.DECLARATION[0], { indent: 4 });
  c.space(8).row('Place: Pune', `(${b.name})`, { indent: 4 });
  return doc.toBytes();
}
