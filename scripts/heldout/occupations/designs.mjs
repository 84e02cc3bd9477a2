// Seven designs in the look of resume-builder sites and Word templates for non-software jobs.
// Each design prints a persona into blocks (lib.mjs) and records every printed field in the key at the same time.
import { P, R, TBL, C, PAPER, fmt, keyDate } from './lib.mjs';

// ------------------------------------------------------------ key-recording helpers
const sec = (K, h) => { K.section(h); return h; };
function contactKey(K, Pe, fields) {
  const out = [];
  for (const f of fields) {
    if (f === 'location') { K.basics('location', Pe.location); out.push(Pe.location); }
    if (f === 'phone') { K.basics('phone', Pe.phone); out.push(Pe.phone); }
    if (f === 'email') { K.basics('email', Pe.email); out.push(Pe.email); }
    if (f === 'linkedin' && Pe.linkedin) { K.profile(Pe.linkedin); out.push(Pe.linkedin); }
  }
  return out;
}
function nameKey(K, Pe, upper = false) {
  const n = upper ? Pe.name.toUpperCase() : Pe.name;
  K.basics('name', n);
  return n + (Pe.suffix ? (upper ? Pe.suffix.toUpperCase() : Pe.suffix) : '');
}
function labelKey(K, Pe) { K.basics('label', Pe.label); return Pe.label; }
function summaryKey(K, Pe) { K.basics('summary', Pe.summary); return Pe.summary; }
// A role: returns the printed date range; bullets (if printed) become highlights.
function roleKey(K, w, dateOpts, { bullets = true } = {}) {
  const o = { name: w.company, position: w.position, location: w.city };
  const dates = K.range(o, w.start, w.end, dateOpts);
  if (bullets && w.bullets.length) o.highlights = [...w.bullets];
  K.work(o);
  return dates;
}
// Degree text in a given print style; records the education item.
//   colon: "Associate of Applied Science: Nursing" (builder sites; high school as "Diploma: High School")
//   in:    "Bachelor of Science in Nursing" / "High School Diploma"
function eduKey(K, e, { deg = 'colon', style = 'mm/yyyy', sep = ' – ', range = true } = {}) {
  const o = { institution: e.institution };
  let text;
  if (deg === 'colon') { o.studyType = e.lc[0]; if (e.lc[1]) o.area = e.lc[1]; text = e.lc[1] ? `${e.lc[0]}: ${e.lc[1]}` : e.lc[0]; }
  else { o.studyType = e.studyType; if (e.area) o.area = e.area; text = e.area ? `${e.studyType} in ${e.area}` : e.studyType; }
  let dates;
  if (range && e.start) dates = K.range(o, e.start, e.end, { style, sep });
  else { o.endDate = keyDate(e.end, style); dates = fmt(e.end, style); K.printed.push(dates); }
  let score = null;
  if (e.score) { o.score = e.score[1]; score = e.score[0] ? `${e.score[0]}: ${e.score[1]}` : e.score[1]; }
  K.edu(o);
  return { text, dates, score, inst: e.institution, city: e.city };
}
function skillsKey(K, list) { K.skills(list); return list; }
function otherKey(K, heading, items) { K.other(heading, items); return items; }

// Skills grid: n columns, filled row by row (reading order = key order), optional bullets.
function grid(list, n, tw, { bullet = true, square = false, sz, after } = {}) {
  const rows = [];
  for (let i = 0; i < list.length; i += n) rows.push(list.slice(i, i + n));
  const w = Math.floor(tw / n);
  return TBL(rows.map((row) => Array.from({ length: n }, (_, j) => C(row[j] ? [P([R(row[j], sz ? { sz } : {})], { bullet: bullet ? (square ? 'square' : true) : undefined, after: 20 })] : []))), Array(n).fill(w), { after });
}
const bullets = (items, o = {}) => items.map((h) => P([R(h, o.run ?? {})], { bullet: o.square ? 'square' : true, after: 20, ind: o.ind }));
const textWidth = (paper, m) => PAPER[paper].w - m.left - m.right;

// ------------------------------------------------------------ designs
export const designs = {};

