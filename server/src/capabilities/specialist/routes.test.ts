import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: referrals, admissions, utskrivningsklar and avvik links`, () => {
    let app: RunningApp;
    let per: string;
    let kari: TestClient;
    let partners: { id: string; name: string }[];
    let admissionId: string;
    let referralId: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      kari = await app.as('kari.saksbehandler');
      partners = (await kari.get('/api/partners')).body.items;
    });
    afterAll(async () => {
      await app?.close();
    });

    const partner = (name: string) => partners.find((p) => p.name === name)!.id;

    it('shows referrals from intake with their outcome, the assessment deadline and the rejection reason', async () => {
      referralId = (await kari.post(`/api/persons/${per}/referrals`, { level: 'dps', partnerId: partner('DPS Fjordvik'), reason: 'Behov for spesialistvurdering' })).body.id;
      await kari.post(`/api/persons/${per}/referrals`, { level: 'tsb', partnerId: partner('TSB-poliklinikken'), reason: 'Rusbehandling' });
      const first = await kari.get(`/api/persons/${per}/specialist`);
      expect(first.status, JSON.stringify(first.body)).toBe(200);
      const tsb = first.body.referrals.find((r: { level: string }) => r.level === 'tsb');
      expect((await kari.post(`/api/referrals/${tsb.id}/outcome`, { outcome: 'rejected', reason: 'Ikke rett til prioritert helsehjelp' })).status).toBe(204);
      const view = (await kari.get(`/api/persons/${per}/specialist`)).body;
      expect(view.referrals).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'tsb', outcome: 'rejected', outcomeReason: 'Ikke rett til prioritert helsehjelp' }), expect.objectContaining({ level: 'dps', outcome: 'pending', assessmentDueDate: '2026-03-24' })]));
      clock = new Date('2026-03-25T10:00:00Z');
      kari = await app.as('kari.saksbehandler'); // the session expired with the moved clock
      const late = (await kari.get(`/api/persons/${per}/specialist`)).body.checks.find((c: { id: string }) => c.id === 'referral-assessed-in-time');
      expect(late).toMatchObject({ status: 'partly', detail: '1 uten utfall etter fristen på 10 virkedager.', source: { law: 'Pasient- og brukerrettighetsloven' } });
    });

    it('refuses an admission at a GP office, in the future, or by a NAV adviser, storing nothing', async () => {
      const gp = await kari.post(`/api/persons/${per}/admissions`, { partnerId: partner('Fjordvik legesenter'), admittedAt: '2026-03-20T08:00:00Z' });
      expect(gp.body).toMatchObject({ status: 422, errors: [{ path: 'body/partnerId', detail: 'Velg et sykehus, DPS eller TSB' }] });
      expect((await kari.post(`/api/persons/${per}/admissions`, { partnerId: partner('Fjordvik sykehus'), admittedAt: '2026-04-20T08:00:00Z' })).body.errors).toEqual([{ path: 'body/admittedAt', detail: 'Innleggelsen kan ikke være i fremtiden' }]);
      expect((await (await app.as('nora.nav')).post(`/api/persons/${per}/admissions`, { partnerId: partner('Fjordvik sykehus'), admittedAt: '2026-03-20T08:00:00Z' })).body.code).toBe('ROLE_REQUIRED');
      expect(await count(app, 'admissions')).toBe(0);
    });

    it('records an admission, the hospital messages with their time, and counts days after utskrivningsklar', async () => {
      const created = await kari.post(`/api/persons/${per}/admissions`, { partnerId: partner('DPS Fjordvik'), referralId, admittedAt: '2026-03-12T08:00:00Z', ward: 'Akuttpost', plannedDischargeOn: '2026-03-22' });
      expect(created.status).toBe(201);
      admissionId = created.body.id;
      expect((await kari.post(`/api/persons/${per}/admissions/${admissionId}/messages`, { kind: 'admission-notice', receivedAt: '2026-03-12T14:00:00Z', content: 'Innlagt, antatt utskrivning 22.03' })).status).toBe(201);
      expect((await kari.post(`/api/persons/${per}/admissions/${admissionId}/messages`, { kind: 'ready-for-discharge', receivedAt: '2026-03-22T09:15:00Z' })).status).toBe(201);
      expect((await kari.post(`/api/persons/${per}/admissions/${admissionId}/messages`, { kind: 'other', receivedAt: '2026-03-30T09:15:00Z' })).body.errors).toEqual([{ path: 'body/receivedAt', detail: 'Tidspunktet er i fremtiden' }]);
      const view = (await kari.get(`/api/persons/${per}/specialist`)).body;
      expect(view.admissions[0]).toMatchObject({ partnerName: 'DPS Fjordvik', ward: 'Akuttpost', plannedDischargeOn: '2026-03-22', paymentDays: 3, messages: [{ kind: 'admission-notice', registeredByName: 'Kari Saksbehandler' }, { kind: 'ready-for-discharge', receivedAt: '2026-03-22T09:15:00.000Z' }] });
      const checks = Object.fromEntries(view.checks.map((c: { id: string; status: string }) => [c.id, c.status]));
      expect(checks).toMatchObject({ 'admission-notice-with-planned-discharge': 'met', 'discharge-prepared': 'not-met' });
    });

    it('records the discharge meeting, the discharge and the services in place', async () => {
      const bad = await kari.patch(`/api/persons/${per}/admissions/${admissionId}`, { dischargedAt: '2026-03-01T10:00:00Z' });
      expect(bad.body.errors).toEqual([{ path: 'body/dischargedAt', detail: 'Utskrivningen kan ikke være før innleggelsen' }]);
      expect((await kari.patch(`/api/persons/${per}/admissions/${admissionId}`, { servicesInPlace: ['flying'] })).status).toBe(400);
      expect((await kari.patch(`/api/persons/${per}/admissions/${admissionId}`, { dischargeMeetingAt: '2026-03-21T12:00:00Z', dischargedAt: '2026-03-22T15:00:00Z', servicesInPlace: ['home-nursing', 'coordinator', 'crisis-plan'] })).status).toBe(204);
      const view = (await kari.get(`/api/persons/${per}/specialist`)).body;
      expect(view.admissions[0]).toMatchObject({ paymentDays: 0, servicesInPlace: ['home-nursing', 'coordinator', 'crisis-plan'] });
      expect(view.checks.find((c: { id: string }) => c.id === 'discharge-prepared').status).toBe('met');
    });

    it('links a cooperation avvik to the admission, but not one about another person', async () => {
      const avvik = await kari.post('/api/deviations', { description: 'Utskrevet uten at kommunen fikk epikrise', location: 'DPS Fjordvik', category: 'cooperation-specialist', severity: 'moderate', personId: per });
      expect(avvik.status, JSON.stringify(avvik.body)).toBe(201);
      expect((await kari.post(`/api/persons/${per}/specialist-deviations`, { deviationId: avvik.body.id })).body.errors).toEqual([{ path: 'body/admissionId', detail: 'Knytt avviket til enten en innleggelse eller en henvisning' }]);
      expect((await kari.post(`/api/persons/${per}/specialist-deviations`, { deviationId: avvik.body.id, admissionId })).status).toBe(201);
      const twice = await kari.post(`/api/persons/${per}/specialist-deviations`, { deviationId: avvik.body.id, admissionId });
      expect(twice.body).toMatchObject({ status: 409, detail: 'Avviket er allerede knyttet til innleggelsen.', errors: [{ path: 'body/deviationId', detail: 'Avviket er allerede knyttet hit' }] });
      const other = await kari.post('/api/deviations', { description: 'Gjelder en annen person', location: 'DPS Fjordvik', category: 'cooperation-specialist', severity: 'minor', personId: app.seed.personIds[2] });
      expect((await kari.post(`/api/persons/${per}/specialist-deviations`, { deviationId: other.body.id, admissionId })).body.detail).toBe('Avviket gjelder en annen person.');
      expect((await kari.get(`/api/persons/${per}/specialist`)).body.admissions[0].deviations).toEqual([{ id: expect.any(String), deviationId: avvik.body.id, deviationNumber: expect.any(Number), deviationStatus: expect.any(String) }]);
    });
  });
}
