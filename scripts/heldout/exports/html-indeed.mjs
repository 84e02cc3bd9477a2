// Indeed resume PDF export, rebuilt from scratch (Letter, Chromium): unlabelled contact lines under the name,
// a work-authorisation / relocation line, the summary without a heading, "Work Experience" entries as
// Title / "Company - City, ST" / grey "Month YYYY to Present" / typed description lines, "Education" as
// "Degree in Area" / "School - City, ST" / "Month YYYY to Month YYYY", "Skills" as "Keyword (N years)" bullets,
// "Links" with full URLs, "Certifications and Licenses", "Languages" and "Additional Information".
import { esc, range, Key, put, push } from './lib.mjs';

const CSS = `
@page { size: 8.5in 11in; margin: 0.7in 0.75in 0.7in 0.75in; }
body { margin: 0; font-family: "Liberation Sans", Arial, sans-serif; font-size: 10.5pt; color: #2d2d2d; line-height: 1.4; }
h1 { font-size: 22pt; margin: 0 0 2pt; font-weight: 700; color: #2d2d2d; }
.hl { font-size: 12pt; margin-bottom: 6pt; }
.ct div { margin: 0; }
.muted { color: #767676; }
.summary { margin: 10pt 0 0; }
h2 { font-size: 13.5pt; font-weight: 700; margin: 20pt 0 8pt; padding-bottom: 4pt; border-bottom: 1px solid #d4d2d0; break-after: avoid-page; }
.item { margin: 0 0 12pt; break-inside: avoid-page; }
.item .t { font-weight: 700; font-size: 11pt; }
.item .d { white-space: pre-line; margin-top: 3pt; }
ul.sk { margin: 0; padding-left: 16pt; }
ul.sk li { margin: 0 0 2pt; }
a { color: #2557a7; text-decoration: none; }
`;

const indeedDegree = (e) => {
  if (/master/i.test(e.degree)) return "Master's degree";
  if (/bachelor|bsc|b\.sc|engineer/i.test(e.degree)) return "Bachelor's degree";
  if (/DEC/.test(e.degree)) return 'Diploma';
  return e.degree;
};

export function indeed(p, o = {}) {
  const k = new Key();
  const region = (w) => [w.city, w.region && /^[A-Z]{2}$/.test(w.region) ? w.region : null].filter(Boolean).join(', ');
  let h = `<h1>${esc(k.b('name', p.name))}</h1>`;
  if (o.headline) h += `<div class="hl">${esc(k.b('label', p.title))}</div>`;
  h += `<div class="ct"><div>${esc(k.b('location', region(p)))}</div><div>${esc(k.b('email', p.email))}</div>`;
  if (o.phone !== false) h += `<div>${esc(k.b('phone', o.phoneIntl ? p.phoneIntl ?? p.phone : p.phone))}</div>`;
  h += '</div>';
  if (o.auth) h += `<div class="muted" style="margin-top:6pt">${esc(o.auth)}</div>`;
  if (o.relocate) h += `<div class="muted">${esc(o.relocate)}</div>`;
  h += `<div class="summary">${esc(k.b('summary', p.summary))}</div>`;

  h += `<h2>${esc(k.sec('Work Experience'))}</h2>`;
  for (const w of p.work) {
    const j = k.job();
    let x = `<div class="t">${esc(put(j, 'position', w.title))}</div>`;
    x += `<div>${esc(put(j, 'name', w.company))} - ${esc(put(j, 'location', region(w)))}</div>`;
    x += `<div class="muted">${esc(range(j, w.start, w.end, { style: 'MMMM YYYY', sep: ' to ', present: 'Present' }))}</div>`;
    if (w.bullets.length) x += `<div class="d">${w.bullets.map((b) => `${o.bullet ?? '•'} ${esc(push(j, 'highlights', b))}`).join('\n')}</div>`;
    else if (w.summary) x += `<div class="d">${esc(put(j, 'summary', w.summary))}</div>`;
    h += `<div class="item">${x}</div>`;
  }
  h += `<h2>${esc(k.sec('Education'))}</h2>`;
  for (const e of p.education) {
    const x = k.edu();
    h += `<div class="item"><div class="t">${esc(put(x, 'studyType', indeedDegree(e)))} in ${esc(put(x, 'area', e.area))}</div>` +
      `<div>${esc(put(x, 'institution', e.school))} - ${esc(region(e))}</div>` +
      `<div class="muted">${esc(range(x, e.start, e.end, { style: 'MMMM YYYY', sep: ' to ' }))}</div></div>`;
  }
  h += `<h2>${esc(k.sec('Skills'))}</h2><ul class="sk">`;
  for (const s of p.skills) h += `<li>${esc(k.skill(s.name))} (${s.years} year${s.years === 1 ? '' : 's'})</li>`;
  h += '</ul>';
  h += `<h2>${esc(k.sec('Links'))}</h2>`;
  h += `<div><a href="https://www.linkedin.com/in/${p.linkedin}">${esc(k.profile(`https://www.linkedin.com/in/${p.linkedin}`))}</a></div>`;
  if (o.github) h += `<div><a href="https://github.com/${p.github}">${esc(k.profile(`https://github.com/${p.github}`))}</a></div>`;
  if (p.certifications.length) {
    const hd = k.sec('Certifications and Licenses');
    const add = k.other(hd);
    h += `<h2>${esc(hd)}</h2>`;
    for (const c of p.certifications) {
      const [y, m] = c.date.split('-').map(Number);
      const from = new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      const to = new Date(Date.UTC(y + 3, m - 1, 1)).toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
      h += `<div class="item"><div class="t">${esc(add(c.name))}</div><div class="muted">${from} to ${to}</div></div>`;
    }
  }
  if (o.languages) {
    const hd = k.sec('Languages');
    const add = k.other(hd);
    h += `<h2>${esc(hd)}</h2><ul class="sk">${p.languages.map((l) => `<li>${esc(add(`${l.name} - ${l.native ? 'Fluent' : l.word}`))}</li>`).join('')}</ul>`;
  }
  if (o.additional) {
    const hd = k.sec('Additional Information');
    const add = k.other(hd);
    h += `<h2>${esc(hd)}</h2><div>${esc(add(o.additional))}</div>`;
  }
  k.layout = {
    columns: 1,
    notes: 'Indeed resume download lookalike (Chromium, Letter). Contact lines under the name carry no labels' + (o.headline ? ' (headline under the name)' : '') +
      '; the profile summary follows without a heading. Entries: bold title, "Company - City, ST", grey "Month YYYY to Present"; description lines with typed "' + (o.bullet ?? '•') +
      '". Education "Degree in Area" / "School - City, ST" / "Month YYYY to Month YYYY". Skills "Keyword (N years)" (years not in the key). Links as full https URLs. Certifications carry "Month YYYY to Month YYYY" validity periods (not dates of a role).',
  };
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(p.name)}</title><style>${CSS}</style></head><body>${h}</body></html>`, key: k };
}
