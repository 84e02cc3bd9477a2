// Designs for Germany, France/Belgium, Brazil, the Gulf, Japan and the US federal resume.
import { P, R, TBL } from './lib.mjs';
import { ctx, done, cell, kv, eduKey } from './designs.mjs';

// localised view of a persona (tobias has de / en variants)
export const view = (Pe, lang) => (lang && Pe[lang] ? { ...Pe, ...Pe[lang] } : Pe);
const photoBox = (text, w = 1700) => TBL([[cell(P(R(text, { color: '888888' }), { align: 'center', before: 800, after: 800 }), { vAlign: 'center' })]], { widths: [w], borders: true, jc: 'right' });
const degree = (e, join) => (e.area ? `${e.studyType}${join}${e.area}` : e.studyType);

// ================================================================= Germany 1: tabular Lebenslauf (DOCX, Arial)
// Title "Lebenslauf" + name/contact on the left, photo placeholder box on the right (nested bordered table);
// every section a borderless two-column table: dates "03/2019 – heute" (or labels) in the left column, content on the
// right; Persönliche Daten first; skills "Gruppe | items"; languages "Sprache | Niveau"; signature "Berlin, 01.11.2026".
function deTabular(Pe0, o) {
  const Pe = view(Pe0, o.lang);
  const c = ctx(Pe, { margin: 1134 });
  const { K, add, TW } = c;
  const ds = { st: 'mm/yyyy', sep: ' – ', present: Pe.present, ...o.dates };
  const LW = 2300, RW = TW - LW;
  const H = (t) => { const s = K.section(t); add(P(R(s, { b: true, sz: 12, color: '1F4E79' }), { border: 6, borderColor: '1F4E79', before: 240, after: 100, keepNext: true })); };
  const rows2 = (rows) => add(TBL(rows.map(([l, r]) => [cell([].concat(l)), cell([].concat(r))]), { widths: [LW, RW] }));
  const left = [];
  if (Pe.title) left.push(P(R(Pe.title, { sz: 20, b: true, color: '1F4E79' }), { after: 120 }));
  left.push(P(R(Pe.name, { b: true, sz: 14 }))); K.basics('name', Pe.name);
  if (Pe.label) { left.push(P(R(Pe.label, { color: '555555' }), { after: 80 })); K.basics('label', Pe.label); }
  const tel = Pe.lang === 'de-DE' && o.lang === 'de' ? 'Telefon' : Pe.lang === 'fr-BE' ? 'Tél.' : 'Phone';
  left.push(P(Pe.address), P(`${tel}: ${Pe.phone}`), P(`E-Mail: ${Pe.email}`.replace('E-Mail', o.lang === 'de' ? 'E-Mail' : 'E-mail')));
  K.basics('location', Pe.address); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  for (const pr of Pe.profiles) { left.push(P(pr)); K.profile(pr); }
  if (o.photo) add(TBL([[cell(left), cell([photoBox(Pe.photoText)])]], { widths: [TW - 2000, 2000] }));
  else add(...left);
  if (Pe.personal) { H(Pe.h.personal); rows2(Pe.personal.map(([l, v]) => [P(R(l + ':', { b: false })), P(v)])); kv(K, K.k.sections.at(-1), Pe.personal); }
  if (o.summary && Pe.summary) { H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary); }
  H(Pe.h.work);
  rows2(Pe.work.map((w) => {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    const rg = c.range(item, w.start, w.end, ds);
    return [P(rg), [P(R(w.position, { b: true })), P(R(`${w.company}, ${w.location}`, { i: true }), { after: 40 }), ...w.bullets.map((t) => P(t, { list: 'dash', ind: { left: 300, hanging: 260 } })), P('', { after: 60 })]];
  }));
  H(Pe.h.education);
  rows2(Pe.education.map((e) => {
    const x = eduKey(K, e);
    const rg = c.range(x, e.start, e.end, ds);
    const r = [P(R(degree(e, ' '), { b: true })), P(e.institution)];
    if (e.score) { r.push(P(`${e.scoreLabel ?? 'Note'}: ${e.score}`)); x.score = e.score; }
    if (e.note) r.push(P(R(e.note, { i: true })));
    r.push(P('', { after: 60 }));
    return [P(rg), r];
  }));
  H(Pe.h.skills);
  rows2(Pe.skills.map(([g, items]) => { K.skills(items); return [P(g), P(items.join(', '))]; }));
  H(Pe.h.languages);
  const langs = Pe.languages.map((l) => l.split(/ [–:] /));
  rows2(langs.map(([a, b]) => [P(a), P(b)])); kv(K, K.k.sections.at(-1), langs);
  if (Pe.interests) { H(Pe.h.interests); rows2([[P(''), P(Pe.interests.join(', '))]]); K.other(K.k.sections.at(-1), [Pe.interests.join(', ')]); }
  if (Pe.sign) add(P(Pe.sign, { before: 480 }), P('', { after: 300 }), P(Pe.name, { border: false, before: 0 }));
  return done(c, { font: 'Arial', size: 10, lang: Pe.lang });
}

