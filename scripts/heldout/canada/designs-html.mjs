// Chromium designs: `accent` (bilingual French · English headings, main column + right sidebar, inline SVG icons,
// skill chips, language dot meters) and `timeline` (left date gutter with a vertical rule and dots, numeric dates,
// Canadian / International experience split for newcomers).
import { htmlEsc as h } from './lib.mjs';

const ICON = {
  pin: '<path d="M8 1a5 5 0 0 0-5 5c0 3.5 5 9 5 9s5-5.5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z"/>',
  phone: '<path d="M4 1h3l1 4-2 1a9 9 0 0 0 4 4l1-2 4 1v3a2 2 0 0 1-2 2C6 14 2 10 2 3a2 2 0 0 1 2-2z"/>',
  mail: '<path d="M1 3h14v10H1zM2 4l6 5 6-5" fill="none" stroke="currentColor" stroke-width="1.4"/>',
  in: '<rect x="1" y="1" width="14" height="14" rx="2"/><path d="M4 6h2v6H4zM5 3.5a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2zM7.5 6h2v1c.4-.7 1.2-1.2 2.2-1.2 1.6 0 2.3 1 2.3 2.8V12h-2V9c0-.9-.3-1.5-1.1-1.5S9.5 8.1 9.5 9v3h-2z" fill="#fff"/>',
  gh: '<path d="M8 1a7 7 0 0 0-2.2 13.6c.4.1.5-.2.5-.4v-1.3c-2 .4-2.4-.9-2.4-.9-.3-.8-.8-1-.8-1-.6-.5.1-.5.1-.5.7 0 1.1.7 1.1.7.6 1.1 1.7.8 2.1.6 0-.5.2-.8.4-1-1.6-.2-3.2-.8-3.2-3.5 0-.8.3-1.4.7-1.9 0-.2-.3-.9.1-1.9 0 0 .6-.2 1.9.7a6.6 6.6 0 0 1 3.5 0c1.3-.9 1.9-.7 1.9-.7.4 1 .1 1.7.1 1.9.4.5.7 1.1.7 1.9 0 2.7-1.6 3.3-3.2 3.5.3.2.5.7.5 1.3v2c0 .2.1.5.5.4A7 7 0 0 0 8 1z"/>',
};
const icon = (n) => `<svg class="ic" viewBox="0 0 16 16" width="11" height="11" fill="currentColor" aria-hidden="true">${ICON[n]}</svg>`;
const page = (title, css, body) => `<!doctype html><html lang="en-CA"><head><meta charset="utf-8"><title>${h(title)}</title><style>${css}</style></head><body>${body}</body></html>`;

