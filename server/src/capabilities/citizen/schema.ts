// Low-threshold access for people without BankID: one-time codes handed over in a meeting (stored only
// as SHA-256 hashes, short-lived, single use) and the failed attempts that rate-limit guessing.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const accessCodes = pgTable(
  'access_codes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** sha256 of the normalised code; the code itself is shown once and never stored. */
    codeHash: text('code_hash').notNull(),
    issuedBy: uuid('issued_by').notNull().references(() => users.id),
    issuedAt: ts('issued_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
    usedAt: ts('used_at'),
    /** sha256 of the client address that used it. */
    usedFrom: text('used_from'),
    userId: uuid('user_id').references(() => users.id),
  },
  (t) => [uniqueIndex('access_codes_hash_uq').on(t.codeHash), index('access_codes_person_idx').on(t.personId)],
);

/**
 * Failed code attempts, for the rate limit (a table, so it survives restarts and holds across
 * instances). tenant_id is null when the code matched no tenant's code: before a valid code the
 * tenant is unknown. Client and code are stored only as hashes.
 */
export const accessCodeFailures = pgTable(
  'access_code_failures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').references(() => tenants.id),
    clientKey: text('client_key').notNull(),
    codeKey: text('code_key').notNull(),
    failedAt: ts('failed_at').notNull(),
  },
  (t) => [index('access_code_failures_client_idx').on(t.clientKey, t.failedAt), index('access_code_failures_code_idx').on(t.codeKey, t.failedAt)],
);
