// 1. A LinkedIn "Save to PDF" profile export over two pages: a light left sidebar on page 1 only (Contact with
// "(Mobile)", "(LinkedIn)" and "(Personal)" suffixes, Top Skills, Languages with proficiency in parentheses,
// Certifications, Honors-Awards), the main column with the name, the long headline, the location, Summary,
// Experience and Education. The company is printed first and the title under it; one company with two roles
// prints its total span ("4 years 5 months") once; every role has "January 2022 - Present (2 years 5 months)"
// then its location; descriptions are typed "• " lines that wrap to the left edge. "Page 1 of 2" footers.
// A senior product manager in Dublin.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, LONG, itemsOf, wrapText } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Aoife Brennan',
    label: 'Senior Product Manager at Finch Payments | B2B payments, onboarding & growth',
    email: 'aoife.brennan@example.com',
    phone: '+353 87 555 0142',
    location: 'Dublin, County Dublin, Ireland',
    url: 'aoifebrennan.example.com',
    profiles: ['www.linkedin.com/in/aoife-brennan-pm'],
    summary:
      'Product manager with nine years in fintech and SaaS. I lead cross-functional squads from discovery to launch, and I care about the numbers: activation, retention and the cost to serve. Currently building merchant onboarding and payouts for 30,000 small businesses across Europe.',
  },
  work: [
    {
      name: 'Finch Payments',
      position: 'Senior Product Manager',
      location: 'Dublin, Ireland',
      startDate: '2022-01',
      highlights: [
        'Own merchant onboarding and KYC for 11 EU markets; cut median time-to-first-payout from 6 days to 36 hours',
        'Launched instant payouts with two partner banks, now used by 42% of active merchants',
        'Run quarterly planning for three squads (21 engineers, 3 designers, 2 analysts)',
      ],
    },
    {
      name: 'Finch Payments',
      position: 'Product Manager',
      location: 'Dublin, Ireland',
      startDate: '2020-01',
      endDate: '2021-12',
      highlights: [
        'Shipped the self-serve pricing page and plan upgrades, adding €1.4M in annual recurring revenue',
        'Introduced weekly customer interviews and a shared insights repository in Dovetail',
      ],
    },
    {
      name: 'Lighthouse Software',
      position: 'Associate Product Manager',
      location: 'Cork, Ireland',
      startDate: '2017-06',
      endDate: '2019-12',
      highlights: [
        'Managed the mobile app roadmap for a field-service scheduling product used by 900 companies',
        'Wrote user stories and acceptance criteria and ran sprint reviews with two Scrum teams',
      ],
    },
    {
      name: 'Brightwater Consulting',
      position: 'Business Analyst',
      location: 'Dublin, Ireland',
      startDate: '2015-09',
      endDate: '2017-05',
      highlights: ['Mapped claims processes for two insurance clients and specified their new claims portal'],
    },
  ],
  education: [
    { institution: 'University College Dublin', studyType: 'Master of Science - MS', area: 'Digital Innovation', startDate: '2014', endDate: '2015' },
    { institution: 'Trinity College Dublin', studyType: 'Bachelor of Arts - BA', area: 'Economics and Computer Science', startDate: '2010', endDate: '2014' },
  ],
  skills: ['Product Management', 'Payments', 'User Research'],
  sections: ['Contact', 'Top Skills', 'Languages', 'Certifications', 'Honors-Awards', 'Summary', 'Experience', 'Education'],
  otherSections: [
    { heading: 'Languages', items: ['English (Native or Bilingual)', 'Irish (Limited Working)', 'French (Professional Working)'] },
    { heading: 'Certifications', items: ['Certified Scrum Product Owner (CSPO)', 'Pragmatic Institute Foundations', 'Google Analytics Individual Qualification'] },
    { heading: 'Honors-Awards', items: ['Fintech Product of the Year 2023 (team award)'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, US Letter, 2 pages, Helvetica, in the look of a LinkedIn "Save to PDF" export. Page 1: a light grey left sidebar (x 0–190) holding Contact (phone with "(Mobile)", e-mail, "www.linkedin.com/in/aoife-brennan-pm (LinkedIn)" wrapped after "aoife-" onto a second line, "aoifebrennan.example.com (Personal)"), Top Skills (three lines, the key\'s skills), Languages (with proficiency in parentheses), Certifications and Honors-Awards. Main column x 215–575: name 26 pt, the long headline (the label), the location in grey, then Summary, Experience and Education; page 2 continues the main column only. Experience: the company in bold first; Finch Payments holds two roles, so it prints its total span "4 years 5 months" once and then each title with its own dates; each role has "January 2022 - Present (2 years 5 months)" (current: no endDate) and a location line, then description lines typed as "• text" whose wrapped lines return to the left edge (no hanging indent). Education: school in bold, then "Master of Science - MS, Digital Innovation · (2014 - 2015)". Every page has a centred grey footer "Page n of 2". The key lists the sidebar first.',
  },
};

const months = (a, b = '2024-05') => (Number(b.slice(0, 4)) * 12 + Number(b.slice(5))) - (Number(a.slice(0, 4)) * 12 + Number(a.slice(5))) + 1;
const span = (n) => {
  const y = Math.floor(n / 12), m = n % 12;
  return [y ? `${y} year${y > 1 ? 's' : ''}` : '', m ? `${m} month${m > 1 ? 's' : ''}` : ''].filter(Boolean).join(' ');
};
const long = (iso) => (iso ? `${LONG[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const doc = new PdfDoc({ width: 612, height: 792, title: 'Resume', creator: 'LinkedIn', producer: 'Skia/PDF m120', compress: true });
  const pages = [doc.page()];
  const b = r.basics;
  const p1 = pages[0];
  p1.rect(0, 0, 190, 792, { fill: [0.93, 0.95, 0.97] });
  const side = new Cursor({ page: p1, left: 28, right: 178, y: 40, style: { size: 10, color: 0.1, lead: 13.5 } });
  const sideHead = (t) => side.space(8).text(t, { font: 'Helvetica-Bold', size: 13, lead: 19 });
  sideHead('Contact');
  side.text(`${b.phone} (Mobile)`, { lead: 16 });
  side.text(b.email, { lead: 16 });
  // The URL is too long for the sidebar and wraps after a hyphen, as LinkedIn's export does.
  side.text('www.linkedin.com/in/aoife-', { color: [0.04, 0.4, 0.76] });
  side.runs([{ text: 'brennan-pm', color: [0.04, 0.4, 0.76] }, ' (LinkedIn)'], { lead: 16 });
  side.text(b.url, { color: [0.04, 0.4, 0.76] });
  side.text('(Personal)');
  sideHead('Top Skills');
  for (const s of r.skills) side.text(s);
  for (const h of ['Languages', 'Certifications', 'Honors-Awards']) {
    sideHead(h);
    for (const t of itemsOf(r, h)) side.wrap(t, { lead: 13 });
  }

  const BOTTOM = 740;
  const m = new Cursor({
    page: p1, left: 215, right: 575, y: 40, bottom: BOTTOM, style: { size: 10, color: 0.12, lead: 13.5 },
    newPage: () => {
      pages.push(doc.page());
      return { page: pages[pages.length - 1], y: 40 };
    },
  });
  m.text(b.name, { size: 26, lead: 32 });
  m.wrap(b.label, { size: 12, lead: 15 });
  m.text(b.location, { size: 10.5, color: 0.45, lead: 22 });
  const head = (t) => m.space(10).text(t, { size: 15.5, lead: 22 });
  head('Summary');
  m.wrap(b.summary);
  head('Experience');
  const groups = [];
  for (const w of r.work) {
    const g = groups.find((x) => x.name === w.name);
    if (g) g.roles.push(w);
    else groups.push({ name: w.name, roles: [w] });
  }
  for (const g of groups) {
    m.need(60);
    m.text(g.name, { font: 'Helvetica-Bold', size: 12, lead: 16 });
    if (g.roles.length > 1) {
      const first = g.roles[g.roles.length - 1].startDate;
      m.text(span(months(first)), { color: 0.45, lead: 16 });
    }
    for (const w of g.roles) {
      m.need(40);
      m.text(w.position, { font: 'Helvetica-Bold', size: 10.5, lead: 14 });
      m.text(`${long(w.startDate)} - ${long(w.endDate)} (${span(months(w.startDate, w.endDate))})`, { color: 0.45, lead: 13.5 });
      m.text(w.location, { color: 0.45, lead: 15 });
      for (const h of w.highlights) {
        for (const line of wrapText(`• ${h}`, 'Helvetica', 10, m.width)) m.text(line);
      }
      m.space(9);
    }
  }
  head('Education');
  for (const e of r.education) {
    m.need(34);
    m.text(e.institution, { font: 'Helvetica-Bold', size: 12, lead: 15 });
    m.text(`${e.studyType}, ${e.area} · (${e.startDate} - ${e.endDate})`, { lead: 20 });
  }
  pages.forEach((pg, i) => pg.text(306, 760, `Page ${i + 1} of ${pages.length}`, { size: 9, color: 0.55, align: 'center' }));
  if (pages.length !== 2) throw new Error(`linkedin-export: ${pages.length} pages, expected 2`);
  return doc.toBytes();
}
