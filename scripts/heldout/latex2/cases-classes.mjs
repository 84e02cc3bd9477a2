// CTAN resume classes from Debian's TeX Live that batch 1 did not use: cv4tw, harnon-cv, ReadableCV, komacv.
import { personas as P } from './personas.mjs';
import { esc, rng, wk, ek, fullName, flatSkills, items, langs } from './lib.mjs';

const T = String.raw;

// Eirik: cv4tw (XeLaTeX, Linux Libertine, fontawesome 4), theme "sharp" with the teal scheme.
function cv4twEirik() {
  const p = P.eirik, st = 'mon';
  const story = (r) => T`\story{${esc(r.position)}}{${esc(r.company)}}{${rng(r.start, r.end, st, 'Present')}\\${esc(r.location)}}{}{${r.bullets.length ? T`%
\begin{missions}
${items(r.bullets)}
\end{missions}` : ''}}`;
  const stars = [['Rust', 5], ['C', 4], ['C++', 3], ['Python', 4], ['SQL', 3], ['Linux', 5]];
  const tex = T`% cv4tw loads the newenviron package, which breaks \begin{document} in LaTeX 2022 and is not
% used by the class itself: mark it as loaded.
\expandafter\def\csname ver@newenviron.sty\endcsname{2099/01/01}
\documentclass[10pt,a4paper]{cv4tw}
\usetheme[teal]{sharp}
% The theme's empty-star icon has the old fontawesome name \faStarEmpty (now \faStarO).
\providecommand{\faStarEmpty}{\faStarO}
\firstname{${p.first}}
\lastname{${p.last}}
\title{Systems Engineer}
\setcvasset[0]{Seven years of Rust in production}
\setcvasset[1]{Storage engines and async runtimes}
\setcvcontact[email]{${p.email}}
\setcvcontact[cellphone]{${p.phone}}
\setcvcontact[homepagessl]{${p.web}}
\setcvcontact[github]{${p.github}}
\setcvcontact[linkedin]{${p.linkedin}}
\setcvcontact[address]{${p.city}, ${p.country}}
\begin{document}
\section{Experience}
${p.work.map(story).join('\n')}

\section{Education}
${p.education.map((e) => T`\story{${e.studyType} in ${esc(e.area)}}{${esc(e.institution)}}{${rng(e.start, e.end, st)}}{}{${e.note ? esc(e.note) : ''}}`).join('\n')}

\section{Projects}
${p.projects.map((x) => T`\story{${esc(x.name)}}{${x.keywords.map(esc).join(', ')}}{}{}{${esc(x.description)}}`).join('\n')}

\section{Skills}
\begin{fields}{Programming}{3}{5}
${stars.map(([s, n]) => `\\field{${esc(s)}}{${n}}`).join('\n')}
\end{fields}

\section{Languages}
\begin{missions}
${langs(p, ([l, lv]) => `\\item ${l} (${lv})`).join('\n')}
\end{missions}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: 'Systems Engineer', email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: `${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st), ...(e.note ? { highlights: [e.note] } : {}) })),
    skills: stars.map(([s]) => s),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    sections: ['Experience', 'Education', 'Projects', 'Skills', 'Languages'],
    otherSections: [{ heading: 'Languages', items: langs(p) }],
  };
  return { tex, key, engine: 'xelatex',
    template: 'cv4tw class (CTAN, v0.2), theme "sharp" with the "teal" colour scheme; Linux Libertine + fontawesome (4)',
    notes: 'One column with a dark full-width title band: name and the title "Systems Engineer" in small caps on the left, two starred "asset" lines on the right ("Seven years of Rust in production", "Storage engines and async runtimes" — taglines, not in the key). Below, three contact columns with fontawesome icons: e-mail/phone/web site, GitHub/LinkedIn HANDLES, address. Libertine small caps come out in the text layer as odd mixed case ("Systems EngineeR", "TRondheim, NoRway"): the key keeps what a reader sees. Centred section titles over a rule. \\story rows: LEFT column with italic dates "May 2023 – Present" and the location under them; right column "Title, Employer" then ▷ mission bullets (the SINTEF role has none). Education rows carry the thesis note (education highlights). Projects are stories "name, keywords" + description with no date. Skills are a 3-per-row star-rating table (6 names, ratings not printed as text). Languages as ▷ list. Footer on every page: name, title and page "1/2". 2 pages (Skills and Languages on page 2).',
    doubts: 'The two starred taglines in the title band are not in the key (no schema slot). basics.label is the band title "Systems Engineer" (small caps). Skills are the six star-rated names only.' };
}

