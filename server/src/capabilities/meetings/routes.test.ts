import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: team meetings, minutes and actions`, () => {
    let app: RunningApp;
    let per: string;
    let meetingId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('lets only the coordinator or KE call a meeting, and only for a person they serve', async () => {
      const body = { scheduledAt: '2026-03-11T12:00:00Z', location: 'NAV Fjordvik', purpose: 'Oppfølging av økonomi', invitees: [{ userId: app.seed.userIds['nora.nav'], role: 'NAV-veileder' }] };
      expect((await (await app.as('nora.nav')).post(`/api/persons/${per}/meetings`, body)).body.code).toBe('ROLE_REQUIRED');
      const emma = app.seed.personIds[7]!;
      expect((await (await app.as('siri.koordinator')).post(`/api/persons/${emma}/meetings`, body)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      const siri = await app.as('siri.koordinator');
      const bad = await siri.post(`/api/persons/${per}/meetings`, { ...body, invitees: [{ role: 'Søster' }] });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([{ path: 'body/invitees/0/userId', detail: 'Velg enten en ansatt i teamet eller skriv navnet på en annen deltaker' }]);
      const created = await siri.post(`/api/persons/${per}/meetings`, body);
      expect(created.status).toBe(201);
      meetingId = created.body.id;
      expect(await count(app, 'team_meetings')).toBe(1);
    });

    it('refuses minutes that leave out an invitee\'s attendance or give an action to someone without a relation, and stores nothing', async () => {
      clock = new Date('2026-03-12T08:00:00Z');
      const siri = await app.as('siri.koordinator');
      const view = (await siri.get(`/api/meetings/${meetingId}`)).body;
      expect(view).toMatchObject({ minutesStatus: 'due', flagged: false, minutesDueDate: '2026-03-18' });
      const [first, second] = view.participants as { id: string }[];
      const minutes = { agenda: ['Økonomi'], personView: 'Per vil ha hjelp med regningene.', decisions: [], attendance: [{ participantId: first!.id, attended: true }], actions: [] };
      const missing = await siri.post(`/api/meetings/${meetingId}/minutes`, minutes);
      expect(missing.body).toMatchObject({ status: 422, errors: [{ path: 'body/attendance', detail: 'Registrer oppmøte for alle inviterte (1 mangler)' }] });
      const stranger = await siri.post(`/api/meetings/${meetingId}/minutes`, { ...minutes, attendance: [{ participantId: first!.id, attended: true }, { participantId: second!.id, attended: true }], actions: [{ description: 'Følge opp hjemme', ownerId: app.seed.userIds['henrik.hjemmeleder'], dueDate: '2026-03-20' }] });
      expect(stranger.body.errors).toEqual([{ path: 'body/actions/0/ownerId', detail: 'Eieren av oppgaven har ikke tjenstlig behov for personen (ikke i teamet eller i en enhet som gir tjenester)' }]);
      expect(await count(app, 'meeting_minutes')).toBe(0);
      expect(await count(app, 'meeting_actions')).toBe(0);
      expect((await siri.get(`/api/meetings/${meetingId}`)).body.participants.every((p: { attended: boolean | null }) => p.attended === null)).toBe(true);
    });

    it('flags a meeting without minutes after the configured days, on the organiser\'s worklist', async () => {
      await app.runJobs();
      const { refreshTasks } = await import('../worklist/index.js');
      await refreshTasks(app.db, '2026-03-12');
      const siri = await app.as('siri.koordinator');
      expect((await siri.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'minutes-missing')).toMatchObject({ dueDate: '2026-03-18', overdue: false, assigneeName: 'Siri Koordinator' });
      clock = new Date('2026-03-19T08:00:00Z');
      const later = await app.as('siri.koordinator');
      expect((await later.get(`/api/meetings/${meetingId}`)).body).toMatchObject({ minutesStatus: 'overdue', flagged: true, check: { met: false, detail: 'Møtet mangler referat (frist 2026-03-18).' } });
      expect((await later.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'minutes-missing')).toMatchObject({ overdue: true });
    });

    it('stores the minutes with attendance and actions, closes the flag, and lets only the owner or coordinator close an action', async () => {
      const siri = await app.as('siri.koordinator');
      const participants = (await siri.get(`/api/meetings/${meetingId}`)).body.participants as { id: string; name: string }[];
      const recorded = await siri.post(`/api/meetings/${meetingId}/minutes`, {
        agenda: ['Økonomi', 'Bolig'],
        personView: 'Per vil ha hjelp med regningene.',
        decisions: ['Nora lager budsjett med Per'],
        attendance: participants.map((p) => ({ participantId: p.id, attended: p.name === 'Per Testesen' || p.name === 'Nora NAV-veileder' })),
        actions: [{ description: 'Lage budsjett med Per', ownerId: app.seed.userIds['nora.nav'], dueDate: '2026-03-30' }],
      });
      expect(recorded.status).toBe(204);
      expect((await siri.post(`/api/meetings/${meetingId}/minutes`, { agenda: ['x'], personView: 'xyz', attendance: participants.map((p) => ({ participantId: p.id, attended: true })) })).body.code).toBe('CONFLICT');
      await app.runJobs();
      expect((await siri.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).not.toContain('minutes-missing');
      const view = (await siri.get(`/api/meetings/${meetingId}`)).body;
      expect(view).toMatchObject({ minutesStatus: 'recorded', flagged: false, minutes: { agenda: ['Økonomi', 'Bolig'], decisions: ['Nora lager budsjett med Per'], recordedByName: 'Siri Koordinator', planId: null } });
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post(`/api/meeting-actions/${view.actions[0].id}/done`, {})).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
      expect((await siri.post(`/api/meeting-actions/${view.actions[0].id}/done`, { note: 'Budsjett laget' })).status).toBe(204);
      expect((await siri.post(`/api/meeting-actions/${view.actions[0].id}/done`, {})).body.code).toBe('CONFLICT');
      expect((await siri.post(`/api/meetings/${meetingId}/cancel`, { reason: 'Feil' })).body.detail).toBe('Et møte med referat kan ikke avlyses.');
    });

    it('refuses a non-member the meetings and their minutes', async () => {
      const henrik = await app.as('henrik.hjemmeleder');
      expect((await henrik.get(`/api/persons/${per}/meetings`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect((await henrik.get(`/api/meetings/${meetingId}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });
  });
}
