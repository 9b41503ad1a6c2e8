import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { startTestApp, type RunningApp } from '../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: demo municipality with cases in every state`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
      await app.runJobs();
      const { refreshTasks } = await import('../capabilities/worklist/index.js');
      const { localDateAt } = await import('../platform/calendar/index.js');
      await refreshTasks(app.database.db, localDateAt(new Date()));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('gives the caseworker a worklist with due, overdue and follow-up tasks', async () => {
      const kari = await app.as('kari.saksbehandler');
      const items = (await kari.get('/api/worklist')).body.items as { kind: string; personName: string; overdue: boolean }[];
      expect(items.map((t) => `${t.kind}:${t.personName}:${t.overdue}`).sort()).toEqual([
        'first-contact:Jonas Dæhli:true',
        'first-contact:Lise Eksempel:false',
        'reoffer-assessment:Mohammed Prøvesen:false',
        'suicide-risk-followup:Per Testesen:true',
      ]);
    });

    it('has a final vedtak due for evaluation on the coordinator\'s worklist, a draft with a placeholder, and an ended one', async () => {
      const siri = await app.as('siri.koordinator');
      expect((await siri.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).toEqual(['evaluation']);
      const kari = await app.as('kari.saksbehandler');
      const ase = (await kari.get(`/api/persons/${app.seed.personIds[1]}/vedtak`)).body.items[0];
      expect(ase.status).toBe('draft');
      expect(ase.finalizeProblems.map((p: { path: string }) => p.path)).toContain('scope');
      const ingrid = (await siri.get(`/api/persons/${app.seed.personIds[5]}/vedtak`)).body.items[0];
      expect(ingrid).toMatchObject({ status: 'ended', evaluation: { outcome: 'end' } });
    });

    it('has Per\'s individual plan with Siri as coordinator, a meeting with minutes whose actions are on the owners\' worklists, and a crisis plan the night nurse sees', async () => {
      const per = app.seed.personIds[0]!;
      const siri = await app.as('siri.koordinator');
      expect((await siri.get(`/api/persons/${per}/plan`)).body).toMatchObject({ status: 'active', complete: true, coordinator: { displayName: 'Siri Koordinator' } });
      expect((await siri.get(`/api/persons/${per}/meetings`)).body.items[0]).toMatchObject({ minutesStatus: 'recorded', purpose: 'Oppstart av individuell plan' });
      const nora = await app.as('nora.nav');
      expect((await nora.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).toContain('meeting-action');
      const nurse = await app.as('vakt.hjemmesykepleie');
      const view = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Demo: ringt av nabo om natten' });
      expect(view.body).toMatchObject({ crisisPlanStatus: 'shown', coordinator: { displayName: 'Siri Koordinator' }, closestRelative: 'Søster Anne Testesen' });
    });
  });
}
