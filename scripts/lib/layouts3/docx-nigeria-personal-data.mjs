// 12. A Nigerian-style Word CV: a centred "CURRICULUM VITAE" title where the name would be, the name only as
// the value of a "Name:" row in a borderless PERSONAL DATA table (with date of birth, state of origin, LGA,
// marital status), separate "Institutions Attended with Dates" and "Qualifications Obtained with Dates" lists,
// jobs as "Title – Company, City" with "March 2019 – To date", "Duties:" lines and Wingdings "❖" bullets, an
// NYSC service year, and three referees with their own phones and addresses. An accountant in Lagos.
import { numberingXml, packDocx, para, sectPr, table } from './kit.mjs';

export const resume = {
  basics: {
    name: 'Chukwuemeka Daniel Obi',
    email: 'chukwuemeka.obi@example.com',
    phone: '+234 803 555 0147',
    location: '14 Example Close, Lekki Phase 1, Lagos State',
    summary:
      'To contribute my accounting and financial reporting skills to a dynamic organisation where I can grow professionally and add value through accuracy, integrity and hard work.',
  },
  work: [
    {
      position: 'Senior Accountant',
      name: 'Kanem Petroleum Services Ltd',
      location: 'Lagos',
      startDate: '2019-03',
      highlights: [
        'Prepare monthly management accounts and IFRS financial statements for three subsidiaries',
        'Reconcile 14 bank accounts and supervise two accounts officers',
        'Coordinate the annual external audit and company income tax and VAT returns to FIRS',
      ],
    },
    {
      position: 'Accountant',
      name: 'Ogbunike & Partners (Chartered Accountants)',
      location: 'Enugu',
      startDate: '2016-01',
      endDate: '2019-02',
      highlights: ['Carried out statutory audits of SMEs, schools and churches', 'Prepared tax computations and payroll for 20 clients using Sage 50'],
    },
    {
      position: 'Audit Clerk (NYSC)',
      name: 'Kafanchan Municipal Treasury',
      location: 'Kaduna State',
      startDate: '2014-11',
      endDate: '2015-10',
      highlights: ['Vouched payment vouchers and maintained the fixed-asset register during the national youth service year'],
    },
  ],
  education: [
    { institution: 'University of Nigeria, Nsukka', studyType: 'B.Sc.', area: 'Accountancy', startDate: '2009', endDate: '2014' },
    { institution: 'Unity Grammar School, Awka', studyType: 'Senior School Certificate Examination', startDate: '2003', endDate: '2009' },
  ],
  skills: ['Sage 50', 'SAP FICO', 'IFRS reporting', 'Tax computation', 'Microsoft Excel (pivot tables, VLOOKUP)'],
  sections: ['PERSONAL DATA', 'CAREER OBJECTIVE', 'INSTITUTIONS ATTENDED WITH DATES', 'QUALIFICATIONS OBTAINED WITH DATES', 'WORK EXPERIENCE', 'SKILLS', 'HOBBIES', 'REFEREES'],
  otherSections: [
    { heading: 'PERSONAL DATA', items: [{ label: 'Date of Birth', value: '17th August, 1990' }, { label: 'State of Origin', value: 'Anambra State' }, { label: 'L.G.A.', value: 'Njikoka' }, { label: 'Nationality', value: 'Nigerian' }, { label: 'Marital Status', value: 'Married' }] },
    { heading: 'QUALIFICATIONS OBTAINED WITH DATES', items: [{ title: 'Associate Chartered Accountant (ACA), ICAN', date: '2018' }, { title: 'B.Sc. Accountancy (Second Class Upper Division)', date: '2014' }, { title: 'Senior School Certificate Examination (WAEC)', date: '2009' }] },
    { heading: 'HOBBIES', items: ['Reading, football and community service'] },
    {
      heading: 'REFEREES',
      items: [
        { name: 'Mr. Ikenna Eze', title: 'Finance Manager, Kanem Petroleum Services Ltd, Lagos', phone: '+234 802 555 0191' },
        { name: 'Mrs. Funmilayo Adeyemi, FCA', title: 'Partner, Ogbunike & Partners, 22 Example Road, Enugu', phone: '+234 805 555 0126' },
        { name: 'Dr. Musa Abdullahi', title: 'Senior Lecturer, Department of Accountancy, University of Nigeria, Nsukka', phone: '+234 806 555 0174' },
      ],
    },
  ],
  layout: {
    columns: 1,
    notes:
      'DOCX, A4, Times New Roman 12. The first paragraph is a centred, bold, underlined "CURRICULUM VITAE" (a document title, not the name and not a section). Headings are bold underlined capitals. PERSONAL DATA is a borderless 2-column table of "Label:" | value rows; the name appears only there ("Name:" row), the address under "Contact Address:", plus phone, e-mail, date of birth ("17th August, 1990"), state of origin, L.G.A., nationality and marital status. CAREER OBJECTIVE paragraph (basics.summary). Education is split into two lists with right-tab dates: "INSTITUTIONS ATTENDED WITH DATES" (school, "2009 – 2014") and "QUALIFICATIONS OBTAINED WITH DATES" (qualification, year); the key joins each school with its qualification; the ACA is a professional qualification (otherSections). WORK EXPERIENCE: bold "Title – Company, City" with dates on a right tab ("March 2019 – To date": current, no endDate), an italic "Duties:" line, and "❖" bullets (Wingdings F076 in numbering.xml). The NYSC service year is a job (Audit Clerk). REFEREES: three numbered paragraphs with other people’s names, titles, addresses and phones.',
  },
};

