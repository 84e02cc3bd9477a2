import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { formQualifications, formRoles, isFormRowLabel, joinFormCells, orgAndPlace, readFormEntries } from './form-rows.js';

/** A PDF row of a Europass form: [text, x] runs at height y; two runs make a label and a value. */
function row(y: number, runs: [string, number][], extra: Partial<Line> = {}): Line {
  const text = runs.map((r) => r[0]).join('  ');
  return {
    text, runs: runs.map(([t, x]) => ({ text: t, x, width: t.length * 5, fontSize: 10 })), page: 1, index: y, region: 'body', fontSize: 10,
    box: [runs[0]![1], y, 560, y + 10], gapBefore: 4, ...(runs.length > 1 ? { cells: runs.map((r) => r[0]) } : {}), ...extra,
  };
}

// As europecv prints a role: labels flush right against x=285, values from x=291, labels and values wrapping.
const ROLE = [
  row(0, [['Dates', 242], ['September 2019 – present', 291]]),
  row(12, [['Occupation or position held', 145], ['Senior Structural Engineer', 291]]),
  row(24, [['Main activities and', 182]]),
  row(36, [['responsibilities', 202]]),
  row(36, [['Lead structural design of three', 316]], { bullet: '–' }),
  row(48, [['post-tensioned viaducts', 316]]),
  row(60, [['Coordinate a team of seven engineers', 316]], { bullet: '–' }),
  row(84, [['Name and address of employer', 133], ['Arcadia Infraestructuras S.A., Madrid,', 291]]),
  row(96, [['Spain', 291]]),
  row(120, [['Dates', 242], ['June 2015 – August 2019', 291]]),
  row(132, [['Occupation or position held', 145], ['Site Engineer', 291]]),
  row(144, [['Name and address of employer', 133], ['Levante Obras Civiles S.L., Valencia, Spain', 291]]),
];

describe('readFormEntries', () => {
  it('reads Europass roles: wrapped labels and values, bullets, one entry per "Dates" row', () => {
    const roles = formRoles(readFormEntries(ROLE)!, 'work').map((r) => r.item);
    expect(roles).toEqual([
      {
        name: 'Arcadia Infraestructuras S.A.', position: 'Senior Structural Engineer', location: 'Madrid, Spain', startDate: '2019-09',
        highlights: ['Lead structural design of three post-tensioned viaducts', 'Coordinate a team of seven engineers'],
      },
      { name: 'Levante Obras Civiles S.L.', position: 'Site Engineer', location: 'Valencia, Spain', startDate: '2015-06', endDate: '2019-08' },
    ]);
  });
  it('reads Europass qualifications, the whole field after the degree name', () => {
    const lines = [
      row(0, [['Dates', 242], ['September 2011 – July 2013', 291]]),
      row(12, [['Title of qualification awarded', 138], ['Máster en Ingeniería de Caminos,', 291]]),
      row(24, [['Canales y Puertos', 291]]),
      row(36, [['Name and type of organisation', 132], ['Universitat Politècnica de València, Va-', 291]]),
      row(48, [['providing education and', 161], ['lencia, Spain', 291]]),
      row(60, [['training', 232]]),
    ];
    expect(formQualifications(readFormEntries(lines)!).map((q) => q.item)).toEqual([
      { institution: 'Universitat Politècnica de València', studyType: 'Máster', area: 'Ingeniería de Caminos, Canales y Puertos', location: 'Valencia, Spain', startDate: '2011-09', endDate: '2013-07' },
    ]);
  });
  it('is not a form without three rows of known labels', () => {
    expect(readFormEntries([row(0, [['Languages', 50], ['Python, Go', 150]]), row(12, [['Tools', 50], ['Docker, Terraform', 150]]), row(24, [['Dates', 50], ['2020', 150]])])).toBeUndefined();
    expect(readFormEntries(ROLE.slice(0, 2))).toBeUndefined();
  });
});

describe('orgAndPlace', () => {
  it('splits off the place after the organisation', () => {
    expect(orgAndPlace('Arcadia Infraestructuras S.A., Madrid, Spain')).toEqual({ org: 'Arcadia Infraestructuras S.A.', place: 'Madrid, Spain' });
    expect(orgAndPlace('Ingeniería Túria')).toEqual({ org: 'Ingeniería Túria' });
  });
});

