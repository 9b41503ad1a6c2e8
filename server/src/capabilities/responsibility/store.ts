// The responsibility matrix: versions, one draft at a time (replaced whole while a draft), approval by
// the director, and findings (a task with no or several responsible units). Organisation data: role-
// gated, not written to the access log.
import { and, asc, desc, eq, inArray, isNotNull, max } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { z } from 'zod';
import { partners, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { responsibilityAssignments, responsibilityMatrices, responsibilityTasks } from './schema.js';
import { levelLabels, matrixFindings, matrixProblems, matrixStatus, responsibilitySources, type Party } from './rules.js';
import type * as s from './schemas.js';

const creator = alias(users, 'creator');
const approver = alias(users, 'approver');

async function matrices(scope: AccessScope, id?: string) {
  return scope.tx
    .select({ m: responsibilityMatrices, createdByName: creator.displayName, approvedByName: approver.displayName })
    .from(responsibilityMatrices)
    .innerJoin(creator, eq(creator.id, responsibilityMatrices.createdBy))
    .leftJoin(approver, eq(approver.id, responsibilityMatrices.approvedBy))
    .where(and(eq(responsibilityMatrices.tenantId, scope.actor.tenantId), id ? eq(responsibilityMatrices.id, id) : undefined))
    .orderBy(desc(responsibilityMatrices.version));
}

async function tasksOf(scope: AccessScope, matrixIds: string[]) {
  if (matrixIds.length === 0) return [];
  const tasks = await scope.tx.select().from(responsibilityTasks).where(inArray(responsibilityTasks.matrixId, matrixIds)).orderBy(asc(responsibilityTasks.position));
  const cells = tasks.length
    ? await scope.tx
        .select({ a: responsibilityAssignments, unitName: units.name, partnerName: partners.name })
        .from(responsibilityAssignments)
        .leftJoin(units, eq(units.id, responsibilityAssignments.unitId))
        .leftJoin(partners, eq(partners.id, responsibilityAssignments.partnerId))
        .where(inArray(responsibilityAssignments.taskId, tasks.map((t) => t.id)))
        .orderBy(asc(responsibilityAssignments.position))
    : [];
  return tasks.map((t) => ({
    id: t.id,
    matrixId: t.matrixId,
    name: t.name,
    description: t.description,
    assignments: cells
      .filter((c) => c.a.taskId === t.id)
      .map((c) => ({ party: c.a.unitId ? ('unit' as const) : ('partner' as const), id: (c.a.unitId ?? c.a.partnerId)!, name: c.unitName ?? c.partnerName ?? '', level: c.a.level, levelLabel: levelLabels[c.a.level] })),
  }));
}

type MatrixRow = Awaited<ReturnType<typeof matrices>>[number];

function summary(row: MatrixRow, all: MatrixRow[], findingCount: number) {
  const { m } = row;
  return {
    id: m.id,
    version: m.version,
    title: m.title,
    status: matrixStatus(m, all.map((x) => x.m)),
    createdBy: { id: m.createdBy, displayName: row.createdByName },
    createdAt: m.createdAt,
    approvedBy: m.approvedBy ? { id: m.approvedBy, displayName: row.approvedByName ?? '' } : null,
    approvedAt: m.approvedAt,
    findingCount,
  };
}

export async function listMatrices(scope: AccessScope) {
  scope.requireRole('responsibility.read');
  const all = await matrices(scope);
  const tasks = await tasksOf(scope, all.map((r) => r.m.id));
  return all.map((row) => summary(row, all, matrixFindings(tasks.filter((t) => t.matrixId === row.m.id)).length));
}

export async function getMatrix(scope: AccessScope, matrixId: string) {
  scope.requireRole('responsibility.read');
  const all = await matrices(scope);
  const row = all.find((r) => r.m.id === matrixId);
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke ansvarsmatrisen.');
  const tasks = await tasksOf(scope, [matrixId]);
  const findings = matrixFindings(tasks);
  const parties = new Map<string, Party>();
  for (const t of tasks) for (const a of t.assignments) parties.set(`${a.party}:${a.id}`, { party: a.party, id: a.id, name: a.name });
  return {
    ...summary(row, all, findings.length),
    note: row.m.note,
    approvalComment: row.m.approvalComment,
    parties: [...parties.values()].sort((a, b) => (a.party === b.party ? a.name.localeCompare(b.name, 'nb') : a.party === 'unit' ? -1 : 1)),
    tasks: tasks.map(({ matrixId: _m, ...t }) => t),
    findings,
    sources: responsibilitySources,
  };
}

export async function currentMatrix(scope: AccessScope) {
  scope.requireRole('responsibility.read');
  const [row] = await scope.tx
    .select({ id: responsibilityMatrices.id })
    .from(responsibilityMatrices)
    .where(and(eq(responsibilityMatrices.tenantId, scope.actor.tenantId), isNotNull(responsibilityMatrices.approvedAt)))
    .orderBy(desc(responsibilityMatrices.version))
    .limit(1);
  return { matrix: row ? await getMatrix(scope, row.id) : null };
}

/** Checks the matrix and every unit and partner it names, then writes its tasks and cells. */
async function writeTasks(scope: AccessScope, matrixId: string, input: z.infer<typeof s.matrixBody>): Promise<void> {
  const problems = matrixProblems(input.tasks);
  if (problems.length) throw new HelhetError('UNPROCESSABLE', problems.map((p) => p.detail).join('. '), problems);
  const { tenantId } = scope.actor;
  const unitIds = input.tasks.flatMap((t) => t.assignments.filter((a) => a.party === 'unit').map((a) => a.id));
  const partnerIds = input.tasks.flatMap((t) => t.assignments.filter((a) => a.party === 'partner').map((a) => a.id));
  const knownUnits = new Set(unitIds.length ? (await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, tenantId), inArray(units.id, unitIds)))).map((u) => u.id) : []);
  const knownPartners = new Set(partnerIds.length ? (await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.tenantId, tenantId), inArray(partners.id, partnerIds)))).map((p) => p.id) : []);
  const unknown = input.tasks.flatMap((t, i) => t.assignments.flatMap((a, j) => ((a.party === 'unit' ? knownUnits : knownPartners).has(a.id) ? [] : [{ path: `body/tasks/${i}/assignments/${j}/id`, detail: a.party === 'unit' ? 'Ukjent enhet' : 'Ukjent samarbeidspartner' }])));
  if (unknown.length) throw new HelhetError('UNPROCESSABLE', 'Matrisen viser til enheter eller samarbeidspartnere som ikke finnes.', unknown);
  for (const [position, task] of input.tasks.entries()) {
    const [row] = await scope.tx.insert(responsibilityTasks).values({ tenantId, matrixId, position, name: task.name, description: task.description ?? null }).returning({ id: responsibilityTasks.id });
    if (task.assignments.length) {
      await scope.tx.insert(responsibilityAssignments).values(task.assignments.map((a, position) => ({ tenantId, taskId: row!.id, position, unitId: a.party === 'unit' ? a.id : null, partnerId: a.party === 'partner' ? a.id : null, level: a.level })));
    }
  }
}

