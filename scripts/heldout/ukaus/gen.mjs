#!/usr/bin/env node
// Generates the ukaus held-out batch: node scripts/heldout/ukaus/gen.mjs /work/heldout/ukaus [id-substring]
// Renders sequentially (LibreOffice, Chromium, pdflatex; timeout 120 each, private profiles).
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { Key, docx, soffice, chromePdf, pdflatex } from './lib.mjs';
import { nhs, irish, ausgov, ukclassic } from './designs-docx.mjs';
import { reed, seek, losc, latex } from './designs-other.mjs';

const DESIGNS = { nhs, irish, ausgov, ukclassic, reed, seek, losc, latex };
// [case id, design, persona, output] ; output 'docx' | 'pdf' (a DOCX design with 'pdf' is LibreOffice's rendering)
export const CASES = [
  ['nhs-bethan', 'nhs', 'bethan', 'docx'],
  ['nhs-bethan-pdf', 'nhs', 'bethan', 'pdf'],
  ['reed-bethan', 'reed', 'bethan', 'pdf'],
  ['latex-bethan', 'latex', 'bethan', 'pdf'],
  ['nhs-idris', 'nhs', 'idris', 'docx'],
  ['reed-idris', 'reed', 'idris', 'pdf'],
  ['latex-idris', 'latex', 'idris', 'pdf'],
  ['ukclassic-idris', 'ukclassic', 'idris', 'docx'],
  ['nhs-sana', 'nhs', 'sana', 'docx'],
  ['reed-sana', 'reed', 'sana', 'pdf'],
  ['losc-sana', 'losc', 'sana', 'pdf'],
  ['ukclassic-sana-pdf', 'ukclassic', 'sana', 'pdf'],
  ['irish-aoife', 'irish', 'aoife', 'docx'],
  ['irish-aoife-pdf', 'irish', 'aoife', 'pdf'],
  ['losc-aoife', 'losc', 'aoife', 'pdf'],
  ['ukclassic-aoife', 'ukclassic', 'aoife', 'docx'],
  ['seek-hamish', 'seek', 'hamish', 'pdf'],
  ['losc-hamish', 'losc', 'hamish', 'pdf'],
  ['latex-hamish', 'latex', 'hamish', 'pdf'],
  ['ausgov-hamish', 'ausgov', 'hamish', 'docx'],
  ['seek-meiling', 'seek', 'meiling', 'pdf'],
  ['irish-meiling', 'irish', 'meiling', 'docx'],
  ['latex-meiling', 'latex', 'meiling', 'pdf'],
  ['ausgov-meiling-pdf', 'ausgov', 'meiling', 'pdf'],
  ['seek-rawiri', 'seek', 'rawiri', 'pdf'],
  ['irish-rawiri', 'irish', 'rawiri', 'docx'],
  ['losc-rawiri', 'losc', 'rawiri', 'pdf'],
  ['ausgov-rawiri', 'ausgov', 'rawiri', 'docx'],
];

const ENGINE = {
  nhs: 'DOCX, OOXML written by hand (`lib.mjs` docx())', irish: 'DOCX, OOXML written by hand', ausgov: 'DOCX, OOXML written by hand with Word paragraph styles',
  ukclassic: 'DOCX, OOXML written by hand', reed: 'HTML printed to PDF by headless Chromium', seek: 'HTML printed to PDF by headless Chromium',
  losc: 'flat ODT (.fodt) exported to PDF by LibreOffice', latex: 'LaTeX compiled with pdflatex',
};
const WHO = {
  bethan: 'Bethan Llewellyn, NHS Band 6 respiratory nurse, Leeds', idris: 'Idris Cathcart, senior software engineer, London (SC cleared)',
  sana: 'Sana Mahmood-Greenhalgh, ICAEW chartered accountant / financial controller, Manchester', aoife: 'Aoife Ní Bhriain, digital marketing executive, Dublin 8',
  hamish: 'Hamish Mulvaney, chartered civil engineer, Surry Hills NSW (Sydney)', meiling: 'Mei-Ling Vuong, secondary maths/science teacher, Footscray VIC (Melbourne)',
  rawiri: 'Rāwiri Kingi, registered electrician, Ponsonby, Auckland',
};

