// 11. A two-page Word résumé exported to PDF: a role's bullets continue across the page break, every page has
// a footer with the name repeated and "Page n of 2", and bullets are Word's Symbol glyph (U+F0B7 in the text
// layer). A construction project manager in Houston.
import { PdfDoc } from '../pdf-writer.mjs';
import { printRange } from './common.mjs';
import { Cursor } from './pdf-kit.mjs';

export const resume = {
  basics: {
    name: 'Daniel Okoye',
    label: 'Construction Project Manager, PMP',
    email: 'daniel.okoye@example.com',
    phone: '(713) 555-0108',
    location: 'Houston, TX',
    profiles: ['linkedin.com/in/danielokoye-pm'],
    summary:
      'Construction project manager with fourteen years delivering healthcare, education and mid-rise commercial projects from preconstruction to closeout. I keep schedules honest, budgets visible and owners informed, and I have run jobs up to $85M with no lost-time incidents. Comfortable with design-build, CM-at-risk and hard-bid delivery, and with owners who change their minds halfway through design development.',
  },
  work: [
    {
      name: 'Gulfstone Builders',
      location: 'Houston, TX',
      position: 'Senior Project Manager',
      startDate: '2019-04',
      highlights: [
        'Delivered a $85M, six-storey outpatient medical building two weeks ahead of schedule and 1.8% under budget',
        'Manage three project teams of 14 staff, including project engineers, superintendents and assistant PMs',
        'Lead owner, architect and contractor meetings; publish weekly cost-to-complete and look-ahead schedules',
        'Introduced Procore across the business unit, replacing paper RFIs and submittal logs on eight active jobs',
        'Negotiated 40 subcontracts worth $52M and resolved change-order disputes without litigation',
        'Maintained zero lost-time incidents across 610,000 work hours on occupied hospital campuses',
        'Won repeat work from two hospital systems worth $140M in negotiated contracts since 2021',
        'Set up the preconstruction estimating template now used for all healthcare bids, cutting bid preparation time by a third',
        'Reported monthly to the executive team on margin, backlog and staffing for the business unit',
      ],
    },
    {
      name: 'Bayou City Construction',
      location: 'Houston, TX',
      position: 'Project Manager',
      startDate: '2014-02',
      endDate: '2019-03',
      highlights: [
        'Managed K-12 school projects from $12M to $38M for three independent school districts, including two occupied campus renovations',
        'Built baseline schedules in Primavera P6 and updated them monthly with the superintendents',
        'Cut closeout time from 120 to 45 days with a punch-list and warranty tracking process',
        'Coordinated MEP trades using BIM clash detection in Navisworks, avoiding $600K of rework',
        'Prepared monthly pay applications and owner reports, and tracked contingency use',
        'Managed owner-furnished equipment and technology installations with district IT staff',
        'Mentored four project engineers; three now run their own projects',
      ],
    },
    {
      name: 'Lonestar General Contractors',
      location: 'Austin, TX',
      position: 'Project Engineer',
      startDate: '2010-06',
      endDate: '2014-01',
      highlights: [
        'Processed RFIs, submittals and change orders for retail and office tenant-improvement projects',
        'Performed quantity take-offs for concrete and steel packages during bidding',
        'Ran weekly safety walks with the superintendent and kept OSHA logs',
      ],
    },
    {
      name: 'Brazos Valley Highway District',
      location: 'Austin, TX',
      position: 'Engineering Intern',
      startDate: '2009-05',
      endDate: '2009-08',
      highlights: ['Inspected bridge deck pours and recorded concrete test results for two highway projects'],
    },
  ],
  education: [
    { institution: 'Texas A&M University', studyType: 'B.S.', area: 'Construction Science', location: 'College Station, TX', startDate: '2006-08', endDate: '2010-05' },
  ],
  skills: ['Procore', 'Primavera P6', 'Microsoft Project', 'Bluebeam Revu', 'Navisworks', 'Cost control', 'Subcontract negotiation', 'OSHA compliance'],
  sections: ['Summary', 'Experience', 'Education', 'Certifications', 'Skills'],
  otherSections: [
    {
      heading: 'Certifications',
      items: ['Project Management Professional (PMP), PMI, 2016', 'OSHA 30-Hour Construction Safety, 2021', 'LEED Green Associate, USGBC, 2015'],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'Word-exported PDF, US Letter, 2 pages, Times. Centred name, label and contact line. Roles: bold "Title<TAB>dates" (right-aligned), italic "Company — City, ST", bullets drawn with the Symbol bullet that the text layer gives as U+F0B7. The Lonestar General Contractors role (Project Engineer) starts at the bottom of page 1 with one bullet; its other two bullets continue at the top of page 2. Footer on both pages: "Daniel Okoye | Resume" at the left, "Page n of 2" at the right; no header on page 2. Education and certifications on page 2.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ title: 'Daniel Okoye Resume', creator: 'Microsoft® Word 2019', producer: 'Microsoft® Word 2019', compress: true });
  const b = r.basics;
  const L = 54, R = 558;
  const c = new Cursor({
    page: doc.page(), left: L, right: R, y: 46, bottom: 730, style: { font: 'Times-Roman', size: 12, lead: 15.5 },
    newPage: () => ({ page: doc.page(), y: 54 }),
  });
  c.text(b.name, { font: 'Times-Bold', size: 22, align: 'center', lead: 27 });
  c.text(b.label, { size: 12.5, align: 'center', lead: 16 });
  c.text([b.location, b.phone, b.email, b.profiles[0]].join('  |  '), { size: 10.5, align: 'center', lead: 16 });
  const heading = (t) => {
    c.need(44);
    c.space(10).text(t, { font: 'Times-Bold', size: 13, lead: 15 });
    c.rule({ dy: 1, color: 0, width: 0.75 }).space(6);
  };
  heading('Summary');
  c.wrap(b.summary);
  heading('Experience');
  const pagesOf = r.work.map(() => new Set());
  r.work.forEach((w, i) => {
    c.need(50);
    c.row([{ text: w.position, font: 'Times-Bold' }], printRange(w));
    c.text(`${w.name} — ${w.location}`, { font: 'Times-Italic' });
    for (const h of w.highlights) {
      c.bullet(h, { glyph: '\uF0B7', glyphIndent: 14, textIndent: 32, after: 1 });
      pagesOf[i].add(c.page);
    }
    c.space(6);
  });
  if (!pagesOf.some((s) => s.size > 1)) throw new Error('two-page-footer: no role crosses the page break');
  heading('Education');
  for (const e of r.education) {
    c.row([{ text: `${e.studyType} ${e.area}`, font: 'Times-Bold' }], printRange(e));
    c.text(`${e.institution} — ${e.location}`, { font: 'Times-Italic' });
  }
  heading('Certifications');
  for (const i of r.otherSections[0].items) c.bullet(i, { glyph: '\uF0B7', glyphIndent: 14, textIndent: 32 });
  heading('Skills');
  c.wrap(r.skills.join(', '));
  const n = doc.pages.length;
  doc.pages.forEach((p, i) => {
    p.text(L, 752, `${b.name} | Resume`, { font: 'Times-Roman', size: 9, color: 0.4 });
    p.text(R, 752, `Page ${i + 1} of ${n}`, { font: 'Times-Roman', size: 9, color: 0.4, align: 'right' });
  });
  return doc.toBytes();
}
