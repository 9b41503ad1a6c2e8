// Role and unit-membership changes: never to oneself, never removing the last admin, always in the
// access log and on the review list of the leaders concerned.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, testPassword, type RunningApp } from '../../test/test-app.js';

type SecurityRow = { action: string; outcome: string; basis: string; actor_name: string; details: Record<string, unknown> | null };

async function securityLog(app: RunningApp, targetUserId: string): Promise<SecurityRow[]> {
  return queryRows<SecurityRow>(
    app.database.db,
    sql`select action, outcome, basis, actor_name, details from access_log where action like 'security.%' and details->>'targetUserId' = ${targetUserId} order by id`,
  );
}

for (const database of testDatabases()) {
  describe(`${database.name}: granting roles and unit memberships`, () => {
    let app: RunningApp;
    let units: Record<string, string>;
    beforeAll(async () => {
      app = await startTestApp(database);
      const rows = await queryRows<{ id: string; name: string }>(app.database.db, sql`select id, name from units`);
      units = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses an administrator a role or a unit membership for themselves, and logs the attempt', async () => {
      const admin = await app.as('anne.admin');
      const anne = app.seed.userIds['anne.admin']!;
      const role = await admin.patch(`/api/staff/${anne}`, { roles: ['admin', 'service-provider'] });
      expect(role.body).toMatchObject({ status: 403, code: 'SELF_GRANT', detail: 'Du kan ikke gi deg selv roller eller medlemskap i enheter. En annen administrator må gjøre endringen.' });
      const membership = await admin.post(`/api/staff/${anne}/memberships`, { unitId: units['Psykisk helse og rus'] });
      expect(membership.body).toMatchObject({ status: 403, code: 'SELF_GRANT' });
      const staff = (await admin.get('/api/staff')).body.items as { id: string; roles: string[]; memberships: unknown[] }[];
      expect(staff.find((s) => s.id === anne)).toMatchObject({ roles: ['admin'], memberships: [] });
      expect(await securityLog(app, anne)).toEqual([
        { action: 'security.role-grant', outcome: 'refused', basis: 'self-grant', actor_name: 'Anne Administrator', details: { targetUserId: anne, roles: 'service-provider' } },
        { action: 'security.membership-add', outcome: 'refused', basis: 'self-grant', actor_name: 'Anne Administrator', details: { targetUserId: anne, unitId: units['Psykisk helse og rus'] } },
      ]);
    });

    it('refuses to remove or deactivate the last active administrator', async () => {
      const admin = await app.as('anne.admin');
      const anne = app.seed.userIds['anne.admin']!;
      expect((await admin.patch(`/api/staff/${anne}`, { active: false })).body).toMatchObject({ status: 409, code: 'LAST_ADMIN' });
      expect((await admin.patch(`/api/staff/${anne}`, { roles: ['admin'] })).status).toBe(204);
      const created = await admin.post('/api/staff', { username: 'tor.admin', displayName: 'Tor Administrator', roles: ['caseworker'], password: testPassword });
      // Tor is not an admin: Anne is still the last one, whoever asks.
      expect((await admin.patch(`/api/staff/${created.body.id}`, { roles: ['admin'] })).status).toBe(204);
      const tor = await app.as('tor.admin');
      expect((await tor.patch(`/api/staff/${anne}`, { roles: ['quality-adviser'] })).status).toBe(204);
      expect((await tor.patch(`/api/staff/${created.body.id}`, { active: false })).body).toMatchObject({ status: 409, code: 'LAST_ADMIN' });
      expect((await tor.patch(`/api/staff/${anne}`, { roles: ['admin'] })).status).toBe(204);
    });

    it('logs role and membership changes and puts them on the review list of the leaders of the units concerned', async () => {
      const admin = await app.as('anne.admin');
      const lena = await app.as('lena.leder');
      const henrik = await app.as('henrik.hjemmeleder');
      const dina = await app.as('dina.direktor');
      const kari = await app.as('kari.saksbehandler');
      const ola = app.seed.userIds['ola.tjenesteyter']!;
      const psykisk = units['Psykisk helse og rus']!;
      expect((await admin.patch(`/api/staff/${ola}`, { roles: ['service-provider', 'coordinator'] })).status).toBe(204);
      const membership = (await admin.get('/api/staff')).body.items.find((s: { id: string }) => s.id === ola).memberships[0];
      expect((await admin.post(`/api/staff/${ola}/memberships/${membership.id}/end`)).status).toBe(204);
      expect((await admin.post(`/api/staff/${ola}/memberships`, { unitId: units['FACT-teamet'] })).status).toBe(201);
      expect(await securityLog(app, ola)).toEqual([
        { action: 'security.role-grant', outcome: 'allowed', basis: 'org.admin', actor_name: 'Anne Administrator', details: { targetUserId: ola, roles: 'coordinator' } },
        { action: 'security.membership-end', outcome: 'allowed', basis: 'org.admin', actor_name: 'Anne Administrator', details: { targetUserId: ola, unitId: psykisk } },
        { action: 'security.membership-add', outcome: 'allowed', basis: 'org.admin', actor_name: 'Anne Administrator', details: { targetUserId: ola, unitId: units['FACT-teamet'] } },
      ]);

      // Lena leads Psykisk helse og rus: she sees the role grant and the ended membership, not the FACT membership.
      const forLena = (await lena.get('/api/access-reviews')).body.items as { id: string; kind: string; targetUserName: string; unitNames: string[]; roles: string[] | null }[];
      expect(forLena.filter((i) => i.targetUserName === 'Ola Tjenesteyter').map(({ kind, unitNames, roles }) => ({ kind, unitNames, roles }))).toEqual([
        { kind: 'membership-end', unitNames: ['Psykisk helse og rus'], roles: null },
        { kind: 'role-grant', unitNames: ['Psykisk helse og rus'], roles: ['coordinator'] },
      ]);
      expect((await henrik.get('/api/access-reviews')).body.items).toEqual([]);
      expect((await dina.get('/api/access-reviews')).body.items.filter((i: { targetUserName: string }) => i.targetUserName === 'Ola Tjenesteyter')).toHaveLength(3);
      expect((await kari.get('/api/access-reviews')).body.code).toBe('ROLE_REQUIRED');

      const grant = forLena.find((i) => i.kind === 'role-grant')!;
      expect((await henrik.post(`/api/access-reviews/${grant.id}/review`, { comment: 'Ser greit ut' })).status).toBe(404);
      expect((await lena.post(`/api/access-reviews/${grant.id}/review`, { comment: 'Ola skal være koordinator i FACT.' })).status).toBe(204);
      expect((await lena.post(`/api/access-reviews/${grant.id}/review`, { comment: 'igjen' })).body.code).toBe('CONFLICT');
      expect((await lena.get('/api/access-reviews')).body.items.map((i: { id: string }) => i.id)).not.toContain(grant.id);
      const all = (await lena.get('/api/access-reviews?status=all')).body.items.find((i: { id: string }) => i.id === grant.id);
      expect(all).toMatchObject({ reviewedByName: 'Lena Leder', reviewComment: 'Ola skal være koordinator i FACT.', reviewedAt: expect.any(String) });
    });

    it('does not let a leader review a change that concerns themselves', async () => {
      const admin = await app.as('anne.admin');
      const lenaId = app.seed.userIds['lena.leder']!;
      expect((await admin.post(`/api/staff/${lenaId}/memberships`, { unitId: units['Hjemmesykepleien'] })).status).toBe(201);
      const lena = await app.as('lena.leder');
      const own = (await lena.get('/api/access-reviews')).body.items.find((i: { targetUserName: string }) => i.targetUserName === 'Lena Leder');
      expect(own).toMatchObject({ kind: 'membership-add', unitNames: ['Hjemmesykepleien'], ownChange: true });
      expect((await lena.post(`/api/access-reviews/${own.id}/review`, { comment: 'Min egen' })).body).toMatchObject({ status: 403, code: 'OUTSIDE_RESPONSIBILITY' });
      const henrik = await app.as('henrik.hjemmeleder');
      expect((await henrik.post(`/api/access-reviews/${own.id}/review`, { comment: 'Avtalt vikariat.' })).status).toBe(204);
    });
  });
}
