// LibreOffice Writer designs, written as flat ODT (.fodt) and converted by soffice to PDF (writer_pdf_Export) or to
// DOCX ("MS Word 2007 XML"), so both files come from LibreOffice's own exporters. Each design uses Writer-native
// features: a page-anchored frame, header/footer with fields, outline numbering, dot-leader tab stops, a
// two-column section, paragraph borders and shading, tables.
import { xml as x, range, degree } from './lib.mjs';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';

function doc({ title, author, fonts, styles, auto, master, body, lang = 'en', country = 'US', font, size, lineHeight = '100%' }) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${x(title)}</dc:title><meta:initial-creator>${x(author)}</meta:initial-creator><dc:language>${lang}-${country}</dc:language></office:meta>
<office:font-face-decls>${fonts.map((f) => `<style:font-face style:name="${f}" svg:font-family="'${f}'"/>`).join('')}<style:font-face style:name="OpenSymbol" svg:font-family="OpenSymbol"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="${lineHeight}" fo:hyphenation-ladder-count="no-limit"/><style:text-properties style:font-name="${font}" fo:font-size="${size}pt" fo:language="${lang}" fo:country="${country}" fo:hyphenate="false"/></style:default-style>
 <style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Strong" style:display-name="Strong Emphasis" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="Internet_20_link" style:display-name="Internet Link" style:family="text"><style:text-properties fo:color="#1a4f8b" style:text-underline-style="none"/></style:style>
${styles}
</office:styles>
<office:automatic-styles>
${auto}
</office:automatic-styles>
<office:master-styles>${master}</office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
const p = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
const b = (s) => `<text:span text:style-name="Strong">${x(s)}</text:span>`;
const a = (href, s) => `<text:a xlink:type="simple" xlink:href="${x(href)}" text:style-name="Internet_20_link">${x(s)}</text:a>`;
const list = (style, items) => `<text:list text:style-name="${style}">${items.map((t) => `<text:list-item>${p('ListItem', x(t))}</text:list-item>`).join('')}</text:list>`;
const bulletStyle = (name, char, font, indent = 0.5) => `<text:list-style style:name="${name}"><text:list-level-style-bullet text:level="1" text:bullet-char="${char}"${font ? ` text:style-name="${name}Char"` : ''}><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${indent}cm" fo:text-indent="-0.35cm" fo:margin-left="${indent}cm"/></style:list-level-properties>${font ? `<style:text-properties style:font-name="${font}"/>` : ''}</text:list-level-style-bullet></text:list-style>`;
const pstyle = (name, { parent = 'Standard', para = '', text = '', tabs = '', extra = '' } = {}) =>
  `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"${extra}><style:paragraph-properties ${para}>${tabs ? `<style:tab-stops>${tabs}</style:tab-stops>` : ''}</style:paragraph-properties><style:text-properties ${text}/></style:style>`;
const jobKey = (K, job, r) => K.job({ name: job.company, position: job.title, location: job.location, startDate: r.startDate, endDate: r.endDate });

