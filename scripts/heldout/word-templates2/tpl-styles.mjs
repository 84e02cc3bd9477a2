// Designs 2, 7, 8, 9, 11: localized style ids, another main-part name, strict OOXML, a Google-Docs one-table
// export, typed Unicode bullets with caps / small caps / hidden text.
import { r, p, tbl, numberingXml, hyperlink } from '../word-templates/ooxml.mjs';
import { sectPr, hiddenRun } from './ooxml2.mjs';
import { ctx, flatSkills, degree, styleSheet, A4, LETTER } from './common.mjs';

// ================================================================================================
// 2. localized: built-in styles saved by a Polish or French Word: the style ids are localized ("Nagwek1",
//    "Titre1", "Normalny", "Akapitzlist") and only w:name says "heading 1". Section headings are lower case in
//    the XML and shown in capitals by the style (w:caps); job titles in small caps via a 3-deep basedOn chain.
const LOCALES = {
  pl: { lang: 'pl-PL', normal: 'Normalny', dpf: 'Domylnaczcionkaakapitu', tableNormal: 'Standardowy', noList: 'Bezlisty', h1: 'Nagwek1', h1c: 'Nagwek1Znak', h1cn: 'Nagłówek 1 Znak', h2: 'Nagwek2', h2c: 'Nagwek2Znak', h2cn: 'Nagłówek 2 Znak', title: 'Tytu', titlec: 'TytuZnak', titlecn: 'Tytuł Znak', sub: 'Podtytu', list: 'Akapitzlist', job: 'Stanowisko', jobn: 'Stanowisko' },
  fr: { lang: 'fr-CA', normal: 'Normal', dpf: 'Policepardfaut', tableNormal: 'TableauNormal', noList: 'Aucuneliste', h1: 'Titre1', h1c: 'Titre1Car', h1cn: 'Titre 1 Car', h2: 'Titre2', h2c: 'Titre2Car', h2cn: 'Titre 2 Car', title: 'Titre', titlec: 'TitreCar', titlecn: 'Titre Car', sub: 'Sous-titre', list: 'Paragraphedeliste', job: 'Poste', jobn: 'Poste' },
};
export function localized(P, { locale = 'pl', dateStyle = 'slash', present = 'present' } = {}) {
  const L = LOCALES[locale];
  const c = ctx(P);
  const accent = locale === 'pl' ? 'C00000' : '2F5496';
  const page = { ...A4, top: 1000, bottom: 1000, left: 1134, right: 1134 };
  const W = page.w - page.left - page.right;
  const styles = styleSheet({
    font: 'Cambria', size: 10.5, lang: L.lang, after: 60, ids: { normal: L.normal, dpf: L.dpf, tableNormal: L.tableNormal, noList: L.noList },
    defs: [
      { id: L.title, name: 'Title', basedOn: L.normal, next: L.normal, link: L.titlec, ui: 10, pPr: '<w:spacing w:after="0"/><w:jc w:val="center"/>', rPr: '<w:spacing w:val="20"/><w:kern w:val="28"/><w:sz w:val="48"/>' },
      { type: 'character', id: L.titlec, name: L.titlecn, basedOn: L.dpf, link: L.title, ui: 10, qFormat: false, rPr: '<w:sz w:val="48"/>' },
      { id: L.sub, name: 'Subtitle', basedOn: L.normal, next: L.normal, ui: 11, pPr: '<w:spacing w:after="60"/><w:jc w:val="center"/>', rPr: `<w:color w:val="${accent}"/><w:sz w:val="24"/>` },
      { id: L.h1, name: 'heading 1', basedOn: L.normal, next: L.normal, link: L.h1c, ui: 9, pPr: `<w:keepNext/><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="${accent}"/></w:pBdr><w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="0"/>`, rPr: `<w:b/><w:caps/><w:color w:val="${accent}"/><w:spacing w:val="16"/><w:sz w:val="24"/>` },
      { type: 'character', id: L.h1c, name: L.h1cn, basedOn: L.dpf, link: L.h1, ui: 9, qFormat: false, rPr: `<w:b/><w:caps/><w:color w:val="${accent}"/><w:sz w:val="24"/>` },
      { id: L.h2, name: 'heading 2', basedOn: L.h1, next: L.normal, link: L.h2c, ui: 9, pPr: `<w:pBdr><w:bottom w:val="nil"/></w:pBdr><w:tabs><w:tab w:val="right" w:pos="${W}"/></w:tabs><w:spacing w:before="160" w:after="0"/><w:outlineLvl w:val="1"/>`, rPr: '<w:caps w:val="0"/><w:color w:val="000000"/><w:spacing w:val="0"/><w:sz w:val="22"/>' },
      { type: 'character', id: L.h2c, name: L.h2cn, basedOn: L.dpf, link: L.h2, ui: 9, qFormat: false, rPr: '<w:b/><w:sz w:val="22"/>' },
      { id: L.job, name: L.jobn, basedOn: L.h2, next: L.normal, custom: true, pPr: '<w:keepNext/><w:spacing w:before="0" w:after="40"/><w:outlineLvl w:val="9"/>', rPr: '<w:b w:val="0"/><w:i/><w:smallCaps/><w:color w:val="404040"/>' },
      { id: L.list, name: 'List Paragraph', basedOn: L.normal, ui: 34, pPr: '<w:ind w:left="720"/><w:contextualSpacing/>' },
    ],
  });
  const numbering = numberingXml([{ levels: [{ text: '–', font: 'Cambria', left: 357, hanging: 357 }] }]);
  const H = (t) => p(r(c.H(t.toLowerCase(), { caps: true })), { style: L.h1 });
  const b = [];
  b.push(p(r(P.name), { style: L.title }));
  b.push(p(r(P.label), { style: L.sub }));
  b.push(p(r(`${P.location}  •  ${P.phone}  •  ${P.email}  •  github.com/${P.github}`, { sz: 9.5 }), { align: 'center', after: 120 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  b.push(H('Profile'));
  b.push(p(r(P.summary), { align: 'both' }));
  c.key.basics.summary = P.summary;
  b.push(H('Work experience'));
  for (const w of P.work) {
    b.push(p([r(w.company), r(`\t${w.location}`, { b: false })], { style: L.h2 }));
    b.push(p([r(w.position), r(`\t${c.range(w.start, w.end, { style: dateStyle, present, season: w.season })}`, { smallCaps: false })], { style: L.job, tabs: [[W, 'right']] }));
    for (const x of w.bullets) b.push(p(r(x), { style: L.list, numId: 1, ind: { left: 357, hanging: 357 } }));
    c.work(w, { style: dateStyle });
  }
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(e.institution), r(`\t${e.location}`)], { style: L.h2 }));
    b.push(p([r(degree(e)), r(`\t${c.range(e.start, e.end, { style: dateStyle })}`, { smallCaps: false })], { style: L.job, tabs: [[W, 'right']] }));
    if (e.score) b.push(p(r(e.score)));
    c.edu(e, { style: dateStyle, location: true, score: true });
  }
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(p([r(`${g}: `, { b: true }), r(k.join(', '))], { after: 20 }));
  c.skills(flatSkills(P));
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r(pr.name, { b: true }), r(` — ${pr.description}`)])); c.project({ ...pr, keywords: undefined }); }
  }
  if (P.certs.length) {
    b.push(H('Certificates'));
    for (const x of P.certs) b.push(p(r(`${x.name}, ${x.year}`), { style: L.list, numId: 1, ind: { left: 357, hanging: 357 } }));
    c.other('CERTIFICATES', P.certs.map((x) => `${x.name}, ${x.year}`));
  }
  b.push(H('Languages'));
  const langs = P.languages.map(([l, v]) => `${l} (${v})`);
  b.push(p(r(langs.join(', '))));
  c.other('LANGUAGES', langs);
  c.key.layout = { columns: 1, notes: `Styles saved by a ${locale === 'pl' ? 'Polish' : 'French'} Word: style ids ${L.h1} / ${L.h2} / ${L.title} / ${L.normal} / ${L.list}, only w:name says "heading 1" etc. Section headings are lower case in document.xml and displayed in capitals by the heading style (w:caps), so the key holds them in capitals. Job titles and degrees are in small caps (custom style "${L.job}" basedOn ${L.h2} basedOn ${L.h1} basedOn ${L.normal}, with caps switched off again); dates and locations on right tab stops.` };
  return {
    c, description: `Single column with Word's built-in styles as a ${locale === 'pl' ? 'Polish' : 'French'} Word saves them: localized style ids (${L.h1}, ${L.h2}, ${L.title}, ${L.sub}, ${L.list}, Normal = "${L.normal}") with the English built-in names only in styles.xml; headings lower case in the XML and shown upper case by w:caps in the style; linked "… ${locale === 'pl' ? 'Znak' : 'Car'}" character styles; a custom job-title style basedOn heading 2 basedOn heading 1 that turns caps off and small caps on; dates "${c.printed[0]}" style.`,
    pkg: { body: b.join(''), sect: sectPr({ page }), styles, numbering, fonts: ['Cambria'] },
  };
}

