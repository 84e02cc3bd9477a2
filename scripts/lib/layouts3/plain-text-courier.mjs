// 11. A "plain text" resume, the ASCII version many candidates paste into ATS forms, printed to PDF in
// Courier: capital headings underlined with "=" characters, ISO year-month dates ("2021-04 to present"),
// "--" between title/company and city, "*" bullets hard-wrapped at 76 columns with a four-space hanging
// indent, a "Summer 2017" internship, and labelled skill lines. A backend developer in Gothenburg.
import { PdfDoc } from '../pdf-writer.mjs';
import { itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'ERIK LINDQVIST',
    label: 'Senior Backend Developer',
    email: 'erik.lindqvist@example.se',
    phone: '+46 70 555 01 64',
    location: 'Göteborg, Sweden',
    profiles: ['github.com/eriklq-example'],
    summary:
      'Backend developer with seven years of experience building event-driven systems on the JVM and in Go. I care about simple designs, observability and helping teammates grow. Looking for a senior or staff role in product engineering.',
  },
  work: [
    {
      position: 'Senior Backend Developer',
      name: 'Fjordline Logistics AB',
      location: 'Göteborg',
      startDate: '2021-04',
      highlights: [
        'Split a shipment-tracking monolith into 9 Kotlin services on Kubernetes, event-sourced with Kafka; p95 API latency down from 900 ms to 120 ms',
        'Introduced OpenTelemetry tracing and SLOs for the tracking platform (99.95% availability in 2023)',
        'Mentor four developers; run the backend guild and the monthly architecture review',
      ],
    },
    {
      position: 'Backend Developer',
      name: 'Nordkap Media AB',
      location: 'Stockholm',
      startDate: '2018-09',
      endDate: '2021-03',
      highlights: [
        'Built the subscription billing service in Java and PostgreSQL handling 400,000 paying subscribers',
        'Moved CI/CD from Jenkins to GitLab CI, cutting build times from 25 to 8 minutes',
      ],
    },
    {
      position: 'Software Engineering Intern',
      name: 'Hisingen Automotive AB',
      location: 'Göteborg',
      startDate: '2017',
      endDate: '2017',
      _dates: 'Summer 2017',
      highlights: ['Wrote a Go tool that validates CAN-bus signal definitions against the vehicle database'],
    },
  ],
  education: [
    { institution: 'Chalmers University of Technology', studyType: 'M.Sc.', area: 'Computer Science', startDate: '2013', endDate: '2018' },
  ],
  skills: ['Kotlin', 'Java', 'Go', 'SQL', 'Kubernetes', 'Kafka', 'PostgreSQL', 'GCP', 'DDD', 'TDD', 'Trunk-based development'],
  sections: ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS', 'LANGUAGES'],
  otherSections: [
    { heading: 'LANGUAGES', items: ['Swedish (native), English (fluent), German (basic)'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Courier 10 pt throughout (no bold, no rules): a plain-text resume printed as is. Name in capitals, the label, then "City, Country | phone | e-mail | github handle". Headings are capital lines underlined by a line of "=" characters of the same length (the "=" lines are not headings or content). Roles: "Title, Company -- City" then "YYYY-MM to present" (current, no endDate) or "YYYY-MM to YYYY-MM" on the next line; "Summer 2017" gives start = end = 2017. Bullets are "*" at column 3, hard-wrapped at 76 columns with continuation lines indented to the text. Education "M.Sc. Computer Science, Chalmers University of Technology, 2013-2018" with a second line in Swedish "(Civilingenjör, Datateknik)". Skills as three labelled lines ("Languages:", "Platforms:", "Practices:"; the labels are not skills).',
  },
};

/** Hard-wraps `text` at `width` columns; continuation lines get `hang` spaces. */
function hardWrap(text, width, first = '', hang = '') {
  const out = [];
  let line = first;
  for (const word of text.split(' ')) {
    const sep = line.trim() && !line.endsWith(' ') ? ' ' : '';
    if ((line + sep + word).length > width) {
      out.push(line);
      line = hang + word;
    } else line += sep + word;
  }
  out.push(line);
  return out;
}

export function render(r) {
  const b = r.basics;
  const L = [];
  const heading = (t) => L.push('', t, '='.repeat(t.length));
  L.push(b.name, b.label, `${b.location} | ${b.phone} | ${b.email} | ${b.profiles[0]}`);
  heading('SUMMARY');
  L.push(...hardWrap(b.summary, 76));
  heading('EXPERIENCE');
  r.work.forEach((w, i) => {
    if (i) L.push('');
    L.push(`${w.position}, ${w.name} -- ${w.location}`);
    L.push(w._dates ?? `${w.startDate} to ${w.endDate ?? 'present'}`);
    for (const h of w.highlights) L.push(...hardWrap(h, 76, '  * ', '    '));
  });
  heading('EDUCATION');
  for (const e of r.education) L.push(`${e.studyType} ${e.area}, ${e.institution}, ${e.startDate}-${e.endDate}`, '  (Civilingenjör, Datateknik)');
  heading('SKILLS');
  L.push(`Languages: ${r.skills.slice(0, 4).join(', ')}`, `Platforms: ${r.skills.slice(4, 8).join(', ')}`, `Practices: ${r.skills.slice(8).join(', ')}`);
  heading('LANGUAGES');
  L.push(itemsOf(r, 'LANGUAGES')[0]);
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'resume.txt', creator: 'Notepad', producer: 'Microsoft: Print To PDF', compress: true });
  const p = doc.page();
  L.forEach((t, i) => { if (t) p.text(60, 48 + i * 11.6, t, { font: 'Courier', size: 9.6 }); });
  return doc.toBytes();
}
