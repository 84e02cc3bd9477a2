// The designs of the regional batch. Each design prints a persona into the block model (lib.mjs) and records
// every printed field in the answer key at the same time, so the key holds exactly what reaches the page.
import { Key, P, R, TBL } from './lib.mjs';
import { fmt, keyDate } from './dates.mjs';

const A4 = { w: 11906, h: 16838 }, LETTER = { w: 12240, h: 15840 };

function ctx(Pe, o = {}) {
  const K = new Key();
  const blocks = [];
  const margin = o.margin ?? 1000;
  const page = { ...(Pe.page === 'LETTER' ? LETTER : A4), top: o.top ?? 900, bottom: 900, left: margin, right: margin, header: 450, footer: 450 };
  const TW = page.w - page.left - page.right;
  const add = (...b) => blocks.push(...b);
  // range → printed string; sets obj.startDate/endDate. ds: {st, sep, present, since}
  const range = (obj, s, e, ds) => {
    const st = ds.st;
    if (s) obj.startDate = keyDate(s, st);
    obj.endDate = e ? keyDate(e, st) : 'present';
    if (!s) { const b = fmt(e, st); K.date(b); return b; }
    if (!e && ds.since) { const a = fmt(s, st); K.date(a); return `${ds.since} ${a}`; }
    if (e && st === 'yyyy' && fmt(s, st) === fmt(e, st)) { const a = fmt(s, st); K.date(a); return a; }
    const a = fmt(s, st), b = e ? fmt(e, st) : ds.present;
    K.date(a); K.date(b);
    return `${a}${ds.sep ?? ' – '}${b}`;
  };
  const bullets = (list, kind, o2 = {}) => list.forEach((t) => add(P(t, { list: kind, ...o2 })));
  return { K, blocks, add, page, TW, range, bullets };
}
const done = (c, doc) => ({ doc: { blocks: c.blocks, page: c.page, ...doc }, key: c.K.k, printed: c.K.printed });
const cell = (blocks, o = {}) => ({ blocks: [].concat(blocks), ...o });
const kv = (K, heading, rows) => K.other(heading, rows.map(([label, value]) => ({ label, value })));
const eduKey = (K, e, extra = {}) => {
  const x = { institution: e.institution };
  if (e.studyType) x.studyType = e.studyType;
  if (e.area) x.area = e.area;
  Object.assign(x, extra);
  return K.edu(x);
};

