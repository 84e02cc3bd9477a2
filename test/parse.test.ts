// Parse tests on the project's own generated fixtures (scripts/make-fixtures.mjs): every field the
// fixture's expected.json lists must be read, and the output must be valid JSON Resume.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, close } from '../src/index.js';
import { jsonResumeStrictSchema } from '../src/ingest/json-resume-schema.js';

const dir = join(import.meta.dirname, 'fixtures', 'pdf');
const norm = (s: unknown) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
const cases = readdirSync(dir).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

afterAll(() => close());

describe.each(cases)('%s', (name) => {
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8'));
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && !f.endsWith('.json'))!;
  const load = () => parse(new Uint8Array(readFileSync(join(dir, file))));

  it('reads the contact details', async () => {
    const { resume } = await load();
    const b = resume.basics;
    expect(norm(b.name)).toBe(norm(expected.basics.name));
    if (expected.basics.email) expect(b.email).toBe(expected.basics.email);
    if (expected.basics.phone) expect(String(b.phone).replace(/\D/g, '').slice(-9)).toBe(expected.basics.phone.replace(/\D/g, '').slice(-9));
    if (expected.basics.location) expect(norm(b.location?.city)).toBe(norm(expected.basics.location.split(',')[0]));
  });

  it('finds the section headings in reading order', async () => {
    const { sections } = await load();
    expect(sections.map((s) => norm(s.heading))).toEqual(expected.sections.map(norm));
  });

  it('reads every role with its title, employer, dates and bullets', async () => {
    const { resume } = await load();
    const work = resume.work ?? [];
    expect(work).toHaveLength(expected.work.length);
    expected.work.forEach((e: Record<string, string | string[] | undefined>, i: number) => {
      const p = work[i];
      expect(norm(p.position), `role ${i} title`).toBe(norm(e.position));
      expect(norm(p.name), `role ${i} employer`).toBe(norm(e.name ?? e.company));
      expect(p.startDate, `role ${i} start`).toBe(e.startDate);
      expect(p.endDate ?? 'present', `role ${i} end`).toBe(e.endDate);
      expect((p.highlights ?? []).map(norm), `role ${i} bullets`).toEqual(((e.highlights as string[] | undefined) ?? []).map(norm));
    });
  });

  it('gives valid JSON Resume', async () => {
    const { resume } = await load();
    const r = jsonResumeStrictSchema.safeParse(resume);
    expect(r.success ? [] : r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`)).toEqual([]);
  });
});
