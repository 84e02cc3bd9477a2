import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, EXIT, type Io } from './main.js';
import { parse, close } from '../index.js';

const fixtures = join(import.meta.dirname, '..', '..', 'test', 'fixtures');

function run(argv: string[]) {
  let out = '', err = '';
  const io: Io = {
    stdout: (s) => { out += s; },
    stderr: (s) => { err += s; },
    readFile: async (p) => new Uint8Array(await readFile(p)),
    readStdin: async () => new TextEncoder().encode('Jane Doe\njane@example.com\n\nEXPERIENCE\nEngineer, Acme Corp 2020 – 2022\n- Built things\n'),
    parse,
  };
  return main(argv, io).then((code) => ({ code, out, err }));
}

afterAll(() => close());

describe('passthebot parse', () => {
  it('prints the JSON object with resume and sections', async () => {
    const r = await run(['parse', join(fixtures, 'pdf', 'single-column.pdf'), '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(r.out);
    expect(json.resume.basics.email).toBe('marisol.vega@example.com');
    expect(json.sections.map((s: { heading: string }) => s.heading)).toContain('EXPERIENCE');
  });

  it('prints what an ATS reads as text by default', async () => {
    const r = await run(['parse', join(fixtures, 'pdf', 'single-column.pdf')]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('What an ATS reads');
    expect(r.out).toContain('Marisol Vega');
    expect(r.out).toContain('not a real ATS');
  });

  it('reads standard input', async () => {
    const r = await run(['parse', '-', '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out).resume.basics.email).toBe('jane@example.com');
  });

  it.each([
    ['encrypted.pdf', 'ENCRYPTED'],
    ['image-only.pdf', 'NO_TEXT'],
    ['empty.pdf', 'EMPTY'],
    ['not-a-pdf.pdf', 'UNSUPPORTED_TYPE'],
  ])('%s → exit 3 and error[%s] on one line, no stack trace', async (file, code) => {
    const r = await run(['parse', join(fixtures, 'pdf', file)]);
    expect(r.code).toBe(EXIT.unreadable);
    expect(r.out).toBe('');
    expect(r.err).toMatch(new RegExp(`^error\\[${code}\\]: [^\\n]+\\n$`));
    expect(r.err).not.toMatch(/\bat\s+\S+\s+\(|Error:/);
  });

  it('truncated.pdf (cut at half) → exit 0: the text that survives is read', async () => {
    const r = await run(['parse', join(fixtures, 'pdf', 'truncated.pdf'), '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).resume.basics.name).toBe('Owen Castellanos');
  });

  it('enforces a configured page limit and deadline', async () => {
    const pages = await run(['parse', join(fixtures, 'pdf', 'header-footer.pdf'), '--max-pages', '1']);
    expect(pages.err).toMatch(/^error\[TOO_MANY_PAGES\]/);
    const size = await run(['parse', join(fixtures, 'pdf', 'single-column.pdf'), '--max-bytes', '100']);
    expect(size.err).toMatch(/^error\[TOO_LARGE\]/);
    const time = await run(['parse', join(fixtures, 'pdf', 'single-column.pdf'), '--timeout', '1']);
    expect(time.err).toMatch(/^error\[TIMEOUT\]/);
    expect(time.code).toBe(EXIT.unreadable);
  });

  it('reads a mislabelled file by its content', async () => {
    const r = await run(['parse', join(fixtures, 'pdf', 'mislabelled.docx'), '--format', 'json']);
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out).kind).toBe('pdf');
  });

  it('exits 2 on usage errors', async () => {
    expect((await run(['parse', join(fixtures, 'pdf', 'single-column.pdf'), '--format', 'xml'])).code).toBe(EXIT.usage);
    expect((await run(['parse', '/nonexistent/file.pdf'])).code).toBe(EXIT.usage);
    expect((await run(['frobnicate'])).code).toBe(EXIT.usage);
  });
});
