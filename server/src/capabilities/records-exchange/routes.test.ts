import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/asker-2025-sample.json', import.meta.url), 'utf8'));
const tables = ['persons', 'service_relations', 'kartlegginger', 'instrument_results', 'vedtak', 'notes', 'record_claims', 'individual_plans', 'team_meetings', 'coordinator_requests', 'ip_information'];

async function counts(app: RunningApp): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of tables) result[table] = (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;
  return result;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

for (const database of testDatabases()) {
  describe(`${database.name}: import and export of case records`, () => {
    let app: RunningApp;

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => new Date('2025-09-01T08:00:00Z') });
    });
    afterAll(async () => {
      await app?.close();
    });

    it('rejects a bad file with one error per problem — file, record, field, reason — and changes nothing', async () => {
      const kristin = await app.as('kristin.kvalitet');
      const before = await counts(app);
      const bad = clone(fixture);
      bad.persons[1].nationalId = '12345678901';
      bad.persons[3].vedtak[0].evaluationDate = '2024-02-31';
      bad.persons[4].notes[0].claims[0].kind = 'ip-rumour';
      bad.persons[6].extraField = true;
      const schemaErrors = await kristin.post('/api/records/import?fileName=bad-records.json', bad);
      expect(schemaErrors.status).toBe(400);
      expect(schemaErrors.body.code).toBe('VALIDATION_FAILED');
      expect(schemaErrors.body.detail).toBe('Filen «bad-records.json» har 4 feil. Ingenting er importert.');
      expect(schemaErrors.body.importErrors).toEqual([
        { file: 'bad-records.json', recordIndex: 1, recordRef: 'asker-2025-2', field: 'persons.1.nationalId', reason: expect.stringMatching(/^Ugyldig fødselsnummer/) },
        { file: 'bad-records.json', recordIndex: 3, recordRef: 'asker-2025-4', field: 'persons.3.vedtak.0.evaluationDate', reason: 'Ugyldig dato' },
        { file: 'bad-records.json', recordIndex: 4, recordRef: 'asker-2025-5', field: 'persons.4.notes.0.claims.0.kind', reason: 'Ukjent påstandstype' },
        { file: 'bad-records.json', recordIndex: 6, recordRef: 'asker-2025-7', field: 'persons.6', reason: expect.stringContaining('extraField') },
      ]);

      // A file that passes the schema but names things that do not exist is refused the same way.
      const unknown = clone(fixture);
      unknown.persons[0].vedtak[0].decidedBy = 'ukjent.bruker';
      unknown.persons[2].vedtak[0].serviceCode = 'finnes-ikke';
      unknown.persons[8].units = ['Tildelingskontoret', 'Månebasen'];
      unknown.persons[5].kartlegginger = [];
      unknown.persons[6].vedtak[0].kartleggingRef = 'k9';
      const referenceErrors = await kristin.post('/api/records/import?fileName=unknown-refs.json', unknown);
      expect(referenceErrors.status).toBe(400);
      expect(referenceErrors.body.importErrors).toEqual([
        { file: 'unknown-refs.json', recordIndex: 0, recordRef: 'asker-2025-1', field: 'persons.0.vedtak.0.decidedBy', reason: 'Ukjent eller inaktiv ansatt «ukjent.bruker»' },
        { file: 'unknown-refs.json', recordIndex: 2, recordRef: 'asker-2025-3', field: 'persons.2.vedtak.0.serviceCode', reason: 'Ukjent tjeneste «finnes-ikke» i tjenestekatalogen' },
        { file: 'unknown-refs.json', recordIndex: 6, recordRef: 'asker-2025-7', field: 'persons.6.vedtak.0.kartleggingRef', reason: 'Ingen kartlegging med ref «k9» hos denne personen' },
        { file: 'unknown-refs.json', recordIndex: 8, recordRef: 'asker-2025-9', field: 'persons.8.units.1', reason: 'Ukjent enhet «Månebasen»' },
      ]);
      expect(referenceErrors.body.errors[0]).toEqual({ path: 'persons.0.vedtak.0.decidedBy', detail: 'Ukjent eller inaktiv ansatt «ukjent.bruker»' });
      expect((await kristin.post('/api/records/import', { format: 'helhet-records', version: 2, persons: [] })).body.importErrors.map((e: { field: string }) => e.field)).toEqual(['version', 'persons']);
      expect(await counts(app)).toEqual(before);
    });

    it('lets only the quality adviser and the administrator import', async () => {
      expect((await (await app.as('kari.saksbehandler')).post('/api/records/import', fixture)).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    });

    it('imports the whole file in one transaction, logs every person, and refuses the same persons twice', async () => {
      const kristin = await app.as('kristin.kvalitet');
      const imported = await kristin.post('/api/records/import?fileName=asker-2025-sample.json', fixture);
      expect(imported.status).toBe(201);
      expect(imported.body.persons).toHaveLength(9);
      expect(imported.body.counts).toMatchObject({ persons: 9, vedtak: 10, kartlegginger: 6, instrumentResults: 10, individualPlans: 3, teamMeetings: 2, coordinatorRequests: 1, ipInformation: 2 });
      const logged = await queryRows<{ n: number }>(app.database.db, sql`select count(distinct person_id)::int as n from access_log where action = 'records.import' and basis = 'import'`);
      expect(logged[0]!.n).toBe(9);
      const before = await counts(app);
      const again = await kristin.post('/api/records/import?fileName=asker-2025-sample.json', fixture);
      expect(again.body.importErrors).toHaveLength(9);
      expect(again.body.importErrors[0]).toEqual({ file: 'asker-2025-sample.json', recordIndex: 0, recordRef: 'asker-2025-1', field: 'persons.0.nationalId', reason: 'Personen er allerede registrert (samme fødselsnummer)' });
      expect(await counts(app)).toEqual(before);
    });

    it('exports the same format it imports, only for persons the user serves', async () => {
      const kari = await app.as('kari.saksbehandler');
      const ids = (await queryRows<{ id: string; national_id: string }>(app.database.db, sql`select id, national_id from persons where national_id in (${sql.join(fixture.persons.map((p: { nationalId: string }) => sql`${p.nationalId}`), sql`, `)})`));
      const byNationalId = new Map(ids.map((r) => [r.national_id, r.id]));
      const sixth = byNationalId.get(fixture.persons[5].nationalId)!;
      const first = byNationalId.get(fixture.persons[0].nationalId)!;
      const exported = await kari.get(`/api/records/export?personId=${sixth}&personId=${first}`);
      expect(exported.status).toBe(200);
      expect(exported.body).toMatchObject({ format: 'helhet-records', version: 1 });
      const [six, one] = exported.body.persons;
      expect(six.vedtak.map((v: { scope: string; evaluationDate: string | null }) => [v.scope, v.evaluationDate])).toEqual([
        ['Oppfølging fra (sett dato) ved (navn på tjenestested)', null],
        ['Oppfølging i hjemmet to timer i uken', null],
      ]);
      expect(six.ipInformation[0]).toMatchObject({ context: 'allocation', answer: 'wants-ip' });
      expect(six.individualPlans[0].participants).toHaveLength(2);
      expect(one.notes.map((n: { title: string; claims: { kind: string }[] }) => [n.title, n.claims.map((c) => c.kind)])).toEqual([
        ['Kartleggingssamtale', ['assessment-conversation', 'needs-and-wishes']],
        ['Individuell plan', ['ip-created']],
      ]);
      // The export is a valid import file: it is refused only because the persons exist.
      const kristin = await app.as('kristin.kvalitet');
      const reimport = await kristin.post('/api/records/import?fileName=export.json', exported.body);
      expect(reimport.body.importErrors.map((e: { reason: string }) => e.reason)).toEqual(['Personen er allerede registrert (samme fødselsnummer)', 'Personen er allerede registrert (samme fødselsnummer)']);
      const emma = app.seed.personIds[7]!;
      expect((await kari.get(`/api/records/export?personId=${emma}`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect((await kristin.get(`/api/records/export?personId=${first}`)).body.code).toBe('ROLE_REQUIRED');
    });
  });
}
