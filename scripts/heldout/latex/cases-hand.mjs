// Hand-written article-class resumes in common Overleaf patterns (not Jake's / sb2nov / Deedy / AltaCV /
// Awesome-CV): a grey left sidebar built from two minipages, section titles in the left margin
// (titlesec [leftmargin]), a paracol two-column body, and a single-column titlesec + fontawesome5 layout.
import { personas as P } from './personas.mjs';
import { esc, dt, rng, wk, ek, fullName, flatSkills } from './lib.mjs';

// Amara: grey left sidebar (contact with icons, education, skills, languages) + main column.
function sidebarAmara() {
  const p = P.amara, st = 'month';
  const edu = p.education.map((e) => `\\textbf{${e.studyType}, ${esc(e.area)}}\\\\
{\\small ${esc(e.institution)}}\\\\
{\\small\\color{muted} ${dt(e.start, st)} -- ${dt(e.end, st)}}\\par\\smallskip`).join('\n');
  const tex = `\\documentclass[10pt,a4paper]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage[default]{sourcesanspro}
\\usepackage[margin=1.2cm]{geometry}
\\usepackage{xcolor}
\\usepackage{fontawesome5}
\\usepackage{amssymb}
\\usepackage{enumitem}
\\usepackage[hidelinks]{hyperref}
\\definecolor{side}{HTML}{EEF1F4}
\\definecolor{accent}{HTML}{1F5F8B}
\\definecolor{muted}{HTML}{5A6470}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\newcommand{\\sidehead}[1]{\\vspace{8pt}{\\color{accent}\\large\\bfseries #1}\\par\\vspace{2pt}{\\color{accent}\\rule{\\linewidth}{0.6pt}}\\par\\vspace{3pt}}
\\newcommand{\\mainhead}[1]{\\vspace{6pt}{\\color{accent}\\Large\\bfseries #1}\\par\\vspace{1pt}{\\color{accent}\\rule{\\linewidth}{0.8pt}}\\par\\vspace{4pt}}
\\newcommand{\\job}[4]{\\textbf{#1} \\hfill {\\small\\color{muted}#4}\\\\ \\textit{#2} \\,\\textbullet\\, {\\small #3}}
\\setlist[itemize]{leftmargin=1.1em, itemsep=1pt, topsep=2pt, label={\\color{accent}\\tiny$\\blacksquare$}}

\\begin{document}
\\noindent
\\colorbox{side}{%
\\begin{minipage}[t][0.97\\textheight][t]{0.29\\textwidth}
\\vspace{4pt}
{\\huge\\bfseries ${p.first}\\\\[2pt] ${p.last}}\\par\\medskip
{\\color{accent}\\large ${p.label}}\\par

\\sidehead{Contact}
{\\small
\\faEnvelope\\ \\href{mailto:${p.email}}{${p.email}}\\\\[2pt]
\\faPhone\\ ${p.phone}\\\\[2pt]
\\faMapMarker*\\ ${p.city}, UK\\\\[2pt]
\\faGlobe\\ \\href{https://${p.web}}{${p.web}}\\\\[2pt]
\\faLinkedin\\ \\href{https://www.linkedin.com/in/${p.linkedin}}{${p.linkedin}}\\\\[2pt]
\\faGithub\\ \\href{https://github.com/${p.github}}{${p.github}}\\par}

\\sidehead{Education}
${edu}

\\sidehead{Skills}
${p.skillGroups.map(([g, ks]) => `{\\small\\bfseries ${esc(g)}}\\\\ {\\small ${ks.map(esc).join(' \\textbullet{} ')}}\\par\\smallskip`).join('\n')}

\\sidehead{Languages}
{\\small ${p.languages.map(([l, lv]) => `${l} -- ${lv}`).join('\\\\ ')}}
\\end{minipage}}%
\\hfill
\\begin{minipage}[t]{0.66\\textwidth}
\\vspace{4pt}
\\mainhead{Profile}
${esc(p.summary)}

\\mainhead{Experience}
${p.work.map((r) => `\\job{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{${rng(r.start, r.end, st, 'present')}}
\\begin{itemize}
${r.bullets.map((b) => `\\item ${esc(b)}`).join('\n')}
\\end{itemize}
\\medskip`).join('\n')}

\\mainhead{Selected Publications}
\\begin{itemize}
${p.publications.map((x) => `\\item ${esc(x)}`).join('\n')}
\\end{itemize}

\\mainhead{Awards}
${p.awards.map(([y, a]) => `${esc(a)} \\hfill {\\small\\color{muted}${y}}`).join('\\\\\n')}
\\end{minipage}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.linkedin, p.github], location: `${p.city}, UK`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st)),
    skills: flatSkills(p),
    sections: ['Contact', 'Education', 'Skills', 'Languages', 'Profile', 'Experience', 'Selected Publications', 'Awards'],
    otherSections: [
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} – ${lv}`) },
      { heading: 'Selected Publications', items: p.publications },
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, columns: 2, engine: 'pdflatex', template: 'hand-written article class: grey left sidebar (\\colorbox + two minipages), Source Sans Pro, fontawesome5, hyperref',
    notes: 'Two independent columns: a grey LEFT sidebar (29%) holding the name in two lines ("Amara" / "Okonkwo-Reid"), the label, then Contact (fontawesome5 icons before e-mail, phone, "Cambridge, UK", web site, and LinkedIn/GitHub HANDLES whose links go to the full URLs), Education (degree, institution, "September 2019 – January 2023"), Skills (bold category then keywords joined by "•") and Languages ("English – native"); the main RIGHT column holds Profile, Experience, Selected Publications and Awards. Experience entries: bold title with right-aligned dates "February 2023 – present", then italic employer • location; small square bullets. Sections are keyed left column first, then right. 1 page.' };
}

