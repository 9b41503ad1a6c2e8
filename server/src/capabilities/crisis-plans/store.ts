// Crisis plans, risk flags, and what the on-call emergency view shows of them.
import { and, desc, eq, gt, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { consents, partners, persons, tenants, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import type { Relation } from '../../platform/access/policy.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { instrumentResults, kartlegginger } from '../assessment/index.js';
import { pathwayHistory } from '../intake/index.js';
import { coordinatorAssignments } from '../coordination/index.js';
import { crisisPlans, riskFlags, type CrisisContact } from './schema.js';
import { crisisPlanCheck, crisisPlanProblems, crisisPlanShown, riskFlagLabels, suicideScreeningWindowDays, type RiskFlagKind } from './rules.js';
import { renderCrisisPlanPdf } from './pdf.js';
import { letterLanguage } from '../../platform/i18n/index.js';
import type * as s from './schemas.js';

/** Staff with a role and a relation; the person themself only through the /api/me routes (`ownRoute`). */
async function requireReader(scope: AccessScope, personId: string, action: string, ownRoute: boolean): Promise<void> {
  if (!(ownRoute && scope.actor.kind === 'person')) scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, action);
}

async function activePlan(tx: Db | Tx, personId: string) {
  const [row] = await tx.select({ p: crisisPlans, updatedByName: users.displayName }).from(crisisPlans).innerJoin(users, eq(users.id, crisisPlans.createdBy)).where(and(eq(crisisPlans.personId, personId), eq(crisisPlans.status, 'active')));
  if (!row) return null;
  const { p } = row;
  return { id: p.id, version: p.version, preparedOn: p.preparedOn, stablePhase: p.stablePhase, warningSigns: p.warningSigns, triggers: p.triggers, whatHelps: p.whatHelps, whatToAvoid: p.whatToAvoid, medication: p.medication, contacts: p.contacts, personsWishes: p.personsWishes, reviewDate: p.reviewDate, updatedAt: p.createdAt, updatedByName: row.updatedByName };
}

/** Recorded violence/suicide flags not cleared, and a PHQ-9 item 9 answer above 0 in the last 12 months. */
export async function riskFlagsFor(tx: Db | Tx, personId: string, now: Date) {
  const recorded = await tx.select().from(riskFlags).where(and(eq(riskFlags.personId, personId), isNull(riskFlags.clearedAt))).orderBy(desc(riskFlags.setAt));
  const [screening] = await tx
    .select({ at: instrumentResults.administeredAt })
    .from(instrumentResults)
    .where(and(eq(instrumentResults.personId, personId), eq(instrumentResults.suicideRiskPrompt, true), gt(instrumentResults.administeredAt, new Date(now.getTime() - suicideScreeningWindowDays * 86400_000))))
    .orderBy(desc(instrumentResults.administeredAt))
    .limit(1);
  return [
    ...recorded.map((f) => ({ id: f.id as string | null, kind: f.kind as RiskFlagKind, label: riskFlagLabels[f.kind], since: f.setAt, note: f.note as string | null, level: f.level, safetyMeasure: f.safetyMeasure, ownerId: f.ownerId, reviewDate: f.reviewDate })),
    ...(screening ? [{ id: null, kind: 'suicide-screening' as const, label: riskFlagLabels['suicide-screening'], since: screening.at, note: null, level: null, safetyMeasure: null, ownerId: null, reviewDate: null }] : []),
  ];
}

async function sharedWith(scope: AccessScope, personId: string) {
  return scope.tx
    .select({ consentId: consents.id, unitId: consents.toUnitId, unitName: units.name, partnerName: partners.name, givenAt: consents.givenAt })
    .from(consents)
    .leftJoin(units, eq(units.id, consents.toUnitId))
    .leftJoin(partners, eq(partners.id, consents.toPartnerId))
    .where(and(eq(consents.personId, personId), eq(consents.scope, 'crisis-plan'), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.givenAt));
}

export async function overview(scope: AccessScope, personId: string, ownRoute = false) {
  await requireReader(scope, personId, 'crisis-plan.read', ownRoute);
  const plan = await activePlan(scope.tx, personId);
  const flags = await riskFlagsFor(scope.tx, personId, scope.now);
  const [pathway] = await scope.tx.select({ pathway: pathwayHistory.pathway }).from(pathwayHistory).where(eq(pathwayHistory.personId, personId)).orderBy(desc(pathwayHistory.recordedAt)).limit(1);
  const { required: _r, ...check } = crisisPlanCheck({ pathway: pathway?.pathway ?? null, riskFlags: flags.map((f) => f.kind), plan }, localDateAt(scope.now));
  return {
    plan,
    sharedWith: (await sharedWith(scope, personId)).map(({ unitId: _u, ...rest }) => rest),
    riskFlags: flags,
    requirement: { ...check, required: _r },
  };
}

export async function saveCrisisPlan(scope: AccessScope, personId: string, input: z.infer<typeof s.crisisPlanBody>): Promise<{ id: string; version: number }> {
  scope.requireRole('crisis-plan.write', personId);
  await scope.requirePerson(personId, 'crisis-plan.save');
  const problems = crisisPlanProblems(input, localDateAt(scope.now));
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  const [current] = await scope.tx.select({ id: crisisPlans.id, version: crisisPlans.version }).from(crisisPlans).where(and(eq(crisisPlans.personId, personId), eq(crisisPlans.status, 'active'))).for('update');
  if (current) await scope.tx.update(crisisPlans).set({ status: 'superseded' }).where(eq(crisisPlans.id, current.id));
  const version = (current?.version ?? 0) + 1;
  const { preparedWithPerson: _p, ...content } = input;
  const [row] = await scope.tx
    .insert(crisisPlans)
    .values({ ...content, triggers: input.triggers ?? null, whatToAvoid: input.whatToAvoid ?? null, medication: input.medication ?? null, personsWishes: input.personsWishes ?? null, preparedWithPerson: true, tenantId: scope.actor.tenantId, personId, version, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: crisisPlans.id });
  await scope.personChanged(personId);
  return { id: row!.id, version };
}

export async function addRiskFlag(scope: AccessScope, personId: string, input: z.infer<typeof s.riskFlagBody>): Promise<string> {
  scope.requireRole('crisis-plan.write', personId);
  await scope.requirePerson(personId, 'risk-flag.set', 'full', { kind: input.kind });
  const [existing] = await scope.tx.select({ id: riskFlags.id }).from(riskFlags).where(and(eq(riskFlags.personId, personId), eq(riskFlags.kind, input.kind), isNull(riskFlags.clearedAt)));
  if (existing) throw new HelhetError('CONFLICT', `Personen har allerede et aktivt flagg for ${riskFlagLabels[input.kind].toLowerCase()}.`, undefined, { existingId: existing.id });
  const [row] = await scope.tx.insert(riskFlags).values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, note: input.note, setAt: scope.now, setBy: scope.actor.userId }).returning({ id: riskFlags.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function clearRiskFlag(scope: AccessScope, personId: string, flagId: string, note: string): Promise<void> {
  scope.requireRole('crisis-plan.write', personId);
  await scope.requirePerson(personId, 'risk-flag.clear', 'full', { flagId });
  const [flag] = await scope.tx.select({ clearedAt: riskFlags.clearedAt }).from(riskFlags).where(and(eq(riskFlags.id, flagId), eq(riskFlags.personId, personId)));
  if (!flag) throw new HelhetError('NOT_FOUND', 'Fant ikke risikoflagget.');
  if (flag.clearedAt) throw new HelhetError('CONFLICT', 'Risikoflagget er allerede fjernet.');
  await scope.tx.update(riskFlags).set({ clearedAt: scope.now, clearedBy: scope.actor.userId, clearNote: note }).where(eq(riskFlags.id, flagId));
  await scope.personChanged(personId);
}

/**
 * The emergency view's additions. The crisis plan is shown to a team or unit relation, or on break-the-glass
 * only when the person has consented to share it with one of the viewer's units (withdrawn consent hides
 * it on the next request). Showing it is logged as its own entry with the basis.
 */
/**
 * The emergency view's crisis plan, consents to the viewer's units, coordinator, first-contact
 * relatives answer and risk flags, as `'key', value` pairs for one `json_build_object` over the
 * outer row's `personId` (the emergency view reads everything in one statement after the access
 * check). `emergencyExtrasFrom` turns the result into the view's fields and logs the plan read.
 */
export function emergencyExtrasSql(personId: AnyPgColumn, scope: AccessScope): SQL {
  const unitList = scope.actor.unitIds.length ? sql.join(scope.actor.unitIds.map((u) => sql`${u}::uuid`), sql`, `) : sql`null::uuid`;
  const screeningSince = new Date(scope.now.getTime() - suicideScreeningWindowDays * 86400_000);
  return sql`
    'crisisPlan', (select json_build_object('version', ${crisisPlans.version}, 'warningSigns', ${crisisPlans.warningSigns}, 'triggers', ${crisisPlans.triggers}, 'whatHelps', ${crisisPlans.whatHelps},
        'whatToAvoid', ${crisisPlans.whatToAvoid}, 'medication', ${crisisPlans.medication}, 'contacts', ${crisisPlans.contacts}, 'personsWishes', ${crisisPlans.personsWishes},
        'reviewDate', ${crisisPlans.reviewDate}, 'updatedAt', ${crisisPlans.createdAt})
      from ${crisisPlans} where ${crisisPlans.personId} = ${personId} and ${crisisPlans.status} = 'active'),
    'consentedUnits', coalesce((select json_agg(json_build_object('unitId', ${consents.toUnitId}, 'unitName', ${units.name}) order by ${consents.givenAt} desc)
      from ${consents} join ${units} on ${units.id} = ${consents.toUnitId}
      where ${consents.personId} = ${personId} and ${consents.scope} = 'crisis-plan' and ${consents.withdrawnAt} is null and ${consents.toUnitId} in (${unitList})), '[]'::json),
    'coordinator', (select json_build_object('displayName', ${users.displayName}, 'phone', ${users.phone})
      from ${coordinatorAssignments} join ${users} on ${users.id} = ${coordinatorAssignments.userId} join ${units} on ${units.id} = ${coordinatorAssignments.unitId}
      where ${coordinatorAssignments.personId} = ${personId} and ${coordinatorAssignments.validTo} is null limit 1),
    'firstContactRelatives', (select ${kartlegginger.relatives} from ${kartlegginger}
      where ${kartlegginger.personId} = ${personId} and ${kartlegginger.relatives} is not null order by ${kartlegginger.occasion} desc limit 1),
    'riskFlags', coalesce((select json_agg(json_build_object('kind', ${riskFlags.kind}, 'since', ${riskFlags.setAt}, 'level', ${riskFlags.level}, 'safetyMeasure', ${riskFlags.safetyMeasure}) order by ${riskFlags.setAt} desc)
      from ${riskFlags} where ${riskFlags.personId} = ${personId} and ${riskFlags.clearedAt} is null), '[]'::json),
    'suicideScreeningAt', (select ${instrumentResults.administeredAt} from ${instrumentResults}
      where ${instrumentResults.personId} = ${personId} and ${instrumentResults.suicideRiskPrompt} and ${instrumentResults.administeredAt} > ${screeningSince}
      order by ${instrumentResults.administeredAt} desc limit 1)`;
}

/** What `emergencyExtrasSql` read, as JSON. */
export interface EmergencyExtrasRow {
  crisisPlan: { version: number; warningSigns: string; triggers: string | null; whatHelps: string; whatToAvoid: string | null; medication: string | null; contacts: CrisisContact[]; personsWishes: string | null; reviewDate: string; updatedAt: string } | null;
  consentedUnits: { unitId: string; unitName: string }[];
  coordinator: { displayName: string; phone: string | null } | null;
  firstContactRelatives: { closestRelative?: string | null } | null;
  riskFlags: { kind: RiskFlagKind; since: string; level: 'green' | 'yellow' | 'red' | null; safetyMeasure: string | null }[];
  suicideScreeningAt: string | null;
}

/** The emergency view's extra fields; the crisis plan only if shown (relation or consent), and its read is logged. */
export function emergencyExtrasFrom(scope: AccessScope, personId: string, relation: Relation, row: EmergencyExtrasRow) {
  const plan = row.crisisPlan;
  let status: 'shown' | 'not-shared' | 'none' = 'none';
  if (plan) {
    const decision = crisisPlanShown({ relation: relation.kind, viewerUnitIds: scope.actor.unitIds, consentedUnits: scope.actor.unitIds.length ? row.consentedUnits : [] });
    status = decision.shown ? 'shown' : 'not-shared';
    if (decision.shown) scope.recordWrite(personId, 'crisis-plan.read', decision.basis, { version: plan.version, emergency: relation.kind === 'emergency' });
  }
  const flags = [
    ...row.riskFlags.map((f) => ({ kind: f.kind as RiskFlagKind, label: riskFlagLabels[f.kind], since: new Date(f.since), level: f.level, safetyMeasure: f.safetyMeasure })),
    ...(row.suicideScreeningAt ? [{ kind: 'suicide-screening' as const, label: riskFlagLabels['suicide-screening'], since: new Date(row.suicideScreeningAt), level: null, safetyMeasure: null }] : []),
  ];
  return {
    crisisPlan: status === 'shown' && plan ? { warningSigns: plan.warningSigns, triggers: plan.triggers, whatHelps: plan.whatHelps, whatToAvoid: plan.whatToAvoid, medication: plan.medication, contacts: plan.contacts, personsWishes: plan.personsWishes, reviewDate: plan.reviewDate, updatedAt: new Date(plan.updatedAt) } : null,
    crisisPlanStatus: status,
    riskFlags: flags,
    coordinator: row.coordinator,
    closestRelative: row.firstContactRelatives?.closestRelative ?? null,
  };
}

export async function printCrisisPlan(scope: AccessScope, personId: string, large: boolean, ownRoute = false): Promise<Buffer> {
  const view = await overview(scope, personId, ownRoute);
  if (!view.plan) throw new HelhetError('NOT_FOUND', scope.actor.kind === 'person' ? 'Du har ingen kriseplan.' : 'Personen har ingen kriseplan.');
  const [row] = await scope.tx.select({ municipality: tenants.name, municipalityLanguage: tenants.writtenLanguage, personLanguage: persons.writtenLanguage, given: persons.givenName, family: persons.familyName }).from(persons).innerJoin(tenants, eq(tenants.id, persons.tenantId)).where(eq(persons.id, personId));
  scope.recordWrite(personId, 'crisis-plan.print', scope.actor.kind === 'person' ? 'own' : 'relation', { large });
  return renderCrisisPlanPdf({ personName: `${row!.given} ${row!.family}`, plan: view.plan, sharedWith: view.sharedWith.map((c) => c.unitName ?? c.partnerName ?? '') }, { large, municipality: row!.municipality, language: letterLanguage(row!.personLanguage, row!.municipalityLanguage) });
}
