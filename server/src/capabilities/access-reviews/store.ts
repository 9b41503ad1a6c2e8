// A unit leader reviews changes that concern their units (a membership in it, a case opened in it,
// roles of its staff); a quality adviser or director reviews the whole municipality's.
import { and, arrayOverlaps, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { accessReviews, persons, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';

export async function listAccessReviews(scope: AccessScope, status: 'unreviewed' | 'all') {
  scope.requireRole('access.review');
  const { actor } = scope;
  const seesAll = actor.roles.includes('quality-adviser') || actor.roles.includes('director');
  if (!seesAll && actor.unitIds.length === 0) return [];
  const changer = alias(users, 'changer');
  const target = alias(users, 'target');
  const reviewer = alias(users, 'reviewer');
  const rows = await scope.tx
    .select({
      id: accessReviews.id,
      kind: accessReviews.kind,
      actorId: accessReviews.actorId,
      actorName: sql<string>`coalesce(${changer.displayName}, 'Driftskommando (CLI)')`,
      targetUserId: accessReviews.targetUserId,
      targetUserName: target.displayName,
      personId: accessReviews.personId,
      personName: sql<string | null>`${persons.givenName} || ' ' || ${persons.familyName}`,
      unitNames: sql<string[]>`array(select ${units.name} from ${units} where ${units.id} = any(${accessReviews.unitIds}) order by ${units.name})`,
      roles: accessReviews.roles,
      reason: accessReviews.reason,
      occurredAt: accessReviews.occurredAt,
      reviewedByName: reviewer.displayName,
      reviewedAt: accessReviews.reviewedAt,
      reviewComment: accessReviews.reviewComment,
    })
    .from(accessReviews)
    .leftJoin(changer, eq(changer.id, accessReviews.actorId))
    .leftJoin(target, eq(target.id, accessReviews.targetUserId))
    .leftJoin(persons, eq(persons.id, accessReviews.personId))
    .leftJoin(reviewer, eq(reviewer.id, accessReviews.reviewedBy))
    .where(
      and(
        eq(accessReviews.tenantId, actor.tenantId),
        status === 'unreviewed' ? isNull(accessReviews.reviewedAt) : undefined,
        seesAll ? undefined : arrayOverlaps(accessReviews.unitIds, actor.unitIds),
      ),
    )
    .orderBy(desc(accessReviews.occurredAt))
    .limit(500);
  for (const row of rows) if (row.personId) scope.recordRead(row.personId, 'access-review.list', 'review-duty');
  return rows.map(({ actorId, targetUserId, ...row }) => ({ ...row, ownChange: actorId === actor.userId || targetUserId === actor.userId }));
}

export async function reviewAccessChange(scope: AccessScope, reviewId: string, comment: string): Promise<void> {
  const visible = await listAccessReviews(scope, 'all');
  const target = visible.find((r) => r.id === reviewId);
  if (!target) throw new HelhetError('NOT_FOUND', 'Fant ingen tilgangsendring med denne id-en som du kan gå gjennom.');
  if (target.ownChange) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan ikke gå gjennom en endring du selv har gjort, eller som gjelder deg. En annen leder må gjøre det.');
  if (target.reviewedAt) throw new HelhetError('CONFLICT', 'Endringen er allerede gjennomgått.');
  await scope.tx.update(accessReviews).set({ reviewedBy: scope.actor.userId, reviewedAt: scope.now, reviewComment: comment }).where(eq(accessReviews.id, reviewId));
  if (target.personId) scope.recordWrite(target.personId, 'access-review.review', 'review-duty');
}
