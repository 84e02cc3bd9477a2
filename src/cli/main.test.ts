import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, EXIT, readParseArgs, type Io } from './main.js';
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

describe('readParseArgs (parse without commander)', () => {
  it('reads the usual forms', () => {
    expect(readParseArgs(['parse', 'a.pdf'])).toEqual({ file: 'a.pdf', opts: { format: 'text' } });
    expect(readParseArgs(['parse', '-f', 'json', 'a.pdf'])).toEqual({ file: 'a.pdf', opts: { format: 'json' } });
    expect(readParseArgs(['parse', 'a.pdf', '--format=json', '--timeout', '500', '--max-pages=3', '--max-bytes', '1e6'])).toEqual({
      file: 'a.pdf',
      opts: { format: 'json', timeout: 500, maxPages: 3, maxBytes: 1e6 },
    });
    expect(readParseArgs(['parse', '-', '--format', 'xml'])).toEqual({ file: '-', opts: { format: 'xml' } });
  });

  it('leaves anything else to commander', () => {
    for (const argv of [
      [],
      ['parse'],
      ['frobnicate', 'a.pdf'],
      ['parse', 'a.pdf', 'b.pdf'],
      ['parse', 'a.pdf', '--help'],
      ['parse', '--', 'a.pdf'],
      ['parse', '-fjson', 'a.pdf'],
      ['parse', 'a.pdf', '--format'],
      ['parse', 'a.pdf', '--format', '-x'],
      ['parse', 'a.pdf', '--format', 'json', '--format', 'text'],
      ['parse', 'a.pdf', '--timeout', '0'],
      ['parse', 'a.pdf', '--timeout=abc'],
      ['parse', 'a.pdf', '--max-bytes', '-5'],
      ['parse', 'a.pdf', '--unknown'],
    ]) {
      expect(readParseArgs(argv), argv.join(' ')).toBeUndefined();
    }
  });

  it('gives the same results as commander', async () => {
    const file = join(fixtures, 'pdf', 'header-footer.pdf');
    // `-- file` is read by commander only; the rest by readParseArgs.
    const viaCommander = await run(['parse', '--max-pages', '1', '--', file]);
    const fast = await run(['parse', file, '--max-pages=1']);
    expect(fast).toEqual(viaCommander);
    expect(fast.err).toMatch(/^error\[TOO_MANY_PAGES\]/);
  });
});
