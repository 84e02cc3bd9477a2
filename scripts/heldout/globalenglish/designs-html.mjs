// Chromium designs: iconModern (single column, inline SVG icons, tags) and timeline (vertical timeline, date pills).
import { Key, h } from './lib.mjs';
import { job, nyscJob, school, qual, allSkills, personalItems, refLines } from './common.mjs';

const ICON = {
  phone: 'M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  mail: 'M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z',
  pin: 'M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z',
  link: 'M4 4h4v16H4zM6 2a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM10 8h4v2a4 4 0 0 1 4-2.2c3 0 4 2 4 5V20h-4v-6c0-1.5-.4-2.6-1.8-2.6S14 12.5 14 14v6h-4z',
  code: 'M8.7 16.6 4.1 12l4.6-4.6L7.3 6l-6 6 6 6zm6.6 0 4.6-4.6-4.6-4.6L16.7 6l6 6-6 6z',
  user: 'M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4 0-9 2-9 5v3h18v-3c0-3-5-5-9-5z',
  brief: 'M10 2h4a2 2 0 0 1 2 2v2h4a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V8a2 2 0 0 1 2-2h4V4a2 2 0 0 1 2-2zm0 4h4V4h-4z',
  cap: 'M12 3 1 9l11 6 9-4.9V17h2V9zM5 13.2v4L12 21l7-3.8v-4L12 17z',
  star: 'M12 17.3 18.2 21l-1.6-7 5.4-4.7-7.2-.6L12 2 9.2 8.7 2 9.3l5.4 4.7-1.6 7z',
  globe: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm6.9 6h-3a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8zM12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4zM4.3 14a8 8 0 0 1 0-4h3.4a16 16 0 0 0 0 4zm.8 2h3a15.7 15.7 0 0 0 1.4 3.6A8 8 0 0 1 5.1 16zM8 8H5.1a8 8 0 0 1 4.3-3.6C8.9 5.5 8.4 6.7 8 8zm4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4zm.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h3a8 8 0 0 1-4.4 3.6zM16.3 14a16 16 0 0 0 0-4h3.4a8 8 0 0 1 0 4z',
  heart: 'M12 21 10.6 19.7C5.4 15 2 12 2 8.5A5.4 5.4 0 0 1 7.5 3 6 6 0 0 1 12 5.1 6 6 0 0 1 16.5 3 5.4 5.4 0 0 1 22 8.5c0 3.5-3.4 6.5-8.6 11.2z',
  phonebook: 'M18 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zm-6 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm6 12H6v-1c0-2 4-3 6-3s6 1 6 3z',
};
const svg = (name, size = 13, color = 'currentColor') => `<svg width="${size}" height="${size}" viewBox="0 0 24 24" style="vertical-align:-2px"><path fill="${color}" d="${ICON[name]}"/></svg>`;
const page = (css, body, title) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h(title)}</title><style>@page{size:A4;margin:0}*{box-sizing:border-box}body{margin:0;-webkit-print-color-adjust:exact;print-color-adjust:exact}${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------- iconModern
export function iconModern(P, o) {
  const K = new Key();
  const acc = o.accent ?? '#0f766e';
  const css = `body{font-family:'Noto Sans','Liberation Sans',sans-serif;font-size:9.6pt;color:#222;line-height:1.38}
.wrap{padding:13mm 15mm 12mm}header{border-bottom:3px solid ${acc};padding-bottom:8px;margin-bottom:4px}
h1{font-size:25pt;margin:0;letter-spacing:.5px;color:#111}.label{font-size:12.5pt;color:${acc};font-weight:600;margin:1px 0 7px}
.contact{display:flex;flex-wrap:wrap;gap:4px 18px;font-size:9pt;color:#333}.contact span{white-space:nowrap}.contact svg{margin-right:4px}
h2{font-size:11.5pt;color:${acc};margin:13px 0 6px;display:flex;align-items:center;gap:7px;break-after:avoid}
h2 .ic{display:inline-flex;width:21px;height:21px;border-radius:50%;background:${acc};align-items:center;justify-content:center}
h2:after{content:'';flex:1;border-bottom:1px solid #cfd8d6;margin-left:4px}
.tags{display:flex;flex-wrap:wrap;gap:5px}.tag{background:#e6f2f0;border:1px solid #b9dcd6;border-radius:10px;padding:1px 9px;font-size:8.8pt}
.job{margin:0 0 9px;break-inside:avoid}.row{display:flex;justify-content:space-between;align-items:baseline}
.pos{font-weight:700;font-size:10.4pt}.org{color:#444}.when{font-size:8.8pt;color:#555;white-space:nowrap}
.sub{font-size:8.3pt;font-weight:700;color:${acc};letter-spacing:.4px;margin:3px 0 1px}
ul{margin:0;padding-left:15px}li{margin:0 0 1px}ul.ach li::marker{content:'★  ';color:${acc}}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:5px 16px}.grid .l{font-size:8pt;color:#777}.grid .v{font-weight:600}
.two{display:grid;grid-template-columns:1fr 1fr;gap:4px 24px}.dots{color:${acc};letter-spacing:2px;margin-left:6px}
.ref{border-left:3px solid ${acc};padding-left:8px}`;
  let b = '<div class="wrap"><header>';
  b += `<h1>${h(K.basic('name', P.name))}</h1><div class="label">${h(K.basic('label', P.label))}</div><div class="contact">`;
  b += `<span>${svg('phone')}${h(K.basic('phone', P.phone))}</span><span>${svg('mail')}${h(K.basic('email', P.email))}</span><span>${svg('pin')}${h(K.basic('location', P.home))}</span>`;
  if (P.linkedin) b += `<span>${svg('link')}${h(K.profile(P.linkedin))}</span>`;
  if (P.github) b += `<span>${svg('code')}${h(K.profile(P.github))}</span>`;
  b += '</div></header>';
  const H2 = (t, ic) => `<h2><span class="ic">${svg(ic, 12, '#fff')}</span>${h(K.section(t))}</h2>`;
  b += H2(o.h.objective, 'user') + `<p style="margin:0">${h(K.basic('summary', P.objective))}</p>`;
  b += H2(o.h.skills, 'star') + `<div class="tags">${allSkills(P).map((s) => `<span class="tag">${h(K.skill(s))}</span>`).join('')}</div>`;
  b += H2(o.h.work, 'brief');
  for (const j of P.work) {
    const { w, r } = job(K, j, o.dates);
    b += `<div class="job"><div class="row"><div><span class="pos">${h(j.position)}</span> <span class="org">· ${h(j.org)}, ${h(j.city)}</span></div><div class="when">${h(r.text)}</div></div>`;
    b += `<div class="sub">${h(o.sub[0])}</div><ul>${j.duties.map((d) => `<li>${h(K.hl(w, d))}</li>`).join('')}</ul>`;
    if (j.achievements.length) b += `<div class="sub">${h(o.sub[1])}</div><ul class="ach">${j.achievements.map((d) => `<li>${h(K.hl(w, d))}</li>`).join('')}</ul>`;
    b += '</div>';
  }
  b += H2(o.h.edu, 'cap');
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    b += `<div class="job"><div class="row"><div><span class="pos">${h(qual(e, ', '))}</span></div><div class="when">${h(r.text)}</div></div><div class="org">${h(e.inst)} — ${h(e.city)}${e.score ? ` · ${h(e.score)}` : ''}</div></div>`;
  }
  b += H2(o.h.certs, 'star') + `<ul>${K.other(o.h.certs, [...P.certs]).map((c) => `<li>${h(c)}</li>`).join('')}</ul>`;
  b += H2(o.h.personal, 'user') + `<div class="grid">${K.other(o.h.personal, personalItems(P)).map((it) => `<div><div class="l">${h(it.label)}</div><div class="v">${h(it.value)}</div></div>`).join('')}</div>`;
  const lv = { Native: 5, 'Mother tongue': 5, Fluent: 5, 'Fluent (C1)': 4, 'Very Good': 4, Advanced: 4, Good: 3, Intermediate: 3, Basic: 1 };
  b += H2(o.h.languages, 'globe') + `<div class="two">${K.other(o.h.languages, P.languages.map(([label, value]) => ({ label, value }))).map((it) => {
    const n = lv[it.value] ?? 4;
    return `<div><b>${h(it.label)}</b> – ${h(it.value)}<span class="dots">${'●'.repeat(n)}${'○'.repeat(5 - n)}</span></div>`;
  }).join('')}</div>`;
  b += H2(o.h.hobbies, 'heart') + `<p style="margin:0">${K.other(o.h.hobbies, [...P.hobbies]).map(h).join(' • ')}</p>`;
  const refs = P.referees.map((rf) => refLines(rf, 'Phone: '));
  K.other(o.h.referees, refs.flat());
  b += H2(o.h.referees, 'phonebook') + `<div class="two">${refs.map((ls) => `<div class="ref"><b>${h(ls[0])}</b><br>${h(ls[1])}<br>${h(ls[2])}</div>`).join('')}</div>`;
  b += '</div>';
  return { K, html: page(css, b, `${P.name} – CV`) };
}

