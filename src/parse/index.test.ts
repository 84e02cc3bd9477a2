import { describe, expect, it } from 'vitest';
import { parse } from '../core/parse.js';
import type { Document, Line, TextItem } from '../types.js';
import { layoutPdf } from '../layout/pdf.js';
import { parseDocument } from './index.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('parseDocument: contact details', () => {
  it('reads a town, region and country code printed without commas near the e-mail', async () => {
    const out = await parse(text('Eleanor Whitcombe\nChartered Accountant (ACA)\n\nAbout\nLeeds West Yorkshire GB\neleanor.whitcombe@example.com\n07700 900461\n\nExperience\nAudit Manager, Hartley & Moss LLP, 2017 – 2020\n'), {});
    expect(out.resume.basics).toMatchObject({ name: 'Eleanor Whitcombe', location: { city: 'Leeds', region: 'West Yorkshire', countryCode: 'GB' } });
  });
  it('takes personal particulars or a street address under the name for no headline', async () => {
    const a = await parse(text('Thiago Albuquerque Nogueira\nBrasileiro, casado, 32 anos\nTelefone: (11) 98765-4310 | E-mail: thiago@example.com\n\nExperiência Profissional\nEngenheiro de Software, Pagafácil, 2022 – atual\n'), {});
    expect(a.resume.basics?.label).toBeUndefined();
    const b = await parse(text('Karthik Pothireddy\nFlat 302, Sai Residency, Kukatpally, Hyderabad – 500072\nMobile: +91 98490 31427\n\nExperience\nSoftware Engineer, Trivexa, 2022 – Present\n'), {});
    expect(b.resume.basics?.label).toBeUndefined();
    expect(b.resume.basics?.url).toBeUndefined();
  });
  it('leaves hyphenated and dotted post-nominals out of the name', async () => {
    const a = await parse(text('Thandiwe Okafor-Wray, DNP, RN, NE-BC\nChief Nursing Officer\nthandiwe@example.com\n\nExperience\nChief Nursing Officer, St. Columba Regional Medical Center, 2019 – Present\n'), {});
    expect(a.resume.basics?.name).toBe('Thandiwe Okafor-Wray');
    const b = await parse(text('Henrik Castellanos, P.E.\n3381 NE Orenco Gardens Drive\nHillsboro, OR 97124\nh.castellanos@example.org\n\nExperience\nCivil Engineer, Clackmore County, 2019 – Present\n'), {});
    expect(b.resume.basics).toMatchObject({ name: 'Henrik Castellanos', location: { city: 'Hillsboro', region: 'OR' } });
  });
  it('reads a headline beside links, and passes over the name printed again under itself', async () => {
    const a = await parse(text('Henrike Osterhaus\nPh.D. Candidate in Machine Learning    osterhaus.example.org    linkedin.com/in/henrike-osterhaus\nh.osterhaus@example.org\n\nExperience\nResearch Intern, Google, 2023 – 2023\n'), {});
    expect(a.resume.basics?.label).toBe('Ph.D. Candidate in Machine Learning');
    const b = await parse(text('Tobias Brenneman\nTobias Brenneman\ntobias.brenneman@example.com\n\nSenior Backend Engineer · Chicago, IL · (312) 555-0147\n\nExperience\nBackend Engineer, Relay Freight, 2019 – 2024\n'), {});
    expect(b.resume.basics).toMatchObject({ name: 'Tobias Brenneman', label: 'Senior Backend Engineer' });
  });
  it('reads "Name, Job Title" printed on one line', async () => {
    const out = await parse(text('Priya Raghunathan, Frontend & Mobile Developer\npriya.r@example.com | +91 98765 55501\n\nExperience\nSenior Mobile Engineer, Kirana Cart, 2021 – Present\n'), {});
    expect(out.resume.basics).toMatchObject({ name: 'Priya Raghunathan', label: 'Frontend & Mobile Developer' });
  });
});

