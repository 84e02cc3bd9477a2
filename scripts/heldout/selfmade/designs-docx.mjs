// Six hand-formatted Word designs for the "selfmade" batch. Each takes a persona and returns the DOCX parts plus
// the answer key; every key field is recorded by the same call that prints it (see Key in lib.mjs).
import { Key, prose, emWidth, r, rs, sym, fld, link, p, tbl, numbering, styles, LETTER, A4 } from './lib.mjs';

const pageFor = (P) => (P.id === 'tch' || P.id === 'wh' ? A4 : LETTER);
const textWidth = (P, margin) => (pageFor(P).w - 2 * margin); // twips
const cityZip = (P) => `${P.city} ${P.zip}`;
const fullAddress = (P) => `${P.street}, ${P.city} ${P.zip}`;

// Prints a degree and records studyType/area. form: 'long' | 'short'.
function degree(k, E, e, form = 'long', joiner) {
  const st = k.set(E, 'studyType', form === 'short' ? e.short : e.long);
  if (!e.area) return st;
  k.set(E, 'area', e.area);
  return `${st}${joiner ?? (form === 'short' ? ', ' : e.joiner ?? ' in ')}${e.area}`;
}

// Number of default (0.5") tab stops a person presses to push the date to about `targetIn` inches.
function tabsTo(text, { sizePt, bold, serif, targetIn }) {
  const wIn = (emWidth(text, { bold, serif }) * sizePt) / 72;
  const next = Math.floor(wIn / 0.5) + 1; // first default stop after the text
  const want = Math.ceil(targetIn / 0.5);
  return '\t'.repeat(Math.max(1, want - next + 1));
}

// Typed spaces that pad `text` to about `targetPt` points.
function spacesTo(text, { sizePt, bold, serif, targetPt }) {
  const w = emWidth(text, { bold, serif }) * sizePt;
  return ' '.repeat(Math.max(2, Math.round((targetPt - w) / (0.278 * sizePt))));
}

function pack(o) {
  return { kind: 'docx', ...o };
}

