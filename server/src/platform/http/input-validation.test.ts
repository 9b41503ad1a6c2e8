// No input reaches a 500: control characters, impossible or extreme dates, oversized numbers, empty
// PATCHes, stored far-future dates and framework-level errors all answer Norwegian problem+json.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { Answer } from '../../test/http-client.js';

function expectProblem(answer: Answer, status: number, detail?: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBe(status);
  expect(answer.headers.get('content-type')).toContain('application/problem+json');
  if (detail) expect(answer.body.detail).toBe(detail);
}

for (const database of testDatabases()) {
  describe(`${database.name}: input validation at the edge`, () => {
    let app: RunningApp;
    let per: string;
    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
      per = app.seed.personIds[0]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses NUL in a query string and in a body field with 400', async () => {
      const kari = await app.as('kari.saksbehandler');
      const search = await kari.get('/api/persons?q=ab%00c');
      expectProblem(search, 400, 'Teksten kan ikke inneholde kontrolltegn');
      expect(search.body.errors).toEqual([{ path: 'querystring/q', detail: 'Teksten kan ikke inneholde kontrolltegn' }]);
      const patch = await kari.patch(`/api/persons/${per}`, { address: 'Fjordgata\u0000 12' });
      expectProblem(patch, 400, 'Teksten kan ikke inneholde kontrolltegn');
      expect(patch.body.errors).toEqual([{ path: 'body/address', detail: 'Teksten kan ikke inneholde kontrolltegn' }]);
    });

    it('keeps line breaks in multi-line text', async () => {
      const kari = await app.as('kari.saksbehandler');
      const note = await kari.post(`/api/persons/${per}/notes`, { title: 'Samtale', body: 'Første linje\n\tandre linje', classification: 'shared' });
      expect(note.status, JSON.stringify(note.body)).toBe(201);
    });

    it('refuses an empty PATCH', async () => {
      const kari = await app.as('kari.saksbehandler');
      expectProblem(await kari.patch(`/api/persons/${per}`, {}), 400, 'Ingen felt å endre. Send minst ett felt.');
    });

    it('refuses impossible, extreme and bare-number instants', async () => {
      const siri = await app.as('siri.koordinator');
      const appointment = (scheduledAt: unknown) => siri.post(`/api/persons/${per}/gp-appointments`, { scheduledAt, purpose: 'Kontroll' });
      const format = 'Tidspunkt må være dato og klokkeslett med tidssone (ISO 8601), f.eks. 2026-03-01T10:00:00+01:00';
      expectProblem(await appointment('2026-02-30T10:00:00Z'), 400, format);
      expectProblem(await appointment(12345), 400, format);
      expectProblem(await appointment('9999-12-31T23:59:59Z'), 400, 'Tidspunkt må være mellom 01.01.1900 og 31.12.2100');
      expectProblem(await appointment('0001-01-01T00:00:00Z'), 400, 'Tidspunkt må være mellom 01.01.1900 og 31.12.2100');
    });

    it('refuses a version number beyond an integer column', async () => {
      const siri = await app.as('siri.koordinator');
      expectProblem(await siri.get(`/api/plans/${per}/versions/99999999999`), 400, 'Versjon kan ikke være større enn 2147483647');
    });

    it('shows the somatic and housing pages when a far-future date is already stored', async () => {
      const siri = await app.as('siri.koordinator');
      const created = await siri.post(`/api/persons/${per}/gp-appointments`, { scheduledAt: '2026-03-01T10:00:00+01:00', purpose: 'Kontroll' });
      expect(created.status).toBe(201);
      await app.database.db.execute(sql`update gp_appointments set scheduled_at = '9999-12-31T23:59:59Z' where id = ${created.body.id}`);
      const { tenantId, unitIds, userIds } = app.seed;
      await app.database.db.execute(sql`insert into home_follow_up_plans (tenant_id, person_id, unit_id, goals, visit_interval_days, start_date, recorded_by, recorded_at) values (${tenantId}, ${per}, ${unitIds.fact}, 'Bo trygt', 90, '9999-12-31', ${userIds['siri.koordinator']}, now())`);
      const somatic = await siri.get(`/api/persons/${per}/somatic`);
      expect(somatic.status, JSON.stringify(somatic.body)).toBe(200);
      const housing = await siri.get(`/api/persons/${per}/housing`);
      expect(housing.status, JSON.stringify(housing.body)).toBe(200);
      expect(housing.body.plans.find((p: { startDate: string }) => p.startDate === '9999-12-31').nextVisitDue).toBe('9999-12-31');
    });

    it('exports the demo person’s records', async () => {
      const kari = await app.as('kari.saksbehandler');
      const exported = await kari.get(`/api/records/export?personId=${per}`);
      expect(exported.status, JSON.stringify(exported.body)).toBe(200);
      expect(exported.body.persons).toHaveLength(1);
    });
  });

  describe(`${database.name}: framework errors as Norwegian problem+json`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('answers an unknown address with 404 without echoing it', async () => {
      const answer = await app.anonymous().get('/api/hemmelig-navn-ola');
      expectProblem(answer, 404, 'Adressen finnes ikke i API-et.');
      expect(JSON.stringify(answer.body)).not.toContain('hemmelig');
    });

    it('answers a method the address does not take with 405 and Allow', async () => {
      const answer = await app.anonymous().raw('DELETE', '/api/persons');
      expectProblem(answer, 405, 'Adressen tar ikke imot DELETE. Tillatt: GET, POST.');
      expect(answer.headers.get('allow')).toBe('GET, POST');
    });

    it('answers a malformed URL with 400 without echoing it', async () => {
      const answer = await app.anonymous().get('/api/persons/%zz-hemmelig');
      expectProblem(answer, 400, 'Adressen er ugyldig (feil i prosent-koding).');
      expect(JSON.stringify(answer.body)).not.toContain('hemmelig');
    });

    it('answers a too long address with 414 and too large headers with 431', async () => {
      expectProblem(await app.anonymous().get(`/api/persons?q=${'a'.repeat(9000)}`), 414, 'Adressen er lengre enn tillatt (maks 8192 tegn).');
      expectProblem(await app.anonymous().get(`/api/persons?q=${'a'.repeat(20_000)}`), 431, 'Adressen eller overskriftene i forespørselen er større enn tillatt.');
    });
  });
}
