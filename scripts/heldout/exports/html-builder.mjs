// A resume downloaded from an online builder in its "ATS-friendly" template, rebuilt from scratch (A4, Chromium):
// a coloured name block, a main column (Profile, Employment History with "Title at Company, City" headings and
// small grey "Jan 2020 — Present" dates under them, Education "Degree, School, City", Courses) and a narrow RIGHT
// column (Details box with address/phone/e-mail, Links printed only as words, Skills and Languages with level
// words such as "Expert" / "Experienced").
import { esc, range, dateText, Key, put, push } from './lib.mjs';

const CSS = (c) => `
@page { size: A4; margin: 14mm 0 14mm 0; }
@page :first { margin-top: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Lato, "Open Sans", Arial, sans-serif; font-size: 9.8pt; color: #1e2532; line-height: 1.45; }
.head { background: ${c}; color: #fff; padding: 22pt 34pt 18pt; }
.head h1 { margin: 0; font-size: 24pt; font-weight: 700; }
.head .job { font-size: 10pt; letter-spacing: 1.2pt; margin-top: 2pt; opacity: 0.92; }
.body { display: flex; gap: 22pt; padding: 16pt 34pt 0; align-items: flex-start; }
.main { flex: 1; }
.side { width: 48mm; flex: none; }
h2 { font-size: 12.5pt; font-weight: 700; margin: 4pt 0 8pt; color: #1e2532; break-after: avoid-page; }
.main section { margin-bottom: 12pt; }
.ent { margin-bottom: 10pt; break-inside: avoid-page; }
.ent h3 { font-size: 10.5pt; margin: 0; font-weight: 700; }
.ent .dt { color: #8a93a3; font-size: 8pt; letter-spacing: 0.4pt; margin: 1pt 0 3pt; }
ul { margin: 0; padding-left: 13pt; }
li { margin-bottom: 2pt; }
.dbox { background: #f3f5f8; padding: 10pt 12pt; margin-bottom: 14pt; }
.side h2 { font-size: 11pt; }
.side .ln { margin-bottom: 2pt; overflow-wrap: anywhere; }
.side section { margin-bottom: 14pt; }
.lv { display: flex; justify-content: space-between; gap: 6pt; margin-bottom: 3pt; }
.lv span:last-child { color: #8a93a3; font-size: 8.5pt; white-space: nowrap; }
a { color: ${c}; text-decoration: underline; }
`;

export function builder(p, o) {
  const k = new Key();
  let head = `<div class="head"><h1>${esc(k.b('name', p.name))}</h1><div class="job">${esc(k.b('label', p.title.toUpperCase()))}</div></div>`;
  let m = `<section><h2>${esc(k.sec('Profile'))}</h2><div>${esc(k.b('summary', p.summary))}</div></section>`;
  m += `<section><h2>${esc(k.sec('Employment History'))}</h2>`;
  for (const w of p.work) {
    const j = k.job();
    const line = `${put(j, 'position', w.title)} at ${put(j, 'name', w.company)}, ${put(j, 'location', w.city)}`;
    let x = `<h3>${esc(line)}</h3><div class="dt">${esc(range(j, w.start, w.end, { style: 'MMM YYYY', sep: ' — ', present: 'Present' }))}</div>`;
    if (w.bullets.length) x += `<ul>${w.bullets.map((b) => `<li>${esc(push(j, 'highlights', b))}</li>`).join('')}</ul>`;
    else if (w.summary) x += `<div>${esc(put(j, 'summary', w.summary))}</div>`;
    m += `<div class="ent">${x}</div>`;
  }
  m += `</section><section><h2>${esc(k.sec('Education'))}</h2>`;
  for (const e of p.education) {
    const x = k.edu();
    const deg = o.degree?.(e) ?? e.degree;
    const line = `${put(x, 'studyType', deg)} in ${put(x, 'area', e.area)}, ${put(x, 'institution', e.school)}, ${e.city}`;
    m += `<div class="ent"><h3>${esc(line)}</h3><div class="dt">${esc(range(x, e.start, e.end, { style: 'MMM YYYY', sep: ' — ' }))}</div>` +
      (e.grade && o.grade ? `<div>Final grade: ${esc(put(x, 'score', e.grade))}</div>` : '') + '</div>';
  }
  m += '</section>';
  if (p.certifications.length) {
    const hd = k.sec('Courses');
    const add = k.other(hd);
    m += `<section><h2>${esc(hd)}</h2>`;
    for (const c of p.certifications) m += `<div class="ent"><h3>${esc(add(`${c.name}, ${c.issuer}`))}</h3><div class="dt">${dateText(c.date, 'MMM YYYY')}</div></div>`;
    m += '</section>';
  }

  let s = `<div class="dbox"><h2>${esc(k.sec('Details'))}</h2>`;
  s += `<div class="ln">${esc(k.b('location', o.address ?? `${p.city}, ${p.country}`))}</div>`;
  s += `<div class="ln">${esc(k.b('phone', p.phone))}</div><div class="ln"><a href="mailto:${esc(p.email)}">${esc(k.b('email', p.email))}</a></div></div>`;
  s += `<section><h2>${esc(k.sec('Links'))}</h2><div class="ln"><a href="https://www.linkedin.com/in/${p.linkedin}">LinkedIn</a></div>` +
    (o.github ? `<div class="ln"><a href="https://github.com/${p.github}">GitHub</a></div>` : '') + '</section>';
  s += `<section><h2>${esc(k.sec('Skills'))}</h2>${p.skills.map((x) => `<div class="lv"><span>${esc(k.skill(x.name))}</span><span>${esc(x.level)}</span></div>`).join('')}</section>`;
  const hd = k.sec('Languages');
  const add = k.other(hd);
  s += `<section><h2>${esc(hd)}</h2>${p.languages.map((l) => `<div class="lv"><span>${esc(add(l.name))}</span><span>${esc(l.word)}</span></div>`).join('')}</section>`;
  head += `<div class="body"><div class="main">${m}</div><div class="side">${s}</div></div>`;
  k.layout = {
    columns: 2,
    notes: 'Online resume builder "ATS-friendly" template lookalike (Resume.io/Zety style; Chromium, A4): coloured full-width name block with the job title in capitals; main column (Profile, Employment History "Title at Company, City" with small grey "Mon YYYY — Present" under it, Education "Degree in Area, School, City", Courses) read before the narrow RIGHT column (Details box: location, phone, e-mail; Links printed only as the words "LinkedIn"/"GitHub" (hyperlinks, so no profiles in the key); Skills and Languages with right-aligned level words "Expert"/"Experienced"/"Skillful", not in the key). Em dashes in date ranges.',
  };
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(p.name)} - Resume</title><style>${CSS(o.color)}</style></head><body>${head}</body></html>`, key: k };
}