// Marcus: section titles in the left margin (titlesec leftmargin), \hfill dates, en-dash bullets.
function leftmarginMarcus() {
  const p = P.marcus, st = 'mmyyyy';
  const tex = `\\documentclass[11pt,letterpaper]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage{XCharter}
\\usepackage[left=2.1in,right=0.7in,top=0.6in,bottom=0.6in]{geometry}
\\usepackage{titlesec}
\\usepackage{enumitem}
\\usepackage{xcolor}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}[leftmargin]{\\normalfont\\bfseries\\scshape\\filleft}{}{0pt}{}
\\titlespacing*{\\section}{1.3in}{1.6ex}{0.18in}
\\setlist[itemize]{label=--, leftmargin=1.2em, itemsep=0pt, topsep=2pt}
\\newcommand{\\role}[4]{\\textbf{#1} \\hfill #2\\\\ \\textit{#3} \\hfill \\textit{#4}}

\\begin{document}
\\hspace*{-1.4in}\\begin{minipage}{\\dimexpr\\textwidth+1.4in}
{\\LARGE\\bfseries ${p.first} ${p.last}} \\hfill {\\large ${p.label}}\\\\[4pt]
${p.city}, ${p.region} \\enspace\\textbullet\\enspace ${p.phone} \\enspace\\textbullet\\enspace \\href{mailto:${p.email}}{${p.email}} \\enspace\\textbullet\\enspace \\href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}\\\\[-4pt]
\\rule{\\linewidth}{0.5pt}
\\end{minipage}

\\section{Summary}
${esc(p.summary)}

\\section{Experience}
${p.work.map((r) => `\\role{${esc(r.company)}}{${esc(r.location)}}{${esc(r.position)}}{${rng(r.start, r.end, st, 'Present')}}
\\begin{itemize}
${r.bullets.map((b) => `\\item ${esc(b)}`).join('\n')}
\\end{itemize}
\\smallskip`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\role{${esc(e.institution)}}{${esc(e.location)}}{${e.studyType}, ${esc(e.area)}}{${dt(e.end, st)}}\\\\
GPA ${e.score} \\textbullet\\ ${esc(e.note)}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `\\textbf{${esc(g)}:} ${ks.map(esc).join(', ')}`).join('\\\\\n')}

\\section{Certifications}
${p.certificates.map(([y, c, by]) => `${esc(c)}, \\textit{${esc(by)}} \\hfill ${y}`).join('\\\\\n')}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.region}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, score: true, dates: 'end' }), highlights: [`GPA ${e.score} • ${e.note}`] })),
    skills: flatSkills(p),
    sections: ['Summary', 'Experience', 'Education', 'Skills', 'Certifications'],
    otherSections: [{ heading: 'Certifications', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) }],
  };
  return { tex, key, engine: 'pdflatex', template: 'hand-written article class: titlesec [leftmargin] section titles, XCharter, enumitem dash bullets',
    notes: 'Section titles (bold small caps, right-aligned) sit in a wide LEFT margin beside the first line of each section (titlesec leftmargin shape); the text layer puts the heading at the start of that first line. Header spans the page: name left and label right on one line, contact line "Chicago, IL • (312) 555-0178 • e-mail • linkedin.com/in/mjwhitfield" and a rule. Entries: bold employer + right-aligned location, then italic title + right-aligned italic dates "06/2022 – Present" (employer before title); en-dash bullets. Education prints only the graduation date "05/2019" (key: endDate only). Skills as "Category: keywords" lines (keywords keyed). 1 page.' };
}

// Gabrielle: paracol two columns (experience/projects left, education/skills/languages right), icon header.
function paracolGabrielle() {
  const p = P.gabrielle, st = 'month';
  const tex = `\\documentclass[10pt,letterpaper]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage[sfdefault,light]{roboto}
\\usepackage[margin=0.6in]{geometry}
\\usepackage{paracol}
\\usepackage{titlesec}
\\usepackage{enumitem}
\\usepackage{xcolor}
\\usepackage{fontawesome5}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{B03A2E}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\color{accent}\\large\\bfseries}{}{0pt}{\\MakeUppercase}[{\\color{accent}\\titlerule[0.8pt]}]
\\titlespacing*{\\section}{0pt}{10pt}{5pt}
\\setlist[itemize]{leftmargin=1em, itemsep=1pt, topsep=2pt, label={\\color{accent}\\textbullet}}
\\columnratio{0.64}
\\setlength{\\columnsep}{1.6em}

