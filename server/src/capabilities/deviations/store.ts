// Avvik: reporting, routing, escalation, and reading (lists and one avvik). Who may read an avvik is
// decided by rules.relationsTo; a linked person is shown only to readers with a service need.
import { and, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { partners, persons, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { deviationEvents, deviationForwardings, deviationMeasures, deviations, deviationEventKinds } from './schema.js';
import { categoryLabels, handlingUnitFor, hiddenPersonNote, needsEscalation, partnerAnswerStatus, relationsTo, severityLabels, statusLabels, type DeviationRelation } from './rules.js';
import type * as s from './schemas.js';

export type DeviationRow = typeof deviations.$inferSelect;
type EventKind = (typeof deviationEventKinds)[number];

export async function loadDeviation(scope: AccessScope, deviationId: string): Promise<DeviationRow> {
  const [row] = await scope.tx.select().from(deviations).where(and(eq(deviations.id, deviationId), eq(deviations.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke avviket.');
  return row;
}

export async function addEvent(scope: AccessScope, deviationId: string, kind: EventKind, details: Record<string, string | number | boolean | null> | null = null): Promise<void> {
  await scope.tx.insert(deviationEvents).values({ tenantId: scope.actor.tenantId, deviationId, kind, actorId: scope.actor.userId, at: scope.now, details });
}

async function measureOwnerIds(scope: AccessScope, deviationIds: string[]): Promise<Map<string, string[]>> {
  const owners = new Map<string, string[]>();
  if (deviationIds.length === 0) return owners;
  const rows = await scope.tx.select({ deviationId: deviationMeasures.deviationId, ownerId: deviationMeasures.ownerId }).from(deviationMeasures).where(inArray(deviationMeasures.deviationId, deviationIds));
  for (const r of rows) owners.set(r.deviationId, [...(owners.get(r.deviationId) ?? []), r.ownerId]);
  return owners;
}

/** The actor's relations to the avvik; refuses (403) when there are none. */
export async function requireReader(scope: AccessScope, row: DeviationRow): Promise<DeviationRelation[]> {
  scope.requireRole('deviation.report');
  const owners = await measureOwnerIds(scope, [row.id]);
  const relations = relationsTo(scope.actor, { ...row, measureOwnerIds: owners.get(row.id) ?? [] });
  if (relations.length === 0) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare se avvik du har meldt, avvik som er sendt til eller meldt fra en enhet du leder, og avvik der du eier et tiltak.');
  return relations;
}

/** Active unit leaders by unit, and the unit tree, for routing. */
async function organisation(scope: AccessScope) {
  const tree = await scope.tx.select({ id: units.id, parentId: units.parentId, name: units.name, active: units.active }).from(units).where(eq(units.tenantId, scope.actor.tenantId));
  const leaders = await scope.tx
    .select({ unitId: unitMemberships.unitId, name: users.displayName })
    .from(unitMemberships)
    .innerJoin(users, eq(users.id, unitMemberships.userId))
    .where(and(eq(unitMemberships.tenantId, scope.actor.tenantId), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now), eq(users.active, true), sql`'unit-leader' = any(${users.roles})`));
  return { tree, leaders };
}

async function staffWithRole(scope: AccessScope, role: 'director' | 'quality-adviser'): Promise<string[]> {
  const rows = await scope.tx.select({ name: users.displayName }).from(users).where(and(eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true), sql`${role} = any(${users.roles})`));
  return rows.map((r) => r.name).sort();
}

export type Concerned = z.infer<typeof s.concerned>;

/** Checks who the avvik concerns and finds the unit whose leaders handle it. */
export async function route(scope: AccessScope, concerned: Concerned, reporterUnitId: string | null, path: string) {
  const { tree, leaders } = await organisation(scope);
  let name: string;
  if (concerned.kind === 'unit') {
    const unit = tree.find((u) => u.id === concerned.unitId);
    if (!unit?.active) throw new HelhetError('UNPROCESSABLE', 'Enheten avviket gjelder finnes ikke eller er ikke aktiv.', [{ path: `${path}/unitId`, detail: 'Ukjent enhet' }]);
    name = unit.name;
  } else {
    const [partner] = await scope.tx.select({ name: partners.name }).from(partners).where(and(eq(partners.id, concerned.partnerId), eq(partners.tenantId, scope.actor.tenantId)));
    if (!partner) throw new HelhetError('UNPROCESSABLE', 'Samarbeidspartneren avviket gjelder finnes ikke.', [{ path: `${path}/partnerId`, detail: 'Ukjent samarbeidspartner' }]);
    name = partner.name;
  }
  const handlingUnitId = handlingUnitFor(concerned.kind === 'unit' ? concerned.unitId : reporterUnitId, tree, new Set(leaders.map((l) => l.unitId)));
  const recipients = handlingUnitId ? leaders.filter((l) => l.unitId === handlingUnitId).map((l) => l.name).sort() : await staffWithRole(scope, 'quality-adviser');
  return {
    columns: { concernedUnitId: concerned.kind === 'unit' ? concerned.unitId : null, concernedPartnerId: concerned.kind === 'partner' ? concerned.partnerId : null, handlingUnitId, routedAt: scope.now },
    details: { to: name, handlingUnit: tree.find((u) => u.id === handlingUnitId)?.name ?? null, recipients: recipients.join(', ') || null },
  };
}

/** Serious and critical avvik go to the director: recorded with the recipients' names. */
export async function escalateIfNeeded(scope: AccessScope, row: Pick<DeviationRow, 'id' | 'severity' | 'escalatedAt'>): Promise<void> {
  if (!needsEscalation(row.severity, row.escalatedAt !== null)) return;
  await scope.tx.update(deviations).set({ escalatedAt: scope.now }).where(eq(deviations.id, row.id));
  const directors = await staffWithRole(scope, 'director');
  await addEvent(scope, row.id, 'escalated', { severity: severityLabels[row.severity], recipients: directors.join(', ') || 'ingen kommunedirektør registrert' });
}

export async function reportDeviation(scope: AccessScope, input: z.infer<typeof s.reportBody>): Promise<string> {
  scope.requireRole('deviation.report', input.personId);
  const { actor } = scope;
  let reporterUnitId: string | null = input.reporterUnitId ?? null;
  if (reporterUnitId && !actor.unitIds.includes(reporterUnitId)) throw new HelhetError('UNPROCESSABLE', 'Du kan bare melde fra en enhet du er medlem av.', [{ path: 'body/reporterUnitId', detail: 'Velg en av dine enheter' }]);
  if (!reporterUnitId && actor.unitIds.length > 1) throw new HelhetError('UNPROCESSABLE', 'Du er medlem av flere enheter. Velg hvilken enhet du melder fra.', [{ path: 'body/reporterUnitId', detail: 'Velg en av dine enheter' }]);
  if (!reporterUnitId && actor.unitIds.length === 1) reporterUnitId = actor.unitIds[0]!;
  const concerned: Concerned | null = input.concerned ?? (reporterUnitId ? { kind: 'unit', unitId: reporterUnitId } : null);
  if (!concerned) throw new HelhetError('UNPROCESSABLE', 'Oppgi hvilken enhet eller samarbeidspartner avviket gjelder.', [{ path: 'body/concerned', detail: 'Mangler' }]);
  const occurredAt = input.occurredAt ? new Date(input.occurredAt) : scope.now;
  if (occurredAt.getTime() > scope.now.getTime() + 5 * 60_000) throw new HelhetError('UNPROCESSABLE', 'Tidspunktet for hendelsen kan ikke være frem i tid.', [{ path: 'body/occurredAt', detail: 'Tidspunktet er frem i tid' }]);
  // A linked person needs the reporter's own service need now; the link is logged.
  if (input.personId) await scope.requirePerson(input.personId, 'deviation.link-person');
  const routing = await route(scope, concerned, reporterUnitId, 'body/concerned');
  const [row] = await scope.tx
    .insert(deviations)
    .values({ tenantId: actor.tenantId, description: input.description, occurredAt, location: input.location, category: input.category, severity: input.severity, reportedBy: actor.userId, reporterUnitId, reportedAt: scope.now, personId: input.personId ?? null, ...routing.columns })
    .returning();
  await addEvent(scope, row!.id, 'reported', { category: categoryLabels[input.category], severity: severityLabels[input.severity] });
  await addEvent(scope, row!.id, 'routed', routing.details);
  await escalateIfNeeded(scope, row!);
  return row!.id;
}

const reporterUnit = alias(units, 'reporter_unit');
const concernedUnit = alias(units, 'concerned_unit');
const handlingUnit = alias(units, 'handling_unit');
const reporter = alias(users, 'reporter');

/** Avvik with names, and whether the actor may see the linked person; `where` narrows. */
export async function selectDeviations(scope: AccessScope, where: SQL | undefined, limit = 500) {
  const rows = await scope.tx
    .select({
      d: deviations,
      reporterName: reporter.displayName,
      reporterUnitName: reporterUnit.name,
      concernedUnitName: concernedUnit.name,
      partnerName: partners.name,
      handlingUnitName: handlingUnit.name,
      personVisible: sql<boolean>`coalesce(${scope.visiblePersons(deviations.personId)}, false)`,
      personName: sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`,
    })
    .from(deviations)
    .innerJoin(reporter, eq(reporter.id, deviations.reportedBy))
    .leftJoin(reporterUnit, eq(reporterUnit.id, deviations.reporterUnitId))
    .leftJoin(concernedUnit, eq(concernedUnit.id, deviations.concernedUnitId))
    .leftJoin(partners, eq(partners.id, deviations.concernedPartnerId))
    .leftJoin(handlingUnit, eq(handlingUnit.id, deviations.handlingUnitId))
    .leftJoin(persons, eq(persons.id, deviations.personId))
    .where(and(eq(deviations.tenantId, scope.actor.tenantId), where))
    .orderBy(desc(deviations.reportedAt))
    .limit(limit);
  const ids = rows.map((r) => r.d.id);
  const owners = await measureOwnerIds(scope, ids);
  const open = ids.length ? await scope.tx.select({ deviationId: deviationForwardings.deviationId, answerDueDate: deviationForwardings.answerDueDate }).from(deviationForwardings).where(and(inArray(deviationForwardings.deviationId, ids), isNull(deviationForwardings.answerReceivedOn))) : [];
  const today = localDateAt(scope.now);
  const visiblePersonIds = rows.filter((r) => r.d.personId && r.personVisible).map((r) => r.d.personId!);
  scope.recordListed([...new Set(visiblePersonIds)], 'deviation.read');
  return rows.map((r) => {
    const d = r.d;
    const awaiting = open.filter((f) => f.deviationId === d.id);
    const relations = relationsTo(scope.actor, { ...d, measureOwnerIds: owners.get(d.id) ?? [] });
    const personShown = Boolean(d.personId && r.personVisible);
    return {
      row: d,
      relations,
      summary: {
        id: d.id,
        reference: `AVV-${d.number}`,
        description: d.description,
        occurredAt: d.occurredAt,
        location: d.location,
        category: d.category,
        categoryLabel: categoryLabels[d.category],
        severity: d.severity,
        severityLabel: severityLabels[d.severity],
        status: d.status,
        statusLabel: statusLabels[d.status],
        reportedAt: d.reportedAt,
        reporter: { id: d.reportedBy, displayName: r.reporterName },
        reporterUnit: d.reporterUnitId ? { id: d.reporterUnitId, name: r.reporterUnitName ?? '' } : null,
        concerned: d.concernedUnitId ? { kind: 'unit' as const, id: d.concernedUnitId, name: r.concernedUnitName ?? '' } : { kind: 'partner' as const, id: d.concernedPartnerId!, name: r.partnerName ?? '' },
        handlingUnit: d.handlingUnitId ? { id: d.handlingUnitId, name: r.handlingUnitName ?? '' } : null,
        escalated: d.escalatedAt !== null,
        awaitingPartnerAnswer: awaiting.length > 0,
        partnerAnswerOverdue: awaiting.some((f) => partnerAnswerStatus({ answerReceivedOn: null, answerDueDate: f.answerDueDate }, today) === 'overdue'),
        person: d.personId
          ? personShown
            ? { linked: true, id: d.personId, name: r.personName, hiddenNote: null }
            : { linked: true, id: null, name: null, hiddenNote: hiddenPersonNote }
          : { linked: false, id: null, name: null, hiddenNote: null },
        myRelations: relations,
      },
    };
  });
}

/** The avvik the actor may read (quality advisers and the director: all), narrowed by view and status. */
export async function listDeviations(scope: AccessScope, query: z.infer<typeof s.listQuery>) {
  scope.requireRole('deviation.report');
  const { actor } = scope;
  const oversight = actor.roles.includes('quality-adviser') || actor.roles.includes('director');
  const leader = actor.roles.includes('unit-leader');
  const myUnits = actor.unitIds.length ? actor.unitIds : ['00000000-0000-0000-0000-000000000000'];
  const ownsMeasure = sql`exists (select 1 from ${deviationMeasures} where ${deviationMeasures.deviationId} = ${deviations.id} and ${deviationMeasures.ownerId} = ${actor.userId})`;
  const readable = oversight
    ? undefined
    : or(eq(deviations.reportedBy, actor.userId), ownsMeasure, leader ? or(inArray(deviations.reporterUnitId, myUnits), inArray(deviations.handlingUnitId, myUnits), inArray(deviations.concernedUnitId, myUnits)) : undefined);
  const view =
    query.view === 'reported-by-me'
      ? eq(deviations.reportedBy, actor.userId)
      : query.view === 'to-handle'
        ? and(ne(deviations.status, 'closed'), oversight ? undefined : leader ? inArray(deviations.handlingUnitId, myUnits) : sql`false`)
        : query.view === 'escalated'
          ? isNotNull(deviations.escalatedAt)
          : undefined;
  const status = query.status === 'open' ? ne(deviations.status, 'closed') : query.status ? eq(deviations.status, query.status) : undefined;
  const rows = await selectDeviations(scope, and(readable, view, status), query.limit);
  return rows.map((r) => r.summary);
}
