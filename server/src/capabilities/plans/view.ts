// The read model of one plan: the view sent to clients and printed, and the snapshot stored in each version.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { partners, persons, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { currentCoordinator } from '../coordination/index.js';
import { individualPlans, planGoalComments, planGoals, planMeasures, planParticipants, planVersions } from './schema.js';
import { planProblems, type PlanSnapshot } from './rules.js';

export type PlanRow = typeof individualPlans.$inferSelect;

export async function snapshotOf(scope: AccessScope, plan: PlanRow): Promise<PlanSnapshot> {
  const goals = await scope.tx.select().from(planGoals).where(eq(planGoals.planId, plan.id)).orderBy(asc(planGoals.seq));
  const measures = await scope.tx.select().from(planMeasures).where(eq(planMeasures.planId, plan.id)).orderBy(asc(planMeasures.startDate), asc(planMeasures.seq));
  const participants = await scope.tx.select().from(planParticipants).where(eq(planParticipants.planId, plan.id)).orderBy(asc(planParticipants.seq));
  return {
    status: plan.status,
    statusNote: plan.statusNote,
    reviewIntervalDays: plan.reviewIntervalDays,
    nextReviewDate: plan.nextReviewDate,
    goals: goals.map((g) => ({ id: g.id, text: g.text, status: g.status })),
    measures: measures.map((m) => ({ id: m.id, goalId: m.goalId, description: m.description, responsibleUnitId: m.responsibleUnitId, responsiblePartnerId: m.responsiblePartnerId, responsibleUserId: m.responsibleUserId, responsiblePersonName: m.responsiblePersonName, startDate: m.startDate, deadline: m.deadline, status: m.status })),
    participants: participants.map((p) => ({ id: p.id, kind: p.kind, name: p.name, role: p.role, userId: p.userId, consentWithdrawnAt: p.consentWithdrawnAt?.toISOString() ?? null })),
  };
}

export async function latestSnapshot(scope: AccessScope, planId: string): Promise<PlanSnapshot | null> {
  const [row] = await scope.tx.select({ snapshot: planVersions.snapshot }).from(planVersions).where(eq(planVersions.planId, planId)).orderBy(desc(planVersions.version)).limit(1);
  return row?.snapshot ?? null;
}

export async function planView(scope: AccessScope, plan: PlanRow) {
  const today = localDateAt(scope.now);
  const [person] = await scope.tx.select({ given: persons.givenName, family: persons.familyName }).from(persons).where(eq(persons.id, plan.personId));
  const [updater] = await scope.tx.select({ name: users.displayName }).from(users).where(eq(users.id, plan.updatedBy));
  const coordinator = await currentCoordinator(scope.tx, plan.personId);
  const goals = await scope.tx.select().from(planGoals).where(eq(planGoals.planId, plan.id)).orderBy(asc(planGoals.seq));
  const comments = goals.length
    ? await scope.tx
        .select({ id: planGoalComments.id, goalId: planGoalComments.goalId, text: planGoalComments.text, authorName: users.displayName, authorKind: planGoalComments.authorKind, createdAt: planGoalComments.createdAt })
        .from(planGoalComments)
        .innerJoin(users, eq(users.id, planGoalComments.authorId))
        .where(inArray(planGoalComments.goalId, goals.map((g) => g.id)))
        .orderBy(asc(planGoalComments.createdAt))
    : [];
  const responsibleUser = alias(users, 'responsible_user');
  const measures = await scope.tx
    .select({ m: planMeasures, unitName: units.name, partnerName: partners.name, userName: responsibleUser.displayName })
    .from(planMeasures)
    .leftJoin(units, eq(units.id, planMeasures.responsibleUnitId))
    .leftJoin(partners, eq(partners.id, planMeasures.responsiblePartnerId))
    .leftJoin(responsibleUser, eq(responsibleUser.id, planMeasures.responsibleUserId))
    .where(eq(planMeasures.planId, plan.id))
    .orderBy(asc(planMeasures.startDate), asc(planMeasures.seq));
  const participants = await scope.tx.select().from(planParticipants).where(eq(planParticipants.planId, plan.id)).orderBy(asc(planParticipants.seq));
  const activeParticipants = participants.filter((p) => !p.consentWithdrawnAt);
  const problems = planProblems(
    { status: plan.status, activeGoals: goals.filter((g) => g.status === 'active').length, participants: activeParticipants.filter((p) => p.kind !== 'person').length, hasCoordinator: Boolean(coordinator), nextReviewDate: plan.nextReviewDate },
    today,
  );
  return {
    id: plan.id,
    personId: plan.personId,
    personName: `${person!.given} ${person!.family}`,
    status: plan.status,
    statusNote: plan.statusNote,
    reviewIntervalDays: plan.reviewIntervalDays,
    nextReviewDate: plan.nextReviewDate,
    version: plan.version,
    updatedAt: plan.updatedAt,
    updatedByName: updater?.name ?? '',
    coordinator: coordinator && { displayName: coordinator.displayName, phone: coordinator.phone, unitName: coordinator.unitName },
    goals: goals.map((g) => ({ id: g.id, text: g.text, status: g.status, comments: comments.filter((c) => c.goalId === g.id).map(({ goalId: _g, ...c }) => c) })),
    measures: measures.map(({ m, unitName, partnerName, userName }) => ({
      id: m.id, goalId: m.goalId, description: m.description, responsible: unitName ?? partnerName ?? '', responsibleUnitId: m.responsibleUnitId, responsiblePartnerId: m.responsiblePartnerId,
      responsiblePerson: userName ?? m.responsiblePersonName ?? '', startDate: m.startDate, deadline: m.deadline, status: m.status,
      overdue: (m.status === 'planned' || m.status === 'ongoing') && today > m.deadline,
    })),
    participants: participants.map((p) => ({ id: p.id, kind: p.kind, name: p.name, role: p.role, userId: p.userId, consentGivenAt: p.consentGivenAt, consentWithdrawnAt: p.consentWithdrawnAt, active: !p.consentWithdrawnAt })),
    complete: problems.length === 0,
    problems,
  };
}

/** The person's current plan: the open one, else the most recently closed. */
export async function currentPlanRow(scope: AccessScope, personId: string): Promise<PlanRow | null> {
  const [row] = await scope.tx
    .select()
    .from(individualPlans)
    .where(and(eq(individualPlans.personId, personId), eq(individualPlans.tenantId, scope.actor.tenantId)))
    .orderBy(asc(sqlClosedLast), desc(individualPlans.createdAt))
    .limit(1);
  return row ?? null;
}

const sqlClosedLast = sql`case when ${individualPlans.status} = 'closed' then 1 else 0 end`;
