#!/usr/bin/env node
// Held-out batch "exports": resumes as platforms EXPORT them (LinkedIn "Save to PDF", Indeed download, Europass
// editor and the older Europass Word template, a job-board profile printed from the browser, an online builder's
// ATS template, a Google Docs .docx download, a Word 365 document and its PDF), with answer keys.
//
//   node scripts/heldout/exports/gen.mjs OUT_DIR [case-substring]
//
// Writes OUT_DIR/<case>/{resume.pdf | resume.docx, expected.json, SOURCE.md}. HTML and scratch PDFs go to
// $EXPORTS_BUILD (default /tmp/exports-build). Chromium and LibreOffice run one at a time with private profiles.
import fs from 'node:fs';
import path from 'node:path';
import { PERSONAS } from './personas.mjs';
import { printPdf, docxToPdf, pageCount } from './lib.mjs';
import { linkedin } from './html-linkedin.mjs';
import { indeed } from './html-indeed.mjs';
import { europass } from './html-europass.mjs';
import { dice } from './html-dice.mjs';
import { builder } from './html-builder.mjs';
import { europassOld } from './docx-europass.mjs';
import { gdocs } from './docx-gdocs.mjs';
import { word365 } from './docx-word.mjs';

const DESIGNS = {
  linkedin: { fn: linkedin, kind: 'html', what: 'LinkedIn "Save to PDF" profile export lookalike (HTML/CSS printed by headless Chromium)' },
  indeed: { fn: indeed, kind: 'html', what: 'Indeed resume download lookalike (HTML/CSS printed by headless Chromium)' },
  europass: { fn: europass, kind: 'html', what: 'Europass online CV editor (2020+) PDF lookalike (HTML/CSS printed by headless Chromium)' },
  dice: { fn: dice, kind: 'html', what: 'job-board candidate profile (Dice/Monster style) printed from the browser with its header/footer (HTML/CSS, headless Chromium)' },
  builder: { fn: builder, kind: 'html', what: 'online resume builder "ATS-friendly" template lookalike (Resume.io/Zety style; HTML/CSS, headless Chromium)' },
  'europass-old': { fn: europassOld, kind: 'docx', what: 'older Europass CV Word template lookalike (hand-written OOXML, two-column label table)' },
  gdocs: { fn: gdocs, kind: 'docx', what: 'blank Google Doc typed by hand and downloaded as .docx (hand-written OOXML in Google\'s dialect)' },
  word: { fn: word365, kind: 'docx', what: 'Word 365 resume (hand-written OOXML as Word saves it)' },
};

const bachelors = (e) => (/master/i.test(e.degree) ? "Master's" : /bachelor|BSc|B\.Sc|Engineer/i.test(e.degree) ? "Bachelor's" : e.degree);

