import { describe, expect, it } from 'vitest';
import { isLocation } from './contact.js';
import { isCityName, isRegionName } from './places.js';

describe('places', () => {
  it('knows towns and regions of many countries, with or without accents', () => {
    for (const c of ['Birmingham', 'Pune', 'São Paulo', 'Sao Paulo', 'Durban', 'Ibadan', 'Lyon', 'Utrecht', 'Edmonton']) expect(isCityName(c), c).toBe(true);
    for (const r of ['Maharashtra', 'KwaZulu-Natal', 'West Midlands', 'Co. Cork', 'Ontario', 'Bavaria']) expect(isRegionName(r), r).toBe(true);
  });
  it('leaves out place names that are ordinary words on a resume, and lower-case text', () => {
    for (const w of ['Reading', 'Mobile', 'Enterprise', 'Normal', 'Orange', 'Data', 'birmingham']) expect(isCityName(w), w).toBe(false);
  });
});

describe('isLocation', () => {
  it('takes a place on evidence: a known region, state or country last, or a known city', () => {
    for (const t of ['Austin, TX', 'Columbus, OH 43215', 'Pune, Maharashtra 411001', 'Solihull, West Midlands B91 3QT', 'Richmond, VIC 3121',
      'Edmonton, AB', 'Lagos, Nigeria', 'Barueri, SP', 'Ballincollig, Co. Cork', 'Birmingham', 'Remote']) expect(isLocation(t), t).toBe(true);
  });
  it('does not take a degree, a firm or a person beside a place for a place', () => {
    for (const t of ['PhD, Epidemiology', 'Castlegate Distribution, Coventry', 'Brasserie Saint-Éloi, Lyon', 'Arden Logistics Ltd', 'Stock Controller, Castlegate Distribution, Coventry', 'Senior Engineer'])
      expect(isLocation(t), t).toBe(false);
  });
});
