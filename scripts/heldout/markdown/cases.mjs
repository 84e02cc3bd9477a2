// The 28 cases of the "markdown" batch: persona x design, with the per-case options (printed date style, heading
// words, contact and skills variants). layout.notes of each key = NOTES[design] + the case note.

const D = {
  mon: { style: 'Mon YYYY', sep: ' – ', present: 'Present' },
  monNow: { style: 'Mon YYYY', sep: ' – ', present: 'now' },
  month: { style: 'Month YYYY', sep: ' – ', present: 'present' },
  slash: { style: 'MM/YYYY', sep: ' - ', present: 'Current' },
  year: { style: 'YYYY', sep: '–', present: 'Present' },
  yearNow: { style: 'YYYY', sep: '–', present: 'now' },
  iso: { style: 'YYYY-MM', sep: ' → ', present: 'present' },
  isoOrg: { style: 'YYYY-MM', sep: ' – ', present: 'present' },
  arrow: { style: 'Mon YYYY', sep: ' → ', present: 'now' },
  ym: { style: 'YYYY/MM', sep: ' – ', present: 'today' },
  txt: { style: 'Mon YYYY', sep: ' - ', present: 'present' },
  txtSlash: { style: 'MM/YYYY', sep: ' - ', present: 'now' },
};

const H = {
  std: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills', projects: 'Projects', talks: 'Talks', certs: 'Certifications' },
  about: { summary: 'About me', work: 'Work experience', edu: 'Education', skills: 'Tech stack', projects: 'Open source', talks: 'Talks' },
  hello: { summary: 'Hi, I\'m Declan 👋', work: 'Where I\'ve worked', edu: 'Education', skills: 'Things I use', projects: 'Side projects' },
  profile: { summary: 'Profile', work: 'Professional Experience', edu: 'Education', skills: 'Technical Skills', projects: 'Selected Projects', talks: 'Speaking' },
  caps: { summary: 'SUMMARY', work: 'EXPERIENCE', edu: 'EDUCATION', skills: 'SKILLS', projects: 'PROJECTS', talks: 'TALKS', certs: 'CERTIFICATIONS' },
  capsOss: { summary: 'ABOUT', work: 'WORK HISTORY', edu: 'EDUCATION', skills: 'TOOLBOX', projects: 'OPEN SOURCE PROJECTS', talks: 'CONFERENCE TALKS' },
  plainTitle: { summary: 'Profile', work: 'Employment', edu: 'Education', skills: 'Skills', projects: 'Projects' },
  dark: { summary: 'whoami', work: 'experience', edu: 'education', skills: 'stack', projects: 'side-projects' },
  darkB: { summary: 'About', work: 'Experience', edu: 'Education', skills: 'Toolbox', projects: 'Apps' },
  matrix: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills matrix', projects: 'Projects', certs: 'Certifications' },
  matrixB: { summary: 'Summary', work: 'Work history', edu: 'Education', skills: 'Skill matrix', projects: 'Projects', certs: 'Certifications' },
  org: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications' },
  orgB: { summary: 'Profile', work: 'Work', edu: 'Education', skills: 'Skills and tools' },
  adoc: { work: 'Experience', edu: 'Education', skills: 'Skills', projects: 'Projects', talks: 'Talks' },
  adocB: { work: 'Work Experience', edu: 'Education', skills: 'Technical Skills', projects: 'Maintained Projects', talks: 'Talks' },
  pandocA: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills' },
  pandocB: { summary: 'Profile', work: 'Employment History', edu: 'Education', skills: 'Skills', projects: 'Personal Projects' },
  pandocC: { summary: 'About', work: 'Experience', edu: 'Education', skills: 'Technical skills', projects: 'Open-source work' },
  pandocD: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Skills', projects: 'Projects I maintain', talks: 'Talks' },
};

