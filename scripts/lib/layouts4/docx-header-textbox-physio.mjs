// 6. A Word résumé whose contact details live only in a floating TEXT BOX anchored in the page header (top
// right); the name and label are the first body paragraphs. Section headings are shaded bars (paragraph
// shading, white bold capitals), roles are a bold title with year-only dates on a right tab ("2021 – present")
// and the employer and suburb in italics below, Symbol-font bullets from numbering.xml, skills as one comma
// list, "Referees available on request". A physiotherapist in Brisbane.
import { numberingXml, packDocx, para, sectPr, textboxRun } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Jessica Nguyen',
    label: 'Senior Musculoskeletal Physiotherapist',
    email: 'jess.nguyen.physio@example.com',
    phone: '0491 555 276',
    location: 'Paddington QLD 4064',
    summary:
      'AHPRA-registered physiotherapist with eight years in private practice and hospital outpatients. Special interest in persistent pain, running injuries and return-to-work programs. Calm, evidence-based and good at getting people to do their exercises.',
  },
  work: [
    {
      position: 'Senior Physiotherapist',
      name: 'Riverbend Physio & Pilates',
      location: 'Milton QLD',
      startDate: '2021',
      highlights: [
        'Manage a caseload of 45–55 patients a week, mainly spinal, shoulder and running injuries',
        'Supervise four graduate physiotherapists and run the fortnightly in-service program',
        'Set up the clinic’s return-to-work program with two local employers and WorkCover Queensland',
      ],
    },
    {
      position: 'Physiotherapist',
      name: 'Sunnybank Community Hospital — Outpatients',
      location: 'Sunnybank QLD',
      startDate: '2017',
      endDate: '2021',
      highlights: [
        'Assessed and treated outpatients after orthopaedic surgery, including hip and knee replacements',
        'Ran the weekly hydrotherapy and falls-prevention classes',
      ],
    },
  ],
  education: [
    { institution: 'The University of Queensland', studyType: 'Bachelor of Physiotherapy (Honours)', startDate: '2013', endDate: '2016' },
  ],
  skills: ['Musculoskeletal assessment', 'Dry needling', 'Clinical Pilates', 'Exercise prescription', 'Hydrotherapy', 'Return-to-work planning', 'Cliniko', 'Physitrack'],
  sections: ['Profile', 'Professional Experience', 'Education', 'Registration & Certifications', 'Skills', 'Referees'],
  otherSections: [
    { heading: 'Registration & Certifications', items: ['General registration, Physiotherapy Board of Australia (AHPRA)', 'Dry Needling Level 2 (2019)', 'APPI Clinical Pilates Mat & Equipment (2018)', 'Senior First Aid & CPR (current)'] },
    { heading: 'Referees', items: ['Available on request'] },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, A4, Calibri 10.5. The page header holds one paragraph that anchors a floating text box (DrawingML wps:txbx in mc:AlternateContent with a VML fallback, as Word saves it) positioned at the top right of the margin area; the box holds the phone, e-mail and suburb on three right-aligned lines. Nothing else is in the header; the body starts with the name (28 pt) and the label. Section headings are paragraphs with a dark blue shading and white bold capital text (the capitals are typed). Roles: bold title with year-only dates on a right tab ("2021 – present": current, no endDate; "2017 – 2021"), then "Employer, Suburb QLD" in italics; bullets are the Symbol-font F0B7 glyph from numbering.xml. Education: one line "Bachelor of Physiotherapy (Honours) — The University of Queensland, 2013 – 2016" (studyType only, no separate area). Registration & Certifications: bullets. Skills: one comma-separated paragraph. Referees: "Available on request".',
  },
};

const BLUE = '1F4E79';

export function render(r) {
  const b = r.basics;
  const H = (t) => para([{ text: t.toUpperCase(), bold: true, color: 'FFFFFF', size: 11, spacing: 0.5 }], { shade: BLUE, before: 10, after: 4, keepNext: true, ind: 0 });
  const out = [
    para([{ text: b.name, size: 28, bold: true, color: BLUE }], { after: 0 }),
    para([{ text: b.label, size: 13, color: '595959' }], { after: 8 }),
    H('Profile'),
    para([b.summary]),
    H('Professional Experience'),
  ];
  for (const w of r.work) {
    out.push(para([{ text: w.position, bold: true }, `\t${w.startDate} – ${w.endDate ?? 'present'}`], { tabs: [['right', 9638]], after: 0, keepNext: true }));
    out.push(para([{ text: `${w.name}, ${w.location}`, italic: true }], { after: 2, keepNext: true }));
    for (const h of w.highlights) out.push(para([h], { numId: 7, after: 0 }));
    out.push(para([], { after: 0 }));
  }
  out.push(H('Education'));
  for (const e of r.education) out.push(para([{ text: e.studyType, bold: true }, ` — ${e.institution}, ${e.startDate} – ${e.endDate}`]));
  out.push(H('Registration & Certifications'));
  for (const t of r.otherSections[0].items) out.push(para([t], { numId: 7, after: 0 }));
  out.push(H('Skills'));
  out.push(para([r.skills.join(', ')]));
  out.push(H('Referees'));
  out.push(para([r.otherSections[1].items[0]]));
  const box = [b.phone, b.email, b.location].map((t) => para([{ text: t, size: 10, color: '404040' }], { align: 'right', after: 0 })).join('');
  const header = para([textboxRun(box, { id: 1, x: 300, y: -6, w: 182, h: 54 })], { style: 'Header' });
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ a4: true, margins: [1134, 1134, 1134, 1134], headers: { default: 'rId10' } }),
    headers: { rId10: header },
    numbering: numberingXml([{ id: 7, char: '\uf0b7', font: 'Symbol', left: 360, hanging: 270 }]),
    title: 'Resume',
    creator: 'Jessica Nguyen',
    size: 10.5,
  });
}
