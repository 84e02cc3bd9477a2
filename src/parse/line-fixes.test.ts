import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { atBullet, joinColonCells, unzipSideBySide, withoutLeaders } from './line-fixes.js';

/** A PDF line at height y from [text, x] runs; more than one run makes a row of cells. */
function row(y: number, runs: [string, number][], extra: Partial<Line> = {}): Line {
  const l: Line = {
    text: runs.map((r) => r[0]).join('  '), runs: runs.map(([t, x]) => ({ text: t, x, width: t.length * 4.5, fontSize: 9.5 })), page: 1, index: y, region: 'body', fontSize: 9.5,
    box: [runs[0]![1], y, runs[runs.length - 1]![1] + runs[runs.length - 1]![0].length * 4.5, y + 9.5], gapBefore: 3, ...extra,
  };
  if (runs.length > 1) l.cells = runs.map((r) => r[0]);
  return l;
}

describe('withoutLeaders', () => {
  it('makes a dot leader a gap between cells', () => {
    const l = withoutLeaders(row(0, [['Senior Firmware Engineer, Medtronic..........03/2021 – today', 57]]));
    expect([l.text, l.cells]).toEqual(['Senior Firmware Engineer, Medtronic  03/2021 – today', ['Senior Firmware Engineer, Medtronic', '03/2021 – today']]);
    const plain = row(0, [['Wrote the U.S. export rules... and more', 57]]);
    expect(withoutLeaders(plain)).toBe(plain);
  });
});
describe('atBullet', () => {
  it('sets apart a bullet printed on the baseline of a margin\'s date ("Present    • Own the BLE stack")', () => {
    const l = { text: 'Present  • Own the BLE telemetry stack', cells: ['Present', '• Own the BLE telemetry stack'], page: 1, index: 9, region: 'body' as const, box: [96, 100, 560, 110] as [number, number, number, number],
      runs: [{ text: 'Present', x: 96, width: 30 }, { text: '• ', x: 133, width: 5 }, { text: 'Own the BLE telemetry stack', x: 145, width: 120 }] };
    const open = { ...l, text: 'Mar 2021 –', cells: undefined, runs: [{ text: 'Mar 2021 –', x: 84 }] };
    expect(atBullet(l)).toHaveLength(1);
    const [a, b] = atBullet(l, open);
    expect([a!.text, a!.cells, a!.box]).toEqual(['Present', undefined, [96, 100, 133, 110]]);
    expect([b!.text, b!.bullet, b!.cells, b!.box?.[0]]).toEqual(['Own the BLE telemetry stack', '•', undefined, 133]);
    expect(atBullet({ ...l, cells: ['Languages', 'Go, Rust'], text: 'Languages  Go, Rust' }, open)).toHaveLength(1);
    // (a heading in a gutter beside an entry's marked first line stays with it)
    expect(atBullet({ ...l, cells: ['EXPERIENCE', '■ Senior Firmware Engineer', '2022-04 – Present'], text: 'EXPERIENCE  ■ Senior Firmware Engineer  2022-04 – Present' }, open)).toHaveLength(1);
  });
});

describe('unzipSideBySide', () => {
  it('reads two sections printed side by side under one row of headings one after the other', () => {
    const lines = [
      row(0, [['BSc (Hons) in Computer Science, University of Manchester', 57], ['09/2014 – 06/2017', 480]]),
      row(20, [['SKILLS', 57], ['CERTIFICATIONS', 312]], { bold: 1 }),
      row(34, [['Cloud: AWS, Azure, Kubernetes', 57], ['CISSP (2021)', 312]]),
      row(46, [['Security tooling: Splunk, Sigstore, OPA', 57], ['AWS Certified Security – Specialty (2022)', 312]]),
      row(58, [['OSCP (2020)', 312]]),
      row(62, [['Automation: Terraform, Python, Go', 57]]),
      row(90, [['PROJECTS', 57]], { bold: 1 }),
      row(104, [['Sigstore policy controller for the build farm', 57]]),
    ];
    expect(unzipSideBySide(lines).map((l) => l.text)).toEqual([
      'BSc (Hons) in Computer Science, University of Manchester  09/2014 – 06/2017',
      'SKILLS', 'Cloud: AWS, Azure, Kubernetes', 'Security tooling: Splunk, Sigstore, OPA', 'Automation: Terraform, Python, Go',
      'CERTIFICATIONS', 'CISSP (2021)', 'AWS Certified Security – Specialty (2022)', 'OSCP (2020)',
      'PROJECTS', 'Sigstore policy controller for the build farm',
    ]);
  });
  it('leaves a row that is not all headings alone', () => {
    const lines = [row(0, [['Languages', 57], ['Go, Rust, Python', 160]]), row(12, [['Tools', 57], ['Git, Bazel', 160]])];
    expect(unzipSideBySide(lines)).toEqual(lines);
  });
});

describe('joinColonCells', () => {
  it('reads a label and a value whose colon starts the value cell as one field', () => {
    const l = joinColonCells(row(0, [['Organisation', 54], [': Lankatech Solutions (Pvt) Ltd, Colombo', 160]]));
    expect([l.text, l.cells]).toEqual(['Organisation: Lankatech Solutions (Pvt) Ltd, Colombo', undefined]);
    const plain = row(0, [['Languages', 54], ['Go, Rust', 160]]);
    expect(joinColonCells(plain)).toBe(plain);
  });
});
