// DOCX designs (hand-written OOXML): a federal Word template with bold labels, a state-government application
// built from bordered tables, and a military-to-civilian Word resume with a header table and competency grid.
import { r, b, p, tbl, link, field, docx } from './ooxml.mjs';
import { range, fmtDate, nameText } from './lib.mjs';

export const degreeText = (e) => (e.studyType.includes(e.area) ? e.studyType : `${e.studyType} in ${e.area}`);
const studyKeys = (K, e) => { K.w('studyType', e.studyType); K.w('area', e.area); };

// ------------------------------------------------------------------------------------------------------------
// docx-fed-bold: Times New Roman 11, US Letter, 0.75" margins. Name, street / city / "Phone: … | Email: …",
// a bold-label eligibility block (Citizenship, Veterans’ Preference, Clearance, Federal Status), ALL-CAPS headings
// with a bottom border, jobs as "Title<right tab>05/2021 – Present" / employer / address / bold-label rows
// (Hours per week | Series/Grade | Salary, Supervisor | May contact), "Duties:" paragraphs and "Key Accomplishments:"
// Symbol bullets; page header "Name – Page N" on pages 2+ (titlePg).
export function docxFedBold(P, K) {
  const o = { style: 'mm/yyyy', sep: ' – ', present: 'Present' };
  const TW = 12240 - 2 * 1080;
  const body = [];
  const H = (t) => body.push(p(b(K.sec(t), { sz: 11.5 }), { before: 220, after: 80, keepNext: true, bottom: { sz: 8, space: 1, color: '000000' } }));
  body.push(p(b(nameText(K, P), { sz: 16 }), { after: 20 }));
  body.push(p(r(P.street), {}));
  body.push(p(r(K.set('location', P.city)), {}));
  body.push(p([b('Phone: '), r(K.set('phone', P.phone)), r('  |  '), b('Email: '), r(K.set('email', P.email))], { after: 120 }));
  for (const [l, v] of [['Citizenship', P.citizenship], ['Veterans’ Preference', P.veteran], ['Security Clearance', P.clearance], ['Federal Status', P.status]]) body.push(p([b(`${l}: `), r(v)], { after: 10 }));
  H('PROFESSIONAL SUMMARY');
  body.push(p(r(K.set('summary', P.summary)), { align: 'both' }));
  H('WORK EXPERIENCE');
  for (const j of P.jobs) {
    K.job();
    body.push(p([b(K.w('position', j.position)), r('\t'), b(K.wr(range(j.start, j.end, o)))], { tabs: [[TW, 'right']], before: 160, keepNext: true }));
    body.push(p(r(K.w('name', j.employer), { i: true }), { keepNext: true }));
    if (j.org) body.push(p(r(j.org), { keepNext: true }));
    body.push(p(r(K.w('location', j.address)), { keepNext: true }));
    const meta = [b('Hours per week: '), r(String(j.hours))];
    if (j.series) meta.push(r('  |  '), b(j.mil ? 'Rank/Grade: ' : 'Series/Grade: '), r(j.series));
    meta.push(r('  |  '), b('Salary: '), r(j.salary));
    body.push(p(meta, { before: 40 }));
    body.push(p([b('Supervisor: '), r(`${j.sup.name}, ${j.sup.phone}`), r('  |  '), b('May contact: '), r(j.sup.contact)], { after: 60 }));
    body.push(p(b('Duties:'), { keepNext: true }));
    for (const d of j.duties) body.push(p(r(K.hl(d)), { after: 60, align: 'both' }));
    body.push(p(b('Key Accomplishments:'), { keepNext: true }));
    for (const a of j.acc) body.push(p(r(K.hl(a)), { num: [1, 0], after: 20 }));
  }
  H('EDUCATION');
  for (const e of P.education) {
    K.edu();
    body.push(p([b(K.w('institution', e.institution)), r(`, ${e.place}`)], { before: 80, keepNext: true }));
    studyKeys(K, e);
    body.push(p(r(`${degreeText(e)}, ${K.grad(e.grad, 'mm/yyyy')}`), { keepNext: true }));
    const meta = [];
    if (e.gpa) meta.push(b('GPA: '), r(K.w('score', e.gpa)), r(' / 4.0  |  '));
    meta.push(r(`Credits: ${e.credits}`));
    body.push(p(meta));
    if (e.coursework) body.push(p([b('Relevant Coursework: '), r(e.coursework.map((c) => K.course(c)).join(', '))]));
  }
  H('TRAINING');
  const tr = K.other('TRAINING');
  for (const t of P.training) body.push(p(r(tr.item(`${t.title}, ${t.provider}, ${fmtDate(t.date, 'mm/yyyy')} (${t.hours} hours)`)), { after: 20 }));
  H('CERTIFICATIONS');
  const ce = K.other('CERTIFICATIONS');
  for (const c of P.certs) body.push(p(r(ce.item(`${c.name}, ${c.issuer}, ${fmtDate(c.date, 'mm/yyyy')}`)), { after: 20 }));
  H('TECHNICAL SKILLS');
  for (const [g, items] of P.skills) body.push(p([b(`${g}: `), r(items.map((s) => K.skill(s)).join(', '))], { after: 20 }));
  H('AWARDS AND RECOGNITION');
  const aw = K.other('AWARDS AND RECOGNITION');
  for (const a of P.awards) body.push(p(r(aw.item(a)), { num: [1, 0], after: 20 }));
  const hdr = p([r(`${P.name} – Page `, { sz: 9 }), field('PAGE', '2', { sz: 9 })], { align: 'right' });
  return {
    kind: 'docx',
    data: docx({ body, font: 'Times New Roman', size: 11, header: hdr, firstHeader: '', title: `${P.name} – Federal Resume`, author: P.name }),
    notes: 'Word federal template (Times New Roman 11, US Letter): name, street and city on separate lines, bold-label "Phone: … | Email: …", a bold-label eligibility block (Citizenship, Veterans’ Preference, Security Clearance, Federal Status; not keyed), ALL-CAPS headings with a bottom border; each job is "Title<right tab>MM/YYYY – Present", italic employer, optional unit line, full address (= work.location), "Hours per week | Series/Grade or Rank/Grade | Salary" and "Supervisor | May contact" rows (not highlights), "Duties:" paragraphs then "Key Accomplishments:" Symbol bullets (each paragraph and bullet is one highlight). Education with "Relevant Coursework:" (education.courses), Training / Certifications / Awards lines as otherSections, skills as bold-label comma rows. Page header "Name – Page N" on pages 2+.',
  };
}

