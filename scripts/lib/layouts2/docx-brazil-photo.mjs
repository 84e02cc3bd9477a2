// 7. A Word résumé from Brazil: a borderless header table with a photo in the left cell and the name,
// objective-style label and a full street address in the right cell; roles as "Title – Company (Mar 2021 –
// current)" with the dates in parentheses after the company; "✓" Wingdings bullets; Heading 2 sections.
// A customer service team lead in São Paulo.
import { buildDocx } from '../docx-writer.mjs';
import { numberingXml, para, printRange } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Larissa Tavares Moreira',
    label: 'Customer Service Team Lead',
    email: 'larissa.moreira@example.com.br',
    phone: '+55 (11) 95555-0123',
    location: 'Rua Augusta, 1500, apto 42 – Consolação, São Paulo – SP, 01304-001',
    summary:
      'Customer service professional with nine years in telecom and e-commerce contact centres. I lead bilingual teams, improve first-contact resolution and keep customers in the centre of every process change.',
  },
  work: [
    {
      position: 'Customer Service Team Lead',
      name: 'Atlântico Telecom',
      location: 'São Paulo, SP',
      startDate: '2021-03',
      highlights: [
        'Lead 18 agents on voice, chat and WhatsApp channels for 400,000 broadband customers',
        'Raised first-contact resolution from 68% to 81% with a new knowledge base in Zendesk',
        'Run weekly calibration sessions and coach agents on quality scores',
      ],
    },
    {
      position: 'Senior Customer Service Agent',
      name: 'Compra Certa E-commerce',
      location: 'Barueri, SP',
      startDate: '2017-08',
      endDate: '2021-02',
      highlights: [
        'Handled escalated complaints in Portuguese and Spanish for marketplace sellers and buyers',
        'Trained 30 new agents on returns, refunds and the Consumer Defence Code',
      ],
    },
    {
      position: 'Call Centre Agent',
      name: 'Conecta Atendimento Ltda.',
      location: 'São Paulo, SP',
      startDate: '2015-05',
      endDate: '2017-07',
      highlights: ['Answered 90+ inbound calls a day for a credit-card client with a 92% satisfaction score'],
    },
  ],
  education: [
    { institution: 'Universidade Presbiteriana Mackenzie', studyType: 'Bachelor’s degree', area: 'Business Administration', startDate: '2013', endDate: '2017', _degree: 'Bachelor’s degree in Business Administration' },
    { institution: 'ETEC Parque da Juventude', studyType: 'Technical Course', area: 'Customer Service and Sales', startDate: '2011', endDate: '2012', _degree: 'Technical Course in Customer Service and Sales' },
  ],
  skills: ['Zendesk', 'Salesforce Service Cloud', 'WhatsApp Business', 'Microsoft Excel', 'Complaint handling', 'Team coaching', 'Quality monitoring'],
  sections: ['PROFESSIONAL SUMMARY', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'SKILLS', 'LANGUAGES'],
  otherSections: [{ heading: 'LANGUAGES', items: ['Portuguese – native', 'Spanish – advanced', 'English – intermediate'] }],
  layout: {
    columns: 1,
    notes:
      'DOCX. A borderless 2-cell table at the top: the left cell holds an inline photo (a PNG picture), the right cell the name (bold 22 pt), the label, the street address (Brazilian format with CEP), phone and e-mail on separate paragraphs. Sections are Heading 2 paragraphs in capitals. Role lines: bold "Title – Company" followed by "(Mon YYYY – Mon YYYY)" in regular weight in the same paragraph ("current" for the present role: no endDate); an italic city line; bullets from a numbering definition with a Wingdings check mark (F0FC). Education: "Degree – School (2013 – 2017)". Skills as a single "; "-separated paragraph; languages with en dashes.',
  },
};

const STYLES = '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading2Blue"><w:name w:val="Heading 2 Blue"/><w:basedOn w:val="Heading2"/><w:next w:val="Normal"/><w:qFormat/><w:rPr><w:color w:val="1F4E79"/><w:spacing w:val="10"/></w:rPr></w:style>';

export function render(r) {
  const b = r.basics;
  const right = [
    para([{ text: b.name, bold: true, size: 22, color: '1F4E79' }], { after: 2 }),
    para([{ text: b.label, size: 13, color: '404040' }], { after: 6 }),
    para([{ text: b.location, size: 10 }], { after: 0 }),
    para([{ text: b.phone, size: 10 }], { after: 0 }),
    para([{ text: b.email, size: 10 }], { after: 0 }),
  ].join('');
  const H = (t) => ({ p: t, style: 'Heading2Blue' });
  const body = [
    // The header table goes through docx-writer's own table so that it draws the picture and its relationship.
    { table: [[[{ p: [{ image: true }] }], [{ raw: right }]]] },
    H('PROFESSIONAL SUMMARY'),
    b.summary,
    H('PROFESSIONAL EXPERIENCE'),
  ];
  for (const w of r.work) {
    body.push({ raw: para([{ text: `${w.position} – ${w.name}`, bold: true }, ` (${printRange(w, { present: 'current' })})`], { before: 8, after: 0, keepNext: true }) });
    body.push({ raw: para([{ text: w.location, italic: true, color: '595959' }], { after: 2, keepNext: true }) });
    for (const h of w.highlights) body.push({ raw: para([h], { numId: 20, after: 0 }) });
  }
  body.push(H('EDUCATION'));
  for (const e of r.education) body.push({ raw: para([{ text: e._degree, bold: true }, ` – ${e.institution} (${e.startDate} – ${e.endDate})`], { after: 4 }) });
  body.push(H('SKILLS'));
  body.push(r.skills.join('; '));
  body.push(H('LANGUAGES'));
  for (const l of r.otherSections[0].items) body.push({ raw: para([l], { numId: 20, after: 0 }) });
  return buildDocx({
    title: 'Currículo – Larissa Moreira',
    creator: 'Larissa Moreira',
    styles: STYLES,
    parts: { 'word/numbering.xml': numberingXml([{ id: 20, char: '\uF0FC', font: 'Wingdings' }]) },
    body,
  });
}
