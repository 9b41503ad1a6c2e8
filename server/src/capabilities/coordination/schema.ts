// Koordinerende enhet (KE, HOL § 7-3): its inbox of messages of IP need, the register of
// coordinators with their training, the appointments (one current coordinator per person) and the
// events around them (offer, appointment, change, end), and persons' requests for a new coordinator.
import { sql } from 'drizzle-orm';
import { boolean, date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { persons, teamMembers, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export const ipMessageKinds = ['ip', 'coordinator'] as const;
export const ipMessageSources = ['ip-information', 'person', 'relative', 'gp', 'specialist', 'unit', 'other'] as const;
export const ipMessageStatuses = ['open', 'started', 'offered', 'rejected'] as const;

/** A message to KE: «needs an IP» (kind 'ip'), or «declined an IP, offer a coordinator» (kind 'coordinator'). */
export const ipMessages = pgTable(
  'ip_messages',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    keUnitId: uuid('ke_unit_id').notNull().references(() => units.id),
    kind: text('kind', { enum: ipMessageKinds }).notNull(),
    source: text('source', { enum: ipMessageSources }).notNull(),
    /** The IP information record that raised it, when source is 'ip-information'. */
    ipInformationId: uuid('ip_information_id'),
    content: text('content').notNull(),
    receivedAt: ts('received_at').notNull(),
    /** The last day to start the IP work (or to offer a coordinator). */
    dueDate: date('due_date', { mode: 'string' }).notNull(),
    status: text('status', { enum: ipMessageStatuses }).notNull().default('open'),
    outcomeNote: text('outcome_note'),
    handledAt: ts('handled_at'),
    handledBy: uuid('handled_by').references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
  },
  (t) => [index('ip_messages_person_idx').on(t.personId), index('ip_messages_ke_idx').on(t.tenantId, t.keUnitId, t.status)],
);

/** KE's register of coordinators. */
export const coordinators = pgTable(
  'coordinators',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull().references(() => users.id),
    /** The unit the coordinator works from (where coordination of their persons is held). */
    unitId: uuid('unit_id').notNull().references(() => units.id),
    active: boolean('active').notNull().default(true),
    note: text('note'),
    registeredAt: ts('registered_at').notNull(),
    registeredBy: uuid('registered_by').notNull().references(() => users.id),
  },
  (t) => [uniqueIndex('coordinators_user_uq').on(t.tenantId, t.userId)],
);

export const trainingModules = ['meeting-leadership', 'coordinator-role', 'individual-plan', 'other'] as const;

/** Completed course modules (KE's modular course series: møteledelse, koordinatorrollen, individuell plan). */
export const coordinatorTrainings = pgTable(
  'coordinator_trainings',
  {
    id: id(),
    tenantId: tenantId(),
    coordinatorId: uuid('coordinator_id').notNull().references(() => coordinators.id),
    module: text('module', { enum: trainingModules }).notNull(),
    title: text('title'),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('coordinator_trainings_coordinator_idx').on(t.coordinatorId)],
);

/** Who is a person's coordinator, from when to when. At most one current (valid_to null) per person. */
export const coordinatorAssignments = pgTable(
  'coordinator_assignments',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    coordinatorId: uuid('coordinator_id').notNull().references(() => coordinators.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    basis: text('basis', { enum: ['ip', 'without-ip'] }).notNull(),
    /** Why this coordinator and unit (coordination follows where the main need lies). */
    reason: text('reason').notNull(),
    chosenWithPerson: boolean('chosen_with_person').notNull(),
    /** The team membership the appointment created (ended with the assignment). */
    teamMemberId: uuid('team_member_id').references(() => teamMembers.id),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to'),
    endReason: text('end_reason'),
    appointedBy: uuid('appointed_by').notNull().references(() => users.id),
  },
  (t) => [
    index('coordinator_assignments_person_idx').on(t.personId),
    index('coordinator_assignments_user_idx').on(t.userId, t.validTo),
    uniqueIndex('coordinator_assignments_current_uq').on(t.personId).where(sql`valid_to is null`),
  ],
);

export const coordinationEventKinds = ['offered', 'offer-declined', 'appointed', 'changed', 'ended'] as const;

/** The recorded history: offers, appointments, changes (with handover) and ends. */
export const coordinationEvents = pgTable(
  'coordination_events',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    kind: text('kind', { enum: coordinationEventKinds }).notNull(),
    fromUserId: uuid('from_user_id').references(() => users.id),
    toUserId: uuid('to_user_id').references(() => users.id),
    note: text('note').notNull(),
    handoverNote: text('handover_note'),
    occurredAt: ts('occurred_at').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('coordination_events_person_idx').on(t.personId, t.occurredAt)],
);

/** A person's request for a new coordinator. Handled only by closing its worklist task with a note. */
export const coordinatorRequests = pgTable(
  'coordinator_requests',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    keUnitId: uuid('ke_unit_id').notNull().references(() => units.id),
    reason: text('reason').notNull(),
    receivedVia: text('received_via').notNull(),
    requestedAt: ts('requested_at').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('coordinator_requests_person_idx').on(t.personId)],
);
