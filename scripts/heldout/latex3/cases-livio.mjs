// Livio Casagrande (compiler engineer, Zürich) in five lookalikes of popular templates: Friggeri CV,
// "Medium Length Professional CV", a classicthesis-styled CV (LuaLaTeX LetterSpace), McDowell CV and YAAC.
// Each function typesets the persona and builds the answer key from the same data. No template code is copied.
import { personas as P } from './personas.mjs';
import { esc, dt, rng, wk, ek, fullName, flatSkills, items, langs, yRange } from './lib.mjs';

const T = String.raw;
const p = P.livio;
const loc = `${p.city}, ${p.country}`;

// Friggeri CV: dark header band with thin/regular name, aside column in the left margin (textpos) with
// lowercase coloured titles, main sections whose first three letters are coloured, year-range entry tables.
function friggeri() {
  const colors = ['fblue', 'fred', 'forange', 'fgreen', 'fpurple', 'fblue'];
  const main = ['education', 'experience', 'projects', 'awards', 'communication'];
  const sec = (i) => T`\fsec{${colors[i]}}{${main[i].slice(0, 3)}}{${main[i].slice(3)}}`;
  const entry = (d, title, right, body) => (body ? T`\entry{${d}}{${title}}{${right}}{${body}}` : T`\entryone{${d}}{${title}}{${right}}`);
  const st = 'yyyy';
  const work = p.work.map((r) => entry(yRange(r, '--', 'now'), esc(r.position), esc(r.company),
    T`\emph{${esc(r.location)}}${r.bullets.length ? T`\begin{fitem}
${items(r.bullets)}
\end{fitem}` : ''}`));
  const edu = p.education.map((e) => entry(yRange(e, '--'), T`${e.studyType} {\normalfont in ${esc(e.area)}}`, esc(e.institution),
    [e.score, e.note].filter(Boolean).map(esc).join('. ')));
  const tex = T`\documentclass[10pt,a4paper]{article}
% Friggeri-CV lookalike written from scratch for held-out batch 3 (XeLaTeX, Raleway + TeX Gyre Heros).
\usepackage{fontspec}
\setmainfont{texgyreheros}[Extension=.otf, UprightFont=*-regular, BoldFont=*-bold, ItalicFont=*-italic, BoldItalicFont=*-bolditalic]
\newfontfamily\thinfont{Raleway}[Extension=.otf, UprightFont=*-Thin]
\newfontfamily\headfont{Raleway}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-SemiBold]
\usepackage[a4paper,left=6.1cm,top=4.6cm,right=1.5cm,bottom=1.5cm]{geometry}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage[absolute,overlay]{textpos}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{fgray}{HTML}{333333}
\definecolor{flight}{HTML}{999999}
\definecolor{fblue}{HTML}{6A9FB5}
\definecolor{fred}{HTML}{D6604D}
\definecolor{forange}{HTML}{E08214}
\definecolor{fgreen}{HTML}{7FA14A}
\definecolor{fpurple}{HTML}{8E6BA8}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\setlength{\parskip}{2pt}
\newcommand{\fsec}[3]{\par\vspace{9pt}{\LARGE\headfont{\color{#1}#2}{\color{fgray}#3}}\par\vspace{4pt}}
\newcommand{\asec}[2]{\par\vspace{10pt}{\large\headfont\color{#1}#2}\par\vspace{2pt}}
\newcommand{\entry}[4]{\begin{tabular*}{\textwidth}{@{}p{2.1cm}@{}p{\dimexpr\textwidth-2.1cm\relax}@{}}
\leavevmode{\footnotesize\color{flight}#1} & \textbf{#2}\hfill{\footnotesize\color{flight}#3}\\
& {\small #4}\\
\end{tabular*}\par\vspace{2pt}}
\newcommand{\entryone}[3]{\begin{tabular*}{\textwidth}{@{}p{2.1cm}@{}p{\dimexpr\textwidth-2.1cm\relax}@{}}
\leavevmode{\footnotesize\color{flight}#1} & \textbf{#2}\hfill{\footnotesize\color{flight}#3}\\
\end{tabular*}\par\vspace{2pt}}
\newlist{fitem}{itemize}{1}
\setlist[fitem]{label={\color{flight}\textendash}, leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt}

\begin{document}
\begin{tikzpicture}[remember picture,overlay]
\fill[fgray] (current page.north west) rectangle ([yshift=-3.3cm]current page.north east);
\node[anchor=center] at ([yshift=-1.35cm]current page.north) {\color{white}\fontsize{36}{40}\selectfont{\thinfont ${p.first}} {\headfont ${p.last}}};
\node[anchor=center] at ([yshift=-2.45cm]current page.north) {\color{white}\headfont\large ${p.label.toLowerCase()}};
\end{tikzpicture}%
\begin{textblock*}{3.9cm}(1.2cm,4.75cm)
\raggedleft\small
\asec{fblue}{contact}
${p.city}\\ ${p.country}\\[3pt]
${p.phone}\\
\href{mailto:${p.email}}{${p.email}}\\
\href{https://${p.web}}{${p.web}}\\
\href{https://github.com/${p.github}}{github.com/${p.github}}
\asec{fred}{languages}
${langs(p, ([l, lv]) => `${l} {\\color{flight}(${lv})}`).join('\\\\\n')}
\asec{forange}{programming}
${p.skillGroups.map(([, ks]) => ks.map(esc).join(', ')).join('\\\\\n')}
\end{textblock*}

${sec(0)}
${edu.join('\n')}

${sec(1)}
${work.join('\n')}

${sec(2)}
${p.projects.map((x) => entry('', esc(x.name), x.keywords.map(esc).join(', '), esc(x.description))).join('\n')}

${sec(3)}
${p.awards.map(([y, a]) => entry(y, esc(a), '', '')).join('\n')}

${sec(4)}
${p.talks.map(([y, t, ev]) => entry(y, esc(t), esc(ev), '')).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label.toLowerCase(), email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`], location: `${p.city} ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), score: e.score })).map((e) => (e.score ? e : (delete e.score, e))),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['contact', 'languages', 'programming', ...main],
    otherSections: [
      { heading: 'languages', items: langs(p) },
      { heading: 'awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'communication', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'xelatex',
    template: 'Friggeri CV (Christophe Friggeri\'s class): dark header band, aside column in the left margin, sections with coloured first letters, year-range entry tables',
    notes: 'A dark full-width band at the top with the name (first name in Raleway Thin, surname in Raleway Regular, white) and the label in lowercase ("compiler engineer"). Below, an aside column in the LEFT margin, right-aligned and placed with textpos (absolute position), holds lowercase coloured titles "contact" (city and country on two lines, phone, e-mail, web site, github.com/…), "languages" ("Italian (native)") and "programming" (skill keywords, comma lists without category labels). The main column holds lowercase headings whose first three letters are coloured ("edu"+"cation"): education, experience, projects, awards, communication (talks). Entries are two-column tables: a small grey date column ("2023–now", years only) and a bold title with the organisation right-aligned in grey, then a line in italics with the location and dash bullets. Both Albula Compute AG roles (promotion) print the employer. The intern role has no bullets. Sections keyed aside first. 1 page.',
    stress: 'Absolutely positioned aside (textpos) next to the main column; lowercase headings split in two colours; name split across two fonts; year-only "2023–now" dates in a narrow column left of the title; employer right-aligned on the title line; "communication" holding talks.',
    doubts: 'The aside is placed with textpos after the header in the source, so the content stream order is header, aside, main. The education score and thesis are printed on one line ("Grade 5.6/6. Thesis: …"); score is keyed, the thesis is not.' };
}

// "Medium Length Professional CV" (Trey Hunner's resume.cls): centred bold name, address lines with diamond
// separators, UPPERCASE section titles over a rule, company/dates and italic title/location rows. Default OT1
// Computer Modern (accented letters are composed from an accent and a base glyph).
function mediumLength() {
  const st = 'mon';
  const sub = (r) => T`\rsub{${esc(r.company)}}{${rng(r.start, r.end, st)}}{${esc(r.position)}}{${esc(r.location)}}
