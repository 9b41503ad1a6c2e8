// Finds the PostgreSQL server the tests use: DATABASE_URL if set, else 127.0.0.1:5432; if none
// answers, a throwaway cluster from the installed binaries (initdb into a temp folder, a free port).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { findPostgresBinary } from '../platform/db/postgres-binaries.js';

export const installHint = 'Installer PostgreSQL for å kjøre testene mot en ekte server: apt-get update && apt-get install -y postgresql';

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface PostgresServer {
  adminUrl: string;
  stop(): Promise<void>;
}

export async function findOrStartPostgres(defaultUrl = 'postgres://postgres@127.0.0.1:5432/postgres', configured = process.env.DATABASE_URL): Promise<PostgresServer> {
  const adminUrl = configured ?? defaultUrl;
  if (await answers(adminUrl)) return { adminUrl, stop: async () => {} };
  if (configured) throw new Error(`DATABASE_URL er satt, men serveren svarer ikke: ${configured.replace(/:[^:@/]*@/, ':***@')}`);
  const initdb = findPostgresBinary('initdb');
  const pgCtl = findPostgresBinary('pg_ctl');
  if (!initdb || !pgCtl) throw new Error(`Ingen PostgreSQL-server svarer på 127.0.0.1:5432, og initdb/pg_ctl er ikke installert. ${installHint}`);
  const dir = mkdtempSync(join(tmpdir(), 'helhet-pg-'));
  chmodSync(dir, 0o777);
  const port = await freePort();
  // initdb refuses to run as root; run the throwaway cluster as the postgres system user then.
  const asPostgres = (cmd: string, args: string[]) => (process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' }) : execFileSync(cmd, args, { stdio: 'pipe' }));
  asPostgres(initdb, ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  asPostgres(pgCtl, ['-D', join(dir, 'data'), '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      asPostgres(pgCtl, ['-D', join(dir, 'data'), '-w', '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
