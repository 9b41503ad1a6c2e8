// Pure hash-chain arithmetic for the access log. Kept apart from I/O so sealing and verifying can be
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
  details: Record<string, unknown> | null;
}

export interface ChainedLogRow extends LogRow {
  prevHash: string;
  hash: string;
}

/** How a row's values are turned into the text that is hashed. */
export type IdField = 'tenantId' | 'actorId' | 'personId' | 'personIds';

export interface Encoding {
  /** Ids as the database prints them (lower case), or as an old client may have sent them. */
  id: (value: string, field: IdField) => string;
  /** Text in Unicode NFC, or exactly as stored. */
  text: (value: string) => string;
}

/**
 * The encoding every row is sealed with. The sealer hashes rows as it reads them back from the
 * database, so the hash never depends on how a request spelled a value (an upper-case id, a
 * decomposed «å»); lower-casing and NFC on top make the text independent of the driver as well.
 */
export const canonical: Encoding = { id: (v) => v.toLowerCase(), text: (v) => v.normalize('NFC') };

const idFieldNames: Record<IdField, string> = { tenantId: 'kommune-id', actorId: 'bruker-id', personId: 'person-id', personIds: 'person-id-er i liste' };

/**
 * Encodings that rows written before sealing existed (migration 0018) may have been hashed with:
 * request time hashed the values as sent, so an id sent in upper case (typically the person id in the
 * address) or text in another normal form gave a hash that the stored row cannot reproduce. Every
 * combination of id fields in upper case, with text as stored. A row that matches only under one of
 * these is reported as a known encoding variant, never as intact and never hidden.
 */
export const historicEncodings: { name: string; encoding: Encoding }[] = (() => {
  const fields = Object.keys(idFieldNames) as IdField[];
  const encodings: { name: string; encoding: Encoding }[] = [{ name: 'tekst uten NFC-normalisering', encoding: { id: canonical.id, text: (v) => v } }];
  for (let mask = 1; mask < 1 << fields.length; mask++) {
    const upper = new Set(fields.filter((_, i) => mask & (1 << i)));
    encodings.push({
      name: `${[...upper].map((f) => idFieldNames[f]).join(', ')} med store bokstaver`,
      encoding: { id: (v, field) => (upper.has(field) ? v.toUpperCase() : v.toLowerCase()), text: (v) => v },
    });
  }
  return encodings;
})();

function canonicalJson(value: unknown, encoding: Encoding): unknown {
  if (typeof value === 'string') return encoding.text(value);
  if (Array.isArray(value)) return value.map((v) => canonicalJson(v, encoding));
  if (value && typeof value === 'object') {
    // jsonb does not keep key order, so the hash must not depend on it.
    return Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => [k, canonicalJson(v, encoding)]);
  }
  return value;
}

function sortedDetails(details: LogRow['details'], encoding: Encoding): unknown[] | null {
  return details ? (canonicalJson(details, encoding) as unknown[]) : null;
}

const maybe = <T>(value: T | null, f: (v: T) => T): T | null => (value === null ? null : f(value));

/**
 * The canonical text of a row — a JSON array of its fields — split around its seq: `before + seq +
 * after`. The format is the one rows have been hashed with since the log began.
 */
export function canonicalAround(row: Omit<LogRow, 'seq'>, encoding: Encoding = canonical): { before: string; after: string } {
  const rest = JSON.stringify([
    row.occurredAt.toISOString(),
    maybe(row.actorId, (v) => encoding.id(v, 'actorId')),
    encoding.text(row.actorName),
    maybe(row.personId, (v) => encoding.id(v, 'personId')),
    encoding.text(row.action),
    row.outcome,
    encoding.text(row.basis),
    maybe(row.reason, encoding.text),
    encoding.text(row.origin),
    sortedDetails(row.details, encoding),
    // Appended only when present, so rows without it hash as they always did.
    ...(row.personIds?.length ? [row.personIds.map((v) => encoding.id(v, 'personIds')).sort()] : []),
  ]);
  return { before: `[${JSON.stringify(encoding.id(row.tenantId, 'tenantId'))},`, after: `,${rest.slice(1)}` };
}

export function rowHash(row: LogRow, prevHash: string, encoding: Encoding = canonical): string {
  const { before, after } = canonicalAround(row, encoding);
  return createHash('sha256').update(prevHash).update('\n').update(`${before}${row.seq}${after}`).digest('hex');
}

/** Numbers and hashes rows (in the order given) onto a chain that ends at `head`. */
export function sealRows<R extends Omit<LogRow, 'seq'>>(rows: R[], head: { seq: number; hash: string }): (R & { seq: number; prevHash: string; hash: string })[] {
  let { seq, hash: prevHash } = head;
  return rows.map((row) => {
    seq += 1;
    const hash = rowHash({ ...row, seq }, prevHash);
    const sealed = { ...row, seq, prevHash, hash };
    prevHash = hash;
    return sealed;
  });
}

export type ChainProblem =
  | 'hash-mismatch'
  | 'prev-hash-mismatch'
  | 'missing-rows'
  | 'head-mismatch'
  | 'checkpoint-signature'
  | 'checkpoint-mismatch'
  | 'checkpoint-missing-rows'
  | 'checkpoint-order';

export interface ChainBreak {
  seq: number;
  problem: ChainProblem;
  detail: string;
}

/** A row whose stored content reproduces its hash only under a historic encoding: not altered. */
export interface EncodingVariant {
  seq: number;
  encoding: string;
}

/** Checks one batch of rows (ordered by seq) against the expected previous seq and hash. */
export function verifyBatch(
  rows: ChainedLogRow[],
  expectedSeq: number,
  expectedPrevHash: string,
): { breaks: ChainBreak[]; variants: EncodingVariant[]; lastSeq: number; lastHash: string } {
  const breaks: ChainBreak[] = [];
  const variants: EncodingVariant[] = [];
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
      const variant = historicEncodings.find((h) => rowHash(row, row.prevHash, h.encoding) === row.hash);
      if (variant) variants.push({ seq: row.seq, encoding: variant.name });
      else breaks.push({ seq: row.seq, problem: 'hash-mismatch', detail: `Rad ${row.seq} er endret etter at den ble skrevet` });
    }
    seq = row.seq;
    prev = row.hash;
  }
  return { breaks, variants, lastSeq: seq, lastHash: prev };
}
