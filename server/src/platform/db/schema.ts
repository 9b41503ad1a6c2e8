// The core tables every capability stands on: tenants, organisation, people, relations that give
// access (tjenstlig behov), sessions and the access log. Every row carries tenant_id so a
// multi-municipality deployment can later shard by tenant.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().default(sql`gen_random_uuid()`);
const tenantId = () => uuid('tenant_id').notNull().references(() => tenants.id);
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const tenants = pgTable('tenants', {
  id: id(),
  name: text('name').notNull(),
  municipalityNumber: text('municipality_number').notNull().unique(),
  /** Written language form (målform) of letters and citizen pages unless the person chose another. */
  writtenLanguage: text('written_language', { enum: ['nb', 'nn'] }).notNull().default('nb'),
  /** The municipality's own routine for first contact after a henvendelse, in working days. */
  firstContactWorkingDays: integer('first_contact_working_days').notNull().default(3),
  createdAt: createdAt(),
});

/** Units form a tree: virksomhet → avdeling → team. */
export const units = pgTable(
  'units',
  {
    id: id(),
    tenantId: tenantId(),
    parentId: uuid('parent_id'),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['virksomhet', 'avdeling', 'team'] }).notNull(),
    /** Service area, e.g. 'tildeling', 'psykisk-helse-rus', 'nav', 'hjemmesykepleie', 'bolig', 'legevakt', 'koordinerende-enhet'. */
    serviceArea: text('service_area'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [index('units_tenant_idx').on(t.tenantId), uniqueIndex('units_tenant_name_uq').on(t.tenantId, t.name)],
);

/** External partners: GP offices, DPS, TSB, hospitals, NAV state. */
export const partners = pgTable(
  'partners',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['fastlegekontor', 'dps', 'tsb', 'sykehus', 'nav-stat', 'annen'] }).notNull(),
    phone: text('phone'),
    address: text('address'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('partners_tenant_name_uq').on(t.tenantId, t.name)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    tenantId: tenantId(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    /** 'staff' for employees; 'person' for a bruker who reads their own data. */
    kind: text('kind', { enum: ['staff', 'person'] }).notNull(),
    roles: text('roles').array().notNull().default(sql`'{}'::text[]`),
    personId: uuid('person_id'),
    title: text('title'),
    /** Work phone, shown to on-call staff as «who to call». */
    phone: text('phone'),
    passwordHash: text('password_hash'),
    failedLogins: integer('failed_logins').notNull().default(0),
    lockedUntil: ts('locked_until'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username), index('users_tenant_idx').on(t.tenantId)],
);

export const unitMemberships = pgTable(
  'unit_memberships',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull().references(() => users.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    validFrom: ts('valid_from').notNull().defaultNow(),
    validTo: ts('valid_to'),
  },
  (t) => [index('unit_memberships_user_idx').on(t.userId), index('unit_memberships_unit_idx').on(t.unitId)],
);

