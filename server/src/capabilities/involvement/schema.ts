// User and relative involvement at system level: user-experience surveys (anonymous by design), the
// user council's meetings and input, and peer workers (erfaringskonsulenter) in units.
//
// Anonymity: `survey_responses` and `survey_answers` hold no person, no user, no time and no client
// data — only which survey, the service (unit) and group the respondent chose, and the channel. Ids
// are random UUIDs (no order). The rate limit for the open link counts per hashed client and hour in
// its own table, never joined to an answer set.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const surveyStatuses = ['draft', 'open', 'closed'] as const;
export const surveyChannels = ['paper', 'tablet', 'link'] as const;

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    intro: text('intro'),
    /** Groups the respondent may say they belong to (e.g. «Jeg har både rus- og psykiske helseutfordringer»). */
    groups: text('groups').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: surveyStatuses }).notNull(),
    /** SHA-256 of the open link's token; null until opened (or after closing). */
    linkTokenHash: text('link_token_hash'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
    openedAt: ts('opened_at'),
    closedAt: ts('closed_at'),
  },
  (t) => [index('surveys_tenant_idx').on(t.tenantId), uniqueIndex('surveys_link_uq').on(t.linkTokenHash)],
);

/** The services (units) the survey asks about; the respondent picks one. */
export const surveyUnits = pgTable(
  'survey_units',
  {
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.unitId] })],
);

export const surveyQuestions = pgTable(
  'survey_questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    scale: text('scale').notNull(),
  },
  (t) => [index('survey_questions_survey_idx').on(t.surveyId, t.position)],
);

/** One anonymous answer set. Deliberately no person, user, timestamp or client column. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    unitId: uuid('unit_id').references(() => units.id),
    /** Index into surveys.groups, or null when not answered. */
    groupIndex: smallint('group_index'),
    channel: text('channel', { enum: surveyChannels }).notNull(),
  },
  (t) => [index('survey_responses_survey_idx').on(t.surveyId)],
);

export const surveyAnswers = pgTable(
  'survey_answers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    responseId: uuid('response_id').notNull().references(() => surveyResponses.id),
    questionId: uuid('question_id').notNull().references(() => surveyQuestions.id),
    value: smallint('value').notNull(),
  },
  (t) => [index('survey_answers_response_idx').on(t.responseId), index('survey_answers_question_idx').on(t.questionId)],
);

/** Answer sets by link per hashed client address and survey within one clock hour (the rate limit). */
export const surveyLinkUse = pgTable(
  'survey_link_use',
  {
    surveyId: uuid('survey_id').notNull().references(() => surveys.id),
    clientKey: text('client_key').notNull(),
    hour: ts('hour').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.surveyId, t.clientKey, t.hour] })],
);

export const councilInputStatuses = ['received', 'in-progress', 'done', 'rejected'] as const;

export const userCouncilMeetings = pgTable(
  'user_council_meetings',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    agenda: text('agenda').notNull(),
    minutes: text('minutes').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('user_council_meetings_tenant_idx').on(t.tenantId, t.heldOn)],
);

/** Input from the council and what was done about it. */
export const userCouncilInputs = pgTable(
  'user_council_inputs',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    meetingId: uuid('meeting_id').notNull().references(() => userCouncilMeetings.id),
    topic: text('topic').notNull(),
    text: text('text').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    status: text('status', { enum: councilInputStatuses }).notNull(),
    followUp: text('follow_up'),
    followedUpBy: uuid('followed_up_by').references(() => users.id),
    followedUpAt: ts('followed_up_at'),
  },
  (t) => [index('user_council_inputs_meeting_idx').on(t.meetingId)],
);

/** Peer workers (erfaringskonsulenter) registered in units. */
export const peerWorkers = pgTable(
  'peer_workers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    name: text('name').notNull(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    /** Their staff account, when they have one. */
    userId: uuid('user_id').references(() => users.id),
    role: text('role').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [index('peer_workers_unit_idx').on(t.unitId)],
);
