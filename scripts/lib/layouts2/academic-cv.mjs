// 3. An academic CV over two pages: appointments, three degrees each with a thesis line, research grants,
// numbered publications in citation style, teaching, memberships and referees with their own e-mail
// addresses and phone numbers. "2021 – ongoing". Times, A4. A senior lecturer in epidemiology in Lagos.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Adaeze Ngozi Okonkwo',
    label: 'Senior Lecturer in Epidemiology',
    email: 'a.okonkwo@example.org',
    phone: '+234 803 555 0142',
    location: 'Lagos, Nigeria',
    profiles: ['orcid.org/0000-0002-1825-0097'],
  },
  work: [
    {
      position: 'Senior Lecturer',
      name: 'Lagos Metropolitan University',
      location: 'Lagos',
      startDate: '2021',
      _dates: '2021 – ongoing',
      highlights: [
        'Lead the MPH module in infectious disease epidemiology (about 60 students a year)',
        'Coordinate the department’s postgraduate admissions and research ethics reviews',
      ],
    },
    {
      position: 'Lecturer I',
      name: 'Lagos Metropolitan University',
      location: 'Lagos',
      startDate: '2017',
      endDate: '2021',
      highlights: ['Taught undergraduate biostatistics and research methods to medical students'],
    },
    {
      position: 'Research Fellow',
      name: 'West African Centre for Air Quality Research',
      location: 'Ibadan',
      startDate: '2014',
      endDate: '2017',
      highlights: [
        'Managed field data collection in 1,200 households across Oyo and Ogun States',
        'Built the cohort’s REDCap database and trained 14 field enumerators',
      ],
    },
  ],
  education: [
    {
      institution: 'University of Ibadan',
      studyType: 'PhD',
      area: 'Epidemiology',
      endDate: '2017',
      highlights: ['Thesis: “Household air pollution and childhood pneumonia in south-west Nigeria”'],
    },
    {
      institution: 'London School of Hygiene & Tropical Medicine',
      studyType: 'MSc',
      area: 'Public Health in Developing Countries',
      endDate: '2012',
      highlights: ['Dissertation: “Uptake of measles vaccination in peri-urban Lagos”'],
    },
    {
      institution: 'University of Nigeria, Nsukka',
      studyType: 'MBBS',
      endDate: '2009',
      _degree: 'MBBS (Bachelor of Medicine, Bachelor of Surgery)',
    },
  ],
  skills: ['Stata', 'R', 'REDCap', 'QGIS', 'NVivo'],
  sections: ['ACADEMIC APPOINTMENTS', 'EDUCATION', 'RESEARCH GRANTS', 'PUBLICATIONS', 'TEACHING', 'SUPERVISION', 'PROFESSIONAL MEMBERSHIPS', 'RESEARCH SOFTWARE', 'REFEREES'],
  otherSections: [
    {
      heading: 'RESEARCH GRANTS',
      items: [
        'Principal Investigator, “Clean cooking transitions and child lung health”, Global Health Research Fund, ₦48,000,000, 2022 – 2025',
        'Co-Investigator, “Mobile reminders for routine immunisation in Lagos State”, Harmattan Foundation, US$95,000, 2019 – 2021',
      ],
    },
    {
      heading: 'PUBLICATIONS',
      items: [
        'Okonkwo AN, Adebayo T, Eze CI. Household fuel use and acute respiratory infection in under-fives: a cohort study. Journal of Tropical Epidemiology. 2023;18(2):101–112.',
        'Okonkwo AN, Balogun F. Measuring kitchen PM2.5 with low-cost sensors: a validation study. Environmental Health Notes. 2021;9:44–53.',
        'Eze CI, Okonkwo AN, Musa H. Text-message reminders and measles vaccine uptake: a cluster randomised trial. West African Medical Review. 2020;37(4):210–219.',
        'Okonkwo AN. Childhood pneumonia in south-west Nigeria: a review of risk factors. Nigerian Journal of Community Health. 2016;22(1):5–15.',
      ],
    },
    {
      heading: 'TEACHING',
      items: [
        'CHM 812 Infectious Disease Epidemiology (MPH), 2021 – ongoing',
        'CHM 411 Biostatistics (MBBS year 4), 2017 – 2021',
        'CHM 305 Research Methods (MBBS year 3), 2017 – 2021',
      ],
    },
    { heading: 'SUPERVISION', items: ['Two PhD students (ongoing); nine MPH dissertations completed since 2018'] },
    { heading: 'PROFESSIONAL MEMBERSHIPS', items: ['Fellow, West African College of Physicians (Community Health)', 'Member, International Epidemiological Association'] },
    {
      heading: 'REFEREES',
      items: [
        'Professor Babatunde Adeyemi, Department of Epidemiology, University of Ibadan. b.adeyemi@example.org, +234 802 555 0117',
        'Dr Helen Marsh, Faculty of Epidemiology, London. h.marsh@example.net, +44 20 7946 0321',
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'Academic CV, PDF, A4, Times, 2 pages with a centred page number at the foot. Centred name, label, then a centred department address line and a contact line "City, Country · phone · e-mail · ORCID: id". Capital headings with a rule under each. Appointments: bold title with the years right-aligned ("2021 – ongoing" for the current post, no endDate), then the university and city in italics, "•" bullets. Education: bold "Degree, Field" with the year at the right, italic university, then a "Thesis:" or "Dissertation:" line (education highlights, not graded). Grants, publications ([1]–[4], Vancouver style), teaching, supervision and memberships go in otherSections. Referees print two other people’s e-mail addresses and phones (not the candidate’s). Skills are the RESEARCH SOFTWARE line.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Curriculum Vitae – A. N. Okonkwo', author: 'Adaeze Okonkwo', creator: 'LibreOffice Writer', producer: 'LibreOffice 7.6', compress: true });
  const b = r.basics;
  const L = 64, R = 531;
  let pageNo = 0;
  const newPage = () => {
    const p = doc.page();
    pageNo++;
    p.text(297.6, 805, String(pageNo), { font: 'Times-Roman', size: 10, align: 'center' });
    return { page: p, y: 60 };
  };
  const first = newPage();
  const c = new Cursor({ page: first.page, left: L, right: R, y: 52, bottom: 780, newPage, style: { font: 'Times-Roman', size: 10.8, color: 0, lead: 13.6 } });
  c.text(b.name, { font: 'Times-Bold', size: 19, align: 'center', lead: 23 });
  c.text(b.label, { font: 'Times-Italic', size: 12, align: 'center', lead: 15 });
  c.text('Curriculum Vitae', { font: 'Times-Roman', size: 10.5, align: 'center', lead: 16 });
  c.text('Department of Community Health, Lagos Metropolitan University, PMB 12003', { size: 10, align: 'center', lead: 13 });
  c.text(`${b.location}   ·   ${b.phone}   ·   ${b.email}   ·   ORCID: ${b.profiles[0]}`, { size: 10, align: 'center', lead: 13 });
  const heading = (t) => {
    c.need(44);
    c.space(11).text(t, { font: 'Times-Bold', size: 11.5, lead: 12.5 });
    c.rule({ dy: 1.5, width: 0.6, color: 0 }).space(6);
  };
  heading('ACADEMIC APPOINTMENTS');
  for (const w of r.work) {
    c.need(44);
    c.row([{ text: w.position, font: 'Times-Bold' }], w._dates ?? `${w.startDate} – ${w.endDate}`);
    c.text(`${w.name}, ${w.location}`, { font: 'Times-Italic' });
    for (const h of w.highlights) c.bullet(h, { glyphIndent: 8, textIndent: 20 });
    c.space(5);
  }
  heading('EDUCATION');
  for (const e of r.education) {
    c.need(40);
    c.row([{ text: e._degree ?? `${e.studyType}, ${e.area}`, font: 'Times-Bold' }], e.endDate);
    c.text(e.institution, { font: 'Times-Italic' });
    for (const h of e.highlights ?? []) c.wrap(h, { indent: 14 });
    c.space(4);
  }
  const other = Object.fromEntries(r.otherSections.map((s) => [s.heading, s.items]));
  heading('RESEARCH GRANTS');
  for (const i of other['RESEARCH GRANTS']) c.bullet(i, { glyphIndent: 8, textIndent: 20, after: 2 });
  heading('PUBLICATIONS');
  c.text('Peer-reviewed journal articles', { font: 'Times-Italic', lead: 15 });
  other.PUBLICATIONS.forEach((t, i) => c.bullet(t, { glyph: `[${i + 1}]`, glyphIndent: 0, textIndent: 22, after: 3 }));
  heading('TEACHING');
  for (const i of other.TEACHING) c.text(i);
  heading('SUPERVISION');
  for (const i of other.SUPERVISION) c.wrap(i);
  heading('PROFESSIONAL MEMBERSHIPS');
  for (const i of other['PROFESSIONAL MEMBERSHIPS']) c.text(i);
  heading('RESEARCH SOFTWARE');
  c.text(r.skills.join(', '));
  heading('REFEREES');
  for (const i of other.REFEREES) c.wrap(i, { lead: 13.6 }).space(4);
  return doc.toBytes();
}
