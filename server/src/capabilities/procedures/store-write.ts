// Writing procedures: a new procedure (version 1), new versions (never an edit of an old one),
// approval by a leader, «I have read it» (once per person and version), and change proposals.
import { and, eq, inArray, max } from 'drizzle-orm';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt, type LocalDate } from '../../platform/calendar/index.js';
import { procedureAcknowledgements, procedureApprovals, procedureProposals, procedures, procedureVersions } from './schema.js';
import { defaultRevisionDue, mayApprove, mayEdit, sanitizeMarkdown, unitsAndAncestors, versionDateProblems, versionState } from './rules.js';
import { loadProcedure, unitTree } from './store.js';
import { versionOf } from './store-view.js';
import type * as s from './schemas.js';

type VersionInput = z.infer<typeof s.versionBody>;

async function checkUnits(scope: AccessScope, unitIds: string[]): Promise<void> {
  const found = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, scope.actor.tenantId), eq(units.active, true), inArray(units.id, unitIds)));
  if (found.length !== unitIds.length) throw new HelhetError('UNPROCESSABLE', 'En eller flere av enhetene finnes ikke eller er ikke aktive.', [{ path: 'body/unitIds', detail: 'Ukjent enhet' }]);
}

/** A quality adviser or a leader of (one of) these units or a unit above: who may put a procedure on units. */
async function requireEditorOf(scope: AccessScope, unitIds: string[]): Promise<void> {
  const tree = await unitTree(scope);
  if (!mayEdit(scope.actor, { ownerId: '', leaderUnits: unitsAndAncestors(tree, unitIds) })) {
    throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare skrive rutiner for enheter du leder, eller rutiner du er dokumentansvarlig for.');
  }
}

async function insertVersion(scope: AccessScope, procedureId: string, version: number, input: VersionInput): Promise<string> {
  const revisionDue = input.revisionDue ?? defaultRevisionDue(input.validFrom as LocalDate);
  const problems = versionDateProblems({ validFrom: input.validFrom, revisionDue });
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. '), problems);
  let content: { contentKind: 'markdown' | 'pdf'; markdown: string | null; pdf: Buffer | null; pdfFileName: string | null; pdfBytes: number | null };
  if (input.content.kind === 'markdown') {
    const markdown = sanitizeMarkdown(input.content.markdown);
    if (markdown.length < 10) throw new HelhetError('UNPROCESSABLE', 'Teksten er for kort når HTML er fjernet. Rutiner skrives som Markdown uten HTML.', [{ path: 'body/content/markdown', detail: 'For kort uten HTML' }]);
    content = { contentKind: 'markdown', markdown, pdf: null, pdfFileName: null, pdfBytes: null };
  } else {
    const pdf = Buffer.from(input.content.pdfBase64, 'base64');
    content = { contentKind: 'pdf', markdown: null, pdf, pdfFileName: input.content.fileName, pdfBytes: pdf.length };
  }
  try {
    const [row] = await scope.tx
      .insert(procedureVersions)
      .values({ tenantId: scope.actor.tenantId, procedureId, version, title: input.title, processStep: input.processStep, ...content, unitIds: input.unitIds, roles: input.roles, validFrom: input.validFrom, revisionDue, changeSummary: input.changeSummary, createdBy: scope.actor.userId, createdAt: scope.now })
      .returning({ id: procedureVersions.id });
    return row!.id;
  } catch (error) {
    const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
    if (code === '23505') throw new HelhetError('CONFLICT', 'Noen andre lagret en ny versjon samtidig. Last rutinen på nytt.');
    throw error;
  }
}

