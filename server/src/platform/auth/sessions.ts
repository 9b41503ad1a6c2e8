// Server-side sessions: the cookie holds a random token, the database holds its sha256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { withSystemContext, withTenant } from '../db/tenant-context.js';
import { sessions, unitMemberships, users } from '../db/schema.js';

export const sessionCookie = 'helhet_session';
export const sessionHours = 8;
export const defaultSessionIdleMinutes = 30;
// The idle window slides on use, but the last-seen time is written at most this often.
const lastSeenPrecisionMs = 60_000;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** `hours` shortens the session, e.g. for a person who logged in with a one-time code. */
export async function createSession(db: Db, user: { id: string; tenantId: string }, provider: string, now: Date, hours: number = sessionHours): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await withTenant(db, user.tenantId, async (tx) => {
    await tx.delete(sessions).where(lt(sessions.expiresAt, now));
    await tx.insert(sessions).values({ tokenHash: hashToken(token), tenantId: user.tenantId, userId: user.id, csrfToken, provider, expiresAt, createdAt: now, lastSeenAt: now });
  });
  return { token, csrfToken, expiresAt };
}

/** The live session for the token, or null. A session past its absolute end or unused for
 * `idleMinutes` is deleted; a used one has its last-seen time moved forward. */
export async function findSession(db: Db, token: string, now: Date, idleMinutes: number = defaultSessionIdleMinutes) {
  // The token names no tenant until it is found: one short system-context transaction.
  return withSystemContext(db, 'session', async (tx) => {
    const tokenHash = hashToken(token);
    const [row] = await tx
      .select({
        csrfToken: sessions.csrfToken,
        expiresAt: sessions.expiresAt,
        lastSeenAt: sessions.lastSeenAt,
        user: users,
        // The user's active unit memberships in the same round trip: every request needs them.
        unitIds: sql<string[]>`array(select m.unit_id from ${unitMemberships} m where m.user_id = ${users.id} and m.valid_from <= ${now} and (m.valid_to is null or m.valid_to > ${now}))`,
      })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), eq(users.active, true)));
    if (!row) return null;
    const unusedMs = now.getTime() - row.lastSeenAt.getTime();
    if (row.expiresAt <= now || unusedMs >= idleMinutes * 60_000) {
      await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      return null;
    }
    if (unusedMs >= lastSeenPrecisionMs) await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    return row;
  });
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await withSystemContext(db, 'session', (tx) => tx.delete(sessions).where(eq(sessions.tokenHash, hashToken(token))));
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
