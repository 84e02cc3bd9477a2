// Word designs written as hand-made OOXML. Each prints a persona and records every printed field in the key (K) at
// the moment it prints it. Returns {K, doc} where doc is the input of lib.docx().
import { Key, nameOf, range, p, r, link, table, picture, photoPng } from './lib.mjs';

function linker() {
  const links = [];
  return { links, add(url, runs) { const id = `rIdL${links.length + 1}`; links.push({ id, url }); return link(id, runs); } };
}
const url = (s) => (/^https?:/.test(s) ? s : `https://${s}`);
const W = 9906; // text width for A4 with 1000-twip margins

// ------------------------------------------------------------------------------------- photoParticulars
// Singapore / Malaysia / Hong Kong style Word CV: header table with name, label and "Label: value" contact lines left
// and an embedded ID-photo picture right; navy CAPS headings over a rule; PERSONAL PARTICULARS as a 4-column bordered
// table with shaded labels; objective; "Company, City" bold + right-tab dates, italic position, • bullets; education as a
// bordered Period | Institution | Qualification | Result table; "Label:<tab>list" skills; languages line;
// extra-curricular bullets; "Referees available upon request."
export function photoParticulars(P, o) {
  const K = new Key();
  const H = o.h;
  const L = linker();
  const navy = '1F3864';
  const name = K.basic('name', o.upper ? nameOf(P, o.name).toUpperCase() : nameOf(P, o.name));
  const left = [p(r(name, { b: true, sz: 34, color: navy }), { after: 20 }), p(r(K.basic('label', P.label), { sz: 24, color: '595959' }), { after: 100 })];
  const line = (lab, val) => p([r(`${lab}:\t`, { b: true }), val], { tabs: [[1150, 'left']], after: 10 });
  left.push(line('Mobile', r(K.basic('phone', P.phone))));
  left.push(line('Email', r(K.basic('email', P.email))));
  left.push(line('Address', r(K.basic('location', P.address))));
  if (P.linkedin) left.push(line('LinkedIn', L.add(url(P.linkedin), r(K.profile(P.linkedin), { style: 'Hyperlink' }))));
  let body = table([[{ c: left, vAlign: 'top' }, { c: p(picture(1080000, 1350000), { jc: 'right' }), vAlign: 'top' }]], { widths: [7700, 2206], borders: 'none', padL: 0 });
  const head = (t) => p(r(K.section(t), { b: true, caps: true, color: navy, sz: 23, spacing: 10 }), { before: 200, after: 80, bottom: { sz: 8, color: navy }, keepNext: true });
  body += head(H.particulars);
  const parts = P.particulars;
  const rows = [];
  for (let i = 0; i < parts.length; i += 2) {
    const row = [];
    for (const [l, v] of parts.slice(i, i + 2)) row.push({ c: p(r(l, { b: true }), { after: 0 }), shd: 'E8EDF5' }, { c: p(r(v), { after: 0 }) });
    if (row.length === 2) row.push({ c: p(''), shd: 'E8EDF5' }, { c: p('') });
    rows.push(row);
  }
  body += table(rows, { widths: [1900, 3053, 1900, 3053], color: '8EA9DB' });
  K.other(H.particulars, parts.map(([l, v]) => ({ label: l, value: v })));
  body += head(H.objective) + p(r(K.basic('summary', P.objective)), { jc: 'both', after: 60 });
  body += head(H.work);
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, location: j.city, position: j.title, startDate: d.startDate, endDate: d.endDate });
    body += p([r(`${j.company}, ${j.city}`, { b: true }), r(`\t${d.text}`, { b: true })], { tabs: [[W, 'right']], before: 100, after: 0, keepNext: true });
    body += p(r(j.title, { i: true }), { after: 30, keepNext: true });
    for (const s of j.bullets) body += p(r(K.hl(w, s)), { num: 1, after: 20 });
  }
  body += head(H.edu);
  const erows = [[['Period', 1600], ['Institution', 3000], ['Qualification', 3500], ['Result', 1806]].map(([t]) => ({ c: p(r(t, { b: true, color: 'FFFFFF' }), { after: 0 }), shd: navy }))];
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.eduDates);
    K.edu({ institution: e.inst, studyType: e.deg, area: e.area, startDate: d.startDate, endDate: d.endDate, score: e.score });
    erows.push([{ c: p(r(d.text), { after: 0 }) }, { c: p(r(e.inst), { after: 0 }) }, { c: p(r(`${e.deg} in ${e.area}`), { after: 0 }) },
      { c: [e.honours ? p(r(e.honours), { after: 0 }) : '', p(r(e.score ?? ''), { after: 0 })] }]);
  }
  body += table(erows, { widths: [1600, 3000, 3500, 1806], color: '8EA9DB' });
  body += head(H.skills);
  for (const [lab, xs] of P.skills) body += p([r(`${lab}:\t`, { b: true }), r(K.skills(xs).join(', '))], { tabs: [[2200, 'left']], ind: { left: 2200, hanging: 2200 }, after: 30 });
  body += p([r('Languages:\t', { b: true }), r(P.languages.map(([l, f]) => `${K.lang(l, f)} (${f})`).join(', '))], { tabs: [[2200, 'left']], ind: { left: 2200, hanging: 2200 }, after: 30 });
  if (o.certs) {
    body += head(H.certs);
    for (const c of K.other(H.certs, [...P.certs])) body += p(r(c), { num: 2, after: 20 });
  }
  body += head(H.extra);
  for (const s of K.other(H.extra, [...P.extra])) body += p(r(s), { num: 1, after: 20 });
  body += head(H.ref) + p(r(K.other(H.ref, ['Referees available upon request.'])[0]), { after: 0 });
  return { K, doc: { body, font: o.font ?? 'Calibri', sz: 21, links: L.links, photo: photoPng(), title: `Resume - ${name}`, author: name } };
}

