#!/usr/bin/env node
// Generate the "producers" held-out batch: node scripts/heldout/producers/gen.mjs OUT_DIR [case-substring]
// Writes OUT_DIR/<design>-<persona>/{resume.pdf, expected.json, SOURCE.md}. Needs pdfkit in /tmp/producers-deps
// (or $PRODUCERS_DEPS) for the pdfkit-builder design and for the standard-14 AFM widths.
import fs from 'node:fs';
import path from 'node:path';
import { DESIGNS } from './designs.mjs';
import { PERSONAS } from './personas.mjs';

const out = process.argv[2]; const only = process.argv[3];
if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
for (const d of DESIGNS) {
  for (const pid of d.personas) {
    const id = `${d.id}-${pid}`;
    if (only && !id.includes(only)) continue;
    const P = PERSONAS[pid]; const dir = path.join(out, id); fs.mkdirSync(dir, { recursive: true });
    const pdf = path.join(dir, 'resume.pdf');
    const r = await d.build(P, pdf);
    const key = r.key.toJSON ? r.key.toJSON() : r.key;
    key.layout.notes = [d.stresses, ...r.notes].join('; ');
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 2) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), `# ${id}

| | |
|---|---|
| Persona | ${P.first} ${P.last} (${P.label}, ${P.city}, ${P.country}) — invented |
| Imitates | ${d.imitates} |
| Text layer | ${d.stresses} |
| Produced by | \`scripts/heldout/producers/gen.mjs\` (design \`${d.id}\`): ${d.id === 'pdfkit-builder' ? 'PDFKit from /tmp/producers-deps with Lato TrueType fonts' : 'content streams written operator by operator by `pdf.mjs`/`lib.mjs`; fonts are URW base35 Type 1 subsets (embedded, no ToUnicode) or the base-14 Helvetica'} |
| Licence | synthetic, invented persona, MIT |

## Key
\`expected.json\` was written by the generator from the same data it printed (only printed fields; dates at the printed
granularity, "Present"/"Now"/"now"/"Current"/"present" → \`present\`; skills as printed; languages and certifications in
\`otherSections\`; sections in reading order${key.layout.columns === 2 ? ', left column before right' : ''}).
Notes: ${r.notes.length ? r.notes.join('; ') : 'none'}.
All key strings were checked against pdftotext (default, -layout, -raw) by \`check.mjs\`.
`);
    console.log(`wrote ${id}`);
  }
}