// ------------------------------------------------------------------------------------------------
// 1. tabbedOut: Times New Roman 12, centred name and stacked address lines, bold+underlined headings with a colon
//    (one typed in capitals), "Company, City<tab><tab><tab>dates" pushed by repeated DEFAULT tab stops (ragged),
//    italic title below, "-" typed bullets on a hanging indent, mixed date formats, comma skills, References.
export function tabbedOut(P) {
  const k = new Key();
  const B = [];
  const S = 11;
  const gap = () => B.push(p([]));
  B.push(p(r(`${k.basic('name', P.name)}${P.creds ? `, ${P.creds}` : ''}`, { b: true, sz: 20 }), { align: 'center' }));
  B.push(p(r(P.street), { align: 'center' }));
  B.push(p(r(k.basic('location', cityZip(P))), { align: 'center' }));
  B.push(p(r(`${k.basic('phone', P.phone)}  •  ${k.basic('email', P.email)}`), { align: 'center' }));
  if (P.linkedin) B.push(p(r(k.profile(P.linkedin)), { align: 'center' }));
  gap();
  const H = (t) => B.push(p(r(k.heading(t), { b: true, u: true }), { after: 60, keepNext: true }));
  H('Objective:');
  B.push(p(r(k.basic('summary', P.objective))));
  gap();
  H('Work Experience:');
  const fmts = [{ fmt: 'Mon', sep: ' – ' }, { fmt: 'MM/YYYY', sep: ' - ' }, { fmt: 'YYYY', sep: ' to ' }, { fmt: 'Mon', sep: ' - ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const head = `${k.set(W, 'name', w.company)}, ${k.set(W, 'location', w.city)}`;
    const dates = k.range(W, w, fmts[i % fmts.length]);
    const tabs = tabsTo(head, { sizePt: S, bold: true, serif: true, targetIn: 4.6 });
    B.push(p([r(w.company, { b: true }), r(`, ${w.city}${tabs}${dates}`)], { keepNext: true }));
    B.push(p(r(k.set(W, 'position', w.title), { i: true }), { keepNext: true }));
    W.highlights = [];
    for (const b of w.bullets) { W.highlights.push(b); B.push(p(r(`-\t${b}`), { ind: { left: 360, hanging: 360 } })); }
    gap();
  });
  H('EDUCATION:');
  P.education.forEach((e, i) => {
    const E = k.edu();
    const head = `${k.set(E, 'institution', e.school)}, ${e.city}`;
    const when = k.range(E, { start: null, end: e.end }, { fmt: 'Month' });
    B.push(p([r(e.school, { b: true }), r(`, ${e.city}${tabsTo(head, { sizePt: S, bold: true, serif: true, targetIn: 4.6 })}${when}`)], { keepNext: true }));
    B.push(p(r(degree(k, E, e, 'long'))));
    if (e.score) B.push(p(r(`${P.id === 'tch' ? 'Degree classification' : 'GPA'}: ${k.set(E, 'score', e.score)}`)));
    if (i < P.education.length - 1) gap();
  });
  gap();
  H('Skills:');
  B.push(p(r(k.skills(P.skills).join(', '))));
  gap();
  if (P.certs) {
    H(`${P.certsHeading}:`);
    for (const c of k.other(P.certsHeading, P.certs)) B.push(p(r(c)));
    gap();
  }
  H('References:');
  B.push(p(r(k.other('References', ['Available upon request.'])[0])));
  const description = 'Typed in Word without a template (Times New Roman 11): centred bold name (followed by post-nominals such as ", BSN, RN" when the person has them; these are not part of basics.name), street / city / "phone  •  e-mail" / LinkedIn stacked on centred lines; bold underlined headings ending in a colon, one of them typed in capitals ("EDUCATION:"); "Company, City" followed by several presses of Tab (default 0.5" stops, no custom tab stop) and the dates, so the dates do not line up; italic title below; "-" typed bullets on a hanging indent; date formats change from role to role (e.g. "Jan 2019 – Present", "06/2016 - 12/2018", "2014 to 2016", "Summer 2016"); education with graduation month and "GPA: x"; skills as one comma list; "References:" / "Available upon request."';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), styles: styles({ font: 'Times New Roman', size: S }), fonts: ['Times New Roman'], page: pageFor(P),
    margins: { top: 1080, bottom: 1080, left: 1260, right: 1260 },
  });
}

