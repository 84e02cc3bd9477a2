// moderncv (TeX Live, v2.3) in five styles, each with a different persona and date format.
import { personas as P } from './personas.mjs';
import { esc, rng, wk, ek, fullName, flatSkills } from './lib.mjs';

const items = (bs) => (bs.length ? `\\begin{itemize}\n${bs.map((b) => `  \\item ${esc(b)}`).join('\n')}\n\\end{itemize}` : '');

function head(style, color, opts = '11pt,a4paper,sans') {
  return `\\documentclass[${opts}]{moderncv}
\\moderncvstyle{${style}}
\\moderncvcolor{${color}}
\\usepackage[utf8]{inputenc}
\\usepackage[scale=0.8]{geometry}
`;
}

// classic, Amara (UK ML researcher): 2 pages, dates 'Feb 2023 -- Present' in the left gutter.
export function classicAmara() {
  const p = P.amara, st = 'mon';
  const tex = `${head('classic', 'blue')}
\\name{${p.first}}{${p.last}}
\\title{${p.label}}
\\address{${p.city}, ${p.country}}{}{}
\\phone[mobile]{+44~7700~900418}
\\email{${p.email}}
\\homepage{${p.web}}
\\social[linkedin]{${p.linkedin}}
\\social[github]{${p.github}}
\\social[orcid]{${p.orcid}}

\\begin{document}
\\makecvtitle

\\section{Profile}
\\cvitem{}{${esc(p.summary)}}

\\section{Experience}
${p.work.map((r) => `\\cventry{${rng(r.start, r.end, st)}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${items(r.bullets)}}`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\cventry{${rng(e.start, e.end, st)}}{${e.studyType} in ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{}{${esc(e.note)}}`).join('\n')}

