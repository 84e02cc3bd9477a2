// Hand-written article-class resumes in the style of popular GitHub/Overleaf templates that batch 1 did not
// cover. Each function typesets one persona and builds the answer key from the same data.
import { personas as P } from './personas.mjs';
import { esc, dt, rng, wk, ek, fullName, flatSkills, items, langs } from './lib.mjs';

const T = String.raw;

// Wei Jie: a Jake's-resume variant (Charter body, Helvetica headings, tabularx rows, one employer header
// over two promoted roles).
function jakeTabularx() {
  const p = P.weijie, st = 'mondot';
  const [vp, assoc, sqt, intern] = p.work;
  const row = (a, b, c, d) => T`\begin{tabularx}{\linewidth}{@{}X r@{}}
\textbf{${a}} & ${b} \\
\textit{\small ${c}} & \textit{\small ${d}} \\
\end{tabularx}`;
  const sub = (pos, d) => T`\begin{tabularx}{\linewidth}{@{}X r@{}}
\textit{\small ${pos}} & \textit{\small ${d}} \\
\end{tabularx}`;
  const bl = (r) => (r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : '');
  const tex = T`\documentclass[letterpaper,11pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{charter}
\usepackage[scaled=0.92]{helvet}
\usepackage[margin=0.6in,top=0.5in]{geometry}
\usepackage{titlesec}
\usepackage{tabularx}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\vspace{-4pt}\sffamily\bfseries\large}{}{0em}{}[\titlerule\vspace{-5pt}]
\setlist[itemize]{leftmargin=1.4em, itemsep=-1pt, topsep=1pt, label=\textbullet}
\renewcommand{\arraystretch}{1.05}

\begin{document}
\begin{center}
{\Huge\sffamily\bfseries ${p.first} ${p.last}}\\[4pt]
\small ${p.city} $|$ ${p.phone} $|$ \href{mailto:${p.email}}{\underline{${p.email}}} $|$
\href{https://linkedin.com/in/${p.linkedin}}{\underline{linkedin.com/in/${p.linkedin}}} $|$
\href{https://github.com/${p.github}}{\underline{github.com/${p.github}}}
\end{center}

\section{Education}
${p.education.map((e) => row(esc(e.institution), esc(e.location), `${e.studyType} in ${esc(e.area)}`, rng(e.start, e.end, st))).join('\n\\vspace{2pt}\n')}

\section{Experience}
${row(vp.company, vp.location, vp.position, rng(vp.start, vp.end, st))}
${bl(vp)}
${sub(assoc.position, rng(assoc.start, assoc.end, st))}
${bl(assoc)}
${[sqt, intern].map((r) => `${row(esc(r.company), esc(r.location), esc(r.position), rng(r.start, r.end, st))}\n${bl(r)}`).join('\n')}

\section{Technical Skills}
\begin{itemize}[label={}, leftmargin=0pt]
${p.skillGroups.map(([g, ks]) => `\\item \\textbf{${g}}{: ${ks.map(esc).join(', ')}}`).join('\n')}
\end{itemize}

\section{Honors}
\begin{itemize}
${p.awards.map(([y, a]) => `\\item ${esc(a)} \\hfill ${y}`).join('\n')}
\end{itemize}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`, `github.com/${p.github}`], location: p.city },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['Education', 'Experience', 'Technical Skills', 'Honors'],
    otherSections: [{ heading: 'Honors', items: p.awards.map(([date, title]) => ({ date, title })) }],
  };
  return { tex, key, engine: 'pdflatex',
    template: "hand-written Jake's-resume variant: Charter body, Helvetica headings with \\titlerule, tabularx rows, underlined links",
    notes: "One column. Jake's structure (Education first) but Charter/Helvetica instead of Computer Modern and tabularx instead of tabular*. Header centred: name, then \"Singapore | phone | e-mail | linkedin.com/in/… | github.com/…\" with $|$ separators. Rows: bold institution/company left, location right; italic degree/title left, italic dates right (\"Jan. 2023 – Present\", \"June 2020\"-style abbreviations). Merlion Capital Partners prints once with two positions under it (promotion: VP since Jan. 2023, Associate Jul. 2020 – Dec. 2022), each with its own bullets; the key repeats the employer and location for the second role. Skills rows \"Languages: …\" (category labels not in the key). Honors bullets with right-aligned years. 1 page." };
}

