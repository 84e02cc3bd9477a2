// Generic resume layout on a Canvas, parameterised by a design config; records the answer key while printing.
import { Canvas, Flow, Key, range } from './lib.mjs';

const WHITE = [1, 1, 1];

export function layout(P, c) {
  const cv = new Canvas(); const key = new Key(); const F = c.fonts; const S = { name: 24, label: 12, head: 11, body: 9.2, small: 8.6, ...c.sizes };
  const M = { l: 46, r: 46, t: 44, b: 50, ...c.margins };
  const W = cv.W; const H = cv.H;
  const headTxt = (s) => (c.headCase === 'upper' ? s.toUpperCase() : s);
  const name = `${P.first} ${P.last}`;
  const col = c.color || [0.1, 0.1, 0.1]; const accent = c.accent || col; const grey = c.grey || [0.35, 0.35, 0.35];
  const dopt = { style: c.dateStyle || 'MMM YYYY', present: c.present || 'Present', sep: c.dateSep || ' – ' };
  const notes = [];

  // ---------------------------------------------------------------- geometry
  let sideX = 0, sideW = 0, mainX = M.l, mainW = W - M.l - M.r;
  if (c.cols === 2) {
    sideW = c.sideW || 165;
    if (c.sidebar === 'right') { sideX = W - sideW; mainX = M.l; mainW = W - sideW - M.l - 24; }
    else { sideX = 0; mainX = sideW + 24; mainW = W - sideW - 24 - M.r; }
    if (c.sideBg) cv.rect(0, sideX, 0, sideW, H, c.sideBg);
  }
  const sideCol = c.sideBg ? (c.sideColor || WHITE) : col;
  let vnameDx = 0;
  if (c.vname) { // vertical name along the left margin
    const vs = 26; const w = F.bold.width(name.toUpperCase(), vs, 2);
    cv.text(0, c.cols === 2 && c.sidebar !== 'right' ? sideW + 34 : 40, H - 70 - 0, name.toUpperCase(), F.bold, vs, { rot: 90, tc: 2, color: accent, tag: 'name' });
    vnameDx = 30; if (c.cols !== 2 || c.sidebar === 'right') { mainX += vnameDx; mainW -= vnameDx; } else { mainX += vnameDx; mainW -= vnameDx; }
    key.set('name', name.toUpperCase());
    notes.push(`the name is printed only once, in capitals, rotated 90° along the margin (${w.toFixed(0)} pt long)`);
  }

  // ---------------------------------------------------------------- flows
  const main = new Flow(cv, { x: mainX, w: mainW, top: M.t, bottom: H - M.b, topNext: c.multipage ? M.t + 30 : M.t });
  const side = c.cols === 2 ? new Flow(cv, { x: sideX + 22, w: sideW - 40, top: M.t, bottom: H - M.b }) : null;

  const heading = (fl, label, inSide = false) => {
    const t = headTxt(label); fl.gap(c.headGap ?? 10);
    fl.need(40);
    fl.line(t, F.head || F.bold, S.head, { tc: c.headTc || 0, color: inSide ? sideCol : accent, tag: 'heading', mode: c.headMode });
    if (c.headRule && !inSide) cv.rule(fl.page, fl.x, fl.y + 4, fl.x + fl.w, 0.7, c.ruleColor || accent);
    if (c.headRule && inSide && c.sideRule) cv.rule(fl.page, fl.x, fl.y + 4, fl.x + fl.w, 0.5, sideCol);
    fl.gap(c.headRule ? 6 : 2);
    return t;
  };
  const bullets = (fl, list, color = col) => {
    for (const b of list) fl.para(b, F.reg, S.body, { indent: 11, bullet: c.bullet === undefined ? '•' : c.bullet, color, justify: c.justify, tag: 'body', lead: S.body * 1.38 });
  };

  // ---------------------------------------------------------------- header
  const contactStrings = [];
  const profileWords = [];
  const addContacts = () => {
    contactStrings.push(key.set('email', P.email), key.set('phone', P.phone));
    const locTxt = `${P.city}, ${P.country}`; contactStrings.push(key.set('location', locTxt));
    if (c.linksAsWords) {
      for (const [w, u] of [['LinkedIn', P.linkedin], ['GitHub', P.github], ['Portfolio', P.portfolio]]) if (u) { contactStrings.push(w); profileWords.push([w, `https://${u}`]); }
      notes.push(`profiles are printed only as the words ${profileWords.map((p) => p[0]).join(', ')} with /Link /URI annotations (${profileWords.map((p) => p[1]).join(', ')}); following the Resume.io convention of the html-builders batch they are not in basics.profiles/url`);
    } else {
      for (const u of [P.linkedin, P.github]) if (u) { contactStrings.push(u); key.basics.profiles.push(u); }
      if (P.portfolio) { contactStrings.push(P.portfolio); key.set('url', P.portfolio); }
    }
  };
  addContacts();
  const headerFlow = c.cols === 2 && c.headerIn === 'side' ? side : main;
  if (!c.vname) {
    const nm = c.nameUpper ? name.toUpperCase() : name; key.set('name', nm);
    if (c.nameSplit) { // first and last name on two lines
      headerFlow.line(c.nameUpper ? P.first.toUpperCase() : P.first, F.bold, S.name, { tag: 'name', color: headerFlow === side ? sideCol : accent, tc: c.nameTc || 0, lead: S.name });
      headerFlow.line(c.nameUpper ? P.last.toUpperCase() : P.last, F.bold, S.name, { tag: 'name', color: headerFlow === side ? sideCol : accent, tc: c.nameTc || 0, lead: S.name * 1.05 });
    } else headerFlow.line(nm, F.bold, S.name, { tag: 'name', color: headerFlow === side ? sideCol : accent, tc: c.nameTc || 0, lead: S.name, align: c.center ? 'center' : 'left' });
  }
  key.set('label', P.label);
  headerFlow.line(P.label, F.reg, S.label, { tag: 'label', color: headerFlow === side ? sideCol : grey, lead: S.label * 1.6, align: c.center ? 'center' : 'left' });
  const placeLinks = (fl, str, it) => { // link annotation over a printed word inside `it`
    for (const [w, u] of profileWords) {
      const i = it.str.indexOf(w); if (i < 0) continue;
      const x0 = it.x + it.font.width(it.str.slice(0, i), it.size); const ww = it.font.width(w, it.size);
      cv.link(it.page, x0, it.y - it.size, ww, it.size * 1.25, u);
    }
  };
  if (c.cols !== 2 || c.contactsIn === 'main') {
    const sep = c.contactSep || '  |  ';
    main.gap(2);
    let cur = '';
    const lines = [];
    for (const s of contactStrings) { const t = cur ? cur + sep + s : s; if (cur && F.reg.width(t, S.small) > mainW) { lines.push(cur); cur = s; } else cur = t; }
    lines.push(cur);
    for (const l of lines) { const it = main.line(l, F.reg, S.small, { tag: 'contact', color: grey, lead: S.small * 1.5, align: c.center ? 'center' : 'left' }); placeLinks(main, l, it); }
    if (c.headerRule) { main.gap(6); cv.rule(0, main.x, main.y, main.x + main.w, 1.2, accent); }
  }

  // ---------------------------------------------------------------- sections
  const T = { summary: 'Profile', work: 'Experience', edu: 'Education', skills: 'Skills', projects: 'Projects', langs: 'Languages', certs: 'Certifications', contact: 'Contact', ...c.titles };
  const sectionsMain = []; const sectionsSide = [];
  const R = {
    contact(fl, inSide) {
      const h = heading(fl, T.contact, inSide);
      for (const s of contactStrings) { const it = fl.line(s, F.reg, S.small, { tag: 'contact', color: inSide ? sideCol : col, lead: S.small * 1.55 }); placeLinks(fl, s, it); }
      return h;
    },
    summary(fl, inSide) {
      const h = heading(fl, T.summary, inSide); key.set('summary', P.summary);
      fl.para(P.summary, F.reg, S.body, { justify: c.justify, color: inSide ? sideCol : col, tag: 'body', lead: S.body * 1.4 });
      return h;
    },
    work(fl) {
      const h = heading(fl, T.work);
      let prevCompany = null;
      for (const w of P.work) {
        const dates = range(w.start, w.end, dopt);
        key.work1(w, { style: dopt.style });
        fl.need(50);
        if (c.entry === 'gutter') {
          const gut = c.gutter || 92; const y0 = fl.y;
          const sub = new Flow(cv, { x: fl.x + gut, w: fl.w - gut, top: fl.y, bottom: fl.bottom, page: fl.page });
          sub.line(w.position, F.bold, S.body + 0.8, { tag: 'title', color: col });
          sub.line(`${w.company}, ${w.location}`, F.ital, S.body, { tag: 'title', color: grey });
          cv.text(fl.page, fl.x, y0 + (S.body + 0.8) * 1.3 + (c.jitter || 0), dates, F.reg, S.small, { tag: 'date', color: grey });
          sub.gap(1); bullets(sub, w.bullets);
          fl.page = sub.page; fl.y = sub.y; fl.gap(7);
        } else if (c.entry === 'nested') {
          if (w.company !== prevCompany) {
            fl.gap(4); fl.row([w.company, F.bold, S.body + 1, { tag: 'title', color: accent }], [w.location, F.ital, S.small, { tag: 'date', color: grey }], { jitter: c.jitter, lead: (S.body + 1) * 1.35 });
          }
          fl.row([w.position, F.ital, S.body + 0.4, { tag: 'title', color: col }], [dates, F.reg, S.small, { tag: 'date', color: grey }], { jitter: c.jitter ? -c.jitter : 0 });
          fl.gap(1); bullets(fl, w.bullets); fl.gap(3);
        } else if (c.entry === 'stack') {
          fl.line(w.position, F.bold, S.body + 1, { tag: 'title', color: col });
          fl.line(`${w.company}  |  ${w.location}  |  ${dates}`, F.reg, S.small, { tag: 'title', color: grey, lead: S.small * 1.4 });
          fl.gap(1); bullets(fl, w.bullets); fl.gap(6);
        } else { // row
          fl.row([w.position, F.bold, S.body + 0.8, { tag: 'title', color: col }], [dates, F.reg, S.small, { tag: 'date', color: grey }], { jitter: c.jitter });
          fl.row([w.company, F.ital, S.body, { tag: 'title', color: col }], [w.location, F.ital, S.small, { tag: 'date', color: grey }], { jitter: c.jitter ? -c.jitter : 0, lead: S.body * 1.35 });
          fl.gap(1); bullets(fl, w.bullets); fl.gap(6);
        }
        prevCompany = w.company;
      }
      return h;
    },
    edu(fl, inSide) {
      const h = heading(fl, T.edu, inSide); const tc = inSide ? sideCol : col;
      for (const e of P.education) {
        key.edu(e, { style: dopt.style });
        const dates = range(e.start, e.end, { ...dopt, present: 'Present' });
        const deg = c.degSep === ',' ? `${e.studyType}, ${e.area}` : `${e.studyType} in ${e.area}`;
        fl.need(40);
        if (inSide) {
          fl.para(deg, F.bold, S.small + 0.4, { color: tc, tag: 'title', lead: S.small * 1.45 });
          fl.para(e.institution, F.reg, S.small, { color: tc, tag: 'body', lead: S.small * 1.45 });
          fl.line(dates, F.reg, S.small, { color: tc, tag: 'date', lead: S.small * 1.45 });
          if (e.score) fl.line(e.score, F.ital, S.small, { color: tc, tag: 'body', lead: S.small * 1.45 });
          fl.gap(5);
        } else if (c.entry === 'gutter') {
          const gut = c.gutter || 92; const y0 = fl.y;
          const sub = new Flow(cv, { x: fl.x + gut, w: fl.w - gut, top: fl.y, bottom: fl.bottom, page: fl.page });
          sub.line(deg, F.bold, S.body + 0.5, { tag: 'title', color: col });
          sub.line(e.institution, F.ital, S.body, { tag: 'title', color: grey });
          if (e.score) sub.line(e.score, F.reg, S.body, { tag: 'body', color: col });
          cv.text(fl.page, fl.x, y0 + (S.body + 0.5) * 1.3 + (c.jitter || 0), dates, F.reg, S.small, { tag: 'date', color: grey });
          fl.page = sub.page; fl.y = sub.y; fl.gap(6);
        } else {
          fl.row([deg, F.bold, S.body + 0.5, { tag: 'title', color: col }], [dates, F.reg, S.small, { tag: 'date', color: grey }], { jitter: c.jitter });
          fl.line(e.institution + (e.score ? `  —  ${e.score}` : ''), F.ital, S.body, { tag: 'title', color: col });
          fl.gap(5);
        }
      }
      return h;
    },
    skills(fl, inSide) {
      const h = heading(fl, T.skills, inSide); key.skills.push(...P.skills);
      if (inSide) {
        for (const s of P.skills) {
          if (c.sideBullets) { fl.para(s, F.reg, S.small, { indent: 9, bullet: c.bullet === undefined ? '•' : c.bullet, color: sideCol, tag: 'body', lead: S.small * 1.55, bulletColor: sideCol }); } else fl.line(s, F.reg, S.small, { color: sideCol, tag: 'body', lead: S.small * 1.55 });
        }
      } else fl.para(P.skills.join(c.skillSep || ', '), F.reg, S.body, { color: col, tag: 'body' });
      return h;
    },
    projects(fl) {
      if (!P.projects) return null;
      const h = heading(fl, T.projects);
      for (const p of P.projects) {
        const pk = { name: p.name, description: p.description }; if (p.keywords.length) pk.keywords = [...p.keywords]; key.projects.push(pk);
        fl.line(p.name + (p.keywords.length ? `  (${p.keywords.join(', ')})` : ''), F.bold, S.body, { tag: 'title', color: col });
        fl.para(p.description, F.reg, S.body, { tag: 'body', color: col, justify: c.justify }); fl.gap(4);
      }
      return h;
    },
    langs(fl, inSide) {
      const h = heading(fl, T.langs, inSide); key.other(h, P.languages);
      if (inSide) for (const s of P.languages) fl.line(s, F.reg, S.small, { color: sideCol, tag: 'body', lead: S.small * 1.55 });
      else fl.para(P.languages.join(', '), F.reg, S.body, { color: col, tag: 'body' });
      return h;
    },
    certs(fl, inSide) {
      const h = heading(fl, T.certs, inSide); key.other(h, P.certs);
      for (const s of P.certs) fl.para(s, F.reg, inSide ? S.small : S.body, { color: inSide ? sideCol : col, tag: 'body', lead: (inSide ? S.small : S.body) * 1.5 });
      return h;
    },
  };
  for (const s of c.main) { const h = R[s](main, false); if (h) sectionsMain.push(h); }
  if (side) for (const s of c.side) { const h = R[s](side, true); if (h) sectionsSide.push(h); }
  if (c.cols === 2 && c.sidebar !== 'right') key.sections = [...sectionsSide, ...sectionsMain];
  else key.sections = [...sectionsMain, ...sectionsSide];
  key.layout.columns = c.cols || 1;

  // ---------------------------------------------------------------- running header / footer
  if (c.multipage) {
    const n = cv.pages;
    for (let p = 0; p < n; p++) {
      if (p > 0 || c.multipage.headerOnFirst) {
        const hdr = `${name}  ·  ${P.label}`;
        cv.text(p, mainX, M.t - 8, hdr, F.reg, 8.5, { tag: 'running', color: grey });
        cv.rule(p, mainX, M.t, mainX + mainW, 0.4, grey);
      }
      const ft = c.multipage.footer.replace('{p}', p + 1).replace('{n}', n).replace('{name}', name);
      const w = F.reg.width(ft, 8);
      cv.text(p, W - M.r - w, H - 24, ft, F.reg, 8, { tag: 'running', color: grey });
    }
    notes.push(`${n} pages; running header "${name}  ·  ${P.label}" on ${c.multipage.headerOnFirst ? 'every page' : 'pages 2+'}, footer "${c.multipage.footer.replace('{name}', name)}"`);
  }
  return { cv, key, notes, geom: { sideX, sideW, mainX, mainW } };
}