\\section{Publications}
${p.publications.map((x) => `\\cvlistitem{${esc(x)}}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `\\cvitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\section{Languages}
${p.languages.map(([l, lv]) => `\\cvitemwithcomment{${l}}{${lv}}{}`).join('\n')}

\\section{Awards}
${p.awards.map(([y, a]) => `\\cvitem{${y}}{${esc(a)}}`).join('\n')}

\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web,
      profiles: [p.linkedin, p.github, p.orcid], location: `${p.city}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['Profile', 'Experience', 'Education', 'Publications', 'Skills', 'Languages', 'Awards'],
    otherSections: [
      { heading: 'Publications', items: p.publications },
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) },
      { heading: 'Awards', items: p.awards.map(([date, title]) => ({ date, title })) },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'moderncv v2.3 (TeX Live), style classic, colour blue, sans',
    notes: 'moderncv classic: name top-left with title under it, contact block top-right (icons from the class: phone, e-mail, home page, LinkedIn/GitHub/ORCID handles with the URL behind them). Dates "Mon YYYY -- Present" in the LEFT gutter; entries "Title, Employer, Location." on one line with itemize bullets below. Skills as \\cvitem category label (left gutter) + comma list: only the keywords are keyed. Languages via \\cvitemwithcomment. Awards with the year in the gutter.' };
}

// casual, Gabrielle (Canada full-stack): year-only dates in the gutter, 'now' for the current role.
export function casualGabrielle() {
  const p = P.gabrielle, st = 'yyyy';
  const tex = `${head('casual', 'orange')}
\\name{${p.first}}{${p.last}}
\\title{${p.label}}
\\address{${p.city}, ${p.region}}{${p.country}}{}
\\phone[mobile]{+1~(514)~555-0142}
\\email{${p.email}}
\\homepage{${p.web}}
\\social[github]{${p.github}}
\\social[linkedin]{${p.linkedin}}

\\begin{document}
\\makecvtitle

\\section{Experience}
${p.work.map((r) => `\\cventry{${rng(r.start, r.end, st, 'now')}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${items(r.bullets)}}`).join('\n')}

\\section{Projects}
${p.projects.map((x) => `\\cvitem{${esc(x.name)}}{${esc(x.description)} (${x.keywords.join(', ')})}`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\cventry{${rng(e.start, e.end, st)}}{${e.studyType}, ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{GPA: ${e.score}}{}`).join('\n')}

\\section{Technical skills}
${p.skillGroups.map(([g, ks]) => `\\cvitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\section{Languages}
\\cvdoubleitem{${p.languages[0][0]}}{${p.languages[0][1]}}{${p.languages[1][0]}}{${p.languages[1][1]}}

\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web,
      profiles: [p.github, p.linkedin], location: `${p.city}, ${p.region} – ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true, score: true })),
    projects: p.projects.map((x) => ({ name: x.name, description: x.description, keywords: x.keywords })),
    skills: flatSkills(p),
    sections: ['Experience', 'Projects', 'Education', 'Technical skills', 'Languages'],
    otherSections: [{ heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) }],
  };
  return { tex, key, engine: 'pdflatex', template: 'moderncv v2.3 (TeX Live), style casual, colour orange, sans',
    notes: 'moderncv casual: large name at the top left with a rule, contact details in the footer of page 1 (address, phone, e-mail, home page, GitHub/LinkedIn handles, URL behind them). Year-only dates in the LEFT gutter ("2021 – now"; the internship is the single year "2017", keyed start = end = 2017). Education grade "GPA: 3.72/4.00" printed after the location. Languages as \\cvdoubleitem (two pairs on one row).' };
}

// banking, Marcus (US finance): centred header, dates right-aligned on the title row, full month names.
export function bankingMarcus() {
  const p = P.marcus, st = 'month';
  const tex = `${head('banking', 'black', '11pt,letterpaper,roman')}
\\name{${p.first}}{${p.last}}
\\title{${p.label}}
\\address{${p.city}, ${p.region}}{}{}
\\phone[mobile]{(312)~555-0178}
\\email{${p.email}}
\\social[linkedin]{${p.linkedin}}

\\begin{document}
\\makecvtitle

\\section{Summary}
\\cvitem{}{${esc(p.summary)}}

\\section{Professional Experience}
${p.work.map((r) => `\\cventry{${rng(r.start, r.end, st)}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${items(r.bullets)}}`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\cventry{${rng(e.start, e.end, st)}}{${e.studyType} in ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{GPA ${e.score}}{${esc(e.note)}}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `\\cvitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\section{Certifications}
${p.certificates.map(([y, c, by]) => `\\cvitem{${y}}{${esc(c)}, ${esc(by)}}`).join('\n')}

\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [p.linkedin], location: `${p.city}, ${p.region}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, score: true }), highlights: [e.note] })),
    skills: flatSkills(p),
    sections: ['Summary', 'Professional Experience', 'Education', 'Skills', 'Certifications'],
    otherSections: [{ heading: 'Certifications', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) }],
  };
  return { tex, key, engine: 'pdflatex', template: 'moderncv v2.3 (TeX Live), style banking, colour black, roman',
    notes: 'moderncv banking: centred name and title, one centred contact line with separators; section titles with a rule; entries print the bold title and italic employer with the date range on the right, no left gutter ("June 2022 -- Present"). Certifications as \\cvitem with the year in the label column.' };
}

