// Turns persona + design options into a "plan": every string the page will print, already formatted (dates,
// degree lines, contact items), together with the answer key built from the very same strings. Renderers only lay the
// plan out; they never format content themselves, so the key and the page cannot drift apart.

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

// One date → printed text and key value at the printed granularity.
export function fmtDate(d, F) {
  if (d === 'present') return { text: F.present, key: 'present' };
  let m = /^(\d{4})-Q([1-4])$/.exec(d);
  if (m) return F.style === 'year' || F.style === 'yy' ? { text: m[1], key: m[1] } : { text: `Q${m[2]} ${m[1]}`, key: m[1] };
  m = /^(\d{4})-summer$/.exec(d);
  if (m) return { text: `Summer ${m[1]}`, key: m[1] };
  m = /^(\d{4})$/.exec(d);
  if (m) return { text: m[1], key: m[1] };
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (!m) throw new Error(`bad date ${d}`);
  const [y, mo] = [m[1], Number(m[2])];
  switch (F.style) {
    case 'mon': return { text: `${MON[mo - 1]} ${y}`, key: d };
    case 'month': return { text: `${MONTH[mo - 1]} ${y}`, key: d };
    case 'mm/yyyy': return { text: `${m[2]}/${y}`, key: d };
    case 'year': case 'yy': return { text: y, key: y };
    default: throw new Error(`bad style ${F.style}`);
  }
}

// A range → { text, start, end }. Same start and end print once ("Summer 2014", "2010").
export function fmtRange(s, e, F) {
  const a = fmtDate(s, F), b = fmtDate(e, F);
  if (a.text === b.text) return { text: a.text, start: a.key, end: b.key };
  if (F.style === 'yy' && /^\d{4}$/.test(a.text) && /^\d{4}$/.test(b.text) && a.text.slice(0, 2) === b.text.slice(0, 2)) {
    return { text: `${a.text}${F.sep}${b.text.slice(2)}`, start: a.key, end: b.key };
  }
  return { text: `${a.text}${F.sep}${b.text}`, start: a.key, end: b.key };
}

const bulletsOf = (bs) => bs.map((b) => (Array.isArray(b) ? { text: b[0], sub: b[1] } : { text: b, sub: [] }));
const flat = (bs) => bs.flatMap((b) => [b.text, ...b.sub]);

/**
 * D: {
 *   dates: { style, sep, present }, eduDates: 'range' | 'end', ladder: 'lines' | 'arrow' | 'repeat', arrow: ' → ',
 *   profiles: 'url' | 'https' | 'handle' | 'word', showUrl, degree(e) → string,
 *   headings: { id: text }, order: [ids in the main flow], side: [ids in a side column, read after the main flow],
 *   projectUrls: bool, columns, notes
 * }
 */
