// LibreOffice design `redseal`: a trades-style resume typed in LibreOffice Writer (flat ODT) and exported to PDF.
// Upper-case name, ruled letter-spaced headings, "Tickets & Certifications" as a two-column table with check marks,
// employer + right-tab location over italic position + right-tab years, "Label: items" skill paragraphs.
import { xmlEsc as e } from './lib.mjs';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';

export function redseal(P, k, o = {}) {
  const A = o.color ?? '#b3261e';
  const font = o.font ?? 'Noto Sans';
  const tw = '18.1cm';
  const student = P.education[0].expected;
  const S = (t, st) => (st ? `<text:span text:style-name="${st}">${e(t)}</text:span>` : e(t));
  const Pp = (st, inner) => `<text:p text:style-name="${st}">${inner}</text:p>`;
  const list = (items) => `<text:list text:style-name="L1">${items.map((t) => `<text:list-item>${Pp('Bul', e(t))}</text:list-item>`).join('')}</text:list>`;
  const B = [];
  const H = (t) => B.push(Pp('Head', e(k.section(t))));

  B.push(Pp('Name', e(k.basic('name', P.name.toUpperCase()))));
  B.push(Pp('Trade', e(k.basic('label', P.label))));
  const ct = [e(k.basic('location', P.locationLong)), e(k.basic('phone', P.phone)), `<text:a xlink:type="simple" xlink:href="mailto:${e(P.email)}">${e(k.basic('email', P.email))}</text:a>`];
  if (P.linkedin && !o.noLinkedin) ct.push(`<text:a xlink:type="simple" xlink:href="https://${e(P.linkedin)}">${e(k.profile(P.linkedin))}</text:a>`);
  B.push(Pp('Contact', ct.join('  •  ')));
  if (P.status || P.availability) B.push(Pp('Status', e(P.status ?? P.availability)));

  H(student ? 'HIGHLIGHTS' : 'QUALIFICATIONS SUMMARY');
  B.push(list(k.other(student ? 'HIGHLIGHTS' : 'QUALIFICATIONS SUMMARY', P.quals)));

  if (P.certs.length) {
    const head = P.label.includes('Red Seal') ? 'TICKETS & CERTIFICATIONS' : 'CERTIFICATIONS';
    H(head);
    const cells = k.other(head, P.certs.map(([c, y]) => `${c} — ${y}`));
    let rows = '';
    for (let i = 0; i < cells.length; i += 2) {
      rows += `<table:table-row>${[cells[i], cells[i + 1]].map((c) => `<table:table-cell table:style-name="Cell" office:value-type="string">${Pp('CellP', c ? `${S('✓ ', 'Chk')}${e(c)}` : '')}</table:table-cell>`).join('')}</table:table-row>`;
    }
    B.push(`<table:table table:name="Tickets" table:style-name="Tbl"><table:table-column table:style-name="Col" table:number-columns-repeated="2"/>${rows}</table:table>`);
  }

  H('WORK HISTORY');
  for (const j of P.jobs) {
    const w = k.job(j, { style: 'YYYY', present: 'Present', term: 'season', max: o.max ?? 3 });
    B.push(Pp('Emp', `${S(w.name, 'B')}<text:tab/>${e(w.location)}`));
    B.push(Pp('Pos', `${S(w.position, 'I')}<text:tab/>${e(w.dates)}`));
    B.push(list(w.highlights));
  }
  H(P.label.includes('Electrician') ? 'TRADE SKILLS' : 'SKILLS');
  for (const [lab, items] of P.skills) B.push(Pp('Body', `${S(`${lab}: `, 'B')}${e(k.skills(items).join(', '))}`));

  H(student ? 'EDUCATION' : 'TRAINING & EDUCATION');
  for (const e0 of P.education) {
    const ed = k.edu(e0, { style: 'YYYY', present: 'Present', endOnly: !e0.start || e0.expected, noScore: true });
    const deg = `${ed.studyType}${ed.area ? `, ${ed.area}` : ''}`;
    B.push(Pp('Emp', `${S(deg, 'B')}<text:tab/>${e0.expected ? 'Expected ' : ''}${e(ed.dates)}`));
    B.push(Pp('Inst', `${e(ed.institution)}, ${e(ed.location)}`));
  }
  if (P.volunteer.length) {
    H('VOLUNTEER');
    for (const j of P.volunteer) {
      const w = k.job(j, { style: 'YYYY', present: 'Present', other: 'VOLUNTEER', max: 1 });
      B.push(Pp('Emp', `${S(w.position, 'B')}, ${e(w.name)}, ${e(w.location)}<text:tab/>${e(w.dates)}`));
      B.push(list(w.highlights));
    }
  }
  if (P.awards.length) {
    H('AWARDS');
    B.push(list(k.other('AWARDS', P.awards)));
  }
  if (o.references !== false) {
    H('REFERENCES');
    B.push(Pp('Body', 'Available on request.'));
  }

  const ps = (name, para, textp, inner = '') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties ${para}>${inner}</style:paragraph-properties><style:text-properties ${textp}/></style:style>`;
  const tab = `<style:tab-stops><style:tab-stop style:position="${tw}" style:type="right"/></style:tab-stops>`;
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${e(P.name)} Resume</dc:title><meta:initial-creator>${e(P.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="${font}" svg:font-family="'${font}'"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="${font}" fo:font-size="9.5pt" fo:language="en" fo:country="CA"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
${ps('Name', 'fo:text-align="center" fo:margin-bottom="0.05cm"', 'fo:font-size="22pt" fo:font-weight="bold" fo:letter-spacing="0.04cm" fo:color="#1a1a1a"')}
${ps('Trade', 'fo:text-align="center" fo:margin-bottom="0.12cm"', `fo:font-size="12pt" fo:color="${A}" fo:font-weight="bold"`)}
${ps('Contact', 'fo:text-align="center" fo:margin-bottom="0.05cm"', 'fo:font-size="9pt"')}
${ps('Status', 'fo:text-align="center" fo:margin-bottom="0.1cm"', 'fo:font-size="9pt" fo:font-style="italic" fo:color="#555555"')}
${ps('Head', 'fo:margin-top="0.3cm" fo:margin-bottom="0.13cm" fo:padding-top="0.06cm" fo:padding-bottom="0.04cm" fo:border-top="1.6pt solid #1a1a1a" fo:border-bottom="0.4pt solid #1a1a1a" fo:keep-with-next="always"', `fo:font-size="10.5pt" fo:font-weight="bold" fo:letter-spacing="0.025cm" fo:color="${A}"`)}
${ps('Emp', 'fo:margin-top="0.14cm" fo:keep-with-next="always"', '', tab)}
${ps('Pos', 'fo:margin-bottom="0.05cm" fo:keep-with-next="always"', 'fo:color="#333333"', tab)}
${ps('Inst', 'fo:margin-bottom="0.05cm"', 'fo:color="#333333"')}
${ps('Body', 'fo:margin-bottom="0.06cm"', '')}
${ps('Bul', 'fo:margin-bottom="0.02cm"', '')}
${ps('CellP', '', 'fo:font-size="9pt"')}
<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Chk" style:family="text"><style:text-properties fo:color="${A}" fo:font-weight="bold"/></style:style>
<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="▸"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.35cm" fo:margin-left="0.6cm"/></style:list-level-properties><style:text-properties fo:color="${A}"/></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="${tw}" table:align="left" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="Col" style:family="table-column"><style:table-column-properties style:column-width="9.05cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.06cm" fo:border="none" fo:background-color="#f5f2f0"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="1.75cm" fo:margin-right="1.75cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${B.join('\n')}
</office:text></office:body></office:document>
`;
  k.layout(1, `Resume typed in LibreOffice Writer (flat ODT → writer_pdf_Export; ${font} 9.5pt, US Letter): upper-case letter-spaced name (keyed as printed), bold coloured trade/label line, centred "postal address • phone • e-mail${P.linkedin && !o.noLinkedin ? ' • LinkedIn URL' : ''}" line and an italic status line (not keyed); headings in letter-spaced capitals between a thick top rule and a thin bottom rule; ▸ bullets; ${P.certs.length ? 'certifications as a shaded two-column table, each cell "✓ Name — Year"; ' : ''}WORK HISTORY entries as bold employer + right-tab location, then italic position + right-tab years ("2019 – Present", year-only keys${P.jobs.some((j) => j.term) ? '; work terms as "Summer 2024"' : ''}); skills as "Label: a, b" paragraphs; education "Credential, Area<tab>years" over "School, City"; ${o.references !== false ? 'a REFERENCES heading with "Available on request." (content not keyed).' : 'no references section.'}`);
  return { kind: 'fodt', data: fodt };
}
