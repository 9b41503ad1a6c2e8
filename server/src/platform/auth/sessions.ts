// Server-side sessions: the cookie holds a random token, the database holds its sha256.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { sessions, unitMemberships, users } from '../db/schema.js';

export const sessionCookie = 'helhet_session';
export const sessionHours = 8;

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** `hours` shortens the session, e.g. for a person who logged in with a one-time code. */
export async function createSession(db: Db, user: { id: string; tenantId: string }, provider: string, now: Date, hours: number = sessionHours): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + hours * 3600_000);
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values({ tokenHash: hashToken(token), tenantId: user.tenantId, userId: user.id, csrfToken, provider, expiresAt, createdAt: now });
  return { token, csrfToken, expiresAt };
}

export async function findSession(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      user: users,
      // The user's active unit memberships in the same round trip: every request needs them.
      unitIds: sql<string[]>`array(select m.unit_id from ${unitMemberships} m where m.user_id = ${users.id} and m.valid_from <= ${now} and (m.valid_to is null or m.valid_to > ${now}))`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)));
  return row ?? null;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
