// texbar: two-column XeLaTeX CV. Main column left, tinted sidebar right (paracol), Font Awesome 5 contact icons,
// TikZ skill bars with a printed percentage. Lays out the plan's strings only.

const tx = (s) => String(s)
  .replace(/\\/g, '\\textbackslash{}')
  .replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}')
  .replace(/\^/g, '\\textasciicircum{}');

const ICON = { email: '\\faEnvelope', phone: '\\faPhone', location: '\\faMapMarker*', site: '\\faGlobe', linkedin: '\\faLinkedin', github: '\\faGithub', kaggle: '\\faKaggle' };

export function toTex(m) {
  const main = m.sections.filter((s) => s.col === 'main');
  const side = m.sections.filter((s) => s.col === 'side');
  const out = [];
  const mainHead = (h) => `\\mainhead{${tx(h)}}`;
  const sideHead = (h) => `\\sidehead{${tx(h)}}`;
  const items = (arr, opt = '') => `\\begin{itemize}[${opt}]\n${arr.map((b) => `  \\item ${b}`).join('\n')}\n\\end{itemize}`;
  for (const s of main) {
    out.push(mainHead(s.heading));
    if (s.type === 'summary') out.push(tx(s.text));
    else if (s.type === 'work') {
      for (const e of s.entries) {
        out.push(`\\entry{${tx(e.title)}}{${tx(e.dates)}}{${tx(e.org)}}{${tx(e.loc ?? '')}}`);
        if (e.bullets.length) out.push(items(e.bullets.map(tx)));
      }
    } else if (s.type === 'projects') {
      for (const p of s.entries) {
        out.push(`\\project{${tx(p.name)}}{${tx(p.href)}}{${tx(p.url)}}{${tx(p.desc)}}{${p.stack.map(tx).join(' \\textperiodcentered{} ')}}`);
      }
    } else if (s.type === 'education') {
      for (const e of s.entries) {
        out.push(`\\entry{${tx(e.degree)}, ${tx(e.area)}}{${tx(e.dates)}}{${tx(e.inst)}}{${tx(e.loc ?? '')}}`);
        const extra = [e.score, e.thesis, e.advisor].filter(Boolean).map(tx);
        if (extra.length) out.push(`{\\small ${extra.join('\\\\\n')}\\par}\\smallskip`);
      }
    } else if (s.type === 'list') {
      const its = s.items.map((t, i) => (s.bold?.[i] ? tx(t).replace(tx(s.bold[i]), `\\textbf{${tx(s.bold[i])}}`) : tx(t)));
      out.push(s.numbered ? `\\begin{enumerate}[label={[\\arabic*]}, leftmargin=2.2em]\n${its.map((t) => `  \\item ${t}`).join('\n')}\n\\end{enumerate}` : items(its));
    }
  }
  const sout = [];
  for (const s of side) {
    sout.push(sideHead(s.heading));
    if (s.type === 'contact') {
      sout.push(m.contacts.map((c) => `\\contact{${ICON[c.kind] ?? '\\faLink'}}{${c.href ? `\\href{${tx(c.href)}}{${tx(c.text)}}` : tx(c.text)}}`).join('\n'));
    } else if (s.type === 'skills') {
      for (const g of s.groups) {
        sout.push(`\\skillgroup{${tx(g.label)}}`);
        for (const it of g.items) sout.push(`\\skillbar{${tx(it.name)}}{${it.pct}}`);
      }
    } else if (s.type === 'list') {
      sout.push(items(s.items.map(tx), 'leftmargin=1em, label={\\color{accent}\\tiny\\faCircle}'));
    }
  }
  return String.raw`\documentclass[10pt]{article}
\usepackage[a4paper,top=14mm,bottom=14mm,left=13mm,right=11mm]{geometry}
\usepackage{fontspec}
\setmainfont{FiraSans}[Extension=.otf, UprightFont=*-Light, BoldFont=*-SemiBold, ItalicFont=*-LightItalic, BoldItalicFont=*-SemiBoldItalic]
\newfontfamily\namefont{FiraSans}[Extension=.otf, UprightFont=*-Bold]
\usepackage{fontawesome5}
\usepackage{xcolor}
\usepackage{tikz}
\usepackage{paracol}
\usepackage{enumitem}
\usepackage[hidelinks]{hyperref}
\definecolor{accent}{HTML}{1B6E8F}
\definecolor{sidebg}{HTML}{EEF4F7}
\setlength{\parindent}{0pt}
\pagestyle{empty}
\setlist[itemize]{leftmargin=1.1em, itemsep=0.5pt, topsep=1pt, parsep=0pt, label={\color{accent}\textbullet}}
\setlist[enumerate]{itemsep=1pt, topsep=1pt, parsep=0pt}
\newcommand{\mainhead}[1]{\par\vspace{7pt}{\color{accent}\large\bfseries #1}\par\vspace{-3pt}{\color{accent}\rule{\linewidth}{0.8pt}}\par\vspace{2pt}}
\newcommand{\sidehead}[1]{\par\vspace{7pt}{\color{accent}\bfseries\MakeUppercase{#1}}\par\vspace{3pt}}
\newcommand{\entry}[4]{\par\vspace{3pt}{\bfseries #1}\hfill{\small #2}\par{\color{accent}#3}\ifx&#4&\else\ {\small\color{gray}\textperiodcentered\ #4}\fi\par}
\newcommand{\project}[5]{\par\vspace{3pt}{\bfseries #1}\hfill{\small\faGithub\ \href{#2}{#3}}\par #4\par{\small\color{gray}#5}\par}
\newcommand{\contact}[2]{\makebox[1.3em][l]{\color{accent}#1}{\small #2}\par\vspace{1.5pt}}
\newcommand{\skillgroup}[1]{\par\vspace{4pt}{\small\bfseries #1}\par\vspace{1pt}}
\newcommand{\skillbar}[2]{{\small #1\hfill #2\%}\par\vspace{-1pt}\tikz{\fill[accent!15] (0,0) rectangle (\linewidth,2.6pt);\fill[accent] (0,0) rectangle ({#2/100*\linewidth},2.6pt);}\par\vspace{1pt}}
\columnratio{0.655}
\setlength{\columnsep}{9mm}
\backgroundcolor{c[1](4mm,20mm)(20mm,20mm)}{sidebg}
\begin{document}
{\namefont\fontsize{26}{28}\selectfont ${tx(m.name)}}\par\vspace{2pt}
${m.label ? `{\\large\\color{accent} ${tx(m.label)}}\\par` : ''}
\vspace{6pt}
\begin{paracol}{2}
${out.join('\n')}
\switchcolumn
\raggedright
${sout.join('\n')}
\end{paracol}
\end{document}
`;
}