// ================================================================= Germany 2: English CV, dates in a tab-stop gutter (DOCX, Calibri)
// "Curriculum Vitae" over the name; contact lines; title-case headings with a rule; entries on a hanging indent:
// "since 03/2019<tab>Senior Backend Developer", "<tab>Company, City", bullets indented past the gutter;
// skills "Group<tab>items"; languages; personal details at the end.
function deTabsEn(Pe0, o) {
  const Pe = view(Pe0, o.lang);
  const c = ctx(Pe, { margin: 1134 });
  const { K, add } = c;
  const ds = { st: 'mm/yyyy', sep: ' – ', present: Pe.present, since: Pe.since, ...o.dates };
  const G = 2000;
  const H = (t) => { const s = K.section(t); add(P(R(s, { b: true, sz: 13, color: '2E5597' }), { border: 4, borderColor: '2E5597', before: 240, after: 100, keepNext: true })); };
  const row = (l, runs, o2 = {}) => add(P([R(l, o2.lrun ?? {}), R('\t'), ...runs], { tabs: [[G, 'left']], ind: { left: G, hanging: G }, ...o2.p }));
  add(P(R(Pe.title, { sz: 10, color: '777777', caps: true }), { after: 0 }));
  add(P(R(Pe.name, { b: true, sz: 22 }), { after: 0 })); K.basics('name', Pe.name);
  add(P(R(Pe.label, { sz: 12, color: '2E5597' }), { after: 80 })); K.basics('label', Pe.label);
  add(P(Pe.address)); K.basics('location', Pe.address);
  add(P(`${Pe.phone}  ·  ${Pe.email}`)); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  add(P(Pe.profiles.join('  ·  '), { after: 120 })); Pe.profiles.forEach((x) => K.profile(x));
  H(Pe.h.summary); add(P(Pe.summary)); K.basics('summary', Pe.summary);
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    row(c.range(item, w.start, w.end, ds), [R(w.position, { b: true })], { p: { before: 100, keepNext: true } });
    row('', [R(`${w.company}, ${w.location}`, { i: true })], { p: { keepNext: true } });
    w.bullets.forEach((t) => add(P(t, { list: 'bullet', ind: { left: G + 320, hanging: 300 } })));
  }
  H(Pe.h.education);
  for (const e of Pe.education) {
    const x = eduKey(K, e);
    row(c.range(x, e.start, e.end, { ...ds, since: null }), [R(degree(e, ', '), { b: true })], { p: { before: 80, keepNext: true } });
    row('', [R(e.institution)]);
    if (e.score) { row('', [R(`${e.scoreLabel}: ${e.score}`)]); x.score = e.score; }
    if (e.note) row('', [R(e.note, { i: true })]);
  }
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { row(g, [R(items.join(', '))], { lrun: { b: true } }); K.skills(items); }
  H(Pe.h.languages);
  add(P(Pe.languages.join('; '))); K.other(K.k.sections.at(-1), [Pe.languages.join('; ')]);
  H(Pe.h.personal);
  for (const [l, v] of Pe.personal) row(l, [R(v)]);
  kv(K, K.k.sections.at(-1), Pe.personal);
  return done(c, { font: 'Calibri', size: 10.5, lang: 'en-GB' });
}

