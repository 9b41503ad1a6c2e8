// Shared Zod building blocks for input fields: free text, calendar dates, instants and integers with
// the bounds the database and the calendar code can hold. Every capability's request schemas use
// these, so a value that would break a query or a page later is refused at the edge with a Norwegian
// message.
import { z } from 'zod';

/** The dates Helhet accepts: far enough back for birth dates, far enough ahead for any plan. */
export const dateRange = { min: '1900-01-01', max: '2100-12-31' } as const;
const instantRange = { min: Date.parse(`${dateRange.min}T00:00:00Z`), max: Date.parse(`${dateRange.max}T23:59:59.999Z`) };

/** Largest value of a PostgreSQL `integer` column. */
export const int4Max = 2_147_483_647;

// PostgreSQL refuses NUL in text; the other C0 controls (and DEL) have no place in what people write.
// Tab, line feed and carriage return are kept in free text, which may span lines.
const controlInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const controlInLine = /[\u0000-\u001F\u007F]/;
export const controlCharacterMessage = 'Teksten kan ikke inneholde kontrolltegn';

/** True when free text holds a character no field accepts (NUL and other C0 controls except tab and line breaks). */
export function hasForbiddenControl(value: string, multiline = true): boolean {
  return (multiline ? controlInText : controlInLine).test(value);
}

/** Free text, trimmed, at most `max` characters; may span lines. */
export function text(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Maks ${max} tegn`)
    .refine((v) => !controlInText.test(v), controlCharacterMessage);
}

/** One line of text (names, places, search words): no control characters at all. */
export function line(max: number) {
  return z
    .string()
    .trim()
    .max(max, `Maks ${max} tegn`)
    .refine((v) => !controlInLine.test(v), controlCharacterMessage);
}

const outOfRange = (what: string): string => `${what} må være mellom ${norwegian(dateRange.min)} og ${norwegian(dateRange.max)}`;
const norwegian = (date: string): string => date.split('-').reverse().join('.');

/** A real calendar date as YYYY-MM-DD within `dateRange`. */
export function localDate(what: string) {
  return z.iso
    .date({ error: `${what} må være en gyldig dato (ÅÅÅÅ-MM-DD)` })
    .refine((v) => v >= dateRange.min && v <= dateRange.max, outOfRange(what));
}

/** An ISO 8601 date and time with a zone offset (Z or ±hh:mm) within `dateRange`, kept as the text sent. */
export function instantText(what: string) {
  return z.iso
    .datetime({ offset: true, error: `${what} må være dato og klokkeslett med tidssone (ISO 8601), f.eks. 2026-03-01T10:00:00+01:00` })
    .refine((v) => {
      const ms = Date.parse(v);
      return ms >= instantRange.min && ms <= instantRange.max;
    }, outOfRange(what));
}

/** As `instantText`, parsed to a Date. */
export function instant(what: string) {
  return instantText(what).transform((v) => new Date(v));
}

/** A whole number that fits a PostgreSQL `integer` column (or the narrower bounds given). */
export function integer(what: string, bounds: { min?: number; max?: number } = {}) {
  const min = bounds.min ?? -int4Max - 1;
  const max = bounds.max ?? int4Max;
  return z
    .number({ error: `${what} må være et tall` })
    .int(`${what} må være et heltall`)
    .min(min, `${what} må være minst ${min}`)
    .max(max, `${what} kan ikke være større enn ${max}`);
}

/** `integer` read from a query string or a path segment. */
export function integerParam(what: string, bounds: { min?: number; max?: number } = {}) {
  return z.coerce.number({ error: `${what} må være et tall` }).pipe(integer(what, bounds));
}
