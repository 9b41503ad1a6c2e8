// `npm run bench:throughput` (also the last part of `npm run bench`): how many person-page reads per
// second the real server — started as its own process, every read logged — answers on this machine,
// and what each request costs in CPU in Node and in PostgreSQL. Then the access log is verified after
// a clean stop, and once more after a kill -9 in the middle of a load.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { generateMunicipality, random } from '../demo/generate.js';
import { activeUnitIds } from '../platform/access/scope.js';
import { queryRows } from '../platform/db/database.js';
import { TestClient } from '../test/http-client.js';
import { elapsedLog, flag, parseArgs } from './args.js';
import type { BenchDatabase, DatabaseLocation } from './databases.js';
import { benchEachDatabase } from './docs-section.js';
import { CpuSampler } from './cpu-sampler.js';
import { loadUntilKilled, mixed, readsOnly, step, type LoadTargets, type RequestKind, type Session } from './load.js';
import { searchPrefixes } from './search.js';
import { startServer, type RunningServer, type ServerFiles } from './server-process.js';
import { shuffle } from './stats.js';
import { actorRows, checkAccessLog } from './throughput-log.js';
import { throughputSection, type ThroughputResult } from './throughput-report.js';

const options = parseArgs(process.argv.slice(2));
const seconds = Number(flag('duration', '20'));
const connectionCounts = flag('connections', '4,8,16,32').split(',').map(Number);
if (!(seconds > 0) || connectionCounts.some((c) => !Number.isInteger(c) || c < 1)) throw new Error('--duration must be a positive number of seconds and --connections a list of positive integers');
const warmup = 3;
const sampleSize = 500;
const password = 'helhet-bench-2026';
const log = elapsedLog();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const total = (counts: Record<RequestKind, number>) => counts.read + counts.search + counts.write;

