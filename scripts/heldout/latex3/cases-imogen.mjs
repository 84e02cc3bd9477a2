// Imogen Castellano (bioinformatics software engineer, PhD, Seattle) in five lookalikes: Plasmati Graduate CV,
// a two-page academic CV with numbered references, Awesome Source CV, a res.cls-like résumé with hanging
// section labels, and a fontawesome5 résumé with coloured hyperref links. Keys are built from the same data.
import { personas as P } from './personas.mjs';
import { esc, dt, rng, wk, ek, fullName, flatSkills, items, langs, yRange, unTeX } from './lib.mjs';

const T = String.raw;
const p = P.imogen;
const bl = (r) => (r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : '');
const pubText = (x) => `${x.authors}. “${x.title}”. In: ${x.venue} ${unTeX(x.detail)} (${x.year}).`;
const pubTeX = (x) => T`${esc(x.authors).replace('I. Castellano', '\\textbf{I. Castellano}')}. “${esc(x.title)}”. In: \emph{${esc(x.venue)}} ${x.detail} (${x.year}).`;

// Plasmati Graduate CV: "Curriculum Vitae" title, big name, section titles on shaded bars, a grey date column,
// a "Personal Data" table with labels, "Title at Employer" rows.
function plasmati() {
  const st = 'mmyyyy';
  const row = (a, b) => T`\row{${a}}{${b}}`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% Plasmati-Graduate-CV lookalike written from scratch for held-out batch 3 (XeLaTeX, Gillius ADF + Carlito).
\usepackage{fontspec}
\setmainfont{Carlito}
\newfontfamily\headfont{Gillius ADF}
\usepackage[a4paper,margin=1.8cm,top=1.4cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{bar}{HTML}{DCE6F0}
\definecolor{ink}{HTML}{17365D}
\definecolor{datec}{HTML}{808080}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\psec}[1]{\par\vspace{8pt}\colorbox{bar}{\makebox[\dimexpr\linewidth-2\fboxsep\relax][l]{\headfont\large\color{ink}#1}}\par\vspace{4pt}}
\newcommand{\row}[2]{\begin{tabular}{@{}p{3cm}@{\hspace{0.4cm}}p{\dimexpr\linewidth-3.4cm\relax}@{}}
\raggedleft\leavevmode{\color{datec}#1} & #2\\
\end{tabular}\par\vspace{2pt}}
\setlist[itemize]{leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt, label=\textendash}

\begin{document}
\hfill{\headfont\color{datec}\large Curriculum Vitae}\par\vspace{2pt}
{\headfont\fontsize{28}{32}\selectfont\color{ink}${p.first} ${p.last}}\par\vspace{2pt}
{\large ${p.label}}

\psec{Personal Data}
${row('Address', `${p.city}, ${p.country}`)}
${row('Phone', p.phone)}
${row('Mail', T`\href{mailto:${p.email}}{${p.email}}`)}
${row('Web', p.web)}
${row('ORCID', p.orcid)}

\psec{Education}
${p.education.map((e) => row(`${dt(e.start, st)} -- ${dt(e.end, st)}`, T`\textbf{${e.studyType} in ${esc(e.area)}}\newline ${esc(e.institution)}, ${esc(e.location)}${e.note ? T`\newline \emph{${esc(e.note)}}` : ''}${e.score ? T`\newline ${esc(e.score)}` : ''}`)).join('\n')}

\psec{Work Experience}
${p.work.map((r) => row(rng(r.start, r.end, st, 'Present', ' -- '), T`\textbf{${esc(r.position)}} at \textbf{${esc(r.company)}}, ${esc(r.location)}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`)).join('\n')}

\psec{Computer Skills}
${p.skillGroups.map(([g, ks]) => row(g, ks.map(esc).join(', '))).join('\n')}

\psec{Selected Publications}
${p.publications.slice(0, 2).map((x) => row(x.year, pubTeX(x))).join('\n')}

\psec{Languages}
${p.languages.map(([l, lv]) => row(l, lv)).join('\n')}

\psec{Awards}
${p.awards.map(([y, a]) => row(y, esc(a))).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.orcid], location: `${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true }), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    sections: ['Personal Data', 'Education', 'Work Experience', 'Computer Skills', 'Selected Publications', 'Languages', 'Awards'],
    otherSections: [
      { heading: 'Selected Publications', items: p.publications.slice(0, 2).map((x) => ({ date: x.year, title: pubText(x) })) },
      { heading: 'Languages', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'Plasmati Graduate CV (Alessandro Plasmati, LaTeXTemplates): "Curriculum Vitae" title, section titles on shaded bars, grey left column for dates and labels',
    notes: 'One column, XeLaTeX with Carlito body and Gillius ADF headings. A right-aligned grey "Curriculum Vitae" title above the name (not a section and not the name), the name, the label. Section titles sit on full-width light-blue bars. Every row is a two-column table with a grey right-aligned left column: in "Personal Data" it holds the labels Address / Phone / Mail / Web / ORCID (labels, not values); elsewhere MM/YYYY dates ("01/2022 -- Present"). Work rows read "Staff Bioinformatics Engineer at Cedar Genomics, Seattle, WA" (title first, "at", employer, location) with dash bullets. Education rows: bold "PhD in Genome Sciences", institution and location, italic dissertation, score. Computer Skills rows have the category in the left column (not keyed). Two selected publications with the year on the left. 1 page.',
    stress: 'A document title "Curriculum Vitae" above the name; label/value rows for contact data (labels in the date column); "Title at Employer, City, ST" on one line; section bars; publications with curly quotes.',
    doubts: '"Curriculum Vitae" is a document title and is not keyed as a section. The ORCID iD is keyed as a profile.' };
}

// Academic CV over two pages: centred name with "Ph.D.", two-sided contact block, year ranges on the right,
// numbered references [1]–[4] in a biblatex-numeric look written by hand, teaching and service sections,
// running footer with name and page number.
function academic() {
  const st = 'yyyy';
  const tex = T`\documentclass[11pt,letterpaper]{article}
% Academic CV with numbered references, written from scratch for held-out batch 3 (pdfLaTeX, Libertine).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{libertine}
\usepackage[letterpaper,margin=1in]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{fancyhdr}
\usepackage[hidelinks]{hyperref}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\headrulewidth}{0pt}
\fancyfoot[L]{\small\textsc{${p.last}} -- Curriculum Vitae}
\fancyfoot[R]{\small\thepage}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\bfseries}{}{0pt}{}[\vspace{-3pt}\rule{\linewidth}{0.5pt}]
\titlespacing*{\section}{0pt}{14pt}{6pt}
\setlist[itemize]{leftmargin=1.3em, itemsep=1pt, topsep=2pt}

\begin{document}
\begin{center}
{\LARGE\bfseries ${p.first} ${p.last}, Ph.D.}
\end{center}
\begin{minipage}[t]{0.5\linewidth}
${p.label}\\
${p.city}\\
${p.phone}
\end{minipage}%
\begin{minipage}[t]{0.5\linewidth}\raggedleft
\href{mailto:${p.email}}{${p.email}}\\
github.com/${p.github}\\
ORCID: ${p.orcid}
\end{minipage}

\section{Education}
${p.education.map((e) => T`\textbf{${e.studyType}, ${esc(e.area)}}, ${esc(e.institution)} \hfill ${yRange(e, '--')}${e.note ? T`\\
\hspace*{1.3em}${esc(e.note)}` : ''}`).join('\\\\[4pt]\n')}

\section{Professional Experience}
${p.work.map((r) => T`\textbf{${esc(r.position)}}, ${esc(r.company)}, ${esc(r.location)} \hfill ${yRange(r, '--', 'present')}
${bl(r)}`).join('\n\\medskip\n')}

\section{Peer-Reviewed Publications}
\begin{enumerate}[label={[\arabic*]}, leftmargin=2.2em, itemsep=4pt]
${p.publications.map((x) => T`\item ${pubTeX(x)}`).join('\n')}
\end{enumerate}

\section{Invited Talks}
${p.talks.map(([y, t, ev]) => T`\emph{${esc(t)}}. ${esc(ev)} \hfill ${y}`).join('\\\\\n')}

\section{Awards and Fellowships}
${p.awards.map(([y, a]) => T`${esc(a)} \hfill ${y}`).join('\\\\\n')}

\section{Teaching}
Teaching Assistant, GENOME 540: Computational Molecular Biology, University of Washington \hfill 2014\\
Teaching Assistant, GENOME 541: Population Genetics, University of Washington \hfill 2015

\section{Service}
Reviewer for \emph{Genome Research}, \emph{Bioinformatics} and \emph{BMC Genomics}\\
Organiser, Seattle Bioinformatics Meetup \hfill 2019 -- present

\section{Technical Skills}
${p.skillGroups.map(([g, ks]) => T`\textbf{${g}:} ${ks.map(esc).join(', ')}`).join('\\\\\n')}

\section{Certifications}
${p.certificates.map(([y, c]) => T`${esc(c)} \hfill ${y}`).join('\\\\\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`, p.orcid], location: p.city },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['Education', 'Professional Experience', 'Peer-Reviewed Publications', 'Invited Talks', 'Awards and Fellowships', 'Teaching', 'Service', 'Technical Skills', 'Certifications'],
    otherSections: [
      { heading: 'Peer-Reviewed Publications', items: p.publications.map((x) => pubText(x)) },
      { heading: 'Invited Talks', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
      { heading: 'Awards and Fellowships', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Teaching', items: [{ date: '2014', title: 'Teaching Assistant, GENOME 540: Computational Molecular Biology, University of Washington' }, { date: '2015', title: 'Teaching Assistant, GENOME 541: Population Genetics, University of Washington' }] },
      { heading: 'Service', items: ['Reviewer for Genome Research, Bioinformatics and BMC Genomics', 'Organiser, Seattle Bioinformatics Meetup 2019 – present'] },
      { heading: 'Certifications', items: p.certificates.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'academic CV with a hand-written biblatex-numeric look ([1]–[4] references, own name in bold), two-sided contact block, running footer',
    notes: 'Letter paper, 11pt Linux Libertine (pdfLaTeX, T1), 2 pages. Centred name printed "Imogen Castellano, Ph.D." (the key name omits the degree suffix). A two-sided contact block: left label, "Seattle, WA", phone; right e-mail, github.com/… and "ORCID: 0000-…". Bold section titles over a rule. Education rows "PhD, Genome Sciences, University of Washington … 2012–2017" (degree, comma, field; year-only range on the right) with the dissertation below. Experience rows "Title, Employer, Location … 2022–present" with bullets. Publications as a numbered list "[1] I. Castellano, R. Lindgren, and T. Okafor. “Title”. In: Genome Research 31(4):602–615 (2021)." with the own name in bold. Then Invited Talks, Awards and Fellowships, Teaching, Service, Technical Skills (labelled rows) and Certifications. Footer on every page: "Castellano -- Curriculum Vitae" (surname in small caps) and the page number.',
    stress: 'Two pages with a running footer repeating the surname; degree suffix after the name; "Degree, Field, Institution" on one line; a numbered reference list whose author lists contain the candidate\'s name and years; many non-work sections (teaching with years, service with "2019 -- present" that is not a job).',
    doubts: 'Name keyed without ", Ph.D.". The Service line "Organiser, Seattle Bioinformatics Meetup 2019 – present" and the teaching rows look like roles but are not under an experience heading; they are in otherSections, not work.' };
}

// Awesome Source CV: Source Sans Pro, name light + bold capitals, right-hand contact column with icons on the
// right, section titles after an icon in a coloured circle, timeline entries with dates left of a vertical rule.
function awesomeSource() {
  const st = 'mon';
  const when = (r) => rng(r.start, r.end, st, 'today', ' – ');
  const tl = (d, body) => T`\tlentry{${d}}{${body}}`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% Awesome-Source-CV lookalike written from scratch for held-out batch 3 (XeLaTeX, Source Sans Pro).
\usepackage{fontspec}
\setmainfont{SourceSansPro}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-RegularIt, BoldItalicFont=*-BoldIt]
\newfontfamily\light{SourceSansPro}[Extension=.otf, UprightFont=*-ExtraLight]
\usepackage[a4paper,margin=1.4cm,top=1.2cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage{array}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{C2185B}
\definecolor{gray}{HTML}{6F6F6F}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\sectionTitle}[2]{\par\vspace{9pt}\tikz[baseline=-0.7ex]\node[circle,fill=accent,text=white,minimum size=0.7cm,inner sep=0pt]{#2};\enspace{\Large\bfseries\color{accent}#1}\par\vspace{-2pt}{\color{gray!50}\rule{\linewidth}{0.4pt}}\par\vspace{3pt}}
\newcommand{\tlentry}[2]{\begin{tabular}{@{}p{2.6cm}@{\hspace{6pt}}!{\color{accent!60}\vrule width 1pt}@{\hspace{8pt}}p{\dimexpr\linewidth-2.6cm-15pt\relax}@{}}
\raggedleft\leavevmode{\small\color{gray}#1} & #2\\
\end{tabular}\par\vspace{1pt}}
\setlist[itemize]{leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt, label={\color{accent}\textbullet}}

\begin{document}
\begin{minipage}[c]{0.6\linewidth}
{\fontsize{32}{36}\selectfont\light ${p.first} \textbf{\MakeUppercase{${p.last}}}}\par\vspace{4pt}
{\large\color{accent}${p.label}}\par\vspace{3pt}
{\small\color{gray}${esc(p.summary)}}
\end{minipage}\hfill
\begin{minipage}[c]{0.36\linewidth}\raggedleft\small
${p.city} \enspace{\color{accent}\faMapMarker*}\\[2pt]
${p.phone} \enspace{\color{accent}\faPhone}\\[2pt]
\href{mailto:${p.email}}{${p.email}} \enspace{\color{accent}\faEnvelope}\\[2pt]
${p.web} \enspace{\color{accent}\faGlobe}\\[2pt]
${p.github} \enspace{\color{accent}\faGithub}\\[2pt]
${p.linkedin} \enspace{\color{accent}\faLinkedin}
\end{minipage}

\sectionTitle{Experience}{\faSuitcase}
${p.work.map((r) => tl(when(r), T`\textbf{${esc(r.position)}}\hfill{\small\itshape\color{gray}${esc(r.location)}}\newline
{\color{accent}${esc(r.company)}}${bl(r)}`)).join('\n')}

\sectionTitle{Education}{\faGraduationCap}
${p.education.map((e) => tl(when(e), T`\textbf{${e.studyType} in ${esc(e.area)}}\hfill{\small\itshape\color{gray}${esc(e.location)}}\newline
{\color{accent}${esc(e.institution)}}${e.note ? T`\newline {\small ${esc(e.note)}}` : ''}`)).join('\n')}

\sectionTitle{Skills}{\faCogs}
${p.skillGroups.map(([g, ks]) => tl(g, ks.map(esc).join(', '))).join('\n')}

\sectionTitle{Talks}{\faComments}
${p.talks.map(([y, t, ev]) => tl(y, T`\textbf{${esc(t)}}, ${esc(ev)}`)).join('\n')}

\sectionTitle{Languages}{\faLanguage}
${langs(p, ([l, lv]) => T`\textbf{${l}} ({\color{gray}${lv}})`).join(' \\quad ')}
\end{document}
`;
  const key = {
    basics: { name: `${p.first} ${p.last.toUpperCase()}`, label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: p.city, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['Experience', 'Education', 'Skills', 'Talks', 'Languages'],
    otherSections: [
      { heading: 'Talks', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
      { heading: 'Languages', items: langs(p) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'Awesome Source CV (Christophe Roger\'s awesome-source-cv): Source Sans Pro, light/bold name, contact column with icons on the right, icon-circle section titles, dated timeline rows',
    notes: 'One column, XeLaTeX with Source Sans Pro. Header: "Imogen" ExtraLight and "CASTELLANO" Bold (\\MakeUppercase; keyed as displayed), the label in magenta and the summary in grey on the left; on the right a right-aligned contact column whose fontawesome5 icons come AFTER each value ("Seattle, WA", phone, e-mail, web site, GitHub and LinkedIn HANDLES). Section titles follow a white icon in a magenta TikZ circle, then a grey rule. Rows are timeline tables: grey right-aligned dates ("Jan 2022 – today"; "today" = present) left of a vertical coloured rule, then a bold title with the location right-aligned in italics, the employer in magenta and bullets. Skills rows put the category in the date column (not keyed). 1 page.',
    stress: 'Icons after (not before) contact values; "today" for a current role; a vertical rule between the date column and entries; section-title icons inside TikZ nodes; title before employer with the location on the title line.' };
}

// res.cls-like résumé: name centred in capitals, two address blocks flushed left and right, section labels in
// capitals hanging in the left margin beside the first line of each section, slanted title with dates right.
function resHanging() {
  const st = 'month';
  const tex = T`\documentclass[11pt,letterpaper]{article}
% res.cls-like résumé (hanging section labels) written from scratch for held-out batch 3 (pdfLaTeX, TeX Gyre Termes).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{tgtermes}
\usepackage[letterpaper,left=0.8in,right=0.8in,top=0.7in,bottom=0.7in]{geometry}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newenvironment{rsection}[1]{\par\vspace{9pt}\begin{list}{}{\setlength{\leftmargin}{1.45in}\setlength{\labelwidth}{1.35in}\setlength{\labelsep}{0.1in}\setlength{\itemsep}{0pt}\setlength{\topsep}{0pt}}\item[{\makebox[1.35in][l]{\bfseries #1}}]}{\end{list}}
\setlist[itemize]{leftmargin=1.2em, itemsep=0pt, topsep=2pt, parsep=0pt}

\begin{document}
\begin{center}
{\Large\bfseries\MakeUppercase{${p.first} ${p.last}}}
\end{center}
\vspace{-4pt}
\begin{minipage}[t]{0.5\linewidth}\small
${p.city}\\
${p.phone}
\end{minipage}%
\begin{minipage}[t]{0.5\linewidth}\raggedleft\small
\href{mailto:${p.email}}{${p.email}}\\
${p.web}
\end{minipage}
\par\vspace{4pt}\hrule

\begin{rsection}{OBJECTIVE}
${esc(p.summary)}
\end{rsection}

\begin{rsection}{EDUCATION}
${p.education.map((e) => T`\textbf{${esc(e.institution)}}, ${esc(e.location)}\\
${e.studyType} in ${esc(e.area)}, ${dt(e.end, st)}${e.score ? `. ${esc(e.score)}` : ''}`).join('\\\\[4pt]\n')}
\end{rsection}

\begin{rsection}{EXPERIENCE}
${p.work.map((r) => T`{\slshape ${esc(r.position)}} \hfill ${rng(r.start, r.end, st, 'present', ' -- ')}\\
${esc(r.company)}, ${esc(r.location)}
${bl(r)}`).join('\n\\medskip\n')}
\end{rsection}

\begin{rsection}{COMPUTER SKILLS}
${p.skillGroups.map(([g, ks]) => T`${g}: ${ks.map(esc).join(', ')}`).join('\\\\\n')}
\end{rsection}

\begin{rsection}{HONORS}
${p.awards.map(([y, a]) => T`${esc(a)}, ${y}`).join('\\\\\n')}
\end{rsection}
\end{document}
`;
  const key = {
    basics: { name: fullName(p).toUpperCase(), email: p.email, phone: p.phone, url: p.web, location: p.city, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { dates: 'end' }), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    sections: ['OBJECTIVE', 'EDUCATION', 'EXPERIENCE', 'COMPUTER SKILLS', 'HONORS'],
    otherSections: [{ heading: 'HONORS', items: p.awards.map(([date, title]) => ({ date, title })) }],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'res.cls (Michael DeCorte\'s résumé class, the "\\documentclass{res}" look): section labels hanging in the left margin, two address blocks, slanted titles',
    notes: 'One column with a wide left gutter, letter paper, TeX Gyre Termes (Times). Centred capitalised name (key in capitals), then two address blocks: "Seattle, WA" and phone flushed left, e-mail and web site flushed right, and a rule. Each section label (typed in CAPITALS: OBJECTIVE, EDUCATION, EXPERIENCE, COMPUTER SKILLS, HONORS) hangs in the left gutter on the baseline of the section\'s first line, so the text layer puts it on the same line as content ("EXPERIENCE Staff Bioinformatics Engineer January 2022 – present"). Objective = the summary. Education: bold institution with location, then "PhD in Genome Sciences, December 2017" (graduation month only, endDate only) and the score. Experience: slanted title with full-month dates right ("January 2022 -- present"), then "Employer, Location" and bullets. 1 page.',
    stress: 'Section labels on the same line as the first content line; an "OBJECTIVE" summary; full month names with a lowercase "present"; title before employer; graduation date after the degree on one line.' };
}

// fontawesome5 icons inline with coloured hyperref links (mailto:, https:), icon-prefixed headings and skills,
// linked employers and DOI links, under LuaLaTeX with Noto Sans.
function fa5Links() {
  const st = 'mon';
  const icons = { Python: 'faPython', R: 'faRProject', SQL: 'faDatabase', Bash: 'faTerminal', Docker: 'faDocker', 'AWS Batch': 'faAws' };
  const slug = (s) => s.toLowerCase().replace(/[^a-z]+/g, '');
  const tex = T`\documentclass[10pt,a4paper]{article}
% fontawesome5 + coloured hyperref links résumé, written from scratch for held-out batch 3 (LuaLaTeX, Noto Sans).
\usepackage{fontspec}
\setmainfont{Noto Sans}
\usepackage[a4paper,margin=1.6cm,top=1.3cm]{geometry}
\usepackage{xcolor}
\usepackage{fontawesome5}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[colorlinks=true, urlcolor=blue!70!black, linkcolor=blue!70!black]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\bfseries\color{teal!70!black}}{}{0pt}{}[\vspace{-2pt}{\color{teal!70!black}\titlerule}]
\titlespacing*{\section}{0pt}{9pt}{4pt}
\setlist[itemize]{leftmargin=1.2em, itemsep=0pt, topsep=2pt, parsep=0pt}

\begin{document}
{\huge\bfseries ${p.first} ${p.last}}\hfill{\large ${p.label}}\par\vspace{6pt}
\faEnvelope\ \href{mailto:${p.email}}{${p.email}}\quad
\faPhone*\ \href{tel:+12065550147}{${p.phone}}\quad
\faMapMarker*\ ${p.city}\\[2pt]
\faGlobe\ \href{https://${p.web}}{${p.web}}\quad
\faGithub\ \href{https://github.com/${p.github}}{github.com/${p.github}}\quad
\faLinkedin\ \href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}\quad
\faOrcid\ \href{https://orcid.org/${p.orcid}}{${p.orcid}}

\section{\faBriefcase\ Experience}
${p.work.map((r) => T`\href{https://${slug(r.company)}.example.com}{\textbf{${esc(r.company)}}} \faExternalLink*\ -- ${esc(r.position)} \hfill \faCalendar*\ ${rng(r.start, r.end, st, 'Present', ' – ')}\\
{\small\faMapMarker*\ ${esc(r.location)}}
${bl(r)}`).join('\n\\smallskip\n')}

\section{\faGraduationCap\ Education}
${p.education.map((e) => T`\textbf{${esc(e.institution)}} -- ${e.studyType} in ${esc(e.area)} \hfill \faCalendar*\ ${rng(e.start, e.end, st, 'Present', ' – ')}`).join('\\\\\n')}

\section{\faTools\ Skills}
${p.skillGroups.map(([, ks]) => ks.map((k) => (icons[k] ? T`\${icons[k]}\ ${esc(k)}` : esc(k))).join(' \\enspace\\textbullet\\enspace ')).join('\\\\\n')}

\section{\faBook\ Publications}
\begin{itemize}
${p.publications.slice(0, 3).map((x, i) => T`\item ${pubTeX(x)} \href{https://doi.org/10.5555/ic.${x.year}.${i + 1}}{\faExternalLink*\ doi:10.5555/ic.${x.year}.${i + 1}}`).join('\n')}
\end{itemize}

\section{\faAward\ Certifications}
${p.certificates.map(([y, c]) => T`${esc(c)} (${y})`).join('\\\\\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`, p.orcid], location: p.city },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['Experience', 'Education', 'Skills', 'Publications', 'Certifications'],
    otherSections: [
      { heading: 'Publications', items: p.publications.slice(0, 3).map((x, i) => ({ title: pubText(x), url: `doi:10.5555/ic.${x.year}.${i + 1}` })) },
      { heading: 'Certifications', items: p.certificates.map(([y, c]) => `${c} (${y})`) },
    ],
  };
  return { tex, key, engine: 'lualatex',
    template: 'single-column résumé with fontawesome5 icons inline and coloured hyperref links (\\href{mailto:…}, https links on employers, DOIs, ORCID)',
    notes: 'One column, LuaLaTeX with Noto Sans. Name left and label right on one line. Two contact lines of fontawesome5 icons followed by BLUE links (hyperref colorlinks): mailto: e-mail, tel: phone, "Seattle, WA", web site, github.com/…, linkedin.com/in/…, ORCID iD. Headings start with an icon glyph ("\\faBriefcase Experience"; keyed without the icon). Experience rows: the employer is a bold link to a made-up site followed by an external-link icon, "-- title", and a calendar icon + "Jan 2022 – Present" on the right; the next line has a map-marker icon + location. Skills: three rows of keywords joined by " • ", some preceded by brand icons (Python, R-project, Docker, AWS, a database and a terminal icon). Publications bullets end with a linked "doi:10.5555/…" (fictitious test prefix). 1 page.',
    stress: 'Icon glyphs in headings, before dates, before locations and inside skill lists; under LuaLaTeX the fontawesome5 glyphs extract as their NAMES (pdftotext gives "Envelope imogen.castellano@…", "Briefcase Experience", "Cedar Genomics External-Link-Alt – Staff …", "Calendar-alt Jan 2022 – Present"), so icon words sit inside headings and next to names; link text differs from link targets (mailto:, tel:, https://…example.com); employer names that are links followed by an icon; publication lines with DOIs.' };
}

export const CASES = {
  'plasmati-graduate': plasmati,
  'academic-numbered-refs': academic,
  'awesome-source-timeline': awesomeSource,
  'res-hanging-labels': resHanging,
  'fa5-colorlinks': fa5Links,
};
