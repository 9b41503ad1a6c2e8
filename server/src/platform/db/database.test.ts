import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { inject } from 'vitest';
import { queryRows } from './database.js';
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
