// The sealer: numbers and hash-chains the access log's rows per tenant, in commit order, after the
// requests that wrote them have ended. Requests never wait for it (no lock in the request path); the
// chain is at most one sealing interval behind the log.
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../db/database.js';
import { accessLog, accessLogHead } from '../db/schema.js';
import { withSystemContext, withTenant } from '../db/tenant-context.js';
import { GENESIS_HASH, sealRows } from './chain.js';

/** Only one sealer at a time, across processes (PostgreSQL) — a second one skips its round. */
const sealerLockKey = 0x48454c48_01;

export interface SealResult {
  /** Rows sealed in this call. */
  sealed: number;
  /** The tenants whose chain grew, with their new head. */
  heads: Map<string, { seq: number; hash: string }>;
}

/**
 * Seals every committed row not sealed yet. The sealer sees a row only once its transaction has
 * committed, and rows are chained in the order they became visible to it — commit order, give or take
 * rows committed in the same instant — so a row of a long transaction is simply chained when it ends,
 * after rows that committed before it. Nothing already sealed ever moves.
 */
export async function sealAccessLog(db: Db, batchSize = 5_000): Promise<SealResult> {
  const result: SealResult = { sealed: 0, heads: new Map() };
  for (;;) {
    const round = await withSystemContext(db, 'access-log-seal', (tx) => sealRound(tx, batchSize));
    if (round === null) break;
    result.sealed += round.sealed;
    for (const [tenantId, head] of round.heads) result.heads.set(tenantId, head);
    if (round.sealed < batchSize) break;
  }
  return result;
}

async function sealRound(tx: Tx, batchSize: number): Promise<SealResult | null> {
  const [lock] = await queryRows<{ locked: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${sealerLockKey}::bigint) as locked`);
  if (!lock?.locked) return null;
  const rows = await tx
    .select()
    .from(accessLog)
    .where(isNull(accessLog.seq))
    .orderBy(asc(accessLog.id))
    .limit(batchSize);
  const heads = new Map<string, { seq: number; hash: string }>();
  if (rows.length === 0) return { sealed: 0, heads };
  const tenantIds = [...new Set(rows.map((r) => r.tenantId))];
  const stored = await tx.select().from(accessLogHead).where(inArray(accessLogHead.tenantId, tenantIds));
  for (const tenantId of tenantIds) {
    const head = stored.find((h) => h.tenantId === tenantId) ?? { seq: 0, hash: GENESIS_HASH };
    const sealed = sealRows(
      rows.filter((r) => r.tenantId === tenantId),
      { seq: Number(head.seq), hash: head.hash },
    );
    const values = sql.join(
      sealed.map((r) => sql`(${r.id}::bigint, ${r.seq}::bigint, ${r.prevHash}, ${r.hash})`),
      sql`, `,
    );
    await tx.execute(sql`
      update ${accessLog} set seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
      from (values ${values}) as v(id, seq, prev_hash, hash) where ${accessLog.id} = v.id`);
    const last = sealed[sealed.length - 1]!;
    const next = { seq: last.seq, hash: last.hash };
    await tx
      .insert(accessLogHead)
      .values({ tenantId, ...next })
      .onConflictDoUpdate({ target: accessLogHead.tenantId, set: next });
    heads.set(tenantId, next);
  }
  return { sealed: rows.length, heads };
}

/** Rows not sealed yet, per tenant (in flight, or waiting for a long transaction to end). */
export async function unsealedCount(db: Db, tenantId: string): Promise<number> {
  const [row] = await withTenant(db, tenantId, (tx) => tx
    .select({ n: sql<number>`count(*)::int` })
    .from(accessLog)
    .where(and(isNull(accessLog.seq), eq(accessLog.tenantId, tenantId))));
  return Number(row?.n ?? 0);
}
