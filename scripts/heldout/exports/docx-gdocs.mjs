// A simple resume typed by hand into a BLANK Google Doc and downloaded as .docx ("File → Download → Microsoft Word"),
// rebuilt from scratch as hand-written OOXML in Google's dialect: no styles used for structure (headings are bold
// Normal paragraphs with spacing, some with a bottom border as Google writes a typed horizontal rule), direct
// formatting on every run (rFonts ×4, sz/szCs, <w:rtl w:val="0"/>), all-zero rsids, right tab stops for dates,
// <w:hyperlink r:id> links, one 9-level abstractNum per list (●○■ bullets, ➢ preset, or %1. decimals), no docProps.
import { range, Key, put, push } from './lib.mjs';
import { W_NS, docxPackage, textXml, xesc } from './ooxml.mjs';

const RP = 'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000"';
const RR = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"';
const TEXT_W = 9360; // Letter, 1" margins

export function gdocs(P, o) {
  const k = new Key();
  const font = o.font ?? 'Arial';
  const links = [];
  const lists = [];
  const rpr = (s = {}) => {
    const f = s.font ?? font;
    let x = `<w:rFonts w:ascii="${f}" w:cs="${f}" w:eastAsia="${f}" w:hAnsi="${f}"/>`;
    if (s.b) x += '<w:b w:val="1"/>';
    if (s.i) x += '<w:i w:val="1"/>';
    x += `<w:color w:val="${s.color ?? '000000'}"/>`;
    x += `<w:sz w:val="${(s.size ?? 11) * 2}"/><w:szCs w:val="${(s.size ?? 11) * 2}"/>`;
    if (s.u) x += '<w:u w:val="single"/>';
    x += '<w:rtl w:val="0"/>';
    return `<w:rPr>${x}</w:rPr>`;
  };
  const run = (text, s) => `<w:r ${RR}>${rpr(s)}${textXml(text)}</w:r>`;
  const link = (text, url, s = {}) => {
    const id = `rId${20 + links.length}`;
    links.push({ id, url });
    return `<w:hyperlink r:id="${id}">${run(text, { ...s, color: '1155cc', u: true })}</w:hyperlink>`;
  };
  const para = (runs, { before = 0, after = 0, jc = 'left', tab = false, border = false, numId = null, s = {} } = {}) => {
    let pp = '';
    if (numId) pp += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
    if (border) pp += '<w:pBdr><w:bottom w:color="000000" w:space="1" w:sz="6" w:val="single"/></w:pBdr>';
    if (tab) pp += `<w:tabs><w:tab w:val="right" w:leader="none" w:pos="${TEXT_W}"/></w:tabs>`;
    pp += `<w:spacing w:after="${after}" w:before="${before}" w:line="276" w:lineRule="auto"/>`;
    pp += numId ? '<w:ind w:left="720" w:hanging="360"/>' : '<w:ind w:left="0" w:firstLine="0"/>';
    pp += `<w:jc w:val="${jc}"/>${rpr(s)}`;
    return `<w:p ${RP}><w:pPr>${pp}</w:pPr>${runs}</w:p>`;
  };
  const newList = (kind) => {
    const glyphs = kind === 'arrow' ? ['➢', '■', '●'] : ['●', '○', '■'];
    let lv = '';
    for (let i = 0; i < 9; i++) {
      const ind = `<w:pPr><w:ind w:left="${720 * (i + 1)}" w:hanging="360"/></w:pPr>`;
      if (kind === 'decimal') {
        const fmt = ['decimal', 'lowerLetter', 'lowerRoman'][i % 3];
        lv += `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="%${i + 1}."/><w:lvlJc w:val="${i % 3 === 2 ? 'right' : 'left'}"/>${ind}<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>`;
      } else {
        lv += `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${glyphs[i % 3]}"/><w:lvlJc w:val="left"/>${ind}<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>`;
      }
    }
    lists.push(`<w:abstractNum w:abstractNumId="${lists.length + 1}"><w:lvl w:ilvl="0"/></w:abstractNum>`.replace('<w:lvl w:ilvl="0"/>', lv));
    return lists.length;
  };
  const heading = (text) => {
    const h = k.sec(text);
    if (o.heading === 'caps-rule') return para(run(h, { b: true, size: 12 }), { before: 240, after: 80, border: true, s: { b: true, size: 12 } });
    if (o.heading === 'blue') return para(run(h, { b: true, size: 13, color: '1155cc' }), { before: 280, after: 80, s: { b: true, size: 13 } });
    return para(run(h, { b: true, size: 12 }), { before: 240, after: 60, s: { b: true } });
  };

  const body = [];
  body.push(para(run(k.b('name', P.name), { b: true, size: o.nameSize ?? 20 }), { jc: o.center ? 'center' : 'left', s: { b: true, size: o.nameSize ?? 20 } }));
  if (o.label) body.push(para(run(k.b('label', P.title), { size: 12, color: '434343' }), { jc: o.center ? 'center' : 'left' }));
  // Contact line: location • phone • linked e-mail • linked profile(s)
  const sep = run(o.sep ?? '  •  ');
  const parts = [run(k.b('location', o.location)), run(k.b('phone', o.phone ?? P.phone)), link(k.b('email', P.email), `mailto:${P.email}`)];
  parts.push(link(k.profile(`linkedin.com/in/${P.linkedin}`), `https://www.linkedin.com/in/${P.linkedin}`));
  if (o.github) parts.push(link(k.profile(`github.com/${P.github}`), `https://github.com/${P.github}`));
  body.push(para(parts.join(sep), { jc: o.center ? 'center' : 'left', after: 120 }));

  body.push(heading(o.h.summary));
  body.push(para(run(k.b('summary', P.summary)), { after: 60 }));

  body.push(heading(o.h.work));
  for (const w of P.work) {
    const j = k.job();
    const dates = range(j, w.start, w.end, o.dates);
    const place = w.city === 'Remote' ? 'Remote' : `${w.city}, ${w.region && /^[A-Z]{2}$/.test(w.region) ? w.region : w.country}`;
    if (o.entry === 'company-first') {
      body.push(para(run(`${put(j, 'name', w.company)}, ${put(j, 'location', place)}`, { b: true }) + run('\t') + run(dates), { before: 160, tab: true }));
      body.push(para(run(put(j, 'position', w.title), { i: true })));
    } else if (o.entry === 'title-pipe') {
      body.push(para(run(`${put(j, 'position', w.title)} | ${put(j, 'name', w.company)}`, { b: true }) + run('\t') + run(put(j, 'location', place), { i: true }), { before: 160, tab: true }));
      body.push(para(run(dates, { i: true, color: '666666' })));
    } else {
      body.push(para(run(put(j, 'position', w.title), { b: true }), { before: 160 }));
      body.push(para(run(`${put(j, 'name', w.company)} — ${put(j, 'location', place)}`) + run('\t') + run(dates, { color: '666666' }), { tab: true }));
    }
    if (w.bullets.length) {
      const id = newList(o.bullets ?? 'dot');
      for (const b of w.bullets) body.push(para(run(push(j, 'highlights', b)), { numId: id }));
    } else if (w.summary) body.push(para(run(put(j, 'summary', w.summary))));
  }

  body.push(heading(o.h.edu));
  for (const e of P.education) {
    const x = k.edu();
    const dates = range(x, e.start, e.end, o.eduDates ?? { style: 'YYYY', sep: ' – ' });
    let deg = `${put(x, 'studyType', e.degree)} ${o.degJoin ?? ''}${put(x, 'area', e.area)}`.replace(/\s+/g, ' ');
    if (e.grade && o.grade) deg += `, ${put(x, 'score', e.grade)}`;
    body.push(para(run(put(x, 'institution', e.school), { b: true }) + run('\t') + run(dates), { before: 120, tab: true }));
    body.push(para(run(deg)));
  }

  body.push(heading(o.h.skills));
  if (o.skills === 'groups') {
    for (const [label, names] of o.groups) {
      body.push(para(run(`${label}: `, { b: true }) + run(names.map((n) => k.skill(n)).join(', '))));
    }
  } else {
    body.push(para(run(P.skills.map((s) => k.skill(s.name)).join(o.skillSep ?? ', '))));
  }
  if (o.h.certs && P.certifications.length) {
    body.push(heading(o.h.certs));
    const add = k.other(o.h.certs);
    const id = newList(o.certList ?? 'dot');
    for (const c of P.certifications) body.push(para(run(add(`${c.name} – ${c.issuer}, ${c.date.slice(0, 4)}`)), { numId: id }));
    for (const a of o.awards ? P.awards : []) body.push(para(run(add(a)), { numId: id }));
  }
  if (o.h.lang) {
    body.push(heading(o.h.lang));
    const add = k.other(o.h.lang);
    body.push(para(run(P.languages.map((l) => add(`${l.name} (${l.word.toLowerCase()})`)).join(', '))));
  }
  body.push(para(''));

  const sect = `<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/><w:pgMar w:bottom="${o.margin ?? 1440}" w:top="${o.margin ?? 1440}" w:left="${o.margin ?? 1440}" w:right="${o.margin ?? 1440}" w:header="720" w:footer="720"/><w:pgNumType w:start="1"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body.join('')}${sect}</w:body></w:document>`;
  const st = (id, name, pPr, rPr) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat w:val="1"/></w:style>' +
    st('Heading1', 'heading 1', '<w:spacing w:after="120" w:before="400" w:lineRule="auto"/>', '<w:sz w:val="40"/><w:szCs w:val="40"/>') +
    st('Heading2', 'heading 2', '<w:spacing w:after="120" w:before="360" w:lineRule="auto"/>', '<w:b w:val="0"/><w:sz w:val="32"/><w:szCs w:val="32"/>') +
    st('Heading3', 'heading 3', '<w:spacing w:after="80" w:before="320" w:lineRule="auto"/>', '<w:color w:val="434343"/><w:sz w:val="28"/><w:szCs w:val="28"/>') +
    st('Title', 'Title', '<w:spacing w:after="60" w:lineRule="auto"/>', '<w:sz w:val="52"/><w:szCs w:val="52"/>') +
    st('Subtitle', 'Subtitle', '<w:spacing w:after="320" w:lineRule="auto"/>', '<w:color w:val="666666"/><w:sz w:val="30"/><w:szCs w:val="30"/>') +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden w:val="1"/><w:unhideWhenUsed w:val="1"/><w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/><w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/><w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>';
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}>${lists.join('')}${lists.map((_, i) => `<w:num w:numId="${i + 1}"><w:abstractNumId w:val="${i + 1}"/></w:num>`).join('')}</w:numbering>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:displayBackgroundShape w:val="1"/><w:defaultTabStop w:val="720"/><w:compat><w:compatSetting w:val="14" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/></w:compat></w:settings>`;
  const fontTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${W_NS}>${[...new Set(['Arial', font])].map((f) => `<w:font w:name="${xesc(f)}"/>`).join('')}</w:fonts>`;
  const bytes = docxPackage({ document, styles, numbering, settings, fontTable }, links);
  k.layout = {
    columns: 1,
    notes: `Blank Google Doc typed by hand, downloaded as DOCX (hand-written OOXML in Google's dialect: direct formatting on every run, zero rsids, no docProps, one abstractNum per list). ${o.center ? 'Centred' : 'Left-aligned'} bold name; one contact line joined by "${(o.sep ?? '  •  ').trim()}" with hyperlinked e-mail and profile URLs. Headings are bold Normal paragraphs (${o.heading === 'caps-rule' ? 'typed capitals with a bottom border' : o.heading === 'blue' ? 'blue, no rule' : 'plain bold'}), not Word heading styles. Entries: ${o.entry === 'company-first' ? '"Company, City" bold + right-tab dates, italic title below' : o.entry === 'title-pipe' ? '"Title | Company" bold + right-tab italic location, grey italic dates below' : 'bold title, then "Company — City" + right-tab grey dates'}; Google list bullets (${o.bullets ?? 'dot'}). Skills ${o.skills === 'groups' ? 'as "Group: a, b" rows (group labels not in the key)' : 'as one separated list'}.`,
  };
  return { bytes, key: k };
}
