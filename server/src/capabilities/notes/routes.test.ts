import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: notes and consents`, () => {
    let app: RunningApp;
    let per: string;
    beforeAll(async () => {
      app = await startTestApp(database);
      per = app.seed.personIds[0]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows a restricted note to its authoring unit only, and counts what is hidden', async () => {
      const siri = await app.as('siri.koordinator'); // FACT-teamet wrote the therapy note
      const own = await siri.get(`/api/persons/${per}/notes`);
      expect(own.body.items.map((n: { title: string }) => n.title)).toContain('Samtale (terapinotat)');
      expect(own.body.hiddenRestrictedCount).toBe(0);
      const kari = await app.as('kari.saksbehandler');
      const other = await kari.get(`/api/persons/${per}/notes`);
      expect(other.body.items.map((n: { title: string }) => n.title)).toEqual(['Henvendelse fra fastlege']);
      expect(other.body.hiddenRestrictedCount).toBe(1);
      expect(JSON.stringify(other.body)).not.toContain('Terapeutisk samtale');
    });

    it('shares restricted notes after consent, and stops sharing when consent is withdrawn', async () => {
      const siri = await app.as('siri.koordinator');
      const kari = await app.as('kari.saksbehandler');
      const units = await siri.get('/api/units');
      const tildeling = units.body.items.find((u: { name: string }) => u.name === 'Tildelingskontoret').id;
      const consent = await siri.post(`/api/persons/${per}/consents`, { scope: 'restricted-notes', toUnitId: tildeling, note: 'Muntlig samtykke i samtale' });
      expect(consent.status).toBe(201);
      expect((await kari.get(`/api/persons/${per}/notes`)).body.hiddenRestrictedCount).toBe(0);
      expect((await siri.post(`/api/persons/${per}/consents/${consent.body.id}/withdraw`)).status).toBe(204);
      expect((await kari.get(`/api/persons/${per}/notes`)).body.hiddenRestrictedCount).toBe(1);
      expect((await siri.post(`/api/persons/${per}/consents/${consent.body.id}/withdraw`)).body.code).toBe('NOT_FOUND');
      const listed = await siri.get(`/api/persons/${per}/consents`);
      expect(listed.body.items.find((c: { id: string }) => c.id === consent.body.id)).toMatchObject({ toUnitName: 'Tildelingskontoret', scope: 'restricted-notes' });
    });

    it('rejects a consent that names both or neither recipient', async () => {
      const siri = await app.as('siri.koordinator');
      const neither = await siri.post(`/api/persons/${per}/consents`, { scope: 'crisis-plan' });
      expect(neither.status).toBe(400);
      expect(neither.body.errors[0].detail).toBe('Velg enten en enhet eller en samarbeidspartner samtykket gjelder');
    });

    it('writes a note from the author unit and refuses an empty note', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const created = await ola.post(`/api/persons/${per}/notes`, { title: 'Hjemmebesøk', body: 'Personen var hjemme, god kontakt.', classification: 'shared' });
      expect(created.status).toBe(201);
      const listed = await ola.get(`/api/persons/${per}/notes`);
      expect(listed.body.items[0]).toMatchObject({ title: 'Hjemmebesøk', authorName: 'Ola Tjenesteyter', authorUnitName: 'Psykisk helse og rus' });
      const empty = await ola.post(`/api/persons/${per}/notes`, { title: 'Tom', body: '   ', classification: 'shared' });
      expect(empty.body.errors[0]).toEqual({ path: 'body/body', detail: 'Notatet kan ikke være tomt' });
    });
  });
}
