// Relatives, their own needs assessments, children as relatives and the units' child-responsible staff.
import { and, asc, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { serviceRelations, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { kartlegginger } from '../assessment/index.js';
import { childFollowUpKinds, childFollowUps, childResponsibleStaff, relativeNeedsAssessments, relatives } from './schema.js';
import { checks, emergencyContact, isChildOn, needsChildResponsible, type RelativesFacts } from './rules.js';
import type * as s from './schemas.js';

/** Units the user is child-responsible for now. */
async function childResponsibleUnitIds(tx: Db | Tx, userId: string, now: Date): Promise<string[]> {
  const rows = await tx.select({ unitId: childResponsibleStaff.unitId }).from(childResponsibleStaff).where(and(eq(childResponsibleStaff.userId, userId), activeAt(childResponsibleStaff.validFrom, childResponsibleStaff.validTo, now)));
  return rows.map((r) => r.unitId);
}

async function servingUnits(tx: Db | Tx, personId: string, now: Date) {
  const rows = await tx
    .select({ id: units.id, name: units.name, serviceArea: units.serviceArea, staffName: users.displayName })
    .from(serviceRelations)
    .innerJoin(units, eq(units.id, serviceRelations.unitId))
    .leftJoin(childResponsibleStaff, and(eq(childResponsibleStaff.unitId, units.id), activeAt(childResponsibleStaff.validFrom, childResponsibleStaff.validTo, now)))
    .leftJoin(users, eq(users.id, childResponsibleStaff.userId))
    .where(and(eq(serviceRelations.personId, personId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, now)))
    .orderBy(asc(units.name));
  const byUnit = new Map<string, { id: string; name: string; needsChildResponsible: boolean; childResponsibleName: string | null }>();
  for (const r of rows) {
    const current = byUnit.get(r.id);
    if (!current) byUnit.set(r.id, { id: r.id, name: r.name, needsChildResponsible: needsChildResponsible(r.serviceArea), childResponsibleName: r.staffName });
    else if (r.staffName && !current.childResponsibleName) current.childResponsibleName = r.staffName;
  }
  return [...byUnit.values()];
}

export async function overview(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'relatives.read');
  const today = localDateAt(scope.now);
  const rows = await scope.tx.select().from(relatives).where(and(eq(relatives.personId, personId), isNull(relatives.endedAt))).orderBy(desc(relatives.closest), asc(relatives.createdAt));
  const ids = rows.map((r) => r.id);
  const needs = ids.length
    ? await scope.tx.select({ a: relativeNeedsAssessments, byName: users.displayName }).from(relativeNeedsAssessments).innerJoin(users, eq(users.id, relativeNeedsAssessments.createdBy)).where(inArray(relativeNeedsAssessments.relativeId, ids)).orderBy(desc(relativeNeedsAssessments.assessedOn))
    : [];
  const follow = ids.length
    ? await scope.tx
        .select({ f: childFollowUps, byName: users.displayName, unitName: units.name })
        .from(childFollowUps)
        .innerJoin(users, eq(users.id, childFollowUps.recordedBy))
        .leftJoin(units, eq(units.id, childFollowUps.unitId))
        .where(inArray(childFollowUps.relativeId, ids))
        .orderBy(asc(childFollowUps.occurredOn), asc(childFollowUps.recordedAt))
    : [];
  const [latest] = await scope.tx.select({ id: kartlegginger.id, occasion: kartlegginger.occasion, relatives: kartlegginger.relatives }).from(kartlegginger).where(and(eq(kartlegginger.personId, personId), isNotNull(kartlegginger.relatives))).orderBy(desc(kartlegginger.occasion)).limit(1);
  const unitsNow = await servingUnits(scope.tx, personId, scope.now);
  const list = rows.map((r) => ({
    id: r.id,
    name: r.name,
    relation: r.relation,
    phone: r.phone,
    isChild: isChildOn(r, today),
    birthDate: r.birthDate,
    livesWithPerson: r.livesWithPerson,
    closest: r.closest,
    consentStatus: r.consentStatus,
    consentScopes: r.consentScopes,
    note: r.note,
    needsAssessments: needs.filter((n) => n.a.relativeId === r.id).map(({ a, byName }) => ({ id: a.id, assessedOn: a.assessedOn, needs: a.needs, careBurden: a.careBurden, supportOffered: a.supportOffered, supportAccepted: a.supportAccepted, nextAssessmentOn: a.nextAssessmentOn, byName })),
    childFollowUps: follow.filter((c) => c.f.relativeId === r.id).sort((a, b) => a.f.occurredOn.localeCompare(b.f.occurredOn) || childFollowUpKinds.indexOf(a.f.kind) - childFollowUpKinds.indexOf(b.f.kind)).map(({ f, byName, unitName }) => ({ id: f.id, kind: f.kind, occurredOn: f.occurredOn, summary: f.summary, form: f.form ? { ...f.form, otherAdultsInvolved: f.form.otherAdultsInvolved ?? null } : null, byName, unitName, byChildResponsible: f.kind === 'follow-up' && f.unitId !== null })),
  }));
  const facts: RelativesFacts = {
    relatives: list.map((r) => ({ id: r.id, name: r.name, isChild: r.isChild, birthDate: r.birthDate, consentStatus: r.consentStatus, needsAssessments: r.needsAssessments, childFollowUps: r.childFollowUps })),
    firstContact: latest?.relatives ? { id: latest.id, hasRelatives: latest.relatives.hasRelatives, childrenOrMinorSiblingsAffected: latest.relatives.childrenOrMinorSiblingsAffected } : null,
    servingUnits: unitsNow,
  };
  return {
    relatives: list,
    firstContact: latest?.relatives ? { occasion: latest.occasion, hasRelatives: latest.relatives.hasRelatives, closestRelative: latest.relatives.closestRelative, childrenOrMinorSiblingsAffected: latest.relatives.childrenOrMinorSiblingsAffected, howToInvolve: latest.relatives.howToInvolve } : null,
    servingUnits: unitsNow,
    checks: checks.map((c) => {
      const { evidence: _e, ...result } = c.evaluate(facts, today);
      return { id: c.id, text: c.text, source: c.source, ...result };
    }),
  };
}

async function requireWriter(scope: AccessScope, personId: string, action: string, details?: Record<string, unknown>) {
  scope.requireRole('relatives.write', personId);
  await scope.requirePerson(personId, action, 'full', details as never);
}

function consentProblems(status: string, scopes: string[]): { path: string; detail: string }[] {
  if (status === 'given' && !scopes.length) return [{ path: 'body/consentScopes', detail: 'Velg hva samtykket omfatter' }];
  if (status !== 'given' && scopes.length) return [{ path: 'body/consentScopes', detail: 'Omfang kan bare velges når personen har samtykket' }];
  return [];
}

export async function addRelative(scope: AccessScope, personId: string, input: z.infer<typeof s.relativeBody>): Promise<string> {
  await requireWriter(scope, personId, 'relatives.add');
  const problems = [
    ...consentProblems(input.consentStatus, input.consentScopes),
    ...(input.isChild && !input.birthDate ? [{ path: 'body/birthDate', detail: 'Oppgi barnets fødselsdato' }] : []),
    ...(input.birthDate && input.birthDate > localDateAt(scope.now) ? [{ path: 'body/birthDate', detail: 'Fødselsdatoen er i fremtiden' }] : []),
  ];
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  if (input.closest) await scope.tx.update(relatives).set({ closest: false }).where(eq(relatives.personId, personId));
  const [row] = await scope.tx
    .insert(relatives)
    .values({ tenantId: scope.actor.tenantId, personId, name: input.name, relation: input.relation, phone: input.phone ?? null, isChild: input.isChild, birthDate: input.birthDate ?? null, livesWithPerson: input.livesWithPerson ?? null, closest: input.closest, consentStatus: input.consentStatus, consentScopes: input.consentScopes, consentRecordedAt: input.consentStatus === 'not-asked' ? null : scope.now, note: input.note ?? null, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: relatives.id });
  await scope.personChanged(personId);
  return row!.id;
}

async function findRelative(scope: AccessScope, personId: string, relativeId: string) {
  const [row] = await scope.tx.select().from(relatives).where(and(eq(relatives.id, relativeId), eq(relatives.personId, personId), isNull(relatives.endedAt)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke den pårørende.');
  return row;
}

export async function updateRelative(scope: AccessScope, personId: string, relativeId: string, input: z.infer<typeof s.relativeUpdateBody>): Promise<void> {
  await requireWriter(scope, personId, 'relatives.update', { relativeId });
  const current = await findRelative(scope, personId, relativeId);
  const status = input.consentStatus ?? current.consentStatus;
  const scopes = input.consentScopes ?? (input.consentStatus && input.consentStatus !== 'given' ? [] : current.consentScopes);
  const problems = consentProblems(status, scopes);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  if (input.closest) await scope.tx.update(relatives).set({ closest: false }).where(eq(relatives.personId, personId));
  const consentChanged = status !== current.consentStatus || JSON.stringify(scopes) !== JSON.stringify(current.consentScopes);
  await scope.tx
    .update(relatives)
    .set({
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.closest !== undefined ? { closest: input.closest } : {}),
      consentStatus: status,
      consentScopes: scopes,
      ...(consentChanged ? { consentRecordedAt: scope.now } : {}),
      ...(input.ended ? { endedAt: scope.now } : {}),
    })
    .where(eq(relatives.id, relativeId));
  await scope.personChanged(personId);
}

export async function addNeedsAssessment(scope: AccessScope, personId: string, relativeId: string, input: z.infer<typeof s.needsAssessmentBody>): Promise<string> {
  await requireWriter(scope, personId, 'relatives.needs-assessment', { relativeId });
  const relative = await findRelative(scope, personId, relativeId);
  const today = localDateAt(scope.now);
  const problems = [
    ...(isChildOn(relative, today) ? [{ path: 'params/relativeId', detail: 'Barn følges opp med skjema for barn som pårørende, ikke pårørendekartlegging' }] : []),
    ...(input.assessedOn > today ? [{ path: 'body/assessedOn', detail: 'Datoen er i fremtiden' }] : []),
    ...(input.nextAssessmentOn && input.nextAssessmentOn <= input.assessedOn ? [{ path: 'body/nextAssessmentOn', detail: 'Neste kartlegging må være etter denne' }] : []),
    ...input.supportAccepted.filter((k) => !input.supportOffered.includes(k)).map(() => ({ path: 'body/supportAccepted', detail: 'Bare tilbudt støtte kan være takket ja til' })),
  ];
  if (problems.length) throw new HelhetError('UNPROCESSABLE', [...new Set(problems.map((p) => p.detail))].join('. ') + '.', problems);
  const [row] = await scope.tx
    .insert(relativeNeedsAssessments)
    .values({ tenantId: scope.actor.tenantId, personId, relativeId, assessedOn: input.assessedOn, needs: input.needs, careBurden: input.careBurden, supportOffered: input.supportOffered, supportAccepted: input.supportAccepted, nextAssessmentOn: input.nextAssessmentOn ?? null, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: relativeNeedsAssessments.id });
  await scope.personChanged(personId);
  return row!.id;
}

export async function addChildFollowUp(scope: AccessScope, personId: string, relativeId: string, input: z.infer<typeof s.childFollowUpBody>): Promise<string> {
  await requireWriter(scope, personId, `relatives.child-${input.kind}`, { relativeId });
  const relative = await findRelative(scope, personId, relativeId);
  const today = localDateAt(scope.now);
  if (!isChildOn(relative, today)) throw new HelhetError('UNPROCESSABLE', 'Den pårørende er ikke registrert som barn under 18 år.', [{ path: 'params/relativeId', detail: 'Ikke et barn under 18 år' }]);
  if (input.occurredOn > today) throw new HelhetError('UNPROCESSABLE', 'Datoen er i fremtiden.', [{ path: 'body/occurredOn', detail: 'Datoen er i fremtiden' }]);
  if (input.kind === 'clarification' && !input.form) throw new HelhetError('UNPROCESSABLE', 'Avklaringen skal ha skjemaet for barn som pårørende.', [{ path: 'body/form', detail: 'Fyll ut skjemaet for barn som pårørende' }]);
  if (input.kind !== 'clarification' && input.form) throw new HelhetError('UNPROCESSABLE', 'Skjemaet hører bare til avklaringen.', [{ path: 'body/form', detail: 'Skjemaet hører bare til avklaringen' }]);
  let unitId: string | null = null;
  if (input.kind === 'follow-up') {
    const mine = await childResponsibleUnitIds(scope.tx, scope.actor.userId, scope.now);
    const serving = (await servingUnits(scope.tx, personId, scope.now)).map((u) => u.id);
    unitId = mine.find((u) => serving.includes(u)) ?? null;
    if (!unitId) throw new HelhetError('UNPROCESSABLE', 'Oppfølgingen skal gjøres av barneansvarlig i en enhet som gir personen tjenester. Du er ikke barneansvarlig der.', [{ path: 'body/kind', detail: 'Bare barneansvarlig kan registrere oppfølgingen' }]);
  }
  const form = input.form ? { ...input.form, otherAdultsInvolved: input.form.otherAdultsInvolved ?? null } : null;
  const [row] = await scope.tx
    .insert(childFollowUps)
    .values({ tenantId: scope.actor.tenantId, personId, relativeId, kind: input.kind, occurredOn: input.occurredOn, summary: input.summary, form, unitId, recordedBy: scope.actor.userId, recordedAt: scope.now })
    .returning({ id: childFollowUps.id });
  await scope.personChanged(personId);
  return row!.id;
}

/** Units and their child-responsible staff; a health unit without one is flagged as vacant. */
export async function listChildResponsible(scope: AccessScope) {
  scope.requireRole('org.read');
  const unitRows = await scope.tx.select({ id: units.id, name: units.name, serviceArea: units.serviceArea }).from(units).where(and(eq(units.tenantId, scope.actor.tenantId), eq(units.active, true))).orderBy(asc(units.name));
  const staff = await scope.tx
    .select({ unitId: childResponsibleStaff.unitId, userId: users.id, displayName: users.displayName, since: childResponsibleStaff.validFrom })
    .from(childResponsibleStaff)
    .innerJoin(users, eq(users.id, childResponsibleStaff.userId))
    .where(and(eq(childResponsibleStaff.tenantId, scope.actor.tenantId), activeAt(childResponsibleStaff.validFrom, childResponsibleStaff.validTo, scope.now)));
  return {
    items: unitRows.map((u) => {
      const mine = staff.filter((x) => x.unitId === u.id).map(({ unitId: _u, ...rest }) => rest);
      const needs = needsChildResponsible(u.serviceArea);
      return { unitId: u.id, unitName: u.name, needsChildResponsible: needs, staff: mine, vacant: needs && mine.length === 0 };
    }),
  };
}

/** Appoint the unit's child-responsible staff (replaces the current one). A unit leader only for own units. */
export async function appointChildResponsible(scope: AccessScope, unitId: string, userId: string): Promise<void> {
  scope.requireRole('child-responsible.write');
  const [unit] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!unit) throw new HelhetError('NOT_FOUND', 'Fant ikke enheten.');
  if (!scope.actor.roles.includes('admin') && !scope.actor.unitIds.includes(unitId)) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare utnevne barneansvarlig i en enhet du er leder for.');
  const [member] = await scope.tx.select({ id: unitMemberships.id }).from(unitMemberships).where(and(eq(unitMemberships.unitId, unitId), eq(unitMemberships.userId, userId), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)));
  if (!member) throw new HelhetError('UNPROCESSABLE', 'Den barneansvarlige må være ansatt i enheten.', [{ path: 'body/userId', detail: 'Velg en ansatt i enheten' }]);
  await scope.tx.update(childResponsibleStaff).set({ validTo: scope.now }).where(and(eq(childResponsibleStaff.unitId, unitId), isNull(childResponsibleStaff.validTo)));
  await scope.tx.insert(childResponsibleStaff).values({ tenantId: scope.actor.tenantId, unitId, userId, validFrom: scope.now, appointedBy: scope.actor.userId });
}

/** For the emergency view: the closest relative the person consented to as crisis contact, or null. */
/**
 * The current relatives' contact and consent fields as one JSON array for the outer row's
 * `personId`, for the emergency view's single statement; `emergencyContact` picks the one shown.
 */
export function emergencyContactSql(personId: AnyPgColumn): SQL {
  return sql`coalesce((select json_agg(json_build_object('name', ${relatives.name}, 'relation', ${relatives.relation}, 'phone', ${relatives.phone}, 'closest', ${relatives.closest}, 'consentStatus', ${relatives.consentStatus}, 'consentScopes', ${relatives.consentScopes}))
    from ${relatives} where ${relatives.personId} = ${personId} and ${relatives.endedAt} is null), '[]'::json)`;
}

export async function consentedEmergencyContact(tx: Db | Tx, personId: string): Promise<string | null> {
  const rows = await tx.select({ name: relatives.name, relation: relatives.relation, phone: relatives.phone, closest: relatives.closest, consentStatus: relatives.consentStatus, consentScopes: relatives.consentScopes }).from(relatives).where(and(eq(relatives.personId, personId), isNull(relatives.endedAt)));
  return emergencyContact(rows);
}
