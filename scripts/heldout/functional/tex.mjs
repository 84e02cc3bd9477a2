// LaTeX design (pdflatex, Bitstream Charter via XCharter, US Letter), written from scratch for this batch:
// functional layout with a LEFT gutter. Skill-group sub-headings sit in a 3.4 cm gutter column in bold italic
// with their bullets to the right; the one-line work history puts the dates in the gutter; spaced small-caps
// section headings over a rule; contact line with \textbullet separators and \href links.

const TEXMAP = { '\\': '\\textbackslash{}', '&': '\\&', '%': '\\%', $: '\\$', '#': '\\#', _: '\\_', '{': '\\{', '}': '\\}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };
export const tx = (s) => String(s).replace(/[\\&%$#_{}~^]/g, (c) => TEXMAP[c]).replace(/’/g, "'").replace(/–/g, '--');

export function texResume(pl, D) {
  const A = D.accent ?? '1F4E79';
  const L = [];
  L.push(`\\documentclass[10pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{XCharter}
\\usepackage[letterpaper,margin=0.65in]{geometry}
\\usepackage{xcolor,array,tabularx,enumitem}
\\usepackage[hidelinks]{hyperref}
\\usepackage{titlesec}
\\definecolor{acc}{HTML}{${A}}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\large\\scshape\\color{acc}}{}{0pt}{}[\\vspace{-0.8ex}{\\color{acc}\\rule{\\linewidth}{0.6pt}}]
\\titlespacing*{\\section}{0pt}{1.6ex}{1ex}
\\setlist[itemize]{leftmargin=1.1em,itemsep=1pt,topsep=1pt,parsep=0pt,label={\\color{acc}\\small$\\triangleright$}}
\\newcolumntype{G}{>{\\raggedright\\arraybackslash}p{3.7cm}}
\\begin{document}
\\begin{center}
{\\Huge\\bfseries ${tx(pl.name)}}\\\\[3pt]
${pl.label ? `{\\large\\itshape ${tx(pl.label)}}\\\\[4pt]` : ''}
{\\small ${pl.contacts.map((c) => (c.href ? `\\href{${c.href.replace(/([#%])/g, '\\$1')}}{${tx(c.text)}}` : tx(c.text))).join(' \\,\\textbullet\\, ')}}
\\end{center}`);
  const gutter = (label, body) => `\\noindent\\begin{tabularx}{\\linewidth}{@{}G@{\\hspace{0.35cm}}>{\\raggedright\\arraybackslash}X@{}}${label} & ${body}\\end{tabularx}\\par\\vspace{2pt}`;
  const items = (arr, alone) => `${alone ? '\\vspace{-\\baselineskip}' : ''}\\begin{itemize}${arr.map((b) => `\\item ${tx(b)}`).join('\n')}\\end{itemize}`;
  for (const s of pl.sections) {
    L.push(`\\section*{${tx(s.heading)}}`);
    if (s.kind === 'summary') L.push(`${tx(s.text)}\\par`);
    else if (s.kind === 'quals') L.push(`\\begin{itemize}${s.items.map((b) => `\\item ${tx(b)}`).join('\n')}\\end{itemize}`);
    else if (s.kind === 'groups') for (const g of s.groups) L.push(gutter(`\\textbf{\\textit{${tx(g.title)}}}`, items(g.bullets, true)));
    else if (s.kind === 'skills') L.push(s.rows.map((r) => gutter(`\\textbf{${tx(r.label)}}`, tx(r.items.join(', ')))).join('\n'));
    else if (s.kind === 'work') {
      s.roles.forEach((r, i) => {
        if (s.brk && s.brk.before === i) L.push(gutter(tx(s.brk.dates), `\\textbf{${tx(s.brk.title)}}: ${tx(s.brk.text)}`));
        L.push(gutter(tx(r.dates), `\\textbf{${tx(r.position)}}, ${tx(r.name)}${r.location ? `, ${tx(r.location)}` : ''}${r.highlights.length ? items(r.highlights) : ''}`));
      });
    } else if (s.kind === 'projects') {
      for (const p of s.items) L.push(gutter(tx(p.dates ?? ''), `\\textbf{${tx(p.name)}} \\textit{(${tx(p.stack.join(', '))})}${p.repo ? ` -- \\href{https://${p.repo}}{\\texttt{\\small ${tx(p.repo)}}}` : ''}${items(p.highlights)}`));
    } else if (s.kind === 'volunteer') {
      for (const v of s.items) L.push(gutter(tx(v.dates), `\\textbf{${tx(v.position)}}, ${tx(v.name)}${items(v.highlights)}`));
    } else if (s.kind === 'break') L.push(gutter(tx(s.dates), tx(s.text)));
    else if (s.kind === 'education') {
      for (const e of s.items) L.push(gutter(tx(e.dates), `\\textbf{${tx(e.degree)}}, ${tx(e.institution)}${e.location ? `, ${tx(e.location)}` : ''}${e.score ? ` -- GPA ${tx(e.score)}` : ''}`));
      for (const c of s.certs) L.push(gutter(tx(c.year), `\\textbf{${tx(c.name)}}, ${tx(c.issuer)}`));
    } else if (s.kind === 'certs') L.push(s.items.map((c) => gutter(tx(c.year), `${tx(c.name)}, ${tx(c.issuer)}`)).join('\n'));
  }
  L.push('\\end{document}');
  return L.join('\n');
}
