import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../test/databases.js';
import { startTestApp, type RunningApp } from '../test/test-app.js';

for (const database of testDatabases()) {
  describe(`${database.name}: demo internal control`, () => {
    let app: RunningApp;
    beforeAll(async () => {
      app = await startTestApp(database, { cases: true });
      await app.runJobs();
    });
    afterAll(async () => {
      await app?.close();
    });

    it('has avvik in every state: NAV → Boligkontoret under handling, one escalated, one forwarded with an overdue answer', async () => {
      const nora = await app.as('nora.nav');
      expect((await nora.get('/api/deviations?view=reported-by-me')).body.items).toMatchObject([{ concerned: { name: 'Boligkontoret' }, status: 'in-handling' }]);
      const dina = await app.as('dina.direktor');
      expect((await dina.get('/api/deviations?view=escalated')).body.items).toMatchObject([{ category: 'threats-violence', handlingUnit: { name: 'Psykisk helse og rus' } }]);
      const lena = await app.as('lena.leder');
      const forwarded = (await lena.get('/api/deviations?view=to-handle')).body.items.find((d: { concerned: { kind: string } }) => d.concerned.kind === 'partner');
      expect(forwarded).toMatchObject({ concerned: { name: 'Fjordvik sykehus' }, awaitingPartnerAnswer: true, partnerAnswerOverdue: true });
      const view = (await lena.get(`/api/deviations/${forwarded.id}`)).body;
      expect(view.forwardings[0].reminderSentAt).not.toBeNull();
      const letter = await fetch(`${app.baseUrl}/api/deviations/${forwarded.id}/forwardings/${view.forwardings[0].id}/letter`, { headers: { cookie: lena.cookie } });
      expect(Buffer.from(await letter.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
      const viktor = await app.as('vakt.hjemmesykepleie');
      expect((await viktor.get('/api/deviations?view=reported-by-me')).body.items[0]).toMatchObject({ status: 'closed', person: { linked: true, name: 'Åse Øvrebø' } });
    });

    it('has procedures on the process map, one overdue for revision and one changed that staff must read again', async () => {
      const kristin = await app.as('kristin.kvalitet');
      const coverage = (await kristin.get('/api/procedures/coverage')).body;
      expect(coverage.overdueRevisions).toBe(1);
      expect(coverage.items.find((i: { title: string }) => i.title === 'Kartlegging før vedtak')).toMatchObject({ revisionStatus: 'overdue' });
      const ola = await app.as('ola.tjenesteyter');
      expect((await ola.get('/api/procedures/to-acknowledge')).body.items.map((i: { title: string; version: number }) => `${i.title} v${i.version}`)).toEqual(['Kriseplan og oppfølging ved akutt forverring v2', 'Melde og behandle avvik på tvers av enheter v1']);
      const nora = await app.as('nora.nav');
      expect((await nora.get('/api/procedures/to-acknowledge')).body.items.map((i: { title: string }) => i.title)).toEqual(['Varsel til NAV ved husleierestanse']);
      const lena = await app.as('lena.leder');
      expect((await lena.get('/api/procedures?step=discharge')).body.items).toMatchObject([{ current: null, draft: { version: 1 } }]);
    });

    it('has an approved responsibility matrix with two findings and a draft that fixes one', async () => {
      const nora = await app.as('nora.nav');
      const { matrix } = (await nora.get('/api/responsibility-matrices/current')).body;
      expect(matrix.findings.map((f: { task: string; kind: string }) => `${f.task}: ${f.kind}`)).toEqual(['Legemiddelhåndtering hjemme: no-responsible', 'Oppfølging i hjemmet (booppfølging): several-responsible']);
      expect((await nora.get('/api/responsibility-matrices')).body.items.map((m: { status: string; findingCount: number }) => `${m.status}:${m.findingCount}`)).toEqual(['draft:1', 'current:2']);
    });
    it('has cooperation agreements (one lapsed arena), a theme plan with a gap, survey results with a suppressed service, and the user council', async () => {
      const kristin = await app.as('kristin.kvalitet');
      const agreements = (await kristin.get('/api/agreements')).body;
      expect(agreements.items.map((a: { title: string; arena: { lapsed: boolean } }) => `${a.title}: ${a.arena.lapsed}`).sort()).toEqual(['FACT-teamet og DPS Fjordvik – felles inntaksmøter: true', 'Samarbeid psykisk helse og rus – NAV Fjordvik: false']);
      expect(agreements.lapsedCount).toBe(1);
      const [plan] = (await kristin.get('/api/theme-plans')).body.items;
      expect(plan).toMatchObject({ title: 'Rusmiddelpolitisk handlingsplan', measureCount: 2, gapCount: 1 });
      expect((await kristin.get(`/api/theme-plans/${plan.id}`)).body.gaps).toMatchObject([{ unit: 'Boligkontoret', strategy: 'Boligbehov kartlegges i første samtale' }]);
      const [survey] = (await kristin.get('/api/surveys')).body.items;
      expect(survey).toMatchObject({ status: 'open', responseCount: 16 });
      const results = (await kristin.get(`/api/surveys/${survey.id}/results?by=unit`)).body;
      expect(results.questions[0].cells.map((c: { unit: { name: string }; n: number | null; suppressed: boolean }) => `${c.unit.name}: ${c.suppressed ? 'skjult' : c.n}`).sort()).toEqual(['FACT-teamet: skjult', 'Lavterskeltilbudet: skjult', 'Psykisk helse og rus: 8']);
      const heldOn = (days: number) => new Date(Date.now() - days * 86400_000);
      const council = (await kristin.get(`/api/user-council?year=${heldOn(120).getFullYear()}`)).body;
      expect(council.overdueInputs).toBe(1);
      const peers = (await kristin.get('/api/peer-workers')).body;
      expect(peers.items.map((p: { name: string }) => p.name).sort()).toEqual(['Eva Erfaring', 'Per Erfaring']);
    });
  });
}
