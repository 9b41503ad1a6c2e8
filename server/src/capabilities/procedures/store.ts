// Procedures as staff find them: lists, the process map, «to read» and one procedure with its
// versions. Organisation data, not personal data: role-gated, not written to the access log.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { procedureAcknowledgements, procedureApprovals, procedures, procedureVersions } from './schema.js';
import { appliesTo, currentVersion, expandUnits, mayApprove, mayEdit, procedureSources, processSteps, revisionStatus, stepLabel, unitsAndAncestors, versionState, type ProcessStep } from './rules.js';
import type * as s from './schemas.js';

export type Tree = { id: string; parentId: string | null; name: string }[];

export async function unitTree(scope: AccessScope): Promise<Tree> {
  return scope.tx.select({ id: units.id, parentId: units.parentId, name: units.name }).from(units).where(eq(units.tenantId, scope.actor.tenantId));
}

const creator = alias(users, 'creator');
const approver = alias(users, 'approver');
const owner = alias(users, 'owner');

/** Version metadata (never the PDF bytes) with creator and approval. */
export async function loadVersions(scope: AccessScope, procedureIds: string[]) {
  if (procedureIds.length === 0) return [];
  return scope.tx
    .select({
      id: procedureVersions.id,
      procedureId: procedureVersions.procedureId,
      version: procedureVersions.version,
      title: procedureVersions.title,
      processStep: procedureVersions.processStep,
      contentKind: procedureVersions.contentKind,
      pdfFileName: procedureVersions.pdfFileName,
      unitIds: procedureVersions.unitIds,
      roles: procedureVersions.roles,
      validFrom: procedureVersions.validFrom,
      revisionDue: procedureVersions.revisionDue,
      changeSummary: procedureVersions.changeSummary,
      createdBy: procedureVersions.createdBy,
      createdByName: creator.displayName,
      createdAt: procedureVersions.createdAt,
      approvedBy: procedureApprovals.approvedBy,
      approvedByName: approver.displayName,
      approvedAt: procedureApprovals.approvedAt,
    })
    .from(procedureVersions)
    .innerJoin(creator, eq(creator.id, procedureVersions.createdBy))
    .leftJoin(procedureApprovals, eq(procedureApprovals.versionId, procedureVersions.id))
    .leftJoin(approver, eq(approver.id, procedureApprovals.approvedBy))
    .where(inArray(procedureVersions.procedureId, procedureIds))
    .orderBy(asc(procedureVersions.version));
}
export type VersionRow = Awaited<ReturnType<typeof loadVersions>>[number];

export function versionSummary(v: VersionRow, all: VersionRow[], tree: Tree, today: string) {
  const facts = all.map((x) => ({ id: x.id, version: x.version, approved: x.approvedAt !== null, validFrom: x.validFrom }));
  return {
    id: v.id,
    version: v.version,
    state: versionState({ id: v.id, version: v.version, approved: v.approvedAt !== null, validFrom: v.validFrom }, facts, today),
    title: v.title,
    processStep: v.processStep,
    contentKind: v.contentKind,
    pdfFileName: v.pdfFileName,
    units: v.unitIds.map((id) => ({ id, name: tree.find((u) => u.id === id)?.name ?? '' })),
    roles: v.roles,
    validFrom: v.validFrom,
    revisionDue: v.revisionDue,
    changeSummary: v.changeSummary,
    createdBy: { id: v.createdBy, displayName: v.createdByName },
    createdAt: v.createdAt,
    approvedBy: v.approvedBy ? { id: v.approvedBy, displayName: v.approvedByName ?? '' } : null,
    approvedAt: v.approvedAt,
  };
}