describe('a Word table used as a form (the old Europass template)', () => {
  let n = 0;
  /** One paragraph of a DOCX table cell. */
  const cell = (text: string, row: number, c: number): Line => ({ text, runs: [{ text, fontSize: 10 }], page: 1, index: n++, region: 'body', fontSize: 10, table: { table: 0, row, cell: c } });
  const lines = [
    cell('Dates', 14, 0), cell('April 2021 to date', 14, 1),
    cell('Occupation or position held', 15, 0), cell('DevOps Engineer', 15, 1),
    cell('Main activities and responsibilities', 16, 0), cell('Own the GitLab CI/CD estate of 220 pipelines', 16, 1), cell('Wrote the runbooks used in 40+ incidents', 16, 1),
    cell('Name and address of employer', 17, 0), cell('Harewood Digital Ltd, 3 Wellington Place, Leeds LS1 4AP (United Kingdom)', 17, 1),
    cell('Dates', 20, 0), cell('September 2018 to March 2021', 20, 1),
    cell('Occupation or position held', 21, 0), cell('IT Infrastructure Analyst', 21, 1),
    cell('Name and address of employer', 23, 0), cell('Aire Valley Housing Association, Hall Ings, Bradford BD1 5SH (United Kingdom)', 23, 1),
  ];
  it('joins each label\'s cell with its value\'s, keeps the further paragraphs, and says where each line came from', () => {
    const { lines: joined, origin } = joinFormCells(lines, isFormRowLabel);
    expect(joined.map((l) => l.cells ?? l.text)).toEqual([
      ['Dates', 'April 2021 to date'], ['Occupation or position held', 'DevOps Engineer'],
      ['Main activities and responsibilities', 'Own the GitLab CI/CD estate of 220 pipelines'], 'Wrote the runbooks used in 40+ incidents',
      ['Name and address of employer', 'Harewood Digital Ltd, 3 Wellington Place, Leeds LS1 4AP (United Kingdom)'],
      ['Dates', 'September 2018 to March 2021'], ['Occupation or position held', 'IT Infrastructure Analyst'],
      ['Name and address of employer', 'Aire Valley Housing Association, Hall Ings, Bradford BD1 5SH (United Kingdom)'],
    ]);
    expect(joined.map((l) => l.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(origin).toEqual([1, 3, 5, 6, 8, 10, 12, 14]);
  });
  it('pairs nothing in a table\'s header row, every cell a column\'s label ("Dates | Degree / Diploma | Institution")', () => {
    const table = [cell('Dates', 0, 0), cell('Degree / Diploma', 0, 1), cell('Institution', 0, 2), cell('2018 – 2019', 1, 0), cell('Graduate Diploma (DESS), Business Intelligence', 1, 1), cell('HEC Montréal, Montréal (QC)', 1, 2)];
    expect(joinFormCells(table, isFormRowLabel).lines.slice(0, 3).map((l) => l.cells ?? l.text)).toEqual(['Dates', 'Degree / Diploma', 'Institution']);
  });
  it('reads the joined rows as roles, the employer apart from its postal address, each paragraph of a value an item', () => {
    const roles = formRoles(readFormEntries(joinFormCells(lines, isFormRowLabel).lines)!, 'work').map((r) => r.item);
    expect(roles).toEqual([
      { name: 'Harewood Digital Ltd', location: '3 Wellington Place, Leeds LS1 4AP (United Kingdom)', position: 'DevOps Engineer', startDate: '2021-04', highlights: ['Own the GitLab CI/CD estate of 220 pipelines', 'Wrote the runbooks used in 40+ incidents'] },
      { name: 'Aire Valley Housing Association', location: 'Hall Ings, Bradford BD1 5SH (United Kingdom)', position: 'IT Infrastructure Analyst', startDate: '2018-09', endDate: '2021-03' },
    ]);
  });
  it('reads the class of a degree after its field as the grade, and "Town (Country)" as a place', () => {
    const edu = [cell('Dates', 33, 0), cell('September 2013 to June 2016', 33, 1), cell('Title of qualification awarded', 34, 0), cell('Bachelor of Science (Hons) in Computing, Upper Second-Class Honours (2:1)', 34, 1),
      cell('Name and type of organisation providing education and training', 36, 0), cell('University of Leeds, Leeds (United Kingdom)', 36, 1),
      cell('Level in national or international classification', 37, 0), cell('EQF level 6', 37, 1)];
    expect(formQualifications(readFormEntries(joinFormCells(edu, isFormRowLabel).lines)!).map((q) => q.item)).toEqual([
      { institution: 'University of Leeds', location: 'Leeds (United Kingdom)', studyType: 'Bachelor of Science (Hons)', area: 'Computing', score: 'Upper Second-Class Honours (2:1)', startDate: '2013-09', endDate: '2016-06' },
    ]);
  });
});

describe('a job application form: one Word table per job, two label and value pairs to a row', () => {
  let n = 0;
  const cell = (text: string, table: number, row: number, c: number, bullet?: string): Line =>
    ({ text, runs: [{ text, fontSize: 10 }], page: 1, index: n++, region: 'body', fontSize: 10, table: { table, row, cell: c }, ...(bullet ? { bullet } : {}) });
  const job = (t: number, employer: string, dates: string, title: string, address: string, duties: string[]) => [
    cell('Employer', t, 0, 0), cell(employer, t, 0, 1), cell('Dates Employed', t, 0, 2), cell(dates, t, 0, 3),
    cell('Job Title', t, 1, 0), cell(title, t, 1, 1), cell('Hours per Week', t, 1, 2), cell('40', t, 1, 3),
    cell('Address', t, 2, 0), cell(address, t, 2, 1), cell('Salary', t, 2, 2), cell('$71,900 per year', t, 2, 3),
    cell('Duties and Responsibilities:', t, 3, 0), ...duties.map((d, i) => cell(d, t, 3, 0, i && !d.endsWith(':') ? '•' : undefined)),
  ];
  it('reads each table as a role: the second pair of a row by its own label, the paragraphs under a label spanning the row as its value', () => {
    const lines = [
      ...job(1, 'Clackmore County Department of Public Works', '03/2019 – Current', 'Senior Civil Engineer (Engineer III)', '155 N. First Avenue, Hillsboro, OR 97124', ['Manage design and construction of capital projects.', 'Key Accomplishments:', 'Won $14.2M in state and federal grants.']),
      ...job(2, 'City of Fernhollow', '08/2015 – 02/2019', 'City Planner II', '220 Alder Street, Fernhollow, OR 97116', ['Reviewed land-use applications.']),
    ];
    const roles = formRoles(readFormEntries(joinFormCells(lines, isFormRowLabel).lines)!, 'work').map((r) => r.item);
    expect(roles).toEqual([
      { name: 'Clackmore County Department of Public Works', position: 'Senior Civil Engineer (Engineer III)', location: '155 N. First Avenue, Hillsboro, OR 97124', startDate: '2019-03', highlights: ['Manage design and construction of capital projects.', 'Won $14.2M in state and federal grants.'] },
      { name: 'City of Fernhollow', position: 'City Planner II', location: '220 Alder Street, Fernhollow, OR 97116', startDate: '2015-08', endDate: '2019-02', highlights: ['Reviewed land-use applications.'] },
    ]);
  });
  it('joins pairs that start at the second cell, a photo in the first ("[photo] | Name | Yoon Ha-eun | Date of Birth | 1995.07.21")', () => {
    const row = [cell('Name', 8, 0, 1), cell('Yoon Ha-eun', 8, 0, 2), cell('Date of Birth', 8, 0, 3), cell('1995.07.21', 8, 0, 4)];
    expect(joinFormCells(row, (t) => /^(?:name|date of birth)$/i.test(t)).lines.map((l) => l.cells)).toEqual([['Name', 'Yoon Ha-eun'], ['Date of Birth', '1995.07.21']]);
  });
  it('leaves alone a table\'s header row whose third cell is a form label ("Company | Designation | Location | Duration")', () => {
    const head = [cell('Company', 9, 0, 0), cell('Designation', 9, 0, 1), cell('Location', 9, 0, 2), cell('Duration', 9, 0, 3)];
    expect(joinFormCells(head, (t) => isFormRowLabel(t) || t === 'Location').lines).toBe(head);
  });
});
