import { describe, expect, it } from 'vitest';
import { formatDate, readJsonResume } from './json-resume.js';
import { jsonResumeSchema, jsonResumeStrictSchema } from './json-resume-schema.js';
import { errorOf } from '../../test/helpers.js';


const resume = {
  $schema: 'https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json',
  basics: {
    name: 'Jane Doe',
    label: 'Senior Software Engineer',
    email: 'jane@example.com',
    phone: '+1 555 0100',
    url: 'https://jane.dev',
    summary: 'Engineer who ships.',
    location: { city: 'Berlin', countryCode: 'DE' },
    profiles: [{ network: 'GitHub', username: 'jane', url: 'https://github.com/jane' }],
  },
  work: [
    {
      name: 'Acme',
      position: 'Staff Engineer',
      location: 'Remote',
      startDate: '2021-03',
      highlights: ['Led the platform team', 'Cut costs by 30%'],
    },
    { name: 'Initech', position: 'Engineer', startDate: '2017', endDate: '2021-02-15' },
  ],
  education: [{ institution: 'TU Berlin', studyType: 'M.Sc.', area: 'Computer Science', endDate: '2017' }],
  skills: [{ name: 'Backend', level: 'Expert', keywords: ['Go', 'PostgreSQL'] }],
  languages: [{ language: 'German', fluency: 'Native' }],
  projects: [{ name: 'raft-lab', description: 'A Raft teaching tool', keywords: ['Go'], url: 'https://github.com/jane/raft-lab' }],
  references: [{ name: 'Bob', reference: 'Jane is great.' }],
  x_custom: { anything: true },
};

describe('readJsonResume', () => {
  it('keeps the validated resume, extra keys included, and renders lines an ATS could read', () => {
    const doc = readJsonResume(resume, 1234);
    expect(doc.kind).toBe('json');
    expect(doc.meta).toEqual({ bytes: 1234 });
    expect(doc.jsonResume).toEqual(resume);
    expect(doc.lines.map((l) => l.text)).toEqual([
      'Jane Doe',
      'Senior Software Engineer',
      'jane@example.com',
      '+1 555 0100',
      'https://jane.dev',
      'Berlin, DE',
      'GitHub: https://github.com/jane',
      'Engineer who ships.',
      'Experience',
      'Staff Engineer  Mar 2021 – Present',
      'Acme, Remote',
      'Led the platform team',
      'Cut costs by 30%',
      'Engineer  2017 – Feb 2021',
      'Initech',
      'Education',
      'M.Sc. in Computer Science  2017',
      'TU Berlin',
      'Skills',
      'Backend (Expert): Go, PostgreSQL',
      'Projects',
      'raft-lab',
      'A Raft teaching tool',
      'Go',
      'Languages',
      'German (Native)',
      'References',
      'Jane is great.',
      '— Bob',
    ]);
    expect(doc.lines.map((l) => l.index)).toEqual(doc.lines.map((_, i) => i));
    const line = (t: string) => doc.lines.find((l) => l.text === t)!;
    expect(line('Jane Doe')).toMatchObject({ heading: 1, bold: 1 });
    expect(line('Experience')).toMatchObject({ heading: 2, blockStart: true });
    expect(line('Led the platform team')).toMatchObject({ bullet: '•', listLevel: 0 });
    expect(line('Staff Engineer  Mar 2021 – Present').cells).toEqual(['Staff Engineer', 'Mar 2021 – Present']);
    expect(line('jane@example.com').runs[0]!.link).toBe('mailto:jane@example.com');
    expect(line('raft-lab').runs[0]!.link).toBe('https://github.com/jane/raft-lab');
  });

  it('accepts a minimal resume and nulls for missing values', () => {
    const doc = readJsonResume({ basics: { name: 'Jane', email: null }, work: [] }, 10);
    expect(doc.lines.map((l) => l.text)).toEqual(['Jane']);
  });

  it('names the first bad field path in the message', () => {
    const date = errorOf(() => readJsonResume({ work: [{ name: 'Acme' }, { name: 'Initech', startDate: 'March 2020' }] }, 1));
    expect(date.code).toBe('INVALID_JSON_RESUME');
    expect(date.message).toContain('work[1].startDate');
    expect(date.message).toMatch(/2021-03/);

    const type = errorOf(() => readJsonResume({ basics: { name: 'Jane', profiles: [{ network: 42 }] } }, 1));
    expect(type.message).toContain('basics.profiles[0].network should be text but is a number');

    const list = errorOf(() => readJsonResume({ skills: { name: 'Go' } }, 1));
    expect(list.message).toContain('skills should be a list but is an object');
  });

  it('refuses JSON that is not a resume at all', () => {
    expect(errorOf(() => readJsonResume([1, 2], 1)).message).toMatch(/top level is a list/);
    expect(errorOf(() => readJsonResume({ name: 'package', version: '1.0.0' }, 1)).message).toMatch(/none of the JSON Resume sections/);
  });
});

describe('JSON Resume schemas', () => {
  it('accepts the official date forms only', () => {
    for (const d of ['2021', '2021-03', '2021-03-15']) expect(jsonResumeSchema.safeParse({ work: [{ startDate: d }] }).success).toBe(true);
    for (const d of ['present', '03/2021', '2021-3', '']) expect(jsonResumeSchema.safeParse({ work: [{ startDate: d }] }).success).toBe(false);
  });

  it('checks e-mail and URL formats and refuses nulls in the strict (output) schema', () => {
    expect(jsonResumeSchema.safeParse({ basics: { email: 'not an email', url: 'jane.dev' } }).success).toBe(true);
    expect(jsonResumeStrictSchema.safeParse({ basics: { email: 'not an email' } }).success).toBe(false);
    expect(jsonResumeStrictSchema.safeParse({ basics: { url: 'jane dev' } }).success).toBe(false);
    expect(jsonResumeStrictSchema.safeParse({ basics: { name: null } }).success).toBe(false);
    expect(jsonResumeStrictSchema.safeParse(resume).success).toBe(true);
  });

  it('formats dates for display', () => {
    expect([formatDate('2021-03-15'), formatDate('2021-12'), formatDate('2021'), formatDate(undefined)]).toEqual(['Mar 2021', 'Dec 2021', '2021', undefined]);
  });
});
