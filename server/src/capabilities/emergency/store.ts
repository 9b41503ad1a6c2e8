// Break-the-glass: on-call staff open a person's emergency view with a stated reason; every
// opening is logged and lands on a leader's review list.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { emergencyAccesses, partners, persons, serviceRelations, teamMembers, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { relationBasis } from '../../platform/access/policy.js';
import { HelhetError } from '../../platform/errors.js';
import { emergencyExtras } from '../crisis-plans/index.js';

export async function openEmergencyAccess(scope: AccessScope, personId: string, reason: string, hours: number): Promise<void> {
  scope.requireRole('emergency.open', personId);
  const [person] = await scope.tx.select({ id: persons.id }).from(persons).where(and(eq(persons.id, personId), eq(persons.tenantId, scope.actor.tenantId)));
  if (!person) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  await scope.tx.insert(emergencyAccesses).values({
    tenantId: scope.actor.tenantId,
    personId,
    userId: scope.actor.userId,
    reason,
    openedAt: scope.now,
    expiresAt: new Date(scope.now.getTime() + hours * 3600_000),
  });
  scope.recordEmergency(personId, 'emergency.open', reason);
}

/**
 * On call, a nurse must find the person before breaking the glass: an exact national id gives the
 * identity only (no record), and the look-up is logged.
 */
export async function lookupForEmergency(scope: AccessScope, nationalId: string) {
  scope.requireRole('emergency.open');
  const [row] = await scope.tx
    .select({ personId: persons.id, givenName: persons.givenName, familyName: persons.familyName, birthDate: persons.birthDate })
    .from(persons)
    .where(and(eq(persons.tenantId, scope.actor.tenantId), eq(persons.nationalId, nationalId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ingen person med dette fødselsnummeret.');
  scope.recordWrite(row.personId, 'emergency.lookup', 'on-call-lookup');
  return row;
}

export async function readEmergencyView(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  const relation = await scope.requirePerson(personId, 'emergency.read', 'emergency');
  const [row] = await scope.tx
    .select({ person: persons, office: partners.name, officePhone: partners.phone })
    .from(persons)
    .leftJoin(partners, eq(partners.id, persons.gpPartnerId))
    .where(and(eq(persons.id, personId), eq(persons.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const team = await scope.tx
      .select({ displayName: users.displayName, teamRole: teamMembers.teamRole, phone: users.phone })
      .from(teamMembers)
      .innerJoin(users, eq(users.id, teamMembers.userId))
      .where(and(eq(teamMembers.personId, personId), activeAt(teamMembers.validFrom, teamMembers.validTo, scope.now)))
      .orderBy(asc(users.displayName));
  const serving = await scope.tx
      .select({ unitName: units.name })
      .from(serviceRelations)
      .innerJoin(units, eq(units.id, serviceRelations.unitId))
      .where(and(eq(serviceRelations.personId, personId), activeAt(serviceRelations.validFrom, serviceRelations.validTo, scope.now)))
      .orderBy(asc(units.name));
  const grant =
    relation.kind === 'emergency'
      ? await scope.tx.select({ expiresAt: emergencyAccesses.expiresAt }).from(emergencyAccesses).where(eq(emergencyAccesses.id, relation.accessId))
      : [];
  const p = row.person;
  return {
    person: {
      id: p.id,
      givenName: p.givenName,
      familyName: p.familyName,
      birthDate: p.birthDate,
      nationalId: p.nationalId,
      phone: p.phone,
      address: p.address,
      postalCode: p.postalCode,
      postalPlace: p.postalPlace,
      preferredLanguage: p.preferredLanguage,
      interpreterNeeded: p.interpreterNeeded,
      reservations: p.reservations,
    },
    gp: { name: p.gpName, office: row.office, phone: row.officePhone },
    team,
    units: serving,
    access: {
      basis: relationBasis(relation),
      emergencyAccessId: relation.kind === 'emergency' ? relation.accessId : null,
      expiresAt: grant[0]?.expiresAt ?? null,
    },
    ...(await emergencyExtras(scope, personId, relation)),
  };
}

/**
 * The leader's review list. A unit leader reviews accesses made by staff of their own units; a
 * quality adviser reviews all of the municipality's.
 */
export async function listEmergencyAccesses(scope: AccessScope, status: 'unreviewed' | 'all') {
  scope.requireRole('emergency.review');
  const reviewer = alias(users, 'reviewer');
  const opener = alias(users, 'opener');
  const seesAll = scope.actor.roles.includes('quality-adviser');
  const ownStaff = scope.tx
    .select({ userId: unitMemberships.userId })
    .from(unitMemberships)
    .where(and(inArray(unitMemberships.unitId, scope.actor.unitIds), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)));
  const rows = await scope.tx
    .select({
      id: emergencyAccesses.id,
      personId: emergencyAccesses.personId,
      personName: sql<string>`${persons.givenName} || ' ' || ${persons.familyName}`,
      userName: opener.displayName,
      reason: emergencyAccesses.reason,
      openedAt: emergencyAccesses.openedAt,
      expiresAt: emergencyAccesses.expiresAt,
      reviewedByName: reviewer.displayName,
      reviewedAt: emergencyAccesses.reviewedAt,
      reviewComment: emergencyAccesses.reviewComment,
    })
    .from(emergencyAccesses)
    .innerJoin(persons, eq(persons.id, emergencyAccesses.personId))
    .innerJoin(opener, eq(opener.id, emergencyAccesses.userId))
    .leftJoin(reviewer, eq(reviewer.id, emergencyAccesses.reviewedBy))
    .where(
      and(
        eq(emergencyAccesses.tenantId, scope.actor.tenantId),
        status === 'unreviewed' ? isNull(emergencyAccesses.reviewedAt) : undefined,
        seesAll ? undefined : inArray(emergencyAccesses.userId, ownStaff),
      ),
    )
    .orderBy(desc(emergencyAccesses.openedAt))
    .limit(500);
  for (const row of rows) scope.recordWrite(row.personId, 'emergency.review-list', 'review-duty');
  return rows;
}

export async function reviewEmergencyAccess(scope: AccessScope, accessId: string, comment: string): Promise<void> {
  const visible = await listEmergencyAccesses(scope, 'all');
  const target = visible.find((a) => a.id === accessId);
  if (!target) throw new HelhetError('NOT_FOUND', 'Fant ingen nødtilgang med denne id-en som du kan gå gjennom.');
  if (target.reviewedAt) throw new HelhetError('CONFLICT', 'Nødtilgangen er allerede gjennomgått.');
  await scope.tx.update(emergencyAccesses).set({ reviewedBy: scope.actor.userId, reviewedAt: scope.now, reviewComment: comment }).where(eq(emergencyAccesses.id, accessId));
  scope.recordWrite(target.personId, 'emergency.review', 'review-duty');
}
