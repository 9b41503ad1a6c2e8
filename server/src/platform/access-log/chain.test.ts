import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalAround, GENESIS_HASH, historicEncodings, rowHash, verifyBatch, type ChainedLogRow, type LogRow } from './chain.js';

function chain(n: number): ChainedLogRow[] {
  const rows: ChainedLogRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const row: LogRow = { tenantId: 't', seq, occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)), actorId: 'a', actorName: 'Kari', personId: 'p', action: 'person.read', outcome: 'allowed', basis: 'team', reason: null, origin: '127.0.0.1 GET /x', details: { b: 1, a: 'x' } };
    const hash = rowHash(row, prev);
    rows.push({ ...row, prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe('access-log hash chain', () => {
  it('verifies an untouched chain', () => {
    const rows = chain(5);
    expect(verifyBatch(rows, 0, GENESIS_HASH)).toMatchObject({ breaks: [], lastSeq: 5, lastHash: rows[4]!.hash });
  });

  it('does not depend on the key order of details (jsonb reorders keys)', () => {
    const [row] = chain(1);
    const reordered = { ...row!, details: { a: 'x', b: 1 } };
    expect(rowHash(reordered, GENESIS_HASH)).toBe(row!.hash);
  });

  it('covers the persons of a list read: removing one from the list breaks the hash', () => {
    const [row] = chain(1);
    const listed = { ...row!, personId: null, personIds: ['b', 'a'] };
    const hash = rowHash(listed, GENESIS_HASH);
    expect(rowHash({ ...listed, personIds: ['a', 'b'] }, GENESIS_HASH)).toBe(hash);
    expect(rowHash({ ...listed, personIds: ['a'] }, GENESIS_HASH)).not.toBe(hash);
  });

  it('hashes the documented canonical text, so logs written earlier still verify (also non-ASCII, big seq, list reads)', () => {
    const [row] = chain(1);
    for (const r of [row!, { ...row!, seq: 1234567890123, actorName: 'Åse Ødegård «x» \\ "y"\n', reason: null, details: null, personIds: ['b', 'a'] }]) {
      const fields = [r.tenantId, r.seq, r.occurredAt.toISOString(), r.actorId, r.actorName, r.personId, r.action, r.outcome, r.basis, r.reason, r.origin, r.details ? Object.entries(r.details).sort(([x], [y]) => (x < y ? -1 : 1)) : null];
      const canonical = JSON.stringify(r.personIds ? [...fields, [...r.personIds].sort()] : fields);
      expect(rowHash(r, GENESIS_HASH)).toBe(createHash('sha256').update(GENESIS_HASH).update('\n').update(canonical).digest('hex'));
      const { before, after } = canonicalAround(r); // what the database completes with the seq
      expect(`${before}${r.seq}${after}`).toBe(canonical);
    }
  });

  it('detects an altered row', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, actorName: 'Noen andre' };
    expect(verifyBatch(rows, 0, GENESIS_HASH).breaks).toEqual([{ seq: 3, problem: 'hash-mismatch', detail: 'Rad 3 er endret etter at den ble skrevet' }]);
  });

  it('detects a removed row', () => {
    const rows = chain(5);
    rows.splice(1, 1);
    const problems = verifyBatch(rows, 0, GENESIS_HASH).breaks.map((b) => b.problem);
    expect(problems).toEqual(['missing-rows', 'prev-hash-mismatch']);
  });

  it('detects a row whose hash was recomputed after an edit (the next row no longer links)', () => {
    const rows = chain(4);
    const edited = { ...rows[1]!, reason: 'skjult' };
    rows[1] = { ...edited, hash: rowHash(edited, edited.prevHash) };
    expect(verifyBatch(rows, 0, GENESIS_HASH).breaks).toEqual([{ seq: 3, problem: 'prev-hash-mismatch', detail: 'Rad 3 peker ikke til forrige rad' }]);
  });

  it('tells a row hashed with an id as an old client sent it (upper case) from a real alteration', () => {
    const [row] = chain(1);
    const legacy = historicEncodings.find((h) => h.name === 'person-id med store bokstaver')!.encoding;
    const sealed = { ...row!, hash: rowHash(row!, GENESIS_HASH, legacy) };
    expect(verifyBatch([sealed], 0, GENESIS_HASH)).toMatchObject({ breaks: [], variants: [{ seq: 1, encoding: 'person-id med store bokstaver' }] });
    const everyId = historicEncodings.find((h) => h.name === 'kommune-id, bruker-id, person-id, person-id-er i liste med store bokstaver')!.encoding;
    expect(verifyBatch([{ ...row!, hash: rowHash(row!, GENESIS_HASH, everyId) }], 0, GENESIS_HASH).variants).toHaveLength(1);
    // The same old encoding does not excuse a change of content.
    expect(verifyBatch([{ ...sealed, actorName: 'Noen andre' }], 0, GENESIS_HASH).breaks.map((b) => b.problem)).toEqual(['hash-mismatch']);
  });

  it('hashes the same row the same whatever case its ids and whatever normal form its text were given in', () => {
    const [row] = chain(1);
    const stored = { ...row!, actorName: 'Åse Ødegård' };
    const spelled = { ...stored, tenantId: 'T', actorId: 'A', personId: 'P', actorName: 'Åse Ødegård'.normalize('NFD') };
    expect(spelled.actorName).not.toBe(stored.actorName);
    expect(rowHash(spelled, GENESIS_HASH)).toBe(rowHash(stored, GENESIS_HASH));
  });
});
