import { and, eq } from 'drizzle-orm';
import type { AccessScope } from '../../platform/access/scope.js';
import { vedtak } from './schema.js';

/** Whether the unit has a final (not ended) vedtak for the person: a basis for it to open a case without review. */
export async function hasFinalVedtak(scope: AccessScope, personId: string, unitId: string): Promise<boolean> {
  const [row] = await scope.tx
    .select({ id: vedtak.id })
    .from(vedtak)
    .where(and(eq(vedtak.tenantId, scope.actor.tenantId), eq(vedtak.personId, personId), eq(vedtak.unitId, unitId), eq(vedtak.status, 'final')))
    .limit(1);
  return Boolean(row);
}