// ------------------------------------------------------------------------------------------------
// 2. ruleCaps: Calibri 11, big coloured name, one " | " contact line, CAPS headings with a bottom border (the first
//    uses the Heading 1 style, the rest are direct formatting), bold title + right-tab dates over "Company, City",
//    Word bullets in Symbol (U+F0B7), but the older roles pasted from another file with Wingdings arrows
//    (U+F0D8); runs split mid-word by revision ids; "KEY SKILLS" as a 3-column borderless table.
export function ruleCaps(P) {
  const k = new Key();
  const B = [];
  const M = 1008;
  const TW = textWidth(P, M);
  B.push(p(rs(k.basic('name', P.name), { b: true, sz: 24, color: '1F3864' }), { after: 40 }));
  // Word's AutoFormat turned the typed e-mail and URLs into hyperlinks (blue, underlined).
  const links = [];
  const auto = (text, url) => { const id = `rIdL${links.length + 1}`; links.push({ id, url }); return link(id, r(text, { rStyle: 'Hyperlink', sz: 10 })); };
  const contact = [r(k.basic('location', P.city), { sz: 10 }), r(k.basic('phone', P.phone), { sz: 10 }), auto(k.basic('email', P.email), `mailto:${P.email}`)];
  if (P.linkedin) contact.push(auto(k.profile(P.linkedin), `https://www.${P.linkedin}`));
  if (P.github) contact.push(auto(k.profile(P.github), `https://${P.github}`));
  B.push(p(contact.flatMap((x, i) => (i ? [r(' | ', { sz: 10 }), x] : [x])), { after: 120 }));
  let first = true;
  const H = (t) => {
    const o = { keepNext: true, before: 200, after: 80, bottom: { sz: 8, color: '1F3864', space: 1 } };
    if (first) { first = false; B.push(p(r(k.heading(t)), { style: 'Heading1' })); return; }
    B.push(p(rs(k.heading(t), { b: true, sz: 12, color: '1F3864' }), o));
  };
  H('PROFESSIONAL SUMMARY');
  B.push(p(rs(k.basic('summary', P.summary))));
  H('EXPERIENCE');
  const fmts = [{ fmt: 'Mon', sep: ' – ' }, { fmt: 'Month', sep: ' – ' }, { fmt: 'MM/YYYY', sep: ' - ' }, { fmt: 'YYYY', sep: ' - ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const dates = k.range(W, w, fmts[i % fmts.length]);
    B.push(p([rs(k.set(W, 'position', w.title), { b: true }), r(`\t${dates}`)], { tabs: [[TW, 'right']], before: i ? 160 : 40, keepNext: true }));
    B.push(p([rs(k.set(W, 'name', w.company)), r(`, ${k.set(W, 'location', w.city)}`)], { keepNext: true, after: 40 }));
    W.highlights = [];
    for (const b of w.bullets) { W.highlights.push(b); B.push(p(rs(b), { style: 'ListParagraph', numId: i < 2 ? 1 : 2, contextual: true })); }
  });
  H('EDUCATION');
  P.education.forEach((e) => {
    const E = k.edu();
    const when = k.range(E, { start: null, end: e.end }, { fmt: 'Mon' });
    B.push(p([r(k.set(E, 'institution', e.school), { b: true }), r(`\t${when}`)], { tabs: [[TW, 'right']], keepNext: true }));
    B.push(p(r(`${degree(k, E, e, 'long')}${e.score ? `, GPA ${k.set(E, 'score', e.score)}` : ''}`), { after: 60 }));
  });
  H('KEY SKILLS');
  const rows = [];
  for (let i = 0; i < P.skills.length; i += 3) {
    rows.push(P.skills.slice(i, i + 3).map((s) => ({ content: p(r(k.skill(s))) })));
    while (rows.at(-1).length < 3) rows.at(-1).push({ content: p([]) });
  }
  B.push(tbl(rows, { widths: [Math.floor(TW / 3), Math.floor(TW / 3), Math.floor(TW / 3)] }));
  if (P.certs) {
    H(P.certsHeading.toUpperCase());
    for (const c of k.other(P.certsHeading.toUpperCase(), P.certs)) B.push(p(r(c), { style: 'ListParagraph', numId: 1, contextual: true }));
  }
  if (P.extra) {
    H(P.extra.heading.toUpperCase());
    for (const c of k.other(P.extra.heading.toUpperCase(), P.extra.items)) B.push(p(r(c)));
  }
  const description = 'Word document formatted by hand (Calibri 11, 0.7" margins): 24pt coloured name, one contact line joined by " | " (city, phone, e-mail, LinkedIn/GitHub as printed URLs; e-mail and URLs are AutoFormat hyperlinks); ALL-CAPS headings with a coloured bottom border, the first one in the Heading 1 style and the others direct formatting that looks the same; bold title with the dates on a right tab stop, then "Company, City"; Word bullets in Symbol (U+F0B7) for the two newest roles and Wingdings arrows (U+F0D8) for the older roles, as if pasted from an older file; runs split in the middle of words (revision ids); mixed date formats (e.g. "Mar 2020 – Present", "April 2017 – February 2020", "06/2015 - 03/2017", "2013 - 2015", "Summer 2016"); "KEY SKILLS" as a 3-column borderless table; certifications as bullets.';
  const extra = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>' +
    '<w:pPr><w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="1" w:color="1F3864"/></w:pBdr><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>' +
    '<w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), styles: styles({ font: 'Calibri', size: 11, extra }), fonts: ['Calibri', 'Symbol', 'Wingdings'], page: pageFor(P), links,
    margins: { top: 1008, bottom: 1008, left: M, right: M },
    numbering: numbering([{ text: '\uF0B7', font: 'Symbol', left: 720, hanging: 360 }, { text: '\uF0D8', font: 'Wingdings', left: 720, hanging: 360 }]),
  });
}

