// 10. A Word CV whose contact details live only in the page header (town ⇥ phone ⇥ e-mail on the centre and
// right tab stops); the name is the first body paragraph. Small-capital headings from a custom style, roles
// as a bold title then "Company, Town | 2018 – present" in italics, Wingdings "▪" bullets, Irish phone.
// A supervising community pharmacist in Cork.
import { buildDocx } from '../docx-writer.mjs';
import { numberingXml, para, printRange } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Aoife Brennan',
    label: 'Supervising Pharmacist',
    email: 'aoife.brennan@example.ie',
    phone: '+353 87 555 0148',
    location: 'Ballincollig, Co. Cork',
    summary:
      'Supervising pharmacist with nine years in community and hospital pharmacy. I run a busy dispensary safely, deliver vaccination and medication-review services, and enjoy training interns and technicians.',
  },
  work: [
    {
      position: 'Supervising Pharmacist',
      name: 'Lee Valley Pharmacy',
      location: 'Ballincollig',
      startDate: '2018',
      _dates: '2018 – present',
      highlights: [
        'Supervise a team of two pharmacists, four technicians and an intern dispensing 5,500 items a month',
        'Set up a flu and COVID-19 vaccination clinic that gave 3,200 vaccinations in the 2022/23 season',
        'Lead quarterly PSI self-audits and the pharmacy’s controlled-drug procedures',
      ],
    },
    {
      position: 'Community Pharmacist',
      name: 'CarePlus Pharmacy Group',
      location: 'Limerick',
      startDate: '2015-09',
      endDate: '2018-05',
      _dates: 'Sept 2015 – May 2018',
      highlights: [
        'Dispensed and counselled patients on GMS, Drugs Payment Scheme and private prescriptions',
        'Ran the methadone programme for 24 patients with the local addiction service',
      ],
    },
    {
      position: 'Intern Pharmacist',
      name: 'South Munster General Hospital',
      location: 'Cork',
      startDate: '2014-06',
      endDate: '2015-06',
      _dates: 'June 2014 – June 2015',
      highlights: ['Completed ward rotations in oncology, paediatrics and aseptic compounding'],
    },
  ],
  education: [
    { institution: 'University College Cork', studyType: 'Master of Pharmacy', startDate: '2010', endDate: '2015', _degree: 'Master of Pharmacy (MPharm), Second Class Honours Grade I' },
  ],
  skills: ['Medication review', 'Vaccination', 'Methadone dispensing', 'Controlled-drug management', 'Touchstore dispensing software', 'Staff training'],
  sections: ['Profile', 'Professional Experience', 'Education', 'Registration & CPD', 'Skills', 'References'],
  otherSections: [
    { heading: 'Registration & CPD', items: ['Registered Pharmacist, Pharmaceutical Society of Ireland (PSI No. 555123)', 'Certificate in Vaccination and Anaphylaxis, IIOP (2021)', 'Smoking Cessation Practitioner, IIOP (2019)'] },
    { heading: 'References', items: ['Available on request'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX. The page header (default header, every page) holds one paragraph "Town, County<TAB>phone<TAB>e-mail" on the Header style\'s centre and right tabs, with a bottom border; nothing of the contact appears in the body. Body: the name in 24 pt bold, the label below. Headings use a custom paragraph style "CVHeading" (bold small capitals, no outline level). Role: bold title, then an italic paragraph "Company, Town | dates" ("2018 – present": no endDate; "Sept 2015 – May 2018"; "June 2014 – June 2015"); bullets from numbering.xml with Wingdings F0A7 (▪). Education "Degree, Honours" bold then "University College Cork | 2010 – 2015" italic. Skills as one paragraph joined by " • ".',
  },
};

const STYLES = '<w:style w:type="paragraph" w:customStyle="1" w:styleId="CVHeading"><w:name w:val="CV Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/><w:smallCaps/><w:color w:val="2F5496"/><w:sz w:val="26"/></w:rPr></w:style>';

export function render(r) {
  const b = r.basics;
  const H = (t) => ({ p: t, style: 'CVHeading' });
  const body = [
    { raw: para([{ text: b.name, bold: true, size: 24 }], { after: 0 }) },
    { raw: para([{ text: b.label, size: 12, color: '2F5496' }], { after: 6 }) },
    H('Profile'),
    b.summary,
    H('Professional Experience'),
  ];
  for (const w of r.work) {
    body.push({ raw: para([{ text: w.position, bold: true }], { before: 6, after: 0, keepNext: true }) });
    body.push({ raw: para([{ text: `${w.name}, ${w.location}  |  ${printRange(w)}`, italic: true, color: '595959' }], { after: 2, keepNext: true }) });
    for (const t of w.highlights) body.push({ raw: para([t], { numId: 30, after: 0 }) });
  }
  body.push(H('Education'));
  for (const e of r.education) {
    body.push({ raw: para([{ text: e._degree, bold: true }], { after: 0 }) });
    body.push({ raw: para([{ text: `${e.institution}  |  ${e.startDate} – ${e.endDate}`, italic: true, color: '595959' }], { after: 4 }) });
  }
  body.push(H('Registration & CPD'));
  for (const t of r.otherSections[0].items) body.push({ raw: para([t], { numId: 30, after: 0 }) });
  body.push(H('Skills'));
  body.push(r.skills.join(' • '));
  body.push(H('References'));
  body.push(r.otherSections[1].items[0]);
  return buildDocx({
    title: 'CV',
    creator: 'Aoife Brennan',
    styles: STYLES,
    parts: { 'word/numbering.xml': numberingXml([{ id: 30, char: '\uF0A7', font: 'Wingdings' }]) },
    header: [{ raw: para([{ text: `${b.location}\t${b.phone}\t${b.email}`, size: 9.5, color: '404040' }], { style: 'Header', border: 'bottom', borderColor: 'A6A6A6' }) }],
    body,
  });
}
