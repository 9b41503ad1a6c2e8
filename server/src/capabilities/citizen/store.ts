// One-time codes: staff with a relation issue one; the person exchanges it for a short session of
// kind 'person', which can read only their own plan and crisis plan and comment on their own goals.
import { createHash, randomInt } from 'node:crypto';
import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { persons, tenants, users } from '../../platform/db/schema.js';
import { letterLanguage, type WrittenLanguage } from '../../platform/i18n/index.js';
import { withAccess, type AccessScope } from '../../platform/access/scope.js';
import type { Actor } from '../../platform/access/policy.js';
import type { Db, Tx } from '../../platform/db/database.js';
import { withSystemContext, withTenant } from '../../platform/db/tenant-context.js';
import { HelhetError } from '../../platform/errors.js';
import { createSession } from '../../platform/auth/sessions.js';
import { accessCodeFailures, accessCodes } from './schema.js';
import { codeAlphabet, codeFromIndices, codeLength, codeSessionMinutes, codeUsable, codeValidMinutes, failureWindowMinutes, formatCode, normaliseCode, rateLimited } from './rules.js';

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const failed = () => new HelhetError('LOGIN_FAILED', 'Koden er ugyldig, allerede brukt eller utløpt. Be om en ny kode.');

export async function issueCode(scope: AccessScope, personId: string) {
  scope.requireRole('access-code.issue', personId);
  await scope.requirePerson(personId, 'access-code.issue');
  const code = codeFromIndices(Array.from({ length: codeLength }, () => randomInt(codeAlphabet.length)));
  const expiresAt = new Date(scope.now.getTime() + codeValidMinutes * 60_000);
  // A new code replaces any earlier unused one.
  await scope.tx.update(accessCodes).set({ expiresAt: scope.now }).where(and(eq(accessCodes.personId, personId), isNull(accessCodes.usedAt), gt(accessCodes.expiresAt, scope.now)));
  await scope.tx.insert(accessCodes).values({ tenantId: scope.actor.tenantId, personId, codeHash: sha256(code), issuedBy: scope.actor.userId, issuedAt: scope.now, expiresAt });
  return { code: formatCode(code), expiresAt, validMinutes: codeValidMinutes };
}

async function recordFailure(db: Db, tenantId: string | null, clientKey: string, codeKey: string, now: Date): Promise<void> {
  // Failures count per client address across municipalities (and before the code's tenant is known).
  await withSystemContext(db, 'citizen-code', async (tx) => {
    await tx.delete(accessCodeFailures).where(lt(accessCodeFailures.failedAt, new Date(now.getTime() - 86400_000)));
    await tx.insert(accessCodeFailures).values({ tenantId, clientKey, codeKey, failedAt: now });
  });
}

async function personUser(db: Tx, tenantId: string, personId: string) {
  const [existing] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.kind, 'person'), eq(users.personId, personId)));
  if (existing) {
    if (!existing.active) throw new HelhetError('LOGIN_FAILED', 'Brukerkontoen er stengt. Kontakt koordinatoren din.');
    return existing;
  }
  const [person] = await db.select({ given: persons.givenName, family: persons.familyName }).from(persons).where(eq(persons.id, personId));
  const [created] = await db.insert(users).values({ tenantId, username: `person-${personId}`, displayName: `${person!.given} ${person!.family}`, kind: 'person', personId }).returning();
  return created!;
}

/**
 * Exchanges a code for a session. Rate-limited per client address and per code (5 failures in 15
 * minutes → 429); single use is enforced by a conditional update; the exchange is logged as the person.
 */
export async function exchangeCode(db: Db, input: { code: string; clientAddress: string; origin: string; now: Date }) {
  const { now } = input;
  const clientKey = sha256(`client:${input.clientAddress}`);
  const code = normaliseCode(input.code);
  const codeKey = sha256(code);
  const since = new Date(now.getTime() - failureWindowMinutes * 60_000);
  const { counts, row } = await withSystemContext(db, 'citizen-code', async (tx) => {
    const [counts] = await tx
      .select({
        byClient: sql<number>`count(*) filter (where ${accessCodeFailures.clientKey} = ${clientKey})::int`,
        byCode: sql<number>`count(*) filter (where ${accessCodeFailures.codeKey} = ${codeKey})::int`,
      })
      .from(accessCodeFailures)
      .where(gt(accessCodeFailures.failedAt, since));
    const [row] = code.length === codeLength ? await tx.select().from(accessCodes).where(eq(accessCodes.codeHash, codeKey)) : [];
    return { counts, row };
  });
  if (rateLimited({ byClient: Number(counts?.byClient ?? 0), byCode: Number(counts?.byCode ?? 0) })) {
    throw new HelhetError('RATE_LIMITED', `For mange mislykkede forsøk. Vent ${failureWindowMinutes} minutter og prøv igjen.`);
  }
  if (!row || !codeUsable(row, now)) {
    await recordFailure(db, row?.tenantId ?? null, clientKey, codeKey, now);
    throw failed();
  }
  const user = await withTenant(db, row.tenantId, (tx) => personUser(tx, row.tenantId, row.personId));
  const actor: Actor = { userId: user.id, tenantId: user.tenantId, kind: 'person', displayName: user.displayName, roles: [], unitIds: [], personId: row.personId };
  try {
    await withAccess(db, { actor, origin: input.origin, now }, async (scope) => {
      const used = await scope.tx.update(accessCodes).set({ usedAt: now, usedFrom: clientKey, userId: user.id }).where(and(eq(accessCodes.id, row.id), isNull(accessCodes.usedAt), gt(accessCodes.expiresAt, now))).returning({ id: accessCodes.id });
      if (!used.length) throw failed();
      await scope.requirePerson(row.personId, 'citizen.code-login', 'full', { codeId: row.id });
    });
  } catch (error) {
    if (error instanceof HelhetError && error.code === 'LOGIN_FAILED') await recordFailure(db, row.tenantId, clientKey, codeKey, now);
    throw error;
  }
  const session = await createSession(db, user, 'one-time-code', now, codeSessionMinutes / 60);
  return { user: { id: user.id, displayName: user.displayName, kind: 'person' as const, personId: row.personId }, session };
}

/** The person's own record id; staff use the person routes instead. */
export function ownPersonId(scope: AccessScope): string {
  const personId = scope.actor.personId;
  if (scope.actor.kind !== 'person' || !personId) throw new HelhetError('ROLE_REQUIRED', 'Denne visningen er for personen selv.');
  return personId;
}

/** The person's own written language form (or the municipality's), for their pages and letters. */
export async function ownWrittenLanguage(scope: AccessScope) {
  const personId = ownPersonId(scope);
  await scope.requirePerson(personId, 'citizen.written-language.read');
  const [row] = await scope.tx.select({ own: persons.writtenLanguage, municipality: tenants.writtenLanguage }).from(persons).innerJoin(tenants, eq(tenants.id, persons.tenantId)).where(eq(persons.id, personId));
  return { writtenLanguage: letterLanguage(row!.own, row!.municipality), own: row!.own, municipality: row!.municipality };
}

/** The person chooses bokmål or nynorsk for themselves; null goes back to the municipality's default. */
export async function chooseWrittenLanguage(scope: AccessScope, writtenLanguage: WrittenLanguage | null): Promise<void> {
  const personId = ownPersonId(scope);
  await scope.requirePerson(personId, 'citizen.written-language.update', 'full', { writtenLanguage });
  await scope.tx.update(persons).set({ writtenLanguage, updatedAt: scope.now }).where(eq(persons.id, personId));
}
