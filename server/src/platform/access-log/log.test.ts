import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { queryRows } from '../db/database.js';
import { appendToAccessLog, verifyAccessLog } from './log.js';

for (const database of testDatabases()) {
  describe(`${database.name}: access log (Normen)`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
      const kari = await app.as('kari.saksbehandler');
      for (let i = 0; i < 3; i++) expect((await kari.get(`/api/persons/${app.seed.personIds[0]}`)).status).toBe(200);
      expect((await kari.get(`/api/persons/${app.seed.personIds[7]}`)).status).toBe(403);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('records who, when, which person, what, why and from where', async () => {
      const [row] = await queryRows<Record<string, unknown>>(app.database.db, sql`select * from access_log where outcome = 'refused' order by seq desc limit 1`);
      expect(row).toMatchObject({ actor_name: 'Kari Saksbehandler', person_id: app.seed.personIds[7], action: 'person.read', basis: 'no-relation', origin: '127.0.0.1 GET /api/persons/:personId' });
      expect(Date.now() - new Date(String(row!.occurred_at)).getTime()).toBeLessThan(60_000);
    });

    it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
      await expect(app.database.db.execute(sql`update access_log set actor_name = 'x'`)).rejects.toThrow();
      await expect(app.database.db.execute(sql`delete from access_log`)).rejects.toThrow();
      await expect(app.database.db.execute(sql`truncate access_log`)).rejects.toThrow();
      const [{ n }] = (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from access_log`)) as [{ n: number }];
      expect(n).toBeGreaterThanOrEqual(4);
    });

    it('verifies through the API for a quality adviser, and refuses a caseworker', async () => {
      const adviser = await app.as('kristin.kvalitet');
      const answer = await adviser.post('/api/access-log/verify');
      expect(answer.status).toBe(200);
      expect(answer.body.ok).toBe(true);
      expect(answer.body.rowsChecked).toBeGreaterThanOrEqual(4);
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post('/api/access-log/verify')).body.code).toBe('ROLE_REQUIRED');
    });

    it('appends one row per statement with the same hash chain (non-ASCII text, details, a list of persons)', async () => {
      const tenantId = app.seed.tenantId;
      const [before] = await queryRows<{ seq: number }>(app.database.db, sql`select seq::int as seq from access_log_head where tenant_id = ${tenantId}`);
      const entry = { tenantId, actorId: null, actorName: 'Åse Ødegård «test» \\ "x"', personId: null, personIds: [app.seed.personIds[1]!, app.seed.personIds[0]!], action: 'test.list', outcome: 'allowed' as const, basis: 'relation', reason: 'Grunn: æøå\nny linje', origin: '127.0.0.1 GET /x', details: { z: 1, a: 'ø', n: null } };
      await app.database.db.transaction((tx) => appendToAccessLog(tx, [entry]));
      await app.database.db.transaction((tx) => appendToAccessLog(tx, [{ ...entry, personIds: null, personId: app.seed.personIds[0]!, details: null, reason: null }]));
      const rows = await queryRows<{ seq: number; actor_name: string; person_ids: string[] | null }>(app.database.db, sql`select seq::int as seq, actor_name, person_ids from access_log where tenant_id = ${tenantId} and seq > ${before!.seq} order by seq`);
      expect(rows.map((r) => r.seq)).toEqual([before!.seq + 1, before!.seq + 2]);
      expect(rows[0]).toMatchObject({ actor_name: entry.actorName });
      expect((await verifyAccessLog(app.database.db, tenantId)).ok).toBe(true);
    });

    it('detects a row altered by someone who disabled the triggers, and a removed row', async () => {
      const tenantId = app.seed.tenantId;
      expect((await verifyAccessLog(app.database.db, tenantId)).ok).toBe(true);
      await app.database.db.execute(sql`alter table access_log disable trigger user`);
      try {
        await app.database.db.execute(sql`update access_log set actor_name = 'Ukjent' where tenant_id = ${tenantId} and seq = 2`);
        const altered = await verifyAccessLog(app.database.db, tenantId);
        expect(altered.ok).toBe(false);
        expect(altered.breaks).toContainEqual({ seq: 2, problem: 'hash-mismatch', detail: 'Rad 2 er endret etter at den ble skrevet' });
        await app.database.db.execute(sql`delete from access_log where tenant_id = ${tenantId} and seq = 3`);
        const removed = await verifyAccessLog(app.database.db, tenantId);
        expect(removed.breaks.map((b) => b.problem)).toContain('missing-rows');
        const [last] = await queryRows<{ seq: number }>(app.database.db, sql`select max(seq)::int as seq from access_log where tenant_id = ${tenantId}`);
        await app.database.db.execute(sql`delete from access_log where tenant_id = ${tenantId} and seq = ${last!.seq}`);
        const truncatedTail = await verifyAccessLog(app.database.db, tenantId);
        expect(truncatedTail.breaks.map((b) => b.problem)).toContain('head-mismatch');
      } finally {
        await app.database.db.execute(sql`alter table access_log enable trigger user`);
      }
    });
  });
}
