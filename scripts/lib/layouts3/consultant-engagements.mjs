// 5. A management consultant's CV in the strategy-firm style: centred name, employers with a one-line
// italic description of the firm under them, the title in bold italics with apostrophe-year dates
// ("Sep. ’19 – present"), and under each firm an italic "Selected engagements:" sub-list whose bullets open
// with a bold client descriptor ("Regional bank (ASEAN):"). Additional information as bold-labelled lines.
// An engagement manager in Singapore.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Charlotte Ng',
    label: 'Engagement Manager',
    email: 'charlotte.ng@example.com',
    phone: '+65 8555 0137',
    location: 'Singapore',
    profiles: ['linkedin.com/in/charlotte-ng-example'],
  },
  work: [
    {
      name: 'Aldgate Advisory Partners',
      location: 'Singapore',
      position: 'Engagement Manager',
      startDate: '2019-09',
      _dates: 'Sep. ’19 – present',
      _about: 'Global strategy and operations consultancy; 1,200 consultants in 14 offices',
      highlights: [
        'Lead teams of 3–6 consultants on 8–16 week engagements for financial-services and telecom clients across Southeast Asia',
        'Co-lead of the firm’s Asia cost-transformation practice; trained 40 consultants on operating-model design',
      ],
      _engagements: [
        ['Regional bank (ASEAN):', 'Redesigned the retail operating model across 5 markets; S$120 m annual savings identified, 70% in execution'],
        ['Telecom operator (Indonesia):', 'Built the business case and roadmap for a network-sharing joint venture, approved by the board'],
        ['Sovereign fund portfolio company:', 'Ran a 6-week commercial due diligence on a regional logistics platform'],
        ['Life insurer (Singapore):', 'Set up a digital-sales PMO; new-business premium up 18% within a year'],
      ],
    },
    {
      name: 'Harcourt & Lowe LLP',
      location: 'London',
      position: 'Senior Consultant, Financial Services Advisory',
      startDate: '2016-07',
      endDate: '2019-08',
      _dates: 'Jul. ’16 – Aug. ’19',
      _about: 'Professional services firm; 9,000 staff in the UK',
      highlights: ['Promoted from Consultant after 18 months; top performance rating in 2018'],
      _engagements: [
        ['UK building society:', 'Mapped 140 processes for a core-banking migration and wrote the target-state design'],
        ['Insurance broker:', 'Modelled the post-merger cost synergies (£35 m) for the integration office'],
      ],
    },
    {
      name: 'Kestrel Capital Partners',
      location: 'London',
      position: 'Analyst',
      startDate: '2014-09',
      endDate: '2016-06',
      _dates: 'Sep. ’14 – Jun. ’16',
      _about: 'Mid-market private equity firm',
      highlights: ['Screened 200+ targets and built LBO models for four completed deals in business services'],
    },
  ],
  education: [
    { institution: 'London School of Economics and Political Science', studyType: 'MSc', area: 'Management', startDate: '2013', endDate: '2014', _line: 'MSc Management (Distinction)' },
    { institution: 'University of Warwick', studyType: 'BSc', area: 'Economics', startDate: '2010', endDate: '2013', _line: 'BSc Economics, First Class Honours' },
  ],
  skills: ['Financial modelling', 'Operating-model design', 'Cost transformation', 'Commercial due diligence', 'Alteryx', 'Power BI'],
  sections: ['EXPERIENCE', 'EDUCATION', 'ADDITIONAL INFORMATION'],
  otherSections: [
    { heading: 'ADDITIONAL INFORMATION', items: [{ label: 'Languages', value: 'English (native), Mandarin (professional), Malay (conversational)' }, { label: 'Interests', value: 'Dragon-boat racing, long-distance hiking, Peranakan cooking' }] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Times. Centred name (20 pt), centred label, centred contact line "City | phone | e-mail | LinkedIn". Headings bold capitals with a full-width rule under them. Each employer: bold firm name with the city right-aligned; an italic grey line describing the firm (not a title); then the title in bold italics with the dates right-aligned in apostrophe-year form ("Sep. ’19 – present": current, no endDate; "Jul. ’16 – Aug. ’19"; U+2019). "•" bullets; then an italic "Selected engagements:" label (a sub-heading, neither a section nor a role nor a bullet) and "–" sub-bullets that open with a bold client descriptor ending in a colon: each engagement is one highlight of its employer’s role (descriptor and text together). Education: bold school with years at the right, then the degree line. ADDITIONAL INFORMATION: three bold-labelled lines ("Skills:", "Languages:", "Interests:"); only the Skills line feeds skills.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Charlotte Ng CV', creator: 'Microsoft® Word 2016', producer: 'Microsoft® Word 2016', compress: true });
  const p = doc.page();
  const b = r.basics;
  const c = new Cursor({ page: p, left: 54, right: 541, y: 40, style: { font: 'Times-Roman', size: 10.3, lead: 12.6 } });
  c.text(b.name, { font: 'Times-Bold', size: 20, align: 'center', lead: 24 });
  c.text(b.label, { font: 'Times-Italic', size: 11, align: 'center', lead: 14 });
  c.text(`${b.location}  |  ${b.phone}  |  ${b.email}  |  ${b.profiles[0]}`, { size: 9.8, align: 'center', lead: 14 });
  const heading = (t) => {
    c.space(7).text(t, { font: 'Times-Bold', size: 11.5, charSpacing: 0.6, lead: 13 });
    c.rule({ dy: 0, width: 0.7, color: 0 }).space(5);
  };
  heading('EXPERIENCE');
  for (const w of r.work) {
    c.row([{ text: w.name, font: 'Times-Bold' }], w.location, { size: 10.8 }, { font: 'Times-Bold' });
    c.text(w._about, { font: 'Times-Italic', color: 0.35, size: 9.8 });
    c.row([{ text: w.position, font: 'Times-BoldItalic' }], w._dates, {}, { font: 'Times-Roman' });
    for (const h of w._plain ?? w.highlights) c.bullet(h, { glyph: '•', glyphIndent: 6, textIndent: 16 });
    if (w._engagements) {
      c.text('Selected engagements:', { font: 'Times-Italic', indent: 16 });
      for (const [lead, t] of w._engagements) c.bullet(t, { glyph: '–', glyphIndent: 18, textIndent: 28, boldLead: lead, boldFont: 'Times-Bold' });
    }
    c.space(6);
  }
  heading('EDUCATION');
  for (const e of r.education) {
    c.row([{ text: e.institution, font: 'Times-Bold' }], `${e.startDate} – ${e.endDate}`);
    c.text(e._line, { lead: 15 });
  }
  heading('ADDITIONAL INFORMATION');
  const lines = [{ label: 'Skills', value: r.skills.join(', ') }, ...r.otherSections[0].items];
  for (const { label, value } of lines) c.bullet(value, { glyph: '', textIndent: 0, boldLead: `${label}:`, boldFont: 'Times-Bold' });
  return doc.toBytes();
}

/** Engagement bullets are highlights of the role: the key holds the descriptor and the text together. */
for (const w of resume.work) {
  if (!w._engagements) continue;
  w._plain = w.highlights;
  w.highlights = [...w.highlights, ...w._engagements.map(([a, t]) => `${a} ${t}`)];
}
