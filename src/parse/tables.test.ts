import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { readLabelledTable } from './tables.js';

/** A PDF row: [text, x] runs at height y. */
function row(y: number, runs: [string, number][], extra: Partial<Line> = {}): Line {
  const text = runs.map((r) => r[0]).join('  ');
  return {
    text, runs: runs.map(([t, x]) => ({ text: t, x, width: t.length * 5, fontSize: 10 })), page: 1, index: y, region: 'body', fontSize: 10,
    box: [runs[0]![1], y, 560, y + 10], gapBefore: 6, ...extra,
  };
}

describe('readLabelledTable', () => {
  it('reads a PDF table of qualifications by column, with a wrapped row', () => {
    const lines = [
      row(0, [['Qualification', 50], ['Institute', 178], ['Board / University', 338], ['Year', 462], ['Score', 502]]),
      row(20, [['B.E. (Computer Engineering)', 50], ['Deccan Institute of Engineering,', 178], ['Savitribai Phule Pune', 338], ['2018', 462], ['8.42', 502]]),
      row(32, [['Pune', 178], ['University', 338], ['CGPA', 502]], { gapBefore: 2 }),
      row(44, [['HSC (Class XII)', 50], ['Shivaji Nagar Junior College, Pune', 178], ['Maharashtra State Board', 338], ['2014', 462], ['88.6%', 502]]),
      row(70, [['Oracle Certified Professional (2020)', 62]], { bullet: '•' }),
    ];
    const t = readLabelledTable(lines)!;
    expect(t.used).toBe(4);
    expect(t.rows.map((r) => r.cells)).toEqual([
      { degree: 'B.E. (Computer Engineering)', school: 'Deccan Institute of Engineering, Pune', board: 'Savitribai Phule Pune University', dates: '2018', score: '8.42 CGPA' },
      { degree: 'HSC (Class XII)', school: 'Shivaji Nagar Junior College, Pune', board: 'Maharashtra State Board', dates: '2014', score: '88.6%' },
    ]);
  });
  it('reads a Word table by cell', () => {
    const cell = (text: string, r: number, c: number): Line => ({ text, runs: [{ text }], page: 1, index: r * 10 + c, region: 'table', table: { table: 1, row: r, cell: c } });
    const lines = [cell('Company', 0, 0), cell('Designation', 0, 1), cell('Duration', 0, 2), cell('Acme Ltd', 1, 0), cell('Engineer', 1, 1), cell('2019 – 2021', 1, 2)];
    expect(readLabelledTable(lines)!.rows.map((r) => r.cells)).toEqual([{ org: 'Acme Ltd', title: 'Engineer', dates: '2019 – 2021' }]);
  });
  it('leaves ordinary lines alone', () => {
    expect(readLabelledTable([row(0, [['Senior Engineer', 50], ['2019 – 2021', 480]]), row(14, [['Acme Ltd', 50]])])).toBeUndefined();
  });
});