// Wei Jie: Harvard OCS style (Times, capitalised institutions, centred rule-less headings, graduation month only).
function harvardOcs() {
  const p = P.weijie, st = 'month';
  const ent = (r) => T`\textbf{${esc(r.company).toUpperCase()}} \hfill ${esc(r.location)}\\
\textit{${esc(r.position)}} \hfill ${rng(r.start, r.end, st, 'Present')}
${r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`;
  const tex = T`\documentclass[12pt,letterpaper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{newtxtext}
\usepackage[margin=1in]{geometry}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\linespread{1.12}
\setlist[itemize]{leftmargin=0.3in, itemsep=2pt, topsep=3pt, label=\textbullet}
\newcommand{\hsec}[1]{\par\vspace{14pt}\centerline{\textbf{#1}}\vspace{6pt}}

\begin{document}
\begin{center}
{\Large\textbf{${p.first} ${p.last}}}\\[3pt]
${p.city} $\bullet$ ${p.email} $\bullet$ ${p.phone} $\bullet$ linkedin.com/in/${p.linkedin}
\end{center}

\hsec{EDUCATION}
${p.education.map((e) => T`\textbf{${esc(e.institution).toUpperCase()}} \hfill ${esc(e.location)}\\
${e.studyType} in ${esc(e.area)}. ${e.score.includes('/') ? `GPA ${e.score}` : e.score} \hfill ${dt(e.end, st)}`).join('\n\n\\medskip\n')}

\hsec{EXPERIENCE}
${p.work.map(ent).join('\n\\medskip\n')}

\hsec{SKILLS \& INTERESTS}
${p.skillGroups.map(([g, ks]) => `\\textbf{${g}:} ${ks.map(esc).join(', ')}`).join('\\\\\n')}\\
\textbf{Language:} ${langs(p).join(', ')}\\
\textbf{Certification:} ${p.certificates.map(([y, c]) => `${esc(c)} (${y})`).join(', ')}

\hsec{HONORS}
${p.awards.map(([y, a]) => `${esc(a)} \\hfill ${y}`).join('\\\\\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`], location: p.city },
    work: p.work.map((r) => wk(r, st, { name: r.company.toUpperCase() })),
    education: p.education.map((e) => ({ ...ek(e, st, { dates: 'end', institution: e.institution.toUpperCase(), loc: true }), score: e.score.includes('/') ? `GPA ${e.score}` : e.score })),
    skills: flatSkills(p),
    sections: ['EDUCATION', 'EXPERIENCE', 'SKILLS & INTERESTS', 'HONORS'],
    otherSections: [
      { heading: 'SKILLS & INTERESTS', items: [`Language: ${langs(p).join(', ')}`, `Certification: ${p.certificates.map(([y, c]) => `${c} (${y})`).join(', ')}`] },
      { heading: 'HONORS', items: p.awards.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'hand-written Harvard OCS-style single column (Times via newtxtext, 12pt, centred bold headings without rules)',
    notes: 'One column, 12pt Times, 2 pages. Centred name and a "Singapore • e-mail • phone • linkedin.com/in/…" line. Centred bold ALL-CAPS headings with no rule. Institutions and employers are typed in CAPITALS (the key keeps them upper-case); location right-aligned on the same line; then degree or italic title with the date right-aligned. Education prints only the graduation month ("May 2021"), so the key has endDate only; the score is "GPA 4.6/5.0" / "First Class Honours". Experience dates in full month names ("January 2023 – Present"). Both Merlion roles repeat the employer line. "SKILLS & INTERESTS" mixes labelled skill rows ("Languages:", "Finance:", "Technology:") with "Language:" (spoken languages) and "Certification:" rows; only the technical/finance keywords are in skills, the spoken-language and certification rows are in otherSections. Honors as rows with right-aligned years.',
    doubts: 'Spoken languages sit in a "Language:" row inside SKILLS & INTERESTS (Harvard convention); they are not in skills. A parser that lists English/Mandarin/Malay as skills pays skills.extra.' };
}

// Wei Jie: Awesome-CV-like header (first name light, surname black weight) in Lato with XeLaTeX, fontawesome5.
function awesomeHeader() {
  const p = P.weijie, st = 'mon';
  const tex = T`\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Lato}[UprightFont=* Regular, BoldFont=* Bold, ItalicFont=* Italic]
\newfontfamily\namelight{Lato Light}
\newfontfamily\nameheavy{Lato Black}
\usepackage[margin=1.6cm]{geometry}
\usepackage{xcolor}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage{tabularx}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{DC3522}
\definecolor{grey}{HTML}{5D5D5D}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\csec}[2]{\par\vspace{10pt}{\Large\bfseries{\color{accent}#1}#2}\ {\color{grey}\hrulefill}\par\vspace{4pt}}
\newcommand{\entry}[4]{{\bfseries\large #1}\hfill{\color{accent}\itshape #2}\\{\color{grey}\small\MakeUppercase{#3}}\hfill{\color{grey}\small\itshape #4}\par}
\setlist[itemize]{leftmargin=1.2em, itemsep=0pt, topsep=2pt, label={\color{grey}\textbullet}}

\begin{document}
\begin{center}
{\fontsize{30}{34}\selectfont{\namelight ${p.first}} {\nameheavy ${p.last}}}\\[6pt]
{\color{accent}\small ${p.label.toUpperCase()}}\\[4pt]
{\small\color{grey}\faMapMarker*\ ${p.city} \enspace|\enspace \faMobile*\ ${p.phone} \enspace|\enspace \faEnvelope\ \href{mailto:${p.email}}{${p.email}} \enspace|\enspace \faGithub\ \href{https://github.com/${p.github}}{${p.github}} \enspace|\enspace \faLinkedin\ \href{https://www.linkedin.com/in/${p.linkedin}}{${p.linkedin}}}
\end{center}

\csec{Sum}{mary}
${esc(p.summary)}

\csec{Exp}{erience}
${p.work.map((r) => `\\entry{${esc(r.company)}}{${esc(r.location)}}{${esc(r.position)}}{${rng(r.start, r.end, st, 'Present', ' – ')}}
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}
\\smallskip`).join('\n')}

\csec{Edu}{cation}
${p.education.map((e) => `\\entry{${esc(e.institution)}}{${esc(e.location)}}{${e.studyType} in ${esc(e.area)}}{${rng(e.start, e.end, st, 'Present', ' – ')}}\n\\smallskip`).join('\n')}

\csec{Ski}{lls}
\begin{tabularx}{\linewidth}{@{}>{\bfseries}r X@{}}
${p.skillGroups.map(([g, ks]) => `${g} & ${ks.map(esc).join(', ')} \\\\`).join('\n')}
\end{tabularx}

\csec{Hon}{ors \& Awards}
\begin{tabularx}{\linewidth}{@{}l X@{}}
${p.awards.map(([y, a]) => `${y} & ${esc(a)} \\\\`).join('\n')}
\end{tabularx}

\csec{Lan}{guages}
${langs(p, ([l, lv]) => `${l} -- ${lv}`).join(' \\quad ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label.toUpperCase(), email: p.email, phone: p.phone, profiles: [p.github, p.linkedin], location: p.city, summary: p.summary },
    work: p.work.map((r) => wk(r, st, { position: r.position.toUpperCase() })),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['Summary', 'Experience', 'Education', 'Skills', 'Honors & Awards', 'Languages'],
    otherSections: [
      { heading: 'Honors & Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Languages', items: langs(p, ([l, lv]) => `${l} – ${lv}`) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'hand-written Awesome-CV-like header: Lato Light first name + Lato Black surname, accent-coloured first letters of headings, fontawesome5 contact icons',
    notes: 'One column, XeLaTeX with Lato (OpenType). Centred header: "Wei Jie" in Lato Light and "Tan" in Lato Black (two fonts, one line), then the label printed in CAPITALS, then a contact line of fontawesome5 icons (private-use glyphs in the text layer) with "|" separators: Singapore, phone, e-mail, GitHub and LinkedIn HANDLES. Section headings print their first three letters in red and the rest in black ("Exp"+"erience") followed by a rule. Entries: bold organisation left, red italic location right; position in grey CAPITALS (\\MakeUppercase; key keeps capitals), dates right ("Jan 2023 – Present"). Skills as a table with right-aligned bold category labels. Honors as year/title rows. 1 page.' };
}

// Larissa: two columns with the sidebar on the RIGHT (two minipages; sidebar shaded), Inter via XeLaTeX.
function rightSidebar() {
  const p = P.larissa, st = 'mmyyyy';
  const tex = T`\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Inter}[UprightFont=* Regular, BoldFont=* Bold, ItalicFont=* Italic]
