import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withTenant } from '../db/tenant-context.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { openDatabase, queryRows, type Db } from '../db/database.js';
import { grantRuntimeRole } from '../db/roles.js';
import { appendToAccessLog, type LogEntry } from './log.js';
import { sealAccessLog } from './seal.js';
import { verifyAccessLog, type CheckpointSource } from './verify.js';
import { loadOrCreateSigner } from './checkpoints.js';
import { checkpointNow, type CheckpointTarget } from './sealer.js';
import { historicEncodings, rowHash } from './chain.js';

const headOf = async (db: Db, tenantId: string) =>
  (await queryRows<{ seq: number; hash: string }>(db, sql`select seq::int as seq, hash from access_log_head where tenant_id = ${tenantId}`))[0]!;

/** A signing key and a checkpoint folder inside `folder`: where the server writes, and what verify reads. */
function checkpointsIn(folder: string): { target: CheckpointTarget; source: CheckpointSource } {
  const signer = loadOrCreateSigner(join(folder, 'key.pem'));
  const dir = join(folder, 'checkpoints');
  return { target: { dir, signer }, source: { dir, publicKey: signer.publicKey } };
}

/** What only someone with the owner's rights could do: switch the triggers off around some change. */
async function asTamperer(db: Db, change: () => Promise<unknown>): Promise<void> {
  await db.execute(sql`alter table access_log disable trigger user`);
  try {
    await change();
  } finally {
    await db.execute(sql`alter table access_log enable trigger user`);
  }
}

