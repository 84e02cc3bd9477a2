import { describe, expect, it } from 'vitest';
import type { Line } from '../types.js';
import { contactParts, findLinks, findPhones, isLocation, postalAddress } from './contact.js';

describe('isLocation: Dublin postal districts, an agency named for a state', () => {
  it('reads "Dublin 2" and "Mary Street, Dublin 1" as places', () => {
    expect(isLocation('Dublin 2')).toBe(true);
    expect(isLocation('Mary Street, Dublin 1')).toBe(true);
    expect(isLocation('Dublin Core 2')).toBe(false);
    expect(isLocation('Transport for NSW')).toBe(false);
    expect(isLocation('Parramatta NSW')).toBe(true);
  });
  it('reads a town with its province or state in brackets, as Québec writes them', () => {
    expect(isLocation('Montréal (QC)')).toBe(true);
    expect(isLocation('Lévis (Québec)')).toBe(true);
    expect(isLocation('Toronto (ON)')).toBe(true);
    expect(isLocation('Desjardins (QC)')).toBe(false);
  });
});

describe('postalAddress', () => {
  it('reads South Asian addresses (house and plot numbers, localities, a PIN after its town) and continental ones', () => {
    expect(postalAddress('House No. 47-B, Block C, Faisal Town, Lahore 54770, Pakistan')).toMatchObject({ address: 'House No. 47-B, Block C', postalCode: '54770' });
    expect(postalAddress('No. 58/3, Temple Road, Maharagama 10280, Sri Lanka')).toMatchObject({ address: 'No. 58/3, Temple Road', city: 'Maharagama', postalCode: '10280' });
    expect(postalAddress('AE-214, Salt Lake Sector 1, Kolkata – 700064, West Bengal')).toMatchObject({ address: 'AE-214, Salt Lake Sector 1', city: 'Kolkata', postalCode: '700064', region: 'West Bengal' });
    expect(postalAddress('Baneshwor-10, Kathmandu, Nepal')).toMatchObject({ address: 'Baneshwor-10', city: 'Kathmandu', region: 'Nepal' });
    expect(postalAddress('ul. Legnicka 57/12, 54-203 Wrocław')).toMatchObject({ address: 'ul. Legnicka 57/12', city: 'Wrocław', postalCode: '54-203' });
    expect(postalAddress('Sveavägen 74, 113 59 Stockholm')).toMatchObject({ address: 'Sveavägen 74', city: 'Stockholm', postalCode: '113 59' });
    expect(postalAddress('20 Old Broad Street, London EC2N 1DP')).toMatchObject({ address: '20 Old Broad Street', city: 'London', postalCode: 'EC2N 1DP' });
    expect(postalAddress('3381 NE Orenco Gardens Drive, Hillsboro, OR 97124 US')).toEqual({ address: '3381 NE Orenco Gardens Drive', city: 'Hillsboro', region: 'OR', postalCode: '97124', countryCode: 'US' });
    expect(postalAddress('⌂ Via Guglielmo Marconi 41 40122 Bologna, Italy')).toMatchObject({ address: 'Via Guglielmo Marconi 41', city: 'Bologna', postalCode: '40122', region: 'Italy' });
    expect(isLocation('Male')).toBe(false);
  });
  it('reads street, postal code, city, region and country code', () => {
    expect(postalAddress('417 Maple Avenue, Apt 6, 98105, Seattle, Washington (US)')).toEqual({
      address: '417 Maple Avenue, Apt 6', postalCode: '98105', city: 'Seattle', region: 'Washington', countryCode: 'US',
    });
    expect(postalAddress('2712 Broadway St, CA 94115, San Francisco, California (US)')).toMatchObject({ city: 'San Francisco', postalCode: '94115' });
    expect(postalAddress('12 Rue de Rivoli, 75011 Paris, France')).toMatchObject({ city: 'Paris', postalCode: '75011', region: 'France' });
    expect(postalAddress('Musterstraße 5, 10115 Berlin, Germany')).toMatchObject({ address: 'Musterstraße 5', city: 'Berlin', postalCode: '10115' });
  });
  it('is not fooled by prose or a bare place', () => {
    expect(postalAddress('Seattle, WA')).toBeUndefined();
    expect(postalAddress('Led 3 teams, shipped 12 releases, cut costs')).toBeUndefined();
  });
});

