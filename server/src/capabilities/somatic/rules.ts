// Pure somatic follow-up rules: which checks apply by default and how often, when each is due,
// the GP summary's acknowledgement deadline, and the checks with their sources.
import type { LocalDate } from '../../platform/calendar/index.js';
import type { FactCheck as Check } from '../compliance/types.js';
import { addMonths, daysBetween } from '../housing/rules.js';
import { checkSource, cite } from '../../platform/law/index.js';

export const somaticKinds = {
  'blood-tests': { label: 'Blodprøver', defaultIndicated: true, intervalMonths: 12 },
  'hepatitis-b': { label: 'Hepatitt B (test ved indikasjon)', defaultIndicated: false, intervalMonths: 12 },
  'hepatitis-c': { label: 'Hepatitt C (test ved indikasjon)', defaultIndicated: false, intervalMonths: 12 },
  hiv: { label: 'HIV (test ved indikasjon)', defaultIndicated: false, intervalMonths: 12 },
  vaccination: { label: 'Vaksinasjon', defaultIndicated: true, intervalMonths: 12 },
  'skin-soft-tissue': { label: 'Hud- og bløtvevsinfeksjoner', defaultIndicated: true, intervalMonths: 3 },
  'nutrition-weight': { label: 'Ernæring og vekt', defaultIndicated: true, intervalMonths: 3 },
  dental: { label: 'Tannhelse (inkl. fylkeskommunens gratis tilbud)', defaultIndicated: true, intervalMonths: 12 },
  'medication-review': { label: 'Legemiddelgjennomgang', defaultIndicated: true, intervalMonths: 12 },
} as const;
export type SomaticKind = keyof typeof somaticKinds;

/** Days the GP has to acknowledge a summary before it is flagged. */
export const gpAcknowledgeDays = 14;
/** Days before a check falls due that it shows as due soon. */
export const dueSoonDays = 30;

export type ItemStatus = 'not-indicated' | 'never' | 'overdue' | 'due-soon' | 'ok';

export interface SomaticItemFacts { kind: SomaticKind; indicated: boolean; intervalMonths: number; lastDoneOn: string | null }

export function itemStatus(item: SomaticItemFacts, today: string): { status: ItemStatus; dueOn: LocalDate | null } {
  if (!item.indicated) return { status: 'not-indicated', dueOn: null };
  if (!item.lastDoneOn) return { status: 'never', dueOn: today as LocalDate };
  const dueOn = addMonths(item.lastDoneOn, item.intervalMonths);
  if (dueOn < today) return { status: 'overdue', dueOn };
  return { status: daysBetween(today, dueOn) <= dueSoonDays ? 'due-soon' : 'ok', dueOn };
}

/** The person's settings merged over the defaults, for every kind. */
export function followUpItems(settings: { kind: SomaticKind; indicated: boolean; intervalMonths: number }[], lastDone: Partial<Record<SomaticKind, string>>): SomaticItemFacts[] {
  return (Object.keys(somaticKinds) as SomaticKind[]).map((kind) => {
    const s = settings.find((x) => x.kind === kind);
    return { kind, indicated: s?.indicated ?? somaticKinds[kind].defaultIndicated, intervalMonths: s?.intervalMonths ?? somaticKinds[kind].intervalMonths, lastDoneOn: lastDone[kind] ?? null };
  });
}

export function summaryFlagged(c: { sentAt: string; acknowledgedAt: string | null }, today: string): boolean {
  return !c.acknowledgedAt && daysBetween(c.sentAt, today) > gpAcknowledgeDays;
}

export interface SomaticFacts {
  personId: string;
  items: SomaticItemFacts[];
  dental: { id: string; doneOn: string; countyDentalOffer: string | null }[];
  gpAppointments: { id: string; date: string; status: 'planned' | 'attended' | 'missed' | 'cancelled'; followedUp: boolean }[];
  healthContacts: { id: string; sentAt: string; acknowledgedAt: string | null }[];
}

