// Kartlegging (assessment): one shared record per person and occasion, domain by domain, with
// standardised instrument results.
import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';
import type { RelativesQuestions } from './domains.js';
import type { WordingContent } from './instruments/wording.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const kartlegginger = pgTable(
  'kartlegginger',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    occasion: date('occasion', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['in-progress', 'completed', 'declined'] }).notNull().default('in-progress'),
    declinedAt: ts('declined_at'),
    reofferDate: date('reoffer_date', { mode: 'string' }),
    meetingDate: date('meeting_date', { mode: 'string' }),
    meetingParticipants: text('meeting_participants').array().notNull().default(sql`'{}'::text[]`),
    /** «Hva er viktig for deg?» in the person's own words. */
    whatMatters: text('what_matters'),
    relatives: jsonb('relatives').$type<RelativesQuestions>(),
    /** Why core domains are left uncovered, when the assessment is completed anyway. */
    missingDomainsReason: text('missing_domains_reason'),
    completedAt: ts('completed_at'),
    completedBy: uuid('completed_by').references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('kartlegginger_person_occasion_uq').on(t.personId, t.occasion), index('kartlegginger_reoffer_idx').on(t.tenantId, t.reofferDate)],
);

export const kartleggingDomains = pgTable(
  'kartlegging_domains',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    kartleggingId: uuid('kartlegging_id').notNull().references(() => kartlegginger.id),
    domain: text('domain').notNull(),
    status: text('status', { enum: ['covered', 'partly', 'not-covered'] }).notNull(),
    evidenceKind: text('evidence_kind', { enum: ['form', 'instrument', 'journal-note'] }).notNull(),
    evidence: text('evidence').notNull(),
    /** Sub-aspects, e.g. somatic health: infections, nutrition, dental …, each with a status. */
    aspects: jsonb('aspects').$type<Record<string, 'covered' | 'partly' | 'not-covered'>>(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('kartlegging_domains_uq').on(t.kartleggingId, t.domain)],
);

export const instrumentResults = pgTable(
  'instrument_results',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    kartleggingId: uuid('kartlegging_id').notNull().references(() => kartlegginger.id),
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    answers: jsonb('answers').$type<Record<string, number>>().notNull(),
    status: text('status', { enum: ['scored', 'cannot-score'] }).notNull(),
    score: numeric('score', { mode: 'number' }),
    band: text('band'),
    bandLabel: text('band_label'),
    suicideRiskPrompt: boolean('suicide_risk_prompt').notNull().default(false),
    /** The language the questions were shown in; null for results recorded before this was kept. */
    wordingLanguage: text('wording_language'),
    /** The installed licensed wording used, when not the built-in one. */
    wordingId: uuid('wording_id').references(() => instrumentWordings.id),
    administeredAt: ts('administered_at').notNull(),
    administeredBy: uuid('administered_by').notNull().references(() => users.id),
  },
  (t) => [index('instrument_results_kartlegging_idx').on(t.kartleggingId), index('instrument_results_person_idx').on(t.personId)],
);

/**
 * Licensed wordings of instruments, installed by the operator per municipality (the licence is the
 * municipality's). Rows are never deleted: replacing or removing a wording ends it, so the history of what
 * was shown, under which source and licence, stays.
 */
export const instrumentWordings = pgTable(
  'instrument_wordings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    instrumentId: text('instrument_id').notNull(),
    /** The instrument definition version the wording was checked against. */
    instrumentVersion: text('instrument_version').notNull(),
    language: text('language').notNull(),
    /** The wording's own version, as given in the file. */
    version: text('version').notNull(),
    content: jsonb('content').$type<WordingContent>().notNull(),
    sourceCitation: text('source_citation').notNull(),
    sourceUrl: text('source_url'),
    licenceHolder: text('licence_holder').notNull(),
    licenceTerms: text('licence_terms').notNull(),
    installedAt: ts('installed_at').notNull(),
    /** The operator account that ran the command. */
    installedBy: text('installed_by').notNull(),
    endedAt: ts('ended_at'),
    endedBy: text('ended_by'),
    endReason: text('end_reason', { enum: ['replaced', 'removed'] }),
  },
  (t) => [
    uniqueIndex('instrument_wordings_active_uq').on(t.tenantId, t.instrumentId, t.language).where(sql`ended_at is null`),
    index('instrument_wordings_tenant_idx').on(t.tenantId, t.instrumentId),
  ],
);
