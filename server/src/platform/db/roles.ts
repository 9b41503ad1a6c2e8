// Two database roles on PostgreSQL: the owner runs migrations; the server runs as a role that may read
// and write the data but owns nothing, so it cannot alter tables or switch off the access log's
// triggers, and may touch a logged row only to seal it (the trigger checks the rest).
import { sql } from 'drizzle-orm';
import type { Db } from './database.js';

const roleName = /^[a-z_][a-z0-9_]{0,62}$/;

/** Grants the runtime role what the server needs, and no more. Run as the owner after migrating. */
export async function grantRuntimeRole(owner: Db, role: string): Promise<void> {
  if (!roleName.test(role)) throw new Error(`Ugyldig rollenavn: ${role}`);
  const r = sql.identifier(role);
  for (const statement of [
    sql`grant usage on schema public to ${r}`,
    sql`grant select, insert, update, delete on all tables in schema public to ${r}`,
    sql`grant usage, select on all sequences in schema public to ${r}`,
    sql`revoke update, delete, truncate, references, trigger on access_log from ${r}`,
    sql`grant update (seq, prev_hash, hash) on access_log to ${r}`,
    sql`revoke delete, truncate, references, trigger on access_log_head from ${r}`,
    sql`alter default privileges in schema public grant select, insert, update, delete on tables to ${r}`,
    sql`alter default privileges in schema public grant usage, select on sequences to ${r}`,
  ]) {
    await owner.execute(statement);
  }
}
