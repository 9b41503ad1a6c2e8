// The result table (one row per person and applicable check, replaced when the person is re-evaluated)
// and the monthly history behind the trends (counts per month, check and responsible unit).
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';
import type { Evidence } from './types.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Applicable results only: «not applicable» is not stored (the person page evaluates live and shows it). */
export const complianceResults = pgTable(
  'compliance_results',
  {
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    checkId: text('check_id').notNull(),
    status: text('status', { enum: ['met', 'partly', 'not-met'] }).notNull(),
    detail: text('detail').notNull(),
    evidence: jsonb('evidence').$type<Evidence[]>().notNull(),
    /** The unit that should act on a finding (or, when met, the unit that holds the case). */
    unitId: uuid('unit_id').references(() => units.id),
    /** The person responsible for acting, when known. */
    assigneeId: uuid('assignee_id').references(() => users.id),
    evaluatedAt: ts('evaluated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.checkId] }),
    index('compliance_results_check_idx').on(t.tenantId, t.checkId, t.status),
    index('compliance_results_unit_idx').on(t.unitId, t.status),
    index('compliance_results_assignee_idx').on(t.assigneeId, t.status),
    /** The dashboard's «last checked» (max per tenant) without reading the table (store.ts, aggregate). */
    index('compliance_results_evaluated_idx').on(t.tenantId, t.evaluatedAt),
  ],
);

/** Monthly counts per check and responsible unit (null: no unit), written by the full run. */
export const complianceMonthly = pgTable(
  'compliance_monthly',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** YYYY-MM (Europe/Oslo). */
    month: text('month').notNull(),
    checkId: text('check_id').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    met: integer('met').notNull(),
    partly: integer('partly').notNull(),
    notMet: integer('not_met').notNull(),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('compliance_monthly_month_idx').on(t.tenantId, t.month, t.checkId)],
);
