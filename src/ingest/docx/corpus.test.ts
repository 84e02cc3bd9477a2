// Reads the shared evaluation DOCX files (LibreOffice-made resumes) when the shared folder is present, and
// checks what an ATS would read against their answer keys. Nothing is copied from that folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../errors.js';
import { readDocx } from './index.js';

const CASES = fileURLToPath(new URL('../../../../shared/eval/parse/', import.meta.url));
const present = existsSync(CASES);
const cases = present ? readdirSync(CASES).filter((d) => d.endsWith('-docx') && existsSync(join(CASES, d, 'resume.docx'))) : [];

interface Expected {
  basics?: { name?: string; email?: string };
  work?: { highlights?: string[] }[];
  skills?: string[];
}

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-').replace(/\s+/g, ' ').trim();

describe.skipIf(!present)('shared DOCX corpus (../shared/eval/parse/*-docx)', () => {
  if (!present) it.skip('skipped: ../shared/eval/parse is not present', () => {});
  it.each(cases)('%s reads name, contacts, bullets and skills without duplicates', (id) => {
    const doc = readDocx(new Uint8Array(readFileSync(join(CASES, id, 'resume.docx'))), DEFAULT_LIMITS);
    const expected = JSON.parse(readFileSync(join(CASES, id, 'expected.json'), 'utf8')) as Expected;
    const lines = doc.lines.map((l) => norm(l.text));
    const bullets = new Set(doc.lines.filter((l) => l.bullet).map((l) => norm(l.text)));

    expect(doc.kind).toBe('docx');
    expect(doc.lines[0]).toMatchObject({ heading: 1 });
    if (expected.basics?.name) expect(lines[0]).toBe(norm(expected.basics.name));
    if (expected.basics?.email) expect(lines.some((l) => l.includes(norm(expected.basics!.email!)))).toBe(true);
    for (const job of expected.work ?? []) for (const h of job.highlights ?? []) expect(bullets).toContain(norm(h));
    for (const skill of expected.skills ?? []) expect(lines).toContain(norm(skill));
    for (let i = 1; i < lines.length; i++) expect(lines[i], `line ${i} repeats line ${i - 1}`).not.toBe(lines[i - 1]);
    expect(doc.lines.filter((l) => l.heading !== undefined).length).toBeGreaterThan(3);
  });
});
