import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const start = new Date('2026-03-10T09:00:00Z');
const day = 86400_000;

for (const database of testDatabases()) {
  describe(`${database.name}: avvik from report to closure`, () => {
    let app: RunningApp;
    let clock = start;
    const as = (username: string) => app.as(username);
    const report = (overrides: Record<string, unknown> = {}) => ({ description: 'Varsel om husleierestanse ble ikke sendt til NAV før utkastelse.', location: 'Boligkontoret', category: 'cooperation-units', severity: 'moderate', ...overrides });
    const snapshot = (id: string) => queryRows(app.database.db, sql`select status, closed_at, conclusion, (select count(*)::int from deviation_events e where e.deviation_id = d.id) as events from deviations d where id = ${id}`);

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('routes an avvik NAV reports about Boligkontoret to its leader, refuses closing without feedback, and shows the NAV reporter the status and feedback', async () => {
      const nora = await as('nora.nav');
      const created = await nora.post('/api/deviations', report({ concerned: { kind: 'unit', unitId: app.seed.unitIds.bolig } }));
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const id = created.body.id as string;
      const mine = await nora.get('/api/deviations?view=reported-by-me');
      expect(mine.body.items).toHaveLength(1);
      expect(mine.body.items[0]).toMatchObject({ id, status: 'registered', statusLabel: 'Registrert', reporterUnit: { name: 'NAV Fjordvik' }, concerned: { kind: 'unit', name: 'Boligkontoret' }, handlingUnit: { name: 'Boligkontoret' }, escalated: false, myRelations: ['reporter'] });
      expect(mine.body.items[0].reference).toMatch(/^AVV-\d+$/);
      const seen = await nora.get(`/api/deviations/${id}`);
      expect(seen.body.events.find((e: { kind: string }) => e.kind === 'routed').details).toMatchObject({ to: 'Boligkontoret', handlingUnit: 'Boligkontoret', recipients: 'Berit Boligleder' });
      expect(seen.body.mayHandle).toBe(false);

      const berit = await as('berit.boligleder');
      expect((await berit.get('/api/deviations?view=to-handle')).body.items.map((d: { id: string }) => d.id)).toEqual([id]);
      const henrik = await as('henrik.hjemmeleder');
      const other = await henrik.post(`/api/deviations/${id}/assessment`, { assessment: 'Ikke vårt avvik' });
      expect(other.status).toBe(403);
      expect(other.body).toMatchObject({ code: 'OUTSIDE_RESPONSIBILITY', detail: 'Avviket er sendt til lederen for Boligkontoret. Bare den som leder enheten, kvalitetsrådgiver eller kommunedirektøren kan behandle det.' });
      const kari = await as('kari.saksbehandler');
      expect((await kari.get(`/api/deviations/${id}`)).body.code).toBe('OUTSIDE_RESPONSIBILITY');
      expect((await kari.post(`/api/deviations/${id}/assessment`, { assessment: 'Forsøk' })).body.code).toBe('ROLE_REQUIRED');

      expect((await berit.post(`/api/deviations/${id}/assessment`, { assessment: 'Rutinen sier ikke når NAV skal varsles.', cause: 'Uklar rutine' })).status).toBe(204);
      const measure = await berit.post(`/api/deviations/${id}/measures`, { description: 'Varsle NAV ved første restansevarsel', ownerId: app.seed.userIds['berit.boligleder'], deadline: '2026-04-01' });
      expect(measure.status).toBe(201);
      expect((await berit.get(`/api/deviations/${id}`)).body).toMatchObject({ status: 'measures', closeProblems: [{ path: 'body/noFeedbackReason' }] });

      clock = new Date(start.getTime() + 2 * day);
      const later = await as('berit.boligleder');
      const before = await snapshot(id);
      const refused = await later.post(`/api/deviations/${id}/close`, { conclusion: 'Rutinen er endret.' });
      expect(refused.status).toBe(422);
      expect(refused.body).toMatchObject({ code: 'UNPROCESSABLE', errors: [{ path: 'body/noFeedbackReason', detail: 'Avviket kan ikke lukkes før melderen og den meldende enheten har fått tilbakemelding om hva som er gjort. Gi tilbakemelding, eller begrunn hvorfor ikke.' }] });
      expect(await snapshot(id)).toEqual(before);

      expect((await later.post(`/api/deviations/${id}/feedback`, { message: 'Rutinen er endret: NAV varsles ved første restansevarsel.' })).status).toBe(201);
      expect((await later.post(`/api/deviations/${id}/close`, { conclusion: 'Rutinen er endret.' })).status).toBe(204);
      expect((await later.post(`/api/deviations/${id}/close`, { conclusion: 'Igjen' })).body).toMatchObject({ status: 409, code: 'CONFLICT', detail: 'Avviket er lukket og kan ikke endres.' });

      const noraLater = await as('nora.nav');
      const outcome = await noraLater.get(`/api/deviations/${id}`);
      expect(outcome.body).toMatchObject({ status: 'closed', statusLabel: 'Lukket', conclusion: 'Rutinen er endret.', closedWithFeedback: true, assessment: null, cause: null, feedback: [{ message: 'Rutinen er endret: NAV varsles ved første restansevarsel.', toReporter: true, toReportingUnit: true, givenBy: { displayName: 'Berit Boligleder' } }] });
      expect((await noraLater.get('/api/deviations?view=reported-by-me')).body.items[0].status).toBe('closed');
      clock = start;
    });

    it('closes without feedback only when the handler records why', async () => {
      const lena = await as('lena.leder');
      const created = await lena.post('/api/deviations', report({ category: 'documentation', severity: 'minor', description: 'Notat skrevet i feil journal, rettet samme dag.', location: 'Kontoret' }));
      const id = created.body.id;
      expect((await lena.post(`/api/deviations/${id}/close`, { conclusion: 'Ingen tiltak' })).body).toMatchObject({ status: 422, errors: [{ path: 'status', detail: 'Avviket må vurderes før det kan lukkes.' }] });
      await lena.post(`/api/deviations/${id}/assessment`, { assessment: 'Enkeltstående feil' });
      const tooShort = await lena.post(`/api/deviations/${id}/close`, { conclusion: 'Ingen tiltak', noFeedbackReason: 'Meg' });
      expect(tooShort.body.errors).toEqual([{ path: 'body/noFeedbackReason', detail: 'Begrunnelsen må ha minst 10 tegn' }]);
      expect((await lena.post(`/api/deviations/${id}/close`, { conclusion: 'Ingen tiltak', noFeedbackReason: 'Melder er selv leder og behandlet avviket.' })).status).toBe(204);
      expect((await lena.get(`/api/deviations/${id}`)).body).toMatchObject({ status: 'closed', closedWithFeedback: false, noFeedbackReason: 'Melder er selv leder og behandlet avviket.' });
    });

    it('escalates a serious avvik to the director at once, and a minor one when its handler raises the severity', async () => {
      const ola = await as('ola.tjenesteyter');
      const serious = await ola.post('/api/deviations', report({ category: 'threats-violence', severity: 'serious', description: 'Ansatt ble truet i resepsjonen.', location: 'Lavterskeltilbudet', concerned: { kind: 'unit', unitId: app.seed.unitIds.lavterskel } }));
      const dina = await as('dina.direktor');
      const escalated = (await dina.get('/api/deviations?view=escalated')).body.items;
      expect(escalated.map((d: { id: string }) => d.id)).toContain(serious.body.id);
      const view = await dina.get(`/api/deviations/${serious.body.id}`);
      // Lavterskeltilbudet has no leader of its own: the leader of Psykisk helse og rus above it handles it.
      expect(view.body).toMatchObject({ escalated: true, handlingUnit: { name: 'Psykisk helse og rus' }, myRelations: ['oversight'] });
      expect(view.body.events.find((e: { kind: string }) => e.kind === 'escalated').details).toEqual({ severity: 'Alvorlig', recipients: 'Dina Direktør' });

      const minor = await ola.post('/api/deviations', report({ category: 'medication', severity: 'minor', description: 'Medisin ble gitt to timer for sent.', location: 'Bofellesskap' }));
      expect((await dina.get('/api/deviations?view=escalated')).body.items.map((d: { id: string }) => d.id)).not.toContain(minor.body.id);
      const lena = await as('lena.leder');
      await lena.post(`/api/deviations/${minor.body.id}/assessment`, { assessment: 'Feil dose, ikke bare forsinkelse.', severity: 'critical' });
      expect((await dina.get('/api/deviations?view=escalated')).body.items.map((d: { id: string }) => d.id)).toContain(minor.body.id);
    });

    it('forwards an avvik about a partner with a PDF letter, tracks the answer and reminds the day after it was due', async () => {
      const dps = (await (await as('kari.saksbehandler')).get('/api/partners')).body.items.find((p: { name: string }) => p.name === 'DPS Fjordvik').id;
      const siri = await as('siri.koordinator');
      const created = await siri.post('/api/deviations', report({ category: 'cooperation-specialist', description: 'Utskrevet fredag kveld uten varsel til kommunen.', location: 'DPS Fjordvik', concerned: { kind: 'partner', partnerId: dps } }));
      const id = created.body.id;
      const lena = await as('lena.leder');
      expect((await lena.post(`/api/deviations/${id}/forward`, {})).body).toMatchObject({ status: 422, detail: 'Vurder avviket før det sendes videre til samarbeidspartneren.' });
      await lena.post(`/api/deviations/${id}/assessment`, { assessment: 'Brudd på avtalen om varsel ved utskrivning.' });
      expect((await lena.post(`/api/deviations/${id}/forward`, { answerDueDate: '2026-03-10' })).body.errors).toEqual([{ path: 'body/answerDueDate', detail: 'Fristen må være frem i tid' }]);
      const forwarded = await lena.post(`/api/deviations/${id}/forward`, { answerDueDate: '2026-03-24' });
      expect(forwarded.status).toBe(201);
      const letter = await fetch(`${app.baseUrl}/api/deviations/${id}/forwardings/${forwarded.body.id}/letter`, { headers: { cookie: lena.cookie } });
      expect(letter.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await letter.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await lena.post(`/api/deviations/${id}/forward`, {})).body).toMatchObject({ status: 409, detail: 'Avviket er allerede sendt til DPS Fjordvik og venter på svar.' });
      await lena.post(`/api/deviations/${id}/feedback`, { message: 'Avviket er sendt til DPS Fjordvik. Vi venter på svar.' });
      expect((await lena.post(`/api/deviations/${id}/close`, { conclusion: 'Sendt videre' })).body.errors).toEqual([{ path: 'body/noPartnerAnswerReason', detail: 'Svaret fra DPS Fjordvik er ikke registrert. Registrer svaret, eller begrunn hvorfor avviket lukkes uten.' }]);

      await app.runJobs();
      expect((await lena.get(`/api/deviations/${id}`)).body.forwardings[0]).toMatchObject({ answerStatus: 'awaiting', reminderSentAt: null, answerDueDate: '2026-03-24' });
      clock = new Date('2026-03-25T06:30:00Z'); // 07:30 in Oslo the day after the answer was due
      await app.runJobs();
      const late = await as('lena.leder');
      const view = await late.get(`/api/deviations/${id}`);
      expect(view.body.forwardings[0]).toMatchObject({ answerStatus: 'overdue', reminderSentAt: clock.toISOString() });
      expect(view.body.events.at(-1)).toMatchObject({ kind: 'partner-reminder', actorName: null, details: { partner: 'DPS Fjordvik', answerDueDate: '2026-03-24' } });
      expect((await late.get('/api/deviations?view=to-handle')).body.items.find((d: { id: string }) => d.id === id)).toMatchObject({ awaitingPartnerAnswer: true, partnerAnswerOverdue: true });
      expect((await late.post(`/api/deviations/${id}/partner-answer`, { receivedOn: '2026-03-25', summary: 'DPS har endret rutinen for varsel.' })).status).toBe(204);
      expect((await late.get(`/api/deviations/${id}`)).body.forwardings[0]).toMatchObject({ answerStatus: 'answered', answerSummary: 'DPS har endret rutinen for varsel.' });
      expect((await late.post(`/api/deviations/${id}/close`, { conclusion: 'DPS har endret rutinen.' })).status).toBe(204);
      clock = start;
    });

    it('links a person only when the reporter has a service need, logs it, and hides the person from readers without one', async () => {
      const kari = await as('kari.saksbehandler');
      const [per, emma] = [app.seed.personIds[0]!, app.seed.personIds[7]!];
      const count = () => queryRows(app.database.db, sql`select count(*)::int as n from deviations`);
      const before = await count();
      const refused = await kari.post('/api/deviations', report({ personId: emma, concerned: { kind: 'unit', unitId: app.seed.unitIds.bolig } }));
      expect(refused.status).toBe(403);
      expect(refused.body.code).toBe('PERSON_NOT_IN_SCOPE');
      expect(await count()).toEqual(before);
      const created = await kari.post('/api/deviations', report({ personId: per, concerned: { kind: 'unit', unitId: app.seed.unitIds.bolig } }));
      expect(created.status).toBe(201);
      const log = await queryRows(app.database.db, sql`select outcome, basis from access_log where person_id = ${per} and action = 'deviation.link-person'`);
      expect(log).toEqual([{ outcome: 'allowed', basis: 'unit:Tildelingskontoret' }]);
      expect((await kari.get(`/api/deviations/${created.body.id}`)).body.person).toEqual({ linked: true, id: per, name: 'Per Testesen', hiddenNote: null });
      const berit = await as('berit.boligleder');
      const hidden = await berit.get(`/api/deviations/${created.body.id}`);
      expect(hidden.body.person).toEqual({ linked: true, id: null, name: null, hiddenNote: 'Knyttet til en person du ikke har tjenstlig behov for' });
      expect(JSON.stringify(hidden.body)).not.toContain('Testesen');
      expect(JSON.stringify((await berit.get('/api/deviations')).body)).not.toContain(per);
    });

    it('refuses bad input with a precise error and writes nothing', async () => {
      const nora = await as('nora.nav');
      const count = () => queryRows(app.database.db, sql`select (select count(*)::int from deviations) as d, (select count(*)::int from deviation_events) as e`);
      const before = await count();
      const missing = await nora.post('/api/deviations', { description: 'Noe skjedde i dag', location: 'Her', severity: 'minor' });
      expect(missing.status).toBe(400);
      expect(missing.body.errors).toEqual([{ path: 'body/category', detail: 'Velg kategori: medication, threats-violence, cooperation-units, cooperation-specialist, documentation, information-security, other' }]);
      const future = await nora.post('/api/deviations', report({ occurredAt: '2026-03-11T09:00:00Z' }));
      expect(future.body).toMatchObject({ status: 422, errors: [{ path: 'body/occurredAt', detail: 'Tidspunktet er frem i tid' }] });
      const unknown = await nora.post('/api/deviations', report({ concerned: { kind: 'unit', unitId: '00000000-0000-4000-8000-000000000000' } }));
      expect(unknown.body).toMatchObject({ status: 422, errors: [{ path: 'body/concerned/unitId', detail: 'Ukjent enhet' }] });
      const extra = await nora.post('/api/deviations', report({ reporterName: 'Nora' }));
      expect(extra.status).toBe(400);
      expect(await count()).toEqual(before);
    });

    it('gives monthly statistics per unit and category with time to close and share closed with feedback, and no person data', async () => {
      const kristin = await as('kristin.kvalitet');
      const answer = await kristin.get('/api/deviations/statistics?from=2026-01&to=2026-03');
      expect(answer.status).toBe(200);
      const { body } = answer;
      expect(body.months).toEqual(['2026-01', '2026-02', '2026-03']);
      const unit = (name: string) => body.perUnit.find((u: { unit: { name: string } }) => u.unit.name === name);
      expect(unit('Boligkontoret').perCategory.find((c: { category: string }) => c.category === 'cooperation-units')).toEqual({ category: 'cooperation-units', reported: 2, closed: 1 });
      expect(unit('DPS Fjordvik')).toMatchObject({ unit: { kind: 'partner' }, reported: 1, closed: 1 });
      expect(body.perMonth.find((m: { month: string }) => m.month === '2026-03')).toMatchObject({ month: '2026-03' });
      expect(body.perUnit.reduce((n: number, u: { reported: number }) => n + u.reported, 0)).toBe(body.totals.reported);
      expect(body.perMonth.reduce((n: number, m: { reported: number }) => n + m.reported, 0)).toBe(body.totals.reported);
      expect(body.totals).toMatchObject({ reported: 6, closed: 3, open: 3, closedWithFeedback: 2, closedWithFeedbackShare: 0.667 });
      expect(body.totals.medianDaysToClose).toBe(2);
      expect(JSON.stringify(body)).not.toContain(app.seed.personIds[0]!);
      const byReporter = (await kristin.get('/api/deviations/statistics?from=2026-01&to=2026-03&unitBasis=reporting')).body;
      expect(byReporter.totals).toEqual(body.totals);
      expect(byReporter.perUnit.every((u: { unit: { kind: string } }) => u.unit.kind !== 'partner')).toBe(true);
      expect((await (await as('kari.saksbehandler')).get('/api/deviations/statistics?from=2026-01&to=2026-03')).body.code).toBe('ROLE_REQUIRED');
      expect((await kristin.get('/api/deviations/statistics?from=2026-03&to=2026-01')).body.errors).toEqual([{ path: 'querystring/to', detail: 'Før fra-måneden' }]);
      expect((await kristin.get('/api/deviations/statistics?from=2026-13&to=2026-01')).body.errors[0]).toEqual({ path: 'querystring/from', detail: 'Fra må være en måned (ÅÅÅÅ-MM)' });
    });
  });
}
