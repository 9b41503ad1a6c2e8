// Login goes through an identity provider. Local accounts are the first; an OpenID Connect
// provider (ID-porten, Entra ID, HelseID) adds a second implementation that resolves its verified
// claims to a user row — sessions, CSRF and access stay as they are.
import type { Db } from '../db/database.js';
import type { users } from '../db/schema.js';

export type UserRow = typeof users.$inferSelect;

export interface IdentityProvider<Credentials> {
  readonly name: string;
  /** Returns the authenticated user, or throws a HelhetError (LOGIN_FAILED, also for a locked account). */
  authenticate(db: Db, credentials: Credentials, now: Date): Promise<UserRow>;
}
