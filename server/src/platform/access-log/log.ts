// Appending to the access log. Appends happen inside the caller's transaction, so a read or write and
// its log row commit together or not at all. An append is one insert and takes no lock: the rows are
// numbered and hash-chained afterwards, in commit order, by the sealer (seal.ts).
import type { Db, Tx } from '../db/database.js';
import { accessLog, tenants } from '../db/schema.js';
import type { LogRow } from './chain.js';

export type LogEntry = Omit<LogRow, 'seq' | 'occurredAt' | 'details'> & {
  occurredAt?: Date;
  details: Record<string, string | number | boolean | null> | null;
};

const lower = (id: string | null): string | null => (id === null ? null : id.toLowerCase());

export async function appendToAccessLog(tx: Tx | Db, entries: LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const now = new Date();
  // Stored as the sealer will read them back: ids in lower case, text in NFC.
  await tx.insert(accessLog).values(
    entries.map((e) => ({
      tenantId: e.tenantId.toLowerCase(),
      occurredAt: e.occurredAt ?? now,
      actorId: lower(e.actorId),
      actorName: e.actorName.normalize('NFC'),
      personId: lower(e.personId),
      personIds: e.personIds?.length ? e.personIds.map((id) => id.toLowerCase()) : null,
      action: e.action,
      outcome: e.outcome,
      basis: e.basis.normalize('NFC'),
      reason: e.reason?.normalize('NFC') ?? null,
      origin: e.origin.normalize('NFC'),
      details: e.details,
    })),
  );
}

/** Every tenant, each with its own chain (an empty one verifies). */
export async function accessLogTenants(db: Db): Promise<string[]> {
  const rows = await db.select({ tenantId: tenants.id }).from(tenants).orderBy(tenants.id);
  return rows.map((r) => r.tenantId);
}
