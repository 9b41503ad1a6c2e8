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
      await refreshTasks(app.db, localDateAt(new Date()));
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
      // Also Ingrid's plan review, overdue (seed-coordination).
      expect((await siri.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).toEqual(['ip-review', 'evaluation']);
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
      expect((await siri.get(`/api/persons/${per}/meetings`)).body.items.map((m: { purpose: string; minutesStatus: string }) => `${m.purpose}: ${m.minutesStatus}`)).toEqual(['Oppfølging av planen: upcoming', 'Oppstart av individuell plan: recorded']);
      const nora = await app.as('nora.nav');
      expect((await nora.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).toContain('meeting-action');
      const nurse = await app.as('vakt.hjemmesykepleie');
      const view = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Demo: ringt av nabo om natten' });
      // The closest relative now comes from the relatives records (Anne consented to as crisis contact).
      expect(view.body).toMatchObject({ crisisPlanStatus: 'shown', coordinator: { displayName: 'Siri Koordinator' }, closestRelative: 'Søster Anne Testesen, 41000000' });
    });
    it('gives the demo users whole-person data: housing office warnings and findings, NAV caseload, a missed GP appointment for the primary contact', async () => {
      const bo = await app.as('bo.boligkonsulent');
      const overview = (await bo.get('/api/housing/overview')).body;
      expect(overview.stays.map((s: { personName: string; level: string }) => `${s.personName}:${s.level}`)).toEqual(['Mohammed Prøvesen:warning']);
      const nora = await app.as('nora.nav');
      const caseload = (await nora.get('/api/nav/caseload')).body.items as { personName: string; stayLevel: string | null; contactName: string | null }[];
      expect(caseload.find((c) => c.personName === 'Tor Ødegård')).toMatchObject({ stayLevel: 'finding' });
      expect(caseload.find((c) => c.personName === 'Mohammed Prøvesen')).toMatchObject({ stayLevel: 'warning', contactName: 'Nora NAV-veileder' });
      const ola = await app.as('ola.tjenesteyter');
      const kinds = (await ola.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind);
      expect(kinds).toEqual(expect.arrayContaining(['gp-appointment-missed', 'gp-summary-unacknowledged']));
    });

    it('gives the coordinator two persons (one plan incomplete and past review) and KE an open message and a request', async () => {
      const siri = await app.as('siri.koordinator');
      const caseload = (await siri.get('/api/me/caseload')).body.items as { personName: string; plan: { problems: string[] } | null; nextMeeting: string | null }[];
      expect(caseload.map((c) => `${c.personName}: ${c.plan?.problems.length ?? 'ingen plan'} ${c.nextMeeting ? 'møte' : '-'}`)).toEqual(['Ingrid Aasen: 2 -', 'Per Testesen: 0 møte']);
      const kjell = await app.as('kjell.ke');
      expect((await kjell.get('/api/ke/inbox')).body.items).toEqual([expect.objectContaining({ personName: 'Tor Ødegård', kind: 'ip', source: 'unit', status: 'open' })]);
      expect((await kjell.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind).sort()).toEqual(['coordinator-request', 'start-ip-work']);
      expect((await kjell.get('/api/coordinators')).body.items).toEqual([expect.objectContaining({ displayName: 'Siri Koordinator', caseload: 2 })]);
    });
  });
}