describe('parseDocument: a continental European CV', () => {
  it('reads "Qualifications" holding skill rows as skills, and leaves out the place and day it was signed', async () => {
    const out = await parse(text('Przemysław Wierzchowski\np.wierzchowski@example.com\n\nExperience\nBackend Developer, Capgemini Polska, 2012 – 2013\n\nQualifications\nIT skills: Java, Kotlin, SQL\nSoft skills: Mentoring, Technical interviewing\n\nInterests\nChess, mountain running\nWrocław, 3 March 2025\n'), {});
    expect(out.resume.skills).toEqual([{ name: 'IT skills', keywords: ['Java', 'Kotlin', 'SQL'] }, { name: 'Soft skills', keywords: ['Mentoring', 'Technical interviewing'] }]);
    expect(out.resume.education ?? []).toEqual([]);
    expect(out.resume.interests).toEqual([{ name: 'Chess' }, { name: 'mountain running' }]);
  });
});

describe('parseDocument: a federal or military resume', () => {
  it('leaves the hours and pay line out of the header, reads duty paragraphs over the items as duties, and knows a service and its ranks', async () => {
    const out = await parse(text('Ngozi Abernethy\nngozi@example.com\n\nExperience\n\nRegistered Nurse (Medical/Surgical ICU)    January 2020 – Present\nU.S. Department of Veterans Affairs | Tampa, FL\n'
      + '36 hrs/week · Nurse II, Step 4 · $92,714 per year\n\nProvide direct care to critically ill veterans with sepsis and respiratory failure.\n\n'
      + 'Serve as charge nurse two shifts a week, making assignments for eight nurses.\n\n• Led the unit CAUTI prevention project that reduced infections.\n\n'
      + 'Hospital Corpsman Second Class (HM2)    September 2010 – August 2016\nUnited States Navy | Portsmouth, VA\n\n'
      + 'Provided patient care in the intensive care and emergency departments of a teaching hospital.\n\n• Trained 60 sailors and Marines in Tactical Combat Casualty Care.\n'), {});
    expect((out.resume.work as { name?: string; position?: string; highlights?: string[] }[]).map((w) => [w.name, w.position, w.highlights?.length])).toEqual([
      ['U.S. Department of Veterans Affairs', 'Registered Nurse (Medical/Surgical ICU)', 3],
      ['United States Navy', 'Hospital Corpsman Second Class (HM2)', 2],
    ]);
  });
});

describe('parseDocument: an application form\'s employment table', () => {
  it('reads a cell holding the whole entry ("Employer, position and main duties") beside its From and To cells', () => {
    let n = 0;
    const cell = (text: string, row: number, c: number, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text, fontSize: 10 }], page: 1, index: n++, region: 'body', fontSize: 10, table: { table: 1, row, cell: c }, ...extra });
    const lines: Line[] = [
      { text: 'Sana Mahmood', runs: [{ text: 'Sana Mahmood', fontSize: 16, bold: true }], page: 1, index: n++, region: 'body', fontSize: 16, bold: 1 },
      { text: 'sana@example.com', runs: [{ text: 'sana@example.com' }], page: 1, index: n++, region: 'body' },
      { text: 'Employment History', runs: [{ text: 'Employment History', fontSize: 12, bold: true }], page: 1, index: n++, region: 'body', fontSize: 12, bold: 1 },
      cell('From', 0, 0, { bold: 1 }), cell('To', 0, 1, { bold: 1 }), cell('Employer, position and main duties', 0, 2, { bold: 1 }),
      cell('06/2022', 1, 0), cell('Present', 1, 1), cell('Financial Controller', 1, 2, { bold: 1 }), cell('Co-operative Bank, Manchester', 1, 2),
      cell('Lead a team of six running month-end close for 14 entities', 1, 2, { bullet: '•', listLevel: 0 }),
      cell('01/2020', 2, 0), cell('05/2022', 2, 1), cell('Senior Management Accountant', 2, 2, { bold: 1 }), cell('AO World, Bolton', 2, 2),
    ];
    const out = parseDocument({ kind: 'docx', pages: [{ number: 1, width: 612, height: 792, columns: 1, images: 0 }], lines, repairs: [], meta: { bytes: 1000 } } as Document);
    expect(out.resume.work).toEqual([
      { name: 'Co-operative Bank', position: 'Financial Controller', location: 'Manchester', startDate: '2022-06', highlights: ['Lead a team of six running month-end close for 14 entities'] },
      { name: 'AO World', position: 'Senior Management Accountant', location: 'Bolton', startDate: '2020-01', endDate: '2022-05' },
    ]);
  });
});

