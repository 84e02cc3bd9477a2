// Six lookalikes of Google Docs' resume template LOOKS, written from scratch (no Google assets): each function
// takes a persona and returns {c (key context), blocks, page, styles, fonts, description, notes}.
// Fonts are named as Google Docs names them (Playfair Display, Merriweather, Open Sans, Raleway, Lato, Source Code
// Pro, Roboto); the HTML gives installed fallbacks, the DOCX keeps Google's names as Google's export does.
import { ctx, range, allSkills, R, para, list } from './lib.mjs';

const LETTER = { w: 8.5, h: 11 };
const googleHead = (w) => [R(`${w.company}, `, 'co'), R(`${w.location} — `), R(w.position, 'pos')];

// Contact strings (and key basics) common to all designs.
function contacts(P) {
  const li = `linkedin.com/in/${P.linkedin}`, gh = `github.com/${P.github}`;
  return { li, gh, site: P.website };
}

// ============================================================================================================
// 1. Serif: large serif name, contact block top-right, small coloured capital headings, grey CAPS date lines.
export function serif(P) {
  const c = ctx(P);
  const { li, site } = contacts(P);
  const accent = '674EA7';
  const styles = {
    body: { font: 'Merriweather', size: 9, color: '666666', line: 1.15, before: 0, after: 0 },
    name: { font: 'Playfair Display', size: 26, color: '000000', after: 2 },
    label: { font: 'Merriweather', size: 10.5, color: '000000', after: 4 },
    contact: { size: 8.5, color: '000000', align: 'right', line: 1.1 },
    summary: { size: 9, before: 10, after: 4, line: 1.3 },
    h: { font: 'Merriweather', size: 8.5, b: true, color: accent, before: 18, after: 4 },
    entry: { size: 10, color: '000000', before: 8, after: 1 },
    co: { b: true }, pos: { i: false },
    date: { size: 7.5, color: '666666', after: 3 },
    bullet: { size: 9, color: '666666', line: 1.25 },
    text: { size: 9, color: '666666', line: 1.3, after: 3 },
    link: { color: '000000', u: false },
  };
  const blocks = [];
  const right = [
    ...P.address.map((a) => para('contact', a)),
    para('contact', P.phone),
    para('contact', R(P.email, 'link', `mailto:${P.email}`)),
    para('contact', R(site ?? li, 'link', `https://${site ?? li}`)),
  ];
  blocks.push({ t: 'table', widths: [0.62, 0.38], cells: [
    [para('name', P.name, { style: 'Title' }), para('label', P.label, { style: 'Subtitle' })],
    right,
  ] });
  c.basics({ name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.address.at(-1) });
  if (site) c.basics({ url: site }); else c.basics({ profiles: [li] });
  blocks.push(para('summary', P.summary));
  c.basics({ summary: P.summary });
  const H = (t) => blocks.push(para('h', c.H(t), { style: 'Heading1' }));
  H('EXPERIENCE');
  for (const w of P.work) {
    blocks.push(para('entry', googleHead(w), { style: 'Heading2' }));
    blocks.push(para('date', range(w.start, w.end, { style: 'MONTH', sep: ' - ', present: 'PRESENT' })));
    if (w.bullets.length) blocks.push(list('bullet', w.bullets));
    c.work(w, { style: 'MONTH' });
  }
  H('EDUCATION');
  for (const e of P.education) {
    blocks.push(para('entry', [R(`${e.institution}, `, 'co'), R(`${e.location} — `), R(`${e.studyType}, ${e.area}`, 'pos')], { style: 'Heading2' }));
    blocks.push(para('date', range(e.start, e.end, { style: 'MONTH', sep: ' - ' })));
    c.edu(e, { style: 'MONTH', location: true, score: !!e.score });
    if (e.score) blocks.push(para('text', /^\d/.test(e.score) ? `GPA: ${e.score}` : e.score));
  }
  H('SKILLS');
  blocks.push(para('text', allSkills(P).join(', ')));
  c.skills(allSkills(P));
  if (P.projects.length) {
    H('PROJECTS');
    for (const pr of P.projects) {
      blocks.push(para('entry', [R(pr.name, 'co'), R(` — ${pr.url}`, 'link', `https://${pr.url}`)], { style: 'Heading2' }));
      blocks.push(para('text', pr.description));
      c.project(pr);
    }
  }
  if (P.awards.length) {
    H('AWARDS');
    const items = P.awards.map((a) => `${a.name} (${a.year})`);
    for (const t of items) blocks.push(para('text', t));
    c.other('AWARDS', items);
  }
  if (P.languages.length) {
    H('LANGUAGES');
    const t = P.languages.map(([l, v]) => `${l} (${v})`).join(', ');
    blocks.push(para('text', t));
    c.other('LANGUAGES', P.languages.map(([l, v]) => `${l} (${v})`));
  }
  c.key.layout = { columns: 1, notes: 'Google Docs "Serif"-like: header is a borderless 2-cell table (name + label left, address/phone/e-mail/link right-aligned in the right cell); summary without heading; small bold purple capital headings; "Company, Location — Job Title" lines (company bold) with a grey "MONTH YYYY - PRESENT" line under each; ● bullets; skills as one comma list.' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.6, bottom: 0.6, left: 0.75, right: 0.75 }, accent,
    description: 'Serif look: Playfair Display name, contact block top-right in a layout table, Merriweather body in grey, coloured small capital headings, "Company, Location — Title" + grey caps date line.' };
}