// ------------------------------------------------------------------------------------------------
// 5. lo-frame-sidebar: a page-anchored Writer frame (draw:frame + draw:text-box, tinted background) holds the
//    sidebar: contact lines, skills (one keyword per line under group labels), languages / certifications. The
//    main flow sits to its right (wide left page margin): large name, label, headings with a bottom paragraph
//    border, "Title<right tab>Jan 2020 - Present" / "Company · City", ▪ bullets from a list style.
export function loFrameSidebar(P, K) {
  const accent = '#2E5E4E';
  const o = { style: 'mon', sep: ' - ', present: 'Present' };
  const side = [];
  const sh = (t) => side.push(p('SideHead', x(K.sec(t))));
  K.set('name', P.name); K.set('label', P.label);
  sh('Contact');
  side.push(p('Side', x(K.set('email', P.email))), p('Side', x(K.set('phone', P.phone))), p('Side', x(K.set('location', P.location))));
  side.push(p('Side', a(`https://www.${P.linkedin}`, K.profile(P.linkedin))), p('Side', a(`https://${P.github}`, K.profile(P.github))));
  sh('Skills');
  for (const [g, items] of P.skills) {
    side.push(p('SideLabel', x(g)));
    for (const s of items) side.push(p('Side', x(K.skill(s))));
  }
  for (const [h, items] of P.other) {
    sh(h);
    K.other(h, items);
    for (const it of items) side.push(p('Side', x(it)));
  }
  const body = [];
  // The frame is anchored to the name paragraph but positioned relative to the page (left edge, top).
  const frame = `<draw:frame draw:style-name="frSide" draw:name="Sidebar" text:anchor-type="paragraph" svg:x="0.9cm" svg:y="1.2cm" svg:width="5.6cm" draw:z-index="0"><draw:text-box fo:min-height="25.4cm">${side.join('')}</draw:text-box></draw:frame>`;
  body.push(p('Name', frame + x(P.name)), p('Label', x(P.label)));
  const head = (t) => body.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${x(K.sec(t))}</text:h>`);
  head('Profile');
  body.push(p('Body', x(K.set('summary', P.summary))));
  head('Experience');
  for (const job of P.work) {
    const r = range(job, o);
    const w = jobKey(K, job, r);
    body.push(p('JobTitle', `${x(job.title)}<text:tab/>${x(r.text)}`), p('JobOrg', `${x(job.company)} · ${x(job.location)}`));
    body.push(list('Square', job.bullets.map((t) => { w.highlights.push(t); return t; })));
  }
  if (P.projects?.length) {
    head('Projects');
    for (const pr of P.projects) {
      K.project({ name: pr.name, description: pr.desc });
      body.push(p('Body', `${b(pr.name)} – ${x(pr.desc)}`));
    }
  }
  head('Education');
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    body.push(p('JobTitle', `${x(d.text)}<text:tab/>${x(r.text)}`), p('JobOrg', `${x(ed.school)} · ${x(ed.location)}${ed.score ? ` · ${/\d/.test(ed.score) ? 'GPA ' : ''}${x(ed.score)}` : ''}`));
  }
  const styles = [
    pstyle('Name', { para: 'fo:margin-bottom="0.05cm"', text: 'style:font-name="Lato" fo:font-size="24pt" fo:font-weight="bold" fo:color="#222222"' }),
    pstyle('Label', { para: 'fo:margin-bottom="0.3cm"', text: `fo:font-size="13pt" fo:color="${accent}"` }),
    pstyle('Heading_20_1', { extra: ' style:display-name="Heading 1" style:default-outline-level="1" style:class="text"', para: `fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:padding-bottom="0.05cm" fo:border-bottom="0.6pt solid ${accent}" fo:keep-with-next="always"`, text: `fo:font-size="12pt" fo:font-weight="bold" fo:color="${accent}" fo:letter-spacing="0.03cm"` }),
    pstyle('Body', { para: 'fo:margin-bottom="0.1cm" fo:text-align="justify"' }),
    pstyle('JobTitle', { para: 'fo:margin-top="0.2cm" fo:keep-with-next="always"', text: 'fo:font-weight="bold"', tabs: '<style:tab-stop style:position="12.5cm" style:type="right"/>' }),
    pstyle('JobOrg', { para: 'fo:margin-bottom="0.05cm" fo:keep-with-next="always"', text: 'fo:font-style="italic" fo:color="#555555"' }),
    pstyle('ListItem', { para: 'fo:margin-bottom="0.04cm"' }),
    pstyle('SideHead', { para: 'fo:margin-top="0.45cm" fo:margin-bottom="0.12cm"', text: `fo:font-size="10.5pt" fo:font-weight="bold" fo:color="${accent}" fo:letter-spacing="0.05cm"` }),
    pstyle('SideLabel', { para: 'fo:margin-top="0.12cm"', text: 'fo:font-size="9pt" fo:font-weight="bold"' }),
    pstyle('Side', { para: 'fo:margin-bottom="0.03cm"', text: 'fo:font-size="9pt"' }),
    bulletStyle('Square', '▪', 'OpenSymbol'),
  ].join('\n');
  const auto = `<style:style style:name="frSide" style:family="graphic" style:parent-style-name="Frame"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page" fo:background-color="#E9F0EC" fo:padding="0.35cm" fo:border="none"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.4cm" fo:margin-bottom="1.4cm" fo:margin-left="7.2cm" fo:margin-right="1.6cm"/></style:page-layout>`;
  return {
    fodt: doc({ title: `${P.name} – Resume`, author: P.name, fonts: ['Lato'], font: 'Lato', size: 10, styles, auto, master: '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>', body }),
    columns: 2,
    engine: 'LibreOffice Writer 7.4 from a generated flat ODT (.fodt)',
    notes: 'Two columns: a page-anchored Writer frame (tinted, left 5.6 cm) is the sidebar with Contact (e-mail, phone, location, linked LinkedIn and GitHub handles), Skills (bold group labels, then one keyword per line; a long e-mail address or handle wraps inside the 5.6 cm frame) and the other sections (languages, certifications); the main flow to its right has the large bold name, coloured label, headings with a bottom paragraph border, "Title<right tab>Jan 2020 - Present" (spaced hyphen), italic "Company · City" and ▪ bullets (OpenSymbol list style). Education as "Degree in Area<tab>dates" / "School · City · score". In the DOCX the frame becomes a text box anchored to the first paragraph, so its text sits in a separate drawing object; in the PDF it is drawn before the body text. Lato 10 pt, US Letter.',
    description: 'a LibreOffice Writer document (flat ODT) with a page-anchored frame as the sidebar',
  };
}

