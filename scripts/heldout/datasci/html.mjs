// Chromium designs: notebook (Jupyter look), dense (one-page with tech-tag pills), notion (Notion page export).
// They only lay out the plan's strings (lib.mjs plan()); nothing printed here is invented outside the plan except
// decoration (prompts, code around the data, icons) that the key does not contain.
import { esc } from './lib.mjs';

const listItems = (s, f = (t) => esc(t)) => s.items.map((t, i) => {
  const b = s.bold?.[i];
  return b ? f(t).replace(esc(b), `<b>${esc(b)}</b>`) : f(t);
});

// ------------------------------------------------------------------ notebook
function notebook(m) {
  let n = 0;
  const code = (src, out) => {
    n += 1;
    return `<div class="cell code"><div class="prompt in">In&nbsp;[${n}]:</div><pre class="src">${src}</pre></div>` +
      (out ? `<div class="cell out"><div class="prompt outp">Out[${n}]:</div><div class="output">${out}</div></div>` : '');
  };
  const md = (inner) => `<div class="cell md"><div class="prompt"></div><div class="mdbody">${inner}</div></div>`;
  const py = (s) => `<span class="s">"${esc(s)}"</span>`;
  let body = md(`<h1>${esc(m.name)}</h1>${m.label ? `<p class="label">${esc(m.label)}</p>` : ''}<p class="contact">${m.contacts.map((c) => (c.href ? `<a href="${esc(c.href)}">${esc(c.text)}</a>` : esc(c.text))).join(' <span class="sep">·</span> ')}</p>`);
  for (const s of m.sections) {
    if (s.type === 'summary') {
      body += md(`<h2>${esc(s.heading)}</h2><p>${esc(s.text)}</p>`);
    } else if (s.type === 'work') {
      body += md(`<h2>${esc(s.heading)}</h2>`);
      const out = s.entries.map((e) => `<div class="job"><div class="row"><span><b>${esc(e.title)}</b> <span class="at">@ ${esc(e.org)}</span>${e.loc ? ` <span class="loc">(${esc(e.loc)})</span>` : ''}</span><span class="date">${esc(e.dates)}</span></div>` +
        `<ul>${e.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join('');
      body += code(`<span class="v">experience</span>.sort_values(<span class="s">"start"</span>, ascending=<span class="k">False</span>)`, out);
    } else if (s.type === 'projects') {
      body += md(`<h2>${esc(s.heading)}</h2>`);
      const rows = s.entries.map((p, i) => `<tr><th>${i}</th><td><b>${esc(p.name)}</b><br><span class="desc">${esc(p.desc)}</span></td><td>${esc(p.stack.join(', '))}</td><td><a href="${esc(p.href)}">${esc(p.url)}</a></td><td class="nowrap">${esc(p.dates ?? '')}</td></tr>`).join('');
      body += code('projects[[<span class="s">"name"</span>, <span class="s">"stack"</span>, <span class="s">"repo"</span>, <span class="s">"years"</span>]]',
        `<table class="df"><thead><tr><th></th><th>name</th><th>stack</th><th>repo</th><th>years</th></tr></thead><tbody>${rows}</tbody></table>`);
    } else if (s.type === 'skills') {
      body += md(`<h2>${esc(s.heading)}</h2>`);
      const src = `<span class="v">skills</span> = {\n${s.groups.map((g) => `    ${py(g.label)}: [${g.items.map((it) => py(it.name)).join(', ')}],`).join('\n')}\n}`;
      body += code(src, null);
    } else if (s.type === 'education') {
      body += md(`<h2>${esc(s.heading)}</h2>`);
      const out = s.entries.map((e) => `<div class="job"><div class="row"><span><b>${esc(e.degree)}, ${esc(e.area)}</b> <span class="at">@ ${esc(e.inst)}</span></span><span class="date">${esc(e.dates)}</span></div>` +
        `${e.score ? `<div class="sub">${esc(e.score)}</div>` : ''}${e.thesis ? `<div class="sub">${esc(e.thesis)}</div>` : ''}${e.advisor ? `<div class="sub">${esc(e.advisor)}</div>` : ''}</div>`).join('');
      body += code('<span class="v">education</span>', out);
    } else if (s.type === 'list' && s.id === 'certs') {
      body += md(`<h2>${esc(s.heading)}</h2>`);
      body += code('!cat certifications.txt', `<pre class="plain">${s.items.map(esc).join('\n')}</pre>`);
    } else if (s.type === 'list') {
      body += md(`<h2>${esc(s.heading)}</h2><${s.numbered ? 'ol' : 'ul'} class="mdlist">${listItems(s).map((t) => `<li>${t}</li>`).join('')}</${s.numbered ? 'ol' : 'ul'}>`);
    }
  }
  const file = `${m.name.toLowerCase().replace(/[^a-z]+/g, '_')}_resume.ipynb`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(file)}</title><style>
@page { size: A4; margin: 12mm 12mm 12mm 10mm; }
body { font-family: Inter, sans-serif; font-size: 9.4pt; color: #1f1f1f; margin: 0; }
.bar { display: flex; align-items: baseline; gap: 10px; border-bottom: 1px solid #d6d6d6; padding: 0 0 5px 0; margin-bottom: 8px; font-size: 8.5pt; color: #555; }
.bar .logo { font-weight: 700; color: #f37726; font-size: 11pt; }
.bar .fname { font-family: 'JetBrains Mono', monospace; color: #222; }
.cell { display: flex; margin: 2px 0; }
.prompt { width: 62px; flex: none; font-family: 'JetBrains Mono', monospace; font-size: 8pt; text-align: right; padding: 5px 8px 0 0; }
.prompt.in { color: #303f9f; } .prompt.outp { color: #d84315; }
.code .src { flex: 1; background: #f5f5f5; border: 1px solid #e0e0e0; border-radius: 2px; margin: 0; padding: 4px 7px; font-family: 'JetBrains Mono', monospace; font-size: 8.2pt; white-space: pre-wrap; }
.s { color: #ba2121; } .k { color: #008000; font-weight: 700; } .v { color: #1f1f1f; }
.output, .mdbody { flex: 1; padding: 3px 8px 2px 8px; min-width: 0; }
.mdbody h1 { font-family: 'JetBrains Mono', monospace; font-size: 19pt; margin: 2px 0 2px; }
.mdbody h2 { font-family: 'JetBrains Mono', monospace; font-size: 11.5pt; margin: 8px 0 0; border-bottom: 1px solid #e4e4e4; padding-bottom: 1px; }
.label { font-family: 'JetBrains Mono', monospace; font-size: 10pt; color: #444; margin: 0 0 3px; }
.contact { margin: 0; font-size: 8.6pt; } .contact a { color: #1a5fb4; text-decoration: none; } .sep { color: #999; }
.mdbody p { margin: 3px 0; }
.job { margin: 0 0 5px; } .row { display: flex; justify-content: space-between; gap: 10px; }
.date { font-family: 'JetBrains Mono', monospace; font-size: 8.2pt; color: #555; white-space: nowrap; }
.at { color: #333; } .loc { color: #777; } .sub { font-size: 8.6pt; color: #444; }
ul { margin: 2px 0 0 0; padding-left: 16px; } li { margin: 1px 0; } ul li::marker { content: '› '; color: #888; }
ol.mdlist { padding-left: 20px; }
table.df { border-collapse: collapse; font-size: 8.4pt; width: 100%; }
table.df th, table.df td { border-bottom: 1px solid #e6e6e6; padding: 2px 6px; text-align: left; vertical-align: top; }
table.df thead th { border-bottom: 1px solid #bbb; } table.df tbody tr:nth-child(odd) { background: #f7f7f7; }
table.df a { color: #1a5fb4; text-decoration: none; } .desc { color: #555; } .nowrap { white-space: nowrap; }
pre.plain { margin: 0; font-family: 'JetBrains Mono', monospace; font-size: 8.2pt; white-space: pre-wrap; }
.cell, .job, tr { break-inside: avoid; }
</style></head><body><div class="bar"><span class="logo">jupyter</span><span class="fname">${esc(file)}</span><span>Last Checkpoint: 3 days ago</span><span style="margin-left:auto">Python 3 (ipykernel)</span></div>${body}</body></html>`;
}

// ------------------------------------------------------------------ dense
const ICON = {
  location: '<path d="M8 1a5 5 0 0 0-5 5c0 4 5 9 5 9s5-5 5-9a5 5 0 0 0-5-5zm0 7a2 2 0 1 1 0-4 2 2 0 0 1 0 4z"/>',
  email: '<path d="M1 3h14v10H1zM1 3l7 6 7-6" fill="none" stroke="currentColor" stroke-width="1.5"/>',
  phone: '<path d="M3 1h3l1 4-2 1c1 2 3 4 5 5l1-2 4 1v3c0 1-1 2-2 2C7 15 1 9 1 3c0-1 1-2 2-2z"/>',
  github: '<path d="M8 0a8 8 0 0 0-2.5 15.6c.4 0 .5-.2.5-.4v-1.4c-2.2.5-2.7-1-2.7-1-.4-.9-.9-1.2-.9-1.2-.7-.5.1-.5.1-.5.8.1 1.2.8 1.2.8.7 1.3 1.9.9 2.3.7.1-.5.3-.9.5-1.1-1.8-.2-3.6-.9-3.6-4 0-.9.3-1.6.8-2.1-.1-.2-.4-1 .1-2.1 0 0 .7-.2 2.2.8a7.6 7.6 0 0 1 4 0c1.5-1 2.2-.8 2.2-.8.4 1.1.2 1.9.1 2.1.5.6.8 1.3.8 2.1 0 3.1-1.9 3.8-3.6 4 .3.2.6.7.6 1.5v2.2c0 .2.1.5.6.4A8 8 0 0 0 8 0z"/>',
  linkedin: '<path d="M1 5h3v10H1zM2.5 1a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3zM6 5h3v1.5C9.5 5.6 10.6 5 12 5c2 0 3 1.3 3 3.6V15h-3V9.2c0-1.2-.4-2-1.5-2S9 8 9 9.2V15H6z"/>',
  site: '<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M1.5 8h13M8 1.5c2 2 2 11 0 13M8 1.5c-2 2-2 11 0 13" fill="none" stroke="currentColor" stroke-width="1.2"/>',
};
const svg = (k) => `<svg viewBox="0 0 16 16" width="9" height="9" fill="currentColor">${ICON[k] ?? ICON.site}</svg>`;

function dense(m) {
  let body = '';
  const sec = (h, inner) => `<section><h2>${esc(h)}</h2>${inner}</section>`;
  for (const s of m.sections) {
    if (s.type === 'work') {
      body += sec(s.heading, s.entries.map((e) => `<div class="ent"><div class="row"><span class="what"><b>${esc(e.title)}</b>, ${esc(e.org)}${e.loc ? ` <span class="loc">— ${esc(e.loc)}</span>` : ''} ${e.tags.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</span><span class="date">${esc(e.dates)}</span></div>` +
        `<ul>${e.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul></div>`).join(''));
    } else if (s.type === 'projects') {
      body += sec(s.heading, s.entries.map((p) => `<div class="ent"><div class="row"><span class="what"><b>${esc(p.name)}</b> · <a href="${esc(p.href)}">${esc(p.url)}</a> — ${esc(p.desc)} ${p.stack.map((t) => `<span class="tag">${esc(t)}</span>`).join(' ')}</span><span class="date">${esc(p.dates)}</span></div></div>`).join(''));
    } else if (s.type === 'skills') {
      body += sec(s.heading, `<table class="grid">${s.groups.map((g) => `<tr><td class="lab">${esc(g.label)}</td><td>${g.items.map((it) => esc(it.name)).join(' · ')}</td></tr>`).join('')}</table>`);
    } else if (s.type === 'education') {
      body += sec(s.heading, s.entries.map((e) => `<div class="row"><span class="what"><b>${esc(e.degree)} in ${esc(e.area)}</b>, ${esc(e.inst)}${e.score ? ` <span class="loc">· ${esc(e.score)}</span>` : ''}</span><span class="date">${esc(e.dates)}</span></div>`).join(''));
    } else if (s.type === 'list') {
      body += sec(s.heading, `<p class="inline">${listItems(s).join(' <span class="dot">•</span> ')}</p>`);
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(m.name)} – Resume</title><style>
@page { size: Letter; margin: 0.42in 0.5in; }
body { font-family: 'Roboto Condensed', 'Roboto', sans-serif; font-size: 8.7pt; line-height: 1.28; color: #202124; margin: 0; }
header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #0b5394; padding-bottom: 4px; }
h1 { font-size: 21pt; margin: 0; letter-spacing: .3px; color: #0b5394; font-family: 'Roboto', sans-serif; font-weight: 700; }
.title { font-size: 10.5pt; color: #444; margin-top: 1px; }
.contacts { display: grid; grid-template-columns: auto auto; gap: 1px 14px; font-size: 8.3pt; text-align: left; }
.contacts span { display: flex; align-items: center; gap: 4px; } .contacts svg { color: #0b5394; flex: none; }
.contacts a { color: #202124; text-decoration: none; }
.summary { margin: 5px 0 2px; }
h2 { font-size: 9.6pt; text-transform: uppercase; letter-spacing: 1px; color: #0b5394; margin: 7px 0 2px; border-bottom: 0.6pt solid #b7c7d9; }
.row { display: flex; justify-content: space-between; gap: 12px; }
.date { white-space: nowrap; font-weight: 700; color: #333; }
.loc { color: #666; }
.tag { display: inline-block; font-size: 7pt; background: #e8f0fa; color: #0b5394; border-radius: 7px; padding: 0 5px; margin-left: 1px; vertical-align: 1px; }
.ent { margin-bottom: 3px; } ul { margin: 1px 0 0; padding-left: 13px; } li { margin: 0; }
a { color: #0b5394; text-decoration: none; }
table.grid { border-collapse: collapse; width: 100%; } table.grid td { padding: 1px 4px 1px 0; vertical-align: top; }
td.lab { font-weight: 700; width: 1.35in; white-space: nowrap; }
p.inline { margin: 0; } .dot { color: #0b5394; padding: 0 3px; }
</style></head><body><header><div><h1>${esc(m.name)}</h1>${m.label ? `<div class="title">${esc(m.label)}</div>` : ''}</div>
<div class="contacts">${m.contacts.map((c) => `<span>${svg(c.kind)}${c.href ? `<a href="${esc(c.href)}">${esc(c.text)}</a>` : esc(c.text)}</span>`).join('')}</div></header>
${m.summary ? `<p class="summary">${esc(m.summary)}</p>` : ''}${body}</body></html>`;
}

// ------------------------------------------------------------------ notion
const EMOJI = { summary: '👋', work: '💼', projects: '🚀', education: '🎓', skills: '🛠️', certs: '📜', langs: '🗣️', talks: '🎤', pubs: '📚', awards: '🏆', kaggle: '🥇', courses: '📘' };
const PROP = { location: 'Location', email: 'Email', phone: 'Phone', linkedin: 'LinkedIn', github: 'GitHub', site: 'Website', tableau: 'Links', scholar: 'Links', kaggle: 'Kaggle' };
const TAGC = ['#e3e2e0', '#eee0da', '#fadec9', '#fdecc8', '#dbeddb', '#d3e5ef', '#e8deee', '#f5e0e9'];

function notion(m) {
  const props = [];
  if (m.label) props.push(['Role', esc(m.label)]);
  for (const c of m.contacts) {
    const v = c.href ? `<a href="${esc(c.href)}">${esc(c.text)}</a>` : esc(c.text);
    const name = PROP[c.kind];
    const prev = props.find((p) => p[0] === name);
    if (prev) prev[1] += `, ${v}`; else props.push([name, v]);
  }
  let body = '';
  const h2 = (s) => `<h2><span class="emo">${EMOJI[s.id.replace(/-.*/, '')] ?? '📄'}</span> ${esc(s.heading)}</h2>`;
  for (const s of m.sections) {
    if (s.type === 'summary') body += `${h2(s)}<div class="callout"><span class="emo">💡</span><div>${esc(s.text)}</div></div>`;
    else if (s.type === 'work') {
      body += h2(s) + s.entries.map((e) => `<h3>${esc(e.title)} · ${esc(e.org)}</h3><div class="meta">${esc(e.dates)}${e.loc ? ` · ${esc(e.loc)}` : ''}</div><ul>${e.bullets.map((b) => `<li>${esc(b)}</li>`).join('')}</ul>`).join('');
    } else if (s.type === 'projects') {
      body += h2(s) + s.entries.map((p) => `<h3>${esc(p.name)}</h3><div class="meta">${esc(p.dates)} · <a href="${esc(p.href)}">${esc(p.url)}</a></div><p>${esc(p.desc)}</p><p class="stack">${p.stack.map((t) => `<code>${esc(t)}</code>`).join(' ')}</p>`).join('');
    } else if (s.type === 'education') {
      body += h2(s) + s.entries.map((e) => `<h3>${esc(e.inst)}</h3><div class="meta">${esc(e.dates)}</div><p>${esc(e.degree)} in ${esc(e.area)}${e.score ? ` — ${esc(e.score)}` : ''}</p>${e.thesis ? `<p class="thesis">${esc(e.thesis)}</p>` : ''}${e.advisor ? `<p class="thesis">${esc(e.advisor)}</p>` : ''}`).join('');
    } else if (s.type === 'skills') {
      let c = 0;
      body += `${h2(s)}<table class="db"><thead><tr><th>Aa Category</th><th>≡ Skills</th></tr></thead><tbody>${s.groups.map((g) => `<tr><td>${esc(g.label)}</td><td>${g.items.map((it) => `<span class="tag" style="background:${TAGC[c++ % TAGC.length]}">${esc(it.name)}</span>`).join(' ')}</td></tr>`).join('')}</tbody></table>`;
    } else if (s.type === 'list' && s.id === 'certs') {
      body += `${h2(s)}<table class="db"><thead><tr><th>Aa Name</th><th>≡ Issuer</th><th># Year</th></tr></thead><tbody>${s.raw.map((r, i) => `<tr><td>${esc(s.items[i])}</td><td>${esc(r.issuer)}</td><td>${esc(r.year)}</td></tr>`).join('')}</tbody></table>`;
    } else if (s.type === 'list' && s.id === 'langs') {
      body += `${h2(s)}<div class="todo">${s.items.map((t) => `<div><span class="box">✓</span>${esc(t)}</div>`).join('')}</div>`;
    } else if (s.type === 'list') {
      body += `${h2(s)}<${s.numbered ? 'ol' : 'ul'}>${listItems(s).map((t) => `<li>${t}</li>`).join('')}</${s.numbered ? 'ol' : 'ul'}>`;
    }
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(m.name)}</title><style>
@page { size: A4; margin: 14mm 16mm; }
body { font-family: Inter, sans-serif; font-size: 9.6pt; line-height: 1.45; color: #37352f; margin: 0; }
.icon { font-size: 34pt; line-height: 1; margin-bottom: 4px; }
h1 { font-size: 25pt; font-weight: 700; margin: 0 0 6px; }
.props { display: grid; grid-template-columns: 1.2in 1fr; gap: 2px 8px; font-size: 9pt; border-bottom: 1px solid #e9e9e7; padding-bottom: 8px; margin-bottom: 4px; }
.pn { color: #8a8985; } .pn::before { content: '≡ '; color: #b3b2ad; }
a { color: #37352f; text-decoration: underline; text-decoration-color: #c7c6c2; }
h2 { font-size: 13.5pt; font-weight: 600; margin: 14px 0 3px; }
h3 { font-size: 10.6pt; font-weight: 600; margin: 7px 0 0; }
.meta { color: #787774; font-size: 8.8pt; }
.callout { display: flex; gap: 8px; background: #f1f1ef; border-radius: 4px; padding: 8px 10px; }
ul, ol { margin: 2px 0; padding-left: 20px; } li { margin: 1px 0; }
p { margin: 2px 0; } p.thesis { color: #5f5e5b; font-size: 9pt; }
code { background: #f1f1ef; color: #eb5757; border-radius: 3px; padding: 0 4px; font-size: 8.4pt; font-family: 'JetBrains Mono', monospace; }
table.db { border-collapse: collapse; width: 100%; font-size: 9pt; margin-top: 3px; }
table.db th { text-align: left; font-weight: 400; color: #8a8985; border-bottom: 1px solid #e9e9e7; padding: 3px 6px; }
table.db td { border-bottom: 1px solid #e9e9e7; border-right: 1px solid #e9e9e7; padding: 3px 6px; vertical-align: top; }
table.db td:last-child { border-right: 0; }
.tag { display: inline-block; border-radius: 3px; padding: 0 5px; margin: 1px 1px; font-size: 8.6pt; }
.todo div { display: flex; gap: 7px; align-items: center; } .box { display: inline-block; width: 11px; height: 11px; background: #2383e2; color: #fff; font-size: 8px; line-height: 11px; text-align: center; border-radius: 2px; }
h2, h3 { break-after: avoid; } tr, .callout { break-inside: avoid; }
</style></head><body><div class="icon">📊</div><h1>${esc(m.name)}</h1>
<div class="props">${props.map(([k, v]) => `<div class="pn">${esc(k)}</div><div>${v}</div>`).join('')}</div>${body}</body></html>`;
}

export const HTML = { notebook, dense, notion };
