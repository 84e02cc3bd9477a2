// Imitates the PDF of the online Europass CV editor (2020+ version): name in large type, personal details with
// printed labels ("Email address:", "Phone number:", "Home:", "LinkedIn:"), blue capital section headings over a
// rule, each entry starting with a bracketed date line "[ 03/2021 – CURRENT ]" and the place, then
// "JOB TITLE  EMPLOYER" in capitals, "City: Sevilla | Country: Spain", bullets. Education has labelled
// "Field(s) of study" and "Final grade" lines; languages use the CEFR self-assessment grid; digital skills are a
// " | "-separated run. Page numbers at the bottom right.
import { esc, fmt, fullName, Key, page } from '../lib.mjs';

const CSS = `
@page { size: A4; margin: 14mm 15mm 16mm;
  @bottom-right { content: "Page " counter(page) " / " counter(pages); font: 8pt 'Open Sans', sans-serif; color: #6b7280; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Open Sans', Arial, sans-serif; font-size: 9.3pt; line-height: 1.4; color: #1f2937; }
.top { border-bottom: 2px solid #1b4d9b; padding-bottom: 8px; margin-bottom: 6px; }
h1 { font-size: 22pt; margin: 0 0 6px; color: #111; }
.pd { display: flex; flex-wrap: wrap; gap: 2px 16px; font-size: 8.8pt; }
.pd b { font-weight: 600; }
h2 { color: #1b4d9b; font-size: 11pt; font-weight: 700; margin: 14px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #1b4d9b; break-after: avoid; }
.en { margin-bottom: 10px; break-inside: avoid; }
.dl { color: #6b7280; font-size: 8.6pt; }
.jt { margin: 1px 0; }
.jt b { font-weight: 700; }
.lab b { font-weight: 600; }
ul { margin: 2px 0 0; padding-left: 16px; }
li { margin: 1px 0; }
p { margin: 0; }
table { border-collapse: collapse; width: 100%; font-size: 8.6pt; margin-top: 4px; }
th, td { border: 1px solid #c7d2e3; padding: 2px 5px; text-align: center; }
th { background: #eef3fa; font-weight: 600; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
td:first-child { text-align: left; font-weight: 700; }
.note { font-size: 7.8pt; color: #6b7280; margin-top: 3px; }
`;

const UP = (s) => s.toUpperCase();

