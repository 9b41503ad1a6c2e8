// Structured risk assessments and the flags they raise. The flag (kind, level, safety measure, owner,
// review date) is for every unit with a relation; the assessment's basis only for the authoring unit or
// a unit the person consented to share restricted information with.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { consents, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { riskFlags, riskFlagsFor } from '../crisis-plans/index.js';
import { riskAssessments } from './schema.js';
import { assessmentProblems, checks, flagEffect, mayReadBasis, riskLevelLabels, type RiskFacts } from './rules.js';
import type * as s from './schemas.js';

export async function overview(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'risk.read');
  const today = localDateAt(scope.now);
  const flags = await riskFlagsFor(scope.tx, personId, scope.now);
  const ownerIds = flags.flatMap((f) => (f.ownerId ? [f.ownerId] : []));
  const owners = ownerIds.length ? await scope.tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ownerIds)) : [];
  const owner = alias(users, 'owner');
  const rows = await scope.tx
    .select({ a: riskAssessments, ownerName: owner.displayName, unitName: units.name })
    .from(riskAssessments)
    .innerJoin(owner, eq(owner.id, riskAssessments.ownerId))
    .innerJoin(units, eq(units.id, riskAssessments.authorUnitId))
    .where(eq(riskAssessments.personId, personId))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt));
  const consented = (await scope.tx.select({ unitId: consents.toUnitId }).from(consents).where(and(eq(consents.personId, personId), eq(consents.scope, 'restricted-notes'), isNull(consents.withdrawnAt)))).flatMap((c) => (c.unitId ? [c.unitId] : []));
  let hidden = 0;
  const assessments = rows.map(({ a, ownerName, unitName }) => {
    const readable = mayReadBasis(scope.actor.unitIds, a.authorUnitId, consented);
    if (!readable) hidden++;
    return { id: a.id, kind: a.kind, assessedOn: a.assessedOn, level: a.level, method: a.method, safetyMeasure: a.safetyMeasure, ownerName, reviewDate: a.reviewDate, authorUnitName: unitName, basis: readable ? a.basis : null };
  });
  const facts: RiskFacts = {
    flags: flags.filter((f) => f.id).map((f) => ({ id: f.id!, kind: f.kind, level: f.level, safetyMeasure: f.safetyMeasure, ownerId: f.ownerId, reviewDate: f.reviewDate })),
    assessments: rows.map(({ a }) => ({ id: a.id, kind: a.kind, assessedOn: a.assessedOn })),
    suicideScreeningOn: (() => {
      const screening = flags.find((f) => f.kind === 'suicide-screening');
      return screening ? localDateAt(screening.since) : null;
    })(),
  };
  return {
    flags: flags.map((f) => ({ id: f.id, kind: f.kind, label: f.label, level: f.level, safetyMeasure: f.safetyMeasure, ownerName: owners.find((o) => o.id === f.ownerId)?.name ?? null, reviewDate: f.reviewDate, since: f.since })),
    assessments,
    hiddenBasisCount: hidden,
    checks: checks.map((c) => {
      const { evidence: _e, ...result } = c.evaluate(facts, today);
      return { id: c.id, text: c.text, source: c.source, ...result };
    }),
  };
}

/** Saves the assessment and raises, updates or clears the flag of its kind, in the request's transaction. */
export async function assess(scope: AccessScope, personId: string, input: z.infer<typeof s.assessmentBody>): Promise<string> {
  scope.requireRole('crisis-plan.write', personId);
  await scope.requirePerson(personId, 'risk.assess', 'full', { kind: input.kind, level: input.level });
  const today = localDateAt(scope.now);
  const problems = assessmentProblems(input, today);
  const unitId = input.unitId ?? scope.actor.unitIds[0];
  if (!unitId || !scope.actor.unitIds.includes(unitId)) problems.push({ path: 'body/unitId', detail: 'Vurderingen må høre til en av enhetene dine' });
  const [ownerRow] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, input.ownerId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!ownerRow) problems.push({ path: 'body/ownerId', detail: 'Eieren må være en aktiv ansatt' });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. ') + '.', problems);
  const [active] = await scope.tx.select({ id: riskFlags.id }).from(riskFlags).where(and(eq(riskFlags.personId, personId), eq(riskFlags.kind, input.kind), isNull(riskFlags.clearedAt))).for('update');
  const effect = flagEffect(input.level, Boolean(active));
  let flagId: string | null = active?.id ?? null;
  const flagValues = { level: input.level, safetyMeasure: input.safetyMeasure, ownerId: input.ownerId, reviewDate: input.reviewDate, note: `${riskLevelLabels[input.level]}: ${input.safetyMeasure}` };
  if (effect === 'raise') {
    const [row] = await scope.tx.insert(riskFlags).values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, setAt: scope.now, setBy: scope.actor.userId, ...flagValues }).returning({ id: riskFlags.id });
    flagId = row!.id;
  } else if (effect === 'update') {
    await scope.tx.update(riskFlags).set(flagValues).where(eq(riskFlags.id, active!.id));
  } else if (effect === 'clear') {
    await scope.tx.update(riskFlags).set({ clearedAt: scope.now, clearedBy: scope.actor.userId, clearNote: `Risikovurdering ${input.assessedOn}: grønt nivå` }).where(eq(riskFlags.id, active!.id));
  }
  const [row] = await scope.tx
    .insert(riskAssessments)
    .values({ tenantId: scope.actor.tenantId, personId, kind: input.kind, assessedOn: input.assessedOn, level: input.level, method: input.method, basis: input.basis, safetyMeasure: input.safetyMeasure, ownerId: input.ownerId, reviewDate: input.reviewDate, authorUnitId: unitId!, flagId, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: riskAssessments.id });
  await scope.personChanged(personId);
  return row!.id;
}
