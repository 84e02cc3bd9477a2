// XeLaTeX / LuaLaTeX designs with hand-written classes (not based on any published CV template). Each returns
// { tex, files: {'<class>.cls': ...}, texEngine, ... }; gen.mjs compiles twice in a private temp dir.
import { tex as t, range, degree } from './lib.mjs';

// ------------------------------------------------------------------------------------------------
// 8. xe-swiss-grid: a Swiss-style grid. Class `swissgrid.cls` (XeLaTeX, TeX Gyre Heros): a 3.3 cm left column
//    and a wide right column, used by every row. Section names sit in red over a full-width rule, entries put the
//    dates "03.2019 — 11.2022" / "since 08.2021" in the left column and title, employer and en-dash bullets on
//    the right. Contacts carry Unicode symbols from DejaVu Sans (✉ ☎ ⌂ ↗). Skills are a multicol block
//    (3 columns, keyword per line) inside the right column.
const SWISS_CLS = String.raw`\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{swissgrid}[2024/02/01 Swiss grid CV, hand-made]
\LoadClass[10pt]{article}
\RequirePackage[a4paper,left=1.7cm,right=1.7cm,top=1.5cm,bottom=1.5cm]{geometry}
\RequirePackage{fontspec}
\setmainfont{TeX Gyre Heros}
\newfontfamily\symfont{DejaVu Sans}
\RequirePackage{xcolor,array,multicol}
\RequirePackage[hidelinks]{hyperref}
\definecolor{swissred}{HTML}{D52B1E}
\definecolor{mid}{HTML}{666666}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{0pt}
\newlength{\gridleft}\setlength{\gridleft}{3.3cm}
\newlength{\gridgap}\setlength{\gridgap}{0.6cm}
% one grid row: #1 left cell, #2 right cell (widths taken from \linewidth when the row is set)
\newcommand{\gridrow}[2]{\par\noindent\begin{minipage}[t]{\gridleft}\raggedright\mbox{}#1\end{minipage}\hspace{\gridgap}\begin{minipage}[t]{\dimexpr\linewidth-\gridleft-\gridgap\relax}#2\end{minipage}\par}
\newcommand{\cvname}[1]{{\fontsize{28}{32}\selectfont\bfseries #1\par}}
\newcommand{\cvlabel}[1]{\vspace{2pt}{\large\color{mid}#1\par}}
\newcommand{\sym}[1]{{\symfont\color{swissred}#1}\,}
\newcommand{\cvsection}[1]{\par\vspace{10pt}{\color{swissred}\bfseries #1}\par\vspace{1pt}{\color{swissred}\rule{\linewidth}{0.6pt}}\par\vspace{5pt}}
\newcommand{\when}[1]{{\small\color{mid}#1}}
\newcommand{\bul}[1]{\par\hangindent=1em\hangafter=1\makebox[1em][l]{–}#1}
\endinput
`;
export function xeSwissGrid(P, K) {
  const o = { style: 'mm.yyyy', sep: ' — ', since: 'since' };
  const L = [];
  L.push('\\documentclass{swissgrid}', '\\begin{document}');
  L.push(`\\gridrow{}{\\cvname{${t(K.set('name', P.name))}}\\cvlabel{${t(K.set('label', P.label))}}}`, '\\vspace{8pt}');
  const c1 = [`\\sym{✉}${t(K.set('email', P.email))}`, `\\sym{☎}${t(K.set('phone', P.phone))}`, `\\sym{⌂}${t(K.set('location', P.location))}`];
  const c2 = [`\\sym{↗}\\href{https://${P.linkedin}}{${t(K.profile(P.linkedin))}}`, `\\sym{↗}\\href{https://${P.github}}{${t(K.profile(P.github))}}`];
  L.push(`\\gridrow{}{\\small\\begin{minipage}[t]{0.46\\linewidth}${c1.join('\\\\')}\\end{minipage}\\hfill\\begin{minipage}[t]{0.5\\linewidth}${c2.join('\\\\')}\\end{minipage}}`);
  const sec = (h) => L.push(`\\cvsection{${t(K.sec(h))}}`);
  sec('About');
  L.push(`\\gridrow{}{${t(K.set('summary', P.summary))}}`);
  sec('Experience');
  for (const job of P.work) {
    const r = range(job, o);
    const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
    const right = [`{\\bfseries ${t(job.title)}}\\par`, `${t(job.company)}, ${t(job.location)}\\par\\vspace{2pt}`];
    for (const b of job.bullets) { w.highlights.push(b); right.push(`\\bul{${t(b)}}`); }
    L.push(`\\gridrow{\\when{${t(r.text)}}}{${right.join('\n')}}`, '\\vspace{7pt}');
  }
  sec('Education');
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    L.push(`\\gridrow{\\when{${t(r.text)}}}{{\\bfseries ${t(d.text)}}\\par ${t(ed.school)}, ${t(ed.location)}${ed.score ? `\\par Grade: ${t(ed.score)}` : ''}}`, '\\vspace{6pt}');
  }
  sec('Skills');
  const cols = P.skills.map(([g, items]) => `\\parbox[t]{\\linewidth}{\\raggedright{\\bfseries ${t(g)}}\\par ${items.map((s) => t(K.skill(s))).join('\\par ')}}\\par\\vspace{5pt}`);
  L.push(`\\gridrow{}{\\vspace{-\\baselineskip}\\begin{multicols}{3}\\raggedright ${cols.join('\n')}\\end{multicols}}`);
  for (const [h, items] of P.other) {
    sec(h);
    K.other(h, items);
    L.push(`\\gridrow{}{${items.map(t).join('\\par ')}}`);
  }
  L.push('\\end{document}');
  return {
    tex: L.join('\n') + '\n',
    files: { 'swissgrid.cls': SWISS_CLS },
    texEngine: 'xelatex',
    engine: 'XeLaTeX (TeX Live 2022, xdvipdfmx) with a hand-written class swissgrid.cls',
    notes: 'Swiss grid (XeLaTeX, TeX Gyre Heros, A4): every row is a 3.3 cm left cell plus a wide right cell (two minipages). Name 28 pt bold and grey label in the right column; two contact stacks with red Unicode symbols from DejaVu Sans (✉ e-mail, ☎ phone, ⌂ location, ↗ linked LinkedIn and GitHub handles) that reach the text layer in front of the values. Each section opens with its name in bold red over a full-width red rule. Dates in the left column as "03.2019 — 11.2022" (em dash) or "since 08.2021" for the current role; right cell bold title, "Employer, City", en-dash bullets with hanging indent. Education "Degree in Area" / "School, City" / "Grade: x". Skills are a three-column multicol block inside the right column (bold group label, then one keyword per line, balanced across the columns). Other sections are plain lines.',
    description: 'XeLaTeX with a hand-written Swiss-grid class (left date/label column, Unicode contact symbols, a multicol skills block)',
  };
}

