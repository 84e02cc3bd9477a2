// 3. A Japanese rirekisho translated into English: a ruled form with the name family-name-first in capitals,
// a photo frame, "As of" date, then one Year | Month | History table where schooling and jobs are EVENTS on
// separate rows ("Entered …", "Graduated from …", "Joined …", "Resigned from …", "Currently employed", "End"),
// under centred "Education" and "Employment" sub-heading rows. Licences as Year | Month rows too. A backend
// engineer in Tokyo.
import { PdfDoc } from '../pdf-writer.mjs';
import { itemsOf, pdfTable, photo, wrapText } from './kit.mjs';

export const resume = {
  basics: {
    name: 'TANAKA Haruto',
    email: 'haruto.tanaka@example.jp',
    phone: '+81 90-5555-0142',
    location: '155-0031 Tokyo, Setagaya-ku, Kitazawa 3-5-12',
  },
  work: [
    { name: 'Hoshizora Systems Co., Ltd.', position: 'Software Engineer', startDate: '2019-04', endDate: '2022-03' },
    { name: 'Aozora Pay K.K.', position: 'Backend Engineer', startDate: '2022-04' },
  ],
  education: [
    { institution: 'Tokyo Metropolitan Kitazawa High School', startDate: '2012-04', endDate: '2015-03' },
    { institution: 'Waseda University', studyType: 'Bachelor of Engineering', area: 'Computer Science and Engineering', startDate: '2015-04', endDate: '2019-03' },
  ],
  skills: ['Go', 'Java', 'Kotlin', 'PostgreSQL', 'AWS', 'Kubernetes', 'gRPC'],
  sections: ['Education', 'Employment', 'Licences and Qualifications', 'Self-PR', 'Skills', 'Personal Requests'],
  otherSections: [
    {
      heading: 'Licences and Qualifications',
      items: [
        { date: '2018-11', title: 'Passed the Applied Information Technology Engineer Examination (IPA)' },
        { date: '2020-12', title: 'TOEIC Listening & Reading Test, score 885' },
        { date: '2021-06', title: 'AWS Certified Solutions Architect – Associate' },
      ],
    },
    { heading: 'Self-PR', items: ['Five years of backend development in payments and logistics. At Aozora Pay I designed the settlement batch that processes 2 million transactions a day and led the migration from a monolith to Go microservices. I value careful code review and writing clear design documents in Japanese and English.'] },
    { heading: 'Personal Requests', items: ['Desired position: Backend Engineer or Tech Lead', 'Commuting time: approx. 40 minutes', 'Dependents (excluding spouse): 0 / Spouse: No'] },
  ],
  layout: {
    columns: 1,
    notes:
      'PDF, A4, 1 page, Helvetica, ruled form. Title "RÉSUMÉ" centred; "As of March 1, 2024" at the right (not a role date). A personal table (label | value): Name (family name first, in capitals: "TANAKA Haruto"), Date of birth ("June 14, 1996 (age 27)"), Address in Japanese order (postcode, prefecture, ward, district, block number), Phone, E-mail; a framed photo at its right. Then one ruled table Year | Month | History: a centred "Education" row, then events "Entered X" / "Graduated from X (degree)"; a centred "Employment" row, then "Joined Company — Title, Division" and "Resigned from Company (reason)"; "Currently employed" and a right-aligned "End" close the list. Each school and job is assembled from two event rows (start from "Entered"/"Joined", end from "Graduated"/"Resigned"); the year and the month are in separate cells (month without a leading zero). No highlights, no work locations. "Licences and Qualifications" is a second Year | Month table. Self-PR paragraph, Skills as one comma line, Personal Requests rows.',
  },
};

export function render(r) {
  const doc = new PdfDoc({ width: 595.28, height: 841.89, title: 'Rirekisho_TANAKA_Haruto', creator: 'Microsoft Excel', producer: 'Microsoft Excel', compress: true });
  const p = doc.page();
  const b = r.basics;
  const L = 50, W = 495;
  p.text(297.6, 40, 'RÉSUMÉ', { font: 'Helvetica-Bold', size: 18, align: 'center', charSpacing: 3 });
  p.text(L + W, 66, 'As of March 1, 2024', { size: 9, align: 'right' });
  const S = { size: 9.5 };
  let y = pdfTable(p, L, 82, [92, 293], [
    ['Name', { text: b.name, font: 'Helvetica-Bold' }],
    ['Date of birth', 'June 14, 1996 (age 27)'],
    ['Address', b.location],
    ['Phone', b.phone],
    ['E-mail', b.email],
  ], { ...S, pad: 5 });
  p.rect(L + W - 85, 84, 85, 110, { stroke: 0.4, lineWidth: 0.6 });
  p.image(L + W - 82, 87, 79, 104, photo());
  y = Math.max(y, 198) + 14;
  const M = (iso) => String(Number(iso.slice(5, 7)));
  const center = (t) => ['', '', { text: t, font: 'Helvetica-Bold', align: 'center' }];
  const ev = (iso, t) => [iso.slice(0, 4), M(iso), t];
  const [hs, uni] = r.education;
  const [hoshi, aozora] = r.work;
  y = pdfTable(p, L, y, [55, 40, 400], [
    ['Year', 'Month', 'History'],
    center('Education'),
    ev(hs.startDate, `Entered ${hs.institution}`),
    ev(hs.endDate, `Graduated from ${hs.institution}`),
    ev(uni.startDate, `Entered ${uni.institution}, School of Fundamental Science and Engineering, Department of ${uni.area}`),
    ev(uni.endDate, `Graduated from ${uni.institution} (${uni.studyType})`),
    center('Employment'),
    ev(hoshi.startDate, `Joined ${hoshi.name} — ${hoshi.position}, Platform Development Division`),
    ev(hoshi.endDate, `Resigned from ${hoshi.name} (to change careers)`),
    ev(aozora.startDate, `Joined ${aozora.name} — ${aozora.position}, Payments Team`),
    ['', '', 'Currently employed'],
    ['', '', { text: 'End', align: 'right' }],
  ], { ...S, header: true, fill: 0.92 }) + 14;
  p.text(L, y, 'Licences and Qualifications', { font: 'Helvetica-Bold', size: 11 });
  y = pdfTable(p, L, y + 16, [55, 40, 400], [
    ['Year', 'Month', 'Licence / Qualification'],
    ...itemsOf(r, 'Licences and Qualifications').map((q) => ev(q.date, q.title)),
  ], { ...S, header: true, fill: 0.92 }) + 14;
  const block = (h, lines) => {
    p.text(L, y, h, { font: 'Helvetica-Bold', size: 11 });
    y += 16;
    p.rect(L, y - 3, W, lines.length * 12.5 + 8, { stroke: 0.55, lineWidth: 0.5 });
    for (const ln of lines) {
      p.text(L + 5, y + 1, ln, S);
      y += 12.5;
    }
    y += 18;
  };
  block('Self-PR', wrapText(itemsOf(r, 'Self-PR')[0], 'Helvetica', 9.5, W - 10));
  block('Skills', [r.skills.join(', ')]);
  block('Personal Requests', itemsOf(r, 'Personal Requests'));
  return doc.toBytes();
}
