// A plain Times resume typed in LibreOffice Writer (flat ODT → PDF by soffice) and a LaTeX federal resume (pdflatex).
import { range, fmtDate, nameText, xml as x, tex as t } from './lib.mjs';
import { degreeText } from './d-docx.mjs';

// ------------------------------------------------------------------------------------------------------------
// lo-writer-times: Liberation Serif (Times New Roman metric) 11 pt, US Letter, 1" margins, the way a job seeker
// types a federal resume in Writer: centred name and two contact lines joined by " • ", a one-line eligibility
// statement, bold underlined ALL-CAPS headings, "Title<right tab>Jun 2019 to present", "Employer — City", a
// "GS-0343-13; 40 hours per week; $… per year" line, supervisor line, first-line-indented duty paragraphs and
// "Selected accomplishments:" with en-dash bullets; footer "Page N of M".
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"';
const ps = (name, para, text, tabs = '') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${para}>${tabs ? `<style:tab-stops>${tabs}</style:tab-stops>` : ''}</style:paragraph-properties><style:text-properties ${text}/></style:style>`;
const P_ = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
const B = (s) => `<text:span text:style-name="Strong">${x(s)}</text:span>`;
const I = (s) => `<text:span text:style-name="Emph">${x(s)}</text:span>`;

export function loWriterTimes(P, K) {
  const o = { style: 'mon', sep: ' to ', present: 'present' };
  const body = [];
  const H = (h) => body.push(P_('Head', x(K.sec(h))));
  body.push(P_('Name', x(nameText(K, P))));
  body.push(P_('Center', `${x(P.street)} • ${x(K.set('location', P.city))}`));
  body.push(P_('Center', [x(K.set('phone', P.phone)), x(K.set('email', P.email)), `<text:a xlink:type="simple" xlink:href="https://www.${x(P.linkedin)}">${x(K.profile(P.linkedin))}</text:a>`].join(' • ')));
  body.push(P_('Elig', `${B('Citizenship:')} ${x(P.citizenship)}. ${B('Veterans’ Preference:')} ${x(P.veteran)}. ${B('Clearance:')} ${x(P.clearance)}.`));
  H('SUMMARY OF QUALIFICATIONS');
  body.push(P_('Body', x(K.set('summary', P.summary))));
  H('PROFESSIONAL EXPERIENCE');
  for (const j of P.jobs) {
    K.job();
    body.push(P_('Job', `${B(K.w('position', j.position))}<text:tab/>${x(K.wr(range(j.start, j.end, o)))}`));
    body.push(P_('Org', `${x(K.w('name', j.employer))} — ${x(K.w('location', j.city))}`));
    const meta = [j.series, `${j.hours} hours per week`, j.salary].filter(Boolean).join('; ');
    body.push(P_('Meta', x(meta)));
    body.push(P_('Meta', `Supervisor: ${x(j.sup.name)}, ${x(j.sup.phone)}; ${j.sup.contact === 'Yes' ? 'may be contacted' : 'please contact me first'}`));
    for (const d of j.duties) body.push(P_('Duty', x(K.hl(d))));
    body.push(P_('AccHead', I('Selected accomplishments:')));
    body.push(`<text:list text:style-name="Dash">${j.acc.map((a) => `<text:list-item>${P_('Item', x(K.hl(a)))}</text:list-item>`).join('')}</text:list>`);
  }
  H('EDUCATION');
  for (const e of P.education) {
    K.edu();
    K.w('studyType', e.studyType); K.w('area', e.area);
    const line = `${B(degreeText(e))}, ${x(K.w('institution', e.institution))}, ${x(e.place)}, ${x(K.grad(e.grad, 'month'))}.${e.gpa ? ` GPA ${x(K.w('score', e.gpa))}.` : ''} ${x(e.credits)}.`;
    body.push(P_('Edu', line));
    if (e.coursework) body.push(P_('Course', `${I('Relevant coursework:')} ${x(e.coursework.map((c) => K.course(c)).join('; '))}`));
  }
  H('TRAINING AND CERTIFICATIONS');
  const tc = K.other('TRAINING AND CERTIFICATIONS');
  for (const c of P.certs) body.push(P_('Line', x(tc.item(`${c.name}, ${c.issuer}, ${fmtDate(c.date, 'mon')}`))));
  for (const tr of P.training) body.push(P_('Line', x(tc.item(`${tr.title}, ${tr.provider}, ${fmtDate(tr.date, 'mon')}, ${tr.hours} hours`))));
  H('SKILLS');
  for (const [g, items] of P.skills) body.push(P_('Line', `${B(`${g}:`)} ${x(items.map((s) => K.skill(s)).join(', '))}`));
  H('HONORS AND AWARDS');
  const aw = K.other('HONORS AND AWARDS');
  for (const a of P.awards) body.push(P_('Line', x(aw.item(a))));
  const styles = [
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0in"/><style:text-properties style:font-name="Times New Roman" fo:font-size="11pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>',
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
    '<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="Emph" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>',
    ps('Name', 'fo:text-align="center" fo:margin-bottom="0.04in"', 'fo:font-size="15pt" fo:font-weight="bold"'),
    ps('Center', 'fo:text-align="center"', ''),
    ps('Elig', 'fo:text-align="center" fo:margin-top="0.08in"', 'fo:font-size="10pt"'),
    ps('Head', 'fo:margin-top="0.16in" fo:margin-bottom="0.06in" fo:keep-with-next="always"', 'fo:font-weight="bold" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'),
    ps('Body', 'fo:text-align="justify"', ''),
    ps('Job', 'fo:margin-top="0.1in" fo:keep-with-next="always"', '', '<style:tab-stop style:position="6.5in" style:type="right"/>'),
    ps('Org', 'fo:keep-with-next="always"', 'fo:font-style="italic"'),
    ps('Meta', 'fo:keep-with-next="always"', 'fo:font-size="10pt"'),
    ps('Duty', 'fo:text-align="justify" fo:text-indent="0.3in" fo:margin-top="0.04in"', ''),
    ps('AccHead', 'fo:margin-top="0.04in" fo:keep-with-next="always"', ''),
    ps('Item', 'fo:margin-bottom="0.02in"', ''),
    ps('Edu', 'fo:margin-top="0.04in" fo:margin-left="0.3in" fo:text-indent="-0.3in"', ''),
    ps('Course', 'fo:margin-left="0.3in"', 'fo:font-size="10pt"'),
    ps('Line', 'fo:margin-left="0.3in" fo:text-indent="-0.3in" fo:margin-bottom="0.02in"', ''),
    ps('Footer', 'fo:text-align="center"', 'fo:font-size="9pt"'),
    '<text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5in" fo:text-indent="-0.2in" fo:margin-left="0.5in"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>',
  ].join('\n');
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${x(P.name)} Federal Resume</dc:title><meta:initial-creator>${x(P.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>${styles}</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.8in" fo:margin-bottom="0.6in" fo:margin-left="1in" fo:margin-right="1in"/><style:footer-style><style:header-footer-properties fo:min-height="0.3in" fo:margin-top="0.15in"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>${P_('Footer', 'Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>')}</style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
  return { kind: 'fodt', data: fodt, notes: 'Plain Times federal resume typed in LibreOffice Writer (Times New Roman → Liberation Serif 11, US Letter, exported by soffice writer_pdf_Export): centred bold name, "street • City, ST ZIP" and "phone • e-mail • linkedin.com/in/…" lines, a centred one-line eligibility statement (Citizenship / Veterans’ Preference / Clearance, not keyed), bold underlined ALL-CAPS headings; each job "Title<right tab>Jun 2019 to present", italic "Employer — City", a "GS-0343-13; 40 hours per week; $… per year" line and a supervisor line (not keyed), first-line-indented duty paragraphs, "Selected accomplishments:" and en-dash list bullets (highlights). Education as one hanging sentence "Degree in Area, School, City, Month YYYY. GPA x. N semester hours." with "Relevant coursework:" (courses); certifications and training lines (otherSections), "Group: a, b" skill rows, honours lines. Footer "Page N of M".' };
}

// ------------------------------------------------------------------------------------------------------------
// tex-federal: pdfLaTeX, newtx Times, US Letter. Centred name, contact line with \href links, a boxed 2×2
// eligibility tabular, titlesec small-caps headings with a rule, jobs "Title \hfill May 2021 – Present" /
// "Employer \hfill City" / a small grey "Grade · Hours · Salary · Supervisor" line / duty paragraphs / an
// "Accomplishments" run-in head with ▹ bullets; certifications and training as date-labelled lists; skills in a
// tabularx; fancyhdr footer "Name · Federal Resume · Page N of M".
export function texFederal(P, K) {
  const o = { style: 'month', sep: ' – ', present: 'Present' };
  const out = [];
  const H = (h) => out.push(`\\section*{${t(K.sec(h))}}`);
  out.push(`\\begin{center}{\\LARGE\\bfseries ${t(nameText(K, P))}}\\\\[3pt]`);
  out.push(`{\\large ${t(K.set('label', P.label))}}\\\\[4pt]`);
  const gh = P.github ? ` \\enspace$\\cdot$\\enspace \\href{https://${P.github}}{${t(K.profile(P.github))}}` : '';
  const li = P.linkedin ? ` \\enspace$\\cdot$\\enspace \\href{https://www.${P.linkedin}}{${t(K.profile(P.linkedin))}}` : '';
  out.push(`{\\small ${t(K.set('location', P.city))} \\enspace$\\cdot$\\enspace ${t(K.set('phone', P.phone))} \\enspace$\\cdot$\\enspace \\href{mailto:${P.email}}{${t(K.set('email', P.email))}}${li}${gh}}\\end{center}`);
  out.push(`\\noindent\\fbox{\\small\\begin{tabularx}{\\dimexpr\\linewidth-2\\fboxsep-2\\fboxrule\\relax}{@{}XX@{}}\\textbf{Citizenship:} ${t(P.citizenship)} & \\textbf{Clearance:} ${t(P.clearance)}\\\\ \\textbf{Veterans' Preference:} ${t(P.veteran)} & \\textbf{Status:} ${t(P.status)}\\end{tabularx}}`);
  H('Summary');
  out.push(`${t(K.set('summary', P.summary))}\\par`);
  H('Professional Experience');
  for (const j of P.jobs) {
    K.job();
    out.push(`\\entry{${t(K.w('position', j.position))}}{${t(K.wr(range(j.start, j.end, o)))}}{${t(K.w('name', j.employer))}}{${t(K.w('location', j.city))}}`);
    const meta = [];
    if (j.series) meta.push(`${j.mil ? 'Rank' : 'Grade'}: ${t(j.series)}`);
    meta.push(`Hours: ${j.hours}/week`, `Salary: ${t(j.salary)}`, `Supervisor: ${t(j.sup.name)}, ${t(j.sup.phone)} (may contact: ${j.sup.contact.toLowerCase()})`);
    out.push(`{\\small\\color{black!65}${meta.join(' \\textbullet{} ')}}\\par\\smallskip`);
    if (j.mil) out.push(`{\\small\\itshape ${t(j.org)}; ${t(j.mil.mos)}}\\par\\smallskip`);
    for (const d of j.duties) out.push(`${t(K.hl(d))}\\par`);
    out.push(`\\smallskip\\noindent\\textbf{Accomplishments}\n\\begin{itemize}[label=$\\triangleright$, leftmargin=1.4em, itemsep=1pt, topsep=1pt]\n${j.acc.map((a) => `\\item ${t(K.hl(a))}`).join('\n')}\n\\end{itemize}`);
  }
  H('Education');
  for (const e of P.education) {
    K.edu();
    K.w('studyType', e.studyType); K.w('area', e.area);
    out.push(`\\entry{${t(degreeText(e))}}{${t(K.grad(e.grad, 'month'))}}{${t(K.w('institution', e.institution))}}{${t(e.place)}}`);
    const bits = [];
    if (e.gpa) bits.push(`GPA: ${t(K.w('score', e.gpa))}/4.00`);
    bits.push(t(e.credits));
    if (e.coursework) bits.push(`Relevant coursework: ${t(e.coursework.map((c) => K.course(c)).join(', '))}`);
    out.push(`{\\small ${bits.join(' \\textbar{} ')}}\\par`);
  }
  H('Certifications');
  const ce = K.other('Certifications');
  out.push(`\\begin{description}[leftmargin=1.25in, labelwidth=1.1in, itemsep=0pt, font=\\normalfont\\small]\n${P.certs.map((c) => `\\item[${t(fmtDate(c.date, 'mon'))}] ${t(ce.item(`${c.name} — ${c.issuer}`))}`).join('\n')}\n\\end{description}`);
  H('Training');
  const tr = K.other('Training');
  out.push(`\\begin{description}[leftmargin=1.25in, labelwidth=1.1in, itemsep=0pt, font=\\normalfont\\small]\n${P.training.map((c) => `\\item[${t(fmtDate(c.date, 'mon'))}] ${t(tr.item(`${c.title}, ${c.provider} (${c.hours} hours)`))}`).join('\n')}\n\\end{description}`);
  H('Technical Skills');
  out.push(`\\noindent\\begin{tabularx}{\\linewidth}{@{}>{\\bfseries}l X@{}}\n${P.skills.map(([g, items]) => `${t(g)} & ${t(items.map((s) => K.skill(s)).join(', '))}\\\\`).join('\n')}\n\\end{tabularx}`);
  H('Awards');
  const aw = K.other('Awards');
  out.push(`\\begin{itemize}[label=\\textbullet, leftmargin=1.2em, itemsep=0pt, topsep=0pt]\n${P.awards.map((a) => `\\item ${t(aw.item(a))}`).join('\n')}\n\\end{itemize}`);
  const src = `\\documentclass[11pt,letterpaper]{article}
\\usepackage[T1]{fontenc}
\\usepackage[utf8]{inputenc}
\\usepackage{newtxtext}
\\usepackage[margin=0.75in,includefoot]{geometry}
\\usepackage{titlesec,enumitem,xcolor,fancyhdr,lastpage,tabularx,array}
\\usepackage[hidelinks]{hyperref}
\\titleformat{\\section}{\\large\\scshape\\bfseries}{}{0pt}{}[\\vspace{-4pt}\\rule{\\linewidth}{0.6pt}]
\\titlespacing*{\\section}{0pt}{10pt}{4pt}
\\setlength{\\parindent}{0pt}\\setlength{\\parskip}{3pt}
\\pagestyle{fancy}\\fancyhf{}\\renewcommand{\\headrulewidth}{0pt}
\\fancyfoot[C]{\\footnotesize ${t(P.name)} \\textbullet{} Federal Resume \\textbullet{} Page \\thepage\\ of \\pageref{LastPage}}
\\newcommand{\\entry}[4]{\\par\\medskip\\noindent\\textbf{#1}\\hfill\\textbf{#2}\\par\\nopagebreak\\noindent\\textit{#3}\\hfill\\textit{#4}\\par\\nopagebreak}
\\begin{document}
`;
  return { kind: 'tex', data: `${src}${out.join('\n\n')}\n\\end{document}\n`, notes: 'LaTeX federal resume (pdfLaTeX, newtx Times 11, US Letter): centred bold name, target title, contact line "City · phone · e-mail · linkedin.com/in/… (· github.com/…)" with \\href links; a boxed 2×2 eligibility tabular (Citizenship, Clearance, Veterans’ Preference, Status; not keyed); bold small-caps headings with a rule; each job "Title \\hfill May 2021 – Present" (full month names) / italic "Employer \\hfill City" / a small grey "Grade: … • Hours: 40/week • Salary: … • Supervisor: … (may contact: yes)" line and for military roles an italic unit; MOS line (not keyed) / duty paragraphs / bold "Accomplishments" and ▹ bullets. Education entries "Degree in Area \\hfill Month YYYY" / "School \\hfill City" / "GPA | hours | Relevant coursework"; Certifications and Training as description lists with "Mon YYYY" labels (items = text after the label); skills in a tabularx with bold group labels; Awards bullets. Footer "Name • Federal Resume • Page N of M".' };
}
