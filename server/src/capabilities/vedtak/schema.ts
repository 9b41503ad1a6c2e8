// Vedtak (individual decisions) for services expected to last more than two weeks, the configurable
// service catalogue they draw on, and their evaluations.
import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';
import { kartlegginger } from '../assessment/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** Also the municipality's public description of its services, for GPs and specialist services. */
export const serviceCatalogue = pgTable(
  'service_catalogue',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    /** Ids in the legal-source register's service bases (platform/law); never typed text. */
    legalBasisIds: text('legal_basis_ids').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
  },
  (t) => [uniqueIndex('service_catalogue_code_uq').on(t.tenantId, t.code)],
);

export const vedtak = pgTable(
  'vedtak',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    kartleggingId: uuid('kartlegging_id').references(() => kartlegginger.id),
    serviceId: uuid('service_id').notNull().references(() => serviceCatalogue.id),
    /** The bases as printed in the letter; for imported decisions, the text the old system held. */
    legalBasis: text('legal_basis').notNull(),
    /** The register's service bases the decision rests on; empty only on imported historical decisions. */
    legalBasisIds: text('legal_basis_ids').array().notNull().default(sql`'{}'::text[]`),
    scope: text('scope').notNull(),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    /** Null only on imported historical decisions made without one (a finding, never allowed when finalising here). */
    evaluationDate: date('evaluation_date', { mode: 'string' }),
    evaluationResponsibleId: uuid('evaluation_responsible_id').references(() => users.id),
    participation: text('participation').notNull(),
    appealInfo: text('appeal_info').notNull(),
    reasoning: text('reasoning').notNull(),
    missingDomainsReason: text('missing_domains_reason'),
    status: text('status', { enum: ['draft', 'final', 'ended'] }).notNull().default('draft'),
    finalizedAt: ts('finalized_at'),
    finalizedBy: uuid('finalized_by').references(() => users.id),
    replacesId: uuid('replaces_id'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('vedtak_person_idx').on(t.personId), index('vedtak_evaluation_idx').on(t.tenantId, t.status, t.evaluationDate)],
);

export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    vedtakId: uuid('vedtak_id').notNull().references(() => vedtak.id),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    personParticipated: boolean('person_participated').notNull(),
    personView: text('person_view').notNull(),
    relativesView: text('relatives_view'),
    outcome: text('outcome', { enum: ['continue', 'change', 'end'] }).notNull(),
    revisionNote: text('revision_note').notNull(),
    nextStep: text('next_step', { enum: ['new-vedtak', 'closure'] }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('evaluations_vedtak_uq').on(t.vedtakId)],
);
