// Team meetings: invitation of the team, minutes with attendance, the person's view, decisions and
// actions; actions become tasks on their owners' worklists (derived by the worklist job).
import { and, asc, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { persons, teamMembers, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import { queryRows } from '../../platform/db/database.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { individualPlans } from '../plans/index.js';
import { meetingActions, meetingMinutes, meetingParticipants, teamMeetings } from './schema.js';
import { minutesCheck, minutesDueDate, minutesProblems, minutesStatus } from './rules.js';
import type * as s from './schemas.js';

const invalid = (problems: { path: string; detail: string }[]) => new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);

async function loadMeeting(scope: AccessScope, meetingId: string) {
  const [m] = await scope.tx.select().from(teamMeetings).where(and(eq(teamMeetings.id, meetingId), eq(teamMeetings.tenantId, scope.actor.tenantId)));
  if (!m) throw new HelhetError('NOT_FOUND', 'Fant ikke møtet.');
  return m;
}

/** Whether a staff user has a relation (team or serving unit) to the person, so a task for them is visible to them. */
async function hasRelation(scope: AccessScope, userId: string, personId: string): Promise<boolean> {
  const now = scope.now;
  const rows = await queryRows<{ ok: number }>(scope.tx, sql`
    select 1 as ok from team_members t where t.person_id = ${personId} and t.user_id = ${userId} and t.valid_from <= ${now} and (t.valid_to is null or t.valid_to > ${now})
    union all
    select 1 from service_relations r join unit_memberships m on m.unit_id = r.unit_id
      where r.person_id = ${personId} and m.user_id = ${userId} and r.valid_from <= ${now} and (r.valid_to is null or r.valid_to > ${now})
        and m.valid_from <= ${now} and (m.valid_to is null or m.valid_to > ${now})
    limit 1`);
  return rows.length > 0;
}

export async function createMeeting(scope: AccessScope, personId: string, input: z.infer<typeof s.createMeetingBody>, minutesDueDays: number): Promise<string> {
  scope.requireRole('meeting.write', personId);
  await scope.requirePerson(personId, 'meeting.create');
  const { tenantId } = scope.actor;
  const problems: { path: string; detail: string }[] = [];
  if (input.planId && !(await scope.tx.select({ id: individualPlans.id }).from(individualPlans).where(and(eq(individualPlans.id, input.planId), eq(individualPlans.personId, personId)))).length) problems.push({ path: 'body/planId', detail: 'Planen tilhører ikke personen' });
  const staffIds = input.invitees.flatMap((i) => (i.userId ? [i.userId] : []));
  if (new Set(staffIds).size !== staffIds.length) problems.push({ path: 'body/invitees', detail: 'Samme ansatt er invitert to ganger' });
  const team = staffIds.length
    ? await scope.tx.select({ userId: teamMembers.userId, name: users.displayName }).from(teamMembers).innerJoin(users, eq(users.id, teamMembers.userId)).where(and(eq(teamMembers.personId, personId), inArray(teamMembers.userId, staffIds), activeAt(teamMembers.validFrom, teamMembers.validTo, scope.now)))
    : [];
  input.invitees.forEach((i, index) => {
    if (i.userId && !team.some((t) => t.userId === i.userId)) problems.push({ path: `body/invitees/${index}/userId`, detail: 'Den ansatte er ikke med i teamet rundt personen. Legg vedkommende til i teamet eller planen først' });
  });
  if (problems.length) throw invalid(problems);
  const [meeting] = await scope.tx
    .insert(teamMeetings)
    .values({ tenantId, personId, planId: input.planId ?? null, purpose: input.purpose, scheduledAt: input.scheduledAt, location: input.location, organiserId: scope.actor.userId, minutesDueDate: minutesDueDate(localDateAt(input.scheduledAt), minutesDueDays), createdAt: scope.now })
    .returning({ id: teamMeetings.id });
  const [person] = await scope.tx.select({ given: persons.givenName, family: persons.familyName }).from(persons).where(eq(persons.id, personId));
  const rows = [
    ...(input.includePerson ? [{ userId: null, name: `${person!.given} ${person!.family}`, role: 'Personen selv' }] : []),
    ...input.invitees.map((i) => ({ userId: i.userId ?? null, name: i.userId ? team.find((t) => t.userId === i.userId)!.name : i.name!, role: i.role })),
  ];
  await scope.tx.insert(meetingParticipants).values(rows.map((r) => ({ ...r, tenantId, meetingId: meeting!.id })));
  await scope.personChanged(personId);
  return meeting!.id;
}

export async function recordMinutes(scope: AccessScope, meetingId: string, input: z.infer<typeof s.minutesBody>): Promise<void> {
  const m = await loadMeeting(scope, meetingId);
  scope.requireRole('meeting.write', m.personId);
  await scope.requirePerson(m.personId, 'meeting.minutes');
  if (m.status === 'cancelled') throw new HelhetError('CONFLICT', 'Møtet er avlyst.');
  const [existing] = await scope.tx.select({ id: meetingMinutes.id }).from(meetingMinutes).where(eq(meetingMinutes.meetingId, meetingId));
  if (existing) throw new HelhetError('CONFLICT', 'Referatet for møtet er allerede registrert.');
  const invited = await scope.tx.select({ id: meetingParticipants.id }).from(meetingParticipants).where(eq(meetingParticipants.meetingId, meetingId));
  const problems = minutesProblems(input, { invitedIds: invited.map((i) => i.id), meetingDay: localDateAt(m.scheduledAt), today: localDateAt(scope.now) });
  for (const [index, action] of input.actions.entries()) {
    const [owner] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, action.ownerId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
    if (!owner) problems.push({ path: `body/actions/${index}/ownerId`, detail: 'Ukjent ansatt' });
    else if (!(await hasRelation(scope, action.ownerId, m.personId))) problems.push({ path: `body/actions/${index}/ownerId`, detail: 'Eieren av oppgaven har ikke tjenstlig behov for personen (ikke i teamet eller i en enhet som gir tjenester)' });
  }
  if (problems.length) throw invalid(problems);
  const [openPlan] = m.planId ? [{ id: m.planId }] : await scope.tx.select({ id: individualPlans.id }).from(individualPlans).where(and(eq(individualPlans.personId, m.personId), ne(individualPlans.status, 'closed')));
  const { tenantId } = scope.actor;
  await scope.tx.insert(meetingMinutes).values({ tenantId, meetingId, personId: m.personId, planId: openPlan?.id ?? null, agenda: input.agenda, personView: input.personView, decisions: input.decisions, recordedBy: scope.actor.userId, recordedAt: scope.now });
  for (const a of input.attendance) await scope.tx.update(meetingParticipants).set({ attended: a.attended, absenceNote: a.absenceNote ?? null }).where(eq(meetingParticipants.id, a.participantId));
  if (input.actions.length) await scope.tx.insert(meetingActions).values(input.actions.map((a) => ({ tenantId, meetingId, personId: m.personId, description: a.description, ownerId: a.ownerId, dueDate: a.dueDate })));
  await scope.personChanged(m.personId);
}

export async function cancelMeeting(scope: AccessScope, meetingId: string, reason: string): Promise<void> {
  const m = await loadMeeting(scope, meetingId);
  scope.requireRole('meeting.write', m.personId);
  await scope.requirePerson(m.personId, 'meeting.cancel');
  if (m.status === 'cancelled') throw new HelhetError('CONFLICT', 'Møtet er allerede avlyst.');
  if ((await scope.tx.select({ id: meetingMinutes.id }).from(meetingMinutes).where(eq(meetingMinutes.meetingId, meetingId))).length) throw new HelhetError('CONFLICT', 'Et møte med referat kan ikke avlyses.');
  await scope.tx.update(teamMeetings).set({ status: 'cancelled', cancelReason: reason }).where(eq(teamMeetings.id, meetingId));
  await scope.personChanged(m.personId);
}

export async function completeAction(scope: AccessScope, actionId: string, note: string | undefined): Promise<void> {
  const [action] = await scope.tx.select().from(meetingActions).where(and(eq(meetingActions.id, actionId), eq(meetingActions.tenantId, scope.actor.tenantId)));
  if (!action) throw new HelhetError('NOT_FOUND', 'Fant ikke oppgaven fra møtet.');
  // The owner closes their own action; otherwise it takes the coordinator's or KE's role (meeting.write).
  scope.requireRole(action.ownerId === scope.actor.userId ? 'person.read' : 'meeting.write', action.personId);
  await scope.requirePerson(action.personId, 'meeting.action.done', 'full', { actionId });
  if (action.status === 'done') throw new HelhetError('CONFLICT', 'Oppgaven er allerede utført.');
  await scope.tx.update(meetingActions).set({ status: 'done', doneAt: scope.now, doneBy: scope.actor.userId, doneNote: note ?? null }).where(eq(meetingActions.id, actionId));
  await scope.personChanged(action.personId);
}

async function views(scope: AccessScope, where: SQL | undefined) {
  const today = localDateAt(scope.now);
  const organiser = alias(users, 'organiser');
  const meetings = await scope.tx.select({ m: teamMeetings, organiserName: organiser.displayName }).from(teamMeetings).innerJoin(organiser, eq(organiser.id, teamMeetings.organiserId)).where(and(eq(teamMeetings.tenantId, scope.actor.tenantId), where)).orderBy(desc(teamMeetings.scheduledAt));
  if (!meetings.length) return [];
  const ids = meetings.map((r) => r.m.id);
  const participants = await scope.tx.select().from(meetingParticipants).where(inArray(meetingParticipants.meetingId, ids)).orderBy(asc(meetingParticipants.name));
  const minutes = await scope.tx.select({ n: meetingMinutes, recordedByName: users.displayName }).from(meetingMinutes).innerJoin(users, eq(users.id, meetingMinutes.recordedBy)).where(inArray(meetingMinutes.meetingId, ids));
  const owner = alias(users, 'owner');
  const actions = await scope.tx.select({ a: meetingActions, ownerName: owner.displayName }).from(meetingActions).innerJoin(owner, eq(owner.id, meetingActions.ownerId)).where(inArray(meetingActions.meetingId, ids)).orderBy(asc(meetingActions.dueDate));
  return meetings.map(({ m, organiserName }) => {
    const n = minutes.find((x) => x.n.meetingId === m.id);
    const status = minutesStatus({ meetingDay: localDateAt(m.scheduledAt), minutesDueDate: m.minutesDueDate, hasMinutes: Boolean(n), cancelled: m.status === 'cancelled' }, today);
    return {
      id: m.id, personId: m.personId, planId: m.planId, purpose: m.purpose, scheduledAt: m.scheduledAt, location: m.location, organiserName, status: m.status, cancelReason: m.cancelReason,
      minutesDueDate: m.minutesDueDate, minutesStatus: status, flagged: status === 'overdue',
      participants: participants.filter((p) => p.meetingId === m.id).map((p) => ({ id: p.id, userId: p.userId, name: p.name, role: p.role, attended: p.attended, absenceNote: p.absenceNote })),
      minutes: n ? { planId: n.n.planId, agenda: n.n.agenda, personView: n.n.personView, decisions: n.n.decisions, recordedByName: n.recordedByName, recordedAt: n.n.recordedAt } : null,
      actions: actions.filter((a) => a.a.meetingId === m.id).map(({ a, ownerName }) => ({ id: a.id, description: a.description, ownerId: a.ownerId, ownerName, dueDate: a.dueDate, status: a.status, overdue: a.status === 'open' && today > a.dueDate, doneAt: a.doneAt, doneNote: a.doneNote })),
      check: minutesCheck(status, m.minutesDueDate),
    };
  });
}

export async function listMeetings(scope: AccessScope, personId: string, query: z.infer<typeof s.listQuery>) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'meeting.list');
  const pattern = query.q ? `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const text = pattern
    ? sql`(${teamMeetings.purpose} ilike ${pattern} or exists (select 1 from ${meetingMinutes} n where n.meeting_id = ${teamMeetings.id}
        and (n.person_view ilike ${pattern} or array_to_string(n.agenda, ' ') ilike ${pattern} or array_to_string(n.decisions, ' ') ilike ${pattern})))`
    : undefined;
  const plan = query.planId ? sql`(${teamMeetings.planId} = ${query.planId} or exists (select 1 from ${meetingMinutes} n where n.meeting_id = ${teamMeetings.id} and n.plan_id = ${query.planId}))` : undefined;
  return views(scope, and(eq(teamMeetings.personId, personId), text, plan));
}

export async function getMeeting(scope: AccessScope, meetingId: string) {
  const m = await loadMeeting(scope, meetingId);
  scope.requireRole('person.read', m.personId);
  await scope.requirePerson(m.personId, 'meeting.read');
  const [view] = await views(scope, eq(teamMeetings.id, meetingId));
  return view!;
}