// ================================================================================================
// 7. altMainPart: the main part is word/document2.xml (found only through _rels/.rels), styles in
//    word/stylesPL.xml, absolute relationship targets; labelled contact lines, typed "➢ " bullets, shaded
//    heading bars, "2019/03 – 2021/11" dates, and the GDPR consent clause common on Polish CVs.
export function altMainPart(P) {
  const c = ctx(P);
  const page = { ...A4, top: 900, bottom: 900, left: 1000, right: 1000 };
  const styles = styleSheet({ font: 'Arial', size: 10, after: 40, line: 252 });
  const shade = '1F3864';
  const H = (t) => p(r(c.H(t), { b: true, color: 'FFFFFF', sz: 11 }), { shd: shade, before: 200, after: 100, keepNext: true, ind: { left: 57 } });
  const bullet = (t) => p(r(`➢ ${t}`), { ind: { left: 284, hanging: 284 }, after: 30 });
  const b = [];
  b.push(p(r(P.name, { b: true, sz: 20, color: shade }), { after: 0 }));
  b.push(p(r(P.label, { sz: 12, color: '595959' }), { after: 120 }));
  const lines = [['Phone', P.phone], ['E-mail', P.email], ['Address', P.location], ['LinkedIn', `linkedin.com/in/${P.linkedin}`], ['GitHub', `github.com/${P.github}`]];
  for (const [k, v] of lines) b.push(p([r(`${k}:\t`, { b: true }), r(v)], { tabs: [[1300, 'left']], after: 0 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`, `github.com/${P.github}`] });
  b.push(H('Summary'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Professional experience'));
  for (const w of P.work) {
    b.push(p([r(c.range(w.start, w.end, { style: 'slash', present: 'now', season: w.season }), { b: true }), r(`\t${w.company}, ${w.location}`, { b: true })], { tabs: [[2300, 'left']], ind: { left: 2300, hanging: 2300 }, before: 120, keepNext: true }));
    b.push(p(r(w.position, { i: true }), { ind: { left: 2300 }, after: 40, keepNext: true }));
    for (const x of w.bullets) b.push(p(r(`➢ ${x}`), { ind: { left: 2584, hanging: 284 }, after: 30 }));
    c.work(w, { style: 'slash' });
  }
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(c.range(e.start, e.end, { style: 'slash' }), { b: true }), r(`\t${e.institution}`, { b: true })], { tabs: [[2300, 'left']], ind: { left: 2300, hanging: 2300 }, before: 80 }));
    b.push(p(r(degree(e, ', ')), { ind: { left: 2300 } }));
    c.edu(e, { style: 'slash' });
  }
  b.push(H('Technical skills'));
  for (const [g, k] of P.skills) b.push(bullet(`${g}: ${k.join(', ')}`));
  c.skills(flatSkills(P));
  if (P.certs.length) {
    b.push(H('Certificates'));
    for (const x of P.certs) b.push(bullet(`${x.year} – ${x.name}`));
    c.other('Certificates', P.certs.map((x) => `${x.year} – ${x.name}`));
  }
  b.push(H('Languages'));
  for (const [l, v] of P.languages) b.push(bullet(`${l} – ${v}`));
  c.other('Languages', P.languages.map(([l, v]) => `${l} – ${v}`));
  b.push(p(r('I agree to the processing of my personal data for the purposes of the recruitment process, in accordance with Regulation (EU) 2016/679 (GDPR).', { sz: 7.5, color: '7F7F7F', i: true }), { before: 480, align: 'both' }));
  c.key.layout = { columns: 1, notes: 'Main part named word/document2.xml (reached through _rels/.rels, absolute targets); labelled contact lines ("Phone:", "E-mail:"); dates first on a hanging indent; typed "➢ " bullets (plain text, no numbering.xml); GDPR consent clause at the end (not a section).' };
  return {
    c, description: 'Polish-style CV in a package whose main part is word/document2.xml with word/_rels/document2.xml.rels, styles in word/stylesPL.xml and absolute relationship targets ("/word/…"); labelled contact lines, white-on-navy shaded heading bars, "2019/03 – now" dates first on a 2300-twip hanging indent, typed "➢ " bullets with no numbering part, GDPR consent clause in small grey italics.',
    pkg: { main: 'word/document2.xml', stylesName: 'stylesPL.xml', absoluteTargets: true, body: b.join(''), sect: sectPr({ page }), styles, fonts: ['Arial'] },
  };
}

// ================================================================================================
// 8. strict: ISO/IEC 29500 Strict namespaces (purl.oclc.org) for the whole package; otherwise a plain
//    built-in-heading document with numbered bullets and a printed hyperlink.
export function strict(P) {
  const c = ctx(P);
  const page = { ...A4 };
  const styles = styleSheet({
    font: 'Calibri', size: 11, after: 80, line: 259, defs: [
      { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', ui: 10, pPr: '<w:spacing w:after="0"/>', rPr: '<w:sz w:val="52"/><w:color w:val="17365D"/>' },
      { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', ui: 9, pPr: '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/>', rPr: '<w:b/><w:color w:val="365F91"/><w:sz w:val="28"/>' },
      { id: 'Heading2', name: 'heading 2', basedOn: 'Heading1', next: 'Normal', ui: 9, pPr: '<w:spacing w:before="160" w:after="0"/><w:outlineLvl w:val="1"/>', rPr: '<w:color w:val="000000"/><w:sz w:val="23"/>' },
      { type: 'character', id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', ui: 99, qFormat: false, rPr: '<w:color w:val="0563C1"/><w:u w:val="single"/>' },
    ],
  });
  const numbering = numberingXml([{ levels: [{ text: '●', font: 'Calibri', left: 360, hanging: 360, sz: 8 }] }]);
  const H = (t) => p(r(c.H(t)), { style: 'Heading1' });
  const b = [];
  b.push(p(r(P.name), { style: 'Title' }));
  b.push(p(r(P.label, { sz: 13, color: '595959' }), { after: 60 }));
  const gh = `https://github.com/${P.github}`;
  b.push(p([r(`${P.email} | ${P.phone} | ${P.location} | `), hyperlink(c.link(gh), r(gh, { rStyle: 'Hyperlink' }))], { after: 120 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [gh] });
  b.push(H('Summary'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Experience'));
  for (const w of P.work) {
    b.push(p(r(`${w.position}, ${w.company}`), { style: 'Heading2' }));
    b.push(p(r(`${c.range(w.start, w.end, { style: 'month', season: w.season })} | ${w.location}`, { i: true, color: '595959' }), { after: 40 }));
    for (const x of w.bullets) b.push(p(r(x), { numId: 1, ind: { left: 360, hanging: 360 }, after: 20 }));
    c.work(w, { style: 'month' });
  }
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p(r(`${degree(e)}, ${e.institution}`), { style: 'Heading2' }));
    b.push(p(r(`${c.range(e.start, e.end, { style: 'month' })}${e.score ? ` | ${e.score}` : ''}`, { i: true, color: '595959' })));
    c.edu(e, { style: 'month', score: true });
  }
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(p([r(`${g}: `, { b: true }), r(k.join(', '))], { numId: 1, ind: { left: 360, hanging: 360 }, after: 20 }));
  c.skills(flatSkills(P));
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r(pr.name, { b: true }), r(`: ${pr.description}`)])); c.project({ ...pr, keywords: undefined }); }
  }
  if (P.certs.length) {
    b.push(H('Certifications'));
    for (const x of P.certs) b.push(p(r(`${x.name} – ${x.issuer}, ${x.year}`), { numId: 1, ind: { left: 360, hanging: 360 } }));
    c.other('Certifications', P.certs.map((x) => `${x.name} – ${x.issuer}, ${x.year}`));
  }
  c.key.layout = { columns: 1, notes: 'Strict OOXML (w:conformance="strict", purl.oclc.org namespaces and relationship types). Plain single column; GitHub URL printed as a hyperlink.' };
  return {
    c, description: 'A plain single-column resume saved as Strict Open XML: every part uses the ISO/IEC 29500 Strict namespaces (http://purl.oclc.org/ooxml/wordprocessingml/main, …/officeDocument/relationships, strict relationship types, w:conformance="strict", jc start/end); Title / heading 1 / heading 2 styles, "January 2022 – Present" dates, ● bullets from numbering.xml, a w:hyperlink with a printed URL.',
    pkg: { strict: true, body: b.join(''), sect: sectPr({ page }), styles, numbering, links: c.links, fonts: ['Calibri'] },
  };
}

