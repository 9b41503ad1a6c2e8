// The activity and work offers catalogue (not person data) and a person's participation (person data).
import { and, asc, count, desc, eq, isNull, or, gte, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { activityOffers, activityParticipations, targetGroups } from './schema.js';
import { checks, offerReport } from './rules.js';
import type * as s from './schemas.js';

export async function listOffers(scope: AccessScope, query: z.infer<typeof s.offersQuery>) {
  scope.requireRole('org.read');
  const today = localDateAt(scope.now);
  const where: SQL[] = [eq(activityOffers.tenantId, scope.actor.tenantId)];
  if (query.includeInactive !== 'true') where.push(eq(activityOffers.active, true));
  if (query.area) where.push(eq(activityOffers.area, query.area));
  const participants = scope.tx
    .select({ offerId: activityParticipations.offerId, n: count().as('n') })
    .from(activityParticipations)
    .where(or(isNull(activityParticipations.endedOn), gte(activityParticipations.endedOn, today)))
    .groupBy(activityParticipations.offerId)
    .as('participants');
  const rows = await scope.tx.select({ o: activityOffers, n: participants.n }).from(activityOffers).leftJoin(participants, eq(participants.offerId, activityOffers.id)).where(and(...where)).orderBy(asc(activityOffers.area), asc(activityOffers.name));
  return {
    items: rows
      .filter(({ o }) => !query.targetGroup || o.targetGroups.includes(query.targetGroup) || o.targetGroups.includes('all-adults'))
      .map(({ o, n }) => ({ id: o.id, name: o.name, providerKind: o.providerKind, providerName: o.providerName, category: o.category, area: o.area, times: o.times, sobriety: o.sobriety, targetGroups: o.targetGroups, description: o.description, active: o.active, participants: Number(n ?? 0) })),
  };
}

export async function report(scope: AccessScope) {
  scope.requireRole('org.read');
  const rows = await scope.tx.select().from(activityOffers).where(eq(activityOffers.tenantId, scope.actor.tenantId));
  return offerReport(rows, targetGroups);
}

export async function createOffer(scope: AccessScope, input: z.infer<typeof s.offerBody>): Promise<string> {
  scope.requireRole('activity.write');
  const [existing] = await scope.tx.select({ id: activityOffers.id }).from(activityOffers).where(and(eq(activityOffers.tenantId, scope.actor.tenantId), eq(activityOffers.name, input.name), eq(activityOffers.area, input.area), eq(activityOffers.active, true)));
  if (existing) throw new HelhetError('CONFLICT', 'Et aktivt tilbud med samme navn finnes allerede i området.', undefined, { existingId: existing.id });
  const [row] = await scope.tx
    .insert(activityOffers)
    .values({ tenantId: scope.actor.tenantId, ...input, targetGroups: [...new Set(input.targetGroups)], description: input.description ?? null, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: activityOffers.id });
  return row!.id;
}

export async function updateOffer(scope: AccessScope, offerId: string, input: z.infer<typeof s.offerUpdateBody>): Promise<void> {
  scope.requireRole('activity.write');
  const updated = await scope.tx.update(activityOffers).set(input).where(and(eq(activityOffers.id, offerId), eq(activityOffers.tenantId, scope.actor.tenantId))).returning({ id: activityOffers.id });
  if (!updated.length) throw new HelhetError('NOT_FOUND', 'Fant ikke tilbudet.');
}

export async function personActivities(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'activities.read');
  const rows = await scope.tx.select({ p: activityParticipations, o: activityOffers }).from(activityParticipations).innerJoin(activityOffers, eq(activityOffers.id, activityParticipations.offerId)).where(eq(activityParticipations.personId, personId)).orderBy(desc(activityParticipations.startedOn));
  const today = localDateAt(scope.now);
  return {
    items: rows.map(({ p, o }) => ({ id: p.id, offerId: o.id, offerName: o.name, providerName: o.providerName, area: o.area, times: o.times, startedOn: p.startedOn, endedOn: p.endedOn, note: p.note })),
    checks: checks.map((c) => {
      const { evidence: _e, ...result } = c.evaluate({ participations: rows.map(({ p }) => ({ id: p.id, startedOn: p.startedOn, endedOn: p.endedOn })) }, today);
      return { id: c.id, text: c.text, source: c.source, ...result };
    }),
  };
}

export async function addParticipation(scope: AccessScope, personId: string, input: z.infer<typeof s.participationBody>): Promise<string> {
  scope.requireRole('person.update', personId);
  await scope.requirePerson(personId, 'activities.add', 'full', { offerId: input.offerId });
  const [offer] = await scope.tx.select({ active: activityOffers.active }).from(activityOffers).where(and(eq(activityOffers.id, input.offerId), eq(activityOffers.tenantId, scope.actor.tenantId)));
  if (!offer) throw new HelhetError('UNPROCESSABLE', 'Tilbudet finnes ikke.', [{ path: 'body/offerId', detail: 'Velg et tilbud fra katalogen' }]);
  if (!offer.active) throw new HelhetError('UNPROCESSABLE', 'Tilbudet er ikke lenger aktivt.', [{ path: 'body/offerId', detail: 'Tilbudet er ikke aktivt' }]);
  const [running] = await scope.tx.select({ id: activityParticipations.id }).from(activityParticipations).where(and(eq(activityParticipations.personId, personId), eq(activityParticipations.offerId, input.offerId), isNull(activityParticipations.endedOn)));
  if (running) throw new HelhetError('CONFLICT', 'Personen deltar allerede i dette tilbudet.', undefined, { existingId: running.id });
  const [row] = await scope.tx.insert(activityParticipations).values({ tenantId: scope.actor.tenantId, personId, offerId: input.offerId, startedOn: input.startedOn, note: input.note ?? null, createdBy: scope.actor.userId, createdAt: scope.now }).returning({ id: activityParticipations.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function endParticipation(scope: AccessScope, personId: string, participationId: string, endedOn: string): Promise<void> {
  scope.requireRole('person.update', personId);
  await scope.requirePerson(personId, 'activities.end', 'full', { participationId });
  const [row] = await scope.tx.select({ startedOn: activityParticipations.startedOn, endedOn: activityParticipations.endedOn }).from(activityParticipations).where(and(eq(activityParticipations.id, participationId), eq(activityParticipations.personId, personId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke deltakelsen.');
  if (row.endedOn) throw new HelhetError('CONFLICT', 'Deltakelsen er allerede avsluttet.');
  if (endedOn < row.startedOn) throw new HelhetError('UNPROCESSABLE', 'Sluttdato kan ikke være før startdato.', [{ path: 'body/endedOn', detail: 'Sluttdato er før startdato' }]);
  await scope.tx.update(activityParticipations).set({ endedOn }).where(eq(activityParticipations.id, participationId));
  await scope.personChanged(personId);
}
