// Non-Markdown designs of the "markdown" batch: a plain .txt resume printed from a text editor (monospace, ====
// underlines, dates pushed right with spaces, paginated with the editor's page header), an Org-mode file exported
// to Word (numbered headings, description lists), and an AsciiDoc file rendered by Asciidoctor's default stylesheet.
// Every printed field is recorded in the Key when it is written.
import { dates, wrap } from './lib.mjs';
import { txt, esc } from './md.mjs';
import { run, para, DocxWriter } from './docx.mjs';

const https = (u) => (u.startsWith('http') ? u : `https://${u}`);

// ---------------------------------------------------------------- 4. plain text
// o: {d, h, width, under ('=' | '-'), bullet ('*' | '-'), caps (name in capitals), header ('gedit' | 'notepad' | null)}
export function plaintext(p, k, o) {
  const W = o.width ?? 78;
  const L = [];
  const d = o.d;
  const right = (left, r) => left + ' '.repeat(Math.max(2, W - left.length - r.length)) + r;
  const heading = (h) => { L.push('', '', k.section(h), o.under.repeat(h.length), ''); };
  L.push(k.b('name', o.caps ? p.name.toUpperCase() : p.name));
  L.push(k.b('label', p.label));
  const c1 = [k.b('location', p.location)];
  if (p.phone) c1.push(k.b('phone', p.phone));
  c1.push(k.b('email', p.email));
  L.push(c1.join('  |  '));
  const c2 = [];
  if (p.github) c2.push(k.profile(p.github));
  if (p.linkedin) c2.push(k.profile(p.linkedin));
  if (p.url) c2.push(k.b('url', p.url.replace(/^https:\/\//, '')));
  if (c2.length) L.push(c2.join('  |  '));
  heading(o.h.summary);
  L.push(...wrap(txt(k.b('summary', p.summary)), W));
  heading(o.h.work);
  p.work.forEach((w, i) => {
    const [dt, kd] = dates(w, d);
    if (i) L.push('');
    L.push(right(`${w.company} -- ${w.location}`, dt), w.position);
    for (const b of w.bullets) L.push(...wrap(txt(b), W, `  ${o.bullet} `, '    '));
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  });
  if (p.projects && o.h.projects) {
    heading(o.h.projects);
    for (const pr of p.projects) {
      L.push(...wrap(`${pr.name} -- ${pr.description} [${pr.keywords.join(', ')}]`, W, `  ${o.bullet} `, '    '));
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
  }
  heading(o.h.skills);
  const lw = Math.max(...p.skills.map((g) => g.label.length)) + 3;
  for (const g of p.skills) L.push(...wrap(k.skillList(g.items).join(', '), W, `${g.label}:`.padEnd(lw), ' '.repeat(lw)));
  heading(o.h.edu);
  p.education.forEach((e, i) => {
    const [dt, kd] = dates(e, { ...d, style: 'YYYY' });
    if (i) L.push('');
    L.push(right(e.institution, dt), `${e.studyType}${e.area ? `, ${e.area}` : ''}${e.score ? ` (${e.score})` : ''}`);
    k.edu({ ...e, location: null, dates: kd });
  });
  if (p.certs && o.h.certs) {
    heading(o.h.certs);
    for (const c of p.certs) L.push(`  ${o.bullet} ${c}`);
    k.otherSection(o.h.certs, p.certs);
  }
  if (p.talks && o.h.talks) {
    heading(o.h.talks);
    for (const t of p.talks) L.push(...wrap(t.replace(/ — /g, ' -- '), W, `  ${o.bullet} `, '    '));
    k.otherSection(o.h.talks, p.talks.map((t) => t.replace(/ — /g, ' -- ')));
  }
  return L.join('\n') + '\n';
}

// The .txt as printed by a text editor: fixed lines per page, a page header like gedit's or Notepad's.
export function plaintextHtml(text, o) {
  const PER = 56;
  const lines = text.split('\n');
  const pages = [];
  for (let i = 0; i < lines.length; i += PER) pages.push(lines.slice(i, i + PER));
  const n = pages.length;
  const css = `@page { size: ${o.page}; margin: 0; }
html, body { margin: 0; padding: 0; }
.page { height: ${o.page === 'letter' ? '279.4mm' : '297mm'}; box-sizing: border-box; padding: 14mm 22mm 16mm 22mm; page-break-after: always; overflow: hidden; position: relative; }
.page:last-child { page-break-after: auto; }
.hdr { font: 8.5pt "DejaVu Sans"; color: #222; display: flex; justify-content: space-between; border-bottom: ${o.header === 'gedit' ? '0.6pt solid #000' : '0'}; padding-bottom: 2mm; margin-bottom: 6mm; }
.hdr.center { justify-content: center; }
.ftr { position: absolute; bottom: 9mm; left: 0; right: 0; text-align: center; font: 8.5pt "DejaVu Sans"; }
pre { margin: 0; font: 9.5pt/1.25 "${o.font ?? 'DejaVu Sans Mono'}"; white-space: pre; }`;
  const body = pages.map((pg, i) => {
    let hdr = '';
    let ftr = '';
    if (o.header === 'gedit') hdr = `<div class="hdr"><span>${esc(o.file)}</span><span>Page ${i + 1} of ${n}</span></div>`;
    if (o.header === 'notepad') { hdr = `<div class="hdr center"><span>${esc(o.file)}</span></div>`; ftr = `<div class="ftr">Page ${i + 1}</div>`; }
    return `<div class="page">${hdr}<pre>${esc(pg.join('\n'))}</pre>${ftr}</div>`;
  }).join('\n');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(o.file)}</title><style>${css}</style></head><body>${body}</body></html>`;
}

// ---------------------------------------------------------------- 8. Org-mode file exported to Word
// Returns {org (the source, for the record), body (OOXML), links}. o: {d, h, date (printed export date or null)}
export function org(p, k, o) {
  const w = new DocxWriter('word');
  const B = w.body;
  const S = [];
  const d = o.d;
  S.push(`#+TITLE: ${p.name}`, `#+AUTHOR: ${p.name}`, `#+EMAIL: ${p.email}`, '#+OPTIONS: toc:nil email:t');
  B.push(para(run(k.b('name', p.name)), { style: 'Title' }));
  B.push(para(`<w:hyperlink r:id="${w.rel(`mailto:${p.email}`)}">${run(k.b('email', p.email), { style: 'Hyperlink' })}</w:hyperlink>`, { align: 'center' }));
  if (o.date) B.push(para(run(o.date), { align: 'center', after: 240 }));
  const h = (level, text) => {
    S.push(`${'*'.repeat(level)} ${text}`);
    B.push(para(run(text), { style: `Heading${level}`, numId: 3, ilvl: level - 1 }));
  };
  const dl = (term, md) => {
    S.push(`- ${term} :: ${md}`);
    B.push(para(run(term, { b: true }), { style: 'OrgDescTerm' }));
    B.push(para(w.inl([{ t: 'text', v: md }]), { style: 'OrgDescBody' }));
  };
  // the contact block: description list before the first heading
  dl('Role', k.b('label', p.label));
  dl('Location', k.b('location', p.location));
  if (p.phone) dl('Phone', k.b('phone', p.phone));
  if (p.github) {
    S.push(`- GitHub :: [[${https(p.github)}][${p.github}]]`);
    B.push(para(run('GitHub', { b: true }), { style: 'OrgDescTerm' }));
    B.push(para(`<w:hyperlink r:id="${w.rel(https(p.github))}">${run(k.profile(p.github), { style: 'Hyperlink' })}</w:hyperlink>`, { style: 'OrgDescBody' }));
  }
  if (p.linkedin) dl('LinkedIn', k.profile(p.linkedin));
  h(1, k.section(o.h.summary));
  S.push(k.b('summary', p.summary));
  B.push(para(run(txt(p.summary)), { style: 'TextBody' }));
  h(1, k.section(o.h.work));
  for (const job of p.work) {
    const [dt, kd] = dates(job, d);
    h(2, `${job.position}, ${job.company}`);
    S.push(`/${job.location}/ · ${dt.replace(' – ', '--')}`);
    B.push(para([run(job.location, { i: true }), run(` · ${dt.replace(' – ', '–')}`)], { style: 'TextBody' }));
    for (const b of job.bullets) { S.push(`- ${b}`); B.push(para(run(txt(b)), { style: 'ListBullet' })); }
    k.job({ name: job.company, position: job.position, location: job.location, dates: { ...kd }, highlights: job.bullets });
  }
  h(1, k.section(o.h.edu));
  for (const e of p.education) {
    const [dt, kd] = dates(e, d);
    h(2, `${e.studyType}${e.area ? ` ${e.area}` : ''}, ${e.institution}`);
    B.push(para([run(e.location, { i: true }), run(` · ${dt.replace(' – ', '–')}${e.score ? ` · GPA ${e.score}` : ''}`)], { style: 'TextBody' }));
    k.edu({ ...e, dates: kd });
  }
  h(1, k.section(o.h.skills));
  for (const g of p.skills) dl(g.label, k.skillList(g.items).join(', '));
  if (p.certs && o.h.certs) {
    h(1, k.section(o.h.certs));
    for (const c of p.certs) { S.push(`- ${c}`); B.push(para(run(c), { style: 'ListBullet' })); }
    k.otherSection(o.h.certs, p.certs);
  }
  return { org: S.join('\n'), body: B.join(''), links: w.links };
}

// ---------------------------------------------------------------- 9. AsciiDoc, Asciidoctor default HTML + stylesheet
// The HTML has the structure Asciidoctor 2 emits (#header .details, .sect1 > h2, .sect2 > h3, .ulist, .hdlist).
// o: {d, h, sectnums, rev}
export function asciidoc(p, k, o) {
  const d = o.d;
  const out = [];
  const sec = [];
  let n1 = 0;
  const h2 = (t) => { n1++; return `<h2 id="_${t.toLowerCase().replace(/\W+/g, '_')}">${o.sectnums ? `${n1}. ` : ''}${esc(k.section(t))}</h2>`; };
  const ul = (items) => `<div class="ulist"><ul>${items.map((b) => `<li><p>${inl(b)}</p></li>`).join('')}</ul></div>`;
  const inl = (md) => esc(txt(md));
  out.push(`<div id="header"><h1>${esc(k.b('name', p.name))}</h1><div class="details"><span id="author" class="author">${esc(p.name)}</span><br>` +
    `<span id="email" class="email"><a href="mailto:${esc(p.email)}">${esc(k.b('email', p.email))}</a></span><br>` +
    `<span id="revnumber">version ${esc(o.rev[0])},</span> <span id="revdate">${esc(o.rev[1])}</span></div></div>`);
  const pre = [`${esc(k.b('label', p.label))} · ${esc(k.b('location', p.location))}${p.phone ? ` · ${esc(k.b('phone', p.phone))}` : ''}`];
  const links = [];
  if (p.url) links.push(`<a href="${esc(p.url)}">${esc(k.b('url', p.url))}</a>`);
  if (p.github) links.push(`<a href="${esc(https(p.github))}">${esc(k.profile(https(p.github)))}</a>`);
  if (p.linkedin) links.push(`<a href="${esc(https(p.linkedin))}">${esc(k.profile(https(p.linkedin)))}</a>`);
  pre.push(links.join(' · '));
  out.push(`<div id="content"><div id="preamble"><div class="sectionbody"><div class="paragraph"><p>${pre.join('<br>\n')}</p></div>` +
    `<div class="quoteblock"><blockquote><div class="paragraph"><p>${inl(k.b('summary', p.summary))}</p></div></blockquote></div></div></div>`);
  sec.push(`<div class="sect1">${h2(o.h.work)}<div class="sectionbody">`);
  for (const w of p.work) {
    const [dt, kd] = dates(w, d);
    sec.push(`<div class="sect2"><h3>${esc(w.company)}</h3><div class="paragraph"><p><strong>${esc(w.position)}</strong> | ${esc(w.location)} | <em>${esc(dt)}</em></p></div>${ul(w.bullets)}</div>`);
    k.job({ name: w.company, position: w.position, location: w.location, dates: kd, highlights: w.bullets });
  }
  sec.push('</div></div>');
  if (p.projects && o.h.projects) {
    sec.push(`<div class="sect1">${h2(o.h.projects)}<div class="sectionbody"><div class="dlist"><dl>`);
    for (const pr of p.projects) {
      sec.push(`<dt class="hdlist1"><a href="https://${esc(p.github)}/${esc(pr.name)}">${esc(pr.name)}</a></dt><dd><p>${inl(pr.description)}. <em>${esc(pr.keywords.join(', '))}</em></p></dd>`);
      k.project({ name: pr.name, description: pr.description, keywords: pr.keywords });
    }
    sec.push('</dl></div></div></div>');
  }
  sec.push(`<div class="sect1">${h2(o.h.skills)}<div class="sectionbody"><div class="hdlist"><table>`);
  for (const g of p.skills) sec.push(`<tr><td class="hdlist1">${esc(g.label)}</td><td class="hdlist2"><p>${esc(k.skillList(g.items).join(', '))}</p></td></tr>`);
  sec.push('</table></div></div></div>');
  sec.push(`<div class="sect1">${h2(o.h.edu)}<div class="sectionbody">`);
  for (const e of p.education) {
    const [dt, kd] = dates(e, d);
    sec.push(`<div class="paragraph"><p><strong>${esc(e.institution)}</strong>, ${esc(e.location)}<br>\n${esc(e.studyType)}${e.area ? ` in ${esc(e.area)}` : ''}, ${esc(dt)}</p></div>`);
    k.edu({ ...e, score: null, dates: kd });
  }
  sec.push('</div></div>');
  if (p.talks && o.h.talks) {
    sec.push(`<div class="sect1">${h2(o.h.talks)}<div class="sectionbody">${ul(p.talks)}</div></div>`);
    k.otherSection(o.h.talks, p.talks);
  }
  out.push(sec.join('\n') + '</div>');
  out.push(`<div id="footer"><div id="footer-text">Version ${esc(o.rev[0])}<br>Last updated ${esc(o.rev[1])} 09:15:00 +0100</div></div>`);
  return out.join('\n');
}
