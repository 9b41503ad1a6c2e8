// Pure hash-chain arithmetic for the access log. Kept apart from I/O so the verify logic can be
// tested row by row.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface LogRow {
  tenantId: string;
  seq: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string;
  personId: string | null;
  /** Persons listed by one list read; absent on single-person rows. */
  personIds?: string[] | null;
  action: string;
  outcome: 'allowed' | 'refused';
  basis: string;
  reason: string | null;
  origin: string;
  details: Record<string, string | number | boolean | null> | null;
}

export interface ChainedLogRow extends LogRow {
  prevHash: string;
  hash: string;
}

function sortedDetails(details: LogRow['details']): [string, unknown][] | null {
  // jsonb does not keep key order, so the hash must not depend on it.
  return details ? Object.entries(details).sort(([a], [b]) => (a < b ? -1 : 1)) : null;
}

/**
 * The canonical text of a row — a JSON array of its fields — split around its seq: `before + seq +
 * after`. `rowHash` hashes it whole; the database fills in the seq when it numbers and hashes a row
 * while holding the chain's head (one statement, `appendOne` in log.ts).
 */
export function canonicalAround(row: Omit<LogRow, 'seq'>): { before: string; after: string } {
  const rest = JSON.stringify([
    row.occurredAt.toISOString(),
    row.actorId,
    row.actorName,
    row.personId,
    row.action,
    row.outcome,
    row.basis,
    row.reason,
    row.origin,
    sortedDetails(row.details),
    // Appended only when present, so rows without it hash as they always did.
    ...(row.personIds?.length ? [[...row.personIds].sort()] : []),
  ]);
  return { before: `[${JSON.stringify(row.tenantId)},`, after: `,${rest.slice(1)}` };
}

export function rowHash(row: LogRow, prevHash: string): string {
  const { before, after } = canonicalAround(row);
  return createHash('sha256').update(prevHash).update('\n').update(`${before}${row.seq}${after}`).digest('hex');
}

export interface ChainBreak {
  seq: number;
  problem: 'hash-mismatch' | 'prev-hash-mismatch' | 'missing-rows' | 'head-mismatch';
  detail: string;
}

/** Checks one batch of rows (ordered by seq) against the expected previous seq and hash. */
export function verifyBatch(
  rows: ChainedLogRow[],
  expectedSeq: number,
  expectedPrevHash: string,
): { breaks: ChainBreak[]; lastSeq: number; lastHash: string } {
  const breaks: ChainBreak[] = [];
  let seq = expectedSeq;
  let prev = expectedPrevHash;
  for (const row of rows) {
    if (row.seq !== seq + 1) {
      breaks.push({ seq: seq + 1, problem: 'missing-rows', detail: `Rad ${seq + 1}–${row.seq - 1} mangler` });
    }
    if (row.prevHash !== prev) {
      breaks.push({ seq: row.seq, problem: 'prev-hash-mismatch', detail: `Rad ${row.seq} peker ikke til forrige rad` });
    }
    if (rowHash(row, row.prevHash) !== row.hash) {
      breaks.push({ seq: row.seq, problem: 'hash-mismatch', detail: `Rad ${row.seq} er endret etter at den ble skrevet` });
    }
    seq = row.seq;
    prev = row.hash;
  }
  return { breaks, lastSeq: seq, lastHash: prev };
}
