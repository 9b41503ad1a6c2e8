// Bench-only variant of the person read for (b): the same store function the route uses
// (readPerson through an AccessScope, in one transaction), called in-process without HTTP, once
// with the access-log append before commit (as withAccess does) and once without it.
import { performance } from 'node:perf_hooks';
import type { Db } from '../platform/db/database.js';
import { AccessScope, type RequestContext } from '../platform/access/scope.js';
import { appendToAccessLog } from '../platform/access-log/log.js';
import { readPerson } from '../capabilities/persons/store.js';

export interface InProcessTiming {
  /** The whole transaction, begin to commit. */
  totalMs: number;
  /** appendToAccessLog alone, inside the transaction (0 when not appending). */
  appendMs: number;
}

export async function readPersonInProcess(db: Db, context: RequestContext, personId: string, append: boolean): Promise<InProcessTiming> {
  let appendMs = 0;
  const start = performance.now();
  const detail = await db.transaction(async (tx) => {
    const scope = new AccessScope(tx, context);
    const result = await readPerson(scope, personId);
    const { entries } = scope.drain();
    if (entries.length !== 1) throw new Error(`expected one log entry for a person read, got ${entries.length}`);
    if (append) {
      const appendStart = performance.now();
      await appendToAccessLog(tx, entries);
      appendMs = performance.now() - appendStart;
    }
    return result;
  });
  const totalMs = performance.now() - start;
  if (detail.id !== personId) throw new Error(`readPerson returned the wrong person (${detail.id})`);
  return { totalMs, appendMs };
}
