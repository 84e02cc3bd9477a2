import { describe, expect, it } from 'vitest';
import { parse, type ParseOutput } from '../core/parse.js';
import { renderText } from './text-report.js';
import { warmUp } from './warm-up.js';

describe('warmUp', () => {
  it('runs the PDF pipeline once on its made-up resume, through a stand-in extractor', async () => {
    const seen: ParseOutput[] = [];
    await warmUp(async (bytes, options) => {
      const out = await parse(bytes, options);
      seen.push(out);
      return out;
    }, renderText);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.kind).toBe('pdf');
    expect(seen[0]?.pages).toHaveLength(2);
    expect(seen[0]?.text).toContain('Alex Example');
  });

  it('never throws', async () => {
    await expect(warmUp(() => Promise.reject(new Error('boom')), renderText)).resolves.toBeUndefined();
    await expect(warmUp(parse, () => { throw new Error('boom'); })).resolves.toBeUndefined();
  });
});
