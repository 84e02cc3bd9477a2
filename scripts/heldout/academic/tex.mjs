// LaTeX renderers for the three hand-written TeX designs: tex-margin (dates as reversed margin notes),
// tex-article (plain article CV, run-in entries, author-year references), tex-res (res.cls-like hanging headings).
const esc = (s) => String(s)
  .replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1')
  .replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
const runs = (rs) => rs.map((r) => {
  let t = esc(r.text);
  if (r.i) t = `\\textit{${t}}`;
  if (r.b) t = `\\textbf{${t}}`;
  if (r.href) t = `\\href{${r.href}}{${t}}`;
  return t;
}).join('');
const item = (it) => `${it.pre ? esc(it.pre) : ''}${it.href ? `\\href{${it.href}}{${esc(it.text)}}` : esc(it.text)}`;
const ICON = { mail: '\\faEnvelope', phone: '\\faPhone', pin: '\\faMapMarker*', web: '\\faGlobe', github: '\\faGithub', linkedin: '\\faLinkedin', scholar: '\\aiGoogleScholar', orcid: '\\aiOrcid' };

const PRE = {
  'tex-margin': `\\documentclass[10pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{erewhon}
\\usepackage[a4paper,left=4.9cm,right=1.9cm,top=1.8cm,bottom=1.9cm,marginparwidth=2.9cm,marginparsep=0.45cm]{geometry}
\\usepackage{titlesec}
\\usepackage{enumitem}
\\usepackage{xcolor}
\\usepackage[hidelinks]{hyperref}
\\reversemarginpar
\\pagestyle{plain}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\large\\scshape\\color[HTML]{22313F}}{}{0pt}{}[\\vspace{-5pt}\\titlerule]
\\titlespacing*{\\section}{0pt}{11pt}{5pt}
\\newcommand{\\mdate}[1]{\\marginpar{\\raggedleft\\small #1}}
\\setlist[itemize]{label=--, leftmargin=1.2em, itemsep=0pt, topsep=1pt, parsep=0pt}
\\raggedright
`,
  'tex-article': `\\documentclass[11pt]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{newtxtext}
\\usepackage[letterpaper,margin=1in]{geometry}
\\usepackage{enumitem}
\\usepackage[hidelinks]{hyperref}
\\setlength{\\parindent}{0pt}
\\setlength{\\parskip}{2pt}
\\setlist[itemize]{leftmargin=2.2em, itemsep=0pt, topsep=1pt, parsep=0pt}
\\raggedright
`,
  'tex-xe-banner': `\\documentclass[10pt]{article}
\\usepackage{fontspec}
\\setmainfont{Lato}
\\usepackage[a4paper,margin=1.6cm,top=1.3cm]{geometry}
\\usepackage{xcolor}
\\usepackage{enumitem}
\\usepackage{fontawesome5}
\\usepackage{academicons}
\\usepackage{tikz}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{0B6E69}
\\setlength{\\parindent}{0pt}
\\pagestyle{plain}
\\newcommand{\\csection}[1]{\\par\\vspace{9pt}{\\color{accent}\\rule[0pt]{6pt}{6pt}\\hspace{5pt}\\large\\bfseries #1}\\par\\nopagebreak\\vspace{3pt}}
\\newcommand{\\tag}[1]{\\tikz[baseline=(t.base)]\\node[draw=accent!60,fill=accent!8,rounded corners=3pt,inner sep=2.2pt](t){\\small #1};}
\\setlist[itemize]{label={\\color{accent}\\textbullet}, leftmargin=1.1em, itemsep=0pt, topsep=1pt, parsep=0pt}
\\raggedright
`,
  'tex-res': `\\documentclass[10pt]{article}
\\usepackage{libertinus}
\\usepackage[letterpaper,left=0.85in,right=0.85in,top=0.7in,bottom=0.8in]{geometry}
\\usepackage{enumitem}
\\usepackage[hidelinks]{hyperref}
\\setlength{\\parindent}{0pt}
\\pagestyle{empty}
\\newenvironment{rsec}[1]{\\begin{list}{}{\\setlength{\\leftmargin}{3.4cm}\\setlength{\\labelwidth}{3.2cm}\\setlength{\\labelsep}{0.2cm}\\setlength{\\itemsep}{0pt}\\setlength{\\topsep}{7pt}\\setlength{\\parsep}{0pt}}\\item[{\\makebox[3.2cm][l]{\\small\\bfseries #1}}]}{\\end{list}}
\\setlist[itemize]{label=\\textbullet, leftmargin=1.1em, itemsep=0pt, topsep=1pt, parsep=0pt}
\\setlist[enumerate]{label=\\arabic*., leftmargin=1.6em, itemsep=1pt, topsep=0pt, parsep=0pt}
\\raggedright
`,
};

