// Two hand-written LaTeX layouts (not based on a published template).
//   boxed (pdfLaTeX, Source Sans Pro): name block left + right-aligned contact column with fontawesome5 icons,
//          section headings in grey full-width boxes, employer header with italic company description and dated
//          titles under it (promotion ladder), ▶ bullets with – sub-bullets, skills table with category column,
//          numbered publications, footer "Name | Page N of M" (lastpage)
//   serif  (XeLaTeX, PT Serif + PT Sans): centred header with " · " contact line, sans headings followed by a rule
//          on the same line, title-first entries ("Title … dates" / "Company, City — description"), one entry per
//          title (company repeated for promotions), skills in a two-column multicols block, justified text
//          with hyphenation

const tx = (s, pdf) => {
  let t = String(s)
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
  if (pdf) t = t.replace(/€/g, '\\texteuro{}').replace(/→/g, '$\\rightarrow$').replace(/·/g, '\\textperiodcentered{}');
  return t;
};

function boxed(pl, D) {
  const t = (s) => tx(s, true);
  const FA = { email: '\\faEnvelope', phone: '\\faPhone', location: '\\faMapMarker*', url: '\\faGlobe', GitHub: '\\faGithub', LinkedIn: '\\faLinkedin' };
  const out = [];
  const contacts = pl.contacts.map((c) => {
    const ic = FA[c.kind === 'profile' ? c.net : c.kind];
    const txt = c.href ? `\\href{${c.href.replace(/([%#])/g, '\\$1')}}{${t(c.text)}}` : t(c.text);
    return `${txt}~~{\\color{acc}${ic}}`;
  });
  out.push(`\\noindent\\begin{minipage}[t]{0.56\\linewidth}\\vspace{0pt}{\\fontsize{25}{29}\\selectfont\\bfseries ${t(pl.name)}}\\\\[5pt]{\\large\\color{acc}${t(pl.label)}}\\end{minipage}\\hfill`);
  out.push(`\\begin{minipage}[t]{0.42\\linewidth}\\vspace{0pt}\\raggedleft\\small ${contacts.join('\\\\[1pt]\n')}\\end{minipage}\\par\\vspace{6pt}`);
  const items = (xs, label = '{\\color{acc}\\scriptsize$\\blacktriangleright$}') => `\\begin{itemize}[leftmargin=13pt,label=${label},itemsep=1pt,topsep=2pt,parsep=0pt]\n${xs.map((b) => `\\item ${t(b.text ?? b)}${b.sub?.length ? `\n\\begin{itemize}[leftmargin=12pt,label=\\textendash,itemsep=0pt,topsep=1pt]\n${b.sub.map((x) => `\\item ${t(x)}`).join('\n')}\n\\end{itemize}` : ''}`).join('\n')}\n\\end{itemize}`;
  for (const s of pl.sections) {
    if (s.heading) out.push(`\\sect{${t(s.heading)}}`);
    switch (s.id) {
      case 'summary': out.push(`\\noindent ${t(s.text)}\\par`); break;
      case 'achievements': out.push(items(s.items, '{\\color{acc}\\textbullet}')); break;
      case 'experience':
        for (const e of s.entries) {
          if (e.type === 'gap') { out.push(`\\entryskip\\noindent{\\large\\bfseries ${t(e.title)}}\\hfill{\\small ${t(e.dates)}}\\par\\noindent{\\itshape ${t(e.text)}}\\par`); continue; }
          out.push(`\\entryskip\\noindent{\\large\\bfseries ${t(e.name)}}\\hfill{\\small\\color{black!70}${t(e.location)}}\\par\\nopagebreak`);
          if (e.desc) out.push(`\\noindent{\\small\\itshape\\color{black!70}${t(e.desc)}}\\par\\nopagebreak`);
          for (const r of e.roles) out.push(`\\vspace{2pt}\\noindent{\\bfseries\\color{acc}${t(r.title)}}\\hfill{\\small ${t(r.dates)}}\\par\\nopagebreak\n${items(r.bullets)}`);
        }
        break;
      case 'earlier': out.push(s.items.map((e) => `\\noindent\\textbf{${t(e.title)}}, ${t(e.company)}\\hfill{\\small ${t(e.dates)}}\\par`).join('\n')); break;
      case 'skills': out.push(`\\noindent\\begin{tabularx}{\\linewidth}{@{}>{\\bfseries}p{38mm}X@{}}\n${s.groups.map((g) => `${t(g.label)} & ${t(g.items.join(', '))} \\\\`).join('\n')}\n\\end{tabularx}\\par`); break;
      case 'education': out.push(s.items.map((e) => `\\noindent\\textbf{${t(e.institution)}}\\hfill{\\small ${t(e.dates)}}\\par\\noindent ${t(e.degree)}${e.score ? ` --- \\textit{${t(e.score)}}` : ''}\\par\\vspace{2pt}`).join('\n')); break;
      case 'projects': out.push(s.items.map((p) => `\\noindent\\textbf{${t(p.name)}} --- ${t(p.description)}${p.url ? ` \\href{https://${p.url}}{\\color{acc}${t(p.url)}}` : ''}\\par\\vspace{1pt}`).join('\n')); break;
      case 'pubs': out.push(`\\begin{enumerate}[label={[\\arabic*]},leftmargin=18pt,itemsep=1pt,topsep=2pt]\n${s.items.map((x) => `\\item ${t(x)}`).join('\n')}\n\\end{enumerate}`); break;
      case 'languages': out.push(`\\noindent ${s.items.map(t).join(' \\quad\\textbar\\quad ')}\\par`); break;
      default: out.push(items(s.items, '\\textbullet'));
    }
  }
  return `\\documentclass[10pt,a4paper]{article}
\\usepackage[T1]{fontenc}
\\usepackage[default]{sourcesanspro}
\\usepackage[left=16mm,right=16mm,top=14mm,bottom=20mm]{geometry}
\\usepackage{xcolor,enumitem,tabularx,amssymb,fontawesome5,fancyhdr,lastpage,needspace}
\\usepackage[hidelinks]{hyperref}
\\definecolor{acc}{HTML}{${D.accent ?? '1D4E6E'}}
\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}
\\cfoot{\\footnotesize\\color{black!55}${t(pl.name)}\\quad\\textbar\\quad Page \\thepage\\ of \\pageref{LastPage}}
\\setlength{\\parindent}{0pt}\\raggedright
\\newcommand{\\sect}[1]{\\par\\needspace{4\\baselineskip}\\vspace{8pt}\\noindent\\colorbox{black!9}{\\parbox{\\dimexpr\\linewidth-2\\fboxsep}{\\rule{0pt}{9pt}\\bfseries\\color{acc}#1}}\\par\\nopagebreak\\vspace{3pt}}
\\newcommand{\\entryskip}{\\vspace{5pt}}
\\begin{document}
${out.join('\n')}
\\end{document}
`;
}

function serif(pl, D) {
  const t = (s) => tx(s, false);
  const out = [];
  out.push(`\\begin{center}{\\sffamily\\bfseries\\fontsize{24}{28}\\selectfont ${t(pl.name)}}\\\\[3pt]{\\large\\itshape ${t(pl.label)}}\\\\[4pt]`);
  out.push(`{\\small ${pl.contacts.map((c) => (c.href ? `\\href{${c.href.replace(/([%#])/g, '\\$1')}}{${t(c.text)}}` : t(c.text))).join(' \\enspace·\\enspace ')}}\\end{center}\\vspace{-4pt}`);
  const items = (xs) => `\\begin{itemize}[leftmargin=12pt,label={\\color{acc}\\textbullet},itemsep=0.5pt,topsep=2pt,parsep=0pt]\n${xs.map((b) => `\\item ${t(b.text ?? b)}${b.sub?.length ? `\n\\begin{itemize}[leftmargin=12pt,label={\\color{acc}$\\circ$},itemsep=0pt,topsep=0.5pt]\n${b.sub.map((x) => `\\item ${t(x)}`).join('\n')}\n\\end{itemize}` : ''}`).join('\n')}\n\\end{itemize}`;
  for (const s of pl.sections) {
    if (s.heading) out.push(`\\sect{${t(s.heading)}}`);
    switch (s.id) {
      case 'summary': out.push(`\\noindent ${t(s.text)}\\par`); break;
      case 'achievements': out.push(items(s.items)); break;
      case 'experience':
        for (const e of s.entries) {
          if (e.type === 'gap') { out.push(`\\vspace{4pt}\\noindent\\textbf{${t(e.title)}}\\hfill{\\sffamily\\small ${t(e.dates)}}\\par\\noindent\\textit{${t(e.text)}}\\par`); continue; }
          for (const r of e.roles) {
            out.push(`\\vspace{5pt}\\noindent\\textbf{${t(r.title)}}\\hfill{\\sffamily\\small ${t(r.dates)}}\\par\\nopagebreak`);
            out.push(`\\noindent ${t(e.name)}, ${t(e.location)}${e.desc ? ` --- \\textit{${t(e.desc)}}` : ''}\\par\\nopagebreak\n${items(r.bullets)}`);
          }
        }
        break;
      case 'earlier': out.push(s.items.map((e) => `\\noindent ${t(e.company)} --- ${t(e.title)} (${t(e.dates)})\\par`).join('\n')); break;
      case 'skills': out.push(`\\begin{multicols}{2}\\raggedright\n${s.groups.map((g) => `\\noindent{\\sffamily\\bfseries ${t(g.label)}}\\\\\n${t(g.items.join(', '))}\\par\\vspace{3pt}`).join('\n')}\n\\end{multicols}`); break;
      case 'education': out.push(s.items.map((e) => `\\noindent\\textbf{${t(e.institution)}}\\hfill{\\sffamily\\small ${t(e.dates)}}\\par\\noindent\\textit{${t(e.degree)}}${e.score ? `, ${t(e.score)}` : ''}\\par\\vspace{2pt}`).join('\n')); break;
      case 'projects': out.push(s.items.map((p) => `\\noindent\\textbf{${t(p.name)}}: ${t(p.description)}${p.url ? `\\newline{\\small\\href{https://${p.url}}{${t(p.url)}}}` : ''}\\par\\vspace{1pt}`).join('\n')); break;
      case 'pubs': out.push(`\\begin{enumerate}[leftmargin=16pt,itemsep=1pt,topsep=2pt]\n${s.items.map((x) => `\\item ${t(x)}`).join('\n')}\n\\end{enumerate}`); break;
      case 'languages': out.push(`\\noindent ${s.items.map(t).join(' \\enspace·\\enspace ')}\\par`); break;
      default: out.push(items(s.items));
    }
  }
  return `\\documentclass[10pt,a4paper]{article}
\\usepackage{fontspec}
\\setmainfont{PT Serif}\\setsansfont{PT Sans}
\\usepackage[left=19mm,right=19mm,top=15mm,bottom=17mm]{geometry}
\\usepackage{xcolor,enumitem,multicol,needspace}
\\usepackage[hidelinks]{hyperref}
\\definecolor{acc}{HTML}{${D.accent ?? '1B5E5A'}}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}\\setlength{\\columnsep}{10mm}
\\newcommand{\\sect}[1]{\\par\\needspace{5\\baselineskip}\\vspace{9pt}\\noindent{\\sffamily\\bfseries\\large\\color{acc}#1}\\hspace{6pt}{\\color{acc!45}\\leaders\\hrule height 3.6pt depth -3pt\\hfill}\\par\\nopagebreak\\vspace{3pt}}
\\begin{document}
${out.join('\n')}
\\end{document}
`;
}

export const TEX = { boxed: { engine: 'pdflatex', render: boxed }, serif: { engine: 'xelatex', render: serif } };
