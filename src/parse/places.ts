// Known place names (GeoNames, see src/data/places.ts): towns and cities, and regions (states, provinces,
// counties). Looked up in the data's own strings: no set of 21k names is built (that took ~10-20 ms of a
// one-file CLI run).
import { CITY_NAMES, REGION_NAMES } from '../data/places.js';

/**
 * Whether `name` is one of the '|'-separated entries of `list`. The generator (scripts/make-places.mjs) writes
 * them sorted (`[...set].sort()`: the order of `<`, no repeats, none empty; places.test.ts checks it), so this
 * is a binary search over the string; it gives what a `Set` of the entries would.
 */
export function listHas(list: string, name: string): boolean {
  if (name === '' || name.includes('|')) return false;
  // [lo, hi) holds whole entries: lo starts one, hi ends one (a '|' or the end of the list).
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = list.lastIndexOf('|', mid - 1) + 1;
    let end = list.indexOf('|', start);
    if (end === -1 || end > hi) end = hi;
    const entry = list.slice(start, end);
    if (entry === name) return true;
    if (name < entry) hi = start - 1;
    else lo = end + 1;
  }
  return false;
}

/** Folds a name the way the data file does: no accents, lower case, straight apostrophes. */
export const foldPlace = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/** A name printed in title case ("Birmingham", "São Paulo", "Le Mans"), as place names are. */
const PRINTED_AS_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|del|la|las|los|le|di|da|do|dos|das|am|im|upon|on|sur|en|the|of|al|el))*$/u;

/** True for the name of a known town or city ("Birmingham", "Pune", "Sao Paulo"), printed as a name. */
export function isCityName(s: string): boolean {
  const t = s.trim();
  if (!PRINTED_AS_NAME.test(t)) return false;
  const f = foldPlace(t);
  // ("Makati City", "Quezon City": the name without "City" when only that is listed)
  return listHas(CITY_NAMES, f) || (/ city$/.test(f) && listHas(CITY_NAMES, f.slice(0, -5)));
}

/** True for the name of a known state, province, region or county ("Maharashtra", "KwaZulu-Natal", "Co. Cork"). */
export function isRegionName(s: string): boolean {
  const t = s.trim();
  if (!PRINTED_AS_NAME.test(t)) return false;
  const f = foldPlace(t);
  return listHas(REGION_NAMES, f) || listHas(REGION_NAMES, f.replace(/^(?:state of|county|co\.)\s+|\s+(?:state|county|province|region)$/, ''));
}
