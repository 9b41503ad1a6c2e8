// Enqueue, claim, finish. Handlers are registered by the application; the platform knows none.
import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Db, type Tx } from '../db/database.js';
import { withTenant } from '../db/tenant-context.js';
import { describeError } from '../observability/safe-error.js';
import { jobs } from './schema.js';

export interface JobRequest {
  kind: string;
  payload: Record<string, string | number | null>;
  runAt: Date;
  uniqueKey?: string;
}

/**
 * A job with `tenantId` in its payload runs in one transaction in that tenant's context (`db` is that
 * transaction); a job without one gets the bare database and runs each tenant's work in the tenant's
 * own context (`forEachTenant`, platform/db/tenant-context.ts). The queue's own table is global.
 */
export type JobHandler = (db: Db, payload: Record<string, string | number | null>, now: Date) => Promise<void>;

/** Merges handler maps; several handlers for one kind (e.g. 'person.changed') run one after another. */
export function combineJobHandlers(...maps: Record<string, JobHandler>[]): Record<string, JobHandler> {
  const byKind = new Map<string, JobHandler[]>();
  for (const map of maps) for (const [kind, handler] of Object.entries(map)) byKind.set(kind, [...(byKind.get(kind) ?? []), handler]);
  return Object.fromEntries(
    [...byKind].map(([kind, handlers]) => [
      kind,
      handlers.length === 1
        ? handlers[0]!
        : async (db: Db, payload: Record<string, string | number | null>, now: Date) => {
            for (const handler of handlers) await handler(db, payload, now);
          },
    ]),
  );
}

/** Idempotent: a pending or running job with the same unique key makes this a no-op. */
export async function enqueue(db: Db | Tx, job: JobRequest): Promise<void> {
  await db
    .insert(jobs)
    .values({ kind: job.kind, payload: job.payload, runAt: job.runAt, uniqueKey: job.uniqueKey ?? null })
    .onConflictDoNothing({ target: jobs.uniqueKey, where: sql`status in ('pending', 'running')` });
}

interface ClaimedJob {
  id: number;
  kind: string;
  payload: Record<string, string | number | null>;
  attempts: number;
  max_attempts: number;
}

/** Claims one due job (or one whose worker died: lock expired). */
export async function claim(db: Db, now: Date, lockSeconds = 300): Promise<ClaimedJob | null> {
  const [row] = await queryRows<ClaimedJob>(
    db,
    sql`update ${jobs} set status = 'running', attempts = attempts + 1, locked_until = ${new Date(now.getTime() + lockSeconds * 1000)}
        where id = (select id from ${jobs}
                    where (status = 'pending' and run_at <= ${now}) or (status = 'running' and locked_until < ${now})
                    order by run_at limit 1 for update skip locked)
        returning id, kind, payload, attempts, max_attempts`,
  );
  return row ?? null;
}

export async function finish(db: Db, id: number, now: Date): Promise<void> {
  await db.update(jobs).set({ status: 'done', finishedAt: now, lockedUntil: null }).where(eq(jobs.id, id));
}

/** Retries with exponential backoff (1, 2, 4 … minutes) until max attempts, then marks failed. */
export async function fail(db: Db, job: ClaimedJob, now: Date, error: unknown): Promise<void> {
  const kind = error instanceof Error ? error.name : 'Error';
  const gaveUp = job.attempts >= job.max_attempts;
  await db
    .update(jobs)
    .set({ status: gaveUp ? 'failed' : 'pending', runAt: new Date(now.getTime() + 60_000 * 2 ** (job.attempts - 1)), lockedUntil: null, lastError: kind, finishedAt: gaveUp ? now : null })
    .where(and(eq(jobs.id, job.id)));
}

/** Pending jobs, and how many of them are due now: the queue's depth and its backlog. */
export async function queueDepth(db: Db, now: Date): Promise<{ pending: number; due: number }> {
  const [row] = await queryRows<{ pending: number | string; due: number | string }>(
    db,
    sql`select count(*) as pending, count(*) filter (where run_at <= ${now}) as due from ${jobs} where status = 'pending'`,
  );
  return { pending: Number(row?.pending ?? 0), due: Number(row?.due ?? 0) };
}

/** One attempt at one job, as the monitor sees it: no payload (payloads hold person ids). */
export interface JobAttempt {
  id: number;
  kind: string;
  attempt: number;
  /** The last attempt failed: the job is marked failed and not retried. */
  gaveUp?: boolean;
}

/** Hears every job attempt and every failed worker round; the application logs and counts them. */
export interface JobMonitor {
  succeeded(job: JobAttempt, seconds: number): void;
  failed(job: JobAttempt, error: unknown, seconds: number): void;
  /** Claiming or recording a job failed (e.g. the database is away); the worker tries again next round. */
  roundFailed(error: unknown): void;
}

/** Without an application logger, failures still reach stderr as one JSON line each. */
export const stderrJobMonitor: JobMonitor = {
  succeeded: () => undefined,
  failed: (job, error) => process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'job failed', job, error: describeError(error) })}\n`),
  roundFailed: (error) => process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'job worker round failed', error: describeError(error) })}\n`),
};

export interface RunOptions {
  limit?: number;
  monitor?: JobMonitor;
}

/** Runs every due job now, one after another; returns how many ran. Used by the worker and by tests. */
export async function runDueJobs(db: Db, handlers: Record<string, JobHandler>, now: Date, { limit = 1000, monitor = stderrJobMonitor }: RunOptions = {}): Promise<number> {
  let ran = 0;
  for (; ran < limit; ran++) {
    const job = await claim(db, now);
    if (!job) break;
    const handler = handlers[job.kind];
    const started = performance.now();
    const attempt: JobAttempt = { id: job.id, kind: job.kind, attempt: job.attempts };
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      const tenantId = job.payload.tenantId;
      if (typeof tenantId === 'string') await withTenant(db, tenantId, (tx) => handler(tx, job.payload, now));
      else await handler(db, job.payload, now);
      await finish(db, job.id, now);
      monitor.succeeded(attempt, (performance.now() - started) / 1000);
    } catch (error) {
      await fail(db, job, now, error);
      monitor.failed({ ...attempt, gaveUp: job.attempts >= job.max_attempts }, error, (performance.now() - started) / 1000);
    }
  }
  return ran;
}

export interface Worker {
  stop(): Promise<void>;
}

/** Polls for due jobs every `intervalMs` until stopped. */
export function startWorker(db: Db, handlers: Record<string, JobHandler>, clock: () => Date, intervalMs = 1000, monitor: JobMonitor = stderrJobMonitor): Worker {
  let stopped = false;
  let running: Promise<unknown> = Promise.resolve();
  const tick = (): void => {
    if (stopped) return;
    running = runDueJobs(db, handlers, clock(), { monitor })
      .catch((error: unknown) => monitor.roundFailed(error))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  let timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