export async function createMatrix(scope: AccessScope, input: z.infer<typeof s.matrixBody>): Promise<string> {
  scope.requireRole('responsibility.write');
  const all = await matrices(scope);
  const draft = all.find((r) => !r.m.approvedAt);
  if (draft) throw new HelhetError('CONFLICT', `Det finnes allerede et utkast (versjon ${draft.m.version}). Endre det i stedet for å lage et nytt.`);
  const [latest] = await scope.tx.select({ n: max(responsibilityMatrices.version) }).from(responsibilityMatrices).where(eq(responsibilityMatrices.tenantId, scope.actor.tenantId));
  const [row] = await scope.tx
    .insert(responsibilityMatrices)
    .values({ tenantId: scope.actor.tenantId, version: (latest?.n ?? 0) + 1, title: input.title, note: input.note ?? null, createdBy: scope.actor.userId, createdAt: scope.now, updatedAt: scope.now })
    .returning({ id: responsibilityMatrices.id });
  await writeTasks(scope, row!.id, input);
  return row!.id;
}

async function draftRow(scope: AccessScope, matrixId: string) {
  const [row] = await matrices(scope, matrixId);
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ikke ansvarsmatrisen.');
  if (row.m.approvedAt) throw new HelhetError('CONFLICT', `Versjon ${row.m.version} er godkjent og kan ikke endres. Lag en ny versjon.`);
  return row.m;
}

/** Replaces a draft's title, note and every task. */
export async function updateMatrix(scope: AccessScope, matrixId: string, input: z.infer<typeof s.matrixBody>): Promise<void> {
  scope.requireRole('responsibility.write');
  await draftRow(scope, matrixId);
  const old = await scope.tx.select({ id: responsibilityTasks.id }).from(responsibilityTasks).where(eq(responsibilityTasks.matrixId, matrixId));
  if (old.length) {
    await scope.tx.delete(responsibilityAssignments).where(inArray(responsibilityAssignments.taskId, old.map((t) => t.id)));
    await scope.tx.delete(responsibilityTasks).where(eq(responsibilityTasks.matrixId, matrixId));
  }
  await scope.tx.update(responsibilityMatrices).set({ title: input.title, note: input.note ?? null, updatedAt: scope.now }).where(eq(responsibilityMatrices.id, matrixId));
  await writeTasks(scope, matrixId, input);
}

export async function approveMatrix(scope: AccessScope, matrixId: string, input: z.infer<typeof s.approveBody>): Promise<void> {
  scope.requireRole('responsibility.approve');
  await draftRow(scope, matrixId);
  await scope.tx.update(responsibilityMatrices).set({ approvedBy: scope.actor.userId, approvedAt: scope.now, approvalComment: input?.comment ?? null }).where(eq(responsibilityMatrices.id, matrixId));
}