export default {
  id: 'europass',
  imitates: 'the Europass CV online editor PDF (European Union, 2020+ format)',
  stresses: 'labelled personal details ("Email address:", "Home:"), bracketed date lines before each entry, "CURRENT" for a current role, job titles and degrees in capitals run into the employer on one line, labelled "City: … | Country: …" locations, labelled education fields ("Field(s) of study", "Final grade"), a CEFR language grid table, digital skills as one " | "-separated line, "Page 1 / 2" footers',
  render(P) {
    const k = new Key();
    const name = k.set('name', fullName(P));
    k.set('email', P.email); k.set('phone', P.phone);
    const home = k.set('location', `${P.city}, ${P.country}`);
    k.set('url', P.web);
    const li = k.profile(`https://www.linkedin.com/in/${P.linkedin}`);
    const b = [];
    b.push(`<div class="top"><h1>${esc(name)}</h1><div class="pd"><span><b>Email address:</b> ${esc(P.email)}</span><span><b>Phone number:</b> ${esc(P.phone)}</span><span><b>Website:</b> ${esc(P.web)}</span><span><b>LinkedIn:</b> ${esc(li)}</span><span><b>Home:</b> ${esc(home)}</span></div></div>`);
    b.push(`<h2>${k.section('ABOUT MYSELF')}</h2><p>${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    const style = 'MM/YYYY';
    const dl = (s, e) => `[ ${fmt(s, style)} – ${e ? fmt(e, style) : 'CURRENT'} ]`;
    b.push(`<h2>${k.section('WORK EXPERIENCE')}</h2>`);
    for (const w of P.work) {
      const [city] = w.location.split(',');
      b.push(`<div class="en"><div class="dl">${dl(w.start, w.end)} ${esc(w.location)}</div><div class="jt"><b>${esc(UP(w.position))}</b> ${esc(UP(w.company))}</div><div class="lab">City: ${esc(city)} | Country: ${esc(P.country)}</div>${w.bullets.length ? `<ul>${w.bullets.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}</div>`);
      k.addWork(w, { style, location: true, position: UP(w.position), name: UP(w.company) });
    }
    b.push(`<h2>${k.section('EDUCATION AND TRAINING')}</h2>`);
    for (const e of P.education) {
      b.push(`<div class="en"><div class="dl">${dl(e.start, e.end)} ${esc(e.location)}, ${esc(P.country)}</div><div class="jt"><b>${esc(UP(e.studyType))}</b> ${esc(e.institution)}</div><div class="lab"><b>Field(s) of study:</b> ${esc(e.area)}</div>${e.score ? `<div class="lab"><b>Final grade:</b> ${esc(e.score)}</div>` : ''}</div>`);
      k.addEdu(e, { style, score: true, studyType: UP(e.studyType) });
    }
    const native = P.languages.filter((l) => !l.cefr), other = P.languages.filter((l) => l.cefr);
    b.push(`<h2>${k.section('LANGUAGE SKILLS')}</h2><p>Mother tongue(s): <b>${native.map((l) => esc(UP(l.name))).join(', ')}</b></p><p>Other language(s):</p>`);
    b.push(`<table><tr><th rowspan="2"></th><th colspan="2">UNDERSTANDING</th><th colspan="2">SPEAKING</th><th>WRITING</th></tr><tr><th>Listening</th><th>Reading</th><th>Spoken production</th><th>Spoken interaction</th><th></th></tr>${other.map((l) => `<tr><td>${esc(UP(l.name))}</td>${`<td>${l.cefr}</td>`.repeat(5)}</tr>`).join('')}</table><p class="note">Levels: A1 and A2: Basic user; B1 and B2: Independent user; C1 and C2: Proficient user</p>`);
    k.other('LANGUAGE SKILLS', P.languages.map((l) => ({ language: UP(l.name), ...(l.cefr ? { fluency: l.cefr } : {}) })));
    const skills = P.skillGroups.flatMap((g) => g.items);
    b.push(`<h2>${k.section('DIGITAL SKILLS')}</h2><p>${skills.map(esc).join(' | ')}</p>`);
    k.skill(...skills);
    if (P.certs.length) {
      b.push(`<h2>${k.section('LICENCES AND CERTIFICATES')}</h2>`, ...P.certs.map((c) => `<div class="en"><div class="dl">[ ${c.year} ]</div><div class="jt"><b>${esc(UP(c.name))}</b> ${esc(c.issuer)}</div></div>`));
      k.other('LICENCES AND CERTIFICATES', P.certs.map((c) => ({ title: UP(c.name), issuer: c.issuer, date: c.year })));
    }
    if (P.projects.length) {
      b.push(`<h2>${k.section('PROJECTS')}</h2>`, ...P.projects.map((p) => `<div class="en"><div class="jt"><b>${esc(UP(p.name))}</b></div><p>${esc(p.description)}</p></div>`));
      for (const p of P.projects) k.addProject({ ...p, name: UP(p.name) });
    }
    if (P.awards.length) {
      b.push(`<h2>${k.section('CONFERENCES AND SEMINARS')}</h2>`, ...P.awards.map((a) => `<div class="en"><div class="dl">[ ${a.year} ]</div><div class="jt"><b>${esc(UP(a.title))}</b></div><p>${esc(a.description)}</p></div>`));
      k.other('CONFERENCES AND SEMINARS', P.awards.map((a) => ({ title: UP(a.title), date: a.year, summary: a.description })));
    }
    k.layout.notes = 'Europass online CV look: one column; job titles, degrees and employers printed in capitals (the key keeps the capitals); work location is the place on the date line ("Sevilla, Spain"); the labelled "City: … | Country: …" line repeats it. Languages: mother tongue plus a CEFR grid (fluency = the level in the grid). Digital skills are one " | "-separated line. "CURRENT" = present.';
    return { html: page({ title: `Europass CV – ${name}`, css: CSS, body: b.join('\n') }), key: k };
  },
};
