// Relatives (pårørende) of a person: who they are, the person's consent to involve them and its scope,
// the relative's own needs in a separate, repeatable assessment, and children as relatives
// (barn som pårørende) with their follow-up by the unit's child-responsible staff (barneansvarlig).
import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export const consentStatuses = ['given', 'declined', 'not-asked'] as const;
/** What the person's consent lets staff do with this relative. */
export const consentScopes = ['general-information', 'participation', 'crisis-contact', 'health-information'] as const;
export const supportKinds = ['relatives-coordinator', 'conversation', 'group', 'relief', 'omsorgsstonad', 'training'] as const;

export const relatives = pgTable(
  'relatives',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    phone: text('phone'),
    /** Children (under 18) are recorded with their birth date, so their age is known at every check. */
    birthDate: date('birth_date', { mode: 'string' }),
    isChild: boolean('is_child').notNull().default(false),
    livesWithPerson: boolean('lives_with_person'),
    closest: boolean('closest').notNull().default(false),
    consentStatus: text('consent_status', { enum: consentStatuses }).notNull(),
    consentScopes: jsonb('consent_scopes').$type<(typeof consentScopes)[number][]>().notNull(),
    consentRecordedAt: ts('consent_recorded_at'),
    note: text('note'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
    endedAt: ts('ended_at'),
  },
  (t) => [index('relatives_person_idx').on(t.personId)],
);

/** The relative's own needs (pårørendeveilederen): a separate assessment, repeated over time. */
export const relativeNeedsAssessments = pgTable(
  'relative_needs_assessments',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    relativeId: uuid('relative_id').notNull().references(() => relatives.id),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    needs: text('needs').notNull(),
    careBurden: text('care_burden', { enum: ['low', 'moderate', 'heavy'] }).notNull(),
    supportOffered: jsonb('support_offered').$type<(typeof supportKinds)[number][]>().notNull(),
    supportAccepted: jsonb('support_accepted').$type<(typeof supportKinds)[number][]>().notNull(),
    nextAssessmentOn: date('next_assessment_on', { mode: 'string' }),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('relative_needs_person_idx').on(t.personId)],
);

export const childFollowUpKinds = ['clarification', 'information', 'follow-up'] as const;

/**
 * A child as relative: the clarification of the child's situation (the children-as-relatives form),
 * information given to the child, and follow-up by the unit's child-responsible staff.
 */
export const childFollowUps = pgTable(
  'child_follow_ups',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    relativeId: uuid('relative_id').notNull().references(() => relatives.id),
    kind: text('kind', { enum: childFollowUpKinds }).notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    /** Clarification form answers (kind 'clarification'). */
    form: jsonb('form').$type<{ caregiver: string; childKnows: boolean; childNeeds: string; otherAdultsInvolved: string | null; barnevernConcern: boolean }>(),
    unitId: uuid('unit_id').references(() => units.id),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('child_follow_ups_person_idx').on(t.personId)],
);

/** The unit's child-responsible staff (barneansvarlig personell), over time. */
export const childResponsibleStaff = pgTable(
  'child_responsible_staff',
  {
    id: id(),
    tenantId: tenantId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to'),
    appointedBy: uuid('appointed_by').notNull().references(() => users.id),
  },
  (t) => [index('child_responsible_unit_idx').on(t.unitId)],
);