describe('parseDocument: a table of school subjects and grades', () => {
  it('reads no schools in a "Leaving Certificate subject | Level | Grade" table under the qualifications', () => {
    let n = 0;
    const cell = (text: string, table: number, row: number, c: number, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text, fontSize: 11 }], page: 1, index: n++, region: 'body', fontSize: 11, table: { table, row, cell: c }, ...extra });
    const lines: Line[] = [
      { text: 'Aoife Ní Bhriain', runs: [{ text: 'Aoife Ní Bhriain', fontSize: 16, bold: true }], page: 1, index: n++, region: 'body', fontSize: 16, bold: 1 },
      { text: 'aoife@example.com', runs: [{ text: 'aoife@example.com' }], page: 1, index: n++, region: 'body' },
      { text: 'Education', runs: [{ text: 'Education', fontSize: 13, bold: true }], page: 1, index: n++, region: 'body', fontSize: 13, bold: 1 },
      cell('Year', 0, 0, 0, { bold: 1 }), cell('Institution', 0, 0, 1, { bold: 1 }), cell('Qualification', 0, 0, 2, { bold: 1 }), cell('Result', 0, 0, 3, { bold: 1 }),
      cell('2015', 0, 1, 0), cell('Coláiste Íosagáin, Stillorgan', 0, 1, 1), cell('Leaving Certificate', 0, 1, 2), cell('543 points', 0, 1, 3),
      cell('Leaving Certificate subject', 1, 0, 0, { bold: 1 }), cell('Level', 1, 0, 1, { bold: 1 }), cell('Grade', 1, 0, 2, { bold: 1 }),
      cell('Irish', 1, 1, 0), cell('Higher', 1, 1, 1), cell('H1', 1, 1, 2), cell('English', 1, 2, 0), cell('Higher', 1, 2, 1), cell('H2', 1, 2, 2),
    ];
    const out = parseDocument({ kind: 'docx', pages: [{ number: 1, width: 612, height: 792, columns: 1, images: 0 }], lines, repairs: [], meta: { bytes: 1000 } } as Document);
    expect(out.resume.education).toEqual([{ institution: 'Coláiste Íosagáin, Stillorgan', studyType: 'Leaving Certificate', endDate: '2015', score: '543 points' }]);
  });
});

describe('parseDocument: a functional resume', () => {
  const item = (text: string, x: number, y: number, size = 10, extra: Partial<TextItem> = {}): TextItem =>
    ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body', ...extra });
  it('reads no skills in accomplishments grouped under skill names, and a labelled row straight under a skills heading as a group of it', () => {
    const items: TextItem[] = [item('Thaddeus Okafor-Lind', 200, 40, 18, { bold: true }), item('thaddeus@example.com', 200, 64), item('Transferable Skills', 47, 100, 12)];
    let y = 100;
    for (const [label, bullets] of [['Data Analysis', ['Analyzed 18 months of point-of-sale data in SQL to re-plan staffing', 'Built a shrink-tracking workbook adopted by six stores in the district']],
      ['Operations Leadership', ['Managed a team of 85 and a $14M annual sales plan at 104% of plan', 'Hired and trained 11 department leads, four of whom were promoted']]] as const) {
      items.push(item(label, 47, (y += 22), 10, { bold: true }));
      bullets.forEach((b, i) => items.push(item('▷', 160, i ? (y += 14) : y), item(b, 173, y)));
    }
    items.push(item('Technical Skills', 47, (y += 30), 12), item('Languages', 47, (y += 22), 10, { bold: true }), item('SQL, Python, R', 173, y),
      item('Tools', 47, (y += 14), 10, { bold: true }), item('Tableau, Power BI, Excel', 173, y), item('Work History', 47, (y += 30), 12), item('Store Manager, Target, Dublin, OH    Feb 2018 – Nov 2023', 47, (y += 22)));
    const out = parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000));
    expect(out.sections.map((x) => x.heading)).toEqual(['Transferable Skills', 'Technical Skills', 'Work History']);
    expect(out.resume.skills).toEqual([{ name: 'Languages', keywords: ['SQL', 'Python', 'R'] }, { name: 'Tools', keywords: ['Tableau', 'Power BI', 'Excel'] }]);
  });
});

