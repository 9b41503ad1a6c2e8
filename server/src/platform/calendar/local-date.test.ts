import { describe, expect, it } from 'vitest';
import { addDays, addMonths, fromDayNumber, isLocalDate, norwegianDate, parseLocalDate, toDayNumber, weekday } from './local-date.js';

describe('local dates', () => {
  it('counts days from 1970-01-01 and back', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    expect(fromDayNumber(11017)).toBe('2000-03-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('knows the weekday (0 = Monday)', () => {
    expect(weekday('2025-04-16')).toBe(2); // Wednesday
    expect(weekday('2025-04-20')).toBe(6); // Sunday
    expect(weekday('1970-01-01')).toBe(3); // Thursday
  });

  it('rejects dates that do not exist, with Norwegian messages', () => {
    expect(isLocalDate('2025-02-29')).toBe(false);
    expect(isLocalDate('2024-02-29')).toBe(true);
    expect(() => parseLocalDate('2025-13-01')).toThrow('måneden må være 01–12');
    expect(() => parseLocalDate('16.04.2025')).toThrow('bruk formatet ÅÅÅÅ-MM-DD');
    expect(() => parseLocalDate('2025-04-31')).toThrow('dagen finnes ikke');
  });

  it('round-trips every day of a leap year', () => {
    let day = toDayNumber('2024-01-01');
    for (let i = 0; i < 366; i++, day++) expect(toDayNumber(fromDayNumber(day))).toBe(day);
    expect(fromDayNumber(day)).toBe('2025-01-01');
  });
});

describe('norwegianDate', () => {
  it('writes a date (or the date part of a timestamp) as dd.mm.åååå', () => {
    expect(norwegianDate('2026-03-01')).toBe('01.03.2026');
    expect(norwegianDate('2025-12-31T23:00:00Z')).toBe('31.12.2025');
  });

  it('saturates at the ends of the calendar instead of throwing, so a far-future stored date cannot break a page', () => {
    expect(addDays('9999-12-31', 30)).toBe('9999-12-31');
    expect(addDays('0001-01-01', -1)).toBe('0001-01-01');
    expect(addMonths('9999-11-15', 3)).toBe('9999-12-31');
  });

  it('adds calendar months, clamped to the month end, with four-digit years', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('0001-01-15', 2)).toBe('0001-03-15');
  });
});
