import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../platform/db/database.js';
import { testDatabases } from '../../test/databases.js';
import { startTestApp, type RunningApp } from '../../test/test-app.js';
import { refreshTasks } from '../worklist/index.js';

let clock = new Date('2026-03-10T10:00:00Z');
const count = async (app: RunningApp, table: string) => (await queryRows<{ n: number }>(app.database.db, sql`select count(*)::int as n from ${sql.raw(table)}`))[0]!.n;

for (const database of testDatabases()) {
  describe(`${database.name}: somatic follow-up, GP appointments and health contacts`, () => {
    let app: RunningApp;
    let ase: string;

    beforeAll(async () => {
      clock = new Date('2026-03-10T10:00:00Z');
      app = await startTestApp(database, { clock: () => clock });
      ase = app.seed.personIds[1]!;
    });
    afterAll(async () => {
      await app?.close();
    });

    it('shows due checks: hepatitis and HIV only where indicated, with the reason recorded when not', async () => {
      const ola = await app.as('ola.tjenesteyter');
      expect((await ola.put(`/api/persons/${ase}/somatic/follow-up/hiv`, { indicated: false, intervalMonths: 12 })).body).toMatchObject({ status: 422, errors: [{ path: 'body/reason', detail: 'Begrunn hvorfor kontrollen ikke er indisert' }] });
      expect((await ola.put(`/api/persons/${ase}/somatic/follow-up/unknown`, { indicated: true, intervalMonths: 12 })).status).toBe(400);
      expect((await ola.put(`/api/persons/${ase}/somatic/follow-up/hepatitis-c`, { indicated: true, intervalMonths: 6, reason: 'Injiserer' })).status).toBe(204);
      expect((await ola.post(`/api/persons/${ase}/somatic/checks`, { kind: '', doneOn: '2026-03-01', result: 'Negativ' })).body.errors).toEqual([{ path: 'body/kind', detail: 'Velg hvilken kontroll som er gjort' }]);
      expect((await ola.post(`/api/persons/${ase}/somatic/checks`, { kind: 'dental', doneOn: '2026-03-01', result: 'Hull i to tenner' })).body.errors).toEqual([{ path: 'body/countyDentalOffer', detail: 'Oppgi hva som er gjort med fylkeskommunens gratis tannhelsetilbud' }]);
      expect(await count(app, 'somatic_checks')).toBe(0);
      expect((await ola.post(`/api/persons/${ase}/somatic/checks`, { kind: 'dental', doneOn: '2026-03-01', result: 'Hull i to tenner', countyDentalOffer: 'referred' })).status).toBe(201);
      expect((await ola.post(`/api/persons/${ase}/somatic/checks`, { kind: 'hepatitis-c', doneOn: '2025-09-01', result: 'Negativ' })).status).toBe(201);
      const view = (await ola.get(`/api/persons/${ase}/somatic`)).body;
      expect(view.items.find((i: { kind: string }) => i.kind === 'hiv')).toMatchObject({ indicated: false, status: 'not-indicated' });
      expect(view.items.find((i: { kind: string }) => i.kind === 'hepatitis-c')).toMatchObject({ indicated: true, intervalMonths: 6, status: 'overdue', dueOn: '2026-03-01' });
      expect(view.checkResults.find((c: { id: string }) => c.id === 'somatic.county-dental-offer')).toMatchObject({ status: 'met', source: { law: 'Tannhelsetjenesteloven' } });
      expect(view.checkResults.find((c: { id: string }) => c.id === 'somatic.checks-up-to-date').status).toBe('partly');
      const wl = await ola.get('/api/somatic/worklist');
      const worklist = wl.body.items;
      expect(worklist.map((i: { kind: string }) => i.kind)).toContain('blood-tests');
      expect(worklist.find((i: { kind: string }) => i.kind === 'dental')).toBeUndefined();
      expect(worklist.every((i: { personId: string }) => i.personId === ase)).toBe(true);
    });

    it('turns a missed GP appointment into a task for the primary contact, closed by a person', async () => {
      const ola = await app.as('ola.tjenesteyter');
      const planned = await ola.post(`/api/persons/${ase}/gp-appointments`, { scheduledAt: '2026-03-12T09:00:00Z', purpose: 'Blodprøver og legemiddelgjennomgang' });
      expect(planned.status).toBe(201);
      expect((await ola.post(`/api/gp-appointments/${planned.body.id}/outcome`, { status: 'missed' })).body.errors).toEqual([{ path: 'body/status', detail: 'Oppmøte kan ikke registreres før timen' }]);
      clock = new Date('2026-03-12T12:00:00Z');
      const ola2 = await app.as('ola.tjenesteyter');
      expect((await ola2.post(`/api/gp-appointments/${planned.body.id}/outcome`, { status: 'missed', note: 'Møtte ikke' })).status).toBe(204);
      expect((await ola2.post(`/api/gp-appointments/${planned.body.id}/outcome`, { status: 'attended' })).body.code).toBe('CONFLICT');
      await app.runJobs();
      const mine = (await ola2.get('/api/worklist?view=mine')).body.items;
      const task = mine.find((t: { kind: string }) => t.kind === 'gp-appointment-missed');
      expect(task).toMatchObject({ personId: ase, assigneeName: 'Ola Tjenesteyter', dueDate: '2026-03-14', closes: 'manual' });
      let view = (await ola2.get(`/api/persons/${ase}/somatic`)).body;
      expect(view.gpAppointments[0]).toMatchObject({ status: 'missed', followUp: 'open' });
      expect(view.checkResults.find((c: { id: string }) => c.id === 'somatic.missed-gp-followed-up').status).toBe('not-met');
      expect((await ola2.post(`/api/tasks/${task.id}/done`, { note: 'Ringte, ny time avtalt' })).status).toBe(204);
      view = (await ola2.get(`/api/persons/${ase}/somatic`)).body;
      expect(view.checkResults.find((c: { id: string }) => c.id === 'somatic.missed-gp-followed-up').status).toBe('met');
    });

    it('sends a health contact summary to the GP as a PDF, flags it unacknowledged after 14 days', async () => {
      const ola = await app.as('ola.tjenesteyter');
      expect((await ola.post(`/api/persons/${ase}/health-contacts`, { contactAt: '2026-03-12T10:00:00Z', reason: 'Sår', summary: 'kort' })).status).toBe(400);
      const created = await ola.post(`/api/persons/${ase}/health-contacts`, { contactAt: '2026-03-12T10:00:00Z', reason: 'Sår på leggen', summary: 'Infisert sår på venstre legg, renset og bandasjert. Bør vurderes for antibiotika.' });
      expect(created.status).toBe(201);
      const pdf = await fetch(`${app.baseUrl}/api/health-contacts/${created.body.id}/pdf`, { headers: { cookie: ola.cookie } });
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await pdf.arrayBuffer());
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await (await app.as('nora.nav')).get(`/api/health-contacts/${created.body.id}/pdf`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      clock = new Date('2026-03-27T10:00:00Z');
      const later = await app.as('ola.tjenesteyter');
      let view = (await later.get(`/api/persons/${ase}/somatic`)).body;
      expect(view.healthContacts[0]).toMatchObject({ flagged: true, acknowledgedAt: null, gpName: 'Lege Lars Fastlege' });
      expect(view.checkResults.find((c: { id: string }) => c.id === 'somatic.gp-summary-acknowledged').status).toBe('not-met');
      await refreshTasks(app.db, '2026-03-27');
      expect((await later.get('/api/worklist?view=unit')).body.items.map((t: { kind: string }) => t.kind)).toContain('gp-summary-unacknowledged');
      expect((await later.post(`/api/health-contacts/${created.body.id}/acknowledge`, { note: 'Kvittert i e-melding' })).status).toBe(204);
      view = (await later.get(`/api/persons/${ase}/somatic`)).body;
      expect(view.healthContacts[0].flagged).toBe(false);
      await refreshTasks(app.db, '2026-03-27');
      expect((await later.get('/api/worklist?view=unit')).body.items.map((t: { kind: string }) => t.kind)).not.toContain('gp-summary-unacknowledged');
    });

    it('refuses staff without a relation and roles that may not write', async () => {
      expect((await (await app.as('nora.nav')).get(`/api/persons/${ase}/somatic`)).body.code).toBe('PERSON_NOT_IN_SCOPE');
      expect((await (await app.as('lena.leder')).post(`/api/persons/${ase}/somatic/checks`, { kind: 'hiv', doneOn: '2026-03-01', result: 'Negativ' })).body.code).toBe('ROLE_REQUIRED');
    });
  });
}
