// Europass CV as the 2020+ online editor prints it, rebuilt from scratch (A4, Chromium): blue name banner, a
// personal-information block of icon + bold label + value items separated by bars, capital section headings with a
// blue rule, "[ 01/03/2021 – Current ]" date lines ABOVE the title, employer and "City, Country" lines, education
// with "Final grade | Level in EQF", the CEFR self-assessment grid, DIGITAL SKILLS as tag boxes, driving licence.
import { esc, range, dateText, Key, put, push } from './lib.mjs';

const BLUE = '#0b4e96';
const icon = (d) => `<svg width="10" height="10" viewBox="0 0 16 16" style="vertical-align:-1px;margin-right:3px"><circle cx="8" cy="8" r="8" fill="${BLUE}"/><path d="${d}" fill="#fff"/></svg>`;
const ICONS = {
  cal: 'M4 5h8v7H4z', flag: 'M5 4h1v9H5zM6 4h5l-1 2 1 2H6z', person: 'M8 4a2 2 0 110 4 2 2 0 010-4zM4.5 12c0-2 1.5-3 3.5-3s3.5 1 3.5 3z',
  phone: 'M5 4h2l1 2-1 1 2 2 1-1 2 1v2c-4 0-7-3-7-7z', mail: 'M4 5h8v6H4zm0 0l4 3 4-3', link: 'M5 7h2v5H5zM5 4h2v2H5zM8 7h2v1c1-1 3-1 3 1v3h-2V9H10v3H8z',
  home: 'M8 3l5 4v6H9v-3H7v3H3V7z', globe: 'M8 3a5 5 0 100 10A5 5 0 008 3z',
};

const CSS = `
@page { size: A4; margin: 12mm 14mm 14mm 14mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Open Sans", Arial, sans-serif; font-size: 9.5pt; color: #222; line-height: 1.4; }
.banner { background: ${BLUE}; color: #fff; padding: 12pt 16pt 11pt; border-radius: 2pt; }
.banner h1 { margin: 0; font-size: 22pt; font-weight: 600; letter-spacing: 0.2pt; }
.info { margin: 9pt 0 2pt; font-size: 8.8pt; }
.info div { margin: 0 0 3pt; }
.info b { font-weight: 700; }
.bar { color: #9aa8b8; margin: 0 5pt; }
h2 { color: ${BLUE}; font-size: 11pt; font-weight: 700; margin: 15pt 0 7pt; padding-bottom: 3pt; border-bottom: 1.5px solid ${BLUE}; letter-spacing: 0.3pt; break-after: avoid-page; }
.entry { margin: 0 0 10pt; break-inside: avoid-page; }
.date { color: #6b6b6b; font-size: 8.5pt; margin-bottom: 1pt; }
.ttl { font-weight: 700; font-size: 10.5pt; }
.org { font-weight: 400; }
.where { color: #444; font-size: 8.8pt; }
ul { margin: 3pt 0 0; padding-left: 14pt; }
li { margin: 0 0 1.5pt; }
.kv { font-size: 8.8pt; margin-top: 2pt; }
table.cefr { border-collapse: collapse; width: 100%; margin: 4pt 0 3pt; font-size: 8.5pt; }
table.cefr th, table.cefr td { border: 1px solid #c9d3df; padding: 3pt 5pt; text-align: center; }
table.cefr th { background: #eef3f9; color: #333; font-weight: 600; font-size: 7.8pt; }
table.cefr td.l { text-align: left; font-weight: 700; }
.levels { color: #6b6b6b; font-size: 7.8pt; }
.tags span { display: inline-block; border: 1px solid #b9c8da; background: #f4f7fb; border-radius: 3pt; padding: 1.5pt 6pt; margin: 0 4pt 4pt 0; font-size: 8.8pt; }
`;

