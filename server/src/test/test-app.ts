// Starts the real application on a free port over one of the test databases, with the demo data.
import type { FastifyInstance } from 'fastify';
import { buildApp, jobHandlers, type AppOptions } from '../app.js';
import { runDueJobs } from '../platform/jobs/queue.js';
import { jobMonitor } from '../platform/observability/metrics.js';
import type { Database } from '../platform/db/database.js';
import type { CheckpointSource } from '../platform/access-log/verify.js';
import { seedDemo, type SeedResult } from '../demo/seed.js';
import { TestClient } from './http-client.js';
import type { TestDatabase } from './databases.js';
import { ownerDb } from './owner.js';
import type { LoginRateLimits } from '../platform/auth/login-rate-limit.js';

export const testPassword = 'test-passord-12345';

/** Tests log in far more often than people do; the login tests pass small limits of their own. */
export const testLoginRateLimits: LoginRateLimits = { perAddress: { max: 100_000, windowMinutes: 1 }, perAccount: { max: 100_000, windowMinutes: 1 } };

export interface TestAppOptions {
  clock?: () => Date;
  /** Load the demo cases too (default: people and units only). */
  cases?: boolean;
  loginRateLimits?: LoginRateLimits;
  trustProxy?: boolean | number | string[];
  sessionIdleMinutes?: number;
  checkpoints?: CheckpointSource;
  /** Further application options (log stream, metrics token …). */
  app?: Partial<AppOptions>;
}

export interface RunningApp {
  app: FastifyInstance;
  /** The owner's view (test/owner.ts): every tenant's rows, for arranging and checking. */
  database: Database;
  /** The database as the application sees it: the runtime role, held to the tenant policies. */
  db: Database['db'];
  seed: SeedResult;
  baseUrl: string;
  /** A new client logged in as the given demo user. */
  as(username: string): Promise<TestClient>;
  anonymous(): TestClient;
  /** Runs every due background job now (the worker does this every second in production). */
  runJobs(): Promise<number>;
  close(): Promise<void>;
}

export async function startTestApp(testDatabase: TestDatabase, options: TestAppOptions = {}): Promise<RunningApp> {
  const database = await testDatabase.open();
  const seed = await seedDemo(database.db, { password: testPassword, now: options.clock?.(), cases: options.cases ?? false });
  const app = await buildApp({
    ...options.app,
    db: database.db,
    clock: options.clock,
    serveWeb: false,
    loginRateLimits: options.loginRateLimits ?? testLoginRateLimits,
    trustProxy: options.trustProxy,
    sessionIdleMinutes: options.sessionIdleMinutes,
    ...(options.checkpoints ? { checkpoints: options.checkpoints } : {}),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    app,
    database: { ...database, db: ownerDb(database) },
    db: database.db,
    seed,
    baseUrl,
    async as(username) {
      const client = new TestClient(baseUrl);
      const answer = await client.login(username, testPassword);
      if (answer.status !== 200) throw new Error(`login failed for ${username}: ${answer.status}`);
      return client;
    },
    anonymous: () => new TestClient(baseUrl),
    runJobs: () => runDueJobs(database.db, jobHandlers, options.clock?.() ?? new Date(), { monitor: jobMonitor(app.log, app.metrics) }),
    async close() {
      await app.close();
      await database.close();
    },
  };
}
