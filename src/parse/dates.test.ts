import { describe, expect, it } from 'vitest';
import { findDateRange, isDateOnly, isDuration, isSignOff } from './dates.js';

const range = (s: string) => {
  const r = findDateRange(s);
  return r && { start: r.start, end: r.end, current: r.current };
};

describe('findDateRange', () => {
  it('reads ranges with an end, a present end, or an open end', () => {
    expect(range('Sept. 2017 – Feb. 2021')).toEqual({ start: '2017-09', end: '2021-02', current: false });
    expect(range('Mar 2021 – current')).toEqual({ start: '2021-03', end: undefined, current: true });
    expect(range('2019 - date')).toEqual({ start: '2019', end: undefined, current: true });
    expect(range('2021 –')).toEqual({ start: '2021', end: undefined, current: true });
  });
  it('reads the word for "to" of other languages, a month and year joined by a slash, and "till now"', () => {
    expect(range('FIAP – 2020 a 2021')).toEqual({ start: '2020', end: '2021', current: false });
    expect(range('jan/2022 a atual')).toEqual({ start: '2022-01', end: undefined, current: true });
    expect(range('mar/2019 a dez/2021')).toEqual({ start: '2019-03', end: '2021-12', current: false });
    expect(range('2019 bis 2021')).toEqual({ start: '2019', end: '2021', current: false });
    expect(range('2019-till now')).toEqual({ start: '2019', end: undefined, current: true });
  });
  it('reads "since" as a current role, and a lone date as both ends', () => {
    expect(range('SINCE MARCH 2021')).toEqual({ start: '2021-03', end: undefined, current: true });
    expect(range('Seit Mai 2020')).toEqual({ start: '2020-05', end: undefined, current: true });
    expect(range('Graduated May 2019')).toEqual({ start: '2019-05', end: '2019-05', current: false });
  });
  it('reads month names in French, German, Spanish and Portuguese', () => {
    expect(range('juin 2019 – présent')).toEqual({ start: '2019-06', end: undefined, current: true });
    expect(range('März 2018 - Dezember 2020')).toEqual({ start: '2018-03', end: '2020-12', current: false });
    expect(range('enero 2015 – julio 2016')).toEqual({ start: '2015-01', end: '2016-07', current: false });
    expect(range('setembro 2012 - atual')).toEqual({ start: '2012-09', end: undefined, current: true });
  });
  it('reads ranges in square brackets and with a double hyphen (LaTeX "--" copied as text)', () => {
    expect(range('ago. 2021 -- Actualidad')).toEqual({ start: '2021-08', end: undefined, current: true });
    expect(isDateOnly('[ 2016 – 2019 ]')).toBe(true);
  });
  it("reads two-digit years after an apostrophe: Jun'19", () => {
    expect(range('Jun’19 – Jun’21')).toEqual({ start: '2019-06', end: '2021-06', current: false });
    expect(range("Jan '98 - Present")).toEqual({ start: '1998-01', end: undefined, current: true });
  });
  it('reads an end year printed in two figures after a dash: 2014–16, 1998–02', () => {
    expect(range('Systems Engineer (2014–16)')).toEqual({ start: '2014', end: '2016', current: false });
    expect(range('1998 – 02')).toEqual({ start: '1998', end: '2002', current: false });
    // (not a number that merely follows a year, nor a share)
    expect(range('2016 18 people')).toEqual({ start: '2016', end: '2016', current: false });
    expect(range('2010–15% growth')).toEqual({ start: '2010', end: '2010', current: false });
  });
  it('reads day-month-year with hyphens ("06-05-2024 to 05-07-2024")', () => {
    expect(range('06-05-2024 to 05-07-2024')).toEqual({ start: '2024-05', end: '2024-07', current: false });
  });
  it('reads quarters as their year', () => {
    expect(range('Q1 2017 – Q2 2020')).toEqual({ start: '2017', end: '2020', current: false });
    expect(range('Q3 2020 – present')).toEqual({ start: '2020', end: undefined, current: true });
  });
  it('finds the range inside brackets and text', () => {
    const r = findDateRange('Warehouse Supervisor, Arden Logistics Ltd, Birmingham (2019–present)')!;
    expect(r.text).toBe('2019–present');
    expect(r.current).toBe(true);
  });
  it('does not take a month word that starts another word for a date', () => {
    expect(findDateRange('Marseille 2021')?.start).toBe('2021');
    expect(findDateRange('Marseille 2021')?.text).toBe('2021');
  });
  it('reads ISO days, "2023-Jan" and years set apart by a spaced slash', () => {
    expect(findDateRange('2022-04-01 - Present')).toMatchObject({ start: '2022-04', current: true });
    expect(findDateRange('2020-Jun - 2022-Dec')).toMatchObject({ start: '2020-06', end: '2022-12' });
    expect(findDateRange('2011 / 2013')).toMatchObject({ start: '2011', end: '2013' });
  });
});