// ---------------------------------------------------------------------------------------------- tabCV
// Classic serif CV meant to be exported by LibreOffice: centred letter-spaced name, contact line with a separator,
// small-caps headings with a hairline rule; each entry "Position<TAB>dates" on a right tab with "Company, City" in
// italics below (or company first, o.companyFirst); en-dash bullets; education "Institution<TAB>dates" + "Degree in
// Area — score"; skills as "Label<TAB>list" with a hanging indent; Personal Particulars as "Label<TAB>: value" rows
// with a dotted-leader-free tab; "References" line at the end.
export function tabCV(P, o) {
  const K = new Key();
  const H = o.h;
  const L = linker();
  const name = K.basic('name', nameOf(P, o.name));
  let body = p(r(name, { b: true, sz: 32, spacing: 30 }), { jc: 'center', after: 40 });
  const sep = o.sep ?? ' | ';
  const bits = [r(K.basic('location', o.fullAddress ? P.address : P.city)), r(sep), r(K.basic('phone', P.phone)), r(sep), r(K.basic('email', P.email))];
  const prof = P.linkedin ?? P.github;
  if (prof) bits.push(r(sep), L.add(url(prof), r(K.profile(prof), { style: 'Hyperlink' })));
  body += p(bits, { jc: 'center', after: 60, bottom: { sz: 4, color: '000000', space: 4 } });
  const head = (t) => p(r(K.section(t), { b: true, smallCaps: true, sz: 25 }), { before: 160, after: 60, bottom: { sz: 4, color: '7F7F7F' }, keepNext: true });
  body += head(H.objective) + p(r(K.basic('summary', P.objective)), { jc: 'both' });
  body += head(H.work);
  const tabs = [[W, 'right']];
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, location: j.city, position: j.title, startDate: d.startDate, endDate: d.endDate });
    if (o.companyFirst) {
      body += p([r(j.company, { b: true }), r(`\t${j.city}`)], { tabs, before: 80, after: 0, keepNext: true });
      body += p([r(j.title, { i: true }), r(`\t${d.text}`, { i: true })], { tabs, after: 20, keepNext: true });
    } else {
      body += p([r(j.title, { b: true }), r(`\t${d.text}`)], { tabs, before: 80, after: 0, keepNext: true });
      body += p(r(`${j.company}, ${j.city}`, { i: true }), { after: 20, keepNext: true });
    }
    for (const s of j.bullets) body += p(r(K.hl(w, s)), { num: 3, after: 10 });
  }
  body += head(H.edu);
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.eduDates ?? o.dates);
    K.edu({ institution: e.inst, studyType: e.degShort, area: e.area, startDate: d.startDate, endDate: d.endDate, score: e.score });
    body += p([r(e.inst, { b: true }), r(`\t${d.text}`)], { tabs, before: 60, after: 0, keepNext: true });
    body += p(r(`${e.degShort} in ${e.area}${e.honours ? `, ${e.honours}` : ''}${e.score ? ` — ${e.score}` : ''}`, { i: true }), { after: 20 });
  }
  body += head(H.skills);
  for (const [lab, xs] of P.skills) body += p([r(`${lab}\t`, { b: true }), r(K.skills(xs).join(', '))], { tabs: [[2000, 'left']], ind: { left: 2000, hanging: 2000 }, after: 20 });
  body += p([r('Languages\t', { b: true }), r(P.languages.map(([l, f]) => `${K.lang(l, f)} (${f})`).join(', '))], { tabs: [[2000, 'left']], ind: { left: 2000, hanging: 2000 }, after: 20 });
  body += p([r('Certifications\t', { b: true }), r(K.other('Certifications', [...P.certs]).join('; '))], { tabs: [[2000, 'left']], ind: { left: 2000, hanging: 2000 }, after: 20 });
  body += head(H.particulars);
  for (const [l, v] of P.particulars) body += p([r(`${l}\t: `), r(v)], { tabs: [[2400, 'left']], after: 0 });
  K.other(H.particulars, P.particulars.map(([l, v]) => ({ label: l, value: v })));
  body += head(H.ref) + p(r(K.other(H.ref, ['Available upon request.'])[0]), { after: 0 });
  return { K, doc: { body, font: o.font ?? 'Times New Roman', sz: 21, links: L.links, title: name, author: name } };
}

