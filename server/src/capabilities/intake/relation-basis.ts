import { and, eq, isNull } from 'drizzle-orm';
import type { AccessScope } from '../../platform/access/scope.js';
import { henvendelser } from './schema.js';

/**
 * Whether the unit has an open henvendelse for the person (from the person, a relative, the GP or
 * specialist services — an incoming referral is registered as one): a basis for the unit to open a
 * case without a leader's review.
 */
export async function hasOpenHenvendelse(scope: AccessScope, personId: string, unitId: string): Promise<boolean> {
  const [row] = await scope.tx
    .select({ id: henvendelser.id })
    .from(henvendelser)
    .where(and(eq(henvendelser.tenantId, scope.actor.tenantId), eq(henvendelser.personId, personId), eq(henvendelser.unitId, unitId), isNull(henvendelser.closedAt)))
    .limit(1);
  return Boolean(row);
}
