// Designs 6 and 10: a DOCX written by LibreOffice (from a flat ODF text document), and DrawingML shapes:
// a wpg group band, a rotated text box holding the name, an anchored sidebar text box.
import { r, p } from '../word-templates/ooxml.mjs';
import { sectPr, group, anchoredBox } from './ooxml2.mjs';
import { ctx, flatSkills, degree, styleSheet, A4 } from './common.mjs';

const x = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ================================================================================================
// 6. libreoffice: the resume is written as a flat ODF text document (.fodt) and saved to DOCX by LibreOffice
//    Writer (soffice --convert-to docx:"MS Word 2007 XML"), so the DOCX has LibreOffice's own OOXML dialect.
export function libreoffice(P) {
  const c = ctx(P);
  const accent = '#8E3B46';
  const body = [];
  const para = (style, inner) => body.push(`<text:p text:style-name="${style}">${inner}</text:p>`);
  const span = (style, t) => `<text:span text:style-name="${style}">${x(t)}</text:span>`;
  const H = (t) => body.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${x(c.H(t))}</text:h>`);
  const list = (items) => body.push(`<text:list text:style-name="Dash">${items.map((t) => `<text:list-item><text:p text:style-name="ListText">${x(t)}</text:p></text:list-item>`).join('')}</text:list>`);
  para('Title', x(P.name));
  para('Subtitle', x(P.label));
  const site = P.website ?? `github.com/${P.github}`;
  para('Contact', `${x(P.location)}<text:s/>·<text:s/>${x(P.phone)}<text:s/>·<text:s/><text:a xlink:type="simple" xlink:href="mailto:${x(P.email)}">${x(P.email)}</text:a><text:s/>·<text:s/><text:a xlink:type="simple" xlink:href="https://${x(site)}">${x(site)}</text:a>`);
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location });
  if (P.website) c.key.basics.url = P.website; else c.key.basics.profiles = [site];
  H('About me');
  para('Body', x(P.summary));
  c.key.basics.summary = P.summary;
  H('Experience');
  for (const w of P.work) {
    para('Job', `${span('Bold', w.position)} · ${x(w.company)}<text:tab/>${x(c.range(w.start, w.end, { style: 'mon', present: 'now', season: w.season }))}`);
    para('Place', x(w.location));
    if (w.bullets.length) list(w.bullets);
    c.work(w, { style: 'mon' });
  }
  H('Education');
  for (const e of P.education) {
    para('Job', `${span('Bold', degree(e, ', '))} · ${x(e.institution)}<text:tab/>${x(c.range(e.start, e.end, { style: 'yyyy', sep: '–' }))}`);
    c.edu(e, { style: 'yyyy' });
  }
  H('Skills');
  body.push(`<table:table table:name="Skills" table:style-name="SkillTable"><table:table-column table:number-columns-repeated="${P.skills.length}"/><table:table-row>` +
    P.skills.map(([g, k]) => `<table:table-cell office:value-type="string"><text:p text:style-name="CellHead">${x(g)}</text:p>${k.map((s) => `<text:p text:style-name="Cell">${x(s)}</text:p>`).join('')}</table:table-cell>`).join('') + '</table:table-row></table:table>');
  c.skills(flatSkills(P));
  if (P.projects.length) {
    H('Side projects');
    for (const pr of P.projects) { para('Body', `${span('Bold', pr.name)} — ${x(pr.description)}`); c.project({ ...pr, keywords: undefined }); }
  }
  if (P.languages.length) {
    H('Languages');
    const langs = P.languages.map(([l, v]) => `${l} (${v})`);
    para('Body', x(langs.join(' · ')));
    c.other('Languages', langs);
  }
  const fodt = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${x(P.name)} – CV</dc:title><meta:initial-creator>${x(P.name)}</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss"/><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties style:font-name="Carlito" fo:font-size="10.5pt" fo:language="en" fo:country="CA"/></style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.15cm" fo:text-align="justify"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="26pt" fo:color="${accent}"/></style:style>
 <style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter"><style:paragraph-properties fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="13pt" fo:color="#555555" fo:letter-spacing="0.03cm"/></style:style>
 <style:style style:name="Contact" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.3cm" fo:border-bottom="0.5pt solid ${accent}" fo:padding-bottom="0.15cm"/><style:text-properties fo:font-size="9.5pt"/></style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.45cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="14pt" fo:color="${accent}" fo:font-style="italic"/></style:style>
 <style:style style:name="Job" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0cm" fo:keep-with-next="always"><style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties></style:style>
 <style:style style:name="Place" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm" fo:keep-with-next="always"/><style:text-properties fo:font-style="italic" fo:color="#666666"/></style:style>
 <style:style style:name="ListText" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0.05cm"/></style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" fo:color="${accent}"/></style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-bottom="0cm"/></style:style>
 <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <text:list-style style:name="Dash"><text:list-level-style-bullet text:level="1" text:bullet-char="–"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.6cm" fo:text-indent="-0.4cm" fo:margin-left="0.6cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:styles>
<office:automatic-styles>
 <style:style style:name="SkillTable" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21.59cm" fo:page-height="27.94cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
  c.key.layout = { columns: 1, notes: 'DOCX written by LibreOffice Writer from a flat ODF document: LibreOffice\'s OOXML dialect (its own style names, list numbering, table with fixed widths). Headings in a serif italic Heading 1; "Position · Company<tab>Mar 2022 – now"; en-dash bullets from a list style; skills as a 3-column table with a group label per cell.' };
  return {
    c, fodt, description: 'Resume authored as a flat ODF text document (.fodt: Heading 1 outline headings, a bullet list style with "–", tab-stop dates "Mar 2022 – now", text:a hyperlinks for e-mail and website, a 3-column skills table) and saved as DOCX by LibreOffice Writer 7.4 (`--convert-to docx:"MS Word 2007 XML"`), so the package is LibreOffice-produced OOXML (docProps/app.xml says LibreOffice).',
  };
}

// ================================================================================================
// 10. groupShapes: a wpg:wgp group (colour band rectangle + two text boxes: title and contact line) with a VML
//     group fallback, the NAME in a rotated vertical text box along the left edge, and an anchored sidebar text
//     box on the right with skills and languages. Each shape's text is stored twice (Choice + Fallback).
export function groupShapes(P) {
  const c = ctx(P);
  const page = { ...A4, top: 2300, bottom: 1000, left: 1500, right: 4100 };
  const EMU = 635; // per twip
  const pageW = page.w * EMU;
  const accent = '0E4D64';
  const styles = styleSheet({ font: 'Calibri', size: 10.5, after: 60, line: 259 });
  const wp = (runs, o = {}) => p(runs, { after: 40, ...o });
  Object.assign(c.key.basics, { name: P.name, label: P.label, email: P.email, phone: P.phone, location: P.location, profiles: [`github.com/${P.github}`] });
  const band = group([
    { x: 0, y: 0, cx: pageW, cy: 1100000, fill: accent },
    { x: 1500 * EMU, y: 140000, cx: pageW - 2000 * EMU, cy: 450000, paragraphs: [wp(r(P.label, { sz: 20, b: true, color: 'FFFFFF' }))] },
    { x: 1500 * EMU, y: 600000, cx: pageW - 2000 * EMU, cy: 380000, paragraphs: [wp(r(`${P.email}   |   ${P.phone}   |   ${P.location}`, { sz: 10, color: 'DDEEF3' }))] },
  ], { cx: pageW, cy: 1100000, x: 0, y: 0, behind: true });
  // Rotated name: a tall box whose text runs bottom-to-top (vert270) along the left page edge.
  const nameBox = anchoredBox([wp(r(P.name, { sz: 24, b: true, color: accent }), { align: 'center' })], { x: 180000, y: 1500000, cx: 640000, cy: 6400000, vert: 'vert270', anchor: 'ctr' });
  const SH = (t) => wp(r(c.H(t.toUpperCase()), { b: true, sz: 10, color: accent, spacing: 30 }), { before: 200, after: 60 });
  const side = [SH('Contact'), wp(r(`github.com/${P.github}`, { sz: 9.5 })), wp(r(`linkedin.com/in/${P.linkedin}`, { sz: 9.5 })), SH('Skills')];
  for (const [g, k] of P.skills) side.push(wp(r(g, { b: true, sz: 9.5 }), { after: 0 }), wp(r(k.join(', '), { sz: 9.5 }), { after: 80 }));
  if (P.languages.length) { side.push(SH('Languages')); for (const [l, v] of P.languages) side.push(wp(r(`${l}: ${v}`, { sz: 9.5 }), { after: 20 })); }
  const sideSections = c.key.sections.splice(0);
  c.key.basics.profiles.push(`linkedin.com/in/${P.linkedin}`);
  const sidebar = anchoredBox(side, { x: pageW - 3700 * EMU, y: 1350000, cx: 3400 * EMU, cy: 7200000, fill: 'EEF4F6' });
  const H = (t) => p(r(c.H(t.toUpperCase()), { b: true, sz: 12, color: accent, spacing: 20 }), { before: 220, after: 80, keepNext: true, bottomBorder: { sz: 4, color: accent, space: 1 } });
  const b = [];
  b.push(p([band, nameBox, sidebar], { after: 0 }));
  b.push(H('Profile'));
  b.push(p(r(P.summary)));
  c.key.basics.summary = P.summary;
  b.push(H('Experience'));
  for (const w of P.work) {
    b.push(p([r(w.position, { b: true }), r(` · ${w.company}`)], { before: 120, after: 0, keepNext: true }));
    b.push(p(r(`${c.range(w.start, w.end, { style: 'mon', season: w.season })} · ${w.location}`, { sz: 9.5, color: '666666' }), { after: 40, keepNext: true }));
    for (const t of w.bullets) b.push(p(r(`• ${t}`), { ind: { left: 227, hanging: 227 }, after: 20 }));
    c.work(w, { style: 'mon' });
  }
  b.push(H('Education'));
  for (const e of P.education) {
    b.push(p(r(degree(e), { b: true }), { after: 0 }));
    b.push(p(r(`${e.institution} · ${c.range(e.start, e.end, { style: 'yyyy' })}`, { sz: 9.5, color: '666666' })));
    c.edu(e, { style: 'yyyy' });
  }
  if (P.projects.length) {
    b.push(H('Projects'));
    for (const pr of P.projects) { b.push(p([r(pr.name, { b: true }), r(` – ${pr.description}${pr.keywords ? ` (${pr.keywords.join(', ')})` : ''}`)])); c.project(pr); }
  }
  if (P.certs.length) {
    b.push(H('Certifications'));
    for (const x2 of P.certs) b.push(p(r(`${x2.name}, ${x2.year}`)));
    c.other('CERTIFICATIONS', P.certs.map((x2) => `${x2.name}, ${x2.year}`));
  }
  c.skills(flatSkills(P));
  if (P.languages.length) c.other('LANGUAGES', P.languages.map(([l, v]) => `${l}: ${v}`));
  c.key.sections.push(...sideSections);
  c.key.layout = { columns: 2, notes: 'Header band is a DrawingML group (wpg:wgp: rectangle + title box + contact box) with a VML group fallback; the name is in a separate text box rotated to run bottom-to-top (vert270) along the left edge; a shaded anchored text box on the right holds CONTACT (profiles), SKILLS and LANGUAGES. Every shape text is stored twice in the XML (mc:Choice and mc:Fallback) but printed once. Sections: main column first, then the sidebar.' };
  return {
    c, description: 'Designer layout made of floating shapes, all anchored in the first paragraph: a full-width colour band as a wpg:wgp group (rectangle + text box with the job title + text box with e-mail | phone | city) inside mc:AlternateContent with a v:group VML fallback; the candidate NAME only in a tall text box with vertical text (vert270, bottom-to-top) along the left edge; a shaded sidebar text box anchored to the page (profiles, skills by group, languages). Body text flows in the narrowed main column, typed "• " bullets.',
    pkg: { body: b.join(''), sect: sectPr({ page }), styles, fonts: ['Calibri'] },
  };
}
