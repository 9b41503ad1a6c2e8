import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: access-log views`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows the person who has looked at their data, newest first, without client addresses', async () => {
      const kari = await app.as('kari.saksbehandler');
      await kari.get(`/api/persons/${app.seed.personIds[0]}`);
      const per = await app.as('per.testesen');
      const own = await per.get('/api/me/access-log');
      expect(own.status).toBe(200);
      const kariRead = own.body.items.find((e: { actorName: string; action: string }) => e.actorName === 'Kari Saksbehandler' && e.action === 'person.read');
      expect(kariRead).toMatchObject({ outcome: 'allowed', basis: 'unit:Tildelingskontoret', origin: 'GET /api/persons/:personId' });
      expect(JSON.stringify(own.body)).not.toContain('127.0.0.1');
      // Reading one's own log is itself logged, and seen next time.
      const again = await per.get('/api/me/access-log');
      expect(again.body.items[0]).toMatchObject({ actorName: 'Per Testesen', action: 'access-log.read-own', basis: 'own' });
    });

    it('shows a search hit in the person\'s own log: list reads name every person listed', async () => {
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.get('/api/persons?q=testesen')).body.items).toHaveLength(1);
      const per = await app.as('per.testesen');
      const own = await per.get('/api/me/access-log');
      expect(own.body.items.some((e: { actorName: string; action: string }) => e.actorName === 'Kari Saksbehandler' && e.action === 'person.search')).toBe(true);
      // Another person's log does not show it.
      const siri = await app.as('siri.koordinator');
      const other = await siri.get(`/api/persons/${app.seed.personIds[5]}/access-log`);
      expect(other.body.items.some((e: { action: string }) => e.action === 'person.search')).toBe(false);
    });

    it('never shows a person another person\'s log', async () => {
      const per = await app.as('per.testesen');
      const other = await per.get(`/api/persons/${app.seed.personIds[1]}/access-log`);
      expect(other.status).toBe(403);
    });

    it('lets staff with a relation read a person\'s log (for innsyn), paged by sequence', async () => {
      const siri = await app.as('siri.koordinator');
      const first = await siri.get(`/api/persons/${app.seed.personIds[0]}/access-log?limit=2`);
      expect(first.body.items).toHaveLength(2);
      const next = await siri.get(`/api/persons/${app.seed.personIds[0]}/access-log?limit=2&beforeSeq=${first.body.items[1].seq}`);
      expect(next.body.items[0].seq).toBeLessThan(first.body.items[1].seq);
    });

    it('refuses the own-log view for staff', async () => {
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.get('/api/me/access-log')).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    });
  });
}