describe('parseDocument: names set in sidebars and in rows of cells', () => {
  const item = (text: string, x: number, y: number, size = 8, extra: Partial<TextItem> = {}): TextItem =>
    ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body', ...extra });
  it('reads a name wrapped over three lines in a right sidebar (JSON Resume "orbit") and the contact lines under it', () => {
    const items: TextItem[] = [];
    let y = 40;
    for (const [heading, rows] of [['WORK EXPERIENCE', 6], ['PUBLICATIONS', 2], ['SKILLS & PROFICIENCY', 3]] as const) {
      items.push(item(heading, 98, y, 11));
      for (let i = 0; i < rows; i++) items.push(item(i % 2 ? 'Pinecrest Health Systems, Raleigh, NC' : 'Senior Engineering Manager at a health company', 77, (y += 14)));
      y += 30;
    }
    items.push(item('Dana', 483, 40, 17.5, { bold: true }), item('Whitfield-', 463, 58, 17.5, { bold: true }), item('Okafor', 476, 76, 17.5, { bold: true }));
    items.push(item('Engineering Manager', 461, 98), item('dana.whitfield@example.com', 453, 140), item('(919) 555-0173', 464, 160), item('github.com/dwokafor', 453, 180), item('EDUCATION', 453, 230, 11), item('North Carolina State University', 453, 250));
    const doc = layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000);
    const { resume } = parseDocument(doc);
    expect(resume.basics).toMatchObject({ name: 'Dana Whitfield-Okafor', label: 'Engineering Manager', email: 'dana.whitfield@example.com', phone: '(919) 555-0173' });
    expect(resume.basics.profiles).toEqual([expect.objectContaining({ network: 'GitHub', username: 'dwokafor' })]);
  });
  it('takes the name from a row that also holds a place ("Noa Ben-Ami    Haifa, Israel")', () => {
    const items: TextItem[] = [item('Noa Ben-Ami', 62, 40, 11), item('Haifa, Israel', 442, 40, 11), item('Machine Learning Engineer', 62, 56, 12), item('noa.benami@example.com', 400, 58, 11)];
    items.push(item('Education', 62, 100, 14), item('2018–2022', 62, 120, 11, { bold: true }), item('PhD, Electrical Engineering', 142, 120, 11, { bold: true }));
    items.push(item('Technion – Israel Institute of Technology, Haifa, Israel', 142, 134, 11));
    const { resume } = parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000));
    expect(resume.basics).toMatchObject({ name: 'Noa Ben-Ami', label: 'Machine Learning Engineer' });
  });
});