// ============================================================================================================
// 2. Swiss: a thin coloured bar above the name, bold sans name and headings, dates right-aligned on a tab stop,
//    skills as "Label: a, b, c" lines.
export function swiss(P) {
  const c = ctx(P);
  const { li, gh } = contacts(P);
  const accent = 'FF5E0E';
  const styles = {
    body: { font: 'Open Sans', size: 9.5, color: '000000', line: 1.15, before: 0, after: 0 },
    name: { font: 'Open Sans', size: 24, b: true, after: 0 },
    label: { font: 'Open Sans', size: 11, color: accent, after: 6 },
    contact: { size: 9, color: '555555', line: 1.2 },
    h: { font: 'Open Sans', size: 12, b: true, color: '000000', before: 16, after: 4 },
    entry: { size: 10, before: 8, after: 2 },
    co: { b: true }, pos: { i: true }, dateR: { size: 9, color: '555555' },
    bullet: { size: 9.5, line: 1.2 },
    text: { size: 9.5, line: 1.25, after: 2 },
    lab: { b: true },
    link: { color: '1155CC', u: true },
  };
  const blocks = [];
  blocks.push({ t: 'rule', color: accent, size: 3, width: 0.12 });
  blocks.push(para('name', P.name, { style: 'Title' }));
  blocks.push(para('label', P.label, { style: 'Subtitle' }));
  blocks.push(para('contact', [P.location, '  ·  ', P.phone, '  ·  ', R(P.email, 'link', `mailto:${P.email}`)]));
  const profs = [li, gh];
  blocks.push(para('contact', profs.flatMap((x, i) => [...(i ? ['  ·  '] : []), R(x, 'link', `https://${x}`)])));
  c.basics({ name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: profs });
  const H = (t) => blocks.push(para('h', c.H(t), { style: 'Heading1' }));
  H('Profile');
  blocks.push(para('text', P.summary));
  c.basics({ summary: P.summary });
  H('Experience');
  for (const w of P.work) {
    blocks.push(para('entry', googleHead(w), { style: 'Heading2', right: [R(range(w.start, w.end, { style: 'Month' }), 'dateR')] }));
    if (w.bullets.length) blocks.push(list('bullet', w.bullets));
    c.work(w, { style: 'Month' });
  }
  H('Education');
  for (const e of P.education) {
    blocks.push(para('entry', [R(`${e.institution}, `, 'co'), R(`${e.location} — `), R(`${e.studyType} in ${e.area}`, 'pos')], { style: 'Heading2', right: [R(range(e.start, e.end, { style: 'Month' }), 'dateR')] }));
    c.edu(e, { style: 'Month', location: true });
  }
  H('Skills');
  for (const [g, k] of P.skills) blocks.push(para('text', [R(`${g}: `, 'lab'), k.join(', ')]));
  c.skills(allSkills(P));
  if (P.projects.length) {
    H('Projects');
    for (const pr of P.projects) {
      blocks.push(para('text', [R(pr.name, 'lab'), ` — ${pr.description}. `, R(pr.url, 'link', `https://${pr.url}`)]));
      c.project(pr);
    }
  }
  if (P.certs.length) {
    H('Certifications');
    const items = P.certs.map((x) => `${x.name}, ${x.year}`);
    for (const t of items) blocks.push(para('text', t));
    c.other('Certifications', items);
  }
  if (P.languages.length) {
    H('Languages');
    const items = P.languages.map(([l, v]) => `${l} — ${v}`);
    blocks.push(para('text', items.join('; ')));
    c.other('Languages', items);
  }
  c.key.layout = { columns: 1, notes: 'Google Docs "Swiss"-like: short thick orange bar above the name; bold sans name, orange label; two contact lines joined by " · "; "Profile" summary; bold headings; "Company, Location — Job Title" with "Month YYYY – Present" right-aligned on a tab stop (DOCX: one paragraph with a right tab; PDF: a right float); skills as bold "Group: " labels + comma lists.' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.6, bottom: 0.6, left: 0.8, right: 0.8 }, accent,
    description: 'Swiss look: thin coloured bar, Open Sans bold name/headings, dates right-aligned after a tab, labelled skill lines.' };
}