// ---------------------------------------------------------------------------------------------------------------
export function accent(P, k, o = {}) {
  const C = o.color ?? '#1d4e89';
  const sec = (fr, en) => {
    if (fr === en) return `<h2><span class="fr">${h(k.section(fr))}</span></h2>`;
    k.section(`${fr} · ${en}`);
    return `<h2><span class="fr">${h(fr)}</span> · <span class="en">${h(en)}</span></h2>`;
  };
  const name = k.basic('name', P.name);
  const label = k.basic('label', P.label);
  const contacts = [
    `${icon('pin')}${h(k.basic('location', P.location))}`,
    `${icon('phone')}${h(k.basic('phone', P.phone))}`,
    `${icon('mail')}<a href="mailto:${h(P.email)}">${h(k.basic('email', P.email))}</a>`,
  ];
  if (P.linkedin) contacts.push(`${icon('in')}<a href="https://${h(P.linkedin)}">${h(k.profile(P.linkedin))}</a>`);
  if (P.github) contacts.push(`${icon('gh')}<a href="https://${h(P.github)}">${h(k.profile(P.github))}</a>`);

  let main = sec('Profil', 'Profile') + `<p class="sum">${h(k.basic('summary', P.summary))}</p>`;
  main += sec('Expérience', 'Experience');
  for (const j of P.jobs) {
    const w = k.job(j, { style: 'MMMM YYYY', term: 'season-dot', max: o.max ?? 3 });
    main += `<div class="job"><div class="row"><b>${h(w.position)}</b><span class="d">${h(w.dates)}</span></div><div class="org">${h(w.name)} — ${h(w.location)}</div><ul>${w.highlights.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`;
  }
  if (P.projects.length) {
    main += sec('Projets', 'Projects');
    for (const p0 of P.projects) {
      const p = k.project(p0, { noDates: true, max: 1 });
      main += `<div class="job"><div class="row"><b>${h(p.name)}</b><span class="d">${h(p.keywords.join(' · '))}</span></div><ul>${p.highlights.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`;
    }
  }
  main += sec('Formation', 'Education');
  for (const e0 of P.education) {
    const e = k.edu(e0, { style: 'MMMM YYYY', endOnly: !e0.start || e0.expected, noScore: true });
    const deg = `${e.studyType}${e.area ? `, ${e.area}` : ''}${e.program ? ` (${e.program})` : ''}`;
    main += `<div class="job"><div class="row"><b>${h(deg)}</b><span class="d">${e0.expected ? 'Expected ' : ''}${h(e.dates)}</span></div><div class="org">${h(e.institution)} — ${h(e.location)}</div></div>`;
  }
  if (P.volunteer.length) {
    main += sec('Bénévolat', 'Volunteering');
    for (const j of P.volunteer) {
      const w = k.job(j, { style: 'MMMM YYYY', other: 'Bénévolat · Volunteering', max: 1 });
      main += `<div class="job"><div class="row"><b>${h(w.position)}</b><span class="d">${h(w.dates)}</span></div><div class="org">${h(w.name)} — ${h(w.location)}</div><ul>${w.highlights.map((x) => `<li>${h(x)}</li>`).join('')}</ul></div>`;
    }
  }

  let side = sec('Compétences', 'Skills');
  for (const [lab, list] of P.skills) {
    side += `<h3>${h(lab)}</h3><div class="chips">${k.skills(list).map((s) => `<span>${h(s)}</span>`).join('')}</div>`;
  }
  side += sec('Langues', 'Languages');
  const lv = (x) => (/native/.test(x) ? 5 : /fluent/.test(x) ? 4 : /intermediate|functional/.test(x) ? 3 : 2);
  for (const [l, level] of P.languages) {
    const [txt] = k.other('Langues · Languages', [`${l} (${level})`]);
    side += `<div class="lang">${h(txt)}<div class="dots">${[1, 2, 3, 4, 5].map((i) => `<i class="${i <= lv(level) ? 'on' : ''}"></i>`).join('')}</div></div>`;
  }
  if (P.certs.length) {
    side += sec('Certifications', 'Certifications');
    side += `<ul class="plain">${k.other('Certifications', P.certs.map(([c, y]) => `${c}, ${y}`)).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`;
  }
  if (P.awards.length) {
    side += sec('Distinctions', 'Awards');
    side += `<ul class="plain">${k.other('Distinctions · Awards', P.awards).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`;
  }
  const css = `@page{size:Letter;margin:0.55in 0.55in 0.5in}*{box-sizing:border-box}body{margin:0;font:9.6pt/1.38 'Source Sans 3','Source Sans Pro','Lato',sans-serif;color:#1f2328}
header{border-bottom:2px solid ${C};padding-bottom:8px;margin-bottom:10px}header h1{margin:0;font:600 25pt/1.1 'Lato',sans-serif;color:${C};letter-spacing:.3px}
header .lab{font-size:12pt;color:#444;margin:2px 0 6px}.ct{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:9pt}.ct span{white-space:nowrap}.ic{vertical-align:-1px;margin-right:4px;color:${C}}
a{color:inherit;text-decoration:none}.grid{display:grid;grid-template-columns:1fr 2.15in;gap:22px}
h2{font:700 10.5pt 'Lato',sans-serif;margin:12px 0 5px;padding-bottom:2px;border-bottom:1px solid #cfd6de;color:${C}}h2 .en{font-weight:400;color:#55606b}
main h2:first-child,aside h2:first-child{margin-top:0}.sum{margin:0 0 4px}.job{margin-bottom:7px;break-inside:avoid}.row{display:flex;justify-content:space-between;gap:10px}.d{color:#555;white-space:nowrap;font-size:9pt}
.org{font-style:italic;color:#333}ul{margin:2px 0 0;padding-left:14px}li{margin:0 0 1px}li::marker{color:${C}}
aside{background:#f4f6f9;padding:10px 11px;border-radius:4px;align-self:start}aside h3{font-size:8.6pt;margin:6px 0 3px;color:#333;text-transform:none}
.chips{display:flex;flex-wrap:wrap;gap:3px}.chips span{background:#fff;border:1px solid #c5ced8;border-radius:9px;padding:0 6px;font-size:8.4pt}
.lang{margin-bottom:4px}.dots{display:flex;gap:3px;margin-top:1px}.dots i{width:8px;height:8px;border-radius:50%;background:#d5dbe2}.dots i.on{background:${C}}
ul.plain{padding-left:12px;font-size:8.8pt}`;
  const body = `<header><h1>${h(name)}</h1><div class="lab">${h(label)}</div><div class="ct">${contacts.map((c) => `<span>${c}</span>`).join('')}</div></header><div class="grid"><main>${main}</main><aside>${side}</aside></div>`;
  k.layout(2, 'Chromium-printed HTML (Source Sans / Lato, US Letter): bilingual headings "Expérience · Experience", "Formation · Education", "Compétences · Skills" (French part bold in colour, English part lighter), accents throughout (names, employers, cities). Header: coloured name, label, one wrapped contact row with inline SVG icons (no glyph text) — city, phone, e-mail, LinkedIn and GitHub URLs. Below, a main column (profile, experience, projects, education, volunteering) and a tinted RIGHT sidebar (skill groups as rounded chips, languages with 5-dot meters, certifications, awards): independent side-by-side columns; sections are keyed main column first, then sidebar. Dates right-aligned as "March 2021 – Present"; co-op terms "Summer 2024 · 4 months" (year-only keys); education dates as printed (years, or the end date only for a degree in progress: "Expected April 2026").');
  return { kind: 'html', data: page(`${P.name} — CV`, css, body) };
}