// ------------------------------------------------------------------------------------------------
// 6. lo-header-columns: the name and contact line live in the PAGE HEADER (repeated on every page), the footer
//    has "Name – Curriculum Vitae<tab>Page N of M" fields, headings are numbered by the outline style with
//    Roman numerals ("I. Profile"), roles are "Title, Company<dot leader>03/2019 – today" with a right tab
//    stop with a dotted leader, bullets are › from a list style, and Skills is a two-column Writer section.
export function loHeaderColumns(P, K) {
  const accent = '#7A2E2E';
  const o = { style: 'mm/yyyy', sep: ' – ', present: 'today' };
  const hdr = [
    p('HName', `${x(K.set('name', P.name))}<text:tab/><text:span text:style-name="HLabel">${x(K.set('label', P.label))}</text:span>`),
    p('HContact', [x(K.set('email', P.email)), x(K.set('phone', P.phone)), x(K.set('location', P.location)), a(`https://${P.linkedin}`, K.profile(P.linkedin)), a(`https://${P.github}`, 'GitHub')].join('  |  ')),
  ];
  const ftr = [p('Footer', `${x(P.name)} – Curriculum Vitae<text:tab/>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>1</text:page-count>`)];
  const body = [];
  const head = (t) => body.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${x(K.sec(t))}</text:h>`);
  head('Profile');
  body.push(p('Body', x(K.set('summary', P.summary))));
  head('Professional Experience');
  for (const job of P.work) {
    const r = range(job, o);
    const w = jobKey(K, job, r);
    body.push(p('Entry', `${b(job.title)}, ${x(job.company)}<text:tab/>${x(r.text)}`), p('Where', x(job.location)));
    body.push(list('Guillemet', job.bullets.map((t) => { w.highlights.push(t); return t; })));
  }
  if (P.projects?.length) {
    head('Selected Projects');
    for (const pr of P.projects) {
      K.project({ name: pr.name, description: pr.desc });
      body.push(p('Body', `${b(pr.name)}: ${x(pr.desc)}`));
    }
  }
  head('Education');
  for (const ed of P.education) {
    const r = range(ed, o);
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score, location: ed.location });
    body.push(p('Entry', `${b(d.text)}, ${x(ed.school)}<text:tab/>${x(r.text)}`), p('Where', `${x(ed.location)}${ed.score ? ` — ${/\d/.test(ed.score) ? 'GPA ' : ''}${x(ed.score)}` : ''}`));
  }
  head('Skills');
  const sk = P.skills.map(([g, items]) => p('SkillRow', `${b(`${g}:`)} ${x(items.map((s) => K.skill(s)).join(', '))}`));
  body.push(`<text:section text:style-name="Sect2" text:name="SkillColumns">${sk.join('')}</text:section>`);
  for (const [h, items] of P.other) {
    head(h);
    K.other(h, items);
    body.push(list('Guillemet', items));
  }
  const styles = [
    pstyle('Header', { para: '', text: '' }),
    '<style:style style:name="HLabel" style:family="text"><style:text-properties fo:font-size="11pt" fo:font-weight="normal" fo:font-style="italic" fo:color="#444444"/></style:style>',
    pstyle('HName', { parent: 'Header', text: `style:font-name="Linux Libertine O" fo:font-size="20pt" fo:font-weight="bold" fo:color="${accent}"`, tabs: '<style:tab-stop style:position="17.4cm" style:type="right"/>' }),
    pstyle('HContact', { parent: 'Header', para: `fo:margin-top="0.1cm" fo:padding-bottom="0.12cm" fo:border-bottom="1pt solid ${accent}"`, text: 'fo:font-size="9pt"' }),
    pstyle('Footer', { text: 'fo:font-size="8pt" fo:color="#777777"', tabs: '<style:tab-stop style:position="17.4cm" style:type="right"/>' }),
    pstyle('Heading_20_1', { extra: ' style:display-name="Heading 1" style:default-outline-level="1" style:class="text"', para: 'fo:margin-top="0.6cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"', text: `style:font-name="Linux Libertine O" fo:font-size="13.5pt" fo:font-weight="bold" fo:color="${accent}"` }),
    pstyle('Body', { para: 'fo:margin-bottom="0.1cm" fo:text-align="justify"' }),
    pstyle('Entry', { para: 'fo:margin-top="0.3cm" fo:keep-with-next="always"', tabs: '<style:tab-stop style:position="17.4cm" style:type="right" style:leader-style="dotted" style:leader-text="."/>' }),
    pstyle('Where', { para: 'fo:margin-bottom="0.04cm" fo:keep-with-next="always"', text: 'fo:font-style="italic" fo:font-size="9.5pt" fo:color="#555555"' }),
    pstyle('ListItem', { para: 'fo:margin-bottom="0.03cm"' }),
    pstyle('SkillRow', { para: 'fo:margin-bottom="0.1cm" fo:margin-left="0.4cm" fo:text-indent="-0.4cm"' }),
    bulletStyle('Guillemet', '›', null, 0.55),
    `<text:outline-style style:name="Outline"><text:outline-level-style text:level="1" style:num-format="I" style:num-suffix="."><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.9cm" fo:text-indent="-0.9cm" fo:margin-left="0.9cm"/></style:list-level-properties></text:outline-level-style></text:outline-style>`,
  ].join('\n');
  const auto = `<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false"><style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="1.1cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/><style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>`;
  const master = `<style:master-page style:name="Standard" style:page-layout-name="pm1"><style:header>${hdr.join('')}</style:header><style:footer>${ftr.join('')}</style:footer></style:master-page>`;
  return {
    fodt: doc({ title: `${P.name} – Curriculum Vitae`, author: P.name, fonts: ['Linux Libertine O', 'Linux Biolinum O'], font: 'Linux Biolinum O', size: 11.5, lineHeight: '128%', styles, auto, master, body, country: 'GB' }),
    engine: 'LibreOffice Writer 7.4 from a generated flat ODT (.fodt)',
    notes: 'The name (with the label right-aligned on the same line) and the contact line "e-mail | phone | location | linkedin.com/in/… | GitHub" are in the PAGE HEADER, not the body; GitHub is only a hyperlinked word (its handle is not printed). In the DOCX they live in header1.xml. The footer carries "Name – Curriculum Vitae<tab>Page 1 of 1" page-number/page-count fields. Headings are Heading 1 with Writer outline numbering in Roman numerals, so the text layer reads "I. Profile", "II. Professional Experience". Entries are "Title, Company<dotted leader tab>03/2019 – today", then the city in italics, then › bullets from a list style. Education "Degree in Area, School<leader>dates". Skills are a two-column Writer section (balanced columns) of "Label: list" rows. Linux Biolinum 11.5 pt body, Linux Libertine headings, A4; a longer resume runs to a second page, where the header (name and contacts) repeats.',
    description: 'a LibreOffice Writer document (flat ODT) with the name and contacts in the page header, Roman-numeral outline numbering, dot-leader tab stops and a two-column section',
  };
}