describe('parseDocument: designed headers', () => {
  const item = (text: string, x: number, y: number, size = 10.5, extra: Partial<TextItem> = {}): TextItem =>
    ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body', ...extra });
  it('passes over a monogram beside the name or the headline', () => {
    const a = [item('ÉL', 57, 40, 24, { bold: true }), item('Étienne Lamarre', 113, 40, 24, { bold: true }), item('ENGINEERING MANAGER', 113, 70, 10)];
    a.push(item('etienne@example.org', 52, 100, 9), item('Experience', 52, 140, 12, { bold: true }));
    expect(parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items: a, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000)).resume.basics)
      .toMatchObject({ name: 'Étienne Lamarre', label: 'ENGINEERING MANAGER' });
    const b = [item('AOIFE KELLEHER', 147, 40, 30, { bold: true }), item('AK', 59, 75, 30, { bold: true }), item('MARKETING TECHNOLOGIST', 160, 80, 11)];
    b.push(item('aoife@example.com', 160, 110, 9), item('Experience', 52, 140, 12, { bold: true }));
    expect(parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items: b, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000)).resume.basics)
      .toMatchObject({ name: 'AOIFE KELLEHER', label: 'MARKETING TECHNOLOGIST' });
  });
  it('reads a name set on two lines whose first shares its row with contact details at the right', () => {
    const items = [item('Ifeoma', 34, 40, 24, { bold: true }), item('ifeoma@example.com', 254, 44, 8), item('Lagos, Nigeria', 254, 58, 8)];
    items.push(item('Chukwuemeka', 34, 66, 24, { bold: true }), item('github.com/ifeomac', 254, 72, 8), item('UX Engineer', 34, 96, 11.5), item('Summary', 57, 130, 10, { bold: true }));
    expect(parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000)).resume.basics)
      .toMatchObject({ name: 'Ifeoma Chukwuemeka', label: 'UX Engineer' });
  });
});

describe('parseDocument: education', () => {
  const item = (text: string, x: number, y: number, size = 10.5, extra: Partial<TextItem> = {}): TextItem =>
    ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body', ...extra });
  it('reads the degree set as an indented line under the school, and the field printed over it', () => {
    const items: TextItem[] = [item('Björn Åkerlund', 39, 40, 20), item('bjorn@example.com', 39, 66)];
    items.push(item('Education', 39, 100, 12), item('Chalmers University of Technology', 39, 120), item('Jun 2015', 520, 120));
    items.push(item('Master of Science in Embedded Electronic System Design', 53, 134, 9));
    items.push(item('Ho Chi Minh City University of Technology', 39, 154), item('2021 – 2025', 520, 154));
    items.push(item('Computer Science', 39, 168, 10.5, { bold: true }), item('Bachelor of Engineering', 53, 181, 9));
    const { resume } = parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000));
    expect(resume.education).toEqual([
      { institution: 'Chalmers University of Technology', studyType: 'Master of Science', area: 'Embedded Electronic System Design', endDate: '2015-06' },
      { institution: 'Ho Chi Minh City University of Technology', studyType: 'Bachelor of Engineering', area: 'Computer Science', startDate: '2021', endDate: '2025' },
    ]);
  });
});

describe('parseDocument: the Europass online editor\'s layout', () => {
  const item = (text: string, x: number, y: number, size = 9, bold = false): TextItem =>
    ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: bold ? 'Body-Bold' : 'Body', bold });
  it('reads bracketed dates with the place after them, a bold title run then a plain employer run, "Home:", and degree then school', () => {
    const items: TextItem[] = [
      item('Barış Karaağaç', 43, 40, 22, true),
      item('Email address:', 43, 70, 9, true), item('baris@example.com', 110, 70), item('Home:', 300, 70, 9, true), item('İstanbul, Türkiye', 330, 70),
      item('WORK EXPERIENCE', 43, 100, 11, true),
      item('[ 01/2022 – CURRENT ] İstanbul, Türkiye', 43, 118, 8.6),
      item('SENIOR SITE RELIABILITY ENGINEER', 43, 130, 9.3, true), item('ANADOLU ÖDEME', 43 + 32 * 4.65 + 3, 130, 9.3),
      item('Run 14 production Kubernetes clusters on GCP', 55, 142, 9.3),
      item('EDUCATION AND TRAINING', 43, 170, 11, true),
      item('[ 2011 – 2016 ] Ankara, Türkiye', 43, 188, 8.6),
      item('B.S. Orta Doğu Teknik Üniversitesi', 43, 200, 9.3),
      item('Field(s) of study:', 43, 212, 9.3, true), item('Computer Engineering', 43 + 18 * 4.65 + 3, 212, 9.3),
    ];
    const { resume } = parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000));
    expect(resume.basics.location).toMatchObject({ city: 'İstanbul' });
    expect(resume.work?.[0]).toMatchObject({ name: 'ANADOLU ÖDEME', position: 'SENIOR SITE RELIABILITY ENGINEER', location: 'İstanbul, Türkiye', startDate: '2022-01' });
    expect(resume.education?.[0]).toMatchObject({ institution: 'Orta Doğu Teknik Üniversitesi', studyType: 'B.S.', area: 'Computer Engineering', startDate: '2011', endDate: '2016' });
  });
});

