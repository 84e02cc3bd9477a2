// Designs and cases of the functional batch. Each case = persona × design with its own headings, date style and
// section order (career changers name their sections in many ways).
import { HTML, SIDE } from './html.mjs';
import { DOCX } from './docx.mjs';
import { texResume } from './tex.mjs';
import { fodt } from './fodt.mjs';

export const DESIGNS = {
  gdocs: {
    engine: 'chromium', render: HTML.gdocs,
    notes: 'Google-Docs-like export (HTML printed by Chromium, Arimo, US Letter): Title/Subtitle name block, " • " contact line with blue underlined links, light-weight coloured headings, bold skill-group sub-headings with "●" bullets, "Position, Company — City" entries with right-floated dates (only the most recent role has bullets), projects "Name | stack | repo".',
    base: { dates: 'mon', present: 'Present', profiles: 'url', bulletsFor: 1, breakMode: 'inline', certsIn: 'section', certLine: (c) => `${c.name}, ${c.issuer}, ${c.year}`,
      H: { summary: 'Summary', groups: 'Core Competencies', skills: 'Skills', work: 'Employment History', projects: 'Projects', education: 'Education', certs: 'Certifications' },
      order: ['summary', 'groups', 'skills', 'work', 'projects', 'volunteer', 'education', 'certs'] },
  },
  soq: {
    engine: 'chromium', render: HTML.soq,
    notes: 'Hybrid resume (HTML printed by Chromium, PT Serif, US Letter): centred upper-case letter-spaced name, italic label, " | " contact line, "Summary of Qualifications" bullet list first, a 3-column ✓ keyword grid of skills without labels, title-first roles "Position | Company, City" with right-aligned dates and bullets only for recent roles (older roles one line), ■ bullets.',
    base: { dates: 'mon', present: 'Present', profiles: 'url', bulletsFor: 2, breakMode: 'inline', certsIn: 'section', certLine: (c) => `${c.name} — ${c.issuer} (${c.year})`, portfolio: false,
      H: { quals: 'Summary of Qualifications', skills: 'Core Competencies', work: 'Professional Experience', projects: 'Selected Projects', education: 'Education', certs: 'Licenses & Certifications' },
      order: ['quals', 'skills', 'work', 'projects', 'volunteer', 'education', 'certs'] },
  },
  twocol: {
    engine: 'chromium', render: HTML.twocol, columns: 2,
    notes: 'Two-column A4 layout (HTML printed by Chromium, Lato): a shaded LEFT column with SVG-icon contact items, skills as rounded tags under small group labels, education and certificates; the main column holds the name, profile, grouped accomplishments (sub-headings in bold), one-line employment rows "Position · Company · City" with right-aligned dates, and volunteer work. Sections are keyed left column first.',
    base: { dates: 'year', present: 'Present', profiles: 'url', bulletsFor: 0, breakMode: 'inline', certsIn: 'section', columns: 2,
      sectionOrder: (secs) => [...secs.filter((s) => SIDE.includes(s.kind)), ...secs.filter((s) => !SIDE.includes(s.kind))],
      H: { summary: 'About Me', groups: 'Selected Accomplishments', work: 'Employment History', skills: 'Skills', education: 'Education', certs: 'Certificates', projects: 'Projects' },
      order: ['summary', 'groups', 'work', 'projects', 'volunteer', 'skills', 'education', 'certs'] },
  },
  latex: {
    engine: 'tex', render: texResume,
    notes: 'pdfLaTeX (XCharter, US Letter) functional layout with a left gutter: skill-group sub-headings in bold italic in a 3.7 cm gutter column with ▷ bullets beside them; one-line work history rows with the dates in the gutter; small-caps coloured section headings over a rule; centred " • " contact line with \\href links.',
    base: { dates: 'year', present: 'present', profiles: 'url', bulletsFor: 0, breakMode: 'inline', certsIn: 'section', certLine: (c) => `${c.name}, ${c.issuer}`,
      H: { summary: 'Profile', groups: 'Relevant Skills', skills: 'Technical Skills', work: 'Work History', projects: 'Relevant Projects', education: 'Education', certs: 'Certifications' },
      order: ['summary', 'groups', 'skills', 'work', 'break', 'projects', 'volunteer', 'education', 'certs'] },
  },
  lopdf: {
    engine: 'lo', render: fodt,
    notes: 'LibreOffice Writer document (hand-written flat ODT, Carlito, A4) exported to PDF by LibreOffice: name with the label on a right tab, " ◆ " contact line over a hairline, small-caps headings with a thick coloured left border, skill-group sub-headings in bold colour with en-dash list bullets, one-line roles "Position — Company, City" with a DOTTED TAB LEADER to the dates, skills as "Label: a • b • c" rows.',
    base: { dates: 'mon', present: 'Present', profiles: 'url', bulletsFor: 0, breakMode: 'inline', certsIn: 'section',
      H: { summary: 'Professional Summary', groups: 'Selected Accomplishments', skills: 'Skills', work: 'Work History', projects: 'Relevant Projects', education: 'Education', certs: 'Certifications' },
      order: ['summary', 'groups', 'work', 'projects', 'volunteer', 'education', 'certs', 'skills'] },
  },
  'docx-func': {
    engine: 'docx', render: DOCX.func,
    notes: 'Word functional template (hand-written DOCX, Calibri, US Letter): centred name and label, " | " contact line with hyperlinks, capitals headings with a bottom border, skill-group sub-headings in BOLD ITALIC followed by "•" numbering bullets, one-line roles "Position, Company, City<right tab>dates" without bullets, "Education & Training" mixing degrees and certificates, skills as "Label: list" rows.',
    base: { dates: 'year', present: 'Present', profiles: 'url', bulletsFor: 0, breakMode: 'none', certsIn: 'education',
      H: { summary: 'Summary', groups: 'Relevant Skills', skills: 'Technical Skills', work: 'Work History', education: 'Education & Training', projects: 'Projects' },
      order: ['summary', 'groups', 'work', 'break', 'volunteer', 'projects', 'education', 'skills'] },
  },
  'docx-table': {
    engine: 'docx', render: DOCX.table,
    notes: 'Functional DOCX (hand-written, Cambria, A4) whose work history is a 4-column TABLE (header row "Dates | Position | Employer | Location", one row per role, no bullets); shaded Heading 1 section bars, coloured bold sub-headings with "–" bullets, skills as a borderless 3-column keyword table, education "Institution, City — Degree, dates".',
    base: { dates: 'mon', present: 'Present', profiles: 'url', bulletsFor: 0, breakMode: 'none', certsIn: 'section', certLine: (c) => `${c.name} — ${c.issuer}, ${c.year}`,
      H: { summary: 'Profile', groups: 'Selected Accomplishments', skills: 'Key Skills', work: 'Work History', education: 'Education', certs: 'Certifications', projects: 'Projects' },
      order: ['summary', 'groups', 'skills', 'work', 'projects', 'volunteer', 'education', 'certs'] },
  },
  'docx-header': {
    engine: 'docx', render: DOCX.header,
    notes: 'DOCX (hand-written, Calibri, US Letter) whose name, label and contact lines sit in the Word PAGE HEADER part (repeated on every page), not in the body; sections use real Heading 1 style and the skill groups real Heading 2 style (sub-headings, not sections); title-first roles with the dates on a right tab and the italic "Company, City" line below; bullets only for recent roles; "◦" list bullets.',
    base: { dates: 'mon', present: 'Present', profiles: 'url', bulletsFor: 2, breakMode: 'none', certsIn: 'section', certLine: (c) => `${c.name} (${c.issuer}, ${c.year})`,
      H: { summary: 'Professional Summary', quals: 'Highlights of Qualifications', groups: 'Transferable Skills', skills: 'Technical Skills', work: 'Professional Experience', projects: 'Projects', education: 'Education', certs: 'Certifications & Training' },
      order: ['summary', 'groups', 'work', 'break', 'projects', 'volunteer', 'education', 'certs', 'skills'] },
  },
};