// ---------------------------------------------------------------------------------------------------------------
export function timeline(P, k, o = {}) {
  const C = o.color ?? '#1b6ca8';
  const style = 'MM/YYYY';
  const present = o.present ?? 'Current';
  const sec = (t) => `<h2>${h(k.section(t))}</h2>`;
  const name = k.basic('name', P.name);
  const label = k.basic('label', P.label);
  const right = [h(k.basic('location', P.locationLong)), h(k.basic('phone', P.phone)), `<a href="mailto:${h(P.email)}">${h(k.basic('email', P.email))}</a>`];
  if (P.linkedin) right.push(`<a href="https://${h(P.linkedin)}">LinkedIn</a>${P.github ? ` · <a href="https://${h(P.github)}">${h(k.profile(P.github))}</a>` : ''}`);
  else if (P.github) right.push(`<a href="https://${h(P.github)}">${h(k.profile(P.github))}</a>`);
  const row = (date, inner) => `<div class="tl"><div class="when">${h(date ?? '')}</div><div class="what">${inner}</div></div>`;
  let body = `<header><div><h1>${h(name)}</h1><div class="lab">${h(label)}</div></div><div class="ct">${right.map((x) => `<div>${x}</div>`).join('')}</div></header>`;
  const band = [P.status ?? P.citizenship, P.bilingual, P.availability].filter(Boolean).join(' · ');
  if (band && o.band !== false) body += `<div class="band">${h(band)}</div>`;
  body += sec('PROFILE') + `<p class="sum">${h(k.basic('summary', P.summary))}</p>`;
  const jobs = (heading, list) => {
    body += sec(heading);
    for (const j of list) {
      const w = k.job(j, { style, present, term: 'months', max: o.max ?? 3 });
      body += row(w.dates, `<div class="t"><b>${h(w.position)}</b></div><div class="org">${h(w.name)}<span class="loc"> | ${h(w.location)}</span></div><ul>${w.highlights.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
    }
  };
  const intl = P.jobs.filter((j) => j.intl);
  if (intl.length) {
    jobs('CANADIAN EXPERIENCE', P.jobs.filter((j) => !j.intl));
    jobs('INTERNATIONAL EXPERIENCE', intl);
  } else jobs(P.jobs.some((j) => j.term) && P.education[0].expected ? 'CO-OP EXPERIENCE' : 'EXPERIENCE', P.jobs);
  body += sec('EDUCATION');
  for (const e0 of P.education) {
    const e = k.edu(e0, { style: e0.expected ? style : 'YYYY', present, endOnly: !e0.start });
    const deg = `${e.studyType}${e.area ? ` — ${e.area}` : ''}`;
    body += row(`${e.dates}${e0.expected ? ' (exp.)' : ''}`, `<div class="t"><b>${h(deg)}</b></div><div class="org">${h(e.institution)}<span class="loc"> | ${h(e.location)}</span></div>${e.score ? `<div class="note">${h(e.scoreLabel)}: ${h(e.score)}</div>` : ''}${e.note ? `<div class="note">${h(e.note)}</div>` : ''}`);
  }
  if (P.certs.length) {
    body += sec('CERTIFICATIONS');
    for (const [c0, y] of P.certs) {
      const [c] = k.other('CERTIFICATIONS', [c0]);
      body += row(y, `<b class="cert">${h(c)}</b>`);
    }
  }
  if (P.volunteer.length) {
    body += sec('VOLUNTEER EXPERIENCE');
    for (const j of P.volunteer) {
      const w = k.job(j, { style, present, other: 'VOLUNTEER EXPERIENCE', max: 1 });
      body += row(w.dates, `<div class="t"><b>${h(w.position)}</b></div><div class="org">${h(w.name)}<span class="loc"> | ${h(w.location)}</span></div><ul>${w.highlights.map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
    }
  }
  let sk = P.skills.map(([lab, list]) => `<tr><th>${h(lab)}</th><td>${h(k.skills(list).join(', '))}</td></tr>`).join('');
  if (P.languages.length > 1) sk += `<tr><th>Spoken languages</th><td>${h(k.other('Spoken languages', P.languages.map(([l, lv]) => `${l} (${lv})`)).join(', '))}</td></tr>`;
  body += sec('SKILLS') + `<table class="sk">${sk}</table>`;
  const css = `@page{size:Letter;margin:0.45in 0.55in}*{box-sizing:border-box}body{margin:0;font:9.6pt/1.35 'Inter','Liberation Sans',sans-serif;color:#222}
header{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid ${C};padding-bottom:8px}h1{margin:0;font:700 24pt/1.05 'Inter',sans-serif;color:${C}}.lab{font-size:11.5pt;color:#555;margin-top:3px}
.ct{text-align:right;font-size:8.8pt;line-height:1.45}a{color:${C};text-decoration:none}.band{margin:8px 0 2px;background:${C}14;border-left:3px solid ${C};padding:3px 8px;font-size:9pt;font-weight:600}
h2{font:700 9.6pt 'Inter',sans-serif;letter-spacing:1.6px;color:${C};margin:13px 0 6px}.sum{margin:0}
.tl{display:grid;grid-template-columns:1.5in 1fr;break-inside:avoid}.when{font:8.8pt/1.5 'JetBrains Mono','DejaVu Sans Mono',monospace;color:#444;padding-right:12px;text-align:right;padding-top:1px}
.what{border-left:2px solid #d8dde3;padding:0 0 7px 14px;position:relative}.what::before{content:'';position:absolute;left:-6px;top:4px;width:8px;height:8px;border-radius:50%;background:#fff;border:2px solid ${C}}
.org{color:#333}.loc{color:#777}.note{font-size:9pt;color:#555}ul{margin:2px 0 0;padding-left:15px}li{margin-bottom:1px}li::marker{content:'› ';color:${C};font-weight:700}
table.sk{border-collapse:collapse;width:100%;margin-bottom:2px}.sk th{text-align:left;width:1.5in;font-weight:600;vertical-align:top;padding:1px 10px 2px 0;color:#333}.sk td{padding:1px 0 2px}`;
  k.layout(1, 'Chromium-printed HTML (Inter, US Letter): header with coloured name + label on the left and a right-aligned contact stack (long location with postal code, phone, e-mail, "LinkedIn" as a hyperlinked word only — no profile key — and the GitHub URL printed); a tinted status band (Permanent Resident / work permit / citizenship, not keyed); letter-spaced ALL-CAPS headings; every entry in a timeline: a LEFT date gutter in monospace with numeric dates "08/2023 – Current" (co-op terms as "Jan – Apr 2023", month keys), a vertical rule with ring dots, then bold title, "Employer | City" and › bullets. Newcomers get "CANADIAN EXPERIENCE" and "INTERNATIONAL EXPERIENCE" sections. Education and certifications use the same gutter (years); skills as a two-column label/list table.');
  return { kind: 'html', data: page(`${P.name} — Resume`, css, body) };
}
