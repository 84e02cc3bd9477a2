// Ji-hoon Baek (game developer, Seoul) in four lookalikes: Twenty Seconds CV, Developer CV, a Modern-Deedy-like
// two-column résumé with other fonts, and the Rover résumé in T1 Latin Modern with \pdfgentounicode=0.
// Each function typesets the persona and builds the answer key from the same data. No template code is copied.
import { personas as P } from './personas.mjs';
import { esc, dt, rng, wk, ek, fullName, flatSkills, items, langs, yRange } from './lib.mjs';

const T = String.raw;
const p = P.jihoon;
const loc = `${p.city}, ${p.country}`;
const bl = (r, env = 'itemize') => (r.bullets.length ? T`\begin{${env}}
${items(r.bullets)}
\end{${env}}` : '');

// Twenty Seconds CV: wide grey sidebar on the left with a photo circle, name and job title, "About me",
// contact rows with icons in blue circles, skill and language bars drawn by TikZ (labels are TikZ nodes);
// main column with years in a left column next to a blue timeline dot.
function twentySeconds() {
  const st = 'yyyy';
  const bars = [['C++', 5], ['C#', 4], ['HLSL', 4], ['Unreal Engine', 4.5], ['Unity', 4], ['Vulkan', 4.5], ['RenderDoc', 4], ['Perforce', 3.5]];
  const lbars = [['Korean', 5], ['English', 4], ['Japanese', 3]];
  const tikzBars = (xs) => T`\begin{tikzpicture}
${xs.map(([n, v], i) => T`\node[anchor=west, font=\small] at (0,-${(i * 0.55).toFixed(2)}) {${esc(n)}};
\fill[white] (2.5,-${(i * 0.55 + 0.1).toFixed(2)}) rectangle (5.3,-${(i * 0.55 - 0.1).toFixed(2)});
\fill[mainblue] (2.5,-${(i * 0.55 + 0.1).toFixed(2)}) rectangle (${(2.5 + 2.8 * v / 5).toFixed(2)},-${(i * 0.55 - 0.1).toFixed(2)});`).join('\n')}
\end{tikzpicture}`;
  const item = (d, title, place, body) => T`\twentyitem{${d}}{${title}}{${place}}{${body}}`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% Twenty-Seconds-CV lookalike written from scratch for held-out batch 3 (pdfLaTeX, Roboto, TikZ).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[sfdefault]{roboto}
\usepackage[a4paper,left=7.6cm,right=1.2cm,top=1.2cm,bottom=1cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage[absolute,overlay]{textpos}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{sidecolor}{HTML}{E7E7E7}
\definecolor{mainblue}{HTML}{0E5484}
\definecolor{maingray}{HTML}{B9B9B9}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\profilesection}[1]{\par\vspace{10pt}{\color{black!80}\huge #1\enspace\leaders\hbox{\rule[0.3\baselineskip]{1pt}{1pt}}\hfill}\par\vspace{4pt}}
\newcommand{\icon}[1]{\tikz[baseline=-0.6ex]{\node[circle,fill=mainblue,inner sep=0pt,minimum size=0.55cm,text=white,font=\small]{#1};}}
\newcommand{\mainsection}[1]{\par\vspace{10pt}{\color{mainblue}\LARGE #1}\par\vspace{2pt}{\color{maingray}\rule{\linewidth}{1pt}}\par\vspace{4pt}}
\newcommand{\twentyitem}[4]{\begin{tabular}{@{}p{1.9cm}@{}p{0.5cm}@{}p{\dimexpr\linewidth-2.4cm\relax}@{}}
\leavevmode{\small\color{black!70}#1} & \leavevmode{\color{mainblue}\large\textbullet} & \textbf{#2}\hfill{\footnotesize\color{black!60}#3}\\
& & {\small #4}\\
\end{tabular}\par\vspace{3pt}}
\setlist[itemize]{label={\color{mainblue}\textbullet}, leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt}

\begin{document}
\begin{tikzpicture}[remember picture,overlay]
\fill[sidecolor] (current page.north west) rectangle ([xshift=7cm]current page.south west);
\begin{scope}[shift={([xshift=3.5cm,yshift=-2.9cm]current page.north west)}]
\clip (0,0) circle (1.9cm);
\fill[maingray!60] (-2,-2) rectangle (2,2);
\fill[white!85!black] (0,0.45) circle (0.75cm);
\fill[white!85!black] (0,-2.1) ellipse (1.45cm and 1.5cm);
\end{scope}
\draw[mainblue, line width=2pt] ([xshift=3.5cm,yshift=-2.9cm]current page.north west) circle (1.9cm);
\end{tikzpicture}%
\begin{textblock*}{5.8cm}(0.6cm,5.2cm)
{\Huge\color{mainblue}${p.first} ${p.last}}\par\vspace{3pt}
{\Large\color{black!80}${p.label}}

\profilesection{About me}
{\small ${esc(p.summary)}}
\par\vspace{10pt}
\renewcommand{\arraystretch}{1.6}
\begin{tabular}{@{}p{0.8cm}@{}p{5cm}@{}}
\icon{\faMapMarker*} & ${loc}\\
\icon{\faPhone} & ${p.phone}\\
\icon{\faEnvelope} & \href{mailto:${p.email}}{${p.email}}\\
\icon{\faGlobe} & \href{https://${p.web}}{${p.web}}\\
\icon{\faGithub} & \href{https://github.com/${p.github}}{${p.github}}\\
\icon{\faLinkedinIn} & \href{https://www.linkedin.com/in/${p.linkedin}}{${p.linkedin}}\\
\end{tabular}

\profilesection{Skills}
${tikzBars(bars)}

\profilesection{Languages}
${tikzBars(lbars)}
\end{textblock*}

\mainsection{Experience}
${p.work.map((r) => item(yRange(r, '--', 'now'), esc(r.position), '', T`\textit{${esc(r.company)}}${bl(r)}`)).join('\n')}

\mainsection{Education}
${p.education.map((e) => item(yRange(e, '--'), `${e.studyType} in ${esc(e.area)}`, esc(e.location), T`\textit{${esc(e.institution)}}\newline ${esc(e.score)}`)).join('\n')}

\mainsection{Projects}
${p.projects.map((x) => item('', esc(x.name), x.keywords.map(esc).join(', '), esc(x.description))).join('\n')}

\mainsection{Awards}
${p.awards.map(([y, a]) => item(y, esc(a), '', '')).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: loc, summary: p.summary },
    work: p.work.map((r) => wk(r, st, { loc: false })),
    education: p.education.map((e) => ({ ...ek(e, st), score: e.score })),
    skills: bars.map(([n]) => n),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['About me', 'Skills', 'Languages', 'Experience', 'Education', 'Projects', 'Awards'],
    otherSections: [
      { heading: 'Languages', items: lbars.map(([n]) => n) },
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'pdflatex',
    template: 'Twenty Seconds CV (Carmine Spagnuolo\'s twentysecondcv): wide grey left sidebar with a round photo, icon contact rows, TikZ skill bars, year column in the main part',
    notes: 'Two independent columns. A full-height light-grey sidebar on the LEFT (7 cm) holds a round photo placeholder (a TikZ silhouette, no text), the name in blue, the label, "About me" (the summary), contact rows without a heading (white fontawesome5 icons in blue TikZ circles: "Seoul, South Korea", phone, e-mail, web site, GitHub and LinkedIn HANDLES), "Skills" (eight names drawn as TikZ nodes left of bars, no printed level) and "Languages" (three bars). The sidebar is placed with textpos. The main column (Roboto, pdfLaTeX) holds Experience, Education, Projects and Awards as rows: years in a left column ("2021–now", "2017–2021", year-only), a blue dot, then the bold title with a right-aligned grey place (education location, project keywords) and an italic employer line with bullets. Two Blue Magpie Games roles (promotion). Work locations are not printed. Sections keyed sidebar first.',
    stress: 'Sidebar placed with textpos (absolute) beside the main column; skill and language names that are TikZ nodes (their own text objects, next to bars); contact rows whose icons are glyphs inside TikZ circles; year-only dates with "now"; a bullet glyph column between years and titles; no work locations.' };
}

// Developer CV: big name and description left, icon contact grid right, a TikZ bar chart of skills with a
// proficiency axis and a tag cloud side by side, \cvevent-like entries (title; company, calendar icon + dates,
// map-marker icon + location), dashed dividers, projects and languages in two columns at the bottom.
function developerCv() {
  const st = 'mon';
  const chart = [['C++', 95], ['C#', 80], ['HLSL', 75], ['Vulkan', 85], ['Unreal Engine', 80], ['Unity', 75]];
  const tags = ['Lua', 'Python', 'DirectX 12', 'RenderDoc', 'PIX', 'Perforce', 'Jenkins'];
  const ev = (title, org, d, place) => T`\cvevent{${title}}{${org}}{${d}}{${place}}`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% Developer-CV lookalike written from scratch for held-out batch 3 (pdfLaTeX, Clear Sans, TikZ, fontawesome5).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[sfdefault]{ClearSans}
\usepackage[a4paper,margin=1.3cm,top=1.1cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usetikzlibrary{calc}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{1F6F8B}
\definecolor{soft}{HTML}{8A8A8A}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\icon}[3]{\makebox[1.4em][c]{\color{accent}\fontsize{#2}{#2}\selectfont #1}\ #3}
\newcommand{\cvsect}[1]{\par\vspace{8pt}{\Large\bfseries #1}\par\vspace{3pt}}
\newcommand{\divider}{\par\vspace{2pt}\textcolor{soft}{\hbox to \linewidth{\leaders\hbox to 4pt{\hss.\hss}\hfill}}\par\vspace{2pt}}
\newcommand{\cvevent}[4]{{\large\bfseries #1}\par\vspace{1pt}{\color{accent}\bfseries #2}\hspace{1.2em}{\small\color{soft}\faCalendar[regular]\ #3}\hspace{1.2em}{\small\color{soft}\faMapMarker*\ #4}\par}
\newcommand{\cvtag}[1]{\tikz[baseline]\node[anchor=base,draw=soft,rounded corners=2pt,inner xsep=3pt,inner ysep=2pt,font=\small]{#1};}
\setlist[itemize]{label={\color{accent}\textbullet}, leftmargin=1.1em, itemsep=0pt, topsep=2pt, parsep=0pt}

\begin{document}
\begin{minipage}[c]{0.52\linewidth}
{\fontsize{30}{34}\selectfont\bfseries ${p.first} ${p.last}}\par\vspace{4pt}
{\large\color{accent}${p.label}}\par\vspace{3pt}
{\small ${esc(p.summary)}}
\end{minipage}\hfill
\begin{minipage}[c]{0.44\linewidth}\small
\begin{tabular}{@{}l@{\hspace{1em}}l@{}}
\icon{\faMapMarker*}{11}{${p.city}} & \icon{\faPhone}{11}{${p.phone}}\\[3pt]
\icon{\faEnvelope}{11}{\href{mailto:${p.email}}{${p.email}}} & \icon{\faGlobe}{11}{${p.web}}\\[3pt]
\icon{\faGithub}{11}{github.com/${p.github}} & \icon{\faLinkedin}{11}{${p.linkedin}}\\
\end{tabular}
\end{minipage}

\vspace{6pt}
\begin{minipage}[t]{0.5\linewidth}
\cvsect{Skills}
\begin{tikzpicture}[x=0.045cm]
${chart.map(([n, v], i) => T`\node[anchor=east,font=\small] at (0,-${(i * 0.5).toFixed(1)}) {${esc(n)}};
\fill[accent!80] (2,-${(i * 0.5 + 0.15).toFixed(2)}) rectangle (${v},-${(i * 0.5 - 0.15).toFixed(2)});`).join('\n')}
\draw[soft] (2,-${(chart.length * 0.5).toFixed(1)}) -- (100,-${(chart.length * 0.5).toFixed(1)});
\foreach \x/\l in {2/Novice,50/Proficient,100/Expert} \node[below,font=\scriptsize\color{soft}] at (\x,-${(chart.length * 0.5).toFixed(1)}) {\l};
\end{tikzpicture}
\end{minipage}\hfill
\begin{minipage}[t]{0.45\linewidth}
\cvsect{Also worked with}
${tags.map((t) => T`\cvtag{${esc(t)}}`).join(' ')}
\end{minipage}

\cvsect{Experience}
${p.work.map((r) => T`${ev(esc(r.position), esc(r.company), rng(r.start, r.end, st, 'Present', ' -- '), esc(r.location))}
${bl(r)}`).join('\n\\divider\n')}

\cvsect{Education}
${p.education.map((e) => T`${ev(`${e.studyType} in ${esc(e.area)}`, esc(e.institution), rng(e.start, e.end, st, 'Present', ' -- '), esc(e.location))}
{\small ${esc(e.score)}}`).join('\n')}

\vspace{4pt}
\begin{minipage}[t]{0.55\linewidth}
\cvsect{Projects}
${p.projects.map((x) => T`\textbf{${esc(x.name)}}\enspace{\small\color{soft}${x.keywords.map(esc).join(', ')}}\\{\small ${esc(x.description)}}`).join('\\\\[3pt]\n')}
\end{minipage}\hfill
\begin{minipage}[t]{0.4\linewidth}
\cvsect{Languages}
${langs(p, ([l, lv]) => T`\textbf{${l}}\hfill ${lv}`).join('\\\\\n')}
\end{minipage}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`, p.linkedin], location: p.city, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), score: e.score })),
    skills: [...chart.map(([n]) => n), ...tags],
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['Skills', 'Also worked with', 'Experience', 'Education', 'Projects', 'Languages'],
    otherSections: [{ heading: 'Languages', items: langs(p, ([l, lv]) => `${l} ${lv}`) }],
  };
  return { tex, key, columns: 1, engine: 'pdflatex',
    template: 'Developer CV (Jan Vorisek\'s developercv): name with description and an icon contact grid, TikZ bar chart + tag cloud, \\cvevent entries with calendar/map-marker icons, dotted dividers',
    notes: 'pdfLaTeX, Clear Sans. Header: big name, blue label and the summary on the left; on the right a 2×3 grid of fontawesome5 icons with "Seoul", phone, e-mail, web site, "github.com/jhbaek-dev" and the LinkedIn HANDLE. Then two side-by-side blocks: "Skills", a TikZ bar chart (skill names are TikZ nodes, the axis is labelled "Novice / Proficient / Expert" — these three words are not skills), and "Also worked with", a cloud of framed TikZ tags. Experience entries: bold title, then the employer in blue, a calendar icon + "Apr 2021 -- Present" and a map-marker icon + location on one line, then bullets; entries separated by dotted leaders. Two Blue Magpie Games roles (promotion); the Dokkaebi role has no bullets. Education in the same form with "GPA 3.9/4.3". At the bottom two columns: Projects (left) and Languages (right, "Korean … native"). Side-by-side blocks keyed left first. 1 page.',
    stress: 'Skill names as TikZ nodes with proficiency axis words nearby; tags in TikZ boxes; title before employer with dates and location on the employer line after private-use icon glyphs; dotted-leader dividers; side-by-side blocks inside a mostly single-column page.' };
}

// Modern-Deedy-like two columns with other fonts: Montserrat Light/SemiBold name, letter-spaced capitals
// headings (XeTeX LetterSpace), Source Serif Pro body, "COMPANY | Title" rows with grey "dates | location".
function deedyAlt() {
  const st = 'mon';
  const sep = ' \\textbullet{} ';
  const tex = T`\documentclass[10pt,letterpaper]{article}
% Modern-Deedy-like résumé written from scratch for held-out batch 3 (XeLaTeX, Montserrat + Source Serif Pro).
\usepackage{fontspec}
\setmainfont{SourceSerifPro}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Semibold, ItalicFont=*-RegularIt, BoldItalicFont=*-SemiboldIt]
\newfontfamily\mlight{Montserrat}[Extension=.otf, UprightFont=*-Light]
\newfontfamily\mbold{Montserrat}[Extension=.otf, UprightFont=*-SemiBold]
\newfontfamily\mhead{Montserrat}[Extension=.otf, UprightFont=*-Light, LetterSpace=12]
\usepackage[letterpaper,left=1.3cm,right=1.3cm,top=1.1cm,bottom=1cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{date}{HTML}{666666}
\definecolor{primary}{HTML}{2b2b2b}
\definecolor{headings}{HTML}{6A6A6A}
\definecolor{subheadings}{HTML}{333333}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\dsec}[1]{\par\vspace{8pt}{\color{headings}\Large\mhead\MakeUppercase{#1}}\par\vspace{3pt}}
\newcommand{\runsub}[1]{{\color{subheadings}\mbold\MakeUppercase{#1}}}
\newcommand{\descript}[1]{{\color{subheadings}\itshape #1}}
\newcommand{\location}[1]{\par{\color{date}\footnotesize\mlight #1}\par}
\setlist[itemize]{leftmargin=1.1em, itemsep=-1pt, topsep=2pt, parsep=1pt, label=\textbullet}

\begin{document}
\begin{center}
{\fontsize{38}{42}\selectfont\mlight ${p.first} \mbold ${p.last}}\par\vspace{6pt}
{\small\mlight \href{mailto:${p.email}}{${p.email}} \enspace|\enspace ${p.phone} \enspace|\enspace \href{https://${p.web}}{${p.web}}}
\end{center}
\vspace{2pt}
\begin{minipage}[t]{0.31\linewidth}
\dsec{Education}
${p.education.map((e) => T`\runsub{${esc(e.institution)}}\par
\descript{${e.studyType} in ${esc(e.area)}}
\location{${dt(e.start, st)} -- ${dt(e.end, st)} | ${esc(e.location)}}
Cum. ${esc(e.score)}`).join('\n')}

\dsec{Links}
Github:// \textbf{${p.github}}\\
LinkedIn:// \textbf{${p.linkedin}}

\dsec{Skills}
\textbf{Over 50,000 lines:}\\
${p.skillGroups[0][1].slice(0, 2).map(esc).join(sep)}\\
\textbf{Over 10,000 lines:}\\
${p.skillGroups[0][1].slice(2).map(esc).join(sep)}\\
\textbf{Engines \& APIs:}\\
${p.skillGroups[1][1].map(esc).join(sep)}\\
\textbf{Tools:}\\
${p.skillGroups[2][1].map(esc).join(sep)}

\dsec{Languages}
${langs(p, ([l, lv]) => T`${l} \hfill {\color{date}\small ${lv}}`).join('\\\\\n')}
\end{minipage}\hfill
\begin{minipage}[t]{0.65\linewidth}
\dsec{Experience}
${p.work.map((r) => T`\runsub{${esc(r.company)}} \descript{| ${esc(r.position)}}
\location{${rng(r.start, r.end, st, 'Present', ' -- ')} | ${esc(r.location)}}${r.bullets.length ? T`\vspace{-2pt}
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`).join('\n\\vspace{4pt}\n')}

\dsec{Projects}
${p.projects.map((x) => T`\runsub{${esc(x.name)}} \descript{| ${x.keywords.map(esc).join(', ')}}\par ${esc(x.description)}`).join('\n\\par\\vspace{3pt}\n')}

\dsec{Awards}
${p.awards.map(([y, a]) => T`\textbf{${y}}\quad ${esc(a)}`).join('\\\\\n')}

\dsec{Talks}
${p.talks.map(([y, t, ev]) => T`\textbf{${y}}\quad \emph{${esc(t)}}, ${esc(ev)}`).join('\\\\\n')}
\end{minipage}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin] },
    work: p.work.map((r) => wk(r, st, { name: r.company.toUpperCase() })),
    education: p.education.map((e) => ({ ...ek(e, st, { institution: e.institution.toUpperCase() }), score: `Cum. ${e.score}` })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name.toUpperCase(), description: x.description, keywords: x.keywords })),
    sections: ['EDUCATION', 'LINKS', 'SKILLS', 'LANGUAGES', 'EXPERIENCE', 'PROJECTS', 'AWARDS', 'TALKS'],
    otherSections: [
      { heading: 'LANGUAGES', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
      { heading: 'AWARDS', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'TALKS', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'xelatex',
    template: 'Modern Deedy résumé look (Debarghya Das) with other fonts: Montserrat Light/SemiBold + Source Serif Pro instead of Lato/Raleway',
    notes: 'Letter paper, XeLaTeX. Centred name with the first name in Montserrat Light and the surname in SemiBold, then "e-mail | phone | web" in light. Two independent columns (two top-aligned minipages): LEFT 31% with Education (institution in CAPITALS, italic degree, grey "Mar 2010 -- Feb 2014 | Daejeon, South Korea", "Cum. GPA 3.9/4.3"), Links ("Github:// jhbaek-dev", "LinkedIn:// jihoon-baek"), Skills (Deedy-style bold labels "Over 50,000 lines:" etc. above •-separated keywords; labels not keyed) and Languages; RIGHT 65% with Experience ("HANEUL INTERACTIVE | Lead Engine Programmer" with the employer \\MakeUppercase\'d, then grey "Apr 2021 -- Present | Seoul, South Korea"), Projects ("TINYFIBER | C++"), Awards and Talks. Headings are capitals letter-spaced with fontspec LetterSpace=12 (XeTeX). Employers, institution and project names are keyed in the capitals displayed. Sections keyed left column first. 1 page.',
    stress: 'Two minipage columns that pdftotext -layout interleaves; "COMPANY | Title" then "dates | location" lines; Deedy "Network:// handle" links; skill labels like "Over 50,000 lines:" with numbers; letter-spaced capital headings under XeTeX.' };
}

// Rover résumé: name left / contact right header, small-caps ruled section titles, compact entries; set in T1
// Latin Modern with \pdfgentounicode=0 (no glyphtounicode), so the text layer depends on glyph names only.
function rover() {
  const st = 'mmyyyy';
  const tex = T`\documentclass[10pt,a4paper]{article}
% Rover-résumé lookalike written from scratch for held-out batch 3 (pdfLaTeX, T1 Latin Modern, no ToUnicode maps).
\pdfgentounicode=0
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage[a4paper,margin=1.6cm,top=1.3cm]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\scshape}{}{0pt}{}[\vspace{-4pt}\titlerule]
\titlespacing*{\section}{0pt}{8pt}{4pt}
\newcommand{\datedexperience}[2]{\textbf{#1}\hfill #2\par}
\newcommand{\explanation}[2]{\textit{#1}\hfill\textit{#2}\par}
\setlist[itemize]{leftmargin=1.3em, itemsep=0pt, topsep=2pt, parsep=0pt, label=\textbullet}

\begin{document}
\begin{tabular*}{\textwidth}{@{}l@{\extracolsep{\fill}}r@{}}
{\huge\bfseries ${p.first} ${p.last}} & \href{mailto:${p.email}}{${p.email}}\\
{\large ${p.label}} & ${p.phone}\\
${loc} & github.com/${p.github}\\
\end{tabular*}

\section{Summary}
${esc(p.summary)}

\section{Experience}
${p.work.map((r) => T`\datedexperience{${esc(r.company)}}{${rng(r.start, r.end, st, 'present', ' -- ')}}
\explanation{${esc(r.position)}}{${esc(r.location)}}
${bl(r)}`).join('\n\\smallskip\n')}

\section{Projects}
\begin{itemize}
${p.projects.map((x) => T`\item \textbf{${esc(x.name)}} (${x.keywords.map(esc).join(', ')}): ${esc(x.description)}`).join('\n')}
\end{itemize}

\section{Skills}
${p.skillGroups.map(([g, ks]) => T`\textbf{${g}:} ${ks.map(esc).join(', ')}`).join('\\\\\n')}

\section{Education}
\datedexperience{${esc(p.education[0].institution)}}{${dt(p.education[0].start, st)} -- ${dt(p.education[0].end, st)}}
\explanation{${p.education[0].studyType} in ${esc(p.education[0].area)}, ${esc(p.education[0].score)}}{${esc(p.education[0].location)}}

\section{Awards}
${p.awards.map(([y, a]) => T`${esc(a)} \hfill ${y}`).join('\\\\\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`], location: loc, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), score: e.score })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['Summary', 'Experience', 'Projects', 'Skills', 'Education', 'Awards'],
    otherSections: [{ heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) }],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'Rover résumé (subidit/rover-resume): name left and contact right, small-caps ruled sections, dated company rows; here in T1 Latin Modern with \\pdfgentounicode=0',
    notes: 'One column, pdfLaTeX with T1 Latin Modern (Type 1) and \\pdfgentounicode=0: the PDF has no ToUnicode maps for the text fonts, so extraction relies on glyph names. Header as a tabular*: name, label and "Seoul, South Korea" on the left; e-mail, phone and github.com/… right-aligned. Section titles in small caps over a rule (keyed mixed case). Experience: bold employer with right-aligned "04/2021 -- present", italic title with right-aligned italic location, bullets. The text is rich in ligatures: "efficient", "offline", "workflow", "buffers", "affinity", "fluid", "fiber". Education row "BS in Computer Science, GPA 3.9/4.3". 1 page.',
    stress: 'No ToUnicode CMaps (ff/fi/fl/ffi ligatures, en dashes and small caps must be recovered from glyph names); MM/YYYY dates with a lowercase "present"; employer-first rows.' };
}

export const CASES = {
  'twentyseconds-sidebar': twentySeconds,
  'developercv-barchart': developerCv,
  'deedy-montserrat': deedyAlt,
  'rover-t1-notounicode': rover,
};