// ------------------------------------------------------------------------------------------------
// 3. underscores: Arial 10.5, labelled stacked contact lines, CAPS headings followed by a typed line of underscores,
//    dates FIRST pushed apart from the employer by typed spaces, title and a prose paragraph (no bullets) on an
//    indent, "KEY SKILLS" as Wingdings square bullets (U+F0A7), References available on request.
export function underscores(P) {
  const k = new Key();
  const B = [];
  const S = 10.5;
  const M = 1296;
  const rule = '_'.repeat(Math.floor(textWidth(P, M) / 20 / 4.45) - 3); // 8pt underscores, almost the full width
  B.push(p(r(k.basic('name', P.name), { b: true, sz: 18 }), { after: 60 }));
  B.push(p([r('Address: ', { b: true }), r(k.basic('location', fullAddress(P)))]));
  B.push(p([r(P.id === 'tch' || P.id === 'wh' ? 'Mobile: ' : 'Phone: ', { b: true }), r(k.basic('phone', P.phone))]));
  B.push(p([r('Email: ', { b: true }), r(k.basic('email', P.email))]));
  if (P.linkedin) B.push(p([r('LinkedIn: ', { b: true }), r(k.profile(P.linkedin))]));
  const H = (t) => {
    B.push(p(r(k.heading(t), { b: true, sz: 11 }), { before: 240, keepNext: true }));
    B.push(p(r(rule, { sz: 8 }), { after: 100, keepNext: true }));
  };
  H(P.id === 'tch' || P.id === 'wh' ? 'PERSONAL STATEMENT' : 'PROFILE');
  B.push(p(r(k.basic('summary', P.summary))));
  H('EMPLOYMENT HISTORY');
  const IND = 2300;
  const fmts = [{ fmt: 'YYYY', sep: ' – ' }, { fmt: 'UK', sep: ' - ' }, { fmt: 'YYYY', sep: '-' }, { fmt: 'MM/YYYY', sep: ' – ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const dates = k.range(W, w, fmts[i % fmts.length]);
    const pad = spacesTo(dates, { sizePt: S, bold: true, targetPt: IND / 20 });
    B.push(p(r(`${dates}${pad}${k.set(W, 'name', w.company)}, ${k.set(W, 'location', w.city)}`, { b: true }), { before: i ? 160 : 0, keepNext: true }));
    B.push(p(r(k.set(W, 'position', w.title), { i: true }), { ind: { left: IND }, keepNext: true }));
    B.push(p(r(k.set(W, 'summary', prose(w.bullets))), { ind: { left: IND }, before: 40 }));
  });
  H('EDUCATION AND QUALIFICATIONS');
  P.education.forEach((e, i) => {
    const E = k.edu();
    const dates = k.range(E, e, { fmt: 'YYYY', sep: ' – ' });
    const pad = spacesTo(dates, { sizePt: S, bold: true, targetPt: IND / 20 });
    B.push(p(r(`${dates}${pad}${k.set(E, 'institution', e.school)}`, { b: true }), { before: i ? 120 : 0, keepNext: true }));
    const score = e.score ? (P.id === 'tch' ? ` (${k.set(E, 'score', e.score)})` : `, GPA ${k.set(E, 'score', e.score)}`) : '';
    B.push(p(r(`${degree(k, E, e, 'long')}${score}`), { ind: { left: IND } }));
  });
  H('KEY SKILLS');
  for (const s of P.skills) B.push(p(r(k.skill(s)), { numId: 1, contextual: true }));
  if (P.certs) {
    H(P.certsHeading.toUpperCase());
    for (const c of k.other(P.certsHeading.toUpperCase(), P.certs)) B.push(p(r(c), { numId: 1, contextual: true }));
  }
  H('REFERENCES');
  B.push(p(r(k.other('REFERENCES', ['References available on request.'])[0])));
  const description = 'Hand-made Word file (Arial 10.5): bold name, then labelled contact lines ("Address: …", "Mobile:"/"Phone: …", "Email: …", "LinkedIn: …"); every CAPS heading followed by a typed line of underscores instead of a border; dates FIRST and pushed away from the employer by typed spaces ("2019 – Present      Employer, City", ragged), with the title in italics and ONE prose paragraph per role (no bullets) on a left indent; date formats vary (e.g. "2019 – Present", "Sept 2017 - July 2019", "2014-2016", "Summer 2013"); education also dates-first with year ranges; "KEY SKILLS" as a Word list with Wingdings square bullets (U+F0A7); certifications in the same list style; "REFERENCES" / "References available on request."';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), styles: styles({ font: 'Arial', size: S, lang: P.id === 'tch' ? 'en-GB' : P.id === 'wh' ? 'en-AU' : 'en-US' }), fonts: ['Arial', 'Wingdings'], page: pageFor(P),
    margins: { top: 1152, bottom: 1152, left: M, right: M },
    numbering: numbering([{ text: '\uF0A7', font: 'Wingdings', left: 720, hanging: 360 }]),
  });
}

