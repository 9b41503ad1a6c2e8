// Granting and withdrawing access: roles, unit memberships, service relations, team memberships,
// and learning that a person exists from a national id. Reached only through `AccessScope.grant`,
// so every change is role-checked, checked against the actor's relation and ownership, written to
// the access log, put on a leader's review list where it needs one, and signalled as a person change,
// all in the request's transaction. See docs/access-model.md, «Granting access».
import { and, arrayContains, eq, isNull, ne } from 'drizzle-orm';
import { accessReviews, persons, serviceRelations, teamMembers, unitMemberships, units, users, type AccessReviewKind } from '../db/schema.js';
import { activeAt } from '../db/periods.js';
import { HelhetError } from '../errors.js';
import { appendToAccessLog, type LogEntry } from '../access-log/log.js';
import type { Tx } from '../db/database.js';
import { mayEndServiceRelation, mayEndTeamMembership, relationBasis, roleDiff, staffRoles, type StaffRole } from './policy.js';
import { activeUnitIds, loadRelations, type AccessScope } from './scope.js';

/** What entitles a unit to a new service relation without a leader's review. */
export type RelationBasisKind = 'registration' | 'henvendelse' | 'vedtak' | 'ke-message';

export type AccessChange =
  /** Sets a staff user's roles; added and removed roles are logged and reviewed separately. */
  | { kind: 'roles'; userId: string; roles: StaffRole[] }
  /** Deactivating withdraws every role at once; reactivating gives them back. */
  | { kind: 'account'; userId: string; active: boolean }
  | { kind: 'membership-add'; userId: string; unitId: string }
  | { kind: 'membership-end'; userId: string; membershipId: string }
  /** `basis` is what the caller found for the person in the unit; without one, `reason` is required. */
  | { kind: 'relation-open'; personId: string; unitId: string; basis: RelationBasisKind | null; reason: string | null; action: string }
  | { kind: 'relation-end'; personId: string; relationId: string }
  | { kind: 'team-add'; personId: string; userId: string; teamRole: string }
  | { kind: 'team-end'; personId: string; memberId: string; coordinatorUserId: string | null }
  /**
   * A team membership that comes with another record — a staff participant in the individual plan, NAV's
   * fixed contact person, an appointed coordinator — and ends with it. Entitled by the record's own action.
   * Gives the new member's id, or null when the user was already on the team (nothing to end later).
   */
  | { kind: 'team-link'; personId: string; userId: string; teamRole: string; via: TeamLink }
  | { kind: 'team-unlink'; personId: string; memberId: string; via: TeamLink }
  /** A look-up by national id found this person; `entitledBasis` when the role itself allows it (on call). */
  | { kind: 'exists-check'; personId: string; via: 'registration' | 'emergency-lookup' | 'import'; entitledBasis?: string };

/** The records that bring a team membership with them, and the action that entitles the change. */
export const teamLinks = {
  // A staff participant joins the team (team.write); the person's consent withdrawal, recorded by whoever writes the plan, ends it.
  'plan-participant': { link: 'team.write', unlink: 'plan.write' },
  'nav-contact': { link: 'nav.write', unlink: 'nav.write' },
  coordinator: { link: 'ke.manage', unlink: 'ke.manage' },
} as const;
export type TeamLink = keyof typeof teamLinks;

export interface GrantLog {
  allowed(personId: string | null, action: string, basis: string, details: LogEntry['details'], reason?: string | null): void;
  refused(personId: string | null, action: string, basis: string, details: LogEntry['details']): void;
}

/** @internal called by AccessScope.grant only */
export async function applyAccessChange(scope: AccessScope, change: AccessChange, log: GrantLog): Promise<string | null> {
  switch (change.kind) {
    case 'roles':
      return setRoles(scope, change.userId, change.roles, log);
    case 'account':
      return setActive(scope, change.userId, change.active, log);
    case 'membership-add':
      return addMembership(scope, change.userId, change.unitId, log);
    case 'membership-end':
      return endMembership(scope, change.userId, change.membershipId, log);
    case 'relation-open':
      return openRelation(scope, change, log);
    case 'relation-end':
      return endRelation(scope, change.personId, change.relationId, log);
    case 'team-add':
      return addTeamMember(scope, change.personId, change.userId, change.teamRole);
    case 'team-end':
      return endTeamMember(scope, change, log);
    case 'team-link':
      return linkTeamMember(scope, change, log);
    case 'team-unlink':
      return unlinkTeamMember(scope, change, log);
    case 'exists-check':
      return existsCheck(scope, change, log);
  }
}

