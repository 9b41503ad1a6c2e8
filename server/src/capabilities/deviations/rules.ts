// Pure rules for avvik: labels, routing to the unit concerned, escalation, the state machine, what
// must be in place before closing, who may read and handle one, and the partner-answer deadline.
// Every legal rule carries its source as data; dates are passed in.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import type { StaffRole } from '../../platform/access/policy.js';
import type { deviationCategories, deviationSeverities, deviationStatuses } from './schema.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export type DeviationCategory = (typeof deviationCategories)[number];
export type DeviationSeverity = (typeof deviationSeverities)[number];
export type DeviationStatus = (typeof deviationStatuses)[number];

export const deviationSources = {
  internalControl: upperFirst(`${cite('kommunel', '§ 25-1', 'tredje ledd bokstav c')} (internkontrollen skal avdekke og følge opp avvik og risiko for avvik); ${cite('helsetilsynsl', '§ 3')}; ${cite('kvalitetsforskriften', '§ 8', 'bokstav b')} (gjennomgå avvik slik at lignende forhold forebygges)`),
  routing: upperFirst(`${cite('kvalitetsforskriften', '§ 6', 'bokstav a')} (ansvar og myndighet skal fremgå) og ${cite('kvalitetsforskriften', '§ 9')} (korrigere); ${cite('sarpsborg-2025', 'pkt. 4.2.1.3')}: avvik som gjelder en annen virksomhet sendes til aktuell virksomhetsleder`),
  escalation: upperFirst(`${cite('kommunel', '§ 25-1')} (kommunedirektørens internkontroll); ${cite('kvalitetsforskriften', ['§ 3', '§ 6'])} (øverste leder har ansvaret); ${cite('sarpsborg-2025', 'pkt. 4.2.1.3')}: særlig alvorlige avvik meldes direktøren`),
  feedbackBeforeClosing: upperFirst(`${cite('kvalitetsforskriften', '§ 8', 'bokstav b')} og ${cite('kvalitetsforskriften', '§ 9')}; ${cite('sarpsborg-2025', 'anbefaling b (pkt. 4.2.1.3)')}: alle involverte skal få tilbakemelding om oppfølging og tiltak når avvik behandles på tvers av virksomheter`),
  externalForwarding: upperFirst(`${cite('hol', '§ 3-4')} (samarbeid); ${cite('asker-2026', 'anbefaling 4 (pkt. 4.5.2)')}: avvik i samarbeidet med spesialisthelsetjenesten skal meldes videre, og kommunen skal etterspørre tilbakemelding`),
  seriousEvents: upperFirst(`${cite('hol', '§ 12-3 a')}: dødsfall eller svært alvorlig skade som følge av tjenesteytingen skal straks varsles Statens helsetilsyn`),
} as const;

export const categoryLabels: Record<DeviationCategory, string> = {
  medication: 'Legemiddelhåndtering',
  'threats-violence': 'Trusler og vold (HMS)',
  'cooperation-units': 'Samarbeid mellom enheter',
  'cooperation-specialist': 'Samarbeid med spesialisthelsetjenesten',
  documentation: 'Dokumentasjon',
  'information-security': 'Informasjonssikkerhet',
  other: 'Annet',
};

export const severityLabels: Record<DeviationSeverity, string> = {
  minor: 'Liten',
  moderate: 'Middels',
  serious: 'Alvorlig',
  critical: 'Svært alvorlig',
};

export const statusLabels: Record<DeviationStatus, string> = {
  registered: 'Registrert',
  'in-handling': 'Under behandling',
  measures: 'Tiltak iverksatt',
  'feedback-given': 'Tilbakemelding gitt',
  closed: 'Lukket',
};

/** Shown instead of the person when the reader has no service need for the linked person. */
export const hiddenPersonNote = 'Knyttet til en person du ikke har tjenstlig behov for';

/** Serious and critical avvik go to the director at once (and again if a handler raises the severity). */
export function needsEscalation(severity: DeviationSeverity, alreadyEscalated: boolean): boolean {
  return !alreadyEscalated && (severity === 'serious' || severity === 'critical');
}

/**
 * The unit whose leaders handle the avvik: the unit concerned, or — when that unit has no active
 * unit leader — the nearest unit above it that has one. An avvik about an external partner is
 * handled (assessed, then forwarded) by the reporting unit's leaders. Null: no leader found, so the
 * quality advisers handle it.
 */
export function handlingUnitFor(start: string | null, tree: { id: string; parentId: string | null }[], unitsWithLeader: ReadonlySet<string>): string | null {
  const parentOf = new Map(tree.map((u) => [u.id, u.parentId]));
  const seen = new Set<string>();
  for (let current = start; current && !seen.has(current); current = parentOf.get(current) ?? null) {
    if (unitsWithLeader.has(current)) return current;
    seen.add(current);
  }
  return null;
}

export type DeviationEvent = 'assess' | 'add-measure' | 'give-feedback' | 'close' | 'forward' | 'reroute';

