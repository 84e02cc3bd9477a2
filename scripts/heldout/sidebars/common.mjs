// Shared helpers for the "sidebars and columns" batch. Escaping, date formats, the Key builder and icons are
// reused from the html-builders batch (../html-builders/lib.mjs); the designs and personas here are new.
export { esc, fmt, range, kd, Key, FA, fa, FA_CSS, svg, page, ul, photo } from '../html-builders/lib.mjs';
import { esc, Key } from '../html-builders/lib.mjs';

export const fullName = (P) => `${P.first} ${P.last}`;
export const PRINT = 'print-color-adjust: exact; -webkit-print-color-adjust: exact;';

// Start a key for a persona: name and label always printed.
export function newKey(P, columns, { label = true } = {}) {
  const k = new Key();
  k.layout.columns = columns;
  k.set('name', fullName(P));
  if (label) k.set('label', P.label);
  return k;
}

// Record the printed city/country string as basics.location and return it.
export function locStr(k, P, withCountry = true) {
  const s = withCountry ? `${P.city}, ${P.region && P.country === 'USA' ? P.region : P.country}` : P.city;
  return esc(k.set('location', s));
}

// Dot/bar rating markup (graphics only, no text).
export const dots = (n, of = 5, on = '#333', off = '#ccc', size = 7) =>
  `<span class="dots" aria-hidden="true">${Array.from({ length: of }, (_, i) => `<i style="display:inline-block;width:${size}px;height:${size}px;border-radius:50%;margin-right:3px;background:${i < n ? on : off};${PRINT}"></i>`).join('')}</span>`;
export const bar = (n, of = 5, on = '#333', off = '#ccc') =>
  `<span class="bar" aria-hidden="true" style="display:block;height:4px;background:${off};border-radius:2px;margin:2px 0 5px;${PRINT}"><span style="display:block;height:4px;width:${Math.round((100 * n) / of)}%;background:${on};border-radius:2px;${PRINT}"></span></span>`;
