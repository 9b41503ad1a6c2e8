import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: emergency access (break the glass)`, () => {
    let app: RunningApp;
    let emma: string;
    beforeAll(async () => {
      app = await startTestApp(database);
      emma = app.seed.personIds[7]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses the emergency view without a relation or an opened access', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      expect((await nurse.get(`/api/persons/${emma}/emergency`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
    });

    it('refuses to open emergency access without a reason, and writes nothing', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      const missing = await nurse.post(`/api/persons/${emma}/emergency-access`, {});
      expect(missing.status).toBe(400);
      expect(missing.body.errors[0].path).toBe('body/reason');
      const short = await nurse.post(`/api/persons/${emma}/emergency-access`, { reason: 'akutt' });
      expect(short.body.errors[0]).toEqual({ path: 'body/reason', detail: 'Begrunnelsen må ha minst 10 tegn' });
      const [{ n }] = (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from emergency_accesses`)) as [{ n: number }];
      expect(n).toBe(0);
    });

    it('refuses break-the-glass for roles that are not on call', async () => {
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post(`/api/persons/${emma}/emergency-access`, { reason: 'Vil bare se på personen' })).body.code).toBe('ROLE_REQUIRED');
    });

    it('opens the emergency view with a reason, logs it, keeps the full record closed, and puts it on the leader review list', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      const reason = 'Ringt av nabo kl. 03, personen virker forvirret';
      const opened = await nurse.post(`/api/persons/${emma}/emergency-access`, { reason });
      expect(opened.status).toBe(201);
      expect(opened.body.person).toMatchObject({ givenName: 'Emma', familyName: 'Berg' });
      expect(opened.body.gp).toMatchObject({ office: 'Fjordvik legesenter', phone: '33000100' });
      expect(opened.body.access.basis).toBe('emergency');
      expect(new Date(opened.body.access.expiresAt).getTime()).toBeGreaterThan(Date.now());
      expect((await nurse.get(`/api/persons/${emma}/emergency`)).status).toBe(200);
      expect((await nurse.get(`/api/persons/${emma}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      const log = await queryRows<{ action: string; basis: string; reason: string | null }>(app.database.db, sql`select action, basis, reason from access_log where person_id = ${emma} and outcome = 'allowed' order by id`);
      expect(log).toEqual([
        { action: 'emergency.open', basis: 'emergency', reason },
        { action: 'emergency.read', basis: 'emergency', reason },
        { action: 'emergency.read', basis: 'emergency', reason },
      ]);

      // The nurse's own unit leader sees it for review; a leader of another unit does not.
      const homeLeader = await app.as('henrik.hjemmeleder');
      const list = await homeLeader.get('/api/emergency-accesses');
      expect(list.body.items).toHaveLength(1);
      expect(list.body.items[0]).toMatchObject({ personName: 'Emma Berg', userName: 'Viktor Vakt', reason, reviewedAt: null });
      const otherLeader = await app.as('lena.leder');
      expect((await otherLeader.get('/api/emergency-accesses')).body.items).toEqual([]);
      expect((await otherLeader.post(`/api/emergency-accesses/${list.body.items[0].id}/review`, { comment: 'Greit nok' })).status).toBe(404);

      const reviewed = await homeLeader.post(`/api/emergency-accesses/${list.body.items[0].id}/review`, { comment: 'Begrunnet, i orden.' });
      expect(reviewed.status).toBe(204);
      expect((await homeLeader.get('/api/emergency-accesses')).body.items).toEqual([]);
      const all = await homeLeader.get('/api/emergency-accesses?status=all');
      expect(all.body.items[0]).toMatchObject({ reviewedByName: 'Henrik Hjemmeleder', reviewComment: 'Begrunnet, i orden.' });
      expect((await homeLeader.post(`/api/emergency-accesses/${list.body.items[0].id}/review`, { comment: 'igjen' })).body.code).toBe('CONFLICT');
    });

    it('lets on-call staff find a person by national id before breaking the glass, logged, identity only', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      const kari = await app.as('kari.saksbehandler');
      const [row] = await queryRows<{ national_id: string }>(app.database.db, sql`select national_id from persons where id = ${emma}`);
      const found = await nurse.get(`/api/emergency/lookup?nationalId=${row!.national_id}`);
      expect(found.body).toEqual({ personId: emma, givenName: 'Emma', familyName: 'Berg', birthDate: '1995-02-14' });
      expect((await nurse.get('/api/emergency/lookup?nationalId=12345678901')).body.code).toBe('NOT_FOUND');
      expect((await kari.get(`/api/emergency/lookup?nationalId=${row!.national_id}`)).body.code).toBe('ROLE_REQUIRED');
      const log = await queryRows<{ basis: string; outcome: string; details: unknown }>(app.database.db, sql`select basis, outcome, details from access_log where person_id = ${emma} and action = 'person.exists-check'`);
      expect(log).toEqual([{ basis: 'on-call-lookup', outcome: 'allowed', details: { via: 'emergency-lookup' } }]);
    });

    it('shows the team\'s phone numbers in the emergency view', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      const per = app.seed.personIds[0]!;
      const view = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Natt, personen ringte forvirret' });
      expect(view.body.team[0]).toMatchObject({ displayName: 'Nora NAV-veileder', phone: expect.stringMatching(/^9\d{7}$/) });
    });

    it('closes again when the emergency access expires', async () => {
      let hoursLater = 0;
      const timed = await startTestApp(database, { clock: () => new Date(Date.now() + hoursLater * 3600_000) });
      try {
        const doctor = await timed.as('vakt.legevakt');
        const target = timed.seed.personIds[7]!;
        expect((await doctor.post(`/api/persons/${target}/emergency-access`, { reason: 'Innlagt på legevakt, trenger fastlegekontakt' })).status).toBe(201);
        hoursLater = 3.9;
        // A new login: the first session has been idle longer than the idle timeout by now.
        const later = await timed.as('vakt.legevakt');
        expect((await later.get(`/api/persons/${target}/emergency`)).status).toBe(200);
        hoursLater = 4.1;
        expect((await later.get(`/api/persons/${target}/emergency`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      } finally {
        await timed.close();
      }
    });
  });
}
