// Nobody reaches a person's record silently: the existence check on a national id is logged, a case
// opened without a henvendelse, referral or vedtak needs a reason and goes to the leader's review,
// and a unit ends only its own cases and the team memberships it is responsible for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

type LogRow = { action: string; outcome: string; basis: string; reason: string | null; details: Record<string, unknown> | null };

async function logOf(app: RunningApp, personId: string, action: string): Promise<LogRow[]> {
  return queryRows<LogRow>(app.database.db, sql`select action, outcome, basis, reason, details from access_log where person_id = ${personId} and action = ${action} order by id`);
}

async function nationalIdOf(app: RunningApp, personId: string): Promise<string> {
  const [row] = await queryRows<{ national_id: string }>(app.database.db, sql`select national_id from persons where id = ${personId}`);
  return row!.national_id;
}

for (const database of testDatabases()) {
  describe(`${database.name}: granting access to a person`, () => {
    let app: RunningApp;
    let units: Record<string, string>;
    beforeAll(async () => {
      app = await startTestApp(database);
      const rows = await queryRows<{ id: string; name: string }>(app.database.db, sql`select id, name from units`);
      units = Object.fromEntries(rows.map((r) => [r.name, r.id]));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('logs the existence check when a registration answers PERSON_DUPLICATE: refused without a relation, allowed with one', async () => {
      const kari = await app.as('kari.saksbehandler');
      const [per, emma] = [app.seed.personIds[0]!, app.seed.personIds[7]!];
      const duplicate = await kari.post('/api/persons', { nationalId: await nationalIdOf(app, emma), givenName: 'Emma', familyName: 'Berg' });
      expect(duplicate.body).toMatchObject({ status: 409, code: 'PERSON_DUPLICATE' });
      expect(await logOf(app, emma, 'person.exists-check')).toEqual([{ action: 'person.exists-check', outcome: 'refused', basis: 'no-relation', reason: null, details: { via: 'registration' } }]);
      expect((await kari.post('/api/persons', { nationalId: await nationalIdOf(app, per), givenName: 'Per', familyName: 'Testesen' })).status).toBe(409);
      expect(await logOf(app, per, 'person.exists-check')).toMatchObject([{ outcome: 'allowed', basis: 'unit:Tildelingskontoret', details: { via: 'registration', failed: 'PERSON_DUPLICATE' } }]);
    });

    it('refuses to open a case without a henvendelse, referral or vedtak unless a reason is given, and puts it on the unit leader\'s review list', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const lena = await app.as('lena.leder');
      const henrik = await app.as('henrik.hjemmeleder');
      const emma = app.seed.personIds[7]!;
      const unitId = units['Psykisk helse og rus']!;
      const without = await ola.post(`/api/persons/${emma}/service-relations`, { unitId });
      expect(without.body).toMatchObject({ status: 422, code: 'RELATION_REASON_REQUIRED', errors: [{ path: 'body/reason', detail: 'Skriv en begrunnelse' }] });
      expect(without.body.detail).toContain('leders gjennomgang');
      expect((await ola.get(`/api/persons/${emma}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');

      const reason = 'Personen møtte opp i resepsjonen og ba om hjelp';
      expect((await ola.post(`/api/persons/${emma}/service-relations`, { unitId, reason })).status).toBe(201);
      expect((await ola.get(`/api/persons/${emma}`)).status).toBe(200);
      expect(await logOf(app, emma, 'relation.open')).toEqual([
        { action: 'relation.open', outcome: 'refused', basis: 'no-basis', reason: null, details: { unitId } },
        { action: 'relation.open', outcome: 'allowed', basis: 'new-case', reason, details: { unitId, basis: 'none' } },
      ]);
      const list = await lena.get('/api/access-reviews');
      expect(list.body.items).toContainEqual(expect.objectContaining({ kind: 'relation-without-basis', actorName: 'Ola Tjenesteyter', personId: emma, personName: 'Emma Berg', unitNames: ['Psykisk helse og rus'], reason, reviewedAt: null, ownChange: false }));
      expect((await henrik.get('/api/access-reviews')).body.items.filter((i: { personId: string | null }) => i.personId === emma)).toEqual([]);
    });

    it('opens a case without a reason or review when the unit has an open henvendelse for the person', async () => {
      const kari = await app.as('kari.saksbehandler');
      const kristin = await app.as('kristin.kvalitet');
      const jonas = app.seed.personIds[4]!;
      const unitId = units['Tildelingskontoret']!;
      expect((await kari.post('/api/henvendelser', { personId: jonas, unitId, source: 'gp', channel: 'e-message', receivedAt: new Date(Date.now() - 3600_000).toISOString(), content: 'Henvisning fra fastlegen' })).status).toBe(201);
      const page = await kari.get(`/api/persons/${jonas}`);
      for (const relation of page.body.units) expect((await kari.post(`/api/persons/${jonas}/service-relations/${relation.relationId}/end`)).status).toBe(204);
      expect((await kari.get(`/api/persons/${jonas}`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      expect((await kari.post(`/api/persons/${jonas}/service-relations`, { unitId })).status).toBe(201);
      expect((await logOf(app, jonas, 'relation.open')).at(-1)).toMatchObject({ outcome: 'allowed', details: { unitId, basis: 'henvendelse' } });
      const reviews = (await kristin.get('/api/access-reviews')).body.items as { personId: string | null }[];
      expect(reviews.filter((r) => r.personId === jonas)).toEqual([]);
    });

    it('lets a unit end only its own cases', async () => {
      const kari = await app.as('kari.saksbehandler');
      const per = app.seed.personIds[0]!;
      const navRelation = (await kari.get(`/api/persons/${per}`)).body.units.find((u: { unitName: string }) => u.unitName === 'NAV Fjordvik');
      const refused = await kari.post(`/api/persons/${per}/service-relations/${navRelation.relationId}/end`);
      expect(refused.body).toMatchObject({ status: 403, code: 'OUTSIDE_RESPONSIBILITY', detail: 'Du kan bare avslutte saker og tjenester i en enhet du er medlem av.' });
      expect((await kari.get(`/api/persons/${per}`)).body.units.map((u: { unitName: string }) => u.unitName)).toContain('NAV Fjordvik');
      expect((await logOf(app, per, 'relation.end')).find((r) => r.outcome === 'refused')).toMatchObject({ basis: 'not-own-unit', details: { relationId: navRelation.relationId } });
    });

    it('lets only those responsible end a team membership: the one who added it, a leader of the member\'s unit, not another unit', async () => {
      const kari = await app.as('kari.saksbehandler');
      const lena = await app.as('lena.leder');
      const per = app.seed.personIds[0]!;
      const team = () => kari.get(`/api/persons/${per}`).then((r) => r.body.team as { memberId: string; displayName: string }[]);
      const nora = (await team()).find((m) => m.displayName === 'Nora NAV-veileder')!;
      const refused = await kari.post(`/api/persons/${per}/team/${nora.memberId}/end`);
      expect(refused.body).toMatchObject({ status: 403, code: 'OUTSIDE_RESPONSIBILITY' });
      expect((await team()).map((m) => m.displayName)).toContain('Nora NAV-veileder');
      expect((await logOf(app, per, 'team.end')).find((r) => r.outcome === 'refused')).toMatchObject({ basis: 'not-responsible', details: { memberId: nora.memberId } });

      // Kari added Ola, so she may end it; Lena leads Ola's unit, so she may end the next one.
      const ola = app.seed.userIds['ola.tjenesteyter']!;
      const first = await kari.post(`/api/persons/${per}/team`, { userId: ola, teamRole: 'Miljøterapeut' });
      expect((await kari.post(`/api/persons/${per}/team/${first.body.id}/end`)).status).toBe(204);
      const second = await kari.post(`/api/persons/${per}/team`, { userId: ola, teamRole: 'Miljøterapeut' });
      expect((await lena.post(`/api/persons/${per}/team/${second.body.id}/end`)).status).toBe(204);
      expect((await team()).map((m) => m.displayName)).not.toContain('Ola Tjenesteyter');
    });
  });
}
