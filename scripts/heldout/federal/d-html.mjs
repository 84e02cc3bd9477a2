// HTML designs printed by headless Chromium: a USAJOBS resume-builder-like export (label gutter), a two-column
// military-transition resume, and a modern one-column local-government resume with SVG icons and skill tags.
import { range, fmtDate, nameText, xml as e } from './lib.mjs';
import { degreeText } from './d-docx.mjs';

const page = (title, css, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title><style>${css}</style></head><body>\n${body}\n</body></html>\n`;
// "200 Third Street, Parkersburg, WV 26101" → ["200 Third Street", "Parkersburg, WV 26101"]; no street → [null, all]
const splitAddr = (a) => { const parts = a.split(', '); return parts.length >= 3 ? [parts[0], parts.slice(1).join(', ')] : [null, a]; };

// ------------------------------------------------------------------------------------------------------------
// html-usajobs: imitates the PDF a USAJOBS-built resume exports to. Liberation Sans 10pt, US Letter, a left label
// gutter ("Work Experience:", "Education:", …) beside the content, every job a block of plain label: value lines,
// the "Duties, Accomplishments and Related Skills:" text typed by the applicant (• typed as characters), references.
export function htmlUsajobs(P, K) {
  const o = { style: 'mm/yyyy', sep: ' - ', present: 'Present' };
  const rows = [];
  const row = (label, html) => rows.push(`<div class="lab">${e(K.sec(label))}:</div><div class="val">${html}</div>`);
  const head = `<div class="head"><div class="nm">${e(nameText(K, P))}</div><div>${e(P.street)}</div><div>${e(K.set('location', P.city))} US</div>` +
    `<div>Mobile: ${e(K.set('phone', P.phone))}</div><div>Email: ${e(K.set('email', P.email))}</div></div>`;
  row('Availability', '<div>Job Type: Permanent</div><div>Work Schedule: Full-Time</div>');
  row('Desired locations', `<div>United States - ${e(P.city.split(', ')[1].slice(0, 2))}</div><div>United States - DC - Washington DC</div>`);
  const jobs = [];
  for (const j of P.jobs) {
    K.job();
    const [street, cityLine] = splitAddr(j.address);
    const gs = /^GS-(\d{4})-(\d+)$/.exec(j.series ?? '');
    const lines = [`<div class="emp">${e(K.w('name', j.employer))}</div>`];
    if (street) lines.push(`<div>${e(street)}</div>`);
    lines.push(`<div>${e(K.w('location', cityLine))}${/, [A-Z]{2}( \d{5})?$/.test(cityLine) ? ' United States' : ''}</div>`, '<div class="gap"></div>');
    lines.push(`<div>${e(K.wr(range(j.start, j.end, o)))}</div>`, `<div>Salary: ${e(j.salary)}</div>`, `<div>Hours per week: ${j.hours}</div>`);
    if (gs) lines.push(`<div>Series: ${gs[1]} &nbsp; Pay Plan: GS &nbsp; Grade: ${gs[2]}</div>`);
    else if (j.series) lines.push(`<div>Grade: ${e(j.series)}</div>`);
    lines.push(`<div class="pos">${e(K.w('position', j.position))}</div>`);
    if (j.org) lines.push(`<div>${e(j.org)}</div>`);
    lines.push('<div>Duties, Accomplishments and Related Skills:</div>');
    for (const d of j.duties) lines.push(`<p>${e(K.hl(d))}</p>`);
    lines.push('<p>Accomplishments:</p>');
    for (const a of j.acc) lines.push(`<div class="typed">• ${e(K.hl(a))}</div>`);
    lines.push('<div class="gap"></div>', `<div>Supervisor: ${e(j.sup.name)} (${e(j.sup.phone)})</div>`, `<div>Okay to contact this Supervisor: ${e(j.sup.contact)}</div>`);
    jobs.push(`<div class="job">${lines.join('')}</div>`);
  }
  row('Work Experience', jobs.join(''));
  const eds = [];
  for (const ed of P.education) {
    K.edu();
    const l = [`<div>${e(K.w('institution', ed.institution))} ${e(ed.place)} United States</div>`, `<div>${e(K.w('studyType', ed.level))} ${e(K.grad(ed.grad, 'mm/yyyy'))}</div>`];
    if (ed.gpa) l.push(`<div>GPA: ${e(K.w('score', ed.gpa))} of a maximum 4.0</div>`);
    l.push(`<div>Credits Earned: ${e(ed.credits)}</div>`, `<div>Major: ${e(K.w('area', ed.area))}</div>`);
    if (ed.coursework) l.push('<div>Relevant Coursework, Licensures and Certifications:</div>', `<div>${e(ed.coursework.map((c) => K.course(c)).join(', '))}</div>`);
    eds.push(`<div class="job">${l.join('')}</div>`);
  }
  row('Education', eds.join(''));
  const tr = K.other('Job Related Training');
  row('Job Related Training', P.training.map((t) => `<div>${e(tr.item(`${t.title} - ${t.provider} - ${fmtDate(t.date, 'mm/yyyy')} (${t.hours} hours)`))}</div>`).join(''));
  const s0 = P.jobs[0].sup;
  row('References', `<div class="job"><div>${e(s0.name)} &nbsp; Employer: ${e(P.jobs[0].employer)}</div><div>Phone: ${e(s0.phone)}</div><div>Reference Type: Professional</div></div>`);
  const skills = P.skills.flatMap(([, items]) => items).map((s) => K.skill(s)).join(', ');
  const add = [`<p>Citizenship: ${e(P.citizenship)}. Veterans’ Preference: ${e(P.veteran)}. Security Clearance: ${e(P.clearance)}.</p>`,
    `<p>Technical Skills: ${e(skills)}</p>`,
    `<p>Certifications: ${e(P.certs.map((c) => `${c.name} (${fmtDate(c.date, 'mm/yyyy')})`).join('; '))}</p>`,
    `<p>Awards: ${e(P.awards.join('; '))}</p>`];
  row('Additional Information', add.join(''));
  const css = `@page { size: Letter; margin: 0.6in 0.6in 0.7in; @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt 'Liberation Sans'; } }
