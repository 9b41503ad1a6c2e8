// KE's inbox, the coordinator register, appointments and changes, and requests for a new coordinator.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { persons, serviceRelations, teamMembers, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { tasks } from '../worklist/index.js';
import { coordinationEvents, coordinatorAssignments, coordinatorRequests, coordinators, coordinatorTrainings, ipMessages } from './schema.js';
import { appointmentProblem, coordinationSources, ipMessageDueDate, missingCoreModules, trainingModuleLabels } from './rules.js';
import type * as s from './schemas.js';

type MessageInput = { kind: 'ip' | 'coordinator'; source: (typeof ipMessages.$inferInsert)['source']; content: string; ipInformationId?: string };

/** The tenant's coordinating unit (service area 'koordinerende-enhet'). */
async function keUnitId(scope: AccessScope): Promise<string> {
  const [unit] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, scope.actor.tenantId), eq(units.serviceArea, 'koordinerende-enhet'), eq(units.active, true))).orderBy(asc(units.name)).limit(1);
  if (!unit) throw new HelhetError('UNPROCESSABLE', 'Kommunen har ingen koordinerende enhet registrert. Administrator må opprette en enhet med tjenesteområde «koordinerende-enhet».');
  return unit.id;
}

/** A message to KE opens a case for KE (as a henvendelse does for the receiving unit), so KE can act on it. */
async function ensureKeCase(scope: AccessScope, personId: string, unitId: string, reason: string): Promise<void> {
  const [active] = await scope.tx.select({ id: serviceRelations.id }).from(serviceRelations).where(and(eq(serviceRelations.personId, personId), eq(serviceRelations.unitId, unitId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now)));
  if (active) return;
  await scope.grant({ kind: 'relation-open', personId, unitId, basis: 'ke-message', reason, action: 'ke.case-opened' });
}

