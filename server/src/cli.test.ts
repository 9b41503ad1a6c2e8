// The operator CLI as a real process, against a PGlite folder and a PostgreSQL database.
import { ownerDb } from './test/owner.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from './platform/db/database.js';
import { testDatabases } from './test/databases.js';
import { runCli } from './test/cli-process.js';
import { phq9 } from './capabilities/assessment/instruments/phq9.js';
import { testWordingFile } from './capabilities/assessment/instruments/test-support.js';


const checkpointEnv = (dir: string) => ({ HELHET_CHECKPOINT_DIR: join(dir, 'checkpoints'), HELHET_CHECKPOINT_KEY: join(dir, 'checkpoint-key.pem') });

const cli = runCli;

for (const database of testDatabases()) {
  describe(`${database.name}: operator CLI`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      if (database.name === 'pglite') {
        const dir = mkdtempSync(join(tmpdir(), 'helhet-cli-'));
        env = { HELHET_DATA_DIR: dir, DATABASE_URL: '', ...checkpointEnv(dir) };
        cleanup = async () => rmSync(dir, { recursive: true, force: true });
      } else {
        const admin = inject('pgAdminUrl');
        const name = `helhet_test_${randomBytes(6).toString('hex')}`;
        const client = new pg.Client({ connectionString: admin });
        await client.connect();
        await client.query(`create database ${name}`);
        await client.end();
        const url = new URL(admin);
        url.pathname = `/${name}`;
        const dir = mkdtempSync(join(tmpdir(), 'helhet-cli-'));
        env = { DATABASE_URL: url.toString(), ...checkpointEnv(dir) };
        cleanup = async () => {
          rmSync(dir, { recursive: true, force: true });
          const c = new pg.Client({ connectionString: admin });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        };
      }
    });
    afterAll(async () => {
      await cleanup?.();
    });

    it('migrates, seeds once, and refuses to seed twice', async () => {
      expect(await cli(env, 'migrate')).toMatchObject({ code: 0 });
      expect((await cli(env, 'seed-demo')).code).toBe(0);
      const again = await cli(env, 'seed-demo');
      expect(again.code).toBe(1);
      expect(again.out).toContain('allerede data');
    }, 240_000); // three processes, each compiling the CLI and migrating an embedded database

    it('creates a user and refuses an unknown role', async () => {
      const bad = await cli(env, 'create-user', '--username', 'x.y', '--name', 'X Y', '--roles', 'boss', '--password', 'et-langt-passord-1');
      expect(bad.code).toBe(1);
      expect(bad.out).toContain('Ukjent rolle: boss');
      const ok = await cli(env, 'create-user', '--username', 'ny.vakt', '--name', 'Ny Vakt', '--roles', 'on-call', '--unit', 'Legevakten', '--password', 'et-langt-passord-1');
      expect(ok).toMatchObject({ code: 0 });
      // The operator's grant is in the security log and on the leaders' review list, like one made in the app.
      const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.HELHET_DATA_DIR });
      try {
        const owner = ownerDb(db);
        const logged = await queryRows<{ action: string; actor_name: string; origin: string }>(owner, sql`select l.action, l.actor_name, l.origin from access_log l join users u on u.id::text = l.details->>'targetUserId' where u.username = 'ny.vakt' order by l.id`);
        expect(logged.map((r) => r.action)).toEqual(['security.role-grant', 'security.membership-add']);
        expect(logged[0]).toMatchObject({ origin: 'cli', actor_name: expect.stringMatching(/^Driftskommando \(.+@.+\)$/) });
        const reviews = await queryRows<{ kind: string; actor_id: string | null; roles: string[] | null }>(owner, sql`select r.kind, r.actor_id, r.roles from access_reviews r join users u on u.id = r.target_user_id where u.username = 'ny.vakt' order by r.kind desc`);
        expect(reviews).toEqual([{ kind: 'role-grant', actor_id: null, roles: ['on-call'] }, { kind: 'membership-add', actor_id: null, roles: null }]);
      } finally {
        await db.close();
      }
    });

    it('installs a licensed instrument wording after checking it, refuses a mismatch, lists with history and removes', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'helhet-wording-'));
      const bad = testWordingFile(phq9);
      bad.items[2]!.options[3]!.points = 4;
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      writeFileSync(join(dir, 'phq9-nb.json'), JSON.stringify(testWordingFile(phq9)));
      const args = ['--instrument', 'PHQ-9', '--language', 'nb', '--municipality', '9999'];
      const refused = await cli(env, 'install-instrument-wording', ...args, '--file', join(dir, 'bad.json'));
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('Ordlyden passer ikke til PHQ-9 versjon 1, og er ikke lagret.');
      expect(refused.out).toContain('Spørsmål 3, svaralternativ 4 (verdi 3): poengene er 4 i filen, men 3 i PHQ-9. Poengene kan ikke endres.');
      const installed = await cli(env, 'install-instrument-wording', ...args, '--file', join(dir, 'phq9-nb.json'));
      expect(installed.code, installed.out).toBe(0);
      expect(installed.out).toContain('PHQ-9 på nb er installert for Fjordvik kommune');
      const replaced = await cli(env, 'install-instrument-wording', ...args, '--file', join(dir, 'phq9-nb.json'));
      expect(replaced.out).toMatch(/erstatter [0-9a-f-]{36}, som er beholdt i historikken/);
      const listed = await cli(env, 'list-instrument-wordings', '--history');
      expect(listed.code, listed.out).toBe(0);
      expect(listed.out.match(/^9999 Fjordvik kommune: PHQ-9 \(versjon 1\) på nb, ordlyd «test-1» – (erstattet .*|i bruk)$/gm)).toHaveLength(2);
      expect(listed.out).toContain('lisens: Fjordvik kommune – Testlisens TL-1 (ingen ekte lisens).');
      const removed = await cli(env, 'remove-instrument-wording', ...args);
      expect(removed.code, removed.out).toBe(0);
      expect((await cli(env, 'list-instrument-wordings')).out).toContain('Ingen ordlyder er installert (de innebygde brukes).');
      rmSync(dir, { recursive: true, force: true });
    }, 300_000); // six CLI processes, each starting tsx and the database

    it('imports a records file as a named user, reports a bad file per record and field, and exports', async () => {
      const fixture = fileURLToPath(new URL('./capabilities/records-exchange/fixtures/asker-2025-sample.json', import.meta.url));
      const dir = mkdtempSync(join(tmpdir(), 'helhet-records-'));
      const bad = JSON.parse(readFileSync(fixture, 'utf8'));
      bad.persons[1].nationalId = '12345678901';
      writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
      const refused = await cli(env, 'import', join(dir, 'bad.json'), '--as', 'kristin.kvalitet');
      expect(refused.code).toBe(1);
      expect(refused.out).toContain('bad.json: post 1 (asker-2025-2), felt persons.1.nationalId: Ugyldig fødselsnummer');
      expect((await cli(env, 'import', fixture, '--as', 'kari.saksbehandler')).out).toContain('Du har ikke en rolle som gir adgang');
      const imported = await cli(env, 'import', fixture, '--as', 'kristin.kvalitet');
      expect(imported.code, imported.out).toBe(0);
      expect(imported.out).toContain('Importert fra asker-2025-sample.json: persons 9');
      const exported = await cli(env, 'export', '--as', 'kari.saksbehandler', '--out', join(dir, 'out.json'));
      expect(exported.code, exported.out).toBe(0);
      const file = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'));
      expect(file.persons.map((p: { nationalId: string }) => p.nationalId)).toEqual(expect.arrayContaining(bad.persons.filter((_: unknown, i: number) => i !== 1).map((p: { nationalId: string }) => p.nationalId)));
    }, 300_000); // four CLI processes, each starting tsx and the database

    it('generates a synthetic municipality and verifies the access-log chain', async () => {
      const generated = await cli(env, 'generate', '--persons', '300', '--units', '5', '--staff', '20', '--log-rows', '900');
      expect(generated.code, generated.out).toBe(0);
      const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.HELHET_DATA_DIR });
      try {
        // Every kind of record the issues name is generated for the synthetic municipality.
        const tables = ['vedtak', 'individual_plans', 'crisis_plans', 'temporary_stays', 'somatic_checks', 'nav_guidance', 'nav_financial_assistance', 'relatives', 'relative_needs_assessments', 'child_follow_ups', 'risk_assessments', 'referrals', 'admissions', 'hospital_messages', 'activity_participations', 'home_visits'];
        const counts = await queryRows<Record<string, number>>(ownerDb(db), sql.raw(`select ${tables.map((t) => `(select count(*)::int from ${t} where tenant_id in (select id from tenants where name like 'Syntetisk kommune%')) as ${t}`).join(', ')}`));
        for (const t of tables) expect(counts[0]![t], t).toBeGreaterThan(0);
      } finally {
        await db.close();
      }
      const verified = await cli(env, 'verify-log');
      expect(verified.code, verified.out).toBe(0);
      expect(verified.out).toContain('900 rader og 0 sjekkpunkter kontrollert, kjeden er hel');
    });

    it('writes a signed checkpoint (printed for archiving) that verify-log then checks', async () => {
      const written = await cli(env, 'checkpoint');
      expect(written.code, written.out).toBe(0);
      expect(written.out).toMatch(/tilgangslogg-sjekkpunkt \{"v":1,"tenantId":"[0-9a-f-]{36}","seq":\d+,"hash":"[0-9a-f]{64}"/);
      expect((await cli(env, 'checkpoint')).out).toContain('Ingen nye rader siden forrige sjekkpunkt.');
      const verified = await cli(env, 'verify-log');
      expect(verified.code, verified.out).toBe(0);
      expect(verified.out).toContain('900 rader og 1 sjekkpunkt kontrollert, kjeden er hel');
    });

    it('exits 1 and names the row when the chain is broken', async () => {
      const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.HELHET_DATA_DIR });
      try {
        await ownerDb(db).execute(sql`alter table access_log disable trigger user`);
        await ownerDb(db).execute(sql`update access_log set action = 'endret' where seq = 10`);
        await ownerDb(db).execute(sql`alter table access_log enable trigger user`);
      } finally {
        await db.close();
      }
      const verified = await cli(env, 'verify-log');
      expect(verified.code).toBe(1);
      expect(verified.out).toContain('rad 10: Rad 10 er endret etter at den ble skrevet [hash-mismatch]');
    });
  });
}
