#!/usr/bin/env node
// Checks every answer key of the builders batch against the text layer of its resume:
// pdftotext (default, -raw, -layout) of resume.pdf, or of LibreOffice's PDF rendering of resume.docx (private
// profile, timeout 120, one conversion at a time). Comparison: NFKC, case-insensitive, dashes and quotes unified,
// whitespace collapsed; a string found only once all whitespace is removed (a name stacked on two lines, a URL
// broken in a narrow column) is reported as a note, not an error. Dates: format (YYYY, YYYY-MM, present),
// start ≤ end, and the date itself printed in some month format ("Mar 2021", "03/2021", "2021-03", "March 2021",
// "Mar. 2021") or, for present, a present-word.
//   node scripts/heldout/builders/check.mjs /work/heldout/builders [case-substring]
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [root, only] = process.argv.slice(2);
if (!root) { console.error('usage: check.mjs CASES_DIR [case-substring]'); process.exit(2); }
const TMP = '/tmp/builders-check';

const norm = (s) => String(s).normalize('NFKC').toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u201c\u201d]/g, '"')
  .replace(/\u00ad/g, '').replace(/[\ue000-\uf8ff]/g, ' ');
const spaced = (s) => norm(s).replace(/\s+/g, ' ').trim();
const tight = (s) => norm(s).replace(/\s+/g, '');

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MON_DOT = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DATE = /^(\d{4}(-(0[1-9]|1[0-2]))?|present)$/;
const PRESENT = ['present', 'current', 'now', 'ongoing'];

function pdfFor(dir, id) {
  const pdf = path.join(dir, 'resume.pdf');
  if (fs.existsSync(pdf)) return pdf;
  const out = path.join(TMP, id);
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  execFileSync('timeout', ['120', 'soffice', '-env:UserInstallation=file:///tmp/lo-builders', '--headless', '--norestore',
    '--convert-to', 'pdf', '--outdir', out, path.join(dir, 'resume.docx')], { stdio: 'ignore' });
  return path.join(out, 'resume.pdf');
}

// Every string leaf of a value (otherSections items may be objects).
const leaves = (v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(leaves) : v && typeof v === 'object' ? Object.values(v).flatMap(leaves) : []);

let problems = 0, total = 0, cases = 0;
const allNotes = [];
for (const id of fs.readdirSync(root).sort()) {
  if (only && !id.includes(only)) continue;
  const dir = path.join(root, id);
  if (!fs.existsSync(path.join(dir, 'expected.json'))) continue;
  cases++;
  const key = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  let pdf;
  try { pdf = pdfFor(dir, id); } catch { console.log(`${id}: could not render`); problems++; continue; }
  const raw = [[], ['-raw'], ['-layout']].map((a) => execFileSync('pdftotext', [...a, pdf, '-'], { encoding: 'utf8' }));
  // Also join words broken by a hyphen at a line end.
  const variants = raw.flatMap((t) => [t, t.replace(/-\n\s*/g, '-')]);
  const S = variants.map(spaced), Tt = variants.map(tight);
  const has = (s) => S.some((t) => t.includes(spaced(s)));
  const hasTight = (s) => Tt.some((t) => t.includes(tight(s)));

  const strings = [];
  const errs = [];
  const b = key.basics ?? {};
  for (const k of ['name', 'label', 'email', 'phone', 'url', 'location', 'summary']) if (b[k] != null) strings.push([`basics.${k}`, b[k]]);
  for (const p of b.profiles ?? []) strings.push(['basics.profiles', p]);
  const dateCheck = (o, where) => {
    for (const k of ['startDate', 'endDate']) {
      const v = o[k];
      if (v == null) continue;
      if (!DATE.test(v)) { errs.push(`${where}.${k}: bad format ${v}`); continue; }
      if (v === 'present') { if (!PRESENT.some((w) => has(w))) errs.push(`${where}.${k}: no present-word printed`); continue; }
      const y = v.slice(0, 4);
      if (v.length === 4) { if (!has(y)) errs.push(`${where}.${k}: year ${y} not printed`); continue; }
      const m = Number(v.slice(5, 7));
      const forms = [`${MON[m - 1]} ${y}`, `${MONTH[m - 1]} ${y}`, `${MON_DOT[m - 1]} ${y}`, `${String(m).padStart(2, '0')}/${y}`, `${y}-${v.slice(5, 7)}`];
      if (!forms.some((f) => has(f))) errs.push(`${where}.${k}: ${v} not printed in any month format`);
    }
    const s = o.startDate, e = o.endDate;
    if (s && e && s !== 'present' && e !== 'present' && s.slice(0, 7) > e.slice(0, 7)) errs.push(`${where}: start ${s} > end ${e}`);
    if (s === 'present') errs.push(`${where}: startDate is present`);
  };
  (key.work ?? []).forEach((w, i) => {
    for (const k of ['name', 'position', 'location']) if (w[k] != null) strings.push([`work[${i}].${k}`, w[k]]);
    for (const h of w.highlights ?? []) strings.push([`work[${i}].highlights`, h]);
    dateCheck(w, `work[${i}]`);
  });
  (key.education ?? []).forEach((ed, i) => {
    for (const k of ['institution', 'studyType', 'area', 'location', 'score']) if (ed[k] != null) strings.push([`education[${i}].${k}`, ed[k]]);
    dateCheck(ed, `education[${i}]`);
  });
  for (const s of key.skills ?? []) strings.push(['skills', s]);
  for (const s of key.sections ?? []) strings.push(['sections', s]);
  for (const p of key.projects ?? []) for (const k of ['name', 'description']) if (p[k]) strings.push([`projects.${k}`, p[k]]);
  for (const o of key.otherSections ?? []) {
    strings.push(['otherSections.heading', o.heading]);
    for (const s of leaves(o.items)) strings.push([`otherSections[${o.heading}]`, s]);
  }
  const headingsNotInSections = (key.otherSections ?? []).filter((o) => !(key.sections ?? []).includes(o.heading));
  for (const o of headingsNotInSections) errs.push(`otherSections heading "${o.heading}" not in sections`);
  for (const [f, s] of strings) if (typeof s !== 'string' || !s.trim()) errs.push(`${f}: empty`);

  const miss = [], notes = [];
  for (const [f, s] of strings) {
    if (has(s)) continue;
    if (hasTight(s)) notes.push(`${f}: ${s}`); else miss.push(`${f}: ${s}`);
  }
  total += strings.length;
  problems += miss.length + errs.length;
  console.log(`${id}: ${strings.length - miss.length}/${strings.length} strings${notes.length ? `, ${notes.length} only without whitespace` : ''}${errs.length ? `, ${errs.length} errors` : ''}`);
  for (const n of notes) { console.log(`   note ${n}`); allNotes.push(`${id} ${n}`); }
  for (const m of miss) console.log(`   MISSING ${m}`);
  for (const e of errs) console.log(`   ERROR ${e}`);
}
console.log(`${cases} cases, ${total} strings checked, ${problems} problems, ${allNotes.length} whitespace-only notes`);
process.exit(problems ? 1 : 0);
