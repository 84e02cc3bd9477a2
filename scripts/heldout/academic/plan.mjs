// Turns persona + design into layout blocks holding the exact printed strings, and builds the answer key from the
// very same strings (single source of truth). Renderers (tex.mjs, html.mjs, docx.mjs, fodt.mjs) only lay blocks out.
//
// Blocks:
//   {t:'header', name, label, lines:[[{pre, text, href, icon}]]}  contact lines (items joined by D.sep)
//   {t:'h', text}                       section heading (in key.sections)
//   {t:'sub', text}                     sub-heading inside a section (not a key section)
//   {t:'p', runs}                       paragraph
//   {t:'entry', date, rows:[{l:runs, r, k}], notes:[runs], bullets:[runs]}
//   {t:'pubs', numbered, items:[{label, runs}]}
//   {t:'lines', items:[{l:runs, r}]}
//   {t:'skills', mode, rows:[{label, items}]}
// Runs: [{text, b, i, href}].

const MON = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (m) => String(m).padStart(2, '0');
const R = (text, o = {}) => ({ text, ...o });
export const plain = (runs) => runs.map((r) => r.text).join('');

function fmt1(d, style) {
  if (style === 'mon') return `${MON[d.m]} ${d.y}`;
  if (style === 'month') return `${MONTH[d.m]} ${d.y}`;
  if (style === 'num') return `${pad(d.m)}/${d.y}`;
  if (style === 'dot') return `${pad(d.m)}.${d.y}`;
  return String(d.y);
}
const key1 = (d, style) => (style === 'years' ? String(d.y) : `${d.y}-${pad(d.m)}`);

// Returns {text, startDate, endDate} for a role.
export function roleRange(role, D) {
  const st = D.dateStyle;
  if (role.season && D.season) return { text: `${role.season} ${role.start.y}`, startDate: String(role.start.y), endDate: String(role.start.y) };
  const s = role.start, e = role.end;
  if (e === 'present') return { text: `${fmt1(s, st)}${D.dash}${D.present}`, startDate: key1(s, st), endDate: 'present' };
  if (st === 'years' && s.y === e.y) return { text: String(s.y), startDate: String(s.y), endDate: String(s.y) };
  if (st === 'mon' && D.sameYear && s.y === e.y) return { text: `${MON[s.m]}–${MON[e.m]} ${e.y}`, startDate: key1(s, st), endDate: key1(e, st) };
  return { text: `${fmt1(s, st)}${D.dash}${fmt1(e, st)}`, startDate: key1(s, st), endDate: key1(e, st) };
}
function eduRange(e, D) {
  const text = `${e.start}${D.dash}${e.end}${e.expected ? ` (${D.expected ?? 'expected'})` : ''}`;
  return { text, startDate: String(e.start), endDate: String(e.end) };
}

function authorRuns(P, authors, style) {
  const names = authors.map(([ini, sur]) => ({ text: style === 'ay' ? `${sur}, ${ini}` : `${ini} ${sur}`, self: sur === P.self }));
  const out = [];
  names.forEach((n, i) => {
    if (i > 0) out.push(R(i === names.length - 1 ? (names.length > 2 ? ', and ' : ' and ') : ', '));
    out.push(R(n.text, n.self ? { b: true } : {}));
  });
  return out;
}
function pubRuns(P, pub, style) {
  if (style === 'ay') return [...authorRuns(P, pub.authors, 'ay'), R(` (${pub.year}). ${pub.title}. `), R(pub.venue, { i: true }), R('.')];
  return [...authorRuns(P, pub.authors, 'ieee'), R(`. “${pub.title}.” `), R(pub.venue, { i: true }), R(`, ${pub.year}.`)];
}
const PUB_GROUPS = [['journal', 'Journal Articles'], ['conf', 'Conference Papers'], ['workshop', 'Workshop Papers'], ['preprint', 'Preprints and Working Papers']];

