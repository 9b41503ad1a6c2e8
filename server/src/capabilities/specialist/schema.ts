// Specialist services: admissions and discharges (with the planned discharge date, the discharge
// meeting and the services in place), messages from the hospital with their time (e.g. utskrivningsklar),
// and links from these events and from referrals (intake) to cooperation avvik (deviations).
import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { partners, persons, tenants, users } from '../../platform/db/schema.js';
import { referrals } from '../intake/index.js';
import { deviations } from '../deviations/index.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export const dischargeServices = ['housing', 'home-nursing', 'coordinator', 'gp-appointment', 'crisis-plan', 'nav', 'medication', 'day-activity'] as const;

export const admissions = pgTable(
  'admissions',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    partnerId: uuid('partner_id').notNull().references(() => partners.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    admittedAt: ts('admitted_at').notNull(),
    ward: text('ward'),
    plannedDischargeOn: date('planned_discharge_on', { mode: 'string' }),
    dischargeMeetingAt: ts('discharge_meeting_at'),
    dischargedAt: ts('discharged_at'),
    servicesInPlace: jsonb('services_in_place').$type<(typeof dischargeServices)[number][]>().notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('admissions_person_idx').on(t.personId)],
);

export const hospitalMessageKinds = ['admission-notice', 'ready-for-discharge', 'discharge-summary', 'other'] as const;

export const hospitalMessages = pgTable(
  'hospital_messages',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    admissionId: uuid('admission_id').notNull().references(() => admissions.id),
    kind: text('kind', { enum: hospitalMessageKinds }).notNull(),
    receivedAt: ts('received_at').notNull(),
    content: text('content'),
    registeredBy: uuid('registered_by').notNull().references(() => users.id),
    registeredAt: ts('registered_at').notNull(),
  },
  (t) => [index('hospital_messages_person_idx').on(t.personId)],
);

export const specialistDeviationLinks = pgTable(
  'specialist_deviation_links',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    deviationId: uuid('deviation_id').notNull().references(() => deviations.id),
    admissionId: uuid('admission_id').references(() => admissions.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    linkedBy: uuid('linked_by').notNull().references(() => users.id),
    linkedAt: ts('linked_at').notNull(),
  },
  (t) => [
    index('specialist_deviation_links_person_idx').on(t.personId),
    // One link per avvik and event (NULLs are distinct, so each index covers one kind of event).
    uniqueIndex('specialist_deviation_links_admission_uq').on(t.deviationId, t.admissionId),
    uniqueIndex('specialist_deviation_links_referral_uq').on(t.deviationId, t.referralId),
  ],
);
