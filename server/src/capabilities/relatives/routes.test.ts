import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

const clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
const anne = { name: 'Anne Testesen', relation: 'Søster', phone: '41000000', isChild: false, closest: true, consentStatus: 'given', consentScopes: ['participation', 'crisis-contact'] };
const child = { name: 'Ola Testesen', relation: 'Sønn', isChild: true, birthDate: '2015-05-01', livesWithPerson: false, consentStatus: 'given', consentScopes: ['general-information'] };
const form = { caregiver: 'Mor, Hanne Hansen', childKnows: true, childNeeds: 'Trenger å vite at pappa får hjelp, og noen å snakke med', otherAdultsInvolved: 'Helsesykepleier på skolen', barnevernConcern: false };

for (const database of testDatabases()) {
  describe(`${database.name}: relatives, consent and children as relatives`, () => {
    let app: RunningApp;
    let per: string;
    let siri: TestClient;
    let anneId: string;
    let childId: string;

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
      per = app.seed.personIds[0]!;
      siri = await app.as('siri.koordinator');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('registers a relative with the consent and its scope, and refuses inconsistent consent without storing', async () => {
      const noScope = await siri.post(`/api/persons/${per}/relatives`, { ...anne, consentScopes: [] });
      expect(noScope.body).toMatchObject({ status: 422, code: 'UNPROCESSABLE', detail: 'Velg hva samtykket omfatter.', errors: [{ path: 'body/consentScopes', detail: 'Velg hva samtykket omfatter' }] });
      const unknown = await siri.post(`/api/persons/${per}/relatives`, { ...anne, secret: true });
      expect(unknown.status).toBe(400);
      const childWithoutBirth = await siri.post(`/api/persons/${per}/relatives`, { ...child, birthDate: undefined });
      expect(childWithoutBirth.body.errors).toEqual([{ path: 'body/birthDate', detail: 'Oppgi barnets fødselsdato' }]);
      expect((await (await app.as('nora.nav')).post(`/api/persons/${per}/relatives`, anne)).body.code).toBe('ROLE_REQUIRED');
      expect((await siri.post(`/api/persons/${app.seed.personIds[7]}/relatives`, anne)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      expect(await count(app, 'relatives')).toBe(0);
      const created = await siri.post(`/api/persons/${per}/relatives`, anne);
      expect(created.status).toBe(201);
      anneId = created.body.id;
    });

    it("records the relative's own needs in a separate, repeatable assessment", async () => {
      const bad = await siri.post(`/api/persons/${per}/relatives/${anneId}/needs-assessments`, { assessedOn: '2026-03-09', needs: 'Sliten, lite søvn', careBurden: 'heavy', supportOffered: ['conversation'], supportAccepted: ['group'] });
      expect(bad.body).toMatchObject({ status: 422, errors: [{ path: 'body/supportAccepted', detail: 'Bare tilbudt støtte kan være takket ja til' }] });
      for (const assessedOn of ['2025-01-10', '2026-03-09']) {
        const ok = await siri.post(`/api/persons/${per}/relatives/${anneId}/needs-assessments`, { assessedOn, needs: 'Sliten, lite søvn, bekymret for broren', careBurden: 'heavy', supportOffered: ['relatives-coordinator', 'group', 'omsorgsstonad'], supportAccepted: ['group'] });
        expect(ok.status).toBe(201);
      }
      const view = (await siri.get(`/api/persons/${per}/relatives`)).body;
      expect(view.relatives[0]).toMatchObject({ name: 'Anne Testesen', closest: true, consentScopes: ['participation', 'crisis-contact'], needsAssessments: [{ assessedOn: '2026-03-09', supportAccepted: ['group'], byName: 'Siri Koordinator' }, { assessedOn: '2025-01-10' }] });
      expect(view.checks.find((c: { id: string }) => c.id === 'relatives-own-needs-assessed')).toMatchObject({ status: 'met', source: { law: 'Helse- og omsorgstjenesteloven' } });
    });

    it('follows a child up: clarification form, information, and follow-up only by the child-responsible staff', async () => {
      childId = (await siri.post(`/api/persons/${per}/relatives`, child)).body.id;
      let checks = (await siri.get(`/api/persons/${per}/relatives`)).body.checks;
      expect(checks.find((c: { id: string }) => c.id === 'children-situation-clarified')).toMatchObject({ status: 'not-met', detail: 'Barnets situasjon er ikke avklart for: Ola Testesen.' });

      const noForm = await siri.post(`/api/persons/${per}/relatives/${childId}/child-follow-ups`, { kind: 'clarification', occurredOn: '2026-03-10', summary: 'Samtale med Per om Ola' });
      expect(noForm.body).toMatchObject({ status: 422, errors: [{ path: 'body/form', detail: 'Fyll ut skjemaet for barn som pårørende' }] });
      expect((await siri.post(`/api/persons/${per}/relatives/${childId}/child-follow-ups`, { kind: 'clarification', occurredOn: '2026-03-10', summary: 'Samtale med Per om Ola', form })).status).toBe(201);
      expect((await siri.post(`/api/persons/${per}/relatives/${childId}/child-follow-ups`, { kind: 'information', occurredOn: '2026-03-10', summary: 'Ola fikk informasjon tilpasset alder, sammen med mor' })).status).toBe(201);

      const notResponsible = await siri.post(`/api/persons/${per}/relatives/${childId}/child-follow-ups`, { kind: 'follow-up', occurredOn: '2026-03-10', summary: 'Oppfølgingssamtale' });
      expect(notResponsible.body).toMatchObject({ status: 422, detail: 'Oppfølgingen skal gjøres av barneansvarlig i en enhet som gir personen tjenester. Du er ikke barneansvarlig der.' });

      const vacancies = (await siri.get('/api/child-responsible')).body.items;
      expect(vacancies.filter((u: { vacant: boolean }) => u.vacant).map((u: { unitName: string }) => u.unitName)).toEqual(['FACT-teamet', 'Hjemmesykepleien', 'Koordinerende enhet', 'Lavterskeltilbudet', 'Legevakten', 'Psykisk helse og rus']);

      const lena = await app.as('lena.leder');
      const ola = app.seed.userIds['ola.tjenesteyter']!;
      expect((await lena.put(`/api/units/${app.seed.unitIds.fact}/child-responsible`, { userId: ola })).body.code).toBe('OUTSIDE_RESPONSIBILITY');
      expect((await lena.put(`/api/units/${app.seed.unitIds.psykiskHelseRus}/child-responsible`, { userId: app.seed.userIds['kari.saksbehandler'] })).body.errors).toEqual([{ path: 'body/userId', detail: 'Velg en ansatt i enheten' }]);
      expect((await lena.put(`/api/units/${app.seed.unitIds.psykiskHelseRus}/child-responsible`, { userId: ola })).status).toBe(204);
      expect((await siri.put(`/api/units/${app.seed.unitIds.psykiskHelseRus}/child-responsible`, { userId: ola })).body.code).toBe('ROLE_REQUIRED');

      const olaClient = await app.as('ola.tjenesteyter');
      expect((await olaClient.post(`/api/persons/${per}/relatives/${childId}/child-follow-ups`, { kind: 'follow-up', occurredOn: '2026-03-10', summary: 'Samtale med Ola og mor; avtalt ny samtale om en måned' })).status).toBe(201);
      const view = (await siri.get(`/api/persons/${per}/relatives`)).body;
      const ola18 = view.relatives.find((r: { id: string }) => r.id === childId);
      expect(ola18.childFollowUps.map((f: { kind: string; byChildResponsible: boolean; unitName: string | null }) => [f.kind, f.byChildResponsible, f.unitName])).toEqual([
        ['clarification', false, null],
        ['information', false, null],
        ['follow-up', true, 'Psykisk helse og rus'],
      ]);
      checks = view.checks;
      expect(Object.fromEntries(checks.map((c: { id: string; status: string }) => [c.id, c.status]))).toMatchObject({ 'children-situation-clarified': 'met', 'children-information-given': 'met', 'children-followed-up-by-barneansvarlig': 'met', 'child-responsible-staff-in-place': 'partly' });
      // A child is not given an adult needs assessment.
      expect((await siri.post(`/api/persons/${per}/relatives/${childId}/needs-assessments`, { assessedOn: '2026-03-09', needs: 'x y z', careBurden: 'low', supportOffered: [], supportAccepted: [] })).status).toBe(422);
    });

    it('shows the closest relative in the emergency view only while the person consents to it as crisis contact', async () => {
      const nurse = await app.as('vakt.hjemmesykepleie');
      const opened = await nurse.post(`/api/persons/${per}/emergency-access`, { reason: 'Per ringte legevakten om natten, urolig' });
      expect(opened.body.closestRelative).toBe('Søster Anne Testesen, 41000000');
      expect((await siri.patch(`/api/persons/${per}/relatives/${anneId}`, { consentScopes: ['participation'] })).status).toBe(204);
      expect((await nurse.get(`/api/persons/${per}/emergency`)).body.closestRelative).toBeNull();
      expect((await siri.patch(`/api/persons/${per}/relatives/${anneId}`, { consentStatus: 'given', consentScopes: [] })).body.errors).toEqual([{ path: 'body/consentScopes', detail: 'Velg hva samtykket omfatter' }]);
    });
  });
}