// ------------------------------------------------------------------------------------------------
// 4. twoPager: Cambria 11.5, two pages with a "Page X of Y" footer; contact items separated only by runs of spaces;
//    bold underlined Title Case headings; company in capitals (w:caps) + city, italic title + right-tab dates;
//    "*" typed bullets; skills as "Label: list" rows or a tab grid of typed "•"; closing references line.
export function twoPager(P) {
  const k = new Key();
  const B = [];
  const M = 1440;
  const TW = textWidth(P, M);
  B.push(p(r(k.basic('name', P.name), { b: true, sz: 26, color: '2F5496' }), { after: 0 }));
  B.push(p(r(k.basic('label', P.label), { i: true, sz: 13 }), { after: 80 }));
  const sp = '     ';
  B.push(p(r([k.basic('location', P.city), k.basic('phone', P.phone), k.basic('email', P.email)].join(sp))));
  const links = [P.linkedin, P.github, P.url].filter(Boolean);
  if (links.length) B.push(p(r(links.map((l) => (l === P.url ? k.basic('url', l) : k.profile(l))).join(sp))));
  const H = (t) => B.push(p(r(k.heading(t), { b: true, u: true, sz: 13 }), { before: 300, after: 120, keepNext: true }));
  H('Professional Summary');
  B.push(p(r(k.basic('summary', P.summary)), { line: 276 }));
  if (P.skillGroups) {
    H('Technical Skills');
    for (const g of P.skillGroups) B.push(p([r(`${g.label}: `, { b: true }), r(k.skills(g.items).join(', '))], { after: 40 }));
  } else {
    H('Core Competencies');
    const third = Math.floor(TW / 3);
    for (let i = 0; i < P.skills.length; i += 3) {
      B.push(p(r(P.skills.slice(i, i + 3).map((s) => `•  ${k.skill(s)}`).join('\t')), { tabs: [[third, 'left'], [2 * third, 'left']], after: 40 }));
    }
  }
  H('Professional Experience');
  const fmts = [{ fmt: 'Month', sep: ' – ' }, { fmt: 'Mon.', sep: ' – ' }, { fmt: 'YYYY', sep: ' – ' }, { fmt: 'Month', sep: ' - ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    B.push(p([r(k.set(W, 'name', w.company), { b: true, caps: true }), r(` — ${k.set(W, 'location', w.city)}`)], { before: i ? 240 : 0, keepNext: true }));
    const dates = k.range(W, w, fmts[i % fmts.length]);
    B.push(p([r(k.set(W, 'position', w.title), { i: true }), r(`\t${dates}`)], { tabs: [[TW, 'right']], after: 60, keepNext: true }));
    W.highlights = [];
    for (const b of w.bullets) { W.highlights.push(b); B.push(p(r(`*\t${b}`), { ind: { left: 360, hanging: 360 }, after: 60, line: 264 })); }
  });
  H('Education');
  P.education.forEach((e, i) => {
    const E = k.edu();
    B.push(p([r(k.set(E, 'institution', e.school), { b: true }), r(`, ${e.city}`)], { before: i ? 160 : 0, keepNext: true }));
    const dates = k.range(E, e, { fmt: 'YYYY', sep: ' – ' });
    B.push(p([r(degree(k, E, e, 'long'), { i: true }), r(`\t${dates}`)], { tabs: [[TW, 'right']] }));
    if (e.score) B.push(p(r(`${P.id === 'tch' ? 'Classification' : 'GPA'}: ${k.set(E, 'score', e.score)}`)));
  });
  if (P.certs) {
    H(P.certsHeading);
    for (const c of k.other(P.certsHeading, P.certs)) B.push(p(r(`*\t${c}`), { ind: { left: 360, hanging: 360 }, after: 40 }));
  }
  if (P.extra) {
    H(P.extra.heading);
    for (const c of k.other(P.extra.heading, P.extra.items)) B.push(p(r(c), { after: 40 }));
  }
  B.push(p(r('References available on request', { i: true }), { align: 'center', before: 360 }));
  const footer = p([r('Page ', { sz: 9, color: '7F7F7F' }), fld('PAGE', '1', { sz: 9, color: '7F7F7F' }), r(' of ', { sz: 9, color: '7F7F7F' }), fld('NUMPAGES', '2', { sz: 9, color: '7F7F7F' })], { style: 'Footer', align: 'center' });
  const description = 'Two-page Word resume (Cambria 11.5, 1" margins) with a "Page X of Y" footer made of PAGE/NUMPAGES fields; coloured name and italic headline; contact items separated only by runs of typed spaces (no separator characters) on two lines; bold underlined Title Case headings ("Professional Summary", "Technical Skills"/"Core Competencies", "Professional Experience", …); skills as bold "Label: a, b" rows, or (no groups) a grid of typed "•  skill" cells aligned by custom tab stops; company shown in capitals by w:caps (typed in mixed case) + " — City", italic title with dates on a right tab; "*" typed as the bullet with a tab and hanging indent; date formats vary by role (e.g. "March 2020 – Present", "Apr. 2017 – Feb. 2020", "2015 – 2017", "Summer 2016"); closing italic "References available on request" line without a heading (not keyed).';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), footer, styles: styles({ font: 'Cambria', size: 11.5, after: 0, line: 252, lang: P.id === 'tch' ? 'en-GB' : 'en-US' }), fonts: ['Cambria'], page: pageFor(P),
  });
}