// ================================================================= India 1: grey heading bars (DOCX, Times New Roman)
// Name + address/contact lines, rule; CAPS headings on grey shaded bars; Career Objective; Professional Summary
// with Wingdings arrows; "Working as <position> in <company>, <city> from June 2022 to Till Date." sentences with
// the client projects below as labelled lines (Project / Client / Role / Environment / Description / Responsibilities);
// Technical Skills two-column grid table; Academic Qualifications five-column table; Strengths, Hobbies, Personal
// Details (label<tab>: value), Declaration with Place / Date and the name on the right.
function inGreyBars(Pe, o) {
  const c = ctx(Pe, { margin: 1080 });
  const { K, add, TW, bullets } = c;
  const ds = { st: 'month', sep: ' to ', present: 'Till Date', ...o.dates };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true }), { shade: 'D9D9D9', before: 200, after: 80, keepNext: true })); };
  K.basics('name', Pe.name.toUpperCase()); add(P(R(Pe.name.toUpperCase(), { b: true, sz: 16 }), { after: 40 }));
  add(P(Pe.address)); K.basics('location', Pe.address);
  add(P([R('Mobile: ', { b: true }), R(Pe.phone)])); K.basics('phone', Pe.phone);
  add(P([R('Email: ', { b: true }), R(Pe.email)])); K.basics('email', Pe.email);
  add(P([R('LinkedIn: ', { b: true }), R(Pe.profiles.find((x) => x.includes('linkedin')))], { border: 12, after: 120 })); K.profile(Pe.profiles.find((x) => x.includes('linkedin')));
  H(Pe.h.objective); add(P(Pe.objective, { align: 'both' })); K.basics('summary', Pe.objective);
  H(Pe.h.summary); bullets(Pe.summaryBullets, 'arrow'); K.other(K.k.sections.at(-1), Pe.summaryBullets);
  if (Pe.fresher) { eduTable(c, Pe, H, 'Year of Passing'); }
  H(Pe.h.skills); skillsGrid(c, Pe);
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location });
    if (w.projects) {
      const rg = c.range(item, w.start, w.end, ds);
      add(P([R('Working as '), R(w.position, { b: true }), R(' in '), R(w.company, { b: true }), R(`, ${w.location} from ${rg}.`)], { list: 'bullet', after: 60 }));
    } else {
      const rg = c.range(item, w.start, w.end, { ...ds, sep: ' – ' });
      add(P([R(w.position, { b: true }), R(`, ${w.company}, ${w.location} (${rg})`)], { after: 40 }));
    }
    item.highlights = [];
    if (w.bullets) { bullets(w.bullets, 'bullet'); item.highlights.push(...w.bullets); }
  }
  if (Pe.work.some((w) => w.projects)) {
    H(Pe.h.projects);
    let n = 0;
    for (const [wi, w] of Pe.work.entries()) for (const pr of w.projects ?? []) {
      n++;
      const lab = (l, v, b) => add(P([R(l, { b: true }), R('\t: '), R(v, { b })], { tabs: [[2160, 'left']], ind: { left: 2160 + 200, hanging: 2160 + 200 } }));
      add(P(R(`Project #${n}`, { b: true, u: true }), { before: 120, keepNext: true }));
      lab('Project Title', pr.name, true); lab('Client', pr.client); lab('Company', w.company); lab('Role', pr.role); lab('Team Size', pr.team); lab('Environment', pr.env);
      add(P(R('Description:', { b: true }), { before: 60, keepNext: true })); add(P(pr.desc, { align: 'both' }));
      add(P(R('Roles & Responsibilities:', { b: true }), { before: 60, keepNext: true })); bullets(pr.resp, 'arrow');
      K.k.work[wi].highlights.push(pr.desc, ...pr.resp);
    }
  }
  if (Pe.projects) {
    H(Pe.h.academicProjects);
    Pe.projects.forEach((pr, i) => {
      add(P([R(`${i + 1}. ${pr.name}`, { b: true })], { before: 60, keepNext: true }));
      add(P([R('Technologies: ', { i: true }), R(pr.tech.join(', '))], { ind: { left: 360 } }));
      add(P(pr.desc, { ind: { left: 360 }, align: 'both' }));
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
    });
  }
  if (!Pe.fresher) eduTable(c, Pe, H, 'Year');
  if (Pe.certs) { H(Pe.h.certs); bullets(Pe.certs, 'bullet'); K.other(K.k.sections.at(-1), Pe.certs); }
  if (Pe.achievements) { H(Pe.h.achievements); bullets(Pe.achievements, 'bullet'); K.other(K.k.sections.at(-1), Pe.achievements); }
  H(Pe.h.strengths); bullets(Pe.strengths, 'bullet'); K.other(K.k.sections.at(-1), Pe.strengths);
  H(Pe.h.hobbies); bullets(Pe.hobbies, 'bullet'); K.other(K.k.sections.at(-1), Pe.hobbies);
  H(Pe.h.personal);
  for (const [l, v] of Pe.personal) add(P([R(l), R('\t: ' + v)], { tabs: [[2880, 'left']], ind: { left: 3100, hanging: 3100 } }));
  kv(K, K.k.sections.at(-1), Pe.personal);
  H(Pe.h.declaration); add(P(Pe.declaration, { align: 'both', after: 200 })); K.other(K.k.sections.at(-1), [Pe.declaration]);
  add(P([R('Place: ' + Pe.place)]), P([R('Date:'), R(`\t(${Pe.name.toUpperCase()})`, { b: true })], { tabs: [[TW, 'right']] }));
  return done(c, { font: 'Times New Roman', size: 11, lang: 'en-IN' });
}
function skillsGrid(c, Pe, o = {}) {
  const rows = Pe.skills.map(([g, items]) => [cell(P(R(g, { b: true })), { shd: o.shade }), cell(P(items.join(', ')))]);
  c.add(TBL(rows, { widths: [Math.round(c.TW * 0.3), c.TW - Math.round(c.TW * 0.3)], borders: true }));
  for (const [, items] of Pe.skills) c.K.skills(items);
}
function eduTable(c, Pe, H, yearHead) {
  H(Pe.h.education);
  const head = ['Degree / Course', 'Institute', 'Board / University', yearHead, 'Percentage / CGPA'];
  const rows = [head.map((t) => cell(P(R(t, { b: true }), { align: 'center' }), { shd: 'F2F2F2' }))];
  for (const e of Pe.education) {
    rows.push([e.short, e.institution, e.board, e.end, e.score].map((t) => cell(P(t, { align: 'center' }), { vAlign: 'center' })));
    // the table prints the short degree ("B.Tech (CSE)"): area = the bracketed part when there is one
    const area = e.short.includes('(') ? e.short.slice(e.short.indexOf('(') + 1, e.short.lastIndexOf(')')) : undefined;
    eduKey(c.K, { institution: e.institution, studyType: e.studyType, area }, { endDate: e.end, score: e.score });
    c.K.date(e.end);
  }
  const w = c.TW;
  c.add(TBL(rows, { widths: [0.18, 0.3, 0.22, 0.12, 0.18].map((f) => Math.round(w * f)), borders: true }));
}