// ============================================================================================================
// 3. Spearmint: a green rule across the top, the name typed in capitals, green capital
//    headings, "Title, Company — Location", grey italic date line, skills as bullets.
export function spearmint(P) {
  const c = ctx(P);
  const { li, site } = contacts(P);
  const accent = '2BAE8E';
  const styles = {
    body: { font: 'Lato', size: 10, color: '434343', line: 1.15, before: 0, after: 0 },
    name: { font: 'Raleway', size: 22, b: true, color: '000000', before: 10, after: 2 },
    contact: { size: 9, color: '434343', after: 6 },
    summary: { size: 10, line: 1.3, after: 4 },
    h: { font: 'Raleway', size: 10.5, b: true, color: accent, before: 16, after: 4 },
    entry: { size: 10.5, color: '000000', before: 8, after: 0 },
    pos: { b: true }, co: {},
    date: { size: 9, color: '8A8A8A', i: true, after: 3 },
    bullet: { size: 10, line: 1.2 },
    text: { size: 10, line: 1.25, after: 2 },
    link: { color: accent, u: false },
  };
  const blocks = [];
  blocks.push({ t: 'rule', color: accent, size: 6 });
  blocks.push(para('name', P.name.toUpperCase(), { style: 'Title' }));
  const prof = site ?? li;
  blocks.push(para('contact', [P.location, ' · ', P.phone, ' · ', R(P.email, 'link', `mailto:${P.email}`), ' · ', R(prof, 'link', `https://${prof}`)]));
  c.basics({ name: P.name.toUpperCase(), email: P.email, phone: P.phone, location: P.location });
  if (site) c.basics({ url: site }); else c.basics({ profiles: [li] });
  blocks.push(para('summary', P.summary));
  c.basics({ summary: P.summary });
  const H = (t) => blocks.push(para('h', c.H(t), { style: 'Heading1' }));
  H('EXPERIENCE');
  for (const w of P.work) {
    blocks.push(para('entry', [R(w.position, 'pos'), R(`, ${w.company} — ${w.location}`)], { style: 'Heading2' }));
    blocks.push(para('date', range(w.start, w.end, { style: 'Mon', sep: ' – ', present: 'Present' })));
    if (w.bullets.length) blocks.push(list('bullet', w.bullets));
    c.work(w, { style: 'Mon' });
  }
  H('EDUCATION');
  for (const e of P.education) {
    blocks.push(para('entry', [R(`${e.studyType}, ${e.area}`, 'pos'), R(`, ${e.institution} — ${e.location}`)], { style: 'Heading2' }));
    blocks.push(para('date', range(e.start, e.end, { style: 'Mon' })));
    c.edu(e, { style: 'Mon', location: true });
  }
  H('SKILLS');
  blocks.push(list('bullet', P.skills.map(([, k]) => k.join(', '))));
  c.skills(allSkills(P));
  if (P.certs.length) {
    H('CERTIFICATIONS');
    const items = P.certs.map((x) => `${x.name} (${x.year})`);
    blocks.push(list('bullet', items));
    c.other('CERTIFICATIONS', items);
  }
  if (P.awards.length) {
    H('AWARDS');
    const items = P.awards.map((a) => `${a.name}, ${a.year}`);
    blocks.push(list('bullet', items));
    c.other('AWARDS', items);
  }
  if (P.projects.length) {
    H('PROJECTS');
    for (const pr of P.projects) {
      blocks.push(para('entry', [R(pr.name, 'pos'), R(` — ${pr.url}`)], { style: 'Heading2' }));
      blocks.push(para('text', pr.description));
      c.project(pr);
    }
  }
  c.key.layout = { columns: 1, notes: 'Google Docs "Spearmint"-like: thick green rule at the top; name typed in capitals; one contact line joined by " · "; green capital headings; "Job Title, Company — Location" (title first, bold); grey italic "Jan 2023 – Present" date line; skills as ● bullets, one group per bullet, no group labels.' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.5, bottom: 0.6, left: 0.8, right: 0.8 }, accent,
    description: 'Spearmint look: green top rule, Raleway name typed in capitals, green capital headings, title-first entry lines, italic grey date lines, bulleted skills.' };
}