designs.livecareer = {
  description: 'LiveCareer-style builder export: name in colour, one " | " contact line, headings with a rule ("Summary", "Skills", "Experience", "Education and Training", "Licenses & Certifications", "Accomplishments"); skills in a two-column bullet grid; "Job Title, 04/2021 to Current" on one line with the title in bold, then "Company – City, State"; degrees printed "Associate of Applied Science: Nursing" with the institution line and a right-aligned graduation date "05/2018"',
  font: 'Calibri', htmlFont: 'Carlito', size: 10.5,
  build(Pe, K) {
    const m = { top: 900, bottom: 900, left: 1080, right: 1080 }, tw = textWidth(Pe.paper, m);
    const col = '1F4E79';
    const H = (h) => P([R(sec(K, h), { b: true, sz: 12.5, color: col })], { border: col, before: 200, after: 80, keepNext: true });
    const b = [];
    b.push(P([R(nameKey(K, Pe), { b: true, sz: 24, color: col })], { after: 40 }));
    b.push(P([R(contactKey(K, Pe, ['location', 'phone', 'email', 'linkedin']).join(' | '), { sz: 9.5 })], { after: 60 }));
    b.push(H('Summary'), P(summaryKey(K, Pe), { after: 40 }));
    b.push(H('Skills'), grid(skillsKey(K, Pe.skills), 2, tw));
    b.push(H('Experience'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'mm/yyyy', sep: ' to ', present: 'Current' });
      b.push(P([R(w.position, { b: true }), R(', ' + d)], { before: 120, after: 0, keepNext: true }));
      b.push(P([R(w.company), R(' – '), R(w.city)], { after: 40, keepNext: !!w.bullets.length }));
      b.push(...bullets(w.bullets));
    }
    b.push(H('Education and Training'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'colon', style: 'mm/yyyy', sep: ' to ', range: false });
      b.push(P([R(x.inst, { b: true }), R(' – ' + x.city + '\t' + x.dates)], { tab: tw, before: 80, after: 0, keepNext: true }));
      b.push(P([R(x.text)], { after: x.score ? 0 : 40 }));
      if (x.score) b.push(P([R(x.score)], { after: 40 }));
    }
    b.push(H(Pe.certsHeading), ...bullets(otherKey(K, Pe.certsHeading, Pe.certs)));
    b.push(H('Accomplishments'), ...bullets(otherKey(K, 'Accomplishments', Pe.accomplishments)));
    b.push(H(Pe.extra.heading), ...bullets(otherKey(K, Pe.extra.heading, Pe.extra.items)));
    return { blocks: b, margin: m };
  },
};

designs.zety = {
  description: 'Zety-style builder export: large name and job title, " • " contact line; blue headings with a rule ("Professional Summary", "Skills", "Work History", "Education", certifications, "Accomplishments"); a left date gutter "2021-04 - Current" beside bold title, italic "Company, City, State" and bullets; degrees "Associate of Applied Science: Nursing" with a graduation date "2018-05" in the gutter',
  font: 'Arial', htmlFont: 'Lato', size: 10,
  build(Pe, K) {
    const m = { top: 800, bottom: 800, left: 1000, right: 1000 }, tw = textWidth(Pe.paper, m);
    const col = '2B6CB0', gut = 1900;
    const H = (h) => P([R(sec(K, h), { b: true, sz: 13, color: col })], { border: 'BBBBBB', before: 220, after: 100, keepNext: true });
    const b = [];
    b.push(P([R(nameKey(K, Pe), { b: true, sz: 26 })], { after: 0 }));
    b.push(P([R(labelKey(K, Pe), { sz: 12.5, color: col })], { after: 80 }));
    b.push(P([R(contactKey(K, Pe, ['email', 'phone', 'location', 'linkedin']).join('  •  '), { sz: 9.5 })], { after: 60 }));
    b.push(H('Professional Summary'), P(summaryKey(K, Pe)));
    b.push(H('Skills'), grid(skillsKey(K, Pe.skills), 2, tw));
    b.push(H('Work History'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'yyyy-mm', sep: ' - ', present: 'Current' });
      b.push(TBL([[C([P([R(d, { b: true, sz: 9.5 })])]), C([
        P([R(w.position, { b: true, sz: 11 })], { after: 0 }),
        P([R(`${w.company}, ${w.city}`, { i: true })], { after: 40 }),
        ...bullets(w.bullets),
      ])]], [gut, tw - gut], { after: false }));
      b.push(P('', { after: 60 }));
    }
    b.push(H('Education'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'colon', style: 'yyyy-mm', sep: ' - ', range: false });
      b.push(TBL([[C([P([R(x.dates, { b: true, sz: 9.5 })])]), C([
        P([R(x.text, { b: true })], { after: 0 }),
        P([R(`${x.inst} - ${x.city}`, { i: true })], { after: 0 }),
        ...(x.score ? [P(x.score)] : []),
      ])]], [gut, tw - gut], { after: false }));
      b.push(P('', { after: 40 }));
    }
    b.push(H(Pe.certsHeading), ...bullets(otherKey(K, Pe.certsHeading, Pe.certs)));
    b.push(H('Accomplishments'), ...bullets(otherKey(K, 'Accomplishments', Pe.accomplishments)));
    b.push(H(Pe.extra.heading), ...bullets(otherKey(K, Pe.extra.heading, Pe.extra.items)));
    return { blocks: b, margin: m };
  },
};