describe('isLocation', () => {
  it('accepts city and region or country', () => {
    for (const t of ['San Francisco, CA', 'Istanbul, Türkiye', 'London, UK', 'Remote', 'S.Korea', 'Palo Alto, CA & Ithaca, NY', 'Seoul, S.Korea & LA, U.S.A']) expect(isLocation(t), t).toBe(true);
  });
  it('rejects a school and a field, or a title', () => {
    for (const t of ['Princeton University, Computer Science', 'Senior Engineer, Platform', 'Westview Preparatory Academy, Atlanta, GA', 'Lessing-Gymnasium, Berlin, Germany']) expect(isLocation(t), t).toBe(false);
    expect(isLocation('Columbus, OH 43215')).toBe(true);
  });
  it('reads a city of five words before a country, and no school named after a country as a place', () => {
    for (const t of ['Thành phố Hồ Chí Minh, Hồ Chí Minh, Vietnam', 'Thành phố Hồ Chí Minh, Vietnam']) expect(isLocation(t), t).toBe(true);
    for (const t of ['Bachelor of Arts, University of Nigeria', 'Senior Data Platform Team Lead, Vietnam']) expect(isLocation(t), t).toBe(false);
  });
  it('reads a town with its country in brackets (Europass)', () => {
    for (const t of ['Leeds (United Kingdom)', 'Wrocław (Poland)']) expect(isLocation(t), t).toBe(true);
    expect(isLocation('Acme Ltd (UK)')).toBe(false);
  });
  it('rejects an employer joined to its place by a spaced dash (Indeed\'s "Company - City, ST")', () => {
    for (const t of ['Brightway Outfitters - Pittsburgh, PA', 'Ege Barındırma - İzmir, Türkiye']) expect(isLocation(t), t).toBe(false);
  });
  it('reads "SA" after a town as South Australia, and after a firm\'s name as its legal form', () => {
    for (const t of ['Adelaide SA', 'Milton QLD']) expect(isLocation(t), t).toBe(true);
    expect(isLocation('Ticino Embedded SA')).toBe(false);
  });
  it('reads how a role was worked, then where ("Hybrid – Leeds")', () => {
    for (const t of ['Hybrid – Leeds', 'Remote, US']) expect(isLocation(t), t).toBe(true);
    expect(isLocation('Remote - Customer Success')).toBe(false);
  });
  it('reads a Brazilian city with its state after a dash or a slash', () => {
    for (const t of ['São Paulo – SP', 'Campinas/SP']) expect(isLocation(t), t).toBe(true);
    expect(isLocation('Acme – CA')).toBe(false);
  });
});

describe('phones and addresses of other countries', () => {
  it('reads phones with a one-digit group after the country code, and not postal codes', () => {
    expect(findPhones('+33 6 39 98 12 45')).toEqual(['+33 6 39 98 12 45']);
    expect(findPhones('+31 6 1234 5678')).toEqual(['+31 6 1234 5678']);
    expect(findPhones('+44 (0) 20 7946 0321')).toEqual(['+44 (0) 20 7946 0321']);
    expect(findPhones('Shanghai, China | (+86) 138-0555-0123')).toEqual(['(+86) 138-0555-0123']);
    expect(findPhones('São Paulo – SP, 01304-001')).toEqual([]);
    expect(findPhones('155-0031 Tokyo, Setagaya-ku, Kitazawa 3-5-12')).toEqual([]);
    expect(findPhones('Tel. 555-0123')).toEqual(['555-0123']);
  });
  it('reads a Brazilian street address with the house number apart', () => {
    expect(postalAddress('Rua Augusta, 1500, apto 42, Consolação, São Paulo, SP, 01304-001')).toEqual({
      address: 'Rua Augusta, 1500, apto 42', postalCode: '01304-001', city: 'Consolação', region: 'São Paulo, SP',
    });
  });
});

describe('findLinks', () => {
  const line = (runs: Line['runs']): Line => ({ text: runs.map((r) => r.text).join(' '), runs, page: 1, index: 0, region: 'body' });
  it('reads a bare handle after a network\'s icon as that network\'s profile', () => {
    const links = findLinks(line([{ text: 'dana-whitfield-okafor', icon: 'LinkedIn' }, { text: 'dwokafor', icon: 'GitHub' }]));
    expect(links).toEqual([{ url: '', printed: 'dana-whitfield-okafor', network: 'LinkedIn' }, { url: '', printed: 'dwokafor', network: 'GitHub' }]);
  });
  it('takes no handle after the icon of a field that is no network, nor a number', () => {
    expect(findLinks(line([{ text: 'Raleigh', icon: 'location' }, { text: '2024', icon: 'GitHub' }]))).toEqual([]);
  });
  it('takes an abbreviation with a capitalised last part ("H.No 4-12") for no web address', () => {
    expect(findLinks(line([{ text: 'Permanent Address : H.No 4-12, Gandhi Nagar, Ongole' }]))).toEqual([]);
    expect(findLinks(line([{ text: 'ingridsolheim.example.com' }])).map((l) => l.url)).toEqual(['https://ingridsolheim.example.com']);
  });
  it('reads a handle beside its network\'s name', () => {
    expect(findLinks(line([{ text: 'camille-lr (GitHub)' }]))).toEqual([{ url: '', printed: 'camille-lr', network: 'GitHub' }]);
    expect(findLinks(line([{ text: 'github / tmokoena' }]))).toEqual([{ url: '', printed: 'tmokoena', network: 'GitHub' }]);
    expect(findLinks(line([{ text: 'Paris (France)' }]))).toEqual([]);
  });
});

describe('contactParts', () => {
  it('splits at separators and at the symbols printed as icons before each part', () => {
    expect(contactParts('a@example.com | +1 555 0100 · Austin, TX')).toEqual(['a@example.com', '+1 555 0100', 'Austin, TX']);
    expect(contactParts('✉ etienne@example.org ☎ (514) 555-0178 ⌂ Montréal, Canada')).toEqual(['etienne@example.org', '(514) 555-0178', 'Montréal, Canada']);
  });
});

describe('findLinks', () => {
  it('leaves out the Europass site printed in its template\'s footer', () => {
    const l = { text: 'For more information on Europass go to http://europass.cedefop.europa.eu', runs: [], page: 1, index: 0, region: 'footer' as const };
    expect(findLinks(l)).toEqual([]);
  });
});