\usepackage[margin=1.3cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{side}{HTML}{F3EFE6}
\definecolor{accent}{HTML}{0B7A75}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\mhead}[1]{\vspace{8pt}{\color{accent}\large\bfseries #1}\par\vspace{2pt}\hrule\vspace{5pt}}
\newcommand{\shead}[1]{\vspace{8pt}{\color{accent}\bfseries #1}\par\vspace{4pt}}
\setlist[itemize]{leftmargin=1em, itemsep=1pt, topsep=2pt}

\begin{document}
{\fontsize{26}{30}\selectfont\bfseries ${p.first} ${p.last}}\par\vspace{2pt}
{\large\color{accent} ${p.label}}\par\vspace{10pt}
\begin{minipage}[t]{0.63\textwidth}
\mhead{Profile}
${esc(p.summary)}

\mhead{Experience}
${p.work.map((r) => `{\\bfseries ${esc(r.position)}}\\hfill{\\small ${rng(r.start, r.end, st, 'Present', ' – ')}}\\\\
{\\itshape ${esc(r.company)}}, ${esc(r.location)}
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}
\\medskip`).join('\n')}

\mhead{Projects}
${p.projects.map((x) => `{\\bfseries ${esc(x.name)}} -- ${esc(x.description)}. {\\small\\itshape ${x.keywords.map(esc).join(', ')}}`).join('\n\n')}
\end{minipage}\hfill
\colorbox{side}{\begin{minipage}[t]{0.31\textwidth}
\small
\shead{Contact}
\href{mailto:${p.email}}{${p.email}}\\
${p.phone}\\
${p.city}, ${p.country}\\
\href{https://${p.web}}{${p.web}}\\
github.com/${p.github}\\
linkedin.com/in/${p.linkedin}

\shead{Education}
${p.education.map((e) => `{\\bfseries ${e.studyType} in ${esc(e.area)}}\\\\ ${esc(e.institution)}\\\\ ${dt(e.start, 'yyyy')} – ${dt(e.end, 'yyyy')}`).join('\n\n')}

\shead{Skills}
${flatSkills(p).map(esc).join('\\\\\n')}

\shead{Languages}
${langs(p, ([l, lv]) => `${l} -- ${lv}`).join('\\\\\n')}

\shead{Certificates}
${p.certificates.map(([y, c]) => `${esc(c)} (${y})`).join('\\\\\n')}
\vspace{4pt}
\end{minipage}}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, 'yyyy')),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: `${x.description}.`, keywords: x.keywords })),
    sections: ['Profile', 'Experience', 'Projects', 'Contact', 'Education', 'Skills', 'Languages', 'Certificates'],
    otherSections: [
      { heading: 'Languages', items: langs(p, ([l, lv]) => `${l} – ${lv}`) },
      { heading: 'Certificates', items: p.certificates.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'xelatex',
    template: 'hand-written two-column layout with a shaded sidebar on the RIGHT (two top-aligned minipages), Inter via fontspec',
    notes: 'Name and label span the top. Below, two independent columns: the main LEFT column (63%) holds Profile, Experience and Projects; a beige sidebar on the RIGHT (31%) holds Contact (e-mail, phone, "São Paulo, Brazil", web site, github.com/… and linkedin.com/in/… as printed text), Education (degree, institution, year range "2012 – 2016"), Skills (one keyword per line, no categories), Languages ("Portuguese – native") and Certificates. Experience: bold title with right-aligned MM/YYYY dates ("02/2022 – Present"), then italic employer, location. Two Pitanga Pagamentos roles (promotion). Sections keyed left column first. 1 page.' };
}

