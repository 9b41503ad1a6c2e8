// A whole-person rule through the real path: a temporary housing stay recorded over HTTP, the
// `person.changed` job re-evaluating that person, and the finding in the stored results and on the
// person's compliance page (both databases).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { runFull } from './index.js';

let clock = new Date('2026-01-05T10:00:00Z');
type Item = { check: { id: string; source: { law: string; section: string } }; status: string; detail: string; evidence: { record: string; id: string; field: string }[] };

for (const database of testDatabases()) {
  describe(`${database.name}: whole-person checks in the person's compliance results`, () => {
    let app: RunningApp;
    let mohammed: string;

    beforeAll(async () => {
      clock = new Date('2026-01-05T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      mohammed = app.seed.personIds[2]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    const stored = async (checkId: string) => (await queryRows<{ status: string; detail: string }>(app.database.db, sql`select status, detail from compliance_results where person_id = ${mohammed} and check_id = ${checkId}`))[0];

    it('raises a temporary stay over 3 months without an exception reason, and clears it with one', async () => {
      let bo = await app.as('bo.boligkonsulent');
      const created = await bo.post(`/api/persons/${mohammed}/housing/temporary-stays`, { place: 'Storgata 8 (midlertidig)', startDate: '2026-01-05' });
      expect(created.status).toBe(201);
      await app.runJobs();
      expect(await stored('housing.temporary-stay-limit')).toMatchObject({ status: 'met' });

      // Time passes: the daily run (compliance.daily) re-evaluates everyone.
      clock = new Date('2026-04-06T10:00:00Z');
      bo = await app.as('bo.boligkonsulent');
      await runFull(app.db, clock);
      const row = await stored('housing.temporary-stay-limit');
      expect(row).toMatchObject({ status: 'not-met' });
      expect(row!.detail).toBe('1 opphold har vart over 3 måneder uten dokumentert unntaksgrunn (lengste 91 dager).');

      const page = await (await app.as('kari.saksbehandler')).get(`/api/persons/${mohammed}/compliance`);
      expect(page.status).toBe(200);
      const item = (page.body.items as Item[]).find((i) => i.check.id === 'housing.temporary-stay-limit');
      expect(item).toMatchObject({ status: 'not-met', check: { source: { law: 'Sosialtjenesteloven' } }, evidence: [{ record: 'temporary_stays', id: created.body.id, field: 'start_date' }] });

      expect((await bo.post(`/api/temporary-stays/${created.body.id}/exception`, { reason: 'Venter på tilpasset kommunal bolig; ingen annen forsvarlig løsning nå.' })).status).toBe(204);
      await app.runJobs(); // person.changed re-evaluates Mohammed only
      expect(await stored('housing.temporary-stay-limit')).toMatchObject({ status: 'met', detail: 'Opphold over grensen har dokumentert unntaksgrunn.' });
    });
  });
}
