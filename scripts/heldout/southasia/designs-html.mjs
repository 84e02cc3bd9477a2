// Four HTML designs printed by Chromium. Each prints the persona and records every printed field in the key (K)
// at the moment it prints it. Returns {K, html}.
import { Key, range, h } from './lib.mjs';

const DECL = 'I hereby declare that all the information furnished above is true to the best of my knowledge and belief.';
const page = (css, body, title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h(title)}</title><style>${css}</style></head><body>${body}</body></html>`;

// ------------------------------------------------------------------------------------------------ D5
// naukriProfile: job-portal profile export; card header with "Title at Company", icon facts grid; rounded cards
// with lower-case headings; key skills as pills; employment "Full-time · Jun 2019 to Present" with typed "•"
// bullets and "Key Achievements:" inside the description; education blocks; personal details grid.
export function naukriProfile(pp, o) {
  const K = new Key();
  const b = [];
  const cur = pp.work[0];
  const card = (title, inner) => `<section class="card"><h2>${h(K.section(title))}</h2>${inner}</section>`;
  b.push(`<div class="top"><div class="avatar">${h(pp.name.split(' ').map((x) => x[0]).slice(0, 2).join(''))}</div><div><h1>${h(K.basic('name', pp.name))}</h1>
    <div class="headline"><b>${h(K.basic('label', cur.title))}</b> at ${h(cur.company)}</div>
    <div class="facts"><span>⌂ ${h(K.basic('location', pp.city))}</span><span>◷ ${h(pp.totalExp)}</span><span>☎ ${h(K.basic('phone', pp.phone))}</span><span>✉ ${h(K.basic('email', pp.email))}</span></div></div></div>`);
  b.push(card('Profile summary', `<p>${h(K.basic('summary', pp.objective))}</p>`));
  b.push(card('Key skills', `<div class="pills">${pp.skills.flatMap(([, xs]) => xs).map((s) => `<span>${h(K.skill(s))}</span>`).join(' ')}</div>`));
  let emp = '';
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ position: j.title, name: j.company, startDate: d.startDate, endDate: d.endDate, location: j.city });
    emp += `<div class="job"><div class="t">${h(j.title)}</div><div class="c">${h(j.company)}</div><div class="m">Full-time · ${h(d.text)} · ${h(j.city)}</div><div class="desc">`;
    emp += j.roles.map((s) => `• ${h(K.hl(w, s))}<br>`).join('');
    if (j.achievements.length) emp += 'Key Achievements:<br>' + j.achievements.map((s) => `• ${h(K.hl(w, s))}<br>`).join('');
    emp += '</div></div>';
  }
  b.push(card('Employment', emp));
  let ed = '';
  for (const e of pp.education) {
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, endDate: e.year, score: e.score });
    K.date(e.year);
    ed += `<div class="edu"><div class="t">${h(e.deg)}${e.area ? `, ${h(e.area)}` : ''}</div><div class="c">${h(e.inst)}</div><div class="m">${h(e.year)} · Full Time · ${h(e.score)}</div></div>`;
  }
  b.push(card('Education', ed));
  b.push(card('Certifications', `<ul>${K.other('Certifications', [...pp.certs]).map((s) => `<li>${h(s)}</li>`).join('')}</ul>`));
  const pers = [...pp.personal];
  b.push(card('Personal details', `<div class="grid">${pers.map(([l, v]) => `<div><small>${h(l)}</small><br>${h(v)}</div>`).join('')}</div>`));
  K.other('Personal details', pers.map(([l, v]) => ({ label: l, value: v })));
  b.push(card('Languages', `<table class="lang"><tr><th>Language</th><th>Proficiency</th><th>Read</th><th>Write</th><th>Speak</th></tr>${pp.languages.map((l, i) => `<tr><td>${h(l)}</td><td>${i === 0 ? 'Expert' : 'Proficient'}</td><td>✓</td><td>✓</td><td>✓</td></tr>`).join('')}</table>`));
  K.other('Languages', [...pp.languages]);
  const css = `@page{size:A4;margin:12mm}body{font-family:"Liberation Sans",Arial,sans-serif;font-size:10pt;color:#2d2d2d;background:#f4f6fa;margin:0}
.top{display:flex;gap:16px;align-items:center;background:#fff;border-radius:10px;padding:14px 18px;border:1px solid #e3e6ee;margin-bottom:10px}
.avatar{width:64px;height:64px;border-radius:50%;background:#4a6ee0;color:#fff;font-size:22pt;display:flex;align-items:center;justify-content:center}
h1{margin:0;font-size:18pt;color:#121224}.headline{margin:2px 0 6px}.facts span{display:inline-block;margin-right:18px;color:#555;font-size:9.5pt}
.card{background:#fff;border:1px solid #e3e6ee;border-radius:10px;padding:10px 18px;margin-bottom:10px;break-inside:auto}
h2{font-size:12pt;margin:0 0 6px;color:#121224}.pills span{display:inline-block;border:1px solid #cfd4e3;border-radius:14px;padding:2px 10px;margin:2px;font-size:9pt}
.job,.edu{margin:6px 0 10px;break-inside:avoid}.t{font-weight:bold}.c{color:#275df5}.m{color:#717b9e;font-size:9pt}.desc{margin-top:4px;line-height:1.4}
.grid{display:grid;grid-template-columns:1fr 1fr 1fr;gap:6px}.grid small{color:#717b9e}table.lang{border-collapse:collapse}table.lang td,table.lang th{padding:2px 14px 2px 0;text-align:left}`;
  return { K, html: page(css, b.join('\n'), pp.name) };
}

// ------------------------------------------------------------------------------------------------ D6
// sidebarBuilder: resume-builder layout with a LEFT dark sidebar (initials badge, CONTACT with ☎ ✉ ⌂ glyphs,
// SKILLS grouped with level bars, LANGUAGES, PERSONAL INFO, HOBBIES) and the main column (name, label, CAREER
// OBJECTIVE, WORK EXPERIENCE with ➤ bullets, EDUCATION, CERTIFICATIONS, DECLARATION).
export function sidebarBuilder(pp, o) {
  const K = new Key();
  const s = [];
  s.push(`<div class="badge">${h(pp.name.split(' ').map((x) => x[0]).slice(0, 2).join(''))}</div>`);
  s.push(`<h3>${h(K.section('CONTACT'))}</h3><div class="ci">☎ ${h(K.basic('phone', pp.phone))}</div><div class="ci">✉ ${h(K.basic('email', pp.email))}</div><div class="ci">⌂ ${h(K.basic('location', pp.address))}</div>`);
  for (const pr of pp.profiles) s.push(`<div class="ci">${/github/.test(pr.url) ? '⌥' : 'in'} <a href="${h(pr.url)}">${h(K.profile(pr.text))}</a></div>`);
  s.push(`<h3>${h(K.section('SKILLS'))}</h3>`);
  pp.skills.forEach(([label, xs], gi) => {
    s.push(`<div class="grp">${h(label)}</div>`);
    xs.forEach((x, i) => s.push(`<div class="sk">${h(K.skill(x))}<div class="bar"><i style="width:${90 - ((i + gi) % 4) * 12}%"></i></div></div>`));
  });
  s.push(`<h3>${h(K.section('LANGUAGES'))}</h3>${K.other('LANGUAGES', [...pp.languages]).map((l) => `<div class="ci">${h(l)}</div>`).join('')}`);
  s.push(`<h3>${h(K.section('PERSONAL INFO'))}</h3>${pp.personal.map(([l, v]) => `<div class="pi"><span>${h(l)}:</span> ${h(v)}</div>`).join('')}`);
  K.other('PERSONAL INFO', pp.personal.map(([l, v]) => ({ label: l, value: v })));
  s.push(`<h3>${h(K.section('HOBBIES'))}</h3>${K.other('HOBBIES', [...pp.hobbies]).map((l) => `<div class="ci">${h(l)}</div>`).join('')}`);
  const m = [];
  m.push(`<h1>${h(K.basic('name', pp.name))}</h1><div class="lbl">${h(K.basic('label', pp.label))}</div>`);
  m.push(`<h2>${h(K.section('CAREER OBJECTIVE'))}</h2><p>${h(K.basic('summary', pp.objective))}</p>`);
  m.push(`<h2>${h(K.section('WORK EXPERIENCE'))}</h2>`);
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ position: j.title, name: j.company, location: j.city, startDate: d.startDate, endDate: d.endDate });
    m.push(`<div class="job"><div class="jt">${h(j.title)}<span class="dt">${h(d.text)}</span></div><div class="jc">${h(j.company)} | ${h(j.city)}</div>`);
    m.push(`<div class="sub">Roles &amp; Responsibilities</div><ul>${j.roles.map((x) => `<li>${h(K.hl(w, x))}</li>`).join('')}</ul>`);
    if (j.achievements.length) m.push(`<div class="sub">Key Achievements</div><ul>${j.achievements.map((x) => `<li>${h(K.hl(w, x))}</li>`).join('')}</ul>`);
    m.push('</div>');
  }
  m.push(`<h2>${h(K.section('EDUCATION'))}</h2>`);
  for (const e of pp.education) {
    const yr = e.start ? `${e.start} - ${e.year}` : e.year;
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, startDate: e.start, endDate: e.year, score: e.score });
    if (e.start) K.date(e.start);
    K.date(e.year);
    m.push(`<div class="edu"><div class="jt">${h(e.deg)}${e.area ? ` in ${h(e.area)}` : ''}<span class="dt">${h(yr)}</span></div><div class="jc">${h(e.inst)}, ${h(e.board)}</div><div>Result: ${h(e.score)}</div></div>`);
  }
  m.push(`<h2>${h(K.section('CERTIFICATIONS'))}</h2><ul>${K.other('CERTIFICATIONS', [...pp.certs]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  m.push(`<h2>${h(K.section('DECLARATION'))}</h2><p>${h(K.other('DECLARATION', [DECL])[0])}</p><p class="sig">Place: ${h(pp.place)}<span>${h(pp.name)}</span></p>`);
  const css = `@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Sans",sans-serif;font-size:9pt;color:#222}
.bg{position:fixed;left:0;top:0;bottom:0;width:68mm;background:#21404f}
.wrap{display:grid;grid-template-columns:68mm 1fr;position:relative}
.side{color:#e8f0f2;padding:12mm 6mm 10mm 7mm}.main{padding:12mm 11mm 10mm 9mm}
.badge{width:26mm;height:26mm;border-radius:50%;border:2px solid #9fd3d6;display:flex;align-items:center;justify-content:center;font-size:22pt;margin:0 auto 6mm}
h3{font-size:10pt;letter-spacing:1.5px;border-bottom:1px solid #9fd3d6;padding-bottom:2px;margin:14px 0 6px;color:#9fd3d6}
.ci{margin:3px 0;word-break:break-word}.ci a{color:#e8f0f2;text-decoration:none}.grp{font-weight:bold;margin-top:6px}.sk{margin:2px 0}.bar{height:4px;background:#3d5e6d}.bar i{display:block;height:4px;background:#9fd3d6}
.pi span{color:#9fd3d6}h1{font-size:22pt;margin:0;color:#21404f;letter-spacing:1px}.lbl{font-size:12pt;color:#3a8a8f;margin-bottom:6px}
h2{font-size:11pt;color:#21404f;border-bottom:2px solid #3a8a8f;margin:14px 0 6px;letter-spacing:1px}
.job,.edu{margin-bottom:8px;break-inside:avoid}.jt{font-weight:bold;font-size:10pt}.dt{float:right;font-weight:normal;font-style:italic;color:#555}.jc{color:#3a8a8f}
.sub{font-weight:bold;margin-top:3px}ul{margin:2px 0 4px;padding-left:14px;list-style:none}li{margin:1px 0}li::before{content:"➤ ";color:#3a8a8f;margin-left:-12px}
.sig{margin-top:14px}.sig span{float:right;font-weight:bold}`;
  return { K, html: page(css, `<div class="bg"></div><div class="wrap"><aside class="side">${s.join('\n')}</aside><main class="main">${m.join('\n')}</main></div>`, pp.name) };
}

// ------------------------------------------------------------------------------------------------ D7
// topBandTimeline: coloured header band with a "•"-separated contact row; headings with a left accent bar;
// experience as a two-column timeline (dates + city in a narrow left gutter, dot + rule, role on the right);
// skills as "Label : values" rows with aligned colons (CSS grid); education table; personal details grid.
export function topBandTimeline(pp, o) {
  const K = new Key();
  const b = [];
  const H = (t) => `<h2>${h(K.section(t))}</h2>`;
  const contact = [`☎ ${h(K.basic('phone', pp.phone))}`, `✉ ${h(K.basic('email', pp.email))}`, `⌂ ${h(K.basic('location', pp.city))}`, ...pp.profiles.map((pr) => h(K.profile(pr.text)))];
  b.push(`<header><h1>${h(K.basic('name', pp.name))}</h1><div class="lbl">${h(K.basic('label', pp.label))}</div><div class="ct">${contact.join(' <b>•</b> ')}</div></header><div class="body">`);
  b.push(H(o.h.objective) + `<p>${h(K.basic('summary', pp.objective))}</p>`);
  b.push(H(o.h.summary) + `<ul>${K.other(o.h.summary, [...pp.summary]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  b.push(H(o.h.work));
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ startDate: d.startDate, endDate: d.endDate, location: j.city, position: j.title, name: j.company });
    let x = `<div class="tl"><div class="when">${h(d.text)}<br><span>${h(j.city)}</span></div><div class="what"><div class="t">${h(j.title)}</div><div class="c">${h(j.company)}</div>`;
    x += `<div class="sub">Responsibilities:</div><ul>${j.roles.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul>`;
    if (j.achievements.length) x += `<div class="sub">Key Achievements:</div><ul class="ach">${j.achievements.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul>`;
    b.push(x + '</div></div>');
  }
  b.push(H(o.h.skills) + `<div class="sk">${pp.skills.map(([l, xs]) => `<div class="l">${h(l)}</div><div>:</div><div>${h(xs.map((s) => K.skill(s)).join(', '))}</div>`).join('')}</div>`);
  let t = '<table class="ed"><tr><th>Qualification</th><th>Institution</th><th>Board / University</th><th>Year</th><th>Result</th></tr>';
  for (const e of pp.education) {
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, endDate: e.year, score: e.score });
    K.date(e.year);
    t += `<tr><td>${h(e.deg)}${e.area ? ` (${h(e.area)})` : ''}</td><td>${h(e.inst)}</td><td>${h(e.board)}</td><td>${h(e.year)}</td><td>${h(e.score)}</td></tr>`;
  }
  b.push(H(o.h.edu) + t + '</table>');
  b.push(H(o.h.certs) + `<ul>${K.other(o.h.certs, [...pp.certs]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  const pers = [...pp.personal, ['Languages Known', pp.languages.join(', ')]];
  b.push(H(o.h.personal) + `<div class="pd">${pers.map(([l, v]) => `<div><b>${h(l)}:</b> ${h(v)}</div>`).join('')}</div>`);
  K.other(o.h.personal, pers.map(([l, v]) => ({ label: l, value: v })));
  b.push(H('DECLARATION') + `<p>${h(K.other('DECLARATION', [DECL])[0])}</p><p class="sig">Date: ${h(o.signDate)}<br>Place: ${h(pp.place)}<span>(${h(pp.name)})</span></p></div>`);
  const css = `@page{size:A4;margin:0 0 12mm 0}@page:first{margin-top:0}body{margin:0;font-family:"Liberation Serif","Times New Roman",serif;font-size:10.5pt;color:#1d1d1d}
header{background:#7a1f2b;color:#fff;padding:9mm 14mm 6mm}h1{margin:0;font-size:24pt;letter-spacing:.5px}.lbl{font-size:12.5pt;color:#f3d7a6;margin:2px 0 6px}.ct{font-size:9.5pt}.ct b{color:#f3d7a6;margin:0 4px}
.body{padding:2mm 14mm 0}h2{font-size:11.5pt;text-transform:none;border-left:5px solid #7a1f2b;padding-left:7px;margin:14px 0 6px;color:#7a1f2b;background:#f7eeee}
.tl{display:grid;grid-template-columns:34mm 1fr;break-inside:avoid;margin-bottom:6px}.when{font-weight:bold;font-size:9.5pt;color:#7a1f2b;padding-right:4mm}.when span{font-weight:normal;color:#555}
.what{border-left:2px solid #d9b9bd;padding-left:5mm;position:relative}.what::before{content:"";position:absolute;left:-6px;top:3px;width:9px;height:9px;border-radius:50%;background:#7a1f2b}
.t{font-weight:bold}.c{font-style:italic}.sub{font-weight:bold;margin-top:3px;font-size:10pt}ul{margin:2px 0;padding-left:16px}ul.ach{list-style:square}
.sk{display:grid;grid-template-columns:34mm 4mm 1fr;row-gap:2px}.sk .l{font-weight:bold}
table.ed{border-collapse:collapse;width:100%;font-size:9.5pt}table.ed th,table.ed td{border:1px solid #b9a3a6;padding:3px 5px;text-align:left}table.ed th{background:#f7eeee}
.pd{display:grid;grid-template-columns:1fr 1fr;gap:2px 16px}.sig{margin-top:12px}.sig span{float:right;font-weight:bold}`;
  return { K, html: page(css, b.join('\n'), `${pp.name} - Resume`) };
}

// ------------------------------------------------------------------------------------------------ D8
// classicCV: serif "CURRICULUM VITAE" title; name + contact left, "Address for Communication" right; grey
// bordered heading bars; ACADEMIC PROFILE table first (Course | Institution | Board/University | Year |
// Aggregate); experience / internship as "Organisation : …" rows; one-line project header "Project: … | Client: …";
// skills as "Label: values" bullets; strengths; personal profile; declaration with signature.
export function classicCV(pp, o) {
  const K = new Key();
  const b = [];
  const H = (t) => `<h2>${h(K.section(t))}</h2>`;
  b.push('<div class="title">CURRICULUM VITAE</div>');
  const prof = pp.profiles.map((pr) => `<div>${/github/.test(pr.url) ? 'GitHub' : 'LinkedIn'}: ${h(K.profile(pr.text))}</div>`).join('');
  b.push(`<div class="hd"><div><div class="nm">${h(K.basic('name', pp.name))}</div><div>Email: ${h(K.basic('email', pp.email))}</div><div>Mobile: ${h(K.basic('phone', pp.phone))}</div>${prof}</div><div class="addr"><b>Address for Communication:</b><br>${h(K.basic('location', pp.address))}</div></div><hr>`);
  b.push(H(o.h.objective) + `<p class="j">${h(K.basic('summary', pp.objective))}</p>`);
  let t = '<table class="ac"><tr><th>Course</th><th>Institution</th><th>Board / University</th><th>Year</th><th>Aggregate</th></tr>';
  for (const e of pp.education) {
    const yr = e.start ? `${e.start} – ${e.year}` : e.year;
    K.edu({ studyType: e.deg, area: e.area, institution: e.inst, startDate: e.start, endDate: e.year, score: e.score });
    if (e.start) K.date(e.start);
    K.date(e.year);
    t += `<tr><td>${h(e.deg)}${e.area ? ` – ${h(e.area)}` : ''}</td><td>${h(e.inst)}</td><td>${h(e.board)}</td><td>${h(yr)}</td><td>${h(e.score)}</td></tr>`;
  }
  b.push(H(o.h.edu) + t + '</table>');
  b.push(H(o.h.work));
  for (const j of pp.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ name: j.company, position: j.title, location: j.city, startDate: d.startDate, endDate: d.endDate });
    b.push(`<table class="kv"><tr><td>Organisation</td><td>:</td><td><b>${h(j.company)}</b>, ${h(j.city)}</td></tr><tr><td>Designation</td><td>:</td><td>${h(j.title)}</td></tr><tr><td>Duration</td><td>:</td><td>${h(d.text)}</td></tr></table>`);
    b.push(`<div class="sub">Roles &amp; Responsibilities:</div><ul>${j.roles.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul>`);
    if (j.achievements.length) b.push(`<div class="sub">Key Achievements:</div><ul>${j.achievements.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul>`);
    for (const pr of j.projects ?? []) {
      const pd = range(K, pr.duration[0], pr.duration[1], o.dates);
      b.push(`<div class="pj"><b>Project: ${h(pr.title)}</b> | Client: ${h(pr.client)} | Duration: ${h(pd.text)} | Team Size: ${h(pr.team)}</div><div class="pj2"><i>Technologies:</i> ${h(pr.tech)}</div><p class="j pj2">${h(K.hl(w, pr.desc))}</p><ul class="pj2">${pr.resp.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul>`);
    }
  }
  if (pp.projects) {
    b.push(H(o.h.projects));
    pp.projects.forEach((pr, i) => {
      K.project({ name: pr.name, description: pr.desc, keywords: pr.tech });
      b.push(`<div class="pj"><b>${i + 1}. ${h(pr.name)}</b></div><p class="j pj2">${h(pr.desc)} <i>Tools: ${h(pr.tech.join(', '))}</i></p>`);
    });
  }
  b.push(H(o.h.skills) + `<ul>${pp.skills.map(([l, xs]) => `<li><b>${h(l)}:</b> ${h(xs.map((s) => K.skill(s)).join(', '))}</li>`).join('')}</ul>`);
  b.push(H(o.h.certs) + `<ul>${K.other(o.h.certs, [...pp.certs]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  b.push(H('STRENGTHS') + `<ul>${K.other('STRENGTHS', [...pp.strengths]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  if (pp.extra) b.push(H('EXTRA-CURRICULAR ACTIVITIES') + `<ul>${K.other('EXTRA-CURRICULAR ACTIVITIES', [...pp.extra]).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  const pers = [...pp.personal, ['Languages Known', pp.languages.join(', ')], ['Hobbies', pp.hobbies.join(', ')]];
  b.push(H(o.h.personal) + `<table class="kv">${pers.map(([l, v]) => `<tr><td>${h(l)}</td><td>:</td><td>${h(v)}</td></tr>`).join('')}</table>`);
  K.other(o.h.personal, pers.map(([l, v]) => ({ label: l, value: v })));
  b.push(H('DECLARATION') + `<p class="j">${h(K.other('DECLARATION', [DECL])[0])}</p><div class="sig"><div>Place: ${h(pp.place)}<br>Date:</div><div>Signature<br><b>(${h(pp.name)})</b></div></div>`);
  const css = `@page{size:A4;margin:14mm 16mm}body{font-family:"Liberation Serif","Times New Roman",serif;font-size:11pt;color:#000}
.title{text-align:center;font-weight:bold;font-size:15pt;text-decoration:underline;margin-bottom:10px;letter-spacing:1px}
.hd{display:flex;justify-content:space-between}.nm{font-size:14pt;font-weight:bold;margin-bottom:2px}.addr{width:42%;font-size:10.5pt}
hr{border:0;border-top:2px solid #000;margin:6px 0}h2{font-size:11pt;background:#d9d9d9;border:1px solid #7f7f7f;padding:2px 6px;margin:12px 0 6px}
.j{text-align:justify;margin:4px 0}table.ac{border-collapse:collapse;width:100%;font-size:10pt}table.ac th,table.ac td{border:1px solid #000;padding:3px 4px;text-align:center}
table.kv{border-collapse:collapse;margin:6px 0 2px}table.kv td{padding:1px 4px;vertical-align:top}table.kv td:first-child{width:38mm}
.sub{font-weight:bold;text-decoration:underline;margin-top:4px}ul{margin:2px 0 4px;padding-left:20px;list-style:none}li::before{content:"➢ ";margin-left:-16px}
.pj{margin-top:8px}.pj2{margin-left:14px}.sig{display:flex;justify-content:space-between;margin-top:16px}.sig div:last-child{text-align:right}`;
  return { K, html: page(css, b.join('\n'), 'Curriculum Vitae') };
}
