// Property-based test over every route in the OpenAPI document: requests built from each route's own
// schemas (valid, and with one hostile part), sent over real HTTP as a user with every staff role.
// Whatever is sent, the answer is never a 5xx, every 4xx is Norwegian problem+json from the error
// catalogue, and a refused request leaves the database as it was.
// Longer run: HELHET_FUZZ_RUNS=5000 (default 120 per database); another seed: HELHET_FUZZ_SEED=<n>.
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/database.js';
import { errors } from '../errors.js';
import { staffRoles } from '../access/policy.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { hostile, hostileStrings, valid, type ArbitraryContext, type JsonSchema } from '../../test/schema-arbitraries.js';

const runs = Number(process.env.HELHET_FUZZ_RUNS ?? 120);
const seed = Number(process.env.HELHET_FUZZ_SEED ?? 20260301);
const fuzzUser = 'siri.koordinator';
// Logging in and out, and the citizen's code, change sessions and counters by design.
const skipped = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/citizen/code']);
// Tables a refused request may write: the access log records refusals; sessions are touched on use.
const logTables = ['access_log', 'access_log_head', 'sessions', 'access_code_failures', 'fuzz_writes'];
const titles = new Set(Object.values(errors).map((e) => e.title));

interface Operation {
  method: string;
  path: string;
  pathParams: { name: string; schema: JsonSchema }[];
  query: JsonSchema;
  body: JsonSchema | undefined;
}

function operationsOf(document: any): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries<any>(document.paths)) {
    for (const [method, operation] of Object.entries<any>(item)) {
      if (skipped.has(`${method.toUpperCase()} ${path}`)) continue;
      const parameters: any[] = operation.parameters ?? [];
      const queryParameters = parameters.filter((p) => p.in === 'query');
      operations.push({
        method: method.toUpperCase(),
        path,
        pathParams: parameters.filter((p) => p.in === 'path').map((p) => ({ name: p.name, schema: p.schema ?? {} })),
        query: { type: 'object', properties: Object.fromEntries(queryParameters.map((p) => [p.name, p.schema ?? {}])), required: queryParameters.filter((p) => p.required).map((p) => p.name) },
        body: operation.requestBody?.content?.['application/json']?.schema,
      });
    }
  }
  return operations;
}

/** Percent-encodes a path segment; a lone surrogate becomes bytes that are not UTF-8, as a hostile client would send. */
function pathSegment(value: string): string {
  return value.split(/([\ud800-\udfff])/).map((piece) => (/^[\ud800-\udfff]$/.test(piece) ? '%ED%A0%80' : encodeURIComponent(piece))).join('');
}

interface Request {
  operation: Operation;
  url: string;
  body: unknown;
  hostile: boolean;
}

function requestArbitrary(operation: Operation, context: ArbitraryContext): fc.Arbitrary<Request> {
  const part = (schema: JsonSchema | undefined) => fc.oneof({ weight: 2, arbitrary: valid(schema, context).map((value) => ({ value, hostile: false })) }, { weight: 1, arbitrary: hostile(schema, context).map((value) => ({ value, hostile: true })) });
  const pathValue = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...context.ids) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.constantFrom(...hostileStrings.filter((s) => s.length < 5000)) });
  const pathParams = fc.tuple(...operation.pathParams.map((p) => (p.schema.format === 'uuid' ? pathValue : fc.oneof(valid(p.schema, context).map(String), pathValue))));
  return fc.tuple(pathParams, part(operation.query), part(operation.body)).map(([params, query, body]) => {
    let path = operation.path;
    operation.pathParams.forEach((p, i) => {
      path = path.replace(`{${p.name}}`, pathSegment(String(params[i])));
    });
    const search = new URLSearchParams();
    if (query.value && typeof query.value === 'object') {
      for (const [key, value] of Object.entries(query.value)) for (const v of [value].flat()) search.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
    const qs = search.toString();
    return { operation, url: qs ? `${path}?${qs}` : path, body: operation.body ? body.value : undefined, hostile: query.hostile || (operation.body !== undefined && body.hostile) };
  });
}

async function giveEveryRole(app: RunningApp): Promise<void> {
  const db = app.database.db;
  await db.execute(sql`update users set roles = ${`{${staffRoles.join(',')}}`}::text[] where username = ${fuzzUser}`);
  await db.execute(sql`insert into unit_memberships (tenant_id, user_id, unit_id) select u.tenant_id, u.id, un.id from users u cross join units un where u.username = ${fuzzUser} and not exists (select 1 from unit_memberships m where m.user_id = u.id and m.unit_id = un.id)`);
}