// Contact tokens → printed items; each call records the key field.
function contactItem(tok, P, key) {
  const pr = P.profiles;
  const prof = (t) => { key.basics.profiles.push(t); };
  switch (tok) {
    case 'email': key.basics.email = P.email; return { text: P.email, href: `mailto:${P.email}`, icon: 'mail' };
    case 'phone': key.basics.phone = P.phone; return { text: P.phone, icon: 'phone' };
    case 'location': key.basics.location = P.location; return { text: P.location, icon: 'pin' };
    case 'url': if (!P.url) return null; key.basics.url = P.url; return { text: P.url, href: `https://${P.url}`, icon: 'web' };
    case 'github': if (!pr.github) return null; prof(pr.github); return { text: pr.github, href: `https://${pr.github}`, icon: 'github' };
    case 'githubHandle': if (!pr.github) return null; { const h = pr.github.split('/').pop(); prof(h); return { pre: 'GitHub: ', text: h, href: `https://${pr.github}`, icon: 'github' }; }
    case 'linkedin': if (!pr.linkedin) return null; prof(pr.linkedin); return { text: pr.linkedin, href: `https://www.${pr.linkedin}`, icon: 'linkedin' };
    case 'scholar': if (!pr.scholar) return null; prof(pr.scholar); return { text: pr.scholar, href: `https://${pr.scholar}`, icon: 'scholar' };
    case 'scholarWord': if (!pr.scholar) return null; return { text: 'Google Scholar', href: `https://${pr.scholar}`, icon: 'scholar' };
    case 'orcid': if (!pr.orcid) return null; prof(pr.orcid); return { pre: 'ORCID: ', text: pr.orcid, href: `https://orcid.org/${pr.orcid}`, icon: 'orcid' };
    case 'orcidId': if (!pr.orcid) return null; prof(pr.orcid); return { text: pr.orcid, href: `https://orcid.org/${pr.orcid}`, icon: 'orcid' };
    case 'githubUser': if (!pr.github) return null; { const h = pr.github.split('/').pop(); prof(h); return { text: h, href: `https://${pr.github}`, icon: 'github' }; }
    case 'orcidUrl': if (!pr.orcid) return null; prof(`orcid.org/${pr.orcid}`); return { text: `orcid.org/${pr.orcid}`, href: `https://orcid.org/${pr.orcid}`, icon: 'orcid' };
    case 'dept': return null;
    default: throw new Error(`contact token ${tok}`);
  }
}

