// An exclusive lock on a PGlite data folder: embedded PostgreSQL has no server to arbitrate, so two
// processes on one folder (the CLI while the server runs) would both write it and corrupt it.
//
// The lock is a file next to the folder (`<folder>.lock`), created atomically (written to a temporary
// file, then hard-linked into place, which fails if the lock exists) and holding who has it: pid, host,
// what the process is and when it started. Not proper-lockfile: it keeps a lock alive by touching it
// on a timer and declares it stale when the timer is late, but PGlite runs queries synchronously on the
// event loop, so a long migration or `generate` would make a live server's lock look stale. Here a lock
// is stale only when its process is gone: the pid no longer exists, or it now belongs to another
// process (different start time in /proc), or it is this pid but not a lock this process holds (a
// restarted container reuses pid 1). The lock is next to the folder, not in it, so the folder can be
// empty for a restore and a backup of the folder does not carry the lock.
import { hostname } from 'node:os';
import { existsSync, linkSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { randomBytes } from 'node:crypto';
import { HelhetError } from '../errors.js';

export interface LockHolder {
  pid: number;
  host: string;
  /** What the process is, e.g. «Helhet-serveren». */
  purpose: string;
  startedAt: string;
  /** Linux: the process start time in clock ticks since boot (/proc/<pid>/stat field 22); null elsewhere. */
  processStart: string | null;
  token: string;
}

export interface DataDirLock {
  path: string;
  release(): void;
}

const held = new Map<string, string>();

export function lockPathFor(dataDir: string): string {
  return `${dataDir.replace(/[/\\]+$/, '')}.lock`;
}

/** Takes the lock on `dataDir` or throws a HelhetError naming the process that has it. */
export function lockDataDir(dataDir: string, purpose: string = defaultPurpose()): DataDirLock {
  const path = lockPathFor(dataDir);
  const holder: LockHolder = { pid: process.pid, host: hostname(), purpose, startedAt: new Date().toISOString(), processStart: processStartOf(process.pid), token: randomBytes(12).toString('hex') };
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (createExclusive(path, holder)) return holdLock(path, holder.token);
    const current = readHolder(path);
    if (current === 'missing') continue;
    if (current === 'unreadable') {
      // Partly written by hand or a full disk: not ours to judge while it is fresh.
      if (Date.now() - mtimeOf(path) < 10_000) throw lockedError(dataDir, path, 'unreadable');
      removeIfUnchanged(path, null);
      continue;
    }
    if (isAlive(current)) throw lockedError(dataDir, path, current);
    removeIfUnchanged(path, current.token);
  }
  throw lockedError(dataDir, path, 'contended');
}

function holdLock(path: string, token: string): DataDirLock {
  held.set(path, token);
  const releaseOnExit = (): void => release();
  process.on('exit', releaseOnExit);
  function release(): void {
    process.off('exit', releaseOnExit);
    if (held.get(path) !== token) return;
    held.delete(path);
    const current = readHolder(path);
    if (typeof current === 'object' && current.token === token) unlinkQuietly(path);
  }
  return { path, release };
}

function createExclusive(path: string, holder: LockHolder): boolean {
  const temporary = `${path}.${holder.token}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(holder, null, 2)}\n`, { mode: 0o644 });
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkQuietly(temporary);
  }
}

function readHolder(path: string): LockHolder | 'missing' | 'unreadable' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  try {
    const value = JSON.parse(text) as LockHolder;
    return typeof value.pid === 'number' && typeof value.token === 'string' ? value : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

/** Whether the process that wrote `holder` still runs. Another host's process cannot be checked: assume it does. */
function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return [...held.values()].includes(holder.token);
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const start = processStartOf(holder.pid);
  return !(start && holder.processStart && start !== holder.processStart);
}

/**
 * Removes a stale lock, unless another process replaced it meanwhile: a second remover that read the
 * same stale lock must not delete the new holder's. A short-lived `<lock>.takeover` file serialises removers.
 */
function removeIfUnchanged(path: string, staleToken: string | null): void {
  const guard = `${path}.takeover`;
  if (!createExclusive(guard, { pid: process.pid, host: hostname(), purpose: 'takeover', startedAt: new Date().toISOString(), processStart: null, token: randomBytes(12).toString('hex') })) {
    // Left by a process that died in the middle of a takeover (a few milliseconds): clear it.
    if (Date.now() - mtimeOf(guard) > 10_000) unlinkQuietly(guard);
    return;
  }
  try {
    const current = readHolder(path);
    if (current === 'missing') return;
    if ((current === 'unreadable' ? null : current.token) === staleToken) unlinkQuietly(path);
  } finally {
    unlinkQuietly(guard);
  }
}

function lockedError(dataDir: string, path: string, holder: LockHolder | 'unreadable' | 'contended'): HelhetError {
  if (holder === 'unreadable') return new HelhetError('CONFLICT', `Datamappa ${dataDir} er låst (${path}), men låsfila kan ikke leses. Kontroller at ingen Helhet-prosess bruker mappa, slett låsfila og prøv igjen.`);
  if (holder === 'contended') return new HelhetError('CONFLICT', `Datamappa ${dataDir} tas i bruk av en annen prosess akkurat nå (${path}). Prøv igjen om litt.`);
  const who = `prosess ${holder.pid}${holder.host === hostname() ? '' : ` på maskinen ${holder.host}`} (${holder.purpose}, startet ${osloMinute(holder.startedAt)})`;
  const remedy = holder.host === hostname() ? 'Stopp den først, eller bruk DATABASE_URL.' : `Stopp den først, eller bruk DATABASE_URL. Kjører den ikke lenger, kan låsfila ${path} slettes.`;
  return new HelhetError('CONFLICT', `Datamappa ${dataDir} er i bruk av ${who}. ${remedy}`);
}

function osloMinute(iso: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.day}.${parts.month}.${parts.year} ${parts.hour}:${parts.minute}`;
}

function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3; the start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function defaultPurpose(): string {
  return process.argv[1] ? `node ${basename(process.argv[1])}` : 'node';
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuietly(path: string): void {
  try {
    if (existsSync(path)) unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
