// The tests' view as the tables' owner (a superuser): sees every tenant's rows and may alter tables,
// to arrange what no request can (tamper with the log, add a probe table) and to check what was
// stored. The application under test never gets it: it runs as the runtime role, held to the tenant
// policies (platform/db/tenant-context.ts).
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Database, Db } from '../platform/db/database.js';

const owners = new WeakMap<Database, Db>();

/** Records the owner connection that belongs to a database the harness opened as the runtime role. */
export function registerOwner(database: Database, owner: Db): void {
  owners.set(database, owner);
}

/** The owner's view of `database`: PGlite switches to its superuser per transaction; PostgreSQL uses the harness's admin connection (or `database` itself when it was opened as the owner). */
export function ownerDb(database: Database): Db {
  const known = owners.get(database);
  if (known) return known;
  if (database.kind !== 'pglite') return database.db;
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const asOwner = async <T>(work: (tx: Transaction) => Promise<T>): Promise<T> =>
    client.transaction(async (tx) => {
      await tx.exec('set local role postgres');
      return work(tx);
    });
  const proxy = {
    query: (text: string, params?: unknown[], options?: object) => asOwner((tx) => tx.query(text, params, options)),
    transaction: <T>(work: (tx: Transaction) => Promise<T>) => asOwner(work),
  };
  const db = drizzlePglite({ client: proxy as unknown as PGlite }) as unknown as Db;
  owners.set(database, db);
  return db;
}
