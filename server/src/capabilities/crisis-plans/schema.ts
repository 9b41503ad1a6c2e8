// Crisis plans (kriseplan), made with the person in a stable phase, and recorded risk flags. Each
// saved crisis plan is a new immutable row (version n); the previous one is marked superseded.
// Sharing with a unit or partner is the person's consent in `consents` with scope 'crisis-plan'.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export interface CrisisContact {
  name: string;
  relation: string;
  phone: string;
  /** When the contact can be reached. */
  reachable: 'day' | 'night' | 'day-and-night';
}

export const crisisPlans = pgTable(
  'crisis_plans',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['active', 'superseded'] }).notNull().default('active'),
    preparedOn: date('prepared_on', { mode: 'string' }).notNull(),
    preparedWithPerson: boolean('prepared_with_person').notNull(),
    stablePhase: boolean('stable_phase').notNull(),
    warningSigns: text('warning_signs').notNull(),
    triggers: text('triggers'),
    whatHelps: text('what_helps').notNull(),
    whatToAvoid: text('what_to_avoid'),
    medication: text('medication'),
    contacts: jsonb('contacts').$type<CrisisContact[]>().notNull(),
    personsWishes: text('persons_wishes'),
    reviewDate: date('review_date', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('crisis_plans_person_idx').on(t.personId, t.version), uniqueIndex('crisis_plans_active_uq').on(t.personId).where(sql`status = 'active'`)],
);

export const riskFlagKinds = ['violence', 'suicide'] as const;

/** A violence or suicide risk recorded by staff, until cleared with a note. */
export const riskFlags = pgTable(
  'risk_flags',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    kind: text('kind', { enum: riskFlagKinds }).notNull(),
    note: text('note').notNull(),
    setAt: ts('set_at').notNull(),
    setBy: uuid('set_by').notNull().references(() => users.id),
    clearedAt: ts('cleared_at'),
    clearedBy: uuid('cleared_by').references(() => users.id),
    clearNote: text('clear_note'),
    /** Set when a structured risk assessment (capabilities/risk) raised or updated the flag. */
    level: text('level', { enum: ['green', 'yellow', 'red'] }),
    safetyMeasure: text('safety_measure'),
    ownerId: uuid('owner_id').references(() => users.id),
    reviewDate: date('review_date', { mode: 'string' }),
  },
  (t) => [index('risk_flags_person_idx').on(t.personId)],
);