const rolesText = (roles: readonly string[]): string => roles.join(',');

async function loadStaff(scope: AccessScope, userId: string): Promise<{ roles: StaffRole[]; active: boolean }> {
  const [row] = await scope.tx.select({ roles: users.roles, active: users.active }).from(users).where(and(eq(users.id, userId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff')));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ingen ansatt med denne id-en.');
  return { roles: row.roles.filter((r): r is StaffRole => (staffRoles as readonly string[]).includes(r)), active: row.active };
}

function refuseSelf(scope: AccessScope, userId: string, action: string, details: LogEntry['details'], log: GrantLog): void {
  if (userId !== scope.actor.userId) return;
  log.refused(null, action, 'self-grant', details);
  throw new HelhetError('SELF_GRANT', 'Du kan ikke gi deg selv roller eller medlemskap i enheter. En annen administrator må gjøre endringen.');
}

async function requireAnotherAdmin(scope: AccessScope, userId: string, action: string, details: LogEntry['details'], log: GrantLog): Promise<void> {
  const [other] = await scope.tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true), ne(users.id, userId), arrayContains(users.roles, ['admin'])))
    .limit(1);
  if (other) return;
  log.refused(null, action, 'last-admin', details);
  throw new HelhetError('LAST_ADMIN', 'Dette er den siste aktive administratoren. Gi en annen ansatt administratorrollen først.');
}

async function review(scope: AccessScope, entry: { kind: AccessReviewKind; unitIds: string[]; targetUserId?: string; personId?: string; roles?: string[]; reason?: string | null }): Promise<void> {
  await scope.tx.insert(accessReviews).values({
    tenantId: scope.actor.tenantId,
    kind: entry.kind,
    actorId: scope.actor.userId,
    targetUserId: entry.targetUserId ?? null,
    personId: entry.personId ?? null,
    unitIds: entry.unitIds,
    roles: entry.roles ?? null,
    reason: entry.reason ?? null,
    occurredAt: scope.now,
  });
}

async function logRoleChange(scope: AccessScope, userId: string, added: StaffRole[], removed: StaffRole[], log: GrantLog, account?: 'deactivated' | 'reactivated'): Promise<void> {
  const unitIds = await activeUnitIds(scope.tx, userId, scope.now);
  const extra: Record<string, string> = account ? { account } : {};
  if (added.length) {
    log.allowed(null, 'security.role-grant', 'org.admin', { targetUserId: userId, roles: rolesText(added), ...extra });
    await review(scope, { kind: 'role-grant', targetUserId: userId, unitIds, roles: added });
  }
  if (removed.length) {
    log.allowed(null, 'security.role-revoke', 'org.admin', { targetUserId: userId, roles: rolesText(removed), ...extra });
    await review(scope, { kind: 'role-revoke', targetUserId: userId, unitIds, roles: removed });
  }
}

async function setRoles(scope: AccessScope, userId: string, roles: StaffRole[], log: GrantLog): Promise<null> {
  scope.requireRole('org.admin');
  const current = await loadStaff(scope, userId);
  const { added, removed } = roleDiff(current.roles, [...new Set(roles)]);
  if (added.length) refuseSelf(scope, userId, 'security.role-grant', { targetUserId: userId, roles: rolesText(added) }, log);
  if (removed.includes('admin') && current.active) await requireAnotherAdmin(scope, userId, 'security.role-revoke', { targetUserId: userId, roles: rolesText(removed) }, log);
  if (!added.length && !removed.length) return null;
  await scope.tx.update(users).set({ roles: [...new Set(roles)] }).where(eq(users.id, userId));
  await logRoleChange(scope, userId, added, removed, log);
  return null;
}

