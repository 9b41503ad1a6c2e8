// Pure rules for team meetings: when minutes fall due, what complete minutes need (every invitee's
// attendance, the person's view, actions with an owner and a deadline), and the check with its source.
import { addDays, type LocalDate } from '../../platform/calendar/index.js';
import { cite, upperFirst } from '../../platform/law/index.js';

export const meetingSources = {
  minutes: `${cite('asker-2026', 'pkt. 5.4.1 (stikkprøve #2)')}: tverrfaglige møter skal ha registrerte referater, og mål og planer skal evalueres jevnlig`,
  team: `${cite('sarpsborg-2025', 'pkt. 4.2.4')}: ansvarsgruppe brukes for å fordele oppgaver; koordinatoren innkaller og leder møtene i samråd med brukeren`,
  invitation: `${cite('asker-2026', 'pkt. 5.4.1 (stikkprøve #9)')}: det skal gå tydelig frem hvem som skal delta i møtet`,
} as const;

/** Default number of days after a meeting before missing minutes are flagged (HELHET_MINUTES_DUE_DAYS). */
export const defaultMinutesDueDays = 7;

export function minutesDueDate(meetingDay: LocalDate, days: number): LocalDate {
  return addDays(meetingDay, days);
}

export type MinutesStatus = 'recorded' | 'cancelled' | 'upcoming' | 'due' | 'overdue';

/** Missing minutes are due from the day after the meeting, and flagged («overdue») after the due date. */
export function minutesStatus(m: { meetingDay: string; minutesDueDate: string; hasMinutes: boolean; cancelled: boolean }, today: string): MinutesStatus {
  if (m.hasMinutes) return 'recorded';
  if (m.cancelled) return 'cancelled';
  if (today <= m.meetingDay) return 'upcoming';
  return today > m.minutesDueDate ? 'overdue' : 'due';
}

export interface MinutesInput {
  attendance: { participantId: string; attended: boolean }[];
  actions: { ownerId: string; dueDate: string }[];
}

export function minutesProblems(m: MinutesInput, facts: { invitedIds: string[]; meetingDay: string; today: string }): { path: string; detail: string }[] {
  const problems: { path: string; detail: string }[] = [];
  if (facts.meetingDay > facts.today) problems.push({ path: 'body', detail: 'Referatet kan ikke skrives før møtet er holdt' });
  const reported = m.attendance.map((a) => a.participantId);
  const missing = facts.invitedIds.filter((id) => !reported.includes(id));
  const unknown = reported.filter((id) => !facts.invitedIds.includes(id));
  if (missing.length) problems.push({ path: 'body/attendance', detail: `Registrer oppmøte for alle inviterte (${missing.length} mangler)` });
  if (unknown.length) problems.push({ path: 'body/attendance', detail: 'Oppmøtet gjelder noen som ikke var invitert' });
  if (new Set(reported).size !== reported.length) problems.push({ path: 'body/attendance', detail: 'Hver invitert kan bare registreres én gang' });
  m.actions.forEach((a, i) => {
    if (a.dueDate < facts.meetingDay) problems.push({ path: `body/actions/${i}/dueDate`, detail: 'Fristen kan ikke være før møtet' });
  });
  return problems;
}

export function minutesCheck(status: MinutesStatus, dueDate: string): { checkId: string; source: string; met: boolean | null; detail: string } {
  const base = { checkId: 'meeting-minutes', source: meetingSources.minutes };
  if (status === 'recorded') return { ...base, met: true, detail: 'Referat er registrert.' };
  if (status === 'overdue') return { ...base, met: false, detail: `Møtet mangler referat (frist ${dueDate}).` };
  return { ...base, met: null, detail: status === 'cancelled' ? 'Møtet ble avlyst.' : 'Referatet er ikke forfalt ennå.' };
}
