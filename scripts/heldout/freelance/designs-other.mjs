// The LibreOffice (flat ODT and plain text) and pdfLaTeX designs of the freelance batch. Each takes
// (persona, key, options), records every printed field in the key as it prints it, and returns the source text.
import { range } from './lib.mjs';

const clientOf = (e) => e.client ?? e.agency;
const x = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// =====================================================================================================
// C. lo-grid: a flat ODT exported to PDF by LibreOffice. Header as a two-cell table (name + label left, contact stack
// right-aligned), a "Key Skills" grid (4-column bordered table, one skill per cell, group rows shaded), a "Contract
// History" table with a shaded header row (Period | Client & role | Highlights), bullets inside the third column,
// "Employment History" as plain paragraphs, education as a two-column table, certifications list, page footer.
const GRID = {
  leonor: { history: 'Freelance History', employment: 'Employment History', dates: 'MM/YYYY', present: 'current', color: '#8a3b12', font: 'Open Sans' },
  anjali: { history: 'Contract History', employment: 'Employment History', dates: 'MM/YYYY', present: 'current', color: '#23436b', font: 'Open Sans' },
  tendai: { history: 'Contract History', employment: 'Permanent Employment', dates: 'MM.YYYY', present: 'ongoing', color: '#2d5b3c', font: 'Roboto' },
};
export function loGrid(p, k, opt = {}) {
  const c = { ...GRID[p.id], ...opt };
  const letter = p.id === 'anjali';
  const P = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
  const S = (style, t) => `<text:span text:style-name="${style}">${x(t)}</text:span>`;
  const cell = (style, inner, span) => `<table:table-cell table:style-name="${style}" office:value-type="string"${span ? ` table:number-columns-spanned="${span}"` : ''}>${inner}</table:table-cell>${span ? '<table:covered-table-cell/>'.repeat(span - 1) : ''}`;
  const H = (t) => P('H', x(k.section(t)));
  let b = '';
  // header table
  const right = [k.b('email', p.email), k.b('phone', p.phone), k.b('location', p.location)];
  if (p.url) right.push(k.b('url', p.url));
  for (const n of Object.keys(p.links)) right.push(k.profile(p.links[n]));
  b += `<table:table table:name="Header" table:style-name="TH"><table:table-column table:style-name="TH.A"/><table:table-column table:style-name="TH.B"/><table:table-row>`;
  b += cell('TC0', P('Name', x(k.b('name', p.name))) + P('Label', x(k.b('label', p.label))) + P('Avail', x([p.availability, p.rate, p.ir35, p.workAuth].filter(Boolean).join(' | '))));
  b += cell('TC0', right.map((r) => P('Right', x(r))).join(''));
  b += '</table:table-row></table:table>';
  b += H(p.hd.summary);
  b += P('Body', x(k.b('summary', p.summary)));
  // Key Skills grid
  b += H('Key Skills');
  b += '<table:table table:name="Skills" table:style-name="TS">' + '<table:table-column table:style-name="TS.A" table:number-columns-repeated="4"/>';
  for (const g of p.skills) {
    b += `<table:table-row>${cell('TG', P('Grp', x(g.group)), 4)}</table:table-row>`;
    for (let i = 0; i < g.items.length; i += 4) {
      b += '<table:table-row>';
      for (let j = 0; j < 4; j++) {
        const s = g.items[i + j];
        b += cell('TK', P('Cell', s ? x(k.skill(s)) : ''));
      }
      b += '</table:table-row>';
    }
  }
  b += '</table:table>';
  // Contract History table
  b += H(c.history);
  const dd = { style: c.dates, present: c.present };
  b += '<table:table table:name="History" table:style-name="TS"><table:table-column table:style-name="TC.A"/><table:table-column table:style-name="TC.B"/><table:table-column table:style-name="TC.C"/>';
  b += `<table:table-header-rows><table:table-row>${cell('THd', P('HdCell', 'Period'))}${cell('THd', P('HdCell', p.kind === 'designer' ? 'Client &amp; project role' : 'Client &amp; role'))}${cell('THd', P('HdCell', 'Highlights'))}</table:table-row></table:table-header-rows>`;
  for (const e of p.engagements) {
    const name = clientOf(e);
    const meta = [e.type, e.agency && e.client ? `via ${e.agency}` : '', e.client ? '' : e.note, e.location].filter(Boolean).join(' · ');
    b += '<table:table-row>';
    b += cell('TK', P('Cell', x(range(e, dd))));
    b += cell('TK', P('Cell', S('Bold', name)) + P('Cell', S('Ital', e.role)) + P('Meta', x(meta)));
    b += cell('TK', e.bullets.map((t) => `<text:list text:style-name="LB"><text:list-item>${P('Li', x(t))}</text:list-item></text:list>`).join(''));
    b += '</table:table-row>';
    k.job(e, { name, position: e.role, location: e.location, dates: dd });
  }
  b += '</table:table>';
  // Employment history as paragraphs
  b += H(c.employment);
  for (const w of p.permanent) {
    b += P('Entry', `${S('Bold', w.company)}${x(` — ${w.position}, ${w.location}`)}<text:tab/>${x(range(w, dd))}`);
    b += w.bullets.map((t) => `<text:list text:style-name="LB"><text:list-item>${P('Li', x(t))}</text:list-item></text:list>`).join('');
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  // Education
  b += H('Education');
  b += '<table:table table:name="Edu" table:style-name="TH"><table:table-column table:style-name="TE.A"/><table:table-column table:style-name="TE.B"/>';
  for (const ed of p.education) {
    const o = { style: c.dates, present: c.present };
    b += `<table:table-row>${cell('TC0', P('Cell', x(range(ed, o))))}${cell('TC0', P('Cell', S('Bold', `${ed.studyType} in ${ed.area}`)) + P('Cell', x(ed.institution + (ed.score ? ` — ${ed.score}` : ''))))}</table:table-row>`;
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  b += '</table:table>';
  if (p.certifications.length) {
    b += H('Certifications');
    const items = p.certifications.map((z) => `${z.name} (${z.year})`);
    b += items.map((t) => `<text:list text:style-name="LB"><text:list-item>${P('Li', x(t))}</text:list-item></text:list>`).join('');
    k.other('Certifications', items);
  }
  if (p.languages.length) {
    b += H('Languages');
    const items = p.languages.map((l) => `${l.language}: ${l.level}`);
    b += P('Body', x(items.join(' · ')));
    k.other('Languages', items);
  }
  const pw = letter ? '21.59cm' : '21cm', ph = letter ? '27.94cm' : '29.7cm';
  const tw = letter ? 17.99 : 17.4;
  const col = c.color;
  const styles = `
<office:font-face-decls><style:font-face style:name="${c.font}" svg:font-family="'${c.font}'" style:font-family-generic="swiss"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="${c.font}" fo:font-size="9pt" fo:language="en" fo:country="${letter ? 'US' : 'GB'}" fo:color="#262626"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph"/>
 <style:style style:name="Name" style:family="paragraph"><style:text-properties fo:font-size="21pt" fo:font-weight="bold" fo:color="${col}"/></style:style>
 <style:style style:name="Label" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.05cm"/><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="Avail" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm"/><style:text-properties fo:font-size="8pt" fo:font-style="italic" fo:color="#666666"/></style:style>
 <style:style style:name="Right" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/><style:text-properties fo:font-size="8.5pt"/></style:style>
 <style:style style:name="H" style:family="paragraph" style:default-outline-level="1"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always" fo:border-bottom="1.1pt solid ${col}" fo:padding-bottom="0.04cm"/><style:text-properties fo:font-size="11pt" fo:font-weight="bold" fo:color="${col}"/></style:style>
 <style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify"/></style:style>
 <style:style style:name="Grp" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Cell" style:family="paragraph"><style:text-properties fo:font-size="8.6pt"/></style:style>
 <style:style style:name="HdCell" style:family="paragraph"><style:text-properties fo:font-size="8.4pt" fo:font-weight="bold" fo:color="#ffffff"/></style:style>
 <style:style style:name="Meta" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.05cm"/><style:text-properties fo:font-size="7.8pt" fo:color="#6b6b6b"/></style:style>
 <style:style style:name="Li" style:family="paragraph"><style:text-properties fo:font-size="8.6pt"/></style:style>
 <style:style style:name="Entry" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.15cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="${tw}cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="7.5pt" fo:color="#888888"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Ital" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="■"><style:list-level-properties text:space-before="0cm" text:min-label-width="0.35cm"/><style:text-properties fo:font-size="6pt" fo:color="${col}"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="${pw}" fo:page-height="${ph}" fo:margin-top="1.4cm" fo:margin-bottom="1.2cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:footer-style><style:header-footer-properties fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
 <style:style style:name="TH" style:family="table"><style:table-properties style:width="${tw}cm" table:align="left"/></style:style>
 <style:style style:name="TH.A" style:family="table-column"><style:table-column-properties style:column-width="${(tw * 0.62).toFixed(2)}cm"/></style:style>
 <style:style style:name="TH.B" style:family="table-column"><style:table-column-properties style:column-width="${(tw * 0.38).toFixed(2)}cm"/></style:style>
 <style:style style:name="TE.A" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="TE.B" style:family="table-column"><style:table-column-properties style:column-width="${(tw - 3.6).toFixed(2)}cm"/></style:style>
 <style:style style:name="TS" style:family="table"><style:table-properties style:width="${tw}cm" table:align="left" fo:margin-top="0.05cm"/></style:style>
 <style:style style:name="TS.A" style:family="table-column"><style:table-column-properties style:column-width="${(tw / 4).toFixed(2)}cm"/></style:style>
 <style:style style:name="TC.A" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="TC.B" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="TC.C" style:family="table-column"><style:table-column-properties style:column-width="${(tw - 8.4).toFixed(2)}cm"/></style:style>
 <style:style style:name="TC0" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none" style:vertical-align="top"/></style:style>
 <style:style style:name="TK" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #b8b8b8" style:vertical-align="top"/></style:style>
 <style:style style:name="TG" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:background-color="${col}" fo:border="0.5pt solid #b8b8b8"/></style:style>
 <style:style style:name="THd" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:background-color="${col}" fo:border="0.5pt solid #b8b8b8"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">${x(p.name)} · Curriculum Vitae · page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer></style:master-page></office:master-styles>`;
  k.layout.notes = `Flat ODT written by the generator and exported to PDF by LibreOffice Writer (${c.font}, ${letter ? 'US Letter' : 'A4'}). Header is a borderless two-cell table: name, label and an italic availability/rate line (not keyed) on the left, the contact stack right-aligned on the right (e-mail, phone, location, URLs). "Key Skills" is a 4-column bordered grid, one skill per cell under shaded group-name rows spanning the table. "${c.history}" is a 3-column bordered table with a repeated shaded header row (Period | Client & role | Highlights): the period "${c.dates === 'MM.YYYY' ? 'MM.YYYY – MM.YYYY' : 'MM/YYYY – MM/YYYY'}" (present = "${c.present}"), the bold client over the italic role and a grey "Type · via Agency · City" line, and ■ bullets inside the third cell, so text of three cells sits side by side. "${c.employment}" as "Company — Title, City<tab>dates" paragraphs with bullets; education as a two-column borderless table. Footer "Name · Curriculum Vitae · page N of M".`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
${styles}
<office:body><office:text>${b}</office:text></office:body></office:document>`;
}

// =====================================================================================================
// D. tex-minimal: a minimalist pdfLaTeX CV (Charter via XCharter, or Latin Modern), generous white space, no rules
// and no colour: name in large small caps, one " · " contact line (a case may print LinkedIn/GitHub only as
// hyperlinked words), run-in small-caps section titles on their own line, entries "**Client** (via Agency), Role
// \hfill dates" with an italic place line and en-dash bullets, skills as a two-column tabular of "Group  items".
const tx = (s) => String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}')
  .replace(/–/g, '--').replace(/—/g, '---');
const MINIMAL = {
  solveig: { dates: 'MMM YYYY', present: 'ongoing', linkWords: false, font: 'XCharter', contracts: 'Clients & Engagements', earlier: 'In-house' },
  tendai: { dates: 'MMM YYYY', present: 'now', linkWords: false, font: 'XCharter', contracts: 'Contract Engagements', earlier: 'Earlier Employment' },
  rory: { dates: 'MM/YYYY', present: 'present', linkWords: true, font: 'lmodern', contracts: 'Contracts', earlier: 'Permanent Roles' },
  gerrit: { dates: 'YYYY', present: 'present', linkWords: false, font: 'XCharter', contracts: 'Interim Assignments', earlier: 'Before Interim' },
};
export function texMinimal(p, k, opt = {}) {
  const c = { ...MINIMAL[p.id], ...opt };
  const L = [];
  L.push('\\documentclass[10pt,a4paper]{article}', '\\usepackage[T1]{fontenc}', '\\usepackage[utf8]{inputenc}', c.font === 'XCharter' ? '\\usepackage{XCharter}' : '\\usepackage{lmodern}',
    '\\usepackage[margin=2.1cm,top=1.9cm]{geometry}', '\\usepackage{enumitem}', '\\usepackage{textcomp}', '\\usepackage[hidelinks]{hyperref}', '\\usepackage{array}', '\\usepackage{needspace}',
    '\\pagestyle{empty}', '\\setlength{\\parindent}{0pt}', '\\setlist[itemize]{label=\\textendash, leftmargin=1.2em, itemsep=0pt, topsep=1pt, parsep=0pt}',
    '\\newcommand{\\sect}[1]{\\vspace{11pt}\\needspace{5\\baselineskip}{\\large\\scshape #1}\\par\\nopagebreak\\vspace{4pt}}',
    '\\begin{document}');
  L.push(`{\\LARGE\\scshape ${tx(k.b('name', p.name))}}\\par\\vspace{2pt}`);
  L.push(`{\\itshape ${tx(k.b('label', p.label))}}\\par\\vspace{5pt}`);
  const bits = [`\\href{mailto:${p.email}}{${tx(k.b('email', p.email))}}`, tx(k.b('phone', p.phone)), tx(k.b('location', p.location))];
  if (p.url) bits.push(`\\href{https://${p.url}}{${tx(k.b('url', p.url))}}`);
  const nets = Object.keys(p.links);
  const NAMES = { linkedin: 'LinkedIn', github: 'GitHub', proz: 'ProZ.com' };
  for (const n of nets) bits.push(c.linkWords ? `\\href{https://${p.links[n]}}{${NAMES[n]}}` : `\\href{https://${p.links[n]}}{${tx(k.profile(p.links[n]))}}`);
  // contact details on one line, web / profile links on a second line
  const nContact = 3;
  L.push(`{\\small ${bits.slice(0, nContact).join(' \\textperiodcentered\\ ')}}\\par`);
  L.push(`{\\small ${bits.slice(nContact).join(' \\textperiodcentered\\ ')}}\\par\\vspace{2pt}`);
  L.push(`{\\small ${tx([p.availability, p.rate, p.ir35].filter(Boolean).join(' / '))}}\\par`);
  L.push(`\\sect{${tx(k.section(p.hd.summary))}}`);
  L.push(`${tx(k.b('summary', p.summary))}\\par`);
  L.push(`\\sect{${tx(k.section(c.contracts))}}`);
  if (p.company) L.push(`{\\small\\itshape Through ${tx(p.company.name)} since ${p.company.start.slice(0, 4)}.}\\par\\vspace{3pt}`);
  const dd = { style: c.dates, present: c.present };
  const entry = (name, extra, role, when, place, bullets) => {
    L.push(`\\textbf{${tx(name)}}${extra ? ` ${tx(extra)}` : ''}, ${tx(role)} \\hfill {\\small ${tx(when)}}\\par`);
    if (place) L.push(`{\\small\\itshape ${tx(place)}}\\par`);
    if (bullets.length) L.push('\\begin{itemize}', ...bullets.map((t) => `\\item ${tx(t)}`), '\\end{itemize}');
    L.push('\\vspace{5pt}');
  };
  for (const e of p.engagements) {
    const name = clientOf(e);
    const extra = e.client ? (e.agency ? `(via ${e.agency})` : '') : `(agency; ${e.note})`;
    entry(name, extra, e.role, range(e, dd), [e.type, e.location].join(', '), e.bullets);
    k.job(e, { name, position: e.role, location: e.location, dates: dd });
  }
  L.push(`\\sect{${tx(k.section(c.earlier))}}`);
  for (const w of p.permanent) {
    entry(w.company, '', w.position, range(w, dd), w.location, w.bullets);
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  L.push(`\\sect{${tx(k.section('Education'))}}`);
  for (const ed of p.education) {
    const o = { style: 'YYYY' };
    const yr = ed.season ? range(ed, o) : ed.end.slice(0, 4);
    L.push(`${tx(ed.studyType)} ${tx(ed.area)}, ${tx(ed.institution)}${ed.score ? ` (${tx(ed.score)})` : ''} \\hfill {\\small ${tx(yr)}}\\par\\vspace{2pt}`);
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, endOnly: o });
  }
  L.push(`\\sect{${tx(k.section('Skills'))}}`);
  L.push('\\begin{tabular}{@{}>{\\itshape}p{3.4cm}p{12.2cm}@{}}');
  for (const g of p.skills) L.push(`${tx(g.group)} & ${g.items.map((s) => tx(k.skill(s))).join(', ')} \\\\`);
  L.push('\\end{tabular}\\par');
  if (p.certifications.length) {
    const t = p.kind === 'translator' ? 'Memberships' : 'Certifications';
    L.push(`\\sect{${tx(k.section(t))}}`);
    const items = p.certifications.map((z) => `${z.name}, ${z.year}`);
    L.push(items.map(tx).join('\\par\n') + '\\par');
    k.other(t, items);
  }
  if (p.languages.length) {
    L.push(`\\sect{${tx(k.section('Languages'))}}`);
    const items = p.languages.map((l) => `${l.language} (${l.level})`);
    L.push(`${items.map(tx).join(', ')}\\par`);
    k.other('Languages', items);
  }
  L.push('\\end{document}');
  k.layout.notes = `Minimalist pdfLaTeX CV (${c.font === 'XCharter' ? 'XCharter' : 'Latin Modern'}, A4, 10 pt), no rules or colour. Name in large small caps, italic label, one " · " contact line${c.linkWords ? ' where LinkedIn and GitHub are only hyperlinked words (not keyed as profiles)' : ' with printed profile URLs'}, an availability / rate line (not keyed). Section titles are large small caps on their own line (text layer keeps mixed case). Entries: "**Client** (via Agency), Role" with the dates pushed right by \\hfill on the same line, an italic "Type, City" line, en-dash bullets; ${p.company ? 'a one-line italic note names the person\'s own company (not an employer); ' : ''}degrees on one line with the graduation year only ("MSc Area, Institution (score)  2016"); skills as a borderless two-column tabular (italic group | comma list). T1 fonts: fi/fl ligatures may appear in the text layer.`;
  return L.join('\n');
}

// =====================================================================================================
// G. plain-text: a CV typed in a text editor (76 columns, ASCII rules under CAPITAL headings) and exported to PDF by
// LibreOffice Writer's text import (Liberation Mono). Dates "MM/YYYY - MM/YYYY" or "Current" in a fixed 20-column
// gutter, hand-wrapped "*" bullets with hanging indent, skills as wrapped "Group: a, b" lines.
const TXT = {
  rory: { present: 'Current', rule: '=', bullet: '*', contracts: 'CONTRACT ROLES', permanent: 'PERMANENT ROLES' },
  anjali: { present: 'Current', rule: '-', bullet: '-', contracts: 'CONTRACT EXPERIENCE', permanent: 'FULL-TIME EMPLOYMENT' },
  solveig: { present: 'Ongoing', rule: '~', bullet: '-', contracts: 'CLIENTS AND ENGAGEMENTS', permanent: 'IN-HOUSE EXPERIENCE' },
  leonor: { present: 'Current', rule: '=', bullet: '+', contracts: 'FREELANCE PROJECTS', permanent: 'EMPLOYMENT' },
};
function wrap(text, width, first, rest) {
  const words = String(text).split(/\s+/);
  const lines = [];
  let cur = first;
  let empty = true;
  for (const w of words) {
    if (!empty && cur.length + 1 + w.length > width) { lines.push(cur); cur = rest + w; empty = false; continue; }
    cur += (empty ? '' : ' ') + w;
    empty = false;
  }
  lines.push(cur);
  return lines;
}
export function plainText(p, k, opt = {}) {
  const c = { ...TXT[p.id], ...opt };
  const W = 76, G = ' '.repeat(20);
  const L = [];
  const H = (t) => { L.push('', k.section(t), c.rule.repeat(t.length)); };
  L.push(k.b('name', p.name.toUpperCase()));
  L.push(k.b('label', p.label));
  L.push([k.b('location', p.location), k.b('phone', p.phone), k.b('email', p.email)].join(' | '));
  const links = [];
  if (p.url) links.push(k.b('url', p.url));
  for (const n of Object.keys(p.links)) links.push(k.profile(p.links[n]));
  L.push(links.join(' | '));
  L.push('');
  L.push(...wrap([p.availability, p.rate, p.ir35, p.workAuth].filter(Boolean).join(' | '), W, '', ''));
  H(p.hd.summary.toUpperCase());
  L.push(...wrap(k.b('summary', p.summary), W, '', ''));
  const dd = { style: 'MM/YYYY', present: c.present, sep: ' - ' };
  const block = (when, head, sub, bullets) => {
    L.push('');
    const w = when.padEnd(20);
    L.push(...wrap(head, W, w, G));
    if (sub) L.push(...wrap(sub, W, G, G));
    for (const b of bullets) L.push(...wrap(b, W, `${G}${c.bullet} `, `${G}  `));
  };
  H(c.contracts);
  for (const e of p.engagements) {
    const name = clientOf(e);
    const head = `${name}${e.client && e.agency ? ` (via ${e.agency})` : ''}, ${e.location}`;
    const sub = `${e.role} - ${e.type}${e.client ? '' : ` (${e.note})`}`;
    block(range(e, dd), head, sub, e.bullets);
    k.job(e, { name, position: e.role, location: e.location, dates: dd });
  }
  H(c.permanent);
  for (const w of p.permanent) {
    block(range(w, dd), `${w.company}, ${w.location}`, w.position, w.bullets);
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  H('EDUCATION');
  for (const ed of p.education) {
    const o = { style: 'YYYY', sep: ' - ' };
    block(range(ed, o), `${ed.studyType} ${ed.area}`, `${ed.institution}${ed.score ? ` - ${ed.score}` : ''}`, []);
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  H(p.kind === 'translator' ? 'TOOLS AND SPECIALISMS' : 'SKILLS');
  for (const g of p.skills) L.push(...wrap(`${g.group}: ${g.items.map((s) => k.skill(s)).join(', ')}`, W, '', '    '));
  if (p.certifications.length) {
    const t = p.kind === 'translator' ? 'MEMBERSHIPS' : 'CERTIFICATIONS';
    H(t);
    const items = p.certifications.map((z) => `${z.name} (${z.year})`);
    for (const it of items) L.push(...wrap(it, W, `${c.bullet} `, '  '));
    k.other(t, items);
  }
  if (p.languages.length) {
    H('LANGUAGES');
    const items = p.languages.map((l) => `${l.language} (${l.level})`);
    L.push(...wrap(items.join(', '), W, '', ''));
    k.other('LANGUAGES', items);
  }
  L.push('');
  L.push('References available on request.');
  k.layout.notes = `Plain-text CV (UTF-8, hand-wrapped at ${W} columns) exported to PDF by LibreOffice Writer's text import (Liberation Mono 10, A4). Name in typed capitals, contact and link lines with " | ", a wrapped availability/rate line (not keyed). Headings are CAPITAL lines underlined with "${c.rule}" characters. Every entry starts with "MM/YYYY - MM/YYYY" (present = "${c.present}"${p.id === 'leonor' ? ', or "Summer 2017"' : p.id === 'solveig' ? ', or "Summer 2019"' : ''}) padded to a 20-column gutter, then "Client (via Agency), City" and "Role - Type", with "${c.bullet}" bullets whose continuation lines are indented by spaces: the text layer has hard line breaks inside every bullet. Skills as wrapped "Group: a, b" lines. The closing "References available on request." has no heading.`;
  return `${L.join('\n')}\n`;
}
