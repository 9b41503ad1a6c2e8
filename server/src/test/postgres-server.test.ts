import { describe, expect, it } from 'vitest';
import pg from 'pg';
import { findOrStartPostgres } from './postgres-server.js';

describe('test PostgreSQL server', () => {
  it('starts a throwaway cluster from the installed binaries when no server answers, and stops it', async () => {
    const server = await findOrStartPostgres('postgres://postgres@127.0.0.1:1/postgres', undefined);
    try {
      expect(server.adminUrl).not.toContain(':1/');
      const client = new pg.Client({ connectionString: server.adminUrl });
      await client.connect();
      const { rows } = await client.query<{ v: string }>("select current_setting('server_version') as v");
      await client.end();
      expect(rows[0]!.v).toMatch(/^\d+/);
    } finally {
      await server.stop();
    }
    const after = new pg.Client({ connectionString: server.adminUrl, connectionTimeoutMillis: 2000 });
    await expect(after.connect()).rejects.toThrow();
  });

  it('fails loudly when DATABASE_URL is set but does not answer', async () => {
    await expect(findOrStartPostgres(undefined, 'postgres://postgres@127.0.0.1:1/postgres')).rejects.toThrow('DATABASE_URL er satt, men serveren svarer ikke');
  });
});
