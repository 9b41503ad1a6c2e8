// Units, external partners, staff and their unit memberships. This is organisation data, not
// personal data about brukere, so it is role-gated; changes to roles and unit memberships widen or
// narrow access, so they go through `scope.grant` (logged and put on the leaders' review list).
import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { partners, tenants, unitMemberships, units, users } from '../../platform/db/schema.js';
import { activeAt } from '../../platform/db/periods.js';
import type { AccessScope } from '../../platform/access/scope.js';
import type { StaffRole } from '../../platform/access/policy.js';
import { hashPassword } from '../../platform/auth/local-provider.js';
import { HelhetError } from '../../platform/errors.js';
import type { z } from 'zod';
import type * as s from './schemas.js';
import { wouldCreateCycle } from './rules.js';
import { noticeUnitChange } from '../agreements/index.js';
import { firstContactRuleText } from '../../platform/calendar/index.js';

export async function listUnits(scope: AccessScope) {
  scope.requireRole('org.read');
  const members = scope.tx
    .select({ unitId: unitMemberships.unitId, n: count().as('n') })
    .from(unitMemberships)
    .where(activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now))
    .groupBy(unitMemberships.unitId)
    .as('members');
  const rows = await scope.tx
    .select({ id: units.id, parentId: units.parentId, name: units.name, kind: units.kind, serviceArea: units.serviceArea, active: units.active, memberCount: members.n })
    .from(units)
    .leftJoin(members, eq(members.unitId, units.id))
    .where(eq(units.tenantId, scope.actor.tenantId))
    .orderBy(asc(units.name));
  return rows.map((r) => ({ ...r, memberCount: Number(r.memberCount ?? 0) }));
}

async function requireUnit(scope: AccessScope, unitId: string, path: string): Promise<void> {
  const [row] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.id, unitId), eq(units.tenantId, scope.actor.tenantId)));
  if (!row) throw new HelhetError('UNPROCESSABLE', 'Enheten finnes ikke.', [{ path, detail: 'Ukjent enhet' }]);
}

function uniqueViolation(error: unknown): boolean {
  const code = (error as { code?: string; cause?: { code?: string } }).code ?? (error as { cause?: { code?: string } }).cause?.code;
  return code === '23505';
}

export async function createUnit(scope: AccessScope, input: z.infer<typeof s.createUnitBody>): Promise<string> {
  scope.requireRole('org.admin');
  if (input.parentId) await requireUnit(scope, input.parentId, 'body/parentId');
  const [existing] = await scope.tx.select({ id: units.id }).from(units).where(and(eq(units.tenantId, scope.actor.tenantId), eq(units.name, input.name)));
  if (existing) throw new HelhetError('CONFLICT', `Det finnes allerede en enhet som heter «${input.name}».`, [{ path: 'body/name', detail: 'Navnet er i bruk' }]);
  const [row] = await scope.tx.insert(units).values({ tenantId: scope.actor.tenantId, name: input.name, kind: input.kind, parentId: input.parentId ?? null, serviceArea: input.serviceArea ?? null }).returning({ id: units.id });
  return row!.id;
}

export async function updateUnit(scope: AccessScope, unitId: string, input: z.infer<typeof s.updateUnitBody>): Promise<void> {
  scope.requireRole('org.admin');
  await requireUnit(scope, unitId, 'params/unitId');
  const [before] = await scope.tx.select({ id: units.id, name: units.name, parentId: units.parentId, active: units.active }).from(units).where(eq(units.id, unitId));
  if (input.parentId) {
    await requireUnit(scope, input.parentId, 'body/parentId');
    const all = await scope.tx.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.tenantId, scope.actor.tenantId));
    if (wouldCreateCycle(all, unitId, input.parentId)) {
      throw new HelhetError('UNPROCESSABLE', 'En enhet kan ikke ligge under seg selv eller en av sine underenheter.', [{ path: 'body/parentId', detail: 'Ville gitt en sirkel i organisasjonskartet' }]);
    }
  }
  try {
    await scope.tx.update(units).set(input).where(eq(units.id, unitId));
    // A closed, moved or renamed unit that is a party to an agreement or in the responsibility matrix: notify the parties.
    await noticeUnitChange(scope, before!, input);
  } catch (error) {
    if (uniqueViolation(error)) throw new HelhetError('CONFLICT', 'Det finnes allerede en enhet med dette navnet.', [{ path: 'body/name', detail: 'Navnet er i bruk' }]);
    throw error;
  }
}

export async function listPartners(scope: AccessScope) {
  scope.requireRole('org.read');
  return scope.tx.select({ id: partners.id, name: partners.name, kind: partners.kind, phone: partners.phone, address: partners.address }).from(partners).where(eq(partners.tenantId, scope.actor.tenantId)).orderBy(asc(partners.name));
}

export async function createPartner(scope: AccessScope, input: z.infer<typeof s.createPartnerBody>): Promise<string> {
  scope.requireRole('org.admin');
  const [existing] = await scope.tx.select({ id: partners.id }).from(partners).where(and(eq(partners.tenantId, scope.actor.tenantId), eq(partners.name, input.name)));
  if (existing) throw new HelhetError('CONFLICT', `Det finnes allerede en samarbeidspartner som heter «${input.name}».`, [{ path: 'body/name', detail: 'Navnet er i bruk' }]);
  const [row] = await scope.tx.insert(partners).values({ tenantId: scope.actor.tenantId, name: input.name, kind: input.kind, phone: input.phone ?? null, address: input.address ?? null }).returning({ id: partners.id });
  return row!.id;
}

