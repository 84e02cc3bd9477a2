// Helpers of the held-out LaTeX batch 2: batch 1's (LaTeX escaping, printed dates, answer-key builders), plus two.
import { esc } from '../latex/lib.mjs';

export * from '../latex/lib.mjs';

/** LaTeX list items for bullets. */
export const items = (xs) => xs.map((b) => `\\item ${esc(b)}`).join('\n');
/** "Name (level)" strings for spoken languages. */
export const langs = (p, f = ([l, lv]) => `${l} (${lv})`) => p.languages.map(f);
