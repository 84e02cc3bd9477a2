// 10. A two-page engineering résumé with a running header on BOTH pages ("Aiman bin Rahman — Résumé" at the
// left, "p. 1/2" at the right, a rule under it) above a full header on page 1 only; core competencies as
// one " | "-separated line; roles as the bold title with the dates right-aligned and the employer in italics
// below; "▪" bullets; a role whose bullets continue onto page 2; professional registrations and referees
// (with their own e-mails and phones) on page 2. A civil and structural engineer in Kuala Lumpur.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, SHORT, itemsOf } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Aiman bin Rahman',
    label: 'Civil & Structural Engineer, P.Eng. (BEM)',
    email: 'aiman.rahman@example.com.my',
    phone: '+60 12-555 3408',
    location: 'Petaling Jaya, Selangor, Malaysia',
    profiles: ['linkedin.com/in/aiman-rahman-peng'],
    summary:
      'Professional engineer with eleven years of structural design and site supervision on high-rise, industrial and infrastructure projects in Malaysia and Singapore. Comfortable from concept design to handover, with a strong record on value engineering and safety.',
  },
  work: [
    {
      position: 'Senior Structural Engineer',
      name: 'Meranti Consulting Engineers Sdn Bhd',
      location: 'Kuala Lumpur',
      startDate: '2019-01',
      highlights: [
        'Lead a team of six engineers and drafters on the structural design of buildings up to 48 storeys',
        'Designed the transfer-plate and raft foundation of a 42-storey mixed-use tower in Bangsar South',
        'Value-engineered a logistics warehouse roof, saving RM 3.1 million in steel tonnage',
        'Review contractor shop drawings and method statements; sign off temporary works designs',
        'Introduced Tekla-to-ETABS model exchange, cutting model preparation time by about 40%',
        'Prepare fee proposals and design programmes with the project director',
        'Mentor two graduate engineers towards their Professional Engineer interviews',
      ],
    },
    {
      position: 'Structural Engineer',
      name: 'Straits Infra Engineering Pte Ltd',
      location: 'Singapore',
      startDate: '2015-07',
      endDate: '2018-12',
      highlights: [
        'Designed precast and post-tensioned concrete elements for two MRT station entrances',
        'Checked BCA submissions and coordinated with architects, M&E consultants and the QP',
        'Supervised pile load tests and instrumentation monitoring during basement excavation',
        'Prepared calculation packages to Eurocode 2 and Singapore National Annex',
        'Attended weekly progress meetings with the main contractor and LTA representatives',
      ],
    },
    {
      position: 'Site Engineer',
      name: 'Cahaya Builders Sdn Bhd',
      location: 'Johor Bahru',
      startDate: '2013-03',
      endDate: '2015-06',
      highlights: [
        'Supervised reinforced-concrete works for a 600-unit affordable housing scheme',
        'Kept daily site diaries, checked rebar before pours and led weekly toolbox talks',
        'Resolved 150+ RFIs with the design team and kept the project two weeks ahead of programme',
        'Checked subcontractor progress claims against measured quantities',
        'Set out gridlines and levels with the site surveyor for 12 apartment blocks',
      ],
    },
  ],
  education: [
    { institution: 'Universiti Teknologi Malaysia', studyType: 'Bachelor of Engineering (Hons)', area: 'Civil Engineering', startDate: '2008', endDate: '2012', location: 'Skudai, Johor' },
  ],
  skills: ['ETABS', 'SAP2000', 'SAFE', 'Tekla Structures', 'AutoCAD', 'Revit', 'Eurocode 2 & 3', 'Post-tensioned design', 'Temporary works', 'Site supervision'],
  sections: ['Professional Summary', 'Core Competencies', 'Selected Projects', 'Professional Experience', 'Education', 'Professional Registrations', 'Training', 'Languages', 'Referees'],
  otherSections: [
    {
      heading: 'Selected Projects',
      items: [
        'Bangsar South mixed-use tower, 42 storeys, RM 480M — transfer plate, raft foundation and post-tensioned floors',
        'Port Klang logistics hub, 65,000 m² — steel portal frames and value-engineered roof',
        'Two MRT station entrances, Singapore — precast concrete and temporary works checks',
        'Taman Seri Harmoni affordable housing, 600 units — site supervision of RC works',
        'Shah Alam data centre extension — structural due diligence and strengthening design',
      ],
    },
    { heading: 'Professional Registrations', items: ['Professional Engineer (P.Eng.), Board of Engineers Malaysia, 2019', 'Corporate Member, Institution of Engineers Malaysia (MIEM), 2018'] },
    { heading: 'Training', items: ['Temporary Works Coordinator course, 2021', 'CIDB Green Card (construction safety), renewed 2023'] },
    { heading: 'Languages', items: ['Malay (native)', 'English (fluent)', 'Mandarin (basic)'] },
    {
      heading: 'Referees',
      items: [
        { name: 'Ir. Tan Wei Ming', title: 'Director, Meranti Consulting Engineers Sdn Bhd', email: 'wm.tan@example.com.my', phone: '+60 3-5555 0192' },
        { name: 'Ms. Priya Raman', title: 'Associate, Straits Infra Engineering Pte Ltd', email: 'priya.raman@example.com.sg', phone: '+65 5555 0671' },
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 2 pages, Helvetica. A running header on both pages at the top: "Aiman bin Rahman — Résumé" at the left and "p. 1/2" / "p. 2/2" at the right in small grey type, with a thin rule under it. Page 1 then has the full header: name 22 pt, label, and two contact lines (location | phone, e-mail | LinkedIn). Headings: bold navy capitals with a thin rule. Core Competencies: one wrapping line of items separated by " | ". Selected Projects: "▪" lines (not jobs). Roles: bold title with "Jan 2019 – Present" right-aligned (current: no endDate), then the employer and city in italics, then "▪" (U+25AA) bullets. The Cahaya Builders role starts on page 1 and its last bullets continue on page 2, under the running header. Education: "Bachelor of Engineering (Hons) in Civil Engineering" bold with "2008 – 2012" right, school and town in italics. Professional Registrations, Training: "▪" lines. Languages: one line. Referees: two referees side by side (name, title, their own e-mail and phone: not the candidate’s).',
  },
};

const NAVY = [0.1, 0.2, 0.4];
const D = (iso) => (iso ? `${SHORT[Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}` : 'Present');

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Aiman bin Rahman - Resume', creator: 'Microsoft® Word for Microsoft 365', producer: 'Microsoft® Word for Microsoft 365', compress: true });
  const pages = [];
  const b = r.basics;
  const newPage = () => {
    const pg = doc.page();
    pages.push(pg);
    return { page: pg, y: 66 };
  };
  const first = newPage();
  const c = new Cursor({ page: first.page, left: 56, right: 539, y: 66, bottom: 730, newPage, style: { size: 10, color: 0.12, lead: 14 } });
  c.text(b.name, { font: 'Helvetica-Bold', size: 22, color: NAVY, lead: 27 });
  c.text(b.label, { size: 11.5, color: 0.35, lead: 17 });
  c.text(`${b.location}  |  ${b.phone}`, { size: 9.5 });
  c.text(`${b.email}  |  ${b.profiles[0]}`, { size: 9.5, lead: 14 });
  const heading = (t) => {
    c.need(40);
    c.space(9).text(t.toUpperCase(), { font: 'Helvetica-Bold', size: 11, color: NAVY, lead: 14 });
    c.rule({ dy: -1.5, width: 0.6, color: NAVY }).space(5);
  };
  const sq = (t) => c.bullet(t, { glyph: '\u25aa', glyphIndent: 4, textIndent: 15 });
  heading('Professional Summary');
  c.wrap(b.summary);
  heading('Core Competencies');
  c.wrap(r.skills.join('  |  '));
  heading('Selected Projects');
  for (const t of itemsOf(r, 'Selected Projects')) sq(t);
  heading('Professional Experience');
  let crossed = false;
  for (const w of r.work) {
    c.need(40);
    const startPage = pages.length;
    c.row([{ text: w.position, font: 'Helvetica-Bold', size: 10.5 }], `${D(w.startDate)} – ${D(w.endDate)}`, { lead: 13.5 }, { font: 'Helvetica-Bold', size: 9.5 });
    c.text(`${w.name}, ${w.location}`, { font: 'Helvetica-Oblique', color: 0.3, lead: 14 });
    for (const h of w.highlights) sq(h);
    c.space(8);
    if (pages.length > startPage) crossed = true;
  }
  heading('Education');
  for (const e of r.education) {
    c.row([{ text: `${e.studyType} in ${e.area}`, font: 'Helvetica-Bold' }], `${e.startDate} – ${e.endDate}`);
    c.text(`${e.institution}, ${e.location}`, { font: 'Helvetica-Oblique', color: 0.3 });
  }
  for (const h of ['Professional Registrations', 'Training']) {
    heading(h);
    for (const t of itemsOf(r, h)) sq(t);
  }
  heading('Languages');
  c.text(itemsOf(r, 'Languages').join(', '));
  heading('Referees');
  const y0 = c.y;
  itemsOf(r, 'Referees').forEach((ref, i) => {
    const x = c.left + i * 245;
    [ref.name, ref.title, ref.email, ref.phone].forEach((t, k) => c.page.text(x, y0 + k * 12.5, t, { size: 9.3, font: k === 0 ? 'Helvetica-Bold' : 'Helvetica', color: 0.15 }));
  });
  if (!crossed) throw new Error('two-page-running-header: no role crosses the page break');
  if (pages.length !== 2) throw new Error(`two-page-running-header: ${pages.length} pages`);
  pages.forEach((pg, i) => {
    pg.text(56, 34, `${b.name} — Résumé`, { size: 8.5, color: 0.45 });
    pg.text(539, 34, `p. ${i + 1}/${pages.length}`, { size: 8.5, color: 0.45, align: 'right' });
    pg.line(56, 47, 539, 47, { width: 0.4, color: 0.6 });
  });
  return doc.toBytes();
}
