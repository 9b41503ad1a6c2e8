// Norwegian public holidays (helligdager og offentlige høytidsdager), computed for any Gregorian year.
// Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher); every movable
// holiday is a fixed offset from Easter Sunday. No dependency and no per-year table.
import { addDays, formatLocalDate, type LocalDate, dateParts } from './local-date.js';
import { citationUrl, cite, sec, source } from '../law/index.js';

export interface HolidayRule {
  id: string;
  name: string;
  /** Fixed date each year, or a day offset from Easter Sunday. */
  rule: { kind: 'fixed'; month: number; day: number } | { kind: 'easter'; offset: number };
  legalBasis: 'helligdagsfredl' | 'hoytidsdagl';
}

export interface Holiday {
  date: LocalDate;
  id: string;
  name: string;
}

/** The statutes the holiday list is taken from, from the legal-source register. */
export const holidaySources = {
  helligdagsfredl: { citation: `${source('helligdagsfredl').title} ${sec('helligdagsfredl', '§ 2')}`, url: citationUrl('helligdagsfredl', '§ 2') },
  hoytidsdagl: { citation: `${source('hoytidsdagl').title} ${sec('hoytidsdagl', '§ 1')}`, url: citationUrl('hoytidsdagl', '§ 1') },
} as const;

export const norwegianHolidayRules: readonly HolidayRule[] = [
  { id: 'nyttarsdag', name: '1. nyttårsdag', rule: { kind: 'fixed', month: 1, day: 1 }, legalBasis: 'helligdagsfredl' },
  { id: 'skjaertorsdag', name: 'Skjærtorsdag', rule: { kind: 'easter', offset: -3 }, legalBasis: 'helligdagsfredl' },
  { id: 'langfredag', name: 'Langfredag', rule: { kind: 'easter', offset: -2 }, legalBasis: 'helligdagsfredl' },
  { id: 'paskedag-1', name: '1. påskedag', rule: { kind: 'easter', offset: 0 }, legalBasis: 'helligdagsfredl' },
  { id: 'paskedag-2', name: '2. påskedag', rule: { kind: 'easter', offset: 1 }, legalBasis: 'helligdagsfredl' },
  { id: 'forste-mai', name: '1. mai (offentlig høytidsdag)', rule: { kind: 'fixed', month: 5, day: 1 }, legalBasis: 'hoytidsdagl' },
  { id: 'grunnlovsdag', name: '17. mai (grunnlovsdag)', rule: { kind: 'fixed', month: 5, day: 17 }, legalBasis: 'hoytidsdagl' },
  { id: 'kristi-himmelfart', name: 'Kristi himmelfartsdag', rule: { kind: 'easter', offset: 39 }, legalBasis: 'helligdagsfredl' },
  { id: 'pinsedag-1', name: '1. pinsedag', rule: { kind: 'easter', offset: 49 }, legalBasis: 'helligdagsfredl' },
  { id: 'pinsedag-2', name: '2. pinsedag', rule: { kind: 'easter', offset: 50 }, legalBasis: 'helligdagsfredl' },
  { id: 'juledag-1', name: '1. juledag', rule: { kind: 'fixed', month: 12, day: 25 }, legalBasis: 'helligdagsfredl' },
  { id: 'juledag-2', name: '2. juledag', rule: { kind: 'fixed', month: 12, day: 26 }, legalBasis: 'helligdagsfredl' },
];

/**
 * Days people often take for holidays that are NOT public holidays and therefore count as working days
 * here. Many offices close early on them, but a deadline is not extended by them.
 */
export const notPublicHolidays = [
  { id: 'julaften', name: 'Julaften (24. desember)', note: `Ikke helligdag etter ${cite('helligdagsfredl', '§ 2')}; regnes som virkedag.` },
  { id: 'nyttarsaften', name: 'Nyttårsaften (31. desember)', note: `Ikke helligdag etter ${cite('helligdagsfredl', '§ 2')}; regnes som virkedag.` },
  { id: 'paskeaften', name: 'Påskeaften', note: 'Alltid en lørdag, og dermed fridag uansett.' },
] as const;

export const weekendNote = `Lørdag og søndag er ikke virkedager. Søndager er også helligdager etter ${cite('helligdagsfredl', '§ 2')}.`;

const firstGregorianYear = 1583;

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): LocalDate {
  if (!Number.isInteger(year) || year < firstGregorianYear || year > 9999) {
    throw new RangeError(`Kan ikke beregne påske for år ${year}: må være et heltall ${firstGregorianYear}–9999.`);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatLocalDate(year, month, day);
}

const cache = new Map<number, readonly Holiday[]>();

/** All Norwegian public holidays in a year, in date order. */
export function norwegianPublicHolidays(year: number): readonly Holiday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const list = norwegianHolidayRules
    .map((h): Holiday => ({
      id: h.id,
      name: h.name,
      date: h.rule.kind === 'fixed' ? formatLocalDate(year, h.rule.month, h.rule.day) : addDays(easter, h.rule.offset),
    }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
  cache.set(year, list);
  return list;
}

/** The public holiday on this date, if any (weekends are not listed unless they are also holidays). */
export function publicHolidayOn(date: LocalDate): Holiday | undefined {
  const { year } = dateParts(date);
  return norwegianPublicHolidays(year).find((h) => h.date === date);
}

export function isPublicHoliday(date: LocalDate): boolean {
  return publicHolidayOn(date) !== undefined;
}
