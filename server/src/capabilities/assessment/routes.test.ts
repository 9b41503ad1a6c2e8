import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { domainIds } from './domains.js';

const now = new Date('2026-03-02T10:00:00Z');
const phq9 = (item9: number) => Object.fromEntries([...Array.from({ length: 8 }, (_, i) => [String(i + 1), 1]), ['9', item9]]);

for (const database of testDatabases()) {
  describe(`${database.name}: kartlegging (assessment)`, () => {
    let app: RunningApp;
    let kari: TestClient;
    let per: string;
    let kartleggingId: string;
    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
      kari = await app.as('kari.saksbehandler');
      per = app.seed.personIds[0]!;
      const created = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-03-02' });
      expect(created.status).toBe(201);
      kartleggingId = created.body.id;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('keeps one shared record per person and occasion', async () => {
      const again = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-03-02' });
      expect(again.body).toMatchObject({ status: 409, code: 'CONFLICT', existingKartleggingId: kartleggingId });
      // Another unit with a relation to Per sees the same assessment.
      const ola = await app.as('ola.tjenesteyter');
      expect((await ola.get(`/api/persons/${per}/kartlegginger`)).body.items.map((k: { id: string }) => k.id)).toEqual([kartleggingId]);
    });

    it('scores PHQ-9 and raises the suicide-risk prompt when item 9 is above 0', async () => {
      const scored = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers: phq9(1) });
      expect(scored.status).toBe(201);
      expect(scored.body).toMatchObject({ status: 'scored', score: 9, band: 'mild', suicideRiskPrompt: true });
      const none = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers: phq9(0) });
      expect(none.body).toMatchObject({ score: 8, suicideRiskPrompt: false });
    });

    it('refuses to score incomplete answers, unknown items, wrong values and unknown instruments, and stores nothing', async () => {
      const before = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from instrument_results`);
      const incomplete = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'GAD-7', version: '1', answers: { '1': 1, '2': 2 } });
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.detail).toMatch(/Kan ikke beregne/);
      expect(incomplete.body.errors.map((e: { path: string }) => e.path)).toContain('body/answers/7');
      const unknownItem = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers: { ...phq9(0), '42': 1 } });
      expect(unknownItem.status).toBe(422);
      expect(unknownItem.body.errors.map((e: { path: string }) => e.path)).toContain('body/answers/42');
      const badValue = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers: { ...phq9(0), '1': 7 } });
      expect(badValue.status).toBe(422);
      const unknownInstrument = await kari.post(`/api/kartlegginger/${kartleggingId}/instruments`, { instrumentId: 'BDI', version: '1', answers: {} });
      expect(unknownInstrument.body.errors[0]).toEqual({ path: 'body/instrumentId', detail: 'Ukjent instrument' });
      expect(await queryRows(app.database.db, sql`select count(*)::int as n from instrument_results`)).toEqual(before);
    });

    it('refuses to complete without a meeting, the person\'s words and all core domains, and says what is missing', async () => {
      const answer = await kari.post(`/api/kartlegginger/${kartleggingId}/complete`);
      expect(answer.status).toBe(422);
      expect(answer.body.errors.map((e: { path: string }) => e.path)).toEqual(['meetingDate', 'whatMatters', 'missingDomainsReason']);
      const view = await kari.get(`/api/kartlegginger/${kartleggingId}`);
      expect(view.body.status).toBe('in-progress');
      expect(view.body.coverage['suicide-risk']).toBe('missing');
    });

    it('refuses somatic health marked covered while an aspect is not', async () => {
      const answer = await kari.put(`/api/kartlegginger/${kartleggingId}/domains`, { domain: 'somatic-health', status: 'covered', evidenceKind: 'form', evidence: 'Somatisk sjekkliste', aspects: { infections: 'covered', 'skin-soft-tissue': 'covered', nutrition: 'covered', dental: 'not-covered', medication: 'covered', 'gp-contact': 'covered' } });
      expect(answer.status).toBe(422);
      expect(answer.body.errors[0].path).toBe('body/status');
    });

    it('completes once every domain, the meeting and what matters are recorded', async () => {
      for (const domain of domainIds) {
        const body = { domain, status: 'covered', evidenceKind: domain === 'mental-health' ? 'instrument' : 'form', evidence: `Kartlagt i samtale 2. mars (${domain})` };
        expect((await kari.put(`/api/kartlegginger/${kartleggingId}/domains`, body)).status).toBe(204);
      }
      const meeting = await kari.patch(`/api/kartlegginger/${kartleggingId}`, {
        meetingDate: '2026-03-02',
        meetingParticipants: ['Per Testesen', 'Kari Saksbehandler'],
        whatMatters: 'Å beholde leiligheten og få jobbe litt igjen.',
        relatives: { hasRelatives: true, closestRelative: 'Søster Anne', childrenOrMinorSiblingsAffected: false, howToInvolve: 'Søster får informasjon om kriseplan', ownNeedsMapped: false, childrenFormCompleted: null },
      });
      expect(meeting.status).toBe(204);
      expect((await kari.post(`/api/kartlegginger/${kartleggingId}/complete`)).status).toBe(204);
      const view = await kari.get(`/api/kartlegginger/${kartleggingId}`);
      expect(view.body).toMatchObject({ status: 'completed', completionProblems: [] });
      expect(Object.values(view.body.coverage)).toEqual(domainIds.map(() => 'covered'));
      expect((await kari.patch(`/api/kartlegginger/${kartleggingId}`, { whatMatters: 'endret' })).body.code).toBe('CONFLICT');
    });

    it('rejects a meeting date in the future and a malformed date', async () => {
      const created = await kari.post(`/api/persons/${app.seed.personIds[4]}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-03-02' });
      const future = await kari.patch(`/api/kartlegginger/${created.body.id}`, { meetingDate: '2026-04-01' });
      expect(future.body.errors[0]).toEqual({ path: 'body/meetingDate', detail: 'Datoen er i fremtiden' });
      const malformed = await kari.patch(`/api/kartlegginger/${created.body.id}`, { meetingDate: '02.03.2026' });
      expect(malformed.status).toBe(400);
      expect(malformed.body.errors[0].detail).toBe('Møtedato må være en gyldig dato (ÅÅÅÅ-MM-DD)');
    });

    it('records a declined assessment with a re-offer date after today', async () => {
      const past = await kari.post(`/api/persons/${app.seed.personIds[2]}/kartlegginger/declined`, { unitId: app.seed.unitIds.tildeling, reofferDate: '2026-03-01' });
      expect(past.body.errors[0]).toEqual({ path: 'body/reofferDate', detail: 'Dato for nytt tilbud om kartlegging må være etter i dag.' });
      const ok = await kari.post(`/api/persons/${app.seed.personIds[2]}/kartlegginger/declined`, { unitId: app.seed.unitIds.tildeling, reofferDate: '2026-06-01', note: 'Ønsker ikke nå' });
      expect(ok.status).toBe(201);
      const list = await kari.get(`/api/persons/${app.seed.personIds[2]}/kartlegginger`);
      expect(list.body.items[0]).toMatchObject({ status: 'declined', reofferDate: '2026-06-01' });
    });

    it('lists the instruments with their source', async () => {
      const answer = await kari.get('/api/instruments');
      expect(answer.body.items.map((i: { id: string }) => i.id)).toEqual(['AUDIT', 'AUDIT-C', 'DUDIT', 'CAGE', 'SCL-10', 'PHQ-9', 'GAD-7']);
      expect(answer.body.items.every((i: { source: unknown }) => Boolean(i.source))).toBe(true);
    });
  });
}
