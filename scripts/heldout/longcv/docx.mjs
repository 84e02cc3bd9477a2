// OOXML renderer (hand-written WordprocessingML, packaged with ../word-templates2/ooxml2.mjs): right tab stops for
// dates, two-level Word bullets (Symbol • / Courier "o"), a borderless competencies table, a page-2+ header with
// "Name<tab>Page PAGE of NUMPAGES" (first page has its own empty header: w:titlePg) and a footer on every page.
import { r, p, tbl, field } from '../word-templates/ooxml.mjs';
import { pack, sectPr, part } from '../word-templates2/ooxml2.mjs';

const runX = (rs, o = {}) => rs.map((x) => r(x.text, { b: x.b, i: x.i, ...o })).join('');

export function toDocx(plan, D) {
  const W = D.docx;
  const page = W.letter ? { w: 12240, h: 15840, top: 1080, bottom: 1080, left: 1080, right: 1080, header: 540, footer: 540 }
    : { w: 11906, h: 16838, top: 1080, bottom: 1080, left: 1080, right: 1080, header: 540, footer: 540 };
  const tw = page.w - page.left - page.right;
  const acc = W.accent ?? '1F3864';
  const xs = [];
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'name': xs.push(p(r(b.text, { b: true, sz: 22, color: acc }), { after: 0 })); break;
      case 'label': xs.push(p(r(b.text, { sz: 13 }), { after: 40 })); break;
      case 'contact': xs.push(p(r(b.parts.join(b.sep), { sz: 9.5 }), { after: 120, bottomBorder: { sz: 6, space: 4, color: acc } })); break;
      case 'h': xs.push(p(r(b.text, { b: true, sz: 12, color: acc }), { before: 200, after: 60, keepNext: true, bottomBorder: W.rule ? { sz: 4, space: 1, color: 'A6A6A6' } : undefined })); break;
      case 'p': xs.push(p(runX(b.runs), { after: 60, align: 'both' })); break;
      case 'row': {
        const emp = b.kind === 'employer';
        xs.push(p(runX(b.left, emp ? { sz: 11 } : {}) + (b.right.length ? r('\t') + runX(b.right) : ''),
          { tabs: [[tw, 'right']], before: emp ? 120 : 0, after: 20, keepNext: true }));
        break;
      }
      case 'gutter':
        xs.push(p(r(b.date + '\t', { sz: 9.5 }) + runX(b.runs), { tabs: [[1700, 'left']], ind: { left: 1700, hanging: 1700 }, before: 100, after: 20, keepNext: true }));
        break;
      case 'ul':
        for (const it of b.items) {
          xs.push(p(runX(it.runs), { numId: 1, ilvl: 0, after: 20, contextualSpacing: true, ind: D.entry === 'gutter' ? { left: 2060, hanging: 360 } : undefined }));
          for (const s of it.sub ?? []) xs.push(p(runX(s), { numId: 1, ilvl: 1, after: 20, contextualSpacing: true }));
        }
        break;
      case 'ol': for (const it of b.items) xs.push(p(runX(it), { numId: 2, ilvl: 0, after: 40 })); break;
      case 'lines': for (const it of b.items) xs.push(p(runX(it), { after: 20 })); break;
      case 'grid': {
        const n = b.cols, rows = [];
        for (let i = 0; i < b.items.length; i += n) rows.push(b.items.slice(i, i + n));
        const w = Math.floor(tw / n);
        xs.push(tbl(rows.map((row) => Array.from({ length: n }, (_, j) => ({ content: p(row[j] ? r('▪ ', { color: acc }) + r(row[j]) : '', { after: 20 }) }))), { widths: Array(n).fill(w), borders: false, cellLeft: 0 }));
        break;
      }
      case 'kv': for (const [l, v] of b.rows) xs.push(p(r(`${l}: `, { b: true }) + r(v), { after: 20 })); break;
      default: throw new Error(b.t);
    }
  }
  const name = plan.key.basics.name;
  const lvl = (i, fmt, text, font, left) => `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${left}" w:hanging="300"/></w:pPr>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:hint="default"/></w:rPr>` : ''}</w:lvl>`;
  const numbering = part('numbering',
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, 'bullet', '\uF0B7', 'Symbol', 360)}${lvl(1, 'bullet', 'o', 'Courier New', 720)}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>${lvl(0, 'decimal', '[%1]', null, 460)}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>');
  const font = W.font, sz = Math.round((W.size ?? 10.5) * 2);
  const styles = part('styles',
    `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}" w:cs="${font}"/><w:sz w:val="${sz}"/><w:szCs w:val="${sz}"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    `<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/></w:style>`);
  const hdr = p(r(name, { sz: 8.5, color: '595959' }) + r('\tPage ', { sz: 8.5, color: '595959' }) + field('PAGE', '2', { sz: 8.5, color: '595959' }) + r(' of ', { sz: 8.5, color: '595959' }) + field('NUMPAGES', '3', { sz: 8.5, color: '595959' }),
    { style: 'Header', tabs: [[tw, 'right']], bottomBorder: { sz: 4, space: 1, color: 'A6A6A6' } });
  const ftr = p(r(W.footer ?? '', { sz: 8, color: '7F7F7F' }), { style: 'Footer', align: 'center' });
  return pack({
    body: xs.join(''), styles, numbering,
    headers: [{ id: 'rId20', file: 'header1.xml', xml: p('', { style: 'Header' }) }, { id: 'rId21', file: 'header2.xml', xml: hdr }],
    footers: [{ id: 'rId22', file: 'footer1.xml', xml: ftr }, { id: 'rId23', file: 'footer2.xml', xml: ftr }],
    fonts: [font, 'Symbol', 'Courier New'],
    sect: sectPr({ page, headers: [['first', 'rId20'], ['default', 'rId21']], footers: [['default', 'rId22'], ['first', 'rId23']], titlePg: true }),
    title: `${name} – CV`, author: name, app: 'Microsoft Office Word',
  });
}