/** Every write to a table outside the logs leaves one row in fuzz_writes; a refused request must leave none. */
async function countWrites(app: RunningApp): Promise<void> {
  const db = app.database.db;
  await db.execute(sql`create table fuzz_writes (seq bigserial primary key, table_name text not null)`);
  await db.execute(sql.raw(`create function fuzz_count_write() returns trigger language plpgsql as $$ begin insert into fuzz_writes (table_name) values (TG_TABLE_NAME); return null; end $$`));
  const tables = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
  for (const { name } of tables.filter((t) => !logTables.includes(t.name) && !t.name.startsWith('__'))) {
    await db.execute(sql.raw(`create trigger fuzz_count after insert or update or delete on "${name}" for each statement execute function fuzz_count_write()`));
  }
}

async function existingIds(app: RunningApp): Promise<string[]> {
  const db = app.database.db;
  const tables = await queryRows<{ name: string }>(db, sql`select table_name as name from information_schema.columns where table_schema = 'public' and column_name = 'id' and data_type = 'uuid'`);
  const ids: string[] = [];
  for (const { name } of tables) {
    if (name === 'users') continue;
    const rows = await queryRows<{ id: string }>(db, sql.raw(`select id from "${name}" order by id limit 5`));
    ids.push(...rows.map((r) => r.id));
  }
  const [me] = await queryRows<{ id: string }>(db, sql`select id from users where username = ${fuzzUser}`);
  const others = await queryRows<{ id: string }>(db, sql`select id from users where id <> ${me!.id} limit 5`);
  return [...app.seed.personIds, ...ids, ...others.map((r) => r.id)];
}

for (const database of testDatabases()) {
  describe(`${database.name}: every route, fuzzed from its schemas`, () => {
    let app: RunningApp;
    let client: TestClient;
    let operations: Operation[];
    let context: ArbitraryContext;
    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
      await giveEveryRole(app);
      await countWrites(app);
      client = await app.as(fuzzUser);
      operations = operationsOf(app.app.swagger());
      context = { ids: await existingIds(app) };
    });
    afterAll(async () => {
      await app?.close();
    });

    it('covers the API, and sees a write (so a refused request that writes would fail it)', async () => {
      expect(operations.length).toBeGreaterThan(150);
      const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from fuzz_writes`);
      const note = await client.post(`/api/persons/${app.seed.personIds[0]}/notes`, { title: 'Fuzz', body: 'Et notat', classification: 'shared' });
      expect(note.status).toBe(201);
      const after = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from fuzz_writes`);
      expect(after[0]!.n).toBeGreaterThan(before[0]!.n);
    });

    it('never answers 5xx, answers 4xx as Norwegian problem+json, and a refused request changes nothing', async () => {
      const writes = async (): Promise<number> => Number((await queryRows<{ n: number }>(app.database.db, sql`select coalesce(max(seq), 0)::int as n from fuzz_writes`))[0]!.n);
      const arbitrary = fc.constantFrom(...operations).chain((operation) => requestArbitrary(operation, context));
      const statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(arbitrary, async (request) => {
          const before = await writes();
          const { method } = request.operation;
          const answer = request.body === undefined ? await client.raw(method, request.url) : await client.raw(method, request.url, { body: JSON.stringify(request.body), headers: { 'content-type': 'application/json' } });
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          if (answer.status === 401) client = await app.as(fuzzUser);
          const what = `${method} ${request.url.slice(0, 200)} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`;
          expect(answer.status, what).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.headers.get('content-type'), what).toContain('application/problem+json');
            expect(titles.has(answer.body?.title), what).toBe(true);
            expect(answer.body.status, what).toBe(answer.status);
            const changed = await queryRows<{ table_name: string }>(app.database.db, sql`select table_name from fuzz_writes where seq > ${before} order by seq`);
            expect(changed.map((c) => c.table_name), `refused request changed the database: ${what}`).toEqual([]);
          }
        }),
        { seed, numRuns: runs, endOnFailure: true },
      );
      if (process.env.HELHET_FUZZ_RUNS) console.log('statuses', JSON.stringify(statuses));
    }, 60_000 + runs * 200);
  });
}
