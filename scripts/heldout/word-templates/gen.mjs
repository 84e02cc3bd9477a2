#!/usr/bin/env node
// Held-out batch: Word-style resume templates.
//
//   node scripts/heldout/word-templates/gen.mjs OUT_DIR [case-substring]
//
// Writes OUT_DIR/<case>/{resume.docx | resume.pdf, expected.json, SOURCE.md}. Every DOCX is converted to PDF
// with LibreOffice (a check that it opens; the PDF is the case document for "-pdf" cases) and every key string
// is checked against the pdftotext text of that rendering (hyperlink targets against the document's rels).
// Needs: apt-get install libreoffice-writer poppler-utils. Outputs are never committed.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { strFromU8, unzipSync } from 'fflate';
import { docx } from './ooxml.mjs';
import { templates } from './templates.mjs';
import { personas } from './personas.mjs';

const out = process.argv[2];
const only = process.argv[3];
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }

// [case id, template, persona, format]
const CASES = [
  ['classic-rule-vikram', 'classic', 'vikram', 'docx'],
  ['classic-rule-vikram-pdf', 'classic', 'vikram', 'pdf'],
  ['sidebar-table-siobhan', 'sidebarTable', 'siobhan', 'docx'],
  ['sidebar-table-siobhan-pdf', 'sidebarTable', 'siobhan', 'pdf'],
  ['sidebar-table-tobias-pdf', 'sidebarTable', 'tobias', 'pdf'],
  ['header-textbox-tobias', 'headerTextbox', 'tobias', 'docx'],
  ['header-textbox-tobias-pdf', 'headerTextbox', 'tobias', 'pdf'],
  ['builtin-headings-kayla', 'builtinHeadings', 'kayla', 'docx'],
  ['builtin-headings-brian', 'builtinHeadings', 'brian', 'docx'],
  ['title-dates-cells-brian', 'titleDatesCells', 'brian', 'docx'],
  ['title-dates-cells-brian-pdf', 'titleDatesCells', 'brian', 'pdf'],
  ['bullet-glyphs-chloe', 'bulletGlyphs', 'chloe', 'docx'],
  ['skills-grid-kayla', 'skillsGrid', 'kayla', 'docx'],
  ['skills-grid-chloe-pdf', 'skillsGrid', 'chloe', 'pdf'],
  ['google-docs-brian', 'googleDocs', 'brian', 'docx'],
  ['google-docs-siobhan', 'googleDocs', 'siobhan', 'docx'],
  ['modern-band-tobias', 'modernBand', 'tobias', 'docx'],
  ['modern-band-tobias-pdf', 'modernBand', 'tobias', 'pdf'],
  ['dates-first-chloe', 'datesFirst', 'chloe', 'docx'],
  ['dates-first-kayla-pdf', 'datesFirst', 'kayla', 'pdf'],
  ['hyperlinks-vikram', 'hyperlinks', 'vikram', 'docx'],
  ['hyperlinks-tobias', 'hyperlinks', 'tobias', 'docx'],
  ['functional-siobhan', 'functional', 'siobhan', 'docx'],
  ['functional-siobhan-pdf', 'functional', 'siobhan', 'pdf'],
];

const PERSONA_DESC = {
  vikram: 'Vikram Anand Menon, senior Java engineer in Bengaluru, India (3 roles, 11 years)',
  siobhan: 'Siobhán Ní Bhraonáin, nurse turned junior full-stack developer in Galway, Ireland (4 roles incl. 2 nursing)',
  brian: 'Brian Otieno Odhiambo, Android engineering lead in Nairobi, Kenya (3 roles)',
  kayla: 'Kayla Brennan-Ortiz, data analyst in Columbus, Ohio, USA (3 roles; US Letter paper)',
  tobias: 'Tobias Schäfer-Weiß, platform engineer in München, Germany (umlauts/ß in name, employers, cities, universities)',
  chloe: 'Chloe Tan Wei Ling, computer science new graduate in Singapore (internships, projects, activities)',
};

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wordtpl-'));
const built = [];
for (const [id, tname, pid, fmt] of CASES) {
  if (only && !id.includes(only)) continue;
  const P = personas[pid];
  const t = templates[tname](P);
  const bytes = docx({ body: t.body, styles: t.styles, numbering: t.numbering, header: t.header, footer: t.footer, links: t.c.links, page: t.page, fonts: t.fonts, title: `${P.name} – Resume`, author: P.name, app: t.app });
  const src = path.join(tmp, `${id}.docx`);
  fs.writeFileSync(src, bytes);
  built.push({ id, tname, pid, fmt, t, src });
}