// Larissa: enumitem custom bullets (▹ for experience, ★ for projects, – for skills), year-only dates, Roboto.
function enumitemBullets() {
  const p = P.larissa, st = 'yyyy';
  const tex = T`\documentclass[10.5pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{Roboto}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Italic]
\newfontfamily\sym{DejaVu Sans}
\usepackage[margin=1.7cm]{geometry}
\usepackage{xcolor}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{7A2E8E}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\bfseries\color{accent}}{}{0pt}{}[{\color{accent}\titlerule[0.6pt]}]
\titlespacing*{\section}{0pt}{10pt}{5pt}
\newlist{tri}{itemize}{1}\setlist[tri]{label={\color{accent}\sym ▹}, leftmargin=1.3em, itemsep=1pt, topsep=2pt}
\newlist{stars}{itemize}{1}\setlist[stars]{label={\color{accent}\sym ★}, leftmargin=1.3em, itemsep=2pt, topsep=2pt}
\newlist{dashes}{itemize}{1}\setlist[dashes]{label={–}, leftmargin=1.3em, itemsep=0pt, topsep=2pt}

\begin{document}
\begin{minipage}[b]{0.55\textwidth}
{\fontsize{24}{28}\selectfont\bfseries ${p.first}\\ ${p.last}}\\[4pt]
{\color{accent}${p.label}}
\end{minipage}\hfill
\begin{minipage}[b]{0.42\textwidth}\raggedleft\small
${p.city}, ${p.country}\\
${p.phone}\\
\href{mailto:${p.email}}{${p.email}}\\
\href{https://github.com/${p.github}}{github.com/${p.github}}
\end{minipage}

\section{Experience}
${p.work.map((r) => `\\textbf{${esc(r.company)}} --- ${esc(r.position)} \\hfill ${rng(r.start, r.end, st, 'present', ' – ')}\\\\
{\\small\\itshape ${esc(r.location)}}
\\begin{tri}
${items(r.bullets)}
\\end{tri}`).join('\n\\smallskip\n')}

\section{Projects}
\begin{stars}
${p.projects.map((x) => `\\item \\textbf{${esc(x.name)}}: ${esc(x.description)}`).join('\n')}
\end{stars}

\section{Skills}
\begin{dashes}
${p.skillGroups.map(([, ks]) => `\\item ${ks.map(esc).join(', ')}`).join('\n')}
\end{dashes}

\section{Education}
\textbf{${esc(p.education[0].institution)}} \hfill ${dt(p.education[0].end, st)}\\
${p.education[0].studyType} in ${esc(p.education[0].area)}

\section{Awards}
\begin{stars}
${p.awards.map(([y, a]) => `\\item ${esc(a)} (${y})`).join('\n')}
\end{stars}

\section{Languages}
${langs(p).join(' · ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`], location: `${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { dates: 'end' })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description })),
    sections: ['Experience', 'Projects', 'Skills', 'Education', 'Awards', 'Languages'],
    otherSections: [
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Languages', items: langs(p) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'hand-written enumitem layout with custom list labels (▹ U+25B9, ★ U+2605 from DejaVu Sans, – en dash), Roboto via fontspec',
    notes: 'One column. Header: name in two lines (first name / "Figueiredo Brandão") and label on the LEFT, contact block right-aligned on the RIGHT (city, phone, e-mail, github.com/…). Headings with titlesec rules. Experience headers "Company — Position" with YEAR-ONLY dates right-aligned ("2022 – present", "2019 – 2022"), italic location below; bullets are ▹ glyphs. Projects and Awards use ★ bullets; Skills are three –-bulleted lines of keywords without category labels. Education prints the graduation year only (endDate only). Languages joined by " · ". 1 page.' };
}

// Katarzyna: small caps with letter-spacing (microtype \textls) in EB Garamond, pdfLaTeX.
function smallcapsSpaced() {
  const p = P.katarzyna, st = 'month';
  const [lead, sre, admin] = p.work;
  const pos = (r) => T`\textit{${esc(r.position)}} \hfill \textit{${rng(r.start, r.end, st, 'present')}}
\begin{itemize}
${items(r.bullets)}
\end{itemize}`;
  const tex = T`\documentclass[11pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[lining]{ebgaramond}
\usepackage[letterspace=150]{microtype}
\usepackage[margin=2cm]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\centering\large}{}{0pt}{\textls[250]}[\vspace{-2pt}]
\titlespacing*{\section}{0pt}{12pt}{6pt}
\setlist[itemize]{leftmargin=1.5em, itemsep=0pt, topsep=2pt, label=\textperiodcentered}

