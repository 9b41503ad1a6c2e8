// Meaningful activities: the municipality's catalogue of activity and work offers (municipal, NAV,
// voluntary) and a person's participation.
import { sql } from 'drizzle-orm';
import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { persons, tenants, users } from '../../platform/db/schema.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);

export const providerKinds = ['municipal', 'nav', 'voluntary'] as const;
export const offerCategories = ['work', 'activity', 'social', 'training'] as const;
export const sobrietyRequirements = ['required', 'not-required', 'on-site'] as const;
export const targetGroups = ['rop', 'young-adults', 'women', 'men', 'all-adults'] as const;

export const activityOffers = pgTable(
  'activity_offers',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    providerKind: text('provider_kind', { enum: providerKinds }).notNull(),
    providerName: text('provider_name').notNull(),
    category: text('category', { enum: offerCategories }).notNull(),
    area: text('area').notNull(),
    times: text('times').notNull(),
    sobriety: text('sobriety', { enum: sobrietyRequirements }).notNull(),
    targetGroups: jsonb('target_groups').$type<(typeof targetGroups)[number][]>().notNull(),
    description: text('description'),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('activity_offers_tenant_idx').on(t.tenantId)],
);

export const activityParticipations = pgTable(
  'activity_participations',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    offerId: uuid('offer_id').notNull().references(() => activityOffers.id),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('activity_participations_person_idx').on(t.personId)],
);
