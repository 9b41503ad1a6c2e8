import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, testPassword, type RunningApp } from '../../test/test-app.js';
import { maxFailedLogins } from './local-provider.js';

for (const database of testDatabases()) {
  describe(`${database.name}: login and sessions`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
    });
    afterAll(async () => {
      await app?.close();
    });

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

    it('answers a wrong password and an unknown user the same way', async () => {
      const wrong = await app.anonymous().login('ola.tjenesteyter', 'feil-passord-123');
      const unknown = await app.anonymous().login('finnes.ikke', 'feil-passord-123');
      expect(wrong.body).toMatchObject({ status: 401, code: 'LOGIN_FAILED', detail: 'Feil brukernavn eller passord.' });
      expect(unknown.body).toMatchObject({ status: 401, code: 'LOGIN_FAILED', detail: 'Feil brukernavn eller passord.' });
    });

    it(`locks the account after ${maxFailedLogins} failures, even for the right password`, async () => {
      for (let i = 0; i < maxFailedLogins - 1; i++) expect((await app.anonymous().login('nora.nav', 'feil-passord-123')).status).toBe(401);
      const locking = await app.anonymous().login('nora.nav', 'feil-passord-123');
      expect(locking.body).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
      const right = await app.anonymous().login('nora.nav', testPassword);
      expect(right.body).toMatchObject({ status: 423, code: 'ACCOUNT_LOCKED' });
      // An administrator can unlock it.
      const admin = await app.as('anne.admin');
      const staff = await admin.get('/api/staff');
      const nora = staff.body.items.find((s: { username: string }) => s.username === 'nora.nav');
      expect(nora.lockedUntil).not.toBeNull();
      expect((await admin.patch(`/api/staff/${nora.id}`, { unlock: true })).status).toBe(204);
      expect((await app.anonymous().login('nora.nav', testPassword)).status).toBe(200);
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
