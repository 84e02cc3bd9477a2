// Two Google-Docs-like designs for the "selfmade" batch: a blank Google Doc typed by hand, written as HTML and
// printed by Chromium (Skia, as Google's own PDF export). Each returns the HTML and the key, recorded while printing.
import { Key, h, page } from './lib.mjs';

const sizeFor = (P) => (P.id === 'tch' || P.id === 'wh' ? 'A4' : 'letter');

function degreeText(k, E, e) {
  const st = k.set(E, 'studyType', e.long);
  if (!e.area) return st;
  return `${st}${e.joiner ?? ' in '}${k.set(E, 'area', e.area)}`;
}

// ------------------------------------------------------------------------------------------------
// 7. gdocPlain: a blank Google Doc in its defaults (Arial 11, 1" margins, Title 26pt, Heading 2 16pt); contact line
//    joined by " | ", a second line where LinkedIn is only a hyperlinked WORD; "**Company**, City — *Title*" with a
//    grey date line under it; Google's ● list; skills as "Label: a, b" rows or one comma line; projects for juniors.
export function gdocPlain(P) {
  const k = new Key();
  const o = [];
  o.push(`<p class="title">${h(k.basic('name', P.name))}</p>`);
  o.push(`<p>${[k.basic('email', P.email), k.basic('phone', P.phone), k.basic('location', P.city)].map(h).join(' | ')}</p>`);
  const l2 = [];
  if (P.linkedin) l2.push(`<a href="https://www.${h(P.linkedin)}/">LinkedIn</a>`); // the page shows only the word: not keyed
  if (P.github) l2.push(`<a href="https://${h(P.github)}">${h(k.profile(P.github))}</a>`);
  if (P.url) l2.push(`<a href="https://${h(P.url)}">${h(k.basic('url', P.url))}</a>`);
  if (l2.length) o.push(`<p>${l2.join(' | ')}</p>`);
  const H = (t) => o.push(`<h2>${h(k.heading(t))}</h2>`);
  H('Summary');
  o.push(`<p>${h(k.basic('summary', P.summary))}</p>`);
  H('Experience');
  const fmts = [{ fmt: 'Mon', sep: ' - ' }, { fmt: 'Month', sep: ' – ' }, { fmt: 'Mon', sep: ' to ' }, { fmt: 'YYYY', sep: ' - ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    o.push(`<p class="entry"><b>${h(k.set(W, 'name', w.company))}</b>, ${h(k.set(W, 'location', w.city))} — <i>${h(k.set(W, 'position', w.title))}</i></p>`);
    o.push(`<p class="dates">${h(k.range(W, w, fmts[i % fmts.length]))}</p>`);
    W.highlights = [...w.bullets];
    o.push(`<ul>${w.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul>`);
  });
  if (P.projects) {
    H('Projects');
    for (const pr of P.projects) {
      const X = k.project();
      o.push(`<p class="entry"><b>${h(k.set(X, 'name', pr.name))}</b> (${h(k.set(X, 'keywords', pr.stack).join(', '))}) – ${h(k.set(X, 'description', pr.desc))}</p>`);
    }
  }
  H('Education');
  P.education.forEach((e) => {
    const E = k.edu();
    o.push(`<p class="entry"><b>${h(k.set(E, 'institution', e.school))}</b>, ${h(e.city)} — ${h(degreeText(k, E, e))}</p>`);
    o.push(`<p class="dates">${h(k.range(E, e, { fmt: 'Mon', sep: ' – ' }))}${e.score ? ` · ${P.id === 'tch' ? 'Classification' : 'GPA'} ${h(k.set(E, 'score', e.score))}` : ''}</p>`);
  });
  H('Skills');
  if (P.skillGroups) for (const g of P.skillGroups) o.push(`<p><b>${h(g.label)}:</b> ${h(k.skills(g.items).join(', '))}</p>`);
  else o.push(`<p>${h(k.skills(P.skills).join(', '))}</p>`);
  if (P.certs) {
    H(P.certsHeading);
    o.push(`<ul>${k.other(P.certsHeading, P.certs).map((c) => `<li>${h(c)}</li>`).join('')}</ul>`);
  }
  if (P.extra) {
    H(P.extra.heading);
    o.push(`<ul>${k.other(P.extra.heading, P.extra.items).map((c) => `<li>${h(c)}</li>`).join('')}</ul>`);
  }
  const css = `@page { size: ${sizeFor(P)}; margin: 1in; }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.15; color: #000; }
p { margin: 0; }
a { color: #1155cc; text-decoration: underline; }
.title { font-size: 26pt; padding-bottom: 3pt; }
h2 { font-size: 16pt; font-weight: normal; margin: 18pt 0 6pt; }
.entry { margin-top: 8pt; }
.dates { color: #666666; }
ul { margin: 2pt 0 0; padding-left: 0.5in; }
li { padding-left: 0.0in; list-style-type: disc; }`;
  const description = 'Blank Google Doc typed by hand (Google defaults: Arial 11, 1" margins, 26pt Title for the name, 16pt regular Heading 2 headings in Title Case), printed to PDF by Chromium: e-mail | phone | city line, then a second line where "LinkedIn" is only a hyperlinked word (not keyed; the target is in the link annotation) next to a printed GitHub handle / website; "**Company**, City — *Title*" with the dates on a grey line below; date formats vary (e.g. "Aug 2023 - Present", "January 2023 – July 2023", "Jun 2018 to Dec 2022", "Summer 2013"); Google ● lists; projects as "**Name** (stack) – description"; education "**School**, City — Degree in Area" with a date line; skills as "Label: a, b" rows (or one comma line); certifications and extras as ● lists.';
  return {
    kind: 'html', description, dates: k.dates, key: k.done({ columns: 1, notes: description }),
    html: page({ title: `${P.name} Resume`, css, body: o.join('\n'), size: sizeFor(P) }),
  };
}

