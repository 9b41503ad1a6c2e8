// `npm run bench`: generates a synthetic municipality on each database, measures (a) the person
// page via the API against plain SQL, (b) the access-log append's share, (c) person search, and
// (d) PGlite against PostgreSQL, all in one run, and writes the results to docs/benchmarks.md.
import os from 'node:os';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from './args.js';
import { openBenchDatabase, pgliteVersion } from './databases.js';
import { buildFixture } from './fixture.js';
import { benchPersonPage } from './person-page.js';
import { benchSearch } from './search.js';
import { breakdownPersonPage } from './breakdown.js';
import { consoleSummary, describeMachine, markdownSection, writeResults, type DatabaseRun } from './report.js';

const options = parseArgs(process.argv.slice(2));
const startedAt = new Date();
const started = performance.now();
const clock = () => {
  const s = Math.floor((performance.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};
const log = (message: string) => console.log(`[${clock()}] ${message}`);

// Whatever is open is closed on Ctrl-C too, so no PostgreSQL database or temp folder is left behind.
// The run itself then fails (its pool is gone); it must wait for this cleanup rather than exit.
const open = new Set<() => Promise<void>>();
let cleanup: Promise<void> | undefined;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // Ctrl-C reaches this process twice (the terminal's process group, and tsx relaying it): a
    // repeated signal must not cut the cleanup short.
    if (cleanup) return;
    console.error(`\n${signal}: cleaning up…`);
    cleanup = (async () => {
      for (const close of [...open].reverse()) await close().catch((error: unknown) => console.error(error));
      process.exit(130);
    })();
  });
}

async function main(): Promise<void> {
  const machine = describeMachine(pgliteVersion());
  log(`bench: ${options.persons} persons, ${options.units} units, ${options.staff} staff, ${options.logRows} log rows; ${options.warmup}+${options.iterations} rounds, ${options.warmup}+${options.searchIterations} searches; databases ${options.databases.join(', ')}`);
  log(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB.toFixed(1)} GiB, Node ${machine.node}, load ${machine.loadStart.map((x) => x.toFixed(2)).join(' ')}`);
  const runs: DatabaseRun[] = [];
  for (const kind of options.databases) {
    log(`${kind}: opening a fresh database and migrating`);
    const bench = await openBenchDatabase(kind, options.pgliteStorage);
    open.add(bench.close);
    try {
      log(`${kind}: ${bench.serverVersion}; ${bench.storage}`);
      log(`${kind}: ${bench.settings}`);
      log(`${kind}: generating the municipality`);
      const fixture = await buildFixture(bench, options, log);
      open.add(fixture.close);
      try {
        const measureStart = performance.now();
        const loadBefore = os.loadavg()[0]!;
        log(`${kind}: (a)+(b) person page, ${options.warmup} warm-up + ${options.iterations} measured rounds`);
        const personPage = await benchPersonPage(fixture, options.iterations, options.warmup, log);
        log(`${kind}: (c) search, ${options.warmup} warm-up + ${options.searchIterations} measured`);
        const search = await benchSearch(fixture, options.searchIterations, options.warmup, log);
        const measureMs = performance.now() - measureStart;
        const loadAfter = os.loadavg()[0]!;
        // Statement-level timing wraps the pg driver, so it runs after (a)–(c) and is not part of them.
        const breakdown = kind === 'postgres' ? await breakdownPersonPage(fixture, Math.min(options.iterations, 300), log) : undefined;
        runs.push({
          kind,
          serverVersion: bench.serverVersion,
          storage: bench.storage,
          settings: bench.settings,
          loadDuringMeasuring: [loadBefore, loadAfter],
          generation: fixture.generation,
          counts: fixture.counts,
          username: fixture.username,
          unitCount: fixture.actor.unitIds.length,
          visibleCount: fixture.visibleCount,
          personPage,
          search,
          measureMs,
          breakdown,
        });
      } finally {
        await fixture.close();
        open.delete(fixture.close);
      }
    } finally {
      log(`${kind}: closing${kind === 'postgres' ? ' and dropping the database' : ''}`);
      await bench.close();
      open.delete(bench.close);
    }
  }
  machine.loadEnd = os.loadavg();
  const args = process.argv.slice(2).join(' ');
  const command = process.env.npm_lifecycle_event === 'bench' ? 'npm run bench' : `npx tsx server/src/bench/main.ts${args ? ` ${args}` : ''}`;
  const report = { startedAt, totalMs: performance.now() - started, command, options, machine, runs };
  console.log(consoleSummary(report));
  if (options.write) {
    const path = resolve(options.out);
    writeResults(path, markdownSection(report));
    log(`results written to ${path}`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (cleanup) return; // interrupted: the signal handler exits when the cleanup is done
    console.error(error);
    process.exit(1);
  },
);
