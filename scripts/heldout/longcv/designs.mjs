// Nine designs (LaTeX ×4, Chromium HTML ×3, DOCX ×2) and the 22 cases (design × persona).
const ALL = ['summary', 'highlights', 'competencies', 'work', 'earlier', 'education', 'skills', 'opensource', 'publications', 'patents', 'talks', 'board', 'service', 'languages'];

export const DESIGNS = {
  'tex-charter-ruled': {
    engine: 'pdflatex', entry: 'employerFirst', dateStyle: 'mon', sep: ' – ', present: 'Present', gridCols: 3,
    order: ['summary', 'highlights', 'competencies', 'work', 'earlier', 'education', 'skills', 'board', 'patents', 'publications', 'talks', 'opensource', 'service', 'languages'],
    headings: { summary: 'Executive Summary', work: 'Professional Experience', earlier: 'Earlier Career' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }],
    tex: { fonts: '\\usepackage{charter}', heading: 'rule-sc', footer: 'Curriculum vitae · references available on request', size: '10pt', geometry: 'margin=2cm' },
    what: 'pdfLaTeX, Bitstream Charter; small-caps section headings over a \\titlerule (titlesec); tabular* rows "Employer … Location" / italic "Title … Jan 2015 – Present"; promotions as one employer row followed by dated titles; fancyhdr running header "Name … Page N of M" on pages 2+ and a centred footer on every page; Earlier Career one line per role',
  },
  'tex-xe-sans-color': {
    engine: 'xelatex', entry: 'titleFirst', dateStyle: 'mm/yyyy', sep: ' – ', present: 'present', gridCols: 3,
    order: ['summary', 'competencies', 'work', 'earlier', 'skills', 'opensource', 'talks', 'patents', 'publications', 'board', 'education', 'languages'],
    headings: { summary: 'PROFILE', competencies: 'CORE COMPETENCIES', work: 'EXPERIENCE', earlier: 'EARLIER ROLES', skills: 'TECHNICAL SKILLS', opensource: 'OPEN SOURCE', talks: 'SELECTED TALKS', patents: 'PATENTS', publications: 'SELECTED PUBLICATIONS', board: 'BOARD & ADVISORY', education: 'EDUCATION', languages: 'LANGUAGES', service: 'SERVICE' },
    earlierLine: (e, r) => [{ text: e.employer, b: true }, { text: ` — ${e.title} (${r})` }],
    tex: { fonts: '\\setmainfont{Lato}\n\\setsansfont{Lato}', heading: 'color-caps', accent: '0E5A8A', accentLabel: true, bullet: '\\textendash', subBullet: '\\textbullet', footer: '', raggedright: true, size: '10pt', geometry: 'margin=1.8cm', contactSep: ' \\textbullet{} ' },
    what: 'XeLaTeX, Lato; coloured ALL-CAPS headings over a thick rule; title first ("Title … 03/2019 – present") and the employer in italics on the next row with its city right-aligned; en-dash bullets with • sub-bullets; Earlier Roles as "Employer — Title (2000–2003)"; running header with page numbers on pages 2+; education near the end',
  },
  'tex-academic-pazo': {
    engine: 'pdflatex', entry: 'gutter', dateStyle: 'yyyy', sep: '–', present: 'present', numberedPubs: true, gridCols: 3,
    order: ['summary', 'education', 'work', 'earlier', 'publications', 'patents', 'talks', 'service', 'opensource', 'competencies', 'skills', 'board', 'languages'],
    headings: { summary: 'Research Profile', work: 'Appointments', earlier: 'Earlier Positions', publications: 'Selected Publications', competencies: 'Research Areas', skills: 'Technical Skills', talks: 'Invited Talks', opensource: 'Software', service: 'Professional Service' },
    earlierLine: (e, r) => [{ text: `${r}  ${e.title}, ${e.employer}` }],
    tex: { fonts: '\\usepackage{tgpagella}', heading: 'academic', runLeft: null, footer: '', size: '11pt', geometry: 'margin=2.2cm', gridMark: '' },
    what: 'pdfLaTeX, TeX Gyre Pagella; academic CV: years in a left gutter (enumitem label column, "2018–2021", "2021–present"), bold "Title, Employer, City" entries, bullets indented past the gutter; education first; numbered [1]–[n] publications; patents, invited talks, service; running header "Name … Page N of M" from page 2',
  },
  'tex-xe-garamond': {
    engine: 'xelatex', entry: 'employerFirst', dateStyle: 'month', sep: ' – ', present: 'Present', titleBold: false, ladderRange: true, gridCols: 3,
    order: ['highlights', 'summary', 'work', 'earlier', 'board', 'education', 'competencies', 'skills', 'publications', 'patents', 'talks', 'opensource', 'service', 'languages'],
    headings: { highlights: 'Leadership Highlights', summary: 'Summary', work: 'Career History', earlier: 'Earlier Career', competencies: 'Areas of Expertise' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }],
    tex: { fonts: '\\setmainfont{EBGaramond}[Extension=.otf, UprightFont=*-Regular, ItalicFont=*-Italic, BoldFont=*-Bold, BoldItalicFont=*-BoldItalic]', heading: 'centered', centerHead: true, nameStyle: '\\scshape', footer: '', size: '11pt', geometry: 'margin=2cm', contactSep: ' \\quad{}·\\quad{} ' },
    what: 'XeLaTeX, EB Garamond; centred name (small caps) and contacts; centred small-caps headings with a rule; Leadership Highlights first; full month names ("March 2019 – Present"); promotions under one employer row that also carries the overall range ("Austin, TX · August 2014 – February 2022"); "(acquired by Oracle)" after a date; running header with page numbers',
  },
  'html-inter-grid': {
    engine: 'chromium', entry: 'employerFirst', dateStyle: 'mon', sep: ' – ', present: 'Present', summaryHeading: false, gridCols: 3,
    order: ['summary', 'highlights', 'competencies', 'work', 'earlier', 'education', 'skills', 'board', 'opensource', 'patents', 'publications', 'talks', 'service', 'languages'],
    headings: { highlights: 'LEADERSHIP HIGHLIGHTS', competencies: 'CORE COMPETENCIES', work: 'EXPERIENCE', earlier: 'EARLIER CAREER', education: 'EDUCATION', skills: 'TECHNOLOGY', board: 'BOARD & ADVISORY', opensource: 'OPEN SOURCE', patents: 'PATENTS', publications: 'SELECTED PUBLICATIONS', talks: 'TALKS', service: 'SERVICE', languages: 'LANGUAGES' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }],
    contactSep: '  ·  ', languagesInline: true,
    html: { font: "'Inter', sans-serif", size: '9.5pt', accent: '#0b6e4f', footer: 'Confidential', css: 'h1{color:#0b6e4f;letter-spacing:-0.5px} h2{font-size:10pt;letter-spacing:1.2px;color:#0b6e4f;border-bottom:1.5px solid #0b6e4f;margin:12pt 0 4pt;padding-bottom:1pt} .row.sub .l{color:#333} .label{color:#444}' },
    what: 'Chromium, Inter; summary paragraph without a heading under the contact line, then Leadership Highlights bullets and a 3-column Core Competencies grid (CSS grid, ▪ markers); ALL-CAPS green headings with rules; "Employer … City" / italic "Title … Jan 2015 – Present" flex rows; promotions stacked under one employer row; running header "Name … Page N of M" in @page margin boxes from page 2 and "Confidential" footer',
  },
  'html-serif-gutter': {
    engine: 'chromium', entry: 'gutter', dateStyle: 'mon', sep: ' – ', present: 'present', gridCols: 2,
    order: ['summary', 'work', 'earlier', 'education', 'publications', 'patents', 'talks', 'opensource', 'service', 'board', 'competencies', 'skills', 'languages'],
    headings: { summary: 'Profile', work: 'Experience', earlier: 'Earlier career', education: 'Education', publications: 'Selected publications', talks: 'Talks', opensource: 'Open source', competencies: 'Areas of expertise', skills: 'Skills', board: 'Board and advisory roles', service: 'Service', languages: 'Languages', patents: 'Patents' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }], listStyle: { talks: 'lines', board: 'lines' },
    html: { font: "'Charis SIL', serif", size: '10pt', css: 'h1{font-weight:normal;font-size:26pt} h2{font-variant:small-caps;font-size:13pt;font-weight:normal;margin:12pt 0 3pt;border-bottom:0.5pt solid #999} .contact{color:#333}' },
    what: 'Chromium, Charis SIL; dates in a 1.5in left gutter (CSS grid) beside "Title, Employer, City"; promotions: employer row with an empty gutter then one gutter row per title; lower-case small-caps headings; talks and board roles as plain lines; running header "Name … Page N of M" from page 2',
  },
  'html-ats-plain': {
    engine: 'chromium', entry: 'oneLine', dateStyle: 'mm/yyyy', sep: ' - ', present: 'Current', skillsFlat: true, languagesInline: true, gridCols: 3,
    order: ['summary', 'highlights', 'work', 'earlier', 'education', 'competencies', 'skills', 'patents', 'publications', 'talks', 'opensource', 'board', 'service', 'languages'],
    headings: { summary: 'SUMMARY', highlights: 'KEY ACHIEVEMENTS', work: 'PROFESSIONAL EXPERIENCE', earlier: 'PRIOR EXPERIENCE', education: 'EDUCATION', competencies: 'CORE COMPETENCIES', skills: 'TECHNICAL SKILLS', patents: 'PATENTS', publications: 'PUBLICATIONS', talks: 'SPEAKING', opensource: 'OPEN SOURCE', board: 'BOARDS & ADVISORY', service: 'SERVICE', languages: 'LANGUAGES' },
    earlierLine: (e, r) => [{ text: `${e.employer} - ${e.title} (${r})` }], earlySep: '-',
    html: { font: "'Liberation Sans', Arial, sans-serif", size: '10pt', paper: 'Letter', margin: '0.6in 0.7in', css: 'h1{font-size:20pt} h2{font-size:10.5pt;font-weight:bold;margin:10pt 0 3pt} .contact{font-size:9.5pt}' },
    what: 'Chromium, Liberation Sans (Arial metrics), US Letter; plain ATS style: bold CAPS headings without rules; one line per role "Title, Employer, City … 03/2019 - Current"; promotions under a bold employer row; skills as one comma list; "Employer - Title (2000-2003)" prior-experience lines; page numbers in the running header from page 2',
  },
  'docx-ooxml-tabs': {
    engine: 'docx', entry: 'employerFirst', dateStyle: 'mon', sep: ' – ', present: 'Present', gridCols: 3,
    order: ['summary', 'highlights', 'competencies', 'work', 'earlier', 'education', 'skills', 'publications', 'patents', 'talks', 'opensource', 'board', 'service', 'languages'],
    headings: { summary: 'Professional Summary', highlights: 'Leadership Highlights', competencies: 'Core Competencies', work: 'Professional Experience', earlier: 'Earlier Career' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }],
    docx: { font: 'Calibri', size: 10.5, rule: true, footer: 'Curriculum Vitae' },
    what: 'DOCX written as OOXML, Calibri 10.5; accent-coloured headings with a grey bottom border; "Employer<right tab>City" / italic "Title<right tab>Jan 2015 – Present"; Word bullets (Symbol •, level-2 Courier "o") with bold runs inside; 3-column borderless competencies table; page-2+ header "Name<tab>Page PAGE of NUMPAGES" (w:titlePg, empty first-page header); footer on every page',
  },
  'docx-from-html': {
    engine: 'lo-docx', entry: 'titleFirst', dateStyle: 'month', sep: ' – ', present: 'Present', gridCols: 3, lo: true,
    order: ['summary', 'highlights', 'work', 'earlier', 'competencies', 'skills', 'education', 'board', 'opensource', 'patents', 'publications', 'talks', 'service', 'languages'],
    headings: { summary: 'Profile', highlights: 'Selected Achievements', work: 'Employment History', earlier: 'Earlier Career', competencies: 'Core Competencies', skills: 'Technical Skills' },
    earlierLine: (e, r) => [{ text: `${e.title}, ${e.employer}, ${r}` }],
    html: { loCss: 'body{font-family:"Liberation Serif",serif;font-size:11pt} h1{font-size:22pt;margin:0} h2{font-size:13pt;color:#7a1f1f;border-bottom:1px solid #7a1f1f;margin:10pt 0 3pt} .label{font-size:13pt} p{margin:2pt 0} .contact{font-size:10pt} td{font-size:11pt}' },
    what: 'HTML written for LibreOffice Writer and converted to DOCX by LibreOffice (HTML (StarWriter) import → MS Word 2007 XML); Liberation Serif; each entry header is a 2-cell borderless table ("Title … March 2019 – Present" / italic "Employer … City"); competencies in a 3-column table; HTML lists become Word numbering; no page header',
  },
};

export const CASES = [
  ['tex-charter-ruled', 'desmond'], ['tex-charter-ruled', 'ingrid'], ['tex-charter-ruled', 'kenneth'],
  ['tex-xe-sans-color', 'mirela'], ['tex-xe-sans-color', 'ingrid'], ['tex-xe-sans-color', 'desmond'],
  ['tex-academic-pazo', 'beatriz'], ['tex-academic-pazo', 'ingrid'],
  ['tex-xe-garamond', 'kenneth'], ['tex-xe-garamond', 'beatriz'],
  ['html-inter-grid', 'kenneth'], ['html-inter-grid', 'desmond'], ['html-inter-grid', 'mirela'],
  ['html-serif-gutter', 'beatriz'], ['html-serif-gutter', 'mirela'],
  ['html-ats-plain', 'ingrid'], ['html-ats-plain', 'kenneth'],
  ['docx-ooxml-tabs', 'desmond'], ['docx-ooxml-tabs', 'mirela'], ['docx-ooxml-tabs', 'beatriz'],
  ['docx-from-html', 'kenneth'], ['docx-from-html', 'ingrid'],
];
export { ALL };