export const persons = pgTable(
  'persons',
  {
    id: id(),
    tenantId: tenantId(),
    nationalId: text('national_id').notNull(),
    nationalIdKind: text('national_id_kind', { enum: ['fnr', 'dnr'] }).notNull(),
    syntheticId: boolean('synthetic_id').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    /** Lower-cased "given family" and "family given" for prefix search. */
    searchName: text('search_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }).notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    postalCode: text('postal_code'),
    postalPlace: text('postal_place'),
    gpPartnerId: uuid('gp_partner_id').references(() => partners.id),
    gpName: text('gp_name'),
    preferredLanguage: text('preferred_language').notNull().default('nb'),
    /** Bokmål or nynorsk for letters and citizen pages; null follows the municipality's default. */
    writtenLanguage: text('written_language', { enum: ['nb', 'nn'] }),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    /** Reservations, e.g. against sharing with relatives or digital letters. */
    reservations: text('reservations').array().notNull().default(sql`'{}'::text[]`),
    hasBankId: boolean('has_bank_id').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_tenant_national_id_uq').on(t.tenantId, t.nationalId),
    index('persons_search_name_idx').on(t.tenantId, t.searchName.op('text_pattern_ops')),
    index('persons_family_name_idx').on(t.tenantId, sql`lower(${t.familyName}) text_pattern_ops`),
  ],
);

/** A unit's active case or service for a person: one of the two relations that give access. */
export const serviceRelations = pgTable(
  'service_relations',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    reason: text('reason').notNull(),
    validFrom: ts('valid_from').notNull().defaultNow(),
    validTo: ts('valid_to'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('service_relations_person_idx').on(t.personId, t.unitId), index('service_relations_unit_idx').on(t.unitId)],
);

/** Membership of the team around a person (ansvarsgruppe): the other relation that gives access. */
export const teamMembers = pgTable(
  'team_members',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    teamRole: text('team_role').notNull(),
    validFrom: ts('valid_from').notNull().defaultNow(),
    validTo: ts('valid_to'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('team_members_person_idx').on(t.personId, t.userId), index('team_members_user_idx').on(t.userId)],
);

/** The person's consent to a sharing, e.g. restricted notes to another unit. */
export const consents = pgTable(
  'consents',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    scope: text('scope', { enum: ['restricted-notes', 'crisis-plan', 'relatives', 'coordination'] }).notNull(),
    toUnitId: uuid('to_unit_id').references(() => units.id),
    toPartnerId: uuid('to_partner_id').references(() => partners.id),
    givenAt: ts('given_at').notNull().defaultNow(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    withdrawnAt: ts('withdrawn_at'),
    note: text('note'),
  },
  (t) => [index('consents_person_idx').on(t.personId)],
);

/** Journal notes. 'restricted' (e.g. therapy notes) are visible to the authoring unit only, unless consented. */
export const notes = pgTable(
  'notes',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    authorUnitId: uuid('author_unit_id').notNull().references(() => units.id),
    classification: text('classification', { enum: ['shared', 'restricted'] }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** Structured statements the note makes (e.g. 'ip-exists'), checked against the records by the compliance catalogue. */
    claims: text('claims').array().notNull().default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [index('notes_person_idx').on(t.personId, t.createdAt)],
);

/** Break-the-glass openings of a person's emergency view; each must be reviewed by a leader. */
export const emergencyAccesses = pgTable(
  'emergency_accesses',
  {
    id: id(),
    tenantId: tenantId(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    reason: text('reason').notNull(),
    openedAt: ts('opened_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: ts('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [index('emergency_accesses_person_idx').on(t.personId, t.userId), index('emergency_accesses_tenant_idx').on(t.tenantId, t.reviewedAt)],
);

export const accessReviewKinds = ['role-grant', 'role-revoke', 'membership-add', 'membership-end', 'relation-without-basis'] as const;
export type AccessReviewKind = (typeof accessReviewKinds)[number];

/**
 * Changes to who may see what, written by `AccessScope.grant` for a leader to review, like the
 * emergency accesses. `unitIds` are the units whose leaders review the entry.
 */
export const accessReviews = pgTable(
  'access_reviews',
  {
    id: id(),
    tenantId: tenantId(),
    kind: text('kind', { enum: accessReviewKinds }).notNull(),
    /** Null when an operator made the change from the command line (no user in the system). */
    actorId: uuid('actor_id').references(() => users.id),
    targetUserId: uuid('target_user_id').references(() => users.id),
    personId: uuid('person_id').references(() => persons.id),
    unitIds: uuid('unit_ids').array().notNull(),
    roles: text('roles').array(),
    reason: text('reason'),
    occurredAt: ts('occurred_at').notNull(),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: ts('reviewed_at'),
    reviewComment: text('review_comment'),
  },
  (t) => [index('access_reviews_tenant_idx').on(t.tenantId, t.reviewedAt)],
);

export const sessions = pgTable('sessions', {
  /** sha256 of the cookie token; the token itself is never stored. */
  tokenHash: text('token_hash').primaryKey(),
  tenantId: tenantId(),
  userId: uuid('user_id').notNull().references(() => users.id),
  csrfToken: text('csrf_token').notNull(),
  provider: text('provider').notNull(),
  createdAt: createdAt(),
  expiresAt: ts('expires_at').notNull(),
  /** Moved forward at most once a minute, so the idle timeout costs no write on every request. */
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
});

/**
 * The Normen access log. Requests only append (one insert, no lock); the sealer later numbers each
 * tenant's rows in commit order and hash-chains them (seq, prev_hash, hash), once. Database triggers
 * refuse DELETE, TRUNCATE and every UPDATE except that one-time seal (migration 0017).
 */
export const accessLog = pgTable(
  'access_log',
  {
    /** The entry's number across all tenants, in append order (not the chain's order). */
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    occurredAt: ts('occurred_at').notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    personId: uuid('person_id'),
    /** For list reads (search, worklists): every person listed, in one row. */
    personIds: uuid('person_ids').array(),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['allowed', 'refused'] }).notNull(),
    /** Why: the relation ('team', 'unit:<name>', 'own', 'emergency') or the refusal reason. */
    basis: text('basis').notNull(),
    reason: text('reason'),
    origin: text('origin').notNull(),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>(),
    /** The row's place in its tenant's chain, set by the sealer (null until sealed). */
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('access_log_chain_idx').on(t.tenantId, t.seq),
    index('access_log_person_idx').on(t.tenantId, t.personId, t.id),
    index('access_log_person_ids_idx').using('gin', t.personIds),
    // The sealer's work list: only unsealed rows, so it stays small however long the log grows.
    index('access_log_unsealed_idx').on(t.id).where(sql`seq is null`),
  ],
);

/** One row per tenant: the last sealed row's seq and hash. Only the sealer writes it. */
export const accessLogHead = pgTable('access_log_head', {
  tenantId: uuid('tenant_id').primaryKey().references(() => tenants.id),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});

/**
 * An auditor's time-limited read access to one sampled case (stikkprøve). Granted by a leader for
 * the cases of one audit sample; gives access only for the auditor's read-only views (purpose 'audit').
 */
export const auditAccesses = pgTable(
  'audit_accesses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    sampleId: uuid('sample_id').notNull(),
    personId: uuid('person_id').notNull().references(() => persons.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    validFrom: ts('valid_from').notNull(),
    validTo: ts('valid_to').notNull(),
    grantedBy: uuid('granted_by').notNull().references(() => users.id),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('audit_accesses_person_idx').on(t.personId, t.userId), index('audit_accesses_sample_idx').on(t.sampleId)],
);