export const CASES = [
  // 1. GitHub README look (Chromium)
  { id: 'readme-tobias', persona: 'tobias', design: 'readme', format: 'pdf', page: 'letter', o: { d: D.mon, h: H.std, contact: 'emoji', skills: 'rows' }, note: 'Emoji contact line (📍 📧 📞 🐙 💼); skills as "- **Label:** a, b" list rows.' },
  { id: 'readme-odalys', persona: 'odalys', design: 'readme', format: 'pdf', o: { d: D.monNow, h: H.about, contact: 'dots', skills: 'tags', projects: true }, note: 'Contact line joined by " • " with a personal site; projects as "**[name](url)** — description `kw` `kw`"; skills as inline-code tags; "now" for the current role.' },
  { id: 'readme-declan', persona: 'declan', design: 'readme', format: 'pdf', page: 'letter', o: { d: D.mon, h: H.hello, contact: 'emoji', skills: 'tags', projects: true }, note: 'Playful headings ("Hi, I\'m Declan 👋", "Where I\'ve worked", "Things I use"); a "Summer 2023" internship; GPA on the education line; skills as inline-code tags.' },
  { id: 'readme-renata', persona: 'renata', design: 'readme', format: 'pdf', page: 'letter', o: { d: D.slash, h: H.profile, contact: 'dots', skills: 'rows' }, note: '"MM/YYYY - Current" dates; " • " contact line; "- **Label:** a, b" skill rows.' },
  // 2. resume.md with a minimal serif stylesheet (Chromium)
  { id: 'serif-kasimir', persona: 'kasimir', design: 'serif', format: 'pdf', o: { d: D.month, h: H.std, order: ['summary', 'work', 'projects', 'edu', 'skills'] }, note: 'Full month names, "present"; projects as "### name" + italic keywords; autolinked URLs printed in full.' },
  { id: 'serif-anneliese', persona: 'anneliese', design: 'serif', format: 'pdf', o: { d: D.mon, h: H.profile, order: ['summary', 'skills', 'work', 'edu'] }, note: 'Skills before experience; "Mon YYYY – Present".' },
  { id: 'serif-hiroko', persona: 'hiroko', design: 'serif', format: 'pdf', o: { d: D.ym, h: H.about, order: ['summary', 'work', 'edu', 'skills', 'projects'] }, note: '"YYYY/MM – today" dates; one degree without a separate area (Bachelor of Information Technology).' },
  // 3. one-line "**Company** | Title | dates"
  { id: 'pipes-tobias', persona: 'tobias', design: 'pipes', format: 'pdf', page: 'letter', o: { d: D.year, h: H.pandocA, skills: 'comma', stamp: '5/20/2025' }, note: 'VS Code "Markdown PDF" look with its "resume.md" / date header line; year-only ranges "2021–Present"; skills as one comma list.' },
  { id: 'pipes-hiroko', persona: 'hiroko', design: 'pipes', format: 'pdf', o: { d: D.slash, h: H.about, skills: 'rows', projects: true, stamp: '20/05/2025' }, note: 'VS Code "Markdown PDF" look with a "resume.md" / date header line; "MM/YYYY - Current"; skills as "* Label — a, b" rows; a project line "**Tramline** | WidgetKit, SwiftUI".' },
  { id: 'pipes-renata-docx', persona: 'renata', design: 'pipes', format: 'docx', page: 'letter', app: 'Microsoft Office Word', o: { d: D.yearNow, h: H.profile, skills: 'rows' }, note: 'DOCX: bold company run then " | Title | 2019–2021" in one paragraph, a line break, the location; "now" for the current role; bullets only through the List Bullet style.' },
  { id: 'pipes-declan-docx', persona: 'declan', design: 'pipes', format: 'docx', page: 'letter', app: 'Microsoft Office Word', o: { d: D.year, h: H.plainTitle, skills: 'comma', projects: true }, note: 'DOCX: "**Target** | Software Engineer I | 2024–Present", a "Summer 2023" internship; projects "**name** | stack" + description; GPA line under the degree.' },
  // 4. plain text printed from an editor (Chromium)
  { id: 'text-anneliese', persona: 'anneliese', design: 'plaintext', format: 'pdf', o: { d: D.txt, h: H.caps, under: '=', bullet: '*', caps: true, header: 'gedit' }, note: 'Name typed in capitals; CAPS headings underlined with "="; "*" bullets; gedit-like header "resume.txt … Page 1 of 2"; certifications as a final section.' },
  { id: 'text-kasimir', persona: 'kasimir', design: 'plaintext', format: 'pdf', o: { d: D.txtSlash, h: H.plainTitle, under: '-', bullet: '-', header: 'notepad', font: 'Liberation Mono' }, note: 'Title-case headings underlined with "-"; "-" bullets; "MM/YYYY - now"; Notepad-like centred "resume.txt" header and "Page N" footer; Liberation Mono.' },
  { id: 'text-odalys', persona: 'odalys', design: 'plaintext', format: 'pdf', o: { d: D.txt, h: H.capsOss, under: '=', bullet: '*', header: null, width: 76 }, note: 'No page header; projects as "* name -- description [keywords]"; talks with " -- " separators; no phone.' },
  // 5. pandoc -> DOCX
  { id: 'pandoc-tobias-docx', persona: 'tobias', design: 'pandoc', format: 'docx', page: 'letter', o: { d: D.month, h: H.pandocA, join: ' at ', skills: 'table', order: ['summary', 'work', 'skills', 'edu'] }, note: 'Roles "### Title at Company"; skills as a pipe table (Area | Skills).' },
  { id: 'pandoc-hiroko-docx', persona: 'hiroko', design: 'pandoc', format: 'docx', o: { d: D.mon, h: H.pandocB, join: ' @ ', skills: 'rows', order: ['summary', 'work', 'projects', 'skills', 'edu'] }, note: 'Roles "### Title @ Company"; skills as bold-label paragraphs.' },
  { id: 'pandoc-kasimir-docx', persona: 'kasimir', design: 'pandoc', format: 'docx', o: { d: D.slash, h: H.pandocC, join: ' | ', skills: 'comma', order: ['summary', 'work', 'projects', 'edu', 'skills'] }, note: 'Roles "### Title | Company"; "MM/YYYY - Current"; skills as one comma paragraph.' },
  { id: 'pandoc-odalys-docx', persona: 'odalys', design: 'pandoc', format: 'docx', o: { d: D.mon, h: H.pandocD, join: ' — ', companyFirst: true, skills: 'list', order: ['summary', 'work', 'projects', 'talks', 'edu', 'skills'] }, note: 'Roles "### Company — Title" (company first); numbered talks list; skills as a bullet list "Label: a, b".' },
  // 6. table-based skills matrix
  { id: 'matrix-renata', persona: 'renata', design: 'matrix', format: 'pdf', page: 'letter', o: { d: D.iso, h: H.matrix, col: 'Level' }, note: 'Typora-like PDF: contact as a 3-column table, summary as a block quote, skills matrix (Area | Technologies | Level), ISO dates in code spans "`2022-01` → `present`", education table.' },
  { id: 'matrix-anneliese-docx', persona: 'anneliese', design: 'matrix', format: 'docx', app: 'Microsoft Office Word', colWidths: (n) => (n === 2 ? [1800, 7226] : n === 3 ? [2600, 5000, 1426] : null), o: { d: D.iso, h: H.matrixB, col: 'Years', contact: 'column' }, note: 'DOCX: contact as a two-column "Contact" table (channel | value), skills (Area | Technologies | Years) and education as Table Grid tables; roles "### Title · Company" + "2020-09 → present · City"; certifications list.' },
  { id: 'matrix-declan-docx', persona: 'declan', design: 'matrix', format: 'docx', page: 'letter', app: 'Microsoft Office Word', margins: { left: 1080, right: 1080 }, colWidths: (n) => (n === 3 ? [2600, 5600, 1880] : n === 4 ? [2850, 1700, 3050, 2480] : null), o: { d: D.iso, h: H.matrix, col: 'Level', projects: true }, note: 'DOCX: contact table with four columns; skills matrix with a Level column; projects as a table (Project | What it does | Built with); "Summer 2023" internship.' },
  // 7. dark theme (Chromium)
  { id: 'dark-kasimir', persona: 'kasimir', design: 'dark', format: 'pdf', o: { d: D.arrow, h: H.dark, projects: true }, note: 'Lower-case headings ("whoami", "experience", "stack"); "Mon YYYY → now" in code spans; skills as a nested list under group labels.' },
  { id: 'dark-declan', persona: 'declan', design: 'dark', format: 'pdf', page: 'letter', o: { d: D.mon, h: H.darkB, projects: true }, note: '"Summer 2023" in a code span; projects with a nested "stack:" item; LinkedIn marked by a literal "in".' },
  { id: 'dark-hiroko', persona: 'hiroko', design: 'dark', format: 'pdf', o: { d: D.slash, h: H.darkB, projects: true }, note: '"MM/YYYY - Current" in code spans; personal site with ⌂.' },
  // 8. Org-mode -> DOCX
  { id: 'org-anneliese-docx', persona: 'anneliese', design: 'org', format: 'docx', o: { d: D.isoOrg, h: H.org, date: '2025-05-20' }, note: 'Export date "2025-05-20" under the e-mail; certifications.' },
  { id: 'org-renata-docx', persona: 'renata', design: 'org', format: 'docx', o: { d: D.isoOrg, h: H.orgB, date: null }, note: 'No export date; GPA on the degree line.' },
  // 9. AsciiDoc (Chromium)
  { id: 'adoc-tobias', persona: 'tobias', design: 'asciidoc', format: 'pdf', page: 'letter', o: { d: D.month, h: H.adoc, rev: ['2025.05', '2025-05-20'] }, note: 'Full month names; revision line "version 2025.05, 2025-05-20" and a "Last updated" footer (dates that are not resume dates).' },
  { id: 'adoc-odalys', persona: 'odalys', design: 'asciidoc', format: 'pdf', o: { d: D.slash, h: H.adocB, sectnums: true, rev: ['3.1', '2025-04-02'] }, note: ':sectnums: section numbers "1. Work Experience" (the key keeps the heading words); projects as a labelled list; talks; no phone.' },
];

