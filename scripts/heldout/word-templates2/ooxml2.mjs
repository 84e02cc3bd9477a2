// Packaging and extra WordprocessingML helpers for the second Word batch. Run/paragraph/table helpers are
// reused from ../word-templates/ooxml.mjs; this file adds a flexible package writer (any main-part name,
// several headers/footers, comments, theme, strict namespaces), content controls, tracked changes, fields,
// and DrawingML groups.
import { zipSync, strToU8 } from 'fflate';
import { esc, rPr } from '../word-templates/ooxml.mjs';

export const NS = [
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:w10="urn:schemas-microsoft-com:office:word"',
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml"',
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'mc:Ignorable="w14 w15 wp14"',
].join(' ');

export const part = (tag, inner, attrs = '') => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${tag} ${NS}${attrs}>${inner}</w:${tag}>`;

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const CT = {
  main: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  settings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml',
  fontTable: 'application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml',
  numbering: 'application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml',
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
  comments: 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  webSettings: 'application/vnd.openxmlformats-officedocument.wordprocessingml.webSettings+xml',
};

// Section properties. o: {page:{w,h,top,...}, headers:[[type, rid]], footers:[[type, rid]], titlePg, type ('continuous'|'nextPage'), cols: n, colSpace}
export function sectPr(o = {}) {
  const page = { w: 11906, h: 16838, top: 1080, bottom: 1080, left: 1080, right: 1080, header: 567, footer: 567, ...(o.page ?? {}) };
  let x = '<w:sectPr>';
  for (const [t, id] of o.headers ?? []) x += `<w:headerReference w:type="${t}" r:id="${id}"/>`;
  for (const [t, id] of o.footers ?? []) x += `<w:footerReference w:type="${t}" r:id="${id}"/>`;
  if (o.type) x += `<w:type w:val="${o.type}"/>`;
  x += `<w:pgSz w:w="${page.w}" w:h="${page.h}"/><w:pgMar w:top="${page.top}" w:right="${page.right}" w:bottom="${page.bottom}" w:left="${page.left}" w:header="${page.header}" w:footer="${page.footer}" w:gutter="0"/>`;
  x += o.cols ? `<w:cols w:num="${o.cols}" w:space="${o.colSpace ?? 567}"/>` : '<w:cols w:space="720"/>';
  if (o.titlePg) x += '<w:titlePg/>';
  x += '<w:docGrid w:linePitch="360"/></w:sectPr>';
  return x;
}

// Minimal Office theme with a font scheme (so asciiTheme / hAnsiTheme references resolve).
export function themeXml(major = 'Calibri Light', minor = 'Calibri') {
  const clr = (n, v) => `<a:${n}><a:srgbClr val="${v}"/></a:${n}>`;
  const fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  const ln = '<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme"><a:themeElements>` +
    `<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1><a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>${clr('dk2', '44546A')}${clr('lt2', 'E7E6E6')}${clr('accent1', '4472C4')}${clr('accent2', 'ED7D31')}${clr('accent3', 'A5A5A5')}${clr('accent4', 'FFC000')}${clr('accent5', '5B9BD5')}${clr('accent6', '70AD47')}${clr('hlink', '0563C1')}${clr('folHlink', '954F72')}</a:clrScheme>` +
    `<a:fontScheme name="Office"><a:majorFont><a:latin typeface="${major}"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="${minor}"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme>` +
    `<a:fmtScheme name="Office"><a:fillStyleLst>${fill}${fill}${fill}</a:fillStyleLst><a:lnStyleLst>${ln}${ln}${ln}</a:lnStyleLst><a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>${fill}${fill}${fill}</a:bgFillStyleLst></a:fmtScheme>` +
    `</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>`;
}