// per-case overrides (merged over the design base; H merged key by key)
export const CASES = [
  ['gdocs', 'quincy', { H: { projects: 'Relevant Projects', groups: 'Relevant Skills', skills: 'Technical Skills' }, order: ['summary', 'skills', 'projects', 'groups', 'work', 'education', 'certs'], bulletsFor: 0 }],
  ['gdocs', 'thaddeus', { dates: 'num', dash: ' - ', present: 'Current', H: { groups: 'Relevant Skills', projects: 'Data Projects' } }],
  ['gdocs', 'bernadette', { dates: 'year', H: { work: 'Work History' }, bulletsFor: 1 }],
  ['gdocs', 'willa', { dates: 'month', H: { groups: 'Areas of Expertise', projects: 'Informatics Project', work: 'Clinical Experience' } }],
  ['soq', 'willa', { H: { skills: 'Technical Proficiencies' } }],
  ['soq', 'ainsley', { dates: 'num', dash: ' - ', present: 'Current', bulletsFor: 3, H: { work: 'Relevant Experience' } }],
  ['soq', 'odalys', { dates: 'month', H: { volunteer: 'Community Involvement' } }],
  ['soq', 'thaddeus', { dates: 'year', dash: '–', H: { projects: 'Analytics Projects', skills: 'Areas of Strength' } }],
  ['twocol', 'thaddeus', { dates: 'mon', H: { projects: 'Portfolio Projects' }, order: ['summary', 'groups', 'projects', 'work', 'skills', 'education', 'certs'] }],
  ['twocol', 'quincy', { dates: 'mon', profiles: 'handle', H: { summary: 'Hello!', groups: 'What I Bring', work: 'Experience' }, order: ['summary', 'projects', 'groups', 'work', 'skills', 'education', 'certs'] }],
  ['twocol', 'ainsley', { H: { groups: 'Key Accomplishments', volunteer: 'Volunteer Leadership' } }],
  ['twocol', 'bernadette', { dates: 'num', dash: ' – ', present: 'Present', breakMode: 'none', order: ['summary', 'groups', 'work', 'break', 'volunteer', 'skills', 'education', 'certs'], H: { work: 'Work History' } }],
  ['latex', 'bernadette', { dates: 'mon', H: { groups: 'Relevant Skills & Accomplishments' } }],
  ['latex', 'ainsley', { profiles: 'https', H: { work: 'Employment History', summary: 'Summary' } }],
  ['latex', 'thaddeus', { dates: 'mon', present: 'Present', certsIn: 'education', H: { education: 'Education & Training', groups: 'Transferable Skills' } }],
  ['latex', 'willa', { dates: 'num', dash: ' -- ', H: { groups: 'Core Competencies', projects: 'Project' } }],
  ['lopdf', 'odalys', { H: { groups: 'Core Competencies', work: 'Professional Experience' } }],
  ['lopdf', 'willa', { dates: 'year', H: { summary: 'Summary' } }],
  ['lopdf', 'quincy', { present: 'Now', bulletsFor: 1, order: ['summary', 'projects', 'groups', 'skills', 'work', 'education', 'certs'], H: { groups: 'Transferable Skills', skills: 'Tech Stack', work: 'Work Experience' } }],
  ['docx-func', 'odalys', {}],
  ['docx-func', 'bernadette', { dates: 'mon', H: { summary: 'Professional Profile', groups: 'Areas of Expertise' } }],
  ['docx-func', 'ainsley', { dates: 'num', dash: ' - ', present: 'Current', H: { groups: 'Core Competencies', work: 'Employment History' } }],
  ['docx-table', 'thaddeus', { dates: 'num', dash: ' – ', H: { projects: 'Relevant Projects' } }],
  ['docx-table', 'willa', { H: { groups: 'Transferable Skills' } }],
  ['docx-table', 'ainsley', { dates: 'year', H: { work: 'Employment History' } }],
  ['docx-header', 'quincy', { H: { summary: 'Summary', skills: 'Technical Skills', work: 'Work History' }, order: ['summary', 'skills', 'projects', 'groups', 'work', 'education', 'certs'], bulletsFor: 1 }],
  ['docx-header', 'odalys', { dates: 'month', order: ['quals', 'groups', 'work', 'volunteer', 'education', 'certs', 'skills'] }],
  ['docx-header', 'bernadette', { dates: 'num', dash: ' – ', present: 'Present', bulletsFor: 1, H: { work: 'Employment History' } }],
].map(([design, persona, o]) => {
  const base = DESIGNS[design].base;
  return { id: `${design}-${persona}`, design, persona, D: { ...base, ...o, H: { ...base.H, ...(o.H ?? {}) } } };
});
