import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from './working-days.js';
import { addDays, type LocalDate } from './local-date.js';

describe('isWorkingDay', () => {
  it('is false on weekends and public holidays, true on ordinary weekdays', () => {
    expect(isWorkingDay('2025-04-16')).toBe(true); // Wednesday before Easter
    expect(isWorkingDay('2025-04-17')).toBe(false); // Maundy Thursday
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-21')).toBe(false); // Easter Monday
    expect(isWorkingDay('2025-04-22')).toBe(true);
    expect(isWorkingDay('2025-12-24')).toBe(true); // Christmas Eve is not a public holiday
  });

  it('rejects malformed dates', () => {
    expect(() => isWorkingDay('2025-02-30' as LocalDate)).toThrow('Ugyldig dato');
  });
});

describe('addWorkingDays', () => {
  it('skips the whole Easter break: Wednesday 16 April 2025', () => {
    // 17 (Maundy Thursday), 18 (Good Friday), 19–20 (weekend, Easter Sunday), 21 (Easter Monday) are off.
    expect(addWorkingDays('2025-04-16', 1)).toBe('2025-04-22');
    expect(addWorkingDays('2025-04-16', 2)).toBe('2025-04-23');
    expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-24');
  });

  it('handles May 2026: Ascension 14 May, 17 May on a Sunday, Whit Monday 25 May', () => {
    expect(addWorkingDays('2026-05-13', 1)).toBe('2026-05-15'); // skips Ascension Day
    expect(addWorkingDays('2026-05-15', 3)).toBe('2026-05-20'); // Friday → Mon 18, Tue 19, Wed 20
    expect(addWorkingDays('2026-05-15', 6)).toBe('2026-05-26'); // … Thu 21, Fri 22, (Whit Monday) Tue 26
  });

  it('counts Christmas Eve and New Year’s Eve as working days, skips 25–26 Dec and 1 Jan', () => {
    expect(addWorkingDays('2025-12-23', 1)).toBe('2025-12-24');
    expect(addWorkingDays('2025-12-23', 3)).toBe('2025-12-30');
    expect(addWorkingDays('2025-12-23', 4)).toBe('2025-12-31');
    expect(addWorkingDays('2025-12-23', 5)).toBe('2026-01-02');
  });

  it('starts counting after a non-working start day', () => {
    expect(addWorkingDays('2025-03-08', 1)).toBe('2025-03-10'); // Saturday → Monday
    expect(addWorkingDays('2025-03-08', 3)).toBe('2025-03-12');
  });

  it('returns the date itself for 0 and goes backwards for negative counts', () => {
    expect(addWorkingDays('2025-04-19', 0)).toBe('2025-04-19');
    expect(addWorkingDays('2025-04-22', -1)).toBe('2025-04-16');
    expect(addWorkingDays('2026-01-02', -2)).toBe('2025-12-30');
    expect(addWorkingDays('2026-01-02', -4)).toBe('2025-12-24');
  });

  it('rejects fractional counts', () => {
    expect(() => addWorkingDays('2025-04-16', 1.5)).toThrow('heltall');
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2025-04-16', '2025-04-24')).toBe(3);
    expect(workingDaysBetween('2025-04-16', '2025-04-16')).toBe(0);
    expect(workingDaysBetween('2025-04-16', '2025-04-21')).toBe(0);
    expect(workingDaysBetween('2025-04-24', '2025-04-16')).toBe(-3);
  });

  it('is the inverse of addWorkingDays over a whole year', () => {
    for (let i = 0; i < 365; i++) {
      const day = addDays('2026-01-01', i);
      for (const n of [1, 3, 10]) expect(workingDaysBetween(day, addWorkingDays(day, n))).toBe(n);
    }
  });

  it('finds 252 working days in 2025 (261 weekdays minus the 9 holidays that fall on a weekday)', () => {
    expect(workingDaysBetween('2024-12-31', '2025-12-31')).toBe(252);
  });
});

describe('nextWorkingDayOnOrAfter', () => {
  it('keeps a working day and moves past weekends and holidays', () => {
    expect(nextWorkingDayOnOrAfter('2025-04-16')).toBe('2025-04-16');
    expect(nextWorkingDayOnOrAfter('2025-04-17')).toBe('2025-04-22');
  });
});