for (const database of testDatabases()) {
  describe(`${database.name}: access log (Normen) — append, seal, checkpoint`, () => {
    let app: RunningApp;
    let db: Db;
    let tenantId: string;
    let folder: string;
    let target: CheckpointTarget;
    let source: CheckpointSource;
    const verify = async () => {
      await sealAccessLog(db);
      return verifyAccessLog(db, tenantId, source);
    };

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'helhet-log-'));
      ({ target, source } = checkpointsIn(folder));
      app = await startTestApp(database, { checkpoints: source });
      db = app.database.db;
      tenantId = app.seed.tenantId;
      const kari = await app.as('kari.saksbehandler');
      for (let i = 0; i < 3; i++) expect((await kari.get(`/api/persons/${app.seed.personIds[0]}`)).status).toBe(200);
      expect((await kari.get(`/api/persons/${app.seed.personIds[7]}`)).status).toBe(403);
    });
    afterAll(async () => {
      await app?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('records who, when, which person, what, why and from where', async () => {
      const [row] = await queryRows<Record<string, unknown>>(db, sql`select * from access_log where outcome = 'refused' order by id desc limit 1`);
      expect(row).toMatchObject({ actor_name: 'Kari Saksbehandler', person_id: app.seed.personIds[7], action: 'person.read', basis: 'no-relation', origin: '127.0.0.1 GET /api/persons/:personId' });
      expect(Date.now() - new Date(String(row!.occurred_at)).getTime()).toBeLessThan(60_000);
    });

    it('a request appends without numbering; the sealer numbers and chains the rows after commit', async () => {
      const [unsealed] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from access_log where seq is null`);
      expect(unsealed!.n).toBeGreaterThanOrEqual(4);
      const result = await sealAccessLog(db);
      expect(result.sealed).toBe(unsealed!.n);
      const rows = await queryRows<{ seq: number }>(db, sql`select seq::int as seq from access_log where tenant_id = ${tenantId} order by seq`);
      expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
      expect(await headOf(db, tenantId)).toMatchObject({ seq: rows.length });
      expect((await verify()).ok).toBe(true);
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself; a sealed row cannot be sealed again', async () => {
      await sealAccessLog(db);
      await expect(db.execute(sql`update access_log set actor_name = 'x'`)).rejects.toThrow();
      await expect(db.execute(sql`delete from access_log`)).rejects.toThrow();
      await expect(db.execute(sql`truncate access_log`)).rejects.toThrow();
      await expect(db.execute(sql`update access_log set seq = seq + 1000 where tenant_id = ${tenantId} and seq = 1`)).rejects.toThrow();
      const entry: LogEntry = { tenantId, actorId: null, actorName: 'Test', personId: null, action: 'test.seal', outcome: 'allowed', basis: 'test', reason: null, origin: 'test', details: null };
      await db.transaction((tx) => appendToAccessLog(tx, [entry]));
      // The seal columns may be set once, but not together with a change to the row's content.
      await expect(db.execute(sql`update access_log set seq = 999999, prev_hash = 'x', hash = 'y', actor_name = 'Annen' where action = 'test.seal'`)).rejects.toThrow();
      const [{ n }] = (await queryRows<{ n: number }>(db, sql`select count(*)::int as n from access_log`)) as [{ n: number }];
      expect(n).toBeGreaterThanOrEqual(5);
      expect((await verify()).ok).toBe(true);
    });

    it('verifies through the API for a quality adviser (sealing first), and refuses a caseworker', async () => {
      const adviser = await app.as('kristin.kvalitet');
      const answer = await adviser.post('/api/access-log/verify');
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ ok: true, unsealed: 0 });
      expect(answer.body.rowsChecked).toBeGreaterThanOrEqual(4);
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post('/api/access-log/verify')).body.code).toBe('ROLE_REQUIRED');
    });

    it('an id sent in upper case cannot poison the chain: the row is hashed as stored', async () => {
      const kari = await app.as('kari.saksbehandler');
      const upper = app.seed.personIds[0]!.toUpperCase();
      expect((await kari.get(`/api/persons/${upper}`)).status).toBe(200);
      expect((await kari.get(`/api/persons/${app.seed.personIds[7]!.toUpperCase()}`)).status).toBe(403);
      await db.transaction((tx) => appendToAccessLog(tx, [{ tenantId: tenantId.toUpperCase(), actorId: null, actorName: 'A\u030Ase', personId: upper, personIds: [upper], action: 'test.case', outcome: 'allowed', basis: 'test', reason: 'e\u0301', origin: 'test', details: { Ø: 'A\u030A' } }]));
      const result = await verify();
      expect(result).toMatchObject({ ok: true, breaks: [], variants: [] });
    });

    it('appends several rows in one statement (non-ASCII text, details, a list of persons) and chains them', async () => {
      const entry: LogEntry = { tenantId, actorId: null, actorName: 'Åse Ødegård «test» \\ "x"', personId: null, personIds: [app.seed.personIds[1]!, app.seed.personIds[0]!], action: 'test.list', outcome: 'allowed', basis: 'relation', reason: 'Grunn: æøå\nny linje', origin: '127.0.0.1 GET /x', details: { z: 1, a: 'ø', n: null } };
      const before = (await headOf(db, tenantId)).seq;
      await db.transaction((tx) => appendToAccessLog(tx, [entry, { ...entry, personIds: null, personId: app.seed.personIds[0]!, details: null, reason: null }]));
      await sealAccessLog(db);
      const rows = await queryRows<{ seq: number; actor_name: string }>(db, sql`select seq::int as seq, actor_name from access_log where tenant_id = ${tenantId} and seq > ${before} order by seq`);
      expect(rows.map((r) => r.seq)).toEqual([before + 1, before + 2]);
      expect(rows[0]).toMatchObject({ actor_name: entry.actorName });
      expect((await verify()).ok).toBe(true);
    });

    it('rows of parallel requests are all sealed once, in one unbroken chain', async () => {
      const kari = await app.as('kari.saksbehandler');
      const before = (await headOf(db, tenantId)).seq;
      const answers = await Promise.all(Array.from({ length: 40 }, () => kari.get(`/api/persons/${app.seed.personIds[0]}`)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      const result = await verify();
      expect(result.ok).toBe(true);
      expect((await headOf(db, tenantId)).seq - before).toBe(40);
    });

    it('tells a known historic encoding apart from a real alteration, and lists every break', async () => {
      await sealAccessLog(db);
      // A row as the old request-time hashing wrote it: the person id hashed as sent in the address (upper
      // case), the tenant and actor ids from the session (lower case); stored lower case.
      const head = await headOf(db, tenantId);
      const occurredAt = new Date('2026-01-02T03:04:05.678Z');
      const legacy = { tenantId, seq: head.seq + 1, occurredAt, actorId: null, actorName: 'Gammel', personId: app.seed.personIds[0]!, action: 'person.read', outcome: 'allowed' as const, basis: 'team', reason: null, origin: 'test', details: null };
      const legacyHash = rowHash(legacy, head.hash, historicEncodings.find((h) => h.name === 'person-id med store bokstaver')!.encoding);
      await asTamperer(db, async () => {
        await db.execute(sql`insert into access_log (tenant_id, seq, occurred_at, actor_name, person_id, action, outcome, basis, origin, prev_hash, hash)
          values (${tenantId}, ${legacy.seq}, ${occurredAt.toISOString()}, 'Gammel', ${legacy.personId}, 'person.read', 'allowed', 'team', 'test', ${head.hash}, ${legacyHash})`);
        await db.execute(sql`update access_log_head set seq = ${legacy.seq}, hash = ${legacyHash} where tenant_id = ${tenantId}`);
      });
      const withVariant = await verifyAccessLog(db, tenantId);
      expect(withVariant.breaks).toEqual([]);
      expect(withVariant.variants).toEqual([{ seq: legacy.seq, encoding: 'person-id med store bokstaver' }]);
      // 25 altered rows give 25 breaks, not the first 20.
      await asTamperer(db, () => db.execute(sql`update access_log set origin = origin || '#' where tenant_id = ${tenantId} and seq between 2 and 26`));
      const altered = await verifyAccessLog(db, tenantId);
      expect(altered.ok).toBe(false);
      expect(altered.breaks.filter((b) => b.problem === 'hash-mismatch')).toHaveLength(25);
      await asTamperer(db, () => db.execute(sql`update access_log set origin = left(origin, -1) where tenant_id = ${tenantId} and seq between 2 and 26`));
      expect((await verifyAccessLog(db, tenantId)).ok).toBe(true);
    });

    it('detects a removed, a reordered and an altered row', async () => {
      await sealAccessLog(db);
      const [a] = await queryRows<{ id: number; seq: number }>(db, sql`select id::int as id, seq::int as seq from access_log where tenant_id = ${tenantId} and seq = 3`);
      const [b] = await queryRows<{ id: number; seq: number }>(db, sql`select id::int as id, seq::int as seq from access_log where tenant_id = ${tenantId} and seq = 4`);
      await asTamperer(db, async () => {
        await db.execute(sql`update access_log set seq = -1 where id = ${a!.id}`);
        await db.execute(sql`update access_log set seq = 3 where id = ${b!.id}`);
        await db.execute(sql`update access_log set seq = 4 where id = ${a!.id}`);
      });
      const reordered = await verifyAccessLog(db, tenantId);
      expect(reordered.breaks.map((x) => x.problem)).toContain('hash-mismatch');
      expect(reordered.breaks.map((x) => x.problem)).toContain('prev-hash-mismatch');
      await asTamperer(db, () => db.execute(sql`delete from access_log where tenant_id = ${tenantId} and seq = 5`));
      const removed = await verifyAccessLog(db, tenantId);
      expect(removed.breaks.map((x) => x.problem)).toContain('missing-rows');
    });
  });

  describe(`${database.name}: access log — signed checkpoints catch what the chain alone cannot`, () => {
    let app: RunningApp;
    let db: Db;
    let tenantId: string;
    let folder: string;
    let target: CheckpointTarget;
    let source: CheckpointSource;

    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'helhet-cp-'));
      ({ target, source } = checkpointsIn(folder));
      app = await startTestApp(database, { checkpoints: source });
      db = app.database.db;
      tenantId = app.seed.tenantId;
      const kari = await app.as('kari.saksbehandler');
      for (let i = 0; i < 6; i++) await kari.get(`/api/persons/${app.seed.personIds[0]}`);
      await sealAccessLog(db);
      expect(await checkpointNow(db, target, new Date())).toHaveLength(1);
      expect(await checkpointNow(db, target, new Date())).toHaveLength(0); // nothing new since
    });
    afterAll(async () => {
      await app?.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it('tail truncation with the head moved back verifies as a chain, but not against the checkpoint', async () => {
      const head = await headOf(db, tenantId);
      const [previous] = await queryRows<{ hash: string }>(db, sql`select hash from access_log where tenant_id = ${tenantId} and seq = ${head.seq - 2}`);
      await asTamperer(db, async () => {
        await db.execute(sql`delete from access_log where tenant_id = ${tenantId} and seq > ${head.seq - 2}`);
        await db.execute(sql`update access_log_head set seq = ${head.seq - 2}, hash = ${previous!.hash} where tenant_id = ${tenantId}`);
      });
      expect((await verifyAccessLog(db, tenantId)).ok).toBe(true); // the chain alone is fooled
      const checked = await verifyAccessLog(db, tenantId, source);
      expect(checked.ok).toBe(false);
      expect(checked.breaks.map((b) => b.problem)).toEqual(['checkpoint-missing-rows']);
    });

    it('a whole chain recomputed with the product’s own hash function fails against the checkpoint', async () => {
      await asTamperer(db, async () => {
        await db.execute(sql`update access_log set actor_name = 'Skjult' where tenant_id = ${tenantId} and seq = 1`);
        await db.execute(sql`update access_log set seq = null, prev_hash = null, hash = null where tenant_id = ${tenantId}`);
        await db.execute(sql`delete from access_log_head where tenant_id = ${tenantId}`);
      });
      await sealAccessLog(db); // re-chains every row consistently
      const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from access_log where tenant_id = ${tenantId}`);
      const kari = await app.as('kari.saksbehandler');
      for (let i = 0; i < 3; i++) await kari.get(`/api/persons/${app.seed.personIds[0]}`); // and grows it past the checkpoint
      await sealAccessLog(db);
      expect((await verifyAccessLog(db, tenantId)).ok).toBe(true);
      const checked = await verifyAccessLog(db, tenantId, source);
      expect(checked.ok).toBe(false);
      expect(checked.breaks.map((b) => b.problem)).toContain('checkpoint-mismatch');
      expect(count!.n).toBeGreaterThan(0);
    });

    it('a forged or edited checkpoint line is a break, not a pass', async () => {
      const { appendFileSync, readFileSync } = await import('node:fs');
      const file = join(target.dir, `${tenantId}.jsonl`);
      const [first] = readFileSync(file, 'utf8').trim().split('\n');
      appendFileSync(file, `${JSON.stringify({ ...JSON.parse(first!), seq: 1 })}\nikke json\n`);
      const problems = (await verifyAccessLog(db, tenantId, source)).breaks.map((b) => b.problem);
      expect(problems.filter((p) => p === 'checkpoint-signature')).toHaveLength(2);
    });
  });

  if (database.name === 'postgres') {
    describe('postgres: the server’s own role cannot switch off the log’s protection', () => {
      const role = `helhet_rt_${randomBytes(4).toString('hex')}`;
      const admin = () => new pg.Client({ connectionString: inject('pgAdminUrl') });
      let app: RunningApp;
      let runtime: Awaited<ReturnType<typeof openDatabase>>;

      beforeAll(async () => {
        const c = admin();
        await c.connect();
        await c.query(`create role ${role} login`);
        await c.end();
        app = await startTestApp(database);
        await grantRuntimeRole(app.database.db, role);
        const [{ url }] = (await queryRows<{ url: string }>(app.database.db, sql`select current_database() as url`)) as [{ url: string }];
        const address = new URL(inject('pgAdminUrl'));
        address.username = role;
        address.password = '';
        address.pathname = `/${url}`;
        runtime = await openDatabase({ url: address.toString() });
      });
      afterAll(async () => {
        await runtime?.close();
        await app?.close();
        const c = admin();
        await c.connect();
        await c.query(`drop role if exists ${role}`);
        await c.end();
      });

      it('appends and seals as the runtime role, but cannot alter, delete, truncate or disable the triggers', async () => {
        const tenantId = app.seed.tenantId;
        await withTenant(runtime.db, tenantId, (tx) => appendToAccessLog(tx, [{ tenantId, actorId: null, actorName: 'Kjørerolle', personId: null, action: 'test.runtime', outcome: 'allowed', basis: 'test', reason: null, origin: 'test', details: null }]));
        expect((await sealAccessLog(runtime.db)).sealed).toBeGreaterThan(0);
        expect((await verifyAccessLog(runtime.db, tenantId)).ok).toBe(true);
        // 42501: insufficient_privilege (not the owner, or no such grant) — refused by PostgreSQL itself, not the trigger.
        for (const statement of [sql`alter table access_log disable trigger user`, sql`update access_log set actor_name = 'x'`, sql`delete from access_log`, sql`truncate access_log`, sql`drop table access_log`, sql`alter table access_log_head owner to current_user`]) {
          await expect(runtime.db.execute(statement)).rejects.toMatchObject({ cause: { code: '42501' } });
        }
        const [{ n }] = (await withTenant(runtime.db, tenantId, (tx) => queryRows<{ n: number }>(tx, sql`select count(*)::int as n from persons`))) as [{ n: number }];
        expect(n).toBeGreaterThan(0);
      });

      it('a row of a transaction still open is chained when it commits, after rows that committed before it', async () => {
        const tenantId = app.seed.tenantId;
        await sealAccessLog(runtime.db);
        const [{ d }] = (await queryRows<{ d: string }>(app.database.db, sql`select current_database() as d`)) as [{ d: string }];
        const address = new URL(inject('pgAdminUrl'));
        address.pathname = `/${d}`;
        const client = new pg.Client({ connectionString: address.toString() });
        await client.connect();
        try {
          await client.query('begin');
          await client.query(`insert into access_log (tenant_id, occurred_at, actor_name, action, outcome, basis, origin) values ($1, now(), 'Lang transaksjon', 'test.long', 'allowed', 'test', 'test')`, [tenantId]);
          await withTenant(runtime.db, tenantId, (tx) => appendToAccessLog(tx, [{ tenantId, actorId: null, actorName: 'Etter', personId: null, action: 'test.after', outcome: 'allowed', basis: 'test', reason: null, origin: 'test', details: null }]));
          expect((await sealAccessLog(runtime.db)).sealed).toBe(1);
          await client.query('commit');
        } finally {
          await client.end();
        }
        expect((await sealAccessLog(runtime.db)).sealed).toBe(1);
        const rows = await withTenant(runtime.db, tenantId, (tx) => queryRows<{ action: string; seq: number }>(tx, sql`select action, seq::int as seq from access_log where action in ('test.long', 'test.after') order by seq`));
        expect(rows.map((r) => r.action)).toEqual(['test.after', 'test.long']);
        expect(rows[1]!.seq).toBe(rows[0]!.seq + 1);
        expect((await verifyAccessLog(runtime.db, tenantId)).ok).toBe(true);
      });
    });
  }
}
