// Pure rules for coordination: KE's deadline to start IP work, coordinator appointment and change,
// coordinator training, and the legal checks with their sources as data. The date is passed in.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import type { trainingModules } from './schema.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const coordinationSources = {
  ke: upperFirst(`${cite('hol', '§ 7-3')}: koordinerende enhet har overordnet ansvar for arbeidet med individuell plan og for oppnevning, opplæring og veiledning av koordinator`),
  startIpWork:
    upperFirst(`${cite('forskrift-ip', 'igangsetting')}: tjenestene skal sørge for at arbeidet med individuell plan settes i gang. Fristen på 14 dager etter melding er ${cite('kommunens-rutine', 'oppstart av individuell plan')} (forskriften setter ingen frist).`),
  coordinator: upperFirst(`${cite('hol', '§ 7-2')}: koordinator skal tilbys personer med behov for langvarige og koordinerte tjenester`),
  coordinatorWithoutIp: upperFirst(`${cite('hol', '§ 7-2')}; ${cite('sarpsborg-2025', 'pkt. 6.1')}: koordinator tilbys uavhengig av om personen ønsker individuell plan`),
  change: `${cite('sarpsborg-2025', 'pkt. 4.2.4')}: bytte av koordinator skjer etter en overlapping avtalt med brukeren; valg av koordinator gjøres i samråd med brukeren`,
  request: `${cite('asker-2026', 'pkt. 5.3.1')}: brukerens ønske om ny koordinator skal dokumenteres og følges opp med svar`,
  training: upperFirst(`${cite('hol', '§ 7-3')} (opplæring av koordinator); ${cite('asker-2026')}: KEs modulbaserte kursrekke (møteledelse, koordinatorrollen, individuell plan)`),
} as const;

/** Days KE has, after a message of IP need, to start the IP work (the municipality's own deadline). */
export const startIpWorkDays = 14;

export function ipMessageDueDate(receivedOn: LocalDate): LocalDate {
  return addDays(receivedOn, startIpWorkDays);
}

export const trainingModuleLabels: Record<(typeof trainingModules)[number], string> = {
  'meeting-leadership': 'Møteledelse',
  'coordinator-role': 'Koordinatorrollen',
  'individual-plan': 'Individuell plan',
  other: 'Annet kurs',
};

/** The three core modules of KE's course series every coordinator should have completed. */
export const coreModules = ['meeting-leadership', 'coordinator-role', 'individual-plan'] as const;

export function missingCoreModules(completed: readonly string[]): string[] {
  return coreModules.filter((m) => !completed.includes(m));
}

export interface AppointmentFacts {
  current: { userId: string } | null;
  next: { userId: string; handoverNote: string | null | undefined };
}

/** A change of coordinator is a recorded event with a handover; the same coordinator again is no change. */
export function appointmentProblem(f: AppointmentFacts): { path: string; detail: string } | null {
  if (f.current?.userId === f.next.userId) return { path: 'body/coordinatorId', detail: 'Personen har allerede denne koordinatoren' };
  if (f.current && !f.next.handoverNote?.trim()) return { path: 'body/handoverNote', detail: 'Beskriv overlappingen ved bytte av koordinator' };
  return null;
}

export interface Check {
  checkId: string;
  source: string;
  /** null: not applicable to this person. */
  met: boolean | null;
  detail: string;
}

export interface CoordinatorFacts {
  /** The person's latest answer about an individual plan, if informed. */
  ipAnswer: 'wants-ip' | 'declines' | 'undecided' | null;
  hasCoordinator: boolean;
  /** A coordinator offer has been recorded (accepted or declined). */
  offerRecorded: boolean;
}

/** Coordinator for everyone who wants an IP; offered to everyone who declines one. */
export function coordinatorCheck(f: CoordinatorFacts): Check {
  if (f.ipAnswer === 'wants-ip') {
    return { checkId: 'coordinator-appointed', source: coordinationSources.coordinator, met: f.hasCoordinator, detail: f.hasCoordinator ? 'Koordinator er oppnevnt.' : 'Personen ønsker individuell plan, men har ingen koordinator.' };
  }
  if (f.ipAnswer === 'declines') {
    const met = f.hasCoordinator || f.offerRecorded;
    return { checkId: 'coordinator-offered', source: coordinationSources.coordinatorWithoutIp, met, detail: met ? 'Koordinator er tilbudt.' : 'Personen har takket nei til individuell plan, men har ikke fått tilbud om koordinator.' };
  }
  return { checkId: 'coordinator-appointed', source: coordinationSources.coordinator, met: null, detail: 'Personen har ikke svart på tilbud om individuell plan.' };
}

/** A request for a new coordinator stays open until someone closes it with a written answer. */
export function coordinatorRequestCheck(r: { requestedOn: string; handledAt: Date | null }, today: string): Check {
  if (r.handledAt) return { checkId: 'coordinator-request-answered', source: coordinationSources.request, met: true, detail: 'Ønsket om ny koordinator er besvart.' };
  return { checkId: 'coordinator-request-answered', source: coordinationSources.request, met: false, detail: `Ønske om ny koordinator fra ${r.requestedOn} er ikke besvart (${today}).` };
}