describe('dates of other languages and forms', () => {
  it('reads short French, German, Spanish and Portuguese months', () => {
    expect(range("Mars 2022 - Aujourd'hui")).toEqual({ start: '2022-03', end: undefined, current: true });
    expect(range('Janv. 2012 - Févr. 2014')).toEqual({ start: '2012-01', end: '2014-02', current: false });
    expect(range('Sept. 2016 - Avr. 2019')).toEqual({ start: '2016-09', end: '2019-04', current: false });
    expect(range('Okt 2018 – Dez 2020')).toEqual({ start: '2018-10', end: '2020-12', current: false });
    expect(range('Set 2018 – Out 2019')).toEqual({ start: '2018-09', end: '2019-10', current: false });
  });
  it('reads an arrow between two dates', () => {
    expect(range('2022-01-01 → Present')).toEqual({ start: '2022-01', end: undefined, current: true });
    expect(range('2019-07-01 → 2021-12-31')).toEqual({ start: '2019-07', end: '2021-12', current: false });
  });
  it('knows a length of service in several languages', () => {
    for (const d of ['4 ans 9 mois', '1 an 3 mois', '2 years', '(2 yrs 3 mos)', '2 Jahre 3 Monate', '3 años']) expect(isDuration(d)).toBe(true);
    expect(isDuration('4 engineers')).toBe(false);
    expect(isDateOnly('Mai 2019 - Févr. 2022 (2 ans 9 mois)')).toBe(true);
  });
});

describe('dates with a day', () => {
  it('reads day/month/year, and month/day/year only where the second number cannot be a month', () => {
    expect(range('01/02/2016 - 31/08/2020')).toEqual({ start: '2016-02', end: '2020-08', current: false });
    expect(range('01.09.2020 - PRESENT')).toEqual({ start: '2020-09', end: undefined, current: true });
    expect(range('09/21/2020 – 01/15/2021')).toEqual({ start: '2020-09', end: '2021-01', current: false });
    expect(range('3/2019 – 11/2020')).toEqual({ start: '2019-03', end: '2020-11', current: false });
  });
});

describe('two months of one year', () => {
  it('reads the year printed once for both ends, and a winter across the new year', () => {
    expect(range('Jun – Sep 2024')).toEqual({ start: '2024-06', end: '2024-09', current: false });
    expect(range('June to August, 2023')).toEqual({ start: '2023-06', end: '2023-08', current: false });
    expect(range('Nov – Feb 2024')).toEqual({ start: '2023-11', end: '2024-02', current: false });
    expect(range('Jan 2024 – Jun 2025')).toEqual({ start: '2024-01', end: '2025-06', current: false });
  });
});

describe('isSignOff', () => {
  it('reads the place and day a CV is signed', () => {
    expect(isSignOff('Stockholm, 20 January 2025')).toBe(true);
    expect(isSignOff('München, 12.03.2024')).toBe(true);
    expect(isSignOff('Zürich, 28 February 2025')).toBe(true);
    expect(isSignOff('Boston, MA, March 2024')).toBe(false);
    expect(isSignOff('Berlin, 2019 – 2021')).toBe(false);
  });
});
