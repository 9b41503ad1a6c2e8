// Appending to and verifying the access log. Appends happen inside the caller's transaction, so a
// read or write and its log row commit together or not at all.
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../db/database.js';
import { accessLog, accessLogHead } from '../db/schema.js';
import { GENESIS_HASH, canonicalAround, rowHash, verifyBatch, type ChainBreak, type ChainedLogRow, type LogRow } from './chain.js';

export type LogEntry = Omit<LogRow, 'seq' | 'occurredAt'> & { occurredAt?: Date };

export async function appendToAccessLog(tx: Tx | Db, entries: LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const byTenant = new Map<string, LogEntry[]>();
  for (const entry of entries) {
    const list = byTenant.get(entry.tenantId);
    if (list) list.push(entry);
    else byTenant.set(entry.tenantId, [entry]);
  }
  for (const [tenantId, tenantEntries] of byTenant) {
    if (tenantEntries.length === 1 && (await appendOne(tx, tenantEntries[0]!))) continue;
    // The head row is locked until commit: appends in one tenant are serialised, so the chain is linear.
    const lockHead = () => tx.select({ seq: accessLogHead.seq, hash: accessLogHead.hash }).from(accessLogHead).where(eq(accessLogHead.tenantId, tenantId)).for('update');
    let [head] = await lockHead();
    if (!head) {
      // The tenant's first append: create the head (another transaction may just have done so).
      await tx.insert(accessLogHead).values({ tenantId, seq: 0, hash: GENESIS_HASH }).onConflictDoNothing();
      [head] = await lockHead();
    }
    if (!head) throw new Error('access log head missing');
    let seq = Number(head.seq);
    let prevHash = head.hash;
    const rows: ChainedLogRow[] = [];
    for (const entry of tenantEntries) {
      seq += 1;
      const row: LogRow = { ...entry, seq, occurredAt: entry.occurredAt ?? new Date() };
      const hash = rowHash(row, prevHash);
      rows.push({ ...row, prevHash, hash });
      prevHash = hash;
    }
    // The rows and the new head in one statement (a data-modifying CTE): one round trip less per request.
    const appended = tx.$with('appended').as(tx.insert(accessLog).values(rows).returning({ seq: accessLog.seq }));
    await tx.with(appended).update(accessLogHead).set({ seq, hash: prevHash }).where(eq(accessLogHead.tenantId, tenantId));
  }
}

/**
 * The common case, one row for a tenant whose head exists, in one statement (one round trip instead of
 * two): lock the head, number and hash the row from it (sha256 over the same canonical text as
 * `rowHash`), insert it and move the head. The hash is checked against `rowHash` before commit.
 * Returns false, having written nothing, when the tenant has no head yet.
 */
async function appendOne(tx: Tx | Db, entry: LogEntry): Promise<boolean> {
  const occurredAt = entry.occurredAt ?? new Date();
  const { before, after } = canonicalAround({ ...entry, occurredAt });
  const personIds = entry.personIds?.length ? `{${entry.personIds.join(',')}}` : null;
  const [row] = await queryRows<{ seq: string | number; prev_hash: string; hash: string }>(tx, sql`
    with head as (select seq, hash from ${accessLogHead} where tenant_id = ${entry.tenantId}::uuid for update),
    next as (select head.seq + 1 as seq, head.hash as prev_hash, encode(sha256(convert_to(head.hash || ${`\n${before}`} || (head.seq + 1)::text || ${after}, 'UTF8')), 'hex') as hash from head),
    appended as (
      insert into ${accessLog} (tenant_id, seq, occurred_at, actor_id, actor_name, person_id, person_ids, action, outcome, basis, reason, origin, details, prev_hash, hash)
      select ${entry.tenantId}::uuid, next.seq, ${occurredAt.toISOString()}::timestamptz, ${entry.actorId}::uuid, ${entry.actorName}::text, ${entry.personId}::uuid, ${personIds}::uuid[], ${entry.action}::text,
        ${entry.outcome}::text, ${entry.basis}::text, ${entry.reason}::text, ${entry.origin}::text, ${entry.details ? JSON.stringify(entry.details) : null}::jsonb, next.prev_hash, next.hash
      from next returning seq, prev_hash, hash)
    update ${accessLogHead} set seq = appended.seq, hash = appended.hash from appended where ${accessLogHead}.tenant_id = ${entry.tenantId}::uuid
    returning appended.seq, appended.prev_hash, appended.hash`);
  if (!row) return false;
  const expected = rowHash({ ...entry, seq: Number(row.seq), occurredAt }, row.prev_hash);
  if (row.hash !== expected) throw new Error('access log: the database computed another hash than rowHash');
  return true;
}

export interface VerifyResult {
  tenantId: string;
  ok: boolean;
  rowsChecked: number;
  breaks: ChainBreak[];
}

export async function verifyAccessLog(db: Db, tenantId: string, batchSize = 10_000): Promise<VerifyResult> {
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  let rowsChecked = 0;
  const breaks: ChainBreak[] = [];
  for (;;) {
    const batch = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenantId), gt(accessLog.seq, lastSeq)))
      .orderBy(asc(accessLog.seq))
      .limit(batchSize);
    if (batch.length === 0) break;
    const rows = batch.map((r) => ({ ...r, seq: Number(r.seq) }) as ChainedLogRow);
    const result = verifyBatch(rows, lastSeq, lastHash);
    breaks.push(...result.breaks);
    lastSeq = result.lastSeq;
    lastHash = result.lastHash;
    rowsChecked += rows.length;
  }
  const [head] = await db.select().from(accessLogHead).where(eq(accessLogHead.tenantId, tenantId));
  if (head && (Number(head.seq) !== lastSeq || head.hash !== lastHash)) {
    breaks.push({
      seq: Number(head.seq),
      problem: 'head-mismatch',
      detail: `Kjeden slutter på rad ${lastSeq}, men loggen har skrevet ${Number(head.seq)} rader`,
    });
  }
  return { tenantId, ok: breaks.length === 0, rowsChecked, breaks };
}

export async function accessLogTenants(db: Db): Promise<string[]> {
  const rows = await db.select({ tenantId: accessLogHead.tenantId }).from(accessLogHead);
  return rows.map((r) => r.tenantId);
}
