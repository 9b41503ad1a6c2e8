// Cooperation agreements (samarbeidsavtaler) and their meeting arenas: parties (units and external
// partners), purpose, the required meetings per year, and the meetings held with minutes. Notices to
// the parties' leaders when a unit in an agreement or in the responsibility matrix is closed or moved.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const cooperationAgreements = pgTable(
  'cooperation_agreements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    purpose: text('purpose').notNull(),
    /** The meeting arena's required meetings per calendar year (0: an agreement without a fixed arena). */
    meetingsPerYear: integer('meetings_per_year').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** The staff member who follows the agreement up (gets notices on behalf of external partners). */
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('cooperation_agreements_tenant_idx').on(t.tenantId), check('cooperation_agreements_meetings', sql`${t.meetingsPerYear} between 0 and 52`)],
);

/** One party: exactly one of unit or partner. */
export const agreementParties = pgTable(
  'agreement_parties',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    agreementId: uuid('agreement_id').notNull().references(() => cooperationAgreements.id),
    unitId: uuid('unit_id').references(() => units.id),
    partnerId: uuid('partner_id').references(() => partners.id),
  },
  (t) => [index('agreement_parties_agreement_idx').on(t.agreementId), index('agreement_parties_unit_idx').on(t.unitId), check('agreement_parties_one', sql`(${t.unitId} is null) <> (${t.partnerId} is null)`)],
);

export const agreementMeetings = pgTable(
  'agreement_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    agreementId: uuid('agreement_id').notNull().references(() => cooperationAgreements.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    minutes: text('minutes').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('agreement_meetings_agreement_idx').on(t.agreementId, t.heldOn)],
);

export const organisationChangeKinds = ['closed', 'moved', 'renamed'] as const;

/** A notice to one leader: a unit in an agreement or the responsibility matrix was closed, moved or renamed. */
export const organisationNotices = pgTable(
  'organisation_notices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    recipientId: uuid('recipient_id').notNull().references(() => users.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    change: text('change', { enum: organisationChangeKinds }).notNull(),
    /** The agreement the unit is a party to; null for a notice about the responsibility matrix. */
    agreementId: uuid('agreement_id').references(() => cooperationAgreements.id),
    detail: text('detail').notNull(),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [index('organisation_notices_recipient_idx').on(t.recipientId, t.readAt)],
);
