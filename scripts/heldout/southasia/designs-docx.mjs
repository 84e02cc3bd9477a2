// Four Word designs written as OOXML by hand. Each design prints the persona and records every printed field in
// the key (K) at the moment it prints it. Returns the docx() options.
import { Key, range, r, p, table, link } from './lib.mjs';

const DECL = 'I hereby declare that the above-mentioned information is true and correct to the best of my knowledge and belief.';
const eduEnd = (e) => e.year;
const flatSkills = (pp) => pp.skills.flatMap(([, xs]) => xs);

// ------------------------------------------------------------------------------------------------ D1
// shadedTabs: Times New Roman; name and label in the Word HEADER part; grey-shaded CAPS headings; tab-aligned
// "Label<tab>: value" rows; "Company, City" + right-tab dates; "Roles & Responsibilities:" / "Key Achievements:".
export function shadedTabs(pp, o) {
  const K = new Key();
  const links = [];
  const H = (t) => p(r(K.section(t), { b: true, sz: 22 }), { shd: 'D9D9D9', before: 200, after: 100, keepNext: true, top: { sz: 4, color: '7F7F7F' }, bottom: { sz: 4, color: '7F7F7F' } });
  const bul = (t, n = 1) => p(r(t), { num: [n], after: 30, jc: 'both' });
  const row = (label, value, pos = 2600) => p([r(label), r('\t: '), r(value)], { tabs: [[pos, 'left']], ind: { left: pos + 200, hanging: pos + 200 }, after: 30 });
  const header = p(r(K.basic('name', pp.name), { b: true, sz: 32 }), { after: 0 }) +
    p(r(K.basic('label', pp.label), { i: true, sz: 22 }), { bottom: { sz: 12, color: '000000', space: 4 }, after: 0 });
  const b = [];
  b.push(p([r('Address: '), r(K.basic('location', pp.address))], { after: 20 }));
  b.push(p([r('Mobile: '), r(K.basic('phone', pp.phone)), r('\tE-mail: '), r(K.basic('email', pp.email))], { tabs: [[5200, 'left']], after: 20 }));
  if (o.profiles) {
    const lp = pp.profiles[0];
    links.push({ id: 'rId20', url: lp.url });
    b.push(p([r('LinkedIn: '), link('rId20', r(K.profile(lp.text), { style: 'Hyperlink' }))], { after: 60 }));
  }
  b.push(H(o.h.objective));
  K.basic('summary', pp.objective);
  b.push(p(r(pp.objective), { jc: 'both' }));
  b.push(H(o.h.summary));
  K.other(o.h.summary, pp.summary.map((s) => { b.push(bul(s, 2)); return s; }));
  if (o.skillsFirst) skills();
  b.push(H(o.h.work));
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, location: j.city, position: j.title, startDate: d.startDate, endDate: d.endDate });
    b.push(p([r(`${j.company}, ${j.city}`, { b: true }), r('\t' + d.text, { b: true })], { tabs: [[9900, 'right']], before: 120, after: 20, keepNext: true }));
    b.push(p([r('Designation: '), r(j.title, { i: true })], { after: 40, keepNext: true }));
    b.push(p(r('Roles & Responsibilities:', { b: true, u: true }), { after: 30, keepNext: true }));
    for (const s of j.roles) b.push(bul(K.hl(w, s), 1));
    if (j.achievements.length) {
      b.push(p(r('Key Achievements:', { b: true, u: true }), { before: 60, after: 30, keepNext: true }));
      for (const s of j.achievements) b.push(bul(K.hl(w, s), 4));
    }
    for (const pr of j.projects ?? []) {
      const pd = range(K, pr.duration[0], pr.duration[1], o.dates);
      b.push(p(r('Project Details', { b: true, u: true }), { before: 80, after: 30, keepNext: true }));
      for (const [l, v] of [['Project Title', pr.title], ['Client', pr.client], ['Role', pr.role], ['Duration', pd.text], ['Team Size', pr.team], ['Technologies', pr.tech]]) b.push(row(l, v, 2000));
      b.push(row('Description', K.hl(w, pr.desc), 2000));
      b.push(p(r('Responsibilities:', { b: true }), { after: 30, keepNext: true }));
      for (const s of pr.resp) b.push(bul(K.hl(w, s), 1));
    }
  }
  if (!o.skillsFirst) skills();
  if (pp.projects) {
    b.push(H(o.h.projects));
    for (const pr of pp.projects) {
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
      b.push(p([r('Title: ', { b: true }), r(pr.name, { b: true })], { after: 20, keepNext: true }));
      b.push(p(r(pr.desc), { after: 20 }));
      b.push(p([r('Tools Used: ', { i: true }), r(pr.tech.join(', '), { i: true })], { after: 80 }));
    }
  }
  b.push(H(o.h.edu));
  const cols = ['Qualification', 'Board / University', 'Institute', 'Year of Passing', 'Percentage / CGPA'];
  const hdrRow = cols.map((c) => ({ c: p(r(c, { b: true, sz: 20 }), { jc: 'center', after: 0 }), shd: 'F2F2F2', vAlign: 'center' }));
  const rows = [hdrRow];
  for (const e of pp.education) {
    K.edu({ institution: e.inst, studyType: e.deg, area: e.area, endDate: eduEnd(e), score: e.score });
    const q = e.area ? `${e.deg} (${e.area})` : e.deg;
    rows.push([q, e.board, e.inst, e.year, e.score].map((t) => ({ c: p(r(t, { sz: 20 }), { jc: 'center', after: 0 }), vAlign: 'center' })));
    K.date(e.year);
  }
  b.push(table(rows, { widths: [1900, 2200, 2900, 1300, 1600], borders: 'all' }));
  b.push(H(o.h.certs));
  K.other(o.h.certs, pp.certs.map((s) => { b.push(bul(s, 3)); return s; }));
  if (pp.extra) {
    b.push(H('EXTRA-CURRICULAR ACTIVITIES'));
    K.other('EXTRA-CURRICULAR ACTIVITIES', pp.extra.map((s) => { b.push(bul(s, 3)); return s; }));
  }
  b.push(H(o.h.personal));
  const items = [];
  for (const [l, v] of [...pp.personal, ['Languages Known', pp.languages.join(', ')], ['Hobbies', pp.hobbies.join(', ')]]) {
    b.push(row(l, v));
    items.push({ label: l, value: v });
  }
  K.other(o.h.personal, items);
  b.push(H('DECLARATION'));
  K.other('DECLARATION', [DECL]);
  b.push(p(r(DECL), { jc: 'both', after: 240 }));
  b.push(p([r(`Place: ${pp.place}`)], { after: 0 }));
  b.push(p([r('Date:'), r(`\t(${pp.name})`, { b: true })], { tabs: [[9900, 'right']] }));
  return { K, doc: { body: b.join(''), header, font: 'Times New Roman', sz: o.compact ? 20 : 22, links, title: `${pp.name} Resume`, author: pp.name, margins: { top: 1300 } } };

  function skills() {
    b.push(H(o.h.skills));
    for (const [label, xs] of pp.skills) { b.push(row(label, xs.join(', '))); xs.forEach((s) => K.skill(s)); }
  }
}

