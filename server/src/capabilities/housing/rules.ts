// Pure housing rules: the 2- and 3-month marks of a temporary stay (Nav's circular R35-00 to
// sosialtjenesteloven § 27), booppfølging visits, eviction risk, and the checks with their sources.
import { addDays, addMonths as addCalendarMonths, type LocalDate } from '../../platform/calendar/index.js';

import type { CheckResult, FactCheck as Check } from '../compliance/types.js';
import { checkSource, cite } from '../../platform/law/index.js';

export type { Check, CheckResult };

/** Calendar months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): LocalDate {
  return addCalendarMonths(date as LocalDate, months);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

/** Warning from 2 months, finding from 3 months (R35-00: stays over 3 months only as an exception). */
export const temporaryStayWarningMonths = 2;
export const temporaryStayLimitMonths = 3;

export type StayLevel = 'ok' | 'warning' | 'finding' | 'exception';

export interface StayFacts { id: string; startDate: string; endDate: string | null; exceptionReason: string | null }

export function stayMarks(startDate: string): { warningOn: LocalDate; findingOn: LocalDate } {
  return { warningOn: addMonths(startDate, temporaryStayWarningMonths), findingOn: addMonths(startDate, temporaryStayLimitMonths) };
}

/** The stay's level on `today` (or on its last day when ended). An exception reason clears warning and finding. */
export function stayLevel(stay: StayFacts, today: string): { level: StayLevel; days: number; warningOn: LocalDate; findingOn: LocalDate } {
  const { warningOn, findingOn } = stayMarks(stay.startDate);
  const until = stay.endDate && stay.endDate < today ? stay.endDate : today;
  const days = Math.max(0, daysBetween(stay.startDate, until));
  const over = until >= findingOn ? 'finding' : until >= warningOn ? 'warning' : 'ok';
  return { level: over !== 'ok' && stay.exceptionReason ? 'exception' : over, days, warningOn, findingOn };
}

export interface HomeFollowUpFacts { id: string; startDate: string; endDate: string | null; visitIntervalDays: number; lastVisitOn: string | null }

/** The next visit is due one interval after the last visit (or after the start). */
export function nextVisitDue(plan: HomeFollowUpFacts): LocalDate {
  return addDays((plan.lastVisitOn ?? plan.startDate) as LocalDate, plan.visitIntervalDays);
}

export interface HousingFacts {
  currentStatus: string | null;
  stays: StayFacts[];
  evictions: { id: string; kind: 'risk' | 'eviction'; occurredOn: string; resolvedOn: string | null }[];
  plans: HomeFollowUpFacts[];
}

const stayCheck: Check<HousingFacts> = {
  id: 'housing.temporary-stay-limit',
  text: 'Opphold i midlertidig botilbud varer ikke mer enn 3 måneder, med mindre en unntaksgrunn er dokumentert.',
  source: checkSource('sotjl', '§ 27', `; ${cite('helsetilsynet-midlertidig-botilbud')}: opphold skal helst ikke vare mer enn tre måneder (veiledning; selve lovteksten setter ingen grense)`),
  evaluate(facts, today) {
    if (!facts.stays.length) return { status: 'not-applicable', detail: 'Ingen opphold i midlertidig botilbud.', evidence: [] };
    const levels = facts.stays.map((s) => ({ s, ...stayLevel(s, today) }));
    const findings = levels.filter((l) => l.level === 'finding');
    const warnings = levels.filter((l) => l.level === 'warning');
    if (findings.length) return { status: 'not-met', detail: `${findings.length} opphold har vart over 3 måneder uten dokumentert unntaksgrunn (lengste ${Math.max(...findings.map((f) => f.days))} dager).`, evidence: findings.map((f) => ({ record: 'temporary_stays', id: f.s.id, field: 'start_date' })) };
    if (warnings.length) return { status: 'partly', detail: `Oppholdet har vart over 2 måneder; grensen på 3 måneder nås ${warnings[0]!.findingOn}.`, evidence: warnings.map((w) => ({ record: 'temporary_stays', id: w.s.id, field: 'start_date' })) };
    const exceptions = levels.filter((l) => l.level === 'exception');
    return { status: 'met', detail: exceptions.length ? 'Opphold over grensen har dokumentert unntaksgrunn.' : 'Ingen opphold over 2 måneder.', evidence: levels.map((l) => ({ record: 'temporary_stays', id: l.s.id, field: l.level === 'exception' ? 'exception_reason' : 'start_date' })) };
  },
};

const evictionRiskCheck: Check<HousingFacts> = {
  id: 'housing.eviction-risk-follow-up',
  text: 'En person med registrert risiko for utkastelse har en plan for booppfølging.',
  source: checkSource('sotjl', ['§ 15', '§ 17'], `(boligsosialt arbeid, råd og veiledning); ${cite('boligsosialloven', '§ 6')}; ${cite('asker-2026', 'pkt. 4.6.2 og anbefaling 6')}`),
  evaluate(facts, today) {
    const open = facts.evictions.filter((e) => e.kind === 'risk' && !e.resolvedOn);
    if (!open.length) return { status: 'not-applicable', detail: 'Ingen åpen risiko for utkastelse.', evidence: [] };
    const active = facts.plans.filter((p) => p.startDate <= today && (!p.endDate || p.endDate > today));
    if (active.length) return { status: 'met', detail: 'Risiko for utkastelse følges opp med booppfølging.', evidence: [...open.map((e) => ({ record: 'eviction_events', id: e.id, field: 'kind' })), ...active.map((p) => ({ record: 'home_follow_up_plans', id: p.id, field: 'start_date' }))] };
    return { status: 'not-met', detail: 'Risiko for utkastelse er registrert, men det er ingen aktiv plan for booppfølging.', evidence: open.map((e) => ({ record: 'eviction_events', id: e.id, field: 'kind' })) };
  },
};

const visitsCheck: Check<HousingFacts> = {
  id: 'housing.home-follow-up-visits',
  text: 'Booppfølgingen gjennomføres: hjemmebesøk minst så ofte som planen sier.',
  source: checkSource('hol', '§ 3-2', `første ledd nr. 6 bokstav b (praktisk bistand og opplæring); ${cite('asker-2026', 'R-004-34')}`),
  evaluate(facts, today) {
    const active = facts.plans.filter((p) => p.startDate <= today && (!p.endDate || p.endDate > today));
    if (!active.length) return { status: 'not-applicable', detail: 'Ingen aktiv plan for booppfølging.', evidence: [] };
    const late = active.filter((p) => nextVisitDue(p) < today);
    if (!late.length) return { status: 'met', detail: 'Hjemmebesøkene er i rute.', evidence: active.map((p) => ({ record: 'home_follow_up_plans', id: p.id, field: 'visit_interval_days' })) };
    return { status: late.length === active.length ? 'not-met' : 'partly', detail: `Hjemmebesøk forfalt ${nextVisitDue(late[0]!)} er ikke registrert.`, evidence: late.map((p) => ({ record: 'home_follow_up_plans', id: p.id, field: 'visit_interval_days' })) };
  },
};

export const housingChecks = [stayCheck, evictionRiskCheck, visitsCheck];

export const housingStatusLabels: Record<string, string> = {
  own: 'Eid bolig',
  'private-rental': 'Privat leid bolig',
  'municipal-rental': 'Kommunal utleiebolig',
  staffed: 'Bolig med bemanning',
  temporary: 'Midlertidig botilbud',
  institution: 'Institusjon',
  homeless: 'Uten bolig',
};