\begin{document}
\begin{center}
{\LARGE\textls[200]{\textsc{${p.first} ${p.last}}}}\\[5pt]
\textls[80]{\textsc{${p.label}}}\\[4pt]
${p.city}, ${p.country} \,·\, \href{mailto:${p.email}}{${p.email}} \,·\, ${p.phone} \,·\, \href{https://${p.web}}{${p.web}}
\end{center}

\section{\textsc{Profile}}
${esc(p.summary)}

\section{\textsc{Experience}}
\textls[60]{\textsc{${esc(lead.company)}}} \hfill ${esc(lead.location)}\\
${pos(lead)}
${pos(sre)}
\medskip

\textls[60]{\textsc{${esc(admin.company)}}} \hfill ${esc(admin.location)}\\
${pos(admin)}

\section{\textsc{Education}}
${p.education.map((e) => T`\textls[60]{\textsc{${esc(e.institution)}}} \hfill ${esc(e.location)}\\
\textit{${e.studyType}, ${esc(e.area)}} \hfill \textit{${rng(e.start, e.end, st)}}`).join('\n\n\\smallskip\n')}

\section{\textsc{Certifications \& Talks}}
${p.certificates.map(([y, c]) => `${esc(c)} \\hfill ${y}`).join('\\\\\n')}\\
${p.talks.map(([y, t, ev]) => `“${esc(t)}”, ${esc(ev)} \\hfill ${y}`).join('\\\\\n')}

\section{\textsc{Skills}}
${p.skillGroups.map(([g, ks]) => `\\textsc{${g}} \\quad ${ks.map(esc).join(' · ')}`).join('\\\\\n')}

\section{\textsc{Languages}}
${langs(p, ([l, lv]) => `${l} ${lv === 'native' ? '(native)' : `(${lv})`}`).join(', ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['Profile', 'Experience', 'Education', 'Certifications & Talks', 'Skills', 'Languages'],
    otherSections: [
      { heading: 'Certifications & Talks', items: [...p.certificates.map(([date, title]) => ({ date, title })), ...p.talks.map(([date, t, ev]) => ({ date, title: `“${t}”`, event: ev }))] },
      { heading: 'Languages', items: langs(p) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'hand-written small-caps layout: EB Garamond, microtype \\textls letter-spacing on the name, headings and employers',
    notes: 'One column, EB Garamond. The name, label, section headings, employers and institutions are set in letter-spaced small caps (microtype \\textls); pdftotext gives them in mixed case without inserted spaces; the key writes them in mixed case. Centred headings without rules. Employer line (small caps, location right) printed once per employer; the two Wawel Cloud positions (promotion, October 2022 – present and April 2019 – September 2022) follow it, each italic title with italic right-aligned dates in full month names. Education dates are ranges. "Certifications & Talks" mixes two certificates and two talks with right-aligned years. Skills rows start with a small-caps category label (not in the key) followed by " · "-separated keywords. Middle-dot list bullets. 1 page.' };
}

// Katarzyna: dark LEFT sidebar drawn with TikZ, fontawesome5 icons, skill bars; LuaLaTeX with Fira Sans.
function sidebarSkillbars() {
  const p = P.katarzyna, st = 'mon';
  const bars = [['Kubernetes', 5], ['Terraform', 5], ['Prometheus', 4], ['Go', 4], ['Python', 3], ['AWS', 4], ['Ansible', 4], ['OpenTelemetry', 3]];
  const tex = T`\documentclass[10pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{FiraSans}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-SemiBold, ItalicFont=*-Italic, BoldItalicFont=*-SemiBoldItalic]
\usepackage[left=0.5cm,right=1cm,top=1cm,bottom=1cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{dark}{HTML}{22303C}
\definecolor{bar}{HTML}{F2A541}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\shead}[1]{\vspace{10pt}{\color{bar}\large\bfseries #1}\par\vspace{4pt}}
\newcommand{\mhead}[1]{\vspace{8pt}{\color{dark}\Large\bfseries #1}\par\vspace{1pt}{\color{bar}\rule{\linewidth}{1.2pt}}\par\vspace{4pt}}
\newcommand{\skillbar}[2]{#1\hfill\begin{tikzpicture}[baseline=-0.6ex]\fill[white!30!dark] (0,0) rectangle (2.2,0.16);\fill[bar] (0,0) rectangle ({2.2*#2/5},0.16);\end{tikzpicture}\\[1pt]}
\setlist[itemize]{leftmargin=1.1em, itemsep=0pt, topsep=2pt, label={\color{bar}\textbullet}}

\begin{document}
\begin{tikzpicture}[remember picture,overlay]
\fill[dark] (current page.north west) rectangle ([xshift=6.4cm]current page.south west);
\end{tikzpicture}%
\begin{minipage}[t]{5.4cm}
\color{white}\small
{\fontsize{22}{26}\selectfont\bfseries ${p.first}\\ ${p.last}}\par\vspace{6pt}
{\color{bar}\normalsize ${p.label}}\par

\shead{Contact}
\faEnvelope\ \href{mailto:${p.email}}{${p.email}}\\[3pt]
\faPhone\ ${p.phone}\\[3pt]
\faMapMarker*\ ${p.city}, ${p.country}\\[3pt]
\faGlobe\ ${p.web}\\[3pt]
\faGithub\ ${p.github}\\[3pt]
\faLinkedin\ ${p.linkedin}

\shead{Skills}
${bars.map(([s, n]) => `\\skillbar{${s}}{${n}}`).join('\n')}

\shead{Languages}
${p.languages.map(([l, lv]) => `${l} \\hfill ${lv}`).join('\\\\\n')}
\end{minipage}\hspace{1.4cm}%
\begin{minipage}[t]{\dimexpr\textwidth-6.8cm}
\mhead{Profile}
${esc(p.summary)}

\mhead{Experience}
${p.work.map((r) => `{\\bfseries ${esc(r.position)}} \\hfill {\\small ${rng(r.start, r.end, st, 'Present', ' – ')}}\\\\
{\\color{dark!70}${esc(r.company)} \\textbullet\\ ${esc(r.location)}}
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}
\\smallskip`).join('\n')}

\mhead{Education}
${p.education.map((e) => `{\\bfseries ${e.studyType} ${esc(e.area)}} \\hfill {\\small ${rng(e.start, e.end, st, 'Present', ' – ')}}\\\\ ${esc(e.institution)}`).join('\\\\[4pt]\n')}

\mhead{Certifications}
${p.certificates.map(([y, c]) => `${esc(c)} \\hfill ${y}`).join('\\\\\n')}

\mhead{Talks}
${p.talks.map(([y, t, ev]) => `\\textit{${esc(t)}} -- ${esc(ev)}, ${y}`).join('\\\\\n')}
\end{minipage}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: bars.map(([s]) => s),
    sections: ['Contact', 'Skills', 'Languages', 'Profile', 'Experience', 'Education', 'Certifications', 'Talks'],
    otherSections: [
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) },
      { heading: 'Certifications', items: p.certificates.map(([date, title]) => ({ date, title })) },
      { heading: 'Talks', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'lualatex',
    template: 'hand-written dark LEFT sidebar (TikZ overlay), fontawesome5 icons, TikZ skill bars; Fira Sans via fontspec under LuaLaTeX',
    notes: 'Two independent columns. A full-height dark sidebar on the LEFT (white text) holds the name in two lines, the label, Contact (fontawesome5 icons before e-mail, phone, "Kraków, Poland", web site, GitHub and LinkedIn HANDLES), Skills (eight skill names each followed by a drawn bar, no printed level) and Languages ("Polish  native", level right-aligned). The RIGHT main column holds Profile, Experience, Education, Certifications and Talks. Experience: bold title with right-aligned "Oct 2022 – Present", then "Company • Location". Skills in the key are the eight bar labels only. Sections keyed left column first.' };
}

// Noa: academic tabular CV (year column on the left), Libertinus via LuaLaTeX, academicons + fontawesome5, 2 pages.
function tabularAcademic() {
  const p = P.noa, st = 'yyyy';
  const yr = (s, e) => rng(s, e, st, 'present', '–');
  const row = (left, right) => T`\noindent\begin{tabular}{@{}p{2.4cm}@{\hspace{0.4cm}}p{\dimexpr\textwidth-2.8cm}@{}}
${left} & ${right}
\end{tabular}\par\vspace{5pt}`;
  const tex = T`\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{LibertinusSerif}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Semibold, ItalicFont=*-Italic, BoldItalicFont=*-SemiboldItalic]
\setsansfont{LibertinusSans}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Italic]
\usepackage[margin=2.2cm]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage{academicons}
\usepackage{fontawesome5}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\definecolor{acc}{HTML}{1B4F72}
\pagestyle{plain}
\setlength{\parindent}{0pt}
\titleformat{\section}{\sffamily\Large\color{acc}}{}{0pt}{}[\vspace{-3pt}{\color{acc}\titlerule}]
\titlespacing*{\section}{0pt}{16pt}{8pt}
\setlist[itemize]{leftmargin=1.2em, itemsep=1pt, topsep=2pt, after=\vspace{-\baselineskip}}
\setlist[enumerate]{leftmargin=2em, itemsep=4pt, label={[\arabic*]}}

\begin{document}
\begin{minipage}[t]{0.5\textwidth}
{\sffamily\fontsize{24}{28}\selectfont ${p.first} ${p.last}}\\[6pt]
{\large\itshape ${p.label}}
\end{minipage}\hfill
\begin{minipage}[t]{0.45\textwidth}\raggedleft
${p.city}, ${p.country} \faMapMarker*\\
${p.phone} \faPhone\\
\href{mailto:${p.email}}{${p.email}} \faEnvelope\\
\href{https://${p.web}}{${p.web}} \faGlobe\\
${p.github} \faGithub\\
${p.scholar} \aiGoogleScholar
\end{minipage}

\section{Research and Professional Summary}
${esc(p.summary)}

\section{Education}
${p.education.map((e) => row(yr(e.start, e.end), T`\textbf{${e.studyType}, ${esc(e.area)}}\newline ${esc(e.institution)}, ${esc(e.location)}\newline \textit{${esc(e.note)}}`)).join('\n')}

\section{Experience}
${p.work.map((r) => row(yr(r.start, r.end), T`\textbf{${esc(r.position)}}\newline ${esc(r.company)}, ${esc(r.location)}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`)).join('\n')}

\section{Publications}
\begin{enumerate}
${p.publications.map((x) => `\\item ${esc(x)}`).join('\n')}
\end{enumerate}

\section{Honours and Awards}
${p.awards.map(([y, a]) => row(y, esc(a))).join('\n')}

\section{Skills}
${p.skillGroups.map(([g, ks]) => row(`\\textit{${g}}`, ks.map(esc).join(', '))).join('\n')}

\section{Languages}
${row('', langs(p).join(', '))}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.scholar], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['Research and Professional Summary', 'Education', 'Experience', 'Publications', 'Honours and Awards', 'Skills', 'Languages'],
    otherSections: [
      { heading: 'Publications', items: p.publications },
      { heading: 'Honours and Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Languages', items: langs(p) },
    ],
  };
  return { tex, key, engine: 'lualatex',
    template: 'hand-written academic CV: one tabular per entry with a year column on the LEFT, Libertinus Serif/Sans via fontspec, academicons + fontawesome5',
    notes: 'One column (the left column of each row holds only years, italic skill categories or nothing). Header: name and italic label on the left, right-aligned contact lines each ENDING with a fontawesome5/academicons glyph (city, phone, e-mail, web site, GitHub handle, Google Scholar handle). Section headings in Libertinus Sans with a rule. Year-only dates "2024–present", "2022–2024" (en dash, no spaces) in the left column; right column: bold title/degree, then "Employer, City, Country", then bullets. Education rows add an italic thesis/honours note (education highlights). Numbered publications [1]–[3]. Two entries have no bullets (Research Intern). Page numbers in the footer. 2 pages.' };
}

