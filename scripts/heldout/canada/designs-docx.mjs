// Word designs (hand-written OOXML): `newcomer` (Summary of Qualifications bullets, skills grid, "Canadian
// Experience" as a table, "International Experience" as paragraphs), `gccv` (Government-of-Canada-style CV:
// education first, official languages, labelled contact block, MM/YYYY gutter table) and `hdrftr` (name and contact
// in the page header, "Page X of Y" footer, skills in a floating text box).
import { fmtRange } from './lib.mjs';
import { r, p, tbl, link, field, textBox, docx } from './ooxml.mjs';

function links() {
  const L = [];
  const lk = (url, text, o) => {
    const id = `rId${20 + L.length}`;
    L.push([id, url]);
    return link(id, text, o);
  };
  return { L, lk };
}

// ---------------------------------------------------------------------------------------------------------------
export function newcomer(P, k, o = {}) {
  const C = o.color ?? '1F3864';
  const style = o.style ?? 'MMM YYYY';
  const present = o.present ?? 'Present';
  const TW = 10224;
  const { L, lk } = links();
  const B = [];
  const bullet = (t) => p(r(t), { num: [1], after: 20 });
  const H = (t) => B.push(p(r(k.section(t), { b: true, color: C, sz: 11.5, spacing: 10 }), { before: 200, after: 80, keepNext: true, bottom: { sz: 8, color: C, space: 1 } }));

  B.push(p(r(k.basic('name', P.name), { b: true, sz: 20, color: C }), { align: 'center', after: 20 }));
  B.push(p(r(k.basic('label', P.label), { sz: 12, color: '444444' }), { align: 'center', after: 40 }));
  const ct = [r(k.basic('location', P.locationLong)), r(k.basic('phone', P.phone)), lk(`mailto:${P.email}`, k.basic('email', P.email))];
  if (P.linkedin) ct.push(lk(`https://${P.linkedin}`, k.profile(P.linkedin)));
  B.push(p(ct.join(r('  |  ', { color: '888888' })), { align: 'center', after: 40 }));
  const prefix = /permit/i.test(P.status ?? '') ? 'Work status: ' : P.jobs.some((j) => j.intl) ? 'Status in Canada: ' : '';
  const status = P.status ? `${prefix}${P.status}` : null;
  if (status) B.push(p(r(status, { b: true, sz: 10 }), { align: 'center', after: 60 }));

  H('SUMMARY OF QUALIFICATIONS');
  for (const q of k.other('SUMMARY OF QUALIFICATIONS', P.quals)) B.push(bullet(q));

  H(P.jobs.some((j) => j.intl) ? 'TECHNICAL SKILLS' : 'SKILLS');
  const all = P.skills.flatMap(([, list]) => k.skills(list));
  const rows = [];
  for (let i = 0; i < all.length; i += 3) rows.push([0, 1, 2].map((j) => ({ content: all[i + j] ? p([r('▪ ', { color: C }), r(all[i + j])]) : p('') })));
  B.push(tbl(rows, { widths: [3408, 3408, 3408], borders: 'none', padV: 10 }));

  const intl = P.jobs.filter((j) => j.intl);
  H(intl.length ? 'CANADIAN EXPERIENCE' : 'WORK EXPERIENCE');
  const head = ['Position', 'Employer & Location', 'Dates'].map((t) => ({ content: p(r(t, { b: true, color: 'FFFFFF', sz: 10 })), shd: C }));
  const trows = [head];
  for (const j of P.jobs.filter((jj) => !jj.intl)) {
    const w = k.job(j, { style, present, max: o.max ?? 3 });
    trows.push([
      { content: p(r(w.position, { b: true })), shd: 'E8EDF5' },
      { content: p(r(`${w.name}, ${w.location}`)), shd: 'E8EDF5' },
      { content: p(r(w.dates)), shd: 'E8EDF5' },
    ]);
    trows.push([{ span: 3, content: w.highlights.map((h) => p(r(h), { num: [1], after: 10 })) }]);
  }
  B.push(tbl(trows, { widths: [3300, 4624, 2300], borders: 'all', color: 'A6B4C8', padV: 40, cantSplit: true }));

  if (intl.length) {
    H('INTERNATIONAL EXPERIENCE');
    for (const j of intl) {
      const w = k.job(j, { style, present, max: o.max ?? 3 });
      B.push(p([r(w.position, { b: true }), r(`\t${w.dates}`)], { tabs: [[TW, 'right']], before: 100, keepNext: true }));
      B.push(p(r(`${w.name} — ${w.location}`, { i: true }), { after: 30, keepNext: true }));
      for (const h of w.highlights) B.push(bullet(h));
    }
  }

  H('EDUCATION');
  for (const e0 of P.education) {
    const e = k.edu(e0, { style: 'YYYY', present, endOnly: e0.end !== 'present' });
    B.push(p([r(`${e.studyType}${e.area ? `, ${e.area}` : ''}`, { b: true }), r(` — ${e.institution}, ${e.location}`), r(`\t${e.dates}`)], { tabs: [[TW, 'right']], before: 60 }));
    if (e.score) B.push(p(r(`${e0.scoreLabel}: ${e.score}`, { sz: 10 }), { ind: { left: 200 } }));
    if (e.note) B.push(p(r(e.note, { i: true, sz: 10 }), { ind: { left: 200 } }));
  }
  if (P.certs.length) {
    H('CERTIFICATIONS');
    for (const c of k.other('CERTIFICATIONS', P.certs.map(([n, y]) => `${n} (${y})`))) B.push(bullet(c));
  }
  if (P.volunteer.length) {
    H('VOLUNTEER EXPERIENCE');
    for (const j of P.volunteer) {
      const w = k.job(j, { style, present, max: 1, other: 'VOLUNTEER EXPERIENCE' });
      B.push(p([r(w.position, { b: true }), r(` — ${w.name}, ${w.location}`), r(`\t${w.dates}`)], { tabs: [[TW, 'right']], before: 60, keepNext: true }));
      for (const h of w.highlights) B.push(bullet(h));
    }
  }
  if (P.languages.length > 1) {
    H('LANGUAGES');
    B.push(p(r(k.other('LANGUAGES', P.languages.map(([l, lv]) => `${l} (${lv})`)).join(', '))));
  }
  B.push(p(r('References available upon request.', { i: true, color: '666666' }), { before: 200, align: 'center' }));
  k.layout(1, `Word DOCX (Calibri 10.5, US Letter, 0.7in margins): centred name, label, "postal address | phone | e-mail | LinkedIn URL" line and a bold status line ("Status in Canada: Permanent Resident" / "Work status: Open work permit …", not keyed); ALL-CAPS coloured headings over a rule; "SUMMARY OF QUALIFICATIONS" as a Word bullet list (otherSections); skills as a borderless 3-column grid with ▪ markers; ${intl.length ? '"CANADIAN EXPERIENCE"' : '"WORK EXPERIENCE"'} as a bordered table (shaded header row "Position | Employer & Location | Dates", one shaded row per job, its bullets in a merged row below)${intl.length ? ', then "INTERNATIONAL EXPERIENCE" as paragraphs (bold title + right-tab dates, italic "Employer — City, Country", bullets)' : ''}; education lines "Degree, Area — School, City<tab>year" (end year only)${P.education.some((e) => e.note) ? ' with a "WES evaluated" note' : ''}; certifications, volunteer and languages; "References available upon request." (not keyed). Dates "${fmtRange('2023-08', 'present', { style, present }).text}".`);
  return { kind: 'docx', data: docx({ body: B, font: 'Calibri', size: 10.5, links: L, page: { margin: 1008, top: 864, bottom: 864 }, lists: [{ text: '\uF0B7', font: 'Symbol', color: C }], title: `${P.name} Resume`, author: P.name }) };
}

