// Design "rsection": a one-page LaTeX resume in the spirit of the classic resume.cls (rSection environments), not
// Jake's template: upper-case centred name, centred address lines separated by $\diamond$, bold upper-case section
// titles over a \hrule with the content indented, "Company \hfill Dates" / "\emph{Title} \hfill \emph{City}" entries,
// abbreviated months with periods ("Jun. 2024 – Aug. 2024"), a tabular of right-aligned bold skill labels.
import { tx, turl } from './tex.mjs';
import { eduRange, degree, scoreLine, workItems, projectItems } from './plan.mjs';

export const rsection = {
  engine: 'pdflatex',
  what: 'pdfLaTeX one-pager modelled on the classic resume.cls (rSection) look, not Jake\'s template: TeX Gyre Termes, centred upper-case name, centred contact lines separated by ⋄ (\\diamond), bold upper-case section titles over a full-width rule with indented content, entries "**Company** … dates" over "*Title* … *City*", months abbreviated with a period ("Jun. 2024 – Aug. 2024", or "Summer 2024" where the student wrote the season), "Present"; education "**School** … dates" / degree … city / GPA line / "Relevant coursework:" line; projects "**Name** (stack) … dates"; skills in a two-column tabular with right-aligned bold labels; honours as a bulleted list',
  build(P, o = {}) {
    const D = { style: 'monDot', sep: ' – ', present: 'Present', seasons: !!o.seasons };
    const contacts = [{ type: 'location', text: P.city }, { type: 'phone', text: P.phone }, { type: 'email', text: P.email }, { type: 'github', text: P.github }];
    if (o.linkedin) contacts.push({ type: 'linkedin', text: P.linkedin });
    if (o.web) contacts.push({ type: 'url', text: P.web });
    const edu = P.education.map((ed) => {
      const sc = scoreLine(ed, { label: ed.gpaLabel });
      return {
        school: ed.school, loc: ed.city, deg: degree(ed, 'short'), date: eduRange(ed, { mode: 'range', style: 'monDot', sep: ' – ' }),
        score: sc, lines: [[sc?.text, ...(ed.honors ?? [])].filter(Boolean).join('. ')].filter(Boolean), courses: ed.courses ?? null,
      };
    });
    const main = [
      { type: 'education', heading: 'EDUCATION', items: edu },
      { type: 'work', heading: 'EXPERIENCE', items: workItems(P, o.expKinds ?? ['intern', 'job', 'research', 'teaching', 'campus'], D) },
      { type: 'projects', heading: 'PROJECTS', items: projectItems(P, D) },
      { type: 'work', heading: o.leadHeading ?? 'LEADERSHIP', items: workItems(P, ['leadership'], D) },
      { type: 'skills', heading: 'TECHNICAL SKILLS', rows: Object.entries(P.skills).map(([label, items]) => ({ label, items: [...items] })) },
      { type: 'list', heading: 'HONORS & AWARDS', items: [...P.awards] },
    ].filter((s) => !(s.type === 'work' && !s.items.length));
    return { header: { name: P.name.toUpperCase(), contacts }, side: [], main };
  },
  render(plan, o = {}) {
    const L = [];
    const c = plan.header.contacts;
    const show = (x) => (x.type === 'email' ? `\\href{mailto:${x.text}}{${tx(x.text)}}` : ['github', 'linkedin', 'url'].includes(x.type) ? `\\href{https://${turl(x.text)}}{${tx(x.text)}}` : tx(x.text));
    const line1 = c.filter((x) => ['location', 'phone', 'email'].includes(x.type)).map(show).join(' $\\diamond$ ');
    const line2 = c.filter((x) => !['location', 'phone', 'email'].includes(x.type)).map(show).join(' $\\diamond$ ');
    L.push(`\\documentclass[${o.pt ?? 11}pt]{article}
\\usepackage[${o.paper ?? 'letterpaper'},top=0.5in,bottom=0.5in,left=0.6in,right=0.6in]{geometry}
\\usepackage[T1]{fontenc}
\\usepackage{tgtermes}
\\usepackage{textcomp}
\\usepackage{array}
\\usepackage[hidelinks]{hyperref}
\\pagestyle{empty}
\\setlength{\\parindent}{0pt}
\\setlength{\\tabcolsep}{0pt}
\\newenvironment{rSection}[1]{\\medskip\\textbf{#1}\\par\\vspace{1pt}\\hrule\\vspace{3pt}\\begin{list}{}{\\setlength{\\leftmargin}{1.2em}\\setlength{\\itemsep}{0pt}\\setlength{\\topsep}{2pt}}\\item[]}{\\end{list}}
\\newenvironment{rBullets}{\\begin{list}{\\textbullet}{\\setlength{\\leftmargin}{1.1em}\\setlength{\\labelwidth}{0.6em}\\setlength{\\labelsep}{0.5em}\\setlength{\\itemsep}{-1pt}\\setlength{\\parsep}{0pt}\\setlength{\\topsep}{1pt}}}{\\end{list}}
\\begin{document}
\\begin{center}
{\\LARGE\\bfseries ${tx(plan.header.name)}}\\\\[4pt]
${line1}${line2 ? `\\\\\n${line2}` : ''}
\\end{center}
\\vspace{-6pt}`);
    const bullets = (bs) => (bs.length ? `\\begin{rBullets}\n${bs.map((b) => `\\item ${tx(b)}`).join('\n')}\n\\end{rBullets}` : '');
    for (const s of plan.main) {
      L.push(`\\begin{rSection}{${tx(s.heading)}}`);
      if (s.type === 'education') {
        L.push(s.items.map((e) => [
          `\\textbf{${tx(e.school)}} \\hfill \\emph{${tx(e.date.text)}}\\\\`,
          `${tx(e.deg.text)} \\hfill \\emph{${tx(e.loc)}}\\\\`,
          ...e.lines.map((l) => `${tx(l)}\\\\`),
          e.courses ? `Relevant coursework: ${tx(e.courses.join(', '))}\\\\` : '',
        ].filter(Boolean).join('\n').replace(/\\\\$/, '')).join('\n\n\\smallskip\n'));
      } else if (s.type === 'work') {
        L.push(s.items.map((w) => `\\textbf{${tx(w.org)}} \\hfill ${tx(w.date.text)}\\\\\n\\emph{${tx(w.title)}} \\hfill \\emph{${tx(w.loc)}}\n${bullets(w.bullets)}`).join('\n\\smallskip\n'));
      } else if (s.type === 'projects') {
        L.push(s.items.map((pr) => `\\textbf{${tx(pr.name)}} (\\emph{${tx(pr.stack.join(', '))}}) \\hfill ${tx(pr.date.text)}\n${bullets(pr.bullets)}`).join('\n\\smallskip\n'));
      } else if (s.type === 'skills') {
        L.push(`\\begin{tabular}{@{}>{\\bfseries}r@{\\hspace{1.2em}}p{0.8\\textwidth}@{}}\n${s.rows.map((r) => `${tx(r.label)} & ${tx(r.items.join(', '))}\\\\`).join('\n')}\n\\end{tabular}`);
      } else if (s.type === 'list') {
        L.push(`\\vspace{-2pt}${bullets(s.items)}`);
      }
      L.push('\\end{rSection}');
    }
    L.push('\\end{document}\n');
    return L.join('\n');
  },
};
