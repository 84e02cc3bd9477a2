#!/usr/bin/env node
// Generates the "freelance" held-out batch (freelancers, contractors, interim managers, consultants):
//   node scripts/heldout/freelance/gen.mjs /work/heldout/freelance [case-substring]
// Each case: OUT/<case>/resume.pdf or resume.docx, expected.json, SOURCE.md. External renderers run one after
// another under `timeout 120` with private profiles (/tmp/chr-freelance, /tmp/lo-freelance); temp files live in
// /tmp/freelance-*. Outputs are never committed and never used for tuning.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { Key, chromePdf, soffice, pdflatex, pageCount, toolVersion } from './lib.mjs';
import { docxTable, docxConsultancy, docxAgency } from './designs-docx.mjs';
import { htmlGutter, htmlPortfolio } from './designs-html.mjs';
import { loGrid, texMinimal, plainText } from './designs-other.mjs';

export const DESIGNS = {
  'docx-table': {
    fn: docxTable, engine: 'docx',
    imitates: 'a dense two-page Word contractor CV of the kind UK/US contract developers and interims keep in Word and send to agencies',
    stresses: 'label-prefixed contact rows; a shaded availability / rate / IR35 line that is neither skill nor highlight; a bordered Client | Role | Dates summary table that repeats every engagement before the detailed history; "Role | Contract via Agency | City (mode)" lines under a bold client; "Environment:" stack lines; a one-person company mentioned only in a note',
  },
  'html-gutter': {
    fn: htmlGutter, engine: 'chromium',
    imitates: 'a typographic single-column CV with a right-hand date gutter, as made by designers for contractors',
    stresses: 'client names as bold left headers with the role and "Contract · via Agency" tag below; dates, computed lengths ("1 year 2 months") and "City · mode" in a right gutter; an availability box beside the name; CSS-uppercased headings; icon contact row with bare handles or URLs; ›-bullets from CSS; skill pills',
  },
  'lo-grid': {
    fn: loGrid, engine: 'fodt',
    imitates: 'a LibreOffice / Word table CV: "Key Skills" grid and a "Contract History" table',
    stresses: 'two-cell header table with the contact stack on the right; a 4-column Key Skills grid with spanning group rows; a 3-column bordered Contract History table (Period | Client & role | Highlights) with bullets inside cells and a repeated header row; MM/YYYY or MM.YYYY periods with "current"/"ongoing"',
  },
  'tex-minimal': {
    fn: texMinimal, engine: 'pdflatex',
    imitates: 'a minimalist hand-written LaTeX CV (article class, no template)',
    stresses: 'no rules or colour, small-caps headings; one-line entries "Client (via Agency), Role  dates" with \\hfill; italic "Type, City" line; graduation-year-only degrees; tabular skills; hyperlinked words instead of printed profile URLs in one case; ligatures',
  },
  'docx-consultancy': {
    fn: docxConsultancy, engine: 'docx',
    imitates: 'a Word CV of a one-person consultancy / studio, client engagements grouped under the own company',
    stresses: 'the own company (Ltd / B.V. / studio) as a dated Heading 2 block that is NOT a work entry, client engagements indented beneath it with their own dates and a deeper bullet indent; a "Selected Clients" name list that is not work history; Word heading styles',
  },
  'html-portfolio': {
    fn: htmlPortfolio, engine: 'chromium',
    imitates: 'a portfolio-style freelancer CV (Behance / Dribbble / Read.cv aesthetic) with a dark tools sidebar',
    stresses: 'two independent columns (sidebar with contact, profile URLs, tools with dot levels, languages); "Selected Clients" as a letter-spaced grid of capitals; "Projects & Clients" cards with FREELANCE / CONTRACT pills and compact dates "May – Dec 2024"; case studies (projects)',
  },
  'plain-text': {
    fn: plainText, engine: 'text',
    imitates: 'a plain-text CV typed in an editor and "saved as PDF" (LibreOffice text import, monospaced)',
    stresses: 'no styling at all: CAPITAL headings underlined with =/-/~ characters, a 20-column date gutter "MM/YYYY - Current", hard line breaks inside every bullet, "Client (via Agency), City" / "Role - Type" lines',
  },
  'docx-agency': {
    fn: docxAgency, engine: 'docx',
    imitates: 'a CV reformatted by a recruitment agency before submission to a client',
    stresses: 'agency name in the page header and the agency consultant\'s e-mail/phone in the footer (the candidate\'s own contact removed in two cases); a Candidate Profile key-value table holding name, role, location, availability and rate; a 3-column ✓ skills grid; roles as labelled lines "Client: / Role: / Engaged via: / Location: / Duration:"; a confidential client where only the agency is printed',
  },
};