// ---------------------------------------------------------------------------------------------------------------
export function gccv(P, k, o = {}) {
  const style = 'MM/YYYY';
  const present = o.present ?? 'present';
  const TW = 12240 - 2 * 1296;
  const { L, lk } = links();
  const B = [];
  const H = (t) => B.push(p(r(k.section(t), { b: true, sz: 12.5 }), { before: 280, after: 100, keepNext: true, bottom: { val: 'double', sz: 4, color: '000000', space: 2 } }));
  const bullet = (t) => p(r(t), { num: [1], after: 30 });

  B.push(p(r('CURRICULUM VITAE', { b: true, sz: 15, spacing: 40 }), { align: 'center', after: 60 }));
  B.push(p(r(k.basic('name', P.name), { b: true, sz: 13 }), { align: 'center', after: 200 }));
  const lab = (l, v) => p([r(`${l}:\t`, { b: true }), ...[].concat(v)], { tabs: [[2300, 'left']], after: 20 });
  B.push(lab('Address', r(k.basic('location', P.locationLong))));
  B.push(lab('Telephone', r(k.basic('phone', P.phone))));
  B.push(lab('Email', lk(`mailto:${P.email}`, k.basic('email', P.email))));
  if (P.linkedin) B.push(lab('LinkedIn', lk(`https://${P.linkedin}`, k.profile(P.linkedin))));
  if (P.citizenship) B.push(lab('Citizenship', r(P.citizenship)));
  if (P.status) B.push(lab('Status in Canada', r(P.status)));
  if (P.clearance) B.push(lab('Security clearance', r(P.clearance)));

  H('Education');
  const erows = [['Dates', 'Degree / Diploma', 'Institution'].map((t) => ({ content: p(r(t, { b: true })), shd: 'D9D9D9' }))];
  for (const e0 of P.education) {
    const e = k.edu(e0, { style, present, endOnly: !e0.start, noScore: true });
    const deg = `${e.studyType}${e.area ? `, ${e.area}` : ''}`;
    erows.push([
      { content: p(r(`${e.dates}${e0.expected ? ' (expected)' : ''}`)) },
      { content: p(r(deg)) },
      { content: p(r(`${e.institution}, ${e.location}`)) },
    ]);
  }
  B.push(tbl(erows, { widths: [2100, 3850, 3698], borders: 'all', color: '808080', padV: 40 }));

  H('Official Languages');
  const langLines = [];
  if (P.sle) {
    langLines.push(`${P.languages[0][0]}: first official language`);
    langLines.push(`${P.sle.language}: Second Language Evaluation (SLE) results — Reading ${P.sle.reading}, Writing ${P.sle.writing}, Oral ${P.sle.oral}`);
  } else {
    const off = P.languages.filter(([l]) => l === 'English' || l === 'French');
    langLines.push(`${off[0][0]}: first official language`);
    for (const [l, lv] of off.slice(1)) langLines.push(`${l}: ${lv}`);
    if (!off.some(([l]) => l === 'French')) langLines.push('French: basic');
    for (const [l, lv] of P.languages.filter(([ll]) => ll !== 'English' && ll !== 'French')) langLines.push(`${l}: ${lv} (other language)`);
  }
  for (const t of k.other('Official Languages', [...new Set(langLines)])) B.push(bullet(t));

  const expTable = (list, other) => {
    const rows = [];
    for (const j of list) {
      const w = k.job(j, { style, present, term: 'numeric', max: o.max ?? 3, other });
      rows.push([
        { content: p(r(w.dates, { b: true })) },
        {
          content: [
            p(r(w.position, { b: true }), { keepNext: true }),
            p(r(`${w.name}, ${w.location}`, { i: true }), { after: 40, keepNext: true }),
            p(r(other ? 'Contributions:' : 'Key responsibilities and achievements:', { u: true, sz: 10 }), { after: 20 }),
            ...w.highlights.map(bullet),
          ],
        },
      ]);
    }
    B.push(tbl(rows, { widths: [2400, TW - 2400], borders: 'none', padV: 70, cantSplit: true }));
  };
  H('Experience');
  expTable(P.jobs);
  if (P.volunteer.length) {
    H('Volunteer Experience');
    expTable(P.volunteer, 'Volunteer Experience');
  }
  if (P.certs.length) {
    H('Training and Certifications');
    for (const [c0, y] of P.certs) {
      const [c] = k.other('Training and Certifications', [c0]);
      B.push(p([r(`${y}\t`, { b: true }), r(c)], { tabs: [[1000, 'left']], ind: { left: 1000, hanging: 1000 }, after: 30 }));
    }
  }
  H('Technical Skills');
  for (const [l, list] of P.skills) B.push(p([r(`${l}: `, { b: true }), r(k.skills(list).join(', '))], { after: 40 }));
  if (P.awards.length) {
    H('Awards');
    for (const a of k.other('Awards', P.awards)) B.push(bullet(a));
  }
  B.push(p(r('References available upon request.', { i: true }), { before: 280 }));
  k.layout(1, 'Government-of-Canada-style Word CV (Arial 11, US Letter, 0.9in margins): centred "CURRICULUM VITAE" title (not a section) and bold name; a labelled contact block with tab-aligned "Address: / Telephone: / Email: / LinkedIn:" and citizenship / status / security clearance lines (not keyed; "Address:" holds the city, province and postal code = location); bold headings over a double rule; EDUCATION FIRST as a bordered table "Dates | Degree / Diploma | Institution" with a grey header row; "Official Languages" lines (first official language, SLE levels "Reading C, Writing B, Oral C"); "Experience" as a borderless two-column table with the date range "04/2019 – 03/2022" (co-op terms "01/2023 – 04/2023", month keys) in the left column and title, italic "Employer, City", an underlined "Key responsibilities and achievements:" label and bullets on the right; "Training and Certifications" with the year in a hanging gutter; "Technical Skills" as "Label: a, b" lines; "References available upon request." (not keyed).');
  return { kind: 'docx', data: docx({ body: B, font: 'Arial', size: 10.5, links: L, page: { margin: 1296, top: 1152, bottom: 1152 }, lists: [{ text: '\uF0B7', font: 'Symbol', left: 300, hanging: 240 }], linkUnderline: false, linkColor: '000000', title: 'Curriculum Vitae', author: P.name }) };
}

