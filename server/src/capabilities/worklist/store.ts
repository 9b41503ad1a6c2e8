// The worklist: each user's and unit's open tasks, sorted, only for persons the user may see.
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { persons, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { HelhetError } from '../../platform/errors.js';
import { localDateAt } from '../../platform/calendar/index.js';
import { tasks } from './schema.js';
import { isOverdue, taskKinds, type TaskKind } from './kinds.js';
import type { z } from 'zod';
import type { worklistQuery } from './schemas.js';

export async function worklist(scope: AccessScope, query: z.infer<typeof worklistQuery>) {
  scope.requireRole('person.read');
  const { actor } = scope;
  if (query.unitId && !actor.unitIds.includes(query.unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Du kan bare se arbeidslisten til enheter du er medlem av.', [{ path: 'querystring/unitId', detail: 'Velg en av dine enheter' }]);
  }
  const unitIds = query.unitId ? [query.unitId] : actor.unitIds;
  const who =
    query.view === 'mine'
      ? or(eq(tasks.assigneeId, actor.userId), and(isNull(tasks.assigneeId), inArray(tasks.unitId, unitIds)))
      : inArray(tasks.unitId, unitIds);
  const assignee = alias(users, 'assignee');
  const closer = alias(users, 'closer');
  const order = query.sort === 'person' ? [asc(persons.familyName), asc(persons.givenName), asc(tasks.dueDate)] : query.sort === 'kind' ? [asc(tasks.kind), asc(tasks.dueDate)] : [asc(tasks.dueDate), asc(tasks.kind)];
  const rows = await scope.tx
    .select({
      id: tasks.id,
      kind: tasks.kind,
      personId: tasks.personId,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      unitId: tasks.unitId,
      unitName: units.name,
      assigneeName: assignee.displayName,
      subjectId: tasks.subjectId,
      dueDate: tasks.dueDate,
      status: tasks.status,
      note: tasks.note,
      closedAt: tasks.closedAt,
      closedByName: closer.displayName,
    })
    .from(tasks)
    .innerJoin(persons, eq(persons.id, tasks.personId))
    .leftJoin(units, eq(units.id, tasks.unitId))
    .leftJoin(assignee, eq(assignee.id, tasks.assigneeId))
    .leftJoin(closer, eq(closer.id, tasks.closedBy))
    .where(and(eq(tasks.tenantId, actor.tenantId), eq(tasks.status, query.status), who, scope.visiblePersons(tasks.personId)))
    .orderBy(...order)
    .limit(query.limit);
  scope.recordListed([...new Set(rows.map((r) => r.personId))], 'worklist.read');
  const today = localDateAt(scope.now);
  return {
    today,
    items: rows.map((r) => {
      const kind = taskKinds[r.kind as TaskKind];
      return { ...r, label: kind?.label ?? r.kind, source: kind?.source ?? '', closes: kind?.closes ?? 'auto', overdue: r.status === 'open' && isOverdue(r.dueDate, today) };
    }),
  };
}

/** Closes a task that a person must close (e.g. suicide-risk follow-up); auto tasks close themselves. */
export async function markDone(scope: AccessScope, taskId: string, note: string): Promise<void> {
  const [task] = await scope.tx.select().from(tasks).where(and(eq(tasks.id, taskId), eq(tasks.tenantId, scope.actor.tenantId)));
  if (!task) throw new HelhetError('NOT_FOUND', 'Fant ikke oppgaven.');
  scope.requireRole('person.read', task.personId);
  await scope.requirePerson(task.personId, 'task.done', 'full', { kind: task.kind });
  const kind = taskKinds[task.kind as TaskKind];
  if (kind?.closes !== 'manual') throw new HelhetError('UNPROCESSABLE', `Oppgaven «${kind?.label ?? task.kind}» lukkes automatisk når det som mangler er registrert.`);
  if (task.status === 'done') throw new HelhetError('CONFLICT', 'Oppgaven er allerede utført.');
  await scope.tx.update(tasks).set({ status: 'done', note, closedAt: scope.now, closedBy: scope.actor.userId }).where(eq(tasks.id, taskId));
}