async function setActive(scope: AccessScope, userId: string, active: boolean, log: GrantLog): Promise<null> {
  scope.requireRole('org.admin');
  const current = await loadStaff(scope, userId);
  if (current.active === active) return null;
  const details = { targetUserId: userId, roles: rolesText(current.roles), account: active ? 'reactivated' : 'deactivated' };
  if (active) refuseSelf(scope, userId, 'security.role-grant', details, log);
  else if (current.roles.includes('admin')) await requireAnotherAdmin(scope, userId, 'security.role-revoke', details, log);
  await scope.tx.update(users).set({ active }).where(eq(users.id, userId));
  await logRoleChange(scope, userId, active ? current.roles : [], active ? [] : current.roles, log, active ? 'reactivated' : 'deactivated');
  return null;
}

async function addMembership(scope: AccessScope, userId: string, unitId: string, log: GrantLog): Promise<string> {
  scope.requireRole('org.admin');
  refuseSelf(scope, userId, 'security.membership-add', { targetUserId: userId, unitId }, log);
  await loadStaff(scope, userId);
  const [unit] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!unit) throw new HelhetError('UNPROCESSABLE', 'Enheten finnes ikke.', [{ path: 'body/unitId', detail: 'Ukjent enhet' }]);
  const [active] = await scope.tx
    .select({ id: unitMemberships.id })
    .from(unitMemberships)
    .where(and(eq(unitMemberships.userId, userId), eq(unitMemberships.unitId, unitId), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)));
  if (active) throw new HelhetError('CONFLICT', 'Den ansatte er allerede medlem av enheten.');
  const [row] = await scope.tx.insert(unitMemberships).values({ tenantId: scope.actor.tenantId, userId, unitId, validFrom: scope.now }).returning({ id: unitMemberships.id });
  log.allowed(null, 'security.membership-add', 'org.admin', { targetUserId: userId, unitId });
  await review(scope, { kind: 'membership-add', targetUserId: userId, unitIds: [unitId] });
  return row!.id;
}

async function endMembership(scope: AccessScope, userId: string, membershipId: string, log: GrantLog): Promise<null> {
  scope.requireRole('org.admin');
  const ended = await scope.tx
    .update(unitMemberships)
    .set({ validTo: scope.now })
    .where(and(eq(unitMemberships.id, membershipId), eq(unitMemberships.userId, userId), eq(unitMemberships.tenantId, scope.actor.tenantId), isNull(unitMemberships.validTo)))
    .returning({ unitId: unitMemberships.unitId });
  if (!ended[0]) throw new HelhetError('NOT_FOUND', 'Fant ikke et aktivt medlemskap med denne id-en.');
  log.allowed(null, 'security.membership-end', 'org.admin', { targetUserId: userId, unitId: ended[0].unitId });
  await review(scope, { kind: 'membership-end', targetUserId: userId, unitIds: [ended[0].unitId] });
  return null;
}

const basisReason: Record<RelationBasisKind, string> = {
  registration: 'Registrert av enheten',
  henvendelse: 'Henvendelse mottatt',
  vedtak: 'Vedtak i enheten',
  'ke-message': 'Melding til koordinerende enhet',
};

async function openRelation(scope: AccessScope, change: Extract<AccessChange, { kind: 'relation-open' }>, log: GrantLog): Promise<string> {
  const { personId, unitId, basis } = change;
  scope.requireRole('relation.open', personId);
  // A message to KE opens the KE unit's case: the sender is not a KE member, but must have a relation.
  if (basis === 'ke-message') await scope.requirePerson(personId, change.action, 'full', { unitId });
  else if (!scope.actor.unitIds.includes(unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Du kan bare åpne sak for en enhet du er medlem av.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  }
  const reason = change.reason?.trim() || null;
  if (!basis && !reason) {
    log.refused(personId, change.action, 'no-basis', { unitId });
    throw new HelhetError(
      'RELATION_REASON_REQUIRED',
      'Enheten har ingen henvendelse, henvisning eller vedtak for personen. Skriv hvorfor enheten trenger tilgang; åpningen går til leders gjennomgang.',
      [{ path: 'body/reason', detail: 'Skriv en begrunnelse' }],
    );
  }
  const [person] = await scope.tx.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), eq(persons.tenantId, scope.actor.tenantId)));
  if (!person) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const [created] = await scope.tx
    .insert(serviceRelations)
    .values({ tenantId: scope.actor.tenantId, personId, unitId, reason: reason ?? basisReason[basis!], createdBy: scope.actor.userId, validFrom: scope.now })
    .returning({ id: serviceRelations.id });
  log.allowed(personId, change.action, 'new-case', { unitId, basis: basis ?? 'none' }, basis ? null : reason);
  if (!basis) await review(scope, { kind: 'relation-without-basis', personId, unitIds: [unitId], reason });
  await scope.personChanged(personId);
  return created!.id;
}

