// German and Spanish CVs: Annika Größner (cloud architect, Hamburg) as a tabular "Lebenslauf" and as moderncv
// with moderntimeline bars; Tomás Ibarra Quiñones (backend developer, Buenos Aires) as a tabular* CV with
// \raggedleft date columns and as a Simple-Hipster-CV lookalike. Keys are built from the same data.
import { personas as P } from './personas.mjs';
import { esc, wk, ek, fullName, flatSkills, items, langs, deRange, esRange, yRange } from './lib.mjs';

const T = String.raw;
const A = P.annika;
const S = P.tomas;
const mm = (iso) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const bl = (r) => (r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : '');

// Tabular German "Lebenslauf": title, photo box, "Persönliche Daten" label/value rows, dates left
// ("seit 03/2020", "07/2016 – 02/2020"), Kenntnisse/Sprachen/Zertifikate/Interessen rows, place, date and signature.
function lebenslauf() {
  const p = A;
  const row = (a, b) => T`\lrow{${a}}{${b}}`;
  const tex = T`\documentclass[10.5pt,a4paper]{article}
% Tabular German "Lebenslauf" written from scratch for held-out batch 3 (LuaLaTeX, TeX Gyre Heros, babel ngerman).
\usepackage{fontspec}
\setmainfont{TeX Gyre Heros}
\usepackage[ngerman]{babel}
\usepackage[a4paper,left=2.3cm,right=2cm,top=1.8cm,bottom=1.6cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{akz}{HTML}{1D4E89}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\lsec}[1]{\par\vspace{9pt}{\large\bfseries\color{akz}#1}\par\vspace{2pt}{\color{akz}\hrule}\vspace{5pt}}
\newcommand{\lrow}[2]{\begin{tabular}{@{}p{3.5cm}@{}p{\dimexpr\linewidth-3.5cm\relax}@{}}
\leavevmode #1 & #2\\
\end{tabular}\par\vspace{2pt}}
\setlist[itemize]{leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt, label=\textbullet}

\begin{document}
\begin{minipage}[b]{0.7\linewidth}
{\fontsize{26}{30}\selectfont\bfseries Lebenslauf}
\end{minipage}\hfill
\begin{tikzpicture}[baseline=0pt]\fill[black!12] (0,0) rectangle (3,3.8);\fill[black!25] (1.5,2.5) circle (0.7);\fill[black!25] (0.5,0) .. controls (0.6,1.5) and (2.4,1.5) .. (2.5,0) -- cycle;\end{tikzpicture}

\lsec{Persönliche Daten}
${row('Name', `${p.first} ${p.last}`)}
${row('Anschrift', T`${p.street}\newline ${p.zip} ${p.city}`)}
${row('Telefon', p.phone)}
${row('E-Mail', T`\href{mailto:${p.email}}{${p.email}}`)}
${row('Geburtsdatum', p.birth)}
${row('Staatsangehörigkeit', 'deutsch')}

\lsec{Berufserfahrung}
${p.work.map((r) => row(deRange(r), T`\textbf{${esc(r.position)}}\newline ${esc(r.company)}, ${esc(r.location)}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`)).join('\n')}

\lsec{Ausbildung}
${p.education.map((e) => row(`${mm(e.start)} -- ${mm(e.end)}`, T`\textbf{${esc(e.institution)}}\newline Studium der ${esc(e.area)}, Abschluss: ${e.studyType}${e.score ? ` (${esc(e.score)})` : ''}${e.note ? T`\newline ${esc(e.note)}` : ''}`)).join('\n')}

\lsec{Kenntnisse}
${p.skillGroups.map(([g, ks]) => row(g, ks.map(esc).join(', '))).join('\n')}

\lsec{Sprachen}
${p.languages.map(([l, lv]) => row(l, lv)).join('\n')}

\lsec{Zertifikate}
${p.certificates.map(([y, c]) => row(y, esc(c))).join('\n')}

\lsec{Interessen}
${row('', p.hobbies.join(', '))}

\vspace{18pt}
${p.city}, \today\par\vspace{22pt}
\rule{5.5cm}{0.4pt}\par
${p.first} ${p.last}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, location: `${p.street}, ${p.zip} ${p.city}` },
    work: p.work.map((r) => wk(r, 'mmyyyy')),
    education: p.education.map((e) => ({ ...ek(e, 'mmyyyy'), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    sections: ['Persönliche Daten', 'Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'Sprachen', 'Zertifikate', 'Interessen'],
    otherSections: [
      { heading: 'Persönliche Daten', items: [`Geburtsdatum ${p.birth}`, 'Staatsangehörigkeit deutsch'] },
      { heading: 'Sprachen', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
      { heading: 'Zertifikate', items: p.certificates.map(([date, title]) => ({ date, title })) },
      { heading: 'Interessen', items: [p.hobbies.join(', ')] },
    ],
  };
  return { tex, key, engine: 'lualatex',
    template: 'classic German tabular CV ("tabellarischer Lebenslauf"): title, photo box, personal-data rows, dates in a left column, place/date/signature at the end',
    notes: 'German, one column with a 3.5 cm label/date column, LuaLaTeX with TeX Gyre Heros and babel ngerman. Top: the title "Lebenslauf" (a document title, not a section and not the name) and a grey photo placeholder (TikZ, no text). "Persönliche Daten" rows with labels Name, Anschrift ("Mühlenkamp 14" / "22303 Hamburg" on two lines), Telefon, E-Mail, Geburtsdatum ("14.02.1988 in Lübeck"), Staatsangehörigkeit. "Berufserfahrung": the current role is dated "seit 03/2020" (= start 2020-03, end present), ended roles "07/2016 -- 02/2020"; bold position, then "Employer, City" and bullets. "Ausbildung" rows "10/2010 -- 09/2012" with "Technische Universität München" and "Studium der Informatik, Abschluss: M.Sc. (Note 1,4)". Kenntnisse rows with category labels (not keyed), Sprachen (Muttersprache/verhandlungssicher), Zertifikate with years, Interessen. Ends with "Hamburg, 1. Dezember 2025" (\\today under SOURCE_DATE_EPOCH), a signature rule and the name again. 1–2 pages.',
    stress: 'German headings and umlauts/ß (Größner, Lübeck, Mühlenkamp); "seit MM/YYYY" for a current role; the name printed as a labelled row ("Name Annika Größner") and again at the end; a postal address over two lines; a document title "Lebenslauf" at the top; a date line at the end that is not a job date; "Abschluss: M.Sc." degree wording.',
    doubts: 'The label row "Name" is not the name; the key name is the value. basics.location is the printed address joined with a comma. The closing date is not keyed.' };
}

// moderncv (classic) with moderntimeline bars in German: \tllabelcventry "2020 … heute" for the current role,
// year labels drawn at the ends of TikZ bars in the date column.
function moderntimeline() {
  const p = A;
  const [cur, ...ended] = p.work;
  const desc = (r) => (r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : '');
  const tex = T`\documentclass[11pt,a4paper,sans]{moderncv}
% moderncv + moderntimeline in German, written for held-out batch 3 (pdfLaTeX, babel ngerman).
\moderncvstyle{classic}
\moderncvcolor{green}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[ngerman]{babel}
\usepackage[scale=0.78,top=1.8cm,bottom=1.6cm]{geometry}
\usepackage{moderntimeline}
\setlength{\hintscolumnwidth}{3.2cm}
\tlmaxdates{2007}{2026}
\tlsince{}
\name{${p.first}}{${p.last}}
\title{${p.label}}
\address{${p.street}}{${p.zip} ${p.city}}{${p.country}}
\phone[mobile]{${p.phone}}
\email{${p.email}}
\homepage{${p.web}}
\social[github]{${p.github}}

\begin{document}
\makecvtitle

\section{Berufserfahrung}
\tllabelcventry{${cur.start.slice(0, 4)}}{0}{${cur.start.slice(0, 4)}///heute}{${esc(cur.position)}}{${esc(cur.company)}}{${esc(cur.location)}}{}{${desc(cur)}}
${ended.map((r) => T`\tlcventry{${r.start.slice(0, 4)}}{${r.end.slice(0, 4)}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${desc(r)}}`).join('\n')}

\section{Ausbildung}
${p.education.map((e) => T`\tlcventry{${e.start.slice(0, 4)}}{${e.end.slice(0, 4)}}{${e.studyType} ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{${e.score ? T`\textit{${esc(e.score)}}` : ''}}{${e.note ? esc(e.note) : ''}}`).join('\n')}

\section{Kenntnisse}
${p.skillGroups.map(([g, ks]) => T`\cvitem{${g}}{${ks.map(esc).join(', ')}}`).join('\n')}

\section{Sprachen}
${p.languages.map(([l, lv]) => T`\cvitemwithcomment{${l}}{${lv}}{}`).join('\n')}

\section{Zertifikate}
${p.certificates.map(([y, c]) => T`\tldatecventry{${y}}{${esc(c)}}{}{}{}{}`).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github], location: `${p.street}, ${p.zip} ${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, 'yyyy')),
    education: p.education.map((e) => ({ ...ek(e, 'yyyy'), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    sections: ['Berufserfahrung', 'Ausbildung', 'Kenntnisse', 'Sprachen', 'Zertifikate'],
    otherSections: [
      { heading: 'Sprachen', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
      { heading: 'Zertifikate', items: p.certificates.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'moderncv (classic, green) with the moderntimeline package: TikZ timeline bars in the date column, German headings',
    notes: 'German, moderncv classic style in sans (pdfLaTeX, T1, babel ngerman). Header right-aligned: name (first name light, surname dark), the label "Cloud-Architektin", then address "Mühlenkamp 14 – 22303 Hamburg – Deutschland", phone, e-mail, homepage and GitHub HANDLE with moderncv symbols. The date column holds moderntimeline bars: a grey line spanning 2007–2026 with a green bar for each entry and year labels drawn at the bar ends as TikZ nodes (the current role: "2020" at the start and "heute" at the end; ended roles "2016" … "2020"). Entries read "Lead Cloud-Architektin, Elbwolke GmbH, Hamburg." with bullets below. Ausbildung entries "M.Sc. Informatik, Technische Universität München, München, Note 1,4." with the thesis. Kenntnisse (cvitem rows with labels, not keyed), Sprachen, Zertifikate (single-year timeline markers). Year-only dates. 1 page.',
    stress: 'Dates exist only as TikZ labels placed by bar position (start year at the left end, "heute" or end year at the right end, possibly overlapping for short spans); moderncv comma-joined "Title, Employer, City." lines; German headings; the address split by moderncv separators.',
    doubts: 'Year positions depend on the bar length; for the Rheinmünz role (2012–2016) the labels sit far apart, for the intern-length spans they may crowd. The key keeps year-only dates.' };
}

// Spanish CV set with tabular* rows: \raggedleft date columns, \extracolsep{\fill}, \hfill education lines,
// Spanish month abbreviations and "Actualidad".
function spanishTabular() {
  const p = S;
  const row = (a, b, c, d) => T`\begin{tabular*}{\textwidth}{@{}p{0.66\textwidth}@{\extracolsep{\fill}}>{\raggedleft\arraybackslash}p{0.3\textwidth}@{}}
\textbf{${a}} & ${b}\\
\textit{${c}} & \textit{${d}}\\
\end{tabular*}`;
  const tex = T`\documentclass[11pt,a4paper]{article}
% Spanish tabular* CV written from scratch for held-out batch 3 (pdfLaTeX, T1, babel spanish, Palatino-like).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage[spanish,es-noshorthands]{babel}
\usepackage{newpxtext}
\usepackage[a4paper,margin=2cm,top=1.6cm]{geometry}
\usepackage{array}
\usepackage{titlesec}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\titleformat{\section}{\large\bfseries\scshape}{}{0pt}{}[\vspace{-3pt}\titlerule]
\titlespacing*{\section}{0pt}{10pt}{5pt}
\setlist[itemize]{leftmargin=1.3em, itemsep=0pt, topsep=2pt, parsep=0pt, label=\textbullet}

\begin{document}
\begin{center}
{\huge\bfseries ${p.first} ${p.last}}\par\vspace{3pt}
{\large ${p.label}}\par\vspace{3pt}
${p.city}, ${p.country} \textbar{} ${p.phone} \textbar{} \href{mailto:${p.email}}{${p.email}} \textbar{} github.com/${p.github}
\end{center}

\section{Perfil}
${esc(p.summary)}

\section{Experiencia}
${p.work.map((r) => T`${row(esc(r.position), esRange(r), esc(r.company), esc(r.location))}
${bl(r)}`).join('\n\\smallskip\n')}

\section{Educación}
\textbf{${esc(p.education[0].institution)}} \hfill ${yRange(p.education[0], '--')}\\
${p.education[0].studyType} en ${esc(p.education[0].area)} \hfill ${esc(p.education[0].score)}

\section{Habilidades}
\begin{tabular*}{\textwidth}{@{}>{\bfseries}l@{\extracolsep{\fill}}>{\raggedleft\arraybackslash}p{0.72\textwidth}@{}}
${p.skillGroups.map(([g, ks]) => T`${g} & ${ks.map(esc).join(', ')}\\`).join('\n')}
\end{tabular*}

\section{Proyectos}
${p.projects.map((x) => T`\textbf{${esc(x.name)}}: ${esc(x.description)} \hfill \textit{${x.keywords.map(esc).join(', ')}}`).join('\\\\\n')}

\section{Idiomas}
${langs(p, ([l, lv]) => `${l}: ${lv}`).join(' \\textbar{} ')}

\section{Cursos y certificaciones}
${p.courses.map(([y, c]) => T`${esc(c)} \hfill ${y}`).join('\\\\\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, 'mon')),
    education: p.education.map((e) => ({ ...ek(e, 'yyyy'), score: e.score })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['Perfil', 'Experiencia', 'Educación', 'Habilidades', 'Proyectos', 'Idiomas', 'Cursos y certificaciones'],
    otherSections: [
      { heading: 'Idiomas', items: langs(p, ([l, lv]) => `${l}: ${lv}`) },
      { heading: 'Cursos y certificaciones', items: p.courses.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'Spanish one-column CV built from tabular* rows: p-columns with \\extracolsep{\\fill} and a \\raggedleft date column, \\hfill lines for education and courses',
    notes: 'Spanish, pdfLaTeX with T1 newpxtext (Palatino-like) and babel spanish. Centred name with accents ("Tomás Ibarra Quiñones"), label and a "|"-separated contact line. Small-caps section titles over a rule (keyed mixed case): Perfil (summary), Experiencia, Educación, Habilidades, Proyectos, Idiomas, Cursos y certificaciones. Every role is a tabular* of two p-columns with \\extracolsep{\\fill}: bold position left, Spanish abbreviated dates in a \\raggedleft column on the right ("ago. 2021 -- Actualidad", "feb. 2018 -- jul. 2021"; "Actualidad" = present); then italic employer left and italic city right, then bullets. The junior role has no bullets. Education with \\hfill: "Universidad de Buenos Aires … 2011–2017" / "Ingeniería en Informática … Promedio 8,4". Habilidades as a tabular* with bold category labels (not keyed) and right-aligned keyword lists. 1 page.',
    stress: 'Spanish month abbreviations with periods ("ago.", "sept.") and "Actualidad"; accented headings ("Educación"); position-before-employer rows in tables with right-aligned dates; decimal comma in "Promedio 8,4"; right-aligned skill lists after labels.' };
}

// Simple Hipster CV lookalike in Spanish: dark header band with a letter-spaced capitalised name, left column
// with "Sobre mí", icon contact, rating dots and languages, right column with date pills and entries.
function simpleHipster() {
  const p = S;
  const dots = [['Go', 5], ['Java', 4], ['Python', 4], ['SQL', 5], ['PostgreSQL', 5], ['RabbitMQ', 4], ['Docker', 4], ['Kubernetes', 3]];
  const rest = ['Git', 'Grafana', 'Terraform'];
  const rating = (n) => T`\tikz[baseline=-0.6ex]{\foreach \i in {1,...,5}{\ifnum\i>${n}\relax\draw[hip] (\i*0.3,0) circle (0.09);\else\fill[hip] (\i*0.3,0) circle (0.09);\fi}}`;
  const pill = (s) => T`\tikz[baseline=(t.base)]\node[fill=hip,text=white,rounded corners=6pt,inner xsep=6pt,inner ysep=2pt,font=\small\bfseries](t){${s}};`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% Simple-Hipster-CV lookalike in Spanish, written from scratch for held-out batch 3 (LuaLaTeX, Raleway).
\usepackage{fontspec}
\setmainfont{Raleway}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Bold, ItalicFont=*-Regular-Italic, BoldItalicFont=*-Bold-Italic]
\newfontfamily\hipname{Raleway}[Extension=.otf, UprightFont=*-ExtraBold, LetterSpace=8]
\usepackage[spanish]{babel}
\usepackage[a4paper,left=1.2cm,right=1.2cm,top=4.1cm,bottom=1.2cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{band}{HTML}{2E3440}
\definecolor{hip}{HTML}{E07A5F}
\definecolor{side}{HTML}{F4F1EA}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\hsec}[1]{\par\vspace{8pt}{\large\bfseries\color{band}#1}\par\vspace{1pt}{\color{hip}\rule{1.2cm}{2pt}}\par\vspace{4pt}}
\setlist[itemize]{label={\color{hip}\textbullet}, leftmargin=1em, itemsep=0pt, topsep=2pt, parsep=0pt}

\begin{document}
\begin{tikzpicture}[remember picture,overlay]
\fill[band] (current page.north west) rectangle ([yshift=-3.4cm]current page.north east);
\node[anchor=west,text=white] at ([xshift=1.2cm,yshift=-1.4cm]current page.north west) {\fontsize{26}{30}\selectfont\hipname\MakeUppercase{${p.first} ${p.last}}};
\node[anchor=west,text=hip] at ([xshift=1.2cm,yshift=-2.5cm]current page.north west) {\Large ${p.label}};
\end{tikzpicture}%
\begin{minipage}[t]{0.3\linewidth}
\hsec{Sobre mí}
{\small ${esc(p.summary)}}

\hsec{Contacto}
{\small
{\color{hip}\faMapMarker*}\ ${p.city}, ${p.country}\\[2pt]
{\color{hip}\faPhone}\ ${p.phone}\\[2pt]
{\color{hip}\faEnvelope}\ \href{mailto:${p.email}}{${p.email}}\\[2pt]
{\color{hip}\faGithub}\ ${p.github}\\[2pt]
{\color{hip}\faLinkedin}\ ${p.linkedin}}

\hsec{Habilidades}
{\small
${dots.map(([s, n]) => T`${esc(s)}\hfill${rating(n)}`).join('\\\\\n')}\\[3pt]
También: ${rest.join(', ')}}

\hsec{Idiomas}
{\small
${langs(p, ([l, lv]) => T`\textbf{${l}}\\ {\color{band!70}${lv}}`).join('\\\\[2pt]\n')}}
\end{minipage}\hfill
\begin{minipage}[t]{0.65\linewidth}
\hsec{Experiencia}
${p.work.map((r) => T`${pill(yRange(r, ' -- ', 'Actualidad'))}\par\vspace{2pt}
\textbf{${esc(r.position)}} \textbar{} ${esc(r.company)}\hfill{\small\color{band!70}${esc(r.location)}}
${bl(r)}`).join('\n\\par\\vspace{6pt}\n')}

\hsec{Educación}
${p.education.map((e) => T`${pill(yRange(e, ' -- '))}\par\vspace{2pt}
\textbf{${e.studyType} en ${esc(e.area)}} \textbar{} ${esc(e.institution)}\par {\small ${esc(e.score)}}`).join('\n')}

\hsec{Proyectos}
${p.projects.map((x) => T`\textbf{${esc(x.name)}} -- ${esc(x.description)} {\small\color{band!70}(${x.keywords.join(', ')})}`).join('\\\\\n')}

\hsec{Cursos}
${p.courses.map(([y, c]) => T`${pill(y)}\ ${esc(c)}`).join('\\\\[3pt]\n')}
\end{minipage}
\end{document}
`;
  const key = {
    basics: { name: fullName(p).toUpperCase(), label: p.label, email: p.email, phone: p.phone, profiles: [p.github, p.linkedin], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, 'yyyy')),
    education: p.education.map((e) => ({ ...ek(e, 'yyyy'), score: e.score })),
    skills: [...dots.map(([s]) => s), ...rest],
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['Sobre mí', 'Contacto', 'Habilidades', 'Idiomas', 'Experiencia', 'Educación', 'Proyectos', 'Cursos'],
    otherSections: [
      { heading: 'Idiomas', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
      { heading: 'Cursos', items: p.courses.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'lualatex',
    template: 'Simple Hipster CV (simplehipstercv): dark header band, left info column with icons and rating dots, date "pills" in the main column; in Spanish',
    notes: 'Spanish, LuaLaTeX with Raleway. A dark band across the top holds the name in letter-spaced Raleway ExtraBold CAPITALS (\\MakeUppercase + LetterSpace=8; keyed in capitals) and the label in orange, both TikZ nodes. Below, two independent columns (minipages): LEFT 30% with "Sobre mí" (summary), "Contacto" (fontawesome5 icons: "Buenos Aires, Argentina", phone, e-mail, GitHub and LinkedIn HANDLES), "Habilidades" (eight skills each followed by five TikZ rating dots, no printed level, then "También: Git, Grafana, Terraform") and "Idiomas" (language bold, level below); RIGHT 65% with "Experiencia", "Educación", "Proyectos" and "Cursos". Each entry starts with an orange rounded date pill (TikZ node, year-only: "2021 -- Actualidad", "2018 -- 2021"), then "Position | Employer" with the city right-aligned, then bullets. Sections keyed left column first. 1 page.',
    stress: 'Name and label are TikZ nodes in a header band; letter-spaced accented capitals ("TOMÁS IBARRA QUIÑONES"); dates only inside pill nodes above entries; "Actualidad" = present; "Position | Employer" lines; rating dots after skill names; Spanish accented headings.' };
}

export const CASES = {
  'de-lebenslauf-tabular': lebenslauf,
  'de-moderncv-timeline': moderntimeline,
  'es-tabularstar-raggedleft': spanishTabular,
  'es-simple-hipster': simpleHipster,
};