// oldstyle, Aisha (Australia PM): MM/YYYY dates, 'today' for the current role, two roles at Koala Freight.
export function oldstyleAisha() {
  const p = P.aisha, st = 'mmyyyy';
  const tex = `${head('oldstyle', 'green')}
\\name{${p.first}}{${p.last}}
\\title{${p.label}}
\\address{${p.city}, ${p.region}}{${p.country}}{}
\\phone[mobile]{+61~491~570~156}
\\email{${p.email}}
\\homepage{${p.web}}
\\social[linkedin]{${p.linkedin}}

\\begin{document}
\\makecvtitle

\\section{About me}
\\cvitem{}{${esc(p.summary)}}

\\section{Work history}
${p.work.map((r) => `\\cventry{${rng(r.start, r.end, st, 'today')}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${items(r.bullets)}}`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\cventry{${rng(e.start, e.end, st)}}{${e.studyType} (${esc(e.area)})}{${esc(e.institution)}}{${esc(e.location)}}{}{}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `\\cvitem{${esc(g)}}{${ks.map(esc).join(' $\\cdot$ ')}}`).join('\n')}

\\section{Certifications}
${p.certificates.map(([y, c, by]) => `\\cvitem{${y}}{${esc(c)} -- ${esc(by)}}`).join('\n')}

\\section{Languages}
\\cvitem{}{${p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')}}

\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, url: p.web, profiles: [p.linkedin], location: `${p.city}, ${p.region}, ${p.country}`, summary: p.summary },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ek(e, st, { loc: true })),
    skills: flatSkills(p),
    sections: ['About me', 'Work history', 'Education', 'Skills', 'Certifications', 'Languages'],
    otherSections: [
      { heading: 'Certifications', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) },
      { heading: 'Languages', items: [p.languages.map(([l, lv]) => `${l} (${lv})`).join(', ')] },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'moderncv v2.3 (TeX Live), style oldstyle, colour green, sans',
    notes: 'moderncv oldstyle: large name and italic title at the top; the contact details (address in two lines, phone, e-mail, web site hyphenated over two lines, LinkedIn handle) are a narrow LEFT column beside the body on page 1 (the e-mail overflows into the body). Green section titles in the body column. Entry line "Title, Employer, Location." with bold dates "MM/YYYY – today" RIGHT-aligned. Skills joined by a centred dot (\\cdot) instead of commas. Two successive roles at Koala Freight as two entries.' };
}

// fancy, Seo-yeon (Korea embedded): 'YYYY.MM' dates, three roles at one employer.
export function fancySeoyeon() {
  const p = P.seoyeon, st = 'yyyymm';
  const tex = `${head('fancy', 'blue')}
\\name{${p.first}}{${p.last}}
\\title{${p.label}}
\\address{${p.city}}{${p.country}}{}
\\phone[mobile]{+82~10-5555-0147}
\\email{${p.email}}
\\social[github]{${p.github}}
\\social[linkedin]{${p.linkedin}}

\\begin{document}
\\makecvtitle

\\section{Career}
${p.work.map((r) => `\\cventry{${rng(r.start, r.end, st, 'present')}}{${esc(r.position)}}{${esc(r.company)}}{${esc(r.location)}}{}{${items(r.bullets)}}`).join('\n')}

\\section{Education}
${p.education.map((e) => `\\cventry{${rng(e.start, e.end, st)}}{${e.studyType} ${esc(e.area)}}{${esc(e.institution)}}{${esc(e.location)}}{${e.score ? `GPA ${e.score}` : ''}}{${esc(e.note ?? '')}}`).join('\n')}

\\section{Skills}
${p.skillGroups.map(([g, ks]) => `\\cvitem{${esc(g)}}{${ks.map(esc).join(', ')}}`).join('\n')}

\\section{Certificates}
${p.certificates.map(([y, c, by]) => `\\cvitem{${y}}{${esc(c)} (${esc(by)})}`).join('\n')}

\\section{Languages}
${p.languages.map(([l, lv]) => `\\cvitem{${l}}{${lv}}`).join('\n')}

\\end{document}
`;
  const key = {
    basics: { name: fullName(p), label: p.label, email: p.email, phone: p.phone, profiles: [p.github, p.linkedin], location: `${p.city}, ${p.country}` },
    work: p.work.map((r) => wk(r, st)),
    education: p.education.map((e) => ({ ...ek(e, st, { loc: true, score: true }), ...(e.note ? { highlights: [e.note] } : {}) })),
    skills: flatSkills(p),
    sections: ['Career', 'Education', 'Skills', 'Certificates', 'Languages'],
    otherSections: [
      { heading: 'Certificates', items: p.certificates.map(([date, title, issuer]) => ({ date, title, issuer })) },
      { heading: 'Languages', items: p.languages.map(([l, lv]) => `${l} ${lv}`) },
    ],
  };
  return { tex, key, engine: 'pdflatex', template: 'moderncv v2.3 (TeX Live), style fancy, colour blue, sans',
    notes: 'moderncv fancy: name and italic title at the top of the body column, contact details (address, phone, e-mail, GitHub/LinkedIn handles with URLs behind them) stacked right-aligned in the LEFT column beside it (the e-mail overflows into the title area). Section titles right-aligned in the LEFT margin with a vertical rule. Entry line "Title, Employer, Location." with the bold date range RIGHT-aligned, in East-Asian order "YYYY.MM – present" (key in ISO). Three successive roles at Hanbit Mobility Co., Ltd. (the employer name contains a comma) as three entries.' };
}