async function endRelation(scope: AccessScope, personId: string, relationId: string, log: GrantLog): Promise<null> {
  scope.requireRole('relation.open', personId);
  await scope.requirePerson(personId, 'relation.end', 'full', { relationId });
  const [relation] = await scope.tx
    .select({ unitId: serviceRelations.unitId })
    .from(serviceRelations)
    .where(and(eq(serviceRelations.id, relationId), eq(serviceRelations.personId, personId), isNull(serviceRelations.validTo)));
  if (!relation) throw new HelhetError('NOT_FOUND', 'Fant ingen aktiv sak med denne id-en for personen.');
  if (!mayEndServiceRelation(scope.actor, relation.unitId)) {
    log.refused(personId, 'relation.end', 'not-own-unit', { relationId, unitId: relation.unitId });
    throw new HelhetError('OUTSIDE_RESPONSIBILITY', 'Du kan bare avslutte saker og tjenester i en enhet du er medlem av.');
  }
  await scope.tx.update(serviceRelations).set({ validTo: scope.now }).where(eq(serviceRelations.id, relationId));
  await scope.personChanged(personId);
  return null;
}

async function addTeamMember(scope: AccessScope, personId: string, userId: string, teamRole: string): Promise<string> {
  scope.requireRole('team.write', personId);
  await scope.requirePerson(personId, 'team.add', 'full', { userId, teamRole });
  const [user] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!user) throw new HelhetError('UNPROCESSABLE', 'Brukeren finnes ikke eller er ikke aktiv.', [{ path: 'body/userId', detail: 'Ukjent ansatt' }]);
  const [created] = await scope.tx
    .insert(teamMembers)
    .values({ tenantId: scope.actor.tenantId, personId, userId, teamRole, createdBy: scope.actor.userId, validFrom: scope.now })
    .returning({ id: teamMembers.id });
  await scope.personChanged(personId);
  return created!.id;
}

async function endTeamMember(scope: AccessScope, change: Extract<AccessChange, { kind: 'team-end' }>, log: GrantLog): Promise<null> {
  const { personId, memberId } = change;
  scope.requireRole('team.write', personId);
  await scope.requirePerson(personId, 'team.end', 'full', { memberId });
  const [member] = await scope.tx
    .select({ userId: teamMembers.userId, createdBy: teamMembers.createdBy })
    .from(teamMembers)
    .where(and(eq(teamMembers.id, memberId), eq(teamMembers.personId, personId), isNull(teamMembers.validTo)));
  if (!member) throw new HelhetError('NOT_FOUND', 'Fant ikke et aktivt teammedlem med denne id-en.');
  const memberUnitIds = await activeUnitIds(scope.tx, member.userId, scope.now);
  if (!mayEndTeamMembership(scope.actor, { ...member, memberUnitIds, coordinatorUserId: change.coordinatorUserId })) {
    log.refused(personId, 'team.end', 'not-responsible', { memberId });
    throw new HelhetError(
      'OUTSIDE_RESPONSIBILITY',
      'Du kan bare avslutte et teammedlemskap du har ansvar for: ditt eget, et du har lagt til, som personens koordinator, eller som leder for en enhet medlemmet hører til.',
    );
  }
  await scope.tx.update(teamMembers).set({ validTo: scope.now }).where(eq(teamMembers.id, memberId));
  await scope.personChanged(personId);
  return null;
}

