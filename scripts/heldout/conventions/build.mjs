// One builder, many conventions: a design is a config object (designs.mjs); build() prints the persona with it
// into the block model and records every printed field in the answer key at the same time.
import { Key, P, R, TBL, fmt, keyDate, spaced, midBreak } from './lib.mjs';

const A4 = { w: 11906, h: 16838 }, LETTER = { w: 12240, h: 15840 };
const US = new Set(['gregory', 'owen']);

export function build(Pe, cfg, _target) {
  const K = new Key();
  const page = { ...(US.has(Pe.id) ? LETTER : A4), top: 1000, bottom: 1000, left: cfg.margin ?? 1080, right: cfg.margin ?? 1080, header: 500, footer: 500 };
  const TW = page.w - page.left - page.right; // text width, twips
  const size = cfg.size ?? 10.5;
  const mono = !!cfg.mono;
  const blocks = [];
  const add = (...b) => blocks.push(...b);
  const D = { style: 'mon', sep: ' – ', present: 'Present', ...cfg.dates };
  const rangeOf = (obj, w) => K.range(obj, w.start, w.end, { ...D, season: w.season });
  // left … right on one line, aligned by a right tab stop, by spaces, or (mono) by exact columns
  const lr = (leftRuns, rightText, o = {}) => {
    const leftText = leftRuns.map((x) => x.text).join('');
    if (cfg.align === 'spaces' || mono) {
      const full = spaced(leftText, rightText, { widthPt: TW / 20, sizePt: o.sz ?? size, bold: leftRuns.some((x) => x.b), mono, cols: cfg.cols });
      const gap = full.slice(leftText.length, full.length - rightText.length);
      return P([...leftRuns, R(gap + rightText, o.rightRun ?? {})], { keepNext: true, mono, before: o.before });
    }
    return P([...leftRuns, R('\t' + rightText, o.rightRun ?? {})], { tabs: [[TW, 'right']], keepNext: true, before: o.before });
  };

  // ---------------- heading
  const H = (text) => {
    const hs = cfg.heading;
    const shown = hs.caps ? text.toUpperCase() : text;
    K.section(shown);
    const label = shown + (hs.colon ? ':' : '');
    if (mono) { add(P(label, { before: 200, mono: true, keepNext: true }), P(hs.underChar.repeat(label.length), { mono: true, keepNext: true })); return; }
    add(P(R(label, { b: hs.b, u: hs.u, sz: hs.sz, color: hs.color }), { border: hs.rule, before: hs.before ?? 200, after: 60, keepNext: true, align: hs.align }));
  };

  // ---------------- contact block
  const nameRun = R(cfg.nameCaps ? Pe.name.toUpperCase() : Pe.name, { b: true, sz: cfg.nameSz ?? 18 });
  K.basics('name', cfg.nameCaps ? Pe.name.toUpperCase() : Pe.name);
  K.basics('email', Pe.email); K.basics('phone', Pe.phone);
  const top = cfg.top;
  const headerFirst = [], headerDefault = [];
  if (top === 'centerPipe' || top === 'centerBullet') {
    const sep = top === 'centerPipe' ? ' | ' : ' • ';
    add(P(nameRun, { align: 'center', after: 40 }));
    if (cfg.label) { add(P(R(Pe.label, { sz: size + 1.5 }), { align: 'center' })); K.basics('label', Pe.label); }
    const parts = [Pe.city, Pe.phone, Pe.email, Pe.linkedin, Pe.github];
    add(P(parts.join(sep), { align: 'center', after: 120 }));
    K.basics('location', Pe.city); K.profile(Pe.linkedin); K.profile(Pe.github);
  } else if (top === 'labelled') {
    add(P(nameRun, { after: 40 }));
    if (cfg.label) { add(P(R(Pe.label, { i: true })), { after: 40 }); K.basics('label', Pe.label); }
    add(P(Pe.address));
    const ph = cfg.phoneLabel ?? 'Phone: ';
    add(P([R(ph, { b: true }), R(Pe.phone)]), P([R('E-mail: ', { b: true }), R(Pe.email)]), P([R('LinkedIn: ', { b: true }), R(Pe.linkedin)]), P([R('GitHub: ', { b: true }), R(Pe.github)], { after: 120 }));
    K.basics('location', Pe.address); K.profile(Pe.linkedin); K.profile(Pe.github);
  } else if (top === 'nameTabs') {
    // name left, mobile right; address left, e-mail right; LinkedIn line
    add(lr([nameRun], `Mobile: ${Pe.phone}`));
    if (cfg.label) { add(P(R(Pe.label, { b: true, color: '444444' }))); K.basics('label', Pe.label); }
    add(lr([R(Pe.address)], `E-mail: ${Pe.email}`));
    add(P(`LinkedIn: ${Pe.linkedin}`, { after: 120, border: true }));
    K.basics('location', Pe.address); K.profile(Pe.linkedin);
  } else if (top === 'wordHeader') {
    // contact details in the Word header of page 1; page 2+ header repeats the name
    headerFirst.push(P(nameRun, { align: 'center' }));
    if (cfg.label) { headerFirst.push(P(R(Pe.label, { i: true }), { align: 'center' })); K.basics('label', Pe.label); }
    headerFirst.push(P(`${Pe.city} • ${Pe.phone} • ${Pe.email} • ${Pe.linkedin}`, { align: 'center', border: true }));
    headerDefault.push(P([R(Pe.name, { b: true }), R('\tPage '), { text: '2', field: 'PAGE' }], { tabs: [[TW, 'right']], border: true }));
    K.basics('location', Pe.city); K.profile(Pe.linkedin);
  } else if (top === 'mono') {
    const c = (s) => ' '.repeat(Math.max(0, Math.floor((cfg.cols - s.length) / 2))) + s;
    add(P(c(Pe.name.toUpperCase()), { mono: true }));
    K.basics('name', Pe.name.toUpperCase());
    if (cfg.label) { add(P(c(Pe.label), { mono: true })); K.basics('label', Pe.label); }
    add(P(c(Pe.address), { mono: true }), P(c(`${Pe.phone} | ${Pe.email}`), { mono: true }), P(c(`${Pe.github} | ${Pe.linkedin}`), { mono: true, after: 120 }));
    K.basics('location', Pe.address); K.profile(Pe.github); K.profile(Pe.linkedin);
  } else if (top === 'leftStack') {
    add(P(nameRun, { after: 0 }));
    if (cfg.label) { add(P(R(Pe.label, { sz: size + 1, color: '555555' }))); K.basics('label', Pe.label); }
    add(P(`${Pe.city}  ·  ${Pe.phone}  ·  ${Pe.email}`));
    const links = [Pe.linkedin, Pe.github, ...(Pe.url ? [Pe.url] : [])];
    add(P(links.join('  ·  '), { after: 120, border: true }));
    K.basics('location', Pe.city); K.profile(Pe.linkedin); K.profile(Pe.github); if (Pe.url) K.basics('url', Pe.url);
  }

  // ---------------- bullets
  let listNo = 0;
  const bulletBlocks = (items) => {
    const B = cfg.bullets;
    const out = [];
    const myList = listNo++;
    items.forEach((t, n) => {
      const text = B.brk && n % 2 === 0 ? midBreak(t) : t;
      if (B.kind === 'auto') out.push(P(text, { list: B.list ?? 'bullet', ind: { left: 540, hanging: 270 } }));
      else if (B.kind === 'num') out.push(P(text, { list: 'decimal', listNo: myList, ind: { left: 540, hanging: 300 } }));
      else if (B.kind === 'typedNum') out.push(P(`${n + 1}. ${text}`, { ind: { left: 360, hanging: 270 }, mono }));
      else if (B.mark.includes('\t')) out.push(P(B.mark + text, { tabs: [[360, 'left']], ind: { left: 360, hanging: 360 } }));
      else out.push(P(B.mark + text, { ind: mono ? undefined : { left: B.indent ?? 0 }, mono }));
    });
    return out;
  };
  const duties = (w, k) => {
    if ((cfg.bullets.prose && w.prose) || !w.bullets.length) {
      add(P(w.prose, { align: mono ? undefined : 'both', mono, after: 80 }));
      k.summary = w.prose;
      return;
    }
    if (cfg.bullets.label) add(P(R(cfg.bullets.label, { i: !mono, b: !mono }), { mono, keepNext: true }));
    add(...bulletBlocks(w.bullets));
    k.highlights = [...w.bullets];
  };
  const locText = (w, o = {}) => (o.remoteOnly ? (w.remote ?? w.location) : w.remote ?? w.location);

  // ---------------- work entries
  const groups = [];
  for (const w of Pe.work) {
    const g = groups[groups.length - 1];
    if (cfg.group && g && g[0].company === w.company) g.push(w); else groups.push([w]);
  }
  const E = cfg.entry;
  const writeWork = () => {
    H(cfg.h.work);
    for (const g of groups) {
      if (g.length > 1) {
        // two roles at one employer: company line with the overall range, then each role with its own range
        const first = g[g.length - 1], last = g[0];
        const overall = K.plainRange(first.start, last.end, D);
        const loc = locText(last);
        if (E === 'compDates') add(P([R(`${last.company} (${overall})`, { b: true })], { before: 120, keepNext: true }));
        else add(lr([R(`${last.company}, ${loc}`, { b: true })], overall, { before: 120 }));
        for (const w of g) {
          const k = { name: w.company, position: w.position };
          if (E !== 'compDates') k.location = loc;
          const rg = rangeOf(k, w);
          add(lr([R(w.position, { i: true, b: E === 'compDates' })], rg, { rightRun: { i: true } }));
          K.work(k);
          duties(w, k);
        }
        continue;
      }
      const w = g[0];
      const k = { name: w.company, position: w.position };
      const loc = locText(w);
      let rg;
      if (E === 'compTitleTab') {
        k.location = loc; rg = rangeOf(k, w);
        add(lr([R(`${w.company}, ${loc}`, { b: true }), R(` — ${w.position}`)], rg, { before: 120 }));
      } else if (E === 'pipe') {
        k.location = loc; rg = rangeOf(k, w);
        add(P([R(w.position, { b: true }), R(` | ${w.company} | ${loc} | ${rg}`)], { before: 120, keepNext: true }));
      } else if (E === 'titleAt') {
        rg = rangeOf(k, w);
        add(P([R(`${w.position} at ${w.company}`, { b: true }), R(` (${rg})`)], { before: 120, keepNext: true }));
        if (cfg.locLine) { k.location = loc; add(P(R(loc, { i: true }), { keepNext: true })); }
      } else if (E === 'compDates') {
        rg = rangeOf(k, w);
        add(P(R(`${w.company} (${rg})`, { b: true }), { before: 120, keepNext: true }));
        k.location = loc;
        add(P([R(w.position, { i: true }), R(`, ${loc}`)], { keepNext: true }));
      } else if (E === 'datesFirst') {
        rg = rangeOf(k, w);
        k.location = loc;
        add(P([R(rg + '\t'), R(`${w.position}, ${w.company}`, { b: true }), R(` (${loc})`)], { tabs: [[2300, 'left']], ind: { left: 2300, hanging: 2300 }, before: 120, keepNext: true }));
      } else if (E === 'classic2') {
        k.location = loc; rg = rangeOf(k, w);
        add(lr([R(w.company, { b: true })], loc, { before: 120 }));
        add(lr([R(w.position, { i: true })], rg));
      } else if (E === 'mono') {
        k.location = loc; rg = rangeOf(k, w);
        add(P(spaced(`${w.company.toUpperCase()}, ${loc}`, rg, { mono: true, cols: cfg.cols }), { mono: true, before: 120 }));
        add(P(w.position, { mono: true }));
        k.name = w.company.toUpperCase();
      }
      K.work(k);
      if (cfg.indentBody && E === 'datesFirst') {
        // body under the hanging indent
        const before = blocks.length;
        duties(w, k);
        for (let i = before; i < blocks.length; i++) if (!blocks[i].list) blocks[i].ind = { left: 2300 + (blocks[i].ind?.hanging ? 360 : 0), hanging: blocks[i].ind?.hanging };
      } else duties(w, k);
    }
  };

  // ---------------- skills
  const flat = Pe.skills.flatMap(([, items]) => items);
  const writeSkills = () => {
    H(cfg.h.skills);
    const S = cfg.skills;
    if (S === 'labelled') for (const [g, items] of Pe.skills) add(P([R(`${g}: `, { b: !mono }), R(items.join(', '))], { mono }));
    else if (S === 'comma') add(P(flat.join(', '), { mono }));
    else if (S === 'pipe') add(P(flat.join(' | ')));
    else if (S === 'table3') {
      const rows = [];
      for (let i = 0; i < flat.length; i += 3) rows.push([0, 1, 2].map((j) => (flat[i + j] ? [P(`• ${flat[i + j]}`)] : [P('')])));
      add(TBL(rows, [Math.floor(TW / 3), Math.floor(TW / 3), TW - 2 * Math.floor(TW / 3)]));
    } else if (S === 'years') add(P(flat.map((s) => `${s} (${Pe.years[s]} yrs)`).join(', ')));
    else if (S === 'bulletsYears') for (const s of flat) add(P(`${cfg.bullets.mark ?? '· '}${s} (${Pe.years[s]} yrs)`));
    else if (S === 'bullets') for (const [, items] of Pe.skills) add(P(`${items.join(', ')}`, { list: 'bullet', ind: { left: 540, hanging: 270 } }));
    K.skills(flat);
  };

  // ---------------- education
  const writeEdu = () => {
    H(cfg.h.education);
    for (const e of Pe.education) {
      const k = { institution: e.institution, studyType: e.studyType };
      if (e.area) k.area = e.area;
      const deg = e.area ? `${e.studyType} in ${e.area}` : e.studyType;
      const ED = cfg.edu;
      let dates;
      if (e.expected) { dates = `Expected ${fmt(e.end, 'month')}`; k.endDate = keyDate(e.end, 'month'); K.printed.push(dates); }
      else if (ED.classOf) { dates = `Class of ${e.end.slice(0, 4)}`; k.endDate = e.end.slice(0, 4); K.printed.push(dates); }
      else if (!e.start || ED.endOnly) { dates = fmt(e.end, ED.style ?? 'yyyy'); k.endDate = keyDate(e.end, ED.style ?? 'yyyy'); K.printed.push(dates); }
      else dates = K.range(k, e.start, e.end, { style: ED.style ?? 'yyyy', sep: D.sep });
      const score = e.score ? `${e.scoreLabel}${e.score}` : null;
      if (score) k.score = e.score;
      if (ED.kind === 'instTab') {
        k.location = e.location;
        add(lr([R(`${e.institution}, ${e.location}`, { b: true })], dates, { before: 80 }));
        add(P(deg + (score ? (e.scoreLabel ? `; ${score}` : ` – ${score}`) : ''), { mono }));
      } else if (ED.kind === 'degreeFirst') {
        add(P([R(deg, { b: true }), R(`, ${e.institution} — ${dates}`)], { before: 80 }));
        if (score) add(P(score));
      } else if (ED.kind === 'datesFirst') {
        add(P([R(dates + '\t'), R(deg, { b: true }), R(`, ${e.institution}` + (score ? ` (${score})` : ''))], { tabs: [[2300, 'left']], ind: { left: 2300, hanging: 2300 }, before: 60 }));
      } else if (ED.kind === 'pipe') {
        add(P([R(deg, { b: true }), R(` | ${e.institution} | ${dates}`)], { before: 60 }));
        if (score) add(P(score));
      } else if (ED.kind === 'mono') {
        k.location = e.location;
        add(P(spaced(`${e.institution}, ${e.location}`, dates, { mono: true, cols: cfg.cols }), { mono: true, before: 60 }));
        add(P(deg + (score ? `, ${score}` : ''), { mono: true }));
      }
      K.edu(k);
    }
  };

  const listSection = (heading, items, bullet) => {
    H(heading);
    for (const it of items) add(P((bullet ?? '') + it, { mono }));
    K.other(cfg.heading.caps ? heading.toUpperCase() : heading, [...items]);
  };
  const writers = {
    summary: () => {
      const S = cfg.summary;
      const text = S.objective ? Pe.objective : Pe.summary;
      if (S.heading) H(S.heading);
      add(P(text, { align: mono ? undefined : 'both', after: 80, mono }));
      K.basics('summary', text);
    },
    work: writeWork,
    skills: writeSkills,
    education: writeEdu,
    projects: () => {
      if (!Pe.projects) return;
      H(cfg.h.projects);
      for (const pr of Pe.projects) {
        const k = { name: pr.name, description: pr.description };
        if (cfg.projectStyle === 'pipe') {
          add(P([R(pr.name, { b: true }), R(` | ${pr.keywords.join(', ')}`)], { before: 60 }));
          add(P(pr.description));
          k.keywords = [...pr.keywords];
        } else if (mono) {
          add(P(`${cfg.bullets.mark}${pr.name}: ${pr.description}`, { mono: true }));
        } else {
          add(P([R(pr.name, { b: true }), R(` – ${pr.description} (${pr.keywords.join(', ')})`)], { before: 40 }));
          k.keywords = [...pr.keywords];
        }
        K.project(k);
      }
    },
    certs: () => Pe.certs && listSection(cfg.h.certs, Pe.certs, cfg.listMark),
    development: () => Pe.development && listSection(cfg.h.development, Pe.development, cfg.listMark),
    languages: () => Pe.languages && (H(cfg.h.languages), add(P(Pe.languages.join(', '), { mono })), K.other(cfg.heading.caps ? cfg.h.languages.toUpperCase() : cfg.h.languages, [...Pe.languages])),
    interests: () => Pe.interests && (H(cfg.h.interests), add(P(Pe.interests.join('; '), { mono })), K.other(cfg.heading.caps ? cfg.h.interests.toUpperCase() : cfg.h.interests, [...Pe.interests])),
    references: () => listSection(cfg.h.references ?? 'References', ['Available upon request']),
  };
  for (const s of cfg.order) writers[s]();

  const footer = cfg.footer === 'pageXofY'
    ? [P([R('Page '), { text: '1', field: 'PAGE' }, R(' of '), { text: '2', field: 'NUMPAGES' }], { align: 'center' })]
    : cfg.footer === 'nameDash'
      ? [P([R(`${Pe.name} – Résumé – page `), { text: '1', field: 'PAGE' }], { align: 'right' })]
      : null;
  const doc = {
    blocks, font: cfg.font, size, page, title: `${Pe.name} – Resume`, lineHeight: cfg.lineHeight,
    headerFirst: top === 'wordHeader' ? headerFirst : cfg.page2Name ? [P('')] : undefined,
    headerDefault: top === 'wordHeader' ? headerDefault : cfg.page2Name ? [P([R(Pe.name, { b: true }), R('\tPage '), { text: '2', field: 'PAGE' }], { tabs: [[TW, 'right']] })] : undefined,
    footer, lang: US.has(Pe.id) ? 'en-US' : 'en-GB',
  };
  return { doc, key: K.k, printed: [...new Set(K.printed)] };
}
