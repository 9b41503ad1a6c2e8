// Written language forms (målform) for letters and citizen pages, through i18next. Each document keeps
// its texts as data files per language (keys in English); this module resolves which form a letter
// gets and formats dates in it.
import i18next, { type TFunction } from 'i18next';
import { z } from 'zod';
import commonNb from './common.nb.json' with { type: 'json' };
import commonNn from './common.nn.json' with { type: 'json' };

const common = { nb: commonNb, nn: commonNn };

export const writtenLanguages = ['nb', 'nn'] as const;
export type WrittenLanguage = (typeof writtenLanguages)[number];
export const writtenLanguageSchema = z.enum(writtenLanguages, { error: 'Målform må være nb (bokmål) eller nn (nynorsk)' });

/** The person's own choice wins; otherwise the municipality's default (målvedtak), which is never null. */
export function letterLanguage(person: WrittenLanguage | null | undefined, municipality: WrittenLanguage): WrittenLanguage {
  return person ?? municipality;
}

/** BCP 47 tag for the PDF /Lang entry, Intl and the HTML lang attribute. */
export function documentLanguage(language: WrittenLanguage): 'nb-NO' | 'nn-NO' {
  return language === 'nn' ? 'nn-NO' : 'nb-NO';
}

export type Resources = Record<WrittenLanguage, Record<string, unknown>>;

/**
 * One i18next instance per document kind, initialised synchronously from its resource files, plus the
 * shared texts under the `common` namespace. Returns a translator fixed to one language.
 */
export function letterTexts(namespace: string, resources: Resources): (language: WrittenLanguage) => TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: 'nb',
    fallbackLng: false,
    ns: [namespace, 'common'],
    defaultNS: namespace,
    fallbackNS: 'common',
    resources: Object.fromEntries(writtenLanguages.map((l) => [l, { [namespace]: resources[l], common: common[l] }])),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return (language) => instance.getFixedT(language);
}

/** «2. mars 2026» (nb) / «2. mars 2026» (nn); a calendar date is printed as it stands, without time zone shifts. */
export function longDate(date: string, language: WrittenLanguage): string {
  return new Intl.DateTimeFormat(documentLanguage(language), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A moment in Norwegian time, e.g. «2. mars 2026 kl. 11:00». */
export function longDateTime(at: Date, language: WrittenLanguage): string {
  return new Intl.DateTimeFormat(documentLanguage(language), { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Oslo' }).format(at);
}

/** The day of a moment in Norwegian time, e.g. «2. mars 2026». */
export function longDay(at: Date, language: WrittenLanguage): string {
  return new Intl.DateTimeFormat(documentLanguage(language), { dateStyle: 'long', timeZone: 'Europe/Oslo' }).format(at);
}
