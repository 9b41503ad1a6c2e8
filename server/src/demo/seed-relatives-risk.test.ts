import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { startTestApp, type RunningApp } from '../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: demo data for the whole-person follow-up`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('demo users see relatives, a followed-up child, a risk flag, a discharge waiting and activity offers', async () => {
      const siri = await app.as('siri.koordinator');
      const per = app.seed.personIds[0]!;
      const relatives = (await siri.get(`/api/persons/${per}/relatives`)).body;
      expect(relatives.relatives.map((r: { name: string }) => r.name)).toEqual(['Anne Testesen', 'Ola Testesen']);
      expect(relatives.checks.find((c: { id: string }) => c.id === 'children-followed-up-by-barneansvarlig').status).toBe('not-met');
      const nora = await app.as('nora.nav');
      const risk = (await nora.get(`/api/persons/${per}/risk`)).body;
      expect(risk.flags[0]).toMatchObject({ kind: 'violence', level: 'yellow', ownerName: 'Siri Koordinator' });
      expect(risk.assessments[0].basis).toBeNull();
      const ingrid = (await siri.get(`/api/persons/${app.seed.personIds[5]}/specialist`)).body;
      expect(ingrid.admissions[0]).toMatchObject({ partnerName: 'Fjordvik sykehus', paymentDays: 2 });
      const report = (await nora.get('/api/activity-offers/report')).body;
      expect(report.rows.map((r: { area: string }) => r.area)).toEqual(['Nord', 'Sentrum', 'Sør']);
      expect(report.gaps).toContain('Nord: ingen tilbud uten krav om rusfrihet');
    });
  });
}