// ------------------------------------------------------------------------------------------------ D2
// cambriaUnderline: Cambria; centred name + address + "Mobile | E-mail | LinkedIn" (hyperlinked word);
// underlined Title Case headings with a colon; "Designation | Company | City" + italic "Duration:" line;
// IT projects as bordered 2-column tables; skills as a bordered 2-column table; education as bulleted lines;
// Languages Known read/write/speak table.
export function cambriaUnderline(pp, o) {
  const K = new Key();
  const links = [];
  const H = (t) => p(r(`${K.section(t)}:`, { b: true, u: true, sz: 24, color: '1F3864' }), { before: 220, after: 100, keepNext: true });
  const bul = (t, n) => p(r(t), { num: [n], after: 40, jc: 'both' });
  const b = [];
  b.push(p(r(K.basic('name', pp.name), { b: true, sz: 34, caps: false }), { jc: 'center', after: 40 }));
  b.push(p(r(K.basic('location', pp.address), { sz: 20 }), { jc: 'center', after: 20 }));
  const contact = [r('Mobile: ', { b: true, sz: 20 }), r(K.basic('phone', pp.phone), { sz: 20 }), r('  |  ', { sz: 20 }), r('E-mail: ', { b: true, sz: 20 }), r(K.basic('email', pp.email), { sz: 20 })];
  pp.profiles.forEach((pr, i) => {
    links.push({ id: `rId${20 + i}`, url: pr.url });
    const word = /github/.test(pr.url) ? 'GitHub' : 'LinkedIn';
    contact.push(r('  |  ', { sz: 20 }), link(`rId${20 + i}`, r(word, { style: 'Hyperlink', sz: 20 })));
  });
  b.push(p(contact, { jc: 'center', after: 60, bottom: { sz: 8, color: '1F3864', space: 6 } }));

  b.push(H(o.h.objective));
  b.push(p(r(K.basic('summary', pp.objective)), { jc: 'both' }));
  b.push(H(o.h.summary));
  K.other(o.h.summary, pp.summary.map((s) => { b.push(bul(s, 7)); return s; }));
  b.push(H(o.h.skills));
  b.push(table(pp.skills.map(([label, xs]) => [
    { c: p(r(label, { b: true, sz: 20 }), { after: 0 }), shd: 'DEEAF6' },
    { c: p(r(xs.map((s) => K.skill(s)).join(', '), { sz: 20 }), { after: 0 }) },
  ]), { widths: [2600, 7300], borders: 'all', color: '8EAADB' }));
  b.push(H(o.h.work));
  if (o.totalExp) b.push(p([r('Total Experience: ', { b: true }), r(pp.totalExp)], { after: 100 }));
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ position: j.title, name: j.company, location: j.city, startDate: d.startDate, endDate: d.endDate });
    b.push(p([r(j.title, { b: true }), r('  |  '), r(j.company, { b: true, color: '1F3864' }), r('  |  '), r(j.city)], { before: 140, after: 20, keepNext: true }));
    b.push(p([r('Duration: ', { i: true }), r(d.text, { i: true })], { after: 60, keepNext: true }));
    b.push(p(r('Roles & Responsibilities:', { b: true, i: true }), { after: 30, keepNext: true }));
    for (const s of j.roles) b.push(bul(K.hl(w, s), 2));
    if (j.achievements.length) {
      b.push(p(r('Key Achievements:', { b: true, i: true }), { before: 60, after: 30, keepNext: true }));
      for (const s of j.achievements) b.push(bul(K.hl(w, s), 4));
    }
    (j.projects ?? []).forEach((pr, k) => {
      const pd = range(K, pr.duration[0], pr.duration[1], o.dates);
      b.push(p(r(`Project ${k + 1}:`, { b: true, u: true }), { before: 100, after: 40, keepNext: true }));
      const cell = (l, v) => [{ c: p(r(l, { b: true, sz: 20 }), { after: 0 }), shd: 'F2F2F2' }, { c: p(r(v, { sz: 20 }), { after: 0, jc: 'both' }) }];
      b.push(table([
        cell('Project Title', pr.title), cell('Client', pr.client), cell('Role', pr.role), cell('Duration', pd.text),
        cell('Team Size', pr.team), cell('Technologies', pr.tech), cell('Description', K.hl(w, pr.desc)),
      ], { widths: [2000, 7900], borders: 'all', color: 'A6A6A6', cantSplit: true }));
      b.push(p(r('Responsibilities:', { b: true, i: true }), { before: 60, after: 30, keepNext: true }));
      for (const s of pr.resp) b.push(bul(K.hl(w, s), 1));
    });
  }
  b.push(H(o.h.edu));
  for (const e of pp.education) {
    const yr = e.start && o.eduStart ? `${e.start}–${e.year}` : e.year;
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, startDate: e.start && o.eduStart ? e.start : undefined, endDate: e.year, score: e.score });
    if (e.start && o.eduStart) K.date(e.start);
    K.date(e.year);
    const head = e.area ? `${e.deg} (${e.area})` : e.deg;
    b.push(p([r(head, { b: true }), r(`, ${e.inst}, ${e.board}, ${yr}, ${e.score}`)], { num: [3], after: 40 }));
  }
  b.push(H(o.h.certs));
  K.other(o.h.certs, pp.certs.map((s) => { b.push(bul(s, 3)); return s; }));
  b.push(H('Languages Known'));
  const tick = (t) => ({ c: p(r(t, { sz: 20 }), { jc: 'center', after: 0 }) });
  b.push(table([
    ['Language', 'Read', 'Write', 'Speak'].map((t) => ({ c: p(r(t, { b: true, sz: 20 }), { jc: 'center', after: 0 }), shd: 'DEEAF6' })),
    ...pp.languages.map((l) => [tick(l), tick('Yes'), tick('Yes'), tick('Yes')]),
  ], { widths: [3000, 1800, 1800, 1800], borders: 'all', color: '8EAADB' }));
  K.other('Languages Known', [...pp.languages]);
  b.push(H(o.h.personal));
  const items = [];
  for (const [l, v] of [...pp.personal, ['Hobbies', pp.hobbies.join(', ')]]) {
    b.push(p([r(l), r('\t:\t'), r(v)], { tabs: [[2700, 'left'], [3000, 'left']], ind: { left: 3000, hanging: 3000 }, after: 30 }));
    items.push({ label: l, value: v });
  }
  K.other(o.h.personal, items);
  b.push(H('Declaration'));
  K.other('Declaration', [DECL]);
  b.push(p(r(DECL), { jc: 'both', after: 300 }));
  b.push(p([r(`Date: \nPlace: ${pp.place}`), r(`\t${pp.name}`, { b: true })], { tabs: [[9900, 'right']] }));
  return { K, doc: { body: b.join(''), font: 'Cambria', sz: 21, links, title: 'Resume', author: pp.name, bulletIndent: 360 } };
}

