// 13. A Canadian co-op student's resume: section headings as white capitals on dark filled bars, a
// "Summary of Qualifications" bullet list first (bullets that belong to no job), co-op work terms dated by
// term only ("Winter 2024", "Summer 2023", "Fall 2022") at the right of "Title | Company" lines, projects with
// month ranges, and education last with an expected graduation. A mechatronics student in Waterloo.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Mei-Lin Tremblay',
    email: 'ml.tremblay@example.ca',
    phone: '(519) 555-0132',
    location: 'Waterloo, ON',
    profiles: ['github.com/meilin-t-example', 'linkedin.com/in/meilin-tremblay-example'],
  },
  work: [
    {
      position: 'Firmware Developer (Co-op)',
      name: 'Northlake Robotics Inc.',
      location: 'Kitchener, ON',
      startDate: '2024',
      endDate: '2024',
      _dates: 'Winter 2024',
      highlights: [
        'Wrote an interrupt-driven CAN driver in C for STM32 motor controllers, cutting message latency by 40%',
        'Added hardware-in-the-loop tests to the GitLab CI pipeline, catching 12 regressions before release',
      ],
    },
    {
      position: 'Hardware Test Engineering Intern',
      name: 'Maplewave Devices',
      location: 'Ottawa, ON',
      startDate: '2023',
      endDate: '2023',
      _dates: 'Summer 2023',
      highlights: ['Automated RF board test fixtures in Python and PyVISA, raising throughput from 20 to 65 boards a day', 'Documented 30 failure modes in the Jira defect database'],
    },
    {
      position: 'Quality Assurance Analyst (Co-op)',
      name: 'Grand River Insurance Group',
      location: 'Waterloo, ON',
      startDate: '2022',
      endDate: '2022',
      _dates: 'Fall 2022',
      highlights: ['Wrote 150 Selenium test cases for the broker quoting portal'],
    },
  ],
  projects: [
    { name: 'Autonomous Line-Following Rover', keywords: ['C++', 'ROS 2', 'OpenCV'], startDate: '2023-01', endDate: '2023-04', highlights: ['Built a PID-controlled rover that placed 2nd of 24 teams in the MTE 380 course competition'] },
    { name: 'Smart Plant Monitor', keywords: ['ESP32', 'MQTT', 'React'], startDate: '2022-05', endDate: '2022-08', highlights: ['Designed a soil-moisture sensor board in Altium and a web dashboard for 10 plants'] },
  ],
  education: [
    { institution: 'University of Waterloo', studyType: 'Bachelor of Applied Science', area: 'Mechatronics Engineering', startDate: '2021-09', endDate: '2026-04', _line: 'Bachelor of Applied Science, Honours Mechatronics Engineering, Co-operative Program' },
  ],
  skills: ['C', 'C++', 'Python', 'MATLAB', 'SolidWorks', 'Altium Designer', 'Git', 'Linux', 'STM32', 'Oscilloscopes', 'CAN bus'],
  sections: ['SUMMARY OF QUALIFICATIONS', 'TECHNICAL SKILLS', 'WORK EXPERIENCE', 'PROJECTS', 'EDUCATION'],
  otherSections: [
    {
      heading: 'SUMMARY OF QUALIFICATIONS',
      items: [
        'Three co-op terms in embedded firmware, hardware testing and software QA',
        'Comfortable from schematic and PCB layout to firmware and test automation',
        'Dean’s Honours List (four terms); President’s Research Award recipient',
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Helvetica. Centred name (22 pt), one centred contact line "City, Prov. | phone | e-mail | GitHub | LinkedIn" (printed handles). Headings: white bold capitals on full-width dark blue bars. SUMMARY OF QUALIFICATIONS: "▪" bullets that belong to no role (otherSections). TECHNICAL SKILLS: three labelled lines (Languages, Tools, Hardware; the labels are not skills). WORK EXPERIENCE: bold "Title | Company" with the co-op term at the right ("Winter 2024": start = end = 2024, year precision), the city in italics on the next line, "▪" bullets. PROJECTS: bold name with " | " and italic technologies, month range at the right. EDUCATION last: university with "Sep 2021 – Apr 2026 (expected)" at the right and the degree line below.',
  },
};

const BAR = [0.11, 0.2, 0.38];

export function render(r) {
  const doc = new PdfDoc({ title: 'Tremblay_MeiLin_Resume', creator: 'LaTeX with hyperref', producer: 'pdfTeX-1.40.25', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 48, right: 564, y: 36, style: { size: 9.8, color: 0.08, lead: 12.6 } });
  c.text(b.name, { font: 'Helvetica-Bold', size: 22, align: 'center', lead: 27 });
  c.text([b.location, b.phone, b.email, ...b.profiles].join('  |  '), { size: 8.8, align: 'center', lead: 14 });
  const heading = (t) => {
    c.space(6);
    p.rect(48, c.y - 2, 516, 15, { fill: BAR });
    c.text(t, { font: 'Helvetica-Bold', size: 10.5, color: [1, 1, 1], indent: 6, charSpacing: 0.8, lead: 19 });
  };
  const B = { glyph: '▪', glyphIndent: 6, textIndent: 18 };
  heading('SUMMARY OF QUALIFICATIONS');
  for (const t of itemsOf(r, 'SUMMARY OF QUALIFICATIONS')) c.bullet(t, B);
  heading('TECHNICAL SKILLS');
  const groups = [['Languages', 0, 4], ['Tools', 4, 8], ['Hardware', 8, 11]];
  for (const [k, a, z] of groups) c.runs([{ text: `${k}: `, font: 'Helvetica-Bold' }, r.skills.slice(a, z).join(', ')]);
  heading('WORK EXPERIENCE');
  for (const w of r.work) {
    c.row([{ text: `${w.position}  |  ${w.name}`, font: 'Helvetica-Bold' }], w._dates, { size: 10.2 }, { font: 'Helvetica-Bold' });
    c.text(w.location, { font: 'Helvetica-Oblique', color: 0.3 });
    for (const h of w.highlights) c.bullet(h, B);
    c.space(4);
  }
  heading('PROJECTS');
  const M = (iso) => `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}`;
  for (const pr of r.projects) {
    c.row([{ text: pr.name, font: 'Helvetica-Bold' }, '  |  ', { text: pr.keywords.join(', '), font: 'Helvetica-Oblique' }], `${M(pr.startDate)} – ${M(pr.endDate)}`);
    for (const h of pr.highlights) c.bullet(h, B);
    c.space(3);
  }
  heading('EDUCATION');
  for (const e of r.education) {
    c.row([{ text: e.institution, font: 'Helvetica-Bold' }], `${M(e.startDate)} – ${M(e.endDate)} (expected)`);
    c.text(e._line);
  }
  return doc.toBytes();
}
