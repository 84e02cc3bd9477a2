// 2. An Overleaf (LaTeX) CV in the McDowell style: Times, the name centred, a centred contact line with "⋄"
// separators, section titles centred between two rules, entries as "Company" in bold with the city at the
// right and the italic title with "Sep 2021 – present" at the right below, "–" itemize bullets, the fi and fl
// ligatures of a TeX font in the text layer, and skills as "Label: a, b, c" lines. A backend software engineer
// in Warsaw.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, SHORT, textWidth } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Marek Kowalczyk',
    email: 'marek.kowalczyk@example.com',
    phone: '+48 555 019 284',
    location: 'Warsaw, Poland',
    profiles: ['github.com/mkowalczyk-dev'],
  },
  work: [
    {
      name: 'Vistula Logistics Tech',
      position: 'Senior Backend Engineer',
      location: 'Warsaw',
      startDate: '2021-09',
      highlights: [
        'Designed the shipment-tracking event pipeline in Go and Kafka, processing 40M events a day with p99 latency under 200 ms',
        'Led the migration of 14 services from VMs to Kubernetes on GCP, reducing infrastructure costs by 31%',
        'Introduced continuous profiling and fixed the three most expensive database queries in the order workflow',
      ],
    },
    {
      name: 'Pixelforge Software House',
      position: 'Software Engineer',
      location: 'Kraków',
      startDate: '2018-07',
      endDate: '2021-08',
      highlights: [
        'Built REST and gRPC APIs for a fleet-management platform serving 2,500 trucks across Central Europe',
        'Wrote the certificate rotation tooling used by all backend teams',
      ],
    },
    {
      name: 'Pixelforge Software House',
      position: 'Junior Developer (intern to full-time)',
      location: 'Kraków',
      startDate: '2017-02',
      endDate: '2018-06',
      highlights: ['Maintained Python ETL jobs and added integration tests to the billing module'],
    },
  ],
  projects: [
    { name: 'ledgerd', description: 'An open-source double-entry ledger service in Go with a PostgreSQL backend; 600 stars on GitHub' },
  ],
  education: [
    { institution: 'Warsaw University of Technology', studyType: 'M.Sc.', area: 'Computer Science', startDate: '2015', endDate: '2017', location: 'Warsaw' },
    { institution: 'AGH University of Science and Technology', studyType: 'B.Sc.', area: 'Applied Computer Science', startDate: '2011', endDate: '2015', location: 'Kraków' },
  ],
  skills: ['Go', 'Python', 'TypeScript', 'SQL', 'Kubernetes', 'Terraform', 'GCP', 'PostgreSQL', 'Kafka', 'gRPC', 'Domain-driven design', 'Code review', 'On-call leadership'],
  sections: ['Experience', 'Projects', 'Education', 'Technical Skills'],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Times (an Overleaf LaTeX template in the McDowell style). Name 22 pt centred; one centred contact line "Warsaw, Poland ⋄ phone ⋄ e-mail ⋄ github.com/mkowalczyk-dev" with U+22C4 separators. Section titles centred in small capitals between two horizontal rules running to the margins. Entries: bold company with the city right-aligned, then the italic title with "Sep 2021 – present" right-aligned (current: no endDate); Pixelforge is printed twice, once per role. "–" bullets. Words with "fi"/"fl" are drawn with the ligature glyphs U+FB01/U+FB02 (the key spells them out). Projects: "ledgerd — description". Education: bold school with city right, italic "M.Sc. in Computer Science" with "2015 – 2017" right. Technical Skills: three "Label: a, b, c" lines (Languages, Infrastructure, Practices); labels are not skills.',
  },
};

const lig = (s) => s.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02');
const D = (iso) => (iso ? (iso.length === 4 ? iso : `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}`) : 'present');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'CV', creator: 'LaTeX with hyperref', producer: 'pdfTeX-1.40.25', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 60, right: 535, y: 50, style: { font: 'Times-Roman', size: 10.5, lead: 13 } });
  c.text(b.name, { font: 'Times-Roman', size: 22, align: 'center', lead: 28 });
  c.text([b.location, b.phone, b.email, b.profiles[0]].join('  \u22c4  '), { align: 'center', lead: 16 });
  const heading = (t) => {
    c.space(6);
    const label = t.toUpperCase();
    const w = textWidth(label, 'Times-Roman', 10, { charSpacing: 1 });
    const mid = (c.left + c.right) / 2;
    p.line(c.left, c.y + 6, mid - w / 2 - 8, c.y + 6, { width: 0.5 });
    p.line(mid + w / 2 + 8, c.y + 6, c.right, c.y + 6, { width: 0.5 });
    c.text(label, { size: 10, charSpacing: 1, align: 'center', lead: 16 });
  };
  const bullet = (h) => c.bullet(lig(h), { glyph: '–', glyphIndent: 10, textIndent: 22, lead: 12.6 });
  heading('Experience');
  for (const w of r.work) {
    c.row([{ text: w.name, font: 'Times-Bold' }], w.location);
    c.row([{ text: w.position, font: 'Times-Italic' }], `${D(w.startDate)} – ${D(w.endDate)}`);
    for (const h of w.highlights) bullet(h);
    c.space(5);
  }
  heading('Projects');
  for (const pr of r.projects) c.bullet(lig(pr.description), { glyph: '', textIndent: 0, boldLead: `${pr.name} —`, boldFont: 'Times-Bold' });
  heading('Education');
  for (const e of r.education) {
    c.row([{ text: e.institution, font: 'Times-Bold' }], e.location);
    c.row([{ text: `${e.studyType} in ${e.area}`, font: 'Times-Italic' }], `${e.startDate} – ${e.endDate}`);
    c.space(4);
  }
  heading('Technical Skills');
  const groups = [['Languages', r.skills.slice(0, 4)], ['Infrastructure', r.skills.slice(4, 10)], ['Practices', r.skills.slice(10)]];
  for (const [label, items] of groups) c.bullet(items.join(', '), { glyph: '', textIndent: 0, boldLead: `${label}:`, boldFont: 'Times-Bold' });
  return doc.toBytes();
}