// ------------------------------------------------------------------------------------------------ D3
// snapshotGrid: Calibri; header as a borderless 2-column table (name left, contact right); "Career Snapshot" 4-cell
// table; white-on-navy shaded headings; each employer a bordered table (company | duration, designation |
// location, then responsibilities / achievements inside a spanning cell); "Core Competencies" 3-column keyword grid;
// education table Degree | Specialisation | College / University | Year | Marks; personal details 4-column table.
export function snapshotGrid(pp, o) {
  const K = new Key();
  const NAVY = '1F3864';
  const H = (t) => p(r(K.section(t), { b: true, color: 'FFFFFF', sz: 23 }), { shd: NAVY, before: 200, after: 100, keepNext: true, ind: { left: 60 } });
  const c = (t, ro = {}, po = {}) => p(r(t, { sz: 20, ...ro }), { after: 0, ...po });
  const b = [];
  const right = [
    p([r('Phone: ', { b: true, sz: 20 }), r(K.basic('phone', pp.phone), { sz: 20 })], { jc: 'right', after: 0 }),
    p([r('Email: ', { b: true, sz: 20 }), r(K.basic('email', pp.email), { sz: 20 })], { jc: 'right', after: 0 }),
    p(r(K.basic('location', pp.address), { sz: 20 }), { jc: 'right', after: 0 }),
  ];
  if (o.profiles) right.push(p(r(K.profile(pp.profiles[0].text), { sz: 20, color: '2E74B5' }), { jc: 'right', after: 0 }));
  b.push(table([[
    { c: [p(r(K.basic('name', pp.name), { b: true, sz: 36, color: NAVY }), { after: 0 }), p(r(K.basic('label', pp.label), { sz: 24, color: '595959' }), { after: 0 })], vAlign: 'center' },
    { c: right, vAlign: 'center' },
  ]], { widths: [5200, 4700], borders: 'none' }));
  b.push(p('', { bottom: { sz: 18, color: NAVY }, after: 120 }));
  if (o.snapshot) {
    b.push(H(o.h.snapshot));
    const cur = pp.work[0];
    b.push(table([
      ['Total Experience', 'Current Designation', 'Current Organisation', 'Location'].map((t) => ({ c: c(t, { b: true }, { jc: 'center' }), shd: 'D9E2F3' })),
      [pp.totalExp, cur.title, cur.company, cur.city].map((t) => ({ c: c(t, {}, { jc: 'center' }), vAlign: 'center' })),
    ], { widths: [2200, 2500, 3100, 2100], borders: 'all', color: '8EAADB' }));
  }
  b.push(H(o.h.summary));
  K.other(o.h.summary, pp.summary.map((s) => { b.push(p(r(s), { num: [3], after: 40 })); return s; }));
  b.push(H(o.h.skills));
  const all = flatSkills(pp);
  const grid = [];
  for (let i = 0; i < all.length; i += 3) grid.push([0, 1, 2].map((k) => ({ c: all[i + k] ? c(`\u25AA ${K.skill(all[i + k])}`) : c('') })));
  b.push(table(grid, { widths: [3300, 3300, 3300], borders: 'none' }));
  b.push(H(o.h.work));
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, startDate: d.startDate, endDate: d.endDate, position: j.title, location: j.city });
    const inner = [p(r('Roles & Responsibilities:', { b: true, sz: 20 }), { after: 20 })];
    for (const s of j.roles) inner.push(p(r(K.hl(w, s), { sz: 20 }), { num: [1], after: 20 }));
    if (j.achievements.length) {
      inner.push(p(r('Key Achievements:', { b: true, sz: 20 }), { before: 60, after: 20 }));
      for (const s of j.achievements) inner.push(p(r(K.hl(w, s), { sz: 20 }), { num: [4], after: 20 }));
    }
    b.push(table([
      [{ c: c(j.company, { b: true, sz: 21 }), shd: 'D9E2F3' }, { c: c(d.text, { b: true }, { jc: 'right' }), shd: 'D9E2F3' }],
      [{ c: c(j.title, { i: true }) }, { c: c(j.city, {}, { jc: 'right' }) }],
      [{ c: inner, span: 2 }],
    ], { widths: [6400, 3500], borders: 'all', color: '8EAADB' }));
    b.push(p('', { after: 60 }));
  }
  if (pp.projects) {
    b.push(H(o.h.projects));
    for (const pr of pp.projects) {
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
      b.push(p([r(pr.name, { b: true }), r(` (${pr.tech.join(', ')})`, { i: true })], { after: 20, keepNext: true }));
      b.push(p(r(pr.desc), { after: 80 }));
    }
  }
  b.push(H(o.h.edu));
  const rows = [['Degree', 'Specialisation', 'College / University', 'Year', 'Marks'].map((t) => ({ c: c(t, { b: true }, { jc: 'center' }), shd: 'D9E2F3' }))];
  for (const e of pp.education) {
    const yr = e.start ? `${e.start} – ${e.year}` : e.year;
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, startDate: e.start, endDate: e.year, score: e.score });
    if (e.start) K.date(e.start);
    K.date(e.year);
    rows.push([e.deg, e.area ?? '–', e.inst, yr, e.score].map((t) => ({ c: c(t, {}, { jc: 'center' }), vAlign: 'center' })));
  }
  b.push(table(rows, { widths: [1500, 2100, 3300, 1500, 1500], borders: 'all', color: '8EAADB' }));
  b.push(H(o.h.certs));
  K.other(o.h.certs, pp.certs.map((s) => { b.push(p(r(s), { num: [3], after: 40 })); return s; }));
  if (pp.extra) {
    b.push(H('Extra-Curricular Activities'));
    K.other('Extra-Curricular Activities', pp.extra.map((s) => { b.push(p(r(s), { num: [3], after: 40 })); return s; }));
  }
  b.push(H(o.h.personal));
  const pairs = [...pp.personal, ['Languages', pp.languages.join(', ')]];
  K.other(o.h.personal, pairs.map(([l, v]) => ({ label: l, value: v })));
  const prow = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const cells = [];
    for (const k of [i, i + 1]) {
      const pr = pairs[k];
      cells.push({ c: c(pr ? pr[0] : '', { b: true }), shd: 'F2F2F2' }, { c: c(pr ? pr[1] : '') });
    }
    prow.push(cells);
  }
  b.push(table(prow, { widths: [1900, 3050, 1900, 3050], borders: 'all', color: 'BFBFBF' }));
  b.push(H('Declaration'));
  K.other('Declaration', [DECL]);
  b.push(p(r(DECL), { jc: 'both', after: 200 }));
  b.push(table([[{ c: [c(`Place: ${pp.place}`), c('Date:')] }, { c: c(`(${pp.name})`, { b: true }, { jc: 'right' }), vAlign: 'bottom' }]], { widths: [5000, 4900], borders: 'none' }));
  return { K, doc: { body: b.join(''), font: 'Calibri', sz: 21, title: 'CV', author: pp.name, margins: { top: 800, bottom: 800, left: 900, right: 900 } } };
}

