// The responsibility matrix (ansvarsmatrise): tasks of the ROP field × units and partners, with who
// is responsible, who takes part and who is informed. Versioned; a version is frozen once approved.
import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const responsibilityLevels = ['responsible', 'takes-part', 'informed'] as const;

export const responsibilityMatrices = pgTable(
  'responsibility_matrices',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: ts('approved_at'),
    approvalComment: text('approval_comment'),
  },
  (t) => [uniqueIndex('responsibility_matrices_version_uq').on(t.tenantId, t.version)],
);

export const responsibilityTasks = pgTable(
  'responsibility_tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    matrixId: uuid('matrix_id').notNull().references(() => responsibilityMatrices.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    description: text('description'),
  },
  (t) => [index('responsibility_tasks_matrix_idx').on(t.matrixId, t.position)],
);

/** One cell: exactly one of unit or partner. */
export const responsibilityAssignments = pgTable(
  'responsibility_assignments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    taskId: uuid('task_id').notNull().references(() => responsibilityTasks.id),
    position: integer('position').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    partnerId: uuid('partner_id').references(() => partners.id),
    level: text('level', { enum: responsibilityLevels }).notNull(),
  },
  (t) => [index('responsibility_assignments_task_idx').on(t.taskId), check('responsibility_assignments_party_one', sql`(${t.unitId} is null) <> (${t.partnerId} is null)`)],
);