function main() {
  const [root, only] = process.argv.slice(2);
  if (!root) { console.error('usage: gen.mjs OUTDIR [id-substring]'); process.exit(2); }
  const tmp = '/tmp/ukaus-gen';
  fs.mkdirSync(tmp, { recursive: true });
  for (const [id, design, pid, out] of CASES) {
    if (only && !id.includes(only)) continue;
    const dir = path.join(root, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const K = new Key();
    const r = DESIGNS[design](PERSONAS[pid], K);
    let file;
    if (r.docx) {
      const docPath = path.join(out === 'docx' ? dir : tmp, out === 'docx' ? 'resume.docx' : `${id}.docx`);
      fs.writeFileSync(docPath, docx(r.docx));
      if (out === 'pdf') {
        const pdf = soffice(docPath, tmp);
        if (pdf) fs.copyFileSync(pdf, path.join(dir, 'resume.pdf'));
      }
      file = out === 'docx' ? 'resume.docx' : 'resume.pdf';
    } else if (r.html) {
      const html = path.join(tmp, `${id}.html`);
      fs.writeFileSync(html, r.html);
      chromePdf(html, path.join(dir, 'resume.pdf'));
      file = 'resume.pdf';
    } else if (r.fodt) {
      const src = path.join(tmp, `${id}.fodt`);
      fs.writeFileSync(src, r.fodt);
      const pdf = soffice(src, tmp);
      if (pdf) fs.copyFileSync(pdf, path.join(dir, 'resume.pdf'));
      file = 'resume.pdf';
    } else {
      const d = path.join(tmp, id);
      fs.mkdirSync(d, { recursive: true });
      const src = path.join(d, 'resume.tex');
      fs.writeFileSync(src, r.tex);
      const pdf = pdflatex(src);
      if (pdf) fs.copyFileSync(pdf, path.join(dir, 'resume.pdf'));
      file = 'resume.pdf';
    }
    if (!fs.existsSync(path.join(dir, file))) { console.error(`${id}: rendering failed`); continue; }
    const notes = r.notes + (r.docx && out === 'pdf' ? ' This case is the same DOCX rendered to PDF by LibreOffice.' : '');
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(K.json(notes), null, 1) + '\n');
    const src = `# ${id}

Synthetic held-out case generated by \`scripts/heldout/ukaus/gen.mjs\` (design \`${design}\`, persona \`${pid}\` in \`personas.mjs\`). Engine: ${ENGINE[design]}${r.docx && out === 'pdf' ? ', then converted to PDF by LibreOffice' : ''}. Document: \`${file}\`.

**Design.** ${notes}

**Persona.** ${WHO[pid]}. Invented person: every name, referee, e-mail (example.com / example.org), handle and phone number (Ofcom drama range, ACMA / NZ fictional-style numbers) is made up; NHS trusts, universities, schools and well-known companies appear only as names of employers or institutions.

**Key.** Written by the same calls that print each field (one source of truth per design), limited to what is printed: dates at the printed granularity ("Present", "present", "date", "current" → \`present\`; year-only ranges give \`YYYY\`; "Finished 2014" gives endDate only); headings as printed; skills as flat printed keywords; bullets without markers ("Key achievements" / "Achievements" bullets follow the duty bullets in the same role's highlights). GCSE, A-level, BTEC, Leaving Certificate and NCEA lines printed as entries are education items (A-level subjects as \`area\`, grades such as "A*AA" as \`score\`). Referees are NOT work: they are \`otherSections\` items ({name, title, org, phone, email} as printed). Supporting information / selection-criteria tables, certificates, additional details ({label, value}), languages and interests are \`otherSections\`. A LinkedIn link printed only as a phrase ("View my LinkedIn profile") is not keyed. The Leaving Certificate subject/grade table (Irish design) is table content and not keyed.

**Printed date strings (checked by check.mjs):**

\`\`\`json
${JSON.stringify(K.dates)}
\`\`\`

Licence: synthetic, invented persona, MIT. Generated for this project; no third-party content. Never committed, never used for tuning or tests.
`;
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), src);
    console.log(`${id}: ${file}`);
  }
}
main();
