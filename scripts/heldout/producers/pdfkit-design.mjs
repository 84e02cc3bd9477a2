// The one design drawn with PDFKit (from /tmp/producers-deps), the way Node resume-builder back ends do it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { Key, range } from './lib.mjs';

const require = createRequire(`${process.env.PRODUCERS_DEPS || '/tmp/producers-deps'}/`);
const PDFDocument = require('pdfkit');
const LATO = '/usr/share/fonts/truetype/lato';

export function buildPdfkit(P, out) {
  const key = new Key(); const notes = [];
  const doc = new PDFDocument({ size: 'A4', margins: { top: 48, bottom: 60, left: 52, right: 52 }, bufferPages: true,
    info: { Title: `${P.first} ${P.last} – CV`, Author: `${P.first} ${P.last}`, Creator: 'PDFKit-based builder imitation', Producer: 'PDFKit (PassTheBot held-out producers batch)', CreationDate: new Date('2025-07-01T12:00:00Z') } });
  const stream = fs.createWriteStream(out); doc.pipe(stream);
  doc.registerFont('R', `${LATO}/Lato-Regular.ttf`); doc.registerFont('B', `${LATO}/Lato-Bold.ttf`); doc.registerFont('I', `${LATO}/Lato-Italic.ttf`);
  const L = 52, Wd = doc.page.width - 104; const ink = '#1d2530', soft = '#5b6573', acc = '#c2410c';
  const name = `${P.first} ${P.last}`;
  key.set('name', name); key.set('label', P.label);
  doc.font('B').fontSize(25).fillColor(ink).text(name, L, 48);
  doc.font('R').fontSize(13).fillColor(acc).text(P.label);
  doc.moveDown(0.4);
  // contact row: each piece its own text() call placed at explicit x, links on the handles
  const items = [[key.set('email', P.email), `mailto:${P.email}`], [key.set('phone', P.phone), null], [key.set('location', `${P.city}, ${P.country}`), null]];
  for (const u of [P.linkedin, P.github]) { key.basics.profiles.push(u); items.push([u, `https://${u}`]); }
  let x = L; let y = doc.y; doc.font('R').fontSize(9).fillColor(soft);
  for (const [t, link] of items) {
    const w = doc.widthOfString(t);
    if (x + w > L + Wd) { x = L; y += 14; }
    doc.text(t, x, y, { lineBreak: false, link: link || undefined, underline: false });
    x += w + 16;
  }
  notes.push('contact pieces are separate text objects; e-mail and profile handles carry /Link annotations to mailto:/https:// targets equal to the printed text');
  doc.y = y + 20; doc.x = L;
  doc.moveTo(L, doc.y).lineTo(L + Wd, doc.y).lineWidth(1.5).strokeColor(acc).stroke();
  const bottom = doc.page.height - 60;
  const need = (h) => { if (doc.y + h > bottom) { doc.addPage(); doc.y = 48; } };
  const heading = (t) => { need(50); doc.moveDown(0.9); doc.font('B').fontSize(12).fillColor(acc).text(t, L, doc.y, { characterSpacing: 0.6 }); doc.moveDown(0.25); key.sections.push(t); };
  const bullet = (t) => {
    doc.font('R').fontSize(10.2).fillColor(ink);
    const h = doc.heightOfString(t, { width: Wd - 14 }); need(h + 2);
    const y0 = doc.y; doc.circle(L + 4, y0 + 6.2, 1.7).fill(ink);
    doc.fillColor(ink).text(t, L + 14, y0, { width: Wd - 14, lineGap: 1.5 }); doc.moveDown(0.15);
  };
  const row = (left, right, fontL, sizeL, colorL) => { // left text + right-aligned text, same y, separate objects
    need(30); const y0 = doc.y;
    doc.font('R').fontSize(9.5).fillColor(soft).text(right, L, y0 + 1, { width: Wd, align: 'right', lineBreak: false });
    doc.font(fontL).fontSize(sizeL).fillColor(colorL).text(left, L, y0, { width: Wd - 130 });
  };
  heading('Summary'); key.set('summary', P.summary);
  doc.font('R').fontSize(10.2).fillColor(ink).text(P.summary, L, doc.y, { width: Wd, align: 'justify', lineGap: 1.5 });
  heading('Experience');
  const dopt = { style: 'MM/YYYY', present: 'Present', sep: ' – ' };
  for (const w of P.work) {
    key.work1(w, { style: dopt.style });
    doc.moveDown(0.35);
    row(w.position, range(w.start, w.end, dopt), 'B', 11.2, ink);
    doc.font('I').fontSize(10).fillColor(soft).text(`${w.company} · ${w.location}`, L, doc.y, { width: Wd });
    doc.moveDown(0.2);
    for (const b of w.bullets) bullet(b);
  }
  if (P.projects) {
    heading('Projects');
    for (const p of P.projects) {
      const pk = { name: p.name, description: p.description }; if (p.keywords.length) pk.keywords = [...p.keywords]; key.projects.push(pk);
      need(40); doc.font('B').fontSize(10.5).fillColor(ink).text(p.name, L, doc.y, { continued: !!p.keywords.length });
      if (p.keywords.length) doc.font('I').fontSize(10).fillColor(soft).text(`  —  ${p.keywords.join(', ')}`);
      bullet(p.description);
    }
  }
  heading('Education');
  for (const e of P.education) {
    key.edu(e, { style: dopt.style });
    doc.moveDown(0.3);
    row(`${e.studyType} in ${e.area}`, range(e.start, e.end, dopt), 'B', 11, ink);
    doc.font('I').fontSize(10).fillColor(soft).text(e.institution, L, doc.y, { width: Wd });
    if (e.score) doc.font('R').fontSize(10).fillColor(ink).text(e.score, L, doc.y, { width: Wd });
  }
  heading('Skills'); key.skills.push(...P.skills);
  // three-column grid, filled column by column
  need(80); const per = Math.ceil(P.skills.length / 3); const y0 = doc.y; let maxY = y0;
  for (let c = 0; c < 3; c++) {
    let yy = y0;
    for (const s of P.skills.slice(c * per, (c + 1) * per)) {
      doc.circle(L + c * (Wd / 3) + 4, yy + 6, 1.7).fill(acc);
      doc.font('R').fontSize(10).fillColor(ink).text(s, L + c * (Wd / 3) + 13, yy, { width: Wd / 3 - 16, lineBreak: false }); yy += 15;
    }
    maxY = Math.max(maxY, yy);
  }
  doc.y = maxY; doc.x = L;
  notes.push('skills are a three-column grid filled column by column (reading order in the key: column 1 top to bottom, then column 2, then 3)');
  heading('Languages'); key.other('Languages', P.languages);
  doc.font('R').fontSize(10).fillColor(ink).text(P.languages.join('   ·   '), L, doc.y, { width: Wd });
  heading('Certifications'); key.other('Certifications', P.certs);
  for (const c of P.certs) bullet(c);
  // footer on every page
  const range2 = doc.bufferedPageRange();
  for (let i = 0; i < range2.count; i++) {
    doc.switchToPage(i); const mb = doc.page.margins.bottom; doc.page.margins.bottom = 0;
    const ft = `${name}  —  Page ${i + 1} of ${range2.count}`;
    doc.font('R').fontSize(8.5).fillColor(soft).text(ft, L, doc.page.height - 40, { width: Wd, align: 'center', lineBreak: false });
    doc.page.margins.bottom = mb;
  }
  notes.push(`${range2.count} page(s); footer "${name}  —  Page N of ${range2.count}" on every page`);
  key.layout.columns = 1;
  doc.end();
  return new Promise((res) => stream.on('finish', () => res({ key, notes })));
}
