// Pure rules for cooperation agreements and their meeting arenas. The date is passed in.
import { dateParts, toDayNumber, type LocalDate } from '../../platform/calendar/index.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const agreementSources = {
  agreements:
    upperFirst(`${cite('kvalitetsforskriften', ['§ 6', '§ 7'])} (bokstav a i begge: ansvar og samarbeid skal være beskrevet og kjent); ${cite('hol', ['§ 6-1', '§ 6-2'])} (samarbeidsavtaler med helseforetaket); ${cite('asker-2026', 'pkt. 4.4.1 (R-004-16, R-004-17)')}`),
  meetings: upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav a')} (kontrollere at samarbeidet gjennomføres); ${cite('asker-2026', 'pkt. 4.4.1')}: «det i 2025 ble avholdt to møter i dette forumet» — påkrevde og avholdte møter sammenlignes per år (R-004-16)`),
  lapsed: upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav a')} og ${cite('kvalitetsforskriften', '§ 9')}: svikt i etterlevelse skal avdekkes og rettes; en møtearena regnes som bortfalt når det har gått mer enn 1,5 møteintervall uten møte (${cite('kommunens-rutine', 'møtearenaer')})`),
  notice: upperFirst(`${cite('kommunel', '§ 25-1')} og ${cite('kvalitetsforskriften', '§ 6', 'bokstav a')}: ved omorganisering skal partene i avtaler og ansvarsmatrisen varsles slik at ansvaret fortsatt er klart fordelt`),
} as const;

/** Slack before an arena counts as lapsed: 1.5 times the interval between required meetings. */
export const lapseFactor = 1.5;

export interface AgreementFacts {
  meetingsPerYear: number;
  validFrom: LocalDate;
  validTo: LocalDate | null;
}

const yearStart = (year: number) => toDayNumber(`${year}-01-01` as LocalDate);

/** Days of `year` on which the agreement was in force ([validFrom, validTo)), up to and including `until`. */
function daysInForce(a: AgreementFacts, year: number, until?: LocalDate): number {
  const from = Math.max(yearStart(year), toDayNumber(a.validFrom));
  let to = yearStart(year + 1);
  if (a.validTo) to = Math.min(to, toDayNumber(a.validTo));
  if (until) to = Math.min(to, toDayNumber(until) + 1);
  return Math.max(0, to - from);
}

/** Meetings required in a calendar year, in proportion to the part of the year the agreement was in force. */
export function requiredMeetings(a: AgreementFacts, year: number): number {
  const days = yearStart(year + 1) - yearStart(year);
  return Math.round((a.meetingsPerYear * daysInForce(a, year)) / days);
}

export interface ArenaStatus {
  year: number;
  required: number;
  held: number;
  /** held ÷ required for the year; null when no meeting is required. */
  ratio: number | null;
  /** Required by `today` (for the current year) — what should have happened so far. */
  dueSoFar: number;
  lastMeeting: LocalDate | null;
  lapsed: boolean;
  lapsedDetail: string | null;
}

export function arenaStatus(a: AgreementFacts, heldOn: LocalDate[], year: number, today: LocalDate): ArenaStatus {
  const required = requiredMeetings(a, year);
  const held = heldOn.filter((d) => dateParts(d).year === year).length;
  const yearDays = yearStart(year + 1) - yearStart(year);
  const dueSoFar = dateParts(today).year > year ? required : dateParts(today).year < year ? 0 : Math.floor((a.meetingsPerYear * daysInForce(a, year, today)) / yearDays);
  const past = heldOn.filter((d) => d <= today).sort();
  const lastMeeting = past.at(-1) ?? null;
  let lapsed = false;
  let lapsedDetail: string | null = null;
  const inForce = a.validFrom <= today && (!a.validTo || a.validTo > today);
  if (a.meetingsPerYear > 0 && inForce) {
    const interval = 365 / a.meetingsPerYear;
    const since = toDayNumber(today) - toDayNumber(lastMeeting ?? a.validFrom);
    if (since > interval * lapseFactor) {
      lapsed = true;
      lapsedDetail = lastMeeting
        ? `Møtearenaen er bortfalt: siste møte var ${lastMeeting} (${since} dager siden), avtalen krever ${a.meetingsPerYear} møter i året.`
        : `Møtearenaen er bortfalt: ingen møter siden avtalen trådte i kraft ${a.validFrom} (${since} dager), avtalen krever ${a.meetingsPerYear} møter i året.`;
    }
  }
  return { year, required, held, ratio: required === 0 ? null : Math.round((held / required) * 100) / 100, dueSoFar, lastMeeting, lapsed, lapsedDetail };
}

export const changeLabels = { closed: 'lagt ned', moved: 'flyttet i organisasjonen', renamed: 'fått nytt navn' } as const;
export type OrganisationChange = keyof typeof changeLabels;

/** What changed in a unit update, given the unit before and the requested fields. */
export function unitChanges(before: { name: string; parentId: string | null; active: boolean }, input: { name?: string; parentId?: string | null; active?: boolean }): OrganisationChange[] {
  const changes: OrganisationChange[] = [];
  if (input.active === false && before.active) changes.push('closed');
  if (input.parentId !== undefined && input.parentId !== before.parentId) changes.push('moved');
  if (input.name !== undefined && input.name !== before.name) changes.push('renamed');
  return changes;
}

export function noticeDetail(unitName: string, changes: OrganisationChange[], where: { agreement: string } | { matrix: number }): string {
  const what = changes.map((c) => changeLabels[c]).join(' og ');
  return 'agreement' in where
    ? `«${unitName}» er ${what}. Enheten er part i samarbeidsavtalen «${where.agreement}»: avtalen og møtearenaen må gjennomgås.`
    : `«${unitName}» er ${what}. Enheten står i ansvarsmatrisen (versjon ${where.matrix}): ansvaret må fordeles på nytt.`;
}
