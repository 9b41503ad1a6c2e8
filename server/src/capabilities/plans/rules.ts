// Pure rules for the individual plan: recording the information about the right to an IP, what makes
// a plan incomplete, review dates, who may plan a measure, status changes, and what changed between
// two versions. Legal sources are data; the date is passed in.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const planSources = {
  ipRight: upperFirst(`${cite('hol', '§ 7-1')} og ${cite('pbrl', '§ 2-5')}: personer med behov for langvarige og koordinerte tjenester har rett til individuell plan og skal informeres om retten`),
  ipRecorded: `${cite('asker-2026', 'anbefaling 9, pkt. 5.4.1')}: informasjon om rett til IP skal gis og dokumenteres (når, hvordan, om skriftlig informasjon ble gitt) med personens svar`,
  declineReason: `${cite('sarpsborg-2025', 'pkt. 4.2.4')}: begrunnelsen journalføres dersom personen ikke ønsker individuell plan, og det lages likevel planer for samhandling`,
  content: `${cite('forskrift-ip', 'planens innhold')}; ${cite('asker-2026', 'pkt. 5.4.1–5.4.2')}: en IP skal ha koordinator, deltakere, mål og aktiv status (stikkprøve #3: IP uten deltakere)`,
  review: `${cite('asker-2026', 'tabell 8 note 90')}: en aktiv IP som ikke er oppdatert innen revisjonsintervallet flagges; ${cite('sarpsborg-2025', 'pkt. 4.2.4')}: IP er et levende dokument`,
  ownPart: `${cite('sarpsborg-2025', 'pkt. 4.2.4')}: ingen kan legge planer på vegne av andre virksomheter; hver virksomhet eier sin del`,
  consent: upperFirst(`${cite('hpl', '§ 22')} (samtykke til å gi opplysninger) og ${cite('forskrift-ip', 'samtykke')} (planen utarbeides med personens samtykke)`),
} as const;

export type IpAnswer = 'wants-ip' | 'declines' | 'undecided';
type Problem = { path: string; detail: string };

export interface IpInformationInput {
  informedOn: string;
  answer: IpAnswer;
  declineReason?: string | null;
  reaskDate?: string | null;
}

export function ipInformationProblems(i: IpInformationInput, today: string): Problem[] {
  const problems: Problem[] = [];
  if (i.informedOn > today) problems.push({ path: 'body/informedOn', detail: 'Datoen er i fremtiden' });
  if (i.answer === 'declines' && !i.declineReason?.trim()) problems.push({ path: 'body/declineReason', detail: 'Skriv begrunnelsen når personen ikke ønsker individuell plan' });
  if (i.answer === 'undecided') {
    if (!i.reaskDate) problems.push({ path: 'body/reaskDate', detail: 'Sett dato for når personen skal spørres igjen' });
    else if (i.reaskDate <= today) problems.push({ path: 'body/reaskDate', detail: 'Datoen for å spørre igjen må være etter i dag' });
  }
  if (i.answer !== 'undecided' && i.reaskDate) problems.push({ path: 'body/reaskDate', detail: 'Dato for å spørre igjen gjelder bare når personen ikke har bestemt seg' });
  return problems;
}

export interface Check {
  checkId: string;
  source: string;
  met: boolean | null;
  detail: string;
}

/** Two or more services or pathway 3 is taken as long-term, coordinated needs (the audits' sampling rule). */
export function ipInformedCheck(f: { informed: boolean; pathway: number | null; activeUnits: number }): Check {
  const applicable = f.informed || f.pathway === 3 || f.activeUnits >= 2;
  if (!applicable) return { checkId: 'ip-informed', source: planSources.ipRight, met: null, detail: 'Ikke vurdert som behov for langvarige og koordinerte tjenester.' };
  return { checkId: 'ip-informed', source: planSources.ipRight, met: f.informed, detail: f.informed ? 'Informasjon om rett til individuell plan er gitt og dokumentert.' : 'Personen har flere tjenester eller hovedforløp 3, men informasjon om rett til individuell plan er ikke dokumentert.' };
}

export interface PlanFacts {
  status: 'active' | 'paused' | 'closed';
  activeGoals: number;
  /** Participants other than the person, with consent in force. */
  participants: number;
  hasCoordinator: boolean;
  nextReviewDate: string;
}

export type PlanProblemId = 'no-goals' | 'no-participants' | 'no-coordinator' | 'review-overdue';

