// Builds what every measurement needs: the synthetic municipality (timed, with progress), the real
// application on a free port, a logged-in staff user and persons that user may see.
import { performance } from 'node:perf_hooks';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { buildApp } from '../app.js';
import { generateMunicipality, random } from '../demo/generate.js';
import type { Actor } from '../platform/access/policy.js';
import { TestClient } from '../test/http-client.js';
import type { BenchOptions } from './args.js';
import type { BenchDatabase } from './databases.js';
import { shuffle } from './stats.js';
import { once } from './once.js';

export const benchPassword = 'helhet-bench-2026';

export interface GenerationTiming {
  totalMs: number;
  /** Phases derived from the generator's progress messages. */
  phases: { name: string; ms: number; rows: number }[];
  /** VACUUM ANALYZE (+ CHECKPOINT on PostgreSQL) after generation, before measuring. */
  vacuumMs: number;
}

export interface Fixture {
  bench: BenchDatabase;
  app: FastifyInstance;
  baseUrl: string;
  /** Logged in as the sample caseworker. */
  client: TestClient;
  /** No cookie: for the unauthenticated HTTP baseline. */
  anonymous: TestClient;
  actor: Actor;
  username: string;
  tenantId: string;
  /** Persons the sample user has a relation to, in a seeded random order. */
  visiblePersonIds: string[];
  visibleCount: number;
  counts: Record<string, number>;
  generation: GenerationTiming;
  close(): Promise<void>;
}

export type Log = (message: string) => void;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function buildFixture(bench: BenchDatabase, options: BenchOptions, log: Log): Promise<Fixture> {
  const { db } = bench.database;
  const start = performance.now();
  // Phase boundaries: the generator reports after units, staff+memberships, every 5th person batch,
  // relations+team, and every 25th log batch; the log phase runs until it returns (incl. ANALYZE).
  const marks: { name: string; at: number }[] = [];
  let lastLogPrint = 0;
  const generated = await generateMunicipality(db, {
    persons: options.persons,
    units: options.units,
    staff: options.staff,
    accessLogRows: options.logRows,
    seed: options.seed,
    password: benchPassword,
    onProgress: (message) => {
      const now = performance.now();
      const name = message.split(':')[0]!.trim();
      marks.push({ name, at: now });
      // Log batches are reported often; print at most every 10 s so the output stays readable.
      if (name !== 'tilgangslogg' || now - lastLogPrint > 10_000 || message.includes(`${options.logRows}/`)) {
        lastLogPrint = name === 'tilgangslogg' ? now : lastLogPrint;
        log(`  generate ${seconds(now - start)}: ${message}`);
      }
    },
  });
  const totalMs = performance.now() - start;
  const lastOf = (name: string) => [...marks].reverse().find((m) => m.name === name)?.at;
  const unitsAt = lastOf('enheter') ?? start;
  const staffAt = lastOf('ansatte') ?? unitsAt;
  const relationsAt = lastOf('tjenesterelasjoner') ?? staffAt;
  const personsEnd = relationsAt; // persons, then relations and team (one progress line at the end)
  const phases = [
    { name: 'units', ms: unitsAt - start, rows: options.units },
    { name: 'staff + memberships (incl. one argon2 hash)', ms: staffAt - unitsAt, rows: options.staff },
    { name: 'persons + service relations + team members', ms: personsEnd - staffAt, rows: options.persons },
    { name: 'access log (hash chain) + ANALYZE', ms: start + totalMs - relationsAt, rows: options.logRows },
  ];
  log(`  generated in ${seconds(totalMs)}; the access log took ${seconds(phases[3]!.ms)} (${Math.round(options.logRows / Math.max(phases[3]!.ms / 1000, 1e-9))} rows/s)`);

  const vacuumStart = performance.now();
  await db.execute(sql`vacuum analyze`);
  if (bench.kind === 'postgres') await db.execute(sql`checkpoint`).catch(() => undefined);
  const vacuumMs = performance.now() - vacuumStart;
  log(`  VACUUM ANALYZE${bench.kind === 'postgres' ? ' + CHECKPOINT' : ''}: ${seconds(vacuumMs)}`);

  const countRows = await bench.raw<{ name: string; n: string | number }>(
    `select 'persons' as name, count(*) as n from persons union all select 'service_relations', count(*) from service_relations
     union all select 'team_members', count(*) from team_members union all select 'unit_memberships', count(*) from unit_memberships
     union all select 'users', count(*) from users union all select 'units', count(*) from units union all select 'access_log', count(*) from access_log`,
  );
  const counts = Object.fromEntries(countRows.rows.map((r) => [r.name, Number(r.n)]));

  const app = await buildApp({ db, serveWeb: false });
  const closeApp = once(async () => {
    await app.close();
  });
  try {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const client = new TestClient(baseUrl);
    const login = await client.login(generated.sampleUsername, benchPassword);
    if (login.status !== 200) throw new Error(`Login as ${generated.sampleUsername} failed: ${login.status} ${JSON.stringify(login.body)}`);
    const me = await client.get('/api/auth/me');
    if (me.status !== 200) throw new Error(`/api/auth/me answered ${me.status}`);
    const user = me.body.user as { id: string; displayName: string; kind: 'staff' | 'person'; roles: Actor['roles']; unitIds: string[]; personId: string | null };
    const actor: Actor = { userId: user.id, tenantId: generated.tenantId, kind: user.kind, displayName: user.displayName, roles: user.roles, unitIds: user.unitIds, personId: user.personId };
    if (actor.unitIds.length === 0) throw new Error(`${generated.sampleUsername} has no units; the benchmark needs a staff user with unit memberships`);

    // Persons the user may see: an active service relation in one of the user's units, or team membership.
    const visible = await bench.raw<{ person_id: string }>(
      `select person_id from service_relations where unit_id = any($1::uuid[]) and valid_from <= now() and (valid_to is null or valid_to > now())
       union select person_id from team_members where user_id = $2 and valid_from <= now() and (valid_to is null or valid_to > now())`,
      [actor.unitIds, actor.userId],
    );
    const visibleSet = new Set(visible.rows.map((r) => r.person_id));
    // Generation order (not uuid order) so the same seed picks the same persons run after run.
    const ordered = generated.personIds.filter((id) => visibleSet.has(id));
    if (ordered.length === 0) throw new Error('The sample user has a relation to no person');
    const visiblePersonIds = shuffle(ordered, random(options.seed + 1)).slice(0, options.samplePersons);
    log(`  logged in as ${generated.sampleUsername} (${actor.roles.join(', ')}, ${actor.unitIds.length} unit(s)); may see ${ordered.length} persons, using ${visiblePersonIds.length} of them`);

    return {
      bench,
      app,
      baseUrl,
      client,
      anonymous: new TestClient(baseUrl),
      actor,
      username: generated.sampleUsername,
      tenantId: generated.tenantId,
      visiblePersonIds,
      visibleCount: ordered.length,
      counts,
      generation: { totalMs, phases, vacuumMs },
      close: closeApp,
    };
  } catch (error) {
    await closeApp();
    throw error;
  }
}
