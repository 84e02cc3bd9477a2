// Imitates the Indeed resume PDF (a profile built on the job site and downloaded): plain single column, name,
// headline, city, e-mail and phone on their own lines, a work-authorisation line, thin grey rules, sections
// "Summary", "Work Experience", "Education", "Skills", "Certifications and Licenses", "Languages", "Links".
// Roles print "Company - City, ST" under the title and "May 2019 to June 2023"; skills carry years of
// experience in brackets ("React (2 years)").
import { esc, fmt, fullName, Key, page, ul } from '../lib.mjs';

const CSS = `
@page { size: Letter; margin: 0.6in 0.7in; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Noto Sans', 'Open Sans', sans-serif; font-size: 9.8pt; line-height: 1.45; color: #2d2d2d; }
h1 { font-size: 21pt; font-weight: 700; margin: 0 0 2px; color: #2d2d2d; }
.hl { font-size: 11pt; margin-bottom: 6px; }
.c p { margin: 0; color: #595959; }
.auth { margin-top: 8px !important; font-style: italic; }
h2 { font-size: 13pt; font-weight: 700; margin: 18px 0 8px; padding-bottom: 5px; border-bottom: 1px solid #d4d2d0; break-after: avoid; }
.it { margin-bottom: 12px; break-inside: avoid; }
.it .t { font-size: 11pt; font-weight: 700; }
.it .s, .it .d { color: #595959; }
ul { margin: 4px 0 0; padding-left: 18px; }
li { margin: 1px 0; }
p { margin: 0; }
.sk li { margin: 2px 0; }
`;

export default {
  id: 'indeed',
  imitates: 'the Indeed resume download (a job-site profile exported to PDF)',
  stresses: 'contact details one per line with no labels, a work-authorisation sentence, "Company - City, ST" joined by a hyphen, "May 2019 to June 2023" and "to Present", skills with "(N years)" annotations, "Certifications and Licenses" with "to Present" validity dates, full URLs under Links',
  render(P) {
    const k = new Key();
    const name = k.set('name', fullName(P));
    k.set('label', P.label);
    const where = k.set('location', `${P.city}, ${P.region}`);
    k.set('email', P.email); k.set('phone', P.phone);
    const b = [];
    b.push(`<h1>${esc(name)}</h1><div class="hl">${esc(P.label)}</div><div class="c"><p>${esc(where)}</p><p>${esc(P.email)}</p><p>${esc(P.phone)}</p>${P.country === 'United States' ? '<p class="auth">Authorized to work in the US for any employer</p>' : '<p class="auth">Willing to relocate: Anywhere</p>'}</div>`);
    b.push(`<h2>${k.section('Summary')}</h2><p>${esc(P.summary)}</p>`);
    k.set('summary', P.summary);
    const style = 'MMMM YYYY';
    const dr = (s, e) => `${fmt(s, style)} to ${e ? fmt(e, style) : 'Present'}`;
    b.push(`<h2>${k.section('Work Experience')}</h2>`);
    for (const w of P.work) {
      b.push(`<div class="it"><div class="t">${esc(w.position)}</div><div class="s">${esc(w.company)} - ${esc(w.location)}</div><div class="d">${dr(w.start, w.end)}</div>${ul(w.bullets)}</div>`);
      k.addWork(w, { style, location: true });
    }
    b.push(`<h2>${k.section('Education')}</h2>`);
    for (const e of P.education) {
      b.push(`<div class="it"><div class="t">${esc(e.studyType)} in ${esc(e.area)}</div><div class="s">${esc(e.institution)} - ${esc(e.location)}</div><div class="d">${dr(e.start, e.end)}</div></div>`);
      k.addEdu(e, { style, location: true });
    }
    b.push(`<h2>${k.section('Skills')}</h2><ul class="sk">`);
    for (const g of P.skillGroups) for (const s of g.items) {
      const yrs = g.years ?? g.level + 2;
      b.push(`<li>${esc(s)} (${yrs} year${yrs > 1 ? 's' : ''})</li>`);
      k.skill(s);
    }
    b.push('</ul>');
    if (P.certs.length) {
      b.push(`<h2>${k.section('Certifications and Licenses')}</h2>`);
      for (const c of P.certs) b.push(`<div class="it"><div class="t">${esc(c.name)}</div><div class="d">${c.year} to Present</div></div>`);
      k.other('Certifications and Licenses', P.certs.map((c) => ({ title: c.name, date: c.year })));
    }
    b.push(`<h2>${k.section('Languages')}</h2><ul>${P.languages.map((l) => `<li>${esc(l.name)} - ${esc(l.level)}</li>`).join('')}</ul>`);
    k.other('Languages', P.languages.map((l) => `${l.name} - ${l.level}`));
    const links = [`https://www.linkedin.com/in/${P.linkedin}`, `https://github.com/${P.github}`];
    b.push(`<h2>${k.section('Links')}</h2>${links.map((u) => `<p>${esc(k.profile(u))}</p>`).join('')}`);
    k.layout.notes = 'Indeed resume look: one column; skills print "(N years)" after each keyword (the key lists the keyword only); certifications print "<year> to Present" (validity, not a role). The work-authorisation/relocation line is not a field.';
    return { html: page({ title: `${name} - Indeed Resume`, css: CSS, body: b.join('\n') }), key: k };
  },
};
