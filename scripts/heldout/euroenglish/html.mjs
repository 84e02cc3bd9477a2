// Chromium-printed HTML designs: europass (Europass 2013-like label column with CEFR grid), twoCol (modern
// two-column with a dark sidebar), timeline (single column with a date/city gutter and a vertical timeline).
import { escHtml as h } from './lib.mjs';
import { addrFull, addrLines, degreeLine, order, eduKey, workKey, allSkills } from './common.mjs';

const photo = (png, css) => `<img class="photo" style="${css}" src="data:image/png;base64,${png.toString('base64')}" alt="">`;

// ------------------------------------------------------------------ Europass-like
export function europass(p, k, o, png) {
  const row = (left, right, cls = '') => `<div class="row ${cls}"><div class="l">${left}</div><div class="r">${right}</div></div>`;
  const head = (t) => row(`<span class="sec">${h(k.sec(t))}</span>`, '<div class="rule"></div>', 'head');
  let body = '';
  body += row(`<span class="sec">${h(k.sec('PERSONAL INFORMATION'))}</span>${photo(png, 'width:3cm;height:3.75cm;margin-top:4mm')}`,
    `<div class="name">${h(k.b('name', p.name))}</div>` +
    `<div class="ci"><span class="ico">⌂</span>${h(k.b('location', addrFull(p)))}</div>` +
    `<div class="ci"><span class="ico">✆</span>${h(k.b('phone', p.phone))}</div>` +
    `<div class="ci"><span class="ico">✉</span>${h(k.b('email', p.email))}</div>` +
    p.profiles.map(([n, u]) => `<div class="ci"><span class="lbl">${h(n)}</span> ${h(k.profile(u))}</div>`).join('') +
    `<div class="ci pd">${(() => {
      const oth = k.other('PERSONAL INFORMATION');
      return p.personal.filter(([l]) => l !== 'Place of birth').map(([l, v]) => { k.item(oth, { label: l, value: v }); return `<span class="lbl">${h(l)}</span> ${h(v)}`; }).join(' &nbsp;|&nbsp; ');
    })()}</div>`);
  body += row(`<span class="sec">${h(k.sec(o.jobHead ?? 'JOB APPLIED FOR'))}</span>`, `<div class="job">${h(k.b('label', p.label))}</div>`, 'head');
  const work = () => {
    body += head('WORK EXPERIENCE');
    for (const w of p.work) {
      const loc = `${w.city} (${w.country})`;
      const it = workKey(k, w, loc);
      const dates = k.range(it, w.start, w.end, o.dates);
      body += row(`<span class="date">${h(dates)}</span>`,
        `<div class="pos">${h(w.position)}${w.kind ? ` <span class="kind">– ${h(w.kind)}</span>` : ''}</div><div>${h(w.name)}, ${h(loc)}</div>` +
        `<ul>${w.highlights.map((x) => `<li>${h(k.hl(it, x))}</li>`).join('')}</ul>`, 'entry');
    }
  };
  const edu = () => {
    body += head('EDUCATION AND TRAINING');
    for (const e of p.education) {
      const loc = `${e.city} (${countryOf(p, e)})`;
      const it = eduKey(k, e, {});
      const dates = k.range(it, e.start, e.end, o.dates);
      const eqf = /Master|Engineering Degree|Ing\./.test(e.studyType) ? 'EQF level 7' : /Bachelor|BSc|Bc\.|Engineer/.test(e.studyType) ? 'EQF level 6' : '';
      body += row(`<span class="date">${h(dates)}</span>`,
        `<div class="pos">${h(degreeLine(e))}${eqf ? `<span class="eqf">${eqf}</span>` : ''}</div><div>${h(e.institution)}, ${h(loc)}</div>` +
        (e.thesis ? `<div class="small">Thesis: ${h(e.thesis)}</div>` : '') + (e.score ? `<div class="small">${h(e.scoreLabel ?? 'Grade')}: ${h(e.score)}</div>` : ''), 'entry');
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  body += head('PERSONAL SKILLS');
  const ps = k.other('PERSONAL SKILLS');
  const natives = p.languages.filter(([, l]) => l === 'native');
  body += row('<span class="sub">Mother tongue(s)</span>', `<div class="pos">${h(k.item(ps, { label: 'Mother tongue(s)', value: natives.map(([l]) => l).join(', ') }).value)}</div>`);
  const foreign = p.languages.filter(([, l]) => l !== 'native');
  const lvl = (l) => l.slice(0, 2);
  body += row('<span class="sub">Other language(s)</span>', '<table class="cef"><tr class="t"><td></td><td colspan="2">UNDERSTANDING</td><td colspan="2">SPEAKING</td><td>WRITING</td></tr>' +
    '<tr class="s"><td></td><td>Listening</td><td>Reading</td><td>Spoken interaction</td><td>Spoken production</td><td></td></tr>' +
    foreign.map(([l, v]) => { k.item(ps, { label: l, value: lvl(v) }); return `<tr><td class="ln">${h(l)}</td>${[1, 2, 3, 4, 5].map(() => `<td class="lv">${h(lvl(v))}</td>`).join('')}</tr>`; }).join('') +
    '</table><div class="tiny">Levels: A1 and A2: Basic user - B1 and B2: Independent user - C1 and C2: Proficient user<br>Common European Framework of Reference for Languages</div>');
  body += row('<span class="sub">Communication skills</span>', `<div>${p.soft.map((s) => h(k.skill(s))).join('; ')}</div>`);
  body += row('<span class="sub">Digital skills</span>', p.skillGroups.map(([g, l]) => `<div><b>${h(g)}:</b> ${k.skills(l).map(h).join(', ')}</div>`).join(''));
  const dl = p.personal.find(([l]) => l === 'Driving licence');
  if (dl) body += row('<span class="sub">Driving licence</span>', `<div>${h(dl[1])}</div>`);
  body += head('ADDITIONAL INFORMATION');
  if (p.certs) {
    const c = k.other('Certifications');
    body += row('<span class="sub">Certifications</span>', p.certs.map((x) => `<div>${h(k.item(c, x))}</div>`).join(''));
  }
  const hb = k.other('Hobbies');
  body += row('<span class="sub">Hobbies</span>', `<div>${h(k.item(hb, p.hobbies.join(', ')))}</div>`);
  const css = `@page{size:A4;margin:12mm 14mm 12mm 10mm} body{font-family:'Liberation Sans',Arial,sans-serif;font-size:8.9pt;color:#3f3a38;margin:0}
  .row{display:grid;grid-template-columns:5.6cm 1fr;column-gap:5mm;break-inside:avoid} .l{text-align:right;color:#1593cb} .sec{font-size:8.5pt;color:#0e4194;text-transform:uppercase;letter-spacing:.3px}
  .head{margin:5mm 0 2mm} .rule{border-bottom:1px solid #1593cb;height:2.4mm} .name{font-size:17pt;color:#0e4194;margin-bottom:2mm}
  .ci{margin:.6mm 0} .ico{display:inline-block;width:5mm;color:#1593cb} .lbl{color:#1593cb;font-size:8pt} .job{font-size:13pt;color:#0e4194}
  .entry{margin-bottom:2.5mm} .date{color:#0e4194;font-size:8.5pt} .pos{font-size:10.5pt;color:#0e4194} .kind{font-size:9pt;color:#555}
  .eqf{float:right;background:#e5eef7;color:#0e4194;font-size:8pt;padding:0 2mm} .small{font-size:8.8pt} ul{margin:1mm 0 0 4mm;padding:0} li{margin:.3mm 0;list-style:square}
  .sub{color:#0e4194;font-size:8.5pt} .cef{border-collapse:collapse;width:100%;font-size:7.5pt;text-align:center} .cef td{border:1px solid #c7d7e9;padding:1mm}
  .cef .t td{color:#0e4194;background:#eef3f8} .cef .ln{text-align:left;color:#0e4194;font-size:9pt} .lv{font-size:9pt} .tiny{font-size:7pt;color:#777;margin:1mm 0 2mm}
  .row + .row:not(.head){margin-top:1.2mm} .top{display:flex;justify-content:space-between;color:#0e4194;font-size:8pt;margin-bottom:3mm}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Europass CV ${h(p.name)}</title><style>${css}</style></head><body>
  <div class="top"><span><b style="font-size:14pt;letter-spacing:1px">europass</b></span><span>Curriculum Vitae</span></div>${body}</body></html>`;
}
function countryOf(p, e) {
  const map = { Graz: 'Austria', Linz: 'Austria', Steyr: 'Austria', Munich: 'Germany', Milan: 'Italy', Bologna: 'Italy', Villeurbanne: 'France', Lyon: 'France',
    Barcelona: 'Spain', Utrecht: 'Netherlands', Wrocław: 'Poland', Brno: 'Czech Republic' };
  return map[e.city] ?? p.country;
}

// ------------------------------------------------------------------ modern two-column with sidebar
const ICON = { email: '✉', phone: '☎', loc: '⌂', LinkedIn: 'in', GitHub: '⌥', GitLab: '⌥', Portfolio: '⌘', Kaggle: 'K' };
export function twoCol(p, k, o, png) {
  const H = o.heads;
  const side = [], main = [];
  // sidebar
  side.push(photo(png, 'width:3.4cm;height:3.4cm;border-radius:50%;display:block;margin:0 auto 5mm;border:3px solid #fff'));
  side.push(`<h3>${h(k.sec(H.contact))}</h3>` +
    `<div class="c"><i>${ICON.email}</i><span>${h(k.b('email', p.email)).replace('@', '@<wbr>')}</span></div><div class="c"><i>${ICON.phone}</i>${h(k.b('phone', p.phone))}</div>` +
    `<div class="c"><i>${ICON.loc}</i>${addrLines(p).map(h).join('<br>')}</div>` +
    p.profiles.map(([n, u]) => `<div class="c"><i>${ICON[n]}</i>${h(k.profile(u))}</div>`).join(''));
  k.b('location', addrLines(p).join(' '));
  const pd = k.other(k.sec(H.personal));
  side.push(`<h3>${h(H.personal)}</h3>` + p.personal.map(([l, v]) => { k.item(pd, { label: l, value: v }); return `<div class="pd"><span>${h(l)}</span>${h(v)}</div>`; }).join(''));
  side.push(`<h3>${h(k.sec(H.skills))}</h3><div class="tags">${k.skills(allSkills(p)).map((s) => `<span>${h(s)}</span>`).join('')}</div>`);
  const lg = k.other(k.sec(H.lang));
  const bar = (v) => { const n = v === 'native' ? 6 : { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6 }[v.slice(0, 2)]; return `<div class="bar"><b style="width:${(n / 6) * 100}%"></b></div>`; };
  side.push(`<h3>${h(H.lang)}</h3>` + p.languages.map(([l, v]) => { k.item(lg, { label: l, value: v }); return `<div class="lg"><span>${h(l)}</span><em>${h(v)}</em>${bar(v)}</div>`; }).join(''));
  side.push(`<h3>${h(k.sec(H.soft))}</h3><ul class="soft">${p.soft.map((s) => `<li>${h(k.skill(s))}</li>`).join('')}</ul>`);
  const hb = k.other(k.sec(H.hobbies));
  side.push(`<h3>${h(H.hobbies)}</h3><div>${h(k.item(hb, p.hobbies.join(' · ')))}</div>`);
  // main
  main.push(`<div class="nm">${h(k.b('name', p.name))}</div><div class="lb">${h(k.b('label', p.label))}</div>`);
  main.push(`<h2>${h(k.sec(H.profile))}</h2><p class="sum">${h(k.b('summary', p.summary))}</p>`);
  const work = () => {
    main.push(`<h2>${h(k.sec(H.work))}</h2>`);
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const d = k.range(it, w.start, w.end, o.dates);
      main.push(`<div class="e"><div class="t"><b>${h(w.position)}</b><span class="d">${h(d)}</span></div><div class="co">${h(w.name)} <span>| ${h(w.city)}</span>${w.kind ? ` <span class="kd">${h(w.kind)}</span>` : ''}</div>` +
        `<ul>${w.highlights.map((x) => `<li>${h(k.hl(it, x))}</li>`).join('')}</ul></div>`);
    }
  };
  const edu = () => {
    main.push(`<h2>${h(k.sec(H.edu))}</h2>`);
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const d = k.range(it, e.start, e.end, o.dates);
      main.push(`<div class="e"><div class="t"><b>${h(degreeLine(e))}</b><span class="d">${h(d)}</span></div><div class="co">${h(e.institution)} <span>| ${h(e.city)}</span></div>` +
        (e.thesis ? `<div class="th">Thesis: “${h(e.thesis)}”</div>` : '') + (e.score ? `<div class="th">${h(e.scoreLabel ?? 'Grade')}: <b>${h(e.score)}</b></div>` : '') + '</div>');
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  if (p.certs) {
    const c = k.other(k.sec(H.certs));
    main.push(`<h2>${h(H.certs)}</h2><ul>${p.certs.map((x) => `<li>${h(k.item(c, x))}</li>`).join('')}</ul>`);
  }
  const accent = o.accent ?? '#2f5d62';
  const css = `@page{size:A4;margin:0} body{margin:0;font-family:Lato,'Noto Sans',sans-serif;font-size:9.4pt;color:#2b2b2b}
  .bg{position:fixed;top:0;bottom:0;${o.side === 'right' ? 'right' : 'left'}:0;width:7.2cm;background:${accent};z-index:-1}
  .wrap{display:grid;grid-template-columns:${o.side === 'right' ? '1fr 7.2cm' : '7.2cm 1fr'}}
  .side{color:#eef3f3;padding:12mm 6mm;font-size:8.6pt;${o.side === 'right' ? 'order:2' : ''}} .main{padding:12mm 10mm 10mm 9mm}
  .side h3{font-size:9.5pt;text-transform:uppercase;letter-spacing:1.5px;border-bottom:1px solid rgba(255,255,255,.5);padding-bottom:1mm;margin:6mm 0 2.5mm}
  .c{display:flex;gap:2mm;margin:1.2mm 0;font-size:7.9pt;overflow-wrap:break-word;min-width:0} .c>span{min-width:0} .c i{font-style:normal;font-weight:bold;width:4mm;flex:none;text-align:center}
  .pd span{display:block;font-size:7.5pt;opacity:.75;text-transform:uppercase} .pd{margin-bottom:1.5mm}
  .tags span{display:inline-block;border:1px solid rgba(255,255,255,.6);border-radius:3mm;padding:.3mm 2mm;margin:0 1mm 1.2mm 0;font-size:8pt}
  .lg{display:grid;grid-template-columns:1fr auto;margin-bottom:1.6mm} .lg em{font-style:normal;font-size:8pt} .bar{grid-column:1/3;height:1.2mm;background:rgba(255,255,255,.25)} .bar b{display:block;height:100%;background:#fff}
  .soft{margin:0;padding-left:4mm} .nm{font-size:24pt;font-weight:300;color:${accent}} .lb{font-size:12pt;letter-spacing:1px;text-transform:uppercase;color:#777;margin-bottom:4mm}
  h2{font-size:11.5pt;text-transform:uppercase;letter-spacing:1.2px;color:${accent};margin:6mm 0 2mm;border-bottom:2px solid ${accent};padding-bottom:1mm}
  .sum{margin:0;text-align:justify} .e{margin-bottom:3.2mm;break-inside:avoid} .t{display:flex;justify-content:space-between} .d{color:#666;font-size:8.6pt;white-space:nowrap;padding-left:3mm}
  .co{color:${accent};font-weight:bold;font-size:9pt} .co span{color:#777;font-weight:normal} .kd{font-style:italic} ul{margin:1mm 0 0;padding-left:4.5mm} li{margin:.4mm 0} .th{font-size:8.8pt;margin-top:.6mm}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h(p.name)} CV</title><style>${css}</style></head><body><div class="bg"></div>
  <div class="wrap"><aside class="side">${side.join('\n')}</aside><main class="main">${main.join('\n')}</main></div></body></html>`;
}

// ------------------------------------------------------------------ timeline with date/city gutter
export function timeline(p, k, o, png) {
  const H = o.heads;
  const out = [];
  out.push(`<header><div><div class="nm">${h(k.b('name', p.name))}</div><div class="lb">${h(k.b('label', p.label))}</div>` +
    `<div class="ct">${h(k.b('location', `${p.street}, ${p.postcode} ${p.city}`))} &nbsp;|&nbsp; ${h(k.b('phone', p.phone))} &nbsp;|&nbsp; <a href="mailto:${h(p.email)}">${h(k.b('email', p.email))}</a></div>` +
    `<div class="ct">${p.profiles.map(([, u]) => `<a href="https://${h(u)}">${h(k.profile(u))}</a>`).join(' &nbsp;|&nbsp; ')}</div>` +
    `<div class="pl"><b>Personal details:</b> ${(() => { const pd = k.other('Personal details'); return p.personal.map(([l, v]) => { k.item(pd, { label: l, value: v }); return `${h(l)}: ${h(v)}`; }).join(' · '); })()}</div></div>` +
    `${photo(png, 'width:3.2cm;height:4cm;border:1px solid #999')}</header>`);
  out.push(`<section><h2>${h(k.sec(H.profile))}</h2><p>${h(k.b('summary', p.summary))}</p></section>`);
  const entry = (gut, city, body) => `<div class="en"><div class="g"><div>${h(gut)}</div><div class="cy">${h(city)}</div></div><div class="dot"></div><div class="b">${body}</div></div>`;
  const work = () => {
    let s = `<section><h2>${h(k.sec(H.work))}</h2><div class="tl">`;
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const d = k.range(it, w.start, w.end, o.dates);
      s += entry(d, w.city, `<div class="ps">${h(w.position)}</div><div class="co">${h(w.name)}${w.kind ? ` · ${h(w.kind)}` : ''}</div><ul>${w.highlights.map((x) => `<li>${h(k.hl(it, x))}</li>`).join('')}</ul>`);
    }
    out.push(s + '</div></section>');
  };
  const edu = () => {
    let s = `<section><h2>${h(k.sec(H.edu))}</h2><div class="tl">`;
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const d = k.range(it, e.start, e.end, o.dates);
      s += entry(d, e.city, `<div class="ps">${h(degreeLine(e))}</div><div class="co">${h(e.institution)}</div>` +
        (e.thesis ? `<div class="sm">Thesis: <i>${h(e.thesis)}</i></div>` : '') + (e.score ? `<div class="sm">${h(e.scoreLabel ?? 'Grade')}: ${h(e.score)}</div>` : ''));
    }
    out.push(s + '</div></section>');
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  let sk = `<section><h2>${h(k.sec(H.skills))}</h2><table class="sk">`;
  sk += `<tr><th>${h(H.it)}</th><td>${p.skillGroups.map(([g, l]) => `<div><u>${h(g)}</u>: ${k.skills(l).map(h).join(', ')}</div>`).join('')}</td></tr>`;
  sk += `<tr><th>Soft skills</th><td>${p.soft.map((s) => h(k.skill(s))).join(', ')}</td></tr>`;
  const lg = k.other('Languages');
  sk += `<tr><th>Languages</th><td>${h(k.item(lg, p.languages.map(([l, v]) => `${l} – ${v}`).join(', ')))}</td></tr>`;
  if (p.certs) { const c = k.other('Certificates'); sk += `<tr><th>Certificates</th><td>${p.certs.map((x) => `<div>${h(k.item(c, x))}</div>`).join('')}</td></tr>`; }
  out.push(sk + '</table></section>');
  const hb = k.other(k.sec(H.hobbies));
  out.push(`<section><h2>${h(H.hobbies)}</h2><p>${h(k.item(hb, p.hobbies.join(', ')))}</p></section>`);
  out.push(`<div class="sig"><div>${h(p.sign[0])}, ${h(p.sign[1])}</div><div class="ln">${h(p.name)}</div></div>`);
  const ac = o.accent ?? '#8a3324';
  const css = `@page{size:A4;margin:13mm 15mm} body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt;color:#222;margin:0;line-height:1.35}
  header{display:flex;justify-content:space-between;border-bottom:3px solid ${ac};padding-bottom:3mm;margin-bottom:2mm} .nm{font-size:20pt;font-weight:bold;color:${ac}}
  .lb{font-size:11pt;margin:1mm 0 2mm;color:#555} .ct{margin:.6mm 0} a{color:#222;text-decoration:none} .pl{margin-top:1.5mm;color:#555;font-size:8.2pt}
  h2{font-size:10.5pt;font-variant:small-caps;letter-spacing:.6px;color:${ac};border-left:4px solid ${ac};padding-left:2mm;margin:4.5mm 0 2mm}
  p{margin:0} .tl{position:relative} .en{display:grid;grid-template-columns:3.9cm 5mm 1fr;break-inside:avoid;margin-bottom:2.2mm}
  .g{text-align:right;font-size:8.2pt;color:#444;padding-right:1mm} .cy{color:#888;font-style:italic} .dot{border-left:1.5px solid #ccc;position:relative;margin-left:2.2mm}
  .dot::before{content:'';position:absolute;left:-1.15mm;top:1mm;width:2mm;height:2mm;border-radius:50%;background:${ac}}
  .ps{font-weight:bold} .co{color:${ac}} .sm{font-size:8.2pt} ul{margin:.6mm 0 0;padding-left:3.6mm} li{list-style:'– '}
  .sk{border-collapse:collapse;width:100%} .sk th{text-align:left;vertical-align:top;width:3.9cm;font-weight:normal;color:#444;padding:.8mm 2mm .8mm 0} .sk td{padding:.8mm 0}
  .sig{margin-top:8mm;break-inside:avoid} .ln{margin-top:10mm;border-top:1px solid #444;width:6cm;padding-top:1mm;font-size:8pt}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CV – ${h(p.name)}</title><style>${css}</style></head><body>${out.join('\n')}</body></html>`;
}
