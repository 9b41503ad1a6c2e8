// Opens the one database the system runs on: embedded PGlite (default, data in a folder) or a
// PostgreSQL server when DATABASE_URL is set. Both go through Drizzle with the same schema and the
// same migrations folder.
import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.js';
import { pgliteStorage } from './durable-node-fs.js';
import { HelhetError } from '../errors.js';
import { grantRuntimeRole } from './roles.js';

// Only the SQL-like query builder is used, so the database needs no schema object and the
// platform never has to import the capabilities' tables.
export type Db = PgDatabase<PgQueryResultHKT>;
/** A transaction handle; every command runs inside one. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../../migrations', import.meta.url));
/** pg_advisory_lock key held while migrating: two servers starting together migrate one after the other. */
export const migrationLockKey = 4_808_250_221_741_018n;

/** Migrates on one connection that holds the migration lock; the lock ends with the session at the latest. */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let failed = false;
  try {
    await client.query('select pg_advisory_lock($1)', [migrationLockKey.toString()]);
    await migratePg(drizzlePg({ client }), { migrationsFolder });
    await client.query('select pg_advisory_unlock($1)', [migrationLockKey.toString()]);
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // After a failure the connection is closed rather than reused, which also releases the lock.
    client.release(failed);
  }
}

export interface DatabaseOptions {
  /** postgres://… — when set, a PostgreSQL server is used. */
  url?: string;
  /** PGlite data folder; undefined means in-memory. The folder is locked for this process until close(). */
  dataDir?: string;
  /** Names this process in the data folder's lock, e.g. «Helhet-serveren»; another process that finds the folder locked shows it. */
  purpose?: string;
  /** A `dumpDataDir` tarball to load before PostgreSQL starts: a restore into an empty folder, or a copy of the tests' migrated template in memory. */
  loadDataDir?: Blob;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10, connectionTimeoutMillis: 10_000 });
    // An idle connection the server drops (restart, failover, admin command) emits 'error' on the
    // pool; unheard it would end the process. The pool replaces the connection on next use.
    pool.on('error', (error: Error & { code?: string }) => {
      process.stderr.write(`PostgreSQL: en ledig tilkobling ble brutt (${error.code ?? 'ukjent kode'}): ${error.message}\n`);
    });
    const db = drizzlePg({ client: pool }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: () => migrateLocked(pool),
      close: () => pool.end(),
    };
  }
  if (!options.dataDir) return pgliteDatabase(await PGlite.create({ dataDir: 'memory://', ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) }), () => {});
  const { dataDir, loadDataDir } = options;
  const lock = lockDataDir(dataDir, options.purpose);
  let restoring = false;
  try {
    if (loadDataDir) {
      // Checked under the lock, so no server can initialise the folder between the check and the load.
      if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new HelhetError('CONFLICT', `Datamappa ${dataDir} er ikke tom. En sikkerhetskopi gjenopprettes bare til en tom eller ny mappe, så ingen data overskrives: velg en annen HELHET_DATA_DIR, eller flytt mappa først.`);
      restoring = true;
    }
    // Durable by default: a committed transaction is fsync'ed to disk (see durable-node-fs.ts).
    const client = await PGlite.create({ ...pgliteStorage(dataDir), loadDataDir });
    return await pgliteDatabase(client, lock.release);
  } catch (error) {
    // A failed restore must not leave a half-loaded folder that the next attempt would refuse as not empty.
    if (restoring && existsSync(dataDir)) for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
    lock.release();
    throw error;
  }
}

/**
 * PGlite has one user, a superuser, and superusers pass every row-level security policy. So the
 * embedded database runs the application as a runtime role, as a PostgreSQL server should
 * (README «Database roles»): migrations run as the superuser, everything else as `helhet_runtime`,
 * which owns nothing and is held to the tenant policies (migration 0021).
 */
export const pgliteRuntimeRole = 'helhet_runtime';

async function enterRuntimeRole(client: PGlite): Promise<void> {
  const { rows } = await client.query<{ found: boolean }>('select exists (select 1 from pg_roles where rolname = $1) as found', [pgliteRuntimeRole]);
  if (rows[0]?.found) await client.exec(`set role ${pgliteRuntimeRole}`);
}

async function migratePgliteAsOwner(client: PGlite, db: Db): Promise<void> {
  await client.exec('reset role');
  await migratePglite(db as never, { migrationsFolder });
  await client.exec(`do $$ begin
    if not exists (select 1 from pg_roles where rolname = '${pgliteRuntimeRole}') then create role ${pgliteRuntimeRole} nologin; end if;
  end $$`);
  await grantRuntimeRole(db, pgliteRuntimeRole);
  // The backup's CHECKPOINT (platform/db/backup.ts) runs as the runtime role.
  await client.exec(`grant pg_checkpoint to ${pgliteRuntimeRole}`);
  await client.exec(`set role ${pgliteRuntimeRole}`);
}

async function pgliteDatabase(client: PGlite, releaseLock: () => void): Promise<Database> {
  const db = drizzlePglite({ client }) as unknown as Db;
  await enterRuntimeRole(client);
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePgliteAsOwner(client, db),
    close: async () => {
      try {
        await client.close();
      } finally {
        releaseLock();
      }
    },
  };
}

/**
 * Runs reviewed raw SQL and returns its rows. Both drivers answer `{ rows }`; the query builder's
 * generic result type does not know that, so this is the one place that says it.
 */
export async function queryRows<T>(db: Db | Tx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs the migrations as the owner role when one is configured (PostgreSQL: MIGRATION_DATABASE_URL),
 * so the server's own role need not own the tables — it then cannot alter them or switch off the
 * access log's triggers. Without one, the server's connection migrates.
 */
export async function migrateAsOwner(database: Database, options: { migrationDatabaseUrl?: string | undefined }): Promise<void> {
  if (database.kind !== 'postgres' || !options.migrationDatabaseUrl) return database.migrate();
  const owner = await openDatabase({ url: options.migrationDatabaseUrl });
  try {
    await owner.migrate();
  } finally {
    await owner.close();
  }
}

/** Runs one statement on a connection of its own, e.g. `create database` as the server's administrator. */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** Whether the connection's role passes every row-level policy (a superuser or BYPASSRLS): then tenant isolation is off. */
export async function bypassesRowSecurity(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ bypass: boolean }>(db, sql`select rolsuper or rolbypassrls as bypass from pg_roles where rolname = current_user`);
  return row?.bypass ?? false;
}
