// LaTeX renderer: article class written by hand (titlesec headings, enumitem lists, tabular* entry rows,
// fancyhdr running header "Name … Page N of M" on pages 2+ and a footer on every page).
const esc = (s) => String(s).replace(/([&%$#_])/g, '\\$1');
const texRuns = (rs) => rs.map((r) => {
  let t = esc(r.text);
  if (r.i) t = `\\textit{${t}}`;
  if (r.b) t = `\\textbf{${t}}`;
  return t;
}).join('');

const HEADINGS = {
  'rule-sc': '\\titleformat{\\section}{\\large\\scshape}{}{0pt}{}[\\vspace{-3pt}\\titlerule]\n\\titlespacing*{\\section}{0pt}{9pt}{5pt}',
  'color-caps': '\\titleformat{\\section}{\\color{accent}\\normalsize\\bfseries\\sffamily}{}{0pt}{}[{\\color{accent}\\vspace{-3pt}\\titlerule[0.8pt]}]\n\\titlespacing*{\\section}{0pt}{10pt}{5pt}',
  centered: '\\titleformat{\\section}[block]{\\filcenter\\large\\scshape}{}{0pt}{}[\\vspace{-2pt}{\\titlerule[0.4pt]}]\n\\titlespacing*{\\section}{0pt}{10pt}{6pt}',
  academic: '\\titleformat{\\section}{\\large\\bfseries}{}{0pt}{}\n\\titlespacing*{\\section}{0pt}{11pt}{4pt}',
};

export function toTex(plan, D) {
  const T = D.tex;
  const gutter = D.entry === 'gutter';
  const GW = '2.9cm';
  const out = [];
  const ulOpts = (lvl) => (lvl === 0
    ? `[label=${T.bullet ?? '\\textbullet'}, leftmargin=${gutter ? `\\dimexpr${GW}+1.1em\\relax` : (T.indent ?? '1.3em')}, itemsep=${T.itemsep ?? '1pt'}, parsep=0pt, topsep=${gutter ? '0pt' : '2pt'}]`
    : `[label=${T.subBullet ?? '$\\circ$'}, leftmargin=1.2em, itemsep=0pt, topsep=1pt]`);
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'name': out.push(T.centerHead ? `\\begin{center}{\\fontsize{24}{28}\\selectfont ${T.nameStyle ?? '\\bfseries'} ${esc(b.text)}}\\\\[4pt]` : `{\\fontsize{24}{28}\\selectfont ${T.nameStyle ?? '\\bfseries'} ${esc(b.text)}\\par}\\vspace{3pt}`); break;
      case 'label': out.push(T.centerHead ? `{\\large ${esc(b.text)}}\\\\[3pt]` : `{\\large ${T.accentLabel ? '\\color{accent}' : ''}${esc(b.text)}\\par}\\vspace{3pt}`); break;
      case 'contact': out.push(T.centerHead ? `{\\small ${b.parts.map(esc).join(T.contactSep ?? ' \\textbar{} ')}}\\end{center}` : `{\\small\\raggedright ${b.parts.map(esc).join(T.contactSep ?? ' \\textbar{} ')}\\par}`); break;
      case 'h': out.push(`\\section*{${esc(b.text)}}`); break;
      case 'p': out.push(`${T.justify === false ? '\\raggedright ' : ''}${texRuns(b.runs)}\\par`); break;
      case 'row': {
        const l = texRuns(b.left), r = texRuns(b.right);
        const size = b.kind === 'employer' ? '' : '';
        out.push(`\\noindent\\begin{tabular*}{\\linewidth}{@{}l@{\\extracolsep{\\fill}}r@{}}${size}${l} & ${r}\\end{tabular*}\\par${b.kind === 'employer' ? '\\nopagebreak' : ''}`);
        break;
      }
      case 'gutter':
        out.push(`\\begin{itemize}[leftmargin=${GW}, labelwidth=\\dimexpr${GW}-0.25cm\\relax, labelsep=0.25cm, align=left, topsep=3pt, itemsep=0pt]\n\\item[{\\small ${esc(b.date)}}] ${texRuns(b.runs)}\n\\end{itemize}\\nopagebreak`);
        break;
      case 'ul':
        out.push(`\\begin{itemize}${ulOpts(0)}\n${b.items.map((it) => `\\item ${texRuns(it.runs)}${it.sub?.length ? `\n\\begin{itemize}${ulOpts(1)}\n${it.sub.map((s) => `\\item ${texRuns(s)}`).join('\n')}\n\\end{itemize}` : ''}`).join('\n')}\n\\end{itemize}`);
        break;
      case 'ol':
        out.push(`\\begin{enumerate}[label={[\\arabic*]}, leftmargin=2.2em, itemsep=2pt, topsep=2pt]\n${b.items.map((it) => `\\item ${texRuns(it)}`).join('\n')}\n\\end{enumerate}`);
        break;
      case 'lines':
        out.push(`{\\setlength{\\parskip}{1.5pt}${b.items.map((it) => `\\noindent ${texRuns(it)}\\par`).join('\n')}}`);
        break;
      case 'grid': {
        const n = b.cols, rows = [];
        for (let i = 0; i < b.items.length; i += n) rows.push(b.items.slice(i, i + n));
        const cols = `@{}${('p{\\dimexpr\\linewidth/' + n + '-6pt\\relax}').repeat(n)}@{}`;
        out.push(`\\noindent\\begin{tabular}{${cols}}\n${rows.map((r) => r.map((x) => `${T.gridMark ?? '\\textbullet~'}${esc(x)}`).concat(Array(n - r.length).fill('')).join(' & ')).join(' \\\\\n')}\n\\end{tabular}\\par`);
        break;
      }
      case 'kv':
        out.push(b.rows.map(([l, v]) => `\\noindent\\textbf{${esc(l)}:} ${esc(v)}\\par`).join('\n'));
        break;
      default: throw new Error(b.t);
    }
  }
  const name = plan.key.basics.name;
  const pre = `\\documentclass[${T.size ?? '10pt'},${T.paper ?? 'a4paper'}]{article}
${D.engine === 'pdflatex' ? '\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n' : '\\usepackage{fontspec}\n'}${T.fonts}
\\usepackage[${T.geometry ?? 'margin=2cm'},headheight=14pt]{geometry}
\\usepackage{titlesec}
\\usepackage{enumitem}
\\usepackage{xcolor}
\\usepackage{fancyhdr}
\\usepackage{lastpage}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{${T.accent ?? '1F3A5F'}}
${HEADINGS[T.heading]}
\\setlength{\\parindent}{0pt}
\\setlength{\\tabcolsep}{4pt}
\\pagestyle{fancy}
\\fancyhf{}
\\renewcommand{\\headrulewidth}{${T.headRule ?? '0.4pt'}}
\\fancyhead[L]{\\small ${T.runLeft ?? esc(name)}}
\\fancyhead[R]{\\small ${T.runRight ?? 'Page \\thepage\\ of \\pageref{LastPage}'}}
\\fancyfoot[C]{\\footnotesize ${T.footer ?? ''}}
\\fancypagestyle{first}{\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}\\fancyfoot[C]{\\footnotesize ${T.footer ?? ''}}}
${T.extra ?? ''}
\\begin{document}
\\thispagestyle{first}
${T.raggedright ? '\\raggedright\n' : ''}`;
  return pre + out.join('\n\n') + '\n\\end{document}\n';
}
