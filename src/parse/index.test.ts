import { describe, expect, it } from 'vitest';
import { parse } from '../core/parse.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('parseDocument: contact details', () => {
  it('reads a town, region and country code printed without commas near the e-mail', async () => {
    const out = await parse(text('Eleanor Whitcombe\nChartered Accountant (ACA)\n\nAbout\nLeeds West Yorkshire GB\neleanor.whitcombe@example.com\n07700 900461\n\nExperience\nAudit Manager, Hartley & Moss LLP, 2017 – 2020\n'), {});
    expect(out.resume.basics).toMatchObject({ name: 'Eleanor Whitcombe', location: { city: 'Leeds', region: 'West Yorkshire', countryCode: 'GB' } });
  });
  it('reads "Name, Job Title" printed on one line', async () => {
    const out = await parse(text('Priya Raghunathan, Frontend & Mobile Developer\npriya.r@example.com | +91 98765 55501\n\nExperience\nSenior Mobile Engineer, Kirana Cart, 2021 – Present\n'), {});
    expect(out.resume.basics).toMatchObject({ name: 'Priya Raghunathan', label: 'Frontend & Mobile Developer' });
  });
});