// [case id, design, persona, options, format]
export const CASES = [
  ['linkedin-marcus', 'linkedin', 'marcus', { phone: true, github: true, website: true, prose: true }],
  ['linkedin-fiona', 'linkedin', 'fiona', { github: true, bullet: '-' }],
  ['linkedin-seun', 'linkedin', 'seun', { phone: true, bullet: '•' }],
  ['linkedin-genevieve', 'linkedin', 'genevieve', { phone: true, bullet: '✔' }],

  ['indeed-marcus', 'indeed', 'marcus', { headline: true, auth: 'Authorized to work in the US for any employer', github: true, additional: 'Open to hybrid roles in Columbus or fully remote positions.' }],
  ['indeed-genevieve', 'indeed', 'genevieve', { headline: true, relocate: 'Willing to relocate to: Ottawa, ON - Toronto, ON', auth: 'Authorized to work in CA for any employer', languages: true, bullet: '-' }],
  ['indeed-bartosz', 'indeed', 'bartosz', { github: true, languages: true }],

  ['europass-nerea', 'europass', 'nerea', { github: true, subjects: true }],
  ['europass-bartosz', 'europass', 'bartosz', { github: true }],
  ['europass-seun', 'europass', 'seun', { subjects: true, certs: true }],

  ['europass-old-nerea-docx', 'europass-old', 'nerea', {
    dates: { style: 'MM/YYYY', sep: ' - ', present: 'present' }, duties: 'bullets', modified: '2019-10-03T17:22:00Z',
    extraSkills: { 'Social skills and competences': 'Team player used to working with designers and product owners; mentoring of two junior developers.', 'Organisational skills and competences': 'Sprint planning and estimation as Scrum Master in a team of 7.' },
  }, 'docx'],
  ['europass-old-bartosz-docx', 'europass-old', 'bartosz', { dates: { style: 'MMMM YYYY', sep: ' – ', present: 'present' }, duties: 'typed', modified: '2024-01-19T08:05:00Z' }, 'docx'],
  ['europass-old-fiona-docx', 'europass-old', 'fiona', {
    dates: { style: 'MMMM YYYY', sep: ' to ', present: 'date' }, duties: 'prose', gradeInTitle: true, modified: '2021-03-28T21:40:00Z',
    nationality: 'British', dob: '19/08/1994', gender: 'Female', desired: 'DevOps / Cloud Infrastructure Engineer',
  }, 'docx'],

  ['dice-marcus', 'dice', 'marcus', { pageTitle: 'Dice', printed: '5/14/25, 9:41 AM', url: 'https://www.dice.com/employer/talent/profile/4e1b7c92a0d35f6e', prose: true, badges: ['US Citizen', 'Full-time', 'Contract to Hire', 'Open to remote'], updated: 'May 12, 2025', degree: bachelors }],
  ['dice-fiona', 'dice', 'fiona', {
    pageTitle: 'Monster', printed: '14/05/2025, 21:03', url: 'https://www.monster.co.uk/profile/cv/fiona-brannigan-91c2', summaryHeading: 'About me', workHeading: 'Experience',
    location: 'Leeds, West Yorkshire', badges: ['Eligible to work in the UK', 'Permanent', 'Hybrid'], updated: '12 May 2025', prefs: [['Desired salary', '£55,000 per year'], ['Notice period', '1 month']],
  }],
  ['dice-seun', 'dice', 'seun', { pageTitle: 'Dice', printed: '5/14/25, 2:17 PM', url: 'https://www.dice.com/employer/talent/profile/9b77d0c1e4f2a815', location: 'Lagos, Nigeria', badges: ['Requires sponsorship', 'Remote only', 'Full-time'], updated: 'Apr 30, 2025' }],

  ['builder-nerea', 'builder', 'nerea', { color: '#1f5f6b', github: true, address: 'Bilbao, Spain' }],
  ['builder-genevieve', 'builder', 'genevieve', { color: '#5b2c6f', address: 'Montréal, QC, Canada' }],
  ['builder-bartosz', 'builder', 'bartosz', { color: '#2f4858', github: true, grade: true, address: 'ul. Legnicka 57/12, 54-203 Wrocław, Poland' }],

  ['gdocs-fiona-docx', 'gdocs', 'fiona', {
    heading: 'caps-rule', center: true, location: 'Leeds, UK', github: true, entry: 'company-first', grade: true, degJoin: 'in ',
    dates: { style: 'MMM YYYY', sep: ' – ', present: 'Present' },
    h: { summary: 'PROFILE', work: 'EXPERIENCE', edu: 'EDUCATION', skills: 'KEY SKILLS', certs: 'CERTIFICATIONS' },
    skills: 'groups', groups: [['Cloud & IaC', ['AWS', 'Terraform', 'Ansible']], ['CI/CD & containers', ['GitLab CI', 'Docker', 'Kubernetes']], ['Scripting', ['Python', 'Bash', 'PowerShell']], ['Observability', ['Prometheus', 'Grafana']]],
  }, 'docx'],
  ['gdocs-seun-docx', 'gdocs', 'seun', {
    heading: 'blue', label: true, location: 'Lagos, Nigeria', github: true, entry: 'title-pipe', grade: true, awards: true, certList: 'decimal', sep: ' | ',
    dates: { style: 'MMMM YYYY', sep: ' – ', present: 'Present' }, eduDates: { style: 'MMM YYYY', sep: ' – ' },
    h: { summary: 'Summary', work: 'Work Experience', edu: 'Education', skills: 'Technical Skills', certs: 'Certifications & Awards', lang: 'Languages' },
  }, 'docx'],
  ['gdocs-genevieve-docx', 'gdocs', 'genevieve', {
    heading: 'plain', location: 'Montréal (Québec)', entry: 'title-first', bullets: 'arrow', skillSep: ' | ', degJoin: 'in ', font: 'Calibri', nameSize: 22,
    dates: { style: 'YYYY', sep: ' – ', present: 'present' },
    h: { summary: 'Professional Summary', work: 'Work History', edu: 'Education', skills: 'Skills', certs: 'Certifications', lang: 'Languages' },
  }, 'docx'],

  ['word-marcus-pdf', 'word', 'marcus', {
    label: true, location: 'Columbus, OH', github: true, grade: true, gradeLabel: 'GPA',
    dates: { style: 'MMM YYYY', sep: ' – ', present: 'Present' }, eduDates: { style: 'YYYY', sep: ' – ' },
    h: { summary: 'Summary', work: 'Professional Experience', edu: 'Education', skills: 'Technical Skills', certs: 'Certifications' },
  }, 'pdf'],
  ['word-nerea-pdf', 'word', 'nerea', {
    a4: true, label: 'Senior Frontend Developer', location: 'Bilbao, Spain', github: true, grade: true, gradeLabel: 'Final grade',
    dates: { style: 'MM/YYYY', sep: ' – ', present: 'Present' },
    h: { summary: 'Profile', work: 'Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications', lang: 'Languages' },
  }, 'pdf'],
  ['word-bartosz-docx', 'word', 'bartosz', {
    a4: true, location: 'Wrocław, Poland', github: true, summer: 'Nokia',
    dates: { style: 'MM/YYYY', sep: ' - ', present: 'Current' },
    h: { summary: 'About me', work: 'Work experience', edu: 'Education', skills: 'Tech stack', certs: 'Certificates', lang: 'Languages' },
  }, 'docx'],
  ['word-seun-docx', 'word', 'seun', {
    label: true, location: 'Victoria Island, Lagos', github: true, grade: true, gradeLabel: 'Class',
    dates: { style: 'MMMM YYYY', sep: ' – ', present: 'Present' }, eduDates: { style: 'YYYY', sep: ' – ' },
    h: { summary: 'Professional Summary', work: 'Experience', edu: 'Education', skills: 'Skills', certs: 'Certifications' },
  }, 'docx'],
  ['word-genevieve-docx', 'word', 'genevieve', {
    label: true, location: 'Montréal, QC',
    dates: { style: 'MMM YYYY', sep: ' – ', present: 'Present' }, eduDates: { style: 'YYYY', sep: ' – ' },
    h: { summary: 'Summary', work: 'Experience', edu: 'Education', skills: 'Technical Skills', certs: 'Certifications', lang: 'Languages' },
  }, 'docx'],
];

