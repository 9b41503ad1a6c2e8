import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openDatabase, queryRows } from './database.js';
import { testDatabases } from '../../test/databases.js';

const postgres = testDatabases().find((d) => d.name === 'postgres');

describe.runIf(postgres)('postgres: a dropped idle connection', () => {
  it('is replaced on next use instead of ending the process', async () => {
    const database = await postgres!.open();
    try {
      const [{ pid }] = (await queryRows<{ pid: number }>(database.db, sql`select pg_backend_pid() as pid`)) as [{ pid: number }];
      const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
      await admin.connect();
      const written: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        const { rows } = await admin.query<{ ok: boolean }>('select pg_terminate_backend($1) as ok', [pid]);
        expect(rows[0]!.ok).toBe(true);
        await expect.poll(() => written.join('')).toContain('PostgreSQL: en ledig tilkobling ble brutt (57P01)');
      } finally {
        process.stderr.write = write;
        await admin.end();
      }
      const [{ n }] = (await queryRows<{ n: number }>(database.db, sql`select 1 as n`)) as [{ n: number }];
      expect(n).toBe(1);
    } finally {
      await database.close();
    }
  });
});

describe.runIf(postgres)('postgres: two servers starting at once', () => {
  it('migrate one after the other under an advisory lock, each migration applied once', async () => {
    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    const name = `helhet_test_${randomBytes(6).toString('hex')}`;
    await admin.query(`create database ${name}`);
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${name}`;
    const first = await openDatabase({ url: url.toString() });
    const second = await openDatabase({ url: url.toString() });
    try {
      const outcomes = await Promise.allSettled([first.migrate(), second.migrate()]);
      expect(outcomes.map((o) => (o.status === 'rejected' ? String(o.reason) : o.status))).toEqual(['fulfilled', 'fulfilled']);
      const journal = JSON.parse(readFileSync(fileURLToPath(new URL('../../../migrations/meta/_journal.json', import.meta.url)), 'utf8')) as { entries: unknown[] };
      const [{ n }] = (await queryRows<{ n: string }>(first.db, sql`select count(*) as n from drizzle.__drizzle_migrations`)) as [{ n: string }];
      expect(Number(n)).toBe(journal.entries.length);
    } finally {
      await first.close();
      await second.close();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    }
  });
});
