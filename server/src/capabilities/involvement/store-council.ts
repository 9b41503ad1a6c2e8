// The user council (brukerråd): meetings with minutes, the council's input and what was done about it;
// and peer workers (erfaringskonsulenter) in units. Organisation data, no person records.
import { and, asc, desc, eq, inArray, isNull, or, gt } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt, norwegianDate, toDayNumber, type LocalDate } from '../../platform/calendar/index.js';
import { peerWorkers, userCouncilInputs, userCouncilMeetings } from './schema.js';
import { councilMeetingsPerYear, inputOverdue, involvementSources } from './rules.js';
import type * as s from './schemas.js';

async function requireUnit(scope: AccessScope, unitId: string, path: string): Promise<void> {
  const [row] = await scope.tx.select({ id: units.id, active: units.active }).from(units).where(and(eq(units.id, unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('UNPROCESSABLE', 'Enheten finnes ikke.', [{ path, detail: 'Ukjent enhet' }]);
  if (!row.active) throw new HelhetError('UNPROCESSABLE', 'Enheten er lagt ned.', [{ path, detail: 'Enheten er lagt ned' }]);
}

export async function getCouncil(scope: AccessScope, query: z.infer<typeof s.councilQuery>) {
  scope.requireRole('involvement.read');
  const today = localDateAt(scope.now);
  const year = query.year ?? Number(today.slice(0, 4));
  const recorder = alias(users, 'recorder');
  const follower = alias(users, 'follower');
  const meetings = await scope.tx
    .select({ m: userCouncilMeetings, recordedBy: recorder.displayName })
    .from(userCouncilMeetings)
    .innerJoin(recorder, eq(recorder.id, userCouncilMeetings.recordedBy))
    .where(eq(userCouncilMeetings.tenantId, scope.actor.tenantId))
    .orderBy(desc(userCouncilMeetings.heldOn));
  const inputs = meetings.length
    ? await scope.tx
        .select({ i: userCouncilInputs, unitName: units.name, followedUpBy: follower.displayName })
        .from(userCouncilInputs)
        .leftJoin(units, eq(units.id, userCouncilInputs.unitId))
        .leftJoin(follower, eq(follower.id, userCouncilInputs.followedUpBy))
        .where(inArray(userCouncilInputs.meetingId, meetings.map((m) => m.m.id)))
        .orderBy(asc(userCouncilInputs.topic))
    : [];
  const todayDay = toDayNumber(today);
  const all = meetings.map(({ m, recordedBy }) => ({
    id: m.id,
    heldOn: m.heldOn,
    agenda: m.agenda,
    minutes: m.minutes,
    recordedBy,
    inputs: inputs
      .filter((x) => x.i.meetingId === m.id)
      .map(({ i, unitName, followedUpBy }) => ({ id: i.id, topic: i.topic, text: i.text, unit: i.unitId ? { id: i.unitId, name: unitName ?? '' } : null, status: i.status, followUp: i.followUp, followedUpBy, followedUpAt: i.followedUpAt, overdue: inputOverdue(i, toDayNumber(m.heldOn as LocalDate), todayDay) })),
  }));
  const inYear = all.filter((m) => m.heldOn.startsWith(`${year}-`));
  const allInputs = all.flatMap((m) => m.inputs);
  return {
    year,
    meetingsHeld: inYear.length,
    meetingsRequired: councilMeetingsPerYear,
    meetingsMet: inYear.length >= councilMeetingsPerYear,
    openInputs: allInputs.filter((i) => i.status === 'received' || i.status === 'in-progress').length,
    overdueInputs: allInputs.filter((i) => i.overdue).length,
    meetings: inYear,
    sources: { council: involvementSources.council },
  };
}

export async function recordCouncilMeeting(scope: AccessScope, input: z.infer<typeof s.councilMeetingBody>): Promise<string> {
  scope.requireRole('involvement.write');
  if (input.heldOn > localDateAt(scope.now)) throw new HelhetError('UNPROCESSABLE', 'Et møte kan ikke registreres før det er holdt.', [{ path: 'body/heldOn', detail: 'Datoen er i fremtiden' }]);
  const [row] = await scope.tx.insert(userCouncilMeetings).values({ tenantId: scope.actor.tenantId, heldOn: input.heldOn, agenda: input.agenda, minutes: input.minutes, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: userCouncilMeetings.id });
  return row!.id;
}

export async function addCouncilInput(scope: AccessScope, meetingId: string, input: z.infer<typeof s.councilInputBody>): Promise<string> {
  scope.requireRole('involvement.write');
  const [meeting] = await scope.tx.select({ id: userCouncilMeetings.id }).from(userCouncilMeetings).where(and(eq(userCouncilMeetings.id, meetingId), eq(userCouncilMeetings.tenantId, scope.actor.tenantId)));
  if (!meeting) throw new HelhetError('NOT_FOUND', 'Fant ikke møtet i brukerrådet.');
  if (input.unitId) await requireUnit(scope, input.unitId, 'body/unitId');
  const [row] = await scope.tx.insert(userCouncilInputs).values({ tenantId: scope.actor.tenantId, meetingId, topic: input.topic, text: input.text, unitId: input.unitId ?? null, status: 'received' }).returning({ id: userCouncilInputs.id });
  return row!.id;
}

/** Records what was done about an input. A unit leader follows up input for their own units (or input with no unit). */
export async function followUpInput(scope: AccessScope, inputId: string, input: z.infer<typeof s.followUpBody>): Promise<void> {
  scope.requireRole('involvement.write');
  const [row] = await scope.tx.select().from(userCouncilInputs).where(and(eq(userCouncilInputs.id, inputId), eq(userCouncilInputs.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke innspillet.');
  const { actor } = scope;
  const oversight = actor.roles.some((r) => r === 'quality-adviser' || r === 'director' || r === 'admin');
  if (!oversight && row.unitId && !actor.unitIds.includes(row.unitId)) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Innspillet gjelder en enhet du ikke leder.');
  if (row.status === 'done' || row.status === 'rejected') throw new HelhetError('CONFLICT', 'Innspillet er allerede avsluttet.');
  await scope.tx.update(userCouncilInputs).set({ status: input.status, followUp: input.text, followedUpBy: actor.userId, followedUpAt: scope.now }).where(eq(userCouncilInputs.id, inputId));
}

export async function listPeerWorkers(scope: AccessScope) {
  scope.requireRole('involvement.read');
  const today = localDateAt(scope.now);
  const rows = await scope.tx
    .select({ p: peerWorkers, unitName: units.name })
    .from(peerWorkers)
    .innerJoin(units, eq(units.id, peerWorkers.unitId))
    .where(and(eq(peerWorkers.tenantId, scope.actor.tenantId), or(isNull(peerWorkers.endedOn), gt(peerWorkers.endedOn, `${Number(today.slice(0, 4)) - 1}-01-01`))))
    .orderBy(asc(units.name), asc(peerWorkers.name));
  const items = rows.map(({ p, unitName }) => ({ id: p.id, name: p.name, unit: { id: p.unitId, name: unitName }, role: p.role, startedOn: p.startedOn, endedOn: p.endedOn, active: p.startedOn <= today && (!p.endedOn || p.endedOn > today) }));
  const perUnit = new Map<string, { id: string; name: string; active: number }>();
  for (const i of items) {
    const u = perUnit.get(i.unit.id) ?? { ...i.unit, active: 0 };
    if (i.active) u.active++;
    perUnit.set(i.unit.id, u);
  }
  return { items, perUnit: [...perUnit.values()], source: involvementSources.peerWorkers };
}

export async function registerPeerWorker(scope: AccessScope, input: z.infer<typeof s.peerWorkerBody>): Promise<string> {
  scope.requireRole('involvement.write');
  await requireUnit(scope, input.unitId, 'body/unitId');
  if (input.userId) {
    const [user] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.userId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff')));
    if (!user) throw new HelhetError('UNPROCESSABLE', 'Den ansatte finnes ikke.', [{ path: 'body/userId', detail: 'Ukjent ansatt' }]);
  }
  const [row] = await scope.tx.insert(peerWorkers).values({ tenantId: scope.actor.tenantId, name: input.name, unitId: input.unitId, userId: input.userId ?? null, role: input.role, startedOn: input.startedOn }).returning({ id: peerWorkers.id });
  return row!.id;
}

export async function endPeerWorker(scope: AccessScope, peerWorkerId: string, input: z.infer<typeof s.endPeerWorkerBody>): Promise<void> {
  scope.requireRole('involvement.write');
  const [row] = await scope.tx.select().from(peerWorkers).where(and(eq(peerWorkers.id, peerWorkerId), eq(peerWorkers.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke erfaringskonsulenten.');
  if (row.endedOn) throw new HelhetError('CONFLICT', `Arbeidsforholdet er allerede avsluttet (${row.endedOn}).`);
  if (input.endedOn <= row.startedOn) throw new HelhetError('UNPROCESSABLE', 'Sluttdatoen må være etter startdatoen.', [{ path: 'body/endedOn', detail: `Før eller lik startdatoen ${norwegianDate(row.startedOn)}` }]);
  await scope.tx.update(peerWorkers).set({ endedOn: input.endedOn }).where(eq(peerWorkers.id, peerWorkerId));
}