// ------------------------------------------------------------------------------------------------
// 8. gdocTable: a Google Doc whose author aligned dates with borderless tables (Lato 10.5); name typed in capitals,
//    " · " contact line, bold CAPS headings each followed by Insert → Horizontal line (<hr>), role rows as 2-cell
//    tables (company, city / title left; dates right), Google's "–" dash list preset, skills as a table with one
//    column per group (group title + ● list).
export function gdocTable(P) {
  const k = new Key();
  const o = [];
  o.push(`<p class="name">${h(k.basic('name', P.name.toUpperCase()))}</p>`);
  const c = [k.basic('location', P.city), k.basic('phone', P.phone), k.basic('email', P.email)];
  if (P.linkedin) c.push(k.profile(P.linkedin));
  if (P.github) c.push(k.profile(P.github));
  o.push(`<p class="contact">${c.map(h).join(' · ')}</p>`);
  const H = (t) => o.push(`<p class="h">${h(k.heading(t))}</p><hr>`);
  H('PROFILE');
  o.push(`<p>${h(k.basic('summary', P.summary))}</p>`);
  H('EXPERIENCE');
  const fmts = [{ fmt: 'MM/YYYY', sep: ' – ', present: 'Current' }, { fmt: 'Mon', sep: ' – ' }, { fmt: 'MM/YYYY', sep: ' – ' }, { fmt: 'YYYY', sep: ' – ' }];
  P.work.forEach((w, i) => {
    const W = k.work();
    const left = `<b>${h(k.set(W, 'name', w.company))}</b>, ${h(k.set(W, 'location', w.city))}<br><i>${h(k.set(W, 'position', w.title))}</i>`;
    o.push(`<table class="row"><tr><td>${left}</td><td class="r">${h(k.range(W, w, fmts[i % fmts.length]))}</td></tr></table>`);
    W.highlights = [...w.bullets];
    o.push(`<ul class="dash">${w.bullets.map((b) => `<li>${h(b)}</li>`).join('')}</ul>`);
  });
  H('SKILLS');
  const groups = P.skillGroups ?? [{ label: 'Skills', items: P.skills }];
  o.push(`<table class="skills"><tr>${groups.map((g) => `<td><b>${h(g.label)}</b><ul>${k.skills(g.items).map((s) => `<li>${h(s)}</li>`).join('')}</ul></td>`).join('')}</tr></table>`);
  H('EDUCATION');
  for (const e of P.education) {
    const E = k.edu();
    const left = `<b>${h(k.set(E, 'institution', e.school))}</b>, ${h(e.city)}<br>${h(degreeText(k, E, e))}${e.score ? `, GPA: ${h(k.set(E, 'score', e.score))}` : ''}`;
    o.push(`<table class="row"><tr><td>${left}</td><td class="r">${h(k.range(E, e, { fmt: 'YYYY', sep: ' – ' }))}</td></tr></table>`);
  }
  if (P.certs) {
    H(P.certsHeading.toUpperCase());
    o.push(`<ul class="dash">${k.other(P.certsHeading.toUpperCase(), P.certs).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  }
  if (P.extra) {
    H(P.extra.heading.toUpperCase());
    o.push(`<ul class="dash">${k.other(P.extra.heading.toUpperCase(), P.extra.items).map((x) => `<li>${h(x)}</li>`).join('')}</ul>`);
  }
  const css = `@page { size: ${sizeFor(P)}; margin: 0.7in 0.75in; }
body { font-family: Lato, sans-serif; font-size: 10.5pt; line-height: 1.2; color: #222; }
p { margin: 0; }
.name { text-align: center; font-size: 22pt; font-weight: bold; letter-spacing: 1pt; }
.contact { text-align: center; margin: 4pt 0 6pt; font-size: 10pt; }
.h { font-weight: bold; font-size: 11pt; margin-top: 12pt; }
hr { border: 0; border-top: 1px solid #888; margin: 2pt 0 6pt; }
table { border-collapse: collapse; width: 100%; }
td { vertical-align: top; padding: 0; border: 0; }
table.row { margin-top: 6pt; }
td.r { text-align: right; white-space: nowrap; width: 1.6in; }
ul { margin: 2pt 0 0; padding: 0; list-style: none; }
ul.dash li { position: relative; padding-left: 0.3in; }
ul.dash li::before { content: "–"; position: absolute; left: 0.1in; }
table.skills td ul li { position: relative; padding-left: 0.22in; }
table.skills td ul li::before { content: "●"; position: absolute; left: 0.05in; font-size: 7pt; top: 1.5pt; }`;
  const description = 'Google Doc whose author lined things up with borderless tables (Lato 10.5), printed to PDF by Chromium: name typed in capitals and centred, one centred " · " contact line with printed LinkedIn/GitHub URLs; bold CAPS headings each followed by an inserted horizontal line; every role a two-cell table ("**Company**, City" / italic title on the left, dates right-aligned on the right); Google\'s "–" dash list preset (drawn as generated content, so the dash is in the text layer); date formats vary (e.g. "03/2020 – Current", "Apr 2017 – Feb 2020", "06/2015 – 03/2017", "Summer 2016", "2013 – 2015"); skills as a table with one column per group (bold group title over a ● list; group titles not keyed); education rows "School, City" / "Degree in Area, GPA: x" with a year range on the right; certifications and extras as dash lists.';
  return {
    kind: 'html', description, dates: k.dates, key: k.done({ columns: 1, notes: description }),
    html: page({ title: `${P.name} - Resume`, css, body: o.join('\n'), size: sizeFor(P) }),
  };
}

export const HTML_DESIGNS = { gdocPlain, gdocTable };