/** The state machine: registered → in handling → measures → feedback given → closed. */
export function transition(status: DeviationStatus, event: DeviationEvent): { status: DeviationStatus } | { problem: string } {
  if (status === 'closed') return { problem: 'Avviket er lukket og kan ikke endres.' };
  switch (event) {
    case 'assess':
      return { status: status === 'registered' ? 'in-handling' : status };
    case 'add-measure':
      if (status === 'registered') return { problem: 'Vurder avviket før du legger inn tiltak.' };
      return { status: status === 'in-handling' ? 'measures' : status };
    case 'give-feedback':
      if (status === 'registered') return { problem: 'Vurder avviket før du gir tilbakemelding.' };
      return { status: 'feedback-given' };
    case 'forward':
      if (status === 'registered') return { problem: 'Vurder avviket før det sendes videre til samarbeidspartneren.' };
      return { status };
    case 'reroute':
      if (status === 'registered' || status === 'in-handling') return { status: 'registered' };
      return { problem: 'Avviket har tiltak eller tilbakemelding og kan ikke sendes til en annen enhet. Opprett et nytt avvik.' };
    case 'close':
      if (status === 'registered') return { problem: 'Avviket må vurderes før det kan lukkes.' };
      return { status: 'closed' };
  }
}

export interface CloseFacts {
  status: DeviationStatus;
  /** Feedback has reached the reporter. */
  reporterTold: boolean;
  /** Feedback has reached the reporting unit; null when the reporter reported from no unit. */
  reportingUnitTold: boolean | null;
  noFeedbackReason: string | null;
  /** The partner whose answer to a forwarded avvik is still awaited, if any. */
  awaitingPartner: string | null;
  noPartnerAnswerReason: string | null;
}

export interface Problem {
  path: string;
  detail: string;
}

/** True when the reporter and the reporting unit have been told what was done. */
export function feedbackComplete(f: Pick<CloseFacts, 'reporterTold' | 'reportingUnitTold'>): boolean {
  return f.reporterTold && f.reportingUnitTold !== false;
}

/** An avvik cannot be closed until the reporter and the reporting unit have been told, unless the handler records why not. */
export function closeProblems(f: CloseFacts): Problem[] {
  const step = transition(f.status, 'close');
  if ('problem' in step) return [{ path: 'status', detail: step.problem }];
  const problems: Problem[] = [];
  if (!feedbackComplete(f) && !f.noFeedbackReason?.trim()) {
    const missing = [!f.reporterTold ? 'melderen' : null, f.reportingUnitTold === false ? 'den meldende enheten' : null].filter(Boolean).join(' og ');
    problems.push({ path: 'body/noFeedbackReason', detail: `Avviket kan ikke lukkes før ${missing} har fått tilbakemelding om hva som er gjort. Gi tilbakemelding, eller begrunn hvorfor ikke.` });
  }
  if (f.awaitingPartner && !f.noPartnerAnswerReason?.trim()) {
    problems.push({ path: 'body/noPartnerAnswerReason', detail: `Svaret fra ${f.awaitingPartner} er ikke registrert. Registrer svaret, eller begrunn hvorfor avviket lukkes uten.` });
  }
  return problems;
}

/** The partner is asked to answer within three weeks unless the handler sets another day. */
export const defaultAnswerDays = 21;

export function defaultAnswerDueDate(sentOn: LocalDate): LocalDate {
  return addDays(sentOn, defaultAnswerDays);
}

export type PartnerAnswerStatus = 'answered' | 'awaiting' | 'overdue';

export function partnerAnswerStatus(f: { answerReceivedOn: string | null; answerDueDate: string }, today: string): PartnerAnswerStatus {
  if (f.answerReceivedOn) return 'answered';
  return today > f.answerDueDate ? 'overdue' : 'awaiting';
}

export interface ReaderFacts {
  reportedBy: string;
  reporterUnitId: string | null;
  concernedUnitId: string | null;
  handlingUnitId: string | null;
  measureOwnerIds: string[];
}

export interface ActorFacts {
  userId: string;
  roles: readonly StaffRole[];
  unitIds: readonly string[];
}

export type DeviationRelation = 'reporter' | 'reporting-unit-leader' | 'handler' | 'concerned-unit-leader' | 'measure-owner' | 'oversight';

const oversightRoles: readonly StaffRole[] = ['quality-adviser', 'director'];

/** Quality advisers and the director handle any avvik; a unit leader only those routed to a unit they lead. */
export function mayHandle(actor: ActorFacts, f: Pick<ReaderFacts, 'handlingUnitId'>): boolean {
  if (actor.roles.some((r) => oversightRoles.includes(r))) return true;
  return actor.roles.includes('unit-leader') && f.handlingUnitId !== null && actor.unitIds.includes(f.handlingUnitId);
}

/** Why the actor may read this avvik; empty means they may not. */
export function relationsTo(actor: ActorFacts, f: ReaderFacts): DeviationRelation[] {
  const leader = actor.roles.includes('unit-leader');
  const relations: DeviationRelation[] = [];
  if (actor.userId === f.reportedBy) relations.push('reporter');
  if (leader && f.reporterUnitId && actor.unitIds.includes(f.reporterUnitId)) relations.push('reporting-unit-leader');
  if (mayHandle(actor, f)) relations.push(actor.roles.some((r) => oversightRoles.includes(r)) ? 'oversight' : 'handler');
  if (leader && f.concernedUnitId && actor.unitIds.includes(f.concernedUnitId) && !relations.includes('handler')) relations.push('concerned-unit-leader');
  if (f.measureOwnerIds.includes(actor.userId)) relations.push('measure-owner');
  return relations;
}

/** The assessment and cause are for those who handle and lead; the reporter gets the feedback and conclusion. */
export function seesHandlingDetails(relations: DeviationRelation[]): boolean {
  return relations.some((r) => r === 'handler' || r === 'oversight' || r === 'concerned-unit-leader');
}