// ------------------------------------------------------------------------------------------ careerTable
// Korean / Taiwanese / mainland form-style résumé: centred spaced title "RESUME" (not a section); personal table with
// the ID photo in a vertically merged first column and Label | value pairs; bordered EDUCATION table (Period | School |
// Major | Degree | GPA) and CAREER table (Period | Company | Department | Position) with "YYYY.MM ~ YYYY.MM" periods;
// CAREER DETAILS repeating "Company — Position" with bullets (the highlights of the table's rows); certificates and
// languages tables; skills rows; a long SELF-INTRODUCTION / AUTOBIOGRAPHY with bracketed sub-headings; a certification
// sentence with date and name.
export function careerTable(P, o) {
  const K = new Key();
  const H = o.h;
  const name = K.basic('name', nameOf(P, o.name));
  const gray = 'D9D9D9';
  let body = p(r('R E S U M E', { b: true, sz: 36 }), { jc: 'center', after: 200 });
  const cell = (t, x = {}) => ({ c: p(r(t, x.run ?? {}), { after: 0, jc: x.jc }), shd: x.shd, span: x.span, vAlign: 'center' });
  const lab = (t) => cell(t, { shd: gray, run: { b: true }, jc: 'center' });
  const prof = P.behance ?? P.linkedin ?? P.github;
  const profLab = P.behance ? 'Portfolio' : P.linkedin ? 'LinkedIn' : 'GitHub';
  const pers = [
    [{ c: p(picture(900000, 1170000), { jc: 'center', after: 0 }), vmerge: 'restart', vAlign: 'center' }, lab('Name'), cell(name, { run: { b: true } }), lab('Date of Birth'), cell(P.particulars.find(([l]) => l === 'Date of Birth')[1])],
    [{ vmerge: 'continue' }, lab('Mobile'), cell(K.basic('phone', P.phone)), lab('E-mail'), cell(K.basic('email', P.email))],
    [{ vmerge: 'continue' }, lab('Address'), cell(K.basic('location', P.address), { span: 3 })],
    [{ vmerge: 'continue' }, lab(profLab), cell(K.profile(prof)), lab('Nationality'), cell(P.particulars.find(([l]) => l === 'Nationality')[1])],
  ];
  body += table(pers, { widths: [1400, 1100, 2800, 1500, 3106], color: '808080' });
  K.other('Personal', P.particulars.filter(([l]) => ['Date of Birth', 'Nationality'].includes(l)).map(([l, v]) => ({ label: l, value: v })));
  const head = (t) => p(r(K.section(t), { b: true, sz: 24 }), { before: 240, after: 80, keepNext: true });
  const hdr = (cols) => cols.map((t) => cell(t, { shd: gray, run: { b: true }, jc: 'center' }));
  body += head(H.edu);
  const er = [hdr(['Period', 'School', 'Major', 'Degree', 'GPA'])];
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.dates);
    K.edu({ institution: e.inst, area: e.area, studyType: e.deg, startDate: d.startDate, endDate: d.endDate, score: e.score });
    er.push([cell(d.text, { jc: 'center' }), cell(e.inst), cell(e.area), cell(e.deg), cell(e.score ?? '-', { jc: 'center' })]);
  }
  body += table(er, { widths: [2050, 2500, 2200, 1906, 1250], color: '808080' });
  body += head(H.career);
  const cr = [hdr(['Period', 'Company', 'Department', 'Position'])];
  const items = [];
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    items.push([j, K.work({ name: j.company, position: j.title, startDate: d.startDate, endDate: d.endDate })]);
    cr.push([cell(d.text, { jc: 'center' }), cell(j.company), cell(j.dept ?? j.industry ?? ''), cell(j.title)]);
  }
  body += table(cr, { widths: [2300, 2900, 2600, 2106], color: '808080' });
  body += head(H.details);
  for (const [j, w] of items) {
    body += p([r(j.company, { b: true }), r(` — ${j.title}`)], { before: 80, after: 20, keepNext: true });
    for (const s of j.bullets) body += p(r(K.hl(w, s)), { num: 5, after: 10 });
  }
  body += head(H.certs);
  const cer = [hdr(['Certificate / Test', 'Language', 'Level'])];
  const certs = K.other(H.certs, [...P.certs]);
  const n = Math.max(certs.length, P.languages.length);
  for (let i = 0; i < n; i++) {
    const lg = P.languages[i];
    cer.push([cell(certs[i] ?? ''), cell(lg ? K.lang(lg[0], lg[1]) : ''), cell(lg ? lg[1] : '')]);
  }
  body += table(cer, { widths: [4900, 2300, 2706], color: '808080' });
  body += head(H.skills);
  for (const [l, xs] of P.skills) body += p([r(`${l}: `, { b: true }), r(K.skills(xs).join(', '))], { after: 20 });
  body += head(H.intro);
  const paras = [];
  for (const [sub, text] of P.selfIntro) {
    if (sub.toLowerCase() !== H.intro.toLowerCase()) body += p(r(`[${sub}]`, { b: true }), { before: 80, after: 20, keepNext: true });
    body += p(r(text), { jc: 'both', after: 40, ind: { firstLine: 300 } });
    paras.push(text);
  }
  K.other(H.intro, paras);
  body += p(r('I hereby certify that all the above statements are true and correct.'), { before: 240, jc: 'center' });
  body += p(r(`${o.signDate}`), { jc: 'center', after: 0 });
  body += p(r(`Applicant: ${name}  (signature)`), { jc: 'right', before: 120 });
  return { K, doc: { body, font: o.font ?? 'Malgun Gothic', sz: 19, photo: photoPng(), title: 'Resume', author: name, lang: o.lang ?? 'en-US' } };
}

