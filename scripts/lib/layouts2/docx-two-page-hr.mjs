// 11. A two-page Word résumé: a different first-page header (empty) and a running header "Name – Page N" with a
// PAGE field on page 2, the <w:lastRenderedPageBreak/> Word leaves where page 2 began, roles as one bold line
// "Title | Company | City, ST" with "2/2020 – Present" (month/year without a leading zero) below, "➢" Wingdings
// bullets and competencies as "Label: a, b, c" paragraphs. A senior HR generalist in Chicago.
import { buildDocx } from '../docx-writer.mjs';
import { numberingXml, pageField, para } from './kit.mjs';

const md = (iso) => (iso ? `${Number(iso.slice(5, 7))}/${iso.slice(0, 4)}` : 'Present');

export const resume = {
  basics: {
    name: 'Jordan T. Reyes',
    label: 'Senior HR Generalist, SHRM-CP',
    email: 'jordan.reyes@example.com',
    phone: '(312) 555-0186',
    location: 'Chicago, IL 60614',
    profiles: ['linkedin.com/in/jordantreyes'],
    summary:
      'HR generalist with twelve years supporting employees and managers in healthcare, logistics and financial services. Trusted partner for employee relations, leave administration and HRIS projects; calm in investigations and precise in compliance.',
  },
  work: [
    {
      position: 'Senior HR Generalist',
      name: 'Lakeshore Health Partners',
      location: 'Chicago, IL',
      startDate: '2020-02',
      highlights: [
        'Serve as HR business partner to 650 employees across four outpatient clinics and a billing center',
        'Investigate and resolve 40+ employee relations cases a year, with no agency charges sustained',
        'Led the Workday HCM go-live for the clinics, including data conversion and manager training',
        'Administer FMLA, ADA accommodations and state paid-leave requests for all sites',
      ],
    },
    {
      position: 'HR Generalist',
      name: 'Midwest Freightways Inc.',
      location: 'Joliet, IL',
      startDate: '2017-06',
      endDate: '2020-01',
      highlights: [
        'Supported 420 drivers, dock workers and office staff across three terminals',
        'Cut first-year driver turnover from 74% to 49% with a structured 90-day onboarding plan',
        'Prepared EEO-1 and affirmative action reports and coordinated DOT drug-testing compliance',
        'Partnered with payroll on ADP Workforce Now upgrades and quarterly audits',
      ],
    },
    {
      position: 'HR Coordinator',
      name: 'Prairie State Credit Union',
      location: 'Naperville, IL',
      startDate: '2014-08',
      endDate: '2017-05',
      highlights: [
        'Coordinated onboarding, background checks and I-9 verification for 120 hires a year',
        'Maintained personnel files and HRIS records with 99% audit accuracy',
        'Organized benefits open enrollment and answered employee benefits questions',
      ],
    },
    {
      position: 'Recruiting Assistant',
      name: 'Brightpath Staffing',
      location: 'Chicago, IL',
      startDate: '2012-09',
      endDate: '2014-07',
      highlights: [
        'Screened resumes and scheduled interviews for light-industrial and clerical openings',
        'Posted jobs and tracked candidates in Bullhorn',
      ],
    },
  ],
  education: [
    { institution: 'Loyola University Chicago', studyType: 'M.S.', area: 'Human Resources', endDate: '2018', _degree: 'M.S., Human Resources' },
    { institution: 'Northern Illinois University', studyType: 'B.A.', area: 'Psychology', endDate: '2012', _degree: 'B.A., Psychology' },
  ],
  skills: ['Workday HCM', 'ADP Workforce Now', 'Bullhorn', 'FMLA', 'ADA', 'FLSA', 'EEO-1 reporting', 'Employee relations', 'Investigations', 'Onboarding', 'Performance management'],
  sections: ['PROFESSIONAL SUMMARY', 'CORE COMPETENCIES', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'CERTIFICATIONS', 'PROFESSIONAL AFFILIATIONS'],
  otherSections: [
    { heading: 'CERTIFICATIONS', items: ['SHRM Certified Professional (SHRM-CP), 2019', 'Professional in Human Resources (PHR), HRCI, 2016'] },
    { heading: 'PROFESSIONAL AFFILIATIONS', items: ['Society for Human Resource Management (SHRM), member since 2013', 'Chicago Human Resources Association, programs committee'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX meant to print on two pages. First-page header empty (titlePg); the default header (page 2) reads "Jordan T. Reyes – Page 2" with a PAGE field whose cached result is 2. Body: centred name (20 pt) and label, centred contact line with " • " separators. Headings: bold capitals with a top border. CORE COMPETENCIES: three paragraphs "HRIS: …", "Compliance: …", "People: …" with bold labels (the labels are not skills). Roles: bold "Title | Company | City, ST", then an italic date paragraph "2/2020 – Present" (M/YYYY, no leading zero); "➢" bullets (Wingdings F0D8 in numbering.xml). A <w:lastRenderedPageBreak/> sits in the first run of the HR Coordinator role, where Word started page 2. Education "Degree, Field – University, Year". Certifications and affiliations in otherSections.',
  },
};

export function render(r) {
  const b = r.basics;
  const H = (t) => ({ raw: para([{ text: t, bold: true, size: 12, color: '1F3864' }], { border: 'top', borderColor: '1F3864', before: 12, after: 4, keepNext: true }) });
  const body = [
    { raw: para([{ text: b.name, bold: true, size: 20 }], { align: 'center', after: 0 }) },
    { raw: para([{ text: b.label, size: 12, color: '1F3864' }], { align: 'center', after: 2 }) },
    { raw: para([{ text: [b.location, b.phone, b.email, b.profiles[0]].join('  •  '), size: 10 }], { align: 'center', after: 6 }) },
    H('PROFESSIONAL SUMMARY'),
    b.summary,
    H('CORE COMPETENCIES'),
  ];
  const k = r.skills;
  for (const [label, items] of [['HRIS', k.slice(0, 3)], ['Compliance', k.slice(3, 7)], ['People', k.slice(7)]]) {
    body.push({ raw: para([{ text: `${label}: `, bold: true }, items.join(', ')], { after: 2 }) });
  }
  body.push(H('PROFESSIONAL EXPERIENCE'));
  r.work.forEach((w, i) => {
    body.push({ raw: para([{ text: `${w.position} | ${w.name} | ${w.location}`, bold: true, renderedBreak: i === 2 }], { before: 8, after: 0, keepNext: true }) });
    body.push({ raw: para([{ text: `${md(w.startDate)} – ${md(w.endDate)}`, italic: true, color: '595959' }], { after: 2, keepNext: true }) });
    for (const t of w.highlights) body.push({ raw: para([t], { numId: 40, after: 0 }) });
  });
  body.push(H('EDUCATION'));
  for (const e of r.education) body.push({ raw: para([{ text: e._degree, bold: true }, ` – ${e.institution}, ${e.endDate}`], { after: 2 }) });
  body.push(H('CERTIFICATIONS'));
  for (const t of r.otherSections[0].items) body.push({ raw: para([t], { numId: 40, after: 0 }) });
  body.push(H('PROFESSIONAL AFFILIATIONS'));
  for (const t of r.otherSections[1].items) body.push({ raw: para([t], { numId: 40, after: 0 }) });
  return buildDocx({
    title: 'Jordan Reyes Resume',
    creator: 'Jordan Reyes',
    parts: { 'word/numbering.xml': numberingXml([{ id: 40, char: '\uF0D8', font: 'Wingdings' }]) },
    firstHeader: [{ p: '', style: 'Header' }],
    header: [{ raw: para([{ text: `${b.name} – Page `, size: 9, color: '808080' }, pageField(2)], { style: 'Header', align: 'right' }) }],
    body,
  });
}
