import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../db/database.js';
import { testDatabases } from '../../test/databases.js';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { claim, enqueue, runDueJobs, stderrJobMonitor, type JobHandler } from './queue.js';
import { createMetrics, jobMonitor } from '../observability/metrics.js';
import { loggerOptions } from '../observability/log-options.js';

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

    it('logs a failure with kind, id, attempt and error kind, never its payload or message, and counts it', async () => {
      const now = new Date('2026-09-01T10:00:00Z');
      const personId = '5f0c8c1e-5b7e-4d7a-9d51-4f1b1f0a9e11';
      const chunks: string[] = [];
      const logger = Fastify({ logger: loggerOptions(new Writable({ write: (chunk, _e, done) => void (chunks.push(String(chunk)), done()) })) });
      const metrics = createMetrics(async () => ({ pending: 0, due: 0 }));
      const handlers: Record<string, JobHandler> = { 'test.logged': async () => { throw new TypeError(`Per Testesen (${personId}) finnes ikke`); } };
      await enqueue(db.db, { kind: 'test.logged', payload: { personId }, runAt: now, uniqueKey: 'logged' });
      await runDueJobs(db.db, handlers, now, { monitor: jobMonitor(logger.log, metrics) });
      await logger.close();
      const lines = chunks.map((c) => JSON.parse(c) as Record<string, any>).filter((l) => l.msg === 'job failed');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatchObject({ level: 50, job: { kind: 'test.logged', attempt: 1, gaveUp: false }, error: { errorKind: 'TypeError' } });
      expect(lines[0]!.job.id).toBeDefined();
      expect(lines[0]!.error.stack).toMatch(/^\s+at /);
      expect(chunks.join('')).not.toContain(personId);
      expect(chunks.join('')).not.toContain('Testesen');
      expect((await metrics.jobsFailed.get()).values).toEqual([expect.objectContaining({ labels: { kind: 'test.logged' }, value: 1 })]);
      expect((await metrics.jobsRun.get()).values).toEqual([expect.objectContaining({ labels: { kind: 'test.logged' }, value: 1 })]);
    });

    it('writes failures to stderr when no application logger is given', async () => {
      const now = new Date('2026-10-01T10:00:00Z');
      const written: string[] = [];
      const write = process.stderr.write.bind(process.stderr);
      process.stderr.write = ((chunk: string) => (written.push(String(chunk)), true)) as typeof process.stderr.write;
      try {
        await enqueue(db.db, { kind: 'test.unhandled-kind', payload: { personId: 'p-123' }, runAt: now, uniqueKey: 'stderr' });
        await runDueJobs(db.db, {}, now);
      } finally {
        process.stderr.write = write;
      }
      const line = written.map((w) => JSON.parse(w) as Record<string, any>).find((l) => l.msg === 'job failed' && l.job.kind === 'test.unhandled-kind');
      expect(line).toMatchObject({ job: { kind: 'test.unhandled-kind', attempt: 1 }, error: { errorKind: 'Error' } });
      expect(written.join('')).not.toContain('p-123');
      expect(stderrJobMonitor.failed).toBeTypeOf('function');
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
