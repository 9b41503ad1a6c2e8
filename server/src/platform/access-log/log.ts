// Appending to and verifying the access log. Appends happen inside the caller's transaction, so a
// read or write and its log row commit together or not at all.
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { accessLog, accessLogHead } from '../db/schema.js';
import { GENESIS_HASH, rowHash, verifyBatch, type ChainBreak, type ChainedLogRow, type LogRow } from './chain.js';

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
    await tx.insert(accessLog).values(rows);
    await tx.update(accessLogHead).set({ seq, hash: prevHash }).where(eq(accessLogHead.tenantId, tenantId));
  }
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