body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; line-height: 1.3; color: #000; }
.head { margin-bottom: 14pt; } .nm { font-size: 15pt; font-weight: bold; margin-bottom: 3pt; }
.grid { display: grid; grid-template-columns: 1.55in 1fr; column-gap: 12pt; row-gap: 12pt; }
.lab { font-weight: bold; } .job { margin-bottom: 12pt; } .emp, .pos { font-weight: bold; } .gap { height: 8pt; }
p { margin: 4pt 0; } .typed { margin: 2pt 0; }`;
  return { kind: 'html', data: page(`${P.name} - USAJOBS Resume`, css, `${head}<div class="grid">${rows.join('\n')}</div>`), notes: 'Imitates a USAJOBS resume-builder PDF export (Liberation Sans 10, US Letter): plain name/address block ("Martinsburg, WV 25401 US", "Mobile:", "Email:"), then a two-column grid whose left gutter holds bold labels with colons (Availability, Desired locations, Work Experience, Education, Job Related Training, References, Additional Information; all keyed as sections without the colon) and whose right side holds plain label: value lines. Each job: bold employer, street, "City, ST ZIP United States" (location = city line), date line "MM/YYYY - Present", Salary, Hours per week, "Series: 2210 Pay Plan: GS Grade: 12" or "Grade:", bold position, optional unit line, "Duties, Accomplishments and Related Skills:" paragraphs, "Accomplishments:" and "•"-typed lines (highlights), supervisor lines. Education as "School City, ST United States" / "Bachelor’s Degree MM/YYYY" (studyType = degree level) / "GPA: x of a maximum 4.0" / "Credits Earned" / "Major:" (area) / coursework (courses). A reference block repeats the first supervisor (not a work entry). Skills come from the "Technical Skills:" sentence in Additional Information. Footer "Page N of M".' };
}

// ------------------------------------------------------------------------------------------------------------
// html-mil-twocol: military-transition resume, Source-like sans (Lato), US Letter. Full-width header with name,
// target title and a tagline; a tinted left sidebar (Contact with ☎ ✉ ⌂ glyphs, Clearance, Core Skills one per
// line, Certifications, Education, Awards) and a main column (Profile, Military & Civilian Experience with
// "Title … Jun 2022 - Present", "Employer · City", italic unit/MOS line, ▸ bullets, Training).
export function htmlMilTwoCol(P, K) {
  const o = { style: 'mon', sep: ' - ', present: 'Present' };
  const side = [], main = [];
  const sh = (t) => side.push(`<h3>${e(K.sec(t))}</h3>`);
  const mh = (t) => `<h2>${e(t)}</h2>`;
  const head = `<header><h1>${e(nameText(K, P))}</h1><div class="lbl">${e(K.set('label', P.label))}</div><div class="tag">${e(P.veteran)} &nbsp;|&nbsp; Clearance: ${e(P.clearance)}</div></header>`;
  sh('CONTACT');
  side.push(`<div class="ci"><span class="ic">☎</span>${e(K.set('phone', P.phone))}</div><div class="ci"><span class="ic">✉</span>${e(K.set('email', P.email))}</div><div class="ci"><span class="ic">⌂</span>${e(K.set('location', P.city))}</div><div class="ci"><span class="ic in">in</span>${e(K.profile(P.linkedin))}</div>`);
  sh('CLEARANCE');
  side.push(`<div>${e(P.clearance)}</div>`);
  sh('CORE SKILLS');
  side.push(`<ul class="sk">${P.skills.flatMap(([, items]) => items).map((s) => `<li>${e(K.skill(s))}</li>`).join('')}</ul>`);
  sh('CERTIFICATIONS');
  const ce = K.other('CERTIFICATIONS');
  side.push(P.certs.map((c) => `<div class="cert">${e(ce.item(c.name))}<br><span class="sm">${e(c.issuer)}, ${e(fmtDate(c.date, 'yyyy'))}</span></div>`).join(''));
  sh('EDUCATION');
  for (const ed of P.education) {
    K.edu();
    K.w('studyType', ed.studyType); K.w('area', ed.area);
    side.push(`<div class="cert"><b>${e(degreeText(ed))}</b><br>${e(K.w('institution', ed.institution))}<br><span class="sm">${e(K.grad(ed.grad, 'yyyy'))}</span></div>`);
  }
  sh('AWARDS');
  const aw = K.other('AWARDS');
  side.push(`<ul class="sk">${P.awards.map((a) => `<li>${e(aw.item(a))}</li>`).join('')}</ul>`);
  main.push(mh(K.sec('PROFILE')), `<p>${e(K.set('summary', P.summary))}</p>`);
  main.push(mh(K.sec('MILITARY & CIVILIAN EXPERIENCE')));
  for (const j of P.jobs) {
    K.job();
    const items = [];
    const ttl = `<div class="row"><span class="t">${e(K.w('position', j.position))}</span><span class="d">${e(K.wr(range(j.start, j.end, o)))}</span></div>`;
    const emp = `<div class="emp">${e(K.w('name', j.employer))} · ${e(K.w('location', j.city))}</div>`;
    const unit = j.mil ? `<div class="unit">${e(j.org)} — ${e(j.mil.rank)} — ${e(j.mil.mos)}</div>` : (j.org ? `<div class="unit">${e(j.org)}</div>` : '');
    for (const d of j.duties) items.push(`<li>${e(K.hl(d))}</li>`);
    for (const a of j.acc) items.push(`<li class="acc">${e(K.hl(a))}</li>`);
    main.push(`<div class="job">${ttl}${emp}${unit}<ul>${items.join('')}</ul></div>`);
  }
  main.push(mh(K.sec('TRAINING')));
  const tr = K.other('TRAINING');
  main.push(`<ul class="tr">${P.training.map((t) => `<li>${e(tr.item(`${t.title} — ${t.provider} (${fmtDate(t.date, 'yyyy')})`))}</li>`).join('')}</ul>`);
  const css = `@page { size: Letter; margin: 0.45in 0.5in; }
