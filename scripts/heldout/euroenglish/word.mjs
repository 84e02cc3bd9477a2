// Hand-written OOXML designs: grid (every section a grey-ruled table Period | Place | Details with a shaded title
// row, photo picture in the header table, signature), classic (no tables: centred header, hyperlinked profiles,
// bottom-bordered small-caps headings, right-tab dates, ▪ bullets, "Label: list" rows, footer), sidebar (a
// two-cell table: shaded left column with photo and personal data, main column on the right).
import { Docx, run, para, table } from './docx.mjs';
import { addrLines, degreeLine, order, eduKey, workKey } from './common.mjs';

const cm = (x) => Math.round(x * 567);
const sp = (after = 0) => para('', { after, line: 200 });

export function grid(p, k, o) {
  const H = o.heads;
  const d = new Docx({ font: 'Arial', size: 9.5, margins: [850, 900, 850, 900], title: p.name });
  const W = [cm(3.1), cm(2.5), cm(12.5)];
  const ac = o.accent ?? '1F5C6B';
  const body = [];
  // header: name, label, contact | photo
  const contact = [
    para(run(k.b('name', p.name), { b: true, sz: 20, color: ac }), { after: 20 }),
    para(run(k.b('label', p.label), { sz: 12, color: '595959' }), { after: 100 }),
    para([run('Address: ', { b: true }), run(k.b('location', `${p.street}, ${p.postcode} ${p.city}`))], { after: 10 }),
    para([run('Phone: ', { b: true }), run(k.b('phone', p.phone))], { after: 10 }),
    para([run('E-mail: ', { b: true }), d.link(k.b('email', p.email), `mailto:${p.email}`, { color: '000000', u: false })], { after: 10 }),
    ...p.profiles.map(([n, u]) => para([run(`${n}: `, { b: true }), d.link(k.profile(u), `https://${u}`)], { after: 10 })),
  ];
  body.push(table([[{ xml: contact, vAlign: 'bottom' }, { xml: para(d.photo(3, 3.75), { align: 'right' }) }]], { widths: [cm(13.6), cm(4.5)] }));
  body.push(sp(120));
  const title = (text) => [{ span: 3, shd: ac, xml: para(run(k.sec(text), { b: true, color: 'FFFFFF', sz: 10.5 }), { before: 30, after: 30 }) }];
  const B = { borders: { sz: 4, color: 'BFBFBF' }, cellMar: { top: 40, bottom: 40, left: 100, right: 100 }, widths: W };
  // personal data
  const pd = k.other(H.personal);
  body.push(table([title(H.personal), ...p.personal.map(([l, v]) => { k.item(pd, { label: l, value: v }); return [{ span: 2, xml: para(run(l, { color: '595959' })) }, { xml: para(run(v)) }]; })], B));
  body.push(sp(120));
  const work = () => {
    const rows = [title(H.work), [{ xml: para(run('Period', { b: true, sz: 8.5 })), shd: 'F2F2F2' }, { xml: para(run('Place', { b: true, sz: 8.5 })), shd: 'F2F2F2' }, { xml: para(run('Position and employer', { b: true, sz: 8.5 })), shd: 'F2F2F2' }]];
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const dt = k.range(it, w.start, w.end, o.dates);
      rows.push([{ xml: para(run(dt)) }, { xml: para(run(w.city)) }, { xml: [
        para([run(w.position, { b: true }), w.kind ? run(` – ${w.kind}`, { i: true }) : ''], { after: 0 }),
        para(run(w.name, { color: ac }), { after: 30 }),
        ...w.highlights.map((x) => para(run(k.hl(it, x)), { num: 'dash', after: 0 })),
      ] }]);
    }
    body.push(table(rows, B));
    body.push(sp(120));
  };
  const edu = () => {
    const rows = [title(H.edu)];
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const dt = k.range(it, e.start, e.end, o.dates);
      rows.push([{ xml: para(run(dt)) }, { xml: para(run(e.city)) }, { xml: [
        para(run(degreeLine(e), { b: true }), { after: 0 }),
        para(run(e.institution, { color: ac }), { after: 0 }),
        ...(e.thesis ? [para([run('Thesis: ', { i: true }), run(e.thesis, { i: true })], { after: 0 })] : []),
        ...(e.score ? [para([run(`${e.scoreLabel ?? 'Grade'}: `), run(e.score, { b: true })], { after: 0 })] : []),
      ] }]);
    }
    body.push(table(rows, B));
    body.push(sp(120));
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  const srows = [title(H.skills)];
  for (const [g, l] of p.skillGroups) srows.push([{ span: 2, xml: para(run(g, { color: '595959' })) }, { xml: para(run(k.skills(l).join(', '))) }]);
  srows.push([{ span: 2, xml: para(run('Soft skills', { color: '595959' })) }, { xml: para(run(p.soft.map((s) => k.skill(s)).join(', '))) }]);
  const lg = k.other('Languages');
  srows.push([{ span: 2, xml: para(run('Languages', { color: '595959' })) }, { xml: para(run(k.item(lg, p.languages.map(([l, v]) => `${l} – ${v}`).join(', ')))) }]);
  if (p.certs) { const c = k.other('Certificates'); srows.push([{ span: 2, xml: para(run('Certificates', { color: '595959' })) }, { xml: p.certs.map((x) => para(run(k.item(c, x)))) }]); }
  const hb = k.other('Hobbies');
  srows.push([{ span: 2, xml: para(run('Hobbies', { color: '595959' })) }, { xml: para(run(k.item(hb, p.hobbies.join(', ')))) }]);
  body.push(table(srows, B));
  body.push(para(run(`${p.sign[0]}, ${p.sign[1]}`), { before: 480, after: 500 }));
  body.push(para(run('', {}), { bottom: { sz: 6 }, ind: { right: cm(11) }, after: 20 }));
  body.push(para(run(p.name, { sz: 8.5 })));
  return d.pack(body.join(''));
}

