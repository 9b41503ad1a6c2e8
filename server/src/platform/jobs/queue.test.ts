import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.js';
import { testDatabases } from '../../test/databases.js';
import { claim, enqueue, runDueJobs, type JobHandler } from './queue.js';

for (const database of testDatabases()) {
  describe(`${database.name}: job queue`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await database.open();
    });
    afterAll(async () => {
      await db?.close();
    });

    it('enqueues the same unique key once while pending, and again after it ran', async () => {
      const now = new Date('2026-05-01T10:00:00Z');
      const seen: unknown[] = [];
      const handlers: Record<string, JobHandler> = { 'test.once': async (_db, payload) => void seen.push(payload.n) };
      await enqueue(db.db, { kind: 'test.once', payload: { n: 1 }, runAt: now, uniqueKey: 'once:a' });
      await enqueue(db.db, { kind: 'test.once', payload: { n: 2 }, runAt: now, uniqueKey: 'once:a' });
      expect(await runDueJobs(db.db, handlers, now)).toBe(1);
      expect(seen).toEqual([1]);
      await enqueue(db.db, { kind: 'test.once', payload: { n: 3 }, runAt: now, uniqueKey: 'once:a' });
      await runDueJobs(db.db, handlers, now);
      expect(seen).toEqual([1, 3]);
    });

    it('does not run a job before its time', async () => {
      const handlers: Record<string, JobHandler> = { 'test.later': async () => undefined };
      await enqueue(db.db, { kind: 'test.later', payload: {}, runAt: new Date('2026-06-01T05:00:00Z'), uniqueKey: 'later' });
      expect(await runDueJobs(db.db, handlers, new Date('2026-05-31T05:00:00Z'))).toBe(0);
      expect(await runDueJobs(db.db, handlers, new Date('2026-06-01T05:00:00Z'))).toBe(1);
    });

    it('retries a failing job with backoff and gives up after max attempts, without the error text', async () => {
      const now = new Date('2026-07-01T10:00:00Z');
      const handlers: Record<string, JobHandler> = { 'test.fail': async () => { throw new TypeError('Per Testesen finnes ikke'); } };
      await enqueue(db.db, { kind: 'test.fail', payload: {}, runAt: now, uniqueKey: 'fail' });
      await runDueJobs(db.db, handlers, now);
      let [job] = await queryRows<{ status: string; attempts: number; last_error: string; run_at: string }>(db.db, sql`select status, attempts, last_error, run_at from jobs where unique_key = 'fail'`);
      expect(job).toMatchObject({ status: 'pending', attempts: 1, last_error: 'TypeError' });
      for (let minutes = 1; minutes <= 64; minutes *= 2) await runDueJobs(db.db, handlers, new Date(now.getTime() + minutes * 120_000));
      [job] = await queryRows(db.db, sql`select status, attempts, last_error, run_at from jobs where unique_key = 'fail'`);
      expect(job).toMatchObject({ status: 'failed', attempts: 5 });
    });

    it('picks up a job whose worker died (lock expired) — jobs survive restarts', async () => {
      const now = new Date('2026-08-01T10:00:00Z');
      await enqueue(db.db, { kind: 'test.crash', payload: {}, runAt: now, uniqueKey: 'crash' });
      const claimed = await claim(db.db, now, 60);
      expect(claimed?.kind).toBe('test.crash');
      // The worker "dies" here. Within the lock nobody else takes it; after it, the next worker does.
      expect(await claim(db.db, new Date(now.getTime() + 30_000), 60)).toBeNull();
      let ran = false;
      expect(await runDueJobs(db.db, { 'test.crash': async () => void (ran = true) }, new Date(now.getTime() + 61_000))).toBe(1);
      expect(ran).toBe(true);
    });
  });
}
