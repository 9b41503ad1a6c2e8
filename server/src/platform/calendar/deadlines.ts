// Deadlines counted in Norwegian working days.
import type { LocalDate } from './local-date.js';
import { endOfLocalDay, localDateAt, osloTimeZone } from './time-zone.js';
import { addWorkingDays } from './working-days.js';

/** The usual municipal routine: first contact within 3 working days. Each municipality sets its own. */
export const defaultFirstContactWorkingDays = 3;

/**
 * How the first-contact deadline is counted, in the words of a municipal allocation routine («innen
 * N virkedager etter at henvendelsen er mottatt»): the day of arrival is never counted; the first
 * working day after it is day 1. So an arrival on Friday or on Saturday is due Wednesday with 3 days,
 * and an arrival on a public holiday counts from the next working day.
 */
export function firstContactRuleText(workingDays: number): string {
  return (
    `Fristen for første kontakt er ved slutten av ${workingDays}. virkedag etter dagen henvendelsen kom inn (norsk tid). ` +
    'Dagen henvendelsen kom inn, telles ikke; første virkedag etter den er dag 1. Kom den inn på en lørdag, søndag eller ' +
    'helligdag, er neste virkedag dag 1.' +
    (workingDays === 3 ? ' Eksempel: mottatt fredag eller lørdag gir frist onsdag.' : '') +
    ' Julaften og nyttårsaften er virkedager.'
  );
}

export interface FirstContactDeadline {
  /** Calendar day the request arrived, in the time zone. */
  receivedOn: LocalDate;
  /** Last day for first contact. */
  dueDate: LocalDate;
  /** The last millisecond of `dueDate` in the time zone; contact at or before this instant is in time. */
  dueAt: Date;
  timeZone: string;
}

export function firstContactDeadline(receivedAt: Date, workingDays: number = defaultFirstContactWorkingDays, timeZone: string = osloTimeZone): FirstContactDeadline {
  const receivedOn = localDateAt(receivedAt, timeZone);
  const dueDate = addWorkingDays(receivedOn, workingDays);
  return { receivedOn, dueDate, dueAt: endOfLocalDay(dueDate, timeZone), timeZone };
}

/** True when `now` is past the deadline. The clock is passed in, never read here. */
export function isFirstContactOverdue(receivedAt: Date, now: Date, workingDays: number = defaultFirstContactWorkingDays, timeZone: string = osloTimeZone): boolean {
  return now.getTime() > firstContactDeadline(receivedAt, workingDays, timeZone).dueAt.getTime();
}
