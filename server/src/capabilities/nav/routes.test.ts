import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: NAV social services`, () => {
    let app: RunningApp;
    let mohammed: string;
    let guidanceId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      mohammed = app.seed.personIds[2]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('records a § 17 request and decides it individually; a refusal needs a reason', async () => {
      const nora = await app.as('nora.nav');
      const created = await nora.post(`/api/persons/${mohammed}/nav/guidance`, { requestedOn: '2026-03-01', topic: 'Hjelp med budsjett og husleie' });
      expect(created.status).toBe(201);
      guidanceId = created.body.id;
      const refused = await nora.post(`/api/nav-guidance/${guidanceId}/decision`, { decision: 'refused', assessment: 'Vurdert ut fra situasjonen', decidedOn: '2026-03-10' });
      expect(refused.body).toMatchObject({ status: 422, errors: [{ path: 'body/reason', detail: 'Et avslag må begrunnes' }] });
      expect((await nora.post(`/api/nav-guidance/${guidanceId}/decision`, { decision: 'granted', assessment: 'kort', decidedOn: '2026-03-10' })).status).toBe(400);
      expect((await nora.post(`/api/nav-guidance/${guidanceId}/decision`, { decision: 'granted', assessment: 'Trenger tett oppfølging med økonomi; ukentlige samtaler', decidedOn: '2026-03-10' })).status).toBe(204);
      expect((await nora.post(`/api/nav-guidance/${guidanceId}/decision`, { decision: 'refused', assessment: 'Trenger tett oppfølging', reason: 'x', decidedOn: '2026-03-10' })).body.code).toBe('CONFLICT');
      const view = (await nora.get(`/api/persons/${mohammed}/nav`)).body;
      expect(view.guidance[0]).toMatchObject({ decision: 'granted', decidedByName: 'Nora NAV-veileder', unitName: 'NAV Fjordvik', overdue: false });
      expect(view.checks.find((c: { id: string }) => c.id === 'nav.guidance-decided-individually')).toMatchObject({ status: 'met', source: { law: 'Sosialtjenesteloven' } });
    });

    it('references financial assistance without amounts', async () => {
      const nora = await app.as('nora.nav');
      const withAmount = await nora.post(`/api/persons/${mohammed}/nav/financial-assistance`, { kind: 'economic-assistance', referencedOn: '2026-03-05', amount: 5000 });
      expect(withAmount.status).toBe(400);
      expect(await count(app, 'nav_financial_assistance')).toBe(0);
      expect((await nora.post(`/api/persons/${mohammed}/nav/financial-assistance`, { kind: 'economic-assistance', referencedOn: '2026-03-05', note: 'Søknad om stønad til strøm' })).status).toBe(201);
      const view = (await nora.get(`/api/persons/${mohammed}/nav`)).body;
      expect(view.financialAssistance).toEqual([expect.objectContaining({ label: 'Økonomisk stønad (§ 18)', contactName: 'Nora NAV-veileder' })]);
      expect(JSON.stringify(view)).not.toMatch(/amount|beløp/i);
    });

    it('makes the NAV adviser the fixed contact person, who joins the team; only NAV advisers qualify', async () => {
      const nora = await app.as('nora.nav');
      let view = (await nora.get(`/api/persons/${mohammed}/nav`)).body;
      expect(view.checks.find((c: { id: string }) => c.id === 'nav.fixed-contact-person').status).toBe('not-met');
      expect((await nora.put(`/api/persons/${mohammed}/nav/contact`, { userId: app.seed.userIds['kari.saksbehandler'] })).body.errors).toEqual([{ path: 'body/userId', detail: 'Kontaktpersonen må være NAV-veileder i en NAV-enhet' }]);
      expect((await nora.put(`/api/persons/${mohammed}/nav/contact`, { userId: app.seed.userIds['nora.nav'] })).status).toBe(204);
      view = (await nora.get(`/api/persons/${mohammed}/nav`)).body;
      expect(view.contact).toMatchObject({ name: 'Nora NAV-veileder', unitName: 'NAV Fjordvik' });
      expect(view.checks.find((c: { id: string }) => c.id === 'nav.fixed-contact-person').status).toBe('met');
      const team = (await nora.get(`/api/persons/${mohammed}`)).body.team;
      expect(team).toEqual(expect.arrayContaining([expect.objectContaining({ displayName: 'Nora NAV-veileder', teamRole: 'NAV-kontakt' })]));
      expect((await nora.put(`/api/persons/${mohammed}/nav/contact`, { userId: app.seed.userIds['nora.nav'] })).body.code).toBe('CONFLICT');
    });

    it('shows NAV its caseload, with temporary stays; others are refused', async () => {
      const bo = await app.as('bo.boligkonsulent');
      await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'Storgata 8', startDate: '2026-01-01' });
      const nora = await app.as('nora.nav');
      const caseload = (await nora.get('/api/nav/caseload')).body.items;
      expect(caseload.map((i: { personName: string }) => i.personName).sort()).toEqual(['Mohammed Prøvesen', 'Per Testesen', 'Tor Ødegård']);
      expect(caseload.find((i: { personId: string }) => i.personId === mohammed)).toMatchObject({ contactName: 'Nora NAV-veileder', pendingGuidance: 0, lastFinancialAssistance: '2026-03-05', stayLevel: 'warning', stayDays: 68 });
      expect((await nora.get(`/api/persons/${mohammed}/nav`)).body.temporaryStays[0]).toMatchObject({ level: 'warning', unitName: 'Boligkontoret' });
      expect((await (await app.as('kari.saksbehandler')).get('/api/nav/caseload')).body.code).toBe('ROLE_REQUIRED');
      expect((await (await app.as('ola.tjenesteyter')).post(`/api/persons/${mohammed}/nav/guidance`, { requestedOn: '2026-03-01', topic: 'Økonomi' })).body.code).toBe('ROLE_REQUIRED');
      const emma = app.seed.personIds[7]!;
      expect((await nora.post(`/api/persons/${emma}/nav/guidance`, { requestedOn: '2026-03-01', topic: 'Økonomi' })).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });
  });
}
