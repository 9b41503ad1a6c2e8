// Backup and restore of the one database, for the CLI's `backup` and `restore`.
//  - PGlite: after a CHECKPOINT, PGlite's own `dumpDataDir()` (a gzipped tarball of the data folder,
//    taken while queries are held, so it is consistent) under the folder's lock; restored only into an
//    empty folder, by loading the tarball before PostgreSQL starts.
//  - PostgreSQL: `pg_dump --format=custom` and `pg_restore --single-transaction` into an empty database.
// The file's first bytes say which kind it is, so a backup is never restored into the other database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { HelhetError } from '../errors.js';
import { openDatabase } from './database.js';
import { findPostgresBinary } from './postgres-binaries.js';

export interface BackupTarget {
  /** postgres://… — PostgreSQL; else the PGlite folder. */
  databaseUrl?: string;
  dataDir: string;
  /** Names the process in the data folder's lock. */
  purpose: string;
}

type BackupKind = 'pglite' | 'postgres';

/** Writes a backup of the database to `outFile` (which must not exist yet) and returns its size in bytes. */
export async function backupDatabase(target: BackupTarget, outFile: string): Promise<number> {
  const out = resolve(outFile);
  if (existsSync(out)) throw new HelhetError('CONFLICT', `Fila ${out} finnes allerede. Velg et nytt filnavn, så ingen tidligere sikkerhetskopi overskrives.`);
  if (!existsSync(dirname(out))) throw new HelhetError('NOT_FOUND', `Mappa ${dirname(out)} finnes ikke.`);
  const temporary = join(dirname(out), `.${basename(out)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (target.databaseUrl) await runPostgresTool('pg_dump', ['--format=custom', `--file=${temporary}`], target.databaseUrl);
    else writeFileSync(temporary, await dumpPglite(target));
    fsyncPath(temporary);
    // Appears under its name only when complete: a crash mid-backup leaves no file that looks like a backup.
    renameSync(temporary, out);
    fsyncPath(dirname(out));
  } finally {
    if (existsSync(temporary)) unlinkSync(temporary);
  }
  return statSync(out).size;
}

/** Restores `file` into an empty folder or database (refused otherwise); migrations are left to the caller. */
export async function restoreDatabase(target: BackupTarget, file: string): Promise<void> {
  const path = resolve(file);
  if (!existsSync(path)) throw new HelhetError('NOT_FOUND', `Fant ikke fila ${path}.`);
  const kind = backupKindOf(path);
  if (!kind) throw new HelhetError('UNPROCESSABLE', `${basename(path)} er ikke en sikkerhetskopi fra Helhet (verken en PGlite-sikkerhetskopi eller en pg_dump-fil i custom-format).`);
  const wanted: BackupKind = target.databaseUrl ? 'postgres' : 'pglite';
  if (kind !== wanted) {
    throw new HelhetError(
      'UNPROCESSABLE',
      kind === 'pglite'
        ? `${basename(path)} er en sikkerhetskopi av en PGlite-datamappe. Fjern DATABASE_URL og sett HELHET_DATA_DIR til en tom mappe for å gjenopprette den.`
        : `${basename(path)} er en PostgreSQL-sikkerhetskopi (pg_dump). Sett DATABASE_URL til en tom database for å gjenopprette den.`,
    );
  }
  if (target.databaseUrl) return restorePostgres(target.databaseUrl, path);
  const tarball = pgliteTarball(path);
  mkdirSync(target.dataDir, { recursive: true });
  const database = await openDatabase({ dataDir: target.dataDir, purpose: target.purpose, loadDataDir: new Blob([tarball], { type: 'application/x-tar' }) });
  try {
    await database.db.execute(sql`checkpoint`);
    // The tarball's files were written outside PostgreSQL, so its checkpoint does not fsync them.
    fsyncTree(target.dataDir);
  } finally {
    await database.close();
  }
}

/** The backup unpacked, checked before anything is written: a truncated or foreign file is refused whole. */
function pgliteTarball(path: string): Buffer<ArrayBuffer> {
  let tarball: Buffer<ArrayBuffer>;
  try {
    tarball = gunzipSync(readFileSync(path));
  } catch (error) {
    throw new HelhetError('UNPROCESSABLE', `${basename(path)} er skadet og kan ikke pakkes ut (${(error as Error).message}). Bruk en annen sikkerhetskopi.`);
  }
  if (!tarball.includes('PG_VERSION')) throw new HelhetError('UNPROCESSABLE', `${basename(path)} inneholder ingen PGlite-datamappe.`);
  return tarball;
}

async function dumpPglite(target: BackupTarget): Promise<Uint8Array> {
  if (!existsSync(join(target.dataDir, 'PG_VERSION'))) throw new HelhetError('NOT_FOUND', `Fant ingen database i datamappa ${target.dataDir}.`);
  const database = await openDatabase({ dataDir: target.dataDir, purpose: target.purpose });
  try {
    // Flushes the shared buffers to the data files, so the restored copy starts without WAL replay.
    await database.db.execute(sql`checkpoint`);
    const client = (database.db as unknown as { $client: PGlite }).$client;
    return new Uint8Array(await (await client.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await database.close();
  }
}

async function restorePostgres(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'`,
    );
    if (rows[0]!.n > 0) throw new HelhetError('CONFLICT', `Databasen ${databaseName(url)} er ikke tom (${rows[0]!.n} tabeller, sekvenser eller indekser). En sikkerhetskopi gjenopprettes bare til en tom database, så ingen data overskrives: opprett en ny database (createdb) og pek DATABASE_URL dit.`);
  } finally {
    await client.end();
  }
  // One transaction: a failed restore leaves the database empty, not half-restored.
  await runPostgresTool('pg_restore', ['--exit-on-error', '--single-transaction', '--no-owner', file], url);
}

function backupKindOf(path: string): BackupKind | null {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(5);
    const read = readSync(fd, head, 0, head.length, 0);
    if (read >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
    if (read === 5 && head.toString('latin1') === 'PGDMP') return 'postgres';
    return null;
  } finally {
    closeSync(fd);
  }
}

/** Runs pg_dump or pg_restore with the URL's password in PGPASSWORD, not on the command line (visible in `ps`). */
async function runPostgresTool(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  const binary = findPostgresBinary(name);
  if (!binary) {
    throw new HelhetError(
      'UNPROCESSABLE',
      `${name} finnes ikke på PATH eller i /usr/lib/postgresql/*/bin. Installer PostgreSQL-klientprogrammene i samme hovedversjon som serveren (for eksempel «apt-get install postgresql-client-15»), ` +
        `eller kjør ${name === 'pg_dump' ? 'pg_dump --format=custom --file=helhet.dump "$DATABASE_URL"' : 'pg_restore --exit-on-error --single-transaction --no-owner --dbname="$DATABASE_URL" helhet.dump'} selv. Se README, «Backup and restore».`,
    );
  }
  const connection = new URL(url);
  const password = decodeURIComponent(connection.password);
  connection.password = '';
  const stderr: Buffer[] = [];
  const code = await new Promise<number>((done, fail) => {
    const child = spawn(binary, [...args, `--dbname=${connection.toString()}`], { env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', fail);
    child.on('close', (exitCode) => done(exitCode ?? 1));
  });
  if (code !== 0) throw new HelhetError('UNPROCESSABLE', `${name} feilet (kode ${code}): ${Buffer.concat(stderr).toString('utf8').trim().slice(0, 2000)}`);
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) || '(standard)';
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function fsyncTree(folder: string): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) fsyncTree(path);
    else if (entry.isFile()) fsyncPath(path);
  }
  fsyncPath(folder);
}