// ================================================================= India 2: everything in tables (DOCX, Calibri)
// Header: name, label, "Mobile:", "Email:" lines; headings bold blue CAPS with a bottom rule; Professional Summary
// with square bullets; Experience as a bordered table (Organisation | Designation | Location | Duration, dates
// "Jun'22 – Present"); each client project a bordered two-column table (Project Name, Client, Role, Team Size,
// Environment, Description, Responsibilities with bullets inside the cell); Technical Skills grid; academic table;
// Personal Details as a bordered two-column table; Declaration.
function inTables(Pe, o) {
  const c = ctx(Pe, { margin: 900 });
  const { K, add, TW, bullets } = c;
  const ds = { st: 'apos', sep: ' – ', present: 'Present', ...o.dates };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, color: '1F3864' }), { border: 8, borderColor: '1F3864', before: 220, after: 80, keepNext: true })); };
  K.basics('name', Pe.name); add(P(R(Pe.name, { b: true, sz: 20, color: '1F3864' }), { after: 0 }));
  K.basics('label', Pe.label); add(P(R(Pe.label, { i: true, sz: 12 }), { after: 60 }));
  add(P([R('Mobile: ', { b: true }), R(Pe.phone), R('    |    '), R('Email: ', { b: true }), R(Pe.email)])); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  add(P([R('Location: ', { b: true }), R(Pe.location)], { after: 60 })); K.basics('location', Pe.location);
  for (const pr of Pe.profiles) { add(P(pr)); K.profile(pr); }
  H(Pe.h.summary); bullets(Pe.summaryBullets, 'square'); K.other(K.k.sections.at(-1), Pe.summaryBullets);
  H(Pe.h.skills); skillsGrid(c, Pe, { shade: 'DEEAF6' });
  const W4 = [0.34, 0.26, 0.16, 0.24].map((f) => Math.round(TW * f));
  H(Pe.h.work);
  const rows = [['Organisation', 'Designation', 'Location', 'Duration'].map((t) => cell(P(R(t, { b: true })), { shd: 'DEEAF6' }))];
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [] });
    rows.push([w.company, w.position, w.location, c.range(item, w.start, w.end, ds)].map((t) => cell(P(t))));
  }
  add(TBL(rows, { widths: W4, borders: true }));
  for (const [wi, w] of Pe.work.entries()) if (w.bullets) { add(P(R(`Key contributions at ${w.company}:`, { b: true }), { before: 100 })); bullets(w.bullets, 'square'); K.k.work[wi].highlights.push(...w.bullets); }
  const W2 = [Math.round(TW * 0.22), TW - Math.round(TW * 0.22)];
  if (Pe.work.some((w) => w.projects)) {
    H(Pe.h.projects);
    for (const [wi, w] of Pe.work.entries()) for (const pr of w.projects ?? []) {
      const L = (t) => cell(P(R(t, { b: true })), { shd: 'F2F2F2' });
      add(TBL([
        [L('Project Name'), cell(P(R(pr.name, { b: true })))], [L('Client'), cell(P(pr.client))], [L('Organisation'), cell(P(w.company))], [L('Role'), cell(P(pr.role))],
        [L('Team Size'), cell(P(pr.team))], [L('Environment'), cell(P(pr.env))], [L('Description'), cell(P(pr.desc, { align: 'both' }))],
        [L('Responsibilities'), cell(pr.resp.map((t) => P(t, { list: 'bullet', ind: { left: 300, hanging: 260 } })))],
      ], { widths: W2, borders: true }));
      add(P('', { after: 60 }));
      K.k.work[wi].highlights.push(pr.desc, ...pr.resp);
    }
  }
  if (Pe.projects) {
    H(Pe.h.academicProjects);
    for (const pr of Pe.projects) {
      const L = (t) => cell(P(R(t, { b: true })), { shd: 'F2F2F2' });
      add(TBL([[L('Title'), cell(P(R(pr.name, { b: true })))], [L('Technologies'), cell(P(pr.tech.join(', ')))], [L('Description'), cell(P(pr.desc))]], { widths: W2, borders: true }));
      add(P('', { after: 60 }));
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
    }
  }
  eduTable(c, Pe, H, Pe.fresher ? 'Year of Passing' : 'Year');
  if (Pe.certs) { H(Pe.h.certs); bullets(Pe.certs, 'square'); K.other(K.k.sections.at(-1), Pe.certs); }
  if (Pe.achievements) { H(Pe.h.achievements); bullets(Pe.achievements, 'square'); K.other(K.k.sections.at(-1), Pe.achievements); }
  H(Pe.h.strengths); add(P(Pe.strengths.join(' • '))); K.other(K.k.sections.at(-1), Pe.strengths);
  H(Pe.h.hobbies); add(P(Pe.hobbies.join(', '))); K.other(K.k.sections.at(-1), Pe.hobbies);
  H(Pe.h.personal);
  add(TBL(Pe.personal.map(([l, v]) => [cell(P(R(l, { b: true }))), cell(P(v))]), { widths: [Math.round(TW * 0.3), TW - Math.round(TW * 0.3)], borders: true }));
  kv(K, K.k.sections.at(-1), Pe.personal);
  H(Pe.h.declaration); add(P(Pe.declaration, { after: 160 })); K.other(K.k.sections.at(-1), [Pe.declaration]);
  add(P([R(`Place: ${Pe.place}`), R(`\t${Pe.name}`, { b: true })], { tabs: [[TW, 'right']] }), P('Date: '));
  return done(c, { font: 'Calibri', size: 10.5, lang: 'en-IN' });
}

