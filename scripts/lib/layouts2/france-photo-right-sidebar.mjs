// 8. A French CV with a photo and an "About me" sidebar on the RIGHT (dark, white text), the experience in
// the wider left column; dates in letter-spaced capitals ABOVE each title ("SINCE MARCH 2021",
// "SEPT. 2017 – FEB. 2021"); "›" bullets; accented names. A head chef in Lyon.
import { PdfDoc } from '../pdf-writer.mjs';
import { Cursor, photo } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Hélène Marchand',
    label: 'Chef de Cuisine',
    email: 'helene.marchand@example.fr',
    phone: '+33 6 39 98 12 45',
    location: 'Lyon, France',
    summary:
      'Head chef trained in classic French technique, with fourteen years in brasseries, hotel kitchens and a Michelin-listed bistro. I write seasonal menus around local producers, keep food cost under 28% and run calm, respectful kitchens.',
  },
  work: [
    {
      position: 'Chef de Cuisine',
      name: 'Brasserie Saint-Éloi',
      location: 'Lyon',
      startDate: '2021-03',
      _dates: 'SINCE MARCH 2021',
      highlights: [
        'Lead a brigade of 11 for 180 covers a day; food cost held at 27.5% in 2023',
        'Rewrote the menu four times a year with twelve producers from the Monts du Lyonnais',
        'Passed every health inspection with the top rating (“Très satisfaisant”)',
      ],
    },
    {
      position: 'Sous-Chef',
      name: 'Hôtel Les Terrasses du Rhône',
      location: 'Lyon',
      startDate: '2017-09',
      endDate: '2021-02',
      _dates: 'SEPT. 2017 – FEB. 2021',
      highlights: [
        'Ran the banquet kitchen for events of up to 350 guests',
        'Trained apprentices for the CAP and Bac pro practical exams',
      ],
    },
    {
      position: 'Chef de Partie',
      name: 'Le Petit Bouchon',
      location: 'Annecy',
      startDate: '2014',
      endDate: '2017',
      _dates: '2014 – 2017',
      highlights: ['Sauce and fish sections in a Michelin Guide-listed bistro of 45 covers'],
    },
    {
      position: 'Commis de Cuisine',
      name: 'Auberge du Lac',
      location: 'Talloires',
      startDate: '2012',
      endDate: '2014',
      _dates: '2012 – 2014',
      highlights: ['Prepared cold starters and pastry for a seasonal lakeside restaurant'],
    },
  ],
  education: [
    { institution: 'Lycée hôtelier des Alpes, Annecy', studyType: 'Bac professionnel', area: 'Cuisine', endDate: '2012', _degree: 'Bac professionnel Cuisine' },
    { institution: 'Lycée hôtelier des Alpes, Annecy', studyType: 'CAP', area: 'Cuisine', endDate: '2010', _degree: 'CAP Cuisine' },
  ],
  skills: ['Menu engineering', 'Food cost control', 'HACCP', 'Butchery', 'Sauces', 'Pastry basics', 'Team leadership'],
  sections: ['EXPERIENCE', 'EDUCATION', 'SKILLS', 'ABOUT ME', 'CONTACT', 'LANGUAGES', 'INTERESTS'],
  otherSections: [
    { heading: 'LANGUAGES', items: ['French — native', 'English — professional', 'Italian — conversational'] },
    { heading: 'INTERESTS', items: ['Market gardening', 'Trail running', 'Natural wine'] },
  ],
  layout: {
    columns: 2,
    notes:
      'PDF, A4, 1 page, Helvetica. Right sidebar 190 pt wide (x ≥ 405) filled dark plum with white text: a greyscale photo, ABOUT ME (the summary), CONTACT (phone, e-mail, city), LANGUAGES, INTERESTS. Left main column (x 40–380): name 26 pt, label in grey 13 pt, then EXPERIENCE: dates in grey letter-spaced capitals on their own line ABOVE each title ("SINCE MARCH 2021": current, no endDate; "SEPT. 2017 – FEB. 2021"), then bold title, then "Company, City" in italics, "›" bullets. EDUCATION "Diploma — School" with the year above. SKILLS as a "›" list. Key lists the left column first, then the sidebar.',
  },
};

const PLUM = [0.27, 0.13, 0.25];
const WHITE = [1, 1, 1];

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'CV Hélène Marchand', creator: 'Canva', producer: 'Canva', compress: true });
  const p = doc.page();
  const b = r.basics;
  const SX = 405;
  p.rect(SX, 0, 595.28 - SX, 841.89, { fill: PLUM });
  p.image(SX + 50, 36, 90, 112, photo());

  const s = new Cursor({ page: p, left: SX + 22, right: 573, y: 168, style: { size: 9.3, color: WHITE, lead: 12.8 } });
  const sideHeading = (t) => {
    s.space(10).text(t, { font: 'Helvetica-Bold', size: 10.5, charSpacing: 1.5, lead: 13 });
    s.rule({ dy: 1, color: WHITE, width: 0.4, right: SX + 60 }).space(6);
  };
  sideHeading('ABOUT ME');
  s.wrap(b.summary);
  sideHeading('CONTACT');
  for (const t of [b.phone, b.email, b.location]) s.text(t, { lead: 14 });
  sideHeading('LANGUAGES');
  for (const t of r.otherSections[0].items) s.text(t, { lead: 14 });
  sideHeading('INTERESTS');
  for (const t of r.otherSections[1].items) s.text(t, { lead: 14 });

  const m = new Cursor({ page: p, left: 40, right: 380, y: 44, style: { size: 9.6, color: 0.12, lead: 12.8 } });
  m.text(b.name, { font: 'Helvetica-Bold', size: 26, color: PLUM, lead: 31 });
  m.text(b.label, { size: 13, color: 0.35, lead: 22 });
  const heading = (t) => {
    m.space(8).text(t, { font: 'Helvetica-Bold', size: 12, charSpacing: 1.5, color: PLUM, lead: 14 });
    m.rule({ dy: 1, color: PLUM, width: 1, right: 380 }).space(7);
  };
  heading('EXPERIENCE');
  for (const w of r.work) {
    m.text(w._dates, { size: 8, charSpacing: 0.8, color: 0.45, lead: 11 });
    m.text(w.position, { font: 'Helvetica-Bold', size: 10.8, lead: 13 });
    m.text(`${w.name}, ${w.location}`, { font: 'Helvetica-Oblique', color: 0.3, lead: 13.5 });
    for (const h of w.highlights) m.bullet(h, { glyph: '\u203A', glyphIndent: 2, textIndent: 12 });
    m.space(7);
  }
  heading('EDUCATION');
  for (const e of r.education) {
    m.text(e.endDate, { size: 8, charSpacing: 0.8, color: 0.45, lead: 11 });
    m.runs([{ text: e._degree, font: 'Helvetica-Bold' }, ` — ${e.institution}`], { lead: 15 });
  }
  heading('SKILLS');
  for (const k of r.skills) m.bullet(k, { glyph: '\u203A', glyphIndent: 2, textIndent: 12 });
  return doc.toBytes();
}
