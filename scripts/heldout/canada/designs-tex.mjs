// LaTeX designs: `waterloo` (pdflatex, dense one-page co-op resume) and `cegep` (XeLaTeX one-pager with icons and
// skill tags). Each prints from the persona and records the key through `k` at the same time.
import { texEsc as t } from './lib.mjs';

const items = (list, label) => `\\begin{itemize}[leftmargin=1.3em,label={${label}},itemsep=0pt,topsep=1pt,partopsep=0pt,parsep=0pt,after=\\vspace{3pt}]\n${list.map((h) => `  \\item ${t(h)}`).join('\n')}\n\\end{itemize}`;

// ---------------------------------------------------------------------------------------------------------------
// waterloo: Charter 10pt, Letter, 0.5in margins. Two-column header (name + label left, stacked contact right),
// ALL-CAPS bold headings over a full rule, "Company | right: term" / "italic position | right: italic location",
// ▷ bullets, skills as "Label: a, b" rows, education last with "Expected Apr 2026".
export function waterloo(P, k, o = {}) {
  const student = Boolean(P.jobs.find((j) => j.term)) && P.education[0].expected;
  const B = [];
  const name = k.basic('name', P.name);
  const label = k.basic('label', P.label);
  const right = [
    t(k.basic('location', P.location)),
    `\\href{tel:${P.phone.replace(/[^\d+]/g, '')}}{${t(k.basic('phone', P.phone))}}`,
    `\\href{mailto:${P.email}}{${t(k.basic('email', P.email))}}`,
  ];
  if (P.github) right.push(`\\href{https://${P.github}}{${t(k.profile(P.github))}}`);
  if (P.linkedin) right.push(`\\href{https://${P.linkedin}}{${t(k.profile(P.linkedin))}}`);
  B.push(`\\begin{tabular*}{\\textwidth}{@{}l@{\\extracolsep{\\fill}}r@{}}
{\\fontsize{22}{24}\\selectfont\\bfseries ${t(name)}} & ${right[0]} \\,\\textbar\\, ${right[1]}\\\\[2pt]
{\\large ${t(label)}} & ${right[2]}\\\\
 & ${right.slice(3).join(' \\,\\textbar\\, ')}\\\\
\\end{tabular*}${P.availability ?? P.bilingual ? `\\\\[1pt]{\\small\\textit{${t(P.availability ?? P.bilingual)}}}` : ''}`);

  const sec = (h) => B.push(`\\section*{${t(k.section(h))}}`);
  sec('SUMMARY OF QUALIFICATIONS');
  B.push(items(k.other('SUMMARY OF QUALIFICATIONS', P.quals.slice(0, o.quals ?? 4)), '$\\triangleright$'));

  sec(student ? 'TECHNICAL SKILLS' : 'SKILLS');
  B.push(P.skills.map(([lab, list]) => `\\textbf{${t(lab)}:} ${t(k.skills(list).join(', '))}`).join('\\\\\n') + '\n');

  sec(student ? 'WORK EXPERIENCE' : 'PROFESSIONAL EXPERIENCE');
  for (const j of P.jobs) {
    const w = k.job(j, { style: 'MMM YYYY', term: 'season', max: o.max ?? 3 });
    B.push(`\\entry{${t(w.name)}}{${t(w.dates)}}{${t(w.position)}}{${t(w.location)}}`);
    B.push(items(w.highlights, '$\\triangleright$'));
  }
  if (P.projects.length && o.projects !== false) {
    sec(student ? 'PROJECTS & DESIGN TEAMS' : 'PROJECTS');
    for (const p0 of P.projects) {
      const p = k.project(p0, { style: 'MMM YYYY', max: 2 });
      B.push(`\\textbf{${t(p.name)}} \\textbar\\ \\textit{${t(p.keywords.join(', '))}} \\hfill ${t(p.dates)}\\par`);
      B.push(items(p.highlights, '$\\triangleright$'));
    }
  }
  if (P.volunteer.length && o.volunteer !== false) {
    sec('VOLUNTEER EXPERIENCE');
    for (const j of P.volunteer) {
      const w = k.job(j, { style: 'MMM YYYY', max: 1, other: 'VOLUNTEER EXPERIENCE' });
      B.push(`\\entry{${t(w.name)}}{${t(w.dates)}}{${t(w.position)}}{${t(w.location)}}`);
      B.push(items(w.highlights, '$\\triangleright$'));
    }
  }
  sec('EDUCATION');
  for (const e0 of P.education) {
    if (e0.expected) {
      const e = k.edu(e0, { style: 'MMM YYYY', endOnly: true, noLocation: true });
      const deg = `Candidate for ${e.studyType}${e.area ? `, ${e.honours ? `${e.honours} ` : ''}${e.area}` : ''}${e.coop ? ', Co-op' : ''}${e.program ? ` (${e.program})` : ''}`;
      B.push(`\\textbf{${t(e.institution)}} \\hfill Expected ${t(e.dates)}\\\\\n${t(deg)}${e.score ? ` \\hfill ${t(e.scoreLabel)}: ${t(e.score)}` : ''}\\par\\vspace{3pt}`);
    } else {
      const e = k.edu(e0, { style: 'YYYY', noScore: true });
      B.push(`\\textbf{${t(e.institution)}}, ${t(e.location)} \\hfill ${t(e.dates)}\\\\\n\\textit{${t(e.studyType)}${e.area ? `, ${t(e.area)}` : ''}}\\par\\vspace{3pt}`);
    }
  }
  if (P.certs.length) {
    sec('CERTIFICATIONS');
    B.push(items(k.other('CERTIFICATIONS', P.certs.map(([c, y]) => `${c} (${y})`)), '$\\triangleright$'));
  }
  if (P.awards.length) {
    sec('AWARDS');
    B.push(items(k.other('AWARDS', P.awards), '$\\triangleright$'));
  }
  const tex = `\\documentclass[10pt,letterpaper]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{charter}
\\usepackage{textcomp}
\\usepackage[margin=0.5in,top=0.4in,bottom=0.4in]{geometry}
\\usepackage{enumitem,titlesec,xcolor}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\normalsize\\bfseries}{}{0pt}{}[\\vspace{-5pt}\\rule{\\textwidth}{0.7pt}]
\\titlespacing*{\\section}{0pt}{6pt}{3pt}
\\newcommand{\\entry}[4]{\\textbf{#1} \\hfill \\textbf{#2}\\\\\\textit{#3} \\hfill \\textit{#4}\\par}
\\begin{document}
${B.join('\n')}
\\end{document}
`;
  k.layout(1, 'Waterloo-style co-op resume typeset with pdflatex (Bitstream Charter 10pt, T1, US Letter, 0.5in margins), one dense page: two-column header table (large bold name and label on the left; location | phone, e-mail, GitHub | LinkedIn stacked right-aligned on the right), ALL-CAPS bold headings over a full-width rule, "Company … right: term or date range" in bold then "italic position … right: italic location", ▷ (math triangle) bullets, skills as "Label: a, b" rows, projects "Name | stack … dates", education last with "Candidate for …" and "Expected Apr 2026". Co-op work terms print the season only ("Winter 2025") → year-only keys; other roles "Jan 2021 – Present".');
  return { kind: 'tex', engine: 'pdflatex', data: tex };
}

