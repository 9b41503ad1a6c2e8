// (a) and (b): the person page through the API against the same reads in plain SQL, plus the
// fixed HTTP costs and the in-process read with and without the access-log append. All variants
// run interleaved in the same rounds (rotating which goes first), on the same persons, so drift
// (autovacuum, caches, a neighbour's load) hits them alike.
import { performance } from 'node:perf_hooks';
import type { Answer } from '../test/http-client.js';
import type { Fixture, Log } from './fixture.js';
import { readPersonInProcess } from './log-share.js';
import { readPersonPlain } from './plain-sql.js';
import { Series, type Summary } from './stats.js';

export interface PersonPageResult {
  /** GET /api/persons/:id over HTTP: session + access check + reads + log append + JSON. */
  api: Summary;
  /** The same reads in plain SQL through the driver. */
  sql: Summary;
  /** GET /api/auth/me: authenticated round-trip (session lookup, unit memberships, one user row). */
  me: Summary;
  /** GET /api/health without a cookie: HTTP + Fastify + JSON, no database. */
  health: Summary;
  /** readPerson in a transaction, in-process, with the access-log append (what withAccess does). */
  inProcessWithAppend: Summary;
  /** The same without the append. */
  inProcessWithoutAppend: Summary;
  /** appendToAccessLog alone, timed inside the with-append transaction. */
  append: Summary;
  rounds: number;
  warmup: number;
  persons: number;
}

function expectStatus(answer: Answer, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
}

export async function benchPersonPage(fixture: Fixture, rounds: number, warmup: number, log: Log): Promise<PersonPageResult> {
  const { client, anonymous, actor, bench } = fixture;
  const db = bench.database.db;
  const origin = '127.0.0.1 GET /api/persons/:personId';
  const series = {
    api: new Series('api'),
    sql: new Series('sql'),
    me: new Series('me'),
    health: new Series('health'),
    withAppend: new Series('withAppend'),
    withoutAppend: new Series('withoutAppend'),
    append: new Series('append'),
  };

  const variants: ((personId: string, record: boolean) => Promise<void>)[] = [
    async (personId, record) => {
      const start = performance.now();
      const answer = await client.get(`/api/persons/${personId}`);
      const elapsed = performance.now() - start;
      expectStatus(answer, 200, `GET /api/persons/${personId}`);
      if (answer.body.id !== personId) throw new Error(`API returned the wrong person: ${answer.body.id}`);
      if (record) series.api.add(elapsed);
    },
    async (personId, record) => {
      const start = performance.now();
      const page = await readPersonPlain(bench.raw, actor, personId, new Date());
      const elapsed = performance.now() - start;
      if (page.person.id !== personId) throw new Error(`plain SQL returned the wrong person`);
      if (record) series.sql.add(elapsed);
    },
    async (_personId, record) => {
      const start = performance.now();
      const answer = await client.get('/api/auth/me');
      const elapsed = performance.now() - start;
      expectStatus(answer, 200, 'GET /api/auth/me');
      if (record) series.me.add(elapsed);
    },
    async (_personId, record) => {
      const start = performance.now();
      const answer = await anonymous.get('/api/health');
      const elapsed = performance.now() - start;
      expectStatus(answer, 200, 'GET /api/health');
      if (record) series.health.add(elapsed);
    },
    async (personId, record) => {
      const timing = await readPersonInProcess(db, { actor, origin, now: new Date() }, personId, true);
      if (record) {
        series.withAppend.add(timing.totalMs);
        series.append.add(timing.appendMs);
      }
    },
    async (personId, record) => {
      const timing = await readPersonInProcess(db, { actor, origin, now: new Date() }, personId, false);
      if (record) series.withoutAppend.add(timing.totalMs);
    },
  ];

  const persons = fixture.visiblePersonIds;
  const total = warmup + rounds;
  const started = performance.now();
  let lastPrint = started;
  for (let round = 0; round < total; round++) {
    const record = round >= warmup;
    const personId = persons[round % persons.length]!;
    for (let k = 0; k < variants.length; k++) await variants[(round + k) % variants.length]!(personId, record);
    const now = performance.now();
    if (round + 1 === warmup) log(`  person page: ${warmup} warm-up rounds done (${((now - started) / 1000).toFixed(1)} s)`);
    else if (now - lastPrint > 10_000 || round + 1 === total) {
      lastPrint = now;
      log(`  person page: round ${Math.max(0, round + 1 - warmup)}/${rounds} (${((now - started) / 1000).toFixed(1)} s)`);
    }
  }

  return {
    api: series.api.summary(),
    sql: series.sql.summary(),
    me: series.me.summary(),
    health: series.health.summary(),
    inProcessWithAppend: series.withAppend.summary(),
    inProcessWithoutAppend: series.withoutAppend.summary(),
    append: series.append.summary(),
    rounds,
    warmup,
    persons: Math.min(persons.length, total),
  };
}
