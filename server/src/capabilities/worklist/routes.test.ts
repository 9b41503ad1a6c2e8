import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { buildCompletedKartlegging } from '../../test/builders.js';
import { refreshTasks } from './refresh.js';

// Monday 7 September 2026, 09:00 in Oslo.
let clock = new Date('2026-09-07T07:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: worklist from scheduled jobs`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      clock = new Date('2026-09-07T07:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
    });
    afterAll(async () => {
      await app?.close();
    });

    const kinds = (items: { kind: string }[]) => items.map((t) => t.kind);

    it('puts first contact on the unit worklist with its deadline, flags it overdue, and closes it when contact is made', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const created = await kari.post('/api/henvendelser', { personId: per, unitId: app.seed.unitIds.tildeling, source: 'gp', channel: 'e-message', receivedAt: '2026-09-07T06:00:00Z', content: 'Ber om vurdering.' });
      expect(created.status).toBe(201);
      expect((await kari.get('/api/worklist')).body.items).toEqual([]); // not before the job has run
      expect(await app.runJobs()).toBeGreaterThan(0);
      let list = await kari.get('/api/worklist');
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({ kind: 'first-contact', personName: 'Per Testesen', unitName: 'Tildelingskontoret', dueDate: '2026-09-10', overdue: false, closes: 'auto' });
      expect(list.body.items[0].source).toMatch(/^Kommunens rutine \(første kontakt\)/);
      // Other units do not see it on their worklist.
      expect((await (await app.as('ola.tjenesteyter')).get('/api/worklist?view=unit')).body.items).toEqual([]);

      clock = new Date('2026-09-11T07:00:00Z');
      const later = await app.as('kari.saksbehandler');
      list = await later.get('/api/worklist');
      expect(list.body.items[0]).toMatchObject({ kind: 'first-contact', overdue: true });
      expect((await later.post(`/api/henvendelser/${created.body.id}/first-contact`, { at: '2026-09-11T06:30:00Z' })).status).toBe(204);
      await app.runJobs();
      expect((await later.get('/api/worklist')).body.items).toEqual([]);
      expect((await later.get('/api/worklist?status=done')).body.items).toMatchObject([{ kind: 'first-contact', closedAt: expect.any(String), closedByName: null }]);
    });

    it('raises a suicide-risk follow-up for the person who scored PHQ-9, which only a person can close', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const k = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-09-11' });
      const answers = { '1': 2, '2': 2, '3': 1, '4': 1, '5': 0, '6': 1, '7': 0, '8': 0, '9': 2 };
      expect((await kari.post(`/api/kartlegginger/${k.body.id}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers })).body.suicideRiskPrompt).toBe(true);
      await app.runJobs();
      const list = await kari.get('/api/worklist');
      const task = list.body.items.find((t: { kind: string }) => t.kind === 'suicide-risk-followup');
      expect(task).toMatchObject({ assigneeName: 'Kari Saksbehandler', closes: 'manual', dueDate: '2026-09-11' });
      expect((await kari.post(`/api/tasks/${task.id}/done`, { note: 'x' })).status).toBe(400);
      expect((await kari.post(`/api/tasks/${task.id}/done`, { note: 'Snakket med Per, laget sikkerhetsplan, kontakt med fastlege.' })).status).toBe(204);
      await app.runJobs();
      expect(kinds((await kari.get('/api/worklist')).body.items)).not.toContain('suicide-risk-followup');
      expect((await kari.get('/api/worklist?status=done')).body.items.find((t: { id: string }) => t.id === task.id)).toMatchObject({ closedByName: 'Kari Saksbehandler', note: 'Snakket med Per, laget sikkerhetsplan, kontakt med fastlege.' });
    });

    it('refuses to close an automatic task by hand', async () => {
      const kari = await app.as('kari.saksbehandler');
      await kari.post('/api/henvendelser', { personId: app.seed.personIds[4], unitId: app.seed.unitIds.tildeling, source: 'person', channel: 'phone', receivedAt: '2026-09-11T06:00:00Z', content: 'Ringte.' });
      await app.runJobs();
      const task = (await kari.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'first-contact');
      const answer = await kari.post(`/api/tasks/${task.id}/done`, { note: 'Ferdig nå' });
      expect(answer.body).toMatchObject({ status: 422, detail: 'Oppgaven «Første kontakt etter henvendelse» lukkes automatisk når det som mangler er registrert.' });
    });

    it('shows the re-offer of assessment 14 days ahead, and the evaluation 4 weeks before, to the responsible person', async () => {
      const kari = await app.as('kari.saksbehandler');
      const mohammed = app.seed.personIds[2]!;
      await kari.post(`/api/persons/${mohammed}/kartlegginger/declined`, { unitId: app.seed.unitIds.tildeling, reofferDate: '2026-10-15' });
      await app.runJobs();
      expect(kinds((await kari.get('/api/worklist')).body.items)).not.toContain('reoffer-assessment');

      const kartleggingId = await buildCompletedKartlegging(kari, app.seed.personIds[0]!, app.seed.unitIds.tildeling, '2026-09-10');
      const serviceId = (await kari.get('/api/services')).body.items[0].id;
      const v = await kari.post(`/api/persons/${app.seed.personIds[0]}/vedtak`, { unitId: app.seed.unitIds.tildeling, kartleggingId, serviceId, scope: 'To timer i uken', startDate: '2026-09-14', endDate: null, evaluationDate: '2026-10-20', evaluationResponsibleId: app.seed.userIds['siri.koordinator'], participation: 'Per deltok', reasoning: 'Behov avdekket' });
      expect((await kari.post(`/api/vedtak/${v.body.id}/finalize`)).status).toBe(204);
      await app.runJobs();
      const siri = await app.as('siri.koordinator');
      expect(kinds((await siri.get('/api/worklist')).body.items)).not.toContain('evaluation');

      clock = new Date('2026-10-01T07:00:00Z'); // the daily job, a few weeks later
      const { runDueJobs } = await import('../../platform/jobs/queue.js');
      const { jobHandlers } = await import('../../app.js');
      const { scheduleDailyRefresh } = await import('./jobs.js');
      await scheduleDailyRefresh(app.db, new Date('2026-09-30T07:00:00Z'));
      expect(await runDueJobs(app.db, jobHandlers, clock)).toBeGreaterThan(0);
      const kariLater = await app.as('kari.saksbehandler');
      expect((await kariLater.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'reoffer-assessment')).toMatchObject({ personName: 'Mohammed Prøvesen', dueDate: '2026-10-15' });
      const siriLater = await app.as('siri.koordinator');
      expect((await siriLater.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'evaluation')).toMatchObject({ dueDate: '2026-10-20', assigneeName: 'Siri Koordinator' });
      // The next day's run is already scheduled, once.
      const [next] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from jobs where kind = 'worklist.daily' and status = 'pending'`);
      expect(next!.n).toBe(1);
    });

    it('is idempotent: refreshing twice creates no duplicates', async () => {
      const [before] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from tasks`);
      await refreshTasks(app.db, '2026-10-01');
      await refreshTasks(app.db, '2026-10-01');
      const [after] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from tasks`);
      expect(after!.n).toBe(before!.n);
    });

    it('refuses a unit the user is not a member of', async () => {
      const kari = await app.as('kari.saksbehandler');
      const answer = await kari.get(`/api/worklist?view=unit&unitId=${app.seed.unitIds.nav}`);
      expect(answer.body.errors[0]).toEqual({ path: 'querystring/unitId', detail: 'Velg en av dine enheter' });
    });
  });
}
