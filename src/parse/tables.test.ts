import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { historyStays, readHistory, readLabelledTable } from './tables.js';

/** A PDF row: [text, x] runs at height y. */
function row(y: number, runs: [string, number][], extra: Partial<Line> = {}): Line {
  const text = runs.map((r) => r[0]).join('  ');
  return {
    text, runs: runs.map(([t, x]) => ({ text: t, x, width: t.length * 5, fontSize: 10 })), page: 1, index: y, region: 'body', fontSize: 10,
    box: [runs[0]![1], y, 560, y + 10], gapBefore: 6, ...extra,
  };
}

describe('readLabelledTable', () => {
  it('reads the second line of a "Position and employer" cell as the employer', () => {
    const lines = [
      row(0, [['Period', 50], ['Place', 150], ['Position and employer', 209]]),
      row(20, [['Since 03.2021', 50], ['Munich', 150], ['Senior Embedded Software Engineer', 209]]),
      row(32, [['Isarwerk Antriebstechnik GmbH', 209]], { gapBefore: 1 }),
      row(46, [['Lead developer of the motor control firmware', 227]], { bullet: '–' }),
    ];
    const t = readLabelledTable(lines)!;
    expect(t.used).toBe(3);
    expect(t.rows.map((r) => r.cells)).toEqual([{ dates: 'Since 03.2021', location: 'Munich', title: 'Senior Embedded Software Engineer', org: 'Isarwerk Antriebstechnik GmbH' }]);
  });
  it('reads a PDF table of qualifications by column, with a wrapped row', () => {
    const lines = [
      row(0, [['Qualification', 50], ['Institute', 190], ['Board / University', 368], ['Year', 492], ['Score', 532]]),
      row(20, [['B.E. (Computer Engineering)', 50], ['Deccan Institute of Engineering,', 190], ['Savitribai Phule Pune', 368], ['2018', 492], ['8.42', 532]]),
      row(32, [['Pune', 190], ['University', 368], ['CGPA', 532]], { gapBefore: 2 }),
      row(44, [['HSC (Class XII)', 50], ['Shivaji Nagar Junior College, Pune', 190], ['Maharashtra State Board', 368], ['2014', 492], ['88.6%', 532]]),
      row(70, [['Oracle Certified Professional (2020)', 62]], { bullet: '•' }),
    ];
    const t = readLabelledTable(lines)!;
    expect(t.used).toBe(4);
    expect(t.rows.map((r) => r.cells)).toEqual([
      { degree: 'B.E. (Computer Engineering)', school: 'Deccan Institute of Engineering, Pune', board: 'Savitribai Phule Pune University', dates: '2018', score: '8.42 CGPA' },
      { degree: 'HSC (Class XII)', school: 'Shivaji Nagar Junior College, Pune', board: 'Maharashtra State Board', dates: '2014', score: '88.6%' },
    ]);
  });
  it('reads centred cells under centred labels, labels on two lines, a cell centred on a taller row, and a table that runs on over a page', () => {
    const bold = { bold: 1 };
    const lines = [
      row(0, [['Degree / Course', 56], ['Institute', 194], ['Board / University', 304], ['Year of', 414], ['Percentage /', 477]], bold),
      row(12, [['Passing', 413], ['CGPA', 493]], { ...bold, gapBefore: 3 }),
      row(30, [['B.E. (CSE)', 71], ['PSG College of Technology', 156], ['Anna University', 310], ['2025', 419], ['8.41 CGPA', 483]], { gapBefore: 5 }),
      row(40, [['Sri Ramakrishna Matriculation', 148]], { page: 2, gapBefore: undefined }),
      row(46, [['HSC', 82], ['State Board', 319], ['2021', 419], ['92.5%', 492]], { page: 2, gapBefore: -4 }),
      row(52, [['Higher Secondary School', 159]], { page: 2, gapBefore: -4 }),
      row(80, [['Key contributions at the school library, where I kept the catalogue:', 56]], { page: 2, gapBefore: 10 }),
    ];
    const t = readLabelledTable(lines)!;
    expect(t.rows.map((r) => r.cells)).toEqual([
      { degree: 'B.E. (CSE)', school: 'PSG College of Technology', board: 'Anna University', dates: '2025', score: '8.41 CGPA' },
      { degree: 'HSC', school: 'Sri Ramakrishna Matriculation Higher Secondary School', board: 'State Board', dates: '2021', score: '92.5%' },
    ]);
    // (the line that runs on under the next column is not a row)
    expect(t.used).toBe(6);
  });
  it('reads a Word table by cell', () => {
    const cell = (text: string, r: number, c: number): Line => ({ text, runs: [{ text }], page: 1, index: r * 10 + c, region: 'table', table: { table: 1, row: r, cell: c } });
    const lines = [cell('Company', 0, 0), cell('Designation', 0, 1), cell('Duration', 0, 2), cell('Acme Ltd', 1, 0), cell('Engineer', 1, 1), cell('2019 – 2021', 1, 2)];
    expect(readLabelledTable(lines)!.rows.map((r) => r.cells)).toEqual([{ org: 'Acme Ltd', title: 'Engineer', dates: '2019 – 2021' }]);
    const edu = [cell('Degree', 0, 0), cell('Specialisation', 0, 1), cell('College / University', 0, 2), cell('Year', 0, 3), cell('MBA', 1, 0), cell('Human Resource Management', 1, 1), cell('Madras School of Social Work', 1, 2), cell('2023 – 2025', 1, 3)];
    expect(readLabelledTable(edu)!.rows.map((r) => r.cells)).toEqual([{ degree: 'MBA', area: 'Human Resource Management', school: 'Madras School of Social Work', dates: '2023 – 2025' }]);
  });
  it('leaves ordinary lines alone', () => {
    expect(readLabelledTable([row(0, [['Senior Engineer', 50], ['2019 – 2021', 480]]), row(14, [['Acme Ltd', 50]])])).toBeUndefined();
  });
});

