// The place lookup (a binary search over the data strings) gives exactly what a Set of the entries gives.
import { describe, expect, it } from 'vitest';
import { CITY_NAMES, REGION_NAMES } from '../src/data/places.js';
import { listHas } from '../src/parse/places.js';

describe('listHas', () => {
  for (const [name, list] of [['CITY_NAMES', CITY_NAMES], ['REGION_NAMES', REGION_NAMES]] as const) {
    const entries = list.split('|');
    it(`${name} is strictly sorted, without empty entries (what the binary search needs)`, () => {
      expect(entries.every((e, i) => e !== '' && (i === 0 || (entries[i - 1] as string) < e))).toBe(true);
    });
    it(`finds every entry of ${name} and nothing else`, () => {
      const set = new Set(entries);
      for (const e of entries) expect(listHas(list, e)).toBe(true);
      const near = entries.flatMap((e) => [e.slice(1), e.slice(0, -1), `${e} `, `${e}|`, `|${e}`, `${e}a`, e.toUpperCase()]);
      for (const e of [...near, '', '|', 'a|b', `${entries[0]}|${entries[1]}`, '\u0000', '\uffff']) expect(listHas(list, e)).toBe(set.has(e));
    });
  }
  it('works on small lists', () => {
    expect(listHas('a', 'a')).toBe(true);
    expect(listHas('a|b|c', 'b')).toBe(true);
    expect(listHas('a|b|c', 'c')).toBe(true);
    expect(listHas('a|b|c', 'd')).toBe(false);
    expect(listHas('', 'a')).toBe(false);
  });
});
