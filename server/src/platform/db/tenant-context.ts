// Tenant isolation in PostgreSQL itself (row-level security, migration 0021): every table with a
// tenant_id shows and accepts only the rows of the tenant set for the current transaction. A
// transaction that sets nothing sees nothing. Work that must cross tenants runs in the named system
// context below, never by leaving the tenant unset. The list of reasons is the list of call sites
// (docs/access-model.md, «Tenant isolation»).
import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { queryRows, type Db, type Tx } from './database.js';
import { tenants } from './schema.js';

/** The transaction-local setting the policies read. */
export const tenantSetting = 'helhet.tenant_id';
const systemValue = 'system';
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why work crosses tenants. Each reason is one kind of call site; keep the list short. */
export type SystemReason =
  /** A username is unique across municipalities; the tenant is known only after the look-up. */
  | 'login'
  /** A session cookie, a one-time code or a survey link names no tenant until it is looked up. */
  | 'session'
  | 'citizen-code'
  | 'survey-link'
  /** The sealer chains and checkpoints every tenant's log in commit order. */
  | 'access-log-seal'
  /** Operator commands, the demo seed and the synthetic generator act for the whole installation. */
  | 'operator';

/** Sets the transaction's tenant: from here to commit only this tenant's rows are visible. */
export async function setTenant(tx: Tx, tenantId: string): Promise<void> {
  // A malformed id would make every row invisible silently; refuse it loudly instead.
  if (!uuidPattern.test(tenantId)) throw new Error('Ugyldig tenant-id for radsikkerheten');
  await tx.execute(sql`select set_config(${tenantSetting}, ${tenantId}, true)`);
}

/** Runs `work` in one transaction that sees only `tenantId`'s rows. */
export async function withTenant<T>(db: Db, tenantId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!uuidPattern.test(tenantId)) throw new Error('Ugyldig tenant-id for radsikkerheten');
  return inContext(db, tenantId, work);
}

/**
 * One transaction with the setting made. Nested in another transaction (a savepoint), the outer
 * context is restored afterwards: a transaction-local setting would otherwise outlive the savepoint.
 */
async function inContext<T>(db: Db, value: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  if (!(db instanceof PgTransaction)) {
    return db.transaction(async (tx) => {
      await tx.execute(sql`select set_config(${tenantSetting}, ${value}, true)`);
      return work(tx);
    });
  }
  const [outer] = await queryRows<{ value: string | null }>(db, sql`select current_setting(${tenantSetting}, true) as value`);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config(${tenantSetting}, ${value}, true)`);
    const result = await work(tx);
    await tx.execute(sql`select set_config(${tenantSetting}, ${outer?.value ?? ''}, true)`);
    return result;
  });
}

/**
 * Runs `work` in one transaction that sees every tenant's rows. Only for the reasons above; a request
 * on behalf of a user runs in the user's tenant (platform/access/scope.ts).
 */
export async function withSystemContext<T>(db: Db, reason: SystemReason, work: (tx: Tx) => Promise<T>): Promise<T> {
  void reason;
  return inContext(db, systemValue, work);
}

/** Every tenant's id (the tenants table is global: it has no tenant_id and needs no context). */
export async function tenantIds(db: Db): Promise<string[]> {
  const rows = await db.select({ id: tenants.id }).from(tenants).orderBy(tenants.id);
  return rows.map((r) => r.id);
}

/** Runs `work` once per tenant, each in its own transaction in that tenant's context (daily jobs). */
export async function forEachTenant(db: Db, work: (tx: Tx, tenantId: string) => Promise<void>): Promise<void> {
  for (const tenantId of await tenantIds(db)) await withTenant(db, tenantId, (tx) => work(tx, tenantId));
}
