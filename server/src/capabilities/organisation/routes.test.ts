import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { TestClient } from '../../test/http-client.js';

for (const database of testDatabases()) {
  describe(`${database.name}: organisation administration`, () => {
    let app: RunningApp;
    let admin: TestClient;
    beforeAll(async () => {
      app = await startTestApp(database);
      admin = await app.as('anne.admin');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('builds a unit tree and refuses a cycle', async () => {
      const parent = await admin.post('/api/units', { name: 'Rus og psykiatri Nord', kind: 'virksomhet' });
      expect(parent.status).toBe(201);
      const child = await admin.post('/api/units', { name: 'Oppfølgingsteam Nord', kind: 'team', parentId: parent.body.id, serviceArea: 'psykisk-helse-rus' });
      expect(child.status).toBe(201);
      const cycle = await admin.patch(`/api/units/${parent.body.id}`, { parentId: child.body.id });
      expect(cycle.status).toBe(422);
      expect(cycle.body.errors[0]).toEqual({ path: 'body/parentId', detail: 'Ville gitt en sirkel i organisasjonskartet' });
      const listed = await admin.get('/api/units');
      expect(listed.body.items.find((u: { id: string }) => u.id === child.body.id)).toMatchObject({ parentId: parent.body.id, kind: 'team', memberCount: 0 });
    });

    it('refuses a duplicate unit name and an unknown parent', async () => {
      expect((await admin.post('/api/units', { name: 'Tildelingskontoret', kind: 'avdeling' })).body).toMatchObject({ status: 409, code: 'CONFLICT' });
      expect((await admin.post('/api/units', { name: 'Ny enhet', kind: 'team', parentId: '00000000-0000-4000-8000-000000000000' })).body.code).toBe('UNPROCESSABLE');
    });

    it('creates staff with roles and units, who can then log in and see the unit persons', async () => {
      const units = (await admin.get('/api/units')).body.items as { id: string; name: string }[];
      const tildeling = units.find((u) => u.name === 'Tildelingskontoret')!.id;
      const created = await admin.post('/api/staff', { username: 'Mari.Ny', displayName: 'Mari Ny', roles: ['caseworker'], password: 'et-sterkt-passord-2026', unitIds: [tildeling] });
      expect(created.status).toBe(201);
      const mari = new TestClient(app.baseUrl);
      expect((await mari.login('mari.ny', 'et-sterkt-passord-2026')).status).toBe(200);
      expect((await mari.get('/api/persons?q=testesen')).body.items).toHaveLength(1);
      // Ending the membership ends the access.
      const staff = (await admin.get('/api/staff')).body.items as { id: string; username: string; memberships: { id: string }[] }[];
      const row = staff.find((s) => s.username === 'mari.ny')!;
      expect((await admin.post(`/api/staff/${row.id}/memberships/${row.memberships[0]!.id}/end`)).status).toBe(204);
      expect((await mari.get('/api/persons?q=testesen')).body.items).toEqual([]);
      expect((await admin.post(`/api/staff/${row.id}/memberships`, { unitId: tildeling })).status).toBe(201);
      expect((await admin.post(`/api/staff/${row.id}/memberships`, { unitId: tildeling })).body.code).toBe('CONFLICT');
    });

    it('refuses a short password, an unknown role and a taken username', async () => {
      const short = await admin.post('/api/staff', { username: 'kort.passord', displayName: 'Kort Passord', roles: ['caseworker'], password: 'kort' });
      expect(short.body.errors[0]).toEqual({ path: 'body/password', detail: 'Passordet må ha minst 12 tegn' });
      expect((await admin.post('/api/staff', { username: 'rolle.feil', displayName: 'Rolle Feil', roles: ['superuser'], password: 'et-sterkt-passord-2026' })).status).toBe(400);
      expect((await admin.post('/api/staff', { username: 'kari.saksbehandler', displayName: 'Kari To', roles: ['caseworker'], password: 'et-sterkt-passord-2026' })).body.code).toBe('CONFLICT');
    });

    it('deactivates a user, which ends their sessions', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const staff = (await admin.get('/api/staff')).body.items as { id: string; username: string }[];
      const olaRow = staff.find((s) => s.username === 'ola.tjenesteyter')!;
      expect((await admin.patch(`/api/staff/${olaRow.id}`, { active: false })).status).toBe(204);
      expect((await ola.get('/api/units')).body.code).toBe('NOT_AUTHENTICATED');
      expect((await admin.patch(`/api/staff/${olaRow.id}`, { active: true })).status).toBe(204);
    });

    it('registers partners', async () => {
      const created = await admin.post('/api/partners', { name: 'Nordbyen legekontor', kind: 'fastlegekontor', phone: '33000999' });
      expect(created.status).toBe(201);
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.get('/api/partners')).body.items.map((p: { name: string }) => p.name)).toContain('Nordbyen legekontor');
    });
  });
}
