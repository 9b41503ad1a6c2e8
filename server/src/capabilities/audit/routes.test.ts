import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import type { TestClient } from '../../test/http-client.js';

const fixtureUrl = new URL('../records-exchange/fixtures/asker-2025-sample.json', import.meta.url);
const fixture = JSON.parse(readFileSync(fixtureUrl, 'utf8'));
const expected = JSON.parse(readFileSync(new URL('../records-exchange/fixtures/asker-2025-expected-tables.json', import.meta.url), 'utf8')) as {
  tableA: { columns: string[]; rows: Record<string, string[]>; totals: Record<string, number>[] };
  tableB: { columns: string[]; rows: Record<string, string[]>; totals: Record<string, number>[] };
};
const criteria = { title: 'Asker 2025: vedtak om psykisk helse- og rustjenester', from: '2024-01-01', to: '2025-06-30', serviceCodes: ['oppfolging-psykisk-helse-rus'], size: 9, seed: 'asker-2025' };

let clock = new Date('2025-09-01T08:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: the auditor's sample report on the Asker 2025 fixture`, () => {
    let app: RunningApp;
    let kristin: TestClient;
    let refOf: Map<string, string>;
    let sampleId: string;

    beforeAll(async () => {
      clock = new Date('2025-09-01T08:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      kristin = await app.as('kristin.kvalitet');
      const imported = await kristin.post('/api/records/import?fileName=asker-2025-sample.json', fixture);
      expect(imported.status).toBe(201);
      refOf = new Map(imported.body.persons.map((p: { ref: string; id: string }) => [p.id, p.ref]));
    });
    afterAll(async () => {
      await app?.close();
    });

    it('draws the sample with a recorded seed: the same seed gives the same cases in the same order', async () => {
      const first = await kristin.post('/api/audit/samples', criteria);
      expect(first.status).toBe(201);
      sampleId = first.body.id;
      const a = await kristin.post('/api/audit/samples', { ...criteria, size: 5, title: 'Fem saker' });
      const b = await kristin.post('/api/audit/samples', { ...criteria, size: 5, title: 'Fem saker igjen' });
      const c = await kristin.post('/api/audit/samples', { ...criteria, size: 5, title: 'Annet frø', seed: 'annet-frø' });
      const cases = async (id: string) => (await kristin.get(`/api/audit/samples/${id}`)).body.cases.map((x: { personId: string }) => x.personId);
      expect(await cases(a.body.id)).toEqual(await cases(b.body.id));
      expect(await cases(a.body.id)).not.toEqual(await cases(c.body.id));
      const detail = await kristin.get(`/api/audit/samples/${sampleId}`);
      expect(detail.body).toMatchObject({ seed: 'asker-2025', candidateCount: 9, caseCount: 9 });
      const unseeded = await kristin.post('/api/audit/samples', { ...criteria, seed: undefined, title: 'Uten frø' });
      expect((await kristin.get(`/api/audit/samples/${unseeded.body.id}`)).body.seed).toMatch(/^[0-9a-f]{12}$/);
    });

    it('prints Table A and Table B cell for cell, with the audit\'s totals', async () => {
      const report = await kristin.get(`/api/audit/samples/${sampleId}/report`);
      expect(report.status).toBe(200);
      const [tableA, tableB] = report.body.tables;
      expect(tableA.columns).toEqual(expected.tableA.columns);
      expect(tableB.columns).toEqual(expected.tableB.columns);
      const values = (table: { rows: { personId: string; cells: { value: string }[] }[] }) => table.rows.map((r) => [refOf.get(r.personId), ...r.cells.map((c) => c.value)]);
      const wanted = (rows: Record<string, string[]>) => tableA.rows.map((r: { personId: string }) => [refOf.get(r.personId), ...rows[refOf.get(r.personId)!]!]);
      expect(values(tableA)).toEqual(wanted(expected.tableA.rows));
      expect(values(tableB)).toEqual(wanted(expected.tableB.rows));
      expect(tableA.totals).toEqual(expected.tableA.totals);
      expect(tableB.totals).toEqual(expected.tableB.totals);
      expect(tableA.rows.map((r: { nr: string }) => r.nr)).toEqual(['#1', '#2', '#3', '#4', '#5', '#6', '#7', '#8', '#9']);
    });

    it('gives every non-«Ja» cell a footnote that cites the evidence in the record', async () => {
      const report = (await kristin.get(`/api/audit/samples/${sampleId}/report`)).body;
      const footnotes = new Map(report.footnotes.map((f: { n: number }) => [f.n, f]));
      for (const table of report.tables) {
        for (const row of table.rows) {
          for (const cell of row.cells) {
            if (cell.value !== 'Ja') {
              expect(cell.footnote).not.toBeNull();
              const note = footnotes.get(cell.footnote) as { evidence: { text: string }[]; nr: string };
              expect(note.nr).toBe(row.nr);
              expect(note.evidence.length).toBeGreaterThan(0);
            }
          }
        }
      }
      const nrOf = (ref: string) => report.cases.find((c: { personId: string }) => refOf.get(c.personId) === ref).nr;
      const noteFor = (ref: string, column: string) => report.footnotes.find((f: { nr: string; column: string }) => f.nr === nrOf(ref) && f.column === column);
      expect(noteFor('asker-2025-1', 'Opprettet IP').evidence.map((e: { text: string }) => e.text)).toContain('Journalnotat «Individuell plan» 02.05.2024: IP er opprettet.');
      expect(noteFor('asker-2025-2', 'Gjennomført kartlegging').evidence[0].text).toBe('Kartleggingsskjema datert 28.08.2024 er tomt.');
      expect(noteFor('asker-2025-3', 'Opprettet IP').text).toBe('Individuell plan er opprettet, men har ingen deltakere.');
      expect(noteFor('asker-2025-5', 'Opprettet IP').evidence.map((e: { text: string }) => e.text)).toContain('Tjenestekortet 01.10.2024: Tjenestekortet viser tjenesten «Individuell plan» som innvilget.');
      expect(noteFor('asker-2025-6', 'Informasjon om IP i forbindelse med kartleggingen').text).toBe('Informert om retten til IP ved tildeling av tjenester, ikke ved kartleggingen.');
    });

    it('prints the report as HTML, CSV and PDF', async () => {
      const html = await kristin.get(`/api/audit/samples/${sampleId}/report.html`);
      expect(html.headers.get('content-type')).toContain('text/html');
      expect(html.body).toContain('<h2>Tabell A: Kartlegging, kartleggingsverktøy og møte</h2>');
      expect(html.body).toContain('Ja 5 / Delvis 3 / Nei 1');
      const csv = await kristin.get(`/api/audit/samples/${sampleId}/report.csv`);
      const lines = (csv.body as string).trim().split('\r\n');
      // fetch's text() drops the byte-order mark that the file starts with (for Excel).
      expect(lines[0]).toBe('Tabell;Nr.;Kolonne;Verdi;Fotnote;Forklaring;Dokumentasjon');
      expect(lines.filter((l) => l.startsWith('A;'))).toHaveLength(27);
      expect(lines.filter((l) => l.startsWith('B;') && l.includes(';Delvis;'))).toHaveLength(1);
      const pdf = await fetch(`${app.baseUrl}/api/audit/samples/${sampleId}/report.pdf`, { headers: { cookie: kristin.cookie } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    });

    it('lets the auditor read exactly the sampled cases while the grant lasts, logged, and nothing else', async () => {
      const rune = await app.as('rune.revisor');
      const before = await rune.get(`/api/audit/samples/${sampleId}/report`);
      expect(before.body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect((await rune.get('/api/audit/samples')).body.items).toEqual([]);
      expect((await rune.post('/api/audit/samples', criteria)).body.code).toBe('ROLE_REQUIRED');
      expect((await (await app.as('kari.saksbehandler')).get(`/api/audit/samples/${sampleId}/report`)).body.code).toBe('ROLE_REQUIRED');
      const refused = await kristin.post(`/api/audit/samples/${sampleId}/grants`, { auditorUserId: app.seed.userIds['kari.saksbehandler'], validTo: '2025-09-15T00:00:00Z' });
      expect(refused.body).toMatchObject({ status: 422, errors: [{ path: 'body/auditorUserId', detail: 'Ikke en aktiv revisor' }] });
      const granted = await kristin.post(`/api/audit/samples/${sampleId}/grants`, { auditorUserId: app.seed.userIds['rune.revisor'], validTo: '2025-09-15T00:00:00Z' });
      expect(granted.status).toBe(201);
      expect((await rune.get('/api/audit/samples')).body.items.map((s: { id: string }) => s.id)).toEqual([sampleId]);
      const report = await rune.get(`/api/audit/samples/${sampleId}/report`);
      expect(report.status).toBe(200);
      const personId = report.body.cases[0].personId;
      const view = await rune.get(`/api/audit/samples/${sampleId}/cases/${personId}`);
      expect(view.status).toBe(200);
      expect(view.body.nr).toBe('#1');
      // The grant opens the audit views only, never the ordinary record.
      expect((await rune.get(`/api/persons/${personId}`)).body.code).toBe('ROLE_REQUIRED');
      const logged = await queryRows<{ basis: string; n: number }>(app.database.db, sql`select basis, count(*)::int as n from access_log where actor_name = 'Rune Revisor' and action = 'audit.case-read' and outcome = 'allowed' group by basis`);
      expect(logged).toEqual([{ basis: `audit:${sampleId}`, n: 1 }]);
      clock = new Date('2025-09-15T00:00:01Z');
      const later = await app.as('rune.revisor');
      expect((await later.get(`/api/audit/samples/${sampleId}/cases/${personId}`)).body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      expect((await later.get('/api/audit/samples')).body.items).toEqual([]);
      clock = new Date('2025-09-01T08:00:00Z');
      kristin = await app.as('kristin.kvalitet');
    });

    it('answers the self-assessment with live figures and the leader\'s comments, and prints it', async () => {
      const q = '?from=2024-01-01&to=2025-06-30';
      const first = await kristin.get(`/api/self-assessment${q}`);
      expect(first.status).toBe(200);
      expect(first.body.personsInScope).toBe(9);
      const coordination = first.body.themes.find((t: { id: string }) => t.id === 'coordination');
      expect(coordination.figures[0]).toEqual({ label: 'Personer informert om retten til individuell plan', numerator: 2, denominator: 9, percent: 22.2 });
      expect(coordination.figures[1]).toMatchObject({ numerator: 3 });
      const assessment = first.body.themes.find((t: { id: string }) => t.id === 'whole-situation');
      expect(assessment.figures.map((f: { numerator: number }) => f.numerator)).toEqual([5, 5]);
      const saved = await kristin.put('/api/self-assessment', { from: '2024-01-01', to: '2025-06-30', comments: { coordination: 'IP tilbys ikke systematisk. Tiltak: rutine for informasjon ved kartlegging.' } });
      expect(saved.status).toBe(204);
      const bad = await kristin.put('/api/self-assessment', { from: '2024-01-01', to: '2025-06-30', comments: { ukjent: 'x' } });
      expect(bad.body).toMatchObject({ status: 400, errors: [{ path: 'body/comments/ukjent', detail: 'Ukjent tema' }] });
      const after = await (await app.as('rune.revisor')).get(`/api/self-assessment${q}`);
      expect(after.body.themes.find((t: { id: string }) => t.id === 'coordination').comment).toBe('IP tilbys ikke systematisk. Tiltak: rutine for informasjon ved kartlegging.');
      expect(after.body.updatedByName).toBe('Kristin Kvalitet');
      expect((await (await app.as('rune.revisor')).put('/api/self-assessment', { from: '2024-01-01', to: '2025-06-30', comments: {} })).body.code).toBe('ROLE_REQUIRED');
      const pdf = await fetch(`${app.baseUrl}/api/self-assessment/pdf${q}`, { headers: { cookie: kristin.cookie } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    });
  });
}
