// 9. A home-made Word CV from a UK retail manager: the name and a centred contact line, headings in a custom
// paragraph style with Word small capitals (stored in mixed case) and a bottom border, Key Skills typed as a
// three-column grid with literal "•" characters and tab stops, roles as "Title | Company" in bold with
// "City | Oct 2019 – Present" in italics below, Courier New "o" bullets from numbering.xml, and an
// Additional Information section. A store manager in Glasgow.
import { numberingXml, packDocx, para, sectPr } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Callum McLeod',
    label: 'Retail Store Manager',
    email: 'callum.mcleod@example.co.uk',
    phone: '07700 900451',
    location: 'Glasgow G12',
    summary:
      'Commercially minded store manager with twelve years in fashion and homeware retail, from sales assistant to running a £5.2M flagship. I grow sales through good people, tidy stock rooms and a shop floor that customers enjoy.',
  },
  work: [
    {
      position: 'Store Manager',
      name: 'Thistle & Co. Home',
      location: 'Glasgow',
      startDate: '2019-10',
      highlights: [
        'Lead a team of 34 in a £5.2M flagship; like-for-like sales up 9% in 2023 against a regional 2%',
        'Cut stock loss from 2.1% to 1.2% of sales with weekly cycle counts and a new receiving routine',
        'Developed three supervisors into assistant manager roles across the region',
      ],
    },
    {
      position: 'Assistant Store Manager',
      name: 'Northbank Fashion',
      location: 'Edinburgh',
      startDate: '2015-03',
      endDate: '2019-09',
      highlights: [
        'Ran the store in the manager’s absence, including rotas for 22 staff and weekly trading reports',
        'Led two store refits on time while keeping the shop open',
      ],
    },
    {
      position: 'Sales Supervisor',
      name: 'Northbank Fashion',
      location: 'Edinburgh',
      startDate: '2012-06',
      endDate: '2015-02',
      highlights: ['Opened and closed the store and trained new sales assistants on tills and service'],
    },
  ],
  education: [
    { institution: 'Glasgow Clyde College', studyType: 'HNC', area: 'Retail Management', startDate: '2010', endDate: '2012' },
  ],
  skills: ['Visual merchandising', 'Stock control', 'Team leadership', 'KPI reporting', 'Recruitment & training', 'Customer service', 'Loss prevention', 'Rota planning', 'Health & safety'],
  sections: ['Personal Profile', 'Key Skills', 'Career History', 'Education & Training', 'Additional Information'],
  otherSections: [
    { heading: 'Education & Training', items: ['IOSH Managing Safely (2021)', 'Mental Health First Aider (2022)'] },
    { heading: 'Additional Information', items: ['Full UK driving licence', 'Interests: hill walking, five-a-side football and volunteering at a food bank'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, A4, Arial 10.5, direct formatting as a home-made Word CV. Name centred (20 pt bold), the label centred, then a centred contact line "Glasgow G12 | phone | e-mail". Headings use a custom paragraph style "CVHeading" with Word small capitals (w:smallCaps; the text is stored in mixed case, e.g. "Key Skills"), bold dark red and a bottom border. Key Skills: three paragraphs, each "• a⇥• b⇥• c" with literal bullet characters and left tab stops at 3.3 and 6.6 inches: a 3 × 3 grid. Roles: "Title | Company" in bold, then "City | Oct 2019 – Present" in italics (current: no endDate); Northbank Fashion holds two roles printed separately. Bullets: Courier New "o" from numbering.xml. Education & Training: "HNC Retail Management — Glasgow Clyde College, 2010 – 2012" then two course lines. Additional Information: two lines.',
  },
};

const RED = '8B1E2D';
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const D = (iso) => (iso ? `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const b = r.basics;
  const H = (t) => para([t], { style: 'CVHeading' });
  const out = [
    para([{ text: b.name, bold: true, size: 20 }], { align: 'center', after: 0 }),
    para([{ text: b.label, size: 12, color: RED }], { align: 'center', after: 2 }),
    para([`${b.location}  |  ${b.phone}  |  ${b.email}`], { align: 'center', after: 6 }),
    H('Personal Profile'),
    para([b.summary]),
    H('Key Skills'),
  ];
  for (let i = 0; i < r.skills.length; i += 3) {
    out.push(para([r.skills.slice(i, i + 3).map((s) => `• ${s}`).join('\t')], { tabs: [['left', 3402], ['left', 6804]], after: 0 }));
  }
  out.push(H('Career History'));
  for (const w of r.work) {
    out.push(para([{ text: `${w.position} | ${w.name}`, bold: true }], { after: 0, keepNext: true }));
    out.push(para([{ text: `${w.location} | ${D(w.startDate)} – ${D(w.endDate)}`, italic: true, color: '595959' }], { after: 2, keepNext: true }));
    for (const h of w.highlights) out.push(para([h], { numId: 4, after: 0 }));
    out.push(para([], { after: 0 }));
  }
  out.push(H('Education & Training'));
  for (const e of r.education) out.push(para([{ text: `${e.studyType} ${e.area}`, bold: true }, ` — ${e.institution}, ${e.startDate} – ${e.endDate}`], { after: 2 }));
  for (const t of r.otherSections[0].items) out.push(para([t], { after: 0 }));
  out.push(H('Additional Information'));
  for (const t of r.otherSections[1].items) out.push(para([t], { after: 0 }));
  const styles = `<w:style w:type="paragraph" w:customStyle="1" w:styleId="CVHeading"><w:name w:val="CV Heading"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="${RED}"/></w:pBdr><w:spacing w:before="200" w:after="100"/></w:pPr><w:rPr><w:b/><w:bCs/><w:smallCaps/><w:color w:val="${RED}"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>`;
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ a4: true, margins: [1020, 1134, 1020, 1134] }),
    styles,
    numbering: numberingXml([{ id: 4, char: 'o', font: 'Courier New', left: 567, hanging: 283 }]),
    title: 'CV - Callum McLeod',
    creator: 'Callum',
    font: 'Arial',
    size: 10.5,
  });
}
