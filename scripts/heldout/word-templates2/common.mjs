// Shared pieces for the second Word batch: date formats, the per-case key context, and a style-sheet writer
// that allows localized style ids, basedOn chains, linked character styles and theme fonts.
import { esc } from '../word-templates/ooxml.mjs';
import { NS } from './ooxml2.mjs';

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SEASON = ['Winter', 'Winter', 'Spring', 'Spring', 'Spring', 'Summer', 'Summer', 'Summer', 'Fall', 'Fall', 'Fall', 'Winter'];

export function fmtDate(d, style) {
  if (d.length === 4) return d; // year-only data is printed as a year in every style
  const [y, m] = d.split('-');
  const i = +m - 1;
  switch (style) {
    case 'mon': return `${MON[i]} ${y}`;
    case 'MON': return `${MON[i].toUpperCase()} ${y}`;
    case 'mon.': return i === 4 ? `May ${y}` : i === 5 ? `June ${y}` : i === 6 ? `July ${y}` : `${MON[i]}. ${y}`;
    case 'month': return `${MONTH[i]} ${y}`;
    case 'slash': return `${y}/${m}`;
    case 'mm/yyyy': return `${m}/${y}`;
    case 'yyyy': return y;
    case 'season': return `${SEASON[i]} ${y}`;
    default: throw new Error(style);
  }
}
export const keyDate = (d, style) => (d.length === 4 || ['yyyy', 'season'].includes(style) ? d.slice(0, 4) : d);

// Per-case context: collects the key, strings that must be printed, strings that must NOT be visible, links.
export function ctx(P) {
  const key = { basics: {}, work: [], education: [], skills: [], sections: [] };
  const printed = [];
  const absent = [];
  const links = [];
  return {
    P, key, printed, absent, links,
    H(text, { caps = false } = {}) { key.sections.push(caps ? text.toUpperCase() : text); return text; },
    // Returns the printed range; a season entry (w.season) prints one season only.
    range(start, end, { style = 'mon', sep = ' – ', present = 'Present', season = false } = {}) {
      if (season) { const s = fmtDate(start, 'season'); printed.push(s); return s; }
      const s = fmtDate(start, style), e = end ? fmtDate(end, style) : present;
      printed.push(s, e);
      return `${s}${sep}${e}`;
    },
    work(w, { style = 'mon', location = true, highlights = true, position, name } = {}) {
      const k = { name: name ?? w.company, position: position ?? w.position };
      if (location) k.location = w.location;
      if (w.season) { k.startDate = w.start.slice(0, 4); k.endDate = w.end.slice(0, 4); }
      else { k.startDate = keyDate(w.start, style); k.endDate = w.end ? keyDate(w.end, style) : 'present'; }
      if (highlights === true && w.bullets.length) k.highlights = [...w.bullets];
      else if (Array.isArray(highlights) && highlights.length) k.highlights = highlights;
      key.work.push(k);
      return k;
    },
    edu(e, { style = 'mon', start = true, location = false, score = false } = {}) {
      const k = { institution: e.institution, studyType: e.studyType, area: e.area };
      if (location) k.location = e.location;
      if (start) k.startDate = keyDate(e.start, style);
      k.endDate = keyDate(e.end, style);
      if (score && e.score) k.score = e.score;
      key.education.push(k);
    },
    skills(list) { key.skills.push(...list); },
    other(heading, items) { (key.otherSections ??= []).push({ heading, items }); },
    project(pr) { (key.projects ??= []).push({ name: pr.name, description: pr.description, ...(pr.keywords ? { keywords: pr.keywords } : {}) }); },
    link(url) { const id = `rIdLink${links.length + 1}`; links.push({ id, url }); return id; },
  };
}
export const flatSkills = (P) => P.skills.flatMap(([, k]) => k);
export const degree = (e, sep = ' in ') => `${e.studyType}${sep}${e.area}`;
export const A4 = { w: 11906, h: 16838 };
export const LETTER = { w: 12240, h: 15840 };

// ---- style sheet --------------------------------------------------------------------------------
// defs: [{type, id, name, basedOn, next, link, pPr, rPr (raw xml, without the wrapping element), custom, default, ui}]
export function styleSheet({ font, fontTheme, size = 11, lang = 'en-US', after = 0, line = 240, ids = {}, defs = [] }) {
  const sz = Math.round(size * 2);
  const fonts = fontTheme
    ? `<w:rFonts w:asciiTheme="${fontTheme}" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="${fontTheme}" w:cstheme="minorBidi"/>`
    : `<w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/>`;
  const N = ids.normal ?? 'Normal', DPF = ids.dpf ?? 'DefaultParagraphFont', TN = ids.tableNormal ?? 'TableNormal', NL = ids.noList ?? 'NoList';
  const one = (d) => `<w:style w:type="${d.type ?? 'paragraph'}"${d.default ? ' w:default="1"' : ''}${d.custom ? ' w:customStyle="1"' : ''} w:styleId="${esc(d.id)}">` +
    `<w:name w:val="${esc(d.name)}"/>${d.basedOn ? `<w:basedOn w:val="${esc(d.basedOn)}"/>` : ''}${d.next ? `<w:next w:val="${esc(d.next)}"/>` : ''}${d.link ? `<w:link w:val="${esc(d.link)}"/>` : ''}` +
    `${d.ui != null ? `<w:uiPriority w:val="${d.ui}"/>` : ''}${d.semiHidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : ''}${d.qFormat !== false ? '<w:qFormat/>' : ''}` +
    `${d.pPr ? `<w:pPr>${d.pPr}</w:pPr>` : ''}${d.rPr ? `<w:rPr>${d.rPr}</w:rPr>` : ''}${d.tblPr ?? ''}</w:style>`;
  const base = [
    { id: N, name: 'Normal', default: true },
    { type: 'character', id: DPF, name: 'Default Paragraph Font', default: true, ui: 1, semiHidden: true, qFormat: false },
    { type: 'table', id: TN, name: 'Normal Table', default: true, ui: 99, semiHidden: true, qFormat: false, tblPr: '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>' },
    { type: 'numbering', id: NL, name: 'No List', default: true, ui: 99, semiHidden: true, qFormat: false },
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="${lang}" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${after}" w:line="${line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/><w:lsdException w:name="heading 2" w:semiHidden="1" w:uiPriority="9" w:unhideWhenUsed="1" w:qFormat="1"/></w:latentStyles>` +
    [...base, ...defs].map(one).join('') + '</w:styles>';
}