describe('parseDocument: LinkedIn\'s "Save to PDF" export', () => {
  const item = (text: string, x: number, y: number, size = 10): TextItem => ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body' });
  it('joins addresses broken at the sidebar\'s edge (a domain cut before its dot too), and reads a page 2 that goes on under a heading that ended page 1', () => {
    const side: TextItem[] = [item('Contact', 30, 40, 13), item('lucia.ferrandez@exampl', 30, 60), item('e.com', 30, 72), item('luciaferrandez.example.co', 30, 90), item('m (Personal)', 30, 102)];
    side.push(item('Top Skills', 30, 130, 13), ...['Go', 'Apache Kafka', 'PostgreSQL'].map((t, i) => item(t, 30, 150 + 18 * i)));
    const main: TextItem[] = [item('Lucía Ferrández Quiñones', 198, 40, 26), item('Senior Backend Engineer', 198, 80, 12), item('Experience', 198, 120, 15.5), item('Pagoséntrico S.L.', 198, 145, 12)];
    main.push(item('Senior Backend Engineer', 198, 165, 11), item('March 2021 - Present (4 years 5 months)', 198, 180, 10.5));
    for (let i = 0; i < 6; i++) main.push(item(`Own the settlement service in Go that moves money between merchants and banks, part ${i}`, 198, 200 + 16 * i, 10.5));
    main.push(item('Education', 198, 320, 15.5));
    const page2: TextItem[] = [item('Universidad de Sevilla', 198, 40, 12), item('Máster Universitario, Ingeniería del Software · (2016 - 2018)', 198, 58, 10.5)];
    const doc = layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items: [...side, ...main], links: [], images: 0 }, { number: 2, width: 612, height: 792, items: page2, links: [], images: 0 }], meta: { pageCount: 2 } }, 1000);
    const { resume } = parseDocument(doc);
    expect(resume.basics).toMatchObject({ email: 'lucia.ferrandez@example.com', url: 'https://luciaferrandez.example.com' });
    expect(resume.education).toEqual([expect.objectContaining({ institution: 'Universidad de Sevilla', studyType: 'Máster Universitario', area: 'Ingeniería del Software', startDate: '2016', endDate: '2018' })]);
    expect(resume.work).toHaveLength(1);
  });
});

describe('parseDocument: duties drawn without glyphs (Enhancv\'s timeline)', () => {
  const item = (text: string, x: number, y: number, size = 9.3, bold = false): TextItem => ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: bold ? 'B' : 'R', bold });
  it('reads paragraphs of up to two lines, each a block of its own, as the role\'s highlights', () => {
    const items: TextItem[] = [item('Maarten IJsselstein', 34, 40, 24, true), item('EXPERIENCE', 34, 90, 12, true), item('Engineering Lead, Payments', 50, 112, 11), item('Tulpbank Digital B.V.', 50, 126, 9.3, true), item('04/2022 - Present', 60, 139, 8.5)];
    items.push(item('Lead two teams (14 engineers) that own SEPA Instant, iDEAL and card', 60, 154), item('payment processing', 60, 166));
    items.push(item('Cut payment incidents by 60% in a year with error budgets and a weekly', 60, 182), item('reliability review', 60, 194));
    items.push(item('Drove the migration from IBM MQ to Kafka for 25 million messages a day', 60, 210));
    const { resume } = parseDocument(layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000));
    expect(resume.work?.[0]?.highlights).toEqual([
      'Lead two teams (14 engineers) that own SEPA Instant, iDEAL and card payment processing',
      'Cut payment incidents by 60% in a year with error budgets and a weekly reliability review',
      'Drove the migration from IBM MQ to Kafka for 25 million messages a day',
    ]);
  });
});


