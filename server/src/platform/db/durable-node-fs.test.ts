// A commit on a PGlite data folder reaches the disk: PostgreSQL's fsync is on and NODEFS passes it to fsync(2).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { pgliteStorage } from './durable-node-fs.js';
import { openDatabase, queryRows } from './database.js';

const root = mkdtempSync(join(tmpdir(), 'helhet-durable-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('PGlite durability on a data folder', () => {
  it('fsyncs to disk at every commit', async () => {
    let fsyncs = 0;
    const client = await PGlite.create(pgliteStorage(join(root, 'counted'), { onFsync: () => (fsyncs += 1) }));
    try {
      await client.exec('create table probe (id int)');
      for (let i = 0; i < 5; i += 1) {
        const before = fsyncs;
        await client.query('insert into probe values ($1)', [i]);
        expect(fsyncs, `commit ${i}`).toBeGreaterThan(before);
      }
    } finally {
      await client.close();
    }
  }, 60_000);

  it('is what openDatabase uses for a data folder', async () => {
    const database = await openDatabase({ dataDir: join(root, 'opened') });
    try {
      const [settings] = await queryRows<{ fsync: string; method: string }>(database.db, sql`select current_setting('fsync') as fsync, current_setting('wal_sync_method') as method`);
      expect(settings).toEqual({ fsync: 'on', method: 'fsync' });
    } finally {
      await database.close();
    }
  }, 60_000);
});