// ================================================================= Germany 3: modern German CV (HTML → Chromium PDF)
// Name + label + contact on the left of a header table, photo placeholder on the right; spaced CAPS headings;
// left column "seit 03/2019" / "10/2016 – 02/2019" with the city under it, right column position + company + bullets;
// skills joined by " · "; languages as a list; interests; signature "Berlin, 01.11.2026".
function deModern(Pe0, o) {
  const Pe = view(Pe0, o.lang);
  const c = ctx(Pe, { margin: 1000 });
  const { K, add, TW } = c;
  const ds = { st: 'mm/yyyy', sep: ' – ', present: Pe.present, since: Pe.since, ...o.dates };
  const LW = 2000, RW = TW - LW;
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, color: '0E6E6E', sz: 11 }), { border: 4, borderColor: '0E6E6E', before: 260, after: 100, keepNext: true })); };
  const left = [P(R(Pe.name, { b: true, sz: 22, color: '0E6E6E' })), P(R(Pe.label, { sz: 12 }), { after: 100 }), P(Pe.address), P(Pe.phone), P(Pe.email), ...Pe.profiles.map((x) => P(x))];
  K.basics('name', Pe.name); K.basics('label', Pe.label); K.basics('location', Pe.address); K.basics('phone', Pe.phone); K.basics('email', Pe.email); Pe.profiles.forEach((x) => K.profile(x));
  add(TBL([[cell(left), cell([photoBox(Pe.photoText, 1600)])]], { widths: [TW - 1900, 1900] }));
  H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H(Pe.h.work);
  add(TBL(Pe.work.map((w) => {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    const rg = c.range(item, w.start, w.end, ds);
    return [cell([P(R(rg, { b: true })), P(R(w.location, { color: '666666' }))]), cell([P(R(w.position, { b: true })), P(R(w.company, { color: '0E6E6E' }), { after: 40 }), ...w.bullets.map((t) => P(t, { list: 'bullet', ind: { left: 300, hanging: 240 } })), P('', { after: 80 })])];
  }), { widths: [LW, RW] }));
  H(Pe.h.education);
  add(TBL(Pe.education.map((e) => {
    const x = eduKey(K, e);
    const rg = c.range(x, e.start, e.end, { ...ds, since: null });
    const r = [P(R(degree(e, ' '), { b: true })), P(e.institution)];
    if (e.score) { r.push(P(`${e.scoreLabel}: ${e.score}`)); x.score = e.score; }
    r.push(P('', { after: 60 }));
    return [cell(P(R(rg, { b: true }))), cell(r)];
  }), { widths: [LW, RW] }));
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g + ': ', { b: true }), R(items.join(' · '))])); K.skills(items); }
  H(Pe.h.languages); Pe.languages.forEach((l) => add(P(l, { list: 'bullet' }))); K.other(K.k.sections.at(-1), Pe.languages);
  if (Pe.personal && o.personal) { H(Pe.h.personal); for (const [l, v] of Pe.personal) add(P(`${l}: ${v}`)); K.other(K.k.sections.at(-1), Pe.personal.map(([l, v]) => `${l}: ${v}`)); }
  H(Pe.h.interests); add(P(Pe.interests.join(', '))); K.other(K.k.sections.at(-1), Pe.interests);
  add(P(Pe.sign, { before: 400 }));
  return done(c, { font: 'Liberation Sans', size: 10, lang: Pe.lang });
}

