// 12. A Word résumé whose dates sit in a LEFT gutter made with a tab stop and a hanging indent, not a table:
// each role is one paragraph "Jun 2020 – Present⇥Operations Manager, Company — City, ST" and the next line
// holds nothing but text aligned after the gutter; bullets from numbering.xml are indented to the same
// position. Headings use a Heading 1 style with w:caps (typed in mixed case, shown in capitals) and a
// coloured bottom border; Core Competencies is one " • "-separated paragraph. An operations manager in
// Austin, Texas.
import { numberingXml, packDocx, para, sectPr } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Marcus A. Whitfield',
    label: 'Operations Manager | Fulfillment & Last-Mile Delivery',
    email: 'marcus.whitfield@example.com',
    phone: '(512) 555-0148',
    location: 'Austin, TX 78745',
    profiles: ['linkedin.com/in/marcuswhitfield-ops'],
    summary:
      'Operations leader with 12 years in e-commerce fulfillment and last-mile delivery. I run safe, high-volume sites, fix broken processes with data, and grow frontline supervisors into managers.',
  },
  work: [
    {
      position: 'Operations Manager',
      name: 'Lone Star Fulfillment Co.',
      location: 'Austin, TX',
      startDate: '2020-06',
      highlights: [
        'Run a 410,000 sq ft fulfillment center shipping 55,000 orders a day with 6 managers and 380 associates',
        'Raised on-time shipping from 94.1% to 99.2% by re-slotting fast movers and adding a second pick wave',
        'Cut recordable injuries by 38% in two years through daily safety huddles and a near-miss program',
      ],
    },
    {
      position: 'Delivery Station Manager',
      name: 'Parcelwise Logistics',
      location: 'San Antonio, TX',
      startDate: '2016-09',
      endDate: '2020-05',
      highlights: [
        'Managed a last-mile station with 14 delivery partners and 220 routes a day',
        'Launched route-density planning that lowered cost per package by 11%',
      ],
    },
    {
      position: 'Area Supervisor',
      name: 'Parcelwise Logistics',
      location: 'Dallas, TX',
      startDate: '2012-07',
      endDate: '2016-08',
      highlights: ['Supervised inbound and sort shifts of 60 associates; trained 9 new supervisors'],
    },
  ],
  education: [
    { institution: 'Texas State University', studyType: 'B.B.A.', area: 'Supply Chain Management', endDate: '2012-05' },
  ],
  skills: ['Warehouse operations', 'Last-mile delivery', 'Lean / Six Sigma', 'Labor planning', 'WMS (Manhattan)', 'OSHA compliance', 'P&L ownership', 'SQL and Excel'],
  sections: ['Summary', 'Core Competencies', 'Professional Experience', 'Education', 'Certifications'],
  otherSections: [
    { heading: 'Certifications', items: ['Lean Six Sigma Green Belt, 2019', 'OSHA 30-Hour General Industry, 2021'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, US Letter, Calibri 10.5. Name 22 pt bold, the label, then "City, ST ZIP | phone | e-mail | LinkedIn" on one line. Headings use the Heading 1 style with w:caps and a coloured bottom border: typed in mixed case ("Professional Experience"), displayed in capitals. Core Competencies: one paragraph of items separated by " • ". Experience: a date gutter made with a left indent of 1.6 in, a hanging indent and the default tab: each role is one paragraph "Jun 2020 – Present⇥Operations Manager, Lone Star Fulfillment Co. — Austin, TX" (dates in grey, title bold, company after a comma, city after an em dash; current: no endDate); the bullets (• Symbol font from numbering.xml) are indented to the same 1.6 in. Education: "May 2012⇥B.B.A., Supply Chain Management — Texas State University" (graduation date only: endDate). Certifications: gutter-aligned plain lines with the year in the text.',
  },
};

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const D = (iso) => (iso ? `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');
const GUTTER = 2304; // 1.6 in, in twips
const GREY = '7F7F7F';

export function render(r) {
  const b = r.basics;
  const H = (t) => para([t], { style: 'Heading1' });
  const gutter = (left, runs) => para([{ text: left, color: GREY, size: 9.5 }, '\t', ...runs], { ind: GUTTER, hanging: GUTTER, tabs: [['left', GUTTER]], after: 2, keepNext: true });
  const out = [
    para([{ text: b.name, bold: true, size: 22 }], { after: 0 }),
    para([{ text: b.label, size: 12, color: '2F5496' }], { after: 2 }),
    para([[b.location, b.phone, b.email, b.profiles[0]].join('  |  ')], { after: 4 }),
    H('Summary'),
    para([b.summary]),
    H('Core Competencies'),
    para([r.skills.join('  •  ')]),
    H('Professional Experience'),
  ];
  for (const w of r.work) {
    out.push(gutter(`${D(w.startDate)} – ${D(w.endDate)}`, [{ text: w.position, bold: true }, `, ${w.name} — ${w.location}`]));
    for (const h of w.highlights) out.push(para([h], { numId: 6, after: 0 }));
    out.push(para([], { after: 0 }));
  }
  out.push(H('Education'));
  for (const e of r.education) out.push(gutter(D(e.endDate), [{ text: `${e.studyType}, ${e.area}`, bold: true }, ` — ${e.institution}`]));
  out.push(H('Certifications'));
  for (const t of r.otherSections[0].items) out.push(para([t], { ind: GUTTER, after: 0 }));
  const styles = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="2F5496"/></w:pBdr><w:spacing w:before="220" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="2F5496"/><w:spacing w:val="10"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>';
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ margins: [1080, 1080, 1080, 1080] }),
    styles,
    numbering: numberingXml([{ id: 6, char: '\uf0b7', font: 'Symbol', left: GUTTER + 288, hanging: 288 }]),
    title: 'Marcus Whitfield Resume',
    creator: 'Marcus Whitfield',
    size: 10.5,
    omitStyles: ['Heading1'],
  });
}
