// Installed licensed wordings over both databases: a refused file stores nothing, an installed one is
// served to the municipality's forms with its licence, recorded with each result, replaced with history
// and removed back to the built-in wording.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { HelhetError } from '../../platform/errors.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';
import { phq9 } from './instruments/phq9.js';
import { testWordingFile } from './instruments/test-support.js';
import { installWording, listWordings, removeWording } from './wordings.js';

const now = new Date('2026-12-08T10:00:00Z');
const install = (app: RunningApp, file: unknown, at = now) =>
  installWording(app.database.db, { municipalityNumber: '9999', instrumentId: 'PHQ-9', language: 'nb', file, installedBy: 'drift@test (CLI)', now: at });
const wordingRows = async (app: RunningApp) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from instrument_wordings`))[0]!.n;
const served = async (client: TestClient, id: string) => (await client.get('/api/instruments')).body.items.find((i: { id: string }) => i.id === id);

for (const database of testDatabases()) {
  describe(`${database.name}: licensed instrument wordings`, () => {
    let app: RunningApp;
    let kari: TestClient;
    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => now });
      kari = await app.as('kari.saksbehandler');
    });
    afterAll(async () => {
      await app?.close();
    });

    it('serves every instrument in its built-in wording, saying so, until one is installed', async () => {
      const phq = await served(kari, 'PHQ-9');
      expect(phq).toMatchObject({ language: 'en', wording: { kind: 'built-in', language: 'en', source: { url: 'https://www.phqscreeners.com/' } } });
      expect(phq.wording.licence).toBeUndefined();
      expect(await served(kari, 'AUDIT')).toMatchObject({ language: 'nb', wording: { kind: 'built-in', language: 'nb' } });
    });

    it('refuses a file that does not match the instrument, with the problems named, and stores nothing', async () => {
      const file = testWordingFile(phq9);
      file.items[3]!.options[1]!.points = 2;
      file.items.pop();
      const error = await install(app, file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(HelhetError);
      expect((error as HelhetError).detailNo).toBe('Ordlyden passer ikke til PHQ-9 versjon 1, og er ikke lagret.');
      expect((error as HelhetError).fields?.map((f) => f.detail)).toEqual([
        'Spørsmål 10 mangler. PHQ-9 har spørsmålene 1, 2, 3, 4, 5, 6, 7, 8, 9, 10.',
        'Spørsmål 4, svaralternativ 2 (verdi 1): poengene er 2 i filen, men 1 i PHQ-9. Poengene kan ikke endres.',
      ]);
      await expect(installWording(app.database.db, { municipalityNumber: '0000', instrumentId: 'PHQ-9', language: 'nb', file: testWordingFile(phq9), installedBy: 'x', now })).rejects.toThrow(HelhetError);
      await expect(installWording(app.database.db, { municipalityNumber: '9999', instrumentId: 'PHQ-9', language: 'sv', file: testWordingFile(phq9), installedBy: 'x', now })).rejects.toThrow(HelhetError);
      expect(await wordingRows(app)).toBe(0);
    });

    it('serves an installed wording with its source and licence, and records it with the result; scoring is unchanged', async () => {
      const installed = await install(app, testWordingFile(phq9));
      expect(installed).toMatchObject({ municipality: 'Fjordvik kommune', replaced: null });
      const phq = await served(kari, 'PHQ-9');
      expect(phq).toMatchObject({
        language: 'nb',
        instructions: 'Testordlyd: innledning til PHQ-9.',
        wording: { kind: 'installed', id: installed.id, language: 'nb', version: 'test-1', licence: { holder: 'Fjordvik kommune', terms: 'Testlisens TL-1 (ingen ekte lisens).' }, source: { url: 'https://example.org/testordlyd' } },
      });
      expect(phq.items[8]).toEqual({ id: '9', text: 'Testordlyd: spørsmål 9 i PHQ-9', options: [0, 1, 2, 3].map((v) => ({ value: v, points: v, label: `Testsvar ${v}` })) });
      expect((await served(kari, 'GAD-7')).wording.kind).toBe('built-in');

      const per = app.seed.personIds[0]!;
      const k = await kari.post(`/api/persons/${per}/kartlegginger`, { unitId: app.seed.unitIds.tildeling, occasion: '2026-12-08' });
      const answers = Object.fromEntries(phq9.items.slice(0, 9).map((i) => [i.id, 2]));
      const scored = await kari.post(`/api/kartlegginger/${k.body.id}/instruments`, { instrumentId: 'PHQ-9', version: '1', answers });
      expect(scored.body).toMatchObject({ status: 'scored', score: 18, band: 'moderat-alvorlig' });
      const gad = await kari.post(`/api/kartlegginger/${k.body.id}/instruments`, { instrumentId: 'GAD-7', version: '1', answers: Object.fromEntries(Array.from({ length: 7 }, (_, i) => [String(i + 1), 0])) });
      expect(gad.status).toBe(201);
      const view = await kari.get(`/api/kartlegginger/${k.body.id}`);
      expect(view.body.instruments.map((i: { instrumentId: string; wordingLanguage: string }) => [i.instrumentId, i.wordingLanguage])).toEqual([['PHQ-9', 'nb'], ['GAD-7', 'en']]);
      const [row] = await queryRows<{ wording_id: string }>(app.database.db, sql`select wording_id from instrument_results where id = ${scored.body.id}`);
      expect(row!.wording_id).toBe(installed.id);
    });

    it('keeps the replaced wording in the history and falls back to the built-in one when removed', async () => {
      const replacement = { ...testWordingFile(phq9), version: 'test-2' };
      const second = await install(app, replacement, new Date('2026-12-08T11:00:00Z'));
      expect(second.replaced).not.toBeNull();
      expect((await served(kari, 'PHQ-9')).wording.version).toBe('test-2');
      expect((await listWordings(app.database.db, { municipalityNumber: '9999' })).map((w) => w.version)).toEqual(['test-2']);
      const history = await listWordings(app.database.db, { municipalityNumber: '9999', history: true });
      expect(history.map((w) => [w.version, w.endReason])).toEqual([['test-1', 'replaced'], ['test-2', null]]);
      expect(history[0]).toMatchObject({ installedBy: 'drift@test (CLI)', endedBy: 'drift@test (CLI)', licenceHolder: 'Fjordvik kommune' });

      await removeWording(app.database.db, { municipalityNumber: '9999', instrumentId: 'PHQ-9', language: 'nb', removedBy: 'drift@test (CLI)', now });
      expect((await served(kari, 'PHQ-9')).wording).toMatchObject({ kind: 'built-in', language: 'en' });
      await expect(removeWording(app.database.db, { municipalityNumber: '9999', instrumentId: 'PHQ-9', language: 'nb', removedBy: 'x', now })).rejects.toMatchObject({ code: 'NOT_FOUND', detailNo: 'Fjordvik kommune har ingen installert ordlyd for PHQ-9 på nb.' });
      expect(await wordingRows(app)).toBe(2);
    });
  });
}