// ================================================================================================
// 9. googleTable: everything inside one table (as when a Google Docs template is one big table), exported
//    the Google way: no theme, direct Arial formatting on every run, rtl off, line 276, cells with gridSpan.
export function googleTable(P) {
  const c = ctx(P);
  const page = /, (QC|ON|[A-Z]{2})$/.test(P.location) ? { ...LETTER } : { ...A4 };
  Object.assign(page, { top: 720, bottom: 720, left: 720, right: 720 });
  const W = page.w - page.left - page.right;
  const styles = styleSheet({ font: 'Arial', size: 11, line: 276, defs: [
    { id: 'Heading1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', pPr: '<w:keepNext/><w:keepLines/><w:spacing w:before="400" w:after="120"/>', rPr: '<w:sz w:val="40"/>' },
    { id: 'Title', name: 'Title', basedOn: 'Normal', next: 'Normal', pPr: '<w:keepNext/><w:keepLines/><w:spacing w:after="60"/>', rPr: '<w:sz w:val="52"/>' },
  ] });
  const numbering = numberingXml([{ levels: [{ text: '●', font: 'Arial', left: 720, hanging: 360 }, { text: '○', font: 'Arial', left: 1440, hanging: 360 }] }]);
  const G = (o = {}) => ({ font: 'Arial', ...o });
  const gp = (content, o = {}) => p(content, { line: 276, before: 0, after: 0, ...o });
  const grey = 'D9D9D9';
  const widths = [Math.round(W * 0.34), Math.round(W * 0.22), W - Math.round(W * 0.34) - Math.round(W * 0.22)];
  const rows = [];
  const full = (content, o = {}) => [{ content, span: 3, ...o }];
  const headRow = (t) => full([gp(r(c.H(t.toUpperCase()), G({ b: true, sz: 10, color: '666666' })), { before: 160, after: 40, bottomBorder: { sz: 6, color: grey, space: 2 } })]);
  rows.push(full([gp(r(P.name, G({ sz: 24, b: true })), { style: 'Title' }), gp(r(P.label, G({ sz: 12, color: '666666' })), { after: 80 })]));
  rows.push([
    { content: [gp(r(P.email, G({ sz: 9 })))] },
    { content: [gp(r(P.phone, G({ sz: 9.5 })), { align: 'center' })] },
    { content: [gp(r(`linkedin.com/in/${P.linkedin}`, G({ sz: 9 })), { align: 'right' }), gp(r(P.location, G({ sz: 9 })), { align: 'right' })] },
  ]);
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`linkedin.com/in/${P.linkedin}`] });
  rows.push(headRow('Summary'));
  rows.push(full([gp(r(P.summary, G({ sz: 10 })))]));
  c.key.basics.summary = P.summary;
  rows.push(headRow('Experience'));
  for (const w of P.work) {
    const range = c.range(w.start, w.end, { style: 'mon', sep: ' - ', present: 'Current', season: w.season });
    c.work(w, { style: 'mon' });
    rows.push([
      { content: [gp([r(w.company, G({ b: true, sz: 10.5 })), r(`, ${w.location} — `, G({ sz: 10.5 })), r(w.position, G({ i: true, sz: 10.5 }))], { before: 100 })], span: 2 },
      { content: [gp(r(range, G({ sz: 9.5, color: '666666' })), { align: 'right', before: 100 })] },
    ]);
    if (w.bullets.length) rows.push(full(w.bullets.map((x) => gp(r(x, G({ sz: 10 })), { numId: 1, ind: { left: 720, hanging: 360 } }))));
  }
  rows.push(headRow('Education'));
  for (const e of P.education) {
    rows.push([
      { content: [gp([r(e.institution, G({ b: true, sz: 10.5 })), r(` — ${degree(e)}`, G({ sz: 10.5 }))])], span: 2 },
      { content: [gp(r(c.range(e.start, e.end, { style: 'mon', sep: ' - ' }), G({ sz: 9.5, color: '666666' })), { align: 'right' })] },
    ]);
    c.edu(e, { style: 'mon' });
  }
  rows.push(headRow('Skills'));
  rows.push(P.skills.slice(0, 3).map(([g, k]) => ({ content: [gp(r(g, G({ b: true, sz: 10 }))), ...k.map((x) => gp(r(x, G({ sz: 10 }))))] })));
  c.skills(flatSkills(P));
  if (P.certs.length) {
    rows.push(headRow('Certifications'));
    rows.push(full(P.certs.map((x) => gp(r(`${x.name} (${x.year})`, G({ sz: 10 }))))));
    c.other('CERTIFICATIONS', P.certs.map((x) => `${x.name} (${x.year})`));
  }
  if (P.projects.length) {
    rows.push(headRow('Projects'));
    rows.push(full(P.projects.map((pr) => gp([r(pr.name, G({ b: true, sz: 10 })), r(`: ${pr.description}`, G({ sz: 10 }))]))));
    for (const pr of P.projects) c.project({ ...pr, keywords: undefined });
  }
  rows.push(headRow('Languages'));
  const langs = P.languages.map(([l, v]) => `${l} (${v})`);
  rows.push(full([gp(r(langs.join(' · '), G({ sz: 10 })))]));
  c.other('LANGUAGES', langs);
  const body = tbl(rows, { widths, cellLeft: 100, cellRight: 100 }) + gp([]);
  c.key.layout = { columns: 1, notes: 'The whole resume is one 3-column table (rows span 3 cells; company/title rows span 2 with dates in the third; the skills row has one group per cell). Headings are capitals typed in the text. Dates "Jun 2022 - Current".' };
  return {
    c, description: 'Google Docs style export where the whole resume is ONE borderless 3-column table: title row, 3-cell contact row, heading rows with a bottom border, entry rows with gridSpan=2 plus a date cell, bullets as nested paragraphs with ●/○ numbering, a skills row with one group per cell; direct Arial formatting on every run, line spacing 276, no theme.',
    pkg: { body, sect: sectPr({ page }), styles, numbering, fonts: ['Arial'], app: 'Google Docs' },
  };
}

