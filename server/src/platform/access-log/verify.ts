// Verifying a tenant's access log: the chain row by row, its head, and the signed checkpoints taken
// outside the database. Every break is listed, none is summarised away.
import { and, asc, eq, gt, isNotNull } from 'drizzle-orm';
import type { KeyObject } from 'node:crypto';
import type { Db, Tx } from '../db/database.js';
import { withTenant } from '../db/tenant-context.js';
import { accessLog, accessLogHead } from '../db/schema.js';
import { GENESIS_HASH, verifyBatch, type ChainBreak, type ChainedLogRow, type EncodingVariant } from './chain.js';
import { checkpointSignatureValid, readCheckpoints } from './checkpoints.js';
import { unsealedCount } from './seal.js';

export interface VerifyResult {
  tenantId: string;
  ok: boolean;
  rowsChecked: number;
  breaks: ChainBreak[];
  /** Rows that verify only under a known historic encoding (not altered; listed, not hidden). */
  variants: EncodingVariant[];
  /** Rows appended but not sealed yet. */
  unsealed: number;
  checkpointsChecked: number;
}

export interface CheckpointSource {
  dir: string;
  publicKey: KeyObject;
}

export async function verifyAccessLog(db: Db, tenantId: string, checkpoints?: CheckpointSource, batchSize = 10_000): Promise<VerifyResult> {
  // One tenant's chain, read in that tenant's context.
  return withTenant(db, tenantId, (tx) => verifyIn(tx, tenantId, checkpoints, batchSize));
}

async function verifyIn(db: Tx, tenantId: string, checkpoints: CheckpointSource | undefined, batchSize: number): Promise<VerifyResult> {
  const saved = checkpoints ? readCheckpoints(checkpoints.dir, tenantId) : [];
  const wanted = new Set(saved.flatMap((c) => (c ? [c.seq] : [])));
  const hashAt = new Map<number, string>();
  let lastSeq = 0;
  let lastHash = GENESIS_HASH;
  let rowsChecked = 0;
  const breaks: ChainBreak[] = [];
  const variants: EncodingVariant[] = [];
  for (;;) {
    const batch = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.tenantId, tenantId), isNotNull(accessLog.seq), gt(accessLog.seq, lastSeq)))
      .orderBy(asc(accessLog.seq))
      .limit(batchSize);
    if (batch.length === 0) break;
    const rows = batch.map((r) => ({ ...r, seq: Number(r.seq) }) as ChainedLogRow);
    const result = verifyBatch(rows, lastSeq, lastHash);
    breaks.push(...result.breaks);
    variants.push(...result.variants);
    for (const row of rows) if (wanted.has(row.seq)) hashAt.set(row.seq, row.hash);
    lastSeq = result.lastSeq;
    lastHash = result.lastHash;
    rowsChecked += rows.length;
  }
  const [head] = await db.select().from(accessLogHead).where(eq(accessLogHead.tenantId, tenantId));
  if (head && (Number(head.seq) !== lastSeq || head.hash !== lastHash)) {
    breaks.push({ seq: Number(head.seq), problem: 'head-mismatch', detail: `Kjeden slutter på rad ${lastSeq}, men loggen har forseglet ${Number(head.seq)} rader` });
  }
  let previousSeq = 0;
  saved.forEach((checkpoint, index) => {
    const line = index + 1;
    if (!checkpoint || !checkpointSignatureValid(checkpoint, checkpoints!.publicKey)) {
      breaks.push({ seq: checkpoint?.seq ?? 0, problem: 'checkpoint-signature', detail: `Sjekkpunkt på linje ${line} har ugyldig form eller signatur` });
      return;
    }
    if (checkpoint.seq < previousSeq) {
      breaks.push({ seq: checkpoint.seq, problem: 'checkpoint-order', detail: `Sjekkpunkt på linje ${line} (rad ${checkpoint.seq}) er eldre enn sjekkpunktet før (rad ${previousSeq})` });
    }
    previousSeq = Math.max(previousSeq, checkpoint.seq);
    if (checkpoint.seq > lastSeq) {
      breaks.push({ seq: checkpoint.seq, problem: 'checkpoint-missing-rows', detail: `Sjekkpunktet ${checkpoint.sealedAt} bekrefter ${checkpoint.seq} rader, men kjeden har bare ${lastSeq}: rader er fjernet fra slutten` });
    } else if (checkpoint.seq > 0 && hashAt.get(checkpoint.seq) !== checkpoint.hash) {
      breaks.push({ seq: checkpoint.seq, problem: 'checkpoint-mismatch', detail: `Rad ${checkpoint.seq} har en annen hash enn sjekkpunktet ${checkpoint.sealedAt}: kjeden er skrevet om` });
    }
  });
  return { tenantId, ok: breaks.length === 0, rowsChecked, breaks, variants, unsealed: await unsealedCount(db, tenantId), checkpointsChecked: saved.length };
}
