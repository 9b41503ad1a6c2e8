// Tasks on worklists: derived from case data by the refresh job (idempotent by unique key), or
// raised by a rule and closed by a person (e.g. following up a suicide-risk answer).
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    kind: text('kind').notNull(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').references(() => units.id),
    assigneeId: uuid('assignee_id').references(() => users.id),
    subjectId: uuid('subject_id').notNull(),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    uniqueKey: text('unique_key').notNull(),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('tasks_unique_key_uq').on(t.uniqueKey),
    index('tasks_assignee_idx').on(t.assigneeId, t.status, t.dueDate),
    index('tasks_unit_idx').on(t.unitId, t.status, t.dueDate),
    index('tasks_person_idx').on(t.personId, t.status),
  ],
);
