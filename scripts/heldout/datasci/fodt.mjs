// lores: a research-style CV typed in LibreOffice Writer (flat ODT written here, exported to PDF by soffice).
// Lays out the plan's strings only.
import { esc } from './lib.mjs';

const NS = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/"';

const TAB = '<style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>';
const pstyle = (name, text, para = '', parent = 'Standard') => `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${parent}"><style:paragraph-properties ${para}</style:paragraph-properties><style:text-properties ${text}/></style:style>`;
const listLevel = (inner) => `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${inner}" fo:text-indent="-0.45cm" fo:margin-left="${inner}"/></style:list-level-properties>`;

const STYLES = `<office:font-face-decls>
<style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" style:font-family-generic="roman"/>
<style:font-face style:name="Carlito" svg:font-family="Carlito" style:font-family-generic="swiss"/>
</office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
${pstyle('Name', 'style:font-name="Liberation Serif" fo:font-size="22pt" fo:font-variant="small-caps" fo:letter-spacing="0.04cm"', 'fo:text-align="center" fo:margin-bottom="0.05cm">')}
${pstyle('Label', 'fo:font-size="11.5pt" fo:font-style="italic" fo:color="#5a1e1e"', 'fo:text-align="center" fo:margin-bottom="0.1cm">')}
${pstyle('Contact', 'style:font-name="Carlito" fo:font-size="9.5pt"', 'fo:text-align="center" fo:line-height="125%">')}
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text"><style:paragraph-properties fo:margin-top="0.42cm" fo:margin-bottom="0.12cm" fo:border-bottom="0.5pt solid #5a1e1e" fo:padding-bottom="0.04cm" fo:keep-with-next="always"/><style:text-properties style:font-name="Carlito" fo:font-size="12.5pt" fo:font-weight="bold" fo:color="#5a1e1e" fo:letter-spacing="0.02cm"/></style:style>
${pstyle('Entry', 'fo:font-weight="bold"', `fo:margin-top="0.16cm" fo:keep-with-next="always">${TAB}`)}
${pstyle('Sub', 'fo:font-style="italic"', `fo:keep-with-next="always">${TAB}`)}
${pstyle('Note', 'fo:font-size="9.8pt"', 'fo:margin-left="0cm">')}
${pstyle('Body', '', 'fo:text-align="justify" fo:line-height="118%">')}
${pstyle('ListP', '', 'fo:line-height="112%">')}
${pstyle('SkillP', '', 'fo:margin-bottom="0.05cm" fo:margin-left="2.8cm" fo:text-indent="-2.8cm">')}
${pstyle('Footer', 'style:font-name="Carlito" fo:font-size="8.5pt" fo:color="#777777"', 'fo:text-align="center">')}
<style:style style:name="Strong" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Emph" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="Plain" style:family="text"><style:text-properties fo:font-weight="normal" fo:font-style="normal"/></style:style>
<style:style style:name="Link" style:family="text"><style:text-properties fo:color="#1f4e79"/></style:style>
<text:list-style style:name="LDash"><text:list-level-style-bullet text:level="1" text:bullet-char="–">${listLevel('0.85cm')}</text:list-level-style-bullet></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-prefix="[" style:num-suffix="]" style:num-format="1">${listLevel('0.85cm')}</text:list-level-style-number></text:list-style>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.7cm" fo:margin-bottom="1.2cm" fo:margin-left="2cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>`;

const p = (style, inner) => `<text:p text:style-name="${style}">${inner}</text:p>`;
const span = (style, t) => `<text:span text:style-name="${style}">${t}</text:span>`;
const a = (href, t) => `<text:a xlink:type="simple" xlink:href="${esc(href)}">${span('Link', t)}</text:a>`;
const list = (style, items) => `<text:list text:style-name="${style}">${items.map((t) => `<text:list-item>${p('ListP', t)}</text:list-item>`).join('')}</text:list>`;

export function toFodt(m) {
  const body = [];
  body.push(p('Name', esc(m.name)));
  if (m.label) body.push(p('Label', esc(m.label)));
  const cs = m.contacts.map((c) => (c.href && c.kind !== 'email' && c.kind !== 'phone' ? a(c.href, esc(c.text)) : esc(c.text)));
  body.push(p('Contact', cs.slice(0, 3).join(' · ')));
  if (cs.length > 3) body.push(p('Contact', cs.slice(3).join(' · ')));
  for (const s of m.sections) {
    body.push(`<text:h text:style-name="Heading_20_1" text:outline-level="1">${esc(s.heading)}</text:h>`);
    if (s.type === 'summary') body.push(p('Body', esc(s.text)));
    else if (s.type === 'education') {
      for (const e of s.entries) {
        body.push(p('Entry', `${esc(e.inst)}<text:tab/>${span('Plain', esc(e.dates))}`));
        body.push(p('Sub', `${esc(e.degree)} in ${esc(e.area)}`));
        for (const x of [e.thesis, e.advisor, e.score]) if (x) body.push(p('Note', esc(x)));
      }
    } else if (s.type === 'work') {
      for (const e of s.entries) {
        body.push(p('Entry', `${esc(e.org)}${e.loc ? span('Plain', `, ${esc(e.loc)}`) : ''}<text:tab/>${span('Plain', esc(e.dates))}`));
        body.push(p('Sub', esc(e.title)));
        if (e.bullets.length) body.push(list('LDash', e.bullets.map(esc)));
      }
    } else if (s.type === 'projects') {
      for (const pr of s.entries) body.push(p('Entry', `${esc(pr.name)} ${span('Plain', `(${a(pr.href, esc(pr.url))})`)}`), p('Note', `${esc(pr.desc)}. ${esc(pr.stack.join(', '))}`));
    } else if (s.type === 'skills') {
      for (const g of s.groups) body.push(p('SkillP', `${span('Strong', `${esc(g.label)}:`)}<text:tab/>${g.items.map((it) => esc(it.name)).join(', ')}`));
    } else if (s.type === 'list' && s.id === 'langs') {
      body.push(p('Body', s.items.map(esc).join(' · ')));
    } else if (s.type === 'list') {
      const its = s.items.map((t, i) => (s.bold?.[i] ? esc(t).replace(esc(s.bold[i]), span('Strong', esc(s.bold[i]))) : esc(t)));
      body.push(list(s.numbered ? 'LNum' : 'LDash', its));
    }
  }
  const master = `<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer>${p('Footer', `${esc(m.name)} · Curriculum Vitae · <text:page-number text:select-page="current">1</text:page-number>`)}</style:footer></style:master-page></office:master-styles>`;
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document ${NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(m.name)} – CV</dc:title><meta:initial-creator>${esc(m.name)}</meta:initial-creator></office:meta>
${STYLES}
${master}
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}
