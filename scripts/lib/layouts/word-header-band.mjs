// 1. A Word résumé saved as PDF: name and contact details in the page header band (repeated on page 2, as a
// Word header is), "Company — City, ST" lines, then "Title<TAB>Jan 2019 – Present" with the date at a right
// tab, "•" bullets. A registered nurse in Ohio.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Danielle R. Whitaker',
    label: 'Registered Nurse, BSN',
    email: 'danielle.whitaker@example.com',
    phone: '(614) 555-0172',
    location: 'Columbus, OH 43215',
    summary:
      'Compassionate registered nurse with twelve years of bedside experience in cardiac step-down, medical-surgical, long-term care and clinic settings. Known for calm patient education, accurate telemetry monitoring and mentoring new graduate nurses through their first year on the floor.',
  },
  work: [
    {
      name: 'Scioto Valley Medical Center',
      location: 'Columbus, OH',
      position: 'Registered Nurse, Cardiac Step-Down Unit',
      startDate: '2019-01',
      highlights: [
        'Provide care for five to six telemetry patients per shift on a 32-bed cardiac step-down unit',
        'Precept new graduate nurses; eleven preceptees completed orientation and remain on the unit',
        'Led the unit falls-prevention huddle, reducing patient falls by 38% over twelve months',
        'Serve as charge nurse two shifts per week, coordinating admissions, discharges and staffing',
      ],
    },
    {
      name: 'Mercy Ridge Community Hospital',
      location: 'Dayton, OH',
      position: 'Registered Nurse, Medical-Surgical',
      startDate: '2016-06',
      endDate: '2018-12',
      highlights: [
        'Cared for post-operative orthopedic and general surgery patients on a 40-bed unit',
        'Administered IV therapy, blood products and patient-controlled analgesia per protocol',
        'Member of the unit practice council that rewrote the discharge teaching checklist',
      ],
    },
    {
      name: 'Brookhaven Senior Living',
      location: 'Dayton, OH',
      position: 'Licensed Practical Nurse',
      startDate: '2013-08',
      endDate: '2016-05',
      highlights: [
        'Managed medication passes and wound care for 28 long-term care residents',
        'Updated care plans with the interdisciplinary team and communicated changes to families',
        'Trained nursing assistants on safe transfer techniques and documentation standards',
      ],
    },
    {
      name: 'Fairborn Family Health Clinic',
      location: 'Fairborn, OH',
      position: 'Certified Nursing Assistant',
      startDate: '2011-05',
      endDate: '2013-07',
      highlights: [
        'Measured vital signs, roomed patients and updated intake records for a four-physician practice',
        'Assisted with phlebotomy, EKGs and specimen collection',
      ],
    },
  ],
  education: [
    { institution: 'Wright State University', studyType: 'Bachelor of Science', area: 'Nursing', location: 'Dayton, OH', endDate: '2016-05', _degree: 'Bachelor of Science in Nursing' },
    { institution: 'Miami Valley Career Technology Center', studyType: 'Diploma', area: 'Practical Nursing', location: 'Clayton, OH', endDate: '2013', _degree: 'Practical Nursing Diploma' },
  ],
  skills: ['Telemetry monitoring', 'Patient education', 'Epic EHR', 'IV therapy', 'Wound care', 'Care planning', 'Charge nurse duties'],
  sections: ['Professional Summary', 'Professional Experience', 'Education', 'Licenses & Certifications', 'Professional Affiliations', 'Skills'],
  otherSections: [
    {
      heading: 'Licenses & Certifications',
      items: [
        'Registered Nurse, Ohio Board of Nursing',
        'Basic Life Support (BLS) and Advanced Cardiovascular Life Support (ACLS), American Heart Association',
        'Progressive Care Certified Nurse (PCCN), AACN Certification Corporation',
      ],
    },
    {
      heading: 'Professional Affiliations',
      items: ['American Association of Critical-Care Nurses, member since 2019', 'Ohio Nurses Association, member since 2016'],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'Word-style PDF, US Letter, 2 pages. Name, label and contact line sit in the page header band above a grey rule and repeat at the top of page 2 (a Word header). Company line "Company — City, ST" in bold, then "Title<TAB>Mon YYYY – Present" with the date right-aligned. "•" bullets with hanging indent. Education rows "Degree — School, City, ST<TAB>date". Skills on one line separated by " • ". Current role has no endDate in the key.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Danielle Whitaker Resume', author: 'Danielle Whitaker', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', compress: true });
  const L = 72, R = 540;
  const b = r.basics;
  const header = (page) => {
    page.text(L, 30, b.name, { font: 'Helvetica-Bold', size: 18 });
    page.text(R, 34, b.label, { font: 'Helvetica-Oblique', size: 11, color: 0.3, align: 'right' });
    page.text(L, 54, `${b.location}  |  ${b.phone}  |  ${b.email}`, { size: 9.5, color: 0.25 });
    page.line(L, 70, R, 70, { width: 1, color: 0.55 });
  };
  const first = doc.page();
  header(first);
  const c = new Cursor({
    page: first, left: L, right: R, y: 92, bottom: 730, style: { font: 'Helvetica', size: 11 },
    newPage: () => { const p = doc.page(); header(p); return { page: p, y: 92 }; },
  });
  const heading = (t) => {
    c.need(40);
    c.space(6).text(t, { font: 'Helvetica-Bold', size: 12, color: [0.12, 0.25, 0.45], lead: 14 });
    c.rule({ dy: 1, color: [0.12, 0.25, 0.45], width: 0.5 }).space(6);
  };
  heading('Professional Summary');
  c.wrap(b.summary, { lead: 15 });
  heading('Professional Experience');
  for (const w of r.work) {
    c.need(60);
    c.text(`${w.name} — ${w.location}`, { font: 'Helvetica-Bold', lead: 14 });
    c.row([{ text: w.position, font: 'Helvetica-Oblique' }], printRange(w), { lead: 15 });
    for (const h of w.highlights) c.bullet(h, { glyphIndent: 10, textIndent: 24, lead: 14.5 });
    c.space(6);
  }
  heading('Education');
  for (const e of r.education) c.row([{ text: e._degree, font: 'Helvetica-Bold' }, ` — ${e.institution}, ${e.location}`], printRange(e), { lead: 15 });
  for (const s of r.otherSections) {
    heading(s.heading);
    for (const i of s.items) c.bullet(i, { glyphIndent: 10, textIndent: 24, lead: 14.5 });
  }
  heading('Skills');
  c.wrap(r.skills.join('  •  '), { lead: 14 });
  return doc.toBytes();
}
