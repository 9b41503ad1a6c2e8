import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

// Tuesday 10 March 2026, 11:00 in Oslo.
let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
const kinds = (items: { kind: string }[]) => items.map((t) => t.kind);

for (const database of testDatabases()) {
  describe(`${database.name}: individual plan from information about the right to the team meeting's actions`, () => {
    let app: RunningApp;
    let per: string;
    let kari: TestClient;
    let kjell: TestClient;
    let siri: TestClient;
    let planId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      kari = await app.as('kari.saksbehandler');
      kjell = await app.as('kjell.ke');
      siri = await app.as('siri.koordinator');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses incomplete information about the right to an IP precisely, and stores nothing', async () => {
      const base = { unitId: app.seed.unitIds.tildeling, informedOn: '2026-03-10', methods: ['conversation'], needsBasis: 'Fire tjenester, langvarig behov' };
      const noReason = await kari.post(`/api/persons/${per}/ip-information`, { ...base, answer: 'declines' });
      expect(noReason.body).toMatchObject({ status: 422, code: 'UNPROCESSABLE', detail: 'Skriv begrunnelsen når personen ikke ønsker individuell plan.', errors: [{ path: 'body/declineReason', detail: 'Skriv begrunnelsen når personen ikke ønsker individuell plan' }] });
      const noHow = await kari.post(`/api/persons/${per}/ip-information`, { ...base, methods: [], answer: 'wants-ip' });
      expect(noHow.status).toBe(400);
      expect(noHow.body.errors).toEqual([{ path: 'body/methods', detail: 'Velg hvordan informasjonen ble gitt' }]);
      const otherUnit = await kari.post(`/api/persons/${per}/ip-information`, { ...base, unitId: app.seed.unitIds.nav, answer: 'wants-ip' });
      expect(otherUnit.body.errors).toEqual([{ path: 'body/unitId', detail: 'Velg en av dine enheter' }]);
      expect(await count(app, 'ip_information')).toBe(0);
      expect(await count(app, 'ip_messages')).toBe(0);
    });

    it('refuses a plan before the person has said yes', async () => {
      const answer = await siri.post(`/api/persons/${per}/plan`, { reviewIntervalDays: 90 });
      expect(answer.body).toMatchObject({ status: 422, detail: 'Personen har ikke sagt ja til individuell plan. Registrer informasjonen om retten og personens svar først.' });
      expect(await count(app, 'individual_plans')).toBe(0);
    });

    it('goes from «wants an IP» to a KE task, a coordinator and a complete plan with versions', async () => {
      const informed = await kari.post(`/api/persons/${per}/ip-information`, { unitId: app.seed.unitIds.tildeling, informedOn: '2026-03-10', methods: ['conversation', 'leaflet'], needsBasis: 'Fire tjenester, langvarig behov', answer: 'wants-ip' });
      expect(informed.status).toBe(201);
      await app.runJobs();
      // The message of IP need is on KE's worklist with the deadline to start the IP work.
      const keTasks = (await kjell.get('/api/worklist')).body.items;
      expect(keTasks).toEqual([expect.objectContaining({ kind: 'start-ip-work', personName: 'Per Testesen', unitName: 'Koordinerende enhet', dueDate: '2026-03-24', closes: 'auto' })]);
      expect(keTasks[0].source).toMatch(/forskrift om individuell plan ved ytelse av velferdstjenester \(igangsetting\)/i);
      expect(keTasks[0].source).toMatch(/kommunens rutine \(oppstart av individuell plan\)/);
      expect((await kjell.get('/api/ke/inbox')).body.items).toEqual([expect.objectContaining({ kind: 'ip', source: 'ip-information', status: 'open', dueDate: '2026-03-24', overdue: false })]);

      const registered = await kjell.post('/api/coordinators', { userId: app.seed.userIds['siri.koordinator'], unitId: app.seed.unitIds.fact });
      expect(registered.status).toBe(201);
      expect((await kjell.post(`/api/coordinators/${registered.body.id}/training`, { module: 'coordinator-role', completedOn: '2026-01-15' })).status).toBe(201);
      expect((await kjell.post(`/api/persons/${per}/coordinator`, { coordinatorId: registered.body.id, basis: 'ip', reason: 'Primærkontakt i FACT-teamet', chosenWithPerson: true })).status).toBe(204);
      const register = (await kjell.get('/api/coordinators')).body.items;
      expect(register).toEqual([expect.objectContaining({ displayName: 'Siri Koordinator', unitName: 'FACT-teamet', caseload: 1, missingModules: ['Møteledelse', 'Individuell plan'] })]);

      const created = await siri.post(`/api/persons/${per}/plan`, { reviewIntervalDays: 90 });
      expect(created.status).toBe(201);
      planId = created.body.id;
      expect((await siri.post(`/api/persons/${per}/plan`, { reviewIntervalDays: 90 })).body).toMatchObject({ status: 409, existingId: planId });
      await app.runJobs();
      expect(kinds((await kjell.get('/api/worklist')).body.items)).not.toContain('start-ip-work');
      expect((await kjell.get('/api/ke/inbox')).body.items).toEqual([]);

      let plan = (await siri.get(`/api/persons/${per}/plan`)).body;
      expect(plan).toMatchObject({ status: 'active', nextReviewDate: '2026-06-08', complete: false, coordinator: { displayName: 'Siri Koordinator' } });
      expect(plan.problems.map((p: { id: string }) => p.id)).toEqual(['no-goals', 'no-participants']);

      const goal = await siri.post(`/api/plans/${planId}/goals`, { text: 'Å få beholde leiligheten min.' });
      expect((await siri.post(`/api/plans/${planId}/measures`, { goalId: goal.body.id, description: 'Søke bostøtte sammen med Per', responsibleUnitId: app.seed.unitIds.nav, responsibleUserId: app.seed.userIds['nora.nav'], startDate: '2026-03-15', deadline: '2026-04-15' })).status).toBe(201);
      expect((await siri.post(`/api/plans/${planId}/participants`, { kind: 'nav', userId: app.seed.userIds['nora.nav'], role: 'NAV-veileder', consent: true })).status).toBe(201);
      expect((await siri.post(`/api/plans/${planId}/participants`, { kind: 'relative', name: 'Anne Testesen', role: 'Søster', consent: true, consentNote: 'Per ønsker at søsteren er med' })).status).toBe(201);
      plan = (await siri.get(`/api/plans/${planId}`)).body;
      expect(plan).toMatchObject({ complete: true, problems: [], version: 5 });
      expect(plan.measures[0]).toMatchObject({ responsible: 'NAV Fjordvik', responsiblePerson: 'Nora NAV-veileder', status: 'planned' });
      expect(plan.participants.map((p: { name: string }) => p.name)).toEqual(['Per Testesen', 'Nora NAV-veileder', 'Anne Testesen']);

      const versions = (await siri.get(`/api/plans/${planId}/versions`)).body.items;
      expect(versions.map((v: { version: number; summary: string }) => `${v.version} ${v.summary}`)).toEqual(['1 Planen ble opprettet', '2 Nytt mål', '3 Nytt tiltak', '4 Ny deltaker: Nora NAV-veileder', '5 Ny deltaker: Anne Testesen']);
      expect(versions[2]).toMatchObject({ changedByName: 'Siri Koordinator', changed: [expect.stringMatching(/^measures\.[0-9a-f-]+ \(ny\)$/)] });
      const first = await siri.get(`/api/plans/${planId}/versions/1`);
      expect(first.body.snapshot).toMatchObject({ goals: [], measures: [], status: 'active' });
      expect((await siri.get(`/api/plans/${planId}/versions/9`)).body).toMatchObject({ status: 404, detail: 'Planen har ingen versjon 9.' });
    });

    it('lists the coordinator\'s own persons with the state of each plan, and nobody else\'s', async () => {
      const mine = await siri.get('/api/me/caseload');
      expect(mine.status).toBe(200);
      expect(mine.body.items).toEqual([expect.objectContaining({ personId: per, personName: 'Per Testesen', basis: 'ip', plan: { id: planId, status: 'active', nextReviewDate: '2026-06-08', problems: [] }, nextMeeting: null, crisisPlanReviewDate: null })]);
      expect((await kari.get('/api/me/caseload')).body.items).toEqual([]);
      const listed = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from access_log where action = 'caseload.list' and ${per} = any(person_ids)`);
      expect(listed[0]!.n).toBe(1);
    });

    it('refuses a measure planned on behalf of another unit, and a bad deadline, and changes nothing', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const before = (await ola.get(`/api/plans/${planId}`)).body.version;
      const forNav = await ola.post(`/api/plans/${planId}/measures`, { description: 'Bostøtte', responsibleUnitId: app.seed.unitIds.nav, responsiblePersonName: 'Nora', startDate: '2026-03-15', deadline: '2026-04-15' });
      expect(forNav.body).toMatchObject({ status: 422, detail: 'Du kan bare legge inn og endre tiltak for en enhet du er medlem av. Koordinatoren registrerer tiltak som andre enheter og samarbeidspartnere har påtatt seg.' });
      const backwards = await siri.post(`/api/plans/${planId}/measures`, { description: 'Samtaler', responsibleUnitId: app.seed.unitIds.fact, responsibleUserId: app.seed.userIds['siri.koordinator'], startDate: '2026-03-15', deadline: '2026-03-01' });
      expect(backwards.body.errors).toEqual([{ path: 'body/deadline', detail: 'Fristen kan ikke være før startdato' }]);
      expect((await siri.patch(`/api/plans/${planId}`, {})).body).toMatchObject({ status: 400, detail: 'Ingen felt å endre. Send minst ett felt.' });
      expect((await siri.patch(`/api/plans/${planId}`, { reviewIntervalDays: 7 })).body.errors).toEqual([{ path: 'body/reviewIntervalDays', detail: 'Revisjonsintervallet må være minst 14 dager' }]);
      const own = await ola.post(`/api/plans/${planId}/measures`, { description: 'Ukentlige samtaler om rus', responsibleUnitId: app.seed.unitIds.psykiskHelseRus, responsibleUserId: app.seed.userIds['ola.tjenesteyter'], startDate: '2026-03-15', deadline: '2026-06-01', status: 'ongoing' });
      expect(own.status).toBe(201);
      expect((await ola.get(`/api/plans/${planId}`)).body.version).toBe(before + 1);
      expect(await count(app, 'plan_measures')).toBe(2);
    });

    it('refuses a non-member, and ends a participant\'s access the moment the person withdraws consent', async () => {
      const doctor = await app.as('vakt.legevakt');
      expect((await doctor.get(`/api/persons/${per}/plan`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect((await doctor.get(`/api/plans/${planId}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      const henrik = await app.as('henrik.hjemmeleder');
      expect((await henrik.get(`/api/plans/${planId}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      const added = await siri.post(`/api/plans/${planId}/participants`, { kind: 'provider', userId: app.seed.userIds['henrik.hjemmeleder'], role: 'Hjemmesykepleien', consent: true });
      expect(added.status).toBe(201);
      expect((await henrik.get(`/api/plans/${planId}`)).status).toBe(200);
      const withdrawn = await siri.post(`/api/plans/${planId}/participants/${added.body.id}/withdraw`, { note: 'Per ringte og ville ikke at hjemmesykepleien skal se planen' });
      expect(withdrawn.status).toBe(204);
      expect((await henrik.get(`/api/plans/${planId}`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      const plan = (await siri.get(`/api/plans/${planId}`)).body;
      expect(plan.participants.find((p: { id: string }) => p.id === added.body.id)).toMatchObject({ active: false, consentWithdrawnAt: expect.any(String) });
      expect((await siri.post(`/api/plans/${planId}/participants/${added.body.id}/withdraw`, { note: 'igjen' })).body.code).toBe('CONFLICT');
      const refused = await queryRows<{ action: string }>(app.database.db, sql`select action from access_log where person_id = ${per} and outcome = 'refused' and actor_name = 'Henrik Hjemmeleder' order by id`);
      expect(refused.map((r) => r.action)).toEqual(['plan.read', 'plan.read']);
      // Joining and leaving the team went through the one grant point: logged as access changes with the plan as basis.
      const henrikId = app.seed.userIds['henrik.hjemmeleder'];
      const teamChanges = await queryRows<{ action: string; basis: string }>(app.database.db, sql`select action, basis from access_log where person_id = ${per} and action like 'team.member-%' and details->>'userId' = ${henrikId} order by id`);
      expect(teamChanges).toEqual([{ action: 'team.member-added', basis: 'plan-participant' }, { action: 'team.member-ended', basis: 'plan-participant' }]);
    });

    it('holds a team meeting whose minutes put an action on the owner\'s worklist until it is done', async () => {
      const invite = { scheduledAt: '2026-03-12T09:00:00Z', location: 'FACT-teamets møterom', purpose: 'Oppstart av individuell plan', planId, invitees: [{ userId: app.seed.userIds['nora.nav'], role: 'NAV-veileder' }, { name: 'Anne Testesen', role: 'Søster' }] };
      const stranger = await siri.post(`/api/persons/${per}/meetings`, { ...invite, invitees: [{ userId: app.seed.userIds['henrik.hjemmeleder'], role: 'Leder' }] });
      expect(stranger.body.errors).toEqual([{ path: 'body/invitees/0/userId', detail: 'Den ansatte er ikke med i teamet rundt personen. Legg vedkommende til i teamet eller planen først' }]);
      const meeting = await siri.post(`/api/persons/${per}/meetings`, invite);
      expect(meeting.status).toBe(201);
      clock = new Date('2026-03-13T08:00:00Z');
      const siriLater = await app.as('siri.koordinator');
      const view = (await siriLater.get(`/api/meetings/${meeting.body.id}`)).body;
      expect(view.participants.map((p: { name: string }) => p.name)).toEqual(['Anne Testesen', 'Nora NAV-veileder', 'Per Testesen']);
      const attendance = view.participants.map((p: { id: string; name: string }) => ({ participantId: p.id, attended: p.name !== 'Anne Testesen', ...(p.name === 'Anne Testesen' ? { absenceNote: 'Syk' } : {}) }));
      const minutes = await siriLater.post(`/api/meetings/${meeting.body.id}/minutes`, {
        agenda: ['Hva er viktig for Per', 'Bolig', 'Økonomi'],
        personView: 'Per vil helst bo i leiligheten sin og få hjelp til å betale husleien i tide.',
        decisions: ['NAV hjelper med søknad om bostøtte'],
        attendance,
        actions: [{ description: 'Søke bostøtte sammen med Per', ownerId: app.seed.userIds['nora.nav'], dueDate: '2026-03-27' }],
      });
      expect(minutes.status).toBe(204);
      await app.runJobs();
      const nora = await app.as('nora.nav');
      const task = (await nora.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'meeting-action');
      expect(task).toMatchObject({ personName: 'Per Testesen', assigneeName: 'Nora NAV-veileder', dueDate: '2026-03-27', closes: 'auto', label: 'Oppgave fra teammøte' });
      const found = (await nora.get(`/api/persons/${per}/meetings?q=bostøtte`)).body.items;
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ planId, minutesStatus: 'recorded', flagged: false, minutes: { planId, recordedByName: 'Siri Koordinator' } });
      expect(found[0].participants.find((p: { name: string }) => p.name === 'Anne Testesen')).toMatchObject({ attended: false, absenceNote: 'Syk' });
      expect((await nora.get(`/api/persons/${per}/meetings?planId=${planId}`)).body.items).toHaveLength(1);
      expect((await nora.get(`/api/persons/${per}/meetings?q=finnes-ikke`)).body.items).toEqual([]);

      expect((await nora.post(`/api/meeting-actions/${found[0].actions[0].id}/done`, { note: 'Søknad sendt 20. mars' })).status).toBe(204);
      await app.runJobs();
      expect(kinds((await nora.get('/api/worklist')).body.items)).not.toContain('meeting-action');
      expect(kinds((await nora.get('/api/worklist?status=done')).body.items)).toContain('meeting-action');
    });

    it('prints the plan as a Norwegian PDF, also in large type, and logs each print', async () => {
      const siriNow = await app.as('siri.koordinator');
      const normal = await fetch(`${app.baseUrl}/api/plans/${planId}/pdf`, { headers: { cookie: siriNow.cookie } });
      const large = await fetch(`${app.baseUrl}/api/plans/${planId}/pdf?large=true`, { headers: { cookie: siriNow.cookie } });
      for (const response of [normal, large]) {
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe('application/pdf');
      }
      const [a, b] = [Buffer.from(await normal.arrayBuffer()), Buffer.from(await large.arrayBuffer())];
      expect(a.subarray(0, 5).toString()).toBe('%PDF-');
      expect(b.subarray(0, 5).toString()).toBe('%PDF-');
      // Body text in 12 pt, and in 16 pt with large type.
      expect(a.toString('latin1')).toMatch(/ 12 Tf/);
      expect(a.toString('latin1')).not.toMatch(/ 16 Tf/);
      expect(b.toString('latin1')).toMatch(/ 16 Tf/);
      const log = await queryRows<{ details: { large: boolean } }>(app.database.db, sql`select details from access_log where person_id = ${per} and action = 'plan.print' order by id`);
      expect(log.map((r) => r.details.large)).toEqual([false, true]);
    });

    it('shows the IP checks and flags the review date once it has passed', async () => {
      const overview = (await (await app.as('kari.saksbehandler')).get(`/api/persons/${per}/ip-information`)).body;
      expect(overview.currentAnswer).toBe('wants-ip');
      expect(overview.records[0]).toMatchObject({ informedByName: 'Kari Saksbehandler', unitName: 'Tildelingskontoret', methods: ['conversation', 'leaflet'] });
      expect(overview.checks.map((c: { checkId: string; met: boolean | null }) => `${c.checkId}:${c.met}`)).toEqual(['ip-informed:true', 'ip-started:true', 'coordinator-appointed:true']);
      clock = new Date('2026-06-09T08:00:00Z');
      const siriLate = await app.as('siri.koordinator');
      const plan = (await siriLate.get(`/api/plans/${planId}`)).body;
      expect(plan.complete).toBe(false);
      expect(plan.problems).toEqual([expect.objectContaining({ id: 'review-overdue', detail: 'Planen skulle vært revidert innen 2026-06-08.' })]);
      await app.runJobs();
      const { refreshTasks } = await import('../worklist/index.js');
      await refreshTasks(app.db, '2026-06-09');
      expect((await siriLate.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'ip-review')).toMatchObject({ dueDate: '2026-06-08', overdue: true });
      expect((await siriLate.patch(`/api/plans/${planId}`, { reviewed: true })).status).toBe(204);
      await app.runJobs();
      expect(kinds((await siriLate.get('/api/worklist')).body.items)).not.toContain('ip-review');
      expect((await siriLate.get(`/api/plans/${planId}`)).body).toMatchObject({ nextReviewDate: '2026-09-07', complete: true });
      const closed = await siriLate.patch(`/api/plans/${planId}`, { status: 'closed' });
      expect(closed.body.errors).toEqual([{ path: 'body/statusNote', detail: 'Begrunn hvorfor planen avsluttes' }]);
    });
  });
}
