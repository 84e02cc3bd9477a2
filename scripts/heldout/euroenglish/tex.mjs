// LaTeX designs written by hand (no known template): gutter (pdfLaTeX, a moderncv-like date gutter with coloured
// bars, marvosym contact symbols, framed photo, signature) and banner (XeLaTeX + Lato, a full-width TikZ header
// band with Font Awesome icons, "Company | City" entries, CEFR language line).
import { escTex as t } from './lib.mjs';
import { degreeLine, order, eduKey, workKey } from './common.mjs';

export function gutter(p, k, o) {
  const H = o.heads;
  const [first, ...rest] = p.name.split(' ');
  k.b('name', p.name);
  const L = [];
  L.push(`\\documentclass[10.5pt,a4paper]{article}
\\usepackage[T1]{fontenc}\\usepackage{lmodern}\\renewcommand{\\familydefault}{\\sfdefault}
\\usepackage[top=1.6cm,bottom=1.6cm,left=1.7cm,right=1.7cm]{geometry}
\\usepackage{xcolor,graphicx,marvosym,enumitem}\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{${o.accent ?? '3873B3'}}\\pagestyle{empty}\\setlength{\\parindent}{0pt}
\\newlength{\\gut}\\setlength{\\gut}{0.2\\textwidth}\\newlength{\\bw}\\setlength{\\bw}{\\dimexpr\\textwidth-\\gut-0.025\\textwidth\\relax}
\\newcommand{\\cvline}[2]{\\begin{minipage}[t]{\\gut}\\raggedleft\\leavevmode\\strut{\\small\\color{darkgray}#1}\\end{minipage}\\hspace{0.025\\textwidth}\\begin{minipage}[t]{\\bw}\\leavevmode\\strut #2\\end{minipage}\\par\\addvspace{4pt}}
\\newcommand{\\cvsec}[1]{\\par\\addvspace{9pt}{\\color{accent}\\rule[0.2ex]{\\gut}{0.9ex}}\\hspace{0.025\\textwidth}{\\color{accent}\\Large #1}\\par\\addvspace{5pt}}
\\setlist[itemize]{leftmargin=1em,topsep=1pt,itemsep=0pt,parsep=0pt,label=\\textcolor{accent}{\\textbullet}}
\\begin{document}`);
  const prof = p.profiles.map(([n, u]) => `${n === 'GitHub' ? '\\textbf{GitHub}' : `\\textbf{${t(n)}}`}~\\href{https://${u}}{${t(k.profile(u))}}`);
  L.push(`\\begin{minipage}[b]{0.42\\textwidth}\\raggedright{\\fontsize{24}{28}\\selectfont\\color{accent}\\mbox{${t(first)}} \\textcolor{black}{\\mbox{${t(rest.join(' '))}}}}\\\\[4pt]{\\Large\\itshape\\color{gray}${t(k.b('label', p.label))}}\\end{minipage}\\hfill
\\begin{minipage}[b]{0.34\\textwidth}\\raggedleft\\footnotesize ${t(p.street)}\\\\${t(p.postcode)} ${t(p.city)}, ${t(p.country)}\\\\\\Mobilefone~${t(k.b('phone', p.phone))}\\\\\\Letter~\\href{mailto:${p.email}}{${t(k.b('email', p.email))}}\\\\${prof.join('\\\\')}\\end{minipage}\\hspace{3mm}
\\fcolorbox{accent}{white}{\\includegraphics[width=2.3cm,height=2.9cm]{photo.png}}\\par\\vspace{6pt}`);
  k.b('location', `${p.street} ${p.postcode} ${p.city}, ${p.country}`);
  L.push(`\\cvsec{${t(k.sec(H.personal))}}`);
  const pd = k.other(H.personal);
  for (const [l, v] of p.personal) { k.item(pd, { label: l, value: v }); L.push(`\\cvline{${t(l)}}{${t(v)}}`); }
  const work = () => {
    L.push(`\\cvsec{${t(k.sec(H.work))}}`);
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const d = k.range(it, w.start, w.end, o.dates);
      L.push(`\\cvline{${t(d)}}{\\textbf{${t(w.position)}}, \\textsl{${t(w.name)}}, ${t(w.city)}${w.kind ? ` \\hfill{\\small\\itshape ${t(w.kind)}}` : ''}\\vspace{1pt}\\begin{itemize}${w.highlights.map((x) => `\\item ${t(k.hl(it, x))}`).join('')}\\end{itemize}}`);
    }
  };
  const edu = () => {
    L.push(`\\cvsec{${t(k.sec(H.edu))}}`);
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const d = k.range(it, e.start, e.end, o.dates);
      L.push(`\\cvline{${t(d)}}{\\textbf{${t(degreeLine(e))}}, \\textsl{${t(e.institution)}}, ${t(e.city)}${e.score ? `, ${t(e.scoreLabel ?? 'Grade')}: ${t(e.score)}` : ''}` +
        `${e.thesis ? `\\\\{\\small Thesis: \\emph{${t(e.thesis)}}}` : ''}}`);
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  L.push(`\\cvsec{${t(k.sec(H.skills))}}`);
  for (const [g, l] of p.skillGroups) L.push(`\\cvline{${t(g)}}{${k.skills(l).map(t).join(', ')}}`);
  L.push(`\\cvline{Soft skills}{${p.soft.map((s) => t(k.skill(s))).join(', ')}}`);
  L.push(`\\cvsec{${t(k.sec(H.lang))}}`);
  const lg = k.other(H.lang);
  for (const [l, v] of p.languages) { k.item(lg, { label: l, value: v }); L.push(`\\cvline{${t(l)}}{\\textbf{${t(v)}}}`); }
  if (p.certs) {
    L.push(`\\cvsec{${t(k.sec(H.certs))}}`);
    const c = k.other(H.certs);
    for (const x of p.certs) L.push(`\\cvline{}{${t(k.item(c, x))}}`);
  }
  L.push(`\\cvsec{${t(k.sec(H.hobbies))}}`);
  const hb = k.other(H.hobbies);
  L.push(`\\cvline{}{${t(k.item(hb, p.hobbies.join(', ')))}}`);
  L.push(`\\vspace{14pt}\\cvline{}{${t(p.sign[0])}, ${t(p.sign[1])}\\\\[22pt]\\rule{5cm}{0.4pt}\\\\{\\small ${t(p.name)}}}`);
  L.push('\\end{document}');
  return L.join('\n');
}