export function europass(p, o = {}) {
  const k = new Key();
  const sep = '<span class="bar">|</span>';
  let h = `<div class="banner"><h1>${esc(k.b('name', p.name))}</h1></div>`;
  const row1 = [];
  if (o.personal !== false) {
    row1.push(`${icon(ICONS.cal)}<b>Date of birth:</b> ${esc(p.dob)}`);
    row1.push(`${icon(ICONS.flag)}<b>Nationality:</b> ${esc(p.nationality)}`);
    row1.push(`${icon(ICONS.person)}<b>Gender:</b> ${esc(p.gender)}`);
  }
  const row2 = [
    `${icon(ICONS.phone)}<b>Phone number:</b> ${esc(k.b('phone', p.phoneEuropass))} (Mobile)`,
    `${icon(ICONS.mail)}<b>Email address:</b> ${esc(k.b('email', p.email))}`,
  ];
  const row3 = [`${icon(ICONS.link)}<b>LinkedIn:</b> ${esc(k.profile(`https://www.linkedin.com/in/${p.linkedin}`))}`];
  if (o.github) row3.push(`${icon(ICONS.globe)}<b>Website:</b> ${esc(k.profile(`https://github.com/${p.github}`))}`);
  const addr = `${p.street}, ${p.postcode}, ${p.city}, ${p.country}`;
  const row4 = [`${icon(ICONS.home)}<b>Home:</b> ${esc(k.b('location', addr))} (Home)`];
  h += `<div class="info">${[row1, row2, row3, row4].filter((r) => r.length).map((r) => `<div>${r.join(sep)}</div>`).join('')}</div>`;

  if (o.about !== false) h += `<h2>${esc(k.sec('ABOUT ME'))}</h2><div>${esc(k.b('summary', p.summary))}</div>`;

  h += `<h2>${esc(k.sec('WORK EXPERIENCE'))}</h2>`;
  for (const w of p.work) {
    const j = k.job();
    const dates = range(j, w.start, w.end, { style: 'DD/MM/YYYY', sep: ' – ', present: 'Current' });
    let x = `<div class="date">[ ${esc(dates)} ]</div>`;
    x += `<div class="ttl">${esc(put(j, 'position', w.title))}</div>`;
    x += `<div class="org">${esc(put(j, 'name', w.company))}</div>`;
    x += `<div class="where">${esc(put(j, 'location', w.country ? `${w.city}, ${w.country}` : w.city))}</div>`;
    if (w.bullets.length) x += `<ul>${w.bullets.map((b) => `<li>${esc(push(j, 'highlights', b))}</li>`).join('')}</ul>`;
    else if (w.summary) x += `<div>${esc(put(j, 'summary', w.summary))}</div>`;
    h += `<div class="entry">${x}</div>`;
  }
  h += `<h2>${esc(k.sec('EDUCATION AND TRAINING'))}</h2>`;
  for (const e of p.education) {
    const x = k.edu();
    const dates = range(x, e.start, e.end, { style: 'MM/YYYY', sep: ' – ' });
    const title = `${put(x, 'studyType', e.degreeLong ?? e.degree)} in ${put(x, 'area', e.area)}`;
    let y = `<div class="date">[ ${esc(dates)} ]</div><div class="ttl">${esc(title)}</div>`;
    y += `<div class="org">${esc(put(x, 'institution', e.school))}</div><div class="where">${esc(`${e.city}, ${e.country}`)}</div>`;
    const kv = [];
    if (e.subjects && o.subjects) kv.push(`<b>Field(s) of study:</b> ${esc(e.subjects)}`);
    if (e.grade) kv.push(`<b>Final grade:</b> ${esc(put(x, 'score', e.grade))}`);
    if (e.eqf) kv.push(`<b>Level in EQF:</b> ${esc(e.eqf)}`);
    if (kv.length) y += `<div class="kv">${kv.join(sep)}</div>`;
    h += `<div class="entry">${y}</div>`;
  }

  const langHd = k.sec('LANGUAGE SKILLS');
  const addLang = k.other(langHd);
  const natives = p.languages.filter((l) => l.native && !l.cefr).map((l) => l.name);
  h += `<h2>${esc(langHd)}</h2><div><b>Mother tongue(s):</b> ${esc(natives.map(addLang).join(' | '))}</div>`;
  const others = p.languages.filter((l) => l.cefr);
  if (others.length) {
    h += '<div style="margin-top:4pt"><b>Other language(s):</b></div><table class="cefr"><tr><th rowspan="2"></th><th colspan="2">UNDERSTANDING</th><th colspan="2">SPEAKING</th><th>WRITING</th></tr>' +
      '<tr><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th><th></th></tr>';
    for (const l of others) h += `<tr><td class="l">${esc(addLang(l.name))}</td>${l.cefr.map((c) => `<td>${c}</td>`).join('')}</tr>`;
    h += '</table><div class="levels">Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user</div>';
  }

  h += `<h2>${esc(k.sec('DIGITAL SKILLS'))}</h2><div class="tags">${p.skills.map((s) => `<span>${esc(k.skill(s.name))}</span>`).join('')}</div>`;

  if (p.certifications.length && o.certs !== false) {
    const hd = k.sec('CERTIFICATES');
    const add = k.other(hd);
    h += `<h2>${esc(hd)}</h2>`;
    for (const c of p.certifications) {
      h += `<div class="entry"><div class="date">[ ${dateText(c.date, 'MM/YYYY')} ]</div><div class="ttl">${esc(add(c.name))}</div><div class="org">${esc(c.issuer)}</div></div>`;
    }
  }
  if (p.driving) {
    const hd = k.sec('DRIVING LICENCE');
    h += `<h2>${esc(hd)}</h2><div><b>Driving Licence:</b> ${esc(k.other(hd)(p.driving))}</div>`;
  }
  k.layout = {
    columns: 1,
    notes: 'Europass online-editor (2020+) lookalike (Chromium, A4): blue banner with the name only; personal information as icon (inline SVG, no text) + bold label + value items separated by "|" (Date of birth, Nationality, Gender, Phone number "(+CC) digits (Mobile)", Email address, LinkedIn/Website as full URLs, Home address). Capital section headings with a blue rule. Each entry starts with a grey "[ DD/MM/YYYY – Current ]" line ABOVE the bold title, then employer and "City, Country". Education titles "Degree in Area" with "[ MM/YYYY – MM/YYYY ]" and "Final grade: … | Level in EQF: …". LANGUAGE SKILLS: "Mother tongue(s): A | B" and a CEFR grid table. DIGITAL SKILLS as bordered tag boxes. basics.location is the printed home address.',
  };
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>Europass CV - ${esc(p.name)}</title><style>${CSS}</style></head><body>${h}</body></html>`, key: k };
}
