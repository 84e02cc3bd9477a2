// The parser on the synthetic real-world layouts in test/fixtures/layouts (scripts/make-layouts.mjs): sidebars,
// Europass label gutters, Word tables and text boxes, several roles under one employer, and more. Each case's
// expected.json lists what is printed; every listed field must be read.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, close } from '../src/index.js';
import { jsonResumeStrictSchema } from '../src/ingest/json-resume-schema.js';

const dir = join(import.meta.dirname, 'fixtures', 'layouts');
const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const norm = (s: unknown) => String(s ?? '').normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();
const digits = (s: unknown) => String(s ?? '').replace(/\D/g, '');

afterAll(() => close());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;


describe.each(cases)('%s', (name) => {
  const expected: Json = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
  const file = readdirSync(join(dir, name)).find((f) => f.startsWith('resume.'))!;
  let out: Promise<Awaited<ReturnType<typeof parse>>> | undefined;
  const load = () => (out ??= parse(new Uint8Array(readFileSync(join(dir, name, file)))));

  it('reads the name, e-mail and phone, and outputs valid JSON Resume', async () => {
    const { resume } = await load();
    expect(norm(resume.basics.name)).toBe(norm(expected.basics.name));
    if (expected.basics.email) expect(resume.basics.email).toBe(expected.basics.email);
    if (expected.basics.phone) expect(digits(resume.basics.phone)).toBe(digits(expected.basics.phone));
    expect(jsonResumeStrictSchema.safeParse(resume).success).toBe(true);
  });

  it('reads every role: title, employer and dates, in order', async () => {
    const { resume } = await load();
    const got = (resume.work ?? []).map((w: Json) => [norm(w.position), norm(w.name), w.startDate, w.endDate ?? 'present']);
    const want = (expected.work ?? []).map((w: Json) => [norm(w.position), norm(w.name), w.startDate, w.endDate ?? 'present']);
    expect(got).toEqual(want);
  });

  it('reads every school with its dates', async () => {
    const { resume } = await load();
    const got = (resume.education ?? []).map((e: Json) => [norm(e.institution), e.endDate]);
    expect(got).toEqual((expected.education ?? []).map((e: Json) => [norm(e.institution), e.endDate]));
  });

  it('finds the printed skills', async () => {
    const { resume } = await load();
    const got = new Set((resume.skills ?? []).flatMap((s: Json) => [s.name, ...(s.keywords ?? [])]).map(norm));
    const missing = (expected.skills ?? []).filter((k: string) => !got.has(norm(k)));
    expect(missing).toEqual([]);
  });
});