// Noa: body in \begin{multicols}{2}: text flows from the bottom of the left column to the top of the right one.
function multicolsFlow() {
  const p = P.noa, st = 'mon';
  const tex = T`\documentclass[10pt,letterpaper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[sfdefault,light]{FiraSans}
\usepackage[margin=0.7in]{geometry}
\usepackage{multicol}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{acc}{HTML}{B03A2E}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\columnsep}{0.3in}
\newcommand{\hd}[1]{\par\vspace{8pt}{\color{acc}\bfseries\MakeUppercase{#1}}\par\vspace{3pt}}
\setlist[itemize]{leftmargin=1em, itemsep=0pt, topsep=1pt, label=--}

\begin{document}
{\Huge\bfseries ${p.first} ${p.last}} \hfill {\Large ${p.label}}\par\vspace{4pt}
{\color{acc}\rule{\linewidth}{1pt}}\par\vspace{2pt}
${p.email} \hfill ${p.phone} \hfill ${p.city}, ${p.country} \hfill github.com/${p.github} \hfill linkedin.com/in/${p.linkedin}
\par\vspace{6pt}
\begin{multicols}{2}
\hd{Summary}
${esc(p.summary)}

\hd{Experience}
${p.work.map((r) => `{\\bfseries ${esc(r.position)}}\\\\
${esc(r.company)}, ${esc(r.location)}\\\\
{\\itshape ${rng(r.start, r.end, st, 'Present', ' – ')}}${r.bullets.length ? `
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}` : ''}
\\smallskip`).join('\n')}

\hd{Education}
${p.education.map((e) => `{\\bfseries ${e.studyType} in ${esc(e.area)}}\\\\ ${esc(e.institution)}\\\\ {\\itshape ${rng(e.start, e.end, st, 'Present', ' – ')}}`).join('\n\n\\smallskip\n')}

\hd{Publications}
${p.publications.map(esc).join('\n\n\\smallskip\n')}

\hd{Skills}
${flatSkills(p).map(esc).join(' \\textbullet{} ')}

\hd{Awards}
${p.awards.map(([y, a]) => `${y}: ${esc(a)}`).join('\\\\\n')}

\hd{Languages}
${langs(p).join(', ')}
\end{multicols}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'PUBLICATIONS', 'SKILLS', 'AWARDS', 'LANGUAGES'],
    otherSections: [
      { heading: 'PUBLICATIONS', items: p.publications },
      { heading: 'AWARDS', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'LANGUAGES', items: langs(p) },
    ],
  };
  return { tex, key, columns: 2, engine: 'pdflatex',
    template: 'hand-written multicol body: Fira Sans Light, one text flow balanced over two columns (multicols), full-width header',
    notes: 'Full-width header (name left, label right, red rule, then e-mail, phone, "Haifa, Israel", github.com/… and linkedin.com/in/… spread across one line with \\hfill). The body is ONE flow in \\begin{multicols}{2}: sections continue from the bottom of the left column to the top of the right one, so an entry can be split between the columns. Headings are red CAPITALS (\\MakeUppercase). Experience entries: bold title / "Employer, City, Country" / italic "Feb 2024 – Present" on three lines, then en-dash bullets. Skills are one " • "-joined line of keywords without categories. Awards "2021: …". Sections keyed in reading order (left column, then right). 1 page.' };
}

// Eirik: XeLaTeX with EB Garamond (OpenType): common ligatures (fi, ff, fl) and old-style Unicode text.
function opentypeLigatures() {
  const p = P.eirik, st = 'month';
  const tex = T`\documentclass[11pt,a4paper]{article}
\usepackage{fontspec}
\setmainfont{EBGaramond}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Italic, BoldItalicFont=*-BoldItalic, Ligatures={Common,TeX}, Numbers=OldStyle]
\usepackage[margin=2.3cm]{geometry}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\Large\itshape}{}{0pt}{}[\vspace{-4pt}\rule{\linewidth}{0.4pt}]
\titlespacing*{\section}{0pt}{12pt}{6pt}
\setlist[itemize]{leftmargin=1.4em, itemsep=0pt, topsep=2pt, label=—}

