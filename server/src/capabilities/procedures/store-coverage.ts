// Acknowledgement coverage per procedure and unit, and overdue revisions: for leaders, quality
// advisers, the director and auditors. Counts only.
import { and, eq, inArray } from 'drizzle-orm';
import { unitMemberships, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { procedureAcknowledgements } from './schema.js';
import { coverage, procedureSources, revisionStatus, type Member } from './rules.js';
import { loadProcedures, type Tree, type VersionRow } from './store.js';

/** Active members of active staff accounts, with their roles. */
async function members(scope: AccessScope): Promise<Member[]> {
  return scope.tx
    .select({ userId: unitMemberships.userId, unitId: unitMemberships.unitId, roles: users.roles })
    .from(unitMemberships)
    .innerJoin(users, eq(users.id, unitMemberships.userId))
    .where(and(eq(unitMemberships.tenantId, scope.actor.tenantId), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now), eq(users.active, true), eq(users.kind, 'staff')));
}

export async function coverageOf(scope: AccessScope, versions: VersionRow[], tree: Tree) {
  const result = new Map<string, ReturnType<typeof coverageItem>>();
  if (versions.length === 0) return result;
  const staff = await members(scope);
  const acks = await scope.tx.select({ versionId: procedureAcknowledgements.versionId, userId: procedureAcknowledgements.userId }).from(procedureAcknowledgements).where(inArray(procedureAcknowledgements.versionId, versions.map((v) => v.id)));
  const today = localDateAt(scope.now);
  for (const v of versions) {
    const read = new Set(acks.filter((a) => a.versionId === v.id).map((a) => a.userId));
    result.set(v.id, coverageItem(v, coverage(staff, read, v.unitIds, v.roles, tree), tree, today));
  }
  return result;
}

function coverageItem(v: VersionRow, c: ReturnType<typeof coverage>, tree: Tree, today: string) {
  return {
    procedureId: v.procedureId,
    versionId: v.id,
    title: v.title,
    version: v.version,
    revisionDue: v.revisionDue,
    revisionStatus: revisionStatus(v.revisionDue, today as never),
    affected: c.affected,
    acknowledged: c.acknowledged,
    share: c.share,
    perUnit: c.perUnit.map((u) => ({ ...u, unitName: tree.find((t) => t.id === u.unitId)?.name ?? '' })),
  };
}

export async function coverageList(scope: AccessScope) {
  scope.requireRole('procedure.coverage');
  const all = await loadProcedures(scope);
  const current = all.flatMap((p) => (p.currentRow ? [p.currentRow] : []));
  const items = [...(await coverageOf(scope, current, all[0]?.tree ?? [])).values()].sort((a, b) => new Intl.Collator('nb').compare(a.title, b.title));
  return { items, overdueRevisions: items.filter((i) => i.revisionStatus === 'overdue').length, sources: { acknowledgement: procedureSources.acknowledgement, revision: procedureSources.revision } };
}
