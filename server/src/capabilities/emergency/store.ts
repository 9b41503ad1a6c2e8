// Break-the-glass: on-call staff open a person's emergency view with a stated reason; every
// opening is logged and lands on a leader's review list.
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { emergencyAccesses, partners, persons, serviceRelations, teamMembers, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { relationBasis } from '../../platform/access/policy.js';
import { HelhetError } from '../../platform/errors.js';
import { queryRows } from '../../platform/db/database.js';
import { emergencyExtrasFrom, emergencyExtrasSql, type EmergencyExtrasRow } from '../crisis-plans/index.js';
import { emergencyContact, emergencyContactSql } from '../relatives/index.js';

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
  await scope.grant({ kind: 'exists-check', personId: row.personId, via: 'emergency-lookup', entitledBasis: 'on-call-lookup' });
  return row;
}

interface EmergencyViewRow extends EmergencyExtrasRow {
  person: { id: string; givenName: string; familyName: string; birthDate: string; nationalId: string; phone: string | null; address: string | null; postalCode: string | null; postalPlace: string | null; preferredLanguage: string; interpreterNeeded: boolean; reservations: string[] };
  gp: { name: string | null; office: string | null; phone: string | null };
  team: { displayName: string; teamRole: string; phone: string | null }[];
  units: { unitName: string }[];
  grantExpiresAt: string | null;
  relatives: Parameters<typeof emergencyContact>[0];
}

/**
 * The on-call view. After the role and relation checks (logged), everything it shows is read in ONE
 * statement: the person and GP office, active team and serving units, the grant's expiry, and the
 * crisis-plan, risk, coordinator and relatives parts their capabilities contribute as JSON.
 */
export async function readEmergencyView(scope: AccessScope, personId: string) {
  scope.requireRole('person.read', personId);
  const relation = await scope.requirePerson(personId, 'emergency.read', 'emergency');
  const { now } = scope;
  const accessId = relation.kind === 'emergency' ? relation.accessId : null;
  const [found] = await queryRows<{ view: EmergencyViewRow }>(scope.tx, sql`
    select json_build_object(
      'person', json_build_object('id', ${persons.id}, 'givenName', ${persons.givenName}, 'familyName', ${persons.familyName}, 'birthDate', ${persons.birthDate},
        'nationalId', ${persons.nationalId}, 'phone', ${persons.phone}, 'address', ${persons.address}, 'postalCode', ${persons.postalCode}, 'postalPlace', ${persons.postalPlace},
        'preferredLanguage', ${persons.preferredLanguage}, 'interpreterNeeded', ${persons.interpreterNeeded}, 'reservations', ${persons.reservations}),
      'gp', json_build_object('name', ${persons.gpName}, 'office', ${partners.name}, 'phone', ${partners.phone}),
      'team', coalesce((select json_agg(json_build_object('displayName', ${users.displayName}, 'teamRole', ${teamMembers.teamRole}, 'phone', ${users.phone}) order by ${users.displayName})
        from ${teamMembers} join ${users} on ${users.id} = ${teamMembers.userId}
        where ${teamMembers.personId} = ${persons.id} and ${activeAt(teamMembers.validFrom, teamMembers.validTo, now)}), '[]'::json),
      'units', coalesce((select json_agg(json_build_object('unitName', ${units.name}) order by ${units.name})
        from ${serviceRelations} join ${units} on ${units.id} = ${serviceRelations.unitId}
        where ${serviceRelations.personId} = ${persons.id} and ${activeAt(serviceRelations.validFrom, serviceRelations.validTo, now)}), '[]'::json),
      'grantExpiresAt', ${accessId ? sql`(select ${emergencyAccesses.expiresAt} from ${emergencyAccesses} where ${emergencyAccesses.id} = ${accessId})` : sql`null`},
      'relatives', ${emergencyContactSql(persons.id)},
      ${emergencyExtrasSql(persons.id, scope)}
    ) as view
    from ${persons} left join ${partners} on ${partners.id} = ${persons.gpPartnerId}
    where ${persons.id} = ${personId} and ${persons.tenantId} = ${scope.actor.tenantId}`);
  if (!found) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const row = found.view;
  const extras = emergencyExtrasFrom(scope, personId, relation, row);
  // A registered relative the person consented to as crisis contact, else the first-contact answer.
  const consentedRelative = emergencyContact(row.relatives);
  return {
    person: row.person,
    gp: row.gp,
    team: row.team,
    units: row.units,
    access: {
      basis: relationBasis(relation),
      emergencyAccessId: accessId,
      expiresAt: row.grantExpiresAt ? new Date(row.grantExpiresAt) : null,
    },
    ...extras,
    ...(consentedRelative ? { closestRelative: consentedRelative } : {}),
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
