#!/usr/bin/env node
// Held-out batch "regional": regional resume conventions of software engineers (India, Germany, France/Belgium,
// Brazil, Japan / US federal, Gulf).
//
//   node scripts/heldout/regional/gen.mjs OUT_DIR [case-substring]
//
// Writes OUT_DIR/<case>/{resume.docx | resume.pdf, expected.json, SOURCE.md}. DOCX are written by hand (lib.mjs);
// PDF cases of DOCX designs are LibreOffice conversions of the same DOCX; HTML designs are printed by Chromium.
// Then run check.mjs on OUT_DIR. Never reads or runs the parser.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { personas } from './personas.mjs';
import { designs } from './designs.mjs';
import { designs2 } from './designs2.mjs';
import { toDocx, toHtml } from './lib.mjs';
import { soffice, chromePdf } from './lo.mjs';

const ALL = { ...designs, ...designs2 };
const HTML = new Set(['inPortal', 'deModern', 'leftDates']);
export const DESC = {
  inGreyBars: 'Indian services-company resume in Word (Times New Roman): name in capitals, address / "Mobile:" / "Email:" / "LinkedIn:" lines over a rule; CAPS headings on grey shaded bars; Career Objective; Professional Summary bullets (Wingdings arrows); Technical Skills as a bordered two-column grid ("Languages | Java, SQL, …"); experience as "Working as <position> in <company>, <city> from June 2022 to Till Date." sentences (fresher: "Position, Company, City (Jan 2025 – Apr 2025)") and a separate "Project Details" section with "Project #n" blocks of tab-aligned "Project Title : …", "Client : …", "Company : …", "Role : …", "Team Size : …", "Environment : …", a Description paragraph and "Roles & Responsibilities:" bullets; Academic Qualifications as a five-column bordered table (Degree / Course | Institute | Board / University | Year | Percentage / CGPA); Strengths, Hobbies, Personal Details ("Father\'s Name : …", "Date of Birth : …"), Declaration with Place / Date and the name in brackets.',
  inTables: 'Indian resume built from Word tables (Calibri): name, italic label, "Mobile: … | Email: …", "Location:"; blue CAPS headings with a rule; Professional / Profile Summary with square bullets; Technical Skills grid; experience as a bordered table Organisation | Designation | Location | Duration ("Jun\'22 – Present"); each client project a bordered two-column table (Project Name, Client, Organisation, Role, Team Size, Environment, Description, Responsibilities with bullets inside the cell); academic projects as tables; Academic / Educational Qualification table; strengths joined by " • "; Personal Details as a bordered two-column table; Declaration with Place and the name on a right tab.',
  inPortal: 'Indian job-portal style PDF (HTML printed by Chromium, Arial): centred name, label, contact line joined by " | "; blue CAPS headings with a rule; summary bullets; Technical Skills as "Label : items" lines on a tab stop; experience "Company, City" with a right-aligned year range ("2022-till now"), italic position, then per client project "Project: … | Client: …", "Role: … | Environment: …", a description paragraph and "Responsibilities:" bullets; education as a bordered table with "Qualification | Institution | Board / University | Year | Score"; Strengths / Hobbies on one line; Personal Details; Declaration with Place / Date / Signature.',
  deTabular: 'German tabular CV (Lebenslauf) in Word (Arial): title "Lebenslauf" and name/contact on the left of a header table with a photo placeholder box ("Foto") on the right; Persönliche Daten first (Geburtsdatum, Geburtsort, Staatsangehörigkeit, Familienstand); every section a borderless two-column table with "03/2019 – heute" date ranges (or labels) in the left column and position / company / dash bullets on the right; education with "Abschlussnote: 1,6" and the thesis title; Kenntnisse "group | items"; Sprachen "language | level"; signature line "Berlin, 01.11.2026" and the name. Also used for a Belgian French CV without photo.',
  deTabsEn: 'English CV of a German developer in Word (Calibri): "Curriculum Vitae" over the name; contact lines joined by " · "; title-case headings with a rule; dates in a left gutter made with a tab stop and a hanging indent ("since 03/2019<tab>Senior Backend Developer", "<tab>Company, City"), bullets indented past the gutter; education with "Final grade: 1.6"; skills "Group<tab>items"; languages on one line; Personal Details (Date of birth, Place of birth, Nationality) at the end.',
  deModern: 'Modern German CV as PDF (HTML printed by Chromium, Liberation Sans): header table with name, label and contact on the left and a photo placeholder box on the right; teal CAPS headings with a rule; a borderless two-column grid with "seit 03/2019" / "10/2016 – 02/2019" (English: "since 03/2019") and the city in the left column, position, company and bullets on the right; skills joined by " · "; languages as bullets; interests; signature line "Berlin, 01.11.2026".',
  euroClassic: 'Single-column CV in Word (Calibri) for continental Europe / Brazil / the Gulf: centred CAPS name, coloured label, contact line joined by " • "; CAPS coloured headings with a rule; "Position — Company, City" in bold with the range below in grey italics (French "depuis mars 2021", "sept. 2018 – févr. 2021" or "septembre 2018 – février 2021"; Portuguese "jan/2022 a atual"; "January 2020 – To date"); dash bullets; degree line then "Institution | range | mention"; "Group : items" skills (French spacing before the colon); certifications, languages and interests joined by " • "; Gulf personal details as "Label: value" lines.',
  leftDates: 'CV with a left date column as PDF (HTML printed by Chromium, DejaVu Sans 9 pt): header table with name + label on the left and right-aligned contact lines; small CAPS headings on a tinted bar; each entry a row of a borderless table with the range and city in a narrow left column and position, company and bullets on the right ("depuis 2021", "2018 – 2021"; "jan/2022 – atual"; "Jan 2020 – To date"); education rows; "Group: items" skills; certifications, languages, interests; Gulf personal details as a two-column grid.',
  brClassic: 'Brazilian currículo in Word (Arial): name, "Brasileiro, casado, 32 anos", street address, "Telefone: … | E-mail: …", "LinkedIn:"; CAPS headings with a rule; OBJETIVO line with the target title; Resumo Profissional; Formação Acadêmica before the experience ("Bacharelado em Ciência da Computação", "Unicamp – 2014 a 2018"); each job as labelled lines "Empresa: … (city)", "Cargo: …", "Período: jan/2022 – atual" and "Principais atividades:" bullets; Conhecimentos Técnicos; Idiomas, Certificações, Informações Adicionais as bullets.',
  gulfPhoto: 'Gulf (Dubai) CV in Word (Calibri): header table with name, label, "Location: Dubai, UAE", "Mobile: +971 …", e-mail and LinkedIn on the left and a photo placeholder on the right; white CAPS headings on dark navy shaded bars; Career Summary; Key Skills as a three-column borderless grid of square-bulleted keywords; "Position<right tab>Jan 2020 – To date" with "Company – City, Country" in italics below; education with "Grade: Very Good"; certifications; languages; Personal Details as a bordered two-column table (Nationality, Date of Birth, Visa Status, Marital Status, Driving Licence, Notice Period).',
  rirekisho: 'Japanese rirekisho-influenced English resume in Word (Times New Roman): "RESUME" with "As of November 1, 2026" on a right tab; Personal Information as a bordered table (Name, Date of Birth, Address, Phone, E-mail, Citizenship) next to a photo box "Photo (3 × 4 cm)"; a bordered "Year | Month | Education and Work History" table with centred "Education" / "Work History" rows, numeric months ("4"), "Entered … / Graduated from … / Joined … – Systems Engineer / Left …" rows, "Currently employed" and a right-aligned "End"; a "Year | Month | Licenses and Qualifications" table; Self-Introduction; Work History Details (shokumu keirekisho: company + "April 2016 – August 2020", "Position: … Location: …", bullets); Technical Skills; Languages.',
  usFederal: 'US federal resume in Word (Times New Roman, Letter, 2 pages): centred name, street address, "Phone: … | Email: …"; "Citizenship:", "Veterans\' Preference:", "Federal Status:", "Desired Position:" lines; CAPS headings with a rule; every job with its title in bold and labelled lines "Employer:", "Location:", "Dates of Employment: 10/2020 – Present", "Hours per week: 40", "Salary: $142,000 per year", "Supervisor: …; may contact: Yes", then "Duties, Accomplishments and Related Skills:" and long bullets; education with "Graduated: 03/2016", "GPA:", "Credits Earned:"; skills, certifications "…, 10/2015", languages.',
};
export const CASES = [
  ['in-greybars-karthik', 'inGreyBars', 'karthik', 'docx', {}],
  ['in-greybars-karthik-pdf', 'inGreyBars', 'karthik', 'pdf', { dates: { st: 'mon' } }],
  ['in-tables-karthik', 'inTables', 'karthik', 'docx', {}],
  ['in-tables-karthik-pdf', 'inTables', 'karthik', 'pdf', { dates: { st: 'mon', present: 'Till Date' } }],
  ['in-portal-karthik-pdf', 'inPortal', 'karthik', 'pdf', {}],
  ['in-greybars-keerthana', 'inGreyBars', 'keerthana', 'docx', { dates: { st: 'mon' } }],
  ['in-tables-keerthana', 'inTables', 'keerthana', 'docx', {}],
  ['in-tables-keerthana-pdf', 'inTables', 'keerthana', 'pdf', { dates: { st: 'month' } }],
  ['in-portal-keerthana-pdf', 'inPortal', 'keerthana', 'pdf', { dates: { st: 'apos', sep: ' – ' } }],
  ['de-tabular-tobias', 'deTabular', 'tobias', 'docx', { lang: 'de', photo: true }],
  ['de-tabular-tobias-pdf', 'deTabular', 'tobias', 'pdf', { lang: 'de', photo: true, summary: true }],
  ['de-tabs-en-tobias', 'deTabsEn', 'tobias', 'docx', { lang: 'en' }],
  ['de-modern-tobias-pdf', 'deModern', 'tobias', 'pdf', { lang: 'de' }],
  ['de-modern-en-tobias-pdf', 'deModern', 'tobias', 'pdf', { lang: 'en', personal: true, dates: { since: null } }],
  ['eu-classic-clemence', 'euroClassic', 'clemence', 'docx', { dates: { st: 'fr', since: 'depuis' } }],
  ['eu-classic-clemence-pdf', 'euroClassic', 'clemence', 'pdf', { dates: { st: 'frfull' }, skillsFirst: true }],
  ['left-dates-clemence-pdf', 'leftDates', 'clemence', 'pdf', { dates: { st: 'yyyy', since: 'depuis' } }],
  ['de-tabular-clemence', 'deTabular', 'clemence', 'docx', { summary: true, dates: { st: 'fr' } }],
  ['br-classic-thiago', 'brClassic', 'thiago', 'docx', {}],
  ['br-classic-thiago-pdf', 'brClassic', 'thiago', 'pdf', { dates: { st: 'mm/yyyy' } }],
  ['left-dates-thiago-pdf', 'leftDates', 'thiago', 'pdf', { dates: { st: 'pt' } }],
  ['eu-classic-thiago', 'euroClassic', 'thiago', 'docx', { dates: { st: 'pt', sep: ' a ' } }],
  ['jp-rirekisho-ayumi', 'rirekisho', 'ayumi', 'docx', {}],
  ['jp-rirekisho-ayumi-pdf', 'rirekisho', 'ayumi', 'pdf', {}],
  ['us-federal-ayumi', 'usFederal', 'ayumi', 'docx', {}],
  ['us-federal-ayumi-pdf', 'usFederal', 'ayumi', 'pdf', {}],
  ['gulf-photo-rania', 'gulfPhoto', 'rania', 'docx', {}],
  ['gulf-photo-rania-pdf', 'gulfPhoto', 'rania', 'pdf', { dates: { present: 'Till date' } }],
  ['left-dates-rania-pdf', 'leftDates', 'rania', 'pdf', {}],
  ['eu-classic-rania', 'euroClassic', 'rania', 'docx', { dates: { st: 'month' } }],
];

