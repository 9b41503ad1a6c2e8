// `npm start`: migrate, load the demo municipality on first start, serve API + web app on one port.
import { mkdirSync } from 'node:fs';
import { loadConfig } from './config.js';
import { announceRuntime } from './platform/runtime/node-version.js';
import { openDatabase } from './platform/db/database.js';
import { HelhetError } from './platform/errors.js';
import { buildApp, jobHandlers } from './app.js';
import { startWorker, enqueue } from './platform/jobs/queue.js';
import { dailyRefreshJob, scheduleDailyRefresh } from './capabilities/worklist/index.js';
import { localDateAt } from './platform/calendar/index.js';
import { complianceDailyJob, scheduleDailyCompliance } from './capabilities/compliance/index.js';
import { demoPassword, demoUsers, isEmpty, seedDemo } from './demo/seed.js';

announceRuntime('Helhet');
const config = loadConfig();
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, purpose: 'Helhet-serveren' }).catch((error: unknown) => {
  if (!(error instanceof HelhetError)) throw error;
  console.error(error.detailNo);
  process.exit(1);
});
await database.migrate();
if (await isEmpty(database.db)) {
  await seedDemo(database.db);
  console.log('\nDemokommunen «Fjordvik kommune» er lastet (bare syntetiske personer).');
  console.log(`Demobrukere (passord for alle: ${demoPassword}):`);
  for (const user of demoUsers) console.log(`  ${user.username.padEnd(22)} ${user.roles.join(', ')}`);
  console.log(`  ${'per.testesen'.padEnd(22)} personen selv (bruker)\n`);
}
const app = await buildApp({ db: database.db, secureCookies: config.secureCookies, emergencyAccessHours: config.emergencyAccessHours, minutesDueDays: config.minutesDueDays, logger: true });
// Background jobs: refresh the worklist now, then every morning; jobs survive restarts in the database.
await enqueue(database.db, { kind: dailyRefreshJob, payload: { day: 'startup' }, runAt: new Date(), uniqueKey: `${dailyRefreshJob}:startup` });
await scheduleDailyRefresh(database.db, new Date());
// The compliance results are stored: evaluate everyone at start (at most once a day), so a fresh
// installation or a restart after a missed 05:30 run shows current results, not an empty dashboard.
await enqueue(database.db, { kind: complianceDailyJob, payload: { day: 'startup' }, runAt: new Date(), uniqueKey: `${complianceDailyJob}:startup:${localDateAt(new Date())}` });
await scheduleDailyCompliance(database.db, new Date());
const worker = startWorker(database.db, jobHandlers, () => new Date());
const shutdown = async (): Promise<void> => {
  await worker.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
await app.listen({ port: config.port, host: config.host });
console.log(`Helhet kjører på http://${config.host}:${config.port} (database: ${database.kind === 'pglite' ? `PGlite i ${config.dataDir}` : 'PostgreSQL'})`);