// ------------------------------------------------------------------------------------------------
// 5. tableRows: Garamond 11.5; the writer aligned things with borderless tables: a 2-cell header (name left, contact
//    right with Wingdings phone/envelope symbols inserted as w:sym), one 2-cell table per role (company/title left,
//    dates right), Wingdings arrow bullets (U+F0D8) under each table, skills as a 3-cell table of check-mark bullet
//    lists (U+F0FC); bold underlined CAPS headings; a double rule under the header.
export function tableRows(P) {
  const k = new Key();
  const B = [];
  const M = 1080;
  const TW = textWidth(P, M);
  const L = Math.round(TW * 0.5), R = TW - L;
  const left = [p(r(k.basic('name', P.name), { b: true, sz: 22 })), p(r(k.basic('label', P.label), { sz: 12, color: '595959' }))];
  const right = [
    p([sym('Wingdings', 'F028', { sz: 10.5 }), r(` ${k.basic('phone', P.phone)}`, { sz: 10.5 })], { align: 'right' }),
    p([sym('Wingdings', 'F02A', { sz: 10.5 }), r(` ${k.basic('email', P.email)}`, { sz: 10.5 })], { align: 'right' }),
    p(r(k.basic('location', P.city), { sz: 10.5 }), { align: 'right' }),
  ];
  if (P.linkedin) right.push(p(r(k.profile(P.linkedin), { sz: 10 }), { align: 'right' }));
  B.push(tbl([[{ content: left, vAlign: 'bottom' }, { content: right }]], { widths: [L, R] }));
  B.push(p([], { bottom: { val: 'double', sz: 6, space: 1 }, after: 120 }));
  const H = (t) => B.push(p(r(k.heading(t), { b: true, u: true }), { before: 220, after: 100, keepNext: true }));
  H('SUMMARY');
  B.push(p(r(k.basic('summary', P.summary))));
  H('WORK EXPERIENCE');
  const fmts = [{ fmt: 'MM/YYYY', sep: ' – ', present: 'Present' }, { fmt: 'Mon', sep: ' – ' }, { fmt: 'MM/YYYY', sep: ' - ' }, { fmt: 'YYYY', sep: ' – ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const dates = k.range(W, w, fmts[i % fmts.length]);
    const lc = [p([r(k.set(W, 'name', w.company), { b: true }), r(` – ${k.set(W, 'location', w.city)}`)], { keepNext: true }), p(r(k.set(W, 'position', w.title), { i: true }), { keepNext: true })];
    B.push(tbl([[{ content: lc }, { content: p(r(dates), { align: 'right' }) }]], { widths: [TW - 2750, 2750] }));
    W.highlights = [];
    for (const b of w.bullets) { W.highlights.push(b); B.push(p(r(b), { numId: 1, contextual: true })); }
    B.push(p([], { after: 60 }));
  });
  H('EDUCATION');
  P.education.forEach((e) => {
    const E = k.edu();
    const dates = k.range(E, e, { fmt: 'Mon', sep: ' – ' });
    const lc = [p([r(k.set(E, 'institution', e.school), { b: true }), r(`, ${e.city}`)]), p(r(`${degree(k, E, e, 'long')}${e.score ? ` – GPA ${k.set(E, 'score', e.score)}` : ''}`))];
    B.push(tbl([[{ content: lc }, { content: p(r(dates), { align: 'right' }) }]], { widths: [TW - 2750, 2750] }));
    B.push(p([], { after: 40 }));
  });
  H('SKILLS');
  const per = Math.ceil(P.skills.length / 3);
  const cols = [0, 1, 2].map((c) => P.skills.slice(c * per, (c + 1) * per));
  B.push(tbl([cols.map((list) => ({ content: list.map((s) => p(r(k.skill(s)), { numId: 2, contextual: true })) }))], { widths: [Math.floor(TW / 3), Math.floor(TW / 3), Math.floor(TW / 3)] }));
  if (P.certs) {
    H(P.certsHeading.toUpperCase());
    for (const c of k.other(P.certsHeading.toUpperCase(), P.certs)) B.push(p(r(c), { numId: 1, contextual: true }));
  }
  if (P.extra) {
    H(P.extra.heading.toUpperCase());
    for (const c of k.other(P.extra.heading.toUpperCase(), P.extra.items)) B.push(p(r(c), { numId: 1, contextual: true }));
  }
  const description = 'Word file laid out with borderless tables by its author (Garamond 11, substituted when not installed): a two-cell header table with the name and headline on the left and the contact lines right-aligned on the right, phone and e-mail preceded by Wingdings symbols inserted with Insert → Symbol (w:sym F028 / F02A, private-use glyphs); a double rule under the header; bold underlined CAPS headings; each role is its own one-row table ("**Company** – City" / italic title left, dates right-aligned in the right cell) followed by Wingdings arrow bullets (U+F0D8) outside the table; date formats vary (e.g. "08/2019 – Present", "Jun 2017 – Jul 2019", "Summer 2016", "2013 – 2017"); education in the same table form with month ranges; "SKILLS" as three table cells each holding a check-mark bullet list (Wingdings U+F0FC), so the text layer interleaves the three columns line by line; certifications and extras as arrow bullets.';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), styles: styles({ font: 'Garamond', size: 11, lang: P.id === 'wh' ? 'en-AU' : 'en-US' }), fonts: ['Garamond', 'Wingdings'], page: pageFor(P),
    margins: { top: 1080, bottom: 1080, left: M, right: M },
    numbering: numbering([{ text: '\uF0D8', font: 'Wingdings', left: 540, hanging: 360 }, { text: '\uF0FC', font: 'Wingdings', left: 400, hanging: 300 }]),
  });
}