// ================================================================================================
// 11. typedBullets: bullets typed as text ("• ", "▪ ", "- ", "➢ "), headings lower case with direct w:caps,
//     the name in small caps, hidden text (w:vanish) that must not be read, "Jan. 2019 – Current" dates.
export function typedBullets(P) {
  const c = ctx(P);
  const page = { ...A4, top: 850, bottom: 850, left: 1000, right: 1000 };
  const W = page.w - page.left - page.right;
  const styles = styleSheet({ font: 'Garamond', size: 11, after: 20, line: 250 });
  const H = (t) => p(r(c.H(t.toLowerCase(), { caps: true }), { caps: true, b: true, spacing: 30, sz: 11.5 }), { before: 200, after: 60, keepNext: true, bottomBorder: { sz: 4, color: '000000', space: 1 } });
  const right = { tabs: [[W, 'right']] };
  const b = [];
  b.push(p(r(P.name, { smallCaps: true, sz: 22, b: true }), { align: 'center' }));
  b.push(p(r(`${P.label} · ${P.location}`, { sz: 10.5 }), { align: 'center' }));
  b.push(p(r(`${P.phone} · ${P.email} · github.com/${P.github}`, { sz: 10.5 }), { align: 'center', after: 80 }));
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  // Hidden keyword paragraph (an old ATS trick): paragraph mark and runs hidden.
  const stuffing = 'Kubernetes Terraform Scala Spark Hadoop Tableau Snowflake';
  b.push(`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>${hiddenRun(stuffing, { sz: 2, color: 'FFFFFF' })}</w:p>`);
  c.absent.push(stuffing);
  b.push(H('Profile'));
  const hiddenNote = ' (references and salary history available on request)';
  b.push(p([r(P.summary), hiddenRun(hiddenNote)], { align: 'both' }));
  c.absent.push(hiddenNote.trim());
  c.key.basics.summary = P.summary;
  b.push(H('Experience'));
  for (const w of P.work) {
    b.push(p([r(w.company, { b: true }), r(`\t${w.location}`)], { ...right, before: 100, keepNext: true }));
    b.push(p([r(w.position, { i: true }), r(`\t${c.range(w.start, w.end, { style: 'mon.', present: 'Current', season: w.season })}`)], { ...right, keepNext: true }));
    w.bullets.forEach((x, i) => b.push(p(r(i % 2 ? `•\t${x}` : `• ${x}`), { ind: { left: 284, hanging: 284 }, tabs: [[284, 'left']] })));
    c.work(w, { style: 'mon.' });
  }
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p([r(e.institution, { b: true }), r(`\t${c.range(e.start, e.end, { style: 'yyyy' })}`)], { ...right, before: 60 }));
    b.push(p(r(`${degree(e)}${e.score ? `, ${e.score}` : ''}`, { i: true })));
    c.edu(e, { style: 'yyyy', score: true });
  }
  b.push(H('Skills'));
  for (const [g, k] of P.skills) b.push(p([r('▪ '), r(`${g}: `, { b: true }), r(k.join(', '))], { ind: { left: 227, hanging: 227 } }));
  c.skills(flatSkills(P));
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r('➢ '), r(pr.name, { b: true }), r(` – ${pr.description}`)], { ind: { left: 284, hanging: 284 } })); c.project({ ...pr, keywords: undefined }); }
  }
  if (P.certs.length) {
    b.push(H('Certifications'));
    for (const x of P.certs) b.push(p(r(`- ${x.name}, ${x.issuer} (${x.year})`), { ind: { left: 170, hanging: 170 } }));
    c.other('CERTIFICATIONS', P.certs.map((x) => `${x.name}, ${x.issuer} (${x.year})`));
  }
  if (P.languages.length) {
    b.push(H('Languages'));
    const langs = P.languages.map(([l, v]) => `${l} – ${v}`);
    b.push(p(r(langs.join('; '))));
    c.other('LANGUAGES', langs);
  }
  c.key.layout = { columns: 1, notes: 'Bullets are typed characters ("• ", "•<tab>", "▪ ", "➢ ", "- "), not numbering. Headings are lower case in the XML with direct w:caps (shown in capitals; the key holds capitals); the name is in small caps (key in its mixed case). A hidden paragraph of keywords and a hidden phrase in the profile (w:vanish) are not printed and not in the key.' };
  return {
    c, description: 'Classic Garamond single column with typed Unicode bullets ("• " and "•<tab>" alternating in experience, "▪ " in skills, "➢ " in projects, "- " in certifications), lower-case headings shown in capitals by direct w:caps, small-caps name, hidden text (w:vanish: a white 1-pt keyword paragraph and a phrase in the profile), "Jan. 2022 – Current" dates and a single-season internship "Summer 2017".',
    pkg: { body: b.join(''), sect: sectPr({ page }), styles, fonts: ['Garamond'] },
  };
}
