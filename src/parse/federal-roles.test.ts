import { describe, expect, it } from 'vitest';
import { parse } from '../core/parse.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('federalRoles: roles as the USAJOBS resume builder prints them', () => {
  it('reads the employer and its address over the dates, the pay rows, the title, and the duties under their labels', async () => {
    const out = await parse(text([
      'Henrik Castellanos, P.E.', '3381 NE Orenco Gardens Drive', 'Hillsboro, OR 97124 US', 'Email: h.castellanos@example.org', '',
      'Work Experience:', 'Clackmore County Department of Public Works', '155 N. First Avenue', 'Hillsboro, OR 97124 United States', '',
      '03/2019 - Present', 'Salary: $112,400 per year', 'Hours per week: 40', 'Grade: Salary Range E24', 'Senior Civil Engineer (Engineer III)',
      'Duties, Accomplishments and Related Skills:',
      'Manage design and construction of capital improvement projects for roads and bridges.',
      'Accomplishments:', '• Won $14.2M in state and federal grants for culvert replacement.', '',
      'Supervisor: Wendell Ashby-Kroll ((503) 555-0110)', 'Okay to contact this Supervisor: Yes', '',
      'Kittredge & Vale Engineers, Inc.', '1020 SW Taylor Street', 'Portland, OR 97205 United States', '',
      '07/2012 - 07/2015', 'Hours per week: 40', 'Engineer in Training (EIT)', 'Duties, Accomplishments and Related Skills:',
      'Designed storm drainage, grading and street improvements for municipal clients.', '',
    ].join('\n')), {});
    expect(out.resume.basics).toMatchObject({ name: 'Henrik Castellanos', location: { address: '3381 NE Orenco Gardens Drive', city: 'Hillsboro', region: 'OR', postalCode: '97124' } });
    expect(out.resume.work).toEqual([
      {
        name: 'Clackmore County Department of Public Works', position: 'Senior Civil Engineer (Engineer III)', location: 'Hillsboro, OR 97124', startDate: '2019-03',
        highlights: ['Manage design and construction of capital improvement projects for roads and bridges.', 'Won $14.2M in state and federal grants for culvert replacement.'],
      },
      { name: 'Kittredge & Vale Engineers, Inc.', position: 'Engineer in Training (EIT)', location: 'Portland, OR 97205', startDate: '2012-07', endDate: '2015-07', highlights: ['Designed storm drainage, grading and street improvements for municipal clients.'] },
    ]);
  });
});