export function toTex(plan, id) {
  const out = [];
  let open = false; // tex-res: inside an rsec list
  let firstInSec = false;
  const row = (r) => `${runs(r.l)}${r.r ? `\\hfill ${esc(r.r)}` : ''}\\par`;
  const bullets = (bs) => (bs.length ? `\\begin{itemize}\n${bs.map((b) => `\\item ${runs(b)}`).join('\n')}\n\\end{itemize}` : '');
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'header': {
        const nm = `${b.title ? `${esc(b.title)} ` : ''}${esc(b.name)}`;
        if (id === 'tex-margin') {
          out.push(`\\noindent\\hspace*{-\\dimexpr\\marginparwidth+\\marginparsep\\relax}\\begin{minipage}[b]{0.62\\dimexpr\\textwidth+\\marginparwidth+\\marginparsep\\relax}{\\fontsize{26}{30}\\selectfont ${nm}}${b.label ? `\\\\[3pt]{\\large ${esc(b.label)}}` : ''}\\end{minipage}\\hfill\\begin{minipage}[b]{0.36\\textwidth}\\raggedleft\\small\n${b.lines.map((l) => l.map(item).join(' · ')).join('\\\\\n')}\n\\end{minipage}\\par\\vspace{6pt}`);
        } else if (id === 'tex-xe-banner') {
          out.push(`\\noindent\\colorbox{accent}{\\parbox{\\dimexpr\\textwidth-2\\fboxsep\\relax}{\\vspace{6pt}\\hspace{4pt}{\\color{white}\\fontsize{24}{28}\\selectfont\\bfseries ${nm}}${b.label ? `\\\\[4pt]\\hspace*{4pt}{\\color{white}\\large ${esc(b.label)}}` : ''}\\vspace{6pt}}}\\par\\vspace{5pt}\n{\\small ${b.lines.map((l) => l.map((it) => `{\\color{accent}${ICON[it.icon] ?? ''}}\\,${item(it)}`).join('\\quad ')).join('\\\\\n')}}\\par`);
        } else if (id === 'tex-article') {
          out.push(`\\begin{center}\n{\\LARGE\\bfseries ${nm}}\\\\[6pt]\n${b.label ? `${esc(b.label)}\\\\\n` : ''}${b.lines.map((l) => l.map(item).join(' \\,·\\, ')).join('\\\\\n')}\n\\end{center}`);
        } else {
          out.push(`\\begin{center}\n{\\fontsize{22}{26}\\selectfont\\bfseries ${nm}}\\\\[5pt]\n${b.label ? `{\\large ${esc(b.label)}}\\\\[3pt]\n` : ''}{\\small ${b.lines.map((l) => l.map(item).join(' \\,\\textbullet\\, ')).join('\\\\\n')}}\n\\end{center}\\vspace{-4pt}\\hrule\\vspace{2pt}`);
        }
        break;
      }
      case 'h':
        if (id === 'tex-res') {
          if (open) out.push('\\end{rsec}');
          out.push(`\\begin{rsec}{${esc(b.text)}}`);
          open = true; firstInSec = true;
        } else if (id === 'tex-xe-banner') out.push(`\\csection{${esc(b.text)}}`);
        else out.push(`\\section*{${esc(b.text)}}`);
        break;
      case 'sub':
        out.push(id === 'tex-margin' ? `\\vspace{3pt}{\\itshape ${esc(b.text)}}\\par\\vspace{1pt}` : `\\textit{${esc(b.text)}}\\par`);
        break;
      case 'p':
        out.push(`${runs(b.runs)}\\par`);
        break;
      case 'entry': {
        const sp = id === 'tex-res' && firstInSec ? '' : '\\vspace{4pt}';
        firstInSec = false;
        const rows = b.rows.map((r, i) => (i === 0 && b.date && id === 'tex-margin' ? `\\leavevmode\\mdate{${esc(b.date)}}${row(r)}` : row(r)));
        const notes = b.notes.map((n) => (id === 'tex-article' ? `\\hspace*{1.5em}${runs(n)}\\par` : `{\\small ${runs(n)}}\\par`));
        out.push(`${sp}${rows.join('\n')}\n${notes.join('\n')}${bullets(b.bullets)}`);
        break;
      }
      case 'pubs':
        firstInSec = false;
        if (id === 'tex-article') {
          out.push(b.items.map((it) => `\\hangindent=2em\\hangafter=1 ${runs(it.runs)}\\par\\smallskip`).join('\n'));
        } else if (b.numbered) {
          out.push(`\\begin{enumerate}\n${b.items.map((it) => `\\item ${runs(it.runs)}`).join('\n')}\n\\end{enumerate}`);
        } else {
          out.push(`\\begin{list}{}{\\setlength{\\leftmargin}{2.1em}\\setlength{\\labelwidth}{1.8em}\\setlength{\\labelsep}{0.3em}\\setlength{\\itemsep}{2pt}\\setlength{\\topsep}{1pt}\\setlength{\\parsep}{0pt}}\n${b.items.map((it) => `\\item[${it.label ? `{${esc(it.label)}}` : ''}] ${runs(it.runs)}`).join('\n')}\n\\end{list}`);
        }
        break;
      case 'lines':
        firstInSec = false;
        if (b.bullet) out.push(bullets(b.items.map((x) => x.l)));
        else out.push(b.items.map((x) => `${runs(x.l)}${x.r ? `\\hfill ${esc(x.r)}` : ''}\\par`).join('\n'));
        break;
      case 'skills':
        firstInSec = false;
        if (b.mode === 'tags') out.push(b.rows.map((r) => `\\textbf{${esc(r.label)}}\\quad ${r.items.map((x) => `\\tag{${esc(x)}}`).join(' ')}\\par\\vspace{2pt}`).join('\n'));
        else if (b.mode === 'comma') out.push(`${esc(b.rows.flatMap((r) => r.items).join(', '))}\\par`);
        else out.push(b.rows.map((r) => `\\textbf{${esc(r.label)}:} ${esc(r.items.join(', '))}\\par`).join('\n'));
        break;
      default: throw new Error(b.t);
    }
  }
  if (open) out.push('\\end{rsec}');
  return `${PRE[id]}\\begin{document}\n${out.join('\n\n')}\n\\end{document}\n`;
}