// ------------------------------------------------------------------------------------------------ timeline
export function timeline(P, o) {
  const K = new Key();
  const acc = o.accent ?? '#8a4b08';
  const css = `body{font-family:'Liberation Sans','Noto Sans',sans-serif;font-size:9.5pt;color:#2b2b2b;line-height:1.36}
.band{background:${acc};color:#fff;padding:11mm 14mm 7mm;display:flex;gap:16px;align-items:center}
.avatar{width:62px;height:62px;border-radius:50%;border:2px solid #fff;display:flex;align-items:center;justify-content:center;font-size:20pt;font-weight:700;flex:none}
.band h1{margin:0;font-size:23pt}.band .label{font-size:11.5pt;opacity:.9}.band .contact{font-size:8.8pt;margin-top:5px}
.main{padding:4mm 14mm 10mm}h2{font-size:11pt;text-transform:none;color:${acc};border-bottom:1.5px solid ${acc};margin:12px 0 7px;padding-bottom:2px;break-after:avoid}
.tl{position:relative;margin-left:0}.item{display:grid;grid-template-columns:118px 16px 1fr;break-inside:avoid;margin-bottom:6px}
.pill{font-size:8.2pt;background:#f3e9df;color:#5c3206;border-radius:9px;padding:1px 7px;justify-self:start;align-self:start;margin-top:1px;white-space:nowrap}
.rail{position:relative}.rail:before{content:'';position:absolute;left:7px;top:0;bottom:-6px;border-left:2px solid #e0c9b3}
.rail:after{content:'';position:absolute;left:3px;top:4px;width:8px;height:8px;border-radius:50%;background:${acc}}
.pos{font-weight:700;font-size:10.2pt}.org{font-style:italic;color:#555}.sub{font-weight:700;margin-top:3px;font-size:9pt}
ul{margin:1px 0 0;padding-left:14px}li{margin-bottom:1px}li::marker{content:'▪ ';color:${acc}}
.kv{display:grid;grid-template-columns:150px 1fr;gap:2px 8px}.kv .k{font-weight:700}.cols{display:grid;grid-template-columns:1fr 1fr;gap:2px 22px}`;
  const initials = P.name.split(' ').filter((_, i, a) => i === 0 || i === a.length - 1).map((s) => s[0]).join('');
  let b = `<div class="band"><div class="avatar">${h(initials)}</div><div><h1>${h(K.basic('name', P.name))}</h1><div class="label">${h(K.basic('label', P.label))}</div><div class="contact">`;
  const parts = [`Tel. ${h(K.basic('phone', P.phone))}`, h(K.basic('email', P.email)), h(K.basic('location', P.home))];
  if (P.linkedin) parts.push(h(K.profile(P.linkedin)));
  if (P.github) parts.push(h(K.profile(P.github)));
  b += `${parts.join(' &nbsp;•&nbsp; ')}</div></div></div><div class="main">`;
  const H2 = (t) => `<h2>${h(K.section(t))}</h2>`;
  b += H2(o.h.objective) + `<p style="margin:0">${h(K.basic('summary', P.objective))}</p>`;
  b += H2(o.h.work) + '<div class="tl">';
  const jobs = [...P.work];
  if (P.nysc && o.nysc === 'work') jobs.push({ ...P.nysc, isNysc: true });
  for (const j of jobs) {
    const { w, r } = j.isNysc ? nyscJob(K, j, o.dates) : job(K, j, o.dates, j.country ? `${j.city}, ${j.country}` : j.city);
    b += `<div class="item"><div class="pill">${h(r.text)}</div><div class="rail"></div><div><div class="pos">${h(j.position)}</div><div class="org">${h(j.org)}, ${h(w.location)}</div>`;
    b += `<div class="sub">${h(o.sub[0])}</div><ul>${j.duties.map((d) => `<li>${h(K.hl(w, d))}</li>`).join('')}</ul>`;
    if (j.achievements?.length) b += `<div class="sub">${h(o.sub[1])}</div><ul>${j.achievements.map((d) => `<li>${h(K.hl(w, d))}</li>`).join('')}</ul>`;
    b += '</div></div>';
  }
  b += '</div>' + H2(o.h.edu) + '<div class="tl">';
  for (const e of P.education) {
    const r = school(K, e, o.edu);
    b += `<div class="item"><div class="pill">${h(r.text)}</div><div class="rail"></div><div><div class="pos">${h(qual(e))}</div><div class="org">${h(e.inst)}, ${h(e.city)}</div>${e.score ? `<div>${h(o.scoreLabel)}${h(e.score)}</div>` : ''}</div></div>`;
  }
  b += '</div>' + H2(o.h.skills) + '<div class="kv">';
  for (const [g, items] of P.skills) b += `<div class="k">${h(g)}:</div><div>${items.map((s) => h(K.skill(s))).join(', ')}</div>`;
  b += '</div>' + H2(o.h.certs) + `<ul>${K.other(o.h.certs, [...P.certs]).map((c) => `<li>${h(c)}</li>`).join('')}</ul>`;
  b += H2(o.h.personal) + '<div class="cols">';
  for (const it of K.other(o.h.personal, personalItems(P))) b += `<div><b>${h(it.label)}:</b> ${h(it.value)}</div>`;
  b += '</div>' + H2(o.h.additional) + '<div class="kv">';
  const add = K.other(o.h.additional, [
    { label: 'Languages', value: P.languages.map(([l, lvl]) => `${l} (${lvl.toLowerCase()})`).join(', ') },
    { label: 'Hobbies', value: P.hobbies.join(', ') },
  ]);
  for (const it of add) b += `<div class="k">${h(it.label)}:</div><div>${h(it.value)}</div>`;
  b += '</div>' + H2(o.h.referees) + '<div class="cols">';
  const refs = P.referees.map((rf) => refLines(rf, 'Tel: '));
  K.other(o.h.referees, refs.flat());
  b += refs.map((ls) => `<div><b>${h(ls[0])}</b><br>${h(ls[1])}<br>${h(ls[2])}</div>`).join('');
  b += '</div></div>';
  return { K, html: page(css, b, `CV ${P.name}`) };
}