// ---- package ----------------------------------------------------------------------------------
// o: {main ('word/document.xml'), body, sect (final sectPr xml), styles, numbering, theme (xml), comments (inner xml),
//     headers: [{id, file, xml(inner)}], footers: [...], links: [{id,url}], settingsExtra, title, author, app,
//     absoluteTargets, strict, stylesName}
export function pack(o) {
  const main = o.main ?? 'word/document.xml';
  const dir = main.slice(0, main.lastIndexOf('/'));
  const mainName = main.slice(main.lastIndexOf('/') + 1);
  const tgt = (f) => (o.absoluteTargets ? `/${dir}/${f}` : f);
  const files = {};
  const overrides = [['/' + main, CT.main]];
  const rels = [];
  const add = (id, type, file, xml, ct) => { files[`${dir}/${file}`] = xml; rels.push([id, REL + type, tgt(file)]); if (ct) overrides.push([`/${dir}/${file}`, ct]); };
  add('rId1', 'styles', o.stylesName ?? 'styles.xml', o.styles, CT.styles);
  add('rId2', 'settings', 'settings.xml', part('settings', `<w:zoom w:percent="100"/>${o.settingsExtra ?? ''}<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>`), CT.settings);
  add('rId3', 'fontTable', 'fontTable.xml', part('fonts', (o.fonts ?? ['Calibri']).map((f) => `<w:font w:name="${esc(f)}"/>`).join('')), CT.fontTable);
  add('rId4', 'webSettings', 'webSettings.xml', part('webSettings', '<w:optimizeForBrowser/>'), CT.webSettings);
  if (o.numbering) add('rId5', 'numbering', 'numbering.xml', o.numbering, CT.numbering);
  if (o.theme) add('rId6', 'theme', 'theme/theme1.xml', o.theme, CT.theme);
  if (o.comments) add('rId7', 'comments', 'comments.xml', part('comments', o.comments), CT.comments);
  for (const h of o.headers ?? []) add(h.id, 'header', h.file, part('hdr', h.xml), CT.header);
  for (const f of o.footers ?? []) add(f.id, 'footer', f.file, part('ftr', f.xml), CT.footer);
  const relXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map(([id, t, target]) => `<Relationship Id="${id}" Type="${t}" Target="${target}"/>`).join('') +
    (o.links ?? []).map((l) => `<Relationship Id="${l.id}" Type="${REL}hyperlink" Target="${esc(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>';
  files[`${dir}/_rels/${mainName}.rels`] = relXml;
  files[main] = part('document', `<w:body>${o.body}${o.sect}</w:body>`, o.strict ? ' w:conformance="strict"' : '');
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    overrides.map(([pn, t]) => `<Override PartName="${pn}" ContentType="${t}"/>`).join('') +
    `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  files['[Content_Types].xml'] = ct;
  files['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId3" Type="${REL}extended-properties" Target="docProps/app.xml"/>` +
    `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
    `<Relationship Id="rId1" Type="${REL}officeDocument" Target="${o.absoluteTargets ? '/' : ''}${main}"/></Relationships>`;
  files['docProps/core.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${esc(o.title ?? '')}</dc:title><dc:creator>${esc(o.author ?? '')}</dc:creator><cp:lastModifiedBy>${esc(o.author ?? '')}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-09-12T08:30:00Z</dcterms:created></cp:coreProperties>`;
  files['docProps/app.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>${esc(o.template ?? 'Normal.dotm')}</Template><Application>${esc(o.app ?? 'Microsoft Office Word')}</Application></Properties>`;
  if (o.strict) {
    for (const k of Object.keys(files)) files[k] = toStrict(files[k]);
  }
  const u8 = {};
  for (const [k, v] of Object.entries(files)) u8[k] = [strToU8(v), { level: 6 }];
  return zipSync(u8);
}

// Strict OOXML (ISO/IEC 29500 Strict): other namespace URIs and relationship types; jc left/right → start/end.
function toStrict(xml) {
  return xml
    .replaceAll('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/extendedProperties')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', 'http://purl.oclc.org/ooxml/officeDocument/relationships/extendedProperties')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships')
    .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/math', 'http://purl.oclc.org/ooxml/officeDocument/math')
    .replaceAll('http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main')
    .replaceAll('http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing', 'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing')
    .replace(/<w:jc w:val="left"\/>/g, '<w:jc w:val="start"/>').replace(/<w:jc w:val="right"\/>/g, '<w:jc w:val="end"/>')
    .replace(/ w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/g, '')
    .replace(/<w:tblLook w:val="04A0"\/>/g, '<w:tblLook w:firstRow="true" w:lastRow="false" w:firstColumn="true" w:lastColumn="false" w:noHBand="false" w:noVBand="true"/>');
}

// ---- content controls -------------------------------------------------------------------------
let sdtId = 100200300;
const guid = (n) => `{${(0x1a2b3c4d + n).toString(16).toUpperCase()}-5E6F-4A1B-9C2D-${String(n).padStart(12, '0')}}`;
// o: {alias, tag, placeholder: true|false, showingPlcHdr, text, bind (xpath into core props), hidden (w15 appearance), repeatingItem, repeating, rpr}
export function sdtPr(o = {}) {
  const id = sdtId++;
  let x = '<w:sdtPr>';
  if (o.rpr) x += rPr(o.rpr);
  if (o.alias) x += `<w:alias w:val="${esc(o.alias)}"/>`;
  x += `<w:tag w:val="${esc(o.tag ?? '')}"/><w:id w:val="${id % 2147483647 - (id % 3 ? 0 : 1234567890)}"/>`;
  if (o.placeholder !== false) x += `<w:placeholder><w:docPart w:val="${guid(id)}"/></w:placeholder>`;
  if (o.showingPlcHdr) x += '<w:showingPlcHdr/>';
  if (o.bind) x += `<w:dataBinding w:prefixMappings="xmlns:ns0='http://purl.org/dc/elements/1.1/' xmlns:ns1='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' " w:xpath="${o.bind}" w:storeItemID="{6C3C8BC8-F283-45AE-878A-BAB7291924A1}"/>`;
  if (o.hidden) x += '<w15:appearance w15:val="hidden"/>';
  if (o.repeating) x += '<w15:repeatingSection/>';
  if (o.repeatingItem) x += '<w15:repeatingSectionItem/>';
  if (o.text) x += '<w:text/>';
  if (o.docPartList) x += `<w:docPartList><w:docPartGallery w:val="Quick Parts"/><w:docPartCategory w:val="${esc(o.docPartList)}"/></w:docPartList>`;
  return x + '</w:sdtPr>';
}
export const sdt = (content, o = {}) => `<w:sdt>${sdtPr(o)}<w:sdtEndPr/><w:sdtContent>${[].concat(content).join('')}</w:sdtContent></w:sdt>`;

// ---- revisions / annotations --------------------------------------------------------------------
let revId = 1;
const REV = (author = 'Reviewer') => `w:id="${revId++}" w:author="${author}" w:date="2024-09-10T14:${String(revId % 60).padStart(2, '0')}:00Z"`;
export const ins = (runs, author) => `<w:ins ${REV(author)}>${[].concat(runs).join('')}</w:ins>`;
export const del = (text, o = {}, author) => `<w:del ${REV(author)}><w:r>${rPr(o)}<w:delText xml:space="preserve">${esc(text)}</w:delText></w:r></w:del>`;
const AD = 'w:author="Reviewer" w:date="2024-09-10T14:30:00Z"';
export const moveFrom = (name, runs) => { const id = revId++; return `<w:moveFromRangeStart w:id="${id}" ${AD} w:name="${name}"/><w:moveFrom ${REV()}>${runs.replace(/<w:t( [^>]*)?>/g, '<w:delText$1>').replace(/<\/w:t>/g, '</w:delText>')}</w:moveFrom><w:moveFromRangeEnd w:id="${id}"/>`; };
export const moveTo = (name, runs) => { const id = revId++; return `<w:moveToRangeStart w:id="${id}" ${AD} w:name="${name}"/><w:moveTo ${REV()}>${runs}</w:moveTo><w:moveToRangeEnd w:id="${id}"/>`; };
// paragraph-mark revision (inside pPr/rPr)
export const markIns = () => `<w:ins ${REV()}/>`;
export const markDel = () => `<w:del ${REV()}/>`;
let bmId = 0;
export const bookmark = (name, content) => { const id = bmId++; return `<w:bookmarkStart w:id="${id}" w:name="${name}"/>${[].concat(content).join('')}<w:bookmarkEnd w:id="${id}"/>`; };
export const proof = (type, content) => `<w:proofErr w:type="${type}Start"/>${content}<w:proofErr w:type="${type}End"/>`;
export const smartTag = (element, content) => `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="${element}">${content}</w:smartTag>`;
export const fldSimple = (instr, runs) => `<w:fldSimple w:instr="${esc(instr)}">${[].concat(runs).join('')}</w:fldSimple>`;
// Complex field: begin / instrText / separate / result runs / end
export function complexField(instr, resultRuns, o = {}) {
  const rp = rPr(o);
  return `<w:r>${rp}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rp}<w:instrText xml:space="preserve"> ${esc(instr)} </w:instrText></w:r>` +
    `<w:r>${rp}<w:fldChar w:fldCharType="separate"/></w:r>${[].concat(resultRuns).join('')}<w:r>${rp}<w:fldChar w:fldCharType="end"/></w:r>`;
}
export const sym = (font, ch, o = {}) => `<w:r>${rPr(o)}<w:sym w:font="${font}" w:char="${ch}"/></w:r>`;

// Run whose text has '-' written as w:noBreakHyphen and '|' as a soft hyphen w:softHyphen.
export function rx(text, o = {}) {
  let inner = '';
  for (const part of String(text).split(/(-|\||\t)/)) {
    if (part === '-') inner += '<w:noBreakHyphen/>';
    else if (part === '|') inner += '<w:softHyphen/>';
    else if (part === '\t') inner += '<w:tab/>';
    else if (part) inner += `<w:t xml:space="preserve">${esc(part)}</w:t>`;
  }
  return `<w:r>${rPr(o)}${inner}</w:r>`;
}
export const hiddenRun = (text, o = {}) => `<w:r>${rPr(o).replace('</w:rPr>', '<w:vanish/></w:rPr>') || ''}${rPr(o) ? '' : '<w:rPr><w:vanish/></w:rPr>'}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;

// ---- DrawingML group (wpg) with a VML group fallback -----------------------------------------------
let shapeNo = 1;
// boxes: [{x, y, cx, cy (EMU, relative to the group), fill, paragraphs (xml) | null for a plain rectangle, rot (60000ths deg), vert}]
export function group(boxes, o = {}) {
  const id = shapeNo++;
  const cx = o.cx, cy = o.cy;
  const shapes = boxes.map((b, k) => {
    const fill = b.fill ? `<a:solidFill><a:srgbClr val="${b.fill}"/></a:solidFill>` : '<a:noFill/>';
    const tx = b.paragraphs ? `<wps:txbx><w:txbxContent>${b.paragraphs.join('')}</w:txbxContent></wps:txbx>` : '';
    return `<wps:wsp><wps:cNvPr id="${id * 10 + k + 1}" name="${b.paragraphs ? 'Text Box' : 'Rectangle'} ${id * 10 + k + 1}"/><wps:cNvSpPr${b.paragraphs ? ' txBox="1"' : ''}/>` +
      `<wps:spPr><a:xfrm${b.rot ? ` rot="${b.rot}"` : ''}><a:off x="${b.x}" y="${b.y}"/><a:ext cx="${b.cx}" cy="${b.cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>${fill}<a:ln><a:noFill/></a:ln></wps:spPr>` +
      `${tx}<wps:bodyPr rot="0" vert="${b.vert ?? 'horz'}" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="${b.anchor ?? 'ctr'}" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>`;
  }).join('');
  const anchor = (inner) => `<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251660000 + id}" behindDoc="${o.behind ? 1 : 0}" locked="0" layoutInCell="1" allowOverlap="1">` +
    `<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="${o.relH ?? 'page'}"><wp:posOffset>${o.x ?? 0}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="${o.relV ?? 'page'}"><wp:posOffset>${o.y ?? 0}</wp:posOffset></wp:positionV>` +
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>${o.wrap ?? '<wp:wrapNone/>'}<wp:docPr id="${id + 500}" name="Group ${id}"/><wp:cNvGraphicFramePr/>${inner}</wp:anchor>`;
  const choice = `<w:drawing>${anchor(`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/><a:chOff x="0" y="0"/><a:chExt cx="${cx}" cy="${cy}"/></a:xfrm></wpg:grpSpPr>${shapes}</wpg:wgp></a:graphicData></a:graphic>`)}</w:drawing>`;
  const pt = (emu) => Math.round(emu / 12700);
  const vml = boxes.map((b, k) => b.paragraphs
    ? `<v:shape id="Text Box ${id * 10 + k + 1}" o:spid="_x0000_s${2000 + id * 10 + k}" type="#_x0000_t202" style="position:absolute;left:${pt(b.x)};top:${pt(b.y)};width:${pt(b.cx)};height:${pt(b.cy)}${b.rot ? `;rotation:${b.rot / 60000}` : ''}" ${b.fill ? `fillcolor="#${b.fill}"` : 'filled="f"'} stroked="f"><v:textbox${b.vert === 'vert270' ? ' style="layout-flow:vertical;mso-layout-flow-alt:bottom-to-top"' : ''}><w:txbxContent>${b.paragraphs.join('')}</w:txbxContent></v:textbox></v:shape>`
    : `<v:rect id="Rectangle ${id * 10 + k + 1}" o:spid="_x0000_s${2000 + id * 10 + k}" style="position:absolute;left:${pt(b.x)};top:${pt(b.y)};width:${pt(b.cx)};height:${pt(b.cy)}" fillcolor="#${b.fill ?? 'FFFFFF'}" stroked="f"/>`).join('');
  const fallback = `<w:pict><v:group id="Group ${id}" o:spid="_x0000_s${1000 + id}" style="position:absolute;margin-left:${pt(o.x ?? 0)}pt;margin-top:${pt(o.y ?? 0)}pt;width:${pt(cx)}pt;height:${pt(cy)}pt;z-index:${o.behind ? -1 : 1};mso-position-horizontal-relative:${o.relH ?? 'page'};mso-position-vertical-relative:${o.relV ?? 'page'}" coordsize="${pt(cx)},${pt(cy)}">${vml}</v:group></w:pict>`;
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wpg">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent></w:r>`;
}

// Anchored single text box (wps) with VML fallback; o: {x, y, cx, cy, relH, relV, rot, vert, fill, wrap}
export function anchoredBox(paragraphs, o = {}) {
  return group([{ x: 0, y: 0, cx: o.cx, cy: o.cy, fill: o.fill, paragraphs, rot: o.rot, vert: o.vert, anchor: o.anchor ?? 't' }], o)
    .replace('Requires="wpg"', 'Requires="wps"')
    .replace(/<a:graphicData uri="[^"]*wordprocessingGroup"><wpg:wgp><wpg:cNvGrpSpPr\/><wpg:grpSpPr>.*?<\/wpg:grpSpPr>(.*)<\/wpg:wgp><\/a:graphicData>/s, '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">$1</a:graphicData>')
    .replace(/<wps:cNvPr [^>]*\/>/, '');
}
