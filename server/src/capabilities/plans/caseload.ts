// «Mine personer»: the persons the signed-in staff member coordinates, each with the state of the
// individual plan (incomplete, review due), the next team meeting and the crisis plan's review date.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { persons } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { coordinatorAssignments } from '../coordination/index.js';
import { individualPlans } from './schema.js';
import { planProblems } from './rules.js';

export async function caseload(scope: AccessScope) {
  scope.requireRole('person.read');
  const today = localDateAt(scope.now);
  const rows = await scope.tx
    .select({
      personId: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      birthDate: persons.birthDate,
      basis: coordinatorAssignments.basis,
      since: coordinatorAssignments.validFrom,
      planId: individualPlans.id,
      planStatus: individualPlans.status,
      nextReviewDate: individualPlans.nextReviewDate,
      activeGoals: sql<number>`(select count(*)::int from plan_goals g where g.plan_id = ${individualPlans.id} and g.status = 'active')`,
      participants: sql<number>`(select count(*)::int from plan_participants pp where pp.plan_id = ${individualPlans.id} and pp.kind <> 'person' and pp.consent_withdrawn_at is null)`,
      nextMeeting: sql<Date | null>`(select min(m.scheduled_at) from team_meetings m where m.person_id = ${persons.id} and m.status = 'planned' and m.scheduled_at >= ${scope.now})`,
      crisisPlanReview: sql<string | null>`(select c.review_date::text from crisis_plans c where c.person_id = ${persons.id} and c.status = 'active')`,
    })
    .from(coordinatorAssignments)
    .innerJoin(persons, eq(persons.id, coordinatorAssignments.personId))
    .leftJoin(individualPlans, and(eq(individualPlans.personId, persons.id), sql`${individualPlans.status} <> 'closed'`))
    .where(and(eq(coordinatorAssignments.tenantId, scope.actor.tenantId), eq(coordinatorAssignments.userId, scope.actor.userId), isNull(coordinatorAssignments.validTo), scope.visiblePersons(coordinatorAssignments.personId)))
    .orderBy(asc(persons.familyName), asc(persons.givenName));
  scope.recordListed(rows.map((r) => r.personId), 'caseload.list');
  return rows.map((r) => ({
    personId: r.personId,
    personName: `${r.givenName} ${r.familyName}`,
    birthDate: r.birthDate,
    basis: r.basis,
    since: r.since,
    plan: r.planId
      ? {
          id: r.planId,
          status: r.planStatus!,
          nextReviewDate: r.nextReviewDate!,
          problems: planProblems({ status: r.planStatus!, activeGoals: Number(r.activeGoals), participants: Number(r.participants), hasCoordinator: true, nextReviewDate: r.nextReviewDate! }, today).map((p) => p.detail),
        }
      : null,
    nextMeeting: r.nextMeeting ? new Date(r.nextMeeting) : null,
    crisisPlanReviewDate: r.crisisPlanReview,
  }));
}