// ============================================================================================================
// 4. Coral: coral accent headings, contact lines on the left under the name, grey capital date lines (Google Docs has no small caps; templates type the capitals).
export function coral(P) {
  const c = ctx(P);
  const { li, site } = contacts(P);
  const accent = 'F26B5B';
  const styles = {
    body: { font: 'Open Sans', size: 9.5, color: '4A4A4A', line: 1.15, before: 0, after: 0 },
    name: { font: 'Merriweather', size: 26, b: true, color: '000000', after: 4 },
    contact: { size: 9, color: '4A4A4A', line: 1.1 },
    summary: { size: 9.5, line: 1.35, before: 12, after: 2 },
    h: { font: 'Merriweather', size: 11, b: true, color: accent, before: 16, after: 4 },
    entry: { font: 'Merriweather', size: 10, color: '000000', before: 8, after: 1 },
    co: { b: true }, pos: { i: true },
    date: { size: 8, color: '999999', after: 3 },
    bullet: { size: 9.5, line: 1.25 },
    text: { size: 9.5, line: 1.3, after: 2 },
    lab: { b: true, color: '000000' },
    link: { color: '1155CC', u: true },
  };
  const blocks = [];
  blocks.push(para('name', P.name, { style: 'Title' }));
  for (const a of P.address) blocks.push(para('contact', a));
  blocks.push(para('contact', P.phone));
  blocks.push(para('contact', R(P.email, 'link', `mailto:${P.email}`)));
  blocks.push(para('contact', R(li, 'link', `https://${li}`)));
  if (site) blocks.push(para('contact', R(site, 'link', `https://${site}`)));
  c.basics({ name: P.name, email: P.email, phone: P.phone, location: P.address.at(-1), profiles: [li] });
  if (site) c.basics({ url: site });
  blocks.push(para('summary', P.summary));
  c.basics({ summary: P.summary });
  const H = (t) => blocks.push(para('h', c.H(t), { style: 'Heading1' }));
  H('Experience');
  for (const w of P.work) {
    blocks.push(para('entry', googleHead(w), { style: 'Heading2' }));
    blocks.push(para('date', range(w.start, w.end, { style: 'MONTH', sep: ' - ', present: 'PRESENT' })));
    if (w.bullets.length) blocks.push(list('bullet', w.bullets));
    c.work(w, { style: 'MONTH' });
  }
  H('Education');
  for (const e of P.education) {
    blocks.push(para('entry', [R(`${e.institution}, `, 'co'), R(`${e.location} — `), R(`${e.abbr} ${e.area}`, 'pos')], { style: 'Heading2' }));
    blocks.push(para('date', range(e.start, e.end, { style: 'MONTH', sep: ' - ' })));
    c.edu(e, { style: 'MONTH', location: true, studyType: e.abbr, score: !!e.score });
    if (e.score) blocks.push(para('text', /^\d/.test(e.score) ? `GPA ${e.score}` : e.score));
  }
  H('Skills');
  for (const [g, k] of P.skills) blocks.push(para('text', [R(`${g}: `, 'lab'), k.join(', ')]));
  c.skills(allSkills(P));
  if (P.projects.length) {
    H('Projects');
    for (const pr of P.projects) {
      blocks.push(para('entry', [R(pr.name, 'co'), R(` — ${pr.description}`)], { style: 'Heading2' }));
      blocks.push(para('date', R(pr.url, 'link', `https://${pr.url}`)));
      c.project(pr);
    }
  }
  if (P.certs.length || P.awards.length) {
    H('Certifications & Awards');
    const items = [...P.certs, ...P.awards].map((x) => `${x.name} (${x.year})`);
    blocks.push(list('bullet', items));
    c.other('Certifications & Awards', items);
  }
  if (P.languages.length) {
    H('Languages');
    const items = P.languages.map(([l, v]) => `${l}: ${v}`);
    blocks.push(para('text', items.join(' | ')));
    c.other('Languages', items);
  }
  c.key.layout = { columns: 1, notes: 'Google Docs "Coral"-like: bold Merriweather name with the contact details as separate short lines on the LEFT under it (no labels); summary paragraph without heading; coral headings; "Company, Location — Job Title"; grey "MONTH YYYY - PRESENT" line typed in capitals; degrees abbreviated (B.S., BSc, MA, MBA); skills as bold "Group: " labels; languages joined by " | ".' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.7, bottom: 0.6, left: 0.85, right: 0.85 }, accent,
    description: 'Coral look: Merriweather name with left-aligned contact lines under it, coral headings, Google entry lines with grey capital date lines, labelled skills.' };
}

