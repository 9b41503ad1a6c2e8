import argon2 from 'argon2';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, testPassword, type RunningApp } from '../../test/test-app.js';
import { sessions, users } from '../db/schema.js';
import { lockoutMinutes, loginFailedDetail, maxFailedLogins } from './local-provider.js';

let clock = new Date('2026-03-10T10:00:00Z');
const minutesPass = (n: number): void => {
  clock = new Date(clock.getTime() + n * 60_000);
};

for (const database of testDatabases()) {
  describe(`${database.name}: login and sessions`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
    });
    afterAll(async () => {
      await app?.close();
    });
    afterEach(() => {
      vi.restoreAllMocks();
    });

    const userRow = async (username: string) => (await app.database.db.select().from(users).where(eq(users.username, username)))[0]!;
    const sessionsOf = async (username: string) => app.database.db.select().from(sessions).where(eq(sessions.userId, app.seed.userIds[username]!));
    const wrongLogin = (username: string) => app.anonymous().login(username, 'feil-passord-123');

    it('sets an httpOnly SameSite=Strict session cookie and returns a CSRF token', async () => {
      const client = app.anonymous();
      const answer = await client.login('kari.saksbehandler', testPassword);
      expect(answer.status).toBe(200);
      const cookie = answer.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/helhet_session=/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(answer.body.csrfToken).toHaveLength(43);
      expect(answer.body.user).toMatchObject({ username: 'kari.saksbehandler', roles: ['caseworker'], kind: 'staff' });
      expect((await client.get('/api/auth/me')).status).toBe(200);
    });

    it('answers a wrong password and an unknown user with the same body', async () => {
      const wrong = await wrongLogin('ola.tjenesteyter');
      const unknown = await wrongLogin('finnes.ikke');
      expect(wrong.status).toBe(401);
      expect(wrong.body).toEqual({ type: 'https://helhet.example/problems/login-failed', title: 'Innlogging feilet', status: 401, code: 'LOGIN_FAILED', detail: loginFailedDetail });
      expect(unknown.status).toBe(401);
      expect(unknown.body).toEqual(wrong.body);
    });

    it(`locks the account after ${maxFailedLogins} failures; locked answers like an unknown user, even to the right password`, async () => {
      for (let i = 0; i < maxFailedLogins; i++) expect((await wrongLogin('nora.nav')).status).toBe(401);
      expect((await userRow('nora.nav')).lockedUntil).toEqual(new Date(clock.getTime() + lockoutMinutes * 60_000));
      const right = await app.anonymous().login('nora.nav', testPassword);
      const unknown = await app.anonymous().login('finnes.ikke', testPassword);
      expect(right.status).toBe(401);
      expect(right.body).toEqual(unknown.body);
      // An administrator can unlock it.
      const admin = await app.as('anne.admin');
      const staff = await admin.get('/api/staff');
      const nora = staff.body.items.find((s: { username: string }) => s.username === 'nora.nav');
      expect(nora.lockedUntil).not.toBeNull();
      expect((await admin.patch(`/api/staff/${nora.id}`, { unlock: true })).status).toBe(204);
      expect((await app.anonymous().login('nora.nav', testPassword)).status).toBe(200);
    });

    it('checks the password at most the allowed number of times when 60 wrong logins arrive at once', async () => {
      const { passwordHash } = await userRow('siri.koordinator');
      const verify = vi.spyOn(argon2, 'verify');
      const answers = await Promise.all(Array.from({ length: 60 }, () => wrongLogin('siri.koordinator')));
      const realChecks = verify.mock.calls.filter(([hash]) => hash === passwordHash).length;
      expect(realChecks).toBeLessThanOrEqual(maxFailedLogins);
      // Every refusal still runs one argon2 verification, so timing does not tell them apart.
      expect(verify).toHaveBeenCalledTimes(60);
      expect(answers.map((a) => a.status)).toEqual(Array(60).fill(401));
      expect(new Set(answers.map((a) => JSON.stringify(a.body))).size).toBe(1);
      const row = await userRow('siri.koordinator');
      expect(row.lockedUntil!.getTime()).toBeGreaterThan(clock.getTime());
      expect(row.failedLogins).toBe(maxFailedLogins + 1);
      verify.mockClear();
      expect((await app.anonymous().login('siri.koordinator', testPassword)).body).toEqual(answers[0]!.body);
      expect(verify.mock.calls.filter(([hash]) => hash === passwordHash)).toHaveLength(0);
      expect(verify).toHaveBeenCalledTimes(1);
    });

    it('counts from 1 again after a lockout has expired, and a successful login resets the count', async () => {
      for (let i = 0; i < maxFailedLogins; i++) await wrongLogin('kjell.ke');
      expect((await app.anonymous().login('kjell.ke', testPassword)).status).toBe(401);
      minutesPass(lockoutMinutes + 1);
      // One wrong attempt after the lockout must not lock the account again.
      expect((await wrongLogin('kjell.ke')).status).toBe(401);
      expect(await userRow('kjell.ke')).toMatchObject({ failedLogins: 1, lockedUntil: null });
      expect((await app.anonymous().login('kjell.ke', testPassword)).status).toBe(200);
      expect(await userRow('kjell.ke')).toMatchObject({ failedLogins: 0, lockedUntil: null });
      // After a success, a full new series is needed to lock.
      for (let i = 0; i < maxFailedLogins - 1; i++) await wrongLogin('kjell.ke');
      expect((await app.anonymous().login('kjell.ke', testPassword)).status).toBe(200);
    });

    it('refuses and deletes a session unused for longer than the idle timeout; use slides the window', async () => {
      const client = await app.as('lena.leder');
      const [session] = await sessionsOf('lena.leder');
      const loggedInAt = session!.lastSeenAt.getTime();
      expect(loggedInAt).toBe(clock.getTime());
      // Within a minute of the last write, a request does not write the last-seen time again.
      clock = new Date(clock.getTime() + 30_000);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      expect((await sessionsOf('lena.leder'))[0]!.lastSeenAt.getTime()).toBe(loggedInAt);
      minutesPass(29);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      expect((await sessionsOf('lena.leder'))[0]!.lastSeenAt).toEqual(clock);
      // 58 minutes after login, but only 29 since last use.
      minutesPass(29);
      expect((await client.get('/api/auth/me')).status).toBe(200);
      minutesPass(31);
      const idle = await client.get('/api/auth/me');
      expect(idle.status).toBe(401);
      expect(idle.body.code).toBe('NOT_AUTHENTICATED');
      expect(await sessionsOf('lena.leder')).toHaveLength(0);
    });

    it('refuses a session past its absolute end even when it is used all the time', async () => {
      const client = await app.as('henrik.hjemmeleder');
      for (let i = 0; i < 23; i++) {
        minutesPass(20);
        expect((await client.get('/api/auth/me')).status).toBe(200);
      }
      minutesPass(21); // 8 hours and 1 minute after login
      expect((await client.get('/api/auth/me')).status).toBe(401);
      expect(await sessionsOf('henrik.hjemmeleder')).toHaveLength(0);
    });

    it('ends the session on logout', async () => {
      const client = await app.as('ola.tjenesteyter');
      expect((await client.post('/api/auth/logout')).status).toBe(204);
      expect((await client.get('/api/auth/me')).body.code).toBe('NOT_AUTHENTICATED');
    });

    it('rejects unknown fields in the login body', async () => {
      const answer = await app.anonymous().request('POST', '/api/auth/login', { username: 'x', password: 'y', remember: true });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('VALIDATION_FAILED');
    });
  });
}
