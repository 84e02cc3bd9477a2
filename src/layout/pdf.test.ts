import { describe, expect, it } from 'vitest';
import type { RawPage, TextItem } from '../types.js';
import { layoutPdf } from './pdf.js';

/** A text item whose top is y; 5 pt per character at size 10. */
const item = (text: string, x: number, y: number, size = 10, extra: Partial<TextItem> = {}): TextItem =>
  ({ text, x, y, width: text.length * size * 0.5, height: size, fontSize: size, fontName: 'Body', ...extra });

const page = (items: TextItem[], number = 1): RawPage => ({ number, width: 612, height: 792, items, links: [], images: 0 });
const layout = (...pages: RawPage[]) => layoutPdf({ pages, meta: { pageCount: pages.length } }, 1000);

describe('layoutPdf', () => {
  it('reads two columns one after the other', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 8; i++) {
      items.push(item(`Left column line number ${i} text`, 40, 100 + 14 * i));
      items.push(item(`Right column line ${i} text`, 360, 107 + 14 * i));
    }
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(2);
    expect(doc.lines.map((l) => l.text)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `Left column line number ${i} text`),
      ...Array.from({ length: 8 }, (_, i) => `Right column line ${i} text`),
    ]);
    expect(doc.repairs.some((r) => r.kind === 'column-order')).toBe(true);
  });

  it('reads a sidebar set on the main column\'s baselines as a column when each side has headings of its own', () => {
    const left = ['Contact', 'thiago@example.com', '+55 81 95555-0142', 'Recife, Brazil', 'Skills', 'Kotlin', 'Swift', 'Dart', 'Languages', 'Portuguese', 'English'];
    const right = ['Profile', 'Mobile engineer with eight years of experience shipping apps', 'payments and delivery for a small team', 'Experience', 'Senior Mobile Engineer',
      'Bancoluz Pagamentos, Recife, Brazil · Apr 2022 – Present', 'Lead the mobile guild behind the Bancoluz wallet', 'Cut Android cold start from 2.8 s to 1.1 s', 'Moved both apps to Kotlin Multiplatform',
      'Set up release trains with Fastlane and Bitrise', 'Mobile Engineer'];
    const items = [...left.map((t, i) => item(t, 40, 100 + 14 * i, 10, { bold: ['Contact', 'Skills', 'Languages'].includes(t) })), ...right.map((t, i) => item(t, 187, 100 + 14 * i, 10, { bold: ['Profile', 'Experience'].includes(t) }))];
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(2);
    expect(doc.lines.map((l) => l.text)).toEqual([...left, ...right]);
  });

  it('reads a sidebar that runs on at the top of the next page at the split of the page before, its last lines beside the main column\'s', () => {
    const p1: TextItem[] = [];
    for (let i = 0; i < 8; i++) p1.push(item(`Sidebar line number ${i}`, 46, 100 + 14 * i), item(`Main column line ${i} of the first page`, 207, 107 + 14 * i));
    const p2 = [
      item('Meritorious Service Medal,', 57, 100), item('Rebuilt the battalion property book, resolving 212 discrepancies before the change', 220, 100),
      item('2022', 57, 112), item('of command inventory.', 220, 112), item('Army Commendation Medal,', 57, 124),
      item('2020', 57, 136), item('Distribution Platoon Leader', 207, 136), item('Parachutist Badge, 2016', 57, 148), item('U.S. Army, Hohenfels, Germany', 207, 148),
      ...['Led a 38-soldier platoon running fuel and cargo distribution for the battalion;', 'planned convoys across Germany and Poland.', 'Completed 210 convoy missions covering 96,000 miles without a', 'reportable accident.']
        .map((t, i) => item(t, 220, 160 + 12 * i)),
    ];
    const doc = layout(page(p1), page(p2, 2));
    expect(doc.pages.map((p) => p.columns)).toEqual([2, 2]);
    expect(doc.lines.filter((l) => l.page === 2).map((l) => l.text).slice(0, 7)).toEqual([
      'Meritorious Service Medal,', '2022', 'Army Commendation Medal,', '2020', 'Parachutist Badge, 2016',
      'Rebuilt the battalion property book, resolving 212 discrepancies before the change', 'of command inventory.',
    ]);
  });

  it('reads a job portal\'s gutter of headings, dates and durations beside a column with no headings as rows, not as two columns', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [heading, rows] of [['Experience', [['2021/09 - Now', 'Senior Hardware Engineer'], ['3 years 5 months', 'Accton Technology Corporation | Hsinchu']]],
      ['Education', [['2018', 'National Tsing Hua University'], ['', 'Master of Science in Electrical Engineering | Taiwan']]],
      ['Skills', [['Cadence Allegro', 'Advanced'], ['OrCAD Capture', 'Advanced'], ['HyperLynx', 'Intermediate'], ['Altium Designer', 'Advanced'], ['PCB layout', 'Intermediate'],
        ['Signal integrity', 'Beginner'], ['Power integrity', 'Advanced'], ['DDR4 / DDR5', 'Advanced'], ['PCIe', 'Intermediate'], ['Oscilloscope', 'Advanced'], ['VNA', 'Intermediate']]]] as const) {
      items.push(item(heading, 40, (y += 24), 11.5, { bold: true }));
      for (const [left, right] of rows) {
        y += 14;
        if (left) items.push(item(left, 40, y, 9.6));
        items.push(item(right, 148, y, 9.6));
      }
      for (let k = 0; k < 3; k++) items.push(item(`Designed reference board number ${k} for Wi-Fi 6 router SoCs, from schematic to bring-up`, 148, (y += 14), 9.6));
      // (one heading word at the right, inside an entry: "Projects")
      if (heading === 'Experience') items.push(item('Projects', 148, (y += 14), 9.6));
    }
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.find((l) => l.text.startsWith('2021/09'))?.cells).toEqual(['2021/09 - Now', 'Senior Hardware Engineer']);
  });

  it('reads "Name — Page 2" at the top of the second page only as a running header', () => {
    const body = (n: number) => Array.from({ length: 6 }, (_, i) => item(`Body line ${i} of page ${n} written out`, 51, 120 + 14 * i));
    const doc = layout(page(body(1)), page([item('Cordelia Vanterpool — Page 2', 442, 40, 8.5), ...body(2)], 2));
    expect(doc.lines.find((l) => l.text.startsWith('Cordelia'))?.region).toBe('header');
  });

  it('splits a heading set in the left margin a word space from its text (a hand-made LaTeX layout)', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [heading, lines] of [['Experience', 5], ['Education', 3], ['Skills', 3]] as const) {
      items.push(item(heading, 140 - heading.length * 5, y, 10, { bold: true }), item('First line of the section written out', 151, y));
      for (let i = 1; i < lines; i++) items.push(item(`Line ${i} of the section, written out in full here`, 151, (y += 13)));
      y += 24;
    }
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells)).toEqual(['Experience', 'Education', 'Skills'].map((h) => [h, 'First line of the section written out']));
  });

  it('reads a sparse gutter of headings and dates with the blocks they sit beside or above (JSON Resume "paper")', () => {
    const items: TextItem[] = [item('Eleanor Whitcombe', 245, 50, 17)];
    let y = 120;
    const block = (label: string | undefined, labelY: number, rows: string[]) => {
      if (label) items.push(item(label, 62, y + labelY, 9));
      for (const r of rows) { items.push(item(r, 217, y, 9)); y += 12; }
      y += 26;
    };
    block('CONTACT', 8, ['Email', 'eleanor@example.com', 'Phone 07700 900461']);
    block('SKILLS', 6, ['Accounting: FRS 102, IFRS, Consolidation', 'Systems: Sage 200, Xero, Excel, Power BI']);
    block('WORK EXPERIENCE', -14, ['Financial Controller at Aire Valley Healthcare', 'Lead a finance team of seven covering 14 care homes', 'Shortened the month-end close to five days']);
    block('2017-09 TO 2020-10', 12, ['Audit Manager at Hartley & Moss LLP', 'Managed a portfolio of 20 audit clients in retail', 'Introduced data analytics testing of journals']);
    block('EDUCATION AND QUALIFICATIONS', 4, ['University of York', 'BSc (Hons): Economics and Finance']);
    block('LANGUAGES SPOKEN', 6, ['English: native speaker', 'French: intermediate']);
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Eleanor Whitcombe', 'CONTACT', 'Email', 'eleanor@example.com', 'Phone 07700 900461', 'SKILLS', 'Accounting: FRS 102, IFRS, Consolidation', 'Systems: Sage 200, Xero, Excel, Power BI',
      'WORK EXPERIENCE', 'Financial Controller at Aire Valley Healthcare', 'Lead a finance team of seven covering 14 care homes', 'Shortened the month-end close to five days',
      '2017-09 TO 2020-10', 'Audit Manager at Hartley & Moss LLP', 'Managed a portfolio of 20 audit clients in retail', 'Introduced data analytics testing of journals',
      'EDUCATION AND QUALIFICATIONS', 'University of York', 'BSc (Hons): Economics and Finance', 'LANGUAGES SPOKEN', 'English: native speaker', 'French: intermediate',
    ]);
  });

  it('reads a Word table gutter: section names, and ranges wrapped over two rows with their tops level with the entries', () => {
    const items: TextItem[] = [item('Tolu Adeyemi', 56, 40, 24)];
    // (the gutter's 9 pt dates sit 2 pt lower than the 11.5 pt entry titles: their cells are aligned at the top)
    const entry = (from: string, to: string, title: string, y: number, bullets: number) => {
      items.push(item(from, 56, y + 2, 9), item(to, 56, y + 12, 9), item(title, 151, y, 11.5), item('Lagos', 151, y + 19, 10.5));
      for (let i = 0; i < bullets; i++) items.push(item(`Bullet ${i} of ${title}, which says what was done and what came of it`, 165, y + 32 + 15 * i, 10.5));
    };
    items.push(item('Experience', 51, 100, 13));
    entry('JAN 2022 –', 'NOW', 'Data Scientist | Ikeja Microfinance Labs', 125, 3);
    entry('JUN 2019 –', 'DEC 2021', 'Data Analyst | Eko Telecom Analytics', 215, 2);
    entry('FEB 2018 –', 'MAY 2019', 'Research Assistant | University of Ibadan', 290, 0);
    items.push(item('Education', 51, 340, 13));
    entry('2020 –', '2021', 'M.Sc. in Statistics | University of Lagos', 365, 0);
    entry('2013 –', '2017', 'B.Sc. in Mathematics | University of Ibadan', 407, 0);
    const texts = layout(page(items)).lines.map((l) => l.text);
    for (const [dates, title] of [['JAN 2022 – NOW', 'Data Scientist'], ['JUN 2019 – DEC 2021', 'Data Analyst'], ['FEB 2018 – MAY 2019', 'Research Assistant'], ['2013 – 2017', 'B.Sc. in Mathematics']]) {
      expect(texts.some((t) => t.startsWith(dates!) && t.includes(title!)), `${dates} with ${title}`).toBe(true);
    }
    expect(texts.indexOf('Education')).toBeGreaterThan(texts.findIndex((t) => t.includes('Research Assistant')));
  });

  it('reads a gutter label beside each row of a block as that row\'s label (classicthesis-like "Languages", "Compilers", "Tools")', () => {
    const items: TextItem[] = [item('Livio Casagrande', 62, 40, 20)];
    items.push(item('skills', 62, 100, 10), item('Languages', 110, 120, 10), item('C++, C, Python, Rust, TableGen', 167, 120, 10));
    items.push(item('Compilers', 112, 133, 10), item('LLVM, MLIR, GCC, Polly', 167, 133, 10), item('Tools', 132, 146, 10), item('CMake, Ninja, Git, Bazel', 167, 146, 10));
    items.push(item('talks', 62, 180, 10), item('2024', 135, 200, 10), item('Cost models that survive new silicon, EuroLLVM, Vienna', 167, 200, 10));
    items.push(item('2022', 135, 213, 10), item('Fuzzing a VLIW back end, LLVM Developers Meeting, San Jose', 167, 213, 10));
    for (let i = 0; i < 8; i++) items.push(item(`A line of the main column, number ${i}, written out in full so that it runs wide`, 167, 240 + 13 * i, 10));
    const texts = layout(page(items)).lines.map((l) => l.text);
    for (const row of ['Languages C++, C, Python, Rust, TableGen', 'Compilers LLVM, MLIR, GCC, Polly', 'Tools CMake, Ninja, Git, Bazel', '2022 Fuzzing a VLIW back end, LLVM Developers Meeting, San Jose']) {
      expect(texts.map((t) => t.replace(/\s+/g, ' '))).toContain(row);
    }
  });

  it('marks items indented from their entry\'s own left edge beside a gutter of section names (JSON Resume "onepage")', () => {
    // (the page's most common left edge is the gutter's: the name, the contact lines, the section names)
    const items: TextItem[] = [item('Priya Raghunathan, Frontend & Mobile Developer', 81, 40, 15)];
    for (let i = 0; i < 9; i++) items.push(item(`Contact line ${i} with an address`, 81, 60 + 10 * i, 9));
    let y = 170;
    for (const [label, entries] of [['EXPERIENCE', 2], ['PROJECTS', 2]] as const) {
      items.push(item(label, 81, y, 9));
      for (let e = 0; e < entries; e++) {
        items.push(item(`Employer ${e}, Senior Engineer`, 162, y, 9, { bold: true }));
        for (let i = 0; i < 2; i++) items.push(item(`Built the thing number ${i} for the team`, 177, (y += 12), 9));
        y += 20;
      }
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toHaveLength(8);
    expect(doc.lines.filter((l) => l.text.startsWith('Employer')).every((l) => l.listLevel === undefined)).toBe(true);
  });

  it('joins a date range that wrapped in the gutter ("Feb 2023 –" over "Present") to its row (moderncv classic)', () => {
    const items: TextItem[] = [];
    let y = 100;
    const roles: [string, string, string][] = [['Feb 2023 –', 'Present', 'Senior Research Scientist, Fenwick Labs'], ['Jun 2021 –', 'Sep 2021', 'Research Intern, Polaris AI'], ['Sep 2019 –', 'Dec 2022', 'Teaching Assistant, Edinburgh']];
    for (const [from, to, title] of roles) {
      items.push(item(from, 72, y), item(title, 131, y, 10, { bold: true }));
      items.push(item(to, 88, (y += 13)), item('What the role was about, written out in full', 142, y));
      for (let i = 0; i < 2; i++) items.push(item(`Detail ${i} of the role, written out in full here`, 131, (y += 13)));
      y += 20;
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells![0])).toEqual(['Feb 2023 – Present', 'Jun 2021 – Sep 2021', 'Sep 2019 – Dec 2022']);
  });

  it('reads a narrow flush-left column of dates and labels with the rows beside it (moderncv, Lebenslauf)', () => {
    const items: TextItem[] = [];
    let y = 100;
    const entry = (dates: string, title: string, lines: number) => {
      items.push(item(dates, 56, y, 9), item(title, 180, y, 9.5, { bold: true }));
      for (let i = 0; i < lines; i++) items.push(item(`Detail line ${i} of the role written out in full here`, 180, (y += 13), 9.5));
      y += 20;
    };
    items.push(item('Experience', 56, y, 11.5, { bold: true }));
    y += 18;
    entry('since 04/2021', 'Development Engineer', 4);
    entry('10/2016 – 03/2021', 'Design Engineer', 3);
    entry('03/2014 – 08/2016', 'Working Student', 2);
    items.push(item('Education', 56, y, 11.5, { bold: true }));
    y += 18;
    entry('10/2010 – 09/2016', 'Dipl.-Ing. Mechanical Engineering', 2);
    items.push(item('Skills', 56, y, 11.5, { bold: true }));
    y += 18;
    items.push(item('CAD', 56, y, 9), item('CATIA V5, Siemens NX', 180, y, 9.5));
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['since 04/2021', 'Development Engineer'], ['10/2016 – 03/2021', 'Design Engineer'], ['03/2014 – 08/2016', 'Working Student'],
      ['10/2010 – 09/2016', 'Dipl.-Ing. Mechanical Engineering'], ['CAD', 'CATIA V5, Siemens NX'],
    ]);
  });

  it('reads a left column of flush-right labels and dates as the first cell of the rows beside it (Europass)', () => {
    const items: TextItem[] = [];
    const label = (text: string, y: number) => items.push(item(text, 180 - text.length * 4.5, y, 9));
    label('WORK EXPERIENCE', 100);
    label('09/2021 – present', 120); items.push(item('Supply Chain Coordinator', 196, 120, 10));
    for (let i = 0; i < 4; i++) items.push(item(`Coordinated inbound container flows for retail customer ${i}`, 206, 136 + 14 * i, 9.5));
    label('03/2018 – 06/2021', 200); items.push(item('Logistics Planner', 196, 200, 10));
    for (let i = 0; i < 4; i++) items.push(item(`Planned daily refrigerated tours for trucks and stores ${i}`, 206, 216 + 14 * i, 9.5));
    label('EDUCATION', 290);
    label('2011 – 2014', 306); items.push(item('Bachelor of Arts in Business Administration', 196, 306, 10));
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells)).toEqual([
      ['09/2021 – present', 'Supply Chain Coordinator'], ['03/2018 – 06/2021', 'Logistics Planner'], ['2011 – 2014', 'Bachelor of Arts in Business Administration'],
    ]);
  });

  it('reads flush-right gutter labels with their rows though larger headings start at the gutter\'s left edge', () => {
    const items: TextItem[] = [];
    // (coordinates of a CSS page: labels 8.6 pt, set flush right at x=119 on baselines of their own)
    const at = (text: string, x: number, base: number, size: number, extra: Partial<TextItem> = {}) => items.push(item(text, x, base - size, size, { base, ...extra }));
    const label = (text: string, base: number, bold = false) => at(text, 119.3 - text.length * 4.3, base, 8.6, { bold });
    at('Employment', 42.8, 172.5, 11, { bold: true });
    for (const [k, [from, to, title]] of [['01/2022 –', 'present', 'Senior Data Engineer'], ['06/2019 –', '12/2021', 'Data Engineer'], ['03/2018 –', '05/2019', 'Junior Data Analyst']].entries()) {
      const b = 189 + 130 * k;
      label(from!, b); label(to!, b + 12); label('Ho Chi Minh City', b + 25.5);
      at(title!, 133.4, b + 0.75, 9.5, { bold: true }); at('Sông Hàn Commerce', 133.4, b + 14.25, 9.5, { italic: true });
      for (let i = 0; i < 4; i++) {
        at(`Owned the lakehouse on BigQuery and Delta Lake holding 180 TB of order data ${i}`, 143.9, b + 29.25 + 27 * i, 9.5);
        at('and clickstream', 143.9, b + 42 + 27 * i, 9.5);
      }
    }
    at('Skills', 42.8, 600, 11, { bold: true });
    for (const [i, [name, list]] of [['Languages', 'Python · SQL · Scala'], ['Processing', 'Apache Spark · Apache Airflow · dbt'], ['Warehouses', 'BigQuery · Snowflake · PostgreSQL'], ['Tools', 'Docker · Terraform · Looker']].entries()) {
      label(name!, 617 + 19 * i, true); at(list!, 133.4, 617.75 + 19 * i, 9.5);
    }
    at('Languages', 42.8, 710, 11, { bold: true });
    for (const [i, [name, level]] of [['Vietnamese', 'Native'], ['English', 'Professional (IELTS 7.5)'], ['Japanese', 'JLPT N3']].entries()) {
      label(name!, 727 + 19 * i, true); at(level!, 133.4, 727.75 + 19 * i, 9.5);
    }
    const doc = layout(page(items));
    expect(doc.lines.slice(0, 4).map((l) => l.text.replace(/\s+/g, ' '))).toEqual(['Employment', '01/2022 – present Senior Data Engineer', 'Sông Hàn Commerce', 'Ho Chi Minh City']);
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells![0])).toEqual(expect.arrayContaining(['Languages', 'Processing', 'Warehouses', 'Tools']));
  });

  it('reads a heading under two newspaper columns, over a line across the page, after both columns', () => {
    const items: TextItem[] = [];
    for (let i = 0; i < 8; i++) {
      items.push(item(`Left column duty number ${i} in the text`, 43, 100 + 14 * i));
      items.push(item(`Right column duty number ${i} in the text`, 330, 107 + 14 * i));
    }
    items.push(item('Left column last duty', 43, 212));
    items.push(item('Education', 43, 240, 11.5, { bold: true }));
    items.push(item('Bachelor of Science, Computer Science — Universidade Federal de Pernambuco, 2012–2016', 43, 256));
    const doc = layout(page(items));
    expect(doc.lines.slice(-3).map((l) => l.text)).toEqual(['Right column duty number 7 in the text', 'Education', 'Bachelor of Science, Computer Science — Universidade Federal de Pernambuco, 2012–2016']);
  });

  it('marks glyph-less items indented from an entry\'s edge in a narrow column where most lines are items', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const title of ['Senior Mobile Engineer', 'Mobile Engineer']) {
      items.push(item(title, 43, y, 10.3, { bold: true }), item('Bancoluz Pagamentos, Recife', 43, (y += 13)), item('April 2022 – Present', 43, (y += 13)));
      for (let i = 0; i < 3; i++) items.push(item(`Lead the mobile guild behind the wallet ${i}`, 53, (y += 15)), item('used by many monthly users', 53, (y += 12)));
      y += 24;
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toEqual([0, 1, 2, 0, 1, 2].map((i) => `Lead the mobile guild behind the wallet ${i}`));
  });

  it('counts indents from the edge of the job titles on a page where a long list of items is the commonest edge', () => {
    const items: TextItem[] = [item('Mentored four manual testers into automation roles', 80, 60, 10.5)];
    let y = 80;
    for (const [org, title] of [['Logística Occidente', 'QA Engineer'], ['Tiendita Digital', 'Software Tester']] as const) {
      items.push(item(org, 50, y, 10.5), item(title, 50, (y += 16), 10.5, { bold: true }));
      for (const duty of ['Built the load testing harness in k6', 'Cut the flaky test rate by isolating test data']) items.push(item(duty, 80, (y += 16), 10.5));
      y += 24;
    }
    items.push(item('Skills', 50, (y += 10), 14, { bold: true }));
    for (const skill of ['Playwright', 'Cypress', 'Appium', 'Selenium', 'JMeter', 'TypeScript', 'Python']) items.push(item(skill, 80, (y += 14), 10.5));
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toEqual([
      'Mentored four manual testers into automation roles',
      'Built the load testing harness in k6', 'Cut the flaky test rate by isolating test data',
      'Built the load testing harness in k6', 'Cut the flaky test rate by isolating test data',
    ]);
  });

  it('counts indents from the nearest edge that plain lines share, not from a gutter of dates further left', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [from, to, title, org] of [['Sep 2021 —', 'Present', 'Senior Product Manager', 'Bryggen Freight Tech, Bergen'], ['Apr 2018 —', 'Aug 2021', 'Product Manager', 'Nordlys Software AS, Oslo'], ['Aug 2016 —', 'Mar 2018', 'Associate Product Manager', 'Nordlys Software AS, Oslo']] as const) {
      items.push(item(from, 209, y, 10.4), item(title, 287, y, 10.4, { bold: true }), item(org, 287, y + 15, 9.7), item(to, 219, y + 28, 8.2));
      y += 28;
      for (const duty of ['Own the carrier marketplace roadmap for 1,400 carriers', 'Run quarterly discovery cycles with customers']) items.push(item(duty, 297, (y += 16), 9.7));
      y += 40;
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toContain('Own the carrier marketplace roadmap for 1,400 carriers');
  });

  it('takes no line of dates for an indented item ("01/09/2020 - PRESENT" over the employer)', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [dates, org] of [['01/09/2020 - PRESENT', 'NORRSKEN SENSORTEKNIK AB'], ['01/02/2016 - 31/08/2020', 'GÖTAVERKEN AUTOMATION']] as const) {
      items.push(item(dates, 440, y, 8.3), item(org, 269, (y += 14), 10.5, { bold: true }), item('SENIOR FIRMWARE ENGINEER', 268, (y += 12), 9));
      for (const duty of ['Led firmware for a LoRaWAN soil sensor', 'Ported the sensor firmware to Zephyr RTOS']) items.push(item(duty, 294, (y += 13), 9.8));
      y += 30;
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toEqual(['Led firmware for a LoRaWAN soil sensor', 'Ported the sensor firmware to Zephyr RTOS', 'Led firmware for a LoRaWAN soil sensor', 'Ported the sensor firmware to Zephyr RTOS']);
  });

  it('takes no job title for an item at the edge where the dated employer rows start (troff: headings at 72, entries at 90, duties at 108)', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [org, dates, title] of [['Auto Trader UK, Manchester, UK', '2022–now', 'Lead Cloud Security Engineer'], ['BAE Systems, Preston, UK', '2019–2022', 'Security Engineer'], ['Irwell Managed IT, Salford, UK', '2017–2019', 'IT Support Analyst']] as const) {
      if (y === 100) items.push(item('Experience', 72, (y -= 20), 12, { bold: true }));
      items.push(item(org, 90, (y += 20), 11, { bold: true }), item(dates, 480, y, 11), item(title, 90, (y += 14.5), 11, { italic: true }));
      for (const duty of ['Built guardrails for 120 AWS accounts with policies', 'Ran red-team exercises against the build pipeline', 'Wrote the detection rules used by the on-call team']) items.push(item(duty, 108, (y += 14.5), 11));
    }
    items.push(item('Education', 72, (y += 30), 12, { bold: true }), item('University of Manchester, Manchester, UK', 90, (y += 20), 11, { bold: true }), item('2014–2017', 480, y, 11));
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.listLevel === 0).map((l) => l.text)).toEqual(Array.from({ length: 3 }, () => ['Built guardrails for 120 AWS accounts with policies', 'Ran red-team exercises against the build pipeline', 'Wrote the detection rules used by the on-call team']).flat());
  });

  it('measures a wrapped line against its own baseline, not a neighbour column sharing its row', () => {
    const items: TextItem[] = [];
    const words = 'users and generated over one billion of mobile advertising revenue in the last';
    for (let i = 0; i < 10; i++) items.push(item(`${words} ${i}`, 40, 100 + 11 * i, 9));
    items.push(item('year', 40, 210, 9));
    // The sidebar's lines sit at other baselines, close enough to share a row with the line above "year".
    items.push(item('sidebar text beside the line', 420, 195, 10));
    for (let i = 0; i < 6; i++) items.push(item(`sidebar text below ${i}`, 420, 260 + 12 * i, 10));
    const doc = layout(page(items));
    const year = doc.lines.find((l) => l.text === 'year')!;
    expect(year.column).toBe(0);
    expect(year.blockStart).toBeFalsy();
  });

  it('keeps a small headline printed just under a large name on a line of its own', () => {
    const doc = layout(page([
      item('Claud D.', 200, 17, 32, { height: 37 }), item('Park', 340, 17, 32, { height: 37, bold: true }),
      item('DevOps Engineer · Software Architect', 230, 51, 7.6, { height: 10.8 }),
    ]));
    expect(doc.lines.map((l) => l.text)).toEqual(['Claud D. Park', 'DevOps Engineer · Software Architect']);
  });

  it('starts a block where the pitch widens or the first word would have fitted above', () => {
    const doc = layout(page([
      item('A paragraph line that runs all the way across the text block width', 40, 100),
      item('and wraps here.', 40, 112),
      item('Short', 40, 124),
      item('Next paragraph after a wider gap that also runs across the block', 40, 150),
    ]));
    expect(doc.lines.map((l) => !!l.blockStart)).toEqual([true, false, true, true]);
  });

  it('starts an item at a capitalised past-tense verb after an unpunctuated line, or after a full stop ending an item that opened so', () => {
    const long = 'Built a sales dashboard for a cafe group, surfacing a margin gap by daypart';
    const doc = layout(page([
      item('Took on small analytics engagements for local businesses while changing careers.', 40, 90),
      item(long, 55, 110), item('Wrote SQL models in dbt to standardize point-of-sale data', 55, 126),
      item(`${long} and`, 55, 142), item('Reduced the time to close by a week', 55, 158),
      item(`${long}.`, 55, 174), item('Separated the networks by regulation', 55, 190),
      item('The dashboard surfaced a margin gap by daypart for the cafe group in its.', 55, 206), item('Separated the networks by regulation', 55, 222),
      // (an item with a glyph may go on with its next sentence on a line of its own)
      item('•', 45, 238), item(`${long}.`, 55, 238), item('Managed all manifests with Kustomize', 55, 254),
    ]));
    expect(doc.lines.map((l) => [l.text.split(' ')[0], !!l.blockStart])).toEqual([
      ['Took', true], ['Built', true], ['Wrote', true], ['Built', true], ['Reduced', false], ['Built', true], ['Separated', true], ['The', true], ['Separated', false],
      ['Built', true], ['Managed', false],
    ]);
  });

  it('starts an item at a duty written as a gerund or an action noun after a full stop ending one written so', () => {
    const doc = layout(page([
      item('Supervising accounts payable team of 4 officers and monthly vendor reconciliations of the group.', 55, 110),
      item('Preparation of monthly management accounts and variance analysis for the chief financial officer.', 55, 124),
      item('Coordinating with external auditors for the half-yearly review and the annual audit of the company.', 55, 138),
    ]));
    expect(doc.lines.map((l) => !!l.blockStart)).toEqual([true, true, true]);
  });

  it('reads a left gutter of dates, places and labels, each beside a line on the right, row by row', () => {
    const items: TextItem[] = [item('PROFESSIONAL EXPERIENCE', 49, 60, 11.5, { bold: true })];
    let y = 80;
    for (const [dates, place, title, org] of [['Feb 2021 – Present', 'Lahore', 'Assistant Manager – Accounts', 'Crescent Agro Foods (Pvt.) Limited'], ['Jul 2018 – Jan 2021', 'Faisalabad', 'Accounts Officer', 'Indus Textile Mills Limited']]) {
      items.push(item(dates!, 40, y, 9.5, { bold: true }), item(title!, 152, y, 10.5, { bold: true }), item(place!, 40, (y += 13), 9.5), item(org!, 152, y, 10.5));
      for (const duty of ['Supervising the accounts payable team of four officers and vendor reconciliations.', 'Preparing monthly management accounts and variance analysis for the CFO.', 'Filing monthly sales tax returns and withholding tax statements with FBR.']) items.push(item(duty, 164, (y += 13), 10.5));
      y += 20;
    }
    items.push(item('SKILLS', 49, (y += 10), 11.5, { bold: true }));
    for (const [label, list] of [['ERP', 'SAP FICO, Oracle NetSuite'], ['Accounting', 'IFRS, management accounts'], ['Taxation', 'Income tax, sales tax']]) items.push(item(label!, 40, (y += 14), 10.5, { bold: true }), item(list!, 152, y, 10.5));
    items.push(item('EDUCATION', 49, (y += 24), 11.5, { bold: true }), item('LANGUAGES', 49, (y += 40), 11.5, { bold: true }), item('CERTIFICATIONS', 49, (y += 40), 11.5, { bold: true }));
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns ?? 1).toBe(1);
    expect(doc.lines.map((l) => l.cells?.[0] ?? l.text).slice(0, 3)).toEqual(['PROFESSIONAL EXPERIENCE', 'Feb 2021 – Present', 'Lahore']);
  });

  it('starts an item at a capitalised present-tense verb before a lower-case word (a current role\'s duties)', () => {
    const long = 'Plan and teach a class of 30 Year 4 pupils, including 5 with additional learning needs';
    const doc = layout(page([
      item(long, 55, 110), item('Lead mathematics across the whole school: its scheme of work, staff training and the pupil', 55, 124), item('progress meetings', 55, 138),
      item(long.replace('needs', 'needs as'), 55, 152), item('Lead Teacher for Year 4 and the maths champion for the school', 55, 166),
    ]));
    expect(doc.lines.map((l) => [l.text.split(' ')[0], !!l.blockStart])).toEqual([['Plan', true], ['Lead', true], ['progress', false], ['Plan', true], ['Lead', false]]);
  });

  it('knows the present tense of verbs that are also nouns ("Present monthly model reviews …")', () => {
    const doc = layout(page([
      item('Build day-ahead consumption forecasts for 1,200 industrial sites in Europe (Python,', 55, 110), item('LightGBM, Airflow)', 55, 124),
      item('Reduced the forecast error (MAPE) of our legacy demand model from 9.4% to 6.1%', 55, 138), item('Present monthly model reviews to the trading desk', 55, 152),
    ]));
    expect(doc.lines.map((l) => [l.text.split(' ')[0], !!l.blockStart])).toEqual([['Build', true], ['LightGBM,', false], ['Reduced', true], ['Present', true]]);
  });

  it('starts an item without a glyph after a short one, when a wrapped item shows where the margin is', () => {
    // (most items are short, so their 90th percentile right edge is no margin: the one that wrapped, "… a" / "day", is)
    const doc = layout(page([
      item('Run 14 production Kubernetes clusters on GCP for a payment processor handling 3 million transactions a', 64, 100),
      item('day', 64, 114),
      ...['Kept the card authorisation API at 99.99% availability', 'Rewrote the Terraform estate into 40 reusable modules', 'Built the Prometheus and Grafana stack', 'Automated PostgreSQL upgrades with zero downtime', 'Lead the incident commander rotation'].map((t, i) => item(t, 64, 128 + 14 * i)),
    ]));
    expect(doc.lines.map((l) => [l.text.split(' ')[0], !!l.blockStart])).toEqual([
      ['Run', true], ['day', false], ['Kept', true], ['Rewrote', true], ['Built', true], ['Automated', true], ['Lead', true],
    ]);
  });

  it('keeps the space between two letter-spaced words drawn as two pieces of text', () => {
    const doc = layout(page([item('M A R K E T I N G', 206.9, 104, 10.5), item('T E C H N O L O G I S T', 305, 104, 10.5)]));
    expect(doc.lines.map((l) => l.text)).toEqual(['MARKETING TECHNOLOGIST']);
  });

  it('reads a letter-spaced heading drawn in pieces of a few letters, with the spaces pdf.js put between them', () => {
    // (fonts that change every few letters: "C A", "N", "A D I A", "N", then the next word after a wider gap; the
    // extraction ends a piece with the space pdf.js reported after it)
    const at = (text: string, x: number, width: number): TextItem => ({ ...item(text, x, 100, 9.6), width });
    const doc = layout(page([
      at('C A ', 39.75, 15.47), at('N ', 56.42, 7.05), at('A D I A ', 64.67, 27.63), at('N', 93.5, 7.06),
      at('E ', 105.18, 5.88), at('X P ', 112.26, 14.27), at('E ', 127.73, 5.88), at('R ', 134.81, 6.3), at('I E ', 142.31, 9.77), at('N ', 153.28, 7.06), at('C E', 161.54, 14.3),
    ]));
    expect(doc.lines.map((l) => l.text)).toEqual(['CANADIAN EXPERIENCE']);
    const spaced = layout(page([at('J U N I O R ', 226.77, 47.71), at('F U L L - S T A C K ', 283.02, 79.51), at('D E V E L O P E R', 371.08, 76.44)]));
    expect(spaced.lines.map((l) => l.text)).toEqual(['JUNIOR FULL-STACK DEVELOPER']);
  });

  it('reads a plain-text resume\'s date column as the labels of its rows, its headings and "=====" rules in the same type', () => {
    const mono = (text: string, x: number, y: number) => ({ ...item(text, x, y), width: text.length * 6 });
    const items: TextItem[] = [mono('Contract backend engineer with eleven years on the JVM, the last five as a', 57, 60), mono('and runbooks.', 57, 72), mono('CONTRACT ROLES', 57, 96), mono('==============', 57, 108)];
    let y = 132;
    for (const [dates, org] of [['03/2024 - 02/2025', 'Barclays (via Hays), London'], ['06/2023 - 02/2024', 'Deutsche Bank, London'], ['10/2022 - 05/2023', 'Ocado Technology, Hatfield'], ['01/2022 - 09/2022', 'HMRC, Telford']]) {
      items.push(mono(dates!, 57, y), mono(org!, 177, y), mono('Java Developer - Contract', 177, y + 12), mono('* Built the slot-capacity API used by the checkout', 177, y + 24), mono('* Moved service configuration into Terraform', 177, y + 36));
      y += 60;
    }
    items.push(mono('PERMANENT ROLES', 57, y), mono('===============', 57, y + 12));
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.find((l) => l.text.startsWith('03/2024'))?.text).toBe('03/2024 - 02/2025 Barclays (via Hays), London');
  });

  it('joins letter-spaced headings and replaces ligatures, recording each repair', () => {
    const doc = layout(page([item('E X P E R I E N C E', 40, 100, 12), item('Eﬃcient ﬁle ﬂow', 40, 120)]));
    expect(doc.lines.map((l) => l.text)).toEqual(['EXPERIENCE', 'Efficient file flow']);
    expect(doc.repairs.map((r) => r.kind)).toEqual(expect.arrayContaining(['letter-spacing', 'ligature']));
  });

  it('reads a header repeated on every page once, and drops page numbers', () => {
    const p = (n: number) => page([item('Jane Doe · jane@example.com', 40, 20), item(`Body text on page ${n}`, 40, 200), item(`${n}`, 300, 770)], n);
    const doc = layout(p(1), p(2));
    // Read once, like the page numbers, which are dropped.
    expect(doc.lines.map((l) => [l.region, l.text])).toEqual([['header', 'Jane Doe · jane@example.com'], ['body', 'Body text on page 1'], ['body', 'Body text on page 2']]);
    expect(doc.repairs.filter((r) => r.kind === 'header-footer')).toHaveLength(4);
  });

  it('reads a name beside "Page 2 of 2" at the top of the second page only as a running header', () => {
    const body = (n: number) => Array.from({ length: 6 }, (_, i) => item(`Body line ${i} of page ${n} written out in full`, 60, 200 + 14 * i));
    const doc = layout(page(body(1), 1), page([item('Ingrid Solheim', 62, 40), item('Page 2 of 2', 480, 40), ...body(2)], 2));
    expect(doc.lines.find((l) => l.text.includes('Ingrid'))?.region).toBe('header');
  });

  it('keeps a dates-only line at the foot of a page in the body: other dates on the next page do not make it a footer', () => {
    const doc = layout(page([item('Education', 40, 600), item('2013-08-01 - 2015-06-30', 40, 700)], 1), page([item('Chalmers University', 40, 60), item('2010-08-01 - 2013-06-30', 40, 700)], 2));
    expect(doc.lines.map((l) => [l.region, l.text])).toEqual([
      ['body', 'Education'], ['body', '2013-08-01 - 2015-06-30'], ['body', 'Chalmers University'], ['body', '2010-08-01 - 2013-06-30'],
    ]);
  });

  it('keeps a line that ends one page and heads the next in the body: a running header or footer stays in one band', () => {
    const doc = layout(page([item('Education', 40, 600), item('MSc in Computing Science', 40, 690), item('Utrecht University', 40, 700)], 1), page([item('Utrecht University', 40, 40), item('BSc in Informatica', 40, 54)], 2));
    expect(doc.lines.filter((l) => l.region !== 'body')).toEqual([]);
  });

  it('reads a gutter of a few section names, each centred on its block, before the block (JSON Resume "compact")', () => {
    const items: TextItem[] = [item('Dana Whitfield-Okafor', 39, 27, 18)];
    let y = 80;
    for (const [heading, rows] of [['Profile', 2], ['Skills', 2], ['Experience', 6], ['Education', 2]] as const) {
      items.push(item(heading, 39, y + (rows - 1) * 6.5, 10.5));
      for (let i = 0; i < rows; i++) items.push(item(`${heading} line ${i} of the block, written out in full`, 132, (y += 13) - 13, 9));
      y += 20;
    }
    const doc = layout(page(items));
    const texts = doc.lines.map((l) => l.text);
    for (const h of ['Profile', 'Skills', 'Experience', 'Education']) expect(texts.indexOf(h)).toBe(texts.indexOf(`${h} line 0 of the block, written out in full`) - 1);
  });

  it('reads cards side by side at an even pitch row by row, not as two columns', () => {
    const items: TextItem[] = [item('A full-width summary paragraph that runs right across the page, written out', 40, 60)];
    for (let i = 0; i < 3; i++) items.push(item(`Summary line ${i} that also runs across the page from edge to edge`, 40, 74 + 14 * i));
    items.push(item('Skills', 40, 140, 18));
    // (the first card's name wraps, so the first column has rows of its own, as a sidebar would)
    const cards = ['Platform as', 'Containers', 'Observability', 'Scripting'];
    cards.forEach((c, k) => {
      items.push(item(c, 40 + 133 * k, 170, 15));
      const top = k === 0 ? 208 : 190;
      if (k === 0) items.push(item('code', 40, 189, 15));
      items.push(item('ADVANCED', 40 + 133 * k, top, 9));
      for (let i = 0; i < (k === 0 ? 2 : 6); i++) items.push(item(`Tool number ${k}${i}`, 47 + 133 * k, top + 15 + 15 * i, 12));
    });
    items.push(item('Languages', 40, 320, 18), item('isiZulu', 40, 345, 15), item('NATIVE SPEAKER', 40, 362, 9), item('English', 173, 345, 15), item('NATIVE SPEAKER', 173, 362, 9));
    items.push(item('Afrikaans', 306, 345, 15), item('PROFESSIONAL', 306, 362, 9), item('Experience', 40, 400, 18));
    const doc = layout(page(items));
    expect(doc.pages[0]!.columns).toBe(1);
    expect(doc.lines.find((l) => l.text.startsWith('Platform'))!.cells).toEqual(cards);
  });

  it('joins a range wrapped in a narrow gutter after its first month ("Feb" / "2024–present", "Sep 2022–Jan" / "2024")', () => {
    const items: TextItem[] = [];
    let y = 100;
    for (const [a, b, title] of [['Feb', '2024–present', 'Senior Engineer, Carmel Voice Ltd.'], ['Sep 2022–Jan', '2024', 'Engineer, Carmel Voice Ltd.'], ['Jul 2017–Sep', '2017', 'Research Intern, Negev Robotics']]) {
      items.push(item(a!, 180 - a!.length * 5, y), item(title!, 194, y, 10, { bold: true }));
      items.push(item(b!, 180 - b!.length * 5, (y += 13)));
      for (let i = 0; i < 2; i++) items.push(item(`What was done there, item ${i}, written out in full`, 194, (y += 13)));
      y += 20;
    }
    const doc = layout(page(items));
    expect(doc.lines.filter((l) => l.cells).map((l) => l.cells![0])).toEqual(['Feb 2024–present', 'Sep 2022–Jan 2024', 'Jul 2017–Sep 2017']);
  });

  it('groups rows by the baseline when fonts give different heights, and reads a gutter date with its row', () => {
    // (cv4tw: the italic date, the bold title and the plain employer share a baseline; their descents differ)
    const items: TextItem[] = [item('Eirik Solbakken', 31, 30, 25), item('Experience', 266, 184, 14.35, { base: 197 })];
    let y = 214;
    for (const [dates, title] of [['May 2023 – Present', 'Staff Software Engineer'], ['Sep 2020 – Apr 2023', 'Senior Software Engineer'], ['Aug 2017 – Aug 2020', 'Software Engineer']]) {
      items.push(item(dates!, 28, y, 10, { italic: true, base: y + 9, height: 11 }), item(title!, 158, y, 10, { bold: true, base: y + 9, height: 30 }), item(', Fjordline Data AS', 265, y, 10, { base: y + 9, height: 20 }));
      items.push(item('Trondheim, Norway', 28, y + 12, 10, { italic: true, base: y + 21 }));
      for (let i = 0; i < 2; i++) items.push(item(`What was done there, item ${i}, written out in full`, 173, y + 40 + 14 * i, 10, { base: y + 49 + 14 * i }));
      y += 90;
    }
    const doc = layout(page(items));
    const texts = doc.lines.map((l) => l.cells?.join(' | ') ?? l.text);
    expect(texts.indexOf('Experience')).toBeLessThan(texts.indexOf('May 2023 – Present | Staff Software Engineer, Fjordline Data AS'));
    expect(texts.filter((t) => t.includes(' | '))).toHaveLength(3);
  });

  it('keeps what an icon glyph stood for on the run after it', () => {
    const items: TextItem[] = [item('Dana Whitfield-Okafor', 39, 27, 18), item('\uf0e1', 430, 54, 9, { fontName: 'FontAwesome' }), item('dana-whitfield-okafor', 440, 54, 9), item('\uf09b', 526, 54, 9, { fontName: 'FontAwesome' }), item('dwokafor', 536, 54, 9)];
    const doc = layout(page(items));
    const links = doc.lines.find((l) => l.text.includes('dwokafor'))!;
    expect(links.runs.map((r) => [r.text, r.icon])).toEqual([['dana-whitfield-okafor', 'LinkedIn'], ['dwokafor', 'GitHub']]);
  });
});

