// Acceptance (issue #5 item 4): the Asker 2025 fixture imported through the normal import, evaluated
// through the normal path (the `person.changed` job the import enqueues), raises every finding listed
// in records-exchange/fixtures/asker-2025-expected-findings.json for the right person — by check id,
// not met or partly. Nothing in production code knows about the fixture.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';

const fixture = JSON.parse(readFileSync(new URL('../records-exchange/fixtures/asker-2025-sample.json', import.meta.url), 'utf8')) as { persons: { ref: string }[] };
const expected = JSON.parse(readFileSync(new URL('../records-exchange/fixtures/asker-2025-expected-findings.json', import.meta.url), 'utf8')) as { findings: { ref: string; finding: string }[] };

/** The fixture's finding names → the catalogue's check ids that raise them. */
export const findingChecks: Record<string, string> = {
  'ip-claimed-but-missing': 'consistency-note-claims',
  'ip-without-participants': 'ip-content',
  'ip-granted-not-started': 'ip-work-started',
  'ip-granted-no-ip-work': 'consistency-vedtak-claims-ip',
  'vedtak-placeholders': 'vedtak-no-placeholders',
  'vedtak-without-assessment': 'vedtak-requires-assessment',
  'ip-review-overdue': 'ip-reviewed-on-time',
  'coordinator-request-unanswered': 'coordinator-request-followed-up',
  'ip-need-documented-no-ip-work': 'ip-work-started',
  'team-meeting-without-minutes': 'meeting-minutes',
  'team-meeting-without-participants-and-goals': 'meeting-minutes',
  'not-informed-of-ip-right': 'ip-informed',
  'vedtak-without-evaluation': 'vedtak-evaluation-planned',
};

const clock = new Date('2025-09-01T08:00:00Z');

for (const database of testDatabases()) {
  describe(`${database.name}: the Asker 2025 fixture raises the expected compliance findings`, () => {
    let app: RunningApp;
    let idOf: Map<string, string>;
    let results: { person_id: string; check_id: string; status: string; detail: string }[];

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock });
      const kristin = await app.as('kristin.kvalitet');
      const imported = await kristin.post('/api/records/import?fileName=asker-2025-sample.json', fixture);
      expect(imported.status).toBe(201);
      idOf = new Map(imported.body.persons.map((p: { ref: string; id: string }) => [p.ref, p.id]));
      await app.runJobs();
      results = await queryRows(app.database.db, sql`select person_id, check_id, status, detail from compliance_results where person_id = any(${`{${[...idOf.values()].join(',')}}`}::uuid[])`);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('maps every expected finding to a check in the catalogue', async () => {
      const { checksById } = await import('./index.js');
      for (const f of expected.findings) expect(checksById.has(findingChecks[f.finding] ?? ''), f.finding).toBe(true);
    });

    it('evaluated every imported person through the person.changed job', () => {
      for (const [ref, id] of idOf) expect(results.some((r) => r.person_id === id), ref).toBe(true);
    });

    for (const f of expected.findings) {
      it(`${f.ref}: ${f.finding} (${findingChecks[f.finding]})`, () => {
        const refs = f.ref === '*' ? fixture.persons.map((p) => p.ref).filter((ref) => results.some((r) => r.person_id === idOf.get(ref) && r.check_id === findingChecks[f.finding])) : [f.ref];
        expect(refs.length, 'at least one person').toBeGreaterThan(0);
        for (const ref of refs) {
          const row = results.find((r) => r.person_id === idOf.get(ref) && r.check_id === findingChecks[f.finding]);
          expect(row?.status, `${ref} ${findingChecks[f.finding]}: ${row?.detail}`).toMatch(/^(not-met|partly)$/);
        }
      });
    }
  });
}