export const NOTES = {
  readme: 'Single column. Markdown rendered like a GitHub README (Noto Sans, H1/H2 with underline rules, grey inline-code chips): "### Company" then "**Title** · City · *dates*" and "-" bullets; education "### School" + "Degree in Area · years".',
  serif: 'Single column. resume.md rendered with a minimal serif stylesheet (Charis SIL, md-to-pdf / markdown-resume style): centred name, "label" + " | "-joined contact line of autolinks, a horizontal rule, roles as "### Title — Company" followed by an italic "dates · City" line, "*" bullets, "**Label:** a, b" skill lines with hard breaks; degrees as "### Degree Area — School".',
  pipes: 'Single column. Each role on one line "**Company** | Title | dates" with the city on the next line and "*" bullets directly below; " · "-joined contact line with bare handles; education "**School** | Degree Area | years".',
  plaintext: 'Single column, monospace. A hand-typed .txt resume: headings underlined with a row of "=" or "-" (the key holds the heading text only), "Company -- City" with the date range pushed to column 78 by spaces, the title on the next line, ASCII bullets with wrapped continuation lines indented by spaces, "Label:" skill rows padded with spaces, "  |  " contact separators.',
  pandoc: 'Single column DOCX in pandoc\'s reference.docx dialect: the name in the Title style, a bold label with a hard line break, " · "-joined contact line with hyperlinked autolinks (full https:// URLs printed), Heading 1 sections, Heading 2 roles, an italic "dates, City" First Paragraph, Compact bullet paragraphs (numbering •), education as "**School**, City — Degree, Area (years)".',
  matrix: 'Single column. Markdown that leans on tables: contact details as a one-row table with a header row, the summary as a block quote, a skills matrix table, roles "### Title · Company" + "start → end · City" with ISO year-month dates, "+" bullets, education as a table.',
  dark: 'Single column on a dark background (light text on #1e1e2e; real text). Markdown rendered by a dark editor theme (JetBrains Mono headings, Inter body); section headings are preceded by a dim CSS-generated "## " marker that is in the text layer (the key holds the heading words); contact symbols ✉ ☎ ⌥ ⌂; roles "### Company" + "**Title** · City · `dates`".',
  org: 'Single column DOCX exported from Org-mode: centred Title and e-mail, contact details as an Org description list (bold term paragraph, indented value paragraph), outline-numbered headings "1 Summary", "2.1 Title, Company" (numbers come from numbering, the key holds the words), an italic City + " · 2020-09–present" line, bullets, skills as a description list.',
  asciidoc: 'Single column. AsciiDoc rendered by Asciidoctor\'s default stylesheet: document title with an author/e-mail/revision details block, a preamble with label · city · phone and profile URLs, the summary as a quote block, "== " sections as red-brown H2, roles "=== Company" + "**Title** | City | _dates_", skills as a horizontal labelled list (a two-column table), a dark "Last updated" footer.',
};
