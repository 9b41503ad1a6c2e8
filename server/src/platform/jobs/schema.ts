// The PostgreSQL-backed job queue: scheduled and on-demand background work (reminders, worklist
// refresh), claimed with FOR UPDATE SKIP LOCKED so several workers can run, surviving restarts.
import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    /** Ids only — never names or other personal data. */
    payload: jsonb('payload').$type<Record<string, string | number | null>>().notNull(),
    runAt: ts('run_at').notNull(),
    status: text('status', { enum: ['pending', 'running', 'done', 'failed'] }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: ts('locked_until'),
    lastError: text('last_error'),
    /** At most one pending job per key: enqueueing the same work twice is a no-op. */
    uniqueKey: text('unique_key'),
    createdAt: ts('created_at').notNull().defaultNow(),
    finishedAt: ts('finished_at'),
  },
  (t) => [index('jobs_due_idx').on(t.status, t.runAt), uniqueIndex('jobs_pending_unique_key_uq').on(t.uniqueKey).where(sql`status in ('pending', 'running')`)],
);