export function buildPlan(P, D) {
  const key = { basics: { name: P.name, profiles: [] }, work: [], education: [], skills: [], sections: [], otherSections: [] };
  const blocks = [];
  const cap = (s) => (D.caps ? s.toUpperCase() : s);
  const H = (name) => { const text = cap(name); key.sections.push(text); blocks.push({ t: 'h', text }); return text; };
  const names = { ...D.names, ...(D.personaHeadings === false ? {} : P.headings) };
  const compact = D.compact ?? {};

  // ---- header
  const lines = [];
  for (const spec of D.contact(P)) {
    if (spec === 'dept') {
      if (!P.dept) continue;
      for (const l of P.dept) lines.push([{ text: l }]);
      key.basics.location = P.dept[P.dept.length - 1];
      continue;
    }
    const items = spec.map((tok) => contactItem(tok, P, key)).filter(Boolean);
    if (items.length) lines.push(items);
  }
  const label = D.label ? (typeof D.label === 'function' ? D.label(P) : P.label) : null;
  if (label) key.basics.label = label;
  blocks.push({ t: 'header', name: P.name, title: D.drTitle && P.title ? P.title : null, label, lines });
  if (!key.basics.profiles.length) delete key.basics.profiles;

  // ---- sections
  const roleEntry = (role) => {
    const rg = roleRange(role, D);
    const w = { name: role.org, position: role.position, location: role.city, startDate: rg.startDate, endDate: rg.endDate };
    const orgText = D.unit && role.unit ? `${role.unit}, ${role.org}` : role.org;
    let rows, date = null;
    switch (D.entry) {
      case 'gutter': date = rg.text; rows = [{ l: [R(role.position, { b: true })], k: 'main' }, { l: [R(`${orgText}, ${role.city}`)], k: 'sub' }]; break;
      case 'inline': rows = [{ l: [R(role.position, { b: true }), R(`, ${orgText}, ${role.city}. ${rg.text}.`)], k: 'main' }]; break;
      case 'tworow-org': rows = [{ l: [R(role.org, { b: true })], r: role.city, k: 'main' }, { l: [R(role.position, { i: true })], r: rg.text, k: 'sub' }]; break;
      case 'tworow-pos': rows = [{ l: [R(role.position, { b: true })], r: rg.text, k: 'main' }, { l: [R(`${role.org}, ${role.city}`, { i: D.subItalic })], k: 'sub' }]; break;
      case 'stack': rows = [{ l: [R(role.position, { b: true }), R(` ${D.stackSep ?? '—'} ${role.org}`)], k: 'main' }, { l: [R(`${role.city} | ${rg.text}`, { i: true })], k: 'sub' }]; break;
      case 'at': rows = [{ l: [R(role.position, { b: true }), R(` at ${role.org}`)], r: rg.text, k: 'main' }, { l: [R(role.city)], k: 'sub' }]; break;
      default: throw new Error(D.entry);
    }
    const max = compact.bullets ?? 99;
    const bullets = D.bullets === false ? [] : role.bullets.slice(0, max);
    if (bullets.length) w.highlights = [...bullets];
    key.work.push(w);
    blocks.push({ t: 'entry', date, rows, notes: [], bullets: bullets.map((b) => [R(b)]) });
  };
  const eduEntry = (e) => {
    const rg = eduRange(e, D);
    const deg = D.longDegree ? e.long : e.short;
    const k = { institution: e.inst, studyType: deg, area: e.area, startDate: rg.startDate, endDate: rg.endDate };
    const notes = [];
    const scoreText = e.score ? (e.scoreLabel ? `${e.scoreLabel}: ${e.score}` : e.score) : null;
    if (e.score) k.score = e.score;
    const degText = `${deg} in ${e.area}`;
    let rows, date = null;
    switch (D.entry) {
      case 'gutter': date = rg.text; rows = [{ l: [R(degText, { b: true })], k: 'main' }, { l: [R(`${e.inst}, ${e.city}`)], k: 'sub' }]; break;
      case 'inline': rows = [{ l: [R(deg, { b: true }), R(` in ${e.area}, ${e.inst}, ${e.city}, ${rg.text}${scoreText ? `. ${scoreText}` : ''}.`)], k: 'main' }]; break;
      case 'tworow-org': rows = [{ l: [R(e.inst, { b: true })], r: e.city, k: 'main' }, { l: [R(degText, { i: true })], r: rg.text, k: 'sub' }]; break;
      case 'tworow-pos': rows = [{ l: [R(degText, { b: true })], r: rg.text, k: 'main' }, { l: [R(`${e.inst}, ${e.city}`, { i: D.subItalic })], k: 'sub' }]; break;
      case 'stack': rows = [{ l: [R(degText, { b: true }), R(` ${D.stackSep ?? '—'} ${e.inst}`)], k: 'main' }, { l: [R(`${e.city} | ${rg.text}`, { i: true })], k: 'sub' }]; break;
      case 'at': rows = [{ l: [R(degText, { b: true }), R(`, ${e.inst}`)], r: rg.text, k: 'main' }, { l: [R(e.city)], k: 'sub' }]; break;
      default: throw new Error(D.entry);
    }
    if (scoreText && D.entry !== 'inline') notes.push([R(scoreText)]);
    if (e.thesis && !(compact.noThesis)) notes.push([R(`${e.thesisLabel ?? 'Thesis'}: `, { i: D.noteLabelItalic }), R(`${D.thesisQuotes ? `“${e.thesis}”` : e.thesis}`, { i: !D.thesisQuotes && D.thesisItalic })]);
    if (e.advisor && !(compact.noThesis)) notes.push([R(`${e.advisorLabel ?? 'Advisor'}: `, { i: D.noteLabelItalic }), R(e.advisor)]);
    key.education.push(k);
    blocks.push({ t: 'entry', date, rows, notes, bullets: [] });
  };
  const other = (heading, items) => key.otherSections.push({ heading, items });

  const sec = {
    summary: () => { if (names.summary !== null) H(names.summary ?? 'Summary'); blocks.push({ t: 'p', runs: [R(P.summary)] }); key.basics.summary = P.summary; },
    edu: () => { H(names.edu ?? 'Education'); for (const e of P.education.slice(0, compact.edu ?? 9)) eduEntry(e); },
    acad: () => { const rs = P.roles.filter((r) => r.kind === 'acad'); if (!rs.length) return; H(names.acad ?? 'Research Experience'); rs.forEach(roleEntry); },
    ind: () => { const rs = P.roles.filter((r) => r.kind === 'ind'); if (!rs.length) return; H(names.ind ?? 'Industry Experience'); rs.forEach(roleEntry); },
    exp: () => { H(D.names.exp ?? 'Experience'); P.roles.slice(0, compact.roles ?? 99).forEach(roleEntry); },
    pubs: () => {
      const h = H(names.pubs ?? 'Publications');
      const pubs = P.pubs.slice(0, compact.pubs ?? 99);
      const items = [];
      const groups = D.pubGroups ? PUB_GROUPS.map(([t, g]) => [g, pubs.filter((p) => p.type === t)]).filter(([, l]) => l.length) : [[null, pubs]];
      let n = 0;
      for (const [g, list] of groups) {
        if (g) blocks.push({ t: 'sub', text: g });
        let k = 0;
        const its = list.map((p) => { n++; k++; const runs = pubRuns(P, p, D.pubStyle); items.push(plain(runs)); return { label: D.pubLabel ? D.pubLabel(n, p, k) : null, runs }; });
        blocks.push({ t: 'pubs', numbered: !!D.pubNumbered, items: its });
      }
      other(h, items);
    },
    talks: () => {
      if (!P.talks?.length) return;
      const h = H(names.talks ?? 'Invited Talks');
      const items = P.talks.map((t) => (D.yearRight ? { l: [R(`“${t.title},” ${t.where}`)], r: String(t.year) } : { l: [R(`“${t.title},” ${t.where}, ${t.year}.`)] }));
      blocks.push({ t: 'lines', items });
      other(h, items.map((x) => plain(x.l)));
    },
    teaching: () => {
      if (!P.teaching?.length) return;
      const h = H(names.teaching ?? 'Teaching');
      const items = P.teaching.map((t) => (D.yearRight ? { l: [R(`${t.role}, `), R(t.course, { i: true }), R(`, ${t.inst}`)], r: t.term } : { l: [R(`${t.role}, `), R(t.course, { i: true }), R(`, ${t.inst} (${t.term})`)] }));
      blocks.push({ t: 'lines', items });
      other(h, items.map((x) => plain(x.l)));
    },
    honors: () => {
      const h = H(names.honors ?? 'Awards and Honors');
      const items = P.honors.map((a) => (D.yearRight ? { l: [R(a.title)], r: a.year } : { l: [R(`${a.title}, ${a.year}`)] }));
      blocks.push({ t: 'lines', items });
      other(h, items.map((x) => plain(x.l)));
    },
    service: () => {
      if (!P.service?.length) return;
      const h = H(names.service ?? 'Service');
      const items = P.service.map((s) => ({ l: [R(s)] }));
      blocks.push({ t: 'lines', items, bullet: D.serviceBullets });
      other(h, P.service.slice());
    },
    patents: () => {
      if (!P.patents?.length) return;
      const h = H(names.patents ?? 'Patents');
      blocks.push({ t: 'lines', items: P.patents.map((s) => ({ l: [R(s)] })) });
      other(h, P.patents.slice());
    },
    skills: () => {
      H(names.skills ?? 'Skills');
      const rows = P.skills.map((g) => ({ label: g.label, items: g.items }));
      blocks.push({ t: 'skills', mode: D.skills, rows });
      for (const g of rows) key.skills.push(...g.items);
    },
  };
  for (const s of D.order(P)) sec[s]();
  if (!key.otherSections.length) delete key.otherSections;
  return { blocks, key };
}
