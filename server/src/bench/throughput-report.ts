// The throughput part's section of docs/benchmarks.md (also printed to the console).
import os from 'node:os';
import type { BenchOptions, DatabaseKind } from './args.js';
import { isDefaultSize } from './args.js';
import { pgliteVersion } from './databases.js';
import type { RequestKind, StepResult } from './load.js';
import { describeMachine } from './report.js';
import type { LogCheck } from './throughput-log.js';

/** The issue's figure: person-page reads per second on two cores, every read logged. */
export const targetReadsPerSecond = 1_100;

export interface ThroughputResult {
  kind: DatabaseKind;
  version: string;
  settings: string;
  generateMs: number;
  username: string;
  visible: number;
  readIds: number;
  writeIds: number;
  steps: StepResult[];
  afterLoad: LogCheck;
  afterKill: LogCheck;
  killAfter: number;
  killedOk: Record<RequestKind, number>;
  /** 1-minute load average when the database's run started and ended. */
  load: [number, number];
}

export interface RunSettings {
  options: BenchOptions;
  seconds: number;
  warmup: number;
  connectionCounts: number[];
  command: string;
}

const machine = describeMachine(pgliteVersion());
const label: Record<DatabaseKind, string> = { pglite: 'PGlite', postgres: 'PostgreSQL' };
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const perRequest = (ms: number, requests: number) => (Number.isFinite(ms) && requests > 0 ? (ms / requests).toFixed(2) : '–');

export function throughputSection(results: ThroughputResult[], run: RunSettings): string {
  const { options } = run;
  const lines = [
    `### Throughput — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `Command: \`${run.command}\` (\`server/src/bench/throughput.ts\`). ${int(options.persons)} persons, ${int(options.units)} units, ${int(options.staff)} staff, ${int(options.logRows)} access-log rows (seed ${options.seed}); ${run.warmup} s warm-up + ${run.seconds} s measured per step.`,
    ...(isDefaultSize(options) ? [] : ['', `> **Note:** non-default sizes; the issue's figures are for 100,000 persons and 1,000,000 access-log rows.`]),
    '',
    '| machine | |',
    '|---|---|',
    `| CPU | ${machine.cpu}, ${machine.cores} logical cores |`,
    `| RAM | ${machine.ramGiB.toFixed(1)} GiB |`,
    `| OS | ${machine.os} |`,
    `| Node.js | ${machine.node}; PGlite ${machine.pglite} |`,
    ...results.map((r) => `| ${label[r.kind]} | ${r.version}; ${r.settings} |`),
    `| load average (1 min) per database, start → end | ${results.map((r) => `${label[r.kind]} ${r.load.map((x) => x.toFixed(2)).join(' → ')}`).join('; ')} (now ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')}) |`,
    '',
    'The real server runs as its own process (`node --import tsx server/src/main.ts`, request log to a file) on a loopback port; autocannon runs in the benchmark process on the same cores. Every request carries the session cookie of the sample caseworker: session lookup, one transaction with the access decision and the access-log append, commit. **person page** = `GET /api/persons/:id` (what the web app\'s person page loads) rotating over up to 500 persons she may see. **mixed** = on every connection, in each round of ten: 7 person-page reads, 2 name searches `GET /api/persons?q=<prefix>` (one log row per search naming every listed person), 1 journal note `POST /api/persons/:id/notes` with the CSRF header. CPU per request is utime+stime from /proc over the measured step divided by the completed requests: the server process (for PGlite that includes the database), the PostgreSQL backends connected to the benchmark\'s database, the cluster\'s background processes (WAL writer, checkpointer; shared with any other database on the server) and the load generator.',
    '',
    '| database | load | connections | requests/s | p50 ms | p99 ms | non-2xx | server CPU ms/req | PostgreSQL backends CPU ms/req | PostgreSQL background ms/req (shared) | client CPU ms/req |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    for (const s of r.steps) {
      const pg = r.kind === 'pglite' ? 'in server' : perRequest(s.cpu.postgresMs, s.completed);
      const background = r.kind === 'pglite' ? '–' : perRequest(s.cpu.postgresBackgroundMs, s.completed);
      lines.push(`| ${label[r.kind]} | ${s.name} | ${s.connections} | **${int(s.perSecond)}** | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.non2xx} | ${perRequest(s.cpu.serverMs, s.completed)} | ${pg} | ${background} | ${perRequest(s.cpu.clientMs, s.completed)} |`);
    }
  }
  lines.push('', '| database | mixed load: 2xx reads / searches / notes per step |', '|---|---|');
  for (const r of results) lines.push(`| ${label[r.kind]} | ${r.steps.filter((s) => s.name === 'mixed').map((s) => `${s.connections} conn: ${int(s.ok.read)} / ${int(s.ok.search)} / ${int(s.ok.write)}`).join('; ')} |`);

  lines.push('', `| database | best person-page reads/s | target ≥ ${int(targetReadsPerSecond)} reads/s |`, '|---|---|---|');
  for (const r of results) {
    const best = r.steps.filter((s) => s.name === 'person page').reduce((a, b) => (b.perSecond > a.perSecond ? b : a));
    lines.push(`| ${label[r.kind]} | ${int(best.perSecond)} at ${best.connections} connections (p99 ${best.p99.toFixed(1)} ms) | ${best.perSecond >= targetReadsPerSecond ? 'met' : 'not met'} |`);
  }

  lines.push(
    '',
    'Access log, checked with `sealAccessLog` + `verifyAccessLog` (the chain, its head and the signed checkpoints the server wrote) after the server stopped: *after load* follows a SIGTERM; *after kill -9* follows a SIGKILL during a mixed load at 8 connections, a restart (one read with the session from before the kill) and a SIGTERM. *Rows added* are the sample user\'s rows; each 2xx read, search with hits and note logs at least one.',
    '',
    '| database | check | 2xx answers that log | rows added | left unsealed by the server | rows verified | checkpoints | breaks |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of results) {
    for (const [name, c] of [['after load (SIGTERM)', r.afterLoad], [`after kill -9 at ${r.killAfter} s`, r.afterKill]] as const) {
      lines.push(`| ${label[r.kind]} | ${name} | ${int(c.loggedAnswers)} | ${int(c.rowsAdded)} | ${c.unsealedAtRest} | ${int(c.rowsChecked)} | ${c.checkpointsChecked} | ${c.breaks.length === 0 ? 'none' : c.breaks.join('; ')} |`);
    }
  }
  lines.push('', `Sample user: ${results.map((r) => `${label[r.kind]}: ${r.username}, may see ${int(r.visible)} persons (reads rotate over ${r.readIds}, notes over ${r.writeIds}); generation ${(r.generateMs / 1000).toFixed(0)} s`).join('; ')}.`);
  return lines.join('\n');
}