${r.bullets.length ? T`\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`;
  const tex = T`\documentclass[11pt,letterpaper]{article}
% "Medium Length Professional CV" lookalike written from scratch for held-out batch 3 (pdfLaTeX, OT1 CM).
\usepackage[utf8]{inputenc}
\usepackage[left=0.75in,top=0.6in,right=0.75in,bottom=0.6in]{geometry}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\sep}{ $\diamond$ }
\newenvironment{rsec}[1]{\par\medskip{\bfseries\MakeUppercase{#1}}\par\vspace{-6pt}\rule{\linewidth}{0.4pt}\par\vspace{-2pt}\begin{list}{}{\setlength{\leftmargin}{1.5em}}\item[]}{\end{list}}
\newcommand{\rsub}[4]{{\bfseries #1}\hfill{#2}\\{\itshape #3}\hfill{\itshape #4}\par\vspace{-4pt}}
\setlist[itemize]{itemsep=-2pt, topsep=4pt, leftmargin=1.5em}

\begin{document}
\begin{center}
{\Huge\bfseries ${p.first} ${p.last}}\par\vspace{6pt}
${loc}\sep ${p.phone}\par
\href{mailto:${p.email}}{${p.email}}\sep ${p.web}\sep github.com/${p.github}
\end{center}

\begin{rsec}{Education}
${p.education.map((e) => T`{\bfseries ${esc(e.institution)}} \hfill {\itshape ${dt(e.start, st)} -- ${dt(e.end, st)}}\\
${e.studyType} in ${esc(e.area)}${e.score ? ` (${esc(e.score)})` : ''}`).join('\n\n')}
\end{rsec}

\begin{rsec}{Technical Strengths}
\begin{tabular}{@{}l@{\hspace{5ex}}l}
${p.skillGroups.map(([g, ks]) => `${g} & ${ks.map(esc).join(', ')}\\\\`).join('\n')}
\end{tabular}
\end{rsec}

\begin{rsec}{Experience}
${p.work.map(sub).join('\n')}
\end{rsec}

\begin{rsec}{Projects}
${p.projects.map((x) => T`{\bfseries ${esc(x.name)}} \hfill {\itshape ${x.keywords.map(esc).join(', ')}}\\
${esc(x.description)}`).join('\n\n\\smallskip\n')}
\end{rsec}

\begin{rsec}{Talks}
${p.talks.map(([y, t, ev]) => T`\emph{${esc(t)}}, ${esc(ev)} \hfill ${y}`).join('\\\\\n')}
\end{rsec}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, url: p.web, profiles: [`github.com/${p.github}`], location: loc },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['EDUCATION', 'TECHNICAL STRENGTHS', 'EXPERIENCE', 'PROJECTS', 'TALKS'],
    otherSections: [{ heading: 'TALKS', items: p.talks.map(([date, title, event]) => ({ date, title, event })) }],
  };
  return { tex, key, engine: 'pdflatex',
    template: '"Medium Length Professional CV" (Trey Hunner\'s resume.cls, LaTeXTemplates): centred name, ⋄-separated address lines, \\MakeUppercase section titles over a rule',
    notes: 'One column, 11pt Computer Modern in the default OT1 encoding (no fontenc), letter paper. Centred bold name; two centred address lines with $\\diamond$ separators ("Zürich, Switzerland ⋄ phone", "e-mail ⋄ web ⋄ github.com/…"). Section titles are bold CAPITALS (\\MakeUppercase; the key keeps capitals) over a full-width rule, content indented. Education first ("Sep 2015 -- Aug 2017" in italics on the right, degree line "MSc in Computer Science (Grade 5.6/6)"), then a borderless "Technical Strengths" table (category labels, not keyed), Experience rows "Company … dates" / "italic title … italic location" (the employer repeats for the promotion), Projects and Talks. 1 page.',
    stress: 'OT1 encoding: ü in "Zürich"/"St. Gallen" is an accent glyph placed over "u", so the text layer may give "Zu¨rich" or a combining mark; ⋄ separators; employer before title; a skills table whose labels are not skills.',
    doubts: 'With OT1, poppler prints the accent of "ü" as a separate character; the checker (NFKC, whitespace-insensitive) decides whether "Zürich" is still found. Any miss is listed by check.mjs and in the README.' };
}

// classicthesis-styled CV under LuaLaTeX: Pagella, narrow text block, letter-spaced lowercase small-caps
// headings (fontspec LetterSpace), spaced capitals name, dates in a left margin column, small-caps employers.
function classicthesis() {
  const st = 'mon';
  const ent = (d, body) => T`\entry{${d}}{${body}}`;
  const tex = T`\documentclass[10pt,a4paper]{article}
% classicthesis-styled CV lookalike written from scratch for held-out batch 3 (LuaLaTeX, TeX Gyre Pagella).
\usepackage{fontspec}
\setmainfont{TeX Gyre Pagella}
\newfontfamily\spacedlow{TeX Gyre Pagella}[Letters=SmallCaps, LetterSpace=12]
\newfontfamily\spacedcaps{TeX Gyre Pagella}[LetterSpace=18]
\usepackage[a4paper,left=2.2cm,right=4.4cm,top=1.6cm,bottom=1.4cm]{geometry}
\usepackage{xcolor}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{halfgray}{gray}{0.55}
\definecolor{webbrown}{rgb}{.6,0,0}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\ctsec}[1]{\par\vspace{8pt}{\spacedlow\MakeLowercase{#1}}\par\vspace{5pt}}
\newcommand{\entry}[2]{\begin{tabular}{@{}p{3.2cm}@{\hspace{0.5cm}}p{\dimexpr\textwidth-3.7cm\relax}@{}}
\raggedleft\leavevmode{\small\color{halfgray}#1} & #2\\
\end{tabular}\par\vspace{3pt}}
\setlist[itemize]{label={\color{halfgray}\textbullet}, leftmargin=1em, itemsep=0pt, topsep=1pt, parsep=0pt}

\begin{document}
{\spacedcaps\Large\MakeUppercase{${p.first} ${p.last}}}\par\vspace{3pt}
{\itshape ${p.label}}\par\vspace{4pt}
{\small ${loc} \textperiodcentered\ ${p.phone} \textperiodcentered\ \href{mailto:${p.email}}{\color{webbrown}${p.email}} \textperiodcentered\ ${p.web}}

\ctsec{Experience}
${p.work.map((r) => ent(rng(r.start, r.end, st, 'Present', ' -- '), T`\textbf{${esc(r.position)}}\newline
\textsc{${esc(r.company)}}, ${esc(r.location)}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`)).join('\n')}

\ctsec{Education}
${p.education.map((e) => ent(rng(e.start, e.end, st, 'Present', ' -- '), T`\textbf{${e.studyType} in ${esc(e.area)}}\newline
\textsc{${esc(e.institution)}}${e.note ? T`\newline \emph{${esc(e.note)}}` : ''}`)).join('\n')}

\ctsec{Skills}
${p.skillGroups.map(([g, ks]) => ent(g, ks.map(esc).join(', '))).join('\n')}

\ctsec{Languages}
${ent('', langs(p, ([l, lv]) => `${l} (${lv})`).join(', '))}

\ctsec{Awards}
${p.awards.map(([y, a]) => ent(y, esc(a))).join('\n')}

\ctsec{Talks}
${p.talks.map(([y, t, ev]) => ent(y, T`\emph{${esc(t)}}, ${esc(ev)}`)).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p).toUpperCase(), label: p.label, email: p.email, phone: p.phone, url: p.web, location: loc },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['Experience', 'Education', 'Skills', 'Languages', 'Awards', 'Talks'],
    otherSections: [
      { heading: 'Languages', items: langs(p) },
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'Talks', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
    ],
  };
  return { tex, key, engine: 'lualatex',
    template: 'classicthesis-styled CV (Miede\'s classicthesis look as in the "Classicthesis-Styled CV" template): Palatino, wide right margin, \\spacedlowsmallcaps headings, dates in a left column',
    notes: 'One column, LuaLaTeX with TeX Gyre Pagella through fontspec; narrow text block with a wide right margin. The name is \\MakeUppercase\'d and letter-spaced (LetterSpace=18; the key keeps capitals), then the italic label and a "·"-separated contact line. Section titles are lowercase small caps letter-spaced with fontspec LetterSpace=12 ("experience"; written mixed-case in the key). Every entry is a two-column table: a grey right-aligned date column ("Mar 2023 -- Present") and the content: bold title, employer in small caps with its location, then bullets. Skills rows have the category label in the date column (labels not keyed). Languages, Awards and Talks follow. 1 page.',
    stress: 'LuaTeX letter-spacing (glyph kerning: a text layer may split "E X P E R I E N C E" into letters) on small-caps headings and on the capitalised name; employers in OpenType small caps (the text layer may return lowercase); dates in a column left of the title; skill category labels in the date column.',
    doubts: 'The key writes small-caps employers in their typed case ("Albula Compute AG") and the spaced name in capitals as displayed.' };
}

// McDowell CV: centred capitalised name over a rule, two-column contact block, headings centred between rules,
// company line with dates on the right and stacked titles for a promotion, a two-column bottom block.
function mcdowell() {
  const st = 'mondot';
  const [prin, senior, ...rest] = p.work;
  const role = (r, dates = true) => T`\textit{${esc(r.position)}}${dates ? T` \hfill ${rng(r.start, r.end, st)}` : ''}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : '\\\\'}`;
  const tex = T`\documentclass[10.5pt,a4paper]{article}
% McDowell-CV lookalike written from scratch for held-out batch 3 (pdfLaTeX, XCharter, T1).
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{XCharter}
\usepackage[margin=1.8cm,top=1.5cm]{geometry}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\msec}[1]{\par\vspace{8pt}\hrulefill\enspace{\bfseries\MakeUppercase{#1}}\enspace\hrulefill\par\vspace{3pt}}
\newcommand{\hsec}[1]{\par\vspace{6pt}{\bfseries\MakeUppercase{#1}}\par\vspace{-5pt}\rule{\linewidth}{0.4pt}\par\vspace{2pt}}
\setlist[itemize]{leftmargin=1.2em, itemsep=0pt, topsep=2pt, parsep=0pt, label=\textbullet}

\begin{document}
\begin{center}
{\LARGE\bfseries\MakeUppercase{${p.first} ${p.last}}}
\end{center}
\vspace{-6pt}\rule{\linewidth}{0.8pt}\par\vspace{2pt}
\begin{minipage}[t]{0.5\linewidth}
${loc}\\
${p.phone}
\end{minipage}%
\begin{minipage}[t]{0.5\linewidth}\raggedleft
\href{mailto:${p.email}}{${p.email}}\\
linkedin.com/in/${p.linkedin}
\end{minipage}

\msec{Education}
${p.education.map((e) => T`\textbf{${esc(e.institution)}}, ${esc(e.location)} \hfill ${dt(e.end, st)}\\
${e.studyType} in ${esc(e.area)}${e.score ? `. ${esc(e.score)}` : ''}`).join('\\\\[3pt]\n')}

\msec{Experience}
\textbf{${esc(prin.company)}}, ${esc(prin.location)} \hfill \textbf{${rng(senior.start, prin.end, st)}}\\
${role(prin)}
${role(senior)}
${rest.map((r) => T`\textbf{${esc(r.company)}}, ${esc(r.location)} \hfill \textbf{${rng(r.start, r.end, st)}}\\
${role(r, false)}`).join('\n')}

\msec{Projects}
${p.projects.map((x) => T`\textbf{${esc(x.name)}}: ${esc(x.description)}.`).join('\\\\\n')}

\msec{Skills}
\begin{tabular}{@{}p{0.31\linewidth}p{0.31\linewidth}p{0.31\linewidth}@{}}
${p.skillGroups.map(([g, ks]) => T`\textbf{${g}}\newline ${ks.map(esc).join(', ')}`).join(' & ')}\\
\end{tabular}

\begin{minipage}[t]{0.48\linewidth}
\hsec{Awards}
${p.awards.map(([y, a]) => `${esc(a)}, ${y}`).join('\\\\\n')}
\end{minipage}\hfill
\begin{minipage}[t]{0.48\linewidth}
\hsec{Languages}
${langs(p, ([l, lv]) => `${l}: ${lv}`).join('\\\\\n')}
\end{minipage}
\end{document}
`;
  const key = {
    basics: { name: fullName(p).toUpperCase(), email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`], location: loc },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { dates: 'end' }), ...(e.score ? { score: e.score } : {}) })),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: `${x.description}.` })),
    sections: ['EDUCATION', 'EXPERIENCE', 'PROJECTS', 'SKILLS', 'AWARDS', 'LANGUAGES'],
    otherSections: [
      { heading: 'AWARDS', items: p.awards.map(([date, title]) => ({ date, title })) },
      { heading: 'LANGUAGES', items: langs(p, ([l, lv]) => `${l}: ${lv}`) },
    ],
  };
  return { tex, key, columns: 1, engine: 'pdflatex',
    template: 'McDowell CV (Gayle McDowell\'s CV as a LaTeX class): centred capitalised name, rules, headings centred between rules, dates right',
    notes: 'pdfLaTeX, XCharter T1, A4. Centred \\MakeUppercase\'d name over a thick rule; below it a two-column contact block (left: "Zürich, Switzerland" and phone; right, right-aligned: e-mail and linkedin.com/in/…). Section titles are bold CAPITALS centred between two \\hrulefill rules. Education prints only the graduation month ("Aug. 2017"), so endDate only. Experience: a bold company line with location and a bold overall date range on the right; Albula Compute AG prints once with two stacked italic titles (promotion), each with its own date range and bullets; the other employers print their range only on the company line (the overall "Jun. 2020 -- Present" on the company line is not a role; the key repeats the employer for both roles). The intern role has no bullets. Skills in three side-by-side labelled cells (labels not keyed). At the bottom, two small columns: AWARDS (left) and LANGUAGES (right), keyed left first. 1 page.',
    stress: 'Headings flanked by rules on both sides; a contact block split into two columns; stacked promotion titles under one employer with an extra overall date range; a side-by-side awards/languages block at the bottom; skills in a three-cell table.' };
}

// YAAC: Another Awesome CV lookalike: Source Sans Pro, capitalised header, icon contact line with "|"
// separators, uppercase coloured headings over a rule, "Since Mar 2023" current dates, skill tags in boxes.
function yaac() {
  const st = 'mon';
  const when = (r) => (r.end ? rng(r.start, r.end, st, 'Present', ' – ') : `Since ${dt(r.start, st)}`);
  const tex = T`\documentclass[10pt,a4paper]{article}
% YAAC (Yet Another Awesome CV) lookalike written from scratch for held-out batch 3 (XeLaTeX, Source Sans Pro).
\usepackage{fontspec}
\setmainfont{SourceSansPro}[Extension=.otf, UprightFont=*-Regular, BoldFont=*-Semibold, ItalicFont=*-RegularIt, BoldItalicFont=*-SemiboldIt]
\newfontfamily\light{SourceSansPro}[Extension=.otf, UprightFont=*-Light]
\newfontfamily\heavy{SourceSansPro}[Extension=.otf, UprightFont=*-Bold]
\usepackage[margin=1.5cm]{geometry}
\usepackage{xcolor}
\usepackage{fontawesome5}
\usepackage{enumitem}
\usepackage[most]{tcolorbox}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{0395DE}
\definecolor{sub}{HTML}{4D4D4D}
\pagestyle{empty}
\setlength{\parindent}{0pt}
\newcommand{\ysep}{\enspace{\color{sub}|}\enspace}
\newcommand{\ysec}[1]{\par\vspace{9pt}{\color{accent}\Large\heavy\MakeUppercase{#1}}\par\vspace{-4pt}{\color{accent}\rule{\linewidth}{0.8pt}}\par\vspace{3pt}}
\newtcbox{\tagbox}{on line, colback=white, colframe=sub, boxrule=0.4pt, arc=2pt, left=2pt, right=2pt, top=1pt, bottom=1pt, fontupper=\small}
\newcommand{\yexp}[4]{{\bfseries\large #1}\hfill{\color{accent}#2}\\{\color{sub}\itshape #3}\hfill{\color{sub}\small #4}\par}
\setlist[itemize]{label={\color{accent}\small\faAngleRight}, leftmargin=1.2em, itemsep=0pt, topsep=2pt, parsep=0pt}

\begin{document}
\begin{center}
{\fontsize{30}{34}\selectfont\light\MakeUppercase{${p.first}} \heavy\MakeUppercase{${p.last}}}\par\vspace{4pt}
{\color{accent}\large ${p.label}}\par\vspace{5pt}
{\small\faMapMarker*\ ${loc}\ysep\faPhone*\ ${p.phone}\ysep\faEnvelope\ \href{mailto:${p.email}}{${p.email}}\ysep\faGlobe\ \href{https://${p.web}}{${p.web}}\ysep\faGithub\ \href{https://github.com/${p.github}}{${p.github}}\ysep\faLinkedin\ \href{https://www.linkedin.com/in/${p.linkedin}}{${p.linkedin}}}
\end{center}

\ysec{Summary}
${esc(p.summary)}

\ysec{Experience}
${p.work.map((r) => T`\yexp{${esc(r.position)}}{${when(r)}}{${esc(r.company)}}{${esc(r.location)}}${r.bullets.length ? T`
\begin{itemize}
${items(r.bullets)}
\end{itemize}` : ''}`).join('\n\\vspace{4pt}\n')}

\ysec{Education}
${p.education.map((e) => T`\yexp{${e.studyType} in ${esc(e.area)}}{${rng(e.start, e.end, st, 'Present', ' – ')}}{${esc(e.institution)}}{${esc(e.location)}}`).join('\n\\vspace{3pt}\n')}

\ysec{Skills}
${p.skillGroups.map(([g, ks]) => T`\makebox[2.2cm][l]{\bfseries ${g}} ${ks.map((k) => T`\tagbox{${esc(k)}}`).join(' ')}`).join('\\\\[2pt]\n')}

\ysec{Projects}
${p.projects.map((x) => T`{\bfseries ${esc(x.name)}} -- ${esc(x.description)} \hfill {\color{sub}\small ${x.keywords.map(esc).join(' · ')}}`).join('\\\\\n')}

\ysec{Talks}
${p.talks.map(([y, t, ev]) => T`${y}\quad ${esc(t)} {\color{sub}(${esc(ev)})}`).join('\\\\\n')}

\ysec{Languages}
${langs(p, ([l, lv]) => `${l} {\\color{sub}${lv}}`).join('\\ysep ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p).toUpperCase(), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: loc, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['SUMMARY', 'EXPERIENCE', 'EDUCATION', 'SKILLS', 'PROJECTS', 'TALKS', 'LANGUAGES'],
    otherSections: [
      { heading: 'TALKS', items: p.talks.map(([date, title, event]) => ({ date, title, event })) },
      { heading: 'LANGUAGES', items: langs(p, ([l, lv]) => `${l} ${lv}`) },
    ],
  };
  return { tex, key, engine: 'xelatex',
    template: 'YAAC: Another Awesome CV (Source Sans Pro, capitalised light/bold name, icon contact line with separators, coloured uppercase headings, keyword tags)',
    notes: 'One column, XeLaTeX with Source Sans Pro. Centred header: first name Light and surname Bold, both \\MakeUppercase\'d (key in capitals), the label in blue, then one contact line of fontawesome5 icons with "|" separators: "Zürich, Switzerland", phone, e-mail, web site, GitHub and LinkedIn HANDLES. Headings are blue CAPITALS over a blue rule. Experience: bold title with the date right-aligned in blue, then italic employer with the location right-aligned; the current role is dated "Since Mar 2023" (no end printed, key "present"); others "Jun 2020 – Feb 2023". Skills: a bold category label followed by each keyword in its own framed box (tcolorbox). Projects "name -- description" with right-aligned "MLIR · Python". Talks with leading years. Languages on one line with "|" separators. 1 page.',
    stress: '"Since Mar 2023" for a current role; framed keyword boxes (each skill is a separate box, category label in front); private-use icon glyphs before contact fields; CAPITALS name in two weights.' };
}

export const CASES = {
  'friggeri-aside': friggeri,
  'medium-length-ot1': mediumLength,
  'classicthesis-letterspace': classicthesis,
  'mcdowell-rules': mcdowell,
  'yaac-source-sans': yaac,
};
