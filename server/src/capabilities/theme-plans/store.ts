// Theme plans: goals → strategies (with the units they concern) → measures per unit → status reports.
// Organisation data: role-gated, never a person, not written to the access log.
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { themePlanGoals, themePlanMeasures, themePlans, themePlanStatusReports, themePlanStrategies, themePlanStrategyUnits } from './schema.js';
import { statusLabels, strategyGaps, themePlanSources, unreported } from './rules.js';
import type * as s from './schemas.js';

async function loadPlans(scope: AccessScope, planId?: string) {
  const plans = await scope.tx.select().from(themePlans).where(and(eq(themePlans.tenantId, scope.actor.tenantId), planId ? eq(themePlans.id, planId) : undefined)).orderBy(asc(themePlans.title));
  const planIds = plans.map((p) => p.id);
  if (planIds.length === 0) return [];
  const goals = await scope.tx.select().from(themePlanGoals).where(inArray(themePlanGoals.planId, planIds)).orderBy(asc(themePlanGoals.position));
  const strategies = goals.length ? await scope.tx.select().from(themePlanStrategies).where(inArray(themePlanStrategies.goalId, goals.map((g) => g.id))).orderBy(asc(themePlanStrategies.position)) : [];
  const strategyIds = strategies.map((x) => x.id);
  const concerned = strategyIds.length
    ? await scope.tx.select({ strategyId: themePlanStrategyUnits.strategyId, id: units.id, name: units.name }).from(themePlanStrategyUnits).innerJoin(units, eq(units.id, themePlanStrategyUnits.unitId)).where(inArray(themePlanStrategyUnits.strategyId, strategyIds)).orderBy(asc(units.name))
    : [];
  const measures = strategyIds.length
    ? await scope.tx.select({ m: themePlanMeasures, unitName: units.name }).from(themePlanMeasures).innerJoin(units, eq(units.id, themePlanMeasures.unitId)).where(inArray(themePlanMeasures.strategyId, strategyIds)).orderBy(asc(units.name), asc(themePlanMeasures.createdAt))
    : [];
  const reports = measures.length
    ? await scope.tx
        .select({ id: themePlanStatusReports.id, measureId: themePlanStatusReports.measureId, status: themePlanStatusReports.status, text: themePlanStatusReports.text, reportedBy: users.displayName, reportedAt: themePlanStatusReports.reportedAt })
        .from(themePlanStatusReports)
        .innerJoin(users, eq(users.id, themePlanStatusReports.reportedBy))
        .where(inArray(themePlanStatusReports.measureId, measures.map((m) => m.m.id)))
        .orderBy(desc(themePlanStatusReports.reportedAt))
    : [];
  return plans.map((plan) => {
    const planGoals = goals.filter((g) => g.planId === plan.id).map((g) => ({
      id: g.id,
      text: g.text,
      strategies: strategies.filter((x) => x.goalId === g.id).map((x) => ({
        id: x.id,
        text: x.text,
        units: concerned.filter((c) => c.strategyId === x.id).map(({ strategyId: _s, ...u }) => u),
        measures: measures.filter((m) => m.m.strategyId === x.id).map(({ m, unitName }) => {
          const own = reports.filter((r) => r.measureId === m.id).map(({ measureId: _m, ...r }) => r);
          return { id: m.id, unit: { id: m.unitId, name: unitName }, description: m.description, indicator: m.indicator, dueDate: m.dueDate, status: m.status, statusLabel: statusLabels[m.status], unreported: unreported(m, own[0]?.reportedAt ?? null, scope.now), reports: own };
        }),
      })),
    }));
    const flat = planGoals.flatMap((g) => g.strategies);
    const gaps = strategyGaps(flat, flat.flatMap((x) => x.measures.map((m) => ({ strategyId: x.id, unitId: m.unit.id }))));
    const measureList = flat.flatMap((x) => x.measures);
    return {
      id: plan.id,
      title: plan.title,
      adoptedBy: plan.adoptedBy,
      fromYear: plan.fromYear,
      toYear: plan.toYear,
      strategyCount: flat.length,
      measureCount: measureList.length,
      gapCount: gaps.length,
      goals: planGoals,
      gaps,
      unreportedCount: measureList.filter((m) => m.unreported).length,
      sources: themePlanSources,
    };
  });
}

export async function listPlans(scope: AccessScope) {
  scope.requireRole('theme-plan.read');
  return (await loadPlans(scope)).map(({ goals: _g, gaps: _x, unreportedCount: _u, sources: _s, ...p }) => p);
}

export async function getPlan(scope: AccessScope, planId: string) {
  scope.requireRole('theme-plan.read');
  const [plan] = await loadPlans(scope, planId);
  if (!plan) throw new HelhetError('NOT_FOUND', 'Fant ikke temaplanen.');
  return plan;
}