// -------------------------------------------------------------------------------------------- gaishikei
// Japanese foreign-firm ("gaishikei") English CV: centred name, one contact line with "|" separators, SUMMARY,
// PROFESSIONAL EXPERIENCE newest-first with the COMPANY in caps + right-tab city, an italic one-line company descriptor,
// then one or more roles at that company ("Title<TAB>dates" bold) with ▪ bullets (promotions grouped under one company),
// EDUCATION "University, City<TAB>dates" + degree, and SKILLS & QUALIFICATIONS as bold-label bullets (Languages,
// Certifications, skill groups).
export function gaishikei(P, o) {
  const K = new Key();
  const H = o.h;
  const L = linker();
  const name = K.basic('name', nameOf(P, o.name));
  let body = p(r(name, { b: true, sz: 34 }), { jc: 'center', after: 20 });
  if (o.label) body += p(r(K.basic('label', P.label), { sz: 22, color: '404040' }), { jc: 'center', after: 40 });
  const bits = [r(K.basic('location', P.city)), r(' | '), r(K.basic('phone', P.phone)), r(' | '), L.add(`mailto:${P.email}`, r(K.basic('email', P.email), { style: 'Hyperlink' }))];
  if (P.linkedin) bits.push(r(' | '), L.add(url(P.linkedin), r(K.profile(P.linkedin), { style: 'Hyperlink' })));
  body += p(bits, { jc: 'center', after: 120 });
  const head = (t) => p(r(K.section(t.toUpperCase()), { b: true, sz: 22, color: '17365D' }), { before: 180, after: 60, bottom: { sz: 12, color: '17365D' }, keepNext: true });
  body += head(H.summary) + p(r(K.basic('summary', P.objective)), { jc: 'both', after: 40 });
  body += head(H.work);
  const tabs = [[W, 'right']];
  let last = null;
  for (const j of P.work) {
    if (j.company !== last) {
      body += p([r(j.company.toUpperCase(), { b: true }), r(`\t${j.city}`, { b: true })], { tabs, before: 120, after: 0, keepNext: true });
      if (j.about) body += p(r(j.about, { i: true, color: '595959' }), { after: 20, keepNext: true });
      last = j.company;
    }
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company.toUpperCase(), location: j.city, position: j.title, startDate: d.startDate, endDate: d.endDate });
    body += p([r(j.title, { b: true, i: true }), r(`\t${d.text}`)], { tabs, before: 40, after: 20, keepNext: true });
    for (const s of j.bullets) body += p(r(K.hl(w, s)), { num: 2, after: 10 });
  }
  body += head(H.edu);
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.dates);
    K.edu({ institution: e.inst, studyType: e.deg, area: e.deg.includes(e.area) ? undefined : e.area, startDate: d.startDate, endDate: d.endDate, score: e.score });
    body += p([r(e.inst, { b: true }), r(`\t${d.text}`)], { tabs, before: 60, after: 0, keepNext: true });
    body += p(r(`${e.deg}${e.deg.includes(e.area) ? '' : `, ${e.area}`}${e.score ? ` (${e.score})` : ''}`), { after: 20 });
  }
  body += head(H.skills);
  body += p([r('Languages: ', { b: true }), r(P.languages.map(([l, f]) => `${K.lang(l, f)} (${f})`).join(', '))], { num: 4, after: 20 });
  body += p([r('Certifications: ', { b: true }), r(K.other('Certifications', [...P.certs]).join('; '))], { num: 4, after: 20 });
  for (const [l, xs] of P.skills) body += p([r(`${l}: `, { b: true }), r(K.skills(xs).join(', '))], { num: 4, after: 20 });
  return { K, doc: { body, font: o.font ?? 'Arial', sz: 20, links: L.links, title: `CV_${name.replace(/\s+/g, '_')}`, author: name, lang: 'en-US' } };
}