// [design, persona, options]: the design decides the file type (DOCX for the Word designs, PDF otherwise).
export const CASES = [
  ['docx-table', 'rory'], ['docx-table', 'anjali', { page: 'Letter', present: 'Current' }], ['docx-table', 'tendai', { present: 'to date' }], ['docx-table', 'gerrit'],
  ['html-gutter', 'rory'], ['html-gutter', 'gerrit'], ['html-gutter', 'anjali'], ['html-gutter', 'solveig'],
  ['lo-grid', 'leonor'], ['lo-grid', 'anjali'], ['lo-grid', 'tendai'],
  ['tex-minimal', 'solveig'], ['tex-minimal', 'tendai'], ['tex-minimal', 'rory'], ['tex-minimal', 'gerrit'],
  ['docx-consultancy', 'tendai'], ['docx-consultancy', 'gerrit'], ['docx-consultancy', 'leonor'],
  ['html-portfolio', 'leonor'], ['html-portfolio', 'solveig'], ['html-portfolio', 'tendai'],
  ['plain-text', 'rory'], ['plain-text', 'anjali'], ['plain-text', 'solveig'], ['plain-text', 'leonor'],
  ['docx-agency', 'rory'], ['docx-agency', 'anjali'], ['docx-agency', 'gerrit'],
];

const PERSONA_LINE = {
  rory: 'Rory Quennell, London Java/Kotlin contractor (agency placements via Hays, Harvey Nash, Sopra Steria, Computer Futures at Barclays, Deutsche Bank, HMRC, Sainsbury’s; own Ltd company; permanent roles before contracting)',
  leonor: 'Leonor Tenreiro, Lisbon freelance brand & product designer running a one-person studio (Farfetch, Feedzai, Klarna via Toptal; Behance/Dribbble links; “Summer School” entry; case studies)',
  gerrit: 'Gerrit Oudeman, Utrecht interim finance & operations manager with his own B.V. (Philips, PostNL, Heineken via Boer & Croon, a municipality; one ongoing assignment; hourly rate)',
  anjali: 'Anjali Venkatesalu, Dallas ServiceNow consultant placed by US staffing firms on W2/C2C terms (TEKsystems, Insight Global, Robert Half, Apex; one healthcare client withheld, only the agency Modis named)',
  solveig: 'Solveig Brekke, Edinburgh freelance translator NO/DE→EN (RWS, Equinor via Semantix, European Commission DGT; overlapping engagements; a seasonal “Summer 2019” contract; ProZ profile)',
  tendai: 'Tendai Mbatha, Manchester independent data engineer contracting through Larchfield Data Ltd (Auto Trader, The Co-operative Bank via Oliver Bernard, NHS England, Boohoo via Harnham; outside IR35)',
};

const [outRoot, only] = process.argv.slice(2);
if (!outRoot) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
fs.mkdirSync(outRoot, { recursive: true });
const versions = {
  chromium: toolVersion('chromium', ['--version']),
  soffice: toolVersion('soffice', ['--version']),
  pdflatex: toolVersion('pdflatex', ['--version']),
};