async function linkTeamMember(scope: AccessScope, change: Extract<AccessChange, { kind: 'team-link' }>, log: GrantLog): Promise<string | null> {
  const { personId, userId, teamRole, via } = change;
  scope.requireRole(teamLinks[via].link, personId);
  await scope.requirePerson(personId, 'team.add', 'full', { userId, teamRole, via });
  const [user] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), eq(users.active, true)));
  if (!user) throw new HelhetError('UNPROCESSABLE', 'Brukeren finnes ikke eller er ikke aktiv.', [{ path: 'body/userId', detail: 'Ukjent ansatt' }]);
  const [member] = await scope.tx.select({ id: teamMembers.id }).from(teamMembers).where(and(eq(teamMembers.personId, personId), eq(teamMembers.userId, userId), activeAt(teamMembers.validFrom, teamMembers.validTo, scope.now)));
  if (member) return null;
  const [created] = await scope.tx.insert(teamMembers).values({ tenantId: scope.actor.tenantId, personId, userId, teamRole, createdBy: scope.actor.userId, validFrom: scope.now }).returning({ id: teamMembers.id });
  log.allowed(personId, 'team.member-added', via, { userId, teamRole, memberId: created!.id });
  await scope.personChanged(personId);
  return created!.id;
}

async function unlinkTeamMember(scope: AccessScope, change: Extract<AccessChange, { kind: 'team-unlink' }>, log: GrantLog): Promise<null> {
  const { personId, memberId, via } = change;
  scope.requireRole(teamLinks[via].unlink, personId);
  const ended = await scope.tx
    .update(teamMembers)
    .set({ validTo: scope.now })
    .where(and(eq(teamMembers.id, memberId), eq(teamMembers.personId, personId), eq(teamMembers.tenantId, scope.actor.tenantId), isNull(teamMembers.validTo)))
    .returning({ userId: teamMembers.userId });
  if (ended[0]) {
    log.allowed(personId, 'team.member-ended', via, { userId: ended[0].userId, memberId });
    await scope.personChanged(personId);
  }
  return null;
}

async function existsCheck(scope: AccessScope, change: Extract<AccessChange, { kind: 'exists-check' }>, log: GrantLog): Promise<null> {
  const details = { via: change.via };
  if (change.entitledBasis) {
    log.allowed(change.personId, 'person.exists-check', change.entitledBasis, details);
    return null;
  }
  const relations = await loadRelations(scope.tx, scope.actor, change.personId, scope.now);
  const relation = relations.find((r) => r.kind === 'team' || r.kind === 'unit');
  if (relation) log.allowed(change.personId, 'person.exists-check', relationBasis(relation), details);
  // The answer tells the caller the person exists although they have no relation: logged as refused.
  else log.refused(change.personId, 'person.exists-check', 'no-relation', details);
  return null;
}


/**
 * An operator created a staff user from the command line, where there is no logged-in user and no
 * scope: the roles and the unit membership are still written to the security log and put on the
 * leaders' review list, with the operator named as the one who made the change.
 */
export async function recordOperatorGrant(tx: Tx, change: { tenantId: string; userId: string; roles: readonly StaffRole[]; unitId: string | null; operator: string; now: Date }): Promise<void> {
  const unitIds = change.unitId ? [change.unitId] : [];
  const entry = (action: string, details: LogEntry['details']): LogEntry => ({ tenantId: change.tenantId, actorId: null, actorName: `Driftskommando (${change.operator})`, personId: null, personIds: null, action, outcome: 'allowed', basis: 'operator', reason: null, origin: 'cli', details, occurredAt: change.now });
  const entries = [entry('security.role-grant', { targetUserId: change.userId, roles: rolesText(change.roles) })];
  if (change.unitId) entries.push(entry('security.membership-add', { targetUserId: change.userId, unitId: change.unitId }));
  await appendToAccessLog(tx, entries);
  await tx.insert(accessReviews).values([
    { tenantId: change.tenantId, kind: 'role-grant' as const, actorId: null, targetUserId: change.userId, unitIds, roles: [...change.roles], occurredAt: change.now },
    ...(change.unitId ? [{ tenantId: change.tenantId, kind: 'membership-add' as const, actorId: null, targetUserId: change.userId, unitIds, occurredAt: change.now }] : []),
  ]);
}
