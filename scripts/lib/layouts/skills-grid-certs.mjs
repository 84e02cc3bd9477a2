// 12 and 13. A skills section laid out as a 3-column grid of plain keywords, and a certifications section
// with issuer and year; roles as "Title, Company, City<TAB>dates". One résumé, two files: a Word PDF export
// where the grid is three columns of text at fixed x (render, case 12), and the DOCX where it is a borderless
// 3 × 4 table and headings use a custom paragraph style "SectionTitle" rather than Heading 1 (renderDocx,
// case 13). A facilities maintenance technician in Auckland.
import { buildDocx } from '../docx-writer.mjs';
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { layoutTable, para } from './docx-kit.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Aroha Ngata',
    label: 'Facilities Maintenance Technician',
    email: 'aroha.ngata@example.co.nz',
    phone: '+64 21 555 0192',
    location: 'Auckland, New Zealand',
    summary:
      'Registered electrician and maintenance technician with eleven years keeping hospitals, schools and offices running. I plan preventive maintenance, fault-find electrical and HVAC systems, and work safely around patients, students and the public.',
  },
  work: [
    {
      name: 'Harbourview Medical Centre',
      location: 'Auckland',
      position: 'Facilities Maintenance Technician',
      startDate: '2019-02',
      highlights: [
        'Maintain electrical, HVAC and medical-gas alarm systems for a 220-bed hospital campus',
        'Cut reactive work orders by 30% by rebuilding the preventive maintenance schedule in Maximo',
        'Lead contractors during after-hours shutdowns and sign off isolation permits',
      ],
    },
    {
      name: 'Tāmaki Education Trust',
      location: 'Auckland',
      position: 'Maintenance Electrician',
      startDate: '2015-07',
      endDate: '2019-01',
      highlights: [
        'Serviced lighting, switchboards and heat pumps across nine school sites',
        'Tested and tagged 4,000 portable appliances a year to AS/NZS 3760',
      ],
    },
    {
      name: 'Kauri Electrical Ltd',
      location: 'Hamilton',
      position: 'Apprentice Electrician',
      startDate: '2012-01',
      endDate: '2015-06',
      highlights: ['Installed commercial wiring, cable trays and distribution boards for fit-out projects'],
    },
  ],
  education: [
    { institution: 'Manukau Institute of Technology', studyType: 'Diploma', area: 'Electrical Engineering', startDate: '2012', endDate: '2014', _degree: 'Diploma in Electrical Engineering (Level 6)' },
  ],
  skills: [
    'Preventive Maintenance', 'HVAC Systems', 'PLC Troubleshooting',
    'Electrical Testing', 'Switchboard Maintenance', 'Motor Controls',
    'Building Management Systems', 'IBM Maximo', 'Fire Alarm Systems',
    'Test and Tag', 'Blueprint Reading', 'Health and Safety Compliance',
  ],
  sections: ['PROFILE', 'CORE SKILLS', 'EXPERIENCE', 'CERTIFICATIONS', 'EDUCATION'],
  otherSections: [
    {
      heading: 'CERTIFICATIONS',
      items: [
        { title: 'Registered Electrician (EW 205551)', issuer: 'Electrical Workers Registration Board', date: '2015' },
        { title: 'Site Safe Passport', issuer: 'Site Safe New Zealand', date: '2023' },
        { title: 'Refrigerant Handling Certificate', issuer: 'Refrigerant License Trust Board', date: '2020' },
        { title: 'First Aid Level 2', issuer: 'St John', date: '2024' },
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF (case 12, Word export look, A4, 1 page): name, bold label, "City | phone | e-mail" line; letter-spaced blue capital headings with a rule; CORE SKILLS drawn as 3 columns × 4 rows of single keywords at x = 56, 217, 378 (gaps between cells as small as ~10 pt); U+F0B7 bullets. DOCX (case 13): the same content; name in the Title style; headings use a custom paragraph style "SectionTitle" (bold capitals, coloured, bottom border; not an outline level); CORE SKILLS is a borderless 3 × 4 table (read row by row in document order). Roles: bold "Title, Company, City<TAB>dates", bullets from numbering.xml. CERTIFICATIONS: bullets "Title — Issuer, Year". City-only work locations (no country). Macrons (Tāmaki) in UTF-8.',
  },
};

const STYLE = '<w:style w:type="paragraph" w:customStyle="1" w:styleId="SectionTitle"><w:name w:val="Section Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="2E74B5"/></w:pBdr><w:spacing w:before="240" w:after="80"/></w:pPr><w:rPr><w:b/><w:caps/><w:color w:val="2E74B5"/><w:spacing w:val="20"/><w:sz w:val="24"/></w:rPr></w:style>';
const TAB = '<w:tabs><w:tab w:val="right" w:pos="9360"/></w:tabs>';

export function renderDocx(r) {
  const b = r.basics;
  const body = [
    { p: b.name, style: 'Title' },
    { p: [{ text: b.label, size: 13, bold: true }] },
    { p: [`${b.location}  |  ${b.phone}  |  `, { link: `mailto:${b.email}`, text: b.email }] },
    { p: 'PROFILE', style: 'SectionTitle' },
    b.summary,
    { p: 'CORE SKILLS', style: 'SectionTitle' },
  ];
  const rows = [];
  for (let i = 0; i < r.skills.length; i += 3) rows.push(r.skills.slice(i, i + 3).map((k) => para([k], { after: 2 })));
  body.push({ raw: layoutTable([3120, 3120, 3120], rows) });
  body.push({ p: 'EXPERIENCE', style: 'SectionTitle' });
  for (const w of r.work) {
    body.push({ raw: para([{ text: `${w.position}, ${w.name}, ${w.location}\t${printRange(w)}`, bold: true }], { rightTab: 9360, before: 6 }) });
    for (const h of w.highlights) body.push({ p: h, style: 'ListParagraph', list: 'bullet' });
  }
  body.push({ p: 'CERTIFICATIONS', style: 'SectionTitle' });
  for (const c of r.otherSections[0].items) body.push({ p: [{ text: c.title, bold: true }, ` — ${c.issuer}, ${c.date}`], style: 'ListParagraph', list: 'bullet' });
  body.push({ p: 'EDUCATION', style: 'SectionTitle' });
  for (const e of r.education) {
    body.push({ p: [{ text: `${e._degree}\t${printRange(e)}`, bold: true }], pPr: TAB });
    body.push({ p: [{ text: e.institution, italic: true }] });
  }
  return buildDocx({ title: 'CV - Aroha Ngata', creator: 'Aroha Ngata', styles: STYLE, body });
}

/** The same page as a Word PDF export: A4, the skills grid as three columns of plain text at fixed x. */
export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'CV - Aroha Ngata', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', compress: true });
  const p = doc.page();
  const b = r.basics;
  const BLUE = [0.18, 0.45, 0.71];
  const c = new Cursor({ page: p, left: 56, right: 539, y: 48, style: { size: 10.5, color: 0.1, lead: 14 } });
  c.text(b.name, { size: 26, lead: 32 });
  c.text(b.label, { font: 'Helvetica-Bold', size: 12.5, lead: 17 });
  c.text(`${b.location}  |  ${b.phone}  |  ${b.email}`, { size: 10, lead: 14 });
  const heading = (t) => {
    c.space(12).text(t, { font: 'Helvetica-Bold', size: 12, charSpacing: 1, color: BLUE, lead: 14 });
    c.rule({ dy: 1.5, color: BLUE, width: 1 }).space(6);
  };
  heading('PROFILE');
  c.wrap(b.summary);
  heading('CORE SKILLS');
  const colX = [0, 161, 322];
  for (let i = 0; i < r.skills.length; i += 3) {
    r.skills.slice(i, i + 3).forEach((k, j) => p.text(c.left + colX[j], c.y, k, { size: 10.5, color: 0.1 }));
    c.space(15);
  }
  heading('EXPERIENCE');
  for (const w of r.work) {
    c.space(3).row([{ text: `${w.position}, ${w.name}, ${w.location}`, font: 'Helvetica-Bold' }], printRange(w), { lead: 15 }, { font: 'Helvetica-Bold' });
    for (const h of w.highlights) c.bullet(h, { glyph: '\uF0B7', glyphIndent: 18, textIndent: 36 });
  }
  heading('CERTIFICATIONS');
  for (const x of r.otherSections[0].items) c.bullet(`${x.title} — ${x.issuer}, ${x.date}`, { glyph: '\uF0B7', glyphIndent: 18, textIndent: 36 });
  heading('EDUCATION');
  for (const e of r.education) {
    c.row([{ text: e._degree, font: 'Helvetica-Bold' }], printRange(e), {}, { font: 'Helvetica-Bold' });
    c.text(e.institution, { font: 'Helvetica-Oblique' });
  }
  return doc.toBytes();
}