function main() {
  const out = process.argv[2];
  const only = process.argv[3];
  if (!out) { console.error('usage: gen.mjs OUT_DIR [case-substring]'); process.exit(2); }
  const build = process.env.EXPORTS_BUILD || '/tmp/exports-build';
  fs.mkdirSync(build, { recursive: true });
  for (const [id, design, persona, opts, format] of CASES) {
    if (only && !id.includes(only)) continue;
    const D = DESIGNS[design];
    const P = PERSONAS[persona];
    const dir = path.join(out, id);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    let file, pages, how;
    if (D.kind === 'html') {
      const { html, key } = D.fn(P, opts);
      const htmlFile = path.join(build, `${id}.html`);
      fs.writeFileSync(htmlFile, html);
      file = path.join(dir, 'resume.pdf');
      printPdf(htmlFile, file);
      pages = pageCount(file);
      how = 'HTML/CSS written for this batch, printed to PDF by headless Chromium';
      writeKey(dir, key);
    } else {
      const { bytes, key } = D.fn(P, opts);
      const docx = path.join(build, `${id}.docx`);
      fs.writeFileSync(docx, bytes);
      if (format === 'pdf') {
        const made = docxToPdf(docx, path.join(build, `${id}-pdf`), { tagged: true });
        file = path.join(dir, 'resume.pdf');
        fs.copyFileSync(made, file);
        pages = pageCount(file);
        how = 'hand-written DOCX printed to a tagged PDF by LibreOffice Writer (standing in for Word\'s "Save as PDF")';
      } else {
        file = path.join(dir, 'resume.docx');
        fs.copyFileSync(docx, file);
        pages = pageCount(docxToPdf(docx, path.join(build, `${id}-check`)));
        how = 'hand-written OOXML package (no office program involved)';
      }
      writeKey(dir, key);
    }
    const src = `# ${id}\n\nSynthetic resume generated by \`scripts/heldout/exports/gen.mjs\` (design \`${design}\`: ${D.what}; ${how}; ${pages} page${pages === 1 ? '' : 's'}). ` +
      `Persona \`${persona}\` (${P.name}) is invented: e-mail at example.com/example.org, phone in a fictional range, made-up handles and employers (universities and well-known companies appear only as names). ` +
      'No platform asset, template or code was copied; the look was written from scratch for this held-out batch. `expected.json` is recorded by the generator at the moment each field is printed (one source of truth), ' +
      'and `check.mjs` verifies every key string against the text layer. Licence: MIT (synthetic data).\n';
    fs.writeFileSync(path.join(dir, 'SOURCE.md'), src);
    console.log(`${id}: ${path.basename(file)}, ${pages} p.`);
  }
}

function writeKey(dir, key) {
  fs.writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(key, null, 2)}\n`);
}

main();