export function classic(p, k, o) {
  const H = o.heads;
  const ac = o.accent ?? '7B2C2C';
  const d = new Docx({ font: o.font ?? 'Cambria', size: 10.5, margins: [900, 1050, 900, 1050], title: p.name, after: 30 });
  const RT = cm(17.4);
  const body = [];
  body.push(para(run(k.b('name', p.name), { sz: 22, color: ac, spacing: 10 }), { align: 'center', after: 0 }));
  body.push(para(run(k.b('label', p.label), { sz: 12, i: true }), { align: 'center', after: 80 }));
  const bar = run('  |  ', { color: '999999' });
  body.push(para([run(k.b('location', `${p.street}, ${p.postcode} ${p.city}`)), bar, run(k.b('phone', p.phone)), bar, d.link(k.b('email', p.email), `mailto:${p.email}`)], { align: 'center', after: 0 }));
  body.push(para(p.profiles.flatMap(([, u], i) => [i ? bar : '', d.link(k.profile(u), `https://${u}`)]), { align: 'center', after: 60 }));
  const pd = k.other(H.personal);
  body.push(para([run(`${H.personal}: `, { b: true }), ...p.personal.flatMap(([l, v], i) => { k.item(pd, { label: l, value: v }); return [i ? bar : '', run(`${l}: ${v}`)]; })], { align: 'center', after: 120 }));
  const head = (text) => { k.sec(text.toUpperCase()); return para(run(text, { b: true, sz: 12, color: ac, caps: true, spacing: 20 }), { bottom: { color: ac, sz: 8 }, before: 220, after: 80, keepNext: true }); };
  if (o.summary) body.push(head(H.profile), para(run(k.b('summary', p.summary)), { align: 'both' }));
  const work = () => {
    body.push(head(H.work));
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const dt = k.range(it, w.start, w.end, o.dates);
      body.push(para([run(w.position, { b: true }), w.kind ? run(` (${w.kind})`) : '', run(`\t${dt}`, { color: '595959' })], { tabs: [[RT, 'right']], before: 100, after: 0, keepNext: true }));
      body.push(para(run(`${w.name}, ${w.city}`, { i: true }), { after: 30, keepNext: true }));
      for (const x of w.highlights) body.push(para(run(k.hl(it, x)), { num: 'square', after: 0 }));
    }
  };
  const edu = () => {
    body.push(head(H.edu));
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const dt = k.range(it, e.start, e.end, o.dates);
      body.push(para([run(degreeLine(e), { b: true }), run(`\t${dt}`, { color: '595959' })], { tabs: [[RT, 'right']], before: 100, after: 0, keepNext: true }));
      body.push(para(run(`${e.institution}, ${e.city}`, { i: true }), { after: 0 }));
      if (e.thesis) body.push(para(run(`Thesis: ${e.thesis}`), { after: 0 }));
      if (e.score) body.push(para(run(`${e.scoreLabel ?? 'Grade'}: ${e.score}`), { after: 0 }));
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  body.push(head(H.skills));
  body.push(para([run('IT skills: ', { b: true })], { after: 0 }));
  for (const [g, l] of p.skillGroups) body.push(para([run(`${g}: `, { i: true }), run(k.skills(l).join(', '))], { ind: { left: 360 }, after: 0 }));
  body.push(para([run('Soft skills: ', { b: true }), run(p.soft.map((s) => k.skill(s)).join(', '))], { before: 60, after: 0 }));
  const lg = k.other('Languages');
  body.push(para([run('Languages: ', { b: true }), run(k.item(lg, p.languages.map(([l, v]) => `${l} – ${v}`).join(', ')))], { before: 60 }));
  if (p.certs) {
    body.push(head(H.certs));
    const c = k.other(H.certs);
    for (const x of p.certs) body.push(para(run(k.item(c, x)), { num: 'square', after: 0 }));
  }
  body.push(head(H.hobbies));
  const hb = k.other(H.hobbies);
  body.push(para(run(k.item(hb, p.hobbies.join(', ')))));
  body.push(para(run(`${p.sign[0]}, ${p.sign[1]}`), { before: 400, after: 480, keepNext: true }));
  body.push(para(run(p.name, { i: true }), { top: { sz: 4 }, ind: { right: cm(12) } }));
  const footer = para(run(`${p.name} – Curriculum Vitae`, { sz: 8, color: '808080' }), { align: 'center' });
  return d.pack(body.join(''), footer);
}