export async function createPlan(scope: AccessScope, input: z.infer<typeof s.planBody>): Promise<string> {
  scope.requireRole('theme-plan.write');
  const { tenantId } = scope.actor;
  if (input.toYear < input.fromYear) throw new HelhetError('UNPROCESSABLE', 'Planperioden slutter før den begynner.', [{ path: 'body/toYear', detail: 'Før fra år' }]);
  const unitIds = [...new Set(input.goals.flatMap((g) => g.strategies.flatMap((x) => x.unitIds)))];
  const known = new Set(unitIds.length ? (await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, tenantId), inArray(units.id, unitIds)))).map((u) => u.id) : []);
  const problems = input.goals.flatMap((g, i) =>
    g.strategies.flatMap((x, j) =>
      x.unitIds.flatMap((u, k) => [
        ...(known.has(u) ? [] : [{ path: `body/goals/${i}/strategies/${j}/unitIds/${k}`, detail: 'Ukjent enhet' }]),
        ...(x.unitIds.indexOf(u) !== k ? [{ path: `body/goals/${i}/strategies/${j}/unitIds/${k}`, detail: 'Enheten står flere ganger' }] : []),
      ]),
    ),
  );
  if (problems.length) throw new HelhetError('UNPROCESSABLE', 'Planen viser til enheter som ikke finnes, eller samme enhet to ganger.', problems);
  const [taken] = await scope.tx.select({ id: themePlans.id }).from(themePlans).where(and(eq(themePlans.tenantId, tenantId), eq(themePlans.title, input.title)));
  if (taken) throw new HelhetError('CONFLICT', `Det finnes allerede en temaplan som heter «${input.title}».`, [{ path: 'body/title', detail: 'Navnet er i bruk' }]);
  const [plan] = await scope.tx.insert(themePlans).values({ tenantId, title: input.title, adoptedBy: input.adoptedBy ?? null, fromYear: input.fromYear, toYear: input.toYear, createdBy: scope.actor.userId, createdAt: scope.now }).returning({ id: themePlans.id });
  for (const [position, goal] of input.goals.entries()) {
    const [g] = await scope.tx.insert(themePlanGoals).values({ tenantId, planId: plan!.id, position, text: goal.text }).returning({ id: themePlanGoals.id });
    for (const [p, strategy] of goal.strategies.entries()) {
      const [x] = await scope.tx.insert(themePlanStrategies).values({ tenantId, goalId: g!.id, position: p, text: strategy.text }).returning({ id: themePlanStrategies.id });
      await scope.tx.insert(themePlanStrategyUnits).values(strategy.unitIds.map((unitId) => ({ tenantId, strategyId: x!.id, unitId })));
    }
  }
  return plan!.id;
}

/** A unit leader writes measures and reports only for units they are a member of; quality advisers and the director for all. */
function requireUnitResponsibility(scope: AccessScope, unitId: string): void {
  const { actor } = scope;
  if (actor.roles.includes('quality-adviser') || actor.roles.includes('director')) return;
  if (!actor.unitIds.includes(unitId)) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare registrere tiltak og status for enheter du leder.');
}

export async function addMeasure(scope: AccessScope, strategyId: string, input: z.infer<typeof s.measureBody>): Promise<string> {
  scope.requireRole('theme-plan.measure');
  const { tenantId } = scope.actor;
  const [strategy] = await scope.tx.select({ id: themePlanStrategies.id, text: themePlanStrategies.text }).from(themePlanStrategies).where(and(eq(themePlanStrategies.id, strategyId), eq(themePlanStrategies.tenantId, tenantId)));
  if (!strategy) throw new HelhetError('NOT_FOUND', 'Fant ikke strategien.');
  const [concerned] = await scope.tx.select({ id: themePlanStrategyUnits.id }).from(themePlanStrategyUnits).where(and(eq(themePlanStrategyUnits.strategyId, strategyId), eq(themePlanStrategyUnits.unitId, input.unitId)));
  if (!concerned) throw new HelhetError('UNPROCESSABLE', `Strategien «${strategy.text}» gjelder ikke denne enheten.`, [{ path: 'body/unitId', detail: 'Enheten er ikke nevnt i strategien' }]);
  requireUnitResponsibility(scope, input.unitId);
  if (input.status === 'done' || input.status === 'stopped') throw new HelhetError('UNPROCESSABLE', 'Et nytt tiltak kan ikke være gjennomført eller stoppet; registrer det og send en statusrapport.', [{ path: 'body/status', detail: 'Planlagt, pågår eller ikke relevant' }]);
  const [row] = await scope.tx
    .insert(themePlanMeasures)
    .values({ tenantId, strategyId, unitId: input.unitId, description: input.description, indicator: input.indicator ?? null, dueDate: input.dueDate ?? null, status: input.status, createdBy: scope.actor.userId, createdAt: scope.now })
    .returning({ id: themePlanMeasures.id });
  return row!.id;
}

export async function reportStatus(scope: AccessScope, measureId: string, input: z.infer<typeof s.statusReportBody>): Promise<string> {
  scope.requireRole('theme-plan.measure');
  const [measure] = await scope.tx.select().from(themePlanMeasures).where(and(eq(themePlanMeasures.id, measureId), eq(themePlanMeasures.tenantId, scope.actor.tenantId)));
  if (!measure) throw new HelhetError('NOT_FOUND', 'Fant ikke tiltaket.');
  requireUnitResponsibility(scope, measure.unitId);
  const [row] = await scope.tx.insert(themePlanStatusReports).values({ tenantId: scope.actor.tenantId, measureId, status: input.status, text: input.text, reportedBy: scope.actor.userId, reportedAt: scope.now }).returning({ id: themePlanStatusReports.id });
  await scope.tx.update(themePlanMeasures).set({ status: input.status }).where(eq(themePlanMeasures.id, measureId));
  return row!.id;
}
