// HTML (Chromium), flat ODT (LibreOffice) and LaTeX (pdflatex) designs. Each prints a persona and records the key
// in the same call.
import { single, duration, flatSkills, escHtml as h, escXml } from './lib.mjs';
import { jobKey, eduKey } from './designs-docx.mjs';

const refKey = (r, fields) => Object.fromEntries(fields.map((f) => [f, r[f]]));
const ICON = {
  pin: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z"/></svg>',
  phone: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.6 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.6 3.6a1 1 0 0 1-.25 1z"/></svg>',
  mail: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z"/></svg>',
  link: '<svg width="11" height="11" viewBox="0 0 24 24"><path fill="currentColor" d="M19 3H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zM8.3 18H5.7V9.7h2.6zM7 8.5A1.5 1.5 0 1 1 7 5.5a1.5 1.5 0 0 1 0 3zM18.3 18h-2.6v-4c0-1-.02-2.3-1.4-2.3s-1.6 1.1-1.6 2.2V18h-2.6V9.7h2.5v1.1a2.7 2.7 0 0 1 2.5-1.4c2.6 0 3.1 1.7 3.1 4z"/></svg>',
};

// ------------------------------------------------------------------ Reed/Totaljobs-like candidate profile export
export function reed(p, K) {
  const S = (t) => `<h2>${h(K.sec(t))}</h2>`;
  let x = `<div class="top"><div class="who"><h1>${h(K.b('name', p.name))}</h1><div class="label">${h(K.b('label', p.label))}</div></div>`;
  x += '<ul class="contact">';
  x += `<li>${ICON.pin}<span>${h(K.b('location', p.location))}</span></li>`;
  x += `<li>${ICON.phone}<span>${h(K.b('phone', p.mobile ?? p.phone))}</span></li>`;
  x += `<li>${ICON.mail}<span>${h(K.b('email', p.email))}</span></li>`;
  if (p.linkedin) x += `<li>${ICON.link}<a href="https://www.${h(p.linkedin)}">${h(K.prof(p.linkedin))}</a></li>`;
  x += '</ul></div>';
  x += `<section>${S('About me')}<p>${h(K.b('summary', p.summary))}</p></section>`;
  x += `<section>${S('Work history')}`;
  for (const j of p.work) {
    const d = jobKey(K, j, 'Sept');
    x += `<div class="job"><div class="row"><div><div class="pos">${h(j.title)}</div><div class="org">${h(j.org)} · ${h(j.loc)}</div></div><div class="when">${h(d.text)}</div></div>`;
    x += `<ul class="duties">${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul></div>`;
  }
  x += `</section><section>${S('Education')}`;
  for (const e of p.education) {
    const d = eduKey(K, e, 'YYYY');
    x += `<div class="edu"><div class="pos">${h(e.deg)}</div><div class="org">${h(e.inst)}</div><div class="meta">${h(d.text)}${e.score ? ` · Result: ${h(e.score)}` : ''}</div></div>`;
  }
  x += `</section><section>${S('Skills')}<div class="tags">${flatSkills(p).map((s) => `<span class="tag">${h(K.skill(s))}</span>`).join(' ')}</div></section>`;
  x += `<section>${S('Certifications')}<ul class="plain">${K.other('Certifications', [...p.certs]).map((c) => `<li>${h(c)}</li>`).join('')}</ul></section>`;
  x += `<section>${S('Additional details')}<table class="kv">${K.other('Additional details', p.extras.map(([label, value]) => ({ label, value }))).map((e) => `<tr><th>${h(e.label)}</th><td>${h(e.value)}</td></tr>`).join('')}</table></section>`;
  x += `<section>${S('References')}<div class="refs">${K.other('References', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone', 'email']))).map((r) => `<div class="ref"><b>${h(r.name)}</b><br>${h(r.title)}<br>${h(r.org)}<br>${h(r.phone)}<br>${h(r.email)}</div>`).join('')}</div></section>`;
  const css = `@page{size:A4;margin:14mm 14mm 16mm}body{font-family:'Open Sans','DejaVu Sans',sans-serif;font-size:9.6pt;color:#222;margin:0}
.top{background:#f4f1fa;border-top:5px solid #d0006f;padding:14px 18px;display:flex;justify-content:space-between;align-items:flex-start}
h1{margin:0;font-size:22pt;color:#2d1a47;font-weight:700}.label{font-size:11.5pt;color:#555;margin-top:2px}
.contact{list-style:none;margin:0;padding:0;font-size:9pt}.contact li{display:flex;gap:6px;align-items:center;margin:2px 0;color:#2d1a47}.contact a{color:#2d1a47;text-decoration:none}
section{margin-top:12px}h2{font-size:12pt;color:#d0006f;margin:0 0 6px;padding-bottom:3px;border-bottom:1px solid #e4dced;font-weight:600}
.job,.edu{margin:0 0 9px;page-break-inside:avoid}.row{display:flex;justify-content:space-between}.pos{font-weight:700;color:#2d1a47;font-size:10.4pt}.org{color:#444}.when,.meta{color:#777;white-space:nowrap}
.duties{margin:4px 0 0 0;padding-left:16px}.duties li{margin:1px 0}
.tags{line-height:2}.tag{display:inline-block;border:1px solid #cbb8e0;background:#faf7fd;border-radius:12px;padding:0 9px;margin:0 2px 3px 0;font-size:9pt}
.plain{margin:0;padding-left:16px}.kv th{text-align:left;font-weight:600;padding:1px 14px 1px 0;color:#2d1a47}.kv{border-collapse:collapse}
.refs{display:flex;gap:40px}.ref{line-height:1.45}`;
  return {
    html: `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${h(p.name)} – CV</title><style>${css}</style></head><body>${x}</body></html>`,
    notes: 'UK job-board candidate-profile export (Reed / Totaljobs look) printed by Chromium: tinted header band with a magenta top border, name + desired job title on the left and an icon contact list on the right (SVG pin / phone / envelope / LinkedIn icons carry no text; LinkedIn printed as linkedin.com/in/… and hyperlinked); magenta headings with a hairline (About me, Work history, Education, Skills, Certifications, Additional details, References); each job: bold position, "Employer · Town" below and the range right-aligned ("Sept 2019 – Present", UK "Sept"); education cards "qualification / institution / 2013 – 2016 · Result: 2:1"; skills as rounded tags; additional details as a label/value table (Driving licence, Right to work, Security clearance …); two referees side by side.',
  };
}

