// Builds a "plan" (a list of semantic blocks holding the exact printed strings) from a persona and a design,
// and the answer key from the same strings. Renderers (tex.mjs, html.mjs, docx.mjs) only lay the blocks out.
// Runs: [{text, b, i}]; "**x**" in persona text becomes a bold run.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function fmt(iso, style) {
  const y = iso.slice(0, 4);
  if (iso.length < 7 || style === 'yyyy') return y;
  const i = +iso.slice(5, 7) - 1;
  if (style === 'mon') return `${MON[i]} ${y}`;
  if (style === 'month') return `${MONTH[i]} ${y}`;
  if (style === 'mm/yyyy') return `${iso.slice(5, 7)}/${y}`;
  throw new Error('style ' + style);
}
export const kd = (iso, style) => (iso.length < 7 || style === 'yyyy' ? iso.slice(0, 4) : iso.slice(0, 7));
/** Printed range + key dates. Equal printed start/end prints once. */
export function range(start, end, o) {
  const a = fmt(start, o.style), b = end ? fmt(end, o.style) : o.present;
  const text = a === b ? a : `${a}${o.sep}${b}`;
  return { text, startDate: kd(start, o.style), endDate: end ? kd(end, o.style) : 'present' };
}
export const runs = (s) => String(s).split(/(\*\*[^*]+\*\*)/).filter(Boolean)
  .map((x) => (x.startsWith('**') ? { text: x.slice(2, -2), b: true } : { text: x }));
export const plain = (s) => String(s).replace(/\*\*/g, '');
const R = (text, o = {}) => [{ text, ...o }];

// Default headings; a design overrides them (printed text, in displayed case).
const HEAD = {
  highlights: 'Leadership Highlights', summary: 'Profile', competencies: 'Core Competencies', work: 'Professional Experience',
  earlier: 'Earlier Career', education: 'Education', skills: 'Technical Skills', opensource: 'Open Source',
  publications: 'Selected Publications', patents: 'Patents', talks: 'Talks', board: 'Board & Advisory Roles',
  service: 'Professional Service', languages: 'Languages',
};

