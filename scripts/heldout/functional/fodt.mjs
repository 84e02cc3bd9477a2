// LibreOffice design: a hand-written flat OpenDocument text (.fodt) converted to PDF by LibreOffice Writer, as a
// LibreOffice user would "Export as PDF". Written from scratch for this batch: name left with the label beside it,
// " ◆ " contact line, small-caps headings with a thick coloured LEFT border, skill-group sub-headings in bold accent
// colour with en-dash list bullets, one-line roles "Position — Company, City" with a dotted tab leader to the dates.

const xe = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

export function fodt(pl, D) {
  const A = D.accent ?? '#9c3d1c';
  const font = D.font ?? 'Carlito';
  const tw = '17.4cm';
  const span = (t, st) => (st ? `<text:span text:style-name="${st}">${xe(t)}</text:span>` : xe(t));
  const P = (st, inner) => `<text:p text:style-name="${st}">${inner}</text:p>`;
  const list = (items) => `<text:list text:style-name="L1">${items.map((t) => `<text:list-item>${P('Bul', xe(t))}</text:list-item>`).join('')}</text:list>`;
  const B = [];
  B.push(P('Name', `${span(pl.name)}${pl.label ? `<text:tab/>${span(pl.label, 'Lbl')}` : ''}`));
  B.push(P('Contact', pl.contacts.map((c) => (c.href && c.kind !== 'phone' ? `<text:a xlink:type="simple" xlink:href="${xe(c.href)}">${xe(c.text)}</text:a>` : xe(c.text))).join('  ◆  ')));
  for (const s of pl.sections) {
    B.push(P('Head', xe(s.heading)));
    if (s.kind === 'summary') B.push(P('Body', xe(s.text)));
    else if (s.kind === 'quals') B.push(list(s.items));
    else if (s.kind === 'groups') for (const g of s.groups) { B.push(P('Sub', xe(g.title))); B.push(list(g.bullets)); }
    else if (s.kind === 'skills') for (const row of s.rows) B.push(P('Body', `${span(`${row.label}: `, 'B')}${xe(row.items.join(' • '))}`));
    else if (s.kind === 'work') {
      s.roles.forEach((x, i) => {
        if (s.brk && s.brk.before === i) B.push(P('Row', `${span(s.brk.title, 'B')} — ${xe(s.brk.text)}<text:tab/>${xe(s.brk.dates)}`));
        B.push(P('Row', `${span(x.position, 'B')} — ${xe(x.name)}${x.location ? `, ${xe(x.location)}` : ''}<text:tab/>${xe(x.dates)}`));
        if (x.highlights.length) B.push(list(x.highlights));
      });
    } else if (s.kind === 'break') B.push(P('Row', `${xe(s.text)}<text:tab/>${xe(s.dates)}`));
    else if (s.kind === 'volunteer') for (const v of s.items) { B.push(P('Row', `${span(v.position, 'B')} — ${xe(v.name)}<text:tab/>${xe(v.dates)}`)); B.push(list(v.highlights)); }
    else if (s.kind === 'projects') {
      for (const x of s.items) {
        B.push(P('Row', `${span(x.name, 'B')} — ${span(x.stack.join(', '), 'I')}${x.dates ? `<text:tab/>${xe(x.dates)}` : ''}`));
        if (x.repo) B.push(P('Repo', `<text:a xlink:type="simple" xlink:href="https://${xe(x.repo)}">${xe(x.repo)}</text:a>`));
        B.push(list(x.highlights));
      }
    } else if (s.kind === 'education') {
      for (const e of s.items) B.push(P('Row', `${span(e.degree, 'B')} — ${xe(e.institution)}${e.location ? `, ${xe(e.location)}` : ''}${e.score ? `, GPA ${xe(e.score)}` : ''}<text:tab/>${xe(e.dates)}`));
      for (const c of s.certs) B.push(P('Row', `${span(c.name, 'B')} — ${xe(c.issuer)}<text:tab/>${xe(c.year)}`));
    } else if (s.kind === 'certs') for (const c of s.items) B.push(P('Row', `${span(c.name, 'B')} — ${xe(c.issuer)}<text:tab/>${xe(c.year)}`));
  }
  const pstyle = (name, para, textp, inner = '') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${para}>${inner}</style:paragraph-properties><style:text-properties ${textp}/></style:style>`;
  const tabs = (leader) => `<style:tab-stops><style:tab-stop style:position="${tw}" style:type="right"${leader ? ' style:leader-style="dotted" style:leader-text="."' : ''}/></style:tab-stops>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${xe(pl.name)} CV</dc:title><meta:initial-creator>${xe(pl.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="${font}"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="${font}" fo:font-size="10.5pt" fo:language="en" fo:country="US"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
${pstyle('Name', 'fo:margin-bottom="0.1cm"', 'fo:font-size="22pt" fo:font-weight="bold" fo:color="#222222"', tabs(false))}
${pstyle('Contact', 'fo:margin-bottom="0.3cm" fo:padding-bottom="0.15cm" fo:border-bottom="0.5pt solid #999999"', 'fo:font-size="9.5pt"')}
${pstyle('Head', `fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:border-left="0.14cm solid ${A}" fo:padding-left="0.2cm" fo:keep-with-next="always"`, `fo:font-variant="small-caps" fo:font-size="13pt" fo:font-weight="bold" fo:color="${A}" fo:letter-spacing="0.03cm"`)}
${pstyle('Sub', 'fo:margin-top="0.15cm" fo:margin-bottom="0.03cm" fo:keep-with-next="always"', `fo:font-weight="bold" fo:color="${A}"`)}
${pstyle('Body', 'fo:margin-bottom="0.08cm" fo:text-align="justify"', '')}
${pstyle('Bul', 'fo:margin-bottom="0.03cm"', '')}
${pstyle('Repo', 'fo:margin-bottom="0.03cm"', 'fo:font-size="9pt" fo:color="#555555"')}
<style:style style:name="Row" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.08cm" fo:margin-bottom="0.04cm">${tabs(true)}</style:paragraph-properties></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Lbl" style:family="text"><style:text-properties fo:font-size="13pt" fo:font-weight="normal" fo:color="${A}"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.35cm" fo:margin-left="0.7cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.4cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${B.join('\n')}
</office:text></office:body></office:document>
`;
}
