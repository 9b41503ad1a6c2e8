// Tenant isolation in PostgreSQL itself (migration 0021, tenant-context.ts), on both databases: every
// table with tenant_id is under the policy, a transaction without a tenant sees nothing, a tenant
// never sees or writes another's rows, the runtime role cannot switch it off, and jobs still run
// per tenant. The application's own WHERE clauses are not what is tested here: these queries leave
// them out on purpose.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { queryRows, type Db } from './database.js';
import { persons, units } from './schema.js';
import { setTenant, withSystemContext, withTenant } from './tenant-context.js';
import { withAccess } from '../access/scope.js';
import { enqueue, runDueJobs } from '../jobs/queue.js';
import { personChangedJob } from '../access/scope.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { jobHandlers } from '../../app.js';
import { generateMunicipality } from '../../demo/generate.js';
import { generateCaseData } from '../../demo/generate-cases.js';
import { scheduleDailyRefresh } from '../../capabilities/worklist/index.js';

/** Tables without tenant_id, and why they are global. A new one must be added here on purpose. */
const globalTables = {
  tenants: 'the municipalities themselves',
  jobs: 'the job queue: a job names its tenant in its payload and runs in that tenant (queue.ts)',
  survey_link_use: 'per-link rate limit of anonymous survey answers, keyed by survey id and a hashed client address',
};

const tenantTables = (db: Db) =>
  queryRows<{ table_name: string; rls: boolean; forced: boolean; policy: string | null; using_expr: string | null; check_expr: string | null }>(db, sql`
    select c.relname as table_name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
           p.polname as policy, pg_get_expr(p.polqual, p.polrelid) as using_expr, pg_get_expr(p.polwithcheck, p.polrelid) as check_expr
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    left join pg_policy p on p.polrelid = c.oid and p.polname = 'tenant_isolation'
    where c.relkind in ('r', 'p') and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
    order by c.relname`);

const count = async (db: Db, table: string): Promise<number> => Number((await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]!.n);

const refused = async (work: Promise<unknown>): Promise<string> => {
  const error = await work.then(
    () => null,
    (e: { cause?: { code?: string }; code?: string }) => e,
  );
  expect(error, 'should have been refused').not.toBeNull();
  return error!.cause?.code ?? error!.code ?? '';
};

