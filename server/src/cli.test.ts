// The operator CLI as a real process, against a PGlite folder and a PostgreSQL database.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase } from './platform/db/database.js';
import { testDatabases } from './test/databases.js';

const run = promisify(execFile);

async function cli(env: Record<string, string>, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'server/src/cli.ts', ...args], { env: { ...process.env, ...env }, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

for (const database of testDatabases()) {
  describe(`${database.name}: operator CLI`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      if (database.name === 'pglite') {
        const dir = mkdtempSync(join(tmpdir(), 'helhet-cli-'));
        env = { HELHET_DATA_DIR: dir, DATABASE_URL: '' };
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
        env = { DATABASE_URL: url.toString() };
        cleanup = async () => {
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
    });

    it('creates a user and refuses an unknown role', async () => {
      const bad = await cli(env, 'create-user', '--username', 'x.y', '--name', 'X Y', '--roles', 'boss', '--password', 'et-langt-passord-1');
      expect(bad.code).toBe(1);
      expect(bad.out).toContain('Ukjent rolle: boss');
      const ok = await cli(env, 'create-user', '--username', 'ny.vakt', '--name', 'Ny Vakt', '--roles', 'on-call', '--unit', 'Legevakten', '--password', 'et-langt-passord-1');
      expect(ok).toMatchObject({ code: 0 });
    });

    it('generates a synthetic municipality and verifies the access-log chain', async () => {
      const generated = await cli(env, 'generate', '--persons', '300', '--units', '5', '--staff', '20', '--log-rows', '900');
      expect(generated.code, generated.out).toBe(0);
      const verified = await cli(env, 'verify-log');
      expect(verified.code, verified.out).toBe(0);
      expect(verified.out).toContain('900 rader kontrollert, kjeden er hel');
    });

    it('exits 1 and names the row when the chain is broken', async () => {
      const db = await openDatabase({ url: env.DATABASE_URL || undefined, dataDir: env.HELHET_DATA_DIR });
      try {
        await db.db.execute(sql`alter table access_log disable trigger user`);
        await db.db.execute(sql`update access_log set action = 'endret' where seq = 10`);
        await db.db.execute(sql`alter table access_log enable trigger user`);
      } finally {
        await db.close();
      }
      const verified = await cli(env, 'verify-log');
      expect(verified.code).toBe(1);
      expect(verified.out).toContain('rad 10: Rad 10 er endret etter at den ble skrevet');
    });
  });
}
