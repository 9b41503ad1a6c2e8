import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { buildCompletedKartlegging } from '../../test/builders.js';

const now = new Date('2026-03-10T10:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: vedtak from draft to evaluation`, () => {
    let app: RunningApp;
    let kari: TestClient;
    let per: string;
    let serviceId: string;
    let siriId: string;
    let kartleggingId: string;
    const draft = () => ({
      unitId: app.seed.unitIds.tildeling,
      kartleggingId,
      serviceId,
      scope: 'Oppfølging to ganger i uken, (sett inn antall) timer',
      startDate: '2026-03-15',
      endDate: '2026-12-31',
      evaluationDate: '2026-09-15',
      evaluationResponsibleId: siriId,
      participation: 'Per deltok i kartleggingssamtalen 10. mars og ønsker oppfølging hjemme.',
      reasoning: 'Kartleggingen viser behov for hjelp til struktur i hverdagen og oppfølging av rusmiddelbruk.',
    });

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
      kari = await app.as('kari.saksbehandler');
      per = app.seed.personIds[0]!;
      serviceId = (await kari.get('/api/services')).body.items.find((s: { code: string }) => s.code === 'oppfolging-psykisk-helse-rus').id;
      siriId = app.seed.userIds['siri.koordinator']!;
      kartleggingId = await buildCompletedKartlegging(kari, per, app.seed.unitIds.tildeling, '2026-03-10');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('refuses an evaluation date before the start, and writes nothing', async () => {
      const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from vedtak`);
      const answer = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), evaluationDate: '2026-03-01' });
      expect(answer.status).toBe(422);
      expect(answer.body.errors).toEqual([{ path: 'body/evaluationDate', detail: 'Evalueringsdato kan ikke være før startdato' }]);
      expect(await queryRows(app.database.db, sql`select count(*)::int as n from vedtak`)).toEqual(before);
    });

    it('requires the evaluation date and the person responsible', async () => {
      const { evaluationDate: _d, evaluationResponsibleId: _r, ...withoutEvaluation } = draft();
      const answer = await kari.post(`/api/persons/${per}/vedtak`, withoutEvaluation);
      expect(answer.status).toBe(400);
      expect(answer.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body/evaluationDate', 'body/evaluationResponsibleId']);
    });

    it('refuses an evaluation responsible who does not serve the person', async () => {
      const answer = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), evaluationResponsibleId: app.seed.userIds['henrik.hjemmeleder'] });
      expect(answer.body.errors).toEqual([{ path: 'body/evaluationResponsibleId', detail: 'Har ikke tjenstlig behov for personen' }]);
    });

    it('keeps a draft with a placeholder, refuses to finalise it, and finalises once fixed', async () => {
      const created = await kari.post(`/api/persons/${per}/vedtak`, draft());
      expect(created.status).toBe(201);
      const refused = await kari.post(`/api/vedtak/${created.body.id}/finalize`);
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([{ path: 'scope', detail: 'Fjern plassholdertekst før vedtaket fattes: (sett inn antall)' }]);
      expect((await kari.get(`/api/vedtak/${created.body.id}`)).body.status).toBe('draft');
      expect((await kari.patch(`/api/vedtak/${created.body.id}`, { scope: 'Oppfølging to ganger i uken, 3 timer' })).status).toBe(204);
      expect((await kari.post(`/api/vedtak/${created.body.id}/finalize`)).status).toBe(204);
      const view = await kari.get(`/api/vedtak/${created.body.id}`);
      expect(view.body).toMatchObject({ status: 'final', evaluationTaskDate: '2026-08-18', evaluationResponsible: { displayName: 'Siri Koordinator' }, legalBasis: 'helse- og omsorgstjenesteloven § 3-2 første ledd nr. 6 bokstav a og b', legalBasisIds: ['hol-3-2-6a', 'hol-3-2-6b'] });
      // Health and care services: four weeks, to Statsforvalteren (pasient- og brukerrettighetsloven §§ 7-2 and 7-5), not three.
      expect(view.body.appealInfo).toContain('Fristen for å klage er fire uker');
      expect(view.body.appealInfo).toContain('til Statsforvalteren (pasient- og brukerrettighetsloven § 7-2)');
      expect(view.body.appealInfo).toContain('(pasient- og brukerrettighetsloven § 7-5)');
      expect(view.body.appealInfo).not.toMatch(/tre uker/);
      expect((await kari.patch(`/api/vedtak/${created.body.id}`, { scope: 'Endret' })).body.code).toBe('CONFLICT');
    });

    it('refuses to finalise without an assessment', async () => {
      const created = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), kartleggingId: null, scope: 'Oppfølging' });
      const refused = await kari.post(`/api/vedtak/${created.body.id}/finalize`);
      expect(refused.body.errors[0]).toMatchObject({ path: 'kartleggingId' });
      expect(refused.body.detail).toMatch(/Ingen vedtak uten dokumentert kartlegging/);
    });

    it('refuses to finalise on an assessment that misses core domains without a reason', async () => {
      const thin = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-03-09' });
      const created = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), kartleggingId: thin.body.id, scope: 'Oppfølging' });
      const refused = await kari.post(`/api/vedtak/${created.body.id}/finalize`);
      expect(refused.body.errors.map((e: { detail: string }) => e.detail)).toEqual(['Kartleggingen er ikke fullført.', 'Kartleggingen mangler dokumentert samtale med personen.', expect.stringContaining('Kartleggingen dekker ikke: Rusmiddelbruk')]);
    });

    it('takes the legal basis from the register: staffed housing cannot cite the home-nursing clause, and nothing is written', async () => {
      const services = (await kari.get('/api/services')).body.items as { id: string; code: string; legalBasisIds: string[]; legalBasis: string }[];
      const staffed = services.find((s) => s.code === 'bolig-med-bemanning')!;
      expect(staffed.legalBasisIds).toEqual(['hol-3-2-6b']);
      const before = await queryRows(app.database.db, sql`select count(*)::int as n from vedtak`);
      const refused = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), serviceId: staffed.id, legalBasisIds: ['hol-3-2-6a'] });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([{ path: 'body/legalBasisIds', detail: expect.stringContaining('§ 3-2 første ledd nr. 6 bokstav a er ikke hjemmel for denne tjenesten') }]);
      expect(await queryRows(app.database.db, sql`select count(*)::int as n from vedtak`)).toEqual(before);
      const typed = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), legalBasis: 'Helse- og omsorgstjenesteloven § 3-2' });
      expect(typed.status).toBe(400);
      const unknown = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), legalBasisIds: ['hol-3-7'] });
      expect(unknown.status).toBe(400);
      expect(unknown.body.errors[0]).toMatchObject({ path: 'body/legalBasisIds/0', detail: 'Velg hjemmel fra listen' });
    });

    it('keeps one appeal route per vedtak, and refuses a service with no basis at finalising', async () => {
      const admin = await app.as('anne.admin');
      const mixed = await admin.post('/api/services', { code: 'blandet-test', name: 'Blandet tjeneste (test)', description: 'En testtjeneste med hjemler fra to klageordninger.', legalBasisIds: ['hol-3-2-6a', 'sotjl-27'] });
      expect(mixed.status).toBe(201);
      const split = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), serviceId: mixed.body.id });
      expect(split.status).toBe(422);
      expect(split.body.errors).toEqual([{ path: 'body/legalBasisIds', detail: 'Hjemlene har ulik klageordning. Fatt ett vedtak for hver klageordning.' }]);
      const social = await kari.post(`/api/persons/${per}/vedtak`, { ...draft(), serviceId: mixed.body.id, legalBasisIds: ['sotjl-27'], scope: 'Midlertidig botilbud i to uker' });
      expect(social.status).toBe(201);
      const view = (await kari.get(`/api/vedtak/${social.body.id}`)).body;
      expect(view.legalBasis).toBe('sosialtjenesteloven § 27');
      expect(view.appealInfo).toContain('Fristen for å klage er tre uker fra du fikk vedtaket (forvaltningsloven § 29)');
      expect(view.appealInfo).toContain('til Statsforvalteren (sosialtjenesteloven § 48)');
      expect((await admin.post('/api/services', { code: 'uten-hjemmel', name: 'Uten hjemmel', description: 'Skrevet uten hjemmel fra registeret.', legalBasis: 'Helse- og omsorgstjenesteloven' })).status).toBe(400);
    });

    it('prints the decision as a PDF and logs the print', async () => {
      const list = await kari.get(`/api/persons/${per}/vedtak`);
      const final = list.body.items.find((v: { status: string }) => v.status === 'final');
      const response = await fetch(`${app.baseUrl}/api/vedtak/${final.id}/pdf`, { headers: { cookie: kari.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1500);
      const log = await queryRows<{ action: string }>(app.database.db, sql`select action from access_log where person_id = ${per} and action = 'vedtak.print'`);
      expect(log).toHaveLength(1);
    });

    it('records the evaluation with the person\'s view once, and ends the vedtak on closure', async () => {
      const list = await kari.get(`/api/persons/${per}/vedtak`);
      const final = list.body.items.find((v: { status: string }) => v.status === 'final');
      const siri = await app.as('siri.koordinator');
      const future = await siri.post(`/api/vedtak/${final.id}/evaluation`, { evaluatedOn: '2026-04-01', personParticipated: true, personView: 'Fornøyd', outcome: 'end', revisionNote: 'Avslutt', nextStep: 'closure' });
      expect(future.body.errors[0]).toEqual({ path: 'body/evaluatedOn', detail: 'Datoen er i fremtiden' });
      const ok = await siri.post(`/api/vedtak/${final.id}/evaluation`, { evaluatedOn: '2026-03-10', personParticipated: true, personView: 'Per synes oppfølgingen hjelper, men ønsker færre timer.', relativesView: null, outcome: 'change', revisionNote: 'Anbefaler redusert omfang til 2 timer i uken.', nextStep: 'new-vedtak' });
      expect(ok.status).toBe(204);
      const view = await kari.get(`/api/vedtak/${final.id}`);
      expect(view.body.evaluation).toMatchObject({ outcome: 'change', nextStep: 'new-vedtak', recordedByName: 'Siri Koordinator', personParticipated: true });
      expect(view.body.status).toBe('final');
      expect((await siri.post(`/api/vedtak/${final.id}/evaluation`, { evaluatedOn: '2026-03-10', personParticipated: true, personView: 'x y z', outcome: 'end', revisionNote: 'x y z', nextStep: 'closure' })).body.code).toBe('CONFLICT');
    });

    it('publishes the service catalogue without login and without personal data', async () => {
      const answer = await app.anonymous().get('/api/public/services?municipality=9999');
      expect(answer.status).toBe(200);
      expect(answer.body.municipality).toBe('Fjordvik kommune');
      expect(answer.body.items.map((s: { code: string }) => s.code)).toContain('fact-oppfolging');
    });
  });
}