// ------------------------------------------------------------------------------------------------------------
// docx-state-tables: a state-government employment application look (Arial 10, US Letter). Title bar, a 4-column
// bordered contact table (label | value | label | value), one bordered table per job (shaded label cells:
// Employer / Dates Employed / Job Title / Hours per Week / Address / Salary / Supervisor / May We Contact), a merged
// "Duties and Responsibilities" cell with paragraphs and a "Key Accomplishments" list in the same cell, an education
// table with a header row (School | Degree | Major | Date Conferred), a license table and a 3-column skills grid.
export function docxStateTables(P, K) {
  const o = { style: 'mm/yyyy', sep: ' – ', present: 'Current' };
  const TW = 12240 - 2 * 1000;
  const SH = 'DCE6F1';
  const body = [];
  const cp = (content, po = {}) => p(content, { after: 0, ...po });
  const L = (t) => ({ content: cp(b(t, { sz: 9 })), shd: SH });
  const V = (content) => ({ content: cp(typeof content === 'string' && !content.startsWith('<w:') ? r(content) : content) });
  const H = (t) => body.push(p(b(K.sec(t), { sz: 11, color: 'FFFFFF' }), { before: 200, after: 60, keepNext: true, shd: '1F3864', ind: { left: 60 } }));
  body.push(p(b(nameText(K, P), { sz: 18, color: '1F3864' }), { after: 0 }));
  body.push(p(r(K.set('label', P.label), { sz: 11, i: true }), { after: 120 }));
  H('Applicant Information');
  const w4 = [1900, TW / 2 - 1900, 1900, TW / 2 - 1900];
  body.push(tbl([
    [L('Mailing Address'), V(P.street), L('Phone'), V(K.set('phone', P.phone))],
    [L('City, State, ZIP'), V(K.set('location', P.city)), L('Email'), V(K.set('email', P.email))],
    [L('Citizenship'), V(P.citizenship), L('LinkedIn'), V(K.profile(P.linkedin))],
    [L('Veteran'), V(P.veteran), L('Clearance'), V(P.clearance)],
  ], { widths: w4, borders: 'all', color: '8EA9DB' }));
  H('Summary of Qualifications');
  body.push(p(r(K.set('summary', P.summary)), { align: 'both', before: 40 }));
  H('Employment History');
  for (const j of P.jobs) {
    K.job();
    const dcell = K.wr(range(j.start, j.end, o));
    const duties = [cp(b('Duties and Responsibilities:', { sz: 9 }), { before: 40 })];
    for (const d of j.duties) duties.push(cp(r(K.hl(d)), { after: 60, align: 'both' }));
    duties.push(cp(b('Key Accomplishments:', { sz: 9 })));
    for (const a of j.acc) duties.push(cp(r(K.hl(a)), { num: [1, 0], after: 20 }));
    const rows = [
      [L('Employer'), V(K.w('name', j.employer)), L('Dates Employed'), V(dcell)],
      [L('Job Title'), V(b(K.w('position', j.position))), L('Hours per Week'), V(String(j.hours))],
      [L('Address'), V(K.w('location', j.address)), L('Salary'), V(j.salary)],
      [L('Supervisor'), V(`${j.sup.name}, ${j.sup.phone}`), L('May We Contact?'), V(j.sup.contact)],
    ];
    if (j.series) rows.splice(2, 0, [L(j.mil ? 'Rank / Grade' : 'Class / Grade'), { content: cp(r(j.series)), span: 3 }]);
    rows.push([{ content: duties, span: 4 }]);
    body.push(tbl(rows, { widths: w4, borders: 'all', color: '8EA9DB' }));
    body.push(p('', { after: 100 }));
  }
  H('Education');
  const ew = [2900, 2600, 2500, TW - 8000];
  const erows = [[L('School and Location'), L('Degree'), L('Major / Field of Study'), L('Date Conferred')]];
  for (const e of P.education) {
    K.edu();
    erows.push([V([r(K.w('institution', e.institution)), r(`\n${e.place}`, { sz: 9 })]), V(K.w('studyType', e.studyType)), V(K.w('area', e.area)), V(K.grad(e.grad, 'mm/yyyy'))]);
  }
  body.push(tbl(erows, { widths: ew, borders: 'all', color: '8EA9DB' }));
  H('Licenses and Certifications');
  const lw = [5400, 3000, TW - 8400];
  const lrows = [[L('License / Certification'), L('Issuing Body'), L('Date Issued')]];
  const ce = K.other('Licenses and Certifications');
  for (const c of P.certs) lrows.push([V(ce.item(c.name)), V(c.issuer), V(fmtDate(c.date, 'mm/yyyy'))]);
  body.push(tbl(lrows, { widths: lw, borders: 'all', color: '8EA9DB' }));
  H('Skills');
  const all = P.skills.flatMap(([, items]) => items);
  const grid = [];
  for (let i = 0; i < all.length; i += 3) grid.push(all.slice(i, i + 3));
  body.push(tbl(grid.map((row) => [0, 1, 2].map((k) => ({ content: cp(row[k] ? [r('■ ', { sz: 7, color: '1F3864' }), r(K.skill(row[k]))] : '') }))), { widths: [TW / 3, TW / 3, TW / 3], borders: 'none' }));
  H('Training');
  const tr = K.other('Training');
  for (const t of P.training) body.push(p(r(tr.item(`${fmtDate(t.date, 'mm/yyyy')} – ${t.title}, ${t.provider} (${t.hours} hrs)`)), { after: 20 }));
  const ftr = p([r(`${P.name}  •  Page `, { sz: 8, color: '595959' }), field('PAGE', '1', { sz: 8, color: '595959' }), r(' of ', { sz: 8, color: '595959' }), field('NUMPAGES', '3', { sz: 8, color: '595959' })], { align: 'center' });
  return {
    kind: 'docx',
    data: docx({ body, font: 'Arial', size: 10, footer: ftr, page: { w: 12240, h: 15840, margin: 1000 }, lists: [[{ text: '\uF0A7', font: 'Wingdings', left: 300, hanging: 220 }]], fonts: ['Arial', 'Wingdings'], title: `${P.name} – Application Resume`, author: P.name }),
    notes: 'State-government application look (Arial 10, US Letter): name and italic label, white-on-navy shaded headings, a 4-column bordered "Applicant Information" table (label | value | label | value; street address and citizenship/veteran/clearance not keyed, the City, State, ZIP cell is basics.location). Every job is its own bordered table with shaded label cells (Employer | Dates Employed "MM/YYYY – Current", Job Title | Hours per Week, Class/Grade or Rank/Grade, Address | Salary, Supervisor | May We Contact?) and a merged cell holding the "Duties and Responsibilities:" paragraphs and "Key Accomplishments:" Wingdings bullets (highlights in order). Education table with header row (School | Degree | Major | Date Conferred), license table (otherSections items = license name), skills in a borderless 3-column grid with ■ marks, dated training lines. Footer "Name • Page N of M".',
  };
}

