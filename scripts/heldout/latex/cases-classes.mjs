// CV classes from TeX Live other than moderncv: europasscv, europecv, curve, currvita, simplecv and
// simple-resume-cv (XeLaTeX).
import { personas as P } from './personas.mjs';
import { esc, rng, wk, ek, fullName, flatSkills } from './lib.mjs';

const items = (bs, env = 'itemize', opt = '') => (bs.length ? `\\begin{${env}}${opt}\n${bs.map((b) => `  \\item ${esc(b)}`).join('\n')}\n\\end{${env}}` : '');

// europasscv (new Europass look, 2013+): Amara, two pages, MM/YYYY dates in the left label column.
function europasscvAmara() {
  const p = P.amara, st = 'mmyyyy';
  const tex = `\\documentclass[english,a4paper]{europasscv}
\\usepackage[english]{babel}
\\usepackage[utf8]{inputenc}

\\ecvname{${p.first} ${p.last}}
\\ecvaddress{${p.street}, ${p.city} CB1 2AD (United Kingdom)}
\\ecvmobile{+44 7700 900418}
\\ecvemail{${p.email}}
\\ecvhomepage{${p.web}}
\\ecvgithubpage{github.com/${p.github}}
\\ecvlinkedinpage{linkedin.com/in/${p.linkedin}}
\\ecvorcid[label]{${p.orcid}}
\\ecvnationality{British}

\\begin{document}
\\begin{europasscv}

\\ecvpersonalinfo

\\ecvbigitem{Position}{${p.label}}

\\ecvsection{Work experience}
${p.work.map((r) => `\\ecvtitle{${rng(r.start, r.end, st, 'Present')}}{${esc(r.position)}}
\\ecvitem{}{${esc(r.company)}, ${esc(r.location)}}
\\ecvitem{}{${items(r.bullets, 'ecvitemize')}}`).join('\n')}

\\ecvsection{Education and training}
${p.education.map((e) => `\\ecvtitle{${rng(e.start, e.end, st)}}{${e.studyType} in ${esc(e.area)}}
\\ecvitem{}{${esc(e.institution)}, ${esc(e.location)}}
\\ecvitem{}{${esc(e.note)}}`).join('\n')}

\\ecvsection{Personal skills}
\\ecvmothertongue{English, Igbo}
\\ecvlanguageheader
\\ecvlastlanguage{French}{B2}{C1}{B2}{B2}{B1}
\\ecvlanguagefooter

${p.skillGroups.map(([g, ks]) => `\\ecvblueitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\ecvsection{Additional information}
\\ecvblueitem{Publications}{${items(p.publications, 'ecvitemize')}}
\\ecvblueitem{Honours and awards}{${items(p.awards.map(([y, a]) => `${a} (${y})`), 'ecvitemize')}}

\\end{europasscv}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web,
      profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`, p.orcid], location: `${p.street}, ${p.city} CB1 2AD (United Kingdom)` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['PERSONAL INFORMATION', 'WORK EXPERIENCE', 'EDUCATION AND TRAINING', 'PERSONAL SKILLS', 'ADDITIONAL INFORMATION'],
    otherSections: [
      { heading: 'PERSONAL SKILLS', items: ['Mother tongue: English, Igbo', 'French: B2 C1 B2 B2 B1 (CEFR grid)'] },
      { heading: 'ADDITIONAL INFORMATION', items: [{ group: 'Publications', items: p.publications }, { group: 'Honours and awards', items: p.awards.map(([y, a]) => `${a} (${y})`) }] },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'europasscv (TeX Live 2022), new Europass CV layout',
    notes: 'Europass CV: logo and "Curriculum Vitae" at top left; a fixed LEFT label column (right-aligned, blue, upper-case section names such as "PERSONAL INFORMATION", "WORK EXPERIENCE") and a right content column. Personal information: name, then address, mobile, e-mail, website, GitHub, LinkedIn and ORCID lines each behind a small icon (vector images, no text), "Nationality British". "POSITION" row with the job title (stored as basics.label; it is a row label, not a section). Each job: dates "MM/YYYY – Present" in the left column on the title row, job title in blue, employer + location on the next row, "–" dash bullets. Education the same shape. Language grid (CEFR table) for French. Skills are rows with a blue label in the left column (Languages, ML frameworks, Research areas, Tools): only the keywords are keyed. Footer on every page "© European Union, 2002-20xx | europass.cedefop.europa.eu  Page n / m" with the name. 2 pages.' };
}

// europecv (old 2004 Europass): Javier, label/value rows "Dates", "Occupation or position held", ...
function europecvJavier() {
  const p = P.javier, st = 'month';
  const langs = p.languages;
  const tex = `\\documentclass[english,a4paper,nologo]{europecv}
\\usepackage[T1]{fontenc}
\\usepackage[english]{babel}
\\usepackage{graphicx}
% europecv loads hyperref inside \\AtBeginDocument, which TeX Live 2022 rejects unless it is loaded here first.
\\usepackage[hidelinks]{hyperref}

\\ecvname{${p.last}, ${p.first}}
\\ecvaddress{${p.street}, 46004 ${p.city}, ${p.country}}
\\ecvtelephone{${p.phone}}
\\ecvemail{${p.email}}
\\ecvnationality{Spanish}
\\ecvdateofbirth{}

\\begin{document}
\\begin{europecv}
\\ecvpersonalinfo

\\ecvitem{\\large Desired employment}{\\large ${p.label}}

\\ecvsection{Work experience}
${p.work.map((r, i) => `${i ? '\\ecvitem{}{}\n' : ''}\\ecvitem{Dates}{${rng(r.start, r.end, st, 'present')}}
\\ecvitem{Occupation or position held}{${esc(r.position)}}
\\ecvitem{Main activities and responsibilities}{${items(r.bullets, 'itemize', '\\setlength{\\itemsep}{0pt}')}}
\\ecvitem{Name and address of employer}{${esc(r.company)}, ${esc(r.location)}}`).join('\n')}

\\ecvsection{Education and training}
${p.education.map((e, i) => `${i ? '\\ecvitem{}{}\n' : ''}\\ecvitem{Dates}{${rng(e.start, e.end, st)}}
\\ecvitem{Title of qualification awarded}{${e.studyType} en ${esc(e.area)}}
\\ecvitem{Name and type of organisation providing education and training}{${esc(e.institution)}, ${esc(e.location)}}${e.note ? `\n\\ecvitem{Principal subjects / occupational skills covered}{${esc(e.note)}}` : ''}`).join('\n')}

\\ecvsection{Personal skills and competences}
\\ecvmothertongue{${langs[0][0]}, ${langs[1][0]}}
\\ecvlanguageheader{(*)}
\\ecvlanguage{${langs[2][0]}}{\\ecvCOne}{\\ecvCOne}{\\ecvCOne}{\\ecvBTwo}{\\ecvCOne}
\\ecvlastlanguage{${langs[3][0]}}{\\ecvBOne}{\\ecvBOne}{\\ecvBOne}{\\ecvATwo}{\\ecvATwo}
\\ecvlanguagefooter{(*)}

${p.skillGroups.map(([g, ks]) => `\\ecvitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\ecvitem{Certificates}{${p.certificates.map(([y, c, by]) => `${esc(c)}, ${esc(by)} (${y})`).join('; ')}}

\\end{europecv}
\\end{document}
`;
  const key = {
    basics: { name: `${p.last}, ${p.first}`, label: p.label, email: p.email, phone: p.phone, location: `${p.street}, 46004 ${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, studyType: e.studyType, area: e.area }), ...(e.note ? { highlights: [e.note] } : {}) })),
    skills: flatSkills(p),
    sections: ['Personal information', 'Work experience', 'Education and training', 'Personal skills and competences'],
    otherSections: [
      { heading: 'Personal skills and competences', items: [`Mother tongue: ${langs[0][0]}, ${langs[1][0]}`, 'English: C1 C1 C1 B2 C1', 'French: B1 B1 B1 A2 A2',
        ...p.certificates.map(([y, c, by]) => `${c}, ${by} (${y})`)] },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'europecv (TeX Live 2022), the 2004 Europass CV layout (nologo)',
    notes: 'Old Europass CV: "Curriculum Vitae" title, then label/value rows: a right-aligned LEFT label column ("Name", "Address", "Telephone", "E-mail", "Nationality", "Dates", "Occupation or position held", "Main activities and responsibilities", "Name and address of employer", "Title of qualification awarded", ...) separated by a vertical rule from the values. The name is printed "Surname, Given name" as the Europass instructs ("Ortega Lozano, Javier"); the key keeps that printed order. Dates "September 2019 – present" in a "Dates" row ABOVE the job title; employer after the bullets. Degrees "Máster en Ingeniería de Caminos, Canales y Puertos" (Spanish: studyType Máster/Grado, area after "en"). Language table with CEFR levels (A2…C1) and footnote "(*) Common European Framework of Reference (CEF) level". Skills are label rows (Analysis, BIM & CAD, Management): only keywords keyed; Certificates row in prose. Page footer with page number and name.' };
}

// curve: Aisha, rubrics in separate files, dates as keys in a left column, job title first.
function curveAisha() {
  const p = P.aisha, st = 'mondot';
  const rub = (name, body) => `\\begin{rubric}{${name}}\n${body}\n\\end{rubric}\n`;
  const extra = {
    'profile.tex': rub('Profile', `\\text{${esc(p.summary)}}`),
    'experience.tex': rub('Experience', p.work.map((r) => `\\entry*[${rng(r.start, r.end, st, 'present', '--')}]
  \\textbf{${esc(r.position)}}, ${esc(r.company)}, ${esc(r.location)}.
  ${items(r.bullets, 'itemize', '\\setlength{\\itemsep}{0pt}')}`).join('\n')),
    'education.tex': rub('Education', p.education.map((e) => `\\entry*[${rng(e.start, e.end, st, '', '--')}]
  \\textbf{${e.studyType}}, ${esc(e.area)}, ${esc(e.institution)}, ${esc(e.location)}.`).join('\n')),
    'skills.tex': rub('Skills', p.skillGroups.map(([g, ks]) => `\\entry*[${esc(g)}] ${ks.map(esc).join(', ')}`).join('\n')),
    'certificates.tex': rub('Certificates', p.certificates.map(([y, c, by]) => `\\entry*[${y}] ${esc(c)}, ${esc(by)}`).join('\n')),
    'languages.tex': rub('Languages', `\\entry*[] ${p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')}`),
  };
  const tex = `\\documentclass[a4paper,11pt]{curve}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage{lmodern}
\\usepackage[margin=2.2cm]{geometry}
\\usepackage[hidelinks]{hyperref}
\\prefix{}
\\keyfont{\\small\\itshape}
\\rubricalignment{l}
\\leftheader{${p.city}, ${p.region}, ${p.country}\\\\ ${p.phone}}
\\rightheader{\\href{mailto:${p.email}}{${p.email}}\\\\ \\href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}}
\\title{${fullName(p)}}
\\subtitle{${p.label}}

\\begin{document}
\\makeheaders[c]
\\maketitle
\\makerubric{profile}
\\makerubric{experience}
\\makerubric{education}
\\makerubric{skills}
\\makerubric{certificates}
\\makerubric{languages}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.region}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['Profile', 'Experience', 'Education', 'Skills', 'Certificates', 'Languages'],
    otherSections: [
      { heading: 'Certificates', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) },
      { heading: 'Languages', items: [p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')] },
    ],
  };
  return { tex, extra, key, engine: 'pdflatex', template: 'curve v1.16 (TeX Live), rubric files loaded with \\makerubric',
    notes: 'curve: two header boxes (left: location and phone; right: e-mail and printed "linkedin.com/in/..." link) ABOVE the large bold centred name, with the italic label under the name. Each rubric is a longtable with a LEFT key column holding italic dates "Jan. 2022--present" (abbreviated months with a period, "May", "June", "July", "Sept.") and the entry text to the right: bold job title, employer, location, then compact bullets. Education prints only "Feb. 2020--Nov. 2022" keys. Skills use the category as the key (left column). A Languages rubric with an empty key. Two roles at Koala Freight as two entries.' };
}

// currvita: Marcus, cv environment with cvlist label column; employer first, then the title.
function currvitaMarcus() {
  const p = P.marcus, st = 'mondot';
  const tex = `\\documentclass[letterpaper,11pt]{article}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage{mathptmx}
\\usepackage[margin=2cm]{geometry}
\\usepackage[NoDate]{currvita}
\\usepackage[hidelinks]{hyperref}
\\setlength{\\cvlabelwidth}{3.4cm}
\\renewcommand{\\cvheadingfont}{\\LARGE\\bfseries}
\\renewcommand{\\cvlistheadingfont}{\\large\\scshape}

\\begin{document}
\\begin{cv}{${fullName(p)}}
\\begin{center}
${p.city}, ${p.region} \\quad\\textbar\\quad ${p.phone} \\quad\\textbar\\quad \\href{mailto:${p.email}}{${p.email}} \\quad\\textbar\\quad \\href{https://www.linkedin.com/in/${p.linkedin}}{www.linkedin.com/in/${p.linkedin}}
\\end{center}

\\begin{cvlist}{Professional Experience}
${p.work.map((r) => `\\item[${rng(r.start, r.end, st, 'present', '--')}] \\textbf{${esc(r.company)}}, ${esc(r.location)}\\\\
  \\textit{${esc(r.position)}}
  ${items(r.bullets, 'itemize', '\\setlength{\\itemsep}{0pt}')}`).join('\n')}
\\end{cvlist}

\\begin{cvlist}{Education}
${p.education.map((e) => `\\item[${rng(e.start, e.end, st, '', '--')}] \\textbf{${esc(e.institution)}}, ${esc(e.location)}\\\\
  ${e.studyType} in ${esc(e.area)}, GPA: ${e.score}\\\\ ${esc(e.note)}`).join('\n')}
\\end{cvlist}

\\begin{cvlist}{Skills}
${p.skillGroups.map(([g, ks]) => `\\item[${esc(g)}] ${ks.map(esc).join(', ')}`).join('\n')}
\\end{cvlist}

\\begin{cvlist}{Certifications}
${p.certificates.map(([y, c, by]) => `\\item[${y}] ${esc(c)} (${esc(by)})`).join('\n')}
\\end{cvlist}
\\end{cv}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, profiles: [`www.linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.region}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, score: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['Professional Experience', 'Education', 'Skills', 'Certifications'],
    otherSections: [{ heading: 'Certifications', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) }],
  };
  return { tex, key, engine: 'pdflatex', template: 'currvita (TeX Live) in article, Times (mathptmx)',
    notes: 'currvita: large bold name as the cv heading, one centred contact line separated by "|" (printed www.linkedin.com/in/... URL). Section headings in small caps (text layer keeps mixed case). cvlist items put the date range "June 2022--present" (abbreviated months with a period: "Jan.", "Sept.", but "June", "July", "May") in a LEFT label column; the entry is bold EMPLOYER + location on the first line and the italic job TITLE on the second (employer before title). Education: institution, then "B.S. in Finance, GPA: 3.86/4.00", then a note line. Skills and Certifications use the category/year as the label.' };
}

// simplecv: Gabrielle, topic lists with dates as labels in a left margin, printed URLs for profiles.
function simplecvGabrielle() {
  const p = P.gabrielle, st = 'mon';
  const tex = `\\documentclass[letterpaper,10pt]{simplecv}
\\usepackage[utf8]{inputenc}
\\usepackage[T1]{fontenc}
\\usepackage[margin=0.8in]{geometry}
\\usepackage[hidelinks]{hyperref}
\\leftheader{${p.city}, ${p.region}, ${p.country}\\\\ ${p.phone}}
\\rightheader[r]{\\href{mailto:${p.email}}{${p.email}}\\\\ \\href{https://github.com/${p.github}}{github.com/${p.github}}\\\\ \\href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}}
\\title{${fullName(p)}}
\\renewcommand{\\topicmargin}{0.22\\columnwidth}

\\begin{document}
\\maketitle

\\section{Summary}
${esc(p.summary)}

\\section{Experience}
\\begin{topic}
${p.work.map((r) => `\\item[${rng(r.start, r.end, st, 'Present', '--')}] \\textbf{${esc(r.position)}}, ${esc(r.company)} \\hfill ${esc(r.location)}
  ${items(r.bullets, 'itemize', '\\setlength{\\itemsep}{0pt}')}`).join('\n')}
\\end{topic}

\\section{Education}
\\begin{topic}
${p.education.map((e) => `\\item[${rng(e.start, e.end, st, '', '--')}] \\textbf{${esc(e.institution)}} \\hfill ${esc(e.location)}\\\\ ${e.studyType} in ${esc(e.area)}; CGPA ${e.score}`).join('\n')}
\\end{topic}

\\section{Skills}
\\begin{topic}
${p.skillGroups.map(([g, ks]) => `\\item[${esc(g)}] ${ks.map(esc).join(', ')}`).join('\n')}
\\end{topic}

\\section{Open source}
\\begin{topic}
${p.projects.map((x) => `\\item[${esc(x.name)}] ${esc(x.description)}`).join('\n')}
\\end{topic}

\\section{Languages}
${p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')}.
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.region}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true, score: true })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description })),
    skills: flatSkills(p),
    sections: ['Summary', 'Experience', 'Education', 'Skills', 'Open source', 'Languages'],
    otherSections: [{ heading: 'Languages', items: [p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')] }],
  };
  return { tex, key, engine: 'pdflatex', template: 'simplecv v1.6a (TeX Live), sans (semibold condensed headings)',
    notes: 'simplecv: two header blocks (left: location + phone; right, right-aligned: e-mail, github.com/..., linkedin.com/in/... printed as URLs) ABOVE the centred name. Section headings flush left; entries are "topic" lists whose italic LABEL in the left margin is the date range "Aug 2021--Present" (a label wider than the margin breaks to its own line). Entry line: bold title, employer, right-aligned location (title before employer). Education: institution + location, then "B.Sc. in Computer Science; CGPA 3.72/4.00". Skills and Open source topics use the category/project name as the label.' };
}

// simple-resume-cv (XeLaTeX): Seo-yeon, section titles in a left margin, roles grouped under one employer,
// class-formatted ISO dates 'YYYY-MM'.
function simpleresumecvSeoyeon() {
  const p = P.seoyeon, st = 'mmyyyy';
  const ym = (iso) => { const [y, m] = iso.split('-'); return `\\DatestampYM{${y}}{${m}}`; };
  const span = (r) => `${ym(r.start)} -- ${r.end ? ym(r.end) : 'Present'}`;
  const hanbit = p.work.filter((r) => r.company.startsWith('Hanbit'));
  const others = p.work.filter((r) => !r.company.startsWith('Hanbit'));
  const role = (r) => `\\Gap
\\BulletItem
\\textbf{${esc(r.position)}} \\hfill ${span(r)}
\\begin{Detail}
${r.bullets.map((b) => `\\SubBulletItem ${esc(b)}`).join('\n')}
\\end{Detail}`;
  const tex = `\\documentclass[a4paper,yyyyMM,nonstopmode]{simpleresumecv}

\\begin{document}

\\Title{${fullName(p)}}

\\begin{SubTitle}
${p.label}
\\par
${p.city}, ${p.country}
\\,\\SubBulletSymbol\\,
${p.phone}
\\,\\SubBulletSymbol\\,
\\href{mailto:${p.email}}{${p.email}}
\\par
\\href{https://github.com/${p.github}}{github.com/${p.github}}
\\,\\SubBulletSymbol\\,
\\href{https://www.linkedin.com/in/${p.linkedin}}{linkedin.com/in/${p.linkedin}}
\\end{SubTitle}

\\begin{Body}

\\Section{Summary}{Summary}{PDF:Summary}
${esc(p.summary)}

\\Section{Professional Experience}{Professional Experience}{PDF:Experience}
\\Entry
\\textbf{${esc(hanbit[0].company)}}, ${esc(hanbit[0].location)}
${hanbit.map(role).join('\n')}

${others.map((r) => `\\BigGap
\\Entry
\\textbf{${esc(r.company)}}, ${esc(r.location)}
${role(r)}`).join('\n')}

\\Section{Education}{Education}{PDF:Education}
${p.education.map((e) => `\\Entry
\\textbf{${esc(e.institution)}}, ${esc(e.location)}
\\Gap
\\BulletItem
${e.studyType} in ${esc(e.area)} \\hfill ${span(e)}${e.note || e.score ? `
\\begin{Detail}
\\SubBulletItem ${e.note ? esc(e.note) : `GPA: ${e.score}`}
\\end{Detail}` : ''}
\\BigGap`).join('\n')}

\\Section{Skills}{Skills}{PDF:Skills}
${p.skillGroups.map(([g, ks]) => `\\BulletItem \\textbf{${esc(g)}:} ${ks.map(esc).join(', ')}`).join('\n')}

\\Section{Projects}{Projects}{PDF:Projects}
${p.projects.map((x) => `\\BulletItem \\textbf{${esc(x.name)}} -- ${esc(x.description)}`).join('\n')}

\\Section{Languages}{Languages}{PDF:Languages}
${p.languages.map(([l, lv]) => `${l} (${lv})`).join(' \\,\\SubBulletSymbol\\, ')}

\\end{Body}
\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [`github.com/${p.github}`, `linkedin.com/in/${p.linkedin}`], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, score: true }), ...(e.note ? { highlights: [e.note] } : {}), ...(e.score ? { highlights: [`GPA: ${e.score}`] } : {}) })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description })),
    skills: flatSkills(p),
    sections: ['SUMMARY', 'PROFESSIONAL EXPERIENCE', 'EDUCATION', 'SKILLS', 'PROJECTS', 'LANGUAGES'],
    otherSections: [{ heading: 'LANGUAGES', items: p.languages.map(([l, lv]) => `${l} (${lv})`) }],
  };
  return { tex, key, engine: 'xelatex', template: 'simple-resume-cv (TeX Live, XeLaTeX, Tinos/Carlito-style fonts from the class)',
    notes: 'simple-resume-cv: centred name, centred sub-title lines (label; location • phone • e-mail; github.com/... • linkedin.com/in/... printed as URLs). Section titles in CAPITALS set in a LEFT margin column beside the content (a long title wraps over two lines there, e.g. "PROFESSIONAL / EXPERIENCE"). Entries: bold employer + location once, then one ■ bullet per role with the job title and right-aligned dates printed ISO-like "2022-04 – Present" (class option yyyyMM); ● sub-bullets for highlights. THREE roles at Hanbit Mobility Co., Ltd. share one employer header. Education: institution line, degree line with dates, sub-bullet note/GPA. Skills as "Category: keywords" bullets: only keywords keyed.' };
}

export const CASES = {
  europasscv: europasscvAmara,
  europecv: europecvJavier,
  curve: curveAisha,
  currvita: currvitaMarcus,
  simplecv: simplecvGabrielle,
  'simple-resume-cv': simpleresumecvSeoyeon,
};
