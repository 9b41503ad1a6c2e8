// Liveness and readiness for load balancers and orchestrators. Both are unauthenticated and touch
// no personal data, so they write no access-log rows and no request log line.
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/database.js';
import { HelhetError } from '../errors.js';

const ok = z.object({ status: z.literal('ok') });
const tags = ['platform'];

/** Answers within `timeoutMs` whether the database runs `select 1`. */
export async function databaseAnswers(db: Db, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([db.execute(sql`select 1`).then(() => true, () => false), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function healthRoutes(readinessTimeoutMs = 2000) {
  return async function (app: FastifyInstance): Promise<void> {
    // /api/health is the original liveness path; load balancers and the benchmarks use it.
    for (const path of ['/api/health', '/api/health/live']) {
      app.get(path, { schema: { tags, summary: 'Lever prosessen? (rører ikke databasen)', response: { 200: ok } } }, async () => ({ status: 'ok' as const }));
    }
    app.get('/api/health/ready', { schema: { tags, summary: 'Klar til å ta imot forespørsler? (databasen svarer)', response: { 200: ok } } }, async () => {
      if (!(await databaseAnswers(app.services.db, readinessTimeoutMs))) {
        throw new HelhetError('SERVICE_UNAVAILABLE', 'Databasen svarer ikke. Prøv igjen om litt.');
      }
      return { status: 'ok' as const };
    });
  };
}

/** Probe paths: left out of the request log so a probe every few seconds does not drown it. */
export const probePaths = new Set(['/api/health', '/api/health/live', '/api/health/ready', '/metrics']);
