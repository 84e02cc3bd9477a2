// HTML designs printed by headless Chromium. Each design prints a persona and records every printed field in the
// key (K) at the moment it prints it. Returns {K, html}.
import { Key, nameOf, range, fmtDate, duration, h, photoPng } from './lib.mjs';

const page = (css, body, title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h(title)}</title><style>${css}</style></head><body>${body}</body></html>`;
const flat = (P) => P.skills.flatMap(([, xs]) => xs);

// ------------------------------------------------------------------------------------------ jobPortal
// JobStreet-like profile export: portal banner line, name with headline, a two-column contact / facts table, then
// Experience entries with the date range and computed duration in a LEFT column and title / company / Industry /
// Position Level / "•" description in the right; Education with the graduation month on the left; Skills as a
// Skill | Proficiency table; Languages as Language | Spoken | Written; Additional Info (expected salary, notice).
export function jobPortal(P, o) {
  const K = new Key();
  const H = o.h;
  const b = [];
  b.push(`<div class="banner"><span>Candidate Profile</span><span>Last updated 14 Jan 2025</span></div>`);
  b.push(`<h1>${h(K.basic('name', nameOf(P, o.name)))}</h1><div class="headline">${h(K.basic('label', P.label))}</div>`);
  const facts = [['Mobile', K.basic('phone', P.phone)], ['Email', K.basic('email', P.email)], ['Address', K.basic('location', P.address)]];
  if (P.linkedin && o.profiles) facts.push(['LinkedIn', K.profile(P.linkedin)]);
  for (const [l, v] of P.particulars.filter(([l]) => ['Nationality', 'Date of Birth', 'Gender'].includes(l))) facts.push([l, v]);
  b.push(`<table class="facts">${facts.map(([l, v]) => `<tr><td class="l">${h(l)}</td><td>${h(v)}</td></tr>`).join('')}</table>`);
  K.other('Contact', facts.slice(3).map(([l, v]) => ({ label: l, value: v })));
  const sec = (t, inner) => `<section><h2>${h(K.section(t))}</h2>${inner}</section>`;
  if (o.summary) b.push(sec(H.summary, `<p class="about">${h(K.basic('summary', P.objective))}</p>`));
  let ex = '';
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ position: j.title, name: j.company, location: j.city, startDate: d.startDate, endDate: d.endDate });
    ex += `<div class="row"><div class="when">${h(d.text)}<br><small>${h(duration(j.start, j.end))}</small></div><div class="what"><div class="t">${h(j.title)}</div><div class="c">${h(j.company)} | ${h(j.city)}</div>`;
    ex += `<table class="meta"><tr><td>Industry</td><td>${h(j.industry ?? 'Others')}</td></tr><tr><td>Position Level</td><td>${h(j.level ?? 'Senior Executive')}</td></tr></table>`;
    ex += `<div class="desc">${j.bullets.map((s) => `• ${h(K.hl(w, s))}`).join('<br>')}</div></div></div>`;
  }
  b.push(sec(H.work, ex));
  let ed = '';
  for (const e of P.education) {
    const yr = e.end.slice(0, 7);
    const t = o.eduMonth ? fmtDate(e.end, 'Mon YYYY') : e.end.slice(0, 4);
    K.date(t);
    K.edu({ institution: e.inst, studyType: e.deg, area: e.area, endDate: o.eduMonth ? yr : e.end.slice(0, 4), score: e.score });
    ed += `<div class="row"><div class="when">${h(t)}</div><div class="what"><div class="t">${h(e.inst)}</div><div class="c">${h(e.deg)} in ${h(e.area)} | ${h(P.city.split(',').pop().trim())}</div>${e.score ? `<div class="g">Grade: ${h(e.score)}</div>` : ''}${e.honours ? `<div class="g">Honours: ${h(e.honours)}</div>` : ''}</div></div>`;
  }
  b.push(sec(H.edu, ed));
  const lv = ['Advanced', 'Advanced', 'Intermediate', 'Advanced', 'Intermediate', 'Beginner'];
  b.push(sec(H.skills, `<table class="grid"><tr><th>Skill</th><th>Proficiency</th></tr>${flat(P).map((s, i) => `<tr><td>${h(K.skill(s))}</td><td>${lv[i % lv.length]}</td></tr>`).join('')}</table>`));
  b.push(sec(H.lang, `<table class="grid"><tr><th>Language</th><th>Spoken</th><th>Written</th></tr>${P.languages.map(([l, f]) => `<tr><td>${h(K.lang(l, f))}</td><td>${h(f)}</td><td>${h(f)}</td></tr>`).join('')}</table>`));
  const add = P.particulars.filter(([l]) => /Salary|Notice|Availability/.test(l)).map(([l, v]) => `${l}: ${v}`);
  add.push(`Preferred Work Location: ${P.city.split(',')[0]}`);
  b.push(sec(H.add, `<ul class="add">${K.other(H.add, add).map((s) => `<li>${h(s)}</li>`).join('')}</ul>`));
  const css = `@page{size:A4;margin:14mm 14mm 16mm}body{font-family:"Liberation Sans",Arial,sans-serif;font-size:9.6pt;color:#222;margin:0}
.banner{display:flex;justify-content:space-between;background:#0d3880;color:#fff;padding:5px 10px;font-size:8.5pt;border-radius:3px}
h1{font-size:19pt;margin:12px 0 0;color:#0d3880}.headline{font-size:11pt;color:#555;margin-bottom:8px}
table.facts{border-collapse:collapse;margin-bottom:6px}table.facts td{padding:1px 16px 1px 0;vertical-align:top}td.l{color:#777;width:110px}
section{margin-top:10px}h2{font-size:11.5pt;color:#0d3880;border-bottom:2px solid #e1e6f0;padding-bottom:2px;margin:0 0 6px}
.row{display:flex;gap:14px;margin-bottom:9px;break-inside:avoid}.when{width:130px;flex:none;color:#444}.when small{color:#888}
.what{flex:1}.t{font-weight:bold;font-size:10.5pt}.c{color:#333;margin-bottom:2px}.g{color:#444}
table.meta{border-collapse:collapse;font-size:8.8pt;color:#666;margin:2px 0 3px}table.meta td{padding:0 12px 0 0}
.desc{line-height:1.4}table.grid{border-collapse:collapse;min-width:60%}table.grid th{background:#eef1f7;text-align:left;font-weight:normal;color:#555}
table.grid td,table.grid th{padding:2px 10px;border-bottom:1px solid #e4e7ee}ul.add{margin:0;padding-left:18px}p.about{margin:0}`;
  return { K, html: page(css, b.join('\n'), nameOf(P, o.name)) };
}

// ---------------------------------------------------------------------------------------- tintedSidebar
// Two-column resume with a LEFT tinted sidebar (full-height tint repeated on every page): round placeholder photo,
// Contact with ✆ ✉ ⌂ glyphs and profile links (printed handles), Skills as tags, Languages with ●○ dots, Certifications
// and Personal; main column: name, label, profile, experience ("Title" + accent dates right, "Company · City"), education,
// extra-curricular activities. Sections are keyed in DOM order: sidebar first, then main.
export function tintedSidebar(P, o) {
  const K = new Key();
  const H = o.h;
  const photo = `data:image/png;base64,${photoPng(120, 150, [214, 232, 228], [120, 160, 150]).toString('base64')}`;
  const side = [];
  side.push(`<img class="ph" src="${photo}" alt="">`);
  const contact = [`<div>✆ ${h(K.basic('phone', P.phone))}</div>`, `<div>✉ ${h(K.basic('email', P.email))}</div>`, `<div>⌂ ${h(K.basic('location', P.city))}</div>`];
  for (const k of ['linkedin', 'github', 'behance']) if (P[k]) contact.push(`<div>${k === 'linkedin' ? 'in' : k === 'github' ? '⌥' : 'Bē'} ${h(K.profile(o.handles ? P[k].split('/').pop() : P[k]))}</div>`);
  side.push(`<h3>${h(K.section(H.contact))}</h3>${contact.join('')}`);
  side.push(`<h3>${h(K.section(H.skills))}</h3><div class="tags">${flat(P).map((s) => `<span>${h(K.skill(s))}</span>`).join(' ')}</div>`);
  const dots = (f) => (/Native/.test(f) ? '●●●●●' : /Fluent|Business|Professional/.test(f) ? '●●●●○' : /Intermediate|Conversational/.test(f) ? '●●●○○' : '●●○○○');
  side.push(`<h3>${h(K.section(H.lang))}</h3>${P.languages.map(([l, f]) => `<div class="lg"><b>${h(K.lang(l, f))}</b> <span class="dots">${dots(f)}</span><br><small>${h(f)}</small></div>`).join('')}`);
  side.push(`<h3>${h(K.section(H.certs))}</h3>${K.other(H.certs, [...P.certs]).map((c) => `<div class="ct">${h(c)}</div>`).join('')}`);
  const main = [];
  main.push(`<h1>${h(K.basic('name', nameOf(P, o.name)))}</h1><div class="label">${h(K.basic('label', P.label))}</div>`);
  const sec = (t, inner) => `<section><h2>${h(K.section(t))}</h2>${inner}</section>`;
  main.push(sec(H.summary, `<p>${h(K.basic('summary', P.objective))}</p>`));
  let ex = '';
  for (const j of P.work) {
    const d = range(K, j.start, j.end, o.dates);
    const w = K.work({ position: j.title, name: j.company, location: j.city, startDate: d.startDate, endDate: d.endDate });
    ex += `<div class="job"><div class="top"><span class="t">${h(j.title)}</span><span class="d">${h(d.text)}</span></div><div class="c">${h(j.company)} · ${h(j.city)}</div><ul>${j.bullets.map((s) => `<li>${h(K.hl(w, s))}</li>`).join('')}</ul></div>`;
  }
  main.push(sec(H.work, ex));
  let ed = '';
  for (const e of P.education) {
    const d = range(K, e.start, e.end, o.eduDates ?? o.dates);
    K.edu({ institution: e.inst, studyType: e.degShort, area: e.area, startDate: d.startDate, endDate: d.endDate, score: e.score });
    ed += `<div class="job"><div class="top"><span class="t">${h(e.degShort)} ${h(e.area)}</span><span class="d">${h(d.text)}</span></div><div class="c">${h(e.inst)}</div>${e.score ? `<div class="sc">${h(e.score)}</div>` : ''}</div>`;
  }
  main.push(sec(H.edu, ed));
  main.push(sec(H.extra, `<ul>${K.other(H.extra, [...P.extra]).map((s) => `<li>${h(s)}</li>`).join('')}</ul>`));
  const tint = o.tint ?? '#e3f0ed', accent = o.accent ?? '#1f6f62';
  const css = `@page{size:A4;margin:0}body{margin:0;font-family:"DejaVu Sans","Liberation Sans",sans-serif;font-size:9pt;color:#263238}
.bg{position:fixed;left:0;top:0;bottom:0;width:68mm;background:${tint}}
.wrap{position:relative;display:grid;grid-template-columns:68mm 1fr}
.side{padding:12mm 7mm 10mm 8mm;line-height:1.5}.main{padding:12mm 12mm 10mm 9mm}
.ph{width:30mm;height:37mm;border-radius:50%;object-fit:cover;display:block;margin:0 auto 4mm}
h3{font-size:10pt;text-transform:uppercase;letter-spacing:1px;color:${accent};margin:5mm 0 2mm;border-bottom:1px solid ${accent}}
.tags span{display:inline-block;background:#fff;border-radius:9px;padding:0 7px;margin:1.5px 1px;font-size:8.3pt}
.lg{margin-bottom:1.5mm}.dots{color:${accent};letter-spacing:1px}.lg small{color:#5b6b70}.ct{margin-bottom:1.5mm}
h1{font-size:22pt;margin:0;color:#102a2a;letter-spacing:.5px}.label{font-size:12pt;color:${accent};margin-bottom:3mm}
h2{font-size:11pt;color:${accent};text-transform:uppercase;letter-spacing:1.2px;margin:5mm 0 2mm}
.job{margin-bottom:3.2mm;break-inside:avoid}.top{display:flex;justify-content:space-between}.t{font-weight:bold;font-size:9.8pt}
.d{color:${accent};white-space:nowrap;margin-left:8px}.c{font-style:italic;color:#455a64}.sc{color:#455a64}
ul{margin:1mm 0 0;padding-left:4.5mm}li{margin-bottom:.6mm}p{margin:0;line-height:1.45}`;
  return { K, html: page(css, `<div class="bg"></div><div class="wrap"><div class="side">${side.join('\n')}</div><div class="main">${main.join('\n')}</div></div>`, nameOf(P, o.name)) };
}
