import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

const clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
const workshop = { name: 'Arbeidstrening på verkstedet', providerKind: 'nav', providerName: 'NAV Fjordvik / Fjordvik Vekst', category: 'work', area: 'Sentrum', times: 'Mandag–torsdag 09–14', sobriety: 'on-site', targetGroups: ['rop', 'all-adults'] };

for (const database of testDatabases()) {
  describe(`${database.name}: activity offers, the gap report and a person's participation`, () => {
    let app: RunningApp;
    let per: string;
    let nora: TestClient;
    let offerId: string;

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      nora = await app.as('nora.nav');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('registers offers in the catalogue, refuses duplicates, bad input and roles without the action', async () => {
      const bad = await nora.post('/api/activity-offers', { ...workshop, targetGroups: [] });
      expect(bad.body.errors).toEqual([{ path: 'body/targetGroups', detail: 'Velg minst én målgruppe' }]);
      expect((await (await app.as('vakt.legevakt')).post('/api/activity-offers', workshop)).body.code).toBe('ROLE_REQUIRED');
      expect(await count(app, 'activity_offers')).toBe(0);
      const created = await nora.post('/api/activity-offers', workshop);
      expect(created.status).toBe(201);
      offerId = created.body.id;
      expect((await nora.post('/api/activity-offers', workshop)).body).toMatchObject({ status: 409, code: 'CONFLICT' });
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post('/api/activity-offers', { name: 'Turgruppe', providerKind: 'voluntary', providerName: 'Røde Kors', category: 'activity', area: 'Nord', times: 'Onsdager 11–13', sobriety: 'required', targetGroups: ['women'] })).status).toBe(201);
    });

    it('reports offers by area and target group, with the gaps', async () => {
      const report = (await (await app.as('lena.leder')).get('/api/activity-offers/report')).body;
      expect(report.rows.map((r: { area: string; total: number }) => [r.area, r.total])).toEqual([['Nord', 1], ['Sentrum', 1]]);
      expect(report.gaps).toEqual(expect.arrayContaining(['Nord: ingen tilbud for ROP-lidelser'.replace('ROP-lidelser', 'rop-lidelser'), 'Nord: ingen tilbud uten krav om rusfrihet', 'Nord: ingen arbeidstilbud']));
      expect(report.gaps.some((g: string) => g.startsWith('Sentrum'))).toBe(false);
      const forWomen = (await nora.get('/api/activity-offers?targetGroup=women')).body.items.map((o: { name: string }) => o.name);
      expect(forWomen).toEqual(['Turgruppe', 'Arbeidstrening på verkstedet']);
    });

    it("records and ends a person's participation; the check follows", async () => {
      let view = (await nora.get(`/api/persons/${per}/activities`)).body;
      expect(view.checks[0]).toMatchObject({ id: 'meaningful-activity', status: 'not-met' });
      expect((await nora.post(`/api/persons/${per}/activities`, { offerId: '00000000-0000-4000-8000-000000000000', startedOn: '2026-03-01' })).body.errors).toEqual([{ path: 'body/offerId', detail: 'Velg et tilbud fra katalogen' }]);
      const joined = await nora.post(`/api/persons/${per}/activities`, { offerId, startedOn: '2026-03-01', note: 'Tre dager i uka til å begynne med' });
      expect(joined.status).toBe(201);
      expect((await nora.post(`/api/persons/${per}/activities`, { offerId, startedOn: '2026-03-02' })).body.code).toBe('CONFLICT');
      expect((await nora.get('/api/activity-offers')).body.items.find((o: { id: string }) => o.id === offerId).participants).toBe(1);
      view = (await nora.get(`/api/persons/${per}/activities`)).body;
      expect(view.items).toEqual([expect.objectContaining({ offerName: 'Arbeidstrening på verkstedet', startedOn: '2026-03-01', endedOn: null })]);
      expect(view.checks[0].status).toBe('met');
      expect((await nora.post(`/api/persons/${per}/activities/${joined.body.id}/end`, { endedOn: '2026-02-01' })).body.errors).toEqual([{ path: 'body/endedOn', detail: 'Sluttdato er før startdato' }]);
      expect((await nora.post(`/api/persons/${per}/activities/${joined.body.id}/end`, { endedOn: '2026-03-09' })).status).toBe(204);
      expect((await nora.get(`/api/persons/${per}/activities`)).body.checks[0].status).toBe('not-met');
      expect((await nora.get(`/api/persons/${app.seed.personIds[7]}/activities`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });
  });
}