// ================================================================= Europe / Gulf classic single column (DOCX, Calibri)
// Centred CAPS name, label, contact line joined by " • "; CAPS coloured headings with a rule; "Position — Company,
// City" in bold with the range in grey italics below ("depuis mars 2021", "jan/2022 – atual", "Jan 2020 – To date");
// dash bullets; degree line + "Institution | range | mention"; "Group : items" skills; languages / interests /
// certifications; personal details (Gulf) as "Label: value" lines.
function euroClassic(Pe0, o) {
  const Pe = view(Pe0, o.lang);
  const c = ctx(Pe, { margin: 1000 });
  const { K, add, bullets } = c;
  const ds = { st: 'mon', sep: ' – ', present: Pe.present ?? 'Present', ...o.dates };
  const colon = Pe.lang === 'fr-BE' ? ' : ' : ': ';
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, color: '7B2C3A', sz: 11.5 }), { border: 6, borderColor: '7B2C3A', before: 220, after: 80, keepNext: true })); };
  K.basics('name', Pe.name.toUpperCase()); add(P(R(Pe.name.toUpperCase(), { b: true, sz: 20 }), { align: 'center', after: 0 }));
  K.basics('label', Pe.label); add(P(R(Pe.label, { sz: 12, color: '7B2C3A' }), { align: 'center', after: 40 }));
  add(P([Pe.location, Pe.phone, Pe.email, ...Pe.profiles].join(' • '), { align: 'center', after: 120 }));
  K.basics('location', Pe.location); K.basics('phone', Pe.phone); K.basics('email', Pe.email); Pe.profiles.forEach((x) => K.profile(x));
  H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  if (o.skillsFirst) skills();
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    add(P([R(w.position, { b: true }), R(` — ${w.company}, ${w.location}`)], { before: 100, keepNext: true }));
    add(P(R(c.range(item, w.start, w.end, ds), { i: true, color: '666666' }), { keepNext: true }));
    bullets(w.bullets, 'dash');
  }
  H(Pe.h.education);
  for (const e of Pe.education) {
    const x = eduKey(K, e);
    add(P(R(degree(e, Pe.degJoin ?? ', '), { b: true }), { before: 80, keepNext: true }));
    const parts = [e.institution + (e.location ? `, ${e.location}` : ''), c.range(x, e.start, e.end, { ...ds, since: null })];
    if (e.score) { parts.push(e.scoreLabel ? `${e.scoreLabel}: ${e.score}` : e.score); x.score = e.score; }
    add(P(parts.join(' | ')));
  }
  if (!o.skillsFirst) skills();
  function skills() { H(Pe.h.skills); for (const [g, items] of Pe.skills) { add(P([R(g + colon, { b: true }), R(items.join(', '))])); K.skills(items); } }
  if (Pe.certs) { H(Pe.h.certs); bullets(Pe.certs, 'dash'); K.other(K.k.sections.at(-1), Pe.certs); }
  H(Pe.h.languages); add(P(Pe.languages.join(' • '))); K.other(K.k.sections.at(-1), Pe.languages);
  if (Pe.interests) { H(Pe.h.interests); add(P(Pe.interests.join(' • '))); K.other(K.k.sections.at(-1), Pe.interests); }
  if (Pe.personal) { H(Pe.h.personal); for (const [l, v] of Pe.personal) add(P([R(l + ': ', { b: true }), R(v)])); kv(K, K.k.sections.at(-1), Pe.personal); }
  return done(c, { font: 'Calibri', size: 10.5, lang: Pe.lang });
}

