// 8. An entry-level / student résumé: education first with GPA and "Relevant Coursework", then experience
// with year-only ranges ("2022 – 2023") and seasons ("Summer 2023"), projects, skills. Times, centred header.
// An environmental-science undergraduate in Wisconsin.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Hannah Kowalski',
    email: 'hkowalski@example.edu',
    phone: '(608) 555-0163',
    location: 'Madison, WI',
    profiles: ['linkedin.com/in/hannah-kowalski'],
  },
  education: [
    {
      institution: 'University of Wisconsin–Madison',
      location: 'Madison, WI',
      studyType: 'Bachelor of Science',
      area: 'Environmental Science',
      endDate: '2025-05',
      score: '3.72/4.00',
      courses: ['Hydrology', 'GIS and Spatial Analysis', 'Environmental Statistics', 'Climate Policy'],
      _degree: 'Bachelor of Science in Environmental Science, Minor in Geography',
      _dates: 'Expected May 2025',
    },
  ],
  work: [
    {
      name: 'Dane County Land & Water Resources',
      location: 'Madison, WI',
      position: 'Water Quality Intern',
      startDate: '2023',
      endDate: '2023',
      _dates: 'Summer 2023',
      highlights: [
        'Collected and logged 240 stream samples for phosphorus and turbidity across 16 sites',
        'Mapped sampling results in ArcGIS Pro for the county’s annual water quality report',
      ],
    },
    {
      name: 'Aquatic Ecology Lab',
      location: 'Madison, WI',
      position: 'Undergraduate Research Assistant',
      startDate: '2022',
      endDate: '2023',
      _dates: '2022 – 2023',
      highlights: [
        'Processed zooplankton samples and entered counts into the lab’s long-term database',
        'Wrote R scripts to clean 10 years of buoy temperature data',
      ],
    },
    {
      name: 'Trailhead Outfitters',
      location: 'Middleton, WI',
      position: 'Sales Associate',
      startDate: '2020',
      endDate: '2022',
      _dates: '2020 – 2022',
      highlights: ['Advised customers on camping and paddling gear; trained four new seasonal staff'],
    },
  ],
  projects: [
    {
      name: 'Campus Stormwater Mapping',
      startDate: '2023',
      _dates: 'Fall 2023',
      highlights: ['Digitised 1,100 storm drains from campus utility plans in QGIS and flagged 35 missing outfalls'],
    },
    {
      name: 'Lake Mendota Algal Bloom Dashboard',
      startDate: '2024',
      _dates: 'Spring 2024',
      highlights: ['Built an R Shiny dashboard combining buoy data and satellite chlorophyll estimates'],
    },
  ],
  skills: ['ArcGIS Pro', 'QGIS', 'R', 'Python', 'Excel', 'Water sampling', 'Soil coring', 'GPS surveying'],
  sections: ['EDUCATION', 'EXPERIENCE', 'PROJECTS', 'SKILLS', 'ACTIVITIES'],
  otherSections: [{ heading: 'ACTIVITIES', items: ['Treasurer, Society of Environmental Science Students (2023 – 2024)', 'Volunteer, Madison Audubon prairie restoration days'] }],
  layout: {
    columns: 1,
    notes:
      'PDF, US Letter, 1 page, Times. Centred name and a contact line separated by " • ". Education first: school (bold) with location at the right, degree line with "Expected May 2025" at the right (graduation date only: endDate), "GPA: 3.72/4.00 | Dean’s List (5 semesters)", "Relevant Coursework: …". Experience: bold position, company and city, dates at the right: a season ("Summer 2023": start = end = 2023) and year ranges. Projects dated "Fall 2023", "Spring 2024". Skills as two labelled lines ("Technical:", "Field:"). Typographic apostrophes.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Hannah Kowalski Resume', creator: 'Microsoft® Word 2021', producer: 'Microsoft® Word 2021', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 54, right: 558, y: 44, style: { font: 'Times-Roman', size: 11, lead: 13.5 } });
  c.text(b.name, { font: 'Times-Bold', size: 22, align: 'center', lead: 28 });
  c.text([b.location, b.phone, b.email, b.profiles[0]].join('  •  '), { align: 'center', size: 10.5, lead: 16 });
  const heading = (t) => {
    c.space(8).text(t, { font: 'Times-Bold', size: 11.5, charSpacing: 0.6, lead: 13 });
    c.rule({ dy: 1.5, color: 0, width: 0.6 }).space(5);
  };
  heading('EDUCATION');
  const e = r.education[0];
  c.row([{ text: e.institution, font: 'Times-Bold' }], e.location);
  c.row([{ text: e._degree, font: 'Times-Italic' }], e._dates);
  c.text(`GPA: ${e.score} | Dean’s List (5 semesters)`);
  c.runs([{ text: 'Relevant Coursework: ', font: 'Times-Bold' }, e.courses.join(', ')]);
  heading('EXPERIENCE');
  for (const w of r.work) {
    c.row([{ text: w.position, font: 'Times-Bold' }, { text: ` | ${w.name}, ${w.location}`, font: 'Times-Roman' }], w._dates);
    for (const h of w.highlights) c.bullet(h, { glyphIndent: 8, textIndent: 20 });
    c.space(3);
  }
  heading('PROJECTS');
  for (const pr of r.projects) {
    c.row([{ text: pr.name, font: 'Times-Bold' }], pr._dates);
    for (const h of pr.highlights) c.bullet(h, { glyphIndent: 8, textIndent: 20 });
    c.space(3);
  }
  heading('SKILLS');
  c.runs([{ text: 'Technical: ', font: 'Times-Bold' }, r.skills.slice(0, 5).join(', ')]);
  c.runs([{ text: 'Field: ', font: 'Times-Bold' }, r.skills.slice(5).join(', ')]);
  heading('ACTIVITIES');
  for (const i of r.otherSections[0].items) c.bullet(i, { glyphIndent: 8, textIndent: 20 });
  return doc.toBytes();
}
