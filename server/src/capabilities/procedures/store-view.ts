// One procedure (current text, versions, proposals, coverage for those who lead) and one version.
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { procedureProposals, procedureVersions } from './schema.js';
import { procedureSources } from './rules.js';
import { loadProcedure, versionSummary } from './store.js';
import { coverageOf } from './store-coverage.js';

export async function getProcedure(scope: AccessScope, procedureId: string) {
  scope.requireRole('procedure.read');
  const p = await loadProcedure(scope, procedureId);
  const today = localDateAt(scope.now);
  const editorView = p.editor || p.approver || p.summary.owner.id === scope.actor.userId;
  const [current] = p.currentRow ? await scope.tx.select({ markdown: procedureVersions.markdown }).from(procedureVersions).where(eq(procedureVersions.id, p.currentRow.id)) : [];
  // The owner and approvers see every proposal; anyone else sees their own and what was decided.
  const proposals = await scope.tx
    .select({ pr: procedureProposals, name: users.displayName, version: procedureVersions.version })
    .from(procedureProposals)
    .innerJoin(users, eq(users.id, procedureProposals.proposedBy))
    .leftJoin(procedureVersions, eq(procedureVersions.id, procedureProposals.versionId))
    .where(and(eq(procedureProposals.procedureId, procedureId), editorView ? undefined : eq(procedureProposals.proposedBy, scope.actor.userId)))
    .orderBy(asc(procedureProposals.proposedAt));
  const seesCoverage = editorView || scope.actor.roles.some((r) => r === 'unit-leader' || r === 'quality-adviser' || r === 'director' || r === 'auditor');
  const coverage = p.currentRow && seesCoverage ? ((await coverageOf(scope, [p.currentRow], p.tree)).get(p.currentRow.id) ?? null) : null;
  return {
    ...p.summary,
    versions: p.all.filter((v) => v.approvedAt !== null || editorView).map((v) => versionSummary(v, p.all, p.tree, today)),
    markdown: current?.markdown ?? null,
    mayEdit: p.editor,
    mayApprove: p.approver,
    proposals: proposals.map(({ pr, name, version }) => ({ id: pr.id, version, text: pr.text, proposedBy: { id: pr.proposedBy, displayName: name }, proposedAt: pr.proposedAt, decision: pr.decision, decisionComment: pr.decisionComment, decidedAt: pr.decidedAt })),
    coverage,
    sources: procedureSources,
  };
}

/** A version's procedure, checked: drafts only for the owner and those who may edit or approve. */
export async function versionOf(scope: AccessScope, versionId: string) {
  scope.requireRole('procedure.read');
  const [row] = await scope.tx.select({ procedureId: procedureVersions.procedureId }).from(procedureVersions).where(and(eq(procedureVersions.id, versionId), eq(procedureVersions.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke versjonen.');
  const p = await loadProcedure(scope, row.procedureId);
  const v = p.all.find((x) => x.id === versionId)!;
  if (v.approvedAt === null && !(p.editor || p.approver || p.summary.owner.id === scope.actor.userId)) throw new HelhetError('NOT_FOUND', 'Fant ikke versjonen.');
  return { p, v };
}

export async function getVersion(scope: AccessScope, versionId: string) {
  const { p, v } = await versionOf(scope, versionId);
  const [content] = await scope.tx.select({ markdown: procedureVersions.markdown }).from(procedureVersions).where(eq(procedureVersions.id, versionId));
  return { ...versionSummary(v, p.all, p.tree, localDateAt(scope.now)), procedureId: p.summary.id, markdown: content!.markdown };
}

export async function versionPdf(scope: AccessScope, versionId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const { v } = await versionOf(scope, versionId);
  if (v.contentKind !== 'pdf') throw new HelhetError('NOT_FOUND', 'Denne versjonen er skrevet som tekst og har ingen PDF.');
  const [content] = await scope.tx.select({ pdf: procedureVersions.pdf }).from(procedureVersions).where(eq(procedureVersions.id, versionId));
  return { pdf: content!.pdf!, fileName: v.pdfFileName ?? 'rutine.pdf' };
}