// Katarzyna: harnon-cv (pdfLaTeX, Cantarell): left date column with a grey timeline bar.
function harnonKatarzyna() {
  const p = P.katarzyna, st = 'yyyy';
  const item = (date, body) => T`\timelineitem{${date}}{${body}}
\vspace{1.2cm}`;
  const tex = T`\documentclass{harnon-cv}
\yourname{${p.first} ${p.last}}
\yournumber{${p.phone}\\ \small ${p.email}}
\youraddress{${p.city}, ${p.country}\\ \small ${p.label}}
\yourwebsite{https://${p.web}}
\recenthistory{${esc(p.summary)}}
\begin{document}
\maketitle

\addheadertext{Work History}
\starttimeline
${p.work.map((r) => item(rng(r.start, r.end, st, 'now', ' -- '), T`\addsubheader{${esc(r.position)}}
\addcallout{${esc(r.company)}} \enspace ${esc(r.location)}\par\vspace{2mm}
${r.bullets.map((b) => `\\addtimelinebullet{${esc(b)}}`).join('\n')}`)).join('\n')}
\stoptimeline

\addheadertext{Education}
\starttimeline
${p.education.map((e) => item(rng(e.start, e.end, st, 'now', ' -- '), T`\addsubheader{${e.studyType} in ${esc(e.area)}}
\addcallout{${esc(e.institution)}} \enspace ${esc(e.location)}`)).join('\n')}
\stoptimeline

\addheadertext{Skills}
\begin{itemize}
${p.skillGroups.map(([g, ks]) => `\\listitem{${g}} ${ks.map(esc).join(', ')}`).join('\n')}
\end{itemize}

\addheadertext{Certifications}
\begin{itemize}
${p.certificates.map(([y, c]) => `\\listitem{${y}} ${esc(c)}`).join('\n')}
\end{itemize}

\addheadertext{Languages}
\begin{itemize}
${p.languages.map(([l, lv]) => `\\listitem{${l}} ${lv}`).join('\n')}
\end{itemize}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: `https://${p.web}`, location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['Work History', 'Education', 'Skills', 'Certifications', 'Languages'],
    otherSections: [
      { heading: 'Certifications', items: p.certificates.map(([date, title]) => ({ date, title })) },
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) },
    ],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'harnon-cv class (CTAN; William Hart, latex-timelineCV), Cantarell',
    notes: 'One column with a timeline: each entry has a LEFT column (20%) holding a grey year range ("2022 -- now" → printed "2022 – now", read as present; "2019 – 2022") followed by a leader line, and the entry to the right of a thin grey vertical bar: title (large grey), employer in a callout then location, bullets. Header: name in small caps (mixed case in the key) with phone and e-mail on the left, "Kraków, Poland" and the label right-aligned; web site as a printed https:// URL; the summary sits between two rules under the header (the class\'s "recent history"). E-mail is passed inside the phone field because the class prints a stray "l" before \\youremail. Skills/Certifications/Languages are itemize lists whose first words are callouts ("Platforms Kubernetes, AWS, …", "2023 Certified Kubernetes Administrator (CKA)", "Polish native"). Large 1.2 cm gaps: 2 pages.',
    doubts: '"now" as the end of the current role is keyed as present. The summary is the class\'s "recent history" box, keyed as basics.summary.' };
}

