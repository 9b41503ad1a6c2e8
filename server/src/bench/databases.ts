// The databases a benchmark runs on: PGlite (a fresh data folder in a temp directory, or memory)
// and PostgreSQL (a uniquely named database on the server the tests use, dropped at the end).
// Each also exposes the raw driver, for the plain-SQL baseline.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { openDatabase, type Database, adminQuery } from '../platform/db/database.js';
import { findOrStartPostgres } from '../test/postgres-server.js';
import type { DatabaseKind } from './args.js';
import { once } from './once.js';

/** One parameterised query through the driver itself (pg Pool `query` / PGlite `query`), no ORM. */
export type RawQuery = <R = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<{ rows: R[] }>;

export interface BenchDatabase {
  kind: DatabaseKind;
  database: Database;
  raw: RawQuery;
  /** `select version()` */
  serverVersion: string;
  /** Where the data lives, for the report. */
  storage: string;
  /** Server settings that matter for these numbers, e.g. "shared_buffers=128MB, jit=on". */
  settings: string;
  /**
   * Lets another process (the real server) use the database while `work` runs: PostgreSQL by its
   * URL; PGlite by its data folder, which only one process may open, so it is closed meanwhile and
   * reopened afterwards (`database` and `raw` then use the new connection).
   */
  lend<T>(work: (location: DatabaseLocation) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseLocation = { url: string } | { dataDir: string };

export function pgliteVersion(): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    for (let i = 0; i < 5; i++, dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === '@electric-sql/pglite') return pkg.version ?? 'unknown';
    }
  } catch {
    // fall through
  }
  return 'unknown';
}

async function version(raw: RawQuery): Promise<string> {
  const { rows } = await raw<{ version: string }>('select version() as version');
  return rows[0]?.version ?? 'unknown';
}

const settingNames = ['shared_buffers', 'work_mem', 'synchronous_commit', 'fsync', 'jit', 'jit_above_cost'];

async function settings(raw: RawQuery): Promise<string> {
  const { rows } = await raw<{ name: string; value: string | null }>(
    `select name, current_setting(name, true) as value from unnest($1::text[]) as name`,
    [settingNames],
  );
  return rows.filter((r) => r.value !== null && r.value !== '').map((r) => `${r.name}=${r.value}`).join(', ');
}


async function openPglite(storage: 'disk' | 'memory'): Promise<BenchDatabase> {
  const dataDir = storage === 'disk' ? mkdtempSync(join(tmpdir(), 'helhet-bench-pglite-')) : undefined;
  const clientOf = (database: Database) => (database.db as unknown as { $client: PGlite }).$client;
  const database = await openDatabase({ dataDir });
  let client = clientOf(database);
  let lent = false;
  const raw: RawQuery = async (text, params) => client.query(text, params);
  const close = once(async () => {
    if (!lent) await bench.database.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });
  const bench: BenchDatabase = {
    kind: 'pglite',
    database,
    raw,
    serverVersion: await version(raw),
    settings: await settings(raw),
    storage: dataDir ? `data folder on disk under ${tmpdir()} (like \`npm start\`)` : 'in memory (memory://)',
    async lend(work) {
      if (!dataDir) throw new Error('An in-memory PGlite cannot be opened by another process; use --pglite-storage disk');
      await bench.database.close();
      lent = true;
      try {
        return await work({ dataDir });
      } finally {
        bench.database = await openDatabase({ dataDir });
        client = clientOf(bench.database);
        lent = false;
      }
    },
    close,
  };
  return bench;
}

async function openPostgres(): Promise<BenchDatabase> {
  const server = await findOrStartPostgres();
  const name = `helhet_bench_${randomBytes(6).toString('hex')}`;
  await adminQuery(server.adminUrl, `create database ${name}`);
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  let database: Database | undefined;
  const close = once(async () => {
    try {
      await database?.close();
    } finally {
      await adminQuery(server.adminUrl, `drop database if exists ${name} with (force)`);
      await server.stop();
    }
  });
  try {
    database = await openDatabase({ url: url.toString() });
    const pool = (database.db as unknown as { $client: pg.Pool }).$client;
    const raw: RawQuery = async <R,>(text: string, params?: unknown[]) => pool.query(text, params) as unknown as Promise<{ rows: R[] }>;
    return {
      kind: 'postgres',
      database,
      raw,
      serverVersion: await version(raw),
      settings: await settings(raw),
      storage: `own database ${name} on ${url.host} (dropped afterwards)`,
      lend: (work) => work({ url: url.toString() }),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

export async function openBenchDatabase(kind: DatabaseKind, pgliteStorage: 'disk' | 'memory'): Promise<BenchDatabase> {
  const bench = kind === 'pglite' ? await openPglite(pgliteStorage) : await openPostgres();
  try {
    await bench.database.migrate();
  } catch (error) {
    await bench.close();
    throw error;
  }
  return bench;
}
