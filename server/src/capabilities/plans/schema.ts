// Individual plan (IP, HOL § 7-1): the information about the right to an IP and the person's answer,
// the plan with goals in the person's own words, measures, participants with consent, comments, and
// an immutable version log. The current plan lives in the plan tables; every saved change appends a
// version row with a full snapshot, who, when and the changed fields.
import { sql } from 'drizzle-orm';
import { bigserial, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, persons, teamMembers, tenants, units, users } from '../../platform/db/schema.js';
import type { PlanSnapshot } from './rules.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);
const personId = () => uuid('person_id').notNull().references(() => persons.id);
/** Insertion order, for a stable order of goals, measures and participants made in the same instant. */
const seq = () => bigserial('seq', { mode: 'number' }).notNull();

export const ipInfoMethods = ['conversation', 'letter', 'leaflet'] as const;
export const ipAnswers = ['wants-ip', 'declines', 'undecided'] as const;
/** On which occasion the person was informed: the audits ask for it at the assessment. */
export const ipInfoContexts = ['assessment', 'allocation', 'follow-up', 'other'] as const;

/** Information about the right to an IP was given (when, by whom, how), and what the person answered. */
export const ipInformation = pgTable(
  'ip_information',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    informedOn: date('informed_on', { mode: 'string' }).notNull(),
    informedBy: uuid('informed_by').notNull().references(() => users.id),
    methods: text('methods').array().notNull(),
    /** The occasion (null when not recorded, e.g. in the API before it was asked). */
    context: text('context', { enum: ipInfoContexts }),
    /** Why the person is assessed as having long-term, coordinated needs. */
    needsBasis: text('needs_basis').notNull(),
    answer: text('answer', { enum: ipAnswers }).notNull(),
    declineReason: text('decline_reason'),
    reaskDate: date('reask_date', { mode: 'string' }),
    note: text('note'),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('ip_information_person_idx').on(t.personId, t.recordedAt)],
);

export const planStatuses = ['active', 'paused', 'closed'] as const;

export const individualPlans = pgTable(
  'individual_plans',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    status: text('status', { enum: planStatuses }).notNull().default('active'),
    statusNote: text('status_note'),
    reviewIntervalDays: integer('review_interval_days').notNull(),
    nextReviewDate: date('next_review_date', { mode: 'string' }).notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedBy: uuid('updated_by').notNull().references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [index('individual_plans_person_idx').on(t.personId), uniqueIndex('individual_plans_open_uq').on(t.personId).where(sql`status <> 'closed'`), index('individual_plans_review_idx').on(t.tenantId, t.status, t.nextReviewDate)],
);

export const goalStatuses = ['active', 'achieved', 'dropped'] as const;

/** «Hva er viktig for deg?» — goals in the person's own words. */
export const planGoals = pgTable(
  'plan_goals',
  {
    id: id(),
    seq: seq(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    personId: personId(),
    text: text('text').notNull(),
    status: text('status', { enum: goalStatuses }).notNull().default('active'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('plan_goals_plan_idx').on(t.planId)],
);

/** Comments on a goal, by the person (also through a one-time code) or by staff. */
export const planGoalComments = pgTable(
  'plan_goal_comments',
  {
    id: id(),
    tenantId: tenantId(),
    goalId: uuid('goal_id').notNull().references(() => planGoals.id),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    personId: personId(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    authorKind: text('author_kind', { enum: ['person', 'staff'] }).notNull(),
    text: text('text').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('plan_goal_comments_goal_idx').on(t.goalId)],
);

export const measureStatuses = ['planned', 'ongoing', 'done', 'cancelled'] as const;

/** Tiltak: each with a responsible unit or partner and a responsible person, start, deadline and status. */
export const planMeasures = pgTable(
  'plan_measures',
  {
    id: id(),
    seq: seq(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    personId: personId(),
    goalId: uuid('goal_id').references(() => planGoals.id),
    description: text('description').notNull(),
    responsibleUnitId: uuid('responsible_unit_id').references(() => units.id),
    responsiblePartnerId: uuid('responsible_partner_id').references(() => partners.id),
    responsibleUserId: uuid('responsible_user_id').references(() => users.id),
    responsiblePersonName: text('responsible_person_name'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    status: text('status', { enum: measureStatuses }).notNull().default('planned'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('plan_measures_plan_idx').on(t.planId)],
);

export const participantKinds = ['person', 'provider', 'relative', 'nav', 'gp', 'dps', 'other'] as const;

/** Who takes part in the plan, each with the person's consent (withdrawn consent ends the participation). */
export const planParticipants = pgTable(
  'plan_participants',
  {
    id: id(),
    seq: seq(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    personId: personId(),
    kind: text('kind', { enum: participantKinds }).notNull(),
    userId: uuid('user_id').references(() => users.id),
    unitId: uuid('unit_id').references(() => units.id),
    partnerId: uuid('partner_id').references(() => partners.id),
    name: text('name').notNull(),
    role: text('role').notNull(),
    consentGivenAt: ts('consent_given_at').notNull(),
    consentNote: text('consent_note'),
    consentWithdrawnAt: ts('consent_withdrawn_at'),
    withdrawNote: text('withdraw_note'),
    /** The team membership (access) this participation created; ended when consent is withdrawn. */
    teamMemberId: uuid('team_member_id').references(() => teamMembers.id),
    addedBy: uuid('added_by').notNull().references(() => users.id),
    addedAt: ts('added_at').notNull(),
  },
  (t) => [index('plan_participants_plan_idx').on(t.planId)],
);

/** Every saved state of a plan, immutable: «who changed what, when». */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull().references(() => individualPlans.id),
    personId: personId(),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').$type<PlanSnapshot>().notNull(),
    changed: text('changed').array().notNull(),
    summary: text('summary').notNull(),
    changedBy: uuid('changed_by').notNull().references(() => users.id),
    changedAt: ts('changed_at').notNull(),
  },
  (t) => [uniqueIndex('plan_versions_uq').on(t.planId, t.version)],
);
