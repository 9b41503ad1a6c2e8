import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

// Wednesday 1 April 2026, 10:00 in Oslo — the Wednesday before Easter.
const now = new Date('2026-04-01T08:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: henvendelse → first contact → triage → pathway → referral`, () => {
    let app: RunningApp;
    let clock = now;
    let tildeling: string;
    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
      tildeling = app.seed.unitIds.tildeling;
    });
    afterAll(async () => {
      await app?.close();
    });
    afterEach(() => {
      clock = now;
    });

    it('computes the first-contact deadline over Easter and flags it overdue after', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const created = await kari.post('/api/henvendelser', { personId: per, unitId: tildeling, source: 'gp', sourceDetail: 'Fastlege Lars', channel: 'e-message', receivedAt: '2026-04-01T07:30:00Z', content: 'Fastlegen ber om vurdering av oppfølging i hjemmet.' });
      expect(created.status).toBe(201);
      // Maundy Thursday 2 April, Good Friday 3 April, Easter Monday 6 April are holidays: 3 working days → Thursday 9 April.
      let overview = await kari.get(`/api/persons/${per}/intake`);
      const h = overview.body.henvendelser.find((x: { id: string }) => x.id === created.body.id);
      expect(h).toMatchObject({ firstContactDue: '2026-04-09', firstContactStatus: 'due', triage: 'pending', unitName: 'Tildelingskontoret', source: 'gp' });
      clock = new Date('2026-04-10T08:00:00Z');
      const later = await app.as('kari.saksbehandler'); // the earlier session has expired by now
      overview = await later.get(`/api/persons/${per}/intake`);
      expect(overview.body.henvendelser.find((x: { id: string }) => x.id === created.body.id).firstContactStatus).toBe('overdue');
      const contact = await later.post(`/api/henvendelser/${created.body.id}/first-contact`, { at: '2026-04-10T07:00:00Z', note: 'Ringte personen' });
      expect(contact.status).toBe(204);
      overview = await later.get(`/api/persons/${per}/intake`);
      expect(overview.body.henvendelser.find((x: { id: string }) => x.id === created.body.id).firstContactStatus).toBe('done');
      expect((await later.post(`/api/henvendelser/${created.body.id}/first-contact`, { at: '2026-04-10T07:00:00Z' })).body.code).toBe('CONFLICT');
      clock = now;
    });

    it("counts the municipality's own routine: a Saturday arrival is due Wednesday with 3 days, and a changed routine applies to new henvendelser", async () => {
      const kari = await app.as('kari.saksbehandler');
      const anne = await app.as('anne.admin');
      const per = app.seed.personIds[1]!;
      const due = async (receivedAt: string) => {
        const created = await kari.post('/api/henvendelser', { personId: per, unitId: tildeling, source: 'person', channel: 'phone', receivedAt, content: 'Ber om samtale.' });
        expect(created.status).toBe(201);
        return (await kari.get(`/api/persons/${per}/intake`)).body.henvendelser.find((x: { id: string }) => x.id === created.body.id).firstContactDue;
      };
      expect((await anne.get('/api/municipality')).body).toMatchObject({ firstContactWorkingDays: 3, firstContactRule: expect.stringContaining('mottatt fredag eller lørdag gir frist onsdag') });
      expect(await due('2026-03-21T10:00:00Z')).toBe('2026-03-25'); // Saturday → Mon, Tue, Wed
      expect(await due('2026-03-20T10:00:00Z')).toBe('2026-03-25'); // Friday → Mon, Tue, Wed
      expect((await kari.patch('/api/municipality', { firstContactWorkingDays: 5 })).status).toBe(403);
      const refused = await anne.patch('/api/municipality', { firstContactWorkingDays: 0 });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].path).toBe('body/firstContactWorkingDays');
      expect((await anne.patch('/api/municipality', { firstContactWorkingDays: 5 })).body).toMatchObject({ firstContactWorkingDays: 5, firstContactRule: expect.stringContaining('slutten av 5. virkedag') });
      expect(await due('2026-03-21T10:00:00Z')).toBe('2026-03-27'); // Saturday → Mon … Fri
      expect((await anne.patch('/api/municipality', { firstContactWorkingDays: 3 })).status).toBe(200);
    });

    it('opens a case for the receiving unit when a henvendelse arrives for a person it did not serve, and logs it', async () => {
      const kari = await app.as('kari.saksbehandler');
      const emma = app.seed.personIds[7]!;
      expect((await kari.get(`/api/persons/${emma}`)).status).toBe(403);
      const created = await kari.post('/api/henvendelser', { personId: emma, unitId: tildeling, source: 'relative', channel: 'phone', receivedAt: '2026-04-01T06:00:00Z', content: 'Mor er bekymret for rusbruk.' });
      expect(created.status).toBe(201);
      expect((await kari.get(`/api/persons/${emma}`)).body.accessBasis).toBe('unit:Tildelingskontoret');
      const log = await queryRows<{ basis: string }>(app.database.db, sql`select basis from access_log where person_id = ${emma} and action = 'henvendelse.create'`);
      expect(log).toEqual([{ basis: 'new-case' }]);
    });

    it('refuses a henvendelse for a unit the user is not in, one received in the future, and writes nothing', async () => {
      const kari = await app.as('kari.saksbehandler');
      const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from henvendelser`);
      const otherUnit = await kari.post('/api/henvendelser', { personId: app.seed.personIds[0], unitId: app.seed.unitIds.nav, source: 'person', channel: 'phone', receivedAt: '2026-04-01T06:00:00Z', content: 'Test' });
      expect(otherUnit.body.errors[0]).toEqual({ path: 'body/unitId', detail: 'Velg en av dine enheter' });
      const future = await kari.post('/api/henvendelser', { personId: app.seed.personIds[0], unitId: tildeling, source: 'person', channel: 'phone', receivedAt: '2026-05-01T06:00:00Z', content: 'Test' });
      expect(future.body.errors[0].path).toBe('body/receivedAt');
      const badSource = await kari.post('/api/henvendelser', { personId: app.seed.personIds[0], unitId: tildeling, source: 'neighbour', channel: 'phone', receivedAt: '2026-04-01T06:00:00Z', content: 'Test' });
      expect(badSource.status).toBe(400);
      expect(badSource.body.errors[0]).toMatchObject({ path: 'body/source', detail: 'Velg hvem henvendelsen kom fra' });
      expect(await queryRows(app.database.db, sql`select count(*)::int as n from henvendelser`)).toEqual(before);
    });

    it('triages to a low-threshold service only with the service named', async () => {
      const kari = await app.as('kari.saksbehandler');
      const created = await kari.post('/api/henvendelser', { personId: app.seed.personIds[4], unitId: tildeling, source: 'person', channel: 'in-person', receivedAt: '2026-04-01T06:00:00Z', content: 'Ønsker samtale.' });
      const missing = await kari.post(`/api/henvendelser/${created.body.id}/triage`, { outcome: 'low-threshold' });
      expect(missing.body).toMatchObject({ status: 422, detail: 'Oppgi hvilket lavterskeltilbud personen får.' });
      expect((await kari.post(`/api/henvendelser/${created.body.id}/triage`, { outcome: 'low-threshold', lowThresholdService: 'Lavterskeltilbudet, samtalegruppe' })).status).toBe(204);
      const overview = await kari.get(`/api/persons/${app.seed.personIds[4]}/intake`);
      expect(overview.body.henvendelser[0]).toMatchObject({ triage: 'low-threshold', lowThresholdService: 'Lavterskeltilbudet, samtalegruppe' });
    });

    it('records the pathway with history and refuses a non-change', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      expect((await kari.post(`/api/persons/${per}/pathway`, { pathway: 2, reason: 'Moderate problemer, trenger vedtak' })).status).toBe(204);
      clock = new Date(now.getTime() + 60_000);
      expect((await kari.post(`/api/persons/${per}/pathway`, { pathway: 3, reason: 'Forverring, trenger FACT' })).status).toBe(204);
      expect((await kari.post(`/api/persons/${per}/pathway`, { pathway: 3, reason: 'Igjen' })).body.detail).toBe('Personen er allerede i hovedforløp 3.');
      const overview = await kari.get(`/api/persons/${per}/intake`);
      expect(overview.body.pathway).toMatchObject({ pathway: 3, reason: 'Forverring, trenger FACT', recordedByName: 'Kari Saksbehandler' });
      expect(overview.body.pathwayHistory.map((p: { pathway: number }) => p.pathway)).toEqual([3, 2]);
      clock = now;
    });

    it('records a referral to DPS and a rejection only with a reason', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const partners = (await kari.get('/api/partners')).body.items as { id: string; name: string }[];
      const dps = partners.find((p) => p.name === 'DPS Fjordvik')!.id;
      const created = await kari.post(`/api/persons/${per}/referrals`, { level: 'dps', partnerId: dps, reason: 'ROP-lidelse avdekket, behov for spesialistvurdering' });
      expect(created.status).toBe(201);
      const noReason = await kari.post(`/api/referrals/${created.body.id}/outcome`, { outcome: 'rejected' });
      expect(noReason.body.errors[0]).toEqual({ path: 'body/reason', detail: 'Oppgi begrunnelsen for avslaget' });
      expect((await kari.post(`/api/referrals/${created.body.id}/outcome`, { outcome: 'rejected', reason: 'Ikke rett til prioritert helsehjelp' })).status).toBe(204);
      const overview = await kari.get(`/api/persons/${per}/intake`);
      expect(overview.body.referrals[0]).toMatchObject({ level: 'dps', partnerName: 'DPS Fjordvik', outcome: 'rejected', outcomeReason: 'Ikke rett til prioritert helsehjelp' });
    });

    it('refuses intake for a person out of scope', async () => {
      const nora = await app.as('nora.nav');
      expect((await nora.get(`/api/persons/${app.seed.personIds[1]}/intake`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });
  });
}
