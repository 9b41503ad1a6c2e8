// Structured violence and suicide risk assessments. Yellow or red raises (or updates) the person's risk
// flag in crisis-plans' risk_flags; green clears it. The basis of the assessment is restricted to the
// authoring unit; the flag and its safety measure are visible to every unit with a relation.
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';
import { riskFlags } from '../crisis-plans/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const riskLevels = ['green', 'yellow', 'red'] as const;

export const riskAssessments = pgTable(
  'risk_assessments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    kind: text('kind', { enum: ['violence', 'suicide'] }).notNull(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    level: text('level', { enum: riskLevels }).notNull(),
    method: text('method').notNull(),
    /** Restricted: what the assessment builds on. Only the authoring unit (or units with consent) see it. */
    basis: text('basis').notNull(),
    safetyMeasure: text('safety_measure').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    reviewDate: date('review_date', { mode: 'string' }).notNull(),
    authorUnitId: uuid('author_unit_id').notNull().references(() => units.id),
    flagId: uuid('flag_id').references(() => riskFlags.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('risk_assessments_person_idx').on(t.personId, t.assessedOn)],
);