// ------------------------------------------------------------------------------------------------ D4
// boxedArial: Arial; "RESUME" title; name/address/contact in a table with an "Affix Photo" box; CAPS headings in a
// bordered box; numbered employers with tab-aligned "Designation : …" / "Duration : …" rows, "Job Profile:" and
// "Achievements:" bullets; projects as "Label : value" rows; "Label : values" skills; education table
// Examination | Institute | Board / University | Passing Year | Marks; personal information rows.
export function boxedArial(pp, o) {
  const K = new Key();
  const H = (t) => p(r(K.section(t), { b: true, sz: 20 }), { box: { sz: 6, color: '404040', space: 2 }, shd: 'EDEDED', before: 220, after: 100, keepNext: true });
  const row = (l, v, pos = 2300, ro = {}) => p([r(l, ro), r('\t: '), r(v)], { tabs: [[pos, 'left']], ind: { left: pos + 180, hanging: pos + 180 }, after: 30 });
  const b = [];
  b.push(p(r('RESUME', { b: true, u: true, sz: 28, spacing: 40 }), { jc: 'center', after: 160 }));
  const left = [
    p(r(K.basic('name', pp.name), { b: true, sz: 28 }), { after: 40 }),
    p(r(K.basic('location', pp.address), { sz: 19 }), { after: 20 }),
    p([r('Mob: ', { b: true, sz: 19 }), r(K.basic('phone', pp.phone), { sz: 19 })], { after: 20 }),
    p([r('E-mail: ', { b: true, sz: 19 }), r(K.basic('email', pp.email), { sz: 19 })], { after: 20 }),
  ];
  if (o.profiles) for (const pr of pp.profiles) left.push(p(r(K.profile(pr.text), { sz: 19 }), { after: 20 }));
  b.push(table([[
    { c: left, borders: '<w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>' },
    { c: [p('', { after: 500 }), p(r('Affix Photo', { sz: 16, color: '808080' }), { jc: 'center', after: 500 })], vAlign: 'center' },
  ]], { widths: [7900, 1700], borders: 'all', color: '808080' }));
  b.push(p('', { bottom: { val: 'thinThickSmallGap', sz: 18, color: '000000' }, after: 60 }));
  b.push(H(o.h.objective));
  b.push(p(r(K.basic('summary', pp.objective)), { jc: 'both' }));
  b.push(H(o.h.summary));
  K.other(o.h.summary, pp.summary.map((s) => { b.push(p(r(s), { num: [2], after: 40, jc: 'both' })); return s; }));
  b.push(H(o.h.work));
  pp.work.forEach((j, i) => {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, location: j.city, position: j.title, startDate: d.startDate, endDate: d.endDate });
    b.push(p(r(`${i + 1}. ${j.company}, ${j.city}`, { b: true }), { before: 120, after: 40, keepNext: true }));
    b.push(row('Designation', j.title, 2300, { b: true }));
    b.push(row('Duration', d.text, 2300, { b: true }));
    b.push(p(r('Job Profile:', { b: true, u: true }), { before: 40, after: 30, keepNext: true }));
    for (const s of j.roles) b.push(p(r(K.hl(w, s)), { num: [3], after: 30 }));
    if (j.achievements.length) {
      b.push(p(r('Achievements:', { b: true, u: true }), { before: 40, after: 30, keepNext: true }));
      for (const s of j.achievements) b.push(p(r(K.hl(w, s)), { num: [4], after: 30 }));
    }
    for (const pr of j.projects ?? []) {
      const pd = range(K, pr.duration[0], pr.duration[1], o.dates);
      b.push(p(r(`Project: ${pr.title}`, { b: true, i: true }), { before: 80, after: 30, keepNext: true, ind: { left: 360 } }));
      for (const [l, v] of [['Client', pr.client], ['Role', pr.role], ['Duration', pd.text], ['Team Size', pr.team], ['Environment', pr.tech]]) b.push(row(l, v, 2300));
      b.push(row('Description', K.hl(w, pr.desc), 2300));
      b.push(p(r('Responsibilities:', { b: true }), { after: 30, keepNext: true, ind: { left: 360 } }));
      for (const s of pr.resp) b.push(p(r(K.hl(w, s)), { num: [1, 1], after: 30 }));
    }
  });
  b.push(H(o.h.skills));
  for (const [label, xs] of pp.skills) { b.push(row(label, xs.join(', '), 2600, { b: true })); xs.forEach((s) => K.skill(s)); }
  b.push(H(o.h.edu));
  const rows = [['Examination', 'Institute', 'Board / University', 'Passing Year', 'Marks / Grade'].map((t) => ({ c: p(r(t, { b: true, sz: 18 }), { jc: 'center', after: 0 }), shd: 'EDEDED' }))];
  for (const e of pp.education) {
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, endDate: e.year, score: e.score });
    K.date(e.year);
    const q = e.area ? `${e.deg} – ${e.area}` : e.deg;
    rows.push([q, e.inst, e.board, e.year, e.score].map((t) => ({ c: p(r(t, { sz: 18 }), { jc: 'center', after: 0 }), vAlign: 'center' })));
  }
  b.push(table(rows, { widths: [2200, 2600, 2200, 1200, 1400], borders: 'all' }));
  b.push(H(o.h.certs));
  K.other(o.h.certs, pp.certs.map((s) => { b.push(p(r(s), { num: [2], after: 30 })); return s; }));
  b.push(H(o.h.personal));
  const items = [];
  for (const [l, v] of [...pp.personal, ['Languages Known', pp.languages.join(', ')]]) { b.push(row(l, v)); items.push({ label: l, value: v }); }
  K.other(o.h.personal, items);
  b.push(H('DECLARATION'));
  K.other('DECLARATION', [DECL]);
  b.push(p(r(DECL), { jc: 'both', after: 300 }));
  b.push(p([r('Date: ____________')], { after: 0 }));
  b.push(p([r(`Place: ${pp.place}`), r(`\t(${pp.name.toUpperCase()})`, { b: true })], { tabs: [[9600, 'right']] }));
  return { K, doc: { body: b.join(''), font: 'Arial', sz: 20, title: 'RESUME', author: pp.name, margins: { top: 900, bottom: 900, left: 1150, right: 1150 } } };
}
