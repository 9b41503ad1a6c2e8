import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { catalogue, runFull, toCsv } from './index.js';

const clock = new Date('2026-03-10T10:00:00Z');
type Item = { check: { id: string; source: { law: string } }; status: string; detail: string; evidence: { record: string; field: string }[] };

for (const database of testDatabases()) {
  describe(`${database.name}: compliance results on the person page, worklists and dashboards`, () => {
    let app: RunningApp;
    let per: string;
    let jonas: string;

    beforeAll(async () => {
      app = await startTestApp(database, { clock: () => clock, cases: true });
      per = app.seed.personIds[0]!;
      jonas = app.seed.personIds[4]!;
      await runFull(app.db, clock);
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows every check for a person, with status, the missing piece, the law and the evidence', async () => {
      const kari = await app.as('kari.saksbehandler');
      const answer = await kari.get(`/api/persons/${jonas}/compliance`);
      expect(answer.status).toBe(200);
      expect(answer.body.items).toHaveLength(catalogue.length);
      const firstContact = answer.body.items.find((i: Item) => i.check.id === 'first-contact-3-working-days');
      expect(firstContact).toMatchObject({ status: 'not-met', evidence: [{ record: 'henvendelser', field: 'first_contact_due' }] });
      expect(firstContact.detail).toMatch(/^Henvendelse mottatt \d\d\.\d\d\.2026 har ikke fått første kontakt \(frist \d\d\.\d\d\.2026\)\.$/);
      // The deadline is the municipality's routine, not the ROP guideline (which sets none).
      expect(firstContact.check.source.law).toBe('Kommunens rutine');
      const perItems = (await kari.get(`/api/persons/${per}/compliance`)).body.items as Item[];
      expect(perItems.find((i) => i.check.id === 'first-contact-3-working-days')?.status).toBe('met');
      expect(perItems.find((i) => i.check.id === 'vedtak-requires-assessment')?.status).toBe('met');
    });

    it('refuses the person page without a relation, and logs the refusal', async () => {
      const emma = app.seed.personIds[7]!;
      const answer = await (await app.as('kari.saksbehandler')).get(`/api/persons/${emma}/compliance`);
      expect(answer.body).toMatchObject({ status: 403, code: 'PERSON_NOT_IN_SCOPE' });
      const [log] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from access_log where person_id = ${emma} and action = 'compliance.read' and outcome = 'refused'`);
      expect(log!.n).toBe(1);
    });

    it('stores applicable results only, and puts findings on the unit\'s worklist', async () => {
      const [na] = await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from compliance_results where status not in ('met', 'partly', 'not-met')`);
      expect(na!.n).toBe(0);
      const kari = await app.as('kari.saksbehandler');
      const unit = await kari.get('/api/compliance/findings?view=unit');
      expect(unit.status).toBe(200);
      const jonasFinding = unit.body.items.find((f: { personId: string; checkId: string }) => f.personId === jonas && f.checkId === 'first-contact-3-working-days');
      expect(jonasFinding).toMatchObject({ personName: 'Jonas Dæhli', status: 'not-met', unitName: 'Tildelingskontoret', text: 'Første kontakt skal skje innen fristen i kommunens rutine (vanligvis 3 virkedager) etter at henvendelsen er mottatt.' });
      expect(unit.body.items.every((f: { status: string }) => f.status !== 'met')).toBe(true);
      // Nora (NAV) has no finding where the allocation office must act.
      const nora = await (await app.as('nora.nav')).get('/api/compliance/findings?view=unit');
      expect(nora.body.items.some((f: { checkId: string }) => f.checkId === 'first-contact-3-working-days')).toBe(false);
      const bad = await kari.get('/api/compliance/findings?view=alle');
      expect(bad.body).toMatchObject({ status: 400, errors: [{ path: 'querystring/view', detail: 'Velg mine eller enhet' }] });
    });

    it('gives leaders counts and percentages per check without personal data, with the month in the trend', async () => {
      const lena = await app.as('lena.leder');
      const answer = await lena.get('/api/compliance/dashboard');
      expect(answer.status).toBe(200);
      const [counts] = await queryRows<{ met: number; partly: number; not_met: number }>(app.database.db, sql`select count(*) filter (where status = 'met')::int as met, count(*) filter (where status = 'partly')::int as partly, count(*) filter (where status = 'not-met')::int as not_met from compliance_results`);
      expect(answer.body.totals).toMatchObject({ met: counts!.met, partly: counts!.partly, notMet: counts!.not_met, applicable: counts!.met + counts!.partly + counts!.not_met });
      expect(answer.body.items).toHaveLength(catalogue.length);
      const first = answer.body.items.find((i: { checkId: string }) => i.checkId === 'first-contact-3-working-days');
      expect(first.notMet).toBeGreaterThanOrEqual(1);
      expect(first.percentMet).toBe(Math.round((1000 * first.met) / first.applicable) / 10);
      expect(answer.body.trend).toEqual([expect.objectContaining({ month: '2026-03', met: counts!.met, notMet: counts!.not_met })]);
      expect(JSON.stringify(answer.body)).not.toMatch(/Jonas|Testesen|personId/);
      const unit = app.seed.unitIds.tildeling;
      const perUnit = await lena.get(`/api/compliance/dashboard?unitId=${unit}`);
      expect(perUnit.body.unit).toEqual({ id: unit, name: 'Tildelingskontoret' });
      expect(perUnit.body.totals.applicable).toBeLessThan(answer.body.totals.applicable);
      // «Sist kontrollert»: the latest evaluation (read from the (tenant, evaluated_at) index for the municipality).
      const [latest] = await queryRows<{ at: Date | string }>(app.database.db, sql`select max(evaluated_at) as at from compliance_results`);
      expect(new Date(answer.body.evaluatedAt).getTime()).toBe(new Date(latest!.at).getTime());
      expect(new Date(perUnit.body.evaluatedAt).getTime()).toBeLessThanOrEqual(new Date(latest!.at).getTime());
    });

    it('refuses the dashboard to roles without it and bad queries with 400/422', async () => {
      const kari = await app.as('kari.saksbehandler');
      expect((await kari.get('/api/compliance/dashboard')).body).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
      const lena = await app.as('lena.leder');
      expect((await lena.get('/api/compliance/dashboard?months=0')).body).toMatchObject({ status: 400, errors: [{ path: 'querystring/months', detail: 'Minst 1 måned' }] });
      expect((await lena.get('/api/compliance/dashboard?unitId=00000000-0000-4000-8000-000000000000')).body).toMatchObject({ status: 422, errors: [{ path: 'querystring/unitId', detail: 'Velg en enhet i kommunen' }] });
      expect((await lena.get('/api/compliance/cases?checkId=finnes-ikke&status=met')).body).toMatchObject({ status: 422, errors: [{ path: 'querystring/checkId', detail: 'Ukjent kontroll' }] });
      expect((await lena.get('/api/compliance/cases?checkId=crisis-plan&status=kanskje')).body).toMatchObject({ status: 400, errors: [{ path: 'querystring/status' }] });
    });

    it('drills down only to persons the leader has a relation to, and counts the others', async () => {
      const query = '/api/compliance/cases?checkId=first-contact-3-working-days&status=not-met';
      const rune = await (await app.as('rune.revisor')).get(query);
      expect(rune.status).toBe(200);
      expect(rune.body.items).toEqual([]);
      expect(rune.body.hiddenCount).toBe(rune.body.total);
      expect(rune.body.total).toBeGreaterThanOrEqual(1);
      // Lena's unit (Psykisk helse og rus) does not serve Jonas: counted, not named.
      const lena = await (await app.as('lena.leder')).get(query);
      expect(lena.body.items.map((i: { personName: string }) => i.personName)).not.toContain('Jonas Dæhli');
      expect(lena.body.total).toBe(rune.body.total);
    });

    it('exports the dashboard and the drill-down as RFC 4180 CSV', async () => {
      const lena = await app.as('lena.leder');
      const response = await fetch(`${app.baseUrl}/api/compliance/dashboard.csv`, { headers: { cookie: lena.cookie } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const text = await response.text();
      const lines = text.split('\r\n');
      expect(lines[0]).toBe('kontroll,krav,kilde,oppfylt,delvis,ikke_oppfylt,aktuelle,prosent_oppfylt');
      expect(lines).toHaveLength(catalogue.length + 2);
      expect(lines[1]).toMatch(/^first-contact-3-working-days,Første kontakt skal skje innen fristen i kommunens rutine \(vanligvis 3 virkedager\) etter at henvendelsen er mottatt\.,Kommunens rutine/);
      expect(toCsv(['a', 'b'], [['x "y"', 'linje\nto'], [null, 3]])).toBe('a,b\r\n"x ""y""","linje\nto"\r\n,3\r\n');
    });

    it('re-evaluates only the changed person after a change', async () => {
      const kari = await app.as('kari.saksbehandler');
      const [h] = await queryRows<{ id: string }>(app.database.db, sql`select id from henvendelser where person_id = ${jonas}`);
      const before = await queryRows<{ person_id: string; at: Date }>(app.database.db, sql`select person_id, max(evaluated_at) as at from compliance_results group by person_id`);
      const later = new Date(clock.getTime() + 1000);
      clock.setTime(later.getTime());
      expect((await kari.post(`/api/henvendelser/${h!.id}/first-contact`, { at: later.toISOString(), note: 'Ringte Jonas, avtalte samtale.' })).status).toBe(204);
      await app.runJobs();
      const after = await queryRows<{ person_id: string; at: Date }>(app.database.db, sql`select person_id, max(evaluated_at) as at from compliance_results group by person_id`);
      const changed = after.filter((a) => new Date(a.at).getTime() !== new Date(before.find((b) => b.person_id === a.person_id)?.at ?? 0).getTime()).map((a) => a.person_id);
      expect(changed).toEqual([jonas]);
      const [row] = await queryRows<{ status: string }>(app.database.db, sql`select status from compliance_results where person_id = ${jonas} and check_id = 'first-contact-3-working-days'`);
      expect(row!.status).toBe('partly');
    });

    it('checks a journal note that claims an individual plan against the records', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const ase = app.seed.personIds[1]!;
      expect((await ola.post(`/api/persons/${ase}/notes`, { title: 'Status', body: 'IP er utarbeidet.', classification: 'shared', claims: ['ip-exists'] })).status).toBe(201);
      const bad = await ola.post(`/api/persons/${ase}/notes`, { title: 'Status', body: 'x', classification: 'shared', claims: ['har-alt'] });
      expect(bad.status).toBe(400);
      await app.runJobs();
      const [row] = await queryRows<{ status: string; detail: string }>(app.database.db, sql`select status, detail from compliance_results where person_id = ${ase} and check_id = 'consistency-note-claims'`);
      expect(row).toMatchObject({ status: 'not-met' });
      expect(row!.detail).toMatch(/sier at personen har individuell plan, men det finnes ikke\.$/);
    });
  });
}