// ============================================================================================================
// 5. Modern Writer: monospace name and headings with a rule under each heading, pink accent, "Title — Company,
//    Location", grey "JAN 2020 – PRESENT" monospace date lines, skills joined by " · ".
export function modernWriter(P) {
  const c = ctx(P);
  const { li, gh } = contacts(P);
  const accent = 'E91D63';
  const mono = 'Source Code Pro';
  const styles = {
    body: { font: 'Lato', size: 10, color: '000000', line: 1.15, before: 0, after: 0 },
    name: { font: mono, size: 24, b: true, after: 2 },
    label: { font: mono, size: 11, color: accent, after: 4 },
    contact: { font: mono, size: 8.5, color: '555555', after: 2 },
    h: { font: mono, size: 11, b: true, color: accent, before: 16, after: 6, border: { color: accent, size: 1 } },
    entry: { size: 10.5, before: 8, after: 1 },
    pos: { b: true }, co: {},
    date: { font: mono, size: 8, color: '666666', after: 3 },
    bullet: { size: 10, line: 1.2 },
    text: { size: 10, line: 1.3, after: 2 },
    lab: { b: true },
    link: { color: '000000', u: true },
  };
  const blocks = [];
  blocks.push(para('name', P.name, { style: 'Title' }));
  blocks.push(para('label', P.label, { style: 'Subtitle' }));
  const prof = [gh, li];
  blocks.push(para('contact', [P.phone, ' | ', R(P.email, 'link', `mailto:${P.email}`), ' | ', P.location]));
  blocks.push(para('contact', prof.flatMap((x, i) => [...(i ? [' | '] : []), R(x, 'link', `https://${x}`)])));
  c.basics({ name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: prof });
  const H = (t) => blocks.push(para('h', c.H(t), { style: 'Heading1' }));
  H('About');
  blocks.push(para('text', P.summary));
  c.basics({ summary: P.summary });
  H('Experience');
  for (const w of P.work) {
    blocks.push(para('entry', [R(w.position, 'pos'), R(` — ${w.company}, ${w.location}`)], { style: 'Heading2' }));
    blocks.push(para('date', range(w.start, w.end, { style: 'MON', present: 'PRESENT' })));
    if (w.bullets.length) blocks.push(list('bullet', w.bullets));
    c.work(w, { style: 'MON' });
  }
  if (P.projects.length) {
    H('Projects');
    for (const pr of P.projects) {
      blocks.push(para('entry', [R(pr.name, 'pos'), R(` — ${pr.description}`)], { style: 'Heading2' }));
      blocks.push(para('date', R(pr.url, 'link', `https://${pr.url}`)));
      c.project(pr);
    }
  }
  H('Education');
  for (const e of P.education) {
    blocks.push(para('entry', [R(`${e.studyType} in ${e.area}`, 'pos'), R(` — ${e.institution}`)], { style: 'Heading2' }));
    blocks.push(para('date', range(e.start, e.end, { style: 'YYYY' })));
    c.edu(e, { style: 'YYYY' });
  }
  H('Skills');
  blocks.push(para('text', allSkills(P).join(' · ')));
  c.skills(allSkills(P));
  if (P.awards.length || P.certs.length) {
    H('Awards & Certifications');
    const items = [...P.awards, ...P.certs].map((x) => `${x.year} — ${x.name}`);
    blocks.push(list('bullet', items));
    c.other('Awards & Certifications', items);
  }
  c.key.layout = { columns: 1, notes: 'Google Docs "Modern Writer"-like: monospace (Source Code Pro) name, pink label and headings, a thin pink rule under every heading (paragraph border); contact in two " | " lines; "Job Title — Company, Location" (title bold first); grey monospace "JAN 2020 – PRESENT" date lines; education years only; skills joined by " · "; Projects before Education.' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.6, bottom: 0.6, left: 0.8, right: 0.8 }, accent,
    description: 'Modern Writer look: monospace name/headings with a rule under each heading, title-first entries, abbreviated capital dates, " · " skills.' };
}