let fail = 0;
for (const [design, pid, opt = {}] of CASES) {
  const id = `${design}-${pid}`;
  if (only && !id.includes(only)) continue;
  const D = DESIGNS[design];
  const P = PERSONAS[pid];
  const k = new Key();
  const dir = path.join(outRoot, id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'freelance-'));
  let file, how;
  try {
    const out = D.fn(P, k, opt);
    if (D.engine === 'docx') {
      file = 'resume.docx';
      fs.writeFileSync(path.join(dir, file), out);
      how = 'WordprocessingML written by hand (`ooxml.mjs`) and zipped with fflate; no Word or LibreOffice involved';
    } else if (D.engine === 'chromium') {
      const html = path.join(tmp, 'resume.html');
      fs.writeFileSync(html, out);
      file = 'resume.pdf';
      chromePdf(html, path.join(dir, file));
      how = `HTML/CSS printed by headless Chromium (${versions.chromium}; --print-to-pdf --no-pdf-header-footer)`;
    } else if (D.engine === 'fodt') {
      const src = path.join(tmp, 'resume.fodt');
      fs.writeFileSync(src, out);
      file = 'resume.pdf';
      fs.copyFileSync(soffice(src, 'pdf:writer_pdf_Export', tmp), path.join(dir, file));
      how = `flat ODT (.fodt) written by the generator, exported to PDF by LibreOffice (${versions.soffice}; --convert-to pdf:writer_pdf_Export)`;
    } else if (D.engine === 'text') {
      const src = path.join(tmp, 'resume.txt');
      fs.writeFileSync(src, out);
      file = 'resume.pdf';
      fs.copyFileSync(soffice(src, 'pdf:writer_pdf_Export', tmp, 'Text (encoded):UTF8,LF,Liberation Mono,en-GB,,'), path.join(dir, file));
      how = `plain UTF-8 text written by the generator, opened by LibreOffice Writer's text import (Liberation Mono) and exported to PDF (${versions.soffice})`;
    } else if (D.engine === 'pdflatex') {
      const src = path.join(tmp, 'resume.tex');
      fs.writeFileSync(src, out);
      file = 'resume.pdf';
      fs.copyFileSync(pdflatex(src), path.join(dir, file));
      how = `LaTeX written by the generator (article class, no template), compiled twice with pdfLaTeX (${versions.pdflatex})`;
    }
  } catch (e) {
    console.log(`FAIL ${id}: ${String(e.stderr ?? e.message).slice(0, 800)}`);
    const log = path.join(tmp, 'resume.log');
    if (fs.existsSync(log)) console.log(fs.readFileSync(log, 'utf8').split('\n').filter((l) => l.startsWith('!')).slice(0, 5).join('\n'));
    fail++;
    fs.rmSync(tmp, { recursive: true, force: true });
    continue;
  }
  let pages = '';
  if (file.endsWith('.pdf')) pages = `${pageCount(path.join(dir, file))} page(s)`;
  else {
    try { pages = `${pageCount(soffice(path.join(dir, file), 'pdf:writer_pdf_Export', tmp))} page(s) when rendered by LibreOffice`; } catch { pages = 'page count unknown'; }
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  const key = k.toJSON();
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(key, null, 1)}\n`);
  const src = `# ${id}

Held-out case of the **freelance** batch, generated by \`scripts/heldout/freelance/gen.mjs\` (design \`${design}\`, persona \`${pid}\` in \`personas.mjs\`). Document: \`${file}\`, ${pages}; ${how}. **Design:** imitates ${D.imitates}; stresses ${D.stresses}. **Persona:** ${PERSONA_LINE[pid]}. Everything is synthetic and invented (people, e-mails at example.com/example.org, fictional phone ranges, handles, invented employers and agencies; real well-known companies and agencies appear only as employer names). **Key:** written by the same code at the moment each field is printed, limited to what is printed: every client engagement is one work entry named after the client as printed (the agency only when no client is printed); the person's own company, "Selected Clients" names, rate / availability / IR35 lines are not work entries, highlights or skills; dates at the printed granularity (\`present\` for Present/Current/ongoing/now/to date; a season such as "Summer 2019" gives start = end = that year); \`sections\` are the printed headings in reading order (sidebar before main column); \`layout.notes\` describes the page. Licence: MIT (generated for this project, no third-party content). Never used for tuning or tests.
`;
  fs.writeFileSync(path.join(dir, 'SOURCE.md'), src);
  console.log(`${id}: ${file}, ${pages}, ${key.work.length} work, ${key.skills.length} skills, ${key.sections.length} sections`);
}
process.exit(fail ? 1 : 0);