async function logIn(baseUrl: string, username: string): Promise<Session> {
  const client = new TestClient(baseUrl);
  const answer = await client.login(username, password);
  if (answer.status !== 200) throw new Error(`Login as ${username} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return { baseUrl, cookie: client.cookie, csrfToken: client.csrfToken };
}

function clientOf(session: Session): TestClient {
  return Object.assign(new TestClient(session.baseUrl), { cookie: session.cookie, csrfToken: session.csrfToken });
}

/** Waits until the server and its backends are idle (start-up jobs, requests still running after a step). */
async function settle(cpu: CpuSampler): Promise<void> {
  const started = Date.now();
  for (let quiet = 0, lastPrint = started; quiet < 2; ) {
    const before = cpu.snapshot();
    await sleep(1000);
    const spent = cpu.since(before);
    quiet = spent.serverMs + spent.postgresMs < 100 ? quiet + 1 : 0;
    if (Date.now() - lastPrint > 10_000) {
      lastPrint = Date.now();
      log(`  waiting for the server's start-up jobs (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    if (Date.now() - started > 20 * 60_000) throw new Error('The server did not become idle within 20 minutes');
  }
  log(`  server idle after ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** Starts the server, runs `work` with it and stops it with SIGTERM (exit code 0 required on success). */
async function withServer<T>(location: DatabaseLocation, files: ServerFiles, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer(location, files);
  let result: T;
  try {
    result = await work(server);
  } catch (error) {
    await server.stop();
    throw error;
  }
  const code = await server.stop();
  if (code !== 0) throw new Error(`The server exited with ${code} on SIGTERM`);
  return result;
}

async function measure(bench: BenchDatabase): Promise<ThroughputResult> {
  const loadStart = os.loadavg()[0]!;
  const generateStart = performance.now();
  const municipality = await generateMunicipality(bench.database.db, {
    persons: options.persons, units: options.units, staff: options.staff, accessLogRows: options.logRows, seed: options.seed, password,
    onProgress: (m) => (/^(personer|tilgangslogg):/.test(m) ? undefined : log(`  ${m}`)),
  });
  await bench.database.db.execute(sql`vacuum analyze`);
  if (bench.kind === 'postgres') await bench.database.db.execute(sql`checkpoint`).catch(() => undefined);
  const generateMs = performance.now() - generateStart;
  log(`${bench.kind}: generated in ${(generateMs / 1000).toFixed(0)} s`);

  const db = () => bench.database.db;
  const { tenantId, sampleUsername } = municipality;
  const [user] = await queryRows<{ id: string }>(db(), sql`select id from users where username = ${sampleUsername}`);
  const userId = user!.id;
  const unitIds = await activeUnitIds(db(), userId, new Date());
  const { rows: visible } = await bench.raw<{ person_id: string; served: boolean }>(
    `select person_id, bool_or(served) as served from (
       select person_id, true as served from service_relations where unit_id = any($1::uuid[]) and valid_from <= now() and (valid_to is null or valid_to > now())
       union all select person_id, false from team_members where user_id = $2 and valid_from <= now() and (valid_to is null or valid_to > now())) v
     group by person_id`,
    [unitIds, userId],
  );
  const served = new Set(visible.filter((v) => v.served).map((v) => v.person_id));
  const visibleSet = new Set(visible.map((v) => v.person_id));
  // Generation order, then a seeded shuffle: the same seed reads the same persons run after run.
  const ordered = shuffle(municipality.personIds.filter((id) => visibleSet.has(id)), random(options.seed + 1));
  const readIds = ordered.slice(0, sampleSize);
  const writeIds = ordered.filter((id) => served.has(id)).slice(0, sampleSize);
  if (readIds.length === 0 || writeIds.length === 0) throw new Error(`${sampleUsername} serves no person; use more persons or fewer units`);
  log(`${bench.kind}: ${sampleUsername} may see ${visible.length} persons; reading ${readIds.length}, writing notes on ${writeIds.length}`);

  const folder = mkdtempSync(join(os.tmpdir(), 'helhet-bench-throughput-'));
  let finished = false;
  const files: ServerFiles = { checkpointDir: join(folder, 'checkpoints'), checkpointKey: join(folder, 'checkpoint-signing-key.pem'), logFile: join(folder, 'server.log') };
  mkdirSync(files.checkpointDir);
  try {
    const rowsAtStart = await actorRows(db(), userId);
    const logged = { read: 0, search: 0, write: 0 };
    const { steps, prefixes } = await bench.lend((location) => withServer(location, files, async (server) => {
      log(`${bench.kind}: server pid ${server.pid} on ${server.baseUrl}`);
      const cpu = new CpuSampler(server.pid, 'url' in location ? new URL(location.url).pathname.slice(1) : undefined);
      try {
        const session = await logIn(server.baseUrl, sampleUsername);
        const client = clientOf(session);
        const probe = await client.get(`/api/persons/${readIds[0]}`);
        if (probe.status !== 200) throw new Error(`GET /api/persons/:id answered ${probe.status}`);
        logged.read++;
        const prefixes: string[] = [];
        for (const prefix of searchPrefixes) {
          const answer = await client.get(`/api/persons?q=${encodeURIComponent(prefix)}`);
          if (answer.status !== 200) throw new Error(`search answered ${answer.status}`);
          if (answer.body.items.length > 0) prefixes.push(prefix);
          if (answer.body.items.length > 0) logged.search++;
        }
        if (prefixes.length === 0) throw new Error('No name prefix finds any of her persons');
        const targets: LoadTargets = { readIds, writeIds, prefixes };
        await settle(cpu);
        const results = [];
        for (const [name, kinds] of [['person page', readsOnly], ['mixed', mixed]] as const) {
          for (const connections of connectionCounts) {
            const result = await step(session, name, kinds, targets, connections, { warmup, seconds }, cpu, logged);
            const perRequest = (ms: number) => (ms / result.completed).toFixed(2);
            log(`${bench.kind}: ${name.padEnd(11)} ${String(connections).padStart(2)} conn: ${result.perSecond.toFixed(0).padStart(5)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, non-2xx ${result.non2xx}; CPU ms/req: server ${perRequest(result.cpu.serverMs)}${bench.kind === 'postgres' ? `, PostgreSQL ${perRequest(result.cpu.postgresMs)}` : ' (database inside)'}, client ${perRequest(result.cpu.clientMs)}`);
            results.push(result);
          }
        }
        // autocannon ends a step by closing its sockets; requests still running on the server finish
        // (and log) after that. Stop only an idle server, as an operator would.
        await settle(cpu);
        return { steps: results, prefixes };
      } finally {
        cpu.stop();
      }
    }));
    log(`${bench.kind}: server stopped (SIGTERM); verifying the access log`);
    const afterLoad = await checkAccessLog(db(), tenantId, userId, files, rowsAtStart, total(logged));
    log(`${bench.kind}: chain verifies (${afterLoad.rowsChecked} rows, ${afterLoad.checkpointsChecked} checkpoints); ${afterLoad.rowsAdded} rows added for ${afterLoad.loggedAnswers} logged answers; ${afterLoad.unsealedAtRest} unsealed at rest`);

    const killAfter = Math.max(2, Math.min(5, seconds / 2));
    const killed = await bench.lend(async (location) => {
      const first = await startServer(location, files);
      let session: Session;
      let ok: Record<RequestKind, number>;
      try {
        session = await logIn(first.baseUrl, sampleUsername);
        ok = await loadUntilKilled(session, { readIds, writeIds, prefixes }, 8, killAfter, () => first.kill());
      } catch (error) {
        await first.kill();
        throw error;
      }
      log(`${bench.kind}: SIGKILL after ${killAfter} s of mixed load at 8 connections; ${total(ok)} answers were 2xx; restarting`);
      return withServer(location, files, async (server) => {
        const again = await clientOf({ ...session, baseUrl: server.baseUrl }).get(`/api/persons/${readIds[0]}`);
        if (again.status !== 200) throw new Error(`After the restart, GET /api/persons/:id with the session from before the kill answered ${again.status}`);
        return { ok, answers: total(ok) + 1 };
      });
    });
    const afterKill = await checkAccessLog(db(), tenantId, userId, files, afterLoad.rows, killed.answers);
    log(`${bench.kind}: after kill -9 and restart the chain verifies (${afterKill.rowsChecked} rows); ${afterKill.rowsAdded} rows added for ${afterKill.loggedAnswers} logged answers`);
    const result: ThroughputResult = {
      kind: bench.kind, version: bench.serverVersion.split(' ').slice(0, 2).join(' '), settings: bench.settings, generateMs, username: sampleUsername,
      visible: visible.length, readIds: readIds.length, writeIds: writeIds.length, steps, afterLoad, afterKill, killAfter, killedOk: killed.ok,
      load: [loadStart, os.loadavg()[0]!],
    };
    finished = true;
    return result;
  } finally {
    // A failed run keeps the server's output and checkpoints for a look.
    if (finished) rmSync(folder, { recursive: true, force: true });
    else log(`${bench.kind}: the server's output and checkpoints are kept in ${folder}`);
  }
}

benchEachDatabase({ name: 'throughput', heading: 'Throughput', log }, async (bench) => {
  log(`${bench.kind}: ${options.persons} persons, ${options.units} units, ${options.logRows} log rows; ${warmup} s warm-up + ${seconds} s per step at ${connectionCounts.join(', ')} connections`);
  return measure(bench);
}, (all) => throughputSection(all, { options, seconds, warmup, connectionCounts, command: process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : ['npm run bench:throughput', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' ') }));