// Larissa: ReadableCV (memoir, Roboto Thin, marvosym icons): role outline + achievements per role.
function readableLarissa() {
  const p = P.larissa, st = 'yyyy';
  const tex = T`\documentclass{ReadableCV}
\setYourName{${p.first} ${p.last}}
\setYourJobTitle{${p.label}}
\setYourMobileNo{${p.phone}}
\setYourEmailAddr{${p.email}}
\setYourWebAddr{${p.web}}
\setContactLocation{opposite}
\setJobCompanyOrder{CompanyFirst}
\setHeadingColours{DeepSkyBlue4}
\begin{document}
\showHeader

\newHeading{Profile}{}
${esc(p.summary)}

\newHeading{Experience}{}
${p.work.map((r) => T`\newRole{${rng(r.start, r.end, st, 'Present', ' -- ')}}{${esc(r.position)}}{${esc(r.company)}, ${esc(r.location)}}{${esc(r.bullets[0])}}
\roleAchievements{${[...r.bullets.slice(1), '', '', '', '', '', ''].slice(0, 6).map(esc).join('}{')}}`).join('\n')}

\newHeading{Education}{}
${p.education.map((e) => T`\newCourse{${rng(e.start, e.end, st, 'Present', ' -- ')}}{${e.studyType} in ${esc(e.area)}}{${esc(e.institution)}}{}`).join('\n')}

\newHeading{Skills}{}
\addSkills{Kotlin}{Swift}{Jetpack Compose}{SwiftUI}{Kotlin Multiplatform}{GraphQL}{Firebase}{Accessibility}{CI/CD}

\newHeading{Languages}{}
${langs(p).join(', ')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, summary: p.summary },
    work: p.work.map((r) => ({ ...wk(r, st, { bullets: r.bullets.slice(1) }), summary: r.bullets[0] })),
    education: p.education.map((e) => ek(e, st)),
    skills: ['Kotlin', 'Swift', 'Jetpack Compose', 'SwiftUI', 'Kotlin Multiplatform', 'GraphQL', 'Firebase', 'Accessibility', 'CI/CD'],
    sections: ['Profile', 'Experience', 'Education', 'Skills', 'Languages'],
    otherSections: [{ heading: 'Languages', items: langs(p) }],
  };
  return { tex, key, engine: 'pdflatex',
    template: 'ReadableCV class (CTAN; memoir-based, Roboto Thin headings, marvosym icons)',
    notes: 'One column. Header with contacts OPPOSITE the name: phone, e-mail and web site on the LEFT, each after a marvosym icon (symbol-font glyphs in the text layer), and the name and label on the RIGHT in Roboto Thin. Section titles in thin blue with a rule. Each role is a two-column tabular: bold YEAR range ("2022 – Present") in a 3 cm column, then employer line "Pitanga Pagamentos, São Paulo, Brazil" (company first) and title under it; then an italic "Role outline" label with one paragraph (the first persona bullet, keyed as work.summary) and an italic "Achievements" label with the remaining bullets (highlights). Education rows "2012 – 2016  Universidade Federal de Pernambuco (Bachelor of Science in Computer Science)". Skills: nine keywords in a 3-column bulleted list. No location in the header. 1 page.',
    doubts: 'The "Role outline" paragraph of each role is keyed as work.summary and only the "Achievements" bullets as highlights; a parser that reads the outline as a bullet is not wrong to a human reader, but the key does not list it as a highlight.' };
}

// Noa: komacv (KOMA-Script scrartcl, LuaLaTeX), "casual" style: cventry rows with dates in a left hint column.
function komacvNoa() {
  const p = P.noa, st = 'mon';
  const tex = T`\documentclass[style=casual,color=myblue,fontsize=10pt]{komacv}
\usepackage{fontspec}
\setsansfont{TeX Gyre Heros}
\renewcommand*{\firstname}{${p.first}}
\renewcommand*{\familyname}{${p.last}}
\renewcommand*{\acadtitle}{${p.label}}
\renewcommand*{\mobile}{${p.phone}}
\renewcommand*{\email}{${p.email}}
\renewcommand*{\homepage}{${p.web}}
\renewcommand*{\github}{${p.github}}
\renewcommand*{\linkedin}{${p.linkedin}}
\begin{document}
\maketitle

\section{Profile}
\cvitem{}{${esc(p.summary)}}

\section{Experience}
${p.work.map((r) => T`\cventry{${rng(r.start, r.end, st, 'present', '--')}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${r.bullets.length ? T`\begin{itemize}[leftmargin=1em,nosep]
${items(r.bullets)}
\end{itemize}` : ''}}`).join('\n')}

\section{Education}
${p.education.map((e) => T`\cventry{${rng(e.start, e.end, st, 'present', '--')}}{${e.studyType} in ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{}{${esc(e.note)}}`).join('\n')}

\section{Publications}
${p.publications.map((x) => T`\cvlistitem{${esc(x)}}`).join('\n')}

\section{Skills}
${p.skillGroups.map(([g, ks]) => T`\cvitem{${g}}{${ks.map(esc).join(', ')}}`).join('\n')}

\section{Languages}
${p.languages.map(([l, lv]) => T`\cvitem{${l}}{${lv}}`).join('\n')}
\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['Profile', 'Experience', 'Education', 'Publications', 'Skills', 'Languages'],
    otherSections: [
      { heading: 'Publications', items: p.publications },
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) },
    ],
  };
  return { tex, key, engine: 'lualatex',
    template: 'komacv class (CTAN; KOMA-Script scrartcl), style=casual, TeX Gyre Heros via fontspec, fontawesome (4) + marvosym icons',
    notes: 'One column with a LEFT hint column (dates, skill categories, language names) and section titles preceded by a coloured bar. Header per komacv casual style: name, academic-title slot used for the label, address/phone/e-mail/web and GitHub/LinkedIn handles with marvosym/fontawesome icons. \\cventry prints "Title, Employer, City, Country." on one line (bold title, italic employer, a trailing full stop added by the class) with the date range "Feb 2024–present" in the hint column and a small bullet list below. Education entries carry the thesis/honours note. Publications as \\cvlistitem rows with a marvosym bullet. Languages rows "Hebrew | native". The casual style prints the contacts in the FOOTER of each page, centred over four lines with icons (phone, e-mail, web site, GitHub and LinkedIn handles); no city is printed (the class prints the city only together with a street), so the key has no location. 2 pages.',
    doubts: 'The name is set as "Noa" + "Ben-Ami" with only a thin gap (pdftotext: "NoaBen-Ami"); the key says "Noa Ben-Ami". Dates in the hint column wrap ("Feb" / "2024–present").' };
}

export const CASES = {
  'cv4tw-sharp': cv4twEirik,
  'harnon-cv': harnonKatarzyna,
  'readablecv': readableLarissa,
  'komacv-casual': komacvNoa,
};