body { margin: 0; font-family: Lato, sans-serif; font-size: 9.6pt; line-height: 1.33; color: #1f2a36; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
header { background: #1d3557; color: #fff; padding: 14pt 18pt 12pt; margin-bottom: 12pt; } h1 { margin: 0; font-size: 24pt; letter-spacing: 0.5pt; } .lbl { font-size: 12.5pt; color: #f1c453; margin-top: 2pt; } .tag { font-size: 8.5pt; margin-top: 5pt; color: #d7e0ea; }
.cols { display: grid; grid-template-columns: 2.15in 1fr; column-gap: 16pt; align-items: start; }
aside { background: #eef2f6; padding: 8pt 10pt 12pt; border-radius: 4pt; font-size: 8.8pt; }
h3 { font-size: 9.5pt; letter-spacing: 0.8pt; color: #1d3557; border-bottom: 1.2pt solid #1d3557; margin: 10pt 0 4pt; padding-bottom: 1pt; } aside h3:first-child { margin-top: 2pt; }
.ci { margin: 2pt 0; overflow-wrap: anywhere; } .ic { display: inline-block; width: 12pt; color: #1d3557; font-family: 'DejaVu Sans'; } .ic.in { font-weight: bold; font-family: Lato; font-size: 8pt; }
.sk { margin: 0; padding-left: 11pt; } .sk li { margin: 1pt 0; } .cert { margin: 3pt 0 5pt; } .sm { color: #55606d; font-size: 8.3pt; }
h2 { font-size: 12pt; color: #1d3557; letter-spacing: 0.6pt; margin: 4pt 0 5pt; border-bottom: 2pt solid #f1c453; padding-bottom: 2pt; }
main p { margin: 0 0 6pt; text-align: justify; } .job { margin-bottom: 8pt; } .row { display: flex; justify-content: space-between; gap: 10pt; break-after: avoid; } .t { font-weight: bold; font-size: 10.5pt; } .d { white-space: nowrap; font-weight: bold; color: #1d3557; }
.emp { color: #1d3557; font-weight: 600; } .unit { font-style: italic; color: #55606d; font-size: 8.6pt; margin-bottom: 2pt; }
.job ul, .tr { margin: 2pt 0 0; padding-left: 13pt; list-style: none; } .job li, .tr li { margin: 1.5pt 0; position: relative; } .job li::before, .tr li::before { content: "▸"; position: absolute; left: -11pt; color: #1d3557; }
.job li.acc::before { content: "★"; color: #c99a1a; }`;
  return { kind: 'html', data: page(`${P.name} Resume`, css, `${head}<div class="cols"><aside>${side.join('\n')}</aside><main>${main.join('\n')}</main></div>`), columns: 2, notes: 'Two-column military-transition resume (Chromium, Lato 9.6, US Letter): full-width navy header band (name, gold target title, a tagline with veteran status and clearance, not keyed); left tinted sidebar with Contact (☎ ✉ ⌂ glyphs and an "in" badge before linkedin.com/in/…), Clearance, Core Skills (one per line), Certifications (name / issuer, year), Education (degree / school / year), Awards; right main column with Profile, Military & Civilian Experience ("Title … Jun 2022 - Present" row, "Employer · City" row, italic unit — rank — translated MOS line not keyed, ▸ duty bullets then ★ accomplishment bullets, all highlights) and Training. ALL-CAPS headings typed in capitals; sections list the sidebar headings first, then the main column. The Clearance text also appears in the header tagline.' };
}

// ------------------------------------------------------------------------------------------------------------
// html-local-modern: one-column local-government resume (Inter, US Letter) with inline SVG icons (no text in the
// text layer) before the contact items, a thin accent rule, "Position … March 2019 – Present" / "Employer | City"
// rows, a grey meta line (hours, grade, salary), duty paragraphs then ● accomplishment bullets, pill skill tags,
// and a compact two-column education/licenses block.
const ICON = {
  phone: '<path d="M3 2h3l1.5 4-2 1.2a9 9 0 0 0 4.3 4.3L11 9.5l4 1.5v3a1.5 1.5 0 0 1-1.5 1.5A12.5 12.5 0 0 1 1.5 3.5 1.5 1.5 0 0 1 3 2z"/>',
  mail: '<path d="M1 3h14v10H1z M1 3l7 5 7-5" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  pin: '<path d="M8 1a5 5 0 0 1 5 5c0 4-5 9-5 9S3 10 3 6a5 5 0 0 1 5-5zm0 3a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"/>',
  link: '<path d="M2 2h12v12H2z M4.5 6.5v5 M4.5 4.2v.6 M7 11.5v-5 M7 8.5c0-2 4-2.5 4 0v3" fill="none" stroke="currentColor" stroke-width="1.3"/>',
};
const svg = (k) => `<svg class="i" viewBox="0 0 16 16" fill="currentColor">${ICON[k]}</svg>`;
export function htmlLocalModern(P, K) {
  const o = { style: 'month', sep: ' – ', present: 'Present' };
  const out = [];
  const H = (t) => out.push(`<h2>${e(K.sec(t))}</h2>`);
  out.push(`<header><h1>${e(nameText(K, P))}</h1><div class="lbl">${e(K.set('label', P.label))}</div><div class="contact">` +
    `<span>${svg('phone')}${e(K.set('phone', P.phone))}</span><span>${svg('mail')}<a href="mailto:${e(P.email)}">${e(K.set('email', P.email))}</a></span>` +
    `<span>${svg('pin')}${e(K.set('location', P.city))}</span><span>${svg('link')}<a href="https://www.${e(P.linkedin)}">${e(K.profile(P.linkedin))}</a></span></div></header>`);
  H('PROFILE');
  out.push(`<p class="sum">${e(K.set('summary', P.summary))}</p>`);
  H('EXPERIENCE');
  for (const j of P.jobs) {
    K.job();
    const meta = [`${j.hours} hrs/week`];
    if (j.series) meta.push(j.series);
    meta.push(j.salary);
    const x = [`<div class="row"><h3>${e(K.w('position', j.position))}</h3><span class="d">${e(K.wr(range(j.start, j.end, o)))}</span></div>`,
      `<div class="emp">${e(K.w('name', j.employer))} <span class="bar">|</span> ${e(K.w('location', j.city))}</div>`,
      `<div class="meta">${e(meta.join(' · '))}</div>`];
    for (const d of j.duties) x.push(`<p>${e(K.hl(d))}</p>`);
    x.push(`<ul>${j.acc.map((a) => `<li>${e(K.hl(a))}</li>`).join('')}</ul>`);
    out.push(`<section class="job">${x.join('')}</section>`);
  }
  H('SKILLS');
  out.push(`<div class="tags">${P.skills.flatMap(([, items]) => items).map((s) => `<span>${e(K.skill(s))}</span>`).join('')}</div>`);
  const eduCol = [`<h2>${e(K.sec('EDUCATION'))}</h2>`];
  for (const ed of P.education) {
    K.edu();
    K.w('studyType', ed.studyType); K.w('area', ed.area);
    eduCol.push(`<div class="ed"><b>${e(degreeText(ed))}</b><div>${e(K.w('institution', ed.institution))}, ${e(ed.place)}</div><div class="meta">Graduated ${e(K.grad(ed.grad, 'month'))}${ed.gpa ? ` · GPA ${e(K.w('score', ed.gpa))}` : ''}</div></div>`);
  }
  const licCol = [`<h2>${e(K.sec('LICENSES & CERTIFICATIONS'))}</h2>`];
  const ce = K.other('LICENSES & CERTIFICATIONS');
  for (const c of P.certs) licCol.push(`<div class="ed"><b>${e(ce.item(c.name))}</b><div class="meta">${e(c.issuer)} · ${e(fmtDate(c.date, 'month'))}</div></div>`);
  out.push(`<div class="two"><div>${eduCol.join('')}</div><div>${licCol.join('')}</div></div>`);
  H('PROFESSIONAL DEVELOPMENT');
  const tr = K.other('PROFESSIONAL DEVELOPMENT');
  out.push(`<ul class="plain">${P.training.map((t) => `<li>${e(tr.item(`${t.title}, ${t.provider}, ${fmtDate(t.date, 'yyyy')}`))}</li>`).join('')}</ul>`);
  H('HONORS');
  const aw = K.other('HONORS');
  out.push(`<ul class="plain">${P.awards.map((a) => `<li>${e(aw.item(a))}</li>`).join('')}</ul>`);
  const css = `@page { size: Letter; margin: 0.55in 0.65in; }
body { margin: 0; font-family: Inter, sans-serif; font-size: 9.4pt; line-height: 1.38; color: #222; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
h1 { margin: 0; font-size: 23pt; font-weight: 700; color: #0b4f6c; letter-spacing: -0.3pt; } .lbl { font-size: 11.5pt; color: #444; margin: 1pt 0 6pt; }
.contact { display: flex; flex-wrap: wrap; gap: 4pt 16pt; font-size: 8.8pt; padding-bottom: 8pt; border-bottom: 2pt solid #0b4f6c; } .contact a { color: inherit; text-decoration: none; }
.i { width: 9pt; height: 9pt; vertical-align: -1pt; margin-right: 4pt; color: #0b4f6c; }
h2 { font-size: 10.5pt; font-weight: 700; color: #0b4f6c; letter-spacing: 1pt; margin: 12pt 0 5pt; }
.sum { margin: 0; } .job { margin: 0 0 9pt; } .row { display: flex; justify-content: space-between; align-items: baseline; break-after: avoid; }
h3 { margin: 0; font-size: 10.3pt; font-weight: 600; } .d { font-size: 8.8pt; color: #555; white-space: nowrap; } .emp { color: #0b4f6c; font-weight: 500; } .bar { color: #bbb; }
.meta { font-size: 8.4pt; color: #777; } .job p { margin: 3pt 0; } .job ul { margin: 2pt 0 0; padding-left: 14pt; list-style: '●  '; } .job li { margin: 1pt 0; } .job li::marker { color: #0b4f6c; font-size: 7pt; }
.tags { display: flex; flex-wrap: wrap; gap: 4pt; } .tags span { border: 0.8pt solid #0b4f6c; border-radius: 8pt; padding: 1pt 7pt; font-size: 8.5pt; color: #0b4f6c; background: #eef6f9; }
.two { display: grid; grid-template-columns: 1fr 1fr; column-gap: 18pt; break-inside: avoid; } .ed { margin-bottom: 5pt; } .plain { margin: 0; padding-left: 14pt; } .plain li { margin: 1pt 0; }`;
  return { kind: 'html', data: page(`${P.name} – Resume`, css, out.join('\n')), notes: 'Modern one-column local-government resume (Chromium, Inter 9.4, US Letter): teal name, label, contact row with inline SVG icons (phone, mail, pin, LinkedIn glyph; no text in the text layer) and the printed linkedin.com/in/… URL, a thick rule; letter-spaced ALL-CAPS teal headings; each job "Position … March 2019 – Present" (full month names), "Employer | City" in teal, grey meta line "40 hrs/week · grade · salary" (not keyed), duty paragraphs then ● accomplishment bullets; pill skill tags; Education and Licenses & Certifications side by side in a two-column grid (Education read first; "Graduated June 2012 · GPA 3.40"); Professional Development and Honors lists.' };
}