const dueChecks: Check<SomaticFacts> = {
  id: 'somatic.checks-up-to-date',
  text: 'Somatisk helse følges opp: blodprøver (hepatitt B/C og HIV ved indikasjon), vaksinasjon, hud og bløtvev, ernæring og vekt, tannhelse og legemiddelgjennomgang er ikke forfalt.',
  source: checkSource('rop-retningslinje', ['kap. 4', 'kap. 7'], `(somatisk helse); ${cite('hol', '§ 3-1')}`),
  evaluate(facts, today) {
    const indicated = facts.items.filter((i) => i.indicated);
    if (!indicated.length) return { status: 'not-applicable', detail: 'Ingen somatiske kontroller er indisert.', evidence: [] };
    const late = indicated.filter((i) => ['never', 'overdue'].includes(itemStatus(i, today).status));
    const evidence = late.map((i) => ({ record: 'somatic_follow_up', id: `${facts.personId}:${i.kind}`, field: i.lastDoneOn ? 'done_on' : 'kind' }));
    if (!late.length) return { status: 'met', detail: 'Alle indiserte kontroller er i rute.', evidence: [] };
    const names = late.map((i) => somaticKinds[i.kind].label.toLowerCase()).join(', ');
    return { status: late.length === indicated.length ? 'not-met' : 'partly', detail: `Forfalt eller aldri gjort: ${names}.`, evidence };
  },
};

const dentalCheck: Check<SomaticFacts> = {
  id: 'somatic.county-dental-offer',
  text: 'Personen er informert om eller henvist til fylkeskommunens gratis tannhelsetilbud, eller det er vurdert at personen ikke har rett.',
  source: checkSource('thtl', '§ 1-3', 'første ledd (prioriterte grupper, blant dem rusmiddelavhengige)'),
  evaluate(facts, today) {
    const recent = facts.dental.filter((d) => d.countyDentalOffer && d.doneOn > addMonths(today, -12));
    if (recent.length) return { status: 'met', detail: 'Fylkeskommunens tannhelsetilbud er vurdert siste 12 måneder.', evidence: recent.map((d) => ({ record: 'somatic_checks', id: d.id, field: 'county_dental_offer' })) };
    if (facts.dental.length) return { status: 'partly', detail: 'Tannhelse er vurdert, men ikke fylkeskommunens gratis tilbud siste 12 måneder.', evidence: facts.dental.map((d) => ({ record: 'somatic_checks', id: d.id, field: 'county_dental_offer' })) };
    return { status: 'not-met', detail: 'Tannhelse og fylkeskommunens gratis tannhelsetilbud er ikke vurdert.', evidence: [] };
  },
};

const missedGpCheck: Check<SomaticFacts> = {
  id: 'somatic.missed-gp-followed-up',
  text: 'Når personen ikke møter til time hos fastlegen, følger primærkontakten opp.',
  source: checkSource('hol', ['§ 3-1', '§ 4-1'], `(forsvarlige tjenester); ${cite('veileder-psykisk-helse-rus', 'hovedforløp 3')}`),
  evaluate(facts) {
    const missed = facts.gpAppointments.filter((a) => a.status === 'missed');
    if (!missed.length) return { status: 'not-applicable', detail: 'Ingen uteblitte timer hos fastlegen.', evidence: [] };
    const open = missed.filter((a) => !a.followedUp);
    const evidence = missed.map((a) => ({ record: 'gp_appointments', id: a.id, field: 'status' }));
    if (!open.length) return { status: 'met', detail: 'Alle uteblitte timer er fulgt opp.', evidence };
    return { status: open.length === missed.length ? 'not-met' : 'partly', detail: `${open.length} uteblitt(e) time(r) er ikke fulgt opp.`, evidence: open.map((a) => ({ record: 'gp_appointments', id: a.id, field: 'status' })) };
  },
};

const gpSummaryCheck: Check<SomaticFacts> = {
  id: 'somatic.gp-summary-acknowledged',
  text: 'Fastlegen har fått og kvittert for oppsummeringen etter hver lavterskel helsekontakt.',
  source: checkSource('hpl', '§ 45', `(opplysninger til samarbeidende helsepersonell); ${cite('fastlegeforskriften', '§ 19')}`),
  evaluate(facts, today) {
    if (!facts.healthContacts.length) return { status: 'not-applicable', detail: 'Ingen lavterskel helsekontakter.', evidence: [] };
    const flagged = facts.healthContacts.filter((c) => summaryFlagged(c, today));
    if (!flagged.length) return { status: 'met', detail: 'Oppsummeringene er kvittert eller innenfor fristen.', evidence: facts.healthContacts.map((c) => ({ record: 'health_contacts', id: c.id, field: 'acknowledged_at' })) };
    return { status: flagged.length === facts.healthContacts.length ? 'not-met' : 'partly', detail: `${flagged.length} oppsummering(er) til fastlegen er ikke kvittert etter ${gpAcknowledgeDays} dager.`, evidence: flagged.map((c) => ({ record: 'health_contacts', id: c.id, field: 'acknowledged_at' })) };
  },
};

export const somaticChecks = [dueChecks, dentalCheck, missedGpCheck, gpSummaryCheck];
