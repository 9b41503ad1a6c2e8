// Converting between instants and the calendar in a named time zone with the built-in Intl API.
import { addDays, dateParts, earliestLocalDate, formatLocalDate, latestLocalDate, type LocalDate } from './local-date.js';

export const osloTimeZone = 'Europe/Oslo';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(`Ukjent tidssone «${timeZone}».`);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(instantMs: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(instantMs);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

function assertValidInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Ugyldig tidspunkt.');
  return ms;
}

/** The calendar date an instant falls on in the time zone. */
// A day's margin past 0001-01-01 so that no zone offset carries the wall clock into 1 BC (Date.UTC maps year 1 to 1901).
const firstInstant = new Date(0).setUTCFullYear(1, 0, 2);

/** The calendar date an instant falls on in the time zone; saturates at 0001-01-01 and 9999-12-31 (see `fromDayNumber`). */
export function localDateAt(instant: Date, timeZone: string = osloTimeZone): LocalDate {
  const ms = assertValidInstant(instant);
  // Intl writes years before 1 AD with an era (1 BC is «1»), so those are caught on the instant.
  if (ms < firstInstant) return earliestLocalDate;
  const { year, month, day } = wallClock(ms, timeZone);
  return year > 9999 ? latestLocalDate : formatLocalDate(year, month, day);
}

/** Offset of the zone from UTC at an instant, in milliseconds (Oslo: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const w = wallClock(instantMs, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instantMs - (((instantMs % 1000) + 1000) % 1000));
}

/** The instant the calendar day begins (local midnight) in the time zone. */
export function startOfLocalDay(date: LocalDate, timeZone: string = osloTimeZone): Date {
  const { year, month, day } = dateParts(date);
  const wallAsUtc = Date.UTC(year, month - 1, day);
  // Two passes settle the offset also when a daylight-saving change lies between the guess and the answer.
  let instant = wallAsUtc - zoneOffsetMs(wallAsUtc, timeZone);
  instant = wallAsUtc - zoneOffsetMs(instant, timeZone);
  return new Date(instant);
}

/** The last millisecond of the calendar day in the time zone (23:59:59.999 local time). */
export function endOfLocalDay(date: LocalDate, timeZone: string = osloTimeZone): Date {
  return new Date(startOfLocalDay(addDays(date, 1), timeZone).getTime() - 1);
}
