// Turns a persona and a design's options into a plan: every string the page will print, and the key built from the
// very same strings (single source of truth). Renderers only lay the plan out.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const DEFAULT_HEADINGS = {
  summary: 'Profile', quals: 'Summary of Qualifications', groups: 'Relevant Skills', skills: 'Technical Skills',
  work: 'Work History', break: 'Career Break', projects: 'Relevant Projects', volunteer: 'Volunteer Experience',
  education: 'Education & Training', certs: 'Certifications',
};

// One date at the design's granularity: { text, key }.
export function fmtDate(d, D) {
  if (d === 'present') return { text: D.present ?? 'Present', key: 'present' };
  const y = d.slice(0, 4);
  const m = Number(d.slice(5, 7));
  switch (D.dates) {
    case 'year': return { text: y, key: y };
    case 'num': return { text: `${String(m).padStart(2, '0')}/${y}`, key: d };
    case 'month': return { text: `${MONTH[m - 1]} ${y}`, key: d };
    case 'mon': return { text: `${MON[m - 1]} ${y}`, key: d };
    default: throw new Error(`date style ${D.dates}`);
  }
}

// A range: { text, start, end }. A season ("Summer 2023") is printed as is: start = end = its year.
export function fmtRange(s, e, D, season) {
  if (season) { const y = season.slice(-4); return { text: season, start: y, end: y }; }
  const a = fmtDate(s, D), b = fmtDate(e, D);
  if (a.text === b.text) return { text: a.text, start: a.key, end: b.key };
  return { text: `${a.text}${D.dash ?? ' – '}${b.text}`, start: a.key, end: b.key };
}

const clean = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v != null && v !== '' && !(Array.isArray(v) && !v.length)));