// ============================================================================================================
// 6. Two-column table: name and label above a borderless 2-column table; left cell = contact, skills (bullets),
//    certifications, languages; right cell = summary, experience ("Title<TAB>dates" + "Company, Location"),
//    education, projects.
export function twoCol(P) {
  const c = ctx(P);
  const { li, gh, site } = contacts(P);
  const accent = '1F4E79';
  const styles = {
    body: { font: 'Roboto', size: 9.5, color: '222222', line: 1.15, before: 0, after: 0 },
    name: { font: 'Roboto', size: 26, b: true, color: accent, after: 0 },
    label: { font: 'Roboto', size: 12, color: '666666', after: 10 },
    h: { font: 'Roboto', size: 11, b: true, color: accent, before: 12, after: 4 },
    side: { size: 9, line: 1.25, after: 2 },
    sideBullet: { size: 9, line: 1.2 },
    entry: { size: 10, before: 6, after: 0 },
    pos: { b: true }, dateR: { size: 9, color: '666666' },
    where: { size: 9.5, i: true, color: '555555', after: 2 },
    bullet: { size: 9.5, line: 1.2 },
    text: { size: 9.5, line: 1.3, after: 2 },
    link: { color: '1155CC', u: true },
  };
  const left = [], right = [];
  const H = (arr, t) => arr.push(para('h', c.H(t.toUpperCase()), { style: 'Heading2' }));
  H(left, 'Contact');
  left.push(para('side', R(P.email, 'link', `mailto:${P.email}`)));
  left.push(para('side', P.phone));
  left.push(para('side', P.location));
  const prof = [li, gh];
  for (const x of prof) left.push(para('side', R(x, 'link', `https://${x}`)));
  if (site) left.push(para('side', R(site, 'link', `https://${site}`)));
  c.basics({ name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: prof });
  if (site) c.basics({ url: site });
  H(left, 'Skills');
  left.push(list('sideBullet', allSkills(P)));
  c.skills(allSkills(P));
  if (P.certs.length) {
    H(left, 'Certifications');
    const items = P.certs.map((x) => `${x.name} (${x.year})`);
    for (const t of items) left.push(para('side', t));
    c.other('CERTIFICATIONS', items);
  }
  if (P.languages.length) {
    H(left, 'Languages');
    const items = P.languages.map(([l, v]) => `${l} (${v})`);
    for (const t of items) left.push(para('side', t));
    c.other('LANGUAGES', items);
  }
  H(right, 'Summary');
  right.push(para('text', P.summary));
  c.basics({ summary: P.summary });
  H(right, 'Experience');
  for (const w of P.work) {
    right.push(para('entry', [R(w.position, 'pos')], { style: 'Heading3', right: [R(range(w.start, w.end, { style: 'Mon' }), 'dateR')] }));
    right.push(para('where', `${w.company}, ${w.location}`));
    if (w.bullets.length) right.push(list('bullet', w.bullets));
    c.work(w, { style: 'Mon' });
  }
  H(right, 'Education');
  for (const e of P.education) {
    right.push(para('entry', [R(`${e.studyType}, ${e.area}`, 'pos')], { style: 'Heading3', right: [R(range(e.start, e.end, { style: 'YYYY' }), 'dateR')] }));
    right.push(para('where', `${e.institution}, ${e.location}`));
    c.edu(e, { style: 'YYYY', location: true });
  }
  if (P.projects.length) {
    H(right, 'Projects');
    for (const pr of P.projects) {
      right.push(para('text', [R(pr.name, 'pos'), ` — ${pr.description} (`, R(pr.url, 'link', `https://${pr.url}`), ')']));
      c.project(pr);
    }
  }
  if (P.awards.length) {
    H(right, 'Awards');
    const items = P.awards.map((a) => `${a.name} — ${a.year}`);
    right.push(list('bullet', items));
    c.other('AWARDS', items);
  }
  const blocks = [
    para('name', P.name, { style: 'Title' }),
    para('label', P.label, { style: 'Subtitle' }),
    { t: 'table', widths: [0.32, 0.68], cells: [left, right], vline: true },
  ];
  c.key.layout = { columns: 2, notes: 'Name and label above a borderless 2-column layout table (32/68). LEFT cell: Contact, Skills (one keyword per ● bullet), Certifications, Languages; RIGHT cell: Summary, Experience ("Job Title" bold with "Mon YYYY – Present" right-aligned on a tab stop, then italic "Company, Location"), Education (years only), Projects, Awards. Headings typed in capitals. `sections` lists the left cell first.' };
  return { c, blocks, styles, page: { ...LETTER, top: 0.5, bottom: 0.5, left: 0.6, right: 0.6 }, accent,
    description: 'Two-column Google table layout: invisible-border table, left cell contact/skills/certifications/languages, right cell experience/education/projects; right-tab dates.' };
}

export const DESIGNS = { serif, swiss, spearmint, coral, modernWriter, twoCol };
