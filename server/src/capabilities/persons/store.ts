// Person records, always read and written through the access scope.
import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import { activeAt } from '../../platform/db/periods.js';
import { partners, persons, serviceRelations, teamMembers, units, users } from '../../platform/db/schema.js';
import type { AccessScope } from '../../platform/access/scope.js';
import { relationBasis } from '../../platform/access/policy.js';
import { HelhetError } from '../../platform/errors.js';
import { parseNationalId } from './national-id.js';
import { hasOpenHenvendelse } from '../intake/index.js';
import { hasFinalVedtak } from '../vedtak/index.js';
import { currentCoordinator } from '../coordination/index.js';
import type { z } from 'zod';
import type { createPersonBody, personDetail, updatePersonBody } from './schemas.js';

export function searchName(givenName: string, familyName: string): string {
  return `${givenName} ${familyName}`.toLocaleLowerCase('nb').replace(/\s+/g, ' ').trim();
}

const collator = new Intl.Collator('nb');

export async function searchPersons(scope: AccessScope, q: string, limit: number) {
  scope.requireRole('person.read');
  const { tenantId } = scope.actor;
  const digits = q.replace(/\s/g, '');
  const term = q.toLocaleLowerCase('nb').replace(/\s+/g, ' ');
  const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
  const match = /^\d{11}$/.test(digits)
    ? eq(persons.nationalId, digits)
    : or(like(persons.searchName, `${escaped}%`), like(sql`lower(${persons.familyName})`, `${escaped}%`));
  const rows = await scope.tx
    .select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName, birthDate: persons.birthDate, syntheticId: persons.syntheticId })
    .from(persons)
    .where(and(eq(persons.tenantId, tenantId), match, scope.visiblePersons(persons.id)))
    .orderBy(asc(persons.familyName), asc(persons.givenName))
    .limit(limit);
  rows.sort((a, b) => collator.compare(a.familyName, b.familyName) || collator.compare(a.givenName, b.givenName));
  scope.recordListed(rows.map((r) => r.id), 'person.search');
  return rows;
}

export async function readPerson(scope: AccessScope, personId: string): Promise<z.infer<typeof personDetail>> {
  scope.requireRole('person.read', personId);
  const relation = await scope.requirePerson(personId, 'person.read');
  const { tenantId } = scope.actor;
  const now = scope.now;
  // The person, the GP office, the serving units and the team in one statement (one round trip).
  const at = sql`${now.toISOString()}::timestamptz`;
  const unitList = sql<{ relationId: string; unitId: string; unitName: string; reason: string; validFrom: string }[]>`coalesce((
      select json_agg(json_build_object('relationId', r.id, 'unitId', u.id, 'unitName', u.name, 'reason', r.reason, 'validFrom', r.valid_from) order by u.name)
      from ${serviceRelations} r join ${units} u on u.id = r.unit_id
      where r.person_id = ${persons.id} and r.valid_from <= ${at} and (r.valid_to is null or r.valid_to > ${at})), '[]'::json)`;
  const teamList = sql<{ memberId: string; userId: string; displayName: string; teamRole: string; validFrom: string }[]>`coalesce((
      select json_agg(json_build_object('memberId', m.id, 'userId', a.id, 'displayName', a.display_name, 'teamRole', m.team_role, 'validFrom', m.valid_from) order by a.display_name)
      from ${teamMembers} m join ${users} a on a.id = m.user_id
      where m.person_id = ${persons.id} and m.valid_from <= ${at} and (m.valid_to is null or m.valid_to > ${at})), '[]'::json)`;
  const [row] = await scope.tx
    .select({ person: persons, gpPartnerName: partners.name, gpPartnerPhone: partners.phone, unitList, teamList })
    .from(persons)
    .leftJoin(partners, eq(partners.id, persons.gpPartnerId))
    .where(and(eq(persons.tenantId, tenantId), eq(persons.id, personId)));
  if (!row) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const unitRows = row.unitList.map((u) => ({ ...u, validFrom: new Date(u.validFrom) }));
  const teamRows = row.teamList.map((m) => ({ ...m, validFrom: new Date(m.validFrom) }));
  const p = row.person;
  return {
    id: p.id,
    givenName: p.givenName,
    familyName: p.familyName,
    birthDate: p.birthDate,
    syntheticId: p.syntheticId,
    nationalId: p.nationalId,
    nationalIdKind: p.nationalIdKind,
    phone: p.phone,
    email: p.email,
    address: p.address,
    postalCode: p.postalCode,
    postalPlace: p.postalPlace,
    gp: { partnerId: p.gpPartnerId, partnerName: row.gpPartnerName, gpName: p.gpName, phone: row.gpPartnerPhone },
    preferredLanguage: p.preferredLanguage,
    writtenLanguage: p.writtenLanguage,
    interpreterNeeded: p.interpreterNeeded,
    reservations: p.reservations,
    hasBankId: p.hasBankId,
    accessBasis: relationBasis(relation),
    units: unitRows,
    team: teamRows,
  };
}

