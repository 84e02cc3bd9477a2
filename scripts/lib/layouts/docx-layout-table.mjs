// 5. A Word résumé laid out with a borderless two-column TABLE, as many Word templates do: the name above
// it, a shaded left cell with contact, skills, education and languages, the right cell with the summary and
// experience. A data analyst in Chicago.
import { buildDocx } from '../docx-writer.mjs';
import { printRange } from './common.mjs';
import { layoutTable, para } from './docx-kit.mjs';

export const resume = {
  basics: {
    name: 'Nadia Haddad',
    label: 'Data Analyst',
    email: 'nadia.haddad@example.com',
    phone: '(312) 555-0186',
    location: 'Chicago, IL',
    profiles: ['linkedin.com/in/nadiahaddad', 'github.com/nhaddad-data'],
    summary:
      'Data analyst with seven years of experience turning messy operational data into dashboards and decisions for healthcare and retail teams. Strong in SQL and Python, careful with definitions, and comfortable presenting results to non-technical leaders.',
  },
  work: [
    {
      name: 'Lakeshore Health Partners',
      position: 'Senior Data Analyst',
      location: 'Chicago, IL',
      startDate: '2021-04',
      highlights: [
        'Built the patient-access dashboard in Tableau used weekly by 40 clinic managers',
        'Cut no-show rates by 12% by modelling reminder timing and running an A/B test across 18 clinics',
        'Wrote the metric definitions and dbt models behind the executive scorecard',
      ],
    },
    {
      name: 'Prairie Grocers',
      position: 'Data Analyst',
      location: 'Oak Brook, IL',
      startDate: '2018-07',
      endDate: '2021-03',
      highlights: [
        'Automated weekly sales and shrink reporting for 85 stores with SQL and Python',
        'Forecast seasonal demand for 1,200 fresh items, reducing waste by $1.1M a year',
      ],
    },
    {
      name: 'Windy City Logistics',
      position: 'Operations Analyst',
      location: 'Chicago, IL',
      startDate: '2015-08',
      endDate: '2018-06',
      highlights: [
        'Maintained Excel models of driver utilisation and on-time delivery',
        'Moved recurring reports from Excel to Power BI, saving analysts a day a week',
      ],
    },
  ],
  education: [
    { institution: 'DePaul University', studyType: 'M.S.', area: 'Business Analytics', startDate: '2017', endDate: '2018' },
    { institution: 'University of Illinois Chicago', studyType: 'B.A.', area: 'Economics', startDate: '2011', endDate: '2015' },
  ],
  skills: ['SQL', 'Python (pandas)', 'Tableau', 'Power BI', 'dbt', 'Excel', 'A/B testing', 'Snowflake'],
  sections: ['CONTACT', 'SKILLS', 'EDUCATION', 'LANGUAGES', 'SUMMARY', 'EXPERIENCE'],
  otherSections: [{ heading: 'LANGUAGES', items: ['English', 'Arabic', 'French (basic)'] }],
  layout: {
    columns: 2,
    notes:
      'DOCX. Name (Title style) and label above a borderless two-column layout table (3100 / 6260 twips). Left cell shaded light grey: CONTACT (location, phone, e-mail, LinkedIn, GitHub as plain text), SKILLS one per paragraph, EDUCATION (degree, school, years in three paragraphs), LANGUAGES. Right cell: SUMMARY, EXPERIENCE with "Title | Company" in bold, "City | dates" in italics, bullets from numbering.xml. Headings are bold capital paragraphs, not Heading styles. Left cell first in reading order.',
  },
};

export function render(r) {
  const b = r.basics;
  const h = (t) => para([{ text: t, bold: true, size: 11, color: '1F3864', spacing: 1 }], { before: 10, after: 4 });
  const left = [
    h('CONTACT'),
    ...[b.location, b.phone, b.email, ...b.profiles].map((t) => para([{ text: t, size: 9.5 }], { after: 2 })),
    h('SKILLS'),
    ...r.skills.map((t) => para([{ text: t, size: 9.5 }], { after: 2 })),
    h('EDUCATION'),
    ...r.education.flatMap((e) => [
      para([{ text: `${e.studyType} ${e.area}`, bold: true, size: 9.5 }], { after: 0 }),
      para([{ text: e.institution, size: 9.5 }], { after: 0 }),
      para([{ text: printRange(e), size: 9.5, color: '595959' }], { after: 6 }),
    ]),
    h('LANGUAGES'),
    ...r.otherSections[0].items.map((t) => para([{ text: t, size: 9.5 }], { after: 2 })),
  ].join('');
  const right = [
    h('SUMMARY'),
    para([{ text: b.summary, size: 10 }]),
    h('EXPERIENCE'),
    ...r.work.flatMap((w) => [
      para([{ text: `${w.position} | ${w.name}`, bold: true, size: 10.5 }], { after: 0, before: 4 }),
      para([{ text: `${w.location} | ${printRange(w)}`, italic: true, size: 9.5, color: '595959' }], { after: 2 }),
      ...w.highlights.map((t) => para([{ text: t, size: 10 }], { bullet: true, after: 1 })),
    ]),
  ].join('');
  return buildDocx({
    title: 'Nadia Haddad Resume',
    creator: 'Nadia Haddad',
    body: [
      { p: [{ text: b.name, bold: true }], style: 'Title' },
      { p: [{ text: b.label, size: 13 }] },
      { raw: layoutTable([3100, 6260], [[left, right]], { shade: ['EDEFF3', null] }) },
      '',
    ],
  });
}