\begin{document}
{\fontsize{28}{32}\selectfont ${p.first} ${p.last}}\par\vspace{4pt}
{\large\itshape ${esc(p.label)}} \hfill ${p.city} · ${p.country}\par\vspace{2pt}
\href{mailto:${p.email}}{${p.email}} \hfill ${p.phone} \hfill \href{https://${p.web}}{${p.web}} \hfill github.com/${p.github}

\section{Profile}
${esc(p.summary)}

\section{Professional Experience}
${p.work.map((r) => `\\textbf{${esc(r.position)}}, ${esc(r.company)} \\hfill ${rng(r.start, r.end, st, 'present', ' – ')}\\\\
\\textit{${esc(r.location)}}${r.bullets.length ? `
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}` : ''}
\\medskip`).join('\n')}

\section{Open-Source Projects}
${p.projects.map((x) => `\\textbf{${esc(x.name)}} — ${esc(x.description)}.`).join('\\\\\n')}

\section{Education}
${p.education.map((e) => `\\textbf{${e.studyType} in ${esc(e.area)}}, ${esc(e.institution)} \\hfill ${rng(e.start, e.end, st, 'present', ' – ')}${e.note ? `\\\\ \\textit{${esc(e.note)}}` : ''}`).join('\\\\[4pt]\n')}

\section{Technical Skills}
${flatSkills(p).map(esc).join(' · ')}

\section{Awards}
${p.awards.map(([y, a]) => `${esc(a)} \\hfill ${y}`).join('\\\\\n')}