// ------------------------------------------------------------------------------------------------------------
// docx-mil-transition: military-to-civilian Word resume (Calibri 10.5, US Letter). A 2-cell header table (name and
// target title left, contact lines right with an "LinkedIn" hyperlinked word next to the printed URL), a teal rule,
// "PROFESSIONAL PROFILE", a 3-column "CORE COMPETENCIES" table with ✔ marks, experience as "EMPLOYER — City<tab>Years"
// then italic title, translated MOS line, ➤ bullets with "Key Accomplishments" run-in bold lead; years only.
export function docxMilTransition(P, K) {
  const o = { style: 'yyyy', sep: ' – ', present: 'Present' };
  const TW = 12240 - 2 * 1000;
  const acc = '006D77';
  const body = [];
  const H = (t) => body.push(p(b(K.sec(t), { sz: 11.5, color: acc, spacing: 20 }), { before: 200, after: 60, keepNext: true, bottom: { sz: 6, space: 2, color: acc } }));
  const left = [p(b(nameText(K, P), { sz: 22, color: '1B1B1B' })), p(r(K.set('label', P.label), { sz: 12, color: acc }))];
  const right = [
    p(r(K.set('location', P.city), { sz: 9.5 }), { align: 'right' }),
    p(r(K.set('phone', P.phone), { sz: 9.5 }), { align: 'right' }),
    p(r(K.set('email', P.email), { sz: 9.5 }), { align: 'right' }),
    p([link('rId30', 'LinkedIn', { sz: 9.5 }), r(': ', { sz: 9.5 }), r(K.profile(P.linkedin), { sz: 9.5 })], { align: 'right' }),
  ];
  body.push(tbl([[{ content: left }, { content: right }]], { widths: [TW * 0.6, TW * 0.4], borders: 'none', padH: 0 }));
  body.push(p(r(`Security Clearance: ${P.clearance}  •  ${P.veteran}`, { sz: 9, i: true }), { top: { sz: 12, color: acc, space: 4 }, before: 60, after: 60, align: 'center' }));
  H('PROFESSIONAL PROFILE');
  body.push(p(r(K.set('summary', P.summary)), { align: 'both' }));
  H('CORE COMPETENCIES');
  const all = P.skills.flatMap(([, items]) => items);
  const rows = [];
  for (let i = 0; i < all.length; i += 3) rows.push(all.slice(i, i + 3));
  body.push(tbl(rows.map((row) => [0, 1, 2].map((k) => ({ content: p(row[k] ? [r('✔ ', { color: acc, font: 'Segoe UI Symbol' }), r(K.skill(row[k]))] : '', { after: 20 }) }))), { widths: [TW / 3, TW / 3, TW / 3], borders: 'none', padH: 40 }));
  H('PROFESSIONAL EXPERIENCE');
  for (const j of P.jobs) {
    K.job();
    body.push(p([b(K.w('name', j.employer)), r(' — '), r(K.w('location', j.city)), r('\t'), b(K.wr(range(j.start, j.end, o)))], { tabs: [[TW, 'right']], before: 160, keepNext: true }));
    body.push(p(r(K.w('position', j.position), { i: true, b: true, color: acc }), { keepNext: true }));
    if (j.mil) body.push(p(r(`${j.org} | ${j.mil.mos}`, { sz: 9, color: '595959' }), { keepNext: true, after: 40 }));
    else if (j.org) body.push(p(r(j.org, { sz: 9, color: '595959' }), { keepNext: true, after: 40 }));
    body.push(p(r(K.hl(j.duties[0])), { align: 'both', after: 40 }));
    for (const d of j.duties.slice(1)) body.push(p(r(K.hl(d)), { num: [1, 0], after: 20 }));
    body.push(p(b('Key Accomplishments', { color: acc }), { keepNext: true, before: 40 }));
    for (const a of j.acc) body.push(p(r(K.hl(a)), { num: [2, 0], after: 20 }));
  }
  H('EDUCATION');
  for (const e of P.education) {
    K.edu();
    studyKeys(K, e);
    body.push(p([b(degreeText(e)), r(' — '), r(K.w('institution', e.institution)), r(`, ${e.place}`), r('\t'), r(K.grad(e.grad, 'yyyy'))], { tabs: [[TW, 'right']], after: 40 }));
  }
  H('CERTIFICATIONS & MILITARY TRAINING');
  const ce = K.other('CERTIFICATIONS & MILITARY TRAINING');
  for (const c of P.certs) body.push(p(r(ce.item(`${c.name} (${c.issuer}), ${fmtDate(c.date, 'yyyy')}`)), { num: [1, 0], after: 10 }));
  for (const t of P.training) body.push(p(r(ce.item(`${t.title}, ${t.provider}, ${fmtDate(t.date, 'yyyy')}`)), { num: [1, 0], after: 10 }));
  H('AWARDS');
  const aw = K.other('AWARDS');
  body.push(p(r(P.awards.map((a) => aw.item(a)).join('; '))));
  return {
    kind: 'docx',
    data: docx({
      body, font: 'Calibri', size: 10.5, fonts: ['Calibri', 'Segoe UI Symbol', 'Wingdings'], links: [['rId30', `https://www.${P.linkedin}`]],
      lists: [[{ text: '\uF0A7', font: 'Wingdings', left: 360, hanging: 240 }], [{ text: '\uF0D8', font: 'Wingdings', left: 360, hanging: 240, color: acc }]],
      page: { w: 12240, h: 15840, margin: 1000 }, title: `${P.name} Resume`, author: P.name,
    }),
    notes: 'Military-to-civilian Word resume (Calibri 10.5, US Letter): borderless 2-cell header table (name + teal target title left; city, phone, e-mail and "LinkedIn: linkedin.com/in/…" right-aligned, the word LinkedIn hyperlinked), a centred italic clearance/veteran line under a rule (not keyed), teal spaced CAPS headings with rules, a borderless 3-column CORE COMPETENCIES table with ✔ marks (skills), experience rows "Employer — City<right tab>2019 – Present" (year-only dates), bold italic teal title, grey unit | translated MOS line (not keyed), first duty as a paragraph and further duties as Wingdings bullets, then a "Key Accomplishments" lead and arrow bullets; education one line per degree "Degree — School, City<tab>Year"; certifications and military training as one bulleted list; awards as one "; "-separated line.',
  };
}
