import { z } from 'zod';
import { accessReviewKinds } from '../../platform/db/schema.js';

export const reviewListQuery = z.strictObject({ status: z.enum(['unreviewed', 'all']).default('unreviewed') });
export const accessReviewItem = z.object({
  id: z.uuid(),
  kind: z.enum(accessReviewKinds),
  actorName: z.string(),
  targetUserName: z.string().nullable(),
  personId: z.uuid().nullable(),
  personName: z.string().nullable(),
  unitNames: z.array(z.string()),
  roles: z.array(z.string()).nullable(),
  reason: z.string().nullable(),
  occurredAt: z.date(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewComment: z.string().nullable(),
  /** The viewer made the change or is its target, so someone else must review it. */
  ownChange: z.boolean(),
});
export const reviewParams = z.strictObject({ reviewId: z.uuid() });
export const reviewBody = z.strictObject({ comment: z.string().trim().min(3, 'Skriv en kommentar til gjennomgangen').max(1000) });