// ================================================================= left date column (HTML → Chromium PDF)
// Header table: name + label left, contact lines right-aligned; headings in small bold CAPS on a tinted bar;
// every entry a row of a borderless table: dates (and city) in a narrow left column, position / company / bullets on
// the right; education the same; skills "Group: items"; languages, interests, certifications, personal details.
function leftDates(Pe0, o) {
  const Pe = view(Pe0, o.lang);
  const c = ctx(Pe, { margin: 900 });
  const { K, add, TW, bullets } = c;
  const ds = { st: 'mon', sep: ' – ', present: Pe.present ?? 'Present', ...o.dates };
  const LW = 1900, RW = TW - LW;
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, sz: 10, color: '333333' }), { shade: 'E7ECEF', before: 200, after: 80, keepNext: true })); };
  K.basics('name', Pe.name); K.basics('label', Pe.label); K.basics('location', Pe.location); K.basics('phone', Pe.phone); K.basics('email', Pe.email); Pe.profiles.forEach((x) => K.profile(x));
  add(TBL([[cell([P(R(Pe.name, { b: true, sz: 20 })), P(R(Pe.label, { sz: 12, color: '555555' }))]), cell([Pe.location, Pe.phone, Pe.email, ...Pe.profiles].map((t) => P(t, { align: 'right' })))]], { widths: [Math.round(TW * 0.55), TW - Math.round(TW * 0.55)] }));
  H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H(Pe.h.work);
  add(TBL(Pe.work.map((w) => {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    const rg = c.range(item, w.start, w.end, ds);
    return [cell([P(R(rg, { b: true })), P(R(w.location, { i: true, color: '666666' }))]), cell([P(R(w.position, { b: true })), P(R(w.company, { b: false, color: '245C8A' }), { after: 30 }), ...w.bullets.map((t) => P(t, { list: 'bullet', ind: { left: 280, hanging: 240 } })), P('', { after: 80 })])];
  }), { widths: [LW, RW] }));
  H(Pe.h.education);
  add(TBL(Pe.education.map((e) => {
    const x = eduKey(K, e);
    const rg = c.range(x, e.start, e.end, { ...ds, since: null });
    const r = [P(R(degree(e, Pe.degJoin ?? ', '), { b: true })), P(e.institution + (e.location ? `, ${e.location}` : ''))];
    if (e.score) { r.push(P(e.scoreLabel ? `${e.scoreLabel}: ${e.score}` : e.score)); x.score = e.score; }
    r.push(P('', { after: 60 }));
    return [cell(P(R(rg, { b: true }))), cell(r)];
  }), { widths: [LW, RW] }));
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g + ': ', { b: true }), R(items.join(', '))])); K.skills(items); }
  if (Pe.certs) { H(Pe.h.certs); bullets(Pe.certs, 'bullet'); K.other(K.k.sections.at(-1), Pe.certs); }
  H(Pe.h.languages); bullets(Pe.languages, 'bullet'); K.other(K.k.sections.at(-1), Pe.languages);
  if (Pe.interests) { H(Pe.h.interests); add(P(Pe.interests.join(', '))); K.other(K.k.sections.at(-1), Pe.interests); }
  if (Pe.personal) {
    H(Pe.h.personal);
    add(TBL(Pe.personal.map(([l, v]) => [cell(P(R(l, { b: true }))), cell(P(v))]), { widths: [LW, RW] }));
    kv(K, K.k.sections.at(-1), Pe.personal);
  }
  return done(c, { font: 'DejaVu Sans', size: 9, lang: Pe.lang });
}

// ================================================================= Brazil: "currículo" with labelled fields (DOCX, Arial)
// Name, "Brasileiro, casado, 32 anos", address, "Telefone: … | E-mail: …", LinkedIn; CAPS bold headings;
// OBJETIVO line; Formação Acadêmica before experience ("Bacharelado em …", "Unicamp – 2014 a 2018");
// experience as "Empresa:", "Cargo:", "Período: jan/2022 – atual", "Principais atividades:" + bullets;
// Conhecimentos Técnicos as "Group: items"; Idiomas, Certificações, Informações Adicionais bullets.
function brClassic(Pe, o) {
  const c = ctx(Pe, { margin: 1134 });
  const { K, add, bullets } = c;
  const ds = { st: 'pt', sep: ' – ', present: Pe.present, ...o.dates };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, sz: 11 }), { border: 6, before: 220, after: 80, keepNext: true })); };
  K.basics('name', Pe.name); add(P(R(Pe.name, { b: true, sz: 16 }), { after: 40 }));
  add(P(Pe.civil)); add(P(Pe.address)); K.basics('location', Pe.address);
  add(P([R('Telefone: ', { b: true }), R(Pe.phone), R('  |  '), R('E-mail: ', { b: true }), R(Pe.email)])); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  add(P([R('LinkedIn: ', { b: true }), R(Pe.profiles[0])], { after: 100 })); K.profile(Pe.profiles[0]);
  H(Pe.h.objective); add(P(R(Pe.objective, { b: true }))); K.basics('label', Pe.objective);
  H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H(Pe.h.education);
  for (const e of Pe.education) {
    const x = eduKey(K, e);
    add(P(R(degree(e, ' em '), { b: true }), { before: 60, keepNext: true }));
    add(P(`${e.institution} – ${c.range(x, e.start, e.end, { ...ds, st: 'yyyy', sep: ' a ' })}`));
  }
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    const lab = (l, v, b) => add(P([R(l + ': ', { b: true }), R(v, { b })], { keepNext: true }));
    add(P('', { after: 40 }));
    lab('Empresa', `${w.company} (${w.location})`, true); lab('Cargo', w.position); lab('Período', c.range(item, w.start, w.end, ds));
    add(P(R('Principais atividades:', { b: true }), { keepNext: true }));
    bullets(w.bullets, 'bullet');
  }
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g + ': ', { b: true }), R(items.join(', '))])); K.skills(items); }
  H(Pe.h.languages); bullets(Pe.languages, 'bullet'); K.other(K.k.sections.at(-1), Pe.languages);
  H(Pe.h.certs); bullets(Pe.certs, 'bullet'); K.other(K.k.sections.at(-1), Pe.certs);
  H(Pe.h.interests); bullets(Pe.interests, 'bullet'); K.other(K.k.sections.at(-1), Pe.interests);
  return done(c, { font: 'Arial', size: 10, lang: 'pt-BR' });
}

