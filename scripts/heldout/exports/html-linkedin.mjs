// LinkedIn "Save to PDF" profile export, rebuilt from scratch in HTML/CSS (Letter, Chromium):
// grey LEFT sidebar on page 1 only (Contact, Top Skills, Languages, Certifications, Honors-Awards), main column with
// name, headline, location, Summary, Experience (a company holding several positions prints its name once with the
// total tenure under it), Education "(2011 - 2015)", and a centred "Page 1 of 2" footer on every page.
import { esc, range, months, tenure, Key, put, push } from './lib.mjs';

const CSS = `
@page { size: 8.5in 11in; margin: 0.5in 0.55in 0.65in 0.5in;
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arimo, Arial, sans-serif; color: #6a6a6a; } }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arimo, Arial, sans-serif; color: #181818; font-size: 10.5pt; }
.wrap { display: flex; align-items: flex-start; }
aside { width: 2.25in; flex: none; background: #e9edf0; min-height: 9.85in; padding: 0.35in 0.22in 0.3in 0.3in; }
main { flex: 1; padding: 0.3in 0.1in 0 0.38in; }
aside h3 { font-size: 13pt; margin: 0 0 5pt; font-weight: 700; color: #181818; }
aside h3 + .sec, aside .sec { margin-bottom: 16pt; }
aside .sec div { margin: 0 0 4pt; font-size: 10pt; line-height: 1.3; overflow-wrap: anywhere; }
aside .muted { color: #555; }
h1 { font-size: 25pt; font-weight: 400; margin: 0 0 4pt; }
.headline { font-size: 12pt; margin: 0 0 4pt; line-height: 1.3; }
.loc { color: #6a6a6a; font-size: 10.5pt; margin: 0 0 16pt; }
main h2 { font-size: 15pt; font-weight: 400; margin: 16pt 0 8pt; }
main p { margin: 0 0 8pt; line-height: 1.35; }
.co { font-size: 12pt; margin: 12pt 0 1pt; }
.total { color: #6a6a6a; font-size: 10.5pt; margin-bottom: 4pt; }
.pos { margin: 5pt 0 8pt; break-inside: avoid-page; }
.title { font-size: 11.5pt; margin-bottom: 2pt; }
.when, .where { color: #6a6a6a; font-size: 10.5pt; margin-bottom: 2pt; }
.desc { white-space: pre-line; line-height: 1.35; margin-top: 5pt; }
.school { font-size: 12pt; margin: 10pt 0 2pt; }
.deg { color: #4a4a4a; }
.edu { break-inside: avoid-page; }
main h2 { break-after: avoid-page; }
`;

