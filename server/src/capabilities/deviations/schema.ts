// Avvik (deviation reports): the report, its routing to the unit concerned (or an external partner),
// escalation, handling (assessment, measures, feedback, conclusion), forwarding letters to external
// partners with the tracked answer, and the event history every step leaves.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, persons, tenants, units, users } from '../../platform/db/schema.js';
import { bytea } from '../../platform/db/bytea.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const deviationCategories = ['medication', 'threats-violence', 'cooperation-units', 'cooperation-specialist', 'documentation', 'information-security', 'other'] as const;
export const deviationSeverities = ['minor', 'moderate', 'serious', 'critical'] as const;
export const deviationStatuses = ['registered', 'in-handling', 'measures', 'feedback-given', 'closed'] as const;

export const deviations = pgTable(
  'deviations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** Human reference (AVV-<number>) for letters and conversations. */
    number: integer('number').generatedAlwaysAsIdentity(),
    description: text('description').notNull(),
    occurredAt: ts('occurred_at').notNull(),
    location: text('location').notNull(),
    category: text('category', { enum: deviationCategories }).notNull(),
    severity: text('severity', { enum: deviationSeverities }).notNull(),
    reportedBy: uuid('reported_by').notNull().references(() => users.id),
    reporterUnitId: uuid('reporter_unit_id').references(() => units.id),
    reportedAt: ts('reported_at').notNull(),
    /** Exactly one of the two: the unit concerned (may be another unit or NAV) or an external partner. */
    concernedUnitId: uuid('concerned_unit_id').references(() => units.id),
    concernedPartnerId: uuid('concerned_partner_id').references(() => partners.id),
    /** The unit whose leaders handle it; null when no unit leader was found (quality advisers handle it). */
    handlingUnitId: uuid('handling_unit_id').references(() => units.id),
    routedAt: ts('routed_at').notNull(),
    /** Optional link to a person: shown only to readers with a service need for that person. */
    personId: uuid('person_id').references(() => persons.id),
    status: text('status', { enum: deviationStatuses }).notNull().default('registered'),
    escalatedAt: ts('escalated_at'),
    assessment: text('assessment'),
    cause: text('cause'),
    conclusion: text('conclusion'),
    /** Why the reporter or reporting unit was not told, when closed without feedback. */
    noFeedbackReason: text('no_feedback_reason'),
    /** Why it was closed while an external partner's answer was still awaited. */
    noPartnerAnswerReason: text('no_partner_answer_reason'),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    /** Feedback had reached the reporter and the reporting unit when it was closed. */
    closedWithFeedback: boolean('closed_with_feedback'),
  },
  (t) => [
    uniqueIndex('deviations_number_uq').on(t.number),
    index('deviations_tenant_reported_idx').on(t.tenantId, t.reportedAt),
    index('deviations_handling_idx').on(t.handlingUnitId, t.status),
    index('deviations_reporter_idx').on(t.reportedBy),
    index('deviations_reporter_unit_idx').on(t.reporterUnitId),
    index('deviations_concerned_idx').on(t.concernedUnitId),
    check('deviations_concerned_one', sql`(${t.concernedUnitId} is null) <> (${t.concernedPartnerId} is null)`),
  ],
);

export const deviationMeasures = pgTable(
  'deviation_measures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    deviationId: uuid('deviation_id').notNull().references(() => deviations.id),
    description: text('description').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    doneAt: ts('done_at'),
    doneNote: text('done_note'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('deviation_measures_deviation_idx').on(t.deviationId), index('deviation_measures_owner_idx').on(t.ownerId)],
);

/** What the reporter and the reporting unit were told, and when. */
export const deviationFeedback = pgTable(
  'deviation_feedback',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    deviationId: uuid('deviation_id').notNull().references(() => deviations.id),
    message: text('message').notNull(),
    toReporter: boolean('to_reporter').notNull(),
    toReportingUnit: boolean('to_reporting_unit').notNull(),
    givenBy: uuid('given_by').notNull().references(() => users.id),
    givenAt: ts('given_at').notNull(),
  },
  (t) => [index('deviation_feedback_deviation_idx').on(t.deviationId)],
);

/** A letter forwarding the avvik to an external partner, and the partner's tracked answer. */
export const deviationForwardings = pgTable(
  'deviation_forwardings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    deviationId: uuid('deviation_id').notNull().references(() => deviations.id),
    partnerId: uuid('partner_id').notNull().references(() => partners.id),
    sentAt: ts('sent_at').notNull(),
    sentBy: uuid('sent_by').notNull().references(() => users.id),
    /** The partner is asked to answer by this day; the reminder job runs on it. */
    answerDueDate: date('answer_due_date', { mode: 'string' }).notNull(),
    reminderSentAt: ts('reminder_sent_at'),
    answerReceivedOn: date('answer_received_on', { mode: 'string' }),
    answerSummary: text('answer_summary'),
    answerRecordedBy: uuid('answer_recorded_by').references(() => users.id),
    /** The letter exactly as produced, kept as evidence of what was sent. */
    letterPdf: bytea('letter_pdf').notNull(),
  },
  (t) => [index('deviation_forwardings_deviation_idx').on(t.deviationId)],
);

export const deviationEventKinds = ['reported', 'routed', 'rerouted', 'escalated', 'assessed', 'measure-added', 'measure-done', 'feedback', 'forwarded', 'partner-reminder', 'partner-answer', 'closed'] as const;

/** The history of an avvik. `details` holds ids, labels and staff names only — never free text about a person. */
export const deviationEvents = pgTable(
  'deviation_events',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    deviationId: uuid('deviation_id').notNull().references(() => deviations.id),
    kind: text('kind', { enum: deviationEventKinds }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: ts('at').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
  },
  (t) => [index('deviation_events_deviation_idx').on(t.deviationId, t.at)],
);
