// Minimal hand-written OOXML (WordprocessingML) building blocks for the DOCX designs of the "exports" batch.
// Each design writes its own paragraph/run properties in the dialect of the program it imitates; this module only
// escapes text, turns tabs and line breaks into elements, and assembles the package.
import { zip } from './lib.mjs';

export const xesc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const W_NS = 'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"';

// Text of one run: tabs → <w:tab/>, "\n" → <w:br/>.
export function textXml(s) {
  return String(s).split('\n').map((line, i) => (i ? '<w:br/>' : '') + line.split('\t')
    .map((x, j) => (j ? '<w:tab/>' : '') + (x ? `<w:t xml:space="preserve">${xesc(x)}</w:t>` : '')).join('')).join('');
}
export const r = (text, rPr = '', attrs = '') => `<w:r${attrs}>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${textXml(text)}</w:r>`;
export const p = (pPr, runs, attrs = '') => `<w:p${attrs}>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${runs}</w:p>`;
// A PAGE / NUMPAGES field as Word writes it (begin, instrText, separate, cached result, end).
export const field = (instr, cached, rPr = '') => {
  const rp = rPr ? `<w:rPr>${rPr}</w:rPr>` : '';
  return `<w:r>${rp}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${rp}<w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r>` +
    `<w:r>${rp}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${rp}<w:t>${cached}</w:t></w:r><w:r>${rp}<w:fldChar w:fldCharType="end"/></w:r>`;
};

const CT_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

// Assemble a .docx. parts: { document, styles, numbering?, settings, fontTable?, footer?, header?, theme?,
// webSettings?, core?, app? }; links: [{ id, url }] external hyperlinks.
export function docxPackage(parts, links = []) {
  const files = {};
  const over = [['/word/document.xml', `${CT_MAIN}.document.main+xml`], ['/word/styles.xml', `${CT_MAIN}.styles+xml`], ['/word/settings.xml', `${CT_MAIN}.settings+xml`]];
  const rels = [['rId1', 'styles', 'styles.xml'], ['rId2', 'settings', 'settings.xml']];
  files['word/document.xml'] = parts.document;
  files['word/styles.xml'] = parts.styles;
  files['word/settings.xml'] = parts.settings;
  const opt = [
    ['numbering', 'numbering.xml', `${CT_MAIN}.numbering+xml`, 'numbering'],
    ['fontTable', 'fontTable.xml', `${CT_MAIN}.fontTable+xml`, 'fontTable'],
    ['webSettings', 'webSettings.xml', `${CT_MAIN}.webSettings+xml`, 'webSettings'],
    ['footer', 'footer1.xml', `${CT_MAIN}.footer+xml`, 'footer'],
    ['header', 'header1.xml', `${CT_MAIN}.header+xml`, 'header'],
    ['theme', 'theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml', 'theme'],
  ];
  for (const [key, file, ct, type] of opt) {
    if (!parts[key]) continue;
    files[`word/${file}`] = parts[key];
    over.push([`/word/${file}`, ct]);
    rels.push([parts.relIds?.[key] ?? `rId${rels.length + 1}`, type, file]);
  }
  const pkgRels = [['rId1', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'word/document.xml']];
  if (parts.core) {
    files['docProps/core.xml'] = parts.core;
    over.push(['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml']);
    pkgRels.push(['rId2', 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml']);
  }
  if (parts.app) {
    files['docProps/app.xml'] = parts.app;
    over.push(['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml']);
    pkgRels.push(['rId3', 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties', 'docProps/app.xml']);
  }
  files['[Content_Types].xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    over.map(([pn, ct]) => `<Override PartName="${pn}" ContentType="${ct}"/>`).join('') + '</Types>';
  files['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    pkgRels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('') + '</Relationships>';
  const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  files['word/_rels/document.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${R}/${type}" Target="${target}"/>`).join('') +
    links.map((l) => `<Relationship Id="${l.id}" Type="${R}/hyperlink" Target="${xesc(l.url)}" TargetMode="External"/>`).join('') + '</Relationships>';
  return zip(files);
}

export const coreXml = ({ title = '', creator, modifiedBy, created, modified, revision }) => '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${xesc(title)}</dc:title><dc:subject></dc:subject><dc:creator>${xesc(creator)}</dc:creator><cp:keywords></cp:keywords><dc:description></dc:description>` +
  `<cp:lastModifiedBy>${xesc(modifiedBy ?? creator)}</cp:lastModifiedBy><cp:revision>${revision ?? 1}</cp:revision>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified></cp:coreProperties>`;