// ------------------------------------------------------------------ Seek-like Australian / NZ profile export
export function seek(p, K) {
  const S = (t) => `<h2>${h(K.sec(t))}</h2>`;
  let x = `<header><h1>${h(K.b('name', p.name))}</h1>`;
  x += `<div class="ct"><span>${ICON.pin} ${h(K.b('location', p.location))}</span><span>${ICON.phone} ${h(K.b('phone', p.phone))}</span><span>${ICON.mail} ${h(K.b('email', p.email))}</span></div></header>`;
  x += `<div class="card">${S('Personal summary')}<p>${h(K.b('summary', p.summary))}</p></div>`;
  x += `<div class="card">${S('Career history')}`;
  for (const j of p.work) {
    const d = jobKey(K, j, 'Mon', { sep: ' - ', highlights: [...j.bullets, ...(j.achievements ?? [])] });
    x += `<div class="role"><div class="t">${h(j.title)}</div><div class="c">${h(j.org)}</div><div class="d">${h(d.text)} <span class="dur">(${duration(j.start, j.end)})</span></div>`;
    x += `<div class="desc"><ul>${j.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul>`;
    if (j.achievements?.length) x += `<p class="ach">Achievements:</p><ul>${j.achievements.map((a) => `<li>${h(a)}</li>`).join('')}</ul>`;
    x += `<p class="loc">${h(j.loc)}</p></div></div>`;
  }
  x += `</div><div class="card">${S('Education')}`;
  for (const e of p.education) {
    const a = single(K, e.end, 'YYYY');
    K.edu({ institution: e.inst, studyType: e.type, area: e.area, score: e.score, endDate: a.key });
    x += `<div class="role"><div class="t">${h(e.deg)}</div><div class="c">${h(e.inst)}</div><div class="d">Finished ${h(a.text)}</div>${e.score ? `<div class="hl">${h(e.score)}</div>` : ''}</div>`;
  }
  x += `</div><div class="card">${S('Licences & certifications')}`;
  for (const c of K.other('Licences & certifications', [...p.certs])) x += `<div class="lic">${h(c)}</div>`;
  x += `</div><div class="card">${S('Skills')}<div class="pills">${flatSkills(p).map((s) => `<span>${h(K.skill(s))}</span>`).join('')}</div></div>`;
  x += `<div class="card">${S('More about me')}<dl>${K.other('More about me', p.extras.map(([label, value]) => ({ label, value }))).map((e) => `<dt>${h(e.label)}</dt><dd>${h(e.value)}</dd>`).join('')}</dl></div>`;
  const css = `@page{size:A4;margin:12mm}body{font-family:'Carlito','Liberation Sans',sans-serif;font-size:10.2pt;color:#1c2330;margin:0;background:#fff}
header{background:#0d3880;color:#fff;padding:16px 20px;border-radius:8px}h1{margin:0 0 6px;font-size:24pt;letter-spacing:-.3px}
.ct{display:flex;gap:18px;flex-wrap:wrap;font-size:9.5pt}.ct svg{vertical-align:-1px}
.card{border:1px solid #d5dbe5;border-radius:8px;padding:10px 16px;margin-top:10px;page-break-inside:auto}
h2{font-size:13pt;margin:0 0 8px;color:#0d3880}.role{margin:0 0 10px;page-break-inside:avoid}.t{font-weight:700;font-size:11pt}.c{color:#1c2330}.d{color:#5a6882;font-size:9.4pt}
.dur{color:#8a94a6}.desc ul{margin:4px 0;padding-left:18px}.ach{margin:4px 0 0;font-weight:600}.loc{margin:2px 0 0;color:#5a6882;font-size:9pt}
.hl{color:#5a6882;font-size:9.4pt}.lic{padding:3px 0;border-bottom:1px dashed #e3e7ee}
.pills span{display:inline-block;background:#eef2f8;border-radius:14px;padding:2px 10px;margin:0 5px 5px 0;font-size:9.4pt}
dl{display:grid;grid-template-columns:170px 1fr;margin:0}dt{font-weight:600;color:#5a6882}dd{margin:0 0 3px}`;
  return {
    html: `<!doctype html><html lang="en-AU"><head><meta charset="utf-8"><title>${h(p.name)} | Profile</title><style>${css}</style></head><body>${x}</body></html>`,
    notes: 'Australian / NZ job-site profile export (Seek look) printed by Chromium: navy rounded header band with the name and an icon row (pin / phone / envelope SVG icons, no text) holding suburb STATE postcode, mobile and e-mail; no job title label; bordered cards (Personal summary, Career history, Education, Licences & certifications, Skills, More about me); each role: bold title, employer, "Jul 2021 - Present (3 yrs 11 mths)" with a computed duration in brackets, bullet description, an "Achievements:" line with more bullets (kept as highlights), and the location printed LAST under the description; education shows qualification / institution / "Finished 2014" only (endDate only) and an honours line as the score; skills as pills; "More about me" label/value grid (driver licence, work rights).',
  };
}

