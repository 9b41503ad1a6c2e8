// Migrate, serve API + web app on one port. The demo municipality is loaded into an empty database
// only when asked for: `--demo` (what `npm start` passes) or HELHET_DEMO=true. A production start
// (`tsx server/src/main.ts`) never creates the demo users and their shared password.
import { mkdirSync } from 'node:fs';
import { loadConfigOrExit } from './config.js';
import { announceRuntime } from './platform/runtime/node-version.js';
import { bypassesRowSecurity, migrateAsOwner, openDatabase } from './platform/db/database.js';
import { loadOrCreateSigner } from './platform/access-log/checkpoints.js';
import { startSealer } from './platform/access-log/sealer.js';
import { HelhetError } from './platform/errors.js';
import { buildApp, jobHandlers } from './app.js';
import { startWorker, enqueue } from './platform/jobs/queue.js';
import { jobMonitor } from './platform/observability/metrics.js';
import { dailyRefreshJob, scheduleDailyRefresh } from './capabilities/worklist/index.js';
import { localDateAt } from './platform/calendar/index.js';
import { complianceDailyJob, scheduleDailyCompliance } from './capabilities/compliance/index.js';
import { demoPassword, demoUsers, isEmpty, seedDemo } from './demo/seed.js';

announceRuntime('Helhet');
const config = loadConfigOrExit();
const demo = process.argv.includes('--demo') || config.demo;
if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir, purpose: 'Helhet-serveren' }).catch((error: unknown) => {
  if (!(error instanceof HelhetError)) throw error;
  console.error(error.detailNo);
  process.exit(1);
});
await migrateAsOwner(database, config);
if (await bypassesRowSecurity(database.db)) {
  console.warn('\nAdvarsel: databaserollen er superbruker eller har BYPASSRLS, så radsikkerheten som skiller kommunene, gjelder ikke for serveren. Kjør serveren som en egen kjørerolle (se README, «Database roles»).\n');
}
if (!demo && (await isEmpty(database.db))) {
  console.log('\nDatabasen er tom: ingen kommune og ingen brukere. Demokommunen lastes bare med --demo (som `npm start` gjør) eller HELHET_DEMO=true.\n');
}
if (demo && (await isEmpty(database.db))) {
  await seedDemo(database.db);
  console.log('\nDemokommunen «Fjordvik kommune» er lastet (bare syntetiske personer).');
  console.log(`Demobrukere (passord for alle: ${demoPassword}):`);
  for (const user of demoUsers) console.log(`  ${user.username.padEnd(22)} ${user.roles.join(', ')}`);
  console.log(`  ${'per.testesen'.padEnd(22)} personen selv (bruker)\n`);
}
const signer = loadOrCreateSigner(config.accessLog.checkpointKeyFile);
const checkpoints = { dir: config.accessLog.checkpointDir, publicKey: signer.publicKey };
const app = await buildApp({
  checkpoints,
  db: database.db,
  secureCookies: config.secureCookies,
  emergencyAccessHours: config.emergencyAccessHours,
  minutesDueDays: config.minutesDueDays,
  trustProxy: config.trustProxy,
  sessionIdleMinutes: config.sessionIdleMinutes,
  loginRateLimits: config.loginRateLimits,
  metricsToken: config.metricsToken,
  logger: true,
});
// Background jobs: refresh the worklist now, then every morning; jobs survive restarts in the database.
await enqueue(database.db, { kind: dailyRefreshJob, payload: { day: 'startup' }, runAt: new Date(), uniqueKey: `${dailyRefreshJob}:startup` });
await scheduleDailyRefresh(database.db, new Date());
// The compliance results are stored: evaluate everyone at start (at most once a day), so a fresh
// installation or a restart after a missed 05:30 run shows current results, not an empty dashboard.
await enqueue(database.db, { kind: complianceDailyJob, payload: { day: 'startup' }, runAt: new Date(), uniqueKey: `${complianceDailyJob}:startup:${localDateAt(new Date())}` });
await scheduleDailyCompliance(database.db, new Date());
const worker = startWorker(database.db, jobHandlers, () => new Date(), 1000, jobMonitor(app.log, app.metrics));
const sealer = startSealer(database.db, {
  intervalMs: config.accessLog.sealIntervalMs,
  checkpointEveryMs: config.accessLog.checkpointIntervalMs,
  checkpoints: { dir: checkpoints.dir, signer },
});
const shutdown = async (): Promise<void> => {
  await worker.stop();
  // Requests still in flight finish (and commit their log rows) before the last seal and checkpoint.
  await app.close();
  await sealer.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
await app.listen({ port: config.port, host: config.host });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : config.port;
console.log(`Helhet kjører på http://${config.host}:${port} (database: ${database.kind === 'pglite' ? `PGlite i ${config.dataDir}` : 'PostgreSQL'})`);
