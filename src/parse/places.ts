// Known place names (GeoNames, see src/data/places.ts): towns and cities, and regions (states, provinces,
// counties). The sets are built on first use.
import { CITY_NAMES, REGION_NAMES } from '../data/places.js';

let cities: Set<string> | undefined;
let regions: Set<string> | undefined;

/** Folds a name the way the data file does: no accents, lower case, straight apostrophes. */
export const foldPlace = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();

/** A name printed in title case ("Birmingham", "São Paulo", "Le Mans"), as place names are. */
const PRINTED_AS_NAME = /^[\p{Lu}][\p{L}'’.-]*(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|de|del|la|las|los|le|di|da|do|dos|das|am|im|upon|on|sur|en|the|of|al|el))*$/u;

/** True for the name of a known town or city ("Birmingham", "Pune", "Sao Paulo"), printed as a name. */
export function isCityName(s: string): boolean {
  const t = s.trim();
  if (!PRINTED_AS_NAME.test(t)) return false;
  cities ??= new Set(CITY_NAMES.split('|'));
  return cities.has(foldPlace(t));
}

/** True for the name of a known state, province, region or county ("Maharashtra", "KwaZulu-Natal", "Co. Cork"). */
export function isRegionName(s: string): boolean {
  const t = s.trim();
  if (!PRINTED_AS_NAME.test(t)) return false;
  regions ??= new Set(REGION_NAMES.split('|'));
  const f = foldPlace(t);
  return regions.has(f) || regions.has(f.replace(/^(?:state of|county|co\.)\s+|\s+(?:state|county|province|region)$/, ''));
}