describe('readHistory and historyStays', () => {
  const ev = (y: number, year: string, month: string, text: string): Line => row(y, [[year, 54], [month, 100], [text, 149]], { cells: [year, month, text] });
  it('pairs "Joined" and "Resigned from", "Entered" and "Graduated from", with wrapped event text', () => {
    const lines = [
      ev(0, '2015', '4', 'Entered Waseda University, School of Science and Engineering, Department of'),
      row(12, [['Computer Science and Engineering', 149]]),
      ev(24, '2019', '3', 'Graduated from Waseda University (Bachelor of Engineering)'),
      ev(36, '2019', '4', 'Joined Hoshizora Systems Co., Ltd. — Software Engineer, Platform Division'),
      ev(48, '2022', '3', 'Resigned from Hoshizora Systems Co., Ltd. (to change careers)'),
      ev(60, '2022', '4', 'Joined Aozora Pay K.K. — Backend Engineer'),
    ];
    const events = readHistory(lines)!;
    expect(events.map((e) => e.date)).toEqual(['2015-04', '2019-03', '2019-04', '2022-03', '2022-04']);
    expect(events[0]!.text).toMatch(/Department of Computer Science and Engineering$/);
    expect(historyStays(events).map(({ name, start, end, detail, note }) => ({ name, start, end, detail, note }))).toEqual([
      { name: 'Waseda University, School of Science and Engineering', start: '2015-04', end: '2019-03', detail: undefined, note: 'Bachelor of Engineering' },
      { name: 'Hoshizora Systems Co., Ltd.', start: '2019-04', end: '2022-03', detail: 'Software Engineer, Platform Division', note: 'to change careers' },
      { name: 'Aozora Pay K.K.', start: '2022-04', end: undefined, detail: 'Backend Engineer', note: undefined },
    ]);
  });
  it('is not a history when the rows are not year, month, event', () => {
    expect(readHistory([row(0, [['Senior Engineer', 50], ['2019 – 2021', 480]], { cells: ['Senior Engineer', '2019 – 2021'] })])).toBeUndefined();
  });
});
