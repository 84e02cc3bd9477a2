// Word designs (hand-written OOXML): photoTable, shadedSidebar, gulfSummary.
import { Key, run, para, table, hyperlink, range } from './lib.mjs';
import { job, nyscJob, school, qual, allSkills, personalItems, langLine, refLines, nyscYears } from './common.mjs';

const bullets = (K, w, items, numId, o = {}) => items.map((s) => para(run(w ? K.hl(w, s) : s, o.run), { bullet: numId, after: 20, ...o.p })).join('');

// ---------------------------------------------------------------------------------------------- photoTable
// "CURRICULUM VITAE" title, name / contact block beside a passport-photo placeholder cell, grey shaded CAPS headings,
// label : value personal rows (3-column borderless table), Company / Position / Period lines, underlined
// "Duties and Responsibilities:" / "Achievements:", education table, NYSC, referees in a 2-column table.
export function photoTable(P, o) {
  const K = new Key();
  const links = [];
  const H = (t) => para(run(K.section(t), { b: true, sz: 22 }), { shd: 'D9D9D9', before: 200, after: 80, bottom: { sz: 8, color: '7F7F7F' }, keepNext: true });
  let b = para(run('CURRICULUM VITAE', { b: true, u: true, sz: 30 }), { jc: 'center', after: 160 });
  const left = [
    para(run(K.basic('name', P.name), { b: true, sz: 30 }), { after: 60 }),
    para(run(P.address)),
    para(run(K.basic('location', P.home))),
    para([run('Phone: ', { b: true }), run(K.basic('phone', P.phone)), ...(P.phone2 ? [run(`, ${P.phone2}`)] : [])]),
    para([run('E-mail: ', { b: true }), run(K.basic('email', P.email))]),
  ];
  if (P.linkedin) {
    links.push({ id: 'rIdL1', url: `https://www.${P.linkedin}` });
    left.push(para([run('LinkedIn: ', { b: true }), hyperlink('rIdL1', run(K.profile(P.linkedin), { link: true }))]));
  }
  if (P.github && o.github) left.push(para([run('GitHub: ', { b: true }), run(K.profile(P.github))]));
  b += table([[{ c: left, vAlign: 'top' }, { c: [para(run(o.photoText, { sz: 16, color: '595959' }), { jc: 'center' })], shd: 'F2F2F2', box: '808080', vAlign: 'center' }]],
    { widths: [7700, 1900], borders: 'none', rowHeight: { 0: 2100 } });

  const personal = () => {
    b += H(o.h.personal);
    const items = K.other(o.h.personal, personalItems(P));
    b += table(items.map((it) => [{ c: para(run(it.label, { b: true })) }, { c: para(run(':')) }, { c: para(run(it.value)) }]), { widths: [2800, 300, 6500], borders: 'none' });
  };
  if (o.personalFirst) personal();
  b += H(o.h.objective);
  b += para(run(K.basic('summary', P.objective)), { jc: 'both' });
  b += H(o.h.skills);
  const sk = allSkills(P).map((s) => K.skill(s));
  const half = Math.ceil(sk.length / 2);
  b += table([[{ c: sk.slice(0, half).map((s) => para(run(s), { bullet: 4, after: 0 })) }, { c: sk.slice(half).map((s) => para(run(s), { bullet: 4, after: 0 })) }]], { widths: [4800, 4800], borders: 'none' });

  b += H(o.h.work);
  const jobs = [...P.work];
  if (P.nysc && o.nysc === 'work') jobs.push({ ...P.nysc, isNysc: true });
  for (const j of jobs) {
    const { w, r } = j.isNysc ? nyscJob(K, j, o.dates) : job(K, j, o.dates);
    const place = j.isNysc ? j.placeCity : j.city;
    b += para([run(`${j.org}, `, { b: true }), run(place, { b: true })], { before: 120, keepNext: true });
    b += para([run('Position: ', { b: true }), run(j.position)], { keepNext: true });
    b += para([run('Period: ', { b: true }), run(r.text)], { keepNext: true });
    b += para(run(o.sub[0], { b: true, u: true }), { before: 40, keepNext: true });
    b += bullets(K, w, j.duties, 1);
    if (j.achievements?.length) {
      b += para(run(o.sub[1], { b: true, u: true }), { before: 40, keepNext: true });
      b += bullets(K, w, j.achievements, 1);
    }
  }
  if (P.nysc && o.nysc === 'section') {
    b += H(o.h.nysc);
    const lines = [`${P.nysc.org}, ${nyscYears(P.nysc)}`, `Place of Primary Assignment: ${P.nysc.place}`];
    K.other(o.h.nysc, lines);
    b += lines.map((l) => para(run(l))).join('');
  }
  b += H(o.h.edu);
  const erows = [[{ c: para(run('Institution', { b: true })), shd: 'EDEDED' }, { c: para(run('Qualification Obtained', { b: true })), shd: 'EDEDED' }, { c: para(run('Year', { b: true })), shd: 'EDEDED' }]];
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    erows.push([{ c: para(run(`${e.inst}, ${e.city}`)) }, { c: para(run(qual(e) + (e.score ? `, ${e.score}` : ''))) }, { c: para(run(r.text)) }]);
  }
  b += table(erows, { widths: [3600, 4300, 1700], borders: 'all', color: '808080' });
  b += H(o.h.certs);
  b += bullets(K, null, K.other(o.h.certs, [...P.certs]), 1);
  if (!o.personalFirst) personal();
  b += H(o.h.languages);
  const langs = K.other(o.h.languages, P.languages.map((l) => langLine(l)));
  b += para(run(langs.join(', ')));
  b += H(o.h.hobbies);
  b += para(run(K.other(o.h.hobbies, [...P.hobbies]).join(', ')));
  b += H(o.h.referees);
  const refs = P.referees.map((rf) => refLines(rf));
  K.other(o.h.referees, refs.flat());
  b += table([refs.map((ls) => ({ c: ls.map((l, i) => para(run(l, { b: i === 0 }), { after: 0 })) }))], { widths: [4800, 4800], borders: 'none' });
  return { K, doc: { body: b, font: o.font ?? 'Calibri', sz: 21, links, title: `CV - ${P.name}`, author: P.name } };
}

