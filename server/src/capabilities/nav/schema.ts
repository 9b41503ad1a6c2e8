// NAV's municipal social services: advice and guidance (sosialtjenesteloven § 17) assessed and decided
// individually, financial assistance referenced (amounts stay in NAV's systems) and NAV's fixed contact person.
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, teamMembers, tenants, units, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);
const personId = () => uuid('person_id').notNull().references(() => persons.id);

export const navGuidance = pgTable(
  'nav_guidance',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    decision: text('decision', { enum: ['pending', 'granted', 'refused'] }).notNull().default('pending'),
    assessment: text('assessment'),
    reason: text('reason'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').references(() => users.id),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('nav_guidance_person_idx').on(t.personId), index('nav_guidance_pending_idx').on(t.tenantId, t.decision, t.requestedOn)],
);

export const navFinancialAssistanceKinds = ['economic-assistance', 'emergency-aid', 'debt-advice', 'other'] as const;

/** Only the fact of financial assistance and whom to ask: amounts stay in NAV's own systems. */
export const navFinancialAssistance = pgTable(
  'nav_financial_assistance',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    kind: text('kind', { enum: navFinancialAssistanceKinds }).notNull(),
    referencedOn: date('referenced_on', { mode: 'string' }).notNull(),
    contactUserId: uuid('contact_user_id').notNull().references(() => users.id),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: ts('recorded_at').notNull(),
  },
  (t) => [index('nav_financial_assistance_person_idx').on(t.personId)],
);

/** NAV's fixed contact person for the person; joins the team (need-to-know) like any team member. */
export const navContacts = pgTable(
  'nav_contacts',
  {
    id: id(),
    tenantId: tenantId(),
    personId: personId(),
    userId: uuid('user_id').notNull().references(() => users.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to'),
    /** The team membership this appointment created (ended when the contact changes). */
    teamMemberId: uuid('team_member_id').references(() => teamMembers.id),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
  },
  (t) => [index('nav_contacts_person_idx').on(t.personId, t.validTo), index('nav_contacts_user_idx').on(t.userId, t.validTo)],
);
