// Starts the real application with the built web app (web/dist) over embedded PGlite with the demo
// data, for the browser tests in web/e2e. Build the web app first: npm run build:web.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp, jobHandlers } from '../app.js';
import { startWorker } from '../platform/jobs/queue.js';
import { jobMonitor } from '../platform/observability/metrics.js';
import type { Database } from '../platform/db/database.js';
import { seedDemo, type SeedResult } from '../demo/seed.js';
import { testDatabases } from './databases.js';
import { testLoginRateLimits } from './test-app.js';

export const webTestPassword = 'web-test-passord-2026';

export interface RunningWebApp {
  app: FastifyInstance;
  database: Database;
  seed: SeedResult;
  baseUrl: string;
  close(): Promise<void>;
}

const indexHtml = fileURLToPath(new URL('../../../web/dist/index.html', import.meta.url));

/** `clock` is the test clock (default: real time), for browser tests that let months or hours pass;
 * `cases` loads the demo cases too (default: people and units only). */
export async function startWebServer(options: { clock?: () => Date; cases?: boolean } = {}): Promise<RunningWebApp> {
  if (!existsSync(indexHtml)) throw new Error('web/dist mangler: kjør `npm run build:web` før nettlesertestene.');
  const available = testDatabases();
  // Browser tests need one database only; embedded PGlite needs no server.
  const testDatabase = available.find((d) => d.name === 'pglite') ?? available[0];
  if (!testDatabase) throw new Error('HELHET_DATABASES names no known test database.');
  const database = await testDatabase.open();
  const seed = await seedDemo(database.db, { password: webTestPassword, cases: options.cases ?? false });
  const app = await buildApp({ db: database.db, serveWeb: true, clock: options.clock, loginRateLimits: testLoginRateLimits });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // The background worker, as in production: worklist tasks appear within a second of a change.
  const worker = startWorker(database.db, jobHandlers, options.clock ?? (() => new Date()), 250, jobMonitor(app.log, app.metrics));
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    app,
    database,
    seed,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await worker.stop();
      await app.close();
      await database.close();
    },
  };
}