// ---------------------------------------------------------------------------------------------------------------
// cegep: XeLaTeX, Lato, Letter. Centred coloured name, icon contact line (Font Awesome 5, private-use glyphs),
// headings with a short coloured bar, dates right in colour, skills as framed tags, languages line.
export function cegep(P, k, o = {}) {
  const student = P.education[0].expected;
  const B = [];
  const name = k.basic('name', P.name);
  const label = k.basic('label', P.label);
  const contacts = [
    `\\faMapMarker*\\ ${t(k.basic('location', P.locationLong))}`,
    `\\faPhone\\ ${t(k.basic('phone', P.phone))}`,
    `\\faEnvelope\\ \\href{mailto:${P.email}}{${t(k.basic('email', P.email))}}`,
  ];
  if (P.github) contacts.push(`\\faGithub\\ \\href{https://${P.github}}{${t(k.profile(P.github))}}`);
  if (P.linkedin) contacts.push(`\\faLinkedin\\ \\href{https://${P.linkedin}}{LinkedIn}`);
  B.push(`\\begin{center}{\\fontsize{24}{28}\\selectfont\\color{accent}\\bfseries ${t(name)}}\\\\[3pt]{\\large ${t(label)}}\\\\[5pt]
{\\small ${contacts.join('\\quad ')}}\\end{center}\\vspace{-4pt}`);
  const sec = (h) => B.push(`\\cvsec{${t(k.section(h))}}`);
  sec(student ? 'Objective' : 'Profile');
  B.push(t(k.basic('summary', P.summary)) + '\n');

  const eduBlock = () => {
    sec('Education');
    for (const e0 of P.education) {
      const e = k.edu(e0, { style: 'MMM YYYY', noScore: !e0.expected, endOnly: !e0.start });
      const deg = `${e.studyType}${e.area ? ` in ${e.area}` : ''}${e.program ? ` (${e.program})` : ''}`;
      B.push(`\\textbf{${t(deg)}}\\hfill{\\color{accent}\\itshape ${t(e.dates)}${e0.expected ? ' (expected)' : ''}}\\\\
${t(e.institution)}, ${t(e.location)}${e.score ? ` \\textbullet\\ ${t(e.scoreLabel)}: ${t(e.score)}` : ''}\\par\\vspace{3pt}`);
    }
  };
  const jobs = (heading, list, other) => {
    sec(heading);
    for (const j of list) {
      const w = k.job(j, { style: 'MMM YYYY', term: 'season', max: o.max ?? 3, present: 'present', other: other ? heading : undefined });
      B.push(`\\textbf{${t(w.position)}} \\textbullet\\ ${t(w.name)}, ${t(w.location)}\\hfill{\\color{accent}\\itshape ${t(w.dates)}}`);
      B.push(items(w.highlights, '–'));
    }
  };
  if (student) eduBlock();
  jobs(student ? 'Work Experience' : 'Experience', P.jobs, false);
  if (student && P.projects.length) {
    sec('Projects');
    for (const p0 of P.projects) {
      const p = k.project(p0, { noDates: true, max: 1 });
      B.push(`\\textbf{${t(p.name)}} — ${t(p.highlights[0])} {\\small\\color{gray}(${t(p.keywords.join(', '))})}\\par\\vspace{2pt}`);
    }
  }
  if (P.volunteer.length) jobs('Volunteer Experience', P.volunteer, true);
  if (!student) eduBlock();
  sec('Skills');
  B.push(`{\\raggedright ${P.skills.flatMap(([, list]) => k.skills(list)).map((s) => `\\cvtag{${t(s)}}`).join(' ')}\\par}\n`);
  if (P.certs.length) {
    sec('Tickets & Certifications');
    const list = k.other('Tickets & Certifications', P.certs.map(([c, y]) => `${c} (${y})`));
    B.push(`\\begin{multicols}{2}\n${items(list, '\\faCheck')}\n\\end{multicols}`);
  }
  if (P.languages.length > 1) {
    sec('Languages');
    B.push(k.other('Languages', P.languages.map(([l, lv]) => `${l} — ${lv}`)).map(t).join('\\quad\\textbullet\\quad ') + '\n');
  }
  if (P.awards.length) {
    sec('Awards & Activities');
    B.push(items(k.other('Awards & Activities', P.awards), '–'));
  }
  const tex = `\\documentclass[${o.size ?? 11}pt,letterpaper]{article}
\\usepackage{fontspec}
\\setmainfont{Lato}[BoldFont={Lato Bold},ItalicFont={Lato Italic},BoldItalicFont={Lato Bold Italic}]
\\usepackage[margin=0.6in,top=0.45in,bottom=0.45in]{geometry}
\\usepackage{enumitem,xcolor,fontawesome5,multicol}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{${o.accent ?? '1F6F78'}}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\setlength{\\columnsep}{12pt}
\\newcommand{\\cvsec}[1]{\\par\\vspace{7pt}{\\color{accent}\\rule[0.2ex]{14pt}{2.5pt}}\\hspace{5pt}{\\large\\bfseries\\color{accent}#1}\\par\\vspace{3pt}}
\\newcommand{\\cvtag}[1]{\\fcolorbox{accent}{accent!8}{\\small #1}}
\\begin{document}
${B.join('\n')}
\\end{document}
`;
  k.layout(1, 'XeLaTeX one-pager (Lato 10pt, US Letter): centred teal name and label, one centred contact line with Font Awesome 5 icons (private-use glyphs in the text layer) — long location with postal code, phone, e-mail, printed GitHub URL, and LinkedIn as a hyperlinked word only (no profile key); headings with a short coloured bar; entries "Position • Employer, City … right: italic teal dates" (seasons for work terms: "Summer 2024"; "Sep 2022 – present"); en-dash bullets; skills as framed tags; certifications in two columns with check-mark icons; languages on one line joined by bullets.');
  return { kind: 'tex', engine: 'xelatex', data: tex };
}