export function render(r) {
  const b = r.basics;
  const H = (t) => para([{ text: t, bold: true, underline: true }], { before: 12, after: 4, keepNext: true });
  const T = [['right', 9026]];
  const long = (iso) => (iso.length === 4 ? iso : `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][Number(iso.slice(5)) - 1]} ${iso.slice(0, 4)}`);
  const out = [para([{ text: 'CURRICULUM VITAE', bold: true, underline: true, size: 16 }], { align: 'center', after: 12 }), H('PERSONAL DATA')];
  const personal = [['Name', b.name], ['Contact Address', b.location], ['Phone', b.phone], ['E-mail', b.email], ...r.otherSections[0].items.map((o) => [o.label, o.value])];
  out.push(table([2600, 6426], personal.map(([k, v]) => [para([{ text: `${k}:`, bold: true }], { after: 20 }), para([v], { after: 20 })])));
  out.push(H('CAREER OBJECTIVE'), para([b.summary], { align: 'both' }));
  out.push(H('INSTITUTIONS ATTENDED WITH DATES'));
  for (const e of r.education) out.push(para([`${e.institution}\t${e.startDate} – ${e.endDate}`], { tabs: T, after: 2 }));
  out.push(H('QUALIFICATIONS OBTAINED WITH DATES'));
  for (const q of r.otherSections[1].items) out.push(para([`${q.title}\t${q.date}`], { tabs: T, after: 2 }));
  out.push(H('WORK EXPERIENCE'));
  for (const w of r.work) {
    out.push(para([{ text: `${w.position} – ${w.name}, ${w.location}`, bold: true }, `\t${long(w.startDate)} – ${w.endDate ? long(w.endDate) : 'To date'}`], { tabs: T, after: 0, keepNext: true, before: 6 }));
    out.push(para([{ text: 'Duties:', italic: true }], { after: 0, keepNext: true }));
    for (const h of w.highlights) out.push(para([h], { numId: 7, after: 0 }));
  }
  out.push(H('SKILLS'));
  for (const s of r.skills) out.push(para([s], { numId: 7, after: 0 }));
  out.push(H('HOBBIES'), para([r.otherSections[2].items[0]]));
  out.push(H('REFEREES'));
  r.otherSections[3].items.forEach((o, i) => {
    out.push(para([{ text: `${i + 1}.  ${o.name}`, bold: true }], { after: 0 }));
    out.push(para([o.title], { after: 0, ind: 360 }));
    out.push(para([o.phone], { after: 8, ind: 360 }));
  });
  return packDocx({
    body: out.join(''),
    finalSectPr: sectPr({ a4: true }),
    numbering: numberingXml([{ id: 7, char: '\uF076', font: 'Wingdings' }]),
    font: 'Times New Roman',
    size: 12,
    title: 'CV - Chukwuemeka Obi',
    creator: 'HP',
  });
}