// ================================================================= Gulf: photo header + personal details table (DOCX, Calibri)
// Header table: name/label/contact left, photo placeholder right; "Career Summary"; "Key Skills" as a three-column
// borderless grid of bulleted keywords; "Position<tab>Jan 2020 – To date" with "Company – City, Country" in italics;
// education with "Grade: Very Good"; certifications; languages; Personal Details as a bordered table
// (Nationality, Date of Birth, Visa Status, Marital Status, Driving Licence, Notice Period).
function gulfPhoto(Pe, o) {
  const c = ctx(Pe, { margin: 1000 });
  const { K, add, TW, bullets } = c;
  const ds = { st: 'mon', sep: ' – ', present: Pe.present, ...o.dates };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, color: 'FFFFFF' }), { shade: '1B3A5C', before: 200, after: 80, keepNext: true })); };
  K.basics('name', Pe.name); K.basics('label', Pe.label); K.basics('location', Pe.location); K.basics('phone', Pe.phone); K.basics('email', Pe.email); Pe.profiles.forEach((x) => K.profile(x));
  const left = [P(R(Pe.name, { b: true, sz: 20, color: '1B3A5C' })), P(R(Pe.label, { sz: 12 }), { after: 80 }), P(`Location: ${Pe.location}`), P(`Mobile: ${Pe.phone}`), P(`Email: ${Pe.email}`), P(`LinkedIn: ${Pe.profiles[0]}`)];
  add(TBL([[cell(left), cell([photoBox('Photo', 1500)])]], { widths: [TW - 1800, 1800] }));
  H(Pe.h.summary); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H(Pe.h.skills);
  const flat = Pe.skills.flatMap(([, items]) => items); K.skills(flat);
  const cols = 3, per = Math.ceil(flat.length / cols);
  const colW = Math.floor(TW / cols);
  add(TBL([[0, 1, 2].map((k) => cell(flat.slice(k * per, (k + 1) * per).map((t) => P(t, { list: 'square', ind: { left: 360, hanging: 280 } }))))], { widths: [colW, colW, TW - 2 * colW] }));
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    add(P([R(w.position, { b: true }), R('\t' + c.range(item, w.start, w.end, ds), { b: true })], { tabs: [[TW, 'right']], before: 120, keepNext: true }));
    add(P(R(`${w.company} – ${w.location}`, { i: true }), { keepNext: true }));
    bullets(w.bullets, 'bullet');
  }
  H(Pe.h.education);
  for (const e of Pe.education) {
    const x = eduKey(K, e, { location: e.location, score: e.score });
    add(P([R(degree(e, ' in '), { b: true }), R('\t' + c.range(x, e.start, e.end, ds))], { tabs: [[TW, 'right']], keepNext: true }));
    add(P(`${e.institution}, ${e.location}`), P(`${e.scoreLabel}: ${e.score}`));
  }
  H(Pe.h.certs); bullets(Pe.certs, 'bullet'); K.other(K.k.sections.at(-1), Pe.certs);
  H(Pe.h.languages); add(P(Pe.languages.join('  |  '))); K.other(K.k.sections.at(-1), Pe.languages);
  H(Pe.h.personal);
  add(TBL(Pe.personal.map(([l, v]) => [cell(P(R(l, { b: true })), { shd: 'EEF2F6' }), cell(P(v))]), { widths: [Math.round(TW * 0.3), TW - Math.round(TW * 0.3)], borders: true }));
  kv(K, K.k.sections.at(-1), Pe.personal);
  return done(c, { font: 'Calibri', size: 10.5, lang: 'en-GB' });
}