describe('parseDocument: a table of internships (Indian campus resumes)', () => {
  const item = (text: string, x: number, y: number, extra: Partial<TextItem> = {}): TextItem =>
    ({ text, x, y, width: text.length * 10.5 * 0.4, height: 10.5, fontSize: 10.5, fontName: 'Body', ...extra });
  it('reads the row under "Organisation | Designation | Location | Duration", and gives it the duties after "Key contributions at …:"', () => {
    const b = { bold: true, fontName: 'Body-Bold' };
    const items: TextItem[] = [
      item('Keerthana Sivasubramanian', 45, 40, { ...b, fontSize: 18, height: 18 }),
      item('keerthana.siva25@example.com', 45, 66),
      item('INTERNSHIP', 45, 100, { ...b, fontSize: 12, height: 12 }),
      item('Organisation', 51, 120, b), item('Designation', 223, 120, b), item('Location', 354, 120, b), item('Duration', 435, 120, b),
      item('Zentrix Labs Pvt. Ltd.', 51, 136), item('Full Stack Developer Intern', 223, 136), item('Coimbatore', 354, 136), item('January 2025 – April 2025', 435, 136),
      item('Key contributions at Zentrix Labs Pvt. Ltd.:', 45, 157, b),
      item('•', 70, 174), item('Built 6 REST APIs in Node.js and Express for an appointment booking app.', 81, 174),
      item('•', 70, 188), item('Wrote unit tests with Jest and fixed 25 bugs reported during the sprint demos.', 81, 188),
    ];
    const doc = layoutPdf({ pages: [{ number: 1, width: 612, height: 792, items, links: [], images: 0 }], meta: { pageCount: 1 } }, 1000);
    const { resume } = parseDocument(doc);
    expect(resume.work).toEqual([{
      name: 'Zentrix Labs Pvt. Ltd.', position: 'Full Stack Developer Intern', location: 'Coimbatore', startDate: '2025-01', endDate: '2025-04',
      highlights: ['Built 6 REST APIs in Node.js and Express for an appointment booking app.', 'Wrote unit tests with Jest and fixed 25 bugs reported during the sprint demos.'],
    }]);
  });
});

describe('parseDocument: numbered headings and dot leaders (LibreOffice outline numbering, groff)', () => {
  it('reads "II. Professional Experience" as the experience section, and a role whose dates follow a dot leader', async () => {
    const out = await parse(text([
      'Tobiah Marsh-Hollenbeck', 'tobiah.marsh@example.com', '',
      'I. Profile', 'Firmware engineer with eight years of experience shipping embedded software.', '',
      'II. Professional Experience', 'Senior Firmware Engineer, Medtronic.................................03/2021 – today', 'Minneapolis, MN',
      '• Cut bootloader image size by 38% by moving CRC work to the hardware accelerator', '',
      'III. Education', 'B.S. in Electrical Engineering, University of Minnesota ........ 09/2013 – 05/2017', '',
    ].join('\n')), {});
    expect(out.sections.map((s) => [s.kind, s.heading])).toEqual([['summary', 'Profile'], ['work', 'Professional Experience'], ['education', 'Education']]);
    expect(out.resume.work).toEqual([{ name: 'Medtronic', position: 'Senior Firmware Engineer', location: 'Minneapolis, MN', startDate: '2021-03',
      highlights: ['Cut bootloader image size by 38% by moving CRC work to the hardware accelerator'] }]);
    expect(out.resume.education).toMatchObject([{ institution: 'University of Minnesota', studyType: 'B.S.', area: 'Electrical Engineering', startDate: '2013-09', endDate: '2017-05' }]);
  });
});

