// Citations are built from the register, never typed: `cite('hol', '§ 7-1')` gives
// «helse- og omsorgstjenesteloven § 7-1», and a section the register does not hold does not compile.
import { legalSources } from './register.js';
import type { LegalSource } from './types.js';

type Register = typeof legalSources;
export type SourceId = keyof Register;
/** Audit reports and municipal routines are cited by free point numbers; everything else by a registered section. */
type FreeSectionKind = 'rapport' | 'kommunal-rutine';
export type SectionOf<S extends SourceId> = Register[S]['kind'] extends FreeSectionKind ? string : Extract<keyof Register[S]['sections'], string>;
export type Language = 'nb' | 'nn';

export function source(id: SourceId): LegalSource {
  return legalSources[id] as LegalSource;
}

/** The name as cited in running text, in the language form asked for. */
export function sourceName(id: SourceId, language: Language = 'nb'): string {
  const s = source(id);
  return language === 'nn' && s.shortNameNn ? s.shortNameNn : s.shortName;
}

/** «§§ 3-1 og 4-1» for sections of one source; anything else joined in reading order. */
function joinSections(sections: readonly string[]): string {
  const and = ' og ';
  if (sections.length > 1 && sections.every((s) => s.startsWith('§ '))) {
    const numbers = sections.map((s) => s.slice(2));
    return `§§ ${numbers.slice(0, -1).join(', ')}${and}${numbers.at(-1)}`;
  }
  return sections.length > 1 ? `${sections.slice(0, -1).join(', ')}${and}${sections.at(-1)}` : (sections[0] ?? '');
}

/**
 * «helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a»: the source's short name, the
 * section(s) and an optional finer reference inside the section (ledd, nummer, bokstav).
 */
export function cite<S extends SourceId>(id: S, section?: SectionOf<S> | readonly SectionOf<S>[], detail?: string, language: Language = 'nb'): string {
  const sections = section === undefined ? [] : typeof section === 'string' ? [section] : [...section];
  return joinText([sourceName(id, language), placeSections(sections), detail]);
}

/** «§ 7-1», «kap. 4» and «pkt. 5.4.1» follow the name; a topic («planens innhold») goes in brackets. */
const numbered = /^(?:§|kap\.|pkt\.|art\.|tabell|R-\d|V\d|stikkprøve|anbefaling)/;
function placeSections(sections: readonly string[]): string {
  if (!sections.length) return '';
  const joined = joinSections(sections);
  return sections.every((s) => numbered.test(s)) ? joined : `(${joined})`;
}

/** Only the section («§ 41»), for «jf. § 41» after a citation of the same source. */
export function sec<S extends SourceId>(id: S, section: SectionOf<S>): string {
  void id;
  return section;
}

/** Joins with spaces, except before punctuation that belongs to the previous part. */
function joinText(parts: readonly (string | undefined)[]): string {
  return parts.filter(Boolean).reduce<string>((text, part) => (text && !/^[;,:.)]/.test(part!) ? `${text} ${part}` : `${text}${part}`), '');
}

export const upperFirst = (text: string): string => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1);

/** The Lovdata address of a section (`…/§7-1`), or the source's own address for other kinds. */
export function citationUrl<S extends SourceId>(id: S, section?: SectionOf<S>): string {
  const s = source(id);
  const number = section?.match(/^§\s*(\d+(?:-\d+)?\s?[a-z]?)\b/)?.[1]?.replace(/\s/g, '');
  return number && s.url.startsWith('https://lovdata.no/') ? `${s.url}/§${number}` : s.url;
}

/** A check's source as the compliance API presents it: the source's title, the section and what it says. */
export interface CheckSource {
  /** The law, regulation, guideline or audit report. */
  law: string;
  /** Section, chapter or point, and further sources. */
  section: string;
  url?: string;
}

export function checkSource<S extends SourceId>(id: S, section: SectionOf<S> | readonly SectionOf<S>[], explanation?: string): CheckSource {
  const sections = typeof section === 'string' ? [section] : [...section];
  return {
    law: upperFirst(source(id).shortName),
    section: joinText([placeSections(sections), explanation]),
    ...(source(id).kind === 'kommunal-rutine' ? {} : { url: citationUrl(id, sections[0]) }),
  };
}