async function requireGp(scope: AccessScope, gpPartnerId: string | null | undefined): Promise<void> {
  if (!gpPartnerId) return;
  const [gp] = await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.id, gpPartnerId), eq(partners.tenantId, scope.actor.tenantId)));
  if (!gp) throw new HelhetError('UNPROCESSABLE', 'Fastlegekontoret finnes ikke.', [{ path: 'body/gpPartnerId', detail: 'Ukjent fastlegekontor' }]);
}

/** Registers a person and gives the registering unit a service relation, so the registrar keeps access. */
export async function createPerson(scope: AccessScope, input: z.infer<typeof createPersonBody>): Promise<string> {
  scope.requireRole('person.create');
  const { tenantId, unitIds } = scope.actor;
  const parsed = parseNationalId(input.nationalId);
  if (!parsed.valid) throw new HelhetError('NATIONAL_ID_INVALID', parsed.reason);
  const unitId = input.unitId ?? unitIds[0];
  if (!unitId || !unitIds.includes(unitId)) {
    throw new HelhetError('UNPROCESSABLE', 'Du må være medlem av enheten som registrerer personen.', [{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
  }
  const [existing] = await scope.tx.select({ id: persons.id }).from(persons).where(and(eq(persons.tenantId, tenantId), eq(persons.nationalId, input.nationalId)));
  if (existing) {
    await scope.grant({ kind: 'exists-check', personId: existing.id, via: 'registration' });
    throw new HelhetError('PERSON_DUPLICATE', 'En person med dette fødselsnummeret er allerede registrert. Åpne en sak for personen i stedet for å registrere på nytt.', undefined, { existingPersonId: existing.id });
  }
  await requireGp(scope, input.gpPartnerId);
  const { unitId: _unit, nationalId, ...fields } = input;
  const [created] = await scope.tx
    .insert(persons)
    .values({ ...fields, tenantId, nationalId, nationalIdKind: parsed.kind, syntheticId: parsed.synthetic, birthDate: parsed.birthDate, searchName: searchName(input.givenName, input.familyName) })
    .returning({ id: persons.id });
  const personId = created!.id;
  scope.recordWrite(personId, 'person.create', 'registration');
  await scope.grant({ kind: 'relation-open', personId, unitId, basis: 'registration', reason: null, action: 'relation.open' });
  return personId;
}

export async function updatePerson(scope: AccessScope, personId: string, input: z.infer<typeof updatePersonBody>): Promise<void> {
  scope.requireRole('person.update', personId);
  await scope.requirePerson(personId, 'person.update', 'full', { fields: Object.keys(input).join(',') });
  await requireGp(scope, input.gpPartnerId);
  const [current] = await scope.tx.select({ givenName: persons.givenName, familyName: persons.familyName }).from(persons).where(eq(persons.id, personId));
  if (!current) throw new HelhetError('NOT_FOUND', 'Personen finnes ikke.');
  const givenName = input.givenName ?? current.givenName;
  const familyName = input.familyName ?? current.familyName;
  await scope.tx.update(persons).set({ ...input, searchName: searchName(givenName, familyName), updatedAt: scope.now }).where(eq(persons.id, personId));
}

/**
 * Opens a case/service relation between one of the actor's units and an existing person. An open
 * henvendelse (also an incoming referral) or a final vedtak in the unit is the basis; without one
 * the reason is required and the opening goes to the unit leader's review list.
 */
export async function openServiceRelation(scope: AccessScope, personId: string, unitId: string, reason: string | null): Promise<string> {
  const basis = (await hasOpenHenvendelse(scope, personId, unitId)) ? 'henvendelse' : (await hasFinalVedtak(scope, personId, unitId)) ? 'vedtak' : null;
  return (await scope.grant({ kind: 'relation-open', personId, unitId, basis, reason, action: 'relation.open' }))!;
}

/** Ends a case; only a member of the relation's own unit may (scope.grant checks). */
export async function endServiceRelation(scope: AccessScope, personId: string, relationId: string): Promise<void> {
  await scope.grant({ kind: 'relation-end', personId, relationId });
}

export async function addTeamMember(scope: AccessScope, personId: string, userId: string, teamRole: string): Promise<string> {
  return (await scope.grant({ kind: 'team-add', personId, userId, teamRole }))!;
}

/** Ends a team membership; only those responsible for it may (scope.grant checks, see policy.ts). */
export async function endTeamMember(scope: AccessScope, personId: string, memberId: string): Promise<void> {
  const coordinator = await currentCoordinator(scope.tx, personId);
  await scope.grant({ kind: 'team-end', personId, memberId, coordinatorUserId: coordinator?.userId ?? null });
}