export async function listStaff(scope: AccessScope, query: z.infer<typeof s.staffQuery>) {
  scope.requireRole('org.read');
  const staff = await scope.tx
    .select({ id: users.id, username: users.username, displayName: users.displayName, title: users.title, phone: users.phone, roles: users.roles, active: users.active, lockedUntil: users.lockedUntil })
    .from(users)
    .where(and(eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff'), query.includeInactive ? undefined : eq(users.active, true)))
    .orderBy(asc(users.displayName));
  const ids = staff.map((u) => u.id);
  const memberships = ids.length
    ? await scope.tx
        .select({ id: unitMemberships.id, userId: unitMemberships.userId, unitId: units.id, unitName: units.name, validFrom: unitMemberships.validFrom, validTo: unitMemberships.validTo })
        .from(unitMemberships)
        .innerJoin(units, eq(units.id, unitMemberships.unitId))
        .where(and(inArray(unitMemberships.userId, ids), activeAt(unitMemberships.validFrom, unitMemberships.validTo, scope.now)))
    : [];
  const isAdmin = scope.actor.roles.includes('admin');
  const collator = new Intl.Collator('nb');
  return staff
    .map((u) => ({
      ...u,
      roles: u.roles as StaffRole[],
      lockedUntil: isAdmin ? u.lockedUntil : null,
      memberships: memberships.filter((m) => m.userId === u.id).map(({ userId: _u, ...m }) => m),
    }))
    .filter((u) => !query.unitId || u.memberships.some((m) => m.unitId === query.unitId))
    .sort((a, b) => collator.compare(a.displayName, b.displayName));
}

export async function createStaff(scope: AccessScope, input: z.infer<typeof s.createStaffBody>): Promise<string> {
  scope.requireRole('org.admin');
  const [taken] = await scope.tx.select({ id: users.id }).from(users).where(eq(users.username, input.username));
  if (taken) throw new HelhetError('CONFLICT', `Brukernavnet «${input.username}» er allerede i bruk.`, [{ path: 'body/username', detail: 'Brukernavnet er i bruk' }]);
  for (const unitId of input.unitIds) await requireUnit(scope, unitId, 'body/unitIds');
  const [row] = await scope.tx
    .insert(users)
    .values({ tenantId: scope.actor.tenantId, username: input.username, displayName: input.displayName, title: input.title ?? null, phone: input.phone ?? null, kind: 'staff', roles: [], passwordHash: await hashPassword(input.password) })
    .returning({ id: users.id });
  const userId = row!.id;
  // Memberships first, so the role grant reaches the review list of those units' leaders.
  for (const unitId of new Set(input.unitIds)) await scope.grant({ kind: 'membership-add', userId, unitId });
  await scope.grant({ kind: 'roles', userId, roles: input.roles });
  return userId;
}

async function requireStaff(scope: AccessScope, staffId: string): Promise<void> {
  const [row] = await scope.tx.select({ id: users.id }).from(users).where(and(eq(users.id, staffId), eq(users.tenantId, scope.actor.tenantId), eq(users.kind, 'staff')));
  if (!row) throw new HelhetError('NOT_FOUND', 'Fant ingen ansatt med denne id-en.');
}

export async function updateStaff(scope: AccessScope, staffId: string, input: z.infer<typeof s.updateStaffBody>): Promise<void> {
  scope.requireRole('org.admin');
  await requireStaff(scope, staffId);
  const { unlock, roles, active, ...fields } = input;
  if (roles) await scope.grant({ kind: 'roles', userId: staffId, roles });
  if (active !== undefined) await scope.grant({ kind: 'account', userId: staffId, active });
  const changes = { ...fields, ...(unlock ? { failedLogins: 0, lockedUntil: null } : {}) };
  if (Object.keys(changes).length) await scope.tx.update(users).set(changes).where(eq(users.id, staffId));
}

export async function addMembership(scope: AccessScope, staffId: string, unitId: string): Promise<string> {
  return (await scope.grant({ kind: 'membership-add', userId: staffId, unitId }))!;
}

export async function endMembership(scope: AccessScope, staffId: string, membershipId: string): Promise<void> {
  await scope.grant({ kind: 'membership-end', userId: staffId, membershipId });
}

export async function readMunicipality(scope: AccessScope): Promise<z.infer<typeof s.municipality>> {
  scope.requireRole('org.read');
  const [row] = await scope.tx.select({ name: tenants.name, municipalityNumber: tenants.municipalityNumber, writtenLanguage: tenants.writtenLanguage, firstContactWorkingDays: tenants.firstContactWorkingDays }).from(tenants).where(eq(tenants.id, scope.actor.tenantId));
  return { ...row!, firstContactRule: firstContactRuleText(row!.firstContactWorkingDays) };
}

export async function updateMunicipality(scope: AccessScope, input: z.infer<typeof s.updateMunicipalityBody>): Promise<void> {
  scope.requireRole('org.admin');
  await scope.tx.update(tenants).set(input).where(eq(tenants.id, scope.actor.tenantId));
}
