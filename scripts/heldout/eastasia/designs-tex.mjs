// Compact one-page LaTeX resume (pdflatex, Helvetica clone, FontAwesome 5 icons in the contact block). Records every
// printed field in the key (K) at the moment it prints it. Returns {K, tex}.
import { Key, nameOf, range, tex } from './lib.mjs';

// compactTex: name + label left and a right-aligned icon contact stack (tabular); coloured bold headings with a rule
// (titlesec); one-line entries "Company — Title  City | dates" with the company bold, title italic and the city / dates
// pushed right; tight ▹ bullets (enumitem nosep); education "Institution \hfill dates" + "Degree in Area · score";
// skills as a 2-column tabularx (bold label | comma list); languages and certifications lines; activities bullets.
export function compactTex(P, o) {
  const K = new Key();
  const H = o.h;
  const name = K.basic('name', nameOf(P, o.name));
  const t = tex;
  const L = [];
  L.push(String.raw`\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}
\usepackage[scaled=0.92]{helvet}\renewcommand{\familydefault}{\sfdefault}
\usepackage[margin=12mm,top=11mm,bottom=10mm]{geometry}
\usepackage{xcolor}\definecolor{acc}{HTML}{${o.color ?? 'B22222'}}
\usepackage{fontawesome5}\usepackage{tabularx}\usepackage[hidelinks]{hyperref}
\usepackage{enumitem}\setlist[itemize]{nosep,leftmargin=4mm,label={\color{acc}\scriptsize$\triangleright$}}
\usepackage{titlesec}\titleformat{\section}{\large\bfseries\color{acc}}{}{0pt}{}[\vspace{-3pt}{\color{acc}\titlerule}]
\titlespacing*{\section}{0pt}{6pt}{3pt}
\pagestyle{empty}\setlength{\parindent}{0pt}\input{glyphtounicode}\pdfgentounicode=1
\begin{document}`);
  const contact = [`\\faPhone*\\ ${t(K.basic('phone', P.phone))}`, `\\faEnvelope\\ \\href{mailto:${P.email}}{${t(K.basic('email', P.email))}}`, `\\faMapMarker*\\ ${t(K.basic('location', P.city))}`];
  if (P.linkedin) contact.push(`\\faLinkedin\\ \\href{https://${P.linkedin}}{${t(K.profile(P.linkedin))}}`);
  if (P.github) contact.push(`\\faGithub\\ \\href{https://${P.github}}{${t(K.profile(P.github))}}`);
  L.push(`\\begin{minipage}[t]{0.55\\textwidth}\\vspace{0pt}{\\fontsize{22}{24}\\selectfont\\bfseries ${t(name)}}\\\\[4pt]{\\large\\color{acc} ${t(K.basic('label', P.label))}}\\end{minipage}\\hfill`);
  L.push(`\\begin{minipage}[t]{0.42\\textwidth}\\vspace{0pt}\\raggedleft\\small ${contact.join('\\\\\n')}\\end{minipage}\n`);
  const sec = (h) => L.push(`\\section*{${t(K.section(h))}}`);
  sec(H.summary);
  L.push(`{\\small ${t(K.basic('summary', P.objective))}}\n`);
  sec(H.work);
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, position: j.title, location: j.city, startDate: d.startDate, endDate: d.endDate });
    L.push(`\\textbf{${t(j.company)}} --- \\textit{${t(j.title)}} \\hfill {\\small ${t(j.city)} \\textbar{} ${t(d.text)}}\\vspace{1pt}`);
    L.push(`\\begin{itemize}\\small\n${j.bullets.map((s) => `\\item ${t(K.hl(w, s))}`).join('\n')}\n\\end{itemize}\\vspace{3pt}\n`);
  }
  sec(H.edu);
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.eduDates ?? o.dates);
    K.edu({ institution: e.inst, studyType: e.degShort, area: e.area, startDate: d.startDate, endDate: d.endDate, score: e.score });
    L.push(`\\textbf{${t(e.inst)}} \\hfill {\\small ${t(d.text)}}\\\\`);
    L.push(`{\\small ${t(e.degShort)} in ${t(e.area)}${e.honours ? `, ${t(e.honours)}` : ''}${e.score ? ` \\textperiodcentered{} ${t(e.score)}` : ''}}\\vspace{3pt}\n`);
  }
  sec(H.skills);
  L.push('{\\small\\begin{tabularx}{\\textwidth}{@{}l X@{}}');
  for (const [lab, xs] of P.skills) L.push(`\\textbf{${t(lab)}} & ${K.skills(xs).map(t).join(', ')}\\\\`);
  L.push(`\\textbf{Languages} & ${P.languages.map(([l, f]) => `${t(K.lang(l, f))} (${t(f)})`).join(', ')}\\\\`);
  L.push(`\\textbf{Certifications} & ${K.other('Certifications', [...P.certs]).map(t).join('; ')}\\\\`);
  L.push('\\end{tabularx}}\n');
  sec(H.extra);
  L.push(`\\begin{itemize}\\small\n${K.other(H.extra, [...P.extra]).map((s) => `\\item ${t(s)}`).join('\n')}\n\\end{itemize}`);
  L.push('\\end{document}\n');
  return { K, tex: L.join('\n') };
}
