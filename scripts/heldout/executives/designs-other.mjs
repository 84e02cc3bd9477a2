// lo-shaded: a flat ODT (FODT) document that LibreOffice turns into the PDF (shaded "Career Highlights" box, 3-column
// competencies table, running header from page 2). tex-exec: a pdfLaTeX executive CV (TeX Gyre Pagella, right-hand
// contact block, 3-column competencies, year-only dates, fancyhdr "Name / Page N of M" from page 2).
import { escTex as t, escXml as e } from './lib.mjs';

// ---------------------------------------------------------------- lo-shaded (FODT)
export function fodtShaded(plan) {
  const { p: P, H, opts } = plan;
  const ACC = opts.accent ?? '#34495e';
  const W = 17.4; // text width in cm (A4 - 2 x 1.8)
  const tab = `<style:tab-stops><style:tab-stop style:position="${W}cm" style:type="right"/></style:tab-stops>`;
  const para = (name, pp, tp, extra = '') => `<style:style style:name="${name}" style:family="paragraph"${extra}><style:paragraph-properties ${pp}</style:paragraph-properties><style:text-properties ${tp}/></style:style>`;
  const styles = [
    para('Name', 'fo:margin-top="0cm" fo:margin-bottom="0.05cm">', `style:font-name="Cabin" fo:font-size="24pt" fo:font-weight="bold" fo:color="${ACC}"`),
    para('Label', 'fo:margin-bottom="0.12cm">', 'style:font-name="Cabin" fo:font-size="12.5pt" fo:color="#5d6d7e"'),
    para('Contact', `fo:margin-bottom="0.1cm" fo:padding-bottom="0.15cm" fo:border-bottom="1.5pt solid ${ACC}">`, 'fo:font-size="9.5pt"'),
    para('H', `fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always">`, `style:font-name="Cabin" fo:font-size="11.5pt" fo:font-weight="bold" fo:color="${ACC}" fo:text-transform="uppercase" fo:letter-spacing="0.06cm"`),
    para('Body', 'fo:text-align="justify" fo:margin-bottom="0cm">', ''),
    para('Emp', `fo:margin-top="0.3cm" fo:keep-with-next="always">${tab}`, 'fo:font-size="11pt" fo:font-weight="bold"'),
    para('Desc', 'fo:margin-bottom="0.08cm" fo:keep-with-next="always">', 'fo:font-style="italic" fo:color="#5d6d7e"'),
    para('Role', `fo:margin-top="0.1cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always">${tab}`, 'fo:font-weight="bold" fo:color="#2c3e50"'),
    para('Li', 'fo:margin-bottom="0.04cm">', ''),
    para('Line', `fo:margin-bottom="0.06cm">${tab}`, ''),
    para('Cell', 'fo:margin-bottom="0.05cm">', ''),
    para('BoxHead', 'fo:margin-bottom="0.1cm">', `style:font-name="Cabin" fo:font-size="11pt" fo:font-weight="bold" fo:color="${ACC}" fo:text-transform="uppercase" fo:letter-spacing="0.05cm"`),
    para('Hdr', `fo:text-align="end" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #aab7c4">`, 'fo:font-size="8.5pt" fo:color="#5d6d7e"'),
  ].join('\n');
  const auto = `
<style:page-layout style:name="pmH"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.0cm" fo:margin-bottom="1.4cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:header-style><style:header-footer-properties fo:min-height="0.5cm" fo:margin-bottom="0.4cm"/></style:header-style></style:page-layout>
<style:page-layout style:name="pmF"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>
<style:style style:name="First" style:family="paragraph" style:parent-style-name="Name" style:master-page-name="FirstPage"/>
<style:style style:name="Box" style:family="table"><style:table-properties style:width="${W}cm" table:align="margins" fo:margin-top="0.35cm"/></style:style>
<style:style style:name="BoxCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#e6edf4" fo:padding="0.25cm" fo:border-left="3pt solid ${ACC}" fo:border-right="none" fo:border-top="none" fo:border-bottom="none"/></style:style>
<style:style style:name="G3" style:family="table"><style:table-properties style:width="${W}cm" table:align="margins"/></style:style>
<style:style style:name="G3c" style:family="table-column"><style:table-column-properties style:column-width="${(W / 3).toFixed(2)}cm"/></style:style>
<style:style style:name="G3cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.04cm" fo:border="none"/></style:style>
<style:style style:name="Cr" style:family="text"><style:text-properties fo:font-size="13pt" fo:font-weight="normal"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="N" style:family="text"><style:text-properties fo:font-weight="normal" fo:color="#333333"/></style:style>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="\u25ba"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.4cm" fo:margin-left="0.5cm"/></style:list-level-properties><style:text-properties fo:color="${ACC}" fo:font-size="7pt"/></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LC"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2713"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/></style:list-level-properties><style:text-properties fo:color="${ACC}"/></text:list-level-style-bullet></text:list-style>`;
  const ul = (items, ls = 'LB') => `<text:list text:style-name="${ls}">${items.map((s) => `<text:list-item><text:p text:style-name="Li">${e(s)}</text:p></text:list-item>`).join('')}</text:list>`;
  const contact = plan.contacts.map((c) => (c.href && c.kind !== 'phone' ? `<text:a xlink:type="simple" xlink:href="${e(c.href)}">${e(c.text)}</text:a>` : e(c.text))).join('<text:s/><text:span text:style-name="N">\u00b7</text:span><text:s/>');
  const body = [
    `<text:p text:style-name="First">${e(P.name)}${P.credentials ? `<text:span text:style-name="Cr">, ${e(P.credentials)}</text:span>` : ''}</text:p>`,
    `<text:p text:style-name="Label">${e(P.label)}</text:p>`,
    `<text:p text:style-name="Contact">${contact}</text:p>`,
  ];
  for (const k of opts.order) {
    if (k === 'highlights') {
      body.push(`<table:table table:name="Highlights" table:style-name="Box"><table:table-column/><table:table-row><table:table-cell table:style-name="BoxCell" office:value-type="string"><text:p text:style-name="BoxHead">${e(H[k])}</text:p>${ul(P.highlights, 'LC')}</table:table-cell></table:table-row></table:table>`);
      continue;
    }
    body.push(`<text:p text:style-name="H">${e(H[k])}</text:p>`);
    if (k === 'summary') body.push(`<text:p text:style-name="Body">${e(P.summary)}</text:p>`);
    else if (k === 'competencies') {
      const rows = [];
      for (let i = 0; i < P.competencies.length; i += 3) rows.push(P.competencies.slice(i, i + 3));
      body.push(`<table:table table:name="Competencies" table:style-name="G3"><table:table-column table:style-name="G3c" table:number-columns-repeated="3"/>${rows.map((row) => `<table:table-row>${[0, 1, 2].map((j) => `<table:table-cell table:style-name="G3cell" office:value-type="string"><text:p text:style-name="Cell">${row[j] ? `\u25aa ${e(row[j])}` : ''}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`);
    } else if (k === 'experience') {
      for (const emp of plan.employers) {
        body.push(`<text:p text:style-name="Emp">${e(emp.name)}<text:tab/><text:span text:style-name="N">${e(emp.location)}</text:span></text:p>`);
        body.push(`<text:p text:style-name="Desc">${e(emp.desc)}</text:p>`);
        for (const r of emp.roles) {
          body.push(`<text:p text:style-name="Role">${e(r.title)}<text:tab/><text:span text:style-name="N">${e(r.dates)}</text:span></text:p>`);
          body.push(ul(r.bullets));
        }
      }
    } else if (k === 'earlier') {
      for (const r of plan.earlier) body.push(`<text:p text:style-name="Line"><text:span text:style-name="B">${e(r.title)}</text:span>, ${e(r.name)}<text:tab/>${e(r.dates)}</text:p>`);
    } else if (k === 'education') {
      for (const x of plan.education) body.push(`<text:p text:style-name="Line"><text:span text:style-name="B">${e(x.institution)}</text:span> | ${e(x.studyType)}, ${e(x.area)}${x.score ? ` (${e(x.score)})` : ''}<text:tab/>${e(x.year)}</text:p>`);
      if (!opts.order.includes('execEd')) for (const x of plan.execEd) body.push(`<text:p text:style-name="Line"><text:span text:style-name="B">${e(x.institution)}</text:span> | ${e(x.program)}<text:tab/>${e(x.yearText)}</text:p>`);
    } else if (k === 'execEd') {
      for (const x of plan.execEd) body.push(`<text:p text:style-name="Line"><text:span text:style-name="B">${e(x.institution)}</text:span> | ${e(x.program)}<text:tab/>${e(x.yearText)}</text:p>`);
    } else body.push(ul(P[k]));
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${e(P.name)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito"/><style:font-face style:name="Cabin" svg:font-family="Cabin"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="Carlito" fo:font-size="10.5pt" fo:language="en" fo:country="US" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
${styles}
</office:styles>
<office:automatic-styles>${auto}</office:automatic-styles>
<office:master-styles>
<style:master-page style:name="Standard" style:page-layout-name="pmH"><style:header><text:p text:style-name="Hdr">${e(P.name)}<text:s/>\u2014<text:s/>Page <text:page-number text:select-page="current">2</text:page-number></text:p></style:header></style:master-page>
<style:master-page style:name="FirstPage" style:page-layout-name="pmF" style:next-style-name="Standard"/>
</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

// ---------------------------------------------------------------- tex-exec (pdfLaTeX)
export function texExec(plan) {
  const { p: P, H, opts } = plan;
  const out = [String.raw`\documentclass[10pt]{article}
\usepackage[utf8]{inputenc}
\usepackage[T1]{fontenc}
\usepackage{tgpagella}
\usepackage{textcomp,amssymb}
\usepackage[a4paper,top=18mm,bottom=18mm,left=19mm,right=19mm,headheight=14pt,headsep=8pt]{geometry}
\usepackage{xcolor,tabularx,enumitem,fancyhdr,lastpage,array}
\usepackage[hidelinks]{hyperref}
\input{glyphtounicode}\pdfgentounicode=1
\definecolor{acc}{HTML}{${(opts.accent ?? '#7a2e2e').slice(1)}}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy
\setlength{\parindent}{0pt}
\pagestyle{fancy}\fancyhf{}
\renewcommand{\headrulewidth}{0.4pt}
\fancyhead[L]{\small\color{acc}\textbf{${t(P.name)}}}
\fancyhead[R]{\small Page \thepage\ of \pageref{LastPage}}
\fancypagestyle{firstpage}{\fancyhf{}\renewcommand{\headrulewidth}{0pt}}
\newcommand{\sect}[1]{\par\vspace{9pt}{\large\bfseries\color{acc}#1}\par\vspace{-3pt}{\color{acc}\rule{\textwidth}{0.8pt}}\par\vspace{3pt}}
\setlist[itemize]{leftmargin=14pt,itemsep=1pt,topsep=2pt,parsep=0pt,label={\color{acc}\textbullet}}
\begin{document}\thispagestyle{firstpage}`];
  out.push(String.raw`\begin{minipage}[b]{0.56\textwidth}{\fontsize{24}{28}\selectfont\bfseries ${t(P.name)}}${P.credentials ? `{\large, ${t(P.credentials)}}` : ''}\\[4pt]{\large\itshape\color{acc}${t(P.label)}}\end{minipage}\hfill`);
  out.push(String.raw`\begin{minipage}[b]{0.42\textwidth}\raggedleft\small ${plan.contacts.map((c) => (c.href && c.kind !== 'phone' ? `\\href{${c.href.replace(/[#%]/g, '\\$&')}}{${t(c.text)}}` : t(c.text))).join(String.raw`\\ `)}\end{minipage}\par\vspace{4pt}`);
  for (const k of opts.order) {
    out.push(`\\sect{${t(H[k])}}`);
    if (k === 'summary') out.push(`${t(P.summary)}\\par`);
    else if (k === 'competencies') {
      const rows = [];
      for (let i = 0; i < P.competencies.length; i += 3) rows.push(P.competencies.slice(i, i + 3).map((s) => `{\\color{acc}\\textbullet}~${t(s)}`).join(' & '));
      out.push(String.raw`\begin{tabularx}{\textwidth}{@{}XXX@{}}` + rows.join(' \\\\\n') + String.raw`\end{tabularx}\par`);
    } else if (k === 'highlights') out.push(String.raw`\begin{itemize}[label={\color{acc}\small$\blacktriangleright$}]` + P.highlights.map((s) => `\\item ${t(s)}`).join('\n') + String.raw`\end{itemize}`);
    else if (k === 'experience') {
      for (const emp of plan.employers) {
        out.push(String.raw`\vspace{5pt}{\large\bfseries ${t(emp.name)}}\hfill ${t(emp.location)}\par\nopagebreak{\itshape\color{black!65}${t(emp.desc)}}\par\nopagebreak`);
        for (const r of emp.roles) {
          out.push(String.raw`\vspace{3pt}\textbf{\color{acc}${t(r.title)}}\hfill \textbf{${t(r.dates)}}\par\nopagebreak`);
          if (r.bullets.length) out.push(String.raw`\begin{itemize}` + r.bullets.map((s) => `\\item ${t(s)}`).join('\n') + String.raw`\end{itemize}`);
        }
      }
    } else if (k === 'earlier') {
      for (const r of plan.earlier) out.push(String.raw`\textbf{${t(r.title)}}, ${t(r.name)}\hfill ${t(r.dates)}\par`);
    } else if (k === 'education') {
      for (const x of plan.education) out.push(String.raw`\textbf{${t(x.studyType)}}, ${t(x.area)}${x.score ? `, \\textit{${t(x.score)}}` : ''}\hfill ${t(x.year)}\par ${t(x.institution)}\par\vspace{2pt}`);
    } else if (k === 'execEd') {
      for (const x of plan.execEd) out.push(String.raw`\textbf{${t(x.institution)}}\hfill ${t(x.yearText)}\par\textit{${t(x.program)}}\par`);
    } else out.push(String.raw`\begin{itemize}` + P[k].map((s) => `\\item ${t(s)}`).join('\n') + String.raw`\end{itemize}`);
  }
  out.push(String.raw`\end{document}`);
  return `${out.join('\n')}\n`;
}
