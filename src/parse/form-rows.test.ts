import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { formQualifications, formRoles, orgAndPlace, readFormEntries } from './form-rows.js';

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
