// Procedures (rutiner): a procedure with its owner, immutable versions (Markdown text or a PDF), the
// leader's approval of a version, staff acknowledgements of having read it, and change proposals.
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { tenants, users } from '../../platform/db/schema.js';
import { bytea } from '../../platform/db/bytea.js';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const processStepIds = ['request', 'assessment', 'decision', 'individual-plan', 'follow-up', 'evaluation', 'closure', 'crisis-plan', 'discharge', 'general'] as const;
export const proposalDecisions = ['next-revision', 'now', 'rejected'] as const;

export const procedures = pgTable(
  'procedures',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    /** Dokumentansvarlig: receives change proposals and revises. */
    ownerId: uuid('owner_id').notNull().references(() => users.id),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('procedures_tenant_idx').on(t.tenantId)],
);

/** Insert-only: a change is a new version. Approval is recorded in procedure_approvals. */
export const procedureVersions = pgTable(
  'procedure_versions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    procedureId: uuid('procedure_id').notNull().references(() => procedures.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    processStep: text('process_step', { enum: processStepIds }).notNull(),
    contentKind: text('content_kind', { enum: ['markdown', 'pdf'] }).notNull(),
    /** Sanitised Markdown, no HTML. */
    markdown: text('markdown'),
    pdf: bytea('pdf'),
    pdfFileName: text('pdf_file_name'),
    pdfBytes: integer('pdf_bytes'),
    /** The units it applies to (and their sub-units), and the roles (empty: every role). */
    unitIds: uuid('unit_ids').array().notNull(),
    roles: text('roles').array().notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    revisionDue: date('revision_due', { mode: 'string' }).notNull(),
    changeSummary: text('change_summary').notNull(),
    createdBy: uuid('created_by').notNull().references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    uniqueIndex('procedure_versions_uq').on(t.procedureId, t.version),
    check('procedure_versions_content', sql`(${t.contentKind} = 'markdown' and ${t.markdown} is not null and ${t.pdf} is null) or (${t.contentKind} = 'pdf' and ${t.pdf} is not null and ${t.markdown} is null)`),
  ],
);

export const procedureApprovals = pgTable(
  'procedure_approvals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    versionId: uuid('version_id').notNull().references(() => procedureVersions.id),
    approvedBy: uuid('approved_by').notNull().references(() => users.id),
    approvedAt: ts('approved_at').notNull(),
    comment: text('comment'),
  },
  (t) => [uniqueIndex('procedure_approvals_version_uq').on(t.versionId)],
);

/** «I have read it»: once per person and version. */
export const procedureAcknowledgements = pgTable(
  'procedure_acknowledgements',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    versionId: uuid('version_id').notNull().references(() => procedureVersions.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    acknowledgedAt: ts('acknowledged_at').notNull(),
  },
  (t) => [uniqueIndex('procedure_acknowledgements_uq').on(t.versionId, t.userId), index('procedure_acknowledgements_user_idx').on(t.userId)],
);

export const procedureProposals = pgTable(
  'procedure_proposals',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    tenantId: uuid('tenant_id').notNull().references(() => tenants.id),
    procedureId: uuid('procedure_id').notNull().references(() => procedures.id),
    versionId: uuid('version_id').references(() => procedureVersions.id),
    text: text('text').notNull(),
    proposedBy: uuid('proposed_by').notNull().references(() => users.id),
    proposedAt: ts('proposed_at').notNull(),
    decision: text('decision', { enum: proposalDecisions }),
    decisionComment: text('decision_comment'),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at'),
  },
  (t) => [index('procedure_proposals_procedure_idx').on(t.procedureId)],
);