export function banner(p, k, o) {
  const H = o.heads;
  const L = [];
  L.push(`\\documentclass[10pt,a4paper]{article}
\\usepackage{fontspec}\\setmainfont{Lato}
\\usepackage[top=4.3cm,bottom=1.6cm,left=1.8cm,right=1.8cm]{geometry}
\\usepackage{xcolor,graphicx,tikz,enumitem,fontawesome5,tabularx}\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{${o.accent ?? '1F4E5F'}}\\pagestyle{empty}\\setlength{\\parindent}{0pt}
\\newcommand{\\bsec}[1]{\\par\\addvspace{10pt}{\\large\\bfseries\\color{accent}#1}\\\\[-5pt]{\\color{accent}\\rule{1.6cm}{2pt}}\\par\\addvspace{4pt}}
\\setlist[itemize]{leftmargin=1.1em,topsep=1pt,itemsep=1pt,parsep=0pt,label=\\textcolor{accent}{\\scriptsize\\faCaretRight}}
\\begin{document}`);
  const sep = ' \\quad ';
  const contacts = [`\\faEnvelope~${t(k.b('email', p.email))}`, `\\faPhone~${t(k.b('phone', p.phone))}`, `\\faMapMarker*~${t(k.b('location', `${p.postcode} ${p.city}, ${p.country}`))}`];
  const links = p.profiles.map(([n, u]) => `${n === 'LinkedIn' ? '\\faLinkedin' : n === 'GitHub' ? '\\faGithub' : n === 'GitLab' ? '\\faGitlab' : n === 'Kaggle' ? '\\faKaggle' : '\\faGlobe'}~\\href{https://${u}}{${t(k.profile(u))}}`);
  L.push(`\\begin{tikzpicture}[remember picture,overlay]
\\fill[accent] (current page.north west) rectangle ([yshift=-3.5cm]current page.north east);
\\node[anchor=north west,text=white,align=left] at ([xshift=1.8cm,yshift=-0.7cm]current page.north west) {{\\fontsize{26}{30}\\selectfont\\bfseries ${t(k.b('name', p.name))}}\\\\[3pt]{\\large ${t(k.b('label', p.label))}}\\\\[8pt]{\\small ${contacts.join(sep)}}\\\\[3pt]{\\small ${links.join(sep)}}};
${o.photo ? '\\node[anchor=north east] at ([xshift=-1.8cm,yshift=-0.45cm]current page.north east) {\\includegraphics[width=2.1cm,height=2.6cm]{photo.png}};' : ''}
\\end{tikzpicture}`);
  const pd = k.other('Personal data');
  L.push(`{\\small\\textbf{Personal data:} ${p.personal.map(([l, v]) => { k.item(pd, { label: l, value: v }); return `${t(l)}: ${t(v)}`; }).join(' \\textperiodcentered{} ')}}\\par`);
  L.push(`\\bsec{${t(k.sec(H.profile))}}${t(k.b('summary', p.summary))}\\par`);
  const work = () => {
    L.push(`\\bsec{${t(k.sec(H.work))}}`);
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const d = k.range(it, w.start, w.end, o.dates);
      L.push(`\\textbf{${t(w.name)}} \\textcolor{gray}{| ${t(w.city)}}\\hfill{\\small ${t(d)}}\\\\\\textit{${t(w.position)}}${w.kind ? ` \\textcolor{gray}{(${t(w.kind)})}` : ''}\\begin{itemize}${w.highlights.map((x) => `\\item ${t(k.hl(it, x))}`).join('')}\\end{itemize}\\vspace{4pt}`);
    }
  };
  const edu = () => {
    L.push(`\\bsec{${t(k.sec(H.edu))}}`);
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const d = k.range(it, e.start, e.end, o.dates);
      L.push(`\\textbf{${t(e.institution)}} \\textcolor{gray}{| ${t(e.city)}}\\hfill{\\small ${t(d)}}\\\\${t(degreeLine(e))}${e.score ? ` \\textperiodcentered{} ${t(e.scoreLabel ?? 'Grade')}: \\textbf{${t(e.score)}}` : ''}` +
        `${e.thesis ? `\\\\{\\small\\textcolor{gray}{Thesis:} ${t(e.thesis)}}` : ''}\\par\\vspace{5pt}`);
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  L.push(`\\bsec{${t(k.sec(H.skills))}}\\begin{tabularx}{\\textwidth}{@{}>{\\bfseries}p{3.4cm}X@{}}`);
  L.push(p.skillGroups.map(([g, l]) => `${t(g)} & ${k.skills(l).map(t).join(', ')}`).join('\\\\\n'));
  L.push(`\\\\ Soft skills & ${p.soft.map((s) => t(k.skill(s))).join(', ')}\\\\\\end{tabularx}`);
  const lg = k.other(k.sec(H.lang));
  L.push(`\\bsec{${t(H.lang)}}${t(k.item(lg, p.languages.map(([l, v]) => `${l} (${v})`).join(' · ')))}\\par`);
  if (p.certs) {
    const c = k.other(k.sec(H.certs));
    L.push(`\\bsec{${t(H.certs)}}\\begin{itemize}${p.certs.map((x) => `\\item ${t(k.item(c, x))}`).join('')}\\end{itemize}`);
  }
  const hb = k.other(k.sec(H.hobbies));
  L.push(`\\bsec{${t(H.hobbies)}}${t(k.item(hb, p.hobbies.join(', ')))}\\par`);
  L.push('\\end{document}');
  return L.join('\n');
}
