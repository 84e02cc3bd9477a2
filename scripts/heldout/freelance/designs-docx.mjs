// The three hand-written Word (DOCX) designs of the freelance batch. Each takes (persona, key, options), prints the
// persona and records every printed field in the key at the same time; it returns the DOCX bytes.
import { Docx, para, run, table } from './ooxml.mjs';
import { range } from './lib.mjs';

const clientOf = (e) => e.client ?? e.agency;
const profileUrl = (p, net) => `https://www.${p.links[net]}`;
const NET = { linkedin: 'LinkedIn', github: 'GitHub', behance: 'Behance', dribbble: 'Dribbble', proz: 'ProZ.com' };
const pageField = (o = {}) => `<w:fldSimple w:instr=" PAGE "><w:r>${o.sz ? `<w:rPr><w:sz w:val="${o.sz * 2}"/></w:rPr>` : ''}<w:t>1</w:t></w:r></w:fldSimple>`;

// =====================================================================================================
// A. docx-table: a dense two-page Word contractor CV. Centred header with "Label: value" contact rows, a shaded
// commercial line (availability, rate, IR35), PROFILE, KEY SKILLS as "Group: a, b" rows, a bordered CONTRACT SUMMARY
// table (Client | Role | Dates, MM/YYYY), then the detailed contract history (client + right-tab dates, italic role
// line with the agency, bullets, an "Environment:" line), permanent roles, education, certifications, references,
// footer "Name – Curriculum Vitae – Page N".
export function docxTable(p, k, opt = {}) {
  const d = new Docx({ font: 'Calibri', size: 10, color: '222222', title: `${p.name} CV`, author: p.name, margins: { top: 720, right: 794, bottom: 720, left: 794 }, lineSpacing: 245, page: opt.page ?? 'A4' });
  const NAVY = '1F3864';
  const dot = d.bullet({ glyph: '•', left: 340, hanging: 220 });
  const textW = (opt.page === 'Letter' ? 12240 : 11906) - 794 * 2;
  const tabR = [[textW, 'right']];
  const out = [];
  const H = (t) => out.push(para(run(k.section(t), { b: true, color: NAVY, sz: 11, spacing: 10 }), { before: 200, after: 80, keepNext: true, border: { bottom: [8, NAVY, 1] } }));

  out.push(para(run(k.b('name', p.name), { b: true, sz: 20, color: NAVY }), { align: 'center', after: 20 }));
  out.push(para(run(k.b('label', p.label), { sz: 11.5, color: '404040' }), { align: 'center', after: 60 }));
  const c1 = [run('Phone: ', { b: true }), run(k.b('phone', p.phone)), run('  |  '), run('Email: ', { b: true }), d.link(k.b('email', p.email), `mailto:${p.email}`), run('  |  '), run('Location: ', { b: true }), run(k.b('location', p.location))];
  out.push(para(c1, { align: 'center', after: 20 }));
  const nets = Object.keys(p.links);
  const c2 = [];
  nets.forEach((n, i) => {
    if (i) c2.push(run('  |  '));
    c2.push(run(`${NET[n]}: `, { b: true }), d.link(k.profile(p.links[n]), profileUrl(p, n)));
  });
  if (p.url) c2.push(run('  |  '), run('Web: ', { b: true }), d.link(k.b('url', p.url), `https://${p.url}`));
  out.push(para(c2, { align: 'center', after: 100 }));
  const commercial = [p.availability, p.rate, p.ir35, p.workAuth].filter(Boolean).join('   •   ');
  out.push(para(run(commercial, { b: true, color: NAVY, sz: 9.5 }), { align: 'center', shd: 'E8EDF5', before: 0, after: 60 }));

  H(p.kind === 'interim' ? 'PROFILE' : 'PROFESSIONAL PROFILE');
  out.push(para(run(k.b('summary', p.summary)), { after: 40, align: 'both' }));

  H('KEY SKILLS');
  for (const g of p.skills) {
    out.push(para([run(`${g.group}: `, { b: true }), run(g.items.map((s) => k.skill(s)).join(', '))], { num: dot, after: 20 }));
  }

  const interim = p.kind === 'interim';
  H(interim ? 'ASSIGNMENT OVERVIEW' : 'CONTRACT SUMMARY');
  const hdrCell = (t) => ({ text: t, run: { b: true, color: 'FFFFFF' }, shd: NAVY });
  const rows = [[hdrCell(interim ? 'Organisation' : 'Client'), hdrCell('Role'), hdrCell('Dates')]];
  const tDates = { style: 'MM/YYYY', present: opt.present ?? 'Present', sep: ' – ' };
  p.engagements.forEach((e, i) => {
    const shd = i % 2 ? 'F2F4F8' : undefined;
    rows.push([{ text: e.client ?? `${e.agency} (client confidential)`, shd }, { text: e.role, shd }, { text: range(e, tDates), shd }]);
  });
  out.push(table(rows, { widths: [3500, 4200, textW - 7700], grid: [4, '9AA5B8'], header: true, cellMar: { l: 90, r: 90, t: 20, b: 20 } }));

  H(p.hd.contracts.toUpperCase());
  if (p.company) {
    out.push(para(run(`All contracts since ${p.company.start.slice(0, 4)} delivered through my limited company, ${p.company.name}.`, { i: true, color: '555555' }), { after: 60 }));
  }
  const dDates = { style: 'MMM YYYY', present: opt.present ?? 'Present', sep: ' – ' };
  for (const e of p.engagements) {
    const name = clientOf(e);
    out.push(para([run(name, { b: true, sz: 10.5 }), ...(e.client ? [] : [run(' (client confidential)', { b: true, sz: 10.5 })]), run(`\t${range(e, dDates)}`, { b: true })], { tabs: tabR, before: 100, keepNext: true }));
    const via = e.agency && e.client ? `${e.type} via ${e.agency}` : e.type;
    const loc = e.location + (e.mode && e.mode !== 'on-site' && e.location !== 'Remote' ? ` (${e.mode})` : '');
    out.push(para([run(e.role, { i: true, b: true, color: '404040' }), run(`  |  ${via}  |  ${loc}`, { i: true, color: '404040' })], { after: 30, keepNext: true }));
    for (const b of e.bullets) out.push(para(run(b), { num: dot, after: 10 }));
    if (e.stack) out.push(para([run('Environment: ', { b: true, sz: 9 }), run(e.stack.join(', '), { sz: 9 })], { before: 20 }));
    k.job(e, { name, position: e.role, location: e.location, dates: dDates });
  }

  H(interim ? 'CAREER BEFORE INTERIM' : 'PERMANENT EMPLOYMENT');
  for (const w of p.permanent) {
    out.push(para([run(w.company, { b: true, sz: 10.5 }), run(`\t${range(w, dDates)}`, { b: true })], { tabs: tabR, before: 100, keepNext: true }));
    out.push(para([run(w.position, { i: true, b: true, color: '404040' }), run(`  |  ${w.location}`, { i: true, color: '404040' })], { after: 30, keepNext: true }));
    for (const b of w.bullets) out.push(para(run(b), { num: dot, after: 10 }));
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dDates });
  }

  H('EDUCATION');
  const eDates = { style: 'YYYY', sep: ' – ', season: false };
  for (const ed of p.education) {
    const line = [run(`${ed.studyType} ${ed.area}`, { b: true }), run(`, ${ed.institution}`), run(`\t${range(ed, eDates)}`)];
    out.push(para(line, { tabs: tabR, after: ed.score ? 0 : 40 }));
    if (ed.score) out.push(para(run(`Classification: ${ed.score}`, { i: true }), { after: 40 }));
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: eDates });
  }

  if (p.certifications.length) {
    H('CERTIFICATIONS');
    const items = p.certifications.map((c) => `${c.name} (${c.year})`);
    for (const it of items) out.push(para(run(it), { num: dot, after: 10 }));
    k.other('CERTIFICATIONS', items);
  }
  if (p.languages.length) {
    H('LANGUAGES');
    const items = p.languages.map((l) => `${l.language} – ${l.level}`);
    out.push(para(run(items.join('; '))));
    k.other('LANGUAGES', items);
  }
  H('REFERENCES');
  out.push(para(run('Client references available on request.')));
  k.other('REFERENCES', ['Client references available on request.']);

  d.footer(para([run(`${p.name} – Curriculum Vitae – Page `, { sz: 8, color: '7F7F7F' }), pageField({ sz: 8 })], { align: 'center' }));
  k.layout.notes = 'Hand-written DOCX (Calibri 10, A4 unless Letter), single column. Centred name/label, "Phone: … | Email: … | Location: …" and "LinkedIn: <url> | GitHub: <url>" rows with bold labels and hyperlinks, a shaded commercial line (availability • rate • IR35 / work authorisation; not keyed). KEY SKILLS as bulleted "Group: a, b" rows. A bordered CONTRACT SUMMARY / ASSIGNMENT OVERVIEW table (Client | Role | Dates in MM/YYYY, navy header row, zebra rows) lists every engagement a second time before the detailed history (bold client + right-tab "Mmm YYYY – Mmm YYYY", italic "Role | Contract via Agency | City (mode)", • bullets, "Environment:" stack line, not keyed as skills). A one-person company appears only in a note line, never as an employer. Footer with a PAGE field.';
  return d.build(out.join(''));
}

