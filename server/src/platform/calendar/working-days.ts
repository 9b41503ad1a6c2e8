// Norwegian working days (virkedager): Monday–Friday that are not public holidays.
import { isPublicHoliday } from './holidays.js';
import { addDays, isWeekend, parseLocalDate, toDayNumber, type LocalDate } from './local-date.js';

export function isWorkingDay(date: LocalDate): boolean {
  const checked = parseLocalDate(date);
  return !isWeekend(checked) && !isPublicHoliday(checked);
}

/** The date itself if it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(date: LocalDate): LocalDate {
  let current = parseLocalDate(date);
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative). The start date itself is
 * never counted, and need not be a working day: from Saturday, 1 working day is Monday. `n = 0`
 * returns `date` unchanged.
 */
export function addWorkingDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Antall virkedager må være et heltall, fikk ${n}.`);
  let current = parseLocalDate(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  while (remaining > 0) {
    current = addDays(current, step);
    if (isWorkingDay(current)) remaining--;
  }
  return current;
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n ≥ 0. Negative when `to` is before `from`.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate): number {
  const a = toDayNumber(parseLocalDate(from));
  const b = toDayNumber(parseLocalDate(to));
  if (b < a) return -workingDaysBetween(to, from);
  let count = 0;
  let current = parseLocalDate(from);
  for (let i = a; i < b; i++) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) count++;
  }
  return count;
}
