// Word designs (OOXML written by hand). Each function prints a persona and records the key in the same call.
import { W, range, single, flatSkills } from './lib.mjs';

// Work / education key helpers: they print nothing themselves, they return the printed date text.
export function jobKey(K, j, style, o = {}) {
  const d = range(K, j.start, j.end, style, o);
  K.work({ name: j.org, position: j.title, location: o.noLoc ? undefined : j.loc, startDate: d.start, endDate: d.end, highlights: o.highlights ?? j.bullets });
  return d;
}
export function eduKey(K, e, style, o = {}) {
  const d = e.start ? range(K, e.start, e.end, style, o) : (() => { const a = single(K, e.end, style); return { text: a.text, end: a.key }; })();
  K.edu({ institution: e.inst, studyType: e.type, area: e.area, score: o.noScore ? undefined : e.score, startDate: d.start, endDate: d.end });
  return d;
}
const refKey = (r, fields) => Object.fromEntries(fields.map((f) => [f, r[f]]));

// ------------------------------------------------------------------ NHS-style application CV (Arial)
export function nhs(p, K) {
  const H = (t) => W.p(W.r(K.sec(t), { b: true, sz: 12 }), { before: 240, after: 100, border: 'bottom', borderSz: 6, keepNext: true });
  const cellP = (t, o = {}) => W.p(W.r(t, o), { after: 40 });
  let x = W.p(W.r(K.b('name', p.name), { b: true, sz: 16 }), { align: 'center', after: 40 });
  x += W.p(W.r(K.b('label', p.label), { sz: 11 }), { align: 'center', after: 160 });
  const rows = [
    ['Address', K.b('location', p.address ?? p.location)],
    [p.mobile ? 'Telephone' : 'Mobile', K.b('phone', p.phone)],
    ['Email', K.b('email', p.email)],
  ];
  if (p.linkedin) rows.push(['LinkedIn', K.prof(p.linkedin)]);
  x += W.table(rows.map(([a, b]) => [{ xml: cellP(a, { b: true }), shade: 'F2F2F2' }, cellP(b)]), { widths: [2200, 7500], borders: 'all', borderColor: 'A6A6A6' });
  x += H('Personal Statement');
  x += W.p(K.b('summary', p.summary), { after: 80 });

  x += H('Employment History');
  const head = ['From', 'To', 'Employer, position and main duties'].map((t) => ({ xml: cellP(t, { b: true }), shade: 'D9E2F3' }));
  const jobRows = p.work.map((j) => {
    const d = jobKey(K, j, 'MM/YYYY');
    const right = W.p(W.r(j.title, { b: true }), { after: 20 }) + W.p(W.r(`${j.org}, ${j.loc}`), { after: 60 }) +
      j.bullets.map((b) => W.p(b, { num: 1, after: 20 })).join('');
    return [cellP(d.parts[0]), cellP(d.parts[1]), right];
  });
  x += W.table([head, ...jobRows], { widths: [1150, 1150, 7400], borders: 'all', borderColor: 'A6A6A6' });

  x += H('Education and Qualifications');
  const eh = ['Dates', 'Establishment', 'Qualification and grade'].map((t) => ({ xml: cellP(t, { b: true }), shade: 'D9E2F3' }));
  const er = p.education.map((e) => {
    const d = eduKey(K, e, 'YYYY');
    return [cellP(d.text), cellP(e.inst), cellP(e.deg + (e.score ? ` – ${e.score}` : ''))];
  });
  x += W.table([eh, ...er], { widths: [1500, 3300, 4900], borders: 'all', borderColor: 'A6A6A6' });

  x += H('Key Skills');
  const sk = flatSkills(p);
  const half = Math.ceil(sk.length / 2);
  const col = (xs) => xs.map((s) => W.p(K.skill(s), { num: 1, after: 20 })).join('');
  x += W.table([[col(sk.slice(0, half)), col(sk.slice(half))]], { widths: [4850, 4850] });

  x += H('Supporting Information');
  x += W.p(W.r('How I meet the person specification:', { i: true }), { after: 80 });
  const si = K.other('Supporting Information', p.supporting.map(([c, e]) => ({ criterion: c, evidence: e })));
  x += W.table([
    ['Criterion', 'Evidence'].map((t) => ({ xml: cellP(t, { b: true }), shade: 'D9E2F3' })),
    ...si.map((s) => [cellP(s.criterion, { b: true }), cellP(s.evidence)]),
  ], { widths: [3000, 6700], borders: 'all', borderColor: 'A6A6A6' });

  x += H('Training and Certificates');
  for (const c of K.other('Training and Certificates', [...p.certs])) x += W.p(c, { num: 1, after: 20 });
  x += H('Additional Information');
  for (const e of K.other('Additional Information', p.extras.map(([label, value]) => ({ label, value })))) {
    x += W.p(W.r(`${e.label}: `, { b: true }) + W.r(e.value), { after: 40 });
  }
  x += H('Referees');
  const refs = K.other('Referees', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone', 'email'])));
  const rc = (r) => W.p(W.r(r.name, { b: true }), { after: 20 }) + W.p(r.title, { after: 20 }) + W.p(r.org, { after: 20 }) +
    W.p(`Tel: ${r.phone}`, { after: 20 }) + W.p(`Email: ${r.email}`, { after: 20 });
  x += W.table([refs.map(rc)], { widths: [4850, 4850] });
  return {
    docx: { font: 'Arial', sz: 10, body: x, bullets: [[1, '•', null]], title: `${p.name} CV`, author: p.name },
    notes: 'NHS-style application CV in Word (Arial 10): centred bold name and label; bordered personal-details table (Address / Mobile or Telephone / Email / LinkedIn) with grey label cells; bold headings with a bottom rule (Personal Statement, Employment History, Education and Qualifications, Key Skills, Supporting Information, Training and Certificates, Additional Information, Referees); employment as a bordered table with separate From / To columns ("03/2021" | "Present") and a third cell holding bold position, "Employer, Town" and bullet duties; education table Dates / Establishment / "Qualification – grade" (A-levels "A*AA", BTEC "D*D*D", GCSEs); key skills as two bulleted table columns; supporting-information table (criterion | evidence) under an italic lead-in line; referees side by side in a borderless two-cell table with "Tel:" / "Email:" lines.',
  };
}

// ------------------------------------------------------------------ Irish Word CV with table-based education (Calibri)
export function irish(p, K) {
  const H = (t) => W.p(W.r(K.sec(t), { b: true, sz: 13, color: '1F4E79', caps: false }), { before: 220, after: 80, border: 'bottom', borderColor: '1F4E79', borderSz: 4, keepNext: true });
  let x = W.p(W.r(K.b('name', p.name), { b: true, sz: 22, color: '1F4E79' }), { align: 'center', after: 20 });
  x += W.p(K.b('location', p.address ?? p.location), { align: 'center', after: 20 });
  let c = W.r('Mobile: ', { b: true }) + W.r(K.b('phone', p.phone)) + W.r('  |  ') + W.r('Email: ', { b: true }) + W.r(K.b('email', p.email));
  if (p.linkedin) c += W.r('  |  ') + W.link('rIdL1', K.prof(p.linkedin));
  x += W.p(c, { align: 'center', after: 120 });
  x += H('Profile');
  x += W.p(K.b('summary', p.summary), { align: 'both', after: 60 });

  x += H('Education');
  const cp = (t, o = {}) => W.p(W.r(t, o), { after: 20 });
  const head = ['Year', 'Institution', 'Qualification', 'Result'].map((t) => ({ xml: cp(t, { b: true, color: 'FFFFFF' }), shade: '1F4E79' }));
  const rows = p.education.map((e) => {
    const d = eduKey(K, e, 'YYYY');
    return [cp(d.text), cp(e.inst), cp(e.deg), cp(e.score ?? '')];
  });
  x += W.table([head, ...rows], { widths: [1400, 3000, 3600, 1700], borders: 'all', borderColor: '8EAADB' });
  if (p.leavingCert) {
    x += W.p('', { after: 60 });
    const lh = ['Leaving Certificate subject', 'Level', 'Grade'].map((t) => ({ xml: cp(t, { b: true }), shade: 'DEEAF6' }));
    x += W.table([lh, ...p.leavingCert.map((r) => r.map((t) => cp(t)))], { widths: [4000, 1800, 1800], borders: 'all', borderColor: '8EAADB' });
  }

  x += H('Employment History');
  for (const j of p.work) {
    const d = jobKey(K, j, 'Mon', { sep: ' to ', now: 'present' });
    x += W.p(W.r(j.title, { b: true }) + W.r(d.text, { tab: true }), { tabs: [[9700, 'right']], before: 100, after: 0, keepNext: true });
    x += W.p(W.r(`${j.org}, ${j.loc}`, { i: true }), { after: 40, keepNext: true });
    for (const b of j.bullets) x += W.p(b, { num: 2, after: 20 });
  }

  x += H('Key Skills');
  const sk = flatSkills(p);
  const half = Math.ceil(sk.length / 2);
  const col = (xs) => xs.map((s) => W.p(K.skill(s), { num: 3, after: 20 })).join('');
  x += W.table([[col(sk.slice(0, half)), col(sk.slice(half))]], { widths: [4850, 4850] });
  if (p.languages) {
    x += H('Languages');
    for (const l of K.other('Languages', [...p.languages])) x += W.p(l, { after: 20 });
  }
  x += H('Achievements & Certifications');
  for (const c2 of K.other('Achievements & Certifications', [...p.certs])) x += W.p(c2, { num: 2, after: 20 });
  x += H('Interests');
  x += W.p(K.other('Interests', [p.interests])[0], { after: 40 });
  x += H('Referees');
  const refs = K.other('Referees', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone', 'email'])));
  const rc = (r) => W.p(W.r(r.name, { b: true }), { after: 0 }) + W.p(`${r.title}, ${r.org}`, { after: 0 }) +
    W.p(`Phone: ${r.phone}`, { after: 0 }) + W.p(`Email: ${r.email}`, { after: 0 });
  x += W.table([refs.map(rc)], { widths: [4850, 4850] });
  return {
    docx: { font: 'Calibri', sz: 11, body: x, bullets: [[1, '•', null], [2, '–', null], [3, '▪', null]], links: p.linkedin ? [{ id: 'rIdL1', url: `https://www.${p.linkedin}` }] : [], title: 'CV', author: p.name },
    notes: 'Irish-style Word CV (Calibri): centred dark-blue name, full postal address line (Eircode where used), "Mobile: … | Email: … | linkedin.com/in/…" line (LinkedIn hyperlinked); blue headings with a thin rule; Education FIRST as a bordered 4-column table (Year | Institution | Qualification | Result) with a blue header row and year ranges "2015 – 2019" or a single year; for the Leaving Certificate a second table of subjects / Higher level / H1–H3 grades follows (table content, not keyed); employment as bold position with the range on a right tab stop ("Feb 2022 to present"), then italic "Employer, Town"; en-dash bullets; Key Skills as a two-column borderless grid with ▪ bullets; Languages (where printed), Achievements & Certifications, Interests, and two referees side by side.',
  };
}

// ------------------------------------------------------------------ Australian government selection-criteria resume (Word styles)
export function ausgov(p, K) {
  const styles =
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="00557F"/><w:sz w:val="40"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="160"/></w:pPr><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="DCE9F0"/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="00557F"/><w:sz w:val="26"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="180" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="23"/></w:rPr></w:style>';
  const H = (t, o = {}) => W.p(W.r(K.sec(t)), { style: 'Heading1', ...o });
  let x = W.p(W.r(K.b('name', p.name)), { style: 'Title' });
  x += W.p(W.r(K.b('label', p.label)), { style: 'Subtitle' });
  const cp = (t, o = {}) => W.p(typeof t === 'string' ? W.r(t, o) : t.xml, { after: 0 });
  const rows = [['Phone', K.b('phone', p.phone)], ['Email', K.b('email', p.email)], ['Location', K.b('location', p.location)]];
  const links = [];
  if (p.linkedin) { rows.push(['LinkedIn', { xml: W.link('rIdL1', 'View my LinkedIn profile') }]); links.push({ id: 'rIdL1', url: `https://www.${p.linkedin}` }); }
  x += W.table(rows.map(([a, v]) => [cp(a, { b: true }), cp(v)]), { widths: [1600, 8000], cellMar: 20 });
  x += H('Career summary');
  x += W.p(K.b('summary', p.summary), { after: 60 });
  x += H('Employment history');
  for (const j of p.work) {
    const hl = [...j.bullets, ...(j.achievements ?? [])];
    const d = jobKey(K, j, 'Month', { now: 'current', highlights: hl });
    x += W.p(W.r(j.title), { style: 'Heading2' });
    x += W.p(W.r(j.org, { b: true, color: '00557F' }) + W.r(`  |  ${j.loc}  |  ${d.text}`, { color: '404040' }), { after: 80, keepNext: true });
    x += W.p(W.r('Key responsibilities', { b: true }), { after: 20, keepNext: true });
    for (const b of j.bullets) x += W.p(b, { num: 1, after: 20 });
    if (j.achievements?.length) {
      x += W.p(W.r('Key achievements', { b: true }), { before: 60, after: 20, keepNext: true });
      for (const a of j.achievements) x += W.p(a, { num: 2, after: 20 });
    }
  }
  x += H('Qualifications');
  for (const e of p.education) {
    const d = eduKey(K, e, 'YYYY');
    x += W.p(W.r(e.deg, { b: true }) + (e.score ? W.r(` – ${e.score}`) : ''), { after: 0, keepNext: true });
    x += W.p(`${e.inst}, ${d.text}`, { after: 80 });
  }
  x += H('Licences, registrations and checks');
  const lic = K.other('Licences, registrations and checks', [...p.certs, ...p.extras.map(([a, b]) => `${a}: ${b}`)]);
  for (const l of lic) x += W.p(l, { num: 1, after: 20 });
  x += H('Key capabilities');
  const sk = flatSkills(p);
  x += W.p(sk.map((s) => K.skill(s)).join('; '), { after: 60 });
  x += H('Response to selection criteria');
  x += W.p(W.r('The following statements address the key selection criteria for the role.', { i: true }), { after: 100 });
  const crit = K.other('Response to selection criteria', p.criteria.map(([c, r]) => ({ criterion: c, response: r })));
  crit.forEach((c, i) => {
    x += W.p(W.r(`${i + 1}. ${c.criterion}`, { b: true }), { before: 120, after: 40, keepNext: true });
    x += W.p(c.response, { after: 60, align: 'both' });
  });
  x += H('Referees');
  const refs = K.other('Referees', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone', 'email'])));
  for (const r of refs) {
    x += W.p(W.r(r.name, { b: true }), { after: 0, keepNext: true });
    x += W.p(`${r.title}, ${r.org}`, { after: 0, keepNext: true });
    x += W.p(`Phone: ${r.phone}  |  Email: ${r.email}`, { after: 120 });
  }
  const header = W.p(W.r(`${p.name} – Resume`, { sz: 8, color: '7F7F7F' }), { align: 'right' });
  return {
    docx: { font: 'Arial', sz: 10, body: x, styles, bullets: [[1, '•', null], [2, '✓', null]], links, headerXml: header, title: 'Resume', author: p.name, margins: { top: 820, bottom: 720 } },
    notes: 'Australian/NZ public-sector resume in Word using real Title / Subtitle / Heading 1 / Heading 2 styles (Arial): blue Title name, grey subtitle label, borderless contact table (Phone / Email / Location / LinkedIn as a hyperlinked phrase "View my LinkedIn profile", so no handle is printed or keyed); shaded Heading 1 bars; each role a Heading 2 position, then "Employer | Town STATE | July 2021 – current" (full month names, "current"), a bold "Key responsibilities" label with • bullets and a bold "Key achievements" label with ✓ bullets (both kept as highlights in reading order); Qualifications as bold degree + "Institution, 2011 – 2014"; licences / registrations / checks list; Key capabilities as a semicolon list; then "Response to selection criteria" (numbered bold criteria with prose responses); referees as stacked paragraphs; grey "Name – Resume" in the Word header. Two pages.',
  };
}

// ------------------------------------------------------------------ classic UK Word CV (Cambria, tab-aligned dates, skills grid)
export function ukclassic(p, K) {
  const H = (t) => W.p(W.r(K.sec(t), { caps: true, b: true, sz: 11, color: '7B2C3B' }), { before: 220, after: 80, border: 'bottom', borderColor: '7B2C3B', borderSz: 12, keepNext: true });
  let x = W.p(W.r(K.b('name', p.name), { sz: 24 }), { after: 0 });
  x += W.p(W.r(K.b('label', p.label), { sz: 12, color: '7F7F7F' }), { after: 60 });
  const parts = [K.b('phone', p.mobile ?? p.phone), K.b('email', p.email)];
  if (p.linkedin) parts.push(K.prof(p.linkedin));
  if (p.github) parts.push(K.prof(p.github));
  parts.push(K.b('location', p.location));
  x += W.p(W.r(parts.join('  •  '), { sz: 9.5 }), { after: 120, border: 'bottom', borderColor: 'BFBFBF', borderSz: 4 });
  x += H('Personal Profile');
  x += W.p(K.b('summary', p.summary), { after: 60, align: 'both' });
  x += H('Key Skills');
  const sk = flatSkills(p);
  const n = Math.ceil(sk.length / 3);
  const col = (xs) => xs.map((s) => W.p(K.skill(s), { num: 1, after: 20 })).join('') || W.p('');
  x += W.table([[col(sk.slice(0, n)), col(sk.slice(n, 2 * n)), col(sk.slice(2 * n))]], { widths: [3250, 3250, 3250] });
  x += H('Career History');
  for (const j of p.work) {
    const d = jobKey(K, j, 'MM/YYYY', { now: 'date' });
    x += W.p(W.r(j.title, { b: true }) + W.r(` | ${j.org}, ${j.loc}`) + W.r(d.text, { tab: true, i: true }), { tabs: [[9740, 'right']], before: 120, after: 40, keepNext: true });
    for (const b of j.bullets) x += W.p(b, { num: 1, after: 20 });
  }
  x += H('Education & Qualifications');
  for (const e of p.education) {
    const d = eduKey(K, e, 'YYYY');
    x += W.p(W.r(e.deg, { b: true }) + (e.score ? W.r(` (${e.score})`) : '') + W.r(d.text, { tab: true }), { tabs: [[9740, 'right']], after: 0, keepNext: true });
    x += W.p(W.r(e.inst, { i: true }), { after: 80 });
  }
  x += H('Certifications');
  for (const c of K.other('Certifications', [...p.certs])) x += W.p(c, { num: 1, after: 20 });
  x += H('Additional Information');
  for (const e of K.other('Additional Information', p.extras.map(([label, value]) => ({ label, value })))) {
    x += W.p(W.r(`${e.label}: `, { b: true }) + W.r(e.value), { num: 1, after: 20 });
  }
  x += H('Interests');
  x += W.p(K.other('Interests', [p.interests])[0], { after: 40 });
  x += H('References');
  const refs = K.other('References', p.referees.map((r) => refKey(r, ['name', 'title', 'org', 'phone'])));
  const rc = (r) => W.p(W.r(r.name, { b: true }), { after: 0 }) + W.p(r.title, { after: 0 }) + W.p(r.org, { after: 0 }) + W.p(r.phone, { after: 0 });
  x += W.table([refs.map(rc)], { widths: [4875, 4875] });
  return {
    docx: { font: 'Cambria', sz: 10.5, body: x, bullets: [[1, '▪', 'Arial']], title: `${p.name} - CV`, author: p.name, margins: { left: 1080, right: 1080, top: 900, bottom: 900 } },
    notes: 'Classic UK Word CV (Cambria): large plain name, grey label, one contact line separated by " • " (phone, e-mail, LinkedIn/GitHub as printed URLs, town + postcode) above a thin rule; burgundy CAPS headings with a thick rule (Personal Profile, Key Skills, Career History, Education & Qualifications, Certifications, Additional Information, Interests, References); Key Skills as a three-column borderless grid of ▪ items; each role on one line "Position | Employer, Town" with the range in italics on a right tab ("09/2019 – date"); education "BSc (Hons) Computer Science (First Class Honours)" + right-tab years, institution in italics below; "Driving licence: Full, clean" / right to work / clearance lines; two referees (name, title, organisation, phone) side by side.',
  };
}
