// Team meetings (tverrfaglig oppfølgingsteam / ansvarsgruppe): invitation, attendance, structured
// minutes stored with the plan, and actions with an owner and a deadline (tasks on the owner's worklist).
import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, users } from '../../platform/db/schema.js';
import { individualPlans } from '../plans/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export const teamMeetings = pgTable(
  'team_meetings',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    planId: uuid('plan_id').references(() => individualPlans.id),
    purpose: text('purpose').notNull(),
    scheduledAt: ts('scheduled_at').notNull(),
    location: text('location').notNull(),
    organiserId: uuid('organiser_id').notNull().references(() => users.id),
    status: text('status', { enum: ['planned', 'cancelled'] }).notNull().default('planned'),
    cancelReason: text('cancel_reason'),
    /** The meeting day + N days (configurable, default 7): without minutes after this, the meeting is flagged. */
    minutesDueDate: date('minutes_due_date', { mode: 'string' }).notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('team_meetings_person_idx').on(t.personId, t.scheduledAt), index('team_meetings_due_idx').on(t.tenantId, t.minutesDueDate)],
);

/** Who was invited (staff team members by user, others by name), and whether they came. */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: id(),
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull().references(() => teamMeetings.id),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    role: text('role').notNull(),
    attended: boolean('attended'),
    absenceNote: text('absence_note'),
  },
  (t) => [index('meeting_participants_meeting_idx').on(t.meetingId)],
);

export const meetingMinutes = pgTable(
  'meeting_minutes',
  {
    id: id(),
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull().references(() => teamMeetings.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    /** The plan the minutes are stored with (the meeting's plan, or the person's open plan). */
    planId: uuid('plan_id').references(() => individualPlans.id),
    agenda: text('agenda').array().notNull(),
    personView: text('person_view').notNull(),
    decisions: text('decisions').array().notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('meeting_minutes_meeting_uq').on(t.meetingId), index('meeting_minutes_plan_idx').on(t.planId)],
);

export const meetingActions = pgTable(
  'meeting_actions',
  {
    id: id(),
    tenantId: tenantId(),
    meetingId: uuid('meeting_id').notNull().references(() => teamMeetings.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    description: text('description').notNull(),
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'done'] }).notNull().default('open'),
    doneAt: ts('done_at'),
    doneBy: uuid('done_by').references(() => users.id),
    doneNote: text('done_note'),
  },
  (t) => [index('meeting_actions_meeting_idx').on(t.meetingId), index('meeting_actions_owner_idx').on(t.ownerId, t.status)],
);