export function sidebar(p, k, o) {
  const H = o.heads;
  const ac = o.accent ?? '2E4A7D';
  const d = new Docx({ font: 'Carlito', size: 10, margins: [700, 700, 700, 700], title: p.name, after: 20 });
  const L = [], R = [];
  const sh = (text) => para(run(k.sec(text), { b: true, color: ac, sz: 10.5, spacing: 10 }), { bottom: { color: ac, sz: 6 }, before: 220, after: 80 });
  // left column
  L.push(para(d.photo(3.2, 4), { align: 'center', after: 120 }));
  L.push(sh(H.contact));
  L.push(para([run('✉ ', { color: ac }), run(k.b('email', p.email), { sz: 9 })], { after: 30 }));
  L.push(para([run('✆ ', { color: ac }), run(k.b('phone', p.phone), { sz: 9 })], { after: 30 }));
  k.b('location', addrLines(p).join(' '));
  L.push(para([run('⌂ ', { color: ac }), run(addrLines(p).join('\n'), { sz: 9 })], { after: 30 }));
  for (const [n, u] of p.profiles) L.push(para([run(`${n}\n`, { b: true, sz: 8.5, color: ac }), d.link(k.profile(u), `https://${u}`, { sz: 8.5 })], { after: 30 }));
  L.push(sh(H.personal));
  const pd = k.other(H.personal);
  for (const [l, v] of p.personal) { k.item(pd, { label: l, value: v }); L.push(para([run(`${l}\n`, { sz: 8, color: '7F7F7F' }), run(v, { sz: 9 })], { after: 40 })); }
  L.push(sh(H.lang));
  const lg = k.other(H.lang);
  for (const [l, v] of p.languages) { k.item(lg, { label: l, value: v }); L.push(para([run(l, { b: true, sz: 9 }), run(`\t${v}`, { sz: 9 })], { tabs: [[cm(5.2), 'right']], after: 20 })); }
  L.push(sh(H.skills));
  for (const [g, l] of p.skillGroups) L.push(para([run(`${g}\n`, { b: true, sz: 8.5, color: ac }), run(k.skills(l).join(' • '), { sz: 9 })], { after: 50 }));
  L.push(sh(H.soft));
  for (const s of p.soft) L.push(para(run(k.skill(s), { sz: 9 }), { num: 'bullet', after: 0 }));
  L.push(sh(H.hobbies));
  const hb = k.other(H.hobbies);
  L.push(para(run(k.item(hb, p.hobbies.join(', ')), { sz: 9 })));
  // right column
  R.push(para(run(k.b('name', p.name), { b: true, sz: 24, color: ac }), { after: 0 }));
  R.push(para(run(k.b('label', p.label), { sz: 13, color: '7F7F7F' }), { after: 100 }));
  R.push(sh(H.profile));
  R.push(para(run(k.b('summary', p.summary)), { align: 'both' }));
  const work = () => {
    R.push(sh(H.work));
    for (const w of p.work) {
      const it = workKey(k, w, w.city);
      const dt = k.range(it, w.start, w.end, o.dates);
      R.push(para(run(`${dt}  |  ${w.city}`, { sz: 8.5, color: '7F7F7F' }), { before: 80, after: 0, keepNext: true }));
      R.push(para([run(w.position, { b: true }), w.kind ? run(` · ${w.kind}`, { i: true, sz: 9 }) : ''], { after: 0, keepNext: true }));
      R.push(para(run(w.name, { color: ac }), { after: 20, keepNext: true }));
      for (const x of w.highlights) R.push(para(run(k.hl(it, x)), { num: 'bullet', after: 0 }));
    }
  };
  const edu = () => {
    R.push(sh(H.edu));
    for (const e of p.education) {
      const it = eduKey(k, e, { location: e.city });
      const dt = k.range(it, e.start, e.end, o.dates);
      R.push(para(run(`${dt}  |  ${e.city}`, { sz: 8.5, color: '7F7F7F' }), { before: 80, after: 0, keepNext: true }));
      R.push(para(run(degreeLine(e), { b: true }), { after: 0, keepNext: true }));
      R.push(para(run(e.institution, { color: ac }), { after: 0 }));
      if (e.thesis) R.push(para([run('Thesis: ', { i: true }), run(e.thesis)], { after: 0 }));
      if (e.score) R.push(para([run(`${e.scoreLabel ?? 'Grade'}: `, { i: true }), run(e.score, { b: true })], { after: 0 }));
    }
  };
  for (const s of order(p)) (s === 'work' ? work : edu)();
  if (p.certs) {
    R.push(sh(H.certs));
    const c = k.other(H.certs);
    for (const x of p.certs) R.push(para(run(k.item(c, x)), { num: 'bullet', after: 0 }));
  }
  const body = table([[{ xml: L, shd: 'EEF1F6', mar: { left: 200, right: 200, top: 200 } }, { xml: R, mar: { left: 340, right: 100, top: 100 } }]], { widths: [cm(6.3), cm(12.7)] });
  return d.pack(body + para(''));
}