export function plan(P, D) {
  const key = { basics: { name: D.caps?.name ? P.name.toUpperCase() : P.name } };
  const out = { name: key.basics.name, label: P.label, contacts: [], sections: [], key };
  key.basics.label = P.label;
  // contacts
  const contacts = [];
  contacts.push({ kind: 'email', text: P.email, href: `mailto:${P.email}` });
  contacts.push({ kind: 'phone', text: P.phone, href: `tel:${P.phone.replace(/[^+\d]/g, '')}` });
  contacts.push({ kind: 'location', text: P.location });
  key.basics.email = P.email;
  key.basics.phone = P.phone;
  key.basics.location = P.location;
  if (P.url && D.showUrl) {
    contacts.push({ kind: 'url', text: P.url, href: `https://${P.url}` });
    key.basics.url = P.url;
  }
  const profiles = [];
  for (const pr of P.profiles) {
    const href = `https://${pr.url.startsWith('linkedin') ? 'www.' : ''}${pr.url}`;
    let text;
    switch (D.profiles) {
      case 'url': text = pr.url; profiles.push(text); break;
      case 'https': text = href; profiles.push(text); break;
      case 'handle': text = pr.handle; profiles.push(text); break;
      case 'word': text = pr.net; break;
      default: throw new Error(D.profiles);
    }
    contacts.push({ kind: 'profile', net: pr.net, text, href });
  }
  if (profiles.length) key.basics.profiles = profiles;
  out.contacts = contacts;

  const work = [], education = [], skills = [], projects = [], other = [], sections = [];
  const F = D.dates;
  const H = (id) => D.headings[id];
  const ids = [...D.order, ...(D.side ?? [])];
  for (const id of ids) {
    const place = D.side?.includes(id) ? 'side' : 'main';
    const heading = H(id);
    const sec = { id, heading, place };
    switch (id) {
      case 'summary':
        sec.text = P.summary;
        key.basics.summary = P.summary;
        break;
      case 'achievements': case 'certs': case 'talks': case 'patents': case 'pubs': case 'languages': {
        const items = { achievements: P.achievements, certs: P.certs, talks: P.talks, patents: P.patents, pubs: P.pubs, languages: P.languages }[id];
        if (!items?.length) continue;
        sec.items = items;
        other.push({ heading, items: [...items] });
        break;
      }
      case 'experience': {
        sec.entries = [];
        for (const w of P.work) {
          if (w.gap) {
            const r = fmtRange(w.start, w.end, F);
            sec.entries.push({ type: 'gap', title: w.title, dates: r.text, text: w.text });
            work.push({ position: w.title, startDate: r.start, endDate: r.end, summary: w.text });
            continue;
          }
          const roles = w.roles.map((r) => ({ title: r.title, range: fmtRange(r.start, r.end, F), bullets: bulletsOf(r.bullets) }));
          let groups;
          if (roles.length > 1 && D.ladder === 'arrow') {
            const old = w.roles[w.roles.length - 1], nu = w.roles[0];
            groups = [[{
              title: w.roles.slice().reverse().map((r) => r.title).join(D.arrow ?? ' → '),
              range: fmtRange(old.start, nu.end, F),
              bullets: roles.flatMap((r) => r.bullets),
            }]];
          } else if (roles.length > 1 && D.ladder === 'repeat') groups = roles.map((r) => [r]);
          else groups = [roles];
          for (const g of groups) {
            sec.entries.push({ type: 'emp', name: w.company, desc: w.desc, location: w.location, ladder: g.length > 1, roles: g.map((r) => ({ title: r.title, dates: r.range.text, bullets: r.bullets })) });
            for (const r of g) {
              const k = { name: w.company };
              if (w.desc) k.description = w.desc;
              k.position = r.title;
              k.location = w.location;
              k.startDate = r.range.start;
              k.endDate = r.range.end;
              k.highlights = flat(r.bullets);
              work.push(k);
            }
          }
        }
        break;
      }
      case 'earlier':
        sec.items = P.earlier.map((e) => {
          const r = fmtRange(e.start, e.end, F);
          work.push({ name: e.company, position: e.title, startDate: r.start, endDate: r.end });
          return { title: e.title, company: e.company, dates: r.text };
        });
        break;
      case 'education':
        sec.items = P.education.map((e) => {
          const k = { institution: e.institution, studyType: e.studyType, area: e.area };
          let dates;
          if (D.eduDates === 'end') { dates = fmtDate(e.end, F).text; k.endDate = fmtDate(e.end, F).key; } else {
            const r = fmtRange(e.start, e.end, F);
            dates = r.text;
            k.startDate = r.start;
            k.endDate = r.end;
          }
          if (e.score) k.score = e.score;
          if (e.location && D.eduLocation) k.location = e.location;
          education.push(k);
          return { institution: e.institution, degree: D.degree(e), dates, score: e.score, location: D.eduLocation ? e.location : undefined };
        });
        break;
      case 'skills':
        sec.groups = P.skills.map((g) => ({ label: g.group, items: g.items }));
        for (const g of P.skills) skills.push(...g.items);
        break;
      case 'projects':
        if (!P.projects?.length) continue;
        sec.items = P.projects.map((p) => {
          const k = { name: p.name, description: p.description };
          if (p.url && D.projectUrls) k.url = p.url;
          projects.push(k);
          return { name: p.name, description: p.description, url: D.projectUrls ? p.url : undefined };
        });
        break;
      default: throw new Error(id);
    }
    if (heading) sections.push(heading);
    out.sections.push(sec);
  }
  key.work = work;
  key.education = education;
  key.skills = skills;
  key.sections = sections;
  if (projects.length) key.projects = projects;
  if (other.length) key.otherSections = other;
  key.layout = { columns: D.columns ?? 1, notes: D.notes };
  return out;
}

// Helpers shared by renderers.
export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
