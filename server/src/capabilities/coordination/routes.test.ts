import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

let clock = new Date('2026-03-10T10:00:00Z');
const kinds = (items: { kind: string }[]) => items.map((t) => t.kind);

for (const database of testDatabases()) {
  describe(`${database.name}: koordinerende enhet, coordinator register, changes and requests`, () => {
    let app: RunningApp;
    let kjell: TestClient;
    let per: string;
    let ase: string;
    let siriId: string;
    let olaCoordinatorId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      kjell = await app.as('kjell.ke');
      per = app.seed.personIds[0]!;
      ase = app.seed.personIds[1]!;
      siriId = (await kjell.post('/api/coordinators', { userId: app.seed.userIds['siri.koordinator'], unitId: app.seed.unitIds.fact })).body.id;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('keeps a register of coordinators: only KE writes it, the role is required, and training is dated', async () => {
      const ola = await app.as('ola.tjenesteyter');
      expect((await ola.post('/api/coordinators', { userId: app.seed.userIds['ola.tjenesteyter'], unitId: app.seed.unitIds.psykiskHelseRus })).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
      const noRole = await kjell.post('/api/coordinators', { userId: app.seed.userIds['nora.nav'], unitId: app.seed.unitIds.nav });
      expect(noRole.body).toMatchObject({ status: 422, detail: 'Den ansatte har ikke rollen koordinator. Administrator kan gi rollen.', errors: [{ path: 'body/userId', detail: 'Mangler rollen koordinator' }] });
      expect((await kjell.post('/api/coordinators', { userId: app.seed.userIds['siri.koordinator'], unitId: app.seed.unitIds.fact })).body).toMatchObject({ status: 409, existingId: siriId });
      expect((await kjell.post(`/api/coordinators/${siriId}/training`, { module: 'meeting-leadership', completedOn: '2026-04-01' })).body.errors).toEqual([{ path: 'body/completedOn', detail: 'Datoen er i fremtiden' }]);
      expect((await kjell.post(`/api/coordinators/${siriId}/training`, { module: 'other', completedOn: '2026-02-01' })).body.errors).toEqual([{ path: 'body/title', detail: 'Skriv kursets navn' }]);
      expect((await kjell.post(`/api/coordinators/${siriId}/training`, { module: 'meeting-leadership', completedOn: '2026-02-01' })).status).toBe(201);
      const [siri] = (await kjell.get('/api/coordinators')).body.items;
      expect(siri).toMatchObject({ displayName: 'Siri Koordinator', caseload: 0, training: [{ module: 'meeting-leadership', label: 'Møteledelse', completedOn: '2026-02-01' }], missingModules: ['Koordinatorrollen', 'Individuell plan'] });
    });

    it('offers a coordinator to a person who declines an IP, through a KE task that closes when the offer is recorded', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const declined = await ola.post(`/api/persons/${ase}/ip-information`, { unitId: app.seed.unitIds.psykiskHelseRus, informedOn: '2026-03-10', methods: ['letter'], needsBasis: 'Hjemmesykepleie og psykisk helse over tid', answer: 'declines', declineReason: 'Vil ikke ha flere møter nå' });
      expect(declined.status).toBe(201);
      await app.runJobs();
      const task = (await kjell.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'offer-coordinator');
      expect(task).toMatchObject({ personName: 'Åse Øvrebø', unitName: 'Koordinerende enhet', dueDate: '2026-03-24' });
      expect((await kjell.get(`/api/persons/${ase}/ip-information`)).body.checks.find((c: { checkId: string }) => c.checkId === 'coordinator-offered')).toMatchObject({ met: false });
      expect((await kjell.post(`/api/persons/${ase}/coordinator-offer`, { accepted: false, note: 'Åse vil tenke på det' })).status).toBe(204);
      await app.runJobs();
      expect(kinds((await kjell.get('/api/worklist')).body.items)).not.toContain('offer-coordinator');
      expect((await kjell.get(`/api/persons/${ase}/ip-information`)).body.checks.find((c: { checkId: string }) => c.checkId === 'coordinator-offered')).toMatchObject({ met: true });
      expect((await kjell.get(`/api/persons/${ase}/coordination`)).body.events).toEqual([expect.objectContaining({ kind: 'offer-declined', note: 'Åse vil tenke på det', recordedByName: 'Kjell Koordinerende' })]);
    });

    it('records a change of coordinator with a handover, and moves the access that came with the appointment', async () => {
      // Register Kjell himself as a coordinator in KE, and Ola after he is given the role.
      const kjellCoordinator = (await kjell.post('/api/coordinators', { userId: app.seed.userIds['kjell.ke'], unitId: app.seed.unitIds.ke })).body.id;
      expect((await kjell.post(`/api/persons/${ase}/coordinator`, { coordinatorId: kjellCoordinator, basis: 'without-ip', reason: 'KE holder koordineringen inntil videre', chosenWithPerson: true })).status).toBe(204);
      const admin = await app.as('anne.admin');
      expect((await admin.patch(`/api/staff/${app.seed.userIds['ola.tjenesteyter']}`, { roles: ['service-provider', 'coordinator'] })).status).toBe(204);
      olaCoordinatorId = (await kjell.post('/api/coordinators', { userId: app.seed.userIds['ola.tjenesteyter'], unitId: app.seed.unitIds.psykiskHelseRus })).body.id;
      const noHandover = await kjell.post(`/api/persons/${ase}/coordinator`, { coordinatorId: olaCoordinatorId, basis: 'without-ip', reason: 'Ola er primærkontakt', chosenWithPerson: true });
      expect(noHandover.body).toMatchObject({ status: 422, detail: 'Beskriv overlappingen ved bytte av koordinator.', errors: [{ path: 'body/handoverNote', detail: 'Beskriv overlappingen ved bytte av koordinator' }] });
      expect((await kjell.get(`/api/persons/${ase}/coordination`)).body.coordinator).toMatchObject({ displayName: 'Kjell Koordinerende' });
      const same = await kjell.post(`/api/persons/${ase}/coordinator`, { coordinatorId: kjellCoordinator, basis: 'without-ip', reason: 'Igjen', chosenWithPerson: true });
      expect(same.body.code).toBe('CONFLICT');
      clock = new Date('2026-03-10T11:00:00Z');
      const kjellLater = await app.as('kjell.ke');
      const changed = await kjellLater.post(`/api/persons/${ase}/coordinator`, { coordinatorId: olaCoordinatorId, basis: 'without-ip', reason: 'Ola er primærkontakt', chosenWithPerson: true, handoverNote: 'Felles samtale med Åse 12. mars' });
      expect(changed.status).toBe(204);
      const overview = (await kjellLater.get(`/api/persons/${ase}/coordination`)).body;
      expect(overview.coordinator).toMatchObject({ displayName: 'Ola Tjenesteyter', unitName: 'Psykisk helse og rus', basis: 'without-ip', chosenWithPerson: true });
      expect(overview.events[0]).toMatchObject({ kind: 'changed', fromName: 'Kjell Koordinerende', toName: 'Ola Tjenesteyter', handoverNote: 'Felles samtale med Åse 12. mars' });
      // The team membership the first appointment created has ended; Ola was already in the team and stays.
      const team = await queryRows<{ name: string; role: string; active: boolean }>(app.database.db, sql`select u.display_name as name, t.team_role as role, t.valid_to is null as active from team_members t join users u on u.id = t.user_id where t.person_id = ${ase} order by u.display_name`);
      expect(team).toEqual([{ name: 'Kjell Koordinerende', role: 'Koordinator', active: false }, { name: 'Ola Tjenesteyter', role: 'Primærkontakt', active: true }]);
      const deactivate = await kjellLater.patch(`/api/coordinators/${olaCoordinatorId}`, { active: false });
      expect(deactivate.body).toMatchObject({ status: 409, detail: 'Koordinatoren har fortsatt 1 personer. Oppnevn ny koordinator for dem først.' });
    });

    it('keeps a request for a new coordinator on KE\'s worklist until someone answers it with a note', async () => {
      const siri = await app.as('siri.koordinator');
      const missing = await siri.post(`/api/persons/${per}/coordinator-requests`, { reason: 'x', receivedVia: 'Samtale' });
      expect(missing.body.errors).toEqual([{ path: 'body/reason', detail: 'Skriv hva personen ønsker og hvorfor' }]);
      const created = await siri.post(`/api/persons/${per}/coordinator-requests`, { reason: 'Per ønsker en koordinator han kjenner fra før', receivedVia: 'Samtale på hjemmebesøk' });
      expect(created.status).toBe(201);
      await app.runJobs();
      const kjellNow = await app.as('kjell.ke');
      const task = (await kjellNow.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'coordinator-request');
      expect(task).toMatchObject({ personName: 'Per Testesen', closes: 'manual', dueDate: '2026-03-24', label: 'Svar på ønske om ny koordinator' });
      // Cannot be closed without a note, is not closed by the jobs, and outlives a coordinator appointment.
      expect((await kjellNow.post(`/api/tasks/${task.id}/done`, {})).body.errors[0].path).toBe('body/note');
      expect((await kjellNow.post(`/api/tasks/${task.id}/done`, { note: '' })).status).toBe(400);
      expect((await kjellNow.post(`/api/persons/${per}/coordinator`, { coordinatorId: siriId, basis: 'ip', reason: 'Midlertidig', chosenWithPerson: false })).status).toBe(204);
      clock = new Date('2026-04-20T07:00:00Z');
      await app.runJobs();
      const { refreshTasks } = await import('../worklist/index.js');
      await refreshTasks(app.db, '2026-04-20');
      const kjellLate = await app.as('kjell.ke');
      expect((await kjellLate.get('/api/worklist')).body.items.find((t: { id: string }) => t.id === task.id)).toMatchObject({ status: 'open', overdue: true });
      expect((await kjellLate.get(`/api/persons/${per}/coordination`)).body.requests).toEqual([expect.objectContaining({ status: 'open', answer: null })]);
      expect((await kjellLate.post(`/api/tasks/${task.id}/done`, { note: 'Snakket med Per; Ola blir koordinator fra mai.' })).status).toBe(204);
      const handled = (await kjellLate.get(`/api/persons/${per}/coordination`)).body.requests[0];
      expect(handled).toMatchObject({ status: 'handled', answer: 'Snakket med Per; Ola blir koordinator fra mai.' });
    });

    it('lets KE reject a message with a reason, and refuses others', async () => {
      const kari = await app.as('kari.saksbehandler');
      const jonas = app.seed.personIds[4]!;
      const message = await kari.post(`/api/persons/${jonas}/ip-messages`, { kind: 'ip', source: 'gp', content: 'Fastlegen mener Jonas trenger individuell plan' });
      expect(message.status).toBe(201);
      const kjellNow = await app.as('kjell.ke');
      expect((await kjellNow.get('/api/ke/inbox')).body.items.map((m: { personName: string }) => m.personName)).toEqual(['Jonas Dæhli']);
      expect((await kari.post(`/api/ip-messages/${message.body.id}/reject`, { reason: 'Ikke langvarig behov etter vurdering' })).body.code).toBe('ROLE_REQUIRED');
      expect((await kjellNow.post(`/api/ip-messages/${message.body.id}/reject`, { reason: 'kort' })).body.errors).toEqual([{ path: 'body/reason', detail: 'Begrunn hvorfor vilkårene ikke er oppfylt (minst 10 tegn)' }]);
      expect((await kjellNow.post(`/api/ip-messages/${message.body.id}/reject`, { reason: 'Ikke langvarig behov etter vurdering med fastlegen' })).status).toBe(204);
      expect((await kjellNow.post(`/api/ip-messages/${message.body.id}/reject`, { reason: 'Ikke langvarig behov etter vurdering med fastlegen' })).body.code).toBe('CONFLICT');
      expect((await kjellNow.get('/api/ke/inbox')).body.items).toEqual([]);
      expect((await kjellNow.get('/api/ke/inbox?status=all')).body.items.find((m: { personName: string }) => m.personName === 'Jonas Dæhli')).toMatchObject({ status: 'rejected', outcomeNote: 'Ikke langvarig behov etter vurdering med fastlegen' });
    });
  });
}
