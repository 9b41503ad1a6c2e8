// Calendar dates without a time or a time zone ('YYYY-MM-DD', proleptic Gregorian calendar).
// Pure arithmetic on day numbers: no Date objects and no clock, so results never depend on the
// machine's time zone.

/** A calendar date as 'YYYY-MM-DD'. Use `parseLocalDate` to turn an unchecked string into one. */
export type LocalDate = `${number}-${number}-${number}`;

/** 0 = Monday … 6 = Sunday (ISO 8601 order). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Year, month (1–12) and day of a date; throws RangeError with a Norwegian message if it is not a real date. */
export function dateParts(date: string): { year: number; month: number; day: number } {
  const match = pattern.exec(date);
  if (!match) throw new RangeError(`Ugyldig dato «${date}»: bruk formatet ÅÅÅÅ-MM-DD.`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) throw new RangeError(`Ugyldig dato «${date}»: måneden må være 01–12.`);
  if (day < 1 || day > daysInMonth(year, month)) throw new RangeError(`Ugyldig dato «${date}»: dagen finnes ikke i måneden.`);
  return { year, month, day };
}

export function isLocalDate(value: string): value is LocalDate {
  try {
    dateParts(value);
    return true;
  } catch {
    return false;
  }
}

export function parseLocalDate(value: string): LocalDate {
  dateParts(value);
  return value as LocalDate;
}

export function formatLocalDate(year: number, month: number, day: number): LocalDate {
  if (year < 0 || year > 9999) throw new RangeError(`Årstallet ${year} er utenfor 0000–9999.`);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as LocalDate;
}

// Days since 1970-01-01 for a civil date, and back (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number (days since 1970-01-01) of a date. */
export function toDayNumber(date: LocalDate): number {
  const { year, month, day } = dateParts(date);
  return daysFromCivil(year, month, day);
}

/** The first and last dates a LocalDate can hold. */
export const earliestLocalDate = '0001-01-01' as LocalDate;
export const latestLocalDate = '9999-12-31' as LocalDate;

/**
 * Date arithmetic saturates at the ends of the calendar instead of throwing: a due date derived from
 * a stored far-future date stays «far in the future», and the page that shows it keeps working.
 */
export function fromDayNumber(days: number): LocalDate {
  const { year, month, day } = civilFromDays(days);
  if (year > 9999) return latestLocalDate;
  if (year < 1) return earliestLocalDate;
  return formatLocalDate(year, month, day);
}

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb); saturates like `fromDayNumber`. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new RangeError(`Antall måneder må være et heltall, fikk ${months}.`);
  const { year: y, month: m, day: d } = dateParts(date);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (year > 9999) return latestLocalDate;
  if (year < 1) return earliestLocalDate;
  return formatLocalDate(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`Antall dager må være et heltall, fikk ${n}.`);
  return fromDayNumber(toDayNumber(date) + n);
}

export function weekday(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (ISO index 3).
  return ((((toDayNumber(date) + 3) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(date: LocalDate): boolean {
  return weekday(date) >= 5;
}

/** 2026-03-01 → 01.03.2026, the way dates are written in Norwegian text. */
export function norwegianDate(date: string): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return `${d}.${m}.${y}`;
}
