// Deadlines counted in Norwegian working days.
import type { LocalDate } from './local-date.js';
import { endOfLocalDay, localDateAt, osloTimeZone } from './time-zone.js';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter } from './working-days.js';

export const firstContactWorkingDays = 3;

/**
 * How the first-contact deadline is read. Kept as data so the API and the user interface can show it.
 */
export const firstContactRule = {
  workingDays: firstContactWorkingDays,
  description:
    'Fristen for første kontakt er ved slutten av 3. virkedag etter dagen henvendelsen kom inn (norsk tid). ' +
    'Dagen henvendelsen kom inn, telles ikke. Kom den inn på en lørdag, søndag eller helligdag, regnes den som ' +
    'mottatt første virkedag etter, og fristen løper fra da. Eksempel: mottatt fredag gir frist onsdag; mottatt ' +
    'lørdag gir frist torsdag. Julaften og nyttårsaften er virkedager.',
} as const;

export interface FirstContactDeadline {
  /** Calendar day the request arrived, in the time zone. */
  receivedOn: LocalDate;
  /** The day counting starts from: `receivedOn`, or the next working day if that was not one. */
  countedFrom: LocalDate;
  /** Last day for first contact. */
  dueDate: LocalDate;
  /** The last millisecond of `dueDate` in the time zone; contact at or before this instant is in time. */
  dueAt: Date;
  timeZone: string;
}

export function firstContactDeadline(receivedAt: Date, timeZone: string = osloTimeZone): FirstContactDeadline {
  const receivedOn = localDateAt(receivedAt, timeZone);
  const countedFrom = isWorkingDay(receivedOn) ? receivedOn : nextWorkingDayOnOrAfter(receivedOn);
  const dueDate = addWorkingDays(countedFrom, firstContactWorkingDays);
  return { receivedOn, countedFrom, dueDate, dueAt: endOfLocalDay(dueDate, timeZone), timeZone };
}

/** True when `now` is past the deadline. The clock is passed in, never read here. */
export function isFirstContactOverdue(receivedAt: Date, now: Date, timeZone: string = osloTimeZone): boolean {
  return now.getTime() > firstContactDeadline(receivedAt, timeZone).dueAt.getTime();
}
