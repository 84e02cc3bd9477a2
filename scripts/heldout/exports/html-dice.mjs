// A job-board candidate profile (Dice / Monster style) printed from the browser, rebuilt from scratch (Letter,
// Chromium): the browser's print header (date/time, page title) and footer (profile URL, "1/2") on every page,
// an avatar circle with initials, badges for work authorisation and employment type, a two-column body — main
// column (Summary, Work History as a timeline with "Mar 2022 - Present · 3 yrs 3 mos", Education with the
// graduation year only) and a right column (Skills chips with years, Certifications, Social profiles).
import { esc, range, onlyEnd, months, tenure, Key, put, push } from './lib.mjs';

const CSS = (p, o) => `
@page { size: 8.5in 11in; margin: 0.55in 0.45in 0.55in 0.45in;
  @top-left { content: "${o.printed}"; font: 8pt Arial, sans-serif; color: #000; }
  @top-center { content: "${p.name} - ${o.pageTitle}"; font: 8pt Arial, sans-serif; color: #000; }
  @bottom-left { content: "${o.url}"; font: 8pt Arial, sans-serif; color: #000; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt Arial, sans-serif; color: #000; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: Roboto, Arial, sans-serif; font-size: 9.5pt; color: #1f2937; line-height: 1.4; }
.card { border: 1px solid #e5e7eb; border-radius: 8pt; padding: 14pt 16pt; display: flex; gap: 14pt; align-items: flex-start; }
.av { width: 52pt; height: 52pt; border-radius: 50%; background: #0c2577; color: #fff; font-size: 18pt; font-weight: 700; display: flex; align-items: center; justify-content: center; flex: none; }
.card h1 { margin: 0; font-size: 18pt; font-weight: 700; color: #111827; }
.card .ttl { font-size: 11pt; color: #374151; margin: 1pt 0 3pt; }
.meta { color: #4b5563; font-size: 9pt; }
.meta span + span::before { content: "  ·  "; white-space: pre; color: #9ca3af; }
.badges { margin-top: 6pt; }
.badge { display: inline-block; background: #eef2ff; color: #1e3a8a; border-radius: 10pt; padding: 1.5pt 7pt; margin: 0 4pt 3pt 0; font-size: 8.3pt; }
.upd { color: #6b7280; font-size: 8pt; margin-top: 4pt; }
.cols { display: flex; gap: 14pt; margin-top: 12pt; align-items: flex-start; }
.main { flex: 1; }
.side { width: 2.35in; flex: none; }
.box { border: 1px solid #e5e7eb; border-radius: 8pt; padding: 10pt 12pt; margin-bottom: 12pt; }
h2 { font-size: 12pt; margin: 0 0 8pt; color: #111827; }
.job { position: relative; padding: 0 0 10pt 14pt; border-left: 2px solid #c7d2fe; margin-left: 4pt; break-inside: avoid-page; }
.job::before { content: ""; position: absolute; left: -5px; top: 3pt; width: 8px; height: 8px; border-radius: 50%; background: #4f46e5; }
.job .t { font-weight: 700; font-size: 10.5pt; }
.job .c { color: #1d4ed8; }
.job .d { color: #6b7280; font-size: 8.8pt; }
.job p { margin: 3pt 0 0; }
.job ul { margin: 3pt 0 0; padding-left: 13pt; }
.chip { display: inline-block; border: 1px solid #d1d5db; border-radius: 12pt; padding: 1.5pt 7pt; margin: 0 3pt 4pt 0; font-size: 8.5pt; }
.chip small { color: #6b7280; font-size: 7.5pt; margin-left: 3pt; }
.side .it { margin-bottom: 6pt; }
.side .it .s { color: #6b7280; font-size: 8.3pt; }
a { color: #1d4ed8; text-decoration: none; overflow-wrap: anywhere; }
`;

const initials = (name) => name.split(/\s+/).map((w) => w[0]).slice(0, 2).join('');

