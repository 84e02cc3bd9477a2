// A resume written in Word 365 (Office 2013-2022 theme: Calibri / Calibri Light headings), rebuilt from scratch as
// hand-written OOXML the way Word saves it: Title / Heading 1 / Heading 2 / List Paragraph styles, Word's default
// bullet list (Symbol U+F0B7, "o" Courier New, Wingdings U+F0A7), w14:paraId/textId and rsid attributes, runs split
// mid-word by editing sessions and spell-check marks (<w:proofErr>), right-tab dates, a borderless "Table Grid"
// skills table, docProps from "Microsoft Office Word". Shipped as DOCX, or printed to a tagged PDF by LibreOffice
// (standing in for Word's "Save as PDF").
import { range, Key, put, push } from './lib.mjs';
import { W_NS, docxPackage, textXml, coreXml, xesc } from './ooxml.mjs';

const TEXT_W = 9350;

// Deterministic pseudo-random numbers (mulberry32) so the run splits are stable between regenerations.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function word365(P, o) {
  const k = new Key();
  const rand = rng([...P.id].reduce((a, c) => a * 31 + c.charCodeAt(0), 7));
  const rsids = ['00A1387F', '00B54C2E', '00D07A19', '0041F6B3', '00E92D58', '006C3A41'];
  const rsid = () => rsids[Math.floor(rand() * rsids.length)];
  const hex8 = () => Math.floor(rand() * 0x7fffffff).toString(16).toUpperCase().padStart(8, '0');
  const links = [];
  const rpr = (s = {}) => {
    let x = '';
    if (s.style) x += `<w:rStyle w:val="${s.style}"/>`;
    if (s.b) x += '<w:b/><w:bCs/>';
    if (s.i) x += '<w:i/><w:iCs/>';
    if (s.color) x += `<w:color w:val="${s.color}"/>`;
    if (s.size) x += `<w:sz w:val="${s.size * 2}"/><w:szCs w:val="${s.size * 2}"/>`;
    if (s.lang) x += `<w:lang w:val="${s.lang}"/>`;
    return x ? `<w:rPr>${x}</w:rPr>` : '';
  };
  // A run of text, split at 0-2 random points into runs with different rsids (invisible on the page).
  const run = (text, s = {}) => {
    const t = String(text);
    const cuts = t.length > 12 && !s.noSplit ? [...new Set([0, 1].map(() => Math.floor(rand() * t.length)))].filter((c) => c > 0 && rand() < 0.6).sort((a, b) => a - b) : [];
    const pieces = [];
    let last = 0;
    for (const c of cuts) { pieces.push(t.slice(last, c)); last = c; }
    pieces.push(t.slice(last));
    return pieces.filter(Boolean).map((x) => `<w:r w:rsidR="${rsid()}">${rpr(s)}${textXml(x)}</w:r>`).join('');
  };
  const spell = (text, s = {}) => `<w:proofErr w:type="spellStart"/>${run(text, { ...s, noSplit: true })}<w:proofErr w:type="spellEnd"/>`;
  const link = (text, url) => {
    const id = `rId${30 + links.length}`;
    links.push({ id, url });
    return `<w:hyperlink r:id="${id}" w:history="1">${run(text, { style: 'Hyperlink', noSplit: true })}</w:hyperlink>`;
  };
  const para = (runs, { style, tab = false, numId, jc, after, keepNext } = {}) => {
    let pp = '';
    if (style) pp += `<w:pStyle w:val="${style}"/>`;
    if (keepNext) pp += '<w:keepNext/>';
    if (numId) pp += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
    if (tab) pp += `<w:tabs><w:tab w:val="right" w:pos="${TEXT_W}"/></w:tabs>`;
    if (after !== undefined) pp += `<w:spacing w:after="${after}"/>`;
    if (jc) pp += `<w:jc w:val="${jc}"/>`;
    const r = rsid();
    return `<w:p w14:paraId="${hex8()}" w14:textId="77777777" w:rsidR="${r}" w:rsidRDefault="${rsid()}" w:rsidP="${r}">${pp ? `<w:pPr>${pp}</w:pPr>` : ''}${runs}</w:p>`;
  };
  const H1 = (t) => para(run(k.sec(t), { noSplit: true }), { style: 'Heading1' });

  const body = [];
  const [first, ...rest] = P.name.split(' ');
  k.b('name', P.name);
  body.push(para(run(`${first} `, { noSplit: true }) + spell(rest.join(' ')), { style: 'Title' }));
  if (o.label) body.push(para(run(k.b('label', o.label === true ? P.title : o.label), { noSplit: true }), { style: 'Subtitle' }));
  const bar = run(' | ', { noSplit: true });
  const contact = [run(k.b('location', o.location), { noSplit: true }), run(k.b('phone', o.phone ?? P.phone), { noSplit: true }), link(k.b('email', P.email), `mailto:${P.email}`),
    link(k.profile(`linkedin.com/in/${P.linkedin}`), `https://www.linkedin.com/in/${P.linkedin}`)];
  if (o.github) contact.push(link(k.profile(`github.com/${P.github}`), `https://github.com/${P.github}`));
  body.push(para(contact.join(bar)));

  body.push(H1(o.h.summary));
  body.push(para(run(k.b('summary', P.summary))));

  body.push(H1(o.h.work));
  for (const w of P.work) {
    const j = k.job();
    let dates;
    if (o.summer && o.summer === w.company) {
      const y = w.start.slice(0, 4);
      j.startDate = y; j.endDate = y;
      dates = `Summer ${y}`;
    } else dates = range(j, w.start, w.end, o.dates);
    body.push(para(run(put(j, 'position', w.title)) + run('\t', { noSplit: true }) + run(dates, { noSplit: true }), { style: 'Heading2', tab: true }));
    const place = w.city === 'Remote' ? 'Remote' : [w.city, w.region && /^[A-Z]{2}$/.test(w.region) ? w.region : null, w.country].filter(Boolean).join(', ');
    body.push(para(run(put(j, 'name', w.company), { i: true, noSplit: true }) + run(`, ${put(j, 'location', place)}`, { i: true }), { after: w.bullets.length ? 40 : 160 }));
    if (w.bullets.length) {
      for (const b of w.bullets) body.push(para(run(push(j, 'highlights', b)), { style: 'ListParagraph', numId: 1 }));
    } else if (w.summary) body.push(para(run(put(j, 'summary', w.summary))));
  }

  body.push(H1(o.h.edu));
  for (const e of P.education) {
    const x = k.edu();
    body.push(para(run(put(x, 'institution', e.school)) + run('\t', { noSplit: true }) + run(range(x, e.start, e.end, o.eduDates ?? o.dates), { noSplit: true }), { style: 'Heading2', tab: true }));
    let d = `${put(x, 'studyType', e.degreeLong ?? e.degree)}, ${put(x, 'area', e.area)}`;
    if (e.grade && o.grade) d += ` (${o.gradeLabel ?? 'GPA'}: ${put(x, 'score', e.grade)})`;
    body.push(para(run(d)));
  }

  body.push(H1(o.h.skills));
  const cols = 3;
  const rows = [];
  for (let i = 0; i < P.skills.length; i += cols) rows.push(P.skills.slice(i, i + cols));
  const cw = Math.floor(TEXT_W / cols);
  const tbl = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblBorders><w:top w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:left w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:bottom w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:right w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideH w:val="none" w:sz="0" w:space="0" w:color="auto"/><w:insideV w:val="none" w:sz="0" w:space="0" w:color="auto"/></w:tblBorders><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>' +
    `<w:tblGrid>${Array(cols).fill(`<w:gridCol w:w="${cw}"/>`).join('')}</w:tblGrid>` +
    rows.map((rw) => `<w:tr w:rsidR="${rsid()}">${Array.from({ length: cols }, (_, i) => `<w:tc><w:tcPr><w:tcW w:w="${cw}" w:type="dxa"/></w:tcPr>${rw[i] ? para(run(k.skill(rw[i].name), { noSplit: true }), { style: 'ListParagraph', numId: 1, after: 0 }) : para('', { after: 0 })}</w:tc>`).join('')}</w:tr>`).join('') + '</w:tbl>';
  body.push(tbl);

  if (o.h.certs && P.certifications.length) {
    body.push(H1(o.h.certs));
    const add = k.other(o.h.certs);
    for (const c of P.certifications) body.push(para(run(add(`${c.name}, ${c.issuer} (${c.date.slice(0, 4)})`)), { style: 'ListParagraph', numId: 1 }));
  }
  if (o.h.lang) {
    body.push(H1(o.h.lang));
    const add = k.other(o.h.lang);
    body.push(para(P.languages.map((l) => run(add(`${l.name} – ${l.native ? 'native' : l.cefr ? l.cefr[1] : l.word.toLowerCase()}`))).join(run('; ', { noSplit: true }))));
  }
  body.push(para(''));

  const sect = `<w:sectPr w:rsidR="${rsids[0]}"><w:pgSz w:w="${o.a4 ? 11906 : 12240}" w:h="${o.a4 ? 16838 : 15840}"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" w:left="1080" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${body.join('')}${sect}</w:body></w:document>`;
  const lang = o.a4 ? 'en-GB' : 'en-US';
  const calibri = '<w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/>';
  const light = '<w:rFonts w:ascii="Calibri Light" w:eastAsia="Times New Roman" w:hAnsi="Calibri Light" w:cs="Times New Roman"/>';
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W_NS}><w:docDefaults><w:rPrDefault><w:rPr>${calibri}<w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${lang}" w:eastAsia="en-US" w:bidi="ar-SA"/><w14:ligatures w14:val="standardContextual"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Heading1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="2F5496"/></w:pBdr><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>${light}<w:color w:val="2F5496"/><w:sz w:val="30"/><w:szCs w:val="30"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="0"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/><w:sz w:val="23"/><w:szCs w:val="23"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/><w:contextualSpacing/></w:pPr><w:rPr>${light}<w:spacing w:val="-10"/><w:kern w:val="28"/><w:sz w:val="56"/><w:szCs w:val="56"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr><w:rPr><w:color w:val="5A5A5A"/><w:spacing w:val="15"/><w:sz w:val="26"/></w:rPr></w:style>` +
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="40"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>' +
    `<w:style w:type="character" w:customStyle="1" w:styleId="Heading1Char"><w:name w:val="Heading 1 Char"/><w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="Heading1"/><w:uiPriority w:val="9"/><w:rPr>${light}<w:color w:val="2F5496"/><w:sz w:val="30"/></w:rPr></w:style>` +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>' +
    '</w:styles>';
  const lvl = (i, text, f, ind) => `<w:lvl w:ilvl="${i}" w:tplc="${['04090001', '04090003', '04090005'][i % 3]}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${ind}" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="${f}" w:hAnsi="${f}"${f === 'Courier New' ? ' w:cs="Courier New"' : ' w:hint="default"'}/></w:rPr></w:lvl>`;
  const lv = Array.from({ length: 9 }, (_, i) => lvl(i, ['\uF0B7', 'o', '\uF0A7'][i % 3], ['Symbol', 'Courier New', 'Wingdings'][i % 3], 720 * (i + 1))).join('');
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0" w15:restartNumberingAfterBreak="0"><w:nsid w:val="1B2C6E4A"/><w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="5A0E8C2A"/>${lv}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W_NS}><w:zoom w:percent="110"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="enableOpenTypeFeatures" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/><w:compatSetting w:name="doNotFlipMirrorIndents" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat><w:rsids><w:rsidRoot w:val="${rsids[0]}"/>${rsids.map((x) => `<w:rsid w:val="${x}"/>`).join('')}</w:rsids><w:themeFontLang w:val="${lang}"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>`;
  const fontTable = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts ${W_NS}>${['Symbol', 'Times New Roman', 'Courier New', 'Wingdings', 'Calibri', 'Calibri Light'].map((f) => `<w:font w:name="${xesc(f)}"/>`).join('')}</w:fonts>`;
  const app = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><TotalTime>214</TotalTime><Pages>2</Pages><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><Lines>48</Lines><Paragraphs>13</Paragraphs><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0000</AppVersion></Properties>';
  const bytes = docxPackage({
    document, styles, numbering, settings, fontTable, app,
    core: coreXml({ title: '', creator: P.name, created: '2025-03-02T18:12:00Z', modified: '2025-05-11T20:47:00Z', revision: 23 }),
  }, links);
  k.layout = {
    columns: 1,
    notes: `Word 365 resume (hand-written OOXML as Word saves it; Calibri/Calibri Light → Carlito in LibreOffice). Title-style name${o.label ? ' + Subtitle label' : ''}; " | " contact line with hyperlinked e-mail/profiles; Heading 1 sections with a bottom border; each role is a Heading 2 paragraph "Title<TAB>dates" (right tab) then an italic "Company, City, Country" line; Word's default bullets (Symbol U+F0B7 — private-use code point in the text layer); runs split mid-word by rsids and <w:proofErr> around the surname; skills in a borderless 3-column Table Grid, each cell a bulleted List Paragraph.${o.summer ? ` The ${o.summer} internship is dated "Summer YYYY" (start = end = year).` : ''}`,
  };
  return { bytes, key: k };
}
