import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

const plan = {
  preparedOn: '2026-03-10',
  preparedWithPerson: true,
  stablePhase: true,
  warningSigns: 'Sover lite, slutter å svare på telefon, isolerer seg.',
  triggers: 'Brev fra namsmannen, krangel med familien.',
  whatHelps: 'Rolig stemme, kaffe, å snakke med søsteren Anne.',
  whatToAvoid: 'Mange folk i rommet, politi i uniform hvis mulig.',
  medication: 'Quetiapin 50 mg ved behov, maks 2 om natten.',
  contacts: [
    { name: 'Siri Koordinator', relation: 'Koordinator', phone: '90000003', reachable: 'day' },
    { name: 'Anne Testesen', relation: 'Søster', phone: '41000000', reachable: 'day-and-night' },
  ],
  personsWishes: 'Vil helst være hjemme, ikke legges inn hvis det kan unngås.',
  reviewDate: '2026-09-10',
};

for (const database of testDatabases()) {
  describe(`${database.name}: crisis plan, consent per unit, and the on-call emergency view`, () => {
    let app: RunningApp;
    let per: string;
    let siri: TestClient;
    let nurse: TestClient;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      siri = await app.as('siri.koordinator');
      nurse = await app.as('vakt.hjemmesykepleie');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('flags a person in pathway 3 without a crisis plan, on the serving unit\'s worklist', async () => {
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.post(`/api/persons/${per}/pathway`, { pathway: 3, reason: 'Alvorlig og langvarig ROP-lidelse' })).status).toBe(204);
      await app.runJobs();
      const task = (await siri.get('/api/worklist')).body.items.find((t: { kind: string }) => t.kind === 'crisis-plan-missing');
      expect(task).toMatchObject({ personName: 'Per Testesen', unitName: 'FACT-teamet', dueDate: '2026-03-24', label: 'Lag kriseplan sammen med personen' });
      const overview = (await siri.get(`/api/persons/${per}/crisis-plan`)).body;
      expect(overview).toMatchObject({ plan: null, requirement: { required: true, met: false, detail: 'Personen skal ha kriseplan (hovedforløp 3), men har ingen.' } });
    });

    it('refuses a crisis plan without a night contact or not made with the person, and stores nothing', async () => {
      const dayOnly = await siri.put(`/api/persons/${per}/crisis-plan`, { ...plan, contacts: [plan.contacts[0]] });
      expect(dayOnly.body).toMatchObject({ status: 422, errors: [{ path: 'body/contacts', detail: 'Oppgi minst én kontakt som kan nås om natten' }] });
      const without = await siri.put(`/api/persons/${per}/crisis-plan`, { ...plan, preparedWithPerson: false });
      expect(without.status).toBe(400);
      expect(without.body.errors).toEqual([{ path: 'body/preparedWithPerson', detail: 'Kriseplanen skal lages sammen med personen' }]);
      expect((await (await app.as('nora.nav')).put(`/api/persons/${per}/crisis-plan`, plan)).body.code).toBe('ROLE_REQUIRED');
      expect(await count(app, 'crisis_plans')).toBe(0);
    });

    it('saves the plan as versions, and closes the worklist flag', async () => {
      expect((await siri.put(`/api/persons/${per}/crisis-plan`, plan)).body).toMatchObject({ version: 1 });
      const second = await siri.put(`/api/persons/${per}/crisis-plan`, { ...plan, medication: 'Quetiapin 25 mg ved behov.' });
      expect(second.body).toMatchObject({ version: 2 });
      const rows = await queryRows<{ version: number; status: string }>(app.database.db, sql`select version, status from crisis_plans where person_id = ${per} order by version`);
      expect(rows).toEqual([{ version: 1, status: 'superseded' }, { version: 2, status: 'active' }]);
      await app.runJobs();
      expect((await siri.get('/api/worklist')).body.items.map((t: { kind: string }) => t.kind)).not.toContain('crisis-plan-missing');
      expect((await siri.get(`/api/persons/${per}/crisis-plan`)).body).toMatchObject({ plan: { version: 2, medication: 'Quetiapin 25 mg ved behov.', updatedByName: 'Siri Koordinator' }, requirement: { met: true } });
    });

    it('refuses the emergency view without a reason, and opens it with one, without the crisis plan when not shared', async () => {
      const noReason = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: '' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.errors).toEqual([{ path: 'body/reason', detail: 'Begrunnelsen må ha minst 10 tegn' }]);
      expect(await count(app, 'emergency_accesses')).toBe(0);
      expect((await nurse.get(`/api/persons/${per}/emergency`)).body.code).toBe('PERSON_NOT_IN_SCOPE');

      // The closest relative comes from the latest kartlegging's relatives answers.
      const kari = await app.as('kari.saksbehandler');
      const k = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-03-09' });
      await kari.patch(`/api/kartlegginger/${k.body.id}`, { relatives: { hasRelatives: true, closestRelative: 'Søster Anne Testesen, 41000000', childrenOrMinorSiblingsAffected: false, howToInvolve: 'Får kriseplanen', ownNeedsMapped: null, childrenFormCompleted: null } });
      expect((await siri.post(`/api/persons/${per}/risk-flags`, { kind: 'violence', note: 'Truet ansatt ved hjemmebesøk i januar' })).status).toBe(201);

      const opened = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Nabo ringte kl. 02, Per er urolig og truende' });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({ crisisPlan: null, crisisPlanStatus: 'not-shared', closestRelative: 'Søster Anne Testesen, 41000000', coordinator: null });
      expect(opened.body.riskFlags).toEqual([{ kind: 'violence', label: 'Voldsrisiko', since: expect.any(String), level: null, safetyMeasure: null }]);
    });

    it('shows the crisis plan once the person consents to Hjemmesykepleien, and hides it the moment consent is withdrawn', async () => {
      const consent = await siri.post(`/api/persons/${per}/consents`, { scope: 'crisis-plan', toUnitId: app.seed.unitIds.hjemmesykepleie, note: 'Per vil at nattevakten skal se kriseplanen' });
      expect(consent.status).toBe(201);
      await siri.post(`/api/persons/${per}/consents`, { scope: 'crisis-plan', toPartnerId: (await queryRows<{ id: string }>(app.database.db, sql`select id from partners where name = 'DPS Fjordvik'`))[0]!.id });
      let view = (await nurse.get(`/api/persons/${per}/emergency`)).body;
      expect(view).toMatchObject({ crisisPlanStatus: 'shown', crisisPlan: { whatHelps: plan.whatHelps, medication: 'Quetiapin 25 mg ved behov.', contacts: [expect.objectContaining({ name: 'Siri Koordinator' }), expect.objectContaining({ reachable: 'day-and-night' })] } });
      expect(Object.keys(view.crisisPlan)).not.toContain('id');
      const shared = (await siri.get(`/api/persons/${per}/crisis-plan`)).body.sharedWith.map((c: { unitName: string | null; partnerName: string | null }) => c.unitName ?? c.partnerName);
      expect(shared.sort()).toEqual(['DPS Fjordvik', 'Hjemmesykepleien']);

      // The out-of-hours doctor's unit has no consent: not shown.
      const doctor = await app.as('vakt.legevakt');
      expect((await doctor.post(`/api/persons/${per}/emergency-access`, { reason: 'Innlagt på legevakt natt til onsdag' })).body).toMatchObject({ crisisPlanStatus: 'not-shared', crisisPlan: null });

      expect((await siri.post(`/api/persons/${per}/consents/${consent.body.id}/withdraw`)).status).toBe(204);
      view = (await nurse.get(`/api/persons/${per}/emergency`)).body;
      expect(view).toMatchObject({ crisisPlanStatus: 'not-shared', crisisPlan: null });

      const log = await queryRows<{ action: string; basis: string }>(app.database.db, sql`select action, basis from access_log where person_id = ${per} and actor_name = 'Viktor Vakt' and outcome = 'allowed' order by id`);
      expect(log.map((r) => `${r.action} ${r.basis}`)).toEqual(['emergency.open emergency', 'emergency.read emergency', 'emergency.read emergency', 'crisis-plan.read consent:Hjemmesykepleien', 'emergency.read emergency']);
    });

    it('shows the crisis plan, coordinator and flags to the team through their relation', async () => {
      const view = (await siri.get(`/api/persons/${per}/emergency`)).body;
      expect(view).toMatchObject({ crisisPlanStatus: 'shown', access: { basis: 'team' } });
    });

    it('prints the crisis plan as a PDF, also in large type, and lets the person read it', async () => {
      for (const query of ['', '?large=true']) {
        const response = await fetch(`${app.baseUrl}/api/persons/${per}/crisis-plan/pdf${query}`, { headers: { cookie: siri.cookie } });
        expect(response.status).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
        expect(bytes.toString('latin1')).toMatch(query ? / 16 Tf/ : / 12 Tf/);
      }
      const perUser = await app.as('per.testesen');
      expect((await perUser.get('/api/me/crisis-plan')).body.plan).toMatchObject({ version: 2, personsWishes: plan.personsWishes });
      const emma = app.seed.personIds[7]!;
      expect((await (await app.as('siri.koordinator')).get(`/api/persons/${emma}/crisis-plan/pdf`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
    });

    it('clears a risk flag only with a note', async () => {
      const flags = (await siri.get(`/api/persons/${per}/crisis-plan`)).body.riskFlags;
      const violence = flags.find((f: { kind: string }) => f.kind === 'violence');
      expect((await siri.post(`/api/persons/${per}/risk-flags/${violence.id}/clear`, {})).status).toBe(400);
      expect((await siri.post(`/api/persons/${per}/risk-flags/${violence.id}/clear`, { note: 'Vurdert på nytt i teammøte' })).status).toBe(204);
      expect((await siri.get(`/api/persons/${per}/crisis-plan`)).body.riskFlags).toEqual([]);
    });
  });
}
