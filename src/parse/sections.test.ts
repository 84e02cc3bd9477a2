import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { findHeadings, respaced } from './sections.js';

const line = (text: string, index: number, extra: Partial<Line> = {}): Line =>
  ({ text, runs: [{ text, fontSize: extra.fontSize ?? 10, bold: (extra.bold ?? 0) > 0.5 }], page: 1, index, region: 'body', fontSize: 10, ...extra });

describe('findHeadings', () => {
  it('finds aliased headings and learns their style for the others', () => {
    const lines = [
      line('Jane Doe', 0, { fontSize: 20 }), line('EXPERIENCE', 1, { bold: 1, fontSize: 12 }), line('Engineer at Acme', 2),
      line('EDUCATION', 3, { bold: 1, fontSize: 12 }), line('MIT', 4), line('MISCELLANEA', 5, { bold: 1, fontSize: 12 }), line('Chess', 6),
      // Not aliases, but their words tell the kind; words of two kinds tell none.
      line('RESEARCH SOFTWARE', 7, { bold: 1, fontSize: 12 }), line('Stata, R', 8),
      line('KEY SKILLS & ACHIEVEMENTS', 9, { bold: 1, fontSize: 12 }), line('Raised stock accuracy', 10),
    ];
    expect(findHeadings(lines).map((h) => [h.heading, h.kind])).toEqual([
      ['EXPERIENCE', 'work'], ['EDUCATION', 'education'], ['MISCELLANEA', 'other'], ['RESEARCH SOFTWARE', 'skills'], ['KEY SKILLS & ACHIEVEMENTS', 'other'],
    ]);
  });
  it('does not take the second line of a wrapped group name for a heading', () => {
    const lines = [line('Skills', 0, { bold: 1, fontSize: 14 }), line('Operations &', 1, { bold: 1 }), line('Leadership', 2, { bold: 1 }), line('Scheduling', 3)];
    expect(findHeadings(lines).map((h) => h.heading)).toEqual(['Skills']);
  });
  it('puts back the word gaps a letter-spaced heading lost', () => {
    expect(respaced('WORKEXPERIENCE')).toBe('WORK EXPERIENCE');
    expect(respaced('Honors&Awards')).toBe('Honors&Awards');
    expect(respaced('EDUCATION')).toBe('EDUCATION');
  });
});