// ------------------------------------------------------------------------------------------- shadedSidebar
// Two-column Word table: a dark name band spanning both columns, a shaded LEFT column (contact with glyphs, personal
// details as "Label: value" lines, grouped key skills, languages, hobbies) and the main column (profile, experience
// with right-tab dates inside the cell, sub-labels, education, certifications, referees).
export function shadedSidebar(P, o) {
  const K = new Key();
  const links = [];
  const acc = o.accent ?? '1F4E79';
  const LH = (t) => para(run(K.section(t), { b: true, color: acc, sz: 20, spacing: 20 }), { before: 220, after: 60, bottom: { sz: 6, color: acc } });
  const RH = (t) => para(run(K.section(t), { b: true, color: acc, sz: 24 }), { before: 200, after: 80, bottom: { sz: 12, color: acc }, keepNext: true });
  const head = [
    para(run(K.basic('name', P.name), { b: true, sz: 40, color: 'FFFFFF' }), { before: 120, after: 20 }),
    para(run(K.basic('label', P.label), { sz: 24, color: 'DDEBF7' }), { after: 120 }),
  ];
  const L = [];
  L.push(LH(o.h.contact));
  L.push(para([run('☎ ', { color: acc }), run(K.basic('phone', P.phone))]));
  if (P.phone2) L.push(para([run('☎ ', { color: acc }), run(P.phone2)]));
  L.push(para([run('✉ ', { color: acc }), run(K.basic('email', P.email), { sz: 18 })]));
  L.push(para([run('⌂ ', { color: acc }), run(K.basic('location', P.home))]));
  if (P.linkedin) {
    links.push({ id: 'rIdL1', url: `https://${P.linkedin}` });
    L.push(para([run('in ', { b: true, color: acc }), hyperlink('rIdL1', run(K.profile(P.linkedin), { link: true, sz: 17 }))]));
  }
  if (P.github) L.push(para([run('⌥ ', { color: acc }), run(K.profile(P.github), { sz: 17 })]));
  L.push(LH(o.h.personal));
  for (const it of K.other(o.h.personal, personalItems(P, ['Passport No.', 'ID No.']))) L.push(para([run(`${it.label}: `, { b: true }), run(it.value)]));
  L.push(LH(o.h.skills));
  for (const [g, items] of P.skills) {
    L.push(para(run(g, { b: true, i: true }), { before: 60 }));
    for (const s of items) L.push(para(run(K.skill(s)), { bullet: 2, after: 0 }));
  }
  L.push(LH(o.h.languages));
  for (const l of K.other(o.h.languages, P.languages.map((lg) => langLine(lg, 'dash')))) L.push(para(run(l)));
  L.push(LH(o.h.hobbies));
  for (const hb of K.other(o.h.hobbies, [...P.hobbies])) L.push(para(run(hb)));

  const R = [];
  R.push(RH(o.h.objective));
  R.push(para(run(K.basic('summary', P.objective)), { jc: 'both' }));
  R.push(RH(o.h.work));
  const tabs = [[6200, 'right']];
  for (const j of P.work) {
    const { w, r } = job(K, j, o.dates, j.country ? `${j.city}, ${j.country}` : j.city);
    R.push(para([run(j.position, { b: true }), run(`\t${r.text}`, { i: true, color: '595959' })], { tabs, before: 140, keepNext: true }));
    R.push(para(run(`${j.org} | ${w.location}`, { color: acc }), { keepNext: true }));
    R.push(para(run(o.sub[0], { b: true, i: true }), { before: 40, keepNext: true }));
    for (const d of j.duties) R.push(para(run(K.hl(w, d)), { bullet: 1, after: 10 }));
    if (j.achievements.length) {
      R.push(para(run(o.sub[1], { b: true, i: true }), { before: 40, keepNext: true }));
      for (const a of j.achievements) R.push(para(run(K.hl(w, a)), { bullet: 4, after: 10 }));
    }
  }
  R.push(RH(o.h.edu));
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    R.push(para([run(qual(e, o.eduJoin ?? ' in '), { b: true }), run(`\t${r.text}`, { i: true, color: '595959' })], { tabs, before: 80, keepNext: true }));
    R.push(para(run(`${e.inst}, ${e.city}`)));
    if (e.score) R.push(para(run(`${o.scoreLabel}${e.score}`, { i: true })));
  }
  R.push(RH(o.h.certs));
  for (const c of K.other(o.h.certs, [...P.certs])) R.push(para(run(c), { bullet: 1, after: 10 }));
  R.push(RH(o.h.referees));
  const refs = P.referees.map((rf) => refLines(rf, 'Mobile: '));
  K.other(o.h.referees, refs.flat());
  for (const ls of refs) R.push(ls.map((l, i) => para(run(l, { b: i === 0 }), { after: i === ls.length - 1 ? 100 : 0 })).join(''));

  const body = table([
    [{ c: head, span: 2, shd: acc }],
    [{ c: L, shd: o.side ?? 'DEEAF6', vAlign: 'top' }, { c: R, vAlign: 'top' }],
  ], { widths: [3300, 7000], borders: 'none', pad: 160 });
  return { K, doc: { body, font: o.font ?? 'Calibri', sz: 19, links, margins: { top: 500, right: 700, bottom: 600, left: 700 }, bulletIndent: 280, title: 'Resume', author: P.name } };
}