designs.sidebar = {
  description: 'Two-column builder template: name and title above; a shaded LEFT sidebar (Contact with typed labels "Phone:", "Email:", "Address:", Skills as one bullet list, licences/certifications, languages or other extras) beside the main column (Professional Summary, Experience, Education, Accomplishments); "Title<right>January 2021 - Current" then italic "Company | City"; degree "Bachelor of Science in Nursing"; the sidebar is read first',
  font: 'Calibri', htmlFont: 'Open Sans', size: 9.5, columns: 2,
  build(Pe, K) {
    const m = { top: 720, bottom: 720, left: 720, right: 720 }, tw = textWidth(Pe.paper, m);
    const col = '234E52', side = 3200, pad = 180;
    const HM = (h) => P([R(sec(K, h), { b: true, sz: 13, color: col })], { before: 160, after: 80, border: 'AAAAAA', keepNext: true });
    const top = [];
    top.push(P([R(nameKey(K, Pe), { b: true, sz: 26, color: col })], { after: 0 }));
    top.push(P([R(labelKey(K, Pe), { sz: 13 })], { after: 160 }));
    // left column
    const L = [];
    // heading keys are printed in capitals via typed text: record the printed form
    const HLx = (h) => { const t = h.toUpperCase(); K.section(t); return P([R(t, { b: true, sz: 10.5, color: col })], { before: 200, after: 60, border: col, keepNext: true }); };
    L.push(HLx('Contact'));
    const c = contactKey(K, Pe, ['phone', 'email', 'location', 'linkedin']);
    const lab = ['Phone:', 'Email:', 'Address:', 'LinkedIn:'];
    c.forEach((v, i) => L.push(P([R(lab[i], { b: true }), R('\n' + v)], { after: 60 })));
    L.push(HLx('Skills'), ...bullets(skillsKey(K, Pe.skills), { ind: 260 }));
    L.push(HLx(Pe.certsHeading), ...otherKey(K, Pe.certsHeading.toUpperCase(), Pe.certs).map((x) => P(x, { after: 60 })));
    L.push(HLx(Pe.extra.heading), ...otherKey(K, Pe.extra.heading.toUpperCase(), Pe.extra.items).map((x) => P(x, { after: 30 })));
    // main column
    const M = [];
    const mw = tw - side - 2 * pad;
    M.push(HM('Professional Summary'), P(summaryKey(K, Pe)));
    M.push(HM('Experience'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'month', sep: ' - ', present: 'Current' });
      M.push(P([R(w.position, { b: true }), R('\t' + d, { sz: 9 })], { tab: mw, before: 100, after: 0, keepNext: true }));
      M.push(P([R(`${w.company} | ${w.city}`, { i: true })], { after: 40 }));
      M.push(...bullets(w.bullets, { ind: 300 }));
    }
    M.push(HM('Education'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'in', style: 'month', sep: ' - ', range: true });
      M.push(P([R(x.text, { b: true }), R('\t' + x.dates, { sz: 9 })], { tab: mw, before: 80, after: 0, keepNext: true }));
      M.push(P([R(`${x.inst}, ${x.city}`, { i: true })], { after: x.score ? 0 : 40 }));
      if (x.score) M.push(P(x.score, { after: 40 }));
    }
    M.push(HM('Accomplishments'), ...bullets(otherKey(K, 'Accomplishments', Pe.accomplishments), { ind: 300 }));
    const b = [...top, TBL([[C(L, { shd: 'E6EEF0', pad: { left: pad, right: pad, top: 60, bottom: 120 } }), C(M, { pad: { left: pad * 2, right: 0, top: 0 } })]], [side, tw - side], { after: false })];
    return { blocks: b, margin: m };
  },
};

