// Structured claims: what a document in the record states, as data (docs/import-format.md). A journal
// note, the digital user card (tjenestekort) or a vedtak can state that an assessment conversation was
// held, that an IP exists or was granted, that the person needs an IP — facts that the record's other
// tables may confirm or contradict. Audits and checks read claims; they never parse free text.
import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { notes, persons, tenants, users } from '../../platform/db/schema.js';

export const claimSources = ['journal-note', 'user-card', 'vedtak'] as const;
export type ClaimSource = (typeof claimSources)[number];

export const claimKinds = [
  /** An assessment conversation (kartleggingssamtale) with the person was held and is documented here. */
  'assessment-conversation',
  /** Part of the assessment is documented here (e.g. beside an empty assessment form). */
  'assessment-partial',
  /** An assessment was done by a service but is not documented in the case documents. */
  'assessment-undocumented',
  /** A meeting between the person and the municipality is documented here. */
  'user-meeting',
  /** The source says an individual plan was created. */
  'ip-created',
  /** The source says an individual plan (as a service) was granted. */
  'ip-granted',
  /** The source documents that the person needs an individual plan. */
  'ip-needed',
  /** The source documents that the person needs a coordinator. */
  'coordinator-needed',
  /** The person's own needs and wishes are documented here. */
  'needs-and-wishes',
  /** The person (and relatives where relevant) took part in the allocation of services. */
  'participation',
  /** Relatives' own needs were mapped. */
  'relatives-own-needs',
  /** The person is in contact with the municipality about financial assistance (NAV, sotjl.). */
  'financial-assistance',
] as const;
export type ClaimKind = (typeof claimKinds)[number];

export const claimKindLabels: Record<ClaimKind, string> = {
  'assessment-conversation': 'Kartleggingssamtale dokumentert',
  'assessment-partial': 'Kartlegging delvis dokumentert',
  'assessment-undocumented': 'Kartlegging gjort, men ikke dokumentert i saksdokumentene',
  'user-meeting': 'Møte med bruker dokumentert',
  'ip-created': 'Sier at individuell plan er opprettet',
  'ip-granted': 'Sier at individuell plan er innvilget',
  'ip-needed': 'Behov for individuell plan dokumentert',
  'coordinator-needed': 'Behov for koordinator dokumentert',
  'needs-and-wishes': 'Brukers behov og ønsker dokumentert',
  participation: 'Bruker (og pårørende) medvirket ved tildeling',
  'relatives-own-needs': 'Pårørendes egne behov kartlagt',
  'financial-assistance': 'Kontakt om økonomisk stønad',
};

export const recordClaims = pgTable(
  'record_claims',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    personId: uuid('person_id').notNull().references(() => persons.id),
    source: text('source', { enum: claimSources }).notNull(),
    /** The journal note that states it (source 'journal-note'). */
    noteId: uuid('note_id').references(() => notes.id),
    /** The vedtak that states it (source 'vedtak'); no foreign key so notes does not depend on vedtak. */
    vedtakId: uuid('vedtak_id'),
    kind: text('kind', { enum: claimKinds }).notNull(),
    /** The day the source states it (the note's or card entry's date). */
    statedOn: date('stated_on', { mode: 'string' }).notNull(),
    /** Short quotation or summary of what the source says. */
    text: text('text').notNull(),
    recordedBy: uuid('recorded_by').notNull().references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('record_claims_person_idx').on(t.personId, t.kind)],
);
