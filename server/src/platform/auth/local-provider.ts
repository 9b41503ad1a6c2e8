// Local username + password accounts: argon2id hashes, lockout after repeated failures.
import argon2 from 'argon2';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { users } from '../db/schema.js';
import { HelhetError } from '../errors.js';
import type { IdentityProvider, UserRow } from './identity-provider.js';

export const maxFailedLogins = 5;
export const lockoutMinutes = 15;

// Verifying against a real hash when the user does not exist keeps the answer time the same, so
// response time does not reveal which usernames exist.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export function passwordProblems(password: string): string | null {
  if (password.length < 12) return 'Passordet må ha minst 12 tegn.';
  return null;
}

export const localProvider: IdentityProvider<{ username: string; password: string }> = {
  name: 'local',
  async authenticate(db, { username, password }, now): Promise<UserRow> {
    const [user] = await db.select().from(users).where(eq(users.username, username.toLowerCase()));
    const failed = new HelhetError('LOGIN_FAILED', 'Feil brukernavn eller passord.');
    if (!user || !user.passwordHash || !user.active) {
      dummyHash ??= hashPassword('not-a-real-password');
      await argon2.verify(await dummyHash, password);
      throw failed;
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      throw new HelhetError('ACCOUNT_LOCKED', `Kontoen er låst etter for mange mislykkede forsøk. Prøv igjen om ${lockoutMinutes} minutter, eller kontakt administrator.`);
    }
    if (!(await argon2.verify(user.passwordHash, password))) {
      const lock = user.failedLogins + 1 >= maxFailedLogins;
      await db
        .update(users)
        .set({
          failedLogins: sql`${users.failedLogins} + 1`,
          lockedUntil: lock ? new Date(now.getTime() + lockoutMinutes * 60_000) : null,
        })
        .where(eq(users.id, user.id));
      if (lock) throw new HelhetError('ACCOUNT_LOCKED', `Kontoen er låst i ${lockoutMinutes} minutter etter ${maxFailedLogins} mislykkede forsøk.`);
      throw failed;
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await db.update(users).set({ failedLogins: 0, lockedUntil: null }).where(eq(users.id, user.id));
    }
    return user;
  },
};