designs.functional = {
  description: 'Functional (skills-based) Word resume: centred name, title and " • " contact line; "Summary of Qualifications" paragraph; "Areas of Expertise" three-column grid without bullets; "Professional Skills" grouped under bold sub-headings ("Customer Service", "Patient Care", ...) with bullets; then a short "Work History" of "Title<right>03/2019 - Current" / "Company, City" lines with NO bullets; "Education" with "Degree in Area"',
  font: 'Cambria', htmlFont: 'Caladea', size: 10.5,
  build(Pe, K) {
    const m = { top: 1000, bottom: 1000, left: 1150, right: 1150 }, tw = textWidth(Pe.paper, m);
    const H = (h) => P([R(sec(K, h), { b: true, sz: 12 })], { border: true, before: 220, after: 80, keepNext: true });
    const b = [];
    b.push(P([R(nameKey(K, Pe), { b: true, sz: 22 })], { align: 'center', after: 0 }));
    b.push(P([R(labelKey(K, Pe), { i: true, sz: 12 })], { align: 'center', after: 40 }));
    b.push(P([R(contactKey(K, Pe, ['location', 'phone', 'email', 'linkedin']).join(' • '), { sz: 9.5 })], { align: 'center', after: 80 }));
    b.push(H('Summary of Qualifications'), P(summaryKey(K, Pe), { align: 'both' }));
    b.push(H('Areas of Expertise'), grid(skillsKey(K, Pe.skills), 3, tw, { bullet: false, sz: 10 }));
    b.push(H('Professional Skills'));
    const groups = [];
    for (const g of Pe.groups) {
      b.push(P([R(g.name, { b: true })], { before: 100, after: 20, keepNext: true }), ...bullets(g.items));
      groups.push({ group: g.name, items: [...g.items] });
    }
    otherKey(K, 'Professional Skills', groups);
    b.push(H('Work History'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'mm/yyyy', sep: ' - ', present: 'Current' }, { bullets: false });
      b.push(P([R(w.position, { b: true }), R('\t' + d)], { tab: tw, before: 60, after: 0, keepNext: true }));
      b.push(P(`${w.company}, ${w.city}`, { after: 40 }));
    }
    b.push(H('Education'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'in', style: 'yyyy', sep: ' - ', range: true });
      b.push(P([R(x.text, { b: true }), R('\t' + x.dates)], { tab: tw, before: 60, after: 0, keepNext: true }));
      b.push(P(`${x.inst}, ${x.city}${x.score ? ' — ' + x.score : ''}`, { after: 40 }));
    }
    b.push(H(Pe.certsHeading), ...bullets(otherKey(K, Pe.certsHeading, Pe.certs)));
    b.push(H('Accomplishments'), ...bullets(otherKey(K, 'Accomplishments', Pe.accomplishments)));
    return { blocks: b, margin: m };
  },
};