const KEYCONV = 'Built from the same data as the document and limited to what is printed (conventions of `shared/eval/parse/CASES.md` and `scripts/heldout/regional/README.md`): dates at the printed granularity ("Till Date", "till now", "Present", "To date", "heute", "today", "aujourd\'hui", "atual", "seit / since / depuis …" → `present`; "Jun\'22" → `2022-06`; numeric rirekisho months → `YYYY-MM`; a year-only table column gives endDate only); headings as printed without a trailing colon, in capitals when printed in capitals; the document title ("Lebenslauf", "Curriculum Vitae", "RESUME") is not a section; skills as flat keywords without group labels; bullets without markers. Indian client projects: the employer is the work item and each project\'s description paragraph followed by its responsibility bullets are that item\'s highlights, in order (project name, client, role, team size and environment lines are not fields). Summary bullet lists, certifications, languages, strengths, hobbies, interests, declaration in `otherSections` (items = printed lines); personal details as `{label, value}` items. Photo placeholders, signature / place / date lines and page furniture are not fields.';

async function main() {
  const out = process.argv[2];
  const only = process.argv[3];
  if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'regional-'));
  let bad = 0, n = 0;
  for (const [id, dname, pid, fmt, over] of CASES) {
    if (only && !id.includes(only)) continue;
    n++;
    const Pe = personas[pid];
    const { doc, key, printed } = ALL[dname](Pe, over ?? {});
    key.layout = { columns: 1, notes: DESC[dname] };
    let file, how;
    if (!HTML.has(dname)) {
      const docx = path.join(tmp, `${id}.docx`);
      fs.writeFileSync(docx, toDocx(doc, { title: `${Pe.name} – CV`, author: Pe.name }));
      file = docx; how = 'OOXML written by hand (`lib.mjs` → `../word-templates2/ooxml2.mjs` pack)';
      if (fmt === 'pdf') {
        file = soffice(docx, 'pdf', tmp); how = 'the hand-written DOCX of the same design converted by LibreOffice Writer (`soffice --headless --convert-to pdf`)';
        if (!file) { console.log(`${id}: LibreOffice did not convert`); bad++; continue; }
      }
    } else {
      const html = path.join(tmp, `${id}.html`);
      fs.writeFileSync(html, toHtml({ ...doc, title: `${Pe.name} – CV` }));
      file = chromePdf(html, path.join(tmp, `${id}.pdf`));
      if (!file) { console.log(`${id}: Chromium did not print`); bad++; continue; }
      how = 'HTML written by `lib.mjs` (toHtml) printed to PDF by Chromium (`--headless=new --print-to-pdf --no-pdf-header-footer`)';
    }
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(file, path.join(dir, `resume.${fmt}`));
    fs.writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(key, null, 1) + '\n');
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), [
      `# ${id}`, '',
      `Synthetic held-out case generated by \`scripts/heldout/regional/gen.mjs\` (design \`${dname}\`, persona \`${pid}\` in \`personas.mjs\`${over && Object.keys(over).length ? `, options ${JSON.stringify(over)}` : ''}).`,
      `Document: \`resume.${fmt}\`, ${how}.`, '',
      `**Imitates.** ${DESC[dname]}`, '',
      `**Persona.** ${Pe.desc}. Invented persona: every name, employer, client, e-mail (example.com), handle and phone number is made up; universities, colleges and schools are real institutions used only as names.`, '',
      `**Key.** ${KEYCONV}`, '',
      '**Printed date strings (checked by check.mjs):**', '', '```json', JSON.stringify([...new Set(printed)]), '```', '',
      'Licence: synthetic, invented persona, MIT. Generated for this project; no third-party content. Never used for tuning or tests.', '',
    ].join('\n'));
    console.log(`${id.padEnd(30)} ${fmt}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  console.log(`\n${n} cases written to ${out}${bad ? `, ${bad} failed` : ''}`);
  process.exitCode = bad ? 1 : 0;
}
if (import.meta.url === `file://${process.argv[1]}`) main();