\\begin{document}
{\\fontsize{26}{28}\\selectfont\\bfseries ${p.first} ${p.last}}\\\\[4pt]
{\\large\\color{accent} ${p.label}}\\\\[6pt]
{\\small \\faEnvelope\\ \\href{mailto:${p.email}}{${p.email}} \\quad \\faPhone\\ ${p.phone} \\quad \\faMapMarker*\\ ${p.city}, ${p.region} \\quad \\faGithub\\ \\href{https://github.com/${p.github}}{${p.github}} \\quad \\faLinkedin\\ \\href{https://www.linkedin.com/in/${p.linkedin}}{${p.linkedin}} \\quad \\faGlobe\\ \\href{https://${p.web}}{${p.web}}}

\\begin{paracol}{2}
\\section{Experience}
${p.work.map((r) => `{\\large\\bfseries ${esc(r.position)}}\\\\
{\\color{accent}\\bfseries ${esc(r.company)}} \\hfill {\\small\\faCalendar*[regular]\\ ${rng(r.start, r.end, st, 'present')} \\enspace \\faMapMarker*\\ ${esc(r.location)}}
\\begin{itemize}
${r.bullets.map((b) => `\\item ${esc(b)}`).join('\n')}
\\end{itemize}
\\medskip`).join('\n')}

\\section{Projects}
${p.projects.map((x) => `\\textbf{${esc(x.name)}} \\textbar{} \\textit{${x.keywords.join(', ')}}\\\\ ${esc(x.description)}\\par\\smallskip`).join('\n')}

\\switchcolumn
\\section{Education}
${p.education.map((e) => `{\\bfseries ${e.studyType} ${esc(e.area)}}\\\\
${esc(e.institution)}\\\\
{\\small ${dt(e.start, st)} -- ${dt(e.end, st)}}\\\\
{\\small GPA ${e.score}}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `{\\bfseries ${esc(g)}}\\\\ ${ks.map(esc).join(' \\textperiodcentered{} ')}\\par\\smallskip`).join('\n')}

\\section{Languages}
${p.languages.map(([l, lv]) => `${l} \\hfill {\\small ${lv}}`).join('\\\\\n')}
\\end{paracol}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.github, p.linkedin], location: `${p.city}, ${p.region}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { score: true })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    skills: flatSkills(p),
    sections: ['EXPERIENCE', 'PROJECTS', 'EDUCATION', 'SKILLS', 'LANGUAGES'],
    otherSections: [{ heading: 'LANGUAGES', items: p.languages.map(([l, lv]) => `${l} ${lv}`) }],
  };
  return { tex, key, columns: 2, engine: 'pdflatex', template: 'hand-written article class: paracol 64/36 two columns, Roboto Light, titlesec upper-case ruled headings, fontawesome5',
    notes: 'Full-width header: large name, red label, one contact line with fontawesome5 icons (e-mail, phone, "Montréal, QC", GitHub and LinkedIn HANDLES linking to full URLs, web site). Body in two paracol columns: LEFT (64%) Experience and Projects, RIGHT (36%) Education, Skills, Languages; keyed left column first. Section titles upper-cased by \\MakeUppercase with a red rule. Experience: large bold title, then red employer with right-aligned calendar icon + "August 2021 – present" + pin icon + location on the same line (title before employer). Projects "Name | keywords" then a description. Skills: bold category, keywords joined by "·". The web address is hyphenated at a line break ("gtrem-/blay.example.com"; key joined). 1 page.' };
}

// Javier: single column, titlesec small-caps ruled headings, fontawesome5 contact line, triangle bullets,
// employer-first entries with \hfill dates; two pages.
function articleJavier() {
  const p = P.javier, st = 'mon';
  const tex = `\\documentclass[11pt,a4paper]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage{charter}
\\usepackage[margin=2.2cm]{geometry}
\\usepackage{titlesec}
\\usepackage{enumitem}
\\usepackage{tabularx}
\\usepackage{xcolor}
\\usepackage{amssymb}
\\usepackage{fontawesome5}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{plain}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\Large\\scshape\\raggedright}{}{0em}{}[\\titlerule]
\\titlespacing*{\\section}{0pt}{14pt}{8pt}
\\setlist[itemize]{label=$\\triangleright$, leftmargin=1.5em, itemsep=2pt}
\\newcommand{\\entry}[4]{\\textbf{#1} \\hfill #2\\\\ \\textit{#3} \\hfill \\textit{#4}}

\\begin{document}
\\begin{center}
{\\Huge ${p.first} ${p.last}}\\\\[6pt]
{\\large ${p.label} \\textperiodcentered{} Ingeniero de Caminos}\\\\[8pt]
\\faMapMarker*\\ ${p.city}, ${p.country} \\quad
\\faPhone\\ ${p.phone} \\quad
\\faEnvelope\\ \\href{mailto:${p.email}}{${p.email}} \\quad
\\faLinkedin\\ \\href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}
\\end{center}

\\section{Profile}
${esc(p.summary)}

\\section{Professional Experience}
${p.work.map((r) => `\\entry{${esc(r.company)}}{${esc(r.location)}}{${esc(r.position)}}{${rng(r.start, r.end, st, 'now')}}
\\begin{itemize}
${r.bullets.map((b) => `\\item ${esc(b)}`).join('\n')}
\\end{itemize}
\\medskip`).join('\n')}

\\section{Selected Projects}
${p.projects.map((x) => `\\textbf{${esc(x.name)}} \\hfill ${x.start === x.end ? x.start : `${x.start}--${x.end}`}\\\\ ${esc(x.description)}`).join('\\\\[6pt]\n')}

\\section{Education}
${p.education.map((e) => `\\entry{${esc(e.institution)}}{${esc(e.location)}}{${e.studyType} en ${esc(e.area)}}{${dt(e.start, 'yyyy')} -- ${dt(e.end, 'yyyy')}}${e.note ? `\\\\ ${esc(e.note)}` : ''}`).join('\\\\[6pt]\n')}

\\section{Skills}
\\begin{tabularx}{\\textwidth}{@{}l X@{}}
${p.skillGroups.map(([g, ks]) => `\\textbf{${esc(g)}} & ${ks.map(esc).join(', ')} \\\\`).join('\n')}
\\end{tabularx}

\\section{Certifications}
\\begin{itemize}
${p.certificates.map(([y, c, by]) => `\\item ${esc(c)} -- ${esc(by)}, ${y}`).join('\n')}
\\end{itemize}

\\section{Languages}
${p.languages.map(([l, lv]) => `${l} (${lv})`).join(' \\textbullet{} ')}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: `${p.label} · Ingeniero de Caminos`, email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, 'yyyy', { loc: true }), ...(e.note ? { highlights: [e.note] } : {}) })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, startDate: x.start, endDate: x.end })),
    skills: flatSkills(p),
    sections: ['Profile', 'Professional Experience', 'Selected Projects', 'Education', 'Skills', 'Certifications', 'Languages'],
    otherSections: [
      { heading: 'Certifications', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) },
      { heading: 'Languages', items: [p.languages.map(([l, lv]) => `${l} (${lv})`).join(' • ')] },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'hand-written article class: titlesec small-caps headings with \\titlerule, Charter, fontawesome5 contact icons, amssymb triangle bullets, tabularx skills',
    notes: 'Single column. Centred name, label line "Structural Engineer · Ingeniero de Caminos", contact line with fontawesome5 icons (pin, phone, envelope, LinkedIn) and a printed "linkedin.com/in/..." URL. Section titles in small caps (text layer keeps mixed case) with a full-width rule. Entries: bold EMPLOYER + right-aligned location, then italic title + right-aligned italic dates "Sep 2019 – now" (employer before title); ▷ bullets ($\\triangleright$). Selected Projects with right-aligned years. Education with year-only dates "2011 – 2013" and Spanish degree names ("Máster en Ingeniería de Caminos, Canales y Puertos"). Skills in a two-column tabularx (bold category | keywords; keywords keyed). Page numbers at the bottom. TEXT-LAYER QUIRK: Charter has no euro sign, so the euro comes from a fallback glyph whose text layer says "C": the page shows "€24M" but pdftotext gives "C24M" (the key keeps €). 2 pages.' };
}

export const CASES = {
  'hand-sidebar': sidebarAmara,
  'hand-leftmargin': leftmarginMarcus,
  'hand-paracol': paracolGabrielle,
  'hand-article-icons': articleJavier,
};
