// 6. A Word résumé with the name in the page header, the contact details in a floating text box (DrawingML
// with a VML fallback, as Word saves it), section titles as Heading 1 paragraphs, "Title<TAB>dates" rows and
// bullets from numbering.xml. A high-school mathematics teacher in Atlanta.
import { buildDocx } from '../docx-writer.mjs';
import { printRange } from './common.mjs';
import { para } from './docx-kit.mjs';

export const resume = {
  basics: {
    name: 'Marcus Bell',
    label: 'Mathematics Teacher',
    email: 'marcus.bell@example.com',
    phone: '(404) 555-0127',
    location: 'Atlanta, GA 30318',
    profiles: ['linkedin.com/in/marcusbell-edu'],
    summary:
      'Certified secondary mathematics teacher with ten years in urban public and charter schools. I plan standards-aligned Algebra and AP Statistics courses, use assessment data to regroup students every week, and coach new teachers in my department.',
  },
  work: [
    {
      name: 'Westview Preparatory Academy',
      location: 'Atlanta, GA',
      position: 'Mathematics Teacher and Department Chair',
      startDate: '2018-08',
      highlights: [
        'Teach Algebra II and AP Statistics to 140 students a year; AP pass rate rose from 41% to 68%',
        'Chair a six-teacher department, leading weekly data meetings and common assessments',
        'Introduced Desmos-based lessons and standards-based grading across grades 9–12',
      ],
    },
    {
      name: 'Fulton Ridge Middle School',
      location: 'Atlanta, GA',
      position: 'Math Interventionist',
      startDate: '2015-08',
      endDate: '2018-05',
      highlights: [
        'Ran small-group intervention for 90 students below grade level in grades 6–8',
        'Wrote accommodations with special-education teachers for students with IEPs',
      ],
    },
    {
      name: 'Clarke County School District',
      location: 'Athens, GA',
      position: 'Student Teacher, Algebra I',
      startDate: '2014-01',
      endDate: '2014-05',
      highlights: ['Planned and taught a twelve-week unit on linear functions under a mentor teacher'],
    },
  ],
  education: [
    { institution: 'Georgia State University', studyType: 'M.Ed.', area: 'Curriculum and Instruction', location: 'Atlanta, GA', endDate: '2018' },
    { institution: 'University of Georgia', studyType: 'B.S.', area: 'Mathematics Education', location: 'Athens, GA', endDate: '2014' },
  ],
  skills: ['Differentiated instruction', 'Google Classroom', 'Desmos', 'IEP accommodations', 'Data-driven instruction', 'Classroom management'],
  sections: ['Profile', 'Teaching Experience', 'Education', 'Certifications', 'Skills'],
  otherSections: [
    { heading: 'Certifications', items: ['Georgia Educator Certificate, Mathematics (6–12), Clear Renewable', 'Google Certified Educator, Level 1'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX. Page header: name (bold 20 pt) and label. First body paragraph anchors a floating text box (AlternateContent: DrawingML text box with a VML fallback, same content) holding location, phone, e-mail and LinkedIn URL, one per line; the LinkedIn line is a hyperlink. Section titles are Heading 1 paragraphs. Roles: bold "Title<TAB>dates" with a right tab at 9360 twips, then italic "School, City, ST", bullets from numbering.xml (Symbol U+F0B7 glyph). Education: "Degree<TAB>year" then school line (graduation year only: endDate only). Skills on one comma-separated line. Footer: name · page.',
  },
};

const TAB = '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>';

export function render(r) {
  const b = r.basics;
  const body = [
    {
      textbox: [
        { p: b.location },
        { p: b.phone },
        { p: [{ link: `mailto:${b.email}`, text: b.email }] },
        { p: [{ link: `https://www.${b.profiles[0]}`, text: b.profiles[0] }] },
      ],
    },
    { p: 'Profile', style: 'Heading1' },
    b.summary,
    { p: 'Teaching Experience', style: 'Heading1' },
  ];
  for (const w of r.work) {
    body.push({ raw: para([{ text: `${w.position}\t${printRange(w)}`, bold: true }], { rightTab: 9360, before: 6 }) });
    body.push({ p: [{ text: `${w.name}, ${w.location}`, italic: true }] });
    for (const h of w.highlights) body.push({ p: h, style: 'ListParagraph', list: 'bullet' });
  }
  body.push({ p: 'Education', style: 'Heading1' });
  for (const e of r.education) {
    body.push({ p: [{ text: `${e.studyType} ${e.area}\t${printRange(e)}`, bold: true }], pPr: TAB });
    body.push({ p: [{ text: `${e.institution}, ${e.location}`, italic: true }] });
  }
  body.push({ p: 'Certifications', style: 'Heading1' });
  for (const i of r.otherSections[0].items) body.push({ p: i, style: 'ListParagraph', list: 'bullet' });
  body.push({ p: 'Skills', style: 'Heading1' });
  body.push(r.skills.join(', '));
  return buildDocx({
    title: 'Resume',
    creator: 'Marcus Bell',
    header: [
      { p: [{ text: b.name, bold: true, size: 20 }], style: 'Header' },
      { p: [{ text: b.label, size: 12 }], style: 'Header' },
    ],
    footer: [{ p: `${b.name} · Resume`, style: 'Footer', align: 'right' }],
    body,
  });
}
