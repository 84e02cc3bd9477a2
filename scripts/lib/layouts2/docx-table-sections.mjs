// 9. A Word "table template" résumé: every section is a borderless two-column table with the dates (or the
// year) in the narrow left column and the entry in the right one; the contact details sit in a three-cell
// shaded table under the name. South African phone and province. A professional civil engineer in Durban.
import { buildDocx } from '../docx-writer.mjs';
import { para, printRange, table } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Thabo Mokoena',
    label: 'Civil Engineer (Pr Eng)',
    email: 'thabo.mokoena@example.co.za',
    phone: '+27 82 555 0143',
    location: 'Durban, KwaZulu-Natal',
    summary:
      'Registered professional civil engineer with twelve years in roads, stormwater and water-supply projects for municipal and provincial clients. I take projects from feasibility through detailed design to construction supervision, and I have managed contracts up to R180 million.',
  },
  work: [
    {
      position: 'Senior Civil Engineer',
      name: 'Umgeni Consulting Engineers (Pty) Ltd',
      location: 'Durban',
      startDate: '2019-02',
      highlights: [
        'Project manager for a R180 million upgrade of 14 km of provincial road, delivered two months early',
        'Lead a design team of six engineers and technologists using Civil 3D and PCSWMM',
        'Prepare tender documents and adjudicate bids under GCC 2015 and the CIDB procurement rules',
      ],
    },
    {
      position: 'Civil Engineer',
      name: 'Highveld Infrastructure Partners',
      location: 'Pretoria',
      startDate: '2015-01',
      endDate: '2019-01',
      highlights: [
        'Designed bulk water pipelines and reservoirs for three local municipalities',
        'Resident engineer on a 9 km stormwater and sewer rehabilitation contract',
      ],
    },
    {
      position: 'Candidate Engineer',
      name: 'Highveld Infrastructure Partners',
      location: 'Pretoria',
      startDate: '2012-01',
      endDate: '2014-12',
      highlights: ['Completed the ECSA training programme across design, site supervision and contract administration'],
    },
  ],
  education: [
    { institution: 'University of KwaZulu-Natal', studyType: 'MSc', area: 'Civil Engineering', startDate: '2016', endDate: '2018', _degree: 'MSc in Civil Engineering (Water Resources), part-time' },
    { institution: 'University of Pretoria', studyType: 'BEng', area: 'Civil Engineering', startDate: '2008', endDate: '2011', _degree: 'BEng Civil Engineering' },
  ],
  skills: ['AutoCAD Civil 3D', 'PCSWMM', 'EPANET', 'Prokon', 'MS Project', 'Contract administration (GCC 2015)'],
  sections: ['Profile', 'Experience', 'Education', 'Registration', 'Software'],
  otherSections: [{ heading: 'Registration', items: [{ date: '2016', title: 'Professional Engineer (Pr Eng), Engineering Council of South Africa, No. 20165551' }, { date: '2013', title: 'Member, South African Institution of Civil Engineering (SAICE)' }] }],
  layout: {
    columns: 1,
    notes:
      'DOCX, Word table template. Name (26 pt) and label paragraphs, then a shaded 1 × 3 table: location | phone | e-mail. Each section: a bold coloured heading paragraph with a bottom border, then a borderless table of two columns (2000 + 7360 twips): the left cell holds the dates ("Feb 2019 – Present", "Jan 2015 – Jan 2019") or a year, the right cell the entry: bold title, italic "Company, City", and bullets from numbering.xml. Education rows: years in the left cell, degree and university in the right. Registration rows: year | registration. Software: one row, the left cell "Tools", the right cell a comma list (skills).',
  },
};

const W = [2000, 7360];
const h = (t) => ({ raw: para([{ text: t, bold: true, size: 13, color: '385623' }], { border: 'bottom', borderColor: '385623', before: 14, after: 6, keepNext: true }) });

export function render(r) {
  const b = r.basics;
  const body = [
    { raw: para([{ text: b.name, size: 26, color: '385623' }], { after: 0 }) },
    { raw: para([{ text: b.label, size: 13, color: '595959' }], { after: 8 }) },
    { raw: table([3120, 3120, 3120], [[b.location, b.phone, b.email].map((t) => para([{ text: t, size: 10 }], { align: 'center', after: 0 }))], { shade: ['E2EFDA', 'E2EFDA', 'E2EFDA'] }) },
    h('Profile'),
    { raw: table(W, [['', para([b.summary], { after: 0 })]]) },
    h('Experience'),
  ];
  const rows = r.work.map((w) => [
    para([{ text: printRange(w), size: 10, color: '595959' }], { after: 0 }),
    [
      para([{ text: w.position, bold: true }], { after: 0 }),
      para([{ text: `${w.name}, ${w.location}`, italic: true }], { after: 2 }),
      ...w.highlights.map((t) => para([t], { style: 'ListParagraph', numId: 1, after: 0 })),
      para([''], { after: 4 }),
    ].join(''),
  ]);
  body.push({ raw: table(W, rows) });
  body.push(h('Education'));
  body.push({ raw: table(W, r.education.map((e) => [para([{ text: `${e.startDate} – ${e.endDate}`, size: 10, color: '595959' }], { after: 0 }), para([{ text: e._degree, bold: true }], { after: 0 }) + para([{ text: e.institution, italic: true }], { after: 6 })])) });
  body.push(h('Registration'));
  body.push({ raw: table(W, r.otherSections[0].items.map((x) => [para([{ text: x.date, size: 10, color: '595959' }], { after: 0 }), para([x.title], { after: 4 })])) });
  body.push(h('Software'));
  body.push({ raw: table(W, [[para([{ text: 'Tools', size: 10, color: '595959' }], { after: 0 }), para([r.skills.join(', ')], { after: 0 })]]) });
  return buildDocx({ title: 'Thabo Mokoena CV', creator: 'Thabo Mokoena', body });
}