designs.indeed = {
  description: 'Indeed-resume-style download: bold name, headline, then unlabelled location / e-mail / phone lines; grey-ruled headings "Summary", "Work Experience", "Education", "Skills", "Certifications and Licenses", "Awards"; bold job title, "Company - City, ST", a grey "April 2021 to Present" line and "• " typed bullets; degrees "Degree in Area" with "September 2011 to June 2014"; skills as "• Keyword (N years)"',
  font: 'Arial', htmlFont: 'Liberation Sans', size: 10,
  build(Pe, K) {
    const m = { top: 1000, bottom: 1000, left: 1200, right: 1200 };
    const H = (h) => P([R(sec(K, h), { b: true, sz: 13 })], { border: 'CCCCCC', before: 260, after: 100, keepNext: true });
    const b = [];
    b.push(P([R(nameKey(K, Pe), { b: true, sz: 20 })], { after: 40 }));
    b.push(P([R(labelKey(K, Pe), { sz: 11 })], { after: 60 }));
    for (const v of contactKey(K, Pe, ['location', 'email', 'phone', 'linkedin'])) b.push(P(v, { after: 0 }));
    b.push(H('Summary'), P(summaryKey(K, Pe)));
    b.push(H('Work Experience'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'month', sep: ' to ', present: 'Present' });
      b.push(P([R(w.position, { b: true, sz: 11 })], { before: 160, after: 0, keepNext: true }));
      b.push(P(`${w.company} - ${w.city}`, { after: 0, keepNext: true }));
      b.push(P([R(d, { color: '666666' })], { after: 40 }));
      b.push(...w.bullets.map((h) => P('• ' + h, { after: 20, ind: 120 })));
    }
    b.push(H('Education'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'in', style: 'month', sep: ' to ', range: true });
      b.push(P([R(x.text, { b: true })], { before: 120, after: 0, keepNext: true }));
      b.push(P(`${x.inst} - ${x.city}`, { after: 0 }));
      b.push(P([R(x.dates, { color: '666666' })], { after: 0 }));
      if (x.score) b.push(P(x.score));
    }
    b.push(H('Skills'));
    skillsKey(K, Pe.skills).forEach((s, i) => b.push(P(`• ${s} (${((i * 3) % 6) + 2} years)`, { after: 0 })));
    b.push(H('Certifications and Licenses'), ...otherKey(K, 'Certifications and Licenses', Pe.certs).map((x) => P([R(x, { b: true })], { after: 60 })));
    b.push(H('Awards'), ...otherKey(K, 'Awards', Pe.accomplishments).map((x) => P(x, { after: 60 })));
    return { blocks: b, margin: m };
  },
};

designs.wordClassic = {
  description: 'Classic Word template typed by hand: NAME in capitals centred over a " · " contact line; CAPITAL bold headings with a bottom border ("PROFESSIONAL SUMMARY", "HIGHLIGHTS" = skills in two bullet columns, "EXPERIENCE", "ACCOMPLISHMENTS", "EDUCATION", licences); company first: "Company – City, State<right tab>07/2018 – 03/2021" in bold, italic title below, Word Symbol bullets; education "Institution – City<tab>2018" then "Associate of Applied Science: Nursing"',
  font: 'Times New Roman', htmlFont: 'Liberation Serif', size: 11,
  build(Pe, K) {
    const m = { top: 1080, bottom: 1080, left: 1260, right: 1260 }, tw = textWidth(Pe.paper, m);
    const H = (h) => { const t = h.toUpperCase(); K.section(t); return P([R(t, { b: true, sz: 11.5 })], { border: true, before: 240, after: 100, keepNext: true }); };
    const b = [];
    b.push(P([R(nameKey(K, Pe, true), { b: true, sz: 18 })], { align: 'center', after: 40 }));
    b.push(P([R(contactKey(K, Pe, ['location', 'phone', 'email', 'linkedin']).join(' · '), { sz: 10 })], { align: 'center', after: 80 }));
    b.push(H('Professional Summary'), P(summaryKey(K, Pe), { align: 'both' }));
    b.push(H('Highlights'), grid(skillsKey(K, Pe.skills), 2, tw));
    b.push(H('Experience'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'mm/yyyy', sep: ' – ', present: 'Present' });
      b.push(P([R(w.company, { b: true }), R(' – ' + w.city, { b: true }), R('\t' + d)], { tab: tw, before: 140, after: 0, keepNext: true }));
      b.push(P([R(w.position, { i: true })], { after: 40, keepNext: !!w.bullets.length }));
      b.push(...bullets(w.bullets));
    }
    b.push(H('Accomplishments'), ...bullets(otherKey(K, 'ACCOMPLISHMENTS', Pe.accomplishments)));
    b.push(H('Education'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'colon', style: 'yyyy', range: false });
      b.push(P([R(x.inst, { b: true }), R(' – ' + x.city + '\t' + x.dates)], { tab: tw, before: 100, after: 0, keepNext: true }));
      b.push(P(x.text + (x.score ? `, ${x.score}` : ''), { after: 40 }));
    }
    b.push(H(Pe.certsHeading), ...bullets(otherKey(K, Pe.certsHeading.toUpperCase(), Pe.certs)));
    // extras typed as one comma-separated line: the key item is that printed line
    b.push(H(Pe.extra.heading), P(otherKey(K, Pe.extra.heading.toUpperCase(), [Pe.extra.items.join(', ')])[0]));
    return { blocks: b, margin: m };
  },
};