// ---------------------------------------------------------------------------------------------------------------
export function hdrftr(P, k, o = {}) {
  const C = o.color ?? '2E5E4E';
  const style = 'MMM. YYYY';
  const present = 'Present';
  const M = 1152;
  const TW = 12240 - 2 * M;
  const { L, lk } = links();
  const B = [];
  const H = (t) => B.push(p(r(k.section(t)), { style: 'Heading1' }));
  const bullet = (t) => p(r(t), { num: [1], after: 30 });

  // page header: name + label left, contact right (two tab-aligned lines), rule below
  const name = k.basic('name', P.name);
  const hdr = [
    p([r(name, { b: true, sz: 18, color: C }), r(`\t${k.basic('phone', P.phone)}  ·  `, { sz: 9.5 }), lk(`mailto:${P.email}`, k.basic('email', P.email), { sz: 9.5 })], { tabs: [[TW, 'right']] }),
    p([r(k.basic('label', P.label), { sz: 11, color: '555555' }), r(`\t${k.basic('location', P.location)}`, { sz: 9.5 }), ...(P.linkedin ? [r('  ·  ', { sz: 9.5 }), lk(`https://${P.linkedin}`, k.profile(P.linkedin), { sz: 9.5 })] : [])], { tabs: [[TW, 'right']], bottom: { sz: 12, color: C, space: 4 }, after: 120 }),
  ].join('');
  const ftr = p([r(`${P.name} — Résumé — Page `, { sz: 8.5, color: '777777' }), field('PAGE', '1', { sz: 8.5, color: '777777' }), r(' of ', { sz: 8.5, color: '777777' }), field('NUMPAGES', '2', { sz: 8.5, color: '777777' })], { align: 'center', top: { sz: 4, color: 'BBBBBB', space: 4 } });

  // text box with core skills, anchored in the Profile paragraph, floating at the right margin
  k.section('Profile');
  const boxW = 2.15;
  const inner = [p(r(k.section('Core Skills'), { b: true, color: C, sz: 11 }), { after: 60 })];
  const sk = P.skills[0][1].slice(0, o.boxSkills ?? 8);
  for (const s of k.skills(sk)) inner.push(p([r('■ ', { color: C, sz: 7 }), r(s, { sz: 9.5 })], { after: 10 }));
  const box = textBox(inner, { id: 1, w: boxW, h: 0.2 + 0.185 * (sk.length + 1.4), x: TW / 1440 - boxW, y: 0.05, fill: 'F3F6F4', line: C });
  B.push(p(r('Profile'), { style: 'Heading1' }).replace(/(<w:r>)/, `${box}$1`));
  B.push(p(r(k.basic('summary', P.summary)), { after: 80, line: 264 }));
  for (const q of k.other('Profile', P.quals.slice(0, o.quals ?? 4))) B.push(bullet(q));

  H('Experience');
  for (const j of P.jobs) {
    const w = k.job(j, { style, present, term: 'season-len', max: o.max ?? 3 });
    if (j.term) B.push(p([r(w.position, { b: true }), r(` — ${w.dates}`, { color: '555555' })], { before: 140, keepNext: true }));
    else B.push(p([r(w.position, { b: true }), r(`\t${w.dates}`, { color: '555555' })], { tabs: [[TW, 'right']], before: 140, keepNext: true }));
    B.push(p(r(`${w.name} | ${w.location}`, { i: true, color: C }), { after: 40, keepNext: true }));
    for (const h of w.highlights) B.push(bullet(h));
  }
  if (P.projects.length) {
    H('Projects');
    for (const p0 of P.projects) {
      const pr = k.project(p0, { style, present, noKeywords: true, max: 1 });
      B.push(p([r(pr.name, { b: true }), r(` (${pr.role})`), r(`\t${pr.dates}`, { color: '555555' })], { tabs: [[TW, 'right']], before: 100, keepNext: true }));
      for (const h of pr.highlights) B.push(bullet(h));
    }
  }
  H('Education');
  for (const e0 of P.education) {
    const e = k.edu(e0, { style, present, endOnly: !e0.start, noScore: !e0.expected });
    B.push(p([r(e.institution, { b: true }), r(`, ${e.location}`), r(`\t${e.dates}${e0.expected ? ' (expected)' : ''}`, { color: '555555' })], { tabs: [[TW, 'right']], before: 100, keepNext: true }));
    B.push(p(r(`${e.studyType}${e.area ? `, ${e.area}` : ''}${e.score ? ` — ${e0.scoreLabel} ${e.score}` : ''}`, { i: true })));
  }
  if (P.certs.length) {
    H('Certifications');
    for (const c of k.other('Certifications', P.certs.map(([n, y]) => `${n}, ${y}`))) B.push(bullet(c));
  }
  if (P.volunteer.length) {
    H('Volunteer Experience');
    for (const j of P.volunteer) {
      const w = k.job(j, { style, present, max: 1, other: 'Volunteer Experience' });
      B.push(p([r(w.position, { b: true }), r(`, ${w.name}, ${w.location}`), r(`\t${w.dates}`, { color: '555555' })], { tabs: [[TW, 'right']], before: 100, keepNext: true }));
      for (const h of w.highlights) B.push(bullet(h));
    }
  }
  if (P.languages.length > 1) {
    H('Languages');
    B.push(p(r(k.other('Languages', P.languages.map(([l, lv]) => `${l} (${lv})`)).join(' · '))));
  }
  k.layout(1, 'Word DOCX (Cambria 10.5, US Letter): the name, label, phone, e-mail, city and LinkedIn URL live in the PAGE HEADER (repeated on every page; tab-aligned right contact lines, rule below), the footer prints "Name — Résumé — Page X of Y" with PAGE / NUMPAGES fields; body headings use a Heading 1 style (bold, coloured, slightly letter-spaced); a floating DrawingML TEXT BOX anchored in the "Profile" heading at the right margin holds "Core Skills" (the first skill group only — the only place skills are printed, one per line with ■ markers; its heading is keyed right after "Profile"), and the profile paragraph and its qualification bullets (otherSections "Profile") wrap around it. Roles: bold title + right-tab dates "Sept. 2021 – Present" (Canadian Press month abbreviations) or, for co-op terms, "Title — Winter 2025 (4 months)" (year-only keys); italic "Employer | City" line; Symbol bullets. Education "School, City<tab>dates" then italic degree.');
  return {
    kind: 'docx', data: docx({
      body: B, font: 'Cambria', size: 10.5, links: L, header: hdr, footer: ftr, page: { margin: M, top: 1700, bottom: 1100, header: 560, footer: 500 },
      headings: [['Heading1', 'heading 1', { b: true, color: C, sz: 12.5, spacing: 15 }, '<w:spacing w:before="220" w:after="80"/>']],
      lists: [{ text: '\uF0B7', font: 'Symbol', color: C }], linkColor: '1F1F1F', linkUnderline: false, title: `${P.name} — Résumé`, author: P.name,
    }),
  };
}