export async function createProcedure(scope: AccessScope, input: z.infer<typeof s.createProcedureBody>): Promise<string> {
  scope.requireRole('procedure.write');
  const ownerId = input.ownerId ?? scope.actor.userId;
  const [owner] = await scope.tx.select({ roles: users.roles }).from(users).where(and(eq(users.id, ownerId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!owner) throw new HelhetError('UNPROCESSABLE', 'Dokumentansvarlig finnes ikke eller er ikke aktiv.', [{ path: 'body/ownerId', detail: 'Ukjent ansatt' }]);
  if (!owner.roles.some((r) => r === 'unit-leader' || r === 'quality-adviser')) throw new HelhetError('UNPROCESSABLE', 'Dokumentansvarlig må være enhetsleder eller kvalitetsrådgiver.', [{ path: 'body/ownerId', detail: 'Må være enhetsleder eller kvalitetsrådgiver' }]);
  await checkUnits(scope, input.unitIds);
  await requireEditorOf(scope, input.unitIds);
  const [row] = await scope.tx.insert(procedures).values({ tenantId: scope.actor.tenantId, ownerId, createdBy: scope.actor.userId, createdAt: scope.now }).returning({ id: procedures.id });
  await insertVersion(scope, row!.id, 1, input);
  return row!.id;
}

export async function createVersion(scope: AccessScope, procedureId: string, input: VersionInput): Promise<string> {
  scope.requireRole('procedure.write');
  const p = await loadProcedure(scope, procedureId);
  await checkUnits(scope, input.unitIds);
  if (!p.editor) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare skrive rutiner for enheter du leder, eller rutiner du er dokumentansvarlig for.');
  // The owner revises freely; putting the procedure on more units needs a leader of those units.
  const before = new Set([...(p.currentRow?.unitIds ?? []), ...(p.draftRow?.unitIds ?? [])]);
  const added = input.unitIds.filter((u) => !before.has(u));
  if (added.length) await requireEditorOf(scope, added);
  const [latest] = await scope.tx.select({ n: max(procedureVersions.version) }).from(procedureVersions).where(eq(procedureVersions.procedureId, procedureId));
  return insertVersion(scope, procedureId, (latest?.n ?? 0) + 1, input);
}

export async function approveVersion(scope: AccessScope, versionId: string, input: z.infer<typeof s.approveBody>): Promise<void> {
  scope.requireRole('procedure.approve');
  const { p, v } = await versionOf(scope, versionId);
  if (v.approvedAt) throw new HelhetError('CONFLICT', `Versjon ${v.version} er allerede godkjent.`);
  const newest = p.all[p.all.length - 1]!;
  if (newest.id !== v.id) throw new HelhetError('CONFLICT', `Det finnes en nyere versjon (${newest.version}). Godkjenn den i stedet.`);
  if (!mayApprove(scope.actor, unitsAndAncestors(p.tree, v.unitIds))) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare godkjenne rutiner for enheter du leder.');
  await scope.tx.insert(procedureApprovals).values({ tenantId: scope.actor.tenantId, versionId, approvedBy: scope.actor.userId, approvedAt: scope.now, comment: input?.comment ?? null });
}

/** «I have read it»: idempotent, counted once per person and version. */
export async function acknowledge(scope: AccessScope, versionId: string) {
  const { p, v } = await versionOf(scope, versionId);
  if (!v.approvedAt) throw new HelhetError('CONFLICT', 'Versjonen er ikke godkjent ennå og kan ikke kvitteres som lest.');
  const today = localDateAt(scope.now);
  const facts = p.all.map((x) => ({ id: x.id, version: x.version, approved: x.approvedAt !== null, validFrom: x.validFrom }));
  if (versionState(facts.find((f) => f.id === versionId)!, facts, today) === 'superseded') {
    throw new HelhetError('CONFLICT', `Versjon ${v.version} er erstattet av versjon ${p.currentRow?.version}. Les og kvitter for den gjeldende versjonen.`);
  }
  const inserted = await scope.tx
    .insert(procedureAcknowledgements)
    .values({ tenantId: scope.actor.tenantId, versionId, userId: scope.actor.userId, acknowledgedAt: scope.now })
    .onConflictDoNothing({ target: [procedureAcknowledgements.versionId, procedureAcknowledgements.userId] })
    .returning({ at: procedureAcknowledgements.acknowledgedAt });
  if (inserted.length) return { versionId, acknowledgedAt: inserted[0]!.at, alreadyAcknowledged: false };
  const [existing] = await scope.tx.select({ at: procedureAcknowledgements.acknowledgedAt }).from(procedureAcknowledgements).where(and(eq(procedureAcknowledgements.versionId, versionId), eq(procedureAcknowledgements.userId, scope.actor.userId)));
  return { versionId, acknowledgedAt: existing!.at, alreadyAcknowledged: true };
}

/** Any staff member proposes a change; it goes to the owner. */
export async function propose(scope: AccessScope, procedureId: string, input: z.infer<typeof s.proposalBody>): Promise<string> {
  scope.requireRole('procedure.read');
  const p = await loadProcedure(scope, procedureId);
  const [row] = await scope.tx
    .insert(procedureProposals)
    .values({ tenantId: scope.actor.tenantId, procedureId, versionId: p.currentRow?.id ?? null, text: input.text, proposedBy: scope.actor.userId, proposedAt: scope.now })
    .returning({ id: procedureProposals.id });
  return row!.id;
}

/** The owner (or another editor) records whether the proposal waits for the next revision, is handled now, or is rejected. */
export async function triageProposal(scope: AccessScope, proposalId: string, input: z.infer<typeof s.triageBody>): Promise<void> {
  scope.requireRole('procedure.write');
  const [proposal] = await scope.tx.select().from(procedureProposals).where(and(eq(procedureProposals.id, proposalId), eq(procedureProposals.tenantId, scope.actor.tenantId)));
  if (!proposal) throw new HelhetError('NOT_FOUND', 'Fant ikke forslaget.');
  const p = await loadProcedure(scope, proposal.procedureId);
  if (!p.editor) throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Bare dokumentansvarlig, kvalitetsrådgiver eller leder for en enhet rutinen gjelder kan behandle forslaget.');
  if (proposal.decision) throw new HelhetError('CONFLICT', 'Forslaget er allerede behandlet.');
  await scope.tx.update(procedureProposals).set({ decision: input.decision, decisionComment: input.comment, decidedBy: scope.actor.userId, decidedAt: scope.now }).where(eq(procedureProposals.id, proposalId));
}
