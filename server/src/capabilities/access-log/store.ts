// Reading the access log: the person's own view ("who has looked at my data") and a staff view for
// a person they serve (e.g. to hand out on an innsyn request).
import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { accessLog } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';

async function entriesFor(scope: AccessScope, personId: string, limit: number, beforeSeq?: number) {
  const rows = await scope.tx
    .select({ seq: accessLog.id, occurredAt: accessLog.occurredAt, actorName: accessLog.actorName, action: accessLog.action, outcome: accessLog.outcome, basis: accessLog.basis, reason: accessLog.reason, origin: accessLog.origin })
    .from(accessLog)
    .where(and(eq(accessLog.tenantId, scope.actor.tenantId), or(eq(accessLog.personId, personId), sql`${accessLog.personIds} @> array[${personId}]::uuid[]`), beforeSeq ? lt(accessLog.id, beforeSeq) : undefined))
    .orderBy(desc(accessLog.id))
    .limit(limit);
  // The client address stays in the log for investigations but is not shown in these views.
  return rows.map((r) => ({ ...r, seq: Number(r.seq), origin: r.origin.split(' ').slice(1).join(' ') }));
}

export async function personAccessLog(scope: AccessScope, personId: string, limit: number, beforeSeq?: number) {
  scope.requireRole('person.read', personId);
  await scope.requirePerson(personId, 'access-log.read');
  return entriesFor(scope, personId, limit, beforeSeq);
}

export async function ownAccessLog(scope: AccessScope, limit: number, beforeSeq?: number) {
  const personId = scope.actor.personId;
  if (scope.actor.kind !== 'person' || !personId) throw new HelhetError('ROLE_REQUIRED', 'Denne visningen er for personen selv.');
  await scope.requirePerson(personId, 'access-log.read-own');
  return entriesFor(scope, personId, limit, beforeSeq);
}