// ------------------------------------------------------------------------------------------------
// 6. plainParas: Verdana 10, name typed in capitals, one " • " contact line with the street address, "OBJECTIVE:"
//    inline with its text, CAPS headings with a colon, "Title, Company, City (dates)" on one line, the newest role
//    with "• " typed bullets and the rest as paragraphs, skills joined by " • ", "REFERENCES: Available upon request".
export function plainParas(P) {
  const k = new Key();
  const B = [];
  const gap = () => B.push(p([]));
  B.push(p(r(k.basic('name', P.name.toUpperCase()), { b: true, sz: 16 }), { align: 'center' }));
  const links = [P.linkedin, P.github].filter(Boolean);
  B.push(p(r([k.basic('location', fullAddress(P)), k.basic('phone', P.phone), k.basic('email', P.email)].join(' • ')), { align: 'center' }));
  if (links.length) B.push(p(r(links.map((l) => k.profile(l)).join(' • ')), { align: 'center' }));
  gap();
  B.push(p([r(k.heading('OBJECTIVE:'), { b: true }), r(` ${k.basic('summary', P.objective)}`)]));
  gap();
  const H = (t) => B.push(p(r(k.heading(t), { b: true }), { keepNext: true }));
  H('WORK HISTORY:');
  const fmts = [{ fmt: 'Mon', sep: ' - ', present: 'Current' }, { fmt: 'MM/YYYY', sep: ' - ' }, { fmt: 'YYYY', sep: '-' }, { fmt: 'M/YYYY', sep: ' - ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const dates = k.range(W, w, fmts[i % fmts.length]);
    B.push(p([r(k.set(W, 'position', w.title), { b: true }), r(`, ${k.set(W, 'name', w.company)}, ${k.set(W, 'location', w.city)} (${dates})`)], { keepNext: true }));
    if (i === 0) {
      W.highlights = [];
      for (const b of w.bullets) { W.highlights.push(b); B.push(p(r(`• ${b}`))); }
    } else {
      B.push(p(r(k.set(W, 'summary', prose(w.bullets)))));
    }
    gap();
  });
  H('EDUCATION:');
  for (const e of P.education) {
    const E = k.edu();
    const d = degree(k, E, e, 'short', ' ');
    const when = k.range(E, { start: null, end: e.end }, { fmt: 'YYYY' });
    B.push(p(r(`${d}, ${k.set(E, 'institution', e.school)}, ${e.city}, ${when}${e.score ? `. GPA ${k.set(E, 'score', e.score)}` : ''}`)));
  }
  gap();
  H('SKILLS:');
  B.push(p(r(k.skills(P.skills).join(' • '))));
  gap();
  if (P.certs) {
    H(`${P.certsHeading.toUpperCase()}:`);
    for (const c of k.other(P.certsHeading.toUpperCase(), P.certs)) B.push(p(r(c)));
    gap();
  }
  if (P.extra) {
    H(`${P.extra.heading.toUpperCase()}:`);
    for (const c of k.other(P.extra.heading.toUpperCase(), P.extra.items)) B.push(p(r(c)));
    gap();
  }
  B.push(p([r(k.heading('REFERENCES:'), { b: true }), r(` ${k.other('REFERENCES', ['Available upon request'])[0]}`)]));
  const description = 'Plain hand-typed Word file (Verdana 10, substituted when not installed), no tabs, tables or borders: name typed in capitals and centred; one centred contact line joined by " • " including the street address (LinkedIn/GitHub on a second line); "OBJECTIVE:" as a bold run with the objective text on the same line; bold CAPS headings with a trailing colon; each role on one line "**Title**, Company, City (dates)"; the newest role with "• " typed bullets (no indent), older roles as one prose paragraph each; empty paragraphs as spacing; date formats vary (e.g. "Feb 2019 - Current", "10/2015 - 01/2019", "2012-2015", "Summer 2016", "1/2015 - 5/2017"); education as one comma line "A.A.S. Business Management, College, City, 2012"; skills joined by " • " in one paragraph; "REFERENCES: Available upon request" inline.';
  return pack({
    description, key: k.done({ columns: 1, notes: description }), dates: k.dates,
    body: B.join(''), styles: styles({ font: 'Verdana', size: 10, line: 259, lang: P.id === 'wh' ? 'en-AU' : 'en-US' }), fonts: ['Verdana'], page: pageFor(P),
  });
}

export const DOCX_DESIGNS = { tabbedOut, ruleCaps, underscores, twoPager, tableRows, plainParas };
