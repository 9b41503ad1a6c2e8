// The municipality's theme plans (temaplaner): goals, strategies with the units each concerns,
// measures (tiltak) per unit, and status reports on the measures.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const measureStatuses = ['planned', 'in-progress', 'done', 'stopped', 'not-applicable'] as const;

export const themePlans = pgTable(
  'theme_plans',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    title: text('title').notNull(),
    /** The council's decision, e.g. «Kommunestyret 31.01.2023 sak 6/23». */
    adoptedBy: text('adopted_by'),
    fromYear: integer('from_year').notNull(),
    toYear: integer('to_year').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [uniqueIndex('theme_plans_title_uq').on(t.tenantId, t.title)],
);

export const themePlanGoals = pgTable(
  'theme_plan_goals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    planId: uuid('plan_id').notNull().references(() => themePlans.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('theme_plan_goals_plan_idx').on(t.planId, t.position)],
);

export const themePlanStrategies = pgTable(
  'theme_plan_strategies',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    goalId: uuid('goal_id').notNull().references(() => themePlanGoals.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('theme_plan_strategies_goal_idx').on(t.goalId, t.position)],
);

/** The units a strategy concerns: each must have a measure (or a reasoned «not applicable»). */
export const themePlanStrategyUnits = pgTable(
  'theme_plan_strategy_units',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    strategyId: uuid('strategy_id').notNull().references(() => themePlanStrategies.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
  },
  (t) => [uniqueIndex('theme_plan_strategy_units_uq').on(t.strategyId, t.unitId)],
);

export const themePlanMeasures = pgTable(
  'theme_plan_measures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    strategyId: uuid('strategy_id').notNull().references(() => themePlanStrategies.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    description: text('description').notNull(),
    indicator: text('indicator'),
    dueDate: date('due_date', { mode: 'string' }),
    status: text('status', { enum: measureStatuses }).notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('theme_plan_measures_strategy_idx').on(t.strategyId, t.unitId)],
);

export const themePlanStatusReports = pgTable(
  'theme_plan_status_reports',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    measureId: uuid('measure_id').notNull().references(() => themePlanMeasures.id),
    status: text('status', { enum: measureStatuses }).notNull(),
    text: text('text').notNull(),
    reportedBy: uuid('reported_by').notNull().references(() => users.id),
    reportedAt: ts('reported_at').notNull(),
  },
  (t) => [index('theme_plan_status_reports_measure_idx').on(t.measureId, t.reportedAt)],
);