// ================================================================= India 3: job-portal style (HTML → Chromium PDF, Arial)
// Centred name, contact line joined by " | "; blue CAPS headings with a rule; summary bullets; Technical Skills as
// "Label<tab>: items" lines; experience "Company, City" + right-aligned "2022-till now" (year-only, hyphen) with the
// position in italics, then per project "Project: X | Client: Y", "Role: … | Environment: …" and bullets; education
// as a bordered table; Strengths / Hobbies one line each; Declaration.
function inPortal(Pe, o) {
  const c = ctx(Pe, { margin: 850 });
  const { K, add, TW, bullets } = c;
  const ds = { st: 'yyyy', sep: '-', present: 'till now', ...o.dates };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, color: '1A5DAB', sz: 11 }), { border: 6, borderColor: '1A5DAB', before: 200, after: 80, keepNext: true })); };
  K.basics('name', Pe.name); add(P(R(Pe.name, { b: true, sz: 18 }), { align: 'center', after: 20 }));
  K.basics('label', Pe.label); add(P(R(Pe.label, { sz: 11, color: '444444' }), { align: 'center', after: 20 }));
  add(P(`${Pe.location} | ${Pe.phone} | ${Pe.email}`, { align: 'center' })); K.basics('location', Pe.location); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  add(P(Pe.profiles.join(' | '), { align: 'center', after: 100 })); Pe.profiles.forEach((x) => K.profile(x));
  H(Pe.h.summary); bullets(Pe.summaryBullets, 'bullet'); K.other(K.k.sections.at(-1), Pe.summaryBullets);
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g, { b: true }), R('\t: ' + items.join(', '))], { tabs: [[2600, 'left']] })); K.skills(items); }
  if (Pe.fresher) eduHtmlTable(c, Pe, H);
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [] });
    const rg = c.range(item, w.start, w.end, ds);
    add(P([R(`${w.company}, ${w.location}`, { b: true }), R('\t' + rg, { b: true })], { tabs: [[TW, 'right']], before: 100, keepNext: true }));
    add(P(R(w.position, { i: true }), { keepNext: true }));
    if (w.bullets) { bullets(w.bullets, 'bullet'); item.highlights.push(...w.bullets); }
    for (const pr of w.projects ?? []) {
      add(P([R('Project: ', { b: true }), R(pr.name), R('  |  '), R('Client: ', { b: true }), R(pr.client)], { before: 80, keepNext: true }));
      add(P([R('Role: ', { b: true }), R(pr.role), R('  |  '), R('Environment: ', { b: true }), R(pr.env)], { keepNext: true }));
      add(P(pr.desc, { align: 'both' }));
      add(P(R('Responsibilities:', { b: true }), { keepNext: true }));
      bullets(pr.resp, 'bullet');
      item.highlights.push(pr.desc, ...pr.resp);
    }
  }
  if (Pe.projects) {
    H(Pe.h.academicProjects);
    for (const pr of Pe.projects) {
      add(P([R(pr.name, { b: true }), R(' | ' + pr.tech.join(', '), { i: true })], { before: 60 }));
      add(P(pr.desc, { list: 'bullet' }));
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
    }
  }
  if (!Pe.fresher) eduHtmlTable(c, Pe, H);
  if (Pe.certs) { H(Pe.h.certs); bullets(Pe.certs, 'bullet'); K.other(K.k.sections.at(-1), Pe.certs); }
  if (Pe.achievements) { H(Pe.h.achievements); bullets(Pe.achievements, 'bullet'); K.other(K.k.sections.at(-1), Pe.achievements); }
  H(Pe.h.strengths); add(P(Pe.strengths.join(', '))); K.other(K.k.sections.at(-1), Pe.strengths);
  H(Pe.h.hobbies); add(P(Pe.hobbies.join(', '))); K.other(K.k.sections.at(-1), Pe.hobbies);
  H(Pe.h.personal);
  for (const [l, v] of Pe.personal) add(P([R(l), R('\t: ' + v)], { tabs: [[2600, 'left']] }));
  kv(K, K.k.sections.at(-1), Pe.personal);
  H(Pe.h.declaration); add(P(Pe.declaration, { after: 160 })); K.other(K.k.sections.at(-1), [Pe.declaration]);
  add(P([R(`Place: ${Pe.place}`), R('\tSignature')], { tabs: [[TW, 'right']] }), P([R('Date:'), R(`\t(${Pe.name})`)], { tabs: [[TW, 'right']] }));
  return done(c, { font: 'Arial', size: 10, lang: 'en-IN' });
}
function eduHtmlTable(c, Pe, H) {
  H(Pe.h.education);
  const rows = [['Qualification', 'Institution', 'Board / University', 'Year', 'Score'].map((t) => cell(P(R(t, { b: true })), { shd: 'E8EEF7' }))];
  for (const e of Pe.education) {
    const deg = e.area ? `${e.studyType} in ${e.area}` : e.studyType;
    const yr = e.start ? `${e.start} – ${e.end}` : e.end;
    rows.push([deg, e.institution, e.board, yr, e.score].map((t) => cell(P(t))));
    eduKey(c.K, e, { ...(e.start ? { startDate: e.start } : {}), endDate: e.end, score: e.score });
    if (e.start) c.K.date(e.start); c.K.date(e.end);
  }
  c.add(TBL(rows, { widths: [0.26, 0.3, 0.18, 0.13, 0.13].map((f) => Math.round(c.TW * f)), borders: true }));
}

export const designs = { inGreyBars, inTables, inPortal };
export { ctx, done, cell, kv, eduKey };