// ================================================================= Japan: rirekisho-style English resume (DOCX, Times New Roman)
// Title "RESUME" with "As of November 1, 2026"; personal information table with a photo box; bordered
// "Year | Month | Education and Work History" table with centred "Education" / "Work History" rows and a final "End";
// "Year | Month | Licenses and Qualifications" table; then "Self-Introduction", "Work History Details"
// (shokumu-keirekisho: company + "April 2016 – August 2020", position, bullets), "Technical Skills", "Languages".
function rirekisho(Pe, _o) {
  const c = ctx(Pe, { margin: 1000 });
  const { K, add, TW, bullets } = c;
  const H = (t) => { const s = K.section(t); add(P(R(s, { b: true, sz: 12 }), { border: 6, before: 240, after: 100, keepNext: true })); };
  add(P([R('RESUME', { b: true, sz: 18 }), R('\tAs of November 1, 2026')], { tabs: [[TW, 'right']], after: 160 }));
  H('Personal Information');
  const info = [['Name', Pe.name], ['Date of Birth', `${Pe.dob} (Age 33)`], ['Address', Pe.address], ['Phone', Pe.phone], ['E-mail', Pe.email], ['Citizenship', Pe.citizenship]];
  K.basics('name', Pe.name); K.basics('location', Pe.address); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  const IW = TW - 2000;
  const infoT = TBL(info.map(([l, v]) => [cell(P(R(l, { b: true })), { shd: 'F2F2F2' }), cell(P(R(v, { b: l === 'Name', sz: l === 'Name' ? 13 : undefined })))]), { widths: [1700, IW - 1700], borders: true });
  add(TBL([[cell([infoT]), cell([photoBox('Photo\n(3 × 4 cm)', 1600)])]], { widths: [IW, 2000], cellLeft: 0 }));
  H('Education and Work History');
  const YW = 900, MW = 950, hist = [];
  const hrow = (y, m, t, o2 = {}) => hist.push([cell(P(y, { align: 'center' })), cell(P(m, { align: 'center' })), cell(P(R(t, o2.r ?? {}), { align: o2.align }))]);
  hist.push(['Year', 'Month', 'Education and Work History'].map((t) => cell(P(R(t, { b: true }), { align: 'center' }), { shd: 'E7E6E6' })));
  hrow('', '', 'Education', { align: 'center', r: { b: true } });
  const rows = Pe.history.map(([y, m, t]) => [y, String(+m), t]);
  rows.slice(0, 4).forEach(([y, m, t]) => hrow(y, m, t));
  hrow('', '', 'Work History', { align: 'center', r: { b: true } });
  rows.slice(4).forEach(([y, m, t]) => hrow(y, m, t));
  hrow('', '', 'Currently employed');
  hrow('', '', 'End', { align: 'right' });
  add(TBL(hist, { widths: [YW, MW, TW - YW - MW], borders: true }));
  // education keys from the history rows
  K.edu({ institution: 'Osaka Prefectural Kitano High School', startDate: '2009-04', endDate: '2012-03' });
  K.edu({ institution: 'Osaka University', area: 'Information and Computer Sciences', startDate: '2012-04', endDate: '2016-03' });
  H('Licenses and Qualifications');
  const lic = [['Year', 'Month', 'Licenses and Qualifications'].map((t) => cell(P(R(t, { b: true }), { align: 'center' }), { shd: 'E7E6E6' }))];
  for (const [y, m, t] of Pe.licenses) lic.push([cell(P(y, { align: 'center' })), cell(P(String(+m), { align: 'center' })), cell(P(t))]);
  add(TBL(lic, { widths: [YW, MW, TW - YW - MW], borders: true }));
  K.other('Licenses and Qualifications', Pe.licenses.map(([, , t]) => t));
  H('Self-Introduction'); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H('Work History Details');
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    add(P([R(w.company, { b: true }), R('\t' + c.range(item, w.start, w.end, { st: 'month', sep: ' – ', present: 'Present' }))], { tabs: [[TW, 'right']], before: 120, keepNext: true }));
    add(P([R('Position: ', { i: true }), R(w.position), R('   '), R('Location: ', { i: true }), R(w.location)], { keepNext: true }));
    bullets(w.bullets, 'bullet');
  }
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g + ': ', { b: true }), R(items.join(', '))])); K.skills(items); }
  H(Pe.h.languages); add(P(Pe.languages.join(' / '))); K.other('Languages', Pe.languages);
  return done(c, { font: 'Times New Roman', size: 10.5, lang: 'en-US' });
}