// ------------------------------------------------------------------------------------------------
// 9. lua-margin-dates: class `margincv.cls` (LuaLaTeX, Gentium Book Plus). Wide left margin with
//    \reversemarginpar: every date range is a right-aligned margin note broken after the dash ("Sep 2019 –" /
//    "Jun 2023"), headings are letter-spaced small caps with a short rule, contacts are "·"-separated with
//    "GitHub: handle", and skills are framed tags (\fbox) that wrap like words.
const MARGIN_CLS = String.raw`\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{margincv}[2024/02/01 margin-note CV, hand-made]
\LoadClass[10.5pt]{article}
\RequirePackage[letterpaper,left=5cm,right=2cm,top=1.8cm,bottom=1.8cm,marginparwidth=2.9cm,marginparsep=0.6cm]{geometry}
\RequirePackage{fontspec}
\setmainfont{Gentium Book Plus}
\RequirePackage{xcolor}
\RequirePackage[hidelinks]{hyperref}
\definecolor{ink}{HTML}{2B3A55}
\pagestyle{empty}
\reversemarginpar
\setlength{\parindent}{0pt}
\setlength{\parskip}{2pt}
\setlength{\fboxsep}{2pt}
\newcommand{\cvname}[1]{{\fontsize{26}{30}\selectfont\color{ink}#1\par}}
\newcommand{\cvlabel}[1]{{\large\itshape #1\par}}
\newcommand{\cvsection}[1]{\par\vspace{12pt}{\color{ink}\addfontfeature{LetterSpace=12}\scshape #1}\par\vspace{-2pt}{\color{ink}\rule{2cm}{0.8pt}}\par\vspace{3pt}}
\newcommand{\margindate}[1]{\leavevmode\marginpar{\raggedleft\small\color{ink}#1}}
\newcommand{\tag}[1]{\fbox{\small #1}\hspace{2pt}\allowbreak}
\newenvironment{points}{\begin{list}{\textbullet}{\setlength{\leftmargin}{1.1em}\setlength{\itemsep}{1pt}\setlength{\topsep}{2pt}\setlength{\parsep}{0pt}}}{\end{list}}
\endinput
`;
export function luaMarginDates(P, K) {
  const o = { style: 'mon', sep: ' –\\\\', present: 'Present' };
  const L = [];
  L.push('\\documentclass{margincv}', '\\begin{document}');
  L.push(`\\cvname{${t(K.set('name', P.name))}}`, `\\cvlabel{${t(K.set('label', P.label))}}`, '\\vspace{4pt}');
  const gh = P.github.replace(/^github\.com\//, '');
  L.push(`{\\small ${t(K.set('location', P.location))} \\textperiodcentered\\ ${t(K.set('phone', P.phone))} \\textperiodcentered\\ \\href{mailto:${P.email}}{${t(K.set('email', P.email))}} \\textperiodcentered\\ GitHub: \\href{https://${P.github}}{${t(K.profile(gh))}}\\par}`);
  const sec = (h) => L.push(`\\cvsection{${t(K.sec(h))}}`);
  sec('Profile');
  L.push(t(K.set('summary', P.summary)) + '\\par');
  sec('Experience');
  for (const job of P.work) {
    const r = range(job, o);
    const w = K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });
    // The range text keeps the TeX line break after the dash; the printed words are the same.
    const dateTex = r.text.split('\\\\').map(t).join('\\\\');
    L.push('\\vspace{5pt}', `\\margindate{${dateTex}}{\\bfseries ${t(job.title)}}, \\textit{${t(job.company)}} --- ${t(job.location)}\\par`, '\\begin{points}');
    for (const b of job.bullets) { w.highlights.push(b); L.push(`\\item ${t(b)}`); }
    L.push('\\end{points}');
  }
  if (P.projects?.length) {
    sec('Projects');
    for (const pr of P.projects) {
      K.project({ name: pr.name, description: pr.desc });
      L.push(`{\\bfseries ${t(pr.name)}.} ${t(pr.desc)}\\par`);
    }
  }
  sec('Education');
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed, ', ');
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    const dateTex = r.text.split('\\\\').map(t).join('\\\\');
    L.push('\\vspace{3pt}', `\\margindate{${dateTex}}{\\bfseries ${t(d.text)}}\\par`, `\\textit{${t(ed.school)}}, ${t(ed.location)}${ed.score ? ` \\textperiodcentered\\ ${/\d/.test(ed.score) ? 'GPA ' : ''}${t(ed.score)}` : ''}\\par`);
  }
  sec('Skills & Tools');
  const tags = P.skills.flatMap(([, items]) => items).map((s) => `\\tag{${t(K.skill(s))}}`);
  L.push(`\\raggedright ${tags.join(' ')}\\par`);
  for (const [h, items] of P.other) {
    sec(h);
    K.other(h, items);
    L.push(items.map(t).join('\\par ') + '\\par');
  }
  L.push('\\end{document}');
  return {
    tex: L.join('\n') + '\n',
    files: { 'margincv.cls': MARGIN_CLS },
    texEngine: 'lualatex',
    engine: 'LuaLaTeX (TeX Live 2022) with a hand-written class margincv.cls',
    notes: 'One text column with a wide left margin (LuaLaTeX, Gentium Book Plus, US Letter). Every date range is a right-aligned \\marginpar in the left margin, broken after the dash onto two lines ("Sep 2019 –" / "Jun 2023", or "Present"), so in the text layer the start date sits on the title line and the end date on the next line, beside the first bullet. Name 26 pt, italic label, contact line "City · phone · e-mail · GitHub: handle" (the GitHub handle alone, linked). Headings are letter-spaced small caps (fontspec LetterSpace) over a short rule. Roles "Title, Employer — City" with • bullets. Education "Degree, Area" / "School, City · score". Skills are framed tags (\\fbox) without group labels, wrapping like words. OpenType ligatures (fi, fl) are on.',
    description: 'LuaLaTeX with a hand-written class that puts every date range in the left margin (\\marginpar), small-caps headings and framed skill tags',
  };
}