export function dice(p, o) {
  const k = new Key();
  let h = `<div class="card"><div class="av">${esc(initials(p.name))}</div><div>`;
  h += `<h1>${esc(k.b('name', p.name))}</h1><div class="ttl">${esc(k.b('label', p.title))}</div>`;
  h += `<div class="meta"><span>${esc(k.b('location', o.location ?? `${p.city}, ${p.region}`))}</span><span>${esc(k.b('email', p.email))}</span><span>${esc(k.b('phone', o.phone ?? p.phone))}</span></div>`;
  h += `<div class="badges">${o.badges.map((b) => `<span class="badge">${esc(b)}</span>`).join('')}</div>`;
  h += `<div class="upd">Profile last updated ${esc(o.updated)}</div></div></div>`;

  let m = `<div class="box"><h2>${esc(k.sec(o.summaryHeading ?? 'Summary'))}</h2><div>${esc(k.b('summary', p.summary))}</div></div>`;
  m += `<div class="box"><h2>${esc(k.sec(o.workHeading ?? 'Work History'))}</h2>`;
  for (const w of p.work) {
    const j = k.job();
    let x = `<div class="t">${esc(put(j, 'position', w.title))}</div><div class="c">${esc(put(j, 'name', w.company))}</div>`;
    const d = range(j, w.start, w.end, { style: 'MMM YYYY', sep: ' - ', present: 'Present' });
    x += `<div class="d">${esc(d)} · ${tenure(months(w.start, w.end), 'short')}</div>`;
    if (o.prose && w.summary) x += `<p>${esc(put(j, 'summary', w.summary))}</p>`;
    else if (w.bullets.length) x += `<ul>${w.bullets.map((b) => `<li>${esc(push(j, 'highlights', b))}</li>`).join('')}</ul>`;
    else if (w.summary) x += `<p>${esc(put(j, 'summary', w.summary))}</p>`;
    m += `<div class="job">${x}</div>`;
  }
  m += '</div>';
  m += `<div class="box"><h2>${esc(k.sec('Education'))}</h2>`;
  for (const e of p.education) {
    const x = k.edu();
    m += `<div class="it" style="margin-bottom:7pt"><div style="font-weight:700">${esc(put(x, 'institution', e.school))}</div>` +
      `<div>${esc(put(x, 'studyType', o.degree?.(e) ?? e.degree))}, ${esc(put(x, 'area', e.area))}</div>` +
      `<div class="d" style="color:#6b7280">${esc(onlyEnd(x, e.end, 'YYYY'))}</div></div>`;
  }
  m += '</div>';

  let s = `<div class="box"><h2>${esc(k.sec('Skills'))}</h2>${p.skills.map((x) => `<span class="chip">${esc(k.skill(x.name))}<small>${x.years}${x.years >= 10 ? '+' : ''} yrs</small></span>`).join('')}</div>`;
  if (p.certifications.length) {
    const hd = k.sec('Certifications');
    const add = k.other(hd);
    s += `<div class="box"><h2>${esc(hd)}</h2>${p.certifications.map((c) => `<div class="it"><div>${esc(add(c.name))}</div><div class="s">${esc(c.issuer)}</div></div>`).join('')}</div>`;
  }
  s += `<div class="box"><h2>${esc(k.sec('Social Profiles'))}</h2>`;
  s += `<div class="it"><div class="s">LinkedIn</div><a href="https://www.linkedin.com/in/${p.linkedin}">${esc(k.profile(`linkedin.com/in/${p.linkedin}`))}</a></div>`;
  s += `<div class="it"><div class="s">GitHub</div><a href="https://github.com/${p.github}">${esc(k.profile(`github.com/${p.github}`))}</a></div></div>`;
  if (o.prefs) {
    const hd = k.sec('Preferences');
    const add = k.other(hd);
    s += `<div class="box"><h2>${esc(hd)}</h2>${o.prefs.map(([a, b]) => `<div class="it"><div class="s">${esc(a)}</div><div>${esc(add(b))}</div></div>`).join('')}</div>`;
  }
  h += `<div class="cols"><div class="main">${m}</div><div class="side">${s}</div></div>`;
  k.layout = {
    columns: 2,
    notes: `Job-board candidate profile (Dice/Monster style) printed from the browser (Chromium, Letter). Browser print furniture on every page: "${o.printed}" and the page title at the top, the profile URL ${o.url} and "N/M" at the bottom (not resume fields). Header card: avatar circle with the initials "${initials(p.name)}" (text) before the name; label, " · "-separated location/e-mail/phone, badges, "Profile last updated". Main column (Summary, Work History timeline with "Mon YYYY - Present · N yrs M mos", Education with the graduation year only → endDate) is read before the right column (Skills chips with "N yrs" (years not in the key), Certifications, Social Profiles with network labels above bare URLs${o.prefs ? ', Preferences' : ''}).`,
  };
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(p.name)} - ${esc(o.pageTitle)}</title><style>${CSS(p, o)}</style></head><body>${h}</body></html>`, key: k };
}
