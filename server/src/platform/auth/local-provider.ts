// Local username + password accounts: argon2id hashes, lockout after repeated failures.
import argon2 from 'argon2';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/database.js';
import { withSystemContext, withTenant } from '../db/tenant-context.js';
import { users } from '../db/schema.js';
import { HelhetError } from '../errors.js';
import type { IdentityProvider, UserRow } from './identity-provider.js';

export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

// A wrong password, an unknown user and a locked account get this one answer, so the answer does
// not reveal which usernames exist or which accounts are locked.
export const loginFailedDetail = `Feil brukernavn eller passord. Etter ${maxFailedLogins} mislykkede forsøk på rad blir kontoen låst i ${lockoutMinutes} minutter.`;

// Unknown users and locked accounts verify against this hash (same parameters as real ones), so the
// answer takes as long as a real password check.
let dummyHash: Promise<string> | undefined;

// The test suite logs in hundreds of times and sets HELHET_ARGON2_PROFILE=test (vitest.config.ts) for
// the cheapest parameters argon2 accepts; everything else gets the library's defaults (argon2id,
// 64 MiB, 3 passes). A hash carries its parameters, so verifying follows whatever made it.
const cost = process.env.HELHET_ARGON2_PROFILE === 'test' ? { memoryCost: 1024, timeCost: 1, parallelism: 1 } : {};

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id, ...cost });
}

export function passwordProblems(password: string): string | null {
  if (password.length < 12) return 'Passordet må ha minst 12 tegn.';
  return null;
}

/**
 * Claims one login attempt in a single statement: the row lock serialises parallel attempts, so
 * each sees the count the previous one left. An expired lockout starts the count again at 1; the
 * attempt that reaches the limit sets the lock before its password is checked, so at most
 * `maxFailedLogins` password checks run before the lock, however many arrive at once. The count
 * stops one past the limit.
 */
async function claimAttempt(db: Tx, username: string, now: Date) {
  const at = sql`${now.toISOString()}::timestamptz`;
  const lockEnd = sql`${new Date(now.getTime() + lockoutMinutes * 60_000).toISOString()}::timestamptz`;
  const expired = sql`(${users.lockedUntil} is not null and ${users.lockedUntil} <= ${at})`;
  const attempt = sql`case when ${expired} then 1 else least(${users.failedLogins} + 1, ${maxFailedLogins + 1}) end`;
  const [row] = await db
    .update(users)
    .set({
      failedLogins: attempt,
      lockedUntil: sql`case
        when ${users.lockedUntil} > ${at} then ${users.lockedUntil}
        when ${attempt} >= ${maxFailedLogins} then ${lockEnd}
        else null end`,
    })
    .where(and(eq(users.username, username), eq(users.active, true), isNotNull(users.passwordHash)))
    .returning();
  return row;
}

async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('not-a-real-password');
  await argon2.verify(await dummyHash, password);
}

export const localProvider: IdentityProvider<{ username: string; password: string }> = {
  name: 'local',
  async authenticate(db, { username, password }, now): Promise<UserRow> {
    const failed = new HelhetError('LOGIN_FAILED', loginFailedDetail);
    // Its own transaction, committed before the password check, so a failed attempt stays counted.
    const user = await withSystemContext(db, 'login', (tx) => claimAttempt(tx, username.toLowerCase(), now));
    if (!user || user.failedLogins > maxFailedLogins) {
      await verifyDummy(password);
      throw failed;
    }
    if (!(await argon2.verify(user.passwordHash!, password))) throw failed;
    await withTenant(db, user.tenantId, (tx) => tx.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id)));
    return { ...user, failedLogins: 0, lockedUntil: null };
  },
};
