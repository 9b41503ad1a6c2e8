// The PGlite data folder lock, with real second processes (the CLI beside a running server).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from './database.js';
import { lockDataDir, lockPathFor, type LockHolder } from './data-dir-lock.js';
import { HelhetError } from '../errors.js';

const root = mkdtempSync(join(tmpdir(), 'helhet-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let folders = 0;
const freshFolder = (): string => join(root, `data-${(folders += 1)}`);

/** Starts a process that opens `dataDir`, commits one row and holds the folder until told. */
async function holder(dataDir: string, purpose: string): Promise<ChildProcessWithoutNullStreams> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/platform/db/fixtures/hold-data-dir.ts', dataDir, purpose]);
  let output = '';
  await new Promise<void>((ready, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) ready();
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => fail(new Error(`holder exited with ${code}: ${output}`)));
  });
  return child;
}

const exited = (child: ChildProcessWithoutNullStreams): Promise<unknown> => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done(null) : child.on('exit', done)));

async function openError(dataDir: string): Promise<HelhetError> {
  const error = await openDatabase({ dataDir }).then(
    async (database) => {
      await database.close();
      return null;
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HelhetError);
  return error as HelhetError;
}

async function probeRows(dataDir: string): Promise<number> {
  const database = await openDatabase({ dataDir });
  try {
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from lock_probe`);
    return row!.n;
  } finally {
    await database.close();
  }
}

function writeLock(dataDir: string, holder: Partial<LockHolder>): void {
  writeFileSync(lockPathFor(dataDir), JSON.stringify({ pid: 1, host: hostname(), purpose: 'Helhet-serveren', startedAt: '2026-12-07T21:10:00.000Z', processStart: null, token: 'old', ...holder }));
}

describe('the PGlite data folder lock', () => {
  it('refuses a second process while the first has the folder, naming it, and lets it in after close', async () => {
    const dataDir = freshFolder();
    const first = await holder(dataDir, 'Helhet-serveren');
    try {
      const error = await openError(dataDir);
      expect(error.code).toBe('CONFLICT');
      expect(error.detailNo).toMatch(new RegExp(`^Datamappa ${dataDir} er i bruk av prosess ${first.pid} \\(Helhet-serveren, startet \\d\\d\\.\\d\\d\\.\\d{4} \\d\\d:\\d\\d\\)\\. Stopp den først, eller bruk DATABASE_URL\\.$`));
      first.stdin.write('close\n');
      await exited(first);
      expect(first.exitCode).toBe(0);
      expect(existsSync(lockPathFor(dataDir))).toBe(false);
      expect(await probeRows(dataDir)).toBe(1);
    } finally {
      first.kill('SIGKILL');
    }
  }, 90_000);

  it('is released when the process exits without closing the database', async () => {
    const dataDir = freshFolder();
    const first = await holder(dataDir, 'Helhet-CLI: generate');
    first.stdin.write('exit\n');
    await exited(first);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  }, 90_000);

  it('takes over the lock of a killed process, and the committed row survives', async () => {
    const dataDir = freshFolder();
    const first = await holder(dataDir, 'Helhet-serveren');
    first.kill('SIGKILL');
    await exited(first);
    expect(JSON.parse(readFileSync(lockPathFor(dataDir), 'utf8'))).toMatchObject({ pid: first.pid, purpose: 'Helhet-serveren' });
    expect(await probeRows(dataDir)).toBe(1);
    expect(existsSync(lockPathFor(dataDir))).toBe(false);
  }, 90_000);

  it('refuses a second open in the same process', async () => {
    const dataDir = freshFolder();
    const database = await openDatabase({ dataDir, purpose: 'Helhet-serveren' });
    try {
      expect((await openError(dataDir)).detailNo).toContain(`er i bruk av prosess ${process.pid} (Helhet-serveren, startet `);
    } finally {
      await database.close();
    }
    await (await openDatabase({ dataDir })).close();
  }, 60_000);

  it('treats a pid now used by another process as stale (the start time differs)', () => {
    const dataDir = freshFolder();
    writeLock(dataDir, { pid: process.ppid, processStart: '1' });
    lockDataDir(dataDir).release();
  });

  it('treats its own pid in a lock it does not hold as stale (a restarted container is pid 1 again)', () => {
    const dataDir = freshFolder();
    writeLock(dataDir, { pid: process.pid });
    lockDataDir(dataDir).release();
  });

  it('never takes over a lock from another machine, and says which file to delete', () => {
    const dataDir = freshFolder();
    writeLock(dataDir, { pid: 999_999, host: 'annen-maskin' });
    expect(() => lockDataDir(dataDir)).toThrow(HelhetError);
    try {
      lockDataDir(dataDir);
    } catch (error) {
      expect((error as HelhetError).detailNo).toBe(
        `Datamappa ${dataDir} er i bruk av prosess 999999 på maskinen annen-maskin (Helhet-serveren, startet 07.12.2026 22:10). Stopp den først, eller bruk DATABASE_URL. Kjører den ikke lenger, kan låsfila ${dataDir}.lock slettes.`,
      );
    }
  });
});