export function linkedin(p, o = {}) {
  const k = new Key();
  const side = [];
  const sideSec = (h, items) => {
    if (!items.length) return;
    side.push(`<h3>${esc(k.sec(h))}</h3><div class="sec">${items.map((x) => `<div>${x}</div>`).join('')}</div>`);
  };
  const contact = [];
  if (o.phone) contact.push(`${esc(k.b('phone', p.phone))} (Mobile)`);
  contact.push(esc(k.b('email', p.email)));
  contact.push(`${esc(k.profile(`www.linkedin.com/in/${p.linkedin}`))} (LinkedIn)`);
  if (o.github) contact.push(`${esc(k.profile(`github.com/${p.github}`))} (Portfolio)`);
  if (o.website && p.website) contact.push(`${esc(k.b('url', p.website))} (Personal)`);
  sideSec('Contact', contact);
  sideSec('Top Skills', p.topSkills.map((s) => esc(k.skill(s))));
  const addLang = k.other('Languages');
  sideSec('Languages', p.languages.filter((l) => l.li).map((l) => `${esc(addLang(l.name))} <span class="muted">(${esc(l.li)})</span>`));
  if (o.certs !== false) {
    const addCert = k.other('Certifications');
    sideSec('Certifications', p.certifications.map((c) => esc(addCert(c.name))));
  }
  if (p.awards?.length) {
    const addAw = k.other('Honors-Awards');
    sideSec('Honors-Awards', p.awards.map((a) => esc(addAw(a))));
  }

  const loc = (w) => (w.city === 'Remote' ? 'Remote' : [w.city, w.regionLong ?? w.region, w.country].filter(Boolean).join(', '));
  let main = `<h1>${esc(k.b('name', p.name))}</h1><div class="headline">${esc(k.b('label', p.headline))}</div>`;
  main += `<div class="loc">${esc(k.b('location', [p.city, p.regionLong ?? p.region, p.country].join(', ')))}</div>`;
  main += `<h2>${esc(k.sec('Summary'))}</h2><p>${esc(k.b('summary', p.summary))}</p>`;
  main += `<h2>${esc(k.sec('Experience'))}</h2>`;
  // Group consecutive positions at one company, as LinkedIn does.
  const groups = [];
  for (const w of p.work) {
    const last = groups.at(-1);
    if (last && last[0].company === w.company) last.push(w); else groups.push([w]);
  }
  const desc = (w, j) => {
    if (o.prose && w.summary) return `<div class="desc">${esc(put(j, 'summary', w.summary))}</div>`;
    if (!w.bullets.length) return w.summary ? `<div class="desc">${esc(put(j, 'summary', w.summary))}</div>` : '';
    return `<div class="desc">${w.bullets.map((b) => `${o.bullet ?? '•'} ${esc(push(j, 'highlights', b))}`).join('\n')}</div>`;
  };
  for (const g of groups) {
    if (g.length > 1) {
      const total = months(g.at(-1).start, g[0].end);
      main += `<div class="co">${esc(g[0].company)}</div><div class="total">${tenure(total)}</div>`;
    }
    for (const w of g) {
      const j = k.job();
      j.name = w.company;
      let h = g.length === 1 ? `<div class="co">${esc(w.company)}</div>` : '';
      h += `<div class="title">${esc(put(j, 'position', w.title))}</div>`;
      const dates = range(j, w.start, w.end, { style: 'MMMM YYYY', sep: ' - ', present: 'Present' });
      h += `<div class="when">${esc(dates)} (${tenure(months(w.start, w.end))})</div>`;
      if (o.locations !== false) h += `<div class="where">${esc(put(j, 'location', loc(w)))}</div>`;
      h += desc(w, j);
      main += `<div class="pos">${h}</div>`;
    }
  }
  main += `<h2>${esc(k.sec('Education'))}</h2>`;
  for (const e of p.education) {
    const x = k.edu();
    const yrs = range(x, e.start, e.end, { style: 'YYYY', sep: ' - ' });
    main += `<div class="edu"><div class="school">${esc(put(x, 'institution', e.school))}</div>` +
      `<div class="deg">${esc(put(x, 'studyType', e.degreeLi ?? e.degree))}, ${esc(put(x, 'area', e.area))} · (${yrs})</div></div>`;
  }
  k.layout = {
    columns: 2,
    notes: 'LinkedIn "Save to PDF" lookalike (Chromium, Letter): grey left sidebar on page 1 only (Contact with "(Mobile)"/"(LinkedIn)"/"(Portfolio)" suffixes, Top Skills, Languages with LinkedIn proficiency words, Certifications, Honors-Awards) read before the main column; the main column continues alone on later pages. Consecutive positions at one company print the company name once with the total tenure under it; each position prints "Month YYYY - Present (N years M months)" and a location line. Descriptions are typed lines ' +
      (o.prose ? 'or prose paragraphs (work[].summary)' : `with "${o.bullet ?? '•'}" typed bullets`) + '. Education "Degree, Area · (YYYY - YYYY)". Footer "Page N of M" via @page margin box.',
  };
  return { html: `<!doctype html><html><head><meta charset="utf-8"><title>${esc(p.name)}</title><style>${CSS}</style></head><body><div class="wrap"><aside>${side.join('')}</aside><main>${main}</main></div></body></html>`, key: k };
}
