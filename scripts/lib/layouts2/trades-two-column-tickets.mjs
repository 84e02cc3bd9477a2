// 12. A trades résumé: all-capital headings with a rule below; each role a pair of lines ("TITLE — Company"
// with "City, AB" at the right, then the years and a site note in italics, "2019 – Current"); "■" bullets; a
// TICKETS & CERTIFICATIONS list set in two side-by-side columns; Canadian phone and province. A journeyperson
// electrician in Edmonton.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Dale Whitford',
    label: 'Red Seal Journeyperson Electrician',
    email: 'dale.whitford@example.ca',
    phone: '(780) 555-0161',
    location: 'Edmonton, AB',
    summary:
      'Red Seal construction electrician with thirteen years on commercial, institutional and oil-sands industrial sites. Safe, tidy and quick at troubleshooting motor controls and fire-alarm systems. Valid Class 5 licence, clean abstract and own hand tools.',
  },
  work: [
    {
      position: 'JOURNEYPERSON ELECTRICIAN',
      name: 'Northern Lights Electric Ltd.',
      location: 'Edmonton, AB',
      startDate: '2019',
      _note: 'Commercial and institutional service',
      highlights: [
        'Lead hand on tenant improvements and school retrofits, directing two apprentices per job',
        'Install and terminate panels, feeders, lighting controls and fire-alarm devices to the CEC',
        'Troubleshoot motor starters, VFDs and rooftop-unit controls on service calls',
      ],
    },
    {
      position: 'JOURNEYPERSON ELECTRICIAN',
      name: 'Tamarack Industrial Services',
      location: 'Fort McMurray, AB',
      startDate: '2015',
      endDate: '2019',
      _note: 'Oil-sands maintenance shutdowns, 14 on / 7 off rotation',
      highlights: [
        'Maintained 600 V MCCs, heat trace and instrumentation wiring during plant turnarounds',
        'Bent and installed rigid and EMT conduit runs up to 4 inch on pipe racks',
        'Zero recordable incidents across four years of shutdown work',
      ],
    },
    {
      position: 'APPRENTICE ELECTRICIAN',
      name: 'Northern Lights Electric Ltd.',
      location: 'Edmonton, AB',
      startDate: '2011',
      endDate: '2015',
      _note: 'Four-period apprenticeship',
      highlights: ['Rough-in and finish on multi-family residential and light commercial projects'],
    },
  ],
  education: [
    { institution: 'NAIT', studyType: 'Electrician Apprenticeship', area: 'Technical Training, Periods 1–4', startDate: '2011', endDate: '2015', _degree: 'Electrician Apprenticeship Technical Training, Periods 1–4' },
  ],
  skills: ['Conduit bending', 'Motor controls', 'VFDs', 'PLC troubleshooting (Allen-Bradley)', 'Fire-alarm systems', 'Blueprint reading', 'Canadian Electrical Code'],
  sections: ['SUMMARY', 'WORK HISTORY', 'TICKETS & CERTIFICATIONS', 'TRAINING', 'SKILLS'],
  otherSections: [
    {
      heading: 'TICKETS & CERTIFICATIONS',
      items: [
        'Red Seal Construction Electrician (309A)',
        'Alberta Journeyperson Certificate',
        'CSTS-2020',
        'H2S Alive (Energy Safety Canada)',
        'Fall Protection',
        'Confined Space Entry',
        'WHMIS 2015',
        'Standard First Aid / CPR-C',
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, Helvetica. Name left (24 pt bold) with the label under it; phone, e-mail and city right-aligned on three lines at the top right. Capital headings (bold 11.5 pt) with a full-width 1 pt rule below. Each role is a line pair: bold "TITLE — Company" (title in capitals, company in regular case: the key keeps the printed capitals) with "City, AB" right-aligned, then an italic line "2019 – Current  ·  site note"; "■" (U+25A0, small) bullets. TICKETS & CERTIFICATIONS is set as two columns of four lines each (left column x = 50, right column x = 306), read row by row by a text extractor. TRAINING holds the apprenticeship school (education). Skills joined with " / ".',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Dale Whitford Resume', author: 'Dale', creator: 'Microsoft® Word 2013', producer: 'Microsoft® Word 2013', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 50, R = 562;
  p.text(L, 40, b.name, { font: 'Helvetica-Bold', size: 24 });
  p.text(L, 68, b.label, { font: 'Helvetica', size: 11.5, color: 0.3 });
  [b.phone, b.email, b.location].forEach((t, i) => p.text(R, 42 + i * 13, t, { size: 10, align: 'right' }));
  const c = new Cursor({ page: p, left: L, right: R, y: 92, style: { size: 9.8, color: 0.1, lead: 12.8 } });
  const heading = (t) => {
    c.space(9).text(t, { font: 'Helvetica-Bold', size: 11.5, lead: 13 });
    c.rule({ dy: 1, width: 1, color: 0.1 }).space(6);
  };
  heading('SUMMARY');
  c.wrap(b.summary);
  heading('WORK HISTORY');
  for (const w of r.work) {
    c.row([{ text: w.position, font: 'Helvetica-Bold' }, ` — ${w.name}`], w.location, { size: 10.3, lead: 13 });
    c.text(`${w.startDate} – ${w.endDate ?? 'Current'}  ·  ${w._note}`, { font: 'Helvetica-Oblique', color: 0.35, lead: 14 });
    for (const h of w.highlights) c.bullet(h, { glyph: '\u25A0', glyphIndent: 6, textIndent: 18, glyphOpts: { size: 6 } });
    c.space(6);
  }
  heading('TICKETS & CERTIFICATIONS');
  const t = r.otherSections[0].items;
  for (let i = 0; i < 4; i++) {
    p.text(L + 6, c.y, `\u25A0`, { size: 6, color: 0.1 });
    p.text(L + 18, c.y, t[i], { size: 9.8, color: 0.1 });
    p.text(306 + 6, c.y, `\u25A0`, { size: 6, color: 0.1 });
    p.text(306 + 18, c.y, t[i + 4], { size: 9.8, color: 0.1 });
    c.space(13.5);
  }
  heading('TRAINING');
  for (const e of r.education) c.row([{ text: e._degree, font: 'Helvetica-Bold' }, ` — ${e.institution}, Edmonton`], `${e.startDate} – ${e.endDate}`);
  heading('SKILLS');
  c.wrap(r.skills.join(' / '));
  return doc.toBytes();
}
