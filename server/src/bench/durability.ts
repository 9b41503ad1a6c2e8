// `npx tsx server/src/bench/durability.ts`: what durable PGlite costs. Single-row committed inserts
// (one autocommit INSERT each, through the driver) on a PGlite data folder with fsync on (Helhet's
// default, see platform/db/durable-node-fs.ts) and off (PGlite's own default), and on the PostgreSQL
// server the tests use for reference. Rounds alternate the modes, each in a fresh folder.
import os from 'node:os';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pgliteStorage } from '../platform/db/durable-node-fs.js';
import { openBenchDatabase, pgliteVersion } from './databases.js';
import { argv, flag, elapsedLog } from './args.js';
import { runBench, writeDocsSection } from './docs-section.js';
import { summarize, type Summary } from './stats.js';

if (argv.includes('--help')) {
  console.log('npx tsx server/src/bench/durability.ts [--inserts 2000] [--rounds 3] [--warmup 100] [--databases pglite,postgres] [--no-write]');
  process.exit(0);
}
const inserts = Number(flag('inserts', '2000'));
const rounds = Number(flag('rounds', '3'));
const warmup = Number(flag('warmup', '100'));
const withPostgres = flag('databases', 'pglite,postgres').includes('postgres');
const log = elapsedLog();

type Insert = (payload: string) => Promise<unknown>;
type Mode = 'PGlite, fsync on (default)' | 'PGlite, fsync off' | 'PostgreSQL';

/** Milliseconds per committed insert, after `warmup` unmeasured ones. */
async function measure(insert: Insert): Promise<{ totalMs: number; perInsert: Summary }> {
  for (let i = 0; i < warmup; i += 1) await insert(`warmup ${i}`);
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < inserts; i += 1) {
    const start = performance.now();
    await insert(`row ${i}`);
    samples.push(performance.now() - start);
  }
  return { totalMs: performance.now() - started, perInsert: summarize(samples) };
}

async function pgliteRound(fsync: boolean): Promise<{ totalMs: number; perInsert: Summary }> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'helhet-bench-durability-'));
  const client = await PGlite.create(pgliteStorage(dataDir, { fsync }));
  try {
    await client.exec('create table probe (id bigserial primary key, payload text not null)');
    return await measure((payload) => client.query('insert into probe (payload) values ($1)', [payload]));
  } finally {
    await client.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function postgresRound(): Promise<{ totalMs: number; perInsert: Summary; settings: string }> {
  const bench = await openBenchDatabase('postgres', 'disk');
  try {
    await bench.raw('create table probe (id bigserial primary key, payload text not null)');
    return { ...(await measure((payload) => bench.raw('insert into probe (payload) values ($1)', [payload]))), settings: bench.settings };
  } finally {
    await bench.close();
  }
}

const fileSystems: Record<number, string> = { 0xef53: 'ext4', 0x01021994: 'tmpfs', 0x58465342: 'xfs', 0x9123683e: 'btrfs', 0x794c7630: 'overlayfs' };

runBench(async () => {
  const results = new Map<Mode, { totalMs: number; perInsert: Summary }[]>();
  const add = (mode: Mode, result: { totalMs: number; perInsert: Summary }): void => {
    results.set(mode, [...(results.get(mode) ?? []), result]);
    log(`${mode}: ${inserts} inserts in ${result.totalMs.toFixed(0)} ms (${(inserts / (result.totalMs / 1000)).toFixed(0)}/s)`);
  };
  const loadStart = os.loadavg();
  let postgresSettings = '';
  for (let round = 0; round < rounds; round += 1) {
    // Alternate which mode goes first, so drift on a shared machine hits both alike.
    const order = round % 2 === 0 ? [true, false] : [false, true];
    for (const fsync of order) add(fsync ? 'PGlite, fsync on (default)' : 'PGlite, fsync off', await pgliteRound(fsync));
    if (withPostgres) {
      const result = await postgresRound();
      postgresSettings = result.settings;
      add('PostgreSQL', result);
    }
  }
  const loadEnd = os.loadavg();
  const fsType = statfsSync(os.tmpdir()).type;
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const lines = [
    `### PGlite durability — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    '',
    `${inserts} single-row committed inserts per round (autocommit \`insert … values ($1)\` through the driver, ${warmup} unmeasured first), ${rounds} rounds per mode, each PGlite round in a fresh data folder under ${os.tmpdir()} (${fileSystems[fsType] ?? `file system 0x${fsType.toString(16)}`}). ` +
      `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} logical cores, Node.js ${process.version}, @electric-sql/pglite ${pgliteVersion()}; load average ${loadStart.map((x) => x.toFixed(2)).join(' / ')} → ${loadEnd.map((x) => x.toFixed(2)).join(' / ')}.` +
      (postgresSettings ? ` PostgreSQL: ${postgresSettings}.` : ''),
    '',
    '| mode | commits/s (median round) | ms per commit p50 | p95 | rounds (commits/s) |',
    '|---|---:|---:|---:|---|',
  ];
  for (const [mode, list] of results) {
    const rates = list.map((r) => inserts / (r.totalMs / 1000));
    const best = list[rates.indexOf(median(rates))]!;
    lines.push(`| ${mode} | ${median(rates).toFixed(0)} | ${best.perInsert.p50.toFixed(2)} | ${best.perInsert.p95.toFixed(2)} | ${rates.map((r) => r.toFixed(0)).join(', ')} |`);
  }
  const on = median((results.get('PGlite, fsync on (default)') ?? []).map((r) => inserts / (r.totalMs / 1000)));
  const off = median((results.get('PGlite, fsync off') ?? []).map((r) => inserts / (r.totalMs / 1000)));
  lines.push('', `fsync off commits ${(off / on).toFixed(1)}× as many rows per second as fsync on.`);
  const text = lines.join('\n');
  console.log(`\n${text}\n`);
  if (!argv.includes('--no-write')) log(`written to ${writeDocsSection('durability', 'PGlite durability', text)}`);
});