/** Each procedure with its current and draft version, and what the actor may do with it. */
export async function loadProcedures(scope: AccessScope, procedureIds?: string[]) {
  const { actor } = scope;
  const today = localDateAt(scope.now);
  const rows = await scope.tx
    .select({ id: procedures.id, ownerId: procedures.ownerId, ownerName: owner.displayName })
    .from(procedures)
    .innerJoin(owner, eq(owner.id, procedures.ownerId))
    .where(and(eq(procedures.tenantId, actor.tenantId), procedureIds ? inArray(procedures.id, procedureIds.length ? procedureIds : ['00000000-0000-0000-0000-000000000000']) : undefined));
  const versions = await loadVersions(scope, rows.map((r) => r.id));
  const tree = await unitTree(scope);
  const mine = versions.length
    ? new Set((await scope.tx.select({ versionId: procedureAcknowledgements.versionId }).from(procedureAcknowledgements).where(and(eq(procedureAcknowledgements.userId, actor.userId), inArray(procedureAcknowledgements.versionId, versions.map((v) => v.id))))).map((a) => a.versionId))
    : new Set<string>();
  return rows.map((p) => {
    const all = versions.filter((v) => v.procedureId === p.id);
    const facts = all.map((v) => ({ id: v.id, version: v.version, approved: v.approvedAt !== null, validFrom: v.validFrom }));
    const currentFact = currentVersion(facts, today);
    const current = all.find((v) => v.id === currentFact?.id) ?? null;
    const latest = all[all.length - 1]!;
    const draft = latest.approvedAt === null ? latest : null;
    const basis = current ?? latest;
    const leaderUnits = unitsAndAncestors(tree, [...new Set([...basis.unitIds, ...(draft?.unitIds ?? [])])]);
    const editor = mayEdit(actor, { ownerId: p.ownerId, leaderUnits });
    const approverOk = draft !== null && mayApprove(actor, unitsAndAncestors(tree, draft.unitIds));
    return {
      all,
      tree,
      editor,
      approver: approverOk,
      draftRow: draft,
      currentRow: current,
      summary: {
        id: p.id,
        owner: { id: p.ownerId, displayName: p.ownerName },
        title: basis.title,
        processStep: basis.processStep as ProcessStep,
        stepLabel: stepLabel(basis.processStep),
        current: current ? versionSummary(current, all, tree, today) : null,
        draft: draft && (editor || approverOk || p.ownerId === actor.userId) ? versionSummary(draft, all, tree, today) : null,
        revisionStatus: current ? revisionStatus(current.revisionDue, today) : null,
        appliesToMe: current ? appliesTo(actor, { unitIds: expandUnits(tree, current.unitIds), roles: current.roles }) : false,
        acknowledgedByMe: current ? mine.has(current.id) : false,
      },
    };
  });
}

export type LoadedProcedure = Awaited<ReturnType<typeof loadProcedures>>[number];

/** Staff see procedures in force; the owner and those who may edit or approve also see drafts. */
export function visibleTo(actorId: string, p: LoadedProcedure): boolean {
  return p.currentRow !== null || p.editor || p.approver || p.summary.owner.id === actorId;
}

export async function listProcedures(scope: AccessScope, query: z.infer<typeof s.listQuery>) {
  scope.requireRole('procedure.read');
  const all = await loadProcedures(scope);
  const collator = new Intl.Collator('nb');
  return all
    .filter((p) => visibleTo(scope.actor.userId, p))
    .filter((p) => !query.step || p.summary.processStep === query.step)
    .filter((p) => query.mine === 'false' || p.summary.appliesToMe)
    .map((p) => p.summary)
    .sort((a, b) => collator.compare(a.title, b.title));
}

/** request → assessment → decision → IP → follow-up → evaluation → closure, with the procedures of each step. */
export async function processMap(scope: AccessScope, query: z.infer<typeof s.listQuery>) {
  const items = await listProcedures(scope, { mine: query.mine });
  return { steps: processSteps.map((step) => ({ step: step.id, label: step.label, main: step.main, procedures: items.filter((p) => p.processStep === step.id) })), source: procedureSources.processMap };
}

/** Current versions that apply to me and that I have not acknowledged yet. */
export async function toAcknowledge(scope: AccessScope) {
  scope.requireRole('procedure.read');
  const all = await loadProcedures(scope);
  return all
    .filter((p) => p.summary.current && p.summary.appliesToMe && !p.summary.acknowledgedByMe)
    .map(({ summary }) => ({ procedureId: summary.id, versionId: summary.current!.id, title: summary.current!.title, version: summary.current!.version, processStep: summary.current!.processStep, stepLabel: summary.stepLabel, validFrom: summary.current!.validFrom, changeSummary: summary.current!.changeSummary }));
}

export async function loadProcedure(scope: AccessScope, procedureId: string) {
  const [p] = await loadProcedures(scope, [procedureId]);
  if (!p || !visibleTo(scope.actor.userId, p)) throw new HelhetError('NOT_FOUND', 'Fant ikke rutinen.');
  return p;
}