// ------------------------------------------------------------------ LibreOffice (flat ODT) with small-caps headings and dates on the left
export function losc(p, K) {
  const x = (s) => escXml(s);
  const P = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
  const row = (left, right) => `<table:table-row><table:table-cell table:style-name="TC" office:value-type="string">${left}</table:table-cell><table:table-cell table:style-name="TC" office:value-type="string">${right}</table:table-cell></table:table-row>`;
  let tblN = 0;
  const tbl = (rows) => `<table:table table:name="T${++tblN}" table:style-name="TB"><table:table-column table:style-name="TL"/><table:table-column table:style-name="TR"/>${rows.join('')}</table:table>`;
  const H = (t) => P('Head', x(K.sec(t)));
  let b = P('Name', x(K.b('name', p.name)));
  const cl = [K.b('location', p.address ?? p.location), K.b('phone', p.phone), K.b('email', p.email)];
  if (p.linkedin) cl.push(K.prof(p.linkedin));
  b += P('Contact', cl.map(x).join(' <text:span text:style-name="Dim">◆</text:span> '));
  b += H('Profile');
  b += P('Body', x(K.b('summary', p.summary)));
  b += H('Career History');
  const jr = p.work.map((j) => {
    const d = jobKey(K, j, 'Month');
    return row(P('Date', x(d.text)), P('Entry', `<text:span text:style-name="B">${x(j.title)}</text:span>`) + P('Org', `${x(j.org)}, ${x(j.loc)}`) +
      j.bullets.map((t) => `<text:list text:style-name="LB"><text:list-item>${P('Bul', x(t))}</text:list-item></text:list>`).join(''));
  });
  b += tbl(jr);
  b += H('Education');
  b += tbl(p.education.map((e) => {
    const d = eduKey(K, e, 'YYYY');
    return row(P('Date', x(d.text)), P('Entry', `<text:span text:style-name="B">${x(e.deg)}</text:span>${e.score ? `, ${x(e.score)}` : ''}`) + P('Org', x(e.inst)));
  }));
  b += H('Skills');
  b += tbl([row(P('Date', 'Key skills'), P('Body', flatSkills(p).map((s) => x(K.skill(s))).join(', ')))]);
  b += H('Certifications');
  b += tbl(K.other('Certifications', [...p.certs]).map((c) => row(P('Date', ''), P('Body', x(c)))));
  b += H('Additional Information');
  b += tbl(K.other('Additional Information', p.extras.map(([label, value]) => ({ label, value }))).map((e) => row(P('Date', x(e.label)), P('Body', x(e.value)))));
  b += H('References');
  b += P('Body', x(K.other('References', ['Available on request.'])[0]));
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="EB Garamond" svg:font-family="'EB Garamond'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="EB Garamond" fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="PL"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.6cm" fo:margin-bottom="1.6cm" fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout>
<style:style style:name="Name" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="24pt" fo:font-variant="small-caps" fo:letter-spacing="0.04cm"/></style:style>
<style:style style:name="Contact" style:family="paragraph"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.3cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Head" style:family="paragraph"><style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.15cm" fo:border-bottom="0.5pt solid #6b6b6b" fo:padding-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="13pt" fo:font-variant="small-caps" fo:letter-spacing="0.03cm" fo:color="#3b3b3b"/></style:style>
<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="Date" style:family="paragraph"><style:text-properties fo:font-size="10pt" fo:font-style="italic" fo:color="#555555"/></style:style>
<style:style style:name="Entry" style:family="paragraph"/>
<style:style style:name="Org" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.05cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Bul" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.03cm"/><style:text-properties fo:font-size="10.5pt"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Dim" style:family="text"><style:text-properties fo:color="#999999" fo:font-size="7pt"/></style:style>
<style:style style:name="TB" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
<style:style style:name="TL" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
<style:style style:name="TR" style:family="table-column"><style:table-column-properties style:column-width="13.4cm"/></style:style>
<style:style style:name="TC" style:family="table-cell"><style:table-cell-properties fo:padding-top="0.06cm" fo:padding-bottom="0.1cm" fo:padding-left="0cm" fo:padding-right="0.2cm" fo:border="none"/></style:style>
<text:list-style style:name="LB"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.45cm" fo:text-indent="-0.4cm" fo:margin-left="0.45cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="PL"/></office:master-styles>
<office:body><office:text>${b}</office:text></office:body></office:document>`;
  return {
    fodt,
    notes: 'LibreOffice Writer document (flat ODT, EB Garamond) exported to PDF by LibreOffice: centred small-caps name, centred contact line separated by small grey ◆ glyphs (address or town + postcode, phone, e-mail, LinkedIn URL); small-caps letter-spaced section headings with a grey rule (Profile, Career History, Education, Skills, Certifications, Additional Information, References); every entry is a borderless two-column table row with the dates in italics in a LEFT column ("September 2019 – Present", full month names; education "2013 – 2016") and bold position, italic "Employer, Town" and en-dash list bullets on the right; the skills row is labelled "Key skills" in the left column; additional information as label | value rows; "Available on request." under References. LibreOffice draws small caps as a capital plus reduced capitals, so pdftotext splits words ("R ĀWIRI K INGI", "C AREER H ISTORY").',
  };
}

// ------------------------------------------------------------------ UK academic-ish LaTeX CV (pdflatex)
const tex = (s) => String(s).replace(/\\/g, '\\textbackslash{}').replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}')
  .replace(/’/g, "'").replace(/“/g, '``').replace(/”/g, "''");
export function latex(p, K) {
  const S = (t) => `\\section*{${tex(K.sec(t))}}`;
  let b = `\\begin{center}{\\LARGE\\scshape ${tex(K.b('name', p.name))}}\\\\[3pt]{\\itshape ${tex(K.b('label', p.label))}}\\\\[4pt]\n`;
  const c = [tex(K.b('location', p.address ?? p.location)), tex(K.b('phone', p.phone)), `\\href{mailto:${p.email}}{${tex(K.b('email', p.email))}}`];
  if (p.linkedin) c.push(`\\href{https://www.${p.linkedin}}{${tex(K.prof(p.linkedin))}}`);
  if (p.github) c.push(`\\href{https://${p.github}}{${tex(K.prof(p.github))}}`);
  b += `\\small ${c.join(' \\textperiodcentered{} ')}\\end{center}\n`;
  b += S('Education');
  for (const e of p.education) {
    const d = eduKey(K, e, 'YYYY', { sep: '–' });
    const dt = d.start ? `${d.parts[0]}--${d.parts[1]}` : d.text;
    b += `\\noindent\\textbf{${tex(e.inst)}} \\hfill ${dt}\\\\\n${tex(e.deg)}${e.score ? ` (${tex(e.score)})` : ''}`;
    if (e === p.education[0] && p.dissertation) b += `\\\\\n{\\small\\itshape ${tex((K.k.education.at(-1).highlights = [p.dissertation])[0])}}`;
    b += '\n\n\\smallskip\n';
  }
  b += S('Employment');
  for (const j of p.work) {
    const d = jobKey(K, j, 'YYYY', { now: 'present' });
    b += `\\noindent\\textbf{${tex(j.title)}}, ${tex(j.org)}, ${tex(j.loc)} \\hfill ${d.parts[0]} -- ${d.parts[1]}\n`;
    b += `\\begin{itemize}${j.bullets.map((t) => `\\item ${tex(t)}`).join('\n')}\\end{itemize}\n`;
  }
  if (p.publications) {
    b += S('Publications');
    b += `\\begin{enumerate}[label={[\\arabic*]}]${K.other('Publications', [...p.publications]).map((t) => `\\item ${tex(t)}`).join('\n')}\\end{enumerate}\n`;
  }
  b += S('Skills');
  if (p.skillGroups) {
    b += '\\begin{tabular}{@{}p{3.2cm}p{12.6cm}@{}}\n' + p.skillGroups.map(([g, xs]) => `\\textit{${tex(g)}} & ${xs.map((s) => tex(K.skill(s))).join(', ')}\\\\`).join('\n') + '\n\\end{tabular}\n';
  } else {
    b += `\\noindent ${p.keySkills.map((s) => tex(K.skill(s))).join(' \\textbullet{} ')}\n`;
  }
  b += S('Professional Registration and Certificates');
  b += `\\begin{itemize}${K.other('Professional Registration and Certificates', [...p.certs]).map((t) => `\\item ${tex(t)}`).join('\n')}\\end{itemize}\n`;
  b += S('Other Information');
  b += `\\begin{tabular}{@{}p{4.2cm}l@{}}\n${K.other('Other Information', p.extras.map(([label, value]) => ({ label, value }))).map((e) => `${tex(e.label)}: & ${tex(e.value)}\\\\`).join('\n')}\n\\end{tabular}\n`;
  b += S('Referees');
  const refs = K.other('Referees', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone', 'email'])));
  b += refs.map((r) => `\\begin{minipage}[t]{0.48\\textwidth}\\textbf{${tex(r.name)}}\\\\${tex(r.title)}\\\\${tex(r.org)}\\\\Tel.\\ ${tex(r.phone)}\\\\\\href{mailto:${r.email}}{${tex(r.email)}}\\end{minipage}`).join('\\hfill\n') + '\n';
  const src = `\\documentclass[11pt,a4paper]{article}
\\usepackage[utf8]{inputenc}\\usepackage[T1]{fontenc}\\usepackage{XCharter}
\\usepackage[a4paper,margin=2cm,top=1.6cm]{geometry}\\usepackage{titlesec}\\usepackage{enumitem}
\\usepackage[hidelinks]{hyperref}\\usepackage{xcolor}
\\definecolor{oxblood}{HTML}{5A1A28}
\\titleformat{\\section}{\\normalsize\\bfseries\\color{oxblood}}{}{0em}{}[{\\color{oxblood}\\titlerule[0.6pt]}]
\\titlespacing*{\\section}{0pt}{10pt}{5pt}
\\setlist[itemize]{leftmargin=1.3em,itemsep=0pt,topsep=2pt,label=--}
\\setlist[enumerate]{leftmargin=2em,itemsep=1pt,topsep=2pt}
\\pagestyle{empty}\\setlength{\\parindent}{0pt}
\\begin{document}
${b}
\\end{document}
`;
  return {
    tex: src,
    notes: 'UK academic-style CV typeset with pdflatex (XCharter, T1): centred small-caps name, italic label, one contact line with centred dots (address or town + postcode, phone, e-mail, LinkedIn / GitHub URLs, hyperlinked); bold oxblood section titles over a thin rule (Education FIRST, Employment, Publications where present, Skills, Professional Registration and Certificates, Other Information, Referees); education "Institution \\hfill 2015–2016" then "MSc Advanced Computing (Distinction)" and an italic dissertation line for the first degree where present; employment "Position, Employer, Town \\hfill 2021 – present" (year-only ranges, lowercase "present") with en-dash itemize bullets; numbered [1] publications; skills as an italic-label tabular or a bullet-separated line; Other Information as a label/value tabular; two referees in side-by-side minipages.',
  };
}

