import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

const clock = new Date('2026-03-10T10:00:00Z');
const restricted = 'Truet nabo med kniv i trappeoppgangen 2. mars';
const count = async (app: RunningApp, table: string, where = sql`true`) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)} where ${where}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: risk assessments raise a flag every related unit sees, without the restricted basis`, () => {
    let app: RunningApp;
    let per: string;
    let siri: TestClient;
    let nora: TestClient;
    let body: Record<string, unknown>;

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      siri = await app.as('siri.koordinator');
      nora = await app.as('nora.nav');
      body = { kind: 'violence', assessedOn: '2026-03-10', level: 'red', method: 'V-RISK-10', basis: restricted, safetyMeasure: 'To ansatte på alle møter; møter på kontoret, ikke hjemme', ownerId: app.seed.userIds['siri.koordinator'], reviewDate: '2026-03-24' };
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses a red level reviewed later than 30 days, a NAV adviser, and unknown fields, storing nothing', async () => {
      const late = await siri.post(`/api/persons/${per}/risk-assessments`, { ...body, reviewDate: '2026-06-01' });
      expect(late.body).toMatchObject({ status: 422, errors: [{ path: 'body/reviewDate', detail: 'Ved rødt nivå skal risikoen vurderes på nytt innen 30 dager' }] });
      expect((await nora.post(`/api/persons/${per}/risk-assessments`, body)).body.code).toBe('ROLE_REQUIRED');
      expect((await siri.post(`/api/persons/${per}/risk-assessments`, { ...body, level: 'purple' })).body.errors).toEqual([{ path: 'body/level', detail: 'Velg nivå: grønn, gul eller rød' }]);
      expect(await count(app, 'risk_assessments')).toBe(0);
      expect(await count(app, 'risk_flags')).toBe(0);
    });

    it('a red assessment raises a flag with owner, review date and safety measure; NAV sees it but not the basis', async () => {
      expect((await siri.post(`/api/persons/${per}/risk-assessments`, body)).status).toBe(201);
      const own = (await siri.get(`/api/persons/${per}/risk`)).body;
      expect(own.assessments[0]).toMatchObject({ level: 'red', basis: restricted, authorUnitName: 'FACT-teamet' });

      const response = await nora.get(`/api/persons/${per}/risk`);
      expect(response.status).toBe(200);
      expect(response.body.flags).toEqual([{ id: expect.any(String), kind: 'violence', label: 'Voldsrisiko', level: 'red', safetyMeasure: body.safetyMeasure, ownerName: 'Siri Koordinator', reviewDate: '2026-03-24', since: expect.any(String) }]);
      expect(response.body.assessments[0]).toMatchObject({ level: 'red', method: 'V-RISK-10', basis: null });
      expect(response.body.hiddenBasisCount).toBe(1);
      expect(JSON.stringify(response.body)).not.toContain('kniv');
      // Nor through the older crisis-plan route.
      expect(JSON.stringify((await nora.get(`/api/persons/${per}/crisis-plan`)).body)).not.toContain('kniv');

      const nurse = await app.as('vakt.hjemmesykepleie');
      const view = (await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Akutt uro på natt, trenger risikoinformasjon' })).body;
      expect(view.riskFlags).toEqual([{ kind: 'violence', label: 'Voldsrisiko', since: expect.any(String), level: 'red', safetyMeasure: body.safetyMeasure }]);
      expect(JSON.stringify(view)).not.toContain('kniv');
    });

    it('a new assessment updates the same flag; green clears it', async () => {
      expect((await siri.post(`/api/persons/${per}/risk-assessments`, { ...body, level: 'yellow', safetyMeasure: 'To ansatte ved hjemmebesøk', reviewDate: '2026-05-01' })).status).toBe(201);
      expect(await count(app, 'risk_flags', sql`cleared_at is null`)).toBe(1);
      expect((await nora.get(`/api/persons/${per}/risk`)).body.flags[0]).toMatchObject({ level: 'yellow', safetyMeasure: 'To ansatte ved hjemmebesøk', reviewDate: '2026-05-01' });
      expect((await siri.post(`/api/persons/${per}/risk-assessments`, { ...body, level: 'green', safetyMeasure: 'Ingen særskilte tiltak', reviewDate: '2026-09-01' })).status).toBe(201);
      const after = (await nora.get(`/api/persons/${per}/risk`)).body;
      expect(after.flags).toEqual([]);
      expect(after.assessments.map((a: { level: string }) => a.level).sort()).toEqual(['green', 'red', 'yellow']);
    });

    it('a flag recorded without an assessment fails the safety-measure check', async () => {
      expect((await siri.post(`/api/persons/${per}/risk-flags`, { kind: 'suicide', note: 'Uttalte selvmordstanker' })).status).toBe(201);
      const checks = (await siri.get(`/api/persons/${per}/risk`)).body.checks;
      expect(checks.find((c: { id: string }) => c.id === 'risk-flag-safety-measure')).toMatchObject({ status: 'not-met', detail: 'Uten strukturert vurdering og sikkerhetstiltak: Selvmordsrisiko.' });
      expect((await siri.get(`/api/persons/${app.seed.personIds[7]}/risk`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });
  });
}
