// 6. A Google Docs "Coral"-template resume exported to PDF: the name with post-nominal credentials
// ("Maria L. Santos, BSN, RN"), the address, phone and e-mail stacked at the top left, coral headings, entries
// as "Company, City, ST — Title" (company bold) with the dates on their own line in small grey capitals
// ("JULY 2023 - PRESENT"). A new-graduate nurse with licences and a Clinical Rotations section whose units,
// hospitals, hours and semesters are not jobs. Houston, Texas.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Maria L. Santos',
    email: 'maria.santos@example.com',
    phone: '(713) 555-0186',
    location: '4120 Example Avenue, Houston, TX 77004',
  },
  work: [
    {
      name: 'Bayou Regional Medical Center',
      location: 'Houston, TX',
      position: 'Registered Nurse, Medical-Surgical Unit',
      startDate: '2023-07',
      _dates: 'JULY 2023 - PRESENT',
      highlights: [
        'Provide care for 5–6 adult patients per shift on a 36-bed med-surg and telemetry unit',
        'Administer IV medications and blood products and monitor cardiac rhythms',
        'Unit super-user for the Epic Rover barcode medication scanning go-live',
      ],
    },
    {
      name: 'Gulf Coast Home Health',
      location: 'Pasadena, TX',
      position: 'Patient Care Technician',
      startDate: '2021-05',
      endDate: '2023-06',
      _dates: 'MAY 2021 - JUNE 2023',
      highlights: ['Assisted with ADLs, vital signs and wound checks for home-care clients while completing nursing school (24 hrs/week)'],
    },
  ],
  education: [
    { institution: 'University of Houston', location: 'Houston, TX', studyType: 'Bachelor of Science', area: 'Nursing', startDate: '2019-08', endDate: '2023-05', _dates: 'AUGUST 2019 - MAY 2023', _line: 'Bachelor of Science in Nursing', _note: 'GPA 3.78 · Magna Cum Laude · Sigma Theta Tau International Honor Society' },
  ],
  skills: ['Epic EHR', 'Telemetry monitoring', 'IV therapy', 'Wound care', 'Patient education', 'Bilingual English/Spanish'],
  sections: ['LICENSURE & CERTIFICATIONS', 'EXPERIENCE', 'CLINICAL ROTATIONS', 'EDUCATION', 'SKILLS'],
  otherSections: [
    {
      heading: 'LICENSURE & CERTIFICATIONS',
      items: ['Registered Nurse, Texas Board of Nursing — License #955123, expires 10/2025', 'Basic Life Support (BLS) and ACLS, American Heart Association — valid through 03/2026', 'NIH Stroke Scale Certification, 2024'],
    },
    {
      heading: 'CLINICAL ROTATIONS',
      items: [
        { title: 'Capstone Preceptorship, Cardiac Step-Down', location: 'Lakewood Methodist Hospital', hours: '180 hours', date: 'Spring 2023' },
        { title: 'Pediatrics', location: 'Bayou Children’s Hospital', hours: '90 hours', date: 'Fall 2022' },
        { title: 'Labor & Delivery', location: 'Harbor Women’s Center', hours: '90 hours', date: 'Fall 2022' },
        { title: 'Behavioral Health', location: 'Cypress Creek Behavioral Hospital', hours: '60 hours', date: 'Spring 2022' },
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Helvetica (Google Docs "Coral" template exported as PDF). The name line prints post-nominal credentials ("Maria L. Santos, BSN, RN"); the key holds the name alone. Address (two lines: street / "Houston, TX 77004"; the key joins them), phone and e-mail stacked at the top left under the name, no label. Headings coral, bold 11 pt capitals. Entries: "Company, City, ST — Title" with the company in bold and the title in italics, then the dates alone on the next line in small grey letter-spaced capitals ("JULY 2023 - PRESENT": current, no endDate; "MAY 2021 - JUNE 2023"), then "•" bullets. CLINICAL ROTATIONS are student placements, not jobs: each is one line "Unit — Hospital, 90 hours" with the semester ("Fall 2022") at the right. The licence line carries an expiry date and number. Education: "University of Houston, Houston, TX — Bachelor of Science in Nursing", then "AUGUST 2019 - MAY 2023". Skills one line joined by " · ".',
  },
};

const CORAL = [0.9, 0.36, 0.27];

export function render(r) {
  const doc = new PdfDoc({ title: 'Maria Santos RN Resume', producer: 'Skia/PDF m121 Google Docs Renderer', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 72, right: 540, y: 50, style: { size: 9.8, color: 0.26, lead: 13 } });
  c.text(`${b.name}, BSN, RN`, { font: 'Helvetica-Bold', size: 24, color: 0.1, lead: 32 });
  for (const t of ['4120 Example Avenue', 'Houston, TX 77004', b.phone, b.email]) c.text(t, { size: 9.5, color: 0.4, lead: 12 });
  const heading = (t) => c.space(14).text(t, { font: 'Helvetica-Bold', size: 11, color: CORAL, charSpacing: 0.5, lead: 17 });
  const entry = (company, place, title, dates) => {
    c.runs([{ text: `${company}, `, font: 'Helvetica-Bold', color: 0.1 }, { text: `${place} — `, color: 0.1 }, { text: title, font: 'Helvetica-Oblique', color: 0.1 }], { size: 10.5, lead: 14 });
    c.text(dates, { size: 8, color: 0.5, charSpacing: 0.7, lead: 13 });
  };
  heading('LICENSURE & CERTIFICATIONS');
  for (const t of itemsOf(r, 'LICENSURE & CERTIFICATIONS')) c.bullet(t, { glyph: '•', glyphIndent: 4, textIndent: 16 });
  heading('EXPERIENCE');
  for (const w of r.work) {
    entry(w.name, w.location, w.position, w._dates);
    for (const h of w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 4, textIndent: 16 });
    c.space(8);
  }
  heading('CLINICAL ROTATIONS');
  for (const o of itemsOf(r, 'CLINICAL ROTATIONS')) c.row([{ text: o.title, font: 'Helvetica-Bold', color: 0.1 }, ` — ${o.location}, ${o.hours}`], o.date, {}, { color: 0.45 });
  heading('EDUCATION');
  for (const e of r.education) {
    entry(e.institution, e.location, e._line, e._dates);
    c.text(e._note);
  }
  heading('SKILLS');
  c.wrap(r.skills.join('  ·  '));
  return doc.toBytes();
}
