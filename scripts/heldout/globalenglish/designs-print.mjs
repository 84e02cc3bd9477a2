// tabLeaders (hand-written Flat ODT, printed by LibreOffice Writer) and latexCV (pdflatex).
import { Key, tx } from './lib.mjs';
import { job, nyscJob, school, qual, personalItems, refLines, nyscYears } from './common.mjs';

const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ----------------------------------------------------------------------------------------------- tabLeaders
// Serif CV typed in LibreOffice: spaced "CURRICULUM VITAE" title, centred contact block, headings in bold capitals
// over a rule, "Label ........ : value" personal rows (dot-leader tab), "Position, Employer, City ...... dates" rows
// (right tab with dot leader), italic sub-labels with dash lists, education rows with leaders, skills rows.
export function tabLeaders(P, o) {
  const K = new Key();
  const P_ = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;
  const T = (s) => xe(s).replace(/\t/g, '<text:tab/>');
  const B = (s) => `<text:span text:style-name="B">${T(s)}</text:span>`;
  const I = (s) => `<text:span text:style-name="I">${T(s)}</text:span>`;
  const list = (items) => `<text:list text:style-name="LDash">${items.map((s) => `<text:list-item>${P_('Item', T(s))}</text:list-item>`).join('')}</text:list>`;
  let b = P_('Title', 'CURRICULUM VITAE');
  b += P_('Name', T(K.basic('name', P.name)));
  b += P_('Center', T(`${P.address}, ${K.basic('location', P.home)}`));
  b += P_('Center', T(`Tel: ${K.basic('phone', P.phone)}${P.phone2 ? ` / ${P.phone2}` : ''}  •  E-mail: ${K.basic('email', P.email)}`));
  if (P.linkedin) b += P_('Center', T(`LinkedIn: ${K.profile(P.linkedin)}`));
  const H = (t) => P_('Heading', T(K.section(t)));
  const kv = (label, value) => P_('KV', `${B(label)}<text:tab/>${T(`: ${value}`)}`);

  b += H(o.h.personal);
  for (const it of K.other(o.h.personal, personalItems(P))) b += kv(it.label, it.value);
  b += H(o.h.objective) + P_('Body', T(K.basic('summary', P.objective)));
  b += H(o.h.skills);
  for (const [g, items] of P.skills) b += kv(g, items.map((s) => K.skill(s)).join(', '));
  b += H(o.h.work);
  const jobs = [...P.work];
  if (P.nysc && o.nysc === 'work') jobs.push({ ...P.nysc, isNysc: true });
  for (const j of jobs) {
    const { w, r } = j.isNysc ? nyscJob(K, j, o.dates) : job(K, j, o.dates);
    b += P_('Entry', `${B(j.position)}${T(`, ${j.org}, ${w.location}`)}<text:tab/>${T(r.text)}`);
    b += P_('Sub', I(o.sub[0])) + list(j.duties.map((d) => K.hl(w, d)));
    if (j.achievements?.length) b += P_('Sub', I(o.sub[1])) + list(j.achievements.map((d) => K.hl(w, d)));
  }
  b += H(o.h.edu);
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    b += P_('Entry', `${B(qual(e))}${T(` – ${e.inst}, ${e.city}`)}<text:tab/>${T(r.text)}`);
    if (e.score) b += P_('Sub', T(`${o.scoreLabel}${e.score}`));
  }
  if (P.nysc && o.nysc === 'section') {
    b += H(o.h.nysc);
    const l = K.other(o.h.nysc, [`${P.nysc.org}, ${P.nysc.place} (${nyscYears(P.nysc)})`]);
    b += P_('Body', T(l[0]));
  }
  b += H(o.h.certs) + list(K.other(o.h.certs, [...P.certs]));
  b += H(o.h.languages);
  for (const it of K.other(o.h.languages, P.languages.map(([label, value]) => ({ label, value })))) b += kv(it.label, it.value);
  b += H(o.h.hobbies) + P_('Body', T(K.other(o.h.hobbies, [...P.hobbies]).join(', ')));
  b += H(o.h.referees);
  const refs = P.referees.map((rf) => refLines(rf, 'Tel: '));
  K.other(o.h.referees, refs.flat());
  refs.forEach((ls, i) => { b += P_('Ref', `${i + 1}.<text:tab/>${B(ls[0])}<text:line-break/>${T(ls[1])}<text:line-break/>${T(ls[2])}`); });

  const font = o.font ?? 'Liberation Serif';
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Curriculum Vitae</dc:title><meta:initial-creator>${xe(P.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.06cm"/><style:text-properties style:font-name="${font}" fo:font-size="${o.size ?? 10.5}pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:letter-spacing="0.12cm" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<style:style style:name="Name" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.08cm"/><style:text-properties fo:font-size="17pt" fo:font-weight="bold" fo:color="${o.color ?? '#1f3864'}"/></style:style>
<style:style style:name="Center" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.02cm"/></style:style>
<style:style style:name="Heading" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.38cm" fo:margin-bottom="0.14cm" fo:border-bottom="0.75pt solid ${o.color ?? '#1f3864'}" fo:padding-bottom="0.04cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="${o.color ?? '#1f3864'}"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="KV" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.3cm" fo:margin-bottom="0.03cm"><style:tab-stops><style:tab-stop style:position="${o.kvTab ?? 5}cm" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Entry" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.04cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="17.6cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Sub" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.3cm" fo:margin-top="0.04cm" fo:keep-with-next="always"/></style:style>
<style:style style:name="Item" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.02cm" fo:text-align="justify"/></style:style>
<style:style style:name="Ref" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.8cm" fo:text-indent="-0.5cm" fo:margin-bottom="0.15cm"><style:tab-stops><style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"/></style:style>
<text:list-style style:name="LDash"><text:list-level-style-bullet text:level="1" text:bullet-char="${o.bullet ?? '–'}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.1cm" fo:text-indent="-0.45cm" fo:margin-left="1.1cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.7cm" fo:margin-right="1.7cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>${b}</office:text></office:body></office:document>
`;
  return { K, fodt };
}

// ------------------------------------------------------------------------------------------------- latexCV
// pdflatex, Helvetica (sans): name left and a fontawesome-icon contact block right (minipages), headings in grey
// full-width boxes, entries "Position \hfill dates" + italic "Employer, City", run-in sub-labels with triangle bullets,
// education in a date-gutter tabular, skills as label/value tabular, personal details in two columns, referees in two
// minipages.
export function latexCV(P, o) {
  const K = new Key();
  const L = [];
  L.push(String.raw`\documentclass[10pt,a4paper]{article}
\usepackage[T1]{fontenc}\usepackage[utf8]{inputenc}\usepackage[scaled=0.92]{helvet}\renewcommand\familydefault{\sfdefault}
\usepackage[a4paper,margin=1.6cm,top=1.4cm]{geometry}\usepackage{xcolor}\usepackage{fontawesome5}\usepackage{enumitem}\usepackage{array}\usepackage{tabularx}
\usepackage[hidelinks]{hyperref}\input{glyphtounicode}\pdfgentounicode=1
\definecolor{acc}{HTML}{${o.accent ?? '2E4A7D'}}\pagestyle{empty}\setlength{\parindent}{0pt}
\newcommand{\sect}[1]{\par\vspace{7pt}\noindent\colorbox{black!10}{\parbox{\dimexpr\linewidth-2\fboxsep}{\color{acc}\bfseries\large #1}}\par\vspace{4pt}}
\setlist[itemize]{leftmargin=14pt,itemsep=0pt,topsep=1pt,parsep=0pt,label=\textcolor{acc}{\scriptsize$\blacktriangleright$}}
\usepackage{amssymb}
\begin{document}`);
  const contact = [`\\faPhone\\ ${tx(K.basic('phone', P.phone))}`, `\\faEnvelope\\ ${tx(K.basic('email', P.email))}`, `\\faMapMarker*\\ ${tx(K.basic('location', P.home))}`];
  if (P.linkedin) contact.push(`\\faLinkedin\\ \\href{https://${P.linkedin}}{${tx(K.profile(P.linkedin))}}`);
  if (P.github) contact.push(`\\faGithub\\ \\href{https://${P.github}}{${tx(K.profile(P.github))}}`);
  L.push(`\\begin{minipage}[t]{0.52\\linewidth}\\vspace{0pt}{\\fontsize{22}{26}\\selectfont\\bfseries\\color{acc}${tx(K.basic('name', P.name))}}\\\\[4pt]{\\large ${tx(K.basic('label', P.label))}}\\end{minipage}\\hfill`);
  L.push(`\\begin{minipage}[t]{0.45\\linewidth}\\vspace{0pt}\\raggedleft\\small ${contact.join('\\\\ ')}\\end{minipage}\\par\\vspace{6pt}`);
  const S = (t) => L.push(`\\sect{${tx(K.section(t))}}`);
  S(o.h.objective);
  L.push(tx(K.basic('summary', P.objective)) + '\\par');
  S(o.h.work);
  const jobs = [...P.work];
  if (P.nysc && o.nysc === 'work') jobs.push({ ...P.nysc, isNysc: true });
  for (const j of jobs) {
    const { w, r } = j.isNysc ? nyscJob(K, j, o.dates) : job(K, j, o.dates, j.country ? `${j.city}, ${j.country}` : j.city);
    L.push(`\\par\\vspace{3pt}\\textbf{${tx(j.position)}}\\hfill{\\small ${tx(r.text)}}\\\\\\textit{${tx(j.org)}, ${tx(w.location)}}\\par`);
    L.push(`\\vspace{1pt}\\textbf{\\small ${tx(o.sub[0])}}\\begin{itemize}${j.duties.map((d) => `\\item ${tx(K.hl(w, d))}`).join('\n')}\\end{itemize}`);
    if (j.achievements?.length) L.push(`\\textbf{\\small ${tx(o.sub[1])}}\\begin{itemize}${j.achievements.map((d) => `\\item ${tx(K.hl(w, d))}`).join('\n')}\\end{itemize}`);
  }
  S(o.h.edu);
  L.push('\\begin{tabularx}{\\linewidth}{@{}>{\\small}p{3.3cm}X@{}}');
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    L.push(`${tx(r.text)} & \\textbf{${tx(qual(e))}}\\newline ${tx(e.inst)}, ${tx(e.city)}${e.score ? `\\newline \\textit{${tx(o.scoreLabel)}${tx(e.score)}}` : ''}\\\\[3pt]`);
  }
  L.push('\\end{tabularx}');
  if (P.nysc && o.nysc === 'section') {
    S(o.h.nysc);
    const l = K.other(o.h.nysc, [`${P.nysc.org}, ${nyscYears(P.nysc)}`, `${P.nysc.position}, ${P.nysc.place}`]);
    L.push(`${tx(l[0])}\\\\${tx(l[1])}\\par`);
  }
  S(o.h.skills);
  L.push('\\begin{tabularx}{\\linewidth}{@{}>{\\bfseries}p{3.3cm}X@{}}');
  for (const [g, items] of P.skills) L.push(`${tx(g)} & ${items.map((s) => tx(K.skill(s))).join(', ')}\\\\`);
  L.push('\\end{tabularx}');
  S(o.h.certs);
  L.push(`\\begin{itemize}${K.other(o.h.certs, [...P.certs]).map((c) => `\\item ${tx(c)}`).join('\n')}\\end{itemize}`);
  S(o.h.personal);
  const items = K.other(o.h.personal, personalItems(P));
  L.push('\\begin{tabularx}{\\linewidth}{@{}>{\\bfseries}p{3.3cm}X>{\\bfseries}p{3.3cm}X@{}}');
  for (let i = 0; i < items.length; i += 2) L.push(`${tx(items[i].label)} & ${tx(items[i].value)} & ${items[i + 1] ? `${tx(items[i + 1].label)} & ${tx(items[i + 1].value)}` : '&'}\\\\`);
  L.push('\\end{tabularx}');
  S(o.h.languages);
  const lang = K.other(o.h.languages, P.languages.map(([l, lvl]) => `${l} (${lvl})`));
  L.push(`${lang.map(tx).join(' \\textbullet\\ ')}\\par`);
  S(o.h.hobbies);
  L.push(`${K.other(o.h.hobbies, [...P.hobbies]).map(tx).join(', ')}\\par`);
  S(o.h.referees);
  const refs = P.referees.map((rf) => refLines(rf, 'Tel: '));
  K.other(o.h.referees, refs.flat());
  L.push(refs.map((ls) => `\\begin{minipage}[t]{0.48\\linewidth}\\textbf{${tx(ls[0])}}\\\\${tx(ls[1])}\\\\${tx(ls[2])}\\end{minipage}`).join('\\hfill') + '\\par');
  L.push('\\end{document}');
  return { K, tex: L.join('\n') + '\n' };
}
