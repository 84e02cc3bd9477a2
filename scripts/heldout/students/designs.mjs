// Design registry and the case list (design × persona, with per-case options and a note for layout.notes).
import { ocs } from './d-ocs.mjs';
import { gdocs } from './d-gdocs.mjs';
import { rsection } from './d-rsection.mjs';
import { tabcv } from './d-tabcv.mjs';
import { portfolio } from './d-portfolio.mjs';
import { bootcamp } from './d-bootcamp.mjs';
import { sidebar } from './d-sidebar.mjs';
import { wordside } from './d-wordside.mjs';

export const DESIGNS = { ocs, gdocs, rsection, tabcv, portfolio, bootcamp, sidebar, wordside };

export const CASES = [
  // Harvard/MIT career-office Word template (DOCX; one "Save as PDF" twin)
  { id: 'ocs-aanya', design: 'ocs', persona: 'aanya', opts: {}, note: 'street address in the contact line; teaching and research roles under Experience; club role under Leadership & Activities' },
  { id: 'ocs-mateo', design: 'ocs', persona: 'mateo', opts: { caps: true, seasons: true, linkedin: true, font: 'Cambria' }, note: 'headings typed in capitals; the internship dated "Summer 2024"; LinkedIn URL in the contact line; Cambria' },
  { id: 'ocs-zofia', design: 'ocs', persona: 'zofia', opts: { expKinds: ['intern', 'research', 'campus'], size: 10.5 }, note: 'graduated ("June 2025", no "Expected"); two internships, research and a campus job under Experience; no leadership section' },
  { id: 'ocs-callum', design: 'ocs', persona: 'callum', opts: { addr: false, seasons: true, font: 'Garamond', size: 11 }, note: 'UK student: "Predicted: First Class Honours" as the score line, A-Levels as a second education entry, "Summer 2024"/"Summer 2023" placements; Garamond requested (LibreOffice substitutes a serif)' },
  { id: 'ocs-harsh-pdf', design: 'ocs', persona: 'harsh', pdf: true, opts: {}, note: 'the Word file exported to PDF by LibreOffice; M.S. with "Expected May 2026" plus a B.Tech with "CGPA: 8.9/10"; two TA roles, a research role, a full-time job and a research internship under Experience' },
  // Google Docs export (DOCX)
  { id: 'gdocs-rosalind', design: 'gdocs', persona: 'rosalind', opts: { label: true, words: true, web: true, order: ['summary', 'experience', 'projects', 'skills', 'education', 'other'], otherHeading: 'Previous Experience', expKinds: ['job', 'teaching'] }, note: 'bootcamp graduate: Summary first, barista/bookseller jobs under "Previous Experience" at the end; LinkedIn/GitHub/Portfolio printed only as hyperlinked words (targets https://www.linkedin.com/in/rosalind-achterberg, https://github.com/rosachterberg, https://rosalind.dev), so the key has no profiles' },
  { id: 'gdocs-mateo', design: 'gdocs', persona: 'mateo', opts: { caps: true }, note: 'headings typed in capitals; profile URLs printed and hyperlinked' },
  { id: 'gdocs-zofia', design: 'gdocs', persona: 'zofia', opts: { words: true, label: true, order: ['education', 'experience', 'projects', 'other', 'skills', 'awards'], otherHeading: 'Campus & Part-Time Jobs', accent: '38761D' }, note: 'LinkedIn/GitHub printed only as hyperlinked words (no profiles in the key); library and café jobs under "Campus & Part-Time Jobs"' },
  // resume.cls-style LaTeX one-pager
  { id: 'rsection-aanya', design: 'rsection', persona: 'aanya', opts: { linkedin: true, pt: 10 }, note: 'second contact line with GitHub and LinkedIn' },
  { id: 'rsection-callum', design: 'rsection', persona: 'callum', opts: { seasons: true, paper: 'a4paper', pt: 10 }, note: 'A4; "Summer 2024" placements; A-Levels entry' },
  { id: 'rsection-zofia', design: 'rsection', persona: 'zofia', opts: { web: true, pt: 10, expKinds: ['intern', 'research', 'campus', 'other'] }, note: 'no leadership section; barista job listed with the internships' },
  { id: 'rsection-harsh', design: 'rsection', persona: 'harsh', opts: { linkedin: true, pt: 10, seasons: true }, note: 'two degrees ("CGPA: 8.9/10"), five roles, "Summer 2022" research internship' },
  // tabular-dates academic-style CV (LaTeX)
  { id: 'tabcv-harsh', design: 'tabcv', persona: 'harsh', opts: { languages: true, gutter: '3.2cm' }, note: 'two pages; Research Experience, Publications (numbered [1] [2], "Under review"/"In preparation"), Teaching Experience, Industry Experience; "CGPA 8.9/10" without a colon; Languages line' },
  { id: 'tabcv-mateo', design: 'tabcv', persona: 'mateo', opts: { groups: [['Research Experience', ['research']], ['Internship Experience', ['intern']], ['Teaching Experience', ['teaching']], ['Leadership', ['leadership']]], projHeading: 'Projects', gutter: '3.2cm' }, note: 'undergraduate research assistant; peer tutoring under Teaching Experience; club treasurer under Leadership' },
  { id: 'tabcv-zofia', design: 'tabcv', persona: 'zofia', opts: { groups: [['Research Experience', ['research']], ['Internships', ['intern']], ['Additional Experience', ['campus', 'other']]], gutter: '3.2cm' }, note: 'campus library and café jobs under "Additional Experience"' },
  // projects-first HTML portfolio resume
  { id: 'portfolio-rosalind', design: 'portfolio', persona: 'rosalind', opts: { web: true, earlier: 'EARLIER EXPERIENCE', expKinds: ['job', 'teaching'] }, note: 'career changer: barista and bookseller jobs as one-line rows without bullets under "EARLIER EXPERIENCE"' },
  { id: 'portfolio-aanya', design: 'portfolio', persona: 'aanya', opts: { accent: '#4338ca', label: 'Software Engineer · Class of 2026' }, note: 'label "Software Engineer · Class of 2026"; hackathon award inside a project bullet' },
  { id: 'portfolio-mateo', design: 'portfolio', persona: 'mateo', opts: { accent: '#b45309', paper: 'Letter' }, note: 'data projects first; research and teaching roles under EXPERIENCE' },
  { id: 'portfolio-harsh', design: 'portfolio', persona: 'harsh', opts: { accent: '#1d4ed8', web: true, label: 'Systems Engineer · M.S. CS @ Georgia Tech' }, note: 'label with "@"; five roles incl. two TA roles and a full-time job; two degrees' },
  // bootcamp / career-changer hybrid (HTML)
  { id: 'bootcamp-rosalind', design: 'bootcamp', persona: 'rosalind', opts: {}, note: 'bootcamp certificate (year only) above the 2017 B.A.; Starbucks and Powell’s under "Other Experience"' },
  { id: 'bootcamp-zofia', design: 'bootcamp', persona: 'zofia', opts: { techHeading: 'Relevant Experience', otherKinds: ['campus', 'other'], accent: '#1e3a8a' }, note: 'new graduate in the same hybrid layout: "Relevant Experience" then library/café jobs under "Other Experience"' },
  { id: 'bootcamp-callum', design: 'bootcamp', persona: 'callum', opts: { techHeading: 'Engineering Experience', techKinds: ['intern', 'leadership'], otherKinds: ['campus', 'other'], projHeading: 'Engineering Projects', paper: 'A4', accent: '#14532d' }, note: 'A4; Formula Student lead role under "Engineering Experience"; "Expected 2026"' },
  // two-column HTML sidebar
  { id: 'sidebar-harsh', design: 'sidebar', persona: 'harsh', opts: { monogram: true, eduMode: 'range', seasons: true, accent: '#3b2f63', size: '8.6pt' }, note: 'initials monogram "HN" at the top of the sidebar; "Summer 2022"; education as ranges' },
  { id: 'sidebar-rosalind', design: 'sidebar', persona: 'rosalind', opts: { expKinds: ['job', 'teaching'], leadHeading: 'Other Experience', leadKinds: ['other'], eduMode: 'end', web: true, paper: 'Letter', accent: '#2f4f4f', font: 'Lato', size: '9pt' }, note: 'no coursework; "Other Experience" at the end of the main column; website in the contact block' },
  { id: 'sidebar-callum', design: 'sidebar', persona: 'callum', opts: { sideCaps: true, seasons: true, skillLines: true, accent: '#0b4f6c', font: 'Carlito' }, note: 'sidebar headings typed in capitals; one skill per line; "Summer 2024"/"Summer 2023"' },
  { id: 'sidebar-mateo', design: 'sidebar', persona: 'mateo', opts: { dateStyle: 'num', paper: 'Letter', accent: '#8a3b12' }, note: 'numeric dates "06/2024 – 08/2024"' },
  // two-column Word sidebar (table / text box)
  { id: 'wordside-aanya', design: 'wordside', persona: 'aanya', opts: { variant: 'table', seasons: true }, note: 'table variant: name and label at the top of the shaded left cell; "Summer 2024"' },
  { id: 'wordside-callum', design: 'wordside', persona: 'callum', opts: { variant: 'textbox', summary: true }, note: 'text-box variant (A4): full-height dark text box at the left page edge; name, label and "PROFILE" in the body' },
];
