import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { refreshTasks } from '../worklist/index.js';

let clock = new Date('2026-01-05T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: housing, temporary stays and the housing office`, () => {
    let app: RunningApp;
    let mohammed: string;
    let stayId: string;

    beforeAll(async () => {
      clock = new Date('2026-01-05T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      mohammed = app.seed.personIds[2]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses bad input with a precise 400 and stores nothing', async () => {
      const bo = await app.as('bo.boligkonsulent');
      const bad = await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'S', startDate: '2026-13-01', extra: 1 });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual(expect.arrayContaining([{ path: 'body/place', detail: 'Oppgi stedet for det midlertidige botilbudet' }, { path: 'body/startDate', detail: 'Startdato må være en gyldig dato (ÅÅÅÅ-MM-DD)' }]));
      const future = await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'Storgata 8', startDate: '2026-02-01' });
      expect(future.body).toMatchObject({ status: 422, errors: [{ path: 'body/startDate', detail: 'Startdatoen kan ikke være fram i tid' }] });
      expect(await count(app, 'temporary_stays')).toBe(0);
    });

    it('lets only those with a relation record housing; the unit-leader role may not write', async () => {
      const emma = app.seed.personIds[7]!;
      const bo = await app.as('bo.boligkonsulent');
      expect((await bo.post(`/api/persons/${emma}/housing/status`, { status: 'homeless', fromDate: '2026-01-01' })).body.code).toBe('PERSON_NOT_IN_SCOPE');
      expect((await (await app.as('berit.boligleder')).post(`/api/persons/${mohammed}/housing/status`, { status: 'homeless', fromDate: '2026-01-01' })).body.code).toBe('ROLE_REQUIRED');
    });

    it('records a temporary stay: warning at 2 months, finding at 3, cleared by an exception reason', async () => {
      let bo = await app.as('bo.boligkonsulent');
      const created = await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'Storgata 8 (midlertidig)', startDate: '2026-01-05', permanentPlan: 'Søknad om kommunal utleiebolig' });
      expect(created.status).toBe(201);
      stayId = created.body.id;
      expect((await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'Et annet sted', startDate: '2026-01-05' })).body.code).toBe('CONFLICT');
      let view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.current).toMatchObject({ status: 'temporary', label: 'Midlertidig botilbud', fromDate: '2026-01-05' });
      expect(view.stays[0]).toMatchObject({ level: 'ok', days: 0, warningOn: '2026-03-05', findingOn: '2026-04-05', unitName: 'Boligkontoret' });

      clock = new Date('2026-03-06T10:00:00Z');
      bo = await app.as('bo.boligkonsulent');
      view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.stays[0]).toMatchObject({ level: 'warning', days: 60 });
      expect(view.checks.find((c: { id: string }) => c.id === 'housing.temporary-stay-limit')).toMatchObject({ status: 'partly', source: { law: 'Sosialtjenesteloven' } });
      await refreshTasks(app.db, '2026-03-06');
      const tasks = (await bo.get('/api/worklist?view=unit')).body.items;
      expect(tasks).toEqual([expect.objectContaining({ kind: 'temporary-stay-limit', personId: mohammed, dueDate: '2026-04-05', overdue: false })]);

      clock = new Date('2026-04-06T10:00:00Z');
      bo = await app.as('bo.boligkonsulent');
      view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.stays[0]).toMatchObject({ level: 'finding', days: 91 });
      expect(view.checks[0]).toMatchObject({ status: 'not-met', evidence: [{ record: 'temporary_stays', id: stayId, field: 'start_date' }] });
      const overview = (await bo.get('/api/housing/overview')).body;
      expect(overview.stays).toEqual([expect.objectContaining({ personId: mohammed, level: 'finding', days: 91, personName: 'Mohammed Prøvesen' })]);

      expect((await bo.post(`/api/temporary-stays/${stayId}/exception`, { reason: 'kort' })).status).toBe(400);
      expect((await bo.post(`/api/temporary-stays/${stayId}/exception`, { reason: 'Venter på bolig med bemanning, tildelt fra mai' })).status).toBe(204);
      view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.stays[0]).toMatchObject({ level: 'exception', exceptionByName: 'Bo Boligkonsulent' });
      expect(view.checks[0].status).toBe('met');
      await refreshTasks(app.db, '2026-04-06');
      expect((await bo.get('/api/worklist?view=unit')).body.items).toEqual([]);
    });

    it('keeps applications on the waiting list, records eviction risk with cause and booppfølging with visits', async () => {
      const bo = await app.as('bo.boligkonsulent');
      const appl = await bo.post(`/api/persons/${mohammed}/housing/applications`, { kind: 'municipal-rental', appliedOn: '2026-01-10', waitingPosition: 4 });
      expect(appl.status).toBe(201);
      const refused = await bo.patch(`/api/housing-applications/${appl.body.id}`, { status: 'refused', decidedOn: '2026-03-01' });
      expect(refused.body).toMatchObject({ status: 422, errors: [{ path: 'body/reason', detail: 'Et avslag må begrunnes' }] });
      expect((await bo.patch(`/api/housing-applications/${appl.body.id}`, { status: 'waiting', waitingPosition: 2 })).status).toBe(204);
      expect((await bo.get('/api/housing/overview')).body.waitingList).toEqual([expect.objectContaining({ personId: mohammed, waitingPosition: 2, kind: 'municipal-rental' })]);

      expect((await bo.post(`/api/persons/${mohammed}/housing/evictions`, { kind: 'risk', occurredOn: '2026-04-01' })).status).toBe(400);
      expect((await bo.post(`/api/persons/${mohammed}/housing/evictions`, { kind: 'risk', occurredOn: '2026-04-01', cause: 'Husleierestanse og klager fra naboer' })).status).toBe(201);
      let view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.checks.find((c: { id: string }) => c.id === 'housing.eviction-risk-follow-up').status).toBe('not-met');
      const plan = await bo.post(`/api/persons/${mohammed}/housing/follow-up-plans`, { unitId: app.seed.unitIds.bolig, goals: 'Betale husleie, holde orden', visitIntervalDays: 14, startDate: '2026-04-02' });
      expect(plan.status).toBe(201);
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/visits`, { visitedOn: '2026-04-01', note: 'Besøk' })).body.errors).toEqual([{ path: 'body/visitedOn', detail: 'Besøket kan ikke være før planen startet' }]);
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/visits`, { visitedOn: '2026-04-03', note: 'Ryddet kjøkkenet sammen' })).status).toBe(201);
      view = (await bo.get(`/api/persons/${mohammed}/housing`)).body;
      expect(view.plans[0]).toMatchObject({ nextVisitDue: '2026-04-17', visitOverdue: false, visits: [expect.objectContaining({ note: 'Ryddet kjøkkenet sammen', visitedByName: 'Bo Boligkonsulent' })] });
      expect(view.checks.map((c: { status: string }) => c.status)).toEqual(['met', 'met', 'met']);
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/end`, { endDate: '2026-04-01' })).body.errors).toEqual([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være før planen startet' }]);
      expect((await bo.get(`/api/persons/${mohammed}/housing`)).body.plans[0].endDate).toBeNull();
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/end`, { endDate: '2026-04-04' })).status).toBe(204);
      expect((await bo.get(`/api/persons/${mohammed}/housing`)).body.plans[0]).toMatchObject({ endDate: '2026-04-04', visitOverdue: false });
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/end`, { endDate: '2026-04-04' })).body).toMatchObject({ status: 409, detail: 'Planen for booppfølging er allerede avsluttet.' });
      expect((await bo.post(`/api/follow-up-plans/${plan.body.id}/visits`, { visitedOn: '2026-04-05', note: 'Etter slutt' })).body.errors).toEqual([{ path: 'body/visitedOn', detail: 'Besøket kan ikke være etter at planen ble avsluttet' }]);
    });

    it('counts persons in temporary housing, stays over 3 months and evictions per month, for leaders without person data', async () => {
      const bo = await app.as('bo.boligkonsulent');
      await bo.post(`/api/persons/${mohammed}/housing/evictions`, { kind: 'eviction', occurredOn: '2026-03-15', cause: 'Ødelagt bolig' });
      const berit = await app.as('berit.boligleder');
      const figures = (await berit.get('/api/housing/figures?months=4')).body.months;
      expect(figures).toEqual([
        { month: '2026-01', personsInTemporaryHousing: 1, staysOverThreeMonths: 0, evictions: 0 },
        { month: '2026-02', personsInTemporaryHousing: 1, staysOverThreeMonths: 0, evictions: 0 },
        { month: '2026-03', personsInTemporaryHousing: 1, staysOverThreeMonths: 0, evictions: 1 },
        { month: '2026-04', personsInTemporaryHousing: 1, staysOverThreeMonths: 1, evictions: 0 },
      ]);
      expect((await berit.get('/api/housing/figures?months=40')).status).toBe(400);
      expect((await (await app.as('anne.admin')).get('/api/housing/figures')).body.code).toBe('ROLE_REQUIRED');
    });

    it('ends a stay, not before it started', async () => {
      const bo = await app.as('bo.boligkonsulent');
      expect((await bo.post(`/api/temporary-stays/${stayId}/end`, { endDate: '2025-12-01' })).body.errors).toEqual([{ path: 'body/endDate', detail: 'Sluttdatoen kan ikke være før startdatoen' }]);
      expect((await bo.post(`/api/temporary-stays/${stayId}/end`, { endDate: '2026-04-06' })).status).toBe(204);
      expect((await bo.get('/api/housing/overview')).body.stays).toEqual([]);
    });
  });
}
