// Housing (bolig): status history, applications and waiting list, temporary stays (sosialtjenesteloven
// § 27) with the 3-month limit, eviction risk and evictions, and follow-up in the home (booppfølging).
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);
const personId = () => uuid('person_id').notNull().references(() => persons.id);
const day = (name: string) => date(name, { mode: 'string' });

export const housingStatusKinds = ['own', 'private-rental', 'municipal-rental', 'staffed', 'temporary', 'institution', 'homeless'] as const;

/** One row per change of housing situation; the newest `from_date` is the current one. */
export const housingStatus = pgTable(
  'housing_status',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    status: text('status', { enum: housingStatusKinds }).notNull(),
    fromDate: day('from_date').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('housing_status_person_idx').on(t.personId, t.fromDate)],
);

export const housingApplications = pgTable(
  'housing_applications',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    kind: text('kind', { enum: ['municipal-rental', 'staffed'] }).notNull(),
    appliedOn: day('applied_on').notNull(),
    status: text('status', { enum: ['waiting', 'granted', 'refused', 'withdrawn'] }).notNull().default('waiting'),
    waitingPosition: integer('waiting_position'),
    decidedOn: day('decided_on'),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('housing_applications_person_idx').on(t.personId), index('housing_applications_waiting_idx').on(t.tenantId, t.status, t.kind)],
);

/** A stay in temporary housing (midlertidig botilbud): warning at 2 months, finding at 3, unless an exception reason is recorded. */
export const temporaryStays = pgTable(
  'temporary_stays',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    place: text('place').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    /** The unit that placed the person (NAV under sosialtjenesteloven § 27, or the housing office). */
    unitId: uuid('unit_id').references(() => units.id),
    permanentPlan: text('permanent_plan'),
    exceptionReason: text('exception_reason'),
    exceptionBy: uuid('exception_by').references(() => users.id),
    exceptionAt: ts('exception_at'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('temporary_stays_person_idx').on(t.personId, t.startDate), index('temporary_stays_open_idx').on(t.tenantId, t.endDate, t.startDate)],
);

export const evictionEvents = pgTable(
  'eviction_events',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    kind: text('kind', { enum: ['risk', 'eviction'] }).notNull(),
    occurredOn: day('occurred_on').notNull(),
    cause: text('cause').notNull(),
    resolvedOn: day('resolved_on'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('eviction_events_person_idx').on(t.personId), index('eviction_events_month_idx').on(t.tenantId, t.kind, t.occurredOn)],
);

/** Follow-up in the home (booppfølging): who provides it, how often to visit, and the visits. */
export const homeFollowUpPlans = pgTable(
  'home_follow_up_plans',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    goals: text('goals').notNull(),
    visitIntervalDays: integer('visit_interval_days').notNull(),
    startDate: day('start_date').notNull(),
    endDate: day('end_date'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('home_follow_up_plans_person_idx').on(t.personId)],
);

export const homeVisits = pgTable(
  'home_visits',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull().references(() => homeFollowUpPlans.id),
    personId: personId(),
    visitedOn: day('visited_on').notNull(),
    note: text('note').notNull(),
    visitedBy: uuid('visited_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('home_visits_plan_idx').on(t.planId, t.visitedOn)],
);