describe('parseDocument: the class of a degree in brackets after the school', () => {
  it('reads "(First-Class Honours)" as the grade, not part of the school\'s name', async () => {
    const out = await parse(text('Nkechi Obi\nnkechi@example.com\n\nEducation\nBSc (Hons) in Computer Science, University of Manchester (First-Class Honours)    09/2014 – 06/2017\n'), {});
    expect(out.resume.education).toMatchObject([{ institution: 'University of Manchester', studyType: 'BSc (Hons)', area: 'Computer Science', score: 'First-Class Honours' }]);
  });
});

describe('parseDocument: contact details at the head of a right sidebar', () => {
  it('reads them as the contact details, not as roles of the last section of the main column', () => {
    let n = 0;
    const line = (text: string, column: number, x: number, extra: Partial<Line> = {}): Line =>
      ({ text, runs: [{ text, x }], page: 1, index: n++, region: 'body', column, box: [x, n * 12, x + text.length * 4.5, n * 12 + 9], fontSize: 9, gapBefore: 3, ...extra });
    const row = (cells: string[], column: number, x: number, extra: Partial<Line> = {}): Line => line(cells.join('  '), column, x, { cells, ...extra });
    const lines: Line[] = [
      line('Henrik Wennerström', 0, 40, { fontSize: 25, bold: 1 }), line('Staff Software Engineer', 0, 40, { fontSize: 12 }),
      line('Experience', 0, 40, { fontSize: 10.5, bold: 1, gapBefore: 10 }),
      row(['Klarna', 'Stockholm, Sweden'], 0, 40, { bold: 0.5 }), row(['Staff Software Engineer', 'Jul 2020 – Present'], 0, 40, { bold: 0.6 }),
      line('Designed the double-entry ledger for 23 markets', 0, 53, { bullet: '▸' }),
      row(['Ericsson', 'Gothenburg, Sweden'], 0, 40, { bold: 0.5 }), row(['Software Developer', 'Aug 2010 – Aug 2014'], 0, 40, { bold: 0.6 }),
      line('Developed charging components for 60 operators', 0, 53, { bullet: '▸' }),
      line('henrik.wennerstrom@example.com', 1, 393), line('+46 70 174 06 42', 1, 393), line('Stockholm, Sweden', 1, 393), line('linkedin.com/in/henrikwennerstrom', 1, 393), line('github.com/hwennerstrom', 1, 393),
      line('Skills', 1, 382, { fontSize: 10.5, bold: 1, gapBefore: 10 }), line('Kotlin, Java, Go, SQL', 1, 387),
    ];
    const { resume } = parseDocument({ lines, pages: [{ number: 1, width: 595, height: 842, columns: 2 }], repairs: [], meta: { kind: 'pdf', pageCount: 1 } } as unknown as Document);
    expect(resume.basics).toMatchObject({ email: 'henrik.wennerstrom@example.com' });
    expect((resume.basics?.profiles as { network?: string }[] | undefined)?.map((p) => p.network)).toEqual(['LinkedIn', 'GitHub']);
    expect((resume.work as { name?: string }[] | undefined)?.map((w) => w.name)).toEqual(['Klarna', 'Ericsson']);
  });
});

describe('parseDocument: qualifications listed one a line (South Asian resumes)', () => {
  it('reads each item as a school with its degree, field, years and mark', async () => {
    const out = await parse(text([
      'Bishnu Adhikari', 'bishnu@example.com', '', 'Academic Qualifications:',
      '• M.Sc. (Structural Engineering), Pulchowk Campus, IOE, Tribhuvan University, 2015–2017, 80.6%',
      '• +2 (Science), Trinity International College, HSEB, 2008, 71.5%',
      '• SLC, Shree Mahendra Secondary School, 2006, 82.25%',
    ].join('\n')), {});
    expect(out.resume.education).toMatchObject([
      { institution: 'Pulchowk Campus', studyType: 'M.Sc.', area: 'Structural Engineering', startDate: '2015', endDate: '2017', score: '80.6%' },
      { institution: 'Trinity International College', studyType: '+2', area: 'Science', endDate: '2008', score: '71.5%' },
      { institution: 'Shree Mahendra Secondary School', studyType: 'SLC', endDate: '2006', score: '82.25%' },
    ]);
  });
});