for (const database of testDatabases()) {
  describe(`${database.name}: tenant isolation by row-level security`, () => {
    let app: RunningApp;
    let owner: Db;
    let tenantA: string;
    let tenantB: string;
    let personB: string;

    beforeAll(async () => {
      const clock = () => new Date('2026-03-02T09:00:00Z');
      app = await startTestApp(database, { cases: true, clock });
      owner = app.database.db;
      tenantA = app.seed.tenantId;
      // A second municipality, made the way an operator makes one (system context, then its own tenant).
      const generated = await generateMunicipality(app.db, { persons: 12, units: 2, staff: 4, accessLogRows: 10, seed: 7, password: 'rls-test-passord-1' });
      tenantB = generated.tenantId;
      personB = generated.personIds[0]!;
      await generateCaseData(app.db, { tenantId: tenantB, today: '2026-03-02' });
    });
    afterAll(async () => app?.close());

    it('puts every table with tenant_id under the enabled, forced tenant policy; only the listed tables are global', async () => {
      const tables = await tenantTables(owner);
      expect(tables.length).toBeGreaterThan(90);
      const missing = tables.filter((t) => !t.rls || !t.forced || !t.policy || !t.using_expr?.includes('helhet_current_tenant') || !t.check_expr?.includes('helhet_current_tenant'));
      expect(missing.map((t) => t.table_name)).toEqual([]);
      const all = await queryRows<{ table_name: string }>(owner, sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`);
      const global = all.map((t) => t.table_name).filter((name) => !tables.some((t) => t.table_name === name));
      expect(global.sort()).toEqual(Object.keys(globalTables).sort());
    });

    it('shows no row of any tenant table to a query without a tenant, though the rows are there', async () => {
      const tables = (await tenantTables(owner)).map((t) => t.table_name);
      let withRows = 0;
      for (const table of tables) {
        if ((await count(owner, table)) === 0) continue;
        withRows++;
        expect(await count(app.db, table), table).toBe(0);
      }
      expect(withRows).toBeGreaterThan(40);
      // A reset or malformed setting is no tenant either, and never a cast error.
      for (const value of ['', 'not-a-uuid', '00000000-0000-0000-0000-00000000000g']) {
        const n = await app.db.transaction(async (tx) => {
          await tx.execute(sql`select set_config('helhet.tenant_id', ${value}, true)`);
          return count(tx, 'persons');
        });
        expect(n, `helhet.tenant_id = '${value}'`).toBe(0);
      }
      // An insert without a tenant is refused.
      expect(await refused(app.db.insert(units).values({ tenantId: tenantA, name: 'Uten tenant', kind: 'team' }))).toBe('42501');
    });

    it('with tenant A set, hides tenant B and refuses to write rows for it', async () => {
      await withTenant(app.db, tenantA, async (tx) => {
        expect(await tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personB))).toEqual([]);
        expect(await count(tx, 'persons')).toBe(app.seed.personIds.length);
        const [tenantsSeen] = await queryRows<{ n: number }>(tx, sql`select count(distinct tenant_id)::int as n from service_relations`);
        expect(tenantsSeen!.n).toBe(1);
        // Updating or deleting B's row by id touches nothing.
        expect(await tx.update(persons).set({ phone: '99999999' }).where(eq(persons.id, personB)).returning({ id: persons.id })).toEqual([]);
        expect(await tx.delete(units).where(eq(units.tenantId, tenantB)).returning({ id: units.id })).toEqual([]);
      });
      // Inserting a row for B, or moving A's row to B, is refused.
      expect(await refused(withTenant(app.db, tenantA, (tx) => tx.insert(units).values({ tenantId: tenantB, name: 'Snikinnsatt', kind: 'team' })))).toBe('42501');
      expect(await refused(withTenant(app.db, tenantA, (tx) => tx.update(units).set({ tenantId: tenantB }).where(eq(units.tenantId, tenantA))))).toBe('42501');
      // The system context sees both; setting a tenant inside it narrows to that tenant.
      await withSystemContext(app.db, 'operator', async (tx) => {
        const [both] = await queryRows<{ n: number }>(tx, sql`select count(distinct tenant_id)::int as n from persons`);
        expect(both!.n).toBe(2);
        await setTenant(tx, tenantB);
        const [one] = await queryRows<{ t: string }>(tx, sql`select distinct tenant_id as t from persons`);
        expect(one!.t).toBe(tenantB);
      });
      const unchanged = await queryRows<{ phone: string | null }>(owner, sql`select phone from persons where id = ${personB}`);
      expect(unchanged[0]!.phone).not.toBe('99999999');
    });

    it("keeps municipality B's person from a user of A, over HTTP and in a store query that forgets the tenant", async () => {
      const kari = await app.as('kari.saksbehandler');
      const page = await kari.get(`/api/persons/${personB}`);
      expect([403, 404]).toContain(page.status);
      // Give B's person a (forged) relation to Kari's own unit: the application's checks ask in
      // Kari's tenant, and the policy hides B's relation row even from a query that filters nothing.
      const kariId = app.seed.userIds['kari.saksbehandler']!;
      const unitId = app.seed.unitIds.tildeling;
      await owner.execute(sql`insert into service_relations (tenant_id, person_id, unit_id, reason, valid_from) values (${tenantB}, ${personB}, ${unitId}, 'Forfalsket', now() - interval '1 day')`);
      expect((await kari.get(`/api/persons/${personB}`)).status).toBe(403);
      const actor = { userId: kariId, tenantId: tenantA, kind: 'staff' as const, displayName: 'Kari', roles: ['caseworker' as const], unitIds: [unitId], personId: null };
      const leaked = await withAccess(app.db, { actor, origin: 'test', now: new Date() }, async (scope) => ({
        person: await scope.tx.select({ id: persons.id }).from(persons).where(eq(persons.id, personB)),
        relations: await queryRows(scope.tx, sql`select 1 from service_relations where person_id = ${personB}`),
      }));
      expect(leaked).toEqual({ person: [], relations: [] });
    });

    it.runIf(database.name === 'postgres')('does not let the runtime role switch the policy off', async () => {
      for (const statement of [
        sql`alter table persons disable row level security`,
        sql`alter table persons no force row level security`,
        sql`drop policy tenant_isolation on persons`,
        sql`alter policy tenant_isolation on persons using (true)`,
        sql`create policy open_door on persons using (true)`,
        sql`set role postgres`,
      ]) {
        expect(await refused(app.db.execute(statement)), statement.queryChunks.map(String).join('')).toBe('42501');
      }
      const [role] = await queryRows<{ super: boolean; bypass: boolean }>(app.db, sql`select rolsuper as super, rolbypassrls as bypass from pg_roles where rolname = current_user`);
      expect(role).toEqual({ super: false, bypass: false });
    });

    it('runs jobs per tenant: the daily refresh reaches both municipalities, a person job its own', async () => {
      await owner.execute(sql`delete from tasks`);
      const later = new Date('2026-03-20T06:00:00Z');
      await scheduleDailyRefresh(app.db, new Date('2026-03-19T06:00:00Z'));
      expect(await runDueJobs(app.db, jobHandlers, later)).toBeGreaterThan(0);
      const byTenant = await queryRows<{ tenant_id: string; n: number }>(owner, sql`select tenant_id, count(*)::int as n from tasks group by tenant_id`);
      expect(byTenant.find((r) => r.tenant_id === tenantA)?.n).toBeGreaterThan(0);
      expect(byTenant.find((r) => r.tenant_id === tenantB)?.n).toBeGreaterThan(0);
      await owner.execute(sql`delete from compliance_results where person_id = ${personB}`);
      await enqueue(app.db, { kind: personChangedJob, payload: { tenantId: tenantB, personId: personB }, runAt: later, uniqueKey: `test:${personB}` });
      await runDueJobs(app.db, jobHandlers, later);
      const results = await queryRows<{ tenant_id: string }>(owner, sql`select distinct tenant_id from compliance_results where person_id = ${personB}`);
      expect(results).toEqual([{ tenant_id: tenantB }]);
      const [failed] = await queryRows<{ n: number }>(owner, sql`select count(*)::int as n from jobs where status <> 'done'  and run_at <= ${later}`);
      expect(failed!.n).toBe(0);
    });
  });
}
