import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { roleSentences } from './role-sentences.js';

let index = 0;
const line = (text: string, blockStart = true): Line => ({ text, runs: [{ text }], page: 1, index: index++, region: 'body', fontSize: 11, blockStart });

describe('roleSentences', () => {
  it('reads "Working as <title> in <employer>, <town> from <date> to <date>" wrapped over two lines', () => {
    const roles = roleSentences([
      line('Working as Software Engineer in Trivexa Consulting Services Pvt. Ltd., Hyderabad from Jun'), line('2022 to Till Date.', false),
      line('Worked as Associate Software Engineer at Maplewave Infotech Pvt. Ltd., Bengaluru from Aug 2021 to May 2022.'),
    ]);
    expect(roles?.map((r) => [r.title, r.org, r.location, r.dates?.start, r.dates?.end, r.dates?.current])).toEqual([
      ['Software Engineer', 'Trivexa Consulting Services Pvt. Ltd.', 'Hyderabad', '2022-06', undefined, true],
      ['Associate Software Engineer', 'Maplewave Infotech Pvt. Ltd.', 'Bengaluru', '2021-08', '2022-05', false],
    ]);
  });
  it('reads nothing when a paragraph of the section is not such a sentence', () => {
    expect(roleSentences([line('Working as Software Engineer in Trivexa from Jun 2022 to Till Date.'), line('Built REST APIs for claims')])).toBeUndefined();
  });
});
