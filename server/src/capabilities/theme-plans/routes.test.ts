import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const now = new Date('2026-06-15T10:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: theme plans, measures per unit and status reports`, () => {
    let app: RunningApp;
    let planId: string;
    const as = (username: string) => app.as(username);
    const counts = () => queryRows(app.database.db, sql`select (select count(*)::int from theme_plans) as p, (select count(*)::int from theme_plan_strategies) as s, (select count(*)::int from theme_plan_measures) as m, (select count(*)::int from theme_plan_status_reports) as r`);
    const plan = () => ({
      title: 'Mestre hele livet 2023–2030',
      adoptedBy: 'Kommunestyret 31.01.2023 sak 6/23',
      fromYear: 2023,
      toYear: 2030,
      goals: [
        { text: 'Alle skal ha et trygt sted å bo', strategies: [{ text: 'Bolig først for personer med ROP-lidelser', unitIds: [app.seed.unitIds.bolig, app.seed.unitIds.nav, app.seed.unitIds.psykiskHelseRus] }] },
        { text: 'Meningsfull aktivitet', strategies: [{ text: 'Aktivitetstilbud i samarbeid med frivillige', unitIds: [app.seed.unitIds.lavterskel] }] },
      ],
    });

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows every unit a strategy concerns that has no measure, until it gets one', async () => {
      const kristin = await as('kristin.kvalitet');
      const created = await kristin.post('/api/theme-plans', plan());
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      planId = created.body.id;
      let view = (await (await as('nora.nav')).get(`/api/theme-plans/${planId}`)).body;
      expect(view).toMatchObject({ strategyCount: 2, measureCount: 0, gapCount: 4 });
      expect(view.gaps.map((g: { detail: string }) => g.detail)).toEqual([
        'Boligkontoret har ingen tiltak for strategien «Bolig først for personer med ROP-lidelser».',
        'NAV Fjordvik har ingen tiltak for strategien «Bolig først for personer med ROP-lidelser».',
        'Psykisk helse og rus har ingen tiltak for strategien «Bolig først for personer med ROP-lidelser».',
        'Lavterskeltilbudet har ingen tiltak for strategien «Aktivitetstilbud i samarbeid med frivillige».',
      ]);
      expect(view.sources.gaps).toContain('R-004-02');
      const strategy = view.goals[0].strategies[0].id;

      const berit = await as('berit.boligleder');
      const measure = await berit.post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.bolig, description: 'Ti nye Housing First-boliger innen 2027', indicator: 'Antall boliger tildelt', dueDate: '2027-12-31' });
      expect(measure.status, JSON.stringify(measure.body)).toBe(201);
      await kristin.post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.nav, status: 'not-applicable', description: 'NAV Fjordvik deltar gjennom boligsosialt team; eget tiltak ikke relevant.' });
      expect((await berit.post(`/api/theme-plan-measures/${measure.body.id}/status-reports`, { status: 'in-progress', text: 'Fire boliger kjøpt, to tildelt. Samarbeid med NAV om husleie.' })).status).toBe(201);
      view = (await kristin.get(`/api/theme-plans/${planId}`)).body;
      expect(view).toMatchObject({ measureCount: 2, gapCount: 2, unreportedCount: 0 });
      expect(view.goals[0].strategies[0].measures[0]).toMatchObject({ unit: { name: 'Boligkontoret' }, status: 'in-progress', statusLabel: 'Pågår', unreported: false, reports: [{ status: 'in-progress', reportedBy: 'Berit Boligleder' }] });
      expect(view.goals[0].strategies[0].measures[1]).toMatchObject({ unit: { name: 'NAV Fjordvik' }, status: 'not-applicable', statusLabel: 'Ikke relevant for enheten' });
      expect((await kristin.get('/api/theme-plans')).body.items).toEqual([expect.objectContaining({ title: 'Mestre hele livet 2023–2030', measureCount: 2, gapCount: 2 })]);
    });

    it('refuses bad input precisely and changes nothing; a leader writes only for own units', async () => {
      const kristin = await as('kristin.kvalitet');
      const before = await counts();
      const bad = plan();
      bad.goals[0]!.strategies[0]!.unitIds.push(app.seed.unitIds.bolig, '00000000-0000-4000-8000-000000000000');
      expect((await kristin.post('/api/theme-plans', { ...plan(), title: 'Annen plan', goals: bad.goals })).body).toMatchObject({ status: 422, errors: [{ path: 'body/goals/0/strategies/0/unitIds/3', detail: 'Enheten står flere ganger' }, { path: 'body/goals/0/strategies/0/unitIds/4', detail: 'Ukjent enhet' }] });
      expect((await kristin.post('/api/theme-plans', { ...plan(), title: 'Annen plan', toYear: 2020 })).body).toMatchObject({ status: 422, errors: [{ path: 'body/toYear', detail: 'Før fra år' }] });
      expect((await kristin.post('/api/theme-plans', plan())).body).toMatchObject({ status: 409, detail: 'Det finnes allerede en temaplan som heter «Mestre hele livet 2023–2030».' });
      expect((await kristin.post('/api/theme-plans', { ...plan(), goals: [] })).body.errors).toEqual([{ path: 'body/goals', detail: 'Planen må ha minst ett mål' }]);
      const view = (await kristin.get(`/api/theme-plans/${planId}`)).body;
      const strategy = view.goals[1].strategies[0].id;
      expect((await kristin.post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.bolig, description: 'Boligkontoret er ikke nevnt i denne strategien.' })).body).toMatchObject({ status: 422, detail: 'Strategien «Aktivitetstilbud i samarbeid med frivillige» gjelder ikke denne enheten.', errors: [{ path: 'body/unitId' }] });
      expect((await kristin.post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.lavterskel, description: 'For kort' })).status).toBe(400);
      expect((await kristin.post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.lavterskel, description: 'Ferdig før det er begynt', status: 'done' })).body.errors).toEqual([{ path: 'body/status', detail: 'Planlagt, pågår eller ikke relevant' }]);
      expect((await (await as('berit.boligleder')).post(`/api/theme-plan-strategies/${strategy}/measures`, { unitId: app.seed.unitIds.lavterskel, description: 'Boligleder skriver for lavterskel.' })).body.code).toBe('OUTSIDE_RESPONSIBILITY');
      expect((await (await as('ola.tjenesteyter')).post('/api/theme-plans', { ...plan(), title: 'Ny temaplan' })).body.code).toBe('ROLE_REQUIRED');
      const measureId = view.goals[0].strategies[0].measures[0].id;
      expect((await (await as('lena.leder')).post(`/api/theme-plan-measures/${measureId}/status-reports`, { status: 'done', text: 'Lena rapporterer for Boligkontoret.' })).body.code).toBe('OUTSIDE_RESPONSIBILITY');
      expect(await counts()).toEqual(before);
    });
  });
}
