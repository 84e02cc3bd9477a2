// Design "tabcv": an academic-leaning student CV in LaTeX (pdflatex, Palatino via newpxtext): titlesec \section
// headings in small caps over a rule, every entry a two-column tabular with the dates in a narrow LEFT column
// ("Jan 2025 – present", "2024 – 2026") and the content (bold title, organisation, city on the right, bullets) in the
// right column; separate Research / Teaching / Industry experience sections, publications "in preparation"/"under
// review", a header tabular with the name on the left and contact lines on the right.
import { tx, turl } from './tex.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

export const tabcv = {
  engine: 'pdflatex',
  what: 'pdfLaTeX academic-style student CV (Palatino/newpxtext): header tabular with the name and label on the left and e-mail/phone/web/GitHub lines on the right; titlesec \\section headings in small caps over a rule; each entry a tabular with the dates in a narrow LEFT column ("Jan 2025 – present", education years "2024 – 2026") and "**Title**, Organisation … City" plus bullets in the right column; separate "Research Experience", "Teaching Experience" and industry sections, publications "Under review"/"In preparation" (when present), "CGPA 8.9/10"-style score lines without a colon, "Label: items" skills',
  build(P, o = {}) {
    const D = { style: 'mon', sep: ' – ', present: 'present', shareYear: true };
    const contacts = [{ type: 'email', text: P.email }, { type: 'phone', text: P.phone }, { type: 'url', text: P.web }, { type: 'github', text: P.github }];
    const edu = P.education.map((ed) => {
      const sc = scoreLine(ed, { colon: false });
      return {
        school: ed.school, loc: ed.city, deg: degree(ed, 'long'), date: eduRange(ed, { mode: 'range', style: 'year', sep: ' – ' }),
        score: sc, lines: [ed.spec, sc?.text, ...(ed.honors ?? [])].filter(Boolean),
      };
    });
    const G = o.groups ?? [['Research Experience', ['research']], ['Teaching Experience', ['teaching']], ['Industry Experience', ['intern', 'job']]];
    const main = [{ type: 'education', heading: 'Education', items: edu }];
    for (const [h, kinds] of G) {
      const items = workItems(P, kinds, D);
      if (items.length) main.push({ type: 'work', heading: h, items });
      if (h === G[0][0] && P.publications && o.pubs !== false) main.push({ type: 'list', heading: o.pubHeading ?? 'Publications', items: [...P.publications], numbered: true });
    }
    main.push({ type: 'projects', heading: o.projHeading ?? 'Selected Projects', items: projectItems(P, D) });
    main.push({ type: 'skills', heading: 'Technical Skills', rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) });
    main.push({ type: 'list', heading: 'Honors & Awards', items: [...P.awards] });
    if (o.languages) main.push({ type: 'list', heading: 'Languages', items: [...P.spoken], inline: true });
    return { header: { name: P.name, label: P.label, contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const c = plan.header.contacts;
    const show = (x) => (x.type === 'email' ? `\\href{mailto:${x.text}}{${tx(x.text)}}` : ['github', 'url'].includes(x.type) ? `\\href{https://${turl(x.text)}}{${tx(x.text)}}` : tx(x.text));
    const gut = o.gutter ?? '2.9cm';
    const L = [`\\documentclass[${o.pt ?? 10}pt]{article}
\\usepackage[${o.paper ?? 'letterpaper'},top=0.55in,bottom=0.6in,left=0.65in,right=0.65in]{geometry}
\\usepackage[T1]{fontenc}
\\usepackage{newpxtext}
\\usepackage{textcomp}
\\usepackage{array}
\\usepackage{enumitem}
\\usepackage{titlesec}
\\usepackage{xcolor}
\\usepackage[hidelinks]{hyperref}
\\definecolor{accent}{HTML}{1B3A5C}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\titleformat{\\section}{\\large\\scshape\\color{accent}}{}{0pt}{}[\\vspace{-4pt}{\\color{accent}\\titlerule}]
\\titlespacing*{\\section}{0pt}{8pt}{4pt}
\\newcolumntype{R}{>{\\raggedright\\arraybackslash}p{\\dimexpr\\textwidth-${gut}-2\\tabcolsep\\relax}}
\\newenvironment{entries}{\\begin{tabular}{@{}>{\\raggedright\\arraybackslash}p{${gut}}R@{}}}{\\end{tabular}}
\\setlist[itemize]{nosep,leftmargin=1.1em,label=\\textendash,after=\\vspace{-\\baselineskip}}
\\begin{document}
\\begin{tabular*}{\\textwidth}{@{}l@{\\extracolsep{\\fill}}r@{}}
{\\LARGE\\bfseries ${tx(plan.header.name)}} & ${show(c[0])}\\\\
{\\large ${tx(plan.header.label)}} & ${show(c[1])}\\\\
 & ${show(c[2])} \\textbar{} ${show(c[3])}
\\end{tabular*}
`];
    const bl = (bs) => (bs.length ? `\\begin{itemize}\n${bs.map((b) => `\\item ${tx(b)}`).join('\n')}\n\\end{itemize}` : '');
    for (const s of plan.main) {
      L.push(`\\section*{${tx(s.heading)}}`);
      if (s.type === 'education') {
        L.push(`\\begin{entries}\n${s.items.map((e) => `${tx(e.date.text)} & \\textbf{${tx(e.school)}} \\hfill ${tx(e.loc)}\\\\\n & ${tx(e.deg.text)}\\\\\n${e.lines.map((l) => ` & ${tx(l)}\\\\`).join('\n')}`).join('\n[4pt]\n')}\n\\end{entries}`);
      } else if (s.type === 'work') {
        L.push(`\\begin{entries}\n${s.items.map((w) => `${tx(w.date.text)} & \\textbf{${tx(w.title)}}, ${tx(w.org)} \\hfill \\emph{${tx(w.loc)}}\n${bl(w.bullets)}\\\\`).join('\n[3pt]\n')}\n\\end{entries}`);
      } else if (s.type === 'projects') {
        L.push(`\\begin{entries}\n${s.items.map((pr) => `${tx(pr.date.text)} & \\textbf{${tx(pr.name)}} \\textperiodcentered{} \\emph{${tx(pr.stack.join(', '))}} \\hfill \\texttt{\\small ${tx(pr.link)}}\n${bl(pr.bullets)}\\\\`).join('\n[3pt]\n')}\n\\end{entries}`);
      } else if (s.type === 'skills') {
        L.push(s.rows.map((r) => `\\textbf{${tx(r.label)}:} ${tx(r.items.join(', '))}`).join('\\\\\n'));
      } else if (s.type === 'list' && s.numbered) {
        L.push(`\\begin{enumerate}[label={[\\arabic*]},leftmargin=2em,nosep]\n${s.items.map((b) => `\\item ${tx(b)}`).join('\n')}\n\\end{enumerate}`);
      } else if (s.type === 'list' && s.inline) {
        L.push(tx(s.items.join(', ')));
      } else if (s.type === 'list') {
        L.push(`\\begin{itemize}[after=]\n${s.items.map((b) => `\\item ${tx(b)}`).join('\n')}\n\\end{itemize}`);
      }
    }
    L.push('\\end{document}\n');
    return L.join('\n');
  },
};