export function plan(P, D) {
  const H = { ...DEFAULT_HEADINGS, ...(D.H ?? {}) };
  const key = { basics: { name: P.name } };
  const pl = { P, D, name: P.name, contacts: [], sections: [], key };
  if (D.label !== false) { pl.label = P.label; key.basics.label = P.label; }

  // contacts in printed order
  const contacts = [];
  const profiles = [];
  const add = (kind, text, href, keyed) => contacts.push({ kind, text, href, keyed });
  if (D.showLocation !== false) { add('location', P.location); key.basics.location = P.location; }
  add('phone', P.phone, `tel:${P.phone.replace(/[^\d+]/g, '')}`); key.basics.phone = P.phone;
  add('email', P.email, `mailto:${P.email}`); key.basics.email = P.email;
  for (const net of ['linkedin', 'github']) {
    const u = P.links[net];
    if (!u) continue;
    const handle = u.split('/').pop();
    const href = `https://www.${u}`.replace('www.github', 'github');
    const mode = D.profiles ?? 'url';
    if (mode === 'url') { add(net, u, href); profiles.push(u); }
    else if (mode === 'https') { add(net, href, href); profiles.push(href); }
    else if (mode === 'handle') { add(net, handle, href); profiles.push(handle); }
    else if (mode === 'word') add(net, net === 'linkedin' ? 'LinkedIn' : 'GitHub', href);
  }
  if (P.links.portfolio && D.portfolio !== false) { add('portfolio', P.links.portfolio, `https://${P.links.portfolio}`); key.basics.url = P.links.portfolio; }
  if (profiles.length) key.basics.profiles = profiles;
  pl.contacts = contacts;

  const sections = [];
  const other = [];
  const work = [];
  const education = [];
  const projects = [];
  const skills = [];
  for (const kind of D.order) {
    const heading = H[kind];
    if (kind === 'summary') {
      sections.push({ kind, heading, text: P.summary });
      key.basics.summary = P.summary;
    } else if (kind === 'quals') {
      const items = P.quals.slice(0, D.maxQuals ?? 4);
      sections.push({ kind, heading, items });
      other.push({ heading, items });
    } else if (kind === 'groups') {
      const groups = P.groups.slice(0, D.maxGroups ?? 3).map((g) => ({ title: g.title, bullets: g.bullets.slice(0, D.maxGroupBullets ?? 3) }));
      sections.push({ kind, heading, groups });
      other.push({ heading, items: groups.map((g) => ({ group: g.title, items: g.bullets })) });
    } else if (kind === 'skills') {
      const rows = P.skills.map((s) => ({ label: s.label, items: s.items }));
      sections.push({ kind, heading, rows });
      for (const r of rows) skills.push(...r.items);
    } else if (kind === 'work') {
      const nb = D.bulletsFor ?? 0;
      const roles = P.work.slice(0, D.maxRoles ?? 99).map((w, i) => {
        const rg = fmtRange(w.start, w.end, D);
        const highlights = i < nb ? w.highlights.slice(0, D.maxBullets ?? 3) : [];
        const loc = D.workLoc === false ? undefined : w.location;
        work.push(clean({ name: w.name, position: w.position, location: loc, startDate: rg.start, endDate: rg.end, highlights }));
        return { position: w.position, name: w.name, location: loc, dates: rg.text, highlights };
      });
      let brk = null;
      if (P.brk && D.breakMode === 'inline') {
        const rg = fmtRange(P.brk.start, P.brk.end, D);
        brk = { title: P.brk.title, dates: rg.text, text: P.brk.text, before: P.work.findIndex((w) => w.end !== 'present' && w.end < P.brk.start) };
      }
      sections.push({ kind, heading, roles, brk });
    } else if (kind === 'break') {
      if (!P.brk || D.breakMode === 'inline') continue;
      const rg = fmtRange(P.brk.start, P.brk.end, D);
      sections.push({ kind, heading, dates: rg.text, text: P.brk.text });
      other.push({ heading, items: [P.brk.text] });
    } else if (kind === 'projects') {
      if (!P.projects) continue;
      const items = P.projects.map((p) => {
        const rg = fmtRange(p.start, p.end, D, p.season);
        const showDates = D.projectDates !== false;
        projects.push(clean({ name: p.name, keywords: p.stack, startDate: showDates ? rg.start : null, endDate: showDates ? rg.end : null, highlights: p.highlights }));
        return { name: p.name, stack: p.stack, repo: p.repo, dates: showDates ? rg.text : null, highlights: p.highlights };
      });
      sections.push({ kind, heading, items });
    } else if (kind === 'volunteer') {
      if (!P.volunteer) continue;
      const items = P.volunteer.map((v) => {
        const rg = fmtRange(v.start, v.end, D);
        return { position: v.position, name: v.name, dates: rg.text, highlights: v.highlights, k: clean({ name: v.name, position: v.position, startDate: rg.start, endDate: rg.end, highlights: v.highlights }) };
      });
      sections.push({ kind, heading, items });
      other.push({ heading, items: items.map((i) => i.k) });
    } else if (kind === 'education') {
      const items = P.education.map((e) => {
        const degree = e.after ? `${e.area} ${e.studyType}` : `${e.studyType}${D.degreeSep ?? ' in '}${e.area}`;
        let rg;
        if (e.start && D.eduRange !== false) rg = fmtRange(e.start, e.end, D);
        else { const b = fmtDate(e.end, D.eduYearOnly ? { ...D, dates: 'year' } : D); rg = { text: b.text, end: b.key }; }
        const loc = D.eduLoc === false ? undefined : e.location;
        education.push(clean({ institution: e.institution, studyType: e.studyType, area: e.area, location: loc, startDate: rg.start, endDate: rg.end, score: e.score }));
        return { degree, institution: e.institution, location: loc, dates: rg.text, score: e.score };
      });
      let certs = [];
      if (D.certsIn === 'education') {
        certs = P.certs.map((c) => {
          education.push({ institution: c.issuer, area: c.name, endDate: c.year });
          return { name: c.name, issuer: c.issuer, year: c.year };
        });
      }
      sections.push({ kind, heading, items, certs });
    } else if (kind === 'certs') {
      if (D.certsIn === 'education') continue;
      const fmt = D.certLine ?? ((c) => `${c.name}, ${c.issuer}, ${c.year}`);
      const items = P.certs.map((c) => ({ ...c, line: fmt(c) }));
      sections.push({ kind, heading, items });
      other.push({ heading, items: items.map((c) => ({ title: c.name, issuer: c.issuer, date: c.year })) });
    } else throw new Error(kind);
  }
  pl.sections = sections;
  if (work.length) key.work = work;
  if (education.length) key.education = education;
  if (skills.length) key.skills = skills;
  if (projects.length) key.projects = projects;
  if (other.length) key.otherSections = other;
  key.sections = D.sectionOrder ? D.sectionOrder(sections).map((s) => s.heading) : sections.map((s) => s.heading);
  key.layout = { columns: D.columns ?? 1 };
  return pl;
}