export function buildPlan(P, D) {
  const H = { ...HEAD, ...(D.headings ?? {}) };
  const ro = { style: D.dateStyle ?? 'mon', sep: D.sep ?? ' – ', present: D.present ?? 'Present' };
  const eo = { style: 'yyyy', sep: D.eduSep ?? D.sep ?? ' – ', present: ro.present };
  const key = { basics: {}, work: [], education: [], skills: [], sections: [] };
  const blocks = [];
  const B = (b) => blocks.push(b);

  // header
  const bz = key.basics;
  bz.name = P.name; B({ t: 'name', text: P.name });
  if (D.label !== false) { bz.label = P.label; B({ t: 'label', text: P.label }); }
  const contacts = [];
  const order = D.contactOrder ?? ['location', 'phone', 'email', 'url', 'profiles'];
  for (const c of order) {
    if (c === 'profiles') { for (const pr of P.profiles) { contacts.push(pr); (bz.profiles ??= []).push(pr); } continue; }
    if (!P[c]) continue;
    contacts.push(P[c]); bz[c] = P[c];
  }
  B({ t: 'contact', parts: contacts, sep: D.contactSep ?? '  |  ' });

  const section = (k) => { key.sections.push(H[k]); B({ t: 'h', text: H[k] }); };
  const other = (heading, items) => { (key.otherSections ??= []).push({ heading, items }); };

  for (const s of D.order) {
    if (s === 'summary' && P.summary) {
      if (D.summaryHeading !== false) section('summary');
      bz.summary = P.summary; B({ t: 'p', runs: R(P.summary) });
    } else if (s === 'highlights' && P.highlights) {
      section('highlights');
      B({ t: 'ul', items: P.highlights.map((h) => ({ runs: runs(h) })) });
      other(H.highlights, P.highlights.map(plain));
    } else if (s === 'competencies' && P.competencies) {
      section('competencies');
      B({ t: 'grid', cols: D.gridCols ?? 3, items: P.competencies });
      key.skills.push(...P.competencies);
    } else if (s === 'work') {
      section('work');
      for (const E of P.employers) workEntry(E);
    } else if (s === 'earlier' && P.earlier) {
      section('earlier');
      const lines = P.earlier.map((e) => {
        const r = range(e.start, e.end, { style: 'yyyy', sep: D.earlySep ?? '–', present: ro.present });
        key.work.push({ name: e.employer, position: e.title, startDate: r.startDate, endDate: r.endDate });
        return (D.earlierLine ?? ((x, rr) => R(`${x.title}, ${x.employer}, ${rr}`)))(e, r.text);
      });
      B({ t: 'lines', items: lines, kind: 'earlier' });
    } else if (s === 'education') {
      section('education');
      for (const e of P.education) eduEntry(e);
    } else if (s === 'skills' && P.skillGroups) {
      section('skills');
      if (D.skillsFlat) { const all = P.skillGroups.flatMap(([, xs]) => xs); B({ t: 'p', runs: R(all.join(', ')) }); key.skills.push(...all); }
      else { B({ t: 'kv', rows: P.skillGroups.map(([l, xs]) => [l, xs.join(', ')]) }); key.skills.push(...P.skillGroups.flatMap(([, xs]) => xs)); }
    } else if (s === 'opensource' && P.opensource) {
      section('opensource');
      B({ t: 'ul', items: P.opensource.map((o) => ({ runs: [{ text: o.name, b: true }, { text: ` — ${o.description}` }] })) });
      (key.projects ??= []).push(...P.opensource.map((o) => ({ name: o.name, description: o.description })));
    } else if (['publications', 'patents', 'talks', 'board', 'service', 'languages'].includes(s) && P[s]) {
      section(s);
      if (s === 'languages' && D.languagesInline) B({ t: 'p', runs: R(P.languages.join(' · ')) });
      else if (s === 'publications' && D.numberedPubs) B({ t: 'ol', items: P[s].map((x) => R(x)) });
      else if (D.listStyle?.[s] === 'lines') B({ t: 'lines', items: P[s].map((x) => R(x)) });
      else B({ t: 'ul', items: P[s].map((x) => ({ runs: R(x) })) });
      other(H[s], [...P[s]]);
    }
  }

  function bulletItems(bullets) {
    const hl = [];
    const items = bullets.map((b) => {
      const o = typeof b === 'string' ? { text: b } : b;
      hl.push(plain(o.text));
      for (const sb of o.sub ?? []) hl.push(plain(sb));
      return { runs: runs(o.text), sub: (o.sub ?? []).map(runs) };
    });
    return { items, hl };
  }
  function workEntry(E) {
    const ladder = E.roles.length > 1;
    const note = E.dateNote ? ` ${E.dateNote}` : '';
    const F = D.entry ?? 'employerFirst';
    if (ladder) {
      // one employer line, then dated titles each with its bullets
      const all = range(E.roles.at(-1).start, E.roles[0].end, ro);
      if (F === 'gutter') B({ t: 'gutter', date: D.ladderRange ? all.text + note : '', runs: [{ text: E.name, b: true }, { text: `, ${E.location}` }] });
      else B({ t: 'row', kind: 'employer', left: [{ text: E.name, b: true }], right: R(D.ladderRange ? `${E.location} · ${all.text}${note}` : E.location) });
      for (const r of E.roles) {
        const rr = range(r.start, r.end, ro);
        const { items, hl } = bulletItems(r.bullets);
        const w = { name: E.name, position: r.title, location: E.location, startDate: rr.startDate, endDate: rr.endDate };
        if (hl.length) w.highlights = hl;
        key.work.push(w);
        if (F === 'gutter') B({ t: 'gutter', date: rr.text, runs: [{ text: r.title, i: true }] });
        else B({ t: 'row', kind: 'sub', left: [{ text: r.title, i: true, b: D.titleBold }], right: R(rr.text) });
        if (items.length) B({ t: 'ul', items });
      }
      return;
    }
    const r = E.roles[0];
    const rr = range(r.start, r.end, ro);
    const { items, hl } = bulletItems(r.bullets);
    const w = { name: E.name, position: r.title, location: E.location, startDate: rr.startDate, endDate: rr.endDate };
    if (hl.length) w.highlights = hl;
    key.work.push(w);
    if (F === 'employerFirst') {
      B({ t: 'row', kind: 'employer', left: [{ text: E.name, b: true }], right: R(E.location) });
      B({ t: 'row', kind: 'sub', left: [{ text: r.title, i: true, b: D.titleBold }], right: R(rr.text + note) });
    } else if (F === 'titleFirst') {
      B({ t: 'row', kind: 'employer', left: [{ text: r.title, b: true }], right: R(rr.text + note) });
      B({ t: 'row', kind: 'sub', left: [{ text: E.name, i: true }], right: R(E.location, { i: true }) });
    } else if (F === 'oneLine') {
      B({ t: 'row', kind: 'employer', left: [{ text: r.title, b: true }, { text: `, ${E.name}, ${E.location}` }], right: R(rr.text + note) });
    } else if (F === 'gutter') {
      B({ t: 'gutter', date: rr.text + note, runs: [{ text: r.title, b: true }, { text: `, ${E.name}, ${E.location}` }] });
    }
    if (items.length) B({ t: 'ul', items });
  }
  function eduEntry(e) {
    const r = range(e.start, e.end, eo);
    const k = { institution: e.institution, studyType: e.studyType, area: e.area };
    const gradOnly = D.eduGradOnly;
    if (!gradOnly) k.startDate = r.startDate;
    k.endDate = kd(e.end, 'yyyy');
    if (e.score) k.score = e.score;
    key.education.push(k);
    const date = gradOnly ? e.end : r.text;
    const deg = `${e.studyType}, ${e.area}${e.score ? ` — ${e.score}` : ''}`;
    const F = D.entry ?? 'employerFirst';
    if (F === 'gutter') B({ t: 'gutter', date, runs: [{ text: `${e.studyType}, ${e.area}`, b: true }, { text: `, ${e.institution}${e.score ? `. ${e.score}` : ''}` }] });
    else if (F === 'oneLine') B({ t: 'row', kind: 'employer', left: [{ text: e.institution, b: true }, { text: ` — ${deg}` }], right: R(date) });
    else {
      B({ t: 'row', kind: 'employer', left: [{ text: e.institution, b: true }], right: R(date) });
      B({ t: 'row', kind: 'sub', left: [{ text: `${e.studyType}, ${e.area}`, i: true }], right: e.score ? R(e.score) : [] });
    }
  }
  return { blocks, key };
}
