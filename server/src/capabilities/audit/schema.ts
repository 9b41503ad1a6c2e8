// The auditor's sample (stikkprøve) and the self-assessment (egenvurdering). The auditor's access to
// sampled cases is `audit_accesses` in platform/db/schema.ts, because the access point reads it.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export interface SampleCriteria {
  /** Vedtak that started, or were decided, in [from, to]. */
  from: string;
  to: string;
  /** Service codes from the catalogue; empty = every service. */
  serviceCodes: string[];
}

/** A drawn sample: the criteria, the seed, the candidates' count and the drawn persons in order. */
export const auditSamples = pgTable(
  'audit_samples',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    criteria: jsonb('criteria').$type<SampleCriteria>().notNull(),
    seed: text('seed').notNull(),
    size: integer('size').notNull(),
    candidateCount: integer('candidate_count').notNull(),
    personIds: uuid('person_ids').array().notNull(),
    drawnBy: uuid('drawn_by').notNull().references(() => users.id),
    drawnAt: ts('drawn_at').notNull(),
  },
  (t) => [index('audit_samples_tenant_idx').on(t.tenantId, t.drawnAt)],
);

/** The leader's self-assessment for the supervisory authority: comments per question, per period. */
export const selfAssessments = pgTable(
  'self_assessments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    comments: jsonb('comments').$type<Record<string, string>>().notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('self_assessments_tenant_idx').on(t.tenantId, t.periodFrom)],
);
