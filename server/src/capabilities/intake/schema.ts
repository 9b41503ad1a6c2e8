// Henvendelse (request/referral), the pathway (hovedforløp) history and referrals to the right level.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { partners, persons, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const henvendelseSources = ['person', 'relative', 'gp', 'specialist', 'nav', 'other'] as const;
export const henvendelseChannels = ['phone', 'letter', 'e-message', 'in-person', 'digital-form', 'other'] as const;
export const triageOutcomes = ['pending', 'low-threshold', 'assessment', 'referred-elsewhere', 'no-action'] as const;

export const henvendelser = pgTable(
  'henvendelser',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    source: text('source', { enum: henvendelseSources }).notNull(),
    sourceDetail: text('source_detail'),
    channel: text('channel', { enum: henvendelseChannels }).notNull(),
    receivedAt: ts('received_at').notNull(),
    content: text('content').notNull(),
    /** Last day (Europe/Oslo) for first contact: 3 working days after receipt. */
    firstContactDue: date('first_contact_due', { mode: 'string' }).notNull(),
    firstContactAt: ts('first_contact_at'),
    firstContactBy: uuid('first_contact_by').references(() => users.id),
    firstContactNote: text('first_contact_note'),
    triage: text('triage', { enum: triageOutcomes }).notNull().default('pending'),
    triageNote: text('triage_note'),
    lowThresholdService: text('low_threshold_service'),
    triagedAt: ts('triaged_at'),
    triagedBy: uuid('triaged_by').references(() => users.id),
    closedAt: ts('closed_at'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('henvendelser_person_idx').on(t.personId), index('henvendelser_unit_due_idx').on(t.tenantId, t.unitId, t.firstContactDue)],
);

export const pathwayHistory = pgTable(
  'pathway_history',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    pathway: integer('pathway').notNull(),
    reason: text('reason').notNull(),
    recordedAt: ts('recorded_at').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('pathway_history_person_idx').on(t.personId, t.recordedAt)],
);

export const referralLevels = ['dps', 'tsb', 'fact', 'municipal'] as const;
export const referralOutcomes = ['pending', 'accepted', 'rejected'] as const;

export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    henvendelseId: uuid('henvendelse_id').references(() => henvendelser.id),
    level: text('level', { enum: referralLevels }).notNull(),
    partnerId: uuid('partner_id').references(() => partners.id),
    reason: text('reason').notNull(),
    referredAt: ts('referred_at').notNull(),
    outcome: text('outcome', { enum: referralOutcomes }).notNull().default('pending'),
    outcomeReason: text('outcome_reason'),
    outcomeAt: ts('outcome_at'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('referrals_person_idx').on(t.personId)],
);
