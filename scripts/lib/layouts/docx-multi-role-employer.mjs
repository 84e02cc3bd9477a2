// 9. Several roles at one employer: the company printed once ("Company, City, ST<TAB>2015 – Present", its
// total span), then each title with its own dates and bullets, then a second employer in the same shape.
// DOCX with direct formatting (bold capital headings with a bottom border, no Heading styles). A medical-device
// sales manager in Denver.
import { buildDocx } from '../docx-writer.mjs';
import { printRange } from './common.mjs';
import { para } from './docx-kit.mjs';

const MERIDIAN = { name: 'Meridian Medical Supplies', location: 'Denver, CO' };
const ALPINE = { name: 'Alpine Dental Distributors', location: 'Boulder, CO' };

export const resume = {
  basics: {
    name: 'Rebecca Thornton',
    email: 'rebecca.thornton@example.com',
    phone: '(720) 555-0139',
    location: 'Denver, CO',
    profiles: ['linkedin.com/in/rebeccathornton'],
    summary:
      'Medical-device sales leader with twelve years of quota-carrying and management experience across hospital and surgery-center accounts in the Rocky Mountain region. Promoted three times at Meridian; builds teams that forecast honestly and keep customers for years.',
  },
  work: [
    {
      ...MERIDIAN,
      position: 'Regional Sales Manager',
      startDate: '2021-01',
      highlights: [
        'Lead nine representatives across Colorado, Utah and Wyoming with $38M annual quota',
        'Region finished 112% of plan in 2022 and 2023, ranked second of eleven regions',
        'Rolled out a shared Salesforce forecasting cadence adopted company-wide',
      ],
    },
    {
      ...MERIDIAN,
      position: 'Senior Sales Representative',
      startDate: '2018-03',
      endDate: '2020-12',
      highlights: [
        'Grew the Denver metro territory from $3.1M to $5.4M in surgical consumables',
        'Won the company’s largest GPO conversion of 2019 across 14 hospitals',
      ],
    },
    {
      ...MERIDIAN,
      position: 'Sales Representative',
      startDate: '2015-06',
      endDate: '2018-02',
      highlights: [
        'Opened 22 new ambulatory surgery center accounts in the first two years',
        'President’s Club in 2017 for 131% of quota',
      ],
    },
    {
      ...ALPINE,
      position: 'Inside Sales Associate',
      startDate: '2012-07',
      endDate: '2015-05',
      highlights: [
        'Handled reorders and quotes for 300 dental practices by phone and e-mail',
        'Trained two new associates on the ordering system and product catalogue',
      ],
    },
  ],
  education: [
    { institution: 'Colorado State University', studyType: 'B.S.', area: 'Business Administration', location: 'Fort Collins, CO', endDate: '2012' },
  ],
  skills: ['Territory planning', 'Salesforce', 'Value analysis committees', 'GPO contracting', 'Sales coaching', 'Forecasting'],
  sections: ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS', 'AWARDS'],
  otherSections: [{ heading: 'AWARDS', items: ['President’s Club, Meridian Medical Supplies (2017, 2019, 2022)', 'Regional Manager of the Year (2023)'] }],
  layout: {
    columns: 1,
    notes:
      'DOCX, direct formatting: centred bold name, centred contact line with " | ". Headings are bold capital paragraphs with a bottom border (no Heading styles). Experience groups roles by employer: a bold "Company, City, ST<TAB>first – last year" line (the total span is not a role date), then italic "Title<TAB>Mon YYYY – Mon YYYY" lines each with its bullets. Three roles at Meridian, one at Alpine; each role in the key carries its employer and city.',
  },
};

const TAB = 9360;

export function render(r) {
  const b = r.basics;
  const h = (t) => ({ raw: para([{ text: t, bold: true, size: 11.5, color: '1F3864' }], { border: 'bottom', before: 12, after: 6 }) });
  const body = [
    { raw: para([{ text: b.name, bold: true, size: 22 }], { align: 'center', after: 2 }) },
    { raw: para([{ text: [b.location, b.phone, b.email, b.profiles[0]].join('  |  '), size: 10 }], { align: 'center', after: 6 }) },
    h('SUMMARY'),
    b.summary,
    h('EXPERIENCE'),
  ];
  const groups = [];
  for (const w of r.work) {
    const last = groups[groups.length - 1];
    if (last && last.name === w.name) last.roles.push(w);
    else groups.push({ name: w.name, location: w.location, roles: [w] });
  }
  for (const g of groups) {
    const first = g.roles[g.roles.length - 1].startDate.slice(0, 4);
    const lastRole = g.roles[0];
    const span = `${first} – ${lastRole.endDate ? lastRole.endDate.slice(0, 4) : 'Present'}`;
    body.push({ raw: para([{ text: `${g.name}, ${g.location}\t${span}`, bold: true, size: 11.5 }], { rightTab: TAB, before: 8, after: 2 }) });
    for (const w of g.roles) {
      body.push({ raw: para([{ text: `${w.position}\t${printRange(w)}`, italic: true, bold: true, size: 10.5, color: '404040' }], { rightTab: TAB, before: 4, after: 2 }) });
      for (const t of w.highlights) body.push({ p: t, style: 'ListParagraph', list: 'bullet' });
    }
  }
  body.push(h('EDUCATION'));
  for (const e of r.education) body.push({ raw: para([{ text: `${e.studyType} ${e.area}`, bold: true }, `, ${e.institution}, ${e.location}\t${e.endDate}`], { rightTab: TAB }) });
  body.push(h('SKILLS'));
  body.push(r.skills.join(' · '));
  body.push(h('AWARDS'));
  for (const i of r.otherSections[0].items) body.push({ p: i, style: 'ListParagraph', list: 'bullet' });
  return buildDocx({ title: 'Rebecca Thornton Resume', creator: 'Rebecca Thornton', body });
}