// ------------------------------------------------------------------------------------------------
// 7. lo-table-grid: a table-built resume. A borderless 2-cell header table (name + label left; contact stack
//    right-aligned, with full https:// URLs), shaded heading bands with letter-spaced capitals, experience as a
//    2-column table (dates "April 2019 – Present" in the narrow left cell; title, company, city and • bullets in
//    the right cell), education as a ruled grid with a header row (Qualification | Institution | Dates | Result),
//    skills as a 2-column table of label / list.
export function loTableGrid(P, K) {
  const accent = '#24466B';
  const o = { style: 'month', sep: ' – ', present: 'Present' };
  const body = [];
  const cell = (style, inner) => `<table:table-cell table:style-name="${style}" office:value-type="string">${inner}</table:table-cell>`;
  const tableOf = (name, cols, rows, header) => `<table:table table:name="${name}" table:style-name="${name}">${cols.map((c, n) => `<table:table-column table:style-name="${name}.${String.fromCharCode(65 + n)}"/>`).join('')}${header ? `<table:table-header-rows><table:table-row>${header}</table:table-row></table:table-header-rows>` : ''}${rows.map((r) => `<table:table-row>${r}</table:table-row>`).join('')}</table:table>`;
  const colStyles = (name, widths) => `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${widths.reduce((s, w) => s + w, 0)}cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/></style:style>` +
    widths.map((w, n) => `<style:style style:name="${name}.${String.fromCharCode(65 + n)}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join('');
  // header table
  const left = p('Name', x(K.set('name', P.name))) + p('Label', x(K.set('label', P.label)));
  const contacts = [x(K.set('email', P.email)), x(K.set('phone', P.phone)), x(K.set('location', P.location)), a(`https://${P.linkedin}`, K.profile(`https://${P.linkedin}`)), a(`https://${P.site}`, K.set('url', `https://${P.site}`))];
  body.push(tableOf('THead', [1, 2], [cell('CellPlain', left) + cell('CellPlain', contacts.map((c) => p('ContactR', c)).join(''))]));
  const head = (t) => body.push(p('Band', x(K.sec(t))));
  head('PROFILE');
  body.push(p('Body', x(K.set('summary', P.summary))));
  head('WORK EXPERIENCE');
  const rows = [];
  for (const job of P.work) {
    const r = range(job, o);
    const w = jobKey(K, job, r);
    const right = p('CellTitle', x(job.title)) + p('CellOrg', `${x(job.company)}, ${x(job.location)}`) + list('Dot', job.bullets.map((t) => { w.highlights.push(t); return t; }));
    rows.push(cell('CellTop', p('CellDate', x(r.text))) + cell('CellTop', right));
  }
  body.push(tableOf('TWork', [1, 2], rows));
  if (P.projects?.length) {
    head('PROJECTS');
    body.push(tableOf('TProj', [1, 2], P.projects.map((pr) => {
      K.project({ name: pr.name, description: pr.desc });
      return cell('CellTop', p('CellTitle', x(pr.name))) + cell('CellTop', p('Cell', x(pr.desc)));
    })));
  }
  head('EDUCATION');
  const hasScore = P.education.some((e) => e.score);
  const hdrCells = ['Qualification', 'Institution', 'Dates', ...(hasScore ? ['Result'] : [])].map((t) => cell('CellGridHead', p('CellHead', x(t)))).join('');
  body.push(tableOf(hasScore ? 'TEdu4' : 'TEdu3', hasScore ? [1, 2, 3, 4] : [1, 2, 3], P.education.map((ed) => {
    const r = range(ed, { style: 'yyyy', sep: ' – ', present: 'Present' });
    const d = degree(ed);
    K.edu({ institution: ed.school, studyType: d.studyType, area: d.area, startDate: r.startDate, endDate: r.endDate, score: ed.score });
    return [d.text, ed.school, r.text, ...(hasScore ? [ed.score ?? ''] : [])].map((t) => cell('CellGrid', p('Cell', x(t)))).join('');
  }), hdrCells));
  head('SKILLS');
  body.push(tableOf('TSkill', [1, 2], P.skills.map(([g, items]) => cell('CellPlain', p('CellTitle', x(g))) + cell('CellPlain', p('Cell', x(items.map((s) => K.skill(s)).join(', ')))))));
  for (const [h, items] of P.other) {
    head(h.toUpperCase());
    K.other(h.toUpperCase(), items);
    body.push(list('Dot', items));
  }
  const styles = [
    pstyle('Name', { text: `style:font-name="Inter" fo:font-size="22pt" fo:font-weight="bold" fo:color="${accent}"` }),
    pstyle('Label', { para: 'fo:margin-top="0.1cm"', text: 'fo:font-size="12pt" fo:color="#555555"' }),
    pstyle('ContactR', { para: 'fo:text-align="end"', text: 'fo:font-size="9pt"' }),
    pstyle('Band', { para: `fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:padding="0.07cm" fo:background-color="${accent}" fo:keep-with-next="always"`, text: 'fo:font-size="10pt" fo:font-weight="bold" fo:color="#ffffff" fo:letter-spacing="0.08cm"' }),
    pstyle('Body', { para: 'fo:margin-bottom="0.1cm" fo:text-align="justify"' }),
    pstyle('Cell', { text: '' }),
    pstyle('CellDate', { text: 'fo:font-size="9pt" fo:color="#555555"' }),
    pstyle('CellTitle', { text: 'fo:font-weight="bold"' }),
    pstyle('CellOrg', { para: 'fo:margin-bottom="0.05cm"', text: `fo:font-style="italic" fo:color="${accent}"` }),
    pstyle('CellHead', { text: 'fo:font-weight="bold" fo:font-size="9pt"' }),
    pstyle('ListItem', { para: 'fo:margin-bottom="0.03cm"' }),
    bulletStyle('Dot', '•', null, 0.45),
  ].join('\n');
  const cellStyle = (name, props) => `<style:style style:name="${name}" style:family="table-cell"><style:table-cell-properties ${props}/></style:style>`;
  const auto = [
    colStyles('THead', [9.2, 8.2]), colStyles('TWork', [3.6, 13.8]), colStyles('TProj', [3.6, 13.8]), colStyles('TEdu4', [5.6, 6.2, 2.6, 3.0]), colStyles('TEdu3', [6.4, 7.4, 3.6]), colStyles('TSkill', [3.6, 13.8]),
    cellStyle('CellPlain', 'fo:padding="0.05cm" fo:border="none" style:vertical-align="top"'),
    cellStyle('CellTop', 'fo:padding-top="0.12cm" fo:padding-bottom="0.12cm" fo:padding-left="0.05cm" fo:padding-right="0.1cm" fo:border="none" fo:border-bottom="0.5pt solid #c8d2dc" style:vertical-align="top"'),
    cellStyle('CellGrid', 'fo:padding="0.08cm" fo:border="0.5pt solid #8a9bb0"'),
    cellStyle('CellGridHead', 'fo:padding="0.08cm" fo:border="0.5pt solid #8a9bb0" fo:background-color="#e3e9f0"'),
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.3cm" fo:margin-bottom="1.3cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/></style:page-layout>',
  ].join('\n');
  return {
    fodt: doc({ title: `${P.name} CV`, author: P.name, fonts: ['Inter', 'Carlito'], font: 'Carlito', size: 10.5, styles, auto, master: '<style:master-page style:name="Standard" style:page-layout-name="pm1"/>', body, country: 'GB' }),
    engine: 'LibreOffice Writer 7.4 from a generated flat ODT (.fodt)',
    notes: 'Built from Writer tables. Header: a borderless two-cell table, name (Inter, bold) and label on the left, a right-aligned stack of e-mail, phone, location, https://linkedin.com/in/… URL and https:// website on the right. Headings are white letter-spaced capitals on a shaded paragraph band (paragraph background). Work experience is a two-column table: dates "April 2019 – Present" in a narrow left cell (they wrap to two lines), and in the right cell the bold title, italic "Company, City" and • bullets. Education is a ruled grid with a header row "Qualification | Institution | Dates | Result" and year-only dates. Skills are a borderless label / comma-list table. Other sections (languages, certifications, patents) are • lists. Carlito 10.5 pt, A4.',
    description: 'a LibreOffice Writer document (flat ODT) laid out with tables: header table, shaded heading bands, a date-column experience table and a ruled education grid',
  };
}