\section{Languages}
${langs(p, ([l, lv]) => `${l}: ${lv}`).join('; ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`], location: `${p.city} · ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), ...(e.note ? { highlights: [e.note] } : {}) })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: `${x.description}.` })),
    sections: ['Profile', 'Professional Experience', 'Open-Source Projects', 'Education', 'Technical Skills', 'Awards', 'Languages'],
    otherSections: [
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Languages', items: langs(p, ([l, lv]) => `${l}: ${lv}`) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'hand-written single column in EB Garamond (OpenType, XeLaTeX): common ligatures, old-style figures, em-dash bullets, italic headings',
    notes: 'One column, EB Garamond through fontspec with Ligatures=Common and old-style numerals, so the text layer carries fi/ff/fl ligature glyphs (e.g. "profiling", "offline", "firmware", "Staff") and old-style digits in dates and phone numbers. Header: name; italic label left and "Trondheim · Norway" right; then e-mail, phone, web site and github.com/… spread with \\hfill. Italic section headings with a rule. Entries: "Title, Employer" bold/regular with right-aligned full-month dates ("May 2023 – present"), italic location below, em-dash (—) bullets. Fjordline promotion (two roles); SINTEF role without bullets. Projects "name — description." Education with italic thesis note. Skills one " · "-joined line. Languages "Norwegian: native; …". 2 pages (Awards and Languages on page 2). poppler decodes the ligature glyphs as two letters.' };
}

// Eirik: compact one-pager with "Company | Title | Location | Dates" on one line, IBM Plex Sans, pdfLaTeX.
function compactPipe() {
  const p = P.eirik, st = 'mon';
  const bar = ' \\textbar{} ';
  const tex = T`\documentclass[10pt,a4paper]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[sfdefault,light]{plex-sans}
\usepackage[margin=1.4cm]{geometry}
\usepackage{enumitem}
\usepackage{xcolor}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\hd}[1]{\par\vspace{6pt}{\bfseries\MakeUppercase{#1}}\par\vspace{-3pt}\rule{\linewidth}{0.4pt}\par\vspace{2pt}}
\setlist[itemize]{leftmargin=1em, itemsep=-2pt, topsep=0pt, label=\textbullet}

\begin{document}
{\LARGE\bfseries ${p.first} ${p.last}}\hfill {\large ${esc(p.label)}}\par\vspace{3pt}
${[`${p.city}, ${p.country}`, p.phone, `\\href{mailto:${p.email}}{${p.email}}`, `github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`].join(bar)}

\hd{Summary}
${esc(p.summary)}

\hd{Skills}
${p.skillGroups.map(([g, ks]) => `\\textbf{${g}:} ${ks.map(esc).join(', ')}`).join(bar)}

\hd{Experience}
${p.work.map((r) => `\\textbf{${esc(r.company)}}${bar}${esc(r.position)}${bar}${esc(r.location)}${bar}${rng(r.start, r.end, st, 'Present', ' – ')}${r.bullets.length ? `
\\begin{itemize}
${items(r.bullets)}
\\end{itemize}` : ''}
\\vspace{3pt}`).join('\n')}

\hd{Projects}
${p.projects.map((x) => `\\textbf{${esc(x.name)}}${bar}${x.keywords.map(esc).join(', ')}${bar}${esc(x.description)}`).join('\\\\\n')}

\hd{Education}
${p.education.map((e) => `\\textbf{${esc(e.institution)}}${bar}${e.studyType} ${esc(e.area)}${bar}${rng(e.start, e.end, st, 'Present', ' – ')}`).join('\\\\\n')}

\hd{Awards}
${p.awards.map(([y, a]) => `${esc(a)}${bar}${y}`).join('\\\\\n')}

\hd{Languages}
${langs(p).join(', ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['SUMMARY', 'SKILLS', 'EXPERIENCE', 'PROJECTS', 'EDUCATION', 'AWARDS', 'LANGUAGES'],
    otherSections: [
      { heading: 'AWARDS', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'LANGUAGES', items: langs(p) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'hand-written compact one-pager: IBM Plex Sans Light, every entry header on one line joined by " | "',
    notes: 'One column, 10pt IBM Plex Sans Light, tight spacing. Name left with label right on the same line; contacts on one line joined by " | " (city, phone, e-mail, github.com/…, linkedin.com/in/…). Headings are CAPITALS (\\MakeUppercase) over a rule. Skills come BEFORE Experience, as labelled groups joined by " | " on one paragraph ("Languages: Rust, C, … | Systems: … | Tools: …"; labels not in the key). Every experience header is ONE line "Company | Title | City, Country | May 2023 – Present" (no right alignment); the SINTEF role has no bullets. Projects "name | keywords | description"; Education "Institution | MSc Computer Science | Aug 2015 – Jun 2017"; Awards "title | year". 1 page.',
    doubts: 'The contact line wraps inside the LinkedIn URL after "eirik-" ("linkedin.com/in/eirik-" / "solbakken"); pdftotext (default mode) drops that hyphen ("eiriksolbakken"). The key keeps the real handle linkedin.com/in/eirik-solbakken.' };
}

export const CASES = {
  'hand-jake-tabularx': jakeTabularx,
  'hand-harvard-ocs': harvardOcs,
  'hand-awesome-header': awesomeHeader,
  'hand-right-sidebar': rightSidebar,
  'hand-enumitem-bullets': enumitemBullets,
  'hand-smallcaps-spaced': smallcapsSpaced,
  'hand-sidebar-skillbars': sidebarSkillbars,
  'hand-tabular-academic': tabularAcademic,
  'hand-multicols-flow': multicolsFlow,
  'hand-opentype-ligatures': opentypeLigatures,
  'hand-compact-pipe': compactPipe,
};
