import { describe, expect, it } from 'vitest';
import { easterSunday, holidaySources, isPublicHoliday, norwegianPublicHolidays, publicHolidayOn } from './holidays.js';

describe('easterSunday', () => {
  it.each([
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2024, '2024-03-31'],
    [2019, '2019-04-21'],
    [2008, '2008-03-23'],
    [2038, '2038-04-25'], // latest possible date
    [1818, '1818-03-22'], // earliest possible date
    [2285, '2285-03-22'],
    [2000, '2000-04-23'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1500)).toThrow('Kan ikke beregne påske');
    expect(() => easterSunday(2025.5)).toThrow(RangeError);
  });
});

describe('norwegianPublicHolidays', () => {
  it('lists all twelve public holidays of 2026 in date order', () => {
    expect(norwegianPublicHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 1. nyttårsdag',
      '2026-04-02 Skjærtorsdag',
      '2026-04-03 Langfredag',
      '2026-04-05 1. påskedag',
      '2026-04-06 2. påskedag',
      '2026-05-01 1. mai (offentlig høytidsdag)',
      '2026-05-14 Kristi himmelfartsdag',
      '2026-05-17 17. mai (grunnlovsdag)',
      '2026-05-24 1. pinsedag',
      '2026-05-25 2. pinsedag',
      '2026-12-25 1. juledag',
      '2026-12-26 2. juledag',
    ]);
  });

  it('computes the movable holidays of 2025 from Easter', () => {
    const byId = Object.fromEntries(norwegianPublicHolidays(2025).map((h) => [h.id, h.date]));
    expect(byId).toMatchObject({
      skjaertorsdag: '2025-04-17',
      langfredag: '2025-04-18',
      'paskedag-2': '2025-04-21',
      'kristi-himmelfart': '2025-05-29',
      'pinsedag-1': '2025-06-08',
      'pinsedag-2': '2025-06-09',
    });
  });

  it('does not treat Christmas Eve or New Year’s Eve as public holidays', () => {
    expect(isPublicHoliday('2025-12-24')).toBe(false);
    expect(isPublicHoliday('2025-12-31')).toBe(false);
    expect(publicHolidayOn('2025-12-25')?.name).toBe('1. juledag');
  });

  it('cites the statutes as data', () => {
    expect(holidaySources.helligdagsfredl.citation).toContain('helligdager og helligdagsfred');
    expect(holidaySources.helligdagsfredl.citation).toContain('§ 2');
    expect(holidaySources.hoytidsdagl.citation).toContain('1. og 17. mai som høgtidsdager');
  });
});
