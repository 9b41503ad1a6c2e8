// CPU time of the processes that serve the load, read from /proc (Linux): the server process (Node,
// and PGlite inside it) and the PostgreSQL processes. Backends come and go with the server's pool, so
// they are sampled every quarter second and a backend's last reading is kept after it exits.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** utime + stime (fields 14 and 15) of a /proc/<pid>/stat line, in milliseconds. */
export function cpuMsFromStat(stat: string, ticks = ticksPerSecond): number {
  // The command name (field 2) may hold spaces and parentheses: count from the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
}

/** utime + stime of a process (all its threads) in milliseconds; undefined once it is gone. */
export function processCpuMs(pid: number): number | undefined {
  try {
    return cpuMsFromStat(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

export type PostgresRole = 'backend' | 'background' | 'other';
// The cluster's own helpers; they work for every database on the server, not only the benchmark's.
const background = /: (checkpointer|background writer|walwriter|autovacuum launcher|logical replication launcher)\b/;

/** What a process is to the benchmark, from its command line (NUL-separated as in /proc/<pid>/cmdline). */
export function postgresRole(cmdline: string, database: string): PostgresRole {
  const command = cmdline.replace(/\0/g, ' ').trim();
  if (!command.startsWith('postgres:')) return 'other';
  // A backend shows "postgres: 15/main: <user> <database> 127.0.0.1(port) <state>".
  if (command.split(' ').includes(database)) return 'backend';
  return background.test(command) ? 'background' : 'other';
}

function roleOf(pid: number, database: string | undefined): PostgresRole {
  if (!database) return 'other';
  try {
    return postgresRole(readFileSync(`/proc/${pid}/cmdline`, 'utf8'), database);
  } catch {
    return 'other';
  }
}

export interface CpuSnapshot {
  server: number;
  client: number;
  postgres: Map<number, number>;
}

export interface CpuSpent {
  /** The server process: Node.js, and for PGlite the database too. */
  serverMs: number;
  /** The PostgreSQL backends connected to the benchmark's database (incl. its autovacuum workers). */
  postgresMs: number;
  /** The cluster's background processes (WAL writer, checkpointer, …), shared with other databases. */
  postgresBackgroundMs: number;
  /** This process: the load generator. */
  clientMs: number;
}

export class CpuSampler {
  private readonly roles = new Map<number, PostgresRole>();
  private readonly latest = new Map<number, number>();
  private readonly timer: NodeJS.Timeout;

  /** `database`: the PostgreSQL database whose backends count; undefined for PGlite. */
  constructor(private readonly serverPid: number, private readonly database: string | undefined) {
    this.refresh();
    this.timer = setInterval(() => this.refresh(), 250);
    this.timer.unref();
  }

  private refresh(): void {
    if (!this.database) return;
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid)) continue;
      let role = this.roles.get(pid);
      if (role === undefined) this.roles.set(pid, (role = roleOf(pid, this.database)));
      if (role === 'other') continue;
      const ms = processCpuMs(pid);
      if (ms !== undefined) this.latest.set(pid, ms);
    }
  }

  snapshot(): CpuSnapshot {
    this.refresh();
    const usage = process.cpuUsage();
    return { server: processCpuMs(this.serverPid) ?? Number.NaN, client: (usage.user + usage.system) / 1000, postgres: new Map(this.latest) };
  }

  since(start: CpuSnapshot): CpuSpent {
    const end = this.snapshot();
    let postgresMs = 0;
    let postgresBackgroundMs = 0;
    for (const [pid, ms] of end.postgres) {
      const spent = ms - (start.postgres.get(pid) ?? 0);
      if (this.roles.get(pid) === 'backend') postgresMs += spent;
      else postgresBackgroundMs += spent;
    }
    return { serverMs: end.server - start.server, postgresMs, postgresBackgroundMs, clientMs: end.client - start.client };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