// --------------------------------------------------------------------------------------------- gulfSummary
// Gulf-style Word CV (Arial): name + label, "|"-separated contact line, "Current Location" line; a bordered
// "Career Summary" table (Period | Employer | Position | Country); a shaded "Current Employer" box of label rows;
// detailed experience with "Period: … to Date" and sub-labels; education; licences; personal details table with
// Visa Status / Driving License; languages table; "References: available upon request" or referee lines.
export function gulfSummary(P, o) {
  const K = new Key();
  const acc = o.accent ?? '7B2C2C';
  const H = (t) => para(run(K.section(t), { b: true, color: 'FFFFFF', sz: 20, spacing: 10 }), { shd: acc, before: 200, after: 80, ind: { left: 60 }, keepNext: true });
  let b = para(run(K.basic('name', P.name), { b: true, sz: 34, color: acc }), { jc: 'center', after: 20 });
  b += para(run(K.basic('label', P.label), { b: true, sz: 22 }), { jc: 'center', after: 60 });
  const contact = [`Mobile: ${K.basic('phone', P.phone)}`, ...(P.phone2 ? [`Home Country: ${P.phone2}`] : []), `Email: ${K.basic('email', P.email)}`];
  b += para(run(contact.join('  |  ')), { jc: 'center', after: 20 });
  b += para([run('Current Location: ', { b: true }), run(K.basic('location', P.home))], { jc: 'center', after: 20 });
  if (P.linkedin) b += para(run(K.profile(P.linkedin), { color: '0563C1' }), { jc: 'center', after: 120 });

  b += H(o.h.objective);
  b += para(run(K.basic('summary', P.objective)), { jc: 'both' });

  b += H(o.h.summary);
  const rows = [['Period', 'Employer', 'Position', 'Country'].map((t) => ({ c: para(run(t, { b: true })), shd: 'F2E6E6' }))];
  const ranges = P.work.map((j) => range(K, j, o.tableDates));
  P.work.forEach((j, i) => rows.push([ranges[i].text, j.org, j.position, j.country ?? o.country].map((t) => ({ c: para(run(t, { sz: 18 })) }))));
  b += table(rows, { widths: [2200, 3200, 2800, 1900], borders: 'all', color: 'A6A6A6' });

  const cur = P.work[0];
  const curR = range(K, cur, o.dates);
  b += para('', { after: 60 });
  b += table([[{
    c: [
      para(run(o.h.current, { b: true, color: acc, sz: 22 }), { after: 60 }),
      para([run('Employer:\t', { b: true }), run(cur.org)], { tabs: [[1900, 'left']] }),
      para([run('Designation:\t', { b: true }), run(cur.position)], { tabs: [[1900, 'left']] }),
      para([run('Since:\t', { b: true }), run(curR.text.split(o.dates.sep)[0])], { tabs: [[1900, 'left']] }),
    ],
    shd: 'FBF4F4',
  }]], { widths: [10100], borders: 'outer', color: acc, sz: 12, pad: 160, padT: 80 });
  K.section(o.h.current);

  b += H(o.h.work);
  for (const j of P.work) {
    const { w, r } = job(K, j, o.dates, `${j.city}, ${j.country ?? o.country}`);
    b += para([run(j.position, { b: true, sz: 22 })], { before: 140, keepNext: true });
    b += para([run(j.org, { b: true, color: acc }), run(` – ${w.location}`)], { keepNext: true });
    b += para([run('Period: ', { b: true }), run(r.text)], { keepNext: true });
    b += para(run(o.sub[0], { b: true, u: true }), { before: 40, keepNext: true });
    b += bullets(K, w, j.duties, 3);
    if (j.achievements.length) {
      b += para(run(o.sub[1], { b: true, u: true }), { before: 40, keepNext: true });
      b += bullets(K, w, j.achievements, 3);
    }
  }
  if (P.nysc && o.nysc === 'work') {
    const { w, r } = nyscJob(K, P.nysc, o.dates);
    b += para(run(P.nysc.position, { b: true, sz: 22 }), { before: 140, keepNext: true });
    b += para([run(P.nysc.org, { b: true, color: acc }), run(` – ${w.location}`)], { keepNext: true });
    b += para([run('Period: ', { b: true }), run(r.text)], { keepNext: true });
    b += bullets(K, w, P.nysc.duties, 3);
  }
  b += H(o.h.edu);
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    b += para([run(qual(e), { b: true }), run(` (${r.text})`)], { before: 60 });
    b += para(run(`${e.inst}, ${e.city}`), { ind: { left: 0 } });
    if (e.score) b += para([run('Grade: ', { i: true }), run(e.score, { i: true })]);
  }
  b += H(o.h.certs);
  b += bullets(K, null, K.other(o.h.certs, [...P.certs]), 4);
  b += H(o.h.skills);
  for (const [g, items] of P.skills) b += para([run(`${g}: `, { b: true }), run(items.map((s) => K.skill(s)).join(', '))], { bullet: 3 });
  b += H(o.h.personal);
  const items = K.other(o.h.personal, personalItems(P));
  const prow = [];
  for (let i = 0; i < items.length; i += 2) {
    prow.push([items[i], items[i + 1]].flatMap((it) => (it ? [{ c: para(run(it.label, { b: true })), shd: 'F2F2F2' }, { c: para(run(it.value)) }] : [{ c: para('') }, { c: para('') }])));
  }
  b += table(prow, { widths: [1900, 3150, 1900, 3150], borders: 'all', color: 'BFBFBF' });
  b += H(o.h.languages);
  b += table([[{ c: para(run('Language', { b: true })), shd: 'F2F2F2' }, { c: para(run('Proficiency', { b: true })), shd: 'F2F2F2' }],
    ...P.languages.map(([l, lvl]) => [{ c: para(run(l)) }, { c: para(run(lvl)) }])], { widths: [3000, 3000], borders: 'all', color: 'BFBFBF' });
  K.other(o.h.languages, P.languages.map(([label, value]) => ({ label, value })));
  b += H(o.h.referees);
  if (o.refsOnRequest) b += para(run(K.other(o.h.referees, ['Available upon request.'])[0]));
  else {
    const lines = K.other(o.h.referees, P.referees.map((rf) => `${rf.name}, ${rf.role}, Tel: ${rf.phone}`));
    b += lines.map((l) => para(run(l), { bullet: 5 })).join('');
  }
  return { K, doc: { body: b, font: 'Arial', sz: 20, margins: { top: 720, right: 900, bottom: 720, left: 900 }, title: `${P.name} CV`, author: P.name } };
}
