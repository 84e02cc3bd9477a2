// Flat ODT (LibreOffice Writer XML) renderer for the lo-fodt design; gen.mjs converts it to PDF or DOCX with
// LibreOffice. Grey shaded heading paragraphs, right tab stops for dates, LibreOffice list numbering "1." for
// publications, a bordered 3-column keyword table for skills, and a centred page-number footer.
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const span = (t, st) => (st ? `<text:span text:style-name="${st}">${esc(t)}</text:span>` : esc(t));
const runs = (rs, base) => rs.map((r) => {
  const st = r.b && r.i ? 'BI' : r.b ? 'B' : r.i ? 'I' : base;
  const inner = span(r.text, st);
  return r.href ? `<text:a xlink:type="simple" xlink:href="${esc(r.href)}">${inner}</text:a>` : inner;
}).join('');
const P = (style, content) => `<text:p text:style-name="${style}">${content}</text:p>`;

export function toFodt(plan) {
  const body = [];
  for (const b of plan.blocks) {
    switch (b.t) {
      case 'header':
        body.push(P('Name', esc(b.name)));
        if (b.label) body.push(P('Label', esc(b.label)));
        for (const l of b.lines) body.push(P('Contact', l.map((it) => `${it.pre ? esc(it.pre) : ''}${it.href ? `<text:a xlink:type="simple" xlink:href="${esc(it.href)}">${esc(it.text)}</text:a>` : esc(it.text)}`).join(' | ')));
        break;
      case 'h': body.push(P('SectionHead', esc(b.text))); break;
      case 'sub': body.push(P('Sub', esc(b.text))); break;
      case 'p': body.push(P('Body', runs(b.runs))); break;
      case 'entry':
        b.rows.forEach((row, i) => body.push(P(i === 0 ? 'RowFirst' : 'Row', runs(row.l) + (row.r ? `<text:tab/>${esc(row.r)}` : ''))));
        for (const n of b.notes) body.push(P('Note', runs(n)));
        if (b.bullets.length) body.push(`<text:list text:style-name="LBullet">${b.bullets.map((x) => `<text:list-item>${P('ListText', runs(x))}</text:list-item>`).join('')}</text:list>`);
        break;
      case 'pubs':
        body.push(`<text:list text:style-name="${b.numbered ? 'LNumber' : 'LBullet'}">${b.items.map((it) => `<text:list-item>${P('PubText', runs(it.runs))}</text:list-item>`).join('')}</text:list>`);
        break;
      case 'lines':
        if (b.bullet) body.push(`<text:list text:style-name="LBullet">${b.items.map((x) => `<text:list-item>${P('ListText', runs(x.l))}</text:list-item>`).join('')}</text:list>`);
        else for (const x of b.items) body.push(P('Line', runs(x.l) + (x.r ? `<text:tab/>${esc(x.r)}` : '')));
        break;
      case 'skills': {
        const all = b.rows.flatMap((r) => r.items);
        const rows = [];
        for (let i = 0; i < all.length; i += 3) rows.push(all.slice(i, i + 3));
        body.push(`<table:table table:name="Skills" table:style-name="TSk"><table:table-column table:style-name="TSkC" table:number-columns-repeated="3"/>${rows.map((r) => `<table:table-row>${[0, 1, 2].map((j) => `<table:table-cell table:style-name="TSkCell" office:value-type="string">${P('Cell', r[j] ? esc(r[j]) : '')}</table:table-cell>`).join('')}</table:table-row>`).join('')}</table:table>`);
        break;
      }
      default: throw new Error(b.t);
    }
  }
  const name = esc(plan.key.basics.name);
  const tab = '<style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>';
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${name} – CV</dc:title><meta:initial-creator>${name}</meta:initial-creator><meta:generator>LibreOffice/7.4</meta:generator></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="112%"/><style:text-properties style:font-name="Carlito" fo:font-size="10.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Name" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Label" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="12pt" fo:color="#404040"/></style:style>
<style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="SectionHead" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:background-color="#e4e8ee" fo:padding="0.06cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold" fo:color="#1f3864"/></style:style>
<style:style style:name="Sub" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic" fo:font-weight="bold"/></style:style>
<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify"/></style:style>
<style:style style:name="RowFirst" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.18cm" fo:keep-with-next="always">${tab}</style:paragraph-properties></style:style>
<style:style style:name="Row" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:keep-with-next="always">${tab}</style:paragraph-properties></style:style>
<style:style style:name="Line" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm">${tab}</style:paragraph-properties></style:style>
<style:style style:name="Note" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="0.5cm"/><style:text-properties fo:font-size="9.5pt" fo:color="#404040"/></style:style>
<style:style style:name="ListText" style:family="paragraph" style:parent-style-name="Standard"/>
<style:style style:name="PubText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.08cm"/></style:style>
<style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="8.5pt" fo:color="#808080"/></style:style>
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
<text:list-style style:name="LBullet"><text:list-level-style-bullet text:level="1" text:bullet-char="•"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.4cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNumber"><text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.7cm" fo:text-indent="-0.7cm" fo:margin-left="0.7cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
<style:style style:name="TSk" style:family="table"><style:table-properties style:width="17cm" table:align="left" fo:margin-top="0.05cm"/></style:style>
<style:style style:name="TSkC" style:family="table-column"><style:table-column-properties style:column-width="5.666cm"/></style:style>
<style:style style:name="TSkCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="0.5pt solid #bfbfbf"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer">${name} · <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document>
`;
}
