// Somatic health follow-up: which checks apply to the person and how often, checks done, GP
// appointments (a missed one becomes a task for the primary contact), and low-threshold health
// contacts whose summary is sent to the GP and acknowledged.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, persons, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);
const personId = () => uuid('person_id').notNull().references(() => persons.id);

export const somaticCheckKinds = ['blood-tests', 'hepatitis-b', 'hepatitis-c', 'hiv', 'vaccination', 'skin-soft-tissue', 'nutrition-weight', 'dental', 'medication-review'] as const;
export const countyDentalOffers = ['informed', 'referred', 'declined', 'not-eligible'] as const;

/** Per person and kind: whether the check is indicated and how often. Without a row the defaults in rules.ts apply. */
export const somaticFollowUp = pgTable(
  'somatic_follow_up',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    kind: text('kind', { enum: somaticCheckKinds }).notNull(),
    indicated: boolean('indicated').notNull(),
    intervalMonths: integer('interval_months').notNull(),
    reason: text('reason'),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [uniqueIndex('somatic_follow_up_person_kind_uq').on(t.personId, t.kind)],
);

export const somaticChecks = pgTable(
  'somatic_checks',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    kind: text('kind', { enum: somaticCheckKinds }).notNull(),
    doneOn: date('done_on', { mode: 'string' }).notNull(),
    result: text('result').notNull(),
    countyDentalOffer: text('county_dental_offer', { enum: countyDentalOffers }),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('somatic_checks_person_idx').on(t.personId, t.kind, t.doneOn)],
);

export const gpAppointments = pgTable(
  'gp_appointments',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    scheduledAt: ts('scheduled_at').notNull(),
    purpose: text('purpose').notNull(),
    status: text('status', { enum: ['planned', 'attended', 'missed', 'cancelled'] }).notNull().default('planned'),
    outcomeNote: text('outcome_note'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('gp_appointments_person_idx').on(t.personId, t.scheduledAt), index('gp_appointments_status_idx').on(t.tenantId, t.status)],
);

/** A low-threshold health contact (e.g. a drop-in clinic visit); its summary is sent to the GP and must be acknowledged. */
export const healthContacts = pgTable(
  'health_contacts',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    contactAt: ts('contact_at').notNull(),
    reason: text('reason').notNull(),
    summary: text('summary').notNull(),
    gpPartnerId: uuid('gp_partner_id').references(() => partners.id),
    gpName: text('gp_name').notNull(),
    sentAt: ts('sent_at').notNull(),
    acknowledgedAt: ts('acknowledged_at'),
    acknowledgedNote: text('acknowledged_note'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('health_contacts_person_idx').on(t.personId, t.contactAt), index('health_contacts_unack_idx').on(t.tenantId, t.acknowledgedAt)],
);