// ================================================================= US federal resume (DOCX, Times New Roman, Letter)
// Name, address, phone / e-mail, "Citizenship:", "Veterans' Preference:", "Federal Status:"; long entries with
// labelled fields on their own lines ("Employer:", "Location:", "Job Title:", "Dates of Employment: 10/2020 – Present",
// "Hours per week: 40", "Salary:", "Supervisor:") and "Duties, Accomplishments and Related Skills:" + long bullets;
// education with "Graduated: 03/2016", "GPA:", "Credits Earned:"; skills, certifications with dates, languages.
function usFederal(Pe, _o) {
  const c = ctx(Pe, { margin: 1080 });
  const { K, add, bullets } = c;
  const ds = { st: 'mm/yyyy', sep: ' – ', present: 'Present' };
  const H = (t) => { const s = K.section(t.toUpperCase()); add(P(R(s, { b: true, sz: 12 }), { border: 8, before: 240, after: 120, keepNext: true })); };
  const lab = (l, v, o2 = {}) => add(P([R(l + ': ', { b: true }), R(v, o2)], { keepNext: true }));
  K.basics('name', Pe.name); add(P(R(Pe.name, { b: true, sz: 16 }), { align: 'center', after: 40 }));
  add(P(Pe.address, { align: 'center' })); K.basics('location', Pe.address);
  add(P(`Phone: ${Pe.phone}  |  Email: ${Pe.email}`, { align: 'center', after: 120 })); K.basics('phone', Pe.phone); K.basics('email', Pe.email);
  lab('Citizenship', Pe.citizenship); lab("Veterans' Preference", 'None'); lab('Federal Status', 'No prior federal civilian service'); lab('Desired Position', 'IT Specialist (APPSW/DATAMGT), GS-2210-13');
  H('Profile'); add(P(Pe.summary, { align: 'both' })); K.basics('summary', Pe.summary);
  H(Pe.h.work);
  for (const w of Pe.work) {
    const item = K.work({ name: w.company, position: w.position, location: w.location, highlights: [...w.bullets] });
    add(P(R(w.position, { b: true, sz: 12 }), { before: 160, keepNext: true }));
    lab('Employer', w.company); lab('Location', w.location); lab('Dates of Employment', c.range(item, w.start, w.end, ds));
    lab('Hours per week', w.hours); lab('Salary', w.salary); lab('Supervisor', w.supervisor);
    add(P(R('Duties, Accomplishments and Related Skills:', { b: true }), { before: 60, keepNext: true }));
    bullets(w.bullets, 'bullet', { after: 60 });
  }
  H(Pe.h.education);
  for (const e of Pe.education) {
    const x = K.edu({ institution: e.institution, studyType: e.studyType, area: e.area, location: 'Osaka, Japan', endDate: '2016-03', score: e.score });
    K.date('03/2016');
    add(P(R(`${e.institution}, Osaka, Japan`, { b: true }), { keepNext: true }));
    add(P(`${e.studyType}, ${e.area}`)); lab('Graduated', '03/2016'); lab('GPA', e.score); lab('Credits Earned', e.credits);
    void x;
  }
  H(Pe.h.skills);
  for (const [g, items] of Pe.skills) { add(P([R(g + ': ', { b: true }), R(items.join(', '))])); K.skills(items); }
  H('Certifications');
  const certs = Pe.licenses.map(([y, m, t]) => `${t}, ${m}/${y}`);
  bullets(certs, 'bullet'); K.other('CERTIFICATIONS', certs);
  H(Pe.h.languages); bullets(Pe.languages, 'bullet'); K.other('LANGUAGES', Pe.languages);
  return done(c, { font: 'Times New Roman', size: 11, lang: 'en-US' });
}

export const designs2 = { deTabular, deTabsEn, deModern, euroClassic, leftDates, brClassic, gulfPhoto, rirekisho, usFederal };
