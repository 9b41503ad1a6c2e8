import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { syntheticNationalId } from './national-id.js';

async function logRows(app: RunningApp, personId: string) {
  return queryRows<{ action: string; outcome: string; basis: string; actor_name: string }>(app.database.db, sql`select action, outcome, basis, actor_name from access_log where person_id = ${personId} or ${personId} = any(person_ids) order by id`);
}

async function count(app: RunningApp, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(app.database.db, sql.raw(`select count(*)::int as n from ${table}`));
  return row!.n;
}

for (const database of testDatabases()) {
  describe(`${database.name}: persons API`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('finds persons by name prefix only through a relation, and logs each hit', async () => {
      const kari = await app.as('kari.saksbehandler');
      const hit = await kari.get('/api/persons?q=testesen');
      expect(hit.status).toBe(200);
      expect(hit.body.items.map((p: { familyName: string }) => p.familyName)).toEqual(['Testesen']);
      expect((await logRows(app, hit.body.items[0].id)).some((r) => r.action === 'person.search' && r.actor_name === 'Kari Saksbehandler')).toBe(true);
      // Emma Berg exists but no unit of Kari's serves her: the search must not reveal her.
      expect((await kari.get('/api/persons?q=berg')).body.items).toEqual([]);
    });

    it('refuses a person page without a relation with 403 and logs the refusal', async () => {
      const kari = await app.as('kari.saksbehandler');
      const emma = app.seed.personIds[7]!;
      const answer = await kari.get(`/api/persons/${emma}`);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
      expect(answer.body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect(answer.body.detail).toContain('tjenstlig behov');
      expect(await logRows(app, emma)).toContainEqual({ action: 'person.read', outcome: 'refused', basis: 'no-relation', actor_name: 'Kari Saksbehandler' });
    });

    it('shows the person page through a unit relation and records the basis', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const answer = await kari.get(`/api/persons/${per}`);
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ givenName: 'Per', familyName: 'Testesen', accessBasis: 'unit:Tildelingskontoret', syntheticId: true });
      expect(answer.body.team.map((m: { displayName: string }) => m.displayName)).toEqual(['Nora NAV-veileder', 'Siri Koordinator']);
      expect((await logRows(app, per)).at(-1)).toEqual({ action: 'person.read', outcome: 'allowed', basis: 'unit:Tildelingskontoret', actor_name: 'Kari Saksbehandler' });
    });

    it('registers a person, keeps access through the registering unit, and detects duplicates', async () => {
      const kari = await app.as('kari.saksbehandler');
      const nationalId = syntheticNationalId('1990-05-17', 3) ?? syntheticNationalId('1990-05-17', 4)!;
      const created = await kari.post('/api/persons', { nationalId, givenName: 'Ny', familyName: 'Registrert' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ birthDate: '1990-05-17', syntheticId: true, accessBasis: 'unit:Tildelingskontoret' });
      const again = await kari.post('/api/persons', { nationalId, givenName: 'Ny', familyName: 'Igjen' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'PERSON_DUPLICATE', existingPersonId: created.body.id });
      expect((await logRows(app, created.body.id))[0]).toMatchObject({ action: 'person.create', outcome: 'allowed' });
    });

    it('rejects an invalid national id, unknown fields and malformed JSON without writing anything', async () => {
      const kari = await app.as('kari.saksbehandler');
      const before = await count(app, 'persons');
      const badId = await kari.post('/api/persons', { nationalId: '12345678901', givenName: 'A', familyName: 'B' });
      expect(badId.status).toBe(400);
      expect(badId.body.code).toBe('VALIDATION_FAILED');
      expect(badId.body.errors[0]).toEqual({ path: 'body/nationalId', detail: 'Ugyldig fødselsnummer: Første kontrollsiffer stemmer ikke.' });
      const unknown = await kari.post('/api/persons', { nationalId: syntheticNationalId('1970-01-02', 1) ?? syntheticNationalId('1970-01-02', 2), givenName: 'A', familyName: 'B', isAdmin: true });
      expect(unknown.status).toBe(400);
      expect(unknown.body.detail).toContain('isAdmin');
      const malformed = await kari.raw('POST', '/api/persons', { body: '{"givenName": ', headers: { 'content-type': 'application/json' } });
      expect(malformed.status).toBe(400);
      expect(malformed.body).toMatchObject({ code: 'MALFORMED_JSON', detail: 'Innholdet er ikke gyldig JSON.' });
      const huge = await kari.raw('POST', '/api/persons', { body: JSON.stringify({ givenName: 'x'.repeat(1_100_000) }), headers: { 'content-type': 'application/json' } });
      expect(huge.status).toBe(413);
      expect(huge.body.code).toBe('BODY_TOO_LARGE');
      const wrongType = await kari.post('/api/persons', { nationalId: 123, givenName: 'A', familyName: 'B' });
      expect(wrongType.status).toBe(400);
      expect(await count(app, 'persons')).toBe(before);
    });

    it('refuses writes without the CSRF token', async () => {
      const kari = await app.as('kari.saksbehandler');
      kari.csrfToken = 'wrong';
      const answer = await kari.patch(`/api/persons/${app.seed.personIds[0]}`, { phone: '99999999' });
      expect(answer.status).toBe(403);
      expect(answer.body.code).toBe('CSRF_FAILED');
    });

    it('answers 401 without a session', async () => {
      const answer = await app.anonymous().get('/api/persons?q=te');
      expect(answer).toMatchObject({ status: 401, body: { code: 'NOT_AUTHENTICATED' } });
    });
  });
}