/** Sends a message of IP need (or of a coordinator offer) to KE. The caller has checked access. */
export async function sendIpMessage(scope: AccessScope, personId: string, input: MessageInput): Promise<string> {
  const keUnit = await keUnitId(scope);
  await ensureKeCase(scope, personId, keUnit, input.kind === 'ip' ? 'Melding om behov for individuell plan' : 'Melding om tilbud om koordinator');
  const [row] = await scope.tx
    .insert(ipMessages)
    .values({ tenantId: scope.actor.tenantId, personId, keUnitId: keUnit, kind: input.kind, source: input.source, ipInformationId: input.ipInformationId ?? null, content: input.content, receivedAt: scope.now, dueDate: ipMessageDueDate(localDateAt(scope.now)), createdBy: scope.actor.userId })
    .returning({ id: ipMessages.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function createIpMessage(scope: AccessScope, personId: string, input: z.infer<typeof s.createIpMessageBody>): Promise<string> {
  scope.requireRole('ip.inform', personId);
  await scope.requirePerson(personId, 'ip-message.create');
  return sendIpMessage(scope, personId, { ...input, kind: input.kind, source: input.source as MessageInput['source'] });
}

/** Marks the person's open IP messages as started: an individual plan now exists. */
export async function markIpWorkStarted(scope: AccessScope, personId: string, note: string): Promise<void> {
  await scope.tx.update(ipMessages).set({ status: 'started', outcomeNote: note, handledAt: scope.now, handledBy: scope.actor.userId }).where(and(eq(ipMessages.personId, personId), eq(ipMessages.kind, 'ip'), eq(ipMessages.status, 'open')));
}

async function messageViews(scope: AccessScope, where: ReturnType<typeof and>) {
  const today = localDateAt(scope.now);
  const rows = await scope.tx
    .select({ m: ipMessages, personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}` })
    .from(ipMessages)
    .innerJoin(persons, eq(persons.id, ipMessages.personId))
    .where(and(eq(ipMessages.tenantId, scope.actor.tenantId), where))
    .orderBy(asc(ipMessages.dueDate));
  return rows.map(({ m, personName }) => ({
    id: m.id, personId: m.personId, personName, kind: m.kind, source: m.source, content: m.content, receivedAt: m.receivedAt, dueDate: m.dueDate,
    overdue: m.status === 'open' && today > m.dueDate, status: m.status, outcomeNote: m.outcomeNote, handledAt: m.handledAt,
    legalSource: m.kind === 'ip' ? coordinationSources.startIpWork : coordinationSources.coordinatorWithoutIp,
  }));
}

export async function inbox(scope: AccessScope, status: 'open' | 'all') {
  scope.requireRole('ke.manage');
  if (scope.actor.unitIds.length === 0) return [];
  const items = await messageViews(scope, and(inArray(ipMessages.keUnitId, scope.actor.unitIds), status === 'open' ? eq(ipMessages.status, 'open') : undefined, scope.visiblePersons(ipMessages.personId)));
  scope.recordListed([...new Set(items.map((i) => i.personId))], 'ke.inbox');
  return items;
}

export async function rejectMessage(scope: AccessScope, messageId: string, reason: string): Promise<void> {
  const [m] = await scope.tx.select().from(ipMessages).where(and(eq(ipMessages.id, messageId), eq(ipMessages.tenantId, scope.actor.tenantId)));
  if (!m) throw new HelhetError('NOT_FOUND', 'Fant ikke meldingen.');
  scope.requireRole('ke.manage', m.personId);
  await scope.requirePerson(m.personId, 'ip-message.reject');
  if (m.status !== 'open') throw new HelhetError('CONFLICT', 'Meldingen er allerede behandlet.');
  await scope.tx.update(ipMessages).set({ status: 'rejected', outcomeNote: reason, handledAt: scope.now, handledBy: scope.actor.userId }).where(eq(ipMessages.id, messageId));
  await scope.personChanged(m.personId);
}

// ── The coordinator register ────────────────────────────────────────────────

export async function listCoordinators(scope: AccessScope) {
  scope.requireRole('org.read');
  const rows = await scope.tx
    .select({ c: coordinators, displayName: users.displayName, phone: users.phone, unitName: units.name, caseload: sql<number>`(select count(*)::int from ${coordinatorAssignments} a where a.coordinator_id = ${coordinators.id} and a.valid_to is null)` })
    .from(coordinators)
    .innerJoin(users, eq(users.id, coordinators.userId))
    .innerJoin(units, eq(units.id, coordinators.unitId))
    .where(eq(coordinators.tenantId, scope.actor.tenantId))
    .orderBy(asc(users.displayName));
  const training = rows.length ? await scope.tx.select().from(coordinatorTrainings).where(inArray(coordinatorTrainings.coordinatorId, rows.map((r) => r.c.id))).orderBy(asc(coordinatorTrainings.completedOn)) : [];
  return rows.map(({ c, displayName, phone, unitName, caseload }) => {
    const own = training.filter((t) => t.coordinatorId === c.id);
    return {
      id: c.id, userId: c.userId, displayName, phone, unitId: c.unitId, unitName, active: c.active, caseload: Number(caseload),
      training: own.map((t) => ({ module: t.module, label: trainingModuleLabels[t.module], title: t.title, completedOn: t.completedOn })),
      missingModules: missingCoreModules(own.map((t) => t.module)).map((m) => trainingModuleLabels[m as keyof typeof trainingModuleLabels]),
    };
  });
}

export async function registerCoordinator(scope: AccessScope, input: z.infer<typeof s.registerCoordinatorBody>): Promise<string> {
  scope.requireRole('ke.manage');
  const { tenantId } = scope.actor;
  const [user] = await scope.tx.select({ roles: users.roles }).from(users).where(and(eq(users.id, input.userId), eq(users.tenantId, tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!user) throw new HelhetError('UNPROCESSABLE', 'Den ansatte finnes ikke eller er ikke aktiv.', [{ path: 'body/userId', detail: 'Ukjent ansatt' }]);
  if (!user.roles.some((r) => r === 'coordinator' || r === 'ke')) throw new HelhetError('UNPROCESSABLE', 'Den ansatte har ikke rollen koordinator. Administrator kan gi rollen.', [{ path: 'body/userId', detail: 'Mangler rollen koordinator' }]);
  const [member] = await scope.tx.select({ id: unitMemberships.id }).from(unitMemberships).where(and(eq(unitMemberships.userId, input.userId), eq(unitMemberships.unitId, input.unitId), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)));
  if (!member) throw new HelhetError('UNPROCESSABLE', 'Koordinatoren er ikke medlem av enheten.', [{ path: 'body/unitId', detail: 'Velg en enhet den ansatte er medlem av' }]);
  const [taken] = await scope.tx.select({ id: coordinators.id }).from(coordinators).where(and(eq(coordinators.tenantId, tenantId), eq(coordinators.userId, input.userId)));
  if (taken) throw new HelhetError('CONFLICT', 'Den ansatte er allerede i koordinatorregisteret.', undefined, { existingId: taken.id });
  const [row] = await scope.tx.insert(coordinators).values({ tenantId, userId: input.userId, unitId: input.unitId, note: input.note ?? null, registeredAt: scope.now, registeredBy: scope.actor.userId }).returning({ id: coordinators.id });
  return row!.id;
}

async function loadCoordinator(scope: AccessScope, coordinatorId: string) {
  const [c] = await scope.tx.select().from(coordinators).where(and(eq(coordinators.id, coordinatorId), eq(coordinators.tenantId, scope.actor.tenantId)));
  if (!c) throw new HelhetError('NOT_FOUND', 'Fant ikke koordinatoren i registeret.');
  return c;
}

export async function recordTraining(scope: AccessScope, coordinatorId: string, input: z.infer<typeof s.trainingBody>): Promise<string> {
  scope.requireRole('ke.manage');
  await loadCoordinator(scope, coordinatorId);
  if (input.completedOn > localDateAt(scope.now)) throw new HelhetError('UNPROCESSABLE', 'Kurset kan ikke være fullført frem i tid.', [{ path: 'body/completedOn', detail: 'Datoen er i fremtiden' }]);
  if (input.module === 'other' && !input.title?.trim()) throw new HelhetError('UNPROCESSABLE', 'Oppgi navnet på kurset.', [{ path: 'body/title', detail: 'Skriv kursets navn' }]);
  const [row] = await scope.tx.insert(coordinatorTrainings).values({ tenantId: scope.actor.tenantId, coordinatorId, module: input.module, title: input.title ?? null, completedOn: input.completedOn, recordedBy: scope.actor.userId, recordedAt: scope.now }).returning({ id: coordinatorTrainings.id });
  return row!.id;
}

export async function updateCoordinator(scope: AccessScope, coordinatorId: string, input: z.infer<typeof s.updateCoordinatorBody>): Promise<void> {
  scope.requireRole('ke.manage');
  await loadCoordinator(scope, coordinatorId);
  if (!input.active) {
    const [load] = await scope.tx.select({ n: sql<number>`count(*)::int` }).from(coordinatorAssignments).where(and(eq(coordinatorAssignments.coordinatorId, coordinatorId), isNull(coordinatorAssignments.validTo)));
    if (Number(load!.n) > 0) throw new HelhetError('CONFLICT', `Koordinatoren har fortsatt ${load!.n} personer. Oppnevn ny koordinator for dem først.`);
  }
  await scope.tx.update(coordinators).set({ active: input.active }).where(eq(coordinators.id, coordinatorId));
}

// ── Appointment, offer, change, end ──────────────────────────────────────────

export async function currentCoordinator(tx: Db | Tx, personId: string) {
  const [row] = await tx
    .select({ assignmentId: coordinatorAssignments.id, userId: coordinatorAssignments.userId, displayName: users.displayName, phone: users.phone, unitId: coordinatorAssignments.unitId, unitName: units.name, basis: coordinatorAssignments.basis, since: coordinatorAssignments.validFrom, chosenWithPerson: coordinatorAssignments.chosenWithPerson, teamMemberId: coordinatorAssignments.teamMemberId })
    .from(coordinatorAssignments)
    .innerJoin(users, eq(users.id, coordinatorAssignments.userId))
    .innerJoin(units, eq(units.id, coordinatorAssignments.unitId))
    .where(and(eq(coordinatorAssignments.personId, personId), isNull(coordinatorAssignments.validTo)));
  return row ?? null;
}

export async function coordinatorOfferRecorded(tx: Db | Tx, personId: string): Promise<boolean> {
  const [row] = await tx.select({ id: coordinationEvents.id }).from(coordinationEvents).where(and(eq(coordinationEvents.personId, personId), inArray(coordinationEvents.kind, ['offered', 'offer-declined']))).limit(1);
  return Boolean(row);
}

async function endAssignment(scope: AccessScope, personId: string, current: NonNullable<Awaited<ReturnType<typeof currentCoordinator>>>, reason: string): Promise<void> {
  await scope.tx.update(coordinatorAssignments).set({ validTo: scope.now, endReason: reason }).where(eq(coordinatorAssignments.id, current.assignmentId));
  if (current.teamMemberId) await scope.grant({ kind: 'team-unlink', personId, memberId: current.teamMemberId, via: 'coordinator' });
}

const handleCoordinatorMessages = (scope: AccessScope, personId: string, note: string) =>
  scope.tx.update(ipMessages).set({ status: 'offered', outcomeNote: note, handledAt: scope.now, handledBy: scope.actor.userId }).where(and(eq(ipMessages.personId, personId), eq(ipMessages.kind, 'coordinator'), eq(ipMessages.status, 'open')));

export async function appointCoordinator(scope: AccessScope, personId: string, input: z.infer<typeof s.appointBody>): Promise<void> {
  scope.requireRole('ke.manage', personId);
  await scope.requirePerson(personId, 'coordinator.appoint', 'full', { coordinatorId: input.coordinatorId });
  const c = await loadCoordinator(scope, input.coordinatorId);
  if (!c.active) throw new HelhetError('UNPROCESSABLE', 'Koordinatoren er ikke aktiv i registeret.', [{ path: 'body/coordinatorId', detail: 'Inaktiv koordinator' }]);
  const current = await currentCoordinator(scope.tx, personId);
  const problem = appointmentProblem({ current, next: { userId: c.userId, handoverNote: input.handoverNote } });
  if (problem) throw new HelhetError(problem.path === 'body/coordinatorId' ? 'CONFLICT' : 'UNPROCESSABLE', `${problem.detail}.`, [problem]);
  if (current) await endAssignment(scope, personId, current, 'Byttet koordinator');
  const teamMemberId = await scope.grant({ kind: 'team-link', personId, userId: c.userId, teamRole: 'Koordinator', via: 'coordinator' });
  await scope.tx.insert(coordinatorAssignments).values({ tenantId: scope.actor.tenantId, personId, coordinatorId: c.id, userId: c.userId, unitId: c.unitId, basis: input.basis, reason: input.reason, chosenWithPerson: input.chosenWithPerson, teamMemberId, validFrom: scope.now, appointedBy: scope.actor.userId });
  await scope.tx.insert(coordinationEvents).values({ tenantId: scope.actor.tenantId, personId, kind: current ? 'changed' : 'appointed', fromUserId: current?.userId ?? null, toUserId: c.userId, note: input.reason, handoverNote: input.handoverNote ?? null, occurredAt: scope.now, recordedBy: scope.actor.userId });
  await handleCoordinatorMessages(scope, personId, 'Koordinator oppnevnt');
  await scope.personChanged(personId);
}

export async function recordOffer(scope: AccessScope, personId: string, input: z.infer<typeof s.offerBody>): Promise<void> {
  scope.requireRole('ke.manage', personId);
  await scope.requirePerson(personId, 'coordinator.offer', 'full', { accepted: input.accepted });
  await scope.tx.insert(coordinationEvents).values({ tenantId: scope.actor.tenantId, personId, kind: input.accepted ? 'offered' : 'offer-declined', note: input.note, occurredAt: scope.now, recordedBy: scope.actor.userId });
  await handleCoordinatorMessages(scope, personId, input.accepted ? 'Koordinator tilbudt, personen takket ja' : 'Koordinator tilbudt, personen takket nei');
  await scope.personChanged(personId);
}

export async function endCoordinator(scope: AccessScope, personId: string, reason: string): Promise<void> {
  scope.requireRole('ke.manage', personId);
  await scope.requirePerson(personId, 'coordinator.end');
  const current = await currentCoordinator(scope.tx, personId);
  if (!current) throw new HelhetError('CONFLICT', 'Personen har ingen koordinator.');
  await endAssignment(scope, personId, current, reason);
  await scope.tx.insert(coordinationEvents).values({ tenantId: scope.actor.tenantId, personId, kind: 'ended', fromUserId: current.userId, note: reason, occurredAt: scope.now, recordedBy: scope.actor.userId });
  await scope.personChanged(personId);
}

export async function createRequest(scope: AccessScope, personId: string, input: z.infer<typeof s.requestBody>): Promise<string> {
  scope.requireRole('ip.inform', personId);
  await scope.requirePerson(personId, 'coordinator-request.create');
  const keUnit = await keUnitId(scope);
  await ensureKeCase(scope, personId, keUnit, 'Ønske om ny koordinator');
  const [row] = await scope.tx.insert(coordinatorRequests).values({ tenantId: scope.actor.tenantId, personId, keUnitId: keUnit, reason: input.reason, receivedVia: input.receivedVia, requestedAt: scope.now, recordedBy: scope.actor.userId }).returning({ id: coordinatorRequests.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function overview(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'coordination.read');
  const from = alias(users, 'from_user');
  const to = alias(users, 'to_user');
  const recorder = alias(users, 'recorder');
  const current = await currentCoordinator(scope.tx, personId);
  const events = await scope.tx
    .select({ kind: coordinationEvents.kind, fromName: from.displayName, toName: to.displayName, note: coordinationEvents.note, handoverNote: coordinationEvents.handoverNote, occurredAt: coordinationEvents.occurredAt, recordedByName: recorder.displayName })
    .from(coordinationEvents)
    .leftJoin(from, eq(from.id, coordinationEvents.fromUserId))
    .leftJoin(to, eq(to.id, coordinationEvents.toUserId))
    .innerJoin(recorder, eq(recorder.id, coordinationEvents.recordedBy))
    .where(eq(coordinationEvents.personId, personId))
    .orderBy(desc(coordinationEvents.occurredAt));
  const requests = await scope.tx
    .select({ r: coordinatorRequests, taskStatus: tasks.status, answer: tasks.note, handledAt: tasks.closedAt })
    .from(coordinatorRequests)
    .leftJoin(tasks, eq(tasks.uniqueKey, sql`'coordinator-request:' || ${coordinatorRequests.id}`))
    .where(eq(coordinatorRequests.personId, personId))
    .orderBy(desc(coordinatorRequests.requestedAt));
  return {
    coordinator: current && { assignmentId: current.assignmentId, userId: current.userId, displayName: current.displayName, phone: current.phone, unitName: current.unitName, basis: current.basis, since: current.since, chosenWithPerson: current.chosenWithPerson },
    events,
    requests: requests.map(({ r, taskStatus, answer, handledAt }) => ({ id: r.id, reason: r.reason, receivedVia: r.receivedVia, requestedAt: r.requestedAt, status: taskStatus === 'done' ? ('handled' as const) : ('open' as const), answer: taskStatus === 'done' ? answer : null, handledAt: taskStatus === 'done' ? handledAt : null })),
    messages: await messageViews(scope, eq(ipMessages.personId, personId)),
  };
}