// =====================================================================================================
// E. docx-consultancy: engagements grouped under the person's own company. Word Title / Heading 1 / Heading 2
// styles (Cambria), left-aligned header with " · " contact line, the company block (Heading 2 "Company<tab>dates",
// italic title line) followed by indented client sub-entries ("Client — Role<tab>dates", agency in brackets, ▪
// bullets at a deeper indent), then the roles before the company, Selected Clients as a " · " line (not employers),
// skills as "Group — a, b" rows, education, languages.
const CONSULT = {
  tendai: { heading: 'Experience', sub: 'Client engagements', before: 'Before Larchfield', dates: 'MMM YYYY', present: 'Present', companyDates: 'MMMM YYYY' },
  gerrit: { heading: 'Interim Assignments', sub: 'Assignments (selection)', before: 'Earlier Career', dates: 'MM/YYYY', present: 'present', companyDates: 'YYYY' },
  leonor: { heading: 'Freelance Work', sub: 'Projects for clients', before: 'Agency Experience', dates: 'MMM YYYY', present: 'now', companyDates: 'MMMM YYYY' },
};
export function docxConsultancy(p, k, opt = {}) {
  const cfg = { ...CONSULT[p.id], ...opt };
  const d = new Docx({ font: 'Cambria', size: 10.5, color: '262626', title: `CV ${p.name}`, author: p.name, margins: { top: 850, right: 1000, bottom: 850, left: 1000 }, lineSpacing: 250 });
  const TEAL = '1B6F6A';
  d.style({ id: 'Title', name: 'Title', run: { sz: 26, color: TEAL, spacing: -10 }, para: '<w:spacing w:after="0"/>' });
  d.style({ id: 'Subtitle', name: 'Subtitle', run: { sz: 12, color: '595959', i: true }, para: '<w:spacing w:after="60"/>' });
  d.style({ id: 'Heading1', name: 'heading 1', run: { b: true, sz: 12.5, color: TEAL }, para: `<w:keepNext/><w:spacing w:before="260" w:after="80"/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${TEAL}"/></w:pBdr>`, outline: 0 });
  d.style({ id: 'Heading2', name: 'heading 2', run: { b: true, sz: 11.5, color: '262626' }, para: '<w:keepNext/><w:spacing w:before="160" w:after="0"/>', outline: 1 });
  const sq = d.bullet({ glyph: '\uF0A7', font: 'Wingdings', color: TEAL, left: 900, hanging: 220 }); // Word's square bullet (Wingdings §)
  const textW = 11906 - 2000;
  const out = [];
  const H1 = (t) => out.push(para(run(k.section(t)), { style: 'Heading1' }));

  out.push(para(run(k.b('name', p.name)), { style: 'Title' }));
  out.push(para(run(k.b('label', p.label)), { style: 'Subtitle' }));
  const bits = [d.link(k.b('email', p.email), `mailto:${p.email}`), run(k.b('phone', p.phone)), run(k.b('location', p.location))];
  if (p.url) bits.push(d.link(k.b('url', p.url), `https://${p.url}`));
  for (const n of Object.keys(p.links)) bits.push(d.link(k.profile(p.links[n]), profileUrl(p, n)));
  const line = [];
  bits.forEach((b, i) => { if (i) line.push(run('  ·  ', { color: TEAL })); line.push(b); });
  out.push(para(line, { after: 60 }));
  out.push(para(run(`${p.availability}. ${p.rate}.`, { i: true, sz: 9.5, color: '595959' }), { after: 0 }));

  H1(p.hd.summary);
  out.push(para(run(k.b('summary', p.summary)), { align: 'both' }));

  H1(cfg.heading);
  const co = p.company;
  out.push(para([run(co.name), run(`\t${range(co, { style: cfg.companyDates, present: cfg.present })}`, { b: false, color: '595959' })], { style: 'Heading2', tabs: [[textW, 'right']] }));
  out.push(para(run(`${co.title}, ${p.city}`, { i: true }), { after: 40 }));
  out.push(para(run(cfg.sub, { smallCaps: true, color: TEAL, b: true }), { ind: { left: 340 }, before: 40, after: 20, keepNext: true }));
  const dd = { style: cfg.dates, present: cfg.present };
  const inCo = p.engagements.filter((e) => e.start >= co.start);
  for (const e of inCo) {
    const name = clientOf(e);
    const head = [run(name, { b: true }), run(e.agency && e.client ? ` (via ${e.agency})` : ''), run(' — '), run(e.role, { i: true }), run(`\t${range(e, dd)}`, { sz: 9.5, color: '595959' })];
    out.push(para(head, { ind: { left: 340 }, tabs: [[textW, 'right']], before: 90, after: 20, keepNext: true }));
    for (const b of e.bullets) out.push(para(run(b), { num: sq, after: 10 }));
    k.job(e, { name, position: e.role, dates: dd });
  }
  const earlier = p.engagements.filter((e) => e.start < co.start);
  const before = [...earlier.map((e) => ({ ...e, company: clientOf(e), position: e.role })), ...p.permanent];
  H1(cfg.before);
  for (const w of before) {
    out.push(para([run(w.company), run(`\t${range(w, dd)}`, { b: false, color: '595959' })], { style: 'Heading2', tabs: [[textW, 'right']] }));
    out.push(para(run(`${w.position}, ${w.location}`, { i: true }), { after: 20 }));
    for (const b of w.bullets) out.push(para(run(b), { num: sq, after: 10, ind: { left: 560, hanging: 220 } }));
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }

  H1('Selected Clients');
  out.push(para(run(p.clients.join('  ·  '), { color: '404040' })));
  k.other('Selected Clients', [...p.clients]);

  H1('Skills & Tools');
  for (const g of p.skills) {
    out.push(para([run(`${g.group} — `, { b: true, color: TEAL }), run(g.items.map((s) => k.skill(s)).join(', '))], { after: 30 }));
  }

  H1('Education');
  for (const ed of p.education) {
    const o = { style: 'YYYY' };
    out.push(para([run(`${ed.studyType}, ${ed.area}`, { b: true }), run(`\t${range(ed, o)}`, { color: '595959' })], { tabs: [[textW, 'right']] }));
    out.push(para(run(`${ed.institution}${ed.score ? ` — ${ed.score}` : ''}`, { i: true }), { after: 60 }));
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  if (p.certifications.length) {
    H1('Certifications');
    const items = p.certifications.map((c) => `${c.name}, ${c.year}`);
    for (const it of items) out.push(para(run(it), { after: 20 }));
    k.other('Certifications', items);
  }
  if (p.languages.length) {
    H1('Languages');
    const items = p.languages.map((l) => `${l.language} (${l.level})`);
    out.push(para(run(items.join('  ·  '))));
    k.other('Languages', items);
  }
  d.footer(para([run(`${p.name}  |  `, { sz: 8, color: '8C8C8C' }), pageField({ sz: 8 })], { align: 'right' }));
  k.layout.notes = `Hand-written DOCX (Cambria 10.5, A4) using Word's Title, Subtitle, Heading 1 and Heading 2 styles. Header: name, italic label, one " · " contact line with hyperlinks, an italic availability/rate line (not keyed). Under "${cfg.heading}" the person's own company (${co.name}) is a Heading 2 block with its own dates and title; the client engagements are indented sub-entries "Client (via Agency) — Role<tab>dates" with ▪ bullets at a deeper indent. The company itself is not a work entry: each client engagement is. "${cfg.before}" holds roles before the company as Heading 2 "Employer<tab>dates" + italic "Title, City". Selected Clients is a " · " list of names (not work entries, in otherSections). Skills as "Group — a, b" rows.`;
  return d.build(out.join(''));
}

// =====================================================================================================
// H. docx-agency: a CV reformatted by a recruitment agency. Agency name and division in the page header, a
// "Candidate Profile" two-column key-value table (candidate contact details removed unless the case keeps them),
// agency consultant's contact and disclaimer in the footer, "Key Skills" as a 3-column borderless grid with ✓ marks,
// "Contract Roles" entries as labelled lines (Client:, Role:, Engaged via:, Location:, Duration:), "Permanent Roles",
// "Education & Qualifications".
const AGENCY = {
  rory: { agency: 'Kingsmere Recruitment', division: 'Technology Contracts', consultant: 'Jamie Ward', cEmail: 'j.ward@example.com', cPhone: '020 7946 0321', ref: 'KR-24117', hide: true, dates: 'MMMM YYYY', present: 'Present', rtw: 'British citizen' },
  anjali: { agency: 'Bluebonnet Talent Partners', division: 'IT Staffing', consultant: 'Megan Castillo', cEmail: 'mcastillo@example.com', cPhone: '(972) 555-0148', ref: 'BTP-88213', hide: true, dates: 'MM/YYYY', present: 'Current', rtw: 'Green Card holder' },
  gerrit: { agency: 'Dommel Interim Partners', division: 'Finance Interim', consultant: 'Sanne de Wit', cEmail: 'sanne.dewit@example.org', cPhone: '+31 30 555 0190', ref: 'DIP-0457', hide: false, dates: 'MMM YYYY', present: 'to date', rtw: 'EU citizen' },
};
export function docxAgency(p, k, opt = {}) {
  const a = { ...AGENCY[p.id], ...opt };
  const d = new Docx({ font: 'Arial', size: 10, color: '1A1A1A', title: `${a.ref} ${p.name}`, author: a.consultant, margins: { top: 1300, right: 1000, bottom: 1300, left: 1000 }, lineSpacing: 250, page: p.id === 'anjali' ? 'Letter' : 'A4', lang: p.id === 'anjali' ? 'en-US' : 'en-GB' });
  const PLUM = '5B2A6E';
  const textW = (p.id === 'anjali' ? 12240 : 11906) - 2000;
  const dash = d.bullet({ glyph: '–', left: 400, hanging: 260 });
  d.header(para([run(a.agency.toUpperCase(), { b: true, color: PLUM, spacing: 20, sz: 11 }), run(`\t${a.division}`, { color: '7A7A7A', sz: 9 })], { tabs: [[textW, 'right']], border: { bottom: [12, PLUM, 4] } }));
  d.footer([
    para(run(`Your consultant: ${a.consultant}  |  ${a.cEmail}  |  ${a.cPhone}`, { sz: 8, color: '555555' }), { align: 'center' }),
    para(run(`${a.agency} is acting as an employment business in relation to this candidate. Please do not contact the candidate directly.`, { sz: 7, i: true, color: '7A7A7A' }), { align: 'center' }),
    para([run('Page ', { sz: 8 }), pageField({ sz: 8 })], { align: 'right' }),
  ]);
  const out = [];
  const H = (t) => out.push(para(run(k.section(t), { b: true, color: PLUM, sz: 12 }), { before: 240, after: 100, keepNext: true }));

  H('Candidate Profile');
  const kv = [
    ['Candidate', k.b('name', p.name)],
    [p.kind === 'interim' ? 'Role' : 'Role sought', k.b('label', p.label)],
    ['Location', k.b('location', p.location)],
  ];
  if (!a.hide) kv.push(['Telephone', k.b('phone', p.phone)], ['E-mail', k.b('email', p.email)]);
  kv.push(['Availability', p.availability], ['Rate', [p.rate, p.ir35].filter(Boolean).join(', ')], ['Right to work', a.rtw], ['Reference', a.ref]);
  const rows = kv.map(([l, v], i) => [
    { text: l, run: { b: true, color: PLUM }, shd: 'F1EAF4' },
    { text: v, run: i === 0 ? { b: true, sz: 11 } : {} },
  ]);
  out.push(table(rows, { widths: [2400, textW - 2400], grid: [4, 'C9B6D1'], cellMar: { l: 110, r: 110, t: 30, b: 30 } }));

  H('Candidate Summary');
  out.push(para(run(k.b('summary', p.summary)), { align: 'both' }));

  H('Key Skills');
  const all = p.skills.flatMap((g) => g.items);
  const cols = 3, per = Math.ceil(all.length / cols);
  const grid = [];
  for (let r = 0; r < per; r++) {
    grid.push(Array.from({ length: cols }, (_, c) => {
      const s = all[c * per + r];
      return { paras: [para(s ? [run('✓ ', { color: PLUM, b: true }), run(k.skill(s))] : [], { after: 20 })] };
    }));
  }
  out.push(table(grid, { widths: Array(cols).fill(Math.floor(textW / cols)) }));

  const dd = { style: a.dates, present: a.present };
  const entry = (rowsKV, bullets) => {
    rowsKV.forEach(([l, v, bold], i) => out.push(para([run(`${l}:\t`, { b: true, color: '555555' }), run(v, { b: !!bold })], { tabs: [[1500, 'left']], after: 0, keepNext: true, before: i === 0 ? 160 : 0 })));
    out.push(para(run('Key responsibilities and achievements:', { i: true, color: '555555' }), { before: 40, after: 20, keepNext: true }));
    for (const b of bullets) out.push(para(run(b), { num: dash, after: 10 }));
  };
  H(p.kind === 'interim' ? 'Interim Assignments' : 'Contract Roles');
  for (const e of p.engagements) {
    const r = [];
    if (e.client) r.push(['Client', e.client, true]);
    else r.push(['Client', `Confidential (${e.note})`, true]);
    r.push(['Role', e.role]);
    if (e.agency) r.push(['Engaged via', e.agency, !e.client]);
    r.push(['Location', e.location], ['Duration', range(e, dd)]);
    entry(r, e.bullets);
    k.job(e, { name: clientOf(e), position: e.role, location: e.location, dates: dd });
  }
  H('Permanent Roles');
  for (const w of p.permanent) {
    entry([['Employer', w.company, true], ['Position', w.position], ['Location', w.location], ['Duration', range(w, dd)]], w.bullets);
    k.job(w, { name: w.company, position: w.position, location: w.location, dates: dd });
  }
  H('Education & Qualifications');
  for (const ed of p.education) {
    const o = { style: 'YYYY', season: false };
    out.push(para([run(range(ed, o), { color: '555555' }), run(`\t${ed.studyType} ${ed.area}`, { b: true }), run(`, ${ed.institution}${ed.score ? ` (${ed.score})` : ''}`)], { tabs: [[1500, 'left']], ind: { left: 1500, hanging: 1500 }, after: 40 }));
    k.edu(ed, { studyType: ed.studyType, area: ed.area, score: ed.score, dates: o });
  }
  const items = p.certifications.map((c) => `${c.year}\t${c.name}`);
  for (const it of items) out.push(para([run(it.split('\t')[0], { color: '555555' }), run(`\t${it.split('\t')[1]}`)], { tabs: [[1500, 'left']], after: 40 }));
  if (items.length) k.other('Education & Qualifications', p.certifications.map((c) => c.name));
  k.layout.notes = `Hand-written DOCX (Arial 10, ${p.id === 'anjali' ? 'US Letter' : 'A4'}) as reformatted by an invented recruitment agency (${a.agency}): the agency name and division sit in the page HEADER, the footer holds the agency consultant's name, e-mail and phone (${a.hide ? 'the candidate\'s own e-mail and phone are removed, so none are keyed: a parser that takes the consultant\'s contact is wrong' : 'the candidate\'s own phone and e-mail are also printed in the profile table'}) and a disclaimer. "Candidate Profile" is a two-column shaded key-value table (Candidate, Role sought, Location, Availability, Rate, Right to work, Reference); availability/rate are not keyed. Key Skills as a 3-column borderless grid with ✓ marks. Each role is a block of labelled lines "Client:/Role:/Engaged via:/Location:/Duration:" (tab-aligned) then "Key responsibilities and achievements:" and – bullets; a client withheld under NDA prints "Confidential (…)" and the work name is then the agency. Certifications follow the degrees under "Education & Qualifications" (year<tab>name); in otherSections with a descriptive heading.`;
  return d.build(out.join(''));
}