// Convert everything in one LibreOffice run (a timeout guards against hangs).
execFileSync('timeout', ['300', 'soffice', '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp, ...built.map((b) => b.src)], { stdio: 'ignore' });

const norm = (s) => String(s).normalize('NFKC').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();

function keyStrings(key) {
  const s = [];
  const b = key.basics;
  for (const k of ['name', 'label', 'email', 'phone', 'location', 'summary']) if (b[k]) s.push(b[k]);
  for (const w of key.work) { s.push(w.name, w.position); if (w.location) s.push(w.location); s.push(...(w.highlights ?? [])); }
  for (const e of key.education) { s.push(e.institution, e.studyType, e.area); if (e.location) s.push(e.location); if (e.score) s.push(e.score); }
  s.push(...key.skills, ...key.sections);
  for (const o of key.otherSections ?? []) { s.push(o.heading); for (const it of o.items) if (typeof it === 'string') s.push(it); else s.push(it.title, it.issuer, it.date); }
  for (const pr of key.projects ?? []) s.push(pr.name, ...pr.keywords, ...pr.highlights);
  return s;
}

let bad = 0;
for (const { id, tname, pid, fmt, t, src } of built) {
  const pdf = src.replace(/\.docx$/, '.pdf');
  if (!fs.existsSync(pdf)) { console.log(`${id}: LibreOffice did not convert the DOCX`); bad++; continue; }
  const pages = Number((execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/) ?? [])[1]);
  const text = norm(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
  const key = t.c.key;
  const pua = [...new Set(text.match(/[\uE000-\uF8FF]/g) ?? [])].map((ch) => 'U+' + ch.codePointAt(0).toString(16).toUpperCase());
  // For DOCX cases the document's own text (paragraphs of document.xml and header/footer parts) also counts.
  let docText = '';
  if (fmt === 'docx') {
    const z = unzipSync(fs.readFileSync(src));
    for (const part of ['word/header1.xml', 'word/document.xml', 'word/footer1.xml']) {
      if (!z[part]) continue;
      docText += strFromU8(z[part]).split('</w:p>').map((para) => [...para.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[1] != null ? m[1] : ' ')).join('')).join('\n');
    }
    docText = norm(docText.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
  }
  const dehyph = (s) => s.replace(/-/g, '');
  const notes = [];
  const found = (s) => {
    const n = norm(s);
    if (text.includes(n)) return true;
    if (fmt === 'docx' && docText.includes(n)) { notes.push(`${JSON.stringify(s)} is in the DOCX text but not verbatim in the PDF text layer`); return true; }
    if (dehyph(text).includes(dehyph(n))) { notes.push(`${JSON.stringify(s)} is broken at a hyphen at a line end (pdftotext joins it without the hyphen)`); return true; }
    return false;
  };
  const misses = [];
  const linkTargets = t.c.links.map((l) => l.url);
  for (const s of [...keyStrings(key), ...t.c.printed]) if (!found(s)) misses.push(s);
  for (const pr of key.basics.profiles ?? []) {
    if (found(pr)) continue;
    if (linkTargets.some((u) => u.includes(pr))) {
      // Not printed: must be a link target in the DOCX rels (and, for PDFs, a /URI annotation).
      const rels = strFromU8(unzipSync(fs.readFileSync(src))['word/_rels/document.xml.rels']);
      if (!rels.includes(pr)) misses.push(`link ${pr}`);
      if (fmt === 'pdf' && !fs.readFileSync(pdf).toString('latin1').includes(pr)) misses.push(`pdf link ${pr}`);
    } else misses.push(pr);
  }
  const dir = path.join(out, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (fmt === 'pdf') fs.copyFileSync(pdf, path.join(dir, 'resume.pdf'));
  else fs.copyFileSync(src, path.join(dir, 'resume.docx'));
  fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
  const source = [
    `# ${id}`,
    '',
    `Held-out case generated by \`scripts/heldout/word-templates/gen.mjs\` (template \`${tname}\` in \`templates.mjs\`, persona \`${pid}\` in \`personas.mjs\`).`,
    fmt === 'pdf'
      ? `Document: \`resume.pdf\`, the hand-written DOCX converted by LibreOffice ${'Writer'} (\`soffice --headless --convert-to pdf\`), ${pages} page(s).`
      : `Document: \`resume.docx\`, OOXML written by hand (document.xml, styles.xml, numbering.xml${t.header ? ', header1.xml' : ''}${t.footer ? ', footer1.xml' : ''}, rels, [Content_Types].xml); renders to ${pages} page(s) in LibreOffice.`,
    '',
    `**Template.** ${t.description}`,
    '',
    `**Persona.** ${PERSONA_DESC[pid]}. Invented: every name, employer, e-mail (example.com), handle and phone number is made up; universities are real institutions used only as names.`,
    '',
    `**Layout notes / quirks.** ${key.layout.notes}`,
    '',
    '**Key.** Built from the same persona data as the document and limited to what is printed (conventions of `shared/eval/parse/CASES.md`): dates at the printed granularity, `present` for the current role, skills are the printed keywords without group labels, `sections` are the headings in reading order, spoken languages / certifications / awards in `otherSections`.',
    '',
    `**Text check.** Every key string ${misses.length ? `except ${misses.map((m) => JSON.stringify(m)).join(', ')} ` : ''}was found in the pdftotext output of the LibreOffice rendering${linkTargets.some((u) => !u.startsWith('mailto:')) ? '; profile URLs that are only hyperlink targets were checked in the DOCX relationships' + (fmt === 'pdf' ? ' and PDF link annotations' : '') : ''}.`,
    ...(pua.length ? ['', `**Text layer.** pdftotext of the ${fmt === 'pdf' ? 'PDF' : 'LibreOffice rendering'} holds private-use bullet glyphs (${pua.join(', ')}: Symbol/Wingdings bullets), as Word exports do.`] : []),
    ...(notes.length ? ['', `**Text-layer notes.** ${[...new Set(notes)].join('; ')}.`] : []),
    '',
    'Licence: generated for this project; no third-party content. Never used for tuning or tests.',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), source);
  console.log(`${id.padEnd(30)} ${fmt} ${pages}p  ${misses.length ? 'MISSING: ' + misses.map((m) => JSON.stringify(m)).join(' ') : 'ok'}${notes.length ? '  notes: ' + [...new Set(notes)].join('; ') : ''}`);
  if (misses.length) bad++;
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`\n${built.length} cases written to ${out}${bad ? `, ${bad} with problems` : ''}`);
process.exitCode = bad ? 1 : 0;
