import { describe, expect, it } from 'vitest';
import type { Line, Repair } from '../types.js';
import { dehyphenate, joinLetterSpaced, normaliseText } from './text.js';

/** A body line; `runs` defaults to one run holding the text, as the PDF layout makes them from items. */
const line = (text: string, extra: Partial<Line> = {}): Line => ({ text, runs: [{ text }], page: 1, index: 0, region: 'body', ...extra });

function run(lines: Line[]): { texts: string[]; repairs: Repair[] } {
  lines.forEach((l, i) => (l.index = i));
  const repairs: Repair[] = [];
  dehyphenate(lines, repairs);
  return { texts: lines.map((l) => l.text), repairs };
}

/** A line whose last item ended with a soft hyphen: normaliseText took it out of the text, the run keeps it. */
const soft = (text: string): Line => line(text, { runs: [{ text: 'Improved ' }, { text: `${text.split(' ').pop()}\u00AD` }] });

describe('dehyphenate: visible hyphen at a line end', () => {
  it('joins a split word without the hyphen', () => {
    expect(run([line('Rebuilt the distrib-'), line('uted build cache')]).texts).toEqual(['Rebuilt the distributed', 'build cache']);
    expect(run([line('Improved obser-'), line('vability.')]).texts).toEqual(['Improved observability.']);
  });

  it('keeps the hyphen of a compound', () => {
    expect(run([line('seeking high-'), line('impact roles')]).texts).toEqual(['seeking high-impact', 'roles']);
    expect(run([line('in AWS multi-'), line('account, Kubernetes')]).texts).toEqual(['in AWS multi-account,', 'Kubernetes']);
  });

  it('does not join before a capital, a bullet, another column or region, or after a non-letter', () => {
    expect(run([line('Led the re-'), line('Design team')]).texts).toEqual(['Led the re-', 'Design team']);
    expect(run([line('the distrib-'), line('uted', { bullet: '•' })]).texts).toEqual(['the distrib-', 'uted']);
    expect(run([line('the distrib-', { column: 0 }), line('uted', { column: 1 })]).texts).toEqual(['the distrib-', 'uted']);
    expect(run([line('the distrib-'), line('uted', { region: 'footer' })]).texts).toEqual(['the distrib-', 'uted']);
    expect(run([line('2022 -'), line('present')]).texts).toEqual(['2022 -', 'present']);
  });
});

describe('dehyphenate: soft hyphen (U+00AD) at a line end', () => {
  it('always joins without a hyphen, even after a compound prefix', () => {
    const { texts, repairs } = run([soft('Improved obser'), line('vability with traces')]);
    expect(texts).toEqual(['Improved observability', 'with traces']);
    expect(repairs).toEqual([{ kind: 'hyphenation', page: 1, line: 0, before: 'Improved obser\u00AD / vability with traces', after: 'Improved observability', note: 'soft hyphen' }]);
    expect(run([soft('Improved re'), line('search papers')]).texts).toEqual(['Improved research', 'papers']);
  });

  it('joins a capitalised continuation and drops an emptied line', () => {
    const { texts } = run([soft('Improved Java'), line('Script.'), line('Next line')]);
    expect(texts).toEqual(['Improved JavaScript.', 'Next line']);
  });

  it('reads the last non-blank run', () => {
    const a = line('Improved obser', { runs: [{ text: 'Improved obser\u00AD' }, { text: ' ' }] });
    expect(run([a, line('vability')]).texts).toEqual(['Improved observability']);
  });

  it('does nothing without a soft hyphen in the last run, or when the text does not end with a letter', () => {
    const mid = line('Improved obser', { runs: [{ text: 'Impro\u00ADved' }, { text: 'obser' }] });
    expect(run([mid, line('vability')]).texts).toEqual(['Improved obser', 'vability']);
    const digit = line('Version 2', { runs: [{ text: 'Version 2\u00AD' }] });
    expect(run([digit, line('beta')]).texts).toEqual(['Version 2', 'beta']);
    expect(run([soft('Improved obser'), line('vability', { bullet: '•' })]).texts).toEqual(['Improved obser', 'vability']);
  });
});

describe('joinLetterSpaced', () => {
  it('joins letter-spaced words, including a short word beside them', () => {
    expect(joinLetterSpaced('S U M M A R Y')).toBe('SUMMARY');
    expect(joinLetterSpaced('W O R K   E X P E R I E N C E')).toBe('WORK EXPERIENCE');
    expect(joinLetterSpaced('A B O U T   M E')).toBe('ABOUT ME');
  });
  it('joins one kerned group of three letters inside a letter-spaced word', () => {
    expect(joinLetterSpaced('E D U CAT I O N')).toBe('EDUCATION');
    expect(joinLetterSpaced('AWA R D S')).toBe('AWARDS');
  });
  it('reads a word closed up by kerning after a letter-spaced one as a word of its own', () => {
    expect(joinLetterSpaced('P E R S O N A L DATA')).toBe('PERSONAL DATA');
    expect(joinLetterSpaced('U S A TODAY')).toBe('U S A TODAY');
  });
  it('keeps a hyphen inside a letter-spaced word', () => {
    expect(joinLetterSpaced('F R O N T - E N D  D E V E L O P E R')).toBe('FRONT-END DEVELOPER');
  });
  it('splits words at a "&" or "/" where the word gaps are as narrow as the letters\'', () => {
    expect(joinLetterSpaced('S k i l l s & T o o l s')).toBe('Skills & Tools');
    expect(joinLetterSpaced('A W A R D S / H O N O R S')).toBe('AWARDS / HONORS');
    expect(joinLetterSpaced('R & D')).toBe('R & D');
  });
  it('leaves ordinary text alone', () => {
    expect(joinLetterSpaced('Go and C in a lab')).toBe('Go and C in a lab');
    expect(joinLetterSpaced('Q - A and B - C')).toBe('Q - A and B - C');
    expect(joinLetterSpaced('M E  Smith')).toBe('M E  Smith');
  });
});

describe('normaliseText: Unicode hyphens', () => {
  it('turns U+2010 and U+2011 into "-", so "in‐house" is found and "pro‐" / "gramme" is joined', () => {
    expect(normaliseText('in\u2010house non\u2011breaking').text).toBe('in-house non-breaking');
  });
});

describe('normaliseText: accents set apart from their letters (TeX without T1 fonts)', () => {
  it('puts them back on their letters, with a repair record', () => {
    const n = normaliseText('Montr\u00B4eal \u2013 Franc\u00B8ois \u2013 Z\u00A8urich \u2013 \u02C6etre');
    expect(n.text).toBe('Montréal – François – Zürich – être');
    expect(n.repairs).toEqual([expect.objectContaining({ kind: 'accent', count: 4 })]);
  });
  it('leaves a caret or an accent that makes no letter alone', () => {
    expect(normaliseText('x^2 and 10^6').text).toBe('x^2 and 10^6');
    expect(normaliseText('it\u00B4s').repairs).toEqual([]);
  });
});