/** Why a plan is visibly incomplete. A closed plan has none. */
export function planProblems(f: PlanFacts, today: string): { id: PlanProblemId; detail: string; source: string }[] {
  if (f.status === 'closed') return [];
  const problems: { id: PlanProblemId; detail: string; source: string }[] = [];
  if (f.activeGoals === 0) problems.push({ id: 'no-goals', detail: 'Planen har ingen mål. Skriv inn hva som er viktig for personen, med personens egne ord.', source: planSources.content });
  if (f.participants === 0) problems.push({ id: 'no-participants', detail: 'Planen har ingen deltakere utenom personen selv.', source: planSources.content });
  if (!f.hasCoordinator) problems.push({ id: 'no-coordinator', detail: 'Personen har ingen koordinator. Koordinerende enhet må oppnevne en.', source: planSources.content });
  if (f.status === 'active' && today > f.nextReviewDate) problems.push({ id: 'review-overdue', detail: `Planen skulle vært revidert innen ${f.nextReviewDate}.`, source: planSources.review });
  return problems;
}

export function nextReviewAfter(day: LocalDate, intervalDays: number): LocalDate {
  return addDays(day, intervalDays);
}

export function statusChangeProblem(from: PlanFacts['status'], to: PlanFacts['status'], note: string | null | undefined): Problem | null {
  if (from === 'closed') return { path: 'body/status', detail: 'En avsluttet plan kan ikke endres. Opprett en ny plan.' };
  if (to === 'closed' && !note?.trim()) return { path: 'body/statusNote', detail: 'Begrunn hvorfor planen avsluttes' };
  return null;
}

export interface MeasureInput {
  startDate: string;
  deadline: string;
  responsibleUnitId?: string | null;
  responsiblePartnerId?: string | null;
  responsibleUserId?: string | null;
  responsiblePersonName?: string | null;
}

export function measureProblems(m: MeasureInput): Problem[] {
  const problems: Problem[] = [];
  if (Boolean(m.responsibleUnitId) === Boolean(m.responsiblePartnerId)) problems.push({ path: 'body/responsibleUnitId', detail: 'Velg enten en ansvarlig enhet eller en ansvarlig samarbeidspartner' });
  if (!m.responsibleUserId && !m.responsiblePersonName?.trim()) problems.push({ path: 'body/responsibleUserId', detail: 'Oppgi hvem som er ansvarlig for tiltaket' });
  if (m.deadline < m.startDate) problems.push({ path: 'body/deadline', detail: 'Fristen kan ikke være før startdato' });
  return problems;
}

/** Each unit plans its own measures; the coordinator and KE record what others have agreed to. */
export function ownPartProblem(actor: { unitIds: string[]; roles: readonly string[]; userId: string }, coordinatorUserId: string | null, responsibleUnitId: string | null): string | null {
  if (actor.userId === coordinatorUserId || actor.roles.includes('ke')) return null;
  if (responsibleUnitId && actor.unitIds.includes(responsibleUnitId)) return null;
  return 'Du kan bare legge inn og endre tiltak for en enhet du er medlem av. Koordinatoren registrerer tiltak som andre enheter og samarbeidspartnere har påtatt seg.';
}

export interface PlanSnapshot {
  status: string;
  statusNote: string | null;
  reviewIntervalDays: number;
  nextReviewDate: string;
  goals: { id: string; text: string; status: string }[];
  measures: { id: string; goalId: string | null; description: string; responsibleUnitId: string | null; responsiblePartnerId: string | null; responsibleUserId: string | null; responsiblePersonName: string | null; startDate: string; deadline: string; status: string }[];
  participants: { id: string; kind: string; name: string; role: string; userId: string | null; consentWithdrawnAt: string | null }[];
}

const scalarKeys = ['status', 'statusNote', 'reviewIntervalDays', 'nextReviewDate'] as const;
const collectionKeys = ['goals', 'measures', 'participants'] as const;

/** The fields that differ: 'status', 'goals.<id> (ny)', 'measures.<id>.status', 'participants.<id> (fjernet)'. */
export function changedFields(prev: PlanSnapshot | null, next: PlanSnapshot): string[] {
  if (!prev) return ['opprettet'];
  const changed: string[] = scalarKeys.filter((k) => prev[k] !== next[k]);
  for (const key of collectionKeys) {
    const before = new Map<string, Record<string, unknown>>(prev[key].map((item) => [item.id, item]));
    const after = new Map<string, Record<string, unknown>>(next[key].map((item) => [item.id, item]));
    for (const [itemId, item] of after) {
      const old = before.get(itemId);
      if (!old) changed.push(`${key}.${itemId} (ny)`);
      else for (const field of Object.keys(item)) if (JSON.stringify(old[field]) !== JSON.stringify(item[field])) changed.push(`${key}.${itemId}.${field}`);
    }
    for (const itemId of before.keys()) if (!after.has(itemId)) changed.push(`${key}.${itemId} (fjernet)`);
  }
  return changed;
}
