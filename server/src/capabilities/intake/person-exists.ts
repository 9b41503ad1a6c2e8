import { and, eq } from 'drizzle-orm';
import { persons } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';

export async function personExists(scope: AccessScope, personId: string): Promise<boolean> {
  const [row] = await scope.tx.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), eq(persons.tenantId, scope.actor.tenantId)));
  return Boolean(row);
}
