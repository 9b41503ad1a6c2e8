import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { buildIndividualPlan } from '../../test/builders.js';
import type { TestClient } from '../../test/http-client.js';

let clock = new Date('2026-03-10T10:00:00Z');
const minutes = (n: number) => { clock = new Date(clock.getTime() + n * 60_000); };

for (const database of testDatabases()) {
  describe(`${database.name}: one-time code for people without BankID`, () => {
    let app: RunningApp;
    let per: string;
    let siri: TestClient;
    let planId: string;
    let goalId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      siri = await app.as('siri.koordinator');
      ({ planId, goalId } = await buildIndividualPlan(
        { informer: await app.as('kari.saksbehandler'), ke: await app.as('kjell.ke'), coordinator: siri },
        { personId: per, informerUnitId: app.seed.unitIds.tildeling, coordinatorUserId: app.seed.userIds['siri.koordinator']!, coordinatorUnitId: app.seed.unitIds.fact, informedOn: '2026-03-10' },
      ));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('is issued only by staff with a role and a relation, and stored only as a hash', async () => {
      expect((await (await app.as('henrik.hjemmeleder')).post(`/api/persons/${per}/access-codes`)).body.code).toBe('ROLE_REQUIRED');
      const emma = app.seed.personIds[7]!;
      expect((await siri.post(`/api/persons/${emma}/access-codes`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      const issued = await siri.post(`/api/persons/${per}/access-codes`);
      expect(issued.status).toBe(201);
      expect(issued.body).toMatchObject({ code: expect.stringMatching(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/), validMinutes: 30, expiresAt: '2026-03-10T10:30:00.000Z' });
      const stored = await queryRows<{ code_hash: string }>(app.database.db, sql`select code_hash from access_codes`);
      expect(stored).toEqual([{ code_hash: createHash('sha256').update(issued.body.code.replace('-', '')).digest('hex') }]);
    });

    it('gives the person a short read-only session to their own plan, once, and logs it', async () => {
      const { code } = (await siri.post(`/api/persons/${per}/access-codes`)).body;
      const person = app.anonymous();
      const exchanged = await person.post('/api/citizen/code', { code: ` ${code.toLowerCase().replace('-', ' ')} ` });
      expect(exchanged.status).toBe(200);
      expect(exchanged.body.user).toMatchObject({ kind: 'person', personId: per, displayName: 'Per Testesen' });
      expect(exchanged.body.expiresAt).toBe('2026-03-10T10:30:00.000Z');
      person.csrfToken = exchanged.body.csrfToken;

      const plan = await person.get('/api/me/plan');
      expect(plan.body).toMatchObject({ id: planId, personName: 'Per Testesen', coordinator: { displayName: 'Siri Koordinator' } });
      const comment = await person.post(`/api/me/plan/goals/${goalId}/comments`, { text: 'Jeg vil også klare å betale strømregningen selv.' });
      expect(comment.status).toBe(201);
      expect((await person.post(`/api/me/plan/goals/${planId}/comments`, { text: 'Feil mål' })).body).toMatchObject({ status: 404, detail: 'Fant ikke målet i planen din.' });
      const pdf = await fetch(`${app.baseUrl}/api/me/plan/pdf?large=true`, { headers: { cookie: person.cookie } });
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      expect((await person.get('/api/me/crisis-plan')).body).toMatchObject({ plan: null });

      // Read-only: the staff routes refuse a person, and other persons' data is out of reach.
      expect((await person.patch(`/api/plans/${planId}`, { reviewed: true })).body.code).toBe('ROLE_REQUIRED');
      expect((await person.post(`/api/plans/${planId}/goals`, { text: 'Et nytt mål' })).body.code).toBe('ROLE_REQUIRED');
      expect((await person.get(`/api/persons/${per}/plan`)).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
      expect((await person.post(`/api/plans/${planId}/goals/${goalId}/comments`, { text: 'Via personalets rute' })).body.code).toBe('ROLE_REQUIRED');

      const goal = (await siri.get(`/api/plans/${planId}`)).body.goals[0];
      expect(goal.comments).toEqual([expect.objectContaining({ authorKind: 'person', authorName: 'Per Testesen', text: 'Jeg vil også klare å betale strømregningen selv.' })]);
      const log = await queryRows<{ action: string; basis: string }>(app.database.db, sql`select action, basis from access_log where person_id = ${per} and actor_name = 'Per Testesen' and outcome = 'allowed' order by id`);
      expect(log.map((r) => `${r.action} ${r.basis}`)).toEqual(['citizen.code-login own', 'plan.read own', 'plan.read own', 'plan.goal.comment own', 'plan.read own', 'plan.read own', 'plan.print own', 'crisis-plan.read own']);

      // Single use.
      const again = await app.anonymous().post('/api/citizen/code', { code });
      expect(again.body).toMatchObject({ status: 401, code: 'LOGIN_FAILED', detail: 'Koden er ugyldig, allerede brukt eller utløpt. Be om en ny kode.' });
      // The session ends after 30 minutes.
      minutes(31);
      expect((await person.get('/api/me/plan')).body.code).toBe('NOT_AUTHENTICATED');
    });

    it('expires after 30 minutes, and a new code replaces an unused one', async () => {
      const staff = await app.as('siri.koordinator');
      const first = (await staff.post(`/api/persons/${per}/access-codes`)).body.code;
      const second = (await staff.post(`/api/persons/${per}/access-codes`)).body.code;
      expect((await app.anonymous().post('/api/citizen/code', { code: first })).body.code).toBe('LOGIN_FAILED');
      minutes(31);
      expect((await app.anonymous().post('/api/citizen/code', { code: second })).body.code).toBe('LOGIN_FAILED');
    });

    it('rate-limits per code: five failures against one code block it, even for the right client', async () => {
      minutes(20); // the failures above are now older than 15 minutes
      const staff = await app.as('siri.koordinator');
      const { code } = (await staff.post(`/api/persons/${per}/access-codes`)).body;
      const codeKey = createHash('sha256').update(code.replace('-', '')).digest('hex');
      for (let i = 0; i < 5; i++) await queryRows(app.database.db, sql`insert into access_code_failures (client_key, code_key, failed_at) values (${`other-client-${i}`}, ${codeKey}, ${clock})`);
      const blocked = await app.anonymous().post('/api/citizen/code', { code });
      expect(blocked.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', detail: 'For mange mislykkede forsøk. Vent 15 minutter og prøv igjen.' });
    });

    it('rate-limits per client: after five wrong codes even a valid one is refused with 429', async () => {
      minutes(20);
      const staff = await app.as('siri.koordinator');
      const { code } = (await staff.post(`/api/persons/${per}/access-codes`)).body;
      for (let i = 0; i < 5; i++) expect((await app.anonymous().post('/api/citizen/code', { code: `WRONG${i}XYZ` })).status).toBe(401);
      expect((await app.anonymous().post('/api/citizen/code', { code })).body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
      const [used] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from access_codes where used_at is not null`);
      expect(used!.n).toBe(1); // only the code exchanged in the first test
      minutes(16); // the window has passed, and the code (valid 30 minutes) still works
      expect((await app.anonymous().post('/api/citizen/code', { code })).status).toBe(200);
    });
  });
}