designs.myperfect = {
  description: 'MyPerfectResume-style: dark header band with name and title in white, contact line below; "Professional Summary", "Skills" two-column bullet grid, "Work History" with bold title and right-aligned "June 2019 - Current", then "Company – City, State"; "Accomplishments"; "Education and Training" with "Associate of Applied Science: Nursing<right>05/2018" over "Institution – City"; licences and extras at the end',
  font: 'Calibri', htmlFont: 'Roboto', size: 10,
  build(Pe, K) {
    const m = { top: 720, bottom: 900, left: 1000, right: 1000 }, tw = textWidth(Pe.paper, m);
    const band = '2F3E46', acc = '52796F';
    const H = (h) => P([R(sec(K, h), { b: true, sz: 12.5, color: acc })], { before: 220, after: 80, border: acc, keepNext: true });
    const b = [];
    b.push(TBL([[C([
      P([R(nameKey(K, Pe), { b: true, sz: 24, color: 'FFFFFF' })], { after: 0 }),
      P([R(labelKey(K, Pe), { sz: 12, color: 'DDE6E3' })], { after: 0 }),
    ], { shd: band, pad: { left: 220, right: 220, top: 160, bottom: 160 } })]], [tw], { after: false }));
    b.push(P([R(contactKey(K, Pe, ['phone', 'email', 'location', 'linkedin']).join('   |   '), { sz: 9.5 })], { before: 100, after: 60 }));
    b.push(H('Professional Summary'), P(summaryKey(K, Pe)));
    b.push(H('Skills'), grid(skillsKey(K, Pe.skills), 2, tw, { square: true }));
    b.push(H('Work History'));
    for (const w of Pe.work) {
      const d = roleKey(K, w, { style: 'month', sep: ' - ', present: 'Current' });
      b.push(P([R(w.position, { b: true, sz: 11 }), R('\t' + d)], { tab: tw, before: 140, after: 0, keepNext: true }));
      b.push(P([R(`${w.company} – ${w.city}`, { color: '444444' })], { after: 40, keepNext: !!w.bullets.length }));
      b.push(...bullets(w.bullets, { square: true }));
    }
    b.push(H('Accomplishments'), ...bullets(otherKey(K, 'Accomplishments', Pe.accomplishments), { square: true }));
    b.push(H('Education and Training'));
    for (const e of Pe.education) {
      const x = eduKey(K, e, { deg: 'colon', style: 'mm/yyyy', range: false });
      b.push(P([R(x.text, { b: true }), R('\t' + x.dates)], { tab: tw, before: 100, after: 0, keepNext: true }));
      b.push(P(`${x.inst} – ${x.city}`, { after: x.score ? 0 : 40 }));
      if (x.score) b.push(P(x.score, { after: 40 }));
    }
    b.push(H(Pe.certsHeading), ...bullets(otherKey(K, Pe.certsHeading, Pe.certs), { square: true }));
    b.push(H(Pe.extra.heading), ...bullets(otherKey(K, Pe.extra.heading, Pe.extra.items), { square: true }));
    return { blocks: b, margin: m };
  },
};

export const DESIGN_ORDER = ['livecareer', 'zety', 'sidebar', 'functional', 'indeed', 'wordClassic', 'myperfect'];
export const PERSONA_ORDER = ['brianna', 'philippa', 'desmond', 'gurpreet', 'lachlan', 'ritika', 'dwayne'];
// 28 cases: persona p gets designs p, p+1, p+2, p+3 (mod 7); two DOCX and two PDF per persona, every design in both formats.
export const CASES = [];
PERSONA_ORDER.forEach((pid, pi) => {
  for (let k = 0; k < 4; k++) {
    const d = DESIGN_ORDER[(pi + k) % 7];
    const f = (k + (k >= 2 ? pi : 0)) % 2 === 0 ? 'docx' : 'pdf';
    CASES.push([`${d.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}-${pid}-${f}`, d, pid, f]);
  }
});
